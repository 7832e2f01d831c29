"""JSONL, CSV and JSON corpora: streamed records, one error per bad record or file."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from claimgraph.document import Document
from claimgraph.ingest import IngestError, read_inputs
from claimgraph.ingest.text import MAX_DOCUMENT_BYTES

TEXT_1 = (
    "Het Oekraïense leger zegt dat het bij Robotyne verder is opgerukt.\n\n"
    "Volgens de generale staf zijn daarbij zeker dertig Russische militairen gedood."
)
TEXT_2 = "Rusland meldt dat het drie Oekraïense drones boven de Krim heeft neergeschoten."


def items(path: Path) -> list[Document | IngestError]:
    return list(read_inputs([str(path)]))


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "nieuws.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a1",
                "text": TEXT_1,
                "title": "Opmars bij Robotyne",
                "date": "2023-08-23",
                "url": "https://example.org/a1",
                "outlet": "De Dagkrant",
            }
        ),
        "",
        "{dit is geen json",
        json.dumps({"text": "   "}),
        json.dumps(["geen", "object"]),
        json.dumps({"title": "zonder tekst"}),
        json.dumps({"text": TEXT_2}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = items(path)
    assert [type(i).__name__ for i in got] == ["Document"] + ["IngestError"] * 4 + ["Document"]
    first, last = got[0], got[-1]
    assert isinstance(first, Document) and isinstance(last, Document)
    assert first.name == "nieuws.jsonl:a1" and first.origin == f"{path}:1"
    assert first.title == "Opmars bij Robotyne" and first.date == "2023-08-23"
    assert first.url == "https://example.org/a1" and first.outlet == "De Dagkrant"
    assert [p.kind for p in first.parts] == ["title", "body", "body"]
    assert last.name == "nieuws.jsonl:7" and last.origin == f"{path}:7"
    errors = [i for i in got if isinstance(i, IngestError)]
    assert [e.origin for e in errors] == [f"{path}:{n}" for n in (3, 4, 5, 6)]
    assert errors[0].message.startswith("bad JSON")
    assert errors[1].message == "empty text"
    assert "not an object" in errors[2].message
    assert errors[3].message == "no 'text' field"


def test_jsonl_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "groot.ndjson"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(5000):
            f.write(json.dumps({"id": i, "text": TEXT_2}) + "\n")
    stream = read_inputs([str(path)])
    first = next(stream)
    assert isinstance(first, Document) and first.name == "groot.ndjson:0"
    assert sum(1 for _ in stream) == 4999


def test_jsonl_overlong_line_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "lang.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps({"text": "x" * (MAX_DOCUMENT_BYTES + 10)}) + "\n")
        f.write(json.dumps({"text": TEXT_2}) + "\n")
    got = items(path)
    assert isinstance(got[0], IngestError) and "limit" in got[0].message
    assert isinstance(got[1], Document) and got[1].origin == f"{path}:2"


def test_csv_with_quoted_newlines_and_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["ID", "Title", "Text", "Date"])
        w.writerow(["n1", "Opmars bij Robotyne", TEXT_1, "23 augustus 2023"])
        w.writerow(["", "", "", ""])
        w.writerow(["n2", "", "", ""])
        w.writerow(["", "", TEXT_2, ""])
    got = items(path)
    assert [type(i).__name__ for i in got] == ["Document", "IngestError", "Document"]
    doc, err, last = got
    assert isinstance(doc, Document) and isinstance(err, IngestError) and isinstance(last, Document)
    assert doc.name == "export.csv:n1" and doc.origin == f"{path}:2"
    assert doc.date == "2023-08-23"
    assert "Volgens de generale staf" in doc.text
    assert err.origin == f"{path}:6" and err.message == "empty text"  # n1's text spans lines 2-4
    assert last.name == "export.csv:7" and last.origin == f"{path}:7"


def test_csv_without_text_column_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "fout.csv"
    path.write_text("id,kop,inhoud\n1,a,b\n2,c,d\n", encoding="utf-8")
    (err,) = items(path)
    assert isinstance(err, IngestError)
    assert err.origin == str(path)
    assert err.message == "no 'text' column; columns are: id, kop, inhoud"


def test_csv_large_field_and_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    big = ("De beschietingen van Cherson gingen de hele nacht door. " * 4000).strip()
    path.write_bytes(f'text,title\n"{big}",Cherson onder vuur\n"{TEXT_2}",\n'.encode("cp1252"))
    got = items(path)
    assert all(isinstance(d, Document) for d in got), [str(d) for d in got]
    assert got[0].title == "Cherson onder vuur" and len(got[0].text) > 200_000
    assert "Oekraïense" in got[1].text


def test_json_list_and_single_object(tmp_path: Path) -> None:
    many = tmp_path / "lijst.json"
    many.write_text(json.dumps([{"text": TEXT_1, "id": 7}, {"text": ""}, {"text": TEXT_2}]), encoding="utf-8")
    got = items(many)
    assert [type(i).__name__ for i in got] == ["Document", "IngestError", "Document"]
    assert got[0].name == "lijst.json:7" and got[2].name == "lijst.json:3"
    assert got[1].origin == f"{many}[1]"
    one = tmp_path / "een.json"
    one.write_text(json.dumps({"text": TEXT_2, "title": "Drones boven de Krim"}), encoding="utf-8")
    (doc,) = items(one)
    assert isinstance(doc, Document) and doc.name == "een.json" and doc.title == "Drones boven de Krim"


def test_json_without_text(tmp_path: Path) -> None:
    path = tmp_path / "anders.json"
    path.write_text(json.dumps({"document": "x.txt", "quotes": []}), encoding="utf-8")
    (err,) = items(path)
    assert isinstance(err, IngestError) and "no 'text'" in err.message
    bad = tmp_path / "kapot.json"
    bad.write_text('{"text": ', encoding="utf-8")
    (err,) = items(bad)
    assert isinstance(err, IngestError) and err.message.startswith("bad JSON")
