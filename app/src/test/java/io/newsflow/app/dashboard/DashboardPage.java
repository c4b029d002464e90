package io.newsflow.app.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser test reads from the dashboard, by the element ids the issue 7 contract fixes. */
final class DashboardPage {
    private final WebDriver browser;
    private final Duration timeout;

    DashboardPage(WebDriver browser, Duration timeout) {
        this.browser = browser;
        this.timeout = timeout;
    }

    void open(String url) {
        browser.get(url);
    }

    /** Waits (polling the DOM, no sleep) until {@code condition} holds, failing with {@code what} after the timeout. */
    <T> T await(String what, Function<DashboardPage, T> condition) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.withMessage(() -> what + "; the page shows counters " + counterText() + " and " + articleIds().size() + " articles");
        return wait.until(driver -> {
            T value = condition.apply(this);
            return Boolean.FALSE.equals(value) ? null : value;
        });
    }

    /** A counter ({@code ingested}, {@code unique}, {@code duplicates}, {@code rejected}), or -1 while it shows none. */
    long counter(String name) {
        String digits = browser.findElement(By.id("count-" + name)).getText().replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    private String counterText() {
        return List.of("ingested", "unique", "duplicates", "rejected").stream()
            .map(name -> name + "=" + counter(name)).toList().toString();
    }

    /** The ids of the articles in the latest-articles list, top to bottom. */
    List<String> articleIds() {
        return browser.findElements(By.cssSelector("#latest-articles li.article")).stream()
            .map(row -> row.getDomAttribute("data-article-id")).toList();
    }

    /** The row of one article, or null when it is not listed. */
    WebElement article(String id) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#latest-articles li.article[data-article-id='" + id + "']"));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The terms of a top list ({@code persons}, {@code locations}, {@code organizations}, {@code keywords}), top first. */
    List<String> trendTerms(String type) {
        return browser.findElements(By.cssSelector("#top-" + type + " li.item")).stream()
            .map(item -> item.getDomAttribute("data-term")).toList();
    }

    /** The sources in the sources table, top first. */
    List<String> sources() {
        return browser.findElements(By.cssSelector("#sources tr.source")).stream()
            .map(row -> row.getDomAttribute("data-source")).toList();
    }

    /** Stacked bars drawn in the per-minute chart. */
    int chartBars() {
        return browser.findElements(By.cssSelector("#chart-per-minute svg rect.bar-unique, #chart-per-minute svg rect.bar-duplicates")).size();
    }

    /** The live-connection indicator's class: {@code live}, {@code reconnecting}, {@code offline}. */
    String connection() {
        return browser.findElement(By.id("connection")).getDomAttribute("class");
    }

    /** Saves the whole page as a PNG: the window is first made as tall as the page. */
    void screenshot(Path file) throws java.io.IOException {
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(1440, (int) Math.min(4000, Math.max(900, height))));
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, png);
    }
}
