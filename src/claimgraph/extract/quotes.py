"""Marked quotes (direct, partial, scare) with their speakers, and the speech extractor's entry point.

Quotation marks are paired in one pass over each run of adjacent body paragraphs, so a quote may
run over sentences and paragraphs but never into a caption or heading. Each quote is then read in
its sentence: a whole statement (nothing of the writer's around it but an attribution) is direct;
a fragment inside the writer's sentence is partial when a speaker can be found, else scare.
Reported speech without marks is found by :mod:`claimgraph.extract.indirect`; both are walked in
text order so that a quote paragraph naming nobody inherits the previous speaker.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from claimgraph.document import CLAIM_PARTS, Document, Quote, trim_span
from claimgraph.extract import indirect
from claimgraph.extract.registry import register
from claimgraph.extract.speakers import (
    Resolver,
    Speaker,
    Words,
    age_bracket_at,
    finite_before,
    is_finite,
    is_name,
    is_word,
    np_after,
    role_noun,
    speech_lemma,
    subject_of,
)
from claimgraph.lang.nl import speech as sp
from claimgraph.lang.nl.punctuation import ALL_QUOTES, CLOSING_QUOTES, OPENING_QUOTES, QUOTE_PAIRS

LOGGER = logging.getLogger(__name__)

_OPEN_BEFORE = "([{–—-/" + ALL_QUOTES
_CLOSE_AFTER = ".,;:!?)]}…-–—" + ALL_QUOTES
# A quote left open longer than this is a stray mark, not a quotation.
_MAX_QUOTE_CHARS = 2500
# Up to this many words without a speaker a fragment in marks is a scare quote.
_SCARE_MAX_WORDS = 2
# A fragment without a speaker or a speaker in its paragraph is a scare quote up to this many words.
_LABEL_MAX_WORDS = 4
# A quote naming nobody inherits the speaker of an item at most this far back (characters).
_CARRY_CHARS = 700


def _is_apostrophe(text: str, p: int, lo: int, hi: int) -> bool:
    c = text[p]
    if c not in "’'`":
        return False
    prev = text[p - 1] if p > lo else " "
    nxt = text[p + 1] if p + 1 < hi else " "
    if prev.isalnum() and nxt.isalnum():  # zo'n, commando’s, Poetin's
        return True
    # 's avonds, 't, 'n: a clitic after a space.
    return (not prev.isalnum()) and nxt in "stn" and (p + 2 >= hi or not text[p + 2].isalnum())


def find_marked(doc: Document) -> list[tuple[int, int]]:
    """Spans (without the marks) of all paired quotation marks in the claim parts of ``doc``."""
    return find_marked_chains(doc)[0]


def find_marked_chains(doc: Document) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Marked spans as :func:`find_marked`, and the links between paragraphs of one quotation.

    A quotation over several paragraphs reopens its mark at each new paragraph and closes only
    at the end; each paragraph is its own span, and a link ``(earlier start, later start)`` says
    that both are one statement by one speaker (attributed once, mostly after the last part).
    """
    text = doc.text
    regions: list[list[tuple[int, int]]] = []
    prev_kind = None
    for part in doc.parts:
        if part.kind not in CLAIM_PARTS:
            prev_kind = None
            continue
        if part.kind in ("body", "lead") and prev_kind in ("body", "lead") and regions:
            regions[-1].append((part.start, part.end))
        else:
            regions.append([(part.start, part.end)])
        prev_kind = part.kind
    if not doc.parts:
        regions = [[(0, len(text))]]
    spans: list[tuple[int, int]] = []
    links: list[tuple[int, int]] = []  # raw starts of paragraphs continuing one quotation
    for region in regions:
        open_at: int | None = None
        closers = ""
        open_part = 0
        for pi, (lo, hi) in enumerate(region):
            for p in range(lo, hi):
                c = text[p]
                if c not in ALL_QUOTES or _is_apostrophe(text, p, lo, hi):
                    continue
                prev = text[p - 1] if p > lo else " "
                nxt = text[p + 1] if p + 1 < hi else " "
                after_space = prev.isspace() or prev in _OPEN_BEFORE
                can_open = c in OPENING_QUOTES and after_space and not nxt.isspace()
                can_close = c in CLOSING_QUOTES and not prev.isspace() and (
                    nxt.isspace() or nxt in _CLOSE_AFTER or p + 1 == hi
                )
                if open_at is None:
                    if can_open:
                        open_at, closers, open_part = p, QUOTE_PAIRS[c], pi
                    continue
                # A typographic opening mark closed by a straight one ("“Ik denk…," zei hij").
                if can_close and (c in closers or (c == '"' and '"' not in closers and "”" in closers)):
                    if p - open_at <= _MAX_QUOTE_CHARS:
                        spans.append((open_at + 1, p))
                    open_at = None
                elif can_open and c == text[open_at] and pi > open_part and p == lo:
                    # A new paragraph of the same quotation reopens the mark: close at paragraph end.
                    spans.append((open_at + 1, region[pi - 1][1]))
                    links.append((open_at + 1, p + 1))
                    open_at, open_part = p, pi
                elif can_open and c == text[open_at] and not can_close:
                    before = text[open_at + 1 : p].rstrip()
                    if before.endswith((".", "?", "!")) and p - open_at <= _MAX_QUOTE_CHARS:
                        # Paragraphs flattened into one line: the quotation's next paragraph
                        # reopens the mark after a full sentence; the earlier part ends there.
                        spans.append((open_at + 1, open_at + 1 + len(before)))
                        links.append((open_at + 1, p + 1))
                    # Otherwise the earlier mark never closed (a stray mark): start again here.
                    open_at, open_part = p, pi
    trimmed = {s: t for s, e in spans if (t := trim_span(text, s, e)) is not None}
    chain = [(trimmed[a][0], trimmed[b][0]) for a, b in links if a in trimmed and b in trimmed]
    return list(trimmed.values()), chain


