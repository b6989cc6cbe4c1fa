"""The web form in a real browser: headless Chromium against the production server, with axe-core.

axe-core comes with the Python package axe-playwright-python, so no npm is needed.

Screenshots, a printed PDF and the axe reports land in tests/artifacts/ (ignored by git).
"""

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, ROOT

from kinderogen_rules import advise
from kinderogen_rules.cli import main

playwright_api = pytest.importorskip("playwright.sync_api")
axe_playwright = pytest.importorskip("axe_playwright_python.sync_playwright")

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _missing_browser_reason() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"Chromium ontbreekt ({CHROMIUM}); 'make test' installeert het met apt-get (pakket chromium)."
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = _missing_browser_reason()
    if reason:
        if os.environ.get("KINDEROGEN_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, server: tuple[str, Path]) -> Iterator[Any]:
    """A fresh tab that may only talk to our server; every other request is refused and counted."""
    base, _ = server
    context = browser.new_context(viewport={"width": 1024, "height": 900}, locale="nl-NL")
    elsewhere: list[str] = []
    problems: list[str] = []

    def only_ours(route: Any) -> None:
        if route.request.url.startswith(base):
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    context.route("**/*", only_ours)
    tab = context.new_page()
    tab.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    tab.goto(base + "/")
    yield tab
    context.close()
    assert elsewhere == [], "requests to other hosts"
    assert [p for p in problems if "422" not in p] == [], "console errors (a CSP violation shows up here)"


def yes_or_no(page: Any, name: str, yes: bool) -> None:
    page.locator(f"input[name={name}][value={'ja' if yes else 'nee'}]").check()


def fill_case(page: Any, case: dict[str, Any]) -> None:
    """Fill the form as a person would: by the words on the screen. Every question is answered (the form answers
    none in advance); what the case does not say gets the answer the contract assumes."""
    age = case["age"]
    page.get_by_label("Hoe oud is het kind?").fill(str(age))
    labels = {"po": "Gewone basisschool", "vo": "Voortgezet onderwijs (vo)"}
    page.get_by_label(labels[case["setting"]], exact=True).check()
    page.get_by_label("Drechtsteden", exact=True).check()
    concern_words = {"gedrag": "Gedrag", "leren": "Leren", "opvoeding": "De opvoeding", "verzuim": "Verzuim"}
    for concern in case.get("concerns", []):
        page.get_by_label(concern_words[concern]).check()
    if not case.get("concerns"):
        page.get_by_label("Geen van deze", exact=True).check()
    places = {"school": "Op school of op de opvang", "thuis": "Thuis, in het gezin"}
    for place in case.get("shows_at", ["school"]):
        page.get_by_label(places[place]).check()
    yes_or_no(page, "school_support_exhausted", case.get("school_support_exhausted", False))
    page.get_by_label("Nog niet bekend").check()
    page.get_by_label("Nog geen zorg").check()
    page.get_by_label("Hoeveel weken staat het kind op een wachtlijst voor jeugdhulp?").fill(
        str(case.get("waiting_weeks", 0))
    )
    page.get_by_label("Hoeveel weken achter elkaar krijgt het kind geen (passend) onderwijs?").fill(
        str(case.get("weeks_absent", 0))
    )
    page.get_by_label("Weet ik niet").check()
    page.get_by_label("Een volledig rooster").check()
    yes_or_no(page, "exemption_requested", False)
    yes_or_no(page, "stuck", case.get("stuck", False))
    if age >= 16:
        yes_or_no(page, "has_startkwalificatie", False)


def plan_titles(advice: Any) -> list[str]:
    """The titles of 'Wat te regelen' in the order of the advice's plan: by group, urgent first."""
    titles = {arrangement.code: arrangement.title for arrangement in advice.arrangements}
    return [titles[code] for group in advice.plan for code in group.arrangements]


def open_why(page: Any) -> None:
    """Unfold the rules under 'Waarom dit advies' (folded on the screen)."""
    page.locator("details.waarom__regels > summary").click()


def pdf_pages(pdf: bytes) -> int:
    """The pages of a PDF that Chromium printed: its page objects (not the /Pages tree)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def pdf_destination_pages(pdf: bytes) -> dict[str, int]:
    """On which page (from 1) each named destination lies. Chromium makes one for each element that a link on the
    page points to, with the page it is printed on."""
    kids = re.search(rb"/Type /Pages\s*/Count \d+\s*/Kids \[([^\]]*)\]", pdf)
    dests = re.search(rb"/Dests (\d+) 0 R", pdf)
    assert kids and dests, "no page tree or destinations in the PDF"
    order = {ref: n for n, ref in enumerate(re.findall(rb"(\d+) 0 R", kids[1]), 1)}
    table = re.search(rb"\n" + dests[1] + rb" 0 obj\s*<<(.*?)>>\s*endobj", pdf, re.S)
    assert table is not None
    return {name.decode(): order[page] for name, page in re.findall(rb"/([^\s/\[]+)\s*\[(\d+) 0 R /XYZ", table[1])}


def run_axe(page: Any, name: str) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 A/AA check on the page as it is; the report is saved as an artifact."""
    options = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}}
    result = axe_playwright.Axe().run(page, options=options).response
    assert len(result["passes"]) > 10, "axe-core did not really check the page"
    (ARTIFACTS / f"axe-{name}.json").write_text(json.dumps(result["violations"], indent=2), encoding="utf-8")
    return [v for v in result["violations"] if v["impact"] in {"serious", "critical"}]


