"""Whether an attribution's cue names an act the coding stage scores as strong (pledge, delivery, appeal, refusal,
warning): a `cue` row of data/reference/speech_acts.csv that matches the cue words (with "for"/"on"/"upon" opening
the content, as the coding reads them: "called | for more weapons") and whose `needs` hold on the content ("expressed
support for Ukraine": a pledge cue; "expressed their vision of the situation": none). statements.nesting reads it
(`_own_act`): such an act inside another speaker's report keeps its own row ("said Biden had announced a new
package of military aid" is Biden's pledge, not the reporter's assessment)."""

from __future__ import annotations

import functools

from . import _capabilities, _cue_text
from ._match import blank_nlp, normalize
from .speech_acts import rules, strong_cue


@functools.lru_cache(maxsize=4096)
def names_strong_act(cue: str, cue_lemma: str, content: str) -> bool:
    """(see the module docstring) cue and cue_lemma as the statement has them ("had pledged", "pledge"), content its
    words."""
    nlp = blank_nlp()
    norm, offs = normalize(content)
    doc = nlp.make_doc(norm)
    caps = _capabilities(content, doc, offs, [])
    aid = rules().prepare(doc, [sp for _, _, sp in caps if sp is not None])
    cue_doc = nlp.make_doc(normalize(_cue_text({"cue": cue, "cue_lemma": cue_lemma}, content))[0])
    return strong_cue(cue_doc, doc, aid)
