"""The person named last before a token: whose speech an announcement prints when it names no owner.

Construction: an article names the speaker, then announces a speech's text without a possessor ("The relevant
statement was made by President X in his video address, a correspondent reports. The full text of the speech is
provided below:", "Minister Y spoke in parliament on Tuesday. Full text of the address:"); the speech is the person
named last before the announcement: the last PERSON entity of the parse ending before it. One definition for the
finder (printed.py: that person's name tells the reporter's narration resumed, `printed_narration`) and the
resolver (transcripts.py: the printed rows' and the I/we's speaker, the person its mention index holds for those
words; none where it holds none or one with little evidence of being a person, `Person.weak`).
"""

from __future__ import annotations


def person_named_last(doc, start: int):
    """The PERSON entity (a Span) named last before token `start` (ending at or before it), else None."""
    return next((e for e in reversed(doc.ents) if e.label_ == "PERSON" and e.end <= start), None)
