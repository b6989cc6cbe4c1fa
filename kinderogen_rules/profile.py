"""The case profile: what a professional tells about one child, nothing that identifies it."""

from typing import Annotated, Any, Self

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
    field_serializer,
    field_validator,
)
from pydantic_core import PydanticCustomError
from pydantic_core.core_schema import ValidationInfo

from .codes import (
    AGE_MAX,
    AGE_MIN,
    FIELD_LABELS,
    SETTING_AGES,
    VALUE_LABELS,
    WEEKS_MAX,
    Care,
    CognitiveLevel,
    Concern,
    Consent,
    LoadCapacity,
    Place,
    Region,
    Setting,
)
from .validation import to_dutch


def _whole_number(value: Any) -> Any:
    """JSON has one number type: 8.0 is the whole number 8 (as JSON Schema says), 8.5 is not."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _each_once(value: Any, field: str) -> Any:
    """A list naming the same code twice is a mistake to point out, not to tidy away."""
    if isinstance(value, list | tuple):
        doubles = sorted({str(v) for v in value if value.count(v) > 1})
        if doubles:
            raise PydanticCustomError(
                "kinderogen_duplicate",
                "{label} ({field}): noem elke waarde één keer; dubbel: {doubles}.",
                {"label": FIELD_LABELS[field].capitalize(), "field": field, "doubles": ", ".join(doubles)},
            )
    return value


# The bounds sit on the integer itself, so the JSON schema states them as minimum and maximum.
Weeks = Annotated[StrictInt, Field(ge=0, le=WEEKS_MAX), BeforeValidator(_whole_number)]


def _ages_per_setting(schema: dict[str, Any]) -> None:
    """Say in the JSON schema too which ages each setting allows, so schema-driven clients and fuzzers know."""
    schema["anyOf"] = [
        {"properties": {"setting": {"const": setting}, "age": {"minimum": low, "maximum": high}}}
        for setting, (low, high) in SETTING_AGES.items()
    ]


class CaseProfile(BaseModel):
    """One child's situation, as the contract defines it. Unknown fields are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_extra=_ages_per_setting)

    age: Annotated[
        StrictInt, Field(ge=AGE_MIN, le=AGE_MAX, description="leeftijd in jaren"), BeforeValidator(_whole_number)
    ]
    setting: Setting = Field(description="waar het kind nu onderwijs of opvang krijgt")
    region: Region = Field("algemeen", description="regio")
    concerns: frozenset[Concern] = Field(frozenset(), description="zorgen")
    shows_at: frozenset[Place] = Field(frozenset({"school"}), description="waar de problemen zich voordoen")
    school_support_exhausted: StrictBool = Field(False, description="basis- en extra ondersteuning volstaan niet")
    parents_consent: Consent = Field("onbekend", description="ouders staan achter de aanpak")
    care: frozenset[Care] = Field(frozenset(), description="lopende of aangevraagde zorg")
    waiting_weeks: Weeks = Field(0, description="weken op een wachtlijst voor jeugdhulp")
    weeks_absent: Weeks = Field(0, description="aaneengesloten weken zonder (passend) onderwijs")
    cognitive_level: CognitiveLevel = Field("onbekend", description="cognitief functioneren")
    load_capacity: LoadCapacity = Field("volledig", description="belastbaarheid voor onderwijs")
    exemption_requested: StrictBool = Field(False, description="vrijstelling art. 5 onder a gevraagd of overwogen")
    stuck: StrictBool = Field(False, description="partijen komen samen niet tot een passend aanbod")
    has_startkwalificatie: StrictBool = Field(False, description="heeft een startkwalificatie")

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise to_dutch(exc, type(self)) from None

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Self:
        """Validate a dict (or a profile) with Dutch error messages."""
        try:
            return super().model_validate(obj, **kwargs)
        except ValidationError as exc:
            raise to_dutch(exc, cls) from None

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
        """Validate a JSON document with Dutch error messages."""
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError as exc:
            raise to_dutch(exc, cls) from None

    @field_validator("concerns", "shows_at", "care", mode="before")
    @classmethod
    def _no_doubles(cls, value: Any, info: ValidationInfo) -> Any:
        return _each_once(value, str(info.field_name))

    @field_validator("setting")
    @classmethod
    def _age_fits_setting(cls, setting: str, info: ValidationInfo) -> str:
        age = info.data.get("age")
        low, high = SETTING_AGES[setting]
        if isinstance(age, int) and not low <= age <= high:
            raise PydanticCustomError(
                "kinderogen_age_setting",
                "Onderwijs of opvang (setting): een kind van {age} jaar kan niet op {place} zitten; "
                "daar zijn kinderen {low} tot en met {high} jaar. Controleer de leeftijd of de plek.",
                {"age": age, "place": VALUE_LABELS["setting"][setting], "low": low, "high": high},
            )
        return setting

    @field_serializer("concerns", "shows_at", "care")
    def _sorted(self, values: frozenset[str]) -> list[str]:
        return sorted(values)
