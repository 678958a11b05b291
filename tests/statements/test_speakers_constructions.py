"""Speaker constructions found on coding_dev's development half (articles with an even md5), one test per
construction, each with sentences in the style of three different (invented) articles, run end to end through
statements.extract."""

from __future__ import annotations

import pytest

from pledgewatch.statements.speakers import resolve_speakers
from support import extract_rows, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ('Olaf Scholz spoke in Berlin, adding that "Kyiv can count on our solidarity, as it always could '
     'before."He stressed that Germany had given Ukraine more economic help than any other country.',
     "that Germany had given", "Olaf Scholz"),
    ('Kaja Kallas told reporters in Tallinn that "the talks were useful, and we will not give up."She added that '
     'Estonia would send more ammunition in the spring.', "that Estonia would send", "Kaja Kallas"),
    ('Justin Trudeau met Ukrainian officials in Kyiv on Saturday to discuss "new aid for the coming winter."He '
     'announced that Canada would supply four more tanks to Ukraine.', "that Canada would supply", "Justin Trudeau"),
], ids=["he-glued-after-quote", "she-glued-after-quote", "he-glued-after-stop"])
def test_a_pronoun_with_a_glued_quotation_mark_is_a_pronoun(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ('Volodymyr Zelenskiy said on Tuesday that "the army is holding the line in the east."\n\nFranz-Stefan Gady, a '
     'senior fellow at a London think tank, warned about how fast '
     'the rockets could be put to use.\n\nOn Twitter he wrote: "Combined arms warfare is a hard '
     'thing to master."', "Combined arms warfare", "Franz-Stefan Gady"),
    ('The Ukrainian player Marta Kostyuk hit out at her rival after the match.\n\nSabalenka, who may climb to the '
     'top of the rankings this summer, has faced questions for weeks.\n\n"I am against the war," she '
     'said on Tuesday.', "I am against the war", "Sabalenka"),
    ('Oleksii Reznikov said that "the air defence is working."\n\nYurii Ihnat, 41, has spoken for the air force '
     'since the invasion began.\n\n"Most of the drones were shot down over Kyiv," he said.',
     "Most of the drones were shot down", "Yurii Ihnat"),
], ids=["research-fellow-appositive", "who-clause", "age-in-commas"])
def test_a_name_the_sentence_describes_as_a_person_is_a_person(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ('Volodymyr Zelenskiy said the army was holding the line.\n\nI would be careful when trying to assess how '
     'fast Ukraine can absorb new weapons systems. — Franz-Stefan Gady (@HoansSolo) 2 June 2022',
     "how fast Ukraine", "Franz-Stefan Gady"),
    ('Rishi Sunak said Britain would send more shells.\n\nWe thank Ukraine\'s defenders and we will continue '
     'to support them. — Oleksii Reznikov (@oleksiireznikov) 3 August 2022', "Ukraine's defenders",
     "Oleksii Reznikov"),
    ('Joe Biden said America would keep helping.\n\nI welcome the first grain ship leaving Odesa and I call on '
     'Russia to keep the corridor open. — Antony Blinken (@SecBlinken) 24 July 2022', "the first grain ship",
     "Antony Blinken"),
], ids=["gady-tweet", "reznikov-tweet", "blinken-tweet"])
def test_a_statement_in_an_embedded_post_is_the_signers(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ('"They keep telling us the door is open," Volodymyr Zelensky said. Vladimir Putin has called for legal guarantees.\n\n'
     'Christiane Amanpour then asked Zelensky about the US intelligence reports. He said he trusted his own '
     'intelligence most.', "he trusted his own", "Volodymyr Zelensky"),
    ('Kaja Kallas said Estonia would send more shells. Later a reporter asked Olaf Scholz whether Germany would send '
     'tanks. He said that Berlin would decide with its allies.', "that Berlin would decide", "Olaf Scholz"),
    ('Boris Johnson said that Britain would stand by Kyiv. The interviewer then questioned Ben Wallace about the '
     'cost of the missiles. He said that the price was worth paying.', "that the price was worth", "Ben Wallace"),
], ids=["asked-about", "asked-whether", "questioned-about"])
def test_the_one_asked_a_question_answers_next(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


def test_a_request_is_no_question(nlp):
    body = ('Joe Biden said America would keep helping. Volodymyr Zelensky asked Olaf Scholz for more tanks on Monday. '
            'He said that Ukraine needed them before the spring.')
    assert speaker_of(extract_rows(nlp, body), "that Ukraine needed them") == "Volodymyr Zelensky"


@pytest.mark.parametrize("body, content, name", [
    ('President Volodymyr Zelensky met the Taoiseach in Kyiv. Mr Zelensky called it a fruitful meeting.\n\nHe also told Mr Varadkar about the latest Russian strikes '
     'on port cities. He said that Russia was targeting food infrastructure.', "that Russia was targeting",
     "Volodymyr Zelensky"),
    ('Kaja Kallas said that Estonia would double its aid.\n\nShe thanked Ursula von der Leyen for the new package. '
     'She added that more sanctions were needed.', "that more sanctions were needed", "Kaja Kallas"),
    ('Recep Tayyip Erdogan said that Turkey would keep the straits closed.\n\nHe met Emmanuel Macron on Friday in '
     'Ankara. He added that the grain deal must be renewed.', "that the grain deal must", "Recep Tayyip Erdogan"),
], ids=["informed-mr-varadkar", "thanked-von-der-leyen", "met-macron"])
def test_a_pronoun_subject_carries_the_speaker_past_an_object(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ('Oleksandr Starukh, the governor of Zaporizhzhia, said the city was shelled overnight.\n\nThe grain deal expires '
     'next week. Turkey wants it renewed. The UN is hopeful.\n\nThree people were '
     'killed when rockets struck an airfield in the Kirovohrad region, the regional governor has said. '
     'Andriy Raikovych said on television that two guards were among the dead.', "Three people were killed",
     "Andriy Raikovych"),
    ('Ukrainian rocket fire has wiped out over 30 Russian supply depots, the spokesperson of '
     'Ukraine\'s defence ministry said late on Thursday. The official, Oleksandr Motuzianyk, stressed the part played by the rockets.',
     "Ukrainian rocket fire has wiped out", "Oleksandr Motuzianyk"),
    ('Vadim Lyakh, the mayor of Sloviansk, said six people were killed.\n\nAt least four people died in the '
     'Russian city of Belgorod late on Saturday, the region\'s governor stated. Vyacheslav Gladkov said that nine apartment '
     'blocks were damaged.', "At least four people died", "Vyacheslav Gladkov"),
], ids=["regional-governor-then-name", "spokesperson-then-the-official-name", "regions-governor-then-name"])
def test_a_description_named_in_the_next_sentence_is_that_person(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ('Trains were hit again on Monday. A spokesman for Ukraine\'s general staff said rail lines were targeted to stop '
     'arms deliveries. "They attack the railways so that our partners\' weapons cannot reach us," Andriy Kovalenko '
     'told reporters.', "rail lines were targeted", "Andriy Kovalenko"),
    ('Shelling went on overnight.\n\nA senior Ukrainian official has accused Moscow of widening its strikes on towns. '
     'Petro Marchenko, the head of the national defence council, told the BBC that the attacks had grown.',
     "Moscow of widening", "Petro Marchenko"),
    ('The city may soon fall, an aide to the Ukrainian president said on Sunday. Mykola Bondar added: "We cannot '
     'rule anything out."', "The city may soon fall", "Mykola Bondar"),
    ('A former police officer who worked undercover for years has told the paper that the force ignores extremist '
     'groups.\n\n"The police are failing the victims. They do not even open cases," said Thomas Brandt, who left '
     'the force in 2019.', "that the force ignores", "Thomas Brandt"),
], ids=["spokesman-then-quote-told", "official-then-name-told", "aide-then-name-added",
        "officer-then-quote-said-name"])
