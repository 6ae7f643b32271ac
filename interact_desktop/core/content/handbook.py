"""Loading the handbook from ``content/`` into the typed model.

Loading never raises on bad content: problems are collected in :attr:`Handbook.problems` and the
rest stays usable: a broken file cannot take the guidance away from someone who needs it at night.
Section texts are read on first use, which keeps start-up fast whatever the size of the handbook.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from interact_desktop.core.content.model import SectionText, TocNode, localized
from interact_desktop.core.content.problems import Problem, read_content_file
from interact_desktop.core.languages import SOURCE_LANGUAGE

if TYPE_CHECKING:  # the tools, notes and laws are read after start-up, with their types
    from interact_desktop.core.content.countries import CountryCatalogue
    from interact_desktop.core.content.law_model import Edition, Law
    from interact_desktop.core.content.roles import Role
    from interact_desktop.core.content.tool_model import (
        Checklist,
        Flowchart,
        GlossaryTerm,
        Scenario,
    )

STRUCTURE_FILE = "structure.toml"


class Handbook:
    """The whole handbook: its tree of sections, their texts per language, and the tools."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []
        self.chapters: tuple[TocNode, ...] = ()
        self.declared_at: dict[str, int] = {}
        self._tools: _Tools | None = None
        self._countries: CountryCatalogue | None = None
        self._parents: dict[str, str | None] = {}
        self._texts: dict[tuple[str, str], SectionText | None] = {}
        self._titles: dict[tuple[str, str], str] = {}

    @classmethod
    def from_parts(
        cls, root: Path, chapters: tuple[TocNode, ...], lang: str, titles: dict[str, str]
    ) -> Handbook:
        """A handbook whose tree and ``lang`` titles are already known (the start-up cache)."""
        handbook = cls(root)
        handbook.chapters = chapters
        for chapter in chapters:
            handbook._index(chapter, None)
        handbook._titles = {(section_id, lang): title for section_id, title in titles.items()}
        return handbook

    def _index(self, node: TocNode, parent: str | None) -> None:
        self._parents[node.id] = parent
        for child in node.children:
            self._index(child, node.id)

    # -- the tree -----------------------------------------------------------------------------

    @property
    def structure_path(self) -> Path:
        return self.root / STRUCTURE_FILE

    def walk(self) -> Iterator[tuple[TocNode, int]]:
        """Every chapter and section in reading order, with its depth (chapters are 0)."""
        for chapter in self.chapters:
            yield from chapter.walk()

    def section_ids(self) -> list[str]:
        return [node.id for node, _ in self.walk()]

    def has_section(self, section_id: str) -> bool:
        return section_id in self._parents

    def parent(self, section_id: str) -> str | None:
        return self._parents.get(section_id)

    def chapter_of(self, section_id: str) -> str | None:
        """The chapter that holds a section (a chapter is its own chapter)."""
        if section_id not in self._parents:
            return None
        while (parent := self._parents[section_id]) is not None:
            section_id = parent
        return section_id

    # -- tools (parsed on first use, so start-up reads only the structure) ---------------------

    @property
    def checklists(self) -> dict[str, Checklist]:
        return self._load_tools().checklists

    @property
    def flowcharts(self) -> dict[str, Flowchart]:
        return self._load_tools().flowcharts

    @property
    def glossary(self) -> tuple[GlossaryTerm, ...]:
        return self._load_tools().glossary

    def glossary_in_order(self, lang: str) -> list[GlossaryTerm]:
        """The terms in alphabetical order for ``lang``. Case and accents do not count, so the
        Greek 'άσκηση' stands among the alphas rather than before them, as code points would put
        it."""
        from interact_desktop.core.text import fold  # not needed at start-up

        def key(term: GlossaryTerm) -> tuple[str, str]:
            name = localized(term.term, lang)
            return fold(name), name

        return sorted(self.glossary, key=key)

    @property
    def scenarios(self) -> dict[str, Scenario]:
        return self._load_tools().scenarios

    @property
    def laws(self) -> dict[str, Law]:
        """The law register by id (content/laws.toml), in the file's order."""
        return self._load_tools().laws

    @property
    def roles(self) -> dict[str, Role]:
        """The roles a text may link with ``role:ID`` (content/roles.toml)."""
        return self._load_tools().roles

    @property
    def edition(self) -> Edition | None:
        """The edition and the date its law was checked (content/edition.toml)."""
        return self._load_tools().edition

    def export_label(self, key: str, lang: str) -> str:
        """A word for exported documents (see content/export_labels.toml), English as fallback."""
        texts = self._load_tools().export_labels.get(key, {})
        return texts.get(lang) or texts.get(SOURCE_LANGUAGE) or key

    @property
    def countries(self) -> CountryCatalogue:
        """The country notes: countries, topics and each note (read on first use)."""
        if self._countries is None:
            from interact_desktop.core.content.countries import load_countries

            self._countries = load_countries(self.root, self.problems, frozenset(self._parents))
        return self._countries

    def _load_tools(self) -> _Tools:
        if self._tools is None:
            self._tools = _Tools()
            self._tools.load(self.root, self.problems, frozenset(self._parents))
        return self._tools

    # -- texts --------------------------------------------------------------------------------

    def section_path(self, section_id: str, lang: str) -> Path:
        return self.root / "sections" / lang / f"{section_id}.md"

    def text(self, section_id: str, lang: str) -> SectionText | None:
        """The section in ``lang``; None when the file is missing or unreadable."""
        key = (section_id, lang)
        if key not in self._texts:
            self._texts[key] = self._read_text(section_id, lang)
        return self._texts[key]

    def title(self, section_id: str, lang: str) -> str:
        """The title in ``lang``, falling back to English and then to the id."""
        if (section_id, lang) in self._titles:
            return self._titles[(section_id, lang)]
        for candidate in (lang, SOURCE_LANGUAGE):
            text = self.text(section_id, candidate)
            if text is not None:
                return text.title
        return section_id

    def glossary_term(self, term_id: str) -> GlossaryTerm | None:
        return next((t for t in self.glossary if t.id == term_id), None)

    def _read_text(self, section_id: str, lang: str) -> SectionText | None:
        path = self.section_path(section_id, lang)
        raw = read_content_file(path, self.problems)
        if raw is None:
            return None
        first, _, body = raw.lstrip("\ufeff").partition("\n")
        if first.startswith("# ") and first[2:].strip():
            return SectionText(section_id, lang, first[2:].strip(), body, path)
        return SectionText(section_id, lang, section_id, raw, path)


