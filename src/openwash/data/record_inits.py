"""The compiled ``__init__`` of openwash's record classes, keyed by source (see openwash.records).

Written by ``python -m openwash.regex_gates``; do not edit.  The defaults below are placeholders:
a record's own defaults and globals are given to the code when it is used."""

# ruff: noqa
from __future__ import annotations

_FACTORY = _default0 = _default1 = _default10 = _default11 = _default12 = _default13 = _default14 = _default15 = _default16 = _default17 = _default18 = _default19 = _default2 = _default20 = _default21 = _default22 = _default23 = _default24 = _default25 = _default26 = _default27 = _default28 = _default29 = _default3 = _default30 = _default31 = _default32 = _default33 = _default34 = _default35 = _default36 = _default37 = _default38 = _default39 = _default4 = _default40 = _default41 = _default42 = _default43 = _default44 = _default45 = _default46 = _default47 = _default48 = _default49 = _default5 = _default50 = _default51 = _default52 = _default53 = _default54 = _default55 = _default56 = _default57 = _default58 = _default59 = _default6 = _default60 = _default61 = _default62 = _default7 = _default8 = _default9 = None
INITS = {}

def __init__(self, *, waivers=_default0, today=_default1, defaults=_FACTORY):
    self.waivers = waivers
    self.today = today
    self.defaults = _factory2() if defaults is _FACTORY else defaults
INITS['def __init__(self, *, waivers=_default0, today=_default1, defaults=_FACTORY):\n    self.waivers = waivers\n    self.today = today\n    self.defaults = _factory2() if defaults is _FACTORY else defaults\n'] = __init__

def __init__(self, *, waivers=_default0, today=_default1, defaults=_FACTORY, repo, docs, claims, evidence, policy, is_model_release):
    self.waivers = waivers
    self.today = today
    self.defaults = _factory2() if defaults is _FACTORY else defaults
    self.repo = repo
    self.docs = docs
    self.claims = claims
    self.evidence = evidence
    self.policy = policy
    self.is_model_release = is_model_release
INITS['def __init__(self, *, waivers=_default0, today=_default1, defaults=_FACTORY, repo, docs, claims, evidence, policy, is_model_release):\n    self.waivers = waivers\n    self.today = today\n    self.defaults = _factory2() if defaults is _FACTORY else defaults\n    self.repo = repo\n    self.docs = docs\n    self.claims = claims\n    self.evidence = evidence\n    self.policy = policy\n    self.is_model_release = is_model_release\n'] = __init__

def __init__(self, action, message=_default1, comment_id=_default2, previous_findings=_default3):
    self.action = action
    self.message = message
    self.comment_id = comment_id
    self.previous_findings = previous_findings
INITS['def __init__(self, action, message=_default1, comment_id=_default2, previous_findings=_default3):\n    self.action = action\n    self.message = message\n    self.comment_id = comment_id\n    self.previous_findings = previous_findings\n'] = __init__

def __init__(self, base_ref, base_sha, new=_FACTORY, preexisting=_FACTORY, fixed=_FACTORY, suppressed=_FACTORY, policy_changed=_FACTORY):
    self.base_ref = base_ref
    self.base_sha = base_sha
    self.new = _factory2() if new is _FACTORY else new
    self.preexisting = _factory3() if preexisting is _FACTORY else preexisting
    self.fixed = _factory4() if fixed is _FACTORY else fixed
    self.suppressed = _factory5() if suppressed is _FACTORY else suppressed
    self.policy_changed = _factory6() if policy_changed is _FACTORY else policy_changed
INITS['def __init__(self, base_ref, base_sha, new=_FACTORY, preexisting=_FACTORY, fixed=_FACTORY, suppressed=_FACTORY, policy_changed=_FACTORY):\n    self.base_ref = base_ref\n    self.base_sha = base_sha\n    self.new = _factory2() if new is _FACTORY else new\n    self.preexisting = _factory3() if preexisting is _FACTORY else preexisting\n    self.fixed = _factory4() if fixed is _FACTORY else fixed\n    self.suppressed = _factory5() if suppressed is _FACTORY else suppressed\n    self.policy_changed = _factory6() if policy_changed is _FACTORY else policy_changed\n'] = __init__

def __init__(self, blobs, commits, missing):
    self.blobs = blobs
    self.commits = commits
    self.missing = missing
INITS['def __init__(self, blobs, commits, missing):\n    self.blobs = blobs\n    self.commits = commits\n    self.missing = missing\n'] = __init__

def __init__(self, body, meta):
    self.body = body
    self.meta = meta
INITS['def __init__(self, body, meta):\n    self.body = body\n    self.meta = meta\n'] = __init__

def __init__(self, cards=_default0, verdicts=_FACTORY, model_releases=_default2, claiming=_default3, backed=_default4, categories=_FACTORY, by_rule=_FACTORY, with_downloads=_default7, top=_FACTORY):
    self.cards = cards
    self.verdicts = _factory1() if verdicts is _FACTORY else verdicts
    self.model_releases = model_releases
    self.claiming = claiming
    self.backed = backed
    self.categories = _factory5() if categories is _FACTORY else categories
    self.by_rule = _factory6() if by_rule is _FACTORY else by_rule
    self.with_downloads = with_downloads
    self.top = _factory8() if top is _FACTORY else top
INITS['def __init__(self, cards=_default0, verdicts=_FACTORY, model_releases=_default2, claiming=_default3, backed=_default4, categories=_FACTORY, by_rule=_FACTORY, with_downloads=_default7, top=_FACTORY):\n    self.cards = cards\n    self.verdicts = _factory1() if verdicts is _FACTORY else verdicts\n    self.model_releases = model_releases\n    self.claiming = claiming\n    self.backed = backed\n    self.categories = _factory5() if categories is _FACTORY else categories\n    self.by_rule = _factory6() if by_rule is _FACTORY else by_rule\n    self.with_downloads = with_downloads\n    self.top = _factory8() if top is _FACTORY else top\n'] = __init__

def __init__(self, claim, negated, target, strength, rule, reason):
    _setattr(self, 'claim', claim)
    _setattr(self, 'negated', negated)
    _setattr(self, 'target', target)
    _setattr(self, 'strength', strength)
    _setattr(self, 'rule', rule)
    _setattr(self, 'reason', reason)
INITS["def __init__(self, claim, negated, target, strength, rule, reason):\n    _setattr(self, 'claim', claim)\n    _setattr(self, 'negated', negated)\n    _setattr(self, 'target', target)\n    _setattr(self, 'strength', strength)\n    _setattr(self, 'rule', rule)\n    _setattr(self, 'reason', reason)\n"] = __init__

