package io.newsflow.producer.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JunkLineDetectorTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        " date 2024-10-07 + ↺ − 16 px", "Share | Tweet | Print | A A A", "Share | Tweet | Email | Print", "Share on Facebook",
        "We use cookies to improve your experience on our site. Accept all | Manage preferences", "Skip to content", "Menu",
        "Advertisement", "Read more: Semiconductors, Trade, EU", "Related: Equinor cuts oil output forecast for 2024",
        "Tags: Climate, Energy, Norway", "Lire aussi : Le chômage recule", "Image: Getty Images", "Foto: ANP / Remko de Waal",
        "Firefighters work near Paradise, California. (Photo: Jane Roe/AP)", "Listen to this article", "4 min read",
        "Updated 3 hours ago", "12 comments", "Watch: How the virus spreads", "***",
        "Font size: A- A+ | Print | Email", "Schriftgröße: A A", "Follow us on Facebook | Share this article",
        "Archivado en: Sequía, Cataluña, Agua", "Abgelegt unter: Politik, Kiel",
    })
    void shouldFlagPageFurnitureWhenScraped(String line) {
        assertThat(JunkLineDetector.isJunk(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "A dispute about more than wages",
        "The union said cookies and coffee were served during the talks, which lasted six hours.",
        "Officially, the union is asking for a 9 percent raise spread over two years.",
        "Share prices fell 4 percent on Monday after the announcement.",
        "Brussels Weighs Its Own Rules for Chip Exports",
    })
    void shouldKeepArticleTextWhenItMerelyMentionsJunkWords(String line) {
        assertThat(JunkLineDetector.isJunk(line)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Lesezeit: 3 Min.", "Temps de lecture : 4 min.", "Tiempo de lectura: 5 minutos", "Leestijd: 3 minuten",
        "6 minutes de lecture", "Reading time: 4 minutes", "Sign up for our daily newsletter",
        "Subscribe to our Energy newsletter", "Article réservé aux abonnés", "Subscribe to continue reading",
        "Suscríbete", "Zur Startseite", "Leave a comment", "Share options", "Follow @johnoneill_econ",
        "Follow us on Twitter and Facebook", "Nur für Abonnenten",
        "A container ship at the Port of Long Beach. Photographer: Kyle Grillot/Bloomberg",
        "Photo courtesy of the City of Boulder", "— With assistance from Tom Mackenzie",
        "Click here to subscribe to our free morning newsletter.", "Have a news tip? Email us at tips@example.com",
        "Home | News | World", "Our Standards: The Thomson Reuters Trust Principles.",
        "Leia também: Ryanair ameaça reduzir voos em Portugal", "Artikel teilen", "Compartir en Facebook", "Bild: dpa",
        "Kommentare (12)", "Síguenos en Google News", "Écouter", "Tel.: +49 89 123456", "E-Mail: presse@example.com",
        "Cet article vous a été utile ? Sachez que vous pouvez suivre notre journal sur Google Actualités.",
        "Supported by", "SKIP ADVERTISEMENT", "Reporting from Baku, Azerbaijan", "Artikel zum Hören • 5 Min",
        "Listen to article (4 min)", "Gift this article", "• 3h •", "Vandaag, 14:05", "Aangepast vandaag, 15:20",
        "Reuters contributed to this report.", "Deel artikel:", "Deel via WhatsApp", "Reply",
        "Get more local news delivered straight to your inbox. Sign up for free Dayton newsletters and alerts.",
        "Suscríbase aquí a la newsletter de EL DIARIO y reciba todas las claves de la actualidad.",
        "Thank you for supporting local journalism. Subscribe to the Courier",
        "A version of this article appears in print on Nov. 30, 2026, Section A, Page 8 of the New York edition.",
        "Key events", "Show key events only", "∙ Paid", "42", "Abonnez-vous à partir de 1 €",
        "Thanks for reading Freight Notes! Subscribe for free to receive new posts and support my work.",
        "Mit Informationen von Reuters und dpa", "Dieses Thema im Programm: Tagesschau, 29.11.2026, 12:00 Uhr",
        "Do you have a story for us? Contact the newsdesk on 01856 000000.", "Aggiornato alle 13:20",
        "+5", "View gallery", "Share or comment on this article:", "Lecture 2 min.", "Zur Übersicht",
        "Associated Press writer Maria Lopez in Miami contributed to this report.",
        "Meny", "Sök", "Logga in", "Dela", "Mejla", "Partilhar", "Tweet", "LinkedIn", "Läs också: Räntorna faller",
        "Image credit: Infineon", "Name *", "Email *", "Your email address will not be published.",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Cet article vous a été utile ? Sachez que vous pouvez suivre Ouest-France dans notre appli.",
        "Was this article helpful?",
        "Press play to listen to this article", "Voiced by artificial intelligence.", "This article has been updated.",
        "Read more with Euractiv",
        // round 18: a div-soup page's menus, ad slots, share and comment furniture
        "News | Politics | Agriculture | Sports | Obituaries | Weather", "Sign In | Register", "Advertisement 2",
        "Story continues below", "Share this Story : Saskatchewan farmers face rail delays as grain harvest hits record",
        "Copy Link Email X Reddit Pinterest LinkedIn Tumblr",
        "You must be logged in to join the discussion or read more comments.", "Create an Account Sign in",
        "Join the conversation. Subscribe to comment.",
        "Grain elevators near Rosetown, Sask., on Nov. 19, 2024. PHOTO BY MARIE TREMBLAY /Prairie Post",
        "Most viewed", "See more on: Codelco, SQM, Gabriel Boric",
        "Puedes seguir a Diario del Turia en Facebook y X, o apuntarte aquí para recibir nuestra newsletter semanal.",
        "Link Copied!", "Ad Feedback", "Follow Us", "42 Likes", "3 Restacks", "Discussion about this post", "Getty Images",
        "Jennifer Buchanan/The Seattle Times/AP", "Skip to main contentSkip to navigation", "Skip links",
        "This article is more than 1 month old", "Send us your feedback", "share2", "4:12",
        "(Updates with analyst comment in third paragraph.)", "Share Article via Facebook", "VIDEO 03:12", "CL=F",
        "In this article:", "View comments", "Jump to comments section", "Copiar enlace", "Ir a los comentarios",
        "Offrir cet article", "Lire plus tard", "Subscribe for $1/weekLog in", "Today’s Paper", "Section Navigation",
        "[1/2]A Shell logo is seen in London. REUTERS/Toby Melville/File Photo Purchase Licensing Rights, opens new tab",
        // a newsletter box, messaging-channel prompts, comment and share buttons in more languages
        "Get the latest Metrolink news straight to your inbox", "Thank you for subscribing", "See our privacy notice",
        "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.",
        "We have more newsletters Show me", "Join the Leeds Live WhatsApp community HERE", "Join The Daily Post Channel",
        "Stay informed and ahead of the curve! Follow The Guardian Nigeria on WhatsApp for real-time updates.",
        "Skomentuj", "Partilhar notícia", "Partager la page",
        "Comentar · 3", "Comments (12)", "Actualizado a las 09:12 h.", "Normal text size", "License this article",
        "Log in, register or subscribe to save articles for later.", "Synopsis", "WEATHER ALERT",
        "Winter Storm Warning in effect until 7 PM Friday",
        "Déjà abonné ? Connectez-vous", "Hazte socio", "Apoya el periodismo independiente", "Advertise with NZME.",
        "Sports reporter · The Courier · 4 mins to read", "Published By:", "Published On:",
        "Follow the Coastal Daily on Facebook for more local news.", "Nantes (Loire-Atlantique), de notre correspondante.",
    })
    void shouldFlagReadingTimesSubscriptionPromptsAndFollowButtonsWhenInAnyLanguage(String line) {
        assertThat(JunkLineDetector.isJunk(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The newsletter, which has 40,000 subscribers, will close next month.",
        "Readers can sign up for the scheme until March, the ministry said.",
        "Analysts follow the company closely.",
        "It took 4 minutes to read the verdict.",
        "Contact us at any time, the minister told the families.",
        "Home prices rose 4% in October | the index said",
        "Publishers said Google News sent them less traffic this year.",
        "Reporting from the front line has become more dangerous, the group said.",
        "Today, 14 people were rescued from the river.",
        "Copper | Nickel | Zinc prices rose for a third day as China's factories restarted after the holiday.",
        "Share buyback: the board approved a further 2 billion euros on Monday.",
        "dpa/AFP",
        "Police urged residents to follow the force on WhatsApp for updates on the search.",
        "Join the Channel crossing debate, the minister told MPs.",
        "The warning remains in effect until Friday, forecasters said, as more snow is expected across the region.",
        "Actualizado a las 09:12 h., el parte de tráfico seguía sin novedades.",
    })
    void shouldKeepSentencesWhenTheyMentionNewslettersOrReading(String line) {
        assertThat(JunkLineDetector.isJunk(line)).isFalse();
    }
}
