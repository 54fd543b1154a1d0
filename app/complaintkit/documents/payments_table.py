"""The payments of a scam case as table rows, shared by the police pack and the recovery letters.

Every value is printed in full as the user entered it: a police officer or a
bank's fraud team needs the whole transaction id and wallet address, never a
shortened one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from complaintkit.documents.structure import Block, Paragraph, Table
from complaintkit.documents.wording import Words
from complaintkit.domain import Money, Transfer


def amount(transfer: Transfer, w: Words) -> str:
    return transfer.amount.format() if transfer.amount is not None else w("doc.unknown")


def method(transfer: Transfer, w: Words) -> str:
    text = w.enum(transfer.method)
    for detail in (transfer.card_scheme, transfer.chain):
        if detail is not None:
            text = w("doc.method_detail", method=text, detail=w.enum(detail))
    return text


def totals(transfers: Sequence[Transfer]) -> list[Money]:
    """One total per currency or asset, never mixed."""
    found: dict[tuple[str, str], Money] = {}
    for transfer in transfers:
        money = transfer.amount
        if money is None:
            continue
        key = (money.currency, money.kind)
        found[key] = found[key] + money if key in found else money
    return list(found.values())


def payments_table(
    transfers: Sequence[Transfer],
    w: Words,
    deadlines: dict[str, date | None] | None = None,
) -> Table:
    """Date, amount, how, from, to, reference (+ the last day to act, for a letter)."""
    header = [
        w("doc.table.date"),
        w("doc.table.amount"),
        w("doc.table.method"),
        w("doc.table.from"),
        w("doc.table.to"),
        w("doc.table.reference"),
    ]
    widths = [1.3, 1.2, 1.1, 1.4, 1.4, 1.1]
    if deadlines is not None:
        header.append(w("doc.table.closes"))
        widths.append(1.0)
    rows: list[tuple[str, ...]] = []
    for transfer in transfers:
        row = [
            w.time(transfer.at),
            amount(transfer, w),
            method(transfer, w),
            transfer.from_account,
            transfer.to_account,
            transfer.reference,
        ]
        if deadlines is not None:
            closes = deadlines.get(transfer.id)
            row.append(w.date(closes) if closes is not None else w("doc.unknown"))
        rows.append(tuple(row))
    sums = totals(transfers)
    total_rows: tuple[int, ...] = ()
    if len(transfers) > 1:
        for money in sums:
            rows.append((w("doc.total"), money.format(), *[""] * (len(header) - 2)))
        total_rows = tuple(range(len(rows) - len(sums), len(rows)))
    return Table(tuple(header), tuple(rows), tuple(widths), total_rows)


def chain_details(transfers: Sequence[Transfer], w: Words) -> list[Block]:
    """Each crypto transfer's transaction id and wallet address, in full.

    A separate two-column table per transfer: a 64-character hash cannot share a
    row with six other columns on a printed page and stay readable.
    """
    blocks: list[Block] = []
    for transfer in transfers:
        if not (transfer.tx_hash or transfer.wallet_address):
            continue
        heading = f"{w.time(transfer.at)} · {amount(transfer, w)} · {method(transfer, w)}"
        rows = []
        if transfer.tx_hash:
            rows.append((w("doc.table.tx"), transfer.tx_hash))
        if transfer.wallet_address:
            rows.append((w("doc.table.address"), transfer.wallet_address))
        blocks.append(Paragraph(heading, "subject"))
        blocks.append(Table(("", ""), tuple(rows), (1, 3)))
    return blocks
