"""The OpenAPI 3.1 document of the JSON API, generated from the pydantic models.

Client developers and schema-driven fuzzers read it; since it is built from
the models the API validates with, it cannot drift from what the API does.
"""

import json
from typing import Any

from pydantic.json_schema import models_json_schema

from kinderogen_rules import Advice, RuleSet

from .schemas import ErrorResponse, Health

JSON = "application/json"

# The models' docstrings are written for developers of this project; readers of the API get Dutch.
DESCRIPTIONS = {
    "CaseProfile": "De situatie van één kind, zoals het contract die beschrijft. Onbekende velden zijn een fout.",
    "Advice": "Het advies voor één casusprofiel: regie, arrangementen, partners, doorzettingsmacht, meldingen, regels.",
    "Regie": "Wie de regie heeft, en wie die concreet neemt, in de woorden van de regio.",
    "Arrangement": "Een arrangement om te overwegen, met de regels die ertoe leiden.",
    "Informed": "Een partner die op de hoogte blijft maar niet aan tafel zit, met de regels die dat zeggen.",
    "Escalation": "Waar je heen gaat als de partijen er samen niet uitkomen.",
    "Signal": "Iets wat de professional niet mag missen.",
    "SourceRef": "Een plek in een brontekst: een document uit het bronregister en een paragraaf.",
    "FiredRule": "Een regel die aan het advies heeft bijgedragen, met zijn bronnen.",
    "FieldError": "Wat er mis is met één veld (leeg veld: de aanvraag als geheel), in het Nederlands.",
    "ErrorResponse": "Het antwoord bij elke fout: een lijst met meldingen.",
    "Health": "Het antwoord van GET /healthz.",
    "PlanGroup": "Eén groep van Wat te regelen (nu, als dat niet genoeg is, houd rekening met): dringend eerst.",
    "Seat": "Wie aan tafel zit en waarom, met de regels die hem brengen; zonder partner: het kind of de jongere zelf.",
    "EscalationStep": "Eén stap van de route als het vastloopt: de soort stap, wie hem zet, en waarom hier.",
    "AnswerChange": (
        "Eén ander antwoord dat het advies zou veranderen: het veld, het antwoord nu en het andere antwoord, wat er "
        "verandert (regie, arrangementen, doorzettingsmacht, meldingen) in codes, en één zin met regel en bron."
    ),
}


# Where the advice names a code of the catalogue: (component, property) and the catalogue's list of codes.
CATALOGUE_CODES = {
    ("Regie", "holder"): "holders",
    ("AnswerChange", "holder"): "holders",
    ("Arrangement", "code"): "arrangements",
    ("AnswerChange", "arrangements_added"): "arrangements",
    ("AnswerChange", "arrangements_removed"): "arrangements",
    ("Advice", "partners"): "partners",
    ("Informed", "partner"): "partners",
    ("Escalation", "to"): "partners",
    ("AnswerChange", "escalation_added"): "partners",
    ("AnswerChange", "escalation_removed"): "partners",
    ("PlanGroup", "group"): "groups",
    ("PlanGroup", "arrangements"): "arrangements",
    ("Seat", "partner"): "partners",
    ("EscalationStep", "kind"): "escalation_kinds",
    ("Escalation", "kind"): "escalation_kinds",
    ("EscalationStep", "to"): "partners",
    ("Signal", "code"): "signals",
    ("AnswerChange", "signals_added"): "signals",
    ("AnswerChange", "signals_removed"): "signals",
}


def _codes(rules: RuleSet) -> dict[str, list[str]]:
    catalog = rules.catalog
    return {
        "holders": list(catalog.holders),
        "arrangements": [arrangement.code for arrangement in catalog.arrangements],
        "partners": list(catalog.partners),
        "signals": list(catalog.signals),
        "groups": list(catalog.groups),
        "escalation_kinds": list(catalog.escalation_kinds),
    }


def _name_codes(schema: dict[str, Any], codes: list[str]) -> None:
    """Put the codes on the string schema inside a property (itself, its items, or the non-null choice), so a
    generated client gets an enum, as the contract lists them."""
    if schema.get("type") == "string":
        schema["enum"] = codes
    for inner in [schema.get("items"), *schema.get("anyOf", [])]:
        if isinstance(inner, dict):
            _name_codes(inner, codes)


