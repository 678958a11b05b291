"""Speech acts composed from the statement's clause frame (statements/clause_frame.py): who commits whom to what.

`decide(frame, side, row, cap_words)` returns (act or None, construction name, vetoed acts). The act is set only
where the parse gives evidence for one of these constructions; elsewhere the phrase rows of speech_acts.csv decide
(speech_acts.classify). Word classes are those of coding_words.csv.

Constructions:
- `own_commitment` -> pledge: the speaker's side is the subject (first person; the speaker's own country; he/she in
  reported speech) of a future ("will", "is going to"; "would" in reported speech) or commissive ("we pledge to")
  clause, or of a present "continue to", whose predicate chain gives support (give_lemma) to an aid object or to
  Ukraine: "he will move quickly to send Ukraine fresh military aid", "Britain will continue to supply weapons".
  Only when ("only" + restrictive_condition: "we will send the tanks only when the US sends its own") it is
  `own_conditioned` -> refusal (coding/refusals.py: support tied to a condition). The side is read first; a
  recipient side from the country alone, where the content's own side gives to Ukraine, is a donor's
  (coding/giver_side.py `giver_to_ukraine`).
- `own_persistence` -> pledge: the same subject and modality with a negated persist_neg predicate, a litotes: "we
  will not give up", "we must not let up ... supporting Ukraine".
- `own_refusal` -> refusal: the same, negated: "we are not going to send rocket systems to Ukraine".
- `reported_commitment` -> pledge: a commissive predicate in the past or perfect (a commitment reported as made),
  its subject not the adversary, with support as its object or a support-giving xcomp: "I reaffirmed France's
  unwavering ... for Ukraine", "the premier on Monday pledged more military ...".
- `commissive_cue` -> pledge: a commissive cue (vowed, promised, pledged) whose xcomp gives support to an aid object
  or to Ukraine ("vowed to send more air defence"); with sanctions alone as its object no pledge ("vowed to ramp up
  sanctions on Iran": sanctions announced are `other`, ANNOTATION.md).
- `imperative_request` -> appeal: an imperative that gives support or sanctions ("Give us the planes", "Close the
  sky over Ukraine", "Help us", "Terror must ... answered - impose sanctions"), or takes sanctions up ("join the oil
  embargo": requests.takes_up_sanctions); a negated imperative of a persist_neg predicate asks others to keep
  supporting ("Do not let Ukraine down", "Don't abandon us").
- `obligation_on_others` -> appeal: must / should laid on a subject other than the speaker's first person, to give
  support or sanction: "the West must send more air defence", "sanctions on Russia should ... made public"; also
  the semi-modals need / have / ought to ("partners need to deliver more air defence") and acting against the
  adversary ("the world must isolate Russia"), the subject not the adversary (ANNOTATION.md, in our words: asking
  others for support or for action against the adversary, whoever gains by it).
- `deontic_frame` -> appeal: an impersonal necessity ("it is important / necessary / crucial / time ...") whose
  complement clause (clause frame "comp") gives support, acts against the adversary or, negated, does not let up:
  "it is so vital to back Ukraine", "it is important for them all to condemn ... Russian terror", "it
  was crucial that ... donor nations did not let up"; its subject not the adversary ("it is vital for Moscow to
  achieve ... goals" is no appeal).
- `stated_need` -> appeal / assessment: "need"/"require" with a noun object, the subject first person or Ukraine:
  the recipient stating it is an appeal ("we need the greatest unity of ... world", "Ukraine needs security
  guarantees"), a donor stating it an assessment ("They need more support today" from NATO's Secretary General).
- `announced_receipt` -> pledge: support announced as coming, by donor or recipient: a future passive transfer or a
  future receive/get with aid as subject or object ("our pilots will be trained to fly F-16 jets", "Ukraine will
  receive 18 howitzers from Germany").
- `transfer_done` -> delivery: a perfect or past transfer (send, deliver, supply, arrive...) of an aid object, not
  negated or hypothetical: "Germany has sent 18 howitzers", "the weapons were delivered last week"; or a participle
  or relative clause of such a transfer modifying an aid noun ("the kind of missile sent was a HARM"); whoever
  receives it (as a pledge to others than Ukraine is still a pledge: "North Korea had delivered weaponry to Russia").
- Beside it: coding/requests.py (`request_support`, `request_against` -> appeal; `request_other`,
  `request_noun_phrase`, `request_to_adversary` -> other: what a request cue or a first-person request verb asks
  for; `obligation_other_conduct`: no appeal), coding/clause_parts.py (the clause parts read here: own subject, aid
  object, support given, commitment modality), coding/commitments.py (`own_solidarity`, `aid_future`;
  own_pledges.py `own_readiness`, `not_abandoning` -> pledge), coding/context_pledges.py (`context_commitment` ->
  pledge: the object given by the sentences before), coding/expectations.py (`recipient_expectation` -> appeal),
  coding/own_outcomes.py (`ensured_success`: "we will make sure Ukraine prevails", `package_presented`: "today's
  package includes more shells", `own_offer`: "we can send another battery to Kyiv this year", `relied_on`: "Kyiv
  can rely on Germany" -> pledge), coding/obligation_effort.py (`obligation_effort`: "the world must do more" ->
  appeal), coding/support_condition.py (`support_condition`: "Kyiv can still prevail if we keep backing it" ->
  appeal), coding/responses.py (`response_asked`: "called for a strong response to the strikes", "terror must be
  answered" -> appeal), coding/deliveries.py (vetoes of delivery and refusal), coding/pledge_limits.py
  (`benefit_without_party`: a thing that will help a cause, no pledge), coding/appeal_limits.py (`benefit_stated`:
  "night flights give us an opportunity to strike" states a benefit given, no appeal).
- `adversary_supply_denied` (veto of refusal, clause_parts.denies_supply): a present or past negated transfer to
  the adversary, no commitment ("we do not ship drones to Moscow"), denies a charge and declines no
  support; a future one ("we will not send weapons to Russia") stays a refusal, as a pledge to Russia stays a pledge.
- `third_party` (veto): a person or an organisation that holds no office (analyst, journalist, expert; a think
  tank, an outlet, a charity; a poll's respondents, whose type is unknown) never pledges: "US support is assured"
  from an analyst, "Western support will continue" from a research institute (groups, and organisations the
  statements stage left UNKNOWN, are left alone: "Crimea Platform participants" may be coded non-official).
"""

