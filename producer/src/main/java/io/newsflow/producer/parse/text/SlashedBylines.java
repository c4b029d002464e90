package io.newsflow.producer.parse.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A byline whose parts a slash parts, with no "By" before them: "La Razón Digital / Carla Mendoza / La Paz", "Carla
 * Mendoza / La Paz", "Juan Pérez / EFE". One part is a person's name, the writer; the others are the site's desk or an
 * outlet, or the place the writer files from. An agency's part is the copy's source; a site's own desk ("La Razón
 * Digital") is not read as one, the masthead naming the site already.
 */
final class SlashedBylines {
    private static final int MAX_PARTS = 3;

    private SlashedBylines() {
    }

    /** The byline, when the line is one such. */
    static Optional<Byline> read(String line) {
        String[] parts = line.strip().split("\\s+/\\s+");
        if (parts.length < 2 || parts.length > MAX_PARTS) {
            return Optional.empty();
        }
        String name = null;
        String agency = null;
        for (String part : parts) {
            if (BreadcrumbDetector.isHomeRoot(part) || BreadcrumbDetector.isNewsRoot(part)) {
                return Optional.empty(); // "Home / Sara Mapu", "Inicio / Az Mapu": a trail, its section of a name's shape
            }
            // (not a part that holds another: "Salzburg / Stadt Salzburg" is a trail, a town in its region)
            if (name == null && PersonNames.isName(part) && !Outlets.hasOutletWord(part) && !Places.isPlace(part)
                    && Arrays.stream(parts).noneMatch(other -> other != part && part.contains(other))) {
                name = part;
            } else if (SignatureDetector.agencyCredit(part).isPresent()) {
                agency = SignatureDetector.agencyCredit(part).get();
            } else if (!Places.isPlace(part) && !Outlets.looksLikeOutlet(part)) {
                return Optional.empty(); // "Politics / Europe", a sentence's "and/or": no byline
            }
        }
        return name == null ? Optional.empty() : Optional.of(new Byline(List.of(name), agency, null, null));
    }
}
