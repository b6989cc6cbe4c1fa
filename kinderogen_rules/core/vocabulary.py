"""The vocabulary: every profile field and every code, with the Dutch words a user reads, as the rules declare them.

`profiel.yaml` declares the fields of the case profile, each once: its type, its codes, its label, its question
in the form and the words an explanation and a what-if sentence use. A region is declared in its own region file
(`region:`), so a new region is a new file. The catalogue declares the holders, arrangements, partners and
signals. Everything that shows, checks or words a profile reads this one declaration: the profile model, the
rule-file schema, the form, the explanations, the what-if sentences, the rulebook and the monitor.
"""

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from .names import CODE_PATTERN, FIELD_PATTERN
from .strict import Strict


def put(template: str, **values: str) -> str:
    """A template with these placeholders filled in, and every other one ({kind}, {school}) left for the words that
    fit the child (`wording.Wording`).

    >>> put("{kind} wacht {amount} op jeugdhulp", amount="6 weken")
    '{kind} wacht 6 weken op jeugdhulp'
    """
    for name, value in values.items():
        template = template.replace(f"{{{name}}}", value)
    return template


# A code as a profile or a rule file writes it: lower case, digits, - and _; a policy officer can add one.
Code = Annotated[str, Field(pattern=CODE_PATTERN, max_length=60)]
# The codes of the catalogue, by what they stand for: declared in catalogus.yaml, so plain text to the type checker.
Holder = str
ArrangementCode = str
Partner = str
SignalCode = str
# A field name is a Python identifier in English, as the contract spells the profile's fields.


class AgeRange(Strict):
    """The ages (inclusive) at which a child can have this value, e.g. be in this setting."""

    min: int = Field(ge=0)
    max: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> "AgeRange":
        if self.min > self.max:
            raise ValueError(f"min ({self.min}) is groter dan max ({self.max})")
        return self


class Value(Strict):
    """One code of a choice or set field, with its words."""

    code: Code
    label: str = Field(min_length=1, description="de naam van de code in een zin, bv. 'de gewone basisschool'")
    option: str = Field(min_length=1, description="de keuze in het formulier")
    ages: AgeRange | None = Field(None, description="alleen bij deze leeftijden mogelijk")
    fact: str | None = Field(None, description="eigen woorden voor de uitleg, in plaats van words.value")
    if_: str | None = Field(None, alias="if", description="eigen woorden na 'Als', in plaats van if.value")
    says: list[str] = Field([], description="hoe een beleidsmaker dit antwoord zegt in een scenario")


class Bounds(Strict):
    """A whole number from min to max (both inclusive; either may be left out)."""

    min: int | None = Field(None, ge=0)
    max: int | None = Field(None, ge=0)

    @model_validator(mode="after")
    def _bounded(self) -> "Bounds":
        if self.min is None and self.max is None:
            raise ValueError("geef min, max of allebei")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min}) is groter dan max ({self.max})")
        return self

    def holds(self, value: Any) -> bool:
        if not isinstance(value, int) or isinstance(value, bool):
            return False
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)


class FormQuestion(Strict):
    """How the form asks a field. Without a `default` the form answers nothing in advance: the professional must
    answer the question (`required_message` says so), unless `asked_when` says it does not apply to this child."""

    section: str = Field(min_length=1)
    question: str = Field(min_length=1)
    hint: str = ""
    short: str = Field(min_length=1, description="korte naam, bv. in het overzicht van de antwoorden")
    required_message: str = Field("", description="de melding als de vraag niet beantwoord is")
    default: Any = Field(
        None, description="het antwoord dat het formulier al invult; zonder default moet de vraag beantwoord worden"
    )
    none: str = Field("", description="bij een lijst: de keuze 'geen van deze', zodat ook niets kiezen een antwoord is")
    asked_when: dict[Annotated[str, Field(pattern=FIELD_PATTERN)], Bounds | list[Code]] | None = Field(
        None,
        description="alleen dan moet de vraag beantwoord zijn, anders geldt de default van het veld: per veld een "
        "getal tussen {min, max} of een van een lijst codes",
    )


class WhatIfLimits(Strict):
    """Which other answers 'Wat zou het advies veranderen?' may try for a field, and whether a professional can act
    on it (those come first in the list)."""

    actionable: bool = Field(False, description="een professional kan dit antwoord zelf veranderen (steun, wachten)")

    step: int | None = Field(None, ge=1, description="een getal alleen zoveel omhoog (een kind wordt alleen ouder)")
    only_to: list[Any] | None = Field(None, description="alleen deze nieuwe antwoorden")
    when: dict[str, Any] | None = Field(None, description="alleen als het profiel aan deze voorwaarde voldoet")


