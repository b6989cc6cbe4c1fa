"""The words of the Gherkin specifications: how a policy maker says each code of the contract.

One vocabulary for every feature file. A new scenario needs new Python only
when it needs a new kind of sentence; a new word for a known code goes here.
"""

import re

SETTINGS = {
    "in de kinderopvang": "kinderopvang",
    "op de basisschool": "po",
    "in het speciaal basisonderwijs": "sbo",
    "in het speciaal onderwijs": "so",
    "in het voortgezet onderwijs": "vo",
    "in het voortgezet speciaal onderwijs": "vso",
    "op het mbo": "mbo",
    "zonder school of opvang": "geen",
}

REGIONS = {
    "in de Drechtsteden": "drechtsteden",
    "op Voorne-Putten": "voorne-putten",
    "op Goeree-Overflakkee": "goeree-overflakkee",
    "in een andere regio": "algemeen",
}

CONCERNS = {
    "leren": "leren",
    "wat hij nodig heeft om te leren": "leren",
    "gedrag": "gedrag",
    "dyslexie": "dyslexie",
    "taal": "taal",
    "een lichamelijke beperking": "lichamelijk",
    "een langdurige ziekte": "somatisch",
    "een verstandelijke beperking": "lvb",
    "psychische problemen": "psychisch",
    "de opvoeding": "opvoeding",
    "meerdere problemen in het gezin": "gezin",
    "de veiligheid van het kind": "veiligheid",
    "verzuim": "verzuim",
}

PLACES = {
    "alleen op school": ["school"],
    "alleen thuis": ["thuis"],
    "zowel op school als thuis": ["school", "thuis"],
}

CARE = {
    "lichte jeugdhulp": "jeugdhulp_licht",
    "specialistische jeugdhulp": "jeugdhulp_specialistisch",
    "zorg uit de Wet langdurige zorg": "wlz",
    "zorg uit de Zorgverzekeringswet": "zvw",
}

COGNITIVE_LEVELS = {"laag": "laag", "gemiddeld tot hoog": "gemiddeld_hoog"}

LOAD = {"geen onderwijs": "geen", "een deel van de tijd onderwijs": "beperkt", "een volledig rooster": "volledig"}

HOLDERS = {"de school": "school", "de gemeente": "gemeente", "de zorgpartner": "zorgpartner"}

ARRANGEMENTS = {
    "basisondersteuning": "basisondersteuning",
    "extra ondersteuning op school": "extra_ondersteuning",
    "jeugdhulp op school": "interprofessioneel_team",
    "jeugdhulp in de opvang": "interprofessioneel_team",
    "opvoedondersteuning": "opvoedondersteuning",
    "schoolmaatschappelijk werk": "schoolmaatschappelijk_werk",
    "een gesprek met de jeugdgezondheidszorg": "jgz_consult",
    "een plek in het speciaal basisonderwijs": "sbo_tlv",
    "een plek in het speciaal onderwijs": "so_vso_tlv",
    "onderwijs en jeugdhulp als één pakket": "onderwijs_jeugdhulp_arrangement",
    "specialistische jeugdhulp": "specialistische_jeugdhulp",
    "steun tijdens de wachttijd": "overbrugging",
    "dyslexiezorg": "eed_dyslexiezorg",
    "voor- en vroegschoolse educatie": "vve",
    "een warme overdracht": "warme_overdracht",
    "zorg tijdens de schooltijd": "zorg_in_onderwijstijd",
    "een kinderdienstencentrum": "kinderdienstencentrum",
    "maatwerk met deels onderwijs en deels zorg": "maatwerk_onderwijs_zorg",
    "de aanpak thuiszitten": "thuiszitter_aanpak",
    "advies van Veilig Thuis": "veilig_thuis_advies",
    "een traject met het RMC": "rmc_traject",
}

PARTNERS = {
    "de ouders": "ouders",
    "de school": "school",
    "het samenwerkingsverband": "samenwerkingsverband",
    "de kinderopvang": "kinderopvang",
    "het CJG": "cjg",
    "de jeugdgezondheidszorg": "jgz",
    "het schoolmaatschappelijk werk": "smw",
    "leerplicht": "leerplicht",
    "de zorgaanbieder": "zorgaanbieder",
    "het zorgkantoor": "zorgkantoor",
    "Veilig Thuis": "veilig_thuis",
    "de Raad voor de Kinderbescherming": "raad_kinderbescherming",
    "de onderwijsconsulent": "onderwijsconsulent",
    "het RMC": "rmc",
    "de Geschillencommissie passend onderwijs": "geschillencommissie",
}

