"""A figure's declared size is read from its root element, and nonsense is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from interact_desktop.core.content.figures import declared_size
from interact_desktop.paths import content_dir


@pytest.mark.parametrize(
    ("root", "size"),
    [
        ('viewBox="0 0 800 220" width="400" height="110"', (800.0, 220.0)),
        ('viewBox="10,5,300,150"', (300.0, 150.0)),
        ('width="640px" height="480px"', (640.0, 480.0)),
        ('width="640"', None),
        ('viewBox="0 0 0 220"', None),
        ('viewBox="zero"', None),
    ],
)
def test_the_size_is_read_from_the_root_element(tmp_path: Path, root: str, size):
    svg = tmp_path / "figure.svg"
    svg.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" {root}><rect/></svg>')
    assert declared_size(svg) == size


def test_a_missing_or_broken_file_has_no_size(tmp_path: Path):
    broken = tmp_path / "broken.svg"
    broken.write_text("<<svg")
    assert declared_size(broken) is None
    assert declared_size(tmp_path / "missing.svg") is None


def test_every_figure_of_the_handbook_declares_its_size():
    figures = sorted((content_dir() / "figures").glob("*.svg"))
    assert figures
    for figure in figures:
        assert declared_size(figure) is not None, figure.name
