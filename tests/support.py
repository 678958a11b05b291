"""Helpers shared by test modules (on sys.path through pytest's `pythonpath` setting in pyproject.toml)."""

from __future__ import annotations

from pledgewatch import statements


def extract_rows(nlp, body: str, title: str = "", published: str | None = None, **kw) -> list[dict]:
    """statements.extract on one text given as an article, with the contract's checks on every row: the contract's
    keys, and (under the default quote_parts='split') offsets that index the text exactly."""
    text = f"{title}\n\n{body}" if title else body
    art = {"article_id": "t", "text": text, "title": title, "title_chars": len(title)}
    if published is not None:
        art["published"] = published
    rows = statements.extract(nlp(text), art, **kw)
    for r in rows:
        assert set(r) == set(statements.CONTRACT_KEYS) | {statements.FRAME_KEY}
        if kw.get("quote_parts", "split") == "split":
            assert text[r["char_start"]:r["char_end"]] == r["text"]
    return rows


def row_of(rows: list[dict], content_start: str) -> dict:
    """The first extracted row whose content starts with `content_start` (the test fails, listing the contents,
    where none does)."""
    hits = [r for r in rows if r["text"].startswith(content_start)]
    assert hits, [r["text"] for r in rows]
    return hits[0]


def speaker_of(rows: list[dict], content_start: str) -> str:
    """The speaker name of the first extracted row whose content starts with `content_start`."""
    return row_of(rows, content_start)["speaker_name"]


def coded_rows(nlp, body: str) -> list[dict]:
    """The statements of `body` extracted and coded as the pipeline codes them (one article)."""
    import pandas as pd

    from pledgewatch import coding

    rows = extract_rows(nlp, body)
    assert rows, body
    for r in rows:
        r.update(article_id="t", statement_id=str(r["char_start"]), published=None, outlet=None)
    return coding.code_statements(pd.DataFrame(rows)).to_dict("records")


def act_of(nlp, body: str) -> str:
    """The speech act the pipeline codes for the first statement of `body` (one article)."""
    return coded_rows(nlp, body)[0]["speech_act"]


def coded_row(nlp, body: str, words: str) -> dict:
    """The first coded statement of `body` whose content holds `words` (the test fails, listing the contents, if none)."""
    coded = coded_rows(nlp, body)
    rows = [r for r in coded if words in r["text"]]
    assert rows, [r["text"] for r in coded]
    return rows[0]


def act_of_row(nlp, body: str, words: str) -> str:
    """The speech act of the first statement of `body` whose content holds `words`."""
    return coded_row(nlp, body, words)["speech_act"]


def lowers(text: str) -> list[str]:
    """The words of `text` as the coding rules read them: normalised, split by the blank tokenizer, lower case."""
    from pledgewatch.coding._match import blank_nlp, normalize

    return [t.lower_ for t in blank_nlp().make_doc(normalize(text)[0])]


def lowers_caps(text: str):
    """(words, capability spans) of `text` as coding's aid rules read them: normalised, blank-tokenized, lower case."""
    from pledgewatch.coding._match import blank_nlp, normalize
    from pledgewatch.coding.capabilities import matcher

    doc = blank_nlp().make_doc(normalize(text)[0])
    return [t.lower_ for t in doc], matcher().spans(doc)


def aid_kinds(text: str, *side) -> set[str]:
    """The kinds of aid anchors (coding.aid.anchors) found in `text` (optionally for a speaker's side)."""
    from pledgewatch.coding import aid

    words, caps = lowers_caps(text)
    return {k for k, _ in aid.anchors(words, caps, *side)}


def aid_related(text: str, act: str = "assessment") -> bool:
    """coding.aid.aid_related of `text` coded `act`."""
    from pledgewatch.coding import aid

    words, caps = lowers_caps(text)
    return aid.aid_related(words, caps, act)


_SHARED_TEXTS: list[str] | None = None
_SHARED_EVAL = ("polnear_train", "polnear_dev", "ggt_dev", "ukraine_dev", "coding_dev", "seeds")


def _shared_texts() -> list[str]:
    """Every text of ../shared, in a fixed order: the eval sets' articles (text, then title) and the corpus's
    (gdelt_articles.jsonl, guardian_2022.csv); none where ../shared is absent."""
    import csv
    import json

    from pledgewatch import config

    global _SHARED_TEXTS
    if _SHARED_TEXTS is None:
        _SHARED_TEXTS = []
        for name in _SHARED_EVAL:
            p = config.SHARED / "eval" / name / "articles.jsonl"
            if p.is_file():
                with open(p, encoding="utf-8") as f:
                    arts = [json.loads(line) for line in f if line.strip()]
                _SHARED_TEXTS += [a["text"] for a in arts] + [a["title"] for a in arts if a.get("title")]
        corpus = config.SHARED / "corpus" / "ukraine_news"
        if (corpus / "gdelt_articles.jsonl").is_file():
            with open(corpus / "gdelt_articles.jsonl", encoding="utf-8") as f:
                _SHARED_TEXTS += [json.loads(line)["text"] for line in f if line.strip()]
        if (corpus / "guardian_2022.csv").is_file():
            csv.field_size_limit(1 << 30)
            with open(corpus / "guardian_2022.csv", encoding="utf-8", newline="") as f:
                rows = list(csv.DictReader(f))
            _SHARED_TEXTS += [r["articles"] for r in rows] + [r["headlines"] for r in rows]
    return _SHARED_TEXTS


