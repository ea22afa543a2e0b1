"""The compiled patterns of the claim judgement's steps (one place, so that the steps share them).

Word lists of any language live in :mod:`openwash.claims.lexicon`; these are the structural
patterns and small closed sets the steps are written with (determiners, stop words, artifact nouns).
"""

from __future__ import annotations

import re

from openwash import lazyre
from openwash.claims.lexicon import en, ja, ko, zh
from openwash.claims.lexicon.base import alt, heads
from openwash.claims.lexicon.words import WordClass, words

# (every spelling of "software" in Chinese, for the patterns below that name it)
CJK_SOFTWARE = "|".join(zh.SOFTWARE_WORDS)

# a word; \w covers the kana, Han and Hangul letters, the second class the few kana marks it does not (a class
# spanning the whole CJK block would cost milliseconds to compile in every process)
WORD = lazyre.by_script(r"[\w'’%@.\-/]+|[\u3097-\u309c\u30a0\u30fb]", r"[\w'’%@.\-/]+")
# (gated alternative by alternative: 'open source' holds 'source' but not 'code', and compiles nothing)
ROMANCE_PHRASE = lazyre.compile(r"c[óo]digo|code\s+source|libre|aperto|abierto|aberto|ouvert", by_alternative=True)
# ('the purpose of this project is to open-source X': the infinitive's agent is the subject of 'is')
AGENT_1 = lazyre.compile(r"\b(?:has|have|had|is|are|was|were)\s+(?:\w+ly\s+|also\s+|now\s+|just\s+)*(?:to\s+)?$")
# adverbs of manner or time on a release verb ('Meta recently open-sourced', '- Newly open-sourced: …')
_RELEASE_ADVERBS = (r"(?:newly|recently|officially|finally|fully|publicly|freshly|initially|originally|partially|"
                    r"previously|already|also|now|just|first|proudly|quietly|eventually|later)")
# such an adverb right before a release verb, what an agent stands before ('Meta recently | open-sourced')
ADVERB_BEFORE = lazyre.compile(r"(?<![\w\-])" + _RELEASE_ADVERBS + r"\s*$")
AGENT_2 = lazyre.compile(r"\s*(?:our|all\s+our)\b")
AGENT_3 = lazyre.compile(r"[\w)\]*]\s+$")
# an article and modifiers coordinated before the last one, right before a noun phrase ('a free and | popular …')
COORDINATED_MODIFIERS_BEFORE = lazyre.compile(r"(?<![\w])(?:an?|the)\s+(?:[\w\-]+,?\s+){1,3}(?:and|&|or)\s+$")
# an apposition opened by an indefinite article in Spanish, Portuguese, French, Italian or German, the phrase at
# its end ('Mastodon, un servidor de red social gratuito y de código abierto', ', ein freier und quelloffener')
INDEFINITE_APPOSITION = lazyre.compile(r"(?:,|\s[-–—])\s*(?:un[ao]?|uma?|une|ein|eine|einen|einer|eines)\s+"
                                       r"(?:[\w\-]+\s+){0,6}?(?:(?:y|e|et|und|ed)\s+)?(?:de\s+|di\s+|à\s+)?$")
# a modifier right before the phrase that makes what it names others' work: 'third-party open-source code',
# '第三方开源代码', 'サードパーティのオープンソース', '서드파티 오픈소스' (coordinated too: 'third-party and open-source')
THIRD_PARTY_BEFORE = lazyre.compile(r"(?:(?<![\w\-])(?:third|3rd)[\s\-‐]?part(?:y|ies)|第三方|サードパーティ(?:製)?の?|"
                                    r"서드\s?파티(?:의)?)[\s*_`]*(?:(?:and|or|&|/|,|和|或|与)\s*)?$")
# a demonstrative that a conjunction puts at the head of its own clause, right before the copula ('… and this is …')
CLAUSE_PRONOUN_END = lazyre.compile(r"\b(?:and|but|so|while|whereas)\s+(this|these)\s*$")
# the author announcing, which starts a statement of the author's own ('we're thrilled to announce', 'we are happy to
# share that')
ANNOUNCEMENT_BREAK = lazyre.compile(r"\b(?:we|we're|we’re|we are|i'm|i’m|i am)\s+(?:\w+\s+){0,2}?(?:thrilled|excited|"
                                    r"happy|pleased|proud|delighted|glad)\s+to\s+(?:\w+ly\s+)?(?:announce|share|"
                                    r"release|introduce|present|unveil)\b")
# a verb whose object is the subject of the copula after it ('ensure Terraform remains …', 'make sure it stays …')
CAUSE_BEFORE_SUBJECT = lazyre.compile(r"\b(?:ensure|ensures|ensuring|ensured|guarantee|guarantees|make\s+sure|"
                                      r"makes\s+sure|making\s+sure)\s+(?:that\s+)?")
# the conjunction that joins a pronoun's clause to the clause before it, in the same sentence ('… Finch and it is')
CLAUSE_JOIN_BEFORE_PRONOUN = lazyre.compile(r"(?:,\s*|\s)(?:and|but|because|since|as|so)\s+(?:it|they)\s+"
                                            r"(?:is|are|was|were|remains|remain|stays|stay)\b")
# a word that may be a name, as written
NAME_TOKEN = lazyre.compile(r"[A-Za-z][\w.\-]*[\w]")
# the subject right before a verb that puts its object in a state (an adverb between): 'Microsoft eventually | made'
MAKER_BEFORE_VERB = lazyre.compile(r"(?<![\w\-])([A-Z][\w.\-]*[\w])\s+(?:(?:\w+ly|also|then|later|finally|just)\s+)?$")
# a list item's label explained by what it works with ('… Ecosystem**: Integration with SmolAgents, …')
LABEL_EXPLAINED_BY_USE = lazyre.compile(r"[^:：\n]{0,40}[:：]\s*(?:\*\*)?\s*(?:(?:seamless|native|full|deep|easy)\s+)?"
                                        r"(?:integrations?\s+with|support\s+for|compatib\w*\s+with|works?\s+with|"
                                        r"interoperab\w*\s+with|connects?\s+to|plugs?\s+into)\b")
APPOSITIVE_1 = lazyre.compile(r"(?:,|;|\s[-–—]|:|\bas|\bcomo|\bcomme|\bals)\s*(?:\*\*)?\s*$")
# what follows a predicative adjective phrase: its end, or a coordinated adjective ('… open source and focused on Y')
PREDICATIVE_END = lazyre.compile(r"\s*(?:$|[.,;!)]|and\s+(?!the\b|a\b|an\b)[a-z\-]+\s+(?:on|to|for|in|by|with)\b)")
COPULA_NEXT = lazyre.compile(r"[\s*_`)\]]*(?:is|are)\s")
# what makes the noun before a dash another's thing, which the dash's adjective may describe ('built on X — open source')
OTHERS_BEFORE_DASH = lazyre.compile(r"\b(?:using|uses?|used|based\s+on|built\s+(?:on|upon|with)|powered\s+by|on\s+top\s+of|"
                                    r"fine-?tuned\s+(?:on|from)|by|wrappers?\s+(?:for|of|around)|forks?\s+of|ports?\s+of|"
                                    r"alternatives?\s+to|compatible\s+with|such\s+as|like|including)\b")
APPOSITIVE_2 = lazyre.compile(r"\b(?:released|published|distributed|licensed|available|shared|offered|made)$")
APPOSITIVE_3 = lazyre.compile(r"\b(?:under|licensed|license|licence)\s*$")
ARTIFACT_LIST_1 = lazyre.compile(r"\s*:\s*(?:[\w\-.]+\s+){0,12}?(?:checkpoints?|weights|code|codes|models?|data|datasets?|"
                             r"training|scripts?|everything|all)\b")
CELL_1 = lazyre.compile(r"\b(?:weights|checkpoints?|code|data|dataset|model|training|inference|evaluation)\b")
CELL_2 = lazyre.compile(r"\b(?:other|third[\s-]party|upstream|base model)\b")
# the first cell of a row that states a licence ('| License | Apache 2.0, fully open source |'), with the markup and
# marks around it (LABEL_MARKUP: '**License**', '✅ License:') stripped
LABEL_MARKUP = " *_`[]:：✅✔☑️🔓📜⚖️"
LICENCE_ROW = lazyre.compile(r"(?:the\s+)?(?:licen[cs]es?|licensing|licen[cs]e\s+type|source\s+code|availability|openness)"
                             r"|许可证?|许可协议|开源协议|协议|授权(?:协议)?|ライセンス|라이선스")
CJK_SUBJECT_1 = lazyre.compile(r"是|為|为|乃|は|が")
CJK_SUBJECT_2 = lazyre.compile(r"[，,。；;]|围绕|圍繞|针对|針對|基于|基於|使用|支持|用于|用於")
CJK_SUBJECT_3 = lazyre.compile(r"[a-z]")
CJK_SUBJECT_4 = lazyre.compile(r"本项目|本項目|本仓库|本倉庫|本模型|该模型|該模型|これら|こちら|本リポジトリ|このリポジトリ|私たち|我们|我們")
CJK_SUBJECT_5 = lazyre.compile(r"[，,。；;：:]")
CLASSIFY_1 = lazyre.compile(r"([\w\-.]+)(?:'s|’s)\b")
CLASSIFY_2 = lazyre.compile(r"\s+")
# (a copula's subject that points at what the page presents: 'Here are …', 'Below are the open-source tools …')
CLASSIFY_3 = lazyre.compile(r"(?:this|these|here|below)\b")
# what a page that lists things says of them after 'Here are' ('Here are some open-source alternatives to Notion',
# 'Below are the best open-source tools'): a selection of others' work, not the own release
LISTED_SELECTION = lazyre.compile(r"\b(?:some|many|several|various|a\s+few|numerous|best|top|popular|great|awesome|useful|"
                                  r"favou?rite|recommended|notable|other)\b")
# a superlative that ranks a class ('the strongest open-source model', 'the largest open-weight VLM'): which of the
# class is the top, not the own release a definite article points back to ('the newest', 'the latest' are the own)
RANKING_SUPERLATIVE = lazyre.compile(r"(?:strongest|largest|biggest|greatest|highest|fastest|smallest|smartest|"
                                     r"finest|cheapest|most|leading|top|best)")
MAKING_IT = lazyre.compile(r"\bmak(?:e|es|ing)\s+(?:it|them)\b")
CLASSIFY_4 = lazyre.compile(r"\b(?:of|from|for|in|on|with|by)\b")
# acronyms of software parts and of the protocols and kinds of software they implement, not names ('the CLI', 'the
# API', 'the MCP server', 'the REST client')
COMMON_ACRONYMS = frozenset({"cli", "api", "apis", "sdk", "sdks", "ui", "gui", "tui", "cpu", "gpu", "url", "http", "sql",
                             "https", "mcp", "rest", "grpc", "rpc", "json", "lsp", "ssh", "ide", "cms", "crm", "erp",
                             "ocr", "tts", "asr", "nlp", "rag", "vpn", "dns",
                             # kinds of models and of training ('reflex-vla' is named for what it serves, no maker)
                             "vlm", "vlms", "vla", "vlas", "mllm", "mllms", "lmm", "lmms", "slm", "slms", "moe", "lora",
                             "sft", "rlhf", "dpo",
                             # fields of tasks ('SWE-Master' is named for software-engineering tasks, no maker)
                             "swe", "vqa", "nli"})
# programming languages: before a noun of code they say what it is written in ('the Rust source code', 'our Python
# SDK'), no product's or maker's name
PROGRAMMING_LANGUAGES = frozenset({"python", "rust", "go", "golang", "java", "javascript", "typescript", "kotlin", "swift",
                                   "c", "c++", "c#", "ruby", "php", "scala", "haskell", "lua", "dart", "julia", "perl",
                                   "elixir", "erlang", "zig", "ocaml", "fortran", "matlab", "html", "css", "bash", "shell",
                                   "powershell", "solidity", "verilog", "vhdl", "webassembly", "wasm", "cuda", "clojure",
                                   "objective-c", "f#", "groovy", "nim", "crystal"})
CLASSIFY_5 = lazyre.compile(r"(?:the|a|an)\s+(?:[\w\-]+\s+){0,5}?(?:models?|weights|checkpoints?|codes?|source\s+codes?|datasets?|"
                    r"data|scripts?|client|server|version|release|implementation|tools?|library|parameters|app|"
                    r"engine|cli|sdks?|apis?|backend|frontend|core|plugins?|extensions?|runtime|dashboard|"
                    r"application|project|software|repo|repository|prompts|features?|edition|components?|"
                    r"techniques|methods?|recipes?|pipeline|framework|stack|codebase|artifacts|everything|"
                    # (as the other languages' nouns of a release: 'the editor', 'la plataforma', 'das Programm')
                    r"editor|platform|program|logic|firmware)\b")
# a piece of writing and what it is about, before the phrase ('Published a blog post on why open weights matter')
WRITING_ABOUT_BEFORE = lazyre.compile(r"\b(?:blog\s+posts?|posts?|articles?|papers?|talks?|tutorials?|guides?|videos?|"
                                      r"podcasts?|essays?|write-?ups?)\s+(?:on|about|discussing|explaining)\b[^.;:]{0,40}$")
# a label that names a piece of writing right before the phrase ('New example: …', 'Blog post: …')
WRITING_LABEL_BEFORE = lazyre.compile(r"\b(?:examples?|tutorials?|guides?|blog(?:\s+posts?)?|posts?|articles?|videos?|"
                                      r"talks?|notebooks?|cookbooks?|walkthroughs?|webinars?)\s*[:：]\s*$")
THE_NOUN = lazyre.compile(r"the\s+[a-z]+")  # a definite noun alone ('the toolkit')
# the release as a whole by its bare noun, opening a sentence ('The repository provides …')
RELEASE_AS_A_WHOLE = lazyre.compile(r"the\s+(?:repository|repo|codebase|project|toolkit|package)\s+")
COMPARISON_1 = lazyre.compile(r"\b(?:closed|proprietary)[\s-]*(?:source)?\s*(?:and|or|&|/|vs\.?)\s*$")
# a closed class named earlier in the sentence ('closed-source', 'proprietary')
CLOSED_CLASS = lazyre.compile(r"\b(?:closed[\s-]*source|proprietary)\b")
# a preposition (and article) right before the phrase: the phrase's noun is a class something is done for or with
CLASS_PREPOSITION_BEFORE = lazyre.compile(r"\b(?:for|with|on|among|to)\s+(?:the\s+|an?\s+)?$")
COPULA_BEFORE_1 = lazyre.compile(r"([\w'’%.\-/]+|,)\s*$")
PRESENT_AND_FUTURE = lazyre.compile(r"\b(?:is|are|has|have)\s+and\s+(?:always\s+)?$")
# 'will continue to be open source': a state that goes on, what it is now (after 'will', before 'to be')
CONTINUED_STATE = lazyre.compile(r"\s*(?:always\s+)?continue\s+to\s+be\b")
CONTINUE_BEFORE = lazyre.compile(r"\bcontinues?\s+$")
COORDINATED_COPULA = lazyre.compile(r"\b(is|are)\s+and\s+(?:always\s+)?(?:will|shall)\s+(?:always\s+|forever\s+)?$")
# the second of two coordinated predicates ('The firmware is written in C and is open source'): 'and' right before
# its copula, and the first predicate's copula earlier in the same clause, after the subject both share
COORDINATED_PREDICATE = lazyre.compile(r"[^.;:!?]*?\s(is|are|was|were)\s[^.;:!?]*?\s(?:and|&)\s+(?:also\s+)?$")
COPULA_BEFORE_2 = lazyre.compile(r"(?:it|that|there|what|here)['’]s|(?:we|they|you)['’]re")
COPULA_BEFORE_3 = lazyre.compile(r"\b(?:one|generation|family|series|suite|collection|set|line|kind|type|part|"
                                       r"member|version|variant|pioneer|example)\s*$")
HEAD_SPAN_1 = lazyre.compile(r"[\s\-‐‑]*([^,;:!?()\[\]\"“”<>]*)")
# a credit to someone's handle, linked or not ('… by [@lxfater](https://twitter.com/lxfater)', 'by @jdoe')
HANDLE_CREDIT = lazyre.compile(r"\bby\s+\[?@[\w\-]+")
# a word or two in parentheses right before the phrase ('a (partially?) open source agent', '(mostly) open-source')
ASIDE_BEFORE = lazyre.compile(r"\(\s*[\w\-]+(?:\s+[\w\-]+)?\s*[?!]?\s*\)\s*$")
SHORT_PARENTHESIS = lazyre.compile(r"\s*\((?=[a-z0-9])[\w\-. ]{1,12}\)")  # '(moe)', '(7b)
IN_TITLE_1 = lazyre.compile(r"(?:^|[\s(\[“\"'])[A-Z\u00c0-\u024f][^\s:]{0,30}(?:\s+[A-Z0-9][^\s:]{0,30}){0,2}:\s+")
IS_NAME_1 = lazyre.compile(r"[^\s,;:()]+")
IS_NAME_2 = lazyre.compile(r"[A-Za-z\u00c0-\u024f]")
IS_NAME_3 = lazyre.compile(r"[a-z][A-Z]|\.[A-Za-z]|-[A-Z0-9]")  # vLLM, llama.cpp, Qwen-7B
IS_NAME_4 = lazyre.compile(r"^\W*(?:\[?\d{4}[./\-]\d{1,2}(?:[./\-]\d{1,2})?\]?)?\W*")
IS_NAME_5 = lazyre.compile(r"\d")
IS_NAME_6 = lazyre.compile(r"[A-Za-z]")
# a quantity, not a name, though it mixes digits and letters ('70x speed-up', '7B model', '8-bit', '4K video')
IS_QUANTITY = lazyre.compile(r"\d+(?:\.\d+)?-?(?:x|k|m|b|bn|t|gb|mb|kb|tb|ms|fps|bits?|d|h|p)", re.I)
IS_NAME_7 = lazyre.compile(r"[A-Z]")
JUDGE_1 = lazyre.compile(r"[\s*_`'\"”’)\]>.!…~\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]+$")
JUDGE_2 = lazyre.compile(r"\b(?:for|among|amongst|of|in|within|across|at)\s+(?:the\s+|all\s+)?(?:[\w\-]+\s+){0,2}$")
JUDGE_3 = lazyre.compile(r"吗$|嗎$|ですか$|でしょうか$")
JUDGE_4 = lazyre.compile(r"是否|whether|si\s+es")
JUDGE_5 = lazyre.compile(r"\s*(?:与否|與否|かどうか)")
JUDGE_6 = lazyre.compile(r"\bone\s+of\s*$")
JUDGE_7 = lazyre.compile(r"[\W_]+")
# (本 as 'this', not a measure word after a number, '千本开源电子书', nor the end of a word, '基本', '文本')
JUDGE_CJK_1 = lazyre.compile(r"(?:我们|我們|我(?=的)|(?<![一二两兩三四五六七八九十百千万萬几幾每这這那整多数數\d基根成版日资資剧劇样樣文课課脚腳副标標读讀蓝藍原])本|私たち|当社|弊社)(?:的|の)?(?:全新的?|新的?|自研的?|最新的?|首个|首個|另一个|另一個|"
                             r"另外的?|其他的?|其它的?)?\s*$")  # ('我们的另一个开源项目': a sibling, the author's own)
JUDGE_CJK_10 = lazyre.compile(r"(?:成为|成為|是|打造|推出|发布|發布|开发|開發)[^，。]{0,16}$")
JUDGE_CJK_11 = lazyre.compile(r"\s*(?:版|化版)")
JUDGE_CJK_12 = lazyre.compile(r"在|所有|全部|各类|主流")
JUDGE_CJK_13 = lazyre.compile(r"(?:本仓库|本倉庫|本项目|本項目|このリポジトリ|これら|我们|我們|私たち)")
JUDGE_CJK_14 = lazyre.compile(r"依照|遵循|遵守|采用|採用|使用|基于|基於|下で|に従|の下|依据|依據|根据|根據")
JUDGE_CJK_15 = lazyre.compile(r"(?:本仓库|本倉庫|本项目|本項目|我们|我們)")
_CJK_THIS_TIME = r"(?:此次|本次|这次|這次)"
# a parenthesis right after a name: its abbreviation or its reading ('Open Design(OD)', 'Otomo-e（おとも絵）')
CJK_NAME_ALIAS = lazyre.compile(r"\s*[(（][^()（），。,]{1,24}[)）]")
# what may stand right before a release told without a subject ('，开源…', '已开源', '此次开源' this time's release)
JUDGE_CJK_16 = lazyre.compile(r"(?:^|[，,：:、；;]|并|並|和|及|已|已经|已經|正式|首次|宣布|全面|全部|均|都|陆续|陸續|也|还|還|当前|當前|目前|现已|現已|"
                              r"最新|近日|日前|" + _CJK_THIS_TIME + r")\s*$")
