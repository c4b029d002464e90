package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-sixth held-out round (x2469-x2474), the Russian-language business press of
 * Kazakhstan and Kyrgyzstan: Russian's labels of a piece's kind ("Анализ", "Мнения"), the buttons and counters under a
 * Russian headline ("Поделиться", "Просмотров: 1245", "Время чтения: 6 минут", "Отправить новость") and a notice that
 * allows reuse only by written permission.
 */
class CentralAsianRussianLanguagePressShapesTest {
    private static final String STORY = "Цены на бензин марки АИ-92 в Казахстане выросли на 12% с начала года.\n\n"
            + "Правительство обещает стабилизировать цены к весне.\n\n";

    @Test
    void shouldReadRussianLabelsOfAPiecesKind() {
        Article analysis = parse("Власть\nНовости  Анализ  Мнения  Расследования  Интервью\nАнализ\nПочему растут цены на бензин\n"
                + "Асель Каримова\n07/12/2026\n\n" + STORY);
        assertThat(analysis.getArticleType()).isEqualTo(ArticleType.ANALYSIS);
        assertThat(analysis.getSection()).isEqualTo("Анализ");
        Article opinion = parse("Мнения\nПочему растут цены на бензин\nАсель Каримова\n07/12/2026\n\n" + STORY);
        assertThat(opinion.getArticleType()).isEqualTo(ArticleType.OPINION);
    }

    @Test
    void shouldDropButtonsAndCountersUnderARussianHeadline() {
        Article a = parse("Почему растут цены на бензин\nАвтор: Асель Каримова\n07.12.2026 11:40\nПросмотров: 1245\nВремя чтения: 6 минут\n"
                + "Поделиться\n\n" + STORY + "Отправить новость\n");
        assertThat(a.getLead()).startsWith("Цены на бензин");
        assertThat(allText(a)).doesNotContain("Просмотров", "Время чтения", "Поделиться", "Отправить");
    }

    @Test
    void shouldDropANoticeThatAllowsReuseOnlyByPermission() {
        Article a = parse("Почему растут цены на бензин\n07.12.2026 13:15\n\n" + STORY + "Все права защищены. Использование материалов "
                + "возможно только с письменного разрешения ООО \"Интерфакс-Казахстан\".\n");
        assertThat(allText(a)).contains("к весне").doesNotContain("права защищены", "разрешения");
    }
}
