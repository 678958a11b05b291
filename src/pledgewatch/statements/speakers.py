"""Speaker resolution: the mention at the cue -> canonical name, type, role, country, official or not.

CONTRACT (called by statements.extract):
    resolve_speakers(doc, rows: list[dict], article: dict) -> None
        Each row carries `speaker_span` = (start_token, end_token) of the mention at the cue in doc, or None, and
        `cue_i` (token index of the cue, or None), `char_start`/`char_end` of the content and maybe `speaker_text`.
        Fills, in place: speaker_text (if empty), speaker_name, speaker_type, speaker_role, speaker_country,
        speaker_is_official, and speaker_id (one identity per person across a corpus, see USE_OFFICIAL_NAMES).
        A row with `speaker_of` (index of the statement a cue-less continued quotation continues) gets that
        statement's speaker.

How: one index of the article's person mentions is built per doc (`ArticleIndex`): PERSON entities (and proper
names at cues that the small model mislabels) grouped into people by surname / officials.csv alias, each with its
fullest mention, gender evidence (Mr/Ms, he/she next to it), and the role and country the text gives it (titles
before the name, appositives either side). Rows are then resolved in text order:
  - names -> the person's canonical name (fullest, earliest mention in the article; variant spellings of one
    surname in an article are one person) and `speaker_id`, the officials.csv name (aliases and transliterations:
    "Zelenskiy", "Zelenskyy" -> "Volodymyr Zelensky"), so one person is one id across a corpus;
  - he/she -> the previous statement's speaker unless another person became the subject since, else the subject of
    the nearest preceding sentence with a compatible person; it/they -> the previous organisation/group speaker;
    who -> the noun the relative clause hangs on; no mention (a continuing quote) -> the previous speaker;
  - descriptions ("the minister", "the French president", "Mr Macron", "the Ukrainian leader") -> the person in
    the article with that role and nationality, else (with a country) the officials.csv holder at the article date;
  - organisations, capitals and countries ("the Pentagon", "Moscow" -> Russia, "US" -> United States) and groups
    ("Western officials") as written, with country and official status from countries.csv / roles.csv.
"""

from __future__ import annotations

import re

from . import cues as _cues
from .names import HONORIFIC_GENDER, clean_name, fold, reference, strip_possessive

# speaker_name follows the annotation guide: the person's fullest name *as the article gives it* ("Volodymyr
# Zelenskiy" in a Guardian article). One identity across the corpus is `speaker_id` (set on each row): the
# officials.csv `name` for a known official ("Volodymyr Zelensky" for Zelenskiy/Zelenskyy/Zelenskij), else
# speaker_name. True puts the officials.csv name into speaker_name itself; on ukraine_dev that costs ~5 points of
# score.py speaker accuracy, because the gold keeps each article's spelling.
USE_OFFICIAL_NAMES = False

PRON_M = {"he", "him", "his", "himself"}
PRON_F = {"she", "her", "hers", "herself"}
PRON_PL = {"they", "them", "their"}
PRON_IT = {"it", "its"}
PRON_REL = {"who", "which", "that", "whom"}
PRON_1 = {"i", "we", "me", "us"}
DETS = {"the", "a", "an", "this", "that", "these", "those", "one", "some", "another", "its", "their", "his", "her"}
GROUP_HEADS = {
    "officials", "analysts", "experts", "sources", "diplomats", "residents", "voters", "people", "critics",
    "observers", "lawmakers", "senators", "leaders", "ministers", "media", "outlets", "reports", "authorities",
    "governments", "allies", "partners", "countries", "nations", "members", "activists", "witnesses", "soldiers",
    "troops", "citizens", "locals", "parents", "students", "workers", "groups", "organisers", "organizers",
    "advocates", "supporters", "opponents", "economists", "researchers", "scientists", "commanders", "generals",
    "representatives", "spokespeople", "commentators", "journalists", "reporters", "americans", "ukrainians",
    "russians", "europeans", "democrats", "republicans", "others", "many", "some", "both", "police", "staff",
    "families", "volunteers", "doctors", "officers", "politicians", "mps", "donors", "participants",
    "statements", "documents", "polls", "surveys", "studies", "figures", "data", "estimates", "intelligence",
}
OFFICIAL_GROUPS = {"officials", "diplomats", "lawmakers", "senators", "leaders", "ministers", "authorities",
                   "governments", "allies", "commanders", "generals", "representatives", "spokespeople",
                   "politicians", "mps", "officers"}
ORG_HEADS = {
    "ministry", "government", "department", "office", "army", "military", "forces", "force", "command", "agency",
    "administration", "council", "commission", "parliament", "embassy", "presidency", "cabinet", "service",
    "services", "staff", "headquarters", "navy", "guard", "police", "court", "committee", "bureau", "institute",
    "foundation", "center", "centre", "organisation", "organization", "group", "company", "firm", "bank", "fund",
    "union", "party", "alliance", "coalition", "association", "network", "newspaper", "paper", "daily", "journal",
    "outlet", "broadcaster", "channel", "magazine", "publication", "website", "site", "tabloid", "weekly",
    "report", "statement", "communique", "investigation", "study", "survey", "poll", "analysis",
    "assessment", "update", "briefing", "intelligence", "kremlin", "pentagon", "regime", "authority", "authorities",
    "times", "post", "news", "press", "guardian", "telegraph", "herald", "tribune", "observer", "mail",
    "independent", "reuters", "bloomberg", "politico", "tass", "interfax", "ria", "ukrinform", "cnn", "bbc", "abc",
    "cbs", "nbc", "msnbc", "fox", "sky", "afp", "ap", "dpa", "rferl", "isw", "mod", "nato", "un", "eu", "osce",
    "city", "town", "province", "municipality", "county", "district", "club", "league", "business", "retailer",
    "carrier", "airline", "startup", "manufacturer", "maker", "giant", "insurer", "utility", "provider", "operator",
    "brand", "chain", "team", "school", "university", "college", "hospital", "board", "society", "federation",
}
GOV_HEADS = {"ministry", "government", "department", "office", "army", "military", "forces", "force", "command",
             "administration", "council", "commission", "parliament", "embassy", "presidency", "cabinet", "navy",
             "guard", "headquarters", "regime", "authority", "authorities", "kremlin", "pentagon", "staff",
             "intelligence", "services", "service", "police", "court", "committee", "bureau"}
MEDIA_HEADS = {"newspaper", "paper", "daily", "journal", "outlet", "broadcaster", "channel", "magazine",
               "publication", "website", "site", "tabloid", "weekly", "agency", "network"}
SUBJ_DEPS = {"nsubj", "nsubjpass"}
GENERIC_PERSON = {"official", "source", "person", "spokesperson", "spokesman", "spokeswoman", "expert", "analyst",
                  "diplomat", "aide", "man", "woman", "insider", "representative"}
PLACE_HEADS = {"city", "town", "province", "municipality", "county", "state", "region", "village"}
NAME_PARTICLES = {"von", "van", "de", "der", "den", "di", "da", "du", "al", "el", "bin", "ben", "le", "la", "dos"}
PRESIDENTIAL = {"United States", "Ukraine", "Russia", "France", "Belarus", "Turkey", "China", "Brazil", "Iran",
                "South Korea", "Moldova", "Georgia"}
# words that make a capitalised "PERSON" a place, venue or thing
NOT_NAME_WORDS = {
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "lane", "square", "park", "station",
    "bay", "hall", "project", "press", "cafe", "restaurant", "bar", "pub", "hotel", "centre", "center", "church",
    "school", "bridge", "river", "lake", "mountain", "island", "beach", "airport", "port", "stadium", "arena",
    "tower", "building", "plaza", "mall", "market", "county", "city", "province", "region", "oblast", "valley",
    "news", "times", "post", "daily", "radio", "tv", "television", "magazine", "journal", "herald", "tribune",
    "inc", "ltd", "llc", "corp", "co", "group", "fund", "foundation", "institute", "university", "college",
    "ministry", "department", "council", "committee", "commission", "agency", "office", "army", "forces",
    "program", "programme", "act", "bill", "day", "week", "war", "cup", "league", "award", "prize", "museum",
}
DOC_HEADS = {"remarks", "comments", "words", "speech", "book", "article", "column", "essay", "op-ed", "blog",
             "testimony", "account", "answer", "response", "reply", "tweets", "posts", "report", "statement", "study", "investigation", "analysis", "assessment", "memo", "paper", "document",
             "findings", "post", "interview", "update", "survey", "poll", "release", "letter", "filing", "review",
             "note", "communique", "communiqué", "briefing", "bulletin", "tweet", "message", "research", "data"}
INDEF = {"a", "an", "one", "another", "some", "any"}
# a line that is a photo caption: it ends with a bracketed photo credit ("( THE CANADIAN PRESS FILE PHOTO )",
# "(Haweya Fadal/CBC)", "(Photograph: Getty Images)"; a bare "(Reuters)" is a dateline credit, not a caption), or it
# starts "Photo:"
_CAPTION_LINE = re.compile(
    r"(?m)^[^\n]*\([^()\n]*(?:\bPHOTO\b|\b[Pp]hoto(?:graph)?\b|\bFILE\b|Getty Images|Shutterstock|[A-Z][\w.]*\s?/\s?[A-Z])"
    r"[^()\n]*\)\s*$|^\s*(?:Photo(?:graph)?|PHOTO)\s*:[^\n]*$")
# document words whose author speaks ("the report said" -> who issued the report), matched by lemma
DOC_WORKS = {"report", "statement", "study", "analysis", "assessment", "memo", "paper", "document", "finding",
             "survey", "release", "letter", "filing", "review", "communique", "communiqué", "bulletin", "update",
             "briefing", "post", "investigation"}
