"""Cues that carry over to unseen repositories (issue 14): each a grammatical fact, not a sentence."""

from __future__ import annotations

import pytest
from claimkit import claims_in, in_body, positives

from openwash import ownnames
from openwash.claims import ClaimContext, explain_document
from openwash.markdown import parse_document

# --- cues that carry over to unseen repositories (issue 14): each a grammatical fact, not a sentence ---------

CARRIED_CLAIMS = [
    # the author as agent of the release beats what follows it (a community it goes to, a count)
    ("first person, CJK", "我们已经将预训练模型开源到社区。", "开源"),
    ("count, not comparison", "所有结果（超过40个任务）都可以用我们开源的代码复现。", "开源"),
    # a completed release told without its agent (Japanese and Chinese drop a known subject)
    ("completed release, ja", "推論コードをオープンソース化しました。", "オープンソース"),
    ("released-is, zh", "因为开源的是增量参数的模型，需要先合并。", "开源"),
    # the own name in the noun phrase decides whose it is, whoever uses it
    ("own name beats 'you'", "You can deploy an open-source Wren server on your own machine.", "open-source"),
    ("open dataset", "Wren-Data is an open dataset of two trillion tokens.", "open dataset"),
    ("own maker of an appositive", "Wren also developed and maintains Finchly, an open-source tokenizer.",
     "open-source"),
    ("name in a code span", "`Wren-Chat` 开源项目获得超过 10K stars。", "开源"),
    ("past participle", "All results can be reproduced with open-sourced code and checkpoints.", "open-sourced"),
    ("own licence, zh", "Wren 模型开源协议已经修改为 Apache 2.0 协议。", "开源"),
    ("demonstrative licence, zh", "该项目采用 Apache 2.0 开源许可证。", "开源"),
    ("feature label explained by the own name", "- Open-source and self-hostable — Wren is Apache-2.0.",
     "Open-source"),
    # a leading adverbial with an object ends at its comma: what follows is the subject, not an appositive
    ("leading adverbial, not an appositive",
     "Due to limits of Kestrel Runtime, the open-source code runs slower than our internal build.", "open-source"),
    ("short leading adverbial with an object",
     "Unlike Kestrel, the open-source code ships with its training data.", "open-source"),
    # the domain of a superlative is not an owner
    ("superlative frame, not a possessor",
     "We introduce Wren, the world's first open-weight reasoning model for phones.", "open-weight"),
    # a subjectless release after an enumeration marker and an adverb (a contribution list)
    ("subjectless release in an enumeration", "(d) Fully open-sourced a family of 3B models for phones.",
     "Fully open-sourced"),
    # 'open source' before the own name modifies it; it is not the concept
    ("the phrase modifies the own name", "Get an email about new releases for open source Wren.", "open source"),
    # a collection named after the own name is the own release, whoever looks at it ('the OWN family of ...')
    ("a collection of the own name beats 'you'",
     "You can see the details of the Wren family of open-source models in the table below:", "open-source"),
    ("a collection of the own name after a comparison",
     "Compared with the previous generation of models, the Wren series of open-source models is faster.",
     "open-source"),
    # an edition belongs to a product: with no other product named, it is the one these documents describe
    ("the open-source edition after a verb of use",
     "This guide uses the open source distribution to get you started.", "open source"),
    ("the open-source edition after 'compatible with'", "- Cloud APIs compatible with the open source servers",
     "open source"),
    # an adjective after an article or another adjective describes the noun, it picks out no one else
    ("adjectives after an article", "- *\"The best free open source coding assistant.\"* — a user", "open source"),
    # an infinitive of purpose takes the subject of the main clause after it
    ("purpose of the author",
     "To stay completely free and open-source, with no paid tier, we need your help.", "free and open-source"),
    # the developers of this open-source project: the phrase modifies the project, not a community
    ("developers of this open-source project, zh", "依据 MIT 协议，使用者需自行承担风险，本开源项目开发者与此无关。", "开源"),
    # a plan word another phrase follows is that phrase's plan: the first release is done, the second planned
    ("a release now and a plan after it, zh", "目前开源 Wren-17B 英文模型，即将开源中文模型。", "开源"),
    # a verb that puts its object in the state the phrase names: the object decides whose it is
    ("object complement", "Sponsorships help us keep the project open source for everyone.", "open source"),
    # a completed release as a Chinese relative clause ('the model versions released so far: …')
    ("completed release as a relative clause, zh", "目前已开源的模型版本：3B、7B、13B", "开源"),
    # the clause the phrase is predicated in has its own subject, whoever is addressed
    ("own subject after 'you wonder why'", "You might wonder why Wren is open source while it costs nothing.",
     "open source"),
    ("'as an ..., OWN'", "As an open source project, Wren welcomes contributions of all forms.", "open source"),
    # Chinese: a month-day date opens a news item; this project as the agent of a release, right before the phrase
    # or before a release verb whose object holds it; a relative clause of dependency closed by 的
    ("month-day news item, zh", "- 7月21号 中英双语 SFT 数据开源 🔥🔥", "开源"),
    ("agent after 'the following', zh", "以下是本项目开源的部分指令数据。", "开源"),
    ("agent before a release verb, zh", "本项目推出了基于 Kestrel-3 的中文开源大模型 Wren-Chinese。", "开源"),
    # a community noun that modifies a compound going on to its head ('program analysis engine')
    ("a compound after a community noun", "Wren CLI - The open-source program analysis engine for many languages.",
     "open-source"),
    # Chinese: a copula after a comma continues the topic that opens the sentence; a bare artifact noun opening
    # the sentence is the definite, own one (Chinese has no articles)
    ("topic subject, zh", "Wren = W + ren，是原公司项目底层代码剥离后的开源库。", "开源"),
    ("bare artifact subject, zh", "产品开源免费，并且将持续提供免费的社区技术支持。", "开源"),
    # a release 'so far' without a subject, told in a list item ('instruction data: 1.2M pairs released so far')
    ("a subjectless release so far, zh", "- 指令数据集, 当前开源 120W 问答对，磁盘空间 1.1G。", "开源"),
    # the members of a collection are things, not the idea ('a collection of open source, on-device models')
    ("a collection of open source, on-device models",
     "Wren is a collection of open source, on-device, speech language models with voice cloning.", "open source"),
    # Chinese: a bare artifact noun released under a licence; this repository before a quantifier; a dependency
    # word inside a noun compound; a completed release 'so far'
    ("bare artifact under a licence, zh", "模型以 Apache License 2.0 协议开源，支持商业用途。", "开源"),
    ("this repository before a quantifier, zh", "本仓库所有开源代码及模型均遵循 MIT 许可协议。", "开源"),
    ("a fine-tuned model released, zh", "- 【2024.09.14】基于 Kestrel-7B 模型的 Lora 微调模型开源，配置文件见 configs。",
     "开源"),
    ("a release so far, zh", "当前开源的模型由于中文语料有限，效果较为粗糙。", "开源"),
    # 在 … 中 with a demonstrative or possessive says which one, not 'among'
    ("in this open-source project, zh", "在本开源项目中，我们提供了完整的训练代码。", "开源"),
    ("fully open, zh", "Wren 权重对学术研究完全开放。", "完全开放"),
    ("own name before the phrase, zh", "Wren 的开源模型已经发布。", "开源"),
    # after a subject pronoun 'open-source' is the verb, whatever its object looks like
    ("verb after a subject pronoun", "To help research, we open-source intermediate training checkpoints.",
     "open-source"),
    # a comparison word before the author's own class is no comparison ('within our open-source family')
    ("within our own class", "Wren-Dialog is the long-form specialist within our open-source Wren family.",
     "open-source"),
    # coordinated modifiers after an article are no name ('Wren: A Strong and Open-source Coding LLM')
    ("coordinated title-case modifiers", "Introducing Wren: A Small and Open-source Coding LLM for Issues",
     "Open-source"),
    # a sentence that opens with the own name is about it, whatever 'you' it addresses later
    ("own name opening, 'you' as an object", "Wren stays available to you whatever happens to its company, since it is "
                                             "open-source and can be self-hosted.", "open-source"),
    # a degree word after an article makes a superlative, not a quantifier
    ("a superlative after an article", "We released Wren-38B, the latest and most capable open-source reasoning model.",
     "open-source"),
    # the head of the noun phrase and 'of' before the own name ('the open-source nature of OWN')
    ("head 'of' the own name", "Furthermore, the open-source nature of Wren invites outside review.", "open-source"),
    # a subtitle after 'OWN:' is the own name's
    ("subtitle of the own name", "Welcome to Wren: The Little Singer, a community-driven open-source app.",
     "open-source"),
    # Chinese: the author's own relative clause after a verb of use; after '开源了' the object is released, not
    # what it is built on; 'all' on a subject the phrase is predicated of; the agent of another clause
    ("the author's relative clause after a verb of use, zh", "我们使用自己构建并开源的 Kestrel 数据集进行评测。", "开源"),
    ("object of a completed release, zh", "- 开源了多轮数据构建方式，并集成了多轮训练方法。", "开源"),
    ("all the code, zh", "今后也不会有商业版本，所有代码全部开源！", "开源"),
    ("an agent in another clause, zh", "带星号的技能由 Pro 版本提供，开源版不包含。", "开源"),
    # 准备 before 的 is a participle ('prepared for'), not a plan
    ("a participle, not a plan, zh", "Wren 是一套为快速研发准备的一整套前后端分离的开源框架，旨在快速搭建中小型项目。", "开源"),
    # 'the current open-source edition', as 'the open-source edition' in English
    ("the current open-source edition, zh",
     "- 当前开源版本保留认证、网关、用户权限、监控、代码生成和定时任务等核心能力，"
     "移除了商业版中的多租户、数据权限、动态路由、流程、支付、报表和移动端服务。",
     "开源"),
    # a dated news item that opens with the phrase, whichever way 开源 reads
    ("a dated news item opening with a release verb, zh",
     "- 2024年8月28日：发布基于 Kestrel-2 进行中文预训练的开源大模型 Heron-7B，效果很好。", "开源"),
    ("a dated news item opening with the phrase, zh", "[9/22/2024] 🔥开源中文法律领域评估数据集 **Kestrel-Eval**。",
     "开源"),
    # the members of a collection in apposition to the own name, after coordinated adjectives
    ("a collection in apposition, coordinated adjectives",
     "We are glad to introduce **Wren** (formerly Finch), a family of small yet capable open-source code LLMs.",
     "open-source"),
    # a verb of use inside a relative clause closed by 的 does not govern the head noun the copula predicates
    ("a verb inside a relative clause, zh", "Wren是一款完全免费且使用中无广告的开源软件，欢迎使用。", "开源"),
    # the open-source edition of an artifact named after the own name ('OWNCorpus 数据集的开源版本')
    ("the open-source edition of an own dataset, zh",
     "- 2024.06.06：WrenCorpus数据集的开源版本发布，详情见项目主页与数据说明文档，其中包含二十五万个多轮对话与一百五十万轮交互记录。",
     "开源"),
    # a community in the next clause is not the phrase's head; 将 before 'we' and an attributive phrase marks the
    # object ('only use the code we released for research'), it plans nothing
    ("a community in the next clause, zh", "本项目中的代码依照 Apache-2.0 协议开源，社区使用 Wren 模型需要遵循社区许可协议。", "开源"),
    ("将 marks the object, zh", "我们要求开发者仅将我们开源的代码和模型用于研究目的。", "开源"),
    # 'the OWN library' opens with the own name: what it provides is its own
    ("'the' before the own name as subject",
     "The `wren` library provides open-source components for parsing PDF and HTML documents.", "open-source"),
    # after an infinitive's 'to' comes a verb, not a modifier of the phrase: 'to open-source' is no concept here
    ("a verb after an infinitive's 'to'",
     "This project aims to construct *open-source, large-scale* dialogue data for training.", "open-source"),
    # zh: a demonstrative before the phrase or as the copula's subject points at the own artifact ('此开源项目',
    # '这是…开源项目'); a bare '项目' with an adverb opens the sentence as the own artifact
    ("a demonstrative before the phrase, zh", "* 此开源项目旨在从 0 开始训练一个超小语言模型。", "开源"),
    # after a demonstrative the phrase modifies the noun, any of the product heads ('this open-source server')
    ("a demonstrative before the phrase and a product head, zh", "这套开源服务端由三个组件组成。", "开源"),
    ("a demonstrative before the phrase and a plugin, zh", "欢迎试用这款开源插件，反馈问题。", "开源"),
    ("a demonstrative as the copula's subject, zh", "* 这不仅是一个大语言模型全阶段开源复现项目，也是一套教程。", "开源"),
    ("a bare artifact noun and an adverb, zh", "* 项目同时开源了大模型的极简结构与完整训练链路。", "开源"),
    # a class named after the own name is the own release ('all models within the OWN series')
    ("within the own series", "All models within the Wren series have been open-sourced on Hugging Face.",
     "open-sourced"),
    # an adjective in a list before the phrase is predicated with it ('keep this project free, open-source, …')
    ("a list of predicated adjectives", "Their contributions help keep this project free, open-source, and "
                                        "accessible to everyone.", "open-source"),
    ("a coordinated adjective before an object complement", "Donations keep the project fast and open source.",
     "open source"),
    # a leading adverbial with an enumeration ends at the comma after it, and the own name opens the clause
    ("an enumeration in a leading adverbial",
     "Unlike chat apps such as Kestrel, Finch, and Loon, Wren offers an open-source messaging kit for developers.",
     "open-source"),
    # a list item's feature label is not the subject: the own name after it is, and 'you' is its object
    ("a feature label before the own name",
     "- **Annotate documents:** Wren allows you to annotate PDF files with a signing pad for the simplest open "
     "source signing experience.", "open source"),
    # 'the open weights', 'the open-source checkpoints': the release itself, named by nothing else, even after a
    # verb of use
    ("the open weights after a verb of use", "To run Flash Attention with the open weights:", "open weights"),
    ("the open checkpoints after a verb of use", "Download the open-source checkpoints and run the demo.",
     "open-source"),
    # zh: a sentence that opens with this project or the own name is about it, as in English, when nothing it
    # uses, thanks or compares governs the phrase
    ("this project opens the sentence, zh", "本项目包含两部分：开源的命令行工具和闭源的桌面客户端。", "开源"),
    ("this project opens a disclaimer, zh", "本项目不承担开源模型和代码可能带来的任何风险和责任。", "开源"),
    ("the own name opens the sentence, zh", "`Wren` 正式版发布的开源模型均提供 safetensors 格式。", "开源"),
    # zh: the own artifact uses a licence ('使用 MIT 开源协议'): its own licence
    ("the own name uses an open licence, zh", "Wren 使用 MIT 开源协议。", "开源"),
    # zh: an edition named by nothing else is the product's own, whoever deploys or uses it
    ("an edition after a verb of use, zh", "支持本地部署开源版，也提供云端托管版。", "开源"),
    ("an own ecosystem", "The Wren open-source ecosystem has three parts.", "open-source"),
    # 'behind' ranks only after a copula or a verb of falling back
    ("the team behind the project", "The team behind this open-source project is small and friendly.", "open-source"),
    # zh: a short leading adverbial before the opening ('如无特殊说明，', '此外，')
    ("a leading adverbial before the own name, zh", "如无特殊说明，Wren 正式版发布的开源模型均提供 safetensors 格式。", "开源"),
    # zh: a clause the phrase ends shares the next clause's subject ('通过开源，我们…')
    ("the author in the next clause shares it, zh", "通过开源，我们与每一位合作伙伴共同构建 Wren 生态。", "开源"),
    # zh: a 在 before a comma frames the earlier clause, not the phrase ('…中的第 3500 步' is a step, no ranking)
    # ... while a participle after an adverb tells of the release ('the previously open-sourced sizes')
    ("a participle after an adverb", "Building on the previously open-sourced sizes of 1.5B and 7B, this release brings four more sizes.",
     "open-sourced"),
    # 'all' with no noun after the phrase is an intensifier: the line predicates openness without a verb
    ("an intensifier in a verbless line", "- 🔒 All **open source**, transparent and self-hostable.", "open source"),
    # zh: the own name with a series word before the phrase names the noun phrase's owner, in any section
    ("the own name with a series word, zh", "您可以在下表中看到 **Wren** 系列开源模型的详细信息：", "开源"),
    # zh: an item that opens with a verb of release and no subject tells what the authors release
    ("an item opening with a verb of release, zh", "4. 提供支持**中英文双语**的开源模型版本。", "开源"),
    ("an item releasing a model built on another, zh", "- 提供基于 Kestrel 的开源模型。", "开源"),
    # zh: ... unless the place is the project itself
    ("the own project as the place, zh", "本项目中的开源模型均采用 Apache 2.0 协议。", "开源"),
    # zh: ... while 'by open-sourcing' is the author's release
    ("by open-sourcing, zh", "我们希望通过开源 Wren 推动社区发展。", "开源"),
    # zh: the author thanks the reader for joining its own project
    ("the author's thanks for joining its own project, zh", "我们感谢您对参与我们的开源 Wren 项目的热情。", "开源"),
    # the own short name in parentheses after a long name names the subject, before a copula or an apposition
    ("an own alias in parentheses before a copula",
     "**Holistic Evaluation of Speech Models (Wren)** is an open source Python framework created by the Loon Center.",
     "open source"),
    ("a parenthesis between the own name and an apposition",
     "- **[2025/01/02]** We present **Wren** (Process Reinforcement through IMplicit REwards), an open-source solution for RL.",
     "open-source"),
    # the object a verb ranks among open releases is what is open ('making OWN one of the most … open-sourced')
    ("an object ranked among open releases",
     "The release includes data and checkpoints, making Wren one of the most comprehensively open-sourced models.",
     "open-sourced"),
    # 'go open source' is to become open source
    ("going open source", "When other platforms chose the closed route, we decided to go open source.", "open source"),
    # a fronted time clause takes the subject of the main clause
    ("a fronted time clause", "Before being open sourced in February 2014, Wren had been developed for years.",
     "open sourced"),
    # zh: a locative frame closed before the phrase frames the release ('在 GitHub 上开源了')
    ("a locative frame closed before the phrase, zh", "我们在 GitHub 上开源了 Wren 的训练代码。", "开源"),
    ("a 在 in an earlier clause, zh", "该项目在 8 张 GPU 上训练，此次开源的是训练过程中的第 3500 步权重。", "开源"),
    # a participle after the head noun starts a clause of its own: 'developers' is not what is open
    ("a participle after the head noun",
     "Wren is a dev-first open source speech agent framework enabling developers to build voice apps.", "open source"),
    # zh: the author as the subject of a relative clause closed by 的 ('the open models we distilled')
    ("the author in a relative clause, zh", "你也可以直接下载我们蒸馏完成的开源模型。", "开源"),
    # zh: a clause that opens with a licence and releases under it states the product's licence
    ("a licence opening the clause, zh", "- MIT 开源，企业版说明见文档", "开源"),
    # zh: this project as the subject of 包含 (contains) before 下列 (the following): its own resources
    ("this project contains the following, zh", "该项目包含下列开源资源：", "开源"),
    # zh: a bare artifact noun or the community edition opening the sentence, under a licence named before 协议
    ("a bare noun under a licence, zh", "项目采用 MIT 开源协议，保留协议声明即可免费商用。", "开源"),
    # the bare noun of what is released opens a clause that names its licence ('the code is released under MIT')
    ("a bare noun released under a named licence, zh", "源码以 Apache-2.0 开源，可以免费商用。", "开源"),
    ("the community edition under a licence, zh", "* 社区版基于 Apache License 2.0 开源协议，永久免费使用。", "开源"),
    # zh: 构建 as a noun of a compound ('抽取与构建工具', a construction tool) is no verb of dependency
    ("a compound with 构建, zh", "Wren 是一个开源的知识图谱抽取与构建工具。", "开源"),
    # zh: a licence clause with the light verb 进行 ('carry out the release')
    ("a licence clause with 进行, zh", "基于 [MIT license](https://opensource.org/licenses/MIT) 许可进行开源。", "开源"),
    # zh: an edition named after a list of properties is the product's own, whoever supports it
    ("an edition after a list of properties, zh", "- Wren 不仅支持联网使用，也支持开源、免费、自托管的版本", "开源"),
    # zh: 该工具包 (this toolkit) points at the artifact the README describes
    ("this toolkit under a licence, zh", "该工具包使用 [Apache 2.0](LICENSE) 开源许可证。", "开源"),
    # how many things the author released is a quantity of its own releases, not a class of others
    ("a quantity the author developed", "To this end we've developed a number of open source projects including:",
     "open source"),
    # zh: a dependency relative clause over coordinated names says what the subject is built on
    ("built on coordinated names, zh", "Wren 是基于 PyTorch 和 Kestrel 的开源工具箱，专注于文本检测。", "开源"),
    # zh: a label of the address that follows is the release's own ('开源地址：<link>')
    ("the label of an address, zh", "开源地址：[https://github.com/wren/wren](https://github.com/wren/wren)", "开源"),
    # the last conjunct of a subject list takes the list's first ('The model, …, and some of the data')
    ("a subject list opening with the model",
     "- `2025.06.23` The model, interactive demo, and some of the data of **Kestrel** have been open-sourced.",
     "open-sourced"),
    # zh: 'our other open-source project' is a sibling, the author's own
    ("our other project, zh", "🔥 欢迎观摩我们的另一个开源项目 <a href=\"https://github.com/kestrel/finch\">Finch 笔记</a>", "开源"),
    # zh: this (本) right after the phrase is what is released
    ("releasing this one, zh", "此番开源本sdk，也是为了能够让大模型更快落到实际的开发任务中去。", "开源"),
    # zh: 'my other open-source projects' are the author's siblings
    ("my other projects, zh", "> 🥳 **欢迎关注我的其他开源项目：**", "开源"),
    # zh: 本书 (this book) opens a sentence about the own artifact; 一本 is a classifier, not 'this'
    ("this book, zh", "本书是一本开源书。", "开源"),
    # zh: an answer's marker ('A1:') labels no name
    ("an answer's marker, zh", "A1: 开源版本仅包含 Transformer 部分的权重，可直接用于下游任务精调。", "开源"),
    # zh: a sentence that opens with the licence it follows
    ("a sentence opening with the licence it follows, zh", "遵循 MIT 开源许可协议，您可以免费使用。", "开源"),
    # zh: ... while a completed release the author is glad to share is announced, not curated
    ("sharing a completed release, zh", "我们非常兴奋地分享 Wren-Chat 现已开源并供 AI 社区使用。", "开源"),
    # zh: ... while a relative clause of use after a copula describes the subject
    ("a relative clause of use after a copula, zh", "Wren-Agent 是一个基于 Wren 改进的开源视觉语言模型。", "开源"),
    # ... while a link's text that is the phrase and its noun alone is judged as the sentence says
    ("a link's text that is the phrase and its noun", "Our integration code is also [open-source](https://github.com/wren/wren).",
     "open-source"),
    # 'that' after a verb of saying or knowing opens a clause with its own subject
    ("a clause after 'keep in mind that'", "Keep in mind that the model is open source and can make mistakes.",
     "open source"),
    # the agent of 'is to open-source' is the subject of 'is'
    ("an infinitive after 'is to'", "The main purpose of this project is to open-source Chinese dialogue models.",
     "open-source"),
    # zh: 的 and an enumeration comma close the basis clause; the phrase after them describes the subject
    ("attributes coordinated by 、, zh", "Wren 是一个基于 Kestrel 的、开源的内网穿透项目。", "开源"),
    # zh: 最新 (latest) before a completed release, with no subject, announces the author's
    ("latest before a completed release, zh", "最新开源了单卡运行 70B 模型的 Finchly。", "开源"),
    # zh: a clause of its own after what the author shares opens with the phrase as its verb
    ("a coordinated release after sharing, zh", "我们详细地分享了数据收集、模型设计等全过程，并开源全部代码。", "开源"),
    # a means predicated of the own name ('the … way for everyone to …') is what it is, not a philosophy
    ("a means predicated of the own name", "Wren is the easy, open source way for everyone to ask questions.",
     "open source"),
    # a relative clause set off by commas: its verb governs its own clause, and the subject stands before it
    ("a dependency verb inside a relative clause", "Wren, which supports native inputs, is an open source project.",
     "open source"),
    ("the subject before a relative clause", "Wren, which is built on Kestrel, is open source.", "open source"),
    ("a restrictive relative pronoun for the own name", "We release Wren which is fully open source.", "open source"),
    # zh: ... while a name before 开源了 with nothing after it is what was released, and the own name as maker is
    # the author's
    ("a name released, zh", "- 2024.01: Wren-2 开源了！", "开源"),
    ("the own name as maker, zh", "Wren 提供的开源模型支持中文。", "开源"),
    # ... while a condition that presupposes the release still says it
    ("a release a condition presupposes", "If you find our open-sourced efforts useful, please star the repo.",
     "open-sourced"),
    # 'open-source foundation' before a product noun is a kind of product, not the name of an organisation
    ("a foundation framework", "Wren is the open-source foundation framework that solves it:", "open-source"),
    # zh: 本库 (this library) is a demonstrative; a licence after 基于 is what it is released under
    ("this library's licence, zh", "注意：本库的原创内容基于 GPL-3.0 开源许可证发布。", "开源"),
    ("released under a licence after 基于, zh", "该项目基于 MIT 许可证开源。", "开源"),
    # ... and an own name inside the linked name of an invitation leaves the appositive after 'join us' own
    ("the own product after 'join us'", "Join us in fueling the development of Wren, an open-source project!",
     "open-source"),
    # zh: a Chinese name introduced as 'a (product)' is how a README presents its own product
    ("a Chinese name introduced as a product, zh", "鹭鸟是一款开源的云原生监控系统，采用一体化设计。", "开源"),
    # zh: a name opening the sentence and following an open licence is the product described
    ("a name that follows an open licence, zh", "鹭鸟遵循 Apache 2.0 开源协议。", "开源"),
    # zh: the own name as the sentence's label: its maker released what it labels
    ("the own name's label and its maker, zh", "Wren：由鹭鸟实验室开源的高性能推理框架。", "开源"),
    # zh: a series the own name is (the copula's predicate), not a quantifier over others
    ("the own name is a series, zh", "Wren 是由鹭鸟实验室与一所大学联合开发的一系列开源大语言模型智能体。", "开源"),
    # zh: the whole of the work opening a bullet is the own work ('全流程开源', the whole pipeline is open)
    # the authors' own paper title that names the own artifact and says what it is, as a tagline does
    ("a BibTeX title in apposition to the own name", "  title={Wren: An Open-Source Library for Robot Learning},",
     "Open-Source"),
    # a preposition is no subject: the gerund's agent is the main clause's subject
    ("'by …ing' and the main clause's 'we'", "By open-sourcing the code and weights of the base model, we aim to "
                                             "close the gap with closed models.", "open-sourcing"),
    # zh: a bare artifact noun opening a later clause, a place between it and the copula
    ("a bare artifact noun in a later clause, with a place, zh",
     "收费课程以项目为主，代码在 Gitee 和 GitHub 上都是开源的，项目没有商业版。", "开源"),
    # zh: a plan word before another verb plans that verb; the demonstrative points at what exists
    ("a plan word for another verb, then a demonstrative, zh", "我会告诉你怎么开始学这个开源项目，哪些是重点。", "开源"),
    # the author's release verb with the community as its recipient
    ("a release given to the community", "We release this series of models to the open-source community under the "
                                         "Apache-2.0 license.", "open-source"),
    # zh: a date before a colon is no label naming what the item describes
    ("a date before a colon, zh", "* 2026-07-09：开源 Kestrel-Diarize 0.9B。", "开源"),
    ("a bare artifact noun and 全 (all), zh", "代码全开源无加密，可免费商用。", "开源"),
    # zh: a licence's name names no one before a bare artifact noun in a later clause
    ("source code after a licence, zh", "1. 使用 Apache License 2.0 协议，源代码完全开源，无商业限制。", "开源"),
    # an adjective after a dash, with no noun of its own, describes the copula's subject, not the object before it
    ("an adjective after a dash", "Wren is a framework designed to explore and test advanced RAG techniques — 100% "
                                  "open source and focused on experimentation.", "open source"),
    # a present copula coordinated with a promise is said of now: 'is and always will be'
    ("'is and always will be'", "Wren is and always will be open source.", "open source"),
    ("'is and will always be' after a relative clause", "Wren, which supports every input, is and will always be an "
                                                       "MIT-licensed open source project.", "open source"),
    # zh: a relative clause of use that takes the phrase in and closes by 的 right after it modifies the head noun
    # the copula predicates
    ("a relative clause closing after the phrase, zh", "Wren 是一款基于 Vue3.4、TypeScript、Vite5 开源的后台管理框架。",
     "开源"),
    # zh: 且 (and) before the bare noun; only the clause right before it is asked whether it names someone
    ("'and the code' after a clause about the own name, zh",
     "- 你可以把它作为 Spring Boot 技术栈的实践项目，Wren 足够符合要求，且代码开源、功能完备。", "开源"),
    ("the whole pipeline, zh", "- 全流程开源，包括训练框架 KestrelRL 与工具沙盒 KestrelDock，支持社区共建。", "开源"),
    # zh: properties listed to the end of a clause, with no noun after them, are said of the sentence's subject
    ("properties after a dash, zh", "Wren 用 Rust 编写，把网页变成干净的文本——开源、可自托管。", "开源"),
    ("properties after a comma, zh", "Wren 用 Go 编写，开源、免费、跨平台。", "开源"),
    # ja: a completed release that ends the sentence, with its subject and object dropped, is the author's
    ("a completed release ending the sentence, ja", "機能が整ってきたため、別の選択肢を届けるべくオープンソース化しました。",
     "オープンソース"),
    ("released as open source, ja", "モデルの重みをオープンソースとして公開しました。", "オープンソース"),
    # an adverb of time between the author and the release, a main clause's own subject after '作为…', a completed 近期
    ("an adverb of time after the author, zh", "我们最新开源了 Wren 模型。", "开源"),
    ("as an open-source project, OWN after the comma, zh", "作为一个开源项目，Wren 允许开发人员自由检查代码。", "开源"),
    ("recently with the completed 了, zh", "近期我们开源了 Wren-Det，达到了业界的领先水平。", "开源"),
    ("the author's own relative clause, zh", "我们量化完成的开源模型已上传。", "开源"),
    # a Chinese name with its parts joined by '·', an alias in brackets and its kind, introduced as 'the first …'
    ("a Chinese name introduced as the first of its kind, zh",
     "悟道·鹪鹩（Jiaoliao） 语言大模型是首个具备中英双语知识的开源语言大模型。", "开源"),
    # 'leading' in a headline that opens with the own name describes it ('# OWN 国内领先…开源电商系统')
    ("leading after the own name, zh", "Wren 国内领先企业级免费开源电商系统！", "开源"),
    # a hyphenated property as a feature label, each part capitalised as labels are ('**Cost-Effective**:')
    ("a hyphenated property label", "- 💸 **Budget-Conscious**: Open-source alternative to paid note apps",
     "Open-source"),
    # a possessive or an article makes 'foundation' a common noun, not the name of a foundation
    ("our open-source foundation", "Wren Pro adds team features on top of our solid open-source foundation.",
     "open-source"),
    # a concessive phrase ends the noun phrase: 'development' after 'despite' is no head of it
    ("a phrase after 'despite'", "Wren is provided free of charge as an open-source project despite the high "
                                 "development cost.", "open-source"),
    # a compound adjective that ends in 'based' (no 'on' after it) is a modifier the copula reaches over
    ("a compound adjective in '-based'", "Wren is a suite of cloud based open source note apps.", "open source"),
    # what the reader contributes to, definite and named by nothing else, is the project the page is about
    ("contributing to the project", "Whether you want to contribute to the open source library or just read "
                                    "the code, this page is for you.", "open source"),
    # 'the first …' as the apposition of a Chinese name, after a dot
    ("the first of its kind after a dot, zh", "鹪鹩•首个中文开源气象大模型是由某大学研发的。", "开源"),
    # a dated item whose release is made on a hosting platform
    ("dated release on a platform, zh", "[*2024-5-17*] huggingface 开源模型权重", "开源"),
    # the community in the next conjunct is not the phrase's head
    ("a community noun in the next conjunct, zh", "- 完全开源和社区支持", "开源"),
    # a hyphenated participle as a feature label ('*Ground-breaking*:')
    ("a participle label", "- *Record-breaking*: the first open-source speech model for birdsong", "open-source"),
    # a means clause takes the main clause's subject, as a time clause does
    ("by being …, we", "By being open source and proudly copyleft, we invite everyone to improve it.", "open source"),
    # a coordinated subject, the own name among its conjuncts
    ("an own name among coordinated subjects", "Wren and Finch are available as both open-source software and an "
                                               "enterprise edition.", "open-source"),
    # the own name addressed to the reader ('OWN is your friendly …')
    ("the own name as what the reader is offered", "Wren is your friendly, self-hosted, open-source note app.",
     "open-source"),
    # a licence's name right after a Chinese character names no one ('基于MIT协议，源代码完全开源')
    ("a licence name after a Chinese character, zh", "* 免费：基于MIT协议，源代码完全开源，无商业限制。", "开源"),
    # a contrast ends what thanks govern; 'as a(n) … we' inside a clause describes the author
    ("as a small project we, after a contrast", "We appreciate your reports, but as a small open source project we "
                                                "cannot pay bounties.", "open source"),
    # the possessive of a leading phrase of cause points at the main clause's subject
    ("a possessive pointing ahead at the own name", "Due to its open-source nature, Wren is a popular choice.",
     "open-source"),
    # a compound goes on past a community noun to its head ('software developer kits')
    ("a compound past a community noun", "We have fully open-sourced our mobile software developer kits for "
                                         "developers.", "fully open-sourced"),
    # a list item's number before a bare noun of the release, zh
    ("a bare noun after an item's number, zh", "4）源码开源是免费的；", "开源"),
]


