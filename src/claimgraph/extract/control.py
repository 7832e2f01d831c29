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
from claimgraph.lang.nl.months import MONTHS, WEEKDAYS
from claimgraph.lang.nl.parties import PARTY_PREFIXES, PARTY_WORDS
from claimgraph.lang.nl.speech import GOVERNMENT_SEATS

try:  # the quotes engineer's module: who states a span
    from claimgraph.extract.attribution import source_at
except ImportError:  # pragma: no cover - only while that module is missing
    def source_at(doc, start, end):  # type: ignore[no-redef]
        return None, None, None, "asserted"

LOGGER = logging.getLogger(__name__)

_COMBATANTS = ("russia", "ukraine", "wagner")
_OPPONENT = {"russia": "ukraine", "wagner": "ukraine", "ukraine": "russia"}
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
    """The side of an actor named at [start, end): a person, an organisation, or a country or its
    capital standing for its government ("Moskou meldt"). A town's country is no actor: in
    "troepen namen Synkivka bij Koepjansk in" Koepjansk says where, not who."""
    kb = load()
    for e in doc.entities:
        if e.party not in _COMBATANTS or e.type not in ("ORG", "PER", "LOC"):
            continue
        if not any(m.start < end and start < m.end for m in e.mentions):
            continue
        if e.type == "LOC":
            entry = kb.entries.get(e.kb_id) if e.kb_id else None
            if entry is None or (entry.kind != "country" and entry.id not in GOVERNMENT_SEATS):
                continue
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
        for i, x in enumerate(self.w):
            if not x.tag and x.low == "sinds" and _time_follows(self.w, i):
                x.tag = "VZ"  # untagged "sinds 2014", "sinds de inval": a preposition, no clause

    def clause(self, k: int) -> tuple[int, int, str, tuple[int, int]]:
        """(first, last+1, opener, skipped) of the clause around word k; opener is the subordinator
        or ""; skipped the [i, j) word range of a parenthetical the clause was extended over."""
        w = self.w
        a = self._back(k)
        opener = ""
        skipped = (0, 0)
        if a > 0 and w[a - 1].text not in _PUNCT_BOUNDARY:
            opener = w[a - 1].low
        elif a > 1 and w[a - 1].text == ",":
            # "Het Slangeneiland, voor de kust van Odesa, is … in Oekraïense handen": the subject
            # stands before a verbless apposition or prepositional phrase between commas.
            p = a - 2
            while p >= 0 and w[p].text not in _PUNCT_BOUNDARY and not _subordinator(w[p]):
                p -= 1
            if p > 0 and w[p].text == "," and _parenthetical(w[p + 1 : a - 1]):
                a2 = self._back(p - 1)
                if a2 > 0 and w[a2 - 1].text not in _PUNCT_BOUNDARY:
                    opener = w[a2 - 1].low
                skipped = (p, a)
                a = a2
        b = k + 1
        while b < len(w):
            x = w[b]
            if x.text in _PUNCT_BOUNDARY or x.text in ".?!" or (_subordinator(x) and x.low != "of"):
                break
            if x.low in C.RELATIVE and b > 0 and w[b - 1].text == ",":
                break
            b += 1
        return a, b, opener, skipped

    def _back(self, k: int) -> int:
        """The first word of the clause that word k ends: back to punctuation or a subordinator."""
        w = self.w
        a = k
        while a > 0:
            prev = w[a - 1]
            if prev.text in _PUNCT_BOUNDARY:
                break
            if _subordinator(prev) or (prev.low in C.RELATIVE and a - 1 > 0):
                break
            a -= 1
        return a

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


_APPOSITION_OPENERS = frozenset({"een", "de", "het"})
# Finite auxiliaries and copulas: their presence makes a comma segment a clause, not an apposition.
_FINITE = frozenset({"is", "was", "zijn", "waren", "heeft", "hebben", "had", "hadden", "wordt", "worden",
                     "werd", "werden", "zal", "zullen", "kan", "kunnen", "moet", "moeten"})


