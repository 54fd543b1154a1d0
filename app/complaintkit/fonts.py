"""The bundled fonts and which one draws each character.

No single redistributable TrueType font covers Latin, CJK and the odd Arabic or
Hebrew name a user types, so text is split into runs, each drawn with the first
font that has its glyphs (Noto Sans, then Droid Sans Fallback for CJK, then
DejaVu Sans). Used for the PDFs, the demo images and Qt's font registration.

Each font file is parsed once per process (`truetype`): the same reportlab font
object answers "which characters do you have" and draws them in the PDF.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from complaintkit.paths import resources_dir

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "latin"
BOLD = "latin-bold"
CJK = "cjk"
SYMBOLS = "symbols"

FONT_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    SYMBOLS: "DejaVuSans.ttf",
}
# The names the fonts are registered under in reportlab (and so in the PDF).
PDF_NAMES = {
    REGULAR: "CK-Sans",
    BOLD: "CK-Sans-Bold",
    CJK: "CK-CJK",
    SYMBOLS: "CK-Symbols",
}
# Tried in this order for each character; the first is used when none has it.
FALLBACK_ORDER = (REGULAR, CJK, SYMBOLS)


def font_path(key: str) -> Path:
    return resources_dir() / "fonts" / FONT_FILES[key]


@cache
def truetype(key: str) -> TTFont:
    """The font parsed by reportlab, once; registered for the PDFs on first use."""
    # Imported here: the GUI registers fonts at start-up without needing reportlab.
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(PDF_NAMES[key], str(font_path(key)))
    pdfmetrics.registerFont(font)
    return font


@cache
def coverage(key: str) -> frozenset[int]:
    """Code points the font has a glyph for (from its cmap)."""
    return frozenset(truetype(key).face.charToGlyph)


@cache
def _font_for(char: str, primary: str) -> str | None:
    code = ord(char)
    # East Asian wide characters try the CJK font first; anything else (an arrow, a
    # bullet, a Hebrew letter) tries DejaVu first, so a letter without Chinese never
    # needs the 4 MB CJK font parsed or embedded.
    wide = unicodedata.east_asian_width(char) in ("W", "F")
    fallbacks = (CJK, SYMBOLS) if wide else (SYMBOLS, CJK)
    for key in (primary, *fallbacks):
        if code in coverage(key):
            return key
    return None


def drawable(char: str) -> bool:
    """Whether a bundled font draws `char` in a PDF. Characters beyond the BMP never
    count: reportlab cannot map them back to Unicode, which breaks copying the text."""
    return ord(char) <= 0xFFFF and _font_for(char, REGULAR) is not None


# Invisible parts of emoji sequences: joiners, variation selectors, skin tones, tags.
_SEQUENCE_PARTS = frozenset(
    [0x200D, 0xFE0E, 0xFE0F, 0x20E3, *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)]
)


def spell_out(text: str) -> str:
    """`text` with every character no bundled font draws given as its name in
    brackets ("[grinning face]", "[flag CN]"), never as a replacement box."""
    if text.isascii() or all(char.isspace() or drawable(char) for char in text):
        return text
    shown: list[str] = []
    chars = list(text)
    index = 0
    while index < len(chars):
        char = chars[index]
        code = ord(char)
        index += 1
        if char.isspace() or drawable(char):
            shown.append(char)
        elif code in _SEQUENCE_PARTS:
            continue
        elif 0x1F1E6 <= code <= 0x1F1FF:
            # Two regional indicators make a flag: "[flag CN]".
            letters = chr(code - 0x1F1E6 + ord("A"))
            if index < len(chars) and 0x1F1E6 <= ord(chars[index]) <= 0x1F1FF:
                letters += chr(ord(chars[index]) - 0x1F1E6 + ord("A"))
                index += 1
            shown.append(f"[flag {letters}]")
        else:
            name = unicodedata.name(char, "")
            shown.append(f"[{name.lower()}]" if name else f"[U+{code:04X}]")
    return "".join(shown)


def runs(
    text: str, primary: str = REGULAR, missing: str | None = None
) -> Iterator[tuple[str, str]]:
    """Split `text` into (font key, run) pairs. Spaces stay with the run they are in,
    so a line is not cut into single characters. A character no bundled font has is
    replaced by `missing` when given, else kept in the current run."""
    coverage(primary)  # parsed (and registered) before any run names it
    current: str | None = None
    buffer: list[str] = []
    for char in text:
        key = None if char.isspace() else _font_for(char, primary)
        if missing is not None and ord(char) > 0xFFFF:
            key = None
        if key is None and missing is not None and not char.isspace():
            char, key = missing, _font_for(missing, primary)
        if key is not None and key != current and buffer:
            yield current or primary, "".join(buffer)
            buffer = []
        if key is not None:
            current = key
        buffer.append(char)
    if buffer:
        yield current or primary, "".join(buffer)