def __init__(self, code, wide=_default1, phrases=_FACTORY, fixed_non_claims=_default3, first_person=_default4, second_person=_default5, demonstrative=_default6, definite_artifact=_default7, capitalizes_nouns=_default8, function_words=_default9, set_off_prepositions=_default10, focus_adverbs=_default11, dependency=_default12, dependency_right=_default13, made_from=_default14, comparison=_default15, comparison_right=_default16, coordinated_closed=_default17, community_heads=_default18, license_heads=_default19, product_heads=_default20, release_verbs=_default21, thanks=_default22, thanks_to_reader=_default23, imperative_recommend=_default24, invitation=_default25, negation_words=_default26, negation_before=_default27, not_only=_default28, negation_right=_default29, hedge=_default30, plan_left=_default31, plan_start=_default32, plan_gap=_default33, plan_right=_default34, question_start=_default35, requirement_left=_default36, definition_right=_default37, copula_words=_default38, first_person_copulas=_default39, pro_drop=_default40, contrast=_default41, clause_break=_default42, quantity_nouns=_default43, list_of=_default44, collection_nouns=_default45, catalogue=_default46, catalogue_guide=_default47, catalogue_title=_default48, catalogue_heads=_default49, attitude_verbs=_default50, edition_nouns=_default51, by_agent=_default52, answer_yes=_default53, finite_words=_default54, invites_contributions=_default55, past_modifiers=_default56, feature_words=_default57, having_words=_default58, organisation_nouns=_default59, list_adders=_default60, object_openers=_default61, table_corner=_default62):
    self.code = code
    self.wide = wide
    self.phrases = _factory2() if phrases is _FACTORY else phrases
    self.fixed_non_claims = fixed_non_claims
    self.first_person = first_person
    self.second_person = second_person
    self.demonstrative = demonstrative
    self.definite_artifact = definite_artifact
    self.capitalizes_nouns = capitalizes_nouns
    self.function_words = function_words
    self.set_off_prepositions = set_off_prepositions
    self.focus_adverbs = focus_adverbs
    self.dependency = dependency
    self.dependency_right = dependency_right
    self.made_from = made_from
    self.comparison = comparison
    self.comparison_right = comparison_right
    self.coordinated_closed = coordinated_closed
    self.community_heads = community_heads
    self.license_heads = license_heads
    self.product_heads = product_heads
    self.release_verbs = release_verbs
    self.thanks = thanks
    self.thanks_to_reader = thanks_to_reader
    self.imperative_recommend = imperative_recommend
    self.invitation = invitation
    self.negation_words = negation_words
    self.negation_before = negation_before
    self.not_only = not_only
    self.negation_right = negation_right
    self.hedge = hedge
    self.plan_left = plan_left
    self.plan_start = plan_start
    self.plan_gap = plan_gap
    self.plan_right = plan_right
    self.question_start = question_start
    self.requirement_left = requirement_left
    self.definition_right = definition_right
    self.copula_words = copula_words
    self.first_person_copulas = first_person_copulas
    self.pro_drop = pro_drop
    self.contrast = contrast
    self.clause_break = clause_break
    self.quantity_nouns = quantity_nouns
    self.list_of = list_of
    self.collection_nouns = collection_nouns
    self.catalogue = catalogue
    self.catalogue_guide = catalogue_guide
    self.catalogue_title = catalogue_title
    self.catalogue_heads = catalogue_heads
    self.attitude_verbs = attitude_verbs
    self.edition_nouns = edition_nouns
    self.by_agent = by_agent
    self.answer_yes = answer_yes
    self.finite_words = finite_words
    self.invites_contributions = invites_contributions
    self.past_modifiers = past_modifiers
    self.feature_words = feature_words
    self.having_words = having_words
    self.organisation_nouns = organisation_nouns
    self.list_adders = list_adders
    self.object_openers = object_openers
    self.table_corner = table_corner
INITS['def __init__(self, code, wide=_default1, phrases=_FACTORY, fixed_non_claims=_default3, first_person=_default4, second_person=_default5, demonstrative=_default6, definite_artifact=_default7, capitalizes_nouns=_default8, function_words=_default9, set_off_prepositions=_default10, focus_adverbs=_default11, dependency=_default12, dependency_right=_default13, made_from=_default14, comparison=_default15, comparison_right=_default16, coordinated_closed=_default17, community_heads=_default18, license_heads=_default19, product_heads=_default20, release_verbs=_default21, thanks=_default22, thanks_to_reader=_default23, imperative_recommend=_default24, invitation=_default25, negation_words=_default26, negation_before=_default27, not_only=_default28, negation_right=_default29, hedge=_default30, plan_left=_default31, plan_start=_default32, plan_gap=_default33, plan_right=_default34, question_start=_default35, requirement_left=_default36, definition_right=_default37, copula_words=_default38, first_person_copulas=_default39, pro_drop=_default40, contrast=_default41, clause_break=_default42, quantity_nouns=_default43, list_of=_default44, collection_nouns=_default45, catalogue=_default46, catalogue_guide=_default47, catalogue_title=_default48, catalogue_heads=_default49, attitude_verbs=_default50, edition_nouns=_default51, by_agent=_default52, answer_yes=_default53, finite_words=_default54, invites_contributions=_default55, past_modifiers=_default56, feature_words=_default57, having_words=_default58, organisation_nouns=_default59, list_adders=_default60, object_openers=_default61, table_corner=_default62):\n    self.code = code\n    self.wide = wide\n    self.phrases = _factory2() if phrases is _FACTORY else phrases\n    self.fixed_non_claims = fixed_non_claims\n    self.first_person = first_person\n    self.second_person = second_person\n    self.demonstrative = demonstrative\n    self.definite_artifact = definite_artifact\n    self.capitalizes_nouns = capitalizes_nouns\n    self.function_words = function_words\n    self.set_off_prepositions = set_off_prepositions\n    self.focus_adverbs = focus_adverbs\n    self.dependency = dependency\n    self.dependency_right = dependency_right\n    self.made_from = made_from\n    self.comparison = comparison\n    self.comparison_right = comparison_right\n    self.coordinated_closed = coordinated_closed\n    self.community_heads = community_heads\n    self.license_heads = license_heads\n    self.product_heads = product_heads\n    self.release_verbs = release_verbs\n    self.thanks = thanks\n    self.thanks_to_reader = thanks_to_reader\n    self.imperative_recommend = imperative_recommend\n    self.invitation = invitation\n    self.negation_words = negation_words\n    self.negation_before = negation_before\n    self.not_only = not_only\n    self.negation_right = negation_right\n    self.hedge = hedge\n    self.plan_left = plan_left\n    self.plan_start = plan_start\n    self.plan_gap = plan_gap\n    self.plan_right = plan_right\n    self.question_start = question_start\n    self.requirement_left = requirement_left\n    self.definition_right = definition_right\n    self.copula_words = copula_words\n    self.first_person_copulas = first_person_copulas\n    self.pro_drop = pro_drop\n    self.contrast = contrast\n    self.clause_break = clause_break\n    self.quantity_nouns = quantity_nouns\n    self.list_of = list_of\n    self.collection_nouns = collection_nouns\n    self.catalogue = catalogue\n    self.catalogue_guide = catalogue_guide\n    self.catalogue_title = catalogue_title\n    self.catalogue_heads = catalogue_heads\n    self.attitude_verbs = attitude_verbs\n    self.edition_nouns = edition_nouns\n    self.by_agent = by_agent\n    self.answer_yes = answer_yes\n    self.finite_words = finite_words\n    self.invites_contributions = invites_contributions\n    self.past_modifiers = past_modifiers\n    self.feature_words = feature_words\n    self.having_words = having_words\n    self.organisation_nouns = organisation_nouns\n    self.list_adders = list_adders\n    self.object_openers = object_openers\n    self.table_corner = table_corner\n'] = __init__

def __init__(self, data, lines):
    self.data = data
    self.lines = lines
INITS['def __init__(self, data, lines):\n    self.data = data\n    self.lines = lines\n'] = __init__

def __init__(self, data, lines, start_line, end_line, error=_default4):
    self.data = data
    self.lines = lines
    self.start_line = start_line
    self.end_line = end_line
    self.error = error
INITS['def __init__(self, data, lines, start_line, end_line, error=_default4):\n    self.data = data\n    self.lines = lines\n    self.start_line = start_line\n    self.end_line = end_line\n    self.error = error\n'] = __init__

def __init__(self, data, sources=_FACTORY, origins=_FACTORY, locks=_FACTORY, notices=_FACTORY, base_suppressions=_default5):
    self.data = data
    self.sources = _factory1() if sources is _FACTORY else sources
    self.origins = _factory2() if origins is _FACTORY else origins
    self.locks = _factory3() if locks is _FACTORY else locks
    self.notices = _factory4() if notices is _FACTORY else notices
    self.base_suppressions = base_suppressions
INITS['def __init__(self, data, sources=_FACTORY, origins=_FACTORY, locks=_FACTORY, notices=_FACTORY, base_suppressions=_default5):\n    self.data = data\n    self.sources = _factory1() if sources is _FACTORY else sources\n    self.origins = _factory2() if origins is _FACTORY else origins\n    self.locks = _factory3() if locks is _FACTORY else locks\n    self.notices = _factory4() if notices is _FACTORY else notices\n    self.base_suppressions = base_suppressions\n'] = __init__

