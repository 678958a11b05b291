"""Organisation speakers: which organisation "the company", "the ministry", "the newspaper", "EDC" is.

'the railway company' -> the organisation named earlier with that word; 'the company' -> the previous organisation
speaker, else one named in reported speech just before ('... had been done by TransLink. The agency told ...'), else
the nearest organisation before; 'the ministry' -> the fuller earlier phrase ('Russia's defence
ministry' -> 'Russian defence ministry'); 'the city' -> the named place; acronyms -> the full name the article gives;
an office-holder's country from the surrounding sentences.

A mixin of `Resolver` (resolver.py); it uses `self.doc`, `self.idx`, `self.ref`, `self.prev`, `self.prev_i`.
"""

from __future__ import annotations

import collections
import re

from ..names import fold, strip_possessive
from .bodies import media_bodies, no_news_bodies
from .record import speaker_record, strip_det
from .words import COUNTRY_NOUNS, GOV_HEADS, MEDIA_HEADS, MUNICIPAL_HEADS, PLACE_HEADS

# quotation marks that open a direct quotation's content
_QUOTE_MARKS = "\"“”'‘’«»„"
# "Export Development Canada (EDC)": capitalised words (with of/the/for/and ...) then the acronym in brackets
_ACRONYM_DEFINED = re.compile(
    r"((?:[A-Z][\w&'’.-]*\s+(?:(?:of|the|for|and|on|in|&)\s+)*){1,7}[A-Z][\w&'’.-]*)\s*\(([A-Z]{2,6})\)")


