"""A cheap, offline English check: the share of running words that are English function words.

English news prose has 35-50% of its words among the ~150 words below; other languages written in Latin script
have under 10% (a few borrowed 'a', 'in', 'to'), and non-Latin scripts have no Latin words at all. No model, no
download, microseconds per article.
"""

from __future__ import annotations

import re

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers him
himself his how i if in into is it its itself just me more most my no nor not now of off on once only or other our
ours out over own said same she should so some such than that the their theirs them then there these they this those
through to too under until up very was we were what when where which while who whom why will with would you your
says told has been will would its it's he's she's they're we're i'm don't won't can't didn't isn't wasn't aren't
also however according after new one two last year years people government minister president
""".split())

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
MIN_RATIO = 0.12
MIN_WORDS = 12


_NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u0590-\u08ff\u0900-\u0dff\u0e00-\u0fff\u10a0-\u10ff"
                        r"\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def english_score(text: str, max_chars: int = 4000) -> tuple[float, int, float]:
    """(function-word ratio among Latin-script words, number of words, share of letters that are Latin script)."""
    sample = text[:max_chars].lower()
    words = _WORD.findall(sample)
    if not words:
        return 0.0, 0, 0.0
    if sample.isascii():
        latin, latin_words = 1.0, words
    else:
        letters = sum(map(len, words))
        latin = 1.0 - len(_NON_LATIN.findall(sample)) / max(1, letters)
        latin_words = [w for w in words if not _NON_LATIN.match(w)]
    ratio = sum(1 for w in latin_words if w in STOPWORDS) / max(1, len(latin_words))
    return ratio, len(words), max(0.0, latin)


def check_english(text: str) -> tuple[bool, str | None, float]:
    """(is_english, reason if not, score). Very short texts pass unless they are mostly in a non-Latin script."""
    ratio, n, latin = english_score(text)
    if n == 0:
        return True, None, 0.0
    if latin < 0.5:
        return False, f"mostly non-Latin script ({latin:.0%} Latin letters); not run through English NLP", ratio
    if n < MIN_WORDS:
        return True, None, ratio
    if ratio < MIN_RATIO:
        return False, (f"only {ratio:.0%} of {n} words are English function words (English prose has 35-50%); "
                       "not run through English NLP"), ratio
    return True, None, ratio