from __future__ import annotations

from . import appeal_limits as _appeal_limits
from . import clause_parts as _parts
from . import commitments as _commitments
from . import context_pledges as _context
from . import deliveries as _deliveries
from . import expectations as _expectations
from . import obligation_effort as _effort
from . import own_outcomes as _outcomes
from . import own_pledges as _own_pledges
from . import pledge_limits as _limits
from . import purposes as _purposes
from . import refusals as _refusals
from . import requests as _requests
from . import responses as _responses
from . import support_condition as _condition
from . import words as _words
from ._match import text_of


def _own(clauses, row, cap_words):
    W = _words.classes()
    for cl in _parts.shared_subject(clauses):  # "we will train the pilots and send jets": one subject for both
        if not (_parts.own_subject(cl, row) and _parts.commitment(cl, row)):
            continue
        if cl["neg"] and (set(cl["pred"][:1]) & W["persist_neg"] or _own_pledges.abandons_support(cl, cap_words)):
            return "pledge", "own_persistence"
        if _parts.supports(cl, cap_words):
            if not cl["neg"] and _refusals.conditioned(cl):
                return "refusal", "own_conditioned"  # coding/refusals.py: "we will send them only when ..."
            return ("refusal", "own_refusal") if cl["neg"] else ("pledge", "own_commitment")
        if not cl["neg"] and _parts.protects_party(cl, row):
            return "pledge", "own_protection"  # "we will defend each NATO member": a pledge to others
        if not cl["neg"] and _purposes.purposed(cl, cap_words):
            return "pledge", "own_purpose"  # coding/purposes.py: "will host a conference focused on helping Ukraine"
    return None


