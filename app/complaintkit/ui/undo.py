"""Undo for deletions (evidence, contacts, orders): the item goes back where it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel
from PySide6.QtGui import QUndoCommand

from complaintkit.domain import Case


class RemoveFromCase(QUndoCommand):
    """Remove `case.<attribute>[index]`; evidence also leaves every list that cites it."""

    def __init__(
        self, case: Case, attribute: str, index: int, text: str, after: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self._case = case
        self._attribute = attribute
        self._index = index
        self._after = after
        self._item: Any = None
        self._citations: list[tuple[list[str], int]] = []

    def _cited_in(self) -> list[list[str]]:
        """Every `evidence_ids` list in the case (problem, orders, contacts, payments and
        whatever cites evidence next): a citation left behind would stop the case loading."""
        found: list[list[str]] = []

        def walk(value: Any) -> None:
            if isinstance(value, BaseModel):
                for name in type(value).model_fields:
                    child = getattr(value, name)
                    if name == "evidence_ids":
                        found.append(child)
                    else:
                        walk(child)
            elif isinstance(value, list):
                for child in value:
                    walk(child)

        walk(self._case)
        return found

    def redo(self) -> None:
        items = getattr(self._case, self._attribute)
        self._item = items.pop(self._index)
        if self._attribute == "evidence":
            self._citations = []
            for ids in self._cited_in():
                if self._item.id in ids:
                    position = ids.index(self._item.id)
                    ids.remove(self._item.id)
                    self._citations.append((ids, position))
        self._after()

    def undo(self) -> None:
        getattr(self._case, self._attribute).insert(self._index, self._item)
        for ids, position in self._citations:
            ids.insert(position, self._item.id)
        self._after()
