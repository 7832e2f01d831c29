"""PDF ingest on PDFs made here with fpdf2: fonts tell title, caption and page number apart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimgraph.document import Document
from claimgraph.ingest import IngestError, read_inputs

fpdf = pytest.importorskip("fpdf", reason="fpdf2 (a dev dependency) makes the test PDFs")

TITLE = "Oekraïne meldt doorbraak bij Koepjansk"
PARA_1 = (
    "Het Oekraïense leger zegt zondag dat het de Russische linies bij Koepjansk heeft doorbroken. "
    "Volgens een woordvoerder van de generale staf zijn sinds donderdag zeker twaalf dorpen heroverd "
    "en zijn daarbij honderden Russische militairen gedood of gevangengenomen."
)
PARA_2 = (
    "Het Russische ministerie van Defensie ontkent dat en spreekt van een mislukte aanval waarbij de "
    "vijand zware verliezen zou hebben geleden. Onafhankelijke bevestiging van beide lezingen ontbreekt, "
    "maar volgens westerse analisten staat de Russische verdediging in het gebied onder grote druk."
)
CAPTION = "Oekraïense soldaten bij een verwoeste brug over de Oskil."
CREDIT = "Foto Reuters"


def _cell(pdf: fpdf.FPDF, height: float, text: str, width: float = 0) -> None:
    pdf.multi_cell(width, height, text, new_x="LMARGIN", new_y="NEXT")


def make_article_pdf(path: Path) -> None:
    pdf = fpdf.FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    _cell(pdf, 10, TITLE)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    _cell(pdf, 5, PARA_1)
    pdf.ln(3)
    pdf.set_font("Helvetica", "I", 7)
    _cell(pdf, 3.5, f"{CAPTION} {CREDIT}")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    _cell(pdf, 5, "Zware verliezen")
    pdf.set_font("Helvetica", "", 10)
    _cell(pdf, 5, PARA_2)
    pdf.set_y(-15)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 5, "3", align="C")
    pdf.output(str(path))


def read_one(path: Path) -> Document | IngestError:
    (item,) = list(read_inputs([str(path)]))
    return item


def parts(doc: Document, kind: str) -> list[str]:
    return [doc.text[p.start : p.end] for p in doc.parts if p.kind == kind]


@pytest.fixture(scope="module")
def article_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "artikel.pdf"
    make_article_pdf(path)
    return path


def test_pdf_parts_from_fonts(article_pdf: Path) -> None:
    doc = read_one(article_pdf)
    assert isinstance(doc, Document), str(doc)
    assert doc.ingest_stage == "pdf-layout"
    assert [p.kind for p in doc.parts] == [
        "title",
        "body",
        "caption",
        "credit",
        "heading",
        "body",
        "page_number",
    ]
    assert doc.title == TITLE
    assert parts(doc, "body") == [PARA_1, PARA_2]  # lines rejoined with single spaces
    assert parts(doc, "caption") == [CAPTION]
    assert parts(doc, "credit") == [CREDIT]
    assert parts(doc, "heading") == ["Zware verliezen"]
    assert parts(doc, "page_number") == ["3"]


def test_pdf_offsets_map_into_extracted_text(article_pdf: Path) -> None:
    doc = read_one(article_pdf)
    assert isinstance(doc, Document)
    assert TITLE in doc.raw and "Zware verliezen" in doc.raw
    for m in re.finditer(r"\w+", doc.text):
        s, e = doc.raw_span(m.start(), m.end())
        assert doc.raw[s:e] == m.group()


def test_two_column_page_is_read_column_by_column(tmp_path: Path) -> None:
    pdf = fpdf.FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    _cell(pdf, 10, TITLE)
    top = pdf.get_y() + 4
    pdf.set_font("Helvetica", "", 10)
    for x, text in ((10, PARA_1), (110, PARA_2)):
        pdf.set_xy(x, top)
        pdf.set_left_margin(x)
        _cell(pdf, 5, text, width=85)
    path = tmp_path / "kolommen.pdf"
    pdf.output(str(path))
    doc = read_one(path)
    assert isinstance(doc, Document), str(doc)
    assert parts(doc, "body") == [PARA_1, PARA_2]


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    image = tmp_path / "scan.png"
    from PIL import Image

    Image.new("RGB", (120, 80), (90, 90, 90)).save(image)
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.image(str(image), x=20, y=20, w=120)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    err = read_one(path)
    assert isinstance(err, IngestError)
    assert err.message == "PDF has no text layer (scanned?); run OCR first"


@pytest.mark.parametrize("keep", [0.5, 0.05])
def test_truncated_pdf(article_pdf: Path, tmp_path: Path, keep: float) -> None:
    data = article_pdf.read_bytes()
    path = tmp_path / "afgebroken.pdf"
    path.write_bytes(data[: int(len(data) * keep)])
    err = read_one(path)
    assert isinstance(err, IngestError)
    assert err.message.startswith("not a readable PDF")
    assert "\n" not in err.message


def test_not_a_pdf_with_pdf_extension(tmp_path: Path) -> None:
    path = tmp_path / "nep.pdf"
    path.write_text("Dit is helemaal geen PDF.", encoding="utf-8")
    err = read_one(path)
    assert isinstance(err, IngestError)
    assert "PDF" in err.message
