"""The aid relation a pro-form takes from the context (coding/aid_context.py `context_aid`): a transfer or need
predicate whose object is "it", "them", "these" (or a passive subject pro-form), the aid or capability named in the
sentences before. Short passages of our own wording, the shapes of news articles of the corpus (one article each),
run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch.coding import aid_context
from support import coded_row


def aid_of_row(nlp, body: str, words: str) -> bool:
    """The aid relation of the first statement of `body` whose content holds `words`."""
    return coded_row(nlp, body, words)["aid_related"]


@pytest.mark.parametrize("body, words", [
    # the recipient's need, the antecedent a capability in the sentence before
    ("Kyiv has asked its partners for more air defence systems since the winter. \"We need them now, not in "
     "half a year,\" Dmytro Kuleba, Ukraine's foreign minister, told reporters.", "We need them now"),
    # a donor's transfer of what the previous sentence named
    ("Berlin agreed on Wednesday to let Leopard tanks go to the Ukrainian army. \"We will deliver them by the end of "
     "March,\" Boris Pistorius, the German defence minister, said.", "We will deliver them"),
    # the adversary speaking of Western arms, Ukraine unnamed
    ("Washington is preparing to hand Kyiv longer-range rockets, reports say. \"The Americans are sending them to drag "
     "out the conflict,\" Dmitry Peskov, the Kremlin spokesman, told journalists.", "are sending them"),
    # a passive pro-form subject
    ("Canada bought a battery of air defence missiles for Ukraine last month. \"They will be delivered in the "
     "coming weeks,\" Anita Anand, the Canadian defence minister, said.", "They will be delivered"),
])
def test_a_proform_object_of_aid_in_the_context_is_aid_related(nlp, body, words):
    assert aid_of_row(nlp, body, words)


@pytest.mark.parametrize("body, words", [
    # the nearest antecedent is sanctions, not aid
    ("The EU agreed new sanctions on Russian oil on Friday. \"We need them to work quickly,\" Ursula von der "
     "Leyen said.", "We need them"),
    # no aid in the context at all
    ("The two leaders spoke about the grain corridor on Tuesday. \"We need it to stay open,\" the Turkish "
     "president said.", "We need it"),
    # the adversary as the beneficiary
    ("North Korea has produced artillery shells and missiles in large numbers. \"Pyongyang will ship them to "
     "Russia by rail,\" a South Korean official said.", "ship them to"),
    # a question about the pro-form
    ("Allies discussed fighter jets for Ukraine in Brussels. \"Who will send them?\" a diplomat asked.", "Who"),
])
def test_no_aid_without_aid_in_the_context_or_in_a_question(nlp, body, words):
    assert not aid_of_row(nlp, body, words)


def test_the_construction_reads_the_frame():
    clause = {"pred": ["send"], "obj": ["them"], "ben": [], "subj": ["we"], "pass": False, "q": False}
    assert aid_context.context_aid({"clauses": [clause], "ctx": ["say", "tanks", "berlin"]})
    assert not aid_context.context_aid({"clauses": [clause], "ctx": ["sanctions", "tanks"]})
    assert not aid_context.context_aid({"clauses": [dict(clause, obj=["tanks"])], "ctx": ["tanks"]})
    assert not aid_context.context_aid({"clauses": [dict(clause, ben=["russia"])], "ctx": ["tanks"]})
    assert not aid_context.context_aid({"clauses": [clause], "ctx": []})


@pytest.mark.parametrize("body, words", [
    # a religious leader on the morality of arming Ukraine, the next quote names no weapon
    ("The Pope said on the plane that it was morally lawful for states to supply weapons to Ukraine. \"It is a "
     "political choice, and it can be a moral one under some conditions,\" he told journalists.", "political choice"),
    # the adversary's reaction to a donor's decision to send tanks
    ("Referring to Berlin's decision to send Leopard tanks to Ukraine, Vladimir Putin said on Thursday that "
     "history was coming back.", "history was coming back"),
    # a donor on how the recipient uses the weapons it was given
    ("Britain has provided Ukraine with long-range missiles since May. \"How the Ukrainians fight is their own "
     "decision,\" Grant Shapps, the British defence secretary, told reporters.", "How the Ukrainians fight"),
])
def test_a_reaction_to_a_transfer_to_ukraine_just_before_is_aid_related(nlp, body, words):
    assert aid_of_row(nlp, body, words)


@pytest.mark.parametrize("body, words", [
    # the sentence before names sanctions besides the weapons
    ("The EU agreed to send more shells to Ukraine and to widen sanctions on Monday. \"This is a strong "
     "signal,\" Josep Borrell said.", "strong signal"),
    # an attack and its toll after a sentence on weapons sent
    ("Washington sent Kyiv more artillery shells this month. \"The town was shelled overnight, killing two "
     "people,\" the regional governor said.", "The town was shelled"),
    # no transfer in the sentence before
    ("Ukraine's army has held the line near Bakhmut for weeks. \"It is a hard winter,\" the general said.",
     "hard winter"),
])
def test_no_aid_where_the_context_names_sanctions_or_no_transfer_or_the_content_a_toll(nlp, body, words):
    assert not aid_of_row(nlp, body, words)
