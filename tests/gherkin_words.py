"""The words of the Gherkin specifications: how a policy maker says each answer and each code of the contract.

The answers come from the vocabulary (rules/profiel.yaml): each field says how a scenario states an answer (`says`)
and how the advice says another answer after "als" (`if`), so a new question needs no Python here. The catalogue's
codes (arrangements, partners, signals) have the policy maker's own words below; the holders are the catalogue's
short names.
"""

import re
from typing import Any

from kinderogen_rules import load_rules

RULES = load_rules()
VOCABULARY = RULES.vocabulary
HOLDERS = {label: code for code, label in RULES.holder_labels.items()}

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

# The kinds of step of the route when the parties are stuck (catalogue: escalation_kinds).
ESCALATION_KINDS = {
    "doorzettingsmacht": "doorzettingsmacht",
    "een geschil over het onderwijsaanbod": "geschil_onderwijsaanbod",
    "kinderbescherming": "kinderbescherming",
}

# How the child or young person is named at the table (catalogue: child), in both forms.
CHILD = ("het kind zelf", "de jongere zelf")

SIGNALS = {
    "het betrekken van de ouders": "ouders_betrekken",
    "vrijstelling alleen als het niet anders kan": "vrijstelling_nee_tenzij",
    "thuiszitten": "thuiszitter",
    "de veiligheid van het kind": "veiligheid",
    "de wachtlijst": "wachtlijst",
}


def _said(name: str, phrase: str) -> str | None:
    """The code of one answer to a choice or set field, by its own words in a scenario or its label."""
    for value in VOCABULARY.fields[name].values:  # type: ignore[union-attr]
        if phrase in value.says or phrase == value.label:
            return str(value.code)
    return None


def split_list(phrase: str) -> list[str]:
    """'gedrag, verzuim en de opvoeding' -> ['gedrag', 'verzuim', 'de opvoeding']; 'alleen thuis' -> ['thuis'];
    'zowel op school als thuis' -> ['op school', 'thuis']."""
    if phrase.startswith("alleen "):
        return [phrase.removeprefix("alleen ")]
    both = re.fullmatch(r"zowel (?P<one>.+) als (?P<other>.+)", phrase)
    if both:
        return [both["one"], both["other"]]
    head, _, last = phrase.rpartition(" en ")
    parts = [p.strip() for p in head.split(",")] if head else []
    return [p for p in [*parts, last.strip()] if p]


def _pattern(frame: str) -> re.Pattern[str]:
    """A `says` sentence as a pattern: {amount}, {value}, {values} and {<field>} become named groups."""
    parts = re.split(r"\{(\w+)\}", frame)
    pattern = ""
    for n, part in enumerate(parts):
        if n % 2 == 0:
            pattern += re.escape(part)
        elif part == "amount":
            pattern += r"(?P<amount>\d+) \w+"
        else:
            pattern += f"(?P<{part}>.+?)"
    return re.compile(pattern)


def _read(name: str, groups: dict[str, str]) -> dict[str, Any] | None:
    """The answers a matched sentence gives, or None when a part names no code."""
    found: dict[str, Any] = {}
    for group, text in groups.items():
        if group == "amount":
            found[name] = int(text.split()[0])
        elif group == "value":
            code = _said(name, text)
            if code is None:
                return None
            found[name] = code
        elif group == "values":
            codes = [_said(name, item) for item in split_list(text)]
            if None in codes:
                return None
            found[name] = codes
        else:
            code = _said(group, text)
            if code is None:
                return None
            found[group] = code
    return found


def answers(phrase: str) -> dict[str, Any]:
    """The answers (as contract JSON) a sentence of a scenario gives: 'de partijen komen er samen niet uit'
    -> {'stuck': True}; a failure that lists the sentences a feature file may use."""
    known: list[str] = []
    for name, field in VOCABULARY.fields.items():
        if field.type == "yesno":
            for value, sentences in ((True, field.says.ja), (False, field.says.nee)):  # type: ignore[union-attr]
                if phrase in sentences:
                    return {name: value}
                known += sentences
            continue
        if phrase in getattr(field, "says_none", ()):
            return {name: []}
        known += [*getattr(field, "says_none", ()), *field.says]  # type: ignore[union-attr]
        for frame in field.says:  # type: ignore[union-attr]
            found = _pattern(frame).fullmatch(phrase)
            if found:
                read = _read(name, found.groupdict())
                if read is not None:
                    return read
    raise AssertionError(f"Onbekende zin: {phrase!r}. Gebruik een van: {'; '.join(known)}")


def _current(case: dict[str, Any], name: str) -> Any:
    return case.get(name, VOCABULARY.defaults.get(name))


def _says(template: str, phrase: str) -> bool:
    """Whether a phrase is a sentence of the vocabulary, whatever word fits the child ({kind}: het kind, de jongere)."""
    return _pattern(template).fullmatch(phrase) is not None


def changed_answer(case: dict[str, Any], phrase: str) -> tuple[str, Any]:
    """The field and its new value (as contract JSON) that a phrase after "als" names, for this case: the words
    the advice itself uses for another answer (`if` in profiel.yaml)."""
    known: list[str] = []
    for name, field in VOCABULARY.fields.items():
        said: Any = field.if_
        if field.type == "yesno":
            if _says(said.ja, phrase) or _says(said.nee, phrase):
                return name, _says(said.ja, phrase)
            known += [said.ja, said.nee]
        elif field.type == "number":
            if said.zero and _says(said.zero, phrase):
                return name, 0
            found = _pattern(said.amount).fullmatch(phrase)
            if found:
                return name, int(found["amount"])
            known += [said.amount, *([said.zero] if said.zero else [])]
        elif field.type == "choice":
            for value in field.values:  # type: ignore[union-attr]
                if value.if_ and _says(value.if_, phrase):
                    return name, value.code
            found = _pattern(said.value).fullmatch(phrase) if said.value else None
            if found and (code := _said(name, found["label"])) is not None:
                return name, code
            known += [said.value or "", *(value.if_ for value in field.values if value.if_)]  # type: ignore[union-attr]
        else:
            now = set(_current(case, name))
            for template, adds in ((said.added, True), (said.first, True), (said.removed, False)):
                found = _pattern(template).fullmatch(phrase)
                if found and (code := _said(name, found["label"])) is not None:
                    return name, sorted(now | {code} if adds else now - {code})
            known += [said.added, said.first, said.removed]
    raise AssertionError(f"Onbekend ander antwoord: {phrase!r}. Gebruik een van: {'; '.join(k for k in known if k)}")


def lookup(words: dict[str, str], phrase: str, what: str) -> str:
    """The code for a phrase, or a failure that lists the phrases a feature file may use."""
    try:
        return words[phrase]
    except KeyError:
        known = "; ".join(repr(p) for p in words)
        raise AssertionError(f"Onbekende woorden voor {what}: {phrase!r}. Gebruik een van: {known}") from None
