"""Handbook pages as HTML for the reader: sections from Markdown, tools from their data.

The HTML is the subset Qt's rich text engine draws well (tables with border attributes, no CSS
layout), so it serves the reader view directly and later the PDF export.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from interact_desktop.core.content.escape import escape
from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import TBC, localized
from interact_desktop.core.content.page_cache import PageCache
from interact_desktop.core.content.typography import with_colon

if TYPE_CHECKING:
    import markdown

    from interact_desktop.core.content.tool_model import Checklist, Flowchart, Scenario

#: How a "to be confirmed locally" marker looks: set apart from the text. Its colour comes from
#: the reader's style sheet (class "tbc"), which knows whether the page is light or dark.
TBC_STYLE = "font-style:italic"
_NOTE_WORDS = {"to-be-confirmed": "to be confirmed locally", "checked-as-of": "Checked as of %1"}


class BoxWords(NamedTuple):
    """The UI's words around the country notes on a section (the renderer has no translator)."""

    below: str  # "%1: how this works there, below"
    another: str  # "Another country:"
    choose: str  # "How this works in:"
    compare: str  # "Compare two countries"


class PageRenderer:
    """Turns any place in the handbook (section, checklist, flowchart, glossary) into HTML."""

    def __init__(self, handbook: Handbook, cache: PageCache | None = None) -> None:
        self.handbook = handbook
        self.cache = cache
        self._markdown: markdown.Markdown | None = None

    def markdown_to_html(self, text: str, lang: str | None = None) -> str:
        """HTML of ``text``; with ``lang``, law and role links get their title in that language."""
        if self._markdown is None:
            from interact_desktop.core.content.markdown_html import make_converter

            self._markdown = make_converter()
        self._markdown.reset()
        self._markdown.link_title = None if lang is None else self._link_title(lang)
        return self._markdown.convert(text)

    def _link_title(self, lang: str) -> Callable[[str], str | None]:
        from interact_desktop.core.content.law_page import link_title

        return lambda href: link_title(self.handbook, href, lang)

    def _linked(self, text: str, lang: str) -> str:
        """A plain-text label as HTML, its instrument numbers linked to the law register."""
        from interact_desktop.core.content.law_page import linked_label

        return linked_label(self.handbook, text, lang)

    def section(self, section_id: str, lang: str) -> str:
        text = self.handbook.text(section_id, lang)
        if text is None:
            return ""
        if self.cache is not None and (html := self.cache.get(lang, section_id, text.path)):
            return html
        html = f"<h1>{escape(text.title)}</h1>\n{self.markdown_to_html(text.body, lang)}"
        html = self.with_markers(html, lang)
        if self.cache is not None:
            self.cache.put(lang, section_id, text.path, html)
        return html

    def with_markers(self, html: str, lang: str) -> str:
        """Each {tbc} marker shown in words, styled apart, so a doubt never reads as a fact."""
        if TBC not in html:
            return html
        words = escape(self._word("to-be-confirmed", lang))
        return html.replace(TBC, f'<span class="tbc" style="{TBC_STYLE}">({words})</span>')

    # -- country notes ------------------------------------------------------------------------

    def country_topic(self, country_id: str, topic_id: str, lang: str) -> str:
        """The box on a section: one topic of one country's note, headed "In Greece", with the
        date the note was checked and a link to the whole note. Empty when there is none."""
        catalogue = self.handbook.countries
        country = catalogue.countries.get(country_id)
        note = catalogue.note(country_id, lang)
        part = note.topic(topic_id) if note is not None else None
        if country is None or part is None:
            return ""
        where = escape(localized(country.where, lang) or localized(country.name, lang))
        return "\n".join(
            (
                # A one-cell table: the only box with a frame Qt's rich text draws.
                '<table class="country-note" width="100%" border="1" cellspacing="0"'
                ' cellpadding="10"><tr><td>',
                f'<a name="country-{country_id}-{topic_id}"></a>',
                f"<h3>{where}: {escape(part.title)}</h3>",
                self.with_markers(self.markdown_to_html(part.body), lang),
                self._checked_as_of(country.checked_as_of, lang, f"country:{country_id}"),
                "</td></tr></table>",
            )
        )

    def country_box(self, section_id: str, country_id: str, lang: str, words: BoxWords) -> str:
        """What a section shows of the country notes, put after its text: the boxes of the
        reader's country for the topics this section covers and the other countries to switch
        to; with no country chosen (or one without a note), only the links. Empty when no topic
        covers the section."""
        catalogue = self.handbook.countries
        topics = catalogue.topics_for_section(section_id)
        if not topics:
            return ""
        boxes = [self.country_topic(country_id, topic.id, lang) for topic in topics]
        others = [c for c in catalogue.countries if c != country_id]
        links = " · ".join(
            f'<a href="countrybox:{c}">{escape(catalogue.name(c, lang))}</a>' for c in others
        )
        label = words.another if any(boxes) else words.choose
        switch = f"<p class='country-switch'>{escape(label)} {links}"
        if any(boxes) and others:
            switch += f' · <a href="compare:{country_id}+{others[0]}">{escape(words.compare)}</a>'
        return "\n".join(('<a name="country-box"></a>', *filter(None, boxes), switch + "</p>"))

    def country_pointer(self, html: str, country_id: str, lang: str, words: BoxWords) -> str:
        """``html`` with a line under its title that points down to the country's box, so a
        reader in a hurry knows national detail follows the general steps."""
        country = self.handbook.countries.countries.get(country_id)
        if country is None or "</h1>" not in html:
            return html
        where = localized(country.where, lang) or localized(country.name, lang)
        line = escape(words.below.replace("%1", where))
        pointer = f'<p class="country-pointer"><a href="#country-box">{line}</a></p>'
        return html.replace("</h1>", "</h1>\n" + pointer, 1)

    def country_choices(self, current: str, keep: str, lang: str, label: str, side: int) -> str:
        """A line of links that replace one side of a comparison with another country."""
        catalogue = self.handbook.countries
        links = []
        for country_id in catalogue.countries:
            if country_id in (current, keep):
                continue
            pair = (country_id, keep) if side == 0 else (keep, country_id)
            name = escape(catalogue.name(country_id, lang))
            links.append(f'<a href="compare:{pair[0]}+{pair[1]}">{name}</a>')
        name = escape(catalogue.name(current, lang))
        return f"<p class='country-switch'><b>{name}</b> · {escape(label)} {' · '.join(links)}</p>"

    def country_note(self, country_id: str, lang: str) -> str:
        """A whole note as a page: the country's name, when it was checked, each topic in turn."""
        catalogue = self.handbook.countries
        country = catalogue.countries.get(country_id)
        note = catalogue.note(country_id, lang)
        if country is None or note is None:
            return ""
        parts = [
            f"<h1>{escape(note.title)}</h1>",
            self._checked_as_of(country.checked_as_of, lang),
        ]
        for part in note.topics:
            parts.append(f'<h2><a name="{part.id}"></a>{escape(part.title)}</h2>')
            parts.append(self.with_markers(self.markdown_to_html(part.body), lang))
        return "\n".join(parts)

    def country_comparison(self, first: str, second: str, lang: str) -> str:
        """Two notes side by side, topic by topic (a hand-over from one country to another).

        One table row per topic, so each country's answer to a question sits next to the other's
        however long either is; a country without a note in ``lang`` leaves its column empty.
        """
        catalogue = self.handbook.countries
        notes = [catalogue.note(c, lang) for c in (first, second)]
        cells = []
        for country_id, note in zip((first, second), notes, strict=True):
            title = escape(note.title if note else catalogue.name(country_id, lang))
            country = catalogue.countries.get(country_id)
            checked = self._checked_as_of(country.checked_as_of, lang) if country else ""
            cells.append(f'<th width="50%" align="left"><h2>{title}</h2>{checked}</th>')
        rows = [f"<tr>{''.join(cells)}</tr>"]
        for topic in catalogue.topics:
            row: list[str] = []
            for note in notes:
                part = note.topic(topic.id) if note is not None else None
                body = ""
                if part is not None:
                    body = f"<h3>{escape(part.title)}</h3>" + self.with_markers(
                        self.markdown_to_html(part.body), lang
                    )
                anchor = "" if row else f'<a name="{topic.id}"></a>'
                row.append(f'<td width="50%" valign="top">{anchor}{body}</td>')
            rows.append(f"<tr>{''.join(row)}</tr>")
        table = '<table border="1" cellspacing="0" cellpadding="6" width="100%" class="grid">'
        return "\n".join((table, *rows, "</table>"))

    def _checked_as_of(self, date: str, lang: str, href: str = "") -> str:
        words = escape(self._word("checked-as-of", lang).replace("%1", date))
        if href:
            words = f'<a href="{href}">{words}</a>'
        return f"<p class='muted'>{words}</p>"

    def _word(self, key: str, lang: str) -> str:
        """A fixed word of the notes, in English when content has no export_labels.toml."""
        words = self.handbook.export_label(key, lang)
        return _NOTE_WORDS.get(key, key) if words == key else words

    def checklist(self, checklist: Checklist, lang: str, fill_label: str = "") -> str:
        """The checklist to read; with ``fill_label``, a link that opens it as a form."""
        parts = [f"<h1>{escape(localized(checklist.title, lang))}</h1>"]
        if fill_label:
            parts.append(f'<p><a href="fill:{checklist.id}"><b>{escape(fill_label)}</b></a></p>')
        if checklist.description:
            parts.append(f"<p>{escape(localized(checklist.description, lang))}</p>")
        parts.append("<ol>")
        for item in checklist.items:
            label = escape(localized(item.label, lang))
            if item.section:
                label = f'<a href="section:{item.section}">{label}</a>'
            marker = " <b>*</b>" if item.required else ""
            extra = ""
            if item.choices:
                options = ", ".join(escape(localized(c.label, lang)) for c in item.choices)
                extra = f"<br/><span class='muted'>{options}</span>"
            if item.help:
                help_html = self._linked(localized(item.help, lang), lang)
                extra += f"<br/><span class='muted'>{help_html}</span>"
            parts.append(f'<li><a name="{item.id}"></a>{label}{marker}{extra}</li>')
        parts.append("</ol>")
        return "\n".join(parts)

    def flowchart(self, flowchart: Flowchart, lang: str) -> str:
        """The flowchart as numbered steps with branches, readable where no diagram fits.

        Every word is in ``lang`` (the content's own labels, not the UI's): side by side, the
        second pane's steps say "Chi" and "Entro 2 ore" while the first says "Qui".
        """
        label = self.handbook.export_label
        who, within = label("flow-who", lang), label("flow-within", lang)
        go_to, end = label("flow-go-to", lang), label("flow-end", lang)
        order = {node.id: number for number, node in enumerate(flowchart.nodes, start=1)}
        parts = [f"<h1>{escape(localized(flowchart.title, lang))}</h1>", "<ol>"]
        for node in flowchart.nodes:
            text = escape(localized(node.label, lang))
            if node.section:
                text = f'<a href="section:{node.section}">{text}</a>'
            details = []
            if node.who:
                details.append(
                    f"{escape(with_colon(who, lang))} {escape(localized(node.who, lang))}"
                )
            if node.deadline_minutes is not None:
                deadline = self.duration(node.deadline_minutes, lang)
                details.append(escape(within.replace("%1", deadline)))
            for edge in flowchart.outgoing(node.id):
                branch = escape(localized(edge.label, lang)) + " → " if edge.label else "→ "
                details.append(branch + escape(go_to.replace("%1", str(order[edge.target]))))
            if node.kind == "end":
                details.append(escape(end))
            body = "".join(f"<br/><span class='muted'>{d}</span>" for d in details)
            parts.append(f'<li><a name="{node.id}"></a><b>{text}</b>{body}</li>')
        parts.append("</ol>")
        return "\n".join(parts)

    def duration(self, minutes: int, lang: str) -> str:
        """45 minutes, 1 hour, 2 hours, 1 day, in ``lang``, as a deadline is said."""
        label = self.handbook.export_label
        if minutes and minutes % 1440 == 0:
            days = minutes // 1440
            return label("duration-day", lang) if days == 1 else label(
                "duration-days", lang).replace("%1", str(days))  # fmt: skip
        if minutes and minutes % 60 == 0:
            hours = minutes // 60
            return label("duration-hour", lang) if hours == 1 else label(
                "duration-hours", lang).replace("%1", str(hours))  # fmt: skip
        return label("duration-minutes", lang).replace("%1", str(minutes))

    def scenario(self, scenario: Scenario, lang: str, labels: dict[str, str]) -> str:
        """A table-top exercise: its injects in order, each with its question and what it tests.

        ``labels`` carries UI words in the reader's language: "minute" (with %1), "question",
        "tests", and "run" (a link that starts the exercise; none when empty).
        """
        parts = [
            f"<h1>{escape(localized(scenario.title, lang))}</h1>",
            f"<p><i>{escape(localized(scenario.summary, lang))}</i></p>",
        ]
        if labels.get("run"):
            parts.append(
                f'<p><a href="exercise:{scenario.id}"><b>{escape(labels["run"])}</b></a></p>'
            )
        for inject in sorted(scenario.injects, key=lambda i: i.minute):
            minute = escape(labels["minute"].replace("%1", str(inject.minute)))
            parts.append(f'<h2><a name="{inject.id}"></a>{minute}</h2>')
            parts.append(f"<p>{self._linked(localized(inject.text, lang), lang)}</p>")
            question = escape(localized(inject.question, lang))
            parts.append(f"<p><b>{escape(labels['question'])}:</b> {question}</p>")
            if inject.sections:
                links = ", ".join(
                    f'<a href="section:{s}">{escape(self.handbook.title(s, lang))}</a>'
                    for s in inject.sections
                )
                parts.append(f"<p class='muted'>{escape(labels['tests'])}: {links}</p>")
        return "\n".join(parts)

    def glossary(self, lang: str, heading: str) -> str:
        terms = self.handbook.glossary_in_order(lang)
        parts = [f"<h1>{escape(heading)}</h1>", "<dl>"]
        for term in terms:
            name = escape(localized(term.term, lang))
            if term.section:
                title = escape(self.handbook.title(term.section, lang))
                name += f' <a href="section:{term.section}" class="small">→ {title}</a>'
            parts.append(f'<dt><a name="{term.id}"></a><b>{name}</b></dt>')
            parts.append(f"<dd>{self._linked(localized(term.definition, lang), lang)}</dd>")
        parts.append("</dl>")
        return "\n".join(parts)

    def laws_cited(self, lang: str) -> str:
        """The Laws cited page (place ``laws:``): every instrument of the register with its number,
        title, status as of the edition and dates, and links to the sections that cite it. Each
        entry's anchor is its law id, so ``laws:ID`` can scroll to it."""
        from interact_desktop.core.content.law_page import edition_line, laws_cited

        label = self.handbook.export_label
        parts = [f"<h1>{escape(label('laws-cited', lang))}</h1>"]
        if line := edition_line(self.handbook, lang):
            parts.append(f"<p class='muted'>{escape(line)}</p>")
        for entry in laws_cited(self.handbook, lang):
            law = entry.law
            parts.append(f'<h3><a name="{law.id}"></a>{escape(entry.name)}</h3>')
            parts.append(f"<p>{escape(entry.title)}</p>")
            status = escape(entry.status)
            if law.successor is not None and law.repealed_on is not None:
                status = f'<a href="laws:{law.successor}">{status}</a>'
            details = "<br/>".join(part for part in (status, escape(entry.dates)) if part)
            parts.append(f"<p class='muted'>{details}</p>")
            if entry.sections:
                links = ", ".join(
                    f'<a href="section:{section_id}">{escape(title)}</a>'
                    for section_id, title in entry.sections
                )
                parts.append(f"<p>{escape(label('law-cited-in', lang))} {links}</p>")
            else:
                parts.append(f"<p class='muted'>{escape(label('law-not-cited', lang))}</p>")
        return "\n".join(parts)
