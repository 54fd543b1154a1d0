"""Advice that depends on what kind of platform the firm is (wording in knowledge.toml)."""

from __future__ import annotations

from complaintkit.domain.enums import PlatformKind
from complaintkit.locales import lookup


def platform_advice(kind: PlatformKind, jurisdiction: str, language: str) -> list[str]:
    """Short sentences for the checklist: what to check or keep for this kind of firm."""
    keys: list[str] = []
    if kind in (PlatformKind.BINARY_OPTIONS, PlatformKind.FOREX_CFD) or jurisdiction == "OFFSHORE":
        keys += ["check_register", "check_warnings", "fraud_records"]
    if kind is PlatformKind.BINARY_OPTIONS:
        keys.append("binary_options")
    if kind is PlatformKind.CRYPTO_EXCHANGE:
        keys += ["crypto_licence", "crypto_scheme"]
    return [str(lookup(language, "knowledge", f"advice.{key}")) for key in keys]
