"""A wire lead whose all-caps dateline the parse made a subject of the main verb beside the real one ("KYIV, Ukraine
(AP) — President Zelenskyy urged ..., saying ..."): a participle hanging on that verb takes the subject after the
dateline's dash, never the dateline (`subjects._dateline_sibling`); the mention leaves out the dateline's spaced
dash ("KYIV (Reuters) - Ukraine's military said": `mention_span.mention`). Invented leads in three wire styles."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("text, name", [
    ("KYIV, Ukraine (AP) — President Volodymyr Zelenskyy urged allies on Tuesday to speed up deliveries of air "
     "defence systems, saying Russia had launched 40 missiles overnight.", "Volodymyr Zelenskyy"),
    ("VILNIUS, Lithuania (AP) — NATO Secretary-General Jens Stoltenberg urged members on Wednesday to send more "
     "ammunition, saying stocks were running low.", "Jens Stoltenberg"),
    ("KYIV, Feb 3 (Reuters) - Ukrainian Foreign Minister Dmytro Kuleba urged Germany on Monday to send more tanks, "
     "saying the next weeks would be decisive.", "Dmytro Kuleba"),
    ("KYIV, Ukraine (AFP) - Defence Minister Rustem Umerov thanked Denmark on Friday for the jets, saying they "
     "would arrive by summer.", "Rustem Umerov"),
], ids=["ap-zelenskyy", "ap-stoltenberg", "reuters-kuleba", "afp-umerov"])
def test_a_participle_after_a_wire_dateline_takes_the_main_subject(nlp, text, name):
    rows = extract_rows(nlp, text)
    row = next(r for r in rows if r["cue"] == "saying")
    assert row["speaker_name"] == name
    assert "(" not in row["speaker_text"] and not row["speaker_text"].isupper()


def test_a_place_subject_with_no_dateline_stays_the_speaker(nlp):
    """Near miss: a capital that is the clause's only subject speaks for its country ("Kyiv said ...")."""
    rows = extract_rows(nlp, "Kyiv said on Monday that it would need more shells before the spring, saying "
                             "the winter stocks were gone.")
    assert {r["speaker_text"] for r in rows} == {"Kyiv"}


def test_a_dateline_with_no_second_subject_leaves_the_quoted_source(nlp):
    """Near miss: a dateline and a lead with a closing source; the source after the content speaks."""
    rows = extract_rows(nlp, "RIGA (AP) — The border crossing will stay closed until spring, Latvian Interior "
                             "Minister Rihards Kozlovskis said on Thursday.")
    assert [r["speaker_name"] for r in rows] == ["Rihards Kozlovskis"]


@pytest.mark.parametrize("text, mention", [
    ("KYIV (Reuters) - Ukraine's military said on Sunday that it had shot down 30 drones overnight.",
     "Ukraine's military"),
    ("LONDON, May 9 (Reuters) - British Defence Secretary Grant Shapps announced a new drone package on Thursday, "
     "saying it would help Ukraine hold the line.", "British Defence Secretary Grant Shapps"),
    ("BRUSSELS (AFP) - EU diplomatic chief Josep Borrell warned ministers on Monday against delay, saying "
     "Ukraine could not wait for shells.", "EU diplomatic chief Josep Borrell"),
    ("KYIV - Ukraine's military said on Monday that it had shot down 30 drones.", "Ukraine's military"),
    ("LONDON - British officials said on Tuesday that the new package would include tanks.", "British officials"),
], ids=["reuters-military", "reuters-shapps", "afp-borrell", "no-bracket-military", "no-bracket-officials"])
def test_the_mention_after_a_wire_dateline_leaves_out_its_dash(nlp, text, mention):
    assert {r["speaker_text"] for r in extract_rows(nlp, text)} == {mention}


def test_a_hyphen_inside_the_mention_stays(nlp):
    """Near miss: a hyphen joining words of the mention is no dateline dash."""
    rows = extract_rows(nlp, "KYIV (Reuters) - A 45-year-old volunteer said on Sunday that the shelling had lasted "
                             "all night.")
    assert {r["speaker_text"] for r in rows} == {"A 45-year-old volunteer"}
