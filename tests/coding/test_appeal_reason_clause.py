"""Two constructions of requests: the clause a "that is why" copula points to is the statement's clause
(statements/clause_frame.py `_reason_clause`), and a request whose clause acts against the adversary is an appeal
(coding/requests.py `acts_against`). Short excerpts of corpus articles (ids in the comments), run through the real
pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from support import act_of, extract_rows


def frame_of(nlp, body: str) -> dict:
    return extract_rows(nlp, body)[0][statements.FRAME_KEY]


@pytest.mark.parametrize(("body", "pred"), [
    # 20230228T023000Z_UA_en_8fb76d1457
    ("\u201cThat is why we ask Ukraine's allies to commit fully to a complete Ukrainian victory,\u201d Lithuanian"
     " Foreign Minister Gabrielius Landsbergis wrote.", ["ask", "commit"]),
    # 20240417T074500Z_PL_en_934d050df7
    ("\u201cThat's why I asked President Xi to put pressure on Russia, so that Putin finally stops his crazy"
     " campaign,\u201d the German Chancellor Olaf Scholz wrote.", ["ask", "put"]),
    # 20220212T164500Z_GB_en_39f967aa7c
    ("\u201cWe are ready and this is why we are here,\u201d Ukrainian President Volodymyr Zelenskiy said.", ["be"]),
])
def test_frame_reads_the_clause_a_that_is_why_copula_points_to(nlp, body, pred):
    assert pred in [cl["pred"] for cl in frame_of(nlp, body)["clauses"]]


@pytest.mark.parametrize("body", [
    # 20230228T023000Z_UA_en_8fb76d1457
    "\u201cThat is why we ask Ukraine's allies to commit fully to a complete Ukrainian victory. This is the only true"
    " option,\u201d Lithuanian Foreign Minister Gabrielius Landsbergis wrote.",
    # 20240417T074500Z_PL_en_934d050df7: the request acts against the adversary
    "\u201cThe word China is important in Russia. That's why I asked President Xi to put pressure on Russia, so that"
    " Putin finally stops his crazy campaign,\u201d the German Chancellor Olaf Scholz wrote.",
    # 20230614T234500Z_UA_en_e67b7c68e2: a copular complement after "that is why" is still read
    "\u201cThat is why it is so important to support Ukraine,\u201d the German Chancellor Olaf Scholz said.",
    # 20220809T143000Z_GB_en_7b1dd086a9: a request whose verb acts against the adversary
    "Ukrainian President Volodymyr Zelensky has called on Western countries to ban all Russian visitors.",
])
def test_requests_behind_that_is_why_and_against_the_adversary_are_appeals(nlp, body):
    assert act_of(nlp, body) == "appeal"


def test_that_is_why_without_a_request_is_no_appeal(nlp):
    # 20220212T164500Z_GB_en_39f967aa7c
    assert act_of(nlp, "\u201cIt began in 2014, so, we are ready and this is why we are here,\u201d Ukrainian"
                       " President Volodymyr Zelenskiy said.") != "appeal"
