"""Features of one statement for the trained speech-act and aid models (pledgewatch.coding.model).

A statement's act depends on who commits whom to what: the speaker's side, the content's modality, its object and
its beneficiary. Every feature below is one of these signals, read from the tokens of the content (the coding stage
does not parse) and from the rules of speech_acts.csv, never a sentence of the gold sets:

- `rule=ACT`: the act the rules of speech_acts.csv give; `score:ACT`, `content:ACT`, `cue:ACT`: their evidence
  (capped at 3), total and split by where it was found (the cue or the content);
- `side=S`: the speaker's side from `sides.side_of(speaker_country)` (donor, recipient, adversary, other, or
  unknown); `official`; `type=T` (person, organization, group, unknown); `quote=Q` (direct, indirect, mixed);
- modality (word classes of coding_words.csv): `future`, `obligation`, `request`, `hypothetical`, `negated`,
  `question`, and the pairs `first_person+future` (the speaker commits its own side: "we will send"),
  `obligation+to`, `negated+future` ("will not send");
- object: `aid` (an aid word or a capability), `aidword`, `cap` (a capability), `weapons`, `money`, `support`,
  `sanctions`, `diplomacy`; beneficiary: `ukraine`, `adversary`, `ukraine_side`, `to_adversary`,
  `adversary_target` (the adversary only as the target of force; both set by coding.__init__ from coding.aid and
  coding.aid_limits);
- combinations of side and object/modality (`side=donor&future&aid`, `side=recipient&obligation` ...): the
  compositional rule "a donor committing its side to aid for Ukraine pledges" as a feature the model can weigh;
- `beneficiary=SIDE`: the side of the country a support verb names ("support Israel's defense" -> other);
- `cue=LEMMA`: the cue's lemma; `w=TOKEN`: the content's lower-cased words of MIN_WORD letters or more (the model
  keeps those seen in several training articles only, see coding.train).
"""

from __future__ import annotations

from ..statements.clause_frame import FRAME_KEY
from . import words as _words
from ._match import text_of
from .frame_features import frame_features

_CAP = 3.0
MIN_WORD = 4  # shorter words ("it", "do", "and") gave the model spurious weights
ACTS = ["pledge", "delivery", "appeal", "refusal", "warning", "assessment", "other"]


def _rule_features(f: dict, res: dict) -> None:
    """The rules' act and their scores per act (all, content, cue), capped at _CAP."""
    f["rule=" + res["speech_act"]] = 1.0
    scores = res.get("scores") or {}
    for a in ACTS:
        for name, d in (("score", scores), ("content", res.get("content") or {}), ("cue", res.get("cue") or {})):
            v = d.get(a, 0.0)
            if v:
                f[f"{name}:{a}"] = min(float(v), _CAP)


def _speaker_features(f: dict, row: dict, side: str) -> None:
    """The speaker's side, office, type, the quote type and the cue."""
    f["side=" + (side or "unknown")] = 1.0
    if row.get("speaker_is_official"):
        f["official"] = 1.0
    f["type=" + (text_of(row.get("speaker_type")) or "unknown")] = 1.0
    f["quote=" + (text_of(row.get("quote_type")) or "unknown")] = 1.0
    cue = (text_of(row.get("cue_lemma")) or text_of(row.get("cue"))).lower().strip()
    if cue:
        f["cue=" + cue] = 1.0


def _modality_and_object(low: set, res: dict, categories: list[str], has_money: bool) -> tuple[dict, dict]:
    """(modality, object) flags of the statement's words (coding_words.csv classes) and of the rules' result."""
    W = _words.classes()
    mod = {
        "future": bool(low & W["future"]),
        "obligation": bool(low & W["obligation"]),
        "request": bool(low & W["request"]),
        "hypothetical": bool(res.get("hypothetical")),
        "negated": bool(res.get("negated")),
        "question": bool(low & W["question"]) and "?" in low,
        "first_person": bool(low & W["first_person"]),
    }
    obj = {
        "aid": bool(res.get("aid")),
        "aidword": bool(res.get("aid_words")),
        "cap": bool(categories),
        "weapons": bool(low & W["weapons"]) or any(c not in ("financial", "humanitarian") for c in categories),
        "money": has_money or bool(low & W["money"]),
        "support": bool(low & W["support"]),
        "sanctions": bool(low & W["sanctions"]),
        "diplomacy": bool(low & W["diplomacy"]),
        "ukraine": bool(low & W["ukraine"]),
        "adversary": bool(low & W["adversary"]),
        "ukraine_side": bool(low & W["ukraine_side"]),
    }
    return mod, obj


