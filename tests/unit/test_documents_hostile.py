"""Whatever the user types and whatever files they add, the documents render and say it."""

from __future__ import annotations

import io
import re
import struct
import unicodedata
import zlib
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from complaintkit import fonts
from complaintkit.documents.checklist import compose_checklist
from complaintkit.documents.letter import compose_letter
from complaintkit.documents.plain_text import printable as printed_form
from complaintkit.documents.render_pdf import render_pdf
from complaintkit.documents.render_text import render_text
from complaintkit.documents.structure import Figure, Notice
from complaintkit.domain import (
    Case,
    Claimant,
    ContactEvent,
    EvidenceItem,
    Platform,
    Problem,
    Promise,
    Remedy,
    Trade,
)
from tests.strategies import NASTY_SAMPLES
from tests.unit.test_documents import pdf_text, squash

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)

# Markup and injection attempts that must come out as the literal text.
HOSTILE = [
    *NASTY_SAMPLES,
    '<img src="https://example.com/x.png" width="10" height="10"/>',
    '<onDraw name="os.system" label="rm"/>',
    "<para><font name=Helvetica>unclosed",
    "</para></font></b></i>",
    "&amp; &lt; &#x41; &unknown;",
    "%PDF-1.4 obj << /JS (app.alert(1)) >>",
    "Ｆｕｌｌｗｉｄｔｈ　全角 ＼ ¥",
    "ٱلسَّلَامُ عَلَيْكُمْ",
    "a" * 1000,  # the longest one-line field domain.limits allows, as one word
]

printable = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Cn")),
    max_size=60,
)
hostile_text = st.one_of(st.sampled_from(HOSTILE), printable)


SOFT_HYPHEN = "\u00ad"


def _shown(text: str) -> str:
    """What the PDF gives back: each character a bundled font draws, and the name in
    brackets of any other (an emoji: "[pouting face]"), compared after NFKC so Arabic
    drawn in its joined presentation forms counts as the letters typed.

    Not soft hyphens: the letter does not hyphenate, so one is rightly invisible.
    """
    return _comparable(fonts.spell_out(text).replace(SOFT_HYPHEN, ""))


def _comparable(text: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFKC", text) if not char.isspace())


def _case_with(text: str) -> Case:
    moment = datetime(2026, 11, 10, 9, 30, tzinfo=UTC)
    return Case(
        reference="CK-TEST",
        title=text,
        claimant=Claimant(full_name=text, phone=text, postal_address=text),
        platform=Platform(name=text, account_id=text, website=text, hotline=text),
        problem=Problem(
            categories=["outage"], started_at=moment, narrative=text, error_messages=[text]
        ),
        trades=[Trade(order_id=text, instrument=text, quantity=1, intended_price=1, note=text)],
        contacts=[
            ContactEvent(
                at=moment,
                agent=text,
                reference=text,
                summary=text,
                outcome=text,
                promises=[Promise(text=text, due=moment)],
            )
        ],
        remedy=Remedy(kinds=["other"], details=text),
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text, language=st.sampled_from(["zh_CN", "en"]))
def test_any_text_in_every_field_renders_and_comes_back(text: str, language: str) -> None:
    case = _case_with(text)
    buffer = io.BytesIO()
    render_pdf(compose_letter(case, language, NOW), buffer)
    extracted_text = _comparable(pdf_text(buffer.getvalue()))
    extracted = Counter(extracted_text)
    expected = Counter(_shown(text))
    # Every drawable character of the text comes back (bidi text may come back reordered).
    assert not expected - extracted
    if not any(unicodedata_bidi_rtl(char) for char in text):
        assert _shown(text) in extracted_text
    render_pdf(compose_checklist(case, language, NOW), io.BytesIO())
    # The text letter has the same text less what never prints (controls, soft hyphens).
    shown = printed_form(text)
    assert shown.strip() == "" or shown.split("\n")[0].strip() in render_text(
        compose_letter(case, language, NOW)
    )


def unicodedata_bidi_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL", "RLE", "RLO", "RLI", "AN")


def test_markup_in_user_text_reads_no_file_and_stays_literal(monkeypatch) -> None:
    opened: list[str] = []
    real_open = open

    def spy_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    import builtins

    text = '<img src="/etc/hostname"/> <a href="https://example.com">x</a>'
    case = _case_with(text)
    document = compose_letter(case, "en", NOW)
    monkeypatch.setattr(builtins, "open", spy_open)
    buffer = io.BytesIO()
    render_pdf(document, buffer)
    monkeypatch.undo()
    assert not [name for name in opened if "hostname" in name or "example.com" in name]
    assert squash(text) in squash(pdf_text(buffer.getvalue()))


def test_emoji_print_as_glyphs_and_copy_back_and_the_rest_as_names_never_a_box() -> None:
    case = _case_with("Refund 😡 now 📉 👍🏽 🇨🇳 ❤️ 🥲")
    buffer = io.BytesIO()
    render_pdf(compose_letter(case, "en", NOW), buffer)
    text = pdf_text(buffer.getvalue())
    # Drawn from the bundled emoji font, and copied from the PDF as the emoji typed
    # (skin tone and variation selector dropped: the font has one form of each).
    assert "Refund 😡 now 📉 👍" in text
    # A flag, and an emoji newer than the font, as their names.
    assert "[flag CN] ❤ [smiling face with tear]" in text
    assert "\ufffd" not in text


# -- bad evidence files ------------------------------------------------------------------


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _bomb_png(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge image (a decompression bomb)."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    compressed = zlib.compress(row * 8)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", compressed)
        + chunk(b"IEND", b"")
    )


