"""schemathesis with every check and every phase against each sandbox finds nothing."""

from __future__ import annotations

import os

import pytest

from jiaofei.contract.runner import Run
from jiaofei.sandbox import create_app
from jiaofei.sandbox.server import serve_in_thread

pytestmark = pytest.mark.slow

CASES = [
    ("recharge-upstream", "k3y", {}),
    ("recharge-service", "app-secret", {}),
    ("recharge-service", "app-secret", {"sign_scheme": "md5-concat"}),
    ("ccb-electricity", "", {}),
    ("ccb-electricity", "shared-secret", {}),
    ("cmpay", "cmpay-sign-key", "rsa-keys"),
]


def rsa_settings() -> dict[str, str]:
    """Key pairs for CMPay signType=RSA cases: the merchant's and the platform's."""
    from cryptography.hazmat.primitives import serialization as s
    from cryptography.hazmat.primitives.asymmetric import rsa

    def pair() -> tuple[str, str]:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        private = key.private_bytes(s.Encoding.PEM, s.PrivateFormat.PKCS8, s.NoEncryption())
        public = key.public_key().public_bytes(s.Encoding.PEM, s.PublicFormat.SubjectPublicKeyInfo)
        return private.decode(), public.decode()

    merchant_private, merchant_public = pair()
    platform_private, platform_public = pair()
    return {
        "merchant_private_key": merchant_private,
        "merchant_public_key": merchant_public,
        "platform_private_key": platform_private,
        "platform_public_key": platform_public,
    }


@pytest.mark.parametrize(("api", "secret", "settings"), CASES, ids=lambda c: str(c))
def test_sandbox_fuzzes_clean(api: str, secret: str, settings: dict | str, tmp_path) -> None:
    if settings == "rsa-keys":
        settings = rsa_settings()
    app = create_app(api, secret, settings=settings, retry_delay=0.05)
    with serve_in_thread(app) as server:
        run = Run(
            api,
            server.url,
            secret,
            settings=settings,
            max_examples=int(os.environ.get("JIAOFEI_FUZZ_EXAMPLES", "10")),
            seed=int(os.environ.get("JIAOFEI_FUZZ_SEED", "1")),
            junit_xml=str(tmp_path / "junit.xml"),
        )
        result = run.run(capture=True, timeout=900)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "No issues found" in result.stdout
    assert (tmp_path / "junit.xml").exists()
    assert app.state.sandbox.internal_errors == 0


def test_cmcc_osp_fuzzes_clean_over_mutual_tls(cmcc_sandbox, tls_files, tmp_path) -> None:
    """All 60 calls, every check and phase, with the client certificate and credential
    headers; fewer examples per operation than the smaller APIs (60 operations, and the
    coverage phase alone makes dozens of cases each)."""
    from conftest import CMCC_TOKEN

    run = Run(
        "cmcc-osp",
        cmcc_sandbox.url,
        CMCC_TOKEN,
        max_examples=int(os.environ.get("JIAOFEI_FUZZ_EXAMPLES_CMCC", "3")),
        seed=int(os.environ.get("JIAOFEI_FUZZ_SEED", "1")),
        workers="2",
        junit_xml=str(tmp_path / "junit.xml"),
        ca_bundle=tls_files.ca,
        client_cert=tls_files.client,
    )
    result = run.run(capture=True, timeout=1500)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "No issues found" in result.stdout
    assert cmcc_sandbox.app.state.sandbox.requests > 1000