def _reported_commitment(clauses, cap_words):
    """A commitment the content reports as made: a commissive predicate (pledge, promise, vow, reaffirm, commit) in
    the past or perfect, its subject not the adversary, whose object is support or whose xcomp gives it: "I
    reaffirmed France's unwavering ... for Ukraine", "the premier on Monday pledged more military
    ...", "Germany has promised to send more air defence" (a pledge reported is still a pledge)."""
    W = _words.classes()
    for cl in clauses:
        if cl["pred"][0] not in W["commissive"] or cl["tense"] not in ("past", "perfect"):
            continue
        if cl["neg"] or cl["hyp"] or cl["q"] or cl["pass"] or set(cl["subj"]) & W["adversary"]:
            continue
        given = dict(cl, pred=cl["pred"][1:]) if len(cl["pred"]) > 1 else None
        if (given and _parts.supports(given, cap_words)) or (not given and _parts.aid_object(cl["obj"], cap_words)):
            return "pledge", "reported_commitment"
    return None


def _receipt(clauses, side: str, cap_words):
    """Support announced as coming: a future passive transfer ("our pilots will be trained to fly F-16 jets", "Ukraine
    will be given more air defence") or a future receive/get ("Ukraine will receive 18 howitzers"), aid as its
    subject or object, not negated or hypothetical, the adversary not named in it."""
    W = _words.classes()
    for cl in clauses:
        if cl["tense"] != "future" or cl["neg"] or cl["hyp"] or cl["q"]:
            continue
        words = set(cl["subj"] + cl["obj"] + cl["ben"])
        if words & W["adversary"] or not _parts.aid_object(cl["subj"] + cl["obj"], cap_words):
            continue
        if (cl["pass"] and _parts.gives(cl)) or cl["pred"][-1] in W["receive_lemma"]:
            return "pledge", "announced_receipt"
    return None


def _opposes(cl: dict) -> bool:
    """A clause that acts against the adversary: an oppose_lemma predicate ("condemn", "isolate", "pressure") with
    the adversary in its object ("condemn the Russian terror", "isolate Russia")."""
    W = _words.classes()
    return bool(set(cl["pred"][-1:]) & W["oppose_lemma"] and set(cl["obj"]) & W["hostile"])


def _adversary_asked(cl: dict) -> bool:
    """The obligation's subject is the adversary ("the Kremlin should withdraw its troops"): it asks no support of
    others ("sanctions on Russia needed to ..." is not Russia's)."""
    W = _words.classes()
    subj = set(cl["subj"])
    return bool(subj & W["adversary"] and not subj & W["sanctions"])


def _asks_others(cl: dict, cap_words) -> bool:
    """What an obligation or necessity asks of a subject other than the adversary: to give support ("send more air
    defence"), to act against the adversary ("isolate Russia") or sanctions ("sanctions needed to be strengthened",
    or taken up: "should align with the coal embargo", requests.takes_up_sanctions).
    (Any predicate whose object names support, "double down in their support", was tried: it turned a warning of coding_dev's unread half into an appeal, and fixed
    nothing on the read half.)"""
    W = _words.classes()
    subj = set(cl["subj"])
    if _adversary_asked(cl):
        return False
    return (_parts.supports(cl, cap_words) or _opposes(cl) or bool((subj | set(cl["obj"])) & W["sanctions"])
            or _requests.takes_up_sanctions(cl))  # "Switzerland should align with the coal embargo"


