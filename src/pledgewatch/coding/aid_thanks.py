"""The support the adversary thanks for is support it received (`adversary_thanks`: no aid to Ukraine).

Construction: whoever thanks is the one helped. A speaker of the adversary's side (Russia, Belarus: `side` from
sides.side_of) who thanks (a `thanks_cue` word as the cue, "thanked X for ...", or in the content before 'for',
"we are grateful to Beijing for ...") for help, assistance or support speaks of help to its own side, not of aid to
Ukraine, even where Ukraine is named in passing: "Lukashenko thanked the Chinese leader for his assistance in
keeping Belarusian factories working". Not where the content names a weapon or other capability (a thanks for a
refusal to arm Kyiv, "thanked Budapest for not sending tanks to Ukraine", stays about aid); a donor's or the
recipient's thanks are left to the aid rules ("Zelensky thanked Biden for his support").
"""

from __future__ import annotations

from . import words as _words
from ._match import text_of

FOR_WITHIN = 8  # tokens between a thanks word in the content and its 'for'


def _thanks_in(lowers: list[str]) -> bool:
    """A thanks word in the content with its 'for' after it ("thank you for", "grateful to X for")."""
    thanks = _words.of("thanks_cue")
    return any(w in thanks and "for" in lowers[i + 1:i + 1 + FOR_WITHIN] for i, w in enumerate(lowers))


def adversary_thanks(row: dict, lowers: list[str], side: str, cap_spans=()) -> bool:
    """Does the adversary thank for support it received (module docstring)? `row`: the statement (cue, cue_lemma);
    `lowers`: the content's lower-case tokens; `cap_spans`: its capability mentions."""
    if side != "adversary" or cap_spans:
        return False
    cue = set(f"{text_of(row.get('cue'))} {text_of(row.get('cue_lemma'))}".lower().split())
    return bool(cue & _words.of("thanks_cue")) or _thanks_in(lowers)
