"""Back and forward through the places a reader has visited, as in a web browser."""

from __future__ import annotations


class History:
    """A list of places with a cursor; visiting a new place drops the forward part."""

    def __init__(self, limit: int = 200) -> None:
        self._places: list[str] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> str | None:
        return self._places[self._index] if self._index >= 0 else None

    def visit(self, place: str) -> None:
        if place == self.current:
            return
        del self._places[self._index + 1 :]
        self._places.append(place)
        if len(self._places) > self._limit:
            del self._places[0]
        self._index = len(self._places) - 1

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._places) - 1

    def back(self) -> str | None:
        if not self.can_go_back():
            return None
        self._index -= 1
        return self.current

    def forward(self) -> str | None:
        if not self.can_go_forward():
            return None
        self._index += 1
        return self.current
