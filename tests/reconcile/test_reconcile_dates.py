"""Relative Dutch dates resolved against a publication date, each keeping the span it came from."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.reconcile.dates import Timeline, add_months, choose, count, resolve_text

PUB = "2023-03-08"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "words", "kind", "start", "end"),
    [
        ("Vorige week vielen 1100 doden.", "Vorige week", "window", "2023-02-27", "2023-03-05"),
        ("Dat gebeurde in februari.", "in februari", "window", "2023-02-01", "2023-02-28"),
        ("Sinds de zomer zijn 300 doden gevallen.", "Sinds de zomer", "since", "2022-06-01", PUB),
        ("Na een slag van 293 dagen viel de stad.", "293 dagen", "window", "2022-05-19", PUB),
        ("Afgelopen zaterdag was er een oproep.", "Afgelopen zaterdag", "day", "2023-03-04", "2023-03-04"),
        ("Zelensky zei maandagavond dat het zo was.", "maandagavond", "day", "2023-03-06", "2023-03-06"),
        ("Eind januari kwam het eerste bericht.", "Eind januari", "window", "2023-01-21", "2023-01-31"),
        ("Sinds februari vorig jaar zijn er 500 gedood.", "Sinds februari vorig jaar", "since",
         "2022-02-01", PUB),
        ("Op 25 februari kwam een ander bericht.", "Op 25 februari", "day", "2023-02-25", "2023-02-25"),
        ("In december noemde hij de stad een fort.", "In december", "window", "2022-12-01", "2022-12-31"),
        ("Sinds het begin van de oorlog vielen er 20.000.", "Sinds het begin van de oorlog", "since",
         "2022-02-24", PUB),
        ("Drie dagen geleden viel het dorp.", "Drie dagen geleden", "day", "2023-03-05", "2023-03-05"),
        ("In de afgelopen drie weken sneuvelden er 900.", "In de afgelopen drie weken", "window",
         "2023-02-15", PUB),
        ("Gisteravond meldde Kyiv een aanval.", "Gisteravond", "day", "2023-03-07", "2023-03-07"),
        ("Het afgelopen weekend was het rustig.", "Het afgelopen weekend", "window", "2023-03-04",
         "2023-03-05"),
        ("In 2022 verloor Rusland veel tanks.", "In 2022", "window", "2022-01-01", "2022-12-31"),
        ("Begin maart stonden de troepen klaar.", "Begin maart", "window", "2023-03-01", "2023-03-10"),
        ("De nu ruim een jaar durende oorlog.", "ruim een jaar", "window", "2022-03-08", PUB),
        ("Zaterdag 20 mei 2023 viel de stad.", "Zaterdag 20 mei 2023", "day", "2023-05-20", "2023-05-20"),
        ("Vorige maand kwamen 400 burgers om.", "Vorige maand", "window", "2023-02-01", "2023-02-28"),
        ("Dit jaar zijn er al 30 aanvallen geweest.", "Dit jaar", "window", "2023-01-01", "2023-12-31"),
        ("Afgelopen winter was het front bevroren.", "Afgelopen winter", "window", "2022-12-01",
         "2023-02-28"),
        ("Afgelopen zomer was het front in beweging.", "Afgelopen zomer", "window", "2022-06-01",
         "2022-08-31"),
        ("Deze winter werd er hard gevochten.", "Deze winter", "window", "2022-12-01", "2023-02-28"),
        ("Vanaf 10 mei 2022 werd de stad beschoten.", "Vanaf 10 mei 2022", "since", "2022-05-10", PUB),
        ("Op 3 jan. kwam het bericht.", "Op 3 jan.", "day", "2023-01-03", "2023-01-03"),
    ],
)
def test_relative_dates(text: str, words: str, kind: str, start: str, end: str) -> None:
    periods = resolve_text(text, PUB, base=100)
    assert len(periods) == 1, periods
    p = periods[0]
    assert (p.kind, p.start, p.end) == (kind, date.fromisoformat(start), date.fromisoformat(end))
    i = text.index(words)
    assert p.span == (100 + i, 100 + i + len(words))
    assert p.text == words


@pytest.mark.parametrize("text", [
    "Wagner-baas Prigozjin meldde de inname.",
    "De 580e houwitser artillerie divisie.",
    "Op sommige dagen vielen er achttien golven aan.",
    "Hij sprak met de Moscow Times.",
    "Jan de Vries schreef het op.",  # a first name, not January
    "Het dorp ligt in de Donbas.",
])  # fmt: skip
def test_no_time_expression(text: str) -> None:
    assert resolve_text(text, PUB) == []


def test_a_date_ahead_of_publication_is_last_years() -> None:
    (p,) = resolve_text("Op 10 mei bezocht de BBC de stad.", "2023-03-08")
    assert p.start == date(2022, 5, 10)
    (p,) = resolve_text("Op 10 mei bezocht de BBC de stad.", "2023-05-21")
    assert p.start == date(2023, 5, 10)


def test_anaphora_and_shifts_lean_on_the_sentence_before() -> None:
    tl = Timeline(date(2023, 3, 8))
    (monday,) = tl.scan("Zelensky zei maandagavond dat de stad standhoudt.", 0)
    day, week = tl.scan("Een dag eerder meldde hij dat in minder dan een week tijd 1100 Russen vielen.", 60)
    third = "Het ministerie zei in diezelfde tijd meer dan 220 Oekraïners te hebben gedood."
    (same,) = tl.scan(third, 160)
    assert monday.start == date(2023, 3, 6)
    assert (day.kind, day.start, day.anchor) == ("day", date(2023, 3, 5), "previous")
    # The duration ends at the day the sentence is about (Sunday), not at publication.
    assert (week.start, week.end) == (date(2023, 2, 26), date(2023, 3, 5))
    assert (same.start, same.end, same.rule) == (week.start, week.end, "time.same")
    assert same.text == "in diezelfde tijd" and same.span[0] == 160 + third.index("in diezelfde")


def test_without_publication_date_periods_stay_unresolved_but_labelled() -> None:
    tl = Timeline(None)
    (week,) = tl.scan("Vorige week vielen bij Soledar 300 doden.")
    (same,) = tl.scan("In dezelfde periode verloor Rusland er 900.")
    assert not week.resolved and week.label == "vorige week"
    assert not same.resolved and same.label == "vorige week"  # the antecedent's label: same group
    (absolute,) = resolve_text("Op 24 februari 2022 begon de invasie.", None)
    assert absolute.resolved and absolute.start == date(2022, 2, 24)
    assert resolve_text("In diezelfde tijd vielen er 200.", None) == []  # nothing to refer to


def test_choose_prefers_the_expression_inside_then_the_nearest() -> None:
    text = "Een dag eerder meldde hij dat in minder dan een week tijd 1100 Russische militairen vielen."
    periods = resolve_text(text, PUB)
    s = text.index("1100")
    assert choose(periods, s, s + 25).text == "in minder dan een week tijd"
    d = text.index("een week")
    assert choose(periods, d, d + 8).text == "in minder dan een week tijd"  # overlapping wins
    assert choose([], 0, 5) is None


@pytest.mark.parametrize(("word", "value"), [
    ("293", 293), ("negen", 9), ("een", 1), ("één", 1), ("vijfentwintig", 25),
    ("drieëntwintig", 23), ("anderhalf", 1.5), ("1.100", 1100), ("zware", None),
])  # fmt: skip
def test_count(word: str, value: float | None) -> None:
    assert count(word) == value


def test_add_months_clamps_the_day() -> None:
    assert add_months(date(2023, 3, 31), -1) == date(2023, 2, 28)
    assert add_months(date(2023, 1, 15), -2) == date(2022, 11, 15)