def __init__(self, dataset, output, policy=_default2, workers=_default3, scheduler=_default4, partition_size=_default5, resume=_default6, limit=_default7, id_column=_default8, card_column=_default9, progress=_default10, today=_default11):
    self.dataset = dataset
    self.output = output
    self.policy = policy
    self.workers = workers
    self.scheduler = scheduler
    self.partition_size = partition_size
    self.resume = resume
    self.limit = limit
    self.id_column = id_column
    self.card_column = card_column
    self.progress = progress
    self.today = today
INITS['def __init__(self, dataset, output, policy=_default2, workers=_default3, scheduler=_default4, partition_size=_default5, resume=_default6, limit=_default7, id_column=_default8, card_column=_default9, progress=_default10, today=_default11):\n    self.dataset = dataset\n    self.output = output\n    self.policy = policy\n    self.workers = workers\n    self.scheduler = scheduler\n    self.partition_size = partition_size\n    self.resume = resume\n    self.limit = limit\n    self.id_column = id_column\n    self.card_column = card_column\n    self.progress = progress\n    self.today = today\n'] = __init__

def __init__(self, docs, evidence, is_model_release, context, notices):
    self.docs = docs
    self.evidence = evidence
    self.is_model_release = is_model_release
    self.context = context
    self.notices = notices
INITS['def __init__(self, docs, evidence, is_model_release, context, notices):\n    self.docs = docs\n    self.evidence = evidence\n    self.is_model_release = is_model_release\n    self.context = context\n    self.notices = notices\n'] = __init__

def __init__(self, expired=_FACTORY, suppressions=_FACTORY):
    self.expired = _factory0() if expired is _FACTORY else expired
    self.suppressions = _factory1() if suppressions is _FACTORY else suppressions
INITS['def __init__(self, expired=_FACTORY, suppressions=_FACTORY):\n    self.expired = _factory0() if expired is _FACTORY else expired\n    self.suppressions = _factory1() if suppressions is _FACTORY else suppressions\n'] = __init__

def __init__(self, file, line, column, target_line, rules, reason, used=_default6, refused=_default7):
    self.file = file
    self.line = line
    self.column = column
    self.target_line = target_line
    self.rules = rules
    self.reason = reason
    self.used = used
    self.refused = refused
INITS['def __init__(self, file, line, column, target_line, rules, reason, used=_default6, refused=_default7):\n    self.file = file\n    self.line = line\n    self.column = column\n    self.target_line = target_line\n    self.rules = rules\n    self.reason = reason\n    self.used = used\n    self.refused = refused\n'] = __init__

def __init__(self, file, line, column, text, phrase, kind, target, strength, negated, cue=_default9, block_kind=_default10, extra=_FACTORY):
    _setattr(self, 'file', file)
    _setattr(self, 'line', line)
    _setattr(self, 'column', column)
    _setattr(self, 'text', text)
    _setattr(self, 'phrase', phrase)
    _setattr(self, 'kind', kind)
    _setattr(self, 'target', target)
    _setattr(self, 'strength', strength)
    _setattr(self, 'negated', negated)
    _setattr(self, 'cue', cue)
    _setattr(self, 'block_kind', block_kind)
    _setattr(self, 'extra', _factory11() if extra is _FACTORY else extra)
INITS["def __init__(self, file, line, column, text, phrase, kind, target, strength, negated, cue=_default9, block_kind=_default10, extra=_FACTORY):\n    _setattr(self, 'file', file)\n    _setattr(self, 'line', line)\n    _setattr(self, 'column', column)\n    _setattr(self, 'text', text)\n    _setattr(self, 'phrase', phrase)\n    _setattr(self, 'kind', kind)\n    _setattr(self, 'target', target)\n    _setattr(self, 'strength', strength)\n    _setattr(self, 'negated', negated)\n    _setattr(self, 'cue', cue)\n    _setattr(self, 'block_kind', block_kind)\n    _setattr(self, 'extra', _factory11() if extra is _FACTORY else extra)\n"] = __init__

def __init__(self, file, line, value=_default2):
    _setattr(self, 'file', file)
    _setattr(self, 'line', line)
    _setattr(self, 'value', value)
INITS["def __init__(self, file, line, value=_default2):\n    _setattr(self, 'file', file)\n    _setattr(self, 'line', line)\n    _setattr(self, 'value', value)\n"] = __init__

def __init__(self, flags, dest, takes_value, help=_default3, metavar=_default4, choices=_default5, default=_default6):
    _setattr(self, 'flags', flags)
    _setattr(self, 'dest', dest)
    _setattr(self, 'takes_value', takes_value)
    _setattr(self, 'help', help)
    _setattr(self, 'metavar', metavar)
    _setattr(self, 'choices', choices)
    _setattr(self, 'default', default)
INITS["def __init__(self, flags, dest, takes_value, help=_default3, metavar=_default4, choices=_default5, default=_default6):\n    _setattr(self, 'flags', flags)\n    _setattr(self, 'dest', dest)\n    _setattr(self, 'takes_value', takes_value)\n    _setattr(self, 'help', help)\n    _setattr(self, 'metavar', metavar)\n    _setattr(self, 'choices', choices)\n    _setattr(self, 'default', default)\n"] = __init__

def __init__(self, id, card, files=_default2, tags=_default3, gated=_default4, downloads=_default5):
    self.id = id
    self.card = card
    self.files = files
    self.tags = tags
    self.gated = gated
    self.downloads = downloads
INITS['def __init__(self, id, card, files=_default2, tags=_default3, gated=_default4, downloads=_default5):\n    self.id = id\n    self.card = card\n    self.files = files\n    self.tags = tags\n    self.gated = gated\n    self.downloads = downloads\n'] = __init__

def __init__(self, id, full_name, name, owner, html_url, default_branch, pushed_at, archived=_default7, fork=_default8, visibility=_default9, topics=_FACTORY, size=_default11, description=_default12, open_issues=_default13, properties=_FACTORY):
    self.id = id
    self.full_name = full_name
    self.name = name
    self.owner = owner
    self.html_url = html_url
    self.default_branch = default_branch
    self.pushed_at = pushed_at
    self.archived = archived
    self.fork = fork
    self.visibility = visibility
    self.topics = _factory10() if topics is _FACTORY else topics
    self.size = size
    self.description = description
    self.open_issues = open_issues
    self.properties = _factory14() if properties is _FACTORY else properties
INITS['def __init__(self, id, full_name, name, owner, html_url, default_branch, pushed_at, archived=_default7, fork=_default8, visibility=_default9, topics=_FACTORY, size=_default11, description=_default12, open_issues=_default13, properties=_FACTORY):\n    self.id = id\n    self.full_name = full_name\n    self.name = name\n    self.owner = owner\n    self.html_url = html_url\n    self.default_branch = default_branch\n    self.pushed_at = pushed_at\n    self.archived = archived\n    self.fork = fork\n    self.visibility = visibility\n    self.topics = _factory10() if topics is _FACTORY else topics\n    self.size = size\n    self.description = description\n    self.open_issues = open_issues\n    self.properties = _factory14() if properties is _FACTORY else properties\n'] = __init__

def __init__(self, id, name, category):
    _setattr(self, 'id', id)
    _setattr(self, 'name', name)
    _setattr(self, 'category', category)
INITS["def __init__(self, id, name, category):\n    _setattr(self, 'id', id)\n    _setattr(self, 'name', name)\n    _setattr(self, 'category', category)\n"] = __init__

def __init__(self, id, name, category, how, file=_default4, line=_default5):
    _setattr(self, 'id', id)
    _setattr(self, 'name', name)
    _setattr(self, 'category', category)
    _setattr(self, 'how', how)
    _setattr(self, 'file', file)
    _setattr(self, 'line', line)
INITS["def __init__(self, id, name, category, how, file=_default4, line=_default5):\n    _setattr(self, 'id', id)\n    _setattr(self, 'name', name)\n    _setattr(self, 'category', category)\n    _setattr(self, 'how', how)\n    _setattr(self, 'file', file)\n    _setattr(self, 'line', line)\n"] = __init__

def __init__(self, id, name, content_type, mof_class, required, description):
    _setattr(self, 'id', id)
    _setattr(self, 'name', name)
    _setattr(self, 'content_type', content_type)
    _setattr(self, 'mof_class', mof_class)
    _setattr(self, 'required', required)
    _setattr(self, 'description', description)
