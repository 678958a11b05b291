"""Embedded social-media posts: a statement inside a post is the signer's, not the host article's speaker.

News pages paste a post as one paragraph that ends with its signature, the account's name, its handle and the date:

    I would be cautious when attempting ... assess how quickly ... — Franz-Stefan Gady (@...) June 1, 2022
    We are sending more air defence. — Secretary Antony Blinken (@SecBlinken) ... 23, 2022
    Russian forces shelled the port again. — Ministry ... Defence Press Office (@DefenceHQPress) ... 8, 2022

Whatever the mention at its cue ("I", "we", "he" or none), a statement whose content lies in the post body (from
the paragraph's start to the dash, or from an earlier post's signature on an earlier line that text follows on its
line, for a post of several paragraphs of at most `embedded_posts.MAX_POST_CHARS` characters, unless that text is the
reporter's narration: `embedded_posts.Scan.narrated`) is the signer's.
`signed_posts(doc, text)` finds them (the finder's post loop, `embedded_posts.post_bounds`, on the article's one
`embedded_posts.doc_scan`); the resolver asks `signer_at`.
"""

from __future__ import annotations

from ..embedded_posts import post_bounds


def signed_posts(doc, text: str) -> list[tuple[int, int, int, int]]:
    """(body start, body end, name start, name end) character offsets of each signed post in text, its parse doc's
    (`embedded_posts.post_bounds`, the finder's post loop: a body starts at its paragraph or at an earlier signature's
    end, two posts on a line or a post of several paragraphs, and ends at its signature); a signature with fewer than
    10 characters before it on its line signs no post."""
    return [(cs, c_start, ns, ne) for cs, _, c_start, ns, ne in post_bounds(doc, text) if c_start - cs >= 10]


class PostsMixin:
    """A mixin of `Resolver`; it uses `self.doc`, `self.idx` and `resolve_mention`."""

    def _posts(self):
        if getattr(self, "_signed", None) is None:
            self._signed = signed_posts(self.doc, self.idx.text)
        return self._signed

    def signer_at(self, r):
        """The record of the signer of the post holding the row's content, else None."""
        cs, ce = r.get("char_start"), r.get("char_end")
        if cs is None or ce is None or not self._posts():
            return None
        for lo, hi, ns, ne in self._posts():
            if lo <= int(cs) and int(ce) <= hi + 1:
                sp = self.doc.char_span(ns, ne, alignment_mode="expand")
                if sp is None:
                    return None
                return self.resolve_mention(sp.start, sp.end, sp.text)
        return None
