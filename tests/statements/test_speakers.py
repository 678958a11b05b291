"""Speaker resolution on real sentences parsed with the project's model (the `nlp` fixture)."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch import statements
from pledgewatch.statements.names import reference
from pledgewatch.statements.speakers import resolve_speakers
from support import shared_text


def _resolve(nlp, text, specs, published=None):
    """specs: list of (mention, nth occurrence, content) -> rows resolved in text order."""
    doc = nlp(text)
    rows = []
    for mention, nth, content in specs:
        cs = text.index(content)
        if mention:
            import re

            pos = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", text)][nth]
            span = doc.char_span(pos, pos + len(mention), alignment_mode="expand")
            sp = (span.start, span.end)
        else:
            sp = None
        rows.append({"speaker_span": sp, "cue_i": sp[1] if sp else None, "char_start": cs,
                     "char_end": cs + len(content), "speaker_text": ""})
    resolve_speakers(doc, rows, {"text": text, "published": published})
    return rows


def test_surname_and_pronoun_resolve_to_fullest_mention(nlp):
    text = ("US Defense Secretary Lloyd Austin met allies at Ramstein on Tuesday. "
            "Austin said the United States would keep sending ammunition. "
            "He said air defence was the most urgent need.")
    r = _resolve(nlp, text, [("Austin", 1, "the United States would keep"), ("He", 0, "air defence was")])
    assert [x["speaker_name"] for x in r] == ["Lloyd Austin", "Lloyd Austin"]
    assert r[0]["speaker_type"] == "person" and r[0]["speaker_is_official"] is True
    assert r[0]["speaker_country"] == "United States"
    assert "Secretary" in r[0]["speaker_role"] or "Defense" in r[0]["speaker_role"]
    assert r[1]["speaker_text"] == "He"


def test_the_minister_and_nationality_title(nlp):
    text = ("German Defence Minister Boris Pistorius warned against forgetting what Ukraine needs. "
            "Shells and air defence are the issues of survival, the minister said on Monday.")
    r = _resolve(nlp, text, [("the minister", 0, "Shells and air defence")])
    assert r[0]["speaker_name"] == "Boris Pistorius"
    assert r[0]["speaker_role"] == "Defence Minister"
    assert r[0]["speaker_country"] == "Germany"
    assert r[0]["speaker_is_official"] is True


def test_mr_macron_and_the_french_president(nlp):
    text = ("French President Emmanuel Macron hosted a conference in Paris. "
            "Mr Macron said nothing should be ruled out. "
            "Later the French president said Europe must do more.")
    r = _resolve(nlp, text, [("Mr Macron", 0, "nothing should be ruled out"),
                             ("the French president", 0, "Europe must do more")])
    assert [x["speaker_name"] for x in r] == ["Emmanuel Macron", "Emmanuel Macron"]
    assert r[1]["speaker_country"] == "France"


def test_appositive_role_before_name(nlp):
    text = ("Kyiv's foreign minister, Dmytro Kuleba, told reporters Kyiv wanted more Patriot batteries. "
            "Kuleba added that time was short.")
    r = _resolve(nlp, text, [("Dmytro Kuleba", 0, "Kyiv wanted more"), ("Kuleba", 1, "time was short")])
    assert r[0]["speaker_name"] == r[1]["speaker_name"] == "Dmytro Kuleba"
    assert r[0]["speaker_role"].lower() == "foreign minister"
    assert r[0]["speaker_country"] == "Ukraine"


def test_appositive_role_after_name(nlp):
    text = "Jens Stoltenberg, NATO's secretary general, said allies must step up deliveries."
    r = _resolve(nlp, text, [("Jens Stoltenberg", 0, "allies must step up")])
    assert r[0]["speaker_name"] == "Jens Stoltenberg"
    assert "secretary general" in r[0]["speaker_role"].lower()
    assert r[0]["speaker_country"] == "NATO"


def test_the_ukrainian_leader_from_officials_table(nlp):
    text = "Russian shelling continued overnight. The Ukrainian leader said more air defence was needed."
    r = _resolve(nlp, text, [("The Ukrainian leader", 0, "more air defence")], published=dt.date(2023, 5, 1))
    assert r[0]["speaker_name"] == "Volodymyr Zelensky"
    assert r[0]["speaker_country"] == "Ukraine"


def test_transliterations_map_to_one_official():
    ref = reference()
    names = {ref.official(n, dt.date(2023, 1, 1)).name for n in ("Zelenskiy", "Zelenskyy", "Volodymyr Zelensky",
                                                               "Zelenskij")}
    assert names == {"Volodymyr Zelensky"}
    assert ref.official("Umjerow", dt.date(2024, 3, 19)).name == "Rustem Umerov"
    assert ref.official("Shmygal", dt.date(2023, 1, 1)).name == "Denys Shmyhal"
    # a different person with the same surname is not merged
    assert ref.official("Mykola Kuleba", dt.date(2023, 1, 1)) is None
    # ambiguous surnames are decided by the article's date
    assert ref.official("Johnson", dt.date(2022, 4, 1)).name == "Boris Johnson"
    assert ref.official("Johnson", dt.date(2024, 4, 1)).name == "Mike Johnson"


def test_transliterated_alias_gets_corpus_id(nlp):
    text = "Ukraine's leader, Volodymyr Zelenskiy, thanked his partners. Zelenskiy said the tanks had arrived."
    r = _resolve(nlp, text, [("Zelenskiy", 1, "the tanks had arrived")], published=dt.date(2023, 2, 1))
    assert r[0]["speaker_name"] == "Volodymyr Zelenskiy"   # the article's own spelling (annotation guide)
    assert r[0]["speaker_id"] == "Volodymyr Zelensky"      # one identity across the corpus


def test_organisations_capitals_and_groups(nlp):
    text = ("The Pentagon said the package included HIMARS ammunition. "
            "Moscow said the deliveries would prolong the war. "
            "Western officials said the offensive had stalled. "
            "Analysts at the think tank said the front was static.")
    r = _resolve(nlp, text, [("The Pentagon", 0, "the package included"), ("Moscow", 0, "the deliveries would"),
                             ("Western officials", 0, "the offensive had stalled"),
                             ("Analysts", 0, "the front was static")])
    assert [x["speaker_name"] for x in r] == ["Pentagon", "Russia", "Western officials", "Analysts at the think tank"] \
        or [x["speaker_name"] for x in r][:3] == ["Pentagon", "Russia", "Western officials"]
    assert [x["speaker_type"] for x in r] == ["organization", "organization", "group", "group"]
    assert r[0]["speaker_country"] == "United States" and r[0]["speaker_is_official"] is True
    assert r[1]["speaker_country"] == "Russia" and r[1]["speaker_is_official"] is True
    assert r[2]["speaker_is_official"] is True
    assert r[3]["speaker_is_official"] is False


def test_ministry_possessive_becomes_adjective(nlp):
    text = "Russia's defence ministry claimed its troops had captured the town."
    r = _resolve(nlp, text, [("Russia's defence ministry", 0, "its troops had captured")])
    assert r[0]["speaker_name"] == "Russian defence ministry"
    assert r[0]["speaker_type"] == "organization" and r[0]["speaker_country"] == "Russia"
    assert r[0]["speaker_is_official"] is True


@pytest.mark.parametrize("text,mention,official", [
    ("Konrad Muzyka, a military analyst at Rochan Consulting, said Russia was regrouping.", "Konrad Muzyka", False),
    ("Kremlin spokesman Dmitry Peskov, speaking on Monday, said the talks had failed.", "Dmitry Peskov", True),
    ("Sen. Mark Kelly said Congress should approve the aid.", "Sen. Mark Kelly", True),
])
def test_is_official(nlp, text, mention, official):
    content = text.split(" said ")[1]
    r = _resolve(nlp, text, [(mention, 0, content)])
    assert r[0]["speaker_is_official"] is official


def test_continuation_and_unknown(nlp):
    text = ('"We will not slow down," Austin told the meeting. "This will secure the long term."')
    r = _resolve(nlp, text, [("Austin", 0, "We will not slow down"), ("", 0, "This will secure")])
    assert r[1]["speaker_name"] == "Austin"
    r = _resolve(nlp, "It was cold. He said so.", [("He", 0, "so")])
    assert r[0]["speaker_name"] == "UNKNOWN"


def test_empty_rows_and_missing_span(nlp):
    doc = nlp("Nothing here.")
    resolve_speakers(doc, [], {"text": doc.text})
    rows = [{"speaker_span": None, "cue_i": None, "char_start": 0, "char_end": 7}]
    resolve_speakers(doc, rows, {"text": doc.text})
    assert rows[0]["speaker_name"] == "UNKNOWN" and rows[0]["speaker_type"] == "unknown"
    assert rows[0]["speaker_text"] == ""


@pytest.mark.parametrize("text,mention,name", [
    ("Russian missiles hit the city overnight, the governor, Oleksandr Starukh, said on Telegram.", "the governor",
     "Oleksandr Starukh"),
    ('"We need more," said former astronaut and retired Navy captain, Sen. Mark Kelly, on Friday.', "former astronaut",
     "Mark Kelly"),
])
def test_description_cut_before_its_appositive_name(nlp, text, mention, name):
    r = _resolve(nlp, text, [(mention, 0, text[:12])])
    assert r[0]["speaker_name"] == name
    assert r[0]["speaker_is_official"] is True


def test_report_speaks_for_its_author(nlp):
    text = ("A study published on Sunday by the Conflict Observatory documented the deportations. "
            "The report said at least 6,000 children had been held in camps.")
    r = _resolve(nlp, text, [("The report", 0, "at least 6,000 children")])
    assert r[0]["speaker_name"] == "Conflict Observatory"
    assert r[0]["speaker_type"] == "organization"


def test_pronoun_prefers_person_named_just_before(nlp):
    text = ("Ottawa retiree Doug Purdy says the scheme changed his life. \"It saved me,\" he says. "
            "Eating well also paid off for accountant Babatunde Okafor, 52. "
            "\"I had a gym membership,\" he says.")
    r = _resolve(nlp, text, [("he", 0, "It saved me"), ("he", 1, "I had a gym")])
    assert [x["speaker_name"] for x in r] == ["Doug Purdy", "Babatunde Okafor"]


def test_title_of_a_coordinated_name_stays_with_it(nlp):
    text = "Chinese leader Xi Jinping and Alexander Lukashenko said their talks were friendly."
    r = _resolve(nlp, text, [("Alexander Lukashenko", 0, "their talks were friendly")], published=dt.date(2023, 3, 1))
    assert r[0]["speaker_name"] == "Alexander Lukashenko"
    assert r[0]["speaker_country"] == "Belarus"
    assert "Xi" not in r[0]["speaker_role"]


def test_news_outlet_is_not_official(nlp):
    text = "Reuters reported that the convoy had been hit. The agency said three trucks were destroyed."
    r = _resolve(nlp, text, [("Reuters", 0, "the convoy had been hit")])
    assert r[0]["speaker_name"] == "Reuters"
    assert r[0]["speaker_type"] == "organization" and r[0]["speaker_is_official"] is False


def test_us_defense_secretary_description(nlp):
    text = ("Lloyd Austin, the Secretary of Defense, flew to Brussels. Blinken met NATO ministers. "
            "The US defense secretary said the alliance was united.")
    r = _resolve(nlp, text, [("The US defense secretary", 0, "the alliance was united")],
                 published=dt.date(2023, 2, 1))
    assert r[0]["speaker_name"] == "Lloyd Austin"
    assert r[0]["speaker_country"] == "United States"


def test_misspelt_official_names_resolve_only_with_an_agreeing_given_name():
    from pledgewatch.statements.names import reference

    ref = reference()
    assert ref.official("Wołodymyr Złenski").name == "Volodymyr Zelensky"  # machine-translated spelling
    assert ref.official("Wołodymyr Złenski").country == "Ukraine"
    assert ref.official("Boris Pistorious").name == "Boris Pistorius"
    assert ref.official("Mykola Kuleba") is None  # a different given name is a different person
    assert ref.official("Anna Smith") is None


def test_reference_tables_are_read_once_per_process():
    from pledgewatch.statements.names import reference

    assert reference() is reference()  # a per-call reload of the CSVs cost 0.45 s per article


def test_document_speaks_for_its_source_by_from_and_made_by(nlp):
    text = ("Jails across Russia have begun recruiting volunteers, according to three reports by independent "
            "media released this week. Reports from outlets have been saying that Ukrainian forces struck a depot. "
            "A statement from the EU on Tuesday said the arrests raised concerns. Russia would have to replenish its "
            "infantry, according to recent assessments made by military analysts and allied governments.")
    r = _resolve(nlp, text, [("three reports", 0, "Jails across Russia"),
                             ("Reports", 0, "Ukrainian forces struck a depot"),
                             ("A statement", 0, "the arrests raised concerns"),
                             ("assessments", 0, "Russia would have to replenish")])
    assert [x["speaker_name"] for x in r] == ["independent media", "outlets", "EU",
                                              "military analysts and allied governments"]
    assert r[2]["speaker_type"] == "organization"


def test_the_report_speaks_for_whoever_published_the_earlier_analysis(nlp):
    text = ("Last week the US National Intelligence Director's office published its annual review of worldwide threats. "
            "The report stated that the war had worn down the Russian army.")
    r = _resolve(nlp, text, [("The report", 0, "the war had worn down")])
    assert "National Intelligence Director" in r[0]["speaker_name"]


def test_a_reports_from_a_place_is_not_its_source(nlp):
    text = "Reports from Kyiv said the power was back in most districts."
    r = _resolve(nlp, text, [("Reports", 0, "the power was back")])
    assert r[0]["speaker_name"] != "Kyiv" and r[0]["speaker_country"] != "Ukraine"


def test_a_country_right_after_its_ministry_stands_for_the_ministry(nlp):
    text = ("Russia's navy has so far fared badly in the war in Ukraine, the British defense ministry "
            "said on Friday.\n\n\"Its failure to provide air power is among the key factors,\" the UK said."
            "\n\nThe ship will sail to Somalia, Ukraine's infrastructure ministry announced. The MV Brave Commander "
            "could leave after a deal lifted the blockade. Ukraine has said it hopes for more shipments soon.")
    r = _resolve(nlp, text, [("the British defense ministry", 0, "Russia's navy"), ("the UK", 0, "Its failure"),
                             ("Ukraine's infrastructure ministry", 0, "The ship will sail"),
                             ("Ukraine", 2, "it hopes for more shipments")])
    assert r[1]["speaker_name"] == "British defense ministry"
    assert r[3]["speaker_name"] == "Ukraine"  # a sentence in between: the country speaks as itself


def test_a_misspelt_surname_of_an_official_joins_the_article_spelling(nlp):
    # machine-translated text spells one president three ways; the article's first full spelling is the name
    text = ("Wołodymyr Złenski met EU leaders in Kyiv on Friday. "
            "Wołodymyr Zielnski during talks with the EU leaders appealed for more deliveries of arms.")
    r = _resolve(nlp, text, [("Wołodymyr Zielnski", 0, "for more deliveries of arms")])
    assert r[0]["speaker_name"] == "Wołodymyr Złenski"
    assert r[0]["speaker_id"] == "Volodymyr Zelensky"


def test_the_justice_official_is_the_unnamed_justice_official_not_a_named_person(nlp):
    text = ("Meng Wanzhou, Huawei's finance chief, was detained in Vancouver. "
            "\u201cThat decision rests with the minister,\u201d a justice official said during the briefing. "
            "Meng will get to see the advice the minister received. "
            "The justice official told journalists over 90 per cent of extradition requests succeed. "
            "\u201cMost of them are likely to go through,\u201d the official said.")
    r = _resolve(nlp, text, [("a justice official", 0, "That decision rests with the minister"),
                             ("The justice official", 0, "over 90 per cent"),
                             ("the official", 0, "Most of them are likely")])
    assert [x["speaker_name"] for x in r] == ["a justice official"] * 3


def test_owners_named_in_apposition_speak_as_a_group_and_are_the_they(nlp):
    text = ("In an email, Stella's owners Tore Solberg and Lehla Abreu said they accepted the "
            "result of the vote.\n\n\u201cOur priority is a respectful place to work,\u201d "
            "they said.")
    r = _resolve(nlp, text, [("Stella's owners Tore Solberg and Lehla Abreu", 0, "they accepted the result"),
                             ("they", 1, "Our priority is a respectful")])
    assert r[0]["speaker_name"] == "Tore Solberg and Lehla Abreu" and r[0]["speaker_type"] == "group"
    assert r[1]["speaker_name"] == "Tore Solberg and Lehla Abreu"


def test_the_post_speaks_for_who_wrote_in_it_and_the_reports_for_their_named_source(nlp):
    text = ("Jason Schultz, a Talos researcher, stated in the firm's blog post that the threats came "
            "from the same servers. According to the post, the hoax had changed again by Friday. "
            "White House adviser Larry Kudlow dismissed reports by media outlets including CNBC and the Financial Times "
            "claiming the offer had been withdrawn. The reports, citing anonymous officials, said the talks would go on.")
    r = _resolve(nlp, text, [("the post", 0, "the hoax had changed"),
                             ("The reports", 0, "the talks would go on")])
    assert r[0]["speaker_name"] == "Jason Schultz"
    assert r[1]["speaker_name"].startswith("media outlets")


@pytest.mark.parametrize("text, specs, expected", [
    pytest.param("Annalena Baerbock arrived in Kyiv on Monday. She met Mr Zelensky at his office. "
                 "She said Germany would deliver more generators before winter.",
                 [("She", 1, "Germany would deliver")],
                 "Annalena Baerbock", id="she_skips_a_man_mentioned_in_between"),
    pytest.param("Export Development Canada (EDC) backed the deal last year. "
                 "EDC said the loans were made on commercial terms.",
                 [("EDC", 1, "the loans were made")],
                 "Export Development Canada", id="acronym_expanded_from_article"),
    pytest.param("In his book, author Cecil Foster often comes back to a key moment in 1954.\n\n"
                 "Benjamin Layne, a retired porter, looks at photos on display at the museum. "
                 "( THE CANADIAN PRESS FILE PHOTO )\n\n"
                 "That journey by the porters drew national attention. \u201cThese men were clever enough to go to "
                 "Ottawa,\u201d he says.",
                 [("he", 0, "These men were clever enough")],
                 "Cecil Foster", id="a_person_named_only_in_a_photo_caption_is_not_the_he_of_the_story"),
    pytest.param("Dennis Brooks has spent five winters sleeping in church halls. "
                 "Asked what he would say to Toronto Mayor John Tory about homelessness, he said: "
                 "\u201cJust listen.\u201d",
                 [("he", 1, "Just listen.")],
                 "Dennis Brooks", id="a_name_after_the_sentences_first_he_is_not_his_antecedent"),
    pytest.param("Suncor reported getting $200-million in payments. EDC disclosed a $200-million claim, a spokesman "
                 "for EDC said. Suncor got its second $200-million payment this spring. "
                 "The company noted it may have to pay back some of that sum.",
                 [("a spokesman for EDC", 0, "EDC disclosed"),
                  ("The company", 0, "it may have to pay back")],
                 "Suncor", id="the_company_is_the_organisation_that_became_the_subject_since"),
    pytest.param("The firm was started by an engineering professor known for building cars. "
                 "It built a plant. It hired staff. It found suppliers. It planned a second factory.\n\n"
                 "\u201cTesla has been my role model,\u201d Guenther Schuh, the founder of e.GO, said.\n\n"
                 "Schuh knows that he is entering unknown waters.\n\n"
                 "\u201cI don't know of any carmaker that earns money in this class of vehicle,\u201d the tall, "
                 "bespectacled professor said.",
                 [("Guenther Schuh", 0, "Tesla has been my"),
                  ("bespectacled professor", 0, "I don't know of any carmaker")],
                 "Guenther Schuh", id="the_lanky_professor_is_the_named_subject_not_an_indefinite_from_far_back"),
    pytest.param("The City of Surrey carries a debt of $514 million. \u201cThe City of Surrey has far too much "
                 "debt,\u201d the mayor said. The line would go to Langley City. Council approved cuts to the City of "
                 "Surrey budget. The arena has two ice pads, according to the city, and it is set to close.",
                 [("the city", 0, "The arena has two ice pads")],
                 "City of Surrey", id="the_city_is_the_city_the_article_names_most_not_the_last_one"),
    pytest.param("Three workers with Canadian Pacific Railway were killed. Canada's Transportation Safety Board said "
                 "handbrakes were not set. A report by the railway company shows how hard it is to run trains "
                 "in bitter cold. The report said low temperatures increase air loss in a train's brakes.",
                 [("The report", 0, "low temperatures increase")],
                 "Canadian Pacific Railway",
                 id="the_railway_company_is_the_railway_named_earlier_and_its_report_speaks_for_it"),
    pytest.param("TransLink runs the region's transit. A TransLink study in 2018 put the cost at $3.1 billion. "
                 "\u201cThese are TransLink's figures,\u201d McCallum told the council. But the mayor insisted a study "
                 "was carried out by TransLink to confirm this. The agency told a reporter it never ran a study like that.",
                 [("The agency", 0, "it never ran a study like that")],
                 "TransLink", id="the_agency_is_the_organisation_named_in_the_sentence_before_even_untagged_there"),
])
def test_the_last_mention_resolves_to(nlp, text, specs, expected):
    """Mentions resolved in text order (the earlier specs set up the context); the last one is checked."""
    assert _resolve(nlp, text, specs)[-1]["speaker_name"] == expected


def test_caption_lines_are_photo_credits_not_datelines():
    from pledgewatch.statements.speakers import _CAPTION_LINE

    captions = ["A retired porter studies pictures on a museum wall. ( THE CANADIAN PRESS FILE PHOTO )",
                "First Interfaith runs its program at St. Matthew's. (Haweya Fadal/CBC)",
                "Soldiers on patrol near Bakhmut (Photograph: Reuters/Alamy)", "Photo: Volodymyr Zelensky in Kyiv"]
    prose = ["Zelensky said the strikes hit Kyiv overnight (Reuters)", "He said it was fine (and/or better)"]
    assert all(_CAPTION_LINE.search(t) for t in captions)
    assert not any(_CAPTION_LINE.search(t) for t in prose)


def test_a_headline_cue_verb_is_not_part_of_the_name(nlp):
    """A title-case headline ("Obama Says ... Museum Will Tell ...", a PolNeAR title read from ../shared) where the
    NER tagged "Obama Says" as the person: the canonical name is not "Obama Says"."""
    body = (shared_text("Obama Says A", "Delight'") + "\n\n"
            "President Obama, opening the museum on Saturday, said the building would tell America's story. "
            + shared_text("The museum, Mr. Ob", " truths."))
    art = {"article_id": "t", "text": body, "title": "", "title_chars": 0}
    names = {r["speaker_name"] for r in statements.extract(nlp(body), art)}
    assert names == {"Obama"}


def test_within_is_levenshtein_at_most_limit():
    """edits.within (prefix/suffix stripping + the three first-character edits) against the textbook table, on
    every pair of strings of up to 4 letters over a 3-letter alphabet."""
    import itertools

    from pledgewatch.statements.edits import within as _within

    def lev(a, b):
        prev = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            cur = [i] + [0] * len(b)
            for j, cb in enumerate(b, 1):
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            prev = cur
        return prev[-1]

    words = ["".join(w) for n in range(5) for w in itertools.product("abc", repeat=n)]
    for a in words:
        for b in words:
            d = lev(a, b)
            assert [_within(a, b, k) for k in (0, 1, 2)] == [d <= k for k in (0, 1, 2)], (a, b)
    assert _within("zelensky", "zelenskyy", 1) and not _within("zelensky", "zalenskyy", 1)


def test_near_surnames_index_equals_full_scan():
    """Reference.near_surnames looks candidates up in a deletion index; same answer as comparing every listed
    surname."""
    from pledgewatch.statements.edits import within as _within

    ref = reference()
    words = ["zlenski", "zielnski", "zelenskyi", "stoltenbreg", "kuleeba", "blinkin", "shmyhall", "macronn", "podoliak",
             "reznikovv", "johnsonn", "sunakk", "austinn", "borrel", "lavrovv", "peskow", "abcdefgh"]
    words += [k + "x" for k in ref.by_surname] + [k[1:] for k in ref.by_surname] + list(ref.by_surname)
    for w in words:
        lim = 1 if len(w) < 9 else 2
        full = [k for k in ref.by_surname if abs(len(k) - len(w)) <= lim and _within(k, w, lim)] if len(w) >= 6 else []
        assert ref.near_surnames(w) == full, w
