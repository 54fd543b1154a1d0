"""Words for one document in one language: catalog lookups, dates, times, lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from complaintkit.domain.labels import label
from complaintkit.domain.money import Money
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

    def zone_name(self) -> str:
        """"UK time", "北京时间"; the UTC offset for a zone the catalog does not name."""
        names = self.of("letter").get("zones.names")
        known = names.get(self.zone.key) if isinstance(names, dict) else None
        if known:
            return str(known)
        offset = datetime.now(self.zone).strftime("%z")
        return f"UTC{offset[:3]}:{offset[3:]}"

    def time(self, moment: datetime | None) -> str:
        """`20 October 2026 at 10:12 (UK time)`, `北京时间 2026年11月10日 09:30`."""
        letter = self.of("letter")
        if moment is None:
            return letter("appendix.unknown")
        local = moment.astimezone(self.zone)
        return letter(
            "meta.time_format",
            date=self.date(local.date()),
            time=f"{local:%H:%M}",
            zone=self.zone_name(),
        )

    def money(self, money: Money) -> str:
        """`12,500.00 GBP`; in Chinese `人民币 4,270.00 元`, `1,000.00 港元`."""
        amount = money.format().rsplit(" ", 1)[0]
        formats = self.of("letter").get("money.formats")
        template = formats.get(money.currency) if isinstance(formats, dict) else None
        if money.kind == "currency" and template:
            return str(template).format(amount=amount)
        return self.of("letter")("money.other", amount=amount, code=money.currency)

    def price(self, value: object, currency: str) -> str:
        """A unit price keeps all its digits (1.08420 USD, 1,480.00 元)."""
        units = self.of("letter").get("money.price_units")
        unit = units.get(currency) if isinstance(units, dict) else None
        return f"{value:,} {unit or currency}" if value is not None else ""

    def join(self, items: list[str]) -> str:
        letter = self.of("letter")
        if len(items) <= 1:
            return "".join(items)
        head = letter("meta.list_separator").join(items[:-1])
        return head + letter("meta.list_last_separator") + items[-1]