class _FieldBase(Strict):
    label: str = Field(min_length=1, description="de naam van het veld in een melding, bv. 'leeftijd'")
    description: str = Field(min_length=1, description="uitleg in het JSON-schema")
    required: bool = False
    default: Any = None
    form: FormQuestion
    what_if: WhatIfLimits | None = None

    @model_validator(mode="after")
    def _required_or_default(self) -> "_FieldBase":
        if self.required == (self.default is not None):
            raise ValueError("geef required: true, of een default, niet allebei en niet geen van beide")
        return self


class NumberWords(Strict):
    """How a whole number reads: `value` frames one amount, `range` a test; `zero` stands for 0 where 0 has
    words of its own."""

    value: str
    range: str
    unit: tuple[str, str] = Field(description="enkelvoud en meervoud, bv. [week, weken]")
    at_least: str
    at_most: str
    zero: str | None = None

    def count(self, number: int) -> str:
        """A number with its unit: '1 week', '3 weken'."""
        return f"{number} {self.unit[0] if number == 1 else self.unit[1]}"


class NumberIf(Strict):
    amount: str
    zero: str | None = None


# How a policy maker says an answer in a scenario (features/): sentences in which {amount} is a number with its
# unit, {value} one answer's own `says`, {values} several ("a, b en c", "alleen a", "zowel a als b"), and {field}
# an answer to another field given in the same sentence (the age and the setting: "een kind van 8 jaar op de
# basisschool").
Says = list[str]


class NumberField(_FieldBase):
    type: Literal["number"]
    min: int = Field(ge=0)
    max: int = Field(ge=0)
    words: NumberWords
    if_: NumberIf = Field(alias="if")
    says: Says = Field([])

    def fact(self, value: int) -> str:
        """How one amount reads in an explanation: 'het kind wacht al 6 weken op jeugdhulp'."""
        if value == 0 and self.words.zero:
            return self.words.zero
        return put(self.words.value, amount=self.words.count(value))


class ChoiceWords(Strict):
    value: str | None = Field(None, description="een antwoord in de uitleg, met {label}")


class ChoiceIf(Strict):
    value: str | None = Field(None, description="een ander antwoord na 'Als', met {label}")


class ChoiceField(_FieldBase):
    type: Literal["choice"]
    values: list[Value] = Field(default_factory=list)
    age_message: str | None = Field(None, description="melding als de leeftijd niet bij het antwoord past")
    words: ChoiceWords
    if_: ChoiceIf = Field(alias="if")
    says: Says = Field([])

    def fact(self, value: Value) -> str:
        """How one answer reads in an explanation: its own words, or the field's with its label."""
        return value.fact or put(self.words.value or "", label=value.label)


class SetWords(Strict):
    present: str
    absent: str
    some: str
    none: str
    none_found: str


class SetIf(Strict):
    added: str
    first: str
    removed: str


class SetField(_FieldBase):
    type: Literal["set"]
    values: list[Value] = Field(min_length=1)
    words: SetWords
    if_: SetIf = Field(alias="if")
    says: Says = Field([])
    says_none: Says = Field([], description="hoe een scenario zegt dat de lijst leeg is")


class YesNoWords(Strict):
    ja: str
    nee: str


class YesNoSays(Strict):
    ja: Says = Field([])
    nee: Says = Field([])


class YesNoField(_FieldBase):
    type: Literal["yesno"]
    words: YesNoWords
    if_: YesNoWords = Field(alias="if")
    says: YesNoSays = YesNoSays()

    def fact(self, value: bool) -> str:
        return self.words.ja if value else self.words.nee


FieldDeclaration = Annotated[NumberField | ChoiceField | SetField | YesNoField, Field(discriminator="type")]


class FittingWord(Strict):
    """One way of saying a word that depends on the child: the first whose `when` holds is used."""

    when: dict[str, Any] | None = Field(None, description="voorwaarde zoals in een regel; zonder: altijd")
    text: str = Field(min_length=1)


class ProfileFile(Strict):
    """profiel.yaml: the sections of the form, every field of the case profile, and the words that fit the child."""

    sections: list[str] = Field(min_length=1)
    fields: dict[Annotated[str, Field(pattern=FIELD_PATTERN)], FieldDeclaration] = Field(min_length=1)
    fitting: dict[Annotated[str, Field(pattern=r"^[a-z]+$")], list[FittingWord]] = Field(
        {}, description="woorden die bij het kind passen, zoals {kind}: de eerste die past"
    )


class RegionDeclaration(Value):
    """A region, declared in its own region file: a value of the profile's `region` field."""


