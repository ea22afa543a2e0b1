"""Claims and non-claims in each language of the lexicon, and a phrase added to one language found end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from claimkit import claims_in, in_body, only_claim, positives, with_added_phrase

from conftest import run_cli

# --- languages ------------------------------------------------------------------------------------------

LANGUAGES = [
    ("zh", "Wren 是一个完全开源的语言模型。", "开源", "strong"),
    ("zh", "我们开源了 Wren-3B 的模型权重和训练代码。", "开源", "plain"),
    ("ja", "Wren はオープンソースの言語モデルです。", "オープンソース", "plain"),
    ("ja", "私たちは Wren のモデルの重みをオープンソース化しました。", "オープンソース", "plain"),
    ("es", "Wren es un modelo de código abierto.", "código abierto", "plain"),
    ("es", "Hemos publicado Wren como código abierto.", "código abierto", "plain"),
    ("fr", "Wren est un modèle open source.", "open source", "plain"),
    ("fr", "Nous avons publié Wren en open source.", "open source", "plain"),
    # a subjunctive copula after 'bien que': 'nos fonctionnalités soient ... open source' is said of our features
    ("fr", "Bien que nos fonctionnalités soient gratuites et open source, Wren reste un projet.", "open source",
     "plain"),
    ("de", "Wren ist ein quelloffenes Sprachmodell.", "quelloffenes", "plain"),
    ("de", "Wren ist ein Open-Source-Modell.", "Open-Source", "plain"),
    ("de", "Wren ist vollständig Open Source.", "Open Source", "strong"),
    ("es", "Wren es completamente de código abierto.", "código abierto", "strong"),
    ("ja", "Wren は完全にオープンソースです。", "オープンソース", "strong"),
    ("zh", "全部开源，可免费商用。", "开源", "strong"),
    # libre software in the languages that say it so ('un' before it is an article, not the prefix 'un-')
    ("fr", "Wren est un logiciel libre de simulation.", "logiciel libre", "plain"),
    ("es", "Wren es un software libre para escuelas.", "software libre", "plain"),
    ("es", "Wren es una plataforma de gobierno abierto de código libre.", "código libre", "plain"),
    ("pt", "O Wren é um software livre de gestão escolar.", "software livre", "plain"),
    ("de", "Wren ist freie Software.", "freie Software", "plain"),
    ("it", "Wren è un software libero.", "software libero", "plain"),
    ("nl", "Wren is een groot open Nederlands taalmodel.", "open Nederlands taalmodel", "plain"),
    # an open corpus or dataset, words between, as in English ('the largest open Japanese speech corpus')
    ("ja", "Wren は世界最大のオープン日本語音声コーパスです。", "オープン日本語音声コーパス", "partial"),
    # Turkish, with its suffixes ('açık kaynaklıdır': is open-source)
    ("tr", "Wren açık kaynak bir projedir ve topluluk katkılarını memnuniyetle karşılar.", "açık kaynak", "plain"),
    ("tr", "Bu proje açık kaynaklıdır.", "açık kaynaklıdır", "plain"),
]


@pytest.mark.parametrize(("lang", "sentence", "phrase", "strength"), LANGUAGES)
def test_claims_in_each_language(lang: str, sentence: str, phrase: str, strength: str) -> None:
    claim = only_claim(sentence + "\n")
    assert claim.phrase == phrase and claim.strength == strength, (lang, claim.cue)
    assert claim.column == sentence.index(phrase) + 1


LANGUAGE_NON_CLAIMS = [
    ("zh", "Wren 基于开源的 PyTorch 框架构建。"),
    ("zh", "感谢开源社区的贡献。"),
    ("zh", "Wren 在同等规模的开源模型中表现最好。"),
    ("zh", "我们将在论文发表后开源训练代码。"),
    ("zh", "Wren 是否开源？"),
    # (what the product is suitable for, as what it is used for: the reader's projects and tools)
    ("zh", "适合实验项目、原型、开源工具和跨语言开发。"),
    ("tr", "Açık kaynak topluluğuna teşekkür ederiz."),
    ("ja", "Wren は PyTorch などのオープンソースライブラリを利用しています。"),
    ("ja", "トレーニングコードは今後オープンソース化する予定です。"),
    ("es", "Wren utiliza bibliotecas de código abierto como PyTorch."),
    ("es", "Publicaremos el código de entrenamiento como código abierto en el futuro."),
    ("fr", "Wren s'appuie sur des bibliothèques open source comme PyTorch."),
    ("de", "Wren nutzt quelloffene Bibliotheken wie PyTorch."),
    ("ru", "Wren использует несколько проектов с открытым исходным кодом:"),
    ("ru", "Wren построен на основе моделей с открытым исходным кодом."),
    ("nl", "Wren maakt gebruik van open taalmodellen."),
    # Italian 'i' is the plural article, not the English author 'I' (always written as a capital)
    ("it", "Le buone pratiche per lo sviluppo di software open source per chi realizza i servizi pubblici."),
]


@pytest.mark.parametrize(("lang", "sentence", "phrase"), [
    # a demonstrative with the noun of what the README describes, or alone as the subject ('this is …')
    ("de", "Dieses Plugin ist Open Source und kostenlos nutzbar.", "Open Source"),
    ("pt", "Este é um projeto Open Source focado na liberdade de dados.", "Open Source"),
    ("fr", "Ce logiciel est entièrement open source.", "open source"),
    # the definite article and the noun of the release, in languages whose adjectives follow the noun
    ("it", "Il progetto è completamente open source.", "open source"),
    ("es", "El código es de código abierto.", "código abierto"),
    # German writes every noun with a capital: 'Projekt' is the noun of the release, not a name
    ("de", "Das Projekt ist vollständig Open Source.", "Open Source"),
    # ... and joins the words before its head noun with hyphens ('Web-Anwendung': an Anwendung)
    ("de", "Die Web-Anwendung ist quelloffen.", "quelloffen"),
    # Dutch and English modifiers stand before the noun ('de volledige implementatie')
    ("nl", "De volledige implementatie is open source.", "open source"),
    # a protocol's acronym before the noun names a kind of part, not another maker ('the gRPC server')
    ("en", "The GRPC server implementation is fully open source.", "open source"),
    ("es", "La implementación del servidor REST es de código abierto.", "código abierto"),
    # a prepositional phrase set off by commas is no subject: the subject stands before it
    ("en", "The editor, without the cloud sync features, is completely open source.", "open source"),
    ("pt", "O aplicativo, sem os recursos de nuvem, é totalmente open source.", "open source"),
    # the author in each language ('nosso projeto', 'onze software')
    ("pt", "Nosso projeto é de código aberto e gratuito.", "código aberto"),
    ("nl", "Onze software is open source.", "open source"),
    # Russian has no copula: 'Это …' is 'this is …'; 'открытый программный код' is open source code
    ("ru", "Это open-source проект, который предоставляется бесплатно.", "open-source"),
    ("ru", "Wren — это сеть с открытым программным кодом.", "открытым программным кодом"),
    # Spanish, Portuguese and Italian leave the subject pronoun out: 'Es …' says 'It is …'
    ("es", "Es una herramienta de código abierto para escuelas.", "código abierto"),
    ("pt", "É um aplicativo open source para escolas.", "open source"),
    ("it", "È un progetto open source per le scuole.", "open source"),
    # a focus adverb before the subject ('also the server …') leaves the subject as it is
    ("it", "Anche il server e il client web sono open source.", "open source"),
    ("de", "Auch der Server ist quelloffen.", "quelloffen"),
    ("en", "Even the training code is open source.", "open source"),
])
def test_the_own_artifact_as_subject_in_each_language(lang: str, sentence: str, phrase: str) -> None:
    found = positives(in_body(sentence))
    assert [c.phrase for c in found] == [phrase], (lang, [(c.phrase, c.cue) for c in claims_in(in_body(sentence))])


@pytest.mark.parametrize(("lang", "sentence"), [
    # a name among the modifiers of the noun makes it another's product: capitalised in English, ...
    ("en", "The Tailscale client is open source."),
    ("en", "The Kestrel server implementation is fully open source."),
    # ... a well-known family or a link in German, where every noun has its capital
    ("de", "Das Llama-Modell ist quelloffen."),
    ("de", "Die [Kestrel](https://github.com/other/kestrel)-Anwendung ist quelloffen."),
    # a phrase set off by commas that is no preposition's leaves the subject where it is
    ("en", "The editor, Kestrel, is completely open source."),
    # the subject left out is what the sentence before spoke of: here what the project uses
    ("es", "El análisis usa Kestrel. Es una biblioteca de código abierto."),
])
def test_a_subject_that_is_another_s_in_each_language(lang: str, sentence: str) -> None:
    assert not positives(in_body(sentence)), (lang, [(c.phrase, c.cue) for c in claims_in(in_body(sentence))])


@pytest.mark.parametrize(("lang", "lead", "claims"), [
    # a list of a class of things, in the lead that would otherwise speak for the project ('a list of …')
    ("fr", "Une liste complète de modèles IA open-source.", False),
    ("es", "Una lista curada de herramientas de código abierto.", False),
    ("de", "Eine Liste quelloffener Sprachmodelle.", False),
    ("it", "Un elenco di progetti open source italiani.", False),
    # ... not the own product described in it
    ("fr", "Un logiciel libre de gestion de listes de tâches.", True),
    # ja, ko: a linked name that is not an own one, the topic of the copula that predicates the phrase's noun phrase
    ("ko", "[Kestrel](https://kestrel.example)는 무료 오픈소스 알림 서비스입니다.", False),
    ("ja", "[Kestrel](https://kestrel.example) は無料のオープンソースの通知サービスです。", False),
    ("ko", "Wren은 무료 오픈소스 알림 서비스입니다.", True),
    # a heading under the title that only names a section ('### オープンソースプロジェクト') is no tagline
    ("ja", "### オープンソースプロジェクト", False),
    ("ko", "### 오픈소스 라이선스", False),
    # German writes every noun with a capital: 'Alle Daten' is no name, the dash's noun phrase is the product
    ("de", "Alle Daten an einem Ort – die Open-Source-Lösung für kleine Teams.", True),
    # the community a phrase follows ('la comunidad de código abierto') is everyone's
    ("es", "Las ideas hacen que la comunidad de código abierto sea un gran lugar.", False),
    ("fr", "Merci à la communauté open source pour son aide.", False),
])
def test_whose_the_lead_speaks_of_in_each_language(lang: str, lead: str, claims: bool) -> None:
    found = positives("# Wren\n\n" + lead + "\n")
    assert bool(found) is claims, (lang, [(c.phrase, c.cue) for c in claims_in("# Wren\n\n" + lead + "\n")])


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "Wren no es un proyecto de código abierto."),
    ("pt", "O Wren não é um projeto open source."),
    ("it", "Wren non è un progetto open source."),
    ("nl", "Wren is geen open source project."),
    ("ko", "이 프로젝트는 오픈소스가 아닙니다."),
    ("ko", "Wren은 오픈 소스 소프트웨어가 아니며 상업용입니다."),
    # the prefix 비- (non-), as Chinese 非
    ("ko", "Wren은 무료로 배포하는 비오픈소스 소프트웨어입니다."),
])
def test_a_negated_copula_in_each_language(lang: str, sentence: str) -> None:
    found = claims_in(in_body(sentence))
    assert found and all(c.negated for c in found), (lang, [(c.phrase, c.cue) for c in found])


# (sentence in the body of a README, whether it claims)
CUES_IN_EACH_LANGUAGE = [
    # ko, ja: a noun right after the phrase makes it attributive ('open-source software', 'an open-source
    # implementation'), a noun phrase no one releases in these sentences ...
    ("오픈소스 소프트웨어는 무료로 사용할 수 있지만 의무가 없다는 뜻은 아닙니다.", False),
    ("- 오픈 소스 모델에 대한 이해", False),
    ("- Finch: 公式ドキュメント、オープンソース実装、コードベース探索", False),
    # ... while the own name as the subject still says it of the own artifact, its alias in brackets included
    ("Wren 입력기는 오픈 소스 소프트웨어입니다.", True),
    # (what is denied after a comma is the next noun: a local open-source tool, not a hosted service)
    ("Wren은 로컬 오픈소스 도구이지, 호스팅 서비스가 아닙니다.", True),
    ("Wren(WR)은 그 오픈소스 대안입니다.", True),
    # ko: 'this project' as the subject ...
    ("이 프로젝트는 GPL v3 라이선스 하에 오픈 소스로 공개되어 있습니다.", True),
    # ... but not 이 as the subject particle of another noun, nor a class of others ('various open-source LLMs'),
    # nor what the project is built on or uses (said after the phrase: Korean puts its verb last)
    ("Kestrel 모델이 프로젝트를 오픈소스로 공개했습니다.", False),
    ("이 프로젝트는 다양한 오픈소스 LLM의 파인튜닝을 위한 파이프라인입니다.", False),
    ("Wren은 다음 오픈소스 프로젝트들 위에 구축되었습니다:", False),
    ("Wren은 여러 오픈소스 라이브러리를 사용합니다.", False),
    # 会 is the modal 'will' only as a word of its own, not as the first character of 会話/会话 (conversation)
    ("Wren は音声会話型 AI エージェント向けのオープンソースフレームワークです。", True),
    ("这是一个面向会话式 AI 的开源框架 Wren。", True),
    ("我们会开源训练代码。", False),
    # ja, ko: a sentence that names no subject or topic and predicates the phrase's noun phrase leaves out 'it' ...
    ("軽量で高速な、オープンソースの画像エディタです。", True),
    ("가볍고 빠른 오픈소스 메모 앱입니다.", True),
    ("完全にオープンソースで、誰でも改変できます。", True),
    # ... not when the copula predicates another noun, the phrase's noun phrase an object or adverbial before it
    ("オープンソースのプロジェクトに貢献する方法です。", False),
    ("오픈소스 프로젝트에 기여하는 방법입니다.", False),
    # ja, ko: a sentence that is one noun phrase, with no verb and no subject, names the product described ...
    ("写真整理のための軽量なオープンソースアプリ。", True),
    ("사진 정리를 위한 가벼운 오픈소스 앱.", True),
    # ... not an entry of a list that a link labels, nor the phrase and one noun alone (a topic)
    ("- [Kestrel](https://github.com/other/kestrel) - オープンソースのコードエディタ", False),
    ("오픈 소스 모델", False),
    # ja, ko: the copula at the end predicates the phrase's noun phrase of the topic the sentence opens with,
    # whatever a relative clause between them names ...
    ("Wren은 Kestrel 코어를 데스크톱 앱으로 연결하는 오픈소스 프로젝트입니다.", True),
    ("Wren은 [Kestrel](https://github.com/other/kestrel) 엔진을 쓰는 오픈소스 뷰어입니다.", True),
    # ... not when a link right after the phrase's noun phrase names what it is
    ("Wren は先駆的オープンソースプロジェクト [Kestrel](https://github.com/other/kestrel) を参考にしています。", False),
    # ... not when the phrase's noun phrase is the object of another verb
    ("Wren은 Kestrel 같은 오픈소스 프로젝트를 지원합니다.", False),
    ("Wren은 새로운 오픈소스 프로젝트의 시작을 돕습니다.", False),
    ("Wren は新しいオープンソースプロジェクトの立ち上げを支援します。", False),
    # ... a verb of release makes it the author's
    ("Wren은 오픈소스 모델을 공개합니다.", True),
    # ja: the phrase opening an item is a noun phrase ('the open-source SNS …'), no release: the verb is オープン
    # ソース化 (as '开源 X' may be the verb in Chinese)
    ("オープンソースSNSのPC向けクライアント", False),
    ("- オープンソース化：学習コードと推論コード", True),
    # ko: a completed release told without its agent, as Japanese '…オープンソース化しました'
    ("학습 코드를 오픈소스화했습니다.", True),
    # ko: 'all the code' (모든 코드) is every part of this release, not a class of others' ('所有代码全部开源')
    ("- 모든 코드는 오픈소스이며, 누구나 확인할 수 있습니다.", True),
    # ja: 'this program' as the subject
    ("このプログラムはフリーでオープンソースのプロジェクトです。", True),
    # ja, ko: contributing to or taking part in open source is an activity, not a release
    ("オープンソースに貢献したいなら、今がチャンスです！", False),
    ("오픈소스에 참여하고 싶으시다면 지금이 기회!", False),
    # pt: the own name in apposition with its indefinite article 'um'
    ("Assim surgiu o Wren, um software livre que permite a gestão cultural.", True),
    # ru: what the project exists thanks to ('благодаря') is others'
    ("Этот проект существует благодаря следующим проектам с открытым исходным кодом:", False),
    # de, fr: the author who develops it (the verbs of release of each language, as English 'we develop')
    ("Wir entwickeln die Anwendung als Open-Source-Projekt.", True),
    ("Nous développons Wren en open source.", True),
    # ... not a name that only begins like a verb of another language ('Liberapay', Spanish 'liberar')
    ("Wir bevorzugen Liberapay, da es sowohl quelloffen als auch nicht gewinnorientiert ist.", False),
    # set 60's mends: a bare artifact topic before a strong phrase ('the code is fully open source')
    ("코드는 완전한 오픈소스이며 누구나 검토할 수 있습니다.", True),
    ("コードは完全なオープンソースであり、誰でもレビューできます。", True),
    # ... any noun of a release a demonstrative points at, as the bare topic ('the engine is open source')
    ("エンジンはオープンソースです。", True),
    # the European languages' nouns of a release name what English 'this service', 'this solution' name
    ("Ce service est open source.", True),
    ("Este servicio es de código abierto.", True),
    ("Questa soluzione è open source.", True),
    ("Dieser Dienst ist Open Source.", True),
    ("Этот сервис с открытым исходным кодом.", True),
    # a verb that puts its object in the state the phrase names, in the Romance languages as 'make the project open
    # source' in English: the object says whose
    ("Nous avons choisi de rendre ce service open source pour deux raisons.", True),
    ("Decidimos hacer el proyecto de código abierto.", True),
    ("Abbiamo deciso di rendere il progetto open source.", True),
    ("Kestrel rend les outils open source plus faciles à utiliser.", False),
    # a release under the open licence the phrase names, with the subject left out (Japanese, Korean); not a named
    # topic's licence
    ("音声認識モデルをオープンソースライセンスで配布しています。", True),
    ("모델을 오픈소스 라이선스로 공개합니다.", True),
    ("Kestrel はオープンソースライセンスで配布されています。", False),
    # a verb of use in the next clause (after the Japanese comma 、) uses something else
    ("私はできる限りのことをオープンソースで行い、このプロジェクトを利用する皆さんに返信しています。", True),
    ("플러그인은 오픈소스입니다.", True),
    ("使用しているエンジンはオープンソースです。", False),
    # a Korean verb's ending before its noun is no topic: the sentence still leaves its subject out
    ("로컬 자격 증명을 사용하는 독립 오픈소스 도구입니다.", True),
    # a licence given with 'に基づいて' is the terms of the release, not something it is built on
    ("Wren はオープンソースであり、Apache License 2.0 に基づいてライセンスされています。", True),
    ("Wren はオープンソースの Llama をベースにしたモデルです。", False),
    # the Japanese passive of release, with no topic before it
    ("- **商用利用**: MIT ライセンスの下でオープンソース化され、誰でも使えます", True),
    # Russian 'с открытым кодом' (with open code), short for 'с открытым исходным кодом'
    ("Wren — бесплатное приложение с открытым кодом для заметок.", True),
    # a negator joined by a hyphen negates its own word alone ('non-commercially distributed')
    ("Wren ist ein freies, nicht-kommerziell vertriebenes OpenSource Betriebssystem.", True),
    ("Wren ist kein OpenSource Betriebssystem.", False),
    # the product described as an open-source alternative, in Korean and Japanese as in Chinese; not an entry's
    ("Notion의 오픈소스 대안 — 로컬에서 동작하는 메모 앱.", True),
    ("Notion のオープンソース代替ツール。", True),
    ("- [Kestrel](https://github.com/someone/kestrel) - Notion のオープンソース代替", False),
    ("Wren 是一个开源项目。", True),
    # definite nouns of a release: closed German compounds by their last part, logic, a loan compound before an
    # Italian noun
    ("The calculation logic is fully open source.", True),
    ("Die Berechnungslogik ist vollständig Open Source.", True),
    ("La logique de calcul est entièrement open source.", True),
    ("Il video editor, senza le funzioni di AI generativa, è completamente open source.", True),
    # a verbless list of properties ending with the phrase, in every language; not a list of topics in capitals
    ("Offline-fähig, kostenlos und Open Source.", True),
    ("Gratis, veloce e open source.", True),
    ("Rápido, gratuito y de código abierto.", True),
    ("Python, Rust and open source.", False),
    # the phrase and its degree alone, in Japanese and Korean as '100% open source' in English
    ("- 100% 오픈소스", True),
    ("- 100% オープンソース", True),
    # 'VS Code' names the editor, it compares nothing
    ("Wren（レン）は、VS Code 向けのオープンソースで軽量なアシスタントです。", True),
    ("Wren vs open-source models: a comparison.", False),
    # '开源仓库' is an open-source repository (a noun the phrase modifies), not 'open-sources repositories'
    ("The Pile 包含 GitHub 上拥有超过100颗星的一部分开源仓库，我们从中选取了23种编程语言的代码。", False),
    # set 61's mends: Japanese and Korean thank after what they thank for
    ("- [x] CPU テスト - [benchkit](https://github.com/someone/benchkit)のオープンソースに感謝します。", False),
    ("오픈소스 프로젝트에 감사드립니다.", False),
    # Korean 'this program', 'this app' (이 with any noun of a release)
    ("이 프로그램은 누구나 코드를 볼 수 있는 오픈소스 프로그램입니다.", True),
    # a Korean negation does not reach past the connective -며 into the next clause
    ("로컬 우선의 오픈소스 대안이며 모델에 구애받지 않습니다.", True),
    ("Wren은 오픈소스가 아니며 상용 라이선스입니다.", False),
    # a name that is a verb's object ('「Zenzai」を導入した') leaves the subject out, as a sentence without it does
    ("変換エンジン「Zenzai」を導入した、オープンソースの日本語入力システムです。", True),
    ("Notion을 대체하는 오픈소스 메모 앱입니다.", True),
    ("Kestrel は高速なオープンソースのエディタです。", False),
    # the Romance headline: the noun before 'de' heads the phrase; 'à'/'a' is 'to'
    ("Una alternativa de código abierto a Notion.", True),
    ("Alternative open source à Notion.", True),
    ("Una lista de proyectos de código abierto.", False),
    # 'under' in the other languages ends the phrase's noun phrase: no licence wording follows it
    ("Código abierto bajo licencia MIT.", True),
    # a licence's name is the terms, no third party
    ("MIT - Logiciel libre.", True),
    # Russian 'с открытыми исходниками' (with open sources) is a phrase
    ("Wren — программа с открытыми исходниками.", True),
    # a bare plural the phrase follows after 'de'/'d’'/'di' is things in general ('a resource of open-source tools');
    # a collection of them is the product (and see test_places: a possessive, 'AI', 'de código abierto')
    ("Le but de ce dépôt est de créer une ressource exhaustive d’outils open source.", False),
    ("Wren est un ensemble d’outils open source.", True),
    ("Wren è una raccolta di strumenti open source.", True),
    # set 62's mends: the Japanese potential of a verb of use is what the reader can do ('無料で利用でき')
    ("Wren 自体は無料で利用でき、完全にオープンソースで透明です。", True),
    ("Wren はオープンソースの Llama を利用しています。", False),
    # a bare noun of a release as the topic, 'itself' after it or not ('拡張機能自体は', '앱 자체는')
    ("- 拡張機能自体は無料で、透明性のある完全なオープンソースです。", True),
    ("앱 자체는 무료이며 완전한 오픈소스 프로젝트입니다.", True),
    # a strip of properties each behind its symbol is no table row; 'free' with the degree in Japanese and Korean
    ("🔒 絶対安全 | 🛡️ プライバシー優先 | 🆓 100% 無料・オープンソース", True),
    ("- 완전 무료 오픈소스", True),
    ("- オープンソース", False),
    # a reason given with a left-out subject ('…なので', '…이므로'), and 'であり'
    ("**完全オープンソース**なので、監査も可能です。", True),
    ("**100% 오픈 소스**이므로 직접 감사할 수 있습니다.", True),
    ("Llama はオープンソースなので、使いやすいです。", False),
    # a name marked as the means or place ('Javaで', 'Java로') is no subject
    ("* Java로 구축되었으며 100% 오픈소스입니다.", True),
    ("MITライセンス下で100%オープンソースであり、誰でも利用可能です。", True),
    # a requirement in the European languages ('müssen als Open Source veröffentlicht werden', 'doivent être')
    ("[AGPL-3.0](./LICENSE) — Änderungen müssen als Open Source veröffentlicht werden.", False),
    ("Les modifications doivent être open source.", False),
    ("Wren ist Open Source und muss es bleiben.", True),
    # a first-person word of a linked name in title case is no author ('[Nos Gestes Climat](…)')
    ("- **[Nos Gestes Climat](https://example.org)** utilise Wren pour un calculateur complètement ouvert.", False),
    ("Nous publions un calculateur complètement ouvert.", True),
    # the phrase as a word of the name an acronym spells out, after it ('SILL : Socle … de Logiciels Libres')
    ("Ceci est le projet SILL : Socle Interministériel de Logiciels Libres.", False),
    ("Wren is Open Source Software (OSS).", True),
    # set 63's mends: a definition of the term in Spanish and French ('… es el término con el que se conoce …')
    ("Código abierto (del inglés open source) es el término con el que se conoce al software libre.", False),
    ("Le logiciel libre désigne les logiciels qui respectent quatre libertés.", False),
    # a copula in the first person plural says what the author is, with its pronoun or without ('Siamo', 'Somos')
    ("Nous sommes Open Source, pas Facebook.", True),
    ("Non invia alcun dato. Siamo open source, mica Facebook.", True),
    ("Somos código abierto.", True),
    ("Nous sommes une communauté open source.", False),
    ("Sie sind Open-Source-Entwickler aus Berlin.", False),
    # zh: a verb of use right before data, corpora or weights makes a compound noun ('指令微调数据', the
    # instruction-tuning data), no verb that governs the phrase
    ("Wren 模型及指令微调数据正式开源。", True),
    ("我们使用开源数据微调。", False),
    # zh: a verb that puts the phrase's noun in a place makes a relative clause that describes it ('运行在浏览器中的
    # 开源框架', an open-source framework that runs in the browser); a place alone names where others' things are found
    ("Wren 是 Acme 的 web 子项目，是一个运行在浏览器中的开源深度学习框架。", True),
    ("这是浏览器中的开源深度学习框架列表。", False),
    # zh: 'world-class' (世界一流) after the phrase is a degree, no world of open source ('开源世界')
    ("Wren 是我们开源的性能世界一流的图数据库，支持万亿级图存储。", True),
    ("欢迎来到开源世界的大家庭。", False),
    # ru: 'является' is a copula, and a noun of a release alone as its subject is the own one (Russian has no article)
    ("Приложение является открытым исходным кодом и доступно на GitHub.", True),
    ("Приложение Kestrel является открытым исходным кодом.", False),
    # 'as a(n) …' with the first person after the verb, where German puts the subject ('Als … arbeiten wir')
    ("Als Open Source-Projekt arbeiten wir alle ehrenamtlich an der App.", True),
    ("Als Open-Source-Entwickler arbeiten wir gern mit Linux.", False),
    ("Als Open-Source-Projekt ist Llama sehr beliebt.", False),
]


@pytest.mark.parametrize(("sentence", "claimed"), CUES_IN_EACH_LANGUAGE)
def test_cues_in_each_language(sentence: str, claimed: bool) -> None:
    found = positives(in_body(sentence))
    assert bool(found) is claimed, [(c.phrase, c.cue) for c in claims_in(in_body(sentence))]


def test_a_japanese_demonstrative_points_at_the_own_artifact() -> None:
    # 'この' (this) before the phrase, as Chinese '这个'/'该' and English 'this'
    claim = only_claim(in_body("このオープンソースのブラウザは高速です。"))
    assert claim.phrase == "オープンソース" and "demonstrative" in claim.cue, claim.cue


@pytest.mark.parametrize("sentence", ["本專案是獨立開源工具，並非官方產品。", "本工具開源，所有程式碼公開可查。",
                                      "本期刊是开源项目，欢迎投稿。", "本网站的代码已经开源。",
                                      "本程式完全開源、免費。", "本外掛已開源，歡迎回報問題。"])
def test_chinese_ben_with_any_noun_of_the_documents_points_at_the_own_artifact(sentence: str) -> None:
    # 本 'this very' points at what the document itself describes, whatever its noun (Taiwanese 專案 for project, 程式
    # for program, 外掛 for plug-in, a tool, a periodical, a website), as '本项目' does
    assert positives(in_body(sentence)), [(c.phrase, c.cue) for c in claims_in(in_body(sentence))]


def test_chinese_ben_in_a_word_is_no_demonstrative() -> None:
    # 本地 (local), 基本 (basic), 日本 (Japan), 样本 (sample): 本 inside a word points at nothing, even before a noun
    # of what documents describe ('基本框架' is a basic framework, not this one)
    # ('Kestrel 是一个基本框架，完全开源': with 本 read as a demonstrative, '本框架' would make it the own framework; '这是…'
    # opening the sentence is a topic of its own, see test_a_chinese_clause_without_a_subject_goes_on_about_…)
    for sentence in ("本地部署的开源模型很多。", "基本的开源工具都支持。", "Kestrel 是一个基本框架，完全开源。", "日本平台是开源的。"):
        assert not positives(in_body(sentence)), sentence
    assert all("本数据集" not in c.cue for c in claims_in(in_body("样本数据集已开源。")))


@pytest.mark.parametrize(("lang", "sentence"), LANGUAGE_NON_CLAIMS)
def test_non_claims_in_each_language(lang: str, sentence: str) -> None:
    found = positives(in_body(sentence))
    assert found == [], (lang, [(c.phrase, c.cue) for c in found])


def test_a_phrase_added_to_the_lexicon_is_found_end_to_end(tmp_path: Path) -> None:
    # issue 14: the prefilter is derived from the lexicon; a phrase added there alone is never silently skipped
    (tmp_path / "README.md").write_text("# Wren\n\nWren is glassbox-licensed.\n", encoding="utf-8")
    proc = with_added_phrase(["claims", str(tmp_path / "README.md"), "--format", "json"])
    assert [(c["line"], c["phrase"], c["negated"]) for c in json.loads(proc.stdout)] == [
        (3, "glassbox-licensed", False)]
    # and without the addition the sentence holds no phrase at all
    assert json.loads(run_cli("claims", str(tmp_path / "README.md"), "--format", "json").stdout) == []


@pytest.mark.parametrize("sentence", ["Wren은 Open Source입니다.", "Wren は Open Sourceです。", "Wren 是 open source的。"])
def test_a_latin_phrase_written_against_cjk_letters_is_found(sentence: str) -> None:
    # a CJK letter right after the phrase ends it as a space does, though a pattern's word boundary reads it as a letter
    assert [c.phrase.lower() for c in positives(in_body(sentence))] == ["open source"]


def test_a_fixed_name_in_latin_letters_against_cjk_letters_is_still_a_name() -> None:
    sentence = "이 프로젝트는 [Acme Open Source Code of Conduct](https://example.org/coc)를 따릅니다."
    assert positives(in_body(sentence)) == [], [(c.phrase, c.cue) for c in claims_in(in_body(sentence))]
    # ... while CJK fixed expressions are read as written ('开源不易', open source is not easy)
    assert positives(in_body("开源不易，右上角点个 Star 鼓励一下吧！")) == []


@pytest.mark.parametrize("sentence", [
    # a dated item still names who released: another company's release is theirs
    "- 2024年5月，Kestrel发布了Finch 3，开源可商用。",
    "2017年7月21日，俄罗斯Kestrel开源Finch，亮点是可直接使用类别特征。",
])
def test_a_named_releaser_is_someone_else_in_a_dated_item_zh(sentence: str) -> None:
    assert positives(in_body(sentence)) == [], sentence


def test_fully_open_and_an_open_model_in_japanese() -> None:
    found = positives("# Wren\n\nWren は完全にオープンなモデルで、学習データとコードも公開しています。\n")
    assert [c.phrase for c in found] == ["完全にオープン"]
    assert positives(in_body("Kestrel はオープンなモデルです。")) == []


def test_chinese_open_source_sota_is_a_comparison() -> None:
    # '在通用场景上达到开源SOTA': the best among open-source models, no release
    assert positives(in_body("Wren 在通用场景上达到开源SOTA。")) == []
    assert len(positives(in_body("Wren 是一个开源模型。"))) == 1


def test_chinese_will_stay_open_source_for_ever_is_said_of_now() -> None:
    # '将永久开源' as 'will continue to be open source': a promise about what is now, no plan
    assert len(positives(in_body("本项目将永久开源，归属社区。"))) == 1
    assert len(positives(in_body("本项目会一直开源。"))) == 1
    assert positives(in_body("本项目将于下月开源。")) == []


def test_chinese_released_under_a_licence_agreement_is_a_release() -> None:
    # '基于 GPLv3 协议开源', '采用 MIT 协议开源': released under the licence, by the project the README describes
    assert len(positives(in_body("基于 [GPLv3](LICENSE) 协议开源。"))) == 1
    assert len(positives(in_body("采用 MIT 协议开源。"))) == 1
    assert positives(in_body("本项目使用的第三方库遵循 MIT 协议开源。")) == []



def test_chinese_other_libraries_named_after_the_own_name_are_others() -> None:
    # '不使用其它 Wren 开源库' (no other open-source Wren libraries): other things of the kind, not the own release
    assert positives(in_body("这是我们提供的默认实现，不使用其它Wren开源库。")) == []
    assert len(positives(in_body("Wren 开源库已经发布。"))) == 1


def test_japanese_this_book_and_a_licence_it_is_based_on() -> None:
    # 'この書籍に記述されているすべてのソースコードは、MITライセンスに基づいたオープンソースソフトウェアとして提供されます'
    # (all source code in this book is provided as open-source software under the MIT licence): the book is what the
    # repository releases, and 'based on' a licence states its terms, nothing used or named
    body = "# Wren\n\n## 概要\n\nText.\n\n{}\n"
    for sentence in ("この書籍に記述されているすべてのソースコードは、MITライセンスに基づいたオープンソースソフトウェアとして提供されます。",
                     "この書籍のソースコードは、[MITライセンス](LICENSE)に基づいたオープンソースソフトウェアです。"):
        assert len(positives(body.format(sentence))) == 1, sentence
    # ... while a tool it is based on is something used
    assert positives(body.format("このツールは[Kestrel](https://k.example)に基づいて、オープンソースの部品を使います。")) == []


def test_chinese_fully_open_source_with_a_property_of_use_is_a_headline() -> None:
    # '100% 开源可商用，采用MIT协议。' (100% open source and free for commercial use, under MIT), as '100% open source and
    # free for commercial use' is in English; open-source models in general are no such property
    body = "# Wren\n\nA model.\n\n## 特点\n\n兼容接口。\n\n{}\n"
    assert len(positives(body.format("100% 开源可商用，采用MIT协议。"))) == 1
    assert len(positives(body.format("完全开源免费。"))) == 1
    assert positives(body.format("完全开源模型很多。")) == []


def test_chinese_a_verb_of_use_in_the_phrases_own_clause_beats_this_project_in_an_earlier_one() -> None:
    # '用户在使用该项目之前，须确认…使用了公开可用的开源EPUB文件': the user uses open-source files; 'this project' is
    # what the earlier clause uses
    body = "# Wren\n\nA model.\n\n## 说明\n\n{}\n"
    assert positives(body.format("用户必须在使用该项目之前，确认其已获得了许可或使用了公开可用的开源EPUB文件。")) == []
    assert len(positives(body.format("我们训练了模型，并开源了全部代码。"))) == 1


def test_a_line_labelled_as_a_papers_title_cites_it_in_both_languages() -> None:
    md = ("# Wren\n\nA list.\n\n- [Kestrel 入门](https://k.example)\n"
          "  - 论文名称：Kestrel-6B: An Open Bilingual Chat LLM | 开源双语对话语言模型\n  - 论文地址：\n")
    assert positives(md) == []
    # a bare '论文：' (paper:) before a sentence of the author is no title
    assert len(positives("# Wren\n\nA list.\n\n论文：我们开源了 Wren 的代码。\n")) == 1


def test_chinese_the_first_among_a_class_compares() -> None:
    # '已知开源 wren admin 框架中首家支持…' (the first among known open-source admin frameworks to support …): a class
    # of things, the own name's words naming its kind
    body = "# Wren\n\nA model.\n\n## 特点\n\n{}\n"
    assert positives(body.format("2. 已知开源 wren admin 框架中首家支持 mock 自动导出功能")) == []
    assert len(positives(body.format("Wren 是一个开源的 admin 框架。"))) == 1


def test_chinese_this_open_source_theme_is_the_own_one_in_any_section() -> None:
    # '这个开源主题' (this open-source theme): a demonstrative names the author's release, in a thanks section too
    for heading in ("说明", "感谢"):
        assert len(positives(f"# Wren\n\nA theme.\n\n## {heading}\n\n这个开源主题，我借鉴了一些大佬的经验。\n")) == 1
    assert positives("# Wren\n\nA theme.\n\n## 说明\n\n很多开源主题都不错。\n") == []


def test_korean_respect_paid_to_others_is_thanks() -> None:
    # '오픈소스에 헌신한 원작자와 상위 프로젝트 저자들에게 존경을 표합니다' (respect to the original authors devoted to open source)
    md = "# Wren\n\nA client.\n\n## 감사\n\n오픈소스에 헌신한 원작자와 상위 프로젝트 저자들에게 존경을 표합니다:\n"
    assert positives(md) == []


def test_chinese_cross_platform_is_an_adjective_not_a_class_of_platforms() -> None:
    # '「Wren」是一个开源跨平台的多功能游戏工具箱' (an open-source, cross-platform toolbox): no possessor class
    assert len(positives("# Wren\n\n「Wren」是一个开源跨平台的多功能游戏工具箱。\n")) == 1
    assert positives("# Wren\n\nA model.\n\n## 说明\n\n为开源平台的推理实现统一接口。\n") == []


def test_chinese_what_this_project_uses_named_by_a_relative_clause_is_its_dependency() -> None:
    # '本项目中使用的模型均为…的开源模型' (the models used in this project are all open-source models …)
    body = "# Wren\n\nA model.\n\n## FAQ\n\n{}\n"
    assert positives(body.format("A7: 本项目中使用的模型均为可下载的开源模型，以 Kestrel 为例。")) == []
    assert len(positives(body.format("本项目训练的模型均为开源模型。"))) == 1


def test_chinese_an_open_source_environment_is_the_community() -> None:
    md = "# Wren\n\nA bot.\n\n## 贡献\n\n同时，我们希望你能遵循贡献者公约中的各项要求，做到友好和善，一同创建良好的开源环境。\n"
    assert positives(md) == []


def test_korean_a_definition_and_a_copula_that_goes_on() -> None:
    # 'FOSS란 Free and Open Source Software, 즉 오픈소스 프로젝트를 말한다' defines the term
    assert positives("# Wren\n\nNotes.\n\n## 용어\n\n- FOSS란 Free and Open Source Software, 즉 오픈소스 프로젝트를 말한다.\n") == []
    # 'Wren는 … 오픈 소스 프로젝트이며 …' (Wren is an open-source project and …): the topic's copula predicates it
    body = "# Wren\n\nA model.\n\n## 소개\n\n{}\n"
    assert len(positives(body.format("Wren는 MIT 라이선스를 받은 오픈 소스 프로젝트이며 완전히 무료로 사용할 수 있습니다."))) == 1
    assert positives(body.format("[Kestrel](https://k.example)는 오픈 소스 프로젝트이며 무료입니다.")) == []


def test_the_phrase_alone_as_the_topic_of_a_statement_is_the_idea_ja_ko() -> None:
    # 'オープンソースは、AI研究の透明性と再現性を高めるために重要です' (open source is important for …), in the lead too
    assert positives("# Wren\n\nオープンソースは、AI研究の透明性と再現性を高めるために重要です。\n") == []
    assert positives("# Wren\n\n오픈소스는 중요합니다.\n") == []
    assert len(positives("# Wren\n\nWren は、オープンソースのモデルです。\n")) == 1


def test_japanese_commercial_use_also_possible_is_what_the_product_allows() -> None:
    # 'Wren は商用利用も可能なオープンソースの LLM です' (an open-source LLM that may be used commercially too): no use
    assert len(positives("# Wren\n\nWren は商用利用も可能なオープンソースの LLM です。\n")) == 1


ZH_BODY = "# Wren\n\nA model.\n\n## 说明\n\n{}\n"


def test_chinese_jiang_before_an_object_marks_it_and_before_the_verb_plans() -> None:
    # 将 with a noun phrase before the verb is the 把 construction ('将研究结果开源出来', open-source the results)
    assert positives(ZH_BODY.format("我们将研究结果开源出来，方便大家一起学习！")) != []
    # right before the verb, or before an adverb of time, it is the future
    assert positives(ZH_BODY.format("我们将尽快开源代码。")) == []
    assert positives(ZH_BODY.format("代码将在论文接收后开源。")) == []
    # a plan word before 将 still plans, whatever 将 marks ('我们计划将模型权重开源')
    assert positives(ZH_BODY.format("我们计划将模型权重开源。")) == []
    assert positives(ZH_BODY.format("我们会将代码开源。")) == []
    # before a relative clause's 的, 将 is that clause's future
    assert positives("# Wren\n\nA model.\n\n## 我们承诺将定期赞助的开源项目（感谢巨人）\n\nText.\n") == []


def test_chinese_the_idea_set_against_another_and_the_plea_that_open_source_is_hard() -> None:
    assert positives(ZH_BODY.format("1. **开源 ≠ 白嫖，请遵循开源协议**")) == []
    assert positives(ZH_BODY.format("开源不等于免费。")) == []
    assert positives("# Wren\n\n开源项目不易，若此项目能得到你的青睐，可以捐赠支持作者。\n") == []


def test_chinese_how_much_the_author_releases_is_the_authors() -> None:
    # '我们提供了许多文档和教程，以及大量开源代码': a quantity the author provides, as 'we've developed a number of …'
    assert len(positives(ZH_BODY.format("我们提供了许多文档和教程，以及大量开源代码。"))) == 1
    assert positives(ZH_BODY.format("我们使用了大量开源代码。")) == []


def test_chinese_the_official_side_and_a_name_in_apposition_are_others() -> None:
    # 官方 as the agent is the original maker of what the repository ports ('并且官方同时开源了…模型权重')
    assert positives("# Wren\n\n在Finch官方代码库中，实现了模型结构，并且官方同时开源了中文和英文的模型权重。\n") == []
    assert len(positives("# Wren\n\nWren官方开源了模型权重。\n")) == 1
    # 'Finchpay，开源支付系统' describes Finchpay, as 'Finchpay, an open-source payment system' does
    assert positives(ZH_BODY.format("计全支付Finchpay，开源支付系统")) == []
    assert len(positives(ZH_BODY.format("Wren，开源支付系统。"))) == 1


def test_chinese_a_negator_before_the_verbs_manner_negates_it() -> None:
    found = claims_in("# Wren\n\n但是，没有按照 GPLv3 协议的要求进行开源（我已经联系过他）。\n")
    assert found and all(c.negated for c in found) and positives("# Wren\n\n但是，没有按照 GPLv3 协议的要求进行开源。\n") == []


def test_the_people_of_a_community_in_other_languages() -> None:
    # contributors and developers, as English 'contributors of open source' (a noun, or its adjective, before 'de')
    assert positives("# Sejam bem-vindos novos contribuidores de Open Source!\n\nTexto.\n") == []
    assert positives("# Bienvenue\n\nVoici une liste de ressources pour les contributeurs novices de l'Open Source.\n") == []
    assert positives("# Добро пожаловать новым разработчикам открытого кода!\n\nТекст.\n") == []
    assert len(positives("# Wren\n\nWren es un proyecto de código abierto.\n")) == 1
    # in English the word before the phrase alone decides ('Our team has open-sourced …' releases)
    assert len(positives(in_body("Our team has open-sourced the best combinations of speedups."))) == 1


def test_chinese_open_source_as_an_activity_and_as_a_way() -> None:
    assert positives("# Wren\n\n写开源是我的业余爱好，大数据平台才是主业。\n") == []
    assert positives(ZH_BODY.format("晨间除了写开源，也会写千字文。")) == []
    assert positives(ZH_BODY.format("这次经历让我体会到：开源，是一种把大家联系在一起的方式，它让我们建立起纽带。")) == []
    assert len(positives("# Wren\n\n我们写开源项目。\n")) == 1


def test_chinese_this_project_opening_a_later_clause_and_it_with_its_predicates() -> None:
    assert len(positives(ZH_BODY.format("此问题可以通过签名来解决，但此项目只是我业余时间来制作的开源项目。"))) == 1
    # '它' (it) takes the document's subject; a later clause that opens with the phrase shares its subject
    assert len(positives("# Wren\n\nWren 是一个数据库。它为已支持功能提供广泛的 S3 API 兼容性，完全开源，并专为数据湖优化。\n")) == 1
    assert positives(ZH_BODY.format("我们使用了 Finch。它是开源的。")) == []
    assert positives(ZH_BODY.format("它基于 Finch 开发，Finch 是开源的。")) == []


def test_what_is_translated_or_converted_is_the_source() -> None:
    # in the repository of the translation, named after its source ('finchdata-ja'), the source stays the source's
    own = frozenset({"finchdata", "finchdataja"})
    assert positives("# finchdata-ja\n\n説明。\n\n## 概要\n\nLoonLab のオープンソースデータ FinchData を日本語に翻訳したデータセットです。\n",
                     own=own) == []
    own = frozenset({"mecab", "kestreldic"})
    assert positives("# x\n\n説明。\n\n## 概要\n\nopen source kestrel dictionaryをMeCab辞書のフォーマットに変換したものです。\n", own=own) == []
    assert positives("# x\n\n説明。\n\n## 概要\n\n* dict.csvは、Open source kestrel dictionaryから生成されています。\n", own=own) == []


def test_chinese_a_count_of_the_parts_all_released() -> None:
    assert len(positives(ZH_BODY.format("全书正文、配图、**92 个配套实验**全部开源，欢迎亲手把实验跑一遍。"))) == 1
    assert positives(ZH_BODY.format("我们整理了 12 个开源模型。")) == []


def test_chinese_the_open_source_field() -> None:
    # '在开源领域也已有很多实现' (there are many implementations in the open-source field): the field, no release
    # (even when the subject is an own name: 'Metrics' in a project whose part it is)
    assert positives(ZH_BODY.format(">提示：Metrics本身在开源领域也已有很多实现，例如"), own=frozenset({"wren", "metrics"})) == []
    # right after the phrase only: a field named later in the sentence is where the released model works
    assert len(positives(ZH_BODY.format("我们开源了在医疗领域的模型。"))) == 1


def test_chinese_a_remark_in_which_the_author_speaks_is_the_authors() -> None:
    # '（比如我们开源的 [Tidefall](…)）': the author's example, not a remark on another's name
    assert len(positives(ZH_BODY.format("如果你的 AI 有情绪系统（比如我们开源的 [Kestrel](https://github.com/k/kestrel)），"
                                        "桌宠可以直接映射。"))) == 1
    assert positives(ZH_BODY.format("我们使用 **Kestrel**（一个万亿参数开源模型）。")) == []


def test_korean_a_description_set_before_another_name_with_in() -> None:
    # 'Claude Code의 오픈소스 클론인 ClawCode는 …': ClawCode, an open-source clone, is another's
    assert positives("# Wren\n\nKestrel Code의 오픈소스 클론인 ClawCode는 터미널에서 실행됩니다.\n") == []
    assert len(positives("# Wren\n\nKestrel의 오픈소스 대안인 Wren은 로컬에서 실행됩니다.\n")) == 1


def test_chinese_what_a_licence_or_rule_requires_is_no_release() -> None:
    # '仅对库本身的修改需要开源' (only changes to the library itself need to be open-sourced)
    features = "# Wren\n\nWren 是一个数据库。\n\n## 特性\n\n- **开源义务**: 仅对库本身的修改需要开源，不影响使用方代码\n"
    assert positives(features) == []
    assert positives(ZH_BODY.format("对库本身的修改必须开源。")) == []
    assert len(positives(ZH_BODY.format("Wren 是一个完全开源的数据库。"))) == 1


def test_chinese_a_negated_copula_before_a_noun_phrase_with_the_phrase() -> None:
    # 'Wren 不是一个开源项目', '当前仓库还不是完整代码开源版'
    assert positives(ZH_BODY.format("Wren 不是一个开源项目。")) == []
    assert [c.negated for c in claims_in(ZH_BODY.format("当前仓库还不是完整代码开源版。"))] == [True]
    assert len(positives(ZH_BODY.format("Wren 是一个开源项目，不是闭源的。"))) == 1


def test_chinese_on_the_way_to_open_source_is_a_plan() -> None:
    # 'Clawink 正在走向开源' (is on the way to open source)
    assert positives(ZH_BODY.format("这意味着 Wren 正在走向开源。")) == []
    assert len(positives(ZH_BODY.format("Wren 已经开源。"))) == 1


def test_chinese_a_completed_release_with_where_or_when() -> None:
    # 'A：支持，已在2.0版本开源' (supported, released in version 2.0): a completed release with no one else named
    assert len(positives(ZH_BODY.format("支持，已在 2.0 版本开源，用户可以修改配置。"))) == 1
    assert positives(ZH_BODY.format("Meta 发布了 Llama，已在 GitHub 开源。")) == []


def test_a_korean_or_japanese_role_particle_ends_the_phrase_noun_phrase() -> None:
    # 'Wren은 오픈소스 프로젝트로서 커뮤니티의 기여를 환영합니다' (as an open-source project, Wren welcomes the community's
    # contributions): the object of 환영 is the contributions, not the phrase's noun phrase
    assert len(positives(in_body("Wren은 오픈소스 프로젝트로서 커뮤니티의 기여를 적극 환영합니다."))) == 1
    assert len(positives(in_body("Wrenはオープンソースとしてコミュニティの貢献を歓迎します。"))) == 1
    assert positives(in_body("Kestrel은 오픈소스 프로젝트로서 커뮤니티의 기여를 환영합니다.")) == []
    # ... while a noun phrase that is the object stays so ('supports starting new open-source projects')
    assert positives(in_body("이 도구는 새로운 오픈소스 프로젝트를 시작 및 설정을 지원하며 빠릅니다.")) == []


def test_a_japanese_maker_before_the_phrase() -> None:
    # 'Kestrel社の開発した、オープンウェイトの画像認識AIです' (an open-weight AI the company Kestrel developed)
    assert positives("# Wren\n\nKestrel社の開発した、オープンウェイトの画像認識AIです。\n") == []
    assert positives("# Wren\n\nKestrelが公開した、オープンウェイトのモデルです。\n") == []
    assert len(positives("# Wren\n\nオープンウェイトの画像認識AIです。\n")) == 1


def test_a_japanese_topic_that_opens_with_a_bare_part_of_the_release() -> None:
    # 'ソースコードや Kubernetes マニフェストはすべて GitHub に…公開しています' (the source code and the manifests are all
    # published on GitHub): a name among the parts is no one else's release
    assert len(positives(in_body("ソースコードや Kubernetes マニフェストはすべて GitHub にオープンソースとして公開しています。"))) == 1
    assert positives(in_body("Kestrel や Kubernetes マニフェストはすべて GitHub にオープンソースとして公開されています。")) == []


def test_a_japanese_sentence_without_a_subject_goes_on_about_the_topic_before() -> None:
    # 'Kestrelは、…ツールです。オープンソースで開発されていて、…' (Kestrel is a tool …; it is developed as open source)
    assert positives(in_body("Kestrelは、ゲームエフェクトを作るツールです。オープンソースで開発されていて、多くのユーザーが居ます。")) == []
    assert len(positives(in_body("Wrenは、ゲームエフェクトを作るツールです。オープンソースで開発されていて、多くのユーザーが居ます。"))) == 1


def test_portuguese_esse_is_a_demonstrative() -> None:
    # 'Esse é um projeto de dados abertos e código aberto' (this is an open-data and open-source project)
    assert len(positives(in_body("Esse é um projeto de dados abertos e código aberto."))) == 1
    assert len(positives(in_body("Esse projeto é de código aberto."))) == 1


def test_a_chinese_sentence_opening_with_a_community_as_its_subject() -> None:
    # '最后，深度学习社区长期以来以分享工具而自豪，并开源了许多优秀的软件库' (the deep-learning community … released many libraries)
    assert positives(in_body("最后，深度学习社区长期以来以分享工具而自豪，并开源了许多优秀的软件库。")) == []
    assert len(positives(in_body("最后，并开源了全部代码。"))) == 1


def test_a_chinese_guide_to_or_study_of_such_things() -> None:
    # 'Wren 开源项目指南' (the Wren guide to open-source projects), '开源模型评测' (an evaluation of open-source models)
    assert positives(in_body("请按照 Wren 开源项目指南进行操作。")) == []
    assert positives("# Wren\n\n本项目发布开源模型评测结果。\n") == []
    assert len(positives("# Wren\n\nWren 是一个开源教程。\n")) == 1
    assert len(positives("# Wren\n\nWren 是一个开源项目。\n")) == 1


def test_chinese_jiang_with_a_pronoun_marks_the_object() -> None:
    # '我们将其开源，以便社区能够复现…' (we open-source it so that the community can reproduce …): 将 with 其 marks the object
    assert len(positives(in_body("我们将其开源，以便社区能够复现结果。"))) == 1
    assert positives(in_body("我们计划将其开源。")) == []
    assert positives(in_body("我们将开源代码。")) == []


def test_a_japanese_topic_that_names_the_product_by_its_kind() -> None:
    # '動画エディタは、生成 AI 機能を除いて完全にオープンソースです' (the video editor is fully open source except …)
    assert len(positives(in_body("動画エディタは、生成 AI 機能を除いて完全にオープンソースです。"))) == 1
    assert len(positives(in_body("このエディタはオープンソースです。"))) == 1
    assert positives(in_body("他のツールは完全にオープンソースです。")) == []


def test_a_japanese_object_of_making_with_the_author_left_out() -> None:
    # 'オープンソースのライブラリを開発しています' (I am developing an open-source library), and the phrase spelling out the
    # abbreviation before it: '…OSS（オープンソースソフトウェア）を実装してみました' (I tried implementing an OSS)
    assert len(positives(in_body("オープンソースのライブラリを開発しています。"))) == 1
    assert len(positives(in_body("画像を検索するOSS（オープンソースソフトウェア）を実装してみました。"))) == 1
    assert positives(in_body("Kestrelがオープンソースのライブラリを開発しています。")) == []
    assert positives(in_body("Kestrel（オープンソースソフトウェア）を実装してみました。")) == []


def test_japanese_ga_after_a_predicate_is_but() -> None:
    # '…需要もないと思いますが一応オープンソースです' (… but it is open source anyway): が joins clauses, it marks no subject
    assert len(positives(in_body("個人の趣味で作ってるので需要もないと思いますが一応オープンソースです。"))) == 1
    assert positives(in_body("Kestrelが一応オープンソースです。")) == []


def test_a_german_participle_after_the_noun_is_no_licence_noun() -> None:
    # 'Wren ist freie und Open-Source-Software lizenziert unter:' (licensed under)
    assert len(positives(in_body("Wren ist freie und Open-Source-Software lizenziert unter:"))) == 1
    assert positives(in_body("Use any open-source license you like.")) == []


def test_a_french_catalogue_dedicated_to_others_work() -> None:
    # 'Ce projet est un répertoire dédié aux projets open-source développés par la communauté'
    md = "# Répertoire\n\nCe projet est un répertoire dédié aux projets open-source développés par la communauté.\n"
    assert positives(md, own=frozenset()) == []
    assert len(positives("# Wren\n\nCe projet est un outil open source.\n", own=frozenset())) == 1


def test_korean_latin_names_as_topic_possessor_and_maker() -> None:
    # 'Ollama는 … 오픈소스 도구입니다', 'OpenAI의 오픈 소스 모델', 'Alibaba에서 공개한 … 오픈 모델이다'
    assert positives("# Wren\n\nKestrel는 로컬 환경에서 쉽게 실행할 수 있도록 설계된 오픈소스 도구입니다.\n") == []
    assert positives(in_body("Kestrel의 오픈 소스 모델.")) == []
    assert positives(in_body("Acme에서 공개한 영상 생성 오픈 모델이다.")) == []
    assert len(positives("# Wren\n\nWren는 로컬 환경에서 쉽게 실행할 수 있도록 설계된 오픈소스 도구입니다.\n")) == 1
    assert len(positives(in_body("Wren의 오픈 소스 모델."))) == 1
    # ... while 의 before the phrase's relation to the own product names what it replaces
    assert len(positives(in_body("Kestrel의 오픈소스 대안 — 로컬에서 동작하는 메모 앱."))) == 1


def test_a_romance_first_person_possessive_before_noun_and_de() -> None:
    # 'Nuestros proyectos de código abierto', '## Nossos repositórios de Código Aberto'
    assert len(positives(in_body("Nuestros proyectos de código abierto están en GitHub."))) == 1
    assert len(positives("# Wren\n\nWren is a tool.\n\n## Nossos repositórios de Código Aberto\n\nText.\n")) == 1
    assert positives(in_body("Nuestra filosofía de código abierto es simple.")) == []
    assert positives(in_body("Usamos proyectos de código abierto.")) == []


def test_chinese_this_with_a_noun_points_at_the_own_artifact() -> None:
    # 这个/这款/这套 'this' with a noun of what a document describes, as English 'this …3 noun' and 本 do; named with
    # another maker (由 X 开源) it points back at that maker's product, as 该 and 此 may
    for own in ("这个项目是开源的。", "这个应用是开源的，你可以查看源代码。", "这款小工具完全开源。"):
        assert len(positives(in_body(own))) == 1, own
    assert positives(in_body("这个模型基于 Kestrel，由 Finch 实验室开源，专门用于分段。")) == []
    assert len(positives(in_body("本模型基于 Kestrel，由 Wren 团队开源。"))) == 1


def test_a_romance_bare_plural_after_a_preposition() -> None:
    # 'em projetos open source', 'en proyectos de código abierto': things in general after a preposition, as
    # 'de herramientas de código abierto' is; a noun phrase of one thing stays the subject's
    for generic in ("**Wren** é um evento com intuito de incentivar a participação de estudantes em projetos open source.",
                    "Wren es un evento para animar a los estudiantes a participar en proyectos de código abierto."):
        assert positives(in_body(generic)) == [], generic
    assert len(positives(in_body("Wren es una herramienta de código abierto."))) == 1


def test_a_chinese_plan_word_past_a_comma_is_another_clauses() -> None:
    # 'Wren 2.x 为开源版本，Wren 团队后续…': 后续 belongs to the next clause, with its own subject; 'stay tuned' after a
    # comma still plans the release before it
    assert len(positives(in_body("Wren 2.x 为开源版本， Wren 团队后续所有长期工作都将基于 v2.x 版本进行"))) == 1
    assert positives(in_body("Wren 的代码即将开源，敬请期待。")) == []
    assert positives(in_body("Wren 的模型权重开源，敬请期待。")) == []


def test_a_korean_possessor_of_another_noun_is_not_the_maker() -> None:
    # '한국어 LLM의 성능을 평가하는 오픈소스 벤치마크': LLM owns 성능 (performance), the object of the relative clause; the
    # phrase describes the own framework; 'OpenAI의 최신 오픈 소스 모델' is OpenAI's
    own = "**Wren(렌)** 는 한국어 LLM의 성능을 종합적으로 평가하는 오픈소스 벤치마크 프레임워크입니다."
    assert len(positives("# Wren\n\n" + own + "\n")) == 1
    assert positives(in_body("Kestrel의 최신 오픈 소스 모델이 공개되었습니다.")) == []


def test_ukrainian_and_vietnamese_phrases() -> None:
    # Ukrainian 'з відкритим кодом' (with open code), Vietnamese 'mã nguồn mở' (open source) and its 'hoàn toàn'
    # (completely): phrases of their own, found where the project speaks
    assert len(positives("# Wren\n\nWren — це агент програмування з відкритим кодом для вашого термінала.\n")) == 1
    found = positives("# Wren\n\nMột công cụ mã nguồn mở để kích hoạt phần mềm.\n\n## Tính năng\n\n-   Hoàn toàn mã nguồn mở.\n")
    assert [(c.phrase, c.strength) for c in found] == [("mã nguồn mở", "plain"), ("Hoàn toàn mã nguồn mở", "strong")]


def test_spanish_built_from_is_a_word_of_use() -> None:
    # 'integrado a partir de dos … proyectos de código abierto': what the product is built from
    assert positives(in_body("Wren está integrado a partir de dos excelentes proyectos de código abierto y ampliado.")) == []
    assert len(positives(in_body("Wren es una herramienta de código abierto."))) == 1


def test_a_chinese_clause_without_a_subject_goes_on_about_the_sentences_topic() -> None:
    # '这是一个…的项目，完全免费开源': 'this is a … project, completely free and open source'; a later clause that opens
    # with a name of its own is about that name ('…，Kestrel 完全开源'), after '本项目' too
    assert len(positives(in_body("这是一个纯粹出于个人兴趣开发的项目，**完全免费开源**，没有任何商业目的。"))) == 1
    for others in ("这是一个基于 Kestrel 的工具，Kestrel 完全开源。", "本项目是一个基于 Kestrel 的工具，Kestrel 完全开源。"):
        assert positives(in_body(others)) == [], others
    assert len(positives(in_body("本项目基于 Kestrel，Wren 完全开源。"))) == 1


def test_a_fronted_as_a_in_romance_languages_and_german_describes_the_subject_after_the_comma() -> None:
    # 'Como um projeto gratuito e de código aberto, _pandas_ depende …' as 'As a free and open-source project, OWN …'
    body = "# Wren\n\nWren is a library.\n\n## Apoio\n\n"
    assert len(positives(body + "Como um projeto gratuito e de código aberto, _wren_ depende da comunidade.\n")) == 1
    assert len(positives(body + "En tant que projet open source, Wren dépend de ses contributeurs.\n")) == 1
    assert positives(body + "Como um projeto de código aberto, o Kestrel depende da comunidade.\n") == []


def test_a_romance_subject_pronoun_alone_takes_the_previous_sentences_subject() -> None:
    # 'Ela é distribuída como software de código aberto': 'it' as the subject, as 'It is distributed as …'
    body = "# Wren\n\nWren is a library.\n\n## Sobre\n\n"
    assert len(positives(body + "Wren é uma biblioteca. Ela é distribuída como software de código aberto.\n")) == 1
    assert len(positives(body + "Wren est une bibliothèque. Elle est distribuée comme logiciel open source.\n")) == 1
    # a verb of use in the sentence before says what 'it' is
    assert positives(body + "Nós usamos o Kestrel. Ela é distribuída como software de código aberto.\n") == []


def test_a_romance_relative_pronoun_or_in_ends_the_noun_phrase() -> None:
    # "Un agent … open-source qui vit dans votre navigateur": 'dans' is no plural head noun
    assert len(positives("# Wren\n\n**Wren** — Un agent d'automatisation de navigateur open-source qui vit dans "
                         "votre navigateur existant.\n")) == 1


def test_an_english_verb_after_a_romance_de_is_a_noun_of_the_compound() -> None:
    # 'Plataforma de deploy open source': the deployment platform, nothing used
    assert len(positives("# Wren\n\nPlataforma de deploy open source e auto-hospedável com CI/CD integrado.\n")) == 1


def test_a_german_compound_after_the_phrase_ends_in_its_head() -> None:
    # 'Open-Source-Deployment-Plattform zum Selbsthosten': the platform, the own product's tagline
    page = ('<h1 align="center">Wren</h1>\n\n<p align="center">\n  Open-Source-Deployment-Plattform zum Selbsthosten '
            'mit integriertem CI/CD.<br>\n  Code pushen.\n</p>\n')
    assert len(positives(page, path="docs/i18n/README.de.md")) == 1


def test_a_german_compound_the_own_name_opens_is_the_own_project() -> None:
    # 'in die Weiterentwicklung des Wren-Open-Source-Projekts': the own name opens the compound the phrase goes on,
    # and after 'des' the -s is the genitive's, no plural's
    line = "Ein Teil deines Kaufs fließt direkt in die Weiterentwicklung des Wren-Open-Source-Projekts!"
    assert [c.phrase for c in positives(in_body(line))] == ["Open-Source"]
    assert len(positives(in_body("Ein Teil fließt in die Weiterentwicklung des Open-Source-Projekts Wren."))) == 1
    # ... a plural of such projects stays things in general, and a lower-case slug is an address's
    assert positives(in_body("Wir lieben die Vielfalt der Open-Source-Projekte.")) == []
    assert positives(in_body("[Is it open source?](#wren-is-it-open-source)")) == []


def test_a_fronted_being_a_in_russian_describes_the_subject_after_the_comma() -> None:
    # 'Будучи проектом с открытым исходным кодом, мы …' (being an open-source project, we …): the author
    for line in ("Будучи проектом с открытым исходным кодом, мы рады любым вкладам.",
                 "Являясь проектом с открытым исходным кодом, Wren принимает вклады любого размера."):
        assert len(positives(in_body(line))) == 1, line
    # ... while another name after the comma is described instead
    assert positives(in_body("Являясь проектом с открытым исходным кодом, Finch принимает вклады.")) == []


def test_a_romance_apposition_opened_by_an_indefinite_article_describes_the_name_before_it() -> None:
    # 'Wren es un cliente para Finch, un servidor … de código abierto': the apposition after 'Finch,' is Finch's
    for line in ("Wren es un cliente ligero para Finch, un servidor de red social gratuito y de código abierto.",
                 "Wren è un client leggero per Finch, un server di social network libero e open source.",
                 "Wren é um leve cliente para Finch, um servidor de rede social de código aberto e livre."):
        assert positives(in_body(line)) == [], line
    # ... and after the own name it is the own product's
    assert len(positives(in_body("Você pode usar o Wren, um cliente leve e de código aberto."))) == 1


def test_depending_on_open_source_projects_in_japanese_and_korean_is_a_dependency() -> None:
    # 'Wren はこれらの素晴らしいオープンソースプロジェクトに依存しています:' (depends on these open-source projects)
    assert positives(in_body("Wren はこれらの素晴らしいオープンソースプロジェクトに依存しています:")) == []
    assert positives(in_body("Wren은 이 멋진 오픈소스 프로젝트들에 의존합니다:")) == []
    # ... what Wren is stays its own
    assert len(positives(in_body("Wren はオープンソースのログ解析ツールです。"))) == 1


def test_an_organisation_named_before_a_chinese_release_verb_released_it() -> None:
    # '…我们通过类型断言…，目前 finchsoft公司开源了一个叫做 simplejson 的包': the company released it, not 'we'
    line = "其实很多时候我们通过类型断言，操作起来不是很方便，目前finchsoft公司开源了一个叫做simplejson的包，相当方便。"
    assert positives(in_body(line)) == []
    # ... the own team's release is the author's
    assert len(positives(in_body("- 2024.05 Wren团队开源了 Wren-7B 模型。"))) == 1


def test_a_romance_licence_noun_before_the_phrase_names_no_product() -> None:
    # 'una (o più) licenze open-source.' on a wrapped line: the licence noun heads the phrase, no tagline
    for line in ("una (o più) licenze open-source. Per avere ulteriori informazioni",
                 "valide, renvoyant à une (ou plusieurs) licence open source. Voir la liste"):
        assert positives(in_body(line)) == [], line
    # ... a product noun before the phrase still heads a tagline
    assert len(positives("# Wren\n\nUna (piccola) libreria open-source per i log.\n")) == 1


def test_will_stay_open_source_in_chinese_keeps_a_state_and_plans_nothing() -> None:
    # '我们会保持开源' (we will stay open source), '将永远保持开源' (will always stay open source): no plan
    for line in ("我们会保持开源，欢迎大家参与。", "我们将永远保持开源。"):
        assert len(positives(in_body(line))) == 1, line
    # ... 'will open-source' is still a plan
    assert positives(in_body("我们将会开源训练代码。")) == []


def test_a_bare_artifact_after_a_clause_that_uses_a_name_is_the_own_zh() -> None:
    # '一款 APP，采用 Flutter 开发，代码完全开源' (developed with Flutter, the code is fully open source): the name the
    # clause before uses is no subject
    assert len(positives(in_body("一款集成了主流大语言模型的 APP，采用 Flutter 开发，代码完全开源。"))) == 1
    # ... a name the clause before has for its subject still owns what follows
    assert positives(in_body("Finchsoft 发布了 Finch，模型都是开源的。")) == []


def test_a_licence_participle_in_a_label_is_no_licence_noun_before_the_phrase() -> None:
    # '- **MIT Licensed**: Open source and transparent' in a feature list: the label's participle heads nothing
    md = ("# Wren\n\nA browser extension.\n\n## Notes\n\n- **A+ Code Quality**: Validated by a linter\n"
          "- **MIT Licensed**: Open source and transparent\n- **No External Dependencies**: Pure JavaScript\n")
    assert len(positives(md)) == 1


def test_wei_as_the_copula_after_this_extension_zh() -> None:
    # '本扩展为开源软件，…' (this extension is open-source software): 为 is the copula, no preposition
    assert len(positives(in_body("本扩展为开源软件，您可以在以下地址查看源代码："))) == 1
    # ... 'for the open-source community' still is one
    assert positives(in_body("本项目为开源社区提供了很多工具。")) == []


def test_a_name_that_is_under_an_open_licence_zh() -> None:
    # 'Wren 为 [GPL-3.0](LICENSE) 开源协议' (Wren is under the GPL-3.0 open-source licence): its own licence
    assert len(positives(in_body("Wren 为 [GPL-3.0](LICENSE) 开源协议，仅供学习交流。"))) == 1


@pytest.mark.parametrize("sentence", [
    "Bei Open-Source-Software haben Sie die volle Kontrolle über Ihre Daten.",
    "Open-Source-Software hingegen basiert auf der Idee, dass der Quellcode frei zugänglich ist.",
    "Avec un logiciel open source, vous gardez le contrôle de vos données.",
    "Con el software de código abierto, usted puede auditar el código y somos libres.",
])
def test_a_line_with_a_finite_verb_in_its_language_is_no_headline(sentence: str) -> None:
    # a headline has no verb ('Die Open-Source-Alternative zu Kestrel'); a clause with one in any language the
    # lexicons cover speaks of open-source software in general when nothing names the project
    assert positives(in_body(sentence)) == []
    # (the headline under the title is still the project's)
    assert len(positives("# Wren\n\nDie Open-Source-Alternative zu Kestrel.\n\nText.\n")) == 1


def test_built_on_top_of_is_what_a_thing_is_built_on_not_a_ranking() -> None:
    # ('top of' the leaderboard ranks; 'on top of' the window of words before the phrase opens with)
    found = positives(in_body("Wren is built on top of the Kestrel architecture and is open-sourced under the GPL."))
    assert [c.cue.split("]")[0] for c in found] == ["claim [own-subject"]
    assert positives(in_body("Kestrel sits at the top of the leaderboard of open-source models.")) == []


def test_a_link_to_the_licence_after_a_japanese_phrase_names_no_one_elses_work() -> None:
    # ('…オープンソース ソフトウェアで、[AGPL 3.0 ライセンス](LICENSE)': the terms of the release; a linked name of
    # another's project right after the phrase is still that project's)
    own = "# Wren\n\nText.\n\n## 概要\n\nWren はオープンソース ソフトウェアで、 [AGPL 3.0 ライセンス](LICENSE.md)。\n"
    assert len(positives(own)) == 1
    other = "# Wren\n\nText.\n\n## 概要\n\nオープンソース [Kestrel](https://github.com/someone/kestrel) を使います。\n"
    assert positives(other) == []


def test_a_japanese_clause_of_reason_on_the_phrase_leaves_out_the_product_ja() -> None:
    # '完全なオープンソースのため、安心してご利用いただけます' (being fully open source, it can be used safely): 'it', left
    # out, is the product the document describes; 'オープンソースかつ無料で…' (open source and free) the same
    page = "# Wren\n\nOutlook のアドインです。\n\n## 特徴\n\n{}\n"
    assert [c.phrase for c in positives(page.format("機密のメールでも、完全なオープンソースのため、安心してお使いいただけます。"))] \
        == ["オープンソース"]
    assert [c.phrase for c in positives(page.format("オープンソースかつ無料で、誰でも使えます。"))] == ["オープンソース"]
    # ... not a purpose ('オープンソースのために', for open source), nor another's name as the topic
    assert positives(page.format("オープンソースのために寄付します。")) == []
    assert positives(page.format("Kestrel はオープンソースのため、安心です。")) == []


@pytest.mark.parametrize("title", ["# 社区对开源定义的承诺", "# オープンソース定義へのコミュニティの誓約",
                                   "# 오픈 소스 정의에 대한 커뮤니티 헌신"])
def test_the_open_source_definitions_name_is_no_claim_in_chinese_japanese_and_korean(title: str) -> None:
    # the Open Source Definition is a document's name in every language, as 'open source definition' is in English
    assert positives(title + "\n\nSome text.\n") == []


def test_a_name_that_ends_in_an_exclamation_mark_keeps_the_dash_after_it_in_its_sentence() -> None:
    # ru: '**Wren, Money!** — это приложение … с открытым исходным кодом': the '!' is the name's, and what the dash
    # says is said of it
    own = frozenset({"wrenmoney"})
    md = "# Wren, Money!\n\nA finance app.\n\n## О проекте\n\n**Wren, Money!** — это приложение для финансов с открытым исходным кодом.\n"
    assert len(positives(md, own=own)) == 1
    assert positives(md.replace("**Wren, Money!**", "**Kestrel!**"), own=own) == []
