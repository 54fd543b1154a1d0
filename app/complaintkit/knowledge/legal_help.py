"""Legal help for when the scheme route ends or does not exist, per jurisdiction family.

Rows load from resources/data/legal_help.toml and are validated like the
escalation bodies: each has its official source and the date it was checked, and
an edit that drops one fails the tests instead of shipping an unsourced claim.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from complaintkit.domain.models import Case
from complaintkit.knowledge.bodies import LocalText, SourcedRow, shipped_data
from complaintkit.knowledge.recovery import home_country
from complaintkit.paths import resources_dir

HelpKind = Literal["small_claims", "legal_aid", "free_advice", "find_lawyer"]

# Firms abroad: the help that matters is where the user lives.
OFFSHORE = "OFFSHORE"


class LegalHelp(SourcedRow):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    jurisdiction: str
    kind: HelpKind
    name: LocalText
    website: str = Field(pattern=r"^https?://\S+$")
    note: LocalText


class LegalHelpData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    help: tuple[LegalHelp, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_and_known(self) -> LegalHelpData:
        ids = [row.id for row in self.help]
        if len(ids) != len(set(ids)):
            raise ValueError("legal help ids must be unique")
        known = set(shipped_data().jurisdictions)
        for row in self.help:
            if row.jurisdiction not in known:
                raise ValueError(f"{row.id}: unknown jurisdiction {row.jurisdiction}")
        return self

    def for_jurisdiction(self, key: str) -> list[LegalHelp]:
        return [row for row in self.help if row.jurisdiction == key]


def load_legal_help(path: Path | None = None) -> LegalHelpData:
    with (path or resources_dir() / "data" / "legal_help.toml").open("rb") as handle:
        return LegalHelpData.model_validate(tomllib.load(handle))


@cache
def shipped_legal_help() -> LegalHelpData:
    return load_legal_help()


def legal_help_for(case: Case, data: LegalHelpData | None = None) -> tuple[list[LegalHelp], bool]:
    """The rows for the firm's jurisdiction, and whether they are the user's home's instead.

    For a firm abroad (OFFSHORE) or one whose jurisdiction is not known, the help
    is where the user lives (their answer, else a guess from the case's time zone).
    """
    data = data or shipped_legal_help()
    key = case.platform.jurisdiction
    rows = data.for_jurisdiction(key) if key and key != OFFSHORE else []
    if rows:
        return rows, False
    home = home_country(case)
    return data.for_jurisdiction(home) if home else [], True
