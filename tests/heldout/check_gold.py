#!/usr/bin/env python3
"""Check the held-out gold against its texts.

Usage:  python3 check_gold.py [HELDOUT_DIR]      (default: the folder this script is in)

Every texts/NAME.txt must have gold/NAME.gold.json with "document": "NAME.txt", and in each gold file
every quote text, quantity text, ignore_quantities string and entity mention must occur in the text,
and every speaker alias must occur in it too (case and diacritics folded, as whole words).
The text is first joined the way newspaper-PDF text is joined: every line stripped, blank lines
dropped, lines joined with one space, and a line ending in a hyphen glued to the next one (the
hyphen dropped when a lower-case letter stands on both sides, e.g. "krijgs-" + "gevangen", kept
otherwise, e.g. "NAVO-" + "chef", "Leopard 2-" + "tanks").

Further checks: kinds, categories, subjects, holders and polarities are from the allowed sets; marked
quotes stand between quotation marks; speakers and sources are names of the speaker_aliases table
(or "author"/null); control-claim places are LOC canonical names; low <= high; no ignore string
would swallow a gold quantity in score.py; no mention is listed under two entities; 400-700 words.

Exits 1 with the list of problems, 0 when everything is in order. Standard library only.
"""

import json
import pathlib
import re
import sys
import unicodedata

KINDS = {"direct", "partial", "scare", "indirect"}
CATEGORIES = {
    "killed",
    "wounded",
    "casualties",
    "personnel",
    "units",
    "territory",
    "duration",
    "ratio",
    "attacks",
    "equipment",
    "prisoners",
    "civilians",
    "refugees",
    "money",
}
SUBJECTS = {"russia", "ukraine", "wagner", "civilians", None}
HOLDERS = {"russia", "ukraine", "wagner"}
POLARITIES = {"affirm", "deny"}
QUOTE_MARKS = "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a"
QUOTE_CHARS = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2039": "'",
    "\u203a": "'",
}


def join_lines(raw):
    """Strip every line, drop blank lines, join with spaces, repair line-end hyphenation."""
    out = ""
    for line in raw.splitlines():
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith("-") and len(out) >= 2 and not out[-2].isspace():
            out = out[:-1] + line if (out[-2].islower() and line[0].islower()) else out + line
        else:
            out += " " + line
    return re.sub(r"\s+", " ", out).strip()


def fold(s):
    """As score.py: lower case, no diacritics, no quotation marks, single spaces."""
    s = "".join(QUOTE_CHARS.get(c, c) for c in str(s or ""))
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[\"'`]", " ", s.lower())
    return re.sub(r"\s+", " ", s).strip()


def has_word(haystack, needle):
    return bool(re.search(r"(^|\W)" + re.escape(needle) + r"($|\W)", haystack))


def ignored(text, entry):
    """score.py's test whether a predicted quantity is swallowed by an ignore_quantities entry."""
    t, e = fold(text), fold(entry)
    return bool(t and e and (has_word(e, t) or has_word(t, e)))


def between_marks(text, span):
    i = text.find(span)
    while i >= 0:
        before, after = text[max(0, i - 2) : i], text[i + len(span) : i + len(span) + 2]
        if any(c in QUOTE_MARKS for c in before) and any(c in QUOTE_MARKS for c in after):
            return True
        i = text.find(span, i + 1)
    return False


