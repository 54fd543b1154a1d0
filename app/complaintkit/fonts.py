"""The bundled fonts and which one draws each character.

No single redistributable TrueType font covers Latin, CJK and the odd Arabic or
Hebrew name a user types, so text is split into runs, each drawn with the first
font that has its glyphs (Noto Sans, then Droid Sans Fallback for CJK, then
DejaVu Sans). Used for the PDFs, the demo images and Qt's font registration.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

from complaintkit.paths import resources_dir

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
# Tried in this order for each character; the first is used when none has it.
FALLBACK_ORDER = (REGULAR, CJK, SYMBOLS)


def font_path(key: str) -> Path:
    return resources_dir() / "fonts" / FONT_FILES[key]


@cache
def coverage(key: str) -> frozenset[int]:
    """Code points the font has a glyph for (read from its cmap once)."""
    # Imported here: the GUI registers fonts at start-up without needing reportlab.
    from reportlab.pdfbase.ttfonts import TTFontFile

    return frozenset(TTFontFile(str(font_path(key))).charToGlyph)


def _font_for(char: str, primary: str) -> str | None:
    code = ord(char)
    for key in (primary, *FALLBACK_ORDER[1:]):
        if code in coverage(key):
            return key
    return None


def runs(
    text: str, primary: str = REGULAR, missing: str | None = None
) -> Iterator[tuple[str, str]]:
    """Split `text` into (font key, run) pairs. Spaces stay with the run they are in,
    so a line is not cut into single characters. A character no bundled font has is
    replaced by `missing` when given (e.g. U+FFFD), else kept in the current run.
    With `missing` (PDF text), characters beyond the BMP (emoji) count as missing too:
    reportlab cannot map them back to Unicode, which breaks copying the text."""
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
