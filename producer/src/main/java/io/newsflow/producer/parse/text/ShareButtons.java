package io.newsflow.producer.parse.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A page's share buttons, in the languages of the pages seen, and the social networks they name: a button alone on its
 * line ("Teilen", "Поделиться", "שתפו"), a run of share words ("Share Tweet Email") or of networks' names ("Facebook
 * Twitter WhatsApp"). Lower case; {@link JunkLineDetector} compares a line after its marks are trimmed, and
 * {@link FurnitureWords}' navigation words include every button.
 */
final class ShareButtons {
    /** Share buttons that stand alone on a line, in every language the pages seen were written in. */
    static final Set<String> BUTTONS = Set.of("artikel teilen", "teilen", "partager", "partager l'article",
            "compartir", "condividi", "suggerisci", "delen", "udostępnij", "partilhar", "compartilhar", "dela", "del", "mejla", "jaa",
            "sdílet na facebooku", "sdílet na x", "sdílet na twitteru", // (Czech share buttons)
            "sdílet", "sdílet článek", "sdílejte článek", "zdieľať na facebooku", "del artikkelen", "paylaş", "zdieľať", "zdieľať článok", "uložiť", "bagikan",
            // Croatian, Serbian, Lithuanian, Icelandic, Bulgarian, Slovene, Latvian, Estonian, Welsh ("Rhannu'r stori") and Greek
            "podijeli", "podeli", "dalintis", "deila", "сподели", "deli", "dalīties", "jaga", "rhannu'r stori", "rhannwch", "κοινοποίηση", "μοιραστείτε",
            "megosztás", "rhannu", "शेयर करें", "شارك", "شارك هذا المقال", "שתפו", "この記事をシェア", "シェア", "分享", "分享到", "shiriki", "shiriki habari hii", "shiriki makala hii", "sangiza", "sangiza iyi nkuru", "gabana", "kongsi", "kongsi artikel ini", "comparti", "comparti e articulo aki", // (and Malay's, Papiamento's) "deelen", // and Hungarian, Welsh, Hindi, Arabic,
            "ibahagi", "ibahagi ito", "shpërndaje", "shpërnda", "แชร์", // Hebrew, Swahili, Luxembourgish, Filipino, Albanian, Thai
            "подели", "поделите", "поделиться", "поделитесь", "roinn an t-alt seo", "aqsam", "გაზიარება", // Serbian, Irish, Maltese, Georgian
            "կիսվել", "partekatu", "শেয়ার করুন", "শেয়ার করুন", // Armenian, Basque, Bengali (with "য়" in either of its spellings)
            "deli novico", "ulashish", "ulashing", "ចែករំលែក", "பகிர்", "பகிரவும்", "бөлісу", "බෙදාගන්න", // Slovene's "share the
            // news", Uzbek, Khmer, Tamil, Kazakh, Sinhala
            "deel hierdie artikel", "deel", "raba wannan labari", "raba", "хуваалцах", "شیئر کریں", "comparteix", // Afrikaans,
            // Hausa, Mongolian, Urdu, Catalan
            "падзяліцца", "la wadaag", "yabelana", "бөлүшүү", // Belarusian, Somali, Zulu, Kyrgyz
            "اشتراک\u200cگذاری", "اشتراک گذاری", "አጋራ", "мубодила", // Persian (with or without its non-joiner), Amharic, Tajik
            "شریکول", "မျှဝေရန်", "бүлешергә", "ያጋሩ", "ይህንን ያጋሩ", "ኣካፍል", "ޝެއާ", "ޝެއާ ކުރައްވާ", // Pashto, Burmese, Bashkir,
            // Amharic's "share this", Tigrinya, Dhivehi; Assamese, Sindhi, Punjabi in Shahmukhi, Odia
            "শ্বেয়াৰ কৰক", "شيئر ڪريو", "شیئر کرو", "ସେୟାର କରନ୍ତୁ",
            "serim", "serim dispela stori", "kaʻana like", "ka'ana like", // Tok Pisin, Hawaiian
            "qooddadhu", "govera", "pataje", "pataje atik sa a", "séddoo", "gawani", "arolelana", // Oromo, Shona, Haitian Creole, Wolof, Chichewa, Sesotho
            "pín", "kesaa", "co-roinn", "deil", // Yoruba, Igbo, Scottish Gaelic, Faroese
            "שתף", "cundivider", "tiri", "rannañ", "diele", // Hebrew's singular, Romansh, Māori, Breton, West Frisian
            "ແບ່ງປັນ", "טיילט", "kunhavigi", "avitseqatigiit", // Lao, Yiddish, Esperanto, Greenlandic
            "ӱлеш", "бичикти ӱлеш", // Altai's "share (the text)"
            "pårtaedjî", "sparte", "deelen", "źěliś", "bagi", // Walloon, Corsican, Low German, Lower Sorbian, Acehnese
            "i-share", "i-share kini nga istorya", "kyɛ", // Cebuano, Twi
            "rakinakuy", "willakuyta rakinakuy", "jaqukipaña", "yatiyawi jaqukipaña", "emoherakuã", "chaya'", "chaya’", // Quechua,
            // Aymara, Guarani, K'iche'
            "མཉམ་སྤྱོད", "མཉམ་སྤྱོད།", "هاوبەشکردن", "parve bike", "zarao", "бүлешү"); // Tibetan, Sorani, Kurmanji, Malagasy, Tatar
    /** The buttons and the words of a share bar in English, networks' names among them, as a run of words may hold them. */
    static final Set<String> WORDS = with("share", "share this", "share this article", "share this page", "share on", "share if you like",
            "tweet", "tweeter", "print", "email", "e-mail", "mail", "facebook", "twitter", "x", "linkedin", "whatsapp",
            "telegram", "reddit", "pinterest", "instagram", "youtube", "tiktok", "threads", "bluesky", "copy link", "kopier lenke", "kopiér link", "kopiera länk",
            "copy", "link", "save", "bookmark", "comment", "comments", "reply",
            "listen", "a a a", "aaa", "font size", "text size", "send", "messenger", "pocket", "flipboard", "gift article", "give", "tumblr", "translate",
            "share article", "print article", "email article", "a+", "a-", "a", "+", "−", "-",
            "drucken", "imprimer", "imprimir", "stampa", "drukuj", "הדפס",
            // an old CMS's buttons to mail the page ("Enviar a un amigo", "Email a friend")
            "email a friend", "email to a friend", "email this article", "send to a friend", "print this article", "enviar",
            "enviar a un amigo", "enviar por correo", "envoyer", "envoyer à un ami", "invia", "invia a un amico", "versenden",
            "weiterempfehlen", "artikel versenden", "enviar a um amigo",
            // a print view's buttons ("Yazdır | Pencereyi kapat")
            "yazdır", "close window", "pencereyi kapat", "fenster schließen", "cerrar ventana", "fermer la fenêtre");

