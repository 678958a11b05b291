"""The aid relation of a statement (`aid_related`): is the content about support ... UKRAINE (military, financial,
... or political: membership, guarantees, backing), its delivery, need, request or refusal?

An aid or capability word alone does not make it: "shells of a type fired ... Russian artillery", "Russia's supply
lines", "gas supplies to the EU", "thank you to all that ... supported us" (a family) name one and are not about aid
for Ukraine. The stage is tokenizer-only, so the relation is composed from word order and the word classes of
data/reference/coding_words.csv (class names in brackets below). A statement is aid-related when it holds an
ANCHOR, a word in a support relation that no veto removes:

Anchors (constructions):
1. aid noun or verb (`aid_anchor`): "aid", "assistance", "package", "support", "supplies", "deliveries", "funding",
   "aiding" ... and a capability whose words hold one ("military aid", "financial support", "humanitarian aid");
2. help as a noun or with its beneficiary (`help_word`): "with the help of", "for help", "helping Ukraine recover",
   "help us", "help the Ukrainian side" (coding/aid_extra.py); not "help" + a bare verb ("will help stabilise food
   prices", "help boost the economy");
3. a transfer verb with a capability (`give_transfer`, within a few words either side): "sends powerful weapons",
   "the type of missile sent", "Gepard guns promised by Germany", "supplying such ammunition";
4. donor-made capabilities (`donor_origin` right before a capability): "western weapons", "American tanks";
5. a need for a capability (`need` a few words before it) in a Ukraine context (`ukraine_context`, as the weak aid
   nouns): "Ukraine needs more air defences", "we need artillery" said by the recipient; not a need elsewhere ("people
   across the Sahel in need of tents and generators", "our own regiments need more artillery");
6. political support: membership or accession (`membership`), joining the alliance (`join_verb` before `alliance`),
   Ukraine the joiner (named, or the recipient speaking), security guarantees (`guarantee_mod` + `guarantee_head`),
   backing Ukraine (`backing_verb` with a `ukraine` word right after it: "stand with Ukraine", "back the Ukrainian
   people"); membership and guarantees the adversary speaks of are its demands ("... Ukraine not joining ...");
7. reconstruction of Ukraine (`rebuild_word` owned by or with Ukraine or a Ukrainian place as object): "rebuild
   Ukraine", "the recovery of Kyiv" (`_reconstruction`);
8. (coding/aid_extra.py) a donor drawn into the war (`war_party`: "a proxy war", a donor named), a system only
   donors field (`donor_system`: HIMARS, F-16, Ukraine named or a party speaking), new weapons Ukraine holds
   (`new_word`: "integrate new weapons systems"), capabilities Ukraine uses ("Ukraine uses old radars"), funding
   where Ukraine is named and neither the adversary nor sanctions are ("$61bn earmarked for Kyiv"), Ukraine's
   backers named as such (`backer_word`: "Ukraine's allies", "the friends of Ukraine");
9. (coding/aid_goals.py) the war's outcome the speaker wants, neither the adversary nor the recipient speaking:
   Ukraine's victory ("make sure that Ukraine succeeds"), Ukraine's defence as a right ("a right to defend
   itself"); with the act, the recipient's appeal for unity against the aggression ("we need the maximum unity of
   ... world");
10. (coding/aid_recipient.py, round 26) Ukraine as the trainee ("teaching Ukrainian sappers"), the one a capability
   is shared with ("intelligence with Kyiv"), the receiver of what it needs ("Ukraine will get everything it needs").

Vetoes on one anchor:
- commerce and logistics: a commodity before it (`aid_commodity`: "gas supplies", "food supply") or a head after it
  that makes it something else (`aid_not_head`: "supply lines", "aid workers"); combat support (`combat_support`
  right before 'support': "air support", "fire support");
- the adversary's own: an adversary word right before it ("Russian supply lines", "Russia's commitment");
- another beneficiary: the first place after it (through to/for/with, or as a verb's object) is not Ukraine
  ("supporting Israel's war", "a supply hub for Russian forces", "aid to Gaza": `other_beneficiary`), or its object
  is no beneficiary at all (`not_beneficiary`: "support the claim", "not supporting the war");
- sanctions: an aid noun next to a sanctions word ("the sanctions package") or joined to one after it by
  `sanctions_link` ("a new package of sanctions", "support through sanctions") is sanctions, not aid;
- the adversary's own transfer: a transfer word after an adversary word, the content naming neither Ukraine nor its
  backers ("Russia was ... largest arms exporter to Africa, supplying ...").
- relief at home (round 29, whole statement): a country's own households, consumers or pensioners named
  (`domestic_beneficiary`), Ukraine not, no capability, weapons word or transfer verb, the recipient not speaking
  ("a £37bn package to help households"; not "send Leopard tanks even as consumers pay higher gas prices").

The act helps: a pledge, delivery, refusal or appeal that names a capability or an aid word (not vetoed) is about
aid; other acts need an anchor. A pledge, delivery or refusal naming no aid word at all is about support itself
unless it names the adversary other than as the target of force (coding.aid_limits.adversary_target: "the equipment
she would need to displace ... Russians"). Support transferred to the adversary ("China sold Russia drones") is not.
"""

