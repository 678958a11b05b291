"""Deliveries (PLOVER AID: aid sent, arrived, received, handed over) and refusals (a donor declining, ruling out,
delaying support): constructions read apart from coding/composition.py, called from `composition.decide` through
one hook (`veto`). Word classes are those of coding_words.csv.

Constructions:
- `negated_abandonment` (veto of refusal): a negated clause whose predicate gives up, stops or rules out
  (`abandon_lemma`: give_up, give_away, stop, cease, rule_out, exclude, cede ...) negates the abandoning, not the
  giving: "We should not stop supporting Ukraine" (a litotes, a pledge by the guide), "he would not rule out sending
  ... troops to Ukraine", "he does not exclude sending troops", "Ukraine does not give anything up", "we are not
  going ... give away territory" (ANNOTATION.md, in our words: a refusal turns support down, rules it out, puts it
  off or ties conditions to it; none of these does). The phrase rows ("does NEG give~") and composition's `own_refusal` read "not ... send" there;
  this veto drops refusal unless another negated clause of the statement gives support. On the corpus without
  coding_dev's half B the construction occurs in 28 statements of 20 articles, none a refusal by reading; 4 of them
  were coded refusal (notes11/delivery/README.md).
- `transfer_not_done` (veto of delivery): a past or perfect clause whose chain is headed by a verb that leaves the
  transfer undone (`undone_head`: refused, declined, ruled out, agreed, decided, planned, wanted, tried, failed,
  urged, promised ...) with the transfer verb only in its xcomp: "Berlin refused to send Leopard tanks to Kyiv" (a
  refusal), "the chancellor ruled out sending Taurus missiles" (a refusal: speech_acts.csv's own example), "the UK
  and France have agreed ... provide more support" (a commitment), "Germany had decided to send more howitzers".
  Composition's `transfer_done` read any transfer lemma on a past chain as done; the veto holds only where no clause
  of the statement has the transfer verb at its head and no participle of a transfer modifies an aid noun ("the
  weapons it had previously sent"), so "Germany began sending weapons", "we have moved quickly to send Ukraine
  weaponry" and "acknowledged sending the missile" stay deliveries.
- `counterfactual_perfect` (veto of delivery): a transfer clause whose auxiliaries are a modal
  (`counterfactual_modal`: should, could, would, might, may, ought) and "have" puts the transfer in an unreal past:
  "they should have given us the tanks last year", "Berlin should have delivered its howitzers sooner", "we could
  have sent more shells". The phrase rows and `transfer_done` read "have sent" as done. The veto holds only where no
  other clause or participle of the statement tells a transfer done. Issue #13's named class (round 19): on the
  corpus without coding_dev's half B no statement holds it; kept for the text it will meet.
- `ongoing_transfer` (-> delivery, read by composition's `_delivery`): an `ongoing_adverb` (already, still), past a
  form of "be", before a present or progressive transfer (`transfer_present`) with concrete aid named, no modal
  or negation just before the adverb: "Britain already supplies Kyiv with anti-tank weapons", "artillery rounds are
  still flowing into Ukraine", "Warsaw is still delivering ammunition". A transfer in progress is aid sent
  (ANNOTATION.md, in our words). Round 12 left the wider class (every present transfer: 3 deliveries of 21
  clauses); the adverb narrows it: on the corpus without coding_dev's half B (round 19) 2 statements in 2 articles,
  both assessment -> delivery, both deliveries by reading (and in the team's half-A rows).
- `halted_commodity` (veto of refusal): a halt word (`halt_word`: suspended, cutting, blocking, delayed ...) with a
  commodity or service (`aid_commodity`: gas, oil, grain, consular ...) within three words after it halts commerce,
  not aid: "Gazprom has suspended gas supplies ... Latvia", "the government was suspending consular services", "it is
  cutting daily gas deliveries" (ANNOTATION.md: `refusal` declines, delays or conditions away support). The halt
  rows of speech_acts.csv read any halt word beside an aid word ("supplies") as a refusal. On the corpus without
  coding_dev's half B: 13 statements in 11 articles, none a refusal of aid by reading, 2 of them coded refusal.
- Beside them, coding/delivery_cues.py: `thanks_for_support`, `denied_content`, `projected_perfect`,
  `transfer_asked`.
- `sent_message` (veto of delivery): a transfer word (`give_transfer`) with a message or signal (`message_word`)
  within four words after it, and no capability named: a message sent is no aid sent. "The Nato summit has sent ...
  clear message that help will ... given", "this historic vote sends ... important signal of the US commitment", "he
  sent a message to the Russian foreign minister". On the corpus without coding_dev's half B: 8 statements in 8
  articles, none a delivery by reading, 1 of them coded delivery.

Tried and left out (round 26, challenge set data/challenge/acts.csv): `arrived`, aid as the subject of a past
"reach" ("the ammunition has reached our brigades"; no target or adversary as destination), and `aid_in_use`,
donor-marked aid (Western, HIMARS, Leopard ...) as the passive subject or active object of use / operate / employ
("Western HIMARS are being used every day"), each -> delivery: they passed their groups' dev rows and moved none of
the groups' test rows (arrival 2/3, in use 1/3, before and after), nor any coding_dev or team figure (a first
version without the donor mark and the target guard lost a team-A delivery to "they used them in a rocket attack"
and "missiles reached the target"). Patch: notes26/acts/arrived_in_use.patch.

Tried and left out (round 15; round 16 keeps a narrower class, thanks for a stance noun with no concrete aid or help
named, coding/delivery_cues.py): `thanks_for_support`, a thanking cue with no capability named as no delivery
("Zelensky thanked US President Joe ... for his support"; coding_dev half A codes all 9 of its thanks other, 4 of
them coded delivery): coding_dev delivery F1 0.533 -> 0.593 (A 0.667 -> 0.737, B 0.222 -> 0.250), but the team's
half-B rows lost a gold delivery (their delivery F1 0.364 -> 0.222, macro-F1 0.302 -> 0.276): annotators code some
thanks for support a delivery (ukraine_dev's one thanks too). Patch: notes15/pledges/thanks_for_support.patch.

Counted and left (round 12, corpus without coding_dev's half B, rules alone: 15 refusals and 42 deliveries in 5,056
statements): a donor ruling out its own troops ("we will not participate directly ... by sending American forces",
"US forces will not directly engage ...") 5 rows in 5 articles, 1 already a refusal (round 16: coding/refusals.py
`own_troops_ruled_out`); aid scaled back or withdrawn
under a condition ("would probably scale back aid if he ... president") 2 rows; ongoing transfer in the present
("London already provides intelligence support ... sends weapons", "Western weapons are still flowing") 3 deliveries
of 21 present transfer clauses (5 of the rest announcements, pledges); aid in use ("the Himars which the forces have
been using") 3 rows. Each is below eight rows in five articles: no rule.
"""

