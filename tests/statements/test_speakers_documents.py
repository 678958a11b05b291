"""Documents that speak (speakers/documents.py, owners.py): a lawsuit, resolution, readout or report speaks for whoever
issued, passed or published it, by its own phrase, an owner ("the EU's announcement"), a source named again
beside it or a publication it appeared in; a document nobody is named issuing is no speaker, and an "it" right
after a document is that document. Tests moved from the round-named files of rounds 7, 10, 12, 13 and 19."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of, shared_text, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ("Two parents have sued the former secretary of state. Patricia Smith and Charles Woods have filed a lawsuit for wrongful "
     "death against Hillary Clinton. The lawsuit argues that the deaths were caused by her negligence.",
     "that the deaths were", "Patricia Smith"),
    ("The deal collapsed in 2008, according to a lawsuit Yulia Tymoshenko, a former Ukrainian prime "
     "minister, filed in New York.", "The deal collapsed", "Yulia Tymoshenko"),
    ("Bernie Sanders spoke in Harlem on Thursday. Democratic White House hopeful Hillary Clinton is releasing a "
     "new 60-second ad in New York. The ad says the banks must be held to account.", "the banks must be",
     "Hillary Clinton"),
    ("Corey Lewandowski was charged on Tuesday. The charge is set out in a police affidavit written by Marc Bujnowski, "
     "a local police detective. The affidavit said that the detective had seen bruises.",
     "that the detective had", "Marc Bujnowski"),
    ("Senator Harry Reid criticised the move. A letter from Reid on Monday said the party would not back down.",
     "the party would not", "Harry Reid"),
], ids=["lawsuit-filed-by-subject", "lawsuit-filed-by-agent", "ad-released-by", "affidavit-written-by",
        "letter-from-a-person"])
def test_a_document_speaks_for_whoever_issued_it(nlp, body, content, name):
    """A lawsuit, complaint, affidavit, petition, inquiry or ad (`doc_heads`) is a document: its source is who
    filed, wrote, released or sent it, by its own phrase ("a letter from Reid", "a lawsuit filed by X") or by the
    verb that made it ("X have filed a lawsuit ... The lawsuit contends"), never the person the passage is about
    (documents.py)."""
    assert name in speaker_of(extract_rows(nlp, body), content)


@pytest.mark.parametrize("body, content, former", [
    ("Democrats will sue the state over voter access after thousands of residents waited five hours to vote. "
     "Bernie Sanders praised the move. \"The lines were inexcusable,\" the lawsuit says.", "The lines were",
     "Bernie Sanders"),
    ("Boris Johnson was invited to Moscow in 2014. Ukraine has lost about a sixth of its grain silos, a "
     "report said.", "Ukraine has lost", "Boris Johnson"),
    ("Sergei Lavrov met his counterpart on Friday. The update added that Russian troops were massing near the "
     "city.", "that Russian troops", "Sergei Lavrov"),
], ids=["lawsuit-nobody-filed", "a-report-said", "the-update-added"])
def test_a_document_nobody_is_named_issuing_is_no_speaker(nlp, body, content, former):
    """A document word with no name in it and no issuer named before it (its phrase, its verb, an earlier mention
    of it, the organisation that spoke just before) is no speaker: UNKNOWN with a reason, never the person the
    passage is about nor the word itself as an organisation."""
    row = row_of(extract_rows(nlp, body), content)
    assert row["speaker_name"] == "UNKNOWN", row
    assert former not in row["speaker_name"]


@pytest.mark.parametrize("body, content, name", [
    ("A 2015 article in the Evening Standard reported that Johnson had been sent an invitation to Moscow.",
     "that Johnson had been sent", "Evening Standard"),
    ("The minister will be replaced next week, according to a report in the Financial Times.",
     "The minister will be", "Financial Times"),
    ("A report in the New York Times said that the drones had been sold through intermediaries.",
     "that the drones", "New York Times"),
], ids=["article-in-paper", "according-to-a-report-in", "report-in-the-times"])
def test_a_document_in_a_publication_is_the_publications(nlp, body, content, name):
    """"an article in the Evening Standard", "a report in the New York Times": the publication the document
    appeared in speaks (a name the NER tags as an organisation or a work, not a place; a one-word outlet the small
    model tags GPE, "a report in Politico", is left as before)."""
    assert name in speaker_of(extract_rows(nlp, body), content)


@pytest.mark.parametrize("body, content, name", [
    ("The Institute for the Study of War released its latest report on Sunday. The report said Russian forces were "
     "exhausted.", "Russian forces were", "Institute for the Study of War"),
    ("Many Republicans voted for him, according to a 2016 Pew Research study.", "Many Republicans voted",
     "Pew Research"),
    ("A report in Kyiv said that the mayor had left the city.", "that the mayor had", "UNKNOWN"),
], ids=["report-by-verb", "name-in-the-mention", "not-a-place"])
def test_documents_that_keep_their_speaker(nlp, body, content, name):
    """An issuer named by the verb stays; a mention that names its source itself stays as written; a place after
    "in" is no publication."""
    assert name in speaker_of(extract_rows(nlp, body), content)


@pytest.mark.parametrize("body, content, name", [
    ("Donald Trump fares better in a race with Hillary Clinton, according to a fresh poll. With Michael "
     "Bloomberg weighing a bid, a Morning Consult poll found he would take votes from Clinton.",
     "Donald Trump fares better", "Morning Consult"),
    ("Hillary Clinton has recovered since the convention, according to a new national poll. Clinton now leads "
     "by 47 points to 40, according to a CBS poll taken at the weekend.", "Hillary Clinton has recovered",
     "CBS"),
    ("Sanders and Clinton are nearly tied in California, according to a fresh poll. The survey, carried out "
     "by the Public Policy Institute of California, gives Clinton a narrow edge.", "Sanders and Clinton",
     "Public Policy Institute of California"),
], ids=["same-word-later", "same-word-next-sentence", "definite-document-word"])
def test_a_document_named_again_with_its_source_is_that_sources(nlp, body, content, name):
    """A document nothing before names the source of ("according to a new poll") is the source the next two
    sentences give the same document ("a Morning Consult poll found", "The survey, conducted by X"):
    documents._named_again. Under PolNeAR's convention: under the guide's a poll gives no statement."""
    assert speaker_of(extract_rows(nlp, body, nesting="outer"), content) == name


@pytest.mark.parametrize("body, content, name", [
    ("Ukraine has lost 15% of its grain storage, a report said. Farmers had nowhere left to store crops, the "
     "report said.", "Ukraine has lost", "UNKNOWN"),
    ("The Conflict Observatory published a report on Monday. Ukraine has lost 15% of its grain storage, the "
     "report said. The study by the University of Kyiv found the same.", "Ukraine has lost",
     "Conflict Observatory"),
], ids=["no-source-anywhere", "source-before-wins"])
def test_a_document_keeps_its_earlier_source_or_none(nlp, body, content, name):
    """A source named before comes first; with no source before or after, the document is no speaker (UNKNOWN,
    round 13: never the document word as an organisation)."""
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ('The upper chamber of the Czech parliament, the Senate, on Wednesday passed a resolution backing Ukraine.\n\n'
     'According to the resolution, an independent Ukraine is key to the security of Czechia.',
     "an independent Ukraine is key", "Senate"),
    ('The European Parliament adopted a resolution on Thursday after a long debate in Strasbourg. The resolution '
     'said that Russia was a state sponsor of terrorism.', "that Russia was a state sponsor", "European Parliament"),
    ('Lithuania\'s parliament, the Seimas, approved a declaration on Tuesday. The declaration said that the '
     'deportations were a genocide.', "that the deportations were", "Seimas"),
], ids=["resolution-passed-by-appositive", "resolution-adopted", "declaration-approved-by-appositive"])
def test_a_resolution_or_declaration_speaks_for_the_body_that_passed_it(nlp, body, content, name):
    """"X passed/adopted/approved a resolution ... the resolution said": the body that passed it, by the name in
    apposition to its description ("The upper chamber of the Czech parliament, the Senate")."""
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    (shared_text('"Something must have', "the headline said."), "Something must have",
     "embassy"),
    ("People in Melitopol were urged to report collaborators. The intelligence directorate's appeal further asked for "
     "the roads that Russian columns were taking.", "the roads that", "intelligence directorate"),
    ("The EU's announcement of the sanctions on the tycoon said he was responsible for backing the invasion.",
     "he was responsible", "EU"),
    ("Lukashenko met Xi in Beijing. According to the Chinese Foreign Ministry's readout of the meeting, "
     "Lukashenko endorsed China's position.", "Lukashenko endorsed", "Chinese Foreign Ministry"),
], ids=["caption", "appeal", "announcement", "readout"])
def test_an_owners_document_is_the_owners_word(nlp, body, content, name):
    """"the embassy's caption", "The intelligence directorate's appeal", "The EU's announcement", "a Chinese Foreign
    Ministry readout": speech and document nouns of `doc_heads` (caption, announcement, readout, appeal, ultimatum
    added this round): the owner, or the body the noun names, speaks (owners.py, documents.py); never a person named
    inside ("sanctions on Mordashov")."""
    assert row_of(extract_rows(nlp, body), content)["speaker_name"] == name


@pytest.mark.parametrize("text, content, name", [
    ("Two thinktanks in London published a report on the deportations. The report found that children were moved "
     "to camps. It warns that states cannot claim they did not know.", "that states cannot claim", "thinktanks"),
    ("Researchers from two universities wrote the report for the Dutch government. The report describes attacks on "
     "hospitals. It warns that the damage will take years to repair.", "that the damage will take", "Researchers"),
    ("The G7 foreign ministers issued a joint statement on Friday, Reuters reported. \"We condemn the seizure of the "
     "ports,\" the statement said. \"We will keep up the pressure on Moscow,\" it added.",
     "We will keep up the pressure", "G7 foreign ministers"),
], ids=["report-thinktanks", "report-researchers", "statement-ministers"])
def test_it_after_a_document_spoke_is_that_documents_source(nlp, text, content, name):
    """"The report found ... It warns": an "it" right after a row whose mention is a document noun is that
    document, whose source spoke (a group of authors too), not the nearest organisation or place named before
    (`pronouns._prev_was_document`)."""
    rows = extract_rows(nlp, text)
    row = next(r for r in rows if r["text"].startswith(content))
    assert name in row["speaker_name"]


@pytest.mark.parametrize("text, content, name", [
    ("The G7 foreign ministers issued a joint statement on Friday, Reuters reported. \"We condemn the seizure of the "
     "ports,\" the statement said.", "We condemn the seizure", "G7 foreign ministers"),
    ("Participants of the Black Sea summit adopted a joint declaration, the Kyiv agency Ukrinform reports. The "
     "declaration condemned the blockade of the ports.", "the blockade of the ports", "Participants"),
    ("Leaders of the three Baltic states released a declaration in Riga on Monday, Interfax reported. The "
     "declaration said the region needed more air defence.", "the region needed more", "Baltic states"),
    ("The Czech government published a statement after the strike, CTK reported. The statement said that no "
     "citizens had been hurt.", "that no citizens had been hurt", "Czech government"),
    ("The Nordic defence ministers signed a statement in Oslo, the agency NTB reported. The statement said the four "
     "countries would buy shells together.", "the four countries would buy", "Nordic defence ministers"),
], ids=["g7-statement-after-reuters", "declaration-after-ukrinform", "baltic-declaration-after-interfax",
        "czech-statement-after-ctk", "nordic-statement-after-ntb-kept"])
def test_a_document_named_in_reported_speech_is_its_issuers_not_the_outlets(nlp, text, content, name):
    """A document issued in a sentence an outlet reports ("X issued a statement, Reuters reported. The statement
    said") is X's: reported speech is the narrator's words, so its issuing verb names the source
    (`documents._author_of_document`), not the outlet that spoke before."""
    rows = extract_rows(nlp, text)
    row = next(r for r in rows if r["text"].startswith(content))
    assert name in row["speaker_name"]
