"""Round 40 (issue #14, content cut short; ukraine_team half A): translated Polish news glues the sentences of one
speaker's paragraph with no space after the full stop and closes it with the cue, without an opening dash
("A.B - said X", "A.B, say officials"); the content is the paragraph's sentences, not the last glued one
(`glued_sentences.glued_paragraphs`).

Invented sentences after the shapes read in three different articles of a Polish outlet (2022), parsed with the real
model."""

from __future__ import annotations

import pytest

from support import extract_rows


def contents(nlp, body):
    return [(r["cue"], r["text"]) for r in extract_rows(nlp, body)]


@pytest.mark.parametrize("body, cue, content", [
    # a Polish outlet, August 2022: a military command's two glued sentences, then "-said" with no space before the dash
    ("Until now, the Russians fired these rockets only at key targets.They also used them in a Sunday attack on the "
     "Vinnytsia region-said the command of the air force.", "said",
     "Until now, the Russians fired these rockets only at key targets.They also used them in a Sunday attack on the "
     "Vinnytsia region"),
    # the same outlet, August 2022: a weekly's verdict closed by " - reminds"
    ("The alliance between Germany and Russia was ended by the war in Ukraine.Not only did it turn out how exposed "
     "Berlin was, but the imports finance the war - reminds the British weekly.", "reminds",
     "The alliance between Germany and Russia was ended by the war in Ukraine.Not only did it turn out how exposed "
     "Berlin was, but the imports finance the war"),
    # the same outlet, March 2022: three glued sentences closed by a comma and a finite cue after its subject
    ("Ukraine needs more air defence.The allies must act now.Every day counts, the minister said.", "said",
     "Ukraine needs more air defence.The allies must act now.Every day counts"),
])
def test_glued_paragraph_is_one_content(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


@pytest.mark.parametrize("body, cue, content", [
    # a spaced sentence end is the writer's: the content starts after it
    ("The talks ended without result. Russia is trying to freeze the war - said the adviser.", "said",
     "Russia is trying to freeze the war"),
    # ... also before a glued pair
    ("The partnership ended with the war. The war exposed Berlin.Not only that, but the imports "
     "finance the war - reminds the weekly.", "reminds",
     "The war exposed Berlin.Not only that, but the imports finance the war"),
    # an article number is no sentence end
    ("The obligation under art.5 is holy.The US supports its allies - the vice president added.", "added",
     "The obligation under art.5 is holy.The US supports its allies"),
])
def test_widening_stops_at_a_spaced_sentence_end(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


@pytest.mark.parametrize("body, cue, first_word", [
    # a glued sentence holding the writer's attribution with a spaced dash is another statement (a Polish outlet, 2024)
    ("The troops will not parade on May 9 - the portal informed.The authorities made this decision in fear of "
     "provocations - said the portal.", "said", "The authorities"),
    # a cue clause of its own after the dash, with its subject and object, closes nothing (a Polish outlet, 2022)
    ("The aid has reached nine billion dollars.Russia is not delighted with this - she has often criticized the "
     "United States for helping Ukraine.", "has often criticized", "the United States"),
])
def test_widening_stops_at_another_statement(nlp, body, cue, first_word):
    got = [t for c, t in contents(nlp, body) if c == cue]
    assert got and all(t.startswith(first_word) or not t.startswith(body[:10]) for t in got), got
