"""An unnamed speaker's affiliation phrase after its mention (statements.speakers.affiliations): "Investigators
of the self-styled republic said" keeps the body it speaks for in the canonical speaker; phrases with no named place
or body, and named people, keep the mention as it is."""

from __future__ import annotations

import re

import pytest

from pledgewatch.statements.speakers import resolve_speakers


def _resolve(nlp, text, mention, content):
    doc = nlp(text)
    cs = text.index(content)
    pos = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", text)][0]
    span = doc.char_span(pos, pos + len(mention), alignment_mode="expand")
    rows = [{"speaker_span": (span.start, span.end), "cue_i": span.end, "char_start": cs,
             "char_end": cs + len(content), "speaker_text": ""}]
    resolve_speakers(doc, rows, {"text": text, "published": "2022-07-20"})
    return rows[0]


@pytest.mark.parametrize("text, mention, content, phrase", [
    # a breakaway republic's prosecutors, after a sentence about a trial
    ("Two British volunteers appeared before judges this week. Investigators of the self-styled "
     "Donetsk People's Republic argued that both men should be shot.", "Investigators", "that both men should",
     "of the self-styled Donetsk People's Republic"),
    # unnamed sources seated in a capital
    ("Talks stalled again this week. Sources in Warsaw told reporters that tank deliveries would slip to March.",
     "Sources", "that tank deliveries would", "in Warsaw"),
    # an outlet in an occupied city
    ("Shelling went on through the night. The official news service in Moscow-occupied Horlivka reported "
     "that two schools had burned down.", "The official news service", "that two schools had",
     "in Moscow-occupied Horlivka"),
    # an apposition after the body ends the phrase
    ("Evidence from Bucha keeps arriving. Lawyers at the International Criminal Court, a tribunal based in "
     "The Hague, said that the files would take a year to sort.", "Lawyers", "that the files would take",
     "at the International Criminal Court"),
    # a court named by its seat
    ("The district court in Minsk ruled on Friday that the opposition newspaper must close for good.",
     "The district court", "that the opposition newspaper", "in Minsk"),
])
def test_an_affiliation_phrase_stays_with_the_speaker(nlp, text, mention, content, phrase):
    row = _resolve(nlp, text, mention, content)
    assert row["speaker_name"].endswith(phrase), row["speaker_name"]


@pytest.mark.parametrize("text, mention, content", [
    # the object is no named place or body: talks, a time, the front
    ("Officials in talks with Moscow said that a prisoner exchange was close.", "Officials",
     "that a prisoner exchange"),
    ("Soldiers from the front line said that their shells were running out fast.", "Soldiers",
     "that their shells were"),
    ("A historian at the dawn of the offensive said that the city could hold for weeks.", "A historian",
     "that the city could hold"),
    # a coordination, and a body the mention marks as the occupier's: the place is the territory
    ("Russia and its partners in Syria said that the convoy had been hit by a drone.", "Russia and its partners",
     "that the convoy had been"),
    ("Separatist councils in eastern Ukraine claimed that Kyiv had shelled a market.", "Separatist councils",
     "that Kyiv had shelled"),
    # a named person: the place is where she spoke, not whom she speaks for
    ("Annalena Baerbock in Kyiv said that Germany would send more air defence.", "Annalena Baerbock",
     "that Germany would send"),
])
def test_no_affiliation_phrase(nlp, text, mention, content):
    row = _resolve(nlp, text, mention, content)
    assert " in " not in row["speaker_name"] and " from " not in row["speaker_name"] and " at " not in \
        row["speaker_name"], row["speaker_name"]
