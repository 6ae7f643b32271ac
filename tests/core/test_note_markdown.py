"""Notes render Markdown, and any HTML typed in a note stays text."""

from __future__ import annotations

from interact_desktop.core.note_markdown import make_note_converter, note_html


def test_markdown_is_rendered():
    html = note_html("# Visit\n\n- **seen** at the station\n- spoke Tigrinya")
    assert "<h1>Visit</h1>" in html
    assert "<strong>seen</strong>" in html and html.count("<li>") == 2


def test_raw_html_is_escaped_in_blocks_and_inline():
    converter = make_note_converter()
    html = note_html("<img src=x onerror=alert(1)>\n\n<script>steal()</script>", converter)
    assert "<img" not in html and "<script" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    inline = note_html("met <b>him</b> <!-- hidden -->", converter)
    assert "<b>" not in inline and "&lt;b&gt;him&lt;/b&gt;" in inline
    assert "&lt;!-- hidden --&gt;" in inline
