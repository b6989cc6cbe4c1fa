"""Texts that fit one child: the words that depend on the child ({kind}, {school}), and a text of the rules
filled with a profile's values and those words: a number with its unit ({waiting_weeks}: '9 weken', '1 week'), a
code by its label ({setting}: 'het voortgezet onderwijs').

Which word fits is data (`fitting` in profiel.yaml): the first form whose condition the profile meets. A profile's
choice of forms is its `key`, so a text is filled once per key and values, and cached.
"""

import string
from collections.abc import Callable
from operator import attrgetter
from typing import Any

from .conditions import Evaluator, condition_model, evaluator
from .profile import Profile
from .vocabulary import ChoiceField, NumberField, SetField, Vocabulary

# Filled texts remembered; more starts the memory afresh (a rule set has a few hundred texts, a profile a few forms).
FILLED = 16_384


class Wording:
    """The fitting words and filled texts of one vocabulary."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._vocabulary = vocabulary
        condition = condition_model(vocabulary)
        self._forms: list[tuple[str, list[tuple[Evaluator | None, str]]]] = [
            (name, [(evaluator(condition.model_validate(w.when)) if w.when else None, w.text) for w in words])
            for name, words in vocabulary.fitting.items()
        ]
        self._labels = {
            name: vocabulary.value_labels(name)
            for name, field in vocabulary.fields.items()
            if isinstance(field, ChoiceField | SetField)
        }
        self._amounts = {
            name: field.words for name, field in vocabulary.fields.items() if isinstance(field, NumberField)
        }
        looked_at = sorted(
            {name for forms in vocabulary.fitting.values() for form in forms if form.when for name in form.when}
            & set(vocabulary.fields)
        )
        # What the fitting words' conditions look at (any: and all: look at fields too, so then at the whole profile).
        whole = any(
            name not in vocabulary.fields
            for forms in vocabulary.fitting.values()
            for f in forms
            if f.when
            for name in f.when
        )
        self._seen: Callable[[Any], Any] = (
            (lambda profile: profile.model_dump_json())
            if whole
            else attrgetter(*looked_at)
            if looked_at
            else (lambda profile: ())
        )
        self._keys: dict[Any, tuple[int, ...]] = {}
        self._names: dict[str, tuple[str, ...]] = {}
        # Of the names in a text, those that are answers of the profile (the others are fitting words).
        self._answers: dict[str, tuple[str, ...]] = {}
        self._filled: dict[tuple[Any, ...], str] = {}
        self._fixed: dict[tuple[int, ...], dict[str, str]] = {}

    def key(self, profile: Any) -> tuple[int, ...]:
        """Which form of each fitting word this profile gets (its index in the declaration), remembered by the
        answers the forms' conditions look at."""
        seen = self._seen(profile)
        key = self._keys.get(seen)
        if key is None:
            if len(self._keys) >= FILLED:
                self._keys.clear()
            key = self._keys[seen] = self._key(profile)
        return key

    def _key(self, profile: Any) -> tuple[int, ...]:
        chosen = []
        for _, forms in self._forms:
            for n, (test, _) in enumerate(forms):
                if test is None or test(profile) is not None:
                    chosen.append(n)
                    break
            else:
                chosen.append(len(forms))
        return tuple(chosen)

    def words(self, key: tuple[int, ...]) -> dict[str, str]:
        """The fitting words of a key, each also with a capital: {'kind': 'de jongere', 'Kind': 'De jongere'}."""
        found: dict[str, str] = {}
        for (name, forms), chosen in zip(self._forms, key, strict=True):
            text = forms[chosen][1] if chosen < len(forms) else ""
            found[name] = text
            found[name.capitalize()] = text[:1].upper() + text[1:]
        return found

    def fill(self, template: str, profile: Profile, key: tuple[int, ...] | None = None) -> str:
        """The text with the profile's values and fitting words in place of their names between braces."""
        key = self.key(profile) if key is None else key
        # Most texts name only fitting words: those are filled once per key and found with one lookup.
        fixed = self._fixed.get(key)
        if fixed is None:
            fixed = self._fixed[key] = {}
        text = fixed.get(template)
        if text is not None:
            return text
        names = self._names.get(template)
        if names is None:
            names = self._names[template] = tuple(
                dict.fromkeys(name for _, name, _, _ in string.Formatter().parse(template) if name)
            )
            self._answers[template] = tuple(name for name in names if name in self._vocabulary.fields)
        answers = self._answers[template]
        memo = (template, key, *(getattr(profile, name) for name in answers))
        text = self._filled.get(memo)
        if text is None:
            if len(self._filled) >= FILLED:
                self._filled.clear()
                self._fixed.clear()
                fixed = self._fixed[key] = {}
            text = self._filled[memo] = self._format(template, names, profile, key)
        if not answers:
            fixed[template] = text
        return text

    def _format(self, template: str, names: tuple[str, ...], profile: Profile, key: tuple[int, ...]) -> str:
        if not names:
            # '{{' is a brace also in a text that names nothing.
            return template.format_map({}) if "{" in template or "}" in template else template
        fitting = self.words(key)
        return template.format_map({name: self._said(name, profile, fitting) for name in names})

    def _said(self, name: str, profile: Profile, fitting: dict[str, str]) -> str:
        """One name between braces, said: a fitting word, a code by its label, a number with its unit."""
        if name in fitting:
            return fitting[name]
        value = getattr(profile, name)
        if name in self._labels:
            return self._labels[name][value]
        return self._amounts[name].count(value) if name in self._amounts else str(value)

    def filler(self, profile: Profile) -> Callable[[str], str]:
        """Fill texts for one profile, its fitting words chosen once."""
        key = self.key(profile)
        return lambda template: self.fill(template, profile, key)
