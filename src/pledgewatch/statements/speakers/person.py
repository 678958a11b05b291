"""A person of one article's mention index (`index.ArticleIndex`): its mentions, its fullest (canonical) name, its
officials.csv row, gender votes, roles and country, and how weak the evidence is that it is a person at all."""

from __future__ import annotations

from ..gender import GIVEN
from ..names import fold, reference


class Person:
    __slots__ = ("key", "names", "canonical", "official", "gender_votes", "role", "country", "first_i", "given",
                 "roles", "at_cue", "honorific", "canon_i", "evidence")

    def __init__(self, key):
        self.key = key
        self.names = []          # (name, token index) of each mention
        self.canonical = ""
        self.official = None
        self.gender_votes = {"m": 0, "f": 0}
        self.role = ""
        self.roles = []          # every role the text gives the person
        self.at_cue = False      # named at a speech cue
        self.honorific = False
        self.canon_i = 10 ** 9
        self.evidence = 0        # person-like context: an age after the name, a descriptor noun before it
        self.country = ""
        self.first_i = 10 ** 9
        self.given = ""

    @property
    def weak(self):
        """Little evidence that this is a person at all (NER tags "Café", "Ont", "Undead Soldier" PERSON)."""
        sc = 2 * bool(self.official) + 2 * self.honorific + 2 * self.at_cue + bool(self.roles) + min(2, self.evidence)
        if self.roles and reference().role_official(" ; ".join(self.roles)):
            sc += 1  # a title of office ("Hereditary Chief Na'moks")
        ws = fold(self.canonical).split()
        if len(ws) > 1:
            sc += 1 + 2 * (ws[0] in GIVEN)
        sc += (self.gender_votes["m"] + self.gender_votes["f"]) > 1
        return sc < 2

    @property
    def gender(self):
        m, f = self.gender_votes["m"], self.gender_votes["f"]
        return "m" if m > f else "f" if f > m else ""
