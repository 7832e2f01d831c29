"""Numeric claims: a number, what it counts, what happened to it, whose it is and who says so.

For every sentence of a claim part, the number grammar (:mod:`claimgraph.extract.numbers`) finds
the number expressions; each is then read in its clause:

1. *Not a claim*: dates, clock times, ages, years, ordinals, distances and model names are
   dropped (``25 februari``, ``half 8``, ``90 jaar oud``, ``200 kilometer``).
2. *Head noun*: the noun after the number, past adjectives and participles
   (``1100 Russische militairen``), a partitive (``zestien van deze systemen``) or the last part of
   a compound (``aanvalsbrigades``). A number whose noun is not in the lexicon counts something
   that is not a war claim (``twee vuurballen``) and is dropped. A bare number borrows its noun:
   from an anaphor (``Vier daarvan``), from a counted noun earlier in its clause (``het aantal
   gesneuvelden ligt op 42.000``), from the previous number in the sentence (``1100 militairen
   gedood en nog eens 1500 verwond``) or from the last counted noun of the previous sentence
   (``… munitiedepots. Er zouden er tien zijn vernietigd``).
3. *Category*: fixed by the noun (``doden`` → killed) or chosen by the clause's verbs and nouns
   (``gedood`` → killed, ``gewond`` → wounded, both → casualties, ``gemobiliseerd`` → personnel).
4. *Subject*: the party word in the noun phrase, else the party the clause is about (the
   recipient for deliveries, the victims' side for the dead), else the antecedent's.
5. *Source*: the quote or reported clause the number sits in
   (:func:`claimgraph.extract.attribution.source_at`), else the sentence's own attribution
   (``volgens X``, ``aldus X``, ``Binnen de NAVO wordt uitgegaan van …``), else the writer.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimgraph.document import CLAIM_PARTS, Document, Quantity, Sentence
from claimgraph.extract.attribution import quote_at, source_at
from claimgraph.extract.numbers import NL, NumberMatch, find_numbers, parse_token
from claimgraph.extract.registry import register
from claimgraph.extract.speakers import Resolver, Words, np_after
from claimgraph.kb.linker import load as load_kb
from claimgraph.lang.nl import parties as P
from claimgraph.lang.nl import quantities as Q
from claimgraph.lang.nl.months import MONTHS
from claimgraph.lang.nl.numbers import LOWER_BOUND_VERBS, RISE_TO_PREPOSITIONS, RISE_TO_VERBS
from claimgraph.lang.nl.punctuation import ALL_QUOTES
from claimgraph.lang.nl.speech import COUNTRIES_WITH_ARTICLE, GOVERNMENT_NAME

LOGGER = logging.getLogger(__name__)


def _cue_re(cues: Sequence[str]) -> re.Pattern[str]:
    """Cues match at a word start and may continue (stems): 'sneuvel' matches 'sneuvelden'; a cue
    ending in '$' is a whole word ('gevangen$' is not 'gevangenis')."""
    alts = sorted({re.escape(c[:-1]) + r"(?!\w)" if c.endswith("$") else re.escape(c) for c in cues},
                  key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")")


_CUES: dict[str, re.Pattern[str]] = {
    "killed": _cue_re(Q.KILLED_CUES),
    "wounded": _cue_re(Q.WOUNDED_CUES),
    "casualties": _cue_re(Q.CASUALTY_CUES),
    "prisoners": _cue_re(Q.PRISONER_CUES),
    "refugees": _cue_re(Q.REFUGEE_CUES),
    "personnel": _cue_re(Q.PERSONNEL_CUES),
}
_CONSCRIPTION = _cue_re(Q.CONSCRIPTION_CUES)
_LIFE_OBJECT = _cue_re(Q.LIFE_OBJECT)
_LIFE_LOST = _cue_re(Q.LIFE_LOST_VERBS)
_DELIVERY = _cue_re(Q.DELIVERY_CUES)
_FIRE = _cue_re(Q.FIRE_CUES)
_STRIKE = _cue_re((*Q.FIRE_CUES, *Q.STRIKE_CUES))
_DESTROY = _cue_re(Q.DESTROY_CUES)
_TERRITORY = _cue_re(Q.TERRITORY_CUES)
_PLACE = _cue_re(Q.PLACE_CUES)
_AGENT = _cue_re(Q.AGENT_CUES)
_STRIKE_VERB = _cue_re(Q.STRIKE_VERBS)
_QUOTE_CHARS = frozenset(ALL_QUOTES)
_QUANTITY_PARTS = CLAIM_PARTS | {"heading"}
_TWO_WORD_HEADS = {k for k in Q.HEAD_NOUNS if " " in k}
_ATTACK_NOUNS = frozenset(Q.ATTACK_NOUNS)


def _government_of(kb_id: str | None) -> str | None:
    """The government a country speaks for as the subject of an estimate ("Oekraïne schat …" →
    Government of Ukraine, the dev-set convention for metonymic countries)."""
    if not kb_id:
        return None
    entry = load_kb().entries.get(kb_id)
    if entry is None or entry.kind != "country":
        return None
    name = "the " + entry.name if entry.name in COUNTRIES_WITH_ARTICLE else entry.name
    return GOVERNMENT_NAME.format(name)


@dataclass
class _Noun:
    """A counted noun in a sentence (with or without its own number)."""

    index: int  # token index of the noun (its last token)
    unit: str
    cls: str
    category: str | None
    party: str | None


@dataclass
class _Item:
    quantity: Quantity
    noun: _Noun | None
    subset: bool = False  # "…, onder wie negen kinderen": a part, never what "van hen" means


def head_of(word: str) -> tuple[str, str, str | None] | None:
    """The lexicon entry of a noun: the whole word, else the longest lexicon tail of a compound."""
    w = word.lower().replace("’", "'")
    hit = Q.HEAD_NOUNS.get(w)
    if hit is not None:
        return hit
    for i in range(1, len(w) - Q.MIN_COMPOUND_HEAD + 1):
        tail = w[i:].lstrip("-")
        if tail in Q.HEAD_NOUNS and tail not in Q.NO_COMPOUND and len(tail) >= Q.MIN_COMPOUND_HEAD:
            return Q.HEAD_NOUNS[tail]
    return None


def party_of(word: str) -> str | None:
    """The party a word names: 'Russische' → russia, 'Wagnertroepen' → wagner."""
    w = word.lower()
    p = P.PARTY_WORDS.get(w)
    if p is not None:
        return p
    for prefix, party in P.PARTY_PREFIXES.items():
        if w.startswith(prefix) and len(w) > len(prefix):
            return party
    if "-" in w[1:]:
        # A hyphenated compound names its party in its first part: "EU-landen", "NAVO-lidstaten".
        return P.PARTY_WORDS.get(w.split("-", 1)[0])
    return None


class _Sentence:
    """One sentence's tokens as lower-case words, tags, lemmas and clause numbers."""

    def __init__(self, doc: Document, sent: Sentence) -> None:
        self.doc = doc
        self.sent = sent
        self.toks = sent.tokens
        self.words = [doc.text[t.start : t.end].lower().replace("’", "'") for t in self.toks]
        self.tags = [t.tag for t in self.toks]
        self.lemmas = [t.lemma.lower() for t in self.toks]
        self.tagged = any(self.tags)
        self.clause = self._clauses()
        self.nouns = self._nouns()

    def _clauses(self) -> list[int]:
        out, c = [], 0
        for i, w in enumerate(self.words):
            tag = self.tags[i]
            brk = w in Q.CLAUSE_BREAKS and w not in ("(", ")")
            if w in ("dat", "die") and self.tagged:
                brk = tag.startswith("VG") or "betr" in tag
            elif w == "die":
                brk = False
            if brk:
                c += 1
            out.append(c)
        return out

    def glued(self, i: int) -> bool:
        """Token i touches both neighbours ("Slidstvo.Info"): part of one written word."""
        t = self.toks
        return 0 < i < len(t) - 1 and t[i - 1].end == t[i].start and t[i].end == t[i + 1].start

    def nominal(self, i: int) -> bool:
        """May token i be a noun? Frog tags some rare compounds as adverbs (BW): only the word
        classes that can never be a noun rule a word out."""
        if not self.tagged:
            return True
        p = self.pos(i)
        if p == "WW":
            return "pv" not in self.tags[i] and "inf" not in self.tags[i]
        return p not in ("VZ", "VG", "LID", "VNW", "TW")

    def pos(self, i: int) -> str:
        t = self.tags[i]
        k = t.find("(")
        return t if k < 0 else t[:k]

    def _nouns(self) -> list[_Noun]:
        out = []
        for i, w in enumerate(self.words):
            if not w[:1].isalpha() or w in Q.HEAD_STOPS:
                continue
            if not self.nominal(i):
                continue
            hit = self._head_at(i)
            if hit is None:
                continue
            end, (unit, cls, cat) = hit
            if cls in ("times", "generic") or unit in ("days", "weeks", "months", "years", "hours"):
                continue
            out.append(_Noun(end - 1, unit, cls, cat, self.np_party(i, end)))
        return out

    def _head_at(self, i: int) -> tuple[int, tuple[str, str, str | None]] | None:
        w = self.words[i]
        if i + 1 < len(self.words):
            two = w + " " + self.words[i + 1]
            if two in _TWO_WORD_HEADS:
                return i + 2, Q.HEAD_NOUNS[two]
        hit = head_of(w)
        return (i + 1, hit) if hit else None

    def np_party(self, a: int, b: int, back: int = 3) -> str | None:
        """A party word among the noun's pre-modifiers (up to ``back`` words before a) or in it."""
        for k in range(b - 1, max(a - back, 0) - 1, -1):
            if k < a and (self.words[k] in Q.HEAD_STOPS or not self.words[k][:1].isalpha()):
                break
            p = party_of(self.words[k])
            if p is not None:
                return p
        return None

    def clause_span(self, i: int) -> tuple[int, int]:
        c = self.clause[i]
        a = i
        while a > 0 and self.clause[a - 1] == c:
            a -= 1
        b = i
        while b + 1 < len(self.words) and self.clause[b + 1] == c:
            b += 1
        return a, b + 1

    def text(self, a: int, b: int) -> str:
        """Words and lemmas of tokens a..b as one string, for cue matching.

        A separable verb's particle stands apart from its verb ("kwamen tientallen militairen
        om"): each finite verb is joined with the clause's particles so "kwamen om" can match.
        """
        return " ".join(self.words[a:b]) + " | " + " ".join(x for x in self.lemmas[a:b] if x)

    def combos(self, a: int, b: int) -> str:
        """Each finite verb of tokens a..b joined with each separated particle: "kwamen om"."""
        particles = [self.words[k] for k in range(a, b) if self.is_particle(k)]
        if not particles:
            return ""
        verbs = [self.words[k] for k in range(a, b) if self.is_finite(k)]
        return " | " + " | ".join(f"{v} {p}" for v in verbs for p in particles)

    def is_particle(self, k: int) -> bool:
        """A separated verb particle: Frog's VZ(fin), or a particle word at the end of the middle
        field — before the clause's end or before an extraposed prepositional phrase ("zitten vast
        in Russische kampen", "kwamen vrij in ruil voor …"; Frog tags "neer" in "haalde … neer" as
        an adverb)."""
        if self.words[k] not in Q.PARTICLES:
            return False
        if self.tagged and self.tags[k].startswith("VZ(fin"):
            return True
        nxt = self.words[k + 1] if k + 1 < len(self.words) else "."
        return not nxt[:1].isalnum() or nxt in Q.EXTRAPOSED_PREPOSITIONS

    def prep_before(self, k: int) -> str | None:
        """The preposition whose phrase holds token k ("door" in "door de Russische troepen")."""
        j = k - 1
        while j >= 0 and k - j <= 4:
            x = self.words[j]
            if x in Q.AGENT_PREPOSITIONS or x in Q.TARGET_PREPOSITIONS or x in Q.PLACE_PREPOSITIONS:
                return x
            adjective = self.pos(j) == "ADJ" if self.tagged else x.endswith("e")
            if x in Q.NP_FILLERS or adjective or party_of(x) is not None:
                j -= 1
                continue
            return None
        return None

    def passive(self, a: int, b: int) -> bool:
        """Is the clause a..b passive ("werden vernietigd", "is getroffen")? A form of "hebben"
        makes it an active perfect; "zijn"/"is" without one is the passive perfect."""
        ws = self.words[a:b]
        if any(x in Q.ACTIVE_AUX for x in ws):
            return False
        if any(x in Q.PASSIVE_AUX for x in ws):
            return True
        return any(x in Q.PERFECT_BE and (not self.tagged or self.pos(a + k) == "WW")
                   for k, x in enumerate(ws))

    def is_finite(self, k: int) -> bool:
        if self.tagged:
            return "pv" in self.tags[k]
        return self.words[k][:1].isalpha()

    def is_noun_like(self, i: int) -> bool:
        """An unknown word that may be a noun: what the number counts is then not in the lexicon."""
        w = self.words[i]
        if not w[:1].isalpha() or w in Q.HEAD_STOPS:
            return False
        if self.tagged:
            return self.pos(i) in ("N", "SPEC", "ADJ")
        return True


