"""The support relation the aid modules share (coding.aid, coding.aid_limits, coding.aid_trade): the side of a
place named by one token and whom a support word is for, read from the words after it. A module of its own so that
the aid modules import it at load time, not on each call (coding.aid imports aid_limits and aid_trade)."""

from __future__ import annotations

import functools

from . import words as _words

PUNCT = _words.of("aid_punct")  # brackets, quotation marks, commas
STOP = PUNCT | _words.of("aid_clause_break")  # where a window of words stops: a comma, a bracket, "." or ";"
SENTENCE_BREAK = _words.of("aid_clause_break") | _words.of("aid_sentence_end")  # ".", ";", "?", "!"


@functools.lru_cache(maxsize=65536)
def place_side(tok: str) -> str:
    """The side of a country or body named by one token ('' if none): recipient, adversary, donor or other."""
    from ..sides import side_of
    from ..statements.names import reference

    W = _words.classes()
    tok = tok.removesuffix("'s")
    if tok in W["ukraine"]:
        return "recipient"
    if tok in W["other_beneficiary"]:
        return "other"
    if not tok.isalpha() or tok in W["not_a_place"]:
        return ""
    row = reference().place(tok)
    return (side_of(row["country"]) or "other") if row and row.get("country") else ""


_STOP = _words.of("beneficiary_stop")  # the giver ("from", "by"), punctuation, conjunctions


def beneficiary_after(lowers: list[str], i: int, span: int = 5, stop: frozenset = frozenset()) -> str:
    """Whom the support word at i is for: 'recipient' (Ukraine), 'other' (another place, a non-beneficiary object),
    'giver' (a donor after `giver_of`: the support's giver, no beneficiary) or ''. Reads the words after it up to
    `span`, through 'to', 'for', 'with', 'in' or directly (a verb's object); stops at 'from', 'by' (the giver),
    punctuation and conjunctions, and at a word of force (`against_adversary`: "missiles able to hit Russian territory",
    "weapons to fight against Russia": the target is no beneficiary). After 'in', only a place counts ("aid in Gaza";
    "support in the war" names no beneficiary). After a `giver_of` word ('of'), a donor is the giver, no beneficiary
    ("the backing of Britain and America matters to us", "with the help of Canadian industry"; "support of Kyiv" still
    names Ukraine). The adversary named by a word that is no place (`adversary`: Putin; "the Kremlin" is already a place
    of the adversary's side) counts only as the direct object ("only aids Putin", "the loophole is aiding Putin",
    "those exports aid Putin's regime"; round 30), not further on ("weapons to stop Putin")."""
    W = _words.classes()
    seen_in = seen_of = False
    for j in range(i + 1, min(i + 1 + span, len(lowers))):
        w = lowers[j]
        if w in _STOP or w in stop or w in W["against_adversary"]:
            return ""
        seen_in = seen_in or w == "in"
        seen_of = seen_of or (j == i + 1 and w in W["giver_of"])
        if w in W["not_beneficiary"] and not seen_in:
            return "other"
        side = place_side(w)
        if not side and w in W["adversary"] and all(x in W["aid_skip_before"] for x in lowers[i + 1:j]):
            side = "adversary"  # the adversary's leader as the direct object: "only aids Putin"
        if side:
            return "giver" if seen_of and side == "donor" else "recipient" if side == "recipient" else "other"
    return ""


@functools.lru_cache(maxsize=65536)
def _pair_side(first: str, second: str) -> str:
    """The side of a country or body named by two tokens ("united states", "european union"; '' if none)."""
    from ..sides import side_of
    from ..statements.names import reference

    row = reference().place(first + " " + second.removesuffix("'s"))
    return (side_of(row["country"]) or "other") if row and row.get("country") else ""


def donor_named(words: list[str]) -> bool:
    """Do `words` name a donor country or body in one token or two ("Britain", "the United States")?"""
    return any(place_side(w) == "donor" or (k + 1 < len(words) and _pair_side(w, words[k + 1]) == "donor")
               for k, w in enumerate(words))


def adversary_before(lowers: list[str], k: int, span: int = 4) -> bool:
    """The adversary gives, gets or acts ("the Russian army got", "Russia was being supplied with", "Russia is
    training ..."): an adversary word within `span` words before k, no punctuation between."""
    W = _words.classes()
    for w in reversed(lowers[max(0, k - span):k]):
        if w in STOP:
            return False
        if w in W["adversary"]:
            return True
    return False


