"""Review schedule and log, topic notes, and review settings on the profile.

Revision ID: 0002_reviews_and_notes
Revises: 0001_initial
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mldojo.storage.types import UTCDateTime

revision = "0002_reviews_and_notes"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("profiles") as batch:
        batch.add_column(
            sa.Column("desired_retention", sa.Float(), nullable=False, server_default="0.9")
        )
        batch.add_column(
            sa.Column("new_cards_per_day", sa.Integer(), nullable=False, server_default="20")
        )
        batch.add_column(
            sa.Column("max_reviews_per_day", sa.Integer(), nullable=False, server_default="200")
        )
        batch.add_column(sa.Column("fsrs_parameters", sa.JSON(), nullable=True))
    op.create_table(
        "review_states",
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("item_key", sa.String(220), primary_key=True),
        sa.Column("due", UTCDateTime(), nullable=False),
        sa.Column("memory", sa.JSON(), nullable=False),
        sa.Column("introduced_at", UTCDateTime(), nullable=False),
        sa.Column("reviews", sa.Integer(), nullable=False),
        sa.Column("lapses", sa.Integer(), nullable=False),
    )
    op.create_index("ix_review_states_user_due", "review_states", ["user_id", "due"])
    op.create_table(
        "review_log",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("item_key", sa.String(220), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("reviewed_at", UTCDateTime(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
    )
    op.create_index("ix_review_log_user_reviewed", "review_log", ["user_id", "reviewed_at"])
    op.create_table(
        "notes",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("topic", sa.String(200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_notes_user_topic", "notes", ["user_id", "topic"])


def downgrade() -> None:
    op.drop_table("notes")
    op.drop_table("review_log")
    op.drop_table("review_states")
    with op.batch_alter_table("profiles") as batch:
        batch.drop_column("fsrs_parameters")
        batch.drop_column("max_reviews_per_day")
        batch.drop_column("new_cards_per_day")
        batch.drop_column("desired_retention")