# this time, this occasion: what follows is the present release ('此次开源主要为…')
CJK_THIS_TIME_BEFORE = lazyre.compile(_CJK_THIS_TIME + r"\s*$")
JUDGE_CJK_17 = lazyre.compile(r"(?:其他|他の)")
# what separates the phrase from a name after it: punctuation, 'on the basis of', and the start of a predicate
# ('开源仓库已经对 OWN 模型深度支持': the repositories already support OWN)
JUDGE_CJK_19 = lazyre.compile(r"[，。、,；：:]|(?:的基础|的基礎|基础上|基礎上)|已经|已經|对|對")
JUDGE_CJK_2 = lazyre.compile(r"(?:其他|其它|更多|众多|眾多|各类|各類|各种|各種|主流|一些|一系列|许多|許多|很多|大量|诸多|满满的|滿滿的|現有|现有|已有|所有|其余|以下|如下|下列|他の|"
                                   r"多个|多個|若干|数个|數個|几个|幾個|"
                                   r"大多数|大多數|大部分|多数|多數|相关|相關|各个|各個|常见|常見|流行|热门|熱門|"
                                   r"多くの|ほとんどの|主要な|様々な|既存の|"
                                   # Korean: various, several, many, other, existing, main, all, some, the following
                                   r"다양한|여러|많은|다른|기존|주요|모든|일부|수많은|대부분의|다음|"
                                   # a count of two or more with its counter ('6つの実際の…リポジトリ', '6개의', '12 个'):
                                   # so many things of a kind ('一个开源项目', one, is the thing described)
                                   r"(?<![\d.])(?:[2-9]|\d{2,})\s*(?:つの|個の|件の|本の|개의|가지|个|個|款|种|種))[^，。]{0,6}$")
# a quantifier right after 开源的 ('开源的各类…模型', the various open-source … models): things of a kind
CJK_QUANTIFIER_AFTER = lazyre.compile(r"的(?:各类|各類|各种|各種|众多|眾多|一些|许多|許多|很多|大量|诸多|諸多|多个|多個|若干|其他|其它|"
                                      r"主流|现有|現有)")
JUDGE_CJK_3 = lazyre.compile(r"\s*(?:的|、|の|版|化版|模型|大模型|项目|項目|仓库|倉庫|社区|社區|工具|框架|" + CJK_SOFTWARE + r"|数据|數據|协议|協議|"
                                    r"许可|許可|版本|生态|生態|界|精神|运动|方案|库|庫|社群|权重|權重|语言|語言|基座|中文|"
                                    r"llm|model|モデル|ライセンス|コミュニティ|プロジェクト|ソフト|tts|ai|[a-z]+\s?モデル|"
                                    r"[a-z]{2,}(?:\s|$)|[ァ-ヶー]{2,}|"
                                    # Japanese nouns in kanji ('オープンソース実装'; not 化, which makes a verb) and a
                                    # Korean word after a space ('오픈소스 소프트웨어'; a particle is written attached:
                                    # '오픈소스로', '오픈소스입니다')
                                    r"実装|製品|言語|界|活動|精神|運動|\s[가-힣])")
JUDGE_CJK_4 = lazyre.compile(r"\s*(?:的)?\s*(?:社区|社區|社群|界|生态|生態|精神|运动|コミュニティ)")
# the phrase as the topic of a definition of an idea ('开源，是一种互联网精神')
CJK_IDEA_DEFINED = lazyre.compile(r"\s*[，,]?\s*(?:就|也|其实|其實)?\s*是一(?:种|種)[^，。,]{0,16}?(?:精神|文化|理念|态度|態度|运动|運動|"
                                  r"哲学|哲學|思想|信仰|方式|途径|途徑|力量)")
JUDGE_CJK_5 = lazyre.compile(r"(?:闭源|閉源|专有|專有|プロプライエタリ)(?:和|与|與|及|、|および)\s*$")
JUDGE_CJK_7 = lazyre.compile(r"(?:协议|協議)\s*$")
JUDGE_CJK_8 = lazyre.compile(r"\W*(?:首个|首個|第一个|第一個|最大的|最强的|最強的|全新的?)")
JUDGE_CJK_9 = lazyre.compile(r"(?:首个|首個|最大|最强|最強|第一个|第一個)的?\s*$")
# (the verb's object may stand between: 'we … provide them under a true open source license', 'release parts of the
# code under …')
LICENSE_CLAIM_1 = lazyre.compile(r"(?:releas\w*|licen[cs]\w*|distribut\w*|available|publish\w*|provid\w*|open[\s-]?sourc\w*|"
                            r"shar\w*|offer\w*)\s+(?:\w+\s+){0,5}under|complian\w*\s+with|follow\w*|governed\s+by|"
                            # (what something is, under a licence: 'This is free software under the GPL v3 open source
                            # license')
                            r"\b(?:is|are)\s+(?:[\w\-]+\s+){0,3}?under|"
                            r"subject\s+to|in\s+accordance\s+with|adher\w*\s+to|abid\w*\s+by|"
                            # (a licence chosen or taken: 'We selected AGPL-3.0 as the open-source license', 'Wren
                            # transitioned to dual MIT/Apache 2.0 open source licensing', 'Wren uses the MIT licence')
                            r"(?:select|chose|choos|adopt|pick)\w*\s+(?:\S+\s+){0,3}?as|"
                            # (with the licence right after it, the phrase a few words on: 'The software used to
                            # train the model must …' uses nothing of a licence)
                            r"(?:(?:transition|switch|mov|migrat|chang|convert)\w*\s+to|relicens\w*|adopt\w*|us(?:es|ed)\b)"
                            r"(?=\s+(?:\S+\s+){0,5}$)")
# the licence noun after the phrase in the plural ('open-source licenses'), or the terms of licences ('open source
# license terms', 'licensing terms'): several licences, not the one of a release
LICENCE_PLURAL_AFTER = lazyre.compile(r"[\s\-]*(?:licen[cs]es|(?:licensing|licen[cs]e)\s+(?:terms|conditions|obligations))\b")
# a lead-in of a list of wishes ('Here are some helps we felt needed:', 'Help wanted:', 'We would love to see:')
WISH_LEAD_IN = lazyre.compile(r"\b(?:(?:felt|are|is)\s+needed|we\s+need|help\s+wanted|wish\s*list|would\s+(?:like|love)\s+to\s+"
                              r"(?:see|have|add)|looking\s+for\s+(?:help|contributors|contributions))\b")
# an apposition whose modifiers are coordinated, the phrase the last of them ('X, the first developed and open-sourced')
COORDINATED_APPOSITION = lazyre.compile(r",\s*(?:the|a|an)\s+(?:[\w\-]+\s+){0,5}(?:and|or|&)\s+$")
# a relative or conditional clause whose copula predicates the phrase of its own subject ('… where all licenses are ')
SUBORDINATE_PREDICATE = lazyre.compile(r"\b(?:where|whose|which|if|when|whether|unless|because)\s+(?:[^\s,;:]+\s+){1,10}?"
                                       r"(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?$")
# verbs of a list or a study of others' work, as CJK_CURATES: 'we collect', 'our index lists', 'we evaluate'
CURATES = lazyre.compile(r"\b(?:collect|curat|lists?\b|listed|track|catalog|index(?:es|ed)?\b|aggregat|gather|survey|review|"
                         r"evaluat|benchmark|compar|analy[sz]|stud(?:y|ies|ied)\b|explor)\w*")
# a topic particle right after the phrase, no noun between ('オープンソースは、…', '오픈소스는 …'): the phrase alone as topic
# (in Chinese, the idea set against another, a relation right after it: '开源 ≠ 白嫖', '开源不等于免费', '开源并非…')
CJK_BARE_TOPIC = lazyre.compile(r"(?:は|こそ|とは|은|는|이란|란)[、,，\s]|\s*(?:≠|!=|不等于|不等於|(?:并|並)?不是|(?:并|並)非|意味着|意味著)")
# the greeting a README opens its project with ('Welcome to …', 'Welcome to the … repository of')
WELCOME_TO = lazyre.compile(r"[\W_]*welcome\s+to(?:\s+the)?(?:(?:\s+[\w\-]+){0,3}?\s+(?:repository|repo|home|documentation|docs)"
                            r"\s+(?:of|for))?[\W_]*")
LICENSE_CLAIM_2 = lazyre.compile(r"\W*(?:it|they|this|these|both|all)\b")
# (the release by its noun: 'The entire project is released under open source licenses')
LICENSE_CLAIM_3 = lazyre.compile(r"\bthe\s+(?:\w+\s+){0,3}(?:code|models?|weights|source\s+code|checkpoints|project|software|"
                                 r"repository|repo|codebase|library|framework|toolkit|firmware|datasets?)\b")
MIXED_1 = lazyre.compile(r"(?:code|codes|scripts|代码|代碼)\s*(?:and|&|与|和|及|與|,)\s*(?:the\s+)?(?:\w+\s+|[^\x00-\x7f]{1,4})?"
                r"(?:weights?|checkpoints?|模型|权重|權重)"
                r"|(?:weights?|checkpoints?|模型权重|权重|權重)\s*(?:and|&|与|和|及|與|,)\s*(?:the\s+)?"
                r"(?:\w+\s+|[^\x00-\x7f]{1,4})?(?:code|codes|scripts|代码|代碼)")
NAME_TARGET_1 = lazyre.compile(r"\b\d+(?:\.\d+)?\s?[bm]\b|-(?:chat|instruct|base)\b|\bmodels?\b|\bllms?\b|video|image|speech|"
                     r"text-to|generation|视频|視頻|图像|圖像|图生|語音|语音|模型|モデル")
# a name with a parameter count or a model variant after a hyphen: 'yi-9b', 'hunyuan-a52b-pretrain', 'wren-instruct'
# ('-chat' also names applications: 'DeepSpeed-Chat')
SIZED_NAME = lazyre.compile(r"\b[a-z][\w.]*(?:-[\w.]+)*-a?\d+(?:\.\d+)?[bm]\b|\b[a-z][\w.]*(?:-[\w.]+)*-(?:instruct|base|"
                            r"pretrain)\b")
# ('un-' is a prefix only with its hyphen: 'un logiciel libre', 'un software libre' hold an article)
NEGATION_1 = lazyre.compile(r"(?:^|[\s(])(non|no|sin|ni|ohne|un(?=[\-‐‑]))[\s\-‐‑]*$")
NEGATION_2 = lazyre.compile(r"\b(?:use|uses|using|used|need|needs|require|requires|support|supports|build|"
                             r"rely|contain|contains|include|includes|have|has|offer|offers)\b")
# a preposition between a negator and the phrase: the negation is of the predicate before it ('not available in
# the open-source SDK'); 'under' and 'as' are left out, they say how something is released ('not released under
# an open-source licence', 'not available as open source')
NEGATION_3 = lazyre.compile(r"\b(?:in|into|from|with|for|to|on|at|by|of|within)\b")
NP_LEFT_1 = lazyre.compile(r"(?:'s|’s|s'|s’)$")
# the rest of a coordination whose last noun heads both ('… computer vision and robotics communities'), to its end
SHARED_HEAD_AFTER = lazyre.compile(r"\s*(?:and|or|&)\s+(?:[\w\-]+\s+){0,2}?([\w\-]+)(?=\s*(?:[.,;:!?)]|$))")
NP_OWN_1 = lazyre.compile(r"[,;:.!?]")
# an adverb in -ly and the word it modifies, a verb ('consistently enhances'), between a name and the phrase; a degree
# right before the phrase ('OWN fully open-source models') modifies the adjective
ADVERB_BEFORE_VERB = lazyre.compile(r"\b[a-z]+ly\s+[a-z]+s\b")
NP_OWN_2 = lazyre.compile(r"[,;:.!?+&/—–]|\s-\s|\b(?:and|or|of|for|with|by|from|than|like|to|in|on|"
                                                    # (a verb of its own: '— despite being … open-source — had zero
                                                    # OWN coverage')
                                                    r"is|are|was|were|has|have|had|"
                                                    r"which|that|using|used|based|built|powered|"
                                                    r"accelerat\w*|support\w*|around|upon|via|"
                                                    # (the other prepositions, and a modal or a verb of use: 'open-source
                                                    # models inside OWN Chat', 'open source apps can use the OWN SDK')
                                                    r"inside|within|into|onto|under|over|through|across|at|about|"
                                                    r"without|behind|beyond|between|among|can|could|will|would|"
                                                    r"should|may|might|must|use|uses|"
                                                    # (Romance participles of use: 'forge open source utilisée par OWN')
                                                    r"utilis\w*|utiliz\w*|utilizz\w*|usad[oa]s?|usat[oaie])\b")
# the copula after a sentence's subject ('OWN (i.e., "Wren Med") is a model …')
SUBJECT_COPULA = lazyre.compile(r"\s(?:is|are|was|were)\s")
# one-word subjects that point at something else or at the author: no name of their own ('This is …', 'We are …')
PRONOUN_SUBJECT_OPENERS = frozenset({"this", "these", "that", "it", "they", "we", "i", "here", "there", "which", "what",
                                     "who"})
# the head of the noun phrase and 'of' before an own name: 'the open-source nature of OWN', '... version of OWN'
HEAD_OF = lazyre.compile(r"\s*[\w\-]+\s+of\s+(?:the\s+)?$")
# the parts of a release and 'for' before an own name: 'open weights for every OWN checkpoint', 'open-weight
# checkpoints for OWN-1B and OWN-7B' (what 'for' names owns them; 'open-source plugins for OWN' may be anyone's)
PARTS_FOR = lazyre.compile(r"\s*(?P<part>(?:model\s+)?(?:weights|checkpoints?|parameters|code|source\s+code|data)\s+)?for\s+"
                           r"(?:the\s+|every\s+|each\s+|all\s+)?$")
# ('!' and '?' inside a word are a name's letters: 'Easy!Appointments')
NP_START_1 = lazyre.compile(r"[;:。；：！？(]|[!?](?!\w)|,|\s-\s|—|–|^\W*(?:[-*+•]|\d+[.)])\s")
NP_START_2 = lazyre.compile(r"[^\s]+")
# a list item that opens with a name, a remark in brackets and a separator ('* **Docker** (Docker Inc.) - The container
# engine itself …'): what the item goes on to describe is that name's
ITEM_NAME_LABEL = lazyre.compile(r"\W*(?:[-*+•]\s+)?[*_`\[]*([\w.\-]+(?:\s+[\w.\-]+){0,2})[*_`\]]*\s*(?:\([^()]{1,40}\)\s*)?"
                                 r"(?::|\s[-–—]\s)")
OWNER_1 = lazyre.compile(r"\W*(?:[-*+•]\s+)?\W*([\w\- ]{2,40}?)\s*:(?:\s|(?=[a-z]))")
# the subject or marker of the phrase as a verb, an adverb between ('we fully open-source the models')
OWNER_10 = lazyre.compile(r"(?:^|\s)(?:we|to|and|i|they|also|now|just|finally|officially)\s+(?:(?:\w+ly|first|then)\s+)?$")
# the phrase inside an HTML table's header cell: '<th rowspan="2">Open Source</th>'
HTML_HEADER_CELL_LEFT = lazyre.compile(r"<th\b[^<>]*>[^<>]{0,30}$")
# what separates the pieces of a page title ('Wren - 开源推荐', 'Docs | Open-source Plan', 'Wren: Roadmap')
TITLE_SEPARATOR = lazyre.compile(r"\s+[-–—|]\s+|[:：]\s*")
# nothing, or 'the following are', before a clause's verb ('以下是采用了 OWN 的开源项目')
CJK_DEICTIC_FRAME = lazyre.compile(r"(?:(?:以下|下面|如下|这些|這些)\s*(?:是|为|為)?)?")
# a preposition of purpose before coordinated names ('面向 macOS 和 Windows 的开源工具': a tool for them)
CJK_FOR_BEFORE = lazyre.compile(r"(?:面向|面對|适用于|適用於|针对|針對|为|為)\s*$")
# this (本, 此) right after the phrase: the object released is the own artifact ('此番开源本 SDK')
CJK_THIS_AFTER = lazyre.compile(r"\s*了?\s*(?:本(?!身|来|來|质|質|地)|此(?!前|外|时|時|后|後|处|處))(?=[\w])")
# a title in Chinese title marks ('《…的实践与开源》'): a cited book or article
CJK_TITLE_MARKS_OPEN = lazyre.compile(r"《[^》]*$")
# a label of one value that follows it ('开源地址：', 'Source code:'), not of a list
# a one-word qualifier after a dash at the end of a label ('Open Source - General')
LABEL_QUALIFIER = lazyre.compile(r"\s+[-–—]\s+\w+$")
VALUE_LABEL = lazyre.compile(r"(?:地址|(?<!友情)链接|(?<!友情)鏈接|网址|網址|address|url|link|repo|repository)$", re.I)
# the licences of others' parts: '第三方', '三方组件', '其依赖的…'
# (所用模型: the model the project uses; 对应/相应/各自, the respective ones, as 'their respective licences')
CJK_OTHERS_PARTS = lazyre.compile(r"第?三方|依赖的|依賴的|所用|所使用|出品的|对应|對應|相应|相應|各自")
# what makes 将 mark the object (the BA construction) rather than the future: 'only', 'currently' right before it
CJK_BA_BEFORE = lazyre.compile(r"(?:仅|僅|只|目前|当前|當前|现在|現在|现已|現已)\s*$")
# what stands between a future 将 and its verb: an adverb of time or manner, a place or a recipient ('将于下月开源',
# '将尽快开源', '将在论文接收后开源', '将向社区开源'); anything else between them is 将's object ('将研究结果开源出来')
CJK_FUTURE_GAP = lazyre.compile(r"于|於|在|会|會|陆续|陸續|逐步|正式|全面|完全|全部|尽快|盡快|很快|近期|进一步|進一步|继续|繼續|"
                                r"持续|持續|部分|同步|开始|開始|择期|擇期|适时|適時|首次|后续|後續|不|以|免费|免費|永久|一并|一併|"
                                r"一起|统一|統一|稍后|稍後|随后|隨後|马上|馬上|立即|对外|對外|向|陆|陸|分批|全|定期")
# an HTML table cell and its content; an HTML tag
HTML_CELL = lazyre.compile(r"<t[dh]\b[^<>]*>(.*?)</t[dh]\s*>", re.S | re.I)
HTML_TAG = lazyre.compile(r"<[^<>]*>")
# 'a family of …' before the phrase: the article that opens the collection's noun phrase
COLLECTION_ARTICLE = lazyre.compile(r"\b(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+\s+of\s+(?:[\w\-]+,?\s+){0,6}$")
# 'easy to use' and its kin: an adjective before a noun phrase, not a verb of use
# ('easy to deploy', '方便使用', '开箱即用': an adjective of the described product; nothing is used)
EASY_TO_USE = lazyre.compile(r"\b(?:easy|easier|simple|simpler|ready|fun|intuitive|straightforward|convenient|quick)"
                             r"[\s-]+to[\s-]+(?:use|deploy|install|integrate|extend|run|host|self-host|adopt|embed|"
                             r"set[\s-]+up)\b|(?:方便|易于|易於|便于|便於|简单易|簡單易|开箱即|開箱即|易|好)(?:使用|用)")
# a previous sentence that names third parties: 'these …' after it points at them
THIRD_PARTY_ANTECEDENT = lazyre.compile(r"\bthird[- ]part(?:y|ies)\b")
OWNER_11 = lazyre.compile(r",\s*$")
# a subject pronoun right before 'open-source': the word can only be the verb ('we open-source intermediate ...')
SUBJECT_PRONOUN_BEFORE = lazyre.compile(r"(?:^|\s)(?:we|i|they)\s+$")
# the object right after the phrase as a verb ('open-source the code', 'open-source it')
OWNER_12 = lazyre.compile(r"\s*(?:the|our|a|an|all|both|this|these|its|their|several|two|three|four|five|six|it|them|everything|"
                          r"\w+[\-\d]\w*)\b")
OWNER_13 = lazyre.compile(r"\s*\**[A-Z]")
OWNER_14 = lazyre.compile(r"\b(?:is|are|was|were|has|have|had)\b")
# the reader as who does something; 'brought to you by', 'made for you' make the reader a recipient only
OWNER_2 = lazyre.compile(r"(?<!\bto )(?<!\bfor )\b(?:you|you're|you’re)\b")
# a verb of giving right before 'you': the reader receives what follows ('to provide you with a free, open source
# alternative'), which is the giver's
GIVES_THE_READER = lazyre.compile(r"\b(?:provides?|providing|provided|gives?|giving|offers?|offering|brings?|bringing|"
                                  r"delivers?|delivering|grants?|granting)\s+$")
