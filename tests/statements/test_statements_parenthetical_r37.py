"""Round 37 (issue #14): constructions around a parenthetical cue (ANNOTATION.md: a statement interrupted by its
cue gives two parts; a nested speech act belongs to its innermost speaker). Invented sentences, each modelled on a
different article's construction.

`content.sentence.governed_by_cue_before`: "If A, X said, B will respond", parsed with B's cue verb the complement of
"said": the words before are not B's content (before, "If A, X said" was credited to B).

Under the guide it also drops an outlet's tag closing a speaker's statement ("A, he said after talks, AFP reports":
the statement is the innermost speaker's); under PolNeAR's convention the outlet keeps it.

`content.sentence._cue_in_part`: a cue inside the quotation after a parenthetical cue whose subject is a first
person ('..., X said, but "we never asked for more"') is the quoted speaker's own words, not another speech event:
the quotation is X's second part.

`content.sentence.mixed_lead`: a first part holding quoted fragments opened and closed inside it is kept."""

from __future__ import annotations

import pytest

from support import extract_rows

GOVERNED = [
    ("If Russia attacks, the president said, NATO will respond.", "NATO will respond", "said"),
    ("If Moscow escalates, the minister warned, the allies will answer.", "the allies will answer", "warned"),
    ("If the shelling resumes, the mayor said, the city will respond.", "the city will respond", "said"),
]


@pytest.mark.parametrize("body, content, cue", GOVERNED)
def test_a_cue_under_the_parenthetical_cue_takes_no_trailing_content(nlp, body, content, cue):
    rows = extract_rows(nlp, body)
    assert not any(cue in r["text"].split() for r in rows), [r["text"] for r in rows]
    assert any(r["text"] == content and r["cue"] == cue for r in rows), [(r["text"], r["cue"]) for r in rows]


QUOTED_FIRST_PERSON = [
    ('The grain deal was extended, the ministry said, but "we never asked for more than we need."',
     "The grain deal was extended", "we never asked for more than we need."),
    ('The grain corridor was reopened, the agency said, but "we never asked Moscow for permission."',
     "The grain corridor was reopened", "we never asked Moscow for permission."),
    ('The bridge was repaired in March, the engineer said, and "we warned the army about the load."',
     "The bridge was repaired in March", "we warned the army about the load."),
]


@pytest.mark.parametrize("body, first, quoted", QUOTED_FIRST_PERSON)
def test_a_first_person_cue_inside_the_quotation_does_not_stop_the_second_part(nlp, body, first, quoted):
    texts = [r["text"] for r in extract_rows(nlp, body)]
    assert first in texts and any(quoted in t for t in texts), texts


RELAYED = [
    ("The talks “went well”, he said after meeting his counterpart from Poland, AFP reports.", "The talks “went well”"),
    ("Nothing was agreed, she said after the meeting in Minsk, BelTA reports.", "Nothing was agreed"),
    ("The grain ships will sail on Monday, the minister said at a briefing in Kyiv, Ukrinform reports.",
     "The grain ships will sail on Monday"),
]


@pytest.mark.parametrize("body, said", RELAYED)
def test_an_outlets_tag_closing_a_speakers_statement_is_no_second_row_under_the_guide(nlp, body, said):
    rows = [(r["text"], r["cue"]) for r in extract_rows(nlp, body)]
    assert (said, "said") in rows and not any(cue == "reports" for _, cue in rows), rows
    outer = [(r["text"], r["cue"]) for r in extract_rows(nlp, body, nesting="outer")]
    assert any(cue == "reports" for _, cue in outer), outer  # (PolNeAR's outer source keeps it)


MIXED_LEADS = [
    ("Such “huge jumps in price” were unlikely to reach households in full, the regulator said, but families had to "
     "prepare for higher bills.", "Such “huge jumps in price” were unlikely to reach households in full"),
    ('The "new phase" of the offensive began overnight, the general said, and the army is holding the line.',
     'The "new phase" of the offensive began overnight'),
    ("The city's defences are “holding for now”, the mayor said, but the shelling has not stopped.",
     "The city's defences are “holding for now”"),
]


@pytest.mark.parametrize("body, lead", MIXED_LEADS)
def test_a_first_part_with_quoted_fragments_is_kept(nlp, body, lead):
    """`content.sentence.mixed_lead`, round 37: a lead before a parenthetical cue that holds a quoted fragment
    opened and closed inside it is the statement's first part (before, a quotation mark in it dropped it)."""
    rows = [(r["text"], r["cue"]) for r in extract_rows(nlp, body)]
    assert any(t.startswith(lead) and cue == "said" for t, cue in rows), rows
    # a lead that ends in a quoted fragment keeps the fragment's closing mark
    assert all(t.count("“") == t.count("”") for t, _ in rows if t.startswith(lead)), rows