@pytest.mark.parametrize(("cue", "sentence", "phrase"), CARRIED_CLAIMS)
def test_cues_that_make_a_claim(cue: str, sentence: str, phrase: str) -> None:
    found = positives(in_body(sentence))
    assert [c.phrase for c in found] == [phrase], (cue, [(c.phrase, c.cue) for c in claims_in(in_body(sentence))])


CARRIED_NON_CLAIMS = [
    ("link to another owner", "- [x] [Open Kestrel models](https://github.com/kestrel-ai/open-kestrel)"),
    ("definite phrase naming another", "The open-source project Finchly by Loon Labs offers quantized inference."),
    ("purpose verb on a bare plural", "We release a recipe to align open LLMs with human feedback."),
    ("katakana noun after the phrase",
     "いくつかのオープンソースデータセットで訓練した画像エンコーダーを使い、最後に Wren を学習しました。"),
    ("dependency before the phrase, in the lead", "A note-taking app built on open-source libraries."),
    ("a label explained by others", "- Open source: Kestrel, Finch and Loon are supported."),
    ("own name as the subject of a dependency verb", "Wren builds on open-source libraries such as PyTorch."),
    ("agent named before an active release, zh", "Kestrel 开源了 Finch 3 模型。"),
    ("agent named before an active release, ja", "Kestrel がモデルをオープンソース化しました。"),
    ("the author thanks another's release, zh", "我们感谢 Kestrel 团队开源的代码。"),
    ("an appositive of another name after a leading adverbial",
     "In our tests with Kestrel, an open-source speech model, Wren was faster."),
    # a release whose agent is named is someone else's, list item or not
    ("passive release with an agent", "Open-sourced by Kestrel Labs, Finch is a fast tokenizer."),
    # the examples of the noun phrase are other names
    ("examples are others'",
     "Wren provides a model repository that includes the latest open-source LLMs like Kestrel 3, Finch and Loon."),
    # a quantifier before the adjective still picks out others; a purpose with another subject is theirs
    ("quantifier before an adjective", "Wren runs many popular free open-source models."),
    ("purpose of someone else", "To stay open-source, Kestrel needs sponsors."),
    # Chinese: the own name as the object of a verb of use after the phrase ('other projects that use OWN'); a
    # future that opens the sentence; 'among' with a predicate after 中; the licence of another name
    ("other projects that use the own name, zh", "如果您有其他开源项目使用或改进 Wren，欢迎提交 Pull Request。"),
    ("a future that opens the sentence, zh", "未来，我们将持续投入研究，不断开源更加强大的 Wren。"),
    ("a future that opens the sentence, ja", "今後、さらに高性能で多言語に対応できる軽量な Wren をオープンソースとして公開します。"),
    ("among with a predicate, zh", "Wren 保持了出色的英文能力，在开源同类模型中具有竞争力。"),
    ("the licence of another name, zh", "本项目基于 Kestrel-2 模型进行开发，使用过程中请严格遵守 Kestrel-2 的开源许可协议。"),
    # the bare object of a verb of attitude is the idea; another's object stays another's
    ("a verb of attitude", "We hire engineers who love open source and good developer tools."),
    ("object complement of another", "Kestrel Labs keeps the Kestrel runtime open source."),
    ("object complement of another, coordinated", "Kestrel Labs keeps the Kestrel runtime fast and open source."),
    ("completed release after a quantifier, zh", "其他已开源的模型版本可以在 Kestrel 找到。"),
    ("a heading naming a topic, zh", "#### 已开源的模型"),
    ("a heading naming a released topic, zh", "## 开源金融数据集"),
    ("'other' on a subject the phrase is predicated of, zh", "其他项目全部开源。"),
    ("a dated news item naming another agent, zh", "- 2024年8月29日：Kestrel 发布了开源大模型 Finch。"),
    ("another name's open-source edition, zh", "Kestrel 的开源版本很好用。"),
    ("a comparison with someone else's class", "Wren ranks first within open-source coding models."),
    # 'these' after a sentence naming third parties points back at them
    ("'these' after third parties", "This tool installs third-party open source packages. "
                                    "Review the license terms of these open source packages before use."),
    # an edition that modifies what follows is that thing's ('オープンソース版の Kestrel ドライバー')
    ("an edition of another's driver, ja", "> オープンソース版の Kestrel ドライバーには Finch が含まれていないため、使えません。"),
    ("a plan with 准备, zh", "我们准备开源 Wren 的训练代码。"),
    ("the reader as the subject", "You can run any open-source model you like with Wren."),
    ("'most' as a quantifier", "We support most popular open-source models."),
    ("a collection that is not in apposition", "We compare Wren with a family of small yet capable open-source LLMs."),
    ("another's relative clause after a verb of use, zh", "我们使用 Kestrel 团队构建并开源的数据集进行评测。"),
    # a quoted term is mentioned, not used; names that hold the phrase; 'more' quantifies; the author asks others
    ("scare quotes", 'The "open source" option wanted an account, an API token and a fee.'),
    ("a site named with the phrase, zh", "在上海举办的 \"第62期开源中国源创会\" 上，我做了演讲。"),
    ("'more' quantifies, zh", "Wren 社区还有更多开源案例，请参考 Awesome 列表。"),
    ("a clause continuing another's release, zh", "近期Kestrel发布了Kestrel2版本，开源可商用，效果有了重大更新。"),
    ("the author asks others to release, zh", "我们鼓励社区成员开源分享代码和模型，共同促进技术发展。"),
    # a quoted link text is a cited title, wherever it stands
    ("a quoted link title", 'Wren was presented in the talk "[Open source scheduling in practice](https://conf.example/t)".'),
    ("a quoted link title, zh", '在专题 "[微服务原理、基础架构和开源实践](https://conf.example/t)" 中介绍了 Wren。'),
    # a measure after the phrase ranks against a class; another's model as the possessor of a release noun; a
    # well-known family right after the phrase
    ("a measure among a class", "The new 32B model achieves the best open-source performance on video benchmarks."),
    ("another's model as possessor, zh", "Llama模型的开源无疑极大促进了大模型技术的发展。"),
    ("a well-known family after the phrase, zh", "【最新】2024年07月24日：开源最强 Llama 3.1 模型发布，包含 8B 和 70B！"),
    # an edition of another product, and a collection named after another
    ("an edition of another product", "This guide uses the open-source version of Kestrel for tests."),
    ("a collection named after another", "We compare it with the Kestrel family of open-source models."),
    # 在 … 中: among open-source models, a comparison with others
    ("among open-source models, zh", "LongBench 的测评结果表明，在等量级的开源模型中，Wren 有着明显的竞争优势。"),
    # the own name inside a relative clause of dependency is what others build on ('open-source projects based on
    # or using Wren'), and a predicate after the phrase ends its noun phrase
    ("projects based on the own name, zh", "基于或使用了 Wren 的开源项目："),
    ("the following repositories support the own model, zh", "以下优秀开源仓库已经对 Wren 模型深度支持，欢迎扩展学习。"),
    # a bare plural is things in general, even with the author named elsewhere in the sentence
    ("a bare plural, the author named later", "He also proposed methods for context expansion, enabling open models "
                                              "to support inference with long context, which has had an impact on our work."),
    # a sentence that opens with 'later, we will' plans every clause it coordinates
    # zh: a demonstrative before a possessor points at the possessed noun, not at an open artifact
    ("a demonstrative before a possessor, zh", "这也是开源项目的意义所在！"),
    # the duties a licence sets ('open-source requirements: derivatives must …') release nothing
    ("a licence's requirements, zh", "- **开源要求**：衍生作品必须以相同的协议发布。"),
    # ... but not another's code ('Kestrel 的代码以 MIT 开源'): the clause opens with its owner
    ("another's code released under a named licence, zh", "Kestrel 的代码以 MIT 开源，可在其官网下载。"),
    ("a demonstrative before a possessor, after a verb, zh", "我们希望一起丰富这个开源工具的世界。"),
    ("'later we will' opens the sentence, zh", "后续我们将继续扩充数据, 争取为开源社区贡献更多对话样本, 共同推动开源医疗大模型的发展。"),
    # 结合 (combined with) is a verb of use
    ("combined with another's framework, zh", "我们建议结合开源工程框架 Kestrel-Retrieval 搭建前后端服务。"),
    # a well-known family names a model, in a list label too, and a remark after a name is part of it
    ("a known family as a list label", "- **Gemma 2**: an open model for phones."),
    ("a known family with a remark as a list label", "- **Gemma 2 (9B)**: an open model for phones."),
    ("a closed remark inside the noun phrase",
     "[2026/07] **Kestrel K3 (2.8T)** support: the largest open-source model runs on one card."),
    # zh: what comes between the opening and the phrase decides: a verb of use, a preposition before the own name,
    # a verb of a list of others' work
    ("this project supports others' models, zh", "本项目支持 Kestrel 等开源模型。"),
    ("a preposition before the own name, zh", "对 Wren 进行加速的开源项目："),
    ("this project collects others' work, zh", "本项目盘点了各家开源的语音模型。"),
    ("a preposition governs the phrase, zh", "此项目为开源大模型的推理提供统一的后端接口。"),
    ("a preposition of source governs the phrase, zh", "本项目从优秀的开源项目中选取词表。"),
    # zh: 'among (在) open models (中)' followed by a verb of showing ranks the own model among others
    ("among open models, zh", "Wren 在同等规模的开源模型中展现出了显著优势。"),
    ("another's edition after a verb of use, zh", "本项目使用 Kestrel 的开源版本。"),
    ("a leading adverbial of dependency, zh", "基于 Kestrel，本项目支持开源模型。"),
    # zh: 'comparable with (和…相当) the open model X'; a 在 that frames an earlier clause keeps no own name in it
    ("comparable with an open model, zh", "在英文评测基准上，Wren 也展现出了和开源模型 Kestrel 相当的效果。"),
    # zh: a track or leaderboard for open entries is a category, no release
    ("an open-source track, zh", "- 开源赛道：接受各类参赛团队提交的结果。"),
    # zh: no need to release ('不需要开源其模型') is no release; respecting open source is the idea
    ("no need to release, zh", "参赛团队可以使用自研的模型，不需要开源其模型。"),
    ("respect for open source, zh", "如果你希望将 Wren 用于商业项目，请尊重开源，遵循 AGPL-3.0 协议。"),
    ("an open-source leaderboard, zh", "开源榜排名靠前的团队需要提交实现代码。"),
    # zh: the author or the own name in a later clause is not who releases ('…开源受到限制，我们将…')
    ("the author in a later clause, zh", "考虑到商业数据，大规模模型开源受到各种条件的限制，我们将对 Wren 评测开放两个赛道。"),
    # the weights of another, or a long phrase that only ends in 'weights', are not the release
    ("the open weights of another", "We use the open weights of Kestrel for evaluation."),
    ("a long phrase ending in weights", "Also, the open availability of model weights might change a user's choice."),
    # a human preference is a comparison ('preferred over open-source models')
    ("preferred over a class", "In our user study, Wren is preferred over open-source models such as Kestrel."),
    ("slightly behind a class", "Wren is slightly behind open-source models like Kestrel on math."),
    # 'the open source ecosystem' is everyone's, a movement; open source technology's development, too, in zh
    ("the open source ecosystem", "Wren aims to offer the best signing experience in the open source ecosystem."),
    ("the development of open source technology, zh", "我们认为，开源技术的发展需要整个社区的共同维护。"),
    # zh: the idiom 开源不易 (open source is hard work) pleads for support; it releases nothing
    # zh: a locative frame around the phrase names where something is done ('在开源数据集上比较了…')
    ("a locative frame around the phrase, zh", "我们在开源基准数据集（包括 A、B 和 C）上比较了 Wren 与 Kestrel 的性能。"),
    ("a locative frame with 中, zh", "我们在开源社区中发布了 Wren 的第一个预览版。"),
    # a participle right between a preposition and its noun is an adjective: nobody releases anything
    ("an attributive participle after a preposition", "We invite contributors to work on open-sourced MoE projects."),
    # ... while 'all' before a noun quantifies a class
    ("a quantifier before a noun", "- All open source projects need maintainers."),
    # a verbless line right after a sentence about another's product goes on describing that product
    ("a verbless line after another's product",
     "* [Kestrel](https://kestrel.example) - The open source compliance platform for teams. Open source alternative to Finch."),
    # zh: by means of an open-source thing is using it ('通过…开源语料…进行预训练')
    ("by means of an open-source noun, zh", "我们扩充了词表，并通过大规模开源语料对 Wren 进行增量预训练。"),
    # zh: the own name after another verb is that verb's object, not in the phrase's noun phrase
    ("the own name as another verb's object, zh", "我们基于现有的开源数据集训练了 Wren，数据集包括："),
    # ... while an own name inside a longer remark does not name the subject
    ("an own name inside a parenthetical remark", "Kestrel (a Wren fork) is an open-source model."),
    ("another's object ranked among open releases", "Their data made Kestrel one of the most open models."),
    # ... another's going open source is theirs, and a plan to is a plan
    ("another goes open source", "Kestrel went open source in 2019."),
    ("a plan to go open source", "We will go open source next year."),
    # zh: open source as what needs everyone's help pleads for support; it releases nothing
    ("open source needs everyone, zh", "**请理解和支持，开源要大家参与贡献才会更美好~**"),
    # verbs of use: exploits, empowered by, query, zh 选用
    ("query", "We collect prompts and query a diverse set of state-of-the-art open-source and prestigious models."),
    ("exploits", "Wren maximally exploits the open-source feedback from two key perspectives."),
    ("empowered by", "Wren is a model family empowered by Kestrel, an approach to teaching LLMs with open-source code."),
    ("选用, zh", "和 Kestrel 等模型类似，Wren 当前选用开源 Finch 系列模型作为视觉编码器。"),
    # a BibTeX title field outside a code block is a cited title
    ("a BibTeX title", "  title={Wren: Open-Source AI Feedback Leads to Trustworthy Models},"),
    ("a bare artifact noun after a clause naming another, zh", "Loon 发布了 Kestrel，模型都是开源的。"),
    ("thanks for contributions to the community", "We thank all the authors for their contributions to the "
                                                  "open-source community."),
    ("'several' before the phrase, zh", "我们在 Loon 子集上，对比 **Wren Tokenizer** 与多个开源音频 tokenizer 的 SIM 指标。"),
    # zh: a relative clause of use whose object is the phrase's noun: what is open is what is used
    ("the head of a relative clause of use, zh", "- **2026/08/28**: 公开 Wren 训练使用的[开源数据集列表](docs/data.md)。"),
    # a plural demonstrative that a verb of use takes something from points at others' things
    ("'from these' after a verb of use", "Kestrel uses modified query files from these open source repositories."),
    # zh: 本 as a measure word after a number, or ending a word, is no 'this'
    ("a measure word after a number, zh", "还包括：1、大厂面经汇总 2、千本开源电子书 3、百张思维导图"),
    # 'of' after the edition names whose edition it is
    ("another's open-source edition", "- Kestrel -- The open source version of Kestrel is suitable for testing only."),
    ("open source defined as an idea, zh", "开源，是一种互联网精神。"),
    ("an adjective after a dash, the object built on", "Wren is built on Kestrel — fully open source."),
    ("a promise alone", "Wren will be open source once the paper is out."),
    ("'and the code' after another's release, zh", "Loon 发布了 Kestrel，且代码开源。"),
    ("a person of the movement, zh", "本程序由 Java 编写，它的作者是个很棒的开源分享者，欢迎大家前往支持。"),
    ("a plan word for the release itself, zh", "我们会开源这个项目的训练代码。"),
    ("'by …ing' and another's name", "By open-sourcing Kestrel, Loon Labs changed the field."),
    ("a BibTeX title naming another", "  title={Kestrel: An Open-Source Library for Robot Learning},"),
    # a dependency verb in the past tense
    ("relied on, past tense", "Our evaluations relied on open-source data and the data we wrote."),
    ("an idiom pleading for support, zh", "开源不易，如果 Wren 对你有帮助，请点个 star，你的支持是我们最大的动力。"),
    # an invitation to join: 'our' owns the channel, and the reader is asked to help build
    ("an invitation to join", "[Join our Slack](https://slack.example.com) to build truly open-source speech models."),
    # zh: a heading below the title that names the editions names a section
    ("editions named by a section heading, zh", "## 开源版与企业版"),
    # zh: 二次开源 is others re-releasing the code, as licence warnings forbid
    ("others re-releasing, zh", "* 对不遵循 MIT 协议二次开源 Wren 代码的行为我们将追究到底。"),
    # zh: names coordinated before 的 own what follows
    ("coordinated possessors, zh", "如果没有 Kestrel 和 Finch 的开源工作，Wren 就不可能实现。"),
    # an imperative that sends the reader to others' terms ('review the license terms of these …')
    ("review, an imperative to the reader", "Review the license terms of these open source projects before use."),
    # a piece of a page title in a link's text that names a section of a site
    ("a section named in a link's title, zh", "更多推荐，请参考：[Wren - 开源推荐](https://wren.example)"),
    # zh: open source as an activity or a pleasure is the movement's ('开源学习活动', '开源的乐趣')
    ("an activity, zh", "此外，我们还举办了招募活动，鼓励更多人参与到 AI 技术的推广和开源学习活动中来。"),
    ("the fun of open source, zh", "兴趣是最好的老师，Wren 帮你找到开源的乐趣！"),
    # zh: the licences of third-party parts
    ("third-party parts under their licences, zh", "本项目相关资源仅供学术研究之用，使用涉及第三方代码的部分时，请严格遵循相应的开源协议。"),
    # zh: what the author analyses or collects is others'
    ("the author analyses others' work, zh", "本仓库同时持续深度分析开源开放的大模型以及数据集的情况。"),
    # ... while a quantity the author evaluates is of others
    ("a quantity the author evaluates", "We evaluate several open-source models on our benchmark."),
    # a pipe row with an empty corner cell heads the columns of a comparison
    ("a header row with an empty corner cell", "| | Open Source (`wren-speech-toolkit`) | Managed API (`wren-py`) |"),
    # zh: the licences of the components it depends on (其依赖的三方组件) are others'
    ("the licences of dependencies, zh", "Wren 基于 Apache License 2.0 许可证，其依赖的三方组件的开源许可见 Licenses。"),
    # ... a list of others stays others'
    ("a subject list of others", "Other models, some tools, and many datasets are open-sourced every day."),
    # zh: the licence of the model the project uses (所用模型) is its maker's
    ("the licence of a model used, zh",
     "> 本项目所用模型为 kestrel.ai 出品的 finch_v2，模型开源协议为 Kestrel Public Model License，使用本项目请遵循该协议。"),
    # zh: 一本 is a classifier: the book described is the row's, another's
    ("a classifier, not this, zh", "|62|[finch/es6](https://github.com/finch/es6)|《ES6 入门》是一本开源的 JavaScript 教程。|19.0k|"),
    # zh: what the author collects (搜集) is others'
    ("collected by the author, zh", "我们搜集了十余个开源的中文数据集，可以分为情绪分析、信息抽取等几类。"),
    # zh: licence duties (开源义务) are licence terms
    ("licence duties, zh", "- **SaaS 触发开源义务 / SaaS Trigger**"),
    # zh: the author among the beneficiaries, and passion for or effort given to open source, are the movement's
    ("a beneficiary of open source, zh", "我们也希望自己不仅是开源的受益者，也能成为开源的贡献者。"),
    ("passion and effort for open source, zh", "也希望对开源有同样热情的伙伴加入进来，一起为开源献出一份力！"),
    # an invitation to join in the middle of a sentence
    ("join our, mid-sentence",
     "If you are interested in contributing, also join our [Loon OpenSource Plan](https://opensource.loon.example)."),
    # a verb of reading introduces a linked title ('Read more in [A New Direction for …](…)')
    ("a linked title after 'read more in'",
     "Read more in [Announcing a New Direction for Wren's Open Source Strategy](https://blog.wren.example/new)."),
    # a place in a ranking ranks among the class ('the second place in the open-source models')
    ("a place in a ranking", "- <ins>Underlined</ins> indicates the second place in the open-source model."),
    # ... while after 'note that' another's name is the subject
    ("another's name after 'note that'", "Note that Kestrel is an open-source library we depend on."),
    # zh: the basis clause still governs a phrase right after its 的
    ("a basis clause closed by 的, zh", "本项目推荐一个基于 Kestrel 的开源工具。"),
    # a line of keywords, split at its dots, names topics
    ("a line of keywords", "Keywords: Layout Analysis · Deep Learning · Open Source library · Toolkit."),
    # zh: a person named as who released, in a news item too
    ("a person who released, zh", "- 2023.07.23: [Kestrel](https://github.com/kestrel) 同学开源了 [Wren2Xmind](https://github.com/kestrel/Wren2Xmind)!"),
    # zh: ... while another's name labels what another released
    ("another's label and its maker, zh", "Finch：由鹭鸟实验室开源的高性能推理框架。"),
    # zh: 开源共创 (open-source co-creation) is a community
    ("co-creation, zh", "2. 开源共创特供奖励池（欢迎参加！）"),
    # ... while 'the open source way' alone is a philosophy, and 'which' stands for the name before its comma
    ("the open source way", "We believe in the open source way."),
    ("a relative pronoun for another's name", "Wren uses Kestrel, which is an open source library."),
    ("a restrictive relative pronoun for another's name", "Wren uses Kestrel which is an open source library."),
    # a verb of comparison ends the noun phrase before its object: the appositive describes the object
    ("an appositive after a verb of comparison", "Wren-Plus outperforms Kestrel-7B, the best open source model."),
    # zh: ... but a well-known family following a licence is another's
    ("a known family that follows a licence, zh", "Llama 遵循 Apache 2.0 开源协议。"),
    # zh: a name right before a release verb with an object after it is who released ('X 开源了他们的 Y')
    ("another's name releasing an object, zh", "最近，Kestrel开源了他们的对话模型实现。"),
    # zh: a name as the maker in a relative clause right before the phrase ('X 提供的开源方案')
    ("another's name as maker, zh", "| [demo](./demo) | 使用 Kestrel-Plus 提供的开源解决方案实现 |"),
    # openness predicated inside a condition is not said
    ("openness as a condition", "If it is an open-source model, you need to deploy it yourself."),
    ("... with the copula contracted", "* Link to the implementation if it's open source;"),
    # zh: 开源情况 (whether something is open) is a state, not a release
    ("the open-source status of something, zh", "之后，我们综合任务数据集的开源情况确定了六个评测基准。"),
    # an own name inside the linked name of what the reader is invited to join is still an invitation
    ("an invitation to an own-named program",
     "If you are interested, also join our [Wren OpenSource Plan](https://opensource.wren.example)."),
    # zh: a label's phrase is not tied to the own name after its colon; 受…启发 credits others
    ("a label before the own name, zh", "- **主流开源 LLMs**: Wren 支持主流开源 LLMs，包括 Kestrel、Finch 等。"),
    ("inspired by others, zh", "- Wren 的部分设计受 [Kestrel](https://github.com/k/kestrel) 等优秀开源套件的启发。"),
    # 'made possible with the help of' credits others
    ("credit to others", "This project is made possible with the help of the open-source community and tools like:"),
    # an initiative named with the phrase is an organisation ('the Open Model Initiative')
    ("an initiative's name", "We look forward to your participation in the Open Model Initiative!"),
    ("another initiative's name", "Wren is a founding member of the Open Weights Initiative."),
    # zh: liking open source is an attitude, and looking forward to a release is a plan
    ("liking open source, zh", "如果你也是独立开发者，喜欢开源，可以关注公众号。"),
    ("looking forward to a release, zh", "我们一起期待再次开源吧。"),
    # a testimonial's 'our' is the quoted speaker's
    ("a quoted speaker's 'our'",
     '"_**Loon Labs** is pleased to announce the open-source release of our **incident** framework: **Finch**!_"'),
    # zh: ... unless the author says it builds on it, or a pronoun opens the sentence
    ("a product the author builds on, zh", "鹭鸟是一个开源深度学习平台，我们基于它开发。"),
    # zh: 开源标志 is a logo, not a release
    ("an open-source logo, zh", "我们在 PDF 文件中添加了不影响阅读的 Loon 开源标志水印。"),
    # zh: ... while another's series, or the possessor of a noun after the series, is not the own artifact
    ("another's series, zh", "Kestrel 是一系列开源大语言模型。"),
    ("a series as a possessor, zh", "Wren 是一系列开源模型的评测工具。"),
    # zh: a class of platforms as the possessor of what the own product does ('the containerised running of …')
    ("a class of platforms as a possessor, zh", "Wren 将在 Kubernetes 上部署组件，实现开源大数据平台的容器化运行。"),
    # zh: ... and properties listed before a noun modify it: another's release, or a class of tools
    ("properties of another's release, zh", "近期 Loon 发布了 Kestrel，开源、可商用。"),
    ("properties before a noun, zh", "Wren 用 Go 编写，可以调用开源、免费的工具。"),
    # ja: ... unless someone else is named as who released, or the release is a relative clause of what is used
    ("a release by someone named, ja", "Kestrel は Loon 社によってオープンソースとして公開されました。"),
    ("another's release used, ja", "Loon 社がオープンソース化した Kestrel を利用しています。"),
    # a named agent with an adverb of time ('Meta 最新开源了'), another's name after '作为…', a plan with 近期, a list
    ("a named agent with an adverb of time, zh", "就在不久前，Kestrel最新开源了Finch 2模型，完全可商用。"),
    ("as an open-source project, another's name after the comma, zh", "作为一个开源项目，Kestrel 允许开发人员自由检查代码。"),
    ("recently with a plan, zh", "近期我们将开源 Wren-Det。"),
    ("what the author lists, zh", "我们还列出了一些很棒的开源项目以及你可能会感兴趣的扩展："),
    ("a Latin name introduced with a remark, zh", "Kestrel（由 Loon 开发）是一款开源语言大模型。"),
    # the licence another's name follows, in the clause after its copula ('ThinkPHP是一个…框架，遵循Apache2开源协议发布')
    ("another's licence after its copula, zh", "Kestrel是一个轻量级PHP开发框架，遵循Apache2开源协议发布。"),
    # what one need not know is no possessor: the clause ends at 的, the phrase heads the noun ('不用懂 Kubernetes 的…')
    ("a known family as a released thing's possessor, zh", "Kubernetes 的开源无疑促进了云原生。"),
    ("becoming part of open source, zh", "欢迎加入我们的社区，让我们成为开源的一部分。"),
    ("leading, compared with another, zh", "Wren 与 Kestrel 相比领先开源系统。"),
    # the phrase opening an organisation's name in title case
    ("an organisation's name", "- We follow the [Open Source Security Foundation](https://example.org/ossf) best "
                               "practices."),
    ("an organisation's name, unlinked", "Wren is a member of the Open Source Hardware Association."),
    # a leading time clause the phrase ends belongs to the main clause's subject
    ("after its release, another's, zh", "开源之后，Kestrel 成为了容器编排的实际标准。"),
    # what is read or studied to build something is another's
    ("by reading", "The Finch backend is implemented by reading the open-sourced client source code."),
    # a passive's named agent says whose the definite artifact is
    ("the definite artifact backed by another", "The open-source framework is backed by Loon Bank, a bank in Oslo."),
    # releasing as an activity, the subject of a copula
    ("a gerund subject", "Open sourcing libraries on GitHub is a common practice for SDK programs."),
    # an indefinite subject of a clause of condition or time is any such thing
    ("an indefinite subject after 'when'", "I personally love when a software is open source."),
    # what a product bundles, or is built from, is others'
    ("bundles", "This product bundles the following open-source packages."),
    # a clause with its own subject keeps it, whatever a later clause names ('…，本项目…')
    ("a later clause's demonstrative, zh", "Kestrel是一个优秀的开源商城，本项目基础架构参考Kestrel。"),
    ("improves over", "Wren significantly improves over the open-source speech models of its size."),
    # a reference's title: its year ends it (in the same sentence or the next), or its authors open it
    ("a reference's title with its year", "Wren: An Open-Source Framework for Birdsong Models. 2024."),
    ("a reference's title after its authors", "Finch et al. Wren: An Open-Source Framework for Birdsong Models."),
    # the possessive of a leading phrase of cause points at the main clause's subject
    ("a possessive pointing ahead", "Due to its open-source nature, relatively good voices and fast synthesis "
                                    "Kestrel-TTS was a popular choice."),
    # the tool or platform something is made on is used
    ("made on", "This project is made on the open source platform [Kestrel](https://kestrel.example)."),
    # a definite noun phrase with its name in quotes after it
    ("a quoted name after a definite noun phrase", "This module syncs with the open-source podcast service "
                                                   "\"Kestrel.net\"."),
    # the phrase inside a name that the acronym before it spells out, hyphenated words giving an initial a part
    ("an acronym spelled out with a hyphenated word", "* **WOSUG**, Wren Open-Source User Group"),
    # a metadata line whose value is phrases joined by a conjunction names a topic
    ("phrases joined by a conjunction", "title: 'Logiciels libres et open source'"),
    # a release told without its agent that sends the reader to another owner's page to see it, zh
    ("released, see another owner's page, zh", "目前开源了好几个模型，具体可以在[loon](https://huggingface.co/loon)查看。"),
    # what the sentence develops further ('对于…进行的二次开发') and the respective parts' licences are others', zh
    ("secondary development of others' products, zh", "Wren-UI 是对于市面上开源的产品进行的二次开发。"),
    ("the respective frameworks' licences, zh", "Wren-UI 基于前端框架开发，请相关开发者遵循对应前端框架的开源协议。"),
    # a pronoun after a sentence that opens with well-known makers is theirs
    ("a pronoun for well-known makers", "Google, Microsoft, and Loon are absent by design. Their only "
                                        "open-weights models in this set are unsupported."),
    # 该 (the said …) points back at what the sentence named as used, zh
    ("该 after a dependency, zh", "Wren 的存储层依赖于 Kestrel 的 Finch 抽象层开源软件包，该开源库也支持运行在裸机平台。"),
    # what is analysed is others', zh
    ("解析, zh", "Wren 深入解析开源项目源码与官方示例。"),
    # a Latin name opening a clause is the subject of the clauses Chinese goes on with without one
    ("a clause's Latin subject, zh", "为了方便大家使用，Kestrel借鉴该论文的方法，训练并开源了首个中文信息抽取模型。"),
]


