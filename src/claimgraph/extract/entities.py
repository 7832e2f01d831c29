"""Named people, organisations and places, one entity per real-world referent in a document.

Runs first, so speakers and sources can be resolved against its result. Two linear passes:

1. *Scan* every sentence (page furniture included: captions, credits, datelines) for candidate
   names: the longest knowledge-base alias at each word (:mod:`claimgraph.kb.linker`), else a run
   of capitalised words joined by name particles. A sentence-initial word starts a name only when
   Frog tagged it as a proper name, the knowledge base knows it, or the document capitalises it
   mid-sentence elsewhere. Unknown names are typed from their context (titles, place words,
   organisation heads: :mod:`claimgraph.lang.nl.entities`).
2. *Resolve* the candidates into entities: by knowledge-base id; unknown names by their
   normalised form, a surname to the full name mentioned in the document, a genitive to its stem,
   an acronym in brackets to the name before it, a shorter organisation name to the longer one it
   ends (``ministerie van Defensie`` → ``Russische ministerie van Defensie``). Descriptions
   (``de president``) become mentions where the document ties the role to exactly one person.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from claimgraph.document import Document, Entity, Mention, Sentence
from claimgraph.extract.registry import register
from claimgraph.kb.linker import KBEntry, KnowledgeBase, fold, genitive_stem, load, units
from claimgraph.lang.nl import entities as L
from claimgraph.lang.nl.months import MONTHS, WEEKDAYS
from claimgraph.lang.nl.punctuation import OPENING_QUOTES

LOGGER = logging.getLogger(__name__)

_HYPHENS = "-–‐"
_APOS = "’'`‘"
# Parts searched case-free: their capitals say nothing ("KYIV – MOSKOU", "beeld afp / …").
_CASE_FREE_PARTS = frozenset({"dateline", "credit", "byline"})
_SKIP_PARTS = frozenset({"section", "page_number"})
_INITIAL_AFTER = set(OPENING_QUOTES) | {":", "–", "—", "-", "•", "…"}
# Common words that open a sentence before a name: never part of it ("Vanuit Belarus …").
_COMMON_CONTEXT = L.PLACE_PREPOSITIONS | L.PLACE_NOUNS | L.ORG_NOUNS | L.PERSON_TITLES


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    text: str
    norm: str  # folded, apostrophes dropped
    tag: str
    cap: bool  # starts with a capital letter
    upper: bool  # all capitals (an acronym or a dateline)
    alpha: bool
    initial: bool  # first word of the sentence or after an opening quote / colon
    joined: bool  # hyphen-joined to the previous word within one token


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    sentence: int
    words: tuple[str, ...]  # normalised words of the name
    entries: tuple[KBEntry, ...] = ()
    type: str = ""  # guessed type of an unknown name
    rule: str = ""
    role: tuple[str, str | None] | None = None  # a title before/after it: (role, country)
    region: bool = False  # "regio X": the region named after X
    city: bool = False  # "de stad X"
    river: bool = False  # "de (rivier) X"
    acronym_of: int | None = None  # index of the candidate this one abbreviates "(ISW)"
    entity: _Ent | None = None


@dataclass(slots=True)
class _Ent:
    entry: KBEntry | None
    cands: list[_Cand] = field(default_factory=list)
    types: Counter = field(default_factory=Counter)
    roles: set = field(default_factory=set)

    def key_words(self) -> tuple[str, ...]:
        return max((c.words for c in self.cands), key=len)


def _words(doc: Document, s: Sentence) -> list[_Word]:
    """The sentence's tokens, hyphenated tokens split into their parts."""
    text = doc.text
    out: list[_Word] = []
    prev_text = ""
    for ti, t in enumerate(s.tokens):
        tok = text[t.start : t.end]
        initial = ti == 0 or prev_text in _INITIAL_AFTER
        pos = t.start
        parts = [tok]
        if any(h in tok for h in _HYPHENS) and len(tok) > 1:
            parts = []
            cur = ""
            for ch in tok:
                if ch in _HYPHENS:
                    parts.append(cur)
                    parts.append(ch)
                    cur = ""
                else:
                    cur += ch
            parts.append(cur)
        first = True
        for p in parts:
            if not p:
                continue
            if p in _HYPHENS:
                pos += len(p)
                continue
            norm = fold(p)
            for a in _APOS:
                norm = norm.replace(a, "")
            letters = [c for c in p if c.isalpha()]
            out.append(_Word(pos, pos + len(p), p, norm, t.tag, p[:1].isupper(),
                             bool(letters) and all(c.isupper() for c in letters) and len(letters) > 1,
                             bool(letters), initial and first, not first))
            pos += len(p)
            first = False
        prev_text = tok
    return out


def _org_compound(norm: str) -> bool:
    """"Antiterrorismecomité", "Veiligheidsdienst": a compound on an organisation head."""
    return any(len(norm) > len(h) + 3 and norm.endswith(h) for h in L.ORG_HEAD_SUFFIXES)


def _is_title(norm: str) -> bool:
    return norm in L.PERSON_TITLES or (len(norm) > 6 and norm.endswith(L.PERSON_TITLE_SUFFIXES))


def _adjective_like(w: _Word) -> bool:
    if w.norm in L.NATIONALITY:
        return True
    if w.tag:
        return w.tag.startswith("ADJ")
    return w.norm.endswith(L.ADJECTIVE_SUFFIXES) and not w.upper


def _proper_tag(w: _Word) -> bool:
    return w.tag.startswith("SPEC(deeleigen") or w.tag.startswith("N(eigen")


def _name_word(w: _Word, case_free: bool) -> bool:
    """Could this word be (part of) a name, ignoring its position in the sentence?"""
    if not w.alpha or not (w.cap or case_free):
        return False
    n = w.norm
    if n in L.NATIONALITY or n in L.NOT_NAMES or n in L.PORTFOLIOS or n in L.CREDIT_WORDS:
        return False
    if n in MONTHS or n in WEEKDAYS or _is_title(n):
        return False
    if _adjective_like(w) and not _proper_tag(w):
        return False
    return not (w.tag and w.tag[:2] in ("WW", "VN", "LI", "VZ", "VG", "BW", "TW") and not _proper_tag(w))


