"""The role and country the text gives a person at one mention (roles.csv, countries.csv through names.reference).

`role_of(index, start, end, i0, lead)`: titles before the name ("German Defence Minister Boris Pistorius"), an
appositive after it ("Dmytro Kuleba, Ukraine's foreign minister,") or before it ("Ukraine's foreign minister, Dmytro
Kuleba"), else the title words the NER swallowed, else a role a verb predicates of the person ("X, who heads
Hungary's foreign ministry,", "X is Ukraine's deputy foreign minister.": speakers.predicated). `split_country(ref, role)`: 'German Defence Minister' ->
('Defence Minister', 'Germany').
"""

from __future__ import annotations

import re

from ..names import HONORIFIC_GENDER, fold, strip_possessive
from .described import _person_noun
from .memberships import member_of_office
from .predicated import predicated_role
from .record import norm_space, strip_det

# prepositions of a role noun's phrase on whose object the parser may hang the name in apposition (grammar); through
# for/to only up to a noun that names a person itself ("a spokesman for the Kremlin, X"; not "a letter to the
# president, X", "support for the president, X")
_HEAD_PREPS = {"of", "for", "to"}
_PERSON_PREPS = {"for", "to"}
# function words that may sit inside a title before a name ("Secretary of State", "Minister for Defence")
_TITLE_GLUE = {"of", "for", "to", "'s", "’s", "and", "-", "the"}


def _title_start(idx, start) -> int:
    """Index of the token before the run of title words that ends right before the name at `start`."""
    doc, ref = idx.doc, idx.ref
    j = start - 1
    sent_start = idx.sent_of.get(start, (0, 0, 0))[1]
    while j >= sent_start and start - j <= 10:
        t = doc[j]
        if j in idx.tok_person and idx.tok_person[j] is not None:
            break
        if t.pos_ in {"PROPN", "NOUN", "ADJ", "NUM"} or t.lower_ in _TITLE_GLUE or (
                t.pos_ == "PUNCT" and t.text in {"-"}):
            if t.lower_ == "the" and not (j + 1 < start and doc[j + 1].lower_ in {"national", "armed"}) and \
                    not (j > 0 and doc[j - 1].lower_ == "of"):
                break
            if t.lower_ == "and" and j > 0 and doc[j - 1].pos_ == "PROPN" and not ref.role_matches(doc[j - 1].text):
                break  # "Chinese leader Xi Jinping and [Alexander Lukashenko]": the title is Xi's
            j -= 1
            continue
        break
    return j


def _national_noun(ref, toks) -> bool:
    """A short description that is no known title but says whose the person is: a nationality or country before a
    common noun ("Russian billionaire Oleg Tinkov", "Oleg Tinkov, a Russian billionaire,", "Belarusian
    opposition figure Pavel Latushko"), also as the head of a longer appositive ("Alexander Isavnin, ... Russian
    internet privacy advocate ... member of ... Pirate Party", "Dmitri Trenin, ... prominent Russian foreign policy
    ... who has grown more aggressive"): the country is the person's own."""
    toks = [t for t in toks if t.pos_ != "DET"]
    if not toks or len(toks) > 5 or toks[-1].pos_ != "NOUN" or any(t.pos_ in {"VERB", "AUX", "ADP"} for t in toks):
        return False
    return bool(ref.find_country(" ".join(t.text for t in toks[:-1])))


# what follows a role noun in an appositive and is no part of the role: a relative or participial clause ("deputy
# head ... Ukraine's presidential ..., who is leading ..."), a comma-separated afterthought
_CLAUSE_DEPS = {"relcl", "acl", "advcl"}
_MAX_ROLE = 14  # tokens: a longer stretch is a clause, not a description


def _appositive_core(doc, head):
    """The description an appositive gives after a name without the clause that runs on from it: "said Andriy
    Smyrnov, deputy head ... Ukraine's presidential ..., who is leading the effort" -> "deputy head ...
    Ukraine's presidential administration"; "said Oleksandr Malish, ... patrol police ... for the cities ...
    Kramatorsk and Slovyansk in ... Donetsk region" (too long as a whole) -> "the patrol police chief". None where
    nothing shorter than the whole remains."""
    last = head.right_edge.i
    for c in head.subtree:  # the first clause or break after the head, at any depth ("... for justice, who ...")
        if c.i > head.i and (c.dep_ in _CLAUSE_DEPS or c.text in {",", ";", "(", "–", "—"}):
            last = min(last, (c.left_edge.i if c.dep_ in _CLAUSE_DEPS else c.i) - 1)
    while last > head.i and doc[last].is_punct:
        last -= 1
    if last - head.left_edge.i + 1 > _MAX_ROLE:
        last = head.i  # the noun phrase up to its head: "the patrol police chief"
    if last >= head.right_edge.i or last < head.i:
        return None
    return doc[head.left_edge.i:last + 1]


