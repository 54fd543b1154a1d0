"""Is the platform itself the problem? Recognised from the case, without Qt.

The assessment reads what the user already told us (platform kind, licence and
jurisdiction, the account of what happened, the firm's messages, the contact log)
and the answers to a few plain questions, and names each warning sign with the
words that raised it, so the user can see why and correct it. It decides which
track the documents take: the complaint route for a licensed firm, or the scam
track (preserve, stop paying, payment-route recovery, police, warning list).

Recognising text is a matter of words that occur together in one sentence, in
English and Chinese; it is meant to prompt a careful look, never to accuse, so
a single weak sign only makes the app ask, and the user's own answer wins.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from complaintkit.domain import (
    Answer,
    Case,
    ContactChannel,
    PaymentMethod,
    PlatformKind,
    TrackChoice,
)

SignalCode = Literal[
    "pay_to_unlock",
    "blocked_after_profit",
    "bonus_voids_profits",
    "messenger_only",
    "moved_to_other_site",
    "site_unreachable",
    "recovery_offer",
    "no_licence",
    "binary_options",
    "address_differs",
]
Level = Literal["likely", "possible", "none"]
Question = Literal["paid_by", "licence_known", "asked_to_pay"]
# Where the words were found, as a key of scam.toml [where].
Where = Literal[
    "narrative", "error_messages", "problem_details", "contacts", "evidence", "answers", "platform"
]

# A sign that on its own makes fraud likely, versus one that only makes it worth asking.
STRONG: frozenset[SignalCode] = frozenset(
    {"pay_to_unlock", "moved_to_other_site", "site_unreachable", "recovery_offer"}
)

_RISKY_KINDS = {PlatformKind.BINARY_OPTIONS, PlatformKind.FOREX_CFD, PlatformKind.CRYPTO_EXCHANGE}


def _words(*alternatives: str) -> re.Pattern[str]:
    # English words on word boundaries; Chinese has no spaces, so it matches anywhere.
    parts = [rf"\b{a}\b" if a.isascii() else a for a in alternatives]
    pattern = re.compile("|".join(parts), re.IGNORECASE)
    _LITERALS[pattern] = tuple(dict.fromkeys(a.casefold() for a in alternatives))
    return pattern


# Each word list as plain text: a sentence that contains none of them needs no regex.
_LITERALS: dict[re.Pattern[str], tuple[str, ...]] = {}


_PAY = _words(
    "pay", "paid", "paying", "deposit", "deposited", "transfer", "send", "top up", "top-up",
    "缴纳", "缴", "交纳", "支付", "付款", "充值", "转入", "补缴", "补足", "先交",
)
_FEE = _words(
    "tax", "taxes", "fee", "fees", "charge", "commission", "deposit", "margin", "insurance",
    "税", "手续费", "保证金", "验证金", "解冻金", "解冻费", "激活费", "服务费", "通道费", "风险金",
    "押金", "会员费",
)
_UNLOCK = _words(
    "release", "released", "unlock", "unlocked", "unfreeze", "withdraw", "withdrawal",
    "withdrawals", "activate", "verify", "verification", "cash out", "payout",
    "提现", "出金", "解冻", "激活", "提款", "到账", "释放", "解锁",
)
_BLOCKED = _words(
    "withdraw", "withdrawal", "withdrawals", "cash out", "frozen", "froze", "freeze", "blocked",
    "suspended", "locked", "under review", "security review", "on hold",
    "提现", "出金", "冻结", "封号", "审核", "风控", "限制",
)
_PROFIT = _words(
    "profit", "profits", "profitable", "gain", "gains", "won", "winning", "earned",
    "盈利", "赚", "收益", "获利", "挣了",
)
_BONUS = _words("bonus", "bonuses", "promotion", "赠金", "奖金", "红利", "体验金", "彩金", "返利")
_VOID = _words(
    "void", "voided", "cancel", "cancelled", "canceled", "forfeit", "forfeited", "removed",
    "deducted", "invalid", "invalidated", "annulled", "confiscated",
    "取消", "作废", "扣除", "清零", "没收", "无效",
)
_MESSENGER = _words("telegram", "whatsapp", "signal app", "电报", "纸飞机", "飞机群")
_PERSON = _words(
    "manager", "account manager", "mentor", "analyst", "advisor", "adviser", "coach", "teacher",
    "expert", "经理", "导师", "老师", "分析师", "助理", "专员",
)
_MOVE = _words(
    "another", "new", "different", "other", "moved", "move", "switch", "switched", "download",
    "换", "新的", "另一个", "下载", "转到", "转移到",
)
_SITE = _words(
    "site", "website", "platform", "app", "link", "网站", "平台", "链接", "网址", "App", "APP"
)
_UNREACHABLE = re.compile(
    r"\bno longer\b[^.]{0,30}\b(reachable|available|online|accessible|exists|working|opens)\b"
    r"|\b(website|site|app|platform)\b[^.]{0,20}\b(down|gone|offline|disappeared|closed|shut)\b"
    r"|\bcan(?:not|'t| not)\b[^.]{0,20}\b(open|reach|access|load)\b[^.]{0,20}\b(website|site|app)\b"
    r"|网站打不开|无法访问|网站关闭|跑路|打不开了|平台消失|网站消失|APP打不开|app打不开|登录不上网站",
    re.IGNORECASE,
)
_RECOVER = _words(
    "recover", "recovery", "get your money back", "get my money back", "retrieve", "reclaim",
    "追回", "挽回", "追款", "帮你要回", "帮我要回",
)
_OFFER = _words(
    "fee", "upfront", "contacted", "offered", "offer", "company", "lawyer", "agency", "service",
    "费用", "收费", "联系我", "公司", "律师", "机构",
)

# A sentence ends at . ! ? followed by a space (not inside 2,760.00), at 。！？ or a line end.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])|\n+")


@dataclass(frozen=True)
class Signal:
    code: SignalCode
    where: Where
    # The user's (or the firm's) words that raised it, as typed; "" when from an answer.
    excerpt: str = ""

    @property
    def strong(self) -> bool:
        return self.code in STRONG


@dataclass(frozen=True)
class ScamAssessment:
    # What the case's own facts suggest.
    level: Level
    signals: tuple[Signal, ...]
    # Questions whose answers would change the advice, still unanswered.
    questions: tuple[Question, ...]
    # The user's correction, if any.
    choice: TrackChoice

    @property
    def on_track(self) -> bool:
        """Whether the documents take the scam track (the user's choice wins)."""
        if self.choice is TrackChoice.SCAM:
            return True
        if self.choice is TrackChoice.LICENSED:
            return False
        return self.level == "likely"

    @property
    def worth_showing(self) -> bool:
        """Whether the calm warning (or the questions) belongs on screen."""
        return self.level != "none" or self.choice is TrackChoice.SCAM


def _texts(case: Case) -> Iterator[tuple[Where, str]]:
    problem = case.problem
    yield "narrative", problem.narrative
    for message in problem.error_messages:
        yield "error_messages", message
    for details in problem.details_in_use().values():
        for _name, value in details:
            if isinstance(value, str):
                yield "problem_details", value
    for contact in case.contacts:
        yield "contacts", contact.summary
        yield "contacts", contact.outcome
        for promise in contact.promises:
            yield "contacts", promise.text
    for item in case.evidence:
        yield "evidence", item.caption


def _sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(text) if part and part.strip()]


