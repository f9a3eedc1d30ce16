"""Residential tiered tariff (阶梯电价): why a bill is what it is, tier by tier.

A tier covers a range of the year's cumulative consumption, both ends in
whole kWh and inclusive: with tiers ≤2760 / 2761–4800 / ≥4801, the year's
2760th kWh is still tier 1 and the 2761st is tier 2. The first tier's lower
bound may be written 0 or 1 (HQ tables use either); both mean "from the
year's first kWh". Provinces that count thresholds per month use the same
structure with monthly figures.

Rounding, in one place: each line's exact amount (kWh × price) is kept
unrounded; the bill total is the sum of the exact amounts rounded once, half
up, to the fen. Each line also carries its amount rounded half up to the fen
for display only; when those displayed amounts do not add up to the total,
the explanation carries a note saying why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

from counter_app.domain.money import format_amount
from counter_app.domain.text import Msg

__all__ = [
    "BillExplanation",
    "BillLine",
    "TariffError",
    "Tier",
    "example_tiers",
    "explain_bill",
    "validate_tiers",
]

_CENT = Decimal("0.01")
_UNIT = "千瓦时"


class TariffError(ValueError):
    """A tier table or a consumption figure cannot be used (Chinese message)."""


@dataclass(frozen=True)
class Tier:
    """One tier: cumulative kWh ``lower_kwh``..``upper_kwh`` (None: no upper end)."""

    tier: int
    lower_kwh: int
    upper_kwh: int | None
    price: Decimal  # 元/kWh

    @property
    def range_text(self) -> str:
        if self.upper_kwh is None:
            return f"{self.lower_kwh}{_UNIT}及以上"
        if self.lower_kwh <= 1:
            return f"{self.upper_kwh}{_UNIT}及以下"
        return f"{self.lower_kwh}–{self.upper_kwh}{_UNIT}"


def example_tiers() -> list[Tier]:
    """EXAMPLE ONLY: Zhejiang residential tiers (≤1 kV, one household one meter).

    Annual thresholds, flat (non peak/valley) prices from domain.md:
    ≤2760 kWh 0.538; 2761–4800 kWh 0.588; ≥4801 kWh 0.838 元/kWh.
    Not the tariff of any particular hall: HQ loads the real table.
    """
    return [
        Tier(tier=1, lower_kwh=0, upper_kwh=2760, price=Decimal("0.538")),
        Tier(tier=2, lower_kwh=2761, upper_kwh=4800, price=Decimal("0.588")),
        Tier(tier=3, lower_kwh=4801, upper_kwh=None, price=Decimal("0.838")),
    ]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def validate_tiers(tiers: Sequence[Tier]) -> None:
    """Raise TariffError unless the tiers form one contiguous, rising table.

    Tiers numbered 1, 2, 3… in order; the first starts at 0 or 1 kWh; each
    next tier starts one kWh above the previous one's upper end; every tier
    but the last has an upper end not below its lower end; the last is open
    (no upper end); prices are non-negative decimals and never fall.
    """
    if not tiers:
        raise TariffError("阶梯电价表为空")
    for index, tier in enumerate(tiers):
        name = f"第{index + 1}档"
        if not _is_int(tier.tier) or tier.tier != index + 1:
            raise TariffError(
                Msg(
                    "{name}的档位编号应为 {expected}，实为 {tier}",
                    name=name,
                    expected=index + 1,
                    tier=tier.tier,
                )
            )
        if not _is_int(tier.lower_kwh) or tier.lower_kwh < 0:
            raise TariffError(
                Msg(
                    "{name}的电量下限应为非负整数：{lower_kwh}", name=name, lower_kwh=tier.lower_kwh
                )
            )
        if tier.upper_kwh is not None and not _is_int(tier.upper_kwh):
            raise TariffError(
                Msg("{name}的电量上限应为整数：{upper_kwh}", name=name, upper_kwh=tier.upper_kwh)
            )
        if not isinstance(tier.price, Decimal) or not tier.price.is_finite():
            raise TariffError(
                Msg("{name}的电价应为小数（Decimal）：{price!r}", name=name, price=tier.price)
            )
        if tier.price < 0:
            raise TariffError(Msg("{name}的电价不能为负数：{price}", name=name, price=tier.price))
        last = index == len(tiers) - 1
        if last and tier.upper_kwh is not None:
            raise TariffError(Msg("最后一档（{name}）不应有电量上限，应为“及以上”", name=name))
        if not last and tier.upper_kwh is None:
            raise TariffError(Msg("只有最后一档可以没有电量上限，{name}缺少上限", name=name))
        if tier.upper_kwh is not None and tier.upper_kwh < max(tier.lower_kwh, 1):
            raise TariffError(
                Msg(
                    "{name}的电量上限 {upper_kwh} 小于下限 {max}",
                    name=name,
                    upper_kwh=tier.upper_kwh,
                    max=max(tier.lower_kwh, 1),
                )
            )
        if index == 0:
            if tier.lower_kwh > 1:
                raise TariffError(
                    Msg("第1档应从 0 千瓦时开始，实为 {lower_kwh}", lower_kwh=tier.lower_kwh)
                )
            continue
        previous = tiers[index - 1]
        assert previous.upper_kwh is not None  # checked on the previous round
        if tier.lower_kwh != previous.upper_kwh + 1:
            raise TariffError(
                Msg(
                    "{name}的电量下限应为 {expected}（第{index}档上限 {upper_kwh} 加 1）"
                    "，实为 {lower_kwh}",
                    name=name,
                    expected=previous.upper_kwh + 1,
                    index=index,
                    upper_kwh=previous.upper_kwh,
                    lower_kwh=tier.lower_kwh,
                )
            )
        if tier.price < previous.price:
            raise TariffError(
                Msg(
                    "{name}的电价 {price} 低于第{index}档的 {price2}，阶梯电价应逐档不降",
                    name=name,
                    price=tier.price,
                    index=index,
                    price2=previous.price,
                )
            )


@dataclass(frozen=True)
class BillLine:
    """The kWh of this bill that fall in one tier.

    ``from_kwh``..``to_kwh`` are the year's cumulative kWh numbers covered.
    ``exact_amount`` is kWh × price unrounded; ``amount`` is it rounded half up
    to the fen, for display only.
    """

    tier: Tier
    from_kwh: int
    to_kwh: int
    kwh: int
    exact_amount: Decimal
    amount: Decimal

    @property
    def text(self) -> str:
        return (
            f"第{self.tier.tier}档（年累计{self.tier.range_text}）："
            f"{self.kwh}{_UNIT}×{self.tier.price}元={format_amount(self.amount)}元"
        )


@dataclass(frozen=True)
class BillExplanation:
    """A bill's energy charge tier by tier; ``total`` is the one rounded figure."""

    consumption_kwh: int
    already_used_kwh: int
    lines: tuple[BillLine, ...]
    exact_total: Decimal
    total: Decimal

    @property
    def note(self) -> str | None:
        """Set only when the displayed line amounts do not add up to the total."""
        shown = sum((line.amount for line in self.lines), Decimal("0.00"))
        if shown == self.total:
            return None
        return (
            f"注：各档金额四舍五入到分显示（合计{format_amount(shown)}元）；"
            f"电费按各档未舍入金额相加后一次四舍五入到分，为{format_amount(self.total)}元。"
        )

    @property
    def text_lines(self) -> list[str]:
        """The explanation as printable lines (screen, A5 print-out)."""
        used, total_kwh = self.already_used_kwh, self.consumption_kwh
        head = f"本期用电{total_kwh}{_UNIT}"
        if total_kwh > 0:
            head += f"，为本年第{used + 1}–{used + total_kwh}{_UNIT}"
        if used > 0:
            head += f"（本年此前已用{used}{_UNIT}）"
        out = [head]
        out.extend(line.text for line in self.lines)
        out.append(f"电费合计：{format_amount(self.total)}元")
        note = self.note
        if note:
            out.append(note)
        return out

    @property
    def text(self) -> str:
        return "\n".join(self.text_lines)


