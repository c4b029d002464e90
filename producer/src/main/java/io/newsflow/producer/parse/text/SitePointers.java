package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

/**
 * Lines in which a site points its reader elsewhere on it or asks them to join it, none of the story's text: a link to
 * another story by its headline in guillemets or quotes ("Lisez « Le REM de l'Est sur la glace »", La Presse's; "Read
 * “Radiohead’s 10 Best Songs” on the Pitch."), to a section ("Consultez la section Grand Montréal"), a note of the
 * section the text ran in ("Ce texte a été publié dans la section Actualités"), a members' scheme's box ("The Spinoff
 * Members" / "Our journalism is supported by members. Join today."), a button on to the next story ("Keep going!"), a
 * shop's button, a plug for the site's own event and its tickets, a link to a court's document ("Read the ruling"). Used by
 * {@link JunkLineDetector}.
 */
final class SitePointers {
    private static final Pattern POINTER = UnicodeRegex.compile("(?iu)^\\W*(?:"
            + "(?:lisez|lire|à lire)\\s*:?\\s*«[^»]{3,160}»|read [“\"][^”\"]{3,160}[”\"](?: on \\S.{0,40})?|consultez (?:la|notre) section\\b.{1,60}|ce texte a été publié dans la section\\b.{1,60}"
            + "|tous les articles (?:de la rubrique|du dossier|de la catégorie)\\s.{1,40}" // ("Tous les articles de la rubrique Économie")
            + "|(?-i:(?:The\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}\\s+Members)"
            + "|our (?:journalism|reporting|work) is (?:supported|funded|made possible) by (?:our )?(?:members|readers)\\b.{0,80}"
            // ACM's box: "Our journalists work hard to provide local, up-to-date news to the community. This is how you can ..."
            + "|our journalists work hard to (?:provide|bring you)\\b.{0,160}"
            // a paper's plea and its button in one line: "Support local journalism. Subscribe to azcentral.com today.", "Our
            // journalism needs your support. Subscribe today to OregonLive.com."
            + "|assine (?:já |agora )?(?:o |a )?\\S.{0,30}? e tenha acesso\\b.{0,80}" // ("Assine O POVO+ e tenha acesso a todo o conteúdo")
            + "|(?:support (?:local|independent|quality|trusted|our) journalism|our (?:journalism|reporting|newsroom) needs your support)[.!]?"
            + "\\s+(?:please )?(?:subscribe|donate|become a (?:member|subscriber))\\b.{0,80}"
            + "|(?:y )?recuerda que puedes recibir notificaciones\\b.{0,140}|(?:já assistiu|já viu)\\b.{0,80}\\binscreva-se\\b.{0,60}"
            // an app's plea in German ("Hol dir die App!", "Lade dir jetzt die watson-App herunter")
            + "|hol (?:dir|euch) (?:jetzt )?die (?:[\\p{L}-]+-)?app\\b.{0,60}|(?:lade|laden sie) (?:dir |sich )?(?:jetzt )?(?:die|unsere) (?:[\\p{L}-]+-)?app\\b.{0,60}"
            + "|تابع(?:وا)? آخر الأخبار\\b.{0,80}" // (an Arabic site's plea: "تابع آخر الأخبار عبر تطبيق اليوم السابع")
            + "|lee (?:las|nuestras) columnas\\b.{0,60}" // ("Lee las columnas de opinión de Excélsior")
            // a syndicated page's link to the source's full story: "Leggi l'articolo completo su" / "Il Mattino"
            + "|(?:leggi l['’]articolo completo su|lire l['’]article complet sur|lee la noticia completa en|read the full (?:article|story) (?:on|at))(?:\\s.{1,40})?"
            + "|we can['’]t wait to (?:welcome|see) you (?:to|at)\\s.{1,80}" // (a festival's promotion: "We can't wait to welcome you to ...")
            + "|\\p{Lu}[\\p{L}-]{1,30}(?: \\p{Lu}[\\p{L}-]{1,30}){0,2} tilaajille" // (a Finnish paper's box for its subscribers: "Kaleva tilaajille")
            // a trade paper's pointers: "Click for more FreightWaves articles by Joanna Marsh.", "Contact Progressive
            // Railroading editorial staff.", "Want more news? Listen to today's daily briefing above or go here for more info"
            + "|click (?:here )?for more (?:\\S+ ){0,3}(?:articles|stories|news)\\b.{0,60}|contact (?:the )?\\S.{0,40}? editorial (?:staff|team)|contact the (?:author|writer|reporter)(?: here)?|unlock exclusive (?:insights|content|access|stories)(?: today)?!?"
            + "|for more (?:news|stories|information),? (?:go to|visit) \\S.{0,60}" // ("For more news, go to www.Agri-Pulse.com.")
            + "|want more news\\?.{0,120}|questions or comments on this (?:article|story)\\?.{0,120}"
            + "|watch (?:the |every |all )?\\S.{0,60} live on \\p{Lu}.{0,40}" // (a broadcaster's plug: "Watch the Gallagher Premiership live on Sky Sports")
            // a shop's button under a product ("$799 at Amazon") and a site's plug for its own event ("Techcrunch event" / "Join us
            // at TechCrunch Sessions: Mobility" / "Save up to $300 on your pass before prices rise.")
            + "|[$£€][\\d,.]+ at (?-i:\\p{Lu})[\\p{L}&'’. ]{1,30}|(?-i:\\p{Lu})[\\p{L}.-]{2,30} events?|join us at (?-i:\\p{Lu}).{0,60}"
            + "|(?:\\S.{0,60}?\\s[—–-]\\s)?(?:get|book|buy|grab|secure) your (?:tickets?|pass(?:es)?|seats?|spot)(?: (?:today|now))?\\b.{0,30}" // ("Inman Connect New York — get your ticket today")
            + "|(?:\\S.{0,60}?\\s[—–-]\\s)?(?:jetzt )?(?:tickets?|karten|plätze|platz) sichern\\b.{0,30}" // ("... Kongress 2027 – jetzt Tickets sichern")
            + "|save (?:up to )?[$£€][\\d,]+ on (?:your|a|an) (?:\\S+ )?(?:pass|ticket|tickets|registration)\\b.{0,60}"
            // a related story under the site's name and a bar: "En Xataka | Los centros de datos ya consumen ..."
            + "|(?-i:En \\p{Lu}[\\p{L}\\d]{1,30}) \\| \\p{Lu}.{5,160}"
            // the writer's other stories: "Read the most recent articles written by Tevye Markson - <headline>"
            + "|read the (?:most recent|latest) (?:articles|stories|posts) (?:written )?by\\b.{1,200}"
            // an awards' or a conference's call: "Travolution Awards 2027 – entries now open"
            + "|(?-i:\\p{Lu})[\\p{L}.&'’ -]{1,50} (?:awards?|conference|summit|expo)(?: 20\\d\\d)?\\s*[—–:|-]\\s*(?:entries|nominations|registration|bookings|tickets) (?:are )?now open\\b.{0,40}"
            // a jobs board's plug and a reprints link ("Caterer.com: Find hospitality jobs near you", "Learn more about reprints ...")
            + "|(?:\\S.{0,30}:\\s*)?find (?:\\S+ ){0,3}jobs near you|learn more about reprints\\b.{0,60}"
            // a vendor's and a magazine's plugs: "Get more insights with the Recorded Future Intelligence Cloud.", "Get our Tech
            // Resources", "Have you read DCD Magazine?"; a trade paper's credit, "Focus article by Nurluqman Suratman"; a forum's
            // plea ("What do you think? We'd love to hear from you, join the conversation on ...")
            + "|get more insights with\\b.{1,80}|get our (?:\\S+ ){0,2}resources|have you read .{1,40}\\bmagazine\\?"
            + "|focus article by \\p{Lu}.{0,50}|send comments and request more information\\b.{0,80}|request a (?:demo|free trial)\\b.{0,30}"
            + "|what do you think\\?\\s*we['’]d love to hear from you\\b.{0,160}"
            // "Write a letter to the editor, share a story tip or update, or report an error." (ABA Journal's); a
            // recommendation widget's credit ("Recommended by Spike", as Outbrain's and Taboola's)
            + "|write a letter to the editor\\b.{0,120}|recommended by (?-i:\\p{Lu})[\\p{L}.]{1,20}"
            // "Read more articles by Hana Anandira"; a sponsor's credit, "This article is brought to you by the CIPD"
            + "|(?:read|see|view) more (?:articles|stories|posts) (?:by|from) (?-i:\\p{Lu}).{0,40}|this (?:article|content|series) is brought to you by\\b.{1,60}"
            + "|read the (?:full )?(?:ruling|opinion|order|complaint|lawsuit|indictment|decision|filing|judgment|verdict)" // (a court story's link)
            + "|keep going!?|notifications?\\s*:(?:\\s*(?:oui|non|yes|no))?)\\W*$"); // (a push notifications' switch)
    private static final int MAX_CHARS = 200;

    private SitePointers() {
    }

    /** Whether the whole line is such a pointer or plea. */
    static boolean matches(String line) {
        String text = line.strip();
        return text.length() <= MAX_CHARS && POINTER.matcher(text).matches();
    }
}
