"""Segmentation: exact token and sentence spans on Dutch text written for these tests."""

import pytest

from claimgraph.analyse.segment import segment, split_sentences, tokenize
from claimgraph.document import Document, OffsetMap, Part, content_id


def _doc(text: str, parts: list[Part] | None = None) -> Document:
    return Document(content_id(text), "t.txt", "t.txt", text, text, OffsetMap(),
                    parts or [Part("body", 0, len(text))])


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    "text,tokens",
    [
        ("Er vielen 1.100 doden.", ["Er", "vielen", "1.100", "doden", "."]),
        ("Het kostte 2,5 miljard euro.", ["Het", "kostte", "2,5", "miljard", "euro", "."]),
        ("De Wagner-baas sprak zo'n uur.", ["De", "Wagner-baas", "sprak", "zo'n", "uur", "."]),
        ("Hij kwam ’s avonds terug.", ["Hij", "kwam", "’s", "avonds", "terug", "."]),
        ("‘We houden stand’, zei hij.", ["‘", "We", "houden", "stand", "’", ",", "zei", "hij", "."]),
        ("Dat gebeurde o.a. in Lyman.", ["Dat", "gebeurde", "o.a.", "in", "Lyman", "."]),
        ("De 580e divisie vocht.", ["De", "580e", "divisie", "vocht", "."]),
    ],
)
def test_tokens(text: str, tokens: list[str]) -> None:
    assert [text[t.start : t.end] for t in tokenize(text)] == tokens


@pytest.mark.parametrize(
    "text,expected",
    [
        ("De stad viel. Het leger trok zich terug.", ["De stad viel.", "Het leger trok zich terug."]),
        # A closing quotation mark belongs to the sentence it ends.
        ("‘We vechten door.’ De generaal zweeg.", ["‘We vechten door.’", "De generaal zweeg."]),
        # Abbreviations and initials do not end a sentence.
        ("Dat zei dr. Jansen gisteren. Ook prof. De Vries sprak.",
         ["Dat zei dr. Jansen gisteren.", "Ook prof. De Vries sprak."]),
        ("Volgens J. Peters is de linie sterk. Hij woont in Kyiv.",
         ["Volgens J. Peters is de linie sterk.", "Hij woont in Kyiv."]),
        # A question and an exclamation end sentences too; a lower-case word after a period does not
        # start one (a broken abbreviation is more likely than a sentence start).
        ("Wat nu? Niemand weet het! ca. tien man bleef.",
         ["Wat nu?", "Niemand weet het! ca. tien man bleef."]),
        ("Er vielen 1.100 doden. 300 soldaten raakten gewond.",
         ["Er vielen 1.100 doden.", "300 soldaten raakten gewond."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_sentences_never_cross_parts() -> None:
    text = "Zware gevechten bij Kupjansk Foto AFP De Russen rukten op."
    cut = text.index("Foto")
    cut2 = text.index("De Russen")
    doc = _doc(text, [Part("body", 0, cut - 1), Part("credit", cut, cut2 - 1), Part("body", cut2, len(text))])
    segment(doc)
    assert [text[s.start : s.end] for s in doc.sentences] == [
        "Zware gevechten bij Kupjansk", "Foto AFP", "De Russen rukten op."]
    assert [s.part for s in doc.sentences] == [0, 1, 2]
    assert [s.index for s in doc.sentences] == [0, 1, 2]
