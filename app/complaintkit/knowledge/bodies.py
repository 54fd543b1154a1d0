"""Escalation bodies: where a complaint can go when the firm does not resolve it.

The facts live in resources/data/escalation/bodies.toml, each row with the
official page it was checked against and the date. Loading validates every row
(unknown keys refused, source and last-checked date required), so a data edit
that drops its source fails the tests instead of shipping an unsourced claim.
"""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from complaintkit.domain.enums import Language, PlatformKind, ProblemCategory
from complaintkit.domain.models import Case
from complaintkit.domain.money import Money
from complaintkit.domain.timing import Wait
from complaintkit.locales import lookup
from complaintkit.paths import resources_dir

Role = Literal[
    "ombudsman", "mediation", "hotline", "regulator", "arbitration", "pointer", "notice",
    "warning_list",
]
# Bodies a complaint can be taken to (a letter may name them). A pointer says where
# to look, a notice states a fact the user must know, a warning list is checked.
COMPLAINT_ROLES: frozenset[str] = frozenset(
    {"ombudsman", "mediation", "hotline", "regulator", "arbitration"}
)


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourcedRow(_Row):
    """A row of shipped facts about the world (a body, a route, a helpline): where it was
    read and when, never a date still to come. Every data file's rows build on it."""

    source: str = Field(pattern=r"^https?://\S+$")
    verified_via: str = ""
    last_checked: date

    @field_validator("last_checked")
    @classmethod
    def _not_in_the_future(cls, value: date) -> date:
        if value > date.today():
            raise ValueError("last_checked is in the future")
        return value


class LocalText(_Row):
    en: str = Field(min_length=1)
    zh_CN: str = Field(min_length=1)

    def __call__(self, language: str) -> str:
        return self.zh_CN if Language(language) is Language.ZH_CN else self.en


class TimeLimit(_Row):
    # Counted from the firm's final response, from when the user first knew of the loss,
    # or from the event itself (the problem's start).
    from_: Literal["final_response", "knowledge_of_loss", "event"] = Field(alias="from")
    months: int = Field(ge=1, le=240)


class WaitRule(_Row):
    """How long the firm has before the body opens: calendar days or business days."""

    days: int | None = Field(default=None, ge=1, le=365)
    business_days: int | None = Field(default=None, ge=1, le=365)
    # Public holidays for business days, e.g. "GB-ENG" (England and Wales).
    holiday_calendar: str = ""

    @model_validator(mode="after")
    def _one_unit(self) -> WaitRule:
        if (self.days is None) == (self.business_days is None):
            raise ValueError("a wait has either days or business_days")
        return self

    def wait(self) -> Wait:
        if self.business_days is not None:
            return Wait(self.business_days, "business_days", self.holiday_calendar)
        assert self.days is not None
        return Wait(self.days)


class ClaimLimit(_Row):
    amount: Decimal = Field(gt=0)
    currency: str

    def money(self) -> Money:
        return Money(amount=self.amount, currency=self.currency)


class EscalationBody(SourcedRow):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    jurisdiction: str
    role: Role
    name: LocalText
    # The name inside a sentence where the language needs it ("the Financial Ombudsman Service").
    sentence_name: LocalText | None = None
    note: LocalText
    # A condition the user must check before relying on the body (shown, never assumed).
    eligibility: LocalText | None = None
    # "web_form": the body takes complaints through its own form (text to paste, no letter).
    intake: Literal["letter", "web_form"] = "letter"
    platform_kinds: tuple[PlatformKind, ...] = ()  # empty: every kind
    problem_categories: tuple[ProblemCategory, ...] = ()  # empty: every category
    requires_written_complaint: bool
    # The firm's final response ends the waiting period early.
    final_response_ends_wait: bool = False
    wait: WaitRule | None = None
    wait_by_platform_kind: dict[PlatformKind, WaitRule] = Field(default_factory=dict)
    time_limits: tuple[TimeLimit, ...] = ()
    claim_limit: ClaimLimit | None = None
    hotline: str = ""
    email: str = ""
    website: str = ""
    address: str = ""

    def handles(self, kind: PlatformKind, categories: list[ProblemCategory]) -> bool:
        if self.platform_kinds and kind not in self.platform_kinds:
            return False
        if self.problem_categories and categories:
            return any(category in self.problem_categories for category in categories)
        return True

    def wait_for(self, kind: PlatformKind) -> Wait | None:
        rule = self.wait_by_platform_kind.get(kind, self.wait)
        return rule.wait() if rule is not None else None

    @property
    def takes_complaints(self) -> bool:
        """A body a complaint goes to, as opposed to a pointer, a notice or a warning list."""
        return self.role in COMPLAINT_ROLES

    def in_sentence(self, language: str) -> str:
        return (self.sentence_name or self.name)(language)


