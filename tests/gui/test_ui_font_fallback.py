"""Chinese UI text never shows boxes: the bundled CJK font backs up the UI font.

On a Windows without Chinese fonts (seen under Wine), brackets and curly quotes next
to Chinese in menus, buttons and the status bar were drawn as boxes: Qt drew the
Chinese run with the CJK font, which lacks them, and had no fallback. The bundled
fonts now back up the application font: Noto Sans, Droid Sans Fallback, DejaVu Sans.
"""

from __future__ import annotations

from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from complaintkit.ui.fonts import register_bundled_fonts

CJK_FAMILY = "Droid Sans Fallback"


def _glyphs(text: str, label: QLabel) -> list[tuple[str, int]]:
    layout = QTextLayout(text, label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [
        (run.rawFont().familyName(), index)
        for run in layout.glyphRuns()
        for index in run.glyphIndexes()
    ]


def test_the_application_font_falls_back_to_the_bundled_cjk_font(qtbot) -> None:
    system_family = QApplication.font().families()[0]
    register_bundled_fonts()
    register_bundled_fonts()  # the self-test and the app may both register
    families = QApplication.font().families()
    assert families[0] == system_family
    assert families.count(CJK_FAMILY) == 1
    # Latin punctuation before the CJK font, which has none.
    expected = [f for f in ("Noto Sans", CJK_FAMILY, "DejaVu Sans") if f != system_family]
    assert [f for f in families[1:] if f in expected] == expected


def test_chinese_menu_text_with_full_width_punctuation_has_no_boxes(qtbot) -> None:
    register_bundled_fonts()
    label = QLabel("文件(F) 点击“新建案件”开始 状态：已发送（草稿）")
    qtbot.addWidget(label)
    glyphs = _glyphs(label.text(), label)
    assert glyphs and all(index != 0 for _family, index in glyphs)  # glyph 0 is the box