# "X said in a statement": X speaks in the document
SPEAK_IN_VERBS = {"say", "state", "write", "tell", "note", "add", "announce", "declare", "explain", "argue", "claim",
                  "warn", "insist", "stress", "confirm", "deny", "report", "post", "tweet", "comment", "respond",
                  "reply", "acknowledge", "admit", "suggest", "express", "emphasize", "emphasise", "reiterate"}
# where a document is published: "on X's website", "on its Telegram channel"
OUTLET_PLACES = {"website", "site", "page", "channel", "account", "feed", "blog", "homepage", "portal"}
GENERIC_ORG = {"company", "firm", "agency", "group", "team", "union", "organisation", "organization", "network",
               "club", "league", "association", "business", "retailer", "carrier", "airline", "bank", "startup",
               "manufacturer", "maker", "giant", "insurer", "utility", "provider", "operator", "brand", "chain"}
DESC_HEADS = {"leader", "official", "source", "expert", "analyst", "spokesperson", "spokesman", "spokeswoman",
              "person", "man", "woman", "resident", "mother", "father", "son", "daughter", "wife", "husband",
              "founder", "owner", "professor", "chief", "head", "lawyer", "doctor", "veteran", "player", "coach"}


def _title_set():
    from .names import TITLE_WORDS

    return TITLE_WORDS


_TITLE_SET = _title_set()
PRON_ALL = PRON_M | PRON_F | PRON_PL | PRON_IT | PRON_REL | PRON_1


def _norm_space(s):
    return re.sub(r"\s+", " ", s or "").strip()


def _strip_det(s: str) -> str:
    s = _norm_space(s).strip(" ,;:\"“”'")
    w = s.split(" ")
    while len(w) > 1 and w[0].lower() in {"the", "a", "an"}:
        w = w[1:]
    return " ".join(w)


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
        from .gender import FEMALE, MALE

        sc = 2 * bool(self.official) + 2 * self.honorific + 2 * self.at_cue + bool(self.roles) + min(2, self.evidence)
        if self.roles and reference().role_official(" ; ".join(self.roles)):
            sc += 1  # a title of office ("Hereditary Chief Na'moks")
        ws = fold(self.canonical).split()
        if len(ws) > 1:
            sc += 1 + 2 * (ws[0] in FEMALE or ws[0] in MALE)
        sc += (self.gender_votes["m"] + self.gender_votes["f"]) > 1
        return sc < 2

    @property
    def gender(self):
        m, f = self.gender_votes["m"], self.gender_votes["f"]
        return "m" if m > f else "f" if f > m else ""


