"""pledgewatch.fastpipes: the fast attribute_ruler and lemmatizer give the packaged components' output token for token.

The packaged pipeline (load_nlp(fast=False)) and the fast one (load_nlp(fast=True)) parse the same texts; every
token attribute the components write or the extractor reads must be equal: POS, TAG, MORPH, LEMMA, DEP, HEAD,
entities, sentence starts. Texts: the committed sample articles in data/raw/ and hand-made sentences that exercise the
word-specific rules (pronouns, auxiliaries, "gonna", "ain't", "y'all", expletive "there is", space tokens ...).
"""

from __future__ import annotations

import numpy as np
import pytest

from pledgewatch import config, fastpipes
from pledgewatch.nlp import load_nlp

ATTRS = ["ORTH", "POS", "TAG", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START", "IS_SPACE"]

EDGE = [
    "I said it. You know it, and they told us: \"We ain't gonna stop, y'all.\" She'd have gone; he'd go.",
    "There is no plan. There were none. Here's what we do: let's get 'em. Gotta go, c'mon now.",
    "  Leading spaces,\n\n\nparagraphs \t and\ttabs.  Somethin' nothin' ol' doin' goin' 'nuff said. ",
    "Nobody, everybody, anyone and something happened. Whether or not, because he did; she does. It was, "
    "it is, it's been, being. Do you? Did they? Had he? He has had it. Am I? I'm here. We're there; they've gone.",
    "Mr. Austin, the U.S. Defense Secretary, said on Tuesday that Washington would send 31 Abrams tanks to Kyiv.",
    "F-16s? NATO's chief: 'Ukraine must win.' Ca n't, wo n't, sha n't. Would've, could've. Gonna, wanna, gotta.",
    "x",
    "\n",
]


def _samples() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(config.RAW.glob("*.txt"))]
    assert texts, "the sample articles in data/raw/ are missing"
    return texts + EDGE


@pytest.fixture(scope="module")
def pipelines():
    return load_nlp(fast=False), load_nlp(fast=True)


def test_fast_pipeline_really_swaps_the_components(pipelines):
    slow, fast = pipelines
    assert slow.pipe_names == fast.pipe_names
    kinds = {name: type(proc).__name__ for name, proc in fast.pipeline}
    assert kinds["attribute_ruler"] == "FastAttributeRuler"
    assert kinds["lemmatizer"] == "FastLemmatizer"
    assert type(slow.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def test_same_tokens_as_the_packaged_components(pipelines):
    slow, fast = pipelines
    texts = _samples()
    n_tokens = 0
    for a, b in zip(slow.pipe(texts), fast.pipe(texts), strict=True):
        assert np.array_equal(a.to_array(ATTRS), b.to_array(ATTRS)), a.text[:60]
        assert [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in a] == \
            [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in b]
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
        assert [s.start for s in a.sents] == [s.start for s in b.sents]
        n_tokens += len(a)
    assert n_tokens > 1000


def test_word_specific_rules_fire(pipelines):
    """Not only the tag table: the rules keyed on a word (and on two-token sequences) take effect."""
    _, fast = pipelines
    doc = fast("We ain't gonna stop. There is no plan. I said it.")
    by = {t.text: t for t in doc}
    assert by["ai"].lemma_ == "be" and by["gon"].lemma_ == "go" and by["na"].lemma_ == "to"
    assert by["is"].pos_ == "VERB"  # expletive "there is": the second token of a two-token rule
    assert by["I"].lemma_ == "I" and str(by["I"].morph) == "Case=Nom|Number=Sing|Person=1|PronType=Prs"


def test_an_unsupported_rule_keeps_the_packaged_component(pipelines):
    from spacy.pipeline import AttributeRuler

    slow, _ = pipelines
    ruler = AttributeRuler(slow.vocab)
    ruler.add([[{"LOWER": "x", "OP": "+"}]], {"POS": "X"})
    assert fastpipes.fast_attribute_ruler(ruler) is None
    ruler = AttributeRuler(slow.vocab)
    ruler.add([[{"SHAPE": "Xxxx"}]], {"POS": "X"})
    assert fastpipes.fast_attribute_ruler(ruler) is None


def test_rule_order_later_rules_win(pipelines):
    """Two rules on the same token: the later one's value stays, as in spaCy's AttributeRuler."""
    from spacy.pipeline import AttributeRuler

    slow, _ = pipelines
    texts = ["The cat sat on the mat.", "A dog and the cat."]
    ruler = AttributeRuler(slow.vocab)
    ruler.add([[{"LOWER": "the"}]], {"POS": "NOUN", "LEMMA": "first"})
    ruler.add([[{"LOWER": {"IN": ["the", "a"]}}]], {"POS": "DET"})
    ruler.add([[{"LOWER": "cat"}, {"LOWER": "sat"}]], {"LEMMA": "kitty"}, index=0)
    ruler.add([[{"LOWER": "on"}, {"LOWER": "the"}]], {"LEMMA": "onto"}, index=-2)
    fast = fastpipes.fast_attribute_ruler(ruler)
    assert fast is not None
    for text in texts:
        a, b = ruler(slow.make_doc(text)), fast(slow.make_doc(text))
        assert [(t.pos_, t.lemma_) for t in a] == [(t.pos_, t.lemma_) for t in b]
    doc = fast(slow.make_doc(texts[0]))
    assert [(t.pos_, t.lemma_) for t in doc][:2] == [("DET", "first"), ("", "kitty")]


def test_config_says_what_runs(pipelines):
    """The fast components are installed with nlp.replace_pipe from registered factories, so the pipeline's own
    config names them; the packaged pipeline's config names the packaged factories."""
    slow, fast = pipelines
    assert fast.config["components"]["attribute_ruler"]["factory"] == fastpipes.FAST_ATTRIBUTE_RULER
    assert fast.config["components"]["lemmatizer"]["factory"] == fastpipes.FAST_LEMMATIZER
    assert slow.config["components"]["attribute_ruler"]["factory"] == "attribute_ruler"
    assert slow.config["components"]["lemmatizer"]["factory"] == "lemmatizer"
    assert fast.pipe_names == slow.pipe_names
    assert fast.get_pipe_meta("lemmatizer").factory == fastpipes.FAST_LEMMATIZER
