"""Statements: find attributed speech in a parsed article and resolve its speaker.

CONTRACT (used by pipeline.py; keep this signature):
    extract(doc: spacy.tokens.Doc, article: dict, quote_parts: str = "split") -> list[dict]
        doc is nlp(article["text"]) with the loaded English pipeline; article is an ingest article dict
        (article_id, text, title, title_chars, published, outlet ...).
        Each dict has: text, quote_type (direct|indirect|mixed), cue, cue_lemma, speaker_text, speaker_name,
        speaker_type (person|organization|group|unknown), speaker_role, speaker_country, speaker_is_official (bool),
        in_title (bool), char_start, char_end (offsets of `text` in article["text"]).
        quote_parts: "split" (ANNOTATION.md: each part of a statement interrupted by its cue, or continued without
        one, is a row) or "join" (PolNeAR: one row, the parts' texts joined by a space, char_start..char_end from
        the first part's start to the last part's end, so `text` is then not a substring); see `join_parts`.
    EXTRACTOR_VERSION: str, bumped whenever output can change (part of the cache key).

How (see docs in `extract.py`'s helpers below; one pass over tokens, no re-parsing):
  1. Quotation marks are paired per paragraph (`quotes.find_quotes`); an unclosed quote runs to the end of its
     paragraph (multi-paragraph quotes).
  2. Every token whose lemma is a verb of the cue lexicon (`data/reference/cues.csv`) is a candidate cue. Its
     speaker is its nsubj (inherited through conj/advcl/xcomp: "..., adding that"; the noun a relative clause hangs
     on: "Kuleba, who said"). Its content, first rule that applies:
       a. a quotation that ends right before the cue clause ("A," X said / "A," said X) -> direct;
       b. a quotation that starts right after the cue and its non-clausal dependents (X told reporters: "A") ->
          direct;
       c. everything after a colon that follows the cue (X said: A); a colon that closes its paragraph ("The
          governor added:") introduces the next paragraph, a block quotation -> direct/mixed/indirect;
       d. its ccomp clause (X said (that) A / A, X said), cut before a conjoined second cue ("but said ...") ->
          indirect, or mixed when it holds quotation marks;
       e. for speech-act verbs, the frames the lexicon lists (`takes`): xcomp ("vowed to continue support"),
          object ("promised Ukraine continued support", "pressed NATO for more weapons"), or a content
          preposition ("warned against ...", "spoke of ...", "called for ...");
       f. a trailing cue clause with no parse link: "A, X said." -> A.
  3. "according to X": X is the speaker, the rest of the clause is the content (a quotation that opens it runs to
     its closing mark).
  4. In-text subheadings "Name: words" (a short paragraph whose words hold a finite verb) -> cue ":".
  5. A headline "Speaker Verb-s content" (title-case headlines parse badly) -> in_title statements.
  6. Quotations that no cue claimed but that open a sentence (not scare quotes inside a sentence) continue the
     previous statement's speaker (same or previous paragraph; for an unclosed multi-paragraph quote with no
     earlier speaker, the next one's): the interrupted quote "A," X said. "B." gives two statements.
  7. Nested attribution: a statement whose content is itself another cue's clause ("A reported that B said X")
     is dropped, so the innermost speaker keeps it (a direct quote quoting someone keeps both, as in the gold);
     `nesting="outer"` keeps A's statement whole and drops B's instead (PolNeAR's convention).

Rows passed to `speakers.resolve_speakers` carry, besides the contract keys, `speaker_span` (start_tok, end_tok)
of the mention at the cue (or None), `cue_i` (token index of the cue, or None) and `speaker_of` (index in the
same rows list of the statement a cue-less continued quotation continues, else None; such a row also copies that
statement's speaker_span and cue_i) and `_joins` (index of the previous part of the same statement: a quotation
resumed after its cue, the clause after a parenthetical cue, a continued quotation; used by `join_parts`). These
internal keys are dropped before returning.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from . import cues as _cues
from . import speakers
from .quotes import QUOTE_CHARS, find_quotes, line_starts

EXTRACTOR_VERSION = "1.36"

CONTRACT_KEYS = ("text", "quote_type", "cue", "cue_lemma", "speaker_text", "speaker_name", "speaker_id", "speaker_type",
                 "speaker_role", "speaker_country", "speaker_is_official", "in_title", "char_start", "char_end")

REL_PRON = {"who", "which", "that", "whom"}
FIRST_SECOND = {"i", "we", "you", "me", "us"}
# dependents of a cue that may sit between it and a following quotation ("told reporters on Tuesday: ...")
GAP_DEPS = {"dative", "dobj", "prep", "pobj", "npadvmod", "advmod", "mark", "nsubj", "prt", "agent", "aux", "neg",
            "punct", "det", "amod", "compound", "poss", "case", "nummod", "pcomp", "auxpass", "oprd", "appos", "cc"}
CLAUSAL = {"ccomp", "xcomp", "conj", "advcl", "parataxis", "relcl", "acl", "csubj"}
# prepositions that open reported content after a speech-act verb (temporal ones, "on Tuesday", are excluded)
CONTENT_PREPS = {"for", "against", "of", "about", "over", "on", "to", "as"}
NON_CONTENT_ENTS = {"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL"}
FINITE_TAGS = {"VBZ", "VBD", "VBP", "MD"}
# conjunctions that make a clause part of the content around it (not "as he said", "while she said": a parenthetical
# or a second, contrasting statement)
GERUND_PREPS = {"by", "after", "before"}
SUBORDINATORS = {"when", "because", "after", "before", "since", "if", "unless", "until", "whenever", "once"}
CUE_PREFIX_DEPS = {"aux", "auxpass", "neg", "advmod"}
SUBHEAD_STOP = {"photo", "photograph", "photos", "image", "video", "source", "sources", "read", "read more", "watch",
                "update", "updated", "note", "editor's note", "related", "advertisement", "correction", "credit",
                "live", "live briefing", "see also", "also read", "listen", "subscribe", "follow", "tags", "topics"}
_SUBHEAD = re.compile(r"""\s*["“]?([A-Z][^:\n"“”]{0,40}?)["”]?:\s+(\S[^\n]*)$""")
_WORD = re.compile(r"\w")
_FIRST_MARK = re.compile(r"\s*\S")  # the first character after a colon (a quotation's opening mark, or a word)
_DASH_AFTER = re.compile(r" ?[-—–] ?")
LEAD_STRIP = " \t\n,;:—–-”"
TRAIL_STRIP = " \t\n,;:—–-"


# --------------------------------------------------------------------------------------------------- helpers
class _Doc:
    """Per-article context: quotes and their token positions, paragraph numbers, used quotes."""

    def __init__(self, doc, text, title_chars):
        self.doc, self.text, self.title_chars = doc, text, title_chars
        self.quotes = find_quotes(text)
        self.tok_starts = doc.to_array("IDX").tolist()
        self.lines = line_starts(text)
        # paragraph number of each line (blank lines do not count)
        self.para_of_line, n = [], -1
        for k, s in enumerate(self.lines):
            e = self.lines[k + 1] - 1 if k + 1 < len(self.lines) else len(text)
            if text[s:e].strip():
                n += 1
            self.para_of_line.append(max(n, 0))
        self.q_open_tok = [self.tok_at(q.open) for q in self.quotes]
        self.q_close_tok = [self.tok_at(max(q.close - 1, q.start)) for q in self.quotes]
        self.q_opens = [q.open for q in self.quotes]
        self.q_closes = [q.close for q in self.quotes]
        self.used = set()

    def tok_at(self, char):
        return max(0, bisect_right(self.tok_starts, char) - 1)

    def line_of(self, char):
        return bisect_right(self.lines, char) - 1

    def para_of(self, char):
        return self.para_of_line[self.line_of(char)]

    def quote_ending_before(self, tok_i):
        """Index of the last quote whose closing mark is before token tok_i."""
        k = bisect_left(self.q_close_tok, tok_i) - 1
        # q_close_tok is sorted because quotes are ordered and do not overlap
        return k if k >= 0 else None

    def quote_starting_after(self, tok_i):
        k = bisect_right(self.q_open_tok, tok_i)
        return k if k < len(self.quotes) else None

    def quote_containing(self, char):
        k = bisect_right(self.q_opens, char) - 1
        if k >= 0 and self.quotes[k].start <= char < max(self.quotes[k].end, self.quotes[k].start + 1):
            return k
        return None


def _cue_of(tok, verbs, forms, in_title):
    lem = tok.lemma_.lower()
    if lem not in verbs:
        lem = forms.get(tok.lower_)
        if lem is None:
            return None
    if tok.pos_ not in ("VERB", "AUX") and not (in_title and tok.pos_ in ("NOUN", "PROPN")):
        return None
    return verbs[lem]


def _subject(v, text, depth=0):
    """The speaker token of cue v (text = the doc's text, passed in: doc.text is rebuilt on every access)."""
    c = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if c is not None:
        if c.lower_ in REL_PRON and v.dep_ == "relcl":
            # "Kuleba, who said ..." is speech; "a siege that echoed an assault" is not
            return v.head if c.lower_ in ("who", "whom") or v.head.ent_type_ in ("PERSON", "ORG", "NORP") else None
        return c
    if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return v.head
    if v.dep_ == "pcomp" and v.head.lower_ == "as" and v.head.head.lemma_ == "quote":
        # "he was quoted as saying": the subject of the passive
        return next((c for c in v.head.head.children if c.dep_ == "nsubjpass"), None)
    if depth < 3 and _adjunct_gerund(v) and v.head.head.pos_ == "VERB" and v.head.head.lemma_ not in ("have", "be") and \
            not _infinitival(v.head.head) and "\n" not in text[min(v.idx, v.head.head.idx):max(v.idx, v.head.head.idx)]:
        # "Obama responded to a Gold Star mother by saying ...": the gerund's speaker is the subject of the verb
        # its preposition modifies (not of a purpose: "has three ways to seek enforcement: by asking ...")
        return _subject(v.head.head, text, depth + 1)
    if depth < 3 and v.dep_ in ("conj", "advcl", "xcomp") and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX") \
            and "\n" not in text[min(v.idx, v.head.idx):max(v.idx, v.head.idx)]:
        h = v.head
        # "X said A but said B", parsed with the second "said" hanging on A's verb: B's subject is X
        if v.dep_ in ("conj", "advcl") and h.dep_ == "ccomp" and h.head.lemma_ in _cues.load()[0] \
                and not _infinitival(v):  # (not "says that she called Machado to express gratitude": she did)
            h = h.head
        s = _subject(h, text, depth + 1)
        if s is None:  # "X was quoted as saying"
            s = next((c for c in v.head.children if c.dep_ == "nsubjpass"), None)
        return s
    return None


# "WASHINGTON --", "KYIV, Ukraine (AP) —", "MINSK, 7 May (BelTA) -": a dateline opening a paragraph
_DATELINE_AT = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*){0,3}(?:,[^—–\n(]{1,40})?(?:\s*\([^)\n]{1,30}\))?\s*"
                          r"(?:—|–|--|-(?= ))\s*(?=[A-Z\"“‘'])", re.M)
