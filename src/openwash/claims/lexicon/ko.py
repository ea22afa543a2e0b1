"""Korean."""

from __future__ import annotations

from openwash.claims.lexicon.base import Lexicon, heads

# the nouns of what a README releases (project, repository, model, library, tool, platform, program, app, software,
# service, extension, plugin, engine, framework, system, bot): what a demonstrative points at, and a bare topic speaks of
RELEASE_NOUNS = (r"프로젝트|저장소|리포지토리|레포지토리|모델|라이브러리|도구|플랫폼|프로그램|앱|애플리케이션|어플리케이션|"
                 r"소프트웨어|서비스|확장|플러그인|엔진|프레임워크|시스템|봇")

# the verbs of making one work from another: from its object ('…를 번역'), and from its source ('…에서 생성')
_TRANSLATED = "번역|변환"
_DERIVED = "생성|변환|추출"

LEXICON = Lexicon(
    code="ko",
    wide=True,
    phrases=[
        (r"완전한?\s?오픈\s?소스", "open-source", "strong"),
        (r"오픈\s?소스", "open-source", "plain"),
        (r"완전\s?공개", "open-source", "strong"),
        (r"오픈\s?웨이트|공개\s?가중치", "open-weights", "plain"),
        (r"오픈\s?모델", "open", "plain"),
    ],
    # the names of the Open Source Definition and Initiative ('오픈 소스 정의에 대한 커뮤니티 헌신'), as in English
    fixed_non_claims=r"오픈\s?소스\s?정의|오픈\s?소스\s?이니셔티브",
    first_person=r"우리|저희",
    # 'this project' (이 as a word: attached to a noun it is the subject particle, '모델이 프로젝트를')
    demonstrative=rf"(?<![가-힣\w])(?:이|본)\s?(?:{RELEASE_NOUNS})",
    # what the sentence uses, written after the phrase as Korean puts its verb last ('오픈소스 라이브러리를 사용합니다',
    # '오픈소스 프로젝트들 위에 구축되었습니다', '… 프로젝트들에 의존합니다': uses, is built on, depends on)
    dependency_right=(r"^[^，。；,;.]{0,30}?(?:[을를]\s?(?:사용|활용|이용)|[을를]\s?기반으로|에\s?기반|위에\s?구축|에\s?의존|"
                      rf"[을를]\s?바탕으로|[을를]\s?[^.。]{{0,16}}?(?:{_TRANSLATED})|에서\s?(?:{_DERIVED}))"),
    made_from=f"{_TRANSLATED}|{_DERIVED}",
    # the negative copula after the phrase ('오픈소스가 아닙니다', is not open source; '아닌', '아니며') and 않다 after a
    # verb ('공개하지 않습니다', does not release), as Japanese 'ではありません'; not past a comma ('로컬 오픈소스
    # 도구이지, 호스팅 서비스가 아닙니다': is a local open-source tool, not a hosted service)
    # (nor past the connective -며, 'and': '…오픈소스 대안이며 모델에 구애받지 않습니다' negates the next clause's verb)
    negation_right=r"^[^\n.;。,，며]{0,14}?(?:[이가]\s?)?(?:아니[다며고에]|아닙|아닌|지\s?않)",
    # (release, launch, distribute, provide, present, develop)
    release_verbs=r"공개|출시|배포|제공|릴리스|발표|선보|개발",
    # the prefix 비- (non-) on the phrase ('비오픈소스 소프트웨어'), as Chinese 非
    negation_before=r"(?<![가-힣])비\s?$",
    # (a list, a collection, a leaderboard, a catalogue, a ranking; a guide only in a title)
    catalogue=r"리스트|목록|모음|리더보드|카탈로그|랭킹",
    catalogue_heads=heads("리더보드 랭킹 가이드 카탈로그 모음"),
    # (community, contributors, developers, ecosystem, culture, movement)
    community_heads=heads(inside="커뮤니티 기여자 개발자 생태계 문화 운동"),
    # a definition of the term: 'FOSS란 Free and Open Source Software, 즉 오픈소스 프로젝트를 말한다' (… is what FOSS means)
    definition_right=r"^[^.。]{0,80}?(?:[을를]\s?)?(?:말한다|말합니다|뜻한다|뜻합니다|의미한다|의미합니다|가리킨다|가리킵니다)",
    # (thanks, and the respect or tribute paid to those whose work the project builds on)
    thanks=r"감사|고맙|존경을\s?표|경의를\s?표|헌정",
    license_heads=heads(inside="라이선스"),
    answer_yes=r"예|네|있음|지원",
    table_corner=frozenset({"기능", "특징", "항목", "비교"}),
)
