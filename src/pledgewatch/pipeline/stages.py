"""A chunk through the cache and the part files: look up each article's extract and coding results (`_Stages`),
store what was computed, validate and append to the parts, and merge the parts into tables (`TableSink`)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from tqdm import tqdm  # text bars everywhere: tqdm.auto warns in a kernel without ipywidgets

from .. import coding, schema
from ..cache import article_key, row_store, rows_key
from ..io import atomic_write, csv_ready, write_csv, write_parquet
from .context import StageContext
from .prefilter import Prefilter
from .units import _order, article_rows


class _Chunk:
    """One chunk of articles on its way: what the caches gave, what remains to compute, then the result."""

    def __init__(self, arts):
        self.arts = arts
        self.extracted: dict = {}   # article_id -> extract rows
        self.coded: dict = {}       # article_id -> (coded statements frame, capability table frame)
        self.parse: list = []       # (article, text) to parse
        self.ex_keys: dict = {}     # article_id -> extract item key
        self.new_ex: dict = {}      # extract key -> rows to store
        self.to_code: list = []     # rows of articles with known extraction but no coding
        self.future = None
        self.final = None           # (statements, capabilities) of the whole chunk, from the cache

    @property
    def needs_work(self) -> bool:
        return bool(self.parse or self.to_code)


class _Stages:
    """The cache side of a run, in the main process: look-ups before the compute, stores after it."""

    def __init__(self, ctx: StageContext, stats: dict):
        self.ctx, self.stats = ctx, stats
        cache = ctx.cache()
        self.ex_cache = cache.stage("extract", ctx.extract_key)
        self.co_cache = cache.stage("coding", ctx.coding_key)
        self.pre = Prefilter(ctx.skip, set(ctx.forms))

    def _bump(self, k, n):
        self.stats[k] = self.stats.get(k, 0) + n

    @staticmethod
    def _coding_keys(c: _Chunk, arts) -> dict:
        return {a["article_id"]: rows_key(article_rows(a, c.extracted[a["article_id"]]))
                for a in arts if c.extracted[a["article_id"]]}

    def _chunk_key(self, c: _Chunk) -> str:
        """Whole-chunk entry of the coding cache: a warm re-run with the same chunks decodes one frame per chunk and
        never the chunk's extracted rows. Keyed by what decides those rows (the extract stage key, each article's id
        and extract item key, in order), so it is known before any look-up of the extract stage."""
        return "chunk3:" + rows_key([self.ctx.extract_key, [(a["article_id"], c.ex_keys[a["article_id"]])
                                                            for a in c.arts]])

    def _chunk_hit(self, c: _Chunk) -> bool:
        whole = self.co_cache.get_many([self._chunk_key(c)])
        if not whole:
            return False
        c.final = next(iter(whole.values()))
        self._bump("extract_hits", len(c.arts))
        # articles with statements (= those with extracted rows, whose coding the per-article entries would give)
        self._bump("coding_hits", int(c.final[0]["article_id"].nunique()) if len(c.final[0]) else 0)
        return True

    def _code_lookup(self, c: _Chunk, arts) -> None:
        keys = self._coding_keys(c, arts)
        found = self.co_cache.get_many(list(keys.values()))
        self._bump("coding_hits", len(found))
        for a in arts:
            aid = a["article_id"]
            if aid not in keys:
                continue
            if keys[aid] in found:
                c.coded[aid] = found[keys[aid]]  # (statements, capabilities)
            else:
                c.to_code.extend(article_rows(a, c.extracted[aid]))

    def plan(self, arts: list[dict]) -> _Chunk:
        c = _Chunk(arts)
        keys = [article_key(a) for a in arts]
        c.ex_keys = {a["article_id"]: k for a, k in zip(arts, keys, strict=True)}
        if self._chunk_hit(c):
            return c
        found = self.ex_cache.get_many(keys)
        self._bump("extract_hits", len(found))
        for a, k in zip(arts, keys, strict=True):
            aid = a["article_id"]
            if k in found:
                c.extracted[aid] = found[k]
                continue
            text = self.pre.prepare(a["text"])
            if text is None:  # nothing in it can hold a statement: not parsed
                c.extracted[aid] = c.new_ex[k] = []
                self._bump("skipped_articles", 1)
            else:
                c.parse.append((a, text))
        self._code_lookup(c, [a for a in arts if a["article_id"] in c.extracted])
        return c

    def complete(self, c: _Chunk, result) -> tuple[pd.DataFrame, pd.DataFrame]:
        """(coded statements, capability table) of the chunk, in input order; stores what was computed."""
        if c.final is not None and result is None:
            return c.final
        extracted, coded, caps, st = result if result is not None else ({}, pd.DataFrame(), pd.DataFrame(), {})
        for k, v in st.items():
            self._bump(k, v)
        for aid, rows in extracted.items():
            c.extracted[aid] = c.new_ex[c.ex_keys[aid]] = rows
        self.ex_cache.put_many(c.new_ex)
        if len(coded):
            by_id = {a["article_id"]: a for a in c.arts}
            new = {}
            cap_groups = dict(iter(caps.groupby("article_id", sort=False))) if len(caps) else {}
            keep_st, keep_cap = row_store(coded), row_store(caps)  # one Arrow conversion per chunk (cache.row_store)
            for aid, g in coded.groupby("article_id", sort=False):
                cg = cap_groups.get(aid, caps.iloc[:0] if len(caps.columns) else coding.capability_table(g.iloc[:0]))
                c.coded[aid] = (g, cg)
                new[rows_key(article_rows(by_id[aid], c.extracted[aid]))] = (keep_st(g), keep_cap(cg))
            self.co_cache.put_many(new)
        pairs = [c.coded[a["article_id"]] for a in c.arts if a["article_id"] in c.coded]
        if not pairs:
            return pd.DataFrame(), pd.DataFrame()
        order = {a["article_id"]: i for i, a in enumerate(c.arts)}
        out = _order(pd.concat([p[0] for p in pairs], ignore_index=True))
        out = out.sort_values(["char_start", "char_end"], kind="stable")
        out = out.iloc[out["article_id"].map(order).argsort(kind="stable")].reset_index(drop=True)
        cap = pd.concat([p[1] for p in pairs], ignore_index=True)
        if len(cap):  # the capability table in statement order, as capability_table(statements) gives it
            pos = {sid: i for i, sid in enumerate(out["statement_id"])}
            cap = cap.iloc[cap["statement_id"].map(pos).argsort(kind="stable")]
        # validated here, before the chunk is cached: a warm run replays validated frames and does not check them
        # again (TableSink.write(validated=True)); the "chunk3:" entries hold only validated frames
        final = (schema.validate("statements", out),
                 schema.validate("statement_capabilities", cap.reset_index(drop=True)) if len(cap)
                 else cap.reset_index(drop=True))
        self.co_cache.put_many({self._chunk_key(c): final})
        return final


# ------------------------------------------------------------------------------------------ chunked table output
class TableSink:
    """Validated chunks -> parquet part files in a temporary folder -> one table (atomic) at close()."""

    def __init__(self, name: str, tmpdir: Path, empty: pd.DataFrame, progress: bool = False):
        self.name, self.dir, self.empty, self.progress = name, tmpdir / name, empty, progress
        self.dir.mkdir(parents=True)
        self.parts: list[Path] = []
        self.rows = 0

    def rewrite(self, transform) -> None:
        """Apply `transform` (pyarrow.Table -> pyarrow.Table, a run-wide pass such as the identity table) to every
        part file once, in place, so that the parquet and csv outputs read the same transformed parts."""
        import pyarrow.parquet as pq

        for p in self.parts:
            pq.write_table(transform(pq.read_table(p)), p)

    def write(self, df: pd.DataFrame, validated: bool = False) -> None:
        """Append one chunk; `validated` = the frame already passed schema.validate (Stages.complete did it)."""
        if df is None or df.empty:
            return
        if not validated:
            df = schema.validate(self.name, df)
        path = self.dir / f"{len(self.parts):06d}.parquet"
        df.to_parquet(path, index=False)
        self.parts.append(path)
        self.rows += len(df)

    def _tables(self):
        import pyarrow as pa
        import pyarrow.parquet as pq

        schemas = [pq.read_schema(p) for p in self.parts]
        unified = pa.unify_schemas([s.remove_metadata() for s in schemas], promote_options="permissive")
        names = list(unified.names)
        for p in tqdm(self.parts, desc=f"write {self.name}", unit="part", disable=not self.progress, leave=False):
            t = pq.read_table(p)
            for n in names:
                if n not in t.column_names:
                    t = t.append_column(n, pa.nulls(len(t), unified.field(n).type))
            t = t.select(names).cast(unified)
            yield t

    def close_parquet(self, path: Path) -> Path:
        import pyarrow.parquet as pq

        if not self.parts:
            return write_parquet(schema.validate(self.name, self.empty), path)
        first = pq.read_schema(self.parts[0])

        def _w(tmp):
            writer = None
            try:
                for t in self._tables():
                    if writer is None:  # keep the pandas metadata when every part has the first part's columns
                        meta = first.metadata if t.schema.names == first.names else None
                        writer = pq.ParquetWriter(tmp, t.schema.with_metadata(meta) if meta else t.schema)
                    writer.write_table(t.replace_schema_metadata(writer.schema.metadata))
            finally:
                if writer is not None:
                    writer.close()

        return atomic_write(path, _w)

    def close_csv(self, path: Path) -> Path:
        if not self.parts:
            return write_csv(schema.validate(self.name, self.empty), path)

        def _w(tmp):
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                import pyarrow as pa

                for i, t in enumerate(self._tables()):
                    lists = [f.name for f in t.schema if pa.types.is_list(f.type) or pa.types.is_large_list(f.type)]
                    df = t.to_pandas()
                    for col in lists:  # lists as ';'-joined text in CSV (as io.write_csv)
                        df[col] = df[col].map(lambda v: ";".join(map(str, list(v)))
                                              if v is not None and not isinstance(v, (str, float)) else v)
                    csv_ready(df).to_csv(f, index=False, header=(i == 0))  # formula prefixes neutralised

        return atomic_write(path, _w)
