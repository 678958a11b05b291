"""The country of a mention owned by "its" ("North Macedonia will donate tanks to Ukraine ..., its defence ministry
said", "Russia has banned 29 journalists, its foreign ministry said", "Russia denied the strike. Its defence ministry
said ..."): the country that is the first subject of the mention's sentence before it, else of the sentence before
(a country or capital of countries.csv, subject of any verb: the "its" of a closing attribution refers to the
sentence's own topic, not to the country its content acts on), where the mention's own words name no country.
Without it the country came from the sentences around, which name the country acted on as often as the owner
("... to Ukraine": Ukraine)."""

from __future__ import annotations

from .words import SUBJ_DEPS


def its_owner_country(resolver, m) -> str:
    """The country of mention m (mention.Mention) as its own words give it, else that of its "its" owner."""
    first = m.span[0]
    if m.country or first.lower_ != "its" or first.dep_ != "poss" or first.head.i != m.head.i:
        return m.country
    sent = m.head.sent
    before = [sent[:first.i - sent.start]]
    if sent.start > 0:
        before.append(resolver.doc[sent.start - 1].sent)
    for span in before:
        for t in span:
            if t.dep_ in SUBJ_DEPS and t.pos_ == "PROPN":
                row = resolver.ref.place(resolver.doc[t.left_edge.i:t.i + 1].text)
                if row and row.get("kind") in {"country", "capital"} and row.get("country"):
                    return row["country"]
    return m.country