class _Scanner:
    def __init__(self, doc: Document, kb: KnowledgeBase) -> None:
        self.doc = doc
        self.kb = kb
        self.cands: list[_Cand] = []
        self.sentences = [(s, _words(doc, s)) for s in doc.sentences]
        # Words the document capitalises mid-sentence: evidence that a sentence-initial one is a name.
        self.midcap: set[str] = set()
        # Words it writes in lower case mid-sentence: a common word, so a capitalised one at the
        # start of a sentence or quotation ("‘Roekeloos en onaanvaardbaar’") is no name.
        self.midlow: set[str] = set()
        for s, ws in self.sentences:
            if doc.parts[s.part].kind in _CASE_FREE_PARTS:
                continue
            for w in ws:
                if w.alpha and not w.initial and not w.joined:
                    if w.cap:
                        self.midcap.add(w.norm)
                    elif not any(c.isupper() for c in w.text):
                        self.midlow.add(w.norm)

    def run(self) -> list[_Cand]:
        section = _section_dateline(self.doc)
        for s, ws in self.sentences:
            kind = self.doc.parts[s.part].kind if self.doc.parts else "body"
            if kind in _SKIP_PARTS or not ws or s.part == section:
                continue
            letters = [c for w in ws for c in w.text if c.isalpha()]
            all_caps = bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)
            self._sentence(s, ws, kind in _CASE_FREE_PARTS or all_caps, kind == "dateline" or
                           (all_caps and len(ws) <= 5))
        self._coordinated_places()
        return self.cands

    def _coordinated_places(self) -> None:
        """Names coordinated with a place are places: "Strilecha, Pylna en Loekjantsi" where only
        Strilecha is known. Conjuncts are adjacent candidates joined by a comma, "en" or "of"."""
        text = self.doc.text
        cands = sorted(self.cands, key=lambda c: c.start)
        groups: list[list[_Cand]] = []
        for c in cands:
            last = groups[-1][-1] if groups else None
            if last is not None and last.sentence == c.sentence and \
                    text[last.end : c.start].strip() in (",", "en", "of", ", en"):
                groups[-1].append(c)
            else:
                groups.append([c])
        for g in groups:
            if len(g) < 2 or not any(c.type == "LOC" for c in g):
                continue
            for c in g:
                if not c.type and not c.entries and len(c.words) == 1:
                    c.type, c.rule = "LOC", "entity.coordinated_place"

    # -- one sentence ------------------------------------------------------------------------
    def _sentence(self, s: Sentence, ws: list[_Word], case_free: bool, caps_are_places: bool) -> None:
        norms = [w.norm for w in ws]
        caps = [w.cap or case_free for w in ws]
        self._norms, self._caps = norms, [w.cap for w in ws]  # for _starts_name, once per sentence
        n = len(ws)
        i = 0
        while i < n:
            w = ws[i]
            if not w.alpha:
                # "(ISW)": an acronym in brackets right after a name abbreviates it.
                i += 1
                continue
            m = self.kb.match_at(norms, caps, i, ignore_case=case_free) if (w.cap or case_free or
                                                                           not w.initial) else None
            if m is not None and not (case_free and not w.upper and not w.cap and len(w.norm) < 3
                                      and not self._agency_context(ws, i)):
                k, alias, _gen = m
                if not case_free and self._place_in_org_name(ws, i, k, alias.entries):
                    # "The Hague Centre …", "Kyiv School of Economics": the place names an organisation.
                    j = self._institution(ws, i) or self._extend(ws, i, norms, caps, case_free,
                                                                  kb_stops=False)
                    self._unknown(s, ws, i, j, case_free, caps_are_places)
                    i = j
                    continue
                nxt = ws[i + k] if i + k < n else None
                if not case_free and nxt is not None and nxt.joined and nxt.alpha and not nxt.cap:
                    if nxt.norm.endswith(L.ORG_COMPOUND_HEADS):
                        # "Joegoslavië-tribunaal", "VN-waarnemingsmissie": the compound names another
                        # organisation than the name it is built on.
                        self.cands.append(_Cand(w.start, nxt.end, s.index, tuple(norms[i : i + k + 1]),
                                                type="ORG", rule="entity.org-compound"))
                        i += k + 1
                        continue
                    if k > 1 and not ws[i + k - 1].cap:
                        # "Russische marine-infanterie": a description's noun inside a compound is no
                        # mention of the organisation the description names.
                        i += k + 1
                        continue
                if not case_free and k > 1 and not ws[i + k - 1].cap and nxt is not None and nxt.cap \
                        and not nxt.joined and self._names_org_at(ws, norms, caps, i + k):
                    # "de Oekraïense inlichtingendienst SBU": a description in apposition to the name
                    # that follows refers through it; the name is the mention.
                    i += k
                    continue
                self._add(s, ws, i, i + k, alias.entries, "entity.kb")
                i += k
                continue
            if w.cap and w.alpha and not case_free and not _adjective_like(w):
                pre = self.kb.prefix_of(w.norm)
                if pre is not None and _is_title(w.norm):
                    # A role compound ("Kremlinwoordvoerder Peskov", "Poetinadviseur", "de Wagnerbaas")
                    # describes a person; it is no mention of the organisation or person it is built on.
                    pre = None
                if pre is not None and (i + 1 >= n or not ws[i + 1].joined):
                    # A compound on a known name: "Wagnertroepen", "Telegramaccount".
                    k = len(pre.units[0])
                    self._add_span(s, w.start, w.start + _raw_len(w.text, k), pre.units, pre.entries,
                                   "entity.kb-compound")
                    i += 1
                    continue
            if w.norm in L.MINISTRY_HEADS | L.MINISTER_HEADS and i + 2 < n and ws[i + 1].norm == "van" \
                    and ws[i + 2].norm in L.PORTFOLIOS:
                j = _portfolio_end(ws, i + 2)
                if w.norm in L.MINISTRY_HEADS:
                    # "het ministerie van Defensie": linked later to the ministry the text named in full
                    # or to the country the sentence is about; "het Oekraïense ministerie van
                    # Infrastructuur" keeps its nationality, as the press names it.
                    b = i - 1 if i > 0 and ws[i - 1].cap and ws[i - 1].norm in L.NATIONALITY else i
                    self.cands.append(_Cand(ws[b].start, ws[j - 1].end, s.index, tuple(norms[b:j]),
                                            type="ORG", rule="entity.ministry"))
                i = j  # "minister van Defensie" is a title: the name after it is found next
                continue
            if w.cap and w.alpha and not case_free:
                j = self._institution(ws, i)
                if j is not None:
                    before = len(self.cands)
                    self._unknown(s, ws, i, j, case_free, caps_are_places)
                    if len(self.cands) > before:
                        c = self.cands[-1]
                        c.type, c.rule, c.role = "ORG", "entity.institution", None
                    i = j
                    continue
            place = i + 1 < n and ws[i + 1].norm in L.PLACE_COMPOUND_HEADS and not w.upper
            if w.cap and not case_free and i + 1 < n and ws[i + 1].joined and not ws[i + 1].cap \
                    and (place or ws[i + 1].norm.endswith(L.ORG_COMPOUND_HEADS)) \
                    and _name_word(w, False) and (i + 2 >= n or not ws[i + 2].joined):
                # "de Profsojoeznaja-straat", "de Azovstal-fabriek": a name joined to a place noun;
                # "het Rwanda-tribunaal": to an organisation noun.
                self.cands.append(_Cand(w.start, ws[i + 1].end, s.index, (w.norm, ws[i + 1].norm),
                                        type="LOC" if place else "ORG",
                                        rule="entity.compound-place" if place else "entity.org-compound"))
                i += 2
                continue
            if w.cap and w.norm in L.EVENT_FIRST and i + 1 < n and ws[i + 1].norm in ("om", "bij", "van"):
                i += 2  # "de Slag om Bachmoet": an event; the place after it is still found
                continue
            if w.cap and i >= 2 and ws[i - 1].norm in L.NAME_PARTICLES | L.INSTITUTION_LINKS and \
                    _institution_head(w.norm) and any(_is_title(x.norm) for x in ws[max(0, i - 3) : i - 1]):
                i += 1  # "de Commandant der Strijdkrachten": the institution inside a title
                continue
            if self._starts_name(ws, i, case_free):
                j = self._extend(ws, i, norms, caps, case_free)
                if i > 0 and ws[i - 1].norm in L.ORG_NOUNS and not case_free:
                    j = self._complements(ws, j)  # "de stichting Stroom voor Charkiv"
                self._unknown(s, ws, i, j, case_free, caps_are_places)
                i = j
                continue
            if (w.upper and not case_free and 2 <= len(w.text) <= 6 and not w.initial) or (
                w.upper and w.initial and w.norm in self.midcap
            ):
                if _designation(ws, i):
                    i += 2
                    continue
                j = self._acronym_name(ws, i, norms, caps)
                self._unknown(s, ws, i, j, case_free, caps_are_places)
                i = j
                continue
            i += 1
        self._ordinal_units(s, ws)

    def _agency_context(self, ws: list[_Word], i: int) -> bool:
        return i > 0 and (ws[i - 1].norm in L.CREDIT_WORDS or ws[i - 1].text in "/|&")

    def _starts_name(self, ws: list[_Word], i: int, case_free: bool) -> bool:
        w = ws[i]
        if w.norm in L.NATIONALITY and not w.norm.endswith("e") and w.cap and not w.initial and \
                i + 1 < len(ws) and ws[i + 1].cap and _name_word(ws[i + 1], False) and \
                not _adjective_like(ws[i + 1]) and ws[i + 1].norm not in L.ORG_HEADS and \
                (not w.tag or _proper_tag(w)):
            return True  # "Frans Osinga": an uninflected nationality word is a first name here
        if (w.cap and not w.initial and not case_free and w.norm not in L.NATIONALITY and _adjective_like(w)
                and i + 1 < len(ws) and ws[i + 1].cap and not ws[i + 1].joined and ws[i + 1].alpha
                and (_org_compound(ws[i + 1].norm) or w.norm.endswith("e"))):
            # "het Nationale Antiterrorismecomité", "de Oostelijke Groepering", "de Witte Engelen":
            # a capitalised inflected adjective inside a sentence opens a name.
            return True
        if not _name_word(w, case_free) or (w.upper and not case_free):
            return False
        if _designation(ws, i):
            return False  # "Su-25", "Ka-52": a type designation, not a name
        if i > 0 and not case_free and ws[i - 1].norm in L.QUANTIFIERS:
            return False  # "veel Moskovieten", "duizenden Kievenaren": a quantified common noun
        if w.joined and i > 0 and ws[i - 1].alpha and not ws[i - 1].cap:
            return False  # "anti-Poetin" keeps the name; "oud-Generaal" never happens
        if i + 1 < len(ws) and ws[i + 1].joined and ws[i + 1].alpha:
            nxt = ws[i + 1]
            if not nxt.cap:
                return False  # a compound with a common noun: "Himars-raketten"
        if case_free:
            return w.norm not in L.NEVER_NAMES
        nxt_known = i + 1 < len(ws) and self.kb.match_at(self._norms, self._caps, i + 1)
        if w.norm in L.NEVER_NAMES and nxt_known:
            return False  # "richting De Krim": a capitalised article before a known name
        if not w.initial:
            return True
        if w.norm in L.NEVER_NAMES or w.norm in _COMMON_CONTEXT or nxt_known:
            return False  # "Vanuit Belarus", "Persbureau Reuters"
        if w.norm in self.midlow and w.norm not in self.midcap:
            return False  # written in lower case elsewhere: a common word capitalised by position

        if _proper_tag(w) or w.norm in self.midcap:
            return True
        # "Marieke de Graaf, defensie-analist …": first name, particle, surname and a title after it.
        k = i + 1
        while k < len(ws) and k - i <= 2 and ws[k].norm in L.NAME_PARTICLES and not ws[k].cap:
            k += 1
        if k > i + 1 and k < len(ws) and ws[k].cap and _name_word(ws[k], False) and (
            not w.tag or _proper_tag(w)) and not self.kb.match_at(self._norms, self._caps, k) and (
            ws[k].norm in self.midcap or self._title_after(ws, k + 1) is not None
        ):
            return True
        # "Peter Wijninga zegt": an initial word followed by another name word.
        return (i + 1 < len(ws) and not ws[i + 1].joined and _name_word(ws[i + 1], False)
                and not _adjective_like(ws[i + 1]) and (not w.tag or w.tag.startswith(("N", "SPEC"))))

    def _acronym_name(self, ws: list[_Word], i: int, norms: list[str], caps: list[bool]) -> int:
        """The end of a name an acronym opens: hyphen-joined capitalised parts ("OVD-Info") or one
        unknown capitalised word after it ("TU Delft"); else just the acronym."""
        n = len(ws)
        j = i + 1
        while j < n and ws[j].joined and ws[j].alpha and ws[j].cap:
            j += 1
        if j > i + 1:
            return j
        if j < n and not ws[j].joined and ws[j].cap and not ws[j].upper and _name_word(ws[j], False) \
                and not _adjective_like(ws[j]) and self.kb.match_at(norms, caps, j) is None \
                and (j + 1 >= n or not ws[j + 1].cap):
            return j + 1
        return i + 1

    def _place_in_org_name(self, ws: list[_Word], i: int, k: int, entries: tuple[KBEntry, ...]) -> bool:
        if not all(e.type == "LOC" for e in entries):
            return False
        j = i + k
        while j < len(ws) and ws[j].cap and ws[j].alpha:
            if ws[j].norm in L.ORG_HEADS:
                return True
            j += 1
        return False

    def _extend(self, ws: list[_Word], i: int, norms: list[str], caps: list[bool], case_free: bool,
                kb_stops: bool = True) -> int:
        n = len(ws)
        j = i + 1
        while j < n:
            w = ws[j]
            if w.joined and not w.cap:
                break
            if w.cap or (case_free and w.alpha and w.norm not in L.NAME_PARTICLES):
                if w.cap and not case_free and _adjective_like(w) and _adjective_like(ws[j - 1]) \
                        and j + 1 < n and ws[j + 1].cap and ws[j + 1].alpha:
                    j += 1  # "Centrale Militaire District": a run of capitalised adjectives
                    continue
                if not _name_word(w, case_free) or (j == i + 1 and w.norm in L.PORTFOLIOS):
                    break
                m = self.kb.match_at(norms, caps, j, ignore_case=case_free) if kb_stops else None
                if m is not None and m[0] == 1 and _other_person(ws[i:j], m[1].entries):
                    j += 1  # "Jaap Hoekstra" is not the known Wopke Hoekstra: one unknown person
                    continue
                if m is not None and ws[j - 1].norm == "van" and any(
                        x.norm in L.ORG_HEADS or _org_compound(x.norm) or x.norm in L.GEO_HEADS
                        for x in ws[i:j]):
                    j += m[0]  # "Universiteit van Amsterdam", "Golf van Riga": the place is part of the name
                    break
                if m is not None:
                    # A surname that is also a place ("Dick Berlijn"): one person.
                    k, alias = m[0], m[1]
                    if (j - i == 1 and k == 1 and not w.joined and not ws[i].joined
                            and all(e.type in ("LOC", "ORG") for e in alias.entries)
                            and (j + 1 >= n or not ws[j + 1].cap)
                            and (not ws[i].tag or _proper_tag(ws[i]))
                            and ws[i].norm not in self.midcap_places()):
                        j += 1
                    break
                j += 1
                continue
            if w.text == "&" and j + 1 < n and ws[j + 1].cap and _name_word(ws[j + 1], case_free):
                j += 1  # "Wageningen University & Research"
                continue
            if w.norm in L.NAME_PARTICLES or w.norm in L.ENGLISH_CONNECTORS:
                k = j
                while k < n and (ws[k].norm in L.NAME_PARTICLES or ws[k].norm in L.ENGLISH_CONNECTORS) \
                        and not ws[k].cap:
                    k += 1
                if k < n and ws[k].cap and _name_word(ws[k], case_free) and k - j <= 2 \
                        and not (ws[j].norm == "van" and k - j == 2 and ws[j + 1].norm in ("de", "het")) \
                        and not (_institution_head(ws[k].norm) and not any(
                            _institution_head(x.norm) for x in ws[i:j])) \
                        and not (ws[j].norm == "van" and j - i >= 2 and self._known_place(norms, caps, k)
                                 and not any(x.norm in L.ORG_HEADS or _org_compound(x.norm)
                                             or x.norm in L.GEO_HEADS for x in ws[i:j])):
                    j = k
                    continue
            break
        while j - 1 > i and not ws[j - 1].cap and (ws[j - 1].norm in L.NAME_PARTICLES
                                                   or ws[j - 1].norm in L.ENGLISH_CONNECTORS):
            j -= 1  # "Roel Smit van Instituut Clingendael": a particle never ends a name
        return j

    def _names_org_at(self, ws: list[_Word], norms: list[str], caps: list[bool], j: int) -> bool:
        """An organisation's name starts at ``j``: a known one or an acronym ("SBU", "TASS")."""
        m = self.kb.match_at(norms, caps, j)
        if m is not None:
            return all(e.type == "ORG" for e in m[1].entries)
        return ws[j].upper and ws[j].alpha

    def _names_known_at(self, ws: list[_Word], j: int) -> bool:
        """A known person or organisation (not a place) starts at ``j``."""
        m = self.kb.match_at(self._norms, self._caps, j)
        return m is not None and not all(e.type == "LOC" for e in m[1].entries)

    def _institution(self, ws: list[_Word], i: int) -> int | None:
        """The end of an institution name that starts at ``i``, by Dutch and English name grammar:
        capitalised modifiers (adjectives, nationality words, designations), a capitalised head
        noun (``Centrum``, ``Universiteit``, ``Academie``, ``Training Centre``), then a place or
        name (``Universiteit Utrecht``), capitalised words joined by ``en``/``and``/``&``, and
        complements ``voor/van/for/of (de/het/the)`` + capitalised words (``Comité van het Rode
        Kruis``). None when there is no such head or only a bare head (``de Groep``), which is a
        common noun capitalised at most."""
        n = len(ws)
        w = ws[i]
        if w.norm in L.NEVER_NAMES or _is_title(w.norm) or w.norm in MONTHS or w.norm in WEEKDAYS:
            return None
        if w.initial and not (_adjective_like(w) or _institution_head(w.norm)):
            return None  # a sentence-initial word opens an institution only as its modifier or head
        j = i
        head = -1
        while j < n:
            x = ws[j]
            if j > i and x.joined and not x.alpha:
                j += 1  # "F-16", "G7": a designation inside the name
                continue
            if not (x.alpha and x.cap) or x.norm in L.NEVER_NAMES or _is_title(x.norm) or \
                    (j > i and x.initial) or (x.joined and j > i and not x.cap):
                break
            if j > i and self._names_known_at(ws, j):
                return None  # "de Amerikaanse Institute for the Study of War": a known name starts here
            if _institution_head(x.norm):
                head = j
                j += 1
                break
            if j > i and x.norm in L.NATIONALITY:
                break
            j += 1
        if head < 0:
            return None
        # After the head: more heads ("Training Centre"), a place or name, links and conjunctions.
        while j < n:
            x = ws[j]
            if x.alpha and x.cap and not x.initial and not _is_title(x.norm) and x.norm not in L.NATIONALITY:
                if x.norm in MONTHS or x.norm in WEEKDAYS or self._names_known_at(ws, j):
                    break  # "Persbureau Reuters": a head noun before a known name describes it
                j += 1
                continue
            if x.joined and not x.alpha and j > head:
                j += 1
                continue
            k = self._complements(ws, j)
            if k > j:
                j = k
                continue
            break
        if j - i < 2:
            return None
        return j

    def _complements(self, ws: list[_Word], j: int) -> int:
        """The end of the complements of a name at ``j``: ``voor/van/for/of (de/het/the)`` or
        ``en/and/&`` followed by capitalised words ("… voor Strategische Studies")."""
        n = len(ws)
        while j < n:
            x = ws[j]
            if not (x.norm in L.INSTITUTION_LINKS or x.norm in L.NAME_CONJUNCTIONS or x.text == "&") or x.cap:
                break
            k = j + 1
            if x.norm in L.INSTITUTION_LINKS:
                while k < n and k - j <= 2 and ws[k].norm in L.INSTITUTION_ARTICLES and not ws[k].cap:
                    k += 1
            if not (k < n and ws[k].alpha and ws[k].cap and not ws[k].initial and not _is_title(ws[k].norm)
                    and ws[k].norm not in L.NEVER_NAMES):
                break
            j = k + 1
            while j < n and ws[j].alpha and ws[j].cap and not _is_title(ws[j].norm):
                j += 1
        return j

    def _known_place(self, norms: list[str], caps: list[bool], k: int) -> bool:
        """"Aleksej Smirnov van Koersk": after a full name, "van" before a known place gives an
        origin, not a surname ("Universiteit van Amsterdam" keeps it)."""
        m = self.kb.match_at(norms, caps, k)
        return m is not None and all(e.type == "LOC" for e in m[1].entries)

    def midcap_places(self) -> frozenset[str]:
        return frozenset()

    def _unknown(self, s: Sentence, ws: list[_Word], i: int, j: int, case_free: bool,
                 caps_are_places: bool) -> None:
        words = tuple(w.norm for w in ws[i:j])
        if words[-1].endswith(L.EVENT_HEADS):
            return  # "de Tweede Wereldoorlog": an event, not a person, organisation or place
        c = _Cand(ws[i].start, ws[j - 1].end, s.index, words, rule="entity.capitals")
        kind = self.doc.parts[s.part].kind if self.doc.parts else "body"
        prev = ws[i - 1].norm if i > 0 else ""
        role = self._title_before(ws, i) or self._title_after(ws, j)
        if kind in ("credit", "byline"):
            c.type, c.rule = "PER", "entity.credit"
        elif caps_are_places and kind == "dateline":
            c.type, c.rule = "LOC", "entity.dateline"
        elif any(x in L.ORG_HEADS or _org_compound(x) for x in words) or ws[i].upper or prev in L.ORG_NOUNS:
            c.type = "ORG"
        elif role is not None:
            c.type, c.role = "PER", role
        elif j - i >= 2 and _adjective_like(ws[i]) and ws[i].norm.endswith("e"):
            c.type = "ORG"  # "Centrale Militaire District": a person's name opens with no adjective
        elif prev in L.PLACE_NOUNS or prev in L.PLACE_PREPOSITIONS or words[0] in L.GEO_HEADS or (
            len(prev) > 6 and prev.endswith(L.PLACE_NOUN_HEADS)  # "het grensdorp Goejevo"
        ):
            c.type = "LOC"
        elif " " not in self.doc.text[ws[i].start : ws[j - 1].end] and len(words[-1]) > 6 and \
                words[-1].endswith(L.FACILITY_HEADS):
            # "Sint-Andreaskerk", "Jablonskastraat": a building or street. Only one written word:
            # after a first name the same ending is a surname ("Niels Oudendijk").
            c.type = "LOC"
        elif j - i >= 2:
            c.type = "PER"
        elif ws[i].norm.endswith(L.PLACE_SUFFIXES) and len(ws[i].norm) > 5:
            c.type = "LOC"
        # "(ISW)" right after a name: the acronym of that name.
        if ws[i].upper and i >= 2 and ws[i - 1].text == "(" and self.cands and \
                self.cands[-1].end <= ws[i - 1].start and self.cands[-1].sentence == s.index:
            c.acronym_of = len(self.cands) - 1
        self.cands.append(c)

    def _title_before(self, ws: list[_Word], i: int) -> tuple[str, str | None] | None:
        """A title right before a name: "president Poetin", "de Oekraïense president Zelensky",
        "minister van Defensie Sergej Sjojgoe", "Wagnerbaas Jevgeni Prigozjin"."""
        k = i - 1
        if k >= 1 and ws[k].norm in L.PORTFOLIOS:
            while k >= 0 and (ws[k].norm in L.PORTFOLIOS or ws[k].norm == "van"):
                k -= 1
        if k < 0 or not _is_title(ws[k].norm):
            return None
        country = None
        if k >= 1 and ws[k - 1].norm in L.NATIONALITY:
            country = L.NATIONALITY[ws[k - 1].norm] or None
        return ws[k].norm, country

    def _title_after(self, ws: list[_Word], j: int) -> tuple[str, str | None] | None:
        """An apposition: "Frans Osinga, hoogleraar …", "Dmitri Medvedev, vice-voorzitter …"."""
        if j + 1 < len(ws) and ws[j].text == ",":
            k = j + 1
            country = None
            if ws[k].norm in L.NATIONALITY and k + 1 < len(ws):
                country = L.NATIONALITY[ws[k].norm] or None
                k += 1
            m = k
            while m + 1 < len(ws) and ws[m + 1].joined:
                m += 1  # "defensie-analist": the head of a hyphenated compound is the last part
            if _is_title(ws[k].norm) or _is_title(ws[m].norm):
                return ws[m].norm if m > k else ws[k].norm, country
        return None

    def _add(self, s: Sentence, ws: list[_Word], i: int, j: int, entries: tuple[KBEntry, ...],
             rule: str) -> None:
        words = tuple(w.norm for w in ws[i:j])
        start, end = ws[i].start, ws[j - 1].end
        c = _Cand(start, end, s.index, words, tuple(entries), rule=rule)
        prev = ws[i - 1].norm if i > 0 else ""
        prev2 = ws[i - 2].norm if i > 1 else ""
        nxt = ws[j].norm if j < len(ws) else ""
        if prev in L.REGION_HEADS and not ws[i - 1].cap:
            c.region, c.start = True, ws[i - 1].start
            if prev.endswith(("s", "n")):
                c.start = ws[i].start  # "de regio's Charkiv en Donetsk": the names alone
        elif _coordinated_after(ws, i, L.REGION_HEADS):
            c.region = True  # "de regio's Charkiv en Donetsk": every conjunct names a region
        elif nxt in L.REGION_HEADS and j < len(ws) and ws[j].joined:
            c.region, c.end = True, ws[j].end
        if prev in L.CITY_HEADS or (prev2 in L.CITY_HEADS and prev in ("van",)):
            c.city = True
        if prev in L.RIVER_HEADS or (nxt in L.RIVER_HEADS and ws[j].joined) or (
            prev == "de" and not ws[i - 1].initial
        ):
            c.river = True
        if entries and len({e.type for e in entries}) == 1:
            c.type = entries[0].type
        if entries and all(e.type == "PER" for e in entries):
            c.role = self._title_before(ws, i) or self._title_after(ws, j)
        if ws[i].upper and i >= 2 and ws[i - 1].text == "(" and self.cands and \
                self.cands[-1].sentence == s.index and self.cands[-1].end <= ws[i - 1].start:
            c.acronym_of = len(self.cands) - 1
        self.cands.append(c)

    def _add_span(self, s: Sentence, start: int, end: int, words: tuple[str, ...],
                  entries: tuple[KBEntry, ...], rule: str) -> None:
        self.cands.append(_Cand(start, end, s.index, tuple(words), tuple(entries), rule=rule))

    def _ordinal_units(self, s: Sentence, ws: list[_Word]) -> None:
        """Numbered military units: "het 49ste leger", "de 93e gemechaniseerde brigade"."""
        toks = s.tokens
        text = self.doc.text
        for ti, t in enumerate(toks):
            tok = text[t.start : t.end]
            if not (tok[:1].isdigit() and tok.lstrip("0123456789") in ("e", "ste", "de")):
                continue
            k = ti + 1
            while k < len(toks) and fold(text[toks[k].start : toks[k].end]) in L.UNIT_ADJECTIVES:
                k += 1
            head = fold(text[toks[k].start : toks[k].end]) if k < len(toks) else ""
            if head in L.UNIT_NOUNS or (len(head) > 8 and head.endswith(L.UNIT_NOUN_HEADS)):
                words = tuple(fold(text[x.start : x.end]) for x in toks[ti : k + 1])
                self.cands.append(_Cand(t.start, toks[k].end, s.index, words, type="ORG",
                                        rule="entity.unit"))


