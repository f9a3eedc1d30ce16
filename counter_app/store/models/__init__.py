"""The tables of the local store (SQLAlchemy 2.0 typed models), one module per area.

Every model is imported here, so ``from counter_app.store.models import X`` and
``Base.metadata`` (Alembic, ``create_all``) see them all.
"""

from counter_app.store.models.accounts import Account, Arrears, FeeItem, TariffTier
from counter_app.store.models.applications import (
    Application,
    ApplicationEvent,
    ApplicationStep,
    Draft,
)
from counter_app.store.models.base import NAMING, Base, Customer, Hall, User
from counter_app.store.models.field_visits import FieldVisit, SurveyAnswer, VisitPlan, VisitTarget
from counter_app.store.models.payments import (
    Payment,
    PaymentLine,
    Reprint,
    Settlement,
    SettlementCount,
)
from counter_app.store.models.records import (
    Announcement,
    AuditEntry,
    CalendarDay,
    ExportBatch,
    ExportRow,
    Sequence,
    TrainingResult,
)
from counter_app.store.models.visits import (
    Complaint,
    ComplaintEvent,
    QueueCall,
    Ticket,
    Visit,
    VisitItem,
    whole_seconds,
)

__all__ = [
    "NAMING",
    "Account",
    "Announcement",
    "Application",
    "ApplicationEvent",
    "ApplicationStep",
    "Arrears",
    "AuditEntry",
    "Base",
    "CalendarDay",
    "Complaint",
    "ComplaintEvent",
    "Customer",
    "Draft",
    "ExportBatch",
    "ExportRow",
    "FeeItem",
    "FieldVisit",
    "Hall",
    "Payment",
    "PaymentLine",
    "QueueCall",
    "Reprint",
    "Sequence",
    "Settlement",
    "SettlementCount",
    "SurveyAnswer",
    "TariffTier",
    "Ticket",
    "TrainingResult",
    "User",
    "Visit",
    "VisitItem",
    "VisitPlan",
    "VisitTarget",
    "whole_seconds",
]
