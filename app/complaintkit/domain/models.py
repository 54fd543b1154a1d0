"""The case: everything a user collects for one complaint.

Pydantic v2 models, no Qt. Every datetime is timezone-aware; every amount is a
Decimal with a currency or asset code. Validation errors carry a `ck_*` type so
`domain.messages` can explain them in the user's language.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from complaintkit.domain.chains import address_shape_ok, tx_shape_ok
from complaintkit.domain.enums import (
    Answer,
    CaptureTimeSource,
    CardScheme,
    CaseStatus,
    Chain,
    ContactChannel,
    Direction,
    EvidenceKind,
    FirmStage,
    Language,
    OfferDecision,
    OrderSide,
    OrderStatus,
    PaperSize,
    PaymentMethod,
    PlatformKind,
    PreferredContact,
    ProblemCategory,
    RemedyKind,
    SendMethod,
    TrackChoice,
)
from complaintkit.domain.limits import check_size
from complaintkit.domain.money import CodeKind, FiniteDecimal, Money, check_code

SCHEMA_VERSION = 1

# Deliberately simple: one @, something before it, a dotted domain after it.
# Full RFC 5322 parsing would accept addresses no mail client can send to.
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _email(value: str) -> str:
    value = value.strip()
    if value and not _EMAIL.match(value):
        raise PydanticCustomError(
            "ck_bad_email",
            "{value} does not look like an e-mail address (it should look like name@example.com).",
            {"value": value},
        )
    return value


def _sha256(value: str | None) -> str | None:
    if value is not None and not _SHA256.match(value):
        raise PydanticCustomError("ck_bad_hash", "This is not a SHA-256 hash.", {})
    return value


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise PydanticCustomError(
            "ck_bad_timezone",
            "{value} is not a known time zone (for example Asia/Shanghai or Europe/London).",
            {"value": value},
        ) from None
    return value


def _new_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> datetime:
    return datetime.now(UTC)


Email = Annotated[str, AfterValidator(_email)]
Sha256 = Annotated[str | None, AfterValidator(_sha256)]
TimeZoneName = Annotated[str, AfterValidator(_timezone)]


class Model(BaseModel):
    """Base for every case part: unknown keys refused, assignments validated, texts and
    lists no longer than `domain.limits` allows."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    @field_validator("*", mode="after")
    @classmethod
    def _within_limits(cls, value: object, info: ValidationInfo) -> object:
        return check_size(info.field_name or "", value)


def _check_order(start: datetime | None, end: datetime | None, field: str) -> None:
    if start is not None and end is not None and end < start:
        raise PydanticCustomError(
            "ck_end_before_start",
            "The end ({field}) is before the start. Check the dates and times.",
            {"field": field},
        )


class Claimant(Model):
    """The person complaining."""

    full_name: str = ""
    email: Email = ""
    phone: str = ""
    postal_address: str = ""
    preferred_contact: PreferredContact = PreferredContact.EMAIL


class Platform(Model):
    """The firm complained about."""

    kind: PlatformKind = PlatformKind.SECURITIES_BROKER
    name: str = ""
    account_id: str = ""
    website: str = ""
    complaint_email: Email = ""
    hotline: str = ""
    # A jurisdiction key from resources/data/escalation (e.g. "CN", "HK", "UK", "OFFSHORE").
    jurisdiction: str = ""
    licence_number: str = ""
    # The address the user actually used (an app link, a "new site" a manager sent),
    # exactly as seen: it may differ from the firm's official website.
    address_as_seen: str = ""


class WithdrawalDetails(Model):
    requested_at: AwareDatetime | None = None
    amount: Money | None = None
    # The firm's id for the withdrawal request (e.g. WD-88412): the handler looks it up.
    reference: str = ""
    destination: str = ""
    status_shown: str = ""
    reasons_given: str = ""


class FreezeDetails(Model):
    frozen_at: AwareDatetime | None = None
    # What the frozen account holds: the main claim of a frozen-account letter.
    amount_held: Money | None = None
    reason_given: str = ""
    documents_requested: str = ""
    documents_supplied: str = ""


class SecurityDetails(Model):
    noticed_at: AwareDatetime | None = None
    reported_at: AwareDatetime | None = None
    unauthorised_activity: str = ""
    platform_response: str = ""

    @model_validator(mode="after")
    def _reported_after_noticed(self) -> SecurityDetails:
        _check_order(self.noticed_at, self.reported_at, "reported_at")
        return self