def _coordinated_after(ws: list[_Word], i: int, heads: frozenset[str]) -> bool:
    """``ws[i]`` is a later conjunct of names after one of ``heads``: "regio's Charkiv en Donetsk"."""
    k = i - 1
    seen = False
    while k >= 1 and ws[k].norm in ("en", ",", "of") and ws[k - 1].cap:
        k -= 2
        seen = True
    return seen and k >= 0 and ws[k].norm in heads and not ws[k].cap


def _section_dateline(doc: Document) -> int | None:
    """A place in capitals right under the title, when the article has its own dateline further
    on, is the paper's regional section ("FRIESLAND"), not a place the article mentions."""
    kinds = [p.kind for p in doc.parts]
    if len(kinds) > 2 and kinds[0] == "title" and kinds[1] == "dateline" and "dateline" in kinds[2:]:
        return 1
    return None


def _institution_head(norm: str) -> bool:
    """A head noun of an institution name, simple or compound ("Veiligheidsbureau")."""
    return norm in L.INSTITUTION_HEADS or _org_compound(norm)


def _portfolio_end(ws: list[_Word], j: int) -> int:
    """The end of a ministry's portfolio from ``j``: "Defensie", "Justitie en Veiligheid"."""
    n = len(ws)
    while j < n and ws[j].norm in L.PORTFOLIOS:
        j += 1
        if j + 1 < n and ws[j].norm in ("en", ",") and ws[j + 1].norm in L.PORTFOLIOS:
            j += 1
    return j