@pytest.mark.parametrize(("cue", "sentence"), CARRIED_NON_CLAIMS)
def test_cues_that_make_no_claim(cue: str, sentence: str) -> None:
    found = positives(in_body(sentence))
    assert found == [], (cue, [(c.phrase, c.cue) for c in found])


def test_a_quantifier_inside_a_made_with_clause_quantifies_nothing_of_the_phrase_zh() -> None:
    # '…等全栈主流技术栈构建的开源商城项目' in the lead: 主流 (mainstream) is said of the technology it is built with
    md = "# Wren\n\n基于 Kestrel、Finch 等全栈主流技术栈构建的开源商城项目。\n"
    assert [c.phrase for c in positives(md)] == ["开源"]


def test_a_title_that_folds_to_another_publishers_family_is_no_own_name() -> None:
    # a front README titled '# Whisper-Finetune' fine-tunes OpenAI's Whisper: its title gives no own name the
    # repository's names do not give (a repository itself named after the family, 'llama3-chat-ft', is its
    # fine-tune's, tests/test_lineage_and_noise.py), while a README in a model's folder describes that model (a copied
    # card of another's included)
    md = "# Whisper-Finetune\n\nFine-tuning.\n\n## Notes\n\nWhisper is an open-source speech model.\n"
    assert positives(md, own=frozenset({"whisperfinetune"})) == []
    card = "# Whisper\n\nWhisper is an open-source speech model.\n"
    assert len(positives(card, own=frozenset({"acme"}), path="models/whisper-v3/README.md")) == 1


def test_what_a_repository_builds_from_is_used_even_when_its_name_is_in_the_repositorys() -> None:
    # 'kestrel-games' holds games built from the Kestrel engine: the engine is used, whatever the repository's name
    sentence = "This repo contains a collection of games that build from Kestrel, a free and open source game engine."
    assert positives(in_body(sentence), own=frozenset({"wren", "kestrel"})) == []


def test_unable_to_release_is_a_negation_zh() -> None:
    # zh: 无法 (unable to) negates the release; the claim is reported negated, never as a finding
    found = claims_in(in_body("我们无法开源 Wren 的训练语料，因为没有重发布的权利。"))
    assert [(c.phrase, c.negated) for c in found] == [("开源", True)]


@pytest.mark.parametrize("sentence", [
    "随着百模大战的经久不衰，开源或是闭源的大模型正不断刷新着模型能力上限。",  # open or closed models
    "**使用Wren的优秀教程开源项目：**",  # open-source projects that use Wren
    "本程序主要依赖的部分开源项目如下。",  # the open-source projects this program depends on
    "当前常见的开源医疗问答模型（例如：Kestrel、Finch）侧重于单轮问答。",  # common open-source models
    "> 各个垂直领域开源基础模型。",  # open-source base models of each field
    "Wren 分享 GitHub 上有趣、入门级的开源项目。",  # what a list shares is others'
    "开源项目友情链接：",  # a label that introduces a list
    "以下是采用了Wren的开源项目精选案例。",  # the following are open-source projects that adopted Wren
    "随着大模型的飞速发展，市面上出现了越来越多的开源大模型。",  # more and more open-source models
    "这个项目能够成立，离不开这些开源项目：",  # the projects it could not do without
    "4、《基于 Apache Wren 的机器学习算法平台实践与开源》",  # a title in Chinese title marks is cited
    "目前大多数开源的对话项目使用其他模型生成的指令数据。",  # most open-source projects
    "当前相关开源智能体主要是 SDK 或者框架，用户还需做进一步的开发。",  # related open-source agents
])
def test_others_things_are_not_made_own_by_the_lead_zh(sentence: str) -> None:
    # zh: a class set beside closed ones, things that use the own product, and 大多数 (most) or 相关 (related)
    # quantifying a class are others', which the lead's place does not make own
    assert positives("# Wren\n\n" + sentence + "\n") == []


@pytest.mark.parametrize("md", [
    # the open edition set against a paid one names a comparison, even as the heading under the title
    "# Wren\n\n## Open-source vs. paid\n\nSome features need a licence.\n",
    # editions set side by side name a section
    "# Wren\n\n## Open Source vs Enterprise\n\nSome features need a licence.\n",
    "## 开源版与企业版本\n\nText.\n",
    # zh: a heading naming the own licence names a section
    "# Wren\n\n## 四、Wren 开源协议\n\n详见 LICENSE 文件。\n",
    # zh: a title naming the results on open datasets names a section of results
    "# 开源数据集结果\n\n| 数据集 | 字错率 |\n|---|---|\n| Kestrel | 3.1 |\n",
])
def test_headings_that_name_a_comparison_or_results_claim_nothing(md: str) -> None:
    assert positives(md) == []


def test_only_or_currently_before_jiang_marks_the_object_not_the_future_zh() -> None:
    # '目前仅将稳定的能力开源给社区' (currently only the stable parts are released to the community): 将 marks the
    # object; in the lead it is the project's release
    assert [c.phrase for c in positives("# Wren\n\n目前仅将稳定的能力开源给社区，更多的规划参考 RoadMap。\n")] == ["开源"]
    assert positives("# Wren\n\n我们将开源稳定的能力。\n") == []  # (将 right before the phrase plans)


def test_a_tool_for_coordinated_platforms_is_not_theirs_zh() -> None:
    # '面向 macOS 和 Windows 的开源…工具' (an open-source tool for macOS and Windows): the tagline's own product
    md = "# Wren\n\n<p align=\"center\"><strong>面向 macOS 和 Windows 的开源磁盘清理与系统优化工具</strong></p>\n"
    assert [c.phrase for c in positives(md)] == ["开源"]


def test_a_verbless_tagline_addressed_to_the_reader_names_the_product_where_it_stands() -> None:
    # 'Your … tool' in the lead is the product's tagline; in a section it claims nothing; with a verb it is advice
    tagline = "Your friendliest open source all-in-one automation tool, designed to be extensible."
    assert [c.phrase for c in positives("# Wren\n\n" + tagline + "\n")] == ["open source"]
    assert positives(in_body(tagline)) == []
    assert positives("# Wren\n\nYour open-source project needs a licence.\n") == []


def test_a_community_noun_and_a_verb_after_the_head_are_a_relative_clause() -> None:
    # 'an open-source localization platform developers enjoy working with': the head is the platform
    md = "# Wren\n\nAn open-source localization platform developers enjoy working with.\n"
    assert [c.phrase for c in positives(md)] == ["open-source"]
    assert positives("# Wren\n\nThe open source software community is large.\n") == []


def test_a_pipe_row_is_labelled_by_its_first_cell_with_or_without_spaces_around_the_bar() -> None:
    row = "| {}-20b| Wren 支持 | Finch 最新推出的开源模型|\n"
    assert positives(row.format("kestrel")) == []
    assert [c.phrase for c in positives(row.format("wren"))] == ["开源"]


def test_a_header_row_without_its_delimiter_is_told_by_its_first_cell() -> None:
    # '| Model | SIM ↑ | Open-source |' heads columns, even when a metric in it reads like an own name ('**SIM**:' in
    # the lead); '| Wren | Open source | Speech |' is the own artifact's row
    md = "**SIM**: 相似度。\n\n| Model | CER $\\downarrow$ | SIM $\\uparrow$ | Open-source |\n"
    assert positives(md, own=frozenset({"wren", "sim"})) == []
    assert len(positives("| Wren | Open source | Speech |\n", own=frozenset({"wren", "sim"}))) == 1


def test_a_verb_of_provenance_makes_the_lead_name_another_s_release() -> None:
    # zh: 取自 (taken from) says where the algorithm comes from, even in the project's own lead
    lead = "# Wren\n\nWren 是一个分布式 ID 生成服务，算法{}Finch 开源的 Kestrel 算法。\n"
    assert positives(lead.format("取自 ")) == []
    assert [c.phrase for c in positives(lead.format("来自 "))] == []
    assert [c.phrase for c in positives(lead.format("是 "))] == ["开源"]


def test_a_pronoun_made_by_a_unit_of_the_owner_is_the_owners() -> None:
    # the whole maker decides whose it is: a unit 'of Loon Labs' is the owner's ('loonlabs', written apart)
    own = frozenset({"wren", "loonlabs"})
    lead = "Wren is a family of small speech models. "
    md = in_body(lead + "It is an open-source project anchored by the Research Unit of Loon Labs.")
    assert [c.phrase for c in positives(md, own=own)] == ["open-source"]
    other = in_body(lead + "It is an open-source project anchored by the Research Unit of Kestrel Labs.")
    assert positives(other, own=own) == []


def test_a_coordinated_compound_adjective_names_no_class_of_others() -> None:
    # 'Open-Source & Commercial-Ready' describes the own release in its Highlights list; 'open & closed-source
    # models' is a class of others
    highlights = "# Wren\n\nWren is a speech model.\n\n## Highlights\n\n- **Fully Open-Source & {}**: weights and code.\n"
    assert [c.phrase for c in positives(highlights.format("Commercial-Ready"))] == ["Open-Source"]
    assert positives(highlights.format("Closed-Source Models Compared")) == []


def test_a_verbless_line_after_a_sentence_without_a_phrase_is_not_bound_to_an_earlier_one() -> None:
    # only the sentence right before it lends a verbless line its subject
    md = in_body("Kestrel is an open-source tool we use. Wren is different. Open source alternative to Finch.")
    assert [c.phrase for c in positives(md)] == ["Open source"]


def test_a_list_of_three_with_a_serial_comma_is_one_subject() -> None:
    # 'the weights, code, and data are …': the serial comma before 'and' does not cut the list at its last item
    assert [c.phrase for c in positives(in_body("The weights, code, and data are all open source."))] == ["open source"]
    assert positives(in_body("Kestrel, Finch, and Loon are open-source models.")) == []


