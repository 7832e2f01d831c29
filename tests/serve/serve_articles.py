"""Short Dutch war reports written for these tests (fictional people, outlets and figures).

Together they hold quotes with named speakers, numeric claims that contradict each other across
articles (dead at Kupjansk by Moscow's and by Kyiv's count), a capture claimed and denied, page
furniture (caption, credit), a later revised figure for the timeline, and an article whose text
and title carry HTML that must show as text.
"""

from __future__ import annotations

# (name, outlet, date, title, text)
ARTICLES: list[tuple[str, str, str, str, str]] = [
    (
        "2023-09-12_noorden_kupjansk.txt", "Het Noorden", "2023-09-12",
        "Moskou claimt Kupjansk, Kyiv ontkent",
        """Het Russische ministerie van Defensie meldde maandag dat Kupjansk is ingenomen. \
„De stad is volledig in onze handen”, zei woordvoerder Igor Konasjenkov. Volgens het ministerie \
zijn bij de gevechten om Kupjansk ruim 1.200 Oekraïense militairen gedood.

Oekraïense militairen in een loopgraaf bij Kupjansk. Foto Reuters

De Oekraïense generale staf spreekt dat tegen. „Kupjansk is niet gevallen”, zei woordvoerder \
Andri Kovalenko. Volgens de generale staf zijn bij Kupjansk ten hoogste 150 Oekraïense militairen \
omgekomen.""",
    ),
    (
        "2023-09-13_zuid_kupjansk.txt", "Dagblad Zuid", "2023-09-13",
        "Zelensky: Kupjansk blijft Oekraïens",
        """President Volodymyr Zelensky zei dinsdag in zijn videotoespraak dat Kupjansk in Oekraïense \
handen blijft. „Wij geven geen meter op”, zei hij. Volgens Kyiv zijn bij Kupjansk deze week \
400 Russische militairen gedood.

Militair analist Pieter Hendriks waarschuwt voor de cijfers van beide kanten. „Niemand weet hoeveel \
doden er echt zijn gevallen”, zegt Hendriks.""",
    ),
    (
        "2023-09-14_noorden_analyse.txt", "Het Noorden", "2023-09-14",
        "Analist: <script>alert('xss')</script> cijfers onbetrouwbaar",
        """Analist Marieke de Vries vindt de cijfers van beide partijen onbetrouwbaar. „Beide partijen \
overdrijven de verliezen van de ander. <script>alert('xss')</script> is wat ik zou schrijven als \
ik een hacker was”, zei De Vries. Ze schat dat bij Kupjansk sinds augustus <b>3.000</b> militairen \
zijn gesneuveld.""",
    ),
    (
        "2023-09-20_zuid_kupjansk.txt", "Dagblad Zuid", "2023-09-20",
        "Moskou verhoogt verliescijfer Kupjansk",
        """Het Russische ministerie van Defensie meldde woensdag dat bij Kupjansk ruim 2.000 Oekraïense \
militairen zijn gedood. „Kupjansk is bevrijd”, zei woordvoerder Igor Konasjenkov opnieuw. De \
Oekraïense generale staf zei dat Kupjansk niet is ingenomen.""",
    ),
]

# Pasted in the upload test: its claims must appear after the background analysis.
UPLOAD = (
    "Volgens de Oekraïense generale staf zijn bij Lyman dinsdag 85 Russische militairen gedood. "
    "„Lyman blijft in onze handen”, zei woordvoerder Serhi Tsjerevaty."
)
UPLOAD_TITLE = "Zware gevechten bij Lyman"
