"""Control claims: a named place is (or is not) held, taken or surrounded by a party.

Runs last: places come from the entity extractor, the source from the quote or reported clause
the claim sits in (:func:`claimgraph.extract.attribution.source_at`). For each control verb in a
title, lead or body sentence, the clause around it is found (between punctuation and
subordinators) and the claim is kept only when it is asserted there:

* not in a relative clause (``de stad die viel``), nor attributive (``de door Rusland bezette
  Krim``), nor a conditional (``als Bachmoet valt``), nor an attempt or intention (``probeert …
  te veroveren``, ``wil … heroveren``), nor an ongoing withdrawal;
* the place is named (or ``de stad`` refers back to the last named city), not inside an adverbial
  phrase of a capture verb, and not partial (``de rest van Bachmoet``).

The holder is the agent (``door Rusland``, the party of the subject, ``in Oekraïense handen``),
else for a fall or an encirclement the attacker of the place. A negation in the clause or a
denial verb above it (``ontkent dat``) makes the claim a denial.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from claimgraph.document import CLAIM_PARTS, ControlClaim, Document, Entity
from claimgraph.extract.registry import register
from claimgraph.kb.linker import fold, load
from claimgraph.lang.nl import control as C
from claimgraph.lang.nl.parties import PARTY_PREFIXES, PARTY_WORDS

try:  # the quotes engineer's module: who states a span
    from claimgraph.extract.attribution import source_at
except ImportError:  # pragma: no cover - only while that module is missing
    def source_at(doc, start, end):  # type: ignore[no-redef]
        return None, None, None, "asserted"

LOGGER = logging.getLogger(__name__)

_COMBATANTS = ("russia", "ukraine", "wagner")
_PUNCT_BOUNDARY = frozenset({",", ";", ":", "–", "—", "(", ")", "?", "!"})
_QUOTE_MARKS = frozenset({"‘", "’", "“", "”", '"', "'", "„", "«", "»"})
# Words skipped when looking back from a place for the preposition that governs it.
_NP_FILLER = frozenset({"de", "het", "een", "deze", "die"})
_PARTICLE_FORMS = frozenset({"neemt", "nam", "namen", "sluit", "sloot", "sloten"})
_CASUALTY = frozenset({"doden", "dode", "gewonden", "slachtoffers", "slachtoffer", "bommen", "raketten",
                       "granaten", "klappen", "woorden", "beslissing", "aanvallen", "regen"})


@dataclass(slots=True)
class _W:
    start: int
    end: int
    text: str
    low: str  # lower case, diacritics kept
    fold: str  # folded
    tag: str


def _party(word: _W) -> str | None:
    p = PARTY_WORDS.get(word.low) or PARTY_WORDS.get(word.fold)
    if p:
        return p
    for pre, party in PARTY_PREFIXES.items():
        if word.fold.startswith(fold(pre)) and len(word.fold) > len(pre) + 3:
            return party
    return None


def _loc_mentions(doc: Document) -> list[tuple[int, int, Entity]]:
    out = []
    for e in doc.entities:
        if e.type != "LOC":
            continue
        for m in e.mentions:
            out.append((m.start, m.end, e))
    out.sort(key=lambda x: x[0])
    return out


def _entity_party(doc: Document, start: int, end: int) -> str | None:
    for e in doc.entities:
        if e.party in _COMBATANTS and e.type in ("ORG", "PER", "LOC"):
            for m in e.mentions:
                if m.start < end and start < m.end:
                    return e.party
    return None


def _attacker_of(entity: Entity | None) -> str:
    """Who takes a place when it falls: the other side from the one it belongs to."""
    kb = load()
    entry = kb.entries.get(entity.kb_id) if entity is not None and entity.kb_id else None
    if entry is not None and entry.country == "RU":
        return "ukraine"
    return "russia"


class _Sentence:
    def __init__(self, doc: Document, si: int) -> None:
        s = doc.sentences[si]
        self.doc = doc
        self.s = s
        t = doc.text
        self.w = [_W(k.start, k.end, t[k.start : k.end], t[k.start : k.end].lower(),
                     fold(t[k.start : k.end]), k.tag) for k in s.tokens]

    def clause(self, k: int) -> tuple[int, int, str]:
        """(first, last+1, opener) of the clause around word k; opener is the subordinator or ""."""
        w = self.w
        a = k
        opener = ""
        while a > 0:
            prev = w[a - 1]
            if prev.text in _PUNCT_BOUNDARY:
                break
            if _subordinator(prev) or (prev.low in C.RELATIVE and a - 1 > 0):
                opener = prev.low
                break
            a -= 1
        b = k + 1
        while b < len(w):
            x = w[b]
            if x.text in _PUNCT_BOUNDARY or x.text in ".?!" or (_subordinator(x) and x.low != "of"):
                break
            if x.low in C.RELATIVE and b > 0 and w[b - 1].text == ",":
                break
            b += 1
        return a, b, opener

    def opener_is_relative(self, a: int, opener: str) -> bool:
        if not opener or a < 1:
            return False
        ow = self.w[a - 1]
        if ow.tag:
            return ow.tag.startswith("VNW(betr") or (opener in ("waar", "waarin", "waarop", "waarbij"))
        if opener == "dat":
            # "zegt dat …" is a complement; ", dat …" after a noun is a relative clause.
            return a >= 2 and self.w[a - 2].text == "," and a >= 3 and self.w[a - 3].text[:1].isupper()
        return opener in C.RELATIVE


def _subordinator(x: _W) -> bool:
    """A word opening a subordinate clause; "sinds maart" (tagged a preposition) is not one."""
    return x.low in C.SUBORDINATORS and not x.tag.startswith("VZ")


def _prenominal(sw: _Sentence, k: int, b: int) -> bool:
    """"de door Rusland bezette Krim", "bezet gebied", "het bevrijde gebied": attributive."""
    w = sw.w
    if w[k].tag:
        return "prenom" in w[k].tag
    if k + 1 < b and w[k + 1].fold.isalpha() and w[k + 1].low not in ("door", "en", "op", "in", "is", "was",
                                                                         "zijn", "werd", "worden", "sinds"):
        prev = w[k - 1].low if k > 0 else ""
        if prev in ("de", "het", "een", "deze", "die") or (k >= 2 and w[k - 2].low == "door"):
            return True
        return w[k].low.endswith("e") and not w[k].low.endswith("de") and w[k].low != "bezette"
    return False


@register("control", "1")
def extract_control(doc: Document) -> None:
    """Fill ``doc.control_claims``."""
    locs = _loc_mentions(doc)
    seen: set[tuple] = set()
    claims: list[ControlClaim] = []
    for s in doc.sentences:
        if doc.parts and doc.parts[s.part].kind not in CLAIM_PARTS:
            continue
        sw = None
        for k, tok in enumerate(s.tokens):
            low = doc.text[tok.start : tok.end].lower()
            if low not in C.CONTROL_FORM_LEMMAS and low not in C.NOMINAL_FORMS:
                continue
            sw = sw or _Sentence(doc, s.index)
            claim = _claim(doc, sw, k, locs)
            if claim is None:
                continue
            key = (fold(claim.place), claim.holder, claim.polarity, claim.source)
            if key in seen:
                continue
            seen.add(key)
            claims.append(claim)
    doc.control_claims.extend(claims)


def _claim(doc: Document, sw: _Sentence, k: int, locs) -> ControlClaim | None:
    w = sw.w
    word = w[k]
    nominal = word.low in C.NOMINAL_FORMS
    lemma = C.NOMINAL_FORMS[word.low] if nominal else C.CONTROL_FORM_LEMMAS[word.low]
    a, b, opener = sw.clause(k)
    lows = [x.low for x in w[a:b]]
    if opener in C.CONDITIONAL or sw.opener_is_relative(a, opener):
        return None
    # "Moskou claimt de verovering van X": a noun only as the object of a claim verb.
    claimed = any(x in C.CLAIM_VERBS for x in lows[: k - a])
    if nominal and (not claimed or k + 2 >= b or w[k + 1].low != "van"):
        return None
    if word.low in C.NEVER_ALONE and not nominal:
        if word.low == "stand" and not any(x.startswith(("houd", "hield", "hiel")) for x in lows):
            return None
        if word.low == "handen" and not (k >= 1 and any(x.low == "in" for x in w[max(a, k - 3) : k])):
            return None
        over = any(x.low == "over" for x in w[k + 1 : min(b, k + 3)])
        onder = any(x.low == "onder" for x in w[max(a, k - 3) : k])
        if word.low == "controle" and not (over or onder):
            return None
        if word.low in ("bezetting", "inname"):
            return None
    if lemma == "houden" and word.low not in ("stand", "standhouden") and "stand" not in lows:
        return None
    if word.low in _PARTICLE_FORMS and "in" not in lows[k - a + 1 :]:
        return None
    if k > a and w[k - 1].low == "te":
        return None  # "te veroveren", "te zullen innemen": an intention or attempt
    if any(x in C.MODAL_BLOCKERS for x in lows) or any(x in C.PROCESS_WORDS for x in lows):
        return None
    if any(x in C.POSSIBILITY for x in lows) and not _negated(lows):
        return None  # "kan … terugveroveren": a possibility; "niet kunnen innemen" is a denial
    if not nominal and _prenominal(sw, k, b):
        return None
    if lemma == "vallen" and any(x in _CASUALTY for x in lows):
        return None

    place = _place(doc, sw, k, a, b, lemma, locs)
    if place is None:
        return None
    p_start, p_end, p_ent, p_text = place

    holder = _holder(doc, sw, k, a, b, lemma, p_start, p_end, p_ent)
    src, s_start, s_end, stance = source_at(doc, word.start, word.end)
    if holder is None:
        if lemma in ("bevrijden", "heroveren", "terugveroveren"):
            holder = _source_party(doc, src, s_start, s_end) or "ukraine"
        elif lemma in ("vallen", "omsingelen", "insluiten", "veroveren", "innemen"):
            holder = _attacker_of(p_ent)
        else:
            return None

    negated = _negated(lows)
    # "Kyiv ontkent dat …": the complement of a denial verb is denied.
    if opener == "dat" and a >= 2 and any(x.low in C.DENIAL_VERBS for x in w[max(0, a - 6) : a - 1]):
        negated = not negated
    polarity = "deny" if negated else "affirm"
    if nominal and stance == "asserted":
        src, s_start, s_end = _nominal_source(doc, sw, a, k)
    if src is None:
        src, s_start, s_end = _volgens_source(doc, sw)
        if src is not None:
            stance = "reported"
    if polarity == "deny" and stance == "denied":
        stance = "reported"
    inside = p_start >= sw.s.start  # an anaphor's antecedent lies in an earlier sentence
    start = min(w[k].start, p_start) if inside else w[a].start
    end = max(w[k].end, p_end) if inside else w[k].end
    return ControlClaim(start=start, end=end, sentence=sw.s.index, place=p_text, place_start=p_start,
                        place_end=p_end, holder=holder, polarity=polarity, source=src,
                        source_start=s_start, source_end=s_end,
                        stance=stance if src is not None else "asserted",
                        rule=f"control.{lemma}" + (".nominal" if nominal else ""))


def _negated(lows: list[str]) -> bool:
    n = 0
    for i, x in enumerate(lows):
        if x in C.NEGATIONS and not (x == "niet" and i + 1 < len(lows) and lows[i + 1] in ("alleen", "eens")):
            n += 1
    return n % 2 == 1


def _place(doc: Document, sw: _Sentence, k: int, a: int, b: int, lemma: str, locs):
    w = sw.w
    lo, hi = w[a].start, w[b - 1].end
    held = lemma in ("houden", "handen", "controle", "bezetten", "controleren")
    best = None
    for ms, me, ent in locs:
        if ms < lo or me > hi:
            continue
        # index of the mention's first word
        i = next((j for j in range(a, b) if w[j].start >= ms), None)
        if i is None:
            continue
        entry = load().entries.get(ent.kb_id) if ent.kb_id else None
        if entry is not None and entry.kind in ("country", "water"):
            continue  # a country is a party here, a sea is never taken
        j = i - 1
        while j >= a and j >= i - 3 and (w[j].low in _NP_FILLER or w[j].low in C.ANAPHOR_NOUNS
                                         or w[j].low in C.PLACE_NOUNS or w[j].text in _QUOTE_MARKS):
            j -= 1
        prev = w[j].low if j >= a else ""
        if prev == "door":
            continue  # the agent, not the place
        of_nominal = prev == "van" and i >= 2 and w[i - 2].low in C.NOMINAL_FORMS  # "de inname van X"
        if prev in C.LOCATIVE_PREPOSITIONS and not (held and prev in ("in", "over")) and not of_nominal:
            continue
        if prev == "van" and i >= 2 and w[i - 2].low in C.PARTIAL_WORDS:
            continue
        if i >= 2 and w[i - 1].low in ("regio", "provincie") and w[i - 2].low in C.LOCATIVE_PREPOSITIONS:
            continue
        d = abs(i - k)
        if best is None or d < best[0]:
            best = (d, ms, me, ent)
    if best is not None:
        _, ms, me, ent = best
        return ms, me, ent, doc.text[ms:me]
    # "de stad", "die havenstad": the last city named before this sentence.
    for j in range(a, b - 1):
        if w[j].low in C.ANAPHOR_DETERMINERS and w[j + 1].low in C.ANAPHOR_NOUNS and (
            j + 2 >= len(w) or not w[j + 2].text[:1].isupper()
        ):
            before = w[j - 1].low if j > a else ""
            if (before in C.LOCATIVE_PREPOSITIONS and not held) or before in C.PARTIAL_WORDS:
                continue  # "in de buitenwijken van de stad": not what is taken
            prev_locs = [x for x in locs if x[1] <= sw.s.start]
            for ms, me, ent in reversed(prev_locs):
                entry = load().entries.get(ent.kb_id) if ent.kb_id else None
                if entry is None or entry.kind in ("city", "site"):
                    return ms, me, ent, doc.text[ms:me]
            return None
    return None


def _holder(doc: Document, sw: _Sentence, k: int, a: int, b: int, lemma: str, ps: int, pe: int,
            p_ent: Entity | None) -> str | None:
    w = sw.w
    # "in Oekraïense handen", "in handen van Rusland", "onder Russische controle"
    if lemma in ("handen", "controle"):
        for j in range(max(a, k - 3), min(b, k + 4)):
            if w[j].start >= ps and w[j].end <= pe:
                continue
            p = _party(w[j]) or _entity_party(doc, w[j].start, w[j].end)
            if p in _COMBATANTS:
                return p
    # passive agent: "door Rusland", "door de Russen"
    for j in range(a, b):
        if w[j].low == "door":
            for m in range(j + 1, min(b, j + 4)):
                p = _party(w[m]) or _entity_party(doc, w[m].start, w[m].end)
                if p in _COMBATANTS:
                    return p
    # subject / any party word in the clause that is not in a non-agent phrase or the place itself
    for j in range(a, b):
        if w[j].start >= ps and w[j].end <= pe:
            continue
        if j == k:
            continue
        back = [w[x].low for x in range(max(a, j - 3), j)]
        if any(x in C.NON_AGENT_PREPOSITIONS for x in back):
            continue
        p = _party(w[j]) or _entity_party(doc, w[j].start, w[j].end)
        if p in _COMBATANTS:
            return p
    return None


def _source_party(doc: Document, src: str | None, s: int | None, e: int | None) -> str | None:
    if s is not None and e is not None:
        p = _entity_party(doc, s, e)
        if p:
            return p
        for x in doc.text[s:e].split():
            q = PARTY_WORDS.get(x.lower())
            if q in _COMBATANTS:
                return q
    return None


_Source = tuple[str | None, int | None, int | None]


def _nominal_source(doc: Document, sw: _Sentence, a: int, k: int) -> _Source:
    """The subject of "X claimt de verovering van …": the name nearest before the claim verb."""
    w = sw.w
    for j in range(k - 1, a - 1, -1):
        for e in doc.entities:
            for m in e.mentions:
                if m.start <= w[j].start < m.end:
                    return doc.text[m.start : m.end], m.start, m.end
    return None, None, None


def _volgens_source(doc: Document, sw: _Sentence) -> tuple[str | None, int | None, int | None]:
    """"Gevallen was Bachmoet niet volgens de president": the named source after "volgens"."""
    w = sw.w
    for j, x in enumerate(w):
        if x.low != "volgens":
            continue
        for m in range(j + 1, min(len(w), j + 5)):
            for e in doc.entities:
                for men in e.mentions:
                    if men.start <= w[m].start < men.end:
                        return e.name, men.start, men.end
    return None, None, None
