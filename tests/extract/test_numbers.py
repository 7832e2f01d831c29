"""The number grammar on token runs: values, compounds, vague plurals, ranges and bounds."""

from __future__ import annotations

import pytest

from claimgraph.extract.numbers import find_numbers, parse_token


@pytest.mark.parametrize(
    "token,value",
    [
        ("1.100", 1100), ("11.000", 11000), ("300.000", 300000), ("2,5", 2.5), ("1100", 1100),
        ("twintig", 20), ("drieëntwintig", 23), ("vijfenveertig", 45), ("eenentwintig", 21),
        ("honderd", 100), ("tweehonderdvijftig", 250), ("duizend", 1000), ("vijfduizend", 5000),
        ("honderdduizend", 100000), ("achttien", 18), ("zeventien", 17), ("elfhonderd", 1100),
        ("anderhalf", 1.5), ("anderhalve", 1.5), ("tweeënhalf", 2.5), ("één", 1),
    ],
)
def test_parse_token(token: str, value: float) -> None:
    assert parse_token(token) == value


@pytest.mark.parametrize("token", ["tweede", "580e", "49ste", "derde", "en", "tienen", "Oekraïne"])
def test_not_a_number(token: str) -> None:
    assert parse_token(token) is None


@pytest.mark.parametrize(
    "text,low,high",
    [
        ("1100 Russische militairen", 1100, 1100),
        ("meer dan 220 Oekraïense soldaten", 220, None),
        ("ruim 1.500 strijders", 1500, None),
        ("minstens 45 soldaten", 45, None),
        ("minimaal honderd", 100, None),
        ("zeker één dode", 1, None),
        ("ten minste 12 doden", 12, None),
        ("ruim boven de honderdduizend", 100000, None),
        ("bijna 300 militairen", None, 300),
        ("bijna de helft", None, 50),
        ("tot wel 40.000 man", None, 40000),
        ("tot dertig keer hoger", None, 30),
        ("maximaal 50 tanks", None, 50),
        ("minder dan een week", None, 1),
        ("ongeveer 4.000 burgers", 4000, 4000),
        ("zo'n 500 gevangenen", 500, 500),
        ("zo’n 500 gevangenen", 500, 500),
        ("pakweg 400 vierkante kilometer", 400, 400),
        ("naar schatting 2.000 militairen", 2000, 2000),
        ("rond de 300 drones", 300, 300),
        ("tussen de 20.000 en 30.000 soldaten", 20000, 30000),
        ("tussen 80 en 120 kilometer", 80, 120),
        ("50 tot 100 man", 50, 100),
        ("5 tot en met 10 dagen", 5, 10),
        ("honderd à tweehonderd militairen", 100, 200),
        ("twintig of dertig vierkante kilometer", 20, 30),
        ("30-40 tanks", 30, 40),
        # A bound before a range hedges it; the range still names both ends.
        ("hooguit zes tot acht weken", 6, 8),
        ("ruim 20 tot 30 procent", 20, 30),
        ("tientallen doden", 10, 99),
        ("honderden burgers", 100, 999),
        ("duizenden inwoners", 1000, 9999),
        ("tienduizenden soldaten", 10000, 99999),
        ("vele tienduizenden militairen", 10000, 99999),
        ("één miljard dollar", 1e9, 1e9),
        ("2,6 miljard euro", 2.6e9, 2.6e9),
        ("250 miljoen euro", 2.5e8, 2.5e8),
        ("meer dan 8 miljoen vluchtelingen", 8e6, None),
        ("ruim een jaar", 1, None),
        ("de afgelopen anderhalve maand", 1.5, 1.5),
        ("nu nog maar de helft", 50, 50),
        ("een kwart van de troepen", 25, 25),
    ],
)
def test_interval(text: str, low: float | None, high: float | None) -> None:
    found = find_numbers(text.lower().split())
    assert found, text
    m = found[0]
    assert (m.low, m.high) == (low, high)


@pytest.mark.parametrize(
    "text",
    ["een dag eerder", "in één klap", "één enkele loopgraaf", "een van de soldaten",
     "de tweede helft van juli", "een paar weken", "de eerste keer"],
)
def test_article_and_ordinal_are_not_numbers(text: str) -> None:
    assert find_numbers(text.lower().split()) == []


def test_coordinated_numbers_are_two_matches() -> None:
    found = find_numbers(["1100", "gedood", "en", "nog", "eens", "1500", "verwond"])
    assert [(m.low, m.high) for m in found] == [(1100, 1100), (1500, 1500)]


def test_part_of_scale_word() -> None:
    """"een half miljoen" is half of the scale word, not 0.5 followed by a million."""
    m = find_numbers("ruim een half miljoen mensen".split())
    assert [(x.low, x.high) for x in m] == [(500000.0, None)]
    m = find_numbers("een kwart miljoen".split())
    assert [(x.low, x.high) for x in m] == [(250000.0, 250000.0)]
    m = find_numbers("een half jaar".split())
    assert [(x.low, x.high) for x in m] == [(0.5, 0.5)]


def test_few_of_scale_word() -> None:
    """"een paar honderd" and "enkele duizend" are orders of magnitude, like "honderden"."""
    m = find_numbers("een paar honderd soldaten".split())
    assert [(x.low, x.high, x.kind) for x in m] == [(100.0, 999.0, "vague")]
    m = find_numbers("enkele duizend man".split())
    assert [(x.low, x.high) for x in m] == [(1000.0, 9999.0)]
    assert find_numbers("een paar dagen".split()) == []
