"""A name in apposition to a role noun keeps that noun as a role of the person, beside a title before the name ("A
spokesman for the Israeli army, Rear Admiral Daniel Hagari": a rear admiral and a spokesman) and where the parser
hung the name on the object of the noun's for/to phrase ("A spokesman for the Kremlin, Dmitry Peskov": appos of
"Kremlin"); a later description with that noun ("..., added IDF spokesman", "the Kremlin spokesman said") is that
person, not one named further on (roles.appositive_head_role, round 28). Invented sentences."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


@pytest.mark.parametrize("body, content, name", [
    # a title before the name: the role noun it is an appositive of is a role too
    ('A spokesman for the Israeli army, Rear Admiral Daniel Hagari, said that the drones had been shot down. "We will '
     'protect our borders," added IDF spokesman. NATO condemned the attack. "We call for restraint," wrote the '
     "spokeswoman of NATO Farah Dakhlallah.", "We will protect our borders", "Daniel Hagari"),
    ('A spokeswoman for the city council, Councillor Anna Berg, said the bridge would reopen in May. "The works are on '
     'time," the council spokeswoman added. Later the mayor, Tom Reed, said the budget was tight.',
     "The works are on time", "Anna Berg"),
    ('An adviser to the ministry, General Paul Dorn, told reporters that the stocks were low. "We need shells now," '
     "the ministry adviser said. The defence minister, Lena Holm, promised more money.", "We need shells now",
     "Paul Dorn"),
], ids=["added-idf-spokesman", "council-spokeswoman-added", "ministry-adviser-said"])
def test_the_role_noun_beside_a_title_is_a_role_of_the_person(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ('A spokesman for the Kremlin, Dmitry Peskov, told reporters that talks had stalled. "There is no progress," the '
     "Kremlin spokesman said. The foreign minister, Sergei Lavrov, said Moscow was ready to talk.",
     "There is no progress", "Dmitry Peskov"),
    ('A spokeswoman for the charity, Maria Kowal, said that the convoy had arrived. "The roads were open," the charity '
     "spokeswoman said. A driver said the trip took two days.", "The roads were open", "Maria Kowal"),
    ('A lawyer for the family, Ines Vidal, said the court had refused bail. "We will appeal," the family lawyer told '
     "the BBC. Prosecutors declined to comment.", "We will appeal", "Ines Vidal"),
], ids=["kremlin-spokesman", "charity-spokeswoman", "family-lawyer"])
def test_a_name_hung_on_the_object_of_a_for_phrase_keeps_the_role_noun(nlp, body, content, name):
    """"A spokesman for the Kremlin, Dmitry Peskov": the parser hangs the name on "Kremlin"; the role is the
    spokesman's (the description later is never the indefinite phrase with the name in it, as written)."""
    assert speaker_of(extract_rows(nlp, body), content) == name


def test_an_adviser_to_the_president_is_no_president(nlp):
    """"An adviser to the president, X": the parser hangs X on "president"; X's role is the adviser's, so "the
    president" later is not X."""
    from pledgewatch.statements.speakers import Resolver

    body = ("An adviser to the president, Mykhailo Podolyak, said talks had stalled. The president said on Friday "
            "that the army would hold.")
    doc = nlp(body)
    res = Resolver(doc, [], {"text": body})
    p = next(m[2] for m in res.idx.mentions if "Podolyak" in m[2].canonical)
    assert p.roles and all(r.lower().startswith("adviser") for r in p.roles)


@pytest.mark.parametrize("body, content, role", [
    ("The ministry's response to the senator, Lindsey Graham, was sharp. Graham said the aid must continue.",
     "the aid must continue", "senator"),
    ("Support for the president, Volodymyr Zelensky, remains high. Zelensky said the army would hold.",
     "the army would hold", "president"),
    ("A call to the German chancellor, Olaf Scholz, lasted an hour. Scholz said Germany would send more tanks.",
     "Germany would send more tanks", "chancellor"),
    ("A letter to the president, Joe Biden, was signed by 40 lawmakers. Biden said the aid would continue.",
     "the aid would continue", "president"),
], ids=["response-to-the-senator", "support-for-the-president", "call-to-the-chancellor", "letter-to-the-president"])
def test_no_walk_up_through_for_to_to_a_noun_that_names_no_person(nlp, body, content, role):
    """"A letter to the president, X": the parser hangs X on "president"; the walk up through for/to stops below a
    noun that names no person ("letter", "response", "support", "call"), so X's role is the one named, not the
    whole phrase (review of round 28)."""
    from support import row_of

    assert row_of(extract_rows(nlp, body), content)["speaker_role"].lower() == role
