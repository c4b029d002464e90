package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsflow.producer.parse.text.Outlets;
import io.newsflow.producer.parse.text.PersonNames;

/**
 * The display name of the account that posted a story on a social or chat platform (a Mastodon status's, a Discord
 * message's): the outlet when it reads as one ("Harbour Times"), the writer when it is a person's name, and no one when it
 * is only the account's handle again.
 */
final class AccountNames {

    private AccountNames() {
    }

    /** Sets the record's {@code publisher} or {@code author} from the account's display name, if it names either. */
    static void credit(ObjectNode record, String displayName, String handle) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.equals(handle)) {
            return;
        }
        if (Outlets.looksLikeOutlet(name) && Outlets.hasOutletWord(name)) {
            record.put("publisher", name);
        } else if (PersonNames.isName(name)) {
            record.put("author", name);
        }
    }
}
