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
"""

from __future__ import annotations

from . import words as _words
from .aid_relation import _STOP as _BREAK
from .aid_relation import STOP, adversary_before, beneficiary_after


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