# the reader making the noun phrase right after ('lets you build open-source apps', 'helps you to create an …')
READER_MAKES = lazyre.compile(r"\byou\s+(?:to\s+)?(?:easily\s+|quickly\s+)?(?:build|create|make|develop|write|ship|design|"
                              r"launch)\s+(?:your\s+own\s+|an?\s+|\w+\s+)?$")
# a purpose clause of what users do, and what they do it with ('so that users can evaluate models with an open-source
# judge'): the instrument is theirs to pick, no release
USERS_DO_WITH = lazyre.compile(r"\bso\s+(?:that\s+)?(?:users|you|developers|people|researchers|anyone)\s+(?:can|could|may)\s+"
                               r"[^,;.]{1,60}?\b(?:with|using|via)\s+(?:an?\s+|any\s+)$")
# a project of the reader's in general, named by what a guide or tool helps with ('detailed steps for creating a new
# open-source project', 'a guide to managing an open-source project', 'how to start your open source project')
READER_PROJECT = lazyre.compile(r"(?:\b(?:for|on|about|in|of|to)\s+(?:creat|start|launch|runn|manag|maintain|lead|grow|"
                                r"found|build)ing|\bhow\s+to\s+(?:create|start|launch|run|manage|maintain|lead|grow|found|"
                                r"build))(?:\s+up)?\s+(?:a|an|your)\s+(?:(?:new|successful|healthy|own|first)\s+)?$")
OWNER_3 = lazyre.compile(r"\b(?:train\w*|build\w*|develop\w*|creat\w*|releas\w*)\s+(?:and|&|or)\s+\w*\s*$")
OWNER_4 = lazyre.compile(r"ing$")
# a leading 'as a(n) …' or 'being …' phrase predicates the main clause's subject ('Being open source, OWN can …')
# (Spanish, Portuguese, Italian, French and German too: 'Como um projeto gratuito e de código aberto, OWN …')
OWNER_5 = lazyre.compile(r"\W*(?:(?:of\s+course|also|and|but|so|yet|however|still|thus|hence)\s*,?\s*)?(?:as\s+(?:an?|the)\s|being\s+(?:(?:an?|the)\s+)?"
                         r"|como\s+(?:un[ao]?|uma?)\s|come\s+(?:un[oa]?\s|un['’])|en\s+tant\s+que\s|als\s+(?:ein\w*\s)?"
                         r"|будучи\s|являясь\s)")
OWNER_6 = lazyre.compile(r"[^,]*,\s*(?:we|our|i)\b")
OWNER_7 = lazyre.compile(r"\s*:\s*\S")
RELATIVE_PRONOUN = lazyre.compile(r"\b(?:that|which|who|whom|whose)\b")
OWNER_8 = lazyre.compile(r"\b(?:is|are|am|be|been|'re|’re)\b")
# what may open a subjectless release ('- Released ...', '(d) Fully open-sourced ...'): a list or enumeration
# marker and an adverb
OWNER_9 = lazyre.compile(r"\W*(?:[-*+•]|\(?(?:\d{1,2}|[a-z])[.)])?\W*"
                         r"(?:" + _RELEASE_ADVERBS + r"\s+)?$")
# examples that follow a noun phrase ('open-source LLMs like Kestrel and Finch'): what the phrase describes
EXAMPLES_AFTER = lazyre.compile(r",?\s*\(?(?:like|such as|including|e\.g\.,?|for example,?)\s+")
# the agent of a passive release ('open-sourced by Kestrel Labs'): someone else released it
RELEASED_BY = lazyre.compile(r"\s+by\b")
# a verb of contributing right before a noun phrase ('contributing to the open source library')
CONTRIBUTE_TO = lazyre.compile(r"\bcontribut\w*\s+(?:to|towards)\s+$")
# the reader sent to a thing, right before its noun phrase ('you can find | the …', 'you can star | the …')
READER_FINDS = lazyre.compile(r"\byou\s+(?:can\s+|may\s+|will\s+)?(?:also\s+)?(?:find|see|get|download|browse|explore|"
                              r"access|visit|star|fork|clone|check\s+out|"
                              # (and what the reader examines: 'You can audit the open-source code')
                              r"audit|inspect|review|read|verify|examine|study)\s+$")
# the rest of an organisation's name that the phrase, capitalised, opens ('the Open Source Security Foundation', 'the
# Open Source Hardware Association', 'Open Source Robotics Foundation'): matched on the text as written
ORGANISATION_NAME_REST = lazyre.compile(
    r"(?:[\s-]+[A-Z][\w&-]*){0,3}[\s-]+(?:Foundation|Initiative|Alliance|Consortium|Society|Institute|Council|"
    r"Association|Federation|Collective|Network|Summit|Conference|Awards?)\b")
# an indefinite article or a possessive before a phrase, at most two adjectives between ('an open-source
# initiative', 'our solid open-source foundation'), which a name never takes
COMMON_NOUN_BEFORE = lazyre.compile(r"\b(?:a|an|our|my|their|its|your)\s+(?:[a-z]+\s+){0,2}$")
# a second predicate of the clause's subject ('… runs on your server and is open source')
# ('… generates function calls, allowing it to serve as an open-source alternative': a participle clause that gives
# the subject its own predicate)
SECOND_PREDICATE = lazyre.compile(r"\b(?:and|but)\s+(?:is|are|was|were|remains|remain|stays|stay)\b|"
                                  r",\s*(?:allowing|enabling|letting|making)\s+(?:it|them)\s+(?:to\s+)?"
                                  r"(?:be|become|serve\s+as|act\s+as|function\s+as|stand\s+as)\b")
# a copyright notice and its holder ('Copyright (C) 2014-2022 HOLDER <…>', '© 2024 HOLDER, …')
COPYRIGHT_HOLDER = lazyre.compile(r"\W*(?:copyright\s*(?:\(c\)|©)?|©)\s*(?:\d{4}(?:\s*[-–]\s*(?:\d{4}|present))?[\s,]*)*"
                                  r"([^,<(\n]*)")
# an image's text that ends by naming a picture ('… screenshots', '… logo')
PICTURE_NOUN_END = lazyre.compile(r"\b(?:screenshots?|logo|banner|diagram|image|picture|preview|gif|icon|demo\s+video)\W*$")
# the licences of others right before the phrase ('under their own respective open-source licenses')
OTHERS_LICENSES_BEFORE = lazyre.compile(r"\b(?:their|respective)\s+(?:own\s+)?(?:respective\s+)?$")
# a noun right after a participle, in the same phrase (no comma, no clause mark)
ATTRIBUTIVE_NEXT = lazyre.compile(r" [\s*_`\[]*\w")
# the predicate of a statement after a plural noun phrase (an aside in brackets between them), unless it says the things
# are available or released ('… (LLMs) have achieved great success', not '… are now available')
STATEMENT_AFTER_HEAD = lazyre.compile(
    r"(?:\s*\([^()]{0,40}\))?\s+(?:\w+ly\s+)?(?:have|has|had|are|were|can|could|will|would|should|may|might|must|do|"
    r"does|did|achieved?|show(?:s|ed)?|demonstrated?|remain|struggled?|lag|lagged|perform(?:ed)?)\b"
    r"(?!\s+(?:(?:now|also|been|be|finally|officially|publicly)\s+)*(?:available|released|out|here|published|"
    r"accessible|hosted|uploaded|open|free|licensed|downloadable)\b)")
# what stands between a verb of use and a participle of the noun phrase it takes: nothing, or a first conjunct and
# 'or'/'and' ('using | gpt-4o (openai) or | open-sourced models'), a few words at most
CONJUNCT_GAP = lazyre.compile(r"\s*(?:[^\s,;:.]+(?:\s+\([^()]{0,20}\))?\s*,?\s+(?:or|and|&)\s+)?")
# a verb coordinated before the phrase after a plan word ('will continuously update and | open-source')
# ('will standardize and fully open source': an adverb of the second verb may follow the conjunction)
COORDINATED_VERB_GAP = lazyre.compile(r"(?:\s+\w+ly)*\s+[a-z]+\s+(?:and|&)(?:\s+\w+ly)*\s*$")
PLAN_1 = lazyre.compile(r"sourc(?:ed|ing|es)$|releas\w*$")
# an example of a class, after the plural that names it ('open-source projects like OWN')
EXAMPLES_AFTER = lazyre.compile(r"\s*,?\s+(?:like|such\s+as|including|e\.g\.,?)\s+[*_`]*")
# a remark in brackets right after a noun phrase ('open-source models (Ollama, vLLM)')
PAREN_AFTER_HEAD = lazyre.compile(r"\s*[(（\[]")
# the noun of a release right after the phrase ('open-source release', 'open-weight launch')
RELEASE_NOUN_AFTER = lazyre.compile(r"[\s\-]+(?:releases?|launch|availability)\b")
SOON_AFTER = lazyre.compile(r"\s*[(\[]\s*(?:coming\s+soon|soon|tbd|planned|wip|work\s+in\s+progress|in\s+progress)\b")
PLAN_2 = lazyre.compile(r"\b(?:be|been|is|are|was|were)\s+(?:\w+ly\s+)?$")
PLAN_3 = lazyre.compile(r"(?:aremos|eremos|iremos|arán|erán|irán|erons|irons|eront|"
                                                       r"iront|werden|wird)$")
PLAN_4 = lazyre.compile(r"[了已过過]|した")
# 'for ever', 'always', 'continue to' after the future 将/会 ('将永久开源', '会一直开源'): said of now, and promised on
CJK_PERMANENT_AFTER = lazyre.compile(r"\s*(?:永久|永远|永遠|一直|始终|始終|持续|持續|继续|繼續)")
# a to-do label before the phrase ('（TODO：更新一个服务并开源）', '- TODO: open-source the training code'): planned
PLAN_LABEL = lazyre.compile(r"(?<![a-z])(?:todo|to-do|tbd)\s*[:：]")
# 'or not' closing an alternative ('whether you donate or not, …'): it negates nothing after it
OR_NOT = lazyre.compile(r"\bor\s+not\s*[,;:)]")
# 'as a(n) …' right before the phrase, and the three words after its noun, where the first person may stand ('as a
# small open source project we'; 'Als Open Source-Projekt arbeiten wir', the subject after the verb in German)
AS_A_BEFORE = lazyre.compile(r"\bas\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}$")
WORDS_AFTER_NOUN = lazyre.compile(r"[\s\-]*[\w\-]+(?:,?\s+([\w\-]+))?(?:,?\s+([\w\-]+))?(?:,?\s+([\w\-]+))?")
# a contrastive conjunction after a clause break ('…, but …', '; however')
CONTRAST_BREAK = lazyre.compile(r"[,;]\s*(?:but|however|yet)\b")
# a copula right before a noun phrase ('OWN is your …')
COPULA_END = lazyre.compile(r"\b(?:is|are|was|were)\s+$")
# 'and' or '&' right before the last conjunct of a coordinated subject
CONJUNCT_BEFORE = lazyre.compile(r"\s+(?:and|&)\s*$")
# (the copula before it is no part of the subject: 'X and Y are available as both open-source software and …')
PREDICATE_1 = lazyre.compile(r"\b(?:(?:is|are|was|were|be|been)\s+)?"
                             r"(?:\w+ly\s+)?(?:released|published|distributed|licensed|made\s+available|available|shared|"
                             r"offered)\s+(?:by\s+(?P<by>[\w.\-]+(?:\s+[\w.\-]+){0,2}?)\s+(?:in\s+\d{4}\s+)?)?"
                             r"as\s+(?:an?\s+|the\s+)?(?:[\w\-\[]+\s+){0,2}\[?$")
PREDICATE_2 = lazyre.compile(r"\b(?:but|and)\s+(?:\w+ly\s+|now\s+|also\s+)*$")
PRONOUN_1 = lazyre.compile(r"\b(?:by|from)\s+(?:the\s+)?\[?\*{0,2}([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})")
# the words up to the next clause mark (at most 40 characters): a maker's whole name ('the Products Pillar of AI
# Singapore')
CLAUSE_PIECE = lazyre.compile(r"[^,;.()]{0,40}")
PRONOUN_2 = lazyre.compile(r"^\W*(?:[-*+•]\s+)?")
PRONOUN_3 = lazyre.compile(r"(?:we|i)\s+(?:\w+\s+){0,2}?")
PRONOUN_4 = lazyre.compile(r"(?:we|our|this|these|it|they|its|their)\b")
PRONOUN_5 = lazyre.compile(r"(?:我们|我們|本|私たち)")
# a pronoun as the object of a verb ('use it offline'): it names nothing new
PRONOUN_OBJECT = lazyre.compile(r"\s+(?:it|them)\b")
PRONOUN_6 = lazyre.compile(r"the\s+([a-z]+)\s+(?:is|are|was|were|can|will|have|has|may|must|should|do|does)\b")
SENTENCE_SUBJECT_1 = lazyre.compile(r"[^\w\[]*(?:\[?\d{4}[./\-]\d{1,2}(?:[./\-]\d{1,2})?\]?[^\w\[]*)?(?:\[[x ]\]\s*)?[^\w\[]*")
LIST_ITEM_LABEL = lazyre.compile(r"[\w\- ]{2,40}?\s*:\s+")
SENTENCE_SUBJECT_2 = lazyre.compile(r"(?:unlike|in|on|at|for|to|with|after|before|since|today|additionally|also|moreover|"
                       r"furthermore|besides|"
                       r"however|as|by|from|through|now|finally|recently|currently|like|due\s+to|because\s+of|"
                       r"despite|given|"
                       # a fronted participle of provenance ('Built upon Kestrel, OWN …'): it modifies the subject after it
                       r"(?:built|based|inspired|powered|derived|trained|fine-tuned|finetuned)\s+(?:up)?(?:on|by|from)|"
                       # a fronted present participle with its object ('Responding to this shift, OWN offers …')
                       r"[a-z]{3,}ing\s+(?:to|on|upon|with|at|from|for|in)\b(?!\s+(?:the\s+)?open))\b"
                       # an enumeration inside it ('Unlike apps such as A, B, and C, OWN ...') is part of it
                       r"(?:[^,;:]{0,60}?\bsuch\s+as\s+[^,;:]{1,30}(?:,\s*(?:and\s+|or\s+)?[^,;:]{1,30}){1,5}|[^,;:]{0,60})"
                       r",\s*")
# openers of SENTENCE_SUBJECT_2 that are adverbs (no object): 'Also, X' may still be an appositive's anchor
SENTENCE_ADVERBS = frozenset(["today", "additionally", "also", "moreover", "furthermore", "besides", "however", "now",
                              "finally", "recently", "currently",
                              # (discourse phrases of several words: 'Best of all, the weights and code are …')
                              "best of all", "above all", "most importantly", "more importantly", "in addition",
                              "on top of that", "in short", "in summary", "in fact", "as a result", "in particular"])
SENTENCE_SUBJECT_3 = lazyre.compile(r"(?:ed|ing)$")
SENTENCE_SUBJECT_4 = lazyre.compile(r"(?:we|our)\b")
SENTENCE_SUBJECT_5 = lazyre.compile(r"(?:it|they|its|their)\b")
SENTENCE_SUBJECT_6 = lazyre.compile(r"\b(?:using|used|based\s+on|built\s+(?:on|upon)|fine-?tuned\s+(?:on|from)|such\s+as|like)\b")
STRENGTH_1 = lazyre.compile(r"\b(?:most|part|parts|some|portions?|much)\s+of\b[^.;]{0,40}$")
STRENGTH_2 = lazyre.compile(r"\b(?:fully|truly|completely|entirely|totally|100\s?%|wholly|completamente|totalmente|"
                         r"enteramente|entièrement|complètement|totalement|vollständig|komplett|völlig|volledig)\b"
                         r"[\s\w\-]{0,12}$|完全に\s*$|完全な\s*$")
STRENGTH_3 = lazyre.compile(r"(?:完全|全面|全)$")
SUBJECT_SPAN_1 = lazyre.compile(r"(?:\b(?:has|have|had|will|would|can|could|should|may|might|must)\s+(?:\w+ly\s+|also\s+|now\s+|not\s+)*)$")
SUBJECT_SPAN_2 = lazyre.compile(r"\([^()]*\)")
# an indefinite article and a few modifiers right before a subject a comma cut off ('A large-scale, multimodal …')
INDEFINITE_BEFORE = lazyre.compile(r"(?:^|[\s*_])an?\s+(?:[\w\-]+,?\s*){0,3}$")
# 'all the' or 'all of the' before a definite subject ('all the data and models are …')
EVERY_ONE_OF = lazyre.compile(r"(?:all|both)\s+(?:of\s+)?(?=the\s)")
# an aside between dashes after the subject ('The entire pipeline — data processing and training code — is …')
DASH_ASIDE = lazyre.compile(r"\s[—–]\s[^—–]{1,80}?\s[—–](?=\s)")
SUBJECT_SPAN_3 = lazyre.compile(r"\[[^\[\]]*\]\([^()]*\)")
SUBJECT_SPAN_4 = lazyre.compile(r",?\s*\b(?:which|that|who)\s*$")
SUBJECT_SPAN_5 = lazyre.compile(r",\s*(?:including|such\s+as|e\.g\.|i\.e\.|like|especially|namely|notably)\b[^,]*,?\s*$")
# verbs of saying and knowing whose 'that' opens a clause with its own subject ('note that', 'keep in mind that
# Gemma is …'); after a noun, 'that' opens a relative clause inside the noun phrase ('the code that powers X')
SAYING_VERBS = frozenset({"mind", "note", "notes", "noting", "noted", "remember", "know", "knows", "aware", "say", "says",
                          "said", "believe", "believes", "ensure", "ensures", "ensured", "ensuring", "guarantee",
                          "guarantees", "guaranteed", "think", "thinks", "notice", "means", "mean", "meant", "recall",
                          "show", "shows", "showed", "states", "stated", "assured", "sure", "confident"})
_CLAUSE_WORDS = (r"\b(?:but|while|whereas|where|why|although|though|since|because|as|if|when|so|unlike|and\s+(?=we\b|it\b|"
                 r"they\b)|(?:" + "|".join(sorted(SAYING_VERBS)) + r")\s+that)\b|^\W*(?:[-*+•]|\d+[.)])\s")
# ... and that clause, its subject next ('This ensures that derivative works remain open source')
SAYING_THAT = lazyre.compile(r"\b(?:" + "|".join(sorted(SAYING_VERBS)) + r")\s+that\s+")
SUBJECT_SPAN_6 = lazyre.by_script(r"[;:。；：！？(\[\]]|[!?](?!\w)|,|\s-\s|—|–|" + _CLAUSE_WORDS,
                                  r"[;:(\[\]]|[!?](?!\w)|,|\s-\s|—|–|" + _CLAUSE_WORDS)
# intensifiers before a predicate adjective with no noun ('all open source', 'fully open source')
# what stands before the phrase in a heading that predicates it with a degree ('🔓 100% ', 'Fully ', 'Free and ')
DEGREE_HEADING = lazyre.compile(r"[^\w%]*(?:" + alt(en.STRONG_ADVERBS) + r"\s*|free\s+(?:and|&)\s+)")
INTENSIFIER_WORDS = frozenset({"all", "fully", "completely", "entirely", "totally", "truly", "100%", "100"})
# a metadata field written as a line of its own ('title: Open Source', 'head_image_alt: …'), as front matter holds them
METADATA_FIELD = lazyre.compile(r"\s*[a-z][a-z0-9]*(?:_[a-z0-9]+)*\s*:\s+")
# a comma and a clause of consequence or reason ('…, so you can modify it', '…, meaning anyone can audit it')
CONSEQUENCE_CLAUSE = lazyre.compile(r",\s*(?:so|so\s+that|which\s+means|meaning|allowing|letting|because|since)\b")
RELATIVE_AFTER_HEAD = lazyre.compile(r"\s*(?:that|which)\s")  # a relative clause right after the noun phrase's head
TAGLINE_2 = lazyre.compile(r"\s+(?:to|for)\s")
TAGLINE_3 = lazyre.compile(r"\s*[:/|]")
TAGLINE_4 = lazyre.compile(r"\b(?:from|by)\s+[A-Z]")
TAGLINE_5 = lazyre.compile(r"\b(?:alternative|version|implementation|port|clone|model)\b")
TARGET_1 = lazyre.compile(r"\b\d+(?:\.\d+)?\s?[bm]\b|-(?:chat|instruct|base)\b|模型|モデル|\bmodels?\b|\bllms?\b")
# what a noun phrase is for or made of: a model word after one of these is what the artifact handles
TARGET_PURPOSE = lazyre.compile(r"\b(?:for|with|to|on|from|by|using|via|of|that|which)\b")
TARGET_2 = lazyre.compile(r"[，。；,;：:]|\s{2,}")
TARGET_3 = lazyre.compile(r"\s*:\s")
TARGET_4 = lazyre.compile(r"\s*(?:许可|許可|协议|協議|ライセンス)")
TARGET_5 = lazyre.compile(r"\s*(?:一个|一個|一款|一种|一種|是)")
TARGET_6 = lazyre.compile(r"[,;:.!?()]|\b(?:and\s+(?:the|a|an|our)|which|that|to|for|on|in|with)\b")
TARGET_7 = lazyre.compile(r"\W*(?:it|they|these|this|its|their)\W*$")
TARGET_8 = lazyre.compile(r"[,;:]\s")
DET_FIRST = {"our", "my", "ours", "nuestro", "nuestra", "nuestros", "nuestras", "notre", "nos", "unser", "unsere",
              "unseren", "unserem", "unserer", "unseres", "nostro", "nostra", "nostri", "nostre"}
