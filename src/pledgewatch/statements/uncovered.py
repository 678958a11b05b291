"""Constructions of attribution that no cue verb's rules take (issue #14: recall on unseen news), each in its own
module with one function of the finder, tried in this order after the subheadings and the headline:

- `postposed.postposed_cues`: a quotation, a dash and the cue with its speaker after it ('"A" - added Lavrov',
  '"A" - we read in a note from X'); `postposed.postposed_bare`: the same with no quotation marks ("A - noted X.");
  `postposed.postposed_subject`: no quotation marks and the speaker before the verb ("A - the minister noted.");
  `postposed.postposed_comma`: the same after a comma, where the parse hung the verb elsewhere ("A, the governor of
  the region said on Sunday."); `inverted_comma.inverted_commas`: the same with the speaker after the verb ("A, said
  the president, Andrzej Duda."; round 43);
- `noun_tagged.noun_tagged_cues`: a present-tense cue verb the tagger took for a plural noun ("Orban claims that A",
  "As the Reuters agency notes, A", "A, the former ambassador maintains.");
- `carried_on.carried_on`: a quotation carried on after an earlier cue, with a verb that is a cue only there
  ('"A," he continued');
- `opinion.opinions`: a phrase opening a sentence names whose words the rest is ("In his opinion, A");
- `impersonal.impersonal_passives`: "it was stated that A" with its source in an "in" phrase of the sentence or
  in the statement just before ("The report stated ... It was emphasized that A");
- `nominal.nominal_cues`: a speech-act noun with its speaker as possessor and its content as complement
  ("Russia's claim that A", "Labour's call to scrap A"; the `noun` rows of cues.csv);
- `questions_put.questions_put`: under PolNeAR's (outer) convention, a question put to a speaker, told with a
  participle or a passive ("Asked if A, Trump replied", "she was asked about A");
- `speech_objects.speech_objects`: under PolNeAR's (outer) convention, the noun-phrase object of a speech verb that
  found no content ("recalled an incident at a movie theater", "tweeted a chart of crime statistics");
- `passive_sources.passive_sources`: under PolNeAR's (outer) convention, "A was first reported by X";
- `passive_verdicts.passive_verdicts`: under PolNeAR's (outer) convention, a verdict or accusation told in the
  passive ("Ortiz is accused of planning ...", "Novak was declared the winner"), its subject the lead;
- `wh_naming.wh_namings`: under PolNeAR's (outer) convention, a naming verb with a fronted pronoun object ("which he
  describes as his second home");
- `wh_label.quoted_labels`: under the guide's convention, the same verb whose name given is a quotation ("what one
  general called a "very critical" few weeks"): the quotation is the subject's statement;
- `hearsay.hearsays`: under PolNeAR's (outer) convention, a clause with a hearsay adverb ("the firms have reportedly
  looked at it"), no speaker;
- `embedded_posts.embedded_posts`: an embedded social-media post with its credit line ("A pic.twitter.com/x — NAME
  (@handle) August 1, 2022"), its author's statement, cue the dash (round 40).

Each leaves alone what a statement already covers (`outer_verbs.free_span` for the outer-convention ones), so words
go to the first construction in this order that takes them: adding one may take words a later one would have held
(changing its rows), never an earlier one's or a cue verb's.
"""

from __future__ import annotations

from .carried_on import carried_on
from .embedded_posts import embedded_posts
from .hearsay import hearsays
from .impersonal import impersonal_passives
from .inverted_comma import inverted_commas
from .nominal import nominal_cues
from .noun_tagged import noun_tagged_cues
from .opinion import opinions
from .passive_sources import passive_sources
from .passive_verdicts import passive_verdicts
from .postposed import postposed_bare, postposed_comma, postposed_cues, postposed_subject
from .questions_put import questions_put
from .speech_objects import speech_objects
from .wh_label import quoted_labels
from .wh_naming import wh_namings

CONSTRUCTIONS = (postposed_cues, postposed_bare, postposed_subject, postposed_comma, inverted_commas, noun_tagged_cues,
                 carried_on,
                 opinions, impersonal_passives, nominal_cues, questions_put, speech_objects, passive_sources,
                 passive_verdicts, wh_namings, quoted_labels, hearsays, embedded_posts)


def uncovered(f):
    """Run every construction of CONSTRUCTIONS on finder f (after the cue verbs, before nesting)."""
    for construction in CONSTRUCTIONS:
        construction(f)
