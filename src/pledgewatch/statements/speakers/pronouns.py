"""Pronoun speakers: he/she -> a person, it/they -> an organisation or group, who/which -> the noun it hangs on.

A mixin of `Resolver` (resolver.py); it uses `self.doc`, `self.idx`, `self.ref`, `self.prev` (the previous row's
record), `self.prev_i` (its mention's token) and the other mixins' helpers.
"""

from __future__ import annotations

from .. import lexicon as L
from ..names import fold
from ..speaking import named_or_agent
from .own_content import named_in_content
from .person import Person
from .record import RELATIVE_NO_ONE, speaker_record, strip_det
from .words import (
    CONTINUATION_CUES,
    DOC_HEADS,
    ORG_HEADS,
    PEOPLE_HEADS,
    PRON_F,
    PRON_IT,
    PRON_M,
    PRON_PL,
    SOURCE_VERBS,
    SUBJ_DEPS,
    noun_of_other_gender,
)


class PronounsMixin:
    def _compatible(self, p: Person, gender: str) -> bool:
        return not gender or not p.gender or p.gender == gender

    def _first_pronoun(self, i, gender) -> int:
        """"Asked what he would tell Mayor John Tory ..., he said": the antecedent precedes the sentence's first
        he/she, so a name between the two is never it; the token of that first he/she (else i)."""
        idx = self.idx
        sent = idx.sent_of.get(i)
        if sent is not None:
            forms = PRON_M if gender == "m" else PRON_F
            first = next((t.i for t in self.doc[sent[1]:i] if t.lower_ in forms and not idx.in_content(t.i)), None)
            if first is not None:
                return first
        return i

    def _pronoun_subject(self, m, gender) -> bool:
        """The sentence of mention m (not its subject) has a he/she of this gender as its subject before m: "He also
        informed Mr Varadkar about ... attacks. He said ...", "She thanked Mr Scholz for the tanks. She said ...",
        "He met Erdogan on Friday. He added ...": the pronoun subject carries the previous speaker on, the person
        in the object is no new topic."""
        forms = PRON_M if gender == "m" else PRON_F
        sent = self.idx.sent_of.get(m[0])
        if sent is None or m[3]:
            return False
        return any(t.lower_ in forms and t.dep_ in SUBJ_DEPS and not self.idx.in_content(t.i)
                   for t in self.idx.toks[sent[1]:m[0]])

    def _continues(self) -> bool:
        """The row's cue says its speaker goes on speaking ('"...," he added', "she continued"; `continuation_cues`
        of speaker_words.csv, by lemma): the he/she is someone who spoke before."""
        ci = (self.cur_row or {}).get("cue_i")
        return ci is not None and 0 <= int(ci) < len(self.doc) and self.doc[int(ci)].lemma_.lower() in CONTINUATION_CUES

    def _spoke_before(self, p: Person) -> bool:
        """p is the person of an earlier row's speaker."""
        return any(h.get("_person") is p for h in self.history)

    def _same_speaker_again(self, i, gender, cands, prevp):
        """The previous speaker, when nobody else became the topic since; None otherwise. At a continuation cue
        ('"...," he added') only a person who spoke before is another topic: one merely named since ("The talks with
        Chancellor X ran late") or even the subject of a sentence since is no speaker the verb can go on from."""
        idx = self.idx
        if prevp is not None and self._compatible(prevp, gender):
            start = self.prev_i if self.prev_i is not None else -1
            si = idx.sent_of.get(i, (0, 0, 0))[0]
            # another person became the topic since: a subject, or anyone named in the sentence just before
            # ("... positive results for accountant Babatunji Farinloye, 50. 'I ...,' he says.")
            intervening = [m for m in cands if m[0] > start and m[2] is not prevp and self._compatible(m[2], gender)
                           and (m[3] or (si - m[4] <= 1 and not self._pronoun_subject(m, gender)))]
            if self._continues():
                intervening = [m for m in intervening if self._spoke_before(m[2])]
            psi = idx.sent_of.get(start, (si, 0, 0))[0] if start >= 0 else si
            if not intervening and si - psi <= 6:
                return self._person_record(prevp)
        elif prevp is None and self.prev is not None and self.prev["speaker_type"] == "person" \
                and self.prev_i is not None:
            # the previous speaker is an unnamed person ("a private security professional ... he said")
            start = self.prev_i
            si = idx.sent_of.get(i, (0, 0, 0))[0]
            psi = idx.sent_of.get(start, (si, 0, 0))[0]
            # the next sentence, or a later one with only the quotation's own sentences between ('"...," the duchess
            # said. "..." / "...," she said')
            near = si - psi <= 1 or (all(self._all_quoted(k) for k in range(psi + 1, si)) and self._prev_singular())
            if near and not any(m[0] > start and m[3] for m in cands) and \
                    not _other_gender_noun(self.prev["speaker_name"], gender):
                return dict(self.prev)
        return None

    def resolve_pronoun(self, i, gender):
        """he/she at token i: the previous speaker unless another person became the topic since, else the subject
        (or first person) of the nearest sentence with a compatible person, else the latest person of that gender.
        A person the he/she's own statement names ("He said Biden mentioned sanctions": own_content.py) is passed
        over while another suitable person before it remains (nearby, else anywhere before); where none does, it
        resolves as if none were named
        ('Donald Trump spoke at a rally. "Trump will end this war in 24 hours," he said': Trump)."""
        named = named_in_content(self.doc, self.idx, self.cur_row, i)
        i = self._first_pronoun(i, gender)
        rec = self.asked_person(i, gender)
        if rec is None and named:
            rec = self._pronoun_nearby(i, gender, named) or self._pronoun_far(i, gender, named)
        rec = rec or self._pronoun_nearby(i, gender, ()) or self._pronoun_far(i, gender, ())
        if rec is not None:
            return rec
        ahead = self._named_right_after(i, gender)
        if ahead is not None:
            return ahead
        return speaker_record("UNKNOWN", "unknown", reason="he/she with no compatible person before it")

    def _pronoun_far(self, i, gender, named):
        """Nobody nearby: the most recent person of that gender anywhere before (a speaker returning late), none of
        `named`; None if none."""
        far = [m for m in self.idx.persons_before(i, window_sents=10 ** 6) if not m[2].weak and m[2] not in named]
        same = [m for m in far if gender and m[2].gender == gender]
        return self._person_record(same[-1][2]) if same else None

    def _pronoun_nearby(self, i, gender, named):
        """he/she at token i (its sentence's first): the previous speaker unless another person became the topic
        since, else the subject (or first person) of the nearest sentence with a compatible person, else the previous
        speaker if compatible; None if none. `named`: persons passed over (`named_in_content`)."""
        idx = self.idx
        prevp = self.prev.get("_person") if self.prev else None
        cands = idx.persons_before(i)
        strong = [m for m in cands if not m[2].weak]
        # weak "persons" ("Ont", "Café") only when nobody else is available
        cands = strong or ([] if prevp is not None and not prevp.weak else cands)
        # one of two coordinated people ("Tore Sohlberg and Lehla Abreder said") is not a "he"/"she"
        cands = [m for m in cands if not self._coordinated(m) and m[2] not in named]
        if prevp is not None and prevp.weak and strong:
            prevp = None
        named_prev = prevp is not None and prevp in named
        prevp = None if named_prev else prevp
        rec = None if named_prev else self._same_speaker_again(i, gender, cands, prevp)
        if rec is not None:
            return rec
        # nearest sentence with a compatible person: its subject, else its first person
        by_sent = {}
        for m in cands:
            if self._compatible(m[2], gender):
                by_sent.setdefault(m[4], []).append(m)
        if by_sent:
            ms = by_sent[max(by_sent)]
            subj = [m for m in ms if m[3]]
            pick = (subj or ms)[0] if not subj else subj[-1]
            return self._person_record(pick[2])
        if prevp is not None and self._compatible(prevp, gender):
            return self._person_record(prevp)
        return None

    def _named_right_after(self, i, gender):
        """A he/she no person before can be (an article or excerpt that opens with the quotation: 'He said: "..."
        ... the remarks of Mr Biden followed ...'): the first person of that gender named after it, in its own
        sentence or the next one, outside any statement's content; None if none."""
        idx = self.idx
        si = idx.sent_of.get(i, (0, 0, 0))[0]
        for m in idx.mentions:
            if m[0] <= i or m[4] > si + 1:
                continue
            if not m[2].weak and m[2].gender == gender and not idx.in_content(m[0]):
                return self._person_record(m[2])
        return None

    def resolve_it_they(self, i, low):
        """it -> the previous organisation speaker, they -> the previous group or organisation (unless another
        became a subject since), else the nearest such mention before."""
        prev = self.prev
        want = {"organization"} if low in PRON_IT else {"group", "organization"}
        if prev and (prev["speaker_type"] in want or (low in PRON_IT and self._prev_was_document())):
            pi = self.prev_i if self.prev_i is not None else -1
            if low in PRON_PL and prev["speaker_type"] == "organization" and \
                    (span := self._people_since(pi, i)) is not None:
                return self.resolve_mention(*span, self.doc[span[0]:span[1]].text, recurse=False)
            # unless another organisation became a subject since
            if not any(pi < c[0] < i and c[2] for c in self._org_candidates(i, low)):
                return dict(prev)
        cands = self._org_candidates(i, low)
        if cands:
            si = max(c[3] for c in cands)
            ms = [c for c in cands if c[3] == si]
            subj = [c for c in ms if c[2]]
            st, en = (subj or ms)[-1][0], (subj or ms)[-1][1]
            if low in PRON_PL and self.doc[st:en].root.tag_ not in {"NNS", "NNPS"} and \
                    (span := self._people_since(en - 1, i)) is not None:
                return self.resolve_mention(*span, self.doc[span[0]:span[1]].text, recurse=False)
            st = self._with_owner(st, en)
            return self.resolve_mention(st, en, self.doc[st:en].text, recurse=False)
        if low in PRON_PL:
            return speaker_record("UNKNOWN", "group", reason="they with no group or organisation before it")
        return speaker_record("UNKNOWN", "unknown", reason="it with no organisation before it")

    def _people_since(self, pi: int, i: int):
        """(start, end) of the plural people a they/them after an organisation speaker means: a noun phrase headed
        by a plural of `people_heads` (the `group_heads` that name people: sources, residents, members; not
        countries, governments, figures, estimates or documents), as a subject or as a reporter's source
        (`_introduced_as_source`: "citing two sources", "interviewed crew members"), named after that speaker's
        mention (or, where no organisation spoke just before, after the organisation the pronoun would take), in the
        pronoun's sentence or the one before, outside any statement's content: '..., the Financial Times wrote,
        citing two sources close to the Kremlin. According to them, ...' (the sources, not the newspaper); 'The news
        agency interviewed more than 20 former crew members. They said ...'; 'Senate Democrats blocked the bill
        because they said ...' (the NER's "Senate" inside the phrase); not '..., citing customs figures. They said'
        (figures are no people). The last plural subject or source since, where it names people; else None."""
        idx = self.idx
        si = idx.sent_of.get(i, (0, 0, 0))[0]
        found = None
        for nc in self._noun_chunks():
            if nc.start >= i:
                break
            root = nc.root
            if root.i <= pi or idx.in_content(nc.start) or si - idx.sent_of[nc.start][0] > 1:
                continue
            if root.tag_ in {"NNS", "NNPS"} and (root.dep_ in SUBJ_DEPS or _introduced_as_source(root)):
                found = nc  # the last plural subject or source, whatever it names
        if found is None or found.root.lower_ not in PEOPLE_HEADS:
            return None  # a later plural thing ("While these contributions ..., they ...") is the pronoun's
        return found.start, found.end

    def _with_owner(self, st: int, en: int) -> int:
        """The start of an organisation mention with the possessive that owns its head ("[Russia's] defence ministry
        has confirmed ... It said": the NER's entity begins after the owner, which names whose ministry it is): the
        owner's first token where the head has a `poss` child right before st that is a place, else st."""
        head = self.doc[st:en].root
        for ch in head.children:
            if ch.dep_ == "poss" and ch.i < st and ch.right_edge.i + 2 >= st and self.ref.place(
                    self.doc[ch.left_edge.i:ch.i + 1].text) is not None:
                return ch.left_edge.i
        return st

    def _prev_singular(self) -> bool:
        """The previous row's mention is headed by a singular noun ("A nurse at the city hospital", "the soldier"), not
        a quantifier or a plural ("Many ... users report")."""
        t = self.doc[self.prev_i]
        h = t if t.pos_ in {"NOUN", "PROPN"} else t.head
        return h.tag_ in {"NN", "NNP"}

    def _prev_was_document(self) -> bool:
        """The previous row's mention is a document noun ("the statement said ... It added", "The report ... it
        warns"): its "it" is that document, whose issuer spoke (a group of signatories too), not the nearest
        organisation named before."""
        if self.prev_i is None or self.prev["speaker_name"] == "UNKNOWN":
            return False
        t = self.doc[self.prev_i]
        t = t.head if t.dep_ == "det" else t
        return t.pos_ == "NOUN" and t.lower_ in DOC_HEADS

    def _org_entities(self, i, low, window):
        """(start, end, is_subject, sentence) of ORG (and, for it, GPE) entities before i, outside quotes."""
        doc, idx = self.doc, self.idx
        si = idx.sent_of.get(i, (0, 0, 0))[0]
        out = []
        for e in doc.ents:
            if e.start >= i:
                break
            if e.label_ in {"ORG", "GPE"} and not idx.in_content(e.start) and si - idx.sent_of[e.start][0] <= window \
                    and "/" not in e.text:
                if e.start in idx.tok_person or self.credited_only(e.start):  # (credited.py)
                    continue
                if low in PRON_PL and e.label_ == "GPE":
                    continue
                subj = e.root.dep_ in SUBJ_DEPS or (e.root.dep_ in {"compound", "appos"} and e.root.head.dep_ in SUBJ_DEPS)
                out.append((e.start, e.end, subj, idx.sent_of[e.start][0]))
        return out

    def _org_candidates(self, i, low, window=4):
        """(start, end, is_subject, sentence) of organisation (it) or group/organisation (they) mentions before i."""
        idx = self.idx
        si = idx.sent_of.get(i, (0, 0, 0))[0]
        out = self._org_entities(i, low, window)
        have = {o[0] for o in out}
        for nc in self._noun_chunks():
            if nc.start >= i:
                break
            if idx.in_content(nc.start) or si - idx.sent_of[nc.start][0] > 3 or nc.root.pos_ == "PRON" or \
                    self.credited_only(nc.root.i):
                continue
            if any(nc.start <= h < nc.end for h in have) or nc.root.i in idx.tok_person:
                continue
            if low in PRON_PL:
                if nc.root.tag_ in {"NNS", "NNPS"} and nc.root.dep_ in SUBJ_DEPS and self._can_speak(nc.root):
                    out.append((nc.start, nc.end, True, idx.sent_of[nc.start][0]))
            elif nc.root.lower_ in ORG_HEADS and nc.root.lower_ not in DOC_HEADS and nc.root.tag_ == "NN":
                out.append((nc.start, nc.end, nc.root.dep_ in SUBJ_DEPS, idx.sent_of[nc.start][0]))
            elif nc.root.pos_ == "PROPN" and fold(strip_det(nc.text)) in self._org_names():
                # "by TransLink" where the NER missed the name it tags ORG elsewhere in the article
                out.append((nc.start, nc.end, nc.root.dep_ in SUBJ_DEPS, idx.sent_of[nc.start][0]))
        out.sort()
        return out

    def _can_speak(self, root) -> bool:
        """A plural subject a "they" may mean: a name (a proper noun, or a token the NER tags as a person, body,
        group or country: "the Allies", "Republicans") or a noun that names people, bodies, groups or documents by
        form or lemma (`agent_word`, fragments.py: "officials", "parties", "women", "residents"). A plural that
        names no one is no antecedent ("Any attempts to redraw borders ... are a violation ..., they further
        undermine ...", "Laws have been enacted that ..."): the pronoun takes the next candidate, else stays
        UNKNOWN (round 29)."""
        return named_or_agent(root, self.ref)

    def _org_names(self) -> set[str]:
        """Names the NER tags ORG somewhere in this article (and never PERSON), folded."""
        if getattr(self, "_orgs", None) is None:
            orgs = {fold(strip_det(e.text)) for e in self.doc.ents if e.label_ == "ORG"}
            people = {fold(e.text) for e in self.doc.ents if e.label_ == "PERSON"}
            self._orgs = {o for o in orgs - people if not self.ref.place(o)}
        return self._orgs

    def resolve_relative(self, s):
        """who/which/that at token s: the noun the relative clause hangs on (else the word before the pronoun), as
        `relative_speaker` reads it (a verb before the pronoun, or a noun that names no one under a "which"/"that":
        UNKNOWN)."""
        doc = self.doc
        t = doc[s]
        v = t.head
        noun = v.head if v.dep_ == "relcl" else None
        if noun is None or noun.i == t.i:
            # fall back: the nearest noun phrase before the relative pronoun
            j = s - 1
            while j >= 0 and doc[j].pos_ in {"PUNCT"}:
                j -= 1
            noun = doc[j] if j >= 0 else None
        if noun is None:
            return speaker_record("UNKNOWN", "unknown", reason="a relative pronoun with no noun to hang on")
        noun = self.relative_speaker(noun, t.lower_)
        if noun is None:
            return speaker_record("UNKNOWN", "unknown", reason=RELATIVE_NO_ONE)
        p, _ = self._person_in(noun.i, noun.i + 1)
        if p is not None:
            return self._person_record(p)
        st, en = noun.left_edge.i, noun.i + 1
        return self.resolve_mention(st, en, doc[st:en].text, recurse=False)

    def relative_antecedent(self, s: int, e: int, pronoun: str):
        """(start, end) of the mention a row whose speaker is the relative pronoun `pronoun` should resolve, given
        the span (s, e) the finder took for its antecedent: that span where `relative_speaker` keeps its head, the
        phrase of the token it gives instead ("Donald Trump, the leading contender for the Republican nomination,
        who ..." -> Donald Trump), None where it gives no one."""
        root = self.doc[s:e].root
        g = self.relative_speaker(root, pronoun)
        if g is None or g.i == root.i:
            return None if g is None else (s, e)
        return g.left_edge.i, g.i + 1

    def relative_speaker(self, noun, pronoun: str):
        """The token that speaks for a relative pronoun (who/which/that) whose clause hangs on `noun`, or None (no
        one): a word that is no noun, pronoun or number names no one ("Laws have been enacted that threaten ...",
        "Ramzan Kadyrov also spoke, who stated ..."); a noun that can speak (`_can_speak`: a name, an agent noun)
        speaks; a common noun that names no one gives way to the agent whose phrase holds it (`_relative_agent`: "the
        leading contender for the Republican nomination, who ...", its appositive's name first), else a
        "which"/"that" names no one and a "who" keeps it (the pronoun says a person: "a campaign surrogate, who
        said": many person nouns pass no agent test; round 30)."""
        if noun.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}:  # ("including 18% who say": a share of people)
            return None
        if noun.pos_ != "NOUN" or self._can_speak(noun):
            return noun
        g = self._relative_agent(noun)
        if g is None:
            return noun if pronoun in L.PERSON_RELATIVE else None
        if g.dep_ == "appos" and g.head.pos_ == "PROPN":
            return g.head
        return g

    def _relative_agent(self, noun):
        """The one who speaks in a relative clause the parse hangs on a common noun that names no one (`_can_speak`
        fails: no name, no agent noun): the nearest agent noun up the chain of prepositional phrases (any
        preposition: "of", "for", "in", ...) that ends in that noun ("the leading contender for the Republican
        nomination, who has opposed ..." -> contender, whose appositive name speaks; "a survivor of the siege, who",
        "a specialist in demining, who"), else None (round 30, corpus audit class 1)."""
        g = noun
        while g.dep_ == "pobj" and g.head.dep_ == "prep" and g.head.head.pos_ in {"NOUN", "PROPN"}:
            g = g.head.head
            if self._can_speak(g):
                return g
        return None


def _introduced_as_source(root) -> bool:
    """The noun is the object of a verb or phrase that names a reporter's source (`source_verbs`: "citing two
    sources", "interviewed crew members", "according to insiders")."""
    gov = root.head
    if root.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    elif root.dep_ != "dobj":
        return False
    return gov.lemma_.lower() in SOURCE_VERBS or gov.lower_ in SOURCE_VERBS


def _other_gender_noun(name: str, gender: str) -> bool:
    """An unnamed person described by a noun of the other gender ("Lois Drueke's son" for a "she"; `nouns_m`,
    `nouns_f` of speaker_words.csv)."""
    last = name.split()[-1].lower() if name.split() else ""
    return noun_of_other_gender(last, gender)
