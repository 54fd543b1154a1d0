"""The evidence appendix: legible exhibits, several to a page, long captures in parts,
prepared once and kept; and screenshots cited where used, not flooding the time line."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from complaintkit.documents import exhibits
from complaintkit.documents.exhibit_cache import ExhibitCache
from complaintkit.documents.exhibit_layout import HALF_MM, print_width_mm
from complaintkit.documents.generate import generate
from complaintkit.documents.letter import compose_letter
from complaintkit.documents.render_pdf import render_pdf
from complaintkit.documents.structure import Figure, Table
from complaintkit.domain import Case, EvidenceItem, Problem

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _screenshot(width: int, height: int, label: str) -> bytes:
    image = Image.new("RGB", (width, height), "#f6f8fa")
    draw = ImageDraw.Draw(image)
    for row in range(0, height, 60):
        draw.text((30, row + 10), f"{label} row {row // 60}", fill="#24292f")
        draw.rectangle((30, row + 35, width // 2, row + 45), fill="#1f6feb")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _case(sizes: list[tuple[int, int]]) -> tuple[Case, dict[str, bytes]]:
    items, files = [], {}
    for index, (width, height) in enumerate(sizes):
        item = EvidenceItem(
            id=f"e{index}",
            caption=f"Capture {index}",
            original_name=f"shot{index}.png",
            media_type="image/png",
            captured_at=NOW - timedelta(hours=index),
        )
        items.append(item)
        files[item.id] = _screenshot(width, height, f"shot {index}")
    return Case(reference="CK-APPX", evidence=items), files


def _render(case: Case, files: dict[str, bytes], language: str = "en") -> bytes:
    buffer = io.BytesIO()
    render_pdf(compose_letter(case, language, NOW, lambda item: files[item.id]), buffer)
    return buffer.getvalue()


def _appendix_pages(pdf: bytes) -> list[str]:
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    start = next(index for index, text in enumerate(texts) if "Evidence appendix" in text)
    return texts[start:]


def test_phone_captures_print_two_to_a_row_at_a_readable_size() -> None:
    case, files = _case([(1080, 1920)] * 8)
    pages = _appendix_pages(_render(case, files))
    # One exhibit per page made 8 pages; two to a row makes 4.
    assert len(pages) == 4
    assert all(f"E{n} · Capture {n - 1}" in "".join(pages) for n in range(1, 9))
    # A phone's 1080 pixels are 360 on screen: about 79 mm, text about 3 mm tall.
    assert 70 <= print_width_mm(1080, 1920) <= HALF_MM


def test_small_crops_share_a_page() -> None:
    case, files = _case([(500, 300)] * 12)
    pages = _appendix_pages(_render(case, files))
    assert len(pages) <= 3


def test_laptop_captures_that_just_miss_share_a_page_a_little_narrower() -> None:
    # 1280x800 at the column width is 106 mm tall: two with their captions and facts
    # came to just over a page, so each took a page of its own, half of it white.
    case, files = _case([(1280, 800)] * 6)
    pages = _appendix_pages(_render(case, files))
    assert len(pages) == 4  # was 6; the first page also holds the appendix's heading
    assert all(f"E{n} · Capture {n - 1}" in "".join(pages) for n in range(1, 7))
    widths = _image_widths_mm(_render(case, files))
    # The narrower one stays above the legible floor (0.10 mm per screen pixel).
    assert min(widths) >= 128 - 0.5 and max(widths) == pytest.approx(170, abs=0.5)


def test_full_hd_captures_never_print_below_the_legible_floor() -> None:
    case, files = _case([(1920, 1200)] * 3)
    assert min(_image_widths_mm(_render(case, files))) == pytest.approx(170, abs=0.5)


def _image_widths_mm(pdf: bytes) -> list[float]:
    """The width each image is drawn at, in mm, from the pages' drawing operators."""
    widths = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        content = page.get_contents().get_data().decode("latin-1")
        # An image is drawn as "w 0 0 h x y cm /Name Do".
        for width in _DRAWN.findall(content):
            widths.append(float(width) / 72 * 25.4)
    return widths


_DRAWN = re.compile(r"([\d.]+) 0 0 [\d.]+ [\d.-]+ [\d.-]+ cm\s+/\S+ Do")


def test_a_very_tall_capture_prints_in_parts_each_embedded_once() -> None:
    case, files = _case([(1080, 7200)])
    pdf = _render(case, files)
    text = "".join(_appendix_pages(pdf))
    for part in (1, 2, 3):
        assert f"E1 · Capture 0 (part {part} of 3)" in text
    assert "(part 4 of 3)" not in text
    # Wide enough to read: half a column, not the 23 mm of a page-high scaling.
    assert print_width_mm(1080, 7200) > 70
    reader = PdfReader(io.BytesIO(pdf))
    images = {
        name
        for page in reader.pages
        for name in (page.get("/Resources") or {}).get("/XObject", {}).keys()
    }
    assert len(images) == 1, "the image is embedded once and shown in three windows"


