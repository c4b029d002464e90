package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-ninety-ninth held-out round (x1827-x1832), pages in Marathi, Gujarati, Kannada,
 * Sinhala, Urdu and Georgian: the site's menu in a script without capitals, under its name, told by its shape when no
 * list knows the language's desks (one line of five to twelve short words, no digit or mark of a sentence, the next
 * block opening with no sentence), and the one-to-three-word line under it, over the headline, as the section; and
 * "read more" labels in those languages.
 */
class UncasedMenusShapesTest {

    @Test
    void shouldTakeTheNameOverAMenuOfUnlistedDesksAsTheMastheadAndTheLineUnderItAsTheSection() {
        Article a = parse("दैनिक वार्ता\nमुख्य पान विदर्भ नागपूर अमरावती क्रीडा मनोरंजन\n\nनागपूर\n\nनागपूर मेट्रोचा दुसरा टप्पा मार्चमध्ये सुरू होणार\n\n"
                + "Published: December 6, 2026 02:15 PM\n\nनागपूर मेट्रोच्या दुसऱ्या टप्प्याचे काम पूर्ण झाले आहे.\n\nया टप्प्यात बारा स्थानके आहेत.\n\n"
                + "हेही वाचा\n");
        assertThat(a.getSource()).isEqualTo("दैनिक वार्ता");
        assertThat(a.getSection()).isEqualTo("नागपूर");
        assertThat(a.getTitle()).isEqualTo("नागपूर मेट्रोचा दुसरा टप्पा मार्चमध्ये सुरू होणार");
        assertThat(allText(a)).contains("बारा स्थानके").doesNotContain("हेही वाचा", "विदर्भ");
    }

    @Test
    void shouldReadAGeorgianMenuWhoseLettersUnicodeFilesAsLowerCase() {
        Article a = parse("ქალაქის ამბები\nმთავარი რეგიონები ეკონომიკა კულტურა სპორტი\n\nრეგიონები\n\nბათუმში ახალი ხიდი გაიხსნება\n\n06.12.2026 13:20\n\n"
                + "ბათუმის მერიის ინფორმაციით, ახალი ხიდი მომავალ თვეში გაიხსნება.\n\nხიდის სიგრძე 300 მეტრია.\n");
        assertThat(a.getSource()).isEqualTo("ქალაქის ამბები");
        assertThat(a.getSection()).isEqualTo("რეგიონები");
        assertThat(allText(a)).contains("300 მეტრია").doesNotContain("კულტურა");
    }

    @Test
    void shouldNotDropAHeadlineRightUnderTheNameAsAMenuWhenTheTextFollowsIt() {
        // (the guard of the menu's shape: five short words with no sentence's mark, but the text comes next, not a kicker)
        Article a = parse("ලංකා පුවත්\nකොළඹ නව පාලම ලබන වසරේ විවෘත කෙරේ\n\n"
                + "කොළඹ නගරයේ නව පාලම ලබන වසරේ විවෘත කිරීමට නියමිත බව අමාත්‍යාංශය පවසයි.\n\nපාලමේ දිග මීටර් 300කි.\n");
        assertThat(a.getTitle() + "\n" + allText(a)).contains("කොළඹ නව පාලම ලබන වසරේ විවෘත කෙරේ\n");
    }

    @Test
    void shouldTakeNoReadMoreLabelClosingThePageForAWriter() {
        String text = "\n\nلاہور (نامہ نگار) شہر میں نیا پل اگلے ماہ کھول دیا جائے گا۔\n\nپل کی لمبائی تین سو میٹر ہے۔\n\n";
        Article urdu = parse("لاہور میں نیا پل اگلے ماہ کھلے گا" + text + "مزید پڑھیں\n");
        assertThat(urdu.getAuthors()).isEmpty();
        assertThat(allText(urdu)).contains("تین سو میٹر").doesNotContain("مزید پڑھیں");
        Article sinhala = parse("කොළඹ නව පාලම ලබන වසරේ විවෘත කෙරේ\n\nකොළඹ නගරයේ නව පාලම ලබන වසරේ විවෘත කෙරේ.\n\nපාලමේ දිග මීටර් 300කි.\n\n"
                + "සම්බන්ධිත පුවත්\n");
        assertThat(sinhala.getAuthors()).isEmpty();
    }
}
