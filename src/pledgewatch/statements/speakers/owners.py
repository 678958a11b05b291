"""An owner's thing at the cue: "her statement", "according to his information", "her office said".

    "her remarks", "Facebook's statement"          -> the owner speaks (a document or speech noun, `doc_heads`);
    "according to his information", "in her view" -> the owner speaks (what one knows or thinks, `owner_views`);
    "her office has said"                          -> "Jill Biden's office": the body a person named as he/she
                                                      owns (`owner_bodies`), named after them (an organisation;
                                                      official when the owner is);
    "his family said"                              -> "Aiden Aslin's family" (`owner_circles`, a group);
    "his lawyer said", "her spokesman said"        -> "Alexey Moskalyov's lawyer": a person related to a person
                                                      named as he/she (`person_relations`), unnamed.
"Ramaphosa's office" already reads so as written; an owner that is no named person ("its office") is left to the other
branches. The he/she of an owned body is first the subject of its own sentence ("Jill Biden is set to visit Romania,
her office has said"), whom the content is about.

A mixin of `Resolver` (resolver.py); it uses `self.doc`, `self.idx`, `_person_record`, `resolve_pronoun`,
`resolve_it_they`, `resolve_mention`.
"""

from __future__ import annotations

from .record import speaker_record, strip_det
from .words import (
    DOC_HEADS,
    OWNER_BODIES,
    OWNER_CIRCLES,
    OWNER_VIEWS,
    PERSON_RELATIONS,
    PRON_F,
    PRON_IT,
    PRON_M,
    PRON_PL,
)


class OwnersMixin:
    def _subject_of_sentence(self, o, gender):
        """The last compatible person who is a subject earlier in o's own sentence, inside the statement's content
        too: "Jill Biden is set to visit Romania on Thursday, her office has said" (the content is about its
        owner; the previous speaker is not); None if none."""
        idx = self.idx
        si = idx.sent_of.get(o.i, (None,))[0]
        same = [m for m in idx.mentions if m[0] < o.i and m[4] == si and m[3] and not m[2].weak
                and self._compatible(m[2], gender)]
        return self._person_record(same[-1][2]) if same else None

    def _owner_record(self, o, body=False):
        """The speaker record of the possessive o ("her", "its", "Facebook's"); for the body a he/she owns, the
        subject of its own sentence first."""
        if o.lower_ in PRON_M | PRON_F:
            gender = "m" if o.lower_ in PRON_M else "f"
            rec = self._subject_of_sentence(o, gender) if body else None
            return rec or self.resolve_pronoun(o.i, gender)
        if o.lower_ in PRON_IT | PRON_PL:
            return self.resolve_it_they(o.i, "it" if o.lower_ in PRON_IT else "they")
        return self.resolve_mention(o.left_edge.i, o.i + 1, self.doc[o.left_edge.i:o.i + 1].text, recurse=False)

    def _as_owner(self, m):
        """The owner's record for a document, speech or view of theirs; the owned body's for an office or a
        family of a named person; None otherwise (see the module docstring)."""
        poss = [c for c in m.head.children if c.dep_ == "poss"]
        if not poss:
            return None
        if m.hl in DOC_HEADS or (m.hl in OWNER_VIEWS and m.head.pos_ == "NOUN"):
            return self._owner_record(poss[0])
        if m.head.pos_ != "NOUN" or (m.hl not in OWNER_BODIES and m.hl not in OWNER_CIRCLES):
            # (a spokesperson or ministry of an owner is resolved below, as what it is)
            return None
        if len(m.span) > 2:  # "her Kyiv office" is a body with a name of its own
            return None
        owner = self._pronoun_owner(poss[0])  # "Ramaphosa's office" reads as written
        if owner is None:
            return None
        name = f"{owner['speaker_name']}'s {m.hl}"
        if m.hl in OWNER_BODIES:
            return speaker_record(name, "organization", "", owner["speaker_country"],
                                  bool(owner["speaker_is_official"]))
        return speaker_record(name, "group", "", owner["speaker_country"], False)

    def _pronoun_owner(self, poss):
        """The record of the named person a he/she possessive (`poss`: "his", "her") stands for, or None."""
        if poss.lower_ not in PRON_M | PRON_F:
            return None
        owner = self._owner_record(poss, body=True)
        return owner if owner.get("_person") is not None and owner["speaker_type"] == "person" else None

    def _owned_relation(self, head, text: str, country: str):
        """"his lawyer told CNN", "her spokesman said": a person noun of `person_relations` owned by he/she, that
        owner a named person (first the subject of the mention's own sentence: "Alexey Moskalyov ... was detained,
        his lawyer said") -> "Alexey Moskalyov's lawyer", an unnamed person; None where the owner is no named
        person (left as before: UNKNOWN)."""
        poss = [c for c in head.children if c.dep_ == "poss" and c.lower_ in PRON_M | PRON_F]
        if head.pos_ != "NOUN" or head.lower_ not in PERSON_RELATIONS or not poss:
            return None
        owner = self._pronoun_owner(poss[0])
        if owner is None:
            return None
        ws = strip_det(text).split()
        rest = " ".join(ws[1:]) if ws and ws[0].lower() == poss[0].lower_ else ""
        if not rest:
            return None
        return speaker_record(f"{owner['speaker_name']}'s {rest}", "person", rest, country or owner["speaker_country"],
                              bool(self.ref.role_official(text)))

