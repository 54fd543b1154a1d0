"""Render benchmarks: the whole `complaintkit render --case` process, as a user runs it.

Run on demand: `python -m pytest tests/benchmarks/bench_render.py -s`.

Cases (issue 16), with targets on a 2-core machine:
- 0 screenshots, 30 contacts;
- 20 full-HD screenshots, 30 contacts, 10 orders: under 2 s wall;
- the same case rendered again (prepared images cached): under 1 s;
- 80 screenshots: under 6 s, letter PDF under 8 MB;
- 1,000 contacts, no screenshots: under 3 s.
Beside each figure with screenshots, the floor: Pillow alone decoding, scaling and
re-encoding the same images on the same cores (threads, as the app does).
Wall and CPU time are both reported (CPU of the child process, all threads), the median
of three runs with the spread: on a shared machine wall time depends on what else runs,
CPU time much less, and this VM's speed drifts by a third within minutes.
"""

from __future__ import annotations

import io
import json
import os
import random
import resource
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
RUN_CLI = "import sys; from complaintkit.cli import main; sys.exit(main())"


def _screenshot(index: int) -> bytes:
    rng = random.Random(index)
    image = Image.new("RGB", (1920, 1080), "#f6f8fa")
    draw = ImageDraw.Draw(image)
    for row in range(40):
        y = 20 + row * 26
        draw.text(
            (20, y),
            f"Order {index}-{row} EUR/USD 1.08{row:02d} filled 14:0{row % 10}",
            fill="#24292f",
        )
        draw.rectangle((900, y, 900 + rng.randint(50, 900), y + 18), fill="#1f6feb")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _case_json(folder: Path, screenshots: int, contacts: int, orders: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    evidence = []
    for index in range(screenshots):
        name = f"shot{index}.png"
        (folder / name).write_bytes(_screenshot(index))
        evidence.append(
            {
                "id": f"e{index}",
                "caption": f"Screenshot {index}",
                "original_name": name,
                "media_type": "image/png",
                "path": name,
                "captured_at": (NOW - timedelta(hours=index)).isoformat(),
            }
        )
    cited = [f"e{index}" for index in range(screenshots)]
    case = {
        "reference": "CK-BENCH",
        "letter_language": "en",
        "claimant": {"full_name": "Ann Lee", "email": "ann@example.com"},
        "platform": {"name": "Example Markets Ltd", "account_id": "88120044"},
        "problem": {
            "categories": ["slow_server", "withdrawal"],
            "timezone": "Europe/London",
            "started_at": (NOW - timedelta(days=40)).isoformat(),
            "narrative": "Orders were requoted and filled late during the news. " * 20,
            "evidence_ids": cited[:1],
        },
        "trades": [
            {
                "order_id": f"T-{index}",
                "instrument": "EUR/USD",
                "quantity": "100000",
                "currency": "USD",
                "intended_price": "1.08420",
                "executed_price": f"{1.08310 + index / 100000:.5f}",
                "sent_at": (NOW - timedelta(days=3, minutes=index)).isoformat(),
                "executed_at": (NOW - timedelta(days=3, minutes=index, seconds=-4)).isoformat(),
                "evidence_ids": cited[index : index + 1],
            }
            for index in range(orders)
        ],
        "contacts": [
            {
                "at": (NOW - timedelta(days=30, minutes=-index * 7)).isoformat(),
                "agent": f"Agent {index}",
                "reference": f"NM-{55000 + index}",
                "summary": "Asked again about the withdrawal and the requoted orders. " * 2,
                "promises": [{"text": "Call back", "due": (NOW - timedelta(days=20)).isoformat()}]
                if index % 3 == 0
                else [],
                "evidence_ids": cited[index % screenshots : index % screenshots + 1]
                if screenshots
                else [],
            }
            for index in range(contacts)
        ],
        "evidence": evidence,
        "remedy": {"kinds": ["compensation", "written_explanation"]},
    }
    path = folder / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    return path


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, all threads) of a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert result.returncode == 0, result.stderr
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return round(wall, 2), round(cpu, 2)


