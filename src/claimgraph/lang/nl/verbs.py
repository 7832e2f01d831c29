"""Dutch verbs that introduce claims: speech, cognition and report verbs, and control verbs.

Forms are listed or generated here, not in the logic, because the cheap pass that decides which
sentences get the deep analysis runs before any lemmatiser: it must recognise ``zei``, ``zegt``,
``gezegd`` and ``zeggen`` as the lemma ``zeggen`` from the word form alone.
"""

from __future__ import annotations


def _weak(
    stem: str, *, past_t: bool, participle: str | None = None, infinitive: str | None = None
) -> list[str]:
    """Regular (weak) verb forms from the stem: 'meld' → meld, meldt, melden, meldde, meldden, gemeld.

    ``past_t`` chooses -te/-ten over -de/-den (the 't kofschip rule, decided by the lexicographer
    here rather than computed, since the rule needs the stem's underlying consonant).
    """
    inf = infinitive or stem + "en"
    suffix = "te" if past_t else "de"
    forms = [stem, stem + "t" if not stem.endswith("t") else stem, inf, stem + suffix, stem + suffix + "n"]
    if participle is None:
        participle = "ge" + stem + ("t" if past_t else "d")
        if participle.endswith(("dd", "tt")):
            participle = participle[:-1]
    forms.append(participle)
    return forms


