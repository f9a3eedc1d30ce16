"""The demo hall: its code and staff, its opening hours, and what brings people to it."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from counter_app.domain.clock import HALL_TZ

# Printed in the summary: the demo users' password (a demo, not a secret).
DEMO_PASSWORD = "demo-pass-1"
DEMO_HALL = {
    "code": "330101",
    "name": "城关供电营业厅",
    "address": "城关镇人民路1号",
    "phone": "0571-12345678",
}
DEMO_ADMIN = ("admin", "王管理", "A001")
DEMO_STAFF = (
    ("clerk1", "陈晓燕", "1001", "clerk"),
    ("clerk2", "刘建军", "1002", "clerk"),
    ("clerk3", "赵丽华", "1003", "clerk"),
    ("clerk4", "孙志强", "1004", "clerk"),
    ("clerk5", "周婷婷", "1005", "clerk"),
    ("clerk6", "吴海波", "1006", "clerk"),
    ("supervisor", "郑国平", "S001", "supervisor"),
)

OPENS, CLOSES = time(8, 30), time(17, 30)
LAST_START = timedelta(minutes=5)  # before closing

# What brings people to the counter (shares of all visits).
APPLICATION_SHARE = 0.15  # a business accepted: an application
ATTEMPT_SHARE = 0.03  # a business started, documents missing: no application
QUICK_SHARE = 0.47  # short visits: a payment, or a quick question
PAYMENT_SHARE = 0.22  # of all visits: a payment with a receipt; the rest are inquiries (咨询)

COMPANY_SHARE = 0.05  # customers that are companies


def opening_moment(
    rng: random.Random, day: date, start: time = OPENS, end: time = CLOSES
) -> datetime:
    """A random moment in the hall's opening hours of ``day``, as aware UTC."""
    midnight = datetime.combine(day, time(), HALL_TZ)
    lo = start.hour * 3600 + start.minute * 60
    hi = end.hour * 3600 + end.minute * 60
    return (midnight + timedelta(seconds=rng.randint(lo, hi))).astimezone(UTC)