def test_a_chinese_appendix_labels_the_parts() -> None:
    case, files = _case([(1080, 7200)])
    text = "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(_render(case, files, "zh_CN"))).pages
    )
    assert "（第 2 部分，共 3 部分）" in text


def test_a_second_render_uses_the_prepared_images_without_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case, files = _case([(1920, 1080)] * 3)
    cache = ExhibitCache(tmp_path / "cache")
    first = generate(case, "en", lambda item: files[item.id], tmp_path / "a", exhibit_cache=cache)

    def no_decoding(*_args, **_kwargs):
        raise AssertionError("decoded again")

    monkeypatch.setattr(exhibits, "open_image", no_decoding)
    second = generate(case, "en", lambda item: files[item.id], tmp_path / "b", exhibit_cache=cache)
    assert first.warnings == second.warnings == []
    images = [
        image.data for page in PdfReader(second.letter_pdf).pages for image in page.images
    ]
    assert len(images) == 3


def test_each_image_is_decoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    case, files = _case([(1920, 1080)] * 4)
    decoded: list[int] = []
    real = exhibits.open_image

    def counting(data, *args, **kwargs):
        decoded.append(len(data))
        return real(data, *args, **kwargs)

    monkeypatch.setattr(exhibits, "open_image", counting)
    # A budget so tight that every image is tried at several settings.
    monkeypatch.setattr(exhibits, "APPENDIX_BUDGET", 40_000)
    _render(case, files)
    assert len(decoded) == 4


def test_changed_settings_prepare_the_image_again(tmp_path: Path) -> None:
    data = _screenshot(1920, 1080, "x")
    cache = ExhibitCache(tmp_path)
    best = exhibits.prepare(data, cache=cache)
    small = exhibits.prepare(data, budget=len(best.jpeg) // 2, cache=cache)
    assert small.width < best.width and len(small.jpeg) < len(best.jpeg)
    # Still legible: never below the lowest setting (120 dpi at its printed width).
    assert small.width >= 170 / 25.4 * 120 - 1
    assert exhibits.prepare(data, cache=cache) == best


def test_a_damaged_cache_entry_is_prepared_again(tmp_path: Path) -> None:
    data = _screenshot(800, 600, "x")
    cache = ExhibitCache(tmp_path)
    prepared = exhibits.prepare(data, cache=cache)
    for entry in tmp_path.glob("*/*.jpg"):
        entry.write_bytes(b"not a jpeg")
    assert exhibits.prepare(data, cache=cache) == prepared


def _timeline(case: Case) -> list[str]:
    document = compose_letter(case, "en", NOW)
    facts = document.sections[0]
    table = next(block for block in facts.blocks if isinstance(block, Table))
    return [row[1] for row in table.rows]


def test_only_evidence_marked_as_an_event_gets_a_timeline_row() -> None:
    case, _files = _case([(800, 600)] * 3)
    case.problem = Problem(categories=["outage"], started_at=NOW - timedelta(days=1))
    case.evidence[1].caption = "The app showed error E1003"
    case.evidence[1].timeline_event = True
    rows = _timeline(case)
    assert any("The app showed error E1003" in row for row in rows)
    assert not any("Capture 0" in row or "Capture 2" in row for row in rows)


def test_old_case_json_without_the_flag_still_loads() -> None:
    item = EvidenceItem.model_validate({"id": "x", "caption": "old"})
    assert item.timeline_event is False


def test_figures_carry_their_printed_width() -> None:
    case, files = _case([(1080, 1920), (1920, 1080)])
    appendix = compose_letter(case, "en", NOW, lambda item: files[item.id]).sections[-1]
    phone, desktop = (block for block in appendix.blocks if isinstance(block, Figure))
    assert phone.print_width_mm <= HALF_MM < desktop.print_width_mm


def test_a_letter_too_big_to_mail_says_to_send_the_appendix_separately(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    generate_module = importlib.import_module("complaintkit.documents.generate")
    case, files = _case([(1920, 1080)])
    monkeypatch.setattr(generate_module, "MAIL_LIMIT_BYTES", 10_000)
    result = generate(case, "en", lambda item: files[item.id], tmp_path / "out")
    assert any("Send the appendix separately" in warning for warning in result.warnings)


def test_each_font_file_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfbase import ttfonts

    from complaintkit import fonts

    parsed: list[str] = []
    real = ttfonts.TTFontFile.__init__

    def counting(self, file, *args, **kwargs):
        parsed.append(str(file))
        real(self, file, *args, **kwargs)

    monkeypatch.setattr(ttfonts.TTFontFile, "__init__", counting)
    for cached in (fonts.truetype, fonts.coverage, fonts._font_for):
        cached.cache_clear()
    case, files = _case([(800, 600)])
    case.claimant.full_name = "王丽华 Wang → ok"
    for language in ("zh_CN", "en", "zh_CN"):
        _render(case, files, language)
    assert sorted(parsed) == sorted(set(parsed))
    assert len(parsed) <= len(fonts.FONT_FILES)
