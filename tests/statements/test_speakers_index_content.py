"""ArticleIndex.in_content: a token is in content when some content span (character offsets, possibly nested or
overlapping) holds its first character; answered by bisection over the spans and kept per token."""

from pledgewatch.statements.speakers.index import ArticleIndex

TEXT = ('The minister said: "We will send more shells soon, and the tanks will follow." Later she added that '
        '"nobody should doubt us", before the envoy told reporters "the talks go on".')


def _brute(doc, spans, i):
    c = doc[i].idx
    return any(s <= c < e for s, e in spans)


def test_in_content_matches_every_span_shape(nlp):
    doc = nlp(TEXT)
    q1 = TEXT.index('"We'), TEXT.index('follow."') + 8
    q2 = TEXT.index('"nobody'), TEXT.index('us"') + 3
    q3 = TEXT.index('"the talks'), len(TEXT) - 1
    span_sets = [
        [],
        [q1],
        [q1, q2, q3],
        [q3, q1, (q1[0] + 5, q1[0] + 9), (q1[0], q1[0])],   # unsorted, nested, empty
        [(0, 3), (2, 40), (10, 12), (45, 200)],           # overlapping
    ]
    for spans in span_sets:
        idx = ArticleIndex(doc, {}, spans)
        for _ in range(2):  # the second pass reads the kept answers
            assert [idx.in_content(i) for i in range(len(doc))] == [_brute(doc, spans, i) for i in range(len(doc))]
    idx = ArticleIndex(doc, {}, [q1])
    assert not idx.in_content(0) and idx.in_content(next(t.i for t in doc if t.text == "shells"))
