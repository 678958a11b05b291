"""Coding: speech act, aid relation, capabilities, amounts and rhetoric features of each statement.

CONTRACT (used by pipeline.py; keep these signatures):
    code_statements(statements: pd.DataFrame) -> pd.DataFrame
        Input has the statements columns (text, cue, cue_lemma, quote_type, speaker_*, in_title ...). Returns the
        same rows (same order and index) with columns added: speech_act, aid_related, capabilities (list[str]),
        pledge_specificity (specific|vague|None), hypothetical, negated, amount_text, amount_value,
        amount_currency, amount_unit, commitment_strength (float in [-1, 1]), frames (list[str]).
    capability_table(statements: pd.DataFrame) -> pd.DataFrame
        Long table: statement_id, article_id, capability, surface, system (one row per capability named by a
        statement; system = the weapon systems named for it, "; "-joined, from capabilities.csv, else None).
    CODING_VERSION: str, bumped whenever output can change (part of the cache key); it includes a hash of the
        reference tables and of this package's code, so editing a rule in data/reference/ changes it too.

Everything runs on one tokenizer-only spaCy pipeline (`spacy.blank("en")`, built once) over all statements in a
batch (`nlp.pipe`), with PhraseMatcher/Matcher rules from data/reference/: no parse per statement. The rules and
their examples are documented in docs/CODING_RULES.md.
"""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path

import pandas as pd

from .. import config
from ..statements.clause_frame import FRAME_KEY
from . import aid as _aid
from . import aid_antecedent as _aid_antecedent
from . import aid_context as _aid_context
from . import aid_limits as _aid_limits
from . import aid_subject as _aid_subject
from . import aid_thanks as _aid_thanks
from . import amounts as _amounts
from . import features as _features
from . import identity as _identity
from . import model as _model
from . import residual_model as _residual_model
from . import words as _words
from ._match import blank_nlp, normalize, text_of
from .capabilities import CATEGORIES, matcher
from .rhetoric import lexicon
from .speech_acts import ACTS, rules

_REFERENCE_TABLES = ("capabilities.csv", "speech_acts.csv", "frames.csv", "commitment.csv", "organisations.csv",
                     "officials.csv", "roles.csv", "countries.csv", "coding_words.csv", "irregular_forms.csv",
                     "number_words.csv", "amount_words.csv", "pattern_endings.csv", "pronouns.csv",
                     "speaker_words.csv")  # speaker_words: the blocs identity_article reads (speakers/blocs.py)


NOT_STAGE_CODE = ("train.py", "train_rows.py", "train_report.py", "train_residual.py", "train_select.py", "team_labels.py")  # `make train`, not the coding stage: in neither CODING_VERSION nor the cache key


def coding_version() -> str:
    """CODING_VERSION as of now: the models' switches (PLEDGEWATCH_CODING_MODEL, PLEDGEWATCH_RESIDUAL_MODEL) are read
    at each call, so a process that switches a model off after import (`make train` does) keys its coding apart from
    the default's and never leaves rules-only codes in the cache under the models' key."""
    return _version(_model.enabled(), _residual_model.enabled())


@functools.lru_cache(maxsize=4)
def _version(model_on: bool, residual_on: bool) -> str:
    """"1.0+<hash>": the hash covers the reference tables, this package's code and the trained weights where their
    model is on, so editing any of them, or switching a model, changes it."""
    h = hashlib.sha1()
    for name in _REFERENCE_TABLES:
        try:
            h.update(config.reference(name).read_bytes())
        except OSError:
            h.update(name.encode())
    try:  # the trained weights (make train) change the output too, where the model is switched on
        h.update((config.DATA / "models" / "coding_model.json").read_bytes() if model_on else b"rules")
    except OSError:
        h.update(b"no model")
    h.update(_residual_model.version_bytes() if residual_on else b"residual off")  # its weights, where present
    for path in sorted(Path(__file__).parent.glob("*.py")):
        if path.name not in NOT_STAGE_CODE:
            h.update(path.read_bytes())
    return f"1.0+{h.hexdigest()[:8]}"