def _obligation(clauses, side: str, cap_words):
    """An obligation laid on others (must / should, or need / have / ought to; the subject not the speaker's first
    person) to give support or to sanction: "the West must send more air defence", "sanctions on Russia should be
    tightened", "partners need to deliver more air defence", "the world must isolate Russia". In the passive the
    subject is what is given (`passive_obligation`): "these howitzers need to be delivered before the offensive",
    "more shells must be sent to the front"."""
    W = _words.classes()
    for cl in clauses:
        semi = cl["pred"][0] in W["obligation_semi"] and len(cl["pred"]) > 1 and cl["tense"] != "modal"
        if not semi and (cl["tense"] != "modal" or not set(cl["aux"]) & W["obligation_modal"]):
            continue
        if cl["hyp"] or cl["q"] or (set(cl["subj"]) & W["first_person"] and not cl["pass"]) or cl["neg"]:
            continue  # (a passive's first person is who is given: "our pilots must be trained on the jets")
        if semi and not cl["subj"]:
            continue  # "there is a need to ..." / a bare "need to": whose obligation is unclear
        if set(cl["pred"]) & W["sanctions_lifted"]:
            continue  # "the sanctions have to be lifted": a call to lift sanctions asks for none
        asked = dict(cl, pred=cl["pred"][1:]) if semi else cl  # "need to deliver": what is needed is the xcomp
        if cl["pass"]:  # "these howitzers need to be delivered": the passive's subject is what is given
            asked = dict(asked, obj=asked["obj"] + asked["subj"], subj=[])
        modal_asks = not semi and (_parts.supports(asked, cap_words)
                                   or (set(cl["subj"] + cl["obj"]) & W["sanctions"] and side != "adversary"))
        if modal_asks or (side != "adversary" and _asks_others(asked, cap_words)):
            return "appeal", "obligation_on_others"
        if side != "adversary" and not _adversary_asked(asked) and _purposes.purposed(asked, cap_words):
            return "appeal", "obligation_purpose"  # coding/purposes.py: "must focus on ... continuing to provide aid"
    return None


def _deontic(clauses, side: str, cap_words):
    """An impersonal necessity whose complement asks for support: "it is so vital to back Ukraine", "it is
    important for all of them to condemn ... Russian terror", "it was crucial that ... donor nations did not let up"."""
    W = _words.classes()
    for cl in clauses:
        x = cl.get("comp")
        while x and x["pred"] == ["be"] and x.get("comp"):  # "it is vital that ..., it is vital for them to"
            x = x["comp"]
        if not x or x["of"] not in W["necessity"] or cl["neg"] or cl["q"] or cl["hyp"] or x["q"] or x["hyp"]:
            continue
        if x["neg"]:
            if set(x["pred"][:1]) & W["persist_neg"] and not set(x["subj"]) & W["adversary"]:
                return "appeal", "deontic_frame"
            continue
        if _asks_others(x, cap_words):
            return "appeal", "deontic_frame"
    return None


def _imperative(clauses, cap_words):
    """An imperative asking for support or sanctions: "Give us the planes", "Close the sky over Ukraine", "Help us",
    "Impose sanctions"."""
    W = _words.classes()
    for cl in clauses:
        if cl.get("imp") and not cl["neg"] and (_parts.supports(cl, cap_words) or _parts.gives(cl) and set(
                cl["ben"] + cl["obj"]) & (W["first_person"] | W["sanctions"]) or _requests.takes_up_sanctions(cl)):
            return "appeal", "imperative_request"
        if cl.get("imp") and cl["neg"] and set(cl["pred"][:1]) & W["persist_neg"] and not cl["q"]:
            return "appeal", "imperative_request"  # "Do not let Ukraine down", "Don't abandon us": keep supporting
    return None


def _need(clauses, side: str, cap_words):
    W = _words.classes()
    for cl in clauses:
        if side == "recipient" and _needed_is(cl, cap_words):
            return "appeal", "stated_need"  # "the thing Ukraine most needs is long-range air defence"
        if cl["pred"][0] not in W["need_lemma"] or cl["neg"] or cl["q"]:
            continue
        if len(cl["pred"]) > 1:  # "we need to get more air defence": the recipient's need of support
            if side == "recipient" and set(cl["subj"]) & (W["first_person"] | W["ukraine"]) and (
                    _parts.aid_object(cl["obj"], cap_words)):
                return "appeal", "stated_need"
            continue
        if cl["pass"]:  # the recipient's passive need: "more sanctions are needed", "more shells are needed at ..."
            if side == "recipient" and (_parts.aid_object(cl["subj"], cap_words) or set(cl["subj"]) & W["sanctions"]):
                return "appeal", "stated_need"
            continue
        if not cl["obj"]:
            continue
        subj = set(cl["subj"])
        if side == "recipient" and subj & (W["first_person"] | W["ukraine"]):
            if _needs_support(cl["obj"], cap_words):
                return "appeal", "stated_need"
            continue  # "we need peace", "our economy needs reforms": no support from others needed
        if side == "donor" and (subj & W["ukraine"] or (
                subj and subj <= W["plural_pronoun"] and _parts.aid_object(cl["obj"], cap_words))):
            return "assessment", "stated_need"
    return None


