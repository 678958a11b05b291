"""pledgewatch.statements.context.ArticleContext: paragraphs, quotations, datelines and content edges of one
article, computed once (tokenised only: no parse needed)."""

from __future__ import annotations

import pytest
import spacy

from pledgewatch.statements.context import ArticleContext

TITLE = "Kuleba urges allies to speed up deliveries"
BODY = ("KYIV, Ukraine (AP) — Foreign Minister Dmytro Kuleba on Tuesday urged allies to speed up deliveries.\n\n"
        "\"We need air defence now, not in six months,\" he told reporters.\n"
        "He added that Ukraine had \"no time to lose\".\n\n"
        "\"Every day of delay costs lives.")


@pytest.fixture(scope="module")
def ctx():
    text = TITLE + "\n\n" + BODY
    return ArticleContext(spacy.blank("en")(text), {"text": text, "title_chars": len(TITLE)})


def test_paragraphs_are_numbered_without_blank_lines(ctx):
    t = ctx.text
    assert ctx.para_of(0) == 0
    assert ctx.para_of(t.index("KYIV")) == 1
    assert ctx.para_of(t.index("\"We need")) == 2 and ctx.para_of(t.index("He added")) == 3
    assert ctx.para_of(t.index("Every day")) == 4
    assert t[ctx.lines[ctx.line_of(t.index("not in six"))]:ctx.line_end(ctx.line_of(t.index("not in six")))] \
        .startswith("\"We need")


def test_quotations_with_their_tokens_and_an_unclosed_one_to_the_paragraph_end(ctx):
    t = ctx.text
    spans = [t[q.start:q.end] for q in ctx.quotes]
    assert spans == ["We need air defence now, not in six months,", "no time to lose", "Every day of delay costs lives."]
    assert [q.closed for q in ctx.quotes] == [True, True, False]
    k = ctx.quote_containing(t.index("air defence"))
    assert k == 0 and ctx.doc[ctx.q_open_tok[k]].text == "\""
    assert ctx.quote_containing(t.index("He added")) is None
    assert ctx.sentence_initial(ctx.quotes[0]) and not ctx.sentence_initial(ctx.quotes[1])


def test_a_dateline_is_not_content(ctx):
    t = ctx.text
    start = t.index("KYIV")
    assert t[ctx.past_dateline(start):].startswith("Foreign Minister")
    assert ctx.past_dateline(t.index("He added")) == t.index("He added")


def test_trim_drops_edge_punctuation_and_a_reported_clauses_full_stop(ctx):
    t = ctx.text
    cs = t.index("that Ukraine") + len("that ")
    ce = t.index("\n", cs)
    assert t[slice(*ctx.trim(cs, ce))] == "Ukraine had \"no time to lose\""
    cs = t.index("Foreign Minister")
    ce = t.index("\n", cs)
    assert t[slice(*ctx.trim(cs - 2, ce))].endswith("speed up deliveries")
