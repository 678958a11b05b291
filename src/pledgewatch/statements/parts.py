"""Quote parts: the join convention (PolNeAR) for a statement interrupted by its cue or continued without one."""

from __future__ import annotations

from .quotes import QUOTE_CHARS

QUOTE_PARTS = ("split", "join")


def part_groups(rows):
    """Row index -> one index that all the parts of its statement share (rows linked by `_joins`, row indices)."""
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
    return [root(i) for i in range(len(rows))]


def join_parts(rows, text):
    """The join convention: the parts of one interrupted or continued statement (rows linked by `_joins`: a
    quotation resumed after its cue, the words before a parenthetical cue, a quotation continued without a new
    cue) become one row: their texts joined by one space (as brat gives a discontinuous span), char_start of the
    first part, char_end of the last, the first part's cue and speaker; direct when every part is, else mixed when
    any part holds a quotation, else indirect. Rows must be sorted by char_start with `_joins` as row indices."""
    groups = {}
    for i, g in enumerate(part_groups(rows)):
        groups.setdefault(g, []).append(i)
    out = []
    for members in sorted(groups.values(), key=lambda m: rows[min(m)]["char_start"]):
        parts = sorted((rows[i] for i in members), key=lambda r: r["char_start"])
        if len(parts) == 1:
            out.append(with_sides(parts[0], text))
            continue
        row = dict(parts[0])
        row["text"] = " ".join(p["text"] for p in parts)
        row["char_end"] = max(p["char_end"] for p in parts)
        tail = parts[-1].get("_tail")
        if tail and tail[0] >= row["char_end"]:  # a short closing quotation ('... "Bodies everywhere."')
            row["text"] = f"{row['text']} {text[tail[0]:tail[1]]}"
            row["char_end"] = tail[1]
        types = {p["quote_type"] for p in parts}
        row["quote_type"] = "direct" if types == {"direct"} else "mixed" if types & {"direct", "mixed"} or any(
            ch in QUOTE_CHARS for p in parts for ch in text[p["char_start"]:p["char_end"]]) else "indirect"
        out.append(row)
    return out


def with_sides(row, text):
    """A one-part row with the other side of the sentence its cue interrupts (`host_sides`: "_lead" before the
    content, "_tail" after it) joined to its text by a space, char_start / char_end widened to them."""
    lead, tail = row.get("_lead"), row.get("_tail")
    if not lead and not tail:
        return row
    row = dict(row)
    if lead:
        row["text"] = f"{text[lead[0]:lead[1]]} {row['text']}"
        row["char_start"] = lead[0]
    if tail:
        row["text"] = f"{row['text']} {text[tail[0]:tail[1]]}"
        row["char_end"] = tail[1]
    return row
