"""Glued sentences: a full stop, question or exclamation mark with no space before the next sentence.

Web copy often loses the space between two sentences ("...the minister said.According to him", 'of
Belarus."He accused', "is likely?Come on", "NATO.He added", "TVN24.In his opinion", "(January 6).The
authorities"). spaCy's English tokenizer splits a full stop between a lower-case and an upper-case letter, but
keeps the quotation mark glued to the next word ('"He'), and keeps '?'/'!', a stop after digits, an acronym or a
closing bracket inside one token ("likely?Come", "TVN24.In"); the parser then runs the two sentences together, so
cues are missed and mentions run across the stop. The text itself is never changed (statement offsets stay valid):

- `install_infixes(nlp)` adds tokenizer infixes (constructions, each with its pattern below): a stop glued between
  a word and a capitalised word ("said.According", "likely?Come", "TVN24.In", "NATO.He"); a quotation mark glued
  after such a stop ('Belarus."He', 'said."We'); a quotation mark or closing bracket glued between a word and such
  a stop or before a stop glued to a dialogue dash ('hide"."It', "6).The", 'said".- We').
- `install_infixes` also splits a stop glued before a dialogue dash, in translated copy that marks direct speech with
  dashes ("she said.- If Russia attacks", "in Ukraine.- We will"): the word ("said", a cue again; "Ukraine", a name
  again), the stop and the dash are three tokens.
- the `glued_stops` component (before the parser) starts a sentence after such a stop: on the word after a closing
  quotation mark ('Belarus."He'), on an opening one ('said."We will'), on a dialogue dash before a capitalised word
  (the dash and the words after it one sentence; a dash before a lower-case cue, "hold.- said the commander", closes
  the quotation and starts none); a straight quotation mark closes when the
  paragraph has an odd number of them before it. A stop after an abbreviation of `sentence_stops.csv`
  ("Mr.Smith", "St.Petersburg") or after a single capital letter ("J.K.Rowling") starts no sentence, nor does a
  dash glued to such a stop ("approx.- 50 tanks").

- `install_titles(nlp)` keeps a title's dot in its token ("Coun.", "Sgt.", "Insp.": the `title` rows of
  `sentence_stops.csv`, tokenizer special cases like spaCy's own "Gov." and "Sen."); split off, the dot ended the
  sentence before the name ('"We will not raise taxes," says Coun. Shelley Carroll.' gave the speaker "Coun").

Not split: a domain ("Ukrinform.ua": lower case after the dot), decimals ("14.00"), "No.5", initials and
abbreviations with single letters ("U.S.", "J.K.").
"""

from __future__ import annotations

import functools
import re

from . import config

GLUED_STOPS = "glued_stops"
FILE = "sentence_stops.csv"
_STOPS = ".?!"
_OPEN = '"\u201c'  # a quotation mark that may open a sentence (straight or left double)
_CLOSE = '"\u201d'  # a quotation mark that may close one (straight or right double)
_DASHES = "-\u2013\u2014"  # a dialogue dash that may open a sentence after a glued stop (translated copy)
_DASH_CLASS = f"[{re.escape(_DASHES)}]"


def _infix_patterns() -> list[str]:
    from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, ALPHA_UPPER

    al, au, a = ALPHA_LOWER, ALPHA_UPPER, ALPHA
    quotes = '"\u201c\u201d'
    return [
        # a stop glued between a lower-case word, a number, a bracket or a quotation mark and a capitalised word:
        # "said.According", "likely?Come", "TVN24.In", 'guarantees".They', optionally across a quotation mark
        rf"(?<=[{al}0-9)\]{quotes}])[.?!](?=[{quotes}]?[{au}])",
        # a stop glued between an acronym and a capitalised word: "NATO.He", "USA.Joe" (not "U.S.", single letters)
        rf"(?<=[{au}][{au}])[.?!](?=[{quotes}]?[{au}][{al}])",
        # a quotation mark glued after a stop, before a capitalised word or an opening mark: 'Belarus."He', '"."It'
        rf"(?<=[.?!])[{quotes}](?=[{quotes}]?[{au}])",
        rf'(?<=[.?!]["\u201d])[{quotes}](?=[{au}])',
        # a quotation mark or closing bracket between a word (or an ellipsis) and a glued stop before a capitalised
        # word or a dialogue dash that ends the token: 'hide"."It', "(January 6).The", "(...).The", 'said".- We'
        rf"(?<=[{a}0-9.])[{quotes})](?=[.?!]([{quotes}]?[{au}]|{_DASH_CLASS}$))",
        # a stop glued between a word (lower case, digits, a closing mark) and a dialogue dash that ends the token
        # ("she said.- If Russia ...", "in Ukraine.- We will"; not "U.S.-made"): three tokens ("said" a cue again)
        rf"(?<=[{al}0-9)\]{quotes}])[.?!](?={_DASH_CLASS}$)",
    ]


