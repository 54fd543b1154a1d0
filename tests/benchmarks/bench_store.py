"""How long the store takes with a realistic case: 30 contacts, 20 evidence items.

Run: `python -m pytest tests/benchmarks/bench_store.py -s` (or run this file directly).
Prints median timings; asserts only generous ceilings so a regression is noticed.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw

from complaintkit.domain import (
    Case,
    Claimant,
    ContactEvent,
    Money,
    Platform,
    Problem,
    Promise,
    Remedy,
    Trade,
)
from complaintkit.store import CaseStore


def _screenshot(index: int) -> bytes:
    image = Image.new("RGB", (1170, 2532), (245, 245, 245))
    draw = ImageDraw.Draw(image)
    for row in range(40):
        y = 80 + row * 60
        draw.rectangle((40, y, 1130, y + 40), fill=((index * 37 + row * 11) % 255, 120, 200))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _case(store: CaseStore) -> tuple[Case, list[float]]:
    import_times = []
    evidence = []
    for index in range(20):
        data = _screenshot(index)
        started = time.perf_counter()
        evidence.append(
            store.attachments.import_file(data, f"截图{index}.png", caption=f"第{index}张")
        )
        import_times.append(time.perf_counter() - started)
    start = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
    contacts = [
        ContactEvent(
            at=start + timedelta(days=n),
            agent=f"客服 {n}",
            reference=f"T-{n:05d}",
            summary="客服表示会在三个工作日内回复，并要求提供交易截图。" * 20,
            promises=[
                Promise(text="三个工作日内回复", due=start + timedelta(days=n + 3), kept=False)
            ],
            outcome="未解决",
            evidence_ids=[evidence[n % 20].id],
        )
        for n in range(30)
    ]
    trades = [
        Trade(
            order_id=f"O{n}",
            instrument="00700.HK",
            quantity=Decimal(100 + n),
            currency="HKD",
            intended_price=Decimal("320.00"),
            executed_price=Decimal("323.40"),
        )
        for n in range(10)
    ]
    case = Case(
        title="下单延迟导致滑点损失",
        claimant=Claimant(
            full_name="李伟", email="li.wei@example.com", postal_address="上海市" * 10
        ),
        platform=Platform(name="某证券", complaint_email="complaints@example.com"),
        problem=Problem(narrative="三月十四日开盘时，下单后三分钟才成交。" * 200),
        trades=trades,
        evidence=evidence,
        contacts=contacts,
        remedy=Remedy(compensation=Money(amount=Decimal("3740.00"), currency="HKD")),
    )
    return case, import_times


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def run(root: Path, repeats: int = 50) -> dict[str, float]:
    results: dict[str, float] = {}
    with CaseStore(root) as store:
        case, import_times = _case(store)
        results["import 1170x2532 PNG screenshot (median)"] = _median_ms(import_times)
        stored = store.create(case)
        results["case JSON size (KiB)"] = len(stored.model_dump_json()) / 1024

        saves, loads = [], []
        for n in range(repeats):
            stored.title = f"下单延迟导致滑点损失 {n}"
            started = time.perf_counter()
            store.save(stored)
            saves.append(time.perf_counter() - started)
            started = time.perf_counter()
            store.load(stored.id)
            loads.append(time.perf_counter() - started)
        results["save (median, durable)"] = _median_ms(saves)
        results["save (max)"] = max(saves) * 1000
        results["load (median)"] = _median_ms(loads)

        for n in range(99):
            copy = stored.model_copy(deep=True)
            copy.id = f"{n:032x}"
            copy.reference = ""
            store.create(copy)
        started = time.perf_counter()
        listed = store.list_cases()
        results["list 100 cases"] = (time.perf_counter() - started) * 1000
        assert len(listed) == 100
        started = time.perf_counter()
        store.list_cases("三分钟 某证券")
        results["search 100 cases (CJK)"] = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        store.attachments.thumbnail(case.evidence[0].sha256_stored)
        results["first thumbnail 256 px"] = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        store.backup_now()
        results["backup 100 cases"] = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    with CaseStore(root):
        results["open with 100 cases (integrity check)"] = (time.perf_counter() - started) * 1000
    return results


def test_store_benchmark() -> None:
    with tempfile.TemporaryDirectory() as folder:
        results = run(Path(folder) / "home")
    for name, value in results.items():
        unit = "" if "KiB" in name else " ms"
        print(f"{name:45s} {value:9.1f}{unit}")
    assert results["save (median, durable)"] < 250
    assert results["load (median)"] < 250


if __name__ == "__main__":
    test_store_benchmark()
