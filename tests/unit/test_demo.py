"""The demo cases are complete, consistent and deterministic fixtures."""

from __future__ import annotations

import hashlib

import pytest
from PIL import Image

from complaintkit.demo import DEMO_NOW, build_demo
from complaintkit.imaging import open_image


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_demo_case_is_complete_and_its_files_match_their_hashes(language: str) -> None:
    demo = build_demo(language)
    case = demo.case
    assert case.letter_language == language
    assert case.claimant.full_name and case.claimant.email
    assert case.platform.complaint_email and case.platform.account_id
    assert len(case.trades) >= 2 and all(trade.loss() for trade in case.trades)
    # The amount asked for is exactly what the worksheet adds up to.
    assert case.computed_loss() == [case.remedy.compensation]
    broken = [p for c in case.contacts for p in c.promises if p.is_overdue(DEMO_NOW)]
    assert broken, "the demo needs a broken promise"
    assert len(case.evidence) >= 3
    for item in case.evidence:
        data = demo.open_bytes(item)
        assert hashlib.sha256(data).hexdigest() == item.sha256_stored == item.sha256_original
        assert len(data) == item.size
        image = open_image(data)
        assert min(image.size) >= 900


def test_demo_is_deterministic() -> None:
    first, second = build_demo("zh_CN"), build_demo("zh_CN")
    assert first.case == second.case
    assert first.files == second.files


def test_demo_images_contain_drawn_text_not_blank_pages() -> None:
    demo = build_demo("en")
    for data in demo.files.values():
        image = open_image(data).convert("L")
        histogram = image.histogram()
        dark = sum(histogram[:100])
        assert dark > 500, "text should be drawn on the screen"
        assert isinstance(image, Image.Image)


def test_opening_the_example_again_does_not_draw_it_again(complaintkit_home, monkeypatch):
    from complaintkit import demo
    from complaintkit.store import CaseStore

    with CaseStore() as store:
        first = demo.install_demo(store, "en")
        monkeypatch.setattr(demo, "build_demo", lambda *a, **k: (_ for _ in ()).throw(
            AssertionError("drew the demo again")))
        again = demo.install_demo(store, "en")
        assert again.id == first.id == demo.demo_id("en")
        assert len(store.list_cases()) == 1
