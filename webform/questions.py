"""The questions of the form, in the words a professional uses.

Each CaseProfile field is asked once, with a short hint and, for a choice, the
words for each option. The field names and codes are the contract's; the
wording here is the form's own, so it can be plainer than the labels used in
explanations.
"""

from dataclasses import dataclass
from typing import Literal

Kind = Literal["number", "radio", "checkboxes", "yesno"]


@dataclass(frozen=True)
class Question:
    """One question of the form."""

    name: str
    kind: Kind
    text: str
    hint: str
    short: str
    options: tuple[tuple[str, str], ...] = ()
    default: str | tuple[str, ...] | None = None
    required_message: str = ""


@dataclass(frozen=True)
class Section:
    """A group of questions under one heading."""

    title: str
    questions: tuple[Question, ...]


YES_NO = (("nee", "Nee"), ("ja", "Ja"))

SECTIONS: tuple[Section, ...] = (
    Section(
        "Het kind",
        (
            Question(
                "age",
                "number",
                "Hoe oud is het kind?",
                "In hele jaren, van 0 tot en met 23.",
                "Leeftijd",
                required_message="Vul de leeftijd van het kind in.",
            ),
            Question(
                "setting",
                "radio",
                "Waar krijgt het kind nu onderwijs of opvang?",
                "Kies de plek waar het kind nu ingeschreven staat of geplaatst is.",
                "Onderwijs of opvang",
                options=(
                    ("kinderopvang", "Kinderopvang: kinderdagverblijf of peuteropvang, ook met VVE"),
                    ("po", "Gewone basisschool"),
                    ("sbo", "Speciaal basisonderwijs (sbo)"),
                    ("so", "Speciaal onderwijs (so)"),
                    ("vo", "Voortgezet onderwijs (vo)"),
                    ("vso", "Voortgezet speciaal onderwijs (vso)"),
                    ("mbo", "Mbo"),
                    ("geen", "Nergens: het kind staat niet ingeschreven of is niet geplaatst"),
                ),
                required_message="Kies waar het kind nu onderwijs of opvang krijgt.",
            ),
            Question(
                "region",
                "radio",
                "In welke regio woont het kind?",
                "Dan noemt het advies de partners uit die regio. Woont het kind ergens anders, kies dan de laatste.",
                "Regio",
                options=(
                    ("voorne-putten", "Voorne-Putten"),
                    ("goeree-overflakkee", "Goeree-Overflakkee"),
                    ("drechtsteden", "Drechtsteden"),
                    ("algemeen", "Een andere regio"),
                ),
                default="algemeen",
            ),
        ),
    ),
    Section(
        "De zorgen",
        (
            Question(
                "concerns",
                "checkboxes",
                "Waar zijn zorgen over?",
                "Kies alles wat past. Geen zorgen? Laat dan alles leeg.",
                "Zorgen",
                options=(
                    ("leren", "Leren"),
                    ("gedrag", "Gedrag"),
                    ("dyslexie", "Dyslexie"),
                    ("taal", "Taal en spraak"),
                    ("lichamelijk", "Een lichamelijke of zintuiglijke beperking"),
                    ("somatisch", "Een langdurige ziekte"),
                    ("lvb", "Een (licht) verstandelijke beperking"),
                    ("psychisch", "Psychische problemen"),
                    ("opvoeding", "De opvoeding: ouders weten niet goed hoe ze het kind kunnen helpen"),
                    ("gezin", "Meerdere problemen in het gezin"),
                    ("veiligheid", "De veiligheid van het kind"),
                    ("verzuim", "Verzuim: het kind is vaak of lang weg van school"),
                ),
                default=(),
            ),
            Question(
                "shows_at",
                "checkboxes",
                "Waar spelen de problemen?",
                "Op school betekent ook: op de opvang of waar het kind overdag leert.",
                "Waar de problemen spelen",
                options=(("school", "Op school of op de opvang"), ("thuis", "Thuis, in het gezin")),
                default=("school",),
            ),
        ),
    ),
    Section(
        "Wat er al gebeurt",
        (
            Question(
                "school_support_exhausted",
                "yesno",
                "Zijn de basis- en extra ondersteuning van school ingezet, en is dat niet genoeg?",
                "Kies ja als de school heeft gedaan wat ze kan, en het kind toch niet verder komt.",
                "Ondersteuning van school",
                options=YES_NO,
                default="nee",
            ),
            Question(
                "care",
                "checkboxes",
                "Welke zorg krijgt het kind al, of is aangevraagd?",
                "Kies alles wat past. Nog geen zorg? Laat dan alles leeg.",
                "Zorg",
                options=(
                    ("jeugdhulp_licht", "Lichte jeugdhulp, zonder beschikking"),
                    ("jeugdhulp_specialistisch", "Specialistische jeugdhulp, met een beschikking of verwijzing"),
                    ("wlz", "Zorg uit de Wet langdurige zorg (Wlz)"),
                    ("zvw", "Zorg uit de Zorgverzekeringswet (Zvw), bijvoorbeeld verpleging"),
                ),
                default=(),
            ),
            Question(
                "waiting_weeks",
                "number",
                "Hoeveel weken staat het kind op een wachtlijst voor jeugdhulp?",
                "Vul 0 in als het kind niet wacht.",
                "Weken op de wachtlijst",
                default="0",
            ),
            Question(
                "weeks_absent",
                "number",
                "Hoeveel weken achter elkaar krijgt het kind geen (passend) onderwijs?",
                "Tel de weken dat het kind thuiszit of niet naar school kan. Vul 0 in als het naar school gaat.",
                "Weken zonder onderwijs",
                default="0",
            ),
        ),
    ),
    Section(
        "Wat het kind aankan",
        (
            Question(
                "cognitive_level",
                "radio",
                "Hoe is het cognitief niveau van het kind?",
                "Op basis van wat bekend is uit onderzoek of van school.",
                "Cognitief niveau",
                options=(("laag", "Laag"), ("gemiddeld_hoog", "Gemiddeld tot hoog"), ("onbekend", "Weet ik niet")),
                default="onbekend",
            ),
            Question(
                "load_capacity",
                "radio",
                "Hoeveel onderwijs kan het kind nu aan?",
                "Belastbaarheid: denk aan ziekte, beperking of wat het kind nu kan opbrengen.",
                "Belastbaarheid",
                options=(
                    ("volledig", "Een volledig rooster"),
                    ("beperkt", "Een deel van de tijd"),
                    ("geen", "Nu niets"),
                ),
                default="volledig",
            ),
            Question(
                "exemption_requested",
                "yesno",
                "Is vrijstelling van de leerplicht gevraagd of wordt die overwogen?",
                "Vrijstelling om lichamelijke of psychische redenen (Leerplichtwet artikel 5 onder a).",
                "Vrijstelling",
                options=YES_NO,
                default="nee",
            ),
            Question(
                "has_startkwalificatie",
                "yesno",
                "Heeft de jongere een startkwalificatie?",
                "Een diploma havo, vwo of mbo niveau 2 of hoger.",
                "Startkwalificatie",
                options=YES_NO,
                default="nee",
            ),
        ),
    ),
    Section(
        "Samenwerking",
        (
            Question(
                "parents_consent",
                "radio",
                "Staan de ouders achter de aanpak?",
                "Ouders of verzorgers. Nog niet besproken? Kies dan 'Nog niet bekend'.",
                "Ouders",
                options=(("ja", "Ja"), ("nee", "Nee"), ("onbekend", "Nog niet bekend")),
                default="onbekend",
            ),
            Question(
                "stuck",
                "yesno",
                "Komen de partijen er samen niet uit?",
                "Kies ja als school, gemeente en zorg samen geen passend aanbod vinden.",
                "Partijen komen er niet uit",
                options=YES_NO,
                default="nee",
            ),
        ),
    ),
)

QUESTIONS: dict[str, Question] = {q.name: q for section in SECTIONS for q in section.questions}