DET_THIS = {"this", "these", "este", "esta", "estos", "estas", "cet", "cette", "ces", "dieses", "diese",
             "dieser", "diesen", "questo", "questa", "questi", "queste"}
DET_PRONOUN = {"its", "their", "it's"}
DET_THE = {"the", "el", "la", "los", "las", "le", "les", "der", "die", "das", "den", "dem", "il", "lo", "gli"}
DET_A = {"a", "an", "un", "una", "une", "ein", "eine", "einen", "einem", "einer", "uno", "um", "uma", "een"}
DET_SECOND = {"your", "yours", "votre", "vos", "dein", "deine", "tu", "tus"}
DET_THIRD = {"other", "others", "another", "many", "most", "existing", "various", "several", "some", "any", "more",
              "mainstream", "popular", "leading", "established", "current", "available", "numerous", "countless",
              "famous", "notable", "prominent", "third-party", "external", "all", "both", "each", "every", "few",
              "certain", "such", "typical", "traditional", "conventional", "similar", "prior", "previous", "earlier",
              "competing", "favorite", "favourite", "otros", "otras", "muchos", "muchas", "varios", "algunos",
              "autres", "nombreux", "plusieurs", "andere", "anderen", "anderer", "viele", "vielen", "meisten",
              "altri", "molti", "his", "her", "those", "additional", "underlying", "related", "public", "free",
              # (the same quantifiers in the other languages: 'verschiedene Open-Source-Projekte', 'vários projetos')
              "verschiedene", "verschiedenen", "einige", "mehrere", "diversos", "diversas", "vários", "várias",
              "muitos", "muitas", "outros", "outras", "alguns", "algumas", "divers", "diverses", "certains", "vari",
              "varie", "diversi", "alcuni", "verschillende", "vele", "enkele", "различные", "многие",
              "другие", "разные",
              "different", "diverse", "good", "great", "fantastic", "awesome", "amazing", "excellent", "strong",
              "powerful", "best", "top", "key", "major", "big", "well-known", "widely-used", "widely", "mature"}
# the words of DET_THIRD that count or pick out others; the rest are adjectives that an article or another
# adjective before them makes part of a noun phrase ('the best free open-source assistant')
# words that join coordinated modifiers ('lightweight yet powerful') and words of degree ('most capable')
COORDINATORS = frozenset({"and", "yet", "but", "or"})
DEGREE_WORDS = frozenset({"most", "more", "least", "less"})
QUANTIFIERS = {"other", "others", "another", "many", "most", "various", "several", "some", "any", "more", "numerous",
               "countless", "all", "both", "each", "every", "few", "certain", "such", "those", "his", "her",
               "otros", "otras", "muchos", "muchas", "varios", "algunos", "autres", "nombreux", "plusieurs", "andere",
               "anderen", "anderer", "viele", "vielen", "meisten", "altri", "molti"}
# a verb that puts its object in the state the phrase names ('keeping the project open source')
OBJECT_COMPLEMENT = lazyre.compile(
    # ('she released the project open source': a verb of release with the state it puts its object in)
    r"\b(?:keep|keeps|keeping|kept|make|makes|making|made|release|releases|released|releasing)\s+"
    # (or a pronoun alone: 'it made sense to make it open source')
    r"((?:the|this|our|its|their|all|every)\s+"
    # an adverb or one coordinated adjective may stand before the phrase ('keep it free, open-source and …',
    # 'make the model small and open')
    r"[\w\-]+(?:\s+[\w\-]+){0,2}?|it|them)\s+(?:(?:fully|completely|entirely|truly|100%|[a-z\-]+,|[a-z\-]+\s+and)\s+)?$")
# ... or a name, with the noun phrase of the phrase after it ('make OWN such a great open-source tool')
NAMED_OBJECT_COMPLEMENT = lazyre.compile(r"\b(?:make|makes|making|made|keep|keeps|keeping|kept)\s+([\w\-.]+(?:\s+[\w\-.]+)?)\s+"
                                         r"(?:such\s+)?(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?$")
# ... in French, Spanish, Portuguese and Italian ('rendre ce service opensource', 'mantener el código abierto' aside:
# 'hacer el proyecto de código abierto', 'tornar o projeto open source', 'rendere il progetto open source')
OBJECT_COMPLEMENT_ROMANCE = lazyre.compile(
    r"(?<![\w])(?:rendre|rend|rendu|rendue|rendus|rendons|rendent|garder|garde|gardons|gardé|hacer|hace|hacemos|hizo|"
    r"hicimos|mantener|mantiene|mantenemos|tornar|torna|tornamos|tornou|manter|mantém|mantemos|rendere|rende|"
    r"rendiamo|reso|resa|mantenere|manteniamo)\s+((?:le|la|les|l['’]|ce|cet|cette|ces|notre|nos|son|sa|ses|el|los|"
    r"las|este|esta|estos|estas|nuestro|nuestra|nuestros|nuestras|su|sus|o|a|os|as|nosso|nossa|seu|sua|il|lo|gli|"
    r"questo|questa|questi|nostro|nostra|suo)\s*[\w\-]+(?:\s+[\w\-]+){0,2}?)\s+(?:(?:de|en)\s+)?$")
# ... where the phrase ends the complement: after it the clause ends or a purpose or time follows ('pour deux
# raisons'); 'rend les outils open source plus faciles' puts the tools in another state
ROMANCE_COMPLEMENT_END = lazyre.compile(r"\s*(?:$|[.,;:!?)]|(?:pour|para|per|afin|depuis|desde|dès|dal|em|en|in)\s)")
# a short heading that ends in a plural class noun, with no verb ('Local Open Source Models')
# (not after a preposition of purpose: 'Open Source Observability for LLM Applications' heads 'observability')
CLASS_HEADING = lazyre.compile(r"(?:(?!is\b|are\b|we\b|our\b|for\b|with\b|to\b|via\b)[\w\-]+,?\s+){0,5}?(?:models|llms|projects|tools|"
                               r"libraries|alternatives|frameworks|datasets|integrations|resources|apps|applications)")
# a verb of a general statement right after a bare subject ('Open source provides …', 'Open source means …')
CONCEPT_SUBJECT_VERB = lazyre.compile(
    r"\s+(?:is|means|provides|gives|enables|empowers|allows|makes|matters|wins|thrives|requires|needs|depends|"
    r"drives|fosters|creates|brings|helps|changes|works|belongs|lets|thrives|isn['’]t)(?![\w])")
# openness predicated of a subject as news ('X is now open-source', 'X has been open-sourced')
PREDICATED_RELEASE = lazyre.compile(r"\b(?:is|are|has\s+been|have\s+been|was|were)\s+(?:now\s+|officially\s+|fully\s+)*$")
# the author's release verb with the community as its recipient ('we release X to the open-source community')
RELEASED_TO_COMMUNITY = lazyre.compile(r"\b(?:we|i)\s+(?:have\s+|are\s+|now\s+|also\s+)*(?:release[sd]?|releasing|"
                                       r"open-?sourc(?:e|ed|ing)|publish(?:ed|ing)?|contribut(?:e|ed|ing))\b"
                                       r"[^.;!?]{0,80}\bto\s+the\s+$")
# a BibTeX title field up to the phrase ('  title={Wren: Open…', 'booktitle = "…')
BIBTEX_TITLE = lazyre.compile(r"\s*(?:title|booktitle|journal)\s*=\s*[{\"][^}\"]*$", re.IGNORECASE)
# a title field that names the own artifact and says what it is ('title={Wren: An Open-Source Library for …}')
BIBTEX_APPOSITION = lazyre.compile(r"[{\"]\{?([^:{}\"]{1,40}?)\}?\s*(?::|\s[-–—]\s)\s*an?\s+(?:(?:fully|truly|completely)\s+)?$")
# ... and a linked title that does so, with or without an article ('[KoSpeech: Open-Source Toolkit for …](paper)'):
# a heading that links the own paper presents the artifact, while a BibTeX entry cites, so there the article stays
# required ('title={Wren: Open Models for Phones}' is cited)
# (Chinese sets a title's parts apart with '：' or '｜', or writes the phrase right after the name: 'OWN开源｜…', and
# may put an adjective before it: 'OWN：终极开源…模型')
TITLE_APPOSITION = lazyre.compile(r"\W*([^:：｜|\[\]]{1,40}?)\s*(?::|：|｜|\||\s[-–—]\s|(?<=[a-z0-9])(?=$))\s*(?:an?\s+)?"
                                  r"(?:(?:fully|truly|completely)\s+)?[一-鿿]{0,3}$")
# thanks for supporting the own project: the phrase's noun phrase is the thanker's ('A special thanks to our sponsors
# for supporting this open-source project')
# (and for what the reader does to it: 'We appreciate your interest in making our open-source project better')
THANKED_FOR_OWN = lazyre.compile(r"\bfor\s+(?:supporting|sponsoring|funding|backing|helping)\s+(?:this|our)\s+$|"
                                 # (or a quality of it: 'Thank you for improving the security of our open source software')
                                 r"\b(?:for|in)\s+(?:making|improving|building|growing|securing)\s+"
                                 r"(?:the\s+[\w\-]+\s+of\s+)?(?:this|our)\s+$")
# the object a verb ranks among a class ('making OWN one of the most (comprehensively) open-sourced models')
RANKED_OBJECT = lazyre.compile(
    r"\b(?:make|makes|making|made)\s+([\w\-.]+(?:\s+[\w\-.]+)?)\s+one\s+of\s+the\s+(?:most|best|largest|few|only)\s+"
    r"(?:[a-z\-]+ly\s+)?$")
# the subject of a main clause after a fronted clause ('To stay open, we ...', 'To stay open, Wren ...')
# a leading phrase of cause that holds a possessive ('Due to its open-source nature, …'), and the main clause's
# first verb after it
LEADING_POSSESSIVE = lazyre.compile(r"\W*(?:due\s+to|thanks\s+to|because\s+of|owing\s+to|given)\s+(its|their)\b")
MAIN_VERB_AFTER = lazyre.compile(r"(?<=\w)\s+(?:is|was|are|were|has|had|became|becomes|remains|remained)\b")
MAIN_CLAUSE_AFTER = lazyre.compile(r",\s+(\w[\w\-]*)")
STOP = {"of", "in", "on", "at", "to", "for", "from", "with", "by", "via", "and", "or", "as", "into", "onto",
         "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "that", "which", "who",
         "than", "among", "amongst", "between", "about", "like", "using", "use", "uses", "used", "under",
         "over", "across", "through", "within", "without", "against", "toward", "towards", "per", "if",
         "because", "since", "so", "then", "when", "where", "while", "whether", "nor", "but", "do", "does",
         "did", "can", "could", "will", "would", "should", "may", "might", "must", "we", "they", "it", "you",
         "i", "he", "she", "there", "here", "also", "not", "now", "just", "either", "what", "how",
         "de", "en", "con", "para", "por", "como", "du", "des", "pour", "avec", "par", "von", "mit", "für", "und",
         "et", "y", "e", "ou", "o", "oder", "sur", "auf", "zu", "zum", "zur", "della", "del", "da", "ve", "ile",
         "including", "such", "e.g.", "i.e.", "whose", "make", "made", "making", "ever",
         # 'under' in the other languages: 'Código abierto bajo licencia MIT' (open source under the MIT licence)
         "bajo", "sous", "unter", "sotto", "sob", "onder", "под",
         # 'to' and 'for': 'Alternative open source à Notion', 'alternativa … a Notion', 'pour', 'para', 'per'
         "à", "au", "aux", "ao", "alla", "naar", "voor", "для",
         # concessive and other prepositions that open a phrase of their own ('an open-source project despite the
         # high development effort')
         "despite", "notwithstanding", "regardless", "although", "though", "unlike", "beside", "besides", "except",
         "after", "before", "during", "until", "upon", "throughout",
         # relative pronouns and 'in' of the other languages: 'Un agent … open-source qui vit dans votre navigateur'
         "qui", "que", "che", "dont", "cuyo", "cuya", "dans", "nel", "nella", "dentro"}
# nouns whose possessive frames a superlative ("the world's first ...", "the industry's most ..."): not an owner
SUPERLATIVE_DOMAINS = frozenset({"world", "industry", "market"})
# the last item of a list that a preposition opens shares it ('a discount to nonprofits, schools and open-source
# projects'): the preposition, then items of a few words each, separated by commas, and the closing 'and'/'or' (an
# item after a comma opening with an article is an apposition: 'the code for Sailor2, a powerful and inclusive …')
LIST_AFTER_PREPOSITION = lazyre.compile(r"\b(to|for|on|in|about|into|towards?|around|beyond)\s+[\w%'’-]+(?:\s+[\w%'’-]+){0,3}"
                                        r"(?:,\s*(?!(?:a|an|the)\s)[\w%'’-]+(?:\s+[\w%'’-]+){0,3})*,?\s+(?:and|or)\s+$")
PREPOSITIONS = {"of", "to", "into", "about", "towards", "toward", "in", "for", "on", "around", "beyond"}
GAP_STOP = {"for", "of", "with", "from", "by", "in", "on", "to", "at", "into", "about", "like", "than",
             "among", "under", "over", "via", "through", "using", "used", "based", "built", "which", "that",
             "who", "where", "when", "has", "have", "had", "can", "will", "would", "should", "could", "may",
             "supports", "support", "uses", "use", "includes", "include", "contains", "contain", "provides",
             "offers", "comparing", "compared", "including", "between", "if", "because", "we", "you", "they",
             # (French, Spanish, Portuguese and Italian 'on' and 'based/built': 'est basé sur les projets open-source …')
             "sur", "sobre", "basé", "basée", "basés", "basées", "basado", "basada", "baseado", "baseada", "basato",
             "basata", "construit", "construite", "construido", "construida", "construído", "costruito"}
# what a release is made of ('the code', 'all weights')
ARTIFACT = heads(
    "app application artifacts checkpoint checkpoints client code codes codebase components config configs crate crates "
    "data dataset datasets demo edition engine feature features firmware framework implementation implementations libraries logic "
    "library llm llms model models module modules package packages parameters part parts pieces pipeline pipelines "
    "platform plugin "
    "plugins project prompt prompts recipe recipes release releases repo repository resources script scripts sdk "
    "server source_code stack tarball tokenizer tool tools variant variants version versions weights")
# verbs of attitude before bare 开源: open source as an idea ('尊重开源', '拥抱开源', '热爱开源'); and of doing it as
# an activity ('写开源是我的业余爱好', writing open source is my hobby; '做开源')
CJK_ATTITUDE_BEFORE = lazyre.compile(r"(?:尊重|热爱|熱愛|拥抱|擁抱|崇尚|信仰|致敬|践行|踐行|写|寫|做|搞)\s*$")
# a locative frame '在 … 上/中/里' (on, in): 在 not part of a word ('现在', '正在', '存在', '在于', '在线'), and the
# closing postposition not part of a noun ('中文', '中国', '上海')
CJK_LOCATIVE_OPEN = lazyre.compile(r"(?<![正现現存所实實自内內])在(?![于於线線])")
CJK_LOCATIVE_CLOSE = lazyre.compile(r"(?:之上|之中|当中|當中|上|中|里|裡|裏)(?![文国國心间間小型等英日韩韓海午])")
# a class of artifacts as the possessor of another noun right after the phrase ('开源大模型的推理')
# ('开源大数据平台的容器化运行', the containerised running of open-source big-data platforms)
# (not after an aspect mark: '开源了大模型的极简结构' releases the structure)
# ('跨平台', cross-platform, is an adjective: '开源跨平台的…工具箱' is an open-source, cross-platform toolbox)
CJK_CLASS_POSSESSOR = lazyre.compile(r"\s*(?![了过過着著出给給])(?:(?!的)[一-鿿]){0,6}?(?:模型|llms?|项目|項目|" + CJK_SOFTWARE
                                     + r"|工具|(?<!跨)平台|框架|系统|系統|组件|組件)"
                                     # (their interface, as a compound: '开源大模型API的接入')
                                     r"(?:\s*(?:api|sdk|接口))?的\s*(?![一-鿿]{0,4}(?:之一|代表))[一-鿿]")
# a class growing in number, after the phrase ('开源中文预训练语料越来越多') or before it ('市面上出现了越来越多的开源大模型')
# (growing in number, or so many: 'GitHub 上开源极多')
_CJK_GROWING = r"(?:越来越多|越來越多|日益增多|不断涌现|不斷湧現|层出不穷|層出不窮|大量涌现|大量湧現|极多|極多|众多|眾多|繁多|无数|無數)"
CJK_TREND_AFTER = lazyre.compile(r"[^，。；,;]{0,12}?" + _CJK_GROWING)
CJK_TREND_BEFORE = lazyre.compile(_CJK_GROWING + r"的?\s*$")
# 'by means of' or 'choosing' a noun ('通过开源语料', through open-source corpora; '选择开源模型训练好的分词器')
CJK_MEANS = lazyre.compile(r"通过|通過|凭借|憑藉|借由|选择|選擇")
# a noun right after the phrase (a Han character that opens no verb complement or clause: not '开源了', '开源到')
# a name in Latin letters right before a comma and the phrase ('计全支付Jeepay，开源支付系统'): what the noun phrase after
# the comma is set beside
CJK_NAME_BEFORE_COMMA = lazyre.compile(r"([a-z][\w.+\-]*[a-z0-9])\s*[，,]\s*$")
# ... and the noun phrase the phrase opens, to the end of the sentence ('开源支付系统。')
CJK_DESCRIBED_NOUN_PHRASE = lazyre.compile(r"[^，,。；;：:！!？?]{0,8}?(?:"
                                           + "|".join(sorted(zh.DESCRIBED_NOUNS, key=len, reverse=True))
                                           + r")\s*(?:[。.!！]\s*)?$")