SIGNALS = {
    "het betrekken van de ouders": "ouders_betrekken",
    "vrijstelling alleen als het niet anders kan": "vrijstelling_nee_tenzij",
    "thuiszitten": "thuiszitter",
    "de veiligheid van het kind": "veiligheid",
    "de wachtlijst": "wachtlijst",
}


# Another answer, as a policy maker says it after "als": fixed phrases, then patterns with a number or a word.
CHANGES: dict[str, tuple[str, object]] = {
    "de ondersteuning van school niet meer volstaat": ("school_support_exhausted", True),
    "de ondersteuning van school nog volstaat": ("school_support_exhausted", False),
    "de partijen er samen niet uitkomen": ("stuck", True),
    "de ouders achter de aanpak staan": ("parents_consent", "ja"),
    "het kind niet meer op een wachtlijst staat": ("waiting_weeks", 0),
    "het kind nergens meer ingeschreven staat": ("setting", "geen"),
}
# Patterns, by the form a failing step shows: <getal> is a whole number, <zorg> a concern, <plek> a place.
NUMBER_CHANGES = {
    "het kind <getal> jaar wordt": (r"het kind (?P<n>\d+) jaar wordt", "age"),
    "het kind <getal> weken op jeugdhulp wacht": (
        r"het kind (?P<n>\d+) (?:week|weken) op jeugdhulp wacht",
        "waiting_weeks",
    ),
    "het kind <getal> weken zonder passend onderwijs zit": (
        r"het kind (?P<n>\d+) (?:week|weken) zonder passend onderwijs zit",
        "weeks_absent",
    ),
}
PLACE_WORDS = {"op school": "school", "thuis": "thuis"}
SET_CHANGES = {
    "er ook zorgen zijn over <zorg>": (r"er ook zorgen zijn over (?P<member>.+)", "concerns", CONCERNS, True),
    "er geen zorgen meer zijn over <zorg>": (
        r"er geen zorgen meer zijn over (?P<member>.+)",
        "concerns",
        CONCERNS,
        False,
    ),
    "de problemen ook <plek> spelen": (r"de problemen ook (?P<member>.+) spelen", "shows_at", PLACE_WORDS, True),
    "de problemen niet meer <plek> spelen": (
        r"de problemen niet meer (?P<member>.+) spelen",
        "shows_at",
        PLACE_WORDS,
        False,
    ),
}


def changed_answer(case: dict[str, object], phrase: str) -> tuple[str, object]:
    """The field and its new value (as contract JSON) that a phrase after "als" names, for this case."""
    if phrase in CHANGES:
        return CHANGES[phrase]
    for pattern, field in NUMBER_CHANGES.values():
        found = re.fullmatch(pattern, phrase)
        if found:
            return field, int(found["n"])
    for pattern, field, members, add in SET_CHANGES.values():
        found = re.fullmatch(pattern, phrase)
        if found:
            member = lookup(members, found["member"], "een ander antwoord")
            now = set(case.get(field, ["school"] if field == "shows_at" else []))  # type: ignore[call-overload]
            return field, sorted(now | {member} if add else now - {member})
    region = re.fullmatch(r"het kind (?P<region>.+) woont", phrase)
    if region:
        return "region", lookup(REGIONS, region["region"], "de regio")
    known = [*CHANGES, *NUMBER_CHANGES, *SET_CHANGES, "het kind <regio> woont"]
    raise AssertionError(f"Onbekend ander antwoord: {phrase!r}. Gebruik een van: {'; '.join(known)}")


def lookup(words: dict[str, str], phrase: str, what: str) -> str:
    """The code for a phrase, or a failure that lists the phrases a feature file may use."""
    try:
        return words[phrase]
    except KeyError:
        known = "; ".join(repr(p) for p in words)
        raise AssertionError(f"Onbekende woorden voor {what}: {phrase!r}. Gebruik een van: {known}") from None


def places(phrase: str) -> list[str]:
    """Where the problems show, as the contract's list."""
    if phrase not in PLACES:
        lookup({p: "" for p in PLACES}, phrase, "waar de problemen spelen")
    return PLACES[phrase]


def split_list(phrase: str) -> list[str]:
    """'gedrag, verzuim en de opvoeding' -> ['gedrag', 'verzuim', 'de opvoeding']."""
    head, _, last = phrase.rpartition(" en ")
    parts = [p.strip() for p in head.split(",")] if head else []
    return [p for p in [*parts, last.strip()] if p]
