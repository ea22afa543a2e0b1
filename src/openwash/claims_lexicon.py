"""Word lists and phrase patterns of the claim detector (:mod:`openwash.claims`).

Everything here is matched against lower-cased text.  The lists are grammatical
classes (determiners, governing verbs, head nouns, negators, future markers),
not sentences: each entry must make sense for any README, in any repository.
Languages: English, Chinese, Japanese, Korean, Spanish, Portuguese, French,
German, Italian, Dutch, Russian (the forms listed in docs/claim-phrases.md).
"""

from __future__ import annotations

import re

from openwash import lazyre


def alt(words: list[str] | tuple[str, ...]) -> str:
    """A non-capturing alternation, longest first (so that 'open-sourced' wins over 'open-source')."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


W = r"(?<![\w])"  # left word boundary that also works before CJK (where \b does not)
E = r"(?![\w])"   # right word boundary for Latin words
SEP = r"[\s\-‐‑]?"  # 'open source', 'open-source', 'opensource'
SEP1 = r"[\s\-‐‑]+"

# --- openness phrases ---------------------------------------------------------------------
# (pattern, kind, phrase strength).  Order matters only for overlapping matches: the
# earliest, then longest match wins.
STRONG_ADVERBS = ["fully", "truly", "completely", "entirely", "totally", "genuinely", "100%", "100 %",
                  "100 percent", "wholly", "100% percent"]
STRONG_FOREIGN = [
    "vollständig", "komplett", "völlig", "entièrement", "complètement", "totalement", "totalmente",
    "completamente", "enteramente", "volledig", "полностью", "完全", "全面", "全部", "全",
]

PHRASES: list[tuple[str, str, str]] = [
    # open source, multilingual
    (W + alt(STRONG_ADVERBS) + SEP1 + r"open" + SEP + r"sourc(?:e|ed|ing)" + E, "open-source", "strong"),
    (W + r"open" + SEP + r"sourc(?:e|ed|ing)" + E, "open-source", "plain"),
    (W + r"open[\-‐‑]?sources" + E, "open-source", "plain"),  # the verb; 'open sources' is a noun
    (W + r"free\s+(?:and|&)\s+open" + SEP + r"source" + E, "open-source", "plain"),
    (W + r"foss" + E, "open-source", "plain"),
    (W + r"open" + SEP + r"core" + E, "open-source", "partial"),
    (r"(?:完全|全面|全部|全)开源", "open-source", "strong"),
    (r"开源", "open-source", "plain"),
    (r"開源", "open-source", "plain"),
    (r"完全オープンソース|完全なオープンソース", "open-source", "strong"),
    (r"オープン\s?ソース", "open-source", "plain"),
    (r"완전한?\s?오픈\s?소스", "open-source", "strong"),
    (r"오픈\s?소스", "open-source", "plain"),
    (W + r"c[óo]digo\s+(?:abierto|aberto)" + E, "open-source", "plain"),
    (W + r"fuente\s+abierta" + E, "open-source", "plain"),
    (W + r"code\s+source\s+ouvert" + E, "open-source", "plain"),
    (W + r"logiciels?\s+libres?" + E, "open-source", "plain"),
    (W + r"licences?\s+libres?" + E, "open-source", "plain"),
    (W + r"quelloffen\w*", "open-source", "plain"),
    (W + r"codice\s+(?:sorgente\s+)?aperto" + E, "open-source", "plain"),
    (W + r"sorgente\s+aperto" + E, "open-source", "plain"),
    (r"открыт\w*\s+исходн\w*\s+код\w*", "open-source", "plain"),
    (r"опенсорс\w*", "open-source", "plain"),
    # fully / truly / 100 % open (without 'source')
    (W + alt(STRONG_ADVERBS) + SEP1 + r"open" + r"(?![\w\-‐‑]|\s*[\-‐‑]?\s*(?:sourc|weight))", "open-source",
     "strong"),
    (W + alt(["vollständig", "komplett", "völlig"]) + r"\s+offen\w*", "open-source", "strong"),
    (W + alt(["entièrement", "complètement", "totalement"]) + r"\s+ouvert\w*", "open-source", "strong"),
    (W + alt(["totalmente", "completamente", "enteramente"]) + r"\s+(?:abiert|abert|apert)\w*", "open-source",
     "strong"),
    (W + r"volledig\s+open" + E, "open-source", "strong"),
    (r"полностью\s+открыт\w*", "open-source", "strong"),
    (r"完全オープン", "open-source", "strong"),
    (r"완전\s?공개", "open-source", "strong"),
    # open weights
    (W + r"open" + SEP + r"weights?" + E, "open-weights", "plain"),
    (W + r"openly" + SEP + r"(?:available|released)\s+(?:model\s+)?(?:weights|checkpoints|parameters)" + E,
     "open-weights", "plain"),
    (W + r"offene[nr]?\s+gewicht\w*", "open-weights", "plain"),
    (W + r"poids\s+ouverts?" + E, "open-weights", "plain"),
    (W + r"pes[oi]s?\s+(?:abiertos|abertos|aperti)" + E, "open-weights", "plain"),
    (W + r"open\s+gewichten" + E, "open-weights", "plain"),
    (r"открыт\w+\s+вес\w*", "open-weights", "plain"),
    (r"开放权重|权重开放|开放了?模型权重", "open-weights", "plain"),
    (r"オープン\s?ウェイト", "open-weights", "plain"),
    (r"오픈\s?웨이트|공개\s?가중치", "open-weights", "plain"),
    # open model / openly released / open release / open license
    (W + r"open\s+(?:(?!sourc|weight)[\w\-]+\s+){0,2}?(?:models?|llms?|mllms?|vlms?|slms?|lms)" + E, "open", "plain"),
    (W + r"open\s+(?:(?!sourc|weight)[\w\-]+\s+){0,2}?(?:datasets?|corpus|corpora)" + E, "open", "plain"),
    (W + r"openly" + SEP + r"releas\w*", "open", "plain"),
    (W + r"releas\w*\s+(?:[\w\-]+\s+){0,3}openly" + E, "open", "plain"),
    (W + r"open\s+releases?" + E, "open", "plain"),
    (W + r"open\s+licen[cs]e" + E, "open", "plain"),
    (W + r"open" + SEP + r"science" + E, "open", "plain"),
    (W + r"offene[snr]?\s+modell\w*", "open", "plain"),
    (W + r"mod[èe]les?\s+ouverts?" + E, "open", "plain"),
    (W + r"modelos?\s+(?:abiertos?|abertos?)" + E, "open", "plain"),
    (W + r"modell[oi]\s+apert[oi]" + E, "open", "plain"),
    (r"открыт\w+\s+модел\w*", "open", "plain"),
    (r"开放模型", "open", "plain"),
    (r"オープン\s?モデル", "open", "plain"),
    (r"오픈\s?모델", "open", "plain"),
]

# Names and fixed expressions that contain an openness phrase but never claim anything.
FIXED_NON_CLAIMS = lazyre.compile(
    W + r"(?:open" + SEP + r"source\s+initiative|osi" + E + r"|open" + SEP + r"source\s+definition"
    r"|open\s+source\s+ai\s+definition|open" + SEP + r"source\s+code\s+of\s+conduct"
    r"|open" + SEP + r"source\s+program\s+office|open\s+llm\s+leader\s?board|open\s+model\s+licen[cs]e"
    r"|open\s+(?:rail|data\s+commons)|open" + SEP + r"source\s+(?:guide|summit|conference|day)s?"
    r"|open" + SEP + r"source\s+(?:ai\s+)?(?:alliance|foundation(?!\s+models?))|open\s+science\s+(?:foundation|framework))" + E
)

# --- sentence structure -------------------------------------------------------------------
FIRST_PERSON = lazyre.compile(
    W + r"(?:we|we're|we’re|we've|we’ve|we'd|we’d|our|ours|us|i|i'm|i’m|i've|i’ve|my|let's|let’s)" + E
    + r"|我们|我們|我司|本团队|本團隊|私たち|当社|弊社|我々|우리|저희"
    + r"|" + W + r"(?:nosotros|nuestr[oa]s?|hemos|somos|nous|notre|nos|wir|unser\w*|noi|nostr[oaie]|мы|наш\w*)" + E
)
SECOND_PERSON = lazyre.compile(W + r"(?:you|you're|you’re|your|yours)" + E)

DEMONSTRATIVE_NOUNS = (
    "repo", "repository", "project", "model", "code", "codebase", "library", "package", "tool", "toolkit",
    "framework", "release", "version", "work", "effort", "implementation", "software", "database", "app",
    "application", "platform", "dataset", "data", "checkpoint", "weights", "series", "family", "plugin",
    "extension", "engine", "server", "client", "sdk", "api", "system", "suite", "crate", "module", "benchmark",
    "corpus", "llm", "chatbot", "assistant", "agent", "initiative", "product", "program", "solution", "service",
    "feature", "component", "script", "pipeline", "recipe",
)
_DEM_NOUN = r"(?:" + "|".join(sorted(DEMONSTRATIVE_NOUNS, key=len, reverse=True)) + r")(?:s|es)?"
# 'this project', 'these models', 'the model ... here' point at the author's own artifacts.
DEMONSTRATIVE = lazyre.compile(
    W + r"(?:this|these)\s+(?:[\w\-]+\s+){0,3}?" + _DEM_NOUN + E
    + r"|" + W + r"(?:here|herein|in\s+this\s+(?:repo|repository|project))" + E
    + r"|本仓库|本倉庫|本项目|本項目|本模型|本次|该模型|該模型|此模型|该项目|該項目|此项目|此項目|该仓库|該倉庫|このリポジトリ|本リポジトリ|このモデル|本モデル|このプロジェクト|これら"
    + r"|" + W + r"(?:este|esta|estos|estas|cet|cette|ces|dieses|diese|dieser|questo|questa)\s+"
    r"(?:proyecto|repositorio|modelos?|projet|dépôt|modèles?|projekt|repository|modell|modelle|progetto|modello)" + E
)

# Verbs and prepositions that make what follows something the project uses, not releases.
DEPENDENCY = lazyre.compile(
    W + r"(?:use|uses|used|using|utili[sz]\w*|leverag\w*|built\s+(?:on|upon|with|using|atop)|"
    r"build(?:s|ing)?\s+(?:on|upon|with)|based\s+on|powered\s+by|backed\s+by|rel(?:y|ies|ying)\s+on|"
    r"depend\w*\s+on|via|through|thanks\s+to|benefit\w*\s+from|inspired\s+by|fork(?:ed)?\s+(?:from|of)|"
    r"derived\s+from|adapted\s+from|integrat(?:e|es|ed|ing)(?:\s+with)?|compatible\s+with|support(?:s|ing|ed)?(?:\s+for)?|"
    r"works?\s+with|wrapper\s+(?:around|for)|port\s+of|recommend\w*|suggest\w*|such\s+as|including|"
    r"e\.g\.|consider\w*|explor\w*|visit|refer\s+to|(?:fine[\s-]?tuned|trained|finetuned|pre-?trained)\s+(?:on|from|with)|"
    r"on\s+top\s+of|run(?:s|ning)?\s+(?:on|with)|deploy\w*|download\w*|instal\w*|"
    r"access(?:ing)?|contribut\w*\s+to|contact\w*|"
    r"evaluat\w*\s+(?:with|on|using)|distill\w*\s+from|learn\s+about|choos\w*|host(?:s|ing)?\s+|"
    r"alternatives?\s+to|instead\s+of|serv(?:es|ing)\s+|wrap\w*|embed\w*|call\w*|connect\w*|"
    r"interact\w*\s+with|interfac\w*\s+with|plug\w*\s+into|load\w*|import\w*|adopt\w*|"
    r"find|discover|look\s+(?:to|at|for)|browse|compar\w*\s+with|migrat\w*\s+(?:to|from)|switch\w*\s+to)" + E
    + r"|基于|基於|使用|采用|採用|利用|依托|依託|借助|支持|兼容|围绕|圍繞|针对|針對|用于|用於|调用|調用|接入|集成|参考|參考|来自|來自|适配|適配|微调|微調|部署"
    + r"|に基づ|を使用|を利用|を使って|をベース|に対応|をサポート|を活用"
    + r"|" + W + r"(?:basad[oa]s?\s+en|usando|utilizando|basé\w*\s+sur|utilisant|basierend\s+auf|nutzt|verwende\w*|"
    r"basat[oi]\s+su|con\s+(?:modelos|herramientas)|avec\s+des|s['’]appuie\s+sur|repose\s+sur|utilise\w*|"
    r"basiert\s+auf|setzt\s+auf|verwendet|se\s+basa\s+en|usa|emplea)" + E
)
DEPENDENCY_RIGHT_CJK = lazyre.compile(
    r"^[^，。；,;]{0,30}?(?:的基础上|的基礎上|为基础|為基礎|基础之上|为底座|為底座|作为基座|作為基座|构建|構建|をベースに|に基づ|"
    r"を利用|を使用|を活用|を採用|で構築|を使って|上に構築)")

# Comparisons and rankings: 'outperforms open-source models', 'SOTA among open-source models'.
COMPARISON = lazyre.compile(
    W + r"(?:outperform\w*|out-perform\w*|surpass\w*|beat\w*|exceed\w*|superior\s+to|inferior\s+to|better\s+than|"
    r"worse\s+than|compar\w*|versus|vs\.?|against|than|among(?:st)?|rival\w*|on[\s-]par\s+with|"
    r"competitive\s+(?:with|against)|rank\w*|lead(?:s|ing)?\s+(?:among|in)|best\s+(?:among|of)|top\s+(?:among|of)|"
    r"(?:#|no\.?\s*)1\s+(?:among|of)|1st[\s-]rank\w*|sota\s+(?:among|for)|state[\s-]of[\s-]the[\s-]art\s+(?:among|for)|"
    r"within|between|gap\s+between|close[sd]?\s+the\s+gap|underperform\w*|lag\w*\s+behind|behind|"
    r"closed[\s-]source|proprietary|closed)" + E
    + r"|超越|超过|超過|优于|優於|媲美|相比|对比|對比|比肩|之中|当中|排名|领先|領先|最佳水平|闭源|閉源|專有|专有"
    + r"|を超え|を上回|と比較|に匹敵|の中で|プロプライエタリ|クローズド|より優れ"
    + r"|" + W + r"(?:supera\w*|mejor\w*\s+que|comparad\w*|entre|surpass\w*|meilleur\w*\s+que|übertr\w*|"
    r"besser\s+als|im\s+vergleich|rispetto|migliore|mayoría|plupart|gegensatz)" + E
)
COMPARISON_RIGHT_CJK = lazyre.compile(
    r"^[^，。；,;]{0,14}?(?:之中|当中|當中|中排名|中名列|中位居|中的?(?:最|第|佼佼)|中(?:达到|達到|取得)|的中(?:最|第)|の中で|を超え|より|と比較|に匹敵)")
COORDINATED_CLOSED = lazyre.compile(
    r"^\s*(?:and|or|&|/|vs\.?|versus|,)\s+(?:\w+\s+){0,1}(?:closed|proprietary|commercial(?!ly)|non-open|"
    r"open[\s-]?weights?|source-available|api[\s-]only)" + E
    + r"|^\s*(?:和|与|與|及|或|、|/)\s*(?:闭源|閉源|专有|專有|商业|商業)|^\s*(?:および|と)\s*(?:プロプライエタリ|クローズド)"
)

# Head nouns that make the phrase about a community, a concept or a licence text.
COMMUNITY_HEADS = lazyre.compile(
    r"^(?:communit(?:y|ies)|contributors?|movement|world|enthusiasts?|advocates?|maintainers?|developers?|"
    r"people|folks|members?|fans?|supporters?|sponsors?|friends|space|scene|culture|spirit|ethos|values?|"
    r"principles?|roots?|ideals?|philosophy|way|ways|landscape|collaboration|development|team|office|"
    r"contributions?|program|programs|advocacy|sustainability)$"
    + r"|社区|社區|社群|开发者|開發者|贡献者|貢獻者|爱好者|愛好者|生态|生態|精神|运动|運動|界|コミュニティ|커뮤니티"
    + r"|^(?:comunidad\w*|communaut\w*|gemeinschaft\w*|community|comunità|сообществ\w*|szene|bewegung)$"
)
LICENSE_HEADS = lazyre.compile(
    r"^(?:licen[cs]e[sd]?|licen[cs]ing|terms|agreement)$|协议|協議|许可|許可|授权|授權|ライセンス|라이선스"
    + r"|^(?:licencias?|lizenz\w*|licenze?)$"
)
# Nouns that identify a released artifact (what a definite NP or a tagline can be about).
PRODUCT_HEADS = lazyre.compile(
    r"^(?:platform|ecosystem|alternative|framework|engine|database|library|toolkit|tool|model|llm|slm|mllm|"
    r"implementation|project|software|app|application|solution|system|editor|server|client|assistant|agent|"
    r"version|suite|sdk|broker|chatbot|bot|base|choice|option|product|service|stack|kit|browser|cms|ide|"
    r"os|firmware|runtime|compiler|interpreter|game|encoder|decoder|tokenizer|pipeline|recipe|"
    r"dataset|corpus|benchmark|checkpoint|embedding|lora|adapter|release|codebase|code|reproduction|"
    r"replication|clone|port|rewrite|fork|prototype|demo|manager|scheduler|network|protocol|api|"
    r"plugin|extension|package|viewer|player|reader|generator|detector|classifier|crawler|"
    r"transformer|diffusion|weights|checkpoints|models|llms)$"
    + r"|^(?:版|模型|平台|框架|工具|项目|項目|软件|軟件|系统|系統|数据集|數據集|实现|實現|版本|代码|代碼|库|庫"
    + r"|モデル|プラットフォーム|フレームワーク|ツール|ソフトウェア|実装)"
    + r"|^(?:plataforma|modelo|herramienta|proyecto|plateforme|modèle|outil|projet|plattform|modell|werkzeug|"
    r"progetto|strumento)$"
)

# Verbs whose subject releases something (make the author the agent of the openness).
RELEASE_VERBS = lazyre.compile(
    W + r"(?:releas\w*|publish\w*|launch\w*|announc\w*|introduc\w*|present|presents|presented|presenting|"
    r"unveil\w*|offer\w*|provid\w*|shar(?:e|es|ed|ing)|mak(?:e|es|ing)|made|build|builds|building|creat\w*|"
    r"develop\w*|design\w*|train(?:s|ed|ing)?|open[\s-]?sourc\w*|distribut\w*|maintain\w*|"
    r"produc(?:e|es|ed|ing)|deliver\w*|ship\w*|contribut\w*|dedicat\w*|committed|donat\w*|upload\w*|"
    r"pushed|debut\w*|bring\w*|brought|opted|chose|decided|proud|excited|happy|pleased|thrilled|delighted|"
    r"glad|complet\w*|finish\w*|propos\w*|put|born|born\s+out|to\s+offer|to\s+build|to\s+create|"
    r"to\s+develop|to\s+make|to\s+provide|to\s+release|attempt\w*|aim\w*)" + E
    + r"|发布|發布|推出|开放|開放|公开|公開|上线|上線|训练|訓練|打造|研发|研發|构建|構建|提供|贡献|貢獻|宣布|整理|收集"
    + r"|リリース|公開|発表|提供"
    + r"|" + W + r"(?:publica\w*|lanza\w*|presenta\w*|ofrece\w*|publié\w*|lancé\w*|présent\w*|"
    r"veröffentlich\w*|stellen|bereit|rilasci\w*)" + E
)
THANKS = lazyre.compile(
    W + r"(?:thank\w*|grateful|gratitude|appreciat\w*|kudos|shout[\s-]?outs?|acknowledg\w*|"
    r"indebted|props)" + E + r"|感谢|感謝|致谢|致謝|鸣谢|鳴謝|谢谢|謝謝|ありがとう"
    + r"|" + W + r"(?:agradec\w*|merci|remerci\w*|danke|dank)" + E
)
IMPERATIVE_RECOMMEND = lazyre.compile(
    r"^\W*(?:be\s+sure\s+to\s+|please\s+|do\s+)?(?:explore|check\s+out|check|see|visit|try|look\s+at|have\s+a\s+look|"
    r"take\s+a\s+look|refer\s+to|read|follow|browse|discover|learn|find|use|consider|join|"
    r"help|support|start|get\s+started)" + E
)

# Negation and hedges that scope over the phrase (looked for just before it, in the same clause).
NEGATION_WORDS = lazyre.compile(
    W + r"(?:not|never|none|neither|nor|without|cannot|can't|can’t|isn't|isn’t|aren't|aren’t|wasn't|"
    r"wasn’t|weren't|weren’t|doesn't|doesn’t|don't|don’t|didn't|didn’t|won't|won’t|hardly|barely|"
    r"nicht|kein\w*|pas|nunca|tampoco|sans|ohne|не|нет)" + E
    + r"|(?:^|\W)(?:non|no|sin|ni|ohne)[\s\-‐‑]+$|" + W + r"no\s+longer" + E
)
NEGATION_CJK = lazyre.compile(r"(?:还未|還未|尚未|并未|並未|没有|沒有|未能|不再|并非|並非|不是|未|没|沒|不|非|無|无)\s*(?:完全|全部|全面|全|被|再|能|会|會)?\s*$")
NOT_ONLY = lazyre.compile(W + r"not\s+(?:only|just|merely|simply)" + E + r"|不仅|不僅|不只|不但")
NEGATION_RIGHT = lazyre.compile(
    r"^[^\n.;。]{0,14}?(?:ではない|ではありません|ではなく|とは言えない|とはいえない|じゃない|でない|ではな)"
)
HEDGE = lazyre.compile(
    W + r"(?:may\s+not|might\s+not|not\s+necessarily|not\s+(?:fully|completely|entirely|truly|yet|really))" + E
    + r"|必ずしも|とは限らない|不一定|未必"
)

# Future, plans and promises: the phrase is not (yet) asserted.
PLAN_LEFT = lazyre.compile(
    W + r"(?:will|shall|gonna|going\s+to|plan(?:s|ned|ning)?\s+to|planned|planning|intend\w*\s+to|aim(?:s|ing)?\s+to|"
    r"hope\s+to|would\s+like\s+to|wants?\s+to|wish\s+to|expect\w*\s+to|to\s+be|soon|upcoming|eventually|later|"
    r"future|may|might|could|would|considering|roadmap|todo|to-do|tbd|pending|prepar\w*\s+to|about\s+to|"
    r"yet\s+to|promis\w*\s+to|in\s+the\s+process\s+of|working\s+(?:on|towards?))" + E
    + r"|将会|將會|即将|即將|计划|計劃|预计|預計|打算|准备|準備|后续|後續|未来|未來|稍后|稍後|争取|爭取|陆续|陸續|逐步|近期"
    + r"|(?<![社大协學学机機委工聚约約])会|(?<![已经經並并均都])将|(?<![已经經並并均都])將"
    + r"|予定|将来|今後|つもり|計画|可能性|いずれ"
    + r"|" + W + r"(?:planea\w*|vamos\s+a|próximamente|futur\w*|prochainement|bientôt|allons|werden|geplant|"
    r"demnächst|bald|pianifica\w*|presto|\w+(?:aremos|eremos|iremos|arán|erán|irán|erons|irons|eront|iront))" + E
    + r"|(?:后|後|之后|之後)\s*(?=开源|開源)"
)
# Words that may stand between a future marker and the phrase it governs ('will be fully open-sourced',
# 'will release our open-source model'); any other word means the marker governs something else.
PLAN_GAP = lazyre.compile(
    r"^(?:\s+(?:be|been|become|get|also|soon|then|later|eventually|all|both|made|make|release|publish|provide|"
    r"offer|launch|share|available|as|to|a|an|the|our|its|their|more|further|gradually|continue|continuing|"
    r"and|open|same|new|first|full|entire|remaining|rest|of|\w+ly|\d+|[\w\-]+-\d+\w*|code|model|models|"
    r"weights|data|dataset|checkpoints|version|versions|training|inference|evaluation|scripts))*\s*$"
)
PLAN_RIGHT = lazyre.compile(
    r"^[^.;:!?。；]{0,40}?" + W + r"(?:soon|later|in\s+the\s+(?:near\s+)?future|in\s+the\s+coming|shortly|"
    r"upon\s+(?:acceptance|publication)|after\s+(?:the\s+)?(?:paper|review|acceptance|publication)|"
    r"(?:is|are)\s+coming|coming\s+soon|tbd|planned|someday|eventually|next\s+(?:week|month|year|release)|"
    r"before\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the\s+end|end|\d)\w*)" + E
    + r"|^[^。；]{0,20}?(?:予定|计划|計劃|敬请期待|敬請期待|即将|即將|将在|將在|后续|後續)"
)
DONE_CHECKBOX = lazyre.compile(r"^\W{0,3}\[[x✓✔]\]", re.IGNORECASE)
OPEN_CHECKBOX = lazyre.compile(r"^\W{0,3}\[\s\]")
NEWS_DATE = lazyre.compile(
    r"^\W{0,12}(?:\d{4}[./\-年]\s?\d{1,2}(?:[./\-月]\s?\d{1,2}日?)?|\d{1,2}/\d{1,2}/\d{2,4}|\d{2}/\d{2}/\d{2}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:,?\s+\d{4})?)"
)
QUESTION_START = lazyre.compile(
    r"^\W*(?:is|are|was|were|does|do|did|can|could|should|will|would|why|what|how|which|who|where|when|whether)" + E
)
# Modal requirements ('must be open source') and definitions ('open source means ...').
REQUIREMENT_LEFT = lazyre.compile(
    W + r"(?:must|should|shall|needs?\s+to|has\s+to|have\s+to|required\s+to|ought\s+to)\s+(?:\w+ly\s+)?"
    r"(?:be|become|remain|stay)\s+(?:\w+ly\s+)?(?:an?\s+)?$"
    + r"|" + W + r"(?:so[\s-]called|what(?:'s|\s+is)?|meaning\s+of|definition\s+of|defin\w+\s+(?:as|of)|"
    r"criteria\s+(?:for|of)|qualif\w+\s+as|considered|known\s+as|call(?:ed|s)?|term|difference\s+between)"
    r"\s+(?:an?\s+|the\s+)?(?:\"|“|')?$"
    + r"|必须|必須|应当|應當|所谓|所謂"
)
DEFINITION_RIGHT = lazyre.compile(
    r"^\W{0,3}(?:means?|refers?\s+to|is\s+defined|is\s+a\s+term|stands\s+for|requires?|im\s+engeren\s+sinne|"
    r"is\s+about|is\s+not\s+(?:just|only)|is\s+more\s+than)" + E + r"|^\s*(?:是指|指的是|意味着|とは)"
)
COPULA_WORDS = ("is", "are", "was", "were", "be", "been", "being", "become", "becomes", "became", "remain",
                "remains", "stay", "stays", "ist", "sind", "es", "son", "est", "sont", "è", "sono", "war", "waren")
CONTRAST = lazyre.compile(
    W + r"(?:only|but|while|whereas|except|although|enterprise|proprietary|closed[\s-]source|"
    r"commercial\s+(?:license|edition|version)|community\s+edition|premium|pro\s+tier)" + E
    + r"|只|仅|僅|但|除了|ただし|のみ"
)
CLAUSE_BREAK = lazyre.compile(
    r"[;!?。；！？|()（）【】—–]|:\s|：|\s-\s|\s·\s|,\s*(?:but|while|whereas|although|though|however|so|which|who)" + E
    + r"|" + W + r"(?:but|while|whereas|although|though|however|unlike)" + E + r"|，|但是|但|然而|虽然|雖然"
)
QUANTITY_NOUNS = lazyre.compile(
    r"^(?:selection|variety|range|lot|lots|list|number|couple|bunch|plenty|kinds?|types?|"
    r"sorts?|host|array|catalog(?:ue)?|dozens?|hundreds?|thousands?|millions?|handful|majority|"
    r"many|most|some|any|all|none|one|two|three|several|each|either)$"
)
ZH_BY_AGENT = lazyre.compile(
    r"由\s*(?P<agent>[^，,。由]{1,30}?)\s*(?:联合|聯合|共同)?(?:开源|開源|开发|開發|发布|發布|推出|训练|訓練|提供|构建|構建|打造|研发|研發)")
