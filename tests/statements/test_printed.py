"""A speech, statement or address printed in full after an announcement: each paragraph is its speaker's direct
statement, cue the announcement's speech noun (statements/printed.py; GUIDE_QUESTIONS 15). Invented articles."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of, speaker_of

_NOUNS = {"speech", "address", "statement", "remarks", "interview", "message", "letter"}

# an evening video address announced by a correspondent's lead-in, the speaker named before the announcement
EVENING = ("The statement was made by President Petro Marchenko in his evening video address, a correspondent "
           "reports.\n\nThe full text of the speech is provided below:\n\nGood evening, fellow Ukrainians!\n\nToday we "
           "agreed with our partners on two more air defence systems for our cities.\n\nMonday - a call with the Prime "
           "Minister of Japan. A meeting with the President of Chile.\n\nI thank everyone who helps "
           "our soldiers at the front!\n\nGlory to Ukraine!")
# the text of an address, the speaker the speech noun's possessor, a third party reported inside it
ADDRESS = ("Here is the text of Prime Minister Jane Doe's address to parliament:\n\nWe will send two more howitzers "
           "to Ukraine this winter.\n\nOur partners in Berlin say that they will match every shell we deliver.")
# "published in full", the possessor a description of the person named before
IN_FULL = ("Chancellor Erik Lund spoke at the summit in Vilnius on Tuesday.\n\nThe chancellor's address is published "
           "in full below:\n\nLadies and gentlemen,\n\nNorway will keep supporting Ukraine for as long as it takes.")


@pytest.mark.parametrize("body, content, name, cue", [
    (EVENING, "Today we agreed with our partners", "Petro Marchenko", "speech"),
    (EVENING, "I thank everyone who helps our soldiers", "Petro Marchenko", "speech"),
    (EVENING, "Monday - a call with the Prime", "Petro Marchenko", "speech"),  # a verbless list, no salutation
    (ADDRESS, "We will send two more howitzers", "Jane Doe", "address"),
    (IN_FULL, "Norway will keep supporting Ukraine", "Erik Lund", "address"),
], ids=["evening-first", "evening-thanks", "evening-list", "address-possessor", "in-full-description"])
def test_each_paragraph_is_the_speakers_direct_statement(nlp, body, content, name, cue):
    row = row_of(extract_rows(nlp, body), content)
    assert (row["speaker_name"], row["cue"], row["quote_type"]) == (name, cue, "direct")


@pytest.mark.parametrize("body, words", [
    (EVENING, "Good evening, fellow Ukrainians!"),
    (EVENING, "Glory to Ukraine!"),
    (IN_FULL, "Ladies and gentlemen,"),
], ids=["greeting", "sign-off", "address-form"])
def test_a_salutation_is_no_statement(nlp, body, words):
    assert not [r for r in extract_rows(nlp, body) if words in r["text"]]


def test_the_speakers_own_acts_are_its_paragraph_a_third_partys_keep_their_row(nlp):
    rows = extract_rows(nlp, EVENING)
    assert not [r for r in rows if r["text"].startswith("everyone who helps")]  # "I thank ..." is the paragraph's
    third = [r for r in extract_rows(nlp, ADDRESS) if "they will match every shell" in r["text"]]
    assert any(r["cue"] == "say" for r in third)


@pytest.mark.parametrize("body, words", [
    # the reporter narrates again: the printed text has ended
    ("Full text of Volodymyr Zelensky's speech to Congress\n\nI thank America for its support.\n\nOlena Kurylo, a "
     "correspondent in Washington, wrote that the speech was well received.", "Olena Kurylo"),
    # page furniture after the text
    ("The full text of the statement is provided below:\n\nWe will rebuild every city the enemy has ruined.\n\nRead "
     "also: Drone attack damages port in Odesa", "Drone attack"),
], ids=["narration", "furniture"])
def test_the_printed_text_ends(nlp, body, words):
    assert not [r for r in extract_rows(nlp, body) if words in r["text"] and r["cue"] in _NOUNS]


@pytest.mark.parametrize("body", [
    # the full text named inside a statement's content
    "Minister Anna Berg said the full text of her speech would be posted online.\n\nWe will help Ukraine, she added.",
    # a lead-in with a colon but no announcement: the colon rule's, one paragraph
    "The minister said in a statement on Friday:\n\nWe will send more tanks to Ukraine.\n\nThe tanks arrive in May, "
    "officials in Warsaw said.",
    # an abstract's "FULL TEXT." rubric: no speech noun
    "ABSTRACT.\n\nThe senator's campaign is short of money.\n\nFULL TEXT.\n\nThe senator's campaign raised less than "
    "expected, and we found that donors are tired.",
    # the full text of a document that no one speaks
    "Minister Anna Berg met the auditors.\n\nHere is the full text of the report:\n\nWe found that the money was "
    "spent on fuel.",
    # a transcript of a call named in an adjunct
    "Senator Jane Roe said the call was short, according to a transcript of the call.\n\nWe had no time to talk "
    "about aid, she said.",
], ids=["in-content", "colon-lead-in", "abstract-rubric", "report", "adjunct"])
def test_an_ordinary_article_prints_no_speech(nlp, body):
    assert not [r for r in extract_rows(nlp, body) if r["cue"] in _NOUNS]


# review of round 40: near misses. Each negative also asserts that a real statement of the article is still found.
_NEWS = "\n\nRussian forces shelled Kharkiv overnight, the mayor said.\n\nThree people were hurt."


@pytest.mark.parametrize("announce", [
    "The full text of Putin's speech was published on the Kremlin website on Tuesday.",  # past narration
    "Zelensky's address was broadcast in full on national television.",
    "Where is the full text of the speech?",  # a question
    "The speech, the full text of which was published by the Kremlin, lasted an hour.",  # a relative clause
    "Full text of Zelensky's speech draws criticism in Kyiv",  # a title with a verb
    "White House releases transcript of Biden's remarks on Ukraine aid",
], ids=["published", "broadcast-in-full", "question", "relative-clause", "title-draws", "title-releases"])
def test_a_sentence_that_narrates_a_speech_announces_none(nlp, announce):
    rows = extract_rows(nlp, "President Petro Marchenko spoke in Kyiv on Monday.\n\n" + announce + _NEWS)
    assert not [r for r in rows if r["cue"] in _NOUNS]
    assert any(r["text"].startswith("Russian forces shelled Kharkiv") and r["cue"] == "said" for r in rows)


@pytest.mark.parametrize("announce", [
    "The full text of the speech follows.",
    "Here is the full text of the address.",
    "Full text of the address",
], ids=["follows", "here-is", "heading"])
def test_a_pointer_or_a_heading_announces_without_a_colon(nlp, announce):
    body = "Prime Minister Jane Doe spoke in Oslo.\n\n" + announce + "\n\nWe will send two more howitzers to Ukraine."
    row = row_of(extract_rows(nlp, body), "We will send two more howitzers")
    assert (row["speaker_name"], row["quote_type"]) == ("Jane Doe", "direct")


@pytest.mark.parametrize("announce", [
    "Here is the full text of the agreement Zelensky mentioned in his speech:",
    "Here is the full text of the treaty the minister cited in her address:",
    "The text of the document the president signed after his speech reads:",
], ids=["agreement", "treaty", "document"])
def test_the_speech_noun_must_be_the_one_the_mark_introduces(nlp, announce):
    body = ("President Volodymyr Zelensky spoke in Kyiv, his office said.\n\n" + announce +
            "\n\nArticle 1. The parties agree to cooperate on security.\n\nArticle 2. It enters into force at once.")
    rows = extract_rows(nlp, body)
    assert not [r for r in rows if r["cue"] in _NOUNS]
    assert any(r["text"].startswith("President Volodymyr Zelensky spoke") for r in rows)


@pytest.mark.parametrize("news", [
    "The president is due to travel to Brussels on Thursday.",  # present narration of the speaker
    "Zelensky says Ukraine needs more fighter jets.",
    "Officials in Lviv said the strike hit a school.",  # a common-noun speaker
    "The US said on Tuesday that the strike hit a school.",  # "US" is no "us" (round 40's final read)
    "Veterans of World War I were honoured in Lviv, officials said.",  # nor the numeral "I"
    "The UK said it would send more shells.",
], ids=["due-to-travel", "says", "officials-said", "us", "world-war-i", "uk"])
def test_narration_resuming_ends_the_printed_text(nlp, news):
    body = ("Full text of Volodymyr Zelensky's speech to parliament\n\nWe will never give up our land.\n\n" + news +
            "\n\nThe talks resume in May.")
    rows = extract_rows(nlp, body)
    assert not [r for r in rows if r["cue"] in _NOUNS and (news[:20] in r["text"] or "talks resume" in r["text"])]
    assert row_of(rows, "We will never give up")["cue"] == "speech"


@pytest.mark.parametrize("announce, news", [
    ("The full text of his address is below:", "Lund says Norway will send more shells."),
    ("The chancellor's address is published in full below:", "Lund says Norway will send more shells."),
    ("Here is the full text of her speech:", "Lund said on Friday that the talks had failed."),
], ids=["his", "the-chancellors", "her"])
def test_narration_by_the_speakers_name_ends_a_text_its_possessor_does_not_name(nlp, announce, news):
    body = ("Chancellor Erik Lund spoke in Oslo on Monday.\n\n" + announce + "\n\nWe will stand with Ukraine.\n\n"
            + news + "\n\nThe talks resume in May.")
    rows = extract_rows(nlp, body)
    assert not [r for r in rows if r["cue"] in _NOUNS and (news[:10] in r["text"] or "talks resume" in r["text"])]
    assert row_of(rows, "We will stand with Ukraine")["cue"] in _NOUNS


@pytest.mark.parametrize("inside", [
    "Churchill once said that we shall never surrender.",
    "Churchill once said that freedom is never free.",
    "President Biden asked us for more patience.",
    "Look: the enemy is exhausted.",
    "Crimea: this is our land and we will return.",  # a colon going on in lower case is no "Name:" subheading
    "Putin started this war. He will lose it.",  # he/she without a verb of saying is the speech's
    "He lost the war the day he started it.",
    "Europe: the choice is simple, and it has been made.",
    "Mariupol: the city will be rebuilt.",
    "He wants this war to last forever.",
    "She hopes the world will forget Bucha.",
    "Monday - the Prime Minister of Italy was in Kyiv.",  # a copula in the past: the speech's diary
    "Tuesday - the President of Chile was in Kyiv. A call with Japan.",
], ids=["churchill", "churchill-once", "asked-us", "look", "crimea", "he-will-lose", "he-lost", "europe", "mariupol",
        "he-wants", "she-hopes", "diary-was", "diary-tuesday"])
def test_the_speechs_own_reports_do_not_end_it(nlp, inside):
    body = ("Full text of Volodymyr Zelensky's speech to parliament\n\nWe will never give up our land.\n\n" + inside +
            "\n\nWe will win this war together.")
    row = row_of(extract_rows(nlp, body), "We will win this war together")
    assert (row["speaker_name"], row["cue"]) == ("Volodymyr Zelensky", "speech")


def test_one_printed_text_has_one_speaker(nlp):
    body = ("Foreign Minister Dmytro Kuleba spoke to reporters.\n\nThe full text of the speech is provided below:\n\n"
            "Our partners in Berlin say that they will match every shell.\n\nUkraine will keep fighting for its "
            "land.\n\nThe talks in Rome ended without a deal on Friday.")
    rows = [r for r in extract_rows(nlp, body) if r["cue"] == "speech"]
    assert len(rows) == 2 and {r["speaker_name"] for r in rows} == {"Dmytro Kuleba"}


def test_after_the_printed_text_no_row_takes_its_speaker(nlp):
    body = ("Foreign Minister Dmytro Kuleba spoke to reporters.\n\nThe full text of the speech is provided below:\n\n"
            "We will win this war.\n\nOfficials in Lviv said the strike hit a school.\n\nThe mayor of Lviv, Andriy "
            "Sadovyi, said it was terrible.")
    rows = extract_rows(nlp, body)
    assert [r["text"] for r in rows if r["cue"] == "speech"] == ["We will win this war"]
    assert speaker_of(rows, "the strike hit a school") == "Officials in Lviv"


@pytest.mark.parametrize("body", [
    "Prime Minister Jonas Gahr Store gave an interview to NRK.\n\nHere is the full text of the interview:\n\nQ: Will "
    "Norway send more F-16s?\n\nA: We will send what we can.",
    "Here is the transcript of the interview with Minister Anna Berg:\n\nQ: Is the war close?\n\nA: It is.",
    "Full text of the interview\n\nQ: What did the president promise?\n\nA: More shells this year, he said.",
], ids=["store", "berg", "heading"])
def test_an_interview_is_no_printed_speech(nlp, body):
    rows = extract_rows(nlp, body)
    assert not [r for r in rows if r["cue"] == "interview"]


@pytest.mark.parametrize("body, content, name", [
    ("President Volodymyr Zelensky spoke on Monday evening.\n\nThe full text of the speech is provided below: Good "
     "evening, fellow Ukrainians. Today we agreed on new air defence.\n\nWe will win.", "Good evening, fellow",
     "Volodymyr Zelensky"),
    ("Minister Anna Berg spoke in Riga.\n\nHere is the text of her address: Latvia will keep helping Ukraine.\n\nWe "
     "will send more shells.", "Latvia will keep helping", "Anna Berg"),
    ("Chancellor Erik Lund spoke in Vilnius.\n\nThe full text of his speech follows: Norway stands with Ukraine.",
     "Norway stands with Ukraine", "Erik Lund"),
], ids=["good-evening", "her-address", "follows"])
def test_the_speech_on_the_announcements_line_is_its_first_row(nlp, body, content, name):
    row = row_of(extract_rows(nlp, body), content)
    assert (row["cue"] in _NOUNS, row["quote_type"], row["speaker_name"]) == (True, "direct", name)


_SPEECH = "Full text of Volodymyr Zelensky's speech to parliament\n\nWe will win this war.\n\n"


@pytest.mark.parametrize("body, words", [
    (_SPEECH + "President Volodymyr Zelensky speaks during a news conference in Kyiv, Ukraine, March 1, 2024.\n\n"
     "We need more jets.", "speaks during a news conference"),  # a photo caption
    (_SPEECH + "We need more jets. — Volodymyr Zelensky (@ZelenskyyUa) March 1, 2024\n\nWe thank our partners.",
     "(@ZelenskyyUa)"),  # an embedded post: its signer's (speakers/posts.py)
    (_SPEECH + "Thank you.", "Thank you"),  # a sign-off
    (_SPEECH + "Zelensky: We need more jets\n\nThe jets will arrive in spring, officials said.", "more jets"),
], ids=["caption", "post", "sign-off", "name-subheading"])
def test_captions_posts_signoffs_and_subheadings_are_no_speech_rows(nlp, body, words):
    rows = extract_rows(nlp, body)
    assert not [r for r in rows if words in r["text"] and r["cue"] == "speech"]
    assert row_of(rows, "We will win this war")["cue"] == "speech"


@pytest.mark.parametrize("body, name", [
    ("Chancellor Olaf Scholz hosted the meeting in Berlin.\n\nHere is the full text of the joint statement:\n\nWe "
     "condemn the attacks on civilians.", "UNKNOWN"),
    ("Chancellor Olaf Scholz hosted the meeting in Berlin.\n\nHere is the full text of the leaders' statement:\n\nWe "
     "condemn the attacks on civilians.", "leaders"),
    ("President Emmanuel Macron met his guests in Paris.\n\nThe full text of the joint remarks of the two "
     "presidents is provided below:\n\nWe condemn the attacks on civilians.", "UNKNOWN"),
], ids=["joint", "leaders", "joint-of"])
def test_a_joint_statement_is_not_the_person_named_last(nlp, body, name):
    rows = [r for r in extract_rows(nlp, body) if r["text"].startswith("We condemn the attacks")]
    assert rows and all(r["speaker_name"] == name for r in rows)


@pytest.mark.parametrize("news", [
    "The strike came hours after Moscow withdrew from the grain deal.",
    "Russia has not commented on the attack.",
    "Grain prices rose by 8% on the Chicago exchange on Tuesday.",
    "Last month, Chancellor Scholz announced a new package of tanks.",  # also in a speech: ending is the safer side
], ids=["came", "has-not-commented", "rose", "announced"])
def test_news_in_the_past_ends_the_printed_text(nlp, news):
    body = ("Foreign Minister Dmytro Kuleba called the attack barbaric. Here is the full text of the statement:\n\n"
            "Ukraine calls on its partners to strengthen its air defence.\n\n" + news)
    rows = extract_rows(nlp, body)
    assert row_of(rows, "Ukraine calls on its partners")["cue"] == "statement"
    assert not [r for r in rows if r["cue"] == "statement" and news[:20] in r["text"]]


@pytest.mark.parametrize("second", [
    "Here is the full text of the treaty:",
    "Here is the full text of Friedrich Merz's speech:",
    "The text of the agreement follows.",
], ids=["treaty", "second-speech", "follows"])
def test_a_second_announcement_ends_the_printed_text(nlp, second):
    body = ("Full text of Volodymyr Zelensky's speech to parliament\n\nWe will never give up our land.\n\n" + second +
            "\n\nArticle 1. The parties agree to cooperate on security.")
    rows = extract_rows(nlp, body)
    assert row_of(rows, "We will never give up")["cue"] == "speech"
    assert not [r for r in rows if r["speaker_name"] == "Volodymyr Zelensky" and "Article 1" in r["text"]]


@pytest.mark.parametrize("announce", [
    "The text of his address to the Bundestag follows a similar speech in London.",  # the pointer verb's object
    "Here is what we know about the full text of his speech.",  # a wh-clause
    "Full text of the address in Polish newspapers",  # a heading going on past its noun
], ids=["follows-object", "what-we-know", "heading-in"])
def test_a_pointer_elsewhere_or_a_long_heading_announces_none(nlp, announce):
    rows = extract_rows(nlp, "President Petro Marchenko spoke in Kyiv on Monday.\n\n" + announce + _NEWS)
    assert not [r for r in rows if r["cue"] in _NOUNS]
    assert any(r["text"].startswith("Russian forces shelled Kharkiv") and r["cue"] == "said" for r in rows)


@pytest.mark.parametrize("quoted, speaker", [
    ("\u201cWe will never abandon Ukraine,\u201d Duda said.", "Duda"),
    ("\u201cWe stand together,\u201d Prime Minister Anna Berg said.", "Anna Berg"),
    ("\u201cWe are ready for talks,\u201d Kallas added.", "Kallas"),
], ids=["duda", "berg", "kallas"])
def test_a_quoted_paragraph_with_its_own_cue_gets_one_row(nlp, quoted, speaker):
    body = ("Full text of Volodymyr Zelensky's speech to parliament\n\nWe will never give up our land.\n\n" + quoted)
    rows = [r for r in extract_rows(nlp, body) if quoted[1:16] in r["text"]]
    assert len(rows) == 1 and rows[0]["cue"] not in _NOUNS


@pytest.mark.parametrize("second, name", [
    ("Opposition leader Friedrich Merz replied later. Here is the full text of Merz's speech:", "Friedrich Merz"),
    ("Here is the text of Foreign Minister Annalena Baerbock's address:", "Annalena Baerbock"),
    ("The full text of Prime Minister Jane Doe's statement is provided below:", "Jane Doe"),
], ids=["merz", "baerbock", "doe"])
def test_a_second_announced_speech_prints_its_own_text(nlp, second, name):
    body = ("Chancellor Olaf Scholz addressed parliament on Thursday. The full text of his speech is provided below:"
            "\n\nWe stand with Ukraine and we will deliver more tanks.\n\n" + second +
            "\n\nThe government has been too slow. Ukraine needs more weapons now.")
    rows = extract_rows(nlp, body)
    assert row_of(rows, "We stand with Ukraine")["speaker_name"] == "Olaf Scholz"
    row = row_of(rows, "The government has been too slow")
    assert (row["speaker_name"], row["quote_type"]) == (name, "direct")


# round 41 (known limits of round 40): the reporter's narration in any tense ends the printed text; three articles
_KYIV = "Full text of Volodymyr Zelensky's speech to parliament\n\nWe will never give up our land.\n\n"
_OSLO = ("Chancellor Erik Lund spoke in Oslo on Monday.\n\nThe chancellor's address is published in full below:\n\n"
         "Norway will stand with Ukraine for as long as it takes.\n\n")
_TALLINN = ("Prime Minister Kaja Tamm addressed the Baltic assembly. Here is the full text of her speech:\n\n"
            "Estonia will send its next package of shells in March, and we ask our allies to follow.\n\n")


@pytest.mark.parametrize("head, first, news", [
    (_KYIV, "We will never give up", "The Kremlin says the speech was a provocation."),
    (_OSLO, "Norway will stand with", "The UN Security Council will discuss the address on Friday."),
    (_TALLINN, "Estonia will send its next", "Tamm later left for Warsaw."),
    (_KYIV, "We will never give up", "Moscow says the address changes nothing."),
    (_OSLO, "Norway will stand with", "Lund flies to Washington on Thursday."),
    (_TALLINN, "Estonia will send its next", "Russia has not commented on the speech."),
], ids=["kremlin-says", "discuss-on-friday", "later-left", "moscow-says", "flies-on-thursday", "has-not-commented"])
def test_news_in_any_tense_ends_the_printed_text(nlp, head, first, news):
    rows = extract_rows(nlp, head + news + "\n\nThe talks resume in May.")
    assert row_of(rows, first)["cue"] in _NOUNS
    assert not [r for r in rows if r["cue"] in _NOUNS and (news[:15] in r["text"] or "talks resume" in r["text"])]


@pytest.mark.parametrize("head, inside", [
    (_KYIV, "Russia has chosen war."),
    (_OSLO, "Europe has made its choice, and it will not change it."),
    (_TALLINN, "The aggressor has lost the initiative."),
    (_KYIV, "The world has seen Bucha."),
    # a third party's present attribution that speaks neither of the speech nor of its speaker is the speech's report
    (_KYIV, "Russia says it is defending itself."),
    (_OSLO, "The Kremlin claims that sanctions do not work."),
    (_TALLINN, "Moscow says the West is weak."),
    # a weekday with a copula is the speech's diary, as "Monday - ... was in Kyiv." is
    (_KYIV, "On Tuesday, the President of Chile was in Kyiv."),
    # review r2: a he/she/his/her is no sign of the speech or its speaker, nor a letter; a present verb of the wire
    # needs a reported clause
    (_KYIV, "The aggressor says he is defending himself. He is lying."),
    (_OSLO, "Russia's president says his army is winning. It is not."),
    (_TALLINN, "Moscow says the letter of the Pope changes nothing."),
    (_KYIV, "The world responds to his crimes with sanctions. That is right."),
    # review r2: a weekday, "later" or a modal future alone is the speech's own news (no name, no speech noun)
    (_KYIV, "On Monday the European Council will decide on the twelfth package of sanctions."),
    (_OSLO, "NATO will meet on Thursday in Brussels to decide the next steps."),
    (_TALLINN, "Germany will later deliver the second Patriot system."),
    (_KYIV, "The occupiers fled Kherson on Friday. The city is free."),
    (_OSLO, "The summit in Vilnius will be held on Tuesday. It must send a clear signal to Moscow."),
    # review r2: a title word with a modal is the speech's own ("is due to" is the reporter's)
    (_KYIV, "The Russian president will never win this war."),
    (_TALLINN, "The president of Russia will not break the will of a free people."),
    (_OSLO, "The Russian president claims he is defending Russia. Nobody believes him."),
], ids=["chosen-war", "europe-made", "aggressor-lost", "world-seen", "russia-says", "kremlin-claims", "moscow-says",
        "diary-on-tuesday", "aggressor-says-he", "president-says-his", "letter-of-the-pope", "responds-to-his",
        "on-monday-will", "will-meet-on-thursday", "will-later", "fled-on-friday", "held-on-tuesday",
        "president-will-never", "president-of-will-not", "president-claims"])
def test_the_speechs_own_third_person_sentences_stay_in_it(nlp, head, inside):
    rows = extract_rows(nlp, head + inside + "\n\nWe will win this war together.")
    assert row_of(rows, inside[:15])["cue"] in _NOUNS
    assert row_of(rows, "We will win this war together")["cue"] in _NOUNS


@pytest.mark.parametrize("body", [EVENING, ADDRESS, IN_FULL], ids=["evening", "address", "in-full"])
def test_a_doc_with_a_printed_speech_stays_serialisable(nlp, body):
    """The finder leaves the announcement for the resolver as token indexes (`printed.ANNOUNCED_KEY`), not a Span and
    a Token, so `doc.to_bytes()` works after extraction (round 41's final read), and the rows still have a speaker."""
    from pledgewatch import statements

    doc = nlp(body)
    rows = statements.extract(doc, {"article_id": "t", "text": body, "title": "", "title_chars": 0})
    assert doc.to_bytes()
    assert rows and all(r["speaker_name"] != "UNKNOWN" for r in rows if r["cue"] in _NOUNS)


# round 42: a present attribution about the speech ends it
@pytest.mark.parametrize("head, first, news", [
    (_KYIV, "We will never give up", "Merz says the president's speech came too late."),
    (_OSLO, "Norway will stand with", "The Kremlin says the address was a provocation."),
    (_TALLINN, "Estonia will send its next", "Moscow says the speech changes nothing."),
], ids=["merz-says-the-speech", "kremlin-says-the-address", "moscow-says-the-speech"])
def test_a_present_report_about_the_speech_still_ends_it(nlp, head, first, news):
    rows = extract_rows(nlp, head + news + "\n\nThe talks resume in May.")
    assert row_of(rows, first)["cue"] in _NOUNS
    assert not [r for r in rows if r["cue"] in _NOUNS and (news[:15] in r["text"] or "talks resume" in r["text"])]


# review of round 42: the reporter's sentences beside a cued quotation are no speech (round 42's own-sentences change,
# which gave them to the speech where the paragraph had a first/second person or an "as" cue, was withdrawn)
@pytest.mark.parametrize("quoted", [
    "As the president told lawmakers, \u201cWe will never surrender.\u201d He then left for Warsaw on Friday.",
    "\u201cThe front is holding,\u201d our correspondent in Kyiv reported. Russia launched 40 drones overnight.",
    "As Biden told reporters, \u201cWe stand with Ukraine.\u201d The Senate passed the aid package on Tuesday.",
    "\u201cWe will never abandon Ukraine,\u201d Duda said. He spoke in Warsaw on Friday.",
    "\u201cWe stand together,\u201d Prime Minister Anna Berg said. Berg arrived in Kyiv by train.",
    "\u201cWe are ready for talks,\u201d Kallas added. The talks resume in May.",
], ids=["as-president-warsaw", "our-correspondent", "as-biden-senate", "duda-spoke", "berg-arrived", "kallas-talks"])
def test_the_reporters_sentences_beside_a_cued_quotation_are_no_speech(nlp, quoted):
    body = ("Full text of Volodymyr Zelensky's speech to parliament\n\nWe will never give up our land.\n\n" + quoted)
    rows = extract_rows(nlp, body)
    tail = quoted.split(". ")[-1][:12]
    assert not [r for r in rows if r["cue"] in _NOUNS and tail in r["text"]]


# round 41's final read: printed's pointer, heading and sign-off guards had one example each; three shapes each here
@pytest.mark.parametrize("announce", [
    "The full text of her statement follows weeks of talks with Kyiv.",  # "follows" with an object of its own
    "The text of the president's speech reads like a threat to the Baltic states.",  # "reads" with a complement
    "The full text of his address follows the pattern of his earlier speeches.",
], ids=["follows-weeks", "reads-like", "follows-pattern"])
def test_a_pointer_verb_with_an_object_of_its_own_announces_none(nlp, announce):
    rows = extract_rows(nlp, "President Petro Marchenko spoke in Kyiv on Monday.\n\n" + announce + _NEWS)
    assert not [r for r in rows if r["cue"] in _NOUNS]
    assert any(r["text"].startswith("Russian forces shelled Kharkiv") and r["cue"] == "said" for r in rows)


@pytest.mark.parametrize("heading, announces", [
    ("Full text of the address at the security conference", True),  # a `transcript_heading_preps` phrase
    ("Full text of Chancellor Erik Lund's speech before parliament", True),
    ("Full text of the statement on the ministry's website", False),  # where it appeared: no announcement
    ("Full text of the speech with comments from our experts", False),
], ids=["at-conference", "before-parliament", "on-website", "with-comments"])
def test_a_heading_announces_only_where_it_ends_at_its_noun(nlp, heading, announces):
    body = "Chancellor Erik Lund spoke on Monday.\n\n" + heading + "\n\nNorway will send two more howitzers to Ukraine."
    rows = [r for r in extract_rows(nlp, body) if r["text"].startswith("Norway will send two more")]
    assert bool([r for r in rows if r["cue"] in _NOUNS]) == announces


@pytest.mark.parametrize("signoff", ["Thank you.", "Thank you very much!", "Thank you for your attention."],
                         ids=["thank-you", "very-much", "attention"])
def test_a_closing_formula_is_no_speech_row(nlp, signoff):
    for head in (_KYIV, _OSLO, _TALLINN):
        rows = extract_rows(nlp, head + signoff)
        assert not [r for r in rows if signoff[:9] in r["text"] and r["cue"] in _NOUNS]


# review of round 42: a reporter's reaction paragraph after the speech ends it (the present-attribution change that
# kept "The Kremlin says Biden is weak." in Biden's speech was withdrawn: reactions like these are the commoner class)
@pytest.mark.parametrize("head, first, news", [
    (_KYIV, "We will never give up", "Russia's foreign ministry says Zelensky is trying to drag Nato into the war."),
    (_KYIV, "We will never give up", "The Kremlin says Zelensky's demands are unrealistic."),
    (_KYIV, "We will never give up", "Kremlin spokesman Dmitry Peskov says Zelensky has no mandate to negotiate."),
    pytest.param(_KYIV, "We will never give up", "Critics argue Zelensky has waited too long.", marks=pytest.mark.xfail(
        reason="main's limit: 'argue' is no transcript_narration_verb (adding it ended speeches at a past 'Sceptics "
        "argued that ...' inside them; withdrawn in review)", strict=True)),
    (_OSLO, "Norway will stand with", "Analysts say Lund is under pressure."),
], ids=["ministry-says", "kremlin-says-demands", "peskov-says", "critics-argue", "analysts-say"])
def test_a_reaction_naming_the_speaker_in_its_reported_clause_ends_the_speech(nlp, head, first, news):
    rows = extract_rows(nlp, head + news + "\n\nThe talks resume in May.")
    assert row_of(rows, first)["cue"] in _NOUNS
    assert not [r for r in rows if r["cue"] in _NOUNS and (news[:15] in r["text"] or "talks resume" in r["text"])]



# review 2 of round 42: a past "X argued that ..." inside a speech is the speaker's own account and ends nothing
# ('argue' as a transcript_narration_verb ended the speech there and dropped every later paragraph: withdrawn)
@pytest.mark.parametrize("para", [
    "Sceptics argued that sanctions would not work. Sanctions are working, and they will work better.",
    "Critics argued that Ukraine would fall within three days. Today Ukraine stands.",
    "Many experts argued in 2022 that Kyiv would fall. Kyiv stands today, and it will stand.",
], ids=["sceptics-argued", "critics-argued", "experts-argued"])
def test_a_past_argued_inside_a_speech_keeps_the_speech(nlp, para):
    body = "Full text of Volodymyr Zelensky's speech to parliament\n\nWe will never give up our land.\n\n" + para
    rows = extract_rows(nlp, body + "\n\nWe will win this war together.")
    assert row_of(rows, "We will win this war")["cue"] in _NOUNS
