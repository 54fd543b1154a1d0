"""Documents (no Qt): compose a case into a document structure, render it as PDF or text.

The names below are loaded on first use (PEP 562): importing one small submodule
(generated_sets, structure) must not pull in reportlab and every composer, which
cost the wizard over a second when a case was first opened.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "CHECKLIST_PDF": "generate",
    "LETTER_PDF": "generate",
    "LETTER_TEXT": "generate",
    "GeneratedFiles": "generate",
    "GenerationCancelled": "generate",
    "generate": "generate",
    "EvidenceSource": "exhibits",
    "checklist_sections": "checklist",
    "compose_checklist": "checklist",
    "compose_letter": "letter",
    "render_pdf": "render_pdf",
    "render_text": "render_text",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
