"""Where a speech printed in full ends: the reporter narrates again (`printed.py`'s text ends before the paragraph;
round 40, any tense round 41). See `narration`."""

from __future__ import annotations

from .. import config
from .grammar import past_form, perfect_form, personal_pronoun
from .names import TITLE_WORDS, fold
from .speakers.words import (
    PRON_F,
    PRON_M,
    SPEAKER_PERSONS,
    SUBJ_DEPS,
    TRANSCRIPT_NAMED_SPEECH_NOUNS,
    TRANSCRIPT_NARRATION_VERBS,
    TRANSCRIPT_NEWS_ADVERBS,
    TRANSCRIPT_RECALL_ADVERBS,
)

_CLAUSE_HEADS = ("VERB", "AUX")
_FINITE = ("VBD", "VBZ", "VBP", "VBN")
# weekdays (word_lists.csv): "on Friday" dates the reporter's news after a printed speech
_WEEKDAYS = frozenset(r["word"] for r in config.word_list("weekday"))


def narration(span, owner_words) -> bool:
    """The reporter narrates again: a paragraph with no first- or second-person word (`speaker_persons`: the speech
    speaks as "I/we" or to "you") whose first sentence's finite main verb, in any tense, has a third-person subject
    and is dated by the reporter (`_news_time`) in a paragraph that names the speech or its speaker (`_about`:
    "Zelensky later met Roberta Metsola.", "Scholz flies to Washington on Thursday."; the speech's own "On Monday
    the European Council will decide ..." stays), or has as subject the speaker in the third person ("Zelensky says
    ...", "He said ...", "The president is due to travel ..."), or attributes with a verb of the wire
    (`transcript_narration_verbs`) in the past, or in the present with a reported clause in a paragraph that names
    the speech or its speaker ("Officials in Lviv said ...", "The Kremlin says the speech was a provocation."), or
    tells news in the past (`_past_news`); the speech's own reports stay ("Last month, Chancellor Scholz announced a
    new package" ends it only in the past; "Churchill once said that ...": `transcript_recall_adverbs`; "Russia has
    chosen war.": a perfect is the reporter's only with a verb of the wire, "Russia has not commented on the
    attack."). span: the paragraph's tokens; owner_words: the speaker's name words (folded)."""
    if span is None or any(personal_pronoun(t, SPEAKER_PERSONS) for t in span):  # not "US", "World War I"
        return False
    root = next(iter(span.sents)).root
    subj = next((c for c in root.children if c.dep_ in SUBJ_DEPS), None)
    if subj is None or root.pos_ not in _CLAUSE_HEADS or not _finite(root):
        return False
    if _news_time(root) and root.lemma_.lower() != "be" and _about(span, owner_words):
        return True  # not the speech's diary with a copula: "On Tuesday, the President of Chile was in Kyiv."
    wire = root.lemma_.lower() in TRANSCRIPT_NARRATION_VERBS
    if perfect_form(root):
        return wire and _past_news(span, root, subj)  # "Russia has not commented on the attack." ("has chosen war")
    if root.tag_ == "VBN":
        return _past_news(span, root, subj)  # "Three civilians were killed in the strike."
    if subj.lower_ in PRON_M | PRON_F:  # "He said ...", not "He will lose it" (the speech about someone else)
        return wire
    if subj.pos_ == "PROPN" and fold(subj.text) in owner_words:
        return True
    if _due_title(root, subj):
        return True  # "The president is due to ..."
    if any(c.dep_ == "advmod" and c.lower_ in TRANSCRIPT_RECALL_ADVERBS for c in root.children):
        return False  # the speech recalls ("Churchill once said that ...")
    if wire and subj.pos_ in ("PROPN", "NOUN") and (root.tag_ == "VBD" or _reports_about(span, root, owner_words)):
        return True  # "Officials in Lviv said ...", "The Kremlin says the speech was a provocation."
    return _past_news(span, root, subj)


def _due_title(root, subj) -> bool:
    """ "The <title word> is due to ...": the speaker's next step in the reporter's words ("The president is due to
    travel to Kyiv."); not a title word with a modal, the speech's own ("The Russian president will never win this
    war.")."""
    return root.lemma_.lower() == "be" and any(c.lower_ == "due" for c in root.children) and subj.pos_ == "NOUN" \
        and subj.lower_ in TITLE_WORDS and any(c.lower_ == "the" for c in subj.children) \
        and not any(c.dep_ == "prep" for c in subj.children)


def _reports_about(span, root, owner_words) -> bool:
    """A present verb of the wire with a reported clause, in a paragraph that names the speech or its speaker
    (`_about`): "The Kremlin says the speech was a provocation.", "Moscow says Scholz is lying.", "Merz says the
    chancellor's speech came too late."; not "The world responds to his crimes with sanctions." (no reported
    clause), "Moscow says the letter of the Pope changes nothing." (a letter is no named speech)."""
    return root.tag_ in ("VBZ", "VBP") and any(c.dep_ == "ccomp" for c in root.children) and _about(span, owner_words)


def _about(span, owner_words) -> bool:
    """The paragraph names the speech or its speaker: the speaker's name (capitalised; the parse may tag it a noun,
    "Lund flies to ..."), or a noun of the printed speech
    (`transcript_named_speech_nouns`) with a determiner or a possessive ("the speech", "the chancellor's address");
    no pronoun ("The aggressor says he is defending himself." is the speech's own), no letter or message."""
    return any((t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper() and fold(t.text) in owner_words)
               or (t.lemma_.lower() in TRANSCRIPT_NAMED_SPEECH_NOUNS and t.pos_ == "NOUN"
                   and any(c.dep_ in ("det", "poss") for c in t.children)) for t in span)


def _finite(root) -> bool:
    """The main verb is finite, or a bare form after a modal ("will meet")."""
    return root.tag_ in _FINITE or (root.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD"
                                                              for c in root.children))


def _news_time(root) -> bool:
    """The clause is dated as news: an adverb of the `transcript_news_adverbs` list ("Zelensky later met ...") or
    "on" a weekday ("Lund flies to Washington on Thursday."); a speech dates its own news too ("On Monday the
    European Council will decide ..."), so `narration` asks for a second sign (`_about`)."""
    for c in root.children:
        if c.dep_ == "advmod" and c.lower_ in TRANSCRIPT_NEWS_ADVERBS:
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(o.dep_ == "pobj" and o.lower_ in _WEEKDAYS
                                                           for o in c.children):
            return True
    return False


def _past_news(span, root, subj) -> bool:
    """News in the past: a third-person subject (no first- or second-person word in the paragraph), a main verb in
    the past or the perfect, not a copula ("The strike came hours after ...", "Russia has not commented on the
    attack.", "Grain prices rose by 8%"), and every later sentence in the past too; a speech's "Monday - President X
    was in Kyiv." or "Putin started this war. He will lose it." stays."""
    if root.lemma_.lower() == "be" or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return False
    return all(_past(sent.root) for sent in span.sents)


def _past(root) -> bool:
    """The clause's main verb is in the past or the perfect ("came", "has not commented", "was")."""
    return root.tag_ == "VBD" or perfect_form(root) or (root.tag_ == "VBN" and past_form(root))