class OutageDetails(Model):
    what_tried: str = ""
    positions_affected: str = ""


class DisputeDetails(Model):
    rule_relied_on: str = ""
    platform_ruling: str = ""
    why_wrong: str = ""


# The details each problem category asks about: the attribute of Problem and its model.
CATEGORY_DETAILS: dict[ProblemCategory, tuple[str, type[Model]]] = {
    ProblemCategory.WITHDRAWAL: ("withdrawal", WithdrawalDetails),
    ProblemCategory.FROZEN: ("freeze", FreezeDetails),
    ProblemCategory.SECURITY: ("security", SecurityDetails),
    ProblemCategory.OUTAGE: ("outage", OutageDetails),
    ProblemCategory.DISPUTE: ("dispute", DisputeDetails),
}


class Problem(Model):
    """What went wrong, when, in the user's words and the platform's error texts."""

    categories: list[ProblemCategory] = Field(default_factory=list)
    started_at: AwareDatetime | None = None
    ended_at: AwareDatetime | None = None
    ongoing: bool = False
    # The zone the user experienced the problem in; times are shown in it.
    timezone: TimeZoneName = "Asia/Shanghai"
    narrative: str = ""
    error_messages: list[str] = Field(default_factory=list)
    # Exhibits that show the problem itself (error screens, status pages).
    evidence_ids: list[str] = Field(default_factory=list)
    withdrawal: WithdrawalDetails | None = None
    freeze: FreezeDetails | None = None
    security: SecurityDetails | None = None
    outage: OutageDetails | None = None
    dispute: DisputeDetails | None = None

    @field_validator("categories")
    @classmethod
    def _unique(cls, value: list[ProblemCategory]) -> list[ProblemCategory]:
        return list(dict.fromkeys(value))

    def details_in_use(self) -> dict[str, Model]:
        """The per-category details for the categories chosen (unchosen ones are kept, unused).

        The wizard keeps details when a category is unticked, so ticking it again
        brings them back; only the chosen ones belong in a letter.
        """
        return {
            name: details
            for category, (name, _model) in CATEGORY_DETAILS.items()
            if category in self.categories and (details := getattr(self, name)) is not None
        }

    @model_validator(mode="after")
    def _times_in_order(self) -> Problem:
        if self.ongoing and self.ended_at is not None:
            raise PydanticCustomError(
                "ck_ongoing_with_end",
                "The problem is marked as still going on but also has an end time; keep one.",
                {},
            )
        _check_order(self.started_at, self.ended_at, "ended_at")
        return self


class Trade(Model):
    """An order the problem affected. Prices are per unit in `currency`."""

    id: str = Field(default_factory=_new_id)
    order_id: str = ""
    instrument: str = ""
    side: OrderSide = OrderSide.BUY
    quantity: FiniteDecimal = Decimal(0)
    currency_kind: CodeKind = "currency"
    currency: str = "CNY"
    intended_price: FiniteDecimal | None = None
    executed_price: FiniteDecimal | None = None
    sent_at: AwareDatetime | None = None
    executed_at: AwareDatetime | None = None
    status: OrderStatus = OrderStatus.FILLED
    fees: FiniteDecimal = Decimal(0)
    # The user may know their loss better than the arithmetic (e.g. a missed fill).
    loss_override: FiniteDecimal | None = None
    note: str = ""
    # For an order that was never sent (status not_sent): the order id that replaced it.
    replaced_by: str = ""
    # Exhibits that show this order (confirmations, fills, error screens).
    evidence_ids: list[str] = Field(default_factory=list)

    @field_validator("quantity")
    @classmethod
    def _non_negative_quantity(cls, value: Decimal) -> Decimal:
        if value < 0:
            raise PydanticCustomError(
                "ck_negative_quantity",
                "The quantity cannot be negative; use the side (buy or sell) for the direction.",
                {},
            )
        return value

    @field_validator("intended_price", "executed_price", "fees")
    @classmethod
    def _non_negative_price(cls, value: Decimal | None) -> Decimal | None:
        if value is not None and value < 0:
            raise PydanticCustomError(
                "ck_negative_amount", "Prices and fees cannot be negative.", {}
            )
        return value

    @field_validator("currency")
    @classmethod
    def _known_code(cls, value: str, info: ValidationInfo) -> str:
        return check_code(value, info.data.get("currency_kind", "currency"))

    @model_validator(mode="after")
    def _executed_after_sent(self) -> Trade:
        _check_order(self.sent_at, self.executed_at, "executed_at")
        return self

    def price_difference_loss(self) -> Decimal | None:
        """quantity x adverse price difference; None when a price is missing.

        A buy filled above the intended price and a sell filled below it are losses;
        a fill in the user's favour counts as a negative loss (the letter is honest).
        Fees are not part of it: the user would have paid them on the intended fill too.
        """
        if self.intended_price is None or self.executed_price is None:
            return None
        diff = self.executed_price - self.intended_price
        if self.side is OrderSide.SELL:
            diff = -diff
        return self.quantity * diff

    def is_blank(self) -> bool:
        """A row added but not filled in: it proves nothing and earns no mark."""
        return not (
            self.order_id.strip()
            or self.instrument.strip()
            or self.quantity
            or self.intended_price is not None
            or self.executed_price is not None
            or self.sent_at is not None
            or self.loss_override is not None
            or self.note.strip()
        )

    def loss(self) -> Money | None:
        amount = (
            self.loss_override if self.loss_override is not None else (self.price_difference_loss())
        )
        if amount is None:
            return None
        return Money(amount=amount, currency=self.currency, kind=self.currency_kind)


