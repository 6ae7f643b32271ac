"""The small language of checklist conditions and alert rules, parsed — never evaluated as Python.

    expression := or
    or         := and ("or" and)*
    and        := not ("and" not)*
    not        := "not" not | comparison
    comparison := value (("==" | "!=" | "<" | "<=" | ">" | ">=") value)?
    value      := item-id | "text" | number | function "(" arguments ")" | "(" expression ")"

Item ids stand for the item's answer. Functions: ``answered(id)``, ``yes_count(id, ...)``,
``any_yes(id, ...)``, ``has(id, "choice")`` (a multiple choice includes that choice).
Examples: ``seen-with-adult == "yes"``, ``yes_count(debt, control, moved) >= 2``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

FUNCTIONS = ("answered", "yes_count", "any_yes", "has")
_TOKEN = re.compile(
    r'\s*(?:(?P<number>\d+(?:\.\d+)?)|(?P<string>"[^"]*")|(?P<op>==|!=|<=|>=|<|>|\(|\)|,)'
    r"|(?P<name>[a-z][a-z0-9_-]*))"
)


class ExpressionError(ValueError):
    pass


@dataclass(frozen=True)
class Node:
    kind: str  # or | and | not | compare | id | literal | call
    value: Any = None
    children: tuple[Node, ...] = ()


def parse(text: str) -> Node:
    tokens = _tokens(text)
    parser = _Parser(tokens)
    node = parser.expression()
    if parser.position != len(tokens):
        raise ExpressionError(f"unexpected '{tokens[parser.position][1]}'")
    return node


def names(node: Node) -> set[str]:
    """Every item id the expression reads (for checking them against the template)."""
    found = {node.value} if node.kind == "id" else set()
    for child in node.children:
        found |= names(child)
    return found


def evaluate(node: Node, answers: Mapping[str, Any]) -> Any:
    kind = node.kind
    if kind == "literal":
        return node.value
    if kind == "id":
        return answers.get(node.value)
    if kind == "or":
        return any(_truthy(evaluate(c, answers)) for c in node.children)
    if kind == "and":
        return all(_truthy(evaluate(c, answers)) for c in node.children)
    if kind == "not":
        return not _truthy(evaluate(node.children[0], answers))
    if kind == "compare":
        left, right = (evaluate(c, answers) for c in node.children)
        return _compare(node.value, left, right)
    return _call(node, answers)


def _call(node: Node, answers: Mapping[str, Any]) -> Any:
    arguments = node.children
    ids = [a.value for a in arguments if a.kind == "id"]
    if node.value == "answered":
        return all(answers.get(i) not in (None, "", []) for i in ids)
    if node.value == "yes_count":
        return sum(1 for i in ids if answers.get(i) == "yes")
    if node.value == "any_yes":
        return any(answers.get(i) == "yes" for i in ids)
    chosen = answers.get(ids[0]) if ids else None
    wanted = evaluate(arguments[-1], answers)
    return isinstance(chosen, list) and wanted in chosen


def _compare(operator: str, left: Any, right: Any) -> bool:
    if operator == "==":
        return left == right
    if operator == "!=":
        return left != right
    if not isinstance(left, int | float) or not isinstance(right, int | float):
        return False  # an unanswered number is neither smaller nor larger
    return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right}[
        operator
    ]


def _truthy(value: Any) -> bool:
    return bool(value) and value not in ("no", "unknown")


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    position = 0
    text = text.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise ExpressionError(f"cannot read '{text[position : position + 12]}'")
        kind = match.lastgroup or ""  # every alternative of _TOKEN is a named group
        tokens.append((kind, match.group(kind)))
        position = match.end()
        while position < len(text) and text[position].isspace():
            position += 1
    return tokens


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.position = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self, value: str | None = None) -> tuple[str, str]:
        token = self.peek()
        if token is None or (value is not None and token[1] != value):
            raise ExpressionError(f"expected '{value}'" if value else "unexpected end")
        self.position += 1
        return token

    def expression(self) -> Node:
        return self._chain("or", self._and)

    def _and(self) -> Node:
        return self._chain("and", self._not)

    def _chain(self, word: str, part: Callable[[], Node]) -> Node:
        children = [part()]
        while self.peek() == ("name", word):
            self.take()
            children.append(part())
        return children[0] if len(children) == 1 else Node(word, children=tuple(children))

    def _not(self) -> Node:
        if self.peek() == ("name", "not"):
            self.take()
            return Node("not", children=(self._not(),))
        left = self._value()
        token = self.peek()
        if (
            token is not None
            and token[0] == "op"
            and token[1] in ("==", "!=", "<", "<=", ">", ">=")
        ):
            self.take()
            return Node("compare", token[1], (left, self._value()))
        return left

    def _value(self) -> Node:
        kind, text = self.take()
        if kind == "number":
            return Node("literal", float(text) if "." in text else int(text))
        if kind == "string":
            return Node("literal", text[1:-1])
        if kind == "op" and text == "(":
            node = self.expression()
            self.take(")")
            return node
        if kind == "name" and text in ("and", "or", "not"):
            raise ExpressionError(f"'{text}' needs something before it")
        if kind == "name" and self.peek() == ("op", "("):
            if text not in FUNCTIONS:
                raise ExpressionError(f"unknown function '{text}' ({', '.join(FUNCTIONS)})")
            self.take("(")
            arguments = [self._value()]
            while self.peek() == ("op", ","):
                self.take()
                arguments.append(self._value())
            self.take(")")
            return Node("call", text, tuple(arguments))
        if kind == "name":
            return Node("id", text)
        raise ExpressionError(f"unexpected '{text}'")
