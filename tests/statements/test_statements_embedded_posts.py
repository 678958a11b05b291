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
    ("Kyiv live.\n\nFour more launchers have arrived. I am grateful to our partners pic.twitter.com/abcDEF12 "
     "\u2014 Oleksii Reznikov (@oleksiireznikov)\n\nThe mayor spoke."),
    ("Kyiv live.\n\nFour more launchers have arrived. I am grateful to our partners \u2014 Oleksii Reznikov, "
     "August 1, 2022\n\nThe mayor spoke."),
], ids=["emoji-only", "post-already-attributed", "no-credit-line", "handle-without-a-date", "date-without-a-handle"])
def test_no_post_statement(nlp, text):
    """Near misses: a post of emoji and a link gives nothing; a post whose words another statement holds is left
    to it; dashes and brackets without a handle and date, a handle without a date and a name and date without a
    handle are no credit line."""
    assert _rows(nlp, text) == []


D = "\u2014"


@pytest.mark.parametrize("text, content, name", [
    ("Shelling resumed at dawn.\n\nKuleba also weighed in on Twitter on Monday. Russia must pay for this crime "
     f"against our people pic.twitter.com/abcDEF12 {D} Dmytro Kuleba (@DmytroKuleba) May 2, 2022\n\nThe talks "
     "were postponed.", "Russia must pay for this crime against our people", "Dmytro Kuleba"),
    ("Power cuts spread overnight.\n\nThe governor posted a video of the damage. Three districts are without "
     f"power tonight pic.twitter.com/abcDEF12 {D} Oleh Synehubov (@synegubov) May 2, 2022\n\nRepairs began "
     "on Tuesday.", "Three districts are without power tonight", "Oleh Synehubov"),
    ("The talks stalled again.\n\nPodolyak has been scathing about the process. Negotiations are impossible "
     f"while they shell our cities pic.twitter.com/abcDEF12 {D} Mykhailo Podolyak (@Podolyak_M) June 3, 2022\n\n"
     "No date was set.", "Negotiations are impossible while they shell our cities", "Mykhailo Podolyak"),
], ids=["weighed-in-on-twitter", "posted-a-video", "author-named-before"])
def test_a_post_starts_after_the_sentence_that_introduces_it(nlp, text, content, name):
    """A sentence before the post's words in its paragraph that introduces the post (a verb of posting) or
    narrates about its author (the author's name) is the reporter's: the post starts after it."""
    row = next(r for r in _rows(nlp, text) if r["speaker_name"] == name)
    assert row["text"].rstrip(".") == content


def test_a_post_of_several_paragraphs_after_another_post(nlp):
    """A post whose first paragraph follows an earlier post's credit on its line runs over its paragraphs; a cue's
    row in its first paragraph ("I'm relieved to confirm that A") is its author's, not the earlier credit's."""
    text = ("Evacuations went on.\n\nThe UN will continue its efforts pic.twitter.com/abcDEF12 "
            f"{D} OCHA Ukraine (@OCHA_Ukraine) May 8, 2022 I'm relieved to confirm that we managed to bring 174 "
            "more people to safety today.\n\nOur work is not yet done. I don't forget those who've been left "
            f"behind. pic.twitter.com/xyzABC98 {D} Osnat Lubrani (@OsnatLubrani) May 8, 2022\n\nThe mayor spoke.")
    rows = extract_rows(nlp, text)
    confirm = next(r for r in rows if r["text"].startswith("that we managed"))
    assert confirm["speaker_name"] == "Osnat Lubrani"
    post = next(r for r in _rows(nlp, text) if r["text"].startswith("Our work"))
    assert post["speaker_name"] == "Osnat Lubrani"


_NARRATION = ("Kyiv has reacted to Berlin police confiscating a Ukrainian flag today. To recap: on the anniversary "
              "of the war's end the city of Berlin banned all public displays of support for the invasion, from "
              "flags to the beeping of horns at car rallies. Officials included Ukrainian flags under this "
              "decision, and earlier today police were filmed taking a large flag. ")


