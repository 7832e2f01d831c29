"""Layout repair: line joins, hyphenation, page furniture and the offset map back to the raw text."""

from __future__ import annotations

import re
import time
import unicodedata
from pathlib import Path

import pytest

from claimgraph.document import CLAIM_PARTS, Document
from claimgraph.ingest import ingest_text, read_inputs
from claimgraph.ingest.layout import byline_author, find_date, parse_date, repair

from .conftest import PDF_STYLE_ARTICLE

BODY = (
    "De Oekraïense generale staf meldt dat de Russische troepen bij Avdiivka zijn teruggedrongen. "
    "Volgens een woordvoerder zijn daarbij zeker tachtig Russische militairen gedood."
)


def parts(doc: Document, kind: str | None = None) -> list[str]:
    return [doc.text[p.start : p.end] for p in doc.parts if kind is None or p.kind == kind]


def kinds(doc: Document) -> list[str]:
    return [p.kind for p in doc.parts]


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def assert_offsets_map(doc: Document) -> None:
    """Every word of the cleaned text maps to the same word in raw (repaired breaks aside)."""
    for p in doc.parts:
        for end in (p.start, p.end - 1):
            assert doc.raw[doc.offsets.to_raw(end)] == doc.text[end] or doc.text[end] in "ëï"
    for m in re.finditer(r"\w+", doc.text):
        s, e = doc.raw_span(m.start(), m.end())
        raw_word = doc.raw[s:e]
        if raw_word == m.group():
            continue
        repaired = re.sub(r"-\s+|\u00ad", "", raw_word)  # a hyphenation repaired across lines
        assert fold(repaired) == fold(m.group()), (m.group(), raw_word)


def test_pdf_style_article_is_cut_into_parts(article: str) -> None:
    doc = ingest_text(article, name="a.txt", origin="a.txt")
    assert kinds(doc) == [
        "title",
        "section",
        "dateline",
        "lead",
        "caption",
        "credit",
        "dateline",
        "byline",
        "body",
        "body",
        "heading",
        "body",
        "page_number",
        "body",
    ]
    assert doc.title == "Kremlin: ‘Offensief bij Koepjansk verloopt volgens plan’"
    assert parts(doc, "section") == ["OORLOG IN OEKRAÏNE"]
    assert parts(doc, "dateline") == ["zaterdag 20 mei 2023", "CHARKIV – MOSKOU"]
    assert parts(doc, "caption") == [
        "Een Oekraïense artilleriebemanning vuurt op Russische stellingen "
        "aan de oever van de rivier de Oskil."
    ]
    assert parts(doc, "credit") == ["foto afp / Anatolii Stepanov"]
    assert parts(doc, "byline") == ["Door Jan de Vries"]
    assert parts(doc, "heading") == ["zware verliezen"]
    assert parts(doc, "page_number") == ["7"]
    assert parts(doc, "lead") == [
        "Het Russische leger zegt rond Koepjansk opnieuw terrein te hebben gewonnen. "
        "Kyiv spreekt dat tegen en meldt zware Russische verliezen."
    ]
    assert doc.author == "Jan de Vries"
    assert doc.date == "2023-05-20"
    assert doc.ingest_stage == "plain"


def test_pdf_style_article_repairs_lines_and_hyphens(article: str) -> None:
    doc = ingest_text(article, name="a.txt", origin="a.txt")
    body = " ".join(parts(doc, "body"))
    assert "  " not in doc.text and "\n" not in body
    assert "de Wagner-huurlingen die" in body  # a name keeps its hyphen
    assert "bloedige en mensenlevensverslindende manier" in body  # a word broken at the line end
    assert "de NAVO-steun van" in body
    assert "de verdediging van Oekraïne, en" in body  # the trema dropped at the break comes back
    assert "de lucht- en zeestrijdkrachten" in body  # an elided compound part
    assert "ministerie van Defensie zijn in de afgelopen week" in body  # a line break is one space
    for furniture in parts(doc, "caption") + parts(doc, "credit") + ["CHARKIV", "Door Jan"]:
        assert furniture not in body