@pytest.mark.parametrize("example", ["levi", "m"])
def test_a_contract_example_filled_in_gives_the_library_advice(page: Any, example: str) -> None:
    case = json.loads((EXAMPLES / f"{example}.json").read_text())
    expected = advise(case)
    if example == "levi":
        page.screenshot(path=ARTIFACTS / "formulier.png", full_page=True)
    fill_case(page, case)
    page.get_by_role("button", name="Advies geven").click()
    page.wait_for_selector("#regie-houder")
    assert page.inner_text("#regie-wie") == expected.regie.lead
    titles = page.locator(".arrangement__titel").all_inner_texts()
    assert titles == plan_titles(expected)
    first = expected.fired_rules[0]
    assert not page.locator(f"#regel-{first.id}").is_visible()  # folded on the screen
    open_why(page)
    for rule in expected.fired_rules:
        assert page.locator(f"#regel-{rule.id}").is_visible()
        assert rule.sources[0].cited_as in page.inner_text(f"#regel-{rule.id}")
    assert expected.rules_version in page.inner_text("body")
    page.screenshot(path=ARTIFACTS / f"advies-{example}.png", full_page=True)
    page.evaluate("window.scrollTo(0, 0)")  # unfolding 'Waarom' scrolled down
    page.screenshot(path=ARTIFACTS / f"advies-{example}-boven.png")


def test_an_invalid_form_shows_the_error_summary_and_moves_focus_to_it(page: Any) -> None:
    page.get_by_label("Hoe oud is het kind?").fill("acht")
    page.get_by_role("button", name="Advies geven").click()
    summary = page.locator(".foutoverzicht")
    summary.wait_for()
    # Playwright's default wait (30 s) is a guard, not a speed target; 5 s could run out on a busy machine. Not
    # wait_for_function: when it has to poll, it evaluates a string, which the page's policy forbids (no eval).
    playwright_api.expect(summary).to_be_focused(timeout=30_000)
    links = page.locator(".foutoverzicht a").all_inner_texts()
    assert links[:3] == [
        'Leeftijd: vul een heel getal in (niet "acht").',
        "Onderwijs of opvang: kies waar het kind nu onderwijs of opvang krijgt.",
        "Regio: kies de regio waar het kind woont.",
    ]
    # Every question is open, apart from the two whose age is not known (startkwalificatie, vrijstelling).
    assert len(links) == 13 and links[-1] == "Partijen komen er niet uit: kies ja of nee."
    assert page.inner_text("#age-fout").endswith('Vul een heel getal in (niet "acht").')
    assert page.input_value("#age") == "acht"
    page.screenshot(path=ARTIFACTS / "fout.png")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "age"
    page.keyboard.press("Shift+Tab")  # back to the summary's last link
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "stuck-0"


