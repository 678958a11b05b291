"""Cleaning as data: character normalisation (data/reference/char_map.csv) and page-furniture removal
(data/reference/boilerplate.csv), each removal counted per rule.

Rule kinds in boilerplate.csv (`pattern` is a Python regex; `flags` 'i' = ignore case):
    block    searched over the whole normalised text (re.M); every match is removed (may span lines)
    line     must match a whole line (stripped, up to MAX_FURNITURE_LINE characters); the line is removed
    prefix   matched at the start of a line; only the match is removed, the rest of the line stays
    caption  searched at the end of a line (a photo credit): the whole line is a caption and removed; where the
             guard sees a possible statement in it, only the credit is removed
    caption_head  the same for a credit at the start of a line ('Name / The Canadian Press Caption text ...')
    repeat   a line of at least `pattern` characters seen earlier in the same article is removed (doubled captions)
    guard    the regex that recognises a possible statement (quote marks, speech verbs)
`guard` column: 'speech' = never remove text the guard regex matches; 'none' = the pattern is specific enough to page
furniture (promo boxes, interface labels) that it always applies.

Normalisation keeps offsets reproducible: the same input always gives the same clean text, and every character
mapping in char_map.csv is one character to at most one character.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import config

MAX_FURNITURE_LINE = 800  # line rules are tried on lines up to this length (furniture lines are short)
_WS = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_LINE_EDGES = re.compile(r" *\n *")
_BLANKS = re.compile(r"\n{3,}")
_CTRL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")


def _ref(name: str) -> Path:
    return config.reference(name)


@lru_cache(maxsize=4)
def char_table(path: str | None = None) -> dict:
    table = {}
    for row in config.reference_rows(path or _ref("char_map.csv")):
        cp = row["codepoint"].strip()
        rep = row["replacement"].replace("\\n", "\n")
        table[int(cp[2:], 16)] = rep or None
    table[ord("\r")] = None  # \r\n -> \n; lone \r handled in normalize()
    return table


@lru_cache(maxsize=1)
def _mapped_chars() -> re.Pattern:
    return re.compile("[" + "".join(re.escape(chr(c)) for c in char_table() if c != ord("\r")) + "]")


def _map_char(m: re.Match) -> str:
    return char_table()[ord(m.group(0))] or ""


@dataclass
class Rule:
    rule_id: str
    kind: str
    regex: re.Pattern | None
    guard: bool
    min_chars: int = 0


@dataclass
class RuleSet:
    blocks: list[Rule] = field(default_factory=list)
    lines: list[Rule] = field(default_factory=list)
    prefixes: list[Rule] = field(default_factory=list)
    captions: list[Rule] = field(default_factory=list)
    caption_heads: list[Rule] = field(default_factory=list)
    repeat: Rule | None = None
    speech: re.Pattern | None = None
    line_any: re.Pattern | None = None  # all line rules in one alternation (one match per line)
    prefix_any: re.Pattern | None = None


@lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> RuleSet:
    rs = RuleSet()
    for row in config.reference_rows(path or _ref("boilerplate.csv")):
        kind = (row.get("kind") or "").strip()
        pat = row.get("pattern") or ""
        flags = re.I if "i" in (row.get("flags") or "") else 0
        guard = (row.get("guard") or "").strip() == "speech"
        rid = row["rule_id"].strip()
        if kind == "repeat":
            rs.repeat = Rule(rid, kind, None, guard, int(pat or 30))
            continue
        rx = re.compile(pat, flags | (re.M if kind in ("block", "guard") else 0))
        if kind == "guard":
            rs.speech = rx
        elif kind == "block":
            rs.blocks.append(Rule(rid, kind, rx, guard))
        elif kind == "line":
            rs.lines.append(Rule(rid, kind, rx, guard))
        elif kind == "prefix":
            rs.prefixes.append(Rule(rid, kind, rx, guard))
        elif kind == "caption":
            rs.captions.append(Rule(rid, kind, rx, guard))
        elif kind == "caption_head":
            rs.caption_heads.append(Rule(rid, kind, rx, guard))
        else:
            raise ValueError(f"boilerplate rule {rid!r}: unknown kind {kind!r}")

    def alternation(rules, anchor_end):
        parts = []
        for i, r in enumerate(rules):
            fl = "(?i:" if r.regex.flags & re.I else "(?:"
            parts.append(f"(?P<r{i}>{fl}{r.regex.pattern}))")
        return re.compile("(?:" + "|".join(parts) + ")" + ("\\Z" if anchor_end else "")) if parts else None

    rs.line_any = alternation(rs.lines, True)
    rs.prefix_any = alternation(rs.prefixes, False)
    return rs


def normalize(text: str) -> str:
    """Characters (char_map.csv), line ends, spaces inside lines, blank lines: deterministic."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = _mapped_chars().sub(_map_char, text)
    text = _CTRL.sub("", text)
    text = _WS.sub(" ", text)
    text = _LINE_EDGES.sub("\n", text)
    text = _BLANKS.sub("\n\n", text)
    return text.strip()


