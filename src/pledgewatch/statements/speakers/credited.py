"""A body credited in an "according to" phrase that is no statement's speaker mention: "Russia has the capacity to
adapt, they said, according to a Press Association report" (the phrase closes a sentence whose speech verb owns the
statement, `according_verbs.closing_tag`, round 38, so no row has the agency as its speaker). The agency relays
another's words; it is not the body a later "it" or "they" goes on from ("... the objective it claimed was the
rationale for the invasion" is not the Press Association's claim: corpus guardian_2022-0163, where round 38's rule
freed the phrase from the statement that held it and the agency became the antecedent). Round 39, a risk round 38's
review left. A mixin of `Resolver`; read by `pronouns._org_entities`.
"""

from __future__ import annotations


class CreditedMixin:
    def credited_only(self, i: int) -> bool:
        """Token i lies in the object of an "according to" phrase and in no row's speaker mention."""
        if any(s <= i < e for s, e in self.cue_spans):
            return False
        t = self.doc[i]
        for _ in range(6):
            if t.head.i == t.i:
                return False
            if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
                return True
            t = t.head
        return False
