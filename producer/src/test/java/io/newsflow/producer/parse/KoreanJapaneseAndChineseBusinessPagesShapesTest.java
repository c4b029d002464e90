package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-third held-out round (x2451-x2456), business papers in Korean, Japanese and
 * Chinese: a Korean paper's copyright under the story (read as the source), bylines with a magazine's post ("山田 太郎 :
 * 東洋経済 記者"), an editor after the writer ("作者：李华　责编：王敏") or a paper and a town around the reporter ("經濟日報
 * 記者陳美玲／台北即時報導"), a desk's credit ("ダイヤモンド編集部"), a masthead with Katakana's middle dot, and walls and buttons.
 */
class KoreanJapaneseAndChineseBusinessPagesShapesTest {
    private static final String STORY = "7日の東京株式市場で日経平均株価は一時600円を超えて上昇した。\n\n半導体関連株に買いが集まった。\n\n";

    @Test
    void shouldReadBylinesWithAPostAnEditorOrAPaperAndATown() {
        assertThat(parse("日経平均、一時600円高\n山田 太郎 : 東洋経済 記者\n2026/12/07 6:00\n\n" + STORY).getAuthors()).containsExactly("山田 太郎");
        assertThat(parse("多家银行下调存款利率\n作者：李华　责编：王敏\n2026-12-07 10:18:26\n\n" + STORY).getAuthors()).containsExactly("李华");
        assertThat(parse("台股大漲逾300點 電子股領軍\n經濟日報 記者陳美玲／台北即時報導\n2026-12-07 11:05\n\n" + STORY).getAuthors())
                .containsExactly("陳美玲");
    }

    @Test
    void shouldReadAMastheadWithAMiddleDotAndADesksCredit() {
        Article a = parse("ダイヤモンド・オンライン\n特集  ビジネス  マネー  キャリア  ライフ\n特集\n大手商社、過去最高益の裏側\nダイヤモンド編集部\n"
                + "2026.12.7 5:25\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("ダイヤモンド・オンライン");
        assertThat(a.getLead()).startsWith("7日の");
    }

    @Test
    void shouldTakeTheHolderOfAKoreanCopyrightWithoutItsSitesAddress() {
        Article a = parse("코스피, 외국인 매수에 2% 상승 마감\n박민기 기자\n2026-12-07 10:25\n\n" + STORY
                + "ⓒ 매일경제 & mk.co.kr, 무단 전재, 재배포 및 AI학습 이용 금지\n");
        assertThat(a.getSource()).isEqualTo("매일경제");
    }

    @Test
    void shouldDropABracketedCopyrightWallsAndButtons() {
        Article a = parse("코스피, 외국인 매수에 2% 상승 마감\n박민기 기자\n2026-12-07 10:25\n\n" + STORY
                + "<저작권자 ⓒ '돈이 보이는 리얼타임 뉴스' 머니투데이. 무단전재 및 재배포, AI학습 이용 금지>\n\n著者フォロー\n\n"
                + "この記事は有料会員限定です\n\n举报\n\n第一财经广告合作，请点击这里\n");
        assertThat(allText(a)).contains("半導体").doesNotContain("저작권자", "著者", "有料", "举报", "点击");
    }
}
