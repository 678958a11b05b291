"""Exact and near-duplicate detection, streamed: the first copy is kept, later copies name it in `duplicate_of`.

exact  a hash of the text with case, punctuation and spacing ignored (checked on the text before furniture removal,
       so that records made only of furniture, seen many times, are reported as duplicates too, and after it)
near   MinHash over word 5-shingles (datasketch, 64 permutations, crc32 word hashes combined per shingle, fixed seed) with an LSH index at
       Jaccard 0.5; a candidate is a duplicate at estimated Jaccard >= NEAR_THRESHOLD (0.8), and is reported as an
       overlap (flag only, still processed) between 0.5 and that.
Texts under MIN_WORDS words are only checked for exact copies (short texts share shingles by chance).
"""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

NUM_PERM = 64
SHINGLE = 5
NEAR_THRESHOLD = 0.8
OVERLAP_THRESHOLD = 0.5
MIN_WORDS = 40
MAX_WORDS = 1500  # shingles from the first MAX_WORDS words: bounded cost per article

_TOKEN = re.compile(r"\w+")


def fingerprint(text: str) -> str:
    """Case and spacing ignored (quote characters are already normalised by the cleaner)."""
    return hashlib.blake2b(" ".join(text.lower().split()).encode("utf-8"), digest_size=16).hexdigest()


def _identity(h):
    return h


_MULT = np.array([pow(1_000_003, k, 1 << 32) for k in range(SHINGLE - 1, -1, -1)], dtype=np.uint64)


def shingle_hashes(words: list[str]) -> np.ndarray:
    """32-bit hashes of word 5-shingles: crc32 per word, combined positionally (vectorised)."""
    w = np.fromiter((zlib.crc32(x.encode("utf-8")) for x in words), dtype=np.uint64, count=len(words))
    n = len(words) - SHINGLE + 1
    h = np.zeros(n, dtype=np.uint64)
    for k in range(SHINGLE):
        h = (h + w[k:k + n] * _MULT[k]) & np.uint64(0xFFFFFFFF)
    return np.unique(h)


class Deduper:
    def __init__(self, near_threshold: float = NEAR_THRESHOLD, overlap_threshold: float = OVERLAP_THRESHOLD,
                 near: bool = True):
        self.exact: dict[str, str] = {}
        self.sketches: dict[str, np.ndarray] = {}
        self.near = near
        self.near_threshold = near_threshold
        self.overlap_threshold = overlap_threshold
        if not near:
            return
        from datasketch import MinHash, MinHashLSH

        self._MinHash = MinHash
        self._template = MinHash(num_perm=NUM_PERM, seed=7, hashfunc=_identity)
        self.lsh = MinHashLSH(threshold=overlap_threshold, num_perm=NUM_PERM)

    def seen_exact(self, fp: str) -> str | None:
        """fp: fingerprint(text)."""
        return self.exact.get(fp)

    def add_exact(self, fp: str, article_id: str) -> None:
        self.exact.setdefault(fp, article_id)

    def minhash(self, text: str):
        words = _TOKEN.findall(text.lower())[:MAX_WORDS]
        if len(words) < MIN_WORDS:
            return None
        m = self._MinHash(num_perm=NUM_PERM, seed=7, hashfunc=_identity, permutations=self._template.permutations,
                          scheme=self._template.scheme)
        m.update_batch(shingle_hashes(words).tolist())
        return m

    def check_near(self, text: str) -> tuple[str | None, float, object]:
        """(id of the best earlier match, its estimated Jaccard, the sketch). id None when nothing >= overlap."""
        m = self.minhash(text) if self.near else None
        if m is None:
            return None, 0.0, None
        best, best_j = None, 0.0
        hv = m.hashvalues
        for key in self.lsh.query(m):
            j = float(np.count_nonzero(hv == self.sketches[key])) / NUM_PERM
            if j > best_j or (j == best_j and best is not None and key < best):
                best, best_j = key, j
        if best_j < self.overlap_threshold:
            return None, best_j, m
        return best, best_j, m

    def add_near(self, article_id: str, sketch) -> None:
        if sketch is None or article_id in self.sketches:
            return
        self.sketches[article_id] = sketch.hashvalues.copy()  # 256 bytes per article; the LSH keeps band hashes only
        self.lsh.insert(article_id, sketch)


__all__ = ["Deduper", "fingerprint", "NEAR_THRESHOLD", "np"]