from __future__ import annotations

from . import aid_extra as _extra
from . import aid_goals as _goals
from . import aid_limits as _limits
from . import aid_recipient as _recipient
from . import aid_trade as _trade
from . import words as _words
from .aid_relation import _STOP, adversary_before, beneficiary_after, membership, place_side
from .aid_relation import PUNCT as _PUNCT

_DETS = _words.of("aid_skip_before")  # "the", "its", "'s": skipped before an anchor


def to_adversary(lowers: list[str]) -> bool:
    """The adversary as the receiving end of a transfer: a `transfer` word before it ("sold Russia drones", "supplies
    to the Kremlin"; a bare 'to' or 'for' only after a transfer or aid word: not "an invitation to Russia") or after
    it ("Russia has imported"), word classes `transfer` and `to_adversary`."""
    W = _words.classes()
    for i, w in enumerate(lowers):
        if w not in W["to_adversary"]:
            continue
        j = i - 1 - (i > 0 and lowers[i - 1] == "the")
        k = i + 1 + (i + 1 < len(lowers) and lowers[i + 1] == "has")
        before = j >= 0 and lowers[j] in W["transfer"]
        if before and lowers[j] in ("to", "for"):  # "supplies to Russia", not "an invitation to Russia"
            givers = W["give_transfer"] | W["aid_anchor"] | W["help_word"] | (W["transfer"] - {"to", "for"})
            before = bool(set(lowers[max(0, j - 4):j]) & givers)
        if before or (k < len(lowers) and lowers[k] in W["transfer"] and lowers[k] not in ("to", "for")):
            return True
    return False


def _vetoed(lowers: list[str], i: int, j: int) -> bool:
    """Is the anchor spanning tokens [i, j) commerce, logistics, the adversary's own, sanctions or support for
    someone else than Ukraine?"""
    W = _words.classes()
    before = [w for w in lowers[max(0, i - 4):i] if w not in _DETS and w not in _PUNCT][-2:]
    nxt = lowers[j] if j < len(lowers) else ""
    # a commodity in the two words before ("gas supplies", "gas pipeline supply") or the three after 'of' ("the supply
    # of fuel", "supply and storage of fuel", "supplies of liquefied natural gas": three since round 19)
    if nxt in W["aid_not_head"] or any(w in W["aid_commodity"] for w in before):
        return True
    if i and lowers[i - 1] in W["combat_support"] and lowers[i] in W["support_verb_form"]:
        return True  # "the assault had air support", "fire support": a force backing its own troops in combat
    for k in range(j, min(j + 3, len(lowers) - 1)):
        if lowers[k] in (",", ".", ";"):
            break
        if lowers[k] == "of" and set(lowers[k + 1:k + 4]) & W["aid_commodity"]:
            return True
        if lowers[k] in W["sanctions_link"] and set(lowers[k + 1:k + 3]) & W["sanctions"]:
            return True  # "a package of sanctions", "support through sanctions": sanctions, not aid
    if any(w in W["adversary"] for w in before) or any(w in W["sanctions"] for w in lowers[max(0, i - 2):i]):
        return True
    if any(w in W["not_beneficiary"] for w in lowers[max(0, i - 3):i]):  # "evidence to support", "data is supported"
        return True
    return beneficiary_after(lowers, j - 1) == "other"


