"""English."""

from __future__ import annotations

from openwash.claims.lexicon.base import SEP, SEP1, E, Lexicon, W, alt, heads
from openwash.claims.lexicon.words import words

STRONG_ADVERBS = ["fully", "truly", "completely", "entirely", "totally", "genuinely", "100%", "100 %",
                  "100 percent", "wholly", "100% percent"]

# Nouns a demonstrative points at: 'this project', 'these models', 'this 7B checkpoint'.
DEMONSTRATIVE_NOUNS = (
    "repo", "repository", "project", "model", "code", "codebase", "library", "package", "tool", "toolkit",
    "framework", "release", "version", "work", "effort", "implementation", "software", "database", "app",
    "application", "platform", "dataset", "data", "checkpoint", "weights", "series", "family", "plugin",
    "extension", "engine", "server", "client", "sdk", "api", "system", "suite", "crate", "module", "benchmark",
    "corpus", "llm", "chatbot", "assistant", "agent", "initiative", "product", "program", "solution", "service",
    "feature", "component", "script", "pipeline", "recipe",
)

# What a release is made of, said to be open with a bare 'open' after its copula ('OWN's weights are open', 'the
# training code is now open'); 'open' after any other subject says nothing of a release ('the issue is open').  The
# phrase is the whole predication: what stands before it (a possessive, 'the', 'our') says whose the parts are.
_PARTS_ARE_OPEN = (W + alt(["weights", "checkpoints", "parameters", "code", "source", "data", "dataset", "datasets",
                            "model", "models"]) + r"\s+(?:is|are)(?:\s+now)?\s+open")

