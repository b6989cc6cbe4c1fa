"""The words of the Gherkin specifications: how a policy maker says each code of the contract.

One vocabulary for every feature file. A new scenario needs new Python only
when it needs a new kind of sentence; a new word for a known code goes here.
"""

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
