"""Time zones as people name them: "UK time (GMT/BST)", "北京时间 (UTC+8)".

The names come from the letter catalog (the same words the letter uses); a zone it
does not name shows its identifier. Zones with daylight saving show both
abbreviations, the others their UTC offset.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from complaintkit.locales import lookup


@cache
def known_zones() -> frozenset[str]:
    """Every zone the installed database names (reading it walks a folder tree)."""
    return frozenset(available_timezones())


def _offset(moment: datetime) -> str:
    delta = moment.utcoffset()
    minutes = int(delta.total_seconds() // 60) if delta is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "") if minutes else "UTC"


def zone_label(key: str, language: str, year: int) -> str:
    names = lookup(language, "letter", "zones.names")
    name = names.get(key) if isinstance(names, dict) else None
    zone = ZoneInfo(key)
    january = datetime(year, 1, 15, 12, tzinfo=zone)
    july = datetime(year, 7, 15, 12, tzinfo=zone)
    if january.utcoffset() == july.utcoffset():
        detail = _offset(january)
    else:
        standard, summer = sorted((january, july), key=lambda moment: moment.utcoffset())
        names_seen = (standard.tzname() or "", summer.tzname() or "")
        # Some zones have only numeric abbreviations (+03): the offsets say more then.
        if all(text[:1].isalpha() for text in names_seen):
            detail = "/".join(names_seen)
        else:
            detail = f"{_offset(standard)}/{_offset(summer)}"
    if name:
        return f"{name} ({detail})"
    if key == "UTC":
        return "UTC"
    return f"{key.replace('_', ' ')} ({detail})"
