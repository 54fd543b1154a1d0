"""Line breaking and drawing of text for the PDFs, in every script the letter may hold.

reportlab's Paragraph broke order ids and words in narrow table cells, let Chinese
lines start with "，", and lost the spaces between English words when a Chinese-
wrapped paragraph was split over a page. `TextBlock` does the one thing the letters
need, plainly: a text (already split into font runs) is cut into *atoms* that are
never broken (a word, an order id, an amount, a time such as "UTC+08:00", or one
CJK character with the punctuation that must stay with it), lines are filled
greedily from them, and a split over a page only divides the list of lines, so no
character or space is ever lost. A line break inside an atom happens only when the
atom alone is wider than the whole line (a 300-character URL in a cell).

- Chinese rules (kinsoku): no closing punctuation at a line start, no opening
  punctuation at a line end; reportlab's own tables of such characters are used.
- Arabic is shaped (arabic-reshaper: contextual forms and lam-alef ligatures, which
  the bundled DejaVu Sans draws) and each line of right-to-left text is put in
  visual order (python-bidi, the Unicode bidi algorithm) after line breaking, as
  the algorithm requires.
- Bold Chinese: the CJK font has no bold face, so its runs are drawn filled and
  stroked (text render mode 2), which prints visibly heavier and still copies as text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise

import arabic_reshaper
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.lib.colors import Color
from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from complaintkit import fonts
from complaintkit.documents.plain_text import printable

CANNOT_START = frozenset(ALL_CANNOT_START) | frozenset("”’》〉」』】〕｝｠")
CANNOT_END = frozenset(ALL_CANNOT_END) | frozenset("“‘《〈「『【〔｛｟")
DATE_UNITS = frozenset("年月")
# A line breaks only around these (besides spaces): one CJK character is one atom.
_CJK_RANGES = (
    (0x2E80, 0x2FFF),  # radicals, Kangxi
    (0x3000, 0x303F),  # CJK punctuation
    (0x3040, 0x30FF),  # kana
    (0x3100, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7AF),  # Hangul
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),  # full-width forms
)
FAKE_BOLD_STROKE = 0.035  # of the font size
# Vowel marks (harakat) are part of what the user typed: keep them.
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


@cache
def is_cjk(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK_RANGES)


@cache
def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


@dataclass(frozen=True)
class TextStyle:
    font_size: float
    leading: float
    color: Color
    bold: bool = False
    space_before: float = 0
    space_after: float = 0
    left_indent: float = 0
    align: str = "left"  # or "right"
    # A heading or sub-heading: never the last thing on a page.
    keep_with_next: bool = False


@dataclass(slots=True)
class _Atom:
    """Text that is never broken, with the font runs that draw it."""

    runs: tuple[tuple[str, str], ...]  # (font key, text)
    width: float
    text: str
    space: bool = False
    # May a line end right after this atom (before the next one)?
    break_after: bool = True


_CJK_CLASS = "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in _CJK_RANGES)
# A run of spaces, one CJK character, or a run of anything else (a word, an id). The
# ideographic space is a CJK character: it takes a full width, so "　　此致" stays indented.
_TOKENS = re.compile(f"([^\\S\u3000]+)|([{_CJK_CLASS}])|([^\\s{_CJK_CLASS}]+)")
_ASCII_TOKENS = re.compile(r"(\s+)|(\S+)")


class _Measure:
    def __init__(self, size: float) -> None:
        self.size = size

    def width(self, key: str, text: str) -> float:
        return stringWidth(text, fonts.PDF_NAMES[key], self.size)


@lru_cache(maxsize=100_000)
def _measured(token: str, primary: str, size: float) -> tuple[tuple[tuple[str, str], ...], float]:
    """A token's font runs and width: words and characters repeat, so this is cached."""
    runs = tuple(fonts.runs(token, primary, missing=None))
    return runs, sum(stringWidth(run, fonts.PDF_NAMES[key], size) for key, run in runs)


def _atoms(text: str, bold: bool, measure: _Measure) -> list[_Atom]:
    """One hard line (no newline) as atoms, with the break rules between them."""
    primary = fonts.BOLD if bold else fonts.REGULAR
    atoms: list[_Atom] = []
    ascii_only = text.isascii()
    tokens = _ASCII_TOKENS if ascii_only else _TOKENS
    for match in tokens.finditer(text):
        token = match.group()
        if match.lastindex == 1:
            # Spaces are drawn in the main font, whatever the text around them.
            runs, width = _measured(token, primary, measure.size)
            atoms.append(_Atom(runs, width, token, space=True))
        else:
            runs, width = _measured(token, primary, measure.size)
            atoms.append(_Atom(runs, width, token))
    if ascii_only:
        # Words and spaces alternate: a line may break at every space, except before a
        # closing mark that a stray space separated from its word ("Order 42 )").
        for this, following in pairwise(atoms):
            if this.space and following.text[0] in CANNOT_START:
                this.break_after = False
        return atoms
    # Kinsoku and "words stay whole": no break between an atom and the next unless one
    # side is a space or a CJK character, and never before closing / after opening marks.
    for this, following in pairwise(atoms):
        if following.space:
            this.break_after = True
        elif this.space:
            this.break_after = following.text[0] not in CANNOT_START
        else:
            first, last = following.text[0], this.text[-1]
            this.break_after = (
                (is_cjk(first) or is_cjk(last))
                and first not in CANNOT_START
                and last not in CANNOT_END
                # A number stays with its unit and a date stays whole: "200股",
                # "2026年11月10日" (no break after a digit, nor between 年/月 and one).
                and not last.isdigit()
                and not (last in DATE_UNITS and first.isdigit())
            )
    return _glue(atoms)


