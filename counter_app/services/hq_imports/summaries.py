"""What an HQ import did: the summaries shown to the clerk and written to the audit trail."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class ImportSummary:
    """What an arrears list import did. A second import of the same file: all unchanged."""

    file: str
    sha256: str
    rows: int
    accounts: int  # accounts the file names
    accounts_created: int
    arrears_added: int
    arrears_updated: int
    arrears_withdrawn: int
    arrears_kept: int  # open months no longer listed, kept for payments taken here
    unchanged: int  # rows of the file the store already had exactly
    account_rates: int = 0  # stored accounts whose contract late-fee rate the file changed

    @property
    def changed(self) -> bool:
        return bool(
            self.accounts_created
            or self.account_rates
            or self.arrears_added
            or self.arrears_updated
            or self.arrears_withdrawn
        )

    @property
    def text(self) -> str:
        lines = [
            f"欠费清单 {self.file} 已导入：共 {self.rows} 行，涉及户号 {self.accounts} 个。",
            f"新建户号 {self.accounts_created} 个；新增欠费 {self.arrears_added} 笔，"
            f"更新 {self.arrears_updated} 笔，撤销（已在别处结清）{self.arrears_withdrawn} 笔，"
            f"未变 {self.unchanged} 笔。",
        ]
        if self.arrears_kept:
            lines.append(
                f"另有 {self.arrears_kept} 笔清单已不再列出，但本厅已收过款，保留为未结清，请核对。"
            )
        if self.account_rates:
            lines.append(f"合同约定的违约金日费率有变化的户号 {self.account_rates} 个。")
        if not self.changed:
            lines.append("数据库中已是这份清单的内容，没有变化。")
        lines.append(f"文件 SHA-256：{self.sha256}")
        return "\n".join(lines)


@dataclass(frozen=True)
class FeeImportSummary:
    """What a fee schedule import did. A second import of the same file: all unchanged."""

    file: str
    sha256: str
    items_added: int
    items_updated: int
    items_unchanged: int
    tiers_added: int
    tiers_updated: int
    tiers_removed: int
    tiers_unchanged: int

    @property
    def changed(self) -> bool:
        return bool(
            self.items_added
            or self.items_updated
            or self.tiers_added
            or self.tiers_updated
            or self.tiers_removed
        )

    @property
    def text(self) -> str:
        lines = [
            f"收费标准 {self.file} 已导入。",
            f"收费项目：新增 {self.items_added} 项，更新 {self.items_updated} 项，"
            f"未变 {self.items_unchanged} 项。",
            f"阶梯电价：新增 {self.tiers_added} 档，更新 {self.tiers_updated} 档，"
            f"删除 {self.tiers_removed} 档，未变 {self.tiers_unchanged} 档。",
        ]
        if not self.changed:
            lines.append("数据库中已是这份收费标准的内容，没有变化。")
        lines.append(f"文件 SHA-256：{self.sha256}")
        return "\n".join(lines)


@dataclass(frozen=True)
class FeeItemView:
    """One business fee item as it applies on a day (收费项目)."""

    code: str
    name: str
    method: str  # 固定 / 按容量kVA / 按电量kWh
    unit_price: Decimal
    unit: str
    basis: str  # 依据文件
    valid_from: date
    valid_to: date | None


def _audit_detail(summary: ImportSummary | FeeImportSummary) -> dict[str, Any]:
    return asdict(summary)
