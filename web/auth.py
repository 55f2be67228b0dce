"""Who may write: the update token (compared in constant time), same-site posts only, and a CSRF
token for the HTML upload form."""
from __future__ import annotations

import hmac
import time
from hashlib import sha256
from urllib.parse import urlsplit

from flask import current_app, request

from kb.errors import DkbError, Forbidden
from web import settings

FORM_TOKEN_LIFETIME = 4 * 3600   # seconds a rendered upload form stays usable


def check_token(given: str | None) -> None:
    """Refuse unless `given` equals the update_token setting (compared in constant time)."""
    expected = str(settings()["update_token"])
    if not expected:
        raise Forbidden("this server is read-only: set the update_token setting to allow writes")
    if not given:
        raise DkbError("an update token is required (Authorization: Bearer TOKEN)", code="E401", status=401)
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise Forbidden("the update token is wrong")


def given_token() -> str | None:
    auth = request.headers.get("Authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("X-DKB-Token") or request.form.get("token") or None


def check_same_site() -> None:
    """Refuse a write a browser sent from another site; clients without these headers pass to the token."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site and fetch_site not in ("same-origin", "none"):
        raise Forbidden(f"cross-site writes are refused (Sec-Fetch-Site: {fetch_site})")
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if source and urlsplit(source).netloc != request.host:
        raise Forbidden("cross-site writes are refused: the request comes from another site")


def check_write() -> None:
    """Everything a write needs: same-site, then the token."""
    check_same_site()
    check_token(given_token())


def form_token() -> str:
    """A token for one rendered upload form: its issue time, signed with this app's secret."""
    issued = str(int(time.time()))
    return f"{issued}.{_sign(issued)}"


def check_form_token(token: str | None) -> None:
    issued, _, signature = (token or "").partition(".")
    if not (issued.isdigit() and hmac.compare_digest(signature.encode(), _sign(issued).encode())):
        raise Forbidden("the form's CSRF token is missing or wrong: reload the upload page and try again")
    if time.time() - int(issued) > FORM_TOKEN_LIFETIME:
        raise Forbidden("the upload form has expired: reload the page and try again")


def _sign(text: str) -> str:
    return hmac.new(_secret(), text.encode(), sha256).hexdigest()


def _secret() -> bytes:
    key = current_app.config["SECRET_KEY"]
    return key.encode() if isinstance(key, str) else key
