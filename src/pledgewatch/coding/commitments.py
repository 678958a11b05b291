"""Pledges the cue words do not name: commitments composed from the statement's clause frame
(statements/clause_frame.py) where coding/composition.py finds none. `decide(frame, side, row, cap_words)` returns
(act, construction) or None; composition.decide calls it after its own pledge constructions.

Constructions (word classes of coding_words.csv; ANNOTATION.md: a pledge commits the source's side to give or keep
giving support, "announced new aid or packages", to Ukraine or to anyone else):
- `own_solidarity` -> pledge: the speaker's side as subject of a present or future solidarity predicate with a party
  it stands by ("we stand with Ukraine", "his state stands fully behind Russia", "we will remain together ...
  fraternal Russia"), or of a future predicate whose object is solidarity ("we will show the necessary
  solidarity"); not negated, hypothetical or a question.
- `own_presence` -> pledge: the same subject and modality, "be" with a party or at its side ("we will be with
  Ukraine every step of the way", "Britain will be by Ukraine's side", "the US is there for its partners"), also
  "be" under the "going to" future, whose chain the frame records as go -> be ("we are going to be there for
  Ukraine"); aid-related only where Ukraine is named (coding/__init__.py OTHERS_PLEDGED).
- `aid_future` -> pledge: aid (support, weapons, money, a package, a capability) as the subject of a future clause
  (or, in reported speech, "would") that moves it to its recipient or gives or enables something, or aid "on the
  way": "Help is on the way", "BMP-1s would very quickly head to Ukraine ... Greece", "the shipment ... new weapons
  will enable Ukraine ... strike", "... funds will go towards critical ..."; said by a donor or the recipient
  (an adversary's "these weapons will be ... legitimate target" is none), not negated, hypothetical or a question.

- `decided_giving` -> pledge: a party settles on a transfer to come: a decision_lemma head (agree, decide, plan,
  intend) whose xcomp gives an aid object, not the adversary's, not conditional ("the allies ... decided to raise
  their military aid for Kyiv", "North Macedonia plans to donate ... tanks to Ukraine"; round 18: 2 rows
  in 2 articles of the corpus without coding_dev's half B, both pledges by reading); or a `decision_object_head`
  (prepare, plan, agree, decide) whose object is aid for Ukraine ("has decided on its biggest support package yet
  for Ukraine", round 25).
- `foreign_commitment`, `objectless` (read by speech_acts): a future that the clause frame gives to another subject,
  and a commissive cue whose content gives nothing, commit the speaker to no pledge.

Each was counted on the corpus without coding_dev's half-B articles (round 11): own_solidarity 9 rows in 8
articles, aid_future 9 rows in 7 articles, all pledges by a reading of each. (A present announcement, "Today, I am
announcing an additional $225 million", was one row: no rule.)
"""

from __future__ import annotations

from . import clause_parts as _parts
from . import own_pledges as _own_pledges
from . import words as _words
from ._match import text_of


def own_subject(cl: dict, row: dict) -> bool:
    """The speaker's side as the clause's subject: clause_parts.own_subject (first person, he/she in reported
    speech, the speaker's own country), and also they/them in reported speech or the speaker named ("Crimea Platform
    participants stand ... with ..."; a nationality in the name, "Ukrainian officials", names no one)."""
    if _parts.own_subject(cl, row):
        return True
    W = _words.classes()
    subj = cl["subj"]
    if not subj:
        return False
    if len(subj) == 1 and subj[0] in W["reported_pronoun"] | W["plural_pronoun"]:
        return text_of(row.get("quote_type")) != "direct"
    name = {w for w in text_of(row.get("speaker_name")).lower().split() if len(w) > 3 and not _parts.countries([w])}
    return bool(name & set(subj))


def plain(cl: dict) -> bool:
    """A clause that is asserted: not negated, hypothetical or a question ("we will not send", "if the aid comes",
    "will we stand with them?" commit no one)."""
    return not (cl["neg"] or cl["hyp"] or cl["q"])