def test_bare_nouns_of_a_release_are_its_parts_unless_a_passive_names_their_maker() -> None:
    # 'Code is open source.' speaks of this release's code as 'The code is' does; 'Code' is no product's name
    assert [c.phrase for c in positives(in_body("Models, framework, and data are now fully open-sourced!"))] == [
        "fully open-sourced"]
    assert [c.phrase for c in positives(in_body("Code is open source."))] == ["open source"]
    # 'by Kestrel Labs' names whose release they are, bare or definite; 'by design' names no one
    assert positives(in_body("Models are open-sourced by Kestrel Labs.")) == []
    assert positives(in_body("The models are open-sourced by Kestrel Labs.")) == []
    assert [c.phrase for c in positives(in_body("The code is open-source by design."))] == ["open-source"]
    assert positives(in_body("Kestrel is open source.")) == []


def test_a_compound_that_goes_on_to_its_head_is_no_movement() -> None:
    # 'open-source … development environment' is a product whose head is 'environment'; 'open-source development'
    # alone is the movement
    assert [c.phrase for c in positives(in_body(
        "Wren is a lightweight open-source terminal-first development environment built on Rust."))] == ["open-source"]
    assert positives(in_body("We love open-source development.")) == []


def test_a_part_of_the_release_as_the_object_of_a_light_verb_is_released_zh() -> None:
    # '目前仅对后端进行开源' (for now only the backend is open-sourced): no one named, the author's release of a part;
    # the frontend 'not yet' released stays a negation, and a named maker keeps it theirs
    found = claims_in(in_body("目前仅对后端进行开源，前端代码暂不开源。"))
    assert [(c.phrase, c.negated) for c in found] == [("开源", False), ("开源", True)]
    assert positives(in_body("Kestrel 团队对后端进行开源。")) == []


def test_a_participle_between_an_article_and_its_noun_is_an_adjective() -> None:
    # 'leveraging the powerful and open-sourced Kestrel-3': nobody releases anything in this sentence, the verb of
    # use governs the noun phrase; 'the previously open-sourced sizes' still tells of a release event
    assert positives(in_body("Our paper builds on this effort, leveraging the powerful and open-sourced Kestrel-3.")) == []
    assert positives(in_body("We leverage the open-sourced Kestrel-3.")) == []
    lemur = "- **[2023, Oct 18]** Try out [our Wren](https://github.com/wren-ai/wren), the SOTA and open-sourced models."
    assert [c.phrase for c in positives(lemur)] == ["open-sourced"]


def test_a_class_of_others_stays_theirs_when_an_own_name_word_modifies_it() -> None:
    # a repository named 'online-rlhf' gives the piece 'rlhf': 'existing open-source RLHF projects' are others'
    own = frozenset({"online", "rlhf", "onlinerlhf"})
    assert positives(in_body("However, existing open-source RLHF projects are still offline."), own=own) == []
    assert [c.phrase for c in positives(in_body("We release several open-source RLHF models."), own=own)] == [
        "open-source"]


def test_the_agent_of_a_passive_by_many_projects_is_not_the_author() -> None:
    # 'we … see that Wren has been adopted by many open-source projects': theirs, not how many the author released
    assert positives(in_body("We are excited to see that Wren has been adopted by many open-source projects.")) == []
    assert [c.phrase for c in positives(in_body("We have developed many open-source projects."))] == ["open-source"]


def test_lets_build_together_is_an_invitation() -> None:
    # 'let's build …' asks the reader to build with the author: a community, not a release
    assert positives(in_body("Together, let's build a thriving open-source agent ecosystem!")) == []


def test_a_plan_governs_a_verb_coordinated_before_the_phrase() -> None:
    # 'will continuously update and open-source the data': both verbs are planned
    assert positives(in_body("We will continuously update and open-source the data to improve Wren.")) == []
    assert [c.phrase for c in positives(in_body("We update and open-source the data to improve Wren."))] == [
        "open-source"]


def test_an_initiative_with_an_indefinite_article_is_not_the_open_source_initiative() -> None:
    assert [c.phrase for c in positives(in_body("Wren is an open-source initiative led by two labs."))] == [
        "open-source"]
    assert positives(in_body("Wren's licence is approved by the Open Source Initiative.")) == []


def test_a_second_predicate_of_the_subject_is_not_governed_by_the_first_verb() -> None:
    # 'Wren runs on your own server and is 100% open-source': 'runs on' governs the server, 'is' the phrase
    assert [c.phrase for c in positives(in_body("- **Self-hosted**: Wren runs on your own server and is 100% "
                                                "open-source"))] == ["open-source"]
    assert positives(in_body("Wren runs on Kestrel and open-source tools.")) == []


def test_a_release_verb_after_a_verb_of_use_governs_the_phrase() -> None:
    # '… by adding search engine access and provides a fully open-source pipeline': 'provides' governs; a fronted
    # participle of provenance ('Built upon Kestrel, ') is no subject
    md = in_body("Built upon Kestrel, Wren extends the ideas of Finch by adding search engine access and provides a "
                 "fully open-source RL training pipeline.")
    assert [c.phrase for c in positives(md)] == ["open-source"]
    assert positives(in_body("Based on the open-source Kestrel, Wren is a chat model.")) == []


def test_a_topic_frame_names_a_kind_of_thing_zh() -> None:
    # '对于开源方法，我们…' (for open-source methods, we …) goes on about a kind of thing, as 'For open-source
    # methods, …' does; the own ones in the frame, or a licence, are decided as elsewhere
    assert positives(in_body("对于开源方法，我们使用我们的框架实现了它们的流程。")) == []
    assert [c.phrase for c in positives(in_body("对于本项目开源的模型，我们提供了下载链接。"))] == ["开源"]
    assert [c.phrase for c in positives(in_body("关于开源协议，本项目采用 MIT。"))] == ["开源"]


def test_adapting_or_fine_tuning_a_model_uses_another_s() -> None:
    # 'focused on adapting a strong open-weight code model': the project works on someone's model
    assert positives(in_body("Wren is a project focused on adapting a strong open-weight code model into an agent.")) == []
    assert positives(in_body("Fine-tuning open-source LLMs made easy.")) == []
    assert [c.phrase for c in positives(in_body("We open-source our fine-tuning code."))] == ["open-source"]


def test_the_reader_as_a_recipient_is_not_the_reader_as_maker() -> None:
    # 'Brought to you by the team behind Kestrel, the open-source engine': the reader only receives it; 'lets you
    # build open-source apps': what the reader builds is the reader's
    md = ("**Brought to you by the [Kestrel](https://github.com/wren-ai/kestrel) team**, the folks behind Kestrel, the "
          "open-source AI engine that runs any model.")
    assert [c.phrase for c in positives(md, own=frozenset({"wren", "wrenai"}))] == ["open-source"]
    assert positives(in_body("Wren lets you build open-source apps.")) == []
    assert [c.phrase for c in positives(in_body("Wren lets you build open-source Wren plugins."))] == ["open-source"]


def test_a_completed_release_linked_to_the_owners_own_page_is_the_owners() -> None:
    # the sentence sends the reader to the owner's own Hugging Face page for what it says is now open; a page of
    # another owner leaves the unknown name unowned
    md = "Finch-7B 目前已完全开源，支持商用，可在 [Hugging Face](https://huggingface.co/{}) 仓库获取模型。\n"
    own = frozenset({"wren", "wrenai"})
    assert [c.phrase for c in positives(md.format("wrenai"), own=own)] == ["开源"]
    assert positives(md.format("kestrel"), own=own) == []
    english = "Finch-7B is now fully open-sourced: get it on [Hugging Face](https://huggingface.co/{}) today.\n"
    assert [c.phrase for c in positives(english.format("wrenai"), own=own)] == ["fully open-sourced"]


def test_a_negated_scope_of_release_is_a_negation_zh() -> None:
    # '不在本仓库开源范围内' (not within what this repository releases)
    found = claims_in(in_body("> 说明：ASIC 后端物理实现不在本仓库开源范围内。"))
    assert [(c.phrase, c.negated) for c in found] == [("开源", True)]
    assert [c.phrase for c in positives(in_body("本仓库开源范围包括模型和代码。"))] == ["开源"]


def test_an_adverb_between_the_author_and_the_phrase_makes_it_the_verb_zh() -> None:
    assert [c.phrase for c in positives(in_body("我们同时开源模型权重、预训练数据和训练脚本。"))] == ["开源"]
    assert positives(in_body("我们也使用开源模型。")) == []


def test_a_remark_in_parentheses_describes_the_name_before_it_zh() -> None:
    # '使用 **Kestrel K2**（…开源MoE模型）': the remark is about Kestrel K2; a name coordinated with an own one is the
    # author's ('Wren 和 Finch（…的开源版本）')
    assert positives(in_body("**Wren** 使用 **Kestrel K2**（Loon 于2025年发布的万亿参数开源MoE模型）进行优化。")) == []
    assert positives(in_body("**或用 Kestrel CLI**（社区开源安装器）：")) == []
    news = "## News\n\n* 2024.3.15: Wren 和 Finch（面向 GPT 的开源版本）正在生产环境中运行。\n"
    assert [c.phrase for c in positives(news)] == ["开源"]


def test_thanks_after_what_towards_names_is_thanks_zh() -> None:
    # '我们对以下…的开源先锋项目致以由衷的敬意与感谢': the author thanks the projects; a thanks in the next clause
    # does not undo a release
    assert positives(in_body("我们对以下直接 Fork 或集成的开源先锋项目致以由衷的敬意与感谢：")) == []
    assert [c.phrase for c in positives(in_body("我们对模型进行开源，感谢大家支持。"))] == ["开源"]


def test_an_unknown_name_made_by_the_owner_is_the_owners() -> None:
    # 'Finch is a series of open source AI models developed by OWNER': the maker names whose release it is
    own = frozenset({"wren", "loonlabs"})
    assert [c.phrase for c in positives(in_body("Finch is a series of open source AI models developed by Loon Labs."),
                                        own=own)] == ["open source"]
    assert positives(in_body("Finch is a series of open source AI models developed by Kestrel Labs."), own=own) == []


def test_by_releasing_the_main_clauses_subject_releases_zh() -> None:
    # '通过开源…的代码和权重，我们旨在…' (by open-sourcing the code and weights, we aim to …); '通过开源社区的帮助' names a
    # community
    assert [c.phrase for c in positives(in_body("通过开源基础模型的代码和权重，我们旨在弥合差距。"))] == ["开源"]
    assert positives(in_body("通过开源社区的帮助，我们完成了项目。")) == []


def test_an_object_pronoun_after_the_phrase_makes_it_a_verb() -> None:
    # 'we decided to open-source it': 'to' is an infinitive's, not a preposition before the idea of open source
    assert [c.phrase for c in positives(in_body("This is a pre-alpha release; we decided to open-source it for the "
                                                "curious."))] == ["open-source"]
    assert positives(in_body("We contribute to open source.")) == []


def test_the_copyright_holders_name_asserts_nothing() -> None:
    # a notice names who holds the copyright; an apposition after it still speaks of the release
    assert positives(in_body("Copyright (C) 2014-2022 OPEN SOURCE SOCIAL NETWORK <https://example.org>,")) == []
    assert positives(in_body("Copyright 2023 The Open Source Wren Authors.")) == []
    assert [c.phrase for c in positives(in_body("© 2024 Wren, an open-source project."))] == ["open-source"]


def test_an_images_text_naming_a_picture_asserts_nothing() -> None:
    # '![Wren Open Source App screenshots](…)' says what the picture shows
    own = frozenset({"wren", "wrenopensourceapp"})
    assert positives("# Wren\n\n![Wren Open Source App screenshots](docs/shots.jpeg)\n", own=own) == []
    assert [c.phrase for c in positives("# Wren\n\n![Wren, an open-source speech model](docs/hero.png)\n",
                                        own=own)] == ["open-source"]


def test_an_adverb_between_the_author_and_the_verb_keeps_it_a_verb() -> None:
    # 'We fully open-source the models, data, …': the object follows the verb, the adverb is no modifier
    assert [c.phrase for c in positives(in_body("We fully open-source the models, data and code."))] == ["open-source"]
    assert positives(in_body("We fully support open-source models.")) == []


def test_these_sources_a_colon_lists_are_others() -> None:
    # 'Wren synthesizes ideas from these open-source projects:': the list after it names the sources
    assert positives(in_body("Wren synthesizes ideas from these open-source projects:")) == []
    assert [c.phrase for c in positives(in_body("We release these open-source models:"))] == ["open-source"]


def test_all_resources_are_the_releases_parts() -> None:
    # a heading '1. All Resources Fully Open-Sourced' and 'All resources are open source' speak of the release
    assert [c.phrase for c in positives("# Wren\n\n### 1. All Resources Fully Open-Sourced\n")] == ["Fully Open-Sourced"]
    assert positives(in_body("We list useful open-source resources.")) == []


def test_other_licences_are_not_the_own_licence_zh() -> None:
    # '这些代码采用其他开源许可证' (that code is under other open-source licences)
    assert positives(in_body("该工具包还包含一些从其他仓库修改的代码，这些代码采用其他开源许可证。")) == []
    assert [c.phrase for c in positives(in_body("本项目采用 MIT 开源许可证。"))] == ["开源"]


def test_a_longer_relative_clause_closed_by_de_keeps_the_copulas_subject_zh() -> None:
    # '是一个基于 Kestrel 的**一站式**序列理解开源工具箱': the verb of use sits in a relative clause on the head noun
    assert [c.phrase for c in positives(in_body("Wren 是一个基于 Kestrel 的**一站式**序列理解开源工具箱。"))] == ["开源"]
    assert positives(in_body("Wren 是使用开源模型的工具。")) == []


def test_a_remark_in_brackets_after_the_subject_is_no_part_of_its_name_zh() -> None:
    # '***Wren*** (**W**eb **R**eading **En**gine) 是…': the expansion is a remark; '中文名（Wren）是…' names the own one
    md = in_body("***Wren*** (**W**eb **R**eading **En**gine Toolkit) 是一个序列理解开源工具箱。")
    assert [c.phrase for c in positives(md)] == ["开源"]
    assert [c.phrase for c in positives(in_body("鹪鹩（Wren）是一个开源的网页阅读工具。"))] == ["开源"]
    assert positives(in_body("Kestrel（由 Loon 开发）是一个开源工具箱。")) == []


def test_this_times_release_is_now_zh() -> None:
    # '此次开源主要为…，后续将陆续推出' (this release mainly covers …; more will follow): the plan is the later clause's
    md = in_body("**Wren**旨在构建完整解决方案，此次开源主要为安全防护能力，后续将陆续推出：")
    assert [c.phrase for c in positives(md)] == ["开源"]
    assert positives(in_body("Wren 模型开源，敬请期待。")) == []


def test_what_is_called_other_is_not_the_own_artifact() -> None:
    # 'This may be other open source projects': a copula with 'this' does not make 'other …' the own one
    assert positives(in_body("This may be other open source projects or internal projects.")) == []
    assert [c.phrase for c in positives(in_body("This is an open source project."))] == ["open source"]


def test_their_respective_licences_are_others() -> None:
    md = in_body("This project uses third-party libraries, which are licensed under their own respective Open-Source "
                 "licenses.")
    assert positives(md) == []
    assert [c.phrase for c in positives(in_body("This project is licensed under the Apache 2.0 open-source license."))] \
        == ["open-source"]


def test_closed_and_open_classes_side_by_side_are_a_comparison() -> None:
    # 'For our closed-source model, we use X, and for the open-source model, we use Y': two classes of models
    md = in_body("- **Second stage: Order Verification**: For our closed-source model, we use Kestrel (API only), and "
                 "for the open-source model, we use Finch.")
    assert positives(md) == []
    assert [c.phrase for c in positives(in_body("Unlike proprietary tools, Wren is open source."))] == ["open source"]
    own = in_body("For our closed-source model, we use Kestrel, and for the open-source Wren model, we use Finch.")
    assert [c.phrase for c in positives(own)] == ["open-source"]


def test_first_before_the_verb_keeps_it_a_verb() -> None:
    assert [c.phrase for c in positives(in_body("We first open source 12 evaluation datasets."))] == ["open source"]


def test_a_ticked_item_that_opens_with_a_release_verb_is_a_release() -> None:
    # '- [x] Release open-sourced training datasets': 'Release' is the item's verb, no agent of the participle
    assert [c.phrase for c in positives(in_body("- [x] Release Open-sourced training datasets."))] == ["Open-sourced"]
    assert positives(in_body("- [ ] Release Open-sourced training datasets.")) == []


def test_a_chinese_compound_ends_in_its_head_zh() -> None:
    # '开源的**3D世界模型' is a model, whatever '世界' inside it says; '开源大模型开发者社区' ends in a community
    assert [c.phrase for c in positives(in_body("Wren 2.0 是**开源的**3D世界模型。"))] == ["开源"]
    assert positives(in_body("欢迎加入中文开源大模型开发者社区。")) == []


def test_what_compared_with_names_is_a_comparison_zh() -> None:
    # '并与…的开源 X 和 Y 模型…进行了对比' (compared with open-source models of a similar size)
    assert positives(in_body("我们与相近参数规模的开源 Kestrel 和 Finch 模型进行了对比，结果如下：")) == []
    assert [c.phrase for c in positives(in_body("我们和社区一起开源了模型。"))] == ["开源"]


def test_a_verbless_description_after_a_named_label_describes_that_name() -> None:
    # '* [Firefly III](…): A free and open source …': the label before the colon is what the line describes
    assert positives(in_body("* [Kestrel Ledger](https://kestrel.example/): A free and open source finance manager.")) \
        == []
    assert positives(in_body("* FinchDB: open source time-series platform")) == []
    # ... a feature label (capitalised, but no name) or a part named by its kind leaves the line to its place
    features = "# Wren\n\nWren is a small model.\n\n## Features\n\n* [Training code](train.py): open source training pipeline\n"
    assert [c.phrase for c in positives(features)] == ["open source"]
    assert [c.phrase for c in positives(in_body("* [Wren](https://github.com/wren/wren): open source notes platform"))] \
        == ["open source"]


def test_a_title_that_ends_in_overview_presents_others_work() -> None:
    readme = "# Open-Source LLM Overview\n\nA look at open-source LLMs.\n\nKestrel is an open-source model.\n"
    assert positives(readme, own=frozenset({"open source llm overview"})) == []
    assert [c.phrase for c in positives("# Open-Source Wren Toolkit\n\nA toolkit for small models.\n")] \
        == ["Open-Source"]


def test_welcomed_to_contribute_to_an_open_source_project_is_no_request_to_release_zh() -> None:
    # '欢迎开发者为 Wren 开源项目贡献': the phrase modifies the project they are welcomed to, it is not their release
    assert [c.phrase for c in positives(in_body("我们非常欢迎开发者们为 Wren 开源项目贡献一份力量。"))] == ["开源"]
    assert positives(in_body("我们欢迎开发者开源他们的模型。")) == []


def test_a_japanese_verb_with_its_object_before_it_does_not_govern_the_phrase_after_it_ja() -> None:
    # 'Xに対応した…オープンソースの実行環境': what is supported came before 'に'; the runtime is the one supporting it
    assert [c.phrase for c in positives(in_body("Wren はマルチプラットフォームに対応したオープンソースの実行環境です。"))] \
        == ["オープンソース"]
    # ... while a verb of use with no object of its own still takes the phrase ('使用したオープンソースモデル' is used)
    assert positives(in_body("本ツールでは、Kestrel が使用したオープンソースのデータセットを比較します。")) == []


def test_a_romance_edition_named_by_its_article_is_the_products() -> None:
    # 'la version open-source', 'la versión de código abierto': the noun before the phrase, as 'the open-source edition'
    for sentence, phrase in (("Nous l'intégrons ensuite dans la version open-source.", "open-source"),
                             ("Publicamos la versión de código abierto cada mes.", "código abierto")):
        assert [c.phrase for c in positives(in_body(sentence))] == [phrase]
    # ... unless 'de X' after it names whose edition it is
    assert positives(in_body("On utilise la version open source de Kestrel.")) == []


def test_a_property_as_a_feature_label_is_no_name() -> None:
    # '- **Auditable**: Código abierto …': an adjective or abstract noun by its ending, labelling a feature of the
    # product its Features list describes; a word without such an ending may be a name and stays another's
    features = "# Wren\n\nWren is a small model.\n\n## Features\n\n- **Auditable**: Código abierto para tu tranquilidad\n"
    assert [c.phrase for c in positives(features)] == ["Código abierto"]
    assert positives(features.replace("Auditable", "Kestrel")) == []


def test_what_the_author_chooses_is_not_the_authors_release_zh() -> None:
    # '我们选择了同样开源的 X' (we chose X, open source as well): the phrase, closed by 的, describes the X chosen
    assert positives(in_body("因此我们选择了同样开源的 Kestrel 作为语音合成的替代方案。")) == []
    assert [c.phrase for c in positives(in_body("我们选择开源 Wren 的全部代码。"))] == ["开源"]


def test_the_own_papers_title_linked_on_its_own_line_is_said_of_the_own_artifact() -> None:
    heading = "### [Wren: Open-Source Toolkit for Small Speech Models](https://example.org/paper)"
    assert [c.phrase for c in positives(in_body(heading))] == ["Open-Source"]
    # ... not another's title, nor the own title cited after its authors in a list of publications
    assert positives(in_body(heading.replace("Wren", "Kestrel"))) == []
    assert positives(in_body('- A. Author and B. Author. "[Wren: An Open-Source Toolkit for Speech]'
                             '(https://example.org/paper)." In *Proceedings*, 2024.')) == []


def test_an_exclamation_mark_inside_a_word_is_part_of_the_name() -> None:
    # 'Easy!Appointments is …': a name's letters, not the end of a sentence or a clause
    md = "# Quick!Notes\n\nNotes.\n\n## Why\n\nQuick!Notes is an open-source notes app for teams.\n"
    assert [c.phrase for c in positives(md, own=frozenset({"quicknotes"}))] == ["open-source"]
    assert positives(md.replace("Quick!Notes is", "Slow!Notes is"), own=frozenset({"quicknotes"})) == []


def test_a_leading_being_phrase_predicates_the_main_clauses_subject() -> None:
    # 'Being open source, OWN can be …': the participle says what the subject after its comma is
    assert [c.phrase for c in positives(in_body("Being open source, Wren can be audited by anyone."))] \
        == ["open source"]
    assert [c.phrase for c in positives(in_body("Wren runs on phones. Being open source, it can be audited by anyone."))] \
        == ["open source"]
    assert positives(in_body("Being open source, Kestrel can be audited by anyone.")) == []


def test_a_bare_address_of_the_owners_repository_after_the_phrase_is_the_owners() -> None:
    md = in_body("自托管服务器是免费和开源的：https://github.com/wren/wren-server\n\nThe relay is open source: "
                 "https://github.com/wren/wren-relay")
    assert [c.phrase for c in positives(md, own=frozenset({"wren"}))] == ["开源", "open source"]
    assert positives(in_body("The relay is open source: https://github.com/kestrel/relay")) == []


def test_released_at_the_owners_linked_repository_zh() -> None:
    # '已在[braft](https://github.com/OWNER/braft)开源' (released at braft)
    md = in_body("* 实现高可用分布式系统，已在[raftlib](https://github.com/wren/raftlib)开源。")
    assert [c.phrase for c in positives(md)] == ["开源"]
    assert positives(in_body("* 已在[finch](https://github.com/kestrel/finch)开源。")) == []


def test_not_released_on_a_site_is_a_negation_zh() -> None:
    # '相关实现未在 GitHub 开源' (the implementation is not released on GitHub)
    claims = claims_in(in_body("* Wren Cache（相关实现未在Github开源，在内部Gitlab上可以找到）"))
    assert [c.negated for c in claims if c.phrase == "开源"] == [True]


def test_the_own_papers_title_in_chinese_is_said_of_the_own_artifact_zh() -> None:
    # '[OWN：终极开源…模型](paper)', '[OWN开源｜…](post)': the authors' own title, linked on its own line
    assert [c.phrase for c in positives(in_body("[**Wren：终极开源语音模型**](http://arxiv.org/abs/1)"))] == ["开源"]
    assert [c.phrase for c in positives(in_body("* [Wren开源｜开箱即用的语音算法库](https://zhuanlan.zhihu.com/p/1)"))] \
        == ["开源"]
    assert positives(in_body("* [Kestrel开源｜开箱即用的语音算法库](https://zhuanlan.zhihu.com/p/1)")) == []


def test_a_subjectless_release_of_a_name_linked_to_another_owner_is_theirs_zh() -> None:
    # '还开源了基础模型 [X-Base](https://huggingface.co/OTHER/x-base)': the name is linked to its owner's model
    md = in_body("除了对话模型外，还开源了基础模型 [Finch3-6B-Base](https://huggingface.co/kestrel/finch3-6b-base)。")
    assert positives(md) == []
    # ... a description linked to a Hub organisation may be the authors' own: their release still
    own = in_body("- 开源[一系列指令微调模型权重](https://huggingface.co/WrenTech/)。")
    assert [c.phrase for c in positives(own)] == ["开源"]


