"""RuleSet matches in Python with the semantics of spaCy's Matcher: the same (key, start, end) triples for the token
language of the reference tables (words, IN sets, inflections, optional items, gaps, NEG, NUM, flags)."""

import pytest
from spacy.matcher import Matcher

from pledgewatch.coding._match import blank_nlp, compile_pattern, mark, normalize
from pledgewatch.coding._ruleset import RuleSet

PATTERNS = {
    "litotes": "will|'ll|shall|would|to|going NEG let ... fail|lose|fall|down|up|win",
    "continue": "continue~ [to] support|supporting|help|helping|provide|providing|send|sending",
    "new_money": "new|additional|further MONEY",
    "money_aid": "MONEY [in|of|for] [new] [military|humanitarian|financial] aid|assistance|package",
    "num_cap": "NUM CAP",
    "gap": "commitment~ to ... ukraine",
    "any": "stand~ _ ukraine",
}

SENTENCES = [  # from different articles of the kind the rules read
    "The United States will not let Ukraine fail, and we will continue to support them.",
    "Germany announced an additional $2.7bn in new military aid, including 20 Marder vehicles.",
    "We would never let you down: our commitment to Ukraine's people is unwavering.",
    "Britain continues supporting Kyiv and will send 14 Challenger tanks, he said.",
    "We stand with Ukraine; they stand by Ukraine as long as it takes.",
]


def _marked(text):
    doc = blank_nlp().make_doc(normalize(text)[0])
    for t in doc:
        if t.like_num and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("marder", "challenger"):
            mark(doc[t.i + 1], "CAP")
        if t.text.startswith("$"):
            for u in doc[t.i:t.i + 2]:
                mark(u, "MONEY")
    return doc


@pytest.mark.parametrize("text", SENTENCES)
def test_ruleset_gives_the_matchers_matches(text):
    vocab = blank_nlp().vocab
    rs, m = RuleSet(vocab), Matcher(vocab)
    for key, pat in PATTERNS.items():
        rs.add(key, [compile_pattern(pat)])
        m.add(key, [compile_pattern(pat)])
    doc = _marked(text)
    want = {(vocab.strings[k], s, e) for k, s, e in m(doc)}
    assert set(rs(doc)) == want


def test_ruleset_finds_optional_and_gap_variants():
    vocab = blank_nlp().vocab
    rs = RuleSet(vocab)
    rs.add("continue", [compile_pattern(PATTERNS["continue"])])
    rs.add("litotes", [compile_pattern(PATTERNS["litotes"])])
    doc = _marked(SENTENCES[0])
    keys = {k for k, _, _ in rs(doc)}
    assert keys == {"continue", "litotes"}
    assert not rs(blank_nlp().make_doc("Russia will let nothing stop its offensive"))


def test_ruleset_sees_flags_marked_between_calls():
    """The per-doc tag arrays are kept until a token is marked: a flag marked after one call shows in the next."""
    vocab = blank_nlp().vocab
    rs = RuleSet(vocab)
    rs.add("num_cap", [compile_pattern(PATTERNS["num_cap"])])
    rs.add("new_money", [compile_pattern(PATTERNS["new_money"])])
    doc = blank_nlp().make_doc(normalize("Poland will deliver 14 Leopard tanks and new $ 300 million")[0])
    assert rs(doc) == []
    mark(doc[4], "CAP")
    assert rs(doc) == [("num_cap", 3, 5)]
    mark(doc[8], "MONEY")
    assert sorted(rs(doc)) == [("new_money", 7, 9), ("num_cap", 3, 5)]


CAPABILITY_SENTENCES = [  # the pattern rows of capabilities.csv (ammunition, weapons_general, training, money)
    "The ministry ordered 300,000 rounds of shells and equipment for the Ukrainian army, the minister said.",
    "London offered to train Ukrainian pilots and to send 2 million rounds over the winter.",
    "Berlin pledged military and humanitarian support worth 5 billion euros on Monday.",
    "Washington will keep up military or financial aid, and 400 million dollars more, he said.",
    "They took up arms in a think tank near the fuel tanks containing diesel.",
]


@pytest.mark.parametrize("text", CAPABILITY_SENTENCES)
def test_capability_pattern_rows_match_as_the_matcher(text):
    """capabilities.csv's pattern and patterned exclude rows run on RuleSet: the same matches as spaCy's Matcher (in
    another order where several rows match: CapabilityMatcher.spans sorts them, longest first, then by position)."""
    from pledgewatch.coding._match import read_table

    vocab = blank_nlp().vocab
    rs, m = RuleSet(vocab), Matcher(vocab)
    for r in read_table("capabilities.csv"):
        surface, kind = r["surface"], r.get("kind") or "phrase"
        if kind == "pattern" or any(c in surface for c in "|~*[]"):
            key = "EXCLUDE" if kind == "exclude" else r["category"]
            rs.add(key, [compile_pattern(surface)])
            m.add(key, [compile_pattern(surface)])
    doc = blank_nlp().make_doc(normalize(text)[0])
    assert sorted(rs(doc)) == sorted((vocab.strings[k], s, e) for k, s, e in m(doc))
    assert rs(doc)
