"""Grading untrusted code: sandbox, warm worker pool, harness, checkers, Celery tasks."""
