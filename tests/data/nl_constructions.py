"""Dutch constructions with the extraction a careful annotator expects, for parametrised tests.

Every sentence here was written for claimgraph; events, figures and most names are invented. Each
case is a dict with an ``id`` (unique within its group), the ``text`` and the expected items. Lists
of expected items are in text order and complete for what the group is about: a QUOTES case lists
every quote of the text, including indirect speech when there is some; a QUANTITIES case every
figure that is a claim; a CONTROL case every control claim; an ENTITIES case every named entity.
An optional ``note`` explains a choice.

Conventions
-----------
Quotes (QUOTES, INDIRECT), keys ``text``, ``kind``, ``speaker`` and, for indirect speech, ``stance``:

* ``text`` of a direct, partial or scare quote: exactly the characters between the quotation marks,
  except a comma just before the closing mark (``“…,” zei hij``), which belongs to the sentence.
  A final ``.``, ``?`` or ``!`` inside the marks stays. Nested quotation marks stay inside the outer
  quote's text and the inner quote is not listed separately.
* A quote interrupted by its attribution (``‘…’, zei X, ‘…’``) is two quotes with the same speaker.
* ``text`` of indirect speech: the reported clause without the attribution, without ``dat`` and
  without sentence-final punctuation. After a fronted ``Volgens X`` the finite verb belongs to the
  clause (``hebben de Russen geen reserves meer``). With ``…, aldus X`` the clause is everything
  before the comma.
* ``speaker`` of a person: the longest form of the person's name in the text, without title or role
  (``Jevgeni Prigozjin``); pronouns (hij, zij) and descriptions (de president, de Wagnerbaas, de
  analist) resolve to that name. A quote paragraph without attribution takes the speaker of the
  quote in the paragraph before. Organisations and groups: the noun phrase as written without a
  leading article (``Russische ministerie van Defensie``, ``ISW``, ``Oekraïense militairen``);
  a country or capital speaking for its government is that government (``Kyiv`` → ``Government of
  Ukraine``, ``Moskou`` → ``Government of Russia``: the dev-set convention). ``None`` when no speaker is
  named (scare quotes, ``naar verluidt``).
* ``kind``: ``direct`` (a sentence or more), ``partial`` (a phrase inside the writer's sentence,
  attributed by a speech verb or ``noemen``/``spreken van``), ``scare`` (the writer's distance
  marks, nobody quoted), ``indirect``.
* ``stance`` of indirect speech: ``denied`` when the attribution denies (ontkent, weerspreekt,
  spreekt tegen); ``alleged`` when the clause is hearsay (``zou``/``zouden`` + infinitive, ``naar
  verluidt``); otherwise ``reported`` (also for beweert and claimt, and for a clause that is merely
  negative, such as ``De stad is niet omsingeld, aldus X``).

Quantities (QUANTITIES, NON_QUANTITIES), keys ``text``, ``low``, ``high``, ``unit``, ``category``,
``subject``, ``source``, ``stance``:

* ``text``: the number with its modifier and its head noun phrase (``meer dan 220 Oekraïense
  soldaten``, ``tussen de 20.000 en 30.000 Russische soldaten``); a number whose noun is elsewhere
  or elided is just the number (``op 20.000 tot 30.000``).
* ``low``/``high``: an exact number gives low = high; ``None`` is an open end. meer dan, ruim,
  zeker, minstens → (n, None); bijna, tot wel, hooguit → (None, n); ongeveer, naar schatting, zo'n
  → (n, n); ranges (tussen X en Y, X tot Y, X à Y, X of Y, X-Y) → (X, Y); tientallen → (10, 99),
  honderden → (100, 999), duizenden → (1000, 9999), tienduizenden → (10000, 99999).
* ``unit``: one of UNITS. ``category``: one of CATEGORIES: killed, wounded and casualties (lost,
  dead and wounded together) count victims of any party, civilians included (subject
  ``civilians``); ``civilians`` counts inhabitants present or evacuated; ``refugees`` people who
  fled; ``personnel`` troops deployed, recruited or defending; ``prisoners`` people captured or
  surrendered.
* ``subject``: the party the number is about (russia, ukraine, wagner, civilians, west) or ``None``;
  ``onze soldaten`` takes the party of the speaker.
* ``source``: as a quote's speaker; ``None`` when the writer states the figure. ``stance``:
  ``asserted`` (writer), ``reported`` (attributed), ``alleged`` (hearsay zou/zouden).
* Time frames and dates that only situate another figure (``in februari``) are not quantities;
  durations are when they are the claim (``de strijd duurde 293 dagen``). NON_QUANTITIES hold
  numbers that must never be extracted (dates, years, ages, pages, ordinals, times, house numbers,
  model and article numbers), listed under ``not``.

Control claims (CONTROL), keys ``place``, ``holder``, ``status``, ``polarity``, ``source``:

* ``status``: ``captured`` (ingenomen, veroverd, gevallen, heroverd, bevrijd), ``held`` (in handen,
  houdt stand), ``surrounded`` (omsingeld, ingesloten). ``holder``: the party that captured, holds
  or surrounds the place. When the text names no side (``Bachmoet is niet gevallen``), the holder
  is the side attacking the place: Russia (or Wagner) in the Donbas, Ukraine in Cherson.
* ``polarity``: ``deny`` for a negated or denied claim (``is niet gevallen``, ``ontkent dat``),
  else ``affirm``. ``source`` as above.
* Not control claims: a capture presupposed in a noun phrase (``de door Rusland bezette Krim``),
  attempts (``probeert … te veroveren``), intentions (``wil … heroveren``), conditions and
  predictions.

Entities (ENTITIES), keys ``name``, ``type``, ``mentions``; ``not_entities`` lists words that must
not be tagged:

* ``mentions``: the surface forms in text order, without a leading article; a description that
  unambiguously refers to a named person (``de Wagnerbaas``) is a mention of that person.
* ``name``: the longest mention, or for places with several spellings the current Dutch press form
  (``Kyiv``). Countries, cities, regions and rivers are LOC, also when used for a government;
  the Kremlin, ministries, armies, alliances and the Wagner group are ORG. Nationality adjectives,
  weapon systems and ordinary capitalised words are not entities.
"""

KINDS = ("direct", "partial", "scare", "indirect")
STANCES = ("asserted", "reported", "alleged", "denied")
UNITS = (
    "person", "tank", "vehicle", "drone", "shell", "brigade", "attack", "km2", "percent", "day", "month",
    "year", "ratio", "dollar", "euro",
)
CATEGORIES = (
    "killed", "wounded", "casualties", "personnel", "units", "territory", "duration", "ratio", "attacks",
    "equipment", "prisoners", "civilians", "refugees", "money",
)
PARTIES = ("russia", "ukraine", "wagner", "civilians", "west")
CONTROL_STATUSES = ("captured", "held", "surrounded")
ENTITY_TYPES = ("PER", "ORG", "LOC")


def _q(text, speaker, kind="direct"):
    return {"text": text, "kind": kind, "speaker": speaker}


def _i(text, speaker, stance="reported"):
    return {"text": text, "kind": "indirect", "speaker": speaker, "stance": stance}


# --------------------------------------------------------------------------------------------
# Direct, partial and scare quotes
# --------------------------------------------------------------------------------------------

