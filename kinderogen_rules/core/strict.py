"""The one base for the library's pydantic models: unknown fields are errors and a value, once made, stays as it is."""

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    """Refuses fields it does not know (a typo in a rule file is an error, not a silent default) and is frozen, so
    one object can serve every advice and every thread."""

    model_config = ConfigDict(extra="forbid", frozen=True)
