"""Round-11 anchors of the aid relation (coding.aid): support for Ukraine read from a capability's modifier where no
transfer verb or aid word is named. Each names its construction; examples in tests/coding/test_coding_aid.py.

- `new_capability`: new, modern or fresh weapons where Ukraine holds them ("integrate new weapons systems",
  "resupplying the troops ... new weapons", "the prospect ... new, improved weaponry"): in this war's news,
  Ukraine's new weapons are supplied ones;
- `funding_for_ukraine`: an amount of money that is funding (coding.amounts.is_funding) where Ukraine is named and
  neither the adversary nor sanctions are, whatever the act ("a measure which has $61bn earmarked for Kyiv", "a
  $15-$20bn programme with the IMF", "for about $2bn Ukrainians will be able to get air defence systems");
- `ukraine_backers`: the donor coalition named as Ukraine's ("Ukraine's allies", "Kyiv's Western partners", "the
  friends of Ukraine"), not by the adversary;
- `guarantee`, `ukraine_needs` (moved here from coding.aid in round 17, unchanged): security guarantees for Ukraine,
  Ukraine's needs;
- `capability_in_use` (round 24): Ukraine as the user of a capability ("Ukraine uses very old air defence
  systems", "urged Ukraine to use its weapons"): the guide's aid "in use";
- `helped_through_determiner` (round 17, read by coding.aid's help anchor): 'help' with its beneficiary after a
  determiner ("help the Ukrainian side", "helping the Ukrainians"), sanctions unnamed.
"""

from __future__ import annotations

from . import words as _words


def new_capability(lowers: list[str], span, side: str) -> bool:
    """A `new_word` ("new", "modern", "fresh", "improved") within three words before a military capability (its
    category not a `not_new_category`: "new intelligence" is no weapon), with Ukraine named or the recipient
    speaking and no adversary word anywhere in the content (the adversary's new weapons: "Russia was ramping up
    production ... new weapons", "a constant influx ... new drones to Russia")."""
    W = _words.classes()
    if span.label_ in W["not_new_category"] or not set(lowers[max(0, span.start - 3):span.start]) & W["new_word"]:
        return False
    low = set(lowers)
    return (side == "recipient" or bool(low & W["ukraine"])) and not low & W["adversary"]


def funding_for_ukraine(lowers: list[str], funding: bool) -> bool:
    """Funding where Ukraine is named (a `ukraine` word) and no `adversary` or `sanctions` word is: the money is
    Ukraine's support ("$61bn earmarked for Kyiv"), not "assets frozen over the Kremlin's invasion of Ukraine" (sanctions)
    nor "Moscow bought $80 million in drones" (the adversary's)."""
    W = _words.classes()
    low = set(lowers)
    return funding and bool(low & W["ukraine"]) and not low & (W["adversary"] | W["sanctions"])


def ukraine_possessive(lowers: list[str], i: int) -> int | None:
    """The index of a `ukraine` word whose "'s" stands right before the word at i or one word before it ("Ukraine's
    allies", "Kyiv's Western partners", "Ukraine's armed forces"), else None: the noun at i is Ukraine's. Read by
    ukraine_backers and capability_in_use."""
    ukr = _words.of("ukraine")
    for k in range(max(1, i - 2), i):
        if lowers[k] == "'s" and lowers[k - 1] in ukr:
            return k - 1
    return None


def ukraine_backers(lowers: list[str], side: str) -> list[int]:
    """Indices of a `backer_word` that is Ukraine's: after a `ukraine` word and its "'s" (one word between: "Kyiv's
    Western partners") or before "of" + a `ukraine` word ("the friends of Ukraine"). Statements about them are about
    support for Ukraine ("we ask Ukraine's allies ... commit fully", "Ukraine's allies ... only committed a tiny
    fraction of ... resources", "will discourage Ukraine's ..., including Ireland"). Not spoken by the adversary
    ("Ukraine's best friends are leaving it", a Russian official's mockery; "pressure from Ukraine's Western allies").
    coding.aid also drops them where the content's own aid word is vetoed ("Kyiv's partners support a special
    tribunal": what the partners support is no beneficiary)."""
    if side == "adversary":
        return []
    W = _words.classes()
    out = []
    for i, w in enumerate(lowers):
        if w not in W["backer_word"]:
            continue
        if ukraine_possessive(lowers, i) is not None or (
                lowers[i + 1:i + 2] == ["of"] and lowers[i + 2:i + 3] and lowers[i + 2] in W["ukraine"]):
            out.append(i)
    return out