def test_the_form_works_with_the_keyboard_only(page: Any) -> None:
    """Tab, arrows, space and enter: Levi's situation at school without touching the mouse."""

    def tab_to(element_id: str) -> None:
        for _ in range(30):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.id") == element_id:
                return
        pytest.fail(f"{element_id} is not reachable with Tab")

    def choose(first_radio: str, down: int = 0) -> None:
        """Tab into a group that has no answer yet (focus on its first radio), then choose with arrows or space."""
        tab_to(first_radio)
        assert not page.is_checked(f"#{first_radio}")  # nothing is chosen in advance
        for _ in range(down):
            page.keyboard.press("ArrowDown")
        if not down:
            page.keyboard.press("Space")

    tab_to("age")
    page.keyboard.type("8")
    choose("setting-0", down=1)  # the next radio: gewone basisschool
    choose("region-0")  # the first radio: drechtsteden
    assert page.is_checked("#region-0") and page.get_attribute("#region-0", "value") == "drechtsteden"
    tab_to("concerns-0")
    page.keyboard.press("Space")  # leren
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # gedrag
    tab_to("shows_at-0")
    page.keyboard.press("Space")  # op school
    choose("school_support_exhausted-0")  # nee
    tab_to("care-geen")
    page.keyboard.press("Space")  # nog geen zorg
    tab_to("waiting_weeks")
    page.keyboard.type("0")
    tab_to("weeks_absent")
    page.keyboard.type("0")
    choose("cognitive_level-0", down=2)  # weet ik niet
    choose("load_capacity-0")  # een volledig rooster
    choose("exemption_requested-0")  # nee
    choose("parents_consent-0", down=2)  # nog niet bekend (startkwalificatie is passed: it is not asked at 8)
    choose("stuck-0")  # nee
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Advies geven":
            break
    page.keyboard.press("Enter")
    page.wait_for_selector("#regie-houder")
    expected = advise({"age": 8, "setting": "po", "region": "drechtsteden", "concerns": ["leren", "gedrag"]})
    assert page.inner_text("#regie-wie") == expected.regie.lead
    assert page.locator(".arrangement__titel").all_inner_texts() == plan_titles(expected)


def test_change_answers_and_new_advice(page: Any) -> None:
    fill_case(page, json.loads((EXAMPLES / "m.json").read_text()))
    page.get_by_role("button", name="Advies geven").click()
    page.get_by_role("button", name="Antwoorden wijzigen").click()
    page.wait_for_selector("#age")
    assert page.input_value("#age") == "15"
    assert page.is_checked("input[name=concerns][value=verzuim]")
    assert page.input_value("#waiting_weeks") == "9"
    page.get_by_role("button", name="Advies geven").click()
    page.get_by_role("link", name="Nieuw advies").click()
    page.wait_for_selector("#age")
    assert page.input_value("#age") == ""
    assert not page.is_checked("input[name=concerns][value=verzuim]")