class ArticleIndex:
    """Person mentions of one article, grouped into people, built once per doc."""

    def __init__(self, doc, article, content_spans=()):
        self.doc = doc
        self.text = doc.text  # (doc.text rebuilds the string from every token on each access)
        self.ref = reference()
        self.date = article.get("published") if isinstance(article, dict) else None
        self.people: list[Person] = []
        self.by_key: dict[str, list[Person]] = {}
        self.mentions = []           # (start, end, person, is_subject, sent_start)
        self.tok_person = {}         # token index -> person (for every token of a person mention)
        self.content = sorted(content_spans)
        self.sent_of = {}
        for si, s in enumerate(doc.sents):
            v = (si, s.start, s.end)
            for i in range(s.start, s.end):
                self.sent_of[i] = v
        # photo captions left in the text ("Benjamin Layne, a retired porter, looks at ... ( THE CANADIAN PRESS
        # FILE PHOTO )"): page furniture, so nobody named only there is a "he"/"she" of the story
        self.captions = [(m.start(), m.end()) for m in _CAPTION_LINE.finditer(self.text)]
        self.label_votes = {}
        # capitalised words the article puts right after a title ("Hereditary Chief Na'moks", "Mr Heappey")
        self.titled = set()
        from spacy.symbols import PROPN

        # every Token object made once (doc[i] and iterating the doc or a span make a new one each time); the proper
        # nouns' positions from the doc's POS array
        toks = self.toks = list(doc)
        self.propn_at = (doc.to_array("POS") == PROPN).nonzero()[0].tolist()
        for prev, t in zip(toks[:-1], toks[1:], strict=True):
            if t.text[:1].isupper() and (prev.lower_.strip(".") in HONORIFIC_GENDER or (
                    prev.text[:1].isupper() and fold(prev.text).strip(".") in _TITLE_SET)):
                self.titled.add(fold(t.text))
        for e in doc.ents:
            v = self.label_votes.setdefault(fold(e.text), [0, 0])
            v[0 if e.label_ == "PERSON" else 1] += 1
        ents = [e for e in doc.ents if e.label_ == "PERSON"]
        cue_forms = _cues.load()[1]
        for e in ents:
            st, end = e.start, e.end
            # a title-case headline's cue verb tagged as part of the name: "Obama Says African-American Museum ..."
            while end - st > 1 and doc[end - 1].is_title and doc[end - 1].lower_ in cue_forms and \
                    doc[end - 1].lower_.endswith("s") and doc[end - 1].lower_ != cue_forms[doc[end - 1].lower_]:
                end -= 1
            # the small model often tags only the surname: "Mamadou [Dia]"
            while st > 0 and doc[st - 1].pos_ == "PROPN" and doc[st - 1].is_title and doc[st - 1].is_alpha \
                    and doc[st - 1].dep_ == "compound" and e.start <= doc[st - 1].head.i < e.end \
                    and not doc[st - 1].ent_type_ and fold(doc[st - 1].text) not in _TITLE_SET \
                    and not self.ref.place(doc[st - 1].text) and e.start - st < 2:
                st -= 1
            # ... or splits an official's name: "[Ursula von der]PERSON [Leyen]GPE" (one more word at most; the
            # officials table is asked only when a proper noun follows)
            if end < len(doc) and end - st < 5 and doc[end].pos_ == "PROPN" and \
                    self.ref.official(doc[st:end + 1].text, self.date) is not None and \
                    self.ref.official(doc[st:end].text, self.date) is None:
                end += 1
            self.add_mention(st, end)
        self._add_known_surnames()
        self._gender_from_pronouns()

    def _add_known_surnames(self):
        """Proper-noun runs the small model tagged ORG/GPE or nothing ("Defense Lloyd Austin", "Kuleba") whose last
        word is the surname of a person already found in the article, or of an official (when not tagged a place)."""
        doc, toks = self.doc, self.toks
        n, nxt = len(toks), 0
        for i in self.propn_at:
            if i < nxt or i in self.tok_person:
                continue
            j = i
            while j < n and (toks[j].pos_ == "PROPN" or toks[j].text in {"-"}) and j not in self.tok_person:
                j += 1
            run = doc[i:j]
            name, lead = clean_name(run.text)
            ws = fold(name).split()
            if ws and name[:1].isupper():
                known = ws[-1] in self.by_key
                labels = {t.ent_type_ for t in run} - {""}
                # (the small model often tags a surname GPE or ORG: "Scholz"; the gazetteer, not the tag, says what is a
                # place)
                off = None if known or labels & {"LOC", "FAC", "NORP"} else self.ref.official(name, self.date)
                if (known or off is not None) and not self.ref.place(name) and len(ws) <= 4:
                    k = i
                    if off is not None:  # the lower-case particles of the official's name: "von der [Leyen]"
                        full = fold(off.name).split()
                        while k > 0 and j - k < len(full) and not toks[k - 1].is_title and \
                                fold(toks[k - 1].text) == full[-(j - k) - 1] and k - 1 not in self.tok_person:
                            k -= 1
                    self.add_mention(k, j)
                elif not labels - {"PERSON"} and 2 <= j - i <= 3 and run.root.dep_ in SUBJ_DEPS and all(
                        t.is_title and t.is_alpha and t.lower_ not in ORG_HEADS and t.lower_ not in GOV_HEADS
                        and fold(t.text) not in NOT_NAME_WORDS and not self.ref.place(t.text) for t in run):
                    # a "Firstname Lastname" subject the NER missed ("Mamadou Dia was on a business trip")
                    self.add_mention(i, j)
            nxt = max(j, i + 1)

    # ------------------------------------------------------------------ building
    def in_content(self, i: int) -> bool:
        c = self.doc[i].idx
        return any(s <= c < e for s, e in self.content)

    def _person_for(self, name: str, tok_i: int) -> Person | None:
        """Find or make the person a (title-stripped) name belongs to."""
        off = self.ref.official(name, self.date)
        ws = fold(name).split()
        if not ws:
            return None
        key = fold(off.name).split()[-1] if off else ws[-1]
        given = ws[0] if len(ws) > 1 else ""
        cands = self.by_key.get(key, [])
        if not cands and not given:
            # a first name alone ("Alfonso") for the one person of that first name ("Alfonso Espinos")
            firsts = [q for q in self.people if q.given == key and len(q.canonical.split()) > 1]
            if len({id(q) for q in firsts}) == 1:
                return firsts[0]
        if not cands and len(key) >= 5:
            # variant spellings within one article ("Zelanski", "Zielnski", "Zelnski")
            import difflib

            for k2, ps in self.by_key.items():
                # against the key and against each surname as the article wrote it ("Złenski" of an official
                # keyed "zelensky")
                forms = {k2} | {fold(n).split()[-1] for q in ps for n, _ in q.names if n.split()}
                if any(f[:1] == key[:1] and len(f) >= 5 and difflib.SequenceMatcher(None, f, key).ratio() >= 0.8
                       for f in forms):
                    if not given or any(not q.given or q.given[:1] == given[:1] for q in ps):
                        cands = ps
                        break
        if given:
            same = [p for p in cands if p.given and (p.given == given or p.given[:1] == given[:1])]
            nogiven = [p for p in cands if not p.given]
            if same:
                return same[-1]
            if nogiven:
                p = nogiven[-1]
                p.given = given
                return p
            if cands and off and cands[-1].official is off:
                return cands[-1]
        elif cands:
            # a bare surname: the most recently mentioned person of that name
            return max(cands, key=lambda p: max((i for _, i in p.names), default=-1) if any(i <= tok_i for _, i in p.names) else -1)
        p = Person(key)
        p.given = given
        p.official = off
        self.people.append(p)
        self.by_key.setdefault(key, []).append(p)
        return p

    def add_mention(self, start: int, end: int, label_ok: bool = True) -> Person | None:
        doc = self.doc
        while start < end - 1 and doc[start].pos_ in {"ADV", "CCONJ", "SCONJ", "DET", "ADP", "PRON", "VERB", "AUX",
                                                        "PART", "INTJ", "PUNCT"} \
                and doc[start].lower_ not in NAME_PARTICLES:
            start += 1  # "Further Lukashenko", "And Biden"
        span = doc[start:end]
        text = span.text
        # split off leading title words the NER swallowed ("President Zelensky", "Defence Minister Boris Pistorius")
        name, lead = clean_name(text)
        if not name or not (name[:1].isupper() or (name.split()[0].lower() in NAME_PARTICLES and len(name.split()) > 1
                                                    and name.split()[-1][:1].isupper())) \
                or fold(name) in {"the", "a", "an", "this", "that"} or fold(name) in PRON_ALL:
            return None
        if any(len(w) > 2 and w.isupper() and w.isalpha() for w in name.split()) and not self.ref.official(name):
            return None  # "Burnaby RCMP", photo credits in capitals
        if "/" in name or "+" in name or "&" in name or any(fold(w) in NOT_NAME_WORDS for w in name.split()):
            return None  # "Sherbrook Street Stella", "Dixon Hall", "Doug Ives/Canadian Press"
        if self._in_credit(start, end):
            return None  # "( Peter Lee / Waterloo Region Record )"
        if len(name.split()) == 1 and not self.ref.official(name, self.date):
            v = self.label_votes.get(fold(name))
            if v and v[1] > v[0] and fold(name) not in self.by_key and fold(name) not in self.titled:
                return None  # the NER calls "Facebook" an organisation more often than a person
        if len(name) < 2 or fold(name) in {"he", "she", "it", "they"}:
            return None
        if self.ref.place(name) and not self.ref.official(name, self.date):
            return None
        i0 = start
        while i0 < end and doc[i0].text in lead:
            i0 += 1
        p = self._person_for(name, start)
        if p is None:
            return None
        if not any(i == start for _, i in p.names):
            p.names.append((name, start))
        p.first_i = min(p.first_i, start)
        if not p.canonical or len(name.split()) > len(p.canonical.split()) or (
                len(name.split()) == len(p.canonical.split()) and start < p.canon_i):
            p.canonical = name
            p.canon_i = start
        if p.official is None:
            p.official = self.ref.official(name, self.date)
        for w in lead:
            g = HONORIFIC_GENDER.get(w.lower().strip("."))
            if g:
                p.gender_votes[g] += 3
            if w.lower().strip(".") in HONORIFIC_GENDER or w.lower().strip(".") in {"dr", "prof", "gen", "sen"}:
                p.honorific = True
        prev = doc[start - 1].lower_.strip(".") if start > 0 else ""
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and len(doc[end + 1].text) <= 3:
            p.evidence += 2  # "Babatunji Farinloye, 50,"
        if start > 0 and doc[start - 1].pos_ == "NOUN" and doc[start - 1].is_lower:
            p.evidence += 1  # "accountant Babatunji Farinloye"
        if prev in HONORIFIC_GENDER:
            p.gender_votes[HONORIFIC_GENDER[prev]] += 3
            p.honorific = True
        role = self._role_of(start, end, i0, lead)
        if role:
            r, c = self._split_country(role)
            p.roles.append(r)
            if not p.role:
                p.role = r
            p.country = p.country or c
        root = span.root
        is_subj = root.dep_ in SUBJ_DEPS or (root.dep_ in {"appos", "compound"} and root.head.dep_ in SUBJ_DEPS)
        sent = self.sent_of.get(start, (0, 0, 0))
        self.mentions.append((start, end, p, is_subj, sent[0]))
        for i in range(start, end):
            self.tok_person[i] = p
        return p

    def _in_credit(self, start, end) -> bool:
        """Inside a photo credit: a bracketed stretch of the same line with a slash."""
        text = self.text
        a, b = self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text)
        lo = text.rfind("(", max(0, a - 80), a)
        hi = text.find(")", b, b + 80)
        if lo < 0 or hi < 0 or "\n" in text[lo:hi]:
            return False
        return "/" in text[lo:hi] or text[lo + 1:hi].strip().isupper()

    def _role_of(self, start, end, i0, lead) -> str:
        """Role words the text gives a person at this mention: titles before the name, appositives either side."""
        doc = self.doc
        ref = self.ref
        # titles before the name, in the same noun phrase
        j = start - 1
        sent_start = self.sent_of.get(start, (0, 0, 0))[1]
        while j >= sent_start and start - j <= 10:
            t = doc[j]
            if j in self.tok_person and self.tok_person[j] is not None:
                break
            if t.pos_ in {"PROPN", "NOUN", "ADJ", "NUM"} or t.lower_ in {"of", "for", "to", "'s", "’s", "and", "-",
                                                                        "the"} or (t.pos_ == "PUNCT" and t.text in {"-"}):
                if t.lower_ == "the" and not (j + 1 < start and doc[j + 1].lower_ in {"national", "armed"}) and \
                        not (j > 0 and doc[j - 1].lower_ == "of"):
                    break
                if t.lower_ == "and" and j > 0 and doc[j - 1].pos_ == "PROPN" and not ref.role_matches(doc[j - 1].text):
                    break  # "Chinese leader Xi Jinping and [Alexander Lukashenko]": the title is Xi's
                j -= 1
                continue
            break
        toks = [t for t in doc[j + 1:start]]
        while toks and toks[0].lower_ in {"of", "for", "to", "and", "the", "'s", "’s", "-"}:
            toks = toks[1:]
        left = doc[toks[0].i:i0].text if toks else doc[start:i0].text
        left = _norm_space(left)
        if left and ref.role_matches(left):
            return left
        # appositive after the name: "Dmytro Kuleba, Ukraine's foreign minister,"
        root = doc[start:end].root
        for ch in root.children:
            if ch.dep_ == "appos" and ch.i >= end:
                sub = doc[ch.left_edge.i:ch.right_edge.i + 1]
                if ref.role_matches(sub.text) and len(sub) <= 14:
                    return _strip_det(sub.text)
        # the name is an appositive of a role noun: "Ukraine's foreign minister, Dmytro Kuleba"
        if root.dep_ == "appos" and root.head.i < start:
            h = root.head
            toks = [t for t in doc[h.left_edge.i:h.i + 1] if not (root.left_edge.i <= t.i <= root.right_edge.i)]
            txt = _strip_det(" ".join(t.text for t in toks).replace(" ’s", "’s").replace(" 's", "'s"))
            if ref.role_matches(txt) and len(toks) <= 14:
                return txt
        if lead:
            txt = " ".join(lead)
            if ref.role_matches(txt):
                return txt
        return ""

    def _split_country(self, role: str) -> tuple[str, str]:
        """'German Defence Minister' -> ('Defence Minister', 'Germany'); keeps roles without a leading country."""
        role = _strip_det(role)
        w = [x for x in role.split(" ") if fold(x).strip(".") not in HONORIFIC_GENDER and fold(x).strip(".") not in
             {"dr", "mr", "mrs", "ms"}]
        role = " ".join(w).strip(" ,")
        role = re.sub(r"\s+(of|for|to|at|known as)$", "", role)
        country = self.ref.find_country(role)
        w = role.split(" ")
        if w and len(w) > 1:
            first = strip_possessive(w[0])
            for n in (3, 2, 1):
                cand = strip_possessive(" ".join(w[:n]))
                row = self.ref.place(cand)
                if row and row.get("country") and len(w) > n:
                    return " ".join(w[n:]), row["country"]
            if first in {"Western", "western"}:
                return " ".join(w[1:]), country
        return role, country

    def _gender_from_pronouns(self):
        """Gender evidence: a he/she/his/her whose nearest preceding subject person (same sentence, else the previous
        sentence's only subject person) is X votes for X; first names and officials.csv add weaker/stronger votes."""
        from .gender import FEMALE, MALE

        doc = self.doc
        subj_by_sent = {}
        for m in self.mentions:
            if m[3]:
                subj_by_sent.setdefault(m[4], []).append(m)
        strings = doc.vocab.strings
        he_she = {strings[w] for w in PRON_M | PRON_F}  # (hashes of the lower-case forms)
        for i, low in enumerate(doc.to_array("LOWER").tolist()):
            if low in he_she and i not in self.tok_person:
                t, si = self.toks[i], self.sent_of[i][0]
                g = "m" if t.lower_ in PRON_M else "f"
                same = [m for m in subj_by_sent.get(si, []) if m[1] <= t.i]
                if same:
                    same[-1][2].gender_votes[g] += 2
                    continue
                allp = [m for m in self.mentions if m[4] == si and m[1] <= t.i]
                if len({m[2] for m in allp}) == 1:
                    allp[0][2].gender_votes[g] += 1
                    continue
                if not allp:
                    prev = subj_by_sent.get(si - 1, [])
                    if len({m[2] for m in prev}) == 1:
                        prev[0][2].gender_votes[g] += 1
        for p in self.people:
            if p.official and p.official.gender in ("m", "f"):
                p.gender_votes[p.official.gender] += 5
            given = fold(p.canonical).split()[0] if len(p.canonical.split()) > 1 else p.given
            if not given and len(p.canonical.split()) == 1 and p.canonical[:1].isupper() and \
                    self.ref.official(p.canonical, self.date) is None:
                given = fold(p.canonical)  # a first name alone: "— Ashley, Mississauga" (an advice-column letter)
            if given in FEMALE and given not in MALE:
                p.gender_votes["f"] += 2
            elif given in MALE and given not in FEMALE:
                p.gender_votes["m"] += 2

    # ------------------------------------------------------------------ queries
    def name_of(self, p: Person) -> str:
        if USE_OFFICIAL_NAMES and p.official is not None:
            return p.official.name
        return p.canonical

    def role_country(self, p: Person):
        role, country = p.role, p.country
        off = p.official
        valid = off is not None and off.valid(_date(self.date))
        if off is not None and valid:
            # the holder at the article's date (officials.csv may list several terms)
            cur = self.ref.official(off.name, self.date) or off
            role = role or cur.role
            country = country or cur.country
        elif off is not None:
            country = country or off.country
        return role, country

    def is_official(self, p: Person, role: str) -> bool:
        r = self.ref.role_official(role) if role else None
        if r is not None:
            return r
        off = p.official
        return bool(off is not None and off.official and off.valid(_date(self.date)))

    def in_caption(self, i: int) -> bool:
        a = self.doc[i].idx
        return any(lo <= a < hi for lo, hi in self.captions)

    def persons_before(self, i: int, window_sents: int = 8):
        si = self.sent_of.get(i, (0, 0, 0))[0]
        return [m for m in self.mentions if m[0] < i and si - m[4] <= window_sents and not self.in_content(m[0])
                and not (self.captions and self.in_caption(m[0]))]