def helped_through_determiner(lowers: list[str], i: int) -> bool:
    """'help' whose beneficiary follows a determiner (`aid_skip_before`): a `ukraine` word right after it ("help the
    Ukrainian side", "helping the Ukrainians hold the line", "to help the Ukrainian army"). Not a `help_object` there
    ("helps our people in the occupied towns", said by Ukraine: neighbours helping each other, no support), nor
    where sanctions are named: sanctions said to help Ukraine are sanctions, not aid (ANNOTATION.md)."""
    W = _words.classes()
    if not (lowers[i + 1:i + 2] and lowers[i + 1] in _words.of("aid_skip_before") and lowers[i + 2:i + 3]):
        return False
    return lowers[i + 2] in W["ukraine"] and not set(lowers) & W["sanctions"]


def guarantee(lowers: list[str], i: int, side: str) -> bool:
    """Security guarantees for Ukraine: Ukraine named or the recipient speaking, the adversary not right before
    ("no one gives Russia security ...", the guarantees Moscow demanded of NATO in 2021), nor spoken by the
    adversary (its own demands: written guarantees that NATO withdraw from its eastern members and never admit
    Ukraine)."""
    W = _words.classes()
    if side == "adversary" or not (lowers[i] in W["guarantee_head"] and i and lowers[i - 1] in W["guarantee_mod"]):
        return False
    return (side == "recipient" or bool(set(lowers) & W["ukraine"])) and not set(lowers[max(0, i - 4):i]) & W["adversary"]


def ukraine_needs(lowers: list[str], i: int) -> bool:
    """Ukraine's needs: "Ukraine needs security guarantees", "Ukraine's essential defence needs", "what Kyiv needs";
    not "Ukraine needs to hold elections" (need + a verb) nor "the war in Ukraine proves the need"."""
    W = _words.classes()
    if lowers[i] not in W["need"] or lowers[i + 1:i + 2] == ["to"]:
        return False
    k = i - 1
    while k >= 0 and k >= i - 4 and lowers[k] in W["need_modifier"]:
        k -= 1
    return k >= 0 and lowers[k] in W["ukraine"]


def war_party(lowers: list[str]) -> list[int]:
    """Indices of a `war_party` word ("proxy", "co-belligerent") or of 'party' in "party to the war/conflict"
    (`war_word`), not the adversary's own (an `adversary` word right before: "a Russian proxy", "its proxy
    governments"). With a donor named (coding.aid), the content says a donor is in the war through its support:
    "the allies wage a proxy war against us in Ukraine", "NATO is at war ... through a proxy and arms it", "one
    step short of Washington turning into a party to the war"."""
    W = _words.classes()
    if "party" not in lowers and not W["war_party"].intersection(lowers):
        return []
    own = W["adversary"] | W["group_owner"]  # "a Russian proxy"; "its proxy": a possessive of the country named before
    out = []
    for i, w in enumerate(lowers):
        party = w == "party" and lowers[i + 1:i + 2] == ["to"] and bool(set(lowers[i + 2:i + 4]) & W["war_word"])
        if (w in W["war_party"] or party) and not (i and lowers[i - 1] in own):
            out.append(i)
    return out


def donor_system(lowers: list[str], span, side: str) -> bool:
    """A weapon system only Ukraine's donors field in this war (`donor_system`: HIMARS, Leopard, Storm Shadow, F-16,
    Patriot ... inside a capability span) where Ukraine is named or a party of the war speaks: the system is aid in
    Ukraine's hands, delivered or in use ("nine Himars are now operating in Ukraine", "our air defence is useless
    against Himars strikes", said by a Russian; "we are threatened by German Leopard tanks again", said by Putin).
    Not another country's own ("Poland buys Abrams tanks for its army"); coding.aid vetoes another beneficiary."""
    W = _words.classes()
    if not set(lowers[span.start:span.end]) & W["donor_system"]:
        return False
    return side in ("adversary", "recipient") or bool(set(lowers) & W["ukraine"])


