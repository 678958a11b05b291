"""An embedded social-media post with its credit line is its author's statement (`embedded_posts`), with its near
misses. Sentences invented after live blogs' layouts."""

from __future__ import annotations

import pytest

from support import extract_rows


def _rows(nlp, text):
    return [r for r in extract_rows(nlp, text) if r["cue"] in ("\u2014", "\u2013")]


@pytest.mark.parametrize("text, content, name", [
    ("The ministry confirmed the delivery.\n\nFour more launchers have arrived in Ukraine. I am grateful to our "
     "partners for strengthening our army pic.twitter.com/abcDEF12 \u2014 Oleksii Reznikov (@oleksiireznikov) "
     "August 1, 2022\n\nThe mayor said the city was shelled overnight.",
     "Four more launchers have arrived in Ukraine. I am grateful to our partners for strengthening our army",
     "Oleksii Reznikov"),
    ("Shelling was reported near the plant.\n\nThe first grain ship has left port. Thanks to all our partners we "
     "were able to implement the agreement. pic.twitter.com/jOz3bd \u2014 Oleksandr Kubrakov (@OlKubrakov) "
     "August 1, 2022\n\nThe blockade had trapped millions of tonnes of grain.",
     "The first grain ship has left port. Thanks to all our partners we were able to implement the agreement.",
     "Oleksandr Kubrakov"),
    ("Blasts were heard overnight.\n\nLoud bangs heard over the city centre, windows shaking. "
     "pic.twitter.com/lwwaeu \u2014 Oliver Alexander (@OAlexanderDK) May 2, 2022 Three hours after the emergency "
     "was declared, jets flew over the town. pic.twitter.com/TrDtB1 \u2014 Anna Novak (@anovak) May 2, 2022\n\n"
     "Around 100 civilians were evacuated.",
     "Three hours after the emergency was declared, jets flew over the town.", "Anna Novak"),
], ids=["post-paragraph", "post-with-thanks", "second-post-after-a-credit"])
def test_an_embedded_post_is_its_authors_statement(nlp, text, content, name):
    """The post's words, from its paragraph's start or an earlier credit's end to the link: the credited author's
    statement, direct, cue the dash."""
    row = next(r for r in _rows(nlp, text) if r["text"].rstrip(".") == content.rstrip("."))
    assert row["speaker_name"] == name
    assert row["quote_type"] == "direct"


@pytest.mark.parametrize("text", [
    ("Officials welcomed the delivery.\n\n\U0001F1FA\U0001F1E6\U0001F91D pic.twitter.com/iOBoxf \u2014 Oleksii "
     "Reznikov (@oleksiireznikov) August 1, 2022\n\nThe mayor spoke later."),
    ("The region's leader spoke on Sunday.\n\nAccording to the governor, the town will be rebuilt as a green city "
     "https://t.co/yIoTfa pic.twitter.com/jctbtD \u2014 Euromaidan Press (@EuromaidanPress) July 3, 2022\n\n"
     "Prisoners were exchanged."),
    "The minister said on Sunday - in a long interview - that the talks (in Geneva) would resume.",
], ids=["emoji-only", "post-already-attributed", "no-credit-line"])
def test_no_post_statement(nlp, text):
    """Near misses: a post of emoji and a link gives nothing; a post whose words another statement holds is left
    to it; dashes and brackets without a handle and date are no credit line."""
    assert _rows(nlp, text) == []