def _prefix_pattern() -> str:
    """A stop at the start of a token before a capitalised word, the token before it split off by a prefix rule
    ("(...).The" after "(...)", 'the OSCE ".He' after the quotation mark): the stop is a token of its own."""
    from spacy.lang.char_classes import ALPHA_LOWER, ALPHA_UPPER

    return rf"^[.?!](?=[{ALPHA_UPPER}][{ALPHA_LOWER}])"


@functools.lru_cache(maxsize=4)
def _words(kind: str, path: str | None = None) -> tuple:
    """The words of sentence_stops.csv's rows of `kind`, as written, without their dot (a row's `kind` may name
    both kinds, "title abbreviation": "Sgt." is kept one token and "Sgt.Smith" keeps one sentence)."""
    return tuple(r["word"].strip() for r in config.reference_rows(path or FILE) if kind in r["kind"].split())


def titles(path: str | None = None) -> tuple:
    """Titles as written, without their dot, that the tokenizer keeps with their dot (sentence_stops.csv, `title`)."""
    return _words("title", path)


def install_titles(nlp) -> None:
    """A tokenizer special case per title of `titles()`: "Coun." one token, as spaCy's exceptions keep "Gov."."""
    from spacy.attrs import ORTH

    for word in titles():
        nlp.tokenizer.add_special_case(f"{word}.", [{ORTH: f"{word}."}])


def _extended(current, extra: str):
    """A compiled regex: the model's pattern (if any), then `extra` as a further alternative."""
    base = current.__self__.pattern if current is not None else None
    return re.compile(f"{base}|{extra}" if base else extra)


def install_infixes(nlp) -> None:
    """Add the glued-stop infixes and prefix to nlp's tokenizer (after the model's own; setting them resets the
    tokenizer's cache). Each setter re-adds every special case of the tokenizer (1,367 in en_core_web_sm: ~0.1 s
    CPU each, in a run's serial start): the rules are set aside while the two are set, and then set back, so that
    they are added once, as the last setter would have added them (spaCy's own `from_bytes` sets its rules last
    for the same reason)."""
    tok = nlp.tokenizer
    rules = tok.rules  # the dict itself: the setter below gives the tokenizer a new one
    tok.rules = {}
    tok.infix_finditer = _extended(tok.infix_finditer, "|".join(_infix_patterns())).finditer
    tok.prefix_search = _extended(tok.prefix_search, _prefix_pattern()).search
    tok.rules = rules


@functools.lru_cache(maxsize=2)
def abbreviations(path: str | None = None) -> frozenset:
    """Lower-case words (no dot) after which a glued full stop ends no sentence (sentence_stops.csv, `abbreviation`)."""
    return frozenset(w.lower() for w in _words("abbreviation", path))


def _ends_sentence(doc, stop) -> bool:
    """Is `stop` (a '.', '?' or '!' glued to the word before it) a sentence end, not an abbreviation's dot?"""
    return not (stop.i == 0 or doc[stop.i - 1].whitespace_) and not _abbreviation_stop(doc, stop)


def _abbreviation_stop(doc, stop) -> bool:
    """Is `stop` a dot glued to an abbreviation of sentence_stops.csv or to a single capital letter ("approx.",
    "F.")? Only then can a dash glued after it be no sentence start ("Ukraine .- We" is a stop of its own)."""
    if stop.i == 0 or stop.text != "." or doc[stop.i - 1].whitespace_:
        return False
    word = doc[stop.i - 1]
    return word.lower_ in abbreviations() or (len(word.text) == 1 and word.text.isupper())


