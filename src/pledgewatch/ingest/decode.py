"""Bytes -> text, with the encoding said out loud: UTF-8, UTF-8 with BOM, UTF-16/32 by BOM, then cp1252 (flagged).

Binary input (NUL bytes, control characters, known magic numbers) is refused with a reason instead of being decoded
into garbage.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx)"),
    (b"\x1f\x8b", "gzip data"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
    (b"PAR1", "a Parquet file"),
    (b"SQLite format 3", "an SQLite database"),
    (b"RIFF", "a RIFF (audio/video) file"),
    (b"\x00\x00\x00", "binary data"),
]

_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"


@dataclass
class Decoded:
    text: str | None
    encoding: str | None
    status: str = "ok"  # ok | decode_fallback | not_text
    reason: str | None = None


def sniff_binary(head: bytes) -> str | None:
    """A reason if these first bytes look binary (not text in any encoding we read), else None."""
    for bom, _ in _BOMS:
        if head.startswith(bom):
            return None
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"binary file: looks like {what}"
    sample = head[:8192]
    if not sample:
        return None
    if b"\x00" in sample:
        return "binary file: contains NUL bytes"
    ctrl = sum(sample.count(bytes([c])) for c in _CONTROL)
    if ctrl / len(sample) > 0.05:
        return f"binary file: {ctrl} control bytes in the first {len(sample)}"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text of mostly Latin script has a NUL in every other byte."""
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    z_even, z_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if z_odd > 0.9 and z_even < 0.05:
        return "utf-16-le"
    if z_even > 0.9 and z_odd < 0.05:
        return "utf-16-be"
    return None


def bom_encoding(head: bytes) -> str | None:
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc
    return None


def decode_bytes(data: bytes, *, cut: bool = False) -> Decoded:
    """Decode a whole record's bytes. `cut` says the bytes were cut at a size limit (a split character at the end is
    then dropped rather than counted as an encoding error)."""
    if not data:
        return Decoded("", "utf-8")
    enc = bom_encoding(data)
    if enc:
        if enc.startswith("utf-16") and cut and len(data) % 2:
            data = data[:-1]
        if enc.startswith("utf-32") and cut:
            data = data[: len(data) - len(data) % 4]
        text = data.decode(enc, errors="replace")
        if enc == "utf-8-sig":
            return Decoded(text, "utf-8-sig")
        if "\ufffd" in text:
            return Decoded(text, enc, "decode_fallback", f"invalid {enc} sequences replaced by U+FFFD")
        return Decoded(text, enc)
    enc16 = _utf16_without_bom(data[:4096])
    if enc16:
        if cut and len(data) % 2:
            data = data[:-1]
        text = data.decode(enc16, errors="replace")
        return Decoded(text, enc16, "decode_fallback",
                       f"no byte-order mark; decoded as {enc16.upper()} (guessed from the pattern of NUL bytes)")
    why = sniff_binary(data[:8192])
    if why:
        return Decoded(None, None, "not_text", why)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as e:
        if cut and e.start >= len(data) - 3 and e.reason == "unexpected end of data":
            return Decoded(data[: e.start].decode("utf-8"), "utf-8")
        first_bad = e.start
    text = data.decode("cp1252", errors="replace")
    bad = text.count("\ufffd")
    reason = f"not valid UTF-8 (first bad byte at offset {first_bad}); decoded as cp1252"
    if bad:
        reason += f", {bad} undefined byte(s) replaced by U+FFFD"
    return Decoded(text, "cp1252", "decode_fallback", reason)


def decode_line(data: bytes, encoding: str | None = None) -> tuple[str, str | None]:
    """Decode one line of a UTF-8 (or known-encoding) line-based file: (text, problem or None)."""
    if encoding and not encoding.startswith("utf-8"):
        return data.decode(encoding, errors="replace"), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        return data.decode("cp1252", errors="replace"), f"not valid UTF-8 at byte {e.start}; decoded as cp1252"