def _excerpt(sentence: str, limit: int = 160) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


_UNLOCK_FEE = re.compile(
    r"verification deposit|unlock fee|release fee|解冻费|解冻金|验证金", re.IGNORECASE
)
# Each word group is searched once per sentence; a sign is a set of groups that occur
# together (in one sentence, or in two neighbouring ones).
_GROUPS: dict[str, re.Pattern[str]] = {
    "pay": _PAY,
    "fee": _FEE,
    "unlock": _UNLOCK,
    "unlock_fee": _UNLOCK_FEE,
    "blocked": _BLOCKED,
    "profit": _PROFIT,
    "bonus": _BONUS,
    "void": _VOID,
    "messenger": _MESSENGER,
    "person": _PERSON,
    "move": _MOVE,
    "site": _SITE,
    "unreachable": _UNREACHABLE,
    "recover": _RECOVER,
    "offer": _OFFER,
}


def _groups(sentence: str) -> frozenset[str]:
    folded = sentence.casefold()
    found = []
    for name, pattern in _GROUPS.items():
        literals = _LITERALS.get(pattern)
        if literals is not None and not any(word in folded for word in literals):
            continue
        if pattern.search(sentence):
            found.append(name)
    return frozenset(found)


def _signs(groups: frozenset[str]) -> list[SignalCode]:
    found: list[SignalCode] = []
    if {"pay", "fee", "unlock"} <= groups or "unlock_fee" in groups:
        found.append("pay_to_unlock")
    if {"blocked", "profit"} <= groups:
        found.append("blocked_after_profit")
    if {"bonus", "void"} <= groups:
        found.append("bonus_voids_profits")
    if "messenger" in groups:
        found.append("messenger_only")
    if {"person", "move", "site"} <= groups:
        found.append("moved_to_other_site")
    if "unreachable" in groups:
        found.append("site_unreachable")
    if {"recover", "offer"} <= groups and "blocked" not in groups:
        found.append("recovery_offer")
    return found


