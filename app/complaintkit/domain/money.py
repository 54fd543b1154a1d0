"""Money as an exact decimal with an ISO 4217 currency or a free-text asset code.

Losses and prices are never floats: a complaint that claims 1,234.56 must say
1,234.56, not 1234.5599999.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

# Active ISO 4217 codes (funds and precious metals left out: nobody loses XAU to a slow server).
ISO_4217 = frozenset(
    """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP
    GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS
    KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR
    MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF
    SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD
    TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG""".split()
)

# Currencies whose amounts have no minor unit, for display.
_ZERO_DECIMALS = frozenset({"JPY", "KRW", "VND", "CLP", "ISK", "PYG", "UGX", "XAF", "XOF", "XPF"})
_ASSET_CODE = re.compile(r"^[A-Z0-9][A-Z0-9.\-]{1,11}$")

CodeKind = Literal["currency", "asset"]


def _normalise_code(value: str) -> str:
    return value.strip().upper()


def check_code(code: str, kind: CodeKind) -> str:
    """Return the normalised code or raise a PydanticCustomError a user can act on."""
    code = _normalise_code(code)
    if kind == "currency":
        if code not in ISO_4217:
            raise PydanticCustomError(
                "ck_unknown_currency",
                "{code} is not a known currency code. Use an ISO code such as CNY, HKD or USD,"
                " or mark it as a crypto asset (for example USDT).",
                {"code": code or "(empty)"},
            )
    elif not _ASSET_CODE.match(code):
        raise PydanticCustomError(
            "ck_bad_asset_code",
            "{code} is not a usable asset code: use 2 to 12 letters or digits,"
            " such as USDT or BTC.",
            {"code": code or "(empty)"},
        )
    return code


def _finite(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise PydanticCustomError("ck_not_a_number", "Enter a number.", {})
    return value


FiniteDecimal = Annotated[Decimal, AfterValidator(_finite)]


class Money(BaseModel):
    """An amount in one currency (ISO 4217) or one crypto asset (free-text code)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    amount: FiniteDecimal
    kind: CodeKind = "currency"
    currency: str

    @field_validator("amount", mode="before")
    @classmethod
    def _no_floats(cls, value: object) -> object:
        # A float has already lost the user's digits; go through its shortest repr instead.
        if isinstance(value, float):
            return Decimal(repr(value))
        return value

    @field_validator("currency")
    @classmethod
    def _known_code(cls, value: str, info: ValidationInfo) -> str:
        return check_code(value, info.data.get("kind", "currency"))

    def minor_digits(self) -> int:
        if self.kind == "asset":
            return max(2, min(8, -int(self.amount.normalize().as_tuple().exponent)))
        return 0 if self.currency in _ZERO_DECIMALS else 2

    def format(self) -> str:
        """`1,234.56 USD`: grouping and the code after the amount, the same in both languages."""
        digits = self.minor_digits()
        quantum = Decimal(1).scaleb(-digits)
        return f"{self.amount.quantize(quantum):,.{digits}f} {self.currency}"

    def __add__(self, other: Money) -> Money:
        if (other.currency, other.kind) != (self.currency, self.kind):
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(amount=self.amount + other.amount, currency=self.currency, kind=self.kind)