CJK_NOUN_AFTER = lazyre.compile(r"\s*(?![了到至出给給于於后後时時之，。；、])[\u4e00-\u9fff]")
# a place as attribute right before the phrase: '榜单上的开源模型' (the open-source models on the leaderboard)
CJK_LOCATIVE_ATTRIBUTE = lazyre.compile(r"(?:上|中|里|裡|裏|之中|当中|當中)的\s*$")
# 'world-class', 'world-leading': a degree, whose '世界' names no community ('性能世界一流')
CJK_WORLD_CLASS = lazyre.compile(r"世界(?:一流|级|級|领先|領先|顶级|頂級|前列)")
# a verb that puts what the phrase's noun names in a place, before the place ('运行在浏览器中的', runs in the browser)
CJK_RUNS_IN = lazyre.compile(r"(?:运行|運行|部署|跑|工作|嵌入|集成|内置|內置|驻留|駐留)\s*(?:在|于|於)[^，,。；;、]{0,12}$")
# '该' (that, the said) points back at something named before, not at the own project as '本' does
CJK_OTHER_DEMONSTRATIVE = lazyre.compile(r"该|該")
# a comparison of the class the phrase names ('国产开源项目对比'), at the end of its noun phrase
CJK_COMPARED_AFTER = lazyre.compile(r"[^，。；,;\]\)）]{0,8}?(?:对比|對比|比较|比較)(?=$|[\]\)）】」』,，。\s])")
# 'such as' after examples, right before the phrase ('Kestrel、Finch 等开源模型'); not '平等', '等待'
CJK_SUCH_AS_BEFORE = lazyre.compile(r"(?<![平相对對])等(?:等)?\s*$")
# after a release, the project's support for it ('X 开源，欢迎加入视频生成模型家族！', '…开源，我们已提供全面支持'): another's
# release that the project now runs
CJK_SUPPORTED_AFTER = lazyre.compile(r"[^。；;]{0,30}?(?:欢迎加入|歡迎加入|我们已?(?:提供|完成)了?(?:全面|完整)?(?:的)?支持|我們已?(?:提供|完成)了?(?:全面|完整)?(?:的)?支持)")
# the own name and the phrase with a series word between ('OWN 系列开源模型')
CJK_OWN_SERIES_GAP = lazyre.compile(r"[\s*_`]*(?:全?系列|家族)?[\s*_`的]*")
# verbs of release that open an item whose subject is dropped ('提供…的开源模型', '发布开源模型')
CJK_OFFER_VERBS = frozenset({"提供", "发布", "發布", "推出", "开放", "開放", "公开", "公開"})
# 'As an open-source …, it/we/this project …' ('作为一个免费开源的中后台模板，它采用了…')
# ('作为一款开源框架，…', also after an item's label: '**持续进化与维护**：作为一款成熟的开源框架，OWN 核心团队…')
CJK_AS_A = lazyre.compile(r"^\W*(?:[^：:，,。\s]{1,12}\s*[：:]\W*)?作为(?:一[个款套种個種])?")
# a copula in a CJK heading, which then says something ('# Wrenはオープンソースです', '# Wren 是开源的')
COPULA_IN_HEADING = lazyre.compile(r"です|である|だ$|是|為|为|입니다|이다")
# a noun and a coordinator before the phrase that ends a heading ('Wren and ', 'Unsubと', 'Wren 与')
TOPIC_AND_BEFORE = lazyre.compile(r"[\W\d]*[^,;:，、。：]{1,40}?\s*(?:and|&|und|et|y|e|と|与|與|和|及|및|과|와)\s*[*_`]*")
# Japanese 'as a …', after its noun phrase, opening the sentence ('オープンソースプロジェクトとして、…')
JA_AS_A = lazyre.compile(r"^\W*[^、。，,：:]{1,30}?として[、,，]\s*")
CJK_AS_A_MAIN = lazyre.compile(r"[，,]\s*(?:它|我们|我們|本项目|本項目|该项目|該項目)")
# a verb of use that is a noun in a list ('SDK部署与…', '微调和部署'): followed by a conjunction
_CJK_CONJUNCTIONS = r"以及|与|與|和|及|、"
CJK_CONJUNCTION_SPLIT = lazyre.compile(_CJK_CONJUNCTIONS)
CJK_CONJUNCTION_AFTER = lazyre.compile(r"\s*(?:" + _CJK_CONJUNCTIONS + ")")
# a release verb's complement right after the phrase ('开源出来', '开源到'): the phrase is the verb
CJK_RELEASE_COMPLEMENT = lazyre.compile(r"\s*(?:出来|出來|了|到|至|给|給)")  # (开源给社区: released to the community)
# the phrase alone in parentheses right after a name ('Kestrel（开源）', 'Kestrel (开源)')
CJK_PAREN_LABEL = lazyre.compile(r"([\w\-.]+)\s*[（(]\s*$")
CJK_PAREN_CLOSE = lazyre.compile(r"\s*[）)]")
# a verbless list of short properties, one of them the phrase ('开源、安全、合规、自主可控。')
# what the product costs or may be used for, right after the phrase up to the clause's end ('开源可商用，', '开源免费。',
# open source and free for commercial use): properties of the product, no noun the phrase modifies
CJK_SHORT_PROPERTY_AFTER = lazyre.compile(r"[、与和及且并]?(?:可?免费|可?商用|可?免费商用|可商业(?:使用|化)|可私有化?部署|可离线部署)"
                                          r"[，,。！!；;]")
# a verb or preposition of whom something is for, right before the phrase ('面向开源项目', for open-source projects);
# for a list of properties also 为 and 对, which elsewhere may be a copula ('本项目为开源项目') or 'to'
_CJK_FOR_WHOM = r"面向|针对|針對|给|給"
CJK_FOR_WHOM_BEFORE = lazyre.compile(r"(?:" + _CJK_FOR_WHOM + r")$")
CJK_AUDIENCE_BEFORE = lazyre.compile(r"(?:" + _CJK_FOR_WHOM + r"|为|為|对|對)$")
CJK_PROPERTY_LIST = lazyre.compile(r"(?:(?:完全|全部|100%)?开源|(?:完全|全部|100%)?開源|[一-鿿\w]{1,6})"
                                   r"(?:\s*(?:[、，,&/]|和|与|與)\s*(?:[一-鿿\w]{1,6}))+[。.!！]?")
# a Latin name marked by the object particle of Japanese or Korean, in quotes or not ('「Zenzai」を', 'Notion을')
# (or by a particle of means or place: 'Javaで構築', 'Java로 구축', 'GitHub에서'; or as what a Korean noun after it
# is of, the particle on that noun: 'API 호출을' (the API call))
CJK_OBJECT_NAME = lazyre.compile(r"[「『\"“]?[a-z0-9][\w.+\-]*(?:\s[a-z0-9][\w.+\-]*){0,3}[」』\"”]?\s?"
                                 r"(?:[가-힣]{1,6}?)?(?:を|를|을|で|に|から|으로|로|에서|에)")
# the phrase as what the sentence thanks for, in the languages that put the verb last ('…のオープンソースに感謝します',
# '…오픈소스에 감사드립니다')
THANKED_AFTER = lazyre.compile(r"\s*(?:プロジェクト|コミュニティ|프로젝트|커뮤니티)?\s*(?:に|에)\s*(?:深く|心より|心から|깊이)?\s*(?:感謝|감사)")
# a degree alone before the phrase ('100% ', '完全な', '완전히 ') and the end of the line after it
# (and 'free' with it: '完全無料のオープンソース', '100% 무료 및 오픈소스', '100% 無料・オープンソース')
_CJK_FREE = r"(?:無料|무료|免费|免費)\s*(?:の|및|과|와|・|、|和|且)?\s*"
CJK_INTENSIFIED = lazyre.compile(r"(?:100\s*%|完全な?|全部|완전(?:한|히)?)\s*(?:" + _CJK_FREE + r")?|" + _CJK_FREE)
# the end of a line after the phrase: marks of emphasis and of the sentence's end
LINE_END = lazyre.compile(r"[\s*_~。.!！]*")
# a verbless list of the described product's properties, in the languages written in Latin letters, that ends with
# the phrase ('Offline-fähig, kostenlos und Open Source.', 'Gratis, veloce e open source'): what 'Free, fast and open
# source' is in English (each property one or two words, joined by commas and one coordinator)
LATIN_PROPERTY_LIST = lazyre.compile(r"[^\w]*(?:[\w\-]+(?:\s+[\w\-]+)?\s*,\s*)*[\w\-]+(?:\s+[\w\-]+)?\s*,?\s+"
                                     r"(?:and|und|et|e|y|en|и|&|i)\s+(?:(?:de|di|en)\s+)?")
# 'an open-source alternative (to …)' ('帆软的开源替代方案')
# (Japanese and Korean: 'CoWork のオープンソース代替', 'CoWork의 오픈소스 대안')
CJK_ALTERNATIVE_AFTER = lazyre.compile(r"\s*(?:的)?(?:替代|替代品|替代方案|平替|代替|대안|대체)")
# open source as an activity ('做开源', '搞开源')
# (or liked: '喜欢开源', '热爱开源')
CJK_ACTIVITY_BEFORE = lazyre.compile(r"(?:做|搞|玩|从事|從事|投身|喜欢|喜歡|热爱|熱愛|热衷|熱衷)\s*$")
# ... and contributing to it, taking part in it ('オープンソースに貢献したい', '오픈소스에 참여하고 싶다면')
CJK_ACTIVITY_AFTER = lazyre.compile(r"\s*(?:に|へ|에)\s*(?:貢献|参加|기여|참여|공헌)")
# open source as what needs everyone ('开源要大家参与贡献', '开源离不开社区的支持'), or as what one contributes to
# ('夜里为开源做贡献', '为开源献出一份力'), or has a passion for ('对开源有同样热情')
CJK_NEEDS_EVERYONE = lazyre.compile(r"\s*(?:(?:要|需要|离不开|離不開|靠|依靠)\s*(?:大家|社区|社區|每一?个人|每一?個人|所有人|你我|您)"
                                    r"|(?:做|作)?(?:贡献|貢獻|出力)|献出|獻出|(?:有|怀有|懷有|充满|充滿)[^，。；]{0,6}(?:热情|熱情|兴趣|興趣|信念))")
# a track or leaderboard for open entries: '开源赛道', '开源榜', '开源模型榜单'
CJK_CATEGORY_AFTER = lazyre.compile(r"(?:的)?(?:模型|大模型)?(?:赛道|賽道|榜单|榜單|排行榜|榜|组别|組別|专区|專區|赛区|賽區)")
# the development, progress or future of what the phrase names: open source as a movement ('开源技术的长远发展')
CJK_CONCEPT_AFTER = lazyre.compile(r"[^，。；,;：:]{0,8}?的?(?:长远|長遠|长期|長期|持续|持續|快速|蓬勃|健康)?(?:发展|發展|进步|進步|"
                                   r"繁荣|繁榮|未来|未來|普及|推广|推廣|壮大|壯大)")
# 'the' right before the phrase (and its adjectives): 'in the (wider) open source ecosystem'
DEFINITE_BEFORE = lazyre.compile(r"\bthe\s+(?:[a-z\-]+\s+)?$")
# what a model release is made of, named with 'the' alone: 'the open weights', 'the open-source checkpoints'
RELEASE_HEADS = frozenset({"weights", "checkpoint", "checkpoints"})
PLURAL_OK = {"series", "weights", "alternatives", "access", "os", "cms", "analysis", "class", "status", "gps"}
ASPIRATION = lazyre.compile(r"\b(?:aims?|aiming|hopes?|hoping|wants?|wanting|strives?|striving|wish(?:es)?|plans?|"
                         r"planning|intends?|seeks?|seeking|would\s+like)\b(?:\s+\w+){0,3}?\s+(?:to\s+)?"
                         r"(?:be|become|becomes|remain|stay)\b[^.;:!?]*$")
# a request that someone else release ('we ask Kestrel Labs to release X as open source', 'we urge vendors to
# open-source their drivers'): what the one asked would release is theirs, and asking releases nothing (the object of
# the request is someone other than the author: 'we were asked to open-source it' names no one between)
REQUEST_OF_OTHERS = lazyre.compile(r"\b(?:ask|asks|asked|asking|urge|urges|urged|urging|call(?:s|ed|ing)?\s+(?:on|upon)|"
                                   r"encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|request(?:s|ed|ing)?|"
                                   r"petition(?:s|ed|ing)?|implor(?:e|es|ed|ing)|beg|begs|begged|begging)\s+"
                                   r"(?!(?:us|me|ourselves|myself)\b)[^.;:!?]{1,60}?\bto\s+")
# a kind defined by its own noun ('Open source hardware is hardware whose design is made publicly available', 'Open
# weights are weights that anyone may download'): the copula's predicate repeats the subject's head noun and a
# relative clause says what makes one such a thing
KIND_DEFINED = lazyre.compile(r"\s*(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?([\w-]+)\s+"
                              r"(?:whose|that|which|where|in\s+which|for\s+which|with)\b")
# a feeling about what one is ('is proud to be an open source alternative'): 'to be' after it says what is now
GLAD_BEFORE = lazyre.compile(r"\b(?:proud|happy|glad|pleased|honou?red|excited|thrilled|delighted|privileged|grateful)\s+$")
# a purpose its makers gave it ('has been created to be an open-source alternative', 'is designed to be fully open'):
# 'to be' after it says what it is by design, now
_MADE = r"(?:created|designed|built|developed|made|written|engineered|crafted)"
DESIGNED_BEFORE = lazyre.compile(r"\b" + _MADE + r"\s+(?:\w+ly\s+)?$")
# the same purpose between a subject and its 'be' ('Wren has been created to'): no word of the subject
DESIGNED_TO_END = lazyre.compile(r"\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:\w+ly\s+)?" + _MADE
                                 + r"\s+(?:\w+ly\s+)?to\s*$")
# a kind of thing and the verb of a statement about it, after sentence-initial 开源 ('开源软件正在改变世界',
# '开源硬件不仅仅是抽象的原则'; the plea '开源项目不易' as the idiom 开源不易, open-source projects are hard work)
CJK_KIND_STATEMENT = lazyre.compile(r"的?(?:软件|軟體|軟件|硬件|硬體|技术|技術|文化|运动|運動|精神|生态|生態|理念|社区|社區|项目|項目)"
                                    r"(?:不仅仅?|不僅僅?|不只|正在|已经|已經|已|是|将|將|可以|能够|能夠|改变|改變|推动|推動|"
                                    r"促进|促進|让|讓|使|成为|成為|需要|意味着|意味著|并非|並非|不是|不易|不容易|离不开|離不開)")
CJK_RELEASE_AFTER = lazyre.compile(r"\s*(?:了|到|至|出来|出來|化しました|化された|化した|化され|しました|しています|の|的)")
CJK_BA = lazyre.compile(r"(?:将|將|把|已经|已經|已|正式|全面|首次)")
# a clause that goes on with the list of the clause before ('…文档和教程，以及大量开源代码')
CJK_LIST_GOES_ON = lazyre.compile(r"[\s，,、]*(?:以及|及|还有|還有|和|与|與)")
# the opening of a later clause of a sentence, up to its subject: a comma and a conjunction ('，但此项目…')
CJK_CLAUSE_OPENING = lazyre.compile(r"[，,；;]\s*(?:但是|但|而且|而|并且|並且|所以|因此|不过|不過|同时|同時)?\s*(?=[^，,；;]*$)")
# a clause that opens with the phrase, an adverb before it at most ('，完全开源', '，并且也开源'): its subject is the
# sentence's
CJK_PREDICATE_CLAUSE = lazyre.compile(r"[，,]\s*(?:并且|並且|并|並|且|也|而且|同时|同時)?\s*(?:完全|全部|全面|均|都|已|已经|已經)?\s*$")
# 'all' right before the phrase, its predicate ('…全部开源', '…均已开源', '…都开源了')
CJK_ALL_RIGHT_BEFORE = lazyre.compile(r"(?:全部|均|都|皆)\s*(?:已经|已經|已)?\s*$")
# 'it' as a subject in Chinese and Japanese ('它', '它们', 'これは')
# a Latin name opening a Chinese clause as its subject ('，Kestrel 完全开源', '，Kestrel 也是开源的')
CJK_LATIN_CLAUSE_SUBJECT = lazyre.compile(r"\s*\**([a-z][\w\-.]*[a-z0-9])\**\s*(?=[\u4e00-\u9fff])")
# 'this' as the subject of a copula opening a Chinese sentence ('这是一个…项目', '這就是…')
CJK_THIS_IS_OPENER = lazyre.compile(r"^[\W\d]*(?:这|這)(?:就|便|也|还|還)?是")
CJK_IT = lazyre.compile(r"(?:它们|它們|它)(?!的)")
# 官方 (the official side) as the agent right before the phrase, adverbs between ('官方同时开源了', '官方已开源')
CJK_OFFICIAL_AGENT = lazyre.compile(r"官方(?:也|还|還|同时|同時|已经|已經|已|正式|目前|现已|現已|并|並)*\s*$")
NAME_AFTER = lazyre.compile(r"[\s*_`\[]*([A-Z][\w.\-]*)")
QUOTED_NAME_AFTER = lazyre.compile(r"\s*[\"“'‘]([A-Z][\w.\- ]{0,40}?)[\"”'’]")  # ... in quotes ('service "Gpodder.net"')
PURPOSE_VERB = lazyre.compile(r"\bto\s+(?!releas|open|publish|shar|provid|offer|mak|build|creat|train|develop)\w+\s+$")
PARTICIPLE = lazyre.compile(r"sourced$|released$")
# a causative verb: the one it names is who acts ('鼓励社区成员开源', 'welcome developers to open-source')
CJK_CAUSATIVE = lazyre.compile(r"鼓励|鼓勵|欢迎|歡迎|邀请|邀請|号召|號召|呼吁|呼籲")
# what may stand between an agent and the release it makes ('本项目开源的', '我们已经开源的', '本项目所开源的')
CJK_AGENT_GAP = lazyre.compile(r"\s*(?:已经|已經|已|所|刚刚|剛剛|首次|同步|陆续|陸續)?\s*")
# a dependency word whose object is not closed by 的 before the phrase ('使用开源…': it governs the phrase)
# a relative clause of use closed by 的 right before the phrase, its object left for the phrase's noun ('…使用的开源数据集')
# verbs of choosing: what the author picks is another's ('我们选择免费的开源字体'), as 'our preferred choice' is
# a word in Latin letters (a name in CJK text)
_LATIN_WORD = r"[a-z][a-z0-9.\-]*"
# a name in Latin letters right after a CJK phrase ('开源flowgram.ai')
LATIN_NAME_AFTER = lazyre.compile(r"\s*" + _LATIN_WORD)
CJK_CHOICE = lazyre.compile(r"选择|選擇|挑选|挑選|选取|選取|选用|選用")
CJK_USED_HEAD = lazyre.compile(r"(?:使用|采用|採用|用到|依赖|依賴|借助|引用|调用|調用)(?:了|过|過)?的\s*$")
CJK_OPEN_DEPENDENCY = lazyre.compile(r"(?:基于|基於|使用|采用|採用|利用|借助|集成)[^的]*$")
# a bare artifact noun that opens a sentence, right before the phrase ('产品开源免费', '- 代码已全部开源'), or the whole of
# the work ('全流程开源', the whole pipeline)
# the scope of a release negated: '不在本仓库开源范围内', '不属于开源部分'
CJK_NOT_IN_SCOPE = lazyre.compile(r"(不(?:在|属于|屬於|包含在|包括在|包含于))[^，,。；;]{0,12}$")
CJK_SCOPE_AFTER = lazyre.compile(r"\s*(?:的)?\s*(?:范围|範圍|之列|部分|之内|之內|内|內)")
# adverbs only, at least one: what stands between a subject and its verb ('我们同时开源', '我们也正式开源')
CJK_ADVERBS_ONLY = lazyre.compile(r"\s*(?:(?:同时|同時|也|还|還|正式|首次|全面|进一步|進一步|一并|一併|一起|今天|今日|此次|本次|"
                                  r"已经|已經|已|均|都|全部|完全)\s*)+")
# 'by (doing)' right before the phrase as a verb: '通过开源…，我们…'
CJK_BY_DOING = lazyre.compile(r"(?:通过|通過|借由|藉由)\s*$")
# 'other' right before the phrase: '其他开源许可证' (other open-source licences)
CJK_OTHER_BEFORE = lazyre.compile(r"(?:其他|其它|其余|其餘|各自)\s*(?:的)?\s*$")
# a remark in brackets closing a text ('OWN (Alibaba … Toolkit) ')
REMARK = lazyre.compile(r"\s*[(（][^()（）]{0,80}[)）]\s*")
# 'with' opening what a later 'compared' in the clause names: '与 … 进行了对比'
CJK_WITH = lazyre.compile(r"(?:与|與|和|同|跟)")
CJK_COMPARED = lazyre.compile(r"(?:对比|對比|比较|比較|相比|比肩|媲美)")
# a topic frame opening the sentence: 'for / as for / about …，'
CJK_TOPIC_FRAME = lazyre.compile(r"\W{0,4}(?:对于|對於|关于|關於|至于|至於|针对|針對)")
# what a release is made of, said bare (Chinese has no articles): the product, its code, its backend
_CJK_ARTIFACT_WORDS = (r"产品|產品|项目|項目|代码|代碼|源码|源碼|模型|模型权重|模型權重|权重|權重|数据集|數據集|框架|系统|系統|平台|"
                       r"社区版|社區版|全流程|全链路|全鏈路|全栈|全棧|全套|全系列|源代码|源代碼|后端|後端|前端|服务端|服務端|"
                       r"客户端|客戶端")
_CJK_ARTIFACT_NOUNS = "(" + _CJK_ARTIFACT_WORDS + ")"
# the data, corpora, scripts or weights a verb of use right before them makes a compound noun of ('指令微调数据': the
# instruction-tuning data, no verb)
CJK_DATA_NOUN = lazyre.compile(r"\s*(?:数据|數據|语料|語料|脚本|腳本|权重|權重)")
# the object 将 marks, a noun of a release right before the phrase ('将自主研发的代码完全开源', '将服务端开源')
CJK_ARTIFACT_OBJECT_END = lazyre.compile(_CJK_ARTIFACT_NOUNS + r"\s*(?:完全|全部|全面|都|均)?\s*$")
# the phrase right before an artifact noun it modifies ('为 X 开源项目贡献': the open-source project, not a release)
CJK_MODIFIED_ARTIFACT = lazyre.compile(r"\s*" + _CJK_ARTIFACT_NOUNS)
# (with 'all' before it: '所有代码均已在 GitHub 开源', all the code is released on GitHub)
# (after a list item's number too: '4）源码开源是免费的')
# (and a part of it named after it: '项目代码开源' (the project's code), '项目文档开源')
_CJK_BARE_ARTIFACT = r"^\W{0,4}(?:\d{1,2}\s*[)）.、]\s*)?(?:且|并且|並且|而且)?\s*(?:所有|全部|全部的|所有的)?\s*" + _CJK_ARTIFACT_NOUNS \
    + r"(?:的?(?:" + _CJK_ARTIFACT_WORDS + r"|文档|文檔|资料|資料))?"