def benefit_given(lowers: list[str], i: int) -> bool:
    """Does the 'give' at i give a benefit that is no transfer? A `not_transferred` word within nine words after it
    ("give Kyiv the chance", "gives the Ukrainians an advantage") or a `benefit_noun` there as a noun, a determiner
    (`aid_skip_before`) within two words before it ("has given Kyiv a boost"); not the verb of another clause
    ("giving Ukraine what it needs would boost its chances": the give transfers what Ukraine needs)."""
    W = _words.classes()
    after = lowers[i + 1:i + 10]
    if set(after) & W["not_transferred"]:
        return True
    if "," in after:  # "give Ukraine tanks, a major boost for its army": the boost is what the tanks do
        after = after[:after.index(",")]
    dets = _words.of("aid_skip_before")
    return any(w in W["benefit_noun"] and set(after[max(0, k - 2):k]) & dets for k, w in enumerate(after))


def capability_in_use(lowers: list[str], span) -> bool:
    """`capability_in_use`: Ukraine as the user of a capability, the guide's aid "in use": a `use_verb` whose object
    is the capability span (within four words after it, no `beneficiary_stop` word between: "uses very old air
    defence systems", "to use its weapons") and whose subject is Ukraine. The subject is read back from the verb
    past `use_subject_skip` words (auxiliaries, modals, adverbs, the infinitive's 'to': "the Ukrainian army has
    been using", "pressing Kyiv to use"), one `use_control` word right before the infinitive's 'to' ("Kyiv plans to
    use", "Ukraine is allowed to use") and quote marks or brackets (`aid_punct` but the comma) only: the first
    other word must be a `ukraine` word or a `use_subject_head` noun that is Ukraine's: a `ukraine` word within two
    words before it ("Ukrainian crews"), "Ukraine's" right before or one word before it (ukraine_possessive:
    "Ukraine's own troops"), or its/their (`group_owner`) after a `use_report_verb` whose subject is a `ukraine`
    word ("Ukraine says its forces used drones"). Example: "Ukraine still uses the ageing radars it inherited".
    Not a subject shared with the adversary ("Russia and Ukraine both use drones", "Russian and Ukrainian forces
    use drones"), not "used to" (a
    habit: "who used to trade with Ukraine"), not another subject ("Ukraine says Wagner fighters use artillery",
    "Ukraine accuses Iran of using drones", "Ukrainian farmers are using drones"), nor a category a `new_word` does
    not make aid either (`not_new_category`: funds, intelligence); coding.aid vetoes the adversary's own ("used
    captured Russian tanks"). The stage is tokenizer-only: no parse gives the clause's subject."""
    W = _words.classes()
    if span.label_ in W["not_new_category"]:
        return False
    uses = [k for k in range(max(0, span.start - 4), span.start) if lowers[k] in W["use_verb"]]
    if not uses or lowers[uses[-1] + 1:uses[-1] + 2] == ["to"]:
        return False
    k = uses[-1]
    if set(lowers[k + 1:span.start]) & _words.of("beneficiary_stop"):
        return False
    skip = W["use_subject_skip"] | (_words.of("aid_punct") - {","})  # and a quote mark: 'Kyiv to "use its guns"'
    j, control = k - 1, False
    while j >= 0 and (lowers[j] in skip or (not control and lowers[j] in W["use_control"]
                                             and lowers[j + 1:j + 2] == ["to"])):
        control = control or lowers[j] in W["use_control"] and lowers[j] not in skip
        j -= 1
    if j < 0:
        return False
    if lowers[j] in W["ukraine"]:
        return not _shared_with_adversary(lowers, j)
    if lowers[j] not in W["use_subject_head"]:
        return False
    u = ukraine_possessive(lowers, j)  # "Ukraine's army", "Ukraine's armed forces", "Ukraine's own troops"
    if u is None:
        u = next((m for m in range(j - 1, max(-1, j - 3), -1) if lowers[m] in W["ukraine"]), None)  # "Ukrainian crews"
    if u is None and j >= 3 and lowers[j - 1] in W["group_owner"] and lowers[j - 2] in W["use_report_verb"] \
            and lowers[j - 3] in W["ukraine"]:  # "Ukraine says its forces used drones"
        u = j - 3
    if u is None or set(lowers[max(0, j - 2):j]) & W["adversary"]:
        return False
    return not _shared_with_adversary(lowers, u)


def _shared_with_adversary(lowers: list[str], u: int) -> bool:
    """Is the Ukraine word at u the second of a subject shared with the adversary ("Russia and Ukraine both use
    drones", "Russian and Ukrainian forces use drones")? An `adversary` word and "and" right before it."""
    return u >= 2 and lowers[u - 1] == "and" and lowers[u - 2] in _words.of("adversary")
