"""How long a text and how long a list a case keeps: far beyond any honest complaint.

The limits exist so a pasted log, a hostile case file or a runaway script cannot
make a case so large that every autosave stalls (a 16.7 MB narrative made each
keystroke take 14 s to save). Each is per field, in characters (Python `len`,
so a Chinese character counts as one) or in entries; the store adds one budget
for the whole case (store.case_store.MAX_CASE_BYTES) so that even every field at
its limit still saves quickly.
"""

from __future__ import annotations

from pydantic_core import PydanticCustomError

# The narrative: about 30 printed pages of Chinese, or 15 of English.
NARRATIVE_CHARS = 50_000
# Free-text answers, notes and summaries: several printed pages each.
TEXT_CHARS = 10_000
# One verbatim error message.
ERROR_MESSAGE_CHARS = 5_000
# Everything else is one line: names, references, ids, addresses, codes, file names.
LINE_CHARS = 1_000

TEXT_FIELDS = frozenset(
    {
        "summary",
        "outcome",
        "details",
        "why_wrong",
        "platform_ruling",
        "rule_relied_on",
        "reasons_given",
        "reason_given",
        "documents_requested",
        "documents_supplied",
        "what_tried",
        "positions_affected",
        "unauthorised_activity",
        "platform_response",
        "note",
        "postal_address",
        "address_as_seen",
        "text",
        "status_shown",
        "caption",
        "covers",
        "conditions",
        "reply_note",
    }
)

LIST_ENTRIES = {
    "evidence": 1_000,
    "trades": 1_000,
    "contacts": 500,
    "transfers": 500,
    "promises": 100,
    "evidence_ids": 1_000,
    "error_messages": 100,
    "dismissed_signals": 100,
    "firm_stages": 100,
}
DEFAULT_LIST_ENTRIES = 1_000


def text_limit(field: str) -> int:
    if field == "narrative":
        return NARRATIVE_CHARS
    if field == "error_messages":
        return ERROR_MESSAGE_CHARS
    return TEXT_CHARS if field in TEXT_FIELDS else LINE_CHARS


def check_size(field: str, value: object) -> object:
    """Raise ck_too_long / ck_too_many (localized in domain.toml) if over the limit."""
    if isinstance(value, str):
        _check_text(field, value)
    elif isinstance(value, list):
        limit = LIST_ENTRIES.get(field, DEFAULT_LIST_ENTRIES)
        if len(value) > limit:
            raise PydanticCustomError(
                "ck_too_many",
                "This list has {count} entries; a case keeps at most {limit}.",
                {"count": len(value), "limit": limit},
            )
        for entry in value:
            if isinstance(entry, str):
                _check_text(field, entry)
    return value


def _check_text(field: str, value: str) -> None:
    limit = text_limit(field)
    if len(value) > limit:
        raise PydanticCustomError(
            "ck_too_long",
            "This text is {length} characters long; a case keeps at most {limit} here.",
            {"length": len(value), "limit": limit},
        )