# the object of a release told with a light verb, no one named: '目前仅对后端进行开源' (only the backend is released
# for now), '先将核心代码开源'
CJK_BARE_OBJECT = lazyre.compile(r"(?:^|[，,；;])\W{0,4}(?:(?:目前|现在|現在|当前|當前|仅|僅|只|已经|已經|已|先|暂时|暫時)\s*){0,3}"
                                 r"(?:对|對|将|將|把)\s*" + _CJK_ARTIFACT_NOUNS + r"\s*(?:代码|代碼)?\s*(?:进行|進行)?\s*$")
# a licence's name ('MIT', 'Apache License 2.0', 'GPLv3', '木兰宽松许可证')
_LICENSE_FAMILY = r"(?:agpl|lgpl|gpl|mit|apache|bsd|mpl|mulan\s*psl|木兰|木蘭|epl|isc)"
_LICENSE_NAME = (_LICENSE_FAMILY + r"[\w.\-]*(?:\s*v?\d[\w.\-]*)?(?:\s*(?:license|licence|许可证?|許可證?|协议|協議))*")
# a licence's name anywhere in a text ('使用 Apache License 2.0 协议', '基于MIT协议': right after a Chinese character too)
LICENSE_NAME_WORDS = lazyre.compile(r"(?<![a-z0-9])" + _LICENSE_NAME)
# ... opening a text, as a word of its own ('MIT', 'GPLv3', 'GNU GPL', 'AGPL auf GitHub'; not 'Mitigated')
LICENSE_NAME_OPENING = lazyre.compile(r"(?:gnu\b\W*)?" + _LICENSE_FAMILY + r"(?=v?\d|[^a-z]|$)")
# ... alone ('MIT', 'Apache 2.0', 'AGPL-3.0', 'MIT License'): a subject so named is the terms of the release, no third party
LICENSE_NAME = lazyre.compile(r"(?:the\s+)?" + _LICENSE_NAME)
# a licence named by its kind or its name: what a verb of basis ('に基づ', '基于', '采用') is then given is the terms of
# the release, not something it is built on
LICENSE_WORD = lazyre.compile(r"licen[cs]e|ライセンス|라이선스|许可|許可|协议|協議|(?<![a-z])" + _LICENSE_NAME)
# a Japanese topic that opens with a bare noun of a release, set beside other parts ('ソースコードや Kubernetes マニフェスト
# はすべて…公開しています', the source code and the manifests are all published): the parts of the author's release
JA_BARE_PARTS = lazyre.compile(r"^\W{0,4}(?:すべての|全ての)?(?:ソースコード|コード|モデル|重み|データセット|学習データ|ドキュメント)"
                               r"\s*(?:や|と|、|および|及び)")
# a product noun right after the phrase that modifies a noun of guidance or study ('Datawhale开源项目指南', a guide to
# open-source projects; '开源模型评测', an evaluation of open-source models): such things in general, not a release
CJK_GUIDE_OF_KIND = lazyre.compile(r"\s*(?:项目|項目|模型|软件|軟體|软体|プロジェクト|モデル|ソフトウェア|프로젝트|모델|소프트웨어)\s*"
                                 r"(?:指南|教程|手册|手冊|规范|規範|评测|評測|榜单|榜單|综述|綜述|笔记|筆記|报告|報告|ガイド|評価|"
                                 r"가이드|평가)")
# a community as the subject that opens the sentence, after a leading adverbial ('最后，深度学习社区长期以来…，并开源了许多…':
# finally, the deep-learning community has long … and released many …): who releases is that community
CJK_COMMUNITY_OPENER = lazyre.compile(r"^\W{0,4}(?:[^，,。；;]{1,6}[，,]\s*)?[^，,。；;]{0,12}?(?:社区|社區|コミュニティ|커뮤니티)"
                                      r"(?:は|が|는|은|이|가|\s|长期|長期|一直|也|都|以)")
# a Latin name that owns or made what the Korean phrase describes: 'OpenAI의 오픈 소스 모델' (OpenAI's open-source model),
# 'Alibaba에서 공개한 … 오픈 모델' (the open model Alibaba released)
# ... not when the phrase's noun relates the own product to the name ('Notion의 오픈소스 대안', an open-source alternative
# to Notion)
KO_RELATION_AFTER = lazyre.compile(r"\s*(?:[가-힣]+\s+)?(?:대안|대체재|대체|클론|포크)")
KO_NAME_OWNER_BEFORE = lazyre.compile(r"([a-z][\w\-.]*[a-z0-9])\s*(?:의|에서\s*(?:공개|개발|출시|발표|제작)한)\s*[가-힣\s]{0,16}$")
# a Korean noun with its object or subject particle ('성능을', '모델이'): the noun phrase before it ends there
KO_OBJECT_BETWEEN = lazyre.compile(r"[가-힣](?:을|를|이|가)\s")
# a Latin name as the topic that opens a Japanese or Korean sentence ('Effekseerは、…です。'): the next sentence, which
# leaves its subject out, goes on about it
CJK_NAME_TOPIC = lazyre.compile(r"^\W{0,4}([a-z][\w\-.]*[a-z0-9])\s*(?:は|が|는|은)(?![가-힣])")
CJK_LOCATIVE_PHRASE = lazyre.compile(r"在[^，,。；;]{1,24}?(?:上|中|里|裡)")
# (a place may stand between, and the copula may follow: '代码在 GitHub 上都是开源的', the code is open source on GitHub)
# (the adverbs may stand before the place, and a site's name needs no 上: '代码均已在 GitHub 开源')
CJK_BARE_SUBJECT = lazyre.compile(_CJK_BARE_ARTIFACT + r"\s*(?:(?:已经|已經|已|均|都|全部|完全|全面|全)\s*){0,2}"
                                  r"(?:在(?:[^，,。；;]{1,24}?(?:上|中|里|裡)|\s*[a-z][\w.\- ]{1,20}?)\s*)?"
                                  r"(?:(?:已经|已經|已|均|都|全部|完全|全面|全|将|將|同时|同時|也|还|還|现已|現已|目前|正式)\s*){0,2}"
                                  r"(?:是\s*)?$")
# ... in Japanese and Korean, with the topic particle ('모든 코드는 오픈소스이며', 'コードはすべてオープンソースです')
# (the nouns of code, data and weights, and those of the releases a demonstrative points at: 'エンジンはオープンソースです')
JA_KO_BARE_SUBJECT = lazyre.compile(r"^\W{0,4}(?:모든\s*|すべての|全ての)?(코드|소스\s?코드|데이터|가중치|コード|ソースコード|"
                                    rf"データ|重み|{ja.RELEASE_NOUNS}|{ko.RELEASE_NOUNS})\s?(?:는|은|이|가|は|が|も)\s*(?:(?:모두|전부|すべて|全て|完全に)\s*)?"
                                    # (the adverb of a strong phrase: '코드는 완전한 오픈소스', 'コードは完全なオープンソース')
                                    r"(?:(?:완전한?|完全な?)\s*)?$")
# a demonstrative determiner right before the phrase: '此开源项目' (this open-source project), '该开源模型'
# (Japanese この, 'this', too: 'このオープンソース・ブラウザ')
CJK_THIS_BEFORE = lazyre.compile(r"(?:この|此|该|該|(?<![一二两兩三四五六七八九十百千万萬几幾每这這那整多数數\d基根成版日资資剧劇样樣文课課脚腳副标標读讀蓝藍原])本|这个|這個|这款|這款|这套|這套|这一|這一)\s*$")
# the phrase's noun phrase is a possessor ('开源项目的意义', '开源 llm 的世界'): what the demonstrative or the
# copula points at is the noun after 的, not the open artifact
CJK_POSSESSOR_AFTER = lazyre.compile(r"\s*[^\W\d_的](?:[^，。；,;的]{0,7})的(?!\s*$)")
# a demonstrative pronoun as the copula's subject: '这是一个开源项目', '这不仅是…开源复现项目'
CJK_THIS_SUBJECT = lazyre.compile(r"^\W*(?:这|這|此)(?:个|個|款|套)?\s*(?:不仅|不僅|也|就|还|還|同时|同時)?\s*$")
# a Latin name as the agent of a completed release earlier in the sentence ('Meta发布了…', 'Kestrel 开源了…')
# a Latin name in lower-cased text ('colossalai', 'mybatis-plus'), the agent the patterns below look for
_LATIN_NAME = r"([a-z][\w\-.]*[a-z0-9])"
# adverbs of time and manner between an agent and its release verb ('Meta 最新开源了 Llama 2')
_CJK_AGENT_ADVERBS = r"(?:正式|已经|已經|已|也|又|还|還|最新|最近|近日|日前|刚刚|剛剛|今天|今日|再次|首次|同步|陆续|陸續)"
CJK_NAMED_AGENT = lazyre.compile(_LATIN_NAME + r"\s*" + _CJK_AGENT_ADVERBS + r"{0,2}\s*(?:发布|發布|推出|开源|開源)了")
# the anaphoric 该 (the said …) right before the phrase, and a verb of use earlier in the sentence that names what it
# points back at ('…依赖于 X 的 Y 开源软件包，该开源库也支持…')
CJK_SAID_BEFORE = lazyre.compile(r"(?:该|該)\s*$")
CJK_DEPENDS_ON = lazyre.compile(r"依赖|依賴|基于|基於|使用|采用|採用|借助|移植自")
# a verb of making closing a relative clause right before the phrase ('…技术栈构建的开源商城'): what comes before it
# tells how the product is made
CJK_MADE_WITH_END = lazyre.compile(r"(?:构建|構建|开发|開發|打造|搭建|实现|實現|编写|編寫|研发|研發|制作|製作)(?:而成)?的\s*$")
# a Latin name opening a clause as the subject of its verb ('…，PaddleNLP借鉴该论文的方法，…，训练并开源了…'): Chinese
# drops the subject of the clauses that go on after it
CJK_CLAUSE_AGENT = lazyre.compile(r"(?:^|[，,；;])\s*" + _LATIN_NAME + r"\s*(?:" + _CJK_AGENT_ADVERBS +
                                  r"\s*)?(?:借鉴|借鑒|基于|基於|训练|訓練|发布|發布|推出|提出|研发|研發|开发|開發|联合|聯合)")
# a leading time clause the phrase ends, and the main clause's subject after its comma ('开源之后，K8s 成为了…', after
# it was open-sourced, K8s became …): the release is the main subject's
CJK_AFTER_RELEASE_SUBJECT = lazyre.compile(r"\s*(?:之后|之後|以后|以後|后|後|以来|以來)\s*[，,]\s*" + _LATIN_NAME)
# a hosting platform named as where a release is made ('在 Hugging Face 上', 'huggingface ', 'ModelScope'): where,
# not who
CJK_RELEASE_PLATFORM = lazyre.compile(r"(?:在|于|於)?\s*(?:hugging\s?face|hf|modelscope|魔搭(?:社区|社區)?|github|gitee|"
                                      r"wisemodel|始智)\s*(?:上|平台)?\s*")
# what opens a coordinated clause whose verb follows ('，并开源全部代码', and released all the code)
CJK_COORDINATORS = frozenset({"", "并", "並", "并且", "並且", "同时", "同時", "也", "还", "還", "且"})
# a relative clause set off by a comma or a dash ('Wren, which supports X, is …'), and what closes it
_RELATIVE_PRONOUN = r"(?:which|who)"
RELATIVE_OPEN = lazyre.compile(r"[,—–]\s*" + _RELATIVE_PRONOUN + r"\b")
RELATIVE_CLOSE = lazyre.compile(r",|\s[—–]\s")
# ... right before a copula: the pronoun itself, or the whole clause closed by its comma
RELATIVE_PRONOUN_END = lazyre.compile(r"(?:,\s*|\s+)" + _RELATIVE_PRONOUN + r"\s+$")
CLOSED_RELATIVE_END = lazyre.compile(r",\s*" + _RELATIVE_PRONOUN + r"\b[^,;:]*,\s*$")
# what a means is for ('the open source way for everyone to …', '… way to build …')
MEANS_AFTER = lazyre.compile(r"\s*(?:for|to)\b")
# a Chinese name opening the sentence, introduced as a product ('夜莺是一款…', '若依是一套…')
# (not a pronoun or demonstrative: '这不仅是一个…', '它是一款…' point back, decided elsewhere)
# (the name may join its parts with '·' and carry an alias in brackets and its kind of thing before the copula:
# '悟道·天鹰（Aquila） 语言大模型是首个…的开源语言大模型'; 'the first' introduces it as 'a' does)
# (or 'the first …' follows the name as its apposition, after a dot: '后稷•首个中文开源农业大模型是由…研发')
CJK_INTRODUCED = lazyre.compile(r"^\W{0,4}(?!这|這|那|它|其|本|该|該|此|我|他|她)([\u4e00-\u9fff·]{2,12})"
                                r"(?:\s*（[^（）]{1,40}）)?\s*(?:(?:[\u4e00-\u9fff]{1,6}?)?\s*(?:是|為|为)\s*"
                                r"(?:一(?:个|個|款|套|种|種)|首(?:个|個|款)|第一(?:个|個|款))|[•·・]\s*(?:首(?:个|個|款)|第一(?:个|個|款)))")
# 'the said project' (该, anaphoric), which in an item nested under another points at that entry
CJK_ANAPHORIC_DEMONSTRATIVE = lazyre.compile(r"(?:该|該)(?:项目|項目|模型|仓库|倉庫|工作|方法|框架|工具|团队|團隊)")
# a licence named after a verb of basis ('基于 MIT 许可证开源', released under the MIT licence)
# Japanese 'based on' a licence named in Latin letters ('MITライセンスに基づいた', under the MIT licence): its terms
JA_LICENCE_BASIS = lazyre.compile(r"[\[a-z0-9.\-/ ]*(?:ライセンス|licen[cs]e)[\s\[\]]*に基づ(?:く|いた|いて|き)")
CJK_LICENSE_BASIS = lazyre.compile(r"许可|許可|协议|協議|授权|授權|licen[cs]e")
# inspired by ('受 X 等开源项目的启发'): credit to what stands between
CJK_INSPIRED_BY = lazyre.compile(r"受[^。；;！!？?]{1,160}?(?:启发|啟發|影响|影響)")
# the object of a study or a test: '对' right before the phrase's noun phrase, '进行…调研/测试/评测' after it
CJK_STUDY_BEFORE = lazyre.compile(r"(?:对|對)[^，。；,;]{0,4}$")
CJK_STUDY_AFTER = lazyre.compile(r"[^，。；,;]{0,30}?(?:进行|進行)了?[^，。；,;]{0,10}?(?:调研|調研|测试|測試|评测|評測|对比|對比|"
                                 r"比较|比較|分析|研究|评估|評估|调查|調查|二次开发|二次開發|改造|定制|定製)")
# made by the one who describes it ('自主研发', '自主设计', '自研': developed on one's own)
CJK_SELF_MADE = lazyre.compile(r"自主(?:设计|設計|研发|研發|开发|開發|研制|研製)|自研")
# a verb of making inside a relative clause ('Mybatis-Plus 提供的', '智谱AI开发的')
_CJK_MAKER_VERBS = r"提供|开发|開發|发布|發布|推出|打造|研发|研發|训练|訓練|贡献|貢獻"
CJK_MAKER_VERB = lazyre.compile(_CJK_MAKER_VERBS)
# a Latin name as the maker in a relative clause right before the phrase ('Mybatis-Plus 提供的开源解决方案', the
# open-source solution Mybatis-Plus provides)
# (in Japanese with の or が before the verb: 'DeepSeek社の開発した、オープンウェイトの…AI', the open-weight AI the
# company DeepSeek developed)
CJK_MADE_BY_BEFORE = lazyre.compile(_LATIN_NAME + r"\s*(?:(?:所)?(?:" + _CJK_MAKER_VERBS + r")的|(?:社|株式会社)?\s*[のが]\s*"
                                    r"(?:開発|公開|リリース|提供|発表)(?:した|している|する|された)\s*[、,]?)\s*$")
# a Latin name right before a release verb ('ColossalAI 开源了 …'), and an object after the verb ('了他们的 X')
CJK_AGENT_BEFORE = lazyre.compile(_LATIN_NAME + r"\s*" + _CJK_AGENT_ADVERBS + r"{0,2}\s*$")
CJK_RELEASED_OBJECT = lazyre.compile(r"了\s*[^\s，。！？!?,.;；:：~～)）\]】*_]")
# ... or a Latin name as the object right after the verb, then a comma ('俄罗斯Yandex开源CatBoost，…', Yandex released
# CatBoost); before a noun the phrase is an adjective ('iRTU 开源DTU解决方案', iRTU's open-source DTU solution)
CJK_NAMED_OBJECT = lazyre.compile(r"\s*[a-z][\w\-.]*(?=\s*(?:[，,。；;！!、]|$|和|及|与|與))")
# openness predicated inside a conditional clause ('If it is an open-source model, …'); a noun phrase the
# condition presupposes ('If you find our open-sourced efforts useful') is still said
CONDITIONAL_BEFORE = lazyre.compile(r"\b(?:if|unless)\s+[^,;:.!?()]*?(?:\b(?:is|are|was|were|be)|['’](?:s|re))\s+(?:not\s+)?"
                                    r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}$")
# a sentence that opens a quotation ('"_**Netflix** is pleased to announce …'): a testimonial
QUOTED_SPEECH = lazyre.compile(r"^[\s>*_\-]*[\"“「]")
QUOTE_END = lazyre.compile(r"[\"”」]")
# a line of keywords or tags ('Keywords: Layout Analysis · Open Source library'): topics, no sentence
KEYWORDS_LABEL = lazyre.compile(r"^\W*(?:key\s?words|index\s+terms|tags|topics|关键词|關鍵詞|キーワード)\s*[:：]", re.I)
# a person named as who released ('MasterYip 同学开源了 X', 'X 老师开源了'): an agent, never the thing released
# (or an organisation: 'bitly公司开源了…', 'Kestrel团队开源了…')
CJK_PERSON_AGENT = lazyre.compile(_LATIN_NAME + r"\s*(?:同学|同學|老师|老師|大佬|等人|公司|团队|團隊|实验室|實驗室|研究院|"
                                  r"大学|大學)\s*(?:目前|最近|近日|正式|已经|已經|已)?\s*"
                                  r"(?:发布|發布|推出|开源|開源)了?$")
# a name that opens a sentence and follows a licence ('纯钧遵循 Apache 2.0 开源协议', 'Kestrel 采用 MIT 开源协议',
# 'Kestrel 为 GPL-3.0 开源协议', 为 right before the licence's name): the described product's licence, whatever it is
# called
CJK_NAME_LICENSED = lazyre.compile(r"^\W{0,4}((?:[a-z][\w\-.]*(?:\s+[a-z][\w\-.]*)?|[\u4e00-\u9fff]{1,4})(?:\s*[a-z]+)?)\s*"
                                   r"(?:遵循|采用|採用|依照|按照|(?:为|為)(?=\s*\[?[a-z]))")
# a bare artifact noun that opens a sentence and is released under a licence ('模型以 Apache-2.0 协议开源')
CJK_BARE_LICENSED = lazyre.compile(_CJK_BARE_ARTIFACT + r"\s*(?:以|按照|依照|采用|採用|遵循|基于|基於|使用)")
# this repository or the author right before a quantifier ('本仓库所有开源代码': all of this repository's code)
# 'oneself' as the agent: '自己构建并开源的数据集' (the dataset we built and released ourselves)
# what picks out the one edition before '开源版(本)': the sentence start, 'current', 'this'
CJK_THIS_EDITION = lazyre.compile(r"(?:^|[，,：:；;。]|当前|當前|目前|现在|現在|本|该|該|此|这个|這個)\W*$")
# an edition that modifies what follows: 'オープンソース版の AMDGPU ドライバー' (the driver's open-source edition)
CJK_EDITION_OF = lazyre.compile(r"\s*版本?\s*[の的]")
CJK_SELF = lazyre.compile(r"自己|自行|自主|自研")
# an edition named after a list of the phrase and other properties ('开源、免费、自托管的版本')
CJK_LISTED_EDITION = lazyre.compile(r"(?:、[^，。；、的]{1,6}){1,4}的?\s*(?:版本|版)")
# a clause that is a licence before the phrase ('AGPLv3 开源', '采用 Apache-2.0 许可开源'), the bare noun of what is
# released may open it ('代码以 MIT 开源', the code is released under MIT)
CJK_LICENSE_OPENING = lazyre.compile(r"(?:" + _CJK_ARTIFACT_NOUNS + r"\s*)?(?:采用|採用|遵循|使用|以|基于|基於)?\s*" + _LICENSE_NAME
                                     + r"\s*(?:进行|進行)?\s*")
