"""Render benchmark: 20 full-HD screenshots, 30 contacts, 10 trades.

Run on demand: `python -m pytest tests/benchmarks/bench_render.py -s`.
Targets on a 2-core machine: under 3 s, under 300 MB peak, PDF under 8 MB.
Peak memory is measured in a fresh child process (ru_maxrss), so the figure
includes Python, reportlab and Pillow themselves.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

CHILD = textwrap.dedent(
    """
    import hashlib, io, json, random, resource, sys, time
    from datetime import timedelta
    from decimal import Decimal
    from pathlib import Path
    from PIL import Image, ImageDraw
    from complaintkit.demo import DEMO_NOW, build_demo
    from complaintkit.documents import generate
    from complaintkit.domain import ContactEvent, EvidenceItem, Promise, Trade

    random.seed(7)
    demo = build_demo("en")
    case = demo.case
    files = {}
    evidence = []
    for index in range(20):
        image = Image.new("RGB", (1920, 1080), "#f6f8fa")
        draw = ImageDraw.Draw(image)
        for row in range(40):
            y = 20 + row * 26
            draw.text((20, y), f"Order {index}-{row} EUR/USD 1.08{row:02d} filled 14:0{row % 10}",
                      fill="#24292f")
            draw.rectangle((900, y, 900 + random.randint(50, 900), y + 18), fill="#1f6feb")
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        data = buffer.getvalue()
        digest = hashlib.sha256(data).hexdigest()
        files[digest] = data
        evidence.append(EvidenceItem(id=f"e{index}", caption=f"Screenshot {index}",
                                     original_name=f"shot{index}.png", media_type="image/png",
                                     size=len(data), sha256_original=digest, sha256_stored=digest,
                                     captured_at=DEMO_NOW - timedelta(hours=index)))
    # Unlink the demo's own evidence first: a case never refers to evidence it lacks.
    case.contacts, case.trades, case.problem.evidence_ids = [], [], []
    case.evidence = evidence
    case.problem.evidence_ids = ["e0"]
    case.trades = [
        Trade(order_id=f"T-{index}", instrument="EUR/USD", quantity=Decimal(100000),
              currency="USD", intended_price=Decimal("1.08420"),
              executed_price=Decimal("1.08310") + Decimal(index) / 100000,
              sent_at=DEMO_NOW - timedelta(days=3, minutes=index),
              executed_at=DEMO_NOW - timedelta(days=3, minutes=index) + timedelta(seconds=4),
              evidence_ids=[f"e{index}"])
        for index in range(10)
    ]
    case.contacts = [
        ContactEvent(at=DEMO_NOW - timedelta(days=30 - index), agent=f"Agent {index}",
                     reference=f"NM-{55000 + index}",
                     summary="Asked again about the withdrawal and the requoted orders. " * 2,
                     promises=[Promise(text="Call back", due=DEMO_NOW - timedelta(days=20 - index),
                                       kept=False)] if index % 3 == 0 else [],
                     evidence_ids=[f"e{index % 20}"])
        for index in range(30)
    ]
    case.remedy.compensation = None
    out = Path(sys.argv[1])
    start = time.perf_counter()
    result = generate(case, "en", lambda item: files[item.sha256_stored], out, now=DEMO_NOW)
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": round(elapsed, 2), "peak_mb": round(peak_mb),
                      "pdf_mb": round(result.letter_pdf.stat().st_size / 1e6, 2),
                      "pages": None}))
    """
)


def test_render_benchmark(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    from pypdf import PdfReader

    figures["pages"] = len(PdfReader(tmp_path / "complaint-letter.pdf").pages)
    print(f"\nrender benchmark: {figures} (targets: <3 s, <300 MB, <8 MB)")
