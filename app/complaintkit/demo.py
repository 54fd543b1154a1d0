"""The built-in demo cases: one in Chinese, one in English.

Realistic enough to show what a finished case looks like (trades, a contact
history with a broken promise, screenshot-like images), and deterministic, so
tests and benchmarks use them as fixtures. The images are drawn here with Pillow
and the bundled fonts; nothing is read from outside the app.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PIL import Image, ImageDraw, ImageFont

from complaintkit import fonts
from complaintkit.domain import (
    Case,
    CaseStatus,
    Claimant,
    ContactChannel,
    ContactEvent,
    Direction,
    EvidenceItem,
    EvidenceKind,
    Language,
    Money,
    OrderSide,
    OrderStatus,
    Platform,
    PlatformKind,
    Problem,
    ProblemCategory,
    Promise,
    Remedy,
    RemedyKind,
    Trade,
    WithdrawalDetails,
)
from complaintkit.domain.models import OutageDetails, new_case_reference

if TYPE_CHECKING:
    from complaintkit.store import CaseStore


# Fixed, so opening the example again finds the one already in the list.
DEMO_IDS = {
    Language.ZH_CN: "d3m0c0de000000000000000000000001",
    Language.EN: "d3m0c0de000000000000000000000002",
}


@dataclass
class DemoCase:
    """A case and the bytes of its evidence files, keyed by `sha256_stored`."""

    case: Case
    files: dict[str, bytes] = field(default_factory=dict)

    def open_bytes(self, item: EvidenceItem) -> bytes:
        if item.sha256_stored is None:
            raise KeyError(item.id)
        return self.files[item.sha256_stored]


@cache
def _font(key: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(fonts.font_path(key)), size)


def _text(draw: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, size: int, fill: str) -> None:
    """Draw `text` run by run, each with a font that has its glyphs."""
    x, y = xy
    for key, run in fonts.runs(text):
        font = _font(key, size)
        draw.text((x, y), run, font=font, fill=fill)
        x += int(draw.textlength(run, font=font))


@dataclass(frozen=True)
class _Screen:
    """A simple phone or desktop screen: a title bar, lines of text, an optional dialog."""

    title: str
    lines: tuple[str, ...]
    dialog: tuple[str, ...] = ()
    size: tuple[int, int] = (1080, 1920)
    accent: str = "#1f6feb"


def _draw_screen(screen: _Screen) -> bytes:
    width = screen.size[0]
    image = Image.new("RGB", screen.size, "#f6f8fa")
    draw = ImageDraw.Draw(image)
    scale = min(width / 1080, screen.size[1] / 1000)
    title_size = int(48 * scale)
    body_size = int(38 * scale)
    draw.rectangle((0, 0, width, int(150 * scale)), fill=screen.accent)
    _text(draw, (int(40 * scale), int(45 * scale)), screen.title, title_size, "white")
    y = int(200 * scale)
    for line in screen.lines:
        _text(draw, (int(40 * scale), y), line, body_size, "#24292f")
        y += int(64 * scale)
        draw.line((int(40 * scale), y - 12, width - int(40 * scale), y - 12), fill="#d0d7de")
    if screen.dialog:
        box_top = y + int(60 * scale)
        box_height = int(90 * scale) * len(screen.dialog) + int(80 * scale)
        draw.rounded_rectangle(
            (int(80 * scale), box_top, width - int(80 * scale), box_top + box_height),
            radius=int(24 * scale),
            fill="white",
            outline="#cf222e",
            width=max(2, int(5 * scale)),
        )
        dy = box_top + int(40 * scale)
        for index, line in enumerate(screen.dialog):
            colour = "#cf222e" if index == 0 else "#24292f"
            _text(draw, (int(120 * scale), dy), line, body_size, colour)
            dy += int(90 * scale)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _evidence(
    demo: DemoCase,
    evidence_id: str,
    screen: _Screen,
    caption: str,
    name: str,
    captured_at: datetime,
    imported_at: datetime,
) -> EvidenceItem:
    data = _draw_screen(screen)
    digest = hashlib.sha256(data).hexdigest()
    demo.files[digest] = data
    return EvidenceItem(
        id=evidence_id,
        kind=EvidenceKind.SCREENSHOT,
        caption=caption,
        original_name=name,
        media_type="image/png",
        size=len(data),
        sha256_original=digest,
        sha256_stored=digest,
        captured_at=captured_at,
        imported_at=imported_at,
    )


def _chinese_demo() -> DemoCase:
    tz = ZoneInfo("Asia/Shanghai")

    def at(day: int, hour: int, minute: int, second: int = 0) -> datetime:
        return datetime(2026, 11, day, hour, minute, second, tzinfo=tz)

    created = at(10, 20, 15)
    case_id = DEMO_IDS[Language.ZH_CN]
    demo = DemoCase(case=Case(id=case_id, created_at=created, updated_at=at(16, 21, 40)))
    imported = at(10, 20, 30)
    e_error = _evidence(
        demo,
        "evidence-zh-1",
        _Screen(
            "鑫盛证券 · 委托下单",
            (
                "贵州茅台 600519",
                "买入 市价（下单时最新价 1,480.00）",
                "数量 200 股",
                "09:30:02 提交委托",
            ),
            ("委托失败", "错误代码 E1003：系统繁忙，请稍后重试", "09:31:47"),
        ),
        "委托下单时平台提示“系统繁忙”的截图，手机时钟显示 09:31",
        "Screenshot_20261110_093147.png",
        at(10, 9, 31, 47),
        imported,
    )
    e_fills = _evidence(
        demo,
        "evidence-zh-2",
        _Screen(
            "鑫盛证券 · 当日成交",
            (
                "委托号 20261110-0093021  贵州茅台",
                "买入 200 股  成交价 1,492.60",
                "委托时间 09:30:02  成交时间 09:34:15",
                "委托号 20261110-0093388  宁德时代",
                "卖出 500 股  成交价 251.30",
                "委托时间 09:32:10  成交时间 09:36:52",
            ),
        ),
        "当日成交记录截图：两笔委托的下单与成交时间及价格",
        "Screenshot_20261110_100512.png",
        at(10, 10, 5, 12),
        imported,
    )
    e_chat = _evidence(
        demo,
        "evidence-zh-3",
        _Screen(
            "在线客服",
            (
                "客服 8021 号：您好，已为您登记工单 GD-2026111000457。",
                "客服 8021 号：技术部门会在 11 月 12 日 18:00 前",
                "给您回电说明情况并提出处理方案。",
                "我：好的，请务必回电。",
            ),
            accent="#2da44e",
        ),
        "在线客服承诺 11 月 12 日 18:00 前回电的聊天记录",
        "Screenshot_20261110_141822.png",
        at(10, 14, 18, 22),
        imported,
    )
    demo.case = Case(
        id=case_id,
        reference=new_case_reference(created, case_id),
        title="鑫盛证券开盘系统繁忙导致委托延误",
        created_at=created,
        updated_at=at(16, 21, 40),
        status=CaseStatus.DRAFT,
        letter_language=Language.ZH_CN,
        claimant=Claimant(
            full_name="王丽华",
            email="wang.lihua@example.cn",
            phone="139 0000 0000",
            postal_address="上海市浦东新区世纪大道 100 号 8 楼 802 室，200120",
        ),
        platform=Platform(
            kind=PlatformKind.SECURITIES_BROKER,
            name="鑫盛证券股份有限公司",
            account_id="3100 8866 2027",
            website="https://www.xinsheng-sec.example.cn",
            complaint_email="tousu@xinsheng-sec.example.cn",
            hotline="400-000-0000",
            jurisdiction="CN",
            licence_number="91310000XS0000000X",
        ),
        problem=Problem(
            categories=[ProblemCategory.SLOW_SERVER, ProblemCategory.SUPPORT],
            started_at=at(10, 9, 30),
            ended_at=at(10, 9, 52),
            timezone="Asia/Shanghai",
            narrative=(
                "2026 年 11 月 10 日 09:30 开盘时，我通过鑫盛证券手机应用提交两笔市价委托"
                "（下单时的最新价分别为 1,480.00 元和 254.80 元）。"
                "应用多次提示“系统繁忙”，委托在提交后约 4 分钟才成交，"
                "成交价格明显偏离我下单时的价格。"
                "09:52 之后系统恢复正常。当天 14:18 我联系在线客服，客服登记了工单并承诺"
                "技术部门在 11 月 12 日 18:00 前回电，但至今没有任何人联系我。"
            ),
            error_messages=["错误代码 E1003：系统繁忙，请稍后重试", "网络连接超时（-1001）"],
            evidence_ids=[e_error.id],
            outage=OutageDetails(
                what_tried="多次重新提交委托、切换到 Wi-Fi 与移动网络、重新登录应用",
                positions_affected="贵州茅台 200 股（买入）、宁德时代 500 股（卖出）",
            ),
        ),
        trades=[
            Trade(
                id="trade-zh-1",
                order_id="20261110-0093021",
                instrument="贵州茅台 600519",
                side=OrderSide.BUY,
                quantity=Decimal(200),
                currency="CNY",
                intended_price=Decimal("1480.00"),
                executed_price=Decimal("1492.60"),
                sent_at=at(10, 9, 30, 2),
                executed_at=at(10, 9, 34, 15),
                status=OrderStatus.FILLED,
                fees=Decimal("5.00"),
                evidence_ids=[e_error.id, e_fills.id],
            ),
            Trade(
                id="trade-zh-2",
                order_id="20261110-0093388",
                instrument="宁德时代 300750",
                side=OrderSide.SELL,
                quantity=Decimal(500),
                currency="CNY",
                intended_price=Decimal("254.80"),
                executed_price=Decimal("251.30"),
                sent_at=at(10, 9, 32, 10),
                executed_at=at(10, 9, 36, 52),
                status=OrderStatus.FILLED,
                fees=Decimal("5.00"),
                evidence_ids=[e_fills.id],
            ),
        ],
        evidence=[e_error, e_fills, e_chat],
        contacts=[
            ContactEvent(
                id="contact-zh-1",
                at=at(10, 9, 40),
                channel=ContactChannel.PHONE,
                direction=Direction.TO_FIRM,
                agent="未报工号",
                summary=(
                    "拨打客服热线 400-000-0000 反映下单失败，排队 25 分钟后"
                    "被告知“系统正在处理”，无进一步说明。"
                ),
                outcome="未解决",
            ),
            ContactEvent(
                id="contact-zh-2",
                at=at(10, 14, 18),
                channel=ContactChannel.LIVE_CHAT,
                direction=Direction.TO_FIRM,
                agent="客服 8021 号",
                reference="GD-2026111000457",
                summary="在线客服登记工单，确认当天开盘时段系统出现拥堵。",
                promises=[
                    Promise(
                        text="技术部门回电说明情况并提出处理方案",
                        due=at(12, 18, 0),
                        kept=False,
                    )
                ],
                outcome="已登记工单，等待回电",
                evidence_ids=[e_chat.id],
            ),
            ContactEvent(
                id="contact-zh-3",
                at=at(14, 10, 5),
                channel=ContactChannel.EMAIL,
                direction=Direction.TO_FIRM,
                agent="",
                reference="GD-2026111000457",
                summary="发邮件至投诉邮箱催问回电事宜，并附上截图。",
                outcome="仅收到自动回复",
            ),
        ],
        remedy=Remedy(
            kinds=[RemedyKind.COMPENSATION, RemedyKind.WRITTEN_EXPLANATION],
            compensation=Money(amount=Decimal("4270.00"), currency="CNY"),
            details="请书面说明 11 月 10 日开盘时段系统故障的原因及改进措施。",
            reply_deadline_days=15,
        ),
    )
    return demo


def _english_demo() -> DemoCase:
    tz = ZoneInfo("Europe/London")

    def at(month: int, day: int, hour: int, minute: int, second: int = 0) -> datetime:
        return datetime(2026, month, day, hour, minute, second, tzinfo=tz)

    created = at(11, 9, 19, 0)
    case_id = DEMO_IDS[Language.EN]
    demo = DemoCase(case=Case(id=case_id, created_at=created))
    imported = at(11, 9, 19, 10)
    e_pending = _evidence(
        demo,
        "evidence-en-1",
        _Screen(
            "Northgate Markets · Withdrawals",
            (
                "Request WD-88412",
                "Amount: 12,500.00 GBP",
                "To: Barclays ****4471",
                "Requested: 20 Oct 2026 10:12",
                "Status: Pending review",
            ),
            size=(1600, 1000),
            accent="#0a3069",
        ),
        "Withdrawal WD-88412 still 'Pending review' three weeks after the request",
        "withdrawal-status.png",
        at(11, 9, 18, 40),
        imported,
    )
    e_requote = _evidence(
        demo,
        "evidence-en-2",
        _Screen(
            "Northgate Markets · Trade ticket",
            ("EUR/USD  Sell 2.00 lots", "Requested price 1.08420"),
            ("Requote", "Price changed. New price 1.08310", "Error 138: off quotes"),
            size=(1600, 1000),
            accent="#0a3069",
        ),
        "Requote at 14:02:11 on 3 November: order placed at 1.08420, filled at 1.08310",
        "requote-1402.png",
        at(11, 3, 14, 2, 11),
        imported,
    )
    e_email = _evidence(
        demo,
        "evidence-en-3",
        _Screen(
            "Mail · support@northgate-markets.example",
            (
                "Ticket NM-55102",
                "Dear Mr Carter,",
                "Your withdrawal will be processed",
                "by Friday 31 October 2026.",
                "Kind regards, Priya (Client Services)",
            ),
            size=(1600, 1000),
            accent="#57606a",
        ),
        "E-mail from support promising the withdrawal by 31 October",
        "support-email-2026-10-27.png",
        at(10, 27, 16, 45),
        imported,
    )
    demo.case = Case(
        id=case_id,
        reference=new_case_reference(created, case_id),
        title="Northgate Markets: withdrawal held for weeks and a requoted EUR/USD order",
        created_at=created,
        updated_at=at(11, 16, 9, 30),
        letter_language=Language.EN,
        claimant=Claimant(
            full_name="Daniel Carter",
            email="daniel.carter@example.co.uk",
            phone="+44 7700 900123",
            postal_address="14 Albion Street\nLeeds LS1 6HX\nUnited Kingdom",
        ),
        platform=Platform(
            kind=PlatformKind.FOREX_CFD,
            name="Northgate Markets Ltd",
            account_id="NGM-20417733",
            website="https://www.northgate-markets.example",
            complaint_email="complaints@northgate-markets.example",
            hotline="+44 20 7946 0000",
            jurisdiction="UK",
            licence_number="FRN 999999",
        ),
        problem=Problem(
            categories=[ProblemCategory.WITHDRAWAL, ProblemCategory.WRONG_EXECUTION],
            started_at=at(10, 20, 10, 12),
            ongoing=True,
            timezone="Europe/London",
            narrative=(
                "On 20 October 2026 at 10:12 I asked to withdraw 12,500.00 GBP to my bank "
                "account. The request has shown 'Pending review' ever since. On 27 October "
                "support promised in writing that it would be paid by 31 October; it was not. "
                "Separately, on 3 November at 14:02 my market order to sell 2 lots of EUR/USD, "
                "requested at 1.08420, was requoted and filled at 1.08310, although the market "
                "had not moved that far."
            ),
            error_messages=["Error 138: off quotes", "Price changed. New price 1.08310"],
            evidence_ids=[e_pending.id],
            withdrawal=WithdrawalDetails(
                requested_at=at(10, 20, 10, 12),
                amount=Money(amount=Decimal("12500.00"), currency="GBP"),
                reference="WD-88412",
                destination="Barclays current account ending 4471",
                status_shown="Pending review",
                reasons_given="'Routine compliance checks' (no documents were requested)",
            ),
        ),
        trades=[
            Trade(
                id="trade-en-1",
                order_id="T-7730921",
                instrument="EUR/USD",
                side=OrderSide.SELL,
                quantity=Decimal(200000),
                currency="USD",
                intended_price=Decimal("1.08420"),
                executed_price=Decimal("1.08310"),
                sent_at=at(11, 3, 14, 2, 9),
                executed_at=at(11, 3, 14, 2, 11),
                status=OrderStatus.FILLED,
                fees=Decimal("14.00"),
                note="2 standard lots",
                evidence_ids=[e_requote.id],
            ),
            Trade(
                id="trade-en-2",
                order_id="T-7731188",
                instrument="GBP/USD",
                side=OrderSide.BUY,
                quantity=Decimal(100000),
                currency="USD",
                intended_price=Decimal("1.27105"),
                executed_price=Decimal("1.27160"),
                sent_at=at(11, 3, 14, 5, 40),
                executed_at=at(11, 3, 14, 5, 43),
                status=OrderStatus.FILLED,
                fees=Decimal("7.00"),
                note="1 standard lot",
            ),
        ],
        evidence=[e_pending, e_requote, e_email],
        contacts=[
            ContactEvent(
                id="contact-en-1",
                at=at(10, 24, 11, 30),
                channel=ContactChannel.LIVE_CHAT,
                direction=Direction.TO_FIRM,
                agent="Marco",
                reference="NM-55102",
                summary="Asked why the withdrawal was pending. Told it was a routine check.",
                outcome="No date given",
            ),
            ContactEvent(
                id="contact-en-2",
                at=at(10, 27, 16, 45),
                channel=ContactChannel.EMAIL,
                direction=Direction.FROM_FIRM,
                agent="Priya (Client Services)",
                reference="NM-55102",
                summary="Support wrote that the withdrawal would be processed by 31 October.",
                promises=[
                    Promise(
                        text="Process withdrawal WD-88412 (12,500.00 GBP)",
                        due=at(10, 31, 17, 0),
                        kept=False,
                    )
                ],
                outcome="Promise not kept",
                evidence_ids=[e_email.id],
            ),
            ContactEvent(
                id="contact-en-3",
                at=at(11, 4, 9, 15),
                channel=ContactChannel.PHONE,
                direction=Direction.TO_FIRM,
                agent="James, agent ID 2291",
                reference="NM-56877",
                summary="Reported the requote on T-7730921 and chased the withdrawal.",
                promises=[
                    Promise(
                        text="Call back with the trade review result",
                        due=at(11, 7, 17, 0),
                        kept=False,
                    )
                ],
                outcome="No call back",
                evidence_ids=[e_requote.id],
            ),
        ],
        remedy=Remedy(
            kinds=[
                RemedyKind.PROCESS_WITHDRAWAL,
                RemedyKind.TRADE_CORRECTION,
                RemedyKind.COMPENSATION,
            ],
            compensation=Money(amount=Decimal("275.00"), currency="USD"),
            details="Pay withdrawal WD-88412 in full and correct order T-7730921.",
            reply_deadline_days=14,
        ),
    )
    return demo


def demo_id(language: str, scam: bool = False) -> str:
    """The demo case's fixed id: known without drawing its screenshots."""
    if scam:
        from complaintkit.demo_scam import SCAM_CASE_ID

        return SCAM_CASE_ID
    return DEMO_IDS[Language(language)]