def _exif_rotated_jpeg() -> bytes:
    image = Image.new("RGB", (400, 200), "red")
    image.paste(Image.new("RGB", (200, 200), "blue"), (200, 0))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise when displayed
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def _cmyk_jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("CMYK", (300, 200), (0, 255, 255, 0)).save(buffer, format="JPEG")
    return buffer.getvalue()


def _png16() -> bytes:
    image = Image.new("I;16", (300, 200))
    image.putdata([(x * 200) % 65535 for x in range(300 * 200)])
    return _png(image)


GOOD = _png(Image.new("RGB", (1920, 1080), "white"))
CORPUS: dict[str, tuple[bytes, str]] = {
    "zero bytes": (b"", "notice"),
    "truncated png": (GOOD[: len(GOOD) // 3], "notice"),
    "text named png": (b"this is not a picture\n", "notice"),
    "bomb above the pixel limit": (_bomb_png(30000, 30000), "notice"),
    "20000x20000": (_bomb_png(20000, 20000), "notice"),
    "cmyk jpeg": (_cmyk_jpeg(), "figure"),
    "16-bit png": (_png16(), "figure"),
    "exif rotated photo": (_exif_rotated_jpeg(), "figure"),
}


@pytest.mark.parametrize("name", list(CORPUS))
def test_bad_image_gives_a_figure_or_a_clear_notice_and_the_rest_renders(name: str) -> None:
    data, expected = CORPUS[name]
    bad = EvidenceItem(id="bad", caption=name, original_name="shot.png", media_type="image/png")
    good = EvidenceItem(id="good", caption="fine", original_name="ok.png", media_type="image/png")
    case = Case(reference="CK-IMG", evidence=[bad, good])
    files = {"bad": data, "good": GOOD}
    document = compose_letter(case, "en", NOW, lambda item: files[item.id])
    appendix = document.sections[-1].blocks
    shown = {block.caption.split(" · ")[1]: block for block in appendix[1:]}
    assert isinstance(shown["fine"], Figure)
    if expected == "figure":
        assert isinstance(shown[name], Figure)
    else:
        assert isinstance(shown[name], Notice)
        assert shown[name].message.startswith("This exhibit could not be shown: ")
    buffer = io.BytesIO()
    render_pdf(document, buffer)
    assert "E2 · fine" in pdf_text(buffer.getvalue())


def test_exif_rotated_photo_is_shown_upright() -> None:
    item = EvidenceItem(id="p", caption="photo", media_type="image/jpeg")
    case = Case(evidence=[item])
    figure = compose_letter(case, "en", NOW, lambda _item: _exif_rotated_jpeg()).sections[-1]
    block = figure.blocks[1]
    assert isinstance(block, Figure)
    assert (block.width_px, block.height_px) == (200, 400)
    image = Image.open(io.BytesIO(block.data)).convert("RGB")
    top, bottom = image.getpixel((100, 50)), image.getpixel((100, 350))
    assert top[0] > 200 and top[2] < 80, "red half on top after rotation"
    assert bottom[2] > 200 and bottom[0] < 80, "blue half below"


def test_16_bit_png_is_not_washed_out_to_white() -> None:
    item = EvidenceItem(id="p", caption="scan", media_type="image/png")
    figure = compose_letter(Case(evidence=[item]), "en", NOW, lambda _i: _png16()).sections[-1]
    block = figure.blocks[1]
    image = Image.open(io.BytesIO(block.data)).convert("L")
    assert sum(1 for count in image.histogram() if count) > 50


def test_missing_evidence_file_is_named_in_the_appendix() -> None:
    item = EvidenceItem(id="x", caption="statement", original_name="stmt.png")

    def source(_item: EvidenceItem) -> bytes:
        raise FileNotFoundError("stmt.png")

    document = compose_letter(Case(evidence=[item]), "zh_CN", NOW, source)
    notice = document.sections[-1].blocks[1]
    assert isinstance(notice, Notice)
    assert "缺少" in notice.message


def test_pdf_and_text_evidence_are_listed_with_their_hash(tmp_path: Path) -> None:
    pdf = EvidenceItem(
        id="a", caption="statement", media_type="application/pdf", sha256_stored="a" * 64
    )
    chat = EvidenceItem(id="b", caption="chat", media_type="text/plain", sha256_stored="b" * 64)
    case = Case(evidence=[pdf, chat])
    document = compose_letter(
        case, "en", NOW, lambda item: b"%PDF-1.4" if item.id == "a" else b"hi"
    )
    buffer = io.BytesIO()
    render_pdf(document, buffer)
    text = squash(pdf_text(buffer.getvalue()))
    assert "a" * 64 in text and "b" * 64 in text
    assert re.search("application/pdffileandisenclosedseparately", text)


def test_a_soft_hyphen_leaves_the_word_whole() -> None:
    case = _case_with(f"Withdraw{SOFT_HYPHEN}al refused")
    buffer = io.BytesIO()
    render_pdf(compose_letter(case, "en", NOW), buffer)
    assert "Withdrawal refused" in pdf_text(buffer.getvalue())
