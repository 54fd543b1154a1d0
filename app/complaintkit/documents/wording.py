"""Words for one document in one language: catalog lookups, dates, times, lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from complaintkit.domain.labels import label
from complaintkit.locales import lookup


@dataclass(frozen=True)
class Words:
    language: str
    catalog_name: str
    # The zone times are shown in: the one the user experienced the problem in.
    zone: ZoneInfo

    def get(self, key: str) -> Any:
        return lookup(self.language, self.catalog_name, key)

    def __call__(self, key: str, **params: object) -> str:
        # str.format on the catalog template only: user values are inserted, never parsed.
        return str(self.get(key)).format(**{k: str(v) for k, v in params.items()})

    def of(self, catalog_name: str) -> Words:
        return Words(self.language, catalog_name, self.zone)

    def enum(self, member: StrEnum) -> str:
        return label(member, self.language)

    def date(self, day: date) -> str:
        months = self.of("letter").get("meta.months")
        return self.of("letter")(
            "meta.date_format", day=day.day, month_name=months[day.month - 1], year=day.year
        )

    def time(self, moment: datetime | None) -> str:
        """`2026-11-10 09:30 UTC+08:00`: unambiguous in both languages and in print."""
        if moment is None:
            return self.of("letter")("appendix.unknown")
        local = moment.astimezone(self.zone)
        offset = local.strftime("%z")
        return f"{local:%Y-%m-%d %H:%M} UTC{offset[:3]}:{offset[3:]}"

    def join(self, items: list[str]) -> str:
        letter = self.of("letter")
        if len(items) <= 1:
            return "".join(items)
        head = letter("meta.list_separator").join(items[:-1])
        return head + letter("meta.list_last_separator") + items[-1]
