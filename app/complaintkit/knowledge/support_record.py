"""How the firm's support behaved, derived from the contact log (the user types nothing new).

Response time, how many contacts it took, which channels were tried and which
answered, promises kept and broken, whether a person was ever reached, and the
stage the firm says it is at. The letter prints one sentence of it, the
checklist all of it (documents/support_text.py words it).

Rules, so every figure can be checked against the contact table:

- blank contacts (added, nothing said) do not count;
- a message the user *wrote* (e-mail, letter, website form, in-app message, social
  media, other) waits for the firm's next contact of any kind after it: that gap is
  its response time; with no later contact from the firm it is unanswered;
- a *live* contact the user started (phone, live chat, in person) was answered when
  an agent is named or an automated assistant answered; its waiting time on hold is
  not recorded, so it has no response time;
- a person was reached when a contact not marked as an automated assistant names an
  agent; "only an assistant" when every contact that was answered was a bot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import median
from typing import Literal

from complaintkit.domain import timing
from complaintkit.domain.enums import ContactChannel, Direction, FirmStage
from complaintkit.domain.models import Case, ContactEvent, StageRecord

LIVE_CHANNELS = frozenset(
    {ContactChannel.PHONE, ContactChannel.LIVE_CHAT, ContactChannel.IN_PERSON}
)

HumanReached = Literal["yes", "bot_only", "not_recorded"]


@dataclass(frozen=True)
class ChannelUse:
    channel: ContactChannel
    # Contacts the user started on this channel.
    tried: int
    # The firm answered on it: a contact from the firm, or a live contact answered.
    answered: bool


@dataclass(frozen=True)
class ResponseWait:
    """One written message from the user and the firm's next contact after it."""

    asked: ContactEvent
    answered_at: datetime | None

    @property
    def waited(self) -> timedelta | None:
        return self.answered_at - self.asked.at if self.answered_at is not None else None


@dataclass(frozen=True)
class PromiseCount:
    made: int = 0
    kept: int = 0
    # Marked as broken, or past its due date and not kept.
    broken: int = 0
    # Not yet due, or no date given and not marked.
    open: int = 0


@dataclass(frozen=True)
class SupportRecord:
    contacts: int
    # Contacts the user started (calls, messages, chats) and those from the firm.
    from_user: int
    from_firm: int
    first_day: date | None
    last_day: date | None
    channels: tuple[ChannelUse, ...]
    waits: tuple[ResponseWait, ...]
    promises: PromiseCount
    human: HumanReached
    bot_contacts: int
    # The furthest stage the firm reached, as the user recorded it.
    stage: StageRecord | None
    # The days the firm gave its final response and paid the remedy (None: not recorded).
    final_response_on: date | None = None
    remedy_paid_on: date | None = None

    @property
    def span_days(self) -> int:
        """Calendar days from the first contact to the last, in the case's zone."""
        if self.first_day is None or self.last_day is None:
            return 0
        return (self.last_day - self.first_day).days

    @property
    def channels_tried(self) -> tuple[ChannelUse, ...]:
        return tuple(use for use in self.channels if use.tried)

    @property
    def unanswered(self) -> int:
        return sum(1 for wait in self.waits if wait.answered_at is None)

    @property
    def answered_waits(self) -> list[timedelta]:
        return [wait.waited for wait in self.waits if wait.waited is not None]

    @property
    def longest_wait(self) -> timedelta | None:
        return max(self.answered_waits, default=None)

    @property
    def median_wait(self) -> timedelta | None:
        waits = self.answered_waits
        return median(waits) if waits else None

    @property
    def is_empty(self) -> bool:
        return self.contacts == 0 and self.stage is None


def _counted(case: Case) -> list[ContactEvent]:
    return sorted((c for c in case.contacts if not c.is_blank()), key=lambda c: c.at)


def _live_answered(contact: ContactEvent) -> bool:
    return contact.channel in LIVE_CHANNELS and (contact.with_bot or bool(contact.agent.strip()))


def _waits(contacts: list[ContactEvent]) -> tuple[ResponseWait, ...]:
    waits = []
    for index, contact in enumerate(contacts):
        if contact.direction is not Direction.TO_FIRM or contact.channel in LIVE_CHANNELS:
            continue
        reply = next(
            (
                later.at
                for later in contacts[index + 1 :]
                if later.direction is Direction.FROM_FIRM and later.at >= contact.at
            ),
            None,
        )
        waits.append(ResponseWait(contact, reply))
    return tuple(waits)


def _channels(contacts: list[ContactEvent]) -> tuple[ChannelUse, ...]:
    uses = []
    for channel in ContactChannel:
        on_it = [c for c in contacts if c.channel is channel]
        if not on_it:
            continue
        tried = sum(1 for c in on_it if c.direction is Direction.TO_FIRM)
        answered = any(c.direction is Direction.FROM_FIRM or _live_answered(c) for c in on_it)
        uses.append(ChannelUse(channel, tried, answered))
    return tuple(uses)


def _promises(contacts: list[ContactEvent], now: datetime) -> PromiseCount:
    made = kept = broken = 0
    for contact in contacts:
        for promise in contact.promises:
            if not (promise.text.strip() or promise.due is not None):
                continue
            made += 1
            if promise.kept is True:
                kept += 1
            elif promise.kept is False or promise.is_overdue(now):
                broken += 1
    return PromiseCount(made, kept, broken, made - kept - broken)


def _human(contacts: list[ContactEvent]) -> HumanReached:
    if any(not c.with_bot and c.agent.strip() for c in contacts):
        return "yes"
    answered = [c for c in contacts if c.direction is Direction.FROM_FIRM or _live_answered(c)]
    if answered and all(c.with_bot for c in answered):
        return "bot_only"
    return "not_recorded"


def furthest_stage(case: Case) -> StageRecord | None:
    """The latest stage in the firm's order (received ... remedy paid) it has reached."""
    order = list(FirmStage)
    return max(
        case.firm_stages, key=lambda record: (order.index(record.stage), record.at), default=None
    )


def support_record(case: Case, now: datetime) -> SupportRecord:
    contacts = _counted(case)
    zone = timing.case_zone(case)
    return SupportRecord(
        contacts=len(contacts),
        from_user=sum(1 for c in contacts if c.direction is Direction.TO_FIRM),
        from_firm=sum(1 for c in contacts if c.direction is Direction.FROM_FIRM),
        first_day=timing.local_day(contacts[0].at, zone) if contacts else None,
        last_day=timing.local_day(contacts[-1].at, zone) if contacts else None,
        channels=_channels(contacts),
        waits=_waits(contacts),
        promises=_promises(contacts, now),
        human=_human(contacts),
        bot_contacts=sum(1 for c in contacts if c.with_bot),
        stage=furthest_stage(case),
        final_response_on=timing.final_response_on(case),
        remedy_paid_on=timing.stage_on(case, FirmStage.REMEDY_PAID),
    )
