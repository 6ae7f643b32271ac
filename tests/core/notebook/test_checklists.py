"""Filled checklists in the notebook: the DraftStore the form uses, attach/detach, search, the
move of the JSON drafts written before the notebook existed."""

from __future__ import annotations

from interact_desktop.core.forms.answers import FilledChecklist
from interact_desktop.core.forms.drafts import DraftStore, JsonDraftStore
from interact_desktop.core.forms.text import answers_text
from interact_desktop.core.notebook.checklists import NotebookDraftStore


def filled(text: str = "Bus station, platform 4", finalised: str | None = None) -> FilledChecklist:
    return FilledChecklist(
        "missing-first-hours", 3,
        {"last-seen-place": text, "reported": "yes", "contacts": [{"name": "Ahmad", "phone": "1"}]},
        "2026-11-25T10:00:00", "2026-11-25T10:05:00", finalised,
    )  # fmt: skip


def test_the_notebook_store_keeps_drafts_like_the_json_store(book):
    store: DraftStore = NotebookDraftStore(book)
    store.save("a1", filled())
    assert store.load("a1") == filled()
    assert [draft_id for draft_id, _ in store.list()] == ["a1"]
    store.save("a1", filled("Train station"))
    assert store.load("a1").answers["last-seen-place"] == "Train station"
    store.delete("a1")
    assert store.load("a1") is None and store.list() == []


def test_attach_detach_and_the_list_of_a_case(book):
    case_id = book.cases.add("C-1")
    everything = NotebookDraftStore(book)
    of_case = NotebookDraftStore(book, case_id)
    of_case.save("b1", filled())
    everything.save("b2", filled())
    assert [i for i, _ in of_case.list()] == ["b1"]
    assert {i for i, _ in everything.list()} == {"b1", "b2"}
    everything.attach("b2", case_id)
    assert {i for i, _ in of_case.list()} == {"b1", "b2"}
    everything.detach("b1")
    assert [i for i, _ in of_case.list()] == ["b2"] and everything.case_of("b1") is None
    everything.save("b2", filled("changed"))  # saving keeps the case it is attached to
    assert everything.case_of("b2") == case_id


def test_checklist_answers_are_found_with_marks(book):
    case_id = book.cases.add("C-2")
    NotebookDraftStore(book, case_id, "el").save("c1", filled("Το παιδί ήταν στον ΣΤΑΘΜΟ"))
    hits = book.search.find("σταθμός", "el")
    assert [(h.kind, h.ref, h.case_id) for h in hits] == [("checklist", "c1", case_id)]
    assert [s.text for s in hits[0].snippet if s.marked] == ["ΣΤΑΘΜΟ"]
    assert book.search.find("Ahmad")[0].ref == "c1"  # rows of groups are indexed too
    book.cases.delete(case_id)
    assert book.search.find("Ahmad") == [] and NotebookDraftStore(book).list() == []


def test_finalising_writes_a_timeline_entry_once(book):
    case_id = book.cases.add("C-3")
    store = NotebookDraftStore(book, case_id)
    store.save("d1", filled())
    assert book.timeline.lines(case_id) == []
    store.save("d1", filled(finalised="2026-11-25T11:00:00"))
    store.save("d1", filled(finalised="2026-11-25T11:00:00"))
    assert book.timeline.lines(case_id) == [
        ("2026-11-25T11:00:00", "checklist-finalised", "missing-first-hours")
    ]
    loose = NotebookDraftStore(book)
    loose.save("d2", filled(finalised="2026-11-25T12:00:00"))
    loose.attach("d2", case_id)  # finalised earlier, attached now: the case's timeline says so
    assert [kind for _, kind, _ in book.timeline.lines(case_id)] == ["checklist-finalised"] * 2


def test_json_drafts_move_in_and_their_files_are_removed(book, tmp_path):
    folder = tmp_path / "drafts"
    old = JsonDraftStore(folder)
    old.save("e1", filled("Zwetschgen platform"))
    old.save("e2", filled())
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    store = NotebookDraftStore(book)
    assert store.move_json_drafts(folder) == 2
    assert sorted(p.name for p in folder.iterdir()) == ["broken.json"]
    assert store.load("e1").answers["last-seen-place"] == "Zwetschgen platform"
    assert book.search.find("zwetschgen")[0].ref == "e1"
    assert store.move_json_drafts(folder) == 0
    assert store.move_json_drafts(tmp_path / "none") == 0


def test_answers_text_collects_every_text():
    body = filled().to_json()
    assert answers_text(body).splitlines() == ["Bus station, platform 4", "yes", "Ahmad", "1"]
    assert answers_text("not json") == ""
