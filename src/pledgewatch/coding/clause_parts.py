"""Parts of a clause (statements/clause_frame.py) that the constructions of coding/ share: who its subject is, what
it gives and to whom, its commitment modality. Word classes are those of coding_words.csv. Read by
coding/composition.py and by its neighbours (commitments.py, own_pledges.py, expectations.py, requests.py,
refusals.py, context_pledges.py, obligation_effort.py).

Constructions:
- `speaker_pronoun` (the speaker's side as subject, read by `own_subject` and so by every construction that asks for
  it): in reported speech, "it" for a speaker that is no person ("the UK government said ... would supply long-range
  rocket ... to Ukraine"), or a possessive with a polity noun ("Lukashenko has said ... ex-Soviet state stands
  fully behind ...", "Biden said his country will provide ... with newer rocket systems"), and
  "it" for an official's own country named just before (`official_it`);
  composition read he/she only, and a speaker's own country named.
- `scheduled` (commitment modality, read by `commitment`): a present "be to" or `scheduled_head` ("is set to", "is
  due to") before the verb: a transfer the news reports as arranged, as a future would ("Germany is to send more
  tanks to Ukraine", "Britain is set to supply further rocket launchers"); "is ready / able to" is readiness or
  ability, not this (the adjective is the predicate).
- `shared_subject` (read by composition's `own_commitment`): a verb conjoined to a future clause of the speaker's
  side shares its subject and modality ("we will finish the training and then deliver the first jets").
- `planned_progressive` (commitment modality, read by `commitment`): a present progressive with a time ahead
  (`future_time`) is an arranged future ("we are sending another 20 vehicles next month").
- `own_protection` (`protects_party`, read by composition's `_own` and own_pledges' readiness): the speaker's side
  commits itself to defend an ally or another country ("we are prepared to defend each NATO member on the eastern flank").
"""

from __future__ import annotations

from .. import sides as _sides
from ..statements import names as _names
from . import aid_limits as _limits
from . import words as _words
from ._match import text_of, text_words


def countries(words: list[str]) -> set[str]:
    """The countries and bodies named in a few lower-case words ("the united states" -> United States), from the
    gazetteer the statements stage reads (countries.csv through statements.names)."""
    places = _names.reference().places_lower
    out = set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            c = (places.get(" ".join(words[i:i + n])) or {}).get("country")
            if c:
                out.add(c)
    return out


def speaker_pronoun(subj: list[str], row: dict) -> bool:
    """`speaker_pronoun`: in reported speech, "it" for a speaker that is no person, or speaker_possessive +
    polity_noun ("his country", "her government", "his ex-Soviet state")."""
    if not subj or text_of(row.get("quote_type")) == "direct":
        return False
    if subj == ["it"]:
        return text_of(row.get("speaker_type")) == "organization" or official_it(row)
    W = _words.classes()
    return subj[0] in W["speaker_possessive"] and subj[-1] in W["polity_noun"]


IT_WINDOW = 15  # context words (nearest first) in which "it" finds the official's country


def official_it(row: dict) -> bool:
    """`speaker_pronoun` for a person: in reported speech, "it" stands for the country of an official speaker where
    the context just before the content names that country and no aid object, weapon, money or `thing_antecedent`
    word (deal, plan, decision ...) stands nearer
    ("Turkey has kept talking to both sides, and its president told Putin | it would back Moscow's role":
    "it" is Turkey; "The US unveiled a new package. Biden said | it would help Kyiv": "it" is the package). The
    context is the clause frame's "ctx" (statements/frame_context.py: content words, nearest first)."""
    from ..statements.clause_frame import FRAME_KEY

    country = text_of(row.get("speaker_country"))
    if text_of(row.get("speaker_type")) != "person" or not row.get("speaker_is_official") or not country:
        return False
    ctx = list((row.get(FRAME_KEY) or {}).get("ctx") or ())[:IT_WINDOW]
    W = _words.classes()
    things = W["aid_object"] | W["weapons"] | W["money"] | W["thing_antecedent"]
    for i, w in enumerate(ctx):
        if w in things:
            return False
        if country in countries(ctx[max(0, i - 2):i + 1][::-1]):  # "states united" read back as "united states"
            return True
    return False


def own_subject(cl: dict, row: dict) -> bool:
    """The speaker's side as the clause's subject: first person, the speaker's own country, or he/she in reported
    speech (the reported speaker), or `speaker_pronoun` ("it", "his country"). (commitments.own_subject widens it.)"""
    W = _words.classes()
    subj = cl["subj"]
    if not subj:
        return False
    if set(subj) & W["first_person"]:
        return True
    if subj[0] in W["reported_pronoun"] and len(subj) == 1 and text_of(row.get("quote_type")) != "direct":
        return True
    country = text_of(row.get("speaker_country"))
    return (bool(country) and country in countries(subj)) or speaker_pronoun(subj, row)


