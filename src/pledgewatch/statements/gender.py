"""First names with a strong gender association, used only as weak evidence for he/she resolution (the article's
own honorifics and pronouns count more). Lower-case; the list is data: data/reference/first_names.csv."""

from __future__ import annotations

from .. import config

NAMES_FILE = "first_names.csv"


def load(path=None) -> tuple[set[str], set[str]]:
    """(female names, male names) from first_names.csv (comment lines start with #)."""
    out: dict[str, set[str]] = {"f": set(), "m": set()}
    for row in config.reference_rows(path or NAMES_FILE):
        out[row["gender"].strip()].add(row["name"].strip())
    return out["f"], out["m"]


FEMALE, MALE = load()
