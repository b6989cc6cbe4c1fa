"""The advice: who holds regie, what to arrange, who to invite, and why."""

import datetime as dt

from pydantic import Field, StrictBool, StrictInt

from .strict import Strict
from .vocabulary import ArrangementCode, Holder, Partner, SignalCode


class Regie(Strict):
    """The one party that coordinates, named the way the region names it."""

    holder: Holder
    lead: str = Field(description="wie de regie concreet neemt")
    explanation: str = Field(description="waarom, in gewone taal")


class Arrangement(Strict):
    """One arrangement to consider, with the rules that lead to it."""

    code: ArrangementCode
    title: str
    explanation: str
    rule_ids: list[str]
    group: str | None = Field(None, description="wanneer: nu, als_niet_genoeg of houd_rekening_met (zie plan)")
    urgent: bool = Field(False, description="dringend: eerst in zijn groep")


class PlanGroup(Strict):
    """One group of 'Wat te regelen': when, its title, and its arrangements in the order to take them."""

    group: str = Field(description="nu, als_niet_genoeg of houd_rekening_met")
    title: str = Field(description="de kop, bv. 'Als dat niet genoeg is'")
    arrangements: list[ArrangementCode] = Field(description="dringend eerst, dan het lichtste")


class Seat(Strict):
    """Someone at the table, with what they do there and the rules that bring them."""

    partner: Partner | None = Field(description="de partnercode; leeg voor het kind of de jongere zelf")
    name: str
    reason: str = Field(description="in één zin wat deze partner aan tafel doet")
    rule_ids: list[str]


class EscalationStep(Strict):
    """One step of the route when the parties are stuck: what kind of step, who takes it, and why here."""

    kind: str = Field(description="doorzettingsmacht, geschil_onderwijsaanbod of kinderbescherming")
    title: str = Field(description="de kop van de stap")
    to: list[Partner]
    explanation: str = Field(description="één of twee zinnen: waarom hier, en wat deze partij doet")
    rule_ids: list[str]


class Informed(Strict):
    """A partner kept informed rather than at the table, with the rules (and so the sources) that say so."""

    partner: Partner
    explanation: str
    rule_ids: list[str]
    name: str | None = Field(None, description="de partner, in woorden die bij het kind passen")


class Escalation(Strict):
    """Where to go when the parties do not reach an offer together: the whole route in one, as the contract has it
    (`escalation_route` has its steps). `kind` is that of the first step; `to` everyone on the route."""

    kind: str = Field("doorzettingsmacht", description="de soort van de eerste stap; zie escalation_route")
    to: list[Partner]
    explanation: str


class Signal(Strict):
    """Something the professional must not miss."""

    code: SignalCode
    message: str


class SourceRef(Strict):
    """A place in a source text: a document id of the source register and a section."""

    document: str
    section: str
    cited_as: str = Field("", description="de bron zoals een mens haar noemt, bv. 'Kadernotitie Drechtsteden, §3.2'")


class FiredRule(Strict):
    """A rule that contributed to the advice, with where it comes from."""

    id: str
    title: str
    sources: list[SourceRef]
    rationale: str = Field("", description="de gedachte achter de regel in één zin")
    because: str = Field("", description="waarom de regel voor dit kind geldt: de antwoorden die hem laten gelden")


# An answer as the profile's JSON holds it: a number, yes/no, a code, or a list of codes.
AnswerValue = StrictBool | StrictInt | str | list[str]


class AnswerChange(Strict):
    """One answer that, changed, changes the advice: the change, what it changes in codes, and one Dutch sentence."""

    field: str = Field(description="het veld van het profiel dat verandert")
    from_value: AnswerValue = Field(description="het antwoord nu")
    to_value: AnswerValue = Field(description="het andere antwoord")
    same_effect: list[AnswerValue] = Field(
        [], description="andere antwoorden op dezelfde vraag die precies hetzelfde veranderen"
    )
    holder: Holder | None = Field(description="wie de regie dan krijgt; leeg als de regie niet verandert")
    arrangements_added: list[ArrangementCode]
    arrangements_removed: list[ArrangementCode]
    escalation_added: list[Partner] = Field(description="wie dan (ook) in de route staat voor als het vastloopt")
    escalation_removed: list[Partner] = Field(description="wie dan niet meer in de route staat")
    signals_added: list[SignalCode]
    signals_removed: list[SignalCode]
    rule_ids: list[str] = Field(description="de regels die de verandering maken, de belangrijkste eerst")
    sentence: str = Field(description="de verandering in één zin, in gewone taal")
    answer: str = Field("", description="het andere antwoord in woorden, bv. voor een knop die het formulier opent")
    source: str = Field(
        "", description="de belangrijkste regel en zijn bron, bv. 'REGIE-ONDERWIJS-01, kadernotitie Drechtsteden §3.2'"
    )
    actionable: bool = Field(False, description="een professional kan dit antwoord zelf veranderen")


class Advice(Strict):
    """The advice for one case profile (contract: Advice)."""

    regie: Regie
    arrangements: list[Arrangement]
    partners: list[Partner]
    escalation: Escalation | None
    signals: list[Signal]
    fired_rules: list[FiredRule]
    rules_version: str
    informed: list[Informed] = Field(
        [], description="partners die op de hoogte blijven maar niet aan tafel zitten, met de regel die dat zegt"
    )
    date: dt.date | None = Field(
        None, description="de dag waarvoor het advies geldt: de regels die op die dag golden, gaven het"
    )
    what_would_change: list[AnswerChange] | None = Field(
        None, description="welk ander antwoord het advies zou veranderen (alleen als erom gevraagd is: wat_als)"
    )
    summary: list[str] = Field([], description="In het kort: wie de regie heeft en waarom, wat eerst, wie aan tafel")
    regie_name: str | None = Field(
        None, description="de regiehouder voluit, in woorden die bij het kind passen ('de opleiding' in het mbo)"
    )
    plan: list[PlanGroup] = Field(
        [], description="Wat te regelen, in groepen: nu, als dat niet genoeg is, houd rekening met"
    )
    at_table: list[Seat] = Field([], description="Aan tafel: wie, waarom, en het kind of de jongere zelf")
    escalation_route: list[EscalationStep] = Field([], description="Als het vastloopt: de stappen, in volgorde")