CODING_VERSION = coding_version()  # at import, with the switches then set; the pipeline keys by coding_version()
ADDED_COLUMNS = ["speaker_country", "speaker_is_official", "speech_act", "aid_related", "capabilities", "pledge_specificity", "hypothetical", "negated",
                 "amount_text", "amount_value", "amount_currency", "amount_unit", "commitment_strength", "frames"]
OTHERS_PLEDGED = {"own_protection", "own_presence"}  # constructions whose party may be other than Ukraine
VAGUE_CATEGORIES = {"weapons_general"}  # "more weapons" does not make a pledge specific
_DATE = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|"
    r"jul|aug|sep|sept|oct|nov|dec)\b|\b(19|20)\d\d\b|\b(next|this|coming|following)\s+(week|weeks|month|months|year|"
    r"years|days|spring|summer|autumn|fall|winter)\b|\bby the end of\b|\bwithin\s+(\w+\s+){0,2}(days|weeks|months|"
    r"years)\b|\bover\s+(the\s+next\s+)?\w+\s+years\b|\b(tomorrow|by\s+\w+day)\b", re.I)


def _cue_text(row: dict, text: str) -> str:
    cue = " ".join(text_of(row.get(k)) for k in ("cue", "cue_lemma")).strip()
    first = text.lstrip().split(" ", 1)[0].lower() if text else ""
    if first in ("for", "on", "upon"):  # "called | for more weapons"
        cue += " " + first
    return cue


def _speaker_text(row: dict) -> str:
    return " ; ".join(text_of(row.get(k)) for k in ("speaker_name", "speaker_role", "speaker_text"))


def _speaker_doc(tok: dict, row: dict):
    """The tokenized speaker text of a row (`_speaker_text`, normalised), through the batch's {text: doc}."""
    text = normalize(_speaker_text(row))[0]
    doc = tok.get(text)
    if doc is None:
        doc = tok[text] = blank_nlp().make_doc(text)
    return doc


def _money_owned(doc, sp) -> bool:
    """The money noun named as a party's own means: after a possessive (`owner_possessive`: "its money", "their own
    funds"), after a form of 'have' that governs it (`money_holder`: "it has the funds", "we have no money"; not "has
    run out of funds"), only `money_filler` words between; or right after 'for' ("wars for money")."""
    W = _words.classes()
    k = sp.start - 1
    if k >= 0 and doc[k].lower_ == "for":
        return True
    while k >= 0 and doc[k].lower_ in W["money_filler"]:
        k -= 1
    return k >= 0 and (doc[k].lower_ in W["owner_possessive"] or doc[k].lower_ in W["money_holder"])


def _money_unspent(doc, sp) -> bool:
    """Money named by a bare money noun (`money_noun`: "money", "funds") as a party's own means (`_money_owned`:
    a possessive, 'have' governing it, 'for money'), which the statement nowhere gives, lends, spends, raises or needs,
    Ukraine unnamed (no `money_use`, `give_transfer`, `aid_anchor`, `help_word`, `ukraine`, `need` or `seek` word
    anywhere in the statement): not funding (ANNOTATION.md: money is `financial` only when it is funding; round 30):
    "it has the funds to cover & has been forced into non-payment", "depending on its money, its raw materials", "wars
    for money have never made anyone stronger"; not "the transfer of funds from ... frozen assets", "supporting Ukraine
    with money", "the funds ... directed to the state budget", "we need more money for Ukraine", nor money that a
    legislature approves, passes or blocks, or that runs out ("the Senate passed the funds", "the Pentagon has run out
    of funds to replace the weapons": no own means named)."""
    W = _words.classes()
    if sp.label_ != "financial" or any(t.lower_ not in W["money_noun"] for t in sp) or not _money_owned(doc, sp):
        return False
    uses = W["money_use"] | W["give_transfer"] | W["aid_anchor"] | W["help_word"] | W["ukraine"] | W["need"] | W["seek"]
    return not any(t.lower_ in uses for k, t in enumerate(doc) if not sp.start <= k < sp.end)


