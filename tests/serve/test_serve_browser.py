"""What a journalist does in the browser, in Debian's Chromium: read an article with its marks,
hover a quote, filter claims, open a contradiction, add an article and watch its claims appear.

Screenshots of each step are saved to test-artifacts/serve/ for a person to look at.
"""

from __future__ import annotations

import re
from typing import Any

from conftest import FROG, TOKEN, ProcessServer, ThreadServer, screenshot
from playwright.sync_api import expect
from serve_articles import UPLOAD, UPLOAD_TITLE

from claimgraph.document import Document


def test_read_an_article_and_hover_a_quote(page: Any, live_sqlite: ThreadServer,
                                           corpus: list[Document]) -> None:
    doc = next(d for d in corpus if d.name.startswith("2023-09-12"))
    page.goto(f"{live_sqlite.url}/documents/{doc.id}")
    expect(page.locator("h1")).to_have_text("Moskou claimt Kupjansk, Kyiv ontkent")
    quote = page.locator("#article .quote.q-direct").first
    expect(quote).to_be_visible()
    expect(page.locator("#article .quantity").first).to_be_visible()
    expect(page.locator("#article aside.furniture-caption")).to_contain_text("loopgraaf")
    screenshot(page, "document", full_page=True)

    quote.hover()
    tip = page.locator("#tip")
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("speaker")
    expect(tip).to_contain_text("Igor Konashenkov")
    expect(tip).to_contain_text("quote.tail")
    screenshot(page, "document-hover-quote")

    # A numeric claim's card gives its interval and category; a click pins it.
    page.locator("#article .quantity").first.click()
    expect(tip).to_have_class(re.compile("pinned"))
    expect(tip).to_contain_text("[1200, open]")
    expect(tip).to_contain_text("killed")
    screenshot(page, "document-click-quantity")
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()

    # Hiding the quotes leaves the numbers marked.
    page.locator("input[data-toggle=quote]").uncheck()
    expect(page.locator("#article")).to_have_class(re.compile("hide-quote"))


def test_html_in_an_article_stays_text(page: Any, live_sqlite: ThreadServer, corpus: list[Document]) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    doc = next(d for d in corpus if d.name.startswith("2023-09-14"))
    page.goto(f"{live_sqlite.url}/documents/{doc.id}")
    expect(page.locator("#article")).to_contain_text("<script>alert('xss')</script>")
    expect(page.locator("#article")).to_contain_text("<b>3.000</b>")
    assert page.locator("#article script, #article b").count() == 0
    screenshot(page, "document-with-html-in-text")
    assert not dialogs


def test_filter_the_claims_table(page: Any, live_sqlite: ThreadServer) -> None:
    page.goto(f"{live_sqlite.url}/claims")
    rows = page.locator("table.claims-table tbody tr")
    all_rows = rows.count()
    assert all_rows > 10
    screenshot(page, "claims")
    page.select_option("select[name=kind]", "control")  # applies at once
    page.wait_for_url(re.compile(r"kind=control"))
    kinds = rows.evaluate_all("rs => rs.map(r => r.className)")
    assert kinds and set(kinds) == {"kind-control"}
    page.fill("input[name=source]", "Igor Konashenkov")
    page.click("#claim-filters button[type=submit]")
    page.wait_for_url(re.compile(r"source=Igor"))
    assert "text=" not in page.url  # empty fields stay out of the URL
    # Konasjenkov's two control claims: "De stad is volledig in onze handen" and "Kupjansk is bevrijd".
    expect(rows).to_have_count(2)
    expect(rows.filter(has_text="Kupjansk is bevrijd")).to_have_count(1)
    expect(rows.filter(has_text="in onze handen")).to_have_count(1)
    screenshot(page, "claims-filtered")
    # Sorting by value, largest first, on numeric claims.
    page.goto(f"{live_sqlite.url}/claims?kind=quantity")
    page.click("th >> text=Value")
    page.wait_for_url(re.compile(r"sort=value"))
    expect(rows.first.locator(".value-cell")).to_contain_text("3000")
    download = page.locator("a", has_text="CSV")
    assert "kind=quantity" in download.get_attribute("href")