def _date(d):
    from .names import _as_date

    return _as_date(d)


# ---------------------------------------------------------------------------------------------------------------
def _speaker_record(name, typ, role="", country="", official=False, person=None):
    return {"speaker_name": name or "UNKNOWN", "speaker_type": typ, "speaker_role": role or "",
            "speaker_country": country or "", "speaker_is_official": bool(official), "_person": person}


class Resolver:
    def __init__(self, doc, rows, article):
        self.doc = doc
        self.article = article
        spans = []
        for r in rows:
            cs, ce = r.get("char_start"), r.get("char_end")
            if cs is not None and ce is not None:
                spans.append((int(cs), int(ce)))
        self.idx = ArticleIndex(doc, article, spans)
        self.ref = self.idx.ref
        # proper names at cues that the NER did not tag as PERSON
        n_people = len(self.idx.people)
        for r in rows:
            sp = r.get("speaker_span")
            if sp:
                run = self._trailing_name(int(sp[0]), int(sp[1]))
                if run:
                    self.idx.add_mention(*run)
                for i in range(int(sp[0]), int(sp[1])):
                    q = self.idx.tok_person.get(i)
                    if q is not None and (len(q.canonical.split()) > 1 or doc[i].ent_type_ == "PERSON"):
                        q.at_cue = True
        if len(self.idx.people) > n_people:
            # people first found at a cue ("Guenther Schuh, e.GO's founder, said"): their surname alone elsewhere
            # ("Schuh is aware ...", which the NER calls a nationality) is them too
            self.idx._add_known_surnames()
        self.history = []     # resolved records of the rows so far, in text order
        self.prev = None      # resolved record of the previous row
        self.prev_i = None    # token index of the previous row's mention/cue

    def _noun_chunks(self):
        """doc.noun_chunks, listed once per article (the syntax iterator walks the doc again on every access)."""
        if getattr(self, "_nc", None) is None:
            self._nc = list(self.doc.noun_chunks)
        return self._nc

    # ---------------------------------------------------------- helpers on spans
    def _trailing_name(self, s, e, trusted=False):
        """(start, end) of a person's name ending the mention ("the governor, Oleksandr Starukh", "Secretary of
        the National Security Council ... Oleksy Danilow", "Haidai") that the NER missed, else None."""
        doc, idx, ref = self.doc, self.idx, self.ref
        s, e = max(0, s), min(len(doc), e)
        while e > s and (doc[e - 1].is_punct or doc[e - 1].lower_ in {"'s", "’s", "'"}):
            e -= 1
        if e <= s or any(i in idx.tok_person for i in range(s, e)):
            return None
        j = e
        while j > s and (doc[j - 1].pos_ == "PROPN" or doc[j - 1].text[:1].isupper()) \
                and re.sub(r"['’-]", "", doc[j - 1].text).isalpha() \
                and fold(doc[j - 1].text) not in _TITLE_SET and not ref.place(doc[j - 1].text) \
                and doc[j - 1].lower_ not in ORG_HEADS and doc[j - 1].lower_ not in GOV_HEADS:
            j -= 1
        if j == e or e - j > 4:
            return None
        run = doc[j:e]
        txt = run.text
        if txt.isupper() or any(t.lower_ in ORG_HEADS or t.lower_ in GOV_HEADS or t.lower_ in GROUP_HEADS
                                for t in run):
            return None
        if ref.place(txt) or any(ref.place(t.text) for t in run) or fold(txt) in PRON_ALL:
            return None
        labels = {t.ent_type_ for t in run} - {""}
        if labels & {"GPE", "NORP", "LOC", "FAC", "DATE", "EVENT", "LAW", "PRODUCT", "CARDINAL", "ORDINAL", "TIME"}:
            return None
        before = doc[s:j].text
        context = bool(ref.role_matches(before)) or fold(doc[j - 1].text).strip(".") in HONORIFIC_GENDER if j > 0 \
            else bool(ref.role_matches(before))
        known = fold(txt).split()[-1] in idx.by_key or ref.official(txt, idx.date) is not None or trusted \
            or fold(txt) in idx.titled
        if "ORG" in labels and not (known or context):
            return None
        if j > s and not context and not known and doc[j - 1].pos_ not in {"PUNCT", "DET"}:
            # a name after other words with no title ("Reports from outlets X") is not trusted
            return None
        return j, e

    def _name_after(self, e):
        """End of an appositive name right after a description: "the governor[, Oleksandr Starukh]", "former
        astronaut[ and Navy captain, Sen. Mark Kelly]"; None if the phrase goes on into a verb first."""
        doc, idx = self.doc, self.idx
        k = e
        limit = min(len(doc), e + 12)
        while k < limit:
            t = doc[k]
            if t.pos_ in {"VERB", "AUX"} or t.text in {".", ";", ":", "?", "!", "\n", "\n\n"} or t.is_space:
                return None
            p = idx.tok_person.get(k)
            if p is not None:
                while k < len(doc) and idx.tok_person.get(k) is p:
                    k += 1
                return k
            if t.pos_ == "PROPN" and t.text[:1].isupper():
                j = k
                while j < limit and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
                    j += 1
                nxt = doc[j] if j < len(doc) else None
                if nxt is None or nxt.is_punct or nxt.pos_ in {"VERB", "AUX"}:
                    run = self._trailing_name(k if doc[k - 1].text == "," else e, j, trusted=True)
                    if run and idx.add_mention(*run) is not None:
                        return j
            if t.pos_ not in {"PUNCT", "NOUN", "ADJ", "PROPN", "CCONJ", "DET", "ADP", "NUM", "PART"}:
                return None
            k += 1
        return None

    def _person_in(self, s, e):
        root = self.doc[s:e].root
        p = self.idx.tok_person.get(root.i)
        if p is not None:
            j = root.i
            while j > s and self.idx.tok_person.get(j - 1) is p:
                j -= 1
            return p, j
        last = (None, None)
        for i in range(s, e):
            q = self.idx.tok_person.get(i)
            if q is not None and q is not last[0]:
                last = (q, i)
        if last[0] is not None:
            k = e
            while k > s and (self.doc[k - 1].is_punct or self.doc[k - 1].lower_ in {"'s", "’s"}):
                k -= 1
            if self.idx.tok_person.get(k - 1) is not last[0]:
                return None, None  # a modifier ("Putin's spokesperson", "the Luhansk region governor")
        return last

    def _person_record(self, p: Person, desc_role: str = "", desc_country: str = ""):
        role, country = self.idx.role_country(p)
        if not role and desc_role:
            role = desc_role
        country = country or desc_country or self.ref.role_country(" ; ".join([role] + p.roles))
        return _speaker_record(self.idx.name_of(p), "person", role, country, self.idx.is_official(p, role), p)

    def context_country(self, toks) -> str:
        """Most frequent country among the place/nationality words of the sentences holding these tokens (the
        sentence itself first, then also the one before)."""
        import collections

        doc, idx, ref = self.doc, self.idx, self.ref
        sents = list(doc.sents)
        for widen in (0, 1):
            c = collections.Counter()
            for i in toks:
                si = idx.sent_of.get(i, (None,))[0]
                if si is None:
                    continue
                for sj in range(max(0, si - widen), si + 1):
                    for e in sents[sj].ents:
                        if e.label_ in {"GPE", "NORP"} and e.start not in idx.tok_person:
                            row = ref.place(e.text)
                            if row is not None and row.get("country"):
                                c[row["country"]] += 1
            if c:
                top = c.most_common(2)
                if len(top) == 1 or top[0][1] > top[1][1]:
                    return top[0][0]
        return ""

    def _unnamed_prev(self, head):
        """The previous speaker when it is an unnamed person with this head word ("a justice official" ... "the
        official said"), else None."""
        prev = self.prev
        if prev is not None and prev["speaker_type"] == "person" and prev.get("_person") is None and \
                fold(prev["speaker_name"]).split()[-1:] == [head.lower_]:
            return dict(prev)
        return None

    def _earlier_indefinite(self, head, s):
        """The nearest indefinite noun phrase before token s with the same head word, outside quotes ("a justice
        official", "a person familiar with the talks"), else None."""
        for nc in reversed([nc for nc in self._noun_chunks() if nc.end <= s]):
            if nc.root.lemma_.lower() == head.lemma_.lower() and nc[0].lower_ in INDEF and \
                    not self.idx.in_content(nc.start):
                return nc
        return None

    def _described_before(self, head, s, role, country):
        """(record, phrase) for a description whose source the article introduced unnamed: the previous speaker when
        it is that unnamed person; else the nearest earlier indefinite phrase with the same head ("a justice
        official"), with the record of the person named in apposition to it if any ((None, phrase) otherwise)."""
        rec = self._unnamed_prev(head)
        if rec is not None:
            return rec, None
        nc = self._earlier_indefinite(head, s)
        if nc is not None:
            q = self._appos_person(nc.root)
            if q is not None:
                return self._person_record(q, role, country), nc
        return None, nc

    def _indefinite_record(self, nc, role, country, text):
        """An unnamed source as the article first described it: the indefinite phrase with its modifiers."""
        full = self.doc[nc.start:nc.root.right_edge.i + 1]
        full = full if len(full) <= 12 else nc
        return _speaker_record(full.text, "person", role, country, bool(self.ref.role_official(text)))

    def _appos_person(self, tok):
        """The person a noun is in apposition with ("Guenther Schuh, an engineering professor"), else None."""
        idx = self.idx
        if tok.dep_ == "appos" and tok.head.i in idx.tok_person:
            return idx.tok_person[tok.head.i]
        for c in tok.children:
            if c.dep_ == "appos" and c.i in idx.tok_person:
                return idx.tok_person[c.i]
        return None

    def _coordinated(self, m) -> bool:
        doc, idx = self.doc, self.idx
        root = doc[m[0]:m[1]].root
        if root.dep_ == "conj" and root.head.i in idx.tok_person:
            return True
        return any(c.dep_ == "conj" and c.i in idx.tok_person for c in root.children)

    def _compatible(self, p: Person, gender: str) -> bool:
        return not gender or not p.gender or p.gender == gender

    # ---------------------------------------------------------- resolution kinds
    def resolve_pronoun(self, i, gender):
        idx = self.idx
        # "Asked what he would tell Mayor John Tory ..., he said": the antecedent precedes the sentence's first
        # he/she, so a name between the two is never it
        sent = idx.sent_of.get(i)
        if sent is not None:
            forms = PRON_M if gender == "m" else PRON_F
            first = next((t.i for t in self.doc[sent[1]:i] if t.lower_ in forms and not idx.in_content(t.i)), None)
            if first is not None:
                i = first
        prevp = self.prev.get("_person") if self.prev else None
        cands = idx.persons_before(i)
        strong = [m for m in cands if not m[2].weak]
        # weak "persons" ("Ont", "Café") only when nobody else is available
        cands = strong or ([] if prevp is not None and not prevp.weak else cands)
        # one of two coordinated people ("Tore Sohlberg and Lehla Abreder said") is not a "he"/"she"
        cands = [m for m in cands if not self._coordinated(m)]
        if prevp is not None and prevp.weak and strong:
            prevp = None
        if prevp is not None and self._compatible(prevp, gender):
            start = self.prev_i if self.prev_i is not None else -1
            si = idx.sent_of.get(i, (0, 0, 0))[0]
            # another person became the topic since: a subject, or anyone named in the sentence just before
            # ("... positive results for accountant Babatunji Farinloye, 50. 'I had ...,' he says.")
            intervening = [m for m in cands if m[0] > start and m[2] is not prevp and self._compatible(m[2], gender)
                           and (m[3] or si - m[4] <= 1)]
            psi = idx.sent_of.get(start, (si, 0, 0))[0] if start >= 0 else si
            if not intervening and si - psi <= 6:
                return self._person_record(prevp)
        elif prevp is None and self.prev is not None and self.prev["speaker_type"] == "person" \
                and self.prev_i is not None:
            # the previous speaker is an unnamed person ("a private security professional ... he said")
            start = self.prev_i
            si = idx.sent_of.get(i, (0, 0, 0))[0]
            psi = idx.sent_of.get(start, (si, 0, 0))[0]
            if si - psi <= 1 and not any(m[0] > start and m[3] for m in cands):
                return dict(self.prev)
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
        # nobody nearby: the most recent person of that gender anywhere before (a speaker returning late)
        far = [m for m in idx.persons_before(i, window_sents=10 ** 6) if not m[2].weak]
        same = [m for m in far if gender and m[2].gender == gender]
        if same:
            return self._person_record(same[-1][2])
        return _speaker_record("UNKNOWN", "unknown")

    def resolve_it_they(self, i, low):
        prev = self.prev
        want = {"organization"} if low in PRON_IT else {"group", "organization"}
        if prev and prev["speaker_type"] in want:
            pi = self.prev_i if self.prev_i is not None else -1
            # unless another organisation became a subject since
            if not any(pi < c[0] < i and c[2] for c in self._org_candidates(i, low)):
                return dict(prev)
        cands = self._org_candidates(i, low)
        if cands:
            si = max(c[3] for c in cands)
            ms = [c for c in cands if c[3] == si]
            subj = [c for c in ms if c[2]]
            st, en = (subj or ms)[-1][0], (subj or ms)[-1][1]
            return self.resolve_mention(st, en, self.doc[st:en].text, recurse=False)
        if low in PRON_PL:
            return _speaker_record("UNKNOWN", "group")
        return _speaker_record("UNKNOWN", "unknown")

    def _org_candidates(self, i, low, window=4):
        """(start, end, is_subject, sentence) of organisation (it) or group/organisation (they) mentions before i."""
        doc, idx = self.doc, self.idx
        si = idx.sent_of.get(i, (0, 0, 0))[0]
        out = []
        for e in doc.ents:
            if e.start >= i:
                break
            if e.label_ in {"ORG", "GPE"} and not idx.in_content(e.start) and si - idx.sent_of[e.start][0] <= window \
                    and "/" not in e.text:
                if e.start in idx.tok_person:
                    continue
                if low in PRON_PL and e.label_ == "GPE":
                    continue
                subj = e.root.dep_ in SUBJ_DEPS or (e.root.dep_ in {"compound", "appos"} and e.root.head.dep_ in SUBJ_DEPS)
                out.append((e.start, e.end, subj, idx.sent_of[e.start][0]))
        have = {o[0] for o in out}
        for nc in self._noun_chunks():
            if nc.start >= i:
                break
            if idx.in_content(nc.start) or si - idx.sent_of[nc.start][0] > 3 or nc.root.pos_ == "PRON":
                continue
            if any(nc.start <= h < nc.end for h in have) or nc.root.i in idx.tok_person:
                continue
            if low in PRON_PL:
                if nc.root.tag_ in {"NNS", "NNPS"} and nc.root.dep_ in SUBJ_DEPS:
                    out.append((nc.start, nc.end, True, idx.sent_of[nc.start][0]))
            elif nc.root.lower_ in ORG_HEADS and nc.root.lower_ not in DOC_HEADS and nc.root.tag_ == "NN":
                out.append((nc.start, nc.end, nc.root.dep_ in SUBJ_DEPS, idx.sent_of[nc.start][0]))
            elif nc.root.pos_ == "PROPN" and fold(_strip_det(nc.text)) in self._org_names():
                # "by TransLink" where the NER missed the name it tags ORG elsewhere in the article
                out.append((nc.start, nc.end, nc.root.dep_ in SUBJ_DEPS, idx.sent_of[nc.start][0]))
        out.sort()
        return out

    def _org_names(self) -> set[str]:
        """Names the NER tags ORG somewhere in this article (and never PERSON), folded."""
        if getattr(self, "_orgs", None) is None:
            orgs = {fold(_strip_det(e.text)) for e in self.doc.ents if e.label_ == "ORG"}
            people = {fold(e.text) for e in self.doc.ents if e.label_ == "PERSON"}
            self._orgs = {o for o in orgs - people if not self.ref.place(o)}
        return self._orgs

    def resolve_relative(self, s):
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
            return _speaker_record("UNKNOWN", "unknown")
        p, _ = self._person_in(noun.i, noun.i + 1)
        if p is not None:
            return self._person_record(p)
        st, en = noun.left_edge.i, noun.i + 1
        return self.resolve_mention(st, en, doc[st:en].text, recurse=False)

    def resolve_description(self, s, e, text):
        """'the minister', 'the French president', 'the US defense secretary', 'the Ukrainian leader'."""
        ref, idx = self.ref, self.idx
        roles = ref.role_matches(text)
        country = ref.find_country(text)
        want = {r[1] for r in roles}
        kinds = {r[3] for r in roles}
        generic = want <= {"Leader", "Official", "Head", "Chief", "Deputy"}

        def score(p):
            prole, pcountry = idx.role_country(p)
            prole = " ; ".join([prole] + p.roles + ([p.official.role] if p.official is not None else []))
            pr = ref.role_matches(prole) if prole else []
            pn = {x[1] for x in pr}
            pk = {x[3] for x in pr}
            pf = " " + fold(prole) + " "
            if country and pcountry and pcountry != country:
                return 0
            if want & pn or any(" " + r[0] + " " in pf for r in roles if r[1] not in {"Official", "Head"}):
                sc = 3
            elif generic and (pk & {"head", "minister", "military", "regional", "official", "adviser"}):
                sc = 2
            elif kinds & pk and not ({"President", "Prime Minister", "Chancellor"} & want):
                sc = 1
            elif not pr and generic and country and pcountry == country:
                sc = 1
            else:
                return 0
            return sc + (1 if country and pcountry == country else 0)

        cands = idx.persons_before(s, window_sents=10 ** 6)
        best, best_sc = None, 0
        prevp = self.prev.get("_person") if self.prev else None
        if prevp is not None and score(prevp) >= 2:
            best, best_sc = prevp, score(prevp) + 0.5
        for m in reversed(cands):
            sc = score(m[2])
            if sc > best_sc:
                best, best_sc = m[2], sc
        if best is None:  # a later mention ("the minister ... Boris Pistorius said later")
            for m in idx.mentions:
                if m[0] >= e and score(m[2]) >= 2:
                    best = m[2]
                    break
        desc_role = _strip_det(text)
        dr, dc = idx._split_country(desc_role)
        head0 = self.doc[s:e].root
        if fold(text).split()[:1] == ["the"] and head0.lower_ in GENERIC_PERSON:
            # "the official" after "a justice official" (and no named match since): the same unnamed source
            rec, nc = self._described_before(head0, s, dr, country)
            if rec is not None:
                return rec
            if nc is not None:
                last_best = max((m[0] for m in idx.mentions if m[2] is best and m[0] < s), default=-1)
                best_roles = fold(" ; ".join(best.roles + [best.role])) if best is not None else ""
                # "The justice official told" after "a justice official said": the same words, the same source
                same_words = len(self.doc[s:e]) > 2 and _strip_det(fold(self.doc[s:e].text)) == \
                    _strip_det(fold(nc.text))
                if best is None or same_words or nc.start > last_best or head0.lower_ not in best_roles:
                    return self._indefinite_record(nc, dr, dc or country, text)
        if best is not None:
            return self._person_record(best, dr, country)
        if country and want:
            norm = {ref.role_norm(r[0]) for r in roles} - {"Leader"}
            tries = [norm] if norm else []
            if "Leader" in want:  # the head of government in parliamentary systems, else the president
                tries += [{"Chancellor"}] + ([{"President"}, {"Prime Minister"}] if country in PRESIDENTIAL
                                             else [{"Prime Minister"}, {"President"}])
            off = None
            for t in tries:
                off = ref.official_by_role(t, country, self.article.get("published"))
                if off is not None:
                    break
            if off is not None:
                return _speaker_record(off.name if USE_OFFICIAL_NAMES else off.name, "person", dr, country,
                                       True, None)
        first = fold(text).split()[0] if text.strip() else ""
        head = self.doc[s:e].root
        bare = self.doc[s].pos_ in {"ADJ", "NOUN"} and self.doc[s].is_lower  # "bespectacled professor"
        if first in {"the", "this", "that"} or bare:
            # "the official" after "a justice official", "the person" after "a person familiar with ...": the same
            # unnamed source, named as the article first described it
            rec, nc = self._described_before(head, s, dr, country)
            if rec is not None:
                return rec
            if nc is not None:
                # "Set up by an engineering professor ..." ten sentences back, "Schuh is aware ...": "the lanky,
                # bespectacled professor" is the named person the passage is about (below), not that phrase
                far = idx.sent_of.get(s, (0, 0, 0))[0] - idx.sent_of.get(nc.start, (0, 0, 0))[0] > 3 and \
                    any(m[3] and not m[2].weak for m in idx.persons_before(s, window_sents=2))
                if not far:
                    return self._indefinite_record(nc, dr, dc or country, text)
            kinds_office = {k for k in kinds if k not in {"expert", "media", "other", "citizen"}}
            if not kinds_office:
                # "the affable proprietor", "the 39-year-old founder of X": the person the passage is about
                prevp = self.prev.get("_person") if self.prev else None
                if prevp is not None and not prevp.weak:
                    return self._person_record(prevp, dr, country)
                ms = [m for m in idx.persons_before(s, window_sents=3) if not m[2].weak]
                if ms:
                    return self._person_record(ms[-1][2], dr, country)
        poss = [c for c in head.children if c.dep_ == "poss" and c.lower_ not in PRON_ALL]
        if poss:
            # "Biden's spokesman", "Germany's ambassador": unnamed, but the article says whose
            o = poss[0]
            owner = self.resolve_mention(o.left_edge.i, o.i + 1, self.doc[o.left_edge.i:o.i + 1].text, recurse=False)
            return _speaker_record(_strip_det(text), "person", dr, dc or country or owner["speaker_country"],
                                   bool(ref.role_official(text)))
        return _speaker_record("UNKNOWN", "person", dr, dc or country, bool(ref.role_official(text)))

    def resolve_mention(self, s, e, text, recurse=True):
        doc, ref, idx = self.doc, self.ref, self.idx
        if recurse and e - s >= 1:
            # the mention may stop before the appositive name: "the governor[, Oleksandr Starukh]",
            # "former astronaut[ and Navy captain, Sen. Mark Kelly]"
            h = doc[s:e].root
            hl0 = h.lower_
            if fold(doc[s:e].text) not in PRON_ALL and self._person_in(s, e)[0] is None and h.pos_ == "NOUN" \
                    and hl0 not in ORG_HEADS and hl0 not in GOV_HEADS and hl0 not in GROUP_HEADS \
                    and hl0 not in DOC_HEADS and h.tag_ != "NNS" and not ref.place(doc[s:e].text):
                k = self._name_after(e)
                if k:
                    e, text = k, doc[s:k].text
            r_end = h.right_edge.i + 1
            if e < r_end <= e + 14 and not any(t.pos_ in {"VERB", "AUX"} for t in doc[e:r_end]) \
                    and fold(doc[s:e].text) not in PRON_ALL and h.lower_ not in DOC_HEADS:
                run = self._trailing_name(s, r_end)
                q = idx.add_mention(*run) if run else None
                if q is None:
                    q2, _ = self._person_in(s, r_end)
                    q = q2
                if q is not None:
                    e, text = r_end, doc[s:r_end].text
            elif fold(doc[s:e].text) not in PRON_ALL and (ref.role_matches(doc[s:e].text) or h.lower_ in DESC_HEADS):
                k = self._name_after(e)
                if k:
                    e, text = k, doc[s:k].text
        text = _norm_space(text)
        low = fold(text)
        span = doc[s:e]
        head = span.root
        hl = head.lower_
        first = low.split()[0] if low else ""
        plural = head.tag_ in {"NNS", "NNPS"} or hl in {"media", "police", "staff"}
        ent_labels = {t.ent_type_ for t in span} - {""}
        head_is_thing = (hl in ORG_HEADS or hl in GOV_HEADS or hl in GROUP_HEADS or hl in DOC_HEADS) \
            and head.i not in idx.tok_person
        # a person named inside the mention (its head, else the last one)
        p, pi = self._person_in(s, e)
        if p is not None and not head_is_thing:
            rec = self._person_record(p)
            before = doc[s:pi].text if pi is not None and pi > s else ""
            if before and (re.search(r"\band\b|&", before) or any(i in idx.tok_person for i in range(s, pi))):
                before = ""  # "Prime Minister of India Narendra Modi and [Vladimir Putin]"
            if before and ref.role_matches(before):
                r, c = idx._split_country(before)
                rec["speaker_role"] = r
                rec["speaker_country"] = c or rec["speaker_country"]
                rec["speaker_is_official"] = idx.is_official(p, r)
            people = []
            for i in range(s, e):
                q = idx.tok_person.get(i)
                if "poss" in (doc[i].dep_, doc[i].head.dep_) or doc[i].lower_ in {"'s", "’s"}:
                    continue  # "Stella's owners ...": the possessor is not one of the speakers
                if q is not None and q not in people:
                    people.append(q)
            # "Blinken and Austin", "Stella's owners Tore Sohlberg and Lehla Abreder" (names in apposition)
            if len(people) > 1 and re.search(r"\b(and|&)\b", text) and (
                    head.i in idx.tok_person or any(t.dep_ == "appos" and t.head.i == head.i and t.i in idx.tok_person
                                                    for t in span)) \
                    and any(t.dep_ == "conj" and t.i in idx.tok_person for t in span):
                rec["speaker_name"] = " and ".join(idx.name_of(q) for q in people)
                rec["speaker_type"] = "group"
                rec["_person"] = None
            return rec
        # places, countries, bodies
        row = ref.place(text) or ref.place(_strip_det(text))
        if row is not None and row.get("kind") != "adjective":
            kind = row.get("kind")
            name = row["canonical"] if kind in {"country", "capital", "body"} else _strip_det(strip_possessive(text))
            typ = "group" if kind == "people" else "organization"
            if kind in {"country", "capital"}:
                # "the British defense ministry said this week. / "...," the UK said.": right after a statement of
                # a government body, its country stands for that body (not a person, not another country's body)
                si = idx.sent_of.get(s, (0, 0, 0))[0]
                psi = idx.sent_of.get(self.prev_i, (-9, 0, 0))[0] if self.prev_i is not None else -9
                for rec in self.history[-1:] if 0 <= si - psi <= 1 else []:
                    if rec["speaker_type"] == "organization" and rec["speaker_country"] == row.get("country") \
                            and rec["speaker_is_official"] and rec["speaker_name"] != row["canonical"] \
                            and ref.place(rec["speaker_name"]) is None:
                        return dict(rec)
            return _speaker_record(name, typ, "", row.get("country", ""), row.get("official") == "yes")
        country = ref.find_country(text)
        roles = ref.role_matches(text)
        # "her statement", "Facebook's statement": the owner speaks
        poss = [c for c in head.children if c.dep_ == "poss"]
        if poss and (hl in DOC_HEADS or hl in {"office", "spokesperson", "spokesman", "spokeswoman", "team"}):
            o = poss[0]
            if o.lower_ in PRON_M | PRON_F:
                if hl in DOC_HEADS:
                    return self.resolve_pronoun(o.i, "m" if o.lower_ in PRON_M else "f")
            elif o.lower_ in PRON_IT | PRON_PL:
                if hl in DOC_HEADS:
                    return self.resolve_it_they(o.i, "it" if o.lower_ in PRON_IT else "they")
            elif hl in DOC_HEADS:
                return self.resolve_mention(o.left_edge.i, o.i + 1, doc[o.left_edge.i:o.i + 1].text, recurse=False)
        # "the US official and other sources", "Blinken and Austin" (no person head): a group as written
        if any(t.dep_ == "conj" and t.head.i == head.i for t in span) and head.i not in idx.tok_person:
            return _speaker_record(_strip_det(text), "group", "", country, bool(ref.role_official(hl)))
        # reports, statements, documents: the organisation behind them
        if hl in DOC_HEADS and head.pos_ == "NOUN":
            rec = self._author_of_document(s, e, head)
            if rec is not None:
                return rec
        elif head.pos_ == "NOUN" and head.lemma_.lower() in DOC_WORKS:
            # "two reports by independent media", "Reports from outlets", "assessments made by military experts":
            # the source the phrase itself names (no source: a group as written, below)
            rec = self._author_of_document(s, e, head, plural=True)
            if rec is not None:
                return rec
        # groups: "Western officials", "analysts", "the sources"
        if plural and (hl in GROUP_HEADS or (roles and head.pos_ == "NOUN")) and not (
                "ORG" in ent_labels and head.pos_ == "PROPN"):
            name = _strip_det(strip_possessive(text))
            if len(name.split()) <= 2 and first in {"the", "these", "those"}:
                name = self._earlier_fuller(s, head) or name
            off = hl in OFFICIAL_GROUPS or (bool(ref.role_official(hl)) and hl not in GROUP_HEADS - OFFICIAL_GROUPS)
            return _speaker_record(name, "group", "", country, off)
        # organisations (incl. acronyms: "NYT", "EDC")
        is_org = ("ORG" in ent_labels and head.pos_ == "PROPN") or hl in ORG_HEADS or hl in GOV_HEADS or \
            hl in DOC_HEADS or (head.text.isupper() and len(head.text) > 1 and head.is_alpha)
        if is_org and not (roles and hl not in ORG_HEADS and hl not in GOV_HEADS and hl not in DOC_HEADS):
            name = _strip_det(strip_possessive(text))
            name = re.sub(r"\s*\([^)]*\)$", "", name)
            name = self._adjectival(name)
            if name.isupper() and 2 <= len(name) <= 6 and name.isalpha():
                name = self._acronyms().get(name, name)
            if first in {"the", "this", "that", "its"} and not any(t.pos_ == "PROPN" and not t.is_lower for t in span) \
                    and hl not in {"kremlin", "pentagon"}:
                media = hl in MEDIA_HEADS and hl not in {"agency", "network"}
                if hl in GENERIC_ORG or media:
                    rec = self._named_org_with(head, s) or self._recent_org(s, media=media)
                    if rec is not None:
                        return rec
                if not country:  # "The Russian defence ministry" already says whose
                    name = self._adjectival(self._earlier_fuller(s, head, media=hl in MEDIA_HEADS)) or name
            c = country or ref.find_country(name)
            off = hl in GOV_HEADS or any(fold(w) in GOV_HEADS for w in name.split())
            row2 = ref.place(name)
            if row2 is not None:
                off = off or row2.get("official") == "yes"
                c = c or row2.get("country", "")
            return _speaker_record(name, "organization", "", c, off)
        # descriptions of a person: "the minister", "the French president"; "a spokesperson" stays as written
        if roles or hl in DESC_HEADS:
            if first in INDEF:
                dr, dc = idx._split_country(_strip_det(text))
                return _speaker_record(text, "person", dr, dc or country, bool(ref.role_official(text)))
            return self.resolve_description(s, e, text)
        # a capitalised name the NER missed
        name, lead = clean_name(text)
        if name and (name[:1].isupper() or name.split()[0].lower() in NAME_PARTICLES):
            run = self._trailing_name(s, e)
            q = idx.add_mention(*run) if run else None
            if q is not None:
                return self._person_record(q)
            votes = idx.label_votes.get(fold(name), [0, 0])
            if ent_labels & {"ORG", "GPE", "LAW", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LOC"} or first == "the" \
                    or votes[1] > votes[0]:
                # "the Conflict Observatory", "the Kyiv Independent": a person is never "the X"
                return _speaker_record(_strip_det(name), "organization", "", country, False)
            return _speaker_record(name, "person", "", country, False)
        if plural:
            return _speaker_record(_strip_det(text), "group", "", country, False)
        if head.pos_ == "NOUN" and first in {"the", "this", "that"}:
            # "the affable proprietor", "the rookie defenceman": the person the passage is about
            prevp = self.prev.get("_person") if self.prev else None
            if prevp is not None:
                return self._person_record(prevp)
            ms = self.idx.persons_before(s, window_sents=3)
            if ms:
                return self._person_record(ms[-1][2])
            return _speaker_record(_strip_det(text), "person", "", country, False)
        return _speaker_record(_strip_det(text) or "UNKNOWN", "unknown", "", country, False)

    def _author_of_document(self, s, e, head, plural=False):
        """'the report' -> the organisation or person that issued it: 'X's report', 'a report by X', 'a statement
        from X', 'X released a report', 'X said in a report', 'the X report', 'a document on X's website' (this
        mention first, then the article's earlier mentions of the same document word, nearest first, then of any
        document word: 'X has published an analysis ... The report stated')."""
        doc, idx = self.doc, self.idx
        lemma = head.lemma_.lower()
        before = [t for t in doc[:s] if t.pos_ == "NOUN" and not idx.in_content(t.i)]
        same = [t for t in reversed(before) if t.lemma_.lower() == lemma]
        other = [t for t in reversed(before) if t.lemma_.lower() != lemma and t.lemma_.lower() in DOC_WORKS]
        if plural:  # "The reports" after "reports by media outlets ...": only the same word, only if definite
            other = []
            if head.i == s or self.doc[s].lower_ not in {"the", "these", "those"}:
                same = []
        for h in [head] + same + other:
            rec = self._source_record(self._document_source(h))
            if rec is not None:
                return rec
        if plural:
            return None
        if self.prev is not None and self.prev["speaker_type"] == "organization":
            return dict(self.prev)
        return None

    def _source_record(self, src):
        """The speaker record of a document's source span (start, end), or None."""
        if src is None:
            return None
        st, en = src
        p, _ = self._person_in(st, en)
        if p is not None:
            return self._person_record(p)
        rec = self.resolve_mention(st, en, self.doc[st:en].text, recurse=False)
        if rec["speaker_type"] in {"organization", "person", "group"} and rec["speaker_name"] != "UNKNOWN":
            return rec
        return None

    def _source_obj(self, prep):
        """The object of 'by X' / 'from X' after a document word; 'from' only with a source, not a place or time
        ('reports from Kyiv', 'a statement from Monday')."""
        objs = [x for x in prep.children if x.dep_ == "pobj"]
        if not objs:
            return None
        o = objs[0]
        if prep.lower_ == "from":
            place = self.ref.place(self.doc[o.left_edge.i:o.right_edge.i + 1].text)
            if o.ent_type_ in {"DATE", "TIME", "LOC", "FAC"} or o.pos_ == "NUM" or (
                    place is not None and place.get("kind") not in {"country", "body"}) or (
                    place is None and o.ent_type_ == "GPE"):
                return None  # "reports from Kyiv", "a statement from Monday"; "a statement from the EU" speaks
        return o.left_edge.i, o.right_edge.i + 1

    def _document_source(self, h):
        # "Jason Schultz stated in the company's blog post": who speaks in the document, before whose it is
        if h.dep_ == "pobj" and h.head.lower_ == "in" and h.head.head.pos_ == "VERB" and \
                h.head.head.lemma_.lower() in SPEAK_IN_VERBS:
            subj = [c for c in h.head.head.children if c.dep_ == "nsubj" and c.lower_ not in PRON_ALL]
            if subj:
                return subj[0].left_edge.i, subj[0].i + 1
        for c in h.children:
            if c.dep_ == "poss" and c.lower_ not in PRON_ALL:
                return c.left_edge.i, c.i + 1
            if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"}:
                src = self._source_obj(c)
                if src is not None:
                    return src
            if c.dep_ == "acl" and c.lemma_ in {"release", "publish", "issue", "produce", "prepare", "compile",
                                                "write", "commission", "conduct", "post", "send", "make",
                                                "carry", "present", "submit", "sign", "distribute", "circulate"}:
                for a in c.children:
                    if a.dep_ in {"agent", "prep"} and a.lower_ in {"by", "from"}:
                        src = self._source_obj(a)
                        if src is not None:
                            return src
        # "a document titled ... on Canadian Pacific Railway's website", "a post on its Telegram channel"
        for t in h.subtree:
            if t.dep_ == "pobj" and t.lemma_.lower() in OUTLET_PLACES and t.head.lower_ in {"on", "in"} \
                    and t.head.head.i != h.head.i:
                poss = [c for c in t.children if c.dep_ == "poss" and c.lower_ not in PRON_ALL]
                if poss:
                    return poss[0].left_edge.i, poss[0].i + 1
        # "X released/published a report", "X said in a statement"
        v = None
        if h.dep_ in {"dobj", "nsubjpass"} and h.head.pos_ == "VERB":
            v = h.head
        elif h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.pos_ == "VERB":
            v = h.head.head
        if v is not None:
            subj = [c for c in v.children if c.dep_ == "nsubj"]
            if subj and subj[0].lower_ not in PRON_ALL and subj[0].i != h.i:
                # with its "of" phrase: "The office of the US National Intelligence Director has published ..."
                end = subj[0].i + 1
                for c in subj[0].rights:
                    if c.dep_ == "prep" and c.lower_ == "of" and not any(t.is_punct for t in c.subtree):
                        end = c.right_edge.i + 1
                return subj[0].left_edge.i, end
            agent = [c for c in v.children if c.dep_ == "agent"]
            if agent:
                objs = [x for x in agent[0].children if x.dep_ == "pobj"]
                if objs:
                    return objs[0].left_edge.i, objs[0].i + 1
        # "the Conflict Observatory report", "a Reuters report"
        comp = [c for c in h.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < h.i]
        if comp:
            return comp[0].left_edge.i, comp[-1].i + 1
        return None

    def _acronyms(self):
        """Acronym -> full name in this article: "Export Development Canada (EDC)", or an organisation whose
        capitalised words give the letters ("New York Times" -> NYT)."""
        if getattr(self, "_acro", None) is not None:
            return self._acro
        acro = {}
        text = self.doc.text
        for m in re.finditer(r"((?:[A-Z][\w&'’.-]*\s+(?:(?:of|the|for|and|on|in|&)\s+)*){1,7}[A-Z][\w&'’.-]*)\s*\(([A-Z]{2,6})\)",
                             text):
            acro.setdefault(m.group(2), _strip_det(m.group(1)))
        for e in self.doc.ents:
            if e.label_ in {"ORG", "GPE", "NORP", "FAC", "WORK_OF_ART"} and len(e) > 1:
                nm = _strip_det(e.text)
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

    def _recent_org(self, s, media=False):
        """'the company', 'the agency', 'the newspaper': the previous organisation speaker, else the nearest ORG
        before (for media, not a government body)."""
        cands = self._org_candidates(s, "it", window=40 if media else 4)
        if media:
            cands = [c for c in cands if self.doc[c[0]].ent_type_ == "ORG" and not any(
                t.lower_ in GOV_HEADS for t in self.doc[c[0]:c[1]])]
        cands = [c for c in cands if self.doc[c[0]:c[1]].label_ != "GPE" and not self.ref.place(self.doc[c[0]:c[1]].text)]
        if self.prev is not None and self.prev["speaker_type"] == "organization" and not (
                media and self.prev["speaker_is_official"]):
            # the previous organisation speaker, unless another organisation became a subject since ("Suncor
            # received its second payment. The company noted ..." after EDC spoke)
            pi = self.prev_i if self.prev_i is not None else -1
            own = fold(self.prev["speaker_name"])
            later = [c for c in cands if c[0] > pi and c[2] and fold(self.doc[c[0]:c[1]].text) not in own
                     and own not in fold(self.doc[c[0]:c[1]].text)]
            if not later:
                return dict(self.prev)
            cands = later
        if cands:
            si = max(c[3] for c in cands)
            near = [c for c in cands if c[3] == si]
            subj = [c for c in near if c[2]]
            st, en = (subj or near)[-1][0], (subj or near)[-1][1]
            return self.resolve_mention(st, en, self.doc[st:en].text, recurse=False)
        return None

    def _earlier_fuller(self, s, head, media=False):
        """'the ministry' -> the fuller earlier noun phrase with the same head ('Russia's defence ministry')."""
        doc = self.doc
        best = None
        if head.lower_ in PLACE_HEADS:
            # "the city" -> "the City of Surrey" / "Toronto": the named place
            # the named place the article mentions most ("the City of Surrey" x4 over "Langley City" x1), built from
            # the capitalised head word with its proper-noun compounds and "of X" (its subtree can be a whole clause)
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
                return _strip_det(strip_possessive(best_name))
            for t in doc[:s]:
                if self.idx.in_content(t.i):
                    continue
                if t.ent_type_ == "GPE" and t.ent_iob_ == "B":
                    ent = next((e for e in doc.ents if e.start == t.i), None)
                    row = self.ref.place(ent.text) if ent is not None else None
                    if ent is not None and (row is None or row.get("kind") == "region") and \
                            head.lower_ in {"city", "town", "municipality"}:
                        best = ent
            if best is not None:
                return _strip_det(strip_possessive(best.text))
        for nc in self._noun_chunks():
            if nc.start >= s:
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
                        and not self.ref.place(e.text):
                    best = e
        if best is None:
            return ""
        return _strip_det(strip_possessive(best.text))

    # ---------------------------------------------------------- one row
    def resolve_row(self, r):
        doc = self.doc
        sp = r.get("speaker_span")
        mention = ""
        if sp:
            s, e = int(sp[0]), int(sp[1])
            s, e = max(0, s), min(len(doc), e)
            if e > s and not r.get("speaker_text"):
                r["speaker_text"] = doc[s:e].text
            # trim quote marks, punctuation and dangling function words at the edges ('"He', 'X on')
            while s < e and (doc[s].is_punct or doc[s].is_space):
                s += 1
            while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space or (
                    e - s > 1 and doc[e - 1].pos_ in {"ADP", "CCONJ", "DET", "SCONJ"}
                    and doc[e - 1].lower_ not in {"'s", "’s"})):
                e -= 1
            if e > s:
                mention = doc[s:e].text
            else:
                s = e = None
        else:
            s = e = None
        if not r.get("speaker_text"):
            r["speaker_text"] = mention
        text = mention or (r.get("speaker_text") or "").strip(" \"“”'‘’«»,.:;")
        anchor = s if s is not None else r.get("cue_i")
        if anchor is None and r.get("char_start") is not None:
            sp2 = doc.char_span(int(r["char_start"]), min(len(doc.text), int(r["char_start"]) + 1),
                                alignment_mode="expand")
            anchor = sp2.start if sp2 is not None else None
        low = fold(text)
        if text.strip().isupper() and len(text.strip()) > 1:  # "US", "IT" are not pronouns
            low = "\x00" + low
        if not text.strip():
            if self.prev is not None and self.prev["speaker_name"] != "UNKNOWN":
                return dict(self.prev), anchor
            return _speaker_record("UNKNOWN", "unknown"), anchor
        if s is None:
            # text without a span: find it near the anchor
            s, e = self._locate(text, anchor)
            if s is None:
                rec = _speaker_record(_strip_det(text), "unknown")
                return rec, anchor
        if low in PRON_M or low in PRON_F:
            return self.resolve_pronoun(s, "m" if low in PRON_M else "f"), s
        if low in PRON_IT or low in PRON_PL:
            return self.resolve_it_they(s, low), s
        if low in PRON_REL:
            return self.resolve_relative(s), s
        if low in PRON_1:
            if self.prev is not None:
                return dict(self.prev), self.prev_i
            return _speaker_record("UNKNOWN", "unknown"), s
        return self.resolve_mention(s, e, text), s

    def _locate(self, text, anchor):
        doc = self.doc
        best = None
        for m in re.finditer(re.escape(text), doc.text):
            sp = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if sp is None:
                continue
            d = abs(sp.start - anchor) if anchor is not None else sp.start
            if best is None or d < best[0]:
                best = (d, sp.start, sp.end)
        return (best[1], best[2]) if best else (None, None)


