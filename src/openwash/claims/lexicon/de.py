"""German."""

from __future__ import annotations

from openwash.claims.lexicon.base import E, Lexicon, W, heads

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
    demonstrative=(W + r"(?:dieses|diese|dieser|diesem|diesen)\s+(?:projekt|repository|modell|modelle|plugin|tool|"
                   r"werkzeug|software|programm|bibliothek|anwendung|app|plattform|erweiterung|server)" + E
                   + r"|^dies$"),
    definite_artifact=(W + r"(?:der|die|das)\s+(?:projekte?|repository|modelle?|plugins?|software|programm|werkzeug|"
                       r"tool|bibliothek|anwendung|server|quellcode|code|editor|implementierung|plattform|system|app)" + E),
    dependency=W + r"(?:basierend\s+auf|nutzt|verwende\w*|basiert\s+auf|setzt\s+auf|verwendet)" + E,
    comparison=W + r"(?:übertr\w*|besser\s+als|im\s+vergleich|gegensatz)" + E,
    community_heads=heads("community szene bewegung", stems="gemeinschaft"),
    license_heads=heads(stems="lizenz"),
    product_heads=heads("plattform modell werkzeug"),
    # (as English 'release', 'develop', 'build', 'provide': 'Wir entwickeln die Anwendung als Open-Source-Projekt')
    release_verbs=W + r"(?:veröffentlich\w*|stellen|bereit|entwickel\w*|baue\w*|biete\w*)" + E,
    thanks=W + r"(?:danke|dank)" + E,
    negation_words=W + r"(?:nicht|kein\w*|ohne)" + E + r"|(?:^|\W)(?:ohne)[\s\-‐‑]+$",
    plan_left=W + r"(?:werden|geplant|demnächst|bald)" + E,
    definition_right=r"^\W{0,3}(?:im\s+engeren\s+sinne)" + E,
    copula_words=("ist", "sind", "war", "waren", "sei", "seien", "bleibt", "bleiben"),
)
