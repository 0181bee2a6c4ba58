"""What the payment services return: funded applications, firm, tranches with checks and conditions,
expense receipts, revocation. Money is integer cents; no ORM object ever leaves a service."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from equilibri_desktop.domain.grants.payment_firm import FirmInput


@dataclass(frozen=True)
class CallChoice:
    uuid: uuid.UUID
    title: str


@dataclass(frozen=True)
class FundedRow:
    """One funded application in the payments list."""

    uuid: uuid.UUID
    public_code: str
    protocol: str  # "12/2026"
    applicant_name: str
    business_name: str
    call_uuid: uuid.UUID
    call_title: str
    status: str  # ApplicationStatus value
    status_label: str
    granted_cents: int
    paid_cents: int  # gross of the tranches paid

    @property
    def remaining_cents(self) -> int:
        return 0 if self.status in ("revocata", "rinunciata") else max(0, self.granted_cents - self.paid_cents)


@dataclass(frozen=True)
class FirmDetail:
    uuid: uuid.UUID
    version: int
    name: str
    vat_number: str
    constituted_on: date | None
    address: str
    municipality_id: int | None
    municipality_name: str
    cap: str
    iban: str
    organisation_uuid: uuid.UUID | None  # the same firm in the registry, when linked

    def to_input(self) -> FirmInput:
        return FirmInput(self.name, self.vat_number, self.constituted_on, self.address, self.municipality_id,
                         self.cap, self.iban)


@dataclass(frozen=True)
class CheckRow:
    """A check of the tranche (DURC, tax arrears...), or one recorded on another tranche that counts here."""

    kind: str  # PaymentCheckKind value
    label: str
    checked_on: date | None  # None: not recorded yet
    passed: bool | None
    reference: str = ""
    note: str = ""
    from_other_tranche: bool = False


@dataclass(frozen=True)
class ConditionRow:
    code: str
    label: str
    met: bool
    message: str


@dataclass(frozen=True)
class TrancheRow:
    uuid: uuid.UUID
    position: int
    label: str
    condition: str  # TrancheCondition value
    condition_label: str
    gross_cents: int
    withholding_cents: int
    status: str  # TrancheStatus value
    status_label: str
    liquidation_act: str
    liquidation_date: date | None
    paid_on: date | None
    override_reason: str
    override_by: str
    checks: tuple[CheckRow, ...]
    conditions: tuple[ConditionRow, ...]  # evaluated for a payment on `conditions_on`
    conditions_on: date

    @property
    def net_cents(self) -> int:
        return self.gross_cents - self.withholding_cents

    @property
    def missing(self) -> tuple[ConditionRow, ...]:
        return tuple(c for c in self.conditions if not c.met)

    @property
    def is_open(self) -> bool:
        """Still to be paid (or liquidated and waiting for the payment)."""
        return self.status in ("da_pagare", "liquidata")


@dataclass(frozen=True)
class RevocationRow:
    uuid: uuid.UUID
    version: int
    decided_on: date
    reason: str
    amount_to_recover_cents: int
    recovered_cents: int
    recovery_status: str  # RecoveryStatus value
    recovery_status_label: str


@dataclass(frozen=True)
class PaymentFile:
    """Everything the payments screen shows for one funded application."""

    application: FundedRow
    max_cost_share_pct: str  # e.g. "80" (the call's ceiling on eligible spending, for the balance)
    firm: FirmDetail | None
    tranches: tuple[TrancheRow, ...]
    revocation: RevocationRow | None
    accepted_on: date | None = None  # the day the beneficiary accepted the grant
    acceptance_blocked: str = ""  # why the acceptance cannot be recorded yet
    payment_blocked: str = ""  # why nothing can be paid yet (the procedure's order, never overridden)


@dataclass(frozen=True)
class ExpenseInput:
    spent_on: date | None = None
    supplier: str = ""
    amount_cents: int | None = None
    category: str = ""
    description: str = ""
    document_number: str = ""
    eligible: bool = True
    ineligible_reason: str = ""
    attachment: Path | None = None  # a new file to copy into the data folder; None keeps the current one


@dataclass(frozen=True)
class ExpenseRow:
    uuid: uuid.UUID
    version: int
    spent_on: date
    supplier: str
    amount_cents: int
    category: str
    description: str
    document_number: str
    eligible: bool
    ineligible_reason: str
    attachment_path: str  # relative to the data folder; "" when none
    attachment_sha256: str

    def to_input(self) -> ExpenseInput:
        return ExpenseInput(self.spent_on, self.supplier, self.amount_cents, self.category, self.description,
                            self.document_number, self.eligible, self.ineligible_reason)


@dataclass(frozen=True)
class ExpenseReport:
    """The receipts with their totals and the balance they lead to (what the saldo would become)."""

    application_uuid: uuid.UUID
    rows: tuple[ExpenseRow, ...]
    total_cents: int
    eligible_cents: int
    ineligible_cents: int
    granted_cents: int
    due_cents: int  # min(granted, max cost share % × eligible spending)
    other_tranches_cents: int
    balance_cents: int
    excess_cents: int  # given beyond what is due: to recover
    submitted: bool  # the final report was submitted (status rendicontata or later)