class _Tools:
    """Checklists, flowcharts, glossary and scenarios, parsed together on first use."""

    def __init__(self) -> None:
        self.checklists: dict[str, Checklist] = {}
        self.flowcharts: dict[str, Flowchart] = {}
        self.glossary: tuple[GlossaryTerm, ...] = ()
        self.scenarios: dict[str, Scenario] = {}
        self.export_labels: dict[str, dict[str, str]] = {}
        self.laws: dict[str, Law] = {}
        self.roles: dict[str, Role] = {}
        self.edition: Edition | None = None

    def load(self, root: Path, problems: list[Problem], known: frozenset[str]) -> None:
        from interact_desktop.core.content.tools import (
            parse_checklist,
            parse_export_labels,
            parse_flowchart,
            parse_glossary,
            parse_scenario,
        )

        for path in sorted((root / "flowcharts").glob("*.toml")):
            if (flowchart := parse_flowchart(path, problems, known)) is not None:
                self.flowcharts[flowchart.id] = flowchart
        flowcharts = frozenset(self.flowcharts)
        for path in sorted((root / "checklists").glob("*.toml")):
            if (checklist := parse_checklist(path, problems, known, flowcharts)) is not None:
                self.checklists[checklist.id] = checklist
        glossary = root / "glossary.toml"
        if glossary.exists():
            self.glossary = parse_glossary(glossary, problems, known)
        for path in sorted((root / "scenarios").glob("*.toml")):
            if (scenario := parse_scenario(path, problems, known)) is not None:
                self.scenarios[scenario.id] = scenario
        labels = root / "export_labels.toml"
        if labels.exists():
            self.export_labels = parse_export_labels(labels, problems)
        self._load_register(root, problems)

    def _load_register(self, root: Path, problems: list[Problem]) -> None:
        """Laws, roles and the edition: each file is optional for a content pack, but a pack
        that links law: or role: without them gets a broken-link problem for each link."""
        from interact_desktop.core.content.laws import (
            EDITION_FILE,
            LAWS_FILE,
            parse_edition,
            parse_laws,
        )
        from interact_desktop.core.content.roles import ROLES_FILE, parse_roles

        if (root / LAWS_FILE).exists():
            self.laws = parse_laws(root / LAWS_FILE, problems)
        if (root / ROLES_FILE).exists():
            self.roles = parse_roles(root / ROLES_FILE, problems)
        if (root / EDITION_FILE).exists():
            self.edition = parse_edition(root / EDITION_FILE, problems)


def load_handbook(root: Path) -> Handbook:
    """Read the structure under ``root``; tools are parsed and texts read when first asked for."""
    handbook = Handbook(root)
    _load_structure(handbook)
    return handbook


def _load_structure(handbook: Handbook) -> None:
    path = handbook.structure_path
    if not path.exists():
        handbook.problems.append(Problem(path, 1, "the structure file is missing"))
        return
    from interact_desktop.core.content.tools import TomlReader  # TOML: not needed when cached

    reader = TomlReader(path, handbook.problems)
    if reader.data is None:
        return
    reader.check_keys(reader.data, (), {"chapter"})

    def build(entry: dict, where: tuple, parent: str | None) -> TocNode | None:
        reader.check_keys(entry, where, {"id", "section"})
        node_id = reader.ident(entry, where)
        if node_id is None:
            return None
        if node_id in handbook._parents:
            reader.report(where, "id", f"duplicate id '{node_id}'")
            return None
        handbook._parents[node_id] = parent
        handbook.declared_at[node_id] = reader.lines.line(where, "id")
        children = []
        for index, child in enumerate(reader.array(entry, where, "section")):
            built = build(child, (*where, "section", index), node_id)
            if built is not None:
                children.append(built)
        return TocNode(node_id, tuple(children))

    chapters = []
    for index, entry in enumerate(reader.array(reader.data, (), "chapter")):
        built = build(entry, ("chapter", index), None)
        if built is not None:
            chapters.append(built)
    if not chapters:
        reader.report((), None, "the handbook needs at least one [[chapter]]")
    handbook.chapters = tuple(chapters)
