"""Write data/reference/first_names.csv from the Faker package's per-locale given-name lists and the hand-kept rows.

    pip install 'faker==40.54.0'      # in any environment: the pipeline never imports Faker
    apt-get install wamerican         # /usr/share/dict/words, for the word flag
    python tools/build_first_names.py [--words /usr/share/dict/words] [--out data/reference/first_names.csv]

Source: Faker (https://github.com/joke2k/faker, MIT licence, (c) 2012 Daniele Faraglia), `faker.providers.person.<locale>`
`Provider.first_names_male` / `first_names_female` (tuples or weighted OrderedDicts: only the names are taken), for the
locales of the corpus's actors (LOCALES). Cyrillic locales (uk_UA, ru_RU) are romanised by the table
data/reference/cyrillic_latin.csv (every alternative a row); other scripts (bg_BG, he_IL, ka_GE) are skipped. A locale
whose list has no gender (lt_LT `first_names`) gives a name both rows only where no gendered list gives it a gender
("jolanta" stays f); a name male in one locale and female in another has both rows too: a name of two rows gives no
gender. data/reference/first_names_hand.csv (the rows kept by hand before) is
merged in, and decides the gender of an accented spelling that folds to one of its names: a generated row of the other
gender spelt with accents is left out (es_ES lists "maría" as male too, from compound names such as José María; the
pipeline folds it to "maria", which the hand rows give as female). `word` is y where the name is in first_names_words.csv, or is a generated name (not a hand row) that --words
holds in lower case ("martin", "frank", "victor"): such a name still tells a gender inside a person's name, but is no
evidence on its own that a title-case word is a name; so is a name that is a one-word surface form of countries.csv
or organisations.csv ("german", "georgia", "rada", "ria": `place_body_words`), hand row or not. Hand rows that the word list holds ("john", "peter", "xi") keep
their standing as names unless first_names_words.csv lists them (the system list holds "john" and "xi" in lower case).
"""

from __future__ import annotations

import argparse
import csv
import importlib
from pathlib import Path

REF = Path(__file__).resolve().parents[1] / "data" / "reference"
LOCALES = ["en_US", "en_GB", "en_IE", "de_DE", "fr_FR", "pl_PL", "uk_UA", "ru_RU", "lt_LT", "lv_LV", "et_EE", "fi_FI",
           "sv_SE", "no_NO", "da_DK", "nl_NL", "it_IT", "es_ES", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI",
           "tr_TR"]
CYRILLIC = {"uk_UA": "uk", "ru_RU": "ru"}
VOWELS = set("аеёиоуыэюяіїєь")
MAX_VARIANTS = 8


def _rows(name: str) -> list[dict]:
    with open(REF / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(ln for ln in fh if not ln.lstrip().startswith("#")))


def translit_table(lang: str) -> list[tuple[str, str, list[str]]]:
    """(cyrillic, where, alternatives) of one language, longest sequence first."""
    rows = [(r["cyrillic"], r["where"], r["latin"].split("|")) for r in _rows("cyrillic_latin.csv") if r["lang"] == lang]
    return sorted(rows, key=lambda r: -len(r[0]))


def _fits(name: str, i: int, seq: str, where: str) -> bool:
    if not name.startswith(seq, i):
        return False
    return {"any": True, "start": i == 0, "end": i + len(seq) == len(name),
            "after_vowel": i > 0 and name[i - 1] in VOWELS}[where]


def romanise(name: str, table) -> list[str]:
    """Every romanisation of a lower-case Cyrillic name by the table (at most MAX_VARIANTS); [] if a letter has none."""
    out, i = [""], 0
    while i < len(name):
        hit = next(((seq, alts) for seq, where, alts in table if _fits(name, i, seq, where)), None)
        if hit is None:
            return []
        out = [o + a for o in out for a in hit[1]][:MAX_VARIANTS]
        i += len(hit[0])
    return out


def locale_names(locale: str) -> list[tuple[str, str]]:
    """(lower-case name, gender) pairs of one Faker locale; an ungendered list gives both genders."""
    prov = importlib.import_module(f"faker.providers.person.{locale}").Provider
    pairs = [(n, "m") for n in getattr(prov, "first_names_male", ())]
    pairs += [(n, "f") for n in getattr(prov, "first_names_female", ())]
    if not pairs:
        pairs = [(n, g) for n in getattr(prov, "first_names", ()) for g in "fm"]
    table = translit_table(CYRILLIC[locale]) if locale in CYRILLIC else None
    out = []
    for name, g in pairs:
        low = name.strip().lower()
        for form in (romanise(low, table) if table else [low]):
            if form and all(c.isalpha() or c in "-'" for c in form) and all(ord(c) < 0x0400 for c in form):
                out.append((form, g))
    return out