class EvidenceItem(Model):
    """A file the user collected. Stored content-addressed; `path` only in hand-written JSON."""

    id: str = Field(default_factory=_new_id)
    kind: EvidenceKind = EvidenceKind.SCREENSHOT
    caption: str = ""
    original_name: str = ""
    media_type: str = ""
    size: int = Field(default=0, ge=0)
    sha256_original: Sha256 = None
    sha256_stored: Sha256 = None
    captured_at: AwareDatetime | None = None
    captured_at_source: CaptureTimeSource = CaptureTimeSource.UNKNOWN
    imported_at: AwareDatetime | None = None
    include_in_letter: bool = True
    # The user marked this capture as an event of its own ("the app showed this error
    # at 09:31"): it gets a row in the letter's time line. Other evidence is cited
    # where it is used, so screenshots do not crowd out the events they prove.
    timeline_event: bool = False
    # For `complaintkit render --case FILE.json`: a path relative to the JSON file.
    # Never followed outside that folder, never written by the store.
    path: str | None = None


class Promise(Model):
    """Something the firm promised to do by a date. Broken promises are leverage."""

    text: str = ""
    due: AwareDatetime | None = None
    # None: not yet known (due date in the future, or the user has not said).
    kept: bool | None = None

    def is_overdue(self, now: datetime) -> bool:
        return self.kept is not True and self.due is not None and self.due < now


class ContactEvent(Model):
    """One call, chat, e-mail or message with the firm."""

    id: str = Field(default_factory=_new_id)
    at: AwareDatetime
    channel: ContactChannel = ContactChannel.PHONE
    direction: Direction = Direction.TO_FIRM
    agent: str = ""
    reference: str = ""  # ticket or case number the firm gave
    summary: str = ""
    promises: list[Promise] = Field(default_factory=list)
    outcome: str = ""
    evidence_ids: list[str] = Field(default_factory=list)
    # An automated assistant or AI agent answered, not a person (the support record
    # counts whether a human was ever reached).
    with_bot: bool = False

    def is_blank(self) -> bool:
        """Added but nothing said about it yet: not a contact the letter can cite."""
        return not (
            self.agent.strip()
            or self.reference.strip()
            or self.summary.strip()
            or self.outcome.strip()
            or self.promises
            or self.evidence_ids
        )


class StageRecord(Model):
    """A stage the firm reached in handling the complaint, on the date its document shows."""

    stage: FirmStage = FirmStage.ACKNOWLEDGED
    at: AwareDatetime
    # The firm's acknowledgement, holding letter or final response as evidence.
    evidence_ids: list[str] = Field(default_factory=list)
    note: str = ""


class FirmOffer(Model):
    """A goodwill payment, settlement or mediation offer from the firm, to weigh and answer."""

    received_at: AwareDatetime | None = None
    amount: Money | None = None
    # What the firm says the offer is for (e.g. "fees refunded, no loss on the orders").
    covers: str = ""
    # The firm's conditions in its own words ("in full and final settlement").
    conditions: str = ""
    # The offer says accepting it settles the whole complaint: later claims may be waived.
    full_and_final: bool = False
    answer_by: AwareDatetime | None = None
    decision: OfferDecision = OfferDecision.UNDECIDED
    # Why the user declines, or what they ask for instead (in the reply letter).
    reply_note: str = ""
    evidence_ids: list[str] = Field(default_factory=list)

    @field_validator("amount")
    @classmethod
    def _positive(cls, value: Money | None) -> Money | None:
        if value is not None and value.amount < 0:
            raise PydanticCustomError(
                "ck_negative_amount", "An offer's amount cannot be negative.", {}
            )
        return value


