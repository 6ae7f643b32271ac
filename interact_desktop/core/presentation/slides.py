"""Sections and flowcharts as slides, for presenting to a room and for the slides PDF.

A section becomes a title slide (its title and the text before its first heading), then one slide
per heading (## and ###) with its content. A heading whose content is too long continues on
following slides marked "(continued)", split between paragraphs, list items and table rows by a
size budget in lines of a fixed width. A paragraph longer than a few lines is cut between
sentences into readable pieces first. Screen and PDF draw the same slides, scaled so that
a full budget fits.

The split is made for all five languages at once: a block counts at its size in the longest
language, so a section has the same slides in every language (when its translations have the same
structure) and a trainer can switch language on slide 7 and stay on slide 7.

Slide text is inline markup that both Qt's rich text and reportlab's paragraphs read: escaped
text with ``<b>``, ``<i>`` and ``<br/>``. Links become plain text; what they point at goes into the
speaker notes (glossary terms with their definitions).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import escape
from typing import TYPE_CHECKING, NamedTuple

from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import TocNode, localized
from interact_desktop.core.content.tool_model import Flowchart
from interact_desktop.core.languages import LANGUAGES

if TYPE_CHECKING:
    import markdown

CHARS_PER_LINE = 78  # the slide's text width, in average characters
LINES_PER_SLIDE = 12.0  # the body of a heading slide
TITLE_SLIDE_LINES = 7.0  # the body of a title slide, under its large title
PIECE_LINES = 5.0  # a longer paragraph is cut between sentences (a room reads short blocks,
# not a wall of text)
FIGURE_LINES = 7.0  # a figure is drawn this many body lines high
BLOCK_GAP = 0.4  # space after a paragraph, in lines
ITEM_GAP = 0.2
MAX_STEPS_PER_SLIDE = 4
TABLE_ROW_LINES = 5.0  # a table whose rows need more becomes a list of cards


class Link(NamedTuple):
    text: str
    href: str  # "section:id", "glossary:term", "https://..."


class Block(NamedTuple):
    """One paragraph, list item, table row or figure of a slide."""

    kind: str  # paragraph | item | row | card | figure | quote
    markup: str = ""  # inline markup (see the module docstring); the caption of a figure
    depth: int = 0  # nesting of a list item
    marker: str = ""  # "3." or "•" for a list item
    cells: tuple[str, ...] = ()  # a row's cells, as inline markup
    header: tuple[str, ...] = ()  # the header of the row's table, repeated on every slide
    table: int = 0  # which table of the section a row belongs to
    figure: str = ""  # a figure's name in content/figures
    links: tuple[Link, ...] = ()

    def lines(self) -> float:
        """How many body lines the block takes on a slide (an estimate on the safe side)."""
        if self.kind == "figure":
            return FIGURE_LINES
        if self.kind == "row":
            width = max(CHARS_PER_LINE // max(len(self.cells), 1) - 3, 8)
            return max(_wrapped(plain(cell), width) for cell in self.cells) + ITEM_GAP
        if self.kind == "item":
            return _wrapped(plain(self.markup), CHARS_PER_LINE - 4 * (self.depth + 1)) + ITEM_GAP
        return _wrapped(plain(self.markup), CHARS_PER_LINE) + BLOCK_GAP


class FlowBranch(NamedTuple):
    label: str  # the edge's label ("Yes", "No"), empty when there is none
    target: int  # the step it leads to


class FlowStep(NamedTuple):
    """One node of a flowchart, numbered in the flowchart's order."""

    number: int
    node_id: str
    kind: str  # start | action | decision | end
    label: str
    who: str
    deadline_minutes: int | None
    branches: tuple[FlowBranch, ...]
    section: str | None

    def lines(self) -> float:
        extra = (1 if self.who or self.deadline_minutes is not None else 0) + len(self.branches)
        return _wrapped(self.label, CHARS_PER_LINE - 4) + extra + BLOCK_GAP


