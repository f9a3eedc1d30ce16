"""a contract's late-fee rate per account

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 08:40:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Per mille in units of 0.0001 ‰ (ScaledDecimal(4)); NULL: the defaults of fees.toml.
    # A plain ADD COLUMN, not a batch: rebuilding accounts on SQLite would drop its
    # search triggers (store/migrate.py).
    op.add_column('accounts', sa.Column('late_fee_rate_per_mille', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    # SQLite 3.35+ drops a column in place, as PostgreSQL does.
    op.drop_column('accounts', 'late_fee_rate_per_mille')