def _capabilities(text: str, doc, offs, money) -> list[tuple[str, str, object]]:
    """(category, surface, span-or-None) in order; money that is funding adds `financial`."""
    out = []
    spans = [sp for sp in matcher().spans(doc) if not _money_unspent(doc, sp)]
    for sp in spans:
        a, b = offs[sp.start_char], offs[sp.end_char - 1] + 1
        out.append((sp.label_, text[a:b], sp))
    civil = _words.of("civil_category")
    military = any(sp.label_ not in civil for sp in spans)
    for m in money:
        if _amounts.is_funding(text, m, military):
            out.append(("financial", m["text"], None))
    return out


def _systems(doc, caps) -> dict[str, str]:
    """{category: the systems named for it, "; "-joined} (capabilities.csv column `system`)."""
    out: dict[str, list[str]] = {}
    m = matcher()
    for cat, _, sp in caps:
        if sp is not None:
            out.setdefault(cat, []).extend(m.systems_in(doc, sp))
    return {c: "; ".join(dict.fromkeys(v)) for c, v in out.items() if v}


def _token_range(doc, offs, start: int, end: int) -> tuple[int, int] | None:
    idx = doc.to_array("IDX").tolist()
    toks = [i for i, x in enumerate(idx) if start <= offs[x] < end]
    return (toks[0], toks[-1] + 1) if toks else None


_EDGE = ".,;:!?\"'()[]"


def _surface_words(text: str, caps) -> frozenset:
    """`surface_cap_words`: the words of the original text that hold a capability mention, lower-cased, whole
    ("F-16s", "M777s", "IRIS-T"): the clause frame's words are the parser's tokens of the original text, which the
    normaliser splits ("f 16 s"), so without them a hyphenated or numbered system named as subject or object ("the
    F-16s would arrive in Ukraine") was no aid object to composition."""
    out = set()
    for _, surface, sp in caps:
        if sp is None or not any(c in surface for c in "-/0123456789"):
            continue
        i = text.find(surface)  # the surface is original text; widened to the words around it
        if i < 0:
            continue
        j = i + len(surface)
        while i > 0 and not text[i - 1].isspace():
            i -= 1
        while j < len(text) and not text[j].isspace():
            j += 1
        out.update(w.strip(_EDGE).lower() for w in text[i:j].split())
    return frozenset(w for w in out if w)


def _context_aid(frame: dict | None, lowers: list[str], side: str = "") -> bool:
    """The aid relation a statement naming none takes from beyond it (the clause frame): a pro-form object after a
    sentence on aid ("we need it" after tanks), a reaction to a transfer told just before, a plural pro-form's
    antecedent, the subject left before the content ("[deliveries], he said, | were late"; read with the speaker's
    `side`, as the content is), membership whose joiner the context names ("[Ukraine applied] the accession procedure
    ...")."""
    return (_aid_context.context_aid(frame, lowers) or _aid_context.context_transfer(frame, lowers)
            or _aid_antecedent.antecedent_aid(frame, lowers) or _aid_subject.subject_aid(frame, lowers, side)
            or _aid_context.context_membership(frame, lowers, side))


def _amount(text: str, doc, offs, money: list[dict], cap_spans) -> dict | None:
    """The statement's amount: its first sum of money, else its first number of pieces of equipment, else None."""
    if money:
        m = money[0]
        return {"text": m["text"], "value": m["value"], "currency": m["currency"], "unit": None}
    eq = _amounts.equipment(doc, cap_spans, text, offs)
    return eq[0] if eq else None