# the author as the subject of a relative clause closed by 的 right before the phrase ('我们量化完成的开源模型')
CJK_AUTHOR_RELATIVE = lazyre.compile(r"(?:我们|我們|本团队|本團隊)[^\s\W的]{1,10}的\s*$")
CJK_OWN_BEFORE_QUANTIFIER = lazyre.compile(r"(?:本仓库|本倉庫|本项目|本項目|该项目|該項目|我们|我們)"
                                           r"(?:的|包含|包括|提供了?|开源了?|開源了?)?\s*$")
# a Latin name (and its model) as the possessor right before the phrase ('Llama模型的开源', 'Llama-2的开源许可协议')
# a verb of knowing or needing before a name, which makes the name its object ('不用懂 Kubernetes 的…')
CJK_KNOWING_BEFORE = lazyre.compile(r"(?:懂|了解|熟悉|掌握|学习|學習|学会|學會|无需|無需|不用|不需要)\s*$")
# a Latin name that opens the sentence as the copula's topic ('ThinkPHP是一个…框架，…')
CJK_NAMED_TOPIC = lazyre.compile(r"\W{0,4}([a-z][\w\-.]*[a-z0-9])\s*(?:是|为|為)")
CJK_OTHER_POSSESSOR = lazyre.compile(r"([a-z][\w\-.]*[a-z0-9])\s*(模型|大模型|系列|数据集|數據集|データセット)?\s*(?:的|の)\s*$")
# Latin names coordinated as the possessor right before the phrase ('Envoy 和 Istio 的开源工作')
CJK_OTHER_POSSESSORS = lazyre.compile(r"[a-z][\w\-.]*\s*(?:和|与|與|及|、)\s*[a-z][\w\-.]*[a-z0-9]\s*(?:的|の)\s*$")
# Korean sets a description before the name it describes with the copula's 인 ('Claude Code의 오픈소스 클론인 ClawCode는':
# ClawCode, an open-source clone of Claude Code)
CJK_DESCRIBED_NAME_AFTER = lazyre.compile(r"\s*[가-힣]{0,8}인\s+([A-Za-z][A-Za-z0-9\-.]*[A-Za-z0-9])")
# a Latin name right after the phrase, past a superlative or 的 ('开源最强 Llama 3.1 模型')
CJK_NAME_AFTER = lazyre.compile(r"\s*(?:的|最强|最強|最新|最大|最好)?\s*\[?([a-z][\w\-.]*)")
_CJK_DONE = r"(?:已经|已經|已|现已|現已)"  # already
CJK_DONE_BEFORE = lazyre.compile(r"(?:" + _CJK_DONE + r"|当前|當前|目前)\s*$")  # '已开源的…': completed before the phrase
# a completed release, qualified ('已完全开源', '现已全部开源')
CJK_DONE_QUALIFIED = lazyre.compile(_CJK_DONE + r"\s*(?:完全|全部|全面|正式)?\s*$")
# ... and where or when ('已在2.0版本开源', '已于 2023 年开源', '已在 GitHub 开源')
CJK_DONE_WHERE = lazyre.compile(_CJK_DONE + r"\s*(?:在|于|於)[^，,。；;：:！!？?]{1,14}$")
CJK_RELEASED_IS = lazyre.compile(r"\s*(?:的|出来的|出來的)(?:是|為|为)")  # '开源的是…模型': what was released is …
OWN_LICENSE_GAP = lazyre.compile(r"[\s*_`]*(?:的|の)?\s*(?:模型|项目|項目|仓库|倉庫|代码|代碼|权重|權重|モデル)?\s*(?:的|の)?\s*")
# a completed release whose agent is not named: the released thing is the subject of a passive or the object of a
# verb with no subject ('…已开源了。', '…がオープンソース化されました', '…をオープンソース化しました'); an agent
# before an active verb with an object ('Meta 开源了 Llama 3') is named, so this does not apply
CJK_DONE_RELEASE = lazyre.compile(r"\s*(?:了\s*(?:[，。！；,.!;)）]|$)|化されました|化されています|されました)")
JA_OBJECT_DONE_RELEASE = lazyre.compile(r"\s*(?:化しました|化した|化しています)")
# ... and a completed release that ends the sentence, its object dropped as its subject is ('…を届けるべくオープンソース
# 化しました。'), or told as how it was released ('オープンソースとして公開しました', released as open source)
JA_DONE_RELEASE_END = lazyre.compile(r"\s*(?:化しました|として\s*(?:公開|リリース|提供)(?:しました|しています|されました|されています))"
                                     r"\s*(?:[。！!.]|$)")
# ... or the phrase on the object of a verb of making or releasing, active and done or going on, that ends the sentence
# with no subject, as Japanese leaves out the author ('…OSS（オープンソースソフトウェア）を実装してみました。', I tried
# implementing an open-source …; 'オープンソースのライブラリを開発しています')
JA_OBJECT_MADE_END = lazyre.compile(r"[^。、，,！!]{0,12}?を\s*(?:開発|実装|作成|制作|構築|公開|リリース)"
                                    r"(?:してみました|してみた|しました|した|しています|している)\s*(?:[。！!.]|$)")
# ... or in the passive, the release told as done to what the sentence leaves out ('Apache License 2.0の下でオープンソース
# 化され、…' (open-sourced under Apache 2.0, …), 'オープンソース化されています')
JA_PASSIVE_RELEASE = lazyre.compile(r"\s*化され(?:て(?:いる|います|おり)|た|ました|[、,])")
# a release under the open licence the phrase names, in Japanese and Korean ('…をオープンソースライセンスで配布しています',
# '…를 오픈소스 라이선스로 공개합니다': distributes, publishes, provides under an open-source licence)
JA_KO_LICENSED_RELEASE = lazyre.compile(r"\s*(?:ライセンス|라이선스|라이센스)\s*(?:で|の下で|로|으로|하에)\s*"
                                        r"(?:配布|公開|提供|リリース|배포|공개|제공|릴리스)")
# ... and in Korean ('…오픈소스화했습니다', '오픈소스로 공개했습니다', the noun '오픈소스화.' ending a note)
KO_DONE_RELEASE_END = lazyre.compile(r"\s*(?:화(?:했습니다|하였습니다|되었습니다|됐습니다|했다|함)?|"
                                     r"로\s*공개(?:했습니다|하였습니다|되었습니다|됐습니다|했다|함))\s*(?:[。！!.]|$)")
QUANTITY_AFTER = lazyre.compile(r"\s*[\d一二三四五六七八九十百千万萬]")
# (not 'A1:', nor a date: '2026-07-09：开源 X' is a dated news item)
CJK_LABEL = lazyre.compile(r"\W*(?:[-*+•]\s+)?\W*(?![qa]\d{0,3}\s*[：:])(?!\d{2,4}\s*[-./年]\s*\d)([^：:，,。]{1,30}?)\s*[：:]\s*$")
# a label that opens the sentence ('Wren：由 X 开源的推理框架'), wherever the phrase is
CJK_OPENING_LABEL = lazyre.compile(r"\W*(?:[-*+•]\s+)?\W*([^：:，,。]{1,30}?)\s*[：:]")
LATIN = lazyre.compile(r"[a-z]")
# a word in Latin letters inside CJK text ('agent', 'llama-3')
LATIN_WORD = lazyre.compile(_LATIN_WORD)
# where a coordinated list of nouns splits ('models, framework, and data', 'code & weights')
CONJUNCTION_SPLIT = lazyre.compile(r"\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+")
LIST_TAIL = lazyre.compile(r"^\s*(?:[\w\-]+,?\s+){0,3}?(?:and|or|&)\s+[\w\-]+(?:\s+[\w\-]+){0,3}\s*$")
# the opening marks as alternatives, not a class: then the pattern is skipped (not compiled) on text without them
QUOTED_TITLE = lazyre.compile(r"(「|《|『)[^」》』]*$")
QUOTE_CLOSE = {"「": "」", "《": "》", "『": "』"}
PAREN_AFTER_NAME = lazyre.compile(r"(?<=[\w.\-])\s*\(\s*$")  # 'vLLM (open source)': the name is what is open
# (the participle may be left out: 'an open-source framework by Kestrel Labs'; then only a name in capitals, or the
# author, is a maker: see ownership.Ownership._names_a_maker)
_MAKER_VERB = (r"(?:maintained|developed|created|built|made(?:\s+(?:publicly\s+)?available)?|released|"
               r"published|provided|written|trained|(?:pre|fine)-?trained|fine-?tuned|"
               r"owned|run|open[\s-]?sourced|led|backed|funded|sponsored|operated|launched|introduced)")
MAKER = lazyre.compile(r"[\s,]*(?:\(|which\s+(?:is|was|are|were)\s+|that\s+(?:is|was|are|were)\s+)?"
                    r"(?:(?:currently|now|publicly|openly|freely|already)\s+)?"
                    # (two participles share the agent: 'open-sourced and maintained by X')
                    r"(?:(?P<verb>" + _MAKER_VERB + r"(?:\s+(?:and|&)\s+" + _MAKER_VERB + r")?)\s+"
                    # (and where or when, between the verb and its agent: 'open-sourced on Hugging Face by X')
                    r"(?:(?:on|in|at|via|through)\s+(?:[\w\-.]+\s+){1,4}?)?)?by\s+"
                    # 'built by inverting Whisper' says how it was made, not who made it; 'by design' names no one
                    r"(?!\w+ing\b|(?:design|default|nature|choice)\b)(?P<who>[^,;.()]{1,40})")
# a participle of release after the noun phrase, with no agent ('the open source pre-trained weights currently made
# available'): released here, by the authors (an agent after it is read by MAKER)
RELEASED_AFTER = lazyre.compile(r"\s*(?:(?:currently|now|publicly|openly|freely|already)\s+)?"
                                r"(?:made\s+(?:publicly\s+)?available|released|published)\b(?!\s+by\b)")
# what is used, said after the noun phrase: a participle of use and its agent ('the open-source components used in
# this project'), or a relative clause whose verb of use strands its preposition or ends the clause ('the
# open-source software Kestrel is based on.', 'the open-source libraries we depend on,'; 'the open-source model
# Kestrel is based on Llama' goes on: Kestrel, the open model, is based on another)
USED_PARTICIPLE_AFTER = lazyre.compile(r"\s*(?:used|employed|leveraged|utili[sz]ed|bundled|included|vendored)\s+"
                                       r"(?:in|by|within|inside)\s+(?P<who>[^,;.()]{1,40})|"
                                       # (French, Spanish, Portuguese, Italian: 'Forge logicielle open source utilisée
                                       # par OWN', 'utilizada por', 'usato da')
                                       r"\s*(?:utilisé|employé|utilizad|usad|utilizzat|usat)[aeoi]?e?s?\s+"
                                       r"(?:par|dans|por|en|em|da|in|nel|nella)\s+(?P<who_romance>[^,;.()]{1,40})")
USE_RELATIVE_AFTER = lazyre.compile(r"\s*(?:that\s+|which\s+)?(?:we\s+(?:use|depend\s+on|rely\s+on|build\s+on)|"
                                    r"(?:(?!(?:and|or|to|can|could|may|will|would|anybody|anyone|everyone|you)\b)"
                                    r"[\w\-.]+\s+){1,3}?(?:(?:is|are|was|were)\s+(?:based|built|founded)\s+(?:on|upon)|"
                                    r"uses|depends\s+on|relies\s+on|builds\s+on))(?=\s*(?:[.,;:)!]|$))")
# a relative clause that says the author made it, right after the noun phrase ('an open source app we developed at
# Multi', 'the open-source tool that we built'): the thing is the author's own, whatever verb of use governs it
MADE_BY_AUTHOR_AFTER = lazyre.compile(r"\s*(?:that\s+|which\s+)?(?:we|i)\s+(?:have\s+|had\s+)?(?:also\s+)?"
                                      r"(?:developp?ed|built|made|wrote|written|created|designed|maintain|maintained|"
                                      r"released|published|open[\s-]?sourced|trained)\b")
# a verb that says a state goes on ('Vite remains open source under MIT', 'Vite sigue siendo de código abierto', 'Vite
# 继续以 MIT 许可证开源'): said in a list of what a plan changes, the item tells what stays as it is, no plan
GOES_ON = lazyre.compile(r"\b(?:remains?|stays?|continues\s+to\s+be|is\s+still|still\s+is|sigue\s+siendo|siguen\s+siendo|"
                         r"contin[uú]a\s+siendo|continua\s+(?:a\s+ser|sendo)|permanece|restera|reste|bleibt|rimane|"
                         r"остаётся|остается)\b|继续|繼續|仍然|依然|依旧|依舊")
# 'following' in the noun phrase of the phrase, before it or (French, Italian, Spanish, Portuguese) after its noun:
# 'the following open-source projects:', 'dos seguintes projetos de código aberto:', 'les projets open-source suivants :'
FOLLOWING_BEFORE = lazyre.compile(r"\b(?:following|seguenti|siguientes|seguintes|folgenden|следующ\w*)\s+(?:[\w\-]+\s+){0,3}$")
FOLLOWING_AFTER = lazyre.compile(r"(?:\s+[\w\-]+){0,3}?\s+(?:suivant(?:e)?s|seguenti|siguientes|seguintes)\b")
# a participle and its preposition opening a phrase set off by commas ('OWN, inspired by …, is'; 'built by a team')
SET_OFF_PARTICIPLE = lazyre.compile(r"(?:[a-z]+ed|built|made|written|known|born|led)\s+(?:by|from|on|after|with)\b")
# a capitalised name as the subject of a clause of time or cause ('When Kestrel was created, …')
CLAUSE_SUBJECT_NAME = lazyre.compile(r"\b(?:[Ww]hen|[Aa]fter|[Ss]ince|[Bb]ecause|[Oo]nce|[Ww]hile|[Bb]efore)\s+"
                                     r"([A-Z][\w\-.]*\w)\s+(?:was|is|had|has|were|are|became|got)\b")
# the rest of a gerund's clause up to the copula it is the subject of ('Open sourcing libraries on GitHub is …')
GERUND_SUBJECT = lazyre.compile(r"[^,;:.!?]{1,60}?\s(?:is|was|can\s+be|has\s+been|remains|becomes)\s")
# a conjunction of condition or time right before a clause's subject ('when a software is open source')
SUBORDINATOR_END = lazyre.compile(r"\b(?:when|whenever|if|unless|once)\s+$")
# the copula of a passive right after a noun phrase ('… is backed by', '… has been maintained by')
PASSIVE_COPULA = lazyre.compile(r"\s*(?:is|are|was|were|has\s+been|have\s+been)(?:\s+\w+ly)?(?=\s)")
# words after which 'to' opens an infinitive ('aims to construct', 'in order to train')
INTENT_BEFORE_TO = frozenset(["aim", "aims", "aimed", "aiming", "want", "wants", "wanted", "need", "needs", "strive",
                              "strives", "seek", "seeks", "try", "tries", "trying", "hope", "hopes", "order", "going",
                              "able", "designed", "intended", "goal", "mission"])
# a short prepositional phrase after the head noun, before a participle and its agent ('a open source format for AI
# models launched by OpenPPL'): the maker, :data:`MAKER`, follows it
PHRASE_BEFORE_MAKER = lazyre.compile(r"\s+(?:for|of|in|on|with)\s+(?:[\w\-.]+\s+){0,3}?[\w\-.]+(?=\s+[a-z]+ed\s+by\s)")
# a coordinated clause with a subject of its own ('Our method works internally, but it should be possible to …'):
# what the sentence opens with no longer governs what follows
NEW_CLAUSE_SUBJECT = lazyre.compile(r",\s*(?:but|and|so|yet|while|whereas)\s+(?:it|there|they|this|that|these|those|he|she|"
                                    r"one|you|users|people)\s")
# an infinitive question, what the reader is shown how to do ('how to pick', 'cómo usar', 'comment utiliser', 'wie man')
HOW_TO = lazyre.compile(r"(?<![\w])(?:(?:how|what|which|where|when)\s+to|c[óo]mo\s+\w+(?:ar|er|ir)|comment\s+\w+(?:er|ir|re)|"
                        r"wie\s+man)(?![\w])")
# the goal of a project, then what it is: 'The goal of this project is to create …', 'The mission of OWN is to …'
GOAL_OF = lazyre.compile(r"\W*the\s+(?:main\s+|primary\s+|overall\s+)?(?:goal|aim|purpose|mission|objective)s?\s+of\s+")
PURPOSE_IS_TO = lazyre.compile(r"\s(?:is|are|was)\s+(?:\w+ly\s+)?to\s")
OTHER_MAKER = lazyre.compile(r"(?:another|other|a\s+third|third[\s-]part(?:y|ies)|external)\b")
# a closed part set against the open one ('only the weights', 'enterprise edition', '只', 'のみ'): a word table (as a
# pattern, 'only' and 'not', in most sentences, made it compile) and the wide-script fragment
CONTRAST_CLOSED = WordClass([words(
    "only|except|excluding|but not|proprietary|closed~source|enterprise edition|enterprise feature|enterprise features|"
    "enterprise version|enterprise plugin|enterprise plugins|commercial license|commercial licence|commercial edition|"
    "commercial version|not open|not yet open|not released|not yet released|not available|not yet available")],
    r"只|仅|僅|除了|但.{0,12}(?:未|没有|不)|のみ|ただし")
RANKING = lazyre.compile(r"\b(?:state[\s-]of[\s-]the[\s-]art|sota|best|top|first|#1|no\.\s*1|leading|highest|strongest|"
                      r"superior|outperform\w*|rank\w*|competitive|record)\b")
def _target_words(words: str, wide: str = "", other: str = "", *,
                  joined: str = "(?![\\w])") -> lazyre.LazyPattern | lazyre.ByScript:
    """The words of one target, whole words, then the same in scripts without spaces between words (``wide``:
    Chinese and Japanese, compiled only for text that holds such characters) and in other languages."""
    english = rf"(?<![\w])(?:{words}){joined}"
    narrow = "|".join(part for part in (english, other) if part)
    return lazyre.by_script("|".join(part for part in (english, wide, other) if part), narrow) if wide \
        else lazyre.compile(narrow)


def _target_table(entries: str, wide: str = "", other: str = "") -> WordClass:
    """The same as a word table (:mod:`openwash.claims.lexicon.words`: whole words, the first entry that matches
    where a match starts), then the fragments ``wide`` and ``other`` as :func:`_target_words` tries them: a
    class of thirty words compiled as an alternation cost about 0.2 ms in every run that asked it once."""
    return WordClass([words(entries)], [part for part in (wide, other) if part])


# What a claim says is open, by the words for it ('the weights', '代码'); a tuple, so that the gate table holds
# the literals of their fragments (python -m openwash.regex_gates) and an English text never compiles the Chinese
# ones.  ('data' is a pattern: a word table cannot say that no hyphen follows, 'data-driven' is not data.)
TARGET_WORDS: tuple[tuple[str, lazyre.LazyPattern | lazyre.ByScript | WordClass], ...] = (
    ("other", _target_table("artifacts|artefacts|recipes|everything|insights|materials|resources|components|assets")),
    ("weights", _target_table("weight|weights|checkpoint|checkpoints|ckpt|ckpts|parameters|params|gguf|safetensors",
                              "权重|權重|参数|參數|重み|ウェイト", "pesos|poids|gewichte|pesi|веса")),
    ("data", _target_words(r"data|datasets?|corpus|corpora|benchmarks?|annotations|pairs|samples",
                           "数据|數據|语料|語料|训练集|訓練集|测试集|測試集|データ|コーパス", "datos|données|daten|dati",
                           joined=r"(?![\w\-])")),
    # ('tools' a release ships are code; 'a tool' that is the product is the project, below)
    ("code", _target_table("code|codes|codebase|script|scripts|implementation|implementations|tools|toolkit|toolchain|"
                           "crate|crates|demo|sdk|sdks|library|libraries|training techniques|recipe|"
                           "integration|deployment|backend|pipeline|source code|training framework|pretraining framework|"
                           "evaluation framework|inference framework|serving framework",
                           "代码|代碼|脚本|腳本|工具|评测框架|評測框架|训练框架|訓練框架|实现|實現|コード|スクリプト", "demo")),
    ("model", _target_table("model|models|llm|llms|slm|slms|mllm|mllms|vlm|vlms|chatbot|embedding|embeddings|clip|"
                            "diffusion|transformer|encoder|decoder|vae|tts|asr",
                            "模型|モデル", "modelo|modèle|modell|modello")),
    ("project", _target_table("project|platform|software|app|application|product|ecosystem|framework|"
                              "engine|database|server|client|system|alternative|solution|service|editor|broker|"
                              "prototype|initiative|effort|research|work|choice|organization|assistant|"
                              "agent|crawler|tool|infrastructure|stack|toolbox",
                              # (a database is software, whatever '数据' inside it says: '开源向量数据库')
                              "项目|項目|平台|" + CJK_SOFTWARE + "|系统|系統|数据库|數據庫|資料庫|引擎|框架|プロジェクト",
                              "proyecto|projet|projekt")),
)
# verbs of attitude that open a relative clause without 'that' after a community noun ('… developers love')
ATTITUDE_AFTER_COMMUNITY = frozenset({"love", "loves", "enjoy", "enjoys", "trust", "trusts", "like", "likes",
                                      "prefer", "prefers", "adore", "adores", "use", "need", "want", "rely"})