def _host(address: str) -> str:
    text = address.strip().lower()
    if not text:
        return ""
    if "://" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:  # whatever the user typed is not an address we can compare
        return ""
    return host.removeprefix("www.")


def _text_signals(case: Case) -> list[Signal]:
    return list(_signals_in(tuple(_texts(case))))


# The review, the scam panel and each document assess the same case, and a keystroke
# in a field these texts do not include leaves them unchanged.
@functools.lru_cache(maxsize=8)
def _signals_in(texts: tuple[tuple[Where, str], ...]) -> tuple[Signal, ...]:
    signals: list[Signal] = []
    seen: set[SignalCode] = set()
    passages = [(where, _sentences(text)) for where, text in texts]
    groups = [[_groups(sentence) for sentence in sentences] for _where, sentences in passages]
    # Words in one sentence first; then two neighbouring sentences ("After a profitable
    # week ... On 20 October I asked to withdraw"), for signs not found within one.
    for span in (1, 2):
        for (where, sentences), found in zip(passages, groups, strict=True):
            for start in range(len(sentences) - span + 1):
                together = frozenset().union(*found[start : start + span])
                for code in _signs(together):
                    if code not in seen:  # one reason per sign: the first place it shows
                        seen.add(code)
                        passage = " ".join(sentences[start : start + span])
                        signals.append(Signal(code, where, _excerpt(passage)))
    return tuple(signals)


def _fact_signals(case: Case, found: set[SignalCode]) -> list[Signal]:
    platform, answers = case.platform, case.scam
    signals: list[Signal] = []
    if answers.asked_to_pay is Answer.YES and "pay_to_unlock" not in found:
        signals.append(Signal("pay_to_unlock", "answers"))
    contacts = case.contacts
    if (
        "messenger_only" not in found
        and contacts
        and all(contact.channel is ContactChannel.SOCIAL_MEDIA for contact in contacts)
    ):
        signals.append(Signal("messenger_only", "contacts"))
    unlicensed_answer = answers.licence_known in (Answer.NO, Answer.NOT_SURE)
    no_licence_facts = not platform.licence_number.strip() and platform.jurisdiction in (
        "",
        "OFFSHORE",
    )
    if unlicensed_answer:
        signals.append(Signal("no_licence", "answers"))
    elif no_licence_facts and (
        platform.jurisdiction == "OFFSHORE" or platform.kind in _RISKY_KINDS
    ):
        signals.append(Signal("no_licence", "platform"))
    if platform.kind is PlatformKind.BINARY_OPTIONS:
        signals.append(Signal("binary_options", "platform"))
    seen, official = _host(platform.address_as_seen), _host(platform.website)
    if seen and official and seen != official and not seen.endswith("." + official):
        signals.append(Signal("address_differs", "platform", platform.address_as_seen.strip()))
    return signals


def _licence_given(case: Case) -> bool:
    """The user named a licence and the place that granted it."""
    return bool(case.platform.licence_number.strip()) and case.platform.jurisdiction not in (
        "",
        "OFFSHORE",
    )


def _level(signals: list[Signal], case: Case) -> Level:
    score = sum(2 if signal.strong else 1 for signal in signals)
    licensed = case.scam.licence_known is Answer.YES and _licence_given(case)
    if any(signal.strong for signal in signals) or (score >= 3 and not licensed):
        return "likely"
    return "possible" if score else "none"


def _questions(case: Case, level: Level) -> tuple[Question, ...]:
    risky = (
        level != "none"
        or case.scam.track is TrackChoice.SCAM
        or (
            (case.platform.kind in _RISKY_KINDS or case.platform.jurisdiction == "OFFSHORE")
            and not _licence_given(case)
        )
    )
    if not risky:
        return ()
    questions: list[Question] = []
    if not case.scam.paid_by and not case.transfers:
        questions.append("paid_by")
    if case.scam.licence_known is Answer.UNANSWERED:
        questions.append("licence_known")
    if case.scam.asked_to_pay is Answer.UNANSWERED:
        questions.append("asked_to_pay")
    return tuple(questions)


def assess(case: Case) -> ScamAssessment:
    """The warning signs in this case, how strong they are together, and what to ask."""
    signals = _text_signals(case)
    signals += _fact_signals(case, {signal.code for signal in signals})
    # The user's correction of a single sign wins over the words that raised it.
    signals = [s for s in signals if s.code not in case.scam.dismissed_signals]
    level = _level(signals, case)
    return ScamAssessment(level, tuple(signals), _questions(case, level), case.scam.track)


def payment_methods(case: Case) -> list[PaymentMethod]:
    """How the user paid in: the answer, plus the methods of the payments entered."""
    methods = list(case.scam.paid_by)
    methods += [transfer.method for transfer in case.transfers]
    return list(dict.fromkeys(methods))