INITS["def __init__(self, id, name, content_type, mof_class, required, description):\n    _setattr(self, 'id', id)\n    _setattr(self, 'name', name)\n    _setattr(self, 'content_type', content_type)\n    _setattr(self, 'mof_class', mof_class)\n    _setattr(self, 'required', required)\n    _setattr(self, 'description', description)\n"] = __init__

def __init__(self, id, name, data, lines, locks=_FACTORY):
    self.id = id
    self.name = name
    self.data = data
    self.lines = lines
    self.locks = _factory4() if locks is _FACTORY else locks
INITS['def __init__(self, id, name, data, lines, locks=_FACTORY):\n    self.id = id\n    self.name = name\n    self.data = data\n    self.lines = lines\n    self.locks = _factory4() if locks is _FACTORY else locks\n'] = __init__

def __init__(self, id, name, title, severity, doc, check=_default5, after_waivers=_default6, backs_claim=_default7):
    _setattr(self, 'id', id)
    _setattr(self, 'name', name)
    _setattr(self, 'title', title)
    _setattr(self, 'severity', severity)
    _setattr(self, 'doc', doc)
    _setattr(self, 'check', check)
    _setattr(self, 'after_waivers', after_waivers)
    _setattr(self, 'backs_claim', backs_claim)
INITS["def __init__(self, id, name, title, severity, doc, check=_default5, after_waivers=_default6, backs_claim=_default7):\n    _setattr(self, 'id', id)\n    _setattr(self, 'name', name)\n    _setattr(self, 'title', title)\n    _setattr(self, 'severity', severity)\n    _setattr(self, 'doc', doc)\n    _setattr(self, 'check', check)\n    _setattr(self, 'after_waivers', after_waivers)\n    _setattr(self, 'backs_claim', backs_claim)\n"] = __init__

def __init__(self, id, sha=_default1, author=_default2, gated=_default3, private=_default4, disabled=_default5, downloads=_default6, likes=_default7, tags=_FACTORY, last_modified=_default9, siblings=_default10):
    self.id = id
    self.sha = sha
    self.author = author
    self.gated = gated
    self.private = private
    self.disabled = disabled
    self.downloads = downloads
    self.likes = likes
    self.tags = _factory8() if tags is _FACTORY else tags
    self.last_modified = last_modified
    self.siblings = siblings
INITS['def __init__(self, id, sha=_default1, author=_default2, gated=_default3, private=_default4, disabled=_default5, downloads=_default6, likes=_default7, tags=_FACTORY, last_modified=_default9, siblings=_default10):\n    self.id = id\n    self.sha = sha\n    self.author = author\n    self.gated = gated\n    self.private = private\n    self.disabled = disabled\n    self.downloads = downloads\n    self.likes = likes\n    self.tags = _factory8() if tags is _FACTORY else tags\n    self.last_modified = last_modified\n    self.siblings = siblings\n'] = __init__

def __init__(self, info, counted=_default1, state=_default2, tree=_default3, commit=_default4, want_commit=_default5, policy=_default6, own_policy=_default7, need=_FACTORY, in_batch=_default9, next_step=_default10, selected=_FACTORY, done=_default12):
    self.info = info
    self.counted = counted
    self.state = state
    self.tree = tree
    self.commit = commit
    self.want_commit = want_commit
    self.policy = policy
    self.own_policy = own_policy
    self.need = _factory8() if need is _FACTORY else need
    self.in_batch = in_batch
    self.next_step = next_step
    self.selected = _factory11() if selected is _FACTORY else selected
    self.done = done
INITS['def __init__(self, info, counted=_default1, state=_default2, tree=_default3, commit=_default4, want_commit=_default5, policy=_default6, own_policy=_default7, need=_FACTORY, in_batch=_default9, next_step=_default10, selected=_FACTORY, done=_default12):\n    self.info = info\n    self.counted = counted\n    self.state = state\n    self.tree = tree\n    self.commit = commit\n    self.want_commit = want_commit\n    self.policy = policy\n    self.own_policy = own_policy\n    self.need = _factory8() if need is _FACTORY else need\n    self.in_batch = in_batch\n    self.next_step = next_step\n    self.selected = _factory11() if selected is _FACTORY else selected\n    self.done = done\n'] = __init__

def __init__(self, keys=_FACTORY, bases=_FACTORY, owner_key=_default2):
    self.keys = _factory0() if keys is _FACTORY else keys
    self.bases = _factory1() if bases is _FACTORY else bases
    self.owner_key = owner_key
INITS['def __init__(self, keys=_FACTORY, bases=_FACTORY, owner_key=_default2):\n    self.keys = _factory0() if keys is _FACTORY else keys\n    self.bases = _factory1() if bases is _FACTORY else bases\n    self.owner_key = owner_key\n'] = __init__

def __init__(self, kind, spec, path=_default2, url=_default3, owner=_default4, repo=_default5, file=_default6, ref=_default7, sha256=_default8, private_ok=_default9):
    _setattr(self, 'kind', kind)
    _setattr(self, 'spec', spec)
    _setattr(self, 'path', path)
    _setattr(self, 'url', url)
    _setattr(self, 'owner', owner)
    _setattr(self, 'repo', repo)
    _setattr(self, 'file', file)
    _setattr(self, 'ref', ref)
    _setattr(self, 'sha256', sha256)
    _setattr(self, 'private_ok', private_ok)
INITS["def __init__(self, kind, spec, path=_default2, url=_default3, owner=_default4, repo=_default5, file=_default6, ref=_default7, sha256=_default8, private_ok=_default9):\n    _setattr(self, 'kind', kind)\n    _setattr(self, 'spec', spec)\n    _setattr(self, 'path', path)\n    _setattr(self, 'url', url)\n    _setattr(self, 'owner', owner)\n    _setattr(self, 'repo', repo)\n    _setattr(self, 'file', file)\n    _setattr(self, 'ref', ref)\n    _setattr(self, 'sha256', sha256)\n    _setattr(self, 'private_ok', private_ok)\n"] = __init__

def __init__(self, kind, text, segments, heading=_default3, heading_level=_default4, end_line=_default5):
    self.kind = kind
    self.text = text
    self.segments = segments
    self.heading = heading
    self.heading_level = heading_level
    self.end_line = end_line
INITS['def __init__(self, kind, text, segments, heading=_default3, heading_level=_default4, end_line=_default5):\n    self.kind = kind\n    self.text = text\n    self.segments = segments\n    self.heading = heading\n    self.heading_level = heading_level\n    self.end_line = end_line\n'] = __init__

def __init__(self, kind, value, file, line):
    _setattr(self, 'kind', kind)
    _setattr(self, 'value', value)
    _setattr(self, 'file', file)
    _setattr(self, 'line', line)
INITS["def __init__(self, kind, value, file, line):\n    _setattr(self, 'kind', kind)\n    _setattr(self, 'value', value)\n    _setattr(self, 'file', file)\n    _setattr(self, 'line', line)\n"] = __init__

def __init__(self, kind, value, file, line):
    self.kind = kind
    self.value = value
    self.file = file
    self.line = line
INITS['def __init__(self, kind, value, file, line):\n    self.kind = kind\n    self.value = value\n    self.file = file\n    self.line = line\n'] = __init__

def __init__(self, license, component, file, line, how):
    _setattr(self, 'license', license)
    _setattr(self, 'component', component)
    _setattr(self, 'file', file)
    _setattr(self, 'line', line)
    _setattr(self, 'how', how)
INITS["def __init__(self, license, component, file, line, how):\n    _setattr(self, 'license', license)\n    _setattr(self, 'component', component)\n    _setattr(self, 'file', file)\n    _setattr(self, 'line', line)\n    _setattr(self, 'how', how)\n"] = __init__

def __init__(self, line, column):
    _setattr(self, 'line', line)
    _setattr(self, 'column', column)
INITS["def __init__(self, line, column):\n    _setattr(self, 'line', line)\n    _setattr(self, 'column', column)\n"] = __init__

