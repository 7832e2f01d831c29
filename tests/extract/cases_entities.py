"""Extra entity constructions (written for these tests), in the format of tests/data/nl_constructions.py."""

ENTITIES_EXTRA = [
    {
        "id": "dateline-caps",
        "parts": [("dateline", "KYIV – MOSKOU"), ("body", "In Moskou bleef het stil.")],
        "entities": [
            {"name": "Kyiv", "type": "LOC", "mentions": ["KYIV"]},
            {"name": "Moscow", "type": "LOC", "mentions": ["MOSKOU", "Moskou"]},
        ],
        "not_entities": [],
    },
    {
        "id": "credit-agency-and-photographer",
        "parts": [("caption", "Soldaten bij een stelling."), ("credit", "beeld afp / Olga Marenko")],
        "entities": [
            {"name": "Agence France-Presse", "type": "ORG", "mentions": ["afp"]},
            {"name": "Olga Marenko", "type": "PER", "mentions": ["Olga Marenko"]},
        ],
        "not_entities": [],
    },
    {
        "id": "surname-after-full-name",
        "text": "Volgens analist Pieter Hoogendoorn is de stad verloren. "
        "Hoogendoorn wijst op de aanvoerlijnen.",
        "entities": [
            {"name": "Pieter Hoogendoorn", "type": "PER", "mentions": ["Pieter Hoogendoorn", "Hoogendoorn"]}
        ],
        "not_entities": [],
    },
    {
        "id": "genitive",
        "text": "De invloed van Prigozjin groeit. Prigozjins huurlingen rukken op.",
        "entities": [{"name": "Yevgeny Prigozhin", "type": "PER", "mentions": ["Prigozjin", "Prigozjins"]}],
        "not_entities": [],
    },
    {
        "id": "ministry-short-form",
        "text": "Het Britse ministerie van Defensie publiceert dagelijks een analyse. "
        "Volgens het ministerie van Defensie is de opmars vertraagd.",
        "entities": [
            {
                "name": "Ministry of Defence (United Kingdom)",
                "type": "ORG",
                "mentions": ["Britse ministerie van Defensie", "ministerie van Defensie"],
            }
        ],
        "not_entities": ["Defensie"],
    },
    {
        "id": "region-and-city",
        "text": "In de regio Charkov wordt zwaar gevochten. De stad Charkov werd beschoten.",
        "entities": [
            {"name": "Kharkiv Oblast", "type": "LOC", "mentions": ["regio Charkov"]},
            {"name": "Kharkiv", "type": "LOC", "mentions": ["Charkov"]},
        ],
        "not_entities": [],
    },
    {
        "id": "numbered-unit",
        "text": "Het 93ste gemechaniseerde brigade hield de linie bij Kupiansk.",
        "entities": [
            {
                "name": "93ste gemechaniseerde brigade",
                "type": "ORG",
                "mentions": ["93ste gemechaniseerde brigade"],
            }
        ],
        "not_entities": [],
    },
    {
        "id": "surname-that-is-a-place",
        "text": "Oud-generaal Karel Berlijn waarschuwt voor overmoed. "
        "Volgens Berlijn is de winter beslissend.",
        "entities": [{"name": "Karel Berlijn", "type": "PER", "mentions": ["Karel Berlijn", "Berlijn"]}],
        "not_entities": [],
    },
    {
        "id": "description-unambiguous",
        "text": "De Oekraïense president Zelensky bezocht het front. De president sprak met soldaten.",
        "entities": [{"name": "Volodymyr Zelensky", "type": "PER", "mentions": ["Zelensky", "president"]}],
        "not_entities": [],
    },
    # A compound place noun before an unknown name makes it a place ("het grensdorp X").
    {
        "id": "compound-place-noun",
        "text": "Het grensdorp Kozinka werd zwaar beschoten.",
        "entities": [{"name": "Kozinka", "type": "LOC", "mentions": ["Kozinka"]}],
        "not_entities": [],
    },
    # Sentence-initial first name, particles and surname, confirmed by a title in apposition.
    {
        "id": "initial-name-with-particles",
        "text": "Annelies van der Berg, defensie-expert bij een denktank, ziet weinig verandering.",
        "entities": [{"name": "Annelies van der Berg", "type": "PER", "mentions": ["Annelies van der Berg"]}],
        "not_entities": ["Berg"],
    },
    # "van" + known place after a full name is an origin, not part of the surname.
    {
        "id": "full-name-van-place",
        "text": "Volgens burgemeester Ivan Petrenko van Charkiv is de stroom uitgevallen.",
        "entities": [{"name": "Ivan Petrenko", "type": "PER", "mentions": ["Ivan Petrenko"]},
                     {"name": "Kharkiv", "type": "LOC", "mentions": ["Charkiv"]}],
        "not_entities": ["Ivan Petrenko van Charkiv"],
    },
    # A known surname with another first name is another person.
    {
        "id": "known-surname-other-person",
        "text": "„We moeten sneller leveren”, zegt Marleen Hoekstra, onderzoeker bij Clingendael. "
        "Hoekstra pleit voor meer munitie.",
        "entities": [{"name": "Marleen Hoekstra", "type": "PER",
                      "mentions": ["Marleen Hoekstra", "Hoekstra"]}],
        "not_entities": ["Wopke Hoekstra"],
    },
    # A capitalised adjective opens an organisation name on a compound head ("-bureau", "-comité").
    {
        "id": "adjective-org-compound",
        "text": "Volgens het Poolse Nationale Veiligheidsbureau is de drone neergestort.",
        "entities": [{"name": "Nationale Veiligheidsbureau", "type": "ORG",
                      "mentions": ["Nationale Veiligheidsbureau"]}],
        "not_entities": [],
    },
    {
        "id": "event-not-entity",
        "text": "Het is de zwaarste strijd in Europa sinds de Tweede Wereldoorlog.",
        "entities": [{"name": "Europe", "type": "LOC", "mentions": ["Europa"]}],
        "not_entities": ["Tweede Wereldoorlog", "Tweede"],
    },
    # Geographic and organisation heads keep "van <place>" inside the name.
    {
        "id": "geo-and-org-head-van-place",
        "text": "Schepen varen door de Golf van Riga. Hij studeerde aan de Universiteit van Amsterdam.",
        "entities": [{"name": "Golf van Riga", "type": "LOC", "mentions": ["Golf van Riga"]},
                     {"name": "Universiteit van Amsterdam", "type": "ORG",
                      "mentions": ["Universiteit van Amsterdam"]}],
        "not_entities": [],
    },
    {
        "id": "ampersand-in-org-name",
        "text": "Dat zegt een onderzoeker van het Institute for Science & International Security.",
        "entities": [{"name": "Institute for Science & International Security", "type": "ORG",
                      "mentions": ["Institute for Science & International Security"]}],
        "not_entities": ["International Security"],
    },
    # A title compound on a known organisation mentions it ("Kremlinwoordvoerder").
    {
        "id": "org-in-title-compound",
        "text": "Kremlinwoordvoerder Dmitri Peskov weigerde commentaar.",
        "entities": [{"name": "Kremlin", "type": "ORG", "mentions": ["Kremlin"]},
                     {"name": "Dmitry Peskov", "type": "PER", "mentions": ["Dmitri Peskov"]}],
        "not_entities": [],
    },
    # Organisations of the war the knowledge base knows by their Dutch description.
    {
        "id": "kb-military-organisations",
        "text": "Volgens de Oekraïense luchtmacht werden twintig drones neergeschoten. De Britse militaire "
        "inlichtingendienst meldt dat de Straat van Kertsj weer open is.",
        "entities": [{"name": "Ukrainian Air Force", "type": "ORG", "mentions": ["Oekraïense luchtmacht"]},
                     {"name": "Defence Intelligence (United Kingdom)", "type": "ORG",
                      "mentions": ["Britse militaire inlichtingendienst"]},
                     {"name": "Kerch Strait", "type": "LOC", "mentions": ["Straat van Kertsj"]}],
        "not_entities": ["Kertsj"],
    },
    # A capitalised word hyphen-joined to a number is a type designation, not a name.
    {
        "id": "designation-not-entity",
        "text": "Het ging om drones van het type Bober-3 en om een Ka-52 van de Russische luchtmacht.",
        "entities": [],
        "not_entities": ["Bober", "Ka"],
    },
    # A name takes no quantifier: "veel Kievenaren" is a common noun of inhabitants.
    {
        "id": "quantified-inhabitants",
        "text": "Voor veel Kievenaren en duizenden Charkivers is de oorlog dichtbij.",
        "entities": [],
        "not_entities": ["Kievenaren", "Charkivers"],
    },
    # A word the text writes in lower case is a common word when a quotation opens with it.
    {
        "id": "quote-initial-common-word",
        "parts": [("title", "Kremlin na aanval op brug: ‘Schaamteloos en laf’"),
                  ("body", "Het Kremlin noemde de aanval schaamteloos.")],
        "entities": [{"name": "Kremlin", "type": "ORG", "mentions": ["Kremlin"]}],
        "not_entities": ["Schaamteloos"],
    },
    {
        "id": "compass-bloc-not-entity",
        "text": "Het Kremlin waarschuwde het Westen voor verdere escalatie.",
        "entities": [{"name": "Kremlin", "type": "ORG", "mentions": ["Kremlin"]}],
        "not_entities": ["Westen"],
    },
    # An unknown acronym opens a name: joined capitalised parts, or one name word after it.
    {
        "id": "acronym-name",
        "text": "Volgens de organisatie SOS-Donbas en een onderzoeker van de KU Leuven is de dam vernield.",
        "entities": [{"name": "SOS-Donbas", "type": "ORG", "mentions": ["SOS-Donbas"]},
                     {"name": "KU Leuven", "type": "ORG", "mentions": ["KU Leuven"]}],
        "not_entities": ["SOS", "Leuven"],
    },
    # An ordinal before a compound on a unit noun names a unit.
    {
        "id": "ordinal-compound-unit",
        "text": "Eenheden van de 76ste luchtaanvalsdivisie zijn naar het zuiden verplaatst.",
        "entities": [{"name": "76ste luchtaanvalsdivisie", "type": "ORG",
                      "mentions": ["76ste luchtaanvalsdivisie"]}],
        "not_entities": [],
    },
    # A name hyphen-joined to a street or facility noun names a place.
    {
        "id": "name-joined-place-noun",
        "text": "Bewoners van de Sadova-straat werden geëvacueerd.",
        "entities": [{"name": "Sadova-straat", "type": "LOC", "mentions": ["Sadova-straat"]}],
        "not_entities": ["Sadova"],
    },
]
