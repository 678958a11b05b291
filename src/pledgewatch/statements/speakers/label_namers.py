"""The pronoun that names a quoted label inside its own sentence's clause: "The Visit Ukraine online platform has
launched tours to what it called "Brave Cities"", "The aid group set up kitchens in what it described as "the
hungriest corner of Europe"", "Protesters marched against what they called "a betrayal"" (round 39; a risk round
38's review left: the "it" took the previous organisation speaker, Russia, two sentences back).

A naming verb with a fronted wh-pronoun object (`wh_label`'s rows: `wh_naming_cue` list) heads a clause that hangs,
through a preposition or as a complement, on a verb of the same sentence; the he/she/it/they that names is that
verb's subject, set before it, as a reader takes it ("X did Y to what it called Z"). The pronoun resolves to that
subject where the subject agrees with it: a he/she to a person the index knows (of a compatible gender), an it to a
singular noun phrase naming no person, a they to a plural one; a subject that is itself a pronoun, or one that does not agree,
leaves the pronoun to the resolver's usual branches ("Germany pledged tanks. He hailed what he called ...").
A mixin of `Resolver`.
"""

from __future__ import annotations

from ..grammar import naming_wh
from ..mention_span import mention
from .record import speaker_record
from .words import PRON_F, PRON_IT, PRON_M, PRON_PL, SUBJ_DEPS


def matrix_subject(doc, cue_i: int, pron_i: int):
    """The subject token of the verb that the naming clause of cue `cue_i` hangs on, before the pronoun `pron_i`,
    or None: the naming verb's own subject must be that pronoun, its object a fronted wh-word. (The walk up the
    heads stays in the cue's sentence: a parse's heads never leave it.)"""
    v = doc[cue_i]
    if naming_wh(v) is None:
        return None
    if not any(c.i == pron_i and c.dep_ in SUBJ_DEPS for c in v.children):
        return None
    h = v
    while h.head.i != h.i:
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            subj = next((c for c in h.children if c.dep_ in SUBJ_DEPS and c.dep_ != "nsubjpass"), None)
            if subj is not None:
                return subj if subj.i < pron_i and subj.pos_ in ("NOUN", "PROPN") else None
    return None


class LabelNamersMixin:
    def label_namer(self, r, s, low):
        """The record of the pronoun at token s that names a quoted label (see the module docstring), or None."""
        ci = r.get("cue_i")
        if ci is None or not 0 <= int(ci) < len(self.doc):
            return None
        subj = matrix_subject(self.doc, int(ci), s)
        if subj is None:
            return None
        st, en = mention(subj)
        if low in PRON_M or low in PRON_F:
            p, _ = self._person_in(st, en)
            gender = "m" if low in PRON_M else "f"
            return self._person_record(p) if p is not None and self._compatible(p, gender) else None
        if self._person_in(st, en)[0] is not None or (low in PRON_PL) != (subj.tag_ in ("NNS", "NNPS")) or \
                not (low in PRON_IT or low in PRON_PL):
            return None
        rec = self.resolve_mention(st, en, self.doc[st:en].text, recurse=False)
        if rec["speaker_name"] == "UNKNOWN":
            return None  # (a subject that names no agent, "The strike hit what it called ...": as before)
        if low in PRON_IT and rec["speaker_type"] == "person":
            # a name the index holds no person for, which the capitalised-name branch calls a person by default
            # ("The Ukrainian startup Brave Drones shipped what it called ..."): the "it" says it is a body
            rec = speaker_record(rec["speaker_name"], "organization", "", rec["speaker_country"], False)
        return rec