def _ref(model: type) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{model.__name__}"}


def _answer(description: str, model: type) -> dict[str, Any]:
    return {"description": description, "content": {JSON: {"schema": _ref(model)}}}


# One document per rules version: the version is a hash over the rule files, vocabulary and catalogue included.
_documents: dict[str, str] = {}


def openapi_document(rules: RuleSet) -> str:
    """The document as JSON text, for one set of rules: its profile (the vocabulary's CaseProfile) and the codes
    of its catalogue."""
    if rules.version not in _documents:
        _documents[rules.version] = _document(rules)
    return _documents[rules.version]


def _document(rules: RuleSet) -> str:
    profile = rules.profile_model
    _, schemas = models_json_schema(
        [
            (profile, "validation"),
            (Advice, "serialization"),
            (ErrorResponse, "serialization"),
            (Health, "serialization"),
        ],
        ref_template="#/components/schemas/{model}",
    )
    components = schemas["$defs"]
    for name, component in components.items():
        component["description"] = DESCRIPTIONS[name]
    codes = _codes(rules)
    for (name, prop), kind in CATALOGUE_CODES.items():
        _name_codes(components[name]["properties"][prop], codes[kind])
    document = {
        "openapi": "3.1.0",
        "info": {
            "title": "Kinderogen-regels: advies over regie en arrangementen",
            "version": rules.version,
            "description": (
                "Geef een casusprofiel van één kind (zonder gegevens die een persoon herkenbaar maken) en krijg "
                "een advies: wie de regie heeft, wat te regelen, wie aan tafel komt, en op welke regels en "
                "bronnen dat berust. Leeftijd en plek moeten bij elkaar passen (zie age); anders volgt 422."
            ),
        },
        "paths": {
            "/api/advice": {
                "post": {
                    "summary": "Advies voor één casusprofiel",
                    "operationId": "advise",
                    "parameters": [
                        {
                            "name": "wat_als",
                            "in": "query",
                            "required": False,
                            "description": (
                                "1: noem ook welk ander antwoord op één vraag het advies zou veranderen "
                                "(what_would_change, hooguit 8); 0 of weglaten: niet (what_would_change is dan null)"
                            ),
                            "schema": {"type": "string", "enum": ["0", "1"]},
                        },
                        {
                            "name": "op",
                            "in": "query",
                            "required": False,
                            "description": (
                                "advies volgens de regels die op deze dag golden (JJJJ-MM-DD); weglaten: vandaag. "
                                "Een dag voor het begin van de regels geeft 422 met veld op."
                            ),
                            "schema": {"type": "string", "format": "date"},
                        },
                    ],
                    "requestBody": {"required": True, "content": {JSON: {"schema": _ref(profile)}}},
                    "responses": {
                        "200": _answer("Het advies", Advice),
                        "400": _answer(
                            "De inhoud is geen JSON (de melding zegt waar en waarom), wat_als is niet 0 of 1, of een "
                            "parameter is onbekend of staat er meer dan één keer in",
                            ErrorResponse,
                        ),
                        "413": _answer("De inhoud is te groot", ErrorResponse),
                        "415": _answer(
                            "De inhoud is ingepakt (Content-Encoding); stuur haar zonder compressie", ErrorResponse
                        ),
                        "422": _answer(
                            "Het profiel klopt niet, of de datum bij op; per veld wat er mis is (hoogstens 20 fouten, "
                            "dan één melding '… en nog N fouten')",
                            ErrorResponse,
                        ),
                    },
                }
            },
            "/healthz": {
                "get": {
                    "summary": "Werkt de dienst?",
                    "operationId": "health",
                    "responses": {"200": _answer("De dienst werkt", Health)},
                }
            },
            "/api/openapi.json": {
                "get": {
                    "summary": "Deze beschrijving van de API",
                    "operationId": "openapi",
                    "responses": {
                        "200": {"description": "OpenAPI 3.1", "content": {JSON: {"schema": {"type": "object"}}}}
                    },
                }
            },
        },
        "components": {"schemas": components},
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
