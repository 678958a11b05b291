"""Speech act of a statement (pledge, delivery, appeal, refusal, warning, assessment, other), after PLOVER: a promise
of future aid ... a pledge (AGREE), aid sent is a delivery (AID).

The rules are data (data/reference/speech_acts.csv): each row adds a weight to one act when its pattern matches the
content, the cue or the speaker, under conditions (the content names aid; the speaker is a donor, the recipient or
an adversary). This module adds the few rules that are logic rather than data:

1. the speaker's side: `speaker_country` decides ("Ukraine" = recipient; Russia, Belarus and the occupation
   authorities = adversary; anyone else = donor); where it is empty, names and roles in the `speaker` rows decide;
2. an appeal cue ("urged", "pressed", "called for") vetoes pledge and refusal *content*: "Kelly urged the US to
   continue to support Ukraine" asks others, it does not commit the speaker ("urged Congress to pass a long-stalled
   aid bill" is no refusal either, and "appealed for de-escalation" no warning); but an appeal cue addressed to the adversary
   ("called for Russia to return the children") or calling for talks ("called for peace talks"), without aid in the
   content, is not an appeal for support and counts for nothing (cue or content);
3. a pledge cue without aid in the content, against threat words, is a warning ("vowed Putin would pay a price");
4. a hypothetical ("if", "could", "might", "would consider") halves pledge evidence, except litotes; where the row
   has a clause frame (statements/clause_frame.py), the modal hedges could/might/may count only in a main clause
   ("munitions that could strike" hedges nothing), "if", "unless", "whether" anywhere;
5. an adversary does not pledge, deliver, appeal for or refuse aid to Ukraine, and the recipient does not pledge
   aid to itself: those scores are dropped;
6. warnings composed from the content (coding/threats.py: a harm or consequence put ahead, sanctions under a
   condition, the adversary's nuclear posture; a denied threat counts for nothing) and from the clause frame
   (coding/threats_frame.py: a harm event as the subject of a future or modal clause, a casus belli, a red line);
   a warning about a civil hazard alone (weather, prices, health: coding/warning_limits.py) is none;
7. the act with the highest score wins if it reaches 1.0 (or 0.6 and more than the assessment and other scores);
   otherwise the statement is an `assessment` (evaluation of needs, forces, the war) or `other` (events,
   casualties, diplomacy, crimes): coding/residual.py, by the scores of those two acts with a floor on the
   assessment evidence, aid-related content leaning to assessment on a tie.
"""

from __future__ import annotations

import functools
import hashlib
from collections import defaultdict

from ..sides import side_of
from ..statements.clause_frame import FRAME_KEY
from . import commitments as _commitments
from . import composition as _composition
from . import giver_side as _giver_side
from . import requests as _requests
from . import residual as _residual
from . import threats as _threats
from . import threats_frame as _threats_frame
from . import us_subject as _us
from . import warning_limits as _warning_limits
from . import words as _words
from ._match import blank_nlp, compile_pattern, has_aid_words, mark, read_table, text_of
from ._ruleset import RuleSet

ACTS = ["pledge", "delivery", "appeal", "refusal", "warning", "assessment", "other"]
STRONG = ["pledge", "refusal", "delivery", "appeal", "warning"]  # tie order
THRESHOLD = 1.0
WEAK = 0.6  # weaker evidence for a strong act still wins if it beats the assessment/other evidence


def rule_id(row: dict) -> str:
    """A speech_acts.csv row's stable id, "r:" + a hash of its act, place, conditions and pattern: the evidence feature
    the act and residual models read (`ev=r:...`). It does not move when a researcher inserts, deletes or reorders other
    rows (a position would: every later row's feature would then mean another row until `make train`); editing the
    row's own act, place, `needs` or pattern gives it a new id, as it is a new rule (its weight does not)."""
    key = "\x1f".join((row["act"], row["where"], (row.get("needs") or "").strip(), row["pattern"].strip()))
    return "r:" + hashlib.sha1(key.encode()).hexdigest()[:10]