def __init__(self, line, path, message):
    _setattr(self, 'line', line)
    _setattr(self, 'path', path)
    _setattr(self, 'message', message)
INITS["def __init__(self, line, path, message):\n    _setattr(self, 'line', line)\n    _setattr(self, 'path', path)\n    _setattr(self, 'message', message)\n"] = __init__

def __init__(self, message, path=_default1, line=_default2, budget=_default3):
    _setattr(self, 'message', message)
    _setattr(self, 'path', path)
    _setattr(self, 'line', line)
    _setattr(self, 'budget', budget)
INITS["def __init__(self, message, path=_default1, line=_default2, budget=_default3):\n    _setattr(self, 'message', message)\n    _setattr(self, 'path', path)\n    _setattr(self, 'line', line)\n    _setattr(self, 'budget', budget)\n"] = __init__

def __init__(self, mof_class, progress, status, licenses, not_type_appropriate=_FACTORY, unmet=_default5):
    self.mof_class = mof_class
    self.progress = progress
    self.status = status
    self.licenses = licenses
    self.not_type_appropriate = _factory4() if not_type_appropriate is _FACTORY else not_type_appropriate
    self.unmet = unmet
INITS['def __init__(self, mof_class, progress, status, licenses, not_type_appropriate=_FACTORY, unmet=_default5):\n    self.mof_class = mof_class\n    self.progress = progress\n    self.status = status\n    self.licenses = licenses\n    self.not_type_appropriate = _factory4() if not_type_appropriate is _FACTORY else not_type_appropriate\n    self.unmet = unmet\n'] = __init__

def __init__(self, name, command, module, repository_paths=_default3):
    _setattr(self, 'name', name)
    _setattr(self, 'command', command)
    _setattr(self, 'module', module)
    _setattr(self, 'repository_paths', repository_paths)
INITS["def __init__(self, name, command, module, repository_paths=_default3):\n    _setattr(self, 'name', name)\n    _setattr(self, 'command', command)\n    _setattr(self, 'module', module)\n    _setattr(self, 'repository_paths', repository_paths)\n"] = __init__

def __init__(self, name, file, line, license_id=_default3, license_category=_default4, data_open=_default5, note=_default6, declared=_default7, relation=_default8, license_name=_default9):
    _setattr(self, 'name', name)
    _setattr(self, 'file', file)
    _setattr(self, 'line', line)
    _setattr(self, 'license_id', license_id)
    _setattr(self, 'license_category', license_category)
    _setattr(self, 'data_open', data_open)
    _setattr(self, 'note', note)
    _setattr(self, 'declared', declared)
    _setattr(self, 'relation', relation)
    _setattr(self, 'license_name', license_name)
INITS["def __init__(self, name, file, line, license_id=_default3, license_category=_default4, data_open=_default5, note=_default6, declared=_default7, relation=_default8, license_name=_default9):\n    _setattr(self, 'name', name)\n    _setattr(self, 'file', file)\n    _setattr(self, 'line', line)\n    _setattr(self, 'license_id', license_id)\n    _setattr(self, 'license_category', license_category)\n    _setattr(self, 'data_open', data_open)\n    _setattr(self, 'note', note)\n    _setattr(self, 'declared', declared)\n    _setattr(self, 'relation', relation)\n    _setattr(self, 'license_name', license_name)\n"] = __init__

def __init__(self, name, producer, version, base_models, gated, weights_urls, code_urls, model_card, card_license, text_license, tags, pipeline_tag, datasets, eval_results, components):
    self.name = name
    self.producer = producer
    self.version = version
    self.base_models = base_models
    self.gated = gated
    self.weights_urls = weights_urls
    self.code_urls = code_urls
    self.model_card = model_card
    self.card_license = card_license
    self.text_license = text_license
    self.tags = tags
    self.pipeline_tag = pipeline_tag
    self.datasets = datasets
    self.eval_results = eval_results
    self.components = components
INITS['def __init__(self, name, producer, version, base_models, gated, weights_urls, code_urls, model_card, card_license, text_license, tags, pipeline_tag, datasets, eval_results, components):\n    self.name = name\n    self.producer = producer\n    self.version = version\n    self.base_models = base_models\n    self.gated = gated\n    self.weights_urls = weights_urls\n    self.code_urls = code_urls\n    self.model_card = model_card\n    self.card_license = card_license\n    self.text_license = text_license\n    self.tags = tags\n    self.pipeline_tag = pipeline_tag\n    self.datasets = datasets\n    self.eval_results = eval_results\n    self.components = components\n'] = __init__

def __init__(self, number, base_sha, head_sha, base_repo, head_repo):
    self.number = number
    self.base_sha = base_sha
    self.head_sha = head_sha
    self.base_repo = base_repo
    self.head_repo = head_repo
INITS['def __init__(self, number, base_sha, head_sha, base_repo, head_repo):\n    self.number = number\n    self.base_sha = base_sha\n    self.head_sha = head_sha\n    self.base_repo = base_repo\n    self.head_repo = head_repo\n'] = __init__

def __init__(self, own_names=_default0, is_model_release=_default1, vocabulary_add=_default2, vocabulary_exclude=_default3, curated_list=_default4, copies=_default5):
    _setattr(self, 'own_names', own_names)
    _setattr(self, 'is_model_release', is_model_release)
    _setattr(self, 'vocabulary_add', vocabulary_add)
    _setattr(self, 'vocabulary_exclude', vocabulary_exclude)
    _setattr(self, 'curated_list', curated_list)
    _setattr(self, 'copies', copies)
INITS["def __init__(self, own_names=_default0, is_model_release=_default1, vocabulary_add=_default2, vocabulary_exclude=_default3, curated_list=_default4, copies=_default5):\n    _setattr(self, 'own_names', own_names)\n    _setattr(self, 'is_model_release', is_model_release)\n    _setattr(self, 'vocabulary_add', vocabulary_add)\n    _setattr(self, 'vocabulary_exclude', vocabulary_exclude)\n    _setattr(self, 'curated_list', curated_list)\n    _setattr(self, 'copies', copies)\n"] = __init__

def __init__(self, owner, api_url=_default1, include_archived=_default2, forks=_default3, visibility=_default4, topics=_FACTORY, names=_FACTORY, properties=_FACTORY, concurrency=_default8, resume=_default9, jobs=_default10, max_wait=_FACTORY, org_policy=_default12, progress=_default13):
    self.owner = owner
    self.api_url = api_url
    self.include_archived = include_archived
    self.forks = forks
    self.visibility = visibility
    self.topics = _factory5() if topics is _FACTORY else topics
    self.names = _factory6() if names is _FACTORY else names
    self.properties = _factory7() if properties is _FACTORY else properties
    self.concurrency = concurrency
    self.resume = resume
    self.jobs = jobs
    self.max_wait = _factory11() if max_wait is _FACTORY else max_wait
    self.org_policy = org_policy
    self.progress = progress
INITS['def __init__(self, owner, api_url=_default1, include_archived=_default2, forks=_default3, visibility=_default4, topics=_FACTORY, names=_FACTORY, properties=_FACTORY, concurrency=_default8, resume=_default9, jobs=_default10, max_wait=_FACTORY, org_policy=_default12, progress=_default13):\n    self.owner = owner\n    self.api_url = api_url\n    self.include_archived = include_archived\n    self.forks = forks\n    self.visibility = visibility\n    self.topics = _factory5() if topics is _FACTORY else topics\n    self.names = _factory6() if names is _FACTORY else names\n    self.properties = _factory7() if properties is _FACTORY else properties\n    self.concurrency = concurrency\n    self.resume = resume\n    self.jobs = jobs\n    self.max_wait = _factory11() if max_wait is _FACTORY else max_wait\n    self.org_policy = org_policy\n    self.progress = progress\n'] = __init__