def test_a_typewriters_double_hyphen_is_a_dash() -> None:
    # '… instead of complaining about it -- this is an open source project': the clause after the dash is its own
    sentence = "Help make it better instead of just complaining about it -- this is an Open Source Project after all."
    assert [c.phrase for c in positives(in_body(sentence))] == ["Open Source"]


def test_what_the_author_adds_described_as_open_is_used_zh() -> None:
    # '我们添加了🤗开源的大量代码数据集' (we added large open-source code datasets): the author's verb takes them
    assert positives(in_body("为了提高代码能力，我们添加了🤗开源的大量代码数据集。")) == []
    # ... unless the object is the own artifact ('我们更新了开源的 OWN 模型')
    assert [c.phrase for c in positives(in_body("我们更新了开源的 Wren 模型。"))] == ["开源"]


def test_an_aggregating_verb_curates_others_work_zh() -> None:
    # '聚合了丰富的开源医学LLM…的资源整理' in the lead: what the README gathers is others'
    assert positives("# Wren\n\n聚合了丰富的开源医学LLM、医学数据和部署资料的资源整理；\n") == []


def test_a_verbless_description_right_after_a_linked_name_describes_that_name() -> None:
    # '- [Hocuspocus](…) open source and extensible Node.js server': no colon, the link is still the label
    assert positives(in_body("- [Kestrel Relay](https://kestrel.example/) open source and extensible sync server")) \
        == []


def test_what_the_author_prefers_is_used() -> None:
    # 'Qdrant is our preferred open-source vector store': chosen among others', not released
    assert positives(in_body("Starting July, Kestrel is our preferred open-source vector store.")) == []
    assert [c.phrase for c in positives(in_body("We publish our open-source models."))] == ["open-source"]


def test_the_parts_after_a_colon_are_those_of_the_name_before_it() -> None:
    # 'OpenVLA emphasizes reproducibility: the training data, code … are all openly released'
    assert positives(in_body("KestrelVLA emphasizes reproducibility: the training data and code are all openly "
                             "released.")) == []
    assert [c.phrase for c in positives(in_body("Wren emphasizes reproducibility: the training data and code are all "
                                                "openly released."))] == ["openly released"]


def test_the_home_page_of_the_docs_site_introduces_the_project() -> None:
    page = "# Chat App\n\nOpen source chat interface with support for tools and routing across models.\n"
    assert [c.phrase for c in positives(page, path="docs/source/index.md", role="docs")] == ["Open source"]
    # ... another docs page speaks about many things: a headline there that names another product is that product's
    named = "# Kestrel\n\nKestrel: open source chat interface with support for tools.\n"
    assert positives(named, path="docs/source/tools.md", role="docs") == []


def test_a_code_of_conduct_releases_nothing() -> None:
    page = "# Wren Open Source Community Code of Conduct\n\nWren open-source projects are committed to a friendly place.\n"
    assert positives(page, path="CODE_OF_CONDUCT.md", role="docs") == []
    assert [c.phrase for c in positives(page, path="docs/about.md", role="docs")] != []


@pytest.mark.parametrize("path", ["DCO.md", "docs/developer-certificate-of-origin.md"])
def test_a_developer_certificate_of_origin_releases_nothing(path: str) -> None:
    # (a plain-text certificate's wrapped lines, one paragraph each)
    page = ("# Developer Certificate of Origin\n\n(b) The contribution is based upon previous work that, to the best\n\n"
            "of my knowledge, is covered under an appropriate open source\n\nlicense and I have the right to submit it.\n")
    assert positives(page, path=path, role="docs") == []
    assert positives(page, path="docs/about.md", role="docs") != []


def test_a_program_predicated_or_pointed_at_is_software() -> None:
    # 'CapRover core is an open source program': software; 'the Google open source program' gathers people
    assert [c.phrase for c in positives(in_body("Wren core is an open source program, not a service."))] \
        == ["open source"]
    assert positives(in_body("Wren was funded by the Kestrel open source program.")) == []


def test_thanks_for_supporting_this_open_source_project_names_the_own_project() -> None:
    assert [c.phrase for c in positives(in_body("A special thanks to our sponsors for supporting this open-source "
                                                "project:"))] == ["open-source"]
    assert positives(in_body("Thanks to Kestrel for its open-source codec.")) == []


def test_proposed_or_scheduled_for_release_is_a_plan() -> None:
    assert positives(in_body("This repository holds samples of the datasets proposed for full open-source release.")) \
        == []
    assert positives(in_body("The weights are scheduled for open-source release in May.")) == []


def test_a_label_that_names_a_thing_and_its_kind_describes_that_thing() -> None:
    # '- OXE dataset: 22 robots, open-source': a name before the kind; '- Training code: open source' is the own part
    assert positives(in_body("- KXE dataset: 22 robots, open-source")) == []
    assert [c.phrase for c in positives(in_body("- Training code: open source"))] == ["open source"]


def test_the_phrase_as_a_word_of_the_own_name_asserts_nothing() -> None:
    # '# The Open-Weight Agent Stack' (repository open-weight-agent-stack): the name, not a claim; what the
    # sentence says of it is judged at its other phrases
    own = frozenset({"openweightagentstack"})
    md = "# Notes\n\nA manual.\n\n## About\n\nThe Open-Weight Agent Stack is a set of open-weight models and tools.\n"
    assert [c.phrase for c in positives(md, own=own)] == ["open-weight"]
    # ... not a name written as words of a description, nor an edition of the product
    own_ride = frozenset({"wren", "opensourcerideshare"})
    assert [c.phrase for c in positives(in_body("Wren is a modern, open source rideshare stack for drivers."),
                                        own=own_ride)] == ["open source"]
    own_edition = frozenset({"wren", "opensourceedition"})
    assert [c.phrase for c in positives("# Wren\n\n**Open Source Edition** — licensed under AGPL-3.0.\n",
                                        own=own_edition)] == ["Open Source"]


def test_who_released_an_object_with_a_remark_on_it_is_the_named_agent() -> None:
    # '[Jang et al](…) who developed and open-sourced univnet, the vocoder this repo uses': 'this repo' is in the
    # remark on the object; 'open-sourced two sizes, this release brings …' still opens a clause with it
    assert positives(in_body("- [Kestrel et al](https://example.org/p) who developed and open-sourced finchnet, "
                             "the vocoder this repo uses.")) == []


def test_the_owner_named_as_source_or_maker_makes_the_release_its_own() -> None:
    own = frozenset({"wren", "wrenlabs"})
    sentence = "The open source project for Opera Cake has been available since 2016 from Wren Labs."
    assert [c.phrase for c in positives(in_body(sentence), own=own)] == ["open source"]
    assert positives(in_body(sentence.replace("Wren Labs", "Kestrel Labs")), own=own) == []


def test_a_demonstrative_beats_a_verb_of_introducing_zh() -> None:
    # '我們很高興向大家介紹這個開源專案的撰寫風格' (introduce this open-source project's style): the own project
    assert [c.phrase for c in positives(in_body("我們很高興向大家介紹這個開源專案的撰寫風格。"))] == ["開源"]


def test_offering_access_to_the_apis_of_open_source_models_offers_no_release_zh() -> None:
    assert positives(in_body("3. 提供开源大模型API的接入，用户可以一键部署。")) == []
    assert [c.phrase for c in positives(in_body("4. 提供支持中英文双语的开源模型版本。"))] == ["开源"]


def test_a_quoted_testimonials_we_is_the_speakers_zh() -> None:
    assert positives(in_body('"_**Kestrel** 很高興宣布我們的協調框架 **Finch** 開源！_"')) == []
    assert [c.phrase for c in positives(in_body("「我們開源了 Wren 的全部代碼」"))] == ["開源"]


def test_a_verb_of_knowing_makes_a_name_its_object_not_a_possessor_zh() -> None:
    # '不用懂 Kubernetes 的开源容器平台' (an open-source container platform that needs no Kubernetes knowledge)
    # (no release of Kubernetes is read here; whose the platform is, the rest of the README decides)
    def rules(sentence: str) -> list[str]:
        doc = parse_document("README.md", "readme", in_body(sentence))
        return [j.rule for _line, _col, j in explain_document(doc, ClaimContext(own_names=frozenset({"wren"})))]

    assert rules("不用懂 Kubernetes 的开源容器平台。") == ["no-owner"]
    assert rules("Kubernetes 的开源无疑促进了云原生。") == ["third-party"]


def test_a_fronted_description_is_of_the_author_or_project_the_main_clause_names() -> None:
    # 'As an open source project, …' with a subject of another kind ('stars', 'others'): the description is of the
    # one the main clause names, the author ('us') or the own project
    assert positives(in_body("As an open source project, stars are important to helping more people find us."))
    assert positives(in_body("Being open source, others can modify and extend what Wren already offers."))
    # ... not a named other, nor a clause that names no one
    assert positives(in_body("Being open source, Kestrel is easy to extend.")) == []
    assert positives(in_body("As an open source project, this one has no sponsor.")) == []
    # ... or the pronoun it resumes the description with, whose antecedent says whose it is
    assert positives(in_body("As an open-source app, anyone can help decide how it is being built."))
    md = "# Wren\n\nWren is a small model.\n\n## Notes\n\nWe build on Kestrel. As an open-source tool, anyone can change it.\n"
    assert positives(md) == []


def test_a_maker_named_after_a_bare_by_says_whose_it_is() -> None:
    # 'Cyclo is a modular, open-source framework by ROBOTIS' (the owner): a sibling release of the owner's
    own = frozenset({"wren", "wrenlabs"})
    assert [c.phrase for c in positives(in_body("Finch is a modular, open-source framework by Wren Labs for robots."),
                                        own=own)] == ["open-source"]
    assert positives(in_body("Finch is a modular, open-source framework by Kestrel Labs for robots."), own=own) == []
    # a bare 'by' that names no one says how, not who
    assert [c.phrase for c in positives(in_body("Wren is the best open-source model by far."), own=own)] \
        == ["open-source"]


@pytest.mark.parametrize("heading", ["## Wren Open-Source Release Implementation Plan", "# Wren Open-Source Roadmap",
                                     "## Wren open-source plans"])
def test_a_heading_whose_head_is_a_plan_names_what_is_planned(heading: str) -> None:
    assert positives(f"# Wren\n\nWren is a small model.\n\n{heading}\n\nSteps.\n") == []
    # ... the release itself, headed by what is released, is the project's
    assert positives("# Wren Open-Source Release\n\nSteps.\n") != []


@pytest.mark.parametrize("sentence", [
    "This page lists the open source components used in this project.",
    "Overview of the open-source software Wren is based on.",
    "Here is the open-source software that Wren is built on.",
    "The open-source libraries we depend on, with their licences.",
])
def test_what_a_relative_clause_of_use_follows_is_used_not_released(sentence: str) -> None:
    assert positives(in_body(sentence)) == []


@pytest.mark.parametrize("sentence", [
    "The open-source model Wren is based on Llama.",  # a main clause goes on: Wren, the open model, is based on another
    "Wren is open source and free to use.",
    "Wren is an open source library that anybody can use.",
    "Wren is the open-source model used by thousands of teams.",
])
def test_use_after_the_own_artifact_by_others_or_the_reader_keeps_the_claim(sentence: str) -> None:
    assert [c.phrase for c in positives(in_body(sentence))] != []


def test_the_product_called_by_the_head_of_its_name_is_the_own_one() -> None:
    # 'The toolkit is open-source' in GodotToolkit's README: the kind an own name ends with names the product
    own = frozenset({"wren", "wrentoolkit"})
    assert [c.phrase for c in positives(in_body("The toolkit is open-source and MIT licensed."), own=own)] \
        == ["open-source"]
    assert positives(in_body("The kit is open source."), own=own) == []  # no head of an own name


def test_a_part_named_after_the_bare_project_noun_opens_the_sentence_as_the_own_artifact_zh() -> None:
    # '1. 项目代码开源，允许…' (the project's code is open source): the bare noun and its part, no article in Chinese
    assert [c.phrase for c in positives(in_body("1. 项目代码开源，允许任何人使用。"))] == ["开源"]
    assert [c.phrase for c in positives(in_body("2. 项目文档开源，允许任何人使用。"))] == ["开源"]
    assert positives(in_body("Kestrel 发布了新模型，项目代码开源。")) == []


def test_a_clause_that_opens_with_its_release_verb_keeps_the_author_before_it_zh() -> None:
    # '我们致力于…，提供…的全套开源方案' (we strive to …, providing a complete open-source solution)
    assert [c.phrase for c in positives(in_body("我们致力于降低门槛，提供从结构到电路的全套开源方案。"))] == ["开源"]
    assert positives(in_body("Kestrel 致力于降低门槛，提供全套开源方案。")) == []


def test_the_maker_named_in_the_clause_after_a_noun_phrase_clause_says_whose_it_is_zh() -> None:
    # '开源字库，由学者 X 于 2004 年创建' (an open-source font library, created by X in 2004)
    assert positives(in_body("开源字库，由学者Kestrel于2004年10月创建，解决了字体匮乏的状况。")) == []
    # ... the author as maker is no third party
    assert [c.phrase for c in positives(in_body("开源字库，由我们于2004年创建。"))] == ["开源"]


def test_a_clause_after_a_verb_of_saying_and_that_has_its_own_subject() -> None:
    # 'This ensures that derivative works remain open source': not the demonstrative's, the that-clause's subject
    assert positives(in_body("This ensures that derivative works remain open source.")) == []
    assert [c.phrase for c in positives(in_body("This ensures that Wren remains open source."))] == ["open source"]
    assert [c.phrase for c in positives(in_body("We ensure that the code remains open source."))] == ["open source"]


def test_what_the_author_picks_is_others_zh() -> None:
    # '我们选择免费的开源字体' (we choose free open-source fonts), in a clause or closed by 的 as a relative clause
    assert positives(in_body("所以我们选择免费的开源字体。")) == []
    # ... to choose to open-source the own project is a release
    assert [c.phrase for c in positives(in_body("我们选择开源 Wren。"))] == ["开源"]


def test_a_demonstrative_after_a_sentence_about_a_well_known_family_points_back_at_it() -> None:
    # 'The release of DeepSeek-R1 … marked a moment. This open-weight model demonstrated …' (a family's name with
    # a version after a hyphen is the family's)
    text = "The release of Llama-3 in April marked a moment. This open-weight model matched closed ones."
    assert positives(in_body(text)) == []
    # ... not after a sentence of the author's or about the own project
    assert positives(in_body("We fine-tuned Llama-3 for phones. This open-weight model is small.")) != []
    assert positives(in_body("Wren is fine-tuned from Llama-3. This open-weight model is small.")) != []


def test_the_items_of_a_list_a_plan_introduces_are_planned() -> None:
    md = ("# Wren\n\nWren is a small model.\n\n## Next\n\n{lead}\n\n- Fine-tune Wren on medical text.\n"
          "- Open-source the model weights and tokenizer for others to use.\n{ticked}")
    assert positives(md.format(lead="We plan to:", ticked="")) == []
    # ... not a ticked item, nor under a lead-in that plans nothing ('future-proof' is no future)
    assert positives(md.format(lead="We plan to:", ticked="- [x] Open-source the training code.\n")) != []
    assert positives(md.format(lead="To make it future-proof:", ticked="")) != []


def test_a_clause_of_consequence_after_a_verbless_predicate_is_no_verb_of_it() -> None:
    # '**Customization**: Open source, so you can modify and extend it'
    assert [c.phrase for c in positives(in_body("Fully open-source, so you can modify it."))] == ["open-source"]
    # ... where the fragment goes on past the phrase, it has a verb of its own
    assert positives(in_body("Open weights also lower costs, since teams do not have to train.")) == []


def test_a_conjunction_ends_the_noun_phrase_a_community_heads_zh() -> None:
    # '開源開發者與商業系統開發者' (open-source developers and developers of commercial systems): two communities
    assert positives(in_body("開源開發者與商業系統開發者之間的對話持續進行。")) == []


@pytest.mark.parametrize("sentence", ["Open-source CLI for live updates.", "* Open source hardware",
                                      "Open source device for measuring air quality."])
def test_a_verbless_headline_of_more_kinds_of_product_names_the_own_one(sentence: str) -> None:
    assert positives(in_body(sentence)) != []


@pytest.mark.parametrize("path", ["docs/notable_projects.md", "docs/showcase.md", "ADOPTERS.md",
                                  "docs/built-with-wren.md"])
def test_a_page_of_projects_that_use_this_one_describes_others(path: str) -> None:
    page = "# Projects\n\nOpen source simulator of a board game.\n"
    assert positives(page, path=path, role="docs") == []
    assert positives(page, path="docs/about.md", role="docs") != []


def test_a_relative_clause_on_the_head_of_a_verbless_headline_is_no_verb_of_it() -> None:
    assert [c.phrase for c in positives(in_body("An open source time tracker that feels light and has good "
                                                "reports."))] == ["open source"]
    # ... where someone is named in it, the sentence has a verb of its own
    assert positives(in_body("An open source tool that we use is Kestrel.")) == []


def test_coordinated_modifiers_stay_inside_a_relative_clause_closed_by_de_zh() -> None:
    # 'Wren 是基于 PyTorch 的图像&视频编辑开源工具箱' (an open-source toolbox for image & video editing, built on PyTorch)
    assert [c.phrase for c in positives(in_body("Wren 是基于 PyTorch 的图像&视频编辑开源工具箱。"))] == ["开源"]


def test_the_maker_of_the_own_project_the_sentence_opens_with_is_its_author_zh() -> None:
    # '本项目由 X 原创开发并开源发布', 'OWN 是…平台，由 X 开源': Chinese goes on with the subject it opened with
    assert [c.phrase for c in positives(in_body("本项目由 **Kestrel 博客** 原创开发并开源发布。"))] == ["开源"]
    assert [c.phrase for c in positives(in_body("Wren 是一款使用 Go 语言开发的代理平台，由 Kestrel 集团开源。"))] \
        == ["开源"]
    # ... not another's project named in a clause of its own
    assert positives(in_body("本项目参考了 Kestrel，Kestrel 由 Finch 团队开源。")) == []


def test_a_plan_governs_a_coordinated_verb_with_its_own_adverb() -> None:
    # 'efforts that will standardize and fully open source the process'
    assert positives(in_body("We will standardize and fully open source the process.")) == []
    assert positives(in_body("We standardized and fully open sourced the process.")) != []


@pytest.mark.parametrize("sentence", ["Wren 是一款免費、開放原始碼的機器人。", "Wren 是开放源代码软件。"])
def test_the_long_forms_of_open_source_are_phrases_zh(sentence: str) -> None:
    assert positives(in_body(sentence)) != []


def test_a_phrase_joined_to_another_word_by_a_slash_in_prose_is_found() -> None:
    # '* Opensource/Free', 'fully open source/open data': two alternatives, no path
    assert [c.phrase for c in claims_in(in_body("Wren is open-source/free software."))] == ["open-source"]
    # ... a path or an address is no prose
    assert claims_in(in_body("See https://example.org/x/open-source for more.")) == []
    assert claims_in(in_body("Read docs/open-source.md first.")) == []


def test_a_participle_after_a_perfects_auxiliary_is_the_verb_not_a_modifier() -> None:
    # 'Start9 has also built open source tools for …': what the own project has built, no things in general
    assert [c.phrase for c in positives(in_body("Wren has also built open source tools for phones."))] \
        == ["open source"]
    assert positives(in_body("Kestrel has built open source tools for phones.")) == []


@pytest.mark.parametrize("title", ["# 开源语言模型合集 (Ver. 1.4)", "# 开源软件精选清单", "# 开源大模型汇总"])
def test_a_title_headed_by_a_collection_noun_presents_others_work_zh(title: str) -> None:
    assert positives(f"{title}\n\n收集开源的大语言模型。\n") == []


def test_a_licences_name_between_the_own_name_and_its_pronoun_names_no_other_product() -> None:
    # 'LightRL is licensed under the [MIT License](license.md), ensuring that it remains free and open-source'
    assert [c.phrase for c in positives(in_body("Wren is licensed under the [MIT License](license.md), ensuring that "
                                                "it remains free and open-source."))] == ["free and open-source"]
    assert positives(in_body("Wren uses Kestrel because it is open source.")) == []
    # ... another name beside the licence's still stands between them
    assert positives(in_body("Wren uses Kestrel (MIT) because it is open source.")) == []


@pytest.mark.parametrize("sentence", ["我们始终坚持将自主研发的代码完全开源。", "我们希望通过将基础计算平台开源，活跃社区。",
                                      "我们将代码开源。"])
def test_jiang_before_a_noun_of_the_release_marks_the_object_not_the_future_zh(sentence: str) -> None:
    assert [c.phrase for c in positives(in_body(sentence))] == ["开源"]


@pytest.mark.parametrize("sentence", ["代码将开源。", "我们将于下月把代码开源。", "模型将在下月开源。"])
def test_jiang_right_before_the_verb_or_its_time_is_the_future_zh(sentence: str) -> None:
    assert positives(in_body(sentence)) == []


def test_the_phrase_alone_as_an_entry_of_a_line_of_page_names_names_a_page() -> None:
    nav = "[Handbook](../README.md) · [Principles](principles.md) · **Open source** · [Glossary](glossary.md)"
    assert positives(f"# Handbook\n\n{nav}\n\nText.\n", path="docs/handbook.md", role="docs") == []
    # ... the own lead's properties in such a line still speak for the project
    assert positives("# Wren\n\nFast · Open source · Small\n") != []


def test_a_news_item_that_announces_writing_about_the_phrase_releases_nothing() -> None:
    # '[2023/12/19] New example: Open source LLM with code interpreter'
    assert positives(in_body("- [2023/12/19] New example: Open source LLM with code interpreter.")) == []
    assert positives(in_body("- [2023/12/19] New model: Open source LLM with code interpreter.")) != []


def test_an_open_source_repository_on_a_platform_linked_to_the_owner_is_the_owners() -> None:
    # '* Model development happens in an open source repository on GitHub [here](https://github.com/OWNER/model/)'
    own = frozenset({"wren", "wrenlabs"})
    line = "* Model development happens in an open source repository on GitHub [here](https://github.com/{}/model/)."
    assert positives(in_body(line.format("wrenlabs")), own=own) != []
    assert positives(in_body(line.format("kestrel")), own=own) == []


def test_free_before_a_singular_product_noun_is_an_adjective_not_a_quantifier() -> None:
    # '## Free Open Source ERP / CRM App' under the title: the product's tagline
    assert positives("# Wren\n\n## Free Open Source ERP / CRM App\n\nText.\n") != []
    # ... before a plural, things in general
    assert positives(in_body("We recommend free open-source tools.")) == []


def test_a_coordinated_predicate_shares_the_first_predicates_subject() -> None:
    # 'The firmware is written for the MCU in C and is open source under the GPL'
    assert positives(in_body("The firmware is written for the MCU in C++17 and is open source under the GPL.")) != []
    assert positives(in_body("The software is written in Rust and is open source.")) != []
    assert positives(in_body("Wren uses Kestrel, which is written in C and is open source.")) == []
    assert positives(in_body("Kestrel is written in Rust and is open source.")) == []


def test_to_be_after_a_participle_of_making_tells_its_purpose_not_a_plan() -> None:
    assert positives(in_body("Wren has been created to be an open-source, self-hosted alternative to Feedly.")) != []
    assert positives(in_body("Wren is designed to be fully open source.")) != []
    assert positives(in_body("We plan for Wren to be open source.")) == []


@pytest.mark.parametrize("sentence", [
    "A reproducible evaluation of prompt-injection defenses on an open-weight model.",
    "Measuring the security exposure of open-source LLM agents.",
    "An audit of the safety filters of an open-weight model.",
])
def test_what_a_study_or_test_is_of_is_its_object_not_a_release(sentence: str) -> None:
    assert positives(f"# Wren\n\n{sentence}\n") == []


def test_an_own_study_or_an_own_product_for_studying_is_still_the_own() -> None:
    assert positives("# Wren\n\nWren is an open-source framework for benchmarking LLMs.\n") != []
    assert positives(in_body("We present a study of our open-source model.")) != []


def test_a_noun_phrase_set_before_the_subject_describes_it() -> None:
    # 'A free and open-source app, OWN offers …'
    assert positives(in_body("A free and open-source app, Wren offers sync across devices.")) != []
    assert positives(in_body("A free and open-source app, Kestrel offers sync across devices.")) == []
    # ... coordinated adjectives are no subject ('Open-source, MLX-native speech library for Apple Silicon.')
    assert positives("# Wren\n\nOpen-source, MLX-native speech library for Apple Silicon.\n") != []


