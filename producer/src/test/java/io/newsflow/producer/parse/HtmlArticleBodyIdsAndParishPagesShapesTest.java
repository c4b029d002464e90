package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-forty-seventh held-out round (x2713-x2718), HTML stories placed beside other text:
 * readers' comments, a headline outside the story's article, wrapped paragraphs, an article holding only the headline (all
 * read right); a Korean story in {@code div#articleBody}, its text parted by line breaks, beside a box of other stories'
 * summaries in paragraphs (read as the story, the story lost whole) under a byline "박지훈 기자"; and a parish page of bare
 * paragraphs, its byline "Posted by Margaret Howe, 5 December 2026" and its closing "... is run by volunteers".
 */
class HtmlArticleBodyIdsAndParishPagesShapesTest {

    @Test
    void shouldReadTheArticleBodyByItsIdWhenItsTextIsPartedByLineBreaksBesideOtherStoriesParagraphs() {
        Article article = file("<html><head><title>부산 도시철도 양산선 개통</title></head><body><div class=\"view\"><h1>부산 도시철도 양산선 개통</h1>"
                + "<div class=\"view-info\">박지훈 기자</div><div id=\"articleBody\">부산 도시철도 양산선이 6일 개통했다.<br><br>양산선은 노포역에서 "
                + "북정역까지 11.4킬로미터 구간에 정거장 5곳을 두고 있다.</div></div><div class=\"side-box\"><div class=\"item\"><p>해운대 해수욕장에서 "
                + "겨울 빛 축제가 6일 개막해 내년 1월까지 이어진다. 주최 측은 올해 방문객이 지난해보다 많을 것으로 예상했다.</p></div><div class=\"item\">"
                + "<p>김해공항 국제선 운항이 다음 달부터 주 20회 늘어난다. 공항공사는 동남아 노선을 중심으로 증편한다고 밝혔다.</p></div><div class=\"item\">"
                + "<p>부산항 신항의 올해 물동량이 개항 이후 최대를 기록할 것으로 보인다. 항만공사는 환적 화물이 크게 늘었다고 설명했다.</p></div></div>"
                + "</body></html>", "ko.html");

        assertThat(article.getAuthors()).containsExactly("박지훈");
        assertThat(article.getBody()).extracting(BodyBlock::getText).containsExactly("부산 도시철도 양산선이 6일 개통했다.",
                "양산선은 노포역에서 북정역까지 11.4킬로미터 구간에 정거장 5곳을 두고 있다.");
    }

    @Test
    void shouldReadTheBylinesDateAfterACommaAndDropTheSitesSelfDescriptionWhenAParishPageWritesThem() {
        Article article = file("<html><head><title>Village hall roof fixed - Little Snoring Parish News</title></head><body><h1>Village hall "
                + "roof fixed</h1><p><i>Posted by Margaret Howe, 5 December 2026</i></p><p>The roof of Little Snoring village hall has been "
                + "repaired in time for the winter, after a summer of fundraising.</p><p>Volunteers raised £18,000 through a fete, a quiz night "
                + "and a sponsored walk to the coast.</p><p class=\"small\">Little Snoring Parish News is run by volunteers. Send news to the "
                + "editor.</p></body></html>", "parish.html");

        assertThat(article.getAuthors()).containsExactly("Margaret Howe");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
        assertThat(article.getBody()).extracting(BodyBlock::getText).noneMatch(t -> t.contains("run by volunteers"));
    }
}