def test_an_indefinite_description_is_the_speaker_named_next(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ('A spokesman for the army said the bridge was destroyed. Later the mayor spoke to the press.',
     "the bridge was destroyed", "A spokesman for the army"),
    ('Andriy Kovalenko said the lines were cut. A spokesman for the railways said trains would run again. '
     'Andriy Kovalenko told reporters that repairs would take weeks.', "trains would run again",
     "A spokesman"),
    ('A senior official said the talks had stalled. Three weeks later, after a long winter of fighting and '
     'several rounds of failed negotiations in Istanbul, the ministry issued a new map. Oleg Petrenko told '
     'reporters that the map was final.', "the talks had stalled", "A senior official"),
], ids=["nobody-named-next", "named-before-is-no-new-source", "named-two-sentences-later"])
def test_an_indefinite_description_stays_as_written_without_a_new_named_speaker(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ('China worries about the war, CIA director William Burns told senators on Tuesday.\n\nCIA boss: Moscow has '
     'misjudged the war\n\n- Beijing is uneasy about what it sees, he said.', "Moscow has misjudged",
     "William Burns"),
    ('The EU leaders gathered near Paris on Thursday. "Ukraine must stay free," the European Commission head '
     'Ursula von der Leyen told reporters.\n\nEC boss: This is a turning point for Europe\n\nOn arrival, '
     'she spoke about new sanctions.', "This is a turning point", "Ursula von der Leyen"),
    ('Investors were nervous, the chief of the Bundesbank Joachim Nagel said on Monday.\n\nBundesbank boss: '
     'Inflation will stay high\n\nHe warned that prices would keep rising in the spring.', "Inflation will stay high",
     "Joachim Nagel"),
], ids=["cia-boss-heading", "ec-boss-heading", "bundesbank-boss-heading"])
def test_a_boss_is_a_head_of_the_body_named_before(nlp, body, content, name):
    """"boss" is a role word like "chief" (roles.csv): a heading's "CIA boss:" is the head the article named."""
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ('Vladimir Putin and Gazprom are cutting gas flows. This week the head of the International Energy Agency '
     'warned that Europe must get ready for a winter with no Russian gas.', "that Europe must get ready",
     "head of the International Energy Agency"),
    ('President Joe Biden spoke to Olaf Scholz on Monday. The director of the World Food Programme said that '
     'millions of people could starve this year.', "that millions of people could starve",
     "director of the World Food Programme"),
    ('Volodymyr Zelensky met the EU leaders on Thursday. The chief of the Wagner Group said that his fighters '
     'would leave Bakhmut next week.', "that his fighters would leave", "chief of the Wagner Group"),
], ids=["head-of-the-iea", "director-of-the-wfp", "chief-of-wagner"])
def test_an_office_in_a_named_organisation_is_not_another_office_holder(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ('A missile wrecked a hotel in Kramatorsk, according to the mayor Oleksandr Goncharenko. He told reporters four '
     'rockets struck the town on Sunday.', "four rockets struck the town", "Oleksandr Goncharenko"),
    ('Three people were killed in Kirovohrad. Andriy Raikovych said on television that two guards were among the '
     'dead.', "that two guards were among", "Andriy Raikovych"),
    ('The port was hit again on Monday night. Yurii Ihnat told reporters that most drones had been shot down.',
     "that most drones had been shot down", "Yurii Ihnat"),
], ids=["mayor-name-tagged-fac", "name-tagged-org", "ihnat-told"])
def test_a_run_opening_with_a_given_name_is_a_persons_name(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ('Observers say the trials put pressure on the west.\n\nIn a short note, Aslin\'s relatives asked to be left alone. "This '
     'is a very hard time for all of us," they said.', "This is a very hard time", "Aslin's relatives"),
    ('Yair Lapid condemned the pressure on Jewish leaders. The family of Pinchas Goldschmidt announced that he had '
     'left Russia.', "that he had left Russia", "family of Pinchas Goldschmidt"),
    ('Police said the driver was arrested. The soldier\'s family said that they wanted answers from the army.',
     "that they wanted answers", "soldier's family"),
], ids=["aslins-family-they", "family-of-goldschmidt", "soldiers-family"])
def test_a_family_is_a_group(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content", [
    ("According to satellite pictures, Russia has moved 40 tanks to the border.", "Russia has moved 40 tanks"),
    ("According to preliminary information, twelve people were killed in the strike on Kharkiv.",
     "twelve people were killed"),
    ("According to a detailed examination, the missile was fired from the Russian side of the border.",
     "the missile was fired"),
], ids=["satellite-imagery", "preliminary-information", "extensive-examination"])
def test_an_abstract_noun_is_no_speaker(nlp, body, content):
    hits = [r for r in extract_rows(nlp, body) if r["text"].startswith(content)]
    assert hits and hits[0]["speaker_name"] == "UNKNOWN" and hits[0]["speaker_unknown_reason"]