@pytest.mark.parametrize("example", ["levi", "m"])
def test_the_advice_prints_on_at_most_two_a4_pages_with_the_answers_on_one(page: Any, example: str) -> None:
    """Printed with Chromium to A4 (the stylesheet for paper, kinderogen-print.css): at most 2 pages, the rules of
    'Waarom' on them although folded on the screen, and the answers not split across pages."""
    case = json.loads((EXAMPLES / f"{example}.json").read_text())
    fill_case(page, case)
    page.get_by_role("button", name="Advies geven").click()
    page.wait_for_selector("#regie-houder")
    page.get_by_role("button", name="Afdrukken").wait_for(state="visible")  # shown by the script, so it works
    last_rule = advise(case).fired_rules[-1].id
    assert not page.locator(f"#regel-{last_rule}").is_visible()
    page.emulate_media(media="print")
    assert not page.get_by_role("button", name="Antwoorden wijzigen").is_visible()
    assert not page.locator(".watals form").first.is_visible()
    assert not page.locator(".kop").is_visible()
    assert page.locator("#regie-houder").is_visible()
    assert page.locator(f"#regel-{last_rule}").is_visible()
    page.emulate_media(media=None)
    # Links to the start and the end of the answers, and to the last rule, make Chromium say where they are printed.
    page.evaluate(
        """(rule) => {
            const rows = document.querySelectorAll('.antwoorden__rij');
            rows[rows.length - 1].id = 'antwoorden-eind';
            for (const id of ['antwoorden-titel', 'antwoorden-eind', 'regel-' + rule]) {
                const link = document.createElement('a');
                link.href = '#' + id;
                link.hidden = true;
                document.body.append(link);
            }
        }""",
        last_rule,
    )
    pdf = page.pdf(path=ARTIFACTS / f"advies-{example}.pdf", format="A4")
    assert pdf.startswith(b"%PDF")
    pages = pdf_pages(pdf)
    where = pdf_destination_pages(pdf)
    assert pages <= 2, f"{pages} pagina's"
    assert where["antwoorden-titel"] == where["antwoorden-eind"] <= pages
    assert where[f"regel-{last_rule}"] <= pages


def test_no_serious_accessibility_problems_on_form_error_and_advice(browser: Any, server: tuple[str, Path]) -> None:
    base, _ = server
    context = browser.new_context(bypass_csp=True)  # lets axe-core run inside the page; nothing else
    page = context.new_page()
    page.goto(base + "/")
    found = {"formulier": run_axe(page, "formulier")}
    page.get_by_role("button", name="Advies geven").click()
    page.locator(".foutoverzicht").wait_for()
    found["fout"] = run_axe(page, "fout")
    fill_case(page, json.loads((EXAMPLES / "m.json").read_text()))
    page.get_by_role("button", name="Advies geven").click()
    page.wait_for_selector("#regie-houder")
    found["advies"] = run_axe(page, "advies")
    open_why(page)
    page.locator(".watals__regels > summary").first.click()
    found["advies-open"] = run_axe(page, "advies-open")
    # The route when it gets stuck, with each kind of step: a thuiszitter whose parents refuse.
    page.goto(base + "/")
    fill_case(page, {"age": 14, "setting": "vo", "concerns": ["verzuim"], "weeks_absent": 16, "stuck": True})
    page.locator("input[name=parents_consent][value=nee]").check()
    page.get_by_role("button", name="Advies geven").click()
    page.wait_for_selector("#doorzettingsmacht")
    found["advies-route"] = run_axe(page, "advies-route")
    context.close()
    assert found == {"formulier": [], "fout": [], "advies": [], "advies-open": [], "advies-route": []}


def _advice_for_m(page: Any) -> None:
    fill_case(page, json.loads((EXAMPLES / "m.json").read_text()))
    page.get_by_role("button", name="Advies geven").click()
    page.wait_for_selector("#regie-houder")


