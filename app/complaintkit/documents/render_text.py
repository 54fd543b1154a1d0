"""The letter as plain UTF-8 text, for web forms and e-mail bodies.

Same content as the PDF, minus the appendix's images: tables become indented
lines, so the text reads well in any form field or mail client.
"""

from __future__ import annotations

import unicodedata

from complaintkit.documents.plain_text import printable
from complaintkit.documents.structure import (
    Block,
    BulletList,
    ChecklistLine,
    Document,
    Figure,
    Notice,
    Paragraph,
    Table,
)
from complaintkit.knowledge.timeline_data import TimelineChart  # issue 20


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _table_lines(table: Table) -> list[str]:
    if len(table.header) == 2:
        # Time lines and fact lists read best as "label  value".
        return [f"{left.replace(chr(10), ' ')}  {right}" for left, right in table.rows]
    lines = []
    for row in table.rows:
        pairs = [
            (head, cell) for head, cell in zip(table.header, row, strict=False) if cell.strip()
        ]
        if not pairs:
            continue
        _first_head, first_cell = pairs[0]
        lines.append(f"- {first_cell.replace(chr(10), ' / ')}")
        for head, cell in pairs[1:]:
            value = cell.replace("\n", " / ")
            lines.append(f"  {head}: {value}" if head else f"  {value}")
    return lines


def _facts(facts: tuple[tuple[str, str], ...]) -> list[str]:
    return [f"  {name}: {value}" for name, value in facts]


def _block_lines(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [block.text, ""]
    if isinstance(block, BulletList):
        return [*(f"- {item}" for item in block.items), ""]
    if isinstance(block, Table):
        return [*_table_lines(block), ""]
    if isinstance(block, Figure):
        return [block.caption, *_facts(block.facts), ""]
    if isinstance(block, Notice):
        return [block.caption, f"  {block.message}", *_facts(block.facts), ""]
    if isinstance(block, ChecklistLine):
        mark = "[x]" if block.done else "[ ]"
        return [f"{mark} {block.text}", *([f"    {block.detail}"] if block.detail else [])]
    if isinstance(block, TimelineChart):  # issue 20: a picture; the tables say it in words
        return []  # issue 20
    raise TypeError(f"unknown block {block!r}")


def render_text(document: Document) -> str:
    lines: list[str] = []
    for block in document.opening:
        lines.extend(_block_lines(block))
    for section in document.sections:
        lines.extend([section.title, "=" * _width(section.title), ""])
        for block in section.blocks:
            lines.extend(_block_lines(block))
    # No control character (NUL, ESC, ...) typed or pasted by the user reaches the file.
    return printable("\n".join(lines)).rstrip() + "\n"
