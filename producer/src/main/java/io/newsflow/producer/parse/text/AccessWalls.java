package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

/**
 * What a paywall or a registration wall prints where a story's text stops: "This story is available exclusively to Ad
 * Age subscribers. Log in or subscribe", "Sign in to continue reading", "To continue reading, please log in or
 * subscribe", "You've reached your article limit", "Unlock the full story", "Sportico Pro Subscribers Only", "Already a
 * Sportico Pro subscriber? Log in", "Enjoying Adweek's content? Register for more access." Furniture, never the story.
 * Used by {@link JunkLineDetector}; the walls {@link ReaderPrompts} reads are older and many-languaged.
 */
final class AccessWalls {
    private static final Pattern WALL = UnicodeRegex.compile("(?iu)^\\W*(?:"
            + "(?:this )?(?:story|article|content) is available (?:exclusively |only )?(?:to|for) .{0,40}\\bsubscribers\\b.{0,80}|"
            + "this is a (?:premium|subscriber-only|members-only|paid) (?:article|story|content)\\.?(?:\\s.{0,120})?|" // ("... Subscribe to read the full story.")
            + "get (?:full |unlimited )?access to .{1,80}\\.\\s*subscribe(?: now| today)?|" // ("Get access to BusinessDesk's trusted business journalism. Subscribe now")
            + "(?:sign|log) in to (?:continue reading|read (?:the|this) (?:full )?(?:story|article))\\b.{0,40}|"
            + "to (?:continue reading|read (?:the|this) full (?:story|article)),? (?:please )?(?:log in|sign in|subscribe|register)\\b.{0,80}|"
            + "you['’]ve reached your (?:free )?(?:article|story) limit\\b.{0,80}|you['’]ve reached your (?:monthly )?limit of (?:free )?(?:articles|stories)\\b.{0,60}|"
            + "already registered\\?\\s*(?:sign|log) in\\b.{0,20}|register for free to (?:read|continue)\\b.{0,60}|"
            + "(?:this )?(?:article|story|content) is for (?:(?:\\S+ ){0,2}subscribers|registered (?:users|readers)|members)(?: only)?\\.(?:\\s.{0,120})?|" // ("... Subscribe to The Lawyer for unlimited access.")
            + "unlock exclusive (?:articles|content|stories)\\b.{0,80}|to subscribe,? (?:email|call|visit|click)\\b.{0,100}|unlock the full (?:story|article)\\b.{0,40}|"
            + "(?:\\p{Lu}[\\p{L}+]*\\s+){1,3}subscribers only|already an? (?:\\S+\\s+){0,3}(?:subscriber|member)\\?\\s*(?:log|sign) in\\b.{0,20}|"
            // "Unlock this article instantly by becoming a free subscriber.", "Get exclusive access to insights into ..."
            + "unlock this (?:article|story) (?:instantly )?by (?:becoming|registering|signing up)\\b.{0,80}|get exclusive access to\\b.{0,100}|"
            + "you['’]ll get access to (?:\\d+ )?free articles\\b.{0,200}|"
            + "enjoy(?:ing|ed) (?:\\S+\\s+){0,3}\\S+['’]s content\\?\\s*(?:register|sign up|subscribe)\\b.{0,60}|"
            // The Drum's prompt to its assistant: "Want to go deeper? Ask The Drum"
            + "want to go deeper\\?\\s*ask\\b.{0,40}|"
            // a French and a German wall: "Pour lire la totalité de cet article, abonnez-vous.", "Jetzt weiterlesen mit LZ+", "Sie sind
            // bereits Abonnent? Hier anmelden"
            + "pour (?:lire|continuer à lire|découvrir) (?:la (?:totalité|suite) de )?(?:cet article|la suite)\\b.{0,40}\\b(?:abonnez-vous|connectez-vous|inscrivez-vous)\\b.{0,60}|"
            + "per (?:continuare a leggere|leggere (?:l['’]articolo|tutto))\\b.{0,40}\\b(?:abbonati|accedi|registrati)\\b.{0,60}|" // (an Italian one)
            + "para (?:seguir|continuar) leyendo\\b.{0,60}\\b(?:suscríbete|regístrate|inicia sesión|hazte socio)\\b.{0,60}|" // (and a Spanish one)
            // "Esta noticia es exclusiva para suscriptores. Suscríbete a DF para seguir leyendo."
            + "(?:esta|este) (?:noticia|artículo|nota|contenido) es exclusiv[ao] para (?:suscriptores|socios|abonados)\\b.{0,120}|"
            + "ten artykuł czytasz w ramach (?:bezpłatnego|darmowego) limitu\\b.{0,80}|läs vidare\\s*[–—-]\\s*(?:bli prenumerant|logga in)\\b.{0,40}|" // (Polish, Swedish)
            // Norwegian, Danish, Swedish and Icelandic: "Denne artikkelen er for abonnenter", "Allerede abonnent? Logg inn", "Þessi
            // grein er aðeins fyrir áskrifendur."
            + "(?:denne|den här|denna) (?:artikkelen|artiklen|artikeln) er (?:kun )?for (?:abonnenter|abonnementer)\\b.{0,80}|"
            + "(?:denna|den här) artikel är (?:bara )?för (?:prenumeranter|premiumkunder)\\b.{0,80}|"
            + "(?:allerede|redan) (?:abonnent|prenumerant)\\?\\s*(?:logg inn|log ind|logga in)\\b.{0,20}|þessi (?:grein|frétt) er aðeins fyrir áskrifendur\\b.{0,80}|"
            + "jetzt weiterlesen mit\\b.{1,40}|(?:sie sind )?bereits abonnent(?:in)?\\?\\s*(?:hier |jetzt )?(?:anmelden|einloggen)\\b.{0,20}|"
            // Janes' closing offer: "Want to read more? For analysis on this article ... enquire about our subscription options"
            + "want to (?:read|know|see) more\\?\\s.{0,120}\\b(?:subscri(?:be|ption)|sign in|log in|register)\\b.{0,120}|"
            // a sign-in box: "Sign in and unlock a world of features" / "Get access to commenting, newsletters and more!"
            + "sign in and unlock\\b.{0,60}|get access to commenting\\b.{0,60}|"
            // "Please log in or register to read the full article.", "You need to sign in to use this feature. If you don't have ..."
            + "please (?:log in|sign in|register|subscribe)(?: or (?:register|subscribe|sign up))? to (?:read|continue|view)\\b.{0,60}|"
            + "you need to (?:sign|log) in to use this feature\\b.{0,160}|(?:log ?in|sign in) or register to (?:read|continue|view)\\b.{0,40}|"
            // "You are not currently logged in. Please log in ...", a paid tier's plug: "Learn more about BoF Professional"
            + "you are not (?:currently )?(?:logged|signed) in\\b.{0,120}|learn more about .{1,30} (?:professional|premium|pro|plus|membership))\\W*$");

    private AccessWalls() {
    }

    /** Whether the whole line is such a wall's. */
    static boolean matches(String line) {
        return WALL.matcher(line.strip()).matches();
    }
}
