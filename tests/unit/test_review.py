"""The letter-strength review flags each weakness of a set of weak cases, in both
languages, names the step and field to fix, and says nothing about the demo cases."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings

from complaintkit.demo import DEMO_NOW, build_demo
from complaintkit.domain import Case
from complaintkit.domain.enums import CaptureTimeSource, ProblemCategory, RemedyKind
from complaintkit.knowledge.strength_review import review_case
from tests.strategies import cases

STEPS = {"platform", "claimant", "problem", "timeline", "trades", "evidence", "contacts", "remedy"}
LANGUAGES = ["en", "zh_CN"]

# What a hurried or angry first draft says, per language.
VAGUE = {
    "en": "Recently the app froze and a few days ago it happened again.",
    "zh_CN": "最近平台一直卡顿,前几天又出问题了。",
}
INSULT = {
    "en": "Your support staff are incompetent idiots.",
    "zh_CN": "你们这些骗子,客服就是垃圾。",
}
THREAT = {"en": "Pay me now or else you will regret it.", "zh_CN": "不赔钱就走着瞧,后果自负。"}


def _set_narrative(text: dict[str, str]) -> Callable[[Case, str], None]:
    def change(case: Case, language: str) -> None:
        case.problem.narrative = text[language]

    return change


def _long(case: Case, language: str) -> None:
    sentence = (
        "I tried again and it did not work. " if language == "en" else "我又试了一次,还是不行。"
    )
    case.problem.narrative = sentence * 400


def _no_amounts(case: Case, language: str) -> None:
    case.remedy.compensation = None
    case.remedy.kinds = [RemedyKind.WRITTEN_EXPLANATION]
    case.claimed_loss = None
    for trade in case.trades:
        trade.intended_price = None
        trade.executed_price = None
        trade.loss_override = None
    if case.problem.withdrawal is not None:
        case.problem.withdrawal.amount = None


def _compensation_without_amount(case: Case, language: str) -> None:
    _no_amounts(case, language)
    case.remedy.kinds = [RemedyKind.COMPENSATION]


def _no_order_ids(case: Case, language: str) -> None:
    case.trades[0].order_id = ""


def _no_orders(case: Case, language: str) -> None:
    case.problem.categories = [ProblemCategory.WRONG_EXECUTION]
    case.trades = []


def _category_without_evidence(case: Case, language: str) -> None:
    # Keep the files, but link none of them to the trades or the problem.
    for trade in case.trades:
        trade.evidence_ids = []
    case.problem.evidence_ids = []
    case.problem.categories = [ProblemCategory.WRONG_EXECUTION]


def _no_evidence(case: Case, language: str) -> None:
    for trade in case.trades:
        trade.evidence_ids = []
    for contact in case.contacts:
        contact.evidence_ids = []
    case.problem.evidence_ids = []
    case.evidence = []


def _no_contacts(case: Case, language: str) -> None:
    case.contacts = []


def _vague_contact(case: Case, language: str) -> None:
    case.contacts[0].summary = "Called them yesterday." if language == "en" else "昨天打过电话。"


WEAK = {
    "vague_time": (_set_narrative(VAGUE), "timeline", "problem.narrative"),
    "insulting_language": (_set_narrative(INSULT), "timeline", "problem.narrative"),
    "threatening_language": (_set_narrative(THREAT), "timeline", "problem.narrative"),
    "narrative_too_long": (_long, "timeline", "problem.narrative"),
    "no_amount": (_no_amounts, "trades", "claimed_loss"),
    "remedy_without_amount": (_compensation_without_amount, "remedy", "remedy.compensation"),
    "order_without_id": (_no_order_ids, "trades", "trades"),
    "no_orders": (_no_orders, "trades", "trades"),
    # Lands on the first order's evidence picker (linking a file there fixes it).
    "category_without_evidence": (
        _category_without_evidence, "trades", "trades.0.evidence_ids"
    ),
    "no_evidence": (_no_evidence, "evidence", "evidence"),
    "no_contacts": (_no_contacts, "contacts", "contacts"),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("code", sorted(WEAK))
def test_each_weakness_is_flagged_with_step_field_and_reason(code: str, language: str) -> None:
    change, step, field = WEAK[code]
    case = build_demo(language).case
    change(case, language)
    findings = review_case(case, language, DEMO_NOW)
    matching = [f for f in findings if f.code == code]
    assert matching, [f.code for f in findings]
    finding = matching[0]
    assert (finding.step, finding.field) == (step, field)
    assert finding.what.strip() and finding.why.strip()
    # Worded in the user's language.
    has_cjk = any("\u4e00" <= ch <= "\u9fff" for ch in finding.why)
    assert has_cjk == (language == "zh_CN")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_problem_without_orders_is_linked_on_the_problem_step(language: str) -> None:
    case = build_demo(language).case
    for cites in (case.problem, *case.trades, *case.contacts):
        cites.evidence_ids = []
    case.problem.categories = [ProblemCategory.WITHDRAWAL]
    found = review_case(case, language, DEMO_NOW)
    found = [f for f in found if f.code == "category_without_evidence"]
    assert [(f.step, f.field) for f in found] == [("problem", "problem.evidence_ids")]
    # Linking one file to the problem answers it.
    case.problem.evidence_ids = [case.evidence[0].id]
    codes = [f.code for f in review_case(case, language, DEMO_NOW)]
    assert "category_without_evidence" not in codes


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_time_line_capture_dated_only_by_its_file_is_to_be_checked(language: str) -> None:
    case = build_demo(language).case
    item = case.evidence[1]
    item.timeline_event = True
    item.captured_at_source = CaptureTimeSource.FILE_DATE
    found = [f for f in review_case(case, language, DEMO_NOW) if f.code.startswith("time_line")]
    assert [(f.step, f.field) for f in found] == [("evidence", "evidence.1.captured_at")]
    assert "E2" in found[0].what
    # Once the user has typed (or confirmed) it, or the picture said so, it is not flagged.
    for source in (CaptureTimeSource.TYPED, CaptureTimeSource.PHOTO_DATA):
        item.captured_at_source = source
        assert not [f for f in review_case(case, language, DEMO_NOW) if f.code == found[0].code]
    # Nor when the capture is not in the time line.
    item.captured_at_source = CaptureTimeSource.FILE_DATE
    item.timeline_event = False
    assert not [f for f in review_case(case, language, DEMO_NOW) if f.code == found[0].code]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_words_found_are_quoted_back(language: str) -> None:
    case = build_demo(language).case
    case.problem.narrative = VAGUE[language]
    finding = next(f for f in review_case(case, language, DEMO_NOW) if f.code == "vague_time")
    expected = ("recently", "a few days ago") if language == "en" else ("最近", "一直", "前几天")
    for word in expected:
        assert word in finding.what


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_vague_word_in_a_contact_points_to_that_contact(language: str) -> None:
    case = build_demo(language).case
    _vague_contact(case, language)
    finding = next(f for f in review_case(case, language, DEMO_NOW) if f.code == "vague_time")
    assert (finding.step, finding.field) == ("contacts", "contacts.0.summary")


def test_english_words_match_whole_words_only() -> None:
    case = build_demo("en").case
    # "recentlyish" and "Pay-or-elsewhere" contain listed words but are not them.
    case.problem.narrative = "The ticker RECENTLYISH moved; see Pay-or-elsewhere on 3 November."
    assert review_case(case, "en", DEMO_NOW) == []


@pytest.mark.parametrize("demo_language", LANGUAGES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_cases_raise_nothing(demo_language: str, language: str) -> None:
    assert review_case(build_demo(demo_language).case, language, DEMO_NOW) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases())
def test_review_never_fails_and_always_names_a_step(case: Case) -> None:
    for language in LANGUAGES:
        for finding in review_case(case, language, DEMO_NOW):
            assert finding.step in STEPS
            assert finding.what and finding.why


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_checklist_summarises_the_review(language: str) -> None:
    from complaintkit.documents.checklist import checklist_sections

    case = build_demo(language).case
    case.problem.narrative = THREAT[language]
    lines = [line for s in checklist_sections(case, language, DEMO_NOW) for line in s.lines]
    finding = next(
        f for f in review_case(case, language, DEMO_NOW) if f.code == "threatening_language"
    )
    assert any(line.text == finding.what and line.detail == finding.why for line in lines)
    clean = build_demo(language).case
    clean_lines = [x.text for s in checklist_sections(clean, language, DEMO_NOW) for x in s.lines]
    assert finding.what not in clean_lines
