"""The words of amounts and the pattern language's endings are data (amount_words.csv, pattern_endings.csv)."""

from __future__ import annotations

from pledgewatch.coding import _match, amounts


def test_amount_words_lists_are_read_from_the_table():
    words = amounts.amount_words()
    assert amounts.currency()["$"] == "USD" and amounts.currency()["hryvnias"] == "UAH"
    assert amounts.scales()["bn"] == 1e9 and amounts.scales()["thousand"] == 1e3
    assert {"additional", "u.s.", ","} <= set(words["count_between"])
    assert {"systems", "launchers"} <= set(words["count_unit"])


def test_money_uses_the_tables_scale_and_currency():
    m = amounts.money("Berlin pledged a further 2.5 billion euros this year")[0]
    assert (m["value"], m["currency"]) == (2.5e9, "EUR")


def test_prefix_items_stand_for_the_tables_endings():
    assert "" in _match.pattern_endings()
    forms = _match.prefix_forms("escalat")
    assert {"escalat", "escalation", "escalating", "escalated"} <= set(forms)
    assert "escalation" in _match.prefix_forms("escalate")  # a prefix ending in e loses it before an ending


def test_price_and_funding_words_decide_whether_money_is_funding():
    for text, funding in [
        ("Kyiv bought Turkish drones worth $12 million last year", False),  # value_after: 'worth'
        ("Iran sold the drones to Moscow for about $12 million", False),  # price_before + hedge
        ("The EU pledged 500 million euros to rebuild schools in Ukraine", True),
    ]:
        m = amounts.money(text)[0]
        assert amounts.is_funding(text, m) is funding, text
    assert amounts.patterns()["price"].search("The drones cost $20,000 each")


def test_money_needs_a_digit():
    """Statements without a digit hold no amount (both branches of the money pattern hold a number): the scan is
    skipped for them; amounts in digits are found as before, spelled-out sums are not amounts of money here."""
    assert amounts.money("Billions of dollars in aid will follow, the minister said") == []
    assert amounts.money("We will send more money, a lot more dollars") == []
    found = amounts.money("Canada adds $500 million, and Norway 2.5 billion euros, to the fund")
    assert [(m["text"], m["value"]) for m in found] == [("$500 million", 5e8), ("2.5 billion euros", 2.5e9)]
