"""Speaker resolution: the mention at the cue -> canonical name, type, role, country, official or not.

CONTRACT (called by statements.extract):
    resolve_speakers(doc, rows: list[dict], article: dict, nesting: str = "inner") -> None
        Each row carries `speaker_span` = (start_token, end_token) of the mention at the cue in doc, or None, and
        `cue_i` (token index of the cue, or None), `char_start`/`char_end` of the content and maybe `speaker_text`.
        Fills, in place: speaker_text (if empty), speaker_name, speaker_type, speaker_role, speaker_country,
        speaker_is_official, and speaker_id (one identity per person across a corpus, see USE_OFFICIAL_NAMES).
        A row with `speaker_of` (index of the statement a cue-less continued quotation continues) gets that
        statement's speaker. Under nesting="inner" (ANNOTATION.md) a speaker a reporter relays speaks ("Gladkov wrote,
        according to Reuters": relayed.py); under "outer" (PolNeAR) the reporter does.

How: one index of the article's person mentions is built per doc (`index.ArticleIndex`): PERSON entities (and proper
names at cues that the small model mislabels) grouped into people by surname / officials.csv alias, each with its
fullest mention, gender evidence (Mr/Ms, he/she next to it), and the role and country the text gives it (titles
before the name, appositives either side). Rows are then resolved in text order (`resolver.Resolver`):
  - names -> the person's canonical name (fullest, earliest mention in the article; variant spellings of one
    surname in an article are one person) and `speaker_id`, the officials.csv name (aliases and transliterations:
    "Zelenskiy", "Zelenskyy" -> "Volodymyr Zelensky"), so one person is one id across a corpus;
  - he/she -> the previous statement's speaker unless another person became the subject since, else the subject of
    the nearest preceding sentence with a compatible person; it/they -> the previous organisation/group speaker;
    who -> the noun the relative clause hangs on; no mention (a continuing quote) -> the previous speaker;
  - descriptions ("the minister", "the French president", "Mr Macron", "the Ukrainian leader") -> the person in
    the article with that role and nationality, else (with a country) the officials.csv holder at the article date;
  - organisations, capitals and countries ("the Pentagon", "Moscow" -> Russia, "US" -> United States) and groups
    ("Western officials") as written, with country and official status from countries.csv / roles.csv.
The word lists are data/reference/speaker_words.csv (words.py); README.md in this folder maps the modules.
"""

from __future__ import annotations

from ..lexicon import POST_CREDIT_DASH
from ..names import fold
from .affiliations import affiliation_phrase
from .blocs import bloc_country
from .index import CAPTION_LINE, ArticleIndex
from .person import Person
from .record import USE_OFFICIAL_NAMES, speaker_record, strip_det
from .resolver import Resolver
from .seats import seat_country
from .shape import shape_reason
from .words import PRON_ALL

_CAPTION_LINE = CAPTION_LINE  # (the name tests and older callers use)

__all__ = ["USE_OFFICIAL_NAMES", "ArticleIndex", "CAPTION_LINE", "Person", "Resolver", "resolve_speakers"]


def _fallback(doc, rows):
    """Mentions as written, type unknown: for an article the index cannot be built for."""
    for r in rows:
        sp = r.get("speaker_span")
        mention = doc[sp[0]:sp[1]].text if sp else ""
        r["speaker_text"] = r.get("speaker_text") or mention
        name = strip_det(r["speaker_text"] or "")
        r.update(speaker_record(name if name and fold(name) not in PRON_ALL else "UNKNOWN", "unknown",
                                reason="the article could not be indexed"))
        r.pop("_person", None)
        r["speaker_id"] = r["speaker_name"]


