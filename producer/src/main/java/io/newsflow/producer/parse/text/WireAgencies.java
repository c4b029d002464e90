package io.newsflow.producer.parse.text;

import java.util.List;

/**
 * The news agencies whose credit names a story's source ("AFP", "dpa/AFP", "(ANP)", "— ONA"), as each writes its own name:
 * {@link SignatureDetector} reads a credit naming only these, and a name in capitals is matched to its natural case.
 */
final class WireAgencies {
    /** Each agency's name as it writes it. */
    static final List<String> NAMES = List.of("AFP", "AP", "Associated Press", "ASSOCIATED PRESS", "Reuters",
            "dpa", "dpa-AFX", "EFE", "Europa Press", "ANSA", "PAP", "ANP", "Belga", "APA", "SDA", "KNA", "epd", "Lusa",
            "Bloomberg", "Kyodo", "Xinhua", "Anadolu", "AA", "Yonhap", "PA", "AAP", "UPI", "TT", "NTB", "Ritzau", "STT", "ČTK",
            "TASR", "MTI", "HINA", "BTA", "sid", "PTI", "IANS", "ANI", "UNI", "TNN", "CNA", "Bernama", "Antara", "CP", "Prensa Latina",
            "Notimex", "Agência Brasil", "Keystone-SDA", "ATS", "Interfax", "TASS", "Adnkronos", "AGI", "LaPresse",
            "Servimedia", "Agerpres", "STA", "LETA", "ELTA", "BNS", "Ukrinform",
            // the Arab world's and Iran's national agencies: Oman's, Qatar's, the UAE's, Saudi Arabia's, Kuwait's, Bahrain's, ..., Syria's
            "ONA", "QNA", "WAM", "SPA", "KUNA", "BNA", "MENA", "IRNA", "NNA", "APS", "MAP", "TAP", "SANA",
            // Viet Nam's, Nigeria's, the Philippines', Pakistan's and Bangladesh's
            "VNA", "NAN", "PNA", "APP", "BSS",
            // the Balkans', Eastern Europe's and Central Asia's: North Macedonia's, Serbia's, Bosnia's, Montenegro's, Albania's,
            // Moldova's, Belarus's, Armenia's, Azerbaijan's, Kyrgyzstan's, Tajikistan's, Uzbekistan's, Mongolia's
            "MIA", "Tanjug", "FENA", "MINA", "ATA", "Moldpres", "BelTA", "Armenpress", "AzerTAc", "Kabar", "Khovar", "UzA", "Montsame",
            // Africa's: Ethiopia's, Sudan's, Namibia's, Angola's, Côte d'Ivoire's (not GNA: a listed agency's initials would outrank
            // the name Ghana's own site gives in full), Cape Verde's and São Tomé's
            "ENA", "SUNA", "NAMPA", "ANGOP", "AIP", "Inforpress", "STP-Press");

    private WireAgencies() {
    }
}
