"""What is not parsed (`skip`): an article, or a paragraph, with no quotation mark, colon or cue form of
data/reference/cues.csv cannot hold a statement (`Prefilter`, `cue_forms`)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd

from .. import config
from ..cache import fingerprint
from ..inflect import inflections, irregular_forms

SKIP_MODES = ("none", "article", "paragraph")
DEFAULT_SKIP = "article"  # measured: no change on the corpus or the gold sets; "paragraph" is opt-in


# ------------------------------------------------------------------------------------------ skipping (prefilter)
# any quotation mark the extractor pairs; ' and ’ only where they are not an apostrophe inside a word
_QUOTES = re.compile(r"[\"“”„«»‹›‘‚‛]|(?<!\w)['’]|['’](?!\w)")
_PARA = re.compile(r"\n[ \t]*\n\s*")


def cue_forms(path: Path | None = None) -> set[str] | None:
    """Surface forms of the cues in cues.csv (each cue's lemma and written verb with their inflections, ':' for the
    colon cue); None when there is no cues.csv (then nothing is skipped). Over-generation only skips less."""
    path = path or config.reference("cues.csv")
    if not path.is_file():
        return None
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    forms: set[str] = set()
    if {"cue", "lemma"} <= set(df.columns):
        cells = [(r["lemma"], r["cue"]) for _, r in df.iterrows()]
    else:  # unknown layout: every word of the first column
        cells = [(c, "") for c in df.iloc[:, 0]]
    for lemma, cue in cells:
        if ":" in lemma or ":" in cue:
            forms.add(":")
        # a phrase cue needs its first word ("called for", "according to", "pointed out"); particles alone never
        words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", lemma)[:1] + re.findall(r"[A-Za-z][A-Za-z'-]*", cue)[:1]]
        for w in words:
            forms |= inflections(w, "broadest", irregular_forms())
    return {f for f in forms if len(f) > 1 or f == ":"}


class Prefilter:
    """Decides what text cannot hold a statement: no quotation mark and no cue form."""

    def __init__(self, mode: str, forms: set[str] | None):
        if mode not in SKIP_MODES:
            raise ValueError(f"skip must be one of {SKIP_MODES}, not {mode!r}")
        self.mode = mode if forms else "none"
        self.forms = forms or set()
        self._cue_re = None  # compiled on first use: a warm run that parses nothing never needs it
        self._colon = ":" in self.forms
        self.context = int(os.environ.get("PLEDGEWATCH_SKIP_CONTEXT", "1"))

    def key(self) -> str:
        return "none" if self.mode == "none" else f"{self.mode}:{self.context}:{fingerprint(*sorted(self.forms))}"

    @property
    def _cue(self):
        if self._cue_re is None:
            alt = "|".join(sorted(map(re.escape, self.forms - {":"}), key=len, reverse=True))
            self._cue_re = re.compile(rf"\b(?:{alt})\b", re.I) if alt else False
        return self._cue_re

    def may_hold(self, text: str) -> bool:
        return bool(_QUOTES.search(text) or (self._colon and ":" in text) or (self._cue and self._cue.search(text)))

    def prepare(self, text: str) -> str | None:
        """The text to parse (same length as `text`), or None when nothing in it can hold a statement."""
        if self.mode == "none":
            return text
        if not self.may_hold(text):
            return None
        if self.mode == "article":
            return text
        spans, pos = [], 0
        for m in _PARA.finditer(text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
        keep = [self.may_hold(text[a:b]) for a, b in spans]
        keep[0] = True  # the title / first paragraph is always parsed (headline statements)
        ctx = list(keep)
        for i, k in enumerate(keep):  # keep `context` paragraphs before each kept one (speaker antecedents)
            if k:
                for j in range(max(0, i - self.context), i):
                    ctx[j] = True
        if all(ctx):
            return text
        chars = list(text)
        for (a, b), k in zip(spans, ctx, strict=True):
            if not k:
                for i in range(a, b):
                    if chars[i] not in "\n":
                        chars[i] = " "
        return "".join(chars)
