"""The API's own response shapes, beside the contract's CaseProfile and Advice."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class FieldError(BaseModel):
    """What is wrong with one field ('' for the request as a whole), in Dutch."""

    model_config = ConfigDict(extra="forbid")

    field: str = Field(description="veldnaam uit het casusprofiel, of leeg voor de aanvraag als geheel")
    message: str = Field(description="wat er mis is, in het Nederlands")


class ErrorResponse(BaseModel):
    """The body of every 4xx and 5xx answer of the API."""

    model_config = ConfigDict(extra="forbid")

    errors: list[FieldError] = Field(min_length=1)


class Health(BaseModel):
    """The answer of GET /healthz."""

    status: Literal["ok"]
    rules_version: str
