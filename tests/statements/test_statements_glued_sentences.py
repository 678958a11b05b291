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
    # a spaced sentence end is the writer's: the content starts after it, and takes the glued sentence before the cue
    ("The talks ended without result. Russia is trying to freeze.The war goes on - said the adviser.", "said",
     "Russia is trying to freeze.The war goes on"),
    # ... also before a glued pair
    ("The partnership ended with the war. The war exposes Berlin.Not only that, but the imports "
     "finance the war - reminds the weekly.", "reminds",
     "The war exposes Berlin.Not only that, but the imports finance the war"),
    # an article number is no sentence end
    ("The obligation under art.5 is holy.The US supports its allies - the vice president added.", "added",
     "The obligation under art.5 is holy.The US supports its allies"),
])
def test_widening_stops_at_a_spaced_sentence_end(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


@pytest.mark.parametrize("body, cue, content", [
    # the space after an abbreviation is no sentence end where the parse starts none (review r2, round 40)
    ("Mr. Zelensky is in Warsaw.He will meet Duda tomorrow - said the spokesman.", "said",
     "Mr. Zelensky is in Warsaw.He will meet Duda tomorrow"),
    ("The U.S. Army needs more shells.It must buy them in Europe - said the senator.", "said",
     "The U.S. Army needs more shells.It must buy them in Europe"),
    ("The novel by J.R.R. Tolkien is banned in Russia.Moscow bans everything - said the writer.", "said",
     "The novel by J.R.R. Tolkien is banned in Russia.Moscow bans everything"),
])
def test_an_abbreviation_ends_no_sentence(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


@pytest.mark.parametrize("body, cue, content", [
    # the reporter's narration in the past tense before a statement in the present or future is not the speaker's
    # (review r2, round 40)
    ("The strike hit at dawn.Three died.Kyiv will respond, said the spokesman.", "said", "Kyiv will respond"),
    ("Russian missiles struck Lviv on Monday night.Kyiv will respond with force - said the spokesman of the army.",
     "said", "Kyiv will respond with force"),
    ("The meeting took place in Warsaw.The president met the NATO chief there.Poland will send more tanks - said "
     "Andrzej Duda.", "said", "Poland will send more tanks"),
])
def test_past_narration_stays_out(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


@pytest.mark.parametrize("body, cue, content", [
    # a cue word that gives no row is no other statement (review r2, round 40: "denied by the war")
    ("The farmers' exports are denied by the war.Their income falls every month - say the farmers' unions.", "say",
     "The farmers' exports are denied by the war.Their income falls every month"),
    ("Our farmers are told to wait.The border must open now - said the minister.", "said",
     "Our farmers are told to wait.The border must open now"),
    ("The town is promised nothing but ruins.We will rebuild it - says the mayor.", "says",
     "The town is promised nothing but ruins.We will rebuild it"),
])
def test_a_cue_word_without_a_row_does_not_stop(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


@pytest.mark.parametrize("body, cue, content", [
    # a cue in an "as" clause closes no paragraph: the content is its own sentence
    ("The war must end.Russia is the aggressor, as the president said.", "said", "Russia is the aggressor"),
    ("Ukraine needs shells.Europe must deliver them - as the minister said on Monday.", "said",
     "Europe must deliver them"),
    ("The sanctions work.Russia's economy is shrinking - as the governor of the central bank admitted.", "admitted",
     "Russia's economy is shrinking"),
])
def test_no_widening_for_an_as_clause(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


@pytest.mark.parametrize("body, cue, content", [
    # a dialogue dash glued to a stop opens the speaker's words: the writer's sentence before it stays out
    ("We are in the city.- I am afraid.It is cold, said the woman.", "said", "I am afraid.It is cold"),
    ("They live in the basement.- We have no water.We have no light, says the mother.", "says",
     "We have no water.We have no light"),
    ("The soldiers stand at the gate.- We will hold.We have shells, the commander said.", "said",
     "We will hold.We have shells"),
])
def test_widening_stops_at_a_dialogue_dash(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


@pytest.mark.parametrize("body, cue, content", [
    # a glued sentence holding the writer's attribution with a spaced dash is another statement (a Polish outlet, 2024)
    ("The troops will not parade on May 9 - the portal informed.The authorities made this decision in fear of "
     "provocations - said the portal.", "said", "The authorities made this decision in fear of provocations"),
])
def test_widening_stops_at_another_statement(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


def test_a_cue_clause_of_its_own_is_not_widened(nlp):
    # a cue clause of its own after the dash, with its subject and object, closes nothing (a Polish outlet, 2022)
    body = ("The aid has reached nine billion dollars.Russia is not delighted with this - she has often criticized "
            "the United States for helping Ukraine.")
    got = [t for c, t in contents(nlp, body) if c == "has often criticized"]
    assert got and not any(t.startswith("The aid") for t in got), got


# round 41 (known limits of round 40); invented sentences after the shapes of three articles of Polish outlets
@pytest.mark.parametrize("body, cue, content", [
    # a postposed attribution clause is the writer's, whether its verb gave a row or not
    ("The front is stable, experts believe.Kyiv must hold the city - said the general.", "said",
     "Kyiv must hold the city"),
    ("Russia is running out of missiles, analysts say.Ukraine will get more jets - said the minister.", "said",
     "Ukraine will get more jets"),
    ("Sanctions hurt Moscow, economists argue.Europe must keep them - said the minister.", "said",
     "Europe must keep them"),
])
def test_a_postposed_attribution_stops_the_widening(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


@pytest.mark.parametrize("body, cue, content", [
    # the speaker's own past sentence (I/we, you) before a present one is the speaker's, not the reporter's narration
    ("We warned them a year ago.Now everyone sees the result - said the minister.", "said",
     "We warned them a year ago.Now everyone sees the result"),
    ("I told the allies about it in March.Today they listen - said the president.", "said",
     "I told the allies about it in March.Today they listen"),
    ("You saw the ruins yourself last week.The city needs help now, says the mayor.", "says",
     "You saw the ruins yourself last week.The city needs help now"),
])
def test_the_speakers_own_past_sentence_stays(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


@pytest.mark.parametrize("body, cue, content", [
    # review r2: a perfect before the statement is not told from the speaker's own, so it does not stop the widening
    # (round 41's "a perfect is narration" withdrawn: main's behaviour)
    ("Russia has lost thousands of soldiers.It cannot continue like this - said the general.", "said",
     "Russia has lost thousands of soldiers.It cannot continue like this"),
    ("The enemy has suffered huge losses.Our troops are advancing - said the general.", "said",
     "The enemy has suffered huge losses.Our troops are advancing"),
    ("Poland has done a lot for Ukraine.We will do more - said the minister.", "said",
     "Poland has done a lot for Ukraine.We will do more"),
])
def test_a_perfect_before_the_statement_joins(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


@pytest.mark.parametrize("body, cue, content", [
    # review r2: a perfect in the statement's own sentence does not let the past narration before it in
    ("Russian missiles hit Lviv at dawn.Three people died.The city has survived worse - said the mayor.", "said",
     "The city has survived worse"),
    ("The strike hit the power plant at night.Two workers were injured.Russia has crossed another line - said the "
     "minister.", "said", "Russia has crossed another line"),
    ("The drones came from Belarus.The army shot down five.We have strengthened our defence - said the general.",
     "said", "We have strengthened our defence"),
])
def test_the_statements_own_perfect_keeps_the_narration_out(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


@pytest.mark.parametrize("body, cue, content", [
    # review r2: the speaker's own aside with I/we is no postposed attribution; it joins
    ("Russia will lose, I believe.Ukraine will win - said the deputy minister.", "said",
     "Russia will lose, I believe.Ukraine will win"),
    ("The sanctions work, we believe.Russia's economy is shrinking - said the minister.", "said",
     "The sanctions work, we believe.Russia's economy is shrinking"),
    ("This war will end, I am sure.Ukraine will win - said the deputy minister.", "said",
     "This war will end, I am sure.Ukraine will win"),
])
def test_the_speakers_own_aside_joins(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


@pytest.mark.parametrize("body, cue, content", [
    # review r2: the outlet's "we" of its own reporting is no speaker's own past
    ("We reported yesterday about the strike in Lviv.The city will rebuild - said the mayor.", "said",
     "The city will rebuild"),
    ("We wrote about the attack yesterday.The city will rebuild - said the mayor.", "said", "The city will rebuild"),
    ("We published the minister's letter on Monday.The law will be ready in May - said his deputy.", "said",
     "The law will be ready in May"),
])
def test_the_outlets_we_stays_out(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


@pytest.mark.parametrize("body, cue, content", [
    # another row's cue in a glued sentence stops the widening (two more shapes beside round 40's portal)
    ("Kyiv will not negotiate, the president told reporters.The war must end with victory - said his adviser.",
     "said", "The war must end with victory"),
    ("The grain deal is dead - Peskov stated.Moscow will not return to it, the ministry added.", "added",
     "Moscow will not return to it"),
])
def test_widening_stops_at_another_statement_more(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


@pytest.mark.parametrize("body, cue", [
    # a cue clause of its own after the dash closes nothing (two more beside round 40's)
    ("The tanks arrived in May.Berlin hesitated for months - he has often blamed Germany for the delay.", "blamed"),
    ("Exports fell by half.Ukraine lost its markets - the minister has repeatedly praised Poland for its help.",
     "praised"),
])
def test_a_cue_clause_of_its_own_is_not_widened_more(nlp, body, cue):
    got = [t for c, t in contents(nlp, body) if cue in c]
    assert got and not any(t.startswith(body[:10]) or "." in t[:-1] for t in got), got


@pytest.mark.parametrize("body, cue, content", [
    # round 43: the glued stop's past test is `grammar.past_clause`, the one `narrated_past` reads: a run-on parse's
    # participle with its own subject ("shelling continued", tagged VBN) is past narration here too
    ("The grid holds.Meanwhile, shelling continued overnight.Kyiv will respond, said the spokesman.", "said",
     "Kyiv will respond"),
    ("The bridge stands.Meanwhile, shelling continued in Kherson.The army will hold - said the governor.", "said",
     "The army will hold"),
    ("Schools are open.Meanwhile, shelling continued at night.Kyiv needs more air defence - said the minister.",
     "said", "Kyiv needs more air defence"),
    ("The grid holds.Meanwhile, shelling intensified overnight.Kyiv will respond, said the spokesman.", "said",
     "Kyiv will respond"),
], ids=["grid", "bridge", "schools", "intensified"])
def test_a_run_on_participle_narration_stays_out(nlp, body, cue, content):
    assert (cue, content) in contents(nlp, body)


@pytest.mark.xfail(strict=True, reason="the trade of the glued stop (module doc): a past sentence between two "
                   "sentences in the speaker's voice stops the widening too, and the speaker's earlier sentence is "
                   "lost; stopping only where no voiced sentence follows would give the narration to the speaker")
@pytest.mark.parametrize("body, content", [
    ("Our troops are holding.Meanwhile, shelling continued overnight.We will not retreat - said the commander.",
     "Our troops are holding.Meanwhile, shelling continued overnight.We will not retreat"),
    ("Our units are advancing.Meanwhile, fighting raged near Bakhmut.We will push on - said the commander.",
     "Our units are advancing.Meanwhile, fighting raged near Bakhmut.We will push on"),
    ("The front is stable.Meanwhile, shelling continued near Izium.We are ready for anything - said the general.",
     "The front is stable.Meanwhile, shelling continued near Izium.We are ready for anything"),
], ids=["holding", "advancing", "stable"])
def test_a_past_sentence_between_voiced_ones_stops_the_widening(nlp, body, content):
    assert ("said", content) in contents(nlp, body)
