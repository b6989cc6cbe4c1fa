"""B1 Dutch, measured: every text the rules can produce, and the readable part of many advices.

The readable part is everything before "Waarom" (the rules and their sources): in short, who coordinates, what to
arrange, who is at the table, the route when it gets stuck, the signals, who is kept informed, and what would change
the advice. On it, four checks (tests/test_b1.py asserts them, `python tools/b1_report.py` prints the figures):

1. no rule id (DYSLEXIE-01) and no code name (`jeugdhulp_licht`, `voorne-putten`) that is not also a Dutch word;
2. no sentence twice in one advice;
3. every sentence at most 20 words, save the exceptions of tests/data/b1-uitzonderingen.yaml, each with its reason;
4. words that fit the child: school, opvang or opleiding, kind or jongere, and nothing that assumes a thuiszitter
   is at school.

Besides, `wordfreq`'s Dutch frequencies flag uncommon words outside the field's own terms
(tests/data/b1-vakwoorden.txt), and `textstat` with `pyphen` gives the Flesch-Douma reading ease.

The advices: a deterministic sample of the boundary profiles check-rules walks (the whole walk has millions), and
10,000 synthetic profiles, each with what-if. Advices that read the same for a child of the same kind are checked
once.
"""

import argparse
import random
import re
import string
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import textstat
import wordfreq
import yaml

from kinderogen_rules import Advice, Advisor
from kinderogen_rules.caseloads.synth import synthetic_profiles
from kinderogen_rules.core.dates import today
from kinderogen_rules.core.dutch import sentences
from kinderogen_rules.core.ruleset import RuleSet, load_rules
from kinderogen_rules.core.wording import Wording
from kinderogen_rules.proofs.boundaries import levels

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
DATA = ROOT / "tests" / "data"
GLOSSARY_FILE = DATA / "b1-vakwoorden.txt"
EXCEPTIONS_FILE = DATA / "b1-uitzonderingen.yaml"
SCHOOL_BOUND_FILE = DATA / "b1-op-school.yaml"

MAX_WORDS = 20
# A word is common when it occurs at least this often in Dutch (wordfreq's Zipf scale: 3 is once per million words).
COMMON_ZIPF = 3.0
# Flesch-Douma, as textstat computes it for "nl": 206.835 - 0.93 x words per sentence - 77 x syllables per word.
DOUMA = (206.835, 0.93, 77.0)
SEED = 19
SYNTHETIC = 10_000
WALK_SAMPLE = 6_000

RULE_ID = re.compile(r"\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d{2}\b")
WORD = re.compile(r"\w+(?:['\u2019.]\w+)*")


def words_of(sentence: str) -> list[str]:
    """The words of a sentence, as a reader counts them: 'CJG-coördinator' and '§3.2' are one each."""
    return [w for w in re.split(r"\s+", sentence) if WORD.search(w)]


# ---------------------------------------------------------------------------------------------------------------
# What the checks know: codes, the field's own terms, the exceptions, the arrangements that assume school.


@dataclass(frozen=True)
class Exception_:
    """A sentence allowed to be longer than MAX_WORDS: all of one layer up to `max_words`, or one sentence."""

    reason: str
    max_words: int
    layer: str | None = None
    sentence: str | None = None

    def allows(self, layer: str, sentence: str, count: int) -> bool:
        if count > self.max_words:
            return False
        if self.layer is not None and self.layer != layer:
            return False
        return self.sentence is None or self.sentence == sentence


def load_exceptions() -> list[Exception_]:
    found = yaml.safe_load(EXCEPTIONS_FILE.read_text(encoding="utf-8")) or []
    return [Exception_(**entry) for entry in found]


def load_glossary() -> frozenset[str]:
    """The field's own terms and names, as a reader sees them (CJG): a line each, # starts a comment."""
    lines = GLOSSARY_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for line in lines if (w := line.split("#", 1)[0]).strip())


def load_school_bound() -> dict[str, str]:
    """Arrangements that assume the child is at school, with why (the catalogue does not mark them yet)."""
    return dict(yaml.safe_load(SCHOOL_BOUND_FILE.read_text(encoding="utf-8")))


