"""The wizard's steps and their order. No Qt: completeness and the review name steps by id."""

from __future__ import annotations

from enum import StrEnum


class StepId(StrEnum):
    PLATFORM = "platform"
    CLAIMANT = "claimant"
    PROBLEM = "problem"
    TIMELINE = "timeline"
    TRADES = "trades"
    EVIDENCE = "evidence"
    CONTACTS = "contacts"
    REMEDY = "remedy"
    REVIEW = "review"


STEP_ORDER: tuple[StepId, ...] = tuple(StepId)
