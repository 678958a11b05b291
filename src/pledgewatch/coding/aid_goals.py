"""Round-16 anchors of the aid relation (coding.aid): political support for Ukraine stated as the war's outcome the
speaker wants, with no aid word. The guide counts political support as aid; the coders code a donor's or a third
party's "Ukraine must win" the same way as "we stand with Ukraine". Each names its construction; examples in
tests/coding/test_coding_aid_goals.py. The first two are not for the adversary (its war aims) nor the recipient (its
own fight is no support it receives: "we will defend our country to ... victory"); the third is the recipient's.

- `ukraine_prevails`: Ukraine as the holder of a victory word (`victory_word`: win, prevail, succeed, victory ...)
  under a wish or norm in its sentence (`outcome_frame`: must, need, make sure, imperative, interest ...; up to 15
  words before it or 8 after): "we need to make sure ... Ukraine succeeds", "it is in the interest of all of us
  that the Ukrainian army prevails", "a victory for Ukraine is a strategic imperative";
- `right_to_defend`: Ukraine's defence as a right (`right_word` up to three words before a `defend_word`: "Ukraine
  has every right to defend itself", "the legitimate defence of Kyiv"), Ukraine named;
- `common_front` (whole statement): the recipient's appeal for unity against the aggression (`unity_word`: unity,
  common, together ...), no sanctions named: "to overcome this war we need the maximum unity of ... world", "the
  response to the aggression should be common", "every country should take part in common efforts to stop it".

Measured and not kept (round 16): the adversary's victory denied ("Russia cannot win in Ukraine", "Putin must lose
this war"): coding_dev's coders code it as no aid (half A), and half B's aid precision fell.
"""

from __future__ import annotations

from . import aid_relation as _rel
from . import words as _words

_PUNCT = _rel.PUNCT
_BREAK = _rel.SENTENCE_BREAK


def _window(lowers: list[str], i: int, span: int) -> list[str]:
    """The up to `span` words before i, back to the last sentence break; punctuation is skipped and not counted (an
    aside set off by commas does not push the frame out: "in the interest of X, and of all of Y, that Ukraine ...")."""
    out = []
    for k in range(i - 1, -1, -1):
        w = lowers[k]
        if w in _BREAK or len(out) == span:
            break
        if w not in _PUNCT:
            out.append(w)
    return out


def _holder(lowers: list[str], i: int, cls: frozenset) -> bool:
    """A word of `cls` holds the victory word at i: within the four words before it, no punctuation between
    ("Ukraine succeeds", "the Ukrainian military prevail", "the Ukrainians are victorious"), or after it through
    'for'/'of' ("victory for Ukraine")."""
    for w in reversed(lowers[max(0, i - 4):i]):
        if w in _PUNCT or w in _BREAK:
            break
        if w in cls or w.removesuffix("'s") in cls:
            return True
    nxt = lowers[i + 1:i + 3]
    return len(nxt) == 2 and nxt[0] in ("for", "of") and nxt[1] in cls


def ukraine_prevails(lowers: list[str], i: int) -> bool:
    W = _words.classes()
    if lowers[i] not in W["victory_word"] or not _holder(lowers, i, W["ukraine"]):
        return False
    after = []
    for w in lowers[i + 1:i + 9]:
        if w in _BREAK:
            break
        after.append(w)
    return bool((set(_window(lowers, i, 15)) | set(after)) & W["outcome_frame"])


def right_to_defend(lowers: list[str], i: int) -> bool:
    W = _words.classes()
    return lowers[i] in W["defend_word"] and bool(set(_window(lowers, i, 3)) & W["right_word"]) and bool(
        set(lowers) & W["ukraine"])


def outcome_anchors(lowers: list[str], side: str) -> list[tuple[str, int]]:
    """(construction, index) of each wished outcome of the war in the content; none for the adversary or the
    recipient speaking."""
    if side in ("adversary", "recipient"):
        return []
    out = []
    for i in range(len(lowers)):
        for name, test in (("ukraine_prevails", ukraine_prevails), ("right_to_defend", right_to_defend)):
            if test(lowers, i):
                out.append((name, i))
                break
    return out


def common_front(lowers: list[str], act: str, side: str) -> bool:
    """The recipient appeals (`act` appeal) for unity or a common effort against the aggression, sanctions unnamed
    (a call for sanctions alone is no aid): a `unity_word` in the content."""
    W = _words.classes()
    low = set(lowers)
    return act == "appeal" and side == "recipient" and bool(low & W["unity_word"]) and not low & W["sanctions"]