@pytest.mark.parametrize("text", [
    ("The flag row grew.\n\n" + _NARRATION + "Berlin made a mistake by banning Ukrainian symbols. "
     f"{D} Dmytro Kuleba (@DmytroKuleba) May 8, 2022"),
    ("The fires spread.\n\nThe fire advances like a wall across the fields.\n\n\U0001F4F7 Serviceman Ihor "
     f"Lutsenko pic.twitter.com/abcDEF12 {D} Euromaidan Press (@EuromaidanPress) July 4, 2022\n\nThe mayor spoke."),
    ("Guards came home.\n\nThey all have serious injuries.\n\n\U0001F3A5: State Border Service "
     f"pic.twitter.com/abcDEF12 {D} Euromaidan Press (@EuromaidanPress) July 3, 2022\n\nThe mayor spoke."),
    ("The town was hit.\n\nPhoto: Oleksandr Ratushniak for the agency pic.twitter.com/abcDEF12 "
     f"{D} Ukraine Now (@ukraine_now) July 3, 2022\n\nThe mayor spoke."),
    ("Odesa live.\n\nThe first convoy of grain trucks crossed into Romania late on Tuesday after a week of delays at "
     "the border, where drivers had waited in queues stretching for more than twenty kilometres while customs "
     "officers checked every load by hand, and aid groups handed out water and food to those stuck in the heat for "
     f"days on end. The corridor works. pic.twitter.com/abcDEF12 {D} Oleksandr Kubrakov (@OlKubrakov) August 1, "
     "2022\n\nLater."),
    ("Kharkiv live.\n\nThe city counted the damage on Monday. Shells struck a school, two clinics and a market in the "
     "north-eastern districts overnight, where residents had only just begun to return after weeks in shelters, and "
     "rescue crews worked until dawn to clear the rubble while volunteers handed out bread and water to those whose "
     f"homes were destroyed. Everyone is safe now. pic.twitter.com/abcDEF12 {D} Ihor Terekhov (@terekhov) May 9, "
     "2022\n\nLater."),
    ("The fires spread.\n\nThe fire advances across the fields.\n\n\U0001F4F8 Rescuers at work pic.twitter.com/abcDEF12 "
     f"{D} Euromaidan Press (@EuromaidanPress) July 4, 2022\n\nThe mayor spoke."),
], ids=["narration-longer-than-a-post", "photo-credit", "video-credit", "photo-word-credit",
        "convoy-narration-longer-than-a-post", "damage-narration-longer-than-a-post", "camera-flash-credit"])
def test_no_post_where_the_words_are_narration_or_a_credit(nlp, text):
    """Near misses: a stretch longer than a post can be holds the reporter's narration that nothing tells from the
    post (skipped, not swallowed); a stretch that opens with a picture's or video's credit mark is a credit."""
    assert _rows(nlp, text) == []


def test_no_post_row_under_the_outer_convention(nlp):
    """PolNeAR's convention (nesting="outer") leaves embedded posts out."""
    text = ("The ministry confirmed the delivery.\n\nFour more launchers have arrived in Ukraine. I am grateful to "
            f"our partners pic.twitter.com/abcDEF12 {D} Oleksii Reznikov (@oleksiireznikov) August 1, 2022\n\n"
            "The mayor said the city was shelled overnight.")
    assert _rows(nlp, text)
    assert [r for r in extract_rows(nlp, text, nesting="outer") if r["cue"] == D] == []


@pytest.mark.parametrize("text, first", [
    ("Evacuations went on.\n\nThe UN will continue its efforts pic.twitter.com/abcDEF12 "
     f"{D} OCHA Ukraine (@OCHA_Ukraine) May 8, 2022 174 more people are safe in Zaporizhzhia tonight.\n\nThe "
     f"work is not yet done. pic.twitter.com/xyzABC98 {D} Osnat Lubrani (@OsnatLubrani) May 8, 2022\n\nLater.",
     "174 more people are safe"),
    ("Blasts were heard.\n\nExplosions in the south pic.twitter.com/abcDEF12 "
     f"{D} Oliver Alexander (@OAlexanderDK) May 2, 2022 Air defence is working over the region.\n\nStay in the "
     f"shelters. pic.twitter.com/xyzABC98 {D} Vitali Klitschko (@Vitaliy_Klychko) May 2, 2022\n\nLater.",
     "Air defence is working over the region"),
    ("Grain ships moved.\n\nThe first ship has left pic.twitter.com/abcDEF12 "
     f"{D} Oleksandr Kubrakov (@OlKubrakov) August 1, 2022 Three more vessels are loading in Odesa.\n\nThe "
     f"corridor holds. pic.twitter.com/xyzABC98 {D} Andrii Sybiha (@andrii_sybiha) August 1, 2022\n\nLater.",
     "Three more vessels are loading"),
], ids=["un-coordinator", "mayor-after-analyst", "second-grain-post"])
def test_a_post_of_several_paragraphs_starts_after_the_earlier_credit(nlp, text, first):
    """The words that follow an earlier post's credit on its line open the next post, whose last paragraph holds
    its link, when they are in its author's voice (present, or first person): the post runs from there over its
    paragraphs."""
    rows = _rows(nlp, text)
    assert any(r["text"].startswith(first) for r in rows)