def _designation(ws: list[_Word], i: int) -> bool:
    """A word hyphen-joined to a number is a type designation ("UJ-22", "Su-25", "S-300")."""
    return i + 1 < len(ws) and ws[i + 1].joined and ws[i + 1].text[:1].isdigit()


def _other_person(first: list[_Word], entries: tuple[KBEntry, ...]) -> bool:
    """A first name before a known surname that is none of the known person's first names."""
    if not first or not entries or not all(e.type == "PER" for e in entries):
        return False
    given = first[-1].norm
    if len(first) > 1 or not first[-1].cap or len(given) < 3:
        return False
    known = set()
    for e in entries:
        for spelling in (e.name, *e.aliases):
            parts = units(spelling)
            if len(parts) >= 2:
                known.add(parts[0])
    if not known:
        return False
    return all(SequenceMatcher(None, given, x).ratio() < 0.5 for x in known)


def _raw_len(text: str, folded_len: int) -> int:
    """How many characters of ``text`` make up its first ``folded_len`` folded characters."""
    n = 0
    for i, ch in enumerate(text):
        n += len(fold(ch).replace("'", "").replace("’", ""))
        if n >= folded_len:
            return i + 1
    return len(text)


# -- resolution ------------------------------------------------------------------------------
def _choose(c: _Cand, in_doc: set[str], kb: KnowledgeBase) -> KBEntry | None:
    """One entry for a candidate: the region it names, the one the document already uses, or by
    context (a river after an article)."""
    entries = [e for e in c.entries]
    if not entries:
        return None
    if c.region:
        for e in entries:
            r = kb.region_of(e)
            if r is not None:
                return r
    if len(entries) > 1:
        used = [e for e in entries if e.id in in_doc]
        if len(used) == 1:
            return used[0]
        if c.river:
            water = [e for e in entries if e.kind == "water"]
            if water:
                return water[0]
        non_water = [e for e in entries if e.kind != "water"]
        return (non_water or entries)[0]
    return entries[0]


