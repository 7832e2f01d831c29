"""Dutch words for control claims: who holds, took, lost or surrounds a place.

Data only, read by ``claimgraph.extract.control``. Extends :data:`verbs.CONTROL_VERBS` (owned by
the speech lexicon) with the status each verb asserts and the words that block a claim. Lower
case, diacritics kept as written (callers compare folded forms where said).
"""

from __future__ import annotations

from claimgraph.lang.nl.verbs import CONTROL_VERBS

# Verb lemma → status asserted. "held" verbs say who is in control now; "captured" verbs that a
# place changed hands (the agent is the new holder); "surrounded" that it is encircled.
STATUS: dict[str, str] = {
    "veroveren": "captured", "heroveren": "captured", "innemen": "captured", "vallen": "captured",
    "bevrijden": "captured", "terugveroveren": "captured", "omsingelen": "surrounded",
    "insluiten": "surrounded", "bezetten": "held", "controleren": "held", "houden": "held",
    "handen": "held", "controle": "held", "verliezen": "lost", "zuiveren": "captured",
    "terugtrekken": "lost", "verlaten": "lost", "opgeven": "lost",
}
# Verbs of a completed withdrawal: a denial for the side that left. Only with a military subject
# (civilians leave a town too) and, for the reflexive one, "zich".
WITHDRAWAL_LEMMAS = frozenset({"terugtrekken", "verlaten", "opgeven"})
# The particle a separable form needs later in the clause ("trok zich terug", "gaf X op").
SEPARABLE_PARTICLES: dict[str, str] = {"trok": "terug", "trokken": "terug", "gaf": "op", "gaven": "op",
                                       "geeft": "op", "geven": "op"}
# Prepositions that take the place of a withdrawal ("trok zich terug uit X").
WITHDRAWAL_PREPOSITIONS = frozenset({"uit"})
# Nouns for armed forces: a withdrawal's subject must be one of these or name a party.
MILITARY_NOUNS = ("troepen", "eenheden", "verdedigers", "militairen", "soldaten", "strijders", "leger",
                  "strijdkrachten", "brigade", "brigades", "mariniers", "bataljon", "garnizoen")
# Nouns for civilians: "inwoners hebben de stad verlaten" is no withdrawal.
CIVILIAN_NOUNS = frozenset({"burgers", "inwoners", "bewoners", "mensen", "vluchtelingen", "gezinnen",
                            "kinderen", "ouderen", "evacués"})
# Openers of a list of examples after a clause: "…, onder meer X, Y en Z".
LIST_OPENERS: tuple[tuple[str, ...], ...] = (("onder", "meer"), ("onder", "andere"), ("waaronder",),
                                             ("zoals",), ("namelijk",))
# Nouns that a count makes the object of a capture or loss verb instead of the place: "verloor
# in de strijd om de stad 4000 militairen", "veroverde rond X 300 vierkante kilometer".
COUNTED_OBJECT_NOUNS = frozenset({"militairen", "soldaten", "man", "manschappen", "strijders", "troepen",
                                  "tanks", "pantservoertuigen", "voertuigen", "vliegtuigen", "toestellen",
                                  "vierkante", "km²", "km2", "hectare", "dorpen", "doden",
                                  "gewonden", "levens"})
# Words that may stand between coordinated place names: "Irpin, Boetsja, Hostomel ‘en de hele
# regio Kyiv’".
COORDINATION_FILLERS = frozenset({"en", "of", "de", "het", "hele", "gehele"})
# Possessives before "handen" ("in onze handen", "in hun handen"): the holder is the source's side.
POSSESSIVES = frozenset({"onze", "ons", "hun", "zijn", "haar"})

# Extra word forms beyond verbs.CONTROL_VERBS, by lemma.
EXTRA_FORMS: dict[str, list[str]] = {
    "terugveroveren": ["terugveroverd", "terugveroverde", "terugveroverden", "terugveroveren"],
    "insluiten": ["ingesloten", "sluit in", "sloot in", "sloten in", "insluiten"],
    "controle": ["controle"],
}