@pytest.mark.parametrize("body, content, name", [
    ("The proprietor of the bakery said the shop would stay open.", "the shop would stay open", "proprietor"),
    ("One aid worker said that the convoy was hit twice.", "that the convoy was hit", "One aid worker"),
    ("Lithuanian state railway had told the company that the transit would stop.", "that the transit would stop",
     "Lithuanian state railway"),
], ids=["proprietor", "aid-worker", "state-railway"])
def test_an_agent_noun_stays_a_speaker(nlp, body, content, name):
    assert name in speaker_of(extract_rows(nlp, body), content)


@pytest.mark.parametrize("body, content, name", [
    ("Joe Biden spoke in Washington.\n\nIn his opinion, the allies must act: - We must not let Ukraine fall, "
     "since America would then be drawn in -he said.", "We must not let Ukraine fall", "Joe Biden"),
    ("Kaja Kallas spoke in Tallinn.\n\nIn her opinion, Europe must wake up: - We cannot wait for another winter "
     "of war in Ukraine -she said.", "We cannot wait for another winter", "Kaja Kallas"),
    ("Olaf Scholz spoke in Berlin.\n\nIn his view, the aid must go on: - Germany will keep sending air defence "
     "systems to Ukraine -he said.", "Germany will keep sending", "Olaf Scholz"),
], ids=["dash-he-biden", "dash-she-kallas", "dash-he-scholz"])
def test_a_pronoun_with_a_glued_dash_is_a_pronoun(nlp, body, content, name):
    doc = nlp(body)
    tok = next(t for t in doc if t.text in {"-he", "-she"})
    cs = body.index(content)
    row = {"speaker_span": (tok.i, tok.i + 1), "cue_i": tok.i + 1, "char_start": cs, "char_end": cs + len(content),
           "speaker_text": ""}
    resolve_speakers(doc, [row], {"text": body, "published": None})
    assert row["speaker_name"] == name
