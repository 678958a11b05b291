"""The finder's word lists, loaded once from `data/reference/statement_words.csv` (columns list, word, note).

Each list is a frozenset of lower-case words, named here as its `list` value upper-cased (`lexicon.NON_SPEAKER`);
the CSV's note says what each is for. Add a word by adding a row; add a list by adding rows with a new `list` name
and a line `NEW_NAME = _get("new_name")` below. The cue verbs themselves are in cues.csv (`cues.load`).
"""

from __future__ import annotations

import functools
from pathlib import Path

from .. import config
from . import pronouns

FILE = "statement_words.csv"


@functools.lru_cache(maxsize=4)
def load(path: str | None = None) -> dict[str, frozenset]:
    """{list name: frozenset of words} from statement_words.csv (comment lines start with #)."""
    path = Path(path) if path else config.reference(FILE)
    lists: dict[str, set] = {}
    for row in config.reference_rows(path):
        lists.setdefault(row["list"].strip(), set()).add(row["word"].strip())
    return {name: frozenset(words) for name, words in lists.items()}


def _get(name: str) -> frozenset:
    words = load().get(name)
    if words is None:
        raise KeyError(f"no word list {name!r} in {FILE}")
    return words


RELATIVE_PRONOUN = _get("relative_pronoun")
PERSON_RELATIVE = _get("person_relative")
# the first- and second-person pronouns are views of pronouns.csv (pronouns.py)
FIRST_SECOND_PERSON = pronouns.FIRST_SECOND_PERSON
BLOCK_FIRST_PERSON = pronouns.BLOCK_FIRST_PERSON
FIRST_PERSON_POSSESSIVE = pronouns.FIRST_PERSON_POSSESSIVE
OUTLET_POSSESSED = _get("outlet_possessed")
POST_CREDIT_DASH = _get("post_credit_dash")
POST_LINK = _get("post_link")
POST_MEDIA_MARK = _get("post_media_mark")
POST_INTRO_LEMMA = _get("post_intro_lemma")
MONTH_NAME = _get("month_name")
EXPLETIVE_SUBJECT = _get("expletive_subject")
CONCESSIVE_SUBJECT = _get("concessive_subject")
PERSON_PRONOUN = pronouns.HE_SHE  # he, she (statement_words' person_pronoun, now a view of pronouns.csv)
CONTENT_PREPOSITION = _get("content_preposition")
GERUND_PREPOSITION = _get("gerund_preposition")
FRONTED_GERUND_PREPOSITION = _get("fronted_gerund_preposition")
ABSOLUTE_PREPOSITION = _get("absolute_preposition")
WITH_PARTNER_VERB = _get("with_partner_verb")
OBJECT_PP_PREPOSITION = _get("object_pp_preposition")
CHANNEL_NOUN = _get("channel_noun")
SUBORDINATOR = _get("subordinator")
HYPOTHETICAL_MARK = _get("hypothetical_mark")
TOPIC_PREPOSITION = _get("topic_preposition")
CONJECTURE_MODAL = _get("conjecture_modal")
CONJECTURE_EXEMPT_ADVERB = _get("conjecture_exempt_adverb")
ADJUNCT_SUBORDINATOR = _get("adjunct_subordinator")
CONTENT_SUBORDINATOR = _get("content_subordinator")
LEADING_STOP = _get("leading_stop")
OCCASION_OPENER = _get("occasion_opener")
RESUMED_CONJUNCTION = _get("resumed_conjunction")
NOT_RESUMED_AFTER = _get("not_resumed_after")
QUESTION_WORD = _get("question_word")
NON_SPEAKER = _get("non_speaker")
DATA_SOURCE = _get("data_source")
DOCUMENT_NOUN = _get("document_noun")
DOCUMENT_VERB = _get("document_verb")
SOURCE_PREPOSITION = _get("source_preposition")
SOURCE_BODY = _get("source_body")
CUE_PREFIX_STOP = _get("cue_prefix_stop")
SUPPOSITION_LET = _get("supposition_let")
SUBHEADING_STOP = _get("subheading_stop")
ANSWER_LABEL = _get("answer_label")
FRAME_CONDITION_MARK = _get("frame_condition_mark")
QUESTION_VERB = _get("question_verb")
QUESTION_MARK = _get("question_mark")
QUESTION_OPENER = _get("question_opener")
OBJECT_CUE = _get("object_cue")
OBJECT_CONTROL = _get("object_control")
OBJECT_CUE_PREPOSITION = _get("object_cue_preposition")
PASSIVE_SOURCE_CUE = _get("passive_source_cue")
WH_NAMING_CUE = _get("wh_naming_cue")
WH_LABEL_LEAD = _get("wh_label_lead")
WH_LABEL_READER = _get("wh_label_reader")
PASSIVE_VERDICT_CUE = _get("passive_verdict_cue")
VERDICT_NEGATOR = _get("verdict_negator")
HEARSAY_ADVERB = _get("hearsay_adverb")
BACK_REFERENCE = _get("back_reference")
FRAME_BENEFICIARY_PREPOSITION = _get("frame_beneficiary_preposition")
FRAME_CHAIN_PREPOSITION = _get("frame_chain_preposition")
FRAME_FUTURE_AUX = _get("frame_future_aux")
FRAME_PERFECT_AUX = _get("frame_perfect_aux")
FRAME_MODAL_AUX = _get("frame_modal_aux")
FRAME_HYPOTHETICAL_AUX = _get("frame_hypothetical_aux")
FRAME_PAST_AUX = _get("frame_past_aux")
FRAME_REASON_SUBJECT = _get("frame_reason_subject")
FRAME_REASON_ADVERB = _get("frame_reason_adverb")
FRAME_SUPPORT_CONDITION = _get("frame_support_condition")
FRAME_GIVEN_CONDITION = _get("frame_given_condition")
FRAME_ENSURE_LEMMA = _get("frame_ensure_lemma")
FRAME_ENSURE_ADJECTIVE = _get("frame_ensure_adjective")
FRAME_ENSURE_VERB = _get("frame_ensure_verb")
FRAME_PURPOSE_LEMMA = _get("frame_purpose_lemma")
FRAME_PURPOSE_BLOCK = _get("frame_purpose_block")
FRAME_PURPOSE_AIM = _get("frame_purpose_aim")
FRAME_PURPOSE_ORDER = _get("frame_purpose_order")
FRAME_IMPERSONAL_SUBJECT = _get("frame_impersonal_subject")
FRAME_BARE_CONTROL = _get("frame_bare_control")
FRAME_CONDITION_PHRASE = _get("frame_condition_phrase")
FRAME_CONDITION_OPEN_ENDED = _get("frame_condition_open_ended")
FRAME_NEG_RAISING_LEMMA = _get("frame_neg_raising_lemma")
FRAME_NEG_RAISING_BLOCK = _get("frame_neg_raising_block")
FRAME_MATRIX_LEMMA = _get("frame_matrix_lemma")
FRAME_MATRIX_SUBJECT = pronouns.FIRST_PERSON_SUBJECT  # I, we: the subject that makes a vouching frame (clause_frame)
NOMINAL_OWN_ACT_VERB = _get("nominal_own_act_verb")
NOMINAL_OWN_POSSESSIVE = pronouns.THIRD_PERSON_POSSESSIVE  # his, her, its, their (a view of pronouns.csv)
FRAME_PLURAL_PROFORM = _get("frame_plural_proform")
FRAME_DEFINITE_DET = _get("frame_definite_det")
FRAME_NEGATIVE_DET = _get("frame_negative_det")
FRAME_RESTRICTIVE_ADVERB = _get("frame_restrictive_adverb")
FRAME_RESTRICTIVE_NEGATOR = _get("frame_restrictive_negator")
FRAME_DO_AUX = _get("frame_do_aux")
ADDRESSEE_NOUN = _get("addressee_noun")
COURT_NOUN = _get("court_noun")
ADDRESSEE_OBJECT_CUE = _get("addressee_object_cue")
ADDRESSEE_CUE = _get("addressee_cue")
QUOTING_VERB = _get("quoting_verb")
FORESEEING_HEAD = _get("foreseeing_head")
REFUSAL_HEAD = _get("refusal_head")
REFUSED_COMMITMENT = _get("refused_commitment")
TARGET_CUE = _get("target_cue")
REASON_CUE = _get("reason_cue")
REASON_PHRASE_CUE = _get("reason_phrase_cue")
GUIDE_ONLY_CUE = _get("guide_only_cue")
OPINION_NOUN = _get("opinion_noun")
POSTPOSED_CUE = _get("postposed_cue")
CARRIED_ON_CUE = _get("carried_on_cue")
HEARER_CUE = _get("hearer_cue")
INVERTING_CUE = _get("inverting_cue")
RELAY_VERB = _get("relay_verb")
EVIDENTIAL_CUE = _get("evidential_cue")
DURATION_NOUN = _get("duration_noun")
REASON_PREPOSITION = _get("reason_preposition")
NON_REASON_OBJECT = _get("non_reason_object")
SPEAKING_PRONOUN = _get("speaking_pronoun")
EVIDENCE_SUBJECT = _get("evidence_subject")
IMPERSONAL_STOP = _get("impersonal_stop")
SUMMARY_NOUN = _get("summary_noun")
POLL_SOURCE = _get("poll_source")
ANONYMITY_WORD = _get("anonymity_word")
AS_CLAUSE_CUE = _get("as_clause_cue")
UNSPOKEN_DOCUMENT = _get("unspoken_document")
HEARSAY_SOURCE = _get("hearsay_source")
MEDIA_LABEL = _get("media_label")
HOSTING_CUE = _get("hosting_cue")
GUEST_NOUN = _get("guest_noun")
POSSESSIVE_CLOSE_NEXT = _get("possessive_close_next")