@pytest.mark.parametrize("text, content, name", [
    ("The state news agency Tass said seven people had died.\n\nFire at a research institute in Tver. Cause "
     f"unknown: pic.twitter.com/abcDEF12 {D} Joyce Karam (@Joyce_Karam) April 21, 2022\n\nInitial reports said "
     "prosecutors were investigating the blaze in Tver. The state-run news agency said early findings pointed to "
     "ageing wiring.", "early findings pointed", "Tass"),
    ("The news agency RIA Novosti said two workers were hurt.\n\nBlaze at a depot in Bryansk. Cause unclear: "
     f"pic.twitter.com/abcDEF12 {D} Anna Novak (@anovak) April 25, 2022\n\nFirefighters were seen at "
     "the depot in Bryansk. The state-run news agency said the fire had been put out.", "the fire had been put out",
     "RIA Novosti"),
    ("The news agency Interfax said the plant had stopped.\n\nSmoke over a plant in Belgorod. Cause unknown: "
     f"pic.twitter.com/abcDEF12 {D} Oliver Alexander (@OAlexanderDK) April 22, 2022\n\nThe smoke "
     "was seen over Belgorod. The state-run news agency said no one was hurt.", "no one was hurt", "Interfax"),
], ids=["agency-after-a-post", "ria-after-a-post", "interfax-after-a-post"])
def test_a_post_does_not_break_the_chain_of_speakers(nlp, text, content, name):
    """An embedded post's author is not the previous speaker a later description carries on from: "the agency
    said" after a post is the agency named before it."""
    row = next(r for r in extract_rows(nlp, text) if r["text"].startswith(content))
    assert row["speaker_name"] == name


@pytest.mark.parametrize("text, content, name", [
    ("Kyiv live.\n\nUkraine's air defence shot down 30 drones overnight. Glory to our defenders! "
     "pic.twitter.com/x1 \u2014 Defense of Ukraine (@DefenceU) May 2, 2022\n\nMore follows.",
     "Ukraine's air defence shot down 30 drones overnight. Glory to our defenders!", "Defense of Ukraine"),
    ("Kyiv live.\n\nThe latest Defence Intelligence update on the situation in Ukraine is out. Find out more about the "
     "government's response on our website pic.twitter.com/x2 \u2014 Ministry of Defence (@DefenceHQ) May 2, 2022"
     "\n\nMore follows.",
     "The latest Defence Intelligence update on the situation in Ukraine is out. Find out more about the government's "
     "response on our website", "Ministry of Defence"),
    ("Kyiv live.\n\nThe ministry was in Berlin on Monday. Dmytro Shmyhal's staff met their hosts. "
     "Russia must pay for every crime it has committed. pic.twitter.com/x3 \u2014 Dmytro Kuleba (@DmytroKuleba) "
     "May 2, 2022\n\nMore follows.",
     "The ministry was in Berlin on Monday. Dmytro Shmyhal's staff met their hosts. Russia must pay for "
     "every crime it has committed.", "Dmytro Kuleba"),
], ids=["org-name-word-in-the-post", "ministry-template", "a-first-name-is-no-surname"])
def test_a_word_of_an_organisations_name_is_no_introduction(nlp, text, content, name):
    """A sentence names a person author by the surname, an organisation only by its whole name (review r5): the
    post's own sentence with "Ukraine" or "Defence" in it stays in the post."""
    row = next(r for r in _rows(nlp, text) if r["speaker_name"] == name)
    assert row["text"].rstrip(".") == content.rstrip(".")


