"""A colon cue whose unquoted content is a block quotation run into its lead-in paragraph (a live blog's block
set off without quotation marks, `content.colon_block`), with its near misses."""

from __future__ import annotations

import pytest

from support import extract_rows


def _row(nlp, text, content):
    rows = extract_rows(nlp, text)
    return next(r for r in rows if r["text"].startswith(content))


@pytest.mark.parametrize("text, content, last", [
    ("Evacuations from the port will go on. In his nightly address, he said: We will keep doing everything to "
     "bring our people out of the plant. The corridors are part of the talks. It is very hard. But we have "
     "rescued more than 300,000 people so far.", "We will keep doing everything", "people so far."),
    ("The president vowed to retake the town. In an address late on Sunday, he said: If our commanders pull "
     "troops back from some points of the front, it means only one thing: we will return. Ukraine gives nothing "
     "up. There will be a day when we say the same about the south.\"", "If our commanders pull troops back",
     "the same about the south."),
    ("Deputy minister Ivan Petrenko said in a ministry statement: In the last four days, 16 ships have "
     "passed the river mouth. We plan to keep this pace.\u201d The ministry said the ships were waiting to be "
     "loaded.", "In the last four days", "We plan to keep this pace."),
    ("Reznikov posted on Twitter.\n\nReznikov tweeted: Four more launchers have arrived. I am grateful to our "
     "partners pic.twitter.com/abcDEF12 \u2014 Oleksii Reznikov (@oleksiireznikov) August 1, 2022\n\nLater.",
     "Four more launchers", "grateful to our partners"),
    ("The widow replied: My husband never came home from the front. He stays with us in every photograph. It is "
     "a day for each family.", "My husband never came home", "for each family"),
    # after a block a pronoun opened, a first-person possessive is the speaker's voice again: the past narration
    # before it is the speech's own (round 41, review r3)
    ("Live updates\n\nIn his nightly address, Zelensky said: Ukraine will win. We will never give up. Russia started "
     "this war. It bombed our cities.\n\nLater.", "Ukraine will win", "It bombed our cities"),
    ("Live updates\n\nThe mayor said: The water is back. We have fixed the pumps. The shelling hit the station. It "
     "destroyed my office too.\n\nLater.", "The water is back", "destroyed my office too"),
    ("Live updates\n\nThe governor wrote: The city will hold. We have enough shells. The occupiers shelled the market. "
     "They hit our school on Monday.\n\nLater.", "The city will hold", "hit our school on Monday"),
], ids=["nightly-address-to-paragraph-end", "address-to-left-over-mark", "statement-to-curly-mark",
        "tweet-to-its-link", "third-person-subject-in-the-speakers-voice", "bombed-our-cities",
        "destroyed-my-office", "hit-our-school"])
def test_an_unquoted_block_after_a_colon_cue_is_the_content(nlp, text, content, last):
    """"X said: A. B. C." with no quotation marks, in the speaker's own voice (a first-person word) or closed by a
    left-over closing mark: the content runs over the block, to the mark or the paragraph's end; a sentence with a
    first-person possessive after a pronoun carries it on (`content.colon_block`)."""
    row = _row(nlp, text, content)
    assert row["text"].rstrip(".").endswith(last.rstrip("."))


@pytest.mark.parametrize("text, content, last", [
    ("The ministry said: Ukraine has lost two more villages in the east. Russian forces shelled the city of Sumy "
     "overnight. Three people were hurt.", "Ukraine has lost two more villages", "villages in the east"),
    ("Speaking to reporters, Lavrov said: As far as a new curtain is concerned, we think it is falling already. "
     "We have heard the \"partners\" in Minsk and we expect nothing.", "As far as a new curtain",
     "falling already"),
    ("In a statement, the army said: We withdrew from the city. The decision was taken by the command, the "
     "spokesman told reporters on Monday.", "We withdrew from the city", "from the city"),
    ("In his nightly address, Zelensky said: We will win this war. Russian forces shelled Kharkiv overnight, "
     "killing three people. Rescuers worked through the night.", "We will win this war", "win this war"),
    ("The mayor said: We have restored water to the district. Crews worked overnight. The outage began on "
     "Monday.", "We have restored water", "water to the district"),
    ("The general said: I ordered the withdrawal. Russian units entered the town on Friday. Fighting continued in "
     "the south.", "I ordered the withdrawal", "ordered the withdrawal"),
    ("The foreign minister said: Our partners must act now. Shelling continued in the east. Two villages were "
     "hit.", "Our partners must act now", "must act now"),
    ("Zelensky said: Ukraine needs more air defence. Deliveries from the US are slow. Russian forces shelled "
     "Kharkiv overnight.", "Ukraine needs more air defence", "more air defence"),
    ("The historian said: The war is a long one. It resembles World War I in many ways. Both armies are "
     "exhausted.", "The war is a long one", "a long one"),
    ("The minister said: The package will arrive soon. Our correspondent in Kyiv heard sirens across the city. "
     "Three people were hurt.", "The package will arrive soon", "arrive soon"),
    ("Zelensky said: We will win. We will rebuild every town. Zelensky spoke in Kyiv on Sunday. We must stay "
     "united.", "We will win", "rebuild every town"),
    ("The mayor said: The water is back. We have fixed the pumps. She visited the station on Monday. We expect "
     "power by Friday.", "The water is back", "fixed the pumps"),
    ("Reznikov tweeted: Four more launchers have arrived. I am grateful to our partners pic.twitter.com/abcDEF12 "
     "\u2014 Oleksii Reznikov (@oleksiireznikov) August 1, 2022", "Four more launchers", "grateful to our partners"),
    ("The governor wrote: Three more buses have left. We need more drivers. Fires broke out again \u2014 "
     "Oleh Synehubov (@synegubov) May 2, 2022", "Three more buses", "Fires broke out again"),
], ids=["reporter-voice-stays-one-sentence", "stops-at-a-quotation", "stops-at-a-cue-root",
        "first-person-in-the-colon-sentence-only", "we-in-the-colon-sentence-only",
        "i-in-the-colon-sentence-only", "possessive-in-the-colon-sentence", "us-is-no-pronoun",
        "world-war-i-is-no-pronoun", "our-correspondent-is-the-papers", "stops-at-narration-about-the-speaker",
        "stops-at-a-third-person-pronoun",
        "stops-at-a-post-link", "stops-at-a-post-credit"])
