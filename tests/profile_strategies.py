"""Hypothesis strategies over a vocabulary's case profile: every declared field and code, and only valid profiles
(the age fits the answers tied to ages). A field or code added to profiel.yaml is drawn without a change here."""

from typing import Any

from hypothesis import strategies as st

from kinderogen_rules.core.vocabulary import AGE_FIELD, Vocabulary


@st.composite
def answers(draw: st.DrawFn, vocabulary: Vocabulary) -> dict[str, Any]:
    """Any valid profile as contract JSON (set fields as lists, in any order)."""
    found: dict[str, Any] = {}
    for name, _ in vocabulary.age_limits:
        found[name] = draw(st.sampled_from(vocabulary.values(name)))
    low, high = vocabulary.number_bounds[AGE_FIELD]
    fitting = [age for age in range(low, high + 1) if vocabulary.fits({**found, AGE_FIELD: age}.__getitem__)]
    found[AGE_FIELD] = draw(st.sampled_from(fitting))
    for name, field in vocabulary.fields.items():
        if name in found:
            continue
        if field.type == "number":
            found[name] = draw(st.integers(field.min, field.max))
        elif field.type == "choice":
            found[name] = draw(st.sampled_from(vocabulary.values(name)))
        elif field.type == "set":
            found[name] = draw(st.lists(st.sampled_from(vocabulary.values(name)), unique=True))
        else:
            found[name] = draw(st.booleans())
    return found


def profiles(vocabulary: Vocabulary, model: Any) -> st.SearchStrategy[Any]:
    """Valid profiles of `model` (the vocabulary's profile model)."""
    return answers(vocabulary).map(model.model_validate)
