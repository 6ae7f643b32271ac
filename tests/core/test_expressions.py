import pytest

from interact_desktop.core.content.expressions import ExpressionError, evaluate, names, parse

ANSWERS = {"debt": "yes", "control": "no", "moved": "yes", "age": 15, "signs": ["phone", "cash"]}


@pytest.mark.parametrize(
    "text, expected",
    [
        ('debt == "yes"', True),
        ('control == "yes"', False),
        ('debt == "yes" and control == "yes"', False),
        ('debt == "yes" or control == "yes"', True),
        ('not control == "yes"', True),
        ("yes_count(debt, control, moved) >= 2", True),
        ("any_yes(control)", False),
        ('has(signs, "cash")', True),
        ('has(signs, "drugs")', False),
        ("answered(debt, age)", True),
        ("answered(unknown-item)", False),
        ('age < 16 and (debt == "yes" or moved == "no")', True),
        ("missing > 3", False),
    ],
)
def test_evaluation(text, expected):
    assert evaluate(parse(text), ANSWERS) is expected


@pytest.mark.parametrize(
    "text", ['debt == "yes" and', "import os", "__import__('os')", "debt ==", "(debt", "eval(x)",
             "debt ; control", '"unclosed', "yes_count(", "and debt"],
)  # fmt: skip
def test_anything_else_is_a_clear_error_not_code(text):
    with pytest.raises(ExpressionError):
        parse(text)


def test_names_lists_the_items_read():
    assert names(parse('yes_count(a, b) > 1 or c == "x"')) == {"a", "b", "c"}
