"""Constructions of attribution that no cue verb's rules take (issue #14: recall on unseen news), each in its own
module with one function of the finder, tried in this order after the subheadings and the headline:

- `postposed.postposed_cues`: a quotation, a dash and the cue with its speaker after it ('"A" - added Lavrov',
  '"A" - we read in a statement of X');
- `opinion.opinions`: a phrase opening a sentence names whose words the rest is ("In his opinion, A");
- `impersonal.impersonal_passives`: "it was stated that A" with its source in an "in" phrase of the sentence or
  in the statement just before ("The report stated ... It was emphasized that A");
- `nominal.nominal_cues`: a speech-act noun with its speaker as possessor and its content as complement
  ("Russia's claim that A", "Labour's call to scrap A"; the `noun` rows of cues.csv).

Each leaves alone what a statement already covers, so adding one never changes another's rows.
"""

from __future__ import annotations

from .impersonal import impersonal_passives
from .nominal import nominal_cues
from .opinion import opinions
from .postposed import postposed_cues

CONSTRUCTIONS = (postposed_cues, opinions, impersonal_passives, nominal_cues)


def uncovered(f):
    """Run every construction of CONSTRUCTIONS on finder f (after the cue verbs, before nesting)."""
    for construction in CONSTRUCTIONS:
        construction(f)