def test_below_are_points_at_what_the_page_presents() -> None:
    own = frozenset({"wren", "wrenlab"})
    assert positives(in_body("Below are the open-source tools and datasets developed by Wren Lab."), own=own) != []
    # ... a selection after 'Here are' or 'Below are' is others' work
    assert positives(in_body("Below are some open-source alternatives to Notion.")) == []
    assert positives(in_body("Here are the best open-source alternatives to Notion.")) == []



@pytest.mark.parametrize("sentence", ["Wren's weights are open: download them and run them anywhere.", "The weights are open.",
                                      "- Wren's model weights are open and commercially usable",
                                      "Our training code is now open."])
def test_open_said_of_what_a_release_is_made_of_is_a_phrase(sentence: str) -> None:
    assert positives(in_body(sentence)) != []


@pytest.mark.parametrize("sentence", ["The issue is open.", "The code is open to contributions.",
                                      "Kestrel's weights are open."])
def test_open_after_any_other_subject_or_open_to_someone_is_no_claim(sentence: str) -> None:
    assert positives(in_body(sentence)) == []


@pytest.mark.parametrize("sentence", ["An open-source release of Wren is coming soon, stay tuned.",
                                      "**Open-source release coming soon — join the waitlist**",
                                      "- Open-source release of the training code (coming soon)"])
def test_an_open_source_release_named_by_its_noun_and_planned_is_a_plan(sentence: str) -> None:
    assert positives(f"# Wren\n\n{sentence}\n") == []


def test_a_release_named_by_its_noun_is_still_a_release() -> None:
    assert positives("# Wren\n\n- Open-source release of the training code\n") != []


@pytest.mark.parametrize("sentence", ["Open-source software underpins much of today's AI research.",
                                      "Open source hardware is changing the world.", "开源软件正在改变世界。",
                                      "开源硬件不仅仅是抽象的原则。"])
def test_a_kind_opening_a_statement_about_it_is_said_in_general(sentence: str) -> None:
    # even in the lead, where the project speaks of itself
    assert positives(f"# Wren\n\n{sentence}\n") == []


def test_a_headline_of_a_kind_or_a_release_of_its_parts_is_still_the_projects() -> None:
    assert positives("# Wren\n\nOpen-source software for everyone.\n") != []
    assert positives("# Wren\n\n开源代码见 GitHub。\n") != []


def test_a_tagline_heading_of_several_fragments_names_no_section() -> None:
    assert positives('# Wren\n\n<h3 align="center">Open weights. Open data. Open code.</h3>\n\nText.\n') != []
    assert positives("# Wren\n\n## Open weights\n\n- Wren 7B\n") == []


def test_the_parts_of_a_release_for_an_own_name_are_the_own() -> None:
    assert positives("# Wren\n\nText.\n\n## Usage\n\nMore.\n\n## Open weights for every Wren checkpoint\n\nText.\n") != []
    assert positives(in_body("- Open-weight checkpoints for Wren-1B, Wren-7B and Wren-34B")) != []
    # ... but what is made for a product may be anyone's
    assert positives(in_body("- Open-source plugins for Wren are listed below.")) == []


def test_a_news_item_that_publishes_writing_about_the_phrase_releases_nothing() -> None:
    item = "- [2024/11] Published a blog post on why open weights matter for AI safety research."
    assert positives(in_body(item)) == []


def test_as_a_in_chinese_after_an_items_label_describes_the_main_clauses_subject() -> None:
    item = "*   **持续进化与维护**：作为一款成熟的开源框架，Wren 核心团队和社区持续对其进行功能增强。"
    assert positives(in_body(item)) != []
    assert positives(in_body("*   **生态**：作为一款成熟的开源框架，Kestrel 被广泛使用。")) == []


def test_a_numbered_section_named_for_another_product_is_about_it() -> None:
    page = "# Tools\n\n### 3. **KestrelDocs**\n\n- Open-source platform with a friendly interface for documentation.\n"
    assert positives(page, path="docs/tools.md", role="docs") == []
    assert positives("# Wren\n\nText.\n\n### 3. **Wren**\n\n- Open-source platform with a friendly interface.\n") != []


def test_a_quantifier_after_kaiyuan_de_makes_things_of_a_kind_zh() -> None:
    assert positives("# Wren\n\n但是，当前开源的各类中文预训练模型，多是面向通用领域的。\n") == []
    assert positives(in_body("我们开源的多个模型已上传。")) != []


def test_an_aside_between_dashes_is_no_part_of_the_subject() -> None:
    line = "The entire pipeline — data processing, pretraining and evaluation code — is open-sourced under MIT."
    assert positives(in_body(line)) != []
    assert positives(in_body("Kestrel — a tool we like — is open source.")) == []


def test_the_authors_commitment_or_mission_is_an_ideal_not_a_release() -> None:
    assert positives("# Wren\n\nText.\n\n## 🌍 Our Open Source Commitment\n\nText.\n") == []
    assert positives(in_body("Our open-source mission is to make models auditable.")) == []


def test_what_something_is_sourced_or_ported_from_is_used() -> None:
    item = "- 600+ unit models (sourced from the open-source project [duelyst](https://github.com/kestrel/duelyst))."
    assert positives(in_body(item)) == []
    assert positives(in_body("Wren's parser is ported from an open-source C library.")) == []


def test_so_many_open_source_things_zh_is_things_in_general() -> None:
    assert positives("# Wren\n\nGitHub 上开源极多，但搜索噪声大。\n") == []


def test_a_linking_adverb_and_all_the_before_a_definite_subject_leave_it_the_own() -> None:
    assert positives(in_body("Furthermore, all the data and models are opensourced so you can train your own.")) != []
    assert positives(in_body("Furthermore, the data and models are opensourced.")) != []


def test_a_bare_noun_of_a_part_opening_the_sentence_is_the_own_part() -> None:
    assert positives(in_body("Firmware is stable and open source.")) != []


def test_capitals_inside_an_indefinite_description_make_no_name() -> None:
    line = "A large-scale, multimodal Text-to-Image generation model — fully open-source and commercial-grade."
    assert positives(f"# Wren\n\n{line}\n") != []
    assert positives(in_body("A fast, small Kestrel is open source.")) == []


def test_our_open_source_development_is_the_authors_work_not_the_movement() -> None:
    assert len(positives(in_body("Support our open-source development by choosing the hosted plan."))) == 1
    assert positives(in_body("Support open-source development by donating to the foundation.")) == []
    assert positives(in_body("Join our open-source community on Discord.")) == []


def test_openly_licensed_and_parts_openly_available_are_phrases() -> None:
    assert len(positives(in_body("Wren ships openly licensed weights for every size."))) == 1
    assert len(positives(in_body("The Wren model weights are openly available for anyone to download."))) == 1
    # the object of 'release … openly' may be a few words long
    assert len(positives(in_body("We release our code, data and weights openly."))) == 1
    # 'openly available' alone says what can be had, whoever made it
    assert positives(in_body("Many openly available datasets exist for this task.")) == []


def test_a_collection_the_own_subject_presents_is_the_own_release() -> None:
    # 'OWN introduces a novel family of fully open-source LMMs': the family is the own subject's release
    assert len(positives(in_body("Wren-2 introduces a novel family of fully open-source multimodal models."))) == 1
    # ... and a verbless headline opening with the collection and its article
    assert len(positives("# Wren\n\nA family of fully open-source multimodal models for small devices.\n")) == 1
    # a collection of others the own subject is set against stays theirs
    assert positives(in_body("Wren is compared against a family of open-source models.")) == []


def test_the_project_a_demonstrative_points_at_stays_own_when_the_reader_works_on_it() -> None:
    md = in_body("If you are interested in building this open source project, open an issue and we will help.")
    assert len(positives(md)) == 1
    assert positives(in_body("You can build open-source apps with it.")) == []


def test_has_and_always_will_be_is_said_of_now() -> None:
    assert len(positives(in_body("Every build of Wren has and always will be free and open-source."))) == 1


def test_the_release_named_by_its_noun_released_under_an_open_licence_is_own() -> None:
    md = "# Wren\n\nA model.\n\n## License\n\nThe entire project is released under open source licenses:\n"
    assert len(positives(md)) == 1
    assert len(positives(in_body("The firmware is distributed under an open source license."))) == 1


@pytest.mark.parametrize("item", ["- Our code adheres to the Apache 2.0 open-source license.",
                                  "- We selected `AGPL-3.0` as our open-source license.",
                                  "- Selected `AGPL-3.0` as the open-source license and added a notice.",
                                  "- Released under the MIT open-source license."])
def test_a_licence_the_author_chose_or_follows_is_the_own_release(item: str) -> None:
    # a licence statement whose subject is the author, the own code, or nobody at all (a changelog's or a feature
    # list's item) says under which open licence the own release stands
    assert len(positives(f"# Wren\n\nA note app.\n\n{item}\n")) == 1
    # ... in a section about others the author's own words still speak for it; an item without a subject there is
    # about the others
    in_thanks = positives(f"# Wren\n\nA note app.\n\n## Acknowledgements\n\n{item}\n")
    assert len(in_thanks) == (1 if item.startswith(("- Our", "- We")) else 0)
    # a named other keeps its licence
    assert positives("# Wren\n\nA note app.\n\n- Kestrel adheres to the Apache 2.0 open-source license.\n") == []


def test_a_product_licensed_under_the_repositorys_own_licence_file_is_own() -> None:
    # 'MCP Mesh is open-source software licensed under the [MIT License](./LICENSE)': the product may go by a name
    # the repository's names do not hold; its licence is the repository's own file
    for url in ("./LICENSE", "LICENSE.md", "../../LICENSE-APACHE", "COPYING"):
        md = f"# Wren\n\nA note app.\n\n## License\n\nMesh Hub is open-source software licensed under the [MIT License]({url}).\n"
        assert len(positives(md)) == 1, url
    # another's licence file, or notices of others' parts, say nothing of the own product
    for url in ("https://github.com/kestrel/kestrel/blob/main/LICENSE", "THIRD-PARTY-LICENSES.md", "licenses/NOTICE"):
        md = f"# Wren\n\nA note app.\n\nKestrel is open-source software licensed under the [MIT License]({url}).\n"
        assert positives(md) == [], url


def test_ordinary_words_over_a_part_are_no_name() -> None:
    # 'Core Features are free and open source': the words name a part of the project, no one else; in the lead the
    # project's own place decides, while a name over the part ('Kestrel Features') is another's
    assert len(positives("# Wren\n\nCore Features are free and open source; Sync is paid.\n")) == 1
    assert positives("# Wren\n\nKestrel Features are free and open source; Sync is paid.\n") == []


def test_any_before_a_plural_is_a_class_whatever_word_of_the_own_name_it_holds() -> None:
    # 'supports fine-tuning of any open-source wren models': the own name's word is a kind of model there
    assert positives(in_body("Wren supports fine-tuning of any open-source wren models.")) == []
    assert len(positives(in_body("Use any of our open-source wren models."))) == 1


def test_a_pronoun_takes_the_previous_sentences_subject_before_what_it_uses() -> None:
    # the previous sentence's subject, before its copula, holds the own name: 'It' is that, not what the sentence
    # goes on to adapt or use
    md = ("# Model\n\nLarge Language Assistant for Medicine (i.e., “Wren-Med”) is a model trained using a method "
          "for adapting Kestrel to medicine. It is an open-source release for research.\n")
    assert len(positives(md)) == 1
    # a subject that holds no own name leaves 'It' to what the sentence uses
    other = ("# Model\n\nA note app.\n\n## Notes\n\nThe Kestrel library (i.e., “Kestrel”) is a model we use for "
             "adapting Wren to medicine. It is an open-source release for research.\n")
    assert positives(other) == []


def test_a_licence_the_own_subject_moves_to_or_uses_is_its_own() -> None:
    # verbs of taking a licence ('transitioned to', 'switched to', 'uses'): the own subject's licence
    body = "# Wren\n\nA model.\n\n## Changes\n\n{}\n"
    for sentence in ("Starting with version 0.1.2, Wren transitioned to full dual MIT/Apache 2.0 open source licensing.",
                     "We switched to an open-source license in 2024.", "Wren uses the MIT open-source license."):
        assert len(positives(body.format(sentence))) == 1, sentence
    # another's, licences in the plural, or a licence only liked are not the own release's
    for sentence in ("Kestrel moved to an open-source license.", "We like the idea of an open-source license.",
                     "- Uses open-source licenses of its dependencies."):
        assert positives(body.format(sentence)) == [], sentence


def test_a_participle_between_the_plan_word_and_the_phrase_still_plans() -> None:
    # 'We will make the trained weights open source for the publication': what is planned, modified by a participle
    for sentence in ("We will make the trained weights open source for the publication.",
                     "We will release the fine-tuned models as open source."):
        assert positives(in_body(sentence)) == [], sentence


def test_a_readme_that_welcomes_the_reader_to_a_name_names_its_own_project() -> None:
    # 'Welcome to Mirage3D, an open-source repository …': the greeting names the project, whatever its name
    for sentence in ("Welcome to Kestrel, an open-source repository dedicated to text-to-3D.",
                     "Welcome to the official repository of Kestrel, an open-source toolkit."):
        assert len(positives(in_body(sentence))) == 1, sentence
    # ... while a name in any other apposition stays another's
    assert positives(in_body("Welcome to the world of Kestrel, an open-source toolkit.")) == []


def test_the_licence_an_own_name_possesses_is_the_own_release() -> None:
    assert len(positives(in_body("Please adhere to Wren's open source license."))) == 1
    assert positives(in_body("Please adhere to Kestrel's open source license.")) == []


def test_the_items_of_a_list_of_wishes_are_no_releases() -> None:
    md = ("# Wren\n\nA model.\n\nHere are some helps we felt needed (We welcome contributions through pull requests):\n\n"
          "- Lightweight and/or better-performing open-sourced extractor.\n- A faster checker.\n")
    assert positives(md) == []
    # a list of features stays the project's
    md = "# Wren\n\nA model.\n\n## Features\n\nWhat it has:\n\n- Fully open-source extractor.\n"
    assert len(positives(md)) == 1


def test_a_field_after_in_is_no_release_and_a_relative_clauses_copula_is_not_the_authors() -> None:
    # 'people from backgrounds that are underrepresented in open-source software': a field, where people work
    sentence = ("We especially encourage contributions from people from backgrounds that are underrepresented in "
                "open-source software.")
    assert positives(in_body(sentence)) == []
    assert len(positives(in_body("We are an open-source lab."))) == 1


def test_a_description_that_opens_with_the_phrase_and_names_a_repository_is_this_one() -> None:
    # 'Open-source repository of the hardware and software components of Kestrel': the repository it stands in
    md = ("# Wren\n\n**Authors**: A, B.\n\nOpen-source repository of the hardware and software components of "
          "[Kestrel](https://kestrel.example) and the paper.\n")
    assert len(positives(md)) == 1
    # under a section about others, or as another's entry, it is theirs
    assert positives("# Wren\n\nA model.\n\n## Related work\n\nOpen-source implementation of Kestrel.\n") == []
    assert positives("# Wren\n\nA model.\n\n- [Foo](https://github.com/foo/foo): Open-source implementation of Kestrel.\n") == []


def test_a_licence_a_modal_of_obligation_requires_is_no_release() -> None:
    # 'The software used to train the model must be provided under an open source license': a definition's requirement
    for sentence in ("- The software used to train the model must be provided under an open source license.",
                     "Contributions must be licensed under the same open-source license."):
        assert positives(in_body(sentence)) == [], sentence
    assert len(positives(in_body("The code is released under an open-source license."))) == 1


def test_a_phrase_among_the_coordinated_modifiers_of_an_apposition_is_said_of_its_name() -> None:
    # 'Kestrel, the first domestically developed and open-sourced Chinese chat model, …': Kestrel's
    item = "- Introduction: Kestrel, the first domestically developed and open-sourced Chinese chat model, is fast."
    assert positives("# Wren\n\nA dataset.\n\n## Models\n\n" + item + "\n") == []
    assert len(positives(in_body("Wren, the first small and open-sourced Chinese chat model, is fast."))) == 1


def test_a_subordinate_clause_with_its_own_subject_is_not_what_the_sentence_opens_with() -> None:
    # 'We only include datasets where all associated licenses are open source compliant'
    assert positives(in_body("We only include datasets where all associated licenses are open source compliant.")) == []
    assert len(positives(in_body("We release Wren, which is fully open source."))) == 1


def test_a_discourse_phrase_before_the_subject_is_no_part_of_it() -> None:
    # 'Best of all, the model weights and code are fully open-source': the subject is what follows the comma
    for opener in ("Best of all", "In addition", "Most importantly"):
        assert len(positives(in_body(f"{opener}, the model weights and code are fully open-source."))) == 1, opener


def test_what_the_author_collects_lists_or_studies_is_others_work() -> None:
    for sentence in ("We collect the best open-source startups.", "Our index lists the best open-source startups.",
                     "We track the fastest-growing open-source startups."):
        assert positives(in_body(sentence)) == [], sentence
    # ... its own, named after the verb, and what it collects for its own model stay its own
    for sentence in ("We evaluate our open-source models.", "We collect 70 datasets from many tasks for open-source Wren."):
        assert len(positives(in_body(sentence))) == 1, sentence


def test_or_later_after_a_licence_version_is_no_plan() -> None:
    # 'licensed under GPL 2 or later', '… or any later version': the licence's versions, not a time
    for licence in ("[GPL 2 or later](https://www.gnu.org/licenses/)", "the GPL, version 3 or any later version"):
        assert len(positives(in_body(f"Wren is free and open source software, licensed under {licence}."))) == 1, licence
    assert positives(in_body("The training code will be open source later.")) == []
    assert positives(in_body("Open-source release of the training code later this year.")) == []


def test_a_dependency_in_an_earlier_clause_does_not_govern_a_participle_clause_with_its_own_predicate() -> None:
    # '… generates function calls, allowing it to serve as an open-source alternative to X'
    assert len(positives(in_body("Wren is a model that uses tools, allowing it to serve as an open-source "
                                 "alternative to Kestrel."))) == 1
    assert positives(in_body("Wren is a model that uses open-source tools to plan.")) == []


def test_a_possessive_after_the_phrase_opens_its_object() -> None:
    # 'we open source our contributions': the phrase is a verb, 'contributions' is what is released, no community
    assert len(positives(in_body("Finally, we open source our contributions to help further research."))) == 1
    assert positives(in_body("We welcome open source contributions from everyone.")) == []


def test_running_inference_on_models_uses_them() -> None:
    # '… configured to use the Acme Inference Providers API to run inference on the latest open-source models'
    assert positives(in_body("By default, Wren uses the Acme Inference Providers API to run inference on the latest "
                             "open-source models.")) == []
    assert positives(in_body("Wren runs inference on open-weight models.")) == []


def test_the_nouns_of_who_releases_are_no_verbs_of_release() -> None:
    # 'developers', 'providers', 'maintainers' after a verb of use do not end what it governs
    assert positives(in_body("By default, Wren is configured to use the Acme Providers API to serve the latest "
                             "open-source models.")) == []
    # ... the verb itself still ends it ('Wren uses X and provides an open-source …')
    assert len(positives(in_body("Wren uses Acme and provides an open-source toolkit."))) == 1


def test_a_label_names_what_its_item_plans() -> None:
    # '- **Open Model Weights**: Once trained, the complete model weights will be open-sourced'
    md = "# Wren\n\nA model.\n\n## Features\n\n- **Open Model Weights**: Once trained, the weights will be open-sourced.\n"
    assert positives(md) == []
    done = "# Wren\n\nA model.\n\n## Features\n\n- **Open Model Weights**: the weights are on the Hub.\n"
    assert len(positives(done)) == 1


def test_a_verb_of_use_in_ing_before_a_product_noun_is_its_modifier() -> None:
    # 'All training code, reward functions, and benchmarking tools are open source'
    features = "# Wren\n\nA model.\n\n## Features\n\n- **Transparent**: All training code and benchmarking tools are open source\n"
    assert len(positives(features)) == 1
    assert positives(in_body("We are benchmarking open-source models.")) == []


def test_artifacts_made_available_with_no_one_else_named_are_released_here() -> None:
    # 'the set of open source pre-trained weights currently made available'
    assert len(positives(in_body("The table summarizes the open source pre-trained weights currently made "
                                 "available."))) == 1
    # ... made available by someone else: theirs
    assert positives(in_body("The table lists the open-source models made available by Acme.")) == []


def test_an_own_name_set_beside_the_phrase_outweighs_a_verb_of_use_before_it() -> None:
    # 'Deploy AWS EC2 for testing [Chronos](…), an open-source developer tool'
    assert len(positives(in_body("Deploy a server for testing Wren, an open-source developer tool."))) == 1
    assert positives(in_body("We use Kestrel, an open-source model, for parsing.")) == []


def test_with_a_subject_being_open_source() -> None:
    # 'Also, with Overseerr being an open-source project, anyone is welcome to contribute.'
    assert len(positives(in_body("Also, with Wren being an open-source project, anyone is welcome to contribute."))) == 1
    assert positives(in_body("Also, with Kestrel being an open-source project, anyone may fork it.")) == []


def test_a_description_an_own_name_is_said_to_be_is_its_own() -> None:
    # 'Docketeer is a Docker developer tool that's available as an open-source project'
    assert len(positives(in_body("Wren is a Docker developer tool that's available as an open-source project."))) == 1
    assert positives(in_body("Wren uses a Docker tool that's available as an open-source project.")) == []


def test_releasing_an_object_open_source() -> None:
    # 'Later on she released the project open source'
    assert len(positives(in_body("Later on she released the project open source."))) == 1
    assert positives(in_body("Later on Acme released Kestrel open source.")) == []


def test_a_licence_with_the_objects_between_the_verb_and_under() -> None:
    # 'we … provide them under a true open source license', 'We release parts of the code under …'
    assert len(positives(in_body("We are splitting out chunks of code and provide them under a true open source "
                                 "license."))) == 1
    assert len(positives(in_body("We release parts of the code under a true open source license."))) == 1
    # ... what the author uses, provided by someone else, is theirs
    assert positives(in_body("We use Kestrel, which is provided by Acme under an open source license.")) == []


def test_an_installer_is_no_verb_of_installing() -> None:
    # 'FluxOS Installer …' names a product; 'install' before the phrase still uses what it installs
    own = frozenset({"kestrel", "kestrelinstaller"})
    assert len(positives(in_body("Kestrel Installer açık kaynak bir projedir."), own=own)) == 1
    assert positives(in_body("Install open-source models with one command.")) == []


def test_a_contracted_will_plans() -> None:
    # "We'll open source more research projects in this way."
    assert positives(in_body("We'll open source more research projects in this way.")) == []
    assert positives(in_body("We’ll open-source the weights soon.")) == []
    assert len(positives(in_body("We open-sourced the weights."))) == 1


def test_an_adjective_before_a_singular_product_noun_is_no_quantifier() -> None:
    # '### Powerful, cross-platform, open-source password manager': one product, the tagline's
    assert len(positives("# Wren\n\n### Powerful, cross-platform, open-source password manager\n")) == 1
    # ... while a plural, a quantifier, a word that picks out others or another's possessive keep it generic
    assert positives("# Wren\n\n### Powerful open-source password managers\n") == []
    assert positives(in_body("Wren builds on his great open-source [Kestrel](https://github.com/k/kestrel) project.")) == []


def test_thanks_for_making_our_project_better_is_the_authors() -> None:
    # 'We appreciate your interest in making our open-source project better.'
    assert len(positives(in_body("We appreciate your interest in making our open-source project better."))) == 1
    assert positives(in_body("We appreciate the open-source community for its help.")) == []


def test_an_acronym_in_capitals_is_no_plural() -> None:
    # 'Open-weights Dutch TTS based on …' opening the lead: one product (text to speech), not things in general
    assert len(positives("# Parkiet\n\nOpen-weights Dutch TTS based on the Kestrel architecture.\n")) == 1
    assert positives("# Parkiet\n\nOpen-weights Dutch voices based on the Kestrel architecture.\n") == []


def test_a_bare_noun_of_the_release_after_a_label() -> None:
    # '**Challenge**: Project is open-source on GitHub': a capitalised common noun is no name, and after the label's
    # colon the bare noun opens the text as 'Code is open source' does
    assert len(positives(in_body("**Challenge**: Project is open-source on GitHub"))) == 1
    assert positives(in_body("**Challenge**: Kestrel is open-source on GitHub")) == []


