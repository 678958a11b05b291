"""Edit distance for matching misspelt names (`names.Reference.near_surnames`, `Official.given_close`): the forms of a
word with up to n letters deleted (a symmetric-deletion index), and a bounded Levenshtein test."""

from __future__ import annotations


def deletions(word: str, n: int) -> set[str]:
    """The word and every form of it with up to n letters deleted."""
    out = level = {word}
    for _ in range(n):
        level = {w[:i] + w[i + 1:] for w in level for i in range(len(w))}
        out = out | level
    return out


def within(a: str, b: str, limit: int) -> bool:
    """Levenshtein distance of a and b is at most `limit`. After their common prefix and suffix the first characters
    differ, so one of the three edits of the first character starts an optimal alignment: d(a, b) = 1 + min(d(a[1:],
    b[1:]), d(a[1:], b), d(a, b[1:])); a few slices instead of a table (limit is 1 or 2, called for every listed
    surname near the length of each new one)."""
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and a[-1 - s] == b[-1 - s]:
        s += 1
    a, b = a[p:len(a) - s], b[p:len(b) - s]
    if not a or not b:
        return len(a) + len(b) <= limit
    if limit <= 0:
        return False
    return within(a[1:], b[1:], limit - 1) or within(a[1:], b, limit - 1) or within(a, b[1:], limit - 1)
