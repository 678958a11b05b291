"""Content strategies: where a cue's reported words are. One module per kind, each function returning a span (or a
quotation index) or None; `attribution.CONTENT` tries them in order.

- `quotation`: a quotation before the cue, after it, or resumed after an interrupting cue;
- `colon`: the words after a colon ("X said: A") or the next paragraph ("X added:");
- `clause`: the cue's complement clause ("X said (that) A", "A, X said");
- `frame`: the frames cues.csv lists ("vowed to ...", "urged X to ...", "called for ...");
- `sentence`: the rest of a sentence around a cue clause the parse left unlinked.
"""