def _help_anchor(lowers: list[str], i: int) -> bool:
    """'help' as a noun ("with the help of", "for help", "help for Ukraine", "real help to Ukraine"; not a possessive
    after 'for'/'to': "help to Ukraine's enemies"), with its
    beneficiary ("help Ukraine", "helping them"; after
    a determiner: coding.aid_extra.helped_through_determiner) or as a passive with Ukraine its subject ("Ukraine will
    also be helped to build")."""
    W = _words.classes()
    prev = lowers[i - 1] if i else ""
    nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
    passive = prev in ("be", "been", "being") and bool(set(lowers[max(0, i - 6):i]) & W["ukraine"])
    given = bool(set(lowers[i + 1:i + 4]) & W["give_transfer"])  # "help will be given", "help is provided"
    after = [k for k in range(i + 2, min(i + 4, len(lowers))) if lowers[k] != "the"][:1]
    owner = bool(after) and (lowers[after[0]].endswith("'s") or lowers[after[0] + 1:after[0] + 2] == ["'s"])
    for_ukraine = nxt in ("for", "to") and bool(after) and lowers[after[0]] in W["ukraine"] \
        and not owner  # "help for Ukraine" (round 30), not "help to Ukraine's enemies"
    return prev in W["help_noun_before"] or nxt in W["ukraine"] or nxt in W["help_object"] or passive or given \
        or for_ukraine or _extra.helped_through_determiner(lowers, i)


def _troops_for_ukraine(lowers: list[str], i: int) -> bool:
    """Foreign troops for Ukraine: a transfer or deploy verb (`give_transfer`, `deploy_verb`) within three words
    before a `troops` word, or a donor word right before it ("Western troops", "NATO soldiers"), with Ukraine named
    within five words after ("sending American forces to fight ... Ukraine", "Western troops in Ukraine"); not the
    adversary's ("Russia sent troops to Ukraine")."""
    W = _words.classes()
    if not set(lowers[i + 1:i + 6]) & W["ukraine"]:
        return False
    verbs = [k for k in range(max(0, i - 3), i) if lowers[k] in W["give_transfer"] | W["deploy_verb"]]
    donor = i > 0 and (lowers[i - 1] in W["donor_name"] or place_side(lowers[i - 1]) == "donor")
    if verbs:
        return not adversary_before(lowers, verbs[0]) and not (i > 0 and lowers[i - 1] in W["adversary"])
    return bool(donor)


def _backs_ukraine(lowers: list[str], i: int) -> bool:
    """A backing verb whose object is Ukraine: "back the Ukrainian people", "stand firmly with Ukraine", "stand by
    Kyiv", "supporting Ukraine"; not "troops back across the Dnipro" (an adverb: a `backing_skip` word follows)."""
    W = _words.classes()
    k = i + 1
    if k < len(lowers) and lowers[k] in W["backing_skip"]:
        return False
    for j in range(k, min(k + 6, len(lowers))):
        w = lowers[j]
        if w in W["ukraine"]:
            return True
        if w in _STOP - {"by"} or place_side(w):
            return False
    return False


def _donor_made(lowers: list[str], s: int) -> bool:
    """A donor's make before a capability: "US-made Himars", "German-built tanks" (`made_word` after a donor), or a
    donor nationality where Ukraine is named ("Ukraine's strikes using British weapons"; not "a U.S. drone" alone)."""
    W = _words.classes()
    prev = lowers[s - 1]
    for k in range(s - 1, max(0, s - 4), -1):  # "US-made long-range Himars"
        if lowers[k] in W["made_word"]:
            return lowers[k - 1] in W["donor_name"] | {"us", "u.s."} or place_side(lowers[k - 1]) == "donor"
    return place_side(prev) == "donor" and prev not in W["ukraine_side"] and bool(set(lowers) & W["ukraine"])


