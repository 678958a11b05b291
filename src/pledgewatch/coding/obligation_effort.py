"""Appeals as an obligation laid on others to make an effort (issue #13), a construction on the clause frame
(statements/clause_frame.py) that coding.composition calls after `obligation_on_others` and `deontic_frame`; word
classes are those of coding_words.csv.

- `obligation_effort` -> appeal: a third party that acts for Ukraine's side (the world, the West, allies, partners,
  Europe, NATO, the international community, "you"; or a country named that is not the speaker's, nor Ukraine, nor
  the adversary) is obliged to make an effort whose object is general rather than a named weapon:
  - modality: must / should, or need / have / ought to (as requests._obligation_clause reads them), or an impersonal necessity
    whose complement has that subject ("it is time for Europe to step up");
  - the effort: an effort verb ("act", "step up", "redouble", "unite": class `effort_lemma`), "do" with an amount
    ("do more", "do everything": `effort_amount`), an effort noun kept up or raised ("keep up the pressure",
    "increase their efforts", "take action": `effort_noun` under `intensify_lemma`), pressure put on the adversary
    ("should exert pressure on Moscow": requests.acts_against), or a copula of unity ("remain united", "stay together":
    `united_complement`); or, negated, a verb of standing by ("the world cannot stand by", "must not look away":
    `passivity_lemma`);
  - the content is about the war: the speaker is the recipient, or the statement names Ukraine, the adversary,
    support, aid, weapons, money or sanctions (requests._named_support), or the one obliged is Ukraine's own side
    of the war (`effort_backer`: allies, partners, the West, NATO: "allies must step up"); "countries must play by
    the rules" or "both sides should be careful" stay other (requests.obligation_other_conduct).
  ANNOTATION.md: an appeal asks others for support or to act against the adversary, whoever the beneficiary; allies
  urging allies to do more are asking for support. The speaker's own side ("we must do more" by a donor) is not
  laid on others: that is a commitment or other, left to the other rules; the adversary's "the West must realise"
  asks for nothing.
- `needed_effort` -> appeal: an effort noun or an amount as the subject of a passive need, with a third party
  named as who gives it ("more effort is needed from the international community", "more is needed from the
  West"), the content about the war as above.
"""

from __future__ import annotations

from . import clause_parts as _parts
from . import requests as _requests
from . import words as _words


def _third_party(subj: list[str], row: dict) -> bool:
    """The subject is a third party on Ukraine's side: an addressee word ("the world", "allies", "you") or a
    country named that is not the speaker's own, nor Ukraine, nor the adversary. A possessive is no first person:
    "our partners" are others."""
    W = _words.classes()
    s = set(subj)
    if not s or s & ((W["first_person"] - W["possessive_first"]) | W["hostile"] | W["ukraine"]):
        return False
    if s & W["effort_addressee"]:
        return True
    own = row.get("speaker_country") or ""
    return bool(_parts.countries(subj) - {own, "Ukraine", "Russia", "Belarus"})


def _effort(cl: dict) -> bool:
    """The clause asks for an effort: an effort verb, "do" with an amount, an effort noun as the object of a verb that
    keeps it up or raises it, pressure put on the adversary (requests.acts_against: "exert pressure on Moscow"), or a
    copula of unity; negated, a verb of standing by. Efforts put to another end are not enough ("should put their efforts to bring war criminals to justice" asks for justice: other)."""
    W = _words.classes()
    pred, obj = cl["pred"], set(cl["obj"])
    if not pred:
        return False
    if cl["neg"]:
        return pred[0] in W["passivity_lemma"]
    head = pred[0]
    return (head in W["effort_lemma"] or (head == "do" and bool(obj & W["effort_amount"]))
            or (pred[-1] in W["intensify_lemma"] and bool(obj & W["effort_noun"])) or _requests.acts_against(cl)
            or (head in W["unity_copula"] and bool(obj & W["united_complement"])))


def _obliged(cl: dict) -> dict | None:
    """The clause an obligation lays on its subject (must / should / need / have / ought to), negation kept for
    "cannot stand by"; or the complement of an impersonal necessity ("it is time for X to ...")."""
    W = _words.classes()
    x = cl.get("comp")
    while x and x["pred"] == ["be"] and x.get("comp"):
        x = x["comp"]
    if x and x["of"] in W["necessity"] and not (cl["neg"] or cl["q"] or cl["hyp"] or x["q"] or x["hyp"]):
        return x
    if cl["q"] or cl["hyp"]:
        return None
    if cl["neg"] and cl["tense"] == "modal" and set(cl["aux"]) & W["passivity_modal"]:
        return cl  # "the world cannot stand by", "we must not look away" (the subject is checked after)
    if cl["pred"][0] in W["obligation_semi"] and len(cl["pred"]) > 1 and cl["tense"] != "modal":
        return dict(cl, pred=cl["pred"][1:])  # "partners have to act": what is obliged is the xcomp
    return cl if cl["tense"] == "modal" and set(cl["aux"]) & W["obligation_modal"] else None


def _about_war(side: str, lowers: set, cap_words) -> bool:
    return side == "recipient" or bool(cap_words) or bool(lowers & _requests._named_support())


def decide(clauses: list[dict], side: str, row: dict, cap_words, lowers: set):
    """("appeal", "obligation_effort" / "needed_effort") where a clause lays an effort on a third party in content
    about the war (module docstring); None elsewhere."""
    if side == "adversary":
        return None
    W = _words.classes()
    war = _about_war(side, lowers, cap_words)
    for cl in clauses:
        x = _obliged(cl)
        if x is None or not _third_party(x["subj"], row) or not _effort(x):
            continue
        if war or set(x["subj"]) & W["effort_backer"]:  # "allies must step up" is about the war by itself
            return "appeal", "obligation_effort"
    for cl in clauses if war else ():
        if (cl["pred"][:1] == ["need"] and cl["pass"] and not cl["neg"] and set(cl["subj"]) & (W["effort_noun"] | W["effort_amount"])
                and _third_party(cl["obj"], row)):
            return "appeal", "needed_effort"
    return None