QUOTES = [
    # Colon introduction.
    {
        "id": "colon-intro",
        "text": "Osinga: ‘De Russen hebben geen reserves meer.’",
        "quotes": [_q("De Russen hebben geen reserves meer.", "Osinga")],
    },
    {
        "id": "colon-intro-title-fullname",
        "text": "Defensieanalist Marleen Bosch: „Dit offensief is vastgelopen in de modder.”",
        "quotes": [_q("Dit offensief is vastgelopen in de modder.", "Marleen Bosch")],
    },
    {
        "id": "colon-intro-after-context",
        "text": "Kuipers is niet onder de indruk. Kuipers: “Een vlag op een ruïne verandert niets aan de "
        "frontlinie.”",
        "quotes": [_q("Een vlag op een ruïne verandert niets aan de frontlinie.", "Kuipers")],
    },
    {
        "id": "colon-intro-after-verb",
        "text": "Generaal Viktor Bondar zei het maandag zonder omwegen: «Wij trekken ons niet terug.»",
        "quotes": [_q("Wij trekken ons niet terug.", "Viktor Bondar")],
    },
    {
        "id": "colon-intro-place-metonym",
        "text": "Kyiv: ‘Bachmoet is niet gevallen’",
        "quotes": [_q("Bachmoet is niet gevallen", "Government of Ukraine")],
        "note": "headline style: no final punctuation",
    },
    # Quote, then "zei X" / "zei hij" (inversion).
    {
        "id": "zei-name-inversion",
        "text": "‘Wie Bachmoet verdedigt, verdedigt Kyiv’, zei Zelensky maandagavond.",
        "quotes": [_q("Wie Bachmoet verdedigt, verdedigt Kyiv", "Zelensky")],
    },
    {
        "id": "zei-hij-inversion",
        "text": "Sjojgoe sprak dinsdag de legertop toe. “Het Oekraïense leger is uitgeput”, zei hij.",
        "quotes": [_q("Het Oekraïense leger is uitgeput", "Sjojgoe")],
    },
    {
        "id": "zei-zij-inversion",
        "text": "Onderminister Olena Hrytsenko gaf woensdag een persconferentie in Kyiv. 'De vijand "
        "verliest hier elke dag honderden man', zei zij.",
        "quotes": [_q("De vijand verliest hier elke dag honderden man", "Olena Hrytsenko")],
    },
    {
        "id": "comma-inside-closing-mark",
        "text": "“We doen wat we kunnen,” zei Marsjenko.",
        "quotes": [_q("We doen wat we kunnen", "Marsjenko")],
    },
    {
        "id": "question-mark-inside",
        "text": "„Waar blijft de munitie?” vroeg Prigozjin in een woedende video.",
        "quotes": [_q("Waar blijft de munitie?", "Prigozjin")],
    },
    # Quote, then "zegt X".
    {
        "id": "zegt-name",
        "text": "„Er is geen water en geen stroom meer”, zegt Natalja Petrenko.",
        "quotes": [_q("Er is geen water en geen stroom meer", "Natalja Petrenko")],
    },
    {
        "id": "zegt-name-adverbial",
        "text": "«De stad is van ons», zegt Prigozjin in een nieuwe video.",
        "quotes": [_q("De stad is van ons", "Prigozjin")],
    },
    {
        "id": "separable-verb-gaf-toe",
        "text": "\"Wij hebben zo'n vijftig tanks verloren\", gaf Wagnercommandant Anton Gromov toe.",
        "quotes": [_q("Wij hebben zo'n vijftig tanks verloren", "Anton Gromov")],
    },
    # Quote, then ", aldus X".
    {
        "id": "aldus-person",
        "text": "‘Elke meter kost hun honderden levens’, aldus Zelensky.",
        "quotes": [_q("Elke meter kost hun honderden levens", "Zelensky")],
    },
    {
        "id": "aldus-institution",
        "text": "“De Russen hebben hun reserves bij Bachmoet opgebrand”, aldus het ISW.",
        "quotes": [_q("De Russen hebben hun reserves bij Bachmoet opgebrand", "ISW")],
    },
    {
        "id": "aldus-title-fullname",
        "text": "„Onze verdedigers houden het westen van de stad”, aldus de Oekraïense onderminister van "
        "Defensie Olena Hrytsenko.",
        "quotes": [_q("Onze verdedigers houden het westen van de stad", "Olena Hrytsenko")],
    },
    # Split quote, speaker in the middle.
    {
        "id": "split-quote",
        "text": "‘Soledar is van ons’, zei Prigozjin, ‘en niemand anders mag daar de eer voor opeisen.’",
        "quotes": [
            _q("Soledar is van ons", "Prigozjin"),
            _q("en niemand anders mag daar de eer voor opeisen.", "Prigozjin"),
        ],
    },
    {
        "id": "split-quote-zegt",
        "text": "“De situatie is moeilijk”, zegt kolonel Taras Hnatenko, “maar wij houden de weg naar "
        "Tsjasiv Jar open.”",
        "quotes": [
            _q("De situatie is moeilijk", "Taras Hnatenko"),
            _q("maar wij houden de weg naar Tsjasiv Jar open.", "Taras Hnatenko"),
        ],
    },
    {
        "id": "split-quote-schreef",
        "text": "„Als de munitie niet komt”, schreef Prigozjin op Telegram, „trekken mijn mannen zich "
        "terug.”",
        "quotes": [
            _q("Als de munitie niet komt", "Prigozjin"),
            _q("trekken mijn mannen zich terug.", "Prigozjin"),
        ],
    },
    # A quote of more than one sentence.
    {
        "id": "multi-sentence-zegt",
        "text": "‘De vlag hangt. Wat er over is van het Oekraïense leger, zit in de westelijke wijken’, "
        "zegt Prigozjin.",
        "quotes": [
            _q("De vlag hangt. Wat er over is van het Oekraïense leger, zit in de westelijke wijken",
               "Prigozjin"),
        ],
    },
    {
        "id": "multi-sentence-colon",
        "text": "Zelensky: “Wij geven Bachmoet niet op. Elke dag dat wij standhouden, wint het hele land "
        "tijd.”",
        "quotes": [
            _q("Wij geven Bachmoet niet op. Elke dag dat wij standhouden, wint het hele land tijd.",
               "Zelensky"),
        ],
    },
    {
        "id": "multi-sentence-vertelt",
        "text": "«Ik heb alles verloren. Mijn huis, mijn winkel, mijn buren», vertelt Oksana Melnyk uit "
        "Kostjantynivka.",
        "quotes": [_q("Ik heb alles verloren. Mijn huis, mijn winkel, mijn buren", "Oksana Melnyk")],
    },
    # A quote paragraph without speaker after a paragraph whose speaker is named.
    {
        "id": "carry-over-paragraph",
        "text": "Kolonel Andrij Kovalenko is somber over de aanvoer. ‘We krijgen een derde van de granaten "
        "die we nodig hebben’, zegt hij.\n\n‘Elke ochtend tellen we wat er over is. Elke avond is het "
        "minder.’",
        "quotes": [
            _q("We krijgen een derde van de granaten die we nodig hebben", "Andrij Kovalenko"),
            _q("Elke ochtend tellen we wat er over is. Elke avond is het minder.", "Andrij Kovalenko"),
        ],
    },
    {
        "id": "carry-over-paragraph-guillemets",
        "text": "Generaal Viktor Bondar sprak maandag met verslaggevers in Kramatorsk. «De Russen sturen "
        "golf na golf», zei hij.\n\n«Na elke aanval liggen er lichamen voor onze stellingen. Zij halen ze "
        "niet eens op.»",
        "quotes": [
            _q("De Russen sturen golf na golf", "Viktor Bondar"),
            _q("Na elke aanval liggen er lichamen voor onze stellingen. Zij halen ze niet eens op.",
               "Viktor Bondar"),
        ],
    },
    {
        "id": "carry-over-within-paragraph",
        "text": "'Bachmoet is niet ingenomen', zei kolonel Taras Hnatenko maandag. 'De Russen komen vooral "
        "'s nachts. Overdag zien we ze nauwelijks.'",
        "quotes": [
            _q("Bachmoet is niet ingenomen", "Taras Hnatenko"),
            _q("De Russen komen vooral 's nachts. Overdag zien we ze nauwelijks.", "Taras Hnatenko"),
        ],
        "note": "straight single quotes with 's nachts inside the second quote",
    },
    # Pronoun speaker resolved to the person named before.
    {
        "id": "pronoun-zij",
        "text": "Gouverneur Oksana Lytvyn bezocht het kinderziekenhuis van Charkiv. „Hier liggen kinderen "
        "met granaatscherven in hun benen”, zei zij na afloop.",
        "quotes": [_q("Hier liggen kinderen met granaatscherven in hun benen", "Oksana Lytvyn")],
    },
    {
        "id": "pronoun-hij-partial-in-dat-clause",
        "text": "Prigozjin verscheen zondag in een video tussen de ruïnes. Hij zei dat zijn mannen ‘elke "
        "straat’ hadden veroverd.",
        "quotes": [
            _i("zijn mannen ‘elke straat’ hadden veroverd", "Prigozjin"),
            _q("elke straat", "Prigozjin", "partial"),
        ],
    },
    # Description speaker resolved to the person named before.
    {
        "id": "description-president",
        "text": "Volodymyr Zelensky bezocht dinsdag het front bij Bachmoet. ‘Deze stad geven wij niet op’, "
        "zei de president.",
        "quotes": [_q("Deze stad geven wij niet op", "Volodymyr Zelensky")],
    },
    {
        "id": "description-wagnerbaas",
        "text": "Jevgeni Prigozjin verscheen opnieuw in een video. “Mijn jongens krijgen geen munitie”, "
        "klaagde de Wagnerbaas.",
        "quotes": [_q("Mijn jongens krijgen geen munitie", "Jevgeni Prigozjin")],
    },
    {
        "id": "description-analist",
        "text": "Defensieanalist Ruben Hagedoorn volgt de strijd al maanden. „Beide legers bloeden leeg”, "
        "zegt de analist.",
        "quotes": [_q("Beide legers bloeden leeg", "Ruben Hagedoorn")],
    },
    {
        "id": "description-minister",
        "text": "De Russische minister van Defensie Sergej Sjojgoe bezocht het hoofdkwartier in Rostov. "
        "'Alle doelen zullen worden bereikt', aldus de minister.",
        "quotes": [_q("Alle doelen zullen worden bereikt", "Sergej Sjojgoe")],
    },
    # Institutional speakers.
    {
        "id": "institution-ministry-colon",
        "text": "Het Russische ministerie van Defensie meldde: ‘Het dorp Krasnohorivka is volledig "
        "bevrijd.’",
        "quotes": [_q("Het dorp Krasnohorivka is volledig bevrijd.", "Russische ministerie van Defensie")],
    },
    {
        "id": "institution-british-intelligence",
        "text": "“Rusland heeft waarschijnlijk zijn laatste reserves ingezet,” schrijft de Britse "
        "inlichtingendienst.",
        "quotes": [
            _q("Rusland heeft waarschijnlijk zijn laatste reserves ingezet", "Britse inlichtingendienst"),
        ],
    },
    {
        "id": "institution-isw-colon",
        "text": "In zijn dagelijkse analyse schrijft het ISW: «De Russische opmars bij Avdiivka is tot "
        "stilstand gekomen.»",
        "quotes": [_q("De Russische opmars bij Avdiivka is tot stilstand gekomen.", "ISW")],
    },
    {
        "id": "institution-group-plural",
        "text": "„We hebben al drie dagen niet geslapen”, zeggen Oekraïense militairen bij Tsjasiv Jar.",
        "quotes": [_q("We hebben al drie dagen niet geslapen", "Oekraïense militairen")],
    },
    {
        "id": "institution-general-staff",
        "text": "'Het front houdt', meldt de Oekraïense generale staf.",
        "quotes": [_q("Het front houdt", "Oekraïense generale staf")],
    },
    # Partial quotes inside a writer's sentence.
    {
        "id": "partial-sprak-van",
        "text": "Sjojgoe sprak van ‘een beslissende fase’ in de strijd om Bachmoet.",
        "quotes": [_q("een beslissende fase", "Sjojgoe", "partial")],
    },
    {
        "id": "partial-noemde",
        "text": "De Oekraïense generale staf noemde de Russische cijfers „volkomen verzonnen”.",
        "quotes": [_q("volkomen verzonnen", "Oekraïense generale staf", "partial")],
    },
    {
        "id": "partial-in-volgens-clause",
        "text": "Volgens Zelensky is de situatie in Bachmoet “uiterst moeilijk”.",
        "quotes": [
            _i("is de situatie in Bachmoet “uiterst moeilijk”", "Zelensky"),
            _q("uiterst moeilijk", "Zelensky", "partial"),
        ],
    },
    {
        "id": "partial-single-word",
        "text": "Prigozjin noemde de generaals in Moskou 'lafaards'.",
        "quotes": [_q("lafaards", "Prigozjin", "partial")],
    },
    {
        "id": "partial-noemt-term",
        "text": "Het Kremlin noemt de oorlog nog altijd een «speciale militaire operatie».",
        "quotes": [_q("speciale militaire operatie", "Kremlin", "partial")],
    },
    {
        "id": "partial-zoals-attribution",
        "text": "De Wagnerstrijders trokken zich terug voor een ‘hergroepering’, zoals Moskou de aftocht "
        "noemde.",
        "quotes": [_q("hergroepering", "Government of Russia", "partial")],
        "note": "looks like a scare quote, but 'zoals Moskou … noemde' attributes the word",
    },
    # Scare quotes: the writer's distance, nobody quoted.
    {
        "id": "scare-bevrijding",
        "text": "De zogenoemde ‘bevrijding’ van Marjinka liet een spookstad achter.",
        "quotes": [_q("bevrijding", None, "scare")],
    },
    {
        "id": "scare-referendum",
        "text": "In de bezette gebieden hield Rusland een „referendum” over aansluiting.",
        "quotes": [_q("referendum", None, "scare")],
    },
    {
        "id": "scare-plural-noun",
        "text": "De Russische \"bevrijders\" lieten in Izjoem massagraven achter.",
        "quotes": [_q("bevrijders", None, "scare")],
    },
    # Quote marks and apostrophes.
    {
        "id": "apostrophe-typographic-inside-single-quotes",
        "text": "‘We vallen vooral ’s nachts aan’, zei Hnatenko.",
        "quotes": [_q("We vallen vooral ’s nachts aan", "Hnatenko")],
        "note": "’s uses the same character as the closing mark",
    },
    {
        "id": "apostrophe-straight-inside-straight-quotes",
        "text": "'De Russen komen 's avonds, als het donker wordt', zei Bondar.",
        "quotes": [_q("De Russen komen 's avonds, als het donker wordt", "Bondar")],
    },
    {
        "id": "apostrophe-possessive-in-straight-quotes",
        "text": "'Zelensky's plan werkt niet', zei de Russische legerwoordvoerder Igor Volkov.",
        "quotes": [_q("Zelensky's plan werkt niet", "Igor Volkov")],
    },
    {
        "id": "apostrophe-zon-in-straight-single",
        "text": "'Er zijn nog zo'n tweehonderd mensen in de stad', zei burgemeester Mykola Sytnyk.",
        "quotes": [_q("Er zijn nog zo'n tweehonderd mensen in de stad", "Mykola Sytnyk")],
    },
    {
        "id": "genitive-without-apostrophe",
        "text": "“Poetins oorlog is ook onze oorlog geworden”, zei Bosch.",
        "quotes": [_q("Poetins oorlog is ook onze oorlog geworden", "Bosch")],
    },
    {
        "id": "nested-double-in-single",
        "text": "‘Mijn commandant zei: “Wij trekken ons niet terug”, en daar houden we ons aan’, aldus "
        "Kovalenko.",
        "quotes": [
            _q("Mijn commandant zei: “Wij trekken ons niet terug”, en daar houden we ons aan", "Kovalenko"),
        ],
    },
    {
        "id": "nested-single-in-double-low",
        "text": "„Toen ik hoorde dat Moskou de stad ‘bevrijd’ noemde, moest ik lachen”, vertelt Marta "
        "Kovaltsjoek.",
        "quotes": [
            _q("Toen ik hoorde dat Moskou de stad ‘bevrijd’ noemde, moest ik lachen", "Marta Kovaltsjoek"),
        ],
    },
]

