"""Spanish and Portuguese (they share most of these words)."""

from __future__ import annotations

from openwash.claims.lexicon.base import E, Lexicon, W, heads

# the nouns of what a README releases, after a demonstrative or the definite article ('este proyecto', 'o editor')
_RELEASE_NOUNS = (r"(?:proyectos?|projetos?|repositorios?|repositórios?|modelos?|herramientas?|ferramentas?|plugins?|"
                  r"extensión|extensão|aplicación|aplicativo|app|biblioteca|librería|software|sistema|plataforma|"
                  r"programa|servidor|código|editor|implementación|implementação|motor|lógica|servicio|serviço|solución|"
                  r"solução|producto|produto|componente|iniciativa)")

LEXICON = Lexicon(
    code="es",
    phrases=[
        (W + r"c[óo]digo\s+(?:abierto|aberto)" + E, "open-source", "plain"),
        (W + r"fuente\s+abierta" + E, "open-source", "plain"),
        # 'software libre' / 'software livre' (libre software), as French 'logiciel libre'
        (W + r"software\s+(?:libre|livre)s?" + E, "open-source", "plain"),
        # ... and 'de código libre' / 'de código livre' (of free code)
        (W + r"c[óo]digo\s+(?:libre|livre)" + E, "open-source", "plain"),
        (W + r"(?:totalmente|completamente|enteramente)\s+(?:abiert|abert|apert)\w*", "open-source", "strong"),
        (W + r"pes[oi]s?\s+(?:abiertos|abertos|aperti)" + E, "open-weights", "plain"),
        (W + r"modelos?\s+(?:abiertos?|abertos?)" + E, "open", "plain"),
    ],
    # (Portuguese 'nós', 'nosso projeto')
    first_person=W + r"(?:nosotros|nuestr[oa]s?|hemos|somos|nós|noss[oa]s?)" + E,
    # 'este proyecto', 'este plugin', and the pronoun alone as a subject ('Esto es …', 'Este é um projeto …'; Portuguese
    # 'esse projeto', 'Esse é um projeto …')
    # (Portuguese folds 'de'/'em' into it: 'deste livro', 'neste projeto')
    demonstrative=(W + r"(?:[dn]?(?:este|esta|estes|estos|estas|esse|essa|esses|essas))\s+" + _RELEASE_NOUNS + E
                   + r"|^(?:esto|isto|isso|este|esta|esse|essa)$"),
    # ('integrado a partir de dos … proyectos de código abierto': built from them)
    dependency=(W + r"(?:basad[oa]s?\s+en|usando|utilizando|con\s+(?:modelos|herramientas)|se\s+basa\s+en|usa|usam|usamos|utiliza|"
                r"utilizam|utilizamos|"
                r"emplea|depende\w*\s+de|se\s+apoya\w*\s+en|a\s+partir\s+de|construid[oa]s?\s+(?:sobre|con)|se\s+construye\s+sobre|integrad[oa]s?\s+con)" + E),
    comparison=W + r"(?:supera\w*|mejor\w*\s+que|comparad\w*|entre|mayoría)" + E,
    # (the people of a community, as English 'contributors', 'developers', 'maintainers'; Portuguese too)
    community_heads=heads(stems="comunidad comunidade contribuid contribuint colaborador desarrollador desenvolvedor mantenedor"),
    license_heads=heads("licencia licencias"),
    product_heads=heads("plataforma modelo herramienta proyecto"),
    # (an edition of a product, Spanish and Portuguese: 'Versión de código abierto de X')
    edition_nouns=heads("versión versiones edición ediciones distribución versão versões edição edições distribuição"),
    release_verbs=W + r"(?:publica\w*|lanza\w*|presenta\w*|ofrece\w*|desarroll\w*|desenvolv\w*)" + E,
    thanks=W + r"(?:agradec\w*)" + E,
    # the reader thanked for using or choosing the page's product ('Gracias por usar X', 'Obrigado por escolher X')
    thanks_to_reader=(W + r"(?:gracias|obrigad[oa]s?)\s+por\s+(?:usar|utilizar|elegir|escolher|probar|experimentar|"
                      r"contribuir|tu\s+interés|seu\s+interesse)" + E),
    definite_artifact=W + r"(?:el|la|los|las|o|os|as)\s+" + _RELEASE_NOUNS + E,
    list_of=(W + r"(?:lista|catálogo|selección|seleção|recopilación|compilación|compilação)(?:\s+\w+)?\s+"
             r"(?:de|del|da|do|das|dos)" + E),
    focus_adverbs=W + r"(?:también|incluso|também|até)" + E,
    set_off_prepositions=W + r"(?:sin|con|excepto|salvo|incluyendo|sem|com|exceto|incluindo)" + E,
    # ('no'/'não' before the copula: 'X no es un proyecto de código abierto', 'X não é um projeto open source')
    negation_words=W + r"(?:nunca|tampoco|não|nao)" + E + r"|" + W + r"no\s+(?:es|son|era|será|sea)" + E
    + r"|(?:^|\W)(?:sin|ni)[\s\-‐‑]+$",
    plan_left=W + r"(?:planea\w*|vamos\s+a|próximamente|futur\w*|\w+(?:aremos|eremos|iremos|arán|erán|irán))" + E,
    catalogue=(W + r"(?:lista|listado|catálogo|directorio|diretório|clasificación|classificação|"
               r"recopilación|compilación|compilação|reseñas|comparativa|comparativo)"
               # ('Lista com links de projetos open-source': a list with links to …)
               r"\s+(?:de|del|dos|das|do|da|para|sobre|con|com)" + E),
    catalogue_guide=W + r"(?:guía|guia)\s+(?:de|del|dos|das|do|da|para|sobre)" + E,
    catalogue_heads=heads("clasificación classificação"),
    collection_nouns=heads("conjunto familia colección coleção série serie suite"),
    requirement_left=(W + r"(?:debe|deben|deberá|deberán|deve|devem)\s+(?:ser|estar|permanecer)\s+(?:\w+\s+)?"
                      r"(?:de\s+)?$"),
    # ('Código abierto (del inglés open source) es el término con el que se conoce …': the term is defined)
    definition_right=(r"^\W{0,3}(?:\([^()]{0,40}\)\s*)?(?:es\s+(?:el|un)\s+término|é\s+(?:o|um)\s+termo|significa|"
                      r"se\s+refiere\s+a|refere-se\s+a)" + E),
    copula_words=("es", "son", "sea", "sean", "era", "eran", "será", "serán", "é", "são", "seja", "sejam"),
    first_person_copulas=("somos",),  # (Spanish and Portuguese)
    pro_drop=True,
    answer_yes=r"s[ií]\b|sim\b",
    finite_words=r"\b(?:es|son|está|están|fue|fueron|tiene|tienen|puede|pueden|somos|são|foi|tem|têm|pode|podem|"
                 r"somos|nós|você|vocês)\b",
    table_corner=frozenset({"característica", "características", "función", "funciones", "funcionalidad",
                            "funcionalidades", "funcionalidade", "criterio", "criterios", "critério", "critérios",
                            "comparación", "comparação", "recurso", "recursos", "aspecto"}),
)
