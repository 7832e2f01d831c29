"""The Frog process pool on real Frog: tags align with our tokens, sentences come back complete."""

import shutil

import pytest

from claimgraph.analyse.base import AnalyserError
from claimgraph.analyse.segment import segment
from claimgraph.analyse.select import select
from claimgraph.document import Document, OffsetMap, Part, content_id

pytestmark = pytest.mark.frog

TEXT = (
    "Poetin zei dinsdag dat de Russische troepen Bachmoet hebben veroverd. "
    "Het weer was grijs en koud. "
    "Volgens het ISW verloor Rusland 1.100 militairen in één week. "
    "‘We geven niets op’, aldus de Oekraïense president."
)


def _doc(text: str) -> Document:
    d = Document(content_id(text), "t.txt", "t.txt", text, text, OffsetMap(), [Part("body", 0, len(text))])
    segment(d)
    return d


@pytest.fixture(scope="module")
def frog():
    if shutil.which("frog") is None:
        pytest.skip("Frog is not installed (Debian package frog); `make setup` installs it")
    from claimgraph.analyse.frog import FrogAnalyser

    a = FrogAnalyser(processes=2)
    yield a
    a.close()


def test_selection_skips_sentences_without_claim_cues() -> None:
    doc = _doc(TEXT)
    chosen = [doc.text[s.start : s.end] for s in select(doc)]
    assert "Het weer was grijs en koud." not in chosen
    assert len(chosen) == 3


def test_tags_and_lemmas_align_with_tokens(frog) -> None:
    doc = _doc(TEXT)
    frog.submit(doc, select(doc)).result(timeout=120)
    first = doc.sentences[0]
    assert first.analysed_by.startswith("frog-")
    by_word = {doc.text[t.start : t.end]: t for t in first.tokens}
    assert by_word["zei"].pos == "WW" and by_word["zei"].lemma == "zeggen"
    assert by_word["troepen"].lemma == "troep"
    assert by_word["Poetin"].pos == "SPEC"
    # The sentence without cues was not sent to Frog.
    assert doc.sentences[1].analysed_by == ""
    assert all(t.tag == "" for t in doc.sentences[1].tokens)
    third = {doc.text[t.start : t.end]: t for t in doc.sentences[2].tokens}
    assert third["1.100"].pos == "TW"


def test_many_documents_over_two_processes_come_back_in_full(frog) -> None:
    docs = [_doc(TEXT.replace("1.100", str(1000 + i))) for i in range(40)]
    futures = [frog.submit(d, d.sentences) for d in docs]
    for f in futures:
        f.result(timeout=300)
    for d in docs:
        assert all(s.analysed_by for s in d.sentences)
        assert all(t.tag for s in d.sentences for t in s.tokens)


def test_missing_frog_is_a_clear_error(monkeypatch) -> None:
    from claimgraph.analyse.frog import FrogAnalyser

    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(AnalyserError, match="Frog is not installed"):
        FrogAnalyser()
