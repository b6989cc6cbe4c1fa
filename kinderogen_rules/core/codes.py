"""The fixed codes of the contract, with the Dutch words a user reads for each.

The codes are the contract's; the labels are the vocabulary the form, the
validation messages and the explanations share, so that every screen names a
field or a value the same way.
"""

from typing import Literal, get_args

Setting = Literal["kinderopvang", "po", "sbo", "so", "vo", "vso", "mbo", "geen"]
Region = Literal["voorne-putten", "goeree-overflakkee", "drechtsteden", "algemeen"]
Concern = Literal[
    "leren",
    "gedrag",
    "dyslexie",
    "taal",
    "lichamelijk",
    "somatisch",
    "lvb",
    "psychisch",
    "opvoeding",
    "gezin",
    "veiligheid",
    "verzuim",
]
Place = Literal["school", "thuis"]
Consent = Literal["ja", "nee", "onbekend"]
Care = Literal["jeugdhulp_licht", "jeugdhulp_specialistisch", "wlz", "zvw"]
CognitiveLevel = Literal["laag", "gemiddeld_hoog", "onbekend"]
LoadCapacity = Literal["volledig", "beperkt", "geen"]

Holder = Literal["school", "gemeente", "zorgpartner"]
ArrangementCode = Literal[
    "basisondersteuning",
    "extra_ondersteuning",
    "interprofessioneel_team",
    "opvoedondersteuning",
    "schoolmaatschappelijk_werk",
    "jgz_consult",
    "sbo_tlv",
    "so_vso_tlv",
    "onderwijs_jeugdhulp_arrangement",
    "specialistische_jeugdhulp",
    "overbrugging",
    "eed_dyslexiezorg",
    "vve",
    "warme_overdracht",
    "zorg_in_onderwijstijd",
    "kinderdienstencentrum",
    "maatwerk_onderwijs_zorg",
    "thuiszitter_aanpak",
    "veilig_thuis_advies",
    "rmc_traject",
]
Partner = Literal[
    "ouders",
    "school",
    "samenwerkingsverband",
    "kinderopvang",
    "cjg",
    "jgz",
    "smw",
    "leerplicht",
    "zorgaanbieder",
    "zorgkantoor",
    "veilig_thuis",
    "raad_kinderbescherming",
    "onderwijsconsulent",
    "rmc",
    "geschillencommissie",
]
SignalCode = Literal["ouders_betrekken", "vrijstelling_nee_tenzij", "thuiszitter", "veiligheid", "wachtlijst"]


def codes(kind: object) -> tuple[str, ...]:
    """All codes of a Literal type, in contract order."""
    return tuple(get_args(kind))


# Dutch names of the CaseProfile fields, as a professional would say them.
FIELD_LABELS: dict[str, str] = {
    "age": "leeftijd",
    "setting": "onderwijs of opvang",
    "region": "regio",
    "concerns": "zorgen",
    "shows_at": "waar de problemen spelen",
    "school_support_exhausted": "ondersteuning van school volstaat niet",
    "parents_consent": "ouders staan achter de aanpak",
    "care": "lopende of aangevraagde zorg",
    "waiting_weeks": "weken op de wachtlijst",
    "weeks_absent": "weken zonder passend onderwijs",
    "cognitive_level": "cognitief niveau",
    "load_capacity": "belastbaarheid",
    "exemption_requested": "vrijstelling gevraagd of overwogen",
    "stuck": "partijen komen er samen niet uit",
    "has_startkwalificatie": "startkwalificatie",
}

# Dutch words for every code a profile can hold, per field.
VALUE_LABELS: dict[str, dict[str, str]] = {
    "setting": {
        "kinderopvang": "de kinderopvang (kinderdagverblijf of peuteropvang)",
        "po": "de gewone basisschool",
        "sbo": "het speciaal basisonderwijs",
        "so": "het speciaal onderwijs",
        "vo": "het voortgezet onderwijs",
        "vso": "het voortgezet speciaal onderwijs",
        "mbo": "het mbo",
        "geen": "geen school of opvang",
    },
    "region": {
        "voorne-putten": "Voorne-Putten",
        "goeree-overflakkee": "Goeree-Overflakkee",
        "drechtsteden": "de Drechtsteden",
        "algemeen": "een andere regio",
    },
    "concerns": {
        "leren": "leren",
        "gedrag": "gedrag",
        "dyslexie": "dyslexie",
        "taal": "taal",
        "lichamelijk": "een lichamelijke of zintuiglijke beperking",
        "somatisch": "een langdurige ziekte",
        "lvb": "een (licht) verstandelijke beperking",
        "psychisch": "psychische problemen",
        "opvoeding": "de opvoeding",
        "gezin": "meerdere problemen in het gezin",
        "veiligheid": "de veiligheid van het kind",
        "verzuim": "verzuim",
    },
    "shows_at": {"school": "op school of opvang", "thuis": "thuis"},
    "parents_consent": {"ja": "ja", "nee": "nee", "onbekend": "nog niet bekend"},
    "care": {
        "jeugdhulp_licht": "lichte jeugdhulp zonder beschikking",
        "jeugdhulp_specialistisch": "specialistische jeugdhulp met beschikking",
        "wlz": "zorg uit de Wet langdurige zorg (Wlz)",
        "zvw": "zorg uit de Zorgverzekeringswet (Zvw)",
    },
    "cognitive_level": {"laag": "laag", "gemiddeld_hoog": "gemiddeld tot hoog", "onbekend": "onbekend"},
    "load_capacity": {"volledig": "volledig", "beperkt": "beperkt", "geen": "geen"},
}

# Short Dutch names of the regie holders (the catalogue says who they are in full).
HOLDER_LABELS: dict[str, str] = {"school": "de school", "gemeente": "de gemeente", "zorgpartner": "de zorgpartner"}

# Short Dutch names of the signals, for reports that count them.
SIGNAL_LABELS: dict[str, str] = {
    "ouders_betrekken": "ouders betrekken",
    "vrijstelling_nee_tenzij": "vrijstelling: nee, tenzij",
    "thuiszitter": "thuiszitter",
    "veiligheid": "veiligheid",
    "wachtlijst": "wachtlijst",
}

# The ages at which each setting can hold a child (contract table, inclusive).
SETTING_AGES: dict[str, tuple[int, int]] = {
    "kinderopvang": (0, 4),
    "po": (4, 13),
    "sbo": (4, 14),
    "so": (3, 14),
    "vo": (11, 20),
    "vso": (11, 20),
    "mbo": (15, 23),
    "geen": (0, 23),
}

AGE_MIN, AGE_MAX = 0, 23


def age_fits(age: int, setting: str) -> bool:
    """Whether a child of this age can be in this setting (SETTING_AGES): the one check, wherever it is needed.

    >>> age_fits(4, "po"), age_fits(3, "po")
    (True, False)
    """
    low, high = SETTING_AGES[setting]
    return low <= age <= high


# No child can have been absent or waiting longer than it has been alive.
WEEKS_MAX = 1200