class Remedy(Model):
    """What the user asks for."""

    kinds: list[RemedyKind] = Field(default_factory=list)
    compensation: Money | None = None
    details: str = ""
    reply_deadline_days: int = Field(default=14, ge=1, le=90)

    @field_validator("kinds")
    @classmethod
    def _unique(cls, value: list[RemedyKind]) -> list[RemedyKind]:
        return list(dict.fromkeys(value))

    @field_validator("compensation")
    @classmethod
    def _positive(cls, value: Money | None) -> Money | None:
        if value is not None and value.amount < 0:
            raise PydanticCustomError(
                "ck_negative_amount", "The compensation asked for cannot be negative.", {}
            )
        return value


class Transfer(Model):
    """One payment the user made to (or for) the platform: the police pack lists each."""

    id: str = Field(default_factory=_new_id)
    at: AwareDatetime | None = None
    amount: Money | None = None
    method: PaymentMethod = PaymentMethod.BANK_TRANSFER
    # Where the money left from, e.g. "Barclays current account ending 4471" or an exchange.
    from_account: str = ""
    # Who received it, as the statement or the wallet shows (payee, IBAN, merchant name).
    to_account: str = ""
    # The bank, card issuer, exchange or payment provider that sent it (who to ask for help).
    paid_through: str = ""
    card_scheme: CardScheme | None = None
    reference: str = ""  # the statement's reference or transaction number
    chain: Chain | None = None
    tx_hash: str = ""
    wallet_address: str = ""  # the address the coins were sent to
    # Paid into an account in the user's own name (e.g. their exchange account): UK
    # reimbursement for push payment fraud does not cover it, the exchange's records do.
    to_own_account: bool = False
    note: str = ""
    evidence_ids: list[str] = Field(default_factory=list)

    @field_validator("tx_hash", "wallet_address", "reference", "to_account", "from_account")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()

    @field_validator("amount")
    @classmethod
    def _positive(cls, value: Money | None) -> Money | None:
        if value is not None and value.amount < 0:
            raise PydanticCustomError(
                "ck_negative_amount", "A payment's amount cannot be negative.", {}
            )
        return value

    @model_validator(mode="after")
    def _shapes_fit_chain(self) -> Transfer:
        if self.chain is not None and not tx_shape_ok(self.chain, self.tx_hash):
            raise PydanticCustomError(
                f"ck_bad_tx_hash_{self.chain.value}",
                "This does not look like a transaction id on the chain chosen.",
                {"value": self.tx_hash},
            )
        if self.chain is not None and not address_shape_ok(self.chain, self.wallet_address):
            raise PydanticCustomError(
                f"ck_bad_address_{self.chain.value}",
                "This does not look like a wallet address on the chain chosen.",
                {"value": self.wallet_address},
            )
        return self


class ScamAnswers(Model):
    """The plain questions whose answers change the advice when the platform may be a scam."""

    # How did you pay in? (card, bank transfer, crypto...)
    paid_by: list[PaymentMethod] = Field(default_factory=list)
    # Do you know who licenses them?
    licence_known: Answer = Answer.UNANSWERED
    # Have they asked you to pay (a "tax", "fee", "deposit") before you can withdraw?
    asked_to_pay: Answer = Answer.UNANSWERED
    # Where the user lives: a key of resources/data/scam/reporting.toml; "" = from the time zone.
    home_country: str = ""
    # The user's correction of the assessment.
    track: TrackChoice = TrackChoice.AUTOMATIC
    # The crime reference number the police gave (banks ask for it).
    police_reference: str = ""
    # Warning signs the user said are wrong for this case (codes from knowledge.scam_signals).
    dismissed_signals: list[str] = Field(default_factory=list)

    @field_validator("paid_by")
    @classmethod
    def _unique(cls, value: list[PaymentMethod]) -> list[PaymentMethod]:
        return list(dict.fromkeys(value))