def codes(rules: RuleSet) -> set[str]:
    """Every code a reader must not meet: of the vocabulary (fields and values), the catalogue, the rules' roles."""
    vocabulary, catalog = rules.vocabulary, rules.catalog
    found = set(vocabulary.names)
    for name in vocabulary.names:
        found |= set(vocabulary.values(name)) if hasattr(vocabulary.fields[name], "values") else set()
    found |= {a.code for a in catalog.arrangements} | set(catalog.partners) | set(catalog.holders)
    found |= set(catalog.signals) | set(catalog.escalation_kinds) | set(catalog.groups)
    for loaded in rules.rules:
        then = loaded.rule.then
        if then.regie is not None:
            found.add(then.regie.role)
        found |= set(then.leads or {})
    return {code for code in found if code}


def code_names(rules: RuleSet, glossary: frozenset[str]) -> frozenset[str]:
    """The codes that are not also Dutch words: with _ or -, or a word that is neither common nor a field term."""
    return frozenset(
        code
        for code in codes(rules)
        if "_" in code or "-" in code or (code not in glossary and wordfreq.zipf_frequency(code, "nl") < COMMON_ZIPF)
    )


@dataclass
class Knowledge:
    rules: RuleSet
    glossary: frozenset[str]
    lower: frozenset[str]
    code_names: frozenset[str]
    exceptions: list[Exception_]
    school_bound: dict[str, str]
    rule_ids: frozenset[str]

    @classmethod
    def of(cls, rules: RuleSet) -> "Knowledge":
        glossary = load_glossary()
        return cls(
            rules,
            glossary,
            frozenset(w.lower() for w in glossary),
            code_names(rules, glossary),
            load_exceptions(),
            load_school_bound(),
            frozenset(r.rule.id for r in rules.rules),
        )


# ---------------------------------------------------------------------------------------------------------------
# The child a text is for: what words fit.


@dataclass(frozen=True)
class Child:
    """What decides which words fit: the setting, the age, the fitting words chosen, and whether the child is a
    thuiszitter (of compulsory school age and more than four weeks without education, or nowhere enrolled)."""

    setting: str
    age: int
    words: tuple[tuple[str, str], ...]
    thuiszitter: bool

    @classmethod
    def of(cls, profile: Any, wording: Wording) -> "Child":
        words = wording.words(wording.key(profile))
        compulsory = 5 <= profile.age <= 17 and not profile.has_startkwalificatie
        out = profile.weeks_absent >= 5 or profile.setting == "geen"
        return cls(profile.setting, profile.age, tuple(sorted(words.items())), compulsory and out)

    @property
    def word(self) -> dict[str, str]:
        return dict(self.words)


OPVANG_AGE = 4  # the oldest child in kinderopvang (profiel.yaml: ages of `kinderopvang`)
SCHOOL_OR_OPVANG = re.compile(r"\bschool of (?:de |op de )?opvang\b", re.I)
OPVANG_WORD = re.compile(r"\b(?:kinder|peuter)?opvang\b|\bpeuters?\b|pedagogisch medewerker", re.I)
LEERKRACHT = re.compile(r"\bleerkracht(?:en)?\b", re.I)
CHILD_WORD = re.compile(r"\b(?:het|dit) kind\b", re.I)
YOUNG_WORD = re.compile(r"\b(?:de|een|deze) jongere\b(?! (?:kinderen|kind)\b)", re.I)


def misfits(child: Child, text: str) -> list[str]:
    """The words of a text that do not fit this child."""
    found = []
    if (child.setting in {"vo", "vso", "mbo"} or child.age >= 18) and SCHOOL_OR_OPVANG.search(text):
        found.append("'school of opvang' voor een jongere in vo, mbo of vanaf 18")
    if (child.setting in {"mbo", "kinderopvang"} or child.age >= 18) and LEERKRACHT.search(text):
        found.append(f"'leerkracht' in {child.setting}, {child.age} jaar")
    if child.setting != "kinderopvang" and child.age > OPVANG_AGE and OPVANG_WORD.search(text):
        found.append(f"'{OPVANG_WORD.search(text).group(0)}' voor een kind van {child.age} in {child.setting}")  # type: ignore[union-attr]
    kind = child.word.get("kind", "")
    if kind == "de jongere" and CHILD_WORD.search(text):
        found.append("'het kind' voor een jongere")
    if kind == "het kind" and YOUNG_WORD.search(text):
        found.append("'de jongere' voor een kind")
    return found


# ---------------------------------------------------------------------------------------------------------------
# The readable part of an advice.

# Layers whose sentences Python puts together from words of the rules ("Als <antwoord>, <wat verandert>.").
ASSEMBLED = {"wat_als"}
# Layers whose sentences count for "no sentence twice" (names, titles and the lead are not sentences).
PROSE = {"kort", "regie_uitleg", "uitleg", "aan_tafel", "route", "melding", "op_de_hoogte", "wat_als"}


