"""Accounts in multi-user mode: log in, register, log out, and the admin page."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from mldojo.domain.profile import Role
from mldojo.errors import AuthenticationError, DataFileError, ForbiddenError, NotFoundError
from mldojo.web.auth import (
    UserDep,
    check_login_rate,
    clear_session_cookie,
    is_multi_user,
    session_token,
    set_session_cookie,
)
from mldojo.web.deps import AppDep, render

router = APIRouter(include_in_schema=False)


def _require_multi_user(request: Request) -> None:
    if not is_multi_user(request):
        raise NotFoundError("accounts exist only in multi-user mode (mldojo serve --multi-user)")


def _safe_next(target: str) -> str:
    """Only follow a local path after logging in, never another site."""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, application: AppDep, next: str = "/") -> HTMLResponse:
    """Show the login form."""
    _require_multi_user(request)
    context = {
        "next": _safe_next(next),
        "form": {"username": ""},
        "error": None,
        "registration_open": application.accounts.registration_open(),
    }
    return render(request, "accounts/login.html", context)


@router.post("/login", response_class=HTMLResponse, response_model=None)
def login(
    request: Request,
    application: AppDep,
    username: Annotated[str, Form(max_length=100)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    """Check the password, start a session and go where the user was heading."""
    _require_multi_user(request)
    check_login_rate(request, username)
    try:
        session = application.accounts.login(username, password)
    except AuthenticationError as exc:
        context = {
            "next": _safe_next(next),
            "form": {"username": username},
            "error": exc.message,
            "registration_open": application.accounts.registration_open(),
        }
        return render(request, "accounts/login.html", context, status_code=401)
    response = RedirectResponse(_safe_next(next), status_code=303)
    set_session_cookie(request, response, session.token)
    return response


@router.post("/logout", response_model=None)
def logout(request: Request, application: AppDep) -> Response:
    """End the session and go back to the login page."""
    _require_multi_user(request)
    application.accounts.logout(session_token(request))
    response = RedirectResponse("/login", status_code=303)
    clear_session_cookie(request, response)
    return response


def _register_context(
    application: AppDep, form: dict[str, str], errors: dict[str, str]
) -> dict[str, Any]:
    return {
        "form": form,
        "errors": errors,
        "registration_open": application.accounts.registration_open(),
    }


@router.get("/register", response_class=HTMLResponse)
def register_page(request: Request, application: AppDep) -> HTMLResponse:
    """Show the registration form (or say registration is closed)."""
    _require_multi_user(request)
    context = _register_context(application, {"username": "", "display_name": ""}, {})
    return render(request, "accounts/register.html", context)


@router.post("/register", response_class=HTMLResponse, response_model=None)
def register(
    request: Request,
    application: AppDep,
    username: Annotated[str, Form(max_length=100)] = "",
    display_name: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    password_again: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    """Create an account and log in; a bad field shows the form again with its message."""
    _require_multi_user(request)
    check_login_rate(request, None)
    form = {"username": username, "display_name": display_name}
    errors: dict[str, str] = {}
    if password != password_again:
        errors["password_again"] = "the two passwords differ"  # noqa: S105 - a message
    else:
        try:
            application.accounts.register(username, password, display_name=display_name)
        except DataFileError as exc:
            field, _, message = exc.message.partition(": ")
            errors[field if field in ("username", "password") else "username"] = message
        except ForbiddenError as exc:
            errors["username"] = exc.message
    if errors:
        context = _register_context(application, form, errors)
        return render(request, "accounts/register.html", context, status_code=422)
    session = application.accounts.login(username, password)
    response = RedirectResponse("/settings?first=1", status_code=303)
    set_session_cookie(request, response, session.token)
    return response


@router.get("/admin", response_class=HTMLResponse)
def admin_page(request: Request, application: AppDep, user: UserDep) -> HTMLResponse:
    """List the accounts with their roles, and open or close registration (admins)."""
    _require_multi_user(request)
    context = {
        "users": application.accounts.users(user),
        "roles": list(Role),
        "registration_open": application.accounts.registration_open(),
    }
    return render(request, "accounts/admin.html", context)


@router.post("/admin/registration", response_model=None)
def set_registration(
    request: Request,
    application: AppDep,
    user: UserDep,
    open: Annotated[bool, Form()] = False,
) -> Response:
    """Open or close registration."""
    _require_multi_user(request)
    application.accounts.set_registration_open(user, open)
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/users/{username}/role", response_model=None)
def set_role(
    request: Request,
    username: str,
    application: AppDep,
    user: UserDep,
    role: Annotated[Role, Form()],
) -> Response:
    """Change what a user may do."""
    _require_multi_user(request)
    application.accounts.set_role(user, username, role)
    return RedirectResponse("/admin", status_code=303)
