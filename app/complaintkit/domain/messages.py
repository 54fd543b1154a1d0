"""Validation errors explained in the user's language.

Pydantic's own messages are for developers. Each `ck_*` error type and the common
built-in ones have a sentence in resources/locales/<lang>/domain.toml [errors];
field names come from [fields]. Anything unknown falls back to a generic sentence
that still names the field, never to a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from complaintkit.locales import catalog


@dataclass(frozen=True)
class FieldProblem:
    """One thing the user must fix: where (`loc`, for linking to the field) and what."""

    loc: tuple[str | int, ...]
    field_label: str
    message: str

    def __str__(self) -> str:
        return f"{self.field_label}: {self.message}" if self.field_label else self.message


def _field_label(loc: tuple[str | int, ...], fields: dict[str, str], language: str) -> str:
    names = [part for part in loc if isinstance(part, str) and not part.startswith("function-")]
    for name in reversed(names):
        if name in fields:
            label = fields[name]
            rows = [part + 1 for part in loc if isinstance(part, int)]
            if rows:
                suffix = f"（第 {rows[0]} 项）" if language == "zh_CN" else f" (item {rows[0]})"
                return label + suffix
            return label
    return ".".join(str(part) for part in loc)


def explain(error: ValidationError, language: str) -> list[FieldProblem]:
    cat = catalog(language, "domain")
    fields: dict[str, str] = cat["fields"]
    errors: dict[str, str] = cat["errors"]
    problems = []
    for item in error.errors(include_url=False):
        template = errors.get(item["type"], errors["generic"])
        context = {key: str(value) for key, value in (item.get("ctx") or {}).items()}
        if "field" in context:
            context["field"] = fields.get(context["field"], context["field"])
        try:
            message = template.format(**context)
        except (KeyError, IndexError):
            message = errors["generic"]
        loc = tuple(item["loc"])
        problems.append(FieldProblem(loc, _field_label(loc, fields, language), message))
    return problems