class SendingRecord(Model):
    """How and when the complaint went out."""

    at: AwareDatetime
    method: SendMethod = SendMethod.EMAIL
    to: str = ""
    note: str = ""
    # The folder of the generated set that was sent (documents.generated_sets).
    files: str = ""


class Case(Model):
    """One complaint, from first evidence to resolution."""

    schema_version: Literal[1] = SCHEMA_VERSION
    id: str = Field(default_factory=_new_id)
    reference: str = ""  # shown on the letter, e.g. CK-20261123-4F2A
    title: str = ""
    created_at: AwareDatetime = Field(default_factory=utc_now)
    updated_at: AwareDatetime = Field(default_factory=utc_now)
    status: CaseStatus = CaseStatus.DRAFT
    letter_language: Language = Language.ZH_CN
    # True once the user chose the letter's language: until then it follows where the
    # platform is regulated (and the UI language).
    letter_language_chosen: bool = False
    # The built-in example case (File › Open the example case): marked as such in the
    # list, the title and the letter, and removable in one click.
    example: bool = False
    paper_size: PaperSize = PaperSize.A4
    # The letter to the firm carries the full number (the firm must find the account);
    # masking is for copies shared with others.
    mask_account_id: bool = False
    include_appendix: bool = True
    claimant: Claimant = Field(default_factory=Claimant)
    platform: Platform = Field(default_factory=Platform)
    problem: Problem = Field(default_factory=Problem)
    trades: list[Trade] = Field(default_factory=list)
    evidence: list[EvidenceItem] = Field(default_factory=list)
    contacts: list[ContactEvent] = Field(default_factory=list)
    remedy: Remedy = Field(default_factory=Remedy)
    # The total claimed; when None the letter uses the sum of the trades' losses.
    claimed_loss: Money | None = None
    sent: SendingRecord | None = None
    # An escalation body id from resources/data (knowledge), chosen or suggested.
    escalation_body: str = ""
    # Payments to the platform (police pack, recovery letters) and the scam questions.
    transfers: list[Transfer] = Field(default_factory=list)
    scam: ScamAnswers = Field(default_factory=ScamAnswers)
    # The firm's handling stages as the user recorded them, and its offer (issue 20);
    # both default empty, so cases saved before them load unchanged.
    firm_stages: list[StageRecord] = Field(default_factory=list)
    offer: FirmOffer | None = None

    @model_validator(mode="after")
    def _links_resolve(self) -> Case:
        known = {item.id for item in self.evidence}
        linked = [self.problem.evidence_ids]
        linked += [trade.evidence_ids for trade in self.trades]
        linked += [contact.evidence_ids for contact in self.contacts]
        linked += [transfer.evidence_ids for transfer in self.transfers]
        linked += [stage.evidence_ids for stage in self.firm_stages]
        linked += [self.offer.evidence_ids] if self.offer is not None else []
        for evidence_ids in linked:
            missing = [eid for eid in evidence_ids if eid not in known]
            if missing:
                raise PydanticCustomError(
                    "ck_unknown_evidence",
                    "Something in this case refers to evidence that is not in it ({ids}).",
                    {"ids": ", ".join(missing)},
                )
        return self

    def computed_loss(self) -> list[Money]:
        """Sum of the trades' losses, one total per currency (never mixed)."""
        totals: dict[tuple[str, str], Money] = {}
        for trade in self.trades:
            loss = trade.loss()
            if loss is None:
                continue
            key = (loss.currency, loss.kind)
            totals[key] = totals[key] + loss if key in totals else loss
        return list(totals.values())

    def losses_to_claim(self) -> list[Money]:
        """The computed losses that may be claimed: fills that came out in the user's
        favour are shown in the worksheet, never claimed."""
        return [loss for loss in self.computed_loss() if loss.amount > 0]

    def evidence_by_id(self, evidence_id: str) -> EvidenceItem | None:
        return next((item for item in self.evidence if item.id == evidence_id), None)

    def exhibit_numbers(self) -> dict[str, str]:
        """E1, E2, ... for the evidence included in the letter, in case order."""
        included = [item for item in self.evidence if item.include_in_letter]
        return {item.id: f"E{index}" for index, item in enumerate(included, start=1)}

    def touch(self) -> None:
        self.updated_at = utc_now()


def new_case_reference(created_at: datetime, case_id: str) -> str:
    return f"CK-{created_at:%Y%m%d}-{case_id[:4].upper()}"