# --------------------------------------------------------------------------------------------
# Indirect speech, "volgens", "aldus", hearsay
# --------------------------------------------------------------------------------------------

INDIRECT = [
    {
        "id": "zegt-dat",
        "text": "Zelensky zegt dat de Oekraïense troepen Bachmoet niet zullen opgeven.",
        "quotes": [_i("de Oekraïense troepen Bachmoet niet zullen opgeven", "Zelensky")],
    },
    {
        "id": "meldt-dat-institution",
        "text": "Het Russische ministerie van Defensie meldt dat Russische eenheden het dorp Berchivka "
        "hebben ingenomen.",
        "quotes": [
            _i("Russische eenheden het dorp Berchivka hebben ingenomen", "Russische ministerie van Defensie"),
        ],
    },
    {
        "id": "claimt-dat",
        "text": "Prigozjin claimt dat Wagner Bachmoet volledig in handen heeft.",
        "quotes": [_i("Wagner Bachmoet volledig in handen heeft", "Prigozjin")],
    },
    {
        "id": "stelt-dat",
        "text": "De Britse inlichtingendienst stelt dat Rusland zijn reserves grotendeels heeft opgebruikt.",
        "quotes": [_i("Rusland zijn reserves grotendeels heeft opgebruikt", "Britse inlichtingendienst")],
    },
    {
        "id": "beweerde-dat-past",
        "text": "Sjojgoe beweerde dinsdag dat het Oekraïense tegenoffensief was mislukt.",
        "quotes": [_i("het Oekraïense tegenoffensief was mislukt", "Sjojgoe")],
    },
    {
        "id": "verklaarde-dat",
        "text": "Poetin verklaarde dat alle doelen van de operatie zullen worden bereikt.",
        "quotes": [_i("alle doelen van de operatie zullen worden bereikt", "Poetin")],
    },
    {
        "id": "liet-weten-dat",
        "text": "Marsjenko liet weten dat de verdedigers zich hebben teruggetrokken naar nieuwe stellingen.",
        "quotes": [_i("de verdedigers zich hebben teruggetrokken naar nieuwe stellingen", "Marsjenko")],
    },
    {
        "id": "zeggen-dat-group",
        "text": "Oekraïense militairen zeggen dat de Russen vooral ’s nachts aanvallen.",
        "quotes": [_i("de Russen vooral ’s nachts aanvallen", "Oekraïense militairen")],
    },
    {
        "id": "two-dat-clauses",
        "text": "Zelensky zei dat Bachmoet standhoudt en dat de Russen zware verliezen lijden.",
        "quotes": [
            _i("Bachmoet standhoudt", "Zelensky"),
            _i("de Russen zware verliezen lijden", "Zelensky"),
        ],
    },
    # Denials.
    {
        "id": "ontkent-dat",
        "text": "Kyiv ontkent dat de aanvoerroute naar Bachmoet is afgesneden.",
        "quotes": [_i("de aanvoerroute naar Bachmoet is afgesneden", "Government of Ukraine", "denied")],
    },
    {
        "id": "ontkende-dat-institution",
        "text": "De Oekraïense generale staf ontkende woensdag dat Russische troepen de rivier waren "
        "overgestoken.",
        "quotes": [
            _i("Russische troepen de rivier waren overgestoken", "Oekraïense generale staf", "denied"),
        ],
    },
    {
        "id": "weerspreekt-dat",
        "text": "Het Kremlin weerspreekt dat er onderhandelingen gaande zijn.",
        "quotes": [_i("er onderhandelingen gaande zijn", "Kremlin", "denied")],
    },
    {
        "id": "ontkent-dat-metonym",
        "text": "Moskou ontkent dat het burgerdoelen heeft aangevallen.",
        "quotes": [_i("het burgerdoelen heeft aangevallen", "Government of Russia", "denied")],
    },
    # Fronted "Volgens X": the finite verb goes with the clause.
    {
        "id": "volgens-institution",
        "text": "Volgens het ISW hebben de Russen geen reserves meer.",
        "quotes": [_i("hebben de Russen geen reserves meer", "ISW")],
    },
    {
        "id": "volgens-person",
        "text": "Volgens Prigozjin is de stad voor negentig procent in handen van Wagner.",
        "quotes": [_i("is de stad voor negentig procent in handen van Wagner", "Prigozjin")],
    },
    {
        "id": "volgens-general-staff",
        "text": "Volgens de Oekraïense generale staf zijn alle aanvallen bij Avdiivka afgeslagen.",
        "quotes": [_i("zijn alle aanvallen bij Avdiivka afgeslagen", "Oekraïense generale staf")],
    },
    {
        "id": "volgens-metonym",
        "text": "Volgens Moskou is Soledar sinds vrijdag in Russische handen.",
        "quotes": [_i("is Soledar sinds vrijdag in Russische handen", "Government of Russia")],
    },
    {
        "id": "volgens-generic-group",
        "text": "Volgens analisten is de stad vooral van symbolisch belang.",
        "quotes": [_i("is de stad vooral van symbolisch belang", "analisten")],
    },
    # "…, aldus X".
    {
        "id": "aldus-institution",
        "text": "De Russen hebben bij Vuhledar een hele brigade verloren, aldus de Britse "
        "inlichtingendienst.",
        "quotes": [
            _i("De Russen hebben bij Vuhledar een hele brigade verloren", "Britse inlichtingendienst"),
        ],
    },
    {
        "id": "aldus-negative-clause",
        "text": "De stad is niet omsingeld, aldus legerwoordvoerder Andrij Marsjenko.",
        "quotes": [_i("De stad is niet omsingeld", "Andrij Marsjenko")],
        "note": "a negative statement is reported, not denied",
    },
    # Pronoun and description speakers.
    {
        "id": "pronoun-hij-zei-dat",
        "text": "Generaal Viktor Bondar sprak dinsdag in Kramatorsk. Hij zei dat de Russische opmars was "
        "gestopt.",
        "quotes": [_i("de Russische opmars was gestopt", "Viktor Bondar")],
    },
    {
        "id": "description-beweert-dat",
        "text": "Jevgeni Prigozjin is woedend op Moskou. De Wagnerbaas beweert dat zijn troepen al weken "
        "geen munitie krijgen.",
        "quotes": [_i("zijn troepen al weken geen munitie krijgen", "Jevgeni Prigozjin")],
    },
    # Hearsay and "naar verluidt".
    {
        "id": "naar-verluidt",
        "text": "Naar verluidt zijn bij de aanval tientallen Wagnerstrijders omgekomen.",
        "quotes": [_i("zijn bij de aanval tientallen Wagnerstrijders omgekomen", None, "alleged")],
    },
    {
        "id": "naar-verluidt-name-not-speaker",
        "text": "Naar verluidt heeft Prigozjin zijn mannen bevolen zich terug te trekken.",
        "quotes": [_i("heeft Prigozjin zijn mannen bevolen zich terug te trekken", None, "alleged")],
        "note": "Prigozjin is the subject of the report, not its source",
    },
    {
        "id": "hearsay-zouden-volgens",
        "text": "Volgens de Britse inlichtingendienst zouden de Russen bij Vuhledar tientallen tanks "
        "hebben verloren.",
        "quotes": [
            _i("zouden de Russen bij Vuhledar tientallen tanks hebben verloren", "Britse inlichtingendienst",
               "alleged"),
        ],
    },
    {
        "id": "hearsay-zou-volgens-group",
        "text": "Volgens Oekraïense militairen zou Wagner gevangenen als stormtroepen inzetten.",
        "quotes": [_i("zou Wagner gevangenen als stormtroepen inzetten", "Oekraïense militairen", "alleged")],
    },
    {
        "id": "hearsay-zouden-in-dat-clause",
        "text": "Het ISW meldt dat Russische troepen bij Kreminna zouden zijn opgerukt.",
        "quotes": [_i("Russische troepen bij Kreminna zouden zijn opgerukt", "ISW", "alleged")],
    },
    # Not indirect speech.
    {
        "id": "not-speech-of-clause",
        "text": "Het is de vraag of de Russen nog reserves hebben.",
        "quotes": [],
    },
    {
        "id": "not-hearsay-future-in-past",
        "text": "Dat Bachmoet zou vallen, was voor veel analisten al maanden duidelijk.",
        "quotes": [],
        "note": "zou = future in the past; 'voor veel analisten' is no attribution of speech",
    },
    {
        "id": "not-speaker-volgens-plan",
        "text": "De brug die volgens de planning in mei klaar zou zijn, is nog altijd niet af.",
        "quotes": [],
        "note": "'volgens de planning' names no speaker",
    },
]

