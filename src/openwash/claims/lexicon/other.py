"""Italian, Dutch and Russian: the phrases and the few words of each that the judgement needs."""

from __future__ import annotations

from openwash.claims.lexicon.base import E, Lexicon, W, heads

LEXICON = Lexicon(
    code="other",
    phrases=[
        (W + r"codice\s+(?:sorgente\s+)?aperto" + E, "open-source", "plain"),
        (W + r"sorgente\s+aperto" + E, "open-source", "plain"),
        (r"открыт\w*\s+исходн\w*\s+код\w*", "open-source", "plain"),
        (r"опенсорс\w*", "open-source", "plain"),
        (W + r"volledig\s+open" + E, "open-source", "strong"),
        (r"полностью\s+открыт\w*", "open-source", "strong"),
        (W + r"open\s+gewichten" + E, "open-weights", "plain"),
        (r"открыт\w+\s+вес\w*", "open-weights", "plain"),
        (W + r"modell[oi]\s+apert[oi]" + E, "open", "plain"),
        (r"открыт\w+\s+модел\w*", "open", "plain"),
    ],
    first_person=W + r"(?:noi|nostr[oaie]|мы|наш\w*)" + E,
    demonstrative=W + r"(?:questo|questa)\s+(?:progetto|modello)" + E,
    dependency=W + r"(?:basat[oi]\s+su)" + E,
    comparison=W + r"(?:rispetto|migliore)" + E,
    community_heads=heads("comunità", stems="сообществ"),
    license_heads=heads("licenza licenze"),
    product_heads=heads("progetto strumento"),
    release_verbs=W + r"(?:rilasci\w*)" + E,
    negation_words=W + r"(?:не|нет)" + E,
    plan_left=W + r"(?:pianifica\w*|presto)" + E,
    copula_words=("è", "sono"),
)