@pytest.mark.parametrize("credit, name", [
    ("\u2014 Antony Blinken (@SecBlinken) Jun 23, 2022", "Antony Blinken"),  # an abbreviated month
    ("\u2014 Antony Blinken (@SecBlinken) 23 June 2022", "Antony Blinken"),  # the day first
    ("- Franz-Stefan Gady (@HoansSolo) June 1, 2022", "Franz-Stefan Gady"),  # a spaced hyphen; a hyphenated name
], ids=["jun", "day-first", "hyphen"])
def test_one_credit_pattern_for_posts_and_signers(nlp, credit, name):
    """embedded_posts.credit is the finder's and the resolver's (speakers.posts.signed_posts) one pattern: the forms
    of date and dash that the resolver's own regex took and the finder's did not give a post row (final read)."""
    from pledgewatch.statements.embedded_posts import posts
    from pledgewatch.statements.speakers.posts import signed_posts

    text = ("Kyiv live.\n\nWe are sending more air defence to Ukraine today. pic.twitter.com/x4 " + credit +
            "\n\nMore follows.")
    doc = nlp(text)
    assert [text[ns:ne] for _, _, ns, ne in posts(doc, text)] == [name]
    assert [text[ns:ne] for _, _, ns, ne in signed_posts(doc, text)] == [name]
    row = next(r for r in extract_rows(nlp, text) if r["text"].startswith("We are sending"))
    assert row["speaker_name"].endswith(name.split()[-1])  # the resolver gives "Stefan Gady" (name extent, left)


@pytest.mark.parametrize("text, second", [
    (f"Kyiv live.\n\nExplosions reported in Kyiv pic.twitter.com/x1 {D} Jane Doe (@janedoe) May 1, 2022 "
     f"We will rebuild every house. pic.twitter.com/y2 {D} Vitali Klitschko (@Vitaliy_Klychko) May 1, 2022\n\nLater.",
     "We will rebuild every house."),
    (f"Grain ships moved.\n\nThe first ship has left pic.twitter.com/a1 {D} Oleksandr Kubrakov (@OlKubrakov) "
     f"August 1, 2022 Our corridor works. pic.twitter.com/b2 {D} Andrii Sybiha (@andrii_sybiha) August 1, 2022"
     "\n\nMore follows.", "Our corridor works."),
    (f"Power was cut.\n\nThree districts are dark tonight https://t.co/c1 {D} Oleh Syniehubov (@OlehSyniehubov) "
     f"June 3, 2022 We are restoring power now. https://t.co/d2 {D} Ihor Terekhov (@terekhov) June 3, 2022\n\nEnd.",
     "We are restoring power now."),
], ids=["kyiv", "grain", "power"])
def test_two_posts_on_one_line_each_start_after_the_last_credit(nlp, text, second):
    """Two posts pasted on one line: the second post's words start after the first's credit, for the finder
    (`embedded_posts.posts`) and the resolver's signers (`speakers.posts.signed_posts`) alike, one `post_start`
    (round 41's final read: the signers took the second post from its line's start, the first post and its credit
    included)."""
    from pledgewatch.statements.embedded_posts import posts
    from pledgewatch.statements.speakers.posts import signed_posts

    first_credit_end = text.index("2022 ") + len("2022")
    doc = nlp(text)
    signed = signed_posts(doc, text)
    assert len(signed) == 2 and signed[1][0] >= first_credit_end
    assert text[signed[1][0]:signed[1][1]].strip().startswith(second)
    assert text[posts(doc, text)[1][0]:posts(doc, text)[1][1]].startswith(second)


_NARRATED_AFTER_CREDIT = [
    (f"Evacuations went on.\n\nWe have delivered aid to Kharkiv pic.twitter.com/abcDEF12 {D} OCHA Ukraine "
     "(@OCHA_Ukraine) May 8, 2022 Meanwhile, shelling continued in Kharkiv overnight.\nOur work is not yet done "
     f"pic.twitter.com/xyzABC98 {D} Osnat Lubrani (@lubrani) May 8, 2022\n\nThe mayor spoke later.",
     "Meanwhile, shelling continued", "Our work is not yet done"),
    (f"Kyiv live.\n\nWe are sending more air defence. pic.twitter.com/x4 {D} Antony Blinken (@SecBlinken) June 3, "
     "2022Russian troops entered the town of Lyman on Friday.\n\nThe city must hold. pic.twitter.com/x5 "
     f"{D} Vitali Klitschko (@Vitaliy_Klychko) June 3, 2022\n\nMore follows.",
     "Russian troops entered", "The city must hold"),
    (f"Grain ships moved.\n\nThe first ship has left pic.twitter.com/abcDEF12 {D} Oleksandr Kubrakov (@OlKubrakov) "
     "August 1, 2022 Two more vessels were loaded in Odesa later that day.\n\nThe corridor holds. "
     f"pic.twitter.com/xyzABC98 {D} Andrii Sybiha (@andrii_sybiha) August 1, 2022\n\nLater.",
     "Two more vessels were loaded", "The corridor holds"),
]