def role_of(idx, start, end, i0, lead) -> str:
    """Role words the text gives a person at this mention: titles before the name, appositives either side."""
    doc, ref = idx.doc, idx.ref
    # titles before the name, in the same noun phrase
    j = _title_start(idx, start)
    toks = [t for t in doc[j + 1:start]]
    while toks and toks[0].lower_ in {"of", "for", "to", "and", "the", "'s", "’s", "-"}:
        toks = toks[1:]
    left = doc[toks[0].i:i0].text if toks else doc[start:i0].text
    left = norm_space(left)
    if left and (ref.role_matches(left) or _national_noun(ref, toks)):
        return left
    # appositive after the name: "Dmytro Kuleba, Ukraine's foreign minister,"
    # (the appositive of the surname where the parser made another word of the name its root: "Pieter van den
    # [Berg], the Dutch agriculture minister,", "den" the root)
    for ch in [c for t in doc[start:end] for c in t.children]:
        if ch.dep_ == "appos" and ch.i >= end:
            sub = doc[ch.left_edge.i:ch.right_edge.i + 1]
            if (ref.role_matches(sub.text) and len(sub) <= _MAX_ROLE) or _national_noun(ref, list(sub)):
                return strip_det(sub.text)
            core = _appositive_core(doc, ch)
            if core is not None and (ref.role_matches(core.text) or member_of_office(core.text)):
                return strip_det(core.text)
            if len(sub) <= _MAX_ROLE and member_of_office(sub.text):  # "a member of Ukraine's mission to ... UN"
                return strip_det(sub.text)
            # the description's own noun phrase, in the appositive right after the name: "Alexander Isavnin, ...
            # Russian internet privacy advocate ... member of the Pirate Party" (not "..., a program associate at
            # ... Kennan Institute, ... Washington think tank", the second appositive the parser hung on the name)
            np = doc[ch.left_edge.i:ch.i + 1]
            if ch.left_edge.i <= end + 1 and _national_noun(ref, list(np)):
                return strip_det(np.text)
    txt = appositive_head_role(idx, start, end)
    if txt:
        return txt
    if lead:
        txt = " ".join(lead)
        if ref.role_matches(txt):
            return txt
    # a role a verb predicates of the person: "Varga, who heads Hungary's foreign ministry,", "Melnyk is ..."
    return predicated_role(idx, start, end)


def appositive_head_role(idx, start, end) -> str:
    """The role noun the name doc[start:end] is an appositive of: "Ukraine's foreign minister, ... Kuleba"; or of the
    last noun of the role's "of" phrase, where the parser hung it ("The mayor of Auckland, Philip Goff": appos of
    "Auckland"), or of a for/to phrase's ("A spokesman for the Kremlin, Dmitry Peskov": appos of "Kremlin"; "an
    adviser to the president, X" is an adviser, no president; not up to a noun that names no person: "a letter to
    the president, X" is the president); "" where the name is no such appositive. Also read beside a title before the name ("A spokesman
    for the Israeli army, Rear Admiral Daniel Hagari": "Rear Admiral" is the role, "spokesman for the Israeli
    army" a further one, `ArticleIndex._note_context`)."""
    doc, ref = idx.doc, idx.ref
    root = doc[start:end].root
    if not (root.dep_ == "appos" and root.head.i < start):
        return ""
    h, last = root.head, root.head
    while h.dep_ == "pobj" and h.head.lower_ in _HEAD_PREPS and h.head.head.pos_ in {"NOUN", "PROPN"} and \
            h.head.head.i < h.i:
        if h.head.lower_ in _PERSON_PREPS and not _person_noun(idx, h.head.head):
            break  # "The ministry's response to the senator, X": X is the senator, no response
        h = h.head.head
    toks = [t for t in doc[h.left_edge.i:last.i + 1] if not (root.left_edge.i <= t.i <= root.right_edge.i)]
    txt = strip_det(" ".join(t.text for t in toks).replace(" ’s", "’s").replace(" 's", "'s"))
    return txt if ref.role_matches(txt) and len(toks) <= 14 else ""


def split_country(ref, role: str) -> tuple[str, str]:
    """'German Defence Minister' -> ('Defence Minister', 'Germany'); keeps roles without a leading country."""
    role = strip_det(role)
    w = [x for x in role.split(" ") if fold(x).strip(".") not in HONORIFIC_GENDER and fold(x).strip(".") not in
         {"dr", "mr", "mrs", "ms"}]
    role = " ".join(w).strip(" ,")
    role = re.sub(r"\s+(of|for|to|at|known as)$", "", role)
    country = ref.find_country(role)
    w = role.split(" ")
    if w and len(w) > 1:
        first = strip_possessive(w[0])
        for n in (3, 2, 1):
            cand = strip_possessive(" ".join(w[:n]))
            row = ref.place(cand)
            if row and row.get("country") and len(w) > n:
                return " ".join(w[n:]), row["country"]
        if first in {"Western", "western"}:
            return " ".join(w[1:]), country
    return role, country