# lemma → word forms. Strong and irregular verbs are listed in full; weak verbs are generated.
SPEECH_VERBS: dict[str, list[str]] = {
    "zeggen": ["zeg", "zegt", "zeggen", "zei", "zeiden", "gezegd", "zegde", "zegden"],
    "spreken": ["spreek", "spreekt", "spreken", "sprak", "spraken", "gesproken"],
    "schrijven": ["schrijf", "schrijft", "schrijven", "schreef", "schreven", "geschreven"],
    "verklaren": _weak("verklaar", past_t=False, participle="verklaard", infinitive="verklaren"),
    "melden": _weak("meld", past_t=False),
    "stellen": _weak("stel", past_t=False, infinitive="stellen"),
    "benadrukken": _weak("benadruk", past_t=True, participle="benadrukt", infinitive="benadrukken"),
    "waarschuwen": _weak("waarschuw", past_t=False, participle="gewaarschuwd"),
    "ontkennen": _weak("ontken", past_t=False, participle="ontkend", infinitive="ontkennen"),
    "beweren": _weak("beweer", past_t=False, participle="beweerd", infinitive="beweren"),
    "claimen": _weak("claim", past_t=False),
    "twitteren": _weak("twitter", past_t=False, participle="getwitterd", infinitive="twitteren"),
    "tweeten": ["tweet", "tweette", "tweetten", "tweeten", "getweet"],
    "denken": ["denk", "denkt", "denken", "dacht", "dachten", "gedacht"],
    "vinden": ["vind", "vindt", "vinden", "vond", "vonden", "gevonden"],
    "menen": _weak("meen", past_t=False, participle="gemeend", infinitive="menen"),
    "geloven": ["geloof", "gelooft", "geloven", "geloofde", "geloofden", "geloofd"],
    "vermoeden": ["vermoed", "vermoedt", "vermoeden", "vermoedde", "vermoedden"],
    "verwachten": _weak("verwacht", past_t=True, participle="verwacht"),
    "betwijfelen": ["betwijfel", "betwijfelt", "betwijfelen", "betwijfelde", "betwijfelden", "betwijfeld"],
    "vertellen": _weak("vertel", past_t=False, participle="verteld", infinitive="vertellen"),
    "zweren": ["zweer", "zweert", "zweren", "zwoer", "zwoeren", "gezworen"],
    "roepen": ["roep", "roept", "roepen", "riep", "riepen", "geroepen"],
    "antwoorden": ["antwoord", "antwoordt", "antwoorden", "antwoordde", "antwoordden", "geantwoord"],
    "bevestigen": _weak("bevestig", past_t=False, participle="bevestigd"),
    "erkennen": _weak("erken", past_t=False, participle="erkend", infinitive="erkennen"),
    "toegeven": ["geef toe", "geeft toe", "gaf toe", "gaven toe", "toegegeven", "toegeven", "toegaf"],
    "aankondigen": [
        "kondigt aan", "kondigde aan", "kondigden aan", "aangekondigd", "aankondigen", "aankondigde"
    ],
    # "afkondigen" (to proclaim: a mobilisation, martial law) names a speech act; its object is a
    # noun, so it only attributes a quoted fragment ("nadat Poetin een ‘…’ afkondigde").
    "afkondigen": [
        "kondigt af", "kondigde af", "kondigden af", "afgekondigd", "afkondigen", "afkondigde", "afkondigden"
    ],
    "mededelen": ["deelt mee", "deelde mee", "deelden mee", "meegedeeld", "mededelen", "medegedeeld"],
    "laten weten": ["laat weten", "liet weten", "lieten weten", "laten weten"],
    "aangeven": ["geeft aan", "gaf aan", "gaven aan", "aangegeven", "aangeven", "aangaf"],
    "opmerken": ["merkt op", "merkte op", "merkten op", "opgemerkt", "opmerken"],
    "toevoegen": ["voegt toe", "voegde toe", "voegden toe", "toegevoegd", "toevoegen"],
    "uitleggen": ["legt uit", "legde uit", "legden uit", "uitgelegd", "uitleggen", "uitlegde", "uitlegden"],
    "vragen": ["vraag", "vraagt", "vragen", "vroeg", "vroegen", "gevraagd"],
    "rapporteren": _weak("rapporteer", past_t=False, participle="gerapporteerd", infinitive="rapporteren"),
    "berichten": _weak("bericht", past_t=True, participle="bericht"),
    "concluderen": _weak("concludeer", past_t=False, participle="geconcludeerd", infinitive="concluderen"),
    "schatten": _weak("schat", past_t=True, participle="geschat", infinitive="schatten"),
    "noemen": _weak("noem", past_t=False),
    "beschrijven": ["beschrijf", "beschrijft", "beschrijven", "beschreef", "beschreven"],
    "dreigen": _weak("dreig", past_t=False),
    "beloven": ["beloof", "belooft", "beloven", "beloofde", "beloofden", "beloofd"],
    "eisen": ["eis", "eist", "eisen", "eiste", "eisten", "geëist"],
    "onderstrepen": ["onderstreep", "onderstreept", "onderstrepen", "onderstreepte", "onderstreepten"],
    "reageren": _weak("reageer", past_t=False, participle="gereageerd", infinitive="reageren"),
    "omschrijven": ["omschrijf", "omschrijft", "omschrijven", "omschreef", "omschreven"],
    "fluisteren": _weak("fluister", past_t=False, participle="gefluisterd", infinitive="fluisteren"),
    "verzekeren": _weak("verzeker", past_t=False, participle="verzekerd", infinitive="verzekeren"),
    "onthullen": _weak("onthul", past_t=False, participle="onthuld", infinitive="onthullen"),
    "constateren": _weak("constateer", past_t=False, participle="geconstateerd", infinitive="constateren"),
    "vaststellen": ["stelt vast", "stelde vast", "stelden vast", "vastgesteld", "vaststellen"],
    "bekendmaken": ["maakt bekend", "maakte bekend", "maakten bekend", "bekendgemaakt", "bekendmaken"],
    "betogen": ["betoog", "betoogt", "betogen", "betoogde", "betoogden", "betoogd"],
    "suggereren": _weak("suggereer", past_t=False, participle="gesuggereerd", infinitive="suggereren"),
    "herhalen": ["herhaal", "herhaalt", "herhalen", "herhaalde", "herhaalden", "herhaald"],
    "vrezen": ["vrees", "vreest", "vrezen", "vreesde", "vreesden", "gevreesd"],
    "hopen": ["hoop", "hoopt", "hopen", "hoopte", "hoopten", "gehoopt"],
    "tegenspreken": ["spreekt tegen", "sprak tegen", "spraken tegen", "tegengesproken", "tegenspreken"],
    "posten": ["post", "postte", "postten", "gepost"],
    "publiceren": _weak("publiceer", past_t=False, participle="gepubliceerd", infinitive="publiceren"),
    "wijzen": ["wijst erop", "wijzen erop", "wees erop", "wezen erop"],
    "inschatten": ["schat in", "schatte in", "schatten in", "ingeschat", "inschatten"],
    "afdoen": ["doet af", "deed af", "deden af", "afgedaan", "afdoen"],
    "zien": ["ziet", "zien", "zag", "zagen"],
    "weerspreken": ["weerspreek", "weerspreekt", "weerspreken", "weersprak", "weerspraken", "weersproken"],
    "klagen": _weak("klaag", past_t=False, participle="geklaagd", infinitive="klagen"),
    # Round 4: verbs of asserting, arguing, computing and accusing that real reports use as often
    # as "zeggen" ("hield vol dat", "becijferde dat", "verwijt Kyiv dat").
    "volhouden": ["houdt vol", "hield vol", "hielden vol", "volgehouden", "volhouden", "volhield"],
    "aanvoeren": ["voert aan", "voerde aan", "voerden aan", "aangevoerd", "aanvoeren"],
    "beklemtonen": _weak("beklemtoon", past_t=False, participle="beklemtoond", infinitive="beklemtonen"),
    "verkondigen": _weak("verkondig", past_t=False, participle="verkondigd"),
    "becijferen": _weak("becijfer", past_t=False, participle="becijferd", infinitive="becijferen"),
    "berekenen": _weak("bereken", past_t=False, participle="berekend", infinitive="berekenen"),
    "voorrekenen": ["rekent voor", "rekende voor", "rekenden voor", "voorgerekend", "voorrekenen"],
    "uitrekenen": ["rekent uit", "rekende uit", "rekenden uit", "uitgerekend", "uitrekenen"],
    "toelichten": ["licht toe", "lichtte toe", "lichtten toe", "toegelicht", "toelichten"],
    "vermelden": _weak("vermeld", past_t=False, participle="vermeld"),
    "signaleren": _weak("signaleer", past_t=False, participle="gesignaleerd", infinitive="signaleren"),
    "verklappen": _weak("verklap", past_t=True, participle="verklapt", infinitive="verklappen"),
    "bezweren": ["bezweer", "bezweert", "bezweren", "bezwoer", "bezwoeren", "bezworen"],
    "garanderen": _weak("garandeer", past_t=False, participle="gegarandeerd", infinitive="garanderen"),
    "opperen": _weak("opper", past_t=False, participle="geopperd", infinitive="opperen"),
    "veronderstellen": _weak(
        "veronderstel", past_t=False, participle="verondersteld", infinitive="veronderstellen"
    ),
    "voorspellen": _weak("voorspel", past_t=False, participle="voorspeld", infinitive="voorspellen"),
    "achten": ["acht", "achten", "achtte", "achtten", "geacht"],
    "oordelen": _weak("oordeel", past_t=False, participle="geoordeeld", infinitive="oordelen"),
    "beseffen": _weak("besef", past_t=True, participle="beseft", infinitive="beseffen"),
    "preciseren": _weak("preciseer", past_t=False, participle="gepreciseerd", infinitive="preciseren"),
    "verwijten": ["verwijt", "verwijten", "verweet", "verweten"],
    "beschuldigen": _weak("beschuldig", past_t=False, participle="beschuldigd"),
    "aantonen": ["toont aan", "toonde aan", "toonden aan", "aangetoond", "aantonen"],
    "bestrijden": ["bestrijdt", "bestrijden", "bestreed", "bestreden"],
    "betwisten": _weak("betwist", past_t=True, participle="betwist"),
    "weerleggen": ["weerlegt", "weerleggen", "weerlegde", "weerlegden", "weerlegd"],
    "aldus": ["aldus"],
    "volgens": ["volgens"],
}