@dataclass
class _Found:
    """A speaker found for a quote: the resolved speaker and the cue that introduces it."""

    speaker: Speaker | None
    cue: tuple[int, int] | None
    lemma: str = ""
    how: str = ""  # "clause": the subject of a non-speech verb before a colon


class SpeechExtractor:
    """Walks a document's sentences in order, finding marked quotes and reported speech."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.words = Words(doc)
        self.resolver = Resolver(self.words)
        marked, self.chain_links = find_marked_chains(doc)
        self.marked = sorted(marked)
        self.marked_starts = [qs for qs, _ in self.marked]
        self.resolver.set_quotes(self.marked)
        self.pending: list[Quote] = []  # extra reported clauses of one cue (coordinated "dat")
        self.items: list[Quote] = []
        self.last: Quote | None = None  # the last item with a speaker, for carry-over

    # --- cues -----------------------------------------------------------------------------------

    def _cue_speaker(self, i: int, a: int, b: int, finite: bool = False) -> _Found | None:
        """The speaker introduced by the cue at token ``i`` in sentence tokens [a, b), or None."""
        ws = self.words.w
        w = ws[i]
        if w.low in sp.ALDUS or w.low in sp.VOLGENS:
            r = np_after(self.words, i + 1, b)
            if r is None or (w.low in sp.VOLGENS and ws[r[1] - 1].low in sp.NON_SOURCE_NOUNS):
                return None  # "volgens plan": a norm, not a source
            return _Found(self._resolve(r[0], r[1], None), (w.start, w.end), w.low)
        lemma = speech_lemma(self.words, i, b)
        if lemma is None:
            return None
        fv = i
        if not finite and not is_finite(w):
            fv = finite_before(ws, i, a, ";:")
            if fv < 0 and "inf" in w.tag:
                # "Ook westerse inlichtingen zien …": a plural present tagged as an infinitive,
                # when a subject noun phrase stands right before it.
                r = subject_of(self.words, i, a, b)
                if r is not None and r[1] == i:
                    fv = i
            if fv < 0:
                return None
        r = subject_of(self.words, fv, a, b)
        if r is None:
            return None
        return _Found(self._resolve(r[0], r[1], fv), (w.start, w.end), lemma)

    def _resolve(self, s: int, e: int, verb: int | None) -> Speaker | None:
        spk = self.resolver.resolve(s, e, verb)
        if spk is not None:
            self.resolver.remember(spk)
        return spk

    # --- marked quotes --------------------------------------------------------------------------

    def _tail(self, k: int, b: int) -> _Found | None:
        """An attribution right after a quote: ``’, zegt X`` / ``’, aldus X`` / ``’ stelt X``."""
        ws = self.words.w
        while k < b and ws[k].text in ",":
            k += 1
        if k < b and ws[k].low == "zo" and k + 1 < b:  # "…’, zo zegt hij"
            k += 1
        if k >= b:
            return None
        if ws[k].low in sp.ALDUS:
            return self._cue_speaker(k, k, b)
        # A verb right after the quote is finite (inversion), whatever the tagger says of
        # "zeggen"/"melden" (plural present and infinitive look alike).
        if speech_lemma(self.words, k, b) and (is_finite(ws[k]) or ws[k].pos == "WW"):
            return self._cue_speaker(k, k, b, finite=True)
        return None

    def _colon_intro(self, io: int, a: int) -> _Found | None:
        """A speaker introduced before a colon: ``Osinga: ‘…’``, ``zei hij het zo: ‘…’``."""
        ws = self.words.w
        c = io - 1
        if c < a or ws[c].text != ":":
            return None
        # Clause before the colon.
        k = c
        while k > a and ws[k - 1].text not in ".;!?" and ws[k - 1].text not in ALL_QUOTES:
            k -= 1
        r = np_after(self.words, k, c)
        if r is not None and r[1] == c:
            return _Found(self._resolve(r[0], r[1], None), None)
        # "Troepen verlaten Vuhledar, legerleiding: ‘…’": the speaker phrase after the last comma.
        comma = next((m for m in range(c - 1, k, -1) if ws[m].text == ","), None)
        if comma is not None:
            r2 = np_after(self.words, comma + 1, c)
            if r2 is not None and r2[1] == c and ws[r2[0]].low not in sp.SUBJECT_PRONOUNS:
                return _Found(self._resolve(r2[0], r2[1], None), None)
        if r is not None and r[0] == k and self._in_headline(c) and ws[r[1]].pos == "VZ":
            # "Gouverneur Belgorod na bloedige zaterdag: ‘…’": a headline's speaker phrase may
            # carry a circumstance; a role names the person the body gives that title.
            found = self._headline_role(r[0], r[1])
            if found is not None:
                return found
        for v in range(c - 1, k - 1, -1):
            if speech_lemma(self.words, v, c):
                f = self._cue_speaker(v, k, c)
                if f is not None:
                    return f
        for v in range(k, c):
            if is_finite(ws[v]) and ws[v].tag:
                r = subject_of(self.words, v, k, c)
                if r is not None:
                    return _Found(self._resolve(r[0], r[1], v), (ws[v].start, ws[v].end), how="clause")
        return None

    def _in_headline(self, k: int) -> bool:
        parts = self.doc.parts
        return bool(parts) and parts[self.doc.sentences[self.words.w[k].sent].part].kind in ("title", "lead")

    def _headline_role(self, a: int, b: int) -> _Found | None:
        """The speaker of a headline phrase [a, b): a person titled with its role noun later on,
        else the phrase itself when it names an entity."""
        ws = self.words.w
        for k in range(a, b):
            role = role_noun(ws[k].low)
            if role is not None:
                p = self.resolver.person_titled_after(ws[b - 1].end, ws[k].low) or \
                    self.resolver.person_titled_after(ws[b - 1].end, role)
                if p is not None:
                    return _Found(Speaker(p[0], ws[a].start, ws[b - 1].end, person=True), None)
                return None
        if any(w.ent for w in ws[a:b]):
            return _Found(self._resolve(a, b, None), None)
        return None

    def _split_attribution(self, io: int, a: int) -> _Found | None:
        """``‘…’, zei X, ‘…’``: the attribution between the previous quote and this one."""
        ws = self.words.w
        for _qs, qe in self.marked:
            if qe >= ws[io].start or qe < ws[a].start:
                continue
            ic = self.words.index_at(qe)
            if ic < io and all(is_word(w) or w.text == "," for w in ws[ic + 1 : io - 1]):
                f = self._tail(ic + 1, io - 1)
                if f is not None:
                    return f
        return None

    def _next_sentence(self, si: int) -> _Found | None:
        """``‘…’ Dat twitterde X.``: an anaphoric attribution opening the next sentence."""
        if si + 1 >= len(self.words.sent_range):
            return None
        a, b = self.words.sent_range[si + 1]
        ws = self.words.w
        if b - a < 3 or ws[a].low not in sp.ANAPHORIC_OBJECTS:
            return None
        if not (speech_lemma(self.words, a + 1, b) and is_finite(ws[a + 1])):
            return None
        return self._cue_speaker(a + 1, a, b)

    def _next_sentence_words(self, si: int) -> _Found | None:
        """``„…” Met die woorden nam X afscheid.``: the next sentence opens with a phrase that
        points back to the quoted words (a demonstrative before a speech noun: ``Met die
        woorden``, ``In deze boodschap``, ``Die woorden``); its finite verb follows (verb
        second), and the subject after that verb is the speaker, whatever the verb."""
        if si + 1 >= len(self.words.sent_range):
            return None
        a, b = self.words.sent_range[si + 1]
        ws = self.words.w
        k = a
        if k < b and ws[k].low in ("met", "in", "op", "via", "na"):
            k += 1
        if k + 3 >= b or ws[k].low not in ("die", "deze", "dat", "dit", "zijn", "haar", "hun"):
            return None
        n = ws[k + 1].low
        if n not in sp.SPEECH_NOUNS and ws[k + 1].lemma not in sp.SPEECH_NOUNS:
            return None
        v = k + 2
        if not is_word(ws[v]) or ws[v].text[:1].isupper():
            return None
        r = np_after(self.words, v + 1, b)
        if r is None or not any(w.ent or role_noun(w.low) for w in ws[r[0] : r[1]]):
            return None
        return _Found(self._resolve(r[0], r[1], v), (ws[a].start, ws[k + 1].end))

    def _introduced_after(self, io: int, si: int) -> _Found | None:
        """``„…” Natalija Hrytsenko staat tot haar knieën in het water.``: a quotation that opens
        its paragraph without attribution (nor a speaker earlier in that paragraph), followed by
        a sentence that opens with a person's name.

        Why: reports open a scene with the words of the person the next sentence introduces; the
        person named as the subject right after the quote is who spoke.
        """
        ws = self.words.w
        if si + 1 >= len(self.words.sent_range) or not self.doc.parts:
            return None
        part = self.doc.sentences[ws[io].sent].part
        if self.doc.text[self.doc.parts[part].start : ws[io].start].strip():
            return None  # not the opening of its paragraph: it goes on from the words before
        last = self.last
        if last is not None and self.doc.sentences[last.sentence].part == part:
            return None
        na, nb = self.words.sent_range[si + 1]
        if nb - na < 3:
            return None
        start = ws[na].start
        for ms, me, name, typ in self.resolver.mentions:
            if ms == start and typ == "PER":
                k = self.words.index_at(me)
                if k < nb and is_word(ws[k]) and not ws[k].text[:1].isupper():
                    return _Found(Speaker(name, ms, me, person=True), None)
                return None
            if ms > start:
                break
        return None

    def _introduced_before(self, si: int) -> _Found | None:
        """``Andri (31) bestuurt een dronepeloton. „…”``: an unattributed quotation right after a
        sentence whose subject is a person takes that person.

        Why: reportage introduces someone (name, age, what they do) and then lets them speak; the
        person just introduced, not the last speaker further up, is who is quoted. Only a person
        (a known person name, or a capitalised name with an age in brackets), and only when the
        sentence before is the writer's own (it holds no quotation and reports nobody).
        """
        if si == 0:
            return None
        pa, pb = self.words.sent_range[si - 1]
        ws = self.words.w
        if any(w.text in ALL_QUOTES for w in ws[pa:pb]) or any(q.sentence == si - 1 for q in self.items):
            return None
        parts = self.doc.parts
        if parts and parts[self.doc.sentences[si - 1].part].kind not in CLAIM_PARTS:
            return None
        v = next((k for k in range(pa, pb) if ws[k].tag and is_finite(ws[k])), None)
        if v is None:
            # Untagged (no claim cue, so no deep analysis): a person's name opening the sentence,
            # after at most a title, is its subject (verb second).
            for ms, me, name, typ in self.resolver.mentions:
                if ms >= ws[pa].start and typ == "PER":
                    k = self.words.index_at(me)
                    titled = all(role_noun(w.low) or not is_word(w) for w in ws[pa : self.words.index_at(ms)])
                    if titled and k < pb and is_word(ws[k]) and ws[k].text.islower():
                        return _Found(Speaker(name, ms, me, person=True), None)
                    break
            return None
        r = subject_of(self.words, v, pa, pb)
        if r is None or r[0] >= v:
            return None
        for ms, me, name, typ in self.resolver.mentions:
            if ws[r[0]].start <= ms < ws[r[1] - 1].end and typ == "PER":
                return _Found(Speaker(name, ms, me, person=True), None)
        # An unknown name with an age: "Andri (31)", "Olena Kovaltsjoek (54)".
        k = r[0]
        while k < r[1] and is_name(ws[k]):
            k += 1
        if k > r[0] and k + 2 < pb and age_bracket_at(ws, k):
            return _Found(Speaker(self.words.text(r[0], k), ws[r[0]].start, ws[k - 1].end, person=True), None)
        return None

    def _in_sentence(self, io: int, ic: int, a: int, b: int) -> _Found | None:
        """A speech cue elsewhere in the quote's sentence and clause chunk (partial quotes)."""
        ws = self.words.w
        # The chunk: no ";" or ", maar" between the cue and the quote.
        lo, hi = a, b
        for k in range(io - 1, a, -1):
            if ws[k].text == ";" or (ws[k - 1].text == "," and ws[k].low in ("maar", "want", "terwijl")):
                lo = k
                break
        for k in range(ic + 1, b - 1):
            if ws[k].text == ";" or (ws[k].text == "," and ws[k + 1].low in ("maar", "want", "terwijl")):
                hi = k
                break
        best: _Found | None = None
        best_dist = 10**9
        for k in range(lo, hi):
            if io <= k <= ic:
                continue
            w = ws[k]
            if w.low in sp.VOLGENS or w.low in sp.ALDUS or speech_lemma(self.words, k, hi):
                dist = io - k if k < io else k - ic
                if dist < best_dist:
                    f = self._cue_speaker(k, lo, hi)
                    if f is not None and f.speaker is not None:
                        best, best_dist = f, dist
        if best is not None:
            return best
        # A speech noun ("stuurde een tweet over „…”"): the sentence subject speaks.
        for k in range(lo, io):
            if ws[k].low in sp.SPEECH_NOUNS or ws[k].lemma in sp.SPEECH_NOUNS:
                for v in range(lo, k):
                    if is_finite(ws[v]) and ws[v].tag:
                        r = subject_of(self.words, v, lo, hi)
                        if r is not None:
                            return _Found(self._resolve(r[0], r[1], v), (ws[k].start, ws[k].end))
                        break
        return None

    def _marked_quote(self, qs: int, qe: int) -> Quote | None:
        words, ws, text = self.words, self.words.w, self.doc.text
        io = words.index_at(qs - 1)
        ic = words.index_at(qe)
        if 0 < ic < len(ws) and ws[ic].start > qe and ws[ic].text not in CLOSING_QUOTES:
            # A paragraph of a quotation left open (the next paragraph reopens it): the quote
            # closes with its last word, not at the next paragraph's opening mark.
            ic -= 1
        if io >= len(ws) or ic >= len(ws):
            return None
        s_open, s_close = ws[io].sent, ws[ic].sent
        a = words.sent_range[s_open][0]
        b = words.sent_range[s_close][1]
        left = [w for w in ws[a:io] if is_word(w)]
        right = [w for w in ws[ic + 1 : b] if is_word(w)]
        colon = io > a and ws[io - 1].text == ":"
        tail = self._tail(ic + 1, b)
        # Split quote: "‘…’, aldus X, ‘…’" — the attribution sits between two quotes.
        split: _Found | None = None
        if not tail and io > a and ws[io - 1].text == "," and left:
            split = self._split_attribution(io, a)
        whole_left = not left or colon or split is not None
        whole_right = not right or tail is not None
        n_words = len(text[qs:qe].split())
        if left and n_words <= 3 and all(w[:1].isupper() for w in text[qs:qe].split()):
            return None  # a name in marks (a channel, an operation, a title), not a quotation
        found: _Found | None = None
        kind = "partial"
        if whole_left and whole_right:
            kind = "direct"
            found = tail or (self._colon_intro(io, a) if colon else None)
            if found is None and split is not None:
                return self._make(qs, qe, "direct", s_open, split, "quote.split")
            if found is None and not right:
                found = self._next_sentence(s_close) or self._next_sentence_words(s_close)
                if found is not None:
                    return self._make(qs, qe, kind, s_open, found, "quote.next-sentence")
                found = self._introduced_after(io, s_close)
                if found is not None:
                    return self._make(qs, qe, kind, s_open, found, "quote.introduced-after")
            if found is None and not left:
                found = self._introduced_before(s_open)
                if found is not None:
                    return self._make(qs, qe, kind, s_open, found, "quote.introduced-before")
            if found is None:
                return self._make(qs, qe, "direct", s_open, None, "quote.carry", inherit=self.last)
            rule = "quote.tail" if tail else "quote.colon-intro"
            if found.how == "clause":
                rule = "quote.colon-intro-clause"
            return self._make(qs, qe, kind, s_open, found, rule)
        found = tail or self._in_sentence(io, ic, a, b)
        if found is not None and found.speaker is not None:
            return self._make(qs, qe, "partial", s_open, found, "quote.partial")
        if colon:
            found = self._colon_intro(io, a)
            if found is not None and found.speaker is not None:
                kind = "direct" if not right else "partial"
                return self._make(qs, qe, kind, s_open, found, "quote.colon-intro")
        if n_words <= _SCARE_MAX_WORDS:
            return Quote(qs, qe, "scare", s_open, rule="quote.scare")
        # A fragment in marks with no cue takes the last speaker only within its paragraph: the
        # writer may go on paraphrasing a speaker, but a new paragraph without one is the
        # writer's own (``De stad gold lang als de ‘poort naar Donetsk’``).
        last = self.last
        sents = self.doc.sentences
        if last is not None and sents[last.sentence].part != sents[s_open].part:
            last = None
        if last is None and n_words <= _LABEL_MAX_WORDS:
            return Quote(qs, qe, "scare", s_open, rule="quote.scare")
        return self._make(qs, qe, "partial", s_open, None, "quote.carry", inherit=last)

    def _make(
        self,
        qs: int,
        qe: int,
        kind: str,
        sent: int,
        found: _Found | None,
        rule: str,
        inherit: Quote | None = None,
    ) -> Quote:
        q = Quote(qs, qe, kind, sent, rule=rule)
        if found is not None and found.speaker is not None:
            spk = found.speaker
            q.speaker, q.speaker_start, q.speaker_end = spk.name, spk.start, spk.end
            if found.cue:
                q.cue_start, q.cue_end = found.cue
            q.stance = indirect.stance_of(found.lemma)
        elif inherit is not None and inherit.speaker and qs - inherit.end <= _CARRY_CHARS:
            q.speaker = inherit.speaker
            q.speaker_start, q.speaker_end = inherit.speaker_start, inherit.speaker_end
        return q

    # --- the walk -------------------------------------------------------------------------------

    def run(self) -> list[Quote]:
        doc = self.doc
        by_sentence: dict[int, list[tuple[int, int]]] = {}
        for qs, qe in self.marked:
            i = self.words.index_at(qs - 1)
            if i < len(self.words.w):
                by_sentence.setdefault(self.words.w[i].sent, []).append((qs, qe))
        for s in doc.sentences:
            if doc.parts and doc.parts[s.part].kind not in CLAIM_PARTS:
                continue
            # Reported clauses first: their speakers are the antecedents of pronouns in the
            # sentence's quotes ("zegt X, maar volgens hem is het ‘…’").
            found = list(indirect.find(self, s.index))
            for qs, qe in by_sentence.get(s.index, ()):
                q = self._marked_quote(qs, qe)
                if q is not None:
                    found.append(q)
            reported = [r for r in found if r.kind == "indirect" and r.speaker]
            for q in found:
                embedded = q.speaker_start is not None and any(
                    r.start <= q.speaker_start < r.end for r in reported)
                if q.kind in ("partial", "scare") and (q.rule == "quote.carry" or not q.speaker or embedded):
                    # "meldt dat de Oekraïners ‘meer dan 200 man’ verloren": words quoted inside a
                    # reported clause are its speaker's, whoever spoke last, and whatever subject
                    # the clause itself has ("Volgens de minister stelt de inname … ‘…’").
                    r = next((r for r in reported if r.start <= q.start and q.end <= r.end), None)
                    if r is not None:
                        q.speaker, q.speaker_start, q.speaker_end = r.speaker, r.speaker_start, r.speaker_end
                        q.kind, q.rule = "partial", "quote.partial-in-reported"
            for q in sorted(found, key=lambda q: q.start):
                self._add(q)
        self.chain_speakers()
        self.headline_speakers()
        return self.items

    def chain_speakers(self) -> None:
        """The paragraphs of one quotation share the speaker its attribution names.

        Why: a statement quoted over several paragraphs is attributed once, mostly after its last
        paragraph (``„…¶„…” Dat zei X``) or before its first; the paragraphs without a cue of
        their own (carried or unresolved) take the speaker of the part that has one.
        """
        if not self.chain_links:
            return
        by_start = {q.start: q for q in self.items if q.kind != "indirect"}
        nxt = dict(self.chain_links)
        heads = set(nxt) - set(nxt.values())
        for h in sorted(heads):
            members = [h]
            while members[-1] in nxt:
                members.append(nxt[members[-1]])
            qs = [by_start[m] for m in members if m in by_start]
            for q in qs:
                q.kind = "direct"  # each paragraph of a quotation is a whole statement
            cued = [q for q in qs if q.speaker and q.rule != "quote.carry"]
            if not cued:
                continue
            src = cued[-1]
            for q in qs:
                if q.rule == "quote.carry" or not q.speaker:
                    q.speaker, q.speaker_start = src.speaker, src.speaker_start
                    q.speaker_end, q.rule = src.speaker_end, "quote.chain"

    def headline_speakers(self) -> None:
        """A title or lead quote naming no speaker takes the speaker of the same words in the body."""
        parts = self.doc.parts
        body = [q for q in self.items if q.speaker and q.kind != "indirect"]
        for q in self.items:
            if q.kind == "indirect" or not parts:
                continue
            kind = parts[self.doc.sentences[q.sentence].part].kind
            if kind not in ("title", "lead") or (q.speaker and q.rule != "quote.colon-intro-clause"):
                continue
            words = set(self.doc.text[q.start : q.end].lower().split())
            best, best_score = None, 0.5
            for other in body:
                if other is q:
                    continue
                ow = set(self.doc.text[other.start : other.end].lower().split())
                score = len(words & ow) / max(1, len(words))
                if score > best_score:
                    best, best_score = other, score
            if best is None and kind == "title" and not q.speaker:
                # A headline quote in no body words: the article's protagonist, the first
                # person quoted in the body, said it (a headline quotes whom the story is about).
                best = next((o for o in body if o.speaker_start is not None and o.kind == "direct"
                             and parts[self.doc.sentences[o.sentence].part].kind not in ("title", "lead")
                             and self._is_person(o.speaker)), None)
            if best is not None:
                q.speaker, q.speaker_start, q.speaker_end = best.speaker, best.speaker_start, best.speaker_end
                q.rule = "quote.headline-echo"

    def _is_person(self, name: str | None) -> bool:
        return any(n == name for _s, _e, n in self.resolver.persons)

    def _add(self, q: Quote) -> None:
        self.items.append(q)
        if q.speaker:
            self.last = q


@register("quotes", "1")
def extract_quotes(doc: Document) -> None:
    """Add marked quotes and reported speech to ``doc.quotes``."""
    items = SpeechExtractor(doc).run()
    items.sort(key=lambda q: (q.start, q.end))
    doc.quotes.extend(items)