def _needed_is(cl: dict, cap_words) -> bool:
    """`needed_is` (`stated_need`): a copular clause whose subject is what is needed (`need_head`: "the thing really
    necessary for us", "what Ukraine needs most", "our main need") and whose complement names aid, weapons or a
    capability: "the one thing we need now is more artillery", "the key need of our army is air defence". From the
    recipient, a need stressed (ANNOTATION.md's settled conventions: an appeal). On the corpus without
    coding_dev's half B (round 19) one statement, a delivery turned appeal (right by reading)."""
    W = _words.classes()
    if cl["pred"] != ["be"] or cl["neg"] or cl["q"] or cl["hyp"] or not set(cl["subj"]) & W["need_head"]:
        return False
    return _parts.aid_object(cl["obj"], cap_words)


def _needs_support(obj: list, cap_words) -> bool:
    """What the recipient says it needs is support from others: aid, weapons, money, sanctions, help, membership or
    security guarantees (`aid_object`, `support`, `sanctions`, `guarantee_head`), the world's unity (`unity_word`)
    or a pro-form whose antecedent the sentences before give (`context_aid_pronoun`: "we need it urgently"); not
    peace, time, reforms or rest ("we need peace", "our soldiers need rest": ANNOTATION.md, an appeal asks others for
    support). On the corpus without coding_dev's half B (round 18) every one of the 11 recipient needs coded so holds
    it."""
    W = _words.classes()
    named = set(obj)
    return _parts.aid_object(obj, cap_words) or bool(named & (
        W["support"] | W["sanctions"] | W["guarantee_head"] | W["unity_word"] | W["membership"])) or bool(
        obj and obj[0] in W["context_aid_pronoun"])


def _delivery(frame: dict, side: str, cap_words, row: dict, lowers: set):
    W = _words.classes()
    if side not in ("donor", "recipient"):
        return None
    toks = _deliveries.words_in(text_of(row.get("text"))) if lowers & W["ongoing_adverb"] else []
    if toks and _deliveries.ongoing_transfer(toks, cap_words):
        return "delivery", "ongoing_transfer"  # "Britain already supplies anti-tank weapons"
    for cl in frame.get("clauses") or []:
        if cl["tense"] not in ("perfect", "past") or cl["neg"] or cl["hyp"] or cl["q"]:
            continue
        if cl["pred"][0] in W["obligation_semi"] and len(cl["pred"]) > 1:
            continue  # "the ammunition had to be shipped to Kyiv": an obligation (reported), no transfer done
        if set(cl["pred"]) & W["transfer_lemma"] and _parts.aid_object(cl["obj"] + cl["subj"] + cl["ben"], cap_words):
            return "delivery", "transfer_done"
    for mod in frame.get("done") or []:  # "the kind of missile sent", "the arms it had earlier sent"
        verb, _, noun = mod.partition(":")
        if verb in W["transfer_lemma"] and _parts.aid_object(noun.split(), cap_words):
            return "delivery", "transfer_done"
    return None


def _noun_phrases(clauses) -> bool:
    return bool(clauses) and not any(cl.get("v", True) for cl in clauses)


def _limits_after(found, frame: dict, clauses, row: dict, cap_words: frozenset, lowers: set):
    """The limits read after the constructions: (the acts they veto, the early return of `decide` or None)."""
    veto = set()
    if (not found or found[0] != "pledge") and _limits.benefit_without_party(frame, row, cap_words):
        veto.add("pledge")  # coding/pledge_limits.py: "the licence would support the continent's energy supply"
    if _limits.sanctions_announced(lowers, cap_words):
        veto.add("pledge")  # coding/pledge_limits.py: "we will impose a further package of sanctions" is no pledge
    if found is None and _appeal_limits.benefit_stated(clauses, cap_words):
        return veto, ("benefit_stated", {"appeal"})  # "the frosts give us the chance to move": asks nothing
    return veto, None


