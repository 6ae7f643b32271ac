"""The automatic layout of flowcharts: boxes never overlap and lines never cross a box."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.export.pdf_fonts import FONT, register_fonts
from interact_desktop.core.flowcharts.layout import (
    EdgePath,
    EdgeSpec,
    FlowLayout,
    NodeBox,
    NodeSpec,
    TextBlock,
    flowchart_layout,
    layout,
    wrap,
)
from interact_desktop.core.languages import LANGUAGES
from tests.conftest import REPO

HANDBOOK = load_handbook(REPO / "content")

MARGIN = 4.0


def measure(text: str, size: float) -> float:
    register_fonts()
    return stringWidth(text, FONT, size)


def _overlap(a: NodeBox, b: NodeBox, margin: float) -> bool:
    return (
        a.x < b.x + b.width + margin
        and b.x < a.x + a.width + margin
        and a.y < b.y + b.height + margin
        and b.y < a.y + a.height + margin
    )


def _crosses(start, end, box: NodeBox) -> bool:
    """Whether an axis-parallel or slanted segment enters the inside of ``box``."""
    (x0, y0), (x1, y1) = start, end
    steps = 200
    for n in range(steps + 1):
        x = x0 + (x1 - x0) * n / steps
        y = y0 + (y1 - y0) * n / steps
        if box.x + 0.5 < x < box.x + box.width - 0.5 and box.y + 0.5 < y < box.y + box.height - 0.5:
            return True
    return False


def _run_together(a: EdgePath, b: EdgePath) -> bool:
    """Whether two edges share a stretch of line (one would hide the other)."""
    for p, q in zip(a.points, a.points[1:], strict=False):
        for r, s in zip(b.points, b.points[1:], strict=False):
            for axis in (0, 1):
                other = 1 - axis
                if (
                    max(abs(p[axis] - q[axis]), abs(r[axis] - s[axis]), abs(p[axis] - r[axis]))
                    < 0.5
                ):
                    low = max(min(p[other], q[other]), min(r[other], s[other]))
                    high = min(max(p[other], q[other]), max(r[other], s[other]))
                    if high - low > 0.5:
                        return True
    return False


def assert_clean(result: FlowLayout) -> None:
    boxes = result.nodes
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not _overlap(a, b, MARGIN), f"{a.id} overlaps {b.id}"
        assert a.x >= 0 and a.y >= 0
        assert a.x + a.width <= result.width and a.y + a.height <= result.height
    for edge in result.edges:
        assert len(edge.points) >= 2
        for start, end in zip(edge.points, edge.points[1:], strict=False):
            for box in boxes:
                assert not _crosses(start, end, box), (
                    f"{edge.source}->{edge.target} crosses {box.id}"
                )
        source, target = result.node(edge.source), result.node(edge.target)
        assert edge.points[0][1] == pytest.approx(source.y + source.height)
        assert edge.points[-1][1] == pytest.approx(target.y)
    for i, a in enumerate(result.edges):
        for b in result.edges[i + 1 :]:
            if a.source != b.source and a.target != b.target:
                assert not _run_together(a, b), f"{a.source}->{a.target} runs along {b.source}"
    labels = [
        (line.x, line.top, line.x + measure(line.text, line.size), line.top + line.height)
        for edge in result.edges
        for line in edge.label
    ]
    for i, (ax0, ay0, ax1, ay1) in enumerate(labels):
        for bx0, by0, bx1, by1 in labels[i + 1 :]:
            assert not (ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1), "labels overlap"
        for box in boxes:
            assert not (ax0 < box.x + box.width and box.x < ax1 and ay0 < box.y + box.height
                        and box.y < ay1), f"a label overlaps {box.id}"  # fmt: skip


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_shipped_flowchart_lays_out_cleanly(lang):
    handbook = HANDBOOK
    assert len(handbook.flowcharts) >= 4
    for flowchart in handbook.flowcharts.values():
        result = flowchart_layout(flowchart, lang, measure, lambda minutes: f"Within {minutes}")
        assert {box.id for box in result.nodes} == {node.id for node in flowchart.nodes}
        assert len(result.edges) == len(flowchart.edges)
        assert_clean(result)
        labelled = [e for e in result.edges if e.label]
        assert len(labelled) == sum(1 for e in flowchart.edges if e.label)


def test_longer_text_makes_taller_boxes_not_wider_than_allowed():
    flowchart = HANDBOOK.flowcharts["child-missing"]
    english = flowchart_layout(flowchart, "en", measure, str)
    greek = flowchart_layout(flowchart, "el", measure, str)
    assert greek.node("inform").height > english.node("inform").height
    for box in greek.nodes:
        assert box.width <= 230 + 2 * 12 + 2 * 18 + 1
        for line in box.lines:
            assert measure(line.text, line.size) <= box.width


def test_ranks_follow_the_longest_path_and_a_long_edge_goes_around():
    nodes = [NodeSpec(n, "start" if n == "a" else "action", (TextBlock(n * 20, "label"),))
             for n in "abcd"]  # fmt: skip
    edges = [EdgeSpec("a", "b"), EdgeSpec("b", "c"), EdgeSpec("c", "d"), EdgeSpec("a", "d", "skip")]
    result = layout(nodes, edges, measure)
    ys = [result.node(n).y for n in "abcd"]
    assert ys == sorted(ys) and len(set(ys)) == 4
    long_edge = result.edges[3]
    assert len(long_edge.points) > 2 and long_edge.label
    assert_clean(result)


def test_a_cycle_is_laid_out_with_the_back_edge_turned_round():
    nodes = [NodeSpec(n, "action", (TextBlock(f"Step {n}", "label"),)) for n in "abc"]
    edges = [EdgeSpec("a", "b"), EdgeSpec("b", "c"), EdgeSpec("c", "a", "again")]
    result = layout(nodes, edges, measure)
    assert result.node("a").y < result.node("b").y < result.node("c").y
    back = result.edges[2]
    assert back.source == "c" and back.target == "a"
    # It arrives at the bottom of "a", coming back up.
    assert back.points[-1][1] == pytest.approx(result.node("a").y + result.node("a").height)


def test_crossings_are_removed_by_reordering():
    nodes = [NodeSpec(n, "action", (TextBlock(n, "label"),)) for n in ("s", "l", "r", "l2", "r2")]
    edges = [EdgeSpec("s", "l"), EdgeSpec("s", "r"), EdgeSpec("l", "r2"), EdgeSpec("r", "l2")]
    result = layout(nodes, edges, measure)
    assert (result.node("l").x < result.node("r").x) == (result.node("r2").x < result.node("l2").x)


def test_wrap_keeps_words_whole():
    lines = wrap("Ένα παιδί εξαφανίζεται από τη δομή φιλοξενίας", 14, 120, measure)
    assert len(lines) > 1
    assert " ".join(lines) == "Ένα παιδί εξαφανίζεται από τη δομή φιλοξενίας"
    assert wrap("Un enfant disparaît\xa0: les 24 premières heures", 14, 20, measure)[2] == (
        "disparaît\xa0:"
    )
