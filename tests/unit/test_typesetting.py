"""The letters are typeset as a careful person would print them, in every script.

Each test renders a PDF and reads it back (pdftotext for lines as printed, pypdf
for the text layer), the way a complaints handler would see or copy it.
"""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from complaintkit.demo import build_demo
from complaintkit.documents.letter import compose_letter
from complaintkit.documents.render_pdf import render_pdf
from complaintkit.documents.render_text import render_text
from complaintkit.documents.structure import Document, Paragraph, Section, Table
from complaintkit.documents.typeset import CANNOT_END, CANNOT_START
from complaintkit.domain import Case, Claimant, ContactEvent, Platform, Problem, Promise
from tests.unit.test_documents import squash

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _document(language: str, *sections: Section, opening: list | None = None) -> Document:
    return Document(
        title="Test",
        subject="Test",
        author="Tester",
        language=language,
        reference="CK-T",
        page_size="A4",
        footer="CK-T · {page}/{pages}",
        opening=opening or [],
        sections=list(sections),
    )


def _pdf(document: Document) -> bytes:
    buffer = io.BytesIO()
    render_pdf(document, buffer)
    return buffer.getvalue()


def _printed_lines(pdf: bytes, tmp_path: Path) -> list[str]:
    """The lines as printed, in reading order (poppler's pdftotext)."""
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line.strip() for line in text.splitlines() if line.strip()]


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


CHINESE = (
    "2026年3月16日上午9点30分，我通过贵公司的手机应用提交了提现申请（编号KF202603160193），"
    "金额为人民币12,000.00元。客服（工号8021）表示“将在24小时内处理”，但至今未到账。"
    "我于3月18日、3月20日和3月25日三次致电客服热线，每次均被告知“正在审核中”，"
    "却没有说明审核的理由、所需的材料或预计完成的时间。"
)


def test_chinese_lines_never_start_with_closing_or_end_with_opening_punctuation(
    tmp_path: Path,
) -> None:
    # Many widths, so that a break falls next to every punctuation mark somewhere.
    paragraphs = [Paragraph(CHINESE * 2 + "一" * shift) for shift in range(12)]
    pdf = _pdf(_document("zh_CN", Section("事情经过", paragraphs)))
    lines = _printed_lines(pdf, tmp_path)
    assert len(lines) > 40
    for line in lines:
        assert line[0] not in CANNOT_START, line
        assert line[-1] not in CANNOT_END, line
    # Nothing lost: the text reads back whole.
    assert CHINESE * 2 in "".join(lines)


def _contacts_case() -> Case:
    return Case(
        reference="CK-TABLE",
        claimant=Claimant(full_name="王丽华"),
        platform=Platform(name="紫金矿业证券"),
        problem=Problem(categories=["support"], timezone="Asia/Shanghai"),
        contacts=[
            ContactEvent(
                at=datetime(2026, 3, 16, 9, 30, tzinfo=UTC),
                agent="Compliance Team",
                reference="KF202603160193",
                summary="紫金矿业 601899 提现审核",
                promises=[Promise(text="回电", due=datetime(2026, 3, 17, 9, 30, tzinfo=UTC))],
            )
        ],
    )


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_table_cells_never_break_ids_numbers_times_or_words(
    language: str, tmp_path: Path
) -> None:
    case = _contacts_case()
    pdf = _pdf(compose_letter(case, language, NOW))
    lines = _printed_lines(pdf, tmp_path)
    text = "\n".join(lines)
    for token in ("KF202603160193", "601899", "Compliance"):
        assert token in text, token
    kept = "是否兑现" if language == "zh_CN" else "Kept?"
    header_words = re.findall(r"\S+", kept)
    assert all(word in text for word in header_words)
    overdue = "已逾期" if language == "zh_CN" else "Overdue"
    assert overdue in text


def test_a_narrow_table_keeps_every_id_whole(tmp_path: Path) -> None:
    header = ("时间", "渠道", "客服", "编号", "沟通内容", "承诺", "是否兑现")
    row = (
        "2026-03-16 09:30 UTC+08:00 北京时间 2026年3月16日",
        "未报工号",
        "Compliance Team",
        "KF202603160193",
        "紫金矿业 601899：" + "客服说正在审核，" * 6,
        "24 小时内回电",
        "Overdue",
    )
    pdf = _pdf(_document("zh_CN", Section("联系记录", [Table(header, (row,) * 3, (1,) * 7)])))
    text = "\n".join(_printed_lines(pdf, tmp_path))
    tokens = ("KF202603160193", "601899", "UTC+08:00", "Compliance", "Overdue", "是否兑现")
    for token in (*tokens, "2026年3月16日", "未报工号"):
        assert token in text, token


def test_a_table_row_that_fits_a_page_is_never_cut_across_two() -> None:
    # Each row five lines tall: a row at the foot of a page moves to the next whole.
    said = " ".join(["The agent said the withdrawal was still under review."] * 6)
    rows = tuple((f"Row {n:02d} starts", f"{said} Row {n:02d} ends.") for n in range(40))
    pdf = _pdf(_document("en", Section("Contacts", [Table(("Who", "What"), rows, (1, 4))])))
    pages = [squash(page) for page in _pages(pdf)]
    assert len(pages) > 2
    for index in range(40):
        starts = [n for n, page in enumerate(pages) if f"Row{index:02d}starts" in page]
        ends = [n for n, page in enumerate(pages) if f"Row{index:02d}ends" in page]
        assert starts == ends and len(starts) == 1, index


