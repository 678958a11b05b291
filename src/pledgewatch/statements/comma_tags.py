"""What a speaker and cue set after a comma may carry (issue #14, round 43), read by `postposed.postposed_comma`:

- a quotation that opens and closes inside the words before the comma is part of the speaker's statement, as in any
  reported clause: 'Kyiv plans to raise a "very large" reserve army by the spring, the defence minister, Ivan
  Koval, said on Sunday.', 'The enemy is "losing momentum" in the south, the head of the intelligence service, Anna
  Berg, said in a post.' (`closed_inside`); a quotation that runs on past the comma, or one that is open there, is
  not; and the clause's finite verb or modal stands outside the quotation (`clause_outside`): not "''We were
  rivals, but also partners,'' Anna K. Weber, President Klein's former chief of staff, said", where the words before
  the last comma are a quotation and its speaker's name;
- a speaker with an apposition may run to fifteen words ("..., the head of a Polish-Ukrainian association in the
  north, Olena Marchuk, told the regional daily."): `APPOSED_LONGEST`, only where it is one noun phrase closed by a
  name in apposition (`one_apposed_phrase`: not a list's tail, "tanks, artillery shells and drones for the front, the
  defence minister, Boris Pistorius, said", whose later comma is the tag's); without one the limit stays ten;
- a hyphen between two capitalised words after the cue is a name's ("told the Nice-Matin daily"), not a dash
  (`name_hyphen`; not "told the daily-a sad story").
"""

from __future__ import annotations

from .grammar import FINITE_TAGS

APPOSED_LONGEST = 15


def closed_inside(ctx, words) -> bool:
    """Every quotation mark among the tokens `words` (a span) opens or closes a closed quotation that lies wholly
    inside them."""
    if not any(t.is_quote for t in words):
        return True
    cs, ce = words[0].idx, words[-1].idx + len(words[-1])
    marks = set()
    for k in ctx.quotes_within(cs, ce):
        q = ctx.quotes[k]
        if q.closed and q.open >= cs and q.close <= ce:
            marks.update(range(q.open, q.start))
            marks.update(range(q.end, q.close))
    return all(t.idx in marks for t in words if t.is_quote)


def clause_outside(ctx, words) -> bool:
    """The tokens `words` hold a finite verb or a modal outside every quotation: a clause of the writer's."""
    return any(t.tag_ in FINITE_TAGS and ctx.quote_containing(t.idx) is None for t in words)


def one_apposed_phrase(doc, i, v) -> bool:
    """The speaker doc[i:v] (up to the cue verb at index v, its closing comma and adverbs aside) is one noun phrase and
    a name in apposition: exactly one comma inside, no "and"/"or" before it, only proper nouns after it."""
    end = v
    while end > i + 1 and doc[end - 1].pos_ in ("ADV", "PUNCT"):
        end -= 1
    commas = [j for j in range(i, end) if doc[j].text == ","]
    if len(commas) != 1 or any(doc[j].pos_ == "CCONJ" for j in range(i, commas[0])):
        return False
    return commas[0] + 1 < end and all(doc[j].pos_ == "PROPN" for j in range(commas[0] + 1, end))


def name_hyphen(doc, j) -> bool:
    """doc[j] is a hyphen glued between two capitalised words ("Nice-Matin", "Gazeta-Pomorska")."""
    t = doc[j]
    return t.tag_ == "HYPH" and 0 < j < len(doc) - 1 and not t.whitespace_ and not doc[j - 1].whitespace_ and \
        doc[j - 1].text[:1].isupper() and doc[j + 1].text[:1].isupper()
