"""Whether an attribution names an act the coding stage scores as strong (pledge, delivery, appeal, refusal,
warning): its cue matches a `cue` row of such an act in data/reference/speech_acts.csv (the cue words as the coding
reads them, with "for"/"on"/"upon" opening the content: "called | for more weapons"), and the coding codes the
statement, its words and cue alone (the speaker not yet known), as a strong act ("expressed support for Ukraine's
candidate status": a pledge; "expressed their vision of the situation": a pledge cue, coded other).
statements.nesting reads it (`_own_act`): such an act inside another speaker's report keeps its own row ("said
Biden had announced a new package of military aid" stays Biden's pledge, not the reporter's assessment)."""

from __future__ import annotations

import functools

import pandas as pd

from . import _cue_text, code_statements
from ._match import blank_nlp, normalize
from .speech_acts import STRONG, strong_cue


@functools.lru_cache(maxsize=4096)
def names_strong_act(cue: str, cue_lemma: str, content: str) -> bool:
    """(see the module docstring) cue and cue_lemma as the statement has them ("had pledged", "pledge"), content its
    words."""
    row = {"text": content, "cue": cue, "cue_lemma": cue_lemma}
    if not strong_cue(blank_nlp().make_doc(normalize(_cue_text(row, content))[0])):
        return False
    return code_statements(pd.DataFrame([row]))["speech_act"].iloc[0] in STRONG