# --------------------------------------------------------------------------------------------
# Quantities
# --------------------------------------------------------------------------------------------


def _n(text, low, high, unit, category, subject, source=None, stance=None):
    if stance is None:
        stance = "asserted" if source is None else "reported"
    return {
        "text": text, "low": low, "high": high, "unit": unit, "category": category, "subject": subject,
        "source": source, "stance": stance,
    }


QUANTITIES = [
    # Digits with Dutch separators.
    {
        "id": "digits-separator-killed",
        "text": "Het Oekraïense leger heeft bij Bachmoet 1.100 Russische militairen gedood.",
        "quantities": [_n("1.100 Russische militairen", 1100, 1100, "person", "killed", "russia")],
    },
    {
        "id": "digits-no-separator-reported",
        "text": "Het Oekraïense leger zegt 1100 Russische militairen te hebben gedood.",
        "quantities": [
            _n("1100 Russische militairen", 1100, 1100, "person", "killed", "russia", "Oekraïense leger"),
        ],
    },
    {
        "id": "digits-casualties-beweert",
        "text": "Oekraïne verloor in februari 11.000 militairen, beweert Sjojgoe.",
        "quantities": [_n("11.000 militairen", 11000, 11000, "person", "casualties", "ukraine", "Sjojgoe")],
    },
    {
        "id": "digits-equipment-reported",
        "text": "De Oekraïense generale staf meldt dat Rusland sinds de invasie 3.800 tanks heeft verloren.",
        "quantities": [
            _n("3.800 tanks", 3800, 3800, "tank", "equipment", "russia", "Oekraïense generale staf"),
        ],
    },
    {
        "id": "digits-prisoners",
        "text": "Het Kremlin zegt dat 2.500 Oekraïense militairen zich hebben overgegeven.",
        "quantities": [
            _n("2.500 Oekraïense militairen", 2500, 2500, "person", "prisoners", "ukraine", "Kremlin"),
        ],
    },
    {
        "id": "decimal-comma-money",
        "text": "De Verenigde Staten trekken 2,5 miljard dollar uit voor nieuwe wapens.",
        "quantities": [_n("2,5 miljard dollar", 2.5e9, 2.5e9, "dollar", "money", "west")],
    },
    {
        "id": "million-money",
        "text": "Nederland stelt 250 miljoen euro beschikbaar voor munitie voor Oekraïne.",
        "quantities": [_n("250 miljoen euro", 2.5e8, 2.5e8, "euro", "money", "west")],
    },
    {
        "id": "elided-noun",
        "text": "De Oekraïners vuren per dag 6.000 granaten af, de Russen 20.000.",
        "quantities": [
            _n("6.000 granaten", 6000, 6000, "shell", "equipment", "ukraine"),
            _n("20.000", 20000, 20000, "shell", "equipment", "russia"),
        ],
    },
    {
        "id": "noun-before-number",
        "text": "De Britse inlichtingendienst schat het aantal Russische doden op 20.000 tot 30.000.",
        "quantities": [
            _n("20.000 tot 30.000", 20000, 30000, "person", "killed", "russia", "Britse inlichtingendienst"),
        ],
    },
    # Number words.
    {
        "id": "word-drieentwintig",
        "text": "Bij de raketaanval op Kramatorsk raakten drieëntwintig burgers gewond.",
        "quantities": [_n("drieëntwintig burgers", 23, 23, "person", "wounded", "civilians")],
    },
    {
        "id": "word-honderd-equipment",
        "text": "Het Oekraïense leger vernietigde honderd Russische tanks.",
        "quantities": [_n("honderd Russische tanks", 100, 100, "tank", "equipment", "russia")],
    },
    {
        "id": "word-duizend-hearsay",
        "text": "Volgens het Pentagon zou Rusland bij Avdiivka duizend pantservoertuigen hebben verloren.",
        "quantities": [
            _n("duizend pantservoertuigen", 1000, 1000, "vehicle", "equipment", "russia", "Pentagon",
               "alleged"),
        ],
    },
    {
        "id": "word-zeven-in-quote-onze-soldaten",
        "text": "„Er zijn vannacht zeven van onze soldaten omgekomen”, zei kolonel Taras Hnatenko.",
        "quantities": [
            _n("zeven van onze soldaten", 7, 7, "person", "killed", "ukraine", "Taras Hnatenko"),
        ],
        "note": "onze soldaten, said by a Ukrainian officer",
    },
    {
        "id": "digits-in-quote-wagner",
        "text": "‘Wij hebben vandaag 40 jongens verloren’, zei Prigozjin.",
        "quantities": [_n("40 jongens", 40, 40, "person", "casualties", "wagner", "Prigozjin")],
    },
    # Vague numbers.
    {
        "id": "vague-tienduizenden",
        "text": "Rusland heeft bij Bachmoet tienduizenden soldaten verloren.",
        "quantities": [_n("tienduizenden soldaten", 10000, 99999, "person", "casualties", "russia")],
    },
    {
        "id": "vague-honderden-sentence-start",
        "text": "Honderden burgers zitten nog in de kelders van Avdiivka.",
        "quantities": [_n("Honderden burgers", 100, 999, "person", "civilians", "civilians")],
    },
    {
        "id": "vague-duizenden-refugees",
        "text": "Duizenden inwoners van Kupiansk zijn naar het westen gevlucht.",
        "quantities": [_n("Duizenden inwoners", 1000, 9999, "person", "refugees", "civilians")],
    },
    {
        "id": "vague-tientallen",
        "text": "Bij de bestorming van het dorp kwamen tientallen Russische militairen om.",
        "quantities": [_n("tientallen Russische militairen", 10, 99, "person", "killed", "russia")],
    },
    {
        "id": "vague-duizenden-hearsay",
        "text": "Wagner zou bij Soledar duizenden gevangenen hebben ingezet.",
        "quantities": [
            _n("duizenden gevangenen", 1000, 9999, "person", "personnel", "wagner", None, "alleged"),
        ],
        "note": "convicts recruited as fighters are personnel, not prisoners of war",
    },
    # Ranges.
    {
        "id": "range-tussen-de-en",
        "text": "Bij de gevechten om Bachmoet zijn tussen de 20.000 en 30.000 Russische soldaten omgekomen.",
        "quantities": [
            _n("tussen de 20.000 en 30.000 Russische soldaten", 20000, 30000, "person", "killed", "russia"),
        ],
    },
    {
        "id": "range-tot-reported",
        "text": "Het Russische leger verliest bij Bachmoet dagelijks 50 tot 100 man, meldt Kyiv.",
        "quantities": [_n("50 tot 100 man", 50, 100, "person", "casualties", "russia", "Kyiv")],
    },
    {
        "id": "range-a",
        "text": "Elke dag sneuvelen er honderd à tweehonderd Russische militairen.",
        "quantities": [
            _n("honderd à tweehonderd Russische militairen", 100, 200, "person", "killed", "russia"),
        ],
    },
    {
        "id": "range-of-words",
        "text": "Bij de beschieting van de markt vielen twintig of dertig burgerdoden.",
        "quantities": [_n("twintig of dertig burgerdoden", 20, 30, "person", "killed", "civilians")],
    },
    {
        "id": "range-hyphen",
        "text": "Bij Vuhledar gingen 30-40 Russische tanks verloren.",
        "quantities": [_n("30-40 Russische tanks", 30, 40, "tank", "equipment", "russia")],
    },
    # Modifiers.
    {
        "id": "mod-meer-dan-reported",
        "text": "Het Russische ministerie van Defensie meldt dat meer dan 220 Oekraïense soldaten zijn "
        "gedood.",
        "quantities": [
            _n("meer dan 220 Oekraïense soldaten", 220, None, "person", "killed", "ukraine",
               "Russische ministerie van Defensie"),
        ],
    },
    {
        "id": "mod-meer-dan-person",
        "text": "Zelensky zei dat bij Bachmoet meer dan 1.100 Russische soldaten zijn gesneuveld.",
        "quantities": [
            _n("meer dan 1.100 Russische soldaten", 1100, None, "person", "killed", "russia", "Zelensky"),
        ],
    },
    {
        "id": "mod-ruim",
        "text": "Ruim 1.500 Wagnerstrijders kwamen om bij de bestorming van Soledar.",
        "quantities": [_n("Ruim 1.500 Wagnerstrijders", 1500, None, "person", "killed", "wagner")],
    },
    {
        "id": "mod-bijna",
        "text": "Bijna 300 Oekraïense militairen werden krijgsgevangen gemaakt.",
        "quantities": [_n("Bijna 300 Oekraïense militairen", None, 300, "person", "prisoners", "ukraine")],
    },
    {
        "id": "mod-zeker",
        "text": "Bij de raketaanval op Dnipro kwamen zeker 30 burgers om.",
        "quantities": [_n("zeker 30 burgers", 30, None, "person", "killed", "civilians")],
    },
    {
        "id": "mod-minstens",
        "text": "Minstens 45 Russische soldaten werden gedood bij de aanval op het dorp.",
        "quantities": [_n("Minstens 45 Russische soldaten", 45, None, "person", "killed", "russia")],
    },
    {
        "id": "mod-ongeveer",
        "text": "Ongeveer 4.000 burgers wonen nog in Bachmoet.",
        "quantities": [_n("Ongeveer 4.000 burgers", 4000, 4000, "person", "civilians", "civilians")],
    },
    {
        "id": "mod-tot-wel",
        "text": "Rusland heeft rond Avdiivka tot wel 40.000 man samengetrokken.",
        "quantities": [_n("tot wel 40.000 man", None, 40000, "person", "personnel", "russia")],
    },
    {
        "id": "mod-naar-schatting",
        "text": "Naar schatting 2.000 Oekraïense militairen verdedigen de stad.",
        "quantities": [
            _n("Naar schatting 2.000 Oekraïense militairen", 2000, 2000, "person", "personnel", "ukraine"),
        ],
    },
    {
        "id": "mod-zon",
        "text": "Wagner rekruteerde in de strafkolonie van Rostov zo'n 500 gevangenen.",
        "quantities": [_n("zo'n 500 gevangenen", 500, 500, "person", "personnel", "wagner")],
    },
    {
        "id": "mod-ruim-population",
        "text": "Voor de oorlog woonden ruim 70.000 mensen in Bachmoet.",
        "quantities": [_n("ruim 70.000 mensen", 70000, None, "person", "civilians", "civilians")],
    },
    {
        "id": "mod-meer-dan-miljoen-refugees",
        "text": "Sinds de invasie zijn meer dan 8 miljoen Oekraïners naar het buitenland gevlucht.",
        "quantities": [_n("meer dan 8 miljoen Oekraïners", 8e6, None, "person", "refugees", "civilians")],
    },
    # Percentages and territory.
    {
        "id": "percent-territory",
        "text": "Russische troepen controleren 65 procent van de stad, meldt het ISW.",
        "quantities": [_n("65 procent", 65, 65, "percent", "territory", "russia", "ISW")],
    },
    {
        "id": "percent-sign",
        "text": "Rusland heeft ongeveer 18% van het Oekraïense grondgebied in handen.",
        "quantities": [_n("ongeveer 18%", 18, 18, "percent", "territory", "russia")],
    },
    {
        "id": "km2-symbol",
        "text": "Oekraïne heeft sinds juni 250 km² heroverd.",
        "quantities": [_n("250 km²", 250, 250, "km2", "territory", "ukraine")],
    },
    {
        "id": "km2-words",
        "text": "De Russen hebben in de regio ruim 60 vierkante kilometer veroverd.",
        "quantities": [_n("ruim 60 vierkante kilometer", 60, None, "km2", "territory", "russia")],
    },
    # Ratios.
    {
        "id": "ratio-op-iedere",
        "text": "Volgens de NAVO sterven er vijf Russische militairen op iedere gesneuvelde Oekraïense "
        "militair.",
        "quantities": [
            _n("vijf Russische militairen op iedere gesneuvelde Oekraïense militair", 5, 5, "ratio", "ratio",
               "russia", "NAVO"),
        ],
    },
    {
        "id": "ratio-keer-hoger",
        "text": "De Russische verliezen liggen dertig keer hoger dan de Oekraïense, zegt Zelensky.",
        "quantities": [_n("dertig keer hoger", 30, 30, "ratio", "ratio", "russia", "Zelensky")],
    },
    # Durations.
    {
        "id": "duration-ruim-een-jaar",
        "text": "De oorlog duurt inmiddels ruim een jaar.",
        "quantities": [_n("ruim een jaar", 1, None, "year", "duration", None)],
    },
    {
        "id": "duration-days",
        "text": "De strijd om de stad duurde 293 dagen.",
        "quantities": [_n("293 dagen", 293, 293, "day", "duration", None)],
    },
    {
        "id": "duration-months-word",
        "text": "Negen maanden lang hielden de verdedigers stand.",
        "quantities": [_n("Negen maanden", 9, 9, "month", "duration", None)],
    },
    # Units, attacks, drones.
    {
        "id": "units-brigades",
        "text": "Rusland heeft rond Avdiivka drie brigades samengetrokken, meldt de Britse "
        "inlichtingendienst.",
        "quantities": [
            _n("drie brigades", 3, 3, "brigade", "units", "russia", "Britse inlichtingendienst"),
        ],
    },
    {
        "id": "attacks",
        "text": "De generale staf telde 58 Russische aanvallen in de Donbas.",
        "quantities": [_n("58 Russische aanvallen", 58, 58, "attack", "attacks", "russia", "generale staf")],
    },
    {
        "id": "drones-equipment",
        "text": "De luchtafweer haalde boven Odesa 31 Russische drones neer.",
        "quantities": [_n("31 Russische drones", 31, 31, "drone", "equipment", "russia")],
    },
    # A real figure next to numbers that are not claims.
    {
        "id": "date-and-figure",
        "text": "Op 25 februari kwamen bij een aanval op Dnipro 12 burgers om.",
        "quantities": [_n("12 burgers", 12, 12, "person", "killed", "civilians")],
        "not": ["25 februari"],
    },
    {
        "id": "ordinal-and-figure",
        "text": "De 93e brigade verloor bij Bachmoet zeker 60 man.",
        "quantities": [_n("zeker 60 man", 60, None, "person", "casualties", "ukraine")],
        "not": ["93e"],
        "note": "the 93rd brigade is Ukrainian",
    },
    {
        "id": "year-and-figure",
        "text": "Sinds 2014 zijn in de Donbas meer dan 14.000 mensen omgekomen.",
        "quantities": [_n("meer dan 14.000 mensen", 14000, None, "person", "killed", None)],
        "not": ["2014"],
        "note": "victims of all sides: no single subject",
    },
]

