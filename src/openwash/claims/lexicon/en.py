"""English."""

from __future__ import annotations

from openwash.claims.lexicon.base import SEP, SEP1, E, Lexicon, W, alt, heads

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
_DEM_NOUN = r"(?:" + "|".join(sorted(DEMONSTRATIVE_NOUNS, key=len, reverse=True)) + r")(?:s|es)?"

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
        (W + r"open\s+(?:(?!sourc|weight)[\w\-]+\s+){0,2}?(?:models?|llms?|mllms?|vlms?|slms?|lms)" + E, "open",
         "plain"),
        (W + r"open\s+(?:(?!sourc|weight)[\w\-]+\s+){0,2}?(?:datasets?|corpus|corpora)" + E, "open", "plain"),
        (W + r"openly" + SEP + r"releas\w*", "open", "plain"),
        (W + r"releas\w*\s+(?:[\w\-]+\s+){0,3}openly" + E, "open", "plain"),
        (W + r"open\s+releases?" + E, "open", "plain"),
        (W + r"open\s+licen[cs]e" + E, "open", "plain"),
        (W + r"open" + SEP + r"science" + E, "open", "plain"),
    ],
    fixed_non_claims=(
        W + r"(?:open" + SEP + r"source\s+initiative|osi" + E + r"|open" + SEP + r"source\s+definition"
        r"|open\s+source\s+ai\s+definition|open" + SEP + r"source\s+code\s+of\s+conduct"
        r"|open" + SEP + r"source\s+program\s+office|open\s+llm\s+leader\s?board|open\s+model\s+licen[cs]e"
        r"|open\s+(?:rail|data\s+commons)|open" + SEP + r"source\s+(?:guide|summit|conference|day)s?"
        r"|open" + SEP + r"source\s+(?:ai\s+)?(?:alliance|foundation(?!\s+models?))"
        r"|open\s+science\s+(?:foundation|framework))" + E),
    first_person=(W + r"(?:we|we're|we’re|we've|we’ve|we'd|we’d|our|ours|us|i|i'm|i’m|i've|i’ve|my|let's|let’s)"
                  + E),
    second_person=W + r"(?:you|you're|you’re|your|yours)" + E,
    demonstrative=(W + r"(?:this|these)\s+(?:[\w\-]+\s+){0,3}?" + _DEM_NOUN + E
                   + r"|" + W + r"(?:here|herein|in\s+this\s+(?:repo|repository|project))" + E),
    dependency=(
        W + r"(?:use|uses|used|using|utili[sz]\w*|leverag\w*|built\s+(?:on|upon|with|using|atop)|"
        r"build(?:s|ing)?\s+(?:on|upon|with)|based\s+on|powered\s+by|backed\s+by|rel(?:y|ies|ying)\s+on|"
        r"depend\w*\s+on|via|through|thanks\s+to|benefit\w*\s+from|inspired\s+by|fork(?:ed)?\s+(?:from|of)|"
        r"derived\s+from|adapted\s+from|integrat(?:e|es|ed|ing)(?:\s+with)?|compatible\s+with|"
        r"support(?:s|ing|ed)?(?:\s+for)?|"
        r"works?\s+with|wrapper\s+(?:around|for)|port\s+of|recommend\w*|suggest\w*|such\s+as|including|"
        r"e\.g\.|consider\w*|explor\w*|visit|refer\s+to|"
        r"(?:fine[\s-]?tuned|trained|finetuned|pre-?trained)\s+(?:on|from|with)|"
        r"on\s+top\s+of|run(?:s|ning)?\s+(?:on|with)|deploy\w*|download\w*|instal\w*|"
        r"access(?:ing)?|contribut\w*\s+to|contact\w*|"
        r"evaluat\w*\s+(?:with|on|using)|distill\w*\s+from|learn\s+about|choos\w*|host(?:s|ing)?\s+|"
        r"alternatives?\s+to|instead\s+of|serv(?:es|ing)\s+|wrap\w*|embed\w*|call\w*|connect\w*|"
        r"interact\w*\s+with|interfac\w*\s+with|plug\w*\s+into|load\w*|import\w*|adopt\w*|"
        r"find|discover|look\s+(?:to|at|for)|browse|compar\w*\s+with|migrat\w*\s+(?:to|from)|switch\w*\s+to)"
        + E),
    comparison=(
        W + r"(?:outperform\w*|out-perform\w*|surpass\w*|beat\w*|exceed\w*|superior\s+to|inferior\s+to|"
        r"better\s+than|worse\s+than|compar\w*|versus|vs\.?|against|than|among(?:st)?|rival\w*|on[\s-]par\s+with|"
        r"competitive\s+(?:with|against)|rank\w*|lead(?:s|ing)?\s+(?:among|in)|best\s+(?:among|of)|"
        r"top\s+(?:among|of)|(?:#|no\.?\s*)1\s+(?:among|of)|1st[\s-]rank\w*|sota\s+(?:among|for)|"
        r"state[\s-]of[\s-]the[\s-]art\s+(?:among|for)|"
        r"within|between|gap\s+between|close[sd]?\s+the\s+gap|underperform\w*|lag\w*\s+behind|behind|"
        r"closed[\s-]source|proprietary|closed)" + E),
    coordinated_closed=(
        r"^\s*(?:and|or|&|/|vs\.?|versus|,)\s+(?:\w+\s+){0,1}(?:closed|proprietary|commercial(?!ly)|non-open|"
        r"open[\s-]?weights?|source-available|api[\s-]only)" + E),
    community_heads=heads(
        "advocacy advocate advocates collaboration communities community contribution contributions contributor "
        "contributors culture developer developers development enthusiast enthusiasts ethos fan fans folks friends "
        "ideal ideals landscape maintainer maintainers member members movement office people philosophy principle "
        "principles program programs root roots scene space spirit sponsor sponsors supporter supporters "
        "sustainability team value values way ways world"),
    license_heads=heads("agreement licence licenced licences licencing license licensed licenses licensing terms"),
    product_heads=heads(
        "adapter agent alternative api app application assistant base benchmark bot broker browser chatbot "
        "checkpoint checkpoints choice classifier client clone cms code codebase compiler corpus crawler database "
        "dataset decoder demo detector diffusion ecosystem editor embedding encoder engine extension firmware fork "
        "framework game generator ide implementation interpreter kit library llm llms lora manager mllm model "
        "models network option os package pipeline platform player plugin port product project protocol prototype "
        "reader recipe release replication reproduction rewrite runtime scheduler sdk server service slm software "
        "solution stack suite system tokenizer tool toolkit transformer version viewer weights"),
    release_verbs=(
        W + r"(?:releas\w*|publish\w*|launch\w*|announc\w*|introduc\w*|present|presents|presented|presenting|"
        r"unveil\w*|offer\w*|provid\w*|shar(?:e|es|ed|ing)|mak(?:e|es|ing)|made|build|builds|building|creat\w*|"
        r"develop\w*|design\w*|train(?:s|ed|ing)?|open[\s-]?sourc\w*|distribut\w*|maintain\w*|"
        r"produc(?:e|es|ed|ing)|deliver\w*|ship\w*|contribut\w*|dedicat\w*|committed|donat\w*|upload\w*|"
        r"pushed|debut\w*|bring\w*|brought|opted|chose|decided|proud|excited|happy|pleased|thrilled|delighted|"
        r"glad|complet\w*|finish\w*|propos\w*|put|born|born\s+out|to\s+offer|to\s+build|to\s+create|"
        r"to\s+develop|to\s+make|to\s+provide|to\s+release|attempt\w*|aim\w*)" + E),
    thanks=(W + r"(?:thank\w*|grateful|gratitude|appreciat\w*|kudos|shout[\s-]?outs?|acknowledg\w*|"
            r"indebted|props)" + E),
    imperative_recommend=(
        r"^\W*(?:be\s+sure\s+to\s+|please\s+|do\s+)?(?:explore|check\s+out|check|see|visit|try|look\s+at|"
        r"have\s+a\s+look|take\s+a\s+look|refer\s+to|read|follow|browse|discover|learn|find|use|consider|join|"
        r"help|support|start|get\s+started)" + E),
    negation_words=(
        W + r"(?:not|never|none|neither|nor|without|cannot|can't|can’t|isn't|isn’t|aren't|aren’t|wasn't|"
        r"wasn’t|weren't|weren’t|doesn't|doesn’t|don't|don’t|didn't|didn’t|won't|won’t|hardly|barely)" + E
        + r"|(?:^|\W)(?:non|no)[\s\-‐‑]+$|" + W + r"no\s+longer" + E),
    not_only=W + r"not\s+(?:only|just|merely|simply)" + E,
    hedge=(W + r"(?:may\s+not|might\s+not|not\s+necessarily|not\s+(?:fully|completely|entirely|truly|yet|really))"
           + E),
    plan_left=(
        W + r"(?:will|shall|gonna|going\s+to|plan(?:s|ned|ning)?\s+to|planned|planning|intend\w*\s+to|"
        r"aim(?:s|ing)?\s+to|hope\s+to|would\s+like\s+to|wants?\s+to|wish\s+to|expect\w*\s+to|to\s+be|soon|"
        r"upcoming|eventually|later|future|may|might|could|would|considering|roadmap|todo|to-do|tbd|pending|"
        r"prepar\w*\s+to|about\s+to|yet\s+to|promis\w*\s+to|in\s+the\s+process\s+of|working\s+(?:on|towards?))"
        + E),
    # words that may stand between a future marker and the phrase it governs ('will be fully open-sourced',
    # 'will release our open-source model'); any other word means the marker governs something else
    plan_gap=(
        r"^(?:\s+(?:be|been|become|get|also|soon|then|later|eventually|all|both|made|make|release|publish|provide|"
        r"offer|launch|share|available|as|to|a|an|the|our|its|their|more|further|gradually|continue|continuing|"
        r"and|open|same|new|first|full|entire|remaining|rest|of|\w+ly|\d+|[\w\-]+-\d+\w*|code|model|models|"
        r"weights|data|dataset|checkpoints|version|versions|training|inference|evaluation|scripts))*\s*$"),
    plan_right=(
        r"^[^.;:!?。；]{0,40}?" + W + r"(?:soon|later|in\s+the\s+(?:near\s+)?future|in\s+the\s+coming|shortly|"
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
    copula_words=("is", "are", "was", "were", "be", "been", "being", "become", "becomes", "became", "remain",
                  "remains", "stay", "stays"),
    contrast=(W + r"(?:only|but|while|whereas|except|although|enterprise|proprietary|closed[\s-]source|"
              r"commercial\s+(?:license|edition|version)|community\s+edition|premium|pro\s+tier)" + E),
    clause_break=(r",\s*(?:but|while|whereas|although|though|however|so|which|who)" + E
                  + r"|" + W + r"(?:but|while|whereas|although|though|however|unlike)" + E),
    quantity_nouns=heads(
        "all any array bunch catalog catalogue couple dozen dozens each either handful host hundred hundreds kind "
        "kinds list lot lots majority many million millions most none number one plenty range selection several "
        "some sort sorts thousand thousands three two type types variety"),
)