def _donor_named(words: list[str]) -> bool:
    """A donor among these words: a `donor_name` word ("the West", "allies", "partners", "U.S."), a donor country or
    "the United States" (two words no one-token lookup sees)."""
    W = _words.classes()
    return any(w in W["donor_name"] or place_side(w) == "donor" or (w == "states" and k and words[k - 1] == "united")
               for k, w in enumerate(words))


def ukraine_context(lowers: list[str], side: str = "") -> bool:
    """Is the content about Ukraine's war: Ukraine, its backers or a donor named (`ukraine`, `ukraine_side`,
    `donor_name`, a donor country), or the recipient speaking ("how vital support ... partner countries is to us")?
    Weak aid nouns ("support", "supplies", "commitment") count only there."""
    W = _words.classes()
    low = set(lowers)
    return side == "recipient" or bool(low & (W["ukraine"] | W["ukraine_side"] | W["donor_name"])) or any(
        place_side(w) == "donor" for w in low)


def _reconstruction(lowers: list[str], i: int) -> bool:
    """Reconstruction of Ukraine: a `rebuild_word` with Ukraine or a Ukrainian place as its owner right before it
    (determiners and quote marks skipped: "Ukraine's recovery", "the Ukraine Recovery Conference", "Ukraine's
    'recovery and reconstruction'", round 19) or as its object after it
    ("rebuild Ukraine", "the recovery of Kyiv", "rebuild the destroyed Ukrainian city ... Borodyanka"); not another's
    ("the Russian army will need years ... rebuild", "rebuild the Soviet Union", "the recovery in Russia's currency").
    "post-war reconstruction" is no veto (the general veto reads 'war' as a non-beneficiary)."""
    W = _words.classes()
    if lowers[i] not in W["rebuild_word"]:
        return False
    before = [w for w in lowers[max(0, i - 3):i] if w not in _DETS and w not in _PUNCT]
    if set(before) & W["adversary"]:
        return False
    return (bool(before) and place_side(before[-1]) == "recipient") or beneficiary_after(lowers, i) == "recipient"


def _word_anchors(lowers: list[str], in_cap: set[int], ukr: bool, side: str) -> list[tuple[str, int]]:
    """Anchors of the words outside capabilities: aid words, help, membership, guarantees, backing, troops, no-fly
    zones, transfers to Ukraine and its needs."""
    W = _words.classes()
    out = []
    trade = _trade.traded(lowers)
    for i, w in enumerate(lowers):
        if i in in_cap:
            continue
        if w in W["help_word"]:
            if _help_anchor(lowers, i) and not _vetoed(lowers, i, i + 1) and not adversary_before(lowers, i):
                out.append(("help", i))
        elif w in W["aid_anchor"] and not _vetoed(lowers, i, i + 1) and (w not in W["weak_aid_anchor"] or ukr) \
                and not _limits.support_without_party(lowers, i) and not _limits.complement_without_party(lowers, i) \
                and not _limits.adversary_supply(lowers, i) and not _trade.trade_frame(lowers, i, trade) \
                and not (lowers[i + 1:i + 2] == ["by"] and not set(lowers[max(0, i - 5):i]) & W["ukraine"]):
            # a passive "supported by X" is support for its subject: aid only where that is Ukraine
            out.append(("aid_word", i))
        elif membership(lowers, i, side):
            out.append(("membership", i))
        elif _extra.guarantee(lowers, i, side):
            out.append(("guarantee", i))
        elif w in W["backing_verb"] and _backs_ukraine(lowers, i) and not _vetoed(lowers, i, i + 1):
            out.append(("backing", i))
        elif w in W["troops"] and _troops_for_ukraine(lowers, i):
            out.append(("troops", i))
        elif (w == "zone" and lowers[i - 1:i] == ["fly"]) or (w in W["sky"] and set(lowers[max(0, i - 3):i]) & W["sky_verb"]):
            out.append(("no_fly_zone", i))  # "a no-fly zone", "close the sky": air protection asked or refused
        elif _reconstruction(lowers, i):
            out.append(("reconstruction", i))
        # "sent to Ukraine", "supply Ukraine with", "provide the Ukrainian military": a transfer to Ukraine
        if w in W["give_transfer"] and beneficiary_after(lowers, i, 3, stop=frozenset({"of"})) == "recipient" \
                and not _extra.benefit_given(lowers, i):
            out.append(("transfer_to_ukraine", i))
        elif _extra.ukraine_needs(lowers, i):
            out.append(("ukraine_needs", i))
    return out