def __init__(self, owner, owner_kind, api_url, generated, filters, outcomes, listed, central_policy, requests=_FACTORY, issues=_FACTORY, elapsed=_default10):
    self.owner = owner
    self.owner_kind = owner_kind
    self.api_url = api_url
    self.generated = generated
    self.filters = filters
    self.outcomes = outcomes
    self.listed = listed
    self.central_policy = central_policy
    self.requests = _factory8() if requests is _FACTORY else requests
    self.issues = _factory9() if issues is _FACTORY else issues
    self.elapsed = elapsed
INITS['def __init__(self, owner, owner_kind, api_url, generated, filters, outcomes, listed, central_policy, requests=_FACTORY, issues=_FACTORY, elapsed=_default10):\n    self.owner = owner\n    self.owner_kind = owner_kind\n    self.api_url = api_url\n    self.generated = generated\n    self.filters = filters\n    self.outcomes = outcomes\n    self.listed = listed\n    self.central_policy = central_policy\n    self.requests = _factory8() if requests is _FACTORY else requests\n    self.issues = _factory9() if issues is _FACTORY else issues\n    self.elapsed = elapsed\n'] = __init__

def __init__(self, path, origin, policy, baseline=_default3):
    _setattr(self, 'path', path)
    _setattr(self, 'origin', origin)
    _setattr(self, 'policy', policy)
    _setattr(self, 'baseline', baseline)
INITS["def __init__(self, path, origin, policy, baseline=_default3):\n    _setattr(self, 'path', path)\n    _setattr(self, 'origin', origin)\n    _setattr(self, 'policy', policy)\n    _setattr(self, 'baseline', baseline)\n"] = __init__

def __init__(self, path, role, text, blocks=_FACTORY, links=_FACTORY, front_matter=_default5, comments=_FACTORY, code_blocks=_FACTORY, lines=_FACTORY):
    self.path = path
    self.role = role
    self.text = text
    self.blocks = _factory3() if blocks is _FACTORY else blocks
    self.links = _factory4() if links is _FACTORY else links
    self.front_matter = front_matter
    self.comments = _factory6() if comments is _FACTORY else comments
    self.code_blocks = _factory7() if code_blocks is _FACTORY else code_blocks
    self.lines = _factory8() if lines is _FACTORY else lines
INITS['def __init__(self, path, role, text, blocks=_FACTORY, links=_FACTORY, front_matter=_default5, comments=_FACTORY, code_blocks=_FACTORY, lines=_FACTORY):\n    self.path = path\n    self.role = role\n    self.text = text\n    self.blocks = _factory3() if blocks is _FACTORY else blocks\n    self.links = _factory4() if links is _FACTORY else links\n    self.front_matter = front_matter\n    self.comments = _factory6() if comments is _FACTORY else comments\n    self.code_blocks = _factory7() if code_blocks is _FACTORY else code_blocks\n    self.lines = _factory8() if lines is _FACTORY else lines\n'] = __init__

def __init__(self, path, size=_default1):
    self.path = path
    self.size = size
INITS['def __init__(self, path, size=_default1):\n    self.path = path\n    self.size = size\n'] = __init__

def __init__(self, path, text, role):
    self.path = path
    self.text = text
    self.role = role
INITS['def __init__(self, path, text, role):\n    self.path = path\n    self.text = text\n    self.role = role\n'] = __init__

def __init__(self, path=_default0, policy=_default1, mode=_default2, fail_on=_default3, only_new=_default4, comment=_default5, sarif_file=_default6, token=_default7):
    self.path = path
    self.policy = policy
    self.mode = mode
    self.fail_on = fail_on
    self.only_new = only_new
    self.comment = comment
    self.sarif_file = sarif_file
    self.token = token
INITS['def __init__(self, path=_default0, policy=_default1, mode=_default2, fail_on=_default3, only_new=_default4, comment=_default5, sarif_file=_default6, token=_default7):\n    self.path = path\n    self.policy = policy\n    self.mode = mode\n    self.fail_on = fail_on\n    self.only_new = only_new\n    self.comment = comment\n    self.sarif_file = sarif_file\n    self.token = token\n'] = __init__

def __init__(self, ref, text, trusted=_default2):
    self.ref = ref
    self.text = text
    self.trusted = trusted
INITS['def __init__(self, ref, text, trusted=_default2):\n    self.ref = ref\n    self.text = text\n    self.trusted = trusted\n'] = __init__

def __init__(self, repository, name, url, open_issues, default_branch, visibility, archived, fork, topics, verdict, error=_default10, commit=_default11, policy=_FACTORY, is_model_release=_default13, claims=_FACTORY, claims_open_source=_default15, claims_total=_default16, backed=_default17, license=_FACTORY, evidence=_FACTORY, findings=_FACTORY, summary=_FACTORY, notices=_FACTORY, extra=_FACTORY):
    self.repository = repository
    self.name = name
    self.url = url
    self.open_issues = open_issues
    self.default_branch = default_branch
    self.visibility = visibility
    self.archived = archived
    self.fork = fork
    self.topics = topics
    self.verdict = verdict
    self.error = error
    self.commit = commit
    self.policy = _factory12() if policy is _FACTORY else policy
    self.is_model_release = is_model_release
    self.claims = _factory14() if claims is _FACTORY else claims
    self.claims_open_source = claims_open_source
    self.claims_total = claims_total
    self.backed = backed
    self.license = _factory18() if license is _FACTORY else license
    self.evidence = _factory19() if evidence is _FACTORY else evidence
    self.findings = _factory20() if findings is _FACTORY else findings
    self.summary = _factory21() if summary is _FACTORY else summary
    self.notices = _factory22() if notices is _FACTORY else notices
    self.extra = _factory23() if extra is _FACTORY else extra
INITS['def __init__(self, repository, name, url, open_issues, default_branch, visibility, archived, fork, topics, verdict, error=_default10, commit=_default11, policy=_FACTORY, is_model_release=_default13, claims=_FACTORY, claims_open_source=_default15, claims_total=_default16, backed=_default17, license=_FACTORY, evidence=_FACTORY, findings=_FACTORY, summary=_FACTORY, notices=_FACTORY, extra=_FACTORY):\n    self.repository = repository\n    self.name = name\n    self.url = url\n    self.open_issues = open_issues\n    self.default_branch = default_branch\n    self.visibility = visibility\n    self.archived = archived\n    self.fork = fork\n    self.topics = topics\n    self.verdict = verdict\n    self.error = error\n    self.commit = commit\n    self.policy = _factory12() if policy is _FACTORY else policy\n    self.is_model_release = is_model_release\n    self.claims = _factory14() if claims is _FACTORY else claims\n    self.claims_open_source = claims_open_source\n    self.claims_total = claims_total\n    self.backed = backed\n    self.license = _factory18() if license is _FACTORY else license\n    self.evidence = _factory19() if evidence is _FACTORY else evidence\n    self.findings = _factory20() if findings is _FACTORY else findings\n    self.summary = _factory21() if summary is _FACTORY else summary\n    self.notices = _factory22() if notices is _FACTORY else notices\n    self.extra = _factory23() if extra is _FACTORY else extra\n'] = __init__

def __init__(self, repository, others):
    _setattr(self, 'repository', repository)
    _setattr(self, 'others', others)
INITS["def __init__(self, repository, others):\n    _setattr(self, 'repository', repository)\n    _setattr(self, 'others', others)\n"] = __init__

def __init__(self, result, comparison=_default1, only_new=_default2, prefix=_default3):
    self.result = result
    self.comparison = comparison
    self.only_new = only_new
    self.prefix = prefix
INITS['def __init__(self, result, comparison=_default1, only_new=_default2, prefix=_default3):\n    self.result = result\n    self.comparison = comparison\n    self.only_new = only_new\n    self.prefix = prefix\n'] = __init__

def __init__(self, root, name, paths, files=_FACTORY, notices=_FACTORY, is_git=_default5, owner=_default6, gated=_default7):
    self.root = root
    self.name = name
    self.paths = paths
    self.files = _factory3() if files is _FACTORY else files
    self.notices = _factory4() if notices is _FACTORY else notices
    self.is_git = is_git
    self.owner = owner
    self.gated = gated