def readable(advice: Advice) -> list[tuple[str, str]]:
    """Every text before "Waarom", with its layer. `escalation` is the contract's old field: the route's steps in one
    text, so it is checked like any text, but not counted twice against the route."""
    parts = [("kort", s) for s in advice.summary]
    parts += [("regie_wie", advice.regie.lead), ("regie_uitleg", advice.regie.explanation)]
    parts += [("groep", group.title) for group in advice.plan]
    for a in advice.arrangements:
        parts += [("titel", a.title), ("uitleg", a.explanation)]
    for seat in advice.at_table:
        parts += [("naam", seat.name), ("aan_tafel", seat.reason)]
    for step in advice.escalation_route:
        parts += [("stap", step.title), ("route", step.explanation)]
    if advice.escalation is not None:
        parts.append(("escalation", advice.escalation.explanation))
    parts += [("melding", s.message) for s in advice.signals]
    parts += [("op_de_hoogte", i.explanation) for i in advice.informed]
    for change in advice.what_would_change or []:
        parts += [("wat_als", change.sentence), ("wat_als_antwoord", change.answer)]
    return [(layer, text) for layer, text in parts if text]


# ---------------------------------------------------------------------------------------------------------------
# Findings and figures.


@dataclass
class Findings:
    """What the checks found, each finding once with how often (in how many advices) it occurs, and the figures."""

    ids_and_codes: Counter[str] = field(default_factory=Counter)
    repeated: Counter[str] = field(default_factory=Counter)
    # Said twice because Python gives one rule's rationale to two layers (regie, an arrangement, who is informed).
    repeated_by_assembly: Counter[str] = field(default_factory=Counter)
    too_long: Counter[str] = field(default_factory=Counter)
    # Too long in a sentence that Python puts together (what-if: "Als …, …").
    too_long_by_assembly: Counter[str] = field(default_factory=Counter)
    misfit: Counter[str] = field(default_factory=Counter)
    uncommon: Counter[str] = field(default_factory=Counter)
    advices: int = 0
    distinct_advices: int = 0
    sentences: int = 0
    over_20: int = 0
    longest: tuple[int, str] = (0, "")
    # The same, without the what-if sentences that Python puts together ("Als …, …").
    sentences_own: int = 0
    over_20_own: int = 0
    longest_own: tuple[int, str] = (0, "")
    douma: list[float] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Per check: how many findings (distinct), and in how many advices (or texts) they occur."""
        return {
            "regel-id of code": len(self.ids_and_codes),
            "zin herhaald (tekst)": len(self.repeated),
            "zin herhaald (opbouw in Python)": len(self.repeated_by_assembly),
            "zin te lang (tekst)": len(self.too_long),
            "zin te lang (opbouw in Python)": len(self.too_long_by_assembly),
            "woord past niet bij het kind": len(self.misfit),
            "ongewoon woord": len(self.uncommon),
        }


class Checker:
    """The checks of one rule set, with every per-text result remembered (advices share most of their texts)."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.k = knowledge
        self._code = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, knowledge.code_names))) + r")(?![\w-])")

    @cache  # noqa: B019 - one checker per run
    def split(self, text: str) -> tuple[str, ...]:
        return tuple(sentences(" ".join(text.split())))

    @cache  # noqa: B019
    def ids_and_codes(self, text: str) -> tuple[str, ...]:
        found = [f"regel-id {m}" for m in RULE_ID.findall(text)]
        found += [f"code {m}" for m in self._code.findall(text)]
        return tuple(found)

    @cache  # noqa: B019
    def length(self, sentence: str) -> int:
        return len(words_of(sentence))

    def allowed(self, layer: str, sentence: str) -> bool:
        count = self.length(sentence)
        return count <= MAX_WORDS or any(e.allows(layer, sentence, count) for e in self.k.exceptions)

    @cache  # noqa: B019
    def uncommon(self, text: str) -> tuple[str, ...]:
        found = []
        for word in WORD.findall(text):
            for part in word.lower().split("-"):
                if part.isalpha() and part not in self.k.lower and _zipf(part) < COMMON_ZIPF:
                    found.append(part)
        return tuple(found)

    @cache  # noqa: B019
    def counts(self, sentence: str) -> tuple[int, int]:
        """Words and syllables of a sentence, as textstat counts them for Dutch (pyphen)."""
        return textstat.lexicon_count(sentence), textstat.syllable_count(sentence)

    def text(self, findings: Findings, layer: str, text: str, child: Child | None = None) -> None:
        """The checks on one text that do not depend on the rest of the advice."""
        for found in self.ids_and_codes(text):
            findings.ids_and_codes[f"{found} in {layer}: {text}"] += 1
        for sentence in self.split(text):
            if not self.allowed(layer, sentence):
                found = findings.too_long_by_assembly if layer in ASSEMBLED else findings.too_long
                found[f"{self.length(sentence)} woorden ({layer}): {sentence}"] += 1
        for word in self.uncommon(text):
            findings.uncommon[word] += 1
        if child is not None:
            for misfit in misfits(child, text):
                findings.misfit[f"{misfit} ({layer}): {text}"] += 1

    def advice(self, findings: Findings, advice: Advice, child: Child, times: int = 1) -> None:
        """Every check on one advice, counted `times` (advices that read alike are checked once)."""
        parts = readable(advice)
        seen: Counter[str] = Counter()
        for layer, text in parts:
            self.text(findings, layer, text, child)
            for sentence in self.split(text):
                if layer in PROSE:
                    seen[sentence] += 1
                if layer != "escalation":
                    count = self.length(sentence)
                    findings.sentences += times
                    findings.over_20 += times if count > MAX_WORDS else 0
                    if count > findings.longest[0]:
                        findings.longest = (count, sentence)
                    if layer not in ASSEMBLED:
                        findings.sentences_own += times
                        findings.over_20_own += times if count > MAX_WORDS else 0
                        if count > findings.longest_own[0]:
                            findings.longest_own = (count, sentence)
        for sentence, n in seen.items():
            if n > 1:
                found = findings.repeated_by_assembly if self._assembled(advice, sentence) else findings.repeated
                found[f"{n}x: {sentence}"] += times
        if child.thuiszitter:
            for a in advice.arrangements:
                if a.code in self.k.school_bound:
                    findings.misfit[
                        f"'{a.title}' voor een thuiszitter ({child.setting}, {child.age} jaar): "
                        + self.k.school_bound[a.code]
                    ] += times
        findings.douma.extend([self.douma(parts)] * times)
        findings.advices += times
        findings.distinct_advices += 1

    def _assembled(self, advice: Advice, sentence: str) -> bool:
        """Whether a sentence is said twice because Python gives the rationale of one rule to more than one layer:
        the regie explanation, the explanation of an arrangement, and of a partner kept informed."""
        for rule in advice.fired_rules:
            if sentence not in self.split(rule.rationale):
                continue
            uses = int(advice.regie.explanation == rule.rationale)
            uses += sum(rule.id in a.rule_ids for a in advice.arrangements)
            uses += sum(rule.id in i.rule_ids for i in advice.informed)
            if uses > 1:
                return True
        return False

    def douma(self, parts: list[tuple[str, str]]) -> float:
        """Flesch-Douma reading ease of the readable part (the prose, each sentence once as a reader meets it)."""
        said = [s for layer, text in parts if layer in PROSE for s in self.split(text)]
        words = syllables = 0
        for sentence in said:
            w, s = self.counts(sentence)
            words, syllables = words + w, syllables + s
        if not said or not words:
            return 0.0
        base, per_sentence, per_syllable = DOUMA
        return base - per_sentence * words / len(said) - per_syllable * syllables / words


