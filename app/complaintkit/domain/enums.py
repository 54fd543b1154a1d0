"""The fixed vocabularies of a case. Labels shown to users live in
resources/locales/<lang>/domain.toml under [enums.<EnumName>], never here."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    ZH_CN = "zh_CN"
    EN = "en"


class PlatformKind(StrEnum):
    SECURITIES_BROKER = "securities_broker"
    FUTURES_BROKER = "futures_broker"
    CRYPTO_EXCHANGE = "crypto_exchange"
    BINARY_OPTIONS = "binary_options"
    FOREX_CFD = "forex_cfd"
    BANK_PAYMENT = "bank_payment"
    OTHER = "other"


class ProblemCategory(StrEnum):
    SLOW_SERVER = "slow_server"
    OUTAGE = "outage"
    SUPPORT = "support"
    SECURITY = "security"
    WITHDRAWAL = "withdrawal"
    FROZEN = "frozen"
    WRONG_EXECUTION = "wrong_execution"
    DISPUTE = "dispute"


class ContactChannel(StrEnum):
    PHONE = "phone"
    LIVE_CHAT = "live_chat"
    EMAIL = "email"
    IN_APP = "in_app"
    WEB_FORM = "web_form"
    LETTER = "letter"
    IN_PERSON = "in_person"
    SOCIAL_MEDIA = "social_media"
    OTHER = "other"


class Direction(StrEnum):
    TO_FIRM = "to_firm"
    FROM_FIRM = "from_firm"


class RemedyKind(StrEnum):
    TECHNICAL_FIX = "technical_fix"
    COMPENSATION = "compensation"
    TRADE_CORRECTION = "trade_correction"
    UNFREEZE = "unfreeze"
    PROCESS_WITHDRAWAL = "process_withdrawal"
    WRITTEN_EXPLANATION = "written_explanation"
    SECURITY_MEASURES = "security_measures"
    OTHER = "other"


class CaseStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    AWAITING_REPLY = "awaiting_reply"
    ESCALATED = "escalated"
    RESOLVED = "resolved"
    CLOSED = "closed"


class EvidenceKind(StrEnum):
    SCREENSHOT = "screenshot"
    PHOTO = "photo"
    STATEMENT = "statement"
    CHAT_LOG = "chat_log"
    EMAIL = "email"
    DOCUMENT = "document"
    # The firm's own status page entry, outage announcement or upgrade notice: it shows
    # the firm knew (support record, issue 20).
    FIRM_NOTICE = "firm_notice"
    OTHER = "other"


class CaptureTimeSource(StrEnum):
    """Where an evidence item's capture time came from (store/capture_time.py)."""

    PHOTO_DATA = "photo_data"  # the picture's own EXIF data
    FILE_NAME = "file_name"  # the time stamp in its name
    FILE_DATE = "file_date"  # the file's modified time, maybe when it was copied
    TYPED = "typed"  # typed or corrected by the user
    UNKNOWN = "unknown"  # not recorded (older cases, pasted pictures)


class OrderSide(StrEnum):
    BUY = "buy"
    SELL = "sell"


class OrderStatus(StrEnum):
    FILLED = "filled"
    PARTIALLY_FILLED = "partially_filled"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    PENDING = "pending"
    UNKNOWN = "unknown"
    # The order never reached the market (e.g. the app failed); see Trade.replaced_by.
    NOT_SENT = "not_sent"


class PreferredContact(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    POST = "post"


class SendMethod(StrEnum):
    EMAIL = "email"
    PRINTED_POST = "printed_post"
    WEB_FORM = "web_form"
    IN_APP = "in_app"
    IN_PERSON = "in_person"
    OTHER = "other"


class PaperSize(StrEnum):
    A4 = "A4"
    LETTER = "Letter"


class PaymentMethod(StrEnum):
    """How money went to the platform (decides which recovery route exists)."""

    CARD = "card"
    BANK_TRANSFER = "bank_transfer"
    CRYPTO = "crypto"
    E_WALLET = "e_wallet"
    CASH = "cash"
    OTHER = "other"


class CardScheme(StrEnum):
    VISA = "visa"
    MASTERCARD = "mastercard"
    AMEX = "amex"
    UNIONPAY = "unionpay"
    OTHER = "other"


class Chain(StrEnum):
    """Blockchains whose transaction ids and addresses are checked by shape."""

    BITCOIN = "bitcoin"
    # Ethereum and the chains that share its formats (BNB Smart Chain, Polygon, Arbitrum...).
    EVM = "evm"
    TRON = "tron"
    OTHER = "other"


class Answer(StrEnum):
    """A plain question's answer; UNANSWERED until the user says."""

    UNANSWERED = "unanswered"
    YES = "yes"
    NO = "no"
    NOT_SURE = "not_sure"


class TrackChoice(StrEnum):
    """The user's correction of the scam assessment: keep it, or say which it is."""

    AUTOMATIC = "automatic"
    SCAM = "scam"
    LICENSED = "licensed"


class FirmStage(StrEnum):
    """Where the firm says it is in handling the complaint, in the order firms go (issue 20)."""

    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    INVESTIGATING = "investigating"
    FINAL_RESPONSE = "final_response"
    REMEDY_PAID = "remedy_paid"


class OfferDecision(StrEnum):
    """The user's answer to an offer from the firm (support record, issue 20)."""

    UNDECIDED = "undecided"
    ACCEPT = "accept"
    DECLINE = "decline"