def aid_object(words, cap_words) -> bool:
    """Words that name support, weapons, money, an aid object or a capability."""
    W = _words.classes()
    s = set(words)
    return bool(s & (W["support"] | W["weapons"] | W["money"] | W["aid_object"] | cap_words))


def to_ukraine(cl: dict) -> bool:
    """Ukraine as the clause's object or beneficiary."""
    return bool((set(cl["obj"]) | set(cl["ben"])) & _words.of("ukraine"))


def to_adversary(cl: dict) -> bool:
    """The adversary (`hostile`) as the clause's object or beneficiary, a receiver, not Ukraine ("do not ship drones
    to Moscow", "will send weapons to Russia"); not where every adversary word names the target of force
    (aid_limits.adversary_target: "missiles to strike Russian territory"). The object is a receiver only where its
    last word, the head, is the adversary ("supply Russia with drones"): an adversary word that describes the
    thing given or another receiver is none ("our Russian-made jets", "the Kremlin's enemies")."""
    hostile = _words.of("hostile")
    obj = cl["obj"]
    named = cl["ben"] + (obj if obj and obj[-1] in hostile else [])
    return bool(set(named) & hostile) and not to_ukraine(cl) and not _limits.adversary_target(named)


def denies_supply(cl: dict, row: dict) -> bool:
    """`adversary_supply_denied` (read by composition.decide, a veto of refusal): a negated give predicate to the
    adversary (`to_adversary`) with no commitment modality, present or past, asserted: a denial that the adversary is
    armed ("we do not ship drones to Moscow", "we did not supply drones to Russia") answers a charge; it declines
    no support (ANNOTATION.md's refusal), so it is no refusal. A commitment either way keeps its act:
    "we will not send weapons to Russia" rules support out (a refusal, as a pledge to Russia is still a pledge,
    ANNOTATION.md's settled conventions)."""
    if not (cl["neg"] and gives(cl) and to_adversary(cl)) or cl["hyp"] or cl["q"]:
        return False
    return cl["tense"] in ("present", "past", "perfect") and not commitment(cl, row)


def gives(cl: dict) -> bool:
    """A give predicate (give_lemma: send, provide, impose, close the sky ...) in the clause's chain; `aspect_head`: a
    continuative head (continue, keep, remain) with a verb after it gives only if that verb does ("will continue |
    to supply" gives, "continues | to see troubling signs" and "is continuing | to reduce its embassy staff" do not);
    alone it stays a give predicate ("we will continue", the object given by the context)."""
    pred = cl["pred"]
    if len(pred) > 1 and pred[0] in _words.of("continuative"):
        pred = pred[1:]
    return bool(set(pred) & _words.of("give_lemma"))


def gives_aid(cl: dict, cap_words) -> bool:
    """A clause whose predicate gives an aid object (not Ukraine alone): a give predicate, or a `procure_lemma` one
    for Ukraine ("decided to buy shells for Ukraine")."""
    if not aid_object(cl["obj"] + cl["ben"], cap_words):
        return False
    if set(cl["pred"]) & _words.of("procure_lemma"):
        return to_ukraine(cl)
    return gives(cl)


def supports(cl: dict, cap_words) -> bool:
    """A clause that gives support: a give predicate with an aid object or Ukraine as object or beneficiary, or a
    `procure_lemma` predicate (buy, purchase, procure) of an aid object for Ukraine ("will buy shells for Ukraine")."""
    return gives_aid(cl, cap_words) or (
        gives(cl) and to_ukraine(cl) and not set(cl["pred"]) & _words.of("procure_lemma"))


def protects_party(cl: dict, row: dict) -> bool:
    """`own_protection` (read by composition's `_own` and own_pledges' readiness): a `protect_lemma` predicate (defend,
    protect, shield) whose object or beneficiary names a party other than the speaker's own country and the
    adversary: an ally (`ally_noun`) or a country or body of the gazetteer ("defend each NATO member on the eastern flank",
    "will keep protecting the state of Israel"); a pledge to others than Ukraine (ANNOTATION.md's settled
    conventions). Not the speaker's own ground or people ("will defend its own territory", "protect our people")."""
    W = _words.classes()
    pred = cl["pred"][1:] if len(cl["pred"]) > 1 and cl["pred"][0] in W["continuative"] else cl["pred"]
    if not pred or pred[0] not in W["protect_lemma"]:
        return False
    named = cl["obj"] + cl["ben"]
    if set(named) & W["hostile"]:
        return False
    if set(named) & W["ally_noun"]:
        return True
    own = text_of(row.get("speaker_country"))
    return any(c != own and _sides.side_of(c) != "adversary" for c in countries(named))


