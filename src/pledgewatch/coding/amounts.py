"""Amounts of money ("$2.5bn", "€500m", "1.2 billion euros", "15 million Hryvnia") and of equipment ("31 Abrams
tanks", "six additional Caesar artillery ...") stated in a statement.

A statement gets the FIRST amount of money it states (amount_text, amount_value as a plain number, amount_currency as
an ISO code, amount_unit None); where it states no money, the first count of equipment (amount_value the count,
amount_currency None, amount_unit the counted thing as written, e.g. "Abrams tanks").

`is_funding` decides whether money is funding (-> capability `financial`) or a price ("drones worth $12 million",
"sold ... for over $12 million", "the price is ..."): the guide's rule that money is `financial` only when it ...
funding.
"""

from __future__ import annotations

import functools
import re

from ._match import has, number_words, read_table


@functools.lru_cache(maxsize=1)
def amount_words() -> dict[str, dict[str, str]]:
    """{list: {word: value}} of data/reference/amount_words.csv: currency (sign or word -> ISO code), scale (word ->
    multiplier), count_unit and count_between (the words of a count of equipment; value empty)."""
    out: dict[str, dict[str, str]] = {}
    for r in read_table("amount_words.csv"):
        out.setdefault(r["list"], {})[r["word"].lower()] = r["value"]
    return out


def currency() -> dict[str, str]:
    """{currency word or sign: ISO code} ("$": "USD", "hryvnias": "UAH")."""
    return amount_words()["currency"]


@functools.lru_cache(maxsize=1)
def scales() -> dict[str, float]:
    """{scale word: multiplier} ("bn": 1e9, "million": 1e6)."""
    return {w: float(v) for w, v in amount_words()["scale"].items()}


_NUM = r"\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _alternatives(name: str) -> str:
    """The `name` list of amount_words.csv as one regular-expression alternation."""
    return "|".join(amount_words()[name])


@functools.lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    """The amount rules' regular expressions, built once from the *_pattern lists of amount_words.csv: price and
    funding words of a statement, a value word right after an amount, a price phrase (and hedge) right before it, and
    what may stand between an amount and the weapons or package it is the value of."""
    alt = _alternatives
    scale = rf"(?:{alt('scale_pattern')})\b"
    money = re.compile(
        rf"(?P<pre>{alt('currency_before_pattern')})\s?(?P<n1>{_NUM})(?:\s?(?P<s1>{scale}))?"
        rf"|(?<![\w.])(?P<n2>{_NUM})(?:\s?(?P<s2>{scale}))?\s(?:(?:{alt('currency_qualifier_pattern')})\s)?"
        rf"(?P<post>{alt('currency_after_pattern')})\b",
        re.I,
    )
    return {
        "money": money,
        "price": re.compile(rf"\b({alt('price_pattern')})\b", re.I),
        "funding": re.compile(rf"\b({alt('funding_pattern')})\b", re.I),
        "value_after": re.compile(rf"^\s*({alt('value_after_pattern')})\b", re.I),
        "price_before": re.compile(rf"\b({alt('price_before_pattern')})\s+({alt('hedge_pattern')})?\s*$", re.I),
        "weapons_lead": re.compile(
            rf"^[\s)]*(\([^)]*\)[\s)]*)?(({alt('value_link_pattern')})\s+)?(({alt('fresh_pattern')})\s+)?"),
        "package_lead": re.compile(rf"^[\s)]*(\([^)]*\)[\s)]*)?(({alt('package_modifier_pattern')})\s+)*"),
    }


def to_number(num: str, scale: str | None = None) -> float | None:
    try:
        v = float(re.sub(r"[,\s]", "", num))
    except ValueError:
        return None
    if scale:
        v *= scales().get(scale.lower(), 1.0)
    return v


_DIGIT = re.compile(r"\d")  # both branches of the money pattern hold a number (_NUM): no digit, no amount


def money(text: str) -> list[dict]:
    """Every amount of money in a text: text, value, currency, start, end."""
    out = []
    if not text or not _DIGIT.search(text):  # most statements: the long alternation need not scan them
        return out
    for m in patterns()["money"].finditer(text):
        if m.group("pre"):
            cur, num, scale = m.group("pre"), m.group("n1"), m.group("s1")
        else:
            cur, num, scale = m.group("post"), m.group("n2"), m.group("s2")
        code = currency().get(cur.lower().split()[0], cur.upper())
        if scale and scale.lower() == "b" and not m.group("pre"):
            continue
        out.append({"text": m.group(0).strip(), "value": to_number(num, scale), "currency": code,
                    "start": m.start(), "end": m.end()})
    return out


