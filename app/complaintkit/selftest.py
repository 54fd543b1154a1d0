"""`complaintkit self-test`: prove an installed or frozen app has everything it needs.

Renders both demo cases into a temporary folder and checks what a user would
notice if something were missing from the build: the three files exist, the PDFs
are PDFs with every font embedded, Chinese and English wording and fonts were
found, and the letter says what the case says. The Qt half (the app's window
toolkit and the PDF viewer) lives in `complaintkit.ui.selftest`.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from complaintkit.demo import DEMO_NOW, build_demo
from complaintkit.documents.generate import generate
from complaintkit.paths import resources_dir

Check = tuple[str, bool, str]

_FONT_OBJECT = re.compile(rb"/Type\s*/Font\b")
_EMBEDDED = re.compile(rb"/FontFile2\b")
_BASE14 = re.compile(rb"/BaseFont\s*/(Helvetica|Times|Courier|Symbol|ZapfDingbats)")


def _pdf_problems(data: bytes) -> str:
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        return "not a complete PDF"
    if _BASE14.search(data):
        return "uses an unembedded standard font"
    if not _EMBEDDED.search(data) or not _FONT_OBJECT.search(data):
        return "has no embedded font"
    return ""


def headless_checks(folder: Path) -> list[Check]:
    checks: list[Check] = []
    resources = resources_dir()
    for needed in ("fonts/DroidSansFallbackFull.ttf", "locales/zh_CN/letter.toml"):
        checks.append((f"resource {needed}", (resources / needed).is_file(), str(resources)))
    for language in ("zh_CN", "en"):
        out = folder / language
        try:
            demo = build_demo(language)
            files = generate(demo.case, language, demo.open_bytes, out, now=DEMO_NOW)
        except Exception as error:  # the self-test reports, it does not crash
            checks.append((f"render {language}", False, repr(error)))
            continue
        for pdf in (files.letter_pdf, files.checklist_pdf):
            problem = _pdf_problems(pdf.read_bytes())
            checks.append((f"{language} {pdf.name}", not problem, problem or "ok"))
        text = files.letter_text.read_text(encoding="utf-8")
        says_it = demo.case.claimant.full_name in text and demo.case.reference in text
        checks.append((f"{language} {files.letter_text.name}", says_it, "names and reference"))
        checks.append((f"{language} exhibits", not files.warnings, "; ".join(files.warnings)))
    return checks


def run_self_test(
    qt_checks: Callable[[Path], list[Check]] | None, report: Callable[[str], None] = print
) -> int:
    """Run every check, print one line each; 0 when all pass, 1 otherwise."""
    with tempfile.TemporaryDirectory(prefix="complaintkit-self-test-") as scratch:
        folder = Path(scratch)
        checks = headless_checks(folder)
        if qt_checks is not None:
            checks += qt_checks(folder / "en" / "complaint-letter.pdf")
    for name, passed, detail in checks:
        report(f"{'ok  ' if passed else 'FAIL'} {name}: {detail}")
    failed = [name for name, passed, _ in checks if not passed]
    report("self-test passed" if not failed else f"self-test FAILED: {', '.join(failed)}")
    return 0 if not failed else 1
