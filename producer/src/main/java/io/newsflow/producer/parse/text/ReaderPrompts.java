package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

/**
 * Lines in which the page or the newsroom speaks rather than the story: credits to the newsroom, prompts to the reader,
 * subscription prompts ({@link FollowPrompts} has the follow prompts). Used by {@link JunkLineDetector}.
 */
final class ReaderPrompts {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /**
     * Lines that address the reader or credit the newsroom, not the story: "— With assistance from
     * Tom Mackenzie", "Click here to ...", "Have a news tip? Email us at ...", "Reporting from Baku",
     * "Listen to article (4 min)", "Reuters contributed to this report.", print-edition notices.
     */
    static final Pattern NEWSROOM = UnicodeRegex.compile("^\\W*(?:(?:with assistance from|additional reporting (?:by|from)|"
            // "With files from The Canadian Press", "Avec les informations de La Presse canadienne"
            + "with files from|avec (?:les |des )?informations (?:de|d'|du)|mit material von|con (?:la )?informaci[óo]n(?:es)? de|con informazioni di|com informações d[eoa]|"
            + "editing by|edited by|(?:(?-i:\\p{Lu})[\\p{L}-]+ ){1,3}edited this (?:article|story)|(?:conteúdo |texto )?editado por|compiled by|translated by|translation by|click here|have a (?:news )?(?:tip|story)|got a (?:news )?tip|send us (?:a|your) (?:news )?tip|"
            + "email us at|get in touch with our news team\\b.{0,80}|have an opinion about this (?:story|article)\\?.{0,160}|for more stories like this,? check our news page|please (?:direct|send|address) (?:your )?(?:questions|comments|feedback|inquiries)|" // (the Hankyoreh's)
            + "a version of this (?:article|story) appear(?:s|ed) in (?:the )?(?:[^.]{1,40} )?print\\b|save my name, email|" + CommentThreads.FEEDBACK_QUESTIONS + "|"
            // a partner's note over the story ("This article was produced for ProPublica's Local Reporting Network in partnership
            // with ..."), a tip line in French ("Vous avez un scoop à nous transmettre?" / "Écrivez-nous à l'adresse ...")
            + "this (?:article|story|report) was produced (?:for|in partnership with)\\b.{0,300}|" // ("produced by X": X's credit)
            + "vous avez (?:un scoop|une info|une nouvelle|une histoire)\\b.{0,80}|écrivez-nous\\b.{0,200}|"
            // "Did you find this article useful?"; a Nordic newsroom asking for tips ("Hei! Vi vil gjerne høre fra deg.
            // Tips oss om saker.", "Tipsa oss!")
            + "did you find this (?:article|story) (?:helpful|useful)|(?:hei|hej)\\W+vi (?:vil gjerne|vill gärna|vil gerne) (?:høre|höra) (?:fra|från)|"
            + "tips oss|tipsa oss|tip os\\b|heb je een tip\\b.{0,80}|hast du einen tipp\\b.{0,80}|haben sie einen tipp\\b.{0,80}|"
            + "list of \\d+ items?$|" // (a list widget's label left in a feed's text: "Keep reading" / "list of 4 items")
            // a radio programme's credit under a broadcaster's headline ("Heard on All Things Considered"), an audio widget's
            // announcement ("NEW You can now listen to Fox News articles!")
            + "(?:as )?heard on (?-i:\\p{Lu})[\\p{L}\\p{M}'’ ]{2,40}$|(?:new\\s+)?you can now listen to \\S.{0,40}?\\b(?:articles?|stories|news)|"
            // a wire's credit closing the story ("Contributing: The Associated Press"); an editors' initials and agencies
            // signing it, the agencies in brackets ("rs/wmr (dpa, Reuters)"; not an agency's own "ats/vajo", its credit)
            + "contributing\\s*:\\s*(?=(?-i:\\p{Lu}))|(?-i:[a-z]{2,4}(?:/[a-z]{2,4})+)(?=\\s*\\([^()]{2,60}\\)$)|"
            + "press play to listen|voiced by artificial intelligence|this (?:article|story) has been updated|"
            // the story's sources listed ("Source: Helsingin Sanomat, Yle"): no one outlet's copy, so no signature
            + "sources?\\s*:\\s*(?-i:\\p{Lu})[^,;]{1,40}(?:[,;]\\s*(?-i:\\p{Lu})[^,;]{1,40}){1,4}$|"
            + "read more (?:with|at|on|from) \\S.{0,40}$|"
            // a form to report a mistake: "Vous avez trouvé une erreur? Merci de nous la signaler.", "Reporta un error"
            + "vous avez trouvé une (?:erreur|faute)\\b.{0,80}|(?:reporta|reportar|signaler|segnala|report|comunicar) (?:un |une |an |um )?(?:error|erreur|errore|erro)\\b.{0,40}|"
            + "found (?:a|an) (?:mistake|error|typo)\\b.{0,40}|report it to us|" // the Star's "Found a mistake in this article?"
            + "your email address will not be published|you must be (?:logged|signed) in to|(?:want to )?join the conversation\\b|"
            + "create an account (?:or )?(?:sign|log) ?in\\b|do you have a (?:story|news tip)|"
            + "got a story|contact the newsdesk|mit (?:informationen|material) von|with (?:information|reporting) from|"
            + "con información de|avec (?:l')?afp\\b|dieses thema im programm|contact the (?:authors?|reporters?|writers?) at|local democracy reporting service$|"
            // a stamp of a time alone ("Publié à 14:32", "Modifié à 16:05"): no date to read
            + "^(?:publié|modifié|mis à jour|publicado|actualizado|pubblicato|aggiornato|aktualisiert|veröffentlicht)"
            + "\\s+(?:à|a las|alle|um|às)?\\s*\\d{1,2}[:h.]\\d{2}(?:\\s*h)?(?=\\W*$)|" // "Actualizado a las 09:12 h."
            // "Receba notícias no WhatsApp", "Recibe las noticias en Telegram": a prompt to follow the site
            + "^\\W*(?:receba|recebe|recibe|reciba|get|receive)\\b.{0,40}\\b(?:whatsapp|telegram)\\W*$|"
            // "Receba no seu email as principais notícias do dia", "Get our top stories in your inbox": a newsletter's plea
            + "^\\W*(?:receba|recebe|recibe|reciba|get|receive)\\b.{0,20}\\b(?:e-?mail|inbox|correo)\\b.{0,80}$|"
            // New Zealand's local democracy credit; a prompt to join the site's messaging channel
            + "(?:\\p{L}{2,5} is )?local body journalism co-funded by\\b|^\\W*join (?:our|\\p{L}+['’]s) (?:whatsapp|telegram) channel\\b|"
            + "this (?:interview|conversation|q&a|transcript) (?:has been|was|is) (?:edited|condensed|lightly edited))\\b.{0,200}|"
            + "(?:reporting|reported) from\\s+(?-i:\\p{Lu})[\\p{L}\\p{M}'’-]*(?:,?\\s+(?:(?-i:\\p{Lu})[\\p{L}\\p{M}'’-]*|de|da|do|del|di|la|le|von|van|am)){0,4}|"
            + "(?:(?:artikel|beitrag) zum hören|listen to (?:this |the full )?(?:article|story|episode)|subscribe wherever you (?:get|listen to) your podcasts|écouter (?:cet |l')article|"
            + "escuchar (?:el )?artículo|ascolta l'articolo|luister naar dit artikel)\\b.{0,80}|"
            + "[\\p{L}.,&' -]{2,120}\\s+contributed (?:reporting )?to this (?:report|story|article)\\.?)$|"
            // a site's skip links, glued or not ("Skip to main contentSkip to navigation"); an archive notice;
            // a photo's licence link (wherever it stands in the line); a wire's update note, dated or not; the feedback form
            + "^\\W*skip (?:to|links?)\\b.{0,80}$|^\\W*this (?:article|story) is more than \\w+ \\w+ old\\W*$|"
            + "\\bpurchase licensing rights\\b.{0,40}$|^\\(update[sd]?(?: (?:on )?(?:\\d{1,2} \\p{L}{3,9}|\\p{L}{3,9} \\d{1,2}))? (?:with|to)\\b.{0,160}\\)$|"
            + "^\\W*send us your feedback\\W*$|^\\W*feedback\\s*:\\s*" + ContactLines.MAIL_ADDRESS + "\\W*$|"
            // a channel's plea with its address: "Subscribe: t.me/balticwire", "Join us: wa.me/..."
            + "^\\W*(?:subscribe|join(?: us)?|follow(?: us)?)\\s*:\\s*\\S+\\.\\S+\\W*$|"
            // a printed page's number left in its text ("Page A3", "Seite 3", "Página 12")
            + "^\\W*(?:page|seite|página|pagina|strona|sida|side)\\s+[a-z]?\\d{1,3}\\W*$|"
            // an editor's credit under the writer's ("Editor: Bagus Santosa", "News Editor: Cancio Ximenes"), a page's short-link
            // widget ("Short link:"), and a prompt to follow the site's channel ("... akses berita Kompas.com WhatsApp Channel.")
            + "^\\W*(?:[\\p{L}-]+ )?(?:editor|translator)\\s*:\\s*\\p{L}[\\p{L}.' -]{1,50}$|^\\W*short ?link\\s*:\\s*\\S{0,80}$|^.{0,200}\\bwhatsapp channel\\W*$|^\\W*(?:join|follow) (?:our |the )?whatsapp channel\\b.{0,100}$|^\\W*(?:click|tap) (?:the link|here|below)\\b.{0,40}\\bjoin\\b.{0,80}$|"
            + "^\\W*(?:journalists?|reporters?|writers?|correspondents?|editors?)\\s+@\\s?\\p{Lu}[\\p{L} .]{1,40}$|" // "Journalists @New Vision"
            // a wire's own footer: "Anadolu Agency website contains only a portion of the news stories offered ..."
            + "^.{0,60}\\bwebsite contains only a portion of the news\\b.{0,200}$|^\\W*embargoed (?:until|till)\\b.{0,60}$|^\\W*subscribe (?:for|from)\\b.{0,60}$|"
            // a French dateline naming the writer's post: "Brest (Finistère), de notre correspondante."
            + "^[\\p{L}' -]{2,40}(?:\\s*\\([^)]{1,30}\\))?,\\s*(?:de|par) (?:notre|nos) (?:correspondante?s?|envoyée?s? spéciale?s?|bureau)\\b.{0,40}$|"
            // a writer's role, the outlet and a reading time under the byline: "Auckland Super City reporter · NZ Herald · 3 mins to read",
            // or the time on a line of its own ("Transport reporter·NZ Herald·")
            + "^[^·|]{2,60}\\b(?:reporter|correspondent|editor|writer)\\s*[·|]\\s*[^·|]{2,40}[·|]\\s*(?:\\d{1,2}\\s*mins? (?:to )?read)?$|"
            // a paywall's reminder and an error report's prompt: "Reminder, this is a Premium article and requires a subscription
            // to read.", "Fehler gefunden? Jetzt melden."
            + "^.{0,80}\\brequires a subscription to read\\W*$|^\\W*fehler gefunden\\W*(?:jetzt melden\\W*)?$|"
            // a wire-style closing: "Write to Ryan Castellano at ryan.castellano@wsj.com", "Appeared in the December 3, 2026, print
            // edition as '...'" (the writer is the byline's already)
            // the writer's name and address closing the story: "Park Ji-won jwpark@koreatimes.co.kr"
            + "^(?-i:\\p{Lu})[\\p{L}'’.-]+(?: (?-i:\\p{Lu})[\\p{L}'’.-]+){1,3}\\s+" + ContactLines.MAIL_ADDRESS + "$|"
            + "^\\W*write to\\b.{2,80}\\bat " + ContactLines.MAIL_ADDRESS + "\\W*$|^\\W*published in the print edition\\b.{0,200}$|^\\W*(?:this (?:article|story) )?appeared in the\\b.{0,40}\\bprint edition\\b.{0,200}$|"
            // a video's length, a quote's ticker ("VIDEO 03:12", "CL=F")
            + "^(?:video|watch|listen|audio)\\s+\\d{1,2}:\\d{2}$|^(?-i:[A-Z0-9^.]{1,8}=[A-Z]{1,2})$|"
            // a site's note on syndicated copy: "(Only the headline ... is auto-generated from a syndicated feed.)"
            + "^\\W*(?:only the headline\\b.{0,200}|.{0,200}\\b(?:auto-generated|published) from a syndicated feed)\\W*$|"
            // a gallery's counter ("1 of 12"), a correction's or an author box's label
            + "^\\d{1,3} of \\d{1,3}$|^(?:corrections? appended|clarification appended|about the author|about the writer|authors?|guest author|contributing author|लेखक के बारे में)$|"
            // a trust link and a topic's "more" label: "Why you can trust SCMP", "Discover more stories on Economy"
            + "^\\W*why you can trust\\b.{0,40}$|^\\W*(?:discover|explore) more (?:stories|articles|news) (?:on|about|from)\\b.{0,40}$|"
            // a public broadcaster's standards link in the footer: "CBC's Journalistic Standards and Practices|About CBC News"
            + "^.{0,40}\\bjournalistic standards(?: and practices)?\\b.{0,80}$|"
            // a wire's sign-off with the outlet's domain alone: "– Rappler.com"
            + "^\\s*[-–—]+\\s*[\\p{L}\\d-]{2,30}\\.(?:com|net|org|co\\.[a-z]{2}|com\\.[a-z]{2})\\s*$|"
            // a Brazilian site's credit under the writer's name, its office's city: "Do UOL, no Rio", "Da Folha, em Brasília"
            + "^(?:do|da) (?-i:\\p{Lu})[\\p{L}\\d.]{1,20}(?: (?-i:\\p{Lu})[\\p{L}.]*){0,2}, (?:em|no|na|nos) (?-i:\\p{Lu})[\\p{L}\\p{M} ]{1,30}$|"
            // an address the page hid from scrapers (Cloudflare's "[email protected]"); a footer's link to the terms of reuse
            + "^\\W*email protected\\W*$|^\\W*(?:\\p{L}+ )?(?:reprint|republishing|republication|pārpublicēšanas|perspausdinimo) (?:rules|terms|policy|noteikumi|taisyklės)\\W*$|"
            // a news agency's terms of reuse: "When citing and using any materials on the Internet, ... hyperlinks not lower than
            // the first paragraph to "ukrinform.ua" are mandatory.", "При цитуванні ... посилання ... обов'язкове" (Ukrainian, Russian)
            + "^\\W*(?:when (?:citing|quoting|using)|(?:any )?(?:use|reproduction|reprint) of (?:the |these |our )?materials?)\\b.{0,160}"
            + "\\b(?:hyper)?links?\\b.{0,120}\\b(?:mandatory|required|obligatory)\\W*$|"
            + "^\\W*при (?:цитуванні|використанні|цитировании|использовании)\\b.{0,160}\\b(?:гіпер|гипер)?(?:посилання|ссылка)\\b.{0,120}\\b(?:обов.язков|обязательн).{0,40}$|"
            // a reproduction notice: "All rights reserved. This material, and other digital content on this website, may not be
            // reproduced, published, broadcast, rewritten or redistributed ... without prior express written permission from X."
            + "^\\W*(?:all rights reserved\\.?\\s*)?this material(?:,[^.]{0,80},)? may not be (?:reproduced|published|broadcast|"
            + "rewritten|redistributed)\\b.{0,200}$", F);
    /**
     * Subscription prompts and paywall labels ("Sign up for our daily newsletter", "Article réservé aux abonnés"): the page
     * selling itself, never the story (its follow prompts are {@link FollowPrompts}').
     */
    static final Pattern PAYWALL = UnicodeRegex.compile("^\\W*(?:(?:sign up|subscribe|register)\\b.{0,60}\\bnewsletters?(?: to (?:stay|keep) (?:up to date|informed))?|"
            + "(?:get|receive) (?:our|the|\\S+['’]s) .{0,40}newsletters?|(?:subscribe|register) (?:now )?to (?:continue|keep) reading|"
            + "register to continue|why register\\?|registration is free\\b.{0,60}|(?:this )?(?:content|article|story) is (?:only )?available "
            + "(?:only )?to (?:\\S+ )?subscribers\\b.{0,80}|access to .{1,40} articles requires an? .{1,30}subscription\\b.{0,60}|"
            + "enjoying this (?:article|story)\\?.{0,40}\\bsubscribe\\b.{0,80}|(?:cet article est |ce contenu est )?(?:article |contenu )?réservé aux abonnés|"
            + "(?:for|only for) subscribers(?: only)?\\s*:.{1,160}|(?:this (?:article|story|content) is )?(?:for|exclusive to|only for) subscribers(?: only)?|subscribers? only|nur für abonnenten|(?:artículo )?(?:solo|exclusivo) para suscriptores|(?:esta funcionalidad|este contenido) es exclusiv[ao] para (?:registrados|suscriptores)\\.?|(?:artigo )?exclusivo (?:para )?assinantes|"
            // "Artykuł przeznaczony dla subskrybentów"
            + "(?:ten |ta )?(?:artykuł|treść|materiał) (?:jest )?(?:przeznaczony|przeznaczona|dostępny|dostępna) (?:tylko )?dla (?:subskrybentów|prenumeratorów)(?: \\p{Lu}\\p{L}+)?|"
            + "para (?:ver|leer|acceder a) este contenido (?:es necesario|debes|necesitas) (?:suscribirte|suscribirse|registrarte)\\b.{0,60}|"
            // a plea for the subscription closing the story: "Votre abonnement nous permet d'écrire des articles de qualité"
            + "votre abonnement (?:nous permet|finance|soutient)\\b.{0,120}|"
            // a newsletter platform's footer: "Subscribe to Letters from an Engineer", "Launched 2 years ago", "Abonner på Aftenbladet"
            + "(?:subscribe to|abonner på|abonnér på|prenumerera på) \\p{Lu}[^.!?]{1,60}|launched \\d+ (?:years?|months?|weeks?) ago|"
            // a paywall's line with its pitch: "Cet article est réservé aux abonnés. Il vous reste 70% à découvrir.",
            // "Este artigo é exclusivo para assinantes. Assine já ...", "Subscribe to our newsletter for daily updates."
            + "(?:cet article est |ce contenu est )?(?:article |contenu )?réservé aux abonnés\\.\\s.{0,120}|il vous reste \\d+\\s?% (?:de l['’]article )?à (?:découvrir|lire)\\W*|"
            + "(?:este )?artigo (?:é )?exclusivo (?:para )?assinantes\\.\\s.{0,120}|assine já\\b.{0,120}|"
            + "subscribe to (?:our|the) (?:daily |weekly )?newsletters?\\b.{0,80}|"
            // "Subscribe to continue reading. Get unlimited access for $1 a week."
            + "subscribe (?:now )?to (?:continue|keep) reading\\.\\s.{0,120}|to (?:read|continue reading) (?:the full|this) (?:story|article),? "
            + "(?:subscribe|sign in|log in|register)\\b.{0,80}|" // "To read the full story, subscribe to the Cayman Compass."
            // "Vous lisez un article du Temps" (a paywall's banner), "Noticias según tus intereses" (a follow prompt)
            + "vous lisez un article (?:de|du|des|d['’])\\s*.{0,40}|noticias según tus intereses\\b.{0,40}|"
            // a newsletter platform's box: "Subscribe to Platformer" / "Thousands of paid subscribers"; "Subscribe to Nursery World for the latest ..."
            + "subscribe to (?-i:\\p{Lu})[\\p{L}\\p{M}\\d.'’&-]*(?: (?-i:\\p{Lu})[\\p{L}\\p{M}\\d.'’&-]*){0,3}(?: for (?:the latest|all the latest|more|unlimited)\\b.{0,120})?|"
            + "(?:thousands|hundreds|tens of thousands|hundreds of thousands|over [\\d,.]+k?|more than [\\d,.]+k?|[\\d,.]+k?\\+?) of (?:paid )?subscribers|"
            + "(?:over |more than )?[\\d,.]+k?\\+? (?:paid )?subscribers|"
            + "(?:articolo )?riservato agli abbonati|alleen voor abonnees|thanks for reading\\b.{0,160}|(?:imate li (?:neku )?(?:priču|vijest)|do you have a (?:story|news tip)|got a (?:story|news tip)|we want to hear from you|we(?:'d| would) love to hear from you|.{0,60}\\bwelcomes? your (?:views|comments|feedback))\\b.{0,200}|track latest news live on\\b.{0,160}|thank you for (?:reading|supporting|subscribing|signing up)\\b.{0,160}|"
            // "Get more local news delivered straight to your inbox.", "Suscríbase aquí a la newsletter de ..."
            + ".{0,120}\\b(?:delivered (?:straight |right |directly )?|(?:straight|right|directly) )to your inbox\\b.{0,200}|"
            // a newsletter box's name and pitch: "Sign up for Essential California" / "... in your inbox every morning."
            + "sign up for (?-i:\\p{Lu})[\\p{L}'’ ]{2,40}(?::\\s.{1,120})?|.{0,160}\\bin your inbox (?:every|each) \\p{L}+\\b.{0,20}|"
            // a newsletter box's own lines: "We use your sign-up to provide content ...", "We have more newsletters",
            // "See our privacy notice"
            + "we use your sign-?up\\b.{0,300}|"
            // "Déjà abonné ? Connectez-vous", "Hazte socio", "Apoya el periodismo independiente", "Advertise with NZME."
            + "(?:déjà abonné|already a subscriber|already a member|already have an account|¿?ya eres suscriptor|bereits abonniert|already subscribed)\\b.{0,60}|"
            + "haz(?:te)? soci[oa]\\b.{0,60}|sostieni (?:\\S+\\.(?:it|com)|il (?:nostro )?giornalismo|l['’]informazione)\\b.{0,100}|(?:apoya|support|soutenez|unterstützen sie) (?:el |le )?(?:periodismo|independent journalism|journalisme|unabhängigen journalismus)\\b.{0,80}|"
            // "Support PREMIUM TIMES' journalism of integrity", "Good journalism costs a lot of money.",
            // "Become a Rappler+ member", "Keep the spirit of free press alive"
            + "support [\\p{L}\\d.&'’+ ]{1,40}?['’]s? (?:journalism|reporting)\\b.{0,80}|(?:good|independent|quality) journalism costs\\b.{0,200}|"
            + "become an? (?:[\\p{L}\\d+]{1,20} )?(?:member|subscriber|supporter|patron)\\b.{0,60}|keep (?:the spirit of )?(?:a )?free press alive\\b.{0,40}|"
            // "... published by an independent, non-profit foundation that is funded through donations from our readers."
            + ".{0,200}\\b(?:funded|supported) (?:through|by) (?:donations|contributions) from (?:our )?readers\\b.{0,240}|"
            // "Vous avez aimé cet article ? Abonnez-vous pour lire tous nos contenus.", "Enjoyed this article? Subscribe ..."
            + "(?:vous avez aimé|vous aimez) cet article\\b.{0,160}|(?:enjoyed|liked|did you (?:enjoy|like)) this (?:article|story)\\b.{0,160}|"
            // a comment box's house rules: "Comments will be moderated. Keep comments relevant to the article. ..."
            + "comments (?:will be|are) moderated\\b.{0,400}|advertise with \\S.{0,30}|ads by \\S.{0,30}|log in, register or subscribe to save\\b.{0,60}|"
            // "Unlock unlimited digital access to The Seattle Times for $1 a week.", "Read 3 articles and stand to win rewards"
            // and its button, "Spin the wheel now"
            + "unlock (?:unlimited|full|all|premium)\\b.{0,20}\\baccess\\b.{0,100}|read \\d+ (?:articles|stories)\\b.{0,20}\\b(?:win|rewards?|points)\\b.{0,40}|spin the wheel\\b.{0,20}|"
            // "Get the latest news updates to your inbox"
            + ".{0,80}\\bto your inbox\\W*|(?:get|receive) .{0,60}\\bin your inbox\\W*|" // ("Get the weekly briefing in your inbox.")
            // "Get Crikey FREE to your inbox every weekday morning with ...", "Get Latest Business News along with Latest News ..."
            + ".{0,80}\\bto your inbox (?:every|each)\\b.{0,100}|get (?:the )?latest (?:[\\p{L}-]+ ){0,3}news along with\\b.{0,200}|"
            // "Receba as principais notícias do dia no seu e-mail", "Recibe las noticias en tu correo"
            + "(?:receba|recibe|reciba|ricevi)\\b.{0,60}\\b(?:e-?mail|correo|inbox)\\b.{0,20}|"
            // "(Catch all the Business News, Breaking News Events and Latest News Updates on The Economic Times.)"
            + "\\(?catch all the\\b.{0,200}|"
            // a comment button with its count: "Comentar · 3", "Comments (12)", "Bình luận (0)"
            + "(?:comentar|comentarios|comments?|commentaires?|kommentare|reacties|komentarze|bình luận|komentar)\\s*[·:|(]?\\s*\\d{1,5}\\)?|"
            // "Comenta esta noticia", "Ver comentarios (23)", "View all comments": a comment box's prompts
            + "(?:comenta|comente|commentez|commenta|comment on|réagissez à|réagir à) (?:esta|este|cette|cet|questa|questo|this) (?:noticia|nota|artículo|"
            + "article|story|notizia|articolo)\\W*|(?:ver|see|view|voir|vedi|leer|read) (?:los |all |all the |tous les |les |i |tutti i )?"
            + "(?:comentarios|comments|commentaires|commenti)\\s*\\(?\\d{0,5}\\)?\\W*|"
            // a weather service's alert over the page: "Winter Storm Warning in effect until 7 PM Friday"
            + ".{0,60}\\b(?:warning|watch|advisory)\\s+in effect\\b.{0,60}|we have more newsletters\\b.{0,20}|(?:see|read|view) our privacy (?:notice|policy)|"
            + "we care about (?:the protection of )?your (?:data|privacy)\\b.{0,80}|"
            + "(?:suscríbase|suscríbete|inscríbase|inscríbete|inscrivez-vous|iscriviti|abonneer je|melden sie sich)\\b.{0,40}"
            + "\\b(?:newsletter|boletín|lettre d'information|nieuwsbrief)\\b.{0,160}|"
            + "(?:abonnez-vous|suscríbete|abbonati|jetzt abonnieren|jetzt abo abschließen|subscribe (?:now|today)|assine já|abonneer nu|"
            + "підпишіться|підписуйтесь|подпишитесь|подписывайтесь|naročite se|pretplatite se|abonează-te|abonați-vă)\\b.{0,60}|"
            // a trial's pitch ("... 14 Tage kostenlos zur Probe lesen. Jetzt bestellen")
            + ".{0,80}\\b(?:kostenlos|gratis) (?:zur probe |probe)?(?:lesen|testen)\\b.{0,60}|try (?:it |us )?free for \\d+ (?:days|weeks)\\b.{0,60}|"
            // a price pitch ("Subscribe to The Nassau Guardian for just $1 a week. Subscribe now"), a page's view counter ("Views: 1,204", "Cet article a été lu 1 284 fois")
            + ".{0,60}\\b(?:subscribe|subscription|access)\\b.{0,60}\\bfor (?:just |only )?\\p{Sc}\\s?\\d[\\d.,]*\\s?(?:a|per|/)\\s?(?:day|week|month|year)\\b.{0,80}|"
            + "(?:views?|reads|hits|visits)\\s*:?\\s*\\d[\\d,. \\u00A0\\u202F]{0,12}|\\d[\\d,. \\u00A0\\u202F]{0,12}\\s*(?:views|reads|hits)|(?:cet article a été )?lu \\d[\\d,. \\u00A0\\u202F]{0,12} fois|"
            + "(?:tel|phone|telefon|téléphone|teléfono|e-mail|email|fax)\\.?\\s*:\\s*[+\\d(@\\w][^ ]*(?:\\s[\\d()-]+)*)\\W*$", F);

    private ReaderPrompts() {
    }
}
