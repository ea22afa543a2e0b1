"""Italian, Dutch, Russian, Ukrainian, Turkish and Vietnamese: the phrases and the few words of each that the
judgement needs."""

from __future__ import annotations

from openwash.claims.lexicon.base import E, Lexicon, W, heads

# the nouns of what a README releases, after a demonstrative or the definite article ('questo progetto', 'het project',
# 'этот проект')
_IT_NOUNS = (r"(?:progett[oi]|repository|modell[oi]|plugin|strument[oi]|software|programm[ai]|applicazion[ei]|librerie?|"
             r"piattaform[ae]|estension[ei]|server|codice|editor|implementazione|motore|sistema|logica|servizio|"
             r"soluzione|prodotto|component[ei]|iniziativa)")
_NL_NOUNS = (r"(?:project|repository|model(?:len)?|plugin|tool|software|programma|applicatie|bibliotheek|platform|"
             r"extensie|server|code|editor|implementatie|systeem|app|dienst|oplossing|product|component|initiatief)")
# (Turkish 'bu proje', written with one space so that the words together, not 'bu' alone, gate the pattern: English
# text holds 'bu' everywhere)
_TR_THIS_NOUNS = r"(?:bu proje|bu depo|bu model|bu araç|bu uygulama|bu kütüphane|bu yazılım|bu eklenti)\w*"
_RU_NOUNS = r"(?:проект|репозиторий|модель|плагин|инструмент|библиотека|приложение|платформа|программа|сервис|решение|продукт)"

