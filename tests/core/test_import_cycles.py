"""No module of the core imports, directly or through others, a module that imports it back.

A circle makes the import order matter and hides which module depends on which; in the notebook
one had crept in between the store and the checklists (answers_text), so the whole core is checked.
"""

from __future__ import annotations

import itertools

import pytest

grimp = pytest.importorskip("grimp")  # installed with import-linter, a development tool


def test_the_core_has_no_import_cycle():
    graph = grimp.build_graph("interact_desktop")
    core = sorted(m for m in graph.modules if m.startswith("interact_desktop.core"))
    circles = [
        graph.find_shortest_chain(importer=a, imported=b)
        + graph.find_shortest_chain(importer=b, imported=a)[1:]
        for a, b in itertools.combinations(core, 2)
        if graph.chain_exists(importer=a, imported=b) and graph.chain_exists(importer=b, imported=a)
    ]
    assert circles == []