def _closes(doc, quote) -> bool:
    """Does this quotation mark close a quotation? A right mark does; a straight one when its paragraph has an odd
    number of straight marks before it (counted on the tokens back to the line break)."""
    if quote.text != '"':
        return quote.text == "\u201d"
    n = 0
    for k in range(quote.i - 1, -1, -1):
        tok = doc[k]
        if "\n" in tok.whitespace_ or "\n" in tok.text:
            break
        n += tok.text.count('"')
    return n % 2 == 1


def sentence_start_after(doc, stop):
    """(the token that starts the sentence after a glued stop or None, the closing quotation mark between them or
    None): the capitalised word right after the stop (after a closing quotation mark), or the opening quotation mark
    before it."""
    j, closing = stop.i + 1, None
    if j < len(doc) and doc[j].text in _CLOSE and _closes(doc, doc[j]):
        if doc[j].whitespace_:
            return None, None
        closing, j = doc[j], j + 1
    if j >= len(doc):
        return None, None
    tok = doc[j]
    if tok.text in _OPEN and not tok.whitespace_ and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
        return tok, closing
    if tok.text in _DASHES and tok.whitespace_ and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
        return tok, closing  # a dialogue dash opening the next sentence: "she said.- If Russia ..."
    return (tok, closing) if tok.text[:1].isupper() else (None, None)


def _glued_stop_tokens(doc):
    """The '.', '?' and '!' tokens with no space after them, but the first and last (found on the doc's ORTH and
    SPACY arrays, not token by token)."""
    import numpy as np
    from spacy.attrs import ORTH, SPACY
    from spacy.strings import get_string_id

    if len(doc) < 3:
        return
    arr = doc.to_array([ORTH, SPACY])
    stops = np.array([get_string_id(c) for c in _STOPS], dtype=arr.dtype)
    for i in np.flatnonzero(np.isin(arr[1:-1, 0], stops) & (arr[1:-1, 1] == 0)):
        yield doc[int(i) + 1]


def _no_start_at_dash(doc, stop, before_lower: bool) -> None:
    """No sentence starts at a dash glued after `stop` nor at the word after it: a dialogue dash before a
    lower-case word (`before_lower`: a cue, "... to hold.- said the commander", closes the quotation), or a dash
    glued to an abbreviation's dot ("approx.- 50 tanks", "Smith Sr.- We will": the tokenizer splits them off)."""
    j = stop.i + 1
    if j + 1 < len(doc) and doc[j].text in _DASHES and (
            not before_lower or (doc[j].whitespace_ and doc[j + 1].is_lower)):
        doc[j].is_sent_start = False
        doc[j + 1].is_sent_start = False


def mark_glued_stops(doc):
    """Start a sentence after every glued sentence-final stop (see the module docstring); a closing quotation mark
    glued after the stop stays with the sentence it closes (the parser would otherwise start the next one on it)."""
    for tok in _glued_stop_tokens(doc):
        _no_start_at_dash(doc, tok, before_lower=True)
        if _ends_sentence(doc, tok):
            start, closing = sentence_start_after(doc, tok)
            if start is not None:
                start.is_sent_start = True
                if closing is not None:
                    closing.is_sent_start = False
                if start.text in _DASHES:  # the dash opens the sentence of the words after it, not one of its own
                    doc[start.i + 1].is_sent_start = False
        elif _abbreviation_stop(doc, tok):
            _no_start_at_dash(doc, tok, before_lower=False)
    return doc


@functools.lru_cache(maxsize=1)
def fingerprint() -> str:
    """A short hash of this module's source and sentence_stops.csv: part of the model id (nlp.additions), so an edit
    to either re-parses cached articles (the extraction cache hashes the statements package, not this module)."""
    import hashlib
    from pathlib import Path

    h = hashlib.sha1(Path(__file__).read_bytes())
    try:
        h.update(config.reference(FILE).read_bytes())
    except OSError:
        h.update(FILE.encode())
    return h.hexdigest()[:8]


def register() -> None:
    from spacy.language import Language

    if not Language.has_factory(GLUED_STOPS):
        Language.component(GLUED_STOPS, func=mark_glued_stops)


def install(nlp) -> None:
    """The glued-stop infixes and the titles' special cases in nlp's tokenizer, and the `glued_stops` component
    before the parser."""
    install_infixes(nlp)
    install_titles(nlp)
    if "parser" in nlp.pipe_names:
        register()
        nlp.add_pipe(GLUED_STOPS, before="parser")
