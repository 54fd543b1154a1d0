"""The time-line picture as plain data (issue 20): lanes, date ticks, marks placed along
the axis with their shape, colour and label, a legend. The PDF (timeline_draw.py) and
the app's view (ui/timeline_view.py) both draw this, so they show the same picture.

A mark far beyond the rest (a time limit six years away) would squeeze everything
else into a corner: the axis ends shortly after the last near mark or today, and a
later mark is drawn at the right edge with its date written next to it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from complaintkit.documents.wording import Words
from complaintkit.domain import Case, timing
from complaintkit.domain.enums import ContactChannel
from complaintkit.knowledge.timeline import LANES, Mark, timeline_marks
from complaintkit.knowledge.timeline_data import ChartMark, Shape, TimelineChart

CHANNEL_COLOURS = {
    ContactChannel.PHONE: "#1f77b4",
    ContactChannel.LIVE_CHAT: "#2ca02c",
    ContactChannel.EMAIL: "#9467bd",
    ContactChannel.IN_APP: "#ff7f0e",
    ContactChannel.WEB_FORM: "#8c564b",
    ContactChannel.LETTER: "#555555",
    ContactChannel.IN_PERSON: "#17becf",
    ContactChannel.SOCIAL_MEDIA: "#e377c2",
    ContactChannel.OTHER: "#a0a020",
}
PROMISE_COLOURS = {"kept": "#2e7d32", "broken": "#c62828", "open": "#9e9e9e"}
LINE_COLOURS = {
    "sent": "#222222",
    "reply_due": "#e65100",
    "offer_answer_by": "#e65100",
    "scheme_opens": "#2e7d32",
    "scheme_closes": "#c62828",
}
INCIDENT = "#ef9a9a"
ORDER = "#455a64"
STAGE = "#1a237e"
OFFER = "#e65100"

# After the last near mark (or today), how much room before the axis ends.
_MARGIN = 0.04
# A mark more than this far after the others is put at the edge, with its date.
_FAR = timedelta(days=120)
_TICK_DAYS = (1, 2, 3, 7, 14, 30, 61, 91, 182, 365)


def short_date(w: Words, moment: datetime) -> str:
    local = moment.astimezone(w.zone)
    months = w.get("timeline.months_short")
    return w("timeline.short_date", day=local.day, month=months[local.month - 1])


def _axis(marks: list[Mark], now: datetime) -> tuple[datetime, datetime]:
    moments = [mark.at for mark in marks] + [m.until for m in marks if m.until is not None]
    start = min(moments)
    near = [moment for moment in moments if moment - start <= _FAR] or [start]
    end = max(max(near), min(now, start + _FAR))
    if end <= start:
        end = start + timedelta(days=1)
    span = end - start
    return start - span * _MARGIN, end + span * _MARGIN


def _ticks(start: datetime, end: datetime, w: Words) -> tuple[tuple[float, str], ...]:
    span = (end - start).total_seconds()
    days = (end - start).days
    step = next((d for d in _TICK_DAYS if days / d <= 7), 365)
    first = start.astimezone(w.zone).replace(hour=0, minute=0, second=0, microsecond=0)
    ticks, day = [], first + timedelta(days=1)
    while day <= end:
        ticks.append(((day - start).total_seconds() / span, short_date(w, day)))
        day += timedelta(days=step)
    return tuple(ticks)


def _mark(mark: Mark, x: float, x_end: float | None, lane: int, w: Words) -> ChartMark:
    where = {"step": mark.step, "field": mark.field}
    match mark.kind:
        case "incident":
            return ChartMark(x, lane, "bar", INCIDENT, w("timeline.incident"), x_end, **where)
        case "order":
            return ChartMark(x, lane, "square", ORDER, **where)
        case "contact":
            assert mark.channel is not None
            shape: Shape = "triangle" if mark.bot else ("ring" if mark.from_firm else "dot")
            return ChartMark(x, lane, shape, CHANNEL_COLOURS[mark.channel], **where)
        case "promise":
            assert mark.promise is not None
            return ChartMark(x, lane, "diamond", PROMISE_COLOURS[mark.promise], **where)
        case "stage":
            assert mark.stage is not None
            return ChartMark(x, lane, "square", STAGE, w.enum(mark.stage), **where)
        case "offer":
            return ChartMark(x, lane, "square", OFFER, w("timeline.offer"), **where)
        case _:
            label = w(f"timeline.{mark.kind}")
            return ChartMark(x, lane, "line", LINE_COLOURS[mark.kind], label, **where)


def _legend(marks: list[Mark], w: Words) -> tuple[tuple[Shape, str, str], ...]:
    legend: list[tuple[Shape, str, str]] = []
    channels = [m.channel for m in marks if m.channel is not None]
    for channel in dict.fromkeys(channels):
        legend.append(("dot", CHANNEL_COLOURS[channel], w.enum(channel)))
    if any(m.from_firm for m in marks):
        legend.append(("ring", "#555555", w("timeline.legend_from_firm")))
    if any(m.bot for m in marks):
        legend.append(("triangle", "#555555", w("timeline.legend_bot")))
    for state in ("kept", "broken", "open"):
        if any(m.promise == state for m in marks):
            legend.append(("diamond", PROMISE_COLOURS[state], w(f"timeline.promise_{state}")))
    if any(m.kind == "order" for m in marks):
        legend.append(("square", ORDER, w("timeline.legend_order")))
    return tuple(legend)


def compose_timeline_chart(case: Case, language: str, now: datetime) -> TimelineChart | None:
    """The picture of the case; None while it has fewer than two marks to relate."""
    marks = timeline_marks(case, now)
    if len(marks) < 2:
        return None
    w = Words(language, "support", timing.case_zone(case))
    start, end = _axis(marks, now)
    span = (end - start).total_seconds()

    def place(moment: datetime) -> float:
        return (moment - start).total_seconds() / span

    chart_marks = []
    for mark in marks:
        lane = LANES.index(mark.lane) if mark.lane in LANES else -1
        x = place(mark.at)
        beyond = ""
        if x > 1:
            x, beyond = 1.0, w.date(mark.at.astimezone(w.zone).date())
        x_end = min(place(mark.until), 1.0) if mark.until is not None else None
        drawn = _mark(mark, x, x_end, lane, w)
        if beyond:
            drawn = ChartMark(**{**drawn.__dict__, "beyond": beyond})
        chart_marks.append(drawn)
    today = place(now)
    return TimelineChart(
        caption=w("timeline.caption"),
        lanes=tuple(w(f"timeline.lane_{lane}") for lane in LANES),
        ticks=_ticks(start, end, w),
        marks=tuple(chart_marks),
        legend=_legend(marks, w),
        today=today if 0 <= today <= 1 else None,
        today_label=w("timeline.today"),
    )