def _parenthetical(seg: list[_W]) -> bool:
    """A short verbless apposition or prepositional phrase ("een dorp bij Tokmak", "met 5000
    inwoners"), which a clause may be read across."""
    if not 1 <= len(seg) <= 10:
        return False
    first = seg[0]
    if not (first.low in _APPOSITION_OPENERS or first.tag.startswith("VZ")
            or (not first.tag and first.low in C.LOCATIVE_PREPOSITIONS | {"met", "zonder"})):
        return False
    for x in seg:
        if x.low in _FINITE or x.low in C.RELATIVE or _subordinator(x) or x.tag.startswith("WW(pv"):
            return False
        if x.text in _QUOTE_MARKS:
            return False
    return True


def _time_follows(w: list[_W], i: int) -> bool:
    """A time expression or a common-noun phrase follows word i ("sinds 2014", "sinds zaterdag",
    "sinds de inval"), not a clause with its own subject ("sinds de Russen de stad innamen")."""
    if i + 1 >= len(w):
        return False
    nxt = w[i + 1]
    if nxt.text[:1].isdigit() or nxt.low in MONTHS or nxt.low in WEEKDAYS or nxt.low in C.TIME_WORDS:
        return True
    if nxt.low in ("de", "het", "een") and i + 2 < len(w):
        after = w[i + 2]
        return not after.text[:1].isupper() and after.low not in PARTY_WORDS
    return False


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
    found: list[tuple[ControlClaim, str, str | None]] = []
    for s in doc.sentences:
        if doc.parts and doc.parts[s.part].kind not in CLAIM_PARTS:
            continue
        sw = None
        for k, tok in enumerate(s.tokens):
            low = doc.text[tok.start : tok.end].lower()
            if low not in C.CONTROL_FORM_LEMMAS and low not in C.NOMINAL_FORMS:
                continue
            sw = sw or _Sentence(doc, s.index)
            got = _claim(doc, sw, k, locs)
            if got is not None:
                # "Irpin, Boetsja en Hostomel zijn bevrijd": every coordinated place is claimed.
                others = _coordinated_places(doc, got[0], locs) if got[0].place_start >= s.start else []
            else:
                others = _listed_places(doc, sw, k, locs)
            claims = ([got] if got is not None else []) + [
                x for x in (_claim(doc, sw, k, locs, place=p) for p in others) if x is not None]
            for got in claims:
                found.append(got)
                denial = _pronoun_denial(doc, sw, k, got[0])
                if denial is not None:
                    found.append((denial, got[1], got[2]))
        found.extend(_predicative_claims(doc, s.index, locs))
    found.extend(_next_sentence_denials(doc, found))
    # "X is gevallen" names no side: when the document shows elsewhere which side attacks X, that
    # is the side the fall is about (the knowledge base may not know where X lies).
    named: dict[str, set[str]] = {}
    for _c, place, attacker in found:
        if attacker is not None:
            named.setdefault(place, set()).add(attacker)
    seen: set[tuple] = set()
    claims: list[ControlClaim] = []
    for claim, place, attacker in found:
        sides = named.get(place, set())
        if attacker is None and len(sides) == 1:
            claim.holder = next(iter(sides))
        key = (fold(claim.place), claim.holder, claim.polarity, claim.source)
        if key in seen:
            continue
        seen.add(key)
        claims.append(claim)
    doc.control_claims.extend(claims)


def _never_held(ent: Entity) -> bool:
    """A country is a party here, not a place held; a sea is never taken."""
    entry = load().entries.get(ent.kb_id) if ent.kb_id else None
    return entry is not None and entry.kind in ("country", "water")