def test_offsets_map_back_to_raw(article: str) -> None:
    doc = ingest_text(article, name="a.txt", origin="a.txt")
    assert_offsets_map(doc)
    caption = next(p for p in doc.parts if p.kind == "caption")
    s, e = doc.raw_span(caption.start, caption.end)
    assert doc.raw[s:e].startswith("Een Oekraïense artilleriebemanning")
    assert doc.raw[s:e].endswith("rivier de Oskil.")


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("mensenlevens", "verslindende", "mensenlevensverslindende"),
        ("Wagner", "huurlingenleger", "Wagner-huurlingenleger"),
        ("zee", "egel", "zee-egel"),
        ("auto", "ongeluk", "auto-ongeluk"),
        ("elite", "eenheden", "elite-eenheden"),
        ("NAVO", "top", "NAVO-top"),
        ("Zuid", "Oekraïne", "Zuid-Oekraïne"),
        ("30", "jarige", "30-jarige"),
        ("F", "16", "F-16"),
        ("Oekra", "iense", "Oekraïense"),
        ("ge", "evacueerd", "geëvacueerd"),
        ("artillerie", "beschietingen", "artilleriebeschietingen"),
    ],
)
def test_line_end_hyphenation(first: str, second: str, joined: str) -> None:
    raw = f"Volgens de gouverneur ging het om een {first}-\n{second} in de buurt van de stad Izjoem."
    layout = repair(raw, has_title=False)
    assert f"een {joined} in de buurt" in layout.text


def test_hyphenated_word_at_sentence_start_is_joined() -> None:
    raw = "De legerleiding zweeg. Tegen-\nstanders van de oorlog werden in Moskou opgepakt."
    assert "Tegenstanders van de oorlog" in repair(raw, has_title=False).text


@pytest.mark.parametrize(
    ("glue", "credit"),
    [
        ("", "beeld afp / Sergey Shestak"),
        (" ", "Beeld ap"),
        (" ", "Foto ANP"),
        (" ", "© Reuters"),
        (" ", "Foto: Reuters"),
        (" ", "(EPA)"),
        (" ", "Foto Petra de Boer / Hollandse Hoogte"),
        ("\n", "Foto Getty Images"),
    ],
)
def test_caption_and_credit_are_cut_from_the_text(glue: str, credit: str) -> None:
    caption = "Oekraïense militairen trekken zich terug uit een dorp bij Bachmoet."
    doc = ingest_text(f"{caption}{glue}{credit}\n\n{BODY}\n", name="c", origin="c")
    assert parts(doc, "caption") == [caption]
    assert parts(doc, "credit") == [credit]
    assert parts(doc, "body") == [BODY]


@pytest.mark.parametrize(
    "sentence",
    [
        "Beeld uit de video waarin de commandant de terugtrekking aankondigt.",
        "Foto's van de verwoeste school gingen snel rond op Telegram.",
        "Het beeld dat de minister schetste, klopt volgens analisten niet.",
    ],
)
def test_credit_words_in_sentences_are_body_text(sentence: str) -> None:
    doc = ingest_text(f"{BODY}\n\n{sentence} {BODY}\n", name="c", origin="c")
    assert "credit" not in kinds(doc)
    assert "caption" not in kinds(doc)


def test_caption_glued_to_a_paragraph_takes_only_its_last_sentence() -> None:
    raw = (
        "De Russische luchtmacht bestookte de stad opnieuw met glijbommen, zegt de burgemeester. Bij de \n\n"
        "aanvallen vielen zeker zes doden. Reddingswerkers zoeken in het puin van een flat naar "
        "overlevenden. \n\n"
        "Foto Reuters \n\n\n\n"
        f"{BODY} \n\n"
    )
    doc = ingest_text(raw, name="c", origin="c")
    assert parts(doc, "caption") == ["Reddingswerkers zoeken in het puin van een flat naar overlevenden."]
    assert parts(doc, "body")[0].endswith("vielen zeker zes doden.")
    assert_offsets_map(doc)


