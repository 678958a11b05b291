"""Who can warn: a forecast of harm by a speaker without office is an assessment, not a warning.

Construction `third_party_forecast` (a veto on the warning score of `speech_acts.SpeechActRules.classify`): the
speaker is a person or an organisation that holds no office (an analyst, a journalist, an economist, a think tank,
an outlet, a company, a charity; `speaker_is_official` False, as composition's `third_party` pledge veto reads it:
groups, and unnamed speakers of no stated type, are left alone), not of the adversary's side (its non-official
voices, a warlord or a state outlet, carry its threats), and the cue does not warn (class rows of speech_acts.csv:
warned, threatened, cautioned). Then what the content puts ahead (a harm, a consequence, a price) is the speaker's
evaluation of the situation (ANNOTATION.md: `assessment`, evaluations of the war or the situation), not a threat or
a warning the speaker issues: an analyst expecting the troop numbers to double before a new push, an economist
foreseeing grave harm to industry from a halt of the factories. A warning cue keeps it (a charity that warned of
famine), and so does an office (a minister foreseeing the same attack); so does content that names sanctions (class
`sanctions`: the settled conventions make a threat of sanctions a warning, and the gold sets' coders code an
analyst's expectation that the EU will enforce sanctions on third countries as one).

Round 21, counted before it was written: of half A's predicted warnings (coding_dev and the team's rows) 9 came
from speakers without office, 2 of them right (a warlord of the adversary's side, and a warning cue); the veto changes
6 rows of half A in 5 articles (2 hand-coded, both assessment by the coders; the other 4 no warning in our reading:
a poll's finding, a think tank's warhead count, a simulation's conclusion, a report's "would be a tragedy"), and no
row of ukraine_dev once content naming sanctions is left to the rules.

Invented example: "Jane Roe, an analyst at a defence think tank, said the troop build-up could mean an offensive
within weeks" is an assessment; "the defence minister said ..." the same words is a warning.
"""

from __future__ import annotations

from . import words as _words
from ._match import text_of


def third_party_forecast(row: dict, side: str, cue: dict, words: set) -> bool:
    """Is the statement's warning evidence a forecast by a speaker without office (module docstring)? `words`: the
    content's lower-case words; sanctions named stay a warning whoever names them."""
    if side == "adversary" or cue.get("warning") or words & _words.classes()["sanctions"]:
        return False
    official = row.get("speaker_is_official")
    kind = text_of(row.get("speaker_type"))
    named = text_of(row.get("speaker_name")) not in ("", "UNKNOWN")  # an unresolved speaker may yet hold office
    return official is not None and str(official) in ("False", "0") and kind != "group" and (
        named or kind == "person")