class EscalationData(_Row):
    jurisdictions: tuple[str, ...] = Field(min_length=1)
    body: tuple[EscalationBody, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> EscalationData:
        ids = [body.id for body in self.body]
        if len(ids) != len(set(ids)):
            raise ValueError("escalation body ids must be unique")
        for body in self.body:
            if body.jurisdiction not in self.jurisdictions:
                raise ValueError(f"{body.id}: unknown jurisdiction {body.jurisdiction}")
        for key in self.jurisdictions:
            if not any(body.jurisdiction == key for body in self.body):
                raise ValueError(f"jurisdiction {key} has no body")
        return self

    def by_id(self, body_id: str) -> EscalationBody | None:
        return next((body for body in self.body if body.id == body_id), None)

    def in_jurisdiction(self, key: str) -> list[EscalationBody]:
        return [body for body in self.body if body.jurisdiction == key]


def data_path() -> Path:
    return resources_dir() / "data" / "escalation" / "bodies.toml"


def load_escalation_data(path: Path | None = None) -> EscalationData:
    """Parse and validate the data file; pydantic's ValidationError names the bad row."""
    with (path or data_path()).open("rb") as handle:
        return EscalationData.model_validate(tomllib.load(handle))


@cache
def shipped_data() -> EscalationData:
    """The data shipped with the app (read once; it does not change while running)."""
    return load_escalation_data()


def jurisdictions(language: str, data: EscalationData | None = None) -> list[tuple[str, str]]:
    """(key, label) pairs for the platform step's combo box, in data order."""
    data = data or shipped_data()
    return [
        (key, str(lookup(language, "knowledge", f"jurisdictions.{key}")))
        for key in data.jurisdictions
    ]


def body_name(body_id: str, language: str, data: EscalationData | None = None) -> str | None:
    body = (data or shipped_data()).by_id(body_id)
    return body.name(language) if body is not None else None


# Which body the letter names when the user has not chosen one: an ombudsman
# (it can award money), then a complaints hotline (12386 passes the complaint on and
# the firm must answer), mediation, a regulator, a fee-based forum; never the rest.
_ROLE_ORDER: tuple[Role, ...] = (
    "ombudsman", "hotline", "mediation", "regulator", "arbitration", "pointer", "notice",
    "warning_list",
)


def bodies_for_case(case: Case, data: EscalationData | None = None) -> list[EscalationBody]:
    """The bodies of the case's jurisdiction that handle its platform kind and problems."""
    data = data or shipped_data()
    found = [
        body
        for body in data.in_jurisdiction(case.platform.jurisdiction)
        if body.handles(case.platform.kind, case.problem.categories)
    ]
    return sorted(found, key=lambda body: _ROLE_ORDER.index(body.role))


def chosen_or_suggested_body(
    case: Case, data: EscalationData | None = None
) -> EscalationBody | None:
    """The body the user chose, else the first that fits the case's jurisdiction.

    Only bodies that take complaints: a warning list is checked, a pointer or a notice
    is advice, and none of them is somewhere a letter says the complaint will go.
    """
    data = data or shipped_data()
    if case.escalation_body:
        chosen = data.by_id(case.escalation_body)
        if chosen is not None and chosen.takes_complaints:
            return chosen
    candidates = [body for body in bodies_for_case(case, data) if body.takes_complaints]
    return candidates[0] if candidates else None
