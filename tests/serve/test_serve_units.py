"""The web app's pure parts: marking overlapping spans, drawing charts, the write guards."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import cli
from claimgraph.ingest import ingest_text
from claimgraph.pipeline import analyse_document
from claimgraph.serve.chart import Point, Series, compact, date_ticks, nice_ticks, strip_chart, value_chart
from claimgraph.serve.highlight import _Span, mark_up, render
from claimgraph.serve.jobs import safe_name
from claimgraph.serve.pages.documents import mark_words, snippet
from claimgraph.serve.security import RateLimiter, token_ok


class _Balance(HTMLParser):
    """Checks that every element is closed in order; records the items open over each character."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.items: list[set[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append((tag, dict(attrs).get("data-item")))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        open_items = {item for _tag, item in self.stack if item}
        self.items.extend(set(open_items) for _ in data)


def parse(html: str) -> tuple[str, list[set[str]]]:
    p = _Balance()
    p.feed(html)
    p.close()
    assert not p.stack
    return "".join(p.text), p.items


def span(start: int, end: int, kind: str = "quote", item: str = "u0") -> _Span:
    return _Span(start, end, kind, item, kind)


@pytest.mark.parametrize("spans", [
    [],
    [span(0, 5)],
    [span(0, 10), span(2, 4, "quantity", "q0")],             # nested
    [span(0, 6), span(3, 10, "control", "c0")],              # crossing: the second is split
    [span(2, 8), span(2, 8, "quantity", "q0")],              # the same characters
    [span(0, 3), span(3, 6, "quantity", "q0")],              # touching
    [span(0, 10, "s", ""), span(5, 15), span(12, 20, "s", "")],  # a quote over two sentences
])
def test_marks_nest_and_keep_the_text(spans: list[_Span]) -> None:
    text = "abcdefghij<klmnopqrst"
    html = mark_up(text, 0, len(text), spans)
    shown, items = parse(html)
    assert shown == text
    for s in spans:
        if s.item:  # exactly the item's characters are inside its fragments
            covered = [i for i, open_items in enumerate(items) if s.item in open_items]
            assert covered == list(range(s.start, s.end))


def test_crossing_items_are_reopened() -> None:
    html = mark_up("0123456789", 0, 10, [span(0, 6), span(3, 10, "control", "c0")])
    assert html.count('data-item="c0"') == 2 and ' cont"' in html


def test_text_is_escaped() -> None:
    text = '<script>alert("x")</script> & <b>'
    html = mark_up(text, 0, len(text), [span(0, 8)])
    assert "<script" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert parse(html)[0] == text


def test_render_sets_furniture_apart() -> None:
    raw = ("Titel van het stuk\n\nDe minister zei dat 40 soldaten gewond raakten.\n\n"
           "Een tank bij Bachmoet. Foto AP\n\n„Wij houden stand”, zei generaal Jan Smit.")
    doc = analyse_document(ingest_text(raw, name="t", origin="t"))
    out = render(doc)
    kinds = {p.kind for p in doc.parts}
    for kind in kinds - {"title", "lead", "body", "heading"}:
        assert f"furniture-{kind}" in out.html
    assert parse(str(out.html))[0].replace("\n", "").replace(" ", "").endswith("Smit.")
    assert {c.kind for c in out.cards} >= {"quote", "quantity"}


def test_value_chart_marks_and_escapes() -> None:
    pts = [Point(date(2023, 3, 1), 100, 100, "/documents/a#s1", "<b>x</b>"),
           Point(date(2023, 3, 5), 200, 300, "/documents/a#s2", "range"),
           Point(date(2023, 3, 9), 50, None, "/documents/b#s0", "at least"),
           Point(date(2023, 3, 9), None, 80, "/documents/b#s1", "at most")]
    svg = str(value_chart([Series("<Kyiv>", pts, "ser-0")], label="killed & wounded", unit="persons"))
    assert svg.startswith('<svg class="chart"') and svg.count("<a href=") == 4
    assert "&lt;b&gt;x&lt;/b&gt;" in svg and "<b>" not in svg and "killed &amp; wounded" in svg
    assert "style=" not in svg  # colours come from CSS classes (the CSP allows no inline styles)
    assert str(value_chart([], label="empty")) == ""


def test_strip_chart() -> None:
    rows = [Series("Ministry", [Point(date(2023, 5, 1), None, None, "/d#s1", "t", "russia")]),
            Series("Kyiv", [Point(date(2023, 5, 2), None, None, "/d#s2", "t", "not captured")])]
    svg = str(strip_chart(rows, label="control"))
    assert "hold-russia" in svg and "hold-not-captured" in svg and svg.count("<rect") == 2


@pytest.mark.parametrize(("top", "last"), [(0, 1.0), (7, 8), (95, 100), (1234, 1250), (30000, 30000)])
def test_nice_ticks(top: float, last: float) -> None:
    ticks = nice_ticks(top)
    assert ticks[0] == 0 and ticks[-1] == last and ticks[-1] >= top


def test_date_ticks_and_compact() -> None:
    assert len(date_ticks(date(2023, 1, 1), date(2023, 1, 20))) >= 4
    assert date_ticks(date(2023, 1, 15), date(2023, 6, 1))[0][1] == "Feb 2023"
    assert date_ticks(date(2019, 5, 1), date(2024, 5, 1))[0][1] == "2020"
    assert compact(12000) == "12k" and compact(1500000) == "1.5M" and compact(250) == "250"


def test_rate_limiter() -> None:
    limiter = RateLimiter(per_minute=60, burst=2)
    assert limiter.allow("a") == 0 and limiter.allow("a") == 0
    assert limiter.allow("a") > 0  # the burst is spent
    assert limiter.allow("b") == 0  # per client
    assert RateLimiter(per_minute=0).allow("a") == 0  # 0: no limit


def test_token() -> None:
    assert token_ok("s3cret", "s3cret")
    assert not token_ok("s3cre", "s3cret") and not token_ok(None, "s3cret") and not token_ok("", "")
    assert not token_ok("anything", None)  # no token configured: writes are off


@pytest.mark.parametrize(("name", "safe"), [
    ("../../etc/passwd", "passwd"), ("C:\\Users\\x\\artikel.txt", "artikel.txt"),
    ("<script>.html", "script_.html"), ("...", ""), ("nieuws 2023.pdf", "nieuws 2023.pdf"),
])
def test_upload_names_are_made_safe(name: str, safe: str) -> None:
    assert safe_name(name) == safe


def test_snippet_and_marks() -> None:
    text = "Eerste zin. " * 30 + "Hier staat Bachmoet in een zin. " + "Laatste zin. " * 30
    s = snippet(text, "bachmoet")
    assert "Bachmoet" in s and s.startswith("…") and s.endswith("…")
    marked = str(mark_words("De <slag> om Bachmoet", "bachm"))
    assert "<mark>Bachmoet</mark>" in marked and "&lt;slag&gt;" in marked


def test_serve_refuses_what_it_cannot_open(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "nope.db")])
    assert r.exit_code != 0 and "no database at" in r.output and "--write-token" in r.output
    not_a_store = tmp_path / "other.db"
    not_a_store.write_bytes(b"this is not SQLite")
    r = CliRunner().invoke(cli, ["serve", "--db", str(not_a_store)])
    assert r.exit_code != 0 and "not a claimgraph database" in r.output and "Traceback" not in r.output
