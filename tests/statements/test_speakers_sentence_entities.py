"""ArticleIndex.sent_ents: each sentence's named entities, listed once per article (read by context_country), are
exactly what spaCy's `Span.ents` gives for that sentence (entities wholly inside it, in order)."""

import json

from pledgewatch.statements.speakers.index import ArticleIndex

TEXT = ("German Chancellor Olaf Scholz met Polish President Andrzej Duda in Warsaw on Monday. The two leaders spoke "
        "about NATO and the European Union.\n\nLater, Ukraine's foreign minister Dmytro Kuleba told reporters in Kyiv "
        "that France and Britain would send more air defence systems to Ukraine.")


def _as_spans(ents):
    return [(e.start, e.end, e.label_, e.text) for e in ents]


def _check(doc):
    got = ArticleIndex(doc, {}).sent_ents
    want = [s.ents for s in doc.sents]
    assert [_as_spans(g) for g in got] == [_as_spans(w) for w in want]


def test_sentence_entities_are_span_ents(nlp):
    doc = nlp(TEXT)
    _check(doc)
    assert any(e[2] == "GPE" for e in _as_spans(ArticleIndex(doc, {}).sent_ents[0]))


def test_sentence_entities_on_corpus_articles(nlp, shared):
    path = shared / "corpus" / "ukraine_news" / "gdelt_articles.jsonl"
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(12), f, strict=False)]
    for doc in nlp.pipe(texts):
        _check(doc)
