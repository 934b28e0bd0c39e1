"""Property-based tests of the JSON API from its own OpenAPI schema (schemathesis): no input
makes any operation fail with a server error."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from mldojo.bootstrap import Application
from mldojo.web.app import create_app
from mldojo.web.security import issue_csrf_token


def test_api_never_fails_with_a_server_error(web_app: Application) -> None:
    web_app.profiles.save_profile(name="Schema Tester")
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(web_app))
    headers = {"X-CSRF-Token": issue_csrf_token(web_app.secret_key)}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=20,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: Any) -> None:
            case.call_and_validate(headers=headers, checks=[not_a_server_error])

        check()
