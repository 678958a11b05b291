"""The `Statement` the finder builds: one attributed span of an article, before its speaker is resolved.

A statement refers to others directly (no ids): `joins` is the previous part of the same statement (a quotation
resumed after its cue, the words before a parenthetical cue, a quotation continued without a cue; `parts.join_parts`
merges them under quote_parts="join"); `speaker_of` is the statement whose speaker a cue-less continued quotation
takes. `to_row` turns it into the dict `speakers.resolve_speakers` reads, with those links as row indices.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(eq=False)  # compared and hashed by identity: two statements with the same span are still two
class Statement:
    text: str
    char_start: int
    char_end: int
    quote_type: str                          # direct | indirect | mixed
    cue: str                                 # the cue as written ("has said", "called for", ":")
    cue_lemma: str                           # the cue's lemma for grouping ("say", "call for", "according to")
    speaker_span: tuple[int, int] | None     # token span of the speaker mention at the cue
    cue_i: int | None                        # token index of the cue (None: subheadings, colon subjects)
    in_title: bool
    root: int | None = None                  # head token of the reported clause (nesting looks for a cue there)
    speaker_of: Statement | None = None      # a continued quotation: the statement whose speaker it takes
    joins: Statement | None = None           # the previous part of the same statement
    speaker_text: str = ""
    lead: tuple[int, int] | None = None      # join only: the host sentence's words before a comma-set cue clause
    tail: tuple[int, int] | None = None      # join only: the host sentence's words after it (`host_sides`)
    in_quotation: bool = False               # a third party's words reported inside a quotation (`quoted_report`)

    def set_span(self, cs: int, ce: int, text: str) -> None:
        """Narrow (or move) the content to text[cs:ce] of the article."""
        self.char_start, self.char_end, self.text = cs, ce, text[cs:ce]

    def to_row(self, index: dict) -> dict:
        """The row dict for `speakers.resolve_speakers` (index: statement -> its position in the returned rows;
        a link to a statement no longer returned becomes None)."""
        return {"text": self.text, "char_start": self.char_start, "char_end": self.char_end,
                "quote_type": self.quote_type, "cue": self.cue, "cue_lemma": self.cue_lemma,
                "speaker_span": self.speaker_span, "cue_i": self.cue_i,
                "speaker_of": index.get(self.speaker_of) if self.speaker_of is not None else None,
                "in_title": self.in_title, "_joins": index.get(self.joins) if self.joins is not None else None,
                "speaker_text": self.speaker_text, "_lead": self.lead, "_tail": self.tail,
                "_in_quotation": self.in_quotation}


def kept_rows(rows: list[dict], keep: list[int]) -> list[dict]:
    """rows[i] for i in keep (ascending), copied, with their row links (`_joins`, `speaker_of`: row indices)
    re-indexed to the rows kept; a link to a dropped row becomes None."""
    new = {old: k for k, old in enumerate(keep)}
    out = []
    for i in keep:
        r = dict(rows[i])
        for key in ("_joins", "speaker_of"):
            if r.get(key) is not None:
                r[key] = new.get(r[key])
        out.append(r)
    return out
