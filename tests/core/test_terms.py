"""The term base and French typography checks, each shown failing on a small bare content tree."""

from __future__ import annotations

from pathlib import Path

from interact_desktop.core.content.check import check_handbook
from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.content.terms import fold, load_terms
from interact_desktop.core.content.typography import fix_spaces, plain_spaces
from interact_desktop.core.content.wording import check_content_wording
from interact_desktop.core.languages import LANGUAGES
from tests.conftest import REPO

TERMS = """
[[term]]
id = "return-interview"
binds = "both"
preferred.en = "return interview"
preferred.nl = "terugkomstgesprek"
preferred.fr = "entretien de retour"
preferred.el = "συνέντευξη μετά την επιστροφή"
preferred.it = "colloquio dopo il rientro"

  [[term.rejected]]
  lang = "nl"
  text = ["terugkeergesprek*"]
  reason = "a departure interview to Dutch readers"

[[term]]
id = "grooming"
binds = "content"
preferred.en = "grooming"
preferred.nl = "grooming"
preferred.fr = "mise sous emprise"
preferred.el = "χειραγώγηση"
preferred.it = "adescamento"

  [[term.rejected]]
  lang = "el"
  text = "αποπλανησ*"
  reason = "a specific sexual offence in Greek law"

[[term]]
id = "trafficker"
binds = "content"
preferred.en = "trafficker"
preferred.nl = "mensenhandelaar"
preferred.fr = "trafiquant d'êtres humains"
preferred.el = "διακινητής"
preferred.it = "trafficante"

  [[term.rejected]]
  lang = "fr"
  text = "trafiquant*"
  allow = ["trafiquant* d'etres humains"]
  reason = "blurs traite and trafic de migrants"
"""


def bare_tree(tmp_path: Path, terms: str = TERMS) -> Path:
    """A content folder with one section in every language and the given term base."""
    root = tmp_path / "content"
    (root / "checklists").mkdir(parents=True)
    (root / "structure.toml").write_text('[[chapter]]\nid = "about"\n', encoding="utf-8")
    (root / "terms.toml").write_text(terms, encoding="utf-8")
    for lang in LANGUAGES:
        write(root / "sections" / lang / "about.md", "# About\n\nPlain text.\n")
    return root


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def found(root: Path) -> list[str]:
    return sorted(p.format(relative_to=root.parent) for p in check_content_wording(root))


def test_rejected_variant_in_a_section_is_reported_with_line_and_preferred_term(tmp_path):
    root = bare_tree(tmp_path)
    write(
        root / "sections/nl/about.md", "# Over\n\nTekst.\nNa de terugkeergesprekken volgt zorg.\n"
    )
    assert found(root) == [
        "content/sections/nl/about.md:4: 'terugkeergesprekken' is a rejected nl variant of "
        "'return-interview': use 'terugkomstgesprek' (a departure interview to Dutch readers)"
    ]


def test_check_content_reports_the_rejected_variant(tmp_path):
    """The rule runs inside check_handbook, so ``interact-desktop check-content`` fails on it."""
    root = bare_tree(tmp_path)
    write(root / "sections/nl/about.md", "# Over\n\nHet terugkeergesprek.\n")
    report = check_handbook(load_handbook(root))
    messages = [p.format(relative_to=root.parent) for p in report.problems]
    assert any(m.startswith("content/sections/nl/about.md:3: 'terugkeergesprek'") for m in messages)


def test_inflected_greek_with_a_moved_accent_is_caught_in_a_toml_label(tmp_path):
    root = bare_tree(tmp_path)
    write(
        root / "checklists/sample.toml",
        'title.en = "grooming and more grooming"\n'
        'title.el = "Ένδειξη"\n'
        'label.el = "Οι αποπλανήσεις ξεκινούν με δώρα"\n',
    )
    assert found(root) == [
        "content/checklists/sample.toml:3: 'αποπλανήσεις' is a rejected el variant of "
        "'grooming': use 'χειραγώγηση' (a specific sexual offence in Greek law)"
    ]