class Slide(NamedTuple):
    kind: str  # title | heading | flow-title | flow-steps
    place: str  # "section:id" or "flowchart:id"
    title: str  # with "(continued)" on the following parts
    context: str  # where it belongs: the chapter of a title slide, the section of a heading
    anchor: str = ""  # the heading's id in the section ("" on title slides)
    level: int = 1  # 0 chapter, 1 section, 2 or 3 heading
    blocks: tuple[Block, ...] = ()
    steps: tuple[FlowStep, ...] = ()
    part: int = 0  # 0, then 1, 2... on the slides that continue it
    notes: tuple[str, ...] = ()

    @property
    def continued(self) -> bool:
        return self.part > 0

    def lines(self) -> float:
        """Body lines in use, a table's header counted on each slide that repeats it."""
        tables = {b.table: _header_lines(b) for b in self.blocks if b.kind == "row"}
        body = sum(b.lines() for b in self.blocks) + sum(tables.values())
        return body + sum(s.lines() for s in self.steps)

    @property
    def budget(self) -> float:
        """Body lines the slide has room for: fewer under the large title of a title slide."""
        return TITLE_SLIDE_LINES if self.kind == "title" and not self.part else LINES_PER_SLIDE


class SlideWords(NamedTuple):
    """The words slides need beyond the content, in the deck's language (export_labels.toml)."""

    lang: str
    continued: str
    who: str
    within: str  # with %1
    go_to: str  # with %1
    end: str
    flowchart: str
    durations: tuple[str, str, str, str, str]  # minutes, hour, hours, day, days

    @classmethod
    def of(cls, handbook: Handbook, lang: str) -> SlideWords:
        label = handbook.export_label
        minutes, hour, hours, day, days = (
            label(f"duration-{k}", lang) for k in ("minutes", "hour", "hours", "day", "days")
        )
        return cls(
            lang,
            label("slide-continued", lang),
            label("flow-who", lang),
            label("flow-within", lang),
            label("flow-go-to", lang),
            label("flow-end", lang),
            label("flowchart", lang),
            (minutes, hour, hours, day, days),
        )

    def duration(self, minutes: int) -> str:
        """45 minutes, 1 hour, 2 hours, 1 day: as a deadline is said."""
        minutes_, hour, hours, day, days = self.durations
        if minutes and minutes % 1440 == 0:
            return day if minutes == 1440 else days.replace("%1", str(minutes // 1440))
        if minutes and minutes % 60 == 0:
            return hour if minutes == 60 else hours.replace("%1", str(minutes // 60))
        return minutes_.replace("%1", str(minutes))

    def step_details(self, step: FlowStep) -> list[str]:
        """The lines under a step's label: who and when, then where each branch leads."""
        details = []
        who_when = []
        if step.who:
            who_when.append(f"{self.who}: {step.who}")
        if step.deadline_minutes is not None:
            who_when.append(self.within.replace("%1", self.duration(step.deadline_minutes)))
        if who_when:
            details.append(" · ".join(who_when))
        for branch in step.branches:
            arrow = f"{branch.label} → " if branch.label else "→ "
            details.append(arrow + self.go_to.replace("%1", str(branch.target)))
        if step.kind == "end":
            details.append(self.end)
        return details


class Deck(NamedTuple):
    lang: str
    title: str
    slides: tuple[Slide, ...]
    words: SlideWords

    def index_of(self, place: str, anchor: str = "") -> int:
        """The first slide of a place, or of a heading in it; 0 when it has none."""
        for index, slide in enumerate(self.slides):
            if slide.place == place and (not anchor or slide.anchor == anchor):
                return index
        return 0 if not anchor else self.index_of(place)


Segment = tuple[tuple[str, str, int] | None, list[Block]]  # (title, id, level) or None: lead


# -- building decks ---------------------------------------------------------------------------


class SlideMaker:
    """Builds decks from the handbook; keeps one Markdown converter for all of them, and each
    section's blocks once converted (a deck looks at all five languages of each section)."""

    def __init__(self, handbook: Handbook) -> None:
        self.handbook = handbook
        self._markdown: markdown.Markdown | None = None
        self._converted: dict[tuple[str, str], list[Segment]] = {}

    def section_deck(self, section_id: str, lang: str) -> Deck:
        """A section with its subsections (for a chapter: the whole chapter)."""
        node = next(n for n, _ in self.handbook.walk() if n.id == section_id)
        return self._deck([node], lang, self.handbook.title(section_id, lang))

    def chapter_deck(self, chapter_id: str, lang: str) -> Deck:
        return self.section_deck(chapter_id, lang)

    def handbook_deck(self, lang: str) -> Deck:
        title = self.handbook.export_label("cover-title", lang)
        return self._deck(list(self.handbook.chapters), lang, title)

    def flowchart_deck(self, flowchart_id: str, lang: str) -> Deck:
        flowchart = self.handbook.flowcharts[flowchart_id]
        words = SlideWords.of(self.handbook, lang)
        slides = tuple(self.flowchart_slides(flowchart, lang, words))
        return Deck(lang, localized(flowchart.title, lang), slides, words)

    def _deck(self, roots: list[TocNode], lang: str, title: str) -> Deck:
        words = SlideWords.of(self.handbook, lang)
        slides: list[Slide] = []
        for root in roots:
            for node, depth in root.walk():
                slides += self.section_slides(node.id, lang, depth, words)
        return Deck(lang, title, tuple(slides), words)

    # -- sections -----------------------------------------------------------------------------

    def section_slides(
        self, section_id: str, lang: str, depth: int = 1, words: SlideWords | None = None
    ) -> list[Slide]:
        words = words or SlideWords.of(self.handbook, lang)
        text = self.handbook.text(section_id, lang)
        if text is None:
            return []
        parts, sizes = self._structure(section_id, lang)
        place = f"section:{section_id}"
        chapter = self.handbook.chapter_of(section_id)
        context = self.handbook.title(chapter, lang) if chapter and chapter != section_id else ""
        label = self.handbook.export_label
        slides: list[Slide] = []
        for (heading, blocks), block_sizes in zip(parts, sizes, strict=True):
            if heading is None:
                kind, title, anchor, level = "title", text.title, "", min(depth, 1)
                where, budget = context, TITLE_SLIDE_LINES
            else:
                kind, (title, anchor, level) = "heading", heading
                where, budget = text.title, LINES_PER_SLIDE
            groups = pack(blocks, block_sizes, budget)
            for part, group in enumerate(groups):
                notes = list(self._link_notes(group, lang))
                if part > 0:
                    notes.insert(0, label("slide-continued-from", lang))
                if part < len(groups) - 1:
                    notes.append(label("slide-continues", lang))
                shown = f"{title} {words.continued}" if part else title
                slides.append(
                    Slide(kind, place, shown, where, anchor, level, group, (), part, tuple(notes))
                )
        headings = [h[0] for h, _ in parts if h is not None]
        if headings and slides:
            outline = (label("slide-outline", lang), *(f"• {h}" for h in headings))
            slides[0] = slides[0]._replace(notes=(*outline, *slides[0].notes))
        return slides

    def _converted_segments(self, section_id: str, lang: str) -> list[Segment]:
        """A fresh copy of the section's segments (callers cut their blocks)."""
        key = (section_id, lang)
        if key not in self._converted:
            text = self.handbook.text(section_id, lang)
            self._converted[key] = self._segments(text.body if text is not None else "")
        return [(heading, list(blocks)) for heading, blocks in self._converted[key]]

    def _segments(self, body: str) -> list[Segment]:
        """The body cut at its headings: (None, lead blocks), then ((title, id, level), blocks)."""
        if self._markdown is None:
            from interact_desktop.core.content.markdown_html import make_converter

            self._markdown = make_converter()
        self._markdown.reset()
        root = ET.fromstring(f"<div>{self._markdown.convert(body)}</div>")
        segments: list[Segment] = [(None, [])]
        tables = 0
        for element in root:
            tag = element.tag
            if tag in ("h2", "h3", "h4", "h5", "h6"):
                title = "".join(element.itertext()).strip()
                level = 2 if tag == "h2" else 3
                segments.append(((title, element.get("id", ""), level), []))
                continue
            blocks = segments[-1][1]
            if tag == "p":
                image = element.find("img")
                if image is not None:
                    src = image.get("src", "")
                    name = src.partition(":")[2] if src.startswith("figure:") else ""
                    blocks.append(Block("figure", escape(image.get("alt", "")), figure=name))
                else:
                    markup, links = _inline(element)
                    blocks.append(Block("paragraph", markup, links=links))
            elif tag in ("ul", "ol"):
                blocks += _items(element, 0)
            elif tag == "table":
                tables += 1
                blocks += _rows(element, tables)
            elif tag == "blockquote":
                for child in element:
                    markup, links = _inline(child)
                    blocks.append(Block("quote", markup, links=links))
            elif tag == "pre":
                blocks.append(Block("paragraph", escape("".join(element.itertext()))))
        return segments

    def _structure(self, section_id: str, lang: str) -> tuple[list[Segment], list[list[float]]]:
        """The section's segments in ``lang`` and the size that each block counts for.

        When every language has the same structure, paragraphs longer than ``PIECE_LINES`` (and
        list items too long for a slide) are cut into the same number of pieces in each, and a
        block counts at its size in the language where it is longest; otherwise ``lang`` is
        split on its own.
        """
        own = self._converted_segments(section_id, lang)
        versions = [own] + [self._converted_segments(section_id, code) for code in LANGUAGES
                            if code != lang and self.handbook.text(section_id, code)]  # fmt: skip
        shape = [len(blocks) for _, blocks in own]
        if any([len(blocks) for _, blocks in v] != shape for v in versions):
            versions = [own]
        for number, (_, blocks) in enumerate(own):
            budget = TITLE_SLIDE_LINES if number == 0 else LINES_PER_SLIDE
            for index in reversed(range(len(blocks))):
                parallel = [version[number][1][index] for version in versions]
                if any(b.kind == "card" for b in parallel):  # a table: cards in every language
                    parallel = [as_card(b) if b.kind == "row" else b for b in parallel]
                paragraph = all(b.kind == "paragraph" for b in parallel)
                limit = min(budget, PIECE_LINES) if paragraph else budget
                pieces = split_alike(parallel, limit)
                for version, cut in zip(versions, pieces, strict=True):
                    version[number][1][index : index + 1] = cut
        sizes = [[b.lines() for b in blocks] for _, blocks in own]
        for version in versions[1:]:
            for own_sizes, (_, blocks) in zip(sizes, version, strict=True):
                for index, block in enumerate(blocks):
                    own_sizes[index] = max(own_sizes[index], block.lines())
        return own, sizes

    def _link_notes(self, blocks: tuple[Block, ...], lang: str) -> list[str]:
        """What the slide's links point at, for the speaker: glossary terms with definitions,
        titles of sections, checklists and flowcharts, web addresses; and figure captions."""
        handbook = self.handbook
        label = handbook.export_label
        notes: list[str] = []
        for block in blocks:
            if block.kind == "figure" and block.markup:
                notes.append(label("slide-figure", lang).replace("%1", plain(block.markup)))
            for link in block.links:
                kind, _, target = link.href.partition(":")
                target = target.split("#", 1)[0]
                note = ""
                if kind == "glossary" and (term := handbook.glossary_term(target)) is not None:
                    name = localized(term.term, lang)
                    note = f"{name}: {localized(term.definition, lang)}"
                elif kind == "section" and handbook.has_section(target):
                    note = f"→ {handbook.title(target, lang)}"
                elif kind == "checklist" and target in handbook.checklists:
                    title = localized(handbook.checklists[target].title, lang)
                    note = f"{label('checklist', lang)}: {title}"
                elif kind == "flowchart" and target in handbook.flowcharts:
                    title = localized(handbook.flowcharts[target].title, lang)
                    note = f"{label('flowchart', lang)}: {title}"
                elif kind in ("http", "https", "mailto"):
                    note = f"{link.text}: {link.href}"
                if note and note not in notes:
                    notes.append(note)
        return notes

    # -- flowcharts ---------------------------------------------------------------------------

    def flowchart_slides(self, flowchart: Flowchart, lang: str, words: SlideWords) -> list[Slide]:
        """A title slide, then the steps in order, a few to a slide."""
        place = f"flowchart:{flowchart.id}"
        title = localized(flowchart.title, lang)
        steps = flow_steps(flowchart, lang)
        handbook = self.handbook
        count = handbook.export_label("flow-steps", lang).replace("%1", str(len(steps)))
        notes = [count]
        if flowchart.section and handbook.has_section(flowchart.section):
            notes.append(f"→ {handbook.title(flowchart.section, lang)}")
        lead = [Block("paragraph", escape(count))]
        for who in dict.fromkeys(step.who for step in steps if step.who):
            if sum(b.lines() for b in lead) + 1 > TITLE_SLIDE_LINES:
                break
            lead.append(Block("item", escape(f"{words.who}: {who}"), marker="•"))
        slides = [Slide("flow-title", place, title, words.flowchart, blocks=tuple(lead),
                        notes=tuple(notes))]  # fmt: skip
        groups = pack_steps(steps)
        for part, group in enumerate(groups):
            first, last = group[0].number, group[-1].number
            notes = [f"{first}–{last} / {len(steps)}"]
            for step in group:
                if step.section and handbook.has_section(step.section):
                    note = f"{step.number}. → {handbook.title(step.section, lang)}"
                    notes.append(note)
            shown = f"{title} {words.continued}" if part else title
            slides.append(Slide("flow-steps", place, shown, words.flowchart, "", 2, (),
                                group, part, tuple(notes)))  # fmt: skip
        return slides


def flow_steps(flowchart: Flowchart, lang: str) -> tuple[FlowStep, ...]:
    """The flowchart's nodes as numbered steps with their branches (for slides and diagrams)."""
    order = {node.id: number for number, node in enumerate(flowchart.nodes, start=1)}
    steps = []
    for node in flowchart.nodes:
        branches = tuple(
            FlowBranch(localized(edge.label, lang), order[edge.target])
            for edge in flowchart.outgoing(node.id)
            if edge.target in order
        )
        steps.append(
            FlowStep(
                order[node.id],
                node.id,
                node.kind,
                localized(node.label, lang),
                localized(node.who, lang),
                node.deadline_minutes,
                branches,
                node.section,
            )
        )
    return tuple(steps)


# -- packing ----------------------------------------------------------------------------------


def grouped(blocks: tuple[Block, ...], kinds: tuple[str, ...] = ("row",)) -> list[list[Block]]:
    """The blocks in order, with each run of consecutive blocks of one of ``kinds`` kept
    together (rows only while they belong to the same table): a table is drawn as one, and so
    may a list be. Every other block stands alone."""
    groups: list[list[Block]] = []
    for block in blocks:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and block.kind in kinds
            and block.kind == last.kind
            and (block.kind != "row" or block.table == last.table)
        ):
            groups[-1].append(block)
        else:
            groups.append([block])
    return groups


def pack(
    blocks: list[Block], sizes: list[float], first: float, budget: float = LINES_PER_SLIDE
) -> list[tuple[Block, ...]]:
    """Blocks into as few slides as the budgets allow (``first`` for the first slide, which may
    have a large title), in order; always at least one slide.

    A table's header counts on every slide where its rows appear, since it is repeated there.
    """
    groups: list[list[Block]] = [[]]
    used = 0.0
    for block, size in zip(blocks, sizes, strict=True):
        cost = size
        current = groups[-1]
        starts_table = block.kind == "row" and not (
            current and current[-1].kind == "row" and current[-1].table == block.table
        )
        if starts_table:
            cost += _header_lines(block)
        if current and used + cost > (first if len(groups) == 1 else budget):
            groups.append([])
            used = 0.0
            if block.kind == "row" and not starts_table:
                cost += _header_lines(block)
        groups[-1].append(block)
        used += cost
    return [tuple(group) for group in groups]


def pack_steps(steps: tuple[FlowStep, ...]) -> list[tuple[FlowStep, ...]]:
    groups: list[list[FlowStep]] = []
    used = 0.0
    for step in steps:
        size = step.lines()
        if not groups or used + size > LINES_PER_SLIDE or len(groups[-1]) >= MAX_STEPS_PER_SLIDE:
            groups.append([])
            used = 0.0
        groups[-1].append(step)
        used += size
    return [tuple(group) for group in groups]


def _header_lines(row: Block) -> float:
    return Block("row", cells=row.header).lines() if row.header else 0.0


def _wrapped(text: str, width: int) -> float:
    """Lines a text takes at ``width`` characters, wrapping at spaces as a layout engine does."""
    return float(sum(_wrapped_line(line, width) for line in text.split("\n")))


def _wrapped_line(text: str, width: int) -> int:
    lines, length = 1, 0
    for word in text.split():
        if length and length + 1 + len(word) > width:
            lines += 1 + (len(word) - 1) // width
            length = len(word) % width or width
        else:
            length += len(word) + (1 if length else 0)
    return lines


# -- Markdown elements to blocks --------------------------------------------------------------

TAG = re.compile(r"<[^>]+>")


def plain(markup: str) -> str:
    """The text of inline markup, as a reader sees it."""
    from html import unescape

    return unescape(TAG.sub(" ", markup.replace("<br/>", "\n")))


def _inline(element: ET.Element) -> tuple[str, tuple[Link, ...]]:
    """The element's content as inline markup, and the links in it."""
    links: list[Link] = []

    def walk(node: ET.Element) -> str:
        parts = [escape(node.text or "")]
        for child in node:
            inner = walk(child)
            if child.tag in ("strong", "b"):
                parts.append(f"<b>{inner}</b>")
            elif child.tag in ("em", "i"):
                parts.append(f"<i>{inner}</i>")
            elif child.tag == "br":
                parts.append("<br/>")
            elif child.tag == "a":
                links.append(Link("".join(child.itertext()), child.get("href", "")))
                parts.append(inner)
            elif child.tag not in ("ul", "ol"):
                parts.append(inner)
            parts.append(escape(child.tail or ""))
        return "".join(parts)

    return walk(element).strip(), tuple(links)


def _items(element: ET.Element, depth: int) -> list[Block]:
    blocks = []
    ordered = element.tag == "ol"
    for number, item in enumerate(element.findall("li"), start=1):
        paragraphs = item.findall("p")
        source = paragraphs[0] if paragraphs else item
        markup, links = _inline(source)
        marker = f"{number}." if ordered else "•"
        blocks.append(Block("item", markup, depth, marker, links=links))
        for extra in paragraphs[1:]:
            more, more_links = _inline(extra)
            blocks.append(Block("item", more, depth, "", links=more_links))
        for child in item:
            if child.tag in ("ul", "ol"):
                blocks += _items(child, depth + 1)
    return blocks


def _rows(element: ET.Element, table: int) -> list[Block]:
    header: tuple[str, ...] = ()
    rows = []
    for row in element.iter("tr"):
        cells = [_inline(cell) for cell in row]
        markups = tuple(markup for markup, _ in cells)
        if all(cell.tag == "th" for cell in row):
            header = markups
            continue
        links = tuple(link for _, cell_links in cells for link in cell_links)
        rows.append(Block("row", cells=markups, table=table, links=links))
    rows = [row._replace(header=header) for row in rows]
    if len(header) <= 2 and all(row.lines() <= TABLE_ROW_LINES for row in rows):
        return rows
    return [as_card(row) for row in rows]


def as_card(row: Block) -> Block:
    """A table row as a card, for columns too narrow for their text on a slide: the first
    cell as a title, the others under their column's name."""
    lines = [f"<b>{row.cells[0]}</b>"] if row.cells else []
    pairs = zip(row.header[1:], row.cells[1:], strict=False)
    lines += [f"<i>{name}:</i> {cell}" for name, cell in pairs]
    return Block("card", "<br/>".join(lines), links=row.links)


SENTENCE_END = re.compile(r"(?<=[.!?;·])\s+")
SENTENCE_CLOSED = re.compile(r"[.!?;·](</[bi]>)*$")  # a sentence that ended inside bold


def sentences(markup: str) -> list[str]:
    """Inline markup cut after each sentence that ends outside bold or italic."""
    pieces = [""]
    depth = 0
    for token in re.split(r"(<[^>]+>)", markup):
        if token.startswith("<"):
            depth += 0 if token == "<br/>" else (-1 if token.startswith("</") else 1)
            pieces[-1] += token
            continue
        for index, sentence in enumerate(SENTENCE_END.split(token)):
            ended = token[:1].isspace() and SENTENCE_CLOSED.search(pieces[-1])
            if depth == 0 and (index or (ended and pieces[-1])):
                pieces.append("")
            pieces[-1] += (" " if index and depth else "") + sentence
    return [piece.strip() for piece in pieces if piece.strip()]


SPLITTABLE = ("paragraph", "item")


def split_into(block: Block, count: int) -> list[Block]:
    """A paragraph or a list item cut between sentences into ``count`` pieces of about equal
    length; an item's marker ("5.") stays on its first piece, the others continue it."""
    parts = sentences(block.markup)
    if count <= 1 or len(parts) < count:
        return [block]
    total = sum(len(p) for p in parts)
    groups: list[list[str]] = [[]]
    done = 0
    for position, part in enumerate(parts):
        remaining = len(parts) - position
        needed = count - len(groups)
        if groups[-1] and (done >= total * len(groups) / count or remaining == needed):
            groups.append([])
        groups[-1].append(part)
        done += len(part)
    pieces = [" ".join(group) for group in groups]
    return [
        block._replace(
            markup=piece,
            links=tuple(k for k in block.links if k.text in piece),
            marker=block.marker if number == 0 else "",
        )
        for number, piece in enumerate(pieces)
    ]


def split_alike(blocks: list[Block], limit: float) -> list[list[Block]]:
    """The same paragraph (or list item) in several languages, cut into the same number of
    pieces so that every piece fits ``limit`` lines (or as close as sentences allow)."""
    if all(b.kind not in SPLITTABLE or b.lines() <= limit for b in blocks):
        return [[b] for b in blocks]
    most = max(len(sentences(b.markup)) for b in blocks)
    for count in range(2, most + 1):
        cuts = [split_into(b, count) for b in blocks]
        if all(len(c) == count and all(p.lines() <= limit for p in c) for c in cuts):
            return cuts
    # No count fits everywhere: cut each as far as every language can, so the slides stay alike.
    fewest = min(len(sentences(b.markup)) for b in blocks if b.kind in SPLITTABLE)
    return [split_into(b, fewest) if b.kind in SPLITTABLE else [b] for b in blocks]
