"""First names with a strong gender association, used only as weak evidence for he/she resolution (the article's
own honorifics and pronouns count more). Lower-case; the list is data: data/reference/first_names.csv. Every name is
folded on loading (`names.fold`: "mychajło" is looked up as "mychajlo"), as every caller folds the word it asks about:
a name written with its accents in the list ("Paweł", "Wołodymyr") is found."""

from __future__ import annotations

from .. import config

NAMES_FILE = "first_names.csv"


def load(path=None) -> tuple[set[str], set[str]]:
    """(female names, male names) from first_names.csv (comment lines start with #)."""
    from .names import fold

    out: dict[str, set[str]] = {"f": set(), "m": set()}
    for row in config.reference_rows(path or NAMES_FILE):
        out[row["gender"].strip()].add(fold(row["name"].strip()))
    return out["f"], out["m"]


FEMALE, MALE = load()
