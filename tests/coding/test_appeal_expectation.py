"""`recipient_expectation` (coding/expectations.py): the recipient's expectation of support is an appeal; a donor's
expectation, an expectation of events or of an arrival is not. Short excerpts of corpus articles (article ids in the
comments), run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from support import act_of, coded_rows


@pytest.mark.parametrize("body", [
    # 20220906T113000Z_GB_en_56fb8cfa15
    "\u201cWe are expecting broader support,\u201d said Ukraine\u2019s prosecutor general, Andriy Kostin.",
    # 20220617T064500Z_PL_en_0cb8b128c8
    "Ukrainian President Volodymyr Zelensky noted that his country appreciates the already given help, but awaits new"
    " supplies above all heavy weapons, contemporary artillery systems and air defense systems.",
    # 20240415T081500Z_PL_en_d987eb98a7
    "\u201cUkraine has been waiting for a help package for months,\u201d Ukrainian President Volodymyr Zelensky said.",
])
def test_recipient_expectation_of_support_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    # 20240419T203000Z_GB_en_01331ff315: the donor announces, it does not ask
    "\u201cSo I expect new announcements on air defence capabilities for Ukraine soon,\u201d NATO Secretary General Jens"
    " Stoltenberg added.",
    # an expectation of events and a negated one
    "\u201cWe expect heavy fighting in the east,\u201d Ukrainian Foreign Minister Dmytro Kuleba said.",
    "\u201cWe do not expect any support from China,\u201d Ukrainian Foreign Minister Dmytro Kuleba said.",
])
def test_other_expectations_are_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    # 20220906T113000Z_GB_en_56fb8cfa15
    "\u201cFor us, the support of the UK and the US is very important as well as the rest of the civilised world,\u201d"
    " said Andriy Smyrnov, the deputy head of Ukraine's presidential office.",
    # guardian_2022-0050
    "Ukrainian President Volodymyr Zelenskiy says he stressed the importance of more sanctions on Russia and"
    " unblocking Ukrainian ports.",
    # 20220711T224500Z_GB_en (the clause the frame reads here is "proves": the phrase rows code it)
    "\u201cThis exhibition proves how vital support from partner countries is to us,\u201d Ukrainian interior minister"
    " Denys Monastyrsky told reporters.",
])
def test_recipient_stressing_the_importance_of_support_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


def test_a_donor_stressing_the_importance_of_support_is_no_appeal(nlp):
    # edited from 20240426T191500Z_UA_en_136b265472 ("US officials have stressed the importance of new US aid for
    # Ukraine", no statement there): a donor's need is an assessment (ANNOTATION.md)
    assert act_of(nlp, '"New US aid is important for Ukraine," US Defense Secretary Lloyd Austin said.') != "appeal"


def test_an_expected_increase_of_exports_is_no_appeal(nlp):
    # guardian_2022-0143: the xcomp gives nothing to Ukraine (increase + exports, no aid object)
    rows = coded_rows(nlp, "More than 90 ships are currently waiting for their turn, the ministry said, as Ukraine"
                           " expects to increase the monthly export of grain by 500,000 tons.")
    row = next(r for r in rows if "expects" in r["text"])
    assert row["speech_act"] != "appeal"