def _capability_anchors(lowers: list[str], caps: list[tuple[int, int]], ukr: bool,
                        side: str = "") -> list[tuple[str, int]]:
    """Anchors of the capabilities: aid capabilities ("military aid"), capabilities transferred (not by the
    adversary), donor-made, for Ukraine, from a donor or needed by Ukraine."""
    W = _words.classes()
    n = len(lowers)
    out = []
    war = ukraine_context(lowers, "")
    trade = _trade.traded(lowers)
    # a need is Ukraine's only with Ukraine or its side named or the recipient speaking: a donor named is not enough
    # ("Poland needs more tanks to defend its border", "Germany's own army needs more artillery")
    ukr_need = side == "recipient" or bool(set(lowers) & (W["ukraine"] | W["ukraine_side"]))
    for s, e in caps:
        if e - s == 1 and lowers[s] in W["weak_aid_anchor"] and (not ukr or _trade.trade_frame(lowers, s, trade)):
            continue  # a bare "financing", "funds": aid only in a Ukraine context, not in a trade frame (aid_trade)
        if set(lowers[s:e]) & W["aid_anchor"] and not _vetoed(lowers, s, e):
            out.append(("aid_capability", s))  # "military aid", "financial support"
        near = [k for k in range(max(0, s - 8), min(n, e + 6)) if lowers[k] in W["give_transfer"]]
        if any(not _vetoed(lowers, k, k + 1) and not adversary_before(lowers, k)
               and not _limits.adversary_transfer(lowers, k, war) for k in near) and not _vetoed(lowers, s, e):
            out.append(("transfer_capability", s))
        if s and (lowers[s - 1] in W["donor_origin"] or _donor_made(lowers, s)):
            out.append(("donor_made", s))  # "western weapons", "US-made Himars", "British weapons" (Ukraine named)
        if lowers[e:e + 1] and lowers[e] in ("for", "to") and beneficiary_after(lowers, e - 1, 3) == "recipient" \
                or _recipient.shared_with_ukraine(lowers, s, e):
            out.append(("capability_for_ukraine", s))  # "tanks for Ukraine", "intelligence with Kyiv"
        if lowers[e:e + 1] == ["from"] and _donor_named(lowers[e + 1:e + 4]):
            out.append(("donor_made", s))  # "weapons from the West", "tanks from Germany"
        if ukr_need and any(x in W["need"] | W["seek"] for x in lowers[max(0, s - 4):s]) and not any(
                x in W["adversary"] for x in lowers[max(0, s - 7):s]):
            out.append(("need_capability", s))
    return out


def anchors(lowers: list[str], cap_spans, side: str = "") -> list[tuple[str, int]]:
    """(construction, token index) of every support relation in the content that no veto removes (`side`: the
    speaker's side, for the Ukraine context of weak aid nouns); a compass compound is a region, no side
    (`words.compass_compounds`: "the north-western Black Sea")."""
    lowers = _words.compass_compounds(lowers)
    caps = [(sp.start, sp.end) for sp in cap_spans]
    in_cap = {k for s, e in caps for k in range(s, e)}
    ukr = ukraine_context(lowers, side)
    return _word_anchors(lowers, in_cap, ukr, side) + _capability_anchors(lowers, caps, ukr, side) + [
        ("new_capability", sp.start) for sp in cap_spans if _extra.new_capability(lowers, sp, side)] + _backers(
        lowers, side) + _goals.outcome_anchors(lowers, side) + [
        ("donor_at_war", i) for i in _extra.war_party(lowers) if _donor_named(lowers)] + [
        ("trained_for_ukraine", i) for i in _recipient.trained_for_ukraine(lowers)] + [
        ("receives_needs", i) for i in _recipient.receives_needs(lowers, side)] + [
        ("capability_in_use", sp.start) for sp in cap_spans
        if _extra.capability_in_use(lowers, sp) and not _vetoed(lowers, sp.start, sp.end)] + [
        ("donor_system", sp.start) for sp in cap_spans
        if _extra.donor_system(lowers, sp, side) and not _vetoed(lowers, sp.start, sp.end)]


