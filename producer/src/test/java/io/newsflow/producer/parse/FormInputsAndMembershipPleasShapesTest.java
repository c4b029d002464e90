package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-fifty-third held-out round (x1551-x1556), on other inputs: a FirstSpirit page's
 * form inputs; a Rioplatense comment box's login prompt ("Accedé a comentar"); a Spanish site's long plea to join it as
 * a member, which a story's call for a club's members is not.
 */
class FormInputsAndMembershipPleasShapesTest {

    @Test
    void shouldReadAFirstSpiritPagesFormInputs() {
        Article a = file("{\"fsType\": \"PageRef\", \"page\": {\"fsType\": \"Page\", \"formData\": {\"pt_headline\": {\"fsType\": "
                + "\"CMS_INPUT_TEXT\", \"name\": \"pt_headline\", \"value\": \"Old bridge closes to cars\"}, \"pt_text\": {\"fsType\": "
                + "\"CMS_INPUT_DOM\", \"value\": \"<div><p>The old bridge over the river closed to cars on Saturday after engineers found "
                + "cracks in two of its piers.</p><p>Buses will use the ring road until the repairs are done in the spring, the council "
                + "said on Saturday.</p></div>\"}, \"pt_date\": {\"fsType\": \"CMS_INPUT_DATE\", \"value\": \"2026-12-05T08:00:00.000Z\"}, "
                + "\"pt_author\": {\"fsType\": \"CMS_INPUT_TEXT\", \"value\": \"Ana Ruiz\"}}}}", "page.json");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T08:00:00Z");
    }

    @Test
    void shouldDropALoginPromptAndAMembershipPleaButKeepAClubsCall() {
        String plea = "El equipo de El Diario está comprometido con hacer un periodismo serio que refleje la realidad del país. Gracias "
                + "por acompañarnos en este largo camino. Te invitamos a que continúes apoyándonos, pero esta vez haciéndote miembro de "
                + "El Diario. Juntos podemos seguir transformando el periodismo.";
        Article a = parse("Old bridge closes to cars\n\nPor Ana Ruiz\n5 de diciembre de 2026\n\n" + BODY + "\n\n" + plea + "\n\nComentarios\n"
                + "Accedé a comentar\n");
        assertThat(allText(a)).doesNotContain("haciéndote miembro", "Accedé");
        Article club = parse("Old bridge closes to cars\n\nPor Ana Ruiz\n5 de diciembre de 2026\n\n" + BODY + "\n\nEl club pidió a los "
                + "vecinos que se sumen: hazte socio antes de marzo y paga la mitad, dijo el presidente.\n\nLa obra termina en abril.\n");
        assertThat(allText(club)).contains("hazte socio");
    }
}