FLOOR = textwrap.dedent(
    """
    import io, os, sys
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path
    from PIL import Image

    # The pixels and quality the letter's appendix embedded (read from its PDF).
    width, quality = int(sys.argv[2]), int(sys.argv[3])

    def work(path):
        image = Image.open(path)
        image.load()
        image = image.convert("RGB")
        if image.width != width:
            size = (width, round(image.height * width / image.width))
            image = image.resize(size, Image.Resampling.BICUBIC)
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=quality, subsampling=0, optimize=True)
        return len(buffer.getvalue())

    paths = sorted(Path(sys.argv[1]).glob("*.png"))
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        print(sum(pool.map(work, paths)))
    """
)


THOUSAND = textwrap.dedent(
    """
    import sys, tempfile
    from pathlib import Path
    from complaintkit.documents.generate import generate
    from complaintkit.documents.case_file import load_case_file

    case = load_case_file(Path(sys.argv[1]), "en")
    case = case.model_copy(update={"contacts": case.contacts * 2})
    with tempfile.TemporaryDirectory() as out:
        generate(case, "en", lambda item: b"", Path(out))
    """
)


RUNS = 3


def _median(runs: list[tuple[float, float]]) -> str:
    """Median wall and CPU seconds of the runs, with the spread of the wall times."""
    walls = sorted(wall for wall, _cpu in runs)
    cpus = sorted(cpu for _wall, cpu in runs)
    middle = len(runs) // 2
    return (
        f"{walls[middle]} s wall / {cpus[middle]} s CPU"
        f" (median of {len(runs)}, wall {walls[0]}-{walls[-1]} s)"
    )


def _embedded(pdf: Path) -> tuple[int, int]:
    """Width of the first screenshot as embedded, and the quality of that setting."""
    from pypdf import PdfReader

    from complaintkit.documents.exhibit_layout import COLUMN_MM
    from complaintkit.documents.exhibits import SETTINGS

    reader = PdfReader(pdf)
    width = next(image.image.width for page in reader.pages for image in page.images)
    dpi = width / (COLUMN_MM / 25.4)
    _dpi, quality = min(SETTINGS, key=lambda setting: abs(min(setting[0], 290) - dpi))
    return width, quality


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def test_render_benchmark(tmp_path: Path) -> None:
    env = dict(os.environ)
    # The installed entry point, as a user runs it.
    script = Path(sys.executable).parent / "complaintkit"
    cli = [str(script)] if script.exists() else [sys.executable, "-c", RUN_CLI]
    cases = {
        "0 screenshots, 30 contacts": (0, 30, 10),
        "20 full-HD screenshots, 30 contacts, 10 orders": (20, 30, 10),
        "80 screenshots": (80, 30, 10),
        # A case holds at most 500 contacts (domain limits): the CLI's largest case.
        "500 contacts, no screenshots": (0, 500, 10),
    }
    lines = []
    for name, (shots, contacts, orders) in cases.items():
        folder = tmp_path / name.split()[0].replace(",", "")
        case = _case_json(folder, shots, contacts, orders)
        out = folder / "out"
        command = [*cli, "render", "--case", str(case), "--out", str(out)]
        cold, floor, again = [], [], []
        for run in range(RUNS):
            # Each first render with a cold exhibit cache; then the floor and a second
            # render right after it, so the three see the machine at the same speed.
            env["COMPLAINTKIT_HOME"] = str(folder / f"home{run}")
            cold.append(_timed(command, env))
            if shots:
                width, quality = _embedded(out / "complaint-letter.pdf")
                floor_command = [sys.executable, "-c", FLOOR, str(folder), str(width), str(quality)]
                floor.append(_timed(floor_command, env))
                again.append(_timed(command, env))
        letter = out / "complaint-letter.pdf"
        row = (
            f"{name}: {_median(cold)}, letter {letter.stat().st_size / 1e6:.2f} MB, "
            f"{_pages(letter)} pages"
        )
        if shots:
            row += f"; Pillow alone: {_median(floor)}; rendered again (cached): {_median(again)}"
        lines.append(row)
        print("\n  " + row, flush=True)
    # 1,000 contacts (the figure) is more than a case may hold, so the same
    # letter is built from the 500-contact case with its contact list doubled.
    folder = tmp_path / "500"
    env["COMPLAINTKIT_HOME"] = str(folder / "home")
    thousand = [
        _timed([sys.executable, "-c", THOUSAND, str(folder / "case.json")], env)
        for _ in range(RUNS)
    ]
    lines.append(f"1,000 contacts (library, whole process): {_median(thousand)}")
    print("\nrender benchmark (whole CLI process, shared 2-core machine):")
    for line in lines:
        print("  " + line)
