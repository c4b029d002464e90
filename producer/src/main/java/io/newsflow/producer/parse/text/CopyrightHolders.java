package io.newsflow.producer.parse.text;

/**
 * The holder a copyright line names, without the line's other words: its sign and year, "All rights reserved" in the
 * languages read, the owner behind the outlet and a company's legal form. {@link SignatureDetector} reads a page's
 * closing copyright with it; {@link Outlets} tells whether what is left names an outlet.
 */
final class CopyrightHolders {

    /** "All rights reserved" in the languages read, the reservation a copyright line ends with. */
    static final String RESERVATIONS = "all rights reserved|riproduzione riservata|alle rechte vorbehalten|tous droits réservés"
            + "|todos los derechos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|todos os direitos reservados";

    private CopyrightHolders() {
    }

    /**
     * The text without a leading dash, copyright sign or "Copyright YEAR", without "All rights
     * reserved" and what follows it (or its French, German, Spanish, Italian, Dutch, Polish or Portuguese
     * form), without the owner a copyright line adds ("a division of Plains Media Inc."), and
     * without a company's legal form ("Bloomberg L.P.", "Axel Springer SE", "The Irish Times DAC").
     */
    static String clean(String text) {
        return text.strip()
                .replaceAll("^[—–-]+\\s*", "")
                // "Copyright 2026 by Capitol Broadcasting Company": the holder, without its "by"; "© 2026 - Wessex Courant", a dash, "© 2026. The News", a stop
                .replaceAll("(?iu)^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*|copyright\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[,.—–|-]?\\s*(?:by\\s+)?", "")
                .replaceAll("(?iu)^provided by\\s+", "") // "© Provided by The Independent": a syndicator's credit
                // Hebrew's "all rights reserved to <holder>" ("כל הזכויות שמורות לגלובס"), "to" glued on; or after the holder
                .replaceAll("^כל הזכויות שמורות\\s+ל(?=\\S)|\\s*[—–-]?\\s*כל הזכויות שמורות(?!\\s*ל\\S).*$", "")
                // ("© Le Soleil 2026 – Tous droits réservés": a dash before it too)
                .replaceAll("(?iu)[.,]?\\s*[—–-]?\\s*(?:" + RESERVATIONS + ")\\b.*$", "")
                .replaceAll("\\s*(?:&\\s*[\\w.-]+\\.[a-z]{2,}\\s*,?\\s*)?(?:무단\\s?(?:전재|복제)|無断転載(?:禁止|を禁じます)|版[权權]所有).*$", "") // ("ⓒ경향신문
                // 무단전재 ...", "ⓒ 매일경제 & mk.co.kr, 무단 전재, 재배포 및 AI학습 이용 금지": the paper, not its site's address)
                // "Prairie Post, a division of Plains Media Inc.": the outlet, not its owner
                // ("Prairie Post, a Plains Media company" too; not "Tamsin KEAST, An Gannas: ...", a Cornish paper, its article "An")
                .replaceAll("(?iu),\\s+(?:(?:a|an)\\s+(?:division|subsidiary|unit|brand|member|company|publication)(?:\\s+of)?|part of)\\s+"
                        + "(?-i:\\p{Lu}).*$|,\\s+(?:a|an)\\s+(?-i:\\p{Lu})[\\p{L}.&'’ -]{1,40}\\s+(?:division|subsidiary|unit|brand|company|publication)$", "")
                // "© 2026 GroundUp. This article is licensed under ...", "© 2026 Portmellon Voice. Independent news for ...": the
                // holder, not the sentence after it (a capitalised word and a lower-case one)
                .replaceAll("(?iu)(?<=\\p{L}{3})\\.\\s+(?:(?:this|these|the|our|all|content|articles?|licensed)\\b|(?-i:\\p{Lu}\\p{Ll}+\\s+\\p{Ll})).*$", "")
                .replaceAll("\\s*(?:©|\\(c\\))?\\s*\\d{4}\\s*$", "") // "Daily Sabah © 2025": the year, and a © after the name
                // "©2024 Bloomberg L.P.": the company behind the outlet, not the outlet's name
                .replaceAll("(?<=\\S)\\s+(?:L\\.P\\.|LP|Inc\\.?|Pvt\\.? Ltd\\.?|Private Limited|Ltd\\.?|Limited|LLC|GmbH|AG|SE|S\\.A\\.|plc|B\\.V\\.|N\\.V\\.|S\\.p\\.A\\.|DAC|A/S|(?:\\(M\\) )?(?:Sdn\\.? )?Bhd\\.?|(?:\\(M\\) )?Berhad)$", "")
                .replaceAll("(?iu)\\s*\\|\\s*(?:impressum|datenschutz|imprint|privacy|terms|contact|kontakt|agb|legal|cookies?)\\b.*$", "") // (its links)
                .replaceAll("[,;]+$", "")
                // "ООО «Фонтанка.ру»": a company's legal form before its quoted name (Russian's, Ukrainian's, Kazakh's)
                .replaceAll("^(?:ООО|ОАО|ЗАО|ПАО|АО|ТОВ|ТОО|ПрАТ)\\s+[«\"“„]([^»\"”“]{2,60})[»\"”“]$", "$1")
                .replaceAll("(?<=\\p{L}{2})\\.$", "") // "©2026, Harbourside Residents' Association.", "Copyright2026CNC.": the stop
                // "© dpa-infocom, dpa:250214-930-376541/2": dpa's service company and the story's id
                .replaceAll("(?i)^dpa-infocom\\b.*$", "dpa")
                .strip();
    }
}
