"""Reported speech without quotation marks: ``X zegt dat …``, ``volgens X …``, ``…, aldus X``.

Each rule reads one sentence's tokens: it finds the cue (speech verb, ``volgens``, ``aldus``,
``naar verluidt``), the speaker phrase, and the reported clause, cut at the clause's end (the
sentence end, a semicolon, or a comma before a coordinating conjunction). Conventions follow
``shared/dev/README.md``: after a fronted ``Volgens X`` the finite verb is left out; directives,
promises and verbs with only a noun object report no clause.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from claimgraph.document import Quote
from claimgraph.extract.speakers import (
    finite_before,
    head_of,
    is_finite,
    is_plural,
    is_word,
    np_after,
    np_before,
    speech_lemma,
    subject_of,
)
from claimgraph.lang.nl import speech as sp
from claimgraph.lang.nl.punctuation import ALL_QUOTES

if TYPE_CHECKING:
    from claimgraph.extract.quotes import SpeechExtractor

# An apposition or adverbial between two commas inside a clause is at most this long (tokens).
_MAX_INSERTION_TOKENS = 14


def stance_of(lemma: str, alleged: bool = False, negated: bool = False) -> str:
    """The stance a cue gives its content."""
    if lemma in sp.DENY_VERBS or negated:
        return "denied"
    if lemma in sp.ALLEGE_VERBS or alleged:
        return "alleged"
    return "reported"


def _clause_end(ex: SpeechExtractor, i: int, b: int, complement: bool = False) -> int:
    """Token index (exclusive) where the reported clause starting at ``i`` ends.

    A ``dat``-complement (``complement``) also ends at a colon, which opens the writer's or the
    speaker's elaboration, and keeps a following reason or contrast clause (``, omdat …``,
    ``, terwijl …``): that is still the speaker's argument.
    """
    ws = ex.words.w
    k = i
    while k < b:
        t = ws[k].text
        if t in ";" or (t in ".?!" and k == b - 1):
            return k
        if complement and t == ":" and _clause_follows(ex, k + 1, b):
            return k
        breaker = t == "," and k + 1 < b and ws[k + 1].low in sp.CLAUSE_BREAKERS
        if breaker and not (complement and ws[k + 1].low in sp.ARGUMENT_SUBORDINATORS):
            return k
        k += 1
    # Drop final punctuation and closing marks.
    while k > i and not is_word(ws[k - 1]) and ws[k - 1].text not in ALL_QUOTES:
        k -= 1
    return k


def _clause_follows(ex: SpeechExtractor, k: int, b: int) -> bool:
    """True when a full clause (with a finite verb, not in quotation marks) starts at ``k``.

    After a colon such a clause is a new statement (``ontkende dat X: de troepen houden stand``);
    a verbless phrase (``: hetzij door partizanen, hetzij door commando's``) still elaborates.
    """
    ws = ex.words.w
    if k >= b or ws[k].text in ALL_QUOTES:
        return False
    # Subject and verb: a plural present after the subject may be tagged as an infinitive.
    r = np_after(ex.words, k, b)
    verb = ws[r[1]] if r is not None and r[1] < b else None
    if verb is not None and verb.pos == "WW" and ("pv" in verb.tag or "inf" in verb.tag):
        return True
    for t in ws[k:b]:
        if t.text in ";" or t.text in ALL_QUOTES:
            return False
        if t.tag and is_finite(t):
            return True
    return False


def _clause_begin(ex: SpeechExtractor, j: int, a: int) -> int:
    """Token index where the clause ending before ``j`` starts (sentence start or after a breaker)."""
    ws = ex.words.w
    k = j
    while k > a:
        if ws[k - 1].text in ";:" or (ws[k - 1].text == "," and ws[k].low in sp.CLAUSE_BREAKERS):
            break
        if ws[k - 1].low in sp.RELATIVE_ADVERBS:
            break
        k -= 1
    while k < j and ws[k].text not in ALL_QUOTES:
        if not (ws[k].low in ("en", "maar", "want") or not is_word(ws[k])):
            break
        k += 1
    return k


def _inside_marked(ex: SpeechExtractor, s: int, e: int) -> bool:
    """True when [s, e) lies within one marked quote (the speaker's own words, not a report)."""
    i = bisect.bisect_right(ex.marked_starts, s) - 1
    # Marked quotes do not nest, so only the last one starting at or before ``s`` can hold it.
    return i >= 0 and e <= ex.marked[i][1]


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
    elif ws[a].low in sp.ANAPHORIC_OBJECTS and ws[a].low not in ("zo", "aldus"):
        q = _anaphoric(ex, si, a, b)
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
        if w.low in sp.VOLGENS and i + 2 < b and ws[i + 1].low in sp.OWN_WORDS and ws[i + 2].low == "zeggen":
            q = _own_words(ex, si, i, a, b)  # "volgens eigen zeggen" = "naar eigen zeggen"
        elif w.low in sp.VOLGENS:
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
        k = _fronted_verb(ex, s1, b)  # the finite verb after "Volgens X" starts the clause
        e = _clause_end(ex, k, b)
        stance = stance_of("", _alleged(ex, s1, e))
        return _item(ex, k, e, si, spk, cue, stance, "indirect.volgens-fronted")
    e = _clause_end(ex, s1, b)
    if i > a and (ws[i - 1].low in sp.RELATIVE_ADVERBS or ws[i - 1].low in sp.SUBORDINATING):
        # "waarbij volgens X honderden omkwamen": the rest of the subordinate clause is reported.
        stance = stance_of("", _alleged(ex, s1, e))
        return _item(ex, s1, e, si, spk, cue, stance, "indirect.volgens-subordinate")
    start = _clause_begin(ex, i, a)
    if start >= i:
        return None
    # Inside the clause ``volgens X`` qualifies all of it: in ``Daarbij kwamen volgens Kyiv 34
    # officieren om`` the subject and verb before the cue are part of what Kyiv claims, so the
    # item is the whole clause, cue and source included.
    stance = stance_of("", _alleged(ex, start, e))
    return _item(ex, start, e, si, spk, cue, stance, "indirect.volgens-clause")


def _fronted_verb(ex: SpeechExtractor, k: int, b: int) -> int:
    """The finite verb after a fronted ``Volgens X`` (or ``k`` itself when none is found).

    In a verb-second clause everything before the finite verb is the source phrase: its
    postmodifiers (``Volgens de gouverneur in de regio heeft …``) and a relative clause or
    apposition in commas (``Volgens het ISW, dat de oorlog volgt, wordt …``).
    """
    ws = ex.words.w
    j = k
    while j < b and j - k < _MAX_INSERTION_TOKENS * 2:
        t = ws[j]
        if not t.tag:
            return k  # without tags a finite verb cannot be told apart
        if is_finite(t):
            return j
        if t.text == "," and j + 1 < b:
            if ws[j + 1].low in ("die", "dat", "wie", "waar", "waarvan", "dat"):
                c2 = next((x for x in range(j + 1, b) if ws[x].text == ","), -1)
                if c2 < 0 or any(ws[x].text in ";:" or ws[x].text in ALL_QUOTES for x in range(j, c2)):
                    return k
                j = c2 + 1
                continue
            c2 = _insertion_end(ws, j, b)
            if c2 < 0:
                return k
            j = c2 + 1
            continue
        if t.pos == "VZ" and j + 1 < b:
            r = np_after(ex.words, j + 1, b)
            if r is None:
                return k
            j = r[1]
            continue
        return k
    return k


def _closed_quote_start(ex: SpeechExtractor, tok: int) -> int:
    """Where the marked quote whose closing mark is token ``tok`` starts (its first character
    after the opening mark), or -1."""
    ws = ex.words.w
    if tok < 0 or ws[tok].text not in ALL_QUOTES:
        return -1
    pos = ws[tok].start
    for qs, qe in ex.marked:
        if 0 <= pos - qe <= 1:
            return qs
    return -1


def _is_direct_before(ex: SpeechExtractor, close: int, start: int) -> bool:
    """True when the quote closing at token ``close`` carries the clause that starts at ``start``.

    ``‘…’, aldus X`` is a direct quote. In ``X feliciteerde Y met ‘een overwinning’, aldus Z`` the
    writer's words hold the main clause's finite verb, so they report the clause in their own
    words (a reported clause with a partial quote inside); in ``Dat A zal opgeven ‘mag niemand
    verbazen’, zegt X`` the main verb is inside the quote, which then carries the statement.
    """
    ws = ex.words.w
    qs = _closed_quote_start(ex, close)
    if qs < 0:
        return ws[close].text in ALL_QUOTES
    if qs <= ws[start].start + 1:
        return True
    quoted = ex.doc.text[qs : ws[close].start].split()
    if len(quoted) <= 3 and all(w[:1].isupper() for w in quoted):
        return True  # a name in marks ("het kanaal ‘Frontnieuws’"), no quotation: leave it be
    if ws[start].pos == "VG" or ws[start].low in sp.COMPLEMENTIZERS or ws[start].low in sp.SUBORDINATING:
        return True  # the clause outside the quote is subordinate
    k = start
    while k < close and ws[k].end < qs:
        if ws[k].tag and is_finite(ws[k]):
            return False
        k += 1
    return True


def _aldus(ex: SpeechExtractor, si: int, i: int, a: int, b: int) -> Quote | None:
    ws = ex.words.w
    if i == a or ws[i - 1].text != ",":
        return None
    start = _clause_begin(ex, i - 1, a)
    if i - 2 >= a and _is_direct_before(ex, i - 2, start):
        return None  # "‘…’, aldus X": a direct quote
    r = np_after(ex.words, i + 1, b)
    if r is None:
        return None
    spk = ex._resolve(r[0], r[1], None)
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
    if nxt.low in sp.POSSESSIVE_PRONOUNS and k + 2 < b and ws[k + 2].pos in ("N", "ADJ"):
        return True  # "zei dat zijn troepen …": "zijn" is a possessive, not the verb
    return nxt.low not in sp.NEGATIONS and not (nxt.pos == "WW" and "pv" in nxt.tag)


def _insertion_end(ws: list, c: int, b: int, complement_after: bool = False) -> int:
    """The closing comma of an insertion opened by the comma at ``c`` (an apposition or a short
    adverbial: ``, adviseur van president Zelensky,``), or -1.

    An insertion holds no finite verb, quotation mark or clause punctuation, and something other
    than a complementiser follows it (unless ``complement_after``: after a speech verb, "maakte
    bekend, op basis van …, dat …"); else the comma ends the clause.
    """
    for k in range(c + 1, min(b - 1, c + _MAX_INSERTION_TOKENS)):
        t = ws[k]
        if t.text == ",":
            nxt = ws[k + 1]
            ok = k > c + 1 and is_word(nxt) and (nxt.low not in sp.COMPLEMENTIZERS or (
                complement_after and _opens_clause(ws, k + 1, b)))
            return k if ok else -1
        if t.text in ".;:?!()" or t.text in ALL_QUOTES or (is_finite(t) and t.tag):
            return -1
        if t.low in sp.COMPLEMENTIZERS or t.low in sp.CLAUSE_BREAKERS or t.pos == "VG":
            return -1
    return -1


def _passive_agent(ex: SpeechExtractor, a: int, fv: int, v: int) -> tuple[int, int] | None:
    """The agent of a passive speech verb, "werd vanuit Moskou gemeld dat", "Door de staf werd
    bevestigd dat": the speaker."""
    ws = ex.words.w
    if fv >= v or ws[fv].low not in sp.PASSIVE_AUXILIARIES:
        return None
    for k in range(a, v - 1):
        if ws[k].low in sp.PASSIVE_AGENT_PREPOSITIONS and k != fv:
            return np_after(ex.words, k + 1, fv if k < fv else v)
    return None


def _finite_across_insertion(ws: list, v: int, a: int, b: int) -> int:
    """The finite verb of participle ``v`` before an apposition: "had Prigozjin, de baas van
    Wagner, al beweerd dat": the comma closing the insertion stands between them. -1 if none."""
    c2 = next((k for k in range(v - 1, a - 1, -1) if ws[k].text in ",;:" or is_finite(ws[k])), -1)
    if c2 <= a or ws[c2].text != ",":
        return -1
    for c1 in range(c2 - 2, a - 1, -1):
        if ws[c1].text == ",":
            return finite_before(ws, c1, a, ",;:") if _insertion_end(ws, c1, b) == c2 else -1
    return -1


def _verb(ex: SpeechExtractor, si: int, v: int, a: int, b: int, lemma: str) -> Quote | None:
    ws = ex.words.w
    w = ws[v]
    # Tail: "<clause>, zegt X." — a finite speech verb right after a comma, subject after it.
    r = np_after(ex.words, v + 1, b) if v > a and ws[v - 1].text == "," else None
    if r is not None and (is_finite(w) or _inverted_plural(ex, w, r)) and lemma not in sp.NOUN_OBJECT_VERBS:
        start = _clause_begin(ex, v - 1, a)
        if v - 2 >= a and _is_direct_before(ex, v - 2, start):
            return None  # "‘…’, zegt X": a direct quote
        spk = ex._resolve(r[0], r[1], v)
        stance = stance_of(lemma, _alleged(ex, start, v - 1))
        return _item(ex, start, v - 1, si, spk, (w.start, w.end), stance, "indirect.tail")
    # Complement clause: "X zegt (…) dat <clause>".
    fv = v
    if not is_finite(w):
        fv = finite_before(ws, v, a, ",;:")
        if fv < 0:
            fv = _finite_across_insertion(ws, v, a, b)
        if fv < 0 and "inf" in w.tag:
            fv = v  # a plural present ("ontkennen") tagged as an infinitive
    elif "mv" in w.tag and "tgw" in w.tag:
        # "Truss gaat bekendmaken dat": after a finite auxiliary the plural form is an infinitive.
        aux = finite_before(ws, v, a, ",;:")
        if aux >= 0 and not any(ws[k].pos == "VG" for k in range(aux + 1, v)):
            fv = aux
    d = -1
    k = v + 1
    while k < b:
        t = ws[k]
        if t.low in sp.COMPLEMENTIZERS and _opens_clause(ws, k, b):
            d = k
            break
        if t.text == ",":
            c2 = _insertion_end(ws, k, b, complement_after=True)
            if c2 > 0:
                # "liet Podoljak, adviseur van Zelensky, weten dat": an apposition; "maakte bekend,
                # op basis van verklaringen, dat": an adverbial before the complement.
                k = c2 + 1
                continue
        if t.text in ".;:?!" or (t.text == "," and not (k + 1 < b and ws[k + 1].low in sp.COMPLEMENTIZERS)):
            break
        if is_finite(t) and t.tag:
            break
        if t.low in sp.OTHER_SUBORDINATORS:
            break  # "betwijfelt of dat …": a question, not a reported statement
        k += 1
    if d >= 0 and fv >= 0 and lemma not in sp.NOUN_OBJECT_VERBS:
        r = _passive_agent(ex, a, fv, v) or subject_of(ex.words, fv, a, b)
        if r is None:
            return None
        spk = ex._resolve(r[0], r[1], fv)
        e = _clause_end(ex, d + 1, b, complement=True)
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


def _inverted_plural(ex: SpeechExtractor, w, r: tuple[int, int]) -> bool:
    """``…, zeggen Oekraïense commandanten``: the plural present has the infinitive's form, so
    the tagger may call it one; right after the comma with a plural subject after it, it is the
    finite verb of an inverted attribution (an infinitive never opens a clause there)."""
    if not (w.pos == "WW" and "inf" in w.tag and w.low.endswith("en")):
        return False
    ws = ex.words.w
    head = head_of(ws, r[0], r[1])
    return is_plural(ws[head])


def _te_infinitive(ex: SpeechExtractor, si: int, v: int, a: int, b: int, lemma: str) -> Quote | None:
    """``X zegt bewijs te hebben gevonden``: a perfect infinitive reports a claim about the past.

    An assertive verb (``zeggen``, ``beweren``, ``ontkennen`` …) also reports a claim with a
    present infinitive (``zei geen aanvallen te steunen``: what the subject says of itself), but
    not with a future or modal one (``zei de stad te zullen heroveren`` is a promise) nor as a
    separable verb of promising or proposing (``zegde toe … te leveren``). When the complement is
    itself in quotation marks the quote carries the claim, and no separate reported clause is made.
    """
    ws = ex.words.w
    e = _clause_end(ex, v + 1, b)
    t = -1
    for k in range(v + 1, e - 1):
        if ws[k].low == "te" and ws[k + 1].low in sp.TE_AUXILIARIES:
            t = k
            break
    if t < 0 and lemma in sp.ASSERTIVE_TE_VERBS:
        for k in range(v + 1, e - 1):
            if ws[k].low in sp.OTHER_SUBORDINATORS or ws[k].low in sp.COMPLEMENTIZERS:
                break  # "zei niet te weten wat …": only up to a clause of its own
            if ws[k].pos == "VZ" and "fin" in ws[k].tag:
                return None  # a particle: "zegde … toe", "stelde … voor"
            nxt = ws[k + 1]
            if ws[k].low == "te" and nxt.pos == "WW" and "inf" in nxt.tag \
                    and nxt.low not in sp.FUTURE_INFINITIVES:
                t = k
                break
    if t < 0 or _quoted_complement(ex, v + 1, e) or (t > v + 1 and ws[t - 1].text in ALL_QUOTES):
        # The quotation ends at the infinitive ("zei ‘meer dan 220 soldaten’ te hebben gedood"):
        # it holds the complement's arguments, so it carries the claim; the writer adds only the verb.
        return None
    r = subject_of(ex.words, v, a, b)
    if r is None:
        return None
    start = r[1] if r[0] > v else v + 1
    spk = ex._resolve(r[0], r[1], v)
    stance = stance_of(lemma, _alleged(ex, start, e))
    return _item(ex, start, e, si, spk, (ws[v].start, ws[v].end), stance, "indirect.te-infinitive")


def _quoted_complement(ex: SpeechExtractor, s: int, e: int) -> bool:
    """True when the complement [s, e) is a quotation (mostly inside marks), not the writer's
    clause with a partial quote in it (``zei ‘in het algemeen’ geen aanvallen te steunen``)."""
    ws = ex.words.w
    inside = sum(1 for w in ws[s:e] if is_word(w) and ex.resolver.in_quote(w.start))
    total = sum(1 for w in ws[s:e] if is_word(w))
    return total > 0 and inside * 2 >= total


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
            # A plural present right after the subject may be tagged as an infinitive.
            infinitive = ws[v].pos == "WW" and "inf" in ws[v].tag
            plural_present = infinitive and np_before(ex.words, v, a) is not None
            if is_finite(ws[v]) or plural_present:
                r = subject_of(ex.words, v, a, b)
                if r is not None:
                    spk = ex._resolve(r[0], r[1], v)
                break
        else:
            return None
    e = _clause_end(ex, i + 3, b)
    cue = (ws[i].start, ws[i + 2].end)
    return _item(ex, i + 3, e, si, spk, cue, stance_of("", _alleged(ex, a, e)), "indirect.own-words")


def _anaphoric(ex: SpeechExtractor, si: int, a: int, b: int) -> Quote | None:
    """``<statement>. Dat zei X dinsdag.``: a fronted ``dat``/``dit`` object of a speech verb
    points back to the previous sentence, which is then X's reported statement.

    Not when that sentence is a quotation (the quote extractor credits it) or already reports
    someone's words.
    """
    ws = ex.words.w
    if si == 0 or b - a < 3:
        return None
    lemma = speech_lemma(ex.words, a + 1, b)
    if not lemma and is_finite(ws[a + 1]):
        # "Dat heeft X bekendgemaakt": an auxiliary first, the speech verb's participle or
        # infinitive closes the clause.
        for k in range(b - 1, a + 1, -1):
            if ws[k].pos == "WW" and ("vd" in ws[k].tag or "inf" in ws[k].tag):
                lemma = speech_lemma(ex.words, k, b)
                break
            if is_word(ws[k]) and ws[k].pos not in ("BW", "VZ"):
                break
    if not lemma or lemma in sp.NOUN_OBJECT_VERBS or lemma in sp.DIRECTIVE_VERBS or not is_finite(ws[a + 1]):
        return None
    pa, pb = ex.words.sent_range[si - 1]
    doc = ex.doc
    if doc.parts and doc.parts[doc.sentences[si - 1].part].kind not in ("body", "lead"):
        return None
    if pb - pa < 3 or ws[pa].text in ALL_QUOTES or _inside_marked(ex, ws[pa].start, ws[pb - 1].start):
        return None
    if any(q.sentence == si - 1 for q in ex.items):
        return None
    r = subject_of(ex.words, a + 1, a, b)
    if r is None or (r[0] <= a + 1 and ws[r[0]].low in sp.ANAPHORIC_OBJECTS):
        return None
    spk = ex._resolve(r[0], r[1], a + 1)
    e = pb
    while e > pa and not is_word(ws[e - 1]) and ws[e - 1].text not in ALL_QUOTES:
        e -= 1
    stance = stance_of(lemma, _alleged(ex, pa, e))
    q = _item(ex, pa, e, si - 1, spk, (ws[a + 1].start, ws[a + 1].end), stance, "indirect.anaphoric")
    return q


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
