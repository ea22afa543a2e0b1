"""What is said to be open (model, weights, code, data, project, other) and how strongly (strong, plain,
partial), from the nouns around the phrase and the words that qualify it.
"""

from __future__ import annotations

from openwash.claims import patterns as p
from openwash.claims.reader import Reader
from openwash.claims.record import Sentence
from openwash.claims.text import (
    copula_before,
    has_cjk,
    leading_phrase_end,
    mixed_target,
    noun_phrase_start,
    subject_span,
    verb_form_target,
)


class TargetAndStrength(Reader):
    """What is said to be open (model, weights, code, data, project, other) and how strongly (strong, plain,"""

    def target(self, s: Sentence, a: int, b: int, kind: str) -> str:
        """What the openness is said of (see the module docstring of :mod:`openwash.claims`)."""
        low = s.low
        if kind == "open-weights":
            return "weights"
        if s.block_kind == "front_matter":
            return "data" if s.role == "data_card" else "model"
        if s.block_kind == "table_cell" and s.row_label:
            found = self._last_target(s.row_label)
            if found:
                return found
        cjk = has_cjk(low[a:b])
        cs, ce = self.clause(low, a, b)
        if b - a > 20 or kind == "open":  # 'release the Wren weights openly', 'open models': inside the phrase
            # ... unless a noun right after it heads the compound: 'our first open model checkpoint' is a checkpoint
            after = low[b:b + 30].split(maxsplit=1)
            found = (self._last_target(after[0].strip(".,;:!?)*_")) if kind == "open" and after
                     and low[b:b + 1].isspace() else "") or self._last_target(low[a:b])
            if found:
                return found
        label = p.OWNER_1.match(low[:a])
        if label and label.group(1).split() and p.ARTIFACT.match(label.group(1).split()[-1]):  # 'Training code: ...'
            found = self._last_target(label.group(1))
            if found:
                return found
        if cjk:
            segments = p.TARGET_2.split(low[b:b + 60])
            np_after = segments[0]
            if p.TARGET_4.match(np_after) or p.JUDGE_CJK_7.search(low[max(0, a - 3):a]):
                found = self._last_target(low[max(0, a - 40):a])  # licence wording: what is under the licence
                if found:
                    return mixed_target(low, found)
            found = self._last_target(np_after)
            if found:
                return mixed_target(low, found)
            if p.JUDGE_CJK_11.match(np_after):
                return "project"
            if len(segments) > 1 and p.TARGET_5.match(segments[1]):
                found = self._last_target(segments[1])  # '开源了 X，一个…的工具包'
                if found:
                    return mixed_target(low, found)
            found = self._nearest_target(low[max(cs, a - 30):a], before=True)
            if found:
                return mixed_target(low, found)
            named = self._name_target(s)
            if named:
                return named
        else:
            head = self.head_span(low, b, ce)
            h0 = low.find(head[0], b, ce) if head else -1
            if head and len(head) == 1 and h0 >= 0 and (self.has_own(head[0]) or (
                    verb_form_target(low[a:b], low[max(0, a - 12):a])
                    and self._is_name(s, h0, h0 + len(head[0])) and head[0] not in p.ARTIFACT_WORDS)):
                # 'we open-source Demo-7B, a 7B model': the own name is the release; an appositive says what
                # it is (a target word inside the name, 'demo' in 'Demo-7B', says nothing)
                rest = low[b:ce].split(",", 1)
                # the appositive's head, not what it is for ('Demo, a tool for evaluating LLMs' is a tool)
                found = self._last_target(p.TARGET_PURPOSE.split(rest[1])[0]) if len(rest) > 1 else ""
                if found:
                    return mixed_target(low, found)
                return self._name_target(s) or ("model" if self.is_model_release else "project")
            found = self._last_target(" ".join(head))
            if found:
                return mixed_target(low, found)
            if p.TARGET_3.match(low[b:b + 3]):  # 'Fully open source: checkpoints and training code'
                listed = {name for name, rx in p.TARGET_WORDS if name != "project" and rx.search(low[b:b + 80])}
                if len(listed - {"other"}) >= 2:
                    return "model" if "weights" in listed or "model" in listed else "other"
                found = self._nearest_target(low[b:b + 60], before=False)
                if found:
                    return mixed_target(low, found)
            # predicated of a subject: the predicate noun, else the subject's head noun
            cop = copula_before(low, a, cs)
            if cop is not None:
                found = self._last_target(low[cop:a])
                if found:
                    return mixed_target(low, found)
                start, end = subject_span(low, cop)
                subj = p.CLASSIFY_4.split(low[start:end])[0]
                if p.TARGET_7.match(subj) and s.prev:
                    first_clause = p.TARGET_8.split(s.prev)[0]
                    found = self._last_target(first_clause) or self._nearest_target(s.prev, before=False)
                    if found:
                        return mixed_target(low, found)
                components = {name for name, rx in p.TARGET_WORDS if name in ("weights", "code", "data")
                              and rx.search(subj)}
                if len(components) >= 2:  # 'the weights, code and data are open source'
                    return "model" if "weights" in components else "other"
                found = self._last_target(subj)
                if found:
                    return mixed_target(low, found)
                if end > start and self.has_own(low[start:end]):
                    return self._name_target(s) or ("model" if self.is_model_release else "project")
            # released as an object: the object noun phrase
            obj = p.TARGET_6.split(low[b:b + 90])[0]
            found = self._last_target(obj)
            if found:
                return mixed_target(low, found)
            if self.has_own(obj) or self._is_name(s, b, min(len(low), b + len(obj))):
                named = self._name_target(s)
                if named:
                    return named
            # a leading prepositional phrase ('Unlike other models, it is ...') names nothing that is open
            found = self._nearest_target(low[max(cs, leading_phrase_end(low), a - 60):a], before=True) or \
                self._nearest_target(low[b:ce], before=False)
            if found:
                return mixed_target(low, found)
            named = self._name_target(s)
            if named:
                return named
        # a model word in an English sentence ('an LLM', 'a 7B model', 'Demo-7B-Instruct') says what the release
        # is even where no weights were found (a pre-release, weights hosted elsewhere); in CJK text 模型 sits
        # inside compounds ('大模型训练框架', a framework for large models) and says it only in a model release
        if (self.is_model_release is not False and p.TARGET_1.search(low)) or (
                not has_cjk(low) and self._says_model(low, a, b)):
            return "model"
        return "model" if self.is_model_release else "project"

    @staticmethod
    def _says_model(low: str, a: int, b: int) -> bool:
        """A model word names what is open: before the phrase as the subject or its appositive ('h2oGPT, an LLM
        that is ... open-source'), or after it in its own noun phrase ('an open-source 7B model').  Not as what a
        tool serves or evaluates ('open-source serving for 7B models', 'a platform for serving LLMs that is open
        source'), nor inside a leading prepositional phrase ('Unlike other models, Acme is open source')."""
        lead = leading_phrase_end(low)
        for m in p.TARGET_1.finditer(low):
            if m.end() <= a:
                if m.start() < lead:
                    continue
                before = low[lead:noun_phrase_start(low, m.end())].split()
                if before and p.TARGET_PURPOSE.fullmatch(before[-1]):
                    continue
                return True
            if m.start() >= b and not p.TARGET_PURPOSE.search(low, b, m.start()):
                return True
        return False

    def _last_target(self, region: str) -> str:
        best: tuple[int, str] | None = None
        for name, rx in p.TARGET_WORDS:
            for m in rx.finditer(region):
                if best is None or m.end() > best[0]:
                    best = (m.end(), name)
        return best[1] if best else ""

    def _nearest_target(self, region: str, before: bool) -> str:
        best: tuple[int, str] | None = None
        for name, rx in p.TARGET_WORDS:
            for m in rx.finditer(region):
                dist = len(region) - m.end() if before else m.start()
                if best is None or dist < best[0]:
                    best = (dist, name)
        return best[1] if best else ""

    def _name_target(self, s: Sentence) -> str:
        # a model word anywhere in the sentence ('… image', '… generation', '7B') says 'model' only where the
        # repository may release one: in a repository known to release none it names what the software handles
        if self.is_model_release is not False and p.NAME_TARGET_1.search(s.low):
            return "model"
        if p.SIZED_NAME.search(s.low):
            return "model"  # 'Hunyuan-A52B-Pretrain', 'Yi-9B': a parameter count or an instruct variant names a model
        return ""

    def strength(self, s: Sentence, a: int, b: int, pstrength: str, target: str) -> str:
        """strong: fully/truly/100 %/完全; partial: one component, part of it, or set against a closed part."""
        low = s.low
        if pstrength == "strong":
            return "strong"
        window = low[max(0, a - 30):a]
        if p.STRENGTH_2.search(window) or \
                p.STRENGTH_3.search(window):
            return "strong"
        if pstrength == "partial" or target in ("code", "data"):
            return "partial"
        if p.STRENGTH_1.search(low[:a]):
            return "partial"
        if p.CONTRAST_CLOSED.search(low):
            return "partial"
        return "plain"
