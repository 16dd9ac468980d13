"""The ``jiaofei`` command's output contract."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import httpx
import pytest

from conftest import KEY, UID, md5_hex


def jiaofei(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jiaofei.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_ops_lists_operations_and_callbacks() -> None:
    lines = jiaofei("ops", "recharge-upstream").stdout.splitlines()
    assert lines == [
        "operation\tmethod\tpath\tinterface\tsummary",
        "order\tPOST\t/1/api/oper/order\t-\t向我方推送订单",
        "order_notify\tPOST\tcallback\t-\t我方回调运营商",
        "balance\tPOST\t/1/api/oper/balance\t-\t余额查询",
        "query_order\tPOST\t/1/api/oper/query_order\t-\t订单查询",
    ]


@pytest.mark.parametrize(
    ("api", "first"),
    [
        ("recharge-service", "order_product\tPOST\t/sign/api/产品订购\t-"),
        ("cmpay", "order_query\tPOST\t/cmpayService\tOrderQuery"),
        ("ccb-electricity", "query_user_info\tPOST\t/trade/userInfoQuery\t-"),
    ],
)
def test_ops_for_every_api(api: str, first: str) -> None:
    lines = jiaofei("ops", api).stdout.splitlines()
    assert lines[1].startswith(first + "\t")


def test_sign_prints_string_to_sign_signature_and_wire_params() -> None:
    params = {
        "uid": UID,
        "order_no": "20160427210604000490",
        "order_type": 1,
        "mobile_type": 1,
        "phone_number": "13999999999",
        "face_value": 100,
        "notify_url": "http://www.baidu.com",
    }
    result = jiaofei(
        "sign", "recharge-upstream", "order", "--secret", KEY, "--params", json.dumps(params)
    )
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed["string_to_sign"] == "39288572016042721060400049013999999999100"
    assert printed["signature"] == "ef4ce96baf159c8437a42ca729214691"
    assert printed["params"] == {**params, "sign": "ef4ce96baf159c8437a42ca729214691"}
    assert KEY not in result.stdout


def test_verify_exit_codes() -> None:
    good = {"uid": UID, "sign": "b1e830533aec41607488584da6bc3525"}
    assert (
        jiaofei(
            "verify", "recharge-upstream", "balance", "--secret", KEY, "--params", json.dumps(good)
        ).returncode
        == 0
    )
    bad = jiaofei(
        "verify", "recharge-upstream", "balance", "--secret", "other", "--params", json.dumps(good)
    )
    assert bad.returncode == 1
    assert bad.stderr.splitlines()[0] == "invalid: sign: signature does not match"
    assert f"string to sign:  {UID!r}" in bad.stderr and "other" not in bad.stderr


def test_unknown_operation_is_a_clear_error() -> None:
    result = jiaofei("sign", "recharge-upstream", "refund", "--secret", KEY, "--params", "{}")
    assert result.returncode == 2 and "no operation 'refund'" in result.stderr


def test_sandbox_command_serves(unused_port: int) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jiaofei.cli",
            "sandbox",
            "recharge-upstream",
            "--port",
            str(unused_port),
            "--secret",
            KEY,
        ]
    )
    try:
        url = f"http://127.0.0.1:{unused_port}"
        deadline = time.monotonic() + 15
        while True:
            try:
                httpx.get(f"{url}/_sandbox/health")
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline
                time.sleep(0.1)
        reply = httpx.post(
            f"{url}/1/api/oper/balance", data={"uid": UID, "sign": md5_hex(UID + KEY)}
        )
        assert reply.json()["code"] == "200"
    finally:
        process.terminate()
        process.wait(10)