DASHES = ("—", "–", "--", "-")


def _past_dateline(subj, v, datelines):
    """(subject, mention span) of cue v when the parse took the dateline for its subject ("WASHINGTON -- President
    Obama, dedicating the museum, said"; "CAPRI, Italy (AP) — Top NATO and European Union officials urged"): the
    head of the noun phrase after the dash and that phrase; else (subj, None). datelines: _DATELINE_AT matches."""
    doc = subj.doc
    dash = next((t for t in doc[subj.i:v.i] if t.text in DASHES), None)
    if dash is None or not any(m.start() <= subj.idx and dash.idx < m.end() for m in datelines):
        return subj, None
    end = next((t.i for t in doc[dash.i + 1:v.i] if t.text == ","), v.i)
    heads = [t for t in doc[dash.i + 1:end] if not dash.i < t.head.i < end and t.pos_ in ("PROPN", "NOUN")]
    if not heads:
        return subj, None
    return heads[-1], (dash.i + 1, min(end, heads[-1].right_edge.i + 1))


SUBJ_POS = {"PROPN", "NOUN", "PRON"}
# nouns that head a subject but do not speak (documents and organisations that publish do: "the report said")
NON_SPEAKERS = {"thing", "belief", "fear", "claim", "disease", "day", "week", "month", "year", "number", "figure",
                "datum", "data", "statistic", "record", "evidence", "result", "trend", "chart", "graph", "image",
                "photo", "video", "footage", "picture", "map", "table", "price", "cost", "index"}
MENTION_STOP = {",", ";", ":", "(", ")", "[", "]", ".", "!", "?", "—", "–"}
RUN_POS = {"PROPN", "NOUN", "DET", "ADJ", "PART", "NUM"}


def _adjacent_subject(v, text):
    """When the parse gives a cue no subject (a paragraph glued to the previous one), the noun phrase right before
    it on the same line ("Vickers said"), else right after it ("..., said Rep. Moore")."""
    doc = v.doc
    line_break = lambda a, b: "\n" in text[a.idx:b.idx]  # noqa: E731
    k = v.i  # skip the verb group: "Austin has promised", "he also said"
    while k - 1 >= 0 and doc[k - 1].dep_ in ("aux", "neg", "advmod") and v.i - k < 3:
        k -= 1
    if k > 0 and (doc[k - 1].pos_ in SUBJ_POS or doc[k - 1].pos_ == "ADJ" and k > 1 and doc[k - 2].dep_ in (
            "case", "det", "poss")) and not line_break(doc[k - 1], v):
        j = k - 1
        while j - 1 >= 0 and doc[j - 1].pos_ in RUN_POS | {"ADP"} and k - j < 7 and not line_break(doc[j - 1], doc[j]):
            j -= 1
        while j < k - 1 and doc[j].pos_ in ("PART", "ADJ", "ADP"):
            j += 1
        return doc[k - 1], (j, k)
    if k > 1 and doc[k - 1].text == "," and not (v.i + 1 < len(doc) and doc[v.i + 1].lower_ == "to"):
        # a name and an appositive set off by commas before the cue, which the parse hung elsewhere: "Malkia Cyril,
        # the executive director at the Center of Media Justice, told", "Kelly, D-AZ., told" (the name before), "the
        # governor of Luhansk, Serhiy Haidai, said" (the name between the commas); not "the guards, said to have"
        c = next((i for i in range(k - 2, max(-1, k - 16), -1) if doc[i].text in (",", ";", ":") or doc[i].is_space
                  or doc[i].text in QUOTE_CHARS or "\n" in doc[i].whitespace_), None)
        inner = doc[c + 1:k - 1] if c is not None else []
        if c is not None and c > 0 and doc[c].text == "," and not line_break(doc[c - 1], v) and all(
                t.pos_ in RUN_POS | {"ADP", "CCONJ", "PUNCT"} and t.text not in QUOTE_CHARS for t in inner):
            names = [t for t in inner if t.pos_ == "PROPN"]
            if names and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() for t in inner):
                return names[-1], (c + 1, k - 1)
            if doc[c - 1].pos_ == "PROPN" and inner and (
                    inner[0].pos_ != "PROPN" or all(t.text.isupper() or t.is_punct for t in inner)):
                j = c - 1
                while j - 1 >= 0 and doc[j - 1].pos_ == "PROPN" and not line_break(doc[j - 1], doc[j]):
                    j -= 1
                return doc[c - 1], (j, c)
    if v.lemma_ == "tell":
        return None, None  # "..., told The Huffington Post": after "told" comes the addressee, never the speaker
    if v.i + 1 < len(doc) and doc[v.i + 1].pos_ in ("PROPN", "DET") and not line_break(v, doc[v.i + 1]):
        j = v.i + 1
        while j + 1 < len(doc) and doc[j + 1].pos_ in RUN_POS and j - v.i < 6:
            j += 1
        return doc[j], (v.i + 1, j + 1)
    return None, None


def _mention(s):
    """(start, end) token span of the speaker mention headed by s: its left modifiers, name parts, "of" phrase,
    and a proper-name appositive ("the governor, Oleksandr Starukh"); no relative clauses or trailing punctuation."""
    doc = s.doc
    start = s.i
    while start - 1 >= s.left_edge.i and not doc[start - 1].is_space and "\n" not in doc[start - 1].whitespace_ \
            and doc[start - 1].text not in QUOTE_CHARS and doc[start - 1].text not in MENTION_STOP:
        start -= 1  # (hyphens stay: "the self-taught Cambridge resident", "the 39-year-old founder")
    end = s.i + 1
    for c in s.rights:
        if c.i > end + 1 and not (c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i <= end + 1):
            break
        if any("\n" in t.whitespace_ or t.is_space for t in doc[end - 1:c.right_edge.i]):
            break  # never across a paragraph break
        if c.dep_ in ("compound", "flat", "case", "nummod") or (c.dep_ == "prep" and c.lower_ in ("of", "at")) \
                or (c.dep_ == "appos" and c.pos_ == "PROPN"):
            end = c.right_edge.i + 1
        elif c.dep_ == "punct" and c.text == ",":
            continue
        elif c.dep_ == "cc" and c.lower_ in ("and", "&") and c.i == end:
            # a joint speaker: "the US official and other sources", "Washington and London" (ANNOTATION.md: a
            # group)
            conj = next((x for x in s.rights if x.dep_ == "conj" and x.i > c.i), None)
            if conj is None or conj.pos_ not in ("NOUN", "PROPN"):
                break
            end = _mention(conj)[1]
            break
        else:
            break
    return start, end


# documents and publications that report what a source said: the source is named inside ("a statement from the EU",
# "two reports by independent media", "assessments made by military experts", "reports from outlets")
DOCUMENT_NOUNS = {"statement", "report", "release", "assessment", "analysis", "study", "document", "paper", "letter",
                  "memo", "post", "filing", "survey", "briefing", "communique", "communiqué", "readout"}
SOURCE_PREPS = {"from", "by", "of"}


def _document_source(s):
    """The source named inside a document mention headed by s ("a statement from the EU" -> EU, "assessments
    made by military experts and western governments" -> experts), else None."""
    if s.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    for c in s.children:
        preps = [c] if c.dep_ == "prep" else [x for x in c.children if x.dep_ in ("prep", "agent")] \
            if c.dep_ == "acl" and c.lemma_ in ("make", "publish", "issue", "release", "write") else []
        for p in preps:
            if p.lower_ in SOURCE_PREPS:
                obj = next((o for o in p.children if o.dep_ == "pobj"), None)
                if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")
                                        or obj.pos_ == "NOUN" and obj.tag_ == "NNS"
                                        or obj.lemma_.lower() in ("presidency", "government", "ministry", "office")):
                    return obj
    return None


def _particle_mark(c, v, cue):
    """The cue's particle or content preposition as the mark of a clause right after the cue ("called for |
    Ukraine to be given jets", "pressed for | the weapons to arrive sooner", parsed with "for" as the mark of the
    clause's verb), else None."""
    m = c.left_edge
    if c.dep_ in ("advcl", "ccomp") and m.dep_ == "mark" and m.head.i == c.i and m.lower_ in (
            cue.particles | cue.preps) and 0 < m.i - v.i <= 2:
        return m
    return None


def _lead_prep(v, cue):
    """The content preposition (or clause mark) of a verb cue that comes right after it, adverbs aside: "appealed
    for more air defence", "warned of a breakthrough"; None when an object or anything else comes first."""
    doc = v.doc
    j = v.i + 1
    while j < len(doc) and doc[j].dep_ in ("advmod", "neg") and doc[j].head.i == v.i:
        j += 1
    if j >= len(doc):
        return None
    t = doc[j]
    if t.dep_ == "prep" and t.head.i == v.i and t.lower_ in cue.preps and any(
            o.dep_ in ("pobj", "pcomp") and o.ent_type_ not in NON_CONTENT_ENTS for o in t.children):
        return t
    m = _particle_mark(t.head, v, cue) if t.dep_ == "mark" and t.head.head.i == v.i else None
    if m is not None and m.i == t.i:
        return t
    return None


def _infinitival(t):
    """t heads a to-infinitive ("called Machado to express gratitude"): a purpose or a complement inside its clause,
    never a second speech event conjoined to it."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)


def _adjunct_gerund(t):
    """The cue t is a gerund in a by/after/before phrase ("implicated Putin by admitting ..."): a manner or time of
    its clause's event, whose speaker is that clause's subject."""
    return t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ in GERUND_PREPS


def _hypothetical(t):
    """The cue t is a speech act that has not happened: it carries a modal ("his successor will push for the same
    goals", "Germany could call for ..."). Inside another statement it is part of that statement's words."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.children)


def _is_under(t, v, maxdepth=6):
    """The child of v that t hangs under, or None."""
    cur, d = t, 0
    while cur.head.i != cur.i and d < maxdepth:
        if cur.head.i == v.i:
            return cur
        cur, d = cur.head, d + 1
    return None


