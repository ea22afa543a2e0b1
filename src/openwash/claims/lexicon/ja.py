"""Japanese."""

from __future__ import annotations

from openwash.claims.lexicon.base import Lexicon, heads

# the nouns of what a README releases (repository, model, project, program, tool, app, library, software, framework,
# platform, plugin, extension, engine, system, book, document, dataset, corpus, site): what a demonstrative points
# at, and a bare topic speaks of
RELEASE_NOUNS = (r"リポジトリ|モデル|プロジェクト|プログラム|ツール|アプリ(?:ケーション)?|ライブラリ|ソフトウェア|フレームワーク|"
                 r"プラットフォーム|プラグイン|拡張機能|エンジン|システム|書籍|ドキュメント|データセット|コーパス|(?:ウェブ)?サイト|"
                 r"エディタ|エディター|ソースコード|コード")

# the verbs of making one work from another: from its object ('…を日本語に翻訳した'), and from its source ('…から生成')
_TRANSLATED = "翻訳|変換|移植"
_DERIVED = "生成|作成|変換|派生|抽出"
# what is taken from a source ('…からデータをダウンロードし', download; '取得', obtain; '収集', collect)
_FETCHED = "ダウンロード|取得|収集"

LEXICON = Lexicon(
    code="ja",
    wide=True,
    phrases=[
        (r"完全オープンソース|完全なオープンソース", "open-source", "strong"),
        (r"オープン\s?ソース", "open-source", "plain"),
        (r"完全(?:に)?オープン(?!\s?ソース|\s?ウェイト)", "open-source", "strong"),  # ('完全にオープンなモデル', fully open)
        (r"オープン\s?ウェイト", "open-weights", "plain"),
        (r"オープンな?\s?モデル", "open", "plain"),  # ('オープンなモデル', an open model)
        # an open dataset or corpus, with a few words between as in English ('世界最大のオープン日本語音声コーパス')
        (r"オープン(?!\s?ソース|\s?ウェイト)な?\s?[一-鿿ァ-ヶー]{0,8}?(?:データセット|コーパス)", "open", "plain"),
    ],
    # the names of the Open Source Definition and Initiative ('オープンソース定義へのコミュニティの誓約'), as in English
    fixed_non_claims=r"オープンソース定義|オープンソースの定義|オープンソース・イニシアティブ|オープンソースイニシアティブ",
    first_person=r"私たち|当社|弊社|我々",
    demonstrative=rf"(?:この|本)(?:{RELEASE_NOUNS})|これら",
    dependency=r"に基づ|を使用|を利用|を使って|をベース|に対応|をサポート|を活用|に依存",
    # (not past a clause's comma: '…をオープンソースで行い、…このプロジェクトを利用する…' uses something in the next clause)
    # (and the source of a translation or conversion: '…オープンソースデータ X を日本語に翻訳した', '…から生成されています')
    dependency_right=(r"^[^，。；,;、]{0,30}?(?:をベースに|に基づ|を利用|を使用|を活用|を採用|で構築|を使って|上に構築|に依存|"
                      rf"を[^、。]{{0,16}}?(?:{_TRANSLATED})|から(?:{_DERIVED})|から[^、。]{{0,10}}?を(?:{_FETCHED}))"),
    made_from=f"{_TRANSLATED}|{_DERIVED}",
    comparison=r"を超え|を上回|と比較|に匹敵|の中で|プロプライエタリ|クローズド|より優れ",
    comparison_right=r"^[^，。；,;]{0,14}?(?:の中で|を超え|より|と比較|に匹敵)",
    coordinated_closed=r"^\s*(?:および|と)\s*(?:プロプライエタリ|クローズド)",
    # (a catalogue, a list, a summary, a leaderboard, a ranking, a link collection; a guide only in a title)
    catalogue=r"カタログ|リスト|一覧|まとめ|リーダーボード|ランキング|リンク集",
    catalogue_heads=heads("リーダーボード ランキング カタログ ガイド リンク集 まとめ"),
    # (community, contributors, developers, ecosystem, culture, spirit, movement; read in the four characters after
    # the phrase, so a long word by its opening: 'コントリ' for コントリビューター, 'エコシ' for エコシステム)
    community_heads=heads(inside="コミュニティ コントリ 貢献者 開発者 エコシ 文化 精神 運動"),
    license_heads=heads(inside="ライセンス"),
    product_heads=heads(starts="モデル プラットフォーム フレームワーク ツール ソフトウェア 実装"),
    # (and the verbs of making, as English counts build, create and develop: 開発, 実装, 作成, 制作, 構築)
    release_verbs=r"リリース|公開|発表|提供|開発|実装|作成|制作|構築",
    thanks=r"ありがとう|感謝",
    negation_right=r"^[^\n.;。]{0,14}?(?:ではない|ではありません|ではなく|とは言えない|とはいえない|じゃない|でない|ではな)",
    hedge=r"必ずしも|とは限らない",
    plan_left=r"予定|将来|今後|つもり|計画|可能性|いずれ",
    plan_start=r"^\W*(?:今後|将来的に|将来)\s*[、，,]",
    plan_right=r"^[^。；]{0,20}?(?:予定)",
    definition_right=r"^\s*(?:とは)",
    contrast=r"ただし|のみ",
    answer_yes=r"はい|あり|有り|対応",
    table_corner=frozenset({"機能", "特徴", "項目", "比較", "観点", "比較項目"}),
)