def test_the_advice_lists_what_would_change_it_and_a_button_opens_the_form_with_that_answer(page: Any) -> None:
    _advice_for_m(page)
    expected = advise(json.loads((EXAMPLES / "m.json").read_text()), what_if=True).what_would_change or []
    heading = page.get_by_role("heading", name="Wat zou het advies veranderen?")
    assert heading.is_visible()
    items = page.locator(".watals__punt")
    assert items.count() == len(expected) > 0
    assert [items.nth(n).locator("p").first.inner_text() for n in range(len(expected))] == [
        change.sentence for change in expected
    ]
    heading.scroll_into_view_if_needed()
    page.screenshot(path=ARTIFACTS / "advies-m-watals.png")
    waiting = next(change for change in expected if change.field == "waiting_weeks")
    item = page.locator(".watals__punt[data-field=waiting_weeks]")
    item.get_by_role("button", name=f"Open het formulier met: {waiting.answer}").click()
    page.wait_for_selector("#gewijzigd-melding")
    assert page.url.endswith("/wijzigen#waiting_weeks")
    assert page.evaluate("document.activeElement.id") == "waiting_weeks"  # the focus is on the changed answer
    assert page.input_value("#waiting_weeks") == "0"
    assert page.input_value("#age") == "15" and page.is_checked("input[name=concerns][value=verzuim]")
    assert page.locator("#waiting_weeks-invloed").inner_text() == "Kan het advies veranderen"
    assert page.locator("#waiting_weeks").is_visible()
    page.screenshot(path=ARTIFACTS / "formulier-gewijzigd.png")
    others = page.locator("details#overige-vragen")
    assert others.get_attribute("open") is None
    folded = others.locator(".invloed")
    assert folded.count() > 0 and not folded.first.is_visible()
    page.get_by_role("button", name="Advies geven").click()
    page.wait_for_selector("#regie-houder")
    assert "wachtlijst" not in [
        page.locator(".letop__punt").nth(n).get_attribute("data-code")
        for n in range(page.locator(".letop__punt").count())
    ]


def test_what_would_change_works_with_the_keyboard_only_and_without_javascript(
    browser: Any, server: tuple[str, Path]
) -> None:
    base, _ = server
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1024, "height": 900})
    page = context.new_page()
    page.goto(base + "/")
    _advice_for_m(page)

    def tab_until(check: str, limit: int = 400) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(check):
                return
        pytest.fail(f"not reachable with Tab: {check}")

    # The first change of the list: the school has not yet used all its support, so the regie goes to the school.
    tab_until("document.activeElement.closest('.watals__punt') !== null && document.activeElement.tagName === 'BUTTON'")
    assert page.evaluate("document.activeElement.closest('.watals__punt').dataset.field") == "school_support_exhausted"
    page.keyboard.press("Enter")
    page.wait_for_selector("#gewijzigd-melding")
    assert page.is_checked("input[name=school_support_exhausted][value=nee]")
    # The focus is on the changed answer (autofocus, so also without JavaScript): space or arrows change it again.
    assert page.evaluate("document.activeElement.id") == "school_support_exhausted-0"
    # The folded questions open with the keyboard, and their answers can be changed there.
    tab_until("document.activeElement.tagName === 'SUMMARY'")
    page.keyboard.press("Enter")
    assert page.locator("details#overige-vragen").get_attribute("open") is not None
    tab_until("document.activeElement.closest('details') !== null", 5)
    assert page.evaluate("document.activeElement.id") == "region-0"  # the checked radio: Drechtsteden
    page.keyboard.press("ArrowDown")  # Goeree-Overflakkee
    tab_until("document.activeElement.textContent === 'Advies geven'")
    page.keyboard.press("Enter")
    page.wait_for_selector("#regie-houder")
    assert page.inner_text("#regie-houder").startswith("De school")
    assert "Goeree-Overflakkee" in page.inner_text("#regie-wie")
    context.close()


def test_the_advice_page_works_with_the_keyboard_only(page: Any) -> None:
    """Everything that opens or acts on the advice page is reached with Tab, in the order of the layers, shows where
    the focus is, and works with Enter: a what-if item's rules, the rules under 'Waarom', and changing the answers."""
    _advice_for_m(page)
    last_rule = advise(json.loads((EXAMPLES / "m.json").read_text())).fired_rules[-1].id

    def tab_until(check: str, limit: int = 200) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(check):
                assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
                return
        pytest.fail(f"not reachable with Tab: {check}")

    tab_until("document.activeElement.matches('.watals__regels > summary')")
    page.keyboard.press("Enter")
    first = page.locator(".watals__regels").first
    assert first.get_attribute("open") is not None and first.locator("p").is_visible()
    tab_until("document.activeElement.matches('.waarom__regels > summary')")
    assert not page.locator(f"#regel-{last_rule}").is_visible()
    page.keyboard.press("Enter")
    assert page.locator(f"#regel-{last_rule}").is_visible()
    tab_until("document.activeElement.textContent === 'Afdrukken'", 5)  # the next buttons: change, new, print
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.textContent") == "Antwoorden wijzigen"
    page.keyboard.press("Enter")
    page.wait_for_selector("#age")
    assert page.input_value("#age") == "15" and page.is_checked("input[name=concerns][value=verzuim]")


