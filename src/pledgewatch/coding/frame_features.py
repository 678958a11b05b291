"""Features of a statement's clause frame (statements/clause_frame.py) for the trained models (coding.model).

Who commits whom to what, as the parse gives it, in classes rather than sentences:

- `ev=KEY`: each piece of the rules' evidence (a row of speech_acts.csv by its stable `rule_id`, "r:" + a hash of the row, or a construction of coding.composition such
  as `own_commitment`, `request_other`, `stated_need`): the rules' reasons, stacked, so the model can weigh how
  reliable each one is;
- the cue clause: `fr:cue_to` (the cue names an addressee: "urged | EU leaders"), `fr:cue_x` (the cue governs a
  clause: "vowed | to send"), `fr:cue_x=OBJ` the object class of that clause;
- the main content clause (the first with a verb): `fr:tense=T` (future, would, perfect, past, present, modal),
  `fr:neg`, `fr:hyp`, `fr:q`, `fr:imp`, `fr:pass`, `fr:subj=first|ukraine|other|none`, `fr:obj=CLASS` (aid,
  weapons, money, sanctions, support, other, none: coding_words.csv classes and the capabilities named),
  `fr:ben=ukraine|other|none`, `pred=LEMMA` (the predicate's last verb: "send", "need"; kept where seen in several
  training articles, see coding.train);
- crosses: `fr:SIDE&TENSE&OBJ` (a donor, future, weapons: a commitment to aid; a recipient, present, need ...) and
  `fr:SUBJ&TENSE&neg?`: the compositional reading as one feature the model can weigh.
"""

from __future__ import annotations

from . import words as _words


def _first_class(words, classes) -> str:
    """The name of the first (name, vocabulary) of `classes` that shares a word with `words`; "none" for no words,
    "other" where no class matches."""
    w = set(words)
    if not w:
        return "none"
    return next((name for name, vocab in classes if w & vocab), "other")


def _obj_class(words, cap_words, W) -> str:
    return _first_class(words, (("weapons", cap_words | W["weapons"]), ("money", W["money"]),
                                ("sanctions", W["sanctions"]), ("support", W["support"])))


def _subj_class(words, W) -> str:
    return _first_class(words, (("first", W["first_person"]), ("ukraine", W["ukraine"])))


def frame_features(frame: dict | None, res: dict, side: str, cap_words: frozenset) -> dict[str, float]:
    """{feature: 1.0} of the clause frame and the rules' evidence (see the module docstring)."""
    f = {"ev=" + k: 1.0 for k in res.get("evidence") or () if k}
    if not frame:
        f["fr:none"] = 1.0
        return f
    W = _words.classes()
    cue = frame.get("cue") or {}
    if cue.get("to"):
        f["fr:cue_to"] = 1.0
    if cue.get("x"):
        f["fr:cue_x"] = 1.0
        f["fr:cue_x=" + _obj_class(cue["x"].get("obj") or [], cap_words, W)] = 1.0
    clauses = frame.get("clauses") or []
    main = next((c for c in clauses if c.get("v")), clauses[0] if clauses else None)
    if main is None:
        return f
    tense = main.get("tense") or "present"
    obj = _obj_class(main.get("obj") or [], cap_words, W)
    subj = _subj_class(main.get("subj") or [], W)
    ben = main.get("ben") or []
    f["fr:tense=" + tense] = 1.0
    f["fr:obj=" + obj] = 1.0
    f["fr:subj=" + subj] = 1.0
    f["fr:ben=" + ("ukraine" if set(ben) & W["ukraine"] else "other" if ben else "none")] = 1.0
    for k in ("neg", "hyp", "q", "imp", "pass"):
        if main.get(k):
            f["fr:" + k] = 1.0
    if main.get("pred"):
        f["pred=" + main["pred"][-1]] = 1.0
    neg = "&neg" if main.get("neg") else ""
    f[f"fr:{side or 'unknown'}&{tense}&{obj}{neg}"] = 1.0
    f[f"fr:{subj}&{tense}{neg}"] = 1.0
    return f