class SpeechActRules:
    def __init__(self, rows: list[dict] | None = None):
        nlp = blank_nlp()
        self.vocab = nlp.vocab
        rows = rows if rows is not None else read_table("speech_acts.csv")
        self.matchers = {w: RuleSet(nlp.vocab) for w in ("content", "cue", "speaker", "aid")}
        self.rules: dict[str, tuple[str, str, float, frozenset]] = {}
        self.row_ids: dict[str, str] = {}  # matcher key -> the row's stable id (rule_id): the evidence the models read
        self._cache: dict[str, dict] = {}
        for i, r in enumerate(rows):
            act, where = r["act"], r["where"]
            if act not in ACTS + ["recipient", "adversary", "aid"]:
                raise ValueError(f"speech_acts.csv row {i}: unknown act {act!r}")
            key = f"r{i}"
            needs = frozenset(n for n in (r.get("needs") or "").split("+") if n)
            self.rules[key] = (act, where, float(r["weight"] or 0), needs)
            self.row_ids[key] = rule_id(r)
            pats = [compile_pattern(p.strip()) for p in r["pattern"].split(" ; ") if p.strip()]
            self.matchers["aid" if act == "aid" else where].add(key, pats)

    def prepare(self, doc, cap_spans, money_spans=()) -> bool:
        """Mark capability, money and aid tokens (the CAP, MONEY and AID items of patterns); True if any aid."""
        for sp in cap_spans:
            for t in sp:
                mark(t, "CAP")
                mark(t, "AID")
        for a, b in money_spans:
            for t in doc[a:b]:
                mark(t, "MONEY")
        aid = bool(cap_spans)
        for _, s, e in self.matchers["aid"](doc):
            aid = True
            for t in doc[s:e]:
                mark(t, "AID")
        return aid

    def _hits(self, where, doc):
        if where in ("cue", "speaker"):  # short, repeated texts: cache by text
            cache = self._cache.setdefault(where, {})
            text = doc.text  # (rebuilt from every token on each access)
            if text not in cache:
                if len(cache) > 50000:
                    cache.clear()
                cache[text] = frozenset(key for key, _, _ in self.matchers[where](doc))
            return cache[text]
        return {key for key, _, _ in self.matchers[where](doc)}

    def side(self, row: dict, speaker_doc) -> str:
        """donor / recipient / adversary / other: `sides.side_of(speaker_country)` (countries.csv column `side`);
        where the country is unknown, the recipient and adversary rows of speech_acts.csv on the speaker's name and
        role decide, else donor."""
        side = side_of(text_of(row.get("speaker_country")))
        if side:
            return side
        if callable(speaker_doc):  # coding tokenizes the speaker's name and role only where they are read (here)
            speaker_doc = speaker_doc()
        acts = {self.rules[k][0] for k in self._hits("speaker", speaker_doc)}
        if "recipient" in acts and "adversary" not in acts:
            return "recipient"
        if "adversary" in acts and "recipient" not in acts:
            return "adversary"
        return "donor"

    def _names_recipient(self, speaker_doc) -> bool:
        """The speaker's name or role names Ukraine's side (a `recipient` row of speech_acts.csv on the speaker)."""
        if callable(speaker_doc):
            speaker_doc = speaker_doc()
        return any(self.rules[k][0] == "recipient" for k in self._hits("speaker", speaker_doc))

    def classify(self, doc, cue_doc, speaker_doc, row: dict, aid: bool, cap_words: frozenset = frozenset()) -> dict:
        """Speech act and the evidence behind it for one statement (docs are normalised, tokenizer-only, and
        `prepare`d; `aid` is what `prepare` returned; `cap_words` the words of the capabilities named). Where the
        row's clause frame is evidence for a construction of coding.composition, that decides (and vetoes);
        otherwise the phrase rows do."""
        side = self.side(row, speaker_doc)
        if side == "recipient" and _giver_side.gives_to_ukraine(row.get(FRAME_KEY), row) and \
                not self._names_recipient(speaker_doc):  # coding/giver_side.py: "we will send tanks to Ukraine"
            side = "donor"  # the frame read first, the speaker's words only where a clause gives to Ukraine
        lowers = doc.user_data.get("pw_lower_list") or [t.lower_ for t in doc]
        words = set(lowers)
        W = _words.classes()
        hypothetical = _hypothetical(doc, lowers, row, W)
        aid_words = has_aid_words(doc)  # support, aid, package ... (not weapons alone)
        flags = {"aid": aid, "noaid": not aid, side: True, "donor": side in ("donor", "other"),
                 "ukraine": aid_words or bool(W["ukraine"] & words), "aidword": aid_words,
                 "ukraine_side": bool(W["ukraine_side"] & words),
                 "aid_or_sanctions": aid or bool(W["sanctions"] & words)}
        content, cue, evidence = self._evidence(doc, cue_doc, flags)
        cue_act = max(cue, key=cue.get) if cue else None
        litotes = content.get("pledge", 0) >= 2.5
        head = [w for w in lowers[:3] if w not in W["lead_skip"]][:1]
        _drop_misdirected(content, cue, cue_act, aid, head, words, W)
        frame = _us.read(row.get(FRAME_KEY), text_of(row.get("text")))  # coding/us_subject.py: "US" is no "us"
        if cue_act == "pledge" and not (aid or aid_words or content.get("pledge")) and _commitments.objectless(
                frame, cap_words):  # "assured that the West and Kyiv threaten nobody"
            cue.pop("pledge", None)
        scores = defaultdict(float)
        for d in (content, cue):
            for k, v in d.items():
                scores[k] += v
        own_ok = not _commitments.foreign_commitment(frame, row)  # "it will help stabilise prices": not the speaker's
        _commitment_and_sides(scores, lowers, words, head, side, cue_act, aid_words, hypothetical and not litotes, W,
                              own_ok)
        threats = _threats.adjust(scores, lowers, side, cue, text_of(row.get("cue_lemma")))  # coding/threats.py
        threats += _threats_frame.adjust(scores, frame, cue, lowers, side)  # ... and on the clause frame
        if _warning_limits.civil_hazard(lowers, cap_words):  # coding/warning_limits.py: "warned of heavy rain"
            scores.pop("warning", None)
        composed, construction, veto = _composition.decide(frame, side, row, cap_words, words)
        for a in veto:
            scores.pop(a, None)
        if construction:
            evidence.append(construction)
        if composed:
            act = composed
            # the deciding clause is not hypothetical (composition reads modality clause by clause): a "could" in
            # another sentence does not make it one ("This may last for years. We must never let up ... in helping Kyiv")
            hypothetical = hypothetical and act not in ("pledge", "refusal")
        else:
            _requests.recipient_sanctions(scores, side, words)  # coding/requests.py: Kyiv threatens no sanctions
            act = _strongest(scores, aid_words)
        return {"speech_act": act, "aid": aid, "side": side, "hypothetical": hypothetical,
                "negated": bool(W["negation"] & words), "content": dict(content), "cue": dict(cue),
                "aid_words": aid_words, "scores": dict(scores), "evidence": evidence, "threats": threats}

    def _evidence(self, doc, cue_doc, flags: dict) -> tuple[dict, dict, list]:
        """(content scores, cue scores, rule keys) of the speech_acts.csv rows that match and whose conditions hold."""
        content, cue = defaultdict(float), defaultdict(float)
        evidence = []
        for key in sorted(self._hits("content", doc) | self._hits("cue", cue_doc), key=lambda k: int(k[1:])):
            act, where, w, needs = self.rules[key]
            if act not in ACTS or not w or not all(flags.get(n) for n in needs):
                continue
            (cue if where == "cue" else content)[act] += w
            evidence.append(self.row_ids[key])
        return content, cue, evidence