# Forms that are nouns or attributive only: never a claim on their own ("de inname van X"), but
# a claim when the object of a claim verb ("Moskou claimt de verovering van X").
NOMINAL_FORMS: dict[str, str] = {
    "inname": "innemen", "verovering": "veroveren", "herovering": "heroveren",
    "bevrijding": "bevrijden", "val": "vallen", "omsingeling": "omsingelen",
}
# Verbs that make a nominal form a claim of their subject.
CLAIM_VERBS = frozenset(
    [
        "claimt", "claimde", "claimden", "claimen", "geclaimd", "meldt", "meldde", "meldden", "melden",
        "gemeld", "bevestigt", "bevestigde", "bevestigden", "bevestigd", "kondigt", "kondigde", "kondigden",
        "aangekondigd", "bekendgemaakt", "bekendmaken", "bekend", "opgeëist", "opeisen", "eist", "eiste",
        "eisten", "eisen",
    ]
)

# Claim verb forms that may follow the noun in a main clause: participles and particles of a
# verb-final cluster ("heeft de verovering van X bekendgemaakt"). A finite verb after the noun
# closes a subordinate clause ("de eerste keer dat X de inname meldde"), which is no assertion.
CLAIM_VERBS_AFTER = frozenset(
    {"geclaimd", "gemeld", "bevestigd", "aangekondigd", "bekendgemaakt", "opgeëist", "bekend", "op"}
)

# Forms that are not control verbs although listed as such for the sentence selector: the noun
# "bezetting", "stand" without "houden", "handen" without "in".
NEVER_ALONE = frozenset({"bezetting", "stand", "handen", "inname", "controle"})

# Words in the clause that make the capture an attempt, intention, plan or prediction.
MODAL_BLOCKERS = frozenset(
    [
        "probeert", "proberen", "probeerde", "probeerden", "poogt", "pogen", "poogde", "wil", "willen",
        "wilde", "wilden", "wou", "dreigt", "dreigen", "dreigde", "hoopt", "hopen", "hoopte", "plant",
        "plannen", "plande", "beoogt", "moet", "moeten", "zal", "zullen", "gaat", "gaan",
    ]
)
# Modal verbs of possibility: "kan … heroveren" is no claim, but "niet kunnen innemen" denies one.
POSSIBILITY = frozenset({"kan", "kunnen", "kon", "konden"})
# Nouns naming a kind of place, skipped when looking for the preposition before a name.
PLACE_NOUNS = frozenset({"stad", "dorp", "plaats", "regio", "provincie", "havenstad", "stadje", "dorpje",
                         "gebied", "oblast"})
# Clause openers that make the clause conditional or temporal: not a claim.
CONDITIONAL = frozenset({"als", "wanneer", "indien", "zodra", "mocht", "tenzij", "voordat", "totdat"})
# Relative pronouns / adverbs: a control verb in a relative clause is presupposed.
RELATIVE = frozenset({"die", "dat", "wat", "waar", "welke", "waarin", "waarop", "waarbij", "waarvan"})
# Subordinators that open a clause (the complement of a speech verb among them).
SUBORDINATORS = frozenset({"dat", "omdat", "nadat", "terwijl", "hoewel", "of", "zodat", "doordat",
                           "sinds", "toen"}) | CONDITIONAL
# Words that open a time expression after "sinds" ("sinds vorig jaar", "sinds begin maart").
TIME_WORDS = frozenset({"vorig", "vorige", "begin", "eind", "half", "medio", "afgelopen", "gisteren",
                        "eergisteren", "jaren", "maanden", "weken", "dagen", "kort", "lang", "toen", "dien"})
# Negations that deny the claim (not "niet alleen", handled by the extractor).
NEGATIONS = frozenset({"niet", "nooit", "geen", "allerminst", "nergens"})
# Verbs whose complement clause is denied ("ontkent dat …", "weerspreekt dat …", "betwist dat …").
DENIAL_VERBS = frozenset({"ontkent", "ontkende", "ontkenden", "ontkennen", "ontkend", "weerspreekt",
                          "weersprak", "weerspraken", "weerspreken", "weersproken", "betwist", "betwistte",
                          "betwistten", "betwisten", "tegengesproken"})