# Verbs and participles that say a place changed hands or is held.
CONTROL_VERBS: dict[str, list[str]] = {
    "veroveren": ["verover", "verovert", "veroveren", "veroverde", "veroverden", "veroverd"],
    "heroveren": ["herover", "herovert", "heroveren", "heroverde", "heroverden", "heroverd"],
    "innemen": ["neemt in", "nam in", "namen in", "ingenomen", "innemen", "innam", "innamen", "inname"],
    "vallen": ["valt", "vallen", "viel", "vielen", "gevallen"],
    "bevrijden": ["bevrijd", "bevrijdt", "bevrijden", "bevrijdde", "bevrijdden"],
    "omsingelen": ["omsingel", "omsingelt", "omsingelen", "omsingelde", "omsingelden", "omsingeld"],
    "bezetten": ["bezet", "bezetten", "bezette", "bezetting"],
    "controleren": ["controleert", "controleren", "controleerde", "controleerden", "gecontroleerd"],
    "houden": ["houdt stand", "hielden stand", "hield stand", "standhouden", "stand"],
    "handen": ["handen"],
    # Losing a place: the loser no longer holds it ("Rusland verloor Lyman", "X is verloren").
    "verliezen": ["verliest", "verliezen", "verloor", "verloren"],
    # Clearing a place of the enemy: the one who cleared it holds it ("Lyman is gezuiverd").
    "zuiveren": ["gezuiverd", "zuiverde", "zuiverden"],
    # A completed withdrawal: the side that left no longer holds the place.
    "terugtrekken": ["teruggetrokken", "trok terug", "trokken terug"],
    "verlaten": ["verlaten", "verliet", "verlieten"],
    "opgeven": ["opgegeven", "gaf op", "gaven op", "geeft op", "geven op"],
}