def _combinations(f: dict, mod: dict, obj: dict, low: set, side: str) -> None:
    """Pairs of flags ("first_person+future", "negated+future" ...) and each flag with the speaker's side."""
    if mod["first_person"] and mod["future"]:
        f["first_person+future"] = 1.0
    if mod["obligation"] and "to" in low:
        f["obligation+to"] = 1.0
    if mod["negated"] and mod["future"]:
        f["negated+future"] = 1.0
    if obj["sanctions"] and not (obj["aidword"] or obj["cap"]):
        f["sanctions_only"] = 1.0
    s = "side=" + (side or "unknown")
    for k in ("future", "obligation", "request", "negated", "hypothetical"):
        if mod[k]:
            f[f"{s}&{k}"] = 1.0
            if obj["aid"]:
                f[f"{s}&{k}&aid"] = 1.0
    for k in ("aid", "sanctions", "ukraine", "adversary"):
        if obj[k]:
            f[f"{s}&{k}"] = 1.0


def features(row: dict, lowers: list[str], res: dict, categories: list[str], has_money: bool, side: str,
             cap_words: frozenset = frozenset()) -> dict:
    """{feature name: value} for one coded statement (`res` = SpeechActRules.classify's result; `cap_words` the
    words of the capabilities named); the clause frame's features from coding.frame_features."""
    low = set(lowers)
    f: dict[str, float] = {"bias_rules": 1.0}
    _rule_features(f, res)
    _speaker_features(f, row, side)
    mod, obj = _modality_and_object(low, res, categories, has_money)
    for k, v in (mod | obj).items():
        if v:
            f[k] = 1.0
    _combinations(f, mod, obj, low, side)
    s = "side=" + (side or "unknown")
    for k in windows(lowers):
        f[k] = 1.0
        f[f"{s}&{k}"] = 1.0
    ben = beneficiary(lowers)
    if ben:
        f["beneficiary=" + ben] = 1.0
    f.update(frame_features(row.get(FRAME_KEY), res, side, cap_words))
    for t in low:
        if t.isalpha() and len(t) >= MIN_WORD:  # content words; function words are in the classes above
            f["w=" + t] = 1.0
    return f


def windows(lowers: list[str], span: int = 5) -> set[str]:
    """Compositional signals from word order (coding_words.csv classes), a modal and the verb it governs within
    `span` words: `future>transfer` ("will continue to send"), `neg_future>transfer` ("will not send"),
    `obligation>transfer` ("must provide", "need to send"), `obligation>sanctions` ("should impose sanctions"),
    `request>transfer` ("urge allies to deliver"), `perfect>received` ("have sent", "has arrived"),
    `need>aid` ("needs air defence", "need more weapons"), `we>future` ("we will")."""
    W = _words.classes()
    out: set[str] = set()
    n = len(lowers)
    heads = _words.derived(_window_heads)  # a window starts only there
    for i, w in enumerate(lowers):
        if w not in heads:
            continue
        ahead = lowers[i + 1:i + 1 + span]
        if w in W["future"]:
            neg = any(x in W["negation"] for x in ahead[:2])
            if any(x in W["transfer_verb"] for x in ahead):
                out.add("neg_future>transfer" if neg else "future>transfer")
            if i > 0 and lowers[i - 1] in W["first_person"] or i > 1 and lowers[i - 2] in W["first_person"]:
                out.add("we>future")
        if w in W["obligation"] and (i + 1 < n and lowers[i + 1] in ("to", "be", "do") or w in W["obligation_modal"]):
            if any(x in W["transfer_verb"] for x in ahead):
                out.add("obligation>transfer")
            if any(x in W["sanctions"] for x in ahead):
                out.add("obligation>sanctions")
        if w in W["request"] and any(x in W["transfer_verb"] or x in W["sanctions"] for x in ahead):
            out.add("request>transfer")
        if w in W["perfect"] and any(x in W["received"] for x in ahead[:3]):
            out.add("perfect>received")
        if w in W["need"] and any(x in W["weapons"] or x in W["support"] or x in W["money"] for x in ahead):
            out.add("need>aid")
    return out


def _window_heads(W) -> frozenset[str]:
    return W["future"] | W["obligation"] | W["request"] | W["perfect"] | W["need"]


def beneficiary(lowers: list[str]) -> str:
    """The side of the first country or body named within three words after a support verb (coding_words.csv class
    `support_verb`: "support Israel's defense" -> other, "stand with Ukraine" -> recipient, "support Russia's
    sovereignty" -> adversary, "help our NATO allies" -> donor), else ''. A donor after `giver_of` ('of') is the
    giver, not the beneficiary: "with the backing of Canadian firms" names none (round 19)."""
    from ..sides import side_of
    from ..statements.names import reference

    W = _words.classes()
    ref = reference()
    for i, w in enumerate(lowers):
        if w not in W["support_verb"]:
            continue
        giver = lowers[i + 1:i + 2] and lowers[i + 1] in W["giver_of"]  # "the support of Australian industry"
        for j in range(i + 1, min(i + 4, len(lowers))):
            tok = lowers[j].removesuffix("'s")
            row = ref.place(tok) if tok.isalpha() and tok not in ("the", "us", "it", "them", "our") else None
            if row and row.get("country"):
                side = side_of(row["country"]) or "other"
                if giver and side == "donor":
                    break  # the giver, no beneficiary (as coding.aid.beneficiary_after reads `giver_of`)
                return side
    return ""