def _settle(res: Resolver, r: dict, rec: dict, person):
    """Write a resolved record into its row: no pronoun as a name, an official's country from the context, an unnamed
    speaker's affiliation phrase ("sources [in the White House]": affiliations.py), and `speaker_id` (the
    officials.csv name where the person is a known official); returns the person kept."""
    if fold(rec["speaker_name"]) in PRON_ALL:
        rec.update(speaker_record("UNKNOWN", "unknown", reason="a pronoun with no antecedent"))
        person = None
    sp = r.get("speaker_span")
    why = shape_reason(res.doc, sp, rec["speaker_name"], res.agent_word)
    if why:  # a thing pronoun, a fragment, a month, an abstract noun as written at the mention (shape.py)
        rec.update(speaker_record("UNKNOWN", "unknown", reason=why))
        person = None
    if not rec["speaker_country"] and rec["speaker_name"] != "UNKNOWN":
        bloc = bloc_country(res, sp, rec["speaker_name"])  # "the bloc's presidency": its bloc or none
        if bloc is not None:
            rec["speaker_country"] = bloc
        elif rec["speaker_is_official"]:
            rec["speaker_country"] = _official_country(res, rec, person, sp)
    if (person is None or person.weak) and rec["speaker_name"] != "UNKNOWN":  # "Investigators [of ...]"
        phrase = affiliation_phrase(res.doc, sp)
        if phrase and f' {strip_det(fold(phrase.partition(" ")[2]))} ' not in f' {fold(rec["speaker_name"])} ':
            rec["speaker_name"] = f'{rec["speaker_name"]} {phrase}'
    r.update(rec)
    r.setdefault("speaker_text", "")
    if r["speaker_text"] is None:
        r["speaker_text"] = ""
    off = getattr(person, "official", None) if person is not None else None
    r["speaker_id"] = off.name if off is not None else rec["speaker_name"]
    return person


def _official_country(res: Resolver, rec: dict, person, sp) -> str:
    """The country of an office-holder or government body whose mention does not say it: for an unnamed source or
    body ("a senior defence official", "the authorities"), a hyphenated word of its own that names a country
    ("Kremlin-affiliated officials"), the seat named after the mention ("officials [in Ankara]": seats.py), the
    country of the article's other sources of that kind; then, for everyone, the country the surrounding sentences
    name most ("the governor, Serhij Lysak, said ... in Ukraine's Dnipropetrovsk")."""
    toks = [m[0] for m in res.idx.mentions if m[2] is person] if person is not None else []
    if sp:
        toks.append(int(sp[0]))
    unnamed_source = person is None and rec["speaker_type"] in ("person", "group")
    country = rec["speaker_country"]
    if person is None:
        country = (res.ref.find_country(rec["speaker_name"].replace("-", " ")) if unnamed_source
                   else "") or seat_country(res.doc, res.ref, sp)
    if unnamed_source and not country:
        country = res.same_kind_country(rec["speaker_name"], tuple(range(*sp)) if sp else ())
    return country or res.context_country(toks)


def resolve_speakers(doc, rows, article, nesting="inner"):
    """Fill the speaker fields of rows in place (see CONTRACT above)."""
    if not rows:
        return
    article = article or {}
    try:
        res = Resolver(doc, rows, article, nesting=nesting)
    except Exception:  # an article the index cannot be built for: mentions as written, never a crash
        _fallback(doc, rows)
        return
    order = sorted(range(len(rows)), key=lambda k: (rows[k].get("char_start") or 0, k))
    done = {}

    def resolve(k, depth=0):
        if k in done:
            return done[k]
        r = rows[k]
        src = r.get("speaker_of")
        if isinstance(src, int) and 0 <= src < len(rows) and src != k and depth < 3:
            # a continued quotation: the speaker of the statement it continues
            rec = dict(resolve(src, depth + 1))
            anchor = None
        else:
            try:
                rec, anchor = res.resolve_row(r)
            except Exception:  # never let one odd row break an article
                mention = r.get("speaker_text") or ""
                rec, anchor = speaker_record(strip_det(mention) or "UNKNOWN", "unknown",
                                             reason="the row could not be resolved"), None
        person = _settle(res, r, rec, rec.pop("_person", None))
        rec["_person"] = person
        done[k] = rec
        if rec["speaker_name"] != "UNKNOWN" and depth == 0 and not r.get("_in_quotation"):
            # (a third party reported inside a quotation is not the speaker the next pronoun or quotation
            # carries on: the quoted speaker is, `quoted_report`)
            sp = r.get("speaker_span")
            res.history.append(rec)
            if r.get("cue") not in POST_CREDIT_DASH:
                # (an embedded post's author is not the previous speaker a later "the agency said" carries on
                # from: the article's own chain of speakers runs past the post, `embedded_posts`)
                res.prev = rec
                res.prev_i = (int(sp[0]) if sp else anchor) if (sp or anchor is not None) else res.prev_i
        return rec

    for k in order:
        resolve(k)
    for k in order:
        rows[k].pop("_person", None)
