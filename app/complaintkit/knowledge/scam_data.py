"""Recovery routes and where to report a scam: loaded and validated from resources/data/scam.

Like the escalation bodies, every row carries the official page it was checked
against and the date; loading refuses unknown keys and rows without a source, so
an edit that drops one fails the tests instead of shipping an unsourced claim.
"""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from complaintkit.domain.enums import CardScheme
from complaintkit.knowledge.bodies import ClaimLimit, LocalText, SourcedRow
from complaintkit.paths import resources_dir

ServiceRole = Literal["police", "report", "helpline", "warning_list"]


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Sourced(SourcedRow):
    note: LocalText


class CardSchemeLimit(_Sourced):
    scheme: CardScheme
    name: LocalText
    # Calendar days from the transaction, or from the date the service was expected.
    dispute_days: int = Field(ge=1, le=365)
    # Never later than this many days after the transaction.
    max_days: int = Field(ge=1, le=1000)


class AppReimbursement(_Sourced):
    country: str
    name: LocalText
    in_force_from: date
    claim_limit: ClaimLimit
    max_excess: ClaimLimit
    claim_within_months: int = Field(ge=1, le=120)


class RecoveryData(_Row):
    card_scheme: tuple[CardSchemeLimit, ...] = Field(min_length=1)
    app_reimbursement: AppReimbursement
    bank_recall: _Sourced
    crypto_records: _Sourced

    def card_limit(self, scheme: CardScheme | None) -> CardSchemeLimit | None:
        return next((row for row in self.card_scheme if row.scheme is scheme), None)


class Country(_Row):
    key: str = Field(pattern=r"^[A-Z]{2}$")
    timezones: tuple[str, ...] = ()


class ReportingService(_Sourced):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    country: str
    role: ServiceRole
    name: LocalText
    hotline: str = ""
    website: str = Field(default="", pattern=r"^(https?://\S+)?$")


class ReportingData(_Row):
    country: tuple[Country, ...] = Field(min_length=1)
    service: tuple[ReportingService, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> ReportingData:
        keys = [country.key for country in self.country]
        ids = [service.id for service in self.service]
        if len(ids) != len(set(ids)) or len(keys) != len(set(keys)):
            raise ValueError("service ids and country keys must be unique")
        for service in self.service:
            if service.country not in keys:
                raise ValueError(f"{service.id}: unknown country {service.country}")
        for key in keys:
            roles = {s.role for s in self.service if s.country == key}
            if "police" not in roles:
                raise ValueError(f"country {key} has no police service")
        return self

    def countries(self) -> list[str]:
        return [country.key for country in self.country]

    def for_country(self, key: str) -> list[ReportingService]:
        return [service for service in self.service if service.country == key]

    def country_of_zone(self, zone: str) -> str:
        """The country whose time zones include `zone`, or "" when none does."""
        return next((c.key for c in self.country if zone in c.timezones), "")


def _load(path: Path) -> dict[str, object]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def load_recovery_data(path: Path | None = None) -> RecoveryData:
    return RecoveryData.model_validate(
        _load(path or resources_dir() / "data" / "scam" / "recovery_routes.toml")
    )


def load_reporting_data(path: Path | None = None) -> ReportingData:
    return ReportingData.model_validate(
        _load(path or resources_dir() / "data" / "scam" / "reporting.toml")
    )


@cache
def shipped_recovery_data() -> RecoveryData:
    return load_recovery_data()


@cache
def shipped_reporting_data() -> ReportingData:
    return load_reporting_data()