def resolve(doc: Document, cands: list[_Cand], kb: KnowledgeBase,
            words: list[tuple[Sentence, list[_Word]]] | None = None) -> list[Entity]:
    ents: list[_Ent] = []
    by_kb: dict[str, _Ent] = {}
    by_words: dict[tuple[str, ...], _Ent] = {}
    unambiguous = {c.entries[0].id for c in cands if len(c.entries) == 1}

    # Surnames of people the document names in full, so "Berlijn" after "Dick Berlijn" is him.
    full_people: dict[str, list[_Cand]] = {}
    for c in cands:
        if not c.entries and c.type == "PER" and len(c.words) >= 2:
            full_people.setdefault(c.words[-1], []).append(c)


    def attach(c: _Cand, ent: _Ent) -> None:
        c.entity = ent
        ent.cands.append(c)
        if c.type:
            ent.types[c.type] += 1
        if c.role:
            ent.roles.add(c.role)

    if words is not None:
        _ministry_countries(cands, kb, words)

    for c in cands:
        if c.entries and len(c.words) == 1 and c.words[0] in full_people and not c.region:
            c.entries = ()
            c.type = "PER"
        if c.entries:
            entry = _choose(c, unambiguous, kb)
            if entry is None:
                continue
            ent = by_kb.get(entry.id)
            if ent is None:
                ent = _Ent(entry)
                by_kb[entry.id] = ent
                ents.append(ent)
            attach(c, ent)
            continue
        ent = _match_unknown(c, cands, by_words, ents)
        if ent is None:
            ent = _Ent(None)
            ents.append(ent)
        by_words.setdefault(c.words, ent)
        attach(c, ent)

    # "(ISW)" after "Institute for the Study of War": one entity.
    for c in cands:
        if c.acronym_of is not None and c.entity is not None:
            other = cands[c.acronym_of].entity
            if other is not None and other is not c.entity:
                _merge(other, c.entity, ents)

    # "Generale Staf" after (or before) "Oekraïense generale staf": the short form of a longer name.
    for ent in list(ents):
        if ent.entry is not None or ent not in ents:
            continue
        if all(len(c.words) >= 2 for c in ent.cands):
            for other in ents:
                if other is not ent and all(_ends_one_of(c, other) for c in ent.cands):
                    _merge(other, ent, ents)
                    break

    # "het Strafhof" after "het Internationaal Strafhof": one word that ends an organisation's name.
    for ent in list(ents):
        if ent.entry is not None or ent not in ents or ent.roles:
            continue
        if all(len(c.words) == 1 and c.rule != "entity.credit" for c in ent.cands) and \
                _institution_head(ent.cands[0].words[0]):
            word = genitive_stem(ent.cands[0].words[0]) or ent.cands[0].words[0]
            for other in ents:
                if other is not ent and _org_like(other) and any(
                        len(x.words) >= 2 and x.words[-1] in (ent.cands[0].words[0], word)
                        for x in other.cands):
                    _merge(other, ent, ents)
                    break

    _descriptions(doc, ents, kb, words)
    out = []
    for ent in ents:
        if ent.entry is not None and ent.entry.ignored:
            continue
        out.append(_to_entity(doc, ent))
    return out