LEXICON = Lexicon(
    code="other",
    phrases=[
        (W + r"codice\s+(?:sorgente\s+)?aperto" + E, "open-source", "plain"),
        (W + r"sorgente\s+aperto" + E, "open-source", "plain"),
        # ('с открытым исходным кодом', and short: 'приложение с открытым кодом', an app with open code)
        (r"открыт\w*\s+(?:(?:исходн|программн)\w*\s+)?код\w*", "open-source", "plain"),
        # ('распространяется с открытыми исходниками': with open sources)
        (r"открыт\w*\s+исходник\w*", "open-source", "plain"),
        (r"опенсорс\w*", "open-source", "plain"),
        (W + r"volledig\s+open" + E, "open-source", "strong"),
        (r"полностью\s+открыт\w*", "open-source", "strong"),
        (W + r"open\s+gewichten" + E, "open-weights", "plain"),
        # Dutch 'open taalmodel' / 'open modellen' ('een groot open Nederlands taalmodel'), as English 'open model'
        (W + r"open\s+(?:(?!source|gewicht)[\w\-]+\s+){0,2}?(?:taalmodel(?:len)?|modellen)" + E, "open", "plain"),
        # Italian 'software libero' (libre software), as French 'logiciel libre'
        (W + r"software\s+liber[oi]" + E, "open-source", "plain"),
        (r"открыт\w+\s+вес\w*", "open-weights", "plain"),
        (W + r"modell[oi]\s+apert[oi]" + E, "open", "plain"),
        (r"открыт\w+\s+модел\w*", "open", "plain"),
        # Turkish 'açık kaynak' with its suffixes ('açık kaynaklı', 'açık kaynaktır', 'açık kaynak kodlu'), written with
        # one space so that the first pass looks for 'açık kaynak' as one word pair: a pass for 'kaynak' alone would
        # add a letter to those it stops at in every English text
        (W + r"(?:tamamen|tümüyle) açık kaynak\w*", "open-source", "strong"),
        (W + r"açık kaynak\w*(?:\s+kodlu)?" + E, "open-source", "plain"),
        (W + r"açık ağırlık\w*", "open-weights", "plain"),
        # Ukrainian ('агент з відкритим кодом', an agent with open code; 'відкритий вихідний код')
        (r"повністю\s+відкрит\w*", "open-source", "strong"),
        (r"відкрит\w*\s+(?:(?:вихідн|програмн)\w*\s+)?код\w*", "open-source", "plain"),
        # Vietnamese 'mã nguồn mở' (open source code), 'hoàn toàn mã nguồn mở' (completely), 'trọng số mở' (open weights)
        (W + r"hoàn toàn mã nguồn mở" + E, "open-source", "strong"),
        (W + r"mã nguồn mở" + E, "open-source", "plain"),
        (W + r"trọng số mở" + E, "open-weights", "plain"),
    ],
    # (Italian, Dutch 'wij'/'onze', Russian)
    # (Ukrainian 'ми', Vietnamese 'chúng tôi')
    first_person=W + r"(?:noi|nostr[oaie]|wij|onze|мы|ми|наш\w*|biz|bizim|chúng tôi)" + E,
    # Italian 'questo progetto', Dutch 'dit project', 'deze plugin', Russian 'этот проект', and the pronoun alone as
    # a subject ('Questo è …', 'Dit is …', 'Это …')
    demonstrative=(W + r"(?:questo|questa)\s+" + _IT_NOUNS + E + r"|" + W + r"(?:dit|deze)\s+" + _NL_NOUNS + E
                   + r"|" + W + r"(?:этот|эта|это)\s+" + _RU_NOUNS + E + r"|" + W + _TR_THIS_NOUNS
                   + r"|^(?:questo|dit|это)\s*$"),
    # Italian 'il progetto'; Dutch 'het project', its adjectives before the noun as in English ('de volledige
    # implementatie')
    # (a loan compound before the noun: 'il video editor')
    # (and Russian, which has no articles: a noun of a release alone as the subject, 'Приложение является …')
    definite_artifact=(W + r"(?:l['’]\s*|(?:il|lo|la|gli)\s+)(?:[\w\-]+\s+){0,2}?" + _IT_NOUNS + E + r"|" + W
                       + r"(?:de|het)\s+(?:[\w\-]+\s+){0,3}?" + _NL_NOUNS + E + r"|" + _RU_NOUNS + r"\s*$"),
    list_of=(W + r"(?:elenco|lista|selezione|catalogo)(?:\s+\w+)?\s+(?:di|dei|degli|delle|del)" + E + r"|"
             + W + r"(?:lijst|overzicht|selectie|catalogus)(?:\s+\w+)?\s+(?:van|met)" + E + r"|"
             + W + r"(?:список|каталог|подборка|перечень)" + E),
    focus_adverbs=W + r"(?:anche|persino|ook|zelfs|также|даже)" + E,
    set_off_prepositions=W + r"(?:senza|con|tranne|eccetto|zonder|met|behalve|inclusief|без|кроме|включая)" + E,
    # Italian 'basato su'; Dutch 'gebaseerd op', 'gebruikt', 'maakt gebruik van'; Russian 'использует' (uses),
    # 'на основе'/'на базе' (on the basis of), 'основан на' (based on), 'построен на' (built on)
    dependency=(W + r"(?:basat[oi]\s+su|gebaseerd\s+op|gebruik(?:t|en)|maakt\s+gebruik\s+van|использу\w*|"
                r"на\s+(?:основе|базе)|основан\w*\s+на|построен\w*\s+на)" + E),
    thanks=W + r"(?:grazie|ringrazi\w*|bedankt|благодар\w*|спасибо|teşekkür\w*)" + E,
    # the reader thanked for using or choosing the page's product (Italian, Dutch, Russian)
    thanks_to_reader=(W + r"(?:grazie\s+per\s+(?:aver\s+)?(?:utilizzat|usat|scelt|provat|contribuit|utilizzar|usar)\w*|"
                      r"bedankt\s+voor\s+het\s+(?:gebruik|kiezen)\w*|спасибо\s+за\s+(?:использование|выбор))" + E),
    comparison=W + r"(?:rispetto|migliore)" + E,
    # (the people of a community, as English 'contributors' and 'developers': Italian, Russian)
    community_heads=heads("comunità", stems="сообществ contributor sviluppator разработчик контрибьютор участник "
                                            "topluluk topluluğ geliştirici"),
    license_heads=heads("licenza licenze"),
    product_heads=heads("progetto strumento", stems="proje"),
    edition_nouns=heads("versione versioni edizione edizioni distribuzione"),
    # Italian, Dutch and Russian counterparts of 'release', 'develop', 'publish'
    release_verbs=W + r"(?:rilasci\w*|svilupp\w*|pubblic\w*|ontwikkel\w*|publiceer\w*|разрабатыва\w*|выпуска\w*|"
                  r"публику\w*|распространя\w*|опубликова\w*|выпущен\w*)" + E,
    # (Italian 'non' as a word, not the prefix of 'non-profit'; Dutch 'niet'/'geen' before the phrase's copula or noun)
    negation_words=W + r"(?:не|нет|niet|geen)" + E + r"|" + W + r"non(?=\s)",
    plan_left=W + r"(?:pianifica\w*|presto)" + E,
    # Italian, Dutch; Russian links the listed nouns by their case ('список открытых моделей'), so its noun stands alone
    catalogue=(W + r"(?:(?:elenco|lista|catalogo|classifica|rassegna|panoramica)\s+(?:di|dei|degli|delle|del|"
               r"della|allo|alla|al|ai|agli|alle|per|sul|sulla|sui)|(?:lijst|catalogus|overzicht|selectie)\s+"
               r"(?:van|met|voor)|(?:список|каталог|справочник|обзор|подборка|рейтинг|перечень)\w*)" + E),
    catalogue_guide=(W + r"(?:guida\s+(?:di|dei|degli|delle|del|della|allo|alla|al|ai|agli|alle|per|sul|sulla|sui)|"
                     r"(?:gids|handleiding)\s+(?:van|met|voor)|руководство\s+(?:по|для))" + E),
    catalogue_heads=heads("classifica ranglijst"),
    collection_nouns=heads("insieme famiglia collezione raccolta serie suite reeks familie verzameling"),
    requirement_left=W + r"(?:deve|devono|moet|moeten)\s+(?:essere|zijn|blijven)\s+(?:\w+\s+)?$",
    # (Italian's: Italian leaves out a subject pronoun, below; and Russian 'является', 'is', of a written style)
    copula_words=("è", "sono", "является", "являются"),
    first_person_copulas=("siamo",),
    pro_drop=True,
    answer_yes=r"sì\b|да\b|есть\b",
    finite_words=r"\b(?:è|sono|hanno|può|possono|siamo|является|являются|это|мы|вы|можно|может|zijn|heeft|hebben|"
                 r"kunnen|wij)\b",
    table_corner=frozenset({"funzionalità", "caratteristica", "caratteristiche", "criterio", "criteri", "confronto",
                            "функция", "функции", "возможности", "возможность", "характеристика", "критерий",
                            "сравнение", "functie", "kenmerk", "kenmerken"}),
)
