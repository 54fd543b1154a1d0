"""The one rule set behind the step marks, Review and the checklist, without widgets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from complaintkit.demo import build_demo
from complaintkit.domain import (
    Case,
    ContactEvent,
    OrderStatus,
    ProblemCategory,
    Trade,
)
from complaintkit.flow import (
    STEP_ORDER,
    Severity,
    StepId,
    StepState,
    Unaccepted,
    findings,
    step_states,
)

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def test_a_new_case_earns_no_tick_it_has_not_earned() -> None:
    states = step_states(Case(), NOW)
    assert StepState.COMPLETE not in states.values()
    assert states[StepId.TRADES] is StepState.EMPTY  # no category asks for orders yet
    assert states[StepId.PLATFORM] is StepState.MISSING
    assert states[StepId.EVIDENCE] is StepState.MISSING


def test_an_empty_contact_row_earns_nothing() -> None:
    case = Case(contacts=[ContactEvent(at=NOW - timedelta(days=1))])
    assert step_states(case, NOW)[StepId.CONTACTS] is StepState.WEAK
    codes = {f.code for f in findings(case, "en", NOW) if f.step is StepId.CONTACTS}
    assert {"no_contacts", "blank_contact"} <= codes


def test_an_empty_order_row_does_not_count_as_an_order() -> None:
    case = Case(trades=[Trade()])
    case.problem.categories = [ProblemCategory.SLOW_SERVER]
    assert step_states(case, NOW)[StepId.TRADES] is StepState.MISSING
    assert "no_orders" in {f.code for f in findings(case, "en", NOW)}


def test_a_start_in_the_future_is_wrong_on_its_step() -> None:
    case = build_demo("en").case
    case.problem.started_at = datetime(2031, 1, 5, 9, 0, tzinfo=UTC)
    case.problem.ended_at = None
    case.problem.ongoing = True
    assert step_states(case, NOW)[StepId.TIMELINE] is StepState.WRONG
    wrong = [f for f in findings(case, "en", NOW) if f.severity is Severity.WRONG]
    assert any(f.step is StepId.TIMELINE and f.field == "problem.started_at" for f in wrong)


def test_a_contact_before_the_incident_is_wrong() -> None:
    case = build_demo("en").case
    started = case.problem.started_at
    case.contacts.append(ContactEvent(at=started - timedelta(days=3), summary="Called them"))
    assert step_states(case, NOW)[StepId.CONTACTS] is StepState.WRONG


def test_a_rejected_order_with_a_fill_is_wrong() -> None:
    case = build_demo("en").case
    case.trades.append(
        Trade(order_id="R-1", status=OrderStatus.REJECTED, executed_price=Decimal("1.2"),
              currency="USD")
    )
    assert step_states(case, NOW)[StepId.TRADES] is StepState.WRONG


def test_what_a_page_refused_makes_its_step_wrong_and_is_listed_with_the_reason() -> None:
    case = build_demo("en").case
    refused = [Unaccepted(StepId.CLAIMANT, "email", "Your e-mail", "Not an e-mail address.")]
    assert step_states(case, NOW)[StepId.CLAIMANT] is StepState.COMPLETE
    assert step_states(case, NOW, refused)[StepId.CLAIMANT] is StepState.WRONG
    (first, *_rest) = [f for f in findings(case, "en", NOW, refused) if f.step is StepId.CLAIMANT]
    assert first.severity is Severity.WRONG and first.field == "email"
    assert "Your e-mail" in first.what and "Not an e-mail address." in first.what
    zh = findings(case, "zh_CN", NOW, refused)
    assert any("未保存" in f.what for f in zh)


def test_the_demo_cases_are_complete_where_the_user_filled_them() -> None:
    for language in ("en", "zh_CN"):
        states = step_states(build_demo(language).case, NOW)
        assert StepState.WRONG not in states.values(), (language, states)
        assert StepState.MISSING not in states.values(), (language, states)


def test_marks_and_findings_agree_on_every_step() -> None:
    """A step is complete exactly when Review lists nothing for it."""
    cases = [Case(), build_demo("en").case, build_demo("zh_CN").case]
    broken = build_demo("en").case
    broken.problem.started_at = datetime(2031, 1, 5, tzinfo=UTC)
    cases.append(broken)
    rank = {Severity.WRONG: 0, Severity.MISSING: 1, Severity.WEAK: 2}
    for case in cases:
        states = step_states(case, NOW)
        listed = findings(case, "en", NOW)
        for step in STEP_ORDER[:-1]:
            mine = [f for f in listed if f.step is step]
            if not mine:
                assert states[step] in (StepState.COMPLETE, StepState.EMPTY)
            else:
                worst = min(mine, key=lambda f: rank[f.severity]).severity
                assert states[step].value == worst.value


def test_findings_come_in_step_order_worst_first() -> None:
    case = Case(contacts=[ContactEvent(at=NOW - timedelta(days=1))])
    listed = findings(case, "en", NOW)
    positions = [STEP_ORDER.index(f.step) for f in listed]
    assert positions == sorted(positions)
