"""Reported speech without quotation marks: ``X zegt dat …``, ``volgens X …``, ``…, aldus X``.

Each rule reads one sentence's tokens: it finds the cue (speech verb, ``volgens``, ``aldus``,
``naar verluidt``), the speaker phrase, and the reported clause, cut at the clause's end (the
sentence end, a semicolon, or a comma before a coordinating conjunction). Conventions follow
``shared/dev/README.md``: after a fronted ``Volgens X`` the finite verb is left out; directives,
promises and verbs with only a noun object report no clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimgraph.document import Quote
from claimgraph.extract.speakers import finite_before, is_finite, is_word, np_after, speech_lemma, subject_of
from claimgraph.lang.nl import speech as sp
from claimgraph.lang.nl.punctuation import ALL_QUOTES

if TYPE_CHECKING:
    from claimgraph.extract.quotes import SpeechExtractor

# A remainder after an inner "volgens X" shorter than this says nothing alone.
_MIN_REMAINDER_WORDS = 4


def stance_of(lemma: str, alleged: bool = False, negated: bool = False) -> str:
    """The stance a cue gives its content."""
    if lemma in sp.DENY_VERBS or negated:
        return "denied"
    if lemma in sp.ALLEGE_VERBS or alleged:
        return "alleged"
    return "reported"


def _clause_end(ex: SpeechExtractor, i: int, b: int) -> int:
    """Token index (exclusive) where the reported clause starting at ``i`` ends."""
    ws = ex.words.w
    k = i
    while k < b:
        t = ws[k].text
        if t in ";" or (t in ".?!" and k == b - 1):
            return k
        if t == "," and k + 1 < b and ws[k + 1].low in sp.CLAUSE_BREAKERS:
            return k
        k += 1
    # Drop final punctuation and closing marks.
    while k > i and not is_word(ws[k - 1]) and ws[k - 1].text not in ALL_QUOTES:
        k -= 1
    return k


def _clause_begin(ex: SpeechExtractor, j: int, a: int) -> int:
    """Token index where the clause ending before ``j`` starts (sentence start or after a breaker)."""
    ws = ex.words.w
    k = j
    while k > a:
        if ws[k - 1].text == ";" or (ws[k - 1].text == "," and ws[k].low in sp.CLAUSE_BREAKERS):
            break
        k -= 1
    while k < j and ws[k].text not in ALL_QUOTES:
        if not (ws[k].low in ("en", "maar", "want") or not is_word(ws[k])):
            break
        k += 1
    return k


def _inside_marked(ex: SpeechExtractor, s: int, e: int) -> bool:
    """True when [s, e) lies within one marked quote (the speaker's own words, not a report)."""
    return any(qs <= s and e <= qe for qs, qe in ex.marked)


def _alleged(ex: SpeechExtractor, a: int, b: int) -> bool:
    return any(ex.words.w[k].low in sp.HEARSAY_AUX for k in range(a, b))


def _negated(ex: SpeechExtractor, v: int, a: int, b: int) -> bool:
    ws = ex.words.w
    return any(ws[k].low in sp.NEGATIONS for k in (v - 1, v + 1) if a <= k < b)


def _item(ex: SpeechExtractor, a: int, b: int, sent: int, spk, cue, stance: str, rule: str) -> Quote | None:
    ws = ex.words.w
    if b <= a or not any(is_word(w) for w in ws[a:b]):
        return None
    s, e = ws[a].start, ws[b - 1].end
    if _inside_marked(ex, s, e):
        return None
    q = Quote(s, e, "indirect", sent, stance=stance, rule=rule)
    if spk is not None:
        q.speaker, q.speaker_start, q.speaker_end = spk.name, spk.start, spk.end
    if cue is not None:
        q.cue_start, q.cue_end = cue
    return q


def find(ex: SpeechExtractor, si: int) -> list[Quote]:
    """Reported clauses in sentence ``si``."""
    words = ex.words
    ws = words.w
    a, b = words.sent_range[si]
    out: list[Quote] = []
    if b - a < 3:
        return out
    part = ex.doc.parts[ex.doc.sentences[si].part].kind if ex.doc.parts else "body"
    if part == "title":
        q = _headline(ex, si, a, b)
        if q is not None:
            out.append(q)
    covered: list[tuple[int, int]] = []
    for i in range(a, b):
        w = ws[i]
        if _inside_marked(ex, w.start, w.end):
            continue
        if any(s <= i < e for s, e in covered):
            continue
        q = None
        if w.low in sp.VOLGENS:
            q = _volgens(ex, si, i, a, b)
        elif w.low in sp.ALDUS:
            q = _aldus(ex, si, i, a, b)
        elif w.low == "naar" and i + 1 < b and (w.low, ws[i + 1].low) in sp.HEARSAY_PHRASES:
            q = _verluidt(ex, si, i, a, b)
        elif w.low == "naar" and i + 2 < b and ws[i + 1].low in sp.OWN_WORDS and ws[i + 2].low == "zeggen":
            q = _own_words(ex, si, i, a, b)
        else:
            lemma = speech_lemma(words, i, b)
            if lemma and lemma not in sp.DIRECTIVE_VERBS and (not w.tag or w.pos == "WW"):
                q = _verb(ex, si, i, a, b, lemma)
        if q is not None:
            out.append(q)
            covered.append((min(i, words.index_at(q.start)), words.index_at(q.end)))
        while ex.pending:
            extra = ex.pending.pop()
            out.append(extra)
            covered.append((words.index_at(extra.start), words.index_at(extra.end)))
    return out


def _volgens(ex: SpeechExtractor, si: int, i: int, a: int, b: int) -> Quote | None:
    ws = ex.words.w
    r = np_after(ex.words, i + 1, b)
    if r is None or ws[r[1] - 1].low in sp.NON_SOURCE_NOUNS:
        return None  # "volgens de planning": a norm or a plan, not a speaker
    # "volgens hun analyse": the possessor is the source.
    s0, s1 = r
    if ws[s0].low in sp.POSSESSIVE_PRONOUNS and s1 - s0 >= 2:
        spk = ex.resolver.resolve(s0, s0 + 1, None) if ws[s0].low != "zijn" else None
        if ws[s0].low == "zijn":
            p = ex.resolver.person_before(ws[s0].start)
            from claimgraph.extract.speakers import Speaker

            spk = Speaker(p[0], ws[s0].start, ws[s0].end) if p else None
        elif ws[s0].low == "hun":
            from claimgraph.extract.speakers import Speaker

            pl = ex.resolver.plural_before(ws[s0].start)
            spk = Speaker(pl.name, ws[s0].start, ws[s0].end, True) if pl else None
    else:
        spk = ex._resolve(s0, s1, None)
    cue = (ws[i].start, ws[i].end)
    fronted = i == a or ws[i - 1].text in ",;:" or ws[i - 1].low in ("maar", "en", "want", "dus")
    if i > a and ws[i - 1].low in sp.NEGATIONS:
        return None
    if fronted:
        k = s1  # the finite verb after "Volgens X" belongs to the reported clause
        e = _clause_end(ex, k, b)
        stance = stance_of("", _alleged(ex, s1, e))
        return _item(ex, k, e, si, spk, cue, stance, "indirect.volgens-fronted")
    e = _clause_end(ex, s1, b)
    rest = [w for w in ws[s1:e] if is_word(w)]
    has_noun = any(w.pos in ("N", "SPEC") or (not w.tag and w.text[:1].isupper()) for w in rest)
    if len(rest) >= _MIN_REMAINDER_WORDS and has_noun:
        stance = stance_of("", _alleged(ex, s1, e))
        return _item(ex, s1, e, si, spk, cue, stance, "indirect.volgens-inner")
    start = _clause_begin(ex, i, a)
    if start >= i:
        return None
    # The whole clause, cue and source included (the remainder says nothing alone).
    stance = stance_of("", _alleged(ex, start, e))
    return _item(ex, start, e, si, spk, cue, stance, "indirect.volgens-clause")


def _aldus(ex: SpeechExtractor, si: int, i: int, a: int, b: int) -> Quote | None:
    ws = ex.words.w
    if i == a or ws[i - 1].text != ",":
        return None
    if i - 2 >= a and ws[i - 2].text in ALL_QUOTES:
        return None  # "‘…’, aldus X": a direct quote
    r = np_after(ex.words, i + 1, b)
    if r is None:
        return None
    spk = ex._resolve(r[0], r[1], None)
    start = _clause_begin(ex, i - 1, a)
    stance = stance_of("", _alleged(ex, start, i - 1))
    return _item(ex, start, i - 1, si, spk, (ws[i].start, ws[i].end), stance, "indirect.aldus")


def _verluidt(ex: SpeechExtractor, si: int, i: int, a: int, b: int) -> Quote | None:
    start = _clause_begin(ex, i, a)
    if start == i:
        start = i + 2  # "Naar verluidt zijn …": the clause after the cue
    e = _clause_end(ex, i + 2, b)
    ws = ex.words.w
    q = _item(ex, start, e, si, None, (ws[i].start, ws[i + 1].end), "alleged", "indirect.naar-verluidt")
    return q


def _opens_clause(ws: list, k: int, b: int) -> bool:
    """True when ``dat`` at ``k`` is a complementiser (Frog often tags it a pronoun)."""
    if ws[k].pos == "VG" or k + 1 >= b:
        return ws[k].pos == "VG"
    nxt = ws[k + 1]
    if not is_word(nxt) and nxt.text not in ALL_QUOTES:
        return False  # "ontkende dat." / "zei dat, …": a pronoun object
    return nxt.low not in sp.NEGATIONS and not (nxt.pos == "WW" and "pv" in nxt.tag)


def _verb(ex: SpeechExtractor, si: int, v: int, a: int, b: int, lemma: str) -> Quote | None:
    ws = ex.words.w
    w = ws[v]
    # Tail: "<clause>, zegt X." — a finite speech verb right after a comma, subject after it.
    r = np_after(ex.words, v + 1, b) if v > a and ws[v - 1].text == "," else None
    if r is not None and is_finite(w) and lemma not in sp.NOUN_OBJECT_VERBS:
        if v - 2 >= a and ws[v - 2].text in ALL_QUOTES:
            return None  # "‘…’, zegt X": a direct quote
        spk = ex._resolve(r[0], r[1], v)
        start = _clause_begin(ex, v - 1, a)
        stance = stance_of(lemma, _alleged(ex, start, v - 1))
        return _item(ex, start, v - 1, si, spk, (w.start, w.end), stance, "indirect.tail")
    # Complement clause: "X zegt (…) dat <clause>".
    fv = v
    if not is_finite(w):
        fv = finite_before(ws, v, a, ",;:")
        if fv < 0 and "inf" in w.tag:
            fv = v  # a plural present ("ontkennen") tagged as an infinitive
    d = -1
    for k in range(v + 1, b):
        t = ws[k]
        if t.low in sp.COMPLEMENTIZERS and _opens_clause(ws, k, b):
            d = k
            break
        if t.text in ".;:?!" or (t.text == "," and not (k + 1 < b and ws[k + 1].low in sp.COMPLEMENTIZERS)):
            break
        if is_finite(t) and t.tag:
            break
        if t.low in sp.OTHER_SUBORDINATORS:
            break  # "betwijfelt of dat …": a question, not a reported statement
    if d >= 0 and fv >= 0 and lemma not in sp.NOUN_OBJECT_VERBS:
        r = subject_of(ex.words, fv, a, b)
        if r is None:
            return None
        spk = ex._resolve(r[0], r[1], fv)
        e = _clause_end(ex, d + 1, b)
        # Coordinated complements "dat A en dat B": one item each, the same speaker.
        pieces, s0 = [], d + 1
        for k in range(d + 1, e - 1):
            coordinated = ws[k].low in ("en", "of") and ws[k + 1].low in sp.COMPLEMENTIZERS
            if coordinated and _opens_clause(ws, k + 1, e):
                pieces.append((s0, k - 1 if ws[k - 1].text == "," else k))
                s0 = k + 2
        pieces.append((s0, e))
        negated = _negated(ex, v, a, b)
        cue = (w.start, w.end)
        items = [
            _item(ex, p0, p1, si, spk, cue, stance_of(lemma, _alleged(ex, p0, p1), negated), "indirect.dat")
            for p0, p1 in pieces
        ]
        for extra in items[1:]:
            if extra is not None:
                ex.pending.append(extra)
        return items[0]
    if d < 0 and fv == v and lemma not in sp.NOUN_OBJECT_VERBS:
        return _te_infinitive(ex, si, v, a, b, lemma)
    return None


def _te_infinitive(ex: SpeechExtractor, si: int, v: int, a: int, b: int, lemma: str) -> Quote | None:
    """``X zegt bewijs te hebben gevonden``: a perfect infinitive reports a claim about the past.

    When the complement is itself in quotation marks the quote carries the claim, and no
    separate reported clause is made.
    """
    ws = ex.words.w
    e = _clause_end(ex, v + 1, b)
    t = -1
    for k in range(v + 1, e - 1):
        if ws[k].low == "te" and ws[k + 1].low in sp.TE_AUXILIARIES:
            t = k
            break
    if t < 0 or any(w.text in ALL_QUOTES for w in ws[v + 1 : e]):
        return None
    r = subject_of(ex.words, v, a, b)
    if r is None:
        return None
    start = r[1] if r[0] > v else v + 1
    spk = ex._resolve(r[0], r[1], v)
    stance = stance_of(lemma, _alleged(ex, start, e))
    return _item(ex, start, e, si, spk, (ws[v].start, ws[v].end), stance, "indirect.te-infinitive")


def _own_words(ex: SpeechExtractor, si: int, i: int, a: int, b: int) -> Quote | None:
    """``X zijn naar eigen zeggen opgerukt``: the clause's subject (or the possessor) is the source."""
    ws = ex.words.w
    spk = None
    if ws[i + 1].low in sp.POSSESSIVE_PRONOUNS:
        spk = ex.resolver.resolve(i + 1, i + 2, None) if ws[i + 1].low != "zijn" else None
        if ws[i + 1].low in ("zijn", "haar"):
            p = ex.resolver.person_before(ws[i + 1].start)
            from claimgraph.extract.speakers import Speaker

            spk = Speaker(p[0], ws[i + 1].start, ws[i + 1].end) if p else None
    else:
        # Only in a main clause (finite verb before the cue): in "dat hem naar eigen zeggen niet
        # steunt" the phrase modifies a subordinate clause that reports nothing on its own.
        for v in range(a, i):
            if is_finite(ws[v]):
                r = subject_of(ex.words, v, a, b)
                if r is not None:
                    spk = ex._resolve(r[0], r[1], v)
                break
        else:
            return None
    e = _clause_end(ex, i + 3, b)
    cue = (ws[i].start, ws[i + 2].end)
    return _item(ex, i + 3, e, si, spk, cue, stance_of("", _alleged(ex, a, e)), "indirect.own-words")


def _headline(ex: SpeechExtractor, si: int, a: int, b: int) -> Quote | None:
    """A headline ``X: claim`` (the claim not in quotation marks)."""
    ws = ex.words.w
    for c in range(a + 1, min(b - 2, a + 7)):
        if ws[c].text == ":":
            if ws[c + 1].text in ALL_QUOTES:
                return None
            r = np_after(ex.words, a, c)
            if r is None or r[1] != c:
                return None
            spk = ex._resolve(r[0], r[1], None)
            e = _clause_end(ex, c + 1, b)
            stance = stance_of("", _alleged(ex, c + 1, e))
            return _item(ex, c + 1, e, si, spk, None, stance, "indirect.headline")
    return None
