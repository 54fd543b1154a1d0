"""Which channel to use, by how urgent the problem is (issue 20).

A stolen account or an unauthorised trade or withdrawal cannot wait for a letter:
the fastest channel first (phone, the app's own freeze or lock), then written
confirmation. Everything else is better in writing, where every word is on record.
The wording lives in resources/locales/<lang>/support.toml under [urgency].
"""

from __future__ import annotations

from complaintkit.domain.enums import ProblemCategory
from complaintkit.domain.models import Case

# The order the advice is given in: the urgent one first.
_ORDER = [
    ProblemCategory.SECURITY,
    ProblemCategory.WITHDRAWAL,
    ProblemCategory.FROZEN,
    ProblemCategory.WRONG_EXECUTION,
    ProblemCategory.SLOW_SERVER,
    ProblemCategory.OUTAGE,
    ProblemCategory.DISPUTE,
    ProblemCategory.SUPPORT,
]

URGENT = frozenset({ProblemCategory.SECURITY})


def channel_advice(case: Case) -> list[tuple[ProblemCategory, bool]]:
    """(category, urgent) for each category of the case, urgent first."""
    chosen = set(case.problem.categories)
    return [(category, category in URGENT) for category in _ORDER if category in chosen]


def advice_key(category: ProblemCategory) -> str:
    return f"urgency.{category.value}"