@cache
def _zipf(word: str) -> float:
    return float(wordfreq.zipf_frequency(word, "nl"))


textstat.set_lang("nl")


# ---------------------------------------------------------------------------------------------------------------
# (a) every text the rules can produce without a profile.

RULE_TEXTS = ("title", "rationale")
OTHER = {"amount": "9 weken", "label": "gedrag", "value": "gedrag", "values": "gedrag en taal", "setting": "op school"}
OTHER |= {"age": "3", "place": "de basisschool", "low": "4", "high": "13"}


def _walk_strings(node: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, list):
        for n, item in enumerate(node):
            yield from _walk_strings(item, f"{where}[{n}]")
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _walk_strings(value, f"{where}.{key}")


def rule_file_texts(directory: Path = RULES) -> Iterator[tuple[str, str]]:
    """Every text a reader meets of the rule files, the catalogue and the word tables of the case profile."""
    for path in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        name = path.stem
        if name == "catalogus":
            for part in ("holders", "groups", "partners", "child", "escalation_kinds", "signals", "sentences"):
                for where, text in _walk_strings(data.get(part), f"{name}.{part}"):
                    if not where.endswith(".colour"):
                        yield where, text
            for a in data["arrangements"]:
                for part in ("title", "short"):
                    yield f"{name}.arrangements.{a['code']}.{part}", a[part]
        elif name == "profiel":
            for word, forms in data.get("fitting", {}).items():
                for n, form in enumerate(forms):
                    yield f"{name}.fitting.{word}[{n}]", form["text"]
            for field_name, declared in data["fields"].items():
                for part in ("says", "says_none", "words", "if"):
                    for where, text in _walk_strings(declared.get(part), f"{name}.{field_name}.{part}"):
                        if ".unit" not in where:
                            yield where, text
                for value in declared.get("values", []):
                    for part in ("label", "fact", "if", "says"):
                        yield from _walk_strings(value.get(part), f"{name}.{field_name}.{value['code']}.{part}")
        elif "rules" in data:
            region = data.get("region")
            if region:
                for part in ("label", "says"):
                    yield from _walk_strings(region.get(part), f"{name}.region.{part}")
            for rule in data["rules"]:
                at = f"{name}.{rule['id']}"
                for part in RULE_TEXTS:
                    yield f"{at}.{part}", rule[part]
                then = rule.get("then", {})
                regie = then.get("regie")
                if regie:
                    yield f"{at}.regie.lead", regie["lead"]
                    if regie.get("because"):
                        yield f"{at}.regie.because", regie["because"]
                for holder, lead in (then.get("leads") or {}).items():
                    yield f"{at}.leads.{holder}", lead
                if then.get("escalation"):
                    yield f"{at}.escalation", then["escalation"]["explanation"]


