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
    # Neither table has search triggers: batch (a rebuild on SQLite) is safe here.
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('settle_day', sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f('ix_payments_settle_day'), ['settle_day'], unique=False)
    with op.batch_alter_table('settlements', schema=None) as batch_op:
        batch_op.add_column(sa.Column('round_no', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('reopened_at', sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column(
                'reopened_by',
                sa.BigInteger().with_variant(sa.Integer(), 'sqlite'),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column('reopen_reason', sa.String(length=300), server_default='', nullable=False)
        )
        batch_op.create_foreign_key(
            batch_op.f('fk_settlements_reopened_by_users'), 'users', ['reopened_by'], ['id']
        )
        batch_op.drop_index('ix_settlements_clerk_day')
        batch_op.create_index(
            'ix_settlements_clerk_day_round', ['clerk_id', 'day', 'round_no'], unique=True
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
