"""committed_to_ukraine (coding.aid_recipient, round 42; the parse's attachment since round 42's second part,
statements/frame_committed.py): a word of commitment or contribution whose "to" governs Ukraine's is a support
relation where no aid word is named. Passages of our own wording, each imagined in a different article, run through
the real pipeline (parse, extract, code), after constructions read on the corpus outside the gold sets (a donor
committed to Ukraine's war effort, a donor's contributions to it, a third power committed to Kyiv's safety); near
misses where a Ukrainian word only follows the "to", the adversary's commitment and Ukraine's own."""

from __future__ import annotations

import pytest

from pledgewatch.coding import aid
from support import coded_row, extract_rows, lowers_caps, row_of


def _kinds(nlp, body: str, start: str, side: str = "") -> set[str]:
    """The aid anchors of the statement of `body` whose content starts with `start`, read with its clause frame."""
    row = row_of(extract_rows(nlp, body), start)
    words, caps = lowers_caps(row["text"])
    return {k for k, _ in aid.anchors(words, caps, side, row["_clause_frame"])}


@pytest.mark.parametrize("body, start", [
    ("Talks in Canberra ran late. Richard Marles said Canberra is still committed to the Ukrainian war effort.",
     "Canberra is still"),
    ("The review was published on Monday. \"Britain's contributions to Ukraine's war effort have grown,\" Grant "
     "Shapps said.", "Britain's contributions"),
    ("The summit closed in Rome. Giorgia Meloni said Italy had committed to guarantee the security of Kyiv.",
     "Italy had committed"),
    ("Ministers met in Oslo. Jonas Gahr Store said the Dutch and the Danes are committed to Kyiv for the long haul.",
     "the Dutch and"),
])
def test_a_commitment_whose_to_governs_ukraine_is_aid(nlp, body, start):
    assert "committed_to_ukraine" in _kinds(nlp, body, start)
    assert coded_row(nlp, body, start)["aid_related"]


@pytest.mark.parametrize("body, start", [
    # a relative clause on the object names Ukraine: the six-word window after "to" took these
    ("Talks resumed in Geneva. The envoy said Berne is committed to a settlement Kyiv would never accept.",
     "Berne is committed"),
    ("Talks resumed in Budapest. Viktor Orban said Hungary is committed to a peace deal Kyiv calls surrender.",
     "Hungary is committed"),
    ("Power came back on Sunday. The engineer said the storms contributed to the blackout Kyiv suffered last week.",
     "the storms contributed"),
    # a clause on the object, a preposition of company or place, a comma (the window stopped there too)
    ("The envoy flew home. Dominique de Villepin said Paris is committed to the idea that Ukraine must give up land.",
     "Paris is committed"),
    ("Talks resumed in Ankara. Recep Tayyip Erdogan said Turkey remained committed to talks with Moscow, not "
     "Ukraine's demands.", "Turkey remained"),
    ("Markets fell again. The economist said the sanctions contributed to the rise in prices in Ukraine and Poland.",
     "the sanctions contributed"),
    # the adversary's commitment
    ("The talks were brief. Sergei Lavrov said Moscow committed to Ukraine's neutrality talks.", "Moscow committed"),
    # a course, no party
    ("The cabinet met. The chancellor said the government was committed to preventing a conflict nobody wants.",
     "the government was"),
])
def test_a_ukrainian_word_the_to_does_not_govern_is_no_anchor(nlp, body, start):
    assert "committed_to_ukraine" not in _kinds(nlp, body, start)


@pytest.mark.parametrize("body, start", [
    ("The parliament sat late. Volodymyr Zelensky said the Ukrainian government is committed to Ukraine's European "
     "future.", "the Ukrainian government"),
    ("Kyiv was quiet. \"We are fully committed to Ukraine's reconstruction,\" Denys Shmyhal said.", "We are fully"),
])
def test_ukraine_committed_to_its_own_cause_is_no_anchor(nlp, body, start):
    # the guide's aid is support for Ukraine, given, needed, asked or refused: Ukraine's commitment to its own cause
    # is none ("we", said by the recipient, or the committer named as Ukraine's)
    assert "committed_to_ukraine" not in _kinds(nlp, body, start, "recipient")


def test_the_recipient_telling_of_others_commitment_keeps_it(nlp):
    body = "Kyiv marked the anniversary. Dmytro Kuleba said our partners' contributions to Ukraine's defence were vital."
    assert "committed_to_ukraine" in _kinds(nlp, body, "our partners", "recipient")


def test_the_frame_keeps_what_the_to_governs(nlp):
    body = "Talks in Canberra ran late. Richard Marles said Canberra is still committed to the Ukrainian war effort."
    frame = row_of(extract_rows(nlp, body), "Canberra is still")["_clause_frame"]
    assert frame["cto"] == [{"w": "committed", "obj": ["ukrainian", "war", "effort"], "by": ["canberra"]}]
