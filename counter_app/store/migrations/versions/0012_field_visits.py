"""visits and surveys (走访和调查): plans, their customers, the visits made and the answers

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 20:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0012'
down_revision: Union[str, Sequence[str], None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('visit_plans',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('plan_no', sa.String(length=40), nullable=False),
    sa.Column('hall_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('title', sa.String(length=60), nullable=False),
    sa.Column('survey_code', sa.String(length=40), nullable=False),
    sa.Column('rule_code', sa.String(length=40), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('created_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_visit_plans_created_by_users')),
    sa.ForeignKeyConstraint(['hall_id'], ['halls.id'], name=op.f('fk_visit_plans_hall_id_halls')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_plans')),
    sa.UniqueConstraint('plan_no', name=op.f('uq_visit_plans_plan_no'))
    )
    with op.batch_alter_table('visit_plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_plans_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_plans_survey_code'), ['survey_code'], unique=False)

    op.create_table('visit_targets',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('plan_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('account_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('visitor_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('reason', sa.String(length=100), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_visit_targets_account_id_accounts')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_visit_targets_customer_id_customers')),
    sa.ForeignKeyConstraint(['plan_id'], ['visit_plans.id'], name=op.f('fk_visit_targets_plan_id_visit_plans')),
    sa.ForeignKeyConstraint(['visitor_id'], ['users.id'], name=op.f('fk_visit_targets_visitor_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_targets'))
    )
    with op.batch_alter_table('visit_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_targets_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index('ix_visit_targets_plan_customer', ['plan_id', 'customer_id'], unique=True)
        batch_op.create_index('ix_visit_targets_visitor_status', ['visitor_id', 'status'], unique=False)

    op.create_table('field_visits',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('target_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('visitor_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('visited_at', sa.DateTime(), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('reached', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['recorded_by'], ['users.id'], name=op.f('fk_field_visits_recorded_by_users')),
    sa.ForeignKeyConstraint(['target_id'], ['visit_targets.id'], name=op.f('fk_field_visits_target_id_visit_targets')),
    sa.ForeignKeyConstraint(['visitor_id'], ['users.id'], name=op.f('fk_field_visits_visitor_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_field_visits'))
    )
    with op.batch_alter_table('field_visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_field_visits_target_id'), ['target_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_field_visits_visited_at'), ['visited_at'], unique=False)

    op.create_table('survey_answers',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('field_visit_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('question_code', sa.String(length=40), nullable=False),
    sa.Column('value_text', sa.Text(), nullable=False),
    sa.Column('value_number', sa.Integer(), nullable=True),
    sa.Column('is_problem', sa.Boolean(), nullable=False),
    sa.Column('finding_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.ForeignKeyConstraint(['field_visit_id'], ['field_visits.id'], name=op.f('fk_survey_answers_field_visit_id_field_visits')),
    sa.ForeignKeyConstraint(['finding_id'], ['complaints.id'], name=op.f('fk_survey_answers_finding_id_complaints')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_answers'))
    )
    with op.batch_alter_table('survey_answers', schema=None) as batch_op:
        batch_op.create_index('ix_survey_answers_visit_question', ['field_visit_id', 'question_code'], unique=True)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('survey_answers', schema=None) as batch_op:
        batch_op.drop_index('ix_survey_answers_visit_question')

    op.drop_table('survey_answers')
    with op.batch_alter_table('field_visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_field_visits_visited_at'))
        batch_op.drop_index(batch_op.f('ix_field_visits_target_id'))

    op.drop_table('field_visits')
    with op.batch_alter_table('visit_targets', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_targets_visitor_status')
        batch_op.drop_index('ix_visit_targets_plan_customer')
        batch_op.drop_index(batch_op.f('ix_visit_targets_customer_id'))

    op.drop_table('visit_targets')
    with op.batch_alter_table('visit_plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_plans_survey_code'))
        batch_op.drop_index(batch_op.f('ix_visit_plans_status'))

    op.drop_table('visit_plans')