def check_doc(gold_path, text_path):
    problems = []
    where = gold_path.name
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"{where}: cannot read: {e}"]
    if not text_path.exists():
        return [f"{where}: no text file {text_path.name}"]
    text = join_lines(text_path.read_text(encoding="utf-8"))
    ftext = fold(text)
    if g.get("document") != text_path.name:
        problems.append(f"{where}: document is {g.get('document')!r}, expected {text_path.name!r}")
    n_words = len(text.split())
    if not 400 <= n_words <= 700:
        problems.append(f"{where}: {n_words} words, expected 400-700")

    aliases = g.get("speaker_aliases", {})
    names = set(aliases) | {"author", None}
    for canon, forms in aliases.items():
        for form in forms:
            if not has_word(ftext, fold(form)):
                problems.append(f"{where}: speaker alias {form!r} of {canon!r} not in text")

    for q in g.get("quotes", []):
        t, kind, spk = q.get("text", ""), q.get("kind"), q.get("speakers")
        if kind not in KINDS:
            problems.append(f"{where}: quote {t!r}: bad kind {kind!r}")
        if t not in text:
            problems.append(f"{where}: quote not in text: {t!r}")
        elif kind in ("direct", "partial", "scare") and not between_marks(text, t):
            problems.append(f"{where}: {kind} quote not between quotation marks: {t!r}")
        if not isinstance(spk, list):
            problems.append(f"{where}: quote {t!r}: speakers is not a list")
            continue
        if kind == "scare" and spk:
            problems.append(f"{where}: scare quote {t!r} has speakers")
        if kind != "scare" and not spk:
            problems.append(f"{where}: quote {t!r} has no speaker")
        for s in spk:
            if s not in names:
                problems.append(f"{where}: quote {t!r}: speaker {s!r} not in speaker_aliases")

    quantities = g.get("quantities", [])
    for q in quantities:
        t = q.get("text", "")
        if t not in text:
            problems.append(f"{where}: quantity not in text: {t!r}")
        if q.get("category") not in CATEGORIES:
            problems.append(f"{where}: quantity {t!r}: bad category {q.get('category')!r}")
        if q.get("subject") not in SUBJECTS:
            problems.append(f"{where}: quantity {t!r}: bad subject {q.get('subject')!r}")
        if not q.get("unit"):
            problems.append(f"{where}: quantity {t!r}: no unit")
        lo, hi = q.get("low"), q.get("high")
        if lo is None and hi is None:
            problems.append(f"{where}: quantity {t!r}: no value")
        if lo is not None and hi is not None and lo > hi:
            problems.append(f"{where}: quantity {t!r}: low > high")
        src = q.get("sources")
        if not isinstance(src, list) or not src:
            problems.append(f"{where}: quantity {t!r}: no sources")
        else:
            for s in src:
                if s not in names:
                    problems.append(f"{where}: quantity {t!r}: source {s!r} not in speaker_aliases")

    for e in g.get("ignore_quantities", []):
        if e not in text:
            problems.append(f"{where}: ignore string not in text: {e!r}")
        for q in quantities:
            if ignored(q.get("text", ""), e):
                problems.append(f"{where}: ignore string {e!r} overlaps gold quantity {q.get('text')!r}")

    entities = g.get("entities", {})
    for typ in entities:
        if typ not in ("PER", "ORG", "LOC"):
            problems.append(f"{where}: bad entity type {typ!r}")
    seen = {}
    for ents in entities.values():
        for canon, mentions in ents.items():
            if not mentions:
                problems.append(f"{where}: entity {canon!r} has no mentions")
            for m in mentions:
                if m not in text:
                    problems.append(f"{where}: mention {m!r} of {canon!r} not in text")
                if m in seen and seen[m] != canon:
                    problems.append(f"{where}: mention {m!r} listed under {seen[m]!r} and {canon!r}")
                seen[m] = canon

    locs = set(entities.get("LOC", {}))
    for c in g.get("control_claims", []):
        if c.get("place") not in locs:
            problems.append(f"{where}: control place {c.get('place')!r} is not a LOC canonical name")
        if c.get("holder") not in HOLDERS:
            problems.append(f"{where}: control {c.get('place')!r}: bad holder {c.get('holder')!r}")
        if c.get("polarity") not in POLARITIES:
            problems.append(f"{where}: control {c.get('place')!r}: bad polarity {c.get('polarity')!r}")
        src = c.get("sources")
        if not isinstance(src, list) or not src:
            problems.append(f"{where}: control {c.get('place')!r}: no sources")
        else:
            for s in src:
                if s not in names:
                    problems.append(
                        f"{where}: control {c.get('place')!r}: source {s!r} not in speaker_aliases"
                    )
    return problems


def main(argv):
    base = pathlib.Path(argv[1]) if len(argv) > 1 else pathlib.Path(__file__).resolve().parent
    texts, golds = base / "texts", base / "gold"
    problems = []
    text_files = sorted(texts.glob("*.txt"))
    gold_files = sorted(golds.glob("*.gold.json"))
    if not text_files:
        problems.append(f"no texts in {texts}")
    for tf in text_files:
        if not (golds / (tf.stem + ".gold.json")).exists():
            problems.append(f"{tf.name}: no gold file")
    for gf in gold_files:
        problems += check_doc(gf, texts / (gf.name[: -len(".gold.json")] + ".txt"))
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print(f"ok: {len(gold_files)} gold files match their texts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