def weapons_value(after: str) -> bool:
    """Is the amount the value of weapons? The words right after it (an optional converted amount in brackets, then
    'in', 'of', 'worth of' and 'new', 'additional' ...) start with a `weapons_value` word of coding_words.csv:
    "$700m (£560m) weapons package", "$2.8bn in military aid", "$1 billion in artillery, air defenses" (ANNOTATION.md:
    the dollar value of a weapons package is not `financial`)."""
    from .words import of

    rest = patterns()["weapons_lead"].sub("", after.lower())
    words = re.findall(r"[a-z]+", rest[:40])
    if not words or words[0] not in of("weapons_value"):
        return False
    # "$300m in military financing", "in security funding": money to buy weapons is funding
    return not (len(words) > 1 and words[1] in of("funding_head"))


def package_value(text: str, m: dict) -> bool:
    """Is the amount the value of a package ("a $550m package", "a package worth $1bn", "a $400m tranche") in a
    statement that names no funding (no `funding_head` or `funding_word` of coding_words.csv: "budget support",
    "financial aid", "loans")? With weapons named beside it, that is the value of a weapons package
    (ANNOTATION.md), not `financial`."""
    from .words import of

    rest = patterns()["package_lead"].sub("", text[m["end"]: m["end"] + 60].lower())
    after = re.findall(r"[a-z]+", rest[:30])[:1]
    before = re.findall(r"[a-z]+", text[max(0, m["start"] - 30): m["start"]].lower())[-3:]
    heads = of("package_head")
    linked = bool(before) and before[-1] in amount_words()["package_link"]  # "a package worth $1bn"
    if not (after and after[0] in heads) and not (heads & set(before) and linked):
        return False
    words = set(re.findall(r"[a-z]+", text.lower()))
    return not words & (of("funding_head") | of("funding_word"))


def is_funding(text: str, m: dict, military: bool = False) -> bool:
    """Is this amount of money funding (aid, a package, a grant) rather than a price, a trade value or the value of
    weapons? `military`: the statement names a military capability (a weapons package's value is no funding)."""
    before = text[max(0, m["start"] - 40): m["start"]]
    after = text[m["end"]: m["end"] + 30]
    pat = patterns()
    if pat["value_after"].search(after) or pat["price_before"].search(before) or weapons_value(text[m["end"]: m["end"] + 60]):
        return False
    if military and package_value(text, m):
        return False
    if pat["price"].search(text) and not pat["funding"].search(text):
        return False
    return True


def number_value(tokens) -> float | None:
    """Value of a number written as digits ("1,000", "2.5") or words ("six", "two hundred", "dozens")."""
    words = [t.lower_ for t in tokens]
    if len(words) == 1:
        w = words[0]
        if re.fullmatch(_NUM, w):
            return to_number(w)
        return float(number_words()[w]) if w in number_words() else None
    digits = [w for w in words if re.fullmatch(_NUM, w)]
    if len(digits) > 1:  # a range ("3,000-4,000 armored vehicles"): its lower bound
        return to_number(digits[0])
    total = 0.0
    nw = number_words()
    for w in words:
        if w in nw:
            n = nw[w]
            total = total * n if n in (100,) and total else total + n
        elif w in scales():
            total = (total or 1) * scales()[w]
        elif re.fullmatch(_NUM, w):
            total += to_number(w) or 0
        else:
            return None
    return total or None


def equipment(doc, cap_spans, text: str, offs: list[int]) -> list[dict]:
    """Counts of equipment: a number followed (within a few descriptive words) by a capability mention of a countable
    category (all of capabilities.csv but the `uncounted_category` class of coding_words.csv), with the
    `count_between` words of amount_words.csv between them and its `count_unit` words after ("six additional Caesar
    artillery ...")."""
    from .words import of

    between, unit_tail, scale_words = amount_words()["count_between"], amount_words()["count_unit"], scales()
    out = []
    for sp in cap_spans:
        if sp.label_ in of("uncounted_category"):  # every other category of capabilities.csv, a new one too
            continue
        i = sp.start - 1
        while i >= 0 and i >= sp.start - 4 and doc[i].lower_ in between:
            i -= 1
        if i < 0 or not doc[i].like_num:
            continue
        j = i
        while j - 1 >= 0 and (doc[j - 1].like_num or doc[j - 1].lower_ in scale_words) and j > i - 3:
            j -= 1
        k = i + 1
        while k < sp.end and doc[k].lower_ in scale_words:  # "1.5 million rounds": the scale belongs to the number
            k += 1
        value = number_value(doc[j:k])
        if value is None or k >= len(doc):
            continue
        end = sp.end
        while end < len(doc) and end < sp.end + 5 and (doc[end].lower_ in unit_tail or has(doc[end], "CAP")):
            end += 1
        a = offs[doc[j].idx]
        b = offs[doc[end - 1].idx + len(doc[end - 1].text) - 1] + 1
        ua = offs[doc[k].idx]
        out.append({"text": text[a:b], "value": value, "currency": None, "unit": text[ua:b], "start": a, "end": b})
    return out
