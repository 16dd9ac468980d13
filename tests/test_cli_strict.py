"""Misusing ``jiaofei sign``/``verify`` never yields a signature or "valid": each case exits
non-zero naming the problem. Keys come from the environment or a file as well."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jiaofei import __version__
from jiaofei.cli import main

from conftest import KEY, UID

CCB_INNER = {"version": "3.0", "channel": "APP", "acq_code": "283499", "usr_id": "6100000213"}
ORDER = {
    "uid": UID,
    "order_no": "20160427210604000490",
    "order_type": 1,
    "mobile_type": 1,
    "phone_number": "13999999999",
    "face_value": 100,
    "notify_url": "http://www.baidu.com",
}
CMPAY = {
    "merchantId": "888",
    "requestId": "R1",
    "signType": "MD5",
    "type": "OrderQuery",
    "version": "2.0.0",
    "orderId": "O1",
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse's own refusals
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


MISUSES = [
    # (command line, what the message names)
    (
        ["sign", "ccb-electricity", "query_user_info", "--params", json.dumps(CCB_INNER)],
        "the fields go inside 'request'",
    ),
    (["sign", "ccb-electricity", "query_user_info", "--params", "{}"], "request"),
    (
        ["sign", "ccb-electricity", "query_user_info", "--params", '{"request": "x"}'],
        "the fields go inside 'request'",
    ),
    (
        [
            "sign",
            "ccb-electricity",
            "query_user_info",
            "--params",
            json.dumps({"request": {**CCB_INNER, "usr": "1"}}),
        ],
        "request.usr: is not a field",
    ),
    (
        [
            "sign",
            "ccb-electricity",
            "query_user_info",
            "--params",
            json.dumps({"request": {**CCB_INNER, "version": "4.0"}}),
        ],
        "version",
    ),
    (
        [
            "verify",
            "ccb-electricity",
            "query_user_info",
            "--params",
            json.dumps(
                {"sign": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}
            ),
        ],
        "the fields go inside 'request'",
    ),
    (
        [
            "verify",
            "ccb-electricity",
            "query_user_info",
            "--params",
            json.dumps({"request": CCB_INNER}),
        ],
        "sign: is required",
    ),
    (["sign", "recharge-upstream", "order", "--secret", KEY, "--params", "{}"], "is required"),
    (
        [
            "sign",
            "recharge-upstream",
            "order",
            "--secret",
            KEY,
            "--params",
            json.dumps({"uid": UID}),
        ],
        "is required",
    ),
    (
        [
            "sign",
            "recharge-upstream",
            "order",
            "--secret",
            KEY,
            "--params",
            json.dumps({**ORDER, "orderType": 1}),
        ],
        "orderType: is not a field",
    ),
    (
        [
            "sign",
            "recharge-upstream",
            "order",
            "--secret",
            KEY,
            "--params",
            json.dumps({**{k: v for k, v in ORDER.items() if k != "phone_number"}, "phone": "1"}),
        ],
        "phone: is not a field",
    ),
    (
        [
            "sign",
            "recharge-upstream",
            "order",
            "--secret",
            KEY,
            "--params",
            json.dumps({**ORDER, "face_value": "ten"}),
        ],
        "face_value",
    ),
    (
        ["sign", "recharge-upstream", "order", "--secret", "", "--params", json.dumps(ORDER)],
        "the key (md5_key) is empty",
    ),
    (
        ["sign", "recharge-upstream", "order", "--params", json.dumps(ORDER)],
        "the key (md5_key) is missing",
    ),
    (
        ["sign", "cmpay", "order_query", "--secret", "", "--params", json.dumps(CMPAY)],
        "the key (sign_key) is empty",
    ),
    (["sign", "cmpay", "order_query", "--secret", "k", "--params", "{}"], "merchantId"),
    (
        ["verify", "cmpay", "order_query", "--secret", "k", "--params", json.dumps(CMPAY)],
        "hmac: is required",
    ),
    (
        [
            "verify",
            "recharge-upstream",
            "balance",
            "--secret",
            KEY,
            "--params",
            json.dumps({"uid": UID, "sign": "e3b0"}),
        ],
        "sign",
    ),
    (
        ["sign", "recharge-upstream", "balance", "--secret", KEY, "--params", "[1]"],
        "must be a JSON object",
    ),
    (
        ["sign", "recharge-upstream", "balance", "--secret", KEY, "--params", "{uid"],
        "--params is not JSON",
    ),
    (
        ["sign", "recharge-upstream", "refund", "--secret", KEY, "--params", "{}"],
        "no operation 'refund'",
    ),
    (["sign", "cmcc-osp", "sync_order", "--secret", KEY, "--params", "{}"], "is not signed"),
    (
        [
            "sign",
            "recharge-upstream",
            "balance",
            "--secret-env",
            "JIAOFEI_TEST_UNSET_KEY",
            "--params",
            json.dumps({"uid": UID}),
        ],
        "no such environment variable",
    ),
    (
        [
            "sign",
            "recharge-upstream",
            "balance",
            "--secret-file",
            "/nonexistent/key",
            "--params",
            json.dumps({"uid": UID}),
        ],
        "--secret-file /nonexistent/key",
    ),
    (
        [
            "sign",
            "recharge-upstream",
            "balance",
            "--secret",
            KEY,
            "--secret-env",
            "X",
            "--params",
            "{}",
        ],
        "not allowed with argument",
    ),
    (
        [
            "sign",
            "ccb-electricity",
            "query_user_info",
            "--setting",
            "sign_variant=frontend",
            "--params",
            json.dumps({"request": CCB_INNER}),
        ],
        "is not a signing variant",
    ),
    (
        [
            "sign",
            "recharge-upstream",
            "balance",
            "--secret",
            KEY,
            "--setting",
            "colour=red",
            "--params",
            json.dumps({"uid": UID}),
        ],
        "no setting(s) ['colour']",
    ),
    (
        [
            "sign",
            "recharge-service",
            "query_order_status",
            "--secret",
            KEY,
            "--params",
            json.dumps({"cstmOrderNo": "1", "colour": "red"}),
        ],
        "colour: is not a parameter",
    ),
]


@pytest.mark.parametrize(("argv", "named"), MISUSES, ids=[" ".join(a)[:60] for a, _ in MISUSES])
def test_misuse_exits_non_zero_naming_the_problem(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str], named: str
) -> None:
    monkeypatch.delenv("JIAOFEI_TEST_UNSET_KEY", raising=False)
    monkeypatch.delenv("JIAOFEI_RECHARGE_UPSTREAM_MD5_KEY", raising=False)
    code, out, err = run(capsys, *argv)
    assert code == 2, (out, err)
    assert named in err
    assert '"signature"' not in out and "valid" not in out


def test_ccb_needs_no_secret_where_its_document_has_none(capsys) -> None:
    code, out, _ = run(
        capsys,
        "sign",
        "ccb-electricity",
        "query_user_info",
        "--params",
        json.dumps({"request": CCB_INNER}),
    )
    assert code == 0
    assert (
        json.loads(out)["string_to_sign"]
        == "acq_code=283499&channel=APP&usr_id=6100000213&version=3.0"
    )


def test_secret_from_environment_and_file(capsys, monkeypatch, tmp_path: Path) -> None:
    balance = json.dumps({"uid": UID})
    _, by_argument, _ = run(
        capsys, "sign", "recharge-upstream", "balance", "--secret", KEY, "--params", balance
    )
    monkeypatch.setenv("MY_MD5_KEY", KEY)
    _, by_env, _ = run(
        capsys,
        "sign",
        "recharge-upstream",
        "balance",
        "--secret-env",
        "MY_MD5_KEY",
        "--params",
        balance,
    )
    key_file = tmp_path / "key"
    key_file.write_text(KEY + "\n")
    _, by_file, _ = run(
        capsys,
        "sign",
        "recharge-upstream",
        "balance",
        "--secret-file",
        str(key_file),
        "--params",
        balance,
    )
    assert json.loads(by_argument)["signature"] == json.loads(by_env)["signature"]
    assert json.loads(by_env) == json.loads(by_file)


def test_version(capsys) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"jiaofei {__version__}"


def test_ops_describes_one_operation(capsys) -> None:
    code, out, _ = run(capsys, "ops", "recharge-upstream", "order")
    assert code == 0
    assert "order: POST /1/api/oper/order" in out
    assert "request signature: md5-concat into 'sign' with the key setting 'md5_key'" in out
    assert "signed fields: uid, order_no" in out
    assert "uid" in out and "filled by the client" in out