INITS['def __init__(self, root, name, paths, files=_FACTORY, notices=_FACTORY, is_git=_default5, owner=_default6, gated=_default7):\n    self.root = root\n    self.name = name\n    self.paths = paths\n    self.files = _factory3() if files is _FACTORY else files\n    self.notices = _factory4() if notices is _FACTORY else notices\n    self.is_git = is_git\n    self.owner = owner\n    self.gated = gated\n'] = __init__

def __init__(self, root, policy, repo, docs, claims, evidence, is_model_release, findings, notices=_FACTORY):
    self.root = root
    self.policy = policy
    self.repo = repo
    self.docs = docs
    self.claims = claims
    self.evidence = evidence
    self.is_model_release = is_model_release
    self.findings = findings
    self.notices = _factory8() if notices is _FACTORY else notices
INITS['def __init__(self, root, policy, repo, docs, claims, evidence, is_model_release, findings, notices=_FACTORY):\n    self.root = root\n    self.policy = policy\n    self.repo = repo\n    self.docs = docs\n    self.claims = claims\n    self.evidence = evidence\n    self.is_model_release = is_model_release\n    self.findings = findings\n    self.notices = _factory8() if notices is _FACTORY else notices\n'] = __init__

def __init__(self, root=_FACTORY, notices=_FACTORY):
    self.root = _factory0() if root is _FACTORY else root
    self.notices = _factory1() if notices is _FACTORY else notices
INITS['def __init__(self, root=_FACTORY, notices=_FACTORY):\n    self.root = _factory0() if root is _FACTORY else root\n    self.notices = _factory1() if notices is _FACTORY else notices\n'] = __init__

def __init__(self, rule, path, reason, expires, approver, origin):
    _setattr(self, 'rule', rule)
    _setattr(self, 'path', path)
    _setattr(self, 'reason', reason)
    _setattr(self, 'expires', expires)
    _setattr(self, 'approver', approver)
    _setattr(self, 'origin', origin)
INITS["def __init__(self, rule, path, reason, expires, approver, origin):\n    _setattr(self, 'rule', rule)\n    _setattr(self, 'path', path)\n    _setattr(self, 'reason', reason)\n    _setattr(self, 'expires', expires)\n    _setattr(self, 'approver', approver)\n    _setattr(self, 'origin', origin)\n"] = __init__

def __init__(self, rule, severity, file, line, column, message, hint, claim=_default7, end_line=_default8, end_column=_default9, missing=_default10, waived=_default11, related=_default12, extra=_FACTORY):
    _setattr(self, 'rule', rule)
    _setattr(self, 'severity', severity)
    _setattr(self, 'file', file)
    _setattr(self, 'line', line)
    _setattr(self, 'column', column)
    _setattr(self, 'message', message)
    _setattr(self, 'hint', hint)
    _setattr(self, 'claim', claim)
    _setattr(self, 'end_line', end_line)
    _setattr(self, 'end_column', end_column)
    _setattr(self, 'missing', missing)
    _setattr(self, 'waived', waived)
    _setattr(self, 'related', related)
    _setattr(self, 'extra', _factory13() if extra is _FACTORY else extra)
INITS["def __init__(self, rule, severity, file, line, column, message, hint, claim=_default7, end_line=_default8, end_column=_default9, missing=_default10, waived=_default11, related=_default12, extra=_FACTORY):\n    _setattr(self, 'rule', rule)\n    _setattr(self, 'severity', severity)\n    _setattr(self, 'file', file)\n    _setattr(self, 'line', line)\n    _setattr(self, 'column', column)\n    _setattr(self, 'message', message)\n    _setattr(self, 'hint', hint)\n    _setattr(self, 'claim', claim)\n    _setattr(self, 'end_line', end_line)\n    _setattr(self, 'end_column', end_column)\n    _setattr(self, 'missing', missing)\n    _setattr(self, 'waived', waived)\n    _setattr(self, 'related', related)\n    _setattr(self, 'extra', _factory13() if extra is _FACTORY else extra)\n"] = __init__

def __init__(self, sha, blobs, truncated=_default2):
    self.sha = sha
    self.blobs = blobs
    self.truncated = truncated
INITS['def __init__(self, sha, blobs, truncated=_default2):\n    self.sha = sha\n    self.blobs = blobs\n    self.truncated = truncated\n'] = __init__

def __init__(self, shown=_FACTORY, overflow=_FACTORY):
    self.shown = _factory0() if shown is _FACTORY else shown
    self.overflow = _factory1() if overflow is _FACTORY else overflow
INITS['def __init__(self, shown=_FACTORY, overflow=_FACTORY):\n    self.shown = _factory0() if shown is _FACTORY else shown\n    self.overflow = _factory1() if overflow is _FACTORY else overflow\n'] = __init__

def __init__(self, spdx=_FACTORY, names=_FACTORY, category=_default2):
    self.spdx = _factory0() if spdx is _FACTORY else spdx
    self.names = _factory1() if names is _FACTORY else names
    self.category = category
INITS['def __init__(self, spdx=_FACTORY, names=_FACTORY, category=_default2):\n    self.spdx = _factory0() if spdx is _FACTORY else spdx\n    self.names = _factory1() if names is _FACTORY else names\n    self.category = category\n'] = __init__

def __init__(self, spec, included, reason, license=_default3, evidence=_FACTORY, in_mof=_default5):
    self.spec = spec
    self.included = included
    self.reason = reason
    self.license = license
    self.evidence = _factory4() if evidence is _FACTORY else evidence
    self.in_mof = in_mof
INITS['def __init__(self, spec, included, reason, license=_default3, evidence=_FACTORY, in_mof=_default5):\n    self.spec = spec\n    self.included = included\n    self.reason = reason\n    self.license = license\n    self.evidence = _factory4() if evidence is _FACTORY else evidence\n    self.in_mof = in_mof\n'] = __init__

def __init__(self, start, end, phrase, sentence, kind, claim, negated, target, strength, rule, reason):
    _setattr(self, 'start', start)
    _setattr(self, 'end', end)
    _setattr(self, 'phrase', phrase)
    _setattr(self, 'sentence', sentence)
    _setattr(self, 'kind', kind)
    _setattr(self, 'claim', claim)
    _setattr(self, 'negated', negated)
    _setattr(self, 'target', target)
    _setattr(self, 'strength', strength)
    _setattr(self, 'rule', rule)
    _setattr(self, 'reason', reason)
INITS["def __init__(self, start, end, phrase, sentence, kind, claim, negated, target, strength, rule, reason):\n    _setattr(self, 'start', start)\n    _setattr(self, 'end', end)\n    _setattr(self, 'phrase', phrase)\n    _setattr(self, 'sentence', sentence)\n    _setattr(self, 'kind', kind)\n    _setattr(self, 'claim', claim)\n    _setattr(self, 'negated', negated)\n    _setattr(self, 'target', target)\n    _setattr(self, 'strength', strength)\n    _setattr(self, 'rule', rule)\n    _setattr(self, 'reason', reason)\n"] = __init__

def __init__(self, start, end, phrase, sentence, kind, target, strength, negated, cue):
    _setattr(self, 'start', start)
    _setattr(self, 'end', end)
    _setattr(self, 'phrase', phrase)
    _setattr(self, 'sentence', sentence)
    _setattr(self, 'kind', kind)
    _setattr(self, 'target', target)
    _setattr(self, 'strength', strength)
    _setattr(self, 'negated', negated)
    _setattr(self, 'cue', cue)
INITS["def __init__(self, start, end, phrase, sentence, kind, target, strength, negated, cue):\n    _setattr(self, 'start', start)\n    _setattr(self, 'end', end)\n    _setattr(self, 'phrase', phrase)\n    _setattr(self, 'sentence', sentence)\n    _setattr(self, 'kind', kind)\n    _setattr(self, 'target', target)\n    _setattr(self, 'strength', strength)\n    _setattr(self, 'negated', negated)\n    _setattr(self, 'cue', cue)\n"] = __init__

def __init__(self, string, begin, finish):
    _setattr(self, 'string', string)
    _setattr(self, 'begin', begin)
    _setattr(self, 'finish', finish)
INITS["def __init__(self, string, begin, finish):\n    _setattr(self, 'string', string)\n    _setattr(self, 'begin', begin)\n    _setattr(self, 'finish', finish)\n"] = __init__

