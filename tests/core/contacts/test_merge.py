from interact_desktop.core.contacts.directory import Directory
from interact_desktop.core.contacts.merge import apply_import, plan_import
from interact_desktop.core.contacts.model import Contact, Phone


def test_plan_sorts_cards_into_new_changed_and_unchanged(people):
    directory = Directory(tuple(people[:3]))
    by_uid = people[0].edited(hours="24/7", roles=("manager",))
    by_name = Contact(  # another id, same person: matched by name and organisation
        roles=("guardianship-authority",),
        name="FRANÇOISE  Lefèvre-Dubœuf",
        organisation="aide sociale à l'enfance (ASE)",
        phones=(Phone("+33 1 99 99 99 99", "mobile"),),
    )
    same = people[2]
    newcomer = people[3]
    plan = plan_import(directory, [by_uid, by_name, same, newcomer])

    assert plan.new == (newcomer,)
    assert plan.unchanged == (same,)
    first, second = plan.changed
    assert first.matched_by == "uid"
    assert {(c.field, c.old, c.new) for c in first.changes} == {
        ("hours", "Δευτέρα–Παρασκευή 08:00–16:00", "24/7"),
        ("roles", "police-emergency, missing-persons-unit",
         "police-emergency, missing-persons-unit, manager"),
    }  # fmt: skip
    assert second.matched_by == "name"
    assert [c.field for c in second.changes] == ["name", "organisation", "phones"]
    assert second.merged.id == people[1].id
    assert second.merged.hours == people[1].hours  # empty fields of the card keep the entry's
    assert directory.contacts == tuple(people[:3])  # planning changes nothing


def test_apply_adds_new_entries_and_changes_only_what_was_accepted(people):
    directory = Directory(tuple(people[:2]))
    plan = plan_import(
        directory,
        [people[0].edited(hours="24/7"), people[1].edited(note="Nouvelle note"), people[3]],
    )
    declined = apply_import(directory, plan)
    assert declined.get(people[0].id) == people[0]
    assert declined.get(people[1].id) == people[1]
    assert declined.get(people[3].id) == people[3]

    accepted = apply_import(directory, plan, accepted={people[0].id})
    assert accepted.get(people[0].id).hours == "24/7"
    assert accepted.get(people[1].id).note == people[1].note


def test_importing_the_same_file_twice_changes_nothing(people):
    once = apply_import(Directory(), plan_import(Directory(), people))
    again = plan_import(once, people)
    assert again.is_empty
    assert len(again.unchanged) == len(people)


def test_an_edit_made_after_the_plan_was_shown_is_kept(people):
    directory = Directory(tuple(people[:1]))
    plan = plan_import(directory, [people[0].edited(hours="24/7")])
    edited_since = directory.with_replaced(people[0].edited(note="Written while the plan showed"))
    result = apply_import(edited_since, plan, accepted={people[0].id})
    assert result.get(people[0].id).hours == "24/7"
    assert result.get(people[0].id).note == "Written while the plan showed"