# Separable denial verbs: "spreekt (het) tegen dat …" (the particle "tegen" stands apart).
DENIAL_PARTICLE_VERBS = frozenset({"spreekt", "sprak", "spraken", "spreken"})
# Pronoun objects of a denial verb that stand for a claim made before ("Kyiv spreekt dat tegen").
DENIAL_PRONOUNS = frozenset({"dat", "dit", "het"})
# Temporal subordinators: "nadat de Russen X hadden ingenomen" presupposes the capture as
# background to the main clause; the convention counts main-clause assertions only.
PRESUPPOSING = frozenset({"nadat", "toen", "sinds", "sindsdien"})
# Causal prepositions: "vallen" takes no agent, so "viel door/vanwege …" names a cause and treats
# the fall as known.
CAUSAL_PREPOSITIONS = frozenset({"door", "vanwege", "wegens", "dankzij"})
# Continuative adverbs: "is nog (steeds) in Oekraïense handen" says the holder still defends it.
CONTINUATIVE = frozenset({"nog", "steeds"})
# Forms of "verliezen": in a clause with a control word ("verloor de controle over X") they turn
# the claim into a denial for the loser.
LOSS_FORMS = frozenset({"verliest", "verliezen", "verloor", "verloren"})
# Determiners of a definite noun phrase that refers back to a named place by its head noun
# ("de kerncentrale" after "de kerncentrale van Zaporizja", "de fabriek" after "de Azovstal-fabriek").
HEAD_ANAPHOR_DETERMINERS = frozenset({"de", "het", "die", "deze"})
# Words for an ongoing withdrawal or a process, not a change of hands.
PROCESS_WORDS = frozenset({"bezig", "terugtrekking", "terugtrekken", "poging", "pogingen"})
# Words before "van <place>" that make the claim partial ("de rest van Bachmoet").
PARTIAL_WORDS = frozenset(
    [
        "rest", "deel", "delen", "gedeelte", "helft", "procent", "stuk", "stukje", "stukken", "oosten",
        "westen", "noorden", "zuiden", "buitenwijken", "wijk", "wijken", "centrum", "rand", "randen",
        "deel", "omgeving",
    ]
)
# Determiner + noun that refers back to the last named city ("de stad", "die havenstad").
ANAPHOR_DETERMINERS = frozenset({"de", "die", "deze", "het", "dit"})
ANAPHOR_NOUNS = frozenset({"stad", "havenstad", "frontstad", "hoofdstad", "stadje", "plaats", "dorp",
                           "dorpje", "plaatsje", "eiland"})
# Compound heads that make a noun an anaphor too: "industriestad", "grensdorp", "mijnstadje".
ANAPHOR_HEADS = ("stad", "stadje", "dorp", "dorpje")
# Prepositions that put a place in an adverbial phrase, not in the object of a capture verb.
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "bij", "rond", "rondom", "naar", "uit", "vanuit", "nabij", "richting", "via", "langs", "van",
     "op", "tegen", "over", "tussen", "voor", "achter", "aan", "ten", "sinds"}
)
# Prepositions before a party that is not the agent ("heroverd op de Russen", "van de Russische
# grens").
NON_AGENT_PREPOSITIONS = frozenset({"op", "van", "tegen", "aan", "uit", "naar", "met", "volgens"})


# Particles of separable verbs built on "vallen" that are no fall of a place: "de stroom viel uit",
# "het viel mee/tegen", "de aanvoer valt weg", "Rusland viel Oekraïne binnen" (an invasion, not a
# capture), "viel aan" (an attack). With one of these closing the clause, "viel" is that verb.
VALLEN_PARTICLES = frozenset({"uit", "weg", "af", "mee", "tegen", "terug", "binnen", "aan", "om", "stil",
                              "samen", "open", "toe", "op", "in", "neer", "over"})
# Copulas with a predicative party adjective: "Marioepol blijft Oekraïens", "de stad is Russisch".
COPULAS = frozenset({"is", "was", "blijft", "bleef", "wordt", "werd", "zijn", "waren", "blijven",
                     "bleven", "worden", "werden", "geworden", "gebleven"})
# The uninflected (predicative) party adjectives and what they say about who holds the subject.
PREDICATIVE_PARTY: dict[str, str] = {"oekraïens": "ukraine", "oekraiens": "ukraine", "russisch": "russia"}
# Adverbs that may stand between the copula and the adjective ("blijft gewoon Oekraïens").
COPULA_ADVERBS = frozenset({"nog", "steeds", "altijd", "gewoon", "nu", "inmiddels", "voorlopig",
                            "definitief", "weer", "opnieuw", "volledig", "helemaal", "niet", "nooit"})


def control_forms() -> dict[str, str]:
    """Word form (first word of multi-word forms) → lemma, for every control verb and extra."""
    out: dict[str, str] = {}
    for lemma, forms in list(CONTROL_VERBS.items()) + list(EXTRA_FORMS.items()):
        for f in forms:
            out.setdefault(f.split()[0], lemma)
    return out


CONTROL_FORM_LEMMAS: dict[str, str] = control_forms()
