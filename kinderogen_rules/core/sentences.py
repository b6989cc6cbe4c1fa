"""The sentences that join the words of an advice ("In het kort", "Waarom", what would change it), as data.

They are Dutch a policy officer may change in catalogus.yaml (`sentences`), like every other word of the advice. The
code knows only which slots each sentence has: the names between braces it fills in. A sentence must name exactly
those, so a changed text cannot drop what the advice needs to say or ask for something the code does not give.
"""

import string
from typing import Any

from pydantic import Field, ValidationInfo, field_validator

from .strict import Strict

# Each sentence with the slots the code fills in.
SLOTS: dict[str, frozenset[str]] = {
    name: frozenset(slots)
    for name, slots in {
        "regie": ["houder"],
        "regie_omdat": ["houder", "omdat"],
        "eerst": ["stappen"],
        "aan_tafel": ["namen"],
        "aan_tafel_nog_een": ["namen"],
        "aan_tafel_nog_meer": ["namen", "aantal"],
        "vastlopen": [],
        "geldt_altijd": [],
        "geldt_want": ["feiten"],
        "regie_volgt": ["regel"],
        "als": ["antwoord", "gevolgen"],
        "regie_naar": ["houder"],
        "erbij_een": ["naam"],
        "erbij_meer": ["namen"],
        "vervalt_een": ["naam"],
        "vervallen_meer": ["namen"],
        "arrangementen_geteld": ["aantal"],
        "route_nodig": ["namen"],
        "route_erbij_een": ["naam"],
        "route_erbij_meer": ["namen"],
        "route_niet_nodig": [],
        "route_uit_een": ["naam"],
        "route_uit_meer": ["namen"],
        "partijen_geteld": ["aantal"],
        "aandachtspunt_erbij_een": ["naam"],
        "aandachtspunt_erbij_meer": ["namen"],
        "aandachtspunt_vervalt_een": ["naam"],
        "aandachtspunt_vervalt_meer": ["namen"],
        "nog_meer": [],
    }.items()
}


def _slots_of(text: str) -> tuple[list[str], str | None]:
    """The names a text puts between braces, in order, and what is wrong with its braces if anything."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return [], "de accolades kloppen niet: zet {{ of }} voor een gewone accolade"
    found = []
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier():
            return [], f"{{{name}}} is geen naam tussen accolades"
        if spec or conversion:
            return [], f"bij {{{name}}} mag geen opmaak staan (geen : of !)"
        found.append(name)
    return found, None


class Sentences(Strict):
    """The joining sentences of the advice, each with exactly its slots between braces (see SLOTS)."""

    regie: str = Field(description="In het kort: wie de regie heeft ({houder})")
    regie_omdat: str = Field(description="In het kort: wie de regie heeft ({houder}) en waarom ({omdat})")
    eerst: str = Field(description="In het kort: wat eerst ({stappen})")
    aan_tafel: str = Field(description="In het kort: wie aan tafel ({namen})")
    aan_tafel_nog_een: str = Field(description="In het kort: wie aan tafel ({namen}) en nog één partner")
    aan_tafel_nog_meer: str = Field(description="In het kort: wie aan tafel ({namen}) en nog {aantal} partners")
    vastlopen: str = Field(description="In het kort: dat er een route is als het vastloopt")
    geldt_altijd: str = Field(description="Waarom: een regel zonder voorwaarden")
    geldt_want: str = Field(description="Waarom: de antwoorden die de regel laten gelden ({feiten})")
    regie_volgt: str = Field(description="Waarom: een regieregel die wijkt voor een andere ({regel})")
    als: str = Field(description="Wat verandert het advies: het andere antwoord ({antwoord}) en wat er verandert")
    regie_naar: str = Field(description="wat verandert: de regie gaat naar {houder}")
    erbij_een: str = Field(description="wat verandert: één arrangement ({naam}) komt erbij")
    erbij_meer: str = Field(description="wat verandert: arrangementen ({namen}) komen erbij")
    vervalt_een: str = Field(description="wat verandert: één arrangement ({naam}) vervalt")
    vervallen_meer: str = Field(description="wat verandert: arrangementen ({namen}) vervallen")
    arrangementen_geteld: str = Field(description="arrangementen geteld in plaats van genoemd ({aantal})")
    route_nodig: str = Field(description="wat verandert: er is een route nodig langs {namen}")
    route_erbij_een: str = Field(description="wat verandert: één partij ({naam}) komt erbij in de route")
    route_erbij_meer: str = Field(description="wat verandert: partijen ({namen}) komen erbij in de route")
    route_niet_nodig: str = Field(description="wat verandert: de route is niet meer nodig")
    route_uit_een: str = Field(description="wat verandert: één partij ({naam}) valt uit de route")
    route_uit_meer: str = Field(description="wat verandert: partijen ({namen}) vallen uit de route")
    partijen_geteld: str = Field(description="partijen geteld in plaats van genoemd ({aantal})")
    aandachtspunt_erbij_een: str = Field(description="wat verandert: één aandachtspunt ({naam}) komt erbij")
    aandachtspunt_erbij_meer: str = Field(description="wat verandert: aandachtspunten ({namen}) komen erbij")
    aandachtspunt_vervalt_een: str = Field(description="wat verandert: één aandachtspunt ({naam}) vervalt")
    aandachtspunt_vervalt_meer: str = Field(description="wat verandert: aandachtspunten ({namen}) vervallen")
    nog_meer: str = Field(description="wat verandert: de rest, kort, als de zin te lang wordt")

    @field_validator("*")
    @classmethod
    def _exact_slots(cls, text: str, info: ValidationInfo) -> str:
        slots = SLOTS[info.field_name or ""]
        found, wrong = _slots_of(text)
        if not text.strip():
            raise ValueError("de zin is leeg")
        if wrong is not None:
            raise ValueError(wrong)
        twice = sorted({name for name in found if found.count(name) > 1})
        if twice:
            raise ValueError(f"noem {', '.join(f'{{{name}}}' for name in twice)} één keer")
        if set(found) != slots:
            named = ", ".join(f"{{{slot}}}" for slot in sorted(slots)) or "niets tussen accolades"
            raise ValueError(f"noem {named} (nu: {', '.join(f'{{{n}}}' for n in sorted(found)) or 'niets'})")
        return text

    def say(self, name: str, **slots: Any) -> str:
        """One sentence with its slots filled in; what is filled in is not read for braces again."""
        text: str = getattr(self, name)
        return text.format(**slots)
