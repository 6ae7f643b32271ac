from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.content.render import PageRenderer
from tests.conftest import REPO


def test_section_html_keeps_links_tables_and_figures():
    handbook = load_handbook(REPO / "content")
    renderer = PageRenderer(handbook)
    html = renderer.section("response-first-hours-report", "el")
    assert html.startswith(f"<h1>{handbook.title('response-first-hours-report', 'el')}</h1>")
    assert '<table border="1"' in html
    assert 'href="section:' in html
    figure = renderer.section("response-first-hours", "en")
    assert 'src="figure:first-hours-timeline"' in figure


def test_headings_get_ids_in_any_script():
    renderer = PageRenderer(load_handbook(REPO / "content"))
    html = renderer.markdown_to_html("## Πρώτες ώρες\n\ntext")
    assert 'id="πρώτες-ώρες"' in html


def test_tool_pages_show_every_label_in_the_language():
    handbook = load_handbook(REPO / "content")
    renderer = PageRenderer(handbook)
    checklist = next(iter(handbook.checklists.values()))
    html = renderer.checklist(checklist, "it")
    for item in checklist.items:
        assert item.label["it"].replace('"', "&quot;").replace("'", "&#x27;") in html
    flowchart = next(iter(handbook.flowcharts.values()))
    steps = renderer.flowchart(flowchart, "fr")
    assert steps.count("<li>") == len(flowchart.nodes)
    assert "Qui\u00a0: " in steps and "Dans un délai de " in steps  # French typography
    italian = renderer.flowchart(flowchart, "it")
    assert "Chi: " in italian and "passare al passo 2" in italian and "Qui" not in italian
    assert renderer.duration(120, "it") == "2 ore" and renderer.duration(1440, "el") == "1 ημέρα"
    glossary = renderer.glossary("nl", "Woordenlijst")
    assert all(f'name="{t.id}"' in glossary for t in handbook.glossary)


def test_figure_description_becomes_a_visible_caption():
    renderer = PageRenderer(load_handbook(REPO / "content"))
    html = renderer.markdown_to_html("![Five steps on a line](figure:first-hours-timeline)")
    assert '<span class="caption">Five steps on a line</span>' in html


def test_scenario_page_lists_injects_in_order_with_questions_and_sections():
    from interact_desktop.core.content.handbook import load_handbook as load

    handbook = load(REPO / "content")
    renderer = PageRenderer(handbook)
    for scenario in handbook.scenarios.values():
        labels = {"minute": "Min %1", "question": "Q", "tests": "T"}
        html = renderer.scenario(scenario, "el", labels)
        minutes = [f"Min {i.minute}" for i in sorted(scenario.injects, key=lambda i: i.minute)]
        positions = [html.index(m) for m in minutes]
        assert positions == sorted(positions)
        assert html.count("<b>Q:</b>") == len(scenario.injects)
        for inject in scenario.injects:
            for section in inject.sections:
                assert f'href="section:{section}"' in html


def test_greek_glossary_runs_alpha_to_omega_whatever_the_accents():
    import re
    import unicodedata

    html = PageRenderer(load_handbook(REPO / "content")).glossary("el", "Γλωσσάριο")
    names = re.findall(r"<dt><a name=\"[^\"]+\"></a><b>([^<]+)", html)
    greek_initials = [
        unicodedata.normalize("NFD", name[0].lower())[0]
        for name in names
        if "GREEK" in unicodedata.name(name[0])
    ]
    assert len(greek_initials) > 20
    assert greek_initials == sorted(greek_initials)
