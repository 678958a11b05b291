"""The word lists of speaker resolution: `data/reference/speaker_words.csv` (list, word), loaded once at import.

Each constant below is one `list` of the CSV (its name in lower case); the CSV's comment header says what each list
is for. Add a word there, not here. The personal pronouns (PRON_M, PRON_F, PRON_PL, PRON_IT, PRON_1,
HE_SHE, SPEAKER_PERSONS) are views of pronouns.csv (statements/pronouns.py).
"""

from __future__ import annotations

import functools

from ... import config
from .. import pronouns
from ..names import TITLE_WORDS, fold

WORDS_FILE = "speaker_words.csv"


@functools.lru_cache(maxsize=1)
def load() -> dict[str, frozenset[str]]:
    """{list name: its words} of speaker_words.csv (comment lines start with #)."""
    out: dict[str, set[str]] = {}
    for row in config.reference_rows(WORDS_FILE):
        out.setdefault(row["list"].strip(), set()).add(row["word"].strip())
    return {k: frozenset(v) for k, v in out.items()}


def word_list(name: str) -> frozenset[str]:
    """The words of one list; a list the CSV lacks is an error, not an empty set."""
    lists = load()
    if name not in lists:
        raise KeyError(f"{WORDS_FILE} has no list {name!r} (lists: {', '.join(sorted(lists))})")
    return lists[name]


PRON_M = pronouns.PRON_M  # he, him, his, himself (pronouns.csv, as the personal pronouns below)
PRON_F = pronouns.PRON_F
PRON_PL = pronouns.PRON_PL
PRON_IT = pronouns.PRON_IT
PRON_REL = word_list("pron_rel")
PRON_1 = pronouns.PRON_1
HE_SHE = pronouns.HE_SHE
PRON_ALL = PRON_M | PRON_F | PRON_PL | PRON_IT | PRON_REL | PRON_1
GROUP_HEADS = word_list("group_heads")
PEOPLE_HEADS = word_list("people_heads")
OFFICIAL_GROUPS = word_list("official_groups")
MEMBER_BODIES = word_list("member_bodies")
ORG_HEADS = word_list("org_heads")
GOV_HEADS = word_list("gov_heads")
MEDIA_HEADS = word_list("media_heads")
OUTLET_HEADS = word_list("outlet_heads")
GENERIC_PERSON = word_list("generic_person")
PLACE_HEADS = word_list("place_heads")
NAME_PARTICLES = word_list("name_particles")
PRESIDENTIAL = word_list("presidential")
NOT_NAME_WORDS = word_list("not_name_words")
MEDIUM_LEAD_WORDS = word_list("medium_lead_words")
DOC_HEADS = word_list("doc_heads")
INDEF = word_list("indef")
INDEFINITE_ARTICLE = word_list("indefinite_article")
DEFINITE = word_list("definite")
DEFINITE_DETS = word_list("definite_dets")
DOC_WORKS = word_list("doc_works")
SPEAK_IN_VERBS = word_list("speak_in_verbs")
OUTLET_PLACES = word_list("outlet_places")
GENERIC_ORG = word_list("generic_org")
DESC_HEADS = word_list("desc_heads")
ISSUE_VERBS = word_list("issue_verbs")
ISSUER_SUBJECT_VERBS = word_list("issuer_subject_verbs")
HONORIFIC_TITLES = word_list("honorific_titles")
COLLECTIVE_HEADS = word_list("collective_heads")
NAMED_BODIES = word_list("named_bodies")
MUNICIPAL_HEADS = word_list("municipal_heads")
MONTHS = word_list("months")
QUESTION_VERBS = word_list("question_verbs")
AGENT_SUFFIXES = tuple(sorted(word_list("agent_suffixes")))
NON_AGENT_SUFFIXES = tuple(sorted(word_list("non_agent_suffixes")))
ACT_ENDING_BODIES = word_list("act_ending_bodies")
PERSON_NOUNS = word_list("person_nouns")
QUESTION_WORDS = word_list("question_words")
QUESTION_OPENERS = word_list("question_openers")
APPOSITIVE_PERSONS = word_list("appositive_persons")
OWNER_VIEWS = word_list("owner_views")
OWNER_BODIES = word_list("owner_bodies")
OWNER_CIRCLES = word_list("owner_circles")
COUNTRY_NOUNS = word_list("country_nouns")
UNNAMED_SOURCE_HEADS = word_list("unnamed_source_heads")
KIN_KINDS = word_list("kin_kinds")
DESCRIPTION_START = word_list("description_start")
PAST_OFFICE = word_list("past_office")
PERSON_RELATIONS = word_list("person_relations")
GENERIC_ROLES = word_list("generic_roles")
BODY_NOUNS = word_list("body_nouns")
NOUNS_M = word_list("nouns_m")
NOUNS_F = word_list("nouns_f")
CONTINUATION_CUES = word_list("continuation_cues")
SOURCE_VERBS = word_list("source_verbs")
COMPARISON_PREPS = word_list("comparison_preps")
TRANSCRIPT_MARKS = word_list("transcript_marks")
TRANSCRIPT_SPEECH_NOUNS = word_list("transcript_speech_nouns")
TRANSCRIPT_POINTERS = word_list("transcript_pointers")
TRANSCRIPT_HEADING_PREPS = word_list("transcript_heading_preps")
TRANSCRIPT_JOINT_MODS = word_list("transcript_joint_mods")
TRANSCRIPT_SIGNOFFS = word_list("transcript_signoffs")
TRANSCRIPT_NARRATION_VERBS = word_list("transcript_narration_verbs")
SPEAKER_PERSONS = pronouns.SPEAKER_PERSONS  # I/we/you and their possessives: printed_narration (pronouns.csv)
TRANSCRIPT_NAMED_SPEECH_NOUNS = word_list("transcript_named_speech_nouns")
OUTLET_REPORT_VERBS = word_list("outlet_report_verbs")
TRANSCRIPT_RECALL_ADVERBS = word_list("transcript_recall_adverbs")
TRANSCRIPT_NEWS_ADVERBS = word_list("transcript_news_adverbs")


def noun_of_other_gender(word: str, gender: str) -> bool:
    """A gendered person noun (`nouns_m` / `nouns_f`: "son", "grandmother") that contradicts gender "f" / "m"."""
    return (gender == "f" and word in NOUNS_M) or (gender == "m" and word in NOUNS_F)

# titles and honorifics that may precede a name (names.TITLE_WORDS)
TITLE_SET = TITLE_WORDS
# the dependency labels of a subject (spaCy's English scheme: grammar, not a word list)
SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})


def compared(t) -> bool:
    """Token t (a mention's first token) is what a comparison names, the object of `comparison_preps` or a word of
    it ("X, who like [Y] was born abroad", "unlike [Y Z]"): named in passing, not the person a passage is about."""
    obj = t.head if t.dep_ == "compound" else t
    return obj.dep_ == "pobj" and obj.head.lower_ in COMPARISON_PREPS


def past_office(text: str) -> bool:
    """The description names a past office ("a former navy admiral", "the ex-minister"): a `past_office` word among
    its folded words, a hyphen splitting words."""
    return bool(set(fold(text).replace("-", " ").split()) & PAST_OFFICE)
