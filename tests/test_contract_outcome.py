"""The contract kit's judgement and evidence, without running schemathesis: a refusal is what
the document calls one, whatever the HTTP status; an unreachable target ends in the summary."""

from __future__ import annotations

import os

import httpx
import pytest

from jiaofei import messages, wire
from jiaofei.cli import main
from jiaofei.contract import checks
from jiaofei.contract.outcome import judge
from jiaofei.contract.runner import Run
from jiaofei.plan import ApiPlan

FAILURES = {
    ("recharge-upstream", "order"): {"code": "400", "count": "0", "msg": "bad sign"},
    ("recharge-service", "order_product"): {"code": "1", "message": "bad sign"},
    ("cmpay", "order_query"): {"returnCode": "IPS0008", "message": "bad sign"},
    ("ccb-electricity", "query_payment"): {
        "response": {"code": "SUCCESS", "msg": "OK", "sub_code": "1003", "sub_msg": "无"}
    },
    ("cmcc-osp", "check_service_health"): {"respCode": "014A04", "respDesc": "bad"},
}


def reply(api: str, body: dict, status: int) -> httpx.Response:
    media = wire.FORM if ApiPlan.load(api).reply_form else wire.JSON
    return httpx.Response(
        status, content=messages.encode(body, media), headers={"content-type": media}
    )


@pytest.mark.parametrize("status", [200, 400])
@pytest.mark.parametrize(("api", "operation"), list(FAILURES))
def test_the_documents_failure_code_is_a_refusal_whatever_the_status(
    api: str, operation: str, status: int
) -> None:
    op = ApiPlan.load(api).operation(operation)
    outcome = judge(op, reply(api, FAILURES[api, operation], status))
    assert outcome.refused, outcome
    assert "failure code" in outcome.reason


def test_success_4xx_and_5xx() -> None:
    op = ApiPlan.load("recharge-upstream").operation("order")
    success = {"code": "200", "count": "1", "msg": "Success"}
    assert judge(op, reply("recharge-upstream", success, 200)).accepted
    assert judge(op, httpx.Response(403, text="forbidden")).refused
    assert judge(op, httpx.Response(500, text="boom")).verdict == "server error"
    # A 5xx is never a refusal, even carrying the failure code.
    assert not judge(
        op, reply("recharge-upstream", FAILURES["recharge-upstream", "order"], 502)
    ).refused


def test_a_delivery_is_processed_only_with_the_exact_ack() -> None:
    op = ApiPlan.load("recharge-upstream").operation("order_notify")
    assert judge(op, httpx.Response(200, text="ok")).accepted
    assert judge(op, httpx.Response(200, text="OK\n")).refused
    assert judge(op, httpx.Response(400, text="ok")).refused


def test_tampered_values_stay_valid_for_the_schema() -> None:
    op = ApiPlan.load("recharge-upstream").operation("order")
    assert checks.tampered_value(op, "face_value", 100) == 101
    assert checks.tampered_value(op, "phone_number", "13999999999") == "13999999990"
    assert checks.tampered_value(op, "order_no", "ab9z") == "ab9a"
    assert checks.flip("12³") == "120"
    assert checks.flip("x٣") == "x0"
    form = ApiPlan.load("cmpay").operation("order_query")
    assert checks.tampered_value(form, "signType", "MD5") == "RSA"
    assert checks.tampered_value(form, "version", "2.0.0") is None  # const: nothing else valid
    assert checks.signed_fields(op.signing, {"uid": "1", "face_value": 1, "sign": "x"}) == [
        "uid",
        "face_value",
    ]


def test_a_receivers_run_keeps_no_file_behind() -> None:
    run = Run(
        "recharge-upstream", "http://127.0.0.1:9/notify", "k", receiver_operation="order_notify"
    )
    with run.prepared() as prepared:
        assert len(prepared.commands) == 1  # one operation, no links: one process
        command = prepared.commands[0]
        spec = command[command.index("run") + 1]
        assert os.path.exists(spec) and spec.startswith(prepared.cwd)
    assert not os.path.exists(prepared.cwd)