def _party(words: list[str], nouns: str = "solidarity_party") -> bool:
    """A party one stands by: Ukraine, the adversary's side (for its allies), a country or body of the gazetteer, or a
    party noun of the word class `nouns` ("the people of Ukraine", "our allies")."""
    W = _words.classes()
    return bool(set(words) & (W["ukraine"] | W["hostile"] | W[nouns])) or bool(_parts.countries(words))


def _solidarity(cl: dict, row: dict) -> bool:
    """`own_solidarity` in one clause: the speaker's side, asserted, present or future (a "would" only in reported
    speech), stands by a party ("we stand with Ukraine", "we will remain together ... fraternal Russia"; remain:
    its beneficiary only, "we remain convinced" is none) or will show solidarity ("we will show the necessary
    solidarity")."""
    W = _words.classes()
    if not _own_asserted(cl, row):
        return False
    head = cl["pred"][-1]
    if head in W["solidarity_lemma"] and _party(cl["ben"] if head == "remain" else cl["ben"] + cl["obj"]):
        return True
    return cl["tense"] in ("future", "would") and bool(set(cl["obj"]) & W["solidarity_noun"])


def _own_asserted(cl: dict, row: dict) -> bool:
    """The speaker's side as subject of an asserted, active, present or future clause (a "would" only in reported
    speech): the modality of `own_solidarity` and `own_presence`."""
    if not (plain(cl) and own_subject(cl, row)) or cl["pass"] or cl["tense"] in ("past", "perfect", "modal"):
        return False
    return cl["tense"] != "would" or text_of(row.get("quote_type")) != "direct"


def _presence(cl: dict, row: dict) -> bool:
    """`own_presence` in one clause: the speaker's side (`_own_asserted`) is, with "be" alone, with a party as its
    beneficiary ("we will be with Ukraine every step of the way", "the US is there for its partners") or at a
    party's side (`side_noun` after a `side_owner` or a party: "the EU will be at your side", "Britain will be by
    Ukraine's side"); a party other than the speaker's own people (`ally_noun`, not people or nation: "we will be
    there for our people" is no pledge)."""
    W = _words.classes()
    pred = cl["pred"][1:] if cl["pred"][:1] == ["go"] and cl["tense"] == "future" else cl["pred"]
    if pred != ["be"] or not _own_asserted(cl, row):  # "we are going to be there for Ukraine" too
        return False
    if _party(cl["ben"], "ally_noun"):  # not "we will be there for our people": the speaker's own
        return True
    obj = cl["obj"]
    i = next((k for k, w in enumerate(obj[:4]) if w in W["side_noun"]), None)
    return i is not None and i > 0 and (obj[i - 1] in W["side_owner"] or _party(obj[:i]))


def _aid_future(cl: dict, row: dict, cap_words) -> bool:
    """`aid_future` in one clause: aid as the asserted subject, not the adversary's nor going to it, of a future (or
    reported "would") motion, give or enable predicate ("BMP-1s would very quickly head to Ukraine", "the package
    will help Ukraine"), or present and `underway_noun` ("Help is on the way")."""
    W = _words.classes()
    if not plain(cl) or not _parts.aid_object(cl["subj"], cap_words):
        return False
    if set(cl["subj"] + cl["ben"]) & W["hostile"]:  # the adversary's arms, or arms going to it from a third party
        return False
    if cl["pred"][-1] == "be" and cl["tense"] == "present":
        return bool(set(cl["obj"][:2]) & W["underway_noun"])  # "help is on the way"
    future = cl["tense"] == "future" or (cl["tense"] == "would" and text_of(row.get("quote_type")) != "direct")
    return future and bool(set(cl["pred"]) & (W["motion_lemma"] | W["give_lemma"] | W["enable_lemma"]))


