"""The advice: who holds regie, what to arrange, who to invite, and why."""

import datetime as dt
from typing import Literal

from pydantic import Field

from .codes import ArrangementCode, Holder, Partner, SignalCode
from .models import Strict


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


class Informed(Strict):
    """A partner kept informed rather than at the table, with the rules (and so the sources) that say so."""

    partner: Partner
    explanation: str
    rule_ids: list[str]


class Escalation(Strict):
    """Where to go when the parties do not reach an offer together."""

    kind: Literal["doorzettingsmacht"] = "doorzettingsmacht"
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


class FiredRule(Strict):
    """A rule that contributed to the advice, with where it comes from."""

    id: str
    title: str
    sources: list[SourceRef]
    rationale: str = Field("", description="de gedachte achter de regel in één zin")


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