from __future__ import annotations

import re

from . import delivery_cues as _cues
from . import words as _words
from ._match import text_of

_WORD = re.compile(r"[\w']+")


def _abandons(cl: dict) -> bool:
    """A verb clause (a frame without the `v` key counts as one) whose predicate chain opens with an `abandon_lemma`
    ("not | stop supporting", "not | rule out sending", "not | give up")."""
    return bool(cl.get("v", True)) and cl["pred"][0] in _words.of("abandon_lemma")


def negated_abandonment(frame: dict | None) -> bool:
    """`negated_abandonment`: some clause is a negated abandon_lemma predicate and no other negated clause has a give
    predicate ("we will not send jets, and we do not rule out tanks" keeps its refusal)."""
    clauses = (frame or {}).get("clauses") or []
    give = _words.of("give_lemma")
    found = False
    for cl in clauses:
        if not cl["neg"] or not cl["pred"]:
            continue
        if _abandons(cl):
            found = True
        elif set(cl["pred"]) & give:
            return False
    return found


def transfer_not_done(frame: dict | None) -> bool:
    """`transfer_not_done`: a past or perfect chain "undone_head + transfer" and no transfer done elsewhere."""
    W = _words.classes()
    transfer, undone = W["transfer_lemma"], W["undone_head"] | W["commissive"] | W["request_lemma"]
    if not frame or frame.get("done"):
        return False
    found = False
    for cl in frame.get("clauses") or []:
        if cl["tense"] not in ("past", "perfect") or not cl["pred"]:
            continue
        if cl["pred"][0] in transfer:
            return False
        if cl["pred"][0] in undone and set(cl["pred"][1:]) & transfer:
            found = True
    return found


def counterfactual_perfect(frame: dict | None) -> bool:
    """`counterfactual_perfect`: a transfer clause whose auxiliaries are a `counterfactual_modal` and "have" ("they
    should have sent the tanks", "we could have given more"), and no clause or participle of a transfer done."""
    W = _words.classes()
    if not frame or frame.get("done"):
        return False
    found = False
    for cl in frame.get("clauses") or []:
        if not set(cl["pred"]) & W["transfer_lemma"]:
            continue
        if "have" in cl["aux"] and set(cl["aux"]) & W["counterfactual_modal"]:
            found = True
        elif cl["tense"] in ("past", "perfect") and not cl["neg"]:
            return False
    return found


def ongoing_transfer(toks: list[str], cap_words: frozenset) -> bool:
    """`ongoing_transfer`: an `ongoing_adverb` (already, still) followed, past a form of "be" (`ongoing_be`), by a present or
    progressive transfer form (`transfer_present`), no negation or modal in the two words before the adverb, and
    concrete aid named (delivery_cues.concrete_aid)."""
    W = _words.classes()
    be = W["ongoing_be"]
    for i, w in enumerate(toks):
        if w not in W["ongoing_adverb"] or set(toks[max(0, i - 2):i]) & (W["negation"] | W["frame_modal_word"]):
            continue
        j = i + 1 + (i + 1 < len(toks) and toks[i + 1] in be)
        if j < len(toks) and toks[j] in W["transfer_present"]:
            return _cues.concrete_aid(toks, cap_words)
    return False


def words_in(text: str) -> list[str]:
    """The statement's lower-case words in order (the coding stage's `lowers` is a set: the windows below need order)."""
    return _WORD.findall(text.lower())


def halted_commodity(toks: list[str]) -> bool:
    """`halted_commodity`: a halt word followed within three words by a commodity or service word."""
    W = _words.classes()
    return any(w in W["halt_word"] and set(toks[i + 1:i + 4]) & W["aid_commodity"] for i, w in enumerate(toks))


def sent_message(toks: list[str], cap_words: frozenset) -> bool:
    """`sent_message`: a transfer word followed within four words by a message word, no capability named."""
    if cap_words:
        return False
    W = _words.classes()
    return any(w in W["give_transfer"] and set(toks[i + 1:i + 5]) & W["message_word"] for i, w in enumerate(toks))


def veto(frame: dict | None, row: dict, cap_words: frozenset) -> set[str]:
    """The acts this module's constructions rule out for one statement (see the module docstring)."""
    toks = words_in(text_of(row.get("text")))  # once for both word windows
    out = set()
    if negated_abandonment(frame) or halted_commodity(toks):
        out.add("refusal")
    if transfer_not_done(frame) or counterfactual_perfect(frame) or sent_message(toks, cap_words):
        out.add("delivery")
    return out | _cues.veto(row, toks, cap_words, frame)  # coding/delivery_cues.py: thanks, denials, questions ...
