"""queue calls for the hall display and voice

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-10 09:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0010'
down_revision: Union[str, Sequence[str], None] = '0009'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Append-only: every call and recall, read by the hall display of any PC.
    op.create_table('queue_calls',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('hall_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('ticket_no', sa.String(length=10), nullable=False),
    sa.Column('category', sa.String(length=4), nullable=False),
    sa.Column('counter', sa.String(length=10), nullable=False),
    sa.Column('called_at', sa.DateTime(), nullable=False),
    sa.Column('recall', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['hall_id'], ['halls.id'], name=op.f('fk_queue_calls_hall_id_halls')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_calls'))
    )
    with op.batch_alter_table('queue_calls', schema=None) as batch_op:
        batch_op.create_index('ix_queue_calls_hall_day', ['hall_id', 'day', 'id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('queue_calls', schema=None) as batch_op:
        batch_op.drop_index('ix_queue_calls_hall_day')

    op.drop_table('queue_calls')
