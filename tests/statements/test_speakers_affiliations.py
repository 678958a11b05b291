"""An unnamed speaker's affiliation phrase after its mention (statements.speakers.affiliations): "Investigators
of the self-styled republic said" keeps the body it speaks for in the canonical speaker; phrases with no named place
or body, and named people, keep the mention as it is."""

from __future__ import annotations

import pytest

from support import resolve_mention


def _resolve(nlp, text, mention, content):
    return resolve_mention(nlp, text, mention, content, published="2022-07-20")


@pytest.mark.parametrize("text, mention, content, phrase", [
    # a breakaway republic's prosecutors, after a sentence about a trial
    ("Two British volunteers appeared before judges this week. Investigators of the self-styled "
     "Donetsk People's Republic argued that both men should be shot.", "Investigators", "that both men should",
     "of the self-styled Donetsk People's Republic"),
    # an apposition after the body ends the phrase
    ("Evidence from Bucha keeps arriving. Lawyers at the International Criminal Court, a tribunal based in "
     "The Hague, said that the files would take a year to sort.", "Lawyers", "that the files would take",
     "at the International Criminal Court"),
    # a body inside a named body's own entity: the preposition belongs to the name, the city after it does not
    ("Frontline maps are redrawn daily. The Institute for Baltic Security Studies in Vilnius said that the "
     "offensive had stalled near the river.", "The Institute", "that the offensive had",
     "for Baltic Security Studies"),
    # a body's short name that is a word inside the mention ("un" in "young") is still added
    ("Young reporters at the UN said that the vote would be delayed again.", "Young reporters",
     "that the vote would be", "at the UN"),
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
    # a bare place after in / at is where the speaker is (a seat is seats.py's), also after a lowercase word
    ("Foreign volunteers in southern Ukraine said that the bridge had been cut overnight.", "Foreign volunteers",
     "that the bridge had been"),
    ("Aid workers in northern Syria said that the bakery had been closed for a week.", "Aid workers",
     "that the bakery had been"),
    ("A soldier in eastern Ukraine said that the trenches had flooded again.", "A soldier",
     "that the trenches had flooded"),
    # a relational noun: its object is the other side
    ("Allies of Ukraine said that the next package would include shells.", "Allies",
     "that the next package"),
    ("Critics of the Kremlin said that the vote had been rigged from the start.", "Critics",
     "that the vote had been"),
    # a named body is named already: the city is where it sits
    ("NATO in Brussels said that the drills would go ahead in May.", "NATO", "that the drills would"),
    # a coordinated object names no one body or place
    ("Experts from Russia and Ukraine said that the dam could not be repaired.", "Experts",
     "that the dam could not"),
    # an event is where the speaker is
    ("Officials at the Tallinn Defence Conference said that the ceasefire plan was dead.", "Officials",
     "that the ceasefire plan"),
])
def test_no_affiliation_phrase(nlp, text, mention, content):
    row = _resolve(nlp, text, mention, content)
    assert row["speaker_name"] in (mention, mention.split(" ", 1)[-1]), row["speaker_name"]


@pytest.mark.parametrize("text, mention, phrase", [
    # a bare capitalised place is kept (coding strips "in/at (the) Capitalised" from the host)
    ("Sources in Warsaw told reporters that tank deliveries would slip to March.", "Sources", "in Warsaw"),
    ("The court in Minsk said that the two reporters would stay in custody.", "The court", "in Minsk"),
    # a word of the place's own before it: where the speaker is, no phrase
    ("A soldier in eastern Ukraine said that the trenches had flooded again.", "A soldier", ""),
    ("Volunteers in war-torn Syria said that the bakery had been closed.", "Volunteers", ""),
])
def test_the_phrase_itself(nlp, text, mention, phrase):
    from pledgewatch.statements.speakers.affiliations import affiliation_phrase

    doc = nlp(text)
    span = doc.char_span(text.index(mention), text.index(mention) + len(mention))
    assert affiliation_phrase(doc, (span.start, span.end)) == phrase


def test_a_named_body_ending_at_its_preposition_has_no_phrase():
    """The NER closed the body's name on the preposition itself ("[The Institute for] [Peace] said"): no phrase, and
    no crash where the speaker's name is compared with it."""
    import spacy
    from spacy.tokens import Doc

    from pledgewatch.statements.speakers.affiliations import affiliation_phrase

    doc = Doc(spacy.blank("en").vocab, words=["The", "Institute", "for", "Peace", "said", "so"],
              heads=[1, 4, 1, 2, 4, 4], deps=["det", "nsubj", "prep", "pobj", "ROOT", "advmod"],
              pos=["DET", "PROPN", "ADP", "PROPN", "VERB", "ADV"], ents=["B-ORG", "I-ORG", "I-ORG", "B-GPE", "O", "O"])
    assert affiliation_phrase(doc, (0, 2)) == ""
