"""The largest case the limits allow still saves quickly (goal: under 50 ms).

Every text at its field limit (domain.limits), in Chinese (3 bytes a character in
UTF-8), and trades with full-length notes added until the case is just under the
store's budget for one case (MAX_CASE_BYTES). Prints the median and the slowest
of 30 durable saves; a regression shows as a number, not a failing unit test.

Run: `python -m pytest tests/benchmarks/bench_largest_case.py -s`.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import pytest

from complaintkit.domain import Case, Claimant, Platform, Problem, Trade, limits
from complaintkit.store import CaseStore, StoreError
from complaintkit.store.case_store import MAX_CASE_BYTES

GOAL_MS = 50


def _text(characters: int) -> str:
    return ("交易延迟导致损失" * (characters // 8 + 1))[:characters]


def largest_case() -> Case:
    case = Case(
        title=_text(limits.LINE_CHARS),
        claimant=Claimant(full_name=_text(limits.LINE_CHARS), postal_address=_text(10_000)),
        platform=Platform(name=_text(limits.LINE_CHARS)),
        problem=Problem(
            narrative=_text(limits.NARRATIVE_CHARS),
            error_messages=[_text(limits.ERROR_MESSAGE_CHARS)] * 10,
        ),
    )
    note = _text(limits.TEXT_CHARS)
    while True:
        trade = Trade(order_id=f"O{len(case.trades)}", quantity=Decimal(100), note=note)
        trial = case.model_copy(update={"trades": [*case.trades, trade]})
        if len(trial.model_dump_json().encode()) > MAX_CASE_BYTES - 4096:
            return case
        case.trades.append(trade)


def test_the_largest_case_the_limits_allow_saves_quickly() -> None:
    case = largest_case()
    size = len(case.model_dump_json().encode())
    with tempfile.TemporaryDirectory() as folder, CaseStore(Path(folder)) as store:
        stored = store.create(case)
        saves, cpu = [], []
        for n in range(30):
            stored.problem.narrative = _text(limits.NARRATIVE_CHARS - 1 - n % 2)  # a keystroke
            started, started_cpu = time.perf_counter(), time.process_time()
            store.save(stored)
            saves.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        median, slowest = statistics.median(saves) * 1000, max(saves) * 1000
        stored.trades.append(Trade(note=_text(limits.TEXT_CHARS)))
        stored.trades.append(Trade(note=_text(limits.TEXT_CHARS)))
        with pytest.raises(StoreError):
            store.save(stored)
    print(
        f"\nlargest case: {size / 1024:.0f} KiB JSON, {len(case.trades)} trades with full"
        f" notes; save median {median:.1f} ms, slowest {slowest:.1f} ms (goal {GOAL_MS} ms);"
        f" CPU time median {statistics.median(cpu) * 1000:.1f} ms (less sensitive to a busy"
        " machine)"
    )
    assert median < GOAL_MS * 3  # a generous ceiling: the machine may be shared


if __name__ == "__main__":
    test_the_largest_case_the_limits_allow_saves_quickly()
