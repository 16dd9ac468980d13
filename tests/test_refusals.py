"""A vendor's refusal of our signature or credential is a SignatureError / CredentialError
that is also a BusinessError carrying the vendor's code; other codes stay BusinessError."""

from __future__ import annotations

import httpx
import pytest

from jiaofei.errors import (
    BusinessError,
    CredentialError,
    CredentialRefused,
    SignatureError,
    SignatureRefused,
)
from jiaofei.plan import ApiPlan
from jiaofei.reply_reader import ReplyReader


def judged(code: str) -> BusinessError:
    plan = ApiPlan.load("cmcc-osp").operation("sync_order")
    with pytest.raises(BusinessError) as caught:
        ReplyReader.check_outcome(plan, {"respCode": code}, httpx.Response(200))
    return caught.value


def test_signature_code_is_a_signature_error() -> None:
    refused = judged("014A06")
    assert isinstance(refused, SignatureRefused) and isinstance(refused, SignatureError)
    assert refused.code == "014A06" and "签名验证失败" in str(refused)


def test_credential_code_is_a_credential_error() -> None:
    refused = judged("014A07")
    assert isinstance(refused, CredentialRefused) and isinstance(refused, CredentialError)
    assert refused.code == "014A07" and refused.header == "respCode"


def test_other_codes_stay_business_errors() -> None:
    refused = judged("015A09")
    assert type(refused) is BusinessError
