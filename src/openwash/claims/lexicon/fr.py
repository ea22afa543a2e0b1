"""French."""

from __future__ import annotations

from openwash.claims.lexicon.base import E, Lexicon, W, alt, heads
from openwash.claims.lexicon.words import words

# the nouns of what a README releases, after a demonstrative or the definite article ('ce logiciel', 'le projet')
_RELEASE_NOUN_WORDS = ("projet projets dépôt modèle modèles outil outils plugin plugins extension extensions logiciel "
                       "logiciels application applications bibliothèque bibliothèques plateforme plateformes programme "
                       "programmes serveur serveurs code éditeur implémentation moteur système logique service services solution "
                       "solutions produit produits composant composants initiative")
_RELEASE_NOUNS = alt(_RELEASE_NOUN_WORDS.split())

LEXICON = Lexicon(
    code="fr",
    phrases=[
        (W + r"code\s+source\s+ouvert" + E, "open-source", "plain"),
        (W + r"logiciels?\s+libres?" + E, "open-source", "plain"),
        (W + r"licences?\s+libres?" + E, "open-source", "plain"),
        (W + r"(?:entièrement|complètement|totalement)\s+ouvert\w*", "open-source", "strong"),
        (W + r"poids\s+ouverts?" + E, "open-weights", "plain"),
        (W + r"mod[èe]les?\s+ouverts?" + E, "open", "plain"),
    ],
    first_person=W + r"(?:nous|notre|nos)" + E,
    # (a word table: as a pattern its literal 'ce' sent every English text with 'licence' or 'once' to compile it)
    demonstrative=words("ce {noun}|cet {noun}|cette {noun}|ces {noun}", rest=r"^ceci$", noun=_RELEASE_NOUN_WORDS),
    definite_artifact=W + r"(?:l['’]\s*|(?:le|la|les)\s+)" + _RELEASE_NOUNS + E,
    list_of=W + r"(?:liste|catalogue|sélection|annuaire)(?:\s+\w+)?\s+(?:de|des|d['’])" + E,
    focus_adverbs=W + r"(?:même|aussi)" + E,
    set_off_prepositions=W + r"(?:sans|avec|sauf|hormis|y\s+compris)" + E,
    dependency=(W + r"(?:basé\w*\s+sur|utilisant|avec\s+des|s['’]appuie\s+sur|repose\s+sur|dépend\w*\s+de|construit\w*\s+sur|bâti\w*\s+sur|utilise\w*)" + E),
    comparison=W + r"(?:surpass\w*|meilleur\w*\s+que|entre|plupart)" + E,
    # (the people of a community, as English 'contributors', 'developers', 'maintainers')
    community_heads=heads(stems="communaut contribut développeu developpeu mainteneu"),
    product_heads=heads("plateforme modèle outil projet"),
    edition_nouns=heads("édition éditions distribution distributions"),
    release_verbs=W + r"(?:publi\w*|lanc\w*|présent\w*|développ\w*|propos\w*)" + E,
    thanks=W + r"(?:merci|remerci\w*)" + E,
    thanks_to_reader=W + r"merci\s+(?:beaucoup\s+)?(?:de\s+(?:votre|ton|ta|vos|tes|contribuer|participer|utiliser)|"
                         r"d['’](?:utiliser|avoir|essayer)|pour\s+(?:votre|ton|ta|vos|tes))" + E,
    negation_words=W + r"(?:pas|sans)" + E,
    plan_left=W + r"(?:prochainement|bientôt|allons|futur\w*|\w+(?:erons|irons|eront|iront))" + E,
    # (a participle may stand between: 'un répertoire dédié aux projets …')
    catalogue=(W + r"(?:liste|catalogue|annuaire|répertoire|classement|comparatif|panorama|recueil)"
               r"(?:\s+(?:dédié|dédiée|consacré|consacrée)s?)?\s+(?:de|des|du|d['’]|pour|aux|à)" + E),
    catalogue_guide=W + r"guide\s+(?:de|des|du|d['’]|pour)" + E,
    catalogue_heads=heads("classement annuaire"),
    collection_nouns=heads("ensemble famille collection série suite gamme"),
    requirement_left=W + r"(?:doit|doivent|devra|devront)\s+(?:être|rester)\s+(?:\w+\s+)?(?:en\s+)?$",
    definition_right=r"^\W{0,3}(?:\([^()]{0,40}\)\s*)?(?:est\s+(?:le|un)\s+terme|désigne|signifie)" + E,
    copula_words=("est", "sont", "soit", "soient", "était", "étaient", "sera", "seront"),
    first_person_copulas=("sommes",),
    answer_yes=r"oui\b",
    finite_words=r"\b(?:est|sont|était|étaient|ont|sera|seront|peut|peuvent|doit|doivent|nous|vous|ils|elles|je)\b",
    table_corner=frozenset({"fonctionnalité", "fonctionnalités", "caractéristique", "caractéristiques", "critère",
                            "critères", "comparaison", "aspect"}),
)
