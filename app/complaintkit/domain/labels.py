"""User-visible names of enum members, from the locale catalogs."""

from __future__ import annotations

from enum import StrEnum

from complaintkit.locales import lookup


def label(member: StrEnum, language: str) -> str:
    """`label(ProblemCategory.OUTAGE, "zh_CN")` -> "系统崩溃、无法交易"."""
    return str(lookup(language, "domain", f"enums.{type(member).__name__}.{member.value}"))