def _round_fen(amount: Decimal) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, amount.adjusted() + 4)
        return amount.quantize(_CENT, rounding=ROUND_HALF_UP)


def explain_bill(
    consumption_kwh: int, tiers: Sequence[Tier], already_used_kwh: int = 0
) -> BillExplanation:
    """Apply the tiers to ``consumption_kwh`` kWh, tier by tier.

    ``already_used_kwh`` is the year's consumption before this bill, so a bill
    can straddle a threshold: its kWh are numbered already_used + 1 up to
    already_used + consumption and each falls in the tier that covers it.
    """
    if not _is_int(consumption_kwh) or consumption_kwh < 0:
        raise TariffError(
            Msg("用电量应为非负整数（千瓦时）：{consumption_kwh}", consumption_kwh=consumption_kwh)
        )
    if not _is_int(already_used_kwh) or already_used_kwh < 0:
        raise TariffError(
            Msg(
                "本年此前用电量应为非负整数（千瓦时）：{already_used_kwh}",
                already_used_kwh=already_used_kwh,
            )
        )
    validate_tiers(tiers)
    first, last = already_used_kwh + 1, already_used_kwh + consumption_kwh
    lines: list[BillLine] = []
    with localcontext() as ctx:
        ctx.prec = 200  # exact: kWh × a short decimal price
        for tier in tiers:
            low = max(first, tier.lower_kwh, 1)
            high = last if tier.upper_kwh is None else min(last, tier.upper_kwh)
            if high < low:
                continue
            kwh = high - low + 1
            exact = tier.price * kwh
            lines.append(BillLine(tier, low, high, kwh, exact, _round_fen(exact)))
        exact_total = sum((line.exact_amount for line in lines), Decimal(0))
    return BillExplanation(
        consumption_kwh=consumption_kwh,
        already_used_kwh=already_used_kwh,
        lines=tuple(lines),
        exact_total=exact_total,
        total=_round_fen(exact_total),
    )
