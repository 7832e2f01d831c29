"""Speaker noun phrases: find the subject of a speech verb or source marker, and resolve it.

A flat token view of the document (:class:`Words`) lets every rule look across sentence ends in
one linear pass. Noun phrases are read from Frog's tags where present (LID, ADJ, N, SPEC, TW), with
capitalisation and the lexicons of :mod:`claimgraph.lang.nl.speech` as the fallback on untagged
sentences. A speaker phrase is reduced to its core (no determiner, no prenominal participle
phrase, no relative clause), then named by the entity it contains, the person a pronoun or a
definite role description refers to, or the cleaned phrase itself.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

from claimgraph.document import Document
from claimgraph.kb.linker import KBEntry, fold
from claimgraph.kb.linker import load as load_kb
from claimgraph.lang.nl import speech as sp
from claimgraph.lang.nl.parties import PARTY_WORDS
from claimgraph.lang.nl.punctuation import ALL_QUOTES as ALL_QUOTE_CHARS
from claimgraph.lang.nl.punctuation import CLOSING_QUOTES as CLOSING_QUOTE_CHARS
from claimgraph.lang.nl.punctuation import OPENING_QUOTES as OPENING_QUOTE_CHARS
from claimgraph.lang.nl.verbs import SPEECH_PARTICLE_FORMS, SPEECH_WORD_FORMS

_WORD_RE = re.compile(r"\w", re.UNICODE)
# A speaker stays the referent of "hij"/"zij" this far (characters) while no other person is named.
_SALIENCE_CHARS = 1500
# How far back (tokens) a bare "de dienst" looks for the institution it refers to.
_ANTECEDENT_TOKENS = 400
# Function words that never belong to a noun phrase when the tagger is absent.
_FUNCTION_WORDS = frozenset(
    [
        "aan", "achter", "af", "al", "als", "bij", "binnen", "boven", "dan", "dat", "door", "en",
        "er", "even", "in", "is", "zijn", "was", "waren", "werd", "werden", "wordt", "worden",
        "heeft", "hebben", "had", "hadden", "kan", "kon", "kunnen", "moet", "moest", "zal",
        "zullen", "zou", "zouden", "met", "na", "naar", "niet", "nog", "nu", "of", "om", "onder",
        "ook", "op", "over", "sinds", "te", "tegen", "tot", "uit", "van", "voor", "want", "wel",
        "zo", "zeer", "toch", "maar", "omdat", "terwijl", "waar", "wat", "wie", "hoe", "toen",
        "die", "dat", "dit", "deze", "zich", "hier", "daar"
    ]
)


@dataclass(slots=True)
class W:
    """One token as the speech rules see it."""

    text: str
    low: str
    start: int
    end: int
    tag: str
    pos: str
    lemma: str
    sent: int
    ent: bool = False  # inside an entity mention: a name whatever the tagger says


class Words:
    """All tokens of a document in one list, with sentence bounds (token index ranges)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.w: list[W] = []
        self.sent_range: list[tuple[int, int]] = []
        t = doc.text
        for s in doc.sentences:
            a = len(self.w)
            for tok in s.tokens:
                text = t[tok.start : tok.end]
                self.w.append(W(text, text.lower(), tok.start, tok.end, tok.tag, tok.pos, tok.lemma, s.index))
            self.sent_range.append((a, len(self.w)))
        _possessive_zijn(self.w)
        self._starts = [w.start for w in self.w]
        for e in doc.entities:
            for m in e.mentions:
                k = self.index_at(m.start)
                while k < len(self.w) and self.w[k].end <= m.end:
                    self.w[k].ent = True
                    k += 1

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self._starts, offset)

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Character span of tokens [a, b)."""
        return self.w[a].start, self.w[b - 1].end

    def text(self, a: int, b: int) -> str:
        s, e = self.span(a, b)
        return self.doc.text[s:e]


def _possessive_zijn(ws: list[W]) -> None:
    """Retag "zijn" after a preposition and before a noun phrase as the possessive.

    Why: the tagger reads "zei in zijn avondtoespraak dat" with "zijn" as a finite verb, which
    ends the speech verb's clause before its ``dat``; after a preposition a finite verb cannot
    follow, so the possessive is the only reading.
    """
    for k in range(1, len(ws) - 1):
        w, prev, nxt = ws[k], ws[k - 1], ws[k + 1]
        if w.low == "zijn" and w.pos == "WW" and prev.pos == "VZ" and "init" in prev.tag \
                and nxt.pos in ("N", "ADJ", "TW") and w.sent == nxt.sent:
            w.tag, w.pos = "VNW(bez,det,stan,vol,3,ev,prenom,zonder,agr)", "VNW"


# --- token classes -------------------------------------------------------------------------------


def age_bracket_at(ws: list[W], k: int) -> bool:
    """True when tokens k..k+2 are an age in brackets, as after a name: "Andri (31)"."""
    return k + 2 < len(ws) and ws[k].text == "(" and ws[k + 1].text.isdigit() and ws[k + 2].text == ")"


def bracket_note_open(ws: list[W], close: int, floor: int = 0) -> int:
    """The "(" of a short note in brackets closed at ``close``: an age ("Andri (31)"), a party or
    a portfolio ("Visser (Buitenlandse Handel)"), at most four words, the first a capital or a
    number, none a finite verb. -1 when the brackets hold anything else."""
    if close >= len(ws) or ws[close].text != ")":
        return -1
    for o in range(close - 1, max(floor, close - 6) - 1, -1):
        if ws[o].text == "(":
            inner = ws[o + 1 : close]
            if inner and (inner[0].text.isdigit() or inner[0].text[:1].isupper()) and all(
                    is_word(x) and not (x.tag and is_finite(x)) for x in inner):
                return o
            return -1
    return -1


def is_word(w: W) -> bool:
    return bool(_WORD_RE.match(w.text))


def is_det(w: W) -> bool:
    if w.pos == "LID" or w.low in ("de", "het", "een"):
        return True
    if w.pos == "VNW" and "det" in w.tag and ("bez" in w.tag or "aanw" in w.tag or "onbep" in w.tag):
        return w.low in sp.DETERMINERS or "bez" in w.tag
    return not w.tag and w.low in sp.DETERMINERS


def is_name(w: W) -> bool:
    if w.ent and w.text[:1].isupper():
        return True
    if w.pos == "SPEC" and "deeleigen" in w.tag:
        return True
    if w.pos == "N" and "eigen" in w.tag:
        return True
    return not w.tag and w.text[:1].isupper() and is_word(w)


def is_nominal(w: W) -> bool:
    """Adjective, noun, name or numeral: a word inside a noun phrase after its determiner."""
    if w.ent and is_word(w):
        return True
    if w.tag:
        if w.pos in ("N", "SPEC", "ADJ", "TW"):
            return is_word(w) or w.pos == "SPEC"
        return w.pos == "WW" and "prenom" in w.tag
    return is_word(w) and w.low not in _FUNCTION_WORDS and w.low not in SPEECH_WORD_FORMS


def _adjective_before(w: W) -> bool:
    return w.pos == "ADJ" or (not w.tag and is_nominal(w))


def is_noun(w: W) -> bool:
    if w.tag:
        return w.pos in ("N", "SPEC")
    return is_nominal(w) and not w.low.endswith("e")


def is_plural(w: W) -> bool:
    if w.tag and w.pos == "N" and ",mv" in w.tag:
        return True
    return w.text.endswith(sp.PERSON_PLURAL_SUFFIXES) and (not w.tag or w.pos in ("N", "SPEC"))


def is_finite(w: W) -> bool:
    if w.tag:
        return w.pos == "WW" and "pv" in w.tag
    return w.low in SPEECH_WORD_FORMS and not w.low.startswith("ge")


def finite_before(ws: list[W], i: int, a: int, stops: str) -> int:
    """The nearest finite verb left of ``i`` (down to ``a``), not crossing a mark in ``stops`` or
    a quotation mark; -1 if none. Finds the verb that carries a participle or infinitive cue."""
    for k in range(i - 1, a - 1, -1):
        if is_finite(ws[k]):
            return k
        if ws[k].text in stops or ws[k].text in ALL_QUOTE_CHARS:
            break
    return -1


def is_finite_plural(w: W) -> bool | None:
    """True for a plural finite verb, False for singular, None when unknown."""
    if w.tag and w.pos == "WW" and "pv" in w.tag:
        return ",mv" in w.tag
    if not w.tag and is_word(w):
        return w.low.endswith("en") if w.low.endswith(("en", "de", "te", "t")) else None
    return None


@functools.lru_cache(maxsize=8192)
def role_noun(low: str) -> str | None:
    """The role noun a (possibly compound) word ends in: 'legerwoordvoerder' → 'woordvoerder'."""
    low = low.replace("-", "")
    if low in sp.PERSON_ROLE_NOUNS:
        return low
    for n in sp.PERSON_ROLE_NOUNS:
        if len(n) >= 4 and low.endswith(n):
            return n
    return None


@functools.lru_cache(maxsize=8192)
def institution_noun(low: str) -> str | None:
    """The institution noun a (possibly compound) word ends in: 'inlichtingendienst' → 'dienst'."""
    if low in sp.INSTITUTION_NOUNS:
        return low
    for n in sp.INSTITUTION_NOUNS:
        if len(n) >= 5 and " " not in n and low.endswith(n):
            return n
    return None


def head_of(ws: list[W], a: int, b: int) -> int:
    """The head token of the noun phrase core [a, b): the last word before a postmodifier.

    ``commandant van de 110de brigade`` is headed by ``commandant``, so its number and whether it
    names a person come from that word, not from the noun inside the ``van``-phrase.
    """
    k = a + 1
    while k < b:
        w = ws[k]
        if w.pos == "VZ" or w.low in ("van", "der", "des", "uit", "bij", "in") or w.text in "(,":
            break
        k += 1
    return k - 1


def speech_lemma(words: Words, i: int, clause_end: int) -> str | None:
    """The speech verb lemma at token ``i`` (checking a separable verb's particle), else None."""
    w = words.w[i]
    if w.tag and w.pos not in ("WW", ""):
        return None
    lemma = SPEECH_WORD_FORMS.get(w.low)
    if lemma:
        lows = [x.low for x in words.w[i + 1 : clause_end]]
        for expr in sp.NON_SPEECH_EXPRESSIONS.get(lemma, ()):
            n = len(expr)
            if any(tuple(lows[k : k + n]) == expr for k in range(len(lows) - n + 1)):
                return None  # "stelt het leger in staat": not a statement
        return lemma
    for particle, plemma in SPEECH_PARTICLE_FORMS.get(w.low, ()):
        for k in range(i + 1, clause_end):
            if words.w[k].low == particle:
                return plemma
    return None


# --- noun phrases -------------------------------------------------------------------------------


def np_after(words: Words, i: int, end: int) -> tuple[int, int] | None:
    """The noun phrase starting at token ``i`` (before ``end``) as a token range, or None.

    Accepts a pronoun; a determiner with a prenominal participle phrase (``de naar Letland
    uitgeweken nieuwssite``); a run of adjectives, nouns and names; a ``van``-complement of a
    common noun (``ministerie van Defensie``); a bracketed abbreviation (``(ISW)``).
    """
    ws = words.w
    if i >= end:
        return None
    if ws[i].low in sp.SUBJECT_PRONOUNS or ws[i].low in sp.DEMONSTRATIVE_PRONOUNS:
        return (i, i + 1)
    # Partitive "een van de soldaten": the phrase after "van" carries the head.
    if ws[i].low in sp.PARTITIVE_HEADS and i + 1 < end and ws[i + 1].low == "van":
        r = np_after(words, i + 2, end)
        return (i, r[1]) if r is not None else None
    j = i
    if is_det(ws[j]):
        j += 1
        # A prenominal phrase ending in a participle: "de naar Letland uitgeweken nieuwssite".
        if j < end and ws[j].tag and ws[j].pos in ("VZ", "BW"):
            for k in range(j, min(end - 1, j + 8)):
                if ws[k].pos == "WW" and ("vd" in ws[k].tag or "od" in ws[k].tag):
                    if is_nominal(ws[k + 1]):
                        j = k + 1
                    break
                if ws[k].text in ",.;:" or ws[k].pos in ("VG", "LID"):
                    break
    k = j
    seen_noun = False
    while k < end and (is_nominal(ws[k]) or (ws[k].text in "-–" and k > j)):
        w = ws[k]
        if w.ent and ws[k - 1].ent and k > j:
            seen_noun = True
            k += 1  # inside one name: "ministerie van Buitenlandse Zaken"
            continue
        if seen_noun and w.tag and (w.pos in ("ADJ", "WW", "TW") or sp.is_temporal(w.low)):
            break  # "militairen afgelopen week": a new phrase starts
        if seen_noun and w.pos == "N" and ws[k - 1].pos == "N" and w.text.islower():
            break  # "functionarissen journalisten": two common nouns are two phrases
        if w.pos in ("N", "SPEC") or (w.ent and w.pos != "ADJ") or (not w.tag and w.text[:1].isupper()):
            seen_noun = True
        k += 1
    if k == j:
        return None
    last = ws[k - 1]
    if last.tag and not last.ent and last.pos not in ("N", "SPEC", "TW") and "nom" not in last.tag:
        return None  # "Een dag eerder": ends in an adverbial adjective, not a noun
    if sp.is_temporal(last.low):
        return None  # a time adverbial, not a speaker
    # Quantifier phrases "een van de soldaten": keep the partitive.
    while k + 1 < end and ws[k].low == "van" and not any(is_name(ws[x]) for x in range(j, k)):
        m = k + 1
        if is_det(ws[m]):
            m += 1
        n = m
        while n < end and is_nominal(ws[n]):
            n += 1
        if n == m:
            break
        k = n
    # Genitive "Commandant der Strijdkrachten".
    if k + 1 < end and ws[k].low in ("der", "des") and is_nominal(ws[k + 1]):
        k += 1
        while k < end and is_nominal(ws[k]):
            k += 1
    if k + 2 < end and ws[k].text == "(" and ws[k + 2].text == ")" and ws[k + 1].text[:1].isupper():
        k += 3
    elif k + 2 < end and ws[k].text == "(" and is_name(ws[k - 1]):
        close = next((c for c in range(k + 2, min(end, k + 6)) if ws[c].text == ")"), -1)
        if close > 0 and bracket_note_open(ws, close, k) == k:
            k = close + 1  # an age or a portfolio: "Andri (31)", "Visser (Buitenlandse Handel)"
    return (i, _apposition_end(ws, j, k, end))


def _apposition_end(ws: list[W], j: int, k: int, end: int) -> int:
    """The end of a noun phrase [j, k) with a name in apposition between commas.

    Why: a role description followed by the name of its holder (``de gouverneur van Charkiv,
    Oleh Synjehoebov, …``; ``de door Moskou benoemde burgemeester, Vladimir Leontjev, …``) refers
    to that person; the phrase ends after the name, so the name is found inside it. Only a
    description headed by a role noun that is not itself a name (``de gouverneur van Charkiv``
    is), and only a run of capitalised name words closed by a comma (an enumeration or a new
    clause is left alone).
    """
    if k + 2 >= end or ws[k].text != ",":
        return k
    h = head_of(ws, j, k)
    # "het hoofd van de militaire stadsadministratie": the role noun heads its van-complement.
    v = next((x for x in range(j, k) if ws[x].low == "van"), None)
    if role_noun(ws[h].low) is None and v is not None and v > j:
        h = v - 1
    if role_noun(ws[h].low) is None or any(ws[x].ent and ws[x].text[:1].isupper() for x in range(j, h + 1)):
        return k
    m = k + 1
    while m < end and is_word(ws[m]) and (ws[m].text[:1].isupper() or ws[m].low in ("van", "de", "der")):
        m += 1
    if m - (k + 1) < 2 or m >= end or ws[m].text != "," or not ws[k + 1].ent:
        return k
    return m


def core(words: Words, a: int, b: int) -> tuple[int, int]:
    """The core of a noun phrase: without determiner and prenominal participle phrase."""
    ws = words.w
    # Drop a prenominal participle phrase ("de naar Letland uitgeweken"): start after the
    # participle when a preposition opens the phrase; a bare participle ("gemobiliseerde") stays.
    # Only a phrase that opens the noun phrase: in "Aksjonov van de door Rusland geannexeerde Krim"
    # the participle phrase sits inside a postmodifier, and the head stays in front.
    opener = a + 1 if a < b and is_det(ws[a]) else a
    if opener < b and ws[opener].pos in ("VZ", "BW"):
        for k in range(b - 2, a - 1, -1):
            if ws[k].pos == "WW" and any(ws[x].pos == "VZ" and ws[x].low != "van" for x in range(a, k)):
                a = k + 1
                break
    while a < b - 1 and (is_det(ws[a]) or (ws[a].tag and ws[a].pos in ("VZ", "BW")) or ws[a].text in "-–"):
        a += 1
    # An adverb left in front ("goed ingevoerde"): start at the first adjective, noun or name.
    while a < b - 1 and ws[a].tag and not ws[a].ent and ws[a].pos not in ("ADJ", "N", "SPEC", "TW"):
        if "prenom" in ws[a].tag:
            break
        a += 1
    return a, b


def np_before(words: Words, j: int, start: int) -> tuple[int, int] | None:
    """The noun phrase that exactly fills tokens [start, j), allowing an appositive in commas."""
    if start >= j:
        return None
    r = np_after(words, start, j)
    if r is None:
        return None
    ws = words.w
    # Postmodifying phrases: "De Oekraïense regering in Kiev", "een politieofficier uit Balaklia".
    while r[1] < j and ws[r[1]].pos == "VZ" and ws[r[1]].low not in ("volgens",):
        r2 = np_after(words, r[1] + 1, j)
        if r2 is None or ws[r[1] + 1].low in sp.SUBJECT_PRONOUNS:
            break
        r = (r[0], r2[1])
    if r[1] == j:
        return r
    # "Poetin zelf sprak": an emphatic reflexive closes the subject.
    if r[1] == j - 1 and ws[r[1]].low in sp.EMPHATIC_SELF:
        return r
    # "Frans Osinga, hoogleraar in Leiden, zegt": NP + appositive between commas.
    if ws[r[1]].text == "," and ws[j - 1].text == ",":
        return r
    return None


def clause_start(words: Words, i: int, floor: int) -> int:
    """Token index where the clause holding token ``i`` starts (after , ; : or a quote mark)."""
    k = i
    ws = words.w
    while k > floor:
        t = ws[k - 1].text
        o = bracket_note_open(ws, k - 1, floor)
        if o > floor:
            k = o  # a note after a name, "Andri (31) bestuurt", stays inside the clause
            continue
        if t in ",;:" or t in "‘’“”„«»‹›'\"()–—":
            break
        k -= 1
    return k


def _embedded_quote_open(ws: list[W], close: int, floor: int) -> int:
    """The opening mark of a short quoted fragment closed at token ``close`` that sits inside a
    clause (a word, not punctuation, before it), or -1 (the quote then bounds the clause)."""
    for m in range(close - 1, max(floor, close - 10) - 1, -1):
        t = ws[m].text
        if t in ",;:.!?()–—":
            return -1
        if t in "‘“„«‹'\"":
            return m if m > floor and is_word(ws[m - 1]) else -1
    return -1


def clause_end(words: Words, i: int, ceil: int) -> int:
    """Token index where the clause holding token ``i`` ends (exclusive)."""
    k = i
    while k < ceil:
        t = words.w[k].text
        if t in ",;:.?!" or t in "‘’“”„«»‹›()–—":
            break
        k += 1
    return k


def _appositive_subject(words: Words, v: int, floor: int) -> tuple[int, int] | None:
    """A subject set off by commas before its verb.

    ``De gouverneur van Zaporizja, Oleksandr Staroech, noemt``: the phrase and its appositive;
    ``Gouverneur X van de Krim, dat grenst aan Y, deed``: the phrase before the relative clause.
    Only when nothing before the first comma is a finite verb (else the comma ends a clause).
    """
    ws = words.w
    c1 = -1
    for k in range(floor, v - 1):
        if ws[k].text == ",":
            c1 = k
            break
        if ws[k].text in ALL_QUOTE_CHARS or (ws[k].pos == "WW" and "pv" in ws[k].tag):
            return None
    if c1 <= floor:
        return None
    inner = (c1 + 1, v - 1)
    first = np_before(words, c1, floor)
    if first is None:
        # "Voormalig president en tegenwoordig vice-voorzitter van X, Dmitri Medvedev, zegt": a
        # description too loose for a noun phrase, then the name as its appositive.
        r = np_after(words, inner[0], inner[1])
        if r is not None and r[1] == inner[1] and any(is_name(ws[x]) for x in range(*r)):
            return r
        return None
    if ws[inner[0]].low in ("die", "dat", "wie", "waar", "dat"):
        return first
    # The appositive may carry its own postmodifiers: "commandant van de troepen in de sector".
    r = np_before(words, inner[1], inner[0])
    if r is not None and r[1] == inner[1] and any(is_name(ws[x]) for x in range(*r)):
        return (first[0], inner[1])  # the appositive name is inside the span
    if r is not None and r[1] == inner[1]:
        return first
    return None


def subject_of(words: Words, v: int, floor: int, ceil: int) -> tuple[int, int] | None:
    """The subject noun phrase of the finite verb at token ``v``.

    Subject-first (``Het ISW stelt``) when the clause up to the verb is one noun phrase; else
    inverted (``stelt het ISW``, ``meldde hij``): the noun phrase right after the verb. A relative
    ``die``/``dat`` before the verb points to the noun phrase before the comma.
    """
    ws = words.w
    cs = clause_start(words, v, floor)
    if cs == v and v > floor and ws[v - 1].text == ",":
        r = _appositive_subject(words, v, floor)
        if r is not None:
            return r
    # Skip a leading conjunction: "en Rusland zegt", "maar hij stelt".
    conj = cs
    while cs < v and ws[cs].low in ("en", "maar", "want", "of", "dus"):
        cs += 1
    if cs < v - 1 and ws[v - 1].low in ("en", "maar") and ws[v].tag and is_finite(ws[v]) and any(
            ws[k].tag and is_finite(ws[k]) for k in range(cs, v - 1)):
        # "Peskov noemde het vertrek … en hield vol": no comma before the conjunction, but a
        # finite verb right after it still shares the subject of the conjunct before.
        conj, cs = v - 1, v
    # "Het Kremlin spreekt van … en belooft …": a finite verb right after the conjunction has
    # the subject of the conjunct before it (subject ellipsis), unless a pronoun follows it.
    if cs == v and conj < v and not (v + 1 < ceil and ws[v + 1].low in sp.SUBJECT_PRONOUNS):
        k = conj - 1
        while k >= floor:
            if ws[k].text in ".;:!?":
                break
            if ws[k].text in CLOSING_QUOTE_CHARS:
                # "noemde de aftocht ‘een gebaar van goede wil’ en hield vol": the quoted words
                # are an object; their verbs ("wil") are not the conjunct's.
                o = next((m for m in range(k - 1, max(floor, k - 40) - 1, -1)
                          if ws[m].text in OPENING_QUOTE_CHARS), -1)
                if o >= 0:
                    k = o - 1
                    continue
            if ws[k].tag and is_finite(ws[k]) and not (k > floor and is_det(ws[k - 1])):
                return subject_of(words, k, floor, conj)  # ("het vertrek" is a noun, not a verb)
            k -= 1
    # A focus particle before the subject: "Ook westerse inlichtingen zien …".
    if cs < v - 1 and ws[cs].low in sp.FOCUS_PARTICLES:
        cs += 1
    # A subordinate clause ("zoals Moskou de aftocht noemde"): the subject follows the conjunction.
    if cs < v and ws[cs].low in sp.SUBORDINATING:
        return np_after(words, cs + 1, v)
    # A verb-final subordinate clause inside the first position, a quoted fragment in it ("Een dag
    # nadat Poetin een ‘gedeeltelijke mobilisatie’ afkondigde, …"): the subject follows its
    # conjunction.
    if v + 1 >= ceil or not is_word(ws[v + 1]):
        k = v - 1
        while k > floor:
            t = ws[k].text
            if t in "‘’“”„«»‹›'\"":
                m = _embedded_quote_open(ws, k, floor)
                if m < 0:
                    break
                k = m - 1
                continue
            if t in ",;:.!?()–—":
                break
            if ws[k].low in sp.SUBORDINATING and (not ws[k].tag or ws[k].pos == "VG"):
                return np_after(words, k + 1, v)
            k -= 1
    # Verb second with a fronted object: "De verliezen noemt hij …", "Die cijfers betwist zij":
    # a nominative pronoun right after the finite verb is the subject.
    if cs < v and v + 1 < ceil and ws[v + 1].low in sp.NOMINATIVE_PRONOUNS and ws[v].tag and is_finite(ws[v]):
        return (v + 1, v + 2)
    if cs < v:
        # Relative clause: ", die stelden" → antecedent before the comma.
        if v - cs == 1 and ws[cs].low in ("die", "dat") and cs > floor and ws[cs - 1].text == ",":
            e = cs - 1
            b = e
            while b > floor and is_nominal(ws[b - 1]):
                b -= 1
            if b < e:
                return (b, e)
        r = np_before(words, v, cs)
        if r is None and cs < v:
            # Apposition with commas: clause_start stopped at the appositive's comma.
            k = cs - 1
            if k > floor and ws[k].text == ",":
                cs2 = clause_start(words, k, floor)
                r2 = np_after(words, cs2, k)
                if r2 is not None and r2[1] == k and r2[0] == cs2:
                    return r2
        if r is not None:
            return r
    # Inverted: subject right after the finite verb.
    return np_after(words, v + 1, ceil)


@functools.cache
def _countries() -> dict[str, KBEntry]:
    """Country entries of the knowledge base by ISO code."""
    return {e.country: e for e in load_kb().entries.values() if e.kind == "country" and e.country}


# --- resolution ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Speaker:
    name: str
    start: int
    end: int
    plural: bool = False
    person: bool = False


class Resolver:
    """Names speakers: entity names, pronoun and description antecedents, or the cleaned phrase."""

    def __init__(self, words: Words) -> None:
        self.words = words
        doc = words.doc
        # Entity mentions sorted by start: (start, end, name, type).
        self.mentions: list[tuple[int, int, str, str]] = sorted(
            (m.start, m.end, e.name, e.type) for e in doc.entities for m in e.mentions
        )
        self.kb_ids: dict[str, str] = {e.name: e.kb_id for e in doc.entities if e.kb_id}
        self.persons: list[tuple[int, int, str]] = [(s, e, n) for s, e, n, t in self.mentions if t == "PER"]
        self._fallback_persons()
        self.persons.sort()
        # Speakers already found (position of the speaker phrase, speaker), for pronouns.
        self.history: list[tuple[int, Speaker]] = []
        self.quote_spans: list[tuple[int, int]] = []
        self.quote_starts: list[int] = []

    def set_quotes(self, spans: list[tuple[int, int]]) -> None:
        """The marked quotes of the document (sorted), whose names are never antecedents."""
        self.quote_spans = sorted(spans)
        self.quote_starts = [s for s, _ in self.quote_spans]

    def _fallback_persons(self) -> None:
        """Proper names not covered by an entity that look like persons.

        A run of two or more name tokens (first name and surname), or a single name after a role
        noun (``president Zelensky``); a surname of such a run counts on its own afterwards too.
        """
        covered = [(s, e) for s, e, _, _ in self.mentions]
        ws = self.words.w
        runs: list[tuple[int, int]] = []
        i, n = 0, len(ws)
        starts = {a for a, _ in self.words.sent_range}

        def name_at(k: int) -> bool:
            w = ws[k]
            if w.tag:
                return w.pos == "SPEC" and "deeleigen" in w.tag
            return is_name(w) and k not in starts and w.low not in sp.DETERMINERS

        while i < n:
            if name_at(i):
                j = i
                while j < n and name_at(j) and ws[j].sent == ws[i].sent:
                    j += 1
                runs.append((i, j))
                i = j
            else:
                i += 1
        surnames: dict[str, str] = {}
        for i, j in runs:
            titled = i > 0 and role_noun(ws[i - 1].low) is not None
            if (j - i >= 2 and ws[i].tag) or titled:
                surnames.setdefault(ws[j - 1].text, self.words.text(i, j))
        for i, j in runs:
            s, e = ws[i].start, ws[j - 1].end
            if any(a <= s < b for a, b in covered):
                continue
            text = self.words.text(i, j)
            tagged = bool(ws[i].tag)
            if (j - i >= 2 and tagged) or (i > 0 and role_noun(ws[i - 1].low)) or text in surnames:
                self.persons.append((s, e, surnames.get(ws[j - 1].text, text)))

    def in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, offset) - 1
        return i >= 0 and offset < self.quote_spans[i][1]

    def remember(self, sp_: Speaker) -> None:
        self.history.append((sp_.start, sp_))

    def _in_modifier(self, head: int | None, ms: int) -> bool:
        """True when the mention at ``ms`` heads the object of a postmodifier of a role noun.

        ``de adviseur van president Zelensky``, ``de oud-Commandant der Strijdkrachten``: the
        name after the preposition (past determiners, adjectives and titles) is who the role is
        related to, not who speaks. A name after a full modifier (``de minister van Defensie
        Sergej Sjojgoe``) is an apposition and does speak.
        """
        if head is None:
            return False
        ws = self.words.w
        if role_noun(ws[head].low) is None:
            return False
        k = self.words.index_at(ms) - 1
        while k > head:
            if ws[k].pos == "VZ" or ws[k].low in ("van", "der", "des"):
                return True
            if not (is_det(ws[k]) or ws[k].pos == "ADJ" or role_noun(ws[k].low)):
                return False
            k -= 1
        return False

    def entity_in(
        self, s: int, e: int, head_start: int, head: int | None = None
    ) -> tuple[str, str] | None:
        """(name, type) of the entity named inside [s, e); persons first, then a mention at the head."""
        inside = [(ms, me, n, t) for ms, me, n, t in self.mentions if ms >= s and me <= e]
        if not inside:
            return None
        # One name split into two person entities ("Jaap" + "Hoekstra"): the whole name speaks.
        pers = [(ms, me, n) for ms, me, n, t in inside if t == "PER"]
        text = self.words.doc.text
        if len({n for _, _, n in pers}) > 1 and all(
            not text[x[1] : y[0]].strip() for x, y in itertools.pairwise(pers)
        ):
            return text[pers[0][0] : pers[-1][1]], "PER"
        for ms, _me, n, t in inside:
            if t == "PER" and not self._in_modifier(head, ms):
                return n, t
        for ms, _me, n, t in inside:
            if ms <= head_start:
                return n, t
        return None

    def _may_speak(self, s: int, e: int) -> bool:
        """A person mention that can be a speaker: names inside quotation marks are what a speaker
        talks about, not who speaks; plural forms ("de Russen") are groups, not a "hij" or "zij"."""
        return not self.in_quote(s) and not self.words.doc.text[s:e].endswith(sp.PERSON_PLURAL_SUFFIXES)

    def _titled(self, s: int, title: str) -> bool:
        """True when one of the four words before offset ``s`` ends in ``title`` ("president",
        "oud-president", "Kremlinwoordvoerder" for "woordvoerder"); hyphens are ignored."""
        before = self.words.doc.text[max(0, s - 60) : s].lower().replace("-", "").split()[-4:]
        return any(w.endswith(title) for w in before)

    def person_before(self, offset: int, title: str | None = None) -> tuple[str, int, int] | None:
        """The most recent person mention before ``offset`` that may speak; with a title, one so
        titled."""
        for s, e, n in reversed(self.persons):
            if s < offset and self._may_speak(s, e) and (title is None or self._titled(s, title)):
                return n, s, e
        # A name mentioned after its title ("president Zelensky") has the title before it; a
        # description may also name the person through an earlier speaker with that title.
        if title is not None:
            for _pos, spk in reversed(self.history):
                if spk.start < offset and title in spk.name.lower().replace("-", ""):
                    return spk.name, spk.start, spk.end
        return None

    def person_titled_after(self, offset: int, title: str) -> tuple[str, int, int] | None:
        """The first person mention after ``offset`` that carries ``title`` just before it.

        Why: a headline names its speaker by role (``Gouverneur Belgorod: ‘…’``, ``Generaal:
        ‘…’``) and the body names the person with that title (``gouverneur Vjatsjeslav Gladkov``).
        """
        for s, e, n in self.persons:
            if s > offset and self._may_speak(s, e) and self._titled(s, title):
                return n, s, e
        return None

    def recent_person_speaker(self, offset: int) -> Speaker | None:
        """The last singular person speaker, while no other person was named after its sentence.

        A speaker is the subject of its sentence and stays the topic: names inside that sentence
        (an apposition ``adviseur van president Zelensky``, an object) or inside quotation marks
        do not take ``hij``/``zij`` from it; a person named in a later sentence outside quotes does.
        """
        ws = self.words
        text = ws.doc.text
        for pos, spk in reversed(self.history):
            if pos >= offset:
                continue
            if offset - pos > _SALIENCE_CHARS:
                return None
            if not spk.person or spk.plural:
                continue
            k = ws.index_at(pos)
            if k >= len(ws.w):
                return None
            sent_end = ws.w[ws.sent_range[ws.w[k].sent][1] - 1].end
            i = bisect.bisect_left(self.persons, (sent_end,))
            while i < len(self.persons) and self.persons[i][0] < offset:
                ps, pe, pname = self.persons[i]
                i += 1
                if self.in_quote(ps) or pname == spk.name or text[ps:pe].endswith(sp.PERSON_PLURAL_SUFFIXES):
                    continue
                return None
            return spk
        return None

    def government_of(self, place: str) -> str | None:
        """The government a country or its capital speaks for (``Kiev meldt`` → Government of
        Ukraine), or None for any other place."""
        kb_id = self.kb_ids.get(place)
        if kb_id is None:
            return None
        kb = load_kb()
        entry = kb.entries.get(kb_id)
        if entry is None:
            return None
        if entry.kind != "country":
            if entry.id not in sp.GOVERNMENT_SEATS or not entry.country:
                return None
            entry = _countries().get(entry.country)
            if entry is None:
                return None
        name = "the " + entry.name if entry.name in sp.COUNTRIES_WITH_ARTICLE else entry.name
        return sp.GOVERNMENT_NAME.format(name)

    def institution_antecedent(self, a: int, noun: str) -> tuple[str, int, int] | None:
        """What a bare definite institution noun (``de dienst``, ``het ministerie``) refers to.

        The nearest earlier noun outside quotes ending in the same noun and modified (a compound
        ``inlichtingendienst``, an adjective, a ``van``-phrase), named by its entity or its phrase.
        Bare repetitions of the noun are themselves anaphoric and are passed over.
        """
        ws = self.words.w
        for k in range(a - 1, max(-1, a - _ANTECEDENT_TOKENS), -1):
            w = ws[k]
            if not w.low.endswith(noun) or (w.tag and w.pos not in ("N", "SPEC")) or self.in_quote(w.start):
                continue
            s = k
            while s > 0 and ws[s - 1].sent == w.sent and _adjective_before(ws[s - 1]):
                if is_det(ws[s - 1]):
                    break
                s -= 1
            e = k + 1
            if e + 1 < len(ws) and ws[e].low == "van" and ws[e + 1].sent == w.sent:
                r = np_after(self.words, e + 1, self.words.sent_range[w.sent][1])
                if r is not None:
                    e = r[1]
            if w.low == noun and s == k and e == k + 1 and not self._apposed_name(e):
                continue  # "de dienst" again: anaphoric itself
            for ms, me, name, _t in self.mentions:
                if ms <= w.start < me:
                    return name, ws[s].start, ws[e - 1].end
            # "de Amerikaanse krant The Washington Post": a name in apposition to the noun is
            # what the description stands for.
            apposed = self._apposed_name(e)
            if apposed is not None:
                return apposed, ws[s].start, ws[e - 1].end
            a2, b2 = core(self.words, s, e)
            return self.words.text(a2, b2), ws[s].start, ws[e - 1].end
        return None

    def _apposed_name(self, k: int) -> str | None:
        """The non-person entity whose mention starts at token ``k`` (a name right after a
        common noun: "de krant The Washington Post", "de denktank ISW"), else None."""
        ws = self.words.w
        if k >= len(ws) or not ws[k].ent:
            return None
        i = bisect.bisect_left(self.mentions, (ws[k].start,))
        if i < len(self.mentions) and self.mentions[i][0] == ws[k].start and self.mentions[i][3] != "PER":
            return self.mentions[i][2]
        return None

    def demonstrative_antecedent(self, k: int, verb: int | None = None) -> tuple[str, str] | None:
        """What a demonstrative subject opening a sentence ("Die claimden …") refers to: Dutch
        "die"/"deze" pick the most recent referent, so the last organisation or person named in
        the sentence before (outside quotes), a single person only with a singular verb. None
        when a plural person noun ("de militairen") comes after it: that is more recent."""
        ws = self.words
        sent = ws.w[k].sent
        if sent == 0 or ws.sent_range[sent][0] != k:
            return None
        plural = is_finite_plural(ws.w[verb]) if verb is not None else None
        a, _b = ws.sent_range[sent - 1]
        lo, hi = ws.w[a].start, ws.w[k].start
        i = bisect.bisect_left(self.mentions, (hi,))
        for ms, me, name, typ in reversed(self.mentions[:i]):
            if ms < lo:
                break
            if typ not in ("ORG", "PER") or self.in_quote(ms) or (typ == "PER" and plural):
                continue
            if any(w.start >= me and is_plural(w) and w.text.endswith(sp.PERSON_PLURAL_SUFFIXES)
                   for w in ws.w[a:k]):
                return None
            return name, typ
        return None

    def plural_before(self, offset: int) -> Speaker | None:
        """The group a plural pronoun refers to.

        A plural speaker of this or the previous sentence; else the first plural person noun of
        the previous sentence (its subject, mostly); else an older plural speaker nearby.
        """
        ws = self.words
        i = ws.index_at(offset)
        if i >= len(ws.w):
            return None
        sent = ws.w[i].sent
        prev_start = ws.w[ws.sent_range[sent - 1][0]].start if sent > 0 else 0
        older: Speaker | None = None
        for pos, spk in reversed(self.history):
            if pos < offset and spk.plural:
                if pos >= prev_start:
                    return spk
                if older is None and offset - pos < 600:
                    older = spk
        for si in (sent - 1, sent):
            if si < 0:
                continue
            a, b = ws.sent_range[si]
            for k in range(a, min(b, i)):
                w = ws.w[k]
                if is_plural(w) and w.text.endswith(sp.PERSON_PLURAL_SUFFIXES):
                    s = k
                    while s > a and _adjective_before(ws.w[s - 1]):
                        s -= 1
                    return Speaker(ws.text(s, k + 1), ws.w[s].start, w.end, True)
        return older

    def resolve(self, a: int, b: int, verb: int | None = None) -> Speaker | None:
        """Name the speaker noun phrase at tokens [a, b)."""
        ws = self.words.w
        if a >= b:
            return None
        first = ws[a]
        s, e = ws[a].start, ws[b - 1].end
        if b - a == 1 and first.low in sp.DEMONSTRATIVE_PRONOUNS:
            ante = self.demonstrative_antecedent(a, verb)
            if ante is not None:
                return Speaker(ante[0], s, e, person=ante[1] == "PER")
        if b - a == 1 and (first.low in sp.SUBJECT_PRONOUNS or first.low in sp.DEMONSTRATIVE_PRONOUNS):
            number = sp.SUBJECT_PRONOUNS.get(first.low, "any")
            if number == "any" and verb is not None:
                pl = is_finite_plural(ws[verb])
                number = "any" if pl is None else ("pl" if pl else "sg")
            if first.low in sp.DEMONSTRATIVE_PRONOUNS:
                number = "pl" if number == "any" else number
            if number == "sg" or (number == "any" and first.low in ("hij", "hem")):
                recent = self.recent_person_speaker(s)
                if recent is not None:
                    return Speaker(recent.name, s, e, person=True)
                p = self.person_before(s)
                return Speaker(p[0], s, e, person=True) if p else None
            spk = self.plural_before(s)
            if spk is None and number == "any":
                p = self.person_before(s)
                return Speaker(p[0], s, e) if p else None
            return Speaker(spk.name, s, e, True) if spk else None
        ca, cb = core(self.words, a, b)
        head = ca
        while head < cb - 1 and ws[head].pos == "ADJ":
            head += 1
        hn = head_of(ws, ca, cb)
        ent = self.entity_in(ws[ca].start, ws[cb - 1].end, ws[head].start, hn)
        plural = is_plural(ws[hn])
        cs, ce = ws[ca].start, ws[cb - 1].end
        definite = first.low in ("de", "het", "die", "deze")
        if ent is None and first.low in sp.SAME_DETERMINERS:
            # "dezelfde woordvoerder": the last phrase with this head, named or described.
            ante = self.institution_antecedent(a, ws[hn].low)
            if ante is not None:
                return Speaker(ante[0], cs, ce, plural, person=role_noun(ws[hn].low) is not None)
        if ent is None and definite and cb - ca == 1 and not plural:
            noun = institution_noun(ws[ca].low)
            if noun is not None:
                ante = self.institution_antecedent(a, ws[ca].low)
                if ante is not None:
                    return Speaker(ante[0], cs, ce)
        if ent is None and definite and cb - ca == 2 and not plural and ws[ca].low in PARTY_WORDS \
                and institution_noun(ws[ca + 1].low) is not None:
            # "het Russische ministerie" after "het Russische ministerie van Defensie": the
            # institution named before, when it carries the same national adjective.
            ante = self.institution_antecedent(a, ws[ca + 1].low)
            if ante is not None and fold(ws[ca].text) in fold(self.words.doc.text[ante[1] : ante[2]]):
                return Speaker(ante[0], cs, ce)
        if ent is not None and ent[1] != "PER" and definite and cb - ca == 1 and role_noun(ws[ca].low):
            ent = None  # "de Wagnerbaas" is a person, not the group his title names
        if ent is not None:
            name = self.government_of(ent[0]) if ent[1] == "LOC" and sp.METONYMIC_GOVERNMENT else None
            return Speaker(name or ent[0], cs, ce, plural, person=ent[1] == "PER")
        for ps, pe, pname in self.persons:
            if ps >= cs and pe <= ce and not self._in_modifier(hn, ps):
                return Speaker(pname, cs, ce, False, person=True)
        if definite and not plural and cb - ca <= 3:
            last = cb - 1 if role_noun(ws[cb - 1].low) else hn  # "de oud-Commandant der Strijdkrachten"
            role = role_noun(ws[last].low)
            if role is not None:
                p = self.person_before(s, ws[last].low.replace("-", "")) or self.person_before(s, role)
                if p is not None:
                    return Speaker(p[0], s, e, person=True)
                for pos, spk in reversed(self.history):
                    if pos < s and s - pos < 2000 and spk.person and not spk.plural:
                        return Speaker(spk.name, s, e, person=True)
                p = self.person_before(s)
                if p is not None and s - p[2] < 400:  # the person just named
                    return Speaker(p[0], s, e, person=True)
        person = not plural and role_noun(ws[hn].low) is not None
        # A description keeps its prenominal participle phrase: in "de door Rusland aangestelde
        # leiding" it is restrictive (it tells this management from another), so part of the name.
        da = a + 1 if is_det(ws[a]) else a
        if da < ca and ws[da].pos == "VZ" and any(ws[x].pos == "WW" for x in range(da, ca)) \
                and not any(is_name(ws[x]) for x in range(ca, cb)):  # a name identifies by itself
            ca = da
        # An indefinite description keeps its article: "een hoge officier" is an anonymous source,
        # not the officer the text has been talking about.
        if ca == a + 1 and first.low == "een":
            ca = a
        return Speaker(self.words.text(ca, cb), cs, ce, plural, person=person)
