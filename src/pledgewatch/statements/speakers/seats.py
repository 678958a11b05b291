"""The seat of an unnamed official body named after its mention: "officials in Ankara", "the authorities in Beijing".

Construction: a speaker mention headed by a `seat_heads` noun (officials, authorities, administration, council ...:
speaker_words.csv) whose parse hangs "in" / "from" and a place on that head after the mention's own span; the
mention keeps only "the authorities", so the coding stage never sees the place. The place is where the body sits,
so its country is the body's: "the authorities in Beijing" -> China, "the regional administration in Mykolaiv" ->
Ukraine, where the surrounding sentences name another country more often (Russia, in a sentence about Moscow's
partners). Read before the country of those sentences (`_settle` in __init__.py), only for an office holder or body
whose own words give no country.

Left alone: a posted person's host ("the ambassador in Kyiv": "ambassador" is no seat head), and a Ukrainian place
the occupier holds ("a news agency sitting in Russian-held Luhansk", `occupied_marks` of speaker_words.csv): the
territory is Ukraine's, the body is not. A breakaway republic named as the seat is the body's ("a judge from the Luhansk
People's Republic, which declared itself").
"""

from __future__ import annotations

from .words import word_list

_PREPS = frozenset({"in", "from"})


def occupied(words) -> bool:
    """A word of `occupied_marks` (speaker_words.csv), alone or in a hyphenated token ("Russian-held")."""
    return any(set(w.lower_.split("-")) & word_list("occupied_marks") for w in words)


def seat_country(doc, ref, span) -> str:
    """The country of the place after the head of the mention at token span (start, end), where the head is a seat
    noun and the place follows the span: "officials [in Ankara]" -> Turkey; '' otherwise."""
    if not span:
        return ""
    start, end = int(span[0]), int(span[1])
    heads = word_list("seat_heads")
    for tok in doc[start:end]:
        if tok.lower_ not in heads:
            continue
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PREPS or prep.i < end:
                continue
            words = doc[prep.i + 1:prep.right_edge.i + 1]
            country = ref.find_country(words.text)
            if country == "Ukraine" and occupied(words):
                return ""  # Ukraine's territory, not the body's country ("in Russian-held Melitopol")
            if country:
                return country
    return ""
