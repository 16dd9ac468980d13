"""Loaded by schemathesis (``SCHEMATHESIS_HOOKS=jiaofei.contract.hooks``); configured through
``JIAOFEI_CONTRACT_API`` and ``JIAOFEI_CONTRACT_SECRET``."""

from __future__ import annotations

import json
import os
from typing import Any

import schemathesis

from jiaofei.contract.signing_auth import Signer
from jiaofei.secrets import Secret
from jiaofei.settings import Settings
from jiaofei.spec import ApiSpec

_spec = ApiSpec.load(os.environ["JIAOFEI_CONTRACT_API"])
_signer = Signer(
    _spec,
    Settings.with_secret(
        _spec,
        Secret(os.environ.get("JIAOFEI_CONTRACT_SECRET", "")),
        json.loads(os.environ.get("JIAOFEI_CONTRACT_SETTINGS", "{}")),
    ),
)


@schemathesis.auth(refresh_interval=None)
class SignWithJiaofei:
    def get(self, case: Any, context: Any) -> Any:
        return _signer

    def set(self, case: Any, data: Any, context: Any) -> None:
        data.sign_case(case)


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: Any) -> None:
    """Sign again right before sending: the stateful phase fills linked fields (e.g. order_no
    from a previous call) after the auth provider ran."""
    _signer.sign_case(case)
