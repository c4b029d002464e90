package io.newsflow.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> words(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void shouldKeepJoinedWordsWholeWhenHyphenDotOrApostropheIsInside() {
        assertThat(words("Hapag-Lloyd and Portline.Info rose 4.75 percent in d'Espagne."))
                .containsExactly("Hapag-Lloyd", "and", "Portline.Info", "rose", "4.75", "percent", "in", "d'Espagne");
    }

    @Test
    void shouldMarkSentenceStartsWhenTerminatorIsFollowedByCapital() {
        List<Token> tokens = Tokenizer.tokenize("Prices fell. Traders sold! Why? \"Nobody knows,\" he said.");
        assertThat(tokens.stream().filter(Token::sentenceStart).map(Token::text)).containsExactly("Prices", "Traders", "Why", "Nobody");
    }

    @Test
    void shouldNotEndSentenceWhenPeriodFollowsAbbreviationOrInitial() {
        List<Token> tokens = Tokenizer.tokenize("Mr. Smith met J. Doe in the U.S. on Monday.");
        assertThat(tokens.stream().filter(Token::sentenceStart).count()).isEqualTo(1);
    }

    @Test
    void shouldMarkClauseStartWhenWordFollowsColonOrOpeningQuote() {
        List<Token> tokens = Tokenizer.tokenize("Anna Berg, Daily: The walkout began. He said \u201CWe stay\u201D.");
        assertThat(tokens.stream().filter(Token::clauseStart).map(Token::text)).containsExactly("The", "We");
    }

    @Test
    void shouldGiveLowerCaseAndOffsetsWhenTokenizing() {
        Token t = Tokenizer.tokenize("  Élodie Marchetti").get(0);
        assertThat(t.lower()).isEqualTo("élodie");
        assertThat(t.start()).isEqualTo(2);
        assertThat(t.end()).isEqualTo(8);
        assertThat(t.capitalised()).isTrue();
    }

    @Test
    void shouldStripElisionWhenWordHasFrenchPrefix() {
        assertThat(Token.stripElision("l'Europe")).isEqualTo("Europe");
        assertThat(Token.stripElision("O'Brien")).isEqualTo("O'Brien");
        // Italian's and French's longer elisions; a word's own apostrophe after other marks is none
        assertThat(Token.stripElision("dall'Italia")).isEqualTo("Italia");
        assertThat(Token.stripElision("nell'Unione")).isEqualTo("Unione");
        assertThat(Token.stripElision("jusqu'à")).isEqualTo("à");
        assertThat(Token.stripElision("rock-n'Roll")).isEqualTo("rock-n'Roll");
    }

    @Test
    void shouldReturnNoTokensWhenTextIsBlank() {
        assertThat(Tokenizer.tokenize("  \n ")).isEmpty();
    }

    @Test
    void shouldFindTheSameMemoisedWordsWhenTheTokenizerHashesWhileScanning() {
        // the tokenizer computes each word's hash and packed chars itself: they must be Word.of's
        String text = "d'Espagne, Hapag-Lloyd and the Wirtschaftsministerium's 4.75 Ελλάδα Zoë x-y-z.";
        Tokens tokens = Tokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(tokens.word(i)).isSameAs(Word.of(text.substring(tokens.start(i), tokens.end(i))));
        }
        assertThat(tokens.size()).isEqualTo(9);
    }
}
