"""The record stream of a run: ingest through its cache (`cached_records`) and cut in chunks (`_chunks`)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from .. import ingest
from ..cache import CODEC, files_hash, fingerprint, reference_files, source_hash
from ..rawinput import fingerprint as fingerprint_raw
from .context import StageContext

log = logging.getLogger("pledgewatch.cache")


# ------------------------------------------------------------------------------------------ engines
def _raw_fingerprint(raw) -> str:
    """Hash of every file ingest may read under `raw` (relative path + content; for a single file, its sidecar
    metadata files too): pledgewatch.rawinput.fingerprint, which the run memo's key shares."""
    return fingerprint_raw(raw)


INGEST_PART = 512  # records per stored part of the ingest cache


def cached_records(raw, mapping, ctx: StageContext, stats: dict):
    """ingest.iter_records(raw, mapping), through the cache: the record stream of the same raw files, ingest code
    and ingest reference files is replayed from parquet shards (a warm run reads no raw file twice). The key holds
    everything the records depend on: besides the files' names and bytes, the path they are read from (every
    record's `source`, in articles and manifest, is that path) and the dedupe mode ($PLEDGEWATCH_DEDUPE), so a
    run from a copy of the folder at another path, or with another dedupe mode, never replays another input's
    records."""
    if not ctx.cache_enabled or not Path(raw).exists():
        yield from ingest.iter_records(raw, mapping=mapping)
        return
    key = fingerprint("ingest", CODEC, source_hash(ingest), files_hash(reference_files(ingest)), repr(mapping),
                      _raw_fingerprint(raw), os.fsencode(Path(raw)).hex(), ingest.dedupe_mode())
    store = ctx.cache().stage("ingest", key)
    done = store.get_many(["complete"]).get("complete")
    replayed = 0
    if isinstance(done, int):
        stats["ingest_cached"] = True
        for i in range(done):
            part = store.get_many([f"{i:08d}"]).get(f"{i:08d}")
            if not isinstance(part, list):  # missing or damaged (reported by the cache): read the raw files again
                log.warning("cache: ingest part %d of %d missing or damaged; raw input read again from record %d",
                            i, done, replayed)
                stats["ingest_cached"] = False
                break
            for rec in part:
                yield rec
                replayed += 1
        else:
            return
    part, n = [], 0
    for j, rec in enumerate(ingest.iter_records(raw, mapping=mapping)):
        part.append(rec)
        if j >= replayed:  # ingest is deterministic: the records already replayed are not yielded twice
            yield rec
        if len(part) >= INGEST_PART:
            store.put_many({f"{n:08d}": part})
            part, n = [], n + 1
    if part:
        store.put_many({f"{n:08d}": part})
        n += 1
    store.put_many({"complete": n})  # written last: an interrupted stream is never replayed


FIRST_CHUNK = 16  # the first chunks are small (16, 64, 256 ... up to chunk_size): work starts while ingest goes on


def _chunks(records, chunk_size, manifest, on_record=None, ramp: bool = False):
    """Group the articles of the record stream in chunks; manifest rows are collected on the way. With `ramp` the
    chunks grow from FIRST_CHUNK, x4 each time, to chunk_size (the same cut on every run of the same input; few
    chunks: each costs a schema validation and a part file per table)."""
    chunk = []
    size = min(chunk_size, FIRST_CHUNK) if ramp else chunk_size
    for art, row in records:
        manifest.append(row)
        if on_record:
            on_record()
        if art is not None:
            chunk.append(art)
            if len(chunk) >= size:
                yield chunk
                chunk = []
                size = min(chunk_size, 4 * size)
    if chunk:
        yield chunk