# a finite verb of a clause ('Your open-source project needs a licence')
# mass nouns of a kind of thing, which a bare noun phrase names in general ('open-source software', 'open hardware')
KIND_NOUNS = frozenset({"software", "hardware", "ai", "technology", "development", "licensing", "ecosystem",
                        "movement", "culture", "research", "science", "innovation", "collaboration"})
# nouns that single out one piece of a kind ('a piece of open-source software' is one program, not software in
# general), besides the lexicon's quantities ('kind', 'number') and collections ('suite', 'set')
PIECE_NOUNS = frozenset({"piece", "pieces", "bit", "bits", "form", "example", "examples", "part", "parts", "item", "items",
                         "unit", "stack", "library", "bundle", "package"})
# the verb of a clause right after its one-word subject ('Kestrel offers …', 'Kestrel is …')
# ('offers', 'has', 'runs': a word ending in one 's', not 'ss')
CLAUSE_VERB_NEXT = lazyre.compile(r"\s+(?:\w+ly\s+)?(?:[a-z]+[^s\W]s|is|are|was|were|have|had|can|will)\b")
# (with the copular verbs that take an adjective as 'be' does: 'open source variants seem to be very complex')
FINITE_VERB = lazyre.compile(r"\b(?:is|are|was|were|will|can|could|should|must|may|might|needs?|has|have|had|does|do|"
                             r"did|gets?|makes?|requires?|becomes?|seems?|appears?|remains?|tends?)\b")
# quantities of what the author released ('we have developed a number of / several open-source projects')
# determiners of a class of others' things ('existing open-source X projects'), not of a number of own releases
OTHERS_DETERMINERS = frozenset({"existing", "other", "others", "another", "prior", "previous", "mainstream", "popular",
                                "most", "many", "various", "numerous", "countless", "typical", "traditional",
                                "conventional", "any"})
RELEASED_QUANTITY = frozenset({"number", "several", "many", "multiple", "some", "few", "various", "numerous", "dozens",
                               "hundreds", "two", "three", "four", "five", "other"})
ARTIFACT_WORDS = frozenset({"code", "models", "model", "weights", "data", "datasets", "dataset", "llms", "checkpoints"})
VERB_SUBJECT = frozenset({"we", "i", "to", "have", "has", "also", "now", "just", "will", "we've", "we’ve", "finally"})
# what introduces a cited title ('see our report, X: …', 'the paper X: …', 'published in X: …')
# a reference's year ending the sentence after its title ('… in Healthcare. 2024.'), and its authors before it
_REFERENCE_YEAR = r"\(?(?:19|20)\d{2}[a-z]?\)?\.?"
REFERENCE_YEAR_END = lazyre.compile(r"[.,]\s*" + _REFERENCE_YEAR + r"\s*$")
REFERENCE_YEAR = lazyre.compile(_REFERENCE_YEAR)  # ... a sentence of its own after the title
REFERENCE_AUTHORS = lazyre.compile(r"\bet\s+al\.?[\s,]*$")
# a label that opens a line with a paper's title ('论文名称：', '論文タイトル：', 'Paper title:')
PAPER_TITLE_LABEL = lazyre.compile(r"[\s\-*+•_]*(?:论文|論文)(?:名称|名稱|标题|標題|题目|題目|名|タイトル)\s*[：:]"
                                   r"|[\s\-*+•_]*paper(?:'s)?\s+(?:title|name)\s*[：:]")
SENTENCE_FINAL = lazyre.compile(r"[.。!！?？]\W*$")
TITLE_INTRO = lazyre.compile(
    r"(?i)\b(?:papers?|reports?|articles?|posts?|blogs?|preprints?|arxiv|titled|entitled|publications?|see|read|"
    r"cite[sd]?|citing|books?|talks?|thesis|survey|described\s+in|introduced\s+in|published\s+in|accepted)\b")
# a noun compound that goes on after a community noun to an artifact noun ('program analysis engine')
COMPOUND_GOES_ON = lazyre.compile(r"\s*[a-z]+\s+(?:engine|tool|library|framework|platform|toolkit|server|service|"
                                  r"database|system|app|application|sdk|cli|kit)s?\b")
# what a phrase measures when it ranks ('the best open-source performance', 'SOTA open-source results')
MEASURE_HEADS = frozenset({"performance", "results", "result", "score", "scores", "accuracy", "quality", "level", "sota"})
# what names the product an edition belongs to ('the open-source version of Llama', '... from Acme')
# 'of' after an edition's noun phrase, in English or a Romance language ('version of X', 'versión … de X')
ROMANCE_OR_EN_OF = lazyre.compile(r"\s*(?:of|de|di|da|do|du|von)\s+(?:the\s+|la\s+|el\s+)?[*_`\[]*")
EDITION_OF = lazyre.compile(r"\s*(?:of|from|for|by(?!\s+\w+ing\b))\b")  # (by + -ing is a means: no maker)
# a property written as a feature label ('**Auditable**:', '- **Privacy**:', '**Extensible** —'): one word made an
# adjective or an abstract noun by its ending (English, Romance), a hyphenated compound's last part too
# ('**Cost-Effective**:'), then the label's colon or dash; no name is made so
# (a compound's participle too, '*Ground-breaking*:'; alone, '-ing' ends names as well, 'Kling')
FEATURE_LABEL_WORD = lazyre.compile(
    r"(?:(?:[a-zà-ÿ]+-)?[a-zà-ÿ]{2,}(?:able|ible|ive|ous|ful|less|ity|ness|ment|tion|sion|acy|ncy|ance|ence|ble|ción|ção|dad|"
    r"dade|ité|ità|ivo|iva|ifs?|ives?|ente|ante)|[a-zà-ÿ]+-[a-zà-ÿ]{2,}(?:ing|ed))[*_`]*\s*(?::|：|\s[—–-]\s)")
# a Romance edition noun after its definite article, the phrase after it ('la version open-source', 'la versión de
# código abierto', 'a versão de código aberto', "l'édition open source"); its 'de X' after the phrase names whose
ROMANCE_EDITION_BEFORE = lazyre.compile(
    r"(?:(?<![\w'’])(?:la|el|le|il|a|o)\s+|\bl['’])(?:versi[oó]n|version|versão|versione|[ée]dition|edici[oó]n|edição|"
    r"edizione|distribution|distribuci[oó]n|distribuição|distribuzione)(?:\s+(?:de|di|da|do))?\s+$")
ROMANCE_EDITION_OF = lazyre.compile(r"\s*(?:de|du|des|di|del|della|da|do|dos|das)\s+(?!(?:l['’])?(?:ce|cette|este|esta|questo|questa)\b)")
# sections about others: what is said there is said of them unless the sentence names the author or its release
OTHERS_SECTION = lazyre.compile(
    # (numbered or not: '7.感谢', '2. Acknowledgements')
    r"(?i)^\W*(?:\d+(?:\.\d+)*[.、)]?\s*)?(?:acknowledge?ments?|thanks|credits?|related\s+(?:work|projects?)|citations?|cite|"
    r"references|comparisons?|see\s+also|similar\s+projects|alternatives|other\s+projects(?!\s+(?:by|from)\b)|致谢|鸣谢|致謝|鳴謝|"
    r"感谢|感謝|引用|相关工作|相關工作|"
    # sponsors and related projects: each item is someone else's, described in its own words
    r"(?:\w+\s+)?sponsors?|backers|partners|supporters|相关项目|相關項目|其他项目|其他項目|友情链接|友情鏈接|赞助|贊助|"
    r"スポンサー|"
    # others' projects shown as users of this one ('Notable projects', 'Built with Wren', 'Who uses Wren', 'Adopters')
    r"(?:notable|featured|community)\s+projects|showcase|built\s+with(?:\s+\w+)?|who\s+uses(?:\s+\w+)?|"
    r"projects\s+using(?:\s+\w+)?|adopters|in\s+the\s+wild|"
    # the notices of the third-party software a release includes ('THIRD_PARTY_NOTICES.md', '## Third-party notices')
    r"third[\s\-]?party\s+(?:notices?|licen[cs]es|software\s+notices?)|"
    r"謝辞|関連研究|引用)\b")
# the end of a list item's label: 'Open-source and self-hostable — …', 'Free and open source: …'
LABEL_SEPARATOR = lazyre.compile(r"\s[—–-]\s|:\s")
# a dash that sets a paragraph's opening label off from what explains it ('**Open source by default** — Our …')
LABEL_DASH = lazyre.compile(r"\s[—–]\s|\s--\s")
# a dot or a bar between the entries of a line ('Handbook · Open source · Glossary', 'Viewer GUI · formerly X')
ENTRY_SEPARATOR = lazyre.compile(r"\s[·•|]\s")
# the author's own parts opening an explanation ('our codebase is public', 'our models')
OWN_PARTS_AFTER = lazyre.compile(r"(?:our|my)\s+(?:[\w\-]+\s+){0,2}?(?:code|codebase|source|source\s+code|models?|weights|"
                                 r"data|datasets?|repository|repo|project|app|software)\b")
# the sentence that opens with this project or the own name (cjk.CjkJudgement._cjk_opener): what ends its first
# clause
# a short leading adverbial closed by a comma: '如无特殊说明，', '此外，', '目前，'
CJK_LEADING_ADVERBIAL = lazyre.compile(r"[^，,。；;：:]{1,10}[，,]")
CJK_CLAUSE_END = lazyre.compile(r"[。；;！？!?]")
# the phrase's noun phrase predicated by the copula that ends the sentence ('…のオープンソースソフトウェアです。', '…오픈
# 소스 앱입니다.'), or by its conjunctive form right after the phrase ('無料のオープンソースで、…', '오픈소스이며 …')
# (or the copula of a first clause that goes on: 'Vue.js는 … 오픈 소스 프로젝트이며 완전히 무료로…', '…であり、…')
CJK_ZERO_SUBJECT_END = lazyre.compile(r"([^、。，,！!？?：:]{0,24}?)(?:(?:です|である|だ|입니다|이다|예요|이에요)\s*[。.！!]?\s*$|"
                                      r"(?:이며|이고|이자|であり)[\s,，、])")
# what may stand between the phrase and that copula: the rest of one noun phrase, no particle that makes it an object or
# an adverbial ('…プロジェクトに貢献する方法です', '…프로젝트에 기여하는 방법입니다': how to contribute to …); Japanese
# particles and verb endings are written in hiragana (の and な join a noun phrase), Korean ones end a word
CJK_NOT_NOUN_PHRASE = lazyre.compile(r"[\u3040-\u3069\u306b-\u306d\u306f-\u309f]|[에를을로와과서도만는은할의](?=\s)")
# a bare noun of a release opening a Japanese or Korean sentence, 'itself' after it or not ('拡張機能自体', '앱 자체')
# (a short noun before it says which: '動画エディタは…', the video editor)
JA_KO_ARTIFACT_TOPIC = lazyre.compile(r"(?:모든\s*|すべての|全ての)?(?:[一-鿿]{1,3}(?=[ァ-ヶ]))?(?:소스\s?코드|코드|모델|데이터|가중치|앱|"
                                      r"프로그램|도구|확장\s?프로그램|플러그인|소프트웨어|ソースコード|コード|モデル|データ|重み|アプリ|"
                                      r"ツール|拡張機能|プラグイン|プログラム|ソフトウェア|エディタ|エディター|ライブラリ|エンジン)\s?"
                                      r"(?:자체|自体|本体)?")
# the potential form of a Japanese verb of use ('利用でき', '使用できる', '利用可能'): the reader can use what is described
# (a particle may come between: '商用利用も可能な', commercial use is also possible)
JA_CAN_USE = lazyre.compile(r"\s*(?:[もがは]\s*)?(?:でき|出来|可能)")
# an item of an enumeration: a letter or a roman numeral with a parenthesis, or an item that ends with a semicolon
ENUMERATED_CLAUSE = lazyre.compile(r"\s*(?:[-*+]\s+)?(?:\(?(?:[a-z]|[ivx]{1,4})\)\s+.*|.*;\s*)", re.DOTALL)
# a bare plural right before a phrase that follows its noun, after 'de' or 'd’' ('d’outils ', 'di strumenti '); not
# before 'de código abierto', which may say what the head noun before it is ('App de bloqueo de llamadas de código
# abierto'), nor 'AI'
# (the Romance prepositions other than 'de' that take a bare plural: 'em projetos', 'en proyectos', 'pour les …')
_ROMANCE_PREPOSITIONS = r"em|en|para|com|con|sobre|dans|pour|avec|sur|per|tra|entre"
ROMANCE_BARE_PLURAL = lazyre.compile(r"(?<![\w])(?:d['’]\s*|(?:de|di|do|da|" + _ROMANCE_PREPOSITIONS + r")\s+)"
                                     # (a possessive or demonstrative is no plural noun: 'de ses logiciels libres')
                                     r"(?!(?:ses|mes|tes|nos|vos|leurs|les|ces|sus|tus|mis|seus|meus|nossos|suoi|"
                                     r"tuoi|miei|loro|questi|quei|estos|esos)\s)([\w\-]{2,}(?:s|x|i))\s+$|"
                                     # ('participar en proyectos de código abierto': after a preposition other than
                                     # 'de', the plural with the phrase's own 'de'; 'App de bloqueo de llamadas de
                                     # código abierto' may say what the head noun before the complement is)
                                     r"(?<![\w])(?:" + _ROMANCE_PREPOSITIONS + r")\s+"
                                     r"([\w\-]{2,}(?:s|x|i))\s+(?:de\s+|d['’]\s*)$")
# a negator that is the first part of a hyphenated word ('nicht-kommerziell', 'no-code', 'non-profit')
HYPHENATED_NEGATOR = lazyre.compile(r"(?<![\w\-])(?:nicht|non|no|not|kein\w*|sin|sans|senza|niet|geen|без|не)[\-‐‑](?=\w)")
# (or gives a reason with it: '…オープンソースなので、監査も可能です', '…오픈 소스이므로 직접 감사할 수 있습니다')
# ('完全なオープンソースのため、安心して…' because it is fully open source; 'オープンソースかつ無料で…' open source and free)
CJK_ZERO_SUBJECT_GOES_ON = lazyre.compile(r"\s*(?:で[、,]|であり|이며|이고|なので|ですので|だから|이므로|이라서|이기\s?때문에|"
                                          r"(?:である)?ため[、,]|のため[、,]|かつ)")
# a Japanese phrase in katakana, a noun: the verb of release is written オープンソース化 (or 'として公開'); 'オープン
# ソースで…' predicates it
JA_NOUN_PHRASE = lazyre.compile(r"[\u30a0-\u30ff]+(?![\u30a0-\u30ff]|化|として|に|で|だ)")
# the rest of a sentence that is one noun phrase, after the phrase: its nouns, then the sentence's end
JA_KO_HEADLINE_TAIL = lazyre.compile(r"[のな]?\s?([^、。，,！!？?：:.()（）]{1,30}?)\s*[。.．!！]?\s*$")
KANA_OR_HANGUL = lazyre.compile(r"[\u3040-\u30ff가-힣]")
# a Chinese sentence that opens with an indefinite noun phrase on the phrase ('一款开源浏览器翻译插件，提供…', '一个完全开源的
# 聊天 Agent，支持：'): a numeral and its classifier, a degree or 'free' before the phrase, nothing else
CJK_INDEFINITE_OPENER = lazyre.compile(r"(?:一款|一个|一個|一套)\s*(?:100\s*%|完全|全面)?\s*(?:" + _CJK_FREE + r")?")
# ... and its noun after the phrase, to the end of the first clause: short, no verb's particle or subject in it
CJK_INDEFINITE_HEAD = lazyre.compile(r"\s*的?\s*([^，,。；;：:！!？?()（）]{1,24})(?:[，,：:。！!]|\s*$)")
# a Korean word that ends in a verb's ending ('…합니다', '…하며', '…있고'): the sentence has a verb
KO_VERB_ENDING = lazyre.compile(r"[가-힣](?:다|요|까|죠|며|고|서|지|면)(?:\s|$)")
# the phrase's noun phrase as the object of the verb after it (Japanese を, Korean 을/를 ending a word)
CJK_OBJECT_OF = lazyre.compile(r"[^、。，,！!？?：:]{0,16}?(?:を|(?<=[가-힣])[을를](?=\s))\s*(?P<verb>[^\s、。，,.]{1,8})")
# a case particle that ends the phrase's noun phrase before another noun ('오픈소스 프로젝트로서 커뮤니티의 기여를 환영합니다':
# as an open-source project, it welcomes the community's contributions; 'オープンソースとして…を'): what comes after is
# no longer the phrase's noun
CJK_ROLE_PARTICLE = lazyre.compile(r"(?<=[가-힣])(?:으로서|로서|으로써|로써)(?=\s)|として")
# the prepositions between a noun and the phrase that follows it ('comunidad de código abierto')
POSTNOMINAL_PREPOSITIONS = frozenset({"de", "del", "da", "do", "das", "dos", "di", "della", "delle", "dei", "des", "du",
                                      "van"})
# an article between such a preposition and the phrase ('de l’Open Source', 'de la …'; an elided 'l’' read as 'l')
ARTICLES_AFTER_DE = frozenset(DET_THE | {"l", "o", "os", "a", "as", "het"})  # (with the elided l’ and Portuguese o, a)
# a clause or sentence break between the phrase and what comes after it
CJK_CLAUSE_BREAK_MARK = lazyre.compile(r"[，,。；;：:！!？?]")
# the particle that makes the word before it the sentence's topic or subject (Japanese は/が, Korean 는/은/이/가)
CJK_TOPIC_PARTICLE = lazyre.compile(r"\s?(?:は|が|는|은|이|가)(?![가-힣])")
# a topic or subject named in the sentence: Japanese は/が, Korean 는/은/이/가 ending a word
# (Korean writes the ending of a verb or adjective before its noun the same way: '…를 사용하는 도구' (a tool that uses),
# '있는', '같은', '작은' are no topic)
# (が after a polite or plain predicate is the conjunction 'but', no subject: '…と思いますが一応オープンソースです')
CJK_SUBJECT_MARK = lazyre.compile(r"は|(?<!ます)(?<!です)(?<!ません)が|(?<![하되있없않주드])(?<=[가-힣])는(?=\s)|"
                                  r"(?<![같좋작많높낮적넓깊짧갖받])(?<=[가-힣])은(?=\s)|(?<=[가-힣])(?:이|가)(?=\s)")
# a preposition governs what follows it: '此项目为开源大模型的推理实现统一接口' (for open LLMs' inference), '从优秀的开源
# 项目中选择词表' (from open-source projects); the copula 为 ('本项目为开源项目') is decided before, as a copula
# 为 as the copula right after the subject ('本扩展为开源软件', '本项目为一款开源工具'), and the noun after the phrase
# that ends its clause (no verb follows: '为开源社区提供…' is 'for the open-source community')
CJK_COPULA_WEI = lazyre.compile(r"\s*(?:为|為)\s*(?:一(?:个|個|款|套|种|種|项|項))?\s*")
CJK_NOUN_ENDS_CLAUSE = lazyre.compile(r"[\u4e00-\u9fffA-Za-z\s]{0,8}?(?:[，,。；;！!：:]|$)")
CJK_PREPOSITION = lazyre.compile(r"为|為|对|對|给|給|向|与|與|跟|同|从|從|自|在|于|於|比")
# verbs of a list or a study of others' work: '本项目整理了开源的中文数据集' (this project collects open datasets)
CJK_CURATES = lazyre.compile(r"整理|收集|汇总|彙總|聚合|汇集|匯集|收录|收錄|盘点|盤點|列出|介绍|介紹|推荐|推薦|评测|評測|测评|測評|复现|復現|梳理|调研|調研|"
                             r"分享|分析|搜集|蒐集|解析|剖析|解读|解讀")
