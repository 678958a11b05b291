"""The work of a chunk: parse the cache misses, extract and code their statements (`work`), cut in units of about
UNIT_WORDS words (`units_of`, `work_unit`) whose rows `assemble` joins exactly as one `work` would."""

from __future__ import annotations

import functools

import pandas as pd

from .. import coding, schema, statements
from .context import STATEMENT_COLUMNS, StageContext, _load, make_context, statement_id


# ------------------------------------------------------------------------------------------ per-chunk work
def _order(df: pd.DataFrame) -> pd.DataFrame:
    first = [c for c in STATEMENT_COLUMNS if c in df.columns]
    return df[first + [c for c in df.columns if c not in first]]


def _empty_statements() -> pd.DataFrame:
    """A statements table with no row that passes its own schema (every column typed as it would be with rows:
    `assign(col=[])` on an empty frame gives float64, which the list columns' checks refuse)."""
    return _validated_empty_statements().copy()


@functools.lru_cache(maxsize=1)
def _validated_empty_statements() -> pd.DataFrame:
    return schema.validate("statements", pd.DataFrame({c: pd.Series(dtype=object) for c in STATEMENT_COLUMNS}))


def article_rows(art: dict, rows) -> list[dict]:
    """The rows `extract` returned for an article, with article_id, published, outlet and statement_id attached."""
    out = []
    for st in rows:
        st = dict(st)
        st["article_id"] = art["article_id"]
        st["published"] = art.get("published")
        st["outlet"] = art.get("outlet")
        st["statement_id"] = statement_id(art["article_id"], st["char_start"], st["char_end"])
        out.append(st)
    return out


def statements_frame(arts: list[dict], extracted: dict) -> pd.DataFrame:
    """Rows of `extract` for each article (extracted: article_id -> rows) with ids, date and outlet attached."""
    return pd.DataFrame([r for art in arts for r in article_rows(art, extracted.get(art["article_id"], ()))])


def work(parse: list, to_code: list, ctx: StageContext, expected: str | None = None) -> tuple:
    """The compute of one chunk, in a worker process (local pool or dask worker); no cache I/O here.

    parse: [(article, text_to_parse)] -> parsed with nlp.pipe, `statements.extract` on each doc;
    to_code: statement rows (dicts) of articles whose extraction is known but whose coding is not.
    Returns ({article_id: extracted rows}, coded statements of to_code + the newly extracted rows, their
    capability table, stats).
    `expected` (dask) = the client's `compat` fingerprint: a worker whose code, model or reference files differ
    refuses to work rather than write a mixed table."""
    if expected is not None:
        mine = make_context(ctx.model, cache_dir=ctx.cache_root, use_cache=ctx.cache_enabled, skip=ctx.skip,
                            batch_size=ctx.batch_size)
        if mine.compat != expected:
            raise RuntimeError("this worker's pledgewatch version, model, EXTRACTOR_VERSION/CODING_VERSION or "
                               f"data/reference files differ from the client's (worker {mine.compat}, client "
                               f"{expected}): install the same version and reference files on every worker")
    return assemble([work_unit(parse, to_code, ctx)])


def work_unit(parse: list, to_code: list, ctx: StageContext) -> tuple:
    """Parse + extract + code of part of a chunk: ({article_id: extracted rows}, statement rows, {coded column:
    values}, capability rows, stats), plain values (cheap to send back); `assemble` joins the units of a chunk into
    what `work` returns for the whole chunk (every article and statement is processed on its own, so the result is
    the same however the chunk is cut)."""
    extracted, rows = {}, list(to_code)
    if parse:
        nlp = _load(ctx)
        docs = nlp.pipe((t for _, t in parse), batch_size=ctx.batch_size)
        for (art, _), doc in zip(parse, docs, strict=True):
            found = statements.extract(doc, art, quote_parts=ctx.quote_parts, nesting=ctx.nesting)
            extracted[art["article_id"]] = found
            rows.extend(article_rows(art, found))
            del doc
    added, caps = coding.code_parts(pd.DataFrame(rows)) if rows else ({}, [])
    return extracted, rows, added, caps, {"parsed": len(parse), "coded_articles": len({r["article_id"] for r in rows})}


def assemble(units) -> tuple:
    """The units of one chunk (in order) -> ({article_id: extracted rows}, coded statements, capability table, stats),
    built exactly as coding.code builds them for all the chunk's rows at once."""
    extracted, rows, added, caps, stats = {}, [], {c: [] for c in coding.ADDED_COLUMNS}, [], {}
    for ex, r, a, k, st in units:
        extracted.update(ex)
        rows.extend(r)
        if r:
            for c in coding.ADDED_COLUMNS:
                added[c].extend(a[c])
        caps.extend(k)
        for key, v in st.items():
            stats[key] = stats.get(key, 0) + v
    if not rows:
        return extracted, pd.DataFrame(), pd.DataFrame(), stats
    coded = pd.DataFrame(rows).drop(columns=[statements.FRAME_KEY], errors="ignore")  # coding's input only
    for c in coding.ADDED_COLUMNS:
        coded[c] = added[c]
    return extracted, coded, pd.DataFrame(caps, columns=coding.CAPABILITY_COLUMNS), stats


# an invented article (no row of ../shared) that gives statements to extract and code: `warm` runs it once
WARM_TEXT = ("Aid talks\n\nThe minister said on Monday that his country would send more tanks to Kyiv. "
             '"We will not stop now," Jane Doe, the foreign minister, told reporters. She urged allies to do more.')


def warm(ctx: StageContext) -> int:
    """One small invented article through `work_unit` (parse, extract, code), so that what the stages load on first
    use (reference tables, word classes, compiled rules, coding's tokenizer and models: ~0.2 s CPU) is loaded in
    this process; pool workers forked after it inherit all of it instead of each loading its own. Only caches of
    files and rules are filled (every article is processed on its own: units_of), so no output changes. Returns
    the number of rows the article gave."""
    art = {"article_id": "pledgewatch-warm-up", "source": "", "title": "Aid talks", "text": WARM_TEXT,
           "published": None, "outlet": None, "title_chars": 9}
    return len(work_unit([(art, WARM_TEXT)], [], ctx)[1])


UNIT_WORDS = 5000  # words per unit of pool work: small units keep every worker busy to the end of a run


def units_of(parse: list, to_code: list, unit_words: int = UNIT_WORDS) -> list[tuple[list, list]]:
    """A chunk's work cut in units of about `unit_words` words (whole articles, in order); rows to code only go with
    the first unit."""
    out, cur, words = [], [], 0
    for item in parse:
        cur.append(item)
        words += item[1].count(" ") + 1
        if words >= unit_words:
            out.append(cur)
            cur, words = [], 0
    if cur or not out:
        out.append(cur)
    return [(u, list(to_code) if k == 0 else []) for k, u in enumerate(out)]