_STRAIGHT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\xa0": " "})


class Absent(str):
    """What `shared_text` gives for a passage named while a test module is imported (a module-level constant or case
    list) where ../shared is absent: the test that holds one in its parameters, or uses a module global holding one,
    skips (`absent_in`, called by conftest.py) and the module's other tests run."""

    reason = ""


def shared_text(first: str, last: str, straight: bool = False) -> str:
    """The passage of a ../shared article (an eval set's or the corpus's) from the words `first` to the words `last`:
    the shared text is research-licensed, so tests name a passage by its ends and read it from ../shared. Where it
    is absent a test that asks skips; asked while a module is imported, it is an `Absent` placeholder that makes the
    tests holding it skip. `straight`: the passage with its curly quotation marks and apostrophes made straight and
    its no-break spaces plain, as the test was first written."""
    for text in _shared_texts():
        i = text.find(first)
        j = text.find(last, i) if i >= 0 else -1
        if j >= 0:
            return text[i:j + len(last)].translate(_STRAIGHT) if straight else text[i:j + len(last)]
    return _missing(f"{first} ... {last}", f"../shared is absent or has no passage {first!r} ... {last!r}")


_EVAL_BY_KEY: dict[str, str] | None = None


def shared_span(key: str, start: int, end: int, straight: bool = False) -> str:
    """Characters `start`:`end` of the eval-set article (polnear_train, polnear_dev, ggt_dev, ukraine_dev,
    coding_dev, seeds) whose id has the md5 hex digest beginning with `key` (10 characters): a passage named by
    where it stands, for tests that may not commit a word of it. Skips, or is `Absent`, as `shared_text`."""
    import hashlib
    import json

    from pledgewatch import config

    global _EVAL_BY_KEY
    if _EVAL_BY_KEY is None:
        _EVAL_BY_KEY = {}
        for name in _SHARED_EVAL:
            p = config.SHARED / "eval" / name / "articles.jsonl"
            if p.is_file():
                with open(p, encoding="utf-8") as f:
                    for a in (json.loads(line) for line in f if line.strip()):
                        _EVAL_BY_KEY.setdefault(hashlib.md5(a["id"].encode()).hexdigest()[:10], a["text"])
    text = _EVAL_BY_KEY.get(key)
    if text is None or end > len(text):
        return _missing(f"{key}[{start}:{end}]", f"../shared is absent or has no article {key} of {end} characters")
    return text[start:end].translate(_STRAIGHT) if straight else text[start:end]


def _missing(name: str, reason: str) -> str:
    """Skip the running test; at import time, an `Absent` placeholder (see `absent_in`)."""
    import os

    import pytest

    if os.environ.get("PYTEST_CURRENT_TEST"):
        pytest.skip(reason)
    out = Absent(name)
    out.reason = reason
    return out


def _absent(value, depth: int = 0):
    """The first `Absent` inside a value (a string, or a tuple, list, set or dict of them), else None."""
    if isinstance(value, Absent):
        return value
    if depth < 4 and isinstance(value, (tuple, list, set, frozenset, dict)):
        for v in (value.items() if isinstance(value, dict) else value):
            found = _absent(v, depth + 1)
            if found is not None:
                return found
    return None


def _names(code, seen: set) -> set[str]:
    """The global names a code object (and the functions, lambdas and comprehensions inside it) reads."""
    if id(code) in seen:
        return set()
    seen.add(id(code))
    out = set(code.co_names)
    for c in code.co_consts:
        if hasattr(c, "co_names"):
            out |= _names(c, seen)
    return out


def absent_in(item) -> str | None:
    """Why a collected test cannot run where ../shared is absent: an `Absent` passage among its parameters or in a
    module global its function (or a module function it calls) reads; None where it can run."""
    callspec = getattr(item, "callspec", None)
    found = _absent(list(callspec.params.values())) if callspec is not None else None
    fn, module = getattr(item, "function", None), getattr(item, "module", None)
    if found is None and fn is not None and module is not None:
        seen: set = set()
        names = _names(fn.__code__, seen)
        for name in list(names):
            g = module.__dict__.get(name)
            if callable(g) and getattr(g, "__module__", None) == module.__name__ and hasattr(g, "__code__"):
                names |= _names(g.__code__, seen)
        found = next((f for f in (_absent(module.__dict__.get(n)) for n in sorted(names)) if f is not None), None)
    return found.reason if found is not None else None


def resolve_mention(nlp, text: str, mention: str, content: str, nth: int = 0, published: str | None = None) -> dict:
    """Resolve the speaker of one hand-built row: the `nth` occurrence of `mention` (a whole-word match; -1 the last)
    as the speaker span before its cue, `content` as the statement's words, the article dated `published` (office
    holders are read at that date). Returns the row resolve_speakers filled."""
    import re

    from pledgewatch.statements.speakers import resolve_speakers

    doc = nlp(text)
    pos = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", text)][nth]
    span = doc.char_span(pos, pos + len(mention), alignment_mode="expand")
    cs = text.index(content)
    row = {"speaker_span": (span.start, span.end), "cue_i": span.end, "char_start": cs, "char_end": cs + len(content),
           "speaker_text": ""}
    resolve_speakers(doc, [row], {"text": text, "published": published})
    return row
