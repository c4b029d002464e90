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
import org.openqa.selenium.StaleElementReferenceException;
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
        // the page rebuilds a list when it changes: an element read a moment ago may be gone; and the API answers 503
        // while the streams application rebalances (its stores not queryable for a moment), which is "not yet" too
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(NotReadyYet.class);
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
        return attributes("#latest-articles li.article", "data-article-id");
    }

    /** The row of one article, or null when it is not listed. */
    WebElement article(String id) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#latest-articles li.article[data-article-id='" + id + "']"));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The title text of a listed article's row. */
    String title(String id) {
        return article(id).findElement(By.cssSelector(".title")).getText();
    }

    /** How many elements of {@code tag} an article's row holds. */
    int elementsIn(String id, String tag) {
        return article(id).findElements(By.tagName(tag)).size();
    }

    /** The id an article's {@code a.original} link points to, or null for an article that is no duplicate. */
    String originalOf(String id) {
        WebElement row = article(id);
        if (row == null || !row.getDomAttribute("class").contains("duplicate")) {
            return null;
        }
        return row.findElement(By.cssSelector("a.original")).getDomAttribute("data-article-id");
    }

    /** The href of an article's {@code a.original} link. */
    String originalHref(String id) {
        return article(id).findElement(By.cssSelector("a.original")).getDomAttribute("href");
    }

    /** The ids of the listed articles marked as duplicates. */
    List<String> duplicateIds() {
        return attributes("#latest-articles li.article.duplicate", "data-article-id");
    }

    /** The terms of a top list ({@code persons}, {@code locations}, {@code organizations}, {@code keywords}), top first. */
    List<String> trendTerms(String type) {
        return attributes("#top-" + type + " li.item", "data-term");
    }

    /** The sources in the sources table, top first. */
    List<String> sources() {
        return attributes("#sources tr.source", "data-source");
    }

    /**
     * One attribute of every element {@code selector} finds, read in one script so a list the page
     * rebuilds meanwhile cannot leave a stale element behind.
     */
    @SuppressWarnings("unchecked")
    private List<String> attributes(String selector, String attribute) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
            "return Array.from(document.querySelectorAll(arguments[0]), e => e.getAttribute(arguments[1]));", selector, attribute);
    }

    /** Stacked bars drawn in the per-minute chart. */
    int chartBars() {
        return browser.findElements(By.cssSelector("#chart-per-minute svg rect.bar-unique, #chart-per-minute svg rect.bar-duplicates")).size();
    }

    /** The live-connection indicator's class: {@code live}, {@code reconnecting}, {@code offline}. */
    String connection() {
        return browser.findElement(By.id("connection")).getDomAttribute("class");
    }

    /** Clicks the link from a duplicate's row to its original; returns the title the detail panel then shows. */
    String openOriginalOf(String duplicateId) {
        await("the duplicate's link to its original should be clickable", p -> { // (again if the live list rebuilt the row)
            article(duplicateId).findElement(By.cssSelector("a.original")).click();
            return true;
        });
        return await("the detail panel should show the original", p -> {
            String title = browser.findElement(By.id("detail-title")).getText();
            return title.isEmpty() || title.startsWith("Loading") ? null : title;
        });
    }

    /** Closes the detail panel. */
    void closeDetail() {
        browser.findElement(By.cssSelector("#article-detail .close")).click();
        await("the detail panel should close", p -> !browser.findElement(By.id("article-detail")).isDisplayed());
    }

    /** How many events the page has received from {@code /api/events}. */
    long liveEvents() {
        String count = browser.findElement(By.id("connection")).getDomAttribute("data-events");
        return count == null ? 0 : Long.parseLong(count);
    }

    /** Saves the whole page as a PNG: the window is first made as tall as the page. */
    void screenshot(Path file) throws java.io.IOException {
        // the window's height includes whatever the browser draws around the page
        long height = (Long) ((JavascriptExecutor) browser).executeScript(
            "return document.documentElement.scrollHeight + Math.max(0, window.outerHeight - window.innerHeight);");
        browser.manage().window().setSize(new Dimension(1440, (int) Math.min(4000, Math.max(900, height))));
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, png);
    }

    /** The stack's API answered 503: its state stores are not queryable right now (a rebalance); a condition retries. */
    static final class NotReadyYet extends RuntimeException {
        NotReadyYet(String message) {
            super(message);
        }
    }
}