class OrganisationsMixin:
    def context_country(self, toks) -> str:
        """Most frequent country among the place/nationality words of the sentences holding these tokens (the
        sentence itself first, then also the one before)."""
        idx, ref = self.idx, self.ref
        for widen in (0, 1):
            c = collections.Counter()
            for i in toks:
                si = idx.sent_of.get(i, (None,))[0]
                if si is None:
                    continue
                for sj in range(max(0, si - widen), si + 1):
                    for e in idx.sent_ents[sj]:
                        if e.label_ in {"GPE", "NORP"} and e.start not in idx.tok_person:
                            row = ref.place(e.text)
                            if row is not None and row.get("country"):
                                c[row["country"]] += 1
            if c:
                top = c.most_common(2)
                if len(top) == 1 or top[0][1] > top[1][1]:
                    return top[0][0]
        return ""

    def same_kind_country(self, name: str, skip: tuple = ()) -> str:
        """The country of the article's other sources of the same kind as an unnamed one whose words name none: "a
        senior defence official" is one of the "Pentagon officials" and "US defence officials" the article quotes,
        "the spokesperson" one of the "Kremlin spokesperson"s. The most frequent country among the modifiers (a
        nationality, country or body, possessive included) of the article's other mentions of the same head noun;
        '' when none or a tie."""
        words = fold(name).split()
        if not words:
            return ""
        head = words[-1]
        heads = {head, head[:-1] if head.endswith("s") else head + "s"}
        c = collections.Counter()
        for t in self.idx.toks:  # (the doc's tokens, made once per article: iterating the doc makes them anew)
            if t.lower_ not in heads or t.i in skip or self.idx.in_content(t.i):
                continue
            mods = [ch for ch in t.children if ch.i < t.i and ch.dep_ in {"compound", "amod", "nmod", "poss"}]
            txt = " ".join(self.doc[m.left_edge.i:m.right_edge.i + 1].text for m in mods)
            country = self.ref.find_country(txt) if txt else ""
            if country:
                c[country] += 1
        top = c.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            return top[0][0]
        return ""

    def _acronyms(self):
        """Acronym -> full name in this article: "Export Development Canada (EDC)", or an organisation whose
        capitalised words give the letters ("New York Times" -> NYT)."""
        if getattr(self, "_acro", None) is not None:
            return self._acro
        acro = {}
        for m in _ACRONYM_DEFINED.finditer(self.idx.text):
            acro.setdefault(m.group(2), strip_det(m.group(1)))
        for e in self.doc.ents:
            if e.label_ in {"ORG", "GPE", "NORP", "FAC", "WORK_OF_ART"} and len(e) > 1:
                nm = strip_det(e.text)
                letters = "".join(w[0] for w in nm.split() if w[:1].isupper())
                if 2 <= len(letters) <= 6:
                    acro.setdefault(letters, nm)
        self._acro = acro
        return acro

    def _adjectival(self, name):
        """"Russia's defence ministry" / "Kyiv's defence ministry" -> "Russian defence ministry"."""
        m = re.match(r"^(.+?)['’]s\s+(.+)$", name)
        if not m:
            return name
        row = self.ref.place(m.group(1))
        if row is None or not row.get("country"):
            return name
        adj = self.ref.adjective(row["country"])
        return f"{adj} {m.group(2)}" if adj else name

    def _country_meant(self, name: str, s: int) -> str:
        """"the country's ministry ... health" -> "Ukraine's ministry of health": a body of "the country" / "the
        nation" (`country_nouns`) is the body of the country its sentence is about (`sentence_country`):
        "Rolls-Royce Germany has provided two generators to Ukraine, ... country's ministry ... health announced";
        "Poland will buy 96 helicopters from the United States, the country's defence ministry said"; "Finland
        will send weapons to Ukraine, the nation's government announced". Unchanged when none."""
        m = re.match(r"^(\w+)['’]s\s+(.+)$", name)
        if not m or m.group(1).lower() not in COUNTRY_NOUNS:
            return name
        country = self.sentence_country(s)
        return f"{country}'s {m.group(2)}" if country else name

    def sentence_country(self, s: int) -> str:
        """The country the sentence of token s is about: the first country (or nationality, or capital) the
        sentence names before s, content included, else the first one the sentence before names ("Russia
        released a list of 963 Americans ... US officials. The country ... said": Russia); '' if none."""
        sent = self.idx.sent_of.get(s)
        if sent is None:
            return ""
        same, before = None, None
        for e in self.doc.ents:
            if e.start >= s:
                break
            row = self.ref.place(e.text) if e.label_ in {"GPE", "NORP"} else None
            if row is None or not row.get("country") or row.get("kind") not in {"country", "adjective", "capital"}:
                continue
            si = self.idx.sent_of.get(e.start, (None,))[0]
            if si == sent[0] and same is None:
                same = row["country"]
            elif si == sent[0] - 1 and before is None:
                before = row["country"]
        return same or before or ""

    def _named_org_with(self, head, s):
        """'the railway company' -> the organisation named earlier with that word ("Canadian Pacific Railway"), the
        latest one; None when the description has no such modifier or no name carries it."""
        doc = self.doc
        mods = {fold(c.text) for c in head.children if c.dep_ in {"compound", "amod", "nmod"} and
                c.pos_ in {"NOUN", "ADJ"} and c.is_alpha and len(c.text) > 3}
        if not mods:
            return None
        stems = {m[:-1] if m.endswith("s") else m for m in mods}
        for ent in reversed([e for e in doc.ents if e.end <= s and e.label_ in {"ORG", "FAC", "PERSON", "GPE"}]):
            words = [fold(w) for w in ent.text.split()]
            if len(words) > 1 and any(w.rstrip("s") in stems for w in words) and ent.start not in self.idx.tok_person \
                    and not self.ref.place(ent.text):
                return self.resolve_mention(ent.start, ent.end, ent.text, recurse=False)
        return None

    def _recent_org(self, s, media=False, no_media=False):
        """'the company', 'the agency', 'the newspaper': the previous organisation speaker, else the nearest ORG
        before (for media, not a government body). A head that names no medium (`no_media`: "the bank", "the
        company") is no news outlet where another organisation is named near ("HSBC has staff in Russia, according
        to the FT. The bank said": `bodies.media_bodies`); with none, a medium may be that company. A medium is
        never a body the tables give another kind ("The ISW said ... , the newspaper wrote": `bodies.no_news_bodies`)."""
        cands = self._org_candidates(s, "it", window=40 if media else 4)
        if media:
            cands = [c for c in cands if self.doc[c[0]].ent_type_ == "ORG" and not any(
                t.lower_ in GOV_HEADS for t in self.doc[c[0]:c[1]])
                and fold(strip_det(self.doc[c[0]:c[1]].text)) not in no_news_bodies()]
        cands = [c for c in cands if self.doc[c[0]:c[1]].label_ != "GPE" and not self.ref.place(self.doc[c[0]:c[1]].text)]
        prev = self.prev
        if no_media and prev is not None and fold(prev["speaker_name"]) in media_bodies():
            # the outlet that reported is not "the bank" where another organisation is named near
            kept = [c for c in cands if fold(strip_det(self.doc[c[0]:c[1]].text)) not in media_bodies()]
            rep = self._reported_org(s, max((c[3] for c in kept), default=-1))
            if rep is not None and fold(rep["speaker_name"]) not in media_bodies():
                return rep
            if kept:
                cands, prev = kept, None
        if prev is not None and prev["speaker_type"] == "organization" and not (
                media and (prev["speaker_is_official"] or fold(prev["speaker_name"]) in no_news_bodies())):
            # the previous organisation speaker, unless another organisation became a subject since ("Suncor
            # received its second payment. The company noted ..." after EDC spoke)
            pi = self.prev_i if self.prev_i is not None else -1
            own = fold(prev["speaker_name"])
            later = [c for c in cands if c[0] > pi and c[2] and fold(self.doc[c[0]:c[1]].text) not in own
                     and own not in fold(self.doc[c[0]:c[1]].text)]
            if not later:
                return dict(prev)
            cands = later
        reported = None if media else self._reported_org(s, max((c[3] for c in cands), default=-1))
        if reported is not None:
            return reported
        if cands:
            si = max(c[3] for c in cands)
            near = [c for c in cands if c[3] == si]
            subj = [c for c in near if c[2]]
            st, en = (subj or near)[-1][0], (subj or near)[-1][1]
            return self.resolve_mention(st, en, self.doc[st:en].text, recurse=False)
        return None

    def _reported_org(self, s, floor):
        """An organisation named in reported speech ("But the mayor claimed a study had ... done by [TransLink]. The
        agency told CTV News ...", "[The UFCW] will represent all servers ..., according to ... union's Friday
        release"): the nearest ORG entity before token s inside a statement's content that is no quotation, in the
        mention's sentence or the one before and in no sentence before `floor` (the latest sentence naming an
        organisation outside content); else None. (`_org_candidates` skips content, where a quotation's names are no
        antecedent; reported content is the narrator's words.)"""
        doc, idx = self.doc, self.idx
        si = idx.sent_of.get(s, (0, 0, 0))[0]
        spans = [e for e in doc.ents if e.label_ == "ORG" and e.end <= s]
        # a name the NER tags ORG elsewhere in the article only ("The UFCW will represent ...")
        spans += [nc for nc in self._noun_chunks() if nc.end <= s and nc.root.pos_ == "PROPN"
                  and fold(strip_det(nc.text)) in self._org_names()]
        best = None
        for e in sorted(spans, key=lambda x: x.start):
            se = idx.sent_of.get(e.start, (0, 0, 0))[0]
            if si - se > 1 or se < floor or e.start in idx.tok_person or "/" in e.text:
                continue
            if self._reported_content(e.start) and not self.ref.place(e.text):
                best = e
        return None if best is None else self.resolve_mention(best.start, best.end, best.text, recurse=False)

    def _reported_content(self, i) -> bool:
        """Token i is inside a statement's content that opens with no quotation mark (indirect speech)."""
        c, text = self.doc[i].idx, self.idx.text
        for cs, ce in self.idx.content:
            if cs <= c < ce:
                return cs == 0 or text[cs - 1] not in _QUOTE_MARKS
        return False

    def named_outlet(self, s, window=3):
        """"The newspaper said", "The magazine said" -> the news outlet the text named last (within `window`
        sentences before, outside quotations) where the NER calls it no organisation: a name next to a media word
        ("The German magazine Der Spiegel", "the Telegraph newspaper"), or "the" + a name the NER calls a product
        or a work ("blocked the website of the Telegraph"); None if none. Tried after the organisations the NER
        tags (`_recent_org`, `_earlier_fuller`)."""
        doc, idx = self.doc, self.idx
        si = idx.sent_of.get(s, (0, 0, 0))[0]
        best = None
        for t in doc[:s]:
            if t.pos_ != "PROPN" or idx.in_content(t.i) or si - idx.sent_of.get(t.i, (si, 0, 0))[0] > window:
                continue
            a, b = t.i, t.i + 1
            while b < s and doc[b].pos_ == "PROPN":
                b += 1
            if a > 0 and doc[a - 1].pos_ == "PROPN":
                continue  # (not the start of the name)
            name = doc[a:b]
            beside = (a > 0 and doc[a - 1].lower_ in MEDIA_HEADS) or (b < len(doc) and doc[b].lower_ in MEDIA_HEADS)
            titled = a > 0 and doc[a - 1].lower_ == "the" and name.root.ent_type_ in {"PRODUCT", "WORK_OF_ART"}
            if (beside or titled) and not self.ref.place(name.text) and not any(w.lower_ in GOV_HEADS for w in name):
                best = name
        if best is None:
            return None
        return speaker_record(strip_det(best.text), "organization", "", self.ref.find_country(best.text), False)

    def _named_place(self, s, head):
        """"the city" -> "the City of Surrey" / "Toronto": the named place the article mentions most ("the City of
        Surrey" x4 over "Langley City" x1), built from the capitalised head word with its proper-noun compounds and
        "of X" (its subtree can be a whole clause); else the last unknown place named before; None if none."""
        doc = self.doc
        seen: dict[str, list] = {}
        for t in doc[:s]:
            if t.lemma_.lower() == head.lemma_.lower() and t.text[:1].isupper():  # quotes count: same city
                a = t.i
                while a > 0 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].head.i == t.i:
                    a -= 1
                b = t.i + 1
                if b + 1 < len(doc) and doc[b].lower_ == "of" and doc[b + 1].pos_ == "PROPN":
                    b += 2
                    while b < len(doc) and doc[b].pos_ == "PROPN":
                        b += 1
                if b - a > 1:
                    name = doc[a:b].text
                    seen.setdefault(fold(name), [0, name, t.i])
                    seen[fold(name)][0] += 1
                    seen[fold(name)][2] = t.i
        if seen:
            best_name = max(seen.values(), key=lambda v: (v[0], v[2]))[1]
            return strip_det(strip_possessive(best_name))
        best = None
        for t in doc[:s]:
            if self.idx.in_content(t.i):
                continue
            if t.ent_type_ == "GPE" and t.ent_iob_ == "B":
                ent = next((e for e in doc.ents if e.start == t.i), None)
                row = self.ref.place(ent.text) if ent is not None else None
                if ent is not None and (row is None or row.get("kind") == "region") and \
                        head.lower_ in MUNICIPAL_HEADS:
                    best = ent
        if best is not None:
            return strip_det(strip_possessive(best.text))
        return None

    def _earlier_fuller(self, s, head, media=False):
        """'the ministry' -> the fuller earlier noun phrase with the same head ('Russia's defence ministry'); for a
        medium, else the latest organisation named before that the tables give no other kind (`bodies.no_news_bodies`)."""
        doc = self.doc
        best = None
        if head.lower_ in PLACE_HEADS:
            place = self._named_place(s, head)
            if place is not None:
                return place
        for nc in self._noun_chunks():
            if nc.end > s:  # (a chunk holding the mention itself is not an earlier phrase: "6).The authorities")
                break
            if self.idx.in_content(nc.start):
                continue
            if nc.root.lemma_.lower() == head.lemma_.lower() and len(nc) > 2:
                best = nc
        if best is None and media:
            for e in doc.ents:
                if e.start >= s:
                    break
                if e.label_ in {"ORG", "WORK_OF_ART"} and not any(fold(w) in GOV_HEADS for w in e.text.split()) \
                        and not self.ref.place(e.text) and fold(strip_det(e.text)) not in no_news_bodies():
                    best = e
        if best is None:
            return ""
        return strip_possessive(self._country_meant(strip_det(self._with_of_phrase(best).text), best.start))

    def _with_of_phrase(self, span):
        """A noun phrase with the short "of" phrase of its head ("the country's ministry[ of health]", "the
        ministry[ of foreign affairs]"): the noun chunk stops before it, the body's name does not (at most four
        words, no verb, no comma)."""
        root = span.root
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == span.end), None)
        if of is None:
            return span
        end = of.right_edge.i + 1
        if end - of.i > 5 or any(t.pos_ in {"VERB", "AUX"} or t.text == "," for t in self.doc[of.i:end]):
            return span
        return self.doc[span.start:end]

    def media_name(self, s: int, e: int) -> str:
        """The name a news medium is given right after its description: "The Russian state agency [TASS]", "the
        business daily newspaper [...]", "The Kremlin news agency[ Itar-Tass] ..." (the proper nouns after a
        media head of speaker_words.csv at the end of the mention, or right after it when a verb follows them); ""
        if none. The medium is its name, not the description ("Russian state agency TASS" -> "TASS")."""
        doc = self.doc
        k = e
        while k > s and (doc[k - 1].pos_ == "PROPN" or (doc[k - 1].text == "-" and not doc[k - 1].whitespace_)):
            k -= 1
        if s < k < e and doc[k - 1].is_lower and doc[k - 1].lower_ in MEDIA_HEADS and doc[k].pos_ == "PROPN":
            return doc[k:e].text  # (a lower-case head: "the SITE Intelligence Group" names no medium)
        if k == e and e > s and doc[e - 1].is_lower and doc[e - 1].lower_ in MEDIA_HEADS:
            j = e
            while j < len(doc) and j - e < 4 and (doc[j].pos_ == "PROPN" or (doc[j].text == "-" and not
                                                                              doc[j].whitespace_)):
                j += 1
            if j > e and doc[e].pos_ == "PROPN" and j < len(doc) and doc[j].pos_ in {"VERB", "AUX"}:
                return doc[e:j].text
        return ""


    def body_full_name(self, s: int, head) -> str:
        """The full name of a body whose mention stops at its capitalised head before the name's for/of phrase: "The
        [Institute] for the Study ... War (ISW) said", "according to the [Center] ... Naval Analyses" (the finder's
        noun chunk ends at the head; `documents._name_end` keeps the capitalised phrase); named again by its head
        alone ("the Institute added", "the US-based Institute said"), the nearest earlier full name with that head
        outside quotations. "" where the head is no capitalised proper noun or no full name is found."""
        doc = self.doc
        if head.pos_ != "PROPN" or not head.is_title or head.ent_type_ == "PERSON":
            return ""
        end = self._name_end(head)
        if end > head.i + 1:
            return re.sub(r"\s*\(.*$", "", strip_det(doc[s:end].text))  # "... of War (ISW" (the acronym after it)
        if any(not self._says_only_where(t) for t in doc[s:head.i]):
            return ""  # "the Russian Defence Ministry", "The Ukrainian Security Service": a name of its own
        for t in reversed(doc[:s]):
            if t.text == head.text and not self.idx.in_content(t.i):
                end, st = self._name_end(t), t.i
                while st > 0 and doc[st - 1].pos_ == "PROPN" and doc[st - 1].dep_ == "compound":
                    st -= 1  # "the Kyiv International [Institute] ... Sociology"
                if end > t.i + 1:
                    return re.sub(r"\s*\(.*$", "", doc[st:end].text)
        return ""

    def _says_only_where(self, t) -> bool:
        """A word before a body's head that names no other body: a determiner, a possessive, or where it is
        ("the US-based Institute", "Ukraine's Centre")."""
        return t.pos_ in {"DET", "PART", "PUNCT"} or t.lower_.endswith("-based") or t.text == "based" or \
            bool(self.ref.place(t.text)) or bool(self.ref.find_country(t.text))