def test_allowed_phrases_link_targets_and_other_languages_are_not_reported(tmp_path):
    root = bare_tree(tmp_path)
    write(
        root / "sections/fr/about.md",
        "# À propos\n\nUn trafiquant d'êtres humains. Voir [ce terme](glossary:trafiquant).\n",
    )
    write(root / "sections/en/about.md", "# About\n\nNot Dutch: terugkeergesprek.\n")
    assert found(root) == []


def test_the_term_base_reports_a_missing_preferred_term_at_its_line(tmp_path):
    broken = TERMS.replace('preferred.it = "adescamento"\n', "")
    root = bare_tree(tmp_path, broken)
    line = next(i for i, t in enumerate(broken.splitlines(), 1) if t == 'id = "grooming"') - 1
    assert f"content/terms.toml:{line}: term 'grooming' has no preferred term in it" in found(root)


def test_a_plain_space_before_a_question_mark_in_french_is_an_error(tmp_path):
    root = bare_tree(tmp_path)
    write(root / "sections/fr/about.md", "# À propos\n\nQui appeler ?\n")
    write(root / "checklists/sample.toml", 'label.fr = "« Déjà vu\u00a0»"\n')
    assert found(root) == [
        "content/checklists/sample.toml:1: plain space after «: French needs a no-break space "
        "here (U+202F or U+00A0)",
        "content/sections/fr/about.md:3: plain space before '?': French needs a no-break space "
        "here (U+202F or U+00A0)",
    ]


def test_french_spacing_skips_urls_link_targets_times_and_markdown():
    good = [
        "Qui appeler\u202f? Le 112\u00a0: à toute heure\u202f; «\u00a0oui\u00a0»\u202f!",
        "Voir [la section](section:response-first-hours) ou https://example.org/?q=1 ici",
        "À 14:30, puis ![figure](figure:first-hours-timeline)",
        "| Étape | Délai |\n| :--- | ---: |",
        "Le code `a ; b` reste tel quel.",
    ]
    assert [plain_spaces(line) for line in good] == [[]] * len(good)
    assert plain_spaces("Quand ? Comment ; « oui » !") == [5, 15, 19, 23, 25]


def test_fix_spaces_uses_narrow_spaces_before_question_marks_and_full_ones_before_colons():
    assert fix_spaces("Qui ? Quoi : « oui »") == "Qui\u202f? Quoi\u00a0: «\u00a0oui\u00a0»"


def test_fold_keeps_offsets_and_drops_accents():
    assert fold("Αποπλάνησης Été") == "αποπλανησησ ete"
    assert len(fold("ΐ œ ß")) == len("ΐ œ ß")


def test_the_shipped_term_base_is_valid_and_covers_the_reviewed_concepts():
    base = load_terms(REPO / "content" / "terms.toml")
    assert base.problems == []
    ids = {term.id for term in base.terms}
    assert {
        "case", "notebook", "checklist", "guidance", "hand-over", "return-interview",
        "grooming", "key-worker", "debt-bondage", "identification", "age-assessment",
        "benefit-of-the-doubt", "side-by-side", "sis-hit", "sis-alert", "police-report",
        "inject", "placed-by-adults", "family-reunification", "trafficker", "finalised",
        "disclosure", "referral", "alert-deletion", "police", "passphrase", "appoint-guardian",
        "separated-child", "review", "firewall", "alleged-relative",
    } <= ids  # fmt: skip
    assert all(set(term.preferred) >= set(LANGUAGES) for term in base.terms)
    assert any(term.national for term in base.terms if term.id == "family-reunification")


def test_labels_in_a_table_per_label_are_checked_in_their_language(tmp_path):
    """``export_labels.toml`` writes ``fr = "..."`` under ``[label]`` rather than ``label.fr``."""
    root = bare_tree(tmp_path)
    write(root / "export_labels.toml", '[cover]\nen = "Title: x"\nfr = "Titre : x"\n')
    assert found(root) == [
        "content/export_labels.toml:3: plain space before ':': French needs a no-break space "
        "here (U+202F or U+00A0)"
    ]