def forms_index(lexicon: dict[str, list[str]]) -> dict[str, str]:
    """Single-word form → lemma (multi-word forms are indexed by their first word)."""
    out: dict[str, str] = {}
    for lemma, forms in lexicon.items():
        for form in forms:
            out.setdefault(form.split()[0], lemma)
    return out


SPEECH_FORMS: dict[str, str] = forms_index(SPEECH_VERBS)


def _one_word_index(lexicon: dict[str, list[str]]) -> dict[str, str]:
    """Single-word forms only → lemma (separable forms like "geeft toe" need their particle)."""
    out: dict[str, str] = {}
    for lemma, forms in lexicon.items():
        for form in forms:
            if " " not in form:
                out.setdefault(form, lemma)
    return out


def _particle_index(lexicon: dict[str, list[str]]) -> dict[str, list[tuple[str, str]]]:
    """Finite verb word → [(particle, lemma)] for separable verbs ("legden … uit" → uitleggen)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for lemma, forms in lexicon.items():
        for form in forms:
            words = form.split()
            if len(words) == 2:
                out.setdefault(words[0], []).append((words[1], lemma))
    return out


# For the quote extractor: a word is a speech verb on its own, or only with its particle later in
# the clause ("gaf … toe"). "volgens" and "aldus" are source markers, not verbs.
SPEECH_WORD_FORMS: dict[str, str] = {
    w: lemma for w, lemma in _one_word_index(SPEECH_VERBS).items() if lemma not in ("aldus", "volgens")
}
SPEECH_PARTICLE_FORMS: dict[str, list[tuple[str, str]]] = _particle_index(SPEECH_VERBS)
CONTROL_FORMS: dict[str, str] = forms_index(CONTROL_VERBS)
