package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Strength;
import io.newsflow.streams.enrich.EntityClassifier.Typed;
import java.util.List;

/**
 * A politician's party in brackets right after the name: "Kristina Vogt (Linke)", "Matteo Salvini
 * (Lega)", "Hubert Aiwanger (Freie Wähler)". One or two capitalised words there, whatever else it may be (German
 * capitalises every noun, so "Linke" alone is only a weak candidate), names the person's party; a
 * listed place in the brackets ("Max Huber (Berlin)") is where the person comes from, and stays one.
 */
final class PartiesInBrackets {

    private PartiesInBrackets() {
    }

    /** Types as an organisation each candidate of one or two words in brackets right after a person's name. */
    static void afterPersons(List<Typed> typed, List<Paragraph> paragraphs) {
        for (int i = 0; i + 1 < typed.size(); i++) {
            Typed person = typed.get(i);
            Typed next = typed.get(i + 1);
            Candidate party = next.candidate();
            if (person.type() != EntityType.PERSON || person.strength() == Strength.WEAK || party.size() > 2
                    || next.type() == EntityType.ORGANIZATION && next.strength() != Strength.WEAK) {
                continue;
            }
            // one letter only as a Nordic party's, typed weakly by then ("Bo Libergren (V)")
            if (ShortNames.inBracketsAfter(person.candidate(), party, paragraphs) && (party.word(0).length() >= 2 || party.size() == 1)
                    && !party.word(0).has(Gazetteer.PLACE | Gazetteer.TOWN | Gazetteer.GIVEN_NAME)
                    && !party.listed(Gazetteer.PLACE | Gazetteer.TOWN)) { // not "(New York)"
                typed.set(i + 1, new Typed(party, EntityType.ORGANIZATION, Strength.CUED, null));
            }
        }
    }

    /** Token i is one capital letter alone in brackets: "(M)", "(S)". */
    static boolean letterInBrackets(String text, Tokens tokens, int i) {
        int start = tokens.start(i);
        int end = tokens.end(i);
        return end - start == 1 && start > 0 && end < text.length() && text.charAt(start - 1) == '(' && text.charAt(end) == ')';
    }
}
