"""An answers file written by hand or by another program: whatever it holds, reading and checking
it ends in a clear message naming what is wrong, never in an exception from deep inside."""

from __future__ import annotations

import json

import pytest

from interact_desktop.core.content.handbook import load_handbook
from interact_desktop.core.forms.answers import (
    MAX_DEPTH,
    AnswerError,
    FilledChecklist,
    answer_problem,
)
from interact_desktop.core.forms.drafts import JsonDraftStore
from tests.conftest import REPO

HANDBOOK = load_handbook(REPO / "content")
CHECKLIST = HANDBOOK.checklists["missing-first-hours"]
ITEMS = {item.id: item for item in CHECKLIST.items}
CONTACTS = next(
    item
    for item in HANDBOOK.checklists["identifying-information"].items
    if item.id == "known-contacts"
)


@pytest.mark.parametrize(
    "item, value, message",
    [
        ("sis-alert", ["issued"], "expected one of"),
        ("sis-alert", {"issued": True}, "expected one of"),
        ("premises-searched", ["yes"], "expected one of yes, no, unknown"),
        ("premises-searched", {"yes": 1}, "expected one of yes, no, unknown"),
        ("risk-indicators", [["debt"]], "expected a list of"),
        ("risk-indicators", [{"debt": 1}], "expected a list of"),
        ("risk-indicators", "debt", "expected a list of"),
    ],
)
def test_a_list_or_an_object_where_a_choice_is_expected_is_named(item, value, message):
    assert message in answer_problem(ITEMS[item], value)


def test_a_list_in_a_group_row_is_named_with_its_row():
    rows = [{"name": "Cousin"}, {"name": ["not", "text"]}]
    assert answer_problem(CONTACTS, rows) == "row 2, name: expected text"


def write(tmp_path, data: bytes):
    path = tmp_path / "answers.json"
    path.write_bytes(data)
    return path


def test_answers_nested_too_deeply_are_refused(tmp_path):
    for depth in (MAX_DEPTH + 1, 200_000):  # within the parser's reach, and far beyond it
        nested = "[" * depth + "]" * depth
        text = f'{{"template": "missing-first-hours", "answers": {{"x": {nested}}}}}'
        with pytest.raises(AnswerError, match="nested too deeply"):
            FilledChecklist.from_file(write(tmp_path, text.encode()))


def test_ordinary_nesting_is_read(tmp_path):
    rows = {"known-contacts": [{"name": "Cousin", "relation": "family"}]}
    text = json.dumps({"template": "identifying-information", "answers": rows})
    assert FilledChecklist.from_file(write(tmp_path, text.encode())).answers == rows


def test_text_that_is_not_utf8_is_named_with_where_it_breaks(tmp_path):
    text = '{"template": "missing-first-hours",\n "answers": {"description": "caf\xe9"}}'
    path = write(tmp_path, text.encode("latin-1"))
    where = text.index("\xe9") + 1
    with pytest.raises(AnswerError, match=rf"not UTF-8 text: byte {where} \(line 2\)"):
        FilledChecklist.from_file(path)


def test_a_bom_written_by_an_editor_is_accepted(tmp_path):
    text = '{"template": "missing-first-hours", "answers": {}}'
    path = write(tmp_path, b"\xef\xbb\xbf" + text.encode())
    assert FilledChecklist.from_file(path).template == "missing-first-hours"


def test_a_draft_nested_too_deeply_is_skipped_not_fatal(tmp_path):
    store = JsonDraftStore(tmp_path)
    (tmp_path / "deep.json").write_text('{"template": "x", "answers": {"a": ' + "[" * 100_000)
    assert store.list() == []