def _ungendered(locale: str) -> bool:
    prov = importlib.import_module(f"faker.providers.person.{locale}").Provider
    return not getattr(prov, "first_names_male", ()) and not getattr(prov, "first_names_female", ())


def english_words(path: str) -> set[str]:
    p = Path(path)
    if not p.exists():
        raise SystemExit(f"{path}: no word list (apt-get install wamerican)")
    return {w.strip() for w in p.read_text(encoding="utf-8", errors="ignore").splitlines() if w.strip().islower()}


def place_body_words() -> set[str]:
    """The one-word surface forms of countries.csv and organisations.csv, lower-cased ("german", "georgia", "rada",
    "ria"): a given name that is also a place, nationality or body word is no evidence on its own of a person."""
    forms = [r["surface"] for name in ("countries.csv", "organisations.csv") for r in _rows(name)]
    return {f.strip().lower() for f in forms if f.strip() and " " not in f.strip()}


def _fold(name: str) -> str:
    """The name without accents, as the pipeline looks it up ("maría", "mária" -> "maria")."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name.replace("ł", "l"))
    return "".join(c for c in plain if not unicodedata.combining(c))


def build(words: set[str]) -> list[dict]:
    """The merged rows, sorted by name then gender: name, gender, word, source."""
    src: dict[tuple[str, str], set[str]] = {}
    for r in _rows("first_names_hand.csv"):
        src.setdefault((r["name"].strip().lower(), r["gender"].strip()), set()).add("hand")
    unsexed: dict[str, set[str]] = {}
    for loc in LOCALES:
        if _ungendered(loc):
            for name, _ in locale_names(loc):
                unsexed.setdefault(name, set()).add(loc)
            continue
        for key in locale_names(loc):
            src.setdefault(key, set()).add(loc)
    known = {n for n, _ in src}
    for name, locs in unsexed.items():  # no gender in its list: both rows, unless a gendered list gives one
        if name not in known:
            for g in "fm":
                src.setdefault((name, g), set()).update(locs)
    hand_gender: dict[str, set[str]] = {}
    for (n, g), s in src.items():
        if "hand" in s:
            hand_gender.setdefault(_fold(n), set()).add(g)
    src = {(n, g): s for (n, g), s in src.items() if n == _fold(n) or g in hand_gender.get(_fold(n), {g})}
    listed = {r["word"].strip().lower() for r in _rows("first_names_words.csv")}
    hand = {n for (n, _), s in src.items() if "hand" in s}
    flagged = listed | place_body_words() | {n for (n, _) in src if n in words and n not in hand}
    return [{"name": n, "gender": g, "word": "y" if n in flagged else "", "source": "|".join(sorted(s))}
            for (n, g), s in sorted(src.items())]


HEADER = """# Given names with a gender, for pledgewatch.statements.gender (weak evidence for he/she resolution; the article's own
# honorifics and pronouns count more) and for telling a person's name from other title-case words.
# GENERATED by tools/build_first_names.py: do not edit; add a name to first_names_hand.csv and rerun the script.
# Source: Faker {version} (MIT licence, (c) 2012 Daniele Faraglia), faker.providers.person, locales {locales};
# uk_UA and ru_RU romanised by cyrillic_latin.csv; plus first_names_hand.csv (source "hand").
# name: lower-case (accents as written); gender: f or m (a name used for both has two rows: no gender);
# word: y = also an English word, month or surname (first_names_words.csv, a system word list) or a one-word place,
# nationality or body of countries.csv / organisations.csv: not evidence on its
# own that a title-case word is a name; source: the locales (or "hand") the row comes from.
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", default="/usr/share/dict/words")
    ap.add_argument("--out", default=str(REF / "first_names.csv"))
    a = ap.parse_args()
    import faker

    rows = build(english_words(a.words))
    with open(a.out, "w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER.format(version=faker.VERSION, locales=" ".join(LOCALES)))
        w = csv.DictWriter(fh, fieldnames=["name", "gender", "word", "source"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{a.out}: {len(rows)} rows, {sum(r['word'] == 'y' for r in rows)} marked word")


if __name__ == "__main__":
    main()