def _hypothetical(doc, lowers: list[str], row: dict, W) -> bool:
    """A hypothetical ("if", "could", "might", "would consider"); with a clause frame, could/might/may count in a
    main clause only, not in a relative clause; "May" the month is no modal."""
    hyp = W["hypothetical"] & set(lowers)
    if hyp == {"may"} and "may" not in {t.text for t in doc}:  # only the month ("in May")
        hyp = set()
    clauses = (row.get(FRAME_KEY) or {}).get("clauses")
    if clauses:
        hyp = ({"if"} if any(cl["hyp"] for cl in clauses) else set()) | (hyp - W["modal_hedge"])
    return bool(hyp) or any(
        a == "would" and b in W["hypothetical_after_would"] for a, b in zip(lowers, lowers[1:], strict=False))


def _drop_misdirected(content, cue, cue_act, aid: bool, head: list, words: set, W) -> None:
    """The content of an appeal is what is asked for, not what the speaker does (no pledge, refusal or warning from
    it: "appealed for de-escalation", "called for an end to the conflict");
    asking the adversary to do something ("called for Russia to return children") or calling for talks is no appeal
    for support; a pledge cue with threat words and no aid is halved ("vowed Putin would pay a price")."""
    if cue_act == "appeal":
        content.pop("pledge", None)
        content.pop("refusal", None)
        content.pop("warning", None)  # "appealed for de-escalation", "called for an end to the conflict"
    sanctions = bool(W["sanctions"] & words)
    if not aid and not sanctions and (W["adversary"] & set(head) or W["diplomacy"] & words):
        cue.pop("appeal", None)
        content.pop("appeal", None)
    if cue_act == "pledge" and not aid and content.get("warning", 0) > 0:
        cue["pledge"] = cue["pledge"] / 2


