"""An automatic layered layout of a flowchart: boxes sized to their text, edges routed around them.

Sugiyama style, top to bottom. Every edge goes down one rank at a time: a node of the flowchart
sits on an even rank; the odd ranks between them hold an edge's label (next to its line) and
"dummy" points where an edge passes a rank on its way further down. Dummies and labels take a slot
in their rank like a box does, so no line and no label ever crosses a box or another label.

1. Ranks: the longest path from the start (edges that close a cycle are turned round for this).
2. Order within each rank: barycentre sweeps down and up, keeping the order with fewest crossings.
3. Horizontal places: each item is pulled towards its neighbours in the ranks above and below,
   kept apart by a minimum gap (an isotonic regression, solved exactly by pooling).
4. Lines: straight down through a rank, horizontal only in the gaps between ranks, each horizontal
   on a track of its own when it would run along another one.

Text is measured by the caller (Qt in the window, reportlab in the PDF), so the boxes fit the text
as each of them draws it; a longer Greek or French label makes a taller box, never an overlap.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

from interact_desktop.core.content.model import localized
from interact_desktop.core.content.tool_model import Flowchart

Measure = Callable[[str, float], float]
"""``measure(text, font_size) -> width``, in the same units as the layout."""


@dataclass(frozen=True)
class LayoutStyle:
    """Sizes in layout units (pixels on screen, points in a PDF before scaling)."""

    sizes: dict[str, float] = field(
        default_factory=lambda: {"label": 14.0, "who": 12.0, "deadline": 12.0, "edge": 12.0}
    )
    line_spacing: float = 1.3
    max_text_width: float = 230.0
    min_text_width: float = 110.0
    max_edge_label_width: float = 130.0
    padding_x: float = 12.0
    padding_y: float = 9.0
    block_gap: float = 4.0
    decision_point: float = 18.0  # how far the pointed ends of a decision reach out
    round_radius: float = 18.0  # corners of start and end
    node_gap: float = 40.0
    line_gap: float = 16.0  # between a line or a label and its neighbours in a rank
    label_pad: float = 5.0  # between a line and its label
    gap_pad: float = 14.0  # above and below the tracks in a gap between ranks
    track_spacing: float = 9.0
    margin: float = 16.0


STYLE = LayoutStyle()


class TextBlock(NamedTuple):
    """A run of text in a box; ``role`` (label, who, deadline) chooses its size and colour."""

    text: str
    role: str


class NodeSpec(NamedTuple):
    id: str
    kind: str  # start | action | decision | end
    blocks: tuple[TextBlock, ...]


class EdgeSpec(NamedTuple):
    source: str
    target: str
    label: str = ""


class TextLine(NamedTuple):
    """One line of text to draw centred on ``x`` (boxes) or from ``x`` (edge labels)."""

    text: str
    role: str
    size: float
    x: float
    top: float
    height: float


class NodeBox(NamedTuple):
    id: str
    kind: str
    x: float
    y: float
    width: float
    height: float
    lines: tuple[TextLine, ...]

    @property
    def center(self) -> tuple[float, float]:
        return self.x + self.width / 2, self.y + self.height / 2


class EdgePath(NamedTuple):
    source: str
    target: str
    points: tuple[tuple[float, float], ...]  # from the source to the target (the arrow's end)
    label: tuple[TextLine, ...] = ()  # left-aligned lines beside the edge


class FlowLayout(NamedTuple):
    nodes: tuple[NodeBox, ...]
    edges: tuple[EdgePath, ...]
    width: float
    height: float

    def node(self, node_id: str) -> NodeBox:
        return next(box for box in self.nodes if box.id == node_id)


# -- text -------------------------------------------------------------------------------------


def wrap(text: str, size: float, width: float, measure: Measure) -> list[str]:
    """Greedy word wrap; a word longer than ``width`` stays whole on its own line. No-break
    spaces hold (French puts one before a colon)."""
    lines: list[str] = []
    current = ""
    for word in re.split(r"[ \t\r\n]+", text.strip()):
        trial = f"{current} {word}" if current else word
        if not current or measure(trial, size) <= width:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _wrap_blocks(
    blocks: Sequence[TextBlock], width: float, measure: Measure, style: LayoutStyle
) -> list[tuple[TextBlock, list[str]]]:
    return [(b, wrap(b.text, style.sizes[b.role], width, measure)) for b in blocks]


def _balanced(
    blocks: Sequence[TextBlock], measure: Measure, style: LayoutStyle
) -> list[tuple[TextBlock, list[str]]]:
    """Wrapped at the narrowest width that needs no more lines than the widest allowed: boxes
    without a lonely last word."""
    widest = _wrap_blocks(blocks, style.max_text_width, measure, style)
    count = sum(len(lines) for _, lines in widest)
    low, high = style.min_text_width, style.max_text_width
    for _ in range(8):
        middle = (low + high) / 2
        if sum(len(lines) for _, lines in _wrap_blocks(blocks, middle, measure, style)) <= count:
            high = middle
        else:
            low = middle
    return _wrap_blocks(blocks, high, measure, style)


class _Box(NamedTuple):
    width: float
    height: float
    lines: tuple[TextLine, ...]  # relative to the box's top left


def _size_box(spec: NodeSpec, measure: Measure, style: LayoutStyle) -> _Box:
    wrapped = _balanced(spec.blocks, measure, style)
    text_width = max(
        [style.min_text_width * 0.6]
        + [measure(line, style.sizes[b.role]) for b, lines in wrapped for line in lines]
    )
    text_height = 0.0
    rows: list[tuple[str, str, float, float, float]] = []
    for number, (block, lines) in enumerate(wrapped):
        if number:
            text_height += style.block_gap
        size = style.sizes[block.role]
        for line in lines:
            rows.append((line, block.role, size, text_height, size * style.line_spacing))
            text_height += size * style.line_spacing
    height = text_height + 2 * style.padding_y
    side = style.padding_x
    if spec.kind == "decision":
        side += min(style.decision_point, height / 2)
    elif spec.kind in ("start", "end"):
        side += min(style.round_radius, height / 2) * 0.9
    width = text_width + 2 * side
    placed = tuple(
        TextLine(text, role, size, width / 2, style.padding_y + top, line_height)
        for text, role, size, top, line_height in rows
    )
    return _Box(width, height, placed)


def _size_label(text: str, measure: Measure, style: LayoutStyle) -> _Box:
    if not text:
        return _Box(0.0, 0.0, ())
    size = style.sizes["edge"]
    lines = wrap(text, size, style.max_edge_label_width, measure)
    height = size * style.line_spacing
    width = max(measure(line, size) for line in lines)
    rows = tuple(
        TextLine(line, "edge", size, style.label_pad, number * height, height)
        for number, line in enumerate(lines)
    )
    return _Box(style.label_pad + width, height * len(lines), rows)


# -- graph ------------------------------------------------------------------------------------


@dataclass
class _Item:
    """Something that takes a slot in a rank: a node's box, an edge's label, or a dummy point."""

    key: object
    rank: int
    width: float = 0.0
    height: float = 0.0
    anchor: float = 0.0  # where lines meet it, from its left side
    is_node: bool = False
    x: float = 0.0  # of the anchor
    up: list[tuple[_Item, float]] = field(default_factory=list)
    down: list[tuple[_Item, float]] = field(default_factory=list)


def _back_edges(ids: list[str], edges: list[EdgeSpec], starts: list[str]) -> set[int]:
    """Edges that close a cycle, found by a depth-first walk from the start nodes."""
    outgoing: dict[str, list[int]] = {node: [] for node in ids}
    for index, edge in enumerate(edges):
        outgoing[edge.source].append(index)
    state: dict[str, int] = {}  # 1 on the walk's path, 2 finished
    back: set[int] = set()
    for root in starts + ids:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(outgoing[root]))]
        while stack:
            node, pending = stack[-1]
            following = next(pending, None)
            if following is None:
                state[node] = 2
                stack.pop()
                continue
            target = edges[following].target
            if state.get(target) == 1:
                back.add(following)
            elif target not in state:
                state[target] = 1
                stack.append((target, iter(outgoing[target])))
    return back


def _ranks(ids: list[str], pairs: list[tuple[str, str]]) -> dict[str, int]:
    """The longest path from any node without predecessors (the pairs form no cycle)."""
    incoming = {node: 0 for node in ids}
    outgoing: dict[str, list[str]] = {node: [] for node in ids}
    for source, target in pairs:
        incoming[target] += 1
        outgoing[source].append(target)
    rank = dict.fromkeys(ids, 0)
    ready = [node for node in ids if incoming[node] == 0]
    while ready:
        node = ready.pop(0)
        for target in outgoing[node]:
            rank[target] = max(rank[target], rank[node] + 1)
            incoming[target] -= 1
            if incoming[target] == 0:
                ready.append(target)
    return rank


def _link(upper: _Item, lower: _Item) -> None:
    """Lines between two dummies pull hardest, so that long edges run straight."""
    weight = 1.0 if upper.is_node and lower.is_node else 2.0
    if not (upper.is_node or lower.is_node):
        weight = 8.0
    upper.down.append((lower, weight))
    lower.up.append((upper, weight))


def _crossings(ranks: list[list[_Item]]) -> int:
    """Pairs of segments that cross between each rank and the next."""
    total = 0
    for upper, lower in pairwise(ranks):
        below = {id(item): n for n, item in enumerate(lower)}
        ends = [(a, below[id(other)]) for a, item in enumerate(upper) for other, _ in item.down]
        total += sum(
            1
            for i, (a1, b1) in enumerate(ends)
            for a2, b2 in ends[i + 1 :]
            if (a1 - a2) * (b1 - b2) < 0
        )
    return total


def _reorder(ranks: list[list[_Item]], downwards: bool) -> None:
    steps = range(1, len(ranks)) if downwards else range(len(ranks) - 2, -1, -1)
    for r in steps:
        neighbour_rank = ranks[r - 1] if downwards else ranks[r + 1]
        position = {id(item): n for n, item in enumerate(neighbour_rank)}

        def barycentre(entry: tuple[int, _Item], position: dict[int, int] = position) -> float:
            index, item = entry
            links = item.up if downwards else item.down
            if not links:
                return float(index)
            return sum(position[id(other)] for other, _ in links) / len(links)

        ranks[r] = [item for _, item in sorted(enumerate(ranks[r]), key=barycentre)]


def _order(ranks: list[list[_Item]]) -> list[list[_Item]]:
    best = [list(rank) for rank in ranks]
    fewest = _crossings(best)
    for sweep in range(12):
        if fewest == 0:
            break
        _reorder(ranks, downwards=sweep % 2 == 0)
        count = _crossings(ranks)
        if count < fewest:
            best, fewest = [list(rank) for rank in ranks], count
    return best


def _pool(desired: list[float], separation: list[float]) -> list[float]:
    """The positions closest to ``desired`` (least squares) that keep each item at least
    ``separation[i]`` right of the one before: pool-adjacent-violators on shifted targets."""
    offsets = [0.0]
    for gap in separation:
        offsets.append(offsets[-1] + gap)
    blocks: list[list[float]] = []  # [sum, count]
    for target, offset in zip(desired, offsets, strict=True):
        blocks.append([target - offset, 1.0])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            total, count = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
    values: list[float] = []
    for total, count in blocks:
        values += [total / count] * int(count)
    return [value + offset for value, offset in zip(values, offsets, strict=True)]


def _place_x(ranks: list[list[_Item]], style: LayoutStyle) -> None:
    separations = []
    for rank in ranks:
        gaps = []
        for left, right in pairwise(rank):
            gap = style.node_gap if left.is_node and right.is_node else style.line_gap
            gaps.append(left.width - left.anchor + gap + right.anchor)
        separations.append(gaps)
        for item, x in zip(rank, _pool([0.0] * len(rank), gaps), strict=True):
            item.x = x
    for sweep in range(40):
        order = range(len(ranks)) if sweep % 2 == 0 else range(len(ranks) - 1, -1, -1)
        for r in order:
            desired = []
            for item in ranks[r]:
                links = item.up + item.down
                weight = sum(w for _, w in links)
                desired.append(sum(other.x * w for other, w in links) / weight if links else item.x)
            for item, x in zip(ranks[r], _pool(desired, separations[r]), strict=True):
                item.x = x
    _straighten(ranks, separations)
    leftmost = min(item.x - item.anchor for rank in ranks for item in rank)
    for rank in ranks:
        for item in rank:
            item.x += style.margin - leftmost


def _straighten(ranks: list[list[_Item]], separations: list[list[float]]) -> None:
    """Line an item up with its only neighbour above or below where its rank leaves room: the
    balance found above leaves small jogs in chains of single steps."""
    for _ in range(3):
        for rank, gaps in zip(ranks, separations, strict=True):
            for n, item in enumerate(rank):
                low = rank[n - 1].x + gaps[n - 1] if n else float("-inf")
                high = rank[n + 1].x - gaps[n] if n + 1 < len(rank) else float("inf")
                for links, back in ((item.up, "down"), (item.down, "up")):
                    if len(links) == 1 and len(getattr(links[0][0], back)) == 1:
                        target = links[0][0].x
                        if low <= target <= high:
                            item.x = target
                            break


# -- the whole layout -------------------------------------------------------------------------


class _Run(NamedTuple):
    """A horizontal stretch of an edge in one gap between ranks."""

    edge: int
    start: float
    end: float


def _tracks(
    runs: list[_Run], sources: dict[int, object], targets: dict[int, object]
) -> dict[int, int]:
    """A track (0 = highest) for each run, so that runs overlapping in x share one only when they
    leave the same point or reach the same point."""
    order = sorted(runs, key=lambda r: (r.end < r.start, -r.start if r.end > r.start else r.start))
    tracks: list[list[_Run]] = []
    chosen: dict[int, int] = {}
    for run in order:
        low, high = sorted((run.start, run.end))
        for number, members in enumerate(tracks):
            if all(
                max(low, min(o.start, o.end)) >= min(high, max(o.start, o.end)) - 0.5
                or (o.start == run.start and sources[o.edge] == sources[run.edge])
                or (o.end == run.end and targets[o.edge] == targets[run.edge])
                for o in members
            ):
                members.append(run)
                chosen[run.edge] = number
                break
        else:
            tracks.append([run])
            chosen[run.edge] = len(tracks) - 1
    return chosen


def layout(
    nodes: Sequence[NodeSpec],
    edges: Sequence[EdgeSpec],
    measure: Measure,
    style: LayoutStyle = STYLE,
) -> FlowLayout:
    """Place ``nodes`` and route ``edges`` (see the module's description)."""
    ids = [node.id for node in nodes]
    known = set(ids)
    edges = [e for e in edges if e.source in known and e.target in known and e.source != e.target]
    starts = [node.id for node in nodes if node.kind == "start"]
    back = _back_edges(ids, edges, starts)
    downward = [
        (e.target, e.source) if index in back else (e.source, e.target)
        for index, e in enumerate(edges)
    ]
    rank_of = {node: 2 * rank for node, rank in _ranks(ids, downward).items()}
    boxes = {node.id: _size_box(node, measure, style) for node in nodes}
    count = max(rank_of.values(), default=0) + 1
    ranks: list[list[_Item]] = [[] for _ in range(count)]
    items: dict[str, _Item] = {}

    # Nodes enter their rank in the order a walk from the start meets them: a good first order.
    for node in _walk_order(ids, downward, starts):
        box = boxes[node]
        item = _Item(node, rank_of[node], box.width, box.height, box.width / 2, is_node=True)
        items[node] = item
        ranks[item.rank].append(item)
    chains: list[list[_Item]] = []
    labels: dict[int, _Box] = {}
    for index, (upper, lower) in enumerate(downward):
        chain = [items[upper]]
        label_rank = rank_of[lower] - 1 if index in back else rank_of[upper] + 1
        for rank in range(rank_of[upper] + 1, rank_of[lower]):
            item = _Item((index, rank), rank)
            if rank == label_rank and edges[index].label:
                labels[index] = _size_label(edges[index].label, measure, style)
                item.width, item.height = labels[index].width, labels[index].height
            ranks[rank].append(item)
            chain.append(item)
        chain.append(items[lower])
        for upper_item, lower_item in pairwise(chain):
            _link(upper_item, lower_item)
        chains.append(chain)
    ranks = _order(ranks)
    _place_x(ranks, style)

    # Tracks for the horizontal runs in each gap, then the height of every rank and gap.
    sources = {i: chain[0].key for i, chain in enumerate(chains)}
    targets = {i: chain[-1].key for i, chain in enumerate(chains)}
    runs: list[list[_Run]] = [[] for _ in range(count)]  # by the rank above the gap
    for index, chain in enumerate(chains):
        for upper_item, lower_item in pairwise(chain):
            if abs(upper_item.x - lower_item.x) > 0.5:
                runs[upper_item.rank].append(_Run(index, upper_item.x, lower_item.x))
    track_of: list[dict[int, int]] = [_tracks(r, sources, targets) for r in runs]
    band_top: list[float] = []
    band_height: list[float] = []
    gap_top: list[float] = []
    y = style.margin
    for rank in range(count):
        band_top.append(y)
        band_height.append(max((item.height for item in ranks[rank]), default=0.0))
        y += band_height[-1]
        gap_top.append(y)
        if rank < count - 1:
            tracks = max(track_of[rank].values(), default=-1) + 1
            y += 2 * style.gap_pad + max(tracks - 1, 0) * style.track_spacing
    height = y + style.margin

    kinds = {node.id: node.kind for node in nodes}
    node_boxes = []
    for node in ids:
        item = items[node]
        box = boxes[node]
        left = item.x - item.anchor
        top = band_top[item.rank] + (band_height[item.rank] - box.height) / 2
        lines = tuple(line._replace(x=line.x + left, top=line.top + top) for line in box.lines)
        node_boxes.append(NodeBox(node, kinds[node], left, top, box.width, box.height, lines))
    by_id: dict[object, NodeBox] = {box.id: box for box in node_boxes}

    paths = []
    for index, chain in enumerate(chains):
        first = by_id[chain[0].key]
        points = [(chain[0].x, first.y + first.height)]
        label_lines: tuple[TextLine, ...] = ()
        for upper_item, lower_item in pairwise(chain):
            rank = upper_item.rank
            if not upper_item.is_node:
                points.append((upper_item.x, gap_top[rank]))
            if abs(upper_item.x - lower_item.x) > 0.5:
                track = gap_top[rank] + style.gap_pad + track_of[rank][index] * style.track_spacing
                points += [(upper_item.x, track), (lower_item.x, track)]
            if lower_item.is_node:
                points.append((lower_item.x, by_id[lower_item.key].y))
            else:
                points.append((lower_item.x, band_top[lower_item.rank]))
                if index in labels and lower_item.height:
                    top = (
                        band_top[lower_item.rank]
                        + (band_height[lower_item.rank] - lower_item.height) / 2
                    )
                    label_lines = tuple(
                        line._replace(x=line.x + lower_item.x, top=line.top + top)
                        for line in labels[index].lines
                    )
        points = _simplify(points)
        if index in back:
            points.reverse()
        edge = edges[index]
        paths.append(EdgePath(edge.source, edge.target, tuple(points), label_lines))

    width = max(
        [box.x + box.width for box in node_boxes]
        + [line.x + _line_width(line, measure) for path in paths for line in path.label]
        + [0.0]
    )
    return FlowLayout(tuple(node_boxes), tuple(paths), width + style.margin, height)


def _line_width(line: TextLine, measure: Measure) -> float:
    return measure(line.text, line.size)


def _walk_order(ids: list[str], pairs: list[tuple[str, str]], starts: list[str]) -> list[str]:
    outgoing: dict[str, list[str]] = {node: [] for node in ids}
    for source, target in pairs:
        outgoing[source].append(target)
    seen: dict[str, None] = {}
    queue = list(starts) + ids
    while queue:
        node = queue.pop(0)
        if node in seen:
            continue
        seen[node] = None
        queue[:0] = [t for t in outgoing[node] if t not in seen]
    return list(seen)


def _simplify(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Without repeated points and without points in the middle of a straight stretch."""
    kept: list[tuple[float, float]] = []
    for point in points:
        if kept and abs(kept[-1][0] - point[0]) < 0.01 and abs(kept[-1][1] - point[1]) < 0.01:
            continue
        if len(kept) >= 2:
            (ax, ay), (bx, by) = kept[-2], kept[-1]
            if (abs(ax - bx) < 0.01 and abs(bx - point[0]) < 0.01) or (
                abs(ay - by) < 0.01 and abs(by - point[1]) < 0.01
            ):
                kept[-1] = point
                continue
        kept.append(point)
    return kept


# -- from the content model -------------------------------------------------------------------


def flowchart_specs(
    flowchart: Flowchart, lang: str, deadline: Callable[[int], str]
) -> tuple[list[NodeSpec], list[EdgeSpec]]:
    """The boxes' texts in ``lang``: label, who, and ``deadline(minutes)`` ("Within 2 hours")."""
    nodes = []
    for node in flowchart.nodes:
        blocks = [TextBlock(localized(node.label, lang), "label")]
        if node.who:
            blocks.append(TextBlock(localized(node.who, lang), "who"))
        if node.deadline_minutes is not None:
            blocks.append(TextBlock(deadline(node.deadline_minutes), "deadline"))
        nodes.append(NodeSpec(node.id, node.kind, tuple(blocks)))
    edges = [EdgeSpec(e.source, e.target, localized(e.label, lang)) for e in flowchart.edges]
    return nodes, edges


def flowchart_layout(
    flowchart: Flowchart,
    lang: str,
    measure: Measure,
    deadline: Callable[[int], str],
    style: LayoutStyle = STYLE,
) -> FlowLayout:
    nodes, edges = flowchart_specs(flowchart, lang, deadline)
    return layout(nodes, edges, measure, style)
