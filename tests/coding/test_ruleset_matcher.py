"""RuleSet matches in Python with the semantics of spaCy's Matcher: the same (key, start, end) triples for the token
language of the reference tables (words, IN sets, inflections, optional items, gaps, NEG, NUM, flags)."""

import pytest
from spacy.matcher import Matcher

from pledgewatch.coding._match import RuleSet, blank_nlp, compile_pattern, mark, normalize

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