def _org_like(ent: _Ent) -> bool:
    if ent.entry is not None:
        return ent.entry.type == "ORG"
    return bool(ent.types) and ent.types.most_common(1)[0][0] == "ORG"


def _ministry_countries(cands: list[_Cand], kb: KnowledgeBase,
                        words: list[tuple[Sentence, list[_Word]]]) -> None:
    """Link an unqualified "ministerie van Defensie" to the country its sentence is about.

    A Dutch paper's unqualified national institution is the Dutch one when its sentence names the
    Netherlands; it is another country's when the sentence names that country alone (by name or
    adjective). Otherwise it stays unknown and joins the ministry the text named in full before.
    """
    by_sentence = {s.index: ws for s, ws in words}
    for c in cands:
        if c.rule != "entity.ministry" or c.entries or c.words[0] not in L.MINISTRY_HEADS:
            continue
        countries: list[str] = []
        for x in cands:
            if x.sentence == c.sentence and x is not c:
                countries += [e.country for e in x.entries if e.kind == "country" and e.country]
        for w in by_sentence.get(c.sentence, []):
            if w.cap and L.NATIONALITY.get(w.norm) and not (c.start <= w.start < c.end):
                countries.append(L.NATIONALITY[w.norm])
        found = set(countries)
        country = "NL" if "NL" in found else (found.pop() if len(found) == 1 else None)
        if country is None:
            continue
        for adj, code in L.NATIONALITY.items():
            if code == country:
                entries = kb.lookup(" ".join((adj, *c.words)))
                if entries:
                    c.entries = tuple(entries[:1])
                    c.type = "ORG"
                    break


