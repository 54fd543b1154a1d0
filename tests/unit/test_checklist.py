"""Checklist rules: plain Python over the case, tested without rendering."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from complaintkit.demo import DEMO_NOW, build_demo
from complaintkit.documents.checklist import checklist_sections
from complaintkit.domain import Case, SendingRecord
from complaintkit.domain.completeness import describe, missing_items


def _lines(case: Case, language: str = "en", now: datetime = DEMO_NOW) -> dict[str, list]:
    return {s.title: list(s.lines) for s in checklist_sections(case, language, now)}


def test_empty_case_lists_what_to_collect_first() -> None:
    codes = [item.code for item in missing_items(Case(), DEMO_NOW)]
    assert codes[:3] == ["no_platform_name", "no_complaint_channel", "no_account_id"]
    assert {"no_claimant_name", "no_categories", "no_evidence", "no_remedy"} <= set(codes)
    sections = _lines(Case())
    assert not any(line.done for line in sections["Evidence"])
    assert "No contacts recorded yet" in sections["Contact log and promises"][0].text


def test_withdrawal_problem_asks_for_the_withdrawal_facts() -> None:
    case = Case.model_validate({"problem": {"categories": ["withdrawal"]}})
    items = {item.code: item for item in missing_items(case, DEMO_NOW)}
    assert items["withdrawal_request"].step == "problem"
    assert "withdrawal request" in describe(items["withdrawal_request"], "en")
    assert "提现申请" in describe(items["withdrawal_request"], "zh_CN")
    assert "order_without_id" not in items, "trade questions only for trade problems"


def test_slow_server_needs_order_ids_times_and_prices() -> None:
    case = Case.model_validate(
        {"problem": {"categories": ["slow_server"]}, "trades": [{"quantity": "1"}]}
    )
    codes = {item.code for item in missing_items(case, DEMO_NOW)}
    assert {"order_without_id", "order_without_times", "order_without_prices"} <= codes
    assert "no_error_text" in codes


def test_demo_case_has_its_broken_promise_flagged() -> None:
    lines = _lines(build_demo("en").case)["Contact log and promises"]
    broken = [line for line in lines if line.text.startswith("Promise broken")]
    assert len(broken) == 2 and not any(line.done for line in broken)
    assert "cited in the letter" in broken[0].detail


def test_unsent_complaint_says_where_to_send_and_how_long_the_firm_has() -> None:
    lines = _lines(build_demo("zh_CN").case, "zh_CN")["发送投诉与答复期限"]
    assert not lines[0].done
    assert "tousu@xinsheng-sec.example.cn" in lines[0].detail
    assert "15 天" in lines[1].text


def test_sent_complaint_shows_deadline_and_flags_it_when_passed() -> None:
    case = build_demo("en").case
    case.sent = SendingRecord(at=datetime(2026, 11, 2, 10, 0, tzinfo=UTC))
    before = _lines(case, now=datetime(2026, 11, 10, tzinfo=UTC))
    sending = before["Sending the complaint and the reply deadline"]
    assert sending[0].done and "2 November 2026" in sending[0].text
    assert sending[1].text == "Reply due by 16 November 2026"
    after = _lines(case, now=datetime(2026, 11, 16, tzinfo=UTC) + timedelta(days=2))
    assert "has passed" in after["Sending the complaint and the reply deadline"][1].text


def test_every_section_has_wording_in_both_languages() -> None:
    case = build_demo("en").case
    for language in ("en", "zh_CN"):
        sections = checklist_sections(case, language, DEMO_NOW)
        assert len(sections) == 7  # with the support record and legal help (issue 20)
        assert sections[-1].tips
