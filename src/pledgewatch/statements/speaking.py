"""Can a token speak? A name, a personal pronoun or a noun that names a person, body or group: the test that the
subject of a verb of praise or blame ("The explosion blasted windows out for several blocks"), the praised one
whose "for" phrase the parse hangs inside the object, and the object praised or blamed in a title-case headline
("Blasts Trump For ..."), must pass (round 30 review). Tried as a veto on evidential verbs' subjects and dropped
(vetoes.inferred). `speakers.fragments.agent_word` says which nouns name someone."""

from __future__ import annotations

from . import lexicon as L
from .grammar import SPEAKER_ENTS
from .names import reference
from .speakers.fragments import agent_word
from .speakers.words import MEMBER_BODIES, PEOPLE_HEADS, PRON_1, PRON_F, PRON_IT, PRON_M, PRON_PL

_PERSONAL = PRON_1 | PRON_M | PRON_F | PRON_PL | L.SPEAKING_PRONOUN


def _speaking_noun(word: str) -> bool:
    """A lower-case noun of the speaker word lists, roles or agent endings (`agent_word`), or a body with members
    (`member_bodies`: "the assembly") or a people head (`people_heads`)."""
    return agent_word(reference(), word) or word in MEMBER_BODIES or word in PEOPLE_HEADS


def named_or_agent(t, ref=None) -> bool:
    """t is a name (a proper noun, or a token the NER tags as a speaker's kind: `SPEAKER_ENTS`) or a noun whose form
    or lemma names a person, body, group or document (`agent_word`): the test a "they" or a relative pronoun's
    antecedent passes (speakers.pronouns `_can_speak`). `can_speak` is wider: numbers, pronouns, bodies with members
    and people heads, and only a noun's (or pronoun's, determiner's, adjective's) form as an agent."""
    if t.pos_ == "PROPN" or t.ent_type_ in SPEAKER_ENTS:
        return True
    ref = ref or reference()
    return agent_word(ref, t.lower_) or agent_word(ref, t.lemma_.lower())


def can_speak(t) -> bool:
    """t can say something: a proper noun or a named entity of a speaker's kind (`SPEAKER_ENTS`), a number (a poll's
    respondents: "Twelve percent said ..."), a personal pronoun, "it" (a body named before) or one of
    `speaking_pronoun` ("who", "everyone"), or a word that names a person, body, group or document
    (`_speaking_noun`: "officials", "the ministry", "the assembly", "the report": documents that publish speak, as in
    'the report said')."""
    if t.pos_ == "PROPN" or t.ent_type_ in SPEAKER_ENTS or t.ent_type_ in ("PERCENT", "CARDINAL"):
        return True
    if t.pos_ == "PRON" and (t.lower_ in _PERSONAL or t.lower_ in PRON_IT):
        return True
    if t.pos_ not in ("NOUN", "X", "PRON", "DET", "ADJ"):
        return False  # ("some", "many", "others" of the speaker lists are pronouns, determiners or adjectives)
    return _speaking_noun(t.lower_) or _speaking_noun(t.lemma_.lower())


def names_someone(ctx, t) -> bool:
    """In a title-case headline (every word capitalised: the tagger calls most of them proper nouns and the NER is
    unreliable): a word of `_speaking_noun` ("Governor"), an official or place of the reference lists ("Trump",
    "Scholz", "Poland"), or a name the article's own text tags as a speaker's kind; not "Support", "Plan"."""
    if _speaking_noun(t.lower_):
        return True
    ref = reference()
    if ref.official(t.text) is not None or ref.place(t.text) is not None:
        return True
    return any(e.label_ in SPEAKER_ENTS and t.text in e.text.split() for e in ctx.doc.ents
               if e.start_char >= ctx.title_chars)
