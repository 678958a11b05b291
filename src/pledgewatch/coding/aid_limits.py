"""Round-9 limits of the aid relation (coding.aid): support words whose object or holder makes them no support for
Ukraine. Each names its construction; examples in tests/coding/test_coding_aid.py.

- `support_without_party`: the verb 'support' whose object is a cause, act or proposal, not a party;
- `complement_without_party`: the noun 'commitment to' / 'support for' whose complement names no party;
- `adversary_supply`: a supply noun the adversary holds or cuts (energy, trade);
- `adversary_transfer`: a transfer after an adversary word, the content naming neither Ukraine nor its backers;
- `adversary_target`: every adversary word names the target of force, not a receiver of support (the guide's guard
  in coding.model reads it);
- `neutral_elsewhere`: a neutral speaker on aid with no party of the war's support named.
"""

from __future__ import annotations

from . import aid_relation as _rel
from . import words as _words
from .aid_relation import beneficiary_after, place_side

_DETS = _words.of("aid_skip_before")
_PUNCT = _rel.PUNCT
_STOP_PUNCT = _rel.STOP
_STOP = _words.of("beneficiary_stop")


def adversary_transfer(lowers: list[str], k: int, ukr: bool) -> bool:
    """The adversary's own transfer: the content names neither Ukraine nor its backers nor a donor (`ukraine_context`)
    and an `adversary` word comes before the transfer word at k, whatever the distance ("Russia was the largest arms
    exporter ... sub-Saharan Africa ... 2016-20, supplying ...", "... Russian naval tug Spasatel Vasily ..., which was
    delivering weapons ... personnel to Snake Island", "permission to arrange Russian troops ... or transferring
    weapons"). Not the adversary speaking of others' transfers ("against the transfer of long-range weapons", said by
    Russia). Known limit: an adversary named before as the subject of another verb counts too ("Moscow spoke out
    against the transfer of weapons", Ukraine unnamed)."""
    return not ukr and bool(set(lowers[:k]) & _words.classes()["adversary"])


def adversary_supply(lowers: list[str], i: int) -> bool:
    """A supply noun (`supply_word`) the adversary holds or cuts: an `adversary` word within six words before it, no
    punctuation and no donor or Ukraine word between, and Ukraine not its beneficiary after it. Energy and trade,
    not aid: "Russia ... deliberately cutting supplies ... natural gas", "the EU accused Russia of squeezing supplies
    ... retaliation for sanctions", "if Russia were to fully cut supplies ... July", "Russia reduces supply"."""
    W = _words.classes()
    if lowers[i] not in W["supply_word"]:
        return False
    for w in reversed(lowers[max(0, i - 6):i]):
        if w in _STOP_PUNCT or w in W["ukraine_side"] or w in W["donor_name"]:
            return False
        if w in W["adversary"]:
            return beneficiary_after(lowers, i) != "recipient"
    return False


def support_without_party(lowers: list[str], i: int) -> bool:
    """'support' as a verb whose object is no party: a `support_verb_form` after a `support_verb_before` word or an adverb
    in -ly ("to support", "actively support"), or 'supporting'/'supports' not after a determiner, with no party
    (`support_party`, a `ukraine` word) within six words after it, punctuation and conjunctions stopping the search.
    The object is then a cause, act or proposal, not a beneficiary: "support the creation of ... special tribunal",
    "would support regional cooperation", "supporting the removal of sanctions", "stopped supporting terrorism",
    "actively support international ... to alleviate the food crisis". A party keeps it aid: "support Ukraine",
    "support us in any way you can", "reliably support our neighbour", "supporting the territorial integrity ...
    Ukraine". The noun ("support for Ukraine", "our full support") is not judged here."""
    W = _words.classes()
    w = lowers[i]
    if w not in W["support_verb_form"]:
        return False
    prev = lowers[i - 1] if i else ""
    verb = prev in W["support_verb_before"] or (len(prev) > 4 and prev.endswith("ly")) or (
        w in W["support_verb_form_alone"] and prev not in _DETS)
    if not verb:
        return False
    party = W["support_party"] | W["ukraine"]
    for w2 in lowers[i + 1:i + 7]:
        if w2 in party or w2.removesuffix("'s") in party:
            return False
        if (w2 in _STOP and w2 not in W["support_object_through"]) or w2 in _PUNCT:
            break
    return True


def complement_without_party(lowers: list[str], i: int) -> bool:
    """An aid noun with the preposition of its complement (`complement_noun`: "commitment to", "support for") whose
    complement, read up to six words (through `support_object_through` words, to punctuation or another
    `beneficiary_stop`), names no party: no `support_party` word, no Ukraine, backer or donor word and no place
    (countries.csv). The noun is then a commitment to a course of conduct or support for a cause, body or person,
    not aid: "our commitment to keeping an eye on Asia", "the commitment to honest talks", "support for the
    observer mission of the OSCE", "support for the former prime minister" (round 19, readable corpus: 5 rows in 5
    articles, 4 no aid by reading; coding_dev and team figures unchanged). A party keeps it ("commitment to the
    Ukrainian nation", "support for our neighbour"); so does a complement that opens with a stop word ("support
    for as long as needed")."""
    W = _words.classes()
    if " ".join(lowers[i:i + 2]) not in W["complement_noun"]:
        return False
    obj = lowers[i + 2:i + 8]
    if not obj or obj[0] in _STOP or obj[0] in _PUNCT:
        return False
    party = W["support_party"] | W["ukraine"] | W["ukraine_side"] | W["donor_name"]
    for w in obj:
        if w in party or w.removesuffix("'s") in party or place_side(w):
            return False
        if (w in _STOP and w not in W["support_object_through"]) or w in _PUNCT:
            break
    return True


def adversary_target(lowers: list[str]) -> bool:
    """Every `adversary` word of the content names the target of force, none a receiver of support: an
    `against_adversary` word (strike, hit, attack, reach, defeat, kick, against ...) within four words before it,
    no punctuation between, or a `target_noun` right after it ("Russian targets", "Russian territory"). Weapons
    given to strike the adversary are aid for Ukraine: "munitions that could strike ... precision ... long-range
    Russian targets as part ... a $700m weapons package", "more of the kit they need ... kick Putin out", "the range
    to hit Russian territory", "weapons to defend against Russia". False where no adversary word is named, or one is
    named otherwise ("delivered weapons to Russia", "would support Russia's sovereignty")."""
    W = _words.classes()
    seen = False
    for i, w in enumerate(lowers):
        if w not in W["adversary"]:
            continue
        seen = True
        if i + 1 < len(lowers) and lowers[i + 1] in W["target_noun"]:
            continue
        before = []
        for x in reversed(lowers[max(0, i - 4):i]):
            if x in _STOP_PUNCT:
                break
            before.append(x)
        if not set(before) & W["against_adversary"]:
            return False
    return seen


def neutral_elsewhere(side: str, ukraine_named: bool) -> bool:
    """A speaker of neither side of the war (side `other` in countries.csv: the UN and its agencies, China, Israel
    ...) whose content names neither Ukraine nor its backers nor a donor (`ukraine_named`: coding.aid.ukraine_context)
    speaks of its own humanitarian work or of aid elsewhere, not of support for Ukraine: "only half of this year's
    budget has been funded so far" (a refugee agency), "governments should keep giving money to meet the needs of
    displaced people", "we were refused access although we had asked for it" (a UN monitoring mission). Round 17,
    corpus without coding_dev's half B: 3 rows in 2 articles, all no aid by reading."""
    return side == "other" and not ukraine_named