def _coordinated_places(doc: Document, claim: ControlClaim, locs) -> list[tuple[int, int, Entity, str]]:
    """Places coordinated with the claim's place by commas and "en"/"of" ("Irpin, Boetsja en
    Hostomel"), to either side of it, each with no other word in between."""
    out = []
    here = next((n for n, x in enumerate(locs) if x[0] == claim.place_start), None)  # locs: by start
    for step in (-1, 1):
        ms, me, i = claim.place_start, claim.place_end, here
        while i is not None:
            j = i + step
            if not 0 <= j < len(locs):
                break
            a, b, ent = locs[j]
            gap = doc.text[me:a] if step == 1 else doc.text[b:ms]
            words = [y for y in (x.strip("".join(_QUOTE_MARKS)) for x in gap.replace(",", " ").split()) if y]
            joined = [x for x in words if x in ("en", "of")]
            if len(joined) > 1 or ("," not in gap and not joined) or any(
                    x not in C.COORDINATION_FILLERS for x in words):
                break
            if _never_held(ent):
                break
            out.append((a, b, ent, doc.text[a:b]))
            ms, me, i = a, b, j
    return out


def _listed_places(doc: Document, sw: _Sentence, k: int, locs) -> list[tuple[int, int, Entity, str]]:
    """Places listed after the clause of control word k: "twaalf dorpen ‘bevrijd’, onder meer X, Y
    en Z" claims each of them. Only after a list opener, up to the end of the sentence."""
    w = sw.w
    _a, b, _o, _s = sw.clause(k)
    if b >= len(w) - 1 or w[b].text != ",":
        return []
    m = b + 1
    for opener in C.LIST_OPENERS:
        if [x.low for x in w[m : m + len(opener)]] == list(opener):
            m += len(opener)
            break
    else:
        return []
    lo = w[m].start
    hi = next((x.start for x in w[m:] if x.text in ".;:?!()–—"), sw.s.end)
    out = []
    for ms, me, ent in locs:
        if lo <= ms and me <= hi and not _never_held(ent):
            out.append((ms, me, ent, doc.text[ms:me]))
    # Every word of the list is a place, a comma or "en": else it is no list of places.
    covered = sum(1 for x in w[m:] if x.start < hi and any(p[0] <= x.start < p[1] for p in out))
    rest = sum(1 for x in w[m:] if x.start < hi and x.low not in (",", "en", "of"))
    return out if out and covered == rest else []