def _commitment_and_sides(scores, lowers, words, head, side, cue_act, aid_words, halve_pledge: bool, W,
                          own_ok: bool = True) -> None:
    """Modal commitments (`commitment`), the hypothetical's halving, and what each side cannot do; a future that the
    clause frame gives to someone other than the speaker's side (`own_ok` False) commits no one."""
    commit = commitment(lowers)
    if commit == "own" and not own_ok:
        commit = ""
    if cue_act != "appeal" and side != "adversary":
        if commit == "own" and (W["ukraine"] & words or aid_words):
            # "we will continue to do our part ... help", "Britain will continue to lead in supporting"
            scores["pledge"] = max(scores.get("pledge", 0), 1.0)
        elif commit == "others" and not scores.get("refusal"):
            # "the United States must continue ... support Ukraine", "allies should send more": who must give is
            # asked, not committed
            scores.pop("pledge", None)
            scores["appeal"] = max(scores.get("appeal", 0), 1.0)
    # support promised to someone other than Ukraine (Russia, NATO allies) is still a pledge (ANNOTATION.md,
    # settled conventions); its aid relation is decided apart
    if W["adversary"] & set(head):
        scores.pop("refusal", None)  # "Russia is blocking ports": the adversary's obstruction is no refusal
    if halve_pledge:
        scores["pledge"] /= 2
    if side == "adversary":
        # the adversary neither delivers, asks for nor refuses aid to Ukraine; it pledges only support in so many
        # words ("we will remain together ... fraternal Russia"), not its own army's supplies
        for a in ("delivery", "appeal", "refusal"):
            scores.pop(a, None)
        if not (W["support"] & words) or W["ukraine"] & words:
            scores.pop("pledge", None)
    if side == "recipient":
        scores.pop("pledge", None)  # the recipient does not pledge aid to itself ("vowed to retake Kherson")


def _strongest(scores, aid_words: bool) -> str:
    """The strongest of the strong acts if it reaches THRESHOLD (or WEAK and more than the assessment and other
    evidence), else assessment or other (coding/residual.py)."""
    best = max(STRONG, key=lambda a: (scores.get(a, 0), -STRONG.index(a)))
    top = scores.get(best, 0)
    if top >= THRESHOLD or (top >= WEAK and top > max(scores.get("assessment", 0), scores.get("other", 0))):
        return best
    return _residual.decide(scores, aid_words)


def commitment(lowers: list[str], span: int = 5) -> str:
    """Who a modal commits to giving support (coding_words.csv classes): 'own' for a future or first-person
    obligation governing a give verb within `span` words ("will continue to send", "we must not let up in
    supporting", "is going to provide"), 'others' for an obligation on someone else ("the US must continue to
    support", "allies should send", "partners need to deliver"), '' otherwise. A negated future ("will not send") is
    the refusal rows' business, not a commitment. A give verb that gives nothing is no give verb (`_gives_nothing`:
    "must fight and not give up", "need to send a strong signal")."""
    W = _words.classes()
    give = W["give_verb"]
    # give verbs counted up to each position: "a give verb within span words ahead of i" without rescanning the
    # window at every word
    seen = [0]
    for i, x in enumerate(lowers):
        seen.append(seen[-1] + (x in give and not _gives_nothing(lowers, i, W)))
    if not seen[-1]:
        return ""
    n, found = len(lowers), ""
    for i, w in enumerate(lowers):
        if seen[min(n, i + 1 + span)] == seen[i + 1]:
            continue
        ahead = lowers[i + 1:i + 1 + span]
        before = lowers[max(0, i - 3):i]
        first = any(x in W["first_person"] for x in before)
        if w in W["future"] and w != "would" and not any(x in W["negation"] for x in ahead[:1]):
            found = found or "own"
        elif w in W["obligation_modal"] or (w in W["obligation"] and i + 1 < len(lowers) and lowers[i + 1] == "to"):
            found = "own" if first else "others"
            break
    return found


@functools.cache
def _particles() -> frozenset[tuple[str, str]]:
    """(verb, particle) pairs of the phrasal verbs of giving up (`abandon_lemma`: give_up, give_in, give_away)."""
    return frozenset(tuple(w.split("_", 1)) for w in _words.classes()["abandon_lemma"] if "_" in w)


def _gives_nothing(lowers: list[str], i: int, W) -> bool:
    """`give_nothing`: the give verb at i gives up ("must fight and not give up": its particle after it, a phrasal
    verb of `abandon_lemma`) or sends a message (a `message_word` within three words: "you need to send a strong
    signal to Kyiv"): no support given, so no one is committed or asked to give it."""
    nxt = lowers[i + 1:i + 4]
    return bool(nxt) and ((lowers[i], nxt[0]) in _particles() or bool(W["message_word"] & set(nxt)))


@functools.lru_cache(maxsize=1)
def rules() -> SpeechActRules:
    return SpeechActRules()


def classify_text(text: str, cue: str = "said", speaker_country: str = "", **speaker) -> str:
    """Speech act of one piece of content (convenience for tests and notebooks): codes a one-row frame."""
    import pandas as pd

    from . import code_statements

    row = {"text": text, "cue": cue, "cue_lemma": cue, "speaker_country": speaker_country, **speaker}
    return code_statements(pd.DataFrame([row]))["speech_act"].iloc[0]