def build_demo(language: str, scam: bool = False) -> DemoCase:
    """The demo case for `language` ("zh_CN" or "en"), with its evidence files.

    `scam`: the third demo, where the platform itself is the problem (demo_scam.py).
    """
    if scam:
        from complaintkit.demo_scam import scam_demo

        return scam_demo(language)
    return _chinese_demo() if Language(language) is Language.ZH_CN else _english_demo()


# A week after the demo cases were last edited, so the broken promises read as overdue.
DEMO_NOW = datetime(2026, 11, 17, 9, 0, tzinfo=ZoneInfo("UTC"))


def install_demo(store: CaseStore, language: str, scam: bool = False) -> Case:
    """Put the demo case into `store` (once), its files through the attachment store."""
    # Already there: no need to draw the screenshots again (~0.5 s at every --demo).
    if store.exists(demo_id(language, scam)):
        return store.load(demo_id(language, scam))
    demo = build_demo(language, scam)
    case = demo.case.model_copy(deep=True)
    case.example = True  # marked in the list, the title and the letter; removable at once
    for item in case.evidence:
        stored = store.attachments.import_file(
            demo.open_bytes(item),
            original_name=item.original_name,
            kind=item.kind,
            caption=item.caption,
            captured_at=item.captured_at,
        )
        item.sha256_stored = stored.sha256_stored
        item.size = stored.size
        item.media_type = stored.media_type
    return store.create(case)