def _claim(doc: Document, sw: _Sentence, k: int, locs,
           place=None) -> tuple[ControlClaim, str, str | None] | None:
    """The claim made by control word k, its place key and the side it shows attacking the place
    (None when the holder was only inferred). ``place`` overrides the place found in the clause
    (a place listed after it)."""
    w = sw.w
    word = w[k]
    nominal = word.low in C.NOMINAL_FORMS
    lemma = C.NOMINAL_FORMS[word.low] if nominal else C.CONTROL_FORM_LEMMAS[word.low]
    a, b, opener, skipped = sw.clause(k)
    lows = [x.low for x in w[a:b]]
    if opener in C.CONDITIONAL or sw.opener_is_relative(a, opener):
        return None
    if opener in C.PRESUPPOSING and (not w[a - 1].tag or w[a - 1].tag.startswith("VG")):
        return None  # "nadat de Russen X hadden ingenomen": background, not the assertion
    # "Moskou claimt de verovering van X": a noun only as the object of a claim verb.
    claimed = any(x in C.CLAIM_VERBS for x in lows[: k - a]) or any(
        x in C.CLAIM_VERBS_AFTER for x in lows[k - a + 1 :])
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
    particle = C.SEPARABLE_PARTICLES.get(word.low)
    if particle is not None and lemma in C.WITHDRAWAL_LEMMAS and particle not in lows[k - a + 1 :]:
        return None
    if lemma in C.WITHDRAWAL_LEMMAS and not _military_withdrawal(lows, lemma):
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
    if place is None and C.STATUS.get(lemma) in ("captured", "lost") and _counted_object(w[a:b]):
        return None  # "verloor … 4000 militairen": a count is what was lost or taken
    if lemma == "vallen" and word.low in ("valt", "viel", "vielen", "vallen") and b - 1 > k and (
            w[b - 1].low in C.VALLEN_PARTICLES
            or any(x.low in C.VALLEN_PARTICLES and x.tag.startswith("VZ(fin") for x in w[k + 1 : b])):
        return None  # "de stroom viel uit", "viel … binnen": a separable verb, not a fall
    if lemma == "vallen" and any(x in C.CAUSAL_PREPOSITIONS for x in lows[k - a + 1 :]):
        return None  # "de stad viel door gebrek aan munitie": the fall is given, its cause is claimed

    if place is None:
        place = _place(doc, sw, k, a, b, lemma, locs, skipped)
    if place is None:
        return None
    p_start, p_end, p_ent, p_text = place

    holder = _holder(doc, sw, k, a, b, lemma, p_start, p_end, p_ent, skipped)
    src, s_start, s_end, stance = source_at(doc, word.start, word.end)
    inferred = False
    if holder is None and src is not None and _possessive_subject(w, a, k):
        # "Prigozjin zegt dat zijn strijders X hebben ingenomen": the possessor of the agent is the
        # one who speaks, so the agent is the speaker's side.
        holder = _source_party(doc, src, s_start, s_end)
    if holder is None and lemma == "handen" and k > a and w[k - 1].low in C.POSSESSIVES:
        # "‘in onze handen’", "volgens de Russen in hun handen": the side of who says it.
        holder = _source_party(doc, src, s_start, s_end)
    if holder is None:
        if lemma in ("bevrijden", "heroveren", "terugveroveren"):
            holder = _source_party(doc, src, s_start, s_end) or "ukraine"
        elif lemma == "bezetten" and p_ent is not None:
            holder = _attacker_of(p_ent)  # "Hostomel bleef vijf weken bezet": by the invader
        elif lemma in ("vallen", "omsingelen", "insluiten", "veroveren", "innemen"):
            holder = _attacker_of(p_ent)
            inferred = True
        elif lemma == "verliezen" or lemma in C.WITHDRAWAL_LEMMAS or lemma == "zuiveren":
            # "Robotyne is verloren", "de verdedigers hebben de stad verlaten", "X is gezuiverd",
            # says a source: the source's side lost, left or cleared it.
            holder = _source_party(doc, src, s_start, s_end)
            if holder is None:
                return None
        else:
            return None

    negated = _negated(lows)
    # Losing a place denies that the loser holds it: "Rusland verloor X", "verloor de controle over X".
    if lemma == "verliezen" or lemma in C.WITHDRAWAL_LEMMAS or any(x in C.LOSS_FORMS for x in lows):
        negated = not negated
    # "Kyiv ontkent dat …": the complement of a denial verb is denied.
    denial = opener == "dat" and a >= 2 and _denied(w[max(0, a - 7) : a - 1])
    if denial:
        negated = not negated
    polarity = "deny" if negated else "affirm"
    if nominal and stance == "asserted":
        src, s_start, s_end = _nominal_source(doc, sw, a, k)
    if src is None and denial:
        # "Het Kremlin spreekt tegen dat X is ingenomen": the subject of the denial verb.
        src, s_start, s_end = _nominal_source(doc, sw, 0, a - 1)
        if src is not None:
            stance = "reported"
    if src is None:
        src, s_start, s_end = _volgens_source(doc, sw)
        if src is not None:
            stance = "reported"
    if polarity == "deny" and stance == "denied":
        stance = "reported"
    if lemma in C.WITHDRAWAL_LEMMAS and src is None:
        return None  # the writer's account of a withdrawal is narrative, not a claim on control
    inside = p_start >= sw.s.start  # an anaphor's antecedent lies in an earlier sentence
    start = min(w[k].start, p_start) if inside else w[a].start
    end = max(w[k].end, p_end) if inside else w[k].end
    claim = ControlClaim(start=start, end=end, sentence=sw.s.index, place=p_text, place_start=p_start,
                         place_end=p_end, holder=holder, polarity=polarity, source=src,
                         source_start=s_start, source_end=s_end,
                         stance=stance if src is not None else "asserted",
                         rule=f"control.{lemma}" + (".nominal" if nominal else ""))
    place_key = (p_ent.kb_id or fold(p_ent.name)) if p_ent is not None else fold(p_text)
    attacker = None
    if not inferred:
        lost = lemma == "verliezen" or lemma in C.WITHDRAWAL_LEMMAS
        attacker = holder if polarity == "affirm" or not lost else _OPPONENT.get(holder)
        # "is nog (steeds) in Oekraïense handen": the holder defends the place, the other side attacks.
        if C.STATUS.get(lemma) == "held" and any(x in C.CONTINUATIVE for x in lows):
            attacker = _OPPONENT.get(holder)
    return claim, place_key, attacker


