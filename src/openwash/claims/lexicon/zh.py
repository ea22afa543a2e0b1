"""Chinese (simplified and traditional)."""

from __future__ import annotations

from openwash.claims.lexicon.base import Lexicon, heads

# the four spellings of "software" (simplified, Hong Kong, Taiwan, and Taiwan's word in simplified letters): one
# list, so that every pattern that names software knows all four
SOFTWARE_WORDS = ("软件", "軟件", "軟體", "软体")

# the heads of a product's name (the English heads' counterparts: app, client, server, service, engine, editor, plugin,
# extension, assistant, browser, compiler, database, game, kit, solution, generator, crawler, bot, player, reader,
# firmware, OS, agent)
PRODUCT_NOUNS = ("版", "模型", "平台", "框架", "工具", "项目", "項目", *SOFTWARE_WORDS, "系统", "系統", "数据集", "數據集", "实现",
                 "實現", "版本", "代码", "代碼", "库", "庫", "应用", "應用", "客户端", "客戶端", "服务器", "伺服器", "服务端",
                 "服務端", "服务", "服務", "引擎", "编辑器", "編輯器", "插件", "外掛", "扩展", "擴展", "助手", "浏览器", "瀏覽器",
                 "编译器", "編譯器", "数据库", "數據庫", "游戏", "遊戲", "套件", "解决方案", "解決方案", "方案", "生成器",
                 "爬虫", "爬蟲", "机器人", "機器人", "播放器", "阅读器", "閱讀器", "固件", "操作系统", "操作系統", "智能体",
                 "智能體",
                 # (the looks a product wears: a theme, a template, a skin)
                 "主题", "主題", "模板", "皮肤", "皮膚")
# ... and what else a repository's documents describe: its repository, project (專案 in Taiwan), book, guide,
# periodical, site, program (程式 in Taiwan), parts
DESCRIBED_NOUNS = (*PRODUCT_NOUNS, "仓库", "倉庫", "专案", "專案", "工具包", "书", "書", "教程", "指南", "文档", "文檔", "期刊",
                   "网站", "網站", "站点", "站點", "程序", "程式", "组件", "元件", "模块", "模組", "脚本", "腳本", "产品", "產品")
# the characters that make a word ending in 本 ('基本' basic, '样本' sample, '版本' version, '文本' text, '日本' Japan): 本
# right after one of them is no demonstrative ('基本框架', '样本数据集')
_BEN_IN_A_WORD = "基版文样樣日剧劇根成资資脚腳课課书書账賬读讀标標副原范範话話蓝藍稿抄钞鈔异異简簡繁善校译譯合单單台臺足绘繪底摹拓"

# the verbs of making one work from another ('…翻译为中文', translated into Chinese)
_TRANSLATED = "翻译|翻譯|转换|轉換"

