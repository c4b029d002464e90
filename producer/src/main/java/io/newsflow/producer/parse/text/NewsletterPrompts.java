package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

/**
 * Lines in which a newsletter published on the web speaks to its reader: "Enjoying The Northside Brief? Forward it to a
 * friend.", "Was this email forwarded to you? Sign up here", its feedback poll ("What did you think of today's
 * edition?" / "Loved it · It was ok · Not for me"). Furniture, never the story's text. Used by {@link JunkLineDetector}.
 */
final class NewsletterPrompts {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern PROMPT = UnicodeRegex.compile("^\\W*(?:"
            + "enjoy(?:ing|ed) (?:this|the|our|[\\p{Lu}\\d])[^?]{0,60}\\?\\s*(?:forward|share)\\b.{0,60}|" // ("Enjoyed this? Forward it ...")
            + "(?:was this|is this) (?:email|newsletter|edition) forwarded to you\\b.{0,80}|"
            // a site's newsletter box: "Want stories like this in your inbox?" / "Sign up to exclusive daily email"
            // "Het beste van De Telegraaf in je inbox", "The best of The Herald in your inbox"
            + "(?:het beste|the best|le meilleur|das beste|lo mejor) (?:van|of|de|du|von|del) .{1,40}\\b(?:in|dans) (?:je|jouw|your|votre|ihrem|tu) (?:inbox|mailbox|boîte mail|postfach)\\b.{0,40}|"
            // "Assine a newsletter do Poder360", "Abonnez-vous à notre newsletter", "Suscríbete a nuestra newsletter"
            + "(?:assine|inscreva-se (?:na|em)|abonnez-vous à|inscrivez-vous à|suscríbete a|suscribite a|subscriu-te al?) (?:a |nossa |la |notre |nuestra |l['’])?(?:newsletter|butlletí)\\b.{0,60}|"
            // "Tilaa TS:n uutiskirje", "Prenumerera på UNT:s nyhetsbrev", "Abonner på nyhetsbrevet"
            + "(?:tilaa|abonner på|abonnér på|prenumerera på) (?:\\S{1,20} )?(?:uutiskirje|uutiskirjeemme|nyhetsbrev|nyhetsbrevet|nyhetsbreve)\\b.{0,60}|"
            + "اشترك (?:لتصلك|ليصلك|في نشرتنا|في النشرة)[^.!?]{0,60}|" // ("اشترك لتصلك أهم الأخبار": subscribe for the top news)
            + "get more .{1,40}? by signing up for (?:our |the )?.{0,60}\\b(?:newsletter|email)s?\\b.{0,20}|" // ("Get more Colorado news by signing up for ...")
            + "want (?:more )?stories like this (?:in|delivered to) your inbox\\b.{0,40}|"
            // "Sign me up for the PolitiFact newsletter", "Join the 60,000 who get the freshest ... news in our daily email."
            // "Keep up with the story. Subscribe to the Marketing Dive free daily newsletter", "Your daily sports business newsletter."
            + "(?:keep up|stay up to date) with (?:the|this) stor(?:y|ies)\\.?\\s*subscribe\\b.{0,100}|"
            // "Keep up with HR news and insights. Subscribe to our newsletter."
            + "(?:keep up|stay up to date) with .{1,60}?\\.\\s*(?:subscribe|sign up)\\b.{0,100}|your (?:daily|weekly|free) .{0,40}\\bnewsletter\\b.{0,40}|"
            // "The free newsletter covering the top industry headlines", "Want more news like this? Sign up to receive ...",
            // "Sign up for our daily news round-up!", "Get the best of Heatmap in your inbox daily.", "Give your business an edge ..."
            // "Sign up to the LocalGov Daily Bulletin", "The freshest news from the local food world", "We'll bring the news to you."
            + "sign up (?:to|for) the .{1,40} (?:daily |weekly )?(?:bulletin|briefing|digest)\\b.{0,40}|the freshest news from\\b.{0,60}|we['’]ll bring the news to you\\.?|"
            + "the free newsletter covering\\b.{0,80}|want more (?:\\S+ )?(?:news|stories)(?: like this)?\\?\\s*(?:sign up|join|subscribe)\\b.{0,100}|"
            + "sign up for (?-i:\\p{Lu})[\\p{L} ]{2,40} for more (?:news|stories|coverage)\\b.{0,80}|"
            + "sign up for our (?:daily|weekly) (?:news )?(?:round-?up|briefing|digest)\\b.{0,40}|get the best of .{1,40} in your inbox\\b.{0,40}|"
            + "give your business an edge with\\b.{0,100}|read more .{0,60}\\binsights\\b.{0,160}|"
            + "our (?:daily|weekly) newsletter (?:contains|brings|features|has|delivers)\\b.{0,120}|"
            + "sign me up (?:to|for) .{0,60}|stay (?:in touch|informed|connected)[.!]?|" // (a sign-up box's heading: "Stay in touch")
            // "The daily newsletter of the space industry. Join 60,000 readers.", "<site> has a new mailing list.", "Sign up today
            // and you will receive a free copy of our ... report."
            + "the (?:daily|weekly) newsletter (?:of|for|about) .{1,60}|\\S.{0,40} has a new (?:mailing list|newsletter)\\b.{0,80}|"
            + "sign up today and you(?:['’]ll| will) receive\\b.{0,120}|"
            // "Get the latest news from Global Legal Post", "Want the latest pharma news and insights? Subscribe to ..."
            + "get the latest (?:news|headlines|stories|updates) from (?-i:\\p{Lu}).{0,40}|want the latest .{0,60}\\?\\s*(?:subscribe|sign up)\\b.{0,100}|"
            // "Get Inman's Morning Headlines" / "Your daily 5-minute read on the biggest real estate stories."
            + "get \\S.{0,30}['’]s (?:[\\p{L}-]+ ){0,3}(?:headlines|newsletters?|briefing|digest|bulletin)|your (?:daily|weekly|morning) (?:\\d+-minute )?read on\\b.{0,100}|get the free (?:daily|weekly) (?:email )?newsletter\\b.{0,80}|"
            + "join (?:the |our )?(?:more than |over )?[\\d,.]+k?\\+? (?:\\p{L}+ ){0,2}who (?:get|receive|read)\\b.{0,120}|"
            // "Want to keep up with the latest media jobs? Sign up to ...", "Free daily newsletter", "If you like our news ..., you
            // can sign up to receive ...", "Carbon Brief's daily and weekly email digests"
            + "want to (?:keep up|stay up to date|stay informed) with\\b.{0,100}\\?\\s*sign up\\b.{0,100}|(?:our )?free (?:daily|weekly) (?:email )?newsletter|"
            + "if you (?:like|enjoy|enjoyed) (?:our|this|these) .{0,80}\\byou can (?:sign up|subscribe)\\b.{0,120}|"
            + "\\S.{1,40}['’]s (?:daily|weekly|free)(?: and (?:daily|weekly))? (?:email )?(?:newsletters?|digests?|briefings?)|"
            + "sign up (?:to|for) (?:our |an? |the )?(?:new |exclusive |free )?(?:daily |weekly )?(?:email|newsletter)s?\\b.{0,200}|"
            + "subscribe to \\S.{0,40}? and stay (?:informed|updated|up to date)\\b.{0,120}|" // ("Subscribe to gCaptain Daily and stay informed ...")
            // a named newsletter: "Sign up for The Brief, The Texas Tribune's daily newsletter that keeps readers up to speed ..."
            + "sign up for [^,]{1,40}, .{0,60}\\bnewsletter\\b.{0,120}|"
            + ".{1,40} newsletter: .{1,120}\\bsign up(?: here| now| for free)?\\W{0,3}|" // ("Decoding Asia newsletter: your guide to ... Sign up here.")
            + "never miss a story\\s*:\\s*sign up\\b.{0,200}|" // ("Never miss a story: sign up to SmartCompany's free daily newsletter ...")
            + "inscrivez-vous à (?:nos|notre|la) (?:infolettres?|newsletters?)\\b.{0,120}|" // (Québec's "infolettre")
            + ".{0,200}\\bstraight to your (?:e-?mail|inbox)\\W{0,3}|" // ("Profit and prosper with ... - straight to your e-mail.")
            // "Get daily updates on all the news from Cardiff and Wales direct to your inbox. Sign up for our free newsletter here."
            + "get (?:daily|weekly|regular|the latest) .{0,100}\\b(?:direct(?:ly)? )?(?:to|in) your inbox\\b.{0,120}|"
            // "Get breaking news and daily headlines delivered to your email inbox by signing up here."
            + "get (?:breaking|local|our) .{0,80}\\bdelivered (?:directly )?to your (?:email )?inbox\\b.{0,80}|"
            + "subscribe to .{1,50}\\bnewsletters? to (?:get|receive)\\b.{0,100}|" // ("Subscribe to The Defiant's newsletter to get ...")
            + "(?:like|liked|enjoy|enjoyed) what you['’]ve (?:just )?read\\?\\s.{0,160}|si te ha gustado (?:este|el) (?:artículo|contenido)\\b.{0,120}|" // ("Like what you've read? To receive ...", "Si te ha gustado este artículo, ...")
            // a box of the site's newsletters, each named with its pitch: "The Breakdown: Decoding crypto and the markets. Daily.",
            // "0xResearch: Alpha in your inbox. Think like an analyst."
            + "(?-i:\\p{Lu}|\\d)[\\p{L}\\d.&'’-]*(?: [\\p{L}\\d.&'’-]+){0,3}: (?:[^:]{1,80}\\. (?:daily|weekly|every weekday)\\.?|[^:.]{1,40} in your inbox\\.(?: [^:]{0,60})?)|"
            // its greeting ("Good morning, and welcome to this week's Dispatch.") and its sign-off before the forward's prompt
            + "(?:(?:good (?:morning|afternoon|evening)|hello|hi(?: there)?|happy \\p{L}+)[,!]?\\s*(?:and )?)?welcome (?:back )?to "
            + "(?:this week['’]s|today['’]s|this edition of|another edition of|the latest edition of|issue \\d+ of) [^.!]{1,40}[.!]?|"
            // ("That's all for this week. If you enjoyed this, forward it to a friend.")
            + "(?:that['’]s (?:all|it) for [^.!]{1,30}[.!]\\s*)?(?:if you (?:enjoyed|liked) (?:this|it|reading)[^.,]{0,40}[,.]?\\s*)?(?:please )?"
            + "(?:forward|share) (?:this|it) (?:email |newsletter |edition )?(?:to|with) a friend\\b.{0,60}|"
            // a site's box of its newsletters, its name over "Register now to receive ..." (Tuổi Trẻ's, in Vietnamese)
            + "(?:\\p{Lu}[\\p{L}\\p{M}.'’]*\\s+){1,4}newsletters?|start (?:every|each|your) day with\\b.{0,160}|" // ("Daily Debrief Newsletter")
            + "interested in (?-i:\\p{Lu})[\\p{L}\\p{M} .'’-]{1,40}\\?|get automatic alerts for this topic\\.?|" // (Insurance Journal's topic alerts)
            + "đăng ký ngay để nhận\\b.{0,80}|"
            + "(?:what did you think of|how would you rate|how did you like) (?:today['’]s|this|this week['’]s) "
            + "(?:edition|newsletter|issue|email|briefing)\\b.{0,40}|"
            // the poll's answers on one line, parted by dots or bars
            + "(?:[\\p{L}\\p{So}'’ ]{1,20}[·•|]\\s*){1,4}[\\p{L}\\p{So}'’ ]{1,20}(?<=\\S))$", F);
    /** A poll's answer a newsletter platform offers ("Loved it", "Not for me"): the poll line must hold one. */
    private static final Pattern ANSWER = Pattern.compile("(?i)\\b(?:loved it|it was ok(?:ay)?|not for me|meh|"
            + "could be better|it was great)\\b");
    private static final Pattern ANSWERS = Pattern.compile("[·•|]");

    private NewsletterPrompts() {
    }

    /** A newsletter's name after the site's: "Dezeen Daily", "Front Office Sports Today", "Axios AM". */
    private static final Pattern NEWSLETTER_NAME = Pattern.compile("(?i)\\s+(?:daily|weekly|today|briefing|brief|am|pm|newsletter|newswire|premium|plus)");

    /** Whether the line is the site's own newsletter's or paid tier's name alone ("Dezeen Daily", "Decanter Premium"), as its box heads it. */
    static boolean namesOwnNewsletter(String line, String source) {
        String text = line.strip();
        return source != null && text.regionMatches(true, 0, source, 0, source.length())
                && NEWSLETTER_NAME.matcher(text.substring(source.length())).matches();
    }

    /** True when the whole line is a newsletter's prompt or its feedback poll. */
    static boolean matches(String line) {
        if (!PROMPT.matcher(line).matches()) {
            return false;
        }
        return !ANSWERS.matcher(line).find() || ANSWER.matcher(line).find();
    }
}