FieldKind = Literal["number", "choice", "set", "yesno"]
# The order in which a condition's tests are written out and evaluated: by kind, then in declaration order.
KIND_ORDER: tuple[FieldKind, ...] = ("number", "choice", "set", "yesno")
REGION_FIELD = "region"
AGE_FIELD = "age"


@dataclass(frozen=True)
class Vocabulary:
    """The declared fields (regions merged into their field) with lookups for everyone who words a profile."""

    fields: Mapping[str, NumberField | ChoiceField | SetField | YesNoField]
    sections: tuple[str, ...]
    fitting: Mapping[str, tuple[FittingWord, ...]]

    @classmethod
    def declared(cls, profile: ProfileFile, regions: Iterable[RegionDeclaration] = ()) -> "Vocabulary":
        """The vocabulary of profiel.yaml plus the regions of the region files (before the field's own values,
        which name the region 'elsewhere')."""
        fields = dict(profile.fields)
        region = fields.get(REGION_FIELD)
        regions = list(regions)
        if regions:
            if not isinstance(region, ChoiceField):
                raise ValueError("een regiobestand noemt een regio, maar profiel.yaml heeft geen keuzeveld 'region'")
            fields[REGION_FIELD] = region.model_copy(update={"values": [*regions, *region.values]})
        return cls(fields, tuple(profile.sections), {name: tuple(words) for name, words in profile.fitting.items()})

    def problems(self) -> list[str]:
        """What a declaration lacks for a user to read every answer: each a Dutch line naming the place in
        profiel.yaml (`load_rules` reports them)."""
        found = []
        for name, field in self.fields.items():
            where = f"fields.{name}"
            if field.form.section not in self.sections:
                found.append(f"{where}.form.section: {field.form.section!r} staat niet bij sections")
            if isinstance(field, ChoiceField | SetField):
                codes = [value.code for value in field.values]
                doubles = sorted({code for code in codes if codes.count(code) > 1})
                if doubles:
                    found.append(f"{where}.values: de code {', '.join(doubles)} staat er meer dan eens")
            if isinstance(field, ChoiceField):
                for value in field.values:
                    if not (value.fact or field.words.value):
                        found.append(
                            f"{where}.values.{value.code}: geen woorden voor de uitleg; geef fact, of "
                            "words.value bij het veld"
                        )
                    if not (value.if_ or field.if_.value):
                        found.append(
                            f"{where}.values.{value.code}: geen woorden na 'Als'; geef if, of if.value bij het veld"
                        )
            if field.default is not None and not self._default_fits(name, field):
                found.append(f"{where}.default: {field.default!r} is geen antwoord op deze vraag")
            found.extend(self._form_problems(name, field))
        return found

    def _form_problems(self, name: str, field: Any) -> list[str]:
        """What the form needs to ask a field: a message when it must be answered, and an `asked_when` on other
        fields and their codes, for a field with a default (which holds when the question is not asked)."""
        where, form, found = f"fields.{name}.form", field.form, []
        if form.default is None and not form.required_message:
            found.append(f"{where}: zonder default moet de vraag beantwoord worden; geef required_message")
        if form.none and not isinstance(field, SetField):
            found.append(f"{where}.none: alleen een lijst (type: set) heeft een keuze 'geen van deze'")
        if form.asked_when is None:
            return found
        if field.required:
            found.append(f"{where}.asked_when: een verplicht veld wordt altijd gevraagd; geef het een default")
        for other, test in form.asked_when.items():
            declared = self.fields.get(other)
            if declared is None or other == name:
                found.append(f"{where}.asked_when.{other}: geen ander veld van het profiel")
            elif not isinstance(declared, NumberField if isinstance(test, Bounds) else ChoiceField):
                found.append(f"{where}.asked_when.{other}: geef bij een getal {{min, max}}, bij een keuze codes")
            elif unknown := sorted(set() if isinstance(test, Bounds) else set(test) - set(self.values(other))):
                found.append(f"{where}.asked_when.{other}: {', '.join(unknown)} is geen code van dit veld")
        return found

    def _default_fits(self, name: str, field: Any) -> bool:
        codes = set(self.values(name))
        if isinstance(field, ChoiceField):
            return field.default in codes
        if isinstance(field, SetField):
            return isinstance(field.default, list) and set(field.default) <= codes
        if isinstance(field, NumberField):
            return isinstance(field.default, int) and field.min <= field.default <= field.max
        return isinstance(field.default, bool)

    @cached_property
    def key(self) -> str:
        """The whole declaration as text: two vocabularies with the same key make the same models."""
        return json.dumps(
            [
                self.sections,
                {name: field.model_dump(mode="json", by_alias=True) for name, field in self.fields.items()},
                {name: [word.model_dump(mode="json") for word in words] for name, words in self.fitting.items()},
            ]
        )

    @cached_property
    def names(self) -> tuple[str, ...]:
        """Every field, in declaration order (the contract's order)."""
        return tuple(self.fields)

    def of_kind(self, kind: FieldKind) -> tuple[str, ...]:
        return tuple(name for name, field in self.fields.items() if field.type == kind)

    @cached_property
    def test_order(self) -> tuple[str, ...]:
        """The fields in the order a condition lists its tests: numbers, choices, sets, yes/no."""
        return tuple(name for kind in KIND_ORDER for name in self.of_kind(kind))

    def values(self, name: str) -> tuple[str, ...]:
        """The codes of a choice or set field, in declaration order."""
        field = self.fields[name]
        return tuple(v.code for v in field.values) if isinstance(field, ChoiceField | SetField) else ()

    @cached_property
    def _values(self) -> dict[str, dict[str, Value]]:
        return {
            name: {v.code: v for v in field.values}
            for name, field in self.fields.items()
            if isinstance(field, ChoiceField | SetField)
        }

    def value(self, name: str, code: str) -> Value:
        return self._values[name][code]

    def label(self, name: str) -> str:
        return self.fields[name].label

    def value_label(self, name: str, code: str) -> str:
        return self._values[name][code].label

    def value_labels(self, name: str) -> dict[str, str]:
        """Every code of a field with its label, in declaration order."""
        return {code: value.label for code, value in self._values[name].items()}

    def labels_in_order(self, name: str, codes: Iterable[str]) -> list[str]:
        """The labels of some codes of a field, in declaration order."""
        values = self._values[name]
        order = list(values)
        return [values[code].label for code in sorted(codes, key=order.index)]

    @cached_property
    def age_limits(self) -> tuple[tuple[str, dict[str, tuple[int, int]]], ...]:
        """Per choice field whose codes are tied to ages: the ages of each code."""
        return tuple(
            (name, {v.code: (v.ages.min, v.ages.max) for v in field.values if v.ages is not None})
            for name, field in self.fields.items()
            if isinstance(field, ChoiceField) and any(v.ages for v in field.values)
        )

    def fits(self, get: Callable[[str], Any]) -> bool:
        """Whether a profile's age fits every answer tied to ages (`get` reads a field): the one check, for
        validation, the walk of check-rules, what-if and the synthetic profiles alike."""
        age = get(AGE_FIELD)
        for name, ages in self.age_limits:
            low, high = ages.get(get(name), (age, age))
            if not low <= age <= high:
                return False
        return True

    def asked(self, name: str, get: Callable[[str], Any]) -> bool:
        """Whether the form must have an answer to this field for a profile (`get` reads a field, perhaps None): yes,
        unless the question's `asked_when` does not hold. A question not asked keeps the field's default."""
        when = self.fields[name].form.asked_when or {}
        return all(
            test.holds(get(other)) if isinstance(test, Bounds) else get(other) in test for other, test in when.items()
        )

    @cached_property
    def defaults(self) -> dict[str, Any]:
        """Every field that has a default, with it (a set's as a frozenset), in declaration order."""
        return {
            name: frozenset(field.default) if isinstance(field, SetField) else field.default
            for name, field in self.fields.items()
            if not field.required
        }

    @cached_property
    def number_bounds(self) -> dict[str, tuple[int, int]]:
        return {name: (f.min, f.max) for name, f in self.fields.items() if isinstance(f, NumberField)}

    def neutral(self, text: str) -> str:
        """A text with the words that fit the child in their general form ('het kind', 'de school'): for pages about
        the rules themselves, such as the rulebook, where there is no one child."""
        words = {name: forms[-1].text for name, forms in self.fitting.items() if forms}
        words |= {name.capitalize(): text[:1].upper() + text[1:] for name, text in words.items()}
        # An answer of the profile, which differs per child, shows as what it is: [weken zonder onderwijs].
        words |= {name: f"[{field.label}]" for name, field in self.fields.items() if name not in words}
        return put(text, **words)

    @cached_property
    def template_fields(self) -> tuple[str, ...]:
        """What a text in a rule file may name between braces: the fields that read well in a sentence (numbers and
        single choices), and the words that fit the child, also with a capital ({kind}, {Kind})."""
        fields = tuple(name for name, f in self.fields.items() if isinstance(f, NumberField | ChoiceField))
        return fields + tuple(name for word in self.fitting for name in (word, word.capitalize()))
