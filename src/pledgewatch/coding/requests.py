"""Requests: constructions on the clause frame (statements/clause_frame.py) that tell a request for support, or for
acting against the adversary (`appeal`, ANNOTATION.md's settled conventions), from a request for other conduct (no
appeal). coding.composition calls them where it decides; word classes are those of coding_words.csv.

Constructions:
- `acts_against`: a request whose clause acts against the adversary (an oppose verb or noun aimed at it) asks for
  support in the guide's sense: composition's `request_support` codes it an appeal (see acts_against).
- `obligation_other_conduct` (a veto of appeal): a donor's or third party's must / should, or need / have / ought
  to, laid on a subject other than the speaker's first person, whose clause neither gives support nor acts against the adversary, in a
  statement that names no support, aid, weapons, money, sanctions, Ukraine, membership, troops, no-fly zone,
  capability or adversary and has no clause that gives support: "all wars must come to an end", "both sides should
  be careful about the increase in protectionism", "countries must play by the rules". An obligation is a request,
  but this one asks for other conduct, which the guide codes `other` (restraint, dialogue, rules): the phrase rows'
  "should ... act / join / help" window then counts for nothing.
"""

from __future__ import annotations

from . import composition as _c
from . import words as _words


def _against(cl: dict) -> bool:
    """The clause acts against the adversary: an oppose predicate with the adversary as its object ("isolate
    Russia", "condemn the Russian terror")."""
    W = _words.classes()
    return bool(set(cl["pred"]) & W["oppose_lemma"] and (set(cl["obj"]) | set(cl["ben"])) & W["hostile"])


def acts_against(cl: dict) -> bool:
    """`request_against` (composition.request_support): what a request asks for acts against the adversary, so the
    request is an appeal (ANNOTATION.md: a request that others act against the adversary, whoever the beneficiary):
    an oppose predicate with the adversary as its object ("called on Western countries to ban all Russian
    visitors"), or a predicate whose object is an oppose noun aimed at the adversary ("I asked President Xi to put
    pressure on Russia", "to exert pressure on the Kremlin")."""
    W = _words.classes()
    return _against(cl) or bool(set(cl["obj"]) & W["oppose_lemma"] and set(cl["obj"] + cl["ben"]) & W["hostile"])


def _obligation_clause(cl: dict) -> dict | None:
    """The clause an obligation on others asks for (must / should; need / have / ought to with a subject: its
    xcomp), or None: no obligation, the speaker's own ("we must"), negated, hypothetical or a question."""
    W = _words.classes()
    semi = cl["pred"][0] in W["obligation_semi"] and len(cl["pred"]) > 1 and cl["tense"] != "modal"
    if not semi and not (cl["tense"] == "modal" and set(cl["aux"]) & W["obligation_modal"]):
        return None
    if cl["neg"] or cl["q"] or cl["hyp"] or not cl["subj"] or set(cl["subj"]) & W["first_person"]:
        return None
    return dict(cl, pred=cl["pred"][1:]) if semi else cl


def _named_support() -> frozenset[str]:
    """Words that, named anywhere in the statement, leave a request to the other rules: the adversary, sanctions,
    support, aid, weapons, money, Ukraine, membership, troops, the sky of a no-fly zone ("help" and "stand" alone
    name no support: "their willingness to help expedite that", "stand ready to mediate": classes `help_word` and
    `support_alone_none`)."""
    W = _words.classes()
    support = W["support"] - W["help_word"] - W["support_alone_none"]
    return (W["hostile"] | W["sanctions"] | support | W["weapons"] | W["money"] | W["aid_object"] | W["ukraine"]
            | W["membership"] | W["troops"] | W["sky"] | W["asked_support_noun"])


def obligation_other_conduct(clauses: list[dict], side: str, cap_words, lowers: set) -> bool:
    """`obligation_other_conduct`: True where the statement's obligations on others all ask for other conduct (see
    the module docstring), so that no appeal is coded from them. The recipient's and the adversary's are left alone:
    "the world must act now" from Kyiv asks for support whatever it names (ANNOTATION.md: a need stressed by the
    recipient is an appeal). On the corpus without coding_dev's half B (round 11) the construction holds for 31
    statements in 29 articles (donors 26, third parties 5); read, none is an appeal by the guide (rules, costs,
    negotiation, restraint); it turns 2 appeals there to other, and no statement to appeal.
    """
    if side in ("adversary", "recipient") or cap_words or lowers & _named_support():
        return False
    asked = [x for x in (_obligation_clause(cl) for cl in clauses) if x is not None]
    if not asked or any(_c._gives(cl) for cl in clauses):
        return False
    return not any(_c._gives(x) or _against(x) for x in asked)
