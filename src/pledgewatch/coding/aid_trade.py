"""Round-25 limit of the aid relation (coding.aid): a weak aid word in a content about sanctions or fossil-fuel trade.

`trade_frame`: a `weak_aid_anchor` word ("support", "supplies", "commitment", "backing" ...) is no support for Ukraine
where the content names sanctions or a traded fossil commodity (`trade_frame_word`: the `sanctions` class with gas, oil,
LNG, coal, petrol; not energy, electricity or fuel, with which Ukraine's grid is aided) and the aid word has no support
relation of its own: Ukraine is neither the first party after it (coding.aid_relation.beneficiary_after) nor, other than as a
preposition's object (`trade_frame_prep`: "the war in Ukraine"), within four words before it ("Kyiv will get more
support"); no giver follows it through 'of' ("the support of our partners"); no possessive stands right before it ("our
support", "Ukraine's supplies"); no `give_transfer` verb takes it within three words before ("provide support", "send
supplies"). The word is then the support of a measure or the supply of a commodity, not aid: "publishing the sanctions
list early has found little support", "[Moscow] was cutting supplies to punish Europe for the sanctions", "the oil
embargo still lacks support". Strong aid words ("aid", "package") are not judged: with sanctions beside them they are
still aid far more often. The frame is read in both of coding.aid's paths: the aid words outside capabilities and a
one-word weak capability ("financing", "funds": "Europe keeps financing the regime by buying its oil and gas").
"""

from __future__ import annotations

from . import aid_relation as _rel
from . import words as _words
from .aid_relation import beneficiary_after

_PUNCT = _rel.STOP


def traded(lowers: list[str]) -> bool:
    """Does the content name sanctions or a traded fossil commodity (`trade_frame_word`)? Read once per content."""
    return not _words.of("trade_frame_word").isdisjoint(lowers)


def trade_frame(lowers: list[str], i: int, trade: bool | None = None) -> bool:
    """Is the weak aid word at i the support of a measure or the supply of fossil-fuel trade (module doc)? `trade`:
    `traded(lowers)`, which the caller reads once per content (computed here when None)."""
    W = _words.classes()
    if lowers[i] not in W["weak_aid_anchor"] or not (traded(lowers) if trade is None else trade):
        return False
    if beneficiary_after(lowers, i) in ("recipient", "giver"):  # "the support of the United States": a giver
        return False
    after_of = lowers[i + 2:i + 5] if lowers[i + 1:i + 2] and lowers[i + 1] in W["giver_of"] else []
    givers = W["donor_name"] | W["ukraine_side"] | W["ukraine"] if after_of else frozenset()
    if any(w in givers for w in after_of) or \
            _rel.donor_named(after_of):  # "the support of our partners", "... of the United States": a giver
        return False
    for k in range(i - 1, max(-1, i - 5), -1):  # "Kyiv will get more support": Ukraine holds or receives it
        if lowers[k] in _PUNCT:
            break
        if lowers[k] in W["ukraine"] and not (k and lowers[k - 1] in W["trade_frame_prep"]):  # not "war in Ukraine"
            return False
    prev = lowers[i - 1] if i else ""
    if prev in W["owner_possessive"] or prev.endswith("'s") or set(lowers[max(0, i - 3):i]) & W["give_transfer"]:
        return False
    return True