def test_a_row_taller_than_a_page_still_prints_in_full() -> None:
    # Four long cells share the width: the row is taller than TALL_ROW (it may split).
    said = "The agent said it was under review. " * 30
    long_row = tuple(said + f"END {n}" for n in range(4))
    rows = (long_row, ("a", "b", "c", "after it"))
    table = Table(("1", "2", "3", "4"), rows, (1,) * 4)
    pdf = _pdf(_document("en", Section("Contacts", [Paragraph("x")] * 30 + [table])))
    pages = [squash(page) for page in _pages(pdf)]
    for n in range(4):
        assert any(f"END{n}" in page for page in pages)
    words = sum(page.count("Theagentsaiditwasunderreview.") for page in pages)
    assert words >= 4 * 30 - 4  # a sentence may be cut where the row runs onto a page
    assert any("afterit" in page for page in pages)


ENGLISH = (
    "I withdrew my savings on the morning of 16 March after the platform had shown the "
    "balance as available, and the support agent told me that the transfer would arrive "
    "within one business day. "
)


def test_english_words_keep_their_spaces_in_a_chinese_letter_across_pages() -> None:
    narrative = ("事情经过如下：" + ENGLISH * 3) * 12
    pdf = _pdf(_document("zh_CN", Section("本人陈述", [Paragraph(narrative)] * 2)))
    pages = _pages(pdf)
    assert len(pages) >= 2, "the paragraph crosses a page"
    words = " ".join(page.replace("\n", " ") for page in pages).split()
    glued = [word for word in words if re.fullmatch(r"[A-Za-z]+", word) and len(word) > 12]
    assert not glued, glued[:5]
    assert "I withdrew my savings on the morning of 16 March" in " ".join(words)
    assert " ".join(words).count("support agent told me") == 72


def test_arabic_and_hebrew_print_shaped_and_in_reading_order(tmp_path: Path) -> None:
    arabic, hebrew = "السلام عليكم", "שלום עולם"
    section = Section("Names", [Paragraph(f"{arabic}\n{hebrew}\nOrder 42 {hebrew} done")])
    pdf = _pdf(_document("en", section))
    lines = [unicodedata.normalize("NFKC", line) for line in _printed_lines(pdf, tmp_path)]
    text = "\n".join(lines)
    assert arabic in text and hebrew in text, text
    drawn = "".join(_pages(pdf))
    # Joined: the letters are drawn in their contextual (presentation) forms.
    assert any(0xFE70 <= ord(char) <= 0xFEFF for char in drawn)
    assert "Order 42" in text and "done" in text


def test_control_characters_never_reach_the_text_letter() -> None:
    case = Case(
        reference="CK-CTRL",
        claimant=Claimant(full_name="Ann\x00 Lee"),
        problem=Problem(
            categories=["outage"], narrative="Balance \x1b[31mzero\x1b[0m\x07 at\ttea time\r\n"
        ),
    )
    text = render_text(compose_letter(case, "en", NOW))
    assert not [char for char in text if unicodedata.category(char) == "Cc" and char != "\n"]
    assert "Balance [31mzero[0m at tea time" in text
    assert "Ann Lee" in text
    pdf_text = "".join(_pages(_pdf(compose_letter(case, "en", NOW))))
    assert "\x00" not in pdf_text and "\x1b" not in pdf_text


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_closing_and_the_name_never_part(language: str) -> None:
    closing = "Yours faithfully," if language == "en" else "此致"
    for filler in range(30, 75, 3):
        opening = [Paragraph(f"Line {index}") for index in range(filler)]
        signature = [
            Paragraph(closing, "signature"),
            Paragraph("敬礼！" if language == "zh_CN" else "", "body"),
            Paragraph("Wang Lihua", "signature_right"),
            Paragraph("2026-11-20", "signature_right"),
        ]
        pdf = _pdf(_document(language, Section("Request", signature), opening=opening))
        page = next(page for page in _pages(pdf) if closing in page)
        assert "Wang Lihua" in page and "2026-11-20" in page, filler


def test_a_chinese_letter_indents_its_closing_two_characters_as_chinese_letters_do() -> None:
    # 此致 two characters in, 敬礼！ at the margin (the indent is two ideographic spaces,
    # which the line breaker once dropped as if they were spaces between words).
    pdf = _pdf(compose_letter(build_demo("zh_CN").case, "zh_CN", NOW))
    lines = [
        line.strip(" ")
        for page in PdfReader(io.BytesIO(pdf)).pages
        for line in page.extract_text(extraction_mode="layout").splitlines()
    ]
    assert "\u3000\u3000此致" in lines
    assert "敬礼！" in lines


def test_chinese_headings_print_bold() -> None:
    pdf = _pdf(_document("zh_CN", Section("事情经过", [Paragraph("正文")])))
    reader = PdfReader(io.BytesIO(pdf))
    content = reader.pages[0].get_contents().get_data().decode("latin-1")
    # The CJK font has no bold face: headings are drawn filled and stroked (mode 2).
    assert re.search(r"\b2 Tr\b", content)
    assert "事情经过" in reader.pages[0].extract_text()


def test_brackets_in_right_to_left_text_are_mirrored() -> None:
    from complaintkit.documents.typeset import visual_order

    # Drawn left to right: the parentheses open towards the Hebrew they enclose.
    assert visual_order("שלום (מספר 8821).") == ".(8821 רפסמ) םולש"
    assert visual_order("Hebrew: שלום (מספר 8821).") == "Hebrew: (8821 רפסמ) םולש."
    assert visual_order("abc (אבג) def") == "abc (גבא) def"
