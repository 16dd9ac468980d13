"""Checking the credential headers a request or delivery carries (apiKey security schemes with
``x-jiaofei-value``), for the sandbox and for receivers. The client side is
:meth:`jiaofei.request_builder.RequestBuilder.credential_headers`."""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable, Mapping
from typing import Any

from jiaofei.autos import auto_moment
from jiaofei.errors import CredentialError
from jiaofei.plan import HeaderCredential, OperationPlan
from jiaofei.settings import Settings

DEFAULT_WINDOW = 300.0


def check(
    plan: OperationPlan,
    settings: Settings,
    headers: Mapping[str, str],
    accept_argument: Callable[[HeaderCredential, str], bool] = lambda c, v: False,
) -> None:
    """Raise :class:`CredentialError` unless every credential header of ``op`` is right.

    Settings are compared in constant time; generated timestamps must be within the window;
    an argument credential (a user's authCode) must be one ``accept_argument`` knows.
    """
    if not plan.header_credentials:
        return
    lowered = {k.lower(): v for k, v in headers.items()}
    for credential in plan.header_credentials:
        received = lowered.get(credential.header.lower(), "")
        if not received:
            raise CredentialError(credential.header, "is missing")
        if credential.source == "setting":
            expected = settings.get(credential.name)
            if expected is None or not hmac.compare_digest(
                received.encode("utf-8"), expected.encode("utf-8")
            ):
                raise CredentialError(credential.header, "does not match")
        elif credential.source == "auto":
            window = settings.get(credential.window_setting) if credential.window_setting else None
            problem = freshness_problem(credential.name, received, window)
            if problem:
                raise CredentialError(credential.header, problem)
        elif not accept_argument(credential, received):
            raise CredentialError(credential.header, "is not a credential issued here")


def freshness_problem(kind: str, value: Any, window_text: str | None) -> str | None:
    """Why a generated time (``x-jiaofei-auto`` kind) is not fresh, or None when it is within
    the window (seconds; DEFAULT_WINDOW when unset). Kinds that are not times are always
    fresh."""
    try:
        sent = auto_moment(kind, value)
    except ValueError:
        return f"is not a {kind} time"
    if sent is None:
        return None
    window = float(window_text or DEFAULT_WINDOW)
    if abs(time.time() - sent) > window:
        return f"is more than {window:g} s from this clock (replay?)"
    return None