def test_no_serious_accessibility_problems_in_what_would_change(browser: Any, server: tuple[str, Path]) -> None:
    base, _ = server
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.goto(base + "/")
    _advice_for_m(page)
    page.locator(".watals__punt").first.get_by_role("button", name=re.compile("^Open het formulier met: ")).click()
    page.wait_for_selector("#gewijzigd-melding")
    found = {"gewijzigd": run_axe(page, "formulier-gewijzigd")}
    page.locator("details#overige-vragen summary").click()
    found["overige-open"] = run_axe(page, "formulier-overige-open")
    page.screenshot(path=ARTIFACTS / "formulier-overige-open.png", full_page=True)
    context.close()
    assert found == {"gewijzigd": [], "overige-open": []}


def test_the_server_log_holds_no_answers(page: Any, server: tuple[str, Path]) -> None:
    _, log = server
    case = {"age": 15, "setting": "vo", "concerns": ["verzuim", "opvoeding"], "waiting_weeks": 37}
    fill_case(page, case)
    page.get_by_role("button", name="Advies geven").click()
    page.wait_for_selector("#regie-houder")
    written = log.read_text()
    assert "POST / 200" in written
    for answer in ("drechtsteden", "verzuim", "opvoeding", "37 weken", "waiting_weeks"):
        assert answer not in written


def test_the_rulebook_opens_offline_and_links_rules_scenarios_and_sources(browser: Any, tmp_path: Path) -> None:
    book = ARTIFACTS / "regelboek"
    assert main(["regelboek", "--out", str(book)]) == 0
    context = browser.new_context(viewport={"width": 1100, "height": 900}, bypass_csp=True)
    online: list[str] = []
    context.route("http*://**/*", lambda route: (online.append(route.request.url), route.abort()))
    page = context.new_page()
    page.goto((book / "index.html").as_uri())
    assert page.evaluate("document.querySelector('img[src=\"regie.svg\"]').naturalWidth") > 500
    page.screenshot(path=ARTIFACTS / "regelboek-overzicht.png", full_page=True)
    found = {"overzicht": run_axe(page, "regelboek-overzicht")}
    page.get_by_role("link", name="Wie heeft de regie").first.click()
    page.wait_for_selector("#REGIE-ONDERWIJS-01")
    found["onderwerp"] = run_axe(page, "regelboek-onderwerp")
    page.locator("#REGIE-ONDERWIJS-01 ul.scenarios a").filter(has_text="Levi").first.click()
    assert "specificatie-casussen.html#casussen-" in page.url
    scenario = page.locator(":target")
    assert "Levi" in scenario.inner_text()
    page.screenshot(path=ARTIFACTS / "regelboek-scenario.png")
    found["scenario"] = run_axe(page, "regelboek-scenario")
    scenario.get_by_role("link", name="REGIE-ONDERWIJS-01").click()
    assert page.url.endswith("regie.html#REGIE-ONDERWIJS-01")
    page.screenshot(path=ARTIFACTS / "regelboek-regel.png")
    page.locator("#REGIE-ONDERWIJS-01").get_by_role("link").filter(has_text="Kadernotitie").first.click()
    assert "bronnen.html#kadernotitie-drechtsteden" in page.url
    context.close()
    assert online == []
    assert found == {"overzicht": [], "onderwerp": [], "scenario": []}