def _counted_object(seg: list[_W]) -> bool:
    """A number before a noun of people, vehicles or area in the clause: "4000 militairen",
    "300 vierkante kilometer" (a date or a duration, "na 224 dagen", is no such object)."""
    for i, x in enumerate(seg[:-1]):
        number = x.text[:1].isdigit() or x.tag.startswith("TW")
        if number and any(y.low in C.COUNTED_OBJECT_NOUNS for y in seg[i + 1 : i + 3]):
            return True
    return False


def _military_withdrawal(lows: list[str], lemma: str) -> bool:
    """A withdrawal by armed forces ("de verdedigers hebben de stad verlaten", "het leger trok zich
    terug"), not civilians leaving a town; a country as subject ("Oekraïne geeft X op") counts."""
    if lemma == "terugtrekken" and "zich" not in lows:
        return False
    if any(x in C.CIVILIAN_NOUNS for x in lows):
        return False
    return any(x.endswith(C.MILITARY_NOUNS) or PARTY_WORDS.get(x) in _COMBATANTS for x in lows)


def _possessive_subject(w: list[_W], a: int, k: int) -> bool:
    """A possessive pronoun ("zijn", "hun", "haar") before a noun ahead of the verb: "zijn
    strijders", "hun troepen" (not the verb "zijn" of "zijn ingenomen")."""
    for j in range(a, k - 1):
        x = w[j]
        if x.low not in ("zijn", "hun", "haar"):
            continue
        nxt = w[j + 1]
        if x.tag:
            # A tagger may read "zijn" as the verb; a noun right after it settles the matter.
            if x.tag.startswith("VNW(bez") or (nxt.tag.startswith("N(") and x.low != "haar"):
                return True
            continue
        if nxt.text.isalpha() and nxt.text.islower() and not nxt.low.startswith("ge") \
                and nxt.low not in C.CONTROL_FORM_LEMMAS:
            return True
    return False


def _pronoun_denial(doc: Document, sw: _Sentence, k: int, claim: ControlClaim) -> ControlClaim | None:
    """"Moskou claimt de verovering van X, maar Kyiv spreekt dat tegen / ontkent dat": a later
    clause whose denial verb takes a pronoun ("dat", "dit", "het") for the claim is its denial."""
    w = sw.w
    if claim.polarity != "affirm":
        return None
    for j in range(k + 1, len(w) - 1):
        if w[j].low not in ("maar", "doch") and not (w[j].text == "," and j + 1 < len(w)
                                                       and w[j + 1].low in ("maar", "doch")):
            continue
        rest = w[j + 1 :]
        lows = [x.low for x in rest]
        for v, x in enumerate(lows):
            if x in C.DENIAL_VERBS or x in C.DENIAL_PARTICLE_VERBS:
                tail = [y for y in lows[v + 1 :] if y not in (".", "!", "?")]
                if not tail or tail[0] not in C.DENIAL_PRONOUNS or any(y not in ("tegen", "echter", "ook")
                                                                       for y in tail[1:]):
                    return None
                if x in C.DENIAL_PARTICLE_VERBS and "tegen" not in tail:
                    return None
                src, s0, s1 = _nominal_source(doc, sw, j + 1, j + 1 + v)
                if src is None:
                    return None
                return ControlClaim(start=claim.start, end=rest[-1].end, sentence=claim.sentence,
                                    place=claim.place, place_start=claim.place_start,
                                    place_end=claim.place_end, holder=claim.holder, polarity="deny",
                                    source=src, source_start=s0, source_end=s1, stance="reported",
                                    rule=claim.rule + ".denied")
        return None
    return None


