package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

/**
 * What an outlet says about itself inside or under a story, on every page it prints: that it is an impartial platform
 * and does not share its writers' or advertisers' views ("HKFP is an impartial platform & does not necessarily share
 * the views of opinion writers or advertisers."), or a plea to keep it going ("Help safeguard press freedom & keep
 * HKFP free for all readers by supporting our team"; "Ha fontosnak tartod a független újságírást, támogasd a Telexet!"),
 * its pitch ("... is a reader-supported publication", "Readers like you are keeping these stories free"), a pointer
 * to its own coverage, podcast or embed widget, a disclaimer under its comments. Furniture, never the story. (A
 * writer's own disclaimer, "The views expressed are the author's own", marks an opinion piece and is read by
 * {@link MetadataLines}.)
 */
final class OutletStatements {

    private static final Pattern STATEMENT = UnicodeRegex.compile("^\\W*(?:.{0,60}\\bis an? (?:impartial|independent|neutral) "
            + "platform\\b.{0,400}|.{0,60}\\bdoes not necessarily (?:share|reflect|endorse) the views of (?:its |our )?(?:opinion )?"
            + "(?:writers|contributors|columnists|advertisers)\\b.{0,400}|"
            // a newsletter's pitch: "Transit Matters is a reader-supported publication. To receive new posts ... subscriber."
            + ".{0,60}\\bis a reader-supported publication\\b.{0,200}|readers like you (?:are keeping|keep|make)\\b.{0,120}|"
            // "ProPublica is a nonprofit newsroom that investigates abuses of power. Sign up to receive ..."
            // "Exit News relies on readers' support. Become a member."
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} (?:relies|depends) on (?:the )?(?:support of )?(?:its |our )?readers['’]?(?: support| donations)?\\b.{0,160}|"
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} is an? (?:national |local |nonprofit |independent )?newsroom that\\b.{0,300}|" // ("KFF Health News is a national newsroom that ...")
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} is an? (?:501\\(c\\)\\(3\\) )?(?:(?:nonprofit|non-profit|independent|reader-funded|member-supported),? ){1,3}(?:newsroom|news organi[sz]ation|news service"
            + "|news site|news outlet|media outlet|media organi[sz]ation)\\b.{0,300}|" // ("Cabin Radio is an independent news service for ...")
            // "Nepali Times is an independent newspaper. Support our journalism.": its plea in the same line
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} is an? (?:nonprofit|non-profit|independent|reader-funded|member-supported) "
            + "(?:newspaper|news (?:outlet|site|organi[sz]ation)|publication|magazine)\\b.{0,120}\\b(?:support|donate|contribute)\\b.{0,120}|"
            // a plea to follow its podcast: "Follow and listen to our podcast here"
            + "(?:follow|listen|subscribe)(?: and (?:listen|follow|subscribe))?(?: to)? our podcasts?\\b.{0,60}|"
            // a disclaimer for its readers' posts: "NOW Grenada is not responsible for the opinions, statements or media content
            // presented by contributors."
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} (?:is|are) not responsible for (?:the |any )?(?:opinions|views|statements|comments|content)\\b.{0,300}|"
            // a French site's blanket disclaimer: "Les articles, commentaires et opinions publiés sur Cridem n'engagent que leurs auteurs."
            + ".{0,160}\\bn['’]engagent? que (?:leurs?|ses|son) auteurs?\\b.{0,60}|"
            // what it is: "Thai PBS World is the English news service of the Thai Public Broadcasting Service."
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} is the (?:\\p{L}+ )?(?:news service|service|edition|website|news site|news portal) of (?:the )?(?-i:\\p{Lu}).{2,100}|"
            // a fact-checker's pleas: "Republish our content for free", "Help us fight misinformation. Send us a claim to check.",
            // "Full Fact fights bad information"; and a newsroom's: "... Help us by joining CJR today.", "Perhaps you noticed: This
            // story, like all the news we publish, is free to read. ...", "E&E News subscribers can access this story and more."
            + "republish (?:our|this) (?:content|stories|story|article|journalism)\\b.{0,80}|"
            // ("Click the republish button below to get the code ...", "The 19th thanks our sponsors. Become one.")
            + "click the republish button\\b.{0,120}|(?:the )?(?-i:\\p{Lu})[\\p{L}\\d.&'’ -]{1,40} thanks (?:our|its) (?:sponsors|supporters|donors|members)\\b.{0,60}|"
            // a magazine's: "Undark is a non-profit, editorially independent magazine covering ...", "Support sound science and
            // smart stories", "Help us make scientific knowledge accessible to all", "Subscribe to Modern Retail+ for exclusive
            // content, ...", "Read the full interview in the new issue of Empire, on sale Thursday."
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} is an? (?:(?:non-?profit|independent|editorially independent),? (?:and )?){1,3}(?:magazine|publication)\\b.{0,200}|"
            + "support (?:sound|independent|nonprofit|quality) (?:science|journalism)\\b.{0,60}|help us make .{0,80}\\baccessible to (?:all|everyone)\\b.{0,40}|"
            // a think tank's: "The views expressed in this Commentary are the author's, and do not represent those of RUSI ...",
            // "Have an idea for a Commentary you'd like to write for us? Send a short pitch to ..."
            + "the views expressed in this \\p{L}+ are (?:the author['’]s|those of the authors?)(?: own)?,? and do not (?:necessarily )?(?:represent|reflect)\\b.{0,200}|"
            + "have an idea for an? .{1,60}\\?.{0,60}\\b(?:send|pitch|email)\\b.{0,120}|"
            // a crypto outlet's: "Disclosure: CoinDesk is an award-winning media outlet that covers ...", "Disclaimer: The Block is an
            // independent media outlet that delivers ..."
            + "(?:disclosure|disclaimer)\\s*:\\s*\\p{Lu}[\\p{L}.&'’ -]{1,40} is an? (?:[\\p{L}-]+ ){0,3}(?:media outlet|news outlet|publication|news organi[sz]ation)\\b.{0,300}|"
            + "this (?:article|content|post|story) (?:does not|doesn['’]t) (?:contain|constitute|provide) (?:investment|financial|trading) advice\\b.{0,300}|" // (Cointelegraph's)
            + "(?:disclaimer\\s*:\\s*)?this (?:article|content|post|story|report) is (?:provided )?for (?:general )?(?:informational|information|educational)"
            + " purposes only\\b.{0,300}|" // ("... and is not investment advice.")
            // a business site's pitch under every story: "Discover the latest Business News, Sensex, and Nifty updates. ... download
            // the Moneycontrol App to stay updated!"
            + "discover the latest (?:[\\p{L}-]+ ){0,3}news\\b.{0,400}\\b(?:download|stay updated)\\b.{0,80}|"
            // ComputerBase's: "Dieser Artikel war interessant, hilfreich oder beides? Die Redaktion freut sich über jede Unterstützung ..."
            + "dieser artikel war (?:interessant|hilfreich)\\b.{0,300}|(?:die )?redaktion freut sich über (?:jede |ihre |deine )?unterstützung\\b.{0,200}|"
            // Meduza's credit under the headline and its plea: "Объясняет «Медуза»", "Поддержите «Медузу». Мы работаем благодаря ..."
            + "(?:объясняет|рассказывает|разбирается|отвечает) «[^»]{2,40}»|поддержите «[^»]{2,40}»\\.?.{0,160}|мы работаем благодаря вашей поддержке\\b.{0,80}|"
            + "printing articles to share with others is a breach\\b.{0,200}|help us be the\\b.{0,100}|" // (Devex's, The New Humanitarian's)
            + "researched and written by (?-i:\\p{Lu})[\\p{L}.&'’ -]{1,60}|" // a trade paper's desk credit: "Researched and written by World Nuclear News"
            + "this (?:article|story) is part of .{1,40}['’]s (?:coverage|series|reporting)\\b.{0,80}|"
            + "subscribe to \\S.{0,40}? for exclusive content\\b.{0,200}|read the full (?:interview|story|feature|review) in (?:the )?(?:new|latest|current) issue\\b.{0,80}|"
            + "help us (?:fight|tackle|combat|counter|beat) (?:bad information|misinformation|disinformation|fake news)\\b.{0,160}|"
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} fights (?:bad information|misinformation|disinformation)\\b.{0,80}|"
            + ".{0,160}\\bhelp us by (?:joining|supporting|donating to|becoming a (?:member|subscriber) of) .{1,60}|"
            + "(?:perhaps you noticed: )?this (?:story|article),? like all (?:the )?(?:news|stories|journalism) we publish,? is free\\b.{0,400}|"
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} subscribers can (?:access|read)\\b.{0,100}|"
            + "to embed this (?:post|video|article|story)\\b.{0,100}|" // an embed widget's instruction
            // where the post first ran, and its writer's plea: "This article was originally published in the European Spaceflight
            // newsletter.", "If you like what I do, consider supporting me on Patreon."
            + "this (?:article|story|post) was (?:originally|first) published (?:in|on|by) (?:the |our )?\\S.{0,60}?(?:newsletter|blog|substack)\\.?|"
            + ".{0,60}\\b(?:consider )?support(?:ing)? (?:me|us|my work|our work) on (?:patreon|ko-fi|substack)\\b.{0,40}|"
            // what it is: "Fastmarkets is a leading price reporting agency for the commodities markets." (its name offered by PromotedOutlets)
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} is (?:a|an|the) (?:leading |global |world['’]s leading |trusted |independent )?(?:[\\p{L}-]+ ){0,3}(?:price reporting agency|news (?:site|service|agency|organi[sz]ation|publisher)|information (?:provider|service))\\b.{0,120}|"
            // its trademark: "Citywire is a registered trademark of Citywire Holdings Ltd."
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} is a (?:registered )?trade ?mark of\\b.{1,80}|"
            // its publisher: "Prishtina Insight is published by BIRN Kosovo.", "Environmental Finance, published by Field Ventures Ltd"
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40}(?: is|,) (?:published|produced|owned) by (?:the )?(?-i:\\p{Lu})[\\p{L}.&'’ -]{1,60}\\.?|" // ("... by
            // the High North Center at Nord University."); its network: "Alaska Beacon is part of States Newsroom, a nonprofit news
            // network supported by grants ..."; its licence to republish: "Our stories may be republished online or in print ..."
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} is (?:a )?part of (?-i:\\p{Lu})[\\p{L}.&'’ -]{1,60}, an? (?:nonprofit |non-profit |independent )?"
            + "(?:news )?(?:network|group|collaborative|newsroom)\\b.{0,300}|"
            + "our (?:stories|articles|reporting) (?:may|can) be republished\\b.{0,300}|"
            + "we encourage (?:organi[sz]ations|outlets|publishers|you) to republish our (?:content|stories|journalism)\\b.{0,200}|" // (KFF Health News')
            + "we want our (?:stories|journalism|reporting|articles) to be (?:shared|read|republished) as widely as possible\\b.{0,120}|" // (The 74's)
            // "This story about tutoring was produced by The Hechinger Report, a nonprofit, independent news organization ..."
            + "this (?:story|article)(?: about .{1,80}?)? was (?:produced|reported|written|published) by (?-i:\\p{Lu})[\\p{L}.&'’ -]{1,50}, an? "
            + "(?:(?:nonprofit|non-profit|independent|nonpartisan),? (?:and )?){1,3}(?:newsroom|news (?:organi[sz]ation|outlet|site))\\b.{0,300}|"
            // a local newsroom's pleas and what funds it: "Gothamist is funded by sponsors and member donations.", "Berkeleyside is a
            // program of Cityside, a nonprofit newsroom.", "Support your source for local news!", "Please consider donating to ..."
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} is (?:funded|supported|made possible) by (?:its |our )?(?:sponsors|members|readers|listeners|donors|member donations)\\b.{0,120}|"
            // "Marijuana Moment is made possible with support from readers. If you rely on ...", "<site> provides news and analysis on ..."
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} is made possible with (?:the )?support (?:from|of) (?:its |our )?readers\\b.{0,300}|"
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} provides news and analysis (?:on|about|of)\\b.{0,120}|"
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} is a (?:program|project|publication|service) of (?-i:\\p{Lu})[\\p{L}.&'’ -]{1,40}, an? (?:nonprofit |non-profit |independent )?(?:newsroom|news organi[sz]ation)\\.?|"
            + "support your source for (?:local |independent )?news\\b.{0,120}|.{0,100}\\bplease consider (?:donating|a donation|supporting|becoming a member)\\b.{0,100}|"
            + "click here to (?:support|donate to)\\b.{0,100}|"
            // a syndicator's disclaimer ("The content of this article is syndicated or provided to this website from an external third
            // party provider. ..."); an Arabic site's plug closing on "click here" ("للتداول والاستثمار في البورصة المصرية اضغط هنا")
            + "(?:disclaimer\\s*:\\s*)?the content of this article is (?:syndicated|provided)\\b.{0,400}|.{0,120}(?:اضغط|انقر) هنا\\W{0,3}|.{0,60}请?点击(?:这里|此处)\\W{0,3}|"
            // a Korean paper's bracketed copyright under every story: "<저작권자 ⓒ '돈이 보이는 리얼타임 뉴스' 머니투데이. 무단전재 ... 금지>"
            + "<\\s*저작권자\\s*[ⓒ©].{0,120}무단\\s?(?:전재|복제).{0,80}금지\\s*>|"
            // the same in French: "Marsactu est un journal indépendant, financé par ses abonnés.", "Soutenez basta! Faites un don."
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40} est un (?:journal|média|site|quotidien)\\b.{0,60}\\b(?:indépendant|sans publicité|financé)\\b.{0,200}|"
            + "soutenez .{1,40}?[.!]?\\s*faites un don\\b.{0,40}|"
            // an agency's terms of reuse: "Any use of Asia-Plus materials requires a hyperlink to the source."
            + "any (?:use|reproduction|reprint(?:ing)?|copying) of .{1,60}\\bmaterials?\\b.{0,160}|"
            // the same in Russian and Armenian: "При использовании материалов ссылка на ... обязательна", "Նյութերի ... օգտագործման
            // դեպքում հղումը ԱՐԿԱ-ին պարտադիր է։"
            + "при (?:полном или частичном )?(?:использовании|цитировании|перепечатке) материалов\\b.{0,120}\\bобязательна\\b.{0,40}|"
            // "Все права защищены. Использование материалов возможно только с письменного разрешения ...": reuse by permission only
            + "(?:все права защищены\\.?\\s*)?(?:использование|перепечатка|воспроизведение) материалов\\b.{0,40}\\b(?:только|запрещено|допускается)\\b.{0,160}|"
            + "նյութերի\\b.{0,80}\\bօգտագործման դեպքում\\b.{0,80}\\bպարտադիր է.{0,4}|"
            // a site's blanket disclaimer under every story: "Disclaimer: "The views/contents expressed in this article are ...""
            + "disclaimer\\s*:\\s*\\W?the views(?:/contents)? expressed in this (?:article|story|piece)\\b.{0,300}|"
            // a member station's plea ("KQED's journalism is supported by members like you. Donate now.") and its note of when
            // the segment aired ("This segment aired on December 5, 2026.")
            + "\\p{Lu}[\\p{L}.&'’ -]{1,40}['’]s (?:journalism|reporting|coverage|newsroom) is (?:supported|funded|made possible|powered) by\\b.{0,200}|"
            + "this (?:segment|story|interview|program|programme|episode|report) (?:first )?(?:aired|was broadcast)\\b.{0,80}|"
            // and its comments': "Disclaimer: The comments posted here/below/in the given space are not on behalf of Onmanorama."
            + "disclaimer\\s*:\\s*\\W?the comments (?:posted|published|expressed)\\b.{0,300}|"
            + "(?:use|reproduction|reprint(?:ing)?|copying|republication) of .{1,40}\\bmaterials?\\b.{0,40}\\b(?:permitted|allowed|prohibited"
            + "|forbidden|requires?)\\b.{0,160}|" // ("Reproduction of ELTA materials is permitted only with a reference to the source.")
            + "this (?:article|story|report) is (?:also )?available in \\p{L}+(?: and \\p{L}+)?\\.?|" // its other language's edition
            + "read this (?:article|story|report) in \\p{L}+(?: and \\p{L}+)?\\.?|" // (JAMnews's "Read this article in Georgian")
            // an affiliate disclosure: "If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement."
            + "if you (?:buy|purchase) something (?:from|through|via) .{0,80}\\bmay earn\\b.{0,200}|"
            + "ftc: we use income earning (?:auto )?affiliate links\\b.{0,40}|" // (Electrek's: "FTC: We use income earning auto affiliate links. More.")
            + "this (?:post|article|page) (?:contains|may contain) references to products\\b.{0,200}|editorial disclaimer\\s*:.{0,300}|" // (The Points Guy's)
            // "If you purchase a product or register for an account through a link on our site, we may receive compensation."
            + "if you (?:buy|purchase) (?:a product|something|an item)\\b.{0,120}\\bwe (?:may|might) (?:receive|earn|get) (?:compensation|a commission)\\b.{0,120}|"
            // a Nordic paper's imprint: its editor in charge ("Ansvarlig redaktør: ...", "Ansvarig utgivare: ...") and its
            // press code ("... følger Vær Varsom-plakatens regler for god presseskikk")
            + "(?:ansvarlig|ansvarshavende|ansvarig) (?:redaktør|redaktör|utgivare|chefredaktør)\\s*:.{2,200}|"
            + ".{0,60}\\b(?:følger|arbeider etter|följer) (?:vær varsom-plakatens|pressens etiske|publicistklubbens|de pressetiska)\\b.{0,120}|"
            + "we welcome your (?:comments|feedback|letters|views)\\b.{0,80}|cet article est en accès libre\\b.{0,120}|"
            // a finance site's pitch and its disclosure: "Should you invest $1,000 in CSX right now?", "Before you buy stock in CSX,
            // consider this: ...", "Lou Whiteman has no position in any of the stocks mentioned. The Motley Fool has a disclosure
            // policy."; and a machine's part in the text: "This article was generated with the support of AI and reviewed by an editor."
            + "should you invest \\$[\\d,.]+ in .{1,60} right now\\?|before you buy stock in .{1,60}, consider this\\b.{0,300}|"
            + "(?:.{0,120}\\b(?:has|have|holds?) (?:no )?positions? in\\b.{0,200})?\\b.{0,60} has a disclosure policy\\.?|"
            + "this (?:article|story) was (?:generated|produced|written) with the (?:support|help|assistance) of (?:ai|artificial intelligence)\\b.{0,200}|"
            // its quotes' delay: "Market data delayed by 15 minutes.", "Piyasa verileri 15 dakika gecikmelidir.", "Kurse um 15 Minuten verzögert"
            + "(?:(?:market|stock|price) )?(?:data|quotes|prices|quotations) (?:(?:are|is) )?delayed (?:by )?(?:at least |up to )?\\d{1,2} (?:minutes|mins)\\b.{0,120}|"
            + "(?:piyasa )?veriler(?:i)? (?:en az )?\\d{1,2} (?:dakika|dk\\.?) gecikmeli(?:dir)?\\b.{0,80}|"
            + "(?:kurse|kursdaten|börsendaten|daten) (?:sind )?(?:um )?(?:mindestens )?\\d{1,2} minuten (?:zeit)?verzögert\\b.{0,80}|"
            + "(?:cours|données) (?:de bourse )?différés? (?:de )?\\d{1,2} ?min(?:utes)?\\b.{0,80}|"
            // a pointer to its own coverage in the text: "Read our full coverage of the port expansion."
            + "read (?:our|all our|the) (?:full |latest |complete |live |in-depth )?coverage (?:of|on)\\b.{0,80}|"
            + "(?:ver|leer|see|view|read) (?:más|more) (?:noticias|news|stories|artículos|articles) (?:de|del|sobre|from|about|on) .{1,40}|"
            + "read the latest (?:news|stories|updates) (?:from|on|about|in) .{1,40}|" // ("Read the latest news from Hyderabad")
            // a government office's release, its issuer alone (and its town): "Issued by the Government Information Office, Yaren"
            + "issued by (?:the )?(?-i:\\p{Lu})[\\p{L}.&'’ -]{2,60}(?:, (?-i:\\p{Lu})[\\p{L}'’ -]{2,30})?\\.?|"
            // under its comments: "Comments expressed here do not reflect the opinions of Vanguard newspapers or any employee thereof."
            + "(?:comments|opinions|views) (?:expressed|posted) (?:here|below|on this (?:site|page))\\b.{0,40}\\bdo not (?:necessarily )?reflect\\b.{0,200}|"
            // a Spanish site's plea to join as a member: "... Te invitamos a que continúes apoyándonos, pero esta vez haciéndote miembro
            // de 14ymedio. ...", "Este periódico lo hacen sus socios y socias. Hazte socio, hazte socia de elDiario.es."
            + "(?=.{0,400}\\b(?:periodismo|periódico)\\b).{0,300}\\b(?:haciéndote|hazte|hágase|convertite en|conviértete en) (?:miembro|socio|socia"
            + "|suscriptor)\\b.{0,200}|" // (and naming journalism: not a club's call for members in a story)
            + "(?:help )?(?:safeguard|protect|defend|keep)\\b.{0,80}\\b(?:by supporting (?:us|our (?:team|journalism|work))|"
            + "(?:free|open) for (?:all|every) readers?)\\b.{0,80})$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The statements are a sentence or three: a longer paragraph is the story's. */
    private static final int MAX_CHARS = 500;
    /** In other languages, a plea is a short line that asks for support and names journalism. */
    private static final Pattern SUPPORT = UnicodeRegex.compile("(?iu)\\b(?:támogasd|támogass|unterstützen sie|unterstütze|soutenez|"
            + "apoya|apóyanos|sostieni|steun|wesprzyj|podpořte|podporte|støtt|stöd|støt)\\b");
    private static final Pattern JOURNALISM = UnicodeRegex.compile("(?iu)újságírás|journalismus|journalisme|periodismo|giornalismo|"
            + "journalistiek|dziennikarstw|novinařin|novinárstv|journalistik");
    private static final int MAX_PLEA_CHARS = 200;

    private OutletStatements() {
    }

    /** Whether the line is such a statement. */
    static boolean matches(String line) {
        String text = line.strip();
        return text.length() <= MAX_CHARS && STATEMENT.matcher(text).matches()
                || text.length() <= MAX_PLEA_CHARS && SUPPORT.matcher(text).find() && JOURNALISM.matcher(text).find();
    }
}
