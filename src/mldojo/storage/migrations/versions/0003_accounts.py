"""Multi-user accounts: sessions, groups with invite codes, mentor comments, server settings;
an index for one user's submissions to one problem.

Revision ID: 0003_accounts
Revises: 0002_reviews_and_notes
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mldojo.storage.types import UTCDateTime

revision = "0003_accounts"
down_revision = "0002_reviews_and_notes"
branch_labels = None
depends_on = None


def _user_fk(name: str, *, nullable: bool = False, ondelete: str = "CASCADE") -> sa.Column[int]:
    return sa.Column(
        name, sa.Integer(), sa.ForeignKey("users.id", ondelete=ondelete), nullable=nullable
    )


def upgrade() -> None:
    op.create_index(
        "ix_submissions_user_problem", "submissions", ["user_id", "problem_slug", "created_at"]
    )
    op.create_table(
        "sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        _user_fk("user_id"),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_sessions_user", "sessions", ["user_id"])
    op.create_table(
        "groups",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("invite_code", sa.String(40), nullable=False, unique=True),
        _user_fk("created_by", nullable=True, ondelete="SET NULL"),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "group_members",
        sa.Column(
            "group_id",
            sa.Integer(),
            sa.ForeignKey("groups.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("joined_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_group_members_user", "group_members", ["user_id"])
    op.create_table(
        "comments",
        sa.Column("id", sa.String(36), primary_key=True),
        _user_fk("author_id"),
        _user_fk("learner_id"),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_comments_learner_created", "comments", ["learner_id", "created_at"])
    op.create_table(
        "server_settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("enabled", sa.Boolean(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("server_settings")
    op.drop_index("ix_comments_learner_created", table_name="comments")
    op.drop_table("comments")
    op.drop_index("ix_group_members_user", table_name="group_members")
    op.drop_table("group_members")
    op.drop_table("groups")
    op.drop_index("ix_sessions_user", table_name="sessions")
    op.drop_table("sessions")
    op.drop_index("ix_submissions_user_problem", table_name="submissions")