# Children for whom a text with {kind}, {school} or {plek} is filled: each form of the fitting words.
REPRESENTATIVE = [
    {"age": 2, "setting": "kinderopvang"},
    {"age": 4, "setting": "geen"},
    {"age": 8, "setting": "po"},
    {"age": 12, "setting": "po"},
    {"age": 10, "setting": "sbo"},
    {"age": 15, "setting": "vo"},
    {"age": 16, "setting": "vso"},
    {"age": 17, "setting": "mbo"},
    {"age": 15, "setting": "geen", "weeks_absent": 16},
    {"age": 20, "setting": "geen"},
]


def filled_texts(rules: RuleSet, directory: Path = RULES) -> Iterator[tuple[str, str, Child | None]]:
    """Each text of the rule files; one with names between braces once per representative child, filled."""
    wording = Wording(rules.vocabulary)
    fields = set(rules.vocabulary.fields) | {n for w in rules.vocabulary.fitting for n in (w, w.capitalize())}
    profiles = [rules.profile_model.model_validate(p) for p in REPRESENTATIVE]
    for where, text in rule_file_texts(directory):
        names = {n for _, n, _, _ in string.Formatter().parse(text) if n}
        if not names or ".says" in where:
            # A scenario's words (says) name the child themselves: "een kind van …", "een jongere van …".
            yield where, wording.fill(_put_other(text, names - fields), profiles[2]) if names else text, None
            continue
        template = _put_other(text, names - fields)
        for profile in profiles:
            yield where, wording.fill(template, profile), Child.of(profile, wording)


def _put_other(text: str, names: Iterable[str]) -> str:
    """A text with the names that are no field of the profile ({amount}, {label}) filled with an example."""
    for name in names:
        text = text.replace("{" + name + "}", OTHER.get(name, name))
    return text


def check_rule_texts(checker: Checker, directory: Path = RULES) -> Findings:
    findings = Findings()
    seen = set()
    for where, text, child in filled_texts(checker.k.rules, directory):
        if (where, text, child) in seen:
            continue
        seen.add((where, text, child))
        checker.text(findings, where, text, child)
    return findings


# ---------------------------------------------------------------------------------------------------------------
# (b) the advices: a sample of the boundary walk, and synthetic profiles.


def walk_sample(rules: RuleSet, count: int, seed: int = SEED) -> Iterator[dict[str, Any]]:
    """Deterministic draws from the profiles check-rules walks: each field one of its boundary values, over the
    regie rules (the walk of check-rules) and over every rule (every boundary a rule tests), half each."""
    vocabulary = rules.vocabulary
    period = rules.period(today())
    claims = [r for r in period.rules if r.rule.then.regie is not None]
    rng = random.Random(seed)
    for tested in (claims, list(period.rules)):
        found = levels(tested, vocabulary)
        made = 0
        while made < count // 2:
            answers = {name: rng.choice(values) for name, values in found}
            if not vocabulary.fits(answers.__getitem__):
                continue
            made += 1
            yield {k: sorted(v) if isinstance(v, frozenset) else v for k, v in answers.items()}


