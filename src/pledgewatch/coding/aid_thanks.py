"""The support the adversary thanks for is support it received (`adversary_thanks`: no aid to Ukraine).

Construction: whoever thanks is the one helped. A speaker of the adversary's side (Russia, Belarus: `side` from
sides.side_of) who thanks (a `thanks_cue` word as the cue, "thanked X for ...", or its own thanks in the content
before 'for', "we are grateful to Beijing for ...") for help, assistance or support (`given_help`, `stance_noun`,
`support`) speaks of help to its own side, not of aid to Ukraine, even where Ukraine is named in passing:
"Lukashenko thanked the Chinese leader for his assistance in keeping Belarusian factories working". Not where the content names concrete aid (a capability, weapons, money or an
aid object: a thanks for a refusal to arm Kyiv, "thanked Budapest for not sending tanks to Ukraine", "for blocking
the EU aid package", stays about aid), nor another's thanks the speaker talks of ("Kyiv should thank its sponsors
for the support"); a donor's or the recipient's thanks are left to the aid rules ("Zelensky thanked Biden for his
support").
"""

from __future__ import annotations

from . import words as _words
from .delivery_cues import _cue_words, concrete_aid

FOR_WITHIN = 8  # tokens between a thanks word in the content and its 'for'
SUBJECT_BEFORE = 3  # tokens before a thanks word in the content where its first-person subject stands


def _help_after(lowers: list[str], i: int) -> bool:
    """After the 'for' that follows position i: help, assistance or support (`_help_words`)."""
    rest = lowers[i + 1:i + 1 + FOR_WITHIN]
    if "for" not in rest:
        return False
    after = lowers[i + 2 + rest.index("for"):i + 2 + rest.index("for") + FOR_WITHIN]
    return bool(set(after) & _help_words())


def _help_words() -> frozenset:
    """Help, assistance or support, as a noun or a verb (`given_help`, `stance_noun`, `support`)."""
    W = _words.classes()
    return frozenset(W["given_help"] | W["stance_noun"] | W["support"])


def _own_thanks_in(lowers: list[str]) -> bool:
    """The speaker's own thanks in the content ("we are grateful to Beijing for its help", "thank you for the
    support"): a thanks word opening the content or with a first-person word just before it, then help after 'for'.
    Not another's thanks the speaker talks of ("Kyiv should thank its sponsors for the support")."""
    W = _words.classes()
    return any(w in W["thanks_cue"] and (i == 0 or set(lowers[max(0, i - SUBJECT_BEFORE):i]) & W["first_person"])
               and _help_after(lowers, i) for i, w in enumerate(lowers))


def adversary_thanks(row: dict, lowers: list[str], side: str, cap_spans=()) -> bool:
    """Does the adversary thank for support it received (module docstring)? `row`: the statement (cue, cue_lemma);
    `lowers`: the content's lower-case tokens; `cap_spans`: its capability mentions. Not where concrete aid is
    named (a capability, weapons, money or an aid object: "thanked Orban for blocking the EU aid package")."""
    if side != "adversary" or concrete_aid(lowers, frozenset(map(str, cap_spans))):
        return False
    W = _words.classes()
    if _cue_words(row) & W["thanks_cue"]:
        return bool(set(lowers) & _help_words())
    return _own_thanks_in(lowers)
