"""E-mail draft, calendar reminders, web-form sections and recording the sending."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from complaintkit.delivery.email_draft import attachment_too_large, write_draft
from complaintkit.delivery.reminders import write_calendar
from complaintkit.delivery.sending import record_sending
from complaintkit.delivery.web_form import form_sections
from complaintkit.demo import DEMO_NOW, build_demo
from complaintkit.documents.generate import generate
from complaintkit.documents.letter import compose_letter
from complaintkit.domain import CaseStatus, SendMethod


def test_eml_draft_parses_back_with_addressee_subject_body_and_the_pdf(tmp_path: Path) -> None:
    demo = build_demo("zh_CN")
    files = generate(demo.case, "zh_CN", demo.open_bytes, tmp_path / "out", now=DEMO_NOW)
    text = files.letter_text.read_text(encoding="utf-8")
    draft = write_draft(demo.case, "zh_CN", text, files.letter_pdf, tmp_path / "draft.eml")
    message = BytesParser(policy=policy.default).parsebytes(draft.read_bytes())
    assert message["X-Unsent"] == "1"
    assert message["To"] == "tousu@xinsheng-sec.example.cn"
    assert message["Subject"] == "正式投诉 CK-20261110-D3M0 – 鑫盛证券股份有限公司"
    body = message.get_body(preferencelist=("plain",))
    assert body.get_content_charset() == "utf-8"
    assert body.get_content().replace("\r\n", "\n").strip() == text.strip()
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["complaint-letter.pdf"]
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_content() == files.letter_pdf.read_bytes()
    assert not attachment_too_large(files.letter_pdf)


def test_calendar_has_reply_deadline_and_open_promises_in_the_right_zone(tmp_path: Path) -> None:
    case = build_demo("en").case
    sent_at = datetime(2026, 11, 16, 9, 30, tzinfo=ZoneInfo("Europe/London"))
    record_sending(case, SendMethod.EMAIL, sent_at, to=case.platform.complaint_email)
    path = write_calendar(case, "en", tmp_path / "reminders.ics")
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    reply = events["Reply due from Northgate Markets Ltd"]
    start = reply.decoded("dtstart")
    # The date engine's due date (14 days after the letter's date), at 09:00 in the case's zone.
    assert start == datetime(2026, 11, 30, 9, 0, tzinfo=ZoneInfo("Europe/London"))
    assert str(start.tzinfo) == "Europe/London"
    promise = events["Northgate Markets Ltd promised: Call back with the trade review result"]
    assert promise.decoded("dtstart") == datetime(2026, 11, 7, 17, 0, tzinfo=UTC)
    assert len(events) == 3  # reply deadline + two promises not kept
    assert all(e.walk("VALARM") for e in events.values())
    assert any(c.name == "VTIMEZONE" for c in calendar.subcomponents)
    uids = [str(e["uid"]) for e in events.values()]
    assert len(set(uids)) == 3 and all(case.id in uid for uid in uids)


def _utc_as_thunderbird_reads_it(calendar: icalendar.Calendar, event) -> datetime:
    """The event's instant worked out from the file's own VTIMEZONE, the way Thunderbird
    (ical.js) does: each RDATE line counts with its first date only."""
    local = event["dtstart"].dt.replace(tzinfo=None)
    onsets = []
    for observance in calendar.walk("VTIMEZONE")[0].subcomponents:
        offset = observance["tzoffsetto"].td
        rdates = observance.get("rdate", [])
        for line in rdates if isinstance(rdates, list) else [rdates]:
            onsets.append((line.dts[0].dt, offset))
        onsets.append((observance["dtstart"].dt, offset))
    offset = max(onset for onset in onsets if onset[0] <= local)[1]
    return (local - offset).replace(tzinfo=UTC)


def test_calendar_times_are_right_in_clients_that_use_the_files_time_zone(tmp_path) -> None:
    case = build_demo("en").case
    # Sent in British summer time, due after the clocks went back: two offsets in one file.
    sent_at = datetime(2026, 10, 20, 9, 30, tzinfo=ZoneInfo("Europe/London"))
    record_sending(case, SendMethod.EMAIL, sent_at, to=case.platform.complaint_email)
    case.remedy.reply_deadline_days = 3
    calendar = icalendar.Calendar.from_ical(
        write_calendar(case, "en", tmp_path / "reminders.ics").read_bytes()
    )
    events = calendar.walk("VEVENT")
    assert len(events) == 3
    for event in events:
        assert _utc_as_thunderbird_reads_it(calendar, event) == event.decoded("dtstart")
    assert calendar.subcomponents[0].name == "VTIMEZONE"


def test_recording_the_sending_moves_the_case_to_awaiting_reply() -> None:
    case = build_demo("en").case
    deadline = record_sending(case, SendMethod.WEB_FORM, DEMO_NOW)
    assert case.status is CaseStatus.AWAITING_REPLY
    assert case.sent.method is SendMethod.WEB_FORM
    assert deadline.date() == (DEMO_NOW + timedelta(days=14)).date()


def test_web_form_sections_have_the_letter_text_and_character_counts() -> None:
    demo = build_demo("en")
    sections = form_sections(compose_letter(demo.case, "en", DEMO_NOW, demo.open_bytes))
    titles = [s.title for s in sections]
    assert "What happened" in titles and "What I ask you to do" in titles
    assert "Evidence appendix" not in titles
    summary = sections[0]
    assert "Formal complaint" in summary.text and summary.characters == len(summary.text)
    orders = next(s for s in sections if s.title == "Orders affected")
    assert "T-7730921" in orders.text


def test_no_reply_due_reminder_once_the_final_response_is_recorded(tmp_path) -> None:
    from datetime import UTC, datetime, timedelta

    from complaintkit.delivery.reminders import write_calendar
    from complaintkit.demo import build_demo
    from complaintkit.domain import SendMethod
    from complaintkit.domain.enums import FirmStage
    from complaintkit.domain.models import SendingRecord, StageRecord

    case = build_demo("en").case
    sent = datetime(2026, 11, 23, 10, tzinfo=UTC)
    case.sent = SendingRecord(at=sent, method=SendMethod.EMAIL)
    before = write_calendar(case, "en", tmp_path / "before.ics").read_text(encoding="utf-8")
    assert f"{case.id}-reply@complaintkit" in before
    final = StageRecord(stage=FirmStage.FINAL_RESPONSE, at=sent + timedelta(days=5))
    case.firm_stages.append(final)
    after = write_calendar(case, "en", tmp_path / "after.ics").read_text(encoding="utf-8")
    assert f"{case.id}-reply@complaintkit" not in after