def _phrase_len(words: Sequence[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the longest of ``phrases`` that starts at ``words[i]`` (0 if none)."""
    return max((len(p) for p in phrases if tuple(words[i : i + len(p)]) == p), default=0)


def _phrase_len_before(words: Sequence[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the longest of ``phrases`` that ends just before ``words[i]`` (0 if none)."""
    return max((len(p) for p in phrases if i >= len(p) and tuple(words[i - len(p) : i]) == p), default=0)


_TOLL_CATEGORIES = frozenset({"killed", "wounded", "casualties"})
_PEOPLE_CATEGORIES = frozenset({"killed", "wounded", "casualties", "prisoners", "refugees", "civilians"})
# What an agent does to the other side: kills, wounds, destroys, captures.
_HARM_CATEGORIES = frozenset({"killed", "wounded", "casualties", "equipment", "prisoners"})


def _category_from_cues(text: str) -> str | None:
    found = [name for name, rx in _CUES.items() if rx.search(text)]
    if "killed" in found and "wounded" in found:
        return "casualties"
    for name in ("killed", "wounded", "prisoners", "refugees", "casualties", "personnel"):
        if name in found:
            return name
    return None


def _cued_category(forward: str, backward: str, clause: str, first: str | None = None) -> str | None:
    """The category the words around a people count cue (``first`` when already known), with losing
    one's life ("kostte aan vijftig soldaten het leven", "verloren … het leven") counted as killed."""
    cat = first or _category_from_cues(forward) or _category_from_cues(backward)
    if _LIFE_OBJECT.search(forward) and _LIFE_LOST.search(clause):
        cat = "killed"
    return cat


class _Extractor:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.items: list[_Item] = []
        self.prev: _Sentence | None = None
        self.prev_items: list[_Item] = []
        self.doc_items: list[_Item] = []
        self.quotes_in: dict[int, list] = {}
        for q in doc.quotes:
            self.quotes_in.setdefault(q.sentence, []).append(q)
        self.entity_at = {
            (m.start, m.end): e.name for e in doc.entities for m in e.mentions
        }
        self.government = {e.name: g for e in doc.entities if (g := _government_of(e.kb_id)) is not None}
        self._resolver: Resolver | None = None
        self._gapped_at: NumberMatch | None = None

    @property
    def resolver(self) -> Resolver:
        """The speaker namer of the quote layer, built on first use (few sentences need it)."""
        if self._resolver is None:
            self._resolver = Resolver(Words(self.doc))
        return self._resolver

    # ---- one number -------------------------------------------------------------------------

    def _not_claim(self, s: _Sentence, m: NumberMatch) -> bool:
        w = s.words
        v = w[m.value_start]
        after = w[m.end] if m.end < len(w) else ""
        before = w[m.value_start - 1] if m.value_start > 0 else ""
        year_like = v.isdigit() and len(v) == 4 and 1800 <= int(v) <= 2100
        if after in MONTHS or (before in MONTHS and year_like):
            return True  # 25 februari; mei 2023
        if before in Q.NOT_CLAIM_BEFORE and m.start == m.value_start:
            return True  # half 8, om 14.00, sinds 2014, pagina 5
        if after == "-" or before == "-" or before.endswith("-"):
            return True  # 45-jarige, S-300 split oddly
        if after in Q.DATE_WORDS_AFTER and ("." in v or ":" in v or before == "om"):
            return True  # 14.00 uur
        if after in Q.DATE_WORDS_AFTER and (m.low or 0) <= 24:
            # "rond zes uur 's ochtends", "tegen acht uur": a time of day, not a duration.
            nxt = w[m.end + 1] if m.end + 1 < len(w) else ""
            first = w[m.start]
            a, b = s.clause_span(m.start)
            lasting = any(x.startswith(Q.DURATION_VERB_STEMS) for x in w[a:b])
            at_clock = first in Q.CLOCK_BEFORE or before in Q.CLOCK_BEFORE
            if nxt in Q.DAYPART_MARKERS or (at_clock and not lasting):
                return True
        if year_like:
            # "in 2022", "sinds 2014" are years; "ruim 2000 Oekraïense militairen" is a count: a
            # four-digit number counts only when its noun phrase has a counted head.
            nxt = s._head_at(m.end) if m.end < len(w) else None
            if nxt is not None:
                return False
            if before in Q.YEAR_BEFORE and m.start == m.value_start:
                return True
            return self._head(s, m)[0] != "head"
        return False

    def _head(self, s: _Sentence, m: NumberMatch) -> tuple[str, int, int, tuple[str, str, str | None] | None]:
        """('head', a, b, entry) | ('bare', …) | ('anaphor', …) | ('none', …): what follows."""
        w = s.words
        j = m.end
        skipped = 0
        partitive = False
        coordinated = False
        while j < len(w) and skipped <= 4:
            x = w[j]
            if x in _QUOTE_CHARS:
                j += 1
                continue
            if x in Q.NOT_CLAIM_UNITS or x in MONTHS:
                return "none", j, j + 1, None
            hit = s._head_at(j) if x[:1].isalpha() or x in Q.HEAD_NOUNS or "-" in x[1:] else None
            if hit is not None and coordinated and s.tagged and s.pos(j) != "N" and j + 1 < len(w) \
                    and s.pos(j + 1) in ("N", "SPEC"):
                hit = None  # "gedode en gewonde Russen": "gewonde" modifies the noun after it
            if hit is not None and (s.nominal(j) or x in Q.HEAD_NOUNS):
                return "head", j, hit[0], hit[1]
            if x in Q.ANAPHORA_AFTER:
                return "anaphor", j, j + 1, None
            if x == "van" and not partitive and j + 1 < len(w):
                if w[j + 1] in Q.PARTITIVE_DETERMINERS:
                    partitive = True
                    j += 2
                    # "28 van de 30 drones": the whole's own number stands before its noun.
                    whole = next((x for x in self._matches if x.start == j), None)
                    if whole is not None:
                        j = whole.end
                    continue
                if w[j + 1] in ("hen", "wie"):
                    return "anaphor", j, j + 2, None
            if x in ("en", "of") and skipped and j + 1 < len(w) and s.tagged and (
                    s.pos(j + 1) == "ADJ" or (s.pos(j + 1) == "WW" and "prenom" in s.tags[j + 1])):
                j += 1  # "800 gedode en gewonde Russen": coordinated modifiers before one head
                coordinated = True
                continue
            if not x[:1].isalnum():
                return "bare", j, j, None
            if x in Q.HEAD_STOPS:
                return "bare", j, j, None
            if s.doc.text[s.toks[j].start].isupper():
                # A model name before the counted noun: "18 Leopard 2-tanks", "30 Storm Shadow-raketten".
                for k in range(j + 1, min(j + 5, len(w))):
                    y = w[k]
                    model = s._head_at(k) if y[:1].isalpha() or "-" in y[1:] else None
                    if model is not None:
                        return "head", j, model[0], model[1]
                    if not (s.doc.text[s.toks[k].start].isupper() or y[:1].isdigit() or y == "-"):
                        break
            if s.tagged:
                p = s.pos(j)
                tag = s.tags[j]
                modifier = p == "ADJ" or (p == "WW" and "prenom" in tag) or party_of(x) is not None
                if modifier:
                    skipped += 1
                    j += 1
                    continue
                if p in ("N", "SPEC"):
                    return "none", j, j + 1, None
                return "bare", j, j, None
            # Untagged: adjectives end in -e/-en/-s; anything else unknown is taken as a noun.
            if party_of(x) is not None or x.endswith(("e", "ische", "se")) or x.startswith("ge"):
                skipped += 1
                j += 1
                continue
            return "none", j, j + 1, None
        return "bare", j, j, None

    def _label_or_age(self, s: _Sentence, m: NumberMatch, kind: str, noun: _Noun) -> bool:
        """A bare number that names one of a series after its noun ("de koepel van reactor 6") or
        gives a person's age ("een kind van twaalf", "een man van 45 jaar")."""
        if m.start != m.value_start or m.start == 0:
            return False
        w = s.words
        before = w[m.start - 1]
        if before == "van" and m.start >= 2 and (kind == "bare" or noun.unit == "years"):
            hit = head_of(w[m.start - 2])
            if hit is not None and hit[1] in ("person", "people", "captive"):
                return True
        return (kind == "bare" and s.tagged and s.pos(m.start - 1) == "N" and before not in Q.COUNT_NOUNS
                and head_of(before) is None and s.doc.text[s.toks[m.start - 1].start].islower())

    def _antecedent(self, s: _Sentence, m: NumberMatch,
                    counter: str | None = None) -> tuple[_Noun | None, _Item | None]:
        """The counted noun a bare number stands for, and its quantity if it had one.

        A generic ``counter`` limits the candidates to nouns it can stand for: "toestellen"
        counts aircraft or drones, never the positions or the bombs.
        """
        a, _ = s.clause_span(m.start)

        def fits(x: _Sentence, n: _Noun) -> bool:
            if counter is None:
                return True
            units = Q.GENERIC_COUNTS.get(counter, frozenset({"equipment", "missiles"}))
            return n.unit in units or x.words[n.index].endswith(Q.MACHINE_MUNITIONS)

        if counter is None and self._gapped(s, m):
            return self.items[-1].noun, self.items[-1]
        nouns = [n for n in s.nouns if fits(s, n)]
        prev_nouns = [] if self.prev is None else [n for n in self.prev.nouns if fits(self.prev, n)]
        # Counted nouns earlier in the clause: "het aantal doden en gewonden … de 75.000".
        in_clause = [n for n in nouns if a <= n.index < m.start]
        if in_clause:
            cats = {n.category for n in in_clause}
            last = in_clause[-1]
            item = next((it for it in reversed(self.items) if it.noun is last), None)
            if {"killed", "wounded"} <= cats or ("casualties" in cats and cats & {"killed", "wounded"}):
                return _Noun(last.index, "persons", "fixed", "casualties", last.party), item
            return last, item
        earlier = [n for n in nouns if n.index < m.start]
        if earlier:
            last = earlier[-1]
            return last, next((it for it in reversed(self.items) if it.noun is last), None)
        if self.prev is not None and self.prev.sent.part == s.sent.part and prev_nouns:
            last = prev_nouns[-1]
            return last, next((it for it in reversed(self.prev_items) if it.noun is last), None)
        return None, None

    def _category(self, s: _Sentence, m: NumberMatch, noun: _Noun, head_end: int) -> str | None:
        a, b = s.clause_span(m.start)
        # A list of figures ("1800 militairen, negen tanks en …") runs over commas: one clause,
        # when the comma follows the head right away (no verb of its own in between).
        end = head_end
        while b == end < len(s.words) and s.words[b] == "," and any(x.start == b + 1 for x in self._matches):
            nxt = next(x for x in self._matches if x.start == b + 1)
            _kind, _ha, hb, head = self._head(s, nxt)
            end = hb if head is not None else nxt.end
            b = s.clause_span(b + 1)[1]
        # Forward window: to the next number in the clause (or its end); then backward.
        later = [x for x in self._matches if x.start >= head_end and x.start < b]
        fb = later[0].start if later else b
        if later and head_end < later[0].start and all(
                w in Q.COORDINATORS or w in _QUOTE_CHARS for w in s.words[head_end : later[0].start]):
            # "verloor 1800 militairen, negen tanks en tientallen drones": figures listed one
            # after the other share the verb after the last of them.
            fb = b
        if s.tagged:
            # "kwamen twee mensen om het leven en raakte hun dochter gewond": a coordinated clause
            # with its own finite verb and its own subject tells what happened to someone else;
            # "werden gedood of raakten gewond" shares the subject and so the figure.
            fb = next((k for k in range(head_end, fb - 2)
                       if s.words[k] in Q.CLAUSE_COORDINATORS and s.is_finite(k + 1)
                       and s.pos(k + 2) in ("LID", "VNW", "N", "SPEC", "TW")), fb)
        # "kwamen 21 mensen om en raakten er 60 gewond": after a conjunct with a figure of its
        # own, a coordinator and a finite verb open the second figure's clause; the particle verbs
        # of the first ("kwamen om") are not about it.
        ca = a
        if s.tagged:
            ca = max((k for k in range(a, m.start - 1)
                      if s.words[k] in Q.CLAUSE_COORDINATORS and s.is_finite(k + 1)
                      and any(a <= x.start and x.end <= k for x in self._matches)), default=a)
        # The modifiers between the number and its head count too: "800 gedode Russen".
        forward = s.text(head_end, fb) + s.combos(ca, b)
        if m.end < noun.index < head_end:
            forward = s.text(m.end, noun.index) + " " + forward
        earlier = [x for x in self._matches if x.end <= m.start and x.end > a]
        ba = max(earlier[-1].end if earlier else a, ca)
        backward = s.text(ba, m.start)
        clause = s.text(a, b) + s.combos(a, b)
        if head_end < len(s.words) and s.words[head_end] in Q.RELATIVE_PRONOUNS:
            # A relative clause on the head describes it: "de granaten die de EU toezegde".
            ra, rb = s.clause_span(head_end)
            clause += " | " + s.text(ra, rb) + s.combos(ra, rb)
        if noun.cls == "fixed":
            return noun.category
        if noun.cls in ("person", "people"):
            fate = self._fate(s, m)
            if fate is not None:
                return fate
            cat = _cued_category(forward, backward, clause)
            if cat == "refugees" and noun.cls == "person" and s.words[noun.index] in Q.COMBATANT_NOT_REFUGEE:
                cat = None  # an evacuated crew is still personnel, not refugees
            if cat == "personnel" and noun.cls == "people" \
                    and not (_CONSCRIPTION.search(forward) or _CONSCRIPTION.search(backward)):
                cat = None  # children moved to Russia are deported civilians, not troops
            if cat is None:
                return "personnel" if noun.cls == "person" else "civilians"
            return cat
        if noun.cls == "captive":
            cat = _cued_category(forward, backward, clause, first=self._fate(s, m))
            if cat in _TOLL_CATEGORIES:
                return cat  # "50 gevangenen kwamen om": prisoners who died are a death toll
            return "personnel" if cat == "personnel" else "prisoners"
        if noun.cls == "munition":
            if (_DELIVERY.search(clause) or _DESTROY.search(clause)) and not _FIRE.search(clause):
                return "equipment"
            return "attacks"
        if noun.cls == "place":
            return "territory" if _PLACE.search(clause) else None
        if noun.cls == "percent":
            share = self._share_of(s, m, head_end)
            if share is not None:
                return share
            return "territory" if _TERRITORY.search(clause) else "ratio"
        if noun.cls == "times":
            after = s.words[head_end] if head_end < len(s.words) else ""
            if after in Q.COMPARATIVES:
                return "ratio"
            # "Kyiv werd meer dan vijftien keer aangevallen": a count of strikes.
            return "attacks" if _STRIKE_VERB.search(clause) else None
        return None

    def _fate(self, s: _Sentence, m: NumberMatch) -> str | None:
        """"de lichamen van 63 burgers", "de vrijlating van 200 soldaten": the noun that governs
        the number through "van" says what befell the counted people, whatever the verb says
        (the verb is about the governing noun: the bodies were found)."""
        w = s.words
        if m.start < 2 or w[m.start - 1] != "van":
            return None
        for k in range(m.start - 2, max(-1, m.start - 4), -1):
            if w[k] in Q.FATE_CATEGORY:
                return Q.FATE_CATEGORY[w[k]]
            if not (w[k] in NL.articles or w[k].endswith("e")):
                return None
        return None

    def _share_of(self, s: _Sentence, m: NumberMatch, k: int) -> str | None:
        """The category of what a share counts: "30 procent van de één miljoen granaten" is a
        claim about shells, "de helft van zijn tanks" about tanks. People are left to the caller
        (a share of soldiers is a ratio, of the population civilians)."""
        w = s.words
        if k >= len(w) or w[k] != "van":
            return None
        j = k + 1
        while j < len(w) and j - k <= 6:
            x = w[j]
            if x in Q.PARTITIVE_DETERMINERS or x in NL.articles or x in ("zijn", "hun", "haar", "alle"):
                j += 1
                continue
            number = next((x for x in self._matches if x.start == j), None)
            if number is not None:
                j = number.end
                continue
            hit = s._head_at(j) if x[:1].isalpha() else None
            if hit is not None:
                _, cls, cat = hit[1]
                if cls == "place" or cat == "territory":
                    return "territory"
                if cls == "munition":
                    # A share of a stock delivered is equipment; of missiles shot down or hitting
                    # home, a rate ("90 procent van de drones uit de lucht gehaald"): a ratio.
                    rest = s.text(m.start, len(w)) + s.combos(m.start, len(w))
                    return "equipment" if _DELIVERY.search(rest) else None
                if cls == "fixed" and cat in ("equipment", "money", "units", "attacks"):
                    return cat
                return None
            if party_of(x) is not None or (s.tagged and (s.pos(j) == "ADJ" or "prenom" in s.tags[j])) \
                    or (not s.tagged and x.endswith("e")):
                j += 1
                continue
            return None
        return None

    def _clause_party(self, s: _Sentence, a: int, b: int, skip: set[int], victims: bool,
                      category: str | None = None) -> str | None:
        """The first non-western party of tokens a..b (not the attacker when ``victims``).

        With a ``category`` the party word's role in its clause counts: the agent of a killing or
        destroying verb ("Oekraïense troepen vernietigden …", "door Oekraïense drones") owns
        none of the dead or the wrecks, which are the other side's; the target or the passive
        victim of a strike ("op Moskou", "Kyiv werd aangevallen") is not the attacker.
        """
        for k in range(a, b):
            if k in skip:
                continue
            p = party_of(s.words[k])
            if p is None or p == "west":
                continue
            nxt = s.words[k + 1] if k + 1 < len(s.words) else ""
            if category == "territory" and nxt in Q.LAND_NOUNS:
                continue  # "Oekraïens grondgebied" is whose land it was, not who holds it
            if victims and (nxt in Q.LAND_NOUNS or nxt.endswith(Q.PLACE_NOUN_TAILS)):
                continue  # "in de Russische grensstad": where the victims died, not their side
            if victims and (nxt in _ATTACK_NOUNS or head_of(nxt) == Q.HEAD_NOUNS.get("aanval")):
                continue
            if category is not None:
                return self._party_in_role(s, k, p, category)
            return p
        return None

    def _party_in_role(self, s: _Sentence, k: int, p: str, category: str) -> str:
        """The side a figure is about, given the party word at k and its role in its clause."""
        if category != "attacks" and category not in _HARM_CATEGORIES:
            return p
        prep = s.prep_before(k)
        a, b = s.clause_span(k)
        if category == "attacks":
            if prep in Q.TARGET_PREPOSITIONS or (
                    prep is None and s.passive(a, b) and _STRIKE_VERB.search(s.text(a, b) + s.combos(a, b))):
                return P.OPPONENT.get(p, p)
            return p
        if prep in Q.AGENT_PREPOSITIONS or (
                prep is None and not s.passive(a, b) and _AGENT.search(s.text(a, b) + s.combos(a, b))):
            return P.OPPONENT.get(p, p)
        return p

    def _attribution_tokens(self, s: _Sentence) -> set[int]:
        """Tokens of 'volgens X' phrases: their party words name the source, not the subject."""
        out: set[int] = set()
        for i, w in enumerate(s.words):
            if w in Q.ACCORDING_TO:
                k = i + 1
                while k < len(s.words) and s.words[k] not in (",",) and k - i <= 6:
                    if s.tagged and s.pos(k) == "WW":
                        break
                    if not s.tagged and s.words[k] in Q.HEAD_STOPS and k > i + 1:
                        break
                    out.add(k)
                    k += 1
        return out

    def _gapped(self, s: _Sentence, m: NumberMatch) -> bool:
        """Gapping: "De Oekraïners schieten 2000 granaten af, de Russen 10.000" — a clause without
        a verb of its own after a figure with a noun repeats that noun; its own words name the
        side."""
        a, b = s.clause_span(m.start)
        if not (s.tagged and self.items and a > 0) or any(s.is_finite(k) for k in range(a, b)):
            return False
        last = self.items[-1]
        return last.noun is not None and last.quantity.end <= s.toks[a].start

    def _coordinated_head(self, s: _Sentence, hb: int) -> tuple[int, str | None] | None:
        """(end, category) of a second head noun joined to the head ending at ``hb`` without a
        number of its own ("doden en gewonden", "schepen en boten", "tanks en
        pantservoertuigen"); both must count the same unit."""
        w = s.words
        if hb + 1 >= len(w) or w[hb] not in Q.HEAD_COORDINATORS:
            return None
        first = s._head_at(hb - 1)
        first_unit = first[1][0] if first is not None else None
        k = hb + 1
        while k < len(w) and k - hb <= 3:
            if any(x.start == k for x in self._matches):
                return None
            hit = s._head_at(k) if w[k][:1].isalpha() else None
            if hit is not None and (s.nominal(k) or w[k] in Q.HEAD_NOUNS):
                unit, cls, cat = hit[1]
                if first_unit is None or unit != first_unit or cls in ("generic", "times"):
                    return None
                return hit[0], cat
            modifier = party_of(w[k]) is not None or (
                s.pos(k) == "ADJ" if s.tagged else w[k].endswith("e"))
            if not modifier:
                return None
            k += 1
        return None

    def _restated(self, s: _Sentence, m: NumberMatch, category: str) -> str:
        """The category of the figure a restating clause ("In Groningen gaat het om ongeveer 1800
        mensen") breaks down: the last people figure of this or the previous sentence."""
        if not _phrase_len_before(s.words, m.start, Q.RESTATEMENT_PHRASES):
            return category
        for it in reversed(self.items + self.prev_items):
            if it.quantity.category in _PEOPLE_CATEGORIES:
                return it.quantity.category
        return category

    def _subset_of(self, s: _Sentence, m: NumberMatch) -> _Item | None:
        """The figure of this sentence that ``m`` names a subset of ("…, onder wie zes kinderen")."""
        if not self.items or _phrase_len_before(s.words, m.start, Q.SUBSET_APPOSITION) == 0:
            return None
        return self.items[-1]

    def _coordinated(self, s: _Sentence, m: NumberMatch) -> _Item | None:
        """The previous figure of this sentence when ``m`` is coordinated with it and has no verb,
        attribution or party of its own ("2000 militairen uitgeschakeld, evenals 35 tanks").

        A finite verb before the coordinator closes the first conjunct ("… heeft verloren, en
        bijna 700 tanks"); one after it opens a clause of its own ("en raakten vijf gewond")."""
        if not self.items:
            return None
        prev = self.items[-1]
        pe = next((k + 1 for k in range(m.start - 1, -1, -1) if s.toks[k].end <= prev.quantity.end), None)
        if pe is None or pe >= m.start or m.start - pe > 10:
            return None
        seen_coord = False
        for k in range(pe, m.start):
            x = s.words[k]
            if x in Q.COORDINATORS:
                seen_coord = seen_coord or x != ","
                continue
            if x in Q.CLAUSE_BREAKS or x in Q.ACCORDING_TO or party_of(x) is not None:
                return None
            if seen_coord and (s.is_finite(k) if s.tagged else x in Q.HEAD_STOPS):
                return None
            if not s.tagged and x in Q.HEAD_STOPS and x not in ("en", "ook", "nog"):
                return None
        return prev if seen_coord else None

    def _subject(self, s: _Sentence, m: NumberMatch, head: tuple[int, int] | None, noun: _Noun,
                 category: str | None, item: _Item | None, speaker: str | None,
                 source_span: tuple[int | None, int | None] = (None, None)) -> str | None:
        if category == "duration":
            return None
        if category in ("civilians", "refugees"):
            return "civilians"
        western = False
        if head is not None:
            # Civilian nouns, also as the tail of a compound ("IAEA-medewerkers").
            if any(x in P.CIVILIAN_WORDS or x.rsplit("-", 1)[-1] in P.CIVILIAN_WORDS
                   for x in s.words[head[0] : head[1]]):
                return "civilians"
            p = s.np_party(m.value_start, head[1], back=0)
            if p == "west":
                # "Amerikaanse Bradleys": the maker, not a side; Western materiel is Ukraine's.
                western, p = True, None
            if p is not None:
                return p
            if speaker and any(x in P.FIRST_PERSON for x in s.words[m.end : head[1]]):
                p = self._speaker_party(speaker)
                if p is not None:
                    return p
        elif noun.party is not None and noun.party != "west" and item is None:
            return noun.party
        if item is not None and item.quantity.subject is not None:
            return item.quantity.subject
        a, b = s.clause_span(m.start)
        skip = self._attribution_tokens(s)
        ss, se = source_span
        if ss is not None and se is not None:
            # The words naming the source ("De Oekraïense generale staf stelt …") are not the side
            # the figure is about. A source found inside the very clause it reports is a misreading
            # of that clause's subject, whose party still counts.
            q = quote_at(self.doc, s.toks[m.start].start, s.toks[m.end - 1].end)
            if q is None or se <= q.start or ss >= q.end:
                skip |= {k for k, t in enumerate(s.toks) if t.start >= ss and t.end <= se}
        agentive = category in _HARM_CATEGORIES and not s.passive(a, b) \
            and bool(_AGENT.search(s.text(a, b) + s.combos(a, b)))
        if speaker and P.FIRST_PERSON & set(s.words[a:b]):
            named = {k for k, t in enumerate(s.toks)
                     if ss is not None and se is not None and t.start >= ss and t.end <= se}
            p = self._source_party(s, speaker, named)
            if p is not None and P.THEY & set(s.words[a : m.start]) \
                    and not P.FIRST_PERSON & set(s.words[a : m.start]):
                # "Ze schieten tien granaten op iedere granaat van ons": "ze" against "ons" is
                # the other side.
                return P.OPPONENT.get(p, p)
            if p is not None:
                # "We hebben 300 soldaten uitgeschakeld": the speaker's side is the agent.
                return P.OPPONENT.get(p, p) if agentive else p
        victims = noun.cls == "people" or (category in ("killed", "wounded") and noun.cls == "fixed")
        whole = s.text(0, len(s.words)) + s.combos(0, len(s.words))
        if category in ("equipment", "money") and _DELIVERY.search(whole):
            # Aid and deliveries are about their recipient.
            p = self._clause_party(s, a, b, skip, False)
            p = p or self._clause_party(s, 0, len(s.words), skip, False)
            if p is None and self.prev is not None:
                p = self._clause_party(self.prev, 0, len(self.prev.words),
                                       self._attribution_tokens(self.prev), False)
            if p is None and (western or category == "money" or any(party_of(x) == "west" for x in s.words)):
                # A Western giver and no recipient named: the West supplies Ukraine; so does money
                # pledged as aid with no side named at all ("een steunpakket van 50 miljard euro").
                p = P.WESTERN_MATERIEL_USER
            return p
        p = self._clause_party(s, a, b, skip, victims, category)
        if p is not None:
            return p
        if head is None and category in _PEOPLE_CATEGORIES:
            # "… Russische gesneuvelden op 42.000 – waarmee de verliezen boven de honderdduizend
            # uitkomen": an elided count goes on with the sentence's toll and its side.
            p = next((it.quantity.subject for it in reversed(self.items)
                      if it.quantity.category in _PEOPLE_CATEGORIES and it.quantity.subject), None)
            if p is not None:
                return p
        if agentive and set(s.words[a:b]) & P.PRONOUN_SUBJECTS:
            # "Het leger meldt dat het 64 drones uitschakelde": the pronoun agent is the source.
            p = self._source_party(s, speaker, skip - self._attribution_tokens(s))
            if p is not None:
                return P.OPPONENT.get(p, p)
        if victims:
            # The dead and wounded of a strike are civilians; a bare death toll has no side.
            attacked = _STRIKE.search(s.text(0, len(s.words))) or (
                self.prev is not None and _STRIKE.search(self.prev.text(0, len(self.prev.words))))
            if attacked or (noun.cls == "people" and category == "civilians"):
                return "civilians"
            # A toll that goes on with the previous sentence's civilian toll ("Daarbij kwamen
            # dertien mensen om. Ruim zestig mensen raakten gewond") is about the same victims.
            if noun.cls == "people" and any(
                    it.quantity.subject == "civilians" and it.quantity.category in _PEOPLE_CATEGORIES
                    for it in self.items + self.prev_items):
                return "civilians"
            return None
        if category == "ratio" and noun.cls == "percent":
            # "1 procent van het aantal dat Rusland kan oproepen": a share is about its whole.
            p = self._share_party(s, m)
            if p is not None:
                return p
        if category in ("attacks", "equipment", "ratio", "territory", "units", "personnel"):
            p = self._clause_party(s, 0, m.start, skip, False, category)
            if p is None:
                p = self._same_figure_party(m, noun, category)
            if p is None:
                # "… 250 vierkante kilometer heroverd. Dat is minder dan een procent …": a figure
                # of the same kind right before goes on about the same side.
                p = next((it.quantity.subject for it in reversed(self.items + self.prev_items)
                          if it.quantity.category == category and it.quantity.subject), None)
            if p is None and self.prev is not None:
                p = self._clause_party(self.prev, 0, len(self.prev.words),
                                       self._attribution_tokens(self.prev), False, category)
            if p is None and category == "personnel":
                # The force under discussion goes on: the side of the last figure of troops.
                p = next((it.quantity.subject for it in reversed(self.doc_items)
                          if it.quantity.category == "personnel" and it.quantity.subject), None)
            if p is None and western and category == "equipment":
                p = P.WESTERN_MATERIEL_USER
            return p
        # A pronoun subject ("Ze offerden …") refers back to the last number's party.
        if set(s.words[a:b]) & P.PRONOUN_SUBJECTS:
            for it in reversed(self.items + self.prev_items):
                if it.quantity.subject is not None:
                    return it.quantity.subject
        return None

    def _same_figure_party(self, m: NumberMatch, noun: _Noun, category: str) -> str | None:
        """The side of an earlier figure with the same value, unit and category: a text that
        repeats a figure ("300.000 reservisten" … "Driehonderdduizend man") means the same thing."""
        if m.low is None and m.high is None:
            return None
        for it in reversed(self.doc_items):
            q = it.quantity
            if (q.low, q.high) == (m.low, m.high) and q.category == category and q.unit == noun.unit \
                    and q.subject is not None:
                return q.subject
        return None

    def _share_party(self, s: _Sentence, m: NumberMatch) -> str | None:
        """The side named in what a share is a share of: the "van" phrase after the share and the
        relative clause on it, up to the next comma."""
        w = s.words
        k = m.end
        while k < len(w) and w[k] in Q.HEAD_NOUNS and Q.HEAD_NOUNS[w[k]][1] == "percent":
            k += 1
        if k >= len(w) or w[k] != "van":
            return None
        for j in range(k + 1, min(k + 14, len(w))):
            if w[j] in (",", ";", ":", "(", ")"):
                break
            p = party_of(w[j])
            if p is not None and p != "west":
                return p
        return None

    def _source_party(self, s: _Sentence, speaker: str | None, span: set[int]) -> str | None:
        """The side of the source: the speaker's party, else a party word naming the source."""
        if speaker:
            p = self._speaker_party(speaker)
            if p is not None:
                return p
        for k in sorted(span):
            p = party_of(s.words[k])
            if p is not None and p != "west":
                return p
        return None

    def _speaker_party(self, speaker: str) -> str | None:
        """The party of a speaker: the entity layer's, else a party word in the name."""
        for e in self.doc.entities:
            if e.name == speaker and e.party:
                return e.party
        for word in speaker.split():
            p = party_of(word)
            if p is not None and p != "west":
                return p
        return None

    def _source(self, s: _Sentence, start: int, end: int) -> tuple[str | None, int | None, int | None, str]:
        name, ss, se, stance = source_at(self.doc, start, end)
        if name is not None:
            return name, ss, se, stance
        found = self._sentence_source(s)
        if found is not None:
            return found
        k = next((i for i, t in enumerate(s.toks) if t.start >= start), 0)
        found = self._according_to(s, k) or self._trailing_attribution(s, k)
        if found is not None:
            return found
        carried = self._carried_source(s)
        if carried is not None:
            return carried
        return name, ss, se, stance

    def _named(self, s: _Sentence, a: int, b: int) -> tuple[str, int, int, str] | None:
        """The source named by tokens a..b of the sentence, as the quote layer names speakers.

        A pronoun ("volgens hem") is the last source this or the previous sentence credited.
        """
        if a >= b:
            return None
        if b - a == 1 and s.words[a] in P.PRONOUN_SUBJECTS | {"hem", "haar", "hen", "hun"}:
            for it in reversed(self.items + self.prev_items):
                q = it.quantity
                if q.source and q.source_start is not None and q.source_end is not None:
                    return q.source, s.toks[a].start, s.toks[a].end, "reported"
            for i in (s.sent.index, s.sent.index - 1):
                for q in reversed(self.quotes_in.get(i, [])):
                    if q.speaker and q.speaker_start is not None and q.speaker_end is not None \
                            and q.speaker_start < s.toks[a].start:
                        return q.speaker, s.toks[a].start, s.toks[a].end, "reported"
        base = self.resolver.words.index_at(s.toks[0].start)
        spk = self.resolver.resolve(base + a, base + b)
        if spk is None:
            return None
        return spk.name, s.toks[a].start, s.toks[b - 1].end, "reported"

    def _np_at(self, s: _Sentence, k: int, end: int) -> tuple[int, int] | None:
        """The noun phrase starting at token k of the sentence, cut before a number."""
        stop = next((x.start for x in self._matches if k < x.start < end), end)
        words = self.resolver.words
        base = words.index_at(s.toks[0].start)
        r = np_after(words, base + k, base + stop)
        return None if r is None else (r[0] - base, r[1] - base)

    def _according_to(self, s: _Sentence, k: int) -> tuple[str, int, int, str] | None:
        """"vuurde Rusland volgens de Oekraïense luchtmacht 49 drones af": the "volgens" phrase
        of the number's sentence (the nearest before it, else the first after) names its source."""
        w = s.words
        at = [i for i, x in enumerate(w) if x == "volgens"]
        if not at:
            return None
        before = [i for i in at if i < k]
        i = before[-1] if before else at[0]
        if i + 1 < len(w) and w[i + 1] in Q.OWN_ACCOUNT:
            # "Rusland heeft volgens eigen zeggen 40 drones neergehaald": the clause's subject.
            v = next((j for j in range(i) if s.is_finite(j)), None)
            if v is None or v == 0 or not all(x[:1].isalpha() for x in w[:v]):
                return None
            found = self._named(s, 0, v)
            if found is None:
                return None
            # The source's span is the "volgens eigen zeggen" phrase: the subject stays the
            # clause's actor for the figure's side.
            return found[0], s.toks[i].start, s.toks[min(i + 2, len(w) - 1)].end, found[3]
        r = self._np_at(s, i + 1, len(w))
        if r is not None and r[1] - r[0] >= 3 and w[r[0] + (w[r[0]] in ("de", "het"))] in Q.DATA_NOUNS:
            # "volgens cijfers van de VN": the figures' owner is the source.
            j = next((x for x in range(r[0], r[1]) if w[x] == "van"), None)
            if j is not None and j + 1 < r[1]:
                r = (j + 1, r[1])
        return None if r is None else self._named(s, *r)

    def _trailing_attribution(self, s: _Sentence, k: int) -> tuple[str, int, int, str] | None:
        """"…, zo meldde woordvoerder X.", "…, meldt het ministerie.", "…, aldus de politie.": a
        speech verb after a comma behind the number, followed by its subject, names the source."""
        w = s.words
        for i in range(k + 1, len(w) - 1):
            if w[i] != ",":
                continue
            j = i + 1
            if w[j] == "zo":
                j += 1
            if j >= len(w) or w[j] not in Q.TRAILING_ATTRIBUTION_VERBS:
                continue
            if s.tagged and w[j] != "aldus" and not s.is_finite(j):
                continue
            r = self._np_at(s, j + 1, len(w))
            if r is not None:
                return self._named(s, *r)
        return None

    def _carried_source(self, s: _Sentence) -> tuple[str, int, int, str] | None:
        """The speaker of the previous sentence, when it closed with its attribution.

        "'…', zegt Wijninga. Vele tienduizenden militairen werden gedood …": a sentence that
        follows a statement attributed at its end, in the same paragraph and with no attribution
        of its own, goes on paraphrasing the same speaker.
        """
        i = s.sent.index
        if i == 0 or any(q.speaker for q in self.quotes_in.get(i, [])):
            return None
        if any(w in Q.ACCORDING_TO for w in s.words):
            return None
        prev = self.doc.sentences[i - 1]
        if prev.part != s.sent.part:
            return None
        for q in self.quotes_in.get(i - 1, []):
            if (q.speaker and q.kind in ("direct", "indirect") and q.cue_start is not None
                    and q.cue_start >= q.end and q.start - prev.start <= 2
                    and q.speaker_start is not None and q.speaker_end is not None):
                # The attribution must close the sentence: after "…, liet het ministerie weten; de
                # eerste zijn geleverd" the writer speaks again.
                if any(t.start >= q.speaker_end and "pv" in t.tag for t in prev.tokens) \
                        or any(c in self.doc.text[q.speaker_end : prev.end] for c in ";:"):
                    return None
                return q.speaker, q.speaker_start, q.speaker_end, "reported"
        return None

    def _name(self, s: _Sentence, a: int, b: int) -> tuple[str, int, int]:
        """The entity named by tokens a..b if the entity layer knows it, else the words."""
        start, end = s.toks[a].start, s.toks[b - 1].end
        for (ms, me), name in self.entity_at.items():
            # The entity must be the phrase's head, not part of a compound in it ("Telegram" in
            # "Russische Telegramkanalen").
            if ms >= start and me == end:
                return self.government.get(name, name), start, end
        return self.doc.text[start:end], start, end

    def _subject_after(self, s: _Sentence, k: int) -> tuple[int, int] | None:
        """The noun phrase right after the finite verb at k, up to the figure that follows it:
        determiners skipped, then nouns, names and adjectives. None when a figure or anything else
        comes first (the figure is then the object and the subject is elsewhere)."""
        j = k + 1
        while j < len(s.words) and s.pos(j) == "LID":
            j += 1
        e = j
        while e < len(s.words) and s.pos(e) in ("N", "SPEC", "ADJ") and not any(
                m.start == e for m in self._matches):
            e += 1
        if e == j or e >= len(s.words) or not any(m.start == e for m in self._matches) \
                or s.pos(e - 1) == "ADJ":
            return None
        return j, e

    def _sentence_source(self, s: _Sentence) -> tuple[str, int, int, str] | None:
        w = s.words
        # "De generale staf telde 58 aanvallen": the subject of an estimate verb. The subject may
        # carry an insertion between commas ("Oryx, die alleen … telt, kwam op 338 stuks").
        k, limit, subj_end = 0, 8, None
        while k < min(len(w), limit):
            x = w[k]
            if x == "," and subj_end is None and k > 0:
                close = next((j for j in range(k + 1, min(len(w), k + 25)) if w[j] == ","), None)
                if close is None:
                    break
                subj_end, k, limit = k, close + 1, close + 2
                continue
            # "houdt het (aantal doden) op N": "op" right before a figure of the clause.
            speak_of = (x in Q.SPEAK_OF_VERBS and k + 1 < len(w) and w[k + 1] == "van") or (
                x in Q.HOLD_IT_AT_VERBS and any(
                    m.start > k + 1 and w[m.start - 1] == Q.HOLD_IT_AT[-1]
                    and s.clause[m.start] == s.clause[k] for m in self._matches))
            # "Oryx kwam op zeker 338 stuks": a verb of arriving at a total, said of a named counter.
            arrive = x in Q.ARRIVE_AT_VERBS and any(
                x2.start > k and w[x2.start - 1] in Q.ARRIVE_AT_PREPOSITIONS for x2 in self._matches)
            # Frog tags a plural present ("spreken", "schatten") as an infinitive now and then; with
            # no finite verb before it, it is the finite verb.
            # Frog reads "schat" after a noun phrase as the noun "treasure": a noun right after a
            # noun, before a determiner, is the finite verb.
            misread = s.tagged and 0 < k + 1 < len(w) and s.pos(k) == "N" and s.pos(k - 1) in ("N", "SPEC") \
                and s.pos(k + 1) in ("LID", "VNW", "TW")
            verb = not s.tagged or s.pos(k) == "WW" or misread
            if (x in Q.ESTIMATE_VERBS or speak_of or arrive) and verb:
                end = subj_end if subj_end is not None else k
                first = 0
                while first < end and w[first] in ("de", "het"):
                    first += 1
                named = any(ms >= s.toks[first].start and me <= s.toks[end - 1].end
                            for ms, me in self.entity_at) if first < end else False
                if first < end and all(y[:1].isalpha() or y == "-" or (y == "." and s.glued(first + n))
                                       for n, y in enumerate(w[first:end])) \
                        and not set(w[first:end]) & P.PRONOUN_SUBJECTS and (named or not arrive) \
                        and not (s.tagged and s.pos(first) == "VZ"):  # "In Kyiv telt men …"
                    name, ss, se = self._name(s, first, end)
                    return name, ss, se, "reported"
                if s.tagged and s.pos(0) == "VZ" and subj_end is None and x in Q.ESTIMATE_VERBS:
                    # "In Irpin telt burgemeester X zeker 290 doden": a fronted adverbial puts the
                    # subject right after the verb (verb second).
                    inv = self._subject_after(s, k)
                    if inv is not None:
                        name, ss, se = self._name(s, *inv)
                        return name, ss, se, "reported"
                if end - first == 1 and w[first] in P.PRONOUN_SUBJECTS:
                    # "Hij spreekt van een ‘falend winteroffensief’, waarbij …": the pronoun is the
                    # speaker the quote layer resolved for the sentence's own quote.
                    q = next((q for q in self.quotes_in.get(s.sent.index, []) if q.speaker
                              and q.speaker_start is not None and q.speaker_end is not None), None)
                    if q is not None:
                        return q.speaker, q.speaker_start, q.speaker_end, "reported"
                break
            if s.tagged and s.is_finite(k):
                break
            k += 1
        n = len(Q.IF_UP_TO_OPEN)
        for i, x in enumerate(w):
            if x == Q.IF_UP_TO_OPEN[0] and tuple(w[i : i + n]) == Q.IF_UP_TO_OPEN:
                k = i + n
                while k < len(w) and w[k] not in Q.IF_UP_TO_CLOSE and k - i <= 10:
                    k += 1
                first = i + n
                while first < k and w[first] in ("de", "het"):
                    first += 1
                if k < len(w) and w[k] in Q.IF_UP_TO_CLOSE and first < k:
                    name, ss, se = self._name(s, first, k)
                    return name, ss, se, "reported"
            if x in Q.IMPERSONAL_SOURCE_PREPOSITIONS and i + 1 < len(w):
                # "Binnen de NAVO wordt … uitgegaan van": an impersonal passive of a belief verb.
                k = i + 1
                while k < len(w) and w[k] not in Q.IMPERSONAL_PASSIVE_AUX and k - i <= 5:
                    k += 1
                if k < len(w) and w[k] in Q.IMPERSONAL_PASSIVE_AUX and k > i + 1:
                    _, b = s.clause_span(k)
                    if any(y in Q.BELIEF_PARTICIPLES for y in w[k:b]):
                        first = i + 1
                        while first < k and w[first] in ("de", "het"):
                            first += 1
                        if first < k:
                            name, ss, se = self._name(s, first, k)
                            return name, ss, se, "reported"
        return None

    # ---- sentence ---------------------------------------------------------------------------

    def sentence(self, sent: Sentence) -> None:
        s = _Sentence(self.doc, sent)
        self._matches = find_numbers(s.words, NL)
        self.items = []
        for m in self._matches:
            try:
                item = self._one(s, m)
            except Exception:  # one odd number must not lose the document's other claims
                LOGGER.exception("quantity failed at %d", s.toks[m.start].start)
                item = None
            if item is not None:
                self.items.append(item)
                self.doc_items.append(item)
                self.doc.quantities.append(item.quantity)
        self.prev, self.prev_items = s, self.items

    def _one(self, s: _Sentence, m: NumberMatch) -> _Item | None:
        if self._not_claim(s, m):
            return None
        w = s.words
        kind, ha, hb, entry = self._head(s, m)
        head: tuple[int, int] | None = None
        item_ante: _Item | None = None
        rule = "quantity.head"
        if m.kind == "fraction":
            noun = _Noun(m.end - 1, "percent", "percent", None, None)
            if kind == "head" and entry is not None and entry[1] == "percent":
                head = (ha, hb)
            elif kind != "head" or (entry is not None and entry[1] != "percent"):
                ante, item_ante = self._antecedent(s, m)
                if ante is not None and w[m.end : m.end + 1] != ["van"] and ante.cls == "people":
                    noun = _Noun(ante.index, "percent", "fixed", "civilians", "civilians")
            rule = "quantity.fraction"
        elif kind == "head" and entry is not None and entry[1] == "generic":
            # "ruim twintig toestellen": a counter that counts the noun counted before it.
            head = (ha, hb)
            ante, item_ante = self._antecedent(s, m, w[hb - 1])
            # With no materiel named before, the counter counts materiel itself ("… heeft
            # minstens 120 toestellen nodig").
            noun = ante if ante is not None else _Noun(hb - 1, "equipment", "fixed", "equipment", None)
            rule = "quantity.generic"
        elif kind == "head" and entry is not None:
            head = (ha, hb)
            noun = next((n for n in s.nouns if n.index == hb - 1), None) or _Noun(hb - 1, *entry, None)
        elif kind in ("bare", "anaphor"):
            if kind == "anaphor":
                its = self.items or self.prev_items
                # "458 lichamen, onder wie negen kinderen. Ruim 400 van hen …": "hen" is the whole.
                item_ante = next((it for it in reversed(its) if not it.subset), its[-1] if its else None)
                ante = item_ante.noun if item_ante else None
                hb = ha + (2 if w[ha] == "van" else 1)
                head = None
                rule = "quantity.anaphor"
            else:
                self._gapped_at = m if self._gapped(s, m) else None
                ante, item_ante = self._antecedent(s, m)
                rule = "quantity.ellipsis"
            if ante is None:
                a, b = s.clause_span(m.start)
                # "Het dodental staat op 45": a count noun before the number names what it counts.
                counted = any(x in Q.COUNT_NOUNS for x in w[a : m.start])
                cue_text = s.text(a if counted else m.end, b)
                cat = _category_from_cues(cue_text) if m.low is not None or m.high else None
                # "van hen" counts people whatever they were called before: any fate cue will do
                # ("het ‘honderden’ van hen geregistreerd als krijgsgevangenen").
                people = kind == "anaphor" and w[hb - 1] in Q.PERSONAL_ANAPHORS
                if cat not in ("killed", "wounded") and not (people and cat is not None):
                    return None
                ante = _Noun(m.end - 1, "persons", "person", None, None)
                rule = "quantity.cue"
            noun = ante
        else:
            return None
        if m.start == m.value_start and w[m.value_start] in NL.article_numbers and head is None \
                and m.kind == "number":
            return None
        if self._label_or_age(s, m, kind, noun):
            return None
        if head is not None and hb + 1 < len(w) and w[hb] == "per" and w[hb + 1] in Q.DENSITY_UNITS:
            return None  # "vijf mijnen per vierkante meter": a density
        # Time nouns: "een jaar later" is a date, "de 45 jaar oud" an age, "in een week tijd",
        # "in drie weken", "de afgelopen 24 uur" a frame for another figure.
        if noun.category == "duration":
            after = w[hb] if hb < len(w) else ""
            if after in Q.TIME_AFTER_NOT_DURATION or after == "tijd":
                return None
            if after == "voor" and hb + 1 < len(w) and w[hb + 1] in Q.TIME_BEFORE_EVENT_DETERMINERS:
                return None  # "drie maanden voor de invasie": a point in time
            before = w[m.start - 1] if m.start > 0 else ""
            if before in Q.TIME_FRAME_BEFORE:
                return None
        head_end = hb if head is not None else m.end
        if kind == "anaphor":
            head_end = hb
        category = self._category(s, m, noun, head_end)
        # "27 mensen raakten gewond, onder wie zes kinderen": a subset shares its whole's fate.
        whole = self._subset_of(s, m)
        if whole is not None and noun.cls in ("person", "people", "captive") \
                and whole.quantity.category in _PEOPLE_CATEGORIES:
            category = whole.quantity.category
            item_ante = item_ante or whole
        if noun.cls in ("person", "people") and category in ("civilians", "personnel"):
            category = self._restated(s, m, category)
        if noun.cls == "munition" and kind in ("bare", "anaphor") and item_ante is not None \
                and item_ante.quantity.category == "attacks":
            # "ruim zeventig kruisraketten afgevuurd, van wie er 60 werden neergehaald": a part of
            # the missiles fired is counted as they are.
            category = "attacks"
        coord = self._coordinated_head(s, hb) if head is not None else None
        if coord is not None:
            # "ruim 38.000 doden en gewonden": one figure over both nouns.
            cat2 = coord[1]
            if cat2 is not None and cat2 != category and {category, cat2} <= _TOLL_CATEGORIES:
                category = "casualties"
        unit = noun.unit
        start_tok, end_tok = m.start, head_end if coord is None else coord[0]
        # Ratios: "vijf Russische doden op iedere Oekraïense" / "op elke … soldaat vijf troepen".
        ratio_after = _phrase_len(w, head_end, Q.RATIO_MARKERS)
        if ratio_after and category not in ("duration", "money"):
            k = head_end + ratio_after
            while k < len(w) and k - head_end <= 6 and s._head_at(k) is None:
                k += 1
            other = s._head_at(k) if k < len(w) else None
            if other is not None:
                end_tok = other[0]
                category, unit, rule = "ratio", "ratio", "quantity.ratio"
            elif head is None and w[head_end] == "tegen":
                # "acht tegen één": the second number is itself the other side of the ratio.
                end_tok = head_end + ratio_after
                category, unit, rule = "ratio", "ratio", "quantity.ratio"
        elif head is None and head_end + 1 < len(w) and w[head_end] == "tegen" \
                and category not in ("duration", "money") and w[head_end + 1][:1].isdigit() \
                and parse_token(w[head_end + 1]) is not None:
            # "3 tegen 1", "10 tegen 1": a ratio written with digits.
            end_tok = head_end + 2
            category, unit, rule = "ratio", "ratio", "quantity.ratio"
        elif category not in ("duration", "money", "territory"):
            a, _ = s.clause_span(m.start)
            if any(_phrase_len(w, k, Q.RATIO_MARKERS) for k in range(a, m.start)):
                category, unit, rule = "ratio", "ratio", "quantity.ratio"
        if noun.cls == "times":
            if category == "attacks":
                unit, rule = "attacks", "quantity.times"
            elif category != "ratio":
                return None
            else:
                end_tok = head_end + 1
                unit, rule = "ratio", "quantity.times"
        if category is None:
            return None
        if m.kind == "fraction":
            unit = "percent"
        low, high = m.low, m.high
        # "het aantal doden is de 75.000 gepasseerd": a verb of passing makes a floor.
        a, b = s.clause_span(m.start)
        if high is not None and any(x in LOWER_BOUND_VERBS for x in w[head_end:b]):
            high = None
        if low is None and high is not None and w[m.start] in RISE_TO_PREPOSITIONS \
                and any(x in RISE_TO_VERBS or y in RISE_TO_VERBS
                        for x, y in zip(w[a : m.start], s.lemmas[a : m.start], strict=True)):
            low = high  # "is opgelopen tot 9.000": the level reached
        # A bound before the first of two coordinated numbers covers both: "zeker één dode en
        # vijf gewonden".
        if m.start == m.value_start and m.start >= 2 and w[m.start - 1] == "en" and self.items:
            prev = self.items[-1]
            pq = prev.quantity
            # Only a toll distributes: a list of materiel counts each item apart ("zeker vijf
            # Leopards en zestien Bradleys").
            if pq.high is None and pq.low is not None and s.toks[m.start - 2].end == pq.end \
                    and category in _PEOPLE_CATEGORIES and pq.category in _PEOPLE_CATEGORIES:
                high = None
        start = s.toks[start_tok].start
        end = s.toks[end_tok - 1].end
        src, ss, se, stance = self._source(s, start, end)
        link = self._coordinated(s, m)
        if link is not None:
            # "… zeker 47.000 militairen heeft verloren, doden en gewonden samen, en bijna 700
            # tanks": a conjunct without a verb of its own shares the first one's source and side.
            lq = link.quantity
            if src is None and lq.source is not None:
                src, ss, se, stance = lq.source, lq.source_start, lq.source_end, lq.stance
            item_ante = item_ante or link
        if whole is not None and src is None and whole.quantity.source is not None:
            # "338 stuks materieel, onder meer 60 tanks": a part is counted by whoever counted the
            # whole.
            wq = whole.quantity
            src, ss, se, stance = wq.source, wq.source_start, wq.source_end, wq.stance
        if kind == "bare" and self._gapped_at is m and any(
                party_of(x) not in (None, "west") for x in w[s.clause_span(m.start)[0] : m.start]):
            item_ante = None  # the gapped clause names its own side ("…, de Russen 10.000")
        sub = self._subject(s, m, (ha, hb) if head is not None else None, noun, category, item_ante, src,
                            (ss, se))
        if any(x in Q.HEARSAY for x in w[a:b]) and stance in ("asserted", "reported"):
            stance = "alleged"
        q = Quantity(start, end, s.sent.index, low, high, unit, category, sub, src, ss, se, stance, rule)
        return _Item(q, noun if head is not None else None, subset=whole is not None)


@register("quantities", "1")
def extract_quantities(doc: Document) -> None:
    """Add every numeric claim of the claim parts to ``doc.quantities``.

    Sub-headings count too: a figure set above a section ("tachtig dagen") is the writer's claim
    like any other mention of it.
    """
    ex = _Extractor(doc)
    for sent in doc.sentences:
        if doc.parts and doc.parts[sent.part].kind not in _QUANTITY_PARTS:
            continue
        ex.sentence(sent)
