"""Handbook pages as HTML for the reader: sections from Markdown, tools from their data.

The HTML is the subset Qt's rich text engine draws well (tables with border attributes, no CSS
layout), so it serves the reader view directly and later the PDF export.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from interact_desktop.core.content.handbook import Handbook
from interact_desktop.core.content.model import Checklist, Flowchart, Scenario, localized
from interact_desktop.core.content.page_cache import PageCache

if TYPE_CHECKING:
    import markdown


class PageRenderer:
    """Turns any place in the handbook (section, checklist, flowchart, glossary) into HTML."""

    def __init__(self, handbook: Handbook, cache: PageCache | None = None) -> None:
        self.handbook = handbook
        self.cache = cache
        self._markdown: markdown.Markdown | None = None

    def markdown_to_html(self, text: str) -> str:
        if self._markdown is None:
            from interact_desktop.core.content.markdown_html import make_converter

            self._markdown = make_converter()
        self._markdown.reset()
        return self._markdown.convert(text)

    def section(self, section_id: str, lang: str) -> str:
        text = self.handbook.text(section_id, lang)
        if text is None:
            return ""
        if self.cache is not None and (html := self.cache.get(lang, section_id, text.path)):
            return html
        html = f"<h1>{escape(text.title)}</h1>\n{self.markdown_to_html(text.body)}"
        if self.cache is not None:
            self.cache.put(lang, section_id, text.path, html)
        return html

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
                extra += f"<br/><span class='muted'>{escape(localized(item.help, lang))}</span>"
            parts.append(f'<li><a name="{item.id}"></a>{label}{marker}{extra}</li>')
        parts.append("</ol>")
        return "\n".join(parts)

    def flowchart(
        self,
        flowchart: Flowchart,
        lang: str,
        labels: dict[str, str],
        duration: Callable[[int], str] = lambda minutes: f"{minutes} min",
    ) -> str:
        """The flowchart as numbered steps with branches, readable where no diagram fits.

        ``labels`` carries UI words in the reader's language: "who", "within", "go to", "end";
        ``duration`` writes a deadline in minutes the way that language says it.
        """
        order = {node.id: number for number, node in enumerate(flowchart.nodes, start=1)}
        parts = [f"<h1>{escape(localized(flowchart.title, lang))}</h1>", "<ol>"]
        for node in flowchart.nodes:
            label = escape(localized(node.label, lang))
            if node.section:
                label = f'<a href="section:{node.section}">{label}</a>'
            details = []
            if node.who:
                details.append(f"{escape(labels['who'])}: {escape(localized(node.who, lang))}")
            if node.deadline_minutes is not None:
                details.append(
                    f"{escape(labels['within'])}: {escape(duration(node.deadline_minutes))}"
                )
            for edge in flowchart.outgoing(node.id):
                branch = escape(localized(edge.label, lang)) + " → " if edge.label else "→ "
                details.append(f"{branch}{escape(labels['go to'])} {order[edge.target]}")
            if node.kind == "end":
                details.append(escape(labels["end"]))
            body = "".join(f"<br/><span class='muted'>{d}</span>" for d in details)
            parts.append(f'<li><a name="{node.id}"></a><b>{label}</b>{body}</li>')
        parts.append("</ol>")
        return "\n".join(parts)

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
            parts.append(f"<p>{escape(localized(inject.text, lang))}</p>")
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
            parts.append(f"<dd>{escape(localized(term.definition, lang))}</dd>")
        parts.append("</dl>")
        return "\n".join(parts)
