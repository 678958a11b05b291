"""Deliveries and refusals the cue or a word window leaves unasserted: vetoes beside coding/deliveries.py, called from
its `veto`. Word classes are those of coding_words.csv.

ANNOTATION.md, in our words: `delivery` = the support was sent, handed over, has arrived or is in use; `refusal` = the
speaker turns support down, rules it out, puts it off or ties conditions to it. Constructions:
- `thanks_for_support` (veto of delivery): a thanking cue (`thanks_cue`: thanked, grateful) for a stance or conduct
  (`stance_noun`: support, commitment, solidarity, leadership) with no concrete aid (no capability, no `weapons`,
  `money` or `aid_object` word) and no help given named (`given_help`: help, assistance, aid, donations): thanks for
  support says nothing of aid sent ("Zelensky thanked the Canadian premier for his support", "she thanked the
  European leaders for ... commitment", "thanked Draghi for ... unconditional support of the membership bid").
  Thanks for concrete aid or help ("thanked Germany for the air defence systems", "for the funding", "for their help
  with the refugees") stay deliveries. (Round 15 tried the broader "no capability named" and lost a delivery of the
  team's half-B rows; this narrower class was then measured once and kept: no half-B figure dropped.)
- `denied_content` (veto of delivery and refusal): a denying cue (`denial_cue`: denied, refuted, dismissed): the
  content is what the source says did not happen ("the general denied that US officials were providing targeting
  data", "the ministry denied that Berlin had blocked the shipment", "he dismissed reports that the jets had arrived").
- `projected_perfect` (veto of delivery): a perfect infinitive after a projecting verb or adjective
  (`projecting_verb`: hopes, expects, plans, is likely, is due), "to have received", puts the transfer in the future:
  "when it hopes to ... received more weapons", "the tanks are expected to have arrived by March", "Berlin plans to
  have delivered all the howitzers by the summer". (The phrase rows read "have received" as a transfer done.)

- `transfer_asked` (veto of delivery and appeal, round 26): a question about a past transfer: every transfer clause
  of the content (`transfer_lemma`, `arrival_lemma`) is a question (the clause frame's `q`), or the content is an
  indirect question (a `question_cue`, asked or wondered, before `whether` or `if`, class `question_opener`), and
  the question is of the past (a past or perfect tense, or `did`): "Has Berlin really sent the howitzers?", "asked
  whether the government had sent any jets", "Did the generators reach Kharkiv?". A question asks whether aid was
  sent, it tells no transfer done; about the past, it asks nobody for aid either (a question about the future,
  "Can you send us more shells?", asks for it and is left to the other rules). Challenge set data/challenge/acts.csv.

Counted on the corpus without coding_dev's half B (round 16): 7 statements in 7 articles turn from delivery (5
thanks for support, 1 denial, 1 projected perfect), none a delivery by a reading of each.
"""

from __future__ import annotations

from . import words as _words
from ._match import text_of


def _cue_words(row: dict) -> set[str]:
    return set(f"{text_of(row.get('cue'))} {text_of(row.get('cue_lemma'))}".lower().split())


def concrete_aid(toks: list[str], cap_words: frozenset) -> bool:
    """A capability, weapons, money or an aid object named ("systems", "funding", "package"); support, help,
    commitment or assistance alone are not concrete."""
    W = _words.classes()
    return bool(cap_words) or bool(set(toks) & (W["weapons"] | W["money"] | W["aid_object"]))


def thanks_for_support(row: dict, toks: list[str], cap_words: frozenset) -> bool:
    """`thanks_for_support`: a thanking cue, no concrete aid named in the content."""
    W = _words.classes()
    if not _cue_words(row) & W["thanks_cue"] or concrete_aid(toks, cap_words):
        return False
    return bool(set(toks) & W["stance_noun"]) and not set(toks) & W["given_help"]


def denied_content(row: dict) -> bool:
    """`denied_content`: the cue denies the content."""
    return bool(_cue_words(row) & _words.of("denial_cue"))


def projected_perfect(toks: list[str]) -> bool:
    """`projected_perfect`: a projecting word followed within three words by "to have" ("hopes to have received",
    "expected by then to have delivered")."""
    proj = _words.of("projecting_verb")
    for i, w in enumerate(toks):
        if w in proj:
            ahead = toks[i + 1:i + 5]
            if any(a == "to" and b == "have" for a, b in zip(ahead, ahead[1:], strict=False)):
                return True
    return False


def _past(cl: dict) -> bool:
    return cl["tense"] in ("past", "perfect") or bool(set(cl["aux"]) & _words.of("past_do"))


def transfer_asked(frame: dict | None, row: dict, toks: list[str]) -> bool:
    """`transfer_asked`: a transfer clause, every one a question of the past (or the content an indirect question
    after an asking cue), none negated."""
    W = _words.classes()
    moving = W["transfer_lemma"] | W["arrival_lemma"]
    clauses = [cl for cl in (frame or {}).get("clauses") or [] if set(cl["pred"]) & moving]
    if not clauses or any(cl["neg"] or not _past(cl) for cl in clauses):
        return False
    indirect = bool(_cue_words(row) & W["question_cue"]) and toks[:1] and toks[0] in W["question_opener"]
    return bool(indirect) or all(cl["q"] for cl in clauses)


def veto(row: dict, toks: list[str], cap_words: frozenset, frame: dict | None = None) -> set[str]:
    """The acts these constructions rule out for one statement (`toks`: its lower-case words in order)."""
    out = set()
    if denied_content(row):
        out |= {"delivery", "refusal"}
    if thanks_for_support(row, toks, cap_words) or projected_perfect(toks):
        out.add("delivery")
    if transfer_asked(frame, row, toks):
        out |= {"delivery", "appeal"}
    return out
