"""zh_CN and en catalogs are complete and agree on their placeholders."""

from __future__ import annotations

import string

import pytest

from complaintkit.domain import enums
from complaintkit.domain.labels import label
from complaintkit.locales import catalog
from complaintkit.paths import resources_dir

CATALOGS = sorted(p.stem for p in (resources_dir() / "locales" / "en").glob("*.toml"))


def _flatten(node, prefix=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _flatten(value, f"{prefix}{key}.")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _flatten(value, f"{prefix}{index}.")
    else:
        yield prefix.rstrip("."), node


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("name", CATALOGS)
def test_both_languages_have_the_same_keys_and_placeholders(name: str) -> None:
    en = dict(_flatten(catalog("en", name)))
    zh = dict(_flatten(catalog("zh_CN", name)))
    assert sorted(en) == sorted(zh)
    for key, text in en.items():
        if isinstance(text, str):
            assert _placeholders(text) == _placeholders(zh[key]), key


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_enum_member_has_a_label(language: str) -> None:
    for enum_type in vars(enums).values():
        if isinstance(enum_type, type) and issubclass(enum_type, enums.StrEnum):
            if enum_type is enums.StrEnum:
                continue
            for member in enum_type:
                assert label(member, language).strip()