@pytest.mark.parametrize("text, narration, post", _NARRATED_AFTER_CREDIT,
                         ids=["meanwhile-shelling-continued", "glued-to-the-year", "vessels-were-loaded"])
def test_narration_after_a_credit_on_its_line_is_no_post(nlp, text, narration, post):
    """Near misses of a post of several paragraphs: past narration with no first-person pronoun after a post's
    credit on its line (`grammar.narrated_past`; glued to the year too) is the reporter's: the credit line ended the
    earlier post, and the next post starts at its own paragraph, for the finder and the resolver's signers alike."""
    from pledgewatch.statements.speakers.posts import signed_posts

    rows = _rows(nlp, text)
    assert not any(narration in r["text"] for r in rows)
    assert any(r["text"].startswith(post) for r in rows)
    at = text.index(narration)
    assert not any(s <= at < e for s, e, _, _ in signed_posts(nlp(text), text))


@pytest.mark.parametrize("text, content, name", [
    ("Evacuations went on.\n\nLubrani, the UN coordinator, added:\n\nOur work is not yet done. We will go back for the "
     f"others. pic.twitter.com/xyzABC98 {D} Osnat Lubrani (@OsnatLubrani) May 8, 2022\n\nThe mayor spoke.",
     "Our work is not yet done. We will go back for the others.", "Osnat Lubrani"),
    ("The launchers arrived.\n\nReznikov tweeted:\n\nFour more launchers have arrived. I am grateful to our partners "
     f"https://t.co/abcDEF12 {D} Oleksii Reznikov (@oleksiireznikov) August 1, 2022\n\nLater.",
     "Four more launchers have arrived. I am grateful to our partners", "Oleksii Reznikov"),
    ("Power was cut.\n\nThe governor writes:\n\nThree districts are without power tonight. Crews are on their way "
     f"{D} Oleh Synehubov (@synegubov) May 2, 2022\n\nRepairs began on Tuesday.",
     "Three districts are without power tonight. Crews are on their way", "Oleh Synehubov"),
], ids=["added-colon-then-post", "tweeted-colon-then-post", "writes-colon-then-post"])
def test_a_colon_paragraph_introducing_a_post_ends_at_its_link(nlp, text, content, name):
    """"X added:" closing its paragraph introduces the next one, an embedded post: the content is the post's words,
    up to its link or credit line, not the link and credit (`content.colon._next_paragraph`, `post_stop`)."""
    row = next(r for r in extract_rows(nlp, text) if r["text"].startswith(content[:20]))
    assert row["text"].rstrip(".") == content.rstrip(".")
    assert row["speaker_name"] == name


@pytest.mark.parametrize("link", ["pic.twitter.com/abcDEF1234567890", "https://t.co/abcDEF1234567890",
                                  "https://t.co/xyzXYZ0987654321 pic.twitter.com/q1w2e3r4"],
                         ids=["pic-link", "tco-link", "two-links"])
def test_the_signers_measure_a_post_as_the_finder_does(nlp, link):
    """A post of two paragraphs whose words, without the link, fit `MAX_POST_CHARS`: the resolver's signers start it
    where the finder does, at the earlier credit's end (they measured to the credit, link included, and started it
    at its last paragraph: final read of the diff)."""
    from pledgewatch.statements.embedded_posts import MAX_POST_CHARS, posts
    from pledgewatch.statements.speakers.posts import signed_posts

    first = "We have restored power to the northern districts and crews keep working through the night. "
    second = "Our teams are at every substation, and we will report again in the morning as repairs go on."
    text = (f"Live.\n\nShelling hit Kharkiv pic.twitter.com/zz1 {D} Ann Lee (@annlee) May 1, 2022 {first}"
            f"{'Thank you all. ' * 5}\n\n{second} {link} {D} Ihor Terekhov (@terekhov) May 1, 2022\n\nLater.")
    prev_end = text.index("2022 ") + len("2022")
    assert text.index(link) - prev_end <= MAX_POST_CHARS < text.index(f" {D} Ihor") - prev_end  # the case
    doc = nlp(text)
    assert text[posts(doc, text)[1][0]:].startswith(first)
    assert text[signed_posts(doc, text)[1][0]:].lstrip().startswith(first)
