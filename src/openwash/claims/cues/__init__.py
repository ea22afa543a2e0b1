"""The cues of the claim judgement that decide on their own, one module each (their docstrings are
their documentation): negation, plans, comparisons, cited titles.  Who is open is
:mod:`openwash.claims.ownership`; CJK sentences :mod:`openwash.claims.cjk`; what is open
:mod:`openwash.claims.target`."""
