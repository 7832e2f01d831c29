"""Extra entity constructions (written for these tests), in the format of tests/data/nl_constructions.py."""

ENTITIES_EXTRA = [
    # Round 5: names opened by capitalised adjectives; surnames with a place ending; coordination.
    {
        "id": "capitalised-adjectives-open-an-org-name",
        "text": "Een woordvoerder van de Zuidelijke Groepering meldde dat het Centrale Militaire District "
        "versterkingen stuurt.",
        "entities": [
            {"name": "Zuidelijke Groepering", "type": "ORG", "mentions": ["Zuidelijke Groepering"]},
            {"name": "Centrale Militaire District", "type": "ORG",
             "mentions": ["Centrale Militaire District"]},
        ],
        "not_entities": ["Groepering", "Centrale", "District"],
    },
    {
        "id": "surname-with-facility-ending",
        "text": "Volgens Niels Wijkerdijk, docent aan de Defensie Academie, is de aanval mislukt.",
        "entities": [{"name": "Niels Wijkerdijk", "type": "PER", "mentions": ["Niels Wijkerdijk"]}],
        "not_entities": [],
    },
    {
        "id": "names-coordinated-with-a-place",
        "text": "De Russen namen de dorpen Orichiv, Pylnevo en Strilkove in.",
        "entities": [
            {"name": "Pylnevo", "type": "LOC", "mentions": ["Pylnevo"]},
            {"name": "Strilkove", "type": "LOC", "mentions": ["Strilkove"]},
        ],
        "not_entities": [],
    },
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
        "entities": [{"name": "Poolse Nationale Veiligheidsbureau", "type": "ORG",
                      "mentions": ["Poolse Nationale Veiligheidsbureau"]}],
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
    # A title compound on a known organisation describes the person, not the organisation.
    {
        "id": "org-in-title-compound",
        "text": "Kremlinwoordvoerder Dmitri Peskov weigerde commentaar.",
        "entities": [{"name": "Dmitry Peskov", "type": "PER", "mentions": ["Dmitri Peskov"]}],
        "not_entities": ["Kremlin"],
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
    # Institution names: capitalised modifiers, a head noun, then a place or "voor/van (de)" +
    # capitalised complements; a nationality adjective before the name is part of the mention.
    {
        "id": "institution-adjective-head-complement",
        "text": "Dat blijkt uit een rapport van het Gelders Centrum voor Veiligheid en Vrede. "
        "Het Estse Openbaar Ministerie onderzoekt de zaak.",
        "entities": [{"name": "Gelders Centrum voor Veiligheid en Vrede", "type": "ORG",
                      "mentions": ["Gelders Centrum voor Veiligheid en Vrede"]},
                     {"name": "Estse Openbaar Ministerie", "type": "ORG",
                      "mentions": ["Estse Openbaar Ministerie"]}],
        "not_entities": ["Gelders Centrum", "Ministerie", "Openbaar Ministerie", "Vrede"],
    },
    {
        "id": "institution-head-place",
        "text": "Volgens onderzoekers van de Hogeschool Groningen en van Vliegbasis Volkel is de schade "
        "beperkt.",
        "entities": [{"name": "Hogeschool Groningen", "type": "ORG", "mentions": ["Hogeschool Groningen"]},
                     {"name": "Volkel Air Base", "type": "ORG", "mentions": ["Vliegbasis Volkel"]}],
        "not_entities": ["Groningen", "Hogeschool"],
    },
    {
        "id": "institution-article-complement",
        "text": "Het Nationaal Bureau voor de Opsporing van Oorlogsmisdrijven (NBOO) zoekt getuigen.",
        "entities": [{"name": "Nationaal Bureau voor de Opsporing van Oorlogsmisdrijven", "type": "ORG",
                      "mentions": ["Nationaal Bureau voor de Opsporing van Oorlogsmisdrijven", "NBOO"]}],
        "not_entities": ["Opsporing", "Oorlogsmisdrijven", "Nationaal Bureau"],
    },
    {
        "id": "institution-english-designation",
        "text": "De piloten trainen bij het Baltic F-35 Flight School in Litouwen.",
        "entities": [{"name": "Baltic F-35 Flight School", "type": "ORG",
                      "mentions": ["Baltic F-35 Flight School"]}],
        "not_entities": ["Baltic", "Flight School"],
    },
    # A head noun before a known name describes it; a known name after an adjective is not reopened.
    {
        "id": "institution-head-before-known-name",
        "text": "Persbureau Reuters meldt dat de Amerikaanse Institute for the Study of War twijfelt.",
        "entities": [{"name": "Reuters", "type": "ORG", "mentions": ["Reuters"]},
                     {"name": "Institute for the Study of War", "type": "ORG",
                      "mentions": ["Institute for the Study of War"]}],
        "not_entities": ["Persbureau Reuters", "Amerikaanse Institute for the Study of War"],
    },
    # A short form that ends a named organisation is that organisation ("het Strafhof").
    {
        "id": "institution-short-form",
        "text": "Het Internationaal Strafhof onderzoekt de deportaties. Het Strafhof heeft geen politie.",
        "entities": [{"name": "International Criminal Court", "type": "ORG",
                      "mentions": ["Internationaal Strafhof", "Strafhof"]}],
        "not_entities": [],
    },
    # A role before a name is no part of it; a particle never ends a name.
    {
        "id": "role-and-particle-edges",
        "parts": [("title", "Aanklager Bakker in Charkiv: ‘Elk dossier telt’"),
                  ("body", "Officier van justitie Anouk Bakker zegt dat, stelt onderzoeker Bas Kok van "
                   "Instituut Clingendael.")],
        "entities": [{"name": "Anouk Bakker", "type": "PER", "mentions": ["Bakker", "Anouk Bakker"]},
                     {"name": "Bas Kok", "type": "PER", "mentions": ["Bas Kok"]},
                     {"name": "Clingendael", "type": "ORG", "mentions": ["Instituut Clingendael"]}],
        "not_entities": ["Aanklager Bakker", "Bas Kok van"],
    },
    # A known name hyphen-joined to an organisation noun names another organisation; a description
    # inside a compound with a common noun mentions nothing.
    {
        "id": "org-compounds",
        "text": "Het Rwanda-tribunaal en de EU-waarnemingsmissie werkten samen. "
        "De Russische marine-infanterie trok zich terug.",
        "entities": [{"name": "Rwanda-tribunaal", "type": "ORG", "mentions": ["Rwanda-tribunaal"]},
                     {"name": "EU-waarnemingsmissie", "type": "ORG", "mentions": ["EU-waarnemingsmissie"]}],
        "not_entities": ["Rwanda", "EU", "Russische marine"],
    },
    {
        "id": "name-joined-geo-noun",
        "text": "Op de Tendra-landtong zijn landingen gemeld.",
        "entities": [{"name": "Tendra-landtong", "type": "LOC", "mentions": ["Tendra-landtong"]}],
        "not_entities": ["Tendra"],
    },
    # A description in apposition to a name refers through it.
    {
        "id": "description-apposition",
        "text": "Een bron binnen de Oekraïense inlichtingendienst SBU bevestigde de aanval.",
        "entities": [{"name": "Security Service of Ukraine", "type": "ORG", "mentions": ["SBU"]}],
        "not_entities": ["Oekraïense inlichtingendienst"],
    },
    # An unqualified ministry is the one of the country its sentence names (Dutch first); a
    # qualified ministry not in the knowledge base keeps its nationality.
    {
        "id": "unqualified-ministry-country",
        "text": "Nederland stuurt twaalf tanks naar Oekraïne, meldt het ministerie van Defensie. "
        "Het Litouwse ministerie van Energie meldt storingen.",
        "entities": [{"name": "Ministry of Defence (Netherlands)", "type": "ORG",
                      "mentions": ["ministerie van Defensie"]},
                     {"name": "Litouwse ministerie van Energie", "type": "ORG",
                      "mentions": ["Litouwse ministerie van Energie"]}],
        "not_entities": [],
    },
    {
        "id": "ministry-coordinated-portfolio",
        "text": "Het ministerie van Asiel en Migratie heeft de opvang uitgebreid.",
        "entities": [{"name": "ministerie van Asiel en Migratie", "type": "ORG",
                      "mentions": ["ministerie van Asiel en Migratie"]}],
        "not_entities": ["Migratie"],
    },
    # Organisations of the war known by a Dutch description or a military group name.
    {
        "id": "kb-army-and-groups",
        "text": "De Strijdkrachten van Oekraïne melden dat de Westelijke Groep bij Koepjansk aanvalt.",
        "note": "a common-noun description ('het Oekraïense leger') is not a named entity (dev gold)",
        "entities": [{"name": "Armed Forces of Ukraine", "type": "ORG",
                      "mentions": ["Strijdkrachten van Oekraïne"]},
                     {"name": "Western Group of Forces", "type": "ORG", "mentions": ["Westelijke Groep"]}],
        "not_entities": ["Groep"],
    },
    # An event name is no entity, the place in it is; a title's institution is part of the title.
    {
        "id": "event-and-title-institution",
        "text": "‘De Slag om Avdiivka is voorbij’, zegt de oud-Commandant der Strijdkrachten.",
        "entities": [{"name": "Avdiivka", "type": "LOC", "mentions": ["Avdiivka"]}],
        "not_entities": ["Slag", "Strijdkrachten"],
    },
    # Plural region nouns make every conjunct a region.
    {
        "id": "coordinated-regions",
        "text": "In de regio’s Charkiv en Soemy viel de stroom uit.",
        "entities": [{"name": "Kharkiv Oblast", "type": "LOC", "mentions": ["Charkiv"]},
                     {"name": "Sumy Oblast", "type": "LOC", "mentions": ["Soemy"]}],
        "not_entities": [],
    },
    # A regional section label under the title is not a place of the article; its dateline is.
    {
        "id": "section-label-dateline",
        "parts": [("title", "Nieuwe radar in gebruik"), ("dateline", "DRENTHE"), ("lead", "De radar draait."),
                  ("dateline", "ASSEN"), ("body", "In Assen is de radar getest.")],
        "entities": [{"name": "Assen", "type": "LOC", "mentions": ["ASSEN", "Assen"]}],
        "not_entities": ["DRENTHE", "Drenthe"],
    },
    # The name of a foundation after the noun "stichting" keeps its complement.
    {
        "id": "foundation-name-complement",
        "text": "De stichting Licht voor Cherson stuurde generatoren.",
        "entities": [{"name": "Licht voor Cherson", "type": "ORG", "mentions": ["Licht voor Cherson"]}],
        "not_entities": ["Licht"],
    },
]