def _nq(id_, text, not_):
    return {"id": id_, "text": text, "quantities": [], "not": not_}


NON_QUANTITIES = [
    _nq("date-day-month", "Op 24 februari begon de invasie.", ["24 februari"]),
    _nq("year", "De Krim werd in 2014 door Rusland geannexeerd.", ["2014"]),
    _nq("age-jarige", "De 45-jarige commandant sneuvelde bij Bachmoet.", ["45-jarige"]),
    _nq("page-number", "Lees verder op pagina 7.", ["pagina 7"]),
    _nq("ordinal-division", "De 580e divisie werd naar Kreminna verplaatst.", ["580e"]),
    _nq("ordinal-word", "Het is de derde keer deze week dat de stad wordt beschoten.", ["derde"]),
    _nq("clock-time", "Het luchtalarm ging om 14.00 uur af.", ["14.00 uur"]),
    _nq("clock-time-words", "Om half acht 's ochtends vielen de eerste granaten.", ["half acht"]),
    _nq("house-number", "Het hulpcentrum zit aan de Sobornastraat 12 in Kramatorsk.", ["12"]),
    _nq("model-number-tank", "Duitsland levert Leopard 2-tanks aan Oekraïne.", ["2"]),
    _nq("model-number-aircraft", "Nederland levert F-16's aan Oekraïne.", ["16"]),
    _nq("model-number-russian-tank", "Bij Vuhledar werd een Russische T-90 uitgeschakeld.", ["90"]),
    _nq("treaty-article", "Artikel 5 van het NAVO-verdrag is niet van toepassing.", ["Artikel 5"]),
    _nq("resolution-number", "De Veiligheidsraad verwees naar resolutie 2202.", ["2202"]),
]