def test_paragraph_interrupted_by_furniture_is_rejoined() -> None:
    raw = (
        "Volgens de Oekraïense inlichtingendienst heeft Rusland in de afgelopen maand ruim \n\n"
        "twintigduizend nieuwe rekruten naar het front bij Zaporizja gestuurd, waar de \n\n\n\n"
        "Een tank rijdt door de verwoeste straten van Orichiv.Beeld AFP \n\n\n\n"
        "12 \n\n\n\n"
        "verdedigingslinies volgens Britse analisten al maanden nauwelijks zijn verschoven. \n\n"
    )
    doc = ingest_text(raw, name="c", origin="c")
    assert kinds(doc) == ["body", "caption", "credit", "page_number"]
    assert "gestuurd, waar de verdedigingslinies volgens Britse" in parts(doc, "body")[0]
    assert_offsets_map(doc)


def test_agency_sign_off_does_not_take_body_sentences() -> None:
    doc = ingest_text(f"KIEV (ANP) – {BODY} Kyiv wil de aanval voortzetten. (ANP)\n", name="c", origin="c")
    assert parts(doc, "credit") == ["(ANP)"]
    assert "caption" not in kinds(doc)
    assert parts(doc, "body") == [f"{BODY} Kyiv wil de aanval voortzetten."]


def test_font_hints_label_lines() -> None:
    raw = "Kyiv meldt doorbraak\nHet leger zegt dat de linies zijn\ndoorbroken.\nSoldaten bij de Oskil.\n4"
    starts = [m.start() for m in re.finditer(r"^", raw, re.M)]
    hints = dict(zip(starts, ["title", "body", "body", "caption", "page_number"], strict=True))
    layout = repair(raw, hints=hints)
    assert [(p.kind, layout.text[p.start : p.end]) for p in layout.parts] == [
        ("title", "Kyiv meldt doorbraak"),
        ("body", "Het leger zegt dat de linies zijn doorbroken."),
        ("caption", "Soldaten bij de Oskil."),
        ("page_number", "4"),
    ]


def test_empty_text() -> None:
    layout = repair(" \n\n\t\n")
    assert layout.text == "" and layout.parts == []


def test_inline_dateline_is_cut_off() -> None:
    doc = ingest_text(f"KIEV (ANP) – {BODY}\n", name="c", origin="c")
    assert parts(doc, "dateline") == ["KIEV (ANP) –"]
    assert parts(doc, "body") == [BODY]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Door Jan Jansen", "Jan Jansen"),
        ("Door Petra de Boer en Kees van der Linden", "Petra de Boer en Kees van der Linden"),
        ("Van onze correspondent", None),
        ("Van onze correspondent Anna Visser", "Anna Visser"),
        ("Tekst: Merel Bakker", "Merel Bakker"),
    ],
)
def test_bylines(line: str, author: str | None) -> None:
    doc = ingest_text(f"{line}\n\n{BODY}\n", name="c", origin="c")
    assert parts(doc, "byline") == [line]
    assert doc.author == author
    assert byline_author(line) == author


def test_sentence_starting_with_door_is_no_byline() -> None:
    doc = ingest_text(f"{BODY}\n\nDoor Russische beschietingen viel de stroom uit.\n", name="c", origin="c")
    assert "byline" not in kinds(doc)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("zaterdag 20 mei 2023", "2023-05-20"),
        ("Het Dagblad, 3 sept. 2022, pagina 4", "2022-09-03"),
        ("2023-05-23", "2023-05-23"),
        ("2023-05-23T08:30:00+02:00", "2023-05-23"),
        ("23-5-2023", "2023-05-23"),
        ("op 25 februari kwam een ander bericht", None),
        ("31 februari 2023", None),
    ],
)
def test_dates(text: str, iso: str | None) -> None:
    assert find_date(text) == iso
    assert parse_date(text) == iso


def test_dates_in_body_text_are_not_the_publication_date() -> None:
    doc = ingest_text(
        f"Titel van het stuk\n\nSinds 24 februari 2022 is het oorlog. {BODY}\n", name="c", origin="c"
    )
    assert doc.date is None


def test_one_paragraph_per_line_text() -> None:
    raw = f"Oekraïne heroverd dorp bij Charkiv\n{BODY}\nTegenoffensief\n{BODY} Dat meldt de staf.\n"
    doc = ingest_text(raw, name="c", origin="c")
    assert kinds(doc) == ["title", "body", "heading", "body"]
    assert doc.title == "Oekraïne heroverd dorp bij Charkiv"