def _norm_key(line: str) -> str:
    return " ".join(line.lower().split())


def has_speech(text: str, rules: RuleSet | None = None) -> bool:
    rules = rules or load_rules()
    return bool(rules.speech and rules.speech.search(text))


def _drop_credited_caption(caption: str, rule, rules, removed) -> str:
    """A photo credit matched `rule`: remove the caption with it, unless the rule is guarded and the caption holds
    speech (then only the credit goes). Returns what is left of the line and counts the removal."""
    if rule.guard and has_speech(caption, rules):
        removed[rule.rule_id + ":credit_only"] += 1
        return caption
    removed[rule.rule_id] += 1
    return ""


def _remove_blocks(text: str, rules: RuleSet, removed: Counter) -> str:
    """The text with its furniture blocks removed (a guarded block is kept when it holds speech)."""
    for r in rules.blocks:
        if r.guard:
            def _sub(m, r=r):
                if has_speech(m.group(0), rules):
                    return m.group(0)
                removed[r.rule_id] += 1
                return ""
            text = r.regex.sub(_sub, text)
        else:
            text, n = r.regex.subn("", text)
            if n:
                removed[r.rule_id] += n
    return text


def _strip_line(line: str, rules: RuleSet, removed: Counter) -> str:
    """A non-empty line without its furniture prefix, caption head or photo credit; '' when the whole line is
    furniture or nothing is left."""
    if rules.prefix_any is not None:
        m = rules.prefix_any.match(line)
        if m:
            r = rules.prefixes[int(m.lastgroup[1:])]
            if not (r.guard and has_speech(m.group(0), rules)):
                removed[r.rule_id] += 1
                line = line[m.end():].lstrip()
                if not line:
                    return ""
    if rules.line_any is not None and len(line) <= MAX_FURNITURE_LINE:
        m = rules.line_any.match(line)
        if m:
            r = rules.lines[int(m.lastgroup[1:])]
            if not (r.guard and has_speech(line, rules)):
                removed[r.rule_id] += 1
                return ""
    for r in rules.caption_heads:
        m = r.regex.match(line)
        if not m:
            continue
        line = _drop_credited_caption(line[m.end():], r, rules, removed)
        break
    if not line:
        return ""
    tail = line[-160:]
    if "/" in tail or ":" in tail or " by " in tail:
        for r in rules.captions:
            m = r.regex.search(tail)
            if not m:
                continue
            credit_start = len(line) - len(tail) + m.start()
            line = _drop_credited_caption(line[:credit_start], r, rules, removed).rstrip()
            break
    return line


def clean_body(text: str, rules: RuleSet | None = None, *, normalized: bool = False) -> tuple[str, Counter]:
    """Normalise and remove furniture. Returns (clean text, Counter rule_id -> removals)."""
    rules = rules or load_rules()
    removed: Counter = Counter()
    if not normalized:
        text = normalize(text)
    if not text:
        return "", removed
    text = _remove_blocks(text, rules, removed)
    out = []
    seen: set[str] = set()
    rep = rules.repeat
    for line in text.split("\n"):
        if not line:
            out.append(line)
            continue
        line = _strip_line(line, rules, removed)
        if not line:
            continue
        if rep is not None and len(line) >= rep.min_chars:
            key = _norm_key(line)
            if key in seen:
                removed[rep.rule_id] += 1
                continue
            seen.add(key)
        out.append(line)
    text = "\n".join(out)
    text = _BLANKS.sub("\n\n", text).strip()
    return text, removed


def clean_title(title: str) -> str:
    t = normalize(title or "")
    return " ".join(t.split())


__all__ = ["normalize", "clean_body", "clean_title", "load_rules", "has_speech", "char_table"]