def _denied(before: list[_W]) -> bool:
    """A denial verb governs the "dat" clause: "ontkent dat …", "spreekt (het) tegen dat …"."""
    lows = [x.low for x in before]
    if any(x in C.DENIAL_VERBS for x in lows):
        return True
    return "tegen" in lows and any(x in C.DENIAL_PARTICLE_VERBS for x in lows)


def _negated(lows: list[str]) -> bool:
    n = 0
    for i, x in enumerate(lows):
        if x in C.NEGATIONS and not (x == "niet" and i + 1 < len(lows) and lows[i + 1] in ("alleen", "eens")):
            n += 1
    return n % 2 == 1


def _np_word(x: _W) -> bool:
    """A word inside a noun phrase before its head: article, adjective, place noun."""
    if x.low in _NP_FILLER or x.low in C.ANAPHOR_NOUNS or x.low in C.PLACE_NOUNS or x.text in _QUOTE_MARKS:
        return True
    if x.tag:
        return x.tag.startswith("ADJ") or x.tag.startswith("TW")
    return x.low in PARTY_WORDS and x.low.endswith(("e", "se"))


def _anaphor_noun(low: str) -> bool:
    """"stad", "dorp" and their compounds ("industriestad", "grensdorp")."""
    return low in C.ANAPHOR_NOUNS or (len(low) > 6 and low.endswith(C.ANAPHOR_HEADS))


def _place(doc: Document, sw: _Sentence, k: int, a: int, b: int, lemma: str, locs,
           skipped: tuple[int, int] = (0, 0)):
    w = sw.w
    lo, hi = w[a].start, w[b - 1].end
    # Only "stand houden in X" and "de controle over X" take the place in a prepositional phrase.
    own_prep = {"houden": "in", "controle": "over", "controleren": "over", "terugtrekken": "uit"}.get(lemma)
    skip_lo = w[skipped[0]].start if skipped[1] > skipped[0] else -1
    skip_hi = w[skipped[1] - 1].end if skipped[1] > skipped[0] else -1
    best = None
    for ms, me, ent in locs:
        if ms < lo or me > hi or (skip_lo <= ms and me <= skip_hi):
            continue
        # index of the mention's first word
        i = next((j for j in range(a, b) if w[j].start >= ms), None)
        if i is None:
            continue
        if _never_held(ent):
            continue
        j = i - 1
        while j >= a and j >= i - 4 and (_np_word(w[j]) or _anaphor_noun(w[j].low)):
            j -= 1
        prev = w[j].low if j >= a else ""
        if prev in ("door", "volgens"):
            continue  # the agent or the source ("volgens Moskou"), not the place
        of_nominal = prev == "van" and i >= 2 and w[i - 2].low in C.NOMINAL_FORMS  # "de inname van X"
        if prev in C.LOCATIVE_PREPOSITIONS and prev != own_prep and not of_nominal:
            continue
        if prev == "van" and i >= 2 and w[i - 2].low in C.PARTIAL_WORDS:
            continue
        if prev in C.LOCATIVE_PREPOSITIONS and any(w[x].low in ("regio", "provincie", "oblast")
                                                   for x in range(j + 1, i + 1)):
            continue  # "in de Russische regio Koersk": territory inside a region, not the region
        d = abs(i - k)
        if best is None or d < best[0]:
            best = (d, ms, me, ent)
    if best is not None:
        _, ms, me, ent = best
        return ms, me, ent, doc.text[ms:me]
    # "de stad", "die havenstad": the last city named before this sentence.
    for j in range(a, b - 1):
        if w[j].low in C.ANAPHOR_DETERMINERS and _anaphor_noun(w[j + 1].low) and (
            j + 2 >= len(w) or not w[j + 2].text[:1].isupper()
        ):
            if skipped[0] <= j < skipped[1]:
                continue
            before = w[j - 1].low if j > a else ""
            if (before in C.LOCATIVE_PREPOSITIONS and before != own_prep) or before in C.PARTIAL_WORDS:
                continue  # "in de buitenwijken van de stad": not what is taken
            if before == "van" and j >= 2 and w[j - 2].low in C.PARTIAL_WORDS:
                continue  # "stand in het centrum van de stad": part of it
            prev_locs = [x for x in locs if x[1] <= sw.s.start]
            for ms, me, ent in reversed(prev_locs):
                entry = load().entries.get(ent.kb_id) if ent.kb_id else None
                if entry is None or entry.kind in ("city", "site"):
                    return ms, me, ent, doc.text[ms:me]
            return None
    # "de kerncentrale", "de fabriek": a definite common noun that heads a place named before.
    for j in range(a, b - 1):
        if skipped[0] <= j < skipped[1] or w[j].low not in C.HEAD_ANAPHOR_DETERMINERS:
            continue
        noun = w[j + 1]
        if not (noun.text.isalpha() and noun.text.islower() and len(noun.fold) >= 4) or (
                noun.tag and not noun.tag.startswith("N(")):
            continue
        if j + 2 < b and (w[j + 2].low == "van" or w[j + 2].text[:1].isupper()):
            continue  # "de kerncentrale van Koersk", "de fabriek Azovstal": a new name follows
        before = w[j - 1].low if j > a else ""
        if (before in C.LOCATIVE_PREPOSITIONS and before != own_prep) or before in C.PARTIAL_WORDS:
            continue
        if j + 1 == k or (j + 1 > k and any(x.low == "door" for x in w[k:j])):
            continue
        ante = _head_antecedent(doc, locs, sw.s.start, noun.fold)
        if ante is not None:
            return ante
    return None


