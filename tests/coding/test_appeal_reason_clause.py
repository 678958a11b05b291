"""Two constructions of requests: the clause a "that is why" copula points to is the statement's clause
(statements/clause_frame.py `_reason_clause`), and a request whose clause acts against the adversary is an appeal
(coding/requests.py `acts_against`). Sentences in edited wording of our own after corpus articles (ids in the
comments; other names and word order outside the construction), run through the real pipeline (parse, extract,
code)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from support import act_of, extract_rows


def frame_of(nlp, body: str) -> dict:
    return extract_rows(nlp, body)[0][statements.FRAME_KEY]


@pytest.mark.parametrize(("body", "pred"), [
    # 20230228T023000Z_UA_en_8fb76d1457
    ("\u201cThat is why we ask our partners to commit fully to Ukraine's complete victory,\u201d the Baltic"
     " state's foreign minister wrote on Friday.", ["ask", "commit"]),
    # 20240417T074500Z_PL_en_934d050df7
    ("\u201cThat's why I asked China's president to put pressure on Moscow, so that Putin at last ends his senseless"
     " war,\u201d the German chancellor wrote.", ["ask", "put"]),
    # 20220212T164500Z_GB_en_39f967aa7c
    ("\u201cWe are ready for it; this is why we are all here,\u201d the Ukrainian president told reporters.", ["be"]),
])
def test_frame_reads_the_clause_a_that_is_why_copula_points_to(nlp, body, pred):
    assert pred in [cl["pred"] for cl in frame_of(nlp, body)["clauses"]]


@pytest.mark.parametrize("body", [
    # 20230228T023000Z_UA_en_8fb76d1457
    "\u201cThat is why we ask our partners to commit fully to Ukraine's complete victory. There is no other real"
    " choice,\u201d the Baltic state's foreign minister wrote.",
    # 20240417T074500Z_PL_en_934d050df7: the request acts against the adversary
    "\u201cWhat China says carries weight in Moscow. That's why I asked China's president to put pressure on Moscow,"
    " so that Putin at last ends his senseless war,\u201d the German chancellor wrote.",
    # 20230614T234500Z_UA_en_e67b7c68e2: a copular complement after "that is why" is still read
    "\u201cAnd that is exactly why it is so important for us to support Ukraine,\u201d the chancellor told parliament.",
    # 20220809T143000Z_GB_en_7b1dd086a9: a request whose verb acts against the adversary
    "Ukraine's president has called on EU governments to ban all Russian tourists.",
])
def test_requests_behind_that_is_why_and_against_the_adversary_are_appeals(nlp, body):
    assert act_of(nlp, body) == "appeal"


def test_that_is_why_without_a_request_is_no_appeal(nlp):
    # 20220212T164500Z_GB_en_39f967aa7c
    assert act_of(nlp, "\u201cIt all began in 2014, and we are ready for it; this is why we are all here,\u201d the"
                       " Ukrainian president said.") != "appeal"