def profiles(rules: RuleSet, walked: int = WALK_SAMPLE, synthetic: int = SYNTHETIC) -> Iterator[Any]:
    model = rules.profile_model
    for answers in walk_sample(rules, walked):
        yield model.model_validate(answers)
    yield from synthetic_profiles(synthetic, seed=SEED, rules=rules)


def check_advices(checker: Checker, profiles: Iterable[Any], advisor: Advisor | None = None) -> Findings:
    """Advise on each profile with what-if and check the advice; advices that read alike for the same kind of child
    are checked once and counted as often as they occur."""
    rules = checker.k.rules
    advisor = advisor or Advisor(rules)
    wording = Wording(rules.vocabulary)
    findings = Findings()
    alike: Counter[tuple[Any, ...]] = Counter()
    first: dict[tuple[Any, ...], tuple[Advice, Child]] = {}
    for profile in profiles:
        advice = advisor.advise(profile, what_if=True)
        child = Child.of(profile, wording)
        key = (child, tuple(readable(advice)), tuple(a.code for a in advice.arrangements))
        alike[key] += 1
        first.setdefault(key, (advice, child))
    for key, times in alike.items():
        advice, child = first[key]
        checker.advice(findings, advice, child, times)
    return findings


# ---------------------------------------------------------------------------------------------------------------
# The report.


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def report(texts: Findings, advices: Findings, out: Any = sys.stdout) -> None:
    def say(line: str = "") -> None:
        print(line, file=out)

    share = advices.over_20 / advices.sentences if advices.sentences else 0.0
    say(f"Adviezen: {advices.advices} ({advices.distinct_advices} verschillend), zinnen: {advices.sentences}")
    say(f"Zinnen langer dan 20 woorden: {advices.over_20} ({share:.1%})")
    say(f"Langste zin: {advices.longest[0]} woorden: {advices.longest[1]}")
    own = advices.over_20_own / advices.sentences_own if advices.sentences_own else 0.0
    say(f"Zonder wat-als: zinnen {advices.sentences_own}, langer dan 20 woorden {advices.over_20_own} ({own:.1%})")
    say(f"Langste zin zonder wat-als: {advices.longest_own[0]} woorden: {advices.longest_own[1]}")
    douma = advices.douma
    if douma:
        low = sorted(douma)[len(douma) // 10]
        say(f"Leesgemak (Flesch-Douma, textstat): mediaan {_median(douma):.0f}, 10% van de adviezen onder {low:.0f}")
    say()
    say("Per controle (verschillende bevindingen; teksten van de regels / adviezen):")
    for (name, n_texts), n_advices in zip(texts.counts().items(), advices.counts().values(), strict=True):
        say(f"  {name}: {n_texts} / {n_advices}")
    for title, found in (("regeltekst", texts), ("advies", advices)):
        for name, counter in (
            ("regel-id of code", found.ids_and_codes),
            ("herhaald", found.repeated),
            ("herhaald, opbouw in Python", found.repeated_by_assembly),
            ("te lang", found.too_long),
            ("te lang, opbouw in Python", found.too_long_by_assembly),
            ("past niet", found.misfit),
        ):
            for text, n in counter.most_common():
                say(f"[{title}: {name}] ({n}x) {text}")
        if found.uncommon:
            say(f"[{title}: ongewone woorden] " + ", ".join(f"{w} ({n})" for w, n in found.uncommon.most_common()))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="B1-cijfers van de adviezen (zie docs/taal.md).")
    parser.add_argument("--regels", type=Path, default=RULES, help="map met regels (standaard: rules/)")
    parser.add_argument("--synthetisch", type=int, default=SYNTHETIC, help="aantal synthetische profielen")
    parser.add_argument("--wandeling", type=int, default=WALK_SAMPLE, help="aantal profielen uit de wandeling")
    args = parser.parse_args(argv)
    rules = load_rules(args.regels)
    checker = Checker(Knowledge.of(rules))
    texts = check_rule_texts(checker, args.regels)
    synthetic, walked = args.synthetisch, args.wandeling
    advices = check_advices(checker, profiles(rules, walked, synthetic))
    report(texts, advices)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
