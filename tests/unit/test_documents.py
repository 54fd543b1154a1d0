"""The letter says exactly what the user entered, in both languages, with every font embedded."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from complaintkit.demo import DEMO_NOW, build_demo
from complaintkit.documents.generate import (
    CHECKLIST_PDF,
    LETTER_PDF,
    LETTER_TEXT,
    GenerationCancelled,
    generate,
)
from complaintkit.documents.letter import compose_letter, mask_account
from complaintkit.documents.render_pdf import render_pdf
from complaintkit.domain import Case

DEMOS = ["zh_CN", "en"]


def squash(text: str) -> str:
    """Text without white space: PDF extraction breaks lines wherever the layout wrapped them."""
    return re.sub(r"\s+", "", text)


FOOTER = re.compile(r"CK-[0-9A-Z-]+\s*·\s*(第\s*\d+\s*页，共\s*\d+\s*页|page\s+\d+\s+of\s+\d+)")


def pdf_text(data: bytes | Path) -> str:
    """The text of all pages, without the page footers (so text flowing over a page
    break reads as one)."""
    reader = PdfReader(io.BytesIO(data) if isinstance(data, bytes) else data)
    return "\n".join(FOOTER.sub("", page.extract_text()) for page in reader.pages)


def render_letter(case: Case, language: str, source=None) -> bytes:
    buffer = io.BytesIO()
    render_pdf(compose_letter(case, language, DEMO_NOW, source), buffer)
    return buffer.getvalue()


def demo_facts(case: Case, language: str = "en") -> list[str]:
    """Every fact of the demo a complaints department needs to find in the letter."""
    from zoneinfo import ZoneInfo

    from complaintkit.documents.wording import Words

    money = Words(language, "letter", ZoneInfo(case.problem.timezone)).money
    facts = [
        case.claimant.full_name,
        case.claimant.email,
        case.claimant.phone,
        case.platform.name,
        case.platform.complaint_email,
        case.platform.account_id[-4:],
        case.reference,
        money(case.remedy.compensation),
        *case.problem.error_messages,
        *[line for line in case.problem.narrative.split("\n") if line],
        *[money(m) for m in case.computed_loss()],
    ]
    for trade in case.trades:
        facts += [trade.order_id, trade.instrument, f"{trade.intended_price:,}"]
        facts += [f"{trade.executed_price:,}", money(trade.loss()), trade.note]
    for contact in case.contacts:
        facts += [contact.agent, contact.reference, contact.summary]
        facts += [promise.text for promise in contact.promises]
    for item in case.evidence:
        facts += [item.caption, item.sha256_stored]
    return [fact for fact in facts if fact]


@pytest.mark.parametrize("language", DEMOS)
def test_demo_letter_contains_every_fact(language: str) -> None:
    demo = build_demo(language)
    text = squash(pdf_text(render_letter(demo.case, language, demo.open_bytes)))
    missing = [fact for fact in demo_facts(demo.case, language) if squash(fact) not in text]
    assert missing == []


@pytest.mark.parametrize("language", DEMOS)
def test_letter_states_dates_deadline_and_exhibits(language: str) -> None:
    demo = build_demo(language)
    text = squash(pdf_text(render_letter(demo.case, language, demo.open_bytes)))
    # The letter is dated on generation; the reply deadline is a concrete date after it.
    days = demo.case.remedy.reply_deadline_days
    if language == "zh_CN":
        assert "2026年11月17日" in text
        assert "2026年12月2日" in text and f"{days}天" in text
        assert "未兑现" in text  # the broken promise is named as broken
    else:
        assert "17November2026" in text
        assert "1December2026" in text and f"{days}days" in text
        assert "Notkept" in text
    for number in ("E1", "E2", "E3"):
        assert text.count(number) >= 2, f"{number} is listed and cited"
    # Times carry their zone, in words a reader uses.
    assert "北京时间2026年11月10日09:30" in text if language == "zh_CN" else "(UKtime)" in text


def test_letter_to_the_firm_has_the_full_account_number_unless_the_user_masks_it() -> None:
    case = build_demo("en").case
    assert "NGM-20417733" in squash(pdf_text(render_letter(case, "en")))
    case.mask_account_id = True
    masked = squash(pdf_text(render_letter(case, "en")))
    assert "NGM-20417733" not in masked and "••••7733" in masked
    assert mask_account("1234") == "1234"


def test_loss_worksheet_sums_to_the_amount_claimed() -> None:
    case = build_demo("zh_CN").case
    text = squash(pdf_text(render_letter(case, "zh_CN")))
    # Each amount shows how it was reached; fees paid anyway are not a loss.
    assert "200×(1,492.60−1,480.00)=人民币2,520.00元" in text
    assert "500×(254.80−251.30)=人民币1,750.00元" in text
    assert "合计" in text and "人民币4,270.00元" in text
    assert "手续费、佣金不计入损失" in text
    assert sum(t.loss().amount for t in case.trades) == Decimal("4270.00")


def _fonts(pdf: bytes) -> list[tuple[str, bool]]:
    reader = PdfReader(io.BytesIO(pdf))
    found = {}
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = embedded
    return sorted(found.items())


@pytest.mark.parametrize("language", DEMOS)
def test_every_font_is_embedded(language: str, tmp_path: Path) -> None:
    demo = build_demo(language)
    files = generate(demo.case, language, demo.open_bytes, tmp_path, now=DEMO_NOW)
    for pdf in (files.letter_pdf, files.checklist_pdf):
        fonts = _fonts(pdf.read_bytes())
        assert fonts and all(embedded for _name, embedded in fonts), fonts


@pytest.mark.parametrize("language", DEMOS)
def test_metadata_bookmarks_and_page_numbers(language: str) -> None:
    demo = build_demo(language)
    reader = PdfReader(io.BytesIO(render_letter(demo.case, language, demo.open_bytes)))
    info = reader.metadata
    assert demo.case.platform.name in info.title
    assert info.author == demo.case.claimant.full_name
    assert demo.case.reference in info.subject
    assert str(reader.trailer["/Root"]["/Lang"]) == ("zh-CN" if language == "zh_CN" else "en")
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert len(titles) >= 6
    assert titles[-1] in ("证据附录", "Evidence appendix")
    pages = len(reader.pages)
    last = reader.pages[-1].extract_text()
    assert FOOTER.search(last)
    last = squash(last)
    expected = f"第{pages}页，共{pages}页" if language == "zh_CN" else f"page{pages}of{pages}"
    assert expected in last


def test_paper_size_a4_for_chinese_and_letter_when_chosen_for_english() -> None:
    zh = PdfReader(io.BytesIO(render_letter(build_demo("zh_CN").case, "zh_CN")))
    assert round(float(zh.pages[0].mediabox.width)) == 595
    case = build_demo("en").case
    case.paper_size = "Letter"
    en = PdfReader(io.BytesIO(render_letter(case, "en")))
    assert round(float(en.pages[0].mediabox.width)) == 612


def test_generate_writes_three_files_and_the_text_letter_has_the_same_facts(
    tmp_path: Path,
) -> None:
    demo = build_demo("en")
    progress: list[tuple[int, int]] = []
    files = generate(
        demo.case,
        "en",
        demo.open_bytes,
        tmp_path / "letters",  # the data folder (exhibit cache) is in tmp_path too
        now=DEMO_NOW,
        progress=lambda done, total: progress.append((done, total)),
    )
    written = {p.name for p in (tmp_path / "letters").iterdir()}
    assert written == {LETTER_PDF, CHECKLIST_PDF, LETTER_TEXT}
    assert progress[-1] == (4, 4)
    text = squash(files.letter_text.read_text(encoding="utf-8"))
    missing = [fact for fact in demo_facts(demo.case) if squash(fact) not in text]
    assert missing == []
    assert files.warnings == []


def test_cancelled_generation_writes_nothing(tmp_path: Path) -> None:
    demo = build_demo("en")
    calls = iter([False, False, True])
    out = tmp_path / "letters"  # the data folder (exhibit cache) is in tmp_path too
    with pytest.raises(GenerationCancelled):
        generate(demo.case, "en", demo.open_bytes, out, cancelled=lambda: next(calls, True))
    assert list(out.iterdir()) == []


def test_appendix_can_be_left_out() -> None:
    demo = build_demo("en")
    demo.case.include_appendix = False
    text = pdf_text(render_letter(demo.case, "en", demo.open_bytes))
    assert "Evidence appendix" not in text
    assert "Enclosures" in text


def test_screenshots_stay_legible_and_small() -> None:
    demo = build_demo("zh_CN")
    pdf = render_letter(demo.case, "zh_CN", demo.open_bytes)
    reader = PdfReader(io.BytesIO(pdf))
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == len(demo.case.evidence)
    for image in images:
        assert max(image.image.size) >= 1000, "downscaled, not shrunk to a thumbnail"
    assert len(pdf) < 2_000_000


def test_letter_date_uses_the_case_time_zone() -> None:
    case = build_demo("zh_CN").case
    late_evening_utc = datetime(2026, 11, 16, 20, 0, tzinfo=UTC)  # already the 17th in Shanghai
    buffer = io.BytesIO()
    render_pdf(compose_letter(case, "zh_CN", late_evening_utc), buffer)
    assert "2026年11月17日" in squash(pdf_text(buffer.getvalue()))
