"""Gender evidence for the people of an article index (used to resolve he/she).

A he/she/his/her whose nearest preceding subject person (same sentence, else the sentence's only person, else the
previous sentence's only subject person) is X votes for X; officials.csv's gender votes strongly, a first name of
statements/gender.py weakly; honorifics ("Mr", "Ms") vote when the mention is indexed (index.py).

A he/she inside a quotation does not vote: the quoted speaker says "I" of themselves, so their "he" is someone they
speak of ('Jan Brewer described Trump as "kind." (That said, she also noted, "When you ... him, he will punch back 10
times ....")': "him" and "he" are Trump, not Brewer; reported speech, "Biden said he would ...", votes). The
quotations are the article index's (`ArticleIndex.quotations`, which the bloc counts read too): a quotation continued
over paragraphs, its mark opening its paragraph and left open at its end, is the quoted speaker's as a closed one is
(round 43; closed ones only before); the narration after a lone closing mark is not.
"""

from __future__ import annotations

from ..gender import FEMALE, MALE
from ..names import fold
from .words import PRON_F, PRON_M


def _pronoun_votes(idx) -> None:
    doc = idx.doc
    subj_by_sent = {}
    for m in idx.mentions:
        if m[3]:
            subj_by_sent.setdefault(m[4], []).append(m)
    strings = doc.vocab.strings
    he_she = {strings[w] for w in PRON_M | PRON_F}  # (hashes of the lower-case forms)
    for i, low in enumerate(doc.to_array("LOWER").tolist()):
        if low in he_she and i not in idx.tok_person:
            t, si = idx.toks[i], idx.sent_of[i][0]
            if any(s <= t.idx < e for s, e in idx.quotations()):
                continue
            g = "m" if t.lower_ in PRON_M else "f"
            same = [m for m in subj_by_sent.get(si, []) if m[1] <= t.i]
            if same:
                same[-1][2].gender_votes[g] += 2
                continue
            allp = [m for m in idx.mentions if m[4] == si and m[1] <= t.i]
            if len({m[2] for m in allp}) == 1:
                allp[0][2].gender_votes[g] += 1
                continue
            if not allp:
                prev = subj_by_sent.get(si - 1, [])
                if len({m[2] for m in prev}) == 1:
                    prev[0][2].gender_votes[g] += 1


def _reference_votes(idx) -> None:
    for p in idx.people:
        if p.official and p.official.gender in ("m", "f"):
            p.gender_votes[p.official.gender] += 5
        given = fold(p.canonical).split()[0] if len(p.canonical.split()) > 1 else p.given
        if not given and len(p.canonical.split()) == 1 and p.canonical[:1].isupper() and \
                idx.ref.official(p.canonical, idx.date) is None:
            given = fold(p.canonical)  # a first name alone: "— Ashley, Mississauga" (an advice-column letter)
        if given in FEMALE and given not in MALE:
            p.gender_votes["f"] += 2
        elif given in MALE and given not in FEMALE:
            p.gender_votes["m"] += 2


def gender_from_pronouns(idx) -> None:
    """Add the pronoun and reference votes to every person of the index (once, after the mentions are indexed)."""
    _pronoun_votes(idx)
    _reference_votes(idx)