def test_open_a_contradiction(page: Any, live_sqlite: ThreadServer) -> None:
    page.goto(f"{live_sqlite.url}/contradictions")
    expect(page.locator("article.group")).to_have_count(2)
    screenshot(page, "contradictions", full_page=True)
    page.click("article.group h2 a >> text=/killed/")
    expect(page.locator("h1")).to_contain_text("Kupiansk · ukraine killed")
    positions = page.locator(".position")
    assert positions.count() >= 2
    boxes = [positions.nth(i).bounding_box() for i in range(2)]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 2 and boxes[0]["x"] < boxes[1]["x"]  # side by side
    screenshot(page, "contradiction")
    # Each claim links to its sentence, which lights up in the article.
    page.locator(".claim-where a").first.click()
    page.wait_for_url(re.compile(r"/documents/[0-9a-f]{16}#s\d+"))
    expect(page.locator("#article .s.targeted").first).to_be_visible()
    screenshot(page, "contradiction-sentence")


def test_timeline_and_other_pages_render(page: Any, live_sqlite: ThreadServer) -> None:
    page.goto(f"{live_sqlite.url}/timeline?place=Kupiansk")
    expect(page.locator("svg.chart").first).to_be_visible()
    assert page.locator("svg.chart a.mark").count() >= 4
    screenshot(page, "timeline", full_page=True)
    for name, path in (("documents", "/"), ("sources", "/sources"), ("entity", "/entities/Kupiansk"),
                       ("api", "/api")):
        page.goto(live_sqlite.url + path)
        expect(page.locator("h1")).to_be_visible()
        screenshot(page, name)
    # No horizontal overflow on the main pages at a laptop width.
    for path in ("/", "/claims", "/sources", "/contradictions"):
        page.goto(live_sqlite.url + path)
        fits = "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
        assert page.evaluate(fits), path


def test_add_an_article_and_see_its_claims(page: Any, writable: ProcessServer) -> None:
    page.goto(f"{writable.url}/add")
    page.fill("textarea[name=text]", UPLOAD)
    page.fill("input[name=title]", UPLOAD_TITLE)
    page.fill("input[name=outlet]", "Testkrant")
    page.fill("input[name=date]", "2023-09-26")
    page.fill("input[name=token]", TOKEN)
    screenshot(page, "add")
    page.click("form.add-form button[type=submit]")
    page.wait_for_url(re.compile(r"/jobs/[0-9a-f]{16}$"))
    screenshot(page, "job-running")
    # Frog starts on this first upload: allow it its seconds.
    expect(page.locator("#job-status")).to_have_text("done", timeout=90_000)
    claims = page.locator("table.claims-table tbody tr")
    numbers = claims.filter(has=page.locator(".kind-tag-quantity"))
    expect(numbers.filter(has_text="85 Russische militairen")).to_have_count(1)
    expect(numbers.first.locator(".value-cell")).to_contain_text("85 persons")
    said = claims.filter(has_text="Lyman blijft in onze handen")
    expect(said.filter(has=page.locator(".kind-tag-quote"))).to_have_count(1)
    expect(said.filter(has=page.locator(".kind-tag-control"))).to_have_count(1)  # the speaker's side holds it
    screenshot(page, "job-done", full_page=True)
    page.click(".job-docs a")
    expect(page.locator("h1")).to_have_text(UPLOAD_TITLE)
    if FROG:
        expect(page.locator(".page-head")).to_contain_text("tagged by frog")
    page.locator("#article .quote.q-direct").first.hover()
    expect(page.locator("#tip")).to_contain_text("Serhi Tsjerevaty")
    expect(page.locator("#tip")).to_contain_text("holds Lyman")  # the control claim on the same words
    screenshot(page, "uploaded-document")
