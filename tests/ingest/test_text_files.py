"""Text files on disk: encodings, bad files, folders, stdin and the size limit."""

from __future__ import annotations

import io
import logging
import os
import time
from pathlib import Path

import pytest

from claimgraph.document import Document
from claimgraph.ingest import IngestError, read_inputs
from claimgraph.ingest.text import MAX_DOCUMENT_BYTES, decode_bytes

ARTICLE = (
    "Oekraïne meldt zware gevechten bij Bachmoet\n\n"
    "Het Oekraïense leger zegt dat de Russische troepen ‘één voor één’ de flats van de stad innemen. "
    "Volgens de generale staf vielen zondag zeker veertig doden aan Russische zijde.\n"
)


def read_one(path: Path | str) -> Document | IngestError:
    (item,) = list(read_inputs([str(path)]))
    return item


def as_doc(item: Document | IngestError) -> Document:
    assert isinstance(item, Document), str(item)
    return item


def as_error(item: Document | IngestError) -> IngestError:
    assert isinstance(item, IngestError), f"expected an error, got a document {item!r}"
    return item


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32", "cp1252", "latin-1"],
)
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = ARTICLE if encoding not in ("latin-1",) else ARTICLE.replace("‘", "'").replace("’", "'")
    if encoding == "utf-16-le-bom":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    path = tmp_path / "artikel.txt"
    path.write_bytes(data)
    doc = as_doc(read_one(path))
    assert doc.raw == text
    assert doc.title == "Oekraïne meldt zware gevechten bij Bachmoet"
    assert "‘één voor één’" in doc.text or "'één voor één'" in doc.text


def test_utf16_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "artikel.txt"
    path.write_bytes(ARTICLE.encode("utf-16-le"))
    assert as_doc(read_one(path)).raw == ARTICLE


def test_mixed_utf8_and_cp1252_is_repaired(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    quote = "De burgemeester spreekt van ‘een ramp’ voor de inwoners van Kramatorsk.\n"
    path = tmp_path / "gemengd.txt"
    path.write_bytes(ARTICLE.encode("utf-8") + quote.encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="claimgraph.ingest.text"):
        doc = as_doc(read_one(path))
    assert doc.raw == ARTICLE + quote
    assert "mixed encodings" in caplog.text


def test_decode_bytes_prefers_cp1252_for_legacy_dutch() -> None:
    text = "Oekraïense troepen heroverden één dorp, zegt de Britse inlichtingendienst – ‘voorlopig’."
    assert decode_bytes(text.encode("cp1252")) == text


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n", "\ufeff\n".encode()])
def test_empty_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "leeg.txt"
    path.write_bytes(content)
    err = as_error(read_one(path))
    assert err.message == "empty"
    assert str(err) == f"{path}: empty"


def test_binary_garbage(tmp_path: Path) -> None:
    path = tmp_path / "rommel.txt"
    path.write_bytes(bytes(range(256)) * 40 + os.urandom(2048))
    assert as_error(read_one(path)).message == "binary file, not text"


def test_binary_without_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "rommel"
    path.write_bytes(bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 200)
    assert as_error(read_one(path)).message == "binary file, not text"


def test_missing_path() -> None:
    err = as_error(read_one("/nonexistent/dir/artikel.txt"))
    assert err.origin == "/nonexistent/dir/artikel.txt"
    assert err.message == "no such file or directory"


def test_unreadable_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("running as root: chmod 000 does not stop root from reading the file")
    path = tmp_path / "geheim.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    try:
        assert as_error(read_one(path)).message == "permission denied"
    finally:
        path.chmod(0o644)


def test_huge_file_is_rejected_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "enorm.txt"
    with open(path, "wb") as f:
        f.write(ARTICLE.encode("utf-8"))
        f.truncate(200 * 1024 * 1024)  # sparse: no 200 MB written to disk
    start = time.perf_counter()
    err = as_error(read_one(path))
    assert time.perf_counter() - start < 1.0
    assert "209.7 MB" in err.message and f"{MAX_DOCUMENT_BYTES / 1e6:.0f} MB limit" in err.message


def test_folder_is_read_recursively_sorted_without_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".verborgen").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a" / "1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "0.text").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "zonder_extensie").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / ".verborgen" / "3.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    docs = [as_doc(d) for d in read_inputs([str(tmp_path)])]
    assert [d.name for d in docs] == ["0.text", "zonder_extensie", "1.txt", "2.txt"]
    assert docs[2].origin == str(tmp_path / "a" / "1.txt")


def test_errors_do_not_stop_the_run(tmp_path: Path) -> None:
    good = tmp_path / "goed.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    items = list(read_inputs([str(empty), "/nonexistent.txt", str(good)]))
    assert [type(i).__name__ for i in items] == ["IngestError", "IngestError", "Document"]


def test_stdin() -> None:
    (doc,) = read_inputs(["-"], stdin=io.StringIO(ARTICLE))
    doc = as_doc(doc)
    assert doc.name == "stdin" and doc.origin == "<stdin>"
    assert doc.title == "Oekraïne meldt zware gevechten bij Bachmoet"


def test_empty_stdin() -> None:
    (err,) = read_inputs(["-"], stdin=io.StringIO("  \n"))
    assert as_error(err).message == "empty"


def test_pdf_saved_as_txt_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "eigenlijk_pdf.txt"
    path.write_bytes(b"%PDF-1.4\n% kapot\n")
    assert "PDF" in as_error(read_one(path)).message


def test_reading_is_lazy(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(ARTICLE, encoding="utf-8")
    items = read_inputs([str(tmp_path)])
    assert isinstance(next(items), Document)  # a generator: nothing read before it is asked for
