"""visit durations in seconds, the dashboard's indexes

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 00:30:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _seconds(dialect: str, start: str, end: str) -> str:
    """end − start in whole seconds, rounded half away from zero as models.whole_seconds
    does (on SQLite from the milliseconds julianday keeps, counted exactly first: the
    day fraction times 86400 alone lands 600.5 s at 600.4999…)."""
    if dialect == "postgresql":
        return f"CAST(round(CAST(EXTRACT(EPOCH FROM {end} - {start}) AS numeric)) AS integer)"
    ms = f"CAST(round((julianday({end}) - julianday({start})) * 86400000.0) AS INTEGER)"
    return f"(CASE WHEN {ms} >= 0 THEN ({ms} + 500) / 1000 ELSE -((500 - {ms}) / 1000) END)"


def upgrade() -> None:
    """Upgrade schema."""
    # Plain ADD COLUMN: a million visits are not copied into a rebuilt table.
    op.add_column('visits', sa.Column('wait_seconds', sa.Integer(), nullable=True))
    op.add_column('visits', sa.Column('handle_seconds', sa.Integer(), nullable=True))
    # The visits from before: waiting when both arrival and call are set (a walk-in
    # without a call has none), handling once ended; as the dashboard computed them.
    dialect = op.get_bind().dialect.name
    op.execute(
        "UPDATE visits SET "
        "wait_seconds = CASE WHEN arrived_at IS NOT NULL AND called_at IS NOT NULL THEN "
        f"{_seconds(dialect, 'arrived_at', 'called_at')} END, "
        "handle_seconds = CASE WHEN ended_at IS NOT NULL THEN "
        f"{_seconds(dialect, 'started_at', 'ended_at')} END"
    )
    op.create_index(
        'ix_visits_clerk_category_started',
        'visits',
        ['clerk_id', 'category', 'started_at', 'rating', 'hall_id', 'wait_seconds',
         'handle_seconds'],
        unique=False,
    )
    op.create_index(
        'ix_visits_category_wait',
        'visits',
        ['category', 'wait_seconds', 'started_at', 'hall_id'],
        unique=False,
    )
    op.create_index(
        'ix_visits_category_handle',
        'visits',
        ['category', 'handle_seconds', 'started_at', 'hall_id'],
        unique=False,
    )
    op.create_index(
        'ix_payments_clerk_method_paid',
        'payments',
        ['clerk_id', 'method', 'status', 'paid_at', 'hall_id', 'total'],
        unique=False,
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index('ix_payments_clerk_method_paid', table_name='payments')
    op.drop_index('ix_visits_category_handle', table_name='visits')
    op.drop_index('ix_visits_category_wait', table_name='visits')
    op.drop_index('ix_visits_clerk_category_started', table_name='visits')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_column('handle_seconds')
        batch_op.drop_column('wait_seconds')
