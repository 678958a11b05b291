"""A news outlet credited in an "according to" phrase that is no statement's speaker mention: "Russia has the
capacity to adapt, they said, according to a Press Association report" (the phrase closes a sentence whose speech
verb owns the statement, `according_verbs.closing_tag`, round 38, so no row has the agency as its speaker). The
agency relays another's words; it is not the body a later "it" or "they" goes on from ("... the objective it claimed
was the rationale for the invasion" is not the Press Association's claim: corpus guardian_2022-0163, where round 38's
rule freed the phrase from the statement that held it and the agency became the antecedent). Round 39, a risk round
38's review left. A mixin of `Resolver`; read by `pronouns._org_entities` and `pronouns._org_candidates`.

Only the phrase's own object (`according.phrase`: its head noun and the words of its name, "the news agency
Interfax", "a Press Association report"), not a body named further inside it ("according to figures from the
Ukrainian army", "according to Reuters, which cited the defence ministry": the army and the ministry stay
antecedents); only where the phrase is no row's cue ("Two people were killed, according to the agency Interfax. It
said ...": the agency's own statement, and its "it"), closes its sentence, and stands after a row's speech verb that
governs it (round 38's `closing_tag` case; "According to Interfax, the governor said ..." opens its sentence and
is the agency's row); only a news outlet the tables know (`bodies.news_outlets`: "according to the army" after a
speech verb is the army's word, and the army is what a later "it" goes on from). Round 39's mend.
"""

from __future__ import annotations

from ..according import opener
from ..names import fold
from .bodies import news_outlets
from .record import strip_det

# the dependencies that keep a word inside its noun phrase's own name ("the news agency Interfax", "a Press
# Association report"), not a modifier phrase or clause of it
_OWN_DEPS = {"compound", "appos", "flat", "amod", "nmod", "poss", "det", "nummod"}


class CreditedMixin:
    def credited_only(self, i: int) -> bool:
        """Token i lies in the own object of an "according to" phrase that is no row's cue and closes a sentence
        after a row's speech verb, the object naming a news outlet, and i is in no row's speaker mention."""
        obj = self._own_object(self.doc[i])
        a = opener(obj) if obj is not None else None
        if a is None or a.i in self.cue_heads or any(s <= i < e for s, e in self.cue_spans):
            return False
        end = max(obj.right_edge.i, obj.head.i)
        if not all(t.is_punct or t.is_space for t in self.doc[end + 1:a.sent.end]):
            return False
        verbs = [self.doc[c] for c in self.cue_heads if c < a.i]
        if not any(v.i == a.head.i or v.is_ancestor(a) for v in verbs):
            return False
        return self._names_outlet(obj)

    def _own_object(self, t):
        """The pobj whose own noun phrase holds t (t itself, or t a word of its name), or None."""
        for _ in range(4):
            if t.dep_ == "pobj":
                return t
            if t.dep_ not in _OWN_DEPS or t.head.i == t.i:
                return None
            t = t.head
        return None

    def _names_outlet(self, obj) -> bool:
        """The own words of object obj name a news outlet (`bodies.news_outlets`): a named entity or a run of proper
        nouns among them."""
        own = [t for t in obj.subtree if getattr(self._own_object(t), "i", None) == obj.i]
        known = news_outlets()
        ents = {e for t in own for e in self.doc.ents if e.start <= t.i < e.end}
        names = [strip_det(e.text) for e in ents]
        props = [t for t in own if t.pos_ == "PROPN"]
        if props:
            names.append(self.doc[props[0].i:props[-1].i + 1].text)
        return any(fold(n) in known for n in names if n)
