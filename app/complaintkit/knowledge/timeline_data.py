"""The time-line picture as plain data (issue 20), with nothing heavy to import:
documents/structure.py names it as a block, documents/timeline_chart.py fills it in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Shape = Literal["bar", "dot", "ring", "triangle", "diamond", "square", "line"]


@dataclass(frozen=True)
class ChartMark:
    x: float  # 0..1 along the axis
    lane: int
    shape: Shape
    colour: str
    label: str = ""
    # A bar's end (the incident).
    x_end: float | None = None
    # The date of a mark drawn at the edge because it lies beyond the axis.
    beyond: str = ""
    step: str = ""
    field: str = ""


@dataclass(frozen=True)
class TimelineChart:
    caption: str
    lanes: tuple[str, ...]
    ticks: tuple[tuple[float, str], ...]
    marks: tuple[ChartMark, ...]
    legend: tuple[tuple[Shape, str, str], ...]
    today: float | None
    today_label: str