# --------------------------------------------------------------------------------------------
# Control claims
# --------------------------------------------------------------------------------------------


def _c(place, holder, status, polarity="affirm", source=None):
    return {"place": place, "holder": holder, "status": status, "polarity": polarity, "source": source}


CONTROL = [
    {
        "id": "heeft-ingenomen",
        "text": "Wagner heeft Soledar ingenomen.",
        "control": [_c("Soledar", "wagner", "captured")],
    },
    {
        "id": "meldt-ingenomen",
        "text": "Het Russische ministerie van Defensie meldt dat Russische troepen Soledar hebben ingenomen.",
        "control": [_c("Soledar", "russia", "captured", source="Russische ministerie van Defensie")],
    },
    {
        "id": "bevrijd-scare-quoted",
        "text": "Het Russische ministerie van Defensie maakte bekend dat Bachmoet is ‘bevrijd’.",
        "control": [_c("Bachmoet", "russia", "captured", source="Russische ministerie van Defensie")],
    },
    {
        "id": "is-gevallen-no-agent",
        "text": "Marjinka is gevallen.",
        "control": [_c("Marjinka", "russia", "captured")],
        "note": "no side named: the attacker of a Donbas town is Russia",
    },
    {
        "id": "niet-gevallen",
        "text": "Bachmoet is niet gevallen, zegt Zelensky.",
        "control": [_c("Bachmoet", "russia", "captured", "deny", "Zelensky")],
    },
    {
        "id": "ontkent-veroverd",
        "text": "Kyiv ontkent dat Russische troepen Soledar hebben veroverd.",
        "control": [_c("Soledar", "russia", "captured", "deny", "Government of Ukraine")],
    },
    {
        "id": "nog-niet-ingenomen-volgens",
        "text": "Volgens het ISW hebben Russische troepen Bachmoet nog niet ingenomen.",
        "control": [_c("Bachmoet", "russia", "captured", "deny", "ISW")],
    },
    {
        "id": "niet-kunnen-innemen",
        "text": "De Russen hebben Vuhledar na maanden van aanvallen nog altijd niet kunnen innemen.",
        "control": [_c("Vuhledar", "russia", "captured", "deny")],
    },
    {
        "id": "nog-in-oekraiense-handen",
        "text": "Bachmoet is nog in Oekraïense handen.",
        "control": [_c("Bachmoet", "ukraine", "held")],
    },
    {
        "id": "weer-in-handen",
        "text": "Lyman is weer in Oekraïense handen.",
        "control": [_c("Lyman", "ukraine", "held")],
    },
    {
        "id": "houden-stand",
        "text": "De Oekraïense troepen in Bachmoet houden stand.",
        "control": [_c("Bachmoet", "ukraine", "held")],
    },
    {
        "id": "in-handen-heeft-reported",
        "text": "Prigozjin zegt dat Wagner Bachmoet volledig in handen heeft.",
        "control": [_c("Bachmoet", "wagner", "held", source="Prigozjin")],
    },
    {
        "id": "erkent-russische-handen",
        "text": "Oekraïne erkent dat Soledar in Russische handen is.",
        "control": [_c("Soledar", "russia", "held", source="Government of Ukraine")],
    },
    {
        "id": "is-heroverd-door",
        "text": "Cherson is heroverd door het Oekraïense leger.",
        "control": [_c("Cherson", "ukraine", "captured")],
    },
    {
        "id": "heroverd-meldt",
        "text": "Oekraïense eenheden hebben Klisjtsjiivka heroverd, meldt de generale staf.",
        "control": [_c("Klisjtsjiivka", "ukraine", "captured", source="generale staf")],
    },
    {
        "id": "bevrijd-ukraine",
        "text": "Oekraïense troepen hebben het dorp Robotyne bevrijd.",
        "control": [_c("Robotyne", "ukraine", "captured")],
    },
    {
        "id": "omsingeld-beweert",
        "text": "Kupiansk is omsingeld, beweert het Russische ministerie van Defensie.",
        "control": [_c("Kupiansk", "russia", "surrounded", source="Russische ministerie van Defensie")],
    },
    {
        "id": "niet-omsingeld-aldus",
        "text": "Avdiivka is niet omsingeld, aldus Sjevtsjenko.",
        "control": [_c("Avdiivka", "russia", "surrounded", "deny", "Sjevtsjenko")],
    },
    {
        "id": "ontkent-ingesloten",
        "text": "Het Oekraïense leger ontkent dat Avdiivka is ingesloten.",
        "control": [_c("Avdiivka", "russia", "surrounded", "deny", "Oekraïense leger")],
    },
    {
        "id": "claim-and-denial",
        "text": "Moskou claimt de verovering van Krasnohorivka, maar Kyiv spreekt dat tegen.",
        "control": [
            _c("Krasnohorivka", "russia", "captured", source="Moskou"),
            _c("Krasnohorivka", "russia", "captured", "deny", "Kyiv"),
        ],
    },
    # Not control claims.
    {
        "id": "not-presupposed-noun-phrase",
        "text": "Vanaf de door Rusland bezette Krim worden nog altijd drones gelanceerd.",
        "control": [],
    },
    {
        "id": "not-presupposed-bevrijding",
        "text": "De bevrijding van Cherson werd in Kyiv uitbundig gevierd.",
        "control": [],
        "note": "the capture is presupposed by the noun phrase, not claimed",
    },
    {
        "id": "not-attempt",
        "text": "Rusland probeert Avdiivka al maanden te veroveren.",
        "control": [],
    },
    {
        "id": "not-intention",
        "text": "Oekraïne wil de hele regio Zaporizja heroveren.",
        "control": [],
    },
    {
        "id": "not-condition",
        "text": "Als Bachmoet valt, ligt de weg naar Kramatorsk open.",
        "control": [],
    },
    {
        "id": "not-prediction",
        "text": "De val van Avdiivka lijkt een kwestie van weken.",
        "control": [],
    },
    {
        "id": "not-advance",
        "text": "Russische troepen rukken op in de richting van Kupiansk.",
        "control": [],
    },
]