    /** Social networks' names (in Arabic and Hebrew too), whose share buttons a page lists: "Facebook Twitter WhatsApp". */
    private static final Set<String> NETWORKS = Set.of("facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "pinterest",
            "instagram", "youtube", "tiktok", "threads", "bluesky", "messenger", "flipboard", "email", "e-mail", "فيسبوك", "تويتر", "واتساب", "تيليجرام", "يوتيوب", "פייסבוק", "טוויטר", "וואטסאפ");

    /**
     * Two or more networks' names alone on a line, share buttons without separators (a name of three words is no person's),
     * or under a label of a few words ("Seko mums: Facebook, Instagram", "Follow: X | Threads").
     */
    static boolean isNetworkRow(String lower) {
        int colon = lower.indexOf(':');
        boolean labelled = colon > 0 && colon <= 30 && lower.substring(0, colon).strip().split(" ").length <= 3;
        String[] words = (labelled ? lower.substring(colon + 1) : lower).strip().split("[\\s,|/·•]+");
        // (a mail button among them in the page's language: "Facebook X Mejla")
        return words.length >= 2 && words.length <= 8 && Arrays.stream(words).allMatch(w -> NETWORKS.contains(w) || BUTTONS.contains(w))
                && Arrays.stream(words).filter(NETWORKS::contains).count() >= 2;
    }

    private ShareButtons() {
    }

    /** The buttons and the given words, one set. */
    static Set<String> with(String... more) {
        Set<String> all = new HashSet<>(BUTTONS);
        all.addAll(Arrays.asList(more));
        return Set.copyOf(all);
    }
}