def _code_one(text: str, doc, offs, cue_doc, speaker_doc, row: dict, use_model: bool = True) -> dict:
    strings = doc.vocab.strings
    lower_hashes = doc.to_array("LOWER").tolist()
    lower_list = [strings[h] for h in lower_hashes]
    doc.user_data["pw_lower_list"] = lower_list
    doc.user_data["pw_lowers"] = set(lower_hashes)
    money = _amounts.money(text)
    caps = _capabilities(text, doc, offs, money)
    cap_spans = [sp for _, _, sp in caps if sp is not None]
    money_tok = [r for r in (_token_range(doc, offs, m["start"], m["end"]) for m in money) if r]
    R = rules()
    aid = R.prepare(doc, cap_spans, money_tok)
    cap_words = frozenset(t.lower_ for sp in cap_spans for t in sp) | _surface_words(text, caps)
    res = R.classify(doc, cue_doc, speaker_doc, row, aid, cap_words)
    act = res["speech_act"]
    categories = list(dict.fromkeys(c for c, _, _ in caps))

    amount = _amount(text, doc, offs, money, cap_spans)
    funding = any(sp is None for _, _, sp in caps)  # money that is funding
    aid_related = _aid.aid_related(lower_list, cap_spans, act, funding, res["side"])
    feats = _features.features(row, lower_list, res, categories, bool(money), res["side"], cap_words)
    others = (bool(set(res["evidence"]) & OTHERS_PLEDGED) and not feats.get("ukraine")  # a pledge to another party
              or _aid_thanks.adversary_thanks(row, lower_list, res["side"], cap_spans))  # or the adversary's thanks
    aid_related = aid_related and not others  # than Ukraine is no aid to it, whatever the model or context say below
    feats.update({k: 1.0 for k, on in (("rule_aid", aid_related), ("to_adversary", _aid.to_adversary(lower_list)),
                                       ("adversary_target", _aid_limits.adversary_target(lower_list))) if on})
    # (adversary_target: the adversary only as the target of force, where the guard keeps aid)
    act = _residual_model.decide(feats, act, text_of(row.get("article_id")))  # assessment or other, cross-fitted
    if use_model:
        rule_act = act
        act, aid_related = _model.decide(feats, act, bool(aid_related), article_id=text_of(row.get("article_id")))
        if act != rule_act:  # a pledge the guards demoted ("possible war") is no commitment to aid either
            aid_related = aid_related and _aid.aid_related(lower_list, cap_spans, act, funding, res["side"])
    if not aid_related and _context_aid(row.get(FRAME_KEY), lower_list, res["side"]):
        aid_related = _model.guards(feats, act, act, True)[1]
    aid_related = aid_related and not others
    specificity = None
    if act == "pledge":
        specific = bool(set(categories) - VAGUE_CATEGORIES) or amount is not None or bool(_DATE.search(text))
        specificity = "specific" if specific else "vague"
    rh = lexicon()
    return {
        "_features": feats,
        "speech_act": act,
        "aid_related": bool(aid_related),
        "capabilities": categories,
        "_surfaces": {c: surface for c, surface, _ in reversed(caps)},  # first mention of each category
        "_systems": _systems(doc, caps),
        "pledge_specificity": specificity,
        "hypothetical": bool(res["hypothetical"]),
        "negated": bool(res["negated"]),
        "amount_text": amount["text"] if amount else None,
        "amount_value": float(amount["value"]) if amount and amount["value"] is not None else None,
        "amount_currency": amount["currency"] if amount else None,
        "amount_unit": amount["unit"] if amount else None,
        "commitment_strength": rh.strength(doc, cue_doc),
        "frames": rh.frames_of(doc),
    }


CAPABILITY_COLUMNS = ["statement_id", "article_id", "capability", "surface", "system"]