def membership(lowers: list[str], i: int, side: str = "") -> bool:
    """Membership or accession ("Ukraine's membership", "Kyiv joining the alliance", "candidate status" and "a
    candidate country": `candidate_head` after 'candidate'), not another country's
    ("Sweden's accession to the alliance"). The joiner must be Ukraine: named as the joiner (`joiner_side`; until
    round 41 a `ukraine` word anywhere in the content: "the accession of Finland and Sweden, who ... after Russia's
    invasion of Ukraine" was Ukraine's) or, none named, the
    recipient speaking ("the country could join the alliance", said by Zelensky); membership with Ukraine unnamed is
    another country's ("prevent the country from joining ... European Union" of Moldova, "since we joined the EU" of
    a Finn, "against joining ... western military alliance" of Finland and Sweden). Not spoken by the adversary: its
    demands and narrative on Ukraine's membership are no support ("Russia ... insistent about Ukraine not joining
    ...", "Ukraine is not invited ... NATO because Poland wants ... invade", "Moscow ... nothing against Ukraine's
    possible ... of the European Union")."""
    W = _words.classes()
    w = lowers[i]
    if side == "adversary":
        return False
    joins = w in W["join_verb"] or (w in ("member", "members") and lowers[i + 1:i + 2] == ["of"])  # "a member of NATO"
    candidate = w == "candidate" and lowers[i + 1:i + 2] and lowers[i + 1] in W["candidate_head"]  # "candidate status"
    if not (w in W["membership"] or candidate or (joins and any(x in W["alliance"] for x in lowers[i + 1:i + 5]))):
        return False
    joiner = joiner_side(lowers, i)  # until round 41 also: no other place within three words before it
    return joiner == "recipient" or (not joiner and side == "recipient")


JOINER_AFTER = 4  # words after a membership word where its complement names the joiner ("accession talks with Kyiv")
JOINER_BEFORE = 20  # words before it, in its sentence, where its possessor, its clause's subject or the place named
# last does


def _place_of(lowers: list[str], j: int) -> str:
    """The side of a place named at j, '' for none or for a bloc joined ("NATO", "the EU's", "European" before
    "Union", and a place of the gazetteer whose country is a bloc, `bloc_homes` of speaker_words.csv: "other
    European countries", "Brussels"): the bloc joined is no joiner."""
    W = _words.classes()
    w = lowers[j]
    if w.removesuffix("'s") in W["alliance"] or lowers[j + 1:j + 2] and lowers[j + 1] in W["alliance"]:
        return ""
    return "" if w.isalpha() and _bloc_place(w) else place_side(w)


@functools.lru_cache(maxsize=65536)
def _bloc_place(word: str) -> bool:
    """The gazetteer names word a place of a bloc (EU, NATO: `blocs.BLOC_HOMES`): "European", "Brussels"."""
    from ..statements.names import reference
    from ..statements.speakers.blocs import BLOC_HOMES

    row = reference().place(word)
    return bool(row) and row.get("country") in BLOC_HOMES


def joiner_side(lowers: list[str], i: int) -> str:
    """Whose membership the word at i is, as the words name it (round 41): the first place in its complement after
    it ("the accession of Finland and Sweden", "membership for Kyiv", "accession talks with Ukraine"), else the
    nearest place before it in its sentence (the possessor, the clause's subject or the place named last: "Ukraine's
    EU accession", "Ukraine will some day be a full member of the alliance", "Ukraine's place is in the EU, and the
    accession talks must open", "Finland and Sweden, who have sought to join NATO"); 'recipient', another side, or
    '' where the words name no joiner ("why other countries in eastern Europe are members of NATO"): the joiner is
    then Ukraine only where the recipient speaks."""
    for j in range(i + 1, min(len(lowers), i + 1 + JOINER_AFTER)):
        if lowers[j] in STOP:
            break
        if side := _place_of(lowers, j):
            return side
    for j in range(i - 1, max(-1, i - 1 - JOINER_BEFORE), -1):
        if lowers[j] in SENTENCE_BREAK:
            break
        if side := _place_of(lowers, j):
            return side
    return ""
