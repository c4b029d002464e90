package io.newsflow.producer.parse.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines in which the site asks the reader to follow it, in any language: "Follow us on X", "Like Business on Facebook,
 * follow @TribuneBiz on Twitter ...", "Join our WhatsApp channel", "Suivez-nous sur les réseaux sociaux", "Pratite nas na
 * društvenim mrežama", "Síguenos en Google News". Furniture, never the story's text. Used by {@link JunkLineDetector}
 * beside {@link ReaderPrompts}.
 */
final class FollowPrompts {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A follow or join prompt, the whole line (a desk's accounts, a channel, a news aggregator's page). */
    static final Pattern FOLLOW = UnicodeRegex.compile(
            // "Join the Manchester Evening News WhatsApp community HERE", "Join The Punch Newspapers Channel", "Follow TNM's
            // WhatsApp channel for news updates and story links.",
            // "Stay informed ... Follow The Punch Newspaper on WhatsApp for real-time updates ..."
            "^\\W*(?:(?:join|follow) (?:the |our )?.{0,60}\\b(?:whatsapp|telegram) (?:channel|community|group)\\b.{0,60}|join (?:the |our )?[\\p{L}'’ ]{1,50} channel|"
            // Hungarian's: "Kövesse az Indexet a Facebookon is!"
            + "kövesse?\\b.{0,40}\\b(?:facebookon|instagramon|twitteren|x-en|youtube-on|tiktokon)\\b.{0,20}|"
            // a site's closing line: "Stay updated with the latest news from Fiji and around the Pacific."
            + "stay (?:informed|updated|up to date|tuned|connected) (?:with|for|on) (?:the|all the|our) latest (?:news|updates|stories|headlines)\\b.{0,80}|"
            + "(?:stay (?:informed|updated|up to date|connected|current)|don't miss)\\b.{0,120}\\b(?:follow|subscribe to|join) (?:us|[\\p{L}'’ ]{1,40}?)(?: on|['’]s) (?:whatsapp|telegram)\\b.{0,200}|"
            // a bio's button ("Connect via email."); a desk's accounts ("Like Business on Facebook, follow @TribuneBiz on Twitter ...")
            + "connect via (?:e-?mail|twitter|x|facebook|linkedin|instagram)\\b.{0,40}|"
            + "add \\S.{0,30}? to your google news feed\\W*|" // ("Add Electrek to your Google News feed.")
            // "Follow and Subscribe Nyasa TV :", "Get WhatsApp alerts from CNA"
            + "follow and subscribe\\b.{0,60}|get (?:whatsapp|telegram) alerts\\b.{0,60}|get (?:the latest|breaking) (?:news|updates|stories) on "
            + "(?:whatsapp|telegram)\\b.{0,160}|(?:please )?follow (?:and|&) like us|" // (a share plugin's)
            // "Únete a nuestro canal de WhatsApp", "Rejoignez notre chaîne Telegram"
            + "(?:únete|unete|únase|súmate|rejoignez|junte-se|entre)\\b.{0,40}\\b(?:whatsapp|telegram)\\b.{0,40}|"
            // "Siga nuestro canal de WhatsApp", "Sigue nuestro canal de Telegram", "Siga-nos no WhatsApp"
            + "(?:siga|sigue|síguenos en|sigan) (?:nuestro|el) canal de (?:whatsapp|telegram|youtube)\\b.{0,80}|"
            // Arabic: "تابعونا على جوجل نيوز", "تابعوا ... على واتساب"
            + "(?:تابعونا|تابعوا|تابعنا)\\s.{0,40}(?:جوجل نيوز|google news|فيسبوك|تويتر|واتساب|تيليجرام|يوتيوب)\\W{0,3}|"
            // "Médias24 est sur WhatsApp. Rejoignez notre chaîne pour suivre l'actualité en continu.": the site's channel, then the call
            + ".{1,40} est (?:désormais |maintenant |aussi )?sur (?:whatsapp|telegram)\\b.{0,20}\\b(?:rejoignez|suivez|abonnez-vous)\\b.{0,100}|"
            + "(?:síguenos|síganos|sigue|siga) en nuestro canal de (?:whatsapp|telegram|youtube)\\b.{0,40}|" // ("Síganos en nuestro canal de WhatsApp")
            // "Sigue toda la información de Cinco Días en Facebook, X y Linkedin, o en nuestra newsletter ..."
            + "sigue (?:toda )?(?:la )?(?:información|actualidad|última hora)\\b.{0,60}\\ben (?:facebook|twitter|x|instagram|linkedin|whatsapp|telegram)\\b.{0,160}|"
            + "(?:ফেসবুকে|ইউটিউবে|টুইটারে)(?:\\s+[\\p{L}\\p{M}]+){1,2}|"
            + "ακολουθήστε\\b.{0,60}\\b(?:google news|facebook|instagram|twitter|x|viber|telegram)\\b.{0,100}|" // (Greek's "Follow ... on ...")
            + "[\\p{L}\\p{M}' ]{2,40} (?:у|в) (?:telegram|viber|whatsapp)(?:-каналі|-канале)?|" // ("Суспільне Новини у Telegram": the channel)
            + "merci de nous suivre\\b.{0,80}|" // ("Merci de nous suivre sur nos réseaux sociaux.") // (the page's box: "ফেসবুকে যুগান্তর", "Jugantor on Facebook")
            // a pointer to its section: "For more news from Croatia, follow TCN's dedicated section."
            + "for more (?:news|stories|updates|coverage) (?:from|about|on) .{1,60}?,? (?:follow|visit|check out|see|read)\\b.{0,80}|"
            // a station's prompt to its live stream: "Listen to Manx Radio Live", "Listen live"
            + "listen (?:to )?(?:(?-i:\\p{Lu})[\\p{L}&'’. -]{1,40} )?live(?: now)?|"
            + "follow (?-i:\\p{Lu})[\\p{L}&'’. -]{1,40}:|" // a social row's label naming the site: "Follow Offshore Energy:"
            + "follow us on (?:facebook|twitter|x|instagram)\\b.{0,80}\\bto stay (?:connected|updated|informed)\\W*|"
            // "The Wire is now on WhatsApp. Follow our channel for sharp analysis ..."
            + ".{0,40}\\bis (?:now )?on (?:whatsapp|telegram)\\W+(?:follow|join|subscribe)\\b.{0,200}|" // (not "... is now on WhatsApp.")
            + "(?:follow|like (?=us\\b|(?-i:\\p{Lu}))|síguenos|suivez(?:-nous)?|folgen sie uns|seguici|volg|obserwuj nas|siga-nos|pratite|na ndiqni|ndiqni)\\b.{0,40}"
            + "(?:@\\w+|\\b(?:on|en|sur|auf|su|op|na|no|de|in den|në) (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|viber|"
            // ("Follow Khaleej Times on WhatsApp Channels.")
            + "social media|(?:les )?réseaux sociaux|redes sociales|sozialen medien|društvenim mrežama|(?:whatsapp|telegram)"
            + "(?: channels?| communit(?:y|ies))?|google news)(?:u|a|om)?(?: (?:kanalu|kanal|stranici|profilu|grupi))?)" // ("Pratite
            // nas na Facebooku", "... i na Telegram kanalu": a Slavic case ending, the channel's word)
            + "(?:\\s+(?:on|and|y|et|und|e|en)\\s+[\\w@ ]{1,40})?(?:\\s+for (?:more|the latest)\\b.{1,40})?"
            + "(?:\\s+to (?:keep|stay) (?:updated|up to date|informed)\\b.{0,80})?" // ("Like us on Facebook to keep updated with ...")
            + "(?:,? (?:and )?follow @\\w+ on \\w+\\b.{0,120})?|"
            + ".{0,160}\\bgoogle (?:news|actualités|nachrichten|noticias|notizie|nieuws|wiadomości|notícias|haberler(?:['’]de takip (?:et|edin|ediniz))?|news['’](?:te|ten) takip edin?)"
            + "(?: (?:et|and|und|y|e|i|en) (?:whatsapp|telegram|youtube|instagram|facebook))?|" // ("... sur Google Actualités et WhatsApp.")
            // Malay: "Dapatkan berita terkini di WhatsApp AWANI" (get the latest news on ...)
            + "dapatkan (?:berita|info|maklumat) terkini\\b.{0,40}\\b(?:whatsapp|telegram)\\b.{0,40}|"
            // Swahili: "Tufuate kwenye WhatsApp", "Jiunge na chaneli yetu ya WhatsApp" ("follow us on ...", "join our channel")
            + "(?:tufuate|tufuatilie|jiunge na)\\b.{0,40}\\b(?:whatsapp|telegram|facebook|instagram|youtube|x|twitter)\\b.{0,40}|"
            // Thai: "ติดตามมติชนออนไลน์ได้ทาง Line" ("follow ... on Line")
            + "ติดตาม\\S{1,40}ได้ทาง\\s*\\S.{0,40}|"
            // Uzbek and Azerbaijani: "Spot’ni Telegram’da kuzatib boring", "Banker.az-ı Telegram-da izləyin"
            + ".{0,40}\\b(?:telegram|facebook|instagram|youtube|whatsapp|google news)['’-]?(?:da|də|de)\\b.{0,20}\\b(?:kuzatib boring|kuzating|izləyin)|"
            // Turkish: "Google News'te Cumhuriyet'e abone olun", "Cumhuriyet'in WhatsApp kanalına katılın"
            + "google news['’](?:te|ta|de|da)\\b.{0,40}\\b(?:abone olun|takip edin)|.{0,40}\\b(?:whatsapp|telegram|youtube) (?:kanalına|kanalımıza|grubuna) (?:katılın|abone olun)|"
            + "(?:puedes|podéis|pode|vous pouvez|sie können|you can|potete|puoi) (?:seguir|suivre|folgen|follow|seguire)\\b.{1,80}\\b"
            + "(?:facebook|twitter|instagram|whatsapp|telegram|linkedin|newsletter)\\b.{0,160})\\W*$", F);

    private static final Pattern FOLLOW_WRITER = UnicodeRegex.compile("^(?:Follow|Folgen|Suivre|Seguir|Segui)\\s+(\\p{Lu}.{2,50})$");

    private FollowPrompts() {
    }

    /** True when the whole line is a follow prompt, or a button to follow the writer by name ("Follow Tom Phillips"). */
    static boolean matches(String line) {
        Matcher writer = FOLLOW_WRITER.matcher(line.strip());
        return FOLLOW.matcher(line).matches() || writer.matches() && PersonNames.isName(writer.group(1));
    }
}