def _ends_one_of(c: _Cand, other: _Ent) -> bool:
    n = len(c.words)
    return any(len(x.words) > n and x.words[-n:] == c.words for x in other.cands)


def _merge(a: _Ent, b: _Ent, ents: list[_Ent]) -> None:
    """Fold ``b`` into ``a`` (keeping a knowledge-base entry if either has one)."""
    keep, gone = (a, b) if a.entry is not None or b.entry is None else (b, a)
    for c in gone.cands:
        c.entity = keep
    keep.cands.extend(gone.cands)
    keep.types.update(gone.types)
    keep.roles |= gone.roles
    if gone in ents:
        ents.remove(gone)


def _match_unknown(c: _Cand, cands: list[_Cand], by_words: dict, ents: list[_Ent]) -> _Ent | None:
    ent = by_words.get(c.words)
    if ent is not None:
        return ent
    stem = genitive_stem(c.words[-1])
    if stem:
        ent = by_words.get((*c.words[:-1], stem))
        if ent is not None:
            return ent
    last = c.words[-1]
    if len(c.words) == 1:
        # A surname: the person named in full anywhere in the document.
        for e in ents:
            if e.types.get("PER") and any(len(x.words) >= 2 and x.words[-1] in (last, stem) for x in e.cands):
                return e
        for other in cands:
            if other is not c and not other.entries and len(other.words) >= 2 and \
                    other.words[-1] in (last, stem) and other.type == "PER":
                if other.entity is not None:
                    return other.entity
                ent = _Ent(None)
                ents.append(ent)
                by_words.setdefault(other.words, ent)
                return ent
    elif c.type != "PER":
        # A shorter organisation name that ends a longer one used before.
        for e in reversed(ents):
            for x in e.cands:
                if len(x.words) > len(c.words) and x.words[-len(c.words):] == c.words:
                    return e
    return None


