"""An "it" whose own statement sits inside another statement's words, with a body or country named as a subject
before it in that sentence: 'western officials said ... with Moscow making "genuine headway" on the objective it
claimed was the rationale for the invasion' (Moscow), '..., the ministry said, adding that Kyiv would respond once it
confirmed the strikes' (Kyiv). The resolver's it/they branch looks only outside statements' words (a body named
inside a quotation is no antecedent of a later "it"), so such an "it" took a body named outside, however far: the
news agency a closing "according to" tag credits, two sentences back (round 39; a risk round 38's review left,
corpus). A mixin of `Resolver`.
"""

from __future__ import annotations

from .words import PRON_IT, SUBJ_DEPS


class NestedPronounsMixin:
    def nested_it(self, i, low):
        """The record of the body or country that an "it" at token i inside another statement's words means (see
        the module docstring): the nearest ORG or GPE entity before it in its sentence, inside those words too, that
        is a subject (or the compound of one) of a verb other than the pronoun's; else None."""
        if low not in PRON_IT or not self.idx.in_content(i):
            return None
        doc = self.doc
        sent = doc[i].sent
        found = None
        for e in doc.ents:
            if e.start < sent.start or e.start >= i or e.label_ not in ("ORG", "GPE") or e.start in self.idx.tok_person:
                continue
            root = e.root if e.root.dep_ != "compound" else e.root.head
            if root.dep_ in SUBJ_DEPS and root.head.i != doc[i].head.i and self.idx.in_content(e.start):
                found = e
        if found is None:
            return None
        rec = self.resolve_mention(found.start, found.end, found.text, recurse=False)
        return rec if rec["speaker_name"] != "UNKNOWN" and rec["speaker_type"] != "person" else None