def _backers(lowers: list[str], side: str) -> list[tuple[str, int]]:
    """Ukraine's backers named as such (coding.aid_extra.ukraine_backers), unless an aid word of the content is vetoed:
    then what they do is support for something else ("Kyiv's partners support a special tribunal")."""
    aid_words = _words.classes()["aid_anchor"]
    if any(w in aid_words and _vetoed(lowers, k, k + 1) for k, w in enumerate(lowers)):
        return []
    return [("ukraine_backers", i) for i in _extra.ukraine_backers(lowers, side)]


AID_ACTS = ("pledge", "delivery", "refusal", "appeal")


def _domestic_relief(low: set[str], cap_spans, side: str) -> bool:
    """Relief at home (round 29): the content names a country's own people as beneficiaries (`domestic_beneficiary`:
    households, consumers, pensioners ...), Ukraine unnamed, no capability, weapons word or transfer verb
    (`give_transfer`) and the recipient not speaking: a government's energy or price relief, not aid for Ukraine ("we
    have introduced an extraordinary £37bn package to help households", "the relief package will support consumers
    hit by soaring gas prices"). Ukraine's households keep it ("generators to help Ukrainian households", the
    recipient's "aid keeps our households warm"), and so does aid sent beside relief at home ("Germany will send
    Leopard tanks even as consumers pay higher gas prices")."""
    W = _words.classes()
    return side != "recipient" and bool(low & W["domestic_beneficiary"]) and not low & W["ukraine"] and not cap_spans \
        and not low & (W["weapons"] | W["give_transfer"])


def aid_related(lowers: list[str], cap_spans, act: str, funding: bool = False, side: str = "") -> bool:
    """The statement's aid relation (module doc): an anchor, or an aid act naming a capability or funding that is
    not the adversary's own, or a pledge, delivery or refusal naming no aid word at all ("we will not leave Ukraine
    defenceless"); never a transfer to the adversary, nor support where another beneficiary is named and Ukraine
    is not ("humanitarian aid in Gaza", "thank you to all that have supported our family"), nor relief at home
    (`_domestic_relief`); a compass compound is a region, no side (`words.compass_compounds`)."""
    W = _words.classes()
    lowers = _words.compass_compounds(lowers)
    low = set(lowers)
    if to_adversary(lowers) or (low & W["other_beneficiary"] and not low & W["ukraine"]) or _limits.neutral_elsewhere(
            side, ukraine_context(lowers, side)) or _domestic_relief(low, cap_spans, side):
        return False
    if anchors(lowers, cap_spans, side) or _extra.funding_for_ukraine(lowers, funding) or _goals.common_front(
            lowers, act, side):
        return True
    if act not in AID_ACTS:
        return False
    if funding or any(not _vetoed(lowers, sp.start, sp.end) for sp in cap_spans):
        return True
    # a commitment, delivery or refusal with no aid word, capability or sanctions word is about support itself
    # ("we will not leave Ukraine defenceless"), unless it names the adversary: then it is about the adversary's
    # conduct, a warning or assessment read as a commitment ("Russia will face a catastrophe should it opt for a new
    # round ... aggression", "no concessions ... Russia will be required"); not where it is only the target of force
    return act != "appeal" and not cap_spans and not (low & (W["aid_anchor"] | W["help_word"] | W["sanctions"])) \
        and not (low & W["adversary"] and not _limits.adversary_target(lowers))