def _glue(atoms: list[_Atom]) -> list[_Atom]:
    """Merge atoms that may not be separated, so each atom is a breakable unit."""
    glued: list[_Atom] = []
    for atom in atoms:
        previous = glued[-1] if glued else None
        joined = previous is not None and not previous.break_after
        if joined and not previous.space and not atom.space:
            previous.runs = _merged([*previous.runs, *atom.runs])
            previous.width += atom.width
            previous.text += atom.text
            previous.break_after = atom.break_after
        else:
            glued.append(atom)
    return glued


def _merged(runs: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Adjacent runs in the same font as one."""
    out: list[tuple[str, list[str]]] = []
    for key, text in runs:
        if out and out[-1][0] == key:
            out[-1][1].append(text)
        else:
            out.append((key, [text]))
    return tuple((key, "".join(parts)) for key, parts in out)


def _split_atom(atom: _Atom, width: float, measure: _Measure) -> list[_Atom]:
    """Last resort for an atom wider than a whole line: cut it by characters."""
    pieces: list[_Atom] = []
    current: list[tuple[str, str]] = []
    current_width = 0.0
    for key, run in atom.runs:
        for char in run:
            char_width = measure.width(key, char)
            if current and current_width + char_width > width:
                text = "".join(part for _key, part in current)
                pieces.append(_Atom(_merged(current), current_width, text))
                current, current_width = [], 0.0
            current.append((key, char))
            current_width += char_width
    if current:
        text = "".join(part for _key, part in current)
        pieces.append(_Atom(_merged(current), current_width, text, break_after=atom.break_after))
    return pieces


@dataclass(frozen=True)
class Line:
    runs: tuple[tuple[str, str], ...]
    width: float


def _line(atoms: list[_Atom]) -> Line:
    """The atoms as one line, without the spaces at its ends."""
    start, end = 0, len(atoms)
    while start < end and atoms[start].space:
        start += 1
    while end > start and atoms[end - 1].space:
        end -= 1
    kept = atoms[start:end]
    return Line(_merged([run for atom in kept for run in atom.runs]), sum(a.width for a in kept))


def _fill(atoms: list[_Atom], width: float, measure: _Measure) -> list[Line]:
    if sum(atom.width for atom in atoms) <= width:
        # Most table cells fit on one line: no break to look for.
        line = _line(atoms)
        return [line] if line.runs else []
    lines: list[Line] = []
    line: list[_Atom] = []
    line_width = 0.0

    # The widest prefix of `line` that may end the line (at an allowed break).
    def emit(count: int) -> None:
        nonlocal line, line_width
        taken, rest = line[:count], line[count:]
        while rest and rest[0].space:
            rest.pop(0)
        lines.append(_line(taken))
        line = rest
        line_width = sum(atom.width for atom in line)

    for atom in atoms:
        if atom.width > width and not atom.space:
            pieces = _split_atom(atom, width, measure)
        else:
            pieces = [atom]
        for piece in pieces:
            if not line and piece.space:
                continue
            if line and not piece.space and line_width + piece.width > width:
                # Break at the last allowed point in the line; if there is none, the
                # atoms together form one unit wider than the line: break before this one.
                cut = len(line)
                while cut > 0 and not line[cut - 1].break_after:
                    cut -= 1
                emit(cut if cut > 0 else len(line))
            line.append(piece)
            line_width += piece.width
    if line:
        emit(len(line))
    return lines


def prepare(text: str) -> str:
    """The text as drawn: printable characters only, each one a bundled font draws (or
    its name in brackets), Arabic in its joined forms."""
    text = fonts.spell_out(printable(text))
    if _has_rtl(text):
        text = _RESHAPER.reshape(text)
    return text


# Cells repeat ("Phone", "Not kept", a date): the same text is cut into atoms once.
# The atoms are never changed after they are made, so sharing them is safe.
@lru_cache(maxsize=8192)
def hard_lines(text: str, size: float, bold: bool) -> list[list[_Atom]]:
    measure = _Measure(size)
    return [_atoms(line, bold, measure) for line in prepare(text).split("\n")]


def break_lines(atoms: list[list[_Atom]], width: float, size: float, bold: bool) -> list[Line]:
    measure = _Measure(size)
    lines: list[Line] = []
    for hard_line in atoms:
        lines.extend(_fill(hard_line, width, measure) or [Line((), 0.0)])
    return [_visual(line, bold, measure) for line in lines]


_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def visual_order(text: str) -> str:
    """`text` in the order it is drawn, by the Unicode bidi algorithm.

    python-bidi (the unicode-bidi crate) resolves the levels and the order, bracket
    pairs included, but leaves out rule L4: a mirrored character such as "(" at a
    right-to-left level must be drawn as its mirror ")" (python-bidi issue #25). So
    the levels it resolved are taken, mirrored characters swapped where the level is
    odd, and the line reordered by rule L2; should its report ever change shape,
    its own order is used as it is.
    """
    report = get_display(text, debug=True)
    try:
        listed = report.split("levels: [", 1)[1].split("]", 1)[0]
        byte_levels = [int(level) for level in _LEVEL.findall(listed)]
        levels, offset = [], 0
        for char in text:
            levels.append(byte_levels[offset])
            offset += len(char.encode())
    except (IndexError, ValueError):
        return get_display(text)
    odd = [level for level in levels if level % 2]
    if not odd or offset != len(byte_levels):
        return get_display(text)
    chars = [
        MIRRORED.get(char, char) if level % 2 else char
        for char, level in zip(text, levels, strict=True)
    ]
    order = list(range(len(chars)))
    # L2: from the highest level down to the lowest odd one, reverse every run at or above it.
    for level in range(max(levels), min(odd) - 1, -1):
        start = 0
        while start < len(order):
            if levels[order[start]] < level:
                start += 1
                continue
            end = start
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[start:end] = reversed(order[start:end])
            start = end
    return "".join(chars[index] for index in order)


def _visual(line: Line, bold: bool, measure: _Measure) -> Line:
    """Right-to-left text in the order it is drawn (after line breaking, per line)."""
    text = "".join(run for _key, run in line.runs)
    if not _has_rtl(text):
        return line
    shown = visual_order(text)
    primary = fonts.BOLD if bold else fonts.REGULAR
    runs = tuple(fonts.runs(shown, primary, missing=None))
    return Line(runs, sum(measure.width(key, run) for key, run in runs))


class TextBlock(Flowable):
    """A paragraph of plain text (user text is never markup) that wraps and splits."""

    def __init__(self, text: str, style: TextStyle, lines: list[Line] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        # Lines fixed by a split (the rest of a paragraph continued on the next page).
        self._fixed = lines
        self._atoms: list[list[_Atom]] | None = None
        self._wrapped: tuple[float, list[Line]] | None = None
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self.keepWithNext = style.keep_with_next

    def _hard_lines(self) -> list[list[_Atom]]:
        if self._atoms is None:
            self._atoms = hard_lines(self.text, self.style.font_size, self.style.bold)
        return self._atoms

    # -- measuring, for table column widths ------------------------------------------

    def min_width(self) -> float:
        """The widest atom: narrower than this, something would have to break."""
        widths = [atom.width for line in self._hard_lines() for atom in line]
        return max(widths, default=0.0) + self.style.left_indent

    def max_width(self) -> float:
        """The widest hard line, unwrapped."""
        widths = [sum(atom.width for atom in line) for line in self._hard_lines()]
        return max(widths, default=0.0) + self.style.left_indent

    # -- platypus --------------------------------------------------------------------

    def lines(self, width: float) -> list[Line]:
        if self._fixed is not None:
            return self._fixed
        if self._wrapped is None or self._wrapped[0] != width:
            style = self.style
            lines = break_lines(
                self._hard_lines(), width - style.left_indent, style.font_size, style.bold
            )
            self._wrapped = (width, lines)
        return self._wrapped[1]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self.lines(availWidth)) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self.lines(availWidth)
        fits = int((availHeight + 1e-6) // self.style.leading)
        if len(lines) >= 4:
            # No single line left alone at the foot or the top of a page.
            fits = min(fits, len(lines) - 2)
            if fits < 2:
                return []
        if fits <= 0 or fits >= len(lines):
            return []
        head = TextBlock(self.text, replace(self.style, space_after=0), lines[:fits])
        tail = TextBlock(self.text, replace(self.style, space_before=0), lines[fits:])
        return [head, tail]

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        lines = self.lines(self.width)
        fake_bold = style.bold and any(key == fonts.CJK for line in lines for key, _ in line.runs)
        # Colour, line width and render mode stay inside this block: Flowable.drawOn
        # (which platypus calls, in a frame or a table cell) saves and restores the state.
        if fake_bold:
            canvas.setLineWidth(style.font_size * FAKE_BOLD_STROKE)
        text = canvas.beginText()
        text.setFillColor(style.color)
        if fake_bold:
            text.setStrokeColor(style.color)
        # The first baseline sits one font size below the top, like reportlab's.
        y = self.height - style.font_size
        mode, font = 0, ""
        for line in lines:
            x = style.left_indent
            if style.align == "right":
                x = self.width - line.width
            text.setTextOrigin(x, y)
            for key, run in line.runs:
                if key != font:
                    text.setFont(fonts.PDF_NAMES[key], style.font_size)
                    font = key
                wanted = 2 if style.bold and key == fonts.CJK else 0
                if wanted != mode:
                    text.setTextRenderMode(wanted)
                    mode = wanted
                text.textOut(run)
            y -= style.leading
        if mode:
            text.setTextRenderMode(0)  # the render mode is text state: it outlives ET
        canvas.drawText(text)
