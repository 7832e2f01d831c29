"""Shared inputs for the ingest tests: an article in the style of PDF-extracted newspaper text."""

from __future__ import annotations

from pathlib import Path

import pytest

# The project's shared folder (samples, gold) sits beside the repository.
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

# Written for these tests, in the layout the newspaper PDFs give: every line followed by a blank
# line, trailing spaces, words hyphenated at line ends, a caption glued to its credit, an ALL-CAPS
# section label and dateline, a byline, a sub-heading, a page number and runs of blank lines.
PDF_STYLE_ARTICLE = (
    "Kremlin: ‘Offensief bij Koepjansk verloopt volgens plan’ \n\n"
    "OORLOG IN OEKRAÏNE \n\n"
    "zaterdag 20 mei 2023 \n\n"
    "Het Russische leger zegt rond Koepjansk opnieuw terrein te hebben gewonnen. Kyiv spreekt dat \n\n"
    "tegen en meldt zware Russische verliezen. \n"
    " Een Oekraïense artilleriebemanning vuurt op Russische stellingen aan de oever van de \n\n"
    "rivier de Oskil.foto afp / Anatolii Stepanov \n\n"
    "CHARKIV – MOSKOU \n\n"
    "Door Jan de Vries \n\n"
    "De strijd om de stad in het noordoosten van het land duurt inmiddels ruim drie maanden. Volgens \n\n"
    "het Russische ministerie van Defensie zijn in de afgelopen week "
    "‘meer dan 400 Oekraïense militairen’ \n\n"
    "uitgeschakeld. De generale staf in Kyiv noemt dat cijfer ‘volstrekt verzonnen’ "
    "en stelt dat de Wagner-\n\n"
    "huurlingen die aan dit deel van het front vechten in een week zeker 900 man verloren.  \n\n"
    "Een woordvoerder van de landmacht zei dinsdag dat Rusland bij de aanvallen op het dorp \n\n"
    "Synkivka vooral kleine groepen infanteristen inzet. Het is een bloedige en mensenlevens-\n\n"
    "verslindende manier van oorlogvoeren, zei hij. Volgens hem is de NAVO-\n\n"
    "steun van groot belang voor de verdediging van Oekra-\n\n"
    "ine, en zijn de lucht- \n\n"
    "en zeestrijdkrachten van het land nauwelijks betrokken bij de gevechten rond de stad. \n"
    " zware verliezen \n\n"
    "Volgens het Britse ministerie van Defensie heeft Rusland in het gebied ten minste twee \n\n"
    "brigades ingezet die eerder in Bachmoet vochten. Dat zou erop wijzen dat Moskou de aanval op \n\n"
    "Koepjansk hoog op de agenda heeft staan. Onafhankelijke bevestiging ontbreekt. \n\n"
    "\n\n \n\n"
    "7 \n\n"
    "\n\n"
    "Of de stad standhoudt, hangt volgens analisten af van de munitie die het Westen de komende weken \n\n"
    "levert. \n\n"
)


@pytest.fixture
def article() -> str:
    return PDF_STYLE_ARTICLE


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared folder {SHARED} is absent (it sits beside the repository checkout)")
    return SHARED