def test_a_colon_content_stays_one_sentence_outside_a_block(nlp, text, content, last):
    """Near misses: a run whose added sentences hold no first-person pronoun (one in the colon's own sentence does not
    count; "US", "World War I" and a possessive "our" are none) and no left-over mark is the reporter's; a sentence
    that opens a quotation, whose root is a cue or whose subject is the speaker is the reporter's voice again, and
    the block ends before it. The last two are not near misses of the end but of the stop: a block (a first-person
    sentence in it) that reaches an embedded post's link or credit line is the post's words up to it, its past
    sentences included ("Fires broke out again"), not past it."""
    row = _row(nlp, text, content)
    assert row["text"].rstrip(".").endswith(last)


@pytest.mark.parametrize("text, content", [
    ("At the ceremony the president reminded us of a simple truth: the past cannot be changed. We should cherish "
     "our common memory. Back in 2004 he signed a decree on a new pennant.", "the past cannot be changed"),
    ("Opening the summit, the chancellor warned the leaders of one danger: the war will be long. We must prepare our "
     "economies for years of it. Europe has not faced such a test since 1945.", "the war will be long"),
    ("The mayor promised residents one thing: the water will be back by Friday. We are working day and night. Crews "
     "arrived from Lviv on Monday.", "the water will be back by Friday"),
], ids=["reminded-us-of-a-truth", "warned-the-leaders-of-a-danger", "promised-residents-one-thing"])
def test_a_colon_after_the_cues_object_opens_no_block(nlp, text, content):
    """Near misses: after the cue's object or addressee ("reminded us of a simple truth: A", "warned the leaders of
    one danger: A", "promised residents one thing: A") the colon names what the object is; the first-person
    sentences after it are not a block (each runs on over them with the guard off)."""
    row = _row(nlp, text, content)
    assert row["text"].rstrip(".") == content



@pytest.mark.parametrize("text, content, last", [
    ("In his nightly address, he said: We will keep evacuating people. Russian troops struck again today. They "
     "targeted the grain warehouses. Honestly, I do not know what they want.", "We will keep evacuating",
     "what they want"),
    ("The governor said: Our teams are working. They shelled the market again. We have opened shelters.",
     "Our teams are working", "opened shelters"),
    ("The minister said: Deliveries continue. They fired twelve missiles overnight. It is a matter of weeks before we finish.",
     "Deliveries continue", "before we finish"),
], ids=["they-the-enemy-in-a-speech", "they-shelled", "they-fired"])
def test_they_is_no_narration_about_the_speaker(nlp, text, content, last):
    """Near misses of the stop at narration about the speaker: "they" (the enemy) or "it" as a subject in the
    block is the speaker's subject, not the speaker: the block runs on to its last first-person sentence."""
    row = _row(nlp, text, content)
    assert row["text"].rstrip(".").endswith(last)


@pytest.mark.parametrize("text, content, last", [
    ("In his nightly address, Zelensky said: Ukraine will win. We will never give up. Russian forces shelled Kharkiv "
     "overnight.", "Ukraine will win", "never give up"),
    ("The governor said: The shelters are open. We will open two more tonight. Two missiles hit a school in the "
     "afternoon. Rescuers pulled out three people.", "The shelters are open", "two more tonight"),
    ("Mayor Anna Kovalenko wrote: We have enough water for a week. I am confident the pumps will be fixed. The pumping "
     "station was damaged on Monday.", "We have enough water", "will be fixed"),
], ids=["shelled-after-the-speech", "missiles-hit-after-the-speech", "station-damaged-after-the-speech"])
def test_past_narration_after_the_last_first_person_sentence_ends_the_block(nlp, text, content, last):
    """Near misses of the block: a sentence with a past root and no first-person pronoun after the block's last
    first-person sentence is the reporter's narration again (`grammar.narrated_past`): the block ends before it."""
    row = _row(nlp, text, content)
    assert row["text"].rstrip(".").endswith(last)


@pytest.mark.parametrize("text, content, last", [
    ("In his latest address, he said: We will keep evacuating people. Today, Russian troops struck again. They "
     "destroyed a grain warehouse. Honestly, I do not know what they want. The ruins will give Russia nothing. It "
     "will only isolate Moscow further.", "We will keep evacuating", "isolate Moscow further"),
    ("The minister said: I have spoken to our partners. Germany sent the first systems last week. We expect more. The "
     "next batch will arrive in spring.", "I have spoken to our partners", "arrive in spring"),
    ("The governor wrote: Our crews are working. We restored power to 2,000 homes. The rest will follow by Friday.",
     "Our crews are working", "follow by Friday"),
], ids=["speech-past-events-and-closing-claims", "donor-past-delivery-then-future", "we-restored-then-future"])
def test_a_speakers_claims_after_the_last_first_person_sentence_stay_in_the_block(nlp, text, content, last):
    """The speech's own past events followed by a first-person sentence, and its present or future claims after the
    last first-person sentence with no past narration between, are the speaker's: the block runs to them."""
    row = _row(nlp, text, content)
    assert row["text"].rstrip(".").endswith(last.rstrip("."))
