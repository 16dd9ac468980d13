"""Checking the credential headers a request or delivery carries (apiKey security schemes with
``x-jiaofei-value``), for the sandbox and for receivers. The client side is
:meth:`jiaofei.pipeline.Pipeline.credential_headers`."""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable, Mapping
from datetime import datetime

from jiaofei.errors import CredentialError
from jiaofei.formats import GMT8
from jiaofei.settings import Settings
from jiaofei.spec import HeaderCredential, Operation

DEFAULT_WINDOW = 300.0
TIMESTAMP_DIGITS = 17  # yyyyMMddHHmmssSSS


def check(
    op: Operation,
    settings: Settings,
    headers: Mapping[str, str],
    accept_argument: Callable[[HeaderCredential, str], bool] = lambda c, v: False,
) -> None:
    """Raise :class:`CredentialError` unless every credential header of ``op`` is right.

    Settings are compared in constant time; generated timestamps must be within the window;
    an argument credential (a user's authCode) must be one ``accept_argument`` knows.
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    for credential in op.header_credentials:
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
            _check_fresh(credential, received, settings)
        elif not accept_argument(credential, received):
            raise CredentialError(credential.header, "is not a credential issued here")


def _check_fresh(credential: HeaderCredential, received: str, settings: Settings) -> None:
    if len(received) != TIMESTAMP_DIGITS or not received.isdigit():
        raise CredentialError(credential.header, "is not yyyyMMddHHmmssSSS")
    try:
        sent = datetime.strptime(received[:14], "%Y%m%d%H%M%S").replace(tzinfo=GMT8)
    except ValueError:
        raise CredentialError(credential.header, "is not a date yyyyMMddHHmmssSSS") from None
    window_text = settings.get(credential.window_setting) if credential.window_setting else None
    window = float(window_text) if window_text else DEFAULT_WINDOW
    if abs(time.time() - sent.timestamp() - int(received[14:]) / 1000) > window:
        raise CredentialError(
            credential.header, f"is more than {window:g} s from this clock (replay?)"
        )