def _head_antecedent(doc: Document, locs, before: int, noun: str):
    """The last place mention before offset ``before`` whose name has ``noun`` as a word or as the
    head of a compound ("kerncentrale van Zaporizja", "Azovstal-fabriek" for "fabriek")."""
    for ms, me, ent in reversed(locs):
        if me > before:
            continue
        # The name itself, or the noun that it completes ("het vliegveld (van) Hostomel").
        lead = fold(doc.text[max(0, ms - 40) : ms]).replace("-", " ").split()[-2:]
        if lead and lead[-1] == "van":
            lead = lead[:-1]
        words = fold(doc.text[ms:me]).replace("-", " ").split() + lead[-1:]
        if any(x == noun or (x.endswith(noun) and len(x) > len(noun) + 2) for x in words):
            return ms, me, ent, doc.text[ms:me]
    return None


def _holder(doc: Document, sw: _Sentence, k: int, a: int, b: int, lemma: str, ps: int, pe: int,
            p_ent: Entity | None, skipped: tuple[int, int] = (0, 0)) -> str | None:
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
    # "Volgens het Russische ministerie van Defensie hebben …": the whole source phrase (up to the
    # finite verb or a comma) names who says it, never the agent.
    source_phrase = (0, 0)
    for j in range(a, b):
        if w[j].low == "volgens":
            e = j + 1
            while e < b and w[e].text not in _PUNCT_BOUNDARY and not w[e].tag.startswith("WW(pv") and (
                    w[e].tag or (w[e].low not in _FINITE and e - j <= 6)):
                e += 1
            source_phrase = (j, e)
            break
    # subject / any party word in the clause that is not in a non-agent phrase or the place itself
    for j in range(a, b):
        if w[j].start >= ps and w[j].end <= pe:
            continue
        if j == k or skipped[0] <= j < skipped[1] or source_phrase[0] <= j < source_phrase[1]:
            continue
        # The preposition governing the word's noun phrase ("heroverd op de Russische troepen").
        g = j - 1
        while g >= a and g >= j - 4 and _np_word(w[g]):
            g -= 1
        if g >= a and w[g].low in C.NON_AGENT_PREPOSITIONS:
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