def code(statements: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """code_statements and capability_table in one pass: each statement is tokenized and matched once."""
    out = statements.drop(columns=[FRAME_KEY], errors="ignore")  # the clause frames are coding's input only
    if not len(out):
        for c in ADDED_COLUMNS:
            out[c] = pd.Series(dtype="object")
        return out, pd.DataFrame(columns=CAPABILITY_COLUMNS)
    added, caps = code_parts(statements)
    for c in ADDED_COLUMNS:
        out[c] = added[c]
    return out, pd.DataFrame(caps, columns=CAPABILITY_COLUMNS)


def _code_all(statements: pd.DataFrame) -> tuple[list[dict], list[dict]]:
    """(statement records with the speaker's identity recomputed, one coded dict per statement)."""
    nlp = blank_nlp()
    records = statements.to_dict("records")
    # the speaker's identity first: the speech act reads the speaker's side from speaker_country
    countries, officials = _identity.recompute(records)
    for r, c, o in zip(records, countries, officials, strict=True):
        r["speaker_country"], r["speaker_is_official"] = c, o
    texts = [text_of(r.get("text")) for r in records]
    norms = [normalize(t) for t in texts]
    docs = nlp.pipe((n for n, _ in norms), batch_size=256)
    # cues and speakers repeat ("said", the same minister): tokenize each distinct one once; a speaker's name and
    # role are read only where the speaker's country gives no side (SpeechActRules.side): tokenized then
    cues = [normalize(_cue_text(r, t))[0] for r, t in zip(records, texts, strict=True)]
    uniq = list(dict.fromkeys(cues))
    tok = dict(zip(uniq, nlp.pipe(uniq, batch_size=256), strict=True))
    cue_docs = (tok[c] for c in cues)
    spk_docs = (functools.partial(_speaker_doc, tok, r) for r in records)
    coded = [{"speaker_country": r["speaker_country"], "speaker_is_official": r["speaker_is_official"]} | _code_one(t, d, o, c, s, r)
             for t, (_, o), d, c, s, r in zip(texts, norms, docs, cue_docs, spk_docs, records, strict=True)]
    return records, coded


def feature_rows(statements: pd.DataFrame) -> list[dict]:
    """The model features of each statement (coding.features), for training and inspection."""
    if not len(statements):
        return []
    return [x["_features"] for x in _code_all(statements)[1]]


def code_parts(statements: pd.DataFrame) -> tuple[dict[str, list], list[dict]]:
    """What code() adds, as plain values: {column: one value per statement} for ADDED_COLUMNS, and the capability
    table's rows. Every statement is coded on its own, so the parts of consecutive batches, joined, equal the parts of
    the whole (the pipeline codes a chunk in several worker batches and assembles the frames once)."""
    if not len(statements):
        return {c: [] for c in ADDED_COLUMNS}, []
    records, coded = _code_all(statements)
    added = {c: [x[c] for x in coded] for c in ADDED_COLUMNS}
    caps = [{"statement_id": r.get("statement_id"), "article_id": r.get("article_id"), "capability": cat,
             "surface": x["_surfaces"].get(cat), "system": x["_systems"].get(cat)}
            for r, x in zip(records, coded, strict=True) for cat in x["capabilities"]]
    return added, caps


def code_statements(statements: pd.DataFrame) -> pd.DataFrame:
    """Code every statement in one batch; returns a copy with the ADDED_COLUMNS (same rows, order and index)."""
    return code(statements)[0]


def capability_table(statements: pd.DataFrame) -> pd.DataFrame:
    """One row per (statement, capability): statement_id, article_id, capability, surface (first mention), for a
    table coded earlier (e.g. loaded from disk); the pipeline gets it from code() without matching twice."""
    cols = CAPABILITY_COLUMNS
    if not len(statements):
        return pd.DataFrame(columns=cols)
    nlp = blank_nlp()
    rows = []
    recs = statements.to_dict("records")
    texts = [text_of(r.get("text")) for r in recs]
    norms = [normalize(t) for t in texts]
    for r, t, (_, offs), doc in zip(recs, texts, norms, nlp.pipe((n for n, _ in norms), batch_size=256), strict=True):
        coded = r.get("capabilities")
        coded = list(coded) if coded is not None and not isinstance(coded, float) else None
        surfaces: dict[str, str] = {}
        found = _capabilities(t, doc, offs, _amounts.money(t))
        for cat, surface, _ in found:
            surfaces.setdefault(cat, surface)
        systems = _systems(doc, found)
        for cat in (coded if coded is not None else list(surfaces)):
            rows.append({"statement_id": r.get("statement_id"), "article_id": r.get("article_id"),
                         "capability": cat, "surface": surfaces.get(cat), "system": systems.get(cat)})
    return pd.DataFrame(rows, columns=cols)


__all__ = ["coding_version", "code", "code_parts", "code_statements", "capability_table", "CODING_VERSION", "CATEGORIES", "ACTS", "ADDED_COLUMNS"]
