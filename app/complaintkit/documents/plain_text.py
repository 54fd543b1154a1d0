"""Text cleaned for print: what reaches a page or the text letter is printable.

A control character (NUL, ESC, a stray backspace pasted from a terminal) has no
place in a letter: it would show as a box, confuse a mail program or end a C
string early. Tabs become spaces; line breaks stay. Soft hyphens are dropped (the
letter does not hyphenate), as are the invisible joiners and variation selectors
that only make sense inside an emoji sequence.
"""

from __future__ import annotations

import re

# C0 and C1 controls except tab and newline, DEL; soft hyphen; bidi controls stay.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad]")
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029]")


def printable(text: str) -> str:
    text = _LINE_BREAKS.sub("\n", text)
    return _CONTROLS.sub("", text.replace("\t", " "))