@pytest.mark.parametrize(
    ("phases", "processes", "groups"),
    [
        ("examples,coverage,fuzzing,stateful", "2", ["coverage,fuzzing", "examples,stateful"]),
        ("examples,coverage,fuzzing,stateful", "1", ["examples,coverage,fuzzing,stateful"]),
        ("coverage,stateful", "4", ["coverage", "stateful"]),
        ("coverage,fuzzing", "2", ["coverage,fuzzing"]),  # one group: one process
        ("coverage,stateful,nonsense", "2", ["coverage,nonsense", "stateful"]),  # refused later
    ],
)
def test_the_phases_are_shared_between_processes(phases, processes, groups) -> None:
    run = Run("recharge-upstream", "http://127.0.0.1:9", "k", phases=phases, processes=processes)
    assert run.phase_groups() == groups


def test_a_run_in_two_processes_reads_as_one(tmp_path) -> None:
    """Each process writes its own JUnit report; the run's report holds both, and the
    summary adds up their cases."""
    from xml.etree import ElementTree

    from jiaofei.contract import junit
    from jiaofei.contract.runner import cases

    parts = []
    for index, (tests, failures) in enumerate([(3, 0), (2, 1)]):
        part = tmp_path / f"part-{index}.xml"
        part.write_text(
            f'<testsuites><testsuite name="schemathesis" tests="{tests}" failures="{failures}">'
            f'<testcase name="op-{index}"/></testsuite></testsuites>'
        )
        parts.append(str(part))
    junit.merge(parts, str(tmp_path / "run.xml"))
    root = ElementTree.parse(tmp_path / "run.xml").getroot()
    assert [c.get("name") for c in root.iter("testcase")] == ["op-0", "op-1"]
    assert (root.get("tests"), root.get("failures")) == ("5", "1")
    assert cases(
        ["  330 generated, 330 passed\n", "  188 generated, 1 found 1 unique failure"]
    ) == (
        "518 generated in 2 processes (330 generated, 330 passed; "
        "188 generated, 1 found 1 unique failure)"
    )


def test_a_run_is_split_only_where_it_pays() -> None:
    receiver = Run(
        "recharge-upstream",
        "http://127.0.0.1:9/notify",
        "k",
        receiver_operation="order_notify",
        processes="2",
    )
    assert receiver.phase_groups() == ["examples,coverage,fuzzing,stateful"]
    with Run("recharge-upstream", "http://127.0.0.1:9", "k", processes="2").prepared() as prepared:
        assert [c[c.index("--phases") + 1] for c in prepared.commands] == [
            "coverage,fuzzing",
            "examples,stateful",
        ]


@pytest.mark.parametrize(
    "target",
    [
        ["--receiver", "http://127.0.0.1:9/notify", "--operation", "order_notify"],
        ["--base-url", "https://127.0.0.1:9"],
    ],
    ids=["receiver down", "server down over TLS"],
)
def test_an_unreachable_target_ends_in_the_summary(target: list[str], capsys) -> None:
    code = main(["contract", "recharge-upstream", *target, "--secret", "k"])
    out = capsys.readouterr().out
    assert code == 1
    assert "FAILED (not reachable)" in out
    assert "cannot be reached (ConnectError" in out
    assert "request:\n" in out and "response: none" in out
    assert "Traceback" not in out


def test_a_tls_failure_ends_in_the_summary(capsys) -> None:
    """https:// against a server speaking plain HTTP: the handshake fails."""
    from jiaofei.sandbox import create_app
    from jiaofei.sandbox.server import serve_in_thread

    with serve_in_thread(create_app("recharge-upstream", "k")) as server:
        url = server.url.replace("http://", "https://")
        code = main(["contract", "recharge-upstream", "--base-url", url, "--secret", "k"])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{url} cannot be reached (ConnectError" in out and "SSL" in out
    assert "response: none" in out and "Traceback" not in out