def scheduled(cl: dict) -> bool:
    """`scheduled`: a present "be to" + verb ("Germany is to send") or a `scheduled_head` with its xcomp ("is set to
    supply", "is due to deliver"); for "be" the verb must not sit inside the object, where an adjective is the
    predicate ("is ready to send", "is able to send"), unless it is a `scheduled_head` ("is due to deliver")."""
    pred = cl["pred"]
    if cl["tense"] != "present" or len(pred) < 2 or "to" not in cl["aux"]:
        return False
    head = _words.of("scheduled_head")
    if pred[0] == "be":  # "is to send"; "is due to deliver" (the adjective heads the object)
        return pred[1] not in cl["obj"] or bool(set(cl["obj"][:1]) & head)
    return pred[0] in head


def _progressive(cl: dict) -> bool:
    """An active progressive: a be-auxiliary (`progressive_aux`) before a verb that is not "be" ("are sending")."""
    return not cl["pass"] and bool(set(cl["aux"]) & _words.of("progressive_aux")) and cl["pred"][0] != "be"


def _future_time(row: dict) -> bool:
    """The content names a time ahead (`future_time`: "next month", "in the coming weeks", "soon")."""
    return bool(text_words(text_of(row.get("text"))) & _words.of("future_time"))


def planned_progressive(cl: dict, row: dict) -> bool:
    """`planned_progressive` (commitment modality, read by `commitment`): a present progressive with a time ahead is
    an arranged future, as "is to" is ("we are sending another 20 vehicles next month", "Warsaw is transferring more
    jets in the coming weeks"); without the time ahead it is a transfer in progress (coding/deliveries.py)."""
    return cl["tense"] == "present" and _progressive(cl) and _future_time(row)


def shared_subject(clauses: list[dict]) -> list[dict]:
    """`shared_subject`: a verb conjoined to a future or "would" clause shares its subject and modality ("we will
    finish the training and then deliver the jets", "Spain would refurbish the vehicles and ship them to Kyiv"): the
    frame records the conjoined verb with no subject, no auxiliary and the present tense; it is read with those of
    the clause before it, where that clause is asserted (a negation does not carry across "and" / "but")."""
    out, prev = [], None
    for cl in clauses:
        if prev and not cl["subj"] and not cl["aux"] and cl["tense"] == "present" and not cl.get("imp"):
            cl = dict(cl, subj=prev["subj"], aux=prev["aux"], tense=prev["tense"])
        elif cl["subj"] and cl["tense"] in ("future", "would") and not (cl["neg"] or cl["hyp"] or cl["q"]):
            prev = cl
            out.append(cl)
            continue
        prev = None
        out.append(cl)
    return out


def commitment(cl: dict, row: dict) -> bool:
    """Future, commissive, continuing or first-person obligation modality ("we must not let up") of a clause the
    speaker's side is subject of; a present "is to" / "is set to" (`scheduled`) counts as a future, and so does a
    present raise of support (`raise_lemma` with a support word or Ukraine named: "we are doubling our aid to Ukraine",
    an increase announced as it is made; not "is increasing its defence budget"), and a present intent of its own
    (`intent_lemma` with its xcomp: "we want to send more air defence", "we aim to deliver the jets by summer"; "we
    want Germany to send" asks another, and the frame keeps no chain for it)."""
    W = _words.classes()
    if cl["hyp"] or cl["q"] or cl["tense"] in ("perfect", "past"):
        return False
    if cl["tense"] == "future" or (cl["tense"] == "would" and text_of(row.get("quote_type")) != "direct"):
        return True
    if scheduled(cl) or planned_progressive(cl, row):
        return True
    if cl["tense"] == "modal":
        return bool(set(cl["aux"]) & W["obligation_modal"]) and bool(set(cl["subj"]) & W["first_person"])
    if cl["tense"] != "present":
        return False
    if cl["pred"][0] in W["intent_lemma"]:  # "we want to send", "we aim to deliver": the chain after it is the intent
        return len(cl["pred"]) > 1
    if cl["pred"][0] in W["raise_lemma"]:  # support raised, not the speaker's own budget or army
        return bool(set(cl["obj"] + cl["ben"]) & (W["support"] | W["ukraine"]))
    return bool(set(cl["pred"][:1]) & (W["commissive"] | W["continuative"]))
