"""settlements reopened and settled again; payments taken into the next day's settlement

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 19:40:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0011'
down_revision: Union[str, Sequence[str], None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Plain ADD COLUMN and index changes, never a batch rebuild: rebuilding a table on
    # SQLite drops it, and with foreign keys on, settlement_counts and payments (which
    # point at settlements) refuse the drop, so a hall's store holding one settlement
    # could not be upgraded (tests/store/test_upgrade_with_data.py).
    op.add_column('payments', sa.Column('settle_day', sa.Date(), nullable=True))
    op.create_index(op.f('ix_payments_settle_day'), 'payments', ['settle_day'], unique=False)
    op.add_column(
        'settlements', sa.Column('round_no', sa.Integer(), server_default='1', nullable=False)
    )
    op.add_column('settlements', sa.Column('reopened_at', sa.DateTime(), nullable=True))
    if op.get_bind().dialect.name == 'sqlite':
        # SQLite adds a column with its reference in place (NULL by default).
        op.execute(
            'ALTER TABLE settlements ADD COLUMN reopened_by INTEGER '
            'CONSTRAINT fk_settlements_reopened_by_users REFERENCES users (id)'
        )
    else:
        op.add_column('settlements', sa.Column('reopened_by', sa.BigInteger(), nullable=True))
        op.create_foreign_key(
            op.f('fk_settlements_reopened_by_users'),
            'settlements',
            'users',
            ['reopened_by'],
            ['id'],
        )
    op.add_column(
        'settlements',
        sa.Column('reopen_reason', sa.String(length=300), server_default='', nullable=False),
    )
    op.drop_index('ix_settlements_clerk_day', table_name='settlements')
    op.create_index(
        'ix_settlements_clerk_day_round',
        'settlements',
        ['clerk_id', 'day', 'round_no'],
        unique=True,
    )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('settlements', schema=None) as batch_op:
        batch_op.drop_index('ix_settlements_clerk_day_round')
        batch_op.create_index('ix_settlements_clerk_day', ['clerk_id', 'day'], unique=True)
        batch_op.drop_constraint(batch_op.f('fk_settlements_reopened_by_users'), type_='foreignkey')
        batch_op.drop_column('reopen_reason')
        batch_op.drop_column('reopened_by')
        batch_op.drop_column('reopened_at')
        batch_op.drop_column('round_no')
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_settle_day'))
        batch_op.drop_column('settle_day')
