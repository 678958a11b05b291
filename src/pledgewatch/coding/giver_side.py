"""`giver_to_ukraine`: the speaker's own side gives to Ukraine, so the speaker is not Ukraine's side.

The statements stage may give an official whose country the text does not state the country its sentences name
most; in a short report of a donor's pledge that is Ukraine, the receiver ("We will deliver another 40 howitzers to
Ukraine," Defence Minister X said). Composition reads the side first (a recipient does not pledge aid to itself), so
the pledge was lost. Here, where the side is the recipient only by `speaker_country` (neither the speaker's name nor
role names Ukraine: the `recipient` rows of speech_acts.csv on the speaker find nothing), a clause whose subject is
the speaker's own side (first person: "we", "my government"; in reported speech "her country", "he") and whose give
predicate has Ukraine as the state receiving it (`ukraine_state`: Ukraine, Kyiv; not "Ukrainians", whom a Ukrainian
official may provide for) makes the speaker a donor. A negated one too ("we will not send tanks to Kyiv" is a
donor's refusal). The country column is left as the statements stage gave it (the identity's business).
"""

from __future__ import annotations

from . import clause_parts as _parts
from . import words as _words


def _own_giver(cl: dict, row: dict) -> bool:
    """The clause's subject is the speaker's own side (not Ukraine named) and its give predicate's object or
    beneficiary is the Ukrainian state (clause_parts.own_subject; its own-country branch cannot hold here, where the
    country is Ukraine and a subject naming Ukraine is no giver)."""
    W = _words.classes()
    subj = cl["subj"]
    if not subj or set(subj) & W["ukraine"] or cl["q"]:
        return False
    return _parts.own_subject(cl, row) and _parts.gives(cl) and bool(set(cl["obj"] + cl["ben"]) & W["ukraine_state"])


def gives_to_ukraine(frame: dict | None, row: dict) -> bool:
    """A clause of the content whose subject is the speaker's own side gives to the Ukrainian state: speech_acts
    reads it on a side that is the recipient's by the country alone, before the speaker's own words (which it
    tokenises only then), and makes the speaker a donor."""
    return bool(frame) and any(_own_giver(cl, row) for cl in frame.get("clauses") or [])
