"""Korean."""

from __future__ import annotations

from openwash.claims.lexicon.base import Lexicon, heads

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
    first_person=r"우리|저희",
    community_heads=heads(inside="커뮤니티"),
    license_heads=heads(inside="라이선스"),
)