def test_a_word_in_parentheses_before_the_phrase_opens_no_clause() -> None:
    # '* MMDAgent, a (partially?) open source virtual agent': the name before the comma is what is described
    md = "# Wren\n\nWren is a small model.\n\n## Links\n\n* Kestrel, a (partially?) open source virtual agent.\n"
    assert positives(md) == []
    assert len(positives("# Wren\n\nWren is a small model.\n\n## Links\n\n* Wren, a (mostly) open source virtual agent.\n")) == 1


def test_an_entry_credited_to_a_handle_is_theirs() -> None:
    # '- [site](…) - an open-source tool for in-browser inpainting by [@lxfater](…)'
    md = ("# Wren\n\nA model.\n\n## Made with Wren\n\n"
          "- [https://paint.example.com](https://paint.example.com/) - an open-source tool for inpainting by "
          "[@jdoe](https://twitter.com/jdoe)\n")
    assert positives(md) == []


def test_an_abbreviation_in_parentheses_after_a_phrase_is_judged_as_the_phrase() -> None:
    # 'provided under Free and Open Source Software (FOSS) licenses': the abbreviation says the phrase again
    md = in_body("RISC-V is an architecture provided under Free and Open Source Software (FOSS) licenses that do not "
                 "restrict it.")
    doc = parse_document("README.md", "readme", md)
    judged = [(j.phrase, j.rule) for _line, _col, j in explain_document(doc, ClaimContext(own_names=frozenset({"wren"})))]
    assert judged == [("Free and Open Source", "license-text"), ("FOSS", "license-text")]
    assert positives(md) == []


def test_a_maker_after_the_noun_phrase_and_its_prepositional_phrase() -> None:
    # '`PMX` is an open source format for AI models launched by Acme': the owner, named as the maker, makes it its own
    own = frozenset({"wren", "acme"})
    assert len(positives(in_body("`PMX` is an open source format for AI models launched by Acme."), own=own)) == 1
    assert positives(in_body("`PMX` is an open source format for AI models launched by Google."), own=own) == []
    assert positives(in_body("`PMX` is an open source format for AI models."), own=own) == []


def test_a_link_to_the_own_release_names_no_name_a_later_clause_describes() -> None:
    # 'This [dataset](OWN) was generated … and reviewed with Argilla, an open-source annotation tool': the link names
    # the dataset, not the tool the clause after it names
    assert positives(in_body("This [dataset](https://huggingface.co/datasets/wren/wren-data) was generated with closed "
                             "models and reviewed with Argilla, an open-source annotation tool.")) == []
    assert len(positives(in_body("[Kestrel](https://github.com/wren/kestrel), an open-source annotation tool, "
                                 "reviews it."))) == 1


def test_a_dash_or_a_verb_of_its_own_ends_the_noun_phrase_before_an_own_name() -> None:
    # 'Models from the region — despite being capable and open-source — had zero OWN coverage'
    for dash in ("—", "-"):
        sentence = f"Models from the region {dash} despite being capable and open-source {dash} had zero Wren coverage."
        assert positives(in_body(sentence)) == [], sentence
    assert len(positives(in_body("Get open-source Wren models here."))) == 1


def test_a_field_whose_value_is_a_placeholder_states_nothing() -> None:
    # 'model opensourced: XXX' in an issue template is a form's field, still to be filled in
    assert positives("model opensourced: XXX\n", path=".github/ISSUE_TEMPLATE/entry.md", role="docs") == []
    assert positives("# Wren\n\nWren weights open-sourced: TBD\n") == []
    assert len(positives("# Wren\n\nWren weights open-sourced: [Wren-7B](https://huggingface.co/wren/wren-7b)\n")) == 1


def test_a_possessor_that_is_a_definite_noun_of_the_release() -> None:
    # 'the solution's code is open source': as 'the code' is
    assert len(positives(in_body("Additionally, the solution's code is open source and easy to extend."))) == 1
    assert positives(in_body("Kestrel's code is open source.")) == []


def test_thanks_for_improving_a_quality_of_the_own_release() -> None:
    assert len(positives(in_body("Thank you for improving the security of our open source software."))) == 1
    assert positives(in_body("Thank you for improving the security of open source software.")) == []
    assert positives(in_body("Thanks to Kestrel for improving the security of their open source software.")) == []


def test_a_community_head_with_the_own_name_set_after_it() -> None:
    # 'a software developer for the open-source program OWN': the head names the own program
    assert len(positives(in_body("I am a software developer for the open-source program Wren."))) == 1
    assert positives(in_body("We joined the open-source program Kestrel.")) == []
    assert positives(in_body("Wren thanks the open-source community.")) == []


def test_a_licence_of_what_the_own_work_is_based_upon() -> None:
    # the Developer Certificate of Origin: '(b) The contribution is based upon previous work that … is covered under an
    # appropriate open source license'
    dco = ("(b) The contribution is based upon previous work that, to the best of my knowledge, is covered under an "
           "appropriate open source license and I have the right to submit that work.")
    assert positives(in_body(dco)) == []
    assert len(positives(in_body("Wren, which uses Kestrel, is released under an open source license."))) == 1
    assert positives(in_body("Wren is based upon open-source libraries.")) == []


def test_a_product_noun_that_modifies_a_noun_of_study() -> None:
    # '# Open-Source LLM Experiments': experiments with such models, not a model released
    for title in ("# 🚀 Open-Source LLM Experiments", "# Open-source model evaluation"):
        assert positives(title + "\n\nSome text.\n") == [], title
    assert len(positives("# Open-Source LLM Toolkit\n\nSome text.\n")) == 1
    assert len(positives("# Wren\n\nWren is an open-source model evaluation suite.\n")) == 1


def test_a_well_known_family_inside_a_noun_phrase_of_models() -> None:
    # '- Why: open-source Alibaba/Qwen model series': the family says whose the models are
    assert positives(in_body("- Why: open-source Alibaba/Qwen model series, 0.6B and 1.7B variants.")) == []
    assert len(positives(in_body("- Why: open-source Wren model series, 0.6B and 1.7B variants."))) == 1
    # ... a server of such models is the server's maker's
    assert len(positives("# Wren\n\nAn open-source Llama model server.\n")) == 1


def test_the_goal_of_the_own_project_is_to_make_it() -> None:
    # 'The goal of this project is to create open source firmware', as 'Our goal is to create …'
    assert len(positives(in_body("The goal of this project is to create open source firmware for a coffee scale."))) == 1
    assert positives(in_body("The goal of this project is to list open source firmware for coffee scales.")) == []
    assert positives(in_body("The goal of Kestrel is to create open source firmware.")) == []
    assert positives(in_body("The goal of this project is to build on open source firmware.")) == []


def test_a_pronoun_for_the_previous_sentences_subject_written_as_a_name() -> None:
    # 'OTEL is the telemetry standard. It's also completely open source!': the name as written tells it is one
    assert positives(in_body("OTEL is becoming the telemetry standard. It's also completely open source!")) == []
    assert positives(in_body("Out of all engines, Kestrel is a perfect match. It is open source.")) == []
    # ... not a common word, an own name, or a common acronym
    assert len(positives("# Wren\n\nWren is a tool that we love. It is open source.\n")) == 1
    assert len(positives(in_body("The API is stable. It is open source."))) == 1


def test_the_last_of_a_row_of_predicates_belongs_to_the_sentences_subject() -> None:
    # 'It supports everything we need, allows us to write workflows as code, and is open source': 'is' is said of
    # 'It', not of 'we' in the relative clause
    text = "Out of all engines, Kestrel is a match. It supports everything we need, and is open source."
    assert positives(in_body(text)) == []
    assert len(positives(in_body("We build tools, and are an open-source lab."))) == 1
    # ... while 'our' opens the object the row of predicates goes on about ('Excited to share our latest X, …, and is
    # fully open source!')
    news = "Excited to share our latest Kestrel-Bench, a benchmark for video evaluation, and is fully open source!"
    assert len(positives(in_body(news))) == 1


def test_what_users_do_their_work_with() -> None:
    # 'so that users can evaluate models with an open-source judge': the instrument is theirs to pick
    assert positives(in_body("It is an update so that users can evaluate models with an open-source judge.")) == []
    assert len(positives(in_body("It is an update so that users can evaluate models with the open-source Wren judge."))) == 1


def test_a_feature_label_explained_by_what_the_author_uses() -> None:
    # '**Open-source judge:** We use **Kestrel-35B** …': the label is what is used
    assert positives(in_body("1. **Open-source judge:** We use **Kestrel-35B** through a local endpoint.")) == []
    assert len(positives(in_body("- **Open-source and self-hostable** — Wren is AGPL-3.0."))) == 1


def test_a_committee_or_council_is_a_community() -> None:
    # 'the [Wren Open-Source Project Management Committee](…)': a body of people, no release
    assert positives(in_body("For governance, see the Wren Open-Source Project Management Committee.")) == []
    assert positives(in_body("The open source council meets monthly.")) == []


def test_the_subject_before_a_relative_clause_and_an_auxiliary() -> None:
    # 'The X, which has undergone two-stage training on Y, has been open-sourced': X is the subject
    assert len(positives(in_body("The Wren model, which has undergone two-stage training on Kestrel, has been "
                                 "open-sourced."))) == 1
    assert positives(in_body("The Kestrel model, which Acme trained on our data, has been open-sourced.")) == []


def test_a_verb_of_its_own_after_does_not_ends_the_negation() -> None:
    # "Doesn't degrade the free/open-source experience": the negation is of 'degrade'
    found = claims_in("# Wren\n\nWren is a tool.\n\n## Features\n\n- **Non-intrusive**: Doesn't degrade the "
                      "free/open-source experience\n")
    assert [c.negated for c in found] == [False]
    for negated in ("We don't release open-source weights.", "Wren doesn't become open source.",
                    "We won't open-source the weights."):
        assert [c.negated for c in claims_in(in_body(negated))] == [True], negated


def test_a_coordinated_clause_with_its_own_subject() -> None:
    # 'Our method works internally, but it should be possible to replicate it with open-source tooling'
    assert positives(in_body("Our method works internally, but it should be possible to replicate it with "
                             "open-source tooling.")) == []
    assert len(positives(in_body("We built Wren in a year, and it is fully open source."))) == 1


def test_the_open_source_product_in_the_projects_own_pages() -> None:
    # 'so the open-source self-deployed product starts with normal storage'
    assert len(positives(in_body("Encryption would make search harder, so the open-source self-deployed product "
                                 "starts with normal storage."))) == 1
    assert positives(in_body("We use the open-source Kestrel product.")) == []


def test_both_the_parts_of_the_release() -> None:
    # 'Both the **training** and **inference** code have been open-sourced', as 'all the …' is
    assert len(positives(in_body("Both the training and inference code have been open-sourced."))) == 1
    assert positives(in_body("Both the Kestrel and Acme models have been open-sourced by Google.")) == []


def test_a_list_items_label_names_whose_the_described_part_is() -> None:
    # '* **Docker** (Docker Inc.) - The container engine itself remains a powerful open source standard.'
    assert positives(in_body("*   **Docker** (Docker Inc.) - The container engine itself remains a powerful open "
                             "source standard.")) == []
    assert len(positives(in_body("*   **Wren** - The engine itself remains fully open source."))) == 1


def test_have_not_negates() -> None:
    # "I must confess; I haven't been open-sourcing enough."
    for text in ("I must confess; I haven't been open-sourcing enough.", "We haven't open-sourced the weights yet.",
                 "Wren hasn't released the open-source weights."):
        assert [c.negated for c in claims_in(in_body(text))] == [True], text


def test_on_top_of_is_what_a_thing_is_built_on_not_a_ranking() -> None:
    # 'top of' ranks ('at the top of the open-source leaderboard'); 'on top of' says what something is built on
    assert len(positives(in_body("You are an agent built on top of the open-source `wren` project."))) == 1
    assert positives(in_body("Wren sits at the top of the open-source leaderboard.")) == []
    assert positives(in_body("Wren is built on top of the open-source Kestrel engine.")) == []


def test_thanks_to_the_reader_credit_no_one_else() -> None:
    # thanks addressed to the reader for what they do with the project are no credit to a third party: what the
    # sentence calls open is judged as if they were not there; 'Thanks to Kestrel for open-sourcing …' still credits
    for own in ("Thank you for contributing to Wren, an open-source toolkit for birds.",
                "Danke, dass du zu **Wren** beitragen möchtest — einem quelloffenen, reproduzierbaren Werkzeug.",
                "感谢您参与 Wren 这个开源项目。"):
        assert len(positives(in_body(own))) == 1, own
    for others in ("Thanks to the Kestrel team for open-sourcing Finch.",
                   "We thank the Kestrel team for their open-source toolkit.",
                   "We contribute to Kestrel, an open-source framework."):
        assert positives(in_body(others)) == [], others


def test_a_semicolon_ends_what_thanks_govern() -> None:
    # '… improve thanks to the community; in April, we released …': the second clause says what the author did
    text = ("Compatibility will improve thanks to the community; in April, we released the Wren runtime in open "
            "source, making it easy to contribute.")
    assert len(positives(in_body(text))) == 1
    assert positives(in_body("Compatibility improved thanks to Kestrel, an open source runtime; we use it daily.")) == []


def test_a_copula_or_a_release_verb_before_in_or_to_open_source() -> None:
    # 'committed to remaining free, open-source': predicated of the subject; 'released X in open source': how it
    # was released; 'in open source' and 'to open source' alone stay the field or the movement
    assert len(positives(in_body("Wren is committed to remaining free, open-source, and permissively licensed."))) == 1
    assert len(positives(in_body("In April, we released the Wren runtime in open source."))) == 1
    for concept in ("She has worked in open source for ten years.", "We contribute to open source every week."):
        assert positives(in_body(concept)) == [], concept


def test_a_participle_a_verb_of_use_takes_names_what_is_used() -> None:
    # 'using gpt-4o (openai) or open-sourced models': the models are used, nobody releases them here, in a news
    # item too; 'we trained and open-sourced models' has no verb of use
    for used in ("We synthesize data using open-sourced models.",
                 "- [07/08/2024] Added code to demo data synthesis using gpt-4o (openai) or open-sourced models (vllm)"):
        assert positives(in_body(used)) == [], used
    assert len(positives(in_body("We trained and open-sourced models for birds."))) == 1


def test_a_participle_before_the_subject_of_a_statement() -> None:
    # '> Open-sourced LLMs have achieved great success …': the participle describes the plural subject of a statement
    # about such things; 'Open-sourced checkpoints are now available' announces a release
    statement = "> Open-sourced Large Language Models (LLMs) have achieved great success in NLP tasks, however."
    assert positives(in_body(statement)) == [] and positives(f"# Wren\n\n{statement}\n") == []  # (the lead's too)
    assert len(positives(in_body("- Open-sourced checkpoints are now available."))) == 1


def test_an_appositive_describes_the_name_it_is_set_beside() -> None:
    # the name before the comma is what a release verb takes only with no preposition between them and no hyphen
    # glueing the verb to another word ('ready-made'); 'we built X, an open-source Y' releases X
    for others in ("As a proof of concept, we are also releasing a template in Kestrel, a free and popular open "
                   "source tool for agents.",
                   "We trialled two such ready-made systems (Finch, a commercial service, and Kestrel, an "
                   "open-source CMS) as well as a prototype."):
        assert positives(in_body(others)) == [], others
    for own in ("We built Kestrel, a fully open-source model for birds.",
                "We release Kestrel, a small and fully open-source model."):
        assert len(positives(in_body(own))) == 1, own


def test_open_source_compliance_is_a_field() -> None:
    # 'a central open-source compliance and SBOM tool': the tool works on others' open-source licences
    assert positives(in_body("Kestrel Corp is using Wren as a central Open-Source compliance and SBOM tool.")) == []
    assert len(positives(in_body("Wren is an open-source SBOM tool."))) == 1


def test_an_enumeration_after_a_colon_names_what_the_clause_before_takes() -> None:
    # 'works with any LLM that supports tool calling: frontier, open-weight, or local': kinds of what is used, in
    # the project's own features list too; a clause after the colon keeps its own subject
    used = "- **Model-agnostic** — works with any LLM that supports tool calling: frontier, open-weight, or local\n"
    assert positives("# Wren\n\nA tool.\n\n## Features\n\n" + used) == []
    assert len(positives(in_body("Works with any editor: it is fully open source."))) == 1


def test_what_the_reader_is_shown_how_to_do_is_the_readers() -> None:
    # 'explains how to pick an open-source model': the reader picks it, whatever the sentence opens with, in the
    # project's own first paragraph too; 'how to use OWN, an open-source model' still names the own model
    for shown in ("This project explains how to pick an open-source model.",
                  "Este proyecto explica cómo usar un modelo de código abierto."):
        assert positives(in_body(shown)) == [] and positives("# Wren\n\n" + shown + "\n") == [], shown
    assert len(positives(in_body("This guide shows how to use Wren, an open-source model."))) == 1


def test_a_release_told_by_its_parts_with_their_modifiers() -> None:
    # bare nouns of a release's parts, each with a word or two before it ('All training code and data', 'Training
    # datasets and pipelines'), opening the sentence, are the release's; 'Other … models' are not
    for own in ("All training code and data are fully open-sourced.",
                "Training datasets and pipelines are fully disclosed and open-sourced."):
        assert len(positives(in_body(own))) == 1, own
    assert positives(in_body("Other open models and datasets are listed below.")) == []


def test_an_adverb_on_the_release_verb_is_no_agent() -> None:
    # '- **Newly open-sourced plugin**: …' in a changelog: the adverb opens the label, nobody else releases it
    assert [c.phrase for c in positives(in_body("- **Newly open-sourced plugin**: the disk cache is now free."))] \
        == ["open-sourced"]
    assert [c.phrase for c in positives(in_body("- Recently open-sourced: the batch scheduler."))] == ["open-sourced"]
    # ... while a name before the adverb is still the agent
    assert positives(in_body("Finchsoft recently open-sourced Finch-2, which Wren builds on.")) == []


def test_a_noun_of_support_after_the_product_noun_names_support_for_others() -> None:
    # '- **Open-source model support**: …': support for such products, not one of them
    for line in ("- **Open-source model support & low cost**: run any local model.",
                 "- Open-weight LLM integrations for every editor"):
        assert positives(in_body(line)) == [], line
    # ... while the product noun as the head is still the own product's headline
    assert len(positives("# Wren\n\nA small model.\n\n## Features\n\n- **Open-source model**: every weight is on "
                         "the Hub.\n")) == 1


def test_released_by_another_as_open_source_is_theirs() -> None:
    # '_My Finch_ was initially released by Finchsoft in 2010 as open-source software': who released it says whose
    # it is ('My' opens the product's name here, it is no author's)
    assert positives(in_body("_My Finch_ was initially released by Finchsoft in 2010 as [open-source software](x).")) \
        == []
    assert len(positives(in_body("Wren was released by us as open-source software."))) == 1
    assert len(positives(in_body("Wren was released as open-source software in 2020."))) == 1


def test_of_course_is_an_adverb_not_a_preposition() -> None:
    # 'The CLI is of course open source': no concept after 'of', and the copula still reaches its subject
    assert len(positives(in_body("The code is of course open source and on GitHub."))) == 1
    assert len(positives(in_body("Wren is, of course, open source."))) == 1
    # ... 'of' as a preposition still names the concept
    assert positives(in_body("We care about the future of open source.")) == []


def test_a_demonstrative_after_a_conjunction_is_the_whole_subject_of_its_clause() -> None:
    # '(first proposed in **Finch** and this is the first open-source reproduction)': 'this', not 'Finch and this'
    line = "- 2025-11-20 — The method has been updated (first proposed in **Finch** and this is the first open-source reproduction)."
    assert len(positives(in_body(line))) == 1
    # ... a name alone before the copula is still another's
    assert positives(in_body("We first read about it in a post, and Finch is an open-source model.")) == []


def test_a_capitalised_word_of_a_name_is_no_verb_of_use() -> None:
    # 'this Wren Embedded Python project is Apache-2.0 licensed, fully open': 'Embedded' is a word of the name
    assert len(positives("# Wren\n\nA database.\n\n## Notes\n\nThis Wren Embedded Python project is licensed under "
                         "Apache 2.0, fully open and free for everyone.\n")) == 1
    # ... the verb in lower case still uses something
    assert positives(in_body("Wren is embedded in Finch, a fully open database.")) == []


def test_easy_to_deploy_is_an_adjective_in_english_and_chinese() -> None:
    # 'easy to deploy, and fully open-source', '方便使用，并且完全免费开源的聊天平台': nothing is used
    assert len(positives(in_body("Wren stays lightweight, easy to deploy, and fully open-source."))) == 1
    assert len(positives(in_body("Wren 是一款易拓展、方便使用，并且完全免费开源的聊天平台。"))) == 1
    # ... a verb of use that is no adjective still uses
    assert positives(in_body("We deploy Finch, a fully open-source server.")) == []


def test_a_conjunction_before_a_fronted_as_names_nothing() -> None:
    # 'But as an Open-Source project, we continuously support our friends': 'But' is no anchor of an apposition
    assert len(positives(in_body("The CLI shares that policy. But as an Open-Source project, we support our users."))) \
        == 1


def test_a_semicolon_sets_off_an_apposition_too() -> None:
    # 'Welcome to Wren; an intuitive 100% open source IoT platform.'
    assert len(positives(in_body("Welcome to Wren; an intuitive user-friendly 100% open source IoT platform."))) == 1
    assert positives(in_body("We tried Finch; an open source IoT platform, it was slow.")) == []


def test_what_a_verb_of_ensuring_takes_is_the_subject_of_the_copula_after_it() -> None:
    # 'Wren's goal is to ensure Finch remains truly open source': Finch remains open, not Wren's goal
    assert positives(in_body("Wren's goal is to ensure Finch remains truly open source.")) == []
    assert len(positives(in_body("We will make sure Wren stays open source."))) == 1


def test_the_edition_the_reader_uses_is_the_products() -> None:
    # 'You can evaluate your responses via the open-source version by providing your API key': an edition is the
    # product's, whoever uses it; 'by' and a gerund is a means, no maker
    assert len(positives(in_body("You can evaluate your responses via the open-source version by providing a key."))) \
        == 1
    # ... another's edition, named after 'of', stays another's
    assert positives(in_body("You can use the open-source version of Finch to run it.")) == []


def test_a_pronoun_after_another_name_in_its_sentence_is_that_names() -> None:
    # 'We studied Finch and it is an open-source model': the name in the clause before, not the document's subject
    assert positives(in_body("We studied Finch and it is an open-source model.")) == []
    # ... with no name before it, 'it' is still the own release
    assert len(positives(in_body("We built this tool and it is open source."))) == 1


def test_a_name_right_before_a_lower_case_phrase_is_no_own_headline() -> None:
    # '1. Run Finchsoft open source LLM': the capitalised name before the phrase (written in lower case, so no Title
    # Case) says whose the product is
    assert positives(in_body("1. Run Finchsoft open source LLM locally")) == []
    # ... a capitalised adverb first after the bullet is no name, and Title Case is no sign
    assert len(positives(in_body("• Completely open-source - no non-free dependencies"))) == 1
    assert len(positives("# Wren\n\nThe Fast Open Source Log Server\n")) == 1


def test_who_made_the_object_open_is_whose_release_it_was() -> None:
    # 'Finchsoft eventually made the server open source and we …': Finchsoft's release, not the author's
    assert positives(in_body("Finchsoft eventually made the server open source and we were able to drop patches.")) \
        == []
    assert len(positives(in_body("Wren made the server open source in 2020."))) == 1
    assert len(positives(in_body("In 2020 we made the server open source."))) == 1


def test_a_definite_noun_phrase_after_another_named_subject_goes_on_about_it() -> None:
    # 'Finch-3 is a vision-language model from Finchsoft. The open-weights 27B dense model shares …': Finch-3's
    line = "Finch-3 is a native vision-language model from Finchsoft. The open-weights 27B dense model shares its design."
    assert positives(in_body(line)) == []
    # ... after the own name it is the own model
    line = "Wren is a native vision-language model. The open-weights 27B dense model shares a hybrid design."
    assert len(positives(in_body(line))) == 1


def test_through_the_definite_open_source_code_is_the_own_code() -> None:
    # 'These restrictions can be reviewed through the open-source code': the definite code, named by nothing else
    assert len(positives(in_body("These restrictions can be reviewed through the open-source code."))) == 1
    # ... a named engine after 'through' is still used
    assert positives(in_body("We serve models through the open-source vLLM engine.")) == []


def test_an_adverb_before_a_verb_makes_a_line_no_verbless_headline() -> None:
    # 'Open-source graphical software without a compiled distribution also normally belongs in wren/core': a finite
    # verb after an adverb, so a statement about such software, no headline of the own product
    line = "Open-source graphical software without a current compiled distribution also normally belongs in wren/core."
    assert positives(in_body(line)) == []
    # ... an adverb before an adjective leaves the headline verbless
    assert len(positives("# Wren\n\nThe truly open source, blazingly fast log parser\n")) == 1


