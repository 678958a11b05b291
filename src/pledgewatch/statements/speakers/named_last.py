"""The person named last before a token: whose speech an announcement prints when it names no owner.

Construction: an article names the speaker, then announces a speech's text without a possessor ("The relevant
statement was made by President X in his video address, a correspondent reports. The full text of the speech is
provided below:", "Minister Y spoke in parliament on Tuesday. Full text of the address:"); the speech is the person
named last before the announcement.

Two definitions, on purpose. The resolver's (`indexed_person_named_last`, transcripts.py: the printed rows' and the
I/we's speaker) is the one to trust: the last person of the article's mention index starting before the
announcement that is not weak (`Person.weak`); the index holds the names the NER tagged ORG or missed ("Chancellor
Olaf Scholz spoke"), and leaves out outlets the NER tags PERSON ("Politico reported") and bare names with little
evidence of being a person ("the hall was designed by Petrenko"). The finder's (`person_named_last`, printed.py:
that person's name tells the reporter's narration resumed, `printed_narration`) runs before any index is built, so
it takes the last PERSON entity of the parse: the known weaker definition (wrong on the three cases above), kept
because the finder has no index; moving the finder to the index's choice is a change of output to measure, not a
refactor.
"""

from __future__ import annotations


def person_named_last(doc, start: int):
    """The finder's: the PERSON entity (a Span) named last before token `start` (ending at or before it), else None.
    The weaker definition (no index yet: see the module docstring); the resolver's is `indexed_person_named_last`."""
    return next((e for e in reversed(doc.ents) if e.label_ == "PERSON" and e.end <= start), None)


def indexed_person_named_last(idx, start: int):
    """The resolver's: the `Person` of the mention index's last non-weak mention starting before token `start`, else
    None (the finder's weaker one, without an index, is `person_named_last`)."""
    named = [m for m in idx.mentions if m[0] < start and not m[2].weak]
    return max(named, key=lambda m: m[0])[2] if named else None