LEXICON = Lexicon(
    code="zh",
    wide=True,
    phrases=[
        (r"(?:完全|全面|全部|全)开源", "open-source", "strong"),
        (r"开源", "open-source", "plain"),
        (r"開源", "open-source", "plain"),
        # the long forms, formal and Taiwanese ('免費、開放原始碼的…機器人', '开放源代码软件')
        (r"开放源代码|開放源代碼|开放源码|開放源碼|開放原始碼|开放原始码", "open-source", "plain"),
        (r"开放权重|权重开放|开放了?模型权重", "open-weights", "plain"),
        (r"开放模型", "open", "plain"),
        # fully open, without 'source' (as English 'fully open'): '权重对学术研究完全开放'
        (r"(?:完全|全面)(?:开放|開放)", "open-source", "strong"),
    ],
    # names (开源中国, 开源之夏) and the idiom 开源不易 (open source is hard work: a plea for support, no release)
    # (二次开源: others re-releasing the code, as licence warnings forbid; 开源标志, an open-source logo or mark)
    # (and the names of the Open Source Definition and Initiative, as in English: '社区对开源定义的承诺')
    fixed_non_claims=r"开源中国|開源中國|开源之夏|開源之夏|开源不易|開源不易|二次开源|二次開源|开源标志|開源標誌|开源徽章|開源徽章|"
                     r"开源定义|開源定義|开源促进会|開源促進會",
    first_person=r"我们|我們|我司|本团队|本團隊",
    # (本 'this very' with any noun of what a document describes: '本專案是獨立開源工具', '本期刊是开源项目'; 该/此
    # 'the said' only with a few, as they may point back at another's product the sentence before names:
    # '该工具包使用 Apache 2.0 开源许可证')
    demonstrative=(f"(?<![{_BEN_IN_A_WORD}])本(?:" + "|".join(sorted(DESCRIBED_NOUNS, key=len, reverse=True)) + r"|次)|"
                   r"该模型|該模型|此模型|该项目|該項目|此项目|此項目|"
                   r"该仓库|該倉庫|该工具包|該工具包|此工具包|该框架|該框架|此框架|"
                   # (这个/这款/这套 'this' with any such noun, a few letters between ('这个应用是开源的', '这款小工具'), as
                   # English 'this …3 noun')
                   r"(?:这个|這個|这款|這款|这套|這套)[^，。；,;：:！!？?\s]{0,4}?(?:"
                   + "|".join(sorted(DESCRIBED_NOUNS, key=len, reverse=True)) + ")"),
    # (what the product is for or suitable for governs what follows as what it works on does: '用于…', '适合…')
    dependency=(r"离不开|離不開|得益于|得益於|基于|基於|使用|采用|採用|选用|選用|推荐|推薦|依赖|依賴|利用|依托|依託|借助|支持|兼容|围绕|圍繞|针对|針對|用于|用於|适合|適合|调用|調用|接入|集成|"
                r"参考|參考|来自|來自|取自|源自|摘自|适配|適配|微调|微調|部署|结合|結合"),
    # (构建 as a verb of the relative clause, '…数据集构建的模型'; not a noun, '抽取与构建工具')
    dependency_right=(r"^[^，。；,;]{0,30}?(?:的基础上|的基礎上|为基础|為基礎|基础之上|为底座|為底座|作为基座|作為基座|构建的|"
                      r"構建的|构建而成|構建而成|"
                      # (the source of a translation or conversion: '将开源的 X 数据集翻译为中文')
                      rf"(?:{_TRANSLATED})(?:为|為|成))"),
    made_from=_TRANSLATED,
    comparison=r"超越|超过|超過|优于|優於|媲美|相比|对比|對比|比肩|之中|当中|排名|领先|領先|最佳水平|闭源|閉源|專有|专有",
    comparison_right=(r"^\s*(?:sota|state[\s-]of[\s-]the[\s-]art)(?![a-z])|"  # ('达到开源SOTA': the best among open models)
                      r"^[^，。；,;]{0,14}?(?:相当|相當|之中|当中|當中|中排名|中名列|中位居|中的?(?:最|第|佼佼|首家|首个|首個|首款|唯一)|中(?:达到|達到|取得)|"
                      r"的中(?:最|第)|中(?=[，,]|具有|具備|表现|表現|展现|展現|展示|脱颖|脫穎|处于|處於|领先|領先|位列|名列前))"),
    coordinated_closed=r"^\s*(?:和|与|與|及|或是|或者|或|还是|還是|、|/)\s*(?:闭源|閉源|专有|專有|商业|商業)",
    # (a list, a roundup, a collection, a leaderboard, a directory of links; a guide only in a title)
    # (and a weekly digest of others' work: '…是一份开源项目周刊')
    catalogue=r"列表|清单|清單|合集|汇总|彙總|排行榜|榜单|榜單|大全|导航|導航|周刊|週刊|周报|週報",
    catalogue_heads=heads("排行榜 榜单 榜單 指南 大全 合集 导航 導航 汇总 彙總 清单 清單 列表 精选 精選 周刊 週刊 周报 週報"),
    # (believe in, love, embrace, advocate, uphold: what the author holds the idea to be)
    attitude_verbs=heads(inside="相信 深信 热爱 熱愛 拥抱 擁抱 倡导 倡導 信奉 推崇"),
    community_heads=heads(inside="社区 社區 社群 开发者 開發者 贡献者 貢獻者 爱好者 愛好者 生态 生態 精神 文化 运动 運動 界 "
                                 "交流群 交流 微信群 用户群 用戶群 建设 建設 共建 协作 協作 活动 活動 乐趣 樂趣 魅力 "
                                 "受益者 共创 共創 情况 情況 现状 現狀 "
                                 # the movement's events (meetings, conferences, summits, salons), as English 'summit'
                                 "例会 例會 会议 會議 大会 大會 峰会 峰會 沙龙 沙龍 聚会 聚會 年会 年會 "
                                 # the people of the movement ('很棒的开源分享者', a great open-source sharer)
                                 "分享者 参与者 參與者 倡导者 倡導者 布道者 维护者 維護者 推动者 推動者 "
                                 "伙伴 夥伴 小伙伴 朋友",
                            # ('一同创建良好的开源环境', the open-source environment we build together; right after the
                            # phrase only: 'オープンソースの実行環境' is a runtime; and the field, '在开源领域也已有很多实现')
                            starts="环境 環境 领域 領域"),
    # (义务, 要求: the duties a licence sets, '开源要求：任何修改…必须…')
    license_heads=heads(inside="协议 協議 许可 許可 授权 授權 义务 義務 要求"),
    edition_nouns=heads(starts="版本 版"),
    product_heads=heads(starts=" ".join(PRODUCT_NOUNS)),
    release_verbs=r"发布|發布|推出|开放|開放|公开|公開|上线|上線|训练|訓練|打造|研发|研發|构建|構建|提供|贡献|貢獻|宣布|整理|收集",
    thanks=r"感谢|感謝|致谢|致謝|鸣谢|鳴謝|谢谢|謝謝",
    thanks_to_reader=r"(?:感谢|感謝|谢谢|謝謝)(?:你|您)(?:的(?:贡献|貢獻|参与|參與|支持|关注|關注|使用)|(?:使用|参与|參與|贡献|貢獻|关注|關注|支持))",
    negation_before=(r"(?:还未|還未|尚未|并未|並未|没有|沒有|未能|不再|并非|並非|不是|未|没|沒|不|非|無|无)\s*"
                     # 进行: a light verb ('还没有进行开源'); 需要/必/用: no need to ('不需要开源其模型'); 法: unable
                     # to ('我们无法开源训练语料')
                     # (the manner of the verb between them: '没有按照 GPLv3 协议的要求进行开源', not released as the
                     # licence requires)
                     r"(?:(?:按照|依照|遵照|根据|根據)[^，,。；;]{1,24}?(?:要求|规定|規定)?\s*)?"
                     r"(?:完全|全部|全面|全|被|再|能|会|會|进行|進行|需要|必|用|法)?\s*"
                     # where it is not released ('未在 GitHub 开源', not released on GitHub)
                     r"(?:(?:在|于|於)\s*[\w\-.]{2,16}\s*(?:上)?\s*)?$"
                     # a negated copula before a noun phrase that holds the phrase ('Wren 不是一个开源项目', '当前仓库还不是
                     # 完整代码开源版')
                     r"|(?:不是|并非|並非)[^，,。；;！!？?：:、（(]{1,10}$"),
    not_only=r"不仅|不僅|不只|不但",
    hedge=r"不一定|未必",
    # ('为快速研发准备的…框架': a framework prepared for rapid development, a participle, no plan)
    # ('将于' is 'will, at a time', after '并' too: '并将于一周内发布开源模型'; a bare 将 after 并 marks an object)
    plan_left=(r"将会|將會|将于|將於|即将|即將|计划|計劃|预计|預計|打算|准备(?!的)|準備(?!的)|后续|後續|未来|未來|稍后|稍後|争取|爭取|陆续|陸續|逐步|近期|期待"
               # (on the way to it: 'Clawink 正在走向开源')
               r"|走向|迈向|邁向"
               # (会 as the modal 'will', not a noun's first character: 会话/会話, 会议, 会员, 会计, 会社, 会場, 会长)
               # (and not 'will stay' or 'will always be': '代码会保持开源' keeps a state, it plans no release)
               r"|(?<![社大协學学机機委工聚约約])会(?![话話议議员員计計社场場谈談长長所]|\s*(?:保持|一直|始终|始終|永远|永遠))"
               r"|(?<![已经經並并均都])将(?!\s*(?:保持|一直|始终|始終|永远|永遠))"
               r"|(?<![已经經並并均都])將(?!\s*(?:保持|一直|始终|始終|永远|永遠))"
               r"|(?:后|後|之后|之後)\s*(?=开源|開源)"),
    # a sentence that opens with 'in future' (and 'we will') plans every clause it coordinates
    plan_start=r"^\W*(?:未来|未來|今后|今後|将来|將來|接下来|接下來|后续|後續)\s*(?:[，,、]|(?:我们|我們)?\s*(?:将|將|会|會))",
    # ('开源准备', preparing the release, right after the phrase)
    # (a plan word past a comma is another clause's, with its own subject: 'Semi 2.x 为开源版本，Semi 团队后续…'; 'stay
    # tuned' after a comma still plans the release before it: '代码即将开源，敬请期待')
    plan_right=r"^\s*(?:准备|準備|筹备|籌備)(?!好)|^[^。；]{0,20}?(?:敬请期待|敬請期待)|^[^。；，,]{0,20}?(?:计划|計劃|即将|即將|将在|將在|后续|後續)",
    # ('仅对库本身的修改需要开源': what a licence obliges, no release)
    requirement_left=r"必须|必須|应当|應當|所谓|所謂|需要|須要|须要",
    definition_right=r"^\s*(?:是指|指的是|意味着)",
    contrast=r"只|仅|僅|但|除了",
    clause_break=r"但是|但|然而|虽然|雖然",
    by_agent=(r"由\s*(?P<agent>[^，,。由]{1,30}?)\s*(?:联合|聯合|共同)?(?:开源|開源|开发|開發|发布|發布|推出|训练|訓練|提供|"
              r"构建|構建|打造|研发|研發|创建|創建|创立|創立|设计|設計|维护|維護|编写|編寫)"),
    answer_yes=r"是|有|支持",
    invites_contributions=r"我们(?:非常|十分|热烈|热情)?(?:欢迎|歡迎)(?:你|您|大家|各位)?的?(?:参与|參與|贡献|貢獻|加入)",
    table_corner=frozenset({"功能", "特性", "功能特性", "特点", "对比", "对比项", "比较", "维度", "类别", "属性", "能力"}),
)