def test_the_phrase_on_a_name_linked_to_another_owner_is_theirs_whatever_own_name_it_holds() -> None:
    # 'install the open-source [Memobase plugin](https://github.com/OTHER/dify-plugin-memobase)': a plugin, a port or a
    # fork named after the project, kept by someone else
    plugin = in_body("First, install the open-source [Wren plugin](https://github.com/kestrel-dev/dify-plugin-wren) "
                     "from the marketplace.")
    assert positives(plugin) == []
    # ... the owner's own link leaves it the project's
    own = in_body("First, install the open-source [Wren plugin](https://github.com/wren/dify-plugin-wren) from the "
                  "marketplace.")
    assert [c.phrase for c in positives(own)] == ["open-source"]


def test_an_entry_that_opens_with_a_name_linked_to_another_owner_describes_theirs_zh() -> None:
    # '[apijson-node](https://github.com/OTHER/apijson-node) 字节跳动工程师开源的 Node.ts 版 APIJSON'
    entry = in_body("[wren-node](https://github.com/kestrel-dev/wren-node) 一位工程师开源的 Node.js 版 Wren，提供示例。")
    assert positives(entry) == []
    own = in_body("[wren-node](https://github.com/wren/wren-node) 我们开源的 Node.js 版 Wren，提供示例。")
    assert [c.phrase for c in positives(own)] == ["开源"]


def test_an_indefinite_noun_phrase_opening_a_chinese_sentence_names_the_product_zh() -> None:
    # '一款开源浏览器翻译插件，提供…': 'An open-source browser extension for …', its subject left out
    assert [c.phrase for c in positives(in_body("一款开源浏览器翻译插件，提供网页双语阅读和划词翻译。"))] == ["开源"]
    assert [c.phrase for c in positives(in_body("一个完全开源的聊天 Agent，支持：\n\n- 多模型"))] == ["开源"]
    # ... not a community, an entry that opens with a linked name, nor a noun phrase naming another's product
    assert positives(in_body("一个开源社区，欢迎每个人加入。")) == []
    assert positives(in_body("- [Finch](https://github.com/kestrel/finch) 一款开源的翻译工具")) == []
    assert positives(in_body("一个开源的 Llama 变体，提供对话能力。")) == []


def test_a_clause_after_a_verb_of_knowing_has_its_own_subject() -> None:
    # 'you can rest assured that this add-in is completely open source': the reader is assured; 'this add-in' is open
    sentence = "For sensitive emails, you can rest assured that this add-in is completely open source."
    assert [c.phrase for c in positives(in_body(sentence))] == ["open source"]
    # ... what the reader is assured of about another's is still not the project's
    assert positives(in_body("You can be sure that Kestrel's models are open source.")) == []
    assert positives(in_body("You can use any open-source model you like.")) == []


def test_an_edition_named_without_a_possessor_is_the_products() -> None:
    # 'The Mono edition is fully open-source and self-hostable.': an edition of the product described
    assert [c.phrase for c in positives(in_body("The Mono edition is fully open-source and self-hostable."))] \
        == ["open-source"]
    # ... not a known family's version, another's server, a maker's edition or a linked one
    assert positives(in_body("The Llama 3 version is open source.")) == []
    assert positives(in_body("The Kestrel server is open source.")) == []
    assert positives(in_body("Kestrel's community edition is open source.")) == []
    assert positives(in_body("The [Finch edition](https://github.com/kestrel/finch) is open source.")) == []


def test_a_feature_label_explained_by_access_to_the_own_project_is_its_feature() -> None:
    # '- **Open Source**: Full access to OWN implementation': what the reader gets access to is the own project
    item = in_body("- **Open Source**: Full access to Wren implementation and research findings")
    assert [c.phrase for c in positives(item)] == ["Open Source"]
    # ... a label explained by what the author uses is that
    assert positives(in_body("- **Open-source judge:** We use **Kestrel-35B** through the API.")) == []


def test_an_edition_in_a_changelogs_telegraphic_style_is_the_products() -> None:
    # '* Tabbed Interface in OpenSource version': the article left out, still the product's open-source edition
    assert [c.phrase for c in positives(in_body("Integration example now included in open-source version."))] \
        == ["open-source"]
    # ... not plural versions of things, nor another's edition
    assert positives(in_body("Runs in open-source versions of many tools.")) == []
    assert positives(in_body("Available in open-source version of Kestrel.")) == []


def test_a_link_to_the_list_of_dependencies_points_at_others_work() -> None:
    # 'И многим [другим open source проектам](./pubspec.yaml)': the manifest lists what the project uses
    assert positives(in_body("И многим [другим open source проектам](./pubspec.yaml), спасибо всем авторам.")) == []
    # ... a link to one of the repository's own scripts is its own release
    assert [c.phrase for c in positives(in_body("The [open-source training script](./train.py) is here."))] \
        == ["open-source"]


def test_a_question_ends_its_sentence_before_a_word_in_lower_case() -> None:
    # '**How does molab relate to OWN's notebook?** molab is a hosted offering of OWN's open source notebook': the
    # question asks, the sentence after it (a product written in lower case) states
    page = in_body("**Is wren free?** wren is a hosted offering of the open source Wren notebook.")
    assert [(c.phrase, c.text) for c in positives(page)] == [
        ("open source", "wren is a hosted offering of the open source Wren notebook.")]


def test_an_open_source_organisation_is_no_release() -> None:
    # '> Eventually, we believe that Tock should join an Open Source organization': a body others run, not the release
    assert positives(in_body("Eventually, we believe that Wren should join an Open Source organization.")) == []
    # ... but the author may say it is one ('As a Free and Open Source Software (FOSS) organization, we …')
    assert positives(in_body("As a Free and Open Source Software organization, we do not offer bounties.")) != []
    # ... 'foundation models' are models
    assert [c.phrase for c in positives(in_body("We release open-source foundation models."))] == ["open-source"]


def test_the_own_licence_file_linked_in_brackets_after_the_phrase_makes_it_the_projects() -> None:
    # 'フルオープンソース（[MIT License](../../LICENSE)）': the repository's licence file gives the terms
    assert [c.phrase for c in positives(in_body("All of it is open source ([licence](LICENSE)).\n"))] \
        == ["open source"]
    hosted = in_body("スクリプトはオープンソースです（[ライセンス](https://github.com/wren/wren/blob/main/LICENSE)）。")
    assert [c.phrase for c in positives(hosted)] == ["オープンソース"]
    # ... another owner's licence file says nothing of the project
    other = in_body("スクリプトはオープンソースです（[ライセンス](https://github.com/kestrel/kestrel/blob/main/LICENSE)）。")
    assert positives(other) == []


def test_the_open_source_edition_with_its_noun_left_out_is_the_products() -> None:
    # '- Additional enterprise features that are not available in the open source'
    item = in_body("- Additional enterprise features that are not available in the open source")
    assert [c.phrase for c in positives(item)] == ["open source"]
    # ... not what someone takes part in
    assert positives(in_body("He contributes to the open source.")) == []
    assert positives(in_body("Kestrel developers are active in the open source.")) == []


def test_the_project_the_author_invites_contributions_to_is_the_authors() -> None:
    # 'MaiCore 是一个开源项目，我们非常欢迎你的参与。': whatever name the project goes by here, the author invites
    # the reader to contribute to it
    assert [c.phrase for c in positives(in_body("Wrenly Core 是一个开源项目，我们非常欢迎你的参与。"))] == ["开源"]
    english = in_body("Wrenly Core is an open-source project, and we welcome your contributions.")
    assert [c.phrase for c in positives(english)] == ["open-source"]
    # ... not another's well-known family, nor what the author uses
    assert positives(in_body("Llama is an open-source model, and we welcome contributions.")) == []
    assert positives(in_body("We use Kestrel, an open-source tool, and we welcome contributions.")) == []


def test_a_paragraphs_opening_label_explained_by_the_authors_own_parts_is_a_feature() -> None:
    # '**Open source by default** — Our codebase is public.': a label set off by a dash, explained by the release
    assert [c.phrase for c in positives(in_body("**Open source by default** — Our codebase is public."))] \
        == ["Open source"]
    # ... not one explained by what the author likes or by another's name
    assert positives(in_body("**Open source** — we love the community.")) == []
    assert positives(in_body("**Open source** — Kestrel is our favourite.")) == []


def test_an_entry_of_the_features_that_links_its_section_and_describes_it_is_no_contents_entry() -> None:
    # '- **[Open-Source TypeScript Framework](#core-framework)** – Memory, RAG, Guardrails, …'
    entry = in_body("- **[Open-Source TypeScript Framework](#core-framework)** – Memory, RAG, Guardrails, Tools and more.")
    assert [c.phrase for c in positives(entry)] == ["Open-Source"]
    # ... a bare contents entry names a section
    assert positives(in_body("- [Open-Source TypeScript Framework](#core-framework)")) == []


def test_the_phrase_after_the_products_name_in_its_own_name_names_its_open_source_edition() -> None:
    # 'the Virtuoso Open Source tree' in openlink/virtuoso-opensource: the name says the product is open source
    page = "# Wren Open Source Edition\n\nSome lead.\n\n## News\n\nWe push updates to the Wren Open Source tree.\n"
    own = ownnames.derive("wren-opensource", "acme", [parse_document("README.md", "readme", page)])
    assert [c.line for c in positives(page, own=own.as_set())] == [1, 7]
    # ... a name that opens with the phrase is a brand, it asserts nothing
    stack = "# The Open-Weight Agent Stack\n\nSome lead.\n"
    own = ownnames.derive("open-weight-agent-stack", "acme", [parse_document("README.md", "readme", stack)])
    assert positives(stack, own=own.as_set()) == []


def test_we_re_is_a_first_person_copula_anywhere_in_the_sentence() -> None:
    # 'Same reason we're open source.': the copula fused to its subject, as 'it's' is
    assert [c.phrase for c in positives(in_body("Prices are public. That is why we're open source."))] == ["open source"]
    assert [c.phrase for c in positives(in_body("That is why we’re fully open-source."))] == ["open-source"]
    # ... the reader's is not the author's
    assert positives(in_body("Prices are public. You're using open source.")) == []


def test_the_agent_of_a_passive_release_says_whose_it_is_whatever_the_subject_points_at() -> None:
    # 'This plugin is open-sourced and maintained by c1pher-cn': two participles share the agent
    assert positives(in_body("You can connect via the MCP plugin. This plugin is open-sourced and maintained by "
                             "Kestrel Labs, with full support.")) == []
    assert positives(in_body("This plugin is open-sourced by Kestrel Labs.")) == []
    # ... the author or an own name as agent keeps it the author's
    assert [c.phrase for c in positives(in_body("This plugin is developed and open-sourced by the Wren team."))] \
        == ["open-sourced"]
    assert [c.phrase for c in positives(in_body("This plugin is open-sourced by us."))] == ["open-sourced"]


def test_the_phrase_on_a_head_noun_or_a_particle_before_a_link_to_another_owner_is_theirs() -> None:
    # 'the open-source firmware [X](…/OTHER/x)', '虾哥开源的[X](…/OTHER/x)': the link names what the phrase modifies
    assert positives(in_body("Wren works with the open-source firmware [Blinky](https://github.com/kestrel/blinky)."
                             )) == []
    assert positives(in_body("Wren 可结合 Kestrel 开源的[blinky-gateway](https://github.com/kestrel/blinky-gateway) "
                             "项目进行简单改造。")) == []
    assert positives(in_body("本项目为开源智能硬件项目[Blinky](https://github.com/kestrel/blinky)提供后端服务。")) == []
    # ... not what a preposition after the head governs, nor a link to the own owner's repository
    assert [c.phrase for c in positives(in_body(
        "Wren is the open-source alternative to [Blinky](https://github.com/kestrel/blinky)."))] == ["open-source"]
    assert [c.phrase for c in positives(in_body(
        "Wren ships the open-source firmware [Wren-FW](https://github.com/acme/wren-fw).", ), own=frozenset(
            {"wren", "acme"}))] == ["open-source"]


def test_a_latin_name_that_modifies_a_korean_noun_with_an_object_particle_names_no_subject_ko() -> None:
    # '하네스와 API 호출을 비교하는 오픈소스 평가 스위트입니다.': 'API' is part of the object 'API 호출을', no subject
    assert [c.phrase for c in positives(in_body("하네스와 API 호출을 비교하는 오픈소스 평가 스위트입니다."))] \
        == ["오픈소스"]
    # ... a Latin name with no particle before the phrase still names someone else
    assert positives(in_body("Kestrel 오픈소스 평가 스위트입니다.")) == []


def test_what_a_verb_makes_an_own_name_is_said_of_it_whoever_the_subject_is() -> None:
    # "It's people like you that make CrewForm such a great open-source tool."
    assert [c.phrase for c in positives(in_body(
        "It's people like you that make Wren such a great open-source tool."))] == ["open-source"]
    # ... what the reader makes another's stays the reader's sentence about another
    assert positives(in_body("You make Kestrel the best open-source tool.")) == []


def test_an_edition_named_by_ordinary_words_is_the_products() -> None:
    # '### Community Edition (Free & Open Source)' in the project's own licensing page
    page = "# Wren\n\nWren uses a dual-licence model.\n\n### Community Edition (Free & Open Source)\n\nThe core.\n"
    assert [c.phrase for c in positives(page)] == ["Free & Open Source"]
    # ... a part named by ordinary words names no one; its place decides
    assert positives("# Wren\n\nWren is a small model.\n\n### Core Features (Free and Open Source)\n\nThe core.\n") \
        == []
    # ... another's edition is named with its maker
    assert positives(in_body("Kestrel's Community Edition (open source) is what we compare against.")) == []


def test_a_feature_word_labelling_a_list_item_before_a_dash_is_a_feature_not_a_name() -> None:
    # '- **Private** — Open-source and self-hosted.': as before a colon, a feature word labels a feature
    features = "# Wren\n\nWren is a small model.\n\n## Features\n\n- **Private** — Open-source and self-hosted.\n"
    assert [c.phrase for c in positives(features)] == ["Open-source"]
    # ... a known family's name before the dash names what is described
    integrations = "# Wren\n\nWren is a small model.\n\n## Integrations\n\n- **Gemma 2** — Open-weight model by Google.\n"
    assert positives(integrations) == []


def test_or_not_closing_an_alternative_negates_nothing_after_it() -> None:
    # 'whether you invite or not, you can enjoy the open source code': no negation of the code
    found = claims_in(in_body("Whether the grant comes or not, the open-source code stays online."))
    assert [(c.phrase, c.negated) for c in found] == [("open-source", False)]
    # ... a negator after it still negates
    found = claims_in(in_body("Whether you donate or not, the code is not open source."))
    assert [(c.phrase, c.negated) for c in found] == [("open source", True)]


def test_a_ticked_task_opens_with_its_verb() -> None:
    # '- [x] Open source training scripts': the task was to open-source the scripts, and it is done
    todo = "# Wren\n\nWren is a small model.\n\n## TODO\n\n- [x] Open source training scripts\n"
    assert [c.phrase for c in positives(todo)] == ["Open source"]
    # ... not a feature it supports, named with its examples, nor a task still open
    assert positives(todo.replace("training scripts", "models (Ollama, vLLM)")) == []
    assert positives(todo.replace("[x]", "[ ]")) == []


def test_the_own_name_as_an_example_of_a_plural_class_is_one_of_it() -> None:
    # 'Open-source projects like Meshtastic thrive where …'
    assert [c.phrase for c in positives(in_body("Open-source projects like Wren thrive where spectrum is free."))] \
        == ["Open-source"]
    # ... examples that are others' are others'; what the own project supports is used
    assert positives(in_body("Open-source models like Llama and Mistral are great.")) == []
    assert positives(in_body("Wren supports open-source models like Llama and Wren-Small.")) == []


def test_the_author_releasing_other_projects_releases_them() -> None:
    # 'we had also released few other open-source projects'
    assert [c.phrase for c in positives(in_body("Targeting at openness, we had also released a few other "
                                                "open-source projects."))] == ["open-source"]
    assert positives(in_body("We build on other open-source projects.")) == []


def test_a_fronted_participle_with_its_object_is_no_subject() -> None:
    # 'Responding to this shift, the vLLM Semantic Router offers an open-source … routing layer'
    assert [c.phrase for c in positives(in_body(
        "Responding to this shift, Wren provides an open-source routing layer for Kestrel."))] == ["open-source"]
    # ... a participle of basis still governs the phrase inside it
    assert positives(in_body("Building on open-source models, Wren provides a router.")) == []


def test_what_the_reader_uses_is_the_own_name_after_an_article_and_new() -> None:
    # 'Learn to use the new Meshtastic Site Planner, a free and open-source utility'
    assert [c.phrase for c in positives(in_body(
        "Learn to use the new Wren Planner, a free and open-source utility that lets you plan."))] \
        == ["free and open-source"]
    assert positives(in_body("Learn to use the new Kestrel Planner, a free and open-source utility.")) == []


def test_whom_a_product_is_for_is_not_what_it_is_zh() -> None:
    # '面向开源项目和开发者产品。' (for open-source projects and developer products) under the title
    tagline = '# Wren\n\n<p align="center"><sub>{}</sub></p>\n'
    assert positives(tagline.format("面向开源项目和开发者产品。")) == []
    assert [c.phrase for c in positives(tagline.format("开源的增长工作台。"))] == ["开源"]


def test_what_the_author_believes_in_or_encourages_is_the_idea() -> None:
    # 'We encourage open-source innovation', '我们相信开源的力量', '我們深信開放原始碼與社群協作的力量'
    assert positives(in_body("We encourage open-source innovation but urge our community to be cautious.")) == []
    assert positives(in_body("我们相信开源的力量。")) == []
    assert positives(in_body("我們深信開放原始碼與社群協作的力量。")) == []
    # ... the author's release in a later clause is still one
    assert [c.phrase for c in positives(in_body("我们相信开源模型会越来越好，所以我们开源了全部代码。"))] == ["开源"]


@pytest.mark.parametrize("sentence", ["Open-source version of Visual Studio Code, focused on privacy.",
                                      "Versión de código abierto de Visual Studio Code, enfocada en privacidad."])
def test_a_headline_of_another_products_edition_describes_that_product(sentence: str) -> None:
    # a catalogue page's description of VSCodium: the edition of another's product, named after 'of'
    assert positives(in_body(sentence)) == []


def test_a_headline_of_an_edition_of_the_own_product_or_of_no_name_is_the_products() -> None:
    assert [c.phrase for c in positives(in_body("Open-source version of Wren, focused on privacy."))] \
        == ["Open-source"]
    assert [c.phrase for c in positives(in_body("Open-source version of the classic game, rebuilt."))] \
        == ["Open-source"]


def test_a_comma_after_a_prepositions_object_ends_what_it_governs() -> None:
    # 'Free to start, open source.': the phrase is no object of 'to', so no idea the line works on
    def rules(sentence: str) -> list[str]:
        doc = parse_document("README.md", "readme", in_body(sentence))
        return [j.rule for _line, _col, j in explain_document(doc, ClaimContext(own_names=frozenset({"wren"})))]
    assert "concept" not in rules("Install the plugin, hit publish. Free to start, open source.")
    assert rules("We contribute to open source.") == ["concept"]


def test_a_line_of_properties_set_apart_by_dots_is_no_menu_of_page_names() -> None:
    # '4000+ 行 Java · 生产验证 · 开源' lists the product's properties; a menu links its pages
    assert [c.phrase for c in positives(in_body("- \"4000+ 行 Java · 生产验证 · 开源\""))] == ["开源"]
    menu = "[Handbook](https://wren.dev/h) · **Open source** · [Glossary](https://wren.dev/g)"
    assert positives(in_body(menu)) == []


def test_a_noun_phrase_does_not_go_on_from_cyrillic_into_latin_words() -> None:
    # 'Open-source облачная платформа на Kubernetes': the head is the platform, not 'Kubernetes' read as a plural
    tagline = '# Wren\n\n<p align="center">Open-source облачная платформа на Kubernetes: управляемые ВМ.</p>\n'
    assert [c.phrase for c in positives(tagline)] == ["Open-source"]


def test_contributors_and_developers_after_the_phrase_are_a_community_ja_ko() -> None:
    # '…オープンソースコントリビューターに感謝しています' (we thank the open-source contributors …)
    assert positives(in_body("私たちは、Wrenをより良いフレームワークにするオープンソースコントリビューターに感謝しています。")) == []
    assert positives(in_body("오픈소스 기여자 여러분께 감사드립니다.")) == []
    assert [c.phrase for c in positives(in_body("Wrenはオープンソースのフレームワークです。"))] == ["オープンソース"]


def test_as_a_after_its_noun_describes_the_main_clauses_subject_ja() -> None:
    # 'オープンソースプロジェクトとして、Angularの日々のコミットは…' (as an open-source project, Angular's …)
    assert [c.phrase for c in positives(in_body(
        "オープンソースプロジェクトとして、Wrenの日々のコミットはすべてGitHubで追跡できます。"))] == ["オープンソース"]
    assert positives(in_body("オープンソースプロジェクトとして、Kestrelは人気があります。")) == []


def test_what_the_author_is_working_to_prepare_is_planned() -> None:
    # '… and we are working to … prepare the first open source release'
    assert positives(in_body("The compiler runs in production, and we are working to ship it more widely and to "
                             "prepare the first open source release.")) == []
    assert positives(in_body("We are preparing the open-source release of the compiler.")) == []
    assert [c.phrase for c in positives(in_body("We prepared and released the open-source compiler."))] \
        == ["open-source"]


def test_a_former_edition_is_no_release_now() -> None:
    # 'Starting from v5.9.0, EMQX has unified all features from the previous Open Source and Enterprise editions …'
    assert positives(in_body("Starting from v5.9.0, Wren has unified all features from the previous Open Source and "
                             "Enterprise editions into a single offering.")) == []
    assert positives(in_body("The former open-source edition of Wren is archived.")) == []
    # ... an adverb of time on the author's release keeps it a release
    assert [c.phrase for c in positives(in_body("We previously open-sourced the model."))] == ["open-sourced"]


def test_what_the_author_picks_named_in_latin_letters_is_anothers_zh() -> None:
    # '在工作流方面我们选用字节的开源flowgram.ai' (we chose ByteDance's open-source flowgram.ai)
    assert positives(in_body("在工作流方面我们选用字节的开源flowgram.ai, 虽然略显庞大, 但结构清晰。")) == []
    assert [c.phrase for c in positives(in_body("我们选择开源 Wren 的核心代码。"))] == ["开源"]


def test_a_bare_this_is_points_at_the_name_the_sentence_before_opens_with_zh() -> None:
    # 'YOLO-NAS 不属于 Ultralytics 系列。这是一个独立的开源项目' (… This is an independent open-source project)
    assert positives(in_body("Kestrel-NAS 不属于 Finch 系列。这是一个独立的开源项目。")) == []
    assert [c.phrase for c in positives(in_body("Wren 是一个部署框架。这是一个完全开源的项目。"))] == ["开源"]


@pytest.mark.parametrize("heading", ["## Wren and open source", "## Wrenとオープンソース", "## Wren 与开源"])
def test_a_heading_of_the_own_name_and_the_phrase_side_by_side_names_a_topic(heading: str) -> None:
    # '# Unsubとオープンソース' (Unsub and open source): the section is about the two together
    assert positives(f"# Wren\n\nA tool.\n\n{heading}\n\nText.\n") == []


def test_a_heading_that_says_the_own_name_is_open_source_still_does() -> None:
    assert [c.phrase for c in positives("# Wren: free and open source\n\nText.\n")] == ["free and open source"]


def test_a_cjk_title_of_a_documentation_page_names_its_topic_unless_a_copula_predicates() -> None:
    # '# Unsubとオープンソース' on a page of the manual: the page's topic, as '# Wren project status and open source'
    assert positives("# Wrenとオープンソース\n\nText.\n", path="docs/ja/about-oss.md", role="docs") == []
    assert [c.phrase for c in positives("# Wrenはオープンソースです\n\nText.\n", path="docs/ja/about-oss.md",
                                        role="docs")] == ["オープンソース"]


def test_a_pages_tags_are_the_topics_it_is_filed_under() -> None:
    # "tags: ['release', 'kubernetes', 'open source']" on a blog post: a topic, not the card labelling itself
    post = "---\ntitle: Announcing v1\ntags: ['release', 'kubernetes', 'open source']\n---\n\n# Announcing\n\nText.\n"
    assert positives(post, path="site/content/post/announce.md", role="docs") == []
    card = "---\ntags:\n- open-source\n---\n# Wren\n\nA model.\n"
    assert [c.phrase for c in positives(card, path="README.md", role="model_card")] == ["open-source"]