def decide(frame: dict | None, side: str, row: dict, cap_words: frozenset, lowers: set):
    """(act or None, construction, vetoed acts) for one statement; see the module docstring."""
    veto = set()
    official = row.get("speaker_is_official")
    named = text_of(row.get("speaker_name")) not in ("", "UNKNOWN")  # an unresolved speaker may yet hold office
    if official is not None and str(official) in ("False", "0") and text_of(row.get("speaker_type")) != "group" and (
            named or text_of(row.get("speaker_type")) == "person"):
        veto.add("pledge")
    veto |= _deliveries.veto(frame, row, cap_words)  # coding/deliveries.py: deliveries and refusals
    if not frame:
        return None, "", veto
    W = _words.classes()
    clauses, cue = frame.get("clauses") or [], frame.get("cue")
    if any(_parts.denies_supply(cl, row) for cl in clauses):
        veto.add("refusal")  # "we do not ship drones to Moscow": a denial, no refusal
    found = None
    if cue and side != "adversary" and _requests.naming_call(cue, set(text_of(row.get("cue")).lower().split())):
        found = ("other", "call_naming")  # "called the strikes an act of barbarism": no request
    elif cue and cue["lemma"] in W["request_lemma"] and side != "adversary" and (
            cue.get("x") or cue["lemma"] not in W["bare_request"] or _noun_phrases(clauses)):  # "asked for privacy"
        asked = [cue["x"]] if cue.get("x") else clauses
        found = _responses.requested(asked, side, lowers) or _requests.request(cue["to"], asked, cap_words, lowers)
    elif cue and cue["lemma"] in W["commissive"] and cue.get("x") and side != "adversary":
        x = cue["x"]
        if _parts.supports(x, cap_words) and not x["hyp"]:
            found = ("refusal", "own_refusal") if x["neg"] else ("pledge", "commissive_cue")
        elif set(x["obj"]) & W["sanctions"] and not _parts.aid_object(x["obj"], cap_words):
            veto.add("pledge")
    if found is None and side != "adversary":
        found = _requests.content_request(clauses, cap_words, lowers) or _imperative(clauses, cap_words)
        found = found or _requests.imperative_other(clauses, cap_words, lowers)  # "please come and see"
    if found is None and side in ("donor", "other") and "pledge" not in veto:
        found = _own(clauses, row, cap_words) or _reported_commitment(clauses, cap_words)
    found = found or _refusals.decide(clauses, side, row, lowers, cap_words)  # coding/refusals.py: troops, intent
    if found is None and "pledge" not in veto:  # commitments the cue words do not name: coding/commitments.py
        found = _commitments.decide(frame, side, row, cap_words) or _outcomes.decide(clauses, side, row, cap_words)
        found = found or _context.decide(frame, side, row, lowers, cap_words)  # the object given by the context
    found = found or _need(clauses, side, cap_words) or _expectations.decide(clauses, side, row, cap_words)
    found = found or _condition.decide(clauses, side, cap_words)  # coding/support_condition.py: "can win if ..."
    found = found or _responses.decide(clauses, side, lowers)  # coding/responses.py: "terror must be answered"
    found = found or _delivery(frame, side, cap_words, row, lowers)
    if found is None and side in ("donor", "recipient") and "pledge" not in veto:
        found = _receipt(clauses, side, cap_words)
    if found is None and side != "adversary":
        found = _obligation(clauses, side, cap_words) or _deontic(clauses, side, cap_words)
        found = found or _effort.decide(clauses, side, row, cap_words, lowers)  # coding/obligation_effort.py
    if found is None and _requests.obligation_own_conduct(clauses, side, cap_words, lowers):
        return None, "obligation_own_conduct", veto | {"appeal"}  # "we should certainly join the alliance"
    if found is None and _requests.obligation_other_conduct(clauses, side, cap_words, lowers):
        return None, "obligation_other_conduct", veto | {"appeal"}  # "every war must end sometime"
    more, early = _limits_after(found, frame, clauses, row, cap_words, lowers)
    veto |= more
    if early:
        return None, early[0], veto | early[1]
    if found and found[0] in ("other", "assessment"):  # not asked for support: the phrase rows decide the rest
        return None, found[1], veto | {"appeal", "pledge"}
    if found and found[0] in veto:
        found = None
    return (found[0], found[1], veto) if found else (None, "", veto)