# --------------------------------------------------------------------------------------------
# Named entities
# --------------------------------------------------------------------------------------------


def _e(name, type_, mentions):
    return {"name": name, "type": type_, "mentions": mentions}


ENTITIES = [
    {
        "id": "person-variants-and-description",
        "text": "Jevgeni Prigozjin kondigde aan dat Wagner zich terugtrekt. Prigozjin gaf het ministerie "
        "de schuld. De Wagnerbaas sprak van verraad.",
        "entities": [
            _e("Jevgeni Prigozjin", "PER", ["Jevgeni Prigozjin", "Prigozjin", "Wagnerbaas"]),
            _e("Wagner", "ORG", ["Wagner"]),
        ],
        "not_entities": [],
        "note": "'Wagnerbaas' is a mention of Prigozjin, not of Wagner",
    },
    {
        "id": "multiword-org-with-abbreviation",
        "text": "Het Institute for the Study of War (ISW) in Washington volgt de strijd dagelijks. Volgens "
        "het ISW rukken de Russen nauwelijks op.",
        "entities": [
            _e("Institute for the Study of War", "ORG", ["Institute for the Study of War", "ISW", "ISW"]),
            _e("Washington", "LOC", ["Washington"]),
        ],
        "not_entities": ["Russen"],
    },
    {
        "id": "place-spelling-variants",
        "text": "President Volodymyr Zelensky keerde terug naar Kiev. In Kyiv sprak Zelensky het parlement "
        "toe.",
        "entities": [
            _e("Volodymyr Zelensky", "PER", ["Volodymyr Zelensky", "Zelensky"]),
            _e("Kyiv", "LOC", ["Kiev", "Kyiv"]),
        ],
        "not_entities": [],
    },
    {
        "id": "place-alias",
        "text": "Bachmoet, dat de Russen Artjomovsk noemen, ligt in de Donbas.",
        "entities": [
            _e("Bachmoet", "LOC", ["Bachmoet", "Artjomovsk"]),
            _e("Donbas", "LOC", ["Donbas"]),
        ],
        "not_entities": ["Russen"],
    },
    {
        "id": "places-after-prepositions",
        "text": "De colonne reed van Charkiv via Izjoem naar Kramatorsk.",
        "entities": [
            _e("Charkiv", "LOC", ["Charkiv"]),
            _e("Izjoem", "LOC", ["Izjoem"]),
            _e("Kramatorsk", "LOC", ["Kramatorsk"]),
        ],
        "not_entities": [],
    },
    {
        "id": "places-coordinated",
        "text": "Russische raketten troffen zondag Slovjansk en Kostjantynivka.",
        "entities": [
            _e("Slovjansk", "LOC", ["Slovjansk"]),
            _e("Kostjantynivka", "LOC", ["Kostjantynivka"]),
        ],
        "not_entities": ["Russische"],
    },
    {
        "id": "nationality-adjectives",
        "text": "Russische en Oekraïense militairen vechten al maanden om de Oekraïense stad Bachmoet.",
        "entities": [_e("Bachmoet", "LOC", ["Bachmoet"])],
        "not_entities": ["Russische", "Oekraïense"],
    },
    {
        "id": "weapon-systems",
        "text": "Oekraïne zet bij Cherson Himars-raketwerpers, Leopard-tanks en Bayraktar-drones in.",
        "entities": [
            _e("Oekraïne", "LOC", ["Oekraïne"]),
            _e("Cherson", "LOC", ["Cherson"]),
        ],
        "not_entities": ["Himars", "Leopard", "Bayraktar"],
    },
    {
        "id": "weapon-systems-2",
        "text": "Een Patriot-batterij bij Kyiv haalde in de nacht een Kinzjal-raket neer.",
        "entities": [_e("Kyiv", "LOC", ["Kyiv"])],
        "not_entities": ["Patriot", "Kinzjal"],
    },
    {
        "id": "organisations-and-country",
        "text": "De NAVO en de Verenigde Naties roepen Rusland op de aanvallen te staken.",
        "entities": [
            _e("NAVO", "ORG", ["NAVO"]),
            _e("Verenigde Naties", "ORG", ["Verenigde Naties"]),
            _e("Rusland", "LOC", ["Rusland"]),
        ],
        "not_entities": [],
    },
    {
        "id": "org-compound-variant",
        "text": "De Wagnergroep rekruteerde in Russische gevangenissen. Wagner beloofde de gevangenen "
        "gratie na zes maanden.",
        "entities": [_e("Wagner", "ORG", ["Wagnergroep", "Wagner"])],
        "not_entities": ["Russische"],
    },
    {
        "id": "org-abbreviation-and-person",
        "text": "Het Internationaal Strafhof (ICC) vaardigde een arrestatiebevel uit tegen Poetin.",
        "entities": [
            _e("Internationaal Strafhof", "ORG", ["Internationaal Strafhof", "ICC"]),
            _e("Poetin", "PER", ["Poetin"]),
        ],
        "not_entities": [],
    },
    {
        "id": "persons-with-titles",
        "text": "De Russische minister Sergej Sjojgoe en zijn stafchef Valeri Gerasimov bezochten Rostov.",
        "entities": [
            _e("Sergej Sjojgoe", "PER", ["Sergej Sjojgoe"]),
            _e("Valeri Gerasimov", "PER", ["Valeri Gerasimov"]),
            _e("Rostov", "LOC", ["Rostov"]),
        ],
        "not_entities": ["Russische"],
    },
    {
        "id": "kremlin-and-metonym",
        "text": "Het Kremlin zweeg, maar Moskou liet via de staatstelevisie weten dat de aanval mislukt was.",
        "entities": [
            _e("Kremlin", "ORG", ["Kremlin"]),
            _e("Moskou", "LOC", ["Moskou"]),
        ],
        "not_entities": [],
    },
    {
        "id": "river-and-village",
        "text": "Oekraïense mariniers staken de Dnipro over bij Krynky.",
        "entities": [
            _e("Dnipro", "LOC", ["Dnipro"]),
            _e("Krynky", "LOC", ["Krynky"]),
        ],
        "not_entities": ["Oekraïense"],
    },
    {
        "id": "sentence-initial-common-noun",
        "text": "Oorlog en winter maken het leven in Cherson zwaar. Hulp komt nauwelijks aan.",
        "entities": [_e("Cherson", "LOC", ["Cherson"])],
        "not_entities": ["Oorlog", "Hulp"],
    },
    {
        "id": "aid-organisation",
        "text": "Het Rode Kruis evacueerde vrijdag de laatste bewoners uit Avdiivka.",
        "entities": [
            _e("Rode Kruis", "ORG", ["Rode Kruis"]),
            _e("Avdiivka", "LOC", ["Avdiivka"]),
        ],
        "not_entities": [],
    },
    {
        "id": "ministry-with-nationality",
        "text": "Het Russische ministerie van Defensie meldde dat Soledar is ingenomen.",
        "entities": [
            _e("Russische ministerie van Defensie", "ORG", ["Russische ministerie van Defensie"]),
            _e("Soledar", "LOC", ["Soledar"]),
        ],
        "not_entities": [],
        "note": "the nationality adjective is part of the organisation's name here",
    },
]

ALL_GROUPS = {
    "QUOTES": QUOTES,
    "INDIRECT": INDIRECT,
    "QUANTITIES": QUANTITIES,
    "NON_QUANTITIES": NON_QUANTITIES,
    "CONTROL": CONTROL,
    "ENTITIES": ENTITIES,
}
