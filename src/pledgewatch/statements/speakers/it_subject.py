"""An "it" at a cue that opens the sentence after one whose subject is a body the candidate lists miss (round 37).

`resolve_it_they` takes an "it" for the previous organisation speaker, else the nearest ORG/GPE entity or
organisation noun (`ORG_HEADS`). Two subjects of the sentence right before fall through those lists, and the pronoun
then goes to an older organisation or a country named sentences back:
  - a name the NER tagged PERSON that a "which" clause describes as a thing ("Cornwall Insight, which has forecast
    price caps ..., will not update its predictions. It said ..."; a person takes "who");
  - a common noun that names no one whose prepositional phrase ends in a body's name ("The legal arm of the Open
    Society Foundations has drawn up an indictment. It said ...", "The press office of Acme Corp issued ...").
`previous_subject_body` gives that subject's span, an organisation as written (not resolved as a mention: "the
legal arm" would be read as a person noun); grammatical role and recency (the subject of the sentence just
before, with nothing but the pronoun's own sentence after it) are the preference, as for a he/she
(`_pronoun_nearby`). A MIXIN of `Resolver`.
"""

from __future__ import annotations

from .words import SUBJ_DEPS

_THING_RELATIVES = {"which", "that"}
_BODY_ENTS = {"ORG", "PERSON", ""}  # (a name the NER tagged PERSON or nothing: "Cornwall Insight")


class ItSubjectMixin:
    def previous_subject_body(self, i: int):
        """(start, end) of the body an "it" at token i means, by the rule above; None where the pronoun is not its
        sentence's first word, its sentence follows no sentence, or that sentence's subject is not such a body."""
        idx, doc = self.idx, self.doc
        si, start, _ = idx.sent_of.get(i, (0, 0, 0))
        if si == 0 or i != start and any(t.is_alpha for t in doc[start:i]):
            return None
        prev = doc[start - 1].sent
        root = prev.root
        subj = next((c for c in root.children if c.dep_ in SUBJ_DEPS and c.dep_ != "csubj"), None)
        if subj is None or idx.in_content(subj.i) or subj.tag_ not in {"NN", "NNP"}:
            return None
        if self.prev_i is not None and self.prev_i >= subj.i:
            return None  # (the previous speaker came after it: resolve_it_they's own rule)
        if subj.pos_ == "PROPN" and _described_as_thing(subj):
            return subj.left_edge.i, _name_end(subj)
        if subj.pos_ == "NOUN" and not self._can_speak(subj):
            body = _named_body_of(subj)
            if body is not None:
                return subj.left_edge.i, body.i + 1
        return None


def _described_as_thing(subj) -> bool:
    """A proper-noun subject the NER tagged PERSON (or nothing) with a which-clause of its own ("Cornwall Insight,
    which has ..."): no person."""
    if subj.ent_type_ not in _BODY_ENTS:
        return False
    return any(c.dep_ == "relcl" and any(g.dep_ in SUBJ_DEPS and g.lower_ in _THING_RELATIVES for g in c.children)
               for c in subj.children)


def _name_end(subj) -> int:
    """The end of the name a subject heads, before its relative clause or apposition."""
    end = subj.i + 1
    while end < len(subj.doc) and subj.doc[end].dep_ in ("compound", "flat") and subj.doc[end].head.i == subj.i:
        end += 1
    return end


def _named_body_of(noun):
    """The proper noun a chain of prepositional phrases on `noun` ends in ("the legal arm [of the Open Society
    Foundations]"), where it is a body's name (ORG, or no entity); else None."""
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ in {"ORG", ""}:
            return obj
    return None
