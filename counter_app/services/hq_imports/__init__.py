"""HQ's arrears list (欠费清单) and fee schedule (收费标准), hq-contract.md sections 2 and 3.

Both imports follow the calendar import: every row is checked first, each bad
row is reported with its number and a Chinese reason (ImportRejected), and only
a clean file is applied, in one transaction with one audit entry carrying the
file's SHA-256 and the counts. Importing the same file twice changes nothing.

Arrears list, decisions:

- Amounts are Decimal to the fen. A float cell (Excel keeps numbers as
  binary floats) goes through ``Decimal(str(round(value, 2)))``; a value with
  a third decimal that is not float noise (more than 1e-9 off the fen) is
  refused, never rounded away. Text cells must be plain decimals.
- 户号 is 10 to 16 digits (text; a whole-number cell is accepted too).
  应收年月 is yyyymm (text or number; a date cell gives its year and month),
  from 200001 to December of next year. 缴费截止日期 is a date cell or
  ``yyyy-mm-dd`` text, from 2000-01-01 to a year after today (a due date of
  0001-01-01 once showed a ¥73,995.50 late fee on a ¥100 bill). Each amount is at
  most ¥10,000,000 (one account's one month). 户名 and 用电地址 are checked as the
  input guard checks stored text (length, control characters), since the rows are
  written with bulk statements the guard does not see.
- The file is read once, row by row (a county's list runs to 100,000 rows and
  more): each row is checked as it comes and the checked rows are applied 500 at
  a time inside the one transaction; a bad row stops the writing, the rest is
  still checked, and the refusal rolls back everything: all or nothing.
- The rows of one 户号 must agree on 户名 and 用户类别.
- An account the store does not know is created with a placeholder holder:
  a customer with cert_type ``户号`` and cert_no the account number (the list
  carries no ID number), named 户名, person for 居民 and company for 非居民;
  the account is 低压, active, in the store's (first) hall. Accounts the store
  already knows keep their holder, address and category: the hall's records
  win over the list for those.
- For every account the file names, its arrears become the file's rows, keyed
  by (account, 应收年月): amount_due and due date from the file, amount_paid
  the larger of the local figure and the file's 已收金额 (a payment taken at
  the counter after HQ drew up the list is not lost), status open (a month
  withdrawn earlier and listed again is reopened). The part of amount_paid not
  taken here is kept as paid_elsewhere; the audit entry names each row the import
  set, with what it set (audit_details.arrears_rows), for `counter-app check`.
- An open month of a named account that the file no longer lists is settled
  elsewhere and becomes ``withdrawn``, unless a valid (not voided) payment
  taken here points at it (PaymentLine.arrears_id): then it stays open and is
  counted as ``arrears_kept``. Accounts the file does not name are untouched.

Fee schedule, decisions:

- Prices have at most 4 decimals (ScaledDecimal(4)); same float rule as above.
- 失效日期 is the last day the item applies (inclusive); empty means open-ended.
  An item on a day is the version of its 项目编码 with the latest 生效日期 on
  or before that day, if that version has not lapsed by then.
- Tiers of one 类别 + 生效日期 form one table: 档位 numbered 1, 2, 3… without a
  gap; the first tier's lower bound is 0 or 1 (both mean "from the year's first
  kWh", as HQ tables write either; stored as given, see domain/tariff.py); each
  next lower bound is the previous upper bound + 1; only the last tier has no
  upper bound, and it must have none; prices never fall
  (``counter_app.domain.tariff.validate_tiers``).
- A table in the file replaces the stored table of the same 类别 + 生效日期
  whole (a tier the file no longer has is removed); fee items are upserted by
  项目编码 + 生效日期 and never removed (HQ ends an item with a 失效日期).
- The tier sheet is the one named 阶梯电价, else the second sheet; a workbook
  without one imports fee items only.
- Prices read back are trimmed to the digits they need, at least two
  (0.5380 → 0.538, 60.0000 → 60.00): the same Decimal value, nicer on screen.

The package: ``columns`` (the contract's headers and bounds), ``cells`` (cell
conversions), ``arrears_rows`` and ``arrears`` (checking and applying the list),
``fees`` (the fee schedule), ``in_force`` (what applies on a day), ``summaries``.
Callers use the names re-exported here.
"""

from counter_app.services.hq_imports.arrears import import_arrears
from counter_app.services.hq_imports.columns import (
    ARREARS_HEADERS,
    ARREARS_OPTIONAL,
    FEE_HEADERS,
    METHODS,
    RATE_HEADER,
    TIER_HEADERS,
    TIER_SHEET,
)
from counter_app.services.hq_imports.fees import import_fee_schedule
from counter_app.services.hq_imports.in_force import current_fee_items, current_tiers
from counter_app.services.hq_imports.summaries import (
    FeeImportSummary,
    FeeItemView,
    ImportSummary,
)

__all__ = [
    "ARREARS_HEADERS",
    "ARREARS_OPTIONAL",
    "FEE_HEADERS",
    "METHODS",
    "RATE_HEADER",
    "TIER_HEADERS",
    "TIER_SHEET",
    "FeeImportSummary",
    "FeeItemView",
    "ImportSummary",
    "current_fee_items",
    "current_tiers",
    "import_arrears",
    "import_fee_schedule",
]
