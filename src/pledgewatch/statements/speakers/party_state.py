"""A US politician's party and state: the description that makes the speaker American without a country word.

Construction (US news style, and its British echo): a party and a state attached to the name, in an appositive or a
bracket ("Jane Cole, a Democrat from Michigan,", "Tom Walsh, Republican of Texas,", "Senator X, R-Idaho,", "Rep. Y
(D-N.Y.)"), or a party word right before a legislator's title ("Republican Senator X", "the Democratic congresswoman
X"). Each needs both halves: a state (`us_states` of speaker_words.csv, names and AP abbreviations) with a party
noun or letter, or a party adjective with a legislator's title (roles.csv kind `legislator`) - a party word alone is
no country ("Social Democrat", "Christian Democrats", "Republican Guard", the Irish "republican"), nor a state alone
("a Texas-based analyst" is left to the other evidence).

`party_state_country(idx, start, end)` -> "United States" or ''.
"""

from __future__ import annotations

from .words import word_list

_STATES = word_list("us_states")
_PARTIES = word_list("us_parties")
_LETTERS = word_list("us_party_letters")
US = "United States"


def _state(tok) -> bool:
    """The state named by `tok` with its compound words ("New Hampshire", "N.Y.", "Calif.")."""
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.text[:1].isupper()]
    name = " ".join([c.text for c in words] + [tok.text]).lower()
    return name in _STATES or tok.lower_ in _STATES


def _party_noun(tok) -> bool:
    """A capitalised party noun with nothing before it but an article ("a Democrat", not "a Social Democrat")."""
    if not (tok.text[:1].isupper() and tok.lower_ in _PARTIES):
        return False
    return all(c.dep_ == "det" for c in tok.children if c.i < tok.i)


def _appositive_party_state(doc, start: int, end: int) -> bool:
    for t in doc[start:end]:
        for ap in t.children:
            if ap.dep_ != "appos" or ap.i < end:
                continue
            # "a Democrat from Michigan", "Republican of Texas"
            if _party_noun(ap) and any(p.dep_ == "prep" and p.lower_ in {"from", "of"} and any(
                    o.dep_ == "pobj" and _state(o) for o in p.children) for p in ap.children):
                return True
            # "R-Idaho", "(D-N.Y.)": the party letter hyphenated to the state
            if _state(ap) and any(c.lower_ in _LETTERS and c.text.isupper() and c.i + 2 == ap.i and
                                  doc[c.i + 1].text == "-" for c in ap.children):
                return True
    return False


def _party_title(idx, start: int) -> bool:
    """A party adjective right before a legislator's title that runs up to the name ("Republican Senator X")."""
    doc, ref = idx.doc, idx.ref
    lo = max(0, start - 4)
    for j in range(start - 2, lo - 1, -1):
        tok = doc[j]
        if tok.text[:1].isupper() and tok.lower_ in _PARTIES and (j == 0 or doc[j - 1].lower_ in {"the", "a", "an"}
                                                                  or not doc[j - 1].is_alpha):
            title = doc[j + 1:start].text
            return any(m[3] == "legislator" for m in ref.role_matches(title))
    return False


def party_state_country(idx, start: int, end: int) -> str:
    """United States where the party and state (or party and legislator's title) of the person at [start, end) say
    so, else ''."""
    doc = idx.doc
    if _appositive_party_state(doc, start, end) or _party_title(idx, start):
        return US
    return ""
