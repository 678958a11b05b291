"""coding.folds: an article's cross-validation fold is fixed by its id, whatever rows the rules produce."""

from pledgewatch.coding.folds import article_folds, fold_of

ARTICLES = [f"20230{m}01T000000Z_DE_en_{m}{k:04x}" for m in range(1, 10) for k in range(12)]


def _fold_by_article(groups, folds=5):
    out = {}
    for k, (_, test) in enumerate(article_folds(groups, folds)):
        for i in test:
            out.setdefault(groups[i], set()).add(k)
    return out


def test_every_row_is_tested_once_and_never_trained_on_in_its_fold():
    groups = [a for a in ARTICLES for _ in range(3)]
    splits = article_folds(groups, 5)
    tested = sorted(i for _, test in splits for i in test)
    assert tested == list(range(len(groups)))
    for train, test in splits:
        assert not {groups[i] for i in train} & {groups[i] for i in test}


def test_a_row_more_in_one_article_moves_no_other_article():
    # GroupKFold balances folds by row counts: one article's extra rows can send others to new folds
    before = [a for a in ARTICLES for _ in range(2)]
    after = before + [ARTICLES[7]] * 9
    assert _fold_by_article(before) == _fold_by_article(after)


def test_the_fold_is_independent_of_the_order_of_rows():
    groups = [a for a in ARTICLES for _ in range(2)]
    assert _fold_by_article(groups) == _fold_by_article(list(reversed(groups)))


def test_each_article_one_fold_and_all_folds_used():
    folds = _fold_by_article(ARTICLES)
    assert all(len(ks) == 1 for ks in folds.values())
    assert {fold_of(a, 5) for a in ARTICLES} == set(range(5))