def _fallback(doc, rows):
    for r in rows:
        sp = r.get("speaker_span")
        mention = doc[sp[0]:sp[1]].text if sp else ""
        r["speaker_text"] = r.get("speaker_text") or mention
        name = _strip_det(r["speaker_text"] or "")
        r.update(_speaker_record(name if name and fold(name) not in PRON_ALL else "UNKNOWN",
                                 "unknown"))
        r.pop("_person", None)
        r["speaker_id"] = r["speaker_name"]


def resolve_speakers(doc, rows, article):
    if not rows:
        return
    article = article or {}
    try:
        res = Resolver(doc, rows, article)
    except Exception:  # an article the index cannot be built for: mentions as written, never a crash
        _fallback(doc, rows)
        return
    order = sorted(range(len(rows)), key=lambda k: (rows[k].get("char_start") or 0, k))
    done = {}

    def resolve(k, depth=0):
        if k in done:
            return done[k]
        r = rows[k]
        src = r.get("speaker_of")
        if isinstance(src, int) and 0 <= src < len(rows) and src != k and depth < 3:
            # a continued quotation: the speaker of the statement it continues
            rec = dict(resolve(src, depth + 1))
            anchor = None
        else:
            try:
                rec, anchor = res.resolve_row(r)
            except Exception:  # never let one odd row break an article
                mention = r.get("speaker_text") or ""
                rec, anchor = _speaker_record(_strip_det(mention) or "UNKNOWN", "unknown"), None
        sp = r.get("speaker_span")
        person = rec.pop("_person", None)
        if fold(rec["speaker_name"]) in PRON_ALL:
            rec.update(_speaker_record("UNKNOWN", "unknown"))
            person = None
        if not rec["speaker_country"] and rec["speaker_is_official"] and rec["speaker_name"] != "UNKNOWN":
            # an office-holder or government body whose country the mention does not say: the country the
            # surrounding sentences name most ("the governor, Serhij Lysak, said ... in Ukraine's Dnipropetrovsk")
            toks = [m[0] for m in res.idx.mentions if m[2] is person] if person is not None else []
            if sp:
                toks.append(int(sp[0]))
            rec["speaker_country"] = res.context_country(toks)
        r.update(rec)
        r.setdefault("speaker_text", "")
        if r["speaker_text"] is None:
            r["speaker_text"] = ""
        # corpus-wide identity: the officials.csv name where the person is a known official
        off = getattr(person, "official", None) if person is not None else None
        r["speaker_id"] = off.name if off is not None else rec["speaker_name"]
        rec["_person"] = person
        done[k] = rec
        if rec["speaker_name"] != "UNKNOWN" and depth == 0:
            res.history.append(rec)
            res.prev = rec
            res.prev_i = (int(sp[0]) if sp else anchor) if (sp or anchor is not None) else res.prev_i
        return rec

    for k in order:
        resolve(k)
    for k in order:
        rows[k].pop("_person", None)