def _descriptions(doc: Document, ents: list[_Ent], kb: KnowledgeBase,
                  words: list[tuple[Sentence, list[_Word]]] | None = None) -> None:
    """Role nouns that refer to exactly one person named in the document: "de president"."""
    people = [e for e in ents if (e.entry is not None and e.entry.type == "PER")
              or (e.entry is None and e.types.most_common(1) and e.types.most_common(1)[0][0] == "PER")]
    if not people:
        return
    used = {(c.sentence, c.start) for e in ents for c in e.cands}
    text = doc.text
    for s, ws in words if words is not None else [(s, _words(doc, s)) for s in doc.sentences]:
        for i, w in enumerate(ws):
            if not w.alpha or not _is_title(w.norm):
                continue
            k = i - 1
            country = None
            if k >= 0 and ws[k].norm in L.NATIONALITY:
                country = L.NATIONALITY[ws[k].norm] or None
                k -= 1
            if k < 0 or ws[k].norm not in L.DESCRIPTION_DETERMINERS:
                continue
            if i + 1 < len(ws) and (ws[i + 1].cap or ws[i + 1].norm == "van" or ws[i + 1].joined):
                continue  # a title before a name, or "de minister van …" (which minister is unclear)
            if (s.index, w.start) in used:
                continue
            match = [e for e in people if _has_role(e, w.norm, country)]
            if len(match) != 1:
                continue
            c = _Cand(ws[k + 1].start if country else w.start, w.end, s.index,
                      (w.norm,), rule="entity.description")
            c.entity = match[0]
            match[0].cands.append(c)
            LOGGER.debug("description %r → %s", text[c.start : c.end], match[0].key_words())


def _has_role(e: _Ent, role: str, country: str | None) -> bool:
    for r, ctry in e.roles:
        if r == role and (country is None or ctry is None or ctry == country):
            return True
    if e.entry is not None and role in e.entry.roles:
        return country is None or e.entry.country == country
    return False


def _to_entity(doc: Document, ent: _Ent) -> Entity:
    cands = sorted(ent.cands, key=lambda c: c.start)
    mentions = [Mention(c.start, c.end, c.sentence, c.rule) for c in cands]
    if ent.entry is not None:
        e = ent.entry
        return Entity(e.name, e.type, mentions, e.party, e.id, "entity.kb")
    names = [doc.text[c.start : c.end] for c in cands if c.rule != "entity.description"]
    name = max(names, key=lambda n: (len(n.split()), n[:1].isupper(), -names.index(n))) if names else ""
    if name.isupper() and len(name) > 6:
        name = name.title()
    typ = ent.types.most_common(1)[0][0] if ent.types else "PER"
    rule = Counter(c.rule for c in cands).most_common(1)[0][0]
    return Entity(name, typ, mentions, None, None, rule)


@register("entities", "1")
def extract_entities(doc: Document) -> None:
    """Fill ``doc.entities``."""
    kb = load()
    scanner = _Scanner(doc, kb)
    doc.entities = resolve(doc, scanner.run(), kb, scanner.sentences)


def entity_at(doc: Document, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping ``[start, end)`` (for speaker and source names)."""
    best: tuple[int, Entity] | None = None
    for e in doc.entities:
        for m in e.mentions:
            ov = min(end, m.end) - max(start, m.start)
            if ov > 0 and (best is None or ov > best[0]):
                best = (ov, e)
    return best[1] if best else None
