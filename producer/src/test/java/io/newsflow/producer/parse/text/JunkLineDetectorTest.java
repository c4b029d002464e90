package io.newsflow.producer.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JunkLineDetectorTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        " date 2024-10-07 + ↺ − 16 px", "Share | Tweet | Print | A A A", "Share | Tweet | Email | Print", "Share on Facebook",
        "We use cookies to improve your experience on our site. Accept all | Manage preferences", "Skip to content", "Menu",
        "Advertisement", "Read more: Semiconductors, Trade, EU", "Related: Equinor cuts oil output forecast for 2024",
        "Tags: Climate, Energy, Norway", "Lire aussi : Le chômage recule", "Image: Getty Images", "Foto: ANP / Remko de Waal",
        "Firefighters work near Paradise, California. (Photo: Jane Roe/AP)", "Listen to this article", "4 min read",
        "Updated 3 hours ago", "12 comments", "Watch: How the virus spreads", "***",
    })
    void shouldFlagPageFurnitureWhenScraped(String line) {
        assertThat(JunkLineDetector.isJunk(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "A dispute about more than wages",
        "The union said cookies and coffee were served during the talks, which lasted six hours.",
        "Officially, the union is asking for a 9 percent raise spread over two years.",
        "Share prices fell 4 percent on Monday after the announcement.",
        "Brussels Weighs Its Own Rules for Chip Exports",
    })
    void shouldKeepArticleTextWhenItMerelyMentionsJunkWords(String line) {
        assertThat(JunkLineDetector.isJunk(line)).isFalse();
    }
}
