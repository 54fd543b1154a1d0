"""The bundled fonts and which one draws each character.

No single redistributable TrueType font covers Latin, CJK and the odd Arabic or
Hebrew name a user types, so text is split into runs, each drawn with the first
font that has its glyphs (Noto Sans, then Droid Sans Fallback for CJK, then
DejaVu Sans). Used for the PDFs, the demo images and Qt's font registration.

Each font file is parsed once per process (`truetype`): the same reportlab font
object answers "which characters do you have" and draws them in the PDF.
"""

from __future__ import annotations

import re
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
EMOJI = "emoji"

FONT_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    SYMBOLS: "DejaVuSans.ttf",
    # Monochrome outline emoji (reportlab embeds glyf TrueType only, no colour fonts).
    EMOJI: "Symbola.ttf",
}
# The names the fonts are registered under in reportlab (and so in the PDF).
PDF_NAMES = {
    REGULAR: "CK-Sans",
    BOLD: "CK-Sans-Bold",
    CJK: "CK-CJK",
    SYMBOLS: "CK-Symbols",
    EMOJI: "CK-Emoji",
}
# Tried in this order for each character; the first is used when none has it.
FALLBACK_ORDER = (REGULAR, CJK, SYMBOLS, EMOJI)


def font_path(key: str) -> Path:
    return resources_dir() / "fonts" / FONT_FILES[key]


@cache
def truetype(key: str) -> TTFont:
    """The font parsed by reportlab, once; registered for the PDFs on first use."""
    # Imported here: the GUI registers fonts at start-up without needing reportlab.
    from reportlab.pdfbase import pdfmetrics

    # DejaVu has a few emoji too: every font gets its ToUnicode map written right.
    font = _astral_font_class()(PDF_NAMES[key], str(font_path(key)))
    pdfmetrics.registerFont(font)
    return font


_ASTRAL_ENTRY = re.compile(r"^(<[0-9A-F]{2}>) <([0-9A-F]{5,6})>$", re.MULTILINE)


def _utf16(match: re.Match[str]) -> str:
    return f"{match.group(1)} <{chr(int(match.group(2), 16)).encode('utf-16-be').hex().upper()}>"


@cache
def _astral_font_class() -> type[TTFont]:
    from reportlab.pdfbase.ttfonts import SUBSETN, TTFont, makeToUnicodeCMap

    class AstralTTFont(TTFont):
        """reportlab writes a code point above U+FFFF into a font's ToUnicode map as
        odd-length hex ("<1F600>"), which PDF readers reject: an emoji copied from the
        letter gave nothing. Such entries are written again as UTF-16 (a surrogate
        pair, "<D83DDE00>"), as the PDF specification asks."""

        def addObjects(self, doc) -> None:
            state = self.state.get(doc)
            subsets = [list(subset) for subset in state.subsets] if state else []
            super().addObjects(doc)
            for number, subset in enumerate(subsets):
                if max(subset, default=0) <= 0xFFFF:
                    continue
                base = b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX))
                name = base.decode("pdfdoc")
                stream = doc.idToObject.get("toUnicodeCMap:" + name)
                if stream is not None:
                    stream.content = _ASTRAL_ENTRY.sub(_utf16, makeToUnicodeCMap(name, subset))

    return AstralTTFont


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
    fallbacks = (CJK, SYMBOLS, EMOJI) if wide else (SYMBOLS, CJK, EMOJI)
    for key in (primary, *fallbacks):
        if code in coverage(key):
            return key
    return None


def drawable(char: str) -> bool:
    """Whether a bundled font draws `char` in a PDF (an emoji included: Symbola's, with
    its Unicode value written so that copying the text gives the emoji back)."""
    return _font_for(char, REGULAR) is not None


# Invisible parts of emoji sequences: joiners, variation selectors, skin tones, tags.
_SEQUENCE_PARTS = frozenset(
    [0x200D, 0xFE0E, 0xFE0F, 0x20E3, *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)]
)


def _shown_as_is(char: str) -> bool:
    code = ord(char)
    if code in _SEQUENCE_PARTS or 0x1F1E6 <= code <= 0x1F1FF:
        return False
    return char.isspace() or drawable(char)


def bmp_only(text: str) -> str:
    """`text` for places reportlab writes as plain PDF strings (title, bookmarks):
    characters beyond the BMP as their names, since it cannot encode them there."""
    return "".join(char if ord(char) <= 0xFFFF else _name(char) for char in spell_out(text))


def _name(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"[{name.lower()}]" if name else f"[U+{ord(char):04X}]"


def spell_out(text: str) -> str:
    """`text` with every character no bundled font draws given as its name in
    brackets ("[grinning face]", "[flag CN]"), never as a replacement box."""
    if text.isascii() or all(_shown_as_is(char) for char in text):
        return text
    shown: list[str] = []
    chars = list(text)
    index = 0
    while index < len(chars):
        char = chars[index]
        code = ord(char)
        index += 1
        if code in _SEQUENCE_PARTS:
            continue
        if 0x1F1E6 <= code <= 0x1F1FF:
            # Two regional indicators make a flag: "[flag CN]".
            letters = chr(code - 0x1F1E6 + ord("A"))
            if index < len(chars) and 0x1F1E6 <= ord(chars[index]) <= 0x1F1FF:
                letters += chr(ord(chars[index]) - 0x1F1E6 + ord("A"))
                index += 1
            shown.append(f"[flag {letters}]")
        elif char.isspace() or drawable(char):
            shown.append(char)
        else:
            shown.append(_name(char))
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
        if char.isspace():
            # A space stays in the run it is in, unless that font lacks it (the
            # ideographic space U+3000 is in the CJK font only).
            key = None if ord(char) in coverage(current or primary) else _font_for(char, primary)
        else:
            key = _font_for(char, primary)
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
