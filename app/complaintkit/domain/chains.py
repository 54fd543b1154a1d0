"""What blockchain transaction ids and wallet addresses look like, chain by chain.

Shape only (characters, length, prefix): enough to catch a pasted fragment, a
missing character or an address of the wrong chain, which is what matters when
the police or an exchange has to find the transfer. Checksums are not verified.
"""

from __future__ import annotations

import re

from complaintkit.domain.enums import Chain

_BASE58 = "1-9A-HJ-NP-Za-km-z"

TX_SHAPES: dict[Chain, re.Pattern[str]] = {
    Chain.BITCOIN: re.compile(r"^[0-9a-fA-F]{64}$"),
    Chain.EVM: re.compile(r"^0x[0-9a-fA-F]{64}$"),
    Chain.TRON: re.compile(r"^[0-9a-fA-F]{64}$"),
}

ADDRESS_SHAPES: dict[Chain, re.Pattern[str]] = {
    # Legacy (1...) and script (3...) addresses in base58; SegWit and Taproot in bech32
    # (lower case, or all upper case as in QR codes).
    Chain.BITCOIN: re.compile(
        rf"^(?:[13][{_BASE58}]{{25,34}}|bc1[ac-hj-np-z02-9]{{11,71}}|BC1[AC-HJ-NP-Z02-9]{{11,71}})$"
    ),
    Chain.EVM: re.compile(r"^0x[0-9a-fA-F]{40}$"),
    Chain.TRON: re.compile(rf"^T[{_BASE58}]{{33}}$"),
}


def tx_shape_ok(chain: Chain | None, value: str) -> bool:
    """True when `value` is empty, the chain is not one we know, or it has the chain's shape."""
    shape = TX_SHAPES.get(chain) if chain is not None else None
    return not value or shape is None or bool(shape.match(value))


def address_shape_ok(chain: Chain | None, value: str) -> bool:
    shape = ADDRESS_SHAPES.get(chain) if chain is not None else None
    return not value or shape is None or bool(shape.match(value))


def guess_chain(address: str) -> Chain | None:
    """The chain an address's shape belongs to, or None when it fits none (or several)."""
    found = [chain for chain, shape in ADDRESS_SHAPES.items() if shape.match(address.strip())]
    return found[0] if len(found) == 1 else None
