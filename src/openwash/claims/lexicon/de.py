"""German."""

from __future__ import annotations

from openwash.claims.lexicon.base import E, Lexicon, W, heads

# the nouns of what a README releases, after a demonstrative or the definite article ('dieses Plugin', 'das Projekt')
# (a closed compound is named by its last part: 'die Berechnungslogik', 'die Verwaltungssoftware')
_RELEASE_NOUNS = (r"(?:projekte?|repository|modelle?|plugins?|tools?|werkzeug|\w*software|\w*programm|\w*bibliothek|"
                  r"\w*anwendung|app|\w*plattform|erweiterung|server|quellcode|code|editor|implementierung|system|\w*logik|"
                  r"\w*dienst|\w*service|lösung|produkt|komponente|initiative)")

LEXICON = Lexicon(
    code="de",
    phrases=[
        (W + r"quelloffen\w*", "open-source", "plain"),
        # 'freie Software' (libre software), as French 'logiciel libre'
        (W + r"freie[nr]?\s+software" + E, "open-source", "plain"),
        (W + r"(?:vollständig|komplett|völlig)\s+offen\w*", "open-source", "strong"),
        (W + r"offene[nr]?\s+gewicht\w*", "open-weights", "plain"),
        (W + r"offene[snr]?\s+modell\w*", "open", "plain"),
    ],
    first_person=W + r"(?:wir|unser\w*)" + E,
    # ('dieses Plugin', and the pronoun alone as a subject: 'Dies ist …')
    demonstrative=W + r"(?:dieses|diese|dieser|diesem|diesen)\s+" + _RELEASE_NOUNS + E + r"|^dies$",
    # (adjectives before the noun, as in English: 'die vollständige Implementierung'; and the parts of a compound
    # joined by hyphens: 'die Web-Anwendung' is an Anwendung)
    definite_artifact=W + r"(?:der|die|das)\s+(?:[\w\-]+\s+){0,3}?(?:\w+-)*" + _RELEASE_NOUNS + E,
    capitalizes_nouns=True,
    function_words=frozenset({"und", "ist", "für", "mit", "nicht", "der", "dem", "den", "eine", "einen", "einem", "einer",
                              "eines", "ein", "sind", "wird", "werden", "wurde", "auch", "auf", "im", "vom", "zum", "zur",
                              "sich", "wir", "oder", "aber", "über", "bei", "nach", "zu", "kein", "keine"}),
    list_of=W + r"(?:liste|übersicht|auswahl|katalog)(?:\s+(?:von|an|der|mit))?" + E,
    focus_adverbs=W + r"(?:auch|sogar|selbst)" + E,
    set_off_prepositions=W + r"(?:ohne|mit|außer|einschließlich|inklusive)" + E,
    dependency=W + r"(?:basierend\s+auf|nutzt|verwende\w*|basiert\s+auf|setzt\s+auf|verwendet|stützt\s+sich\s+auf|beruht\s+auf|baut\s+auf)" + E,
    comparison=W + r"(?:übertr\w*|besser\s+als|im\s+vergleich|gegensatz)" + E,
    # (the people of a community, as English 'contributors' and 'developers')
    community_heads=heads("community szene bewegung", stems="gemeinschaft entwickler mitwirkend beitragend"),
    license_heads=heads(stems="lizenz"),
    product_heads=heads("plattform modell werkzeug"),
    edition_nouns=heads("ausgabe ausgaben variante varianten"),
    # (as English 'release', 'develop', 'build', 'provide': 'Wir entwickeln die Anwendung als Open-Source-Projekt')
    release_verbs=W + r"(?:veröffentlich\w*|stellen|bereit|entwickel\w*|baue\w*|biete\w*)" + E,
    thanks=W + r"(?:danke|dank)" + E,
    # (and 'Vielen Dank für die Verwendung von X': for using it)
    thanks_to_reader=(W + r"(?:danke(?:\s+schön|\s+sehr)?\s*,?\s+(?:dass\s+(?:du|ihr|sie)|für\s+(?:dein|euer|eure|ihr)\w*)|"
                      r"(?:vielen\s+|herzlichen\s+)?dank\s+für\s+(?:die\s+)?(?:verwendung|nutzung|benutzung|dein\w*|"
                      r"ihr\w*|eur\w*))" + E),
    negation_words=W + r"(?:nicht|kein\w*|ohne)" + E + r"|(?:^|\W)(?:ohne)[\s\-‐‑]+$",
    plan_left=W + r"(?:werden|geplant|demnächst|bald)" + E,
    definition_right=r"^\W{0,3}(?:im\s+engeren\s+sinne)" + E,
    # ('ein digitales Verzeichnis, das Informationen über … bereitstellt')
    catalogue=(W + r"(?:liste|verzeichnis|katalog|übersicht|rangliste|bestenliste)"
               r"(?:\s+(?:von|über|der|des|zu[mr]?|für)|,\s+(?:das|der|die|welche[sr]?))" + E),
    catalogue_guide=W + r"(?:leitfaden|handbuch)\s+(?:von|über|der|des|zu[mr]?|für)" + E,
    catalogue_heads=heads("rangliste bestenliste leitfaden"),
    # ('Änderungen müssen als Open Source veröffentlicht werden': changes must be published as open source)
    requirement_left=W + r"(?:muss|müssen|sollte|sollten|soll|sollen)\s+(?:\w+\s+){0,2}?(?:als\s+)?$",
    copula_words=("ist", "sind", "war", "waren", "sei", "seien", "bleibt", "bleiben"),
    answer_yes=r"ja\b",
    finite_words=r"\b(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|können|soll|sollen|"
                 r"muss|müssen|gibt|wir|ich|du|ihr)\b",
    table_corner=frozenset({"funktion", "funktionen", "merkmal", "merkmale", "eigenschaft", "eigenschaften", "kriterium",
                            "kriterien", "vergleich", "feature"}),
)
