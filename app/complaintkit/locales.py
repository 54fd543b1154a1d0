"""Wording that lives in resources/locales/<lang>/<catalog>.toml, not in code.

Used by the headless parts (validation messages, enum labels, documents). The Qt
UI translates its own widgets with Qt Linguist; for enum labels it uses these too,
so a category is called the same thing in the wizard and in the letter.
"""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from complaintkit.domain.enums import Language
from complaintkit.paths import resources_dir

LANGUAGES = (Language.ZH_CN, Language.EN)


@cache
def catalog(language: str, name: str) -> dict[str, Any]:
    """The parsed catalog `name` for `language` (zh_CN or en)."""
    lang = Language(language)
    path = resources_dir() / "locales" / lang.value / f"{name}.toml"
    with path.open("rb") as handle:
        return tomllib.load(handle)


def lookup(language: str, name: str, dotted_key: str) -> Any:
    """`lookup("en", "domain", "enums.ProblemCategory.outage")`; KeyError names the key."""
    node: Any = catalog(language, name)
    for part in dotted_key.split("."):
        try:
            node = node[part]
        except (KeyError, TypeError):
            raise KeyError(f"{language}/{name}.toml has no {dotted_key}") from None
    return node
