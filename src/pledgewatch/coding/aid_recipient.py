"""Round-26 anchors of the aid relation (coding.aid): Ukraine as the trainee, the receiver of
support. Written from construction challenge rows (data/challenge/aid.csv), not from
a gold set's sentences; examples in tests/coding/test_aid_recipient.py. Word classes in data/reference/coding_words.csv.

- `trained_for_ukraine`: a `train_word` whose trainee, within three words after it (to a `beneficiary_stop`), is
  Ukraine's ("teaching Ukrainian sappers", "the training of Ukraine's pilots"), or
  training that a third-person possessive gives to Ukraine's people named just before ("Ukrainian recruits will
  complete their training"); not the adversary's ("Russia is training troops to attack Ukraine": a word of force
  ends the window, an adversary subject vetoes), not a railway train (`train_not_first`: "the train to Kyiv").
- `shared_with_ukraine`: a capability after a `share_word` and before "with" Ukraine ("sharing satellite intelligence
  with Kyiv", "shares targeting data with the Ukrainians").
- `receives_needs`: Ukraine (or "we", the recipient speaking) the subject of a `receive_word` whose object is what it
  needs ("Ukraine will get everything it needs from us", "Kyiv has received what it asked for": a `need`, `seek` or
  `asked_word` within six words): support given without an aid word.
- `committed_to_ukraine` (round 42, read on the corpus): a word of commitment or contribution whose "to" governs
  Ukraine's, as the parse attaches it (the clause frame's `cto`, statements/frame_committed.py: "committed | to the
  Ukrainian war effort", "contributions | to Ukraine's war effort", "committed | to guarantee the security of Kyiv";
  the first place the object's own phrase names is Ukraine): a side's commitment or contribution to Ukraine's cause
  where no aid word is named ("Canberra is still committed to the Ukrainian war effort", "Britain's contributions to
  Ukraine's war effort"). Not a Ukrainian word that only follows the "to" (a relative clause, a preposition of place,
  topic or company: "committed to the idea that Ukraine must give up land", "contributed to the rise in prices in
  Ukraine", "committed to talks with Moscow, not Ukraine's demands"); not the adversary's commitment ("Moscow
  committed to Ukraine's neutrality talks"); not Ukraine's own (the committer named as Ukraine, or "we" said by the
  recipient: "the Ukrainian government is committed to Ukraine's European future"): the guide's aid is support *for*
  Ukraine (given, needed, asked or refused), and a side's commitment to its own cause is none. The recipient telling
  of others' commitment keeps it ("our partners' contributions to Ukraine's defence").
"""

from __future__ import annotations

from . import words as _words
from .aid_relation import _STOP as _BREAK
from .aid_relation import STOP, adversary_before, beneficiary_after, place_side


def trained_for_ukraine(lowers: list[str]) -> list[int]:
    """Indices of `train_word`s whose trainee is Ukraine's (module doc)."""
    W = _words.classes()
    return [i for i, w in enumerate(lowers) if w in W["train_word"] and not adversary_before(lowers, i)
            and (_trainee_after(lowers, i) or _trainee_before(lowers, i))]


def _trainee_after(lowers: list[str], i: int) -> bool:
    """Ukraine's people within three words after the train word at i ("teaching Ukrainian sappers"), before a stop,
    a word of force or the adversary; not a railway train (`train_not_first` right after it)."""
    W = _words.classes()
    after = lowers[i + 1:i + 4]
    if not after or after[0] in W["train_not_first"]:
        return False
    for x in after:
        if x in STOP or x in _BREAK or x in W["against_adversary"] or x in W["adversary"]:
            return False
        if x in W["ukraine"]:
            return True
    return False


def _trainee_before(lowers: list[str], i: int) -> bool:
    """A third-person possessive right before the train word at i that gives the training to Ukraine's people named
    within eight words before it ("Ukrainian recruits will complete their training")."""
    W = _words.classes()
    if not i or lowers[i - 1] not in W["owner_possessive"] - W["possessive_first"]:
        return False
    for x in reversed(lowers[max(0, i - 8):i - 1]):
        if x in STOP or x in W["adversary"]:
            return False
        if x in W["ukraine"]:
            return True
    return False


def committed_to_ukraine(lowers: list[str], frame: dict | None, side: str = "") -> list[int]:
    """Indices of the committed words whose "to" governs Ukraine's (the clause frame's `cto`; module doc)."""
    out = []
    for entry in (frame or {}).get("cto") or ():
        if _for_ukraine(entry["obj"]) and not _own_or_adversary(entry["by"], side):
            out.append(lowers.index(entry["w"]) if entry["w"] in lowers else 0)
    return out


def _for_ukraine(words: list[str]) -> bool:
    """The first place the object's words name is Ukraine ("the Ukrainian war effort", "the security of Kyiv")."""
    sides = [s for s in map(place_side, words) if s]
    return bool(sides) and sides[0] == "recipient"


def _own_or_adversary(by: list[str], side: str) -> bool:
    """The committer is the adversary ("Moscow committed to ...") or Ukraine itself ("the Ukrainian government is
    committed to Ukraine's European future"; "we", the recipient speaking): its own cause, no support for it."""
    W = _words.classes()
    sides = {place_side(w) for w in by} | {"adversary" for w in by if w in W["adversary"]}
    own = side == "recipient" and any(w in W["first_person"] for w in by)
    return bool(sides & {"adversary", "recipient"}) or own


def shared_with_ukraine(lowers: list[str], s: int, e: int) -> bool:
    """The capability [s, e) shared with Ukraine (module doc)."""
    W = _words.classes()
    return lowers[e:e + 1] == ["with"] and any(w in W["share_word"] for w in lowers[max(0, s - 3):s]) \
        and beneficiary_after(lowers, e - 1, 3) == "recipient" and not adversary_before(lowers, s, 6)


def receives_needs(lowers: list[str], side: str = "") -> list[int]:
    """Indices of `receive_word`s whose subject is Ukraine and whose object is what it needs (module doc)."""
    W = _words.classes()
    out = []
    for i, w in enumerate(lowers):
        if w not in W["receive_word"]:
            continue
        k = i - 1
        while k >= 0 and k >= i - 4 and lowers[k] in W["aux_skip"]:
            k -= 1
        subject = k >= 0 and (lowers[k] in W["ukraine"] or (side == "recipient" and lowers[k] == "we"))
        obj = []
        for x in lowers[i + 1:i + 7]:
            if x in STOP:
                break
            obj.append(x)
        if subject and set(obj) & (W["need"] | W["seek"] | W["asked_word"]):
            out.append(i)
    return out