def _decided_giving(cl: dict, side: str, cap_words) -> bool:
    """`decided_giving` in one clause: a decision_lemma head (agree, decide, plan, intend, prepare, work), asserted and
    active, whose xcomp gives an aid object ("the allies decided to raise their military aid for Kyiv", "North
    Macedonia plans to donate ... tanks to Ukraine", "we are working to send more air defence"), or a
    `decision_object_head` (prepare, plan, agree) whose object is aid for Ukraine ("Warsaw is preparing a new aid
    package for Ukraine"); its subject not the adversary; said by the recipient, only of a
    country that is not Ukraine ("we decided to send more brigades" is no pledge to itself). Ukraine named without aid
    ("decided to move the embassy ... Ukraine") is none, and so is a transfer under a condition ("in the event of").
    """
    W = _words.classes()
    if cl["pred"][0] not in W["decision_lemma"] or not plain(cl) or cl["pass"]:
        return False
    if len(cl["pred"]) < 2 and cl["pred"][0] not in W["decision_object_head"]:
        return False
    subj = set(cl["subj"])
    if subj & (W["adversary"] | W["hostile"]):
        return False
    if side == "recipient" and (not _parts.countries(cl["subj"]) or subj & (W["ukraine"] | W["first_person"])):
        return False
    if set(cl["obj"]) & W["condition"]:  # "agreed to grant ... guarantees should an invasion come": conditional
        return False
    if len(cl["pred"]) < 2:  # "is preparing a new package of aid for Ukraine", "agreed a new tranche": the aid itself
        named = set(cl["obj"] + cl["ben"])
        return _parts.aid_object(cl["obj"][:4], cap_words) and bool(named & W["ukraine"]) and not named & W["sanctions"]
    return _parts.gives_aid(dict(cl, pred=cl["pred"][1:]), cap_words)


def _clauses(frame: dict):
    """The content's clauses and the clauses they hold as complements ("Ukraine may be sure | that we will ...")."""
    for cl in frame.get("clauses") or []:
        yield cl
        if cl.get("comp"):
            yield cl["comp"]


def foreign_commitment(frame: dict | None, row: dict) -> bool:
    """`foreign_commitment`: the future that the phrase-level `speech_acts.commitment` reads as the speaker's own
    ("will" + a give verb within five words) belongs, by the clause frame, to someone else: every future (or
    "would") clause whose chain has a give verb has a subject, and none is the speaker's side ("the deal will help
    stabilise prices", "this will give them funds", "will you support ..."). No frame, or no such clause, or a clause
    without a subject (a conjoined verb shares one the frame does not record): False."""
    if not frame:
        return False
    W = _words.classes()
    given = [cl for cl in _clauses(frame) if cl["tense"] in ("future", "would") and set(cl["pred"]) & W["give_verb"]]
    return bool(given) and all(cl["subj"] and not own_subject(cl, row) for cl in given)


def objectless(frame: dict | None, cap_words=frozenset()) -> bool:
    """`objectless_cue`: by the clause frame, no clause of the content (nor the cue's xcomp) gives support
    (clause_parts.supports), so a commissive cue (promised, assured, reiterates) commits to nothing given: "assured
    that the West and Kyiv threaten nobody in Moscow", "reiterates that Russia's armed attack ... constitutes
    an aggression". speech_acts drops the cue's pledge weight where, besides, the content names no aid, support or
    capability and no pledge row matches it. No frame: False."""
    if not frame or not frame.get("clauses"):
        return False
    x = (frame.get("cue") or {}).get("x")
    return not any(_parts.supports(cl, cap_words) for cl in [*_clauses(frame), *([x] if x else [])])


def decide(frame: dict | None, side: str, row: dict, cap_words=frozenset()):
    """(act, construction) for the first construction of the module docstring that a clause shows, else None."""
    if not frame:
        return None
    for cl in _clauses(frame):
        if side != "recipient" and _solidarity(cl, row):
            return "pledge", "own_solidarity"
        if side != "recipient" and _presence(cl, row):
            return "pledge", "own_presence"  # "we will be with Ukraine", "the US is there for its partners"
        if side in ("donor", "recipient") and _aid_future(cl, row, cap_words):
            return "pledge", "aid_future"
        if side != "adversary" and _decided_giving(cl, side, cap_words):
            return "pledge", "decided_giving"
    return _own_pledges.decide(frame, side, row, cap_words)  # readiness, not abandoning, announcement
