from interact_desktop import paths
from interact_desktop.core.content.roles import load_roles


def test_shipped_roles_have_a_name_in_every_language():
    roles, problems = load_roles(paths.content_dir())
    assert problems == []
    assert "police-emergency" in roles and "hotline-116000" in roles
    assert roles["manager"].title("el") == "Ο προϊστάμενός μου"


def test_a_damaged_roles_file_reports_its_line(content_copy):
    (content_copy / "roles.toml").write_text(
        '[[role]]\nid = "a"\nname.en = "A"\n\n[[role]]\nid = "a"\nname.en = "B"\n',
        encoding="utf-8",
    )
    roles, problems = load_roles(content_copy)
    assert list(roles) == ["a"]
    messages = [p.format() for p in problems]
    assert any(":6: duplicate role id 'a'" in m for m in messages)
    assert any("Greek text of 'name' is missing" in m for m in messages)
