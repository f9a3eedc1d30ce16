"""Training mode: every document made on a training context carries 培训; QR stays clear."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas
from support import pdf_text

from counter_app.domain.clock import local_date
from counter_app.printing.receipt_content import qr_flowable
from counter_app.printing.test_page import render_test_page
from counter_app.printing.tickets import render_ticket_slip
from counter_app.services import applications, complaints, dashboard, queue
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext

VALUES = {
    "cert_type": "居民身份证",
    "cert_no": "330106199003154322",
    "name": "林晓雯",
    "mobile": "13905710001",
    "is_proxy": False,
    "address": "城关镇幸福路88号2幢301室",
    "capacity_kw": "8",
    "usage": "居民生活用电",
    "ownership_unclear": False,
}


@pytest.mark.parametrize("training", [False, True])
def test_documents_follow_the_context_training_flag(
    ctx: AppContext,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    tmp_path: Path,
    training: bool,
) -> None:
    ctx.training = training
    accepted = applications.submit_application(
        ctx, clerk, "1", "lv_residential_new", VALUES, ("applicant_id",), ctx.clock()
    )
    today = local_date(ctx.clock())
    complaint = complaints.open_complaint(
        ctx, clerk, "柜台", "办电时限", "承诺5个工作日装表，至今未装。", "尽快装表接电。",
        contact_name="王小明", contact_phone="13812341234",
    )  # fmt: skip
    ticket = queue.issue_ticket(ctx, next(iter(ctx.rules.queue.prefixes)))
    pdfs = [
        applications.print_acceptance_slip(ctx, accepted.application_no, tmp_path),
        dashboard.print_report(ctx, dashboard.dashboard(ctx, today, today), tmp_path),
        render_ticket_slip(queue.ticket_slip(ctx, ticket), tmp_path / "ticket.pdf"),
        complaints.print_slip(ctx, complaint.complaint_no, tmp_path),
        render_test_page("城关供电营业厅", "测试", "A5", tmp_path / "test.pdf", ctx.training),
    ]
    for pdf in pdfs:
        assert ("培训" in pdf_text(pdf)) is training, pdf.name


def test_the_qr_code_sits_on_its_own_white_square() -> None:
    """The 培训 mark is drawn under the content: a white square under the QR code keeps
    the mark out of it, so a training receipt's code still scans."""
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=0)
    qr = qr_flowable("330101-01-20261127-0001|357.50|0AA11C", 100)
    qr.wrapOn(canvas, 100, 100)
    qr.drawOn(canvas, 10, 10)
    canvas.save()
    stream = out.getvalue()
    white = stream.find(b"1 1 1 rg")
    assert white != -1 and stream.find(b"re f", white) != -1
    first_module = stream.find(b"0 0 0 rg")
    assert white < first_module or first_module == -1
