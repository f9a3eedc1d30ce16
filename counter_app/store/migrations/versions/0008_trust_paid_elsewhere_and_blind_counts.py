"""arrears paid elsewhere; blind count attempts

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 05:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('arrears', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('paid_elsewhere', sa.BigInteger(), server_default='0', nullable=False)
        )
    # What was paid before this column existed and not by a receipt here was paid
    # elsewhere (HQ's 已收金额): the split the check needs, for the rows already there.
    op.execute(
        "UPDATE arrears SET paid_elsewhere = amount_paid - COALESCE(("
        " SELECT SUM(pl.principal) FROM payment_lines pl JOIN payments p ON p.id = pl.payment_id"
        " WHERE pl.arrears_id = arrears.id AND p.status = 'valid'), 0)"
    )
    op.create_table('settlement_counts',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('clerk_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('attempt_no', sa.Integer(), nullable=False),
    sa.Column('denominations', sa.JSON(), nullable=False),
    sa.Column('counted_cash', sa.BigInteger(), nullable=False),
    sa.Column('expected_cash', sa.BigInteger(), nullable=False),
    sa.Column('compared_at', sa.DateTime(), nullable=False),
    sa.Column('compared_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('settlement_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.ForeignKeyConstraint(['clerk_id'], ['users.id'], name=op.f('fk_settlement_counts_clerk_id_users')),
    sa.ForeignKeyConstraint(['compared_by'], ['users.id'], name=op.f('fk_settlement_counts_compared_by_users')),
    sa.ForeignKeyConstraint(['settlement_id'], ['settlements.id'], name=op.f('fk_settlement_counts_settlement_id_settlements')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settlement_counts'))
    )
    with op.batch_alter_table('settlement_counts', schema=None) as batch_op:
        batch_op.create_index('ix_settlement_counts_clerk_day', ['clerk_id', 'day', 'attempt_no'], unique=True)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('settlement_counts', schema=None) as batch_op:
        batch_op.drop_index('ix_settlement_counts_clerk_day')
    op.drop_table('settlement_counts')
    with op.batch_alter_table('arrears', schema=None) as batch_op:
        batch_op.drop_column('paid_elsewhere')