LEXICON = Lexicon(
    code="en",
    phrases=[
        (W + alt(STRONG_ADVERBS) + SEP1 + r"open" + SEP + r"sourc(?:e|ed|ing)" + E, "open-source", "strong"),
        (W + r"open" + SEP + r"sourc(?:e|ed|ing)" + E, "open-source", "plain"),
        (W + r"open[\-‐‑]?sources" + E, "open-source", "plain"),  # the verb; 'open sources' is a noun
        (W + r"free\s+(?:and|&)\s+open" + SEP + r"source" + E, "open-source", "plain"),
        (W + r"foss" + E, "open-source", "plain"),
        (W + r"open" + SEP + r"core" + E, "open-source", "partial"),
        # fully / truly / 100 % open (without 'source')
        (W + alt(STRONG_ADVERBS) + SEP1 + r"open" + r"(?![\w\-‐‑]|\s*[\-‐‑]?\s*(?:sourc|weight))", "open-source",
         "strong"),
        (W + r"open" + SEP + r"weights?" + E, "open-weights", "plain"),
        (W + r"openly" + SEP + r"(?:available|released)\s+(?:model\s+)?(?:weights|checkpoints|parameters)" + E,
         "open-weights", "plain"),
        # (the words between are the noun's modifiers, no function word: 'the open availability of model weights'
        # names no model)
        (W + r"open\s+(?:(?!sourc|weight|(?:of|to|for|and|or|in|on|with|the|a|an)\s)[\w\-]+\s+){0,2}?"
             r"(?:models?|llms?|mllms?|vlms?|slms?|lms)" + E, "open", "plain"),
        (W + r"open\s+(?:(?!sourc|weight|(?:of|to|for|and|or|in|on|with|the|a|an)\s)[\w\-]+\s+){0,2}?"
             r"(?:datasets?|corpus|corpora)" + E, "open", "plain"),
        (W + r"openly" + SEP + r"releas\w*", "open", "plain"),
        # ('openly available under the MIT License': available on the terms of a licence, as 'released' is; 'openly
        # available datasets' alone says what can be had, whoever made it)
        (W + r"openly" + SEP + r"available(?=\s+under\b)", "open", "plain"),
        # ('We release our code and weights openly': the object between, up to five words)
        (W + r"releas\w*\s+(?:[\w\-]+,?\s+){0,5}openly" + E, "open", "plain"),
        # ('Openly licensed checkpoints', 'released openly licensed'): under an open licence, as 'open licence' says
        (W + r"openly" + SEP + r"licen[cs]ed" + E, "open", "plain"),
        (W + r"open\s+releases?" + E, "open", "plain"),
        (W + r"open\s+licen[cs]e" + E, "open", "plain"),
        (W + r"open" + SEP + r"science" + E, "open", "plain"),
        # ('… are open to contributions', 'open for business': open to someone, not released)
        (_PARTS_ARE_OPEN + r"(?![\w\-‐‑]|\s*[\-‐‑]?\s*(?:sourc|weight))(?!\s+(?:to|for|in|at|on|with|by|until|from)\b)",
         "open", "plain"),
        # ('The model weights are openly available for anyone to download'): the parts' predication, as above
        (_PARTS_ARE_OPEN + r"ly\s+available" + E, "open", "plain"),
    ],
    fixed_non_claims=words(
        "open~source initiative|opensource initiative|osi|open~source definition|opensource definition|"
        "open source ai definition|open~source code of conduct|opensource code of conduct|"
        "open~source program office|opensource program office|open llm leader board|open llm leaderboard|"
        "open model licence|open model license|open rail|open data commons|open~source guides|open~source guide|"
        "open~source summits|open~source summit|open~source conferences|open~source conference|"
        "open~source days|open~source day|opensource guides|opensource guide|opensource summits|"
        "opensource summit|opensource conferences|opensource conference|opensource days|opensource day|"
        "open science foundation|open science framework",
        # 'the open-source AI foundation', but not 'open-source foundation models' or 'the open-source foundation
        # framework' (a foundation that is a kind of product)
        # an initiative named with any openness phrase is an organisation ('the Open Model Initiative')
        rest=W + r"open" + SEP + r"(?:source\s+(?:ai\s+)?(?:alliance|foundation(?!\s+(?:models?|frameworks?|layers?|"
             r"platforms?|librar(?:y|ies)|stacks?|tools?|toolkits?|kits?|services?|apis?|systems?|engines?)\b))|"
             r"(?:models?|weights?|data)\s+initiative)" + E),
    first_person=words(
        "we|we're|we’re|we've|we’ve|we'd|we’d|our|ours|us|i|i'm|i’m|i've|i’ve|my|let's|let’s"),
    second_person=words(
        "you|you're|you’re|your|yours"),
    demonstrative=words("this …3 {noun}|these …3 {noun}|here|herein|in this repo|in this repository|in this project",
                        noun=" ".join(n + suffix for n in DEMONSTRATIVE_NOUNS for suffix in ("", "s", "es"))),
    set_off_prepositions=words("without|with|except|excluding|including|besides|apart from|aside from"),
    focus_adverbs=W + r"(?:also|even|likewise)" + E,
    dependency=words(
        "use|uses|used|using|utilis*|utiliz*|leverag*|exploit*|empowered by|query|queries|queried|querying|built on|built upon|built with|built using|built atop|"
        "builds on|builds upon|builds with|building on|building upon|building with|build on|build upon|"
        "build with|based on|based upon|powered by|backed by|rely on|relies on|relying on|relied on|rely upon|relies upon|relied upon|relying upon|depend* on|via|through|"
        "thanks to|benefit* from|inspired by|forked from|forked of|fork from|fork of|derived from|"
        "adapted from|started from|evolved from|grew out of|sourced from|taken from|borrowed from|ported from|copied from|extracted from|integrate with|integrate|integrates with|integrates|integrated with|integrated|"
        "integrating with|integrating|compatible with|supports for|supports|supporting for|supporting|"
        "supported for|supported|support for|support|works with|work with|wrapper around|wrapper for|port of|"
        "recommend*|suggest*|such as|including|e.g.|consider*|explor*|visit|refer* to|fine~tuned on|"
        "fine~tuned from|fine~tuned with|finetuned on|finetuned from|finetuned with|trained on|trained from|"
        "trained with|finetuned on|finetuned from|finetuned with|pre-trained on|pre-trained from|"
        "pre-trained with|pretrained on|pretrained from|pretrained with|on top of|runs on|runs with|"
        "running on|running with|run on|run with|inference on|inference with|inference using|deploy|deploys|deployed|deploying|download*|install|installs|installed|installing|installation|accessing|"
        "access|contribut* to|"
        "contact*|evaluat* with|evaluat* on|evaluat* using|distill* from|learn about|choos*|hosts |hosting |"
        "host |alternatives to|alternative to|instead of|serves |serving |wrap*|embed*|call*|connect*|"
        "interact* with|interfac* with|plug* into|load*|import*|adopt*|find|discover|look to|look at|"
        "look for|browse|compar* with|migrat* to|migrat* from|switch* to|"
        # what a product ships of others' or is made from ('bundles the following open-source packages', 'games
        # that build from Godot')
        "bundle|bundles|bundled|bundling|build from|builds from|built from|building from|"
        # the tool or platform something is made on ('made on the open source platform EasyEDA')
        "made on|made with|designed on|designed with|created on|created with|"
        # what is read or studied to build something ('implemented by reading the open-sourced client')
        "by reading|by studying|by inspecting|by analys*|by analyz*|by reverse~engineer*|for studying|to study|"
        # what a project does to another's model ('focused on adapting a strong open-weight model')
        "adapt|adapts|adapting|fine~tune|fine~tunes|fine~tuning|finetune|finetunes|finetuning|"
        # what a study, a test or an attack is of ('an evaluation of prompt-injection defenses on an open-weight
        # model', 'Measuring the Security Exposure of Open-Source LLM Agents'): its object, not what it releases
        "evaluation of|evaluations of|study of|studies of|analysis of|analyses of|benchmark of|benchmarks of|"
        "audit of|audits of|assessment of|assessments of|measurement of|measurements of|survey of|surveys of|"
        "attack on|attacks on|attacks against|measuring|benchmarking|auditing|probing|red~teaming"),
    comparison=words(
        "outperform*|out-perform*|surpass*|beat*|exceed*|superior to|inferior to|better than|worse than|"
        "improves over|improved over|improving over|improvement over|improvements over|gains over|"
        "compar*|versus|against|than|amongst|among|rival*|on~par with|competitive with|"
        "competitive against|rank*|leads among|leads in|leading among|leading in|lead among|lead in|"
        "best among|best of|top among|1st~rank*|sota among|sota for|state~of~the~art among|"
        "state~of~the~art for|within|between|gap between|closes the gap|closed the gap|close the gap|"
        # 'behind' ranks after a copula or a verb of falling back, not in 'the team behind this open-source app'
        "underperform*|lag* behind|is behind|are behind|was behind|were behind|fall* behind|fell behind|"
        "trail* behind|slightly behind|far behind|just behind|closed~source|proprietary|closed|preferred over|"
        "preferred to|favored over|favoured over|first~place|second~place|third~place|1st~place|2nd~place|"
        "3rd~place|runner~up|second~best",
        # ('vs', but not in the editor's name 'VS Code'; 'top of' a ranking, not 'on top of', what a thing is built on)
        rest='(?<![\\w])(?:(?:#|no\\.?\\s*)1\\s+(?:among|of)|vs\\.?(?!\\s*code(?![\\w]))|(?<!on )top\\s+of)(?![\\w])'),
    coordinated_closed=(
        r"^\s*(?:and|or|&|/|vs\.?|versus|,)\s+(?:\w+\s+){0,1}(?:closed|proprietary|commercial(?!ly)|paid|non-open|"
        r"open[\s-]?weights?|source-available|api[\s-]only)"
        # a class ('open & closed-source models'), not a compound adjective of the own release ('Fully
        # Open-Source & Commercial-Ready')
        r"(?![\w]|-(?!source|weight)\w)"),
    community_heads=heads(
        # (and the field others work in: 'a central open-source compliance and SBOM tool', 'open source governance')
        "advocacy advocate advocates collaboration commitment commitments committee committees communities community compliance "
        "contribution governance "
        "contributions contributor council "
        "contributors culture developer developers development enthusiast enthusiasts ethos fan fans folks forum forums "
        "friends organisation organisations organization organizations "
        "ideal ideals landscape maintainer maintainers member members mission movement office people philosophy pledge principle "
        "principles program programs root roots scene space spirit sponsor sponsors supporter supporters "
        "sustainability team value values way ways world"),
    license_heads=heads("agreement licence licenced licences licencing license licensed licenses licensing notice notices "
                        "terms"),
    product_heads=heads(
        "adapter agent alternative api app application assistant base benchmark bot broker browser chatbot "
        "checkpoint checkpoints choice classifier client clone cms code codebase compiler corpus crawler database "
        "dataset decoder demo detector diffusion ecosystem editor embedding encoder engine environment environments "
        "extension firmware fork framework game generator ide implementation infrastructure interpreter kit kits library llm llms lora "
        "manager mllm model models network option os package pipeline platform player plugin port product project protocol prototype "
        "reader recipe release replication reproduction rewrite runtime scheduler sdk server service slm software "
        "solution stack suite system tokenizer tool toolbox toolkit transformer version viewer weights workspace "
        # (more kinds of software and devices: 'Open-source CLI for …', 'an open source time tracker')
        "cli utility gateway proxy dashboard launcher emulator simulator monitor tracker hardware device robot "
        "interface ui gui webui frontend studio notebook paas saas"),
    release_verbs=words(
        # (the verbs' own forms, not the nouns of who does it or of the act: 'Inference Providers API', 'developers',
        # 'maintainers', 'distribution')
        "releas*|publish|publishes|published|publishing|launch*|announc*|introduc*|present|presents|presented|"
        "presenting|unveil*|offer*|provide|provides|provided|providing|share|shares|shared|sharing|make|makes|making|"
        "made|build|builds|building|built|create|creates|created|creating|develop|develops|developed|developing|"
        "design*|trains|trained|training|train|open~sourc*|opensourc*|distribute|distributes|distributed|distributing|"
        "maintain|maintains|maintained|maintaining|produce|produces|"
        "produced|producing|deliver*|ship*|contribute|contributes|contributed|contributing|dedicat*|committed|donat*|"
        "upload*|pushed|debut*|bring*|"
        "brought|opted|chose|decided|proud|excited|happy|pleased|thrilled|delighted|glad|complet*|finish*|"
        "propos*|put|born|born out|to offer|to build|to create|to develop|to make|to provide|to release|"
        "attempt*|aim*"),
    thanks=words(
        "thank*|grateful|gratitude|appreciat*|kudos|shout~outs|shout~out|shoutouts|shoutout|acknowledg*|"
        "indebted|props|made possible"),
    thanks_to_reader=(r"\b(?:thank\s+you|thanks)(?:\s+(?:so|very)\s+much)?\s+for\s+(?:your\s+(?:interest|contributions?|"
                      r"help|time|feedback)\b|(?:considering\s+|wanting\s+to\s+)?(?:contributing|using|choosing|trying|"
                      r"checking\s+out|helping|joining)\b)"),
    imperative_recommend=(
        r"^\W*(?:be\s+sure\s+to\s+|please\s+|do\s+)?(?:explore|check\s+out|check|see|visit|try|look\s+at|"
        r"have\s+a\s+look|take\s+a\s+look|refer\s+to|read|review|follow|browse|discover|learn|find|use|consider|join|"
        r"help|support|start|get\s+started)" + E),
    # ('Together, let's build a thriving open-source ecosystem!': the reader is asked to build with the author)
    invitation=(r"(?:^\W*(?:come\s+(?:and\s+)?)?(?:join|help\s+us|get\s+involved|be\s+(?:a\s+)?part\s+of)|"
                r"\bjoin\s+(?:our|us)\b|\blet(?:'s|’s|\s+us)\s+(?:\w+ly\s+)?(?:build|create|grow|shape|foster|make|improve))" + E),
    negation_words=words(
        "not|never|none|neither|nor|without|cannot|can't|can’t|isn't|isn’t|aren't|aren’t|wasn't|wasn’t|"
        "weren't|weren’t|doesn't|doesn’t|don't|don’t|didn't|didn’t|won't|won’t|haven't|haven’t|hasn't|hasn’t|"
        "hadn't|hadn’t|hardly|barely|no longer",
        rest='(?:^|\\W)(?:non|no)[\\s\\-‐‑]+$'),
    not_only=W + r"not\s+(?:only|just|merely|simply)" + E,
    hedge=words(
        "may not|might not|not necessarily|not fully|not completely|not entirely|not truly|not yet|"
        "not really"),
    plan_left=words(
        "will|shall|we'll|we’ll|i'll|i’ll|they'll|they’ll|it'll|it’ll|gonna|going to|plans to|planned to|planning to|plan to|planned|planning|intend* to|"
        "aims to|aiming to|aim to|hope to|would like to|wants to|want to|wish to|expect* to|to be|soon|"
        "upcoming|eventually|later|future|may|might|could|would|considering|roadmap|todo|to-do|tbd|pending|"
        "prepar* to|about to|yet to|promis* to|in the process of|working on|working towards|working toward|"
        # ('we are working to … prepare the first open source release': what is being prepared is not out yet)
        "prepare|prepares|preparing|"
        # ('We are still determining whether to release it as open source': undecided)
        "whether to|"
        # ('the datasets proposed for full open-source release': not yet released)
        "proposed for|scheduled for|slated for|planned for"),
    # words that may stand between a future marker and the phrase it governs ('will be fully open-sourced',
    # 'will release our open-source model'); any other word means the marker governs something else
    plan_gap=(
        r"^(?:\s+(?:be|been|become|get|go|also|soon|then|later|eventually|all|both|made|make|release|publish|provide|"
        # (the participles of release: 'will be released as open-source')
        r"released|published|provided|offered|launched|shared|distributed|licensed|"
        r"offer|launch|share|available|as|to|a|an|the|our|its|their|more|further|gradually|continue|continuing|"
        # (a verb of weighing it keeps it planned: 'we will consider open-sourcing it')
        r"consider|considering|"
        # (and a pronoun for what is planned: 'will release it as open source')
        r"and|open|same|new|first|full|entire|remaining|rest|of|it|them|this|these|\w+ly|\d+|[\w\-]+-\d+\w*|code|model|models|"
        # (a participle that modifies what is planned: 'will make the trained weights open source')
        r"(?:pre-?|fine-?)?[a-z]+[^e\W]ed|"
        r"weights|data|dataset|checkpoints|version|versions|training|inference|evaluation|scripts|"
        # (how many of what is planned: 'planning to make a number of open-source models accessible')
        r"number|couple|few|several|some|series|set|range|variety|selection|suite|family|handful))*\s*$"),
    plan_right=(
        # ('licensed under GPL 2 or later', '… or any later version': a licence's versions, not a time)
        r"^[^.;:!?。；]{0,40}?" + W + r"(?:soon|(?<!or\s)(?<!any\s)later|in\s+the\s+(?:near\s+)?future|in\s+the\s+coming|shortly|"
        r"upon\s+(?:acceptance|publication)|after\s+(?:the\s+)?(?:paper|review|acceptance|publication)|"
        r"(?:is|are)\s+coming|coming\s+soon|tbd|planned|someday|eventually|next\s+(?:week|month|year|release)|"
        r"before\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the\s+end|end|\d)\w*)" + E),
    question_start=(
        r"^\W*(?:is|are|was|were|does|do|did|can|could|should|will|would|why|what|how|which|who|where|when|"
        r"whether)" + E),
    # modal requirements ('must be open source') and definitions ('open source means ...')
    requirement_left=(
        W + r"(?:must|should|shall|needs?\s+to|has\s+to|have\s+to|required\s+to|ought\s+to)\s+(?:\w+ly\s+)?"
        r"(?:be|become|remain|stay)\s+(?:\w+ly\s+)?(?:an?\s+)?$"
        + r"|" + W + r"(?:so[\s-]called|what(?:'s|\s+is)?|meaning\s+of|definition\s+of|defin\w+\s+(?:as|of)|"
        r"criteria\s+(?:for|of)|qualif\w+\s+as|considered|known\s+as|call(?:ed|s)?|term|difference\s+between)"
        r"\s+(?:an?\s+|the\s+)?(?:\"|“|')?$"),
    definition_right=(
        r"^\W{0,3}(?:means?|refers?\s+to|is\s+defined|is\s+a\s+term|stands\s+for|requires?|"
        r"is\s+about|is\s+not\s+(?:just|only)|is\s+more\s+than)" + E),
    # ('for' only after a ranking: 'a data catalog for lakehouses' is what the catalog is for, not what it lists)
    catalogue=(W + r"(?:awesome\s+list|(?:curated\s+|annotated\s+)?(?:list|catalog(?:ue)?|directory|survey|roundup|"
               r"compendium|comparison|reviews?)\s+(?:of|de|des|do|da|dos|das)|(?:leaderboard|ranking)\s+(?:of|for))"
               # (not E: 'awesome list입니다' ends in a Korean copula, a letter to E)
               r"(?![a-z0-9_])"),
    catalogue_guide=W + r"(?:guide\s+(?:to|for)|handbook\s+(?:of|for))" + E,
    # ('Awesome' opens the title of a list, a GitHub convention: 'Awesome Mac', '# Awesome Korean LLM')
    catalogue_title=W + r"awesome(?=\s+\w)",
    # (an overview, a survey, a reading list is written about others' work: '# Open-Source LLM Overview')
    catalogue_heads=heads("leaderboard leaderboards guide handbook alternatives cheatsheet cheat_sheet awesome_list "
                          "overview survey reading_list"),
    copula_words=("is", "are", "was", "were", "be", "been", "being", "become", "becomes", "became", "becoming", "remain",
                  "remains", "remained", "remaining", "stay", "stays", "stayed", "staying", "go", "goes", "went", "gone"),
    contrast=words(
        "only|but|while|whereas|except|although|enterprise|proprietary|closed~source|commercial license|"
        "commercial edition|commercial version|community edition|premium|pro tier"),
    clause_break=(r",\s*(?:but|while|whereas|although|though|however|so|which|who)" + E
                  + r"|" + W + r"(?:but|while|whereas|where|although|though|however|unlike)" + E),
    quantity_nouns=heads(
        "all any array bunch catalog catalogue couple dozen dozens each either handful host hundred hundreds kind "
        "kinds list lot lots majority many million millions most none number one plenty range selection several "
        "some sort sorts thousand thousands three two type types variety"),
    collection_nouns=heads("collection family line lineup series set suite zoo"),
    attitude_verbs=heads("adore adores champion championing champions cherish cherishes embrace embraced embraces "
                         "encourage encourages encouraging foster fosters fostering promote promotes promoting "
                         "embracing love loved loves loving value valued values"),
    edition_nouns=heads("build builds distribution distributions edition editions flavor flavour server servers "
                        "tier variant version versions"),
    answer_yes=r"yes\b|supported\b",
    feature_words=heads("free fast secure safe private simple easy lightweight open extensible modular portable "
                        "reliable scalable flexible powerful customizable customisable transparent self-hosted offline "
                        "local small tiny minimal accurate efficient multilingual cross-platform"),
    having_words=heads("available unavailable included missing supported present found shipped exists exist offered "
                       "provided enabled"),
    organisation_nouns=heads("organization organisation organizations organisations"),
    list_adders=heads("more other additional extra further advanced core main notable unique special all"),
    object_openers=heads("the a an new latest"),
    past_modifiers=heads("previous former erstwhile legacy earlier"),
    invites_contributions=r"\bwe\s+(?:\w+\s+){0,2}(?:welcome|encourage|invite|appreciate)\s+(?:\w+\s+){0,3}?"
                          r"(?:contributions?|participation|pull\s+requests|prs|contributors)\b",
    finite_words=r"\b(?:is|are|was|were|has|have|had|will|can|should|must|would|could|shall|might|do|does|did|we|they|it|"
                 r"you|i)\b",
    table_corner=frozenset({"aspect", "aspects", "feature", "features", "criterion", "criteria", "property", "properties",
                            "category", "dimension", "dimensions", "capability", "capabilities", "attribute",
                            "comparison", "compare", "vs", "vs."}),
)
