"""The cache's value codec: msgpack with tuples, dates, timestamps and pandas frames (Arrow IPC streams) as extension
types, behind a magic prefix and a digest; never pickle, so a cache folder others can write to cannot make a run
execute code (pledgewatch.cache describes the cache itself)."""

from __future__ import annotations

import datetime as _dt
import hashlib

import msgpack
import pyarrow as pa
import pyarrow.parquet as pq

# ------------------------------------------------------------------------------------------ the value codec
_TUPLE, _DATE, _DATETIME, _FRAME, _TIMESTAMP, _FRAME_IPC = 1, 2, 3, 4, 5, 6  # _FRAME (parquet): read, no longer written


def _default(obj):
    import numpy as np
    import pandas as pd

    if isinstance(obj, tuple):
        return msgpack.ExtType(_TUPLE, _pack(list(obj)))
    if isinstance(obj, pd.Timestamp):
        return msgpack.ExtType(_TIMESTAMP, obj.isoformat().encode())
    if isinstance(obj, _dt.datetime):
        return msgpack.ExtType(_DATETIME, obj.isoformat().encode())
    if isinstance(obj, _dt.date):
        return msgpack.ExtType(_DATE, obj.isoformat().encode())
    if isinstance(obj, pd.DataFrame):  # an Arrow IPC stream: the same table parquet held, without its encoding cost
        return msgpack.ExtType(_FRAME_IPC, _ipc(pa.Table.from_pandas(obj)))
    if isinstance(obj, ArrowRows):
        return msgpack.ExtType(_FRAME_IPC, _ipc(obj.table.take(pa.array(obj.rows, type=pa.int64()))))
    if isinstance(obj, np.generic):
        return obj.item()
    for base in (str, int, float, bytes, list, dict):  # subclasses (strict_types sends them here)
        if isinstance(obj, base):
            return base(obj)
    raise TypeError(f"the cache cannot store a {type(obj).__name__}")


def _ipc(table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


class ArrowRows:
    """Rows of a pandas frame that was converted to Arrow once as a whole (`row_store`), stored as the Arrow IPC stream
    of those rows: it decodes to the same values, dtypes and index labels as storing the rows' own frame (an integer
    Index where the rows' frame had a RangeIndex: every reader concatenates them with ignore_index), without a
    `Table.from_pandas` per article (~2 ms each, ~1 s of a cold corpus run's main process for ~550 frames).
    Checked on coding_dev: all 560 stored frames decode equal; a re-run cut in other chunks reads them and writes
    byte-identical outputs."""

    __slots__ = ("table", "rows")

    def __init__(self, table, rows):
        self.table, self.rows = table, rows


def row_store(frame):
    """A function part -> value to store in the cache for `part`, a non-empty sub-frame of `frame` (a group of its
    rows, with their index labels): an ArrowRows of one Arrow conversion of the whole frame. An empty part, a frame
    with a repeated index label or one Arrow cannot convert as a whole (a column of mixed types) stores the part
    itself (the conversion per part, as before)."""
    if not len(frame) or not frame.index.is_unique:
        return lambda part: part
    try:
        table = pa.Table.from_pandas(frame, preserve_index=True)
    except (pa.ArrowException, TypeError, ValueError):
        return lambda part: part
    if table.schema.pandas_metadata.get("index_columns") != ["__index_level_0__"]:
        return lambda part: part

    def store(part):
        if not len(part):
            return part
        return ArrowRows(table, frame.index.get_indexer(part.index).tolist())

    return store


def _frame(data: bytes, ipc: bool = False):
    import pandas as pd

    table = pa.ipc.open_stream(pa.BufferReader(data)).read_all() if ipc else pq.read_table(pa.BufferReader(data))
    df = table.to_pandas()
    for f in table.schema:  # list columns come back as numpy arrays: make them the lists they were
        if (pa.types.is_list(f.type) or pa.types.is_large_list(f.type)) and f.name in df.columns:
            df[f.name] = df[f.name].map(lambda v: v.tolist() if hasattr(v, "tolist") else v)
    return df if isinstance(df, pd.DataFrame) else pd.DataFrame(df)


def _ext_hook(code: int, data: bytes):
    import pandas as pd

    if code == _TUPLE:
        return tuple(_unpack(data))
    if code == _DATE:
        return _dt.date.fromisoformat(data.decode())
    if code == _DATETIME:
        return _dt.datetime.fromisoformat(data.decode())
    if code == _TIMESTAMP:
        return pd.Timestamp(data.decode())
    if code == _FRAME:
        return _frame(data)
    if code == _FRAME_IPC:
        return _frame(data, ipc=True)
    raise ValueError(f"unknown extension type {code} in a cache value")


def _pack(obj) -> bytes:
    return msgpack.packb(obj, default=_default, strict_types=True, use_bin_type=True)


def _unpack(data: bytes):
    return msgpack.unpackb(data, ext_hook=_ext_hook, raw=False, strict_map_key=False)


_MAGIC = b"PW1"


def _digest(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=8).digest()


def encode(obj) -> bytes:
    """A cache value as bytes: b"PW1", an 8-byte digest of the payload, then the payload: msgpack (tuples, dates,
    timestamps and pandas frames (Arrow IPC streams) as extension types)."""
    payload = _pack(obj)
    return _MAGIC + _digest(payload) + payload


def decode(data: bytes):
    """The value `encode` stored; ValueError when the bytes are not such a value or were changed (a garbled or cut
    value, a former pickle). Never runs code."""
    if not isinstance(data, bytes) or not data.startswith(_MAGIC) or len(data) < len(_MAGIC) + 8:
        raise ValueError("not a pledgewatch cache value")
    digest, payload = data[len(_MAGIC):len(_MAGIC) + 8], data[len(_MAGIC) + 8:]
    if _digest(payload) != digest:
        raise ValueError("cache value does not match its digest (garbled or cut)")
    return _unpack(payload)
