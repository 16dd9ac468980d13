"""``jiaofei doctor`` names the variant a message was signed with, for every scheme, and
"none" for a random signature."""

from __future__ import annotations

import json
from typing import Any

import pytest
from test_cmpay import _private, _rsa_pair

from jiaofei.cli import main
from jiaofei.doctor import examine, known_ways
from jiaofei.plan import ApiPlan
from jiaofei.settings import Settings
from jiaofei.signers import Signers
from jiaofei.signing import SCHEMES, Rule

KEY = "doctor-key"
# Values that make every known way of differing visible: URL-encoded text, text GBK writes
# differently from UTF-8, an integral number, and names out of alphabetical order.
SAMPLES = ("a%2Bb%20c", "中文", "z9", 100, "", "y8", "x7", "w6", "v5", "u4")


def message_for(rule: Rule, scheme: str) -> dict[str, Any]:
    names = rule.fields or ("usr_id", "acq_code", "channel", "version", "order_no")
    values = {name: SAMPLES[i % len(SAMPLES)] for i, name in enumerate(names)}
    for name, value in rule.when:
        values[name] = value
    by_field = rule.options.get("variants")
    if by_field:
        values[by_field["field"]] = "RSA" if scheme.startswith("rsa") else "MD5"
    return {rule.payload: values} if rule.payload else values


CASES = {
    # scheme: (api, operation, settings)
    "md5-concat": ("recharge-upstream", "order", {}),
    "hmac-md5-ordered": ("cmpay", "order_query", {}),
    "sha256-sorted": ("ccb-electricity", "query_user_info", {}),
    "rsa-sha1-ordered": ("cmpay", "order_query", {}),
}


@pytest.fixture(scope="module")
def rsa_keys() -> dict[str, str]:
    key, public = _rsa_pair()
    return {"merchant_private_key": _private(key, "pkcs8"), "merchant_public_key": public}


def signers_and_rule(scheme: str, rsa_keys: dict[str, str]) -> tuple[Signers, Rule, str]:
    api_name, operation, _ = CASES[scheme]
    api = ApiPlan.load(api_name)
    rule = api.operation(operation).signing
    assert rule is not None
    others = {"merchant_public_key": rsa_keys["merchant_public_key"]} if api_name == "cmpay" else {}
    settings = Settings.with_secret(api, KEY, others)
    key = rsa_keys["merchant_private_key"] if scheme.startswith("rsa") else KEY
    if scheme.startswith("rsa"):
        settings = Settings(api, {**others, "merchant_private_key": key, "sign_key": KEY})
    return Signers(settings), rule, key


def signed_with(signers: Signers, rule: Rule, key: str, message: dict, options: dict) -> dict:
    resolved = signers.resolve(rule, "RSA" if key != KEY else "MD5")
    resolved = resolved.replace(options={**resolved.options, **options})
    signer = SCHEMES[resolved.scheme](resolved, key)
    return dict(message, **{rule.signature: signer.signature(message)})


def variants_of(scheme: str, rsa_keys: dict[str, str]) -> list[dict[str, Any]]:
    signers, rule, key = signers_and_rule(scheme, rsa_keys)
    resolved = signers.signer(rule, message_for(rule, scheme), verifying=True).rule
    ways = known_ways(resolved, key, resolved.signed_values(message_for(rule, scheme)))
    return [{name: value} for name, values in ways.items() for value in values]


@pytest.mark.parametrize("scheme", sorted(CASES))
def test_doctor_names_each_variant(scheme: str, rsa_keys: dict[str, str]) -> None:
    signers, rule, key = signers_and_rule(scheme, rsa_keys)
    message = message_for(rule, scheme)
    ways = variants_of(scheme, rsa_keys)
    assert {"decode", "encoding", "numbers", "order"} <= {next(iter(w)) for w in ways}
    as_is = examine(signers, rule, signed_with(signers, rule, key, message, {}))
    assert as_is.verified and as_is.variant is None
    for options in ways:
        finding = examine(signers, rule, signed_with(signers, rule, key, message, options))
        assert not finding.verified
        assert finding.options == options, (scheme, options, finding.variant)
    combined = dict(ways[0], **ways[-1])
    finding = examine(signers, rule, signed_with(signers, rule, key, message, combined))
    assert finding.options == combined


@pytest.mark.parametrize("scheme", sorted(CASES))
def test_doctor_says_none_for_a_random_signature(scheme: str, rsa_keys: dict[str, str]) -> None:
    signers, rule, key = signers_and_rule(scheme, rsa_keys)
    message = signed_with(signers, rule, key, message_for(rule, scheme), {})
    message[rule.signature] = "0123456789abcdef" * 2
    finding = examine(signers, rule, message)
    assert not finding.verified and finding.variant is None and finding.tried > 0
    assert KEY not in json.dumps(finding.to_dict(), ensure_ascii=False)


def test_doctor_names_a_declared_variant(capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    from test_signing_variants import SECRET, deployed_body

    raw = tmp_path / "body.json"
    raw.write_bytes(deployed_body())
    key_file = tmp_path / "key"
    key_file.write_text(SECRET)
    argv = ["doctor", "ccb-electricity", "query_user_info", "--secret-file", str(key_file)]
    assert main([*argv, "--raw", str(raw)]) == 1
    out = capsys.readouterr().out
    assert "string to sign:  'acq_code=283499&channel=H5&usr_id=6100000213&version=V3.0'" in out
    assert "it matches deployed-frontend" in out and "sign_variant=deployed-frontend" in out
    assert SECRET not in out
    selected = [*argv, "--setting", "sign_variant=deployed-frontend", "--raw", str(raw), "--json"]
    assert main(selected) == 0
    assert json.loads(capsys.readouterr().out)["verified"] is True


def test_doctor_with_params_says_none(capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    monkeypatch.setenv("DOCTOR_KEY", KEY)
    params = {"uid": "3928857", "sign": "0" * 32}
    argv = ["doctor", "recharge-upstream", "balance", "--secret-env", "DOCTOR_KEY"]
    assert main([*argv, "--params", json.dumps(params)]) == 1
    assert "none of" in capsys.readouterr().out


def test_doctor_examines_a_reply(capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    from urllib.parse import urlencode

    api = ApiPlan.load("cmpay")
    rule = api.operation("order_query").reply_signing
    assert rule is not None
    reply = {"merchantId": "888", "returnCode": "000000", "message": "成功", "signType": "MD5"}
    signers = Signers(Settings.with_secret(api, KEY))
    signed = signed_with(signers, rule, KEY, reply, {"case": "upper"})
    raw = tmp_path / "reply.txt"
    raw.write_text(urlencode(signed))
    argv = ["doctor", "cmpay", "order_query", "--reply", "--secret", KEY, "--raw", str(raw)]
    assert main(argv) == 1
    assert "it matches case=upper" in capsys.readouterr().out
    raw.write_text(urlencode(signed_with(signers, rule, KEY, reply, {})))
    assert main(argv) == 0
    assert "verifies as configured" in capsys.readouterr().out
