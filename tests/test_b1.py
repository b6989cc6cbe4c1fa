"""B1 Dutch, checked by tests: every text the rules can produce, and the readable part of many advices.

The checks and the figures live in tools/b1_report.py (`python tools/b1_report.py` prints them; docs/taal.md explains
them). Outside "Waarom" a text has no rule id or code name, no sentence twice in one advice, no sentence over 20
words (save the exceptions of tests/data/b1-uitzonderingen.yaml, each with its reason), and words that fit the child:
school, opvang or opleiding, kind or jongere, and nothing that assumes a thuiszitter is at school. Words that are
rare in Dutch (wordfreq) and not a term of the field (tests/data/b1-vakwoorden.txt) are rewritten.

The quick tests check the rule texts, the two example advices and a small sample; the tests marked slow check the
advices of 6,000 profiles of the check-rules walk and of 10,000 synthetic profiles, each with what-if.
"""

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import EXAMPLES, ROOT, RULES, replace_in

from kinderogen_rules import Advisor
from kinderogen_rules.core.ruleset import RuleSet, load_rules


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("b1_report", ROOT / "tools" / "b1_report.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["b1_report"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


b1 = _load_tool()

# The quick sample: profiles of the walk and synthetic ones. The slow tests take the report's full counts.
QUICK_WALK = 200
QUICK_SYNTHETIC = 200
# A name between braces that was not filled in: a code name a reader must never see.
UNFILLED = re.compile(r"\{\w+\}")
# Flesch-Douma reading ease: 60 to 70 is an ordinary text, 70 to 80 fairly easy; below 60 it gets hard.
DOUMA_FLOOR = 60.0


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules(RULES)


@pytest.fixture(scope="module")
def checker(rules: RuleSet) -> Any:
    return b1.Checker(b1.Knowledge.of(rules))


@pytest.fixture(scope="module")
def rule_text_findings(checker: Any) -> Any:
    return b1.check_rule_texts(checker)


@pytest.fixture(scope="module")
def examples(rules: RuleSet) -> list[Any]:
    """Levi (8, po) and M. (15, vo, waiting 9 weeks) of the README."""
    model = rules.profile_model
    return [model.model_validate(json.loads((EXAMPLES / f"{n}.json").read_text())) for n in ("levi", "m")]


@pytest.fixture(scope="module")
def quick_findings(checker: Any, rules: RuleSet, examples: list[Any]) -> Any:
    profiles = [*examples, *b1.profiles(rules, QUICK_WALK, QUICK_SYNTHETIC)]
    return b1.check_advices(checker, profiles)


@pytest.fixture(scope="module")
def full_findings(checker: Any, rules: RuleSet) -> Any:
    return b1.check_advices(checker, b1.profiles(rules, b1.WALK_SAMPLE, b1.SYNTHETIC))


def _listed(found: Counter[str]) -> str:
    return "\n".join(f"({n}x) {text}" for text, n in found.most_common(40))


def _assert_text_checks(findings: Any) -> None:
    """The checks the texts of rules/*.yaml answer for: ids and codes, repeats, length, fitting words."""
    assert not findings.ids_and_codes, "Regel-id of code buiten 'Waarom':\n" + _listed(findings.ids_and_codes)
    assert not findings.repeated, "Zin twee keer in één advies:\n" + _listed(findings.repeated)
    assert not findings.too_long, "Zin langer dan 20 woorden:\n" + _listed(findings.too_long)
    assert not findings.misfit, "Woord past niet bij het kind:\n" + _listed(findings.misfit)


# ---------------------------------------------------------------------------------------------------------------
# Every text of the rule files, the catalogue and the word tables.


def test_rule_texts_have_no_ids_or_codes_and_short_sentences_that_fit_the_child(rule_text_findings: Any) -> None:
    _assert_text_checks(rule_text_findings)


def test_rule_texts_use_common_words_or_terms_of_the_field(rule_text_findings: Any) -> None:
    uncommon = rule_text_findings.uncommon
    assert not uncommon, (
        "Woorden die zeldzaam zijn in het Nederlands (wordfreq) en geen vakwoord (tests/data/b1-vakwoorden.txt): "
        + ", ".join(f"{w} ({n}x)" for w, n in uncommon.most_common())
    )


def test_every_text_of_the_rules_is_checked(rules: RuleSet) -> None:
    """The walk over the rule files reaches each kind of text: a rule's title and rationale, a lead, an escalation,
    the catalogue's partners and signals, the fitting words and the answers' words."""
    where = [w for w, _ in b1.rule_file_texts()]
    for rule in rules.rules:
        assert any(w.endswith(f"{rule.rule.id}.rationale") for w in where), rule.rule.id
    for part in (".regie.lead", ".escalation", "catalogus.partners.", "catalogus.signals.", "profiel.fitting.kind"):
        assert any(part in w for w in where), part
    assert any(".if." in w or ".says" in w for w in where if w.startswith("profiel."))


# ---------------------------------------------------------------------------------------------------------------
# The advices: the examples and a quick sample here; the full walk and synthetic profiles below (slow).


def test_quick_sample_of_advices_passes_the_b1_checks(quick_findings: Any) -> None:
    assert quick_findings.advices == 2 + QUICK_WALK + QUICK_SYNTHETIC
    _assert_text_checks(quick_findings)


def test_example_advices_read_easily_and_leave_no_name_unfilled(
    rules: RuleSet, checker: Any, examples: list[Any]
) -> None:
    advisor = Advisor(rules)
    for profile in examples:
        advice = advisor.advise(profile, what_if=True)
        parts = b1.readable(advice)
        unfilled = [text for _, text in parts if UNFILLED.search(text)]
        assert not unfilled, unfilled
        assert checker.douma(parts) >= DOUMA_FLOOR, (profile, checker.douma(parts))


def test_quick_sample_reads_easily(quick_findings: Any) -> None:
    hardest = min(quick_findings.douma)
    assert hardest >= DOUMA_FLOOR, f"Flesch-Douma {hardest:.0f} is onder {DOUMA_FLOOR:.0f}"


def test_sentences_python_assembles_are_said_once_and_short(quick_findings: Any) -> None:
    assert not quick_findings.repeated_by_assembly, _listed(quick_findings.repeated_by_assembly)
    assert not quick_findings.too_long_by_assembly, _listed(quick_findings.too_long_by_assembly)


@pytest.mark.slow
def test_walk_and_synthetic_advices_pass_the_b1_checks(full_findings: Any) -> None:
    assert full_findings.advices == b1.WALK_SAMPLE + b1.SYNTHETIC
    _assert_text_checks(full_findings)
    hardest = min(full_findings.douma)
    assert hardest >= DOUMA_FLOOR, f"Flesch-Douma {hardest:.0f} is onder {DOUMA_FLOOR:.0f}"


# ---------------------------------------------------------------------------------------------------------------
# The data the checks read, and proof that each check fails on a bad text.


def test_every_exception_says_why_and_every_school_bound_arrangement_exists(rules: RuleSet) -> None:
    for exception in b1.load_exceptions():
        assert len(exception.reason.split()) >= 8, exception
        assert exception.max_words > b1.MAX_WORDS, exception
    arrangements = {a.code for a in rules.catalog.arrangements}
    for code, reason in b1.load_school_bound().items():
        assert code in arrangements and reason, code


def test_the_checks_fail_on_bad_rule_texts(rules_copy: Path) -> None:
    """A rule id, a code name, a sentence of 25 words, a word that does not fit an mbo student and a rare word: each
    is found in a copy of the rules."""
    long = "Dit is een zin die veel te lang is omdat er heel veel woorden in staan die de lezer niet nodig heeft."
    assert len(b1.words_of(long)) > b1.MAX_WORDS
    replace_in(
        rules_copy / "regie.yaml",
        "Een vraag die alleen thuis speelt, hoort bij het CJG.",
        f"Een vraag die alleen thuis speelt, hoort bij het CJG (REGIE-THUIS-01). {long}",
    )
    replace_in(
        rules_copy / "veiligheid.yaml",
        "De veiligheid van {kind} gaat voor alles.",
        "De veiligheid van {kind} gaat voor alles, ook bij jeugdhulp_licht. De leerkracht bespreekt de casuïstiek.",
    )
    found = b1.check_rule_texts(b1.Checker(b1.Knowledge.of(load_rules(rules_copy))), rules_copy)
    assert any("REGIE-THUIS-01" in f for f in found.ids_and_codes), found.ids_and_codes
    assert any("jeugdhulp_licht" in f for f in found.ids_and_codes), found.ids_and_codes
    assert any(long in f for f in found.too_long), found.too_long
    assert any("leerkracht" in f and "mbo" in f for f in found.misfit), found.misfit
    assert "casuïstiek" in found.uncommon, found.uncommon


def test_the_checks_fail_on_a_bad_advice(rules: RuleSet, checker: Any, examples: list[Any]) -> None:
    """A sentence said twice, 'het kind' for a 15-year-old, and an arrangement for school given to a thuiszitter."""
    advisor = Advisor(rules)
    levi, m = examples
    advice = advisor.advise(m)
    doubled = advice.model_copy(update={"summary": [*advice.summary, advice.summary[0]]})
    wording = b1.Wording(rules.vocabulary)
    found = b1.Findings()
    checker.advice(found, doubled, b1.Child.of(m, wording))
    assert any(advice.summary[0] in f for f in found.repeated), found.repeated

    misfit = advice.model_copy(update={"summary": ["Het kind krijgt hulp."]})
    found = b1.Findings()
    checker.advice(found, misfit, b1.Child.of(m, wording))
    assert any("'het kind' voor een jongere" in f for f in found.misfit), found.misfit

    home = m.model_copy(update={"weeks_absent": 16})
    with_school_help = advisor.advise(levi)
    assert "basisondersteuning" in {a.code for a in with_school_help.arrangements}
    found = b1.Findings()
    checker.advice(found, with_school_help, b1.Child.of(home, wording))
    assert any("thuiszitter" in f for f in found.misfit), found.misfit