class _Finder:
    def __init__(self, doc, article, nesting="inner"):
        self.nesting = nesting
        self.doc = doc
        self.text = article["text"]
        self.tc = int(article.get("title_chars") or 0)
        self.verbs, self.forms = _cues.load()
        self.ctx = _Doc(doc, self.text, self.tc)
        self.datelines = list(_DATELINE_AT.finditer(self.text))
        self.rows = []

    # ---- building rows
    def add(self, cs, ce, cue, cue_lemma, speaker_span, cue_i, quote_idx=None, root=None, allow_direct=True):
        if self.text.find("\n", cs, ce) >= 0:
            # content never crosses a paragraph break: keep the cue's paragraph, else the part next to the cue
            parts, pos = [], cs
            for part in self.text[cs:ce].split("\n"):
                if _WORD.search(part):
                    parts.append((pos, pos + len(part)))
                pos += len(part) + 1
            if not parts:
                return None
            cue_char = self.doc[cue_i].idx if cue_i is not None else cs
            same = [p for p in parts if self.ctx.line_of(p[0]) == self.ctx.line_of(cue_char)]
            cs, ce = same[0] if same else (parts[0] if cue_char <= parts[0][0] else parts[-1])
        for m in self.datelines:
            if m.start() <= cs < m.end():
                cs = m.end()  # "MINSK, 7 May (BelTA) - Belarus should be ready ..., Lukashenko said": not his words
        cs, ce = self._trim(cs, ce)
        if ce - cs < 2 or len(_WORD.findall(self.text[cs:ce])) < 2:
            return None
        q = self.ctx.quote_containing(cs)
        qt = "indirect"
        if q is not None and allow_direct and ce <= self.ctx.quotes[q].end and cs >= self.ctx.quotes[q].start:
            qt = "direct"
            if cs - self.ctx.quotes[q].start <= 2 and self.ctx.quotes[q].end - ce <= 2:
                self.ctx.used.add(q)
        elif any(ch in QUOTE_CHARS for ch in self.text[cs:ce]):
            qt = "mixed"
        for k in self._quotes_within(cs, ce):
            self.ctx.used.add(k)
        if speaker_span and cue_lemma != "according to" and self.doc[speaker_span[0]].idx < ce \
                and cs < self.doc[speaker_span[1] - 1].idx + 1:
            return None  # the content never holds its own speaker (says "Kyiv Independent")
        row = {"text": self.text[cs:ce], "char_start": cs, "char_end": ce, "quote_type": qt, "cue": cue,
               "cue_lemma": cue_lemma, "speaker_span": speaker_span, "cue_i": cue_i, "speaker_of": None,
               "in_title": bool(self.tc) and ce <= self.tc, "_root": root}
        self.rows.append(row)
        return row

    def _quotes_within(self, cs, ce):
        k = bisect_left(self.ctx.q_opens, cs)
        # a quote whose opening mark is just before cs (content starts at cs)
        if k > 0 and self.ctx.quotes[k - 1].start >= cs - 1 and self.ctx.quotes[k - 1].open < cs:
            k -= 1
        out = []
        while k < len(self.ctx.quotes) and self.ctx.quotes[k].open < ce:
            if self.ctx.quotes[k].start >= cs - 1 and self.ctx.quotes[k].end <= ce + 1:
                out.append(k)
            k += 1
        return out

    def _trim(self, cs, ce):
        t = self.text
        while cs < ce and t[cs] in LEAD_STRIP:
            cs += 1
        while ce > cs and t[ce - 1] in TRAIL_STRIP:
            ce -= 1
        # balance a lone opening/closing quote mark at the edges
        if ce > cs and t[cs] in QUOTE_CHARS and not any(ch in QUOTE_CHARS for ch in t[cs + 1:ce]):
            cs += 1
        if ce > cs and t[ce - 1] in QUOTE_CHARS and not any(ch in QUOTE_CHARS for ch in t[cs:ce - 1]):
            ce -= 1
        while ce > cs and t[ce - 1] in TRAIL_STRIP:
            ce -= 1
        if ce > cs and t[ce - 1] == "." and self.ctx.quote_containing(ce - 1) is None and t[cs] not in QUOTE_CHARS:
            ce -= 1  # reported clauses end without the sentence's full stop
        return cs, ce

    def _cue_text(self, v, cue):
        """The cue as written: the verb group (auxiliaries and adverbs right before the verb: "has said", "is
        calling for", "has repeatedly warned", "later told") and, for phrase cues, its particle ("spoke of",
        "called for"). `cue_lemma` is the bare lemma for grouping."""
        doc = self.doc
        j = v.i
        while j - 1 >= 0 and doc[j - 1].head.i == v.i and doc[j - 1].dep_ in CUE_PREFIX_DEPS \
                and doc[j - 1].lower_ not in ("to", "also") and v.i - j < 3:
            j -= 1
        written = doc[j:v.i + 1].text
        if cue.particles:
            for c in v.rights:
                if c.lower_ in cue.particles and c.dep_ in ("prt", "prep", "agent", "dative"):
                    return f"{written} {c.text}", f"{cue.lemma} {c.lower_}"
                m = _particle_mark(c, v, cue)
                if m is not None:  # "called for Ukraine to be given jets": the parse made "for" the clause's mark
                    return f"{written} {m.text}", f"{cue.lemma} {m.lower_}"
        elif cue.preps and not any(c.dep_ in ("ccomp", "parataxis") for c in v.children):
            # a verb's content preposition right after it is written with the cue, as the gold does ("appealed for |
            # the supply of weapons", "warned of | a breakthrough"); not "pressed NATO for ...", nor when a clause
            # is the content
            p = _lead_prep(v, cue)
            if p is not None:
                return f"{written} {p.text}", f"{cue.lemma} {p.lower_}"
        return written, cue.lemma

    # ---- content rules for one cue verb
    def quote_before(self, v, subj):
        k = self.ctx.quote_ending_before(v.i)
        if k is None or k in self.ctx.used:
            return None
        q = self.ctx.quotes[k]
        if not q.closed or self.ctx.line_of(q.open) != self.ctx.line_of(v.idx):
            return None
        ct = self.ctx.q_close_tok[k]
        if v.i - ct > 25:
            return None
        if not self._sentence_initial(q):
            return None  # '... are now "combat ineffective," the UK said': the quote is only part of the content
        # a quotation that ends its sentence ("A." He spoke of ...) is not introduced by the next clause's verb
        inner = self.text[q.start:q.end].rstrip()
        after = self.text[q.close:q.close + 2].lstrip()
        if inner.endswith(".") and not after.startswith(","):
            return None
        lo, hi = (subj.left_edge.i, subj.right_edge.i) if subj is not None else (-1, -1)
        for t in self.doc[ct + 1:v.i]:
            if t.is_punct or t.is_space or lo <= t.i <= hi or t.dep_ in ("advmod", "aux", "neg", "auxpass") \
                    or t.pos_ in ("PROPN", "DET") or t.pos_ in ("NOUN", "ADJ", "PART") and t.i > ct + 1 \
                    or t.lemma_ == "quote" and t.i in (v.head.i, v.head.head.i) or t.lower_ == "as" and t.i == v.head.i:
                continue  # the speaker's name and title, however the parse attached them
            return None
        return k

    def _back_to_quote(self, cs, ce):
        """'The SEC "only requires ... assets. By only requiring ... subsidiaries," the report says': content that
        ends with a quotation closed right before its cue starts no later than that quotation (the sentence parse
        cut it at the quotation's inner sentence end)."""
        k = self.ctx.quote_containing(max(cs, ce - 1))
        if k is not None:
            q = self.ctx.quotes[k]
            if q.closed and q.start < cs and q.end - ce <= 2 and self.ctx.line_of(q.open) == self.ctx.line_of(cs):
                return q.start
        return cs

    def _sentence_initial(self, q):
        """The quotation opens its paragraph or sentence (not a phrase quoted inside a sentence)."""
        line_start = self.ctx.lines[self.ctx.line_of(q.open)]
        before = self.text[line_start:q.open].rstrip()
        return not before or before[-1] in ".!?:”\"’…" or before.endswith("...")

    def quote_after(self, v, subj):
        k = self.ctx.quote_starting_after(v.i)
        if k is None or k in self.ctx.used:
            return None
        q = self.ctx.quotes[k]
        if subj is not None and subj.left_edge.i <= self.ctx.q_open_tok[k] <= subj.right_edge.i:
            return None  # says "Kyiv Independent": the quotation is the speaker's name
        inner = self.text[q.start:q.end].rstrip()
        rest = self.text[q.close:q.close + 40].lstrip(" ")
        if q.closed and inner[-1:] not in ".!?" and rest[:1].isalnum():
            return None  # said that "race still determines too much" in America, ...: a quoted fragment of a clause
        if self.ctx.line_of(q.open) != self.ctx.line_of(v.idx):
            return None
        ot = self.ctx.q_open_tok[k]
        if ot - v.i > 15:
            return None
        short = len(self.text[q.start:q.end].split()) < 4
        for t in self.doc[v.i + 1:ot]:
            if t.is_space or t.text in (",", ":", "—", "–", "-") or t.lower_ == "that" and t.i == ot - 1:
                continue  # (acknowledged that "...")
            if short and t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "pobj") and (
                    subj is None or not subj.left_edge.i <= t.i <= subj.right_edge.i):
                return None  # 'blamed the air force's performance on "heavily scripted" training': a phrase
            if t.text in (".", "!", "?", ";") or t.pos_ in ("VERB", "AUX"):
                return None
            ch = _is_under(t, v)
            if ch is None or ch.dep_ not in GAP_DEPS:
                return None
            if t.dep_ == "prep" and t.head.i == v.i and t.lower_ in CONTENT_PREPS - {"as"}:
                return None
        return k

    def resumed_quote(self, v, k):
        """'"A," Tester said, referring to the excuse, "you give ammunition ..."': after the cue clause and a
        participle or name that quote_after does not pass over, a quotation that resumes the interrupted sentence
        (it starts in lower case, after a comma, with no sentence end or other cue in between) is its second part."""
        k2 = k + 1
        if k2 >= len(self.ctx.quotes) or k2 in self.ctx.used:
            return None
        q = self.ctx.quotes[k2]
        if self.ctx.line_of(q.open) != self.ctx.line_of(v.idx) or q.open < v.idx:
            return None
        first = next((ch for ch in self.text[q.start:q.end] if ch.isalnum()), "")
        if not first.islower() or not self.text[:q.open].rstrip().endswith(","):
            return None
        ot = self.ctx.q_open_tok[k2]
        if ot - v.i > 20 or any(t.text in (".", "!", "?", ";", ":") or t.text in QUOTE_CHARS or t.i in self.cue_idx
                                for t in self.doc[v.i + 1:ot]):
            return None
        return k2

    def colon_after(self, v):
        doc = self.doc
        end = min(len(doc), v.i + 10)
        for t in doc[v.i + 1:end]:
            if t.text == ":":
                ln = self.ctx.line_of(t.idx)
                line_end = self.ctx.lines[ln + 1] - 1 if ln + 1 < len(self.ctx.lines) else len(self.text)
                if not self.text[t.idx + 1:line_end].strip():
                    # "The governor added:" closing its paragraph: the next paragraph is the (block) quotation
                    m = re.search(r"\S", self.text[line_end:])
                    if m is None:
                        return None
                    ns = line_end + m.start()
                    nl = self.ctx.line_of(ns)
                    ne = self.ctx.lines[nl + 1] - 1 if nl + 1 < len(self.ctx.lines) else len(self.text)
                    k = self.ctx.quote_containing(min(ns + 1, len(self.text) - 1))
                    if k is not None and self.ctx.quotes[k].open == ns:
                        return self.ctx.quotes[k].start, self.ctx.quotes[k].end
                    return ns, ne
                sent = v.sent
                ce = min(sent.end_char, self.ctx.lines[self.ctx.line_of(t.idx) + 1] - 1
                         if self.ctx.line_of(t.idx) + 1 < len(self.ctx.lines) else len(self.text))
                # a quotation opened after the colon runs to its own end (its first word is one past the mark)
                m = _FIRST_MARK.match(self.text, t.idx + 1)
                k = self.ctx.quote_containing(min(m.end(), len(self.text) - 1)) if m else None
                if k is not None:
                    ce = max(ce, self.ctx.quotes[k].end)
                return t.idx + 1, ce
            if t.text in (".", "!", "?", ";") or t.pos_ in ("VERB", "AUX") or t.text in QUOTE_CHARS:
                return None
            ch = _is_under(t, v)
            if ch is None or ch.dep_ not in GAP_DEPS:
                return None
        return None

    def clause(self, v):
        comps = [c for c in v.children if c.dep_ == "ccomp"]
        if not comps:
            return None
        c = comps[0] if len(comps) == 1 else min(comps, key=lambda x: abs(x.i - v.i))
        if "that" in self._takes(v) and not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return None  # "the report found that ..." is a finding; "she found the coaching useful" is not
        same_side = [x for x in comps if (x.i > v.i) == (c.i > v.i)]
        lo, hi = min(x.left_edge.i for x in same_side), max(x.right_edge.i for x in same_side)
        if c.i > v.i and not any(x.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for x in c.children) and (
                c.tag_ in FINITE_TAGS or any(x.dep_ == "aux" and x.tag_ in FINITE_TAGS for x in c.children)):
            # "has said single people and families - gay, straight - would qualify": the parse took the finite
            # clause's subject for the cue's object
            obj = [x for x in v.children if x.dep_ == "dobj" and v.i < x.i < c.i]
            if obj:
                lo = min(lo, obj[0].left_edge.i)
        if lo < v.i < hi:  # parse error: the cue sits inside its own clause; keep the side that holds the head
            lo, hi = (v.i + 1, hi) if c.i > v.i else (lo, v.i - 1)
        # cut before a conjoined second cue: "X said A but said B"
        for d in c.subtree:
            if d.dep_ in ("conj", "advcl") and d.i > c.i and self._speaks(d) and not self._in_modifier(d, c) \
                    and not _infinitival(d):
                hi = min(hi, d.left_edge.i - 1)  # "... but said B", "..., saying B": B is its own statement
        hi, lo = self._extend(v, c, lo, hi)
        while hi > lo and (self.doc[hi].is_punct and self.doc[hi].text not in QUOTE_CHARS
                           or self.doc[hi].dep_ in ("cc", "mark")):
            hi -= 1  # (nor a dangling "while" before another speaker's clause)
        cs, ce = self.doc[lo].idx, self.doc[hi].idx + len(self.doc[hi])
        # a quotation opened inside the clause runs to its end
        k = self.ctx.quote_containing(max(cs, ce - 1))
        if k is not None and self.ctx.quotes[k].end > ce and self.ctx.line_of(self.ctx.quotes[k].end) == \
                self.ctx.line_of(ce) and self.ctx.quotes[k].end - ce < 200:
            ce = self.ctx.quotes[k].end
        return cs, ce, c

    def _speaks(self, t):
        """t, a verb of the cue lexicon inside another statement's clause, is used as a cue: it has reported content
        of its own (a clause, a lexicon frame, a quotation or colon right after it). Not "would eventually add $84
        billion", "when asked to do so by police", "to assert their rights", "even if the court found an interest"."""
        cue = _cue_of(t, self.verbs, self.forms, False)
        if cue is None or t.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in t.children):
            return False  # ("when asked to do so": a reduced passive is nobody's cue)
        comps = [c for c in t.children if c.dep_ in ("ccomp", "parataxis")]
        if "that" in cue.takes:
            return any(m.dep_ == "mark" and m.lower_ == "that" for c in comps for m in c.children)
        if comps:
            return True
        kids = list(t.children)
        if "to" in cue.takes and any(c.dep_ == "xcomp" for c in kids) or "obj" in cue.takes and any(
                c.dep_ == "dobj" for c in kids) or any(c.dep_ in ("prep", "prt") and c.lower_ in cue.preps for c in kids):
            return True
        nxt = t.doc[t.i + 1:t.i + 4]
        return any(x.text == ":" or x.text in QUOTE_CHARS for x in nxt[:2])

    @staticmethod
    def _in_noun_modifier(t, depth=8):
        """The cue t sits in a relative clause or another modifier of a noun ("Scott's relatives, who asked
        authorities to show them the video, watched it", "something a 911 caller also told a dispatcher"): its
        statement is nested in the outer content without ending it."""
        cur = t
        for _ in range(depth):
            if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return True
            if cur.head.i == cur.i:
                return False
            cur = cur.head
        return False

    @staticmethod
    def _in_modifier(d, c):
        """d sits inside a relative clause or another noun modifier of c's clause ("a conversation that humanizes
        black people and demands respect"), not conjoined to the clause itself."""
        cur = d
        while cur.i != c.i and cur.head.i != cur.i:
            if cur.dep_ in ("relcl", "acl", "pcomp", "pobj", "xcomp"):
                return True
            cur = cur.head
        return False

    def _closes_sentence(self, v):
        """The cue v and its subject close their sentence after a comma: "A, the source added (on Friday)."."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        start = min(v.i, subj.left_edge.i) if subj is not None else v.i
        sent = v.sent
        if start - 1 <= sent.start or self.doc[start - 1].text not in (",", "—", "–"):
            return False
        line = self.ctx.line_of(v.idx)
        return all(t.is_punct or t.is_space or self.ctx.line_of(t.idx) != line or _is_under(t, v) is not None
                   and _is_under(t, v).dep_ in ("prep", "npadvmod", "advmod") for t in self.doc[v.i + 1:sent.end])

    @staticmethod
    def _governed(t, v, depth=8):
        """The cue t heads a complement clause of the cue v, directly or through other complements ("Clinton had told
        police ..., the source added"); not a conjunct ("A said X, and the S.E.C. said Y", "said he'd battled ... and
        called it ..."), an adverbial clause ("..., while Democrats accused ...", "..., citing ...") or a relative
        clause ("what analysts describe as ..."): those are statements of their own under any nesting."""
        cur = t
        for _ in range(depth):
            if cur.dep_ not in ("ccomp", "xcomp"):
                return False
            if cur.head.i == cur.i:
                return False
            if cur.head.i == v.i:
                # after the cue, only its first complement: a second one is a clause coordinated with it that the
                # parse hung on the cue ("Republicans said they're convinced ... and Democrats accused ...")
                return not (cur.i > v.i and any(c.dep_ == "ccomp" and v.i < c.i < cur.i for c in v.children))
            cur = cur.head
        return False

    @staticmethod
    def _subordinate(t):
        """t, a cue verb after a reported clause, heads a subordinate clause of it ("Trump was right when he said
        ...", "... because the governor announced ..."): that clause is part of the content, not where it ends."""
        return t.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.i < t.i and m.lower_ in SUBORDINATORS
                                         for m in t.children) and any(x.dep_ == "nsubj" for x in t.children)

    def _extend(self, v, c, lo, hi):
        """Reported clauses run to the end of their sentence (a parse often hangs a clause's tail elsewhere) and,
        before the cue, from the sentence start; both stop at another cue's clause."""
        doc = self.doc
        sent = v.sent
        line = self.ctx.line_of(v.idx)
        if c.i > v.i:
            j = hi + 1
            while j < sent.end and self.ctx.line_of(doc[j].idx) == line:
                t = doc[j]
                if t.i in self.cue_idx and (self._speaks(t) or any(x.dep_ == "nsubj" for x in t.children)) \
                        and self.ctx.quote_containing(t.idx) is None and not self._in_noun_modifier(t) \
                        and not self._subordinate(t):
                    # (a cue inside a quotation is its words; one in a relative clause is nested in the content)
                    s = _subject(t, self.text)
                    if s is not None and hi < s.i < t.i:
                        j = _mention(s)[0]
                    break
                ch = _is_under(t, v)
                if ch is not None and ch.i != c.i and ch.dep_ in ("advcl", "conj", "parataxis", "ccomp") and any(
                        x.i in self.cue_idx and self._speaks(x) and not self._subordinate(x) for x in ch.subtree):
                    j = ch.left_edge.i
                    break
                j += 1
            hi = max(hi, j - 1)
        else:
            k = lo - 1
            # (nesting="outer": a cue closing its sentence, "A, the source added.", takes all of A, another speaker's
            # attribution inside it too: "Clinton had told police ..., but the NYPD overruled that request")
            over = self.nesting == "outer" and self._closes_sentence(v)
            while k >= sent.start and self.ctx.line_of(doc[k].idx) == line and (
                    doc[k].i not in self.cue_idx or over) and doc[k].text not in QUOTE_CHARS:
                k -= 1
            if k < sent.start or self.ctx.line_of(doc[k].idx) != line:
                lo = k + 1
        return hi, lo

    def leading(self, v, cue):
        """"X said in a statement that A" / "X said having ... was a boost": the parse gave no ccomp; the rest of
        the sentence after the cue's adverbials, when it holds a finite verb."""
        if "obj" in cue.takes or "that" in cue.takes:
            return None
        doc = self.doc
        sent_end = min(v.sent.end, len(doc))
        j = v.i + 1
        while j < sent_end:
            t = doc[j]
            if (t.dep_ == "mark" or t.lower_ in REL_PRON | {"when", "while", "where", "as"}) \
                    and not (t.dep_ == "mark" and t.lower_ == "that"):
                return None  # "added a goal when ...", "responded for the Oilers, who ...": not reported speech
            if t.pos_ in ("VERB", "AUX") and t.dep_ in ("acl", "relcl", "amod") and t.head.i < t.i:
                j += 1  # "in an interview posted on YouTube that ...": a modifier inside the cue's adverbial
                continue
            if t.dep_ == "dobj" and t.head.i == v.i:
                if not any(x.tag_ in FINITE_TAGS for x in t.subtree):
                    return None  # "added a goal", "posted a video": an object, not a reported clause
                j = t.left_edge.i  # "insisted the plane ... touched", "stressing the fact that ...": from the object
                break
            if t.dep_ == "mark" or t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "nsubjpass", "expl"):
                break
            if t.text in QUOTE_CHARS or t.text in (".", "!", "?", ";", ":") or t.i in self.cue_idx:
                return None
            if _is_under(t, v, maxdepth=12) is None or t.dep_ == "cc" and t.head.i == v.i or t.text == "," and \
                    v.dep_ == "parataxis":
                return None  # "A, he said, (but|and) B": the words after the comma are after_comma's ("said in an
                # interview with an opposition lawmaker posted on YouTube on Sunday that ...": deep adverbials)
            j += 1
        if j >= sent_end or self.ctx.line_of(doc[j].idx) != self.ctx.line_of(v.idx):
            return None
        end = sent_end - 1
        for t in doc[j:sent_end]:
            if t.i in self.cue_idx or self.ctx.line_of(t.idx) != self.ctx.line_of(v.idx):
                end = t.i - 1
                break
        if end - j < 2 or not any(t.tag_ in FINITE_TAGS for t in doc[j:end + 1]):
            return None
        return doc[j].idx, doc[end].idx + len(doc[end])

    def _takes(self, v):
        cue = _cue_of(v, self.verbs, self.forms, True)
        return cue.takes if cue else frozenset()

    def as_clause(self, v):
        """"As he revealed, A" / "As the newspaper added, A": the main clause after the cue's clause."""
        if v.dep_ != "advcl" or not any(ch.dep_ == "mark" and ch.lower_ == "as" for ch in v.children):
            return None
        lo = v.right_edge.i + 1
        hi = min(v.sent.end, len(self.doc)) - 1
        if hi - lo < 2:
            return None
        return self.doc[lo].idx, self.doc[hi].idx + len(self.doc[hi])

    def after_comma(self, v, cue, quoted_fragment=False):
        """"But, she added, A" / "X said on Friday, A": the cue clause and its own dependents, then a comma.
        quoted_fragment: A may be a verbless fragment that holds a quotation ('Oz is "smart as hell," Mosko wrote in
        an email, and "full of s---."')."""
        bare = v.dep_ == "parataxis" and not any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "prep", "prt", "oprd")
                                                  for c in v.children)  # "Almost all revenues, they promise, will"
        if ("obj" in cue.takes or cue.preps) and not bare or v.dep_ not in ("ROOT", "parataxis", "ccomp") or \
                v.dep_ == "ccomp" and v.head.i < v.i:
            return None  # ("Asked what he would tell the mayor, the man ...": tell's clause ends at the comma)
        doc = self.doc
        if v.lemma_ != "tell" and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "NUM") for c in v.rights):
            return None  # "suggested a more permissive approach, allowing ...": a cue with its own object is not
            # a parenthetical ("A, he told reporters, B" is)
        r = v.right_edge.i
        for ch in v.rights:
            if ch.dep_ in CLAUSAL or ch.dep_ == "cc":  # (", he says, and are meant ...": the cc hangs on the cue)
                r = ch.left_edge.i - 1
                break
            if ch.dep_ == "prep" and ch.left_edge.i > v.i + 1 and doc[ch.left_edge.i - 1].text == "," \
                    and ch.lower_ not in cue.particles:
                r = ch.left_edge.i - 2  # "A, experts say, including a provision ...": the host clause resumes
                break
        if r + 1 >= len(doc) or doc[r + 1 if doc[r].text != "," else r].text != ",":
            return None
        start = r + 2 if doc[r].text != "," else r + 1
        end = min(v.sent.end, len(doc)) - 1
        if end - start < 3 or not any(t.tag_ in FINITE_TAGS for t in doc[start:end + 1]) and not (
                quoted_fragment and any(t.text in QUOTE_CHARS for t in doc[start:end + 1])):
            return None
        if any(t.i in self.cue_idx and not self._in_noun_modifier(t) for t in doc[start:end + 1]):
            return None  # (a cue in a relative clause is nested in the words: "a provision they say could exclude")
        return doc[start].idx, doc[end].idx + len(doc[end])

    def _interrupting_name(self, subj, v):
        """A proper-noun apposition of the cue's subject that stands right before the cue, set off by a comma from
        a stretch holding a verb, with a comma after the cue: the speaker of a parenthetical cue ("To understand the
        real Dred Scott, Chief Justice Roberts said, one should ..."); else None. ("The governor of Luhansk, Serhiy
        Haidai, said" has no verb before the name.)"""
        if subj.dep_ != "nsubj" or subj.head.i != v.i:
            return None
        doc = self.doc
        ap = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and subj.i < c.i < v.i), None)
        if ap is None or ap.right_edge.i != v.i - 1 or doc[ap.left_edge.i - 1].text != "," or v.i + 1 >= len(doc) \
                or doc[v.i + 1].text != ",":
            return None
        if not any(t.pos_ == "VERB" for t in doc[v.sent.start:ap.left_edge.i - 1]):
            return None
        return ap

    def parenthetical_lead(self, v, mention, lo=None, own_lefts=False):
        """"Too often, he says, they get it": the words before a cue clause set off by commas inside a sentence
        are the first part of the interrupted statement (ANNOTATION.md: a statement interrupted by its cue gives
        two). Not the cue's own adverbials ("In a statement Monday, the ministry said, ..."), a question put to the
        speaker ("Asked whether ..., McCallum said, ..."), a lone conjunction ("But, she added, ...") or another
        cue's words."""
        doc = self.doc
        sent = v.sent
        as_clause = lo is not None
        lo = lo if as_clause else min(mention[0], v.i) if mention else v.i
        if not as_clause and not own_lefts and any(c.left_edge.i < lo for c in v.lefts if not c.is_punct) or \
                lo - 1 <= sent.start or doc[lo - 1].text not in (",", "—", "–"):
            return None
        toks = [t for t in doc[sent.start:lo - 1] if not (t.is_punct or t.is_space)]
        if len(toks) < 2 and not (toks and toks[0].dep_ in ("nsubj", "nsubjpass") and toks[0].pos_ != "PRON") \
                or self.ctx.line_of(toks[0].idx) != self.ctx.line_of(v.idx):
            return None
        if any(t.i in self.cue_idx or t.text in QUOTE_CHARS for t in doc[toks[0].i:lo - 1]):
            return None
        if toks[0].lower_ in ("asked", "when", "if", "as", "in", "on", "at", "speaking", "writing", "during") \
                and not any(t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE_TAGS for t in toks):
            return None  # (a question put to the speaker, the occasion or time of the cue; "At 2,300 feet" aside)
        if all(t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "DET", "CCONJ", "PUNCT") for t in toks):
            return None  # "On Tuesday, he said, ..."
        # the fragment belongs to the clause that resumes after the cue, not to the cue clause
        if not own_lefts and not any(t.head.i > v.i or t.dep_ == "ROOT" for t in toks):
            return None  # (own_lefts: the parse hung the fragment on the cue, as its subject)
        return toks[0].idx, toks[-1].idx + len(toks[-1])

    def frames(self, v, cue):
        if not cue.takes:
            return None
        parts = []
        for c in v.rights:
            dep = c.dep_
            if not parts and _particle_mark(c, v, cue) is not None:
                parts.append(c)  # "called for Ukraine to be given fighter jets"
                break
            if dep == "xcomp" and "to" in cue.takes and any(a.lower_ == "to" for a in c.children):
                parts.append(c)
            elif (dep in ("dobj", "dative") or dep == "oprd" and not parts and "oprd" in cue.takes and any(
                    x.dep_ == "oprd" and x.i > c.i for x in v.rights)) \
                    and ("obj" in cue.takes or "to" in cue.takes and any(
                    x.dep_ == "xcomp" and x.i > c.i for x in v.rights) or "oprd" in cue.takes and any(
                    x.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and x.i > c.i for x in v.rights) or "oprd" in cue.takes
                    and dep == "dobj" and any(r.dep_ in ("amod", "appos") and self.ctx.quote_containing(r.idx)
                                              is not None for r in c.rights)):
                parts.append(c)  # "told the US to stop": the addressee belongs to the request ("called Trump a
                # liar" parsed with two oprd: the first is the object; 'called the conclusion "bold"' parsed with the
                # quoted complement as a modifier after the object)
            elif dep in ("prep", "prt", "dative") and c.lower_ in (cue.preps or set()) | (
                    CONTENT_PREPS if "obj" in cue.takes and parts else set()):
                objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
                if objs and all(o.ent_type_ in NON_CONTENT_ENTS for o in objs):
                    continue
                if not objs and (dep == "prt" or c.right_edge.i == c.i):
                    continue  # "called on" + xcomp/dobj follow as siblings; "something X had pushed for": stranded
                parts.append(c)
            elif parts and (dep in ("xcomp", "oprd", "acomp") or dep == "ccomp" and "oprd" in cue.takes
                            or dep == "advcl" and any(a.lower_ == "to" for a in c.children)):
                parts.append(c)  # "called on X to ...", "urged X to ..."
            elif parts and dep == "punct" and c.text in QUOTE_CHARS:
                continue  # called them ''Manchurian anchors'': the quotation mark before the complement
            elif dep == "prep" and parts and parts[-1].dep_ in ("oprd", "xcomp", "acomp") and parts[-1].i < c.i \
                    and c.i == parts[-1].right_edge.i + 1 + (self.doc[parts[-1].right_edge.i + 1].text in QUOTE_CHARS) \
                    and not any(o.ent_type_ in NON_CONTENT_ENTS for o in c.children):
                parts.append(c)  # "called him a master at bolting together deals": the parse hung the complement's
                # prepositional phrase on the cue ("a true wake-up call" to his coalition)
            elif dep == "prep" and parts and parts[-1].dep_ == "dobj" and "oprd" in cue.takes and any(
                    x.dep_ == "oprd" and x.left_edge.i == c.right_edge.i + 1 for x in v.rights):
                parts.append(c)  # "called her vote in favor of the Iraq War a mistake": the parse hung the object's
                # prepositional phrase on the cue, before the complement
            elif parts and dep in ("punct", "cc", "prep", "advcl", "npadvmod", "conj"):
                break
        if not parts:
            return None
        lo = min(p.left_edge.i for p in parts)
        hi = max(p.right_edge.i for p in parts)
        first = min(parts, key=lambda p: p.i)
        if first.i == lo and first.dep_ in ("prep", "prt", "dative") and lo < hi and (
                first.lower_ in cue.particles or first.i == getattr(_lead_prep(v, cue), "i", -1)) \
                or _particle_mark(first, v, cue) is not None:
            lo += 1  # "called for | peace talks", "called on | all actors to join": the particle is the cue's
        while hi > lo and self.doc[hi].is_punct and self.doc[hi].text not in QUOTE_CHARS:
            hi -= 1
        ce = self.doc[hi].idx + len(self.doc[hi])
        # 'asked the crowd to welcome the governor - "my new best friend."': a quotation after a dash that closes
        # the sentence is the content's last words
        m = _DASH_AFTER.match(self.text, ce, ce + 3)
        k = self.ctx.quote_containing(m.end() + 1) if m else None
        if k is not None and self.ctx.quotes[k].open == m.end() and self.ctx.quotes[k].closed and \
                self.text[self.ctx.quotes[k].close:self.ctx.quotes[k].close + 2].strip() in ("", ".") and \
                self.ctx.line_of(self.ctx.quotes[k].close - 1) == self.ctx.line_of(ce):
            ce = self.ctx.quotes[k].end
        return self.doc[lo].idx, ce

    def trailing(self, v, subj, mention):
        """"A, X said." with no parse link: the cue clause closes the sentence and a comma precedes it."""
        doc = self.doc
        sent = v.sent
        start = min(v.i, mention[0]) if subj is not None else v.i
        for t in doc[v.i + 1:sent.end]:
            if t.text in (",", "—", "–") and self._adjunct_after(t.i + 1, sent.end, dash=t.text != ",") and not any(
                    c.dep_ == "dobj" and c.i < t.i for c in v.children):
                break  # '"A", he said, lashing out at ...', 'A, the sources said — because ...': the cue clause ends
                # (not "At the same time, XI declares neutrality, speaking of ...": a cue with its own object)
            if t.text == "," and any(not x.is_punct for x in doc[t.i + 1:sent.end]):
                return None  # a parenthetical cue ("A, she says, B"): the content is B (after_comma)
            if not (t.is_punct or _is_under(t, v) is not None and _is_under(t, v).dep_ in ("prep", "npadvmod",
                                                                                           "advmod", "nsubj",
                                                                                           "dative", "dobj")):
                return None
        if start - 1 <= sent.start or doc[start - 1].text not in (",", "—", "–", "-"):
            return None
        lo = sent.start
        if start - 1 - lo < 3 or not any(t.tag_ in FINITE_TAGS for t in doc[lo:start - 1]):
            return None  # (a clause: not "At the same time, XI declares ...")
        return doc[lo].idx, doc[start - 2].idx + len(doc[start - 2])

    def _adjunct_after(self, i, end, dash=False):
        """doc[i:end] is an adjunct that closes a sentence after its cue clause, not the second part of an
        interrupted statement: a participle without a finite verb ("..., lashing out at the United States for ...")
        or, after a dash, a subordinate clause ("— because it would do the same damage ..."; after a comma, "A,
        Graham said, since B" is the interrupted statement's second part)."""
        doc = self.doc
        words = [t for t in doc[i:end] if not t.is_punct]
        if not words:
            return False
        if words[0].tag_ == "VBG" and not any(t.tag_ in FINITE_TAGS for t in words):
            return True
        return dash and words[0].lower_ in ("because", "although", "though", "since", "while") \
            and words[0].dep_ == "mark"

    def _quoted_subject(self, subj, v):
        """subj, the cue's own subject, lies inside a quotation that the cue is outside of and that is more than a
        name it quotes ('"My reaction, that was outrageous," the strategist said' and '"Veterans on ...," Trump
        tweeted' are parsed with a noun of the quotation as a subject; 'says "Kyiv Independent"' quotes a name)."""
        if subj.head.i != v.i:
            return False
        k = self.ctx.quote_containing(subj.idx)
        if k is None or k == self.ctx.quote_containing(v.idx):
            return False
        q = self.ctx.quotes[k]
        return not all(t.pos_ in ("PROPN", "PUNCT", "DET") for t in self.doc[self.ctx.tok_at(q.start):self.ctx.tok_at(
            max(q.start, q.end - 1)) + 1])

    def cue_verb(self, v, cue, in_title, only_quote_before):
        subj = _subject(v, self.text)
        if subj is not None and self._quoted_subject(subj, v):
            subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i != subj.i
                         and not self._quoted_subject(c, v)), None)  # the other subject the parse gave, if any
        mention = None
        if subj is not None:
            subj, mention = _past_dateline(subj, v, self.datelines)
        glued = "\n" in self.text[min(v.idx, v.head.idx):max(v.idx, v.head.idx)]  # parse across a paragraph break
        if subj is None and (glued or v.dep_ not in ("relcl", "acl", "amod", "xcomp", "advcl", "pcomp")) and \
                not any(c.dep_ in ("nsubjpass", "csubj", "expl") for c in v.children):
            subj, mention = _adjacent_subject(v, self.text)
        if subj is None:
            return
        if v.i >= 2 and self.doc[v.i - 1].lower_ in ("'s", "’s", "us") and self.doc[v.i - 2].lower_ == "let":
            return  # "Let's say you think a degree will cost $160,000": a supposition, nobody's statement
        if cue.particles and any(c.dep_ == "prt" and c.lower_ not in cue.particles and not (
                c.i + 1 < len(self.doc) and self.doc[c.i + 1].lower_ in cue.particles) for c in v.children):
            return  # another phrasal verb: "calling out Trump for his lies", "called off", "pushed back on" (not
            # "spoke out about")
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in v.children):
            # "Tester said that ..., but if the president is now saying, '...'": a hypothetical speech event inside
            # another speaker's words; what it quotes is that speaker's
            outer = next((a for a in v.ancestors if a.i in self.cue_idx and a.i != v.i), None)
            subj = _subject(outer, self.text) if outer is not None else None
            if subj is None:
                return
            mention = _mention(subj)
        if any(c.dep_ == "neg" and self.ctx.quote_containing(c.idx) is None for c in v.children):
            return  # "Facebook did not say whether ...": a speech act that did not happen ('"Probably not," she
            # said': a negation inside the quotation, hung on the cue by the parse, is the speaker's word)
        if subj.ent_type_ in ("MONEY", "QUANTITY") or subj.lemma_.lower() in NON_SPEAKERS or \
                subj.ent_type_ in ("DATE", "TIME") and subj.pos_ in ("NUM", "NOUN"):
            return  # "60 days request ...", "common belief says ..." ("63 percent said" is a poll's respondents)
        if v.dep_ == "advcl" and v.i < v.head.i and v.tag_ in ("VBN", "VBD") and \
                not any(c.dep_ == "nsubj" for c in v.children):
            return  # "Asked what he would tell the mayor, Brooks says: ..." (the question is not his statement)
        if v.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in v.children):
            return  # "Asked what he would tell the mayor, Brooks says: ..." (the question is not his statement;
            # "Axelrod on Wednesday called on Dean to ...", tagged VBN with its subject, is a past tense)
        if subj.lower_ in FIRST_SECOND and self.ctx.quote_containing(v.idx) is not None:
            return  # "I told him ..." inside somebody's quotation
        if subj.pos_ == "PRON" and subj.lower_ in ("it", "this", "that") and subj.dep_ == "nsubj" \
                and any(c.dep_ == "auxpass" for c in v.children):
            return
        cut_subject = False
        ap = self._interrupting_name(subj, v) if mention is None else None
        if ap is not None:
            # "To understand the real Dred Scott, Chief Justice Roberts said, one should visit this museum": the parse
            # took the end of the interrupted clause for the subject and the speaker for its apposition
            subj, mention, cut_subject = ap, (ap.left_edge.i, ap.right_edge.i + 1), True
        if mention is None:
            src = _document_source(subj)
            mention = _mention(src if src is not None else subj)
        cue_text, cue_lemma = self._cue_text(v, cue)
        if self.ctx.quote_containing(v.idx) is not None:
            # a cue verb inside somebody's quotation is part of their words, unless it introduces a nested
            # quotation of a third party with a colon ("as President Biden said: ...")
            if only_quote_before or subj.pos_ != "PROPN":
                return False
            span = self.colon_after(v)
            if span:
                self.add(span[0], span[1], cue_text, cue_lemma, mention, v.i)
                return True
            return False
        if only_quote_before:
            k = self.quote_before(v, subj)
            if k is not None:
                q = self.ctx.quotes[k]
                first = self.add(q.start, q.end, cue_text, cue_lemma, mention, v.i)
                k2 = self.quote_after(v, subj)
                if k2 is None:
                    k2 = self.resumed_quote(v, k)
                if k2 is not None and k2 != k:  # '"A," he added, "but B."': the quotation resumes after its cue
                    q2 = self.ctx.quotes[k2]
                    second = self.add(q2.start, q2.end, cue_text, cue_lemma, mention, v.i)
                    if first is not None and second is not None:
                        second["_joins"] = id(first)
                    return True
                span = self.frames(v, cue)  # "'A': US vows to continue support" gives A and the vow
                if span:
                    self.add(span[0], span[1], cue_text, cue_lemma, mention, v.i)
                return True
            return False
        # a phrase cue without its particle ("point" is a cue only as "pointed out"), however many auxiliaries and
        # adverbs come before it ("specifically point to ..."); plain "called" after an auxiliary ("has called X Y")
        # keeps the general rules (its complement is often parsed as part of the object)
        needs_particle = bool(cue.particles) and (cue_text == v.text or cue_lemma == cue.lemma and "oprd" not in
                                                  cue.takes)
        k = self.quote_after(v, subj)
        if k is not None:
            q = self.ctx.quotes[k]
            self.add(q.start, q.end, cue_text, cue_lemma, mention, v.i)
            return True
        if needs_particle:
            span = self.frames(v, cue) if "oprd" in cue.takes else None  # "called the charges fabricated"
            if span:
                self.add(span[0], span[1], cue_text, cue_lemma, mention, v.i)
                return True
            return False
        span = self.colon_after(v)
        if span:
            self.add(span[0], span[1], cue_text, cue_lemma, mention, v.i)
            return True
        span = self.as_clause(v)
        if span and not any(ch.dep_ == "ccomp" for ch in v.children):
            # "Hawaii, as one of his advisers pointed out, normally does not get ...": the subject before the
            # parenthetical as-clause is the first part
            lead = self.parenthetical_lead(v, mention, lo=v.left_edge.i)
            first = self.add(lead[0], lead[1], cue_text, cue_lemma, mention, v.i) if lead else None
            row = self.add(span[0], span[1], cue_text, cue_lemma, mention, v.i)
            if first is not None and row is not None:
                row["_joins"] = id(first)
            return True
        cl = self.clause(v)
        if cl:
            cs = self._back_to_quote(cl[0], cl[1]) if cl[2].i < v.i else cl[0]
            first = self.add(cs, cl[1], cue_text, cue_lemma, mention, v.i, root=cl[2].i)
            if cl[2].i < v.i and first is not None:
                # "A, the agency said in a June report, and B": the clause resumes after the cue with a conjunction
                span = self.after_comma(v, cue, quoted_fragment=True)
                words = self.text[span[0]:span[1]].split()[:2] if span else []
                if len(words) == 2 and words[0].lower() in ("and", "but") and words[1].lower() not in (
                        "as", "when", "while", "because", "after", "before", "since", "if", "amid", "with"):
                    second = self.add(span[0], span[1], cue_text, cue_lemma, mention, v.i)
                    if second is not None:
                        second["_joins"] = id(first)
            return True
        span = self.frames(v, cue)
        if span:
            self.add(span[0], span[1], cue_text, cue_lemma, mention, v.i)
            return True
        for n, span in enumerate((self.leading(v, cue), self.trailing(v, subj, mention), self.as_clause(v))):
            if span and n == 1:
                span = self._back_to_quote(span[0], span[1]), span[1]
            if span:
                self.add(span[0], span[1], cue_text, cue_lemma, mention, v.i)
                return True
        span = self.after_comma(v, cue)
        if span:
            lead = self.parenthetical_lead(v, mention, own_lefts=cut_subject)
            first = self.add(lead[0], lead[1], cue_text, cue_lemma, mention, v.i) if lead else None
            row = self.add(span[0], span[1], cue_text, cue_lemma, mention, v.i)
            if first is not None and row is not None:
                row["_joins"] = id(first)
            return True
        return False

    def according(self, a):
        doc = self.doc
        to = next((c for c in a.children if c.lower_ == "to"), None)
        if to is None and a.i + 1 < len(doc) and doc[a.i + 1].lower_ == "to":
            to = doc[a.i + 1]
        if to is None:
            return
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return
        p_lo, p_hi = a.i, max(pobj.right_edge.i, to.i)
        sent = a.sent
        start = sent.start
        while start > 0 and doc[start].is_lower and doc[start - 1].is_punct and \
                self.ctx.line_of(doc[start - 1].idx) == self.ctx.line_of(doc[start].idx):
            start = doc[start - 1].sent.start  # a sentence the parser ended inside a quotation ('chants of "Bobby!" at')
        before = [t for t in doc[start:p_lo] if not (t.is_punct or t.is_space)]
        after = [t for t in doc[p_hi + 1:sent.end] if not (t.is_punct or t.is_space)]
        if len(before) <= 3 and after:  # "According to X, A" (also "As we read, according to X, A")
            lo, hi = after[0].i, after[-1].i
        elif not after and before:
            lo, hi = before[0].i, before[-1].i
        elif before and after:
            h = a.head
            if h.left_edge.i < p_lo and h.right_edge.i > p_hi:  # the clause runs round the phrase: all of it
                lo, hi = before[0].i, after[-1].i
            elif h.i > p_hi:
                lo, hi = p_hi + 1, max(h.right_edge.i, p_hi + 1)
            else:
                lo, hi = h.left_edge.i, p_lo - 1
        else:
            return
        if hi < lo:
            return
        src = _document_source(pobj)
        mention = _mention(src if src is not None else pobj)
        cue_text = doc[a.i:to.i + 1].text
        cs, ce = doc[lo].idx, doc[hi].idx + len(doc[hi])
        # 'According to X, "A. B."': a quotation that opens the content runs to its closing mark, over sentences
        k = self.ctx.quote_containing(cs)
        if k is not None and lo > p_hi and self.ctx.quotes[k].start >= cs - 2 and self.ctx.quotes[k].end > ce \
                and self.ctx.line_of(self.ctx.quotes[k].end) == self.ctx.line_of(cs):
            ce = self.ctx.quotes[k].end
        self.add(cs, ce, cue_text, "according to", mention, a.i)

    def subheadings(self):
        text, doc = self.text, self.doc
        lines = self.ctx.lines
        for k, s in enumerate(lines):
            e = lines[k + 1] - 1 if k + 1 < len(lines) else len(text)
            if e - s > 220 or ":" not in text[s:e]:
                continue
            m = _SUBHEAD.match(text, s, e)
            if not m:
                continue
            name = m.group(1).strip()
            if name.lower() in SUBHEAD_STOP or len(name.split()) > 4 or any(ch.isdigit() for ch in name):
                continue
            cs, ce = m.start(2), e
            sp = doc.char_span(m.start(1), m.start(1) + len(name), alignment_mode="expand")
            body = doc.char_span(cs, ce, alignment_mode="expand")
            if sp is None or body is None:
                continue
            if any(_cue_of(t, self.verbs, self.forms, False) for t in sp):
                continue  # "Mr Heappey added: ..." is a cue verb's job
            if len(sp) > 1 and not any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in sp):
                continue  # "Stealth Over Health: ..." is a headline, not a speaker
            if sp[-1].pos_ not in ("PROPN", "NOUN") or (name.isupper() and len(name) > 4 and not any(
                    t.ent_type_ == "PERSON" for t in sp)):
                continue  # "Earlier: ...", market-report rubrics ("BONDS: ...", "CURRENCIES: ...")
            if body[0].lower_ in ("what", "how", "why", "where", "when", "who"):
                continue  # "Russia-Ukraine war: what we know on day 151" is a live-blog headline
            if not any(t.tag_ in FINITE_TAGS for t in body):
                continue  # "Live Briefing: Russia's Invasion Of Ukraine" (no clause) is page furniture
            if self.overlaps(cs, ce):
                continue
            self.add(cs, ce, ":", ":", (sp.start, sp.end), None)

    def headline(self):
        """Title-case headlines ("Blinken Reaffirms U.S. Commitment To Send More Weapons") parse badly: find
        "Speaker Verb-s content" by the lexicon's surface forms."""
        if not self.tc or any(r["in_title"] for r in self.rows):
            return
        doc = self.doc
        toks = []
        for t in doc:
            if t.idx + len(t) > self.tc:
                break
            toks.append(t)
        for n, t in enumerate(toks):
            lem = self.forms.get(t.lower_)
            if not lem or n == 0 or not t.lower_.endswith("s") or t.lower_ == lem:
                continue
            # speaker: the run of capitalised tokens before the verb, after a colon or closing quote
            j = n - 1
            while j >= 0 and toks[j].text[:1].isupper() and toks[j].text not in (":",) and n - j <= 5:
                j -= 1
            if j == n - 1:
                continue
            if j >= 0 and toks[j].text not in (":",) and toks[j].text not in QUOTE_CHARS:
                continue
            start = n if n + 1 >= len(toks) else n + 1
            if toks[start].lower_ == "to" and start + 1 < len(toks):
                start += 1
            if start <= n:
                continue
            cue = self.verbs[lem]
            mention = (toks[j + 1].i, toks[n].i)
            self.add(toks[start].idx, self.tc, t.text, cue.lemma, mention, t.i)
            for k, q in enumerate(self.ctx.quotes):
                if q.end <= self.tc and k not in self.ctx.used:
                    self.add(q.start, q.end, t.text, cue.lemma, mention, t.i)
            return

    def overlaps(self, cs, ce):
        return any(r["char_start"] < ce and cs < r["char_end"] for r in self.rows)

    def continuations(self):
        """Sentence-opening quotations that no cue claimed continue the previous speaker."""
        ctx, text = self.ctx, self.text
        rows = sorted(self.rows, key=lambda r: r["char_start"])
        starts = [r["char_start"] for r in rows]
        for k, q in enumerate(ctx.quotes):
            if k in ctx.used:
                continue
            if len(_WORD.findall(text[q.start:q.end])) < 3 or len(text[q.start:q.end].split()) < 3:
                continue
            if not self._sentence_initial(q):
                continue  # a quotation inside a sentence: a scare quote or a quoted phrase
            line_start = ctx.lines[ctx.line_of(q.open)]
            if text[q.open] in "'‘" and not text[line_start:q.open].strip() and \
                    not text[q.close:text.find("\n", q.close) if "\n" in text[q.close:] else len(text)].strip():
                continue  # a single-quoted line on its own is a pull-quote subheading
            if any(r["char_start"] < q.end and q.start < r["char_end"]
                   and not (q.start <= r["char_start"] and r["char_end"] <= q.end) for r in rows):
                continue  # (a statement quoted inside the quotation, "as Biden said: ...", does not block it)
            i = bisect_left(starts, q.open) - 1
            prev = rows[i] if i >= 0 else None
            if prev is not None and prev["char_end"] > q.open:
                continue
            subj = self._colon_subject(q)
            if subj is not None:
                # 'Martell, the addictions doctor, is more blunt: "With this ..."': the person the clause before the
                # colon is about says it
                row = self.add(q.start, q.end, ":", ":", _mention(subj), None)
                if row is not None:
                    rows.insert(i + 1, row)
                    starts.insert(i + 1, row["char_start"])
                continue
            src = None
            if prev is not None and ctx.para_of(q.open) - ctx.para_of(prev["char_start"]) <= 1:
                src = prev
                # '"A," said Caddell, speaking of the issue. "B."': B continues the quotation A, not the participle
                before = rows[i - 1] if i >= 1 else None
                if prev["quote_type"] != "direct" and prev["cue_i"] is not None and before is not None \
                        and self.doc[prev["cue_i"]].tag_ == "VBG" and before["quote_type"] == "direct" \
                        and before["cue_i"] == self.doc[prev["cue_i"]].head.i:
                    src = before
            elif not q.closed and i + 1 < len(rows):
                nxt = rows[i + 1]
                if ctx.para_of(nxt["char_start"]) == ctx.para_of(q.open) + 1 and nxt["quote_type"] == "direct":
                    src = nxt
            if src is None:
                continue
            row = self.add(q.start, q.end, src["cue"], src["cue_lemma"], src["speaker_span"], src["cue_i"])
            if row is not None:
                row["speaker_of"] = row["_joins"] = id(src)
                rows.insert(i + 1, row)
                starts.insert(i + 1, row["char_start"])

    def _colon_subject(self, q):
        """The person subject of the clause that a colon right before quotation q closes, when that clause has no
        speech cue of its own ('Martell, the addictions doctor, is more blunt: "..."'), else None."""
        line_start = self.ctx.lines[self.ctx.line_of(q.open)]
        before = self.text[line_start:q.open].rstrip()
        if not before.endswith(":"):
            return None
        colon = self.doc[self.ctx.tok_at(line_start + len(before) - 1)]
        if colon.text != ":":
            return None
        sent = colon.sent
        clause = [t for t in self.doc[sent.start:colon.i] if not t.is_punct]
        if not clause or any(t.i in self.cue_idx for t in clause):
            return None
        # the clause the colon closes: from the word before it up to the first verb with a subject
        cur, subj = clause[-1], None
        for _ in range(8):
            if cur.pos_ in ("VERB", "AUX"):
                subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
                if subj is not None or cur.dep_ not in ("xcomp", "acomp", "attr", "dobj"):
                    break
            if cur.head.i == cur.i or not sent.start <= cur.head.i < colon.i:
                break
            cur = cur.head
        if subj is None or not (subj.pos_ == "PROPN" and (subj.ent_type_ == "PERSON" or any(
                c.dep_ == "appos" and c.pos_ == "NOUN" for c in subj.children)) or subj.lower_ in ("he", "she")):
            return None  # (a person: tagged so, or given a role in apposition: "Martell, the addictions doctor")
        return subj

    def run(self):
        doc = self.doc
        cands = []
        self.cue_idx = set()
        for t in self._maybe_cues():
            in_title = t.idx < self.tc
            if t.lower_ == "according" and (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to"):
                cands.append((t, None, in_title))
                continue
            cue = _cue_of(t, self.verbs, self.forms, in_title)
            if cue is not None:
                cands.append((t, cue, in_title))
        self.cue_idx = {t.i for t, _, _ in cands}
        # pass 1: quotations closed right before their cue ("A," X said) claim their quote first
        done = set()
        for t, cue, in_title in cands:
            if cue is not None and self.cue_verb(t, cue, in_title, only_quote_before=True):
                done.add(t.i)
        for t, cue, in_title in cands:
            if t.i in done:
                continue
            if cue is None:
                self.according(t)
            else:
                self.cue_verb(t, cue, in_title, only_quote_before=False)
        self.subheadings()
        self.headline()
        self.nested()
        self.continuations()
        return self.finish()

    def _maybe_cues(self):
        """The tokens `run` looks at: lemma (lower-cased) or form in the cue lexicon, or "according"; the others
        cannot be a cue. Picked on the doc's hash arrays, so that no Token object is made for the ~97% of tokens that
        are neither."""
        doc = self.doc
        strings = doc.vocab.strings
        pairs = doc.to_array(["LEMMA", "LOWER"]).tolist()
        lemma_ok = {h for h in {lem for lem, _ in pairs} if strings[h].lower() in self.verbs}
        form_ok = {h for h in {low for _, low in pairs} if strings[h] in self.forms or strings[h] == "according"}
        return [doc[i] for i, (lem, low) in enumerate(pairs) if lem in lemma_ok or low in form_ok]

    def nested(self):
        """'A reported that B said X': drop A's statement whose clause is B's cue (innermost speaker wins). Under
        nesting="outer" A keeps its whole clause ("B said X") and B's statement inside it is dropped instead, also
        where B's cue heads a deeper complement of A's or A's cue closes the sentence; an attribution elsewhere in
        A's clause (a relative clause: "the $18 million he says he raised", a conjunct, an adverbial clause) still
        ends A's content, as under "inner". Under both, a speech verb inside A's clause that reports no speech event
        of its own (an infinitive, a modal, a by/after/before gerund) is part of A's words, and gives no row."""
        # an infinitive ("called Machado to express gratitude"), a modal ("hopes his successor will push for") or a
        # gerund adjunct ("said Prigozhin had implicated Putin by admitting ...") inside another statement's clause
        # is not a second speaker's attribution: part of the outer words, in either nesting, not a statement of its own
        weak = {id(r) for r in self.rows if r["cue_i"] is not None and r["quote_type"] != "direct" and (
            _infinitival(self.doc[r["cue_i"]]) or _hypothetical(self.doc[r["cue_i"]])
            or _adjunct_gerund(self.doc[r["cue_i"]]))}

        def within(o, r):
            return o is not r and r["char_start"] <= self.doc[o["cue_i"]].idx < r["char_end"] and \
                r["char_start"] <= o["char_start"] and o["char_end"] <= r["char_end"]

        cue_tokens = {r["cue_i"] for r in self.rows if r["cue_i"] is not None}
        inner = [r for r in self.rows if r["cue_i"] is not None and r["quote_type"] != "direct"]
        by_cue = {}
        for r in self.rows:
            if r["cue_i"] is not None:
                by_cue.setdefault(r["cue_i"], r)
        keep, dropped = [], set()
        for r in self.rows:
            if r["cue_lemma"] == "according to" and r["speaker_span"] and any(
                    t.lemma_.lower() in DOCUMENT_NOUNS for t in self.doc[r["cue_i"]:r["speaker_span"][1]]) and any(
                    o is not r and o["cue_i"] is not None and o["cue_lemma"] != "according to"
                    and r["char_start"] <= self.doc[o["cue_i"]].idx < r["char_end"] for o in self.rows):
                continue  # '"A," he said ..., according to a statement from the presidency': he said it
            if r["_root"] is not None and r["_root"] in cue_tokens:
                o = by_cue.get(r["_root"])
                if self.nesting == "outer" or o is not None and id(o) in weak and within(o, r):
                    if o is not None and o is not r and r["char_start"] <= o["char_start"] and \
                            o["char_end"] <= r["char_end"]:
                        dropped.add(id(o))
                    keep.append(r)
                    continue
                if o is not None and o is not r and o["speaker_span"] and o["char_end"] <= self.doc[
                        o["speaker_span"][0]].idx and r["char_start"] < self.doc[o["speaker_span"][0]].idx < r["char_end"]:
                    # the parse hung B's clause on a trailing cue: "The governor has said that X, the Kyiv Independent
                    # reports": B (the governor) keeps X, without the trailing attribution, which is dropped
                    cs, ce = self._trim(r["char_start"], self.doc[o["speaker_span"][0]].idx)
                    if len(_WORD.findall(self.text[cs:ce])) >= 3:
                        r["char_start"], r["char_end"], r["text"] = cs, ce, self.text[cs:ce]
                        dropped.add(id(o))
                        keep.append(r)
                continue  # "A reported that B said X": the reported clause is B's attribution, B keeps it
            block = r["cue_i"] is not None and self.ctx.line_of(r["char_start"]) > self.ctx.line_of(
                self.doc[r["cue_i"]].idx)  # a block quotation set off in its own paragraph: all the speaker's words
            if r["quote_type"] != "direct" and r["cue_i"] is not None and not block:
                inside = [o for o in inner if id(o) not in weak and within(o, r)
                          and not self._in_noun_modifier(self.doc[o["cue_i"]])]
                # PolNeAR ("outer"): the outer speaker keeps the whole clause with an attribution its cue governs
                # ("Clinton had told police officials that ..., but the NYPD overruled that request, the source
                # added"), the clause "according to" hangs on ("According to her account, ... she insisted that ...")
                # or anything before a cue closing its sentence
                cue_tok = self.doc[r["cue_i"]]
                trailing = r["cue_lemma"] != "according to" and r["char_end"] <= cue_tok.idx and \
                    self._closes_sentence(cue_tok)
                sub = [o for o in inside if trailing or self._governed(self.doc[o["cue_i"]], cue_tok) or (
                    r["cue_lemma"] == "according to" and cue_tok.head.i == o["cue_i"])] \
                    if self.nesting == "outer" else []
                if sub:
                    dropped.update(id(o) for o in sub)
                elif inside:
                    # another attribution inside the clause: the outer content stops where it starts
                    o = min(inside, key=lambda x: x["char_start"])
                    spk = self.doc[o["speaker_span"][0]].idx if o["speaker_span"] else o["char_start"]
                    cut = min(self.doc[o["cue_i"]].idx, o["char_start"], spk if spk >= r["char_start"] else o["char_start"])
                    # (not at a speaker before the outer content: "Rendell said he'd battled ... and called it ...")
                    cs, ce = self._trim(r["char_start"], max(r["char_start"], cut))
                    while ce > cs and self.doc[self.ctx.tok_at(ce - 1)].dep_ in ("cc", "aux", "neg"):
                        ce = self._trim(cs, self.doc[self.ctx.tok_at(ce - 1)].idx)[1]  # (no dangling "and have")
                    if len(_WORD.findall(self.text[cs:ce])) < 3 or cs < ce and self.doc[o["cue_i"]].idx < cs or \
                            r["cue_lemma"] == "according to" and not any(t.tag_ in FINITE_TAGS for t in self.doc[
                                self.ctx.tok_at(cs):self.ctx.tok_at(ce - 1) + 1]):
                        continue  # (nor a clause left without its verb: "According to her account, after examining")
                    last = self.doc[self.ctx.tok_at(ce - 1)]
                    if last.lower_ in SUBORDINATORS and last.dep_ in ("mark", "advmod"):
                        # "Trump was 'absolutely right' when he said ...": the other attribution sits in a
                        # subordinate clause of the content, which is all the outer speaker's
                        keep.append(r)
                        continue
                    r["char_start"], r["char_end"], r["text"] = cs, ce, self.text[cs:ce]
                    if not any(ch in QUOTE_CHARS for ch in r["text"]):
                        r["quote_type"] = "indirect"
            keep.append(r)
        for r in keep:
            if id(r) not in dropped and r["quote_type"] != "direct":
                dropped.update(id(o) for o in inner if id(o) in weak and within(o, r))
        self.rows = [r for r in keep if id(r) not in dropped]

    def finish(self):
        rows, seen = [], set()
        for r in sorted(self.rows, key=lambda r: (r["char_start"], -r["char_end"])):
            key = (r["char_start"], r["char_end"])
            if key in seen:
                continue
            seen.add(key)
            rows.append(r)
        index = {id(r): n for n, r in enumerate(rows)}
        for r in rows:
            if r["speaker_of"] is not None:
                r["speaker_of"] = index.get(r["speaker_of"])
            r["_joins"] = index.get(r.get("_joins"))
            r.pop("_root", None)
            r["speaker_text"] = self.doc[r["speaker_span"][0]:r["speaker_span"][1]].text if r["speaker_span"] else ""
        return rows


QUOTE_PARTS = ("split", "join")
NESTINGS = ("inner", "outer")


def join_parts(rows, text):
    """The join convention: the parts of one interrupted or continued statement (rows linked by `_joins`: a
    quotation resumed after its cue, the words before a parenthetical cue, a quotation continued without a new
    cue) become one row: their texts joined by one space (as brat gives a discontinuous span), char_start of the
    first part, char_end of the last, the first part's cue and speaker; direct when every part is, else mixed when
    any part holds a quotation, else indirect. Rows must be sorted by char_start with `_joins` as row indices."""
    parent = list(range(len(rows)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, r in enumerate(rows):
        j = r.get("_joins")
        if j is not None and 0 <= j < len(rows):
            parent[root(i)] = root(j)
    groups = {}
    for i in range(len(rows)):
        groups.setdefault(root(i), []).append(i)
    out = []
    for members in sorted(groups.values(), key=lambda m: rows[min(m)]["char_start"]):
        parts = sorted((rows[i] for i in members), key=lambda r: r["char_start"])
        if len(parts) == 1:
            out.append(parts[0])
            continue
        row = dict(parts[0])
        row["text"] = " ".join(p["text"] for p in parts)
        row["char_end"] = max(p["char_end"] for p in parts)
        types = {p["quote_type"] for p in parts}
        row["quote_type"] = "direct" if types == {"direct"} else "mixed" if types & {"direct", "mixed"} or any(
            ch in QUOTE_CHARS for p in parts for ch in text[p["char_start"]:p["char_end"]]) else "indirect"
        out.append(row)
    return out


def extract(doc, article, quote_parts="split", nesting="inner"):
    """Statements of one article (see the module docstring); returns dicts with CONTRACT_KEYS only.
    quote_parts: "split" (ANNOTATION.md: each part of an interrupted or continued statement is a row) or "join"
    (PolNeAR: one row per statement, its parts joined; `join_parts`).
    nesting: "inner" (ANNOTATION.md: in "A said that B promised X" the statement is B's, X) or "outer" (PolNeAR:
    it is A's, "B promised X"; see `_Finder.nested`)."""
    if quote_parts not in QUOTE_PARTS:
        raise ValueError(f"quote_parts must be one of {QUOTE_PARTS}, not {quote_parts!r}")
    if nesting not in NESTINGS:
        raise ValueError(f"nesting must be one of {NESTINGS}, not {nesting!r}")
    rows = _Finder(doc, article, nesting=nesting).run()
    speakers.resolve_speakers(doc, rows, article)
    if quote_parts == "join":
        rows = join_parts(rows, article["text"])
    out = []
    for r in rows:
        d = {k: r.get(k) for k in CONTRACT_KEYS}
        d["speaker_text"] = d["speaker_text"] or ""
        d["speaker_name"] = d["speaker_name"] or "UNKNOWN"
        d["speaker_id"] = d["speaker_id"] or d["speaker_name"]
        d["speaker_type"] = d["speaker_type"] or "unknown"
        d["speaker_role"] = d["speaker_role"] or ""
        d["speaker_country"] = d["speaker_country"] or ""
        d["speaker_is_official"] = bool(d["speaker_is_official"])
        out.append(d)
    return out
