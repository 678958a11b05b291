"""A quotation resumed after its cue's sentence ('"A," X said. "B."') when that sentence holds more than the cue:
a relative clause, apposition or adverbial clause with a speech verb of its own, or an addressee after the cue.
The sentences are written after constructions seen in different articles (PolNeAR news, the Ukraine corpus)."""

from __future__ import annotations

import pytest

from support import extract_rows


def rows_of(nlp, body, **kw):
    return [(r["cue"], r["speaker_name"], r["text"]) for r in extract_rows(nlp, body, **kw)]


@pytest.mark.parametrize("body, first, second, speaker", [
    # a relative clause on the speaker with a cue of its own ("who told reporters ...")
    ('"We will not stop," said Dmitry Peskov, who told reporters on Monday that the talks had failed. '
     '"The operation will go on until its goals are met."',
     "We will not stop", "The operation will go on until its goals are met.", "Dmitry Peskov"),
    # an apposition whose relative clause has a cue ("a pollster who ... called him ...")
    ('"I would not make any moral case against his work," said Yevgeny Kopachko, a pollster who worked '
     'alongside Mr. Manafort for a decade and called him a practical strategist. "Nobody owns the truth."',
     "I would not make any moral case against his work", "Nobody owns the truth.",
     "Yevgeny Kopachko"),
    # an adverbial clause after the cue with a cue of its own ("after news outlets declared ...")
    ('"We will begin to win again," Trump told his victory party, an hour after networks '
     'declared him the primary\'s winner. "You will be so pleased."',
     "We will begin to win again", "You will be so pleased.", "Trump"),
])
def test_a_quotation_resumed_after_a_cue_sentence_with_an_embedded_cue(nlp, body, first, second, speaker):
    rows = rows_of(nlp, body)
    assert (rows[0][1], rows[0][2]) == (speaker, first)
    resumed = [r for r in rows if r[2] == second]
    assert resumed and resumed[0][1] == speaker, rows
    joined = [r["text"] for r in extract_rows(nlp, body, quote_parts="join", nesting="outer")]
    assert f"{first} {second}" in joined


@pytest.mark.parametrize("body, quote, addressee", [
    ('"Do you think I will ever be different?" Trump asked the reporters at a briefing in May. '
     '"I won\'t change."', "Do you think I will ever be different?", "reporters"),
    ('"We rely on nobody and answer to no bank," she told CNN in an interview recorded on Wednesday.',
     "We rely on nobody and answer to no bank", "CNN"),
    ('"There is no plan to send troops," the minister told him after the meeting in Brussels.',
     "There is no plan to send troops", "him"),
    ('"We need more air defence," Zelensky told journalists in Kyiv on Friday.',
     "We need more air defence", "journalists"),
])
def test_the_addressee_after_a_quotation_is_not_content(nlp, body, quote, addressee):
    texts = [r[2] for r in rows_of(nlp, body)]
    assert quote in texts
    assert not any(t.startswith(addressee) for t in texts), texts


def test_a_frame_after_the_quotation_with_its_own_clause_is_kept(nlp):
    texts = [r[2] for r in rows_of(nlp, '"Send us jets," Kuleba urged the allies to act now.')]
    assert "the allies to act now" in texts


def texts(rows):
    return [r["text"] for r in rows]


RESUMED = [
    ('"We had no way to know how they voted," the governor said of the released inmates, "But we know they '
     'paid their debt and came home."', "We had no way to know how they voted",
     "But we know they paid their debt and came home."),
    ('"As far as the campaigns care," he said of the rival teams, "I have probably annoyed every one of them. '
     'That is my job."', "As far as the campaigns care", "I have probably annoyed every one of them. That is my job."),
    ('"Nobody expected the storm to turn," the forecaster said on Monday of the hurricane, "We will be more '
     'careful next season."', "Nobody expected the storm to turn", "We will be more careful next season."),
]


@pytest.mark.parametrize("body, first, second", RESUMED)
def test_a_whole_quoted_sentence_resumed_after_the_cue_clause_is_the_second_part(nlp, body, first, second):
    assert texts(extract_rows(nlp, body)) == [first, second]
    assert texts(extract_rows(nlp, body, quote_parts="join", nesting="outer")) == [first + " " + second]


@pytest.mark.parametrize("body, first", [
    ('"It was a long night," she said of the film, "The Post," which opened on Friday.', "It was a long night"),
    ('"We will see," he said of the vote, "Maybe."', "We will see"),
])
def test_a_title_or_a_short_word_after_the_cue_clause_is_not_a_second_part(nlp, body, first):
    assert texts(extract_rows(nlp, body))[0] == first
    assert len([r for r in extract_rows(nlp, body) if r["quote_type"] == "direct"]) == 1