def test_text_starting_mid_sentence_has_no_title() -> None:
    raw = (
        "De strijd om de stad is inmiddels de langste slag in de nu ruim een jaar durende oorlog van \n\n"
        "Rusland tegen Oekraïne. Het is een symbool geworden voor de oorlogsellende in het oosten. \n\n"
        "Volgens de Britse inlichtingendienst zijn aan beide kanten tienduizenden militairen gesneuveld. \n\n"
        "Niemand weet hoe lang de gevechten nog zullen duren, zeggen analisten in Londen en Kyiv. \n\n"
    )
    doc = ingest_text(raw, name="c", origin="c")
    assert "title" not in kinds(doc)
    assert doc.title is None
    assert "oorlog van Rusland tegen Oekraïne" in doc.text


def test_given_title_is_put_above_the_text() -> None:
    doc = ingest_text(BODY, name="c", origin="c", title="Russen teruggedrongen", date="12 juni 2023")
    assert kinds(doc) == ["title", "body"]
    assert doc.title == "Russen teruggedrongen"
    assert doc.raw.startswith("Russen teruggedrongen\n\n")
    assert doc.date == "2023-06-12"


def test_same_text_gets_same_id() -> None:
    a = ingest_text(PDF_STYLE_ARTICLE, name="a", origin="a")
    b = ingest_text(PDF_STYLE_ARTICLE, name="b", origin="b")
    assert a.id == b.id and len(a.id) == 16


def test_plain_text_ingest_is_fast(article: str) -> None:
    raw = article * 3  # about 5 kB
    ingest_text(raw, name="p", origin="p")
    runs = 20
    start = time.perf_counter()
    for _ in range(runs):
        ingest_text(raw, name="p", origin="p")
    per_doc = (time.perf_counter() - start) / runs
    assert per_doc < 0.025, f"{per_doc * 1000:.1f} ms for {len(raw)} characters"


@pytest.mark.shared
def test_shared_samples_keep_furniture_out_of_the_body(shared: Path) -> None:
    samples = sorted((shared / "samples").glob("*.txt"))
    if not samples:
        pytest.skip(f"no samples in {shared / 'samples'}")
    docs = [d for d in read_inputs([str(p) for p in samples]) if isinstance(d, Document)]
    assert len(docs) == len(samples)
    for doc in docs:
        assert doc.title, doc.name
        claim_text = " ".join(doc.text[p.start : p.end] for p in doc.parts if p.kind in CLAIM_PARTS)
        furniture = [doc.text[p.start : p.end] for p in doc.parts if p.kind in ("caption", "credit")]
        assert furniture, f"{doc.name}: no caption found"
        for span in furniture:
            assert span not in claim_text, (doc.name, span)
        assert not re.search(r"(?i)\b(?:beeld|foto)\s+(?:afp|ap|anp|reuters|epa)\b", claim_text), doc.name
        assert_offsets_map(doc)
    by_name = {d.name: d for d in docs}
    if "000_ce88169f04717a1b.txt" in by_name:
        assert by_name["000_ce88169f04717a1b.txt"].title.startswith("President Zelensky:")


@pytest.mark.shared
def test_shared_dev_texts_title_on_first_line(shared: Path) -> None:
    texts = sorted((shared / "dev" / "texts").glob("*.txt"))
    if not texts:
        pytest.skip(f"no dev texts in {shared / 'dev' / 'texts'}")
    for path in texts:
        (doc,) = read_inputs([str(path)])
        assert isinstance(doc, Document)
        first_line = path.read_text(encoding="utf-8").splitlines()[0].strip()
        assert doc.title == first_line
        assert [p.kind for p in doc.parts][:2] == ["title", "body"]
        assert_offsets_map(doc)


def test_capitalised_word_broken_at_line_end_joins_when_the_article_attests_the_whole_word() -> None:
    from claimgraph.ingest import ingest_text

    raw = ("De Russische troepen rukken op. Volgens het leger zijn de Rus-\n\nsische eenheden uitgeput. "
           "De Wagner-\n\nhuurlingen trokken zich terug.\n")
    text = ingest_text(raw, name="x", origin="x").text
    assert "de Russische eenheden" in text
    assert "De Wagner-huurlingen" in text