def __init__(self, targets, endpoint=_default1, names=_FACTORY, tags=_FACTORY, include_gated=_default4, include_private=_default5, concurrency=_default6, resume=_default7, jobs=_default8, policy=_default9, progress=_default10, max_wait=_default11):
    self.targets = targets
    self.endpoint = endpoint
    self.names = _factory2() if names is _FACTORY else names
    self.tags = _factory3() if tags is _FACTORY else tags
    self.include_gated = include_gated
    self.include_private = include_private
    self.concurrency = concurrency
    self.resume = resume
    self.jobs = jobs
    self.policy = policy
    self.progress = progress
    self.max_wait = max_wait
INITS['def __init__(self, targets, endpoint=_default1, names=_FACTORY, tags=_FACTORY, include_gated=_default4, include_private=_default5, concurrency=_default6, resume=_default7, jobs=_default8, policy=_default9, progress=_default10, max_wait=_default11):\n    self.targets = targets\n    self.endpoint = endpoint\n    self.names = _factory2() if names is _FACTORY else names\n    self.tags = _factory3() if tags is _FACTORY else tags\n    self.include_gated = include_gated\n    self.include_private = include_private\n    self.concurrency = concurrency\n    self.resume = resume\n    self.jobs = jobs\n    self.policy = policy\n    self.progress = progress\n    self.max_wait = max_wait\n'] = __init__

def __init__(self, text, low, block_kind=_default2, heading_level=_default3, prev=_default4, prev_written=_default5, next=_default6, title_links=_FACTORY, link_spans=_FACTORY, own_spans=_FACTORY, news=_default10, row_label=_default11, header_row=_default12, role=_default13, nested=_default14):
    self.text = text
    self.low = low
    self.block_kind = block_kind
    self.heading_level = heading_level
    self.prev = prev
    self.prev_written = prev_written
    self.next = next
    self.title_links = _factory7() if title_links is _FACTORY else title_links
    self.link_spans = _factory8() if link_spans is _FACTORY else link_spans
    self.own_spans = _factory9() if own_spans is _FACTORY else own_spans
    self.news = news
    self.row_label = row_label
    self.header_row = header_row
    self.role = role
    self.nested = nested
INITS['def __init__(self, text, low, block_kind=_default2, heading_level=_default3, prev=_default4, prev_written=_default5, next=_default6, title_links=_FACTORY, link_spans=_FACTORY, own_spans=_FACTORY, news=_default10, row_label=_default11, header_row=_default12, role=_default13, nested=_default14):\n    self.text = text\n    self.low = low\n    self.block_kind = block_kind\n    self.heading_level = heading_level\n    self.prev = prev\n    self.prev_written = prev_written\n    self.next = next\n    self.title_links = _factory7() if title_links is _FACTORY else title_links\n    self.link_spans = _factory8() if link_spans is _FACTORY else link_spans\n    self.own_spans = _factory9() if own_spans is _FACTORY else own_spans\n    self.news = news\n    self.row_label = row_label\n    self.header_row = header_row\n    self.role = role\n    self.nested = nested\n'] = __init__

def __init__(self, training_code=_FACTORY, training_data=_FACTORY, weights=_FACTORY, counts=_default3, gated=_default4):
    self.training_code = _factory0() if training_code is _FACTORY else training_code
    self.training_data = _factory1() if training_data is _FACTORY else training_data
    self.weights = _factory2() if weights is _FACTORY else weights
    self.counts = counts
    self.gated = gated
INITS['def __init__(self, training_code=_FACTORY, training_data=_FACTORY, weights=_FACTORY, counts=_default3, gated=_default4):\n    self.training_code = _factory0() if training_code is _FACTORY else training_code\n    self.training_data = _factory1() if training_data is _FACTORY else training_data\n    self.weights = _factory2() if weights is _FACTORY else weights\n    self.counts = counts\n    self.gated = gated\n'] = __init__

def __init__(self, training_code=_FACTORY, training_data=_FACTORY, weights=_FACTORY, placeholders=_FACTORY, broken_links=_FACTORY, licenses=_FACTORY, base_models=_FACTORY, is_model_release=_default7, model_release_reason=_default8, downstream_code=_FACTORY, is_finetune=_default10, not_counted=_FACTORY, gates=_FACTORY, gated=_default13):
    self.training_code = _factory0() if training_code is _FACTORY else training_code
    self.training_data = _factory1() if training_data is _FACTORY else training_data
    self.weights = _factory2() if weights is _FACTORY else weights
    self.placeholders = _factory3() if placeholders is _FACTORY else placeholders
    self.broken_links = _factory4() if broken_links is _FACTORY else broken_links
    self.licenses = _factory5() if licenses is _FACTORY else licenses
    self.base_models = _factory6() if base_models is _FACTORY else base_models
    self.is_model_release = is_model_release
    self.model_release_reason = model_release_reason
    self.downstream_code = _factory9() if downstream_code is _FACTORY else downstream_code
    self.is_finetune = is_finetune
    self.not_counted = _factory11() if not_counted is _FACTORY else not_counted
    self.gates = _factory12() if gates is _FACTORY else gates
    self.gated = gated
INITS['def __init__(self, training_code=_FACTORY, training_data=_FACTORY, weights=_FACTORY, placeholders=_FACTORY, broken_links=_FACTORY, licenses=_FACTORY, base_models=_FACTORY, is_model_release=_default7, model_release_reason=_default8, downstream_code=_FACTORY, is_finetune=_default10, not_counted=_FACTORY, gates=_FACTORY, gated=_default13):\n    self.training_code = _factory0() if training_code is _FACTORY else training_code\n    self.training_data = _factory1() if training_data is _FACTORY else training_data\n    self.weights = _factory2() if weights is _FACTORY else weights\n    self.placeholders = _factory3() if placeholders is _FACTORY else placeholders\n    self.broken_links = _factory4() if broken_links is _FACTORY else broken_links\n    self.licenses = _factory5() if licenses is _FACTORY else licenses\n    self.base_models = _factory6() if base_models is _FACTORY else base_models\n    self.is_model_release = is_model_release\n    self.model_release_reason = model_release_reason\n    self.downstream_code = _factory9() if downstream_code is _FACTORY else downstream_code\n    self.is_finetune = is_finetune\n    self.not_counted = _factory11() if not_counted is _FACTORY else not_counted\n    self.gates = _factory12() if gates is _FACTORY else gates\n    self.gated = gated\n'] = __init__

def __init__(self, url, text, line, column, context, heading, source):
    _setattr(self, 'url', url)
    _setattr(self, 'text', text)
    _setattr(self, 'line', line)
    _setattr(self, 'column', column)
    _setattr(self, 'context', context)
    _setattr(self, 'heading', heading)
    _setattr(self, 'source', source)
INITS["def __init__(self, url, text, line, column, context, heading, source):\n    _setattr(self, 'url', url)\n    _setattr(self, 'text', text)\n    _setattr(self, 'line', line)\n    _setattr(self, 'column', column)\n    _setattr(self, 'context', context)\n    _setattr(self, 'heading', heading)\n    _setattr(self, 'source', source)\n"] = __init__

def __init__(self, value, headers, not_modified, link=_default3):
    self.value = value
    self.headers = headers
    self.not_modified = not_modified
    self.link = link
INITS['def __init__(self, value, headers, not_modified, link=_default3):\n    self.value = value\n    self.headers = headers\n    self.not_modified = not_modified\n    self.link = link\n'] = __init__

def __init__(self, words=_default0, stems=_default1, starts=_default2, inside=_default3):
    _setattr(self, 'words', words)
    _setattr(self, 'stems', stems)
    _setattr(self, 'starts', starts)
    _setattr(self, 'inside', inside)
INITS["def __init__(self, words=_default0, stems=_default1, starts=_default2, inside=_default3):\n    _setattr(self, 'words', words)\n    _setattr(self, 'stems', stems)\n    _setattr(self, 'starts', starts)\n    _setattr(self, 'inside', inside)\n"] = __init__