def _predicative_claims(doc: Document, si: int, locs) -> list[tuple[ControlClaim, str, str | None]]:
    """"Marioepol blijft Oekraïens", "de stad is nu Russisch": a place as the subject of a copula
    with an uninflected party adjective as its predicate says who holds it (the attributive form
    "de Oekraïense stad" ends in -e and is no claim). A negation makes it a denial."""
    s = doc.sentences[si]
    out: list[tuple[ControlClaim, str, str | None]] = []
    mentions = [x for x in locs if s.start <= x[0] and x[1] <= s.end]
    if not mentions:
        return out
    toks = s.tokens
    lows = [doc.text[t.start : t.end].lower() for t in toks]
    for ms, me, ent in mentions:
        if _never_held(ent):
            continue
        i = next((j for j, t in enumerate(toks) if t.start >= me), None)
        if i is None or lows[i] not in C.COPULAS:
            continue
        first = next((j for j, t in enumerate(toks) if t.start >= ms), 0)
        if first > 0 and lows[first - 1] not in (".", "„", "“", '"', "‘", ":") and not (
                first == 1 and lows[0] in ("de", "het")):
            continue  # the place must open the clause as its subject
        j = i + 1
        negated = False
        while j < len(toks) and lows[j] in C.COPULA_ADVERBS:
            negated ^= lows[j] in C.NEGATIONS
            j += 1
        if j >= len(toks) or lows[j] not in C.PREDICATIVE_PARTY:
            continue
        if j + 1 < len(toks) and lows[j + 1][:1].isalpha() and lows[j + 1] not in ("en", "maar"):
            continue  # "is Russisch gebied": the adjective is attributive after all
        holder = C.PREDICATIVE_PARTY[lows[j]]
        src, s0, s1, stance = source_at(doc, toks[i].start, toks[j].end)
        claim = ControlClaim(start=ms, end=toks[j].end, sentence=si, place=doc.text[ms:me], place_start=ms,
                             place_end=me, holder=holder, polarity="deny" if negated else "affirm",
                             source=src, source_start=s0, source_end=s1,
                             stance=stance if src is not None else "asserted", rule="control.predicative")
        key = ent.kb_id or fold(ent.name)
        out.append((claim, key, None))
    return out


def _next_sentence_denials(doc: Document, found: list[tuple[ControlClaim, str, str | None]]
                           ) -> list[tuple[ControlClaim, str, str | None]]:
    """"Prigozjin beweerde dat zijn strijders Opytne hebben ingenomen. Het Oekraïense leger ontkent
    dat.": a sentence that is only a subject, a denial verb and a pronoun object denies the claim
    of the sentence before it (as "…, maar Kyiv ontkent dat" does within one sentence)."""
    out: list[tuple[ControlClaim, str, str | None]] = []
    by_sentence: dict[int, list[tuple[ControlClaim, str, str | None]]] = {}
    for item in found:
        by_sentence.setdefault(item[0].sentence, []).append(item)
    for si, items in by_sentence.items():
        if si + 1 >= len(doc.sentences):
            continue
        nxt = doc.sentences[si + 1]
        if doc.sentences[si].part != nxt.part or len(nxt.tokens) > 12:
            continue
        sw = _Sentence(doc, si + 1)
        lows = [x.low for x in sw.w]
        v = next((j for j, x in enumerate(lows) if x in C.DENIAL_VERBS or x in C.DENIAL_PARTICLE_VERBS), None)
        if v is None or v == 0:
            continue
        tail = [y for y in lows[v + 1 :] if y not in (".", "!", "?")]
        if not tail or tail[0] not in C.DENIAL_PRONOUNS or any(y not in ("tegen", "echter", "ook", "stellig",
                                                                         "categorisch", "met", "klem")
                                                               for y in tail[1:]):
            continue
        if lows[v] in C.DENIAL_PARTICLE_VERBS and "tegen" not in tail:
            continue
        src, s0, s1 = _nominal_source(doc, sw, 0, v)
        if src is None:
            continue
        for claim, key, attacker in items:
            if claim.polarity != "affirm" or claim.source == src:
                continue
            denial = ControlClaim(start=claim.start, end=sw.w[-1].end, sentence=claim.sentence,
                                  place=claim.place, place_start=claim.place_start, place_end=claim.place_end,
                                  holder=claim.holder, polarity="deny", source=src, source_start=s0,
                                  source_end=s1, stance="reported", rule=claim.rule + ".denied_next")
            out.append((denial, key, attacker))
    return out
