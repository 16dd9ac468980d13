"""cmcc-osp end to end: mutual TLS, the appKey/token/timestamp and authCode headers, every call
through the generated client, the southbound deliveries and their receivers, and OSPP001's
``parameters`` pairs."""

from __future__ import annotations

import json
import ssl
import subprocess
import sys
import time
from datetime import datetime
from typing import Any

import httpx
import pytest

from codegen.facade import python_name
from jiaofei.cmcc_osp import Client, Receiver
from jiaofei.errors import BusinessError, CredentialError, TransportError, ValidationError
from jiaofei.formats import GMT8
from jiaofei.plan import ApiPlan
from jiaofei.sandbox.server import RunningServer
from jiaofei.spec import ApiSpec, Operation
from jiaofei.vendors import cmcc_osp as payment_parameters

from conftest import CMCC_TOKEN, TlsFiles

SPEC = ApiSpec.load("cmcc-osp")
PLAN = ApiPlan.load("cmcc-osp")
APP_KEY = "40175ZHA0JA61K3Y"


def client(server: RunningServer, tls: TlsFiles, **options: Any) -> Client:
    options.setdefault("cert", tls.client)
    options.setdefault("verify", tls.ca)
    return Client(server.url, token=CMCC_TOKEN, **options)


def document_fields(op: Operation) -> dict[str, Any]:
    """The document's own example values for a call: query parameters and body."""
    fields: dict[str, Any] = {}
    for parameter in op.parameters:
        json_content = parameter.get("content", {}).get("application/json", {})
        examples = parameter.get("examples") or json_content.get("examples", {})
        schema = SPEC.resolve(parameter.get("schema", {}))
        if examples:
            fields[parameter["name"]] = next(iter(examples.values()))["value"]
        elif schema.get("examples") or schema.get("enum"):
            fields[parameter["name"]] = (schema.get("examples") or schema["enum"])[0]
        elif parameter.get("required"):
            # The document gives no value: digits of the shortest allowed length.
            fields[parameter["name"]] = "1" * max(1, schema.get("minLength", 1))
    body = SPEC.resolve(op.raw.get("requestBody", {}))
    for media in body.get("content", {}).values():
        examples = media.get("examples", {})
        if examples:
            fields.update(next(iter(examples.values()))["value"])
    return fields


def document_arguments(op: Operation) -> dict[str, Any]:
    """The document's example values as the generated method's keyword arguments."""
    return {python_name(k): v for k, v in document_fields(op).items()}


def fresh_timestamp(offset_seconds: float = 0) -> str:
    moment = datetime.fromtimestamp(time.time() + offset_seconds, GMT8)
    return moment.strftime("%Y%m%d%H%M%S") + f"{moment.microsecond // 1000:03d}"


def credential_headers(**changes: str) -> dict[str, str]:
    headers = {"appKey": APP_KEY, "token": CMCC_TOKEN, "timestamp": fresh_timestamp()}
    headers.update(changes)
    return headers


def tls_context(tls: TlsFiles) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=tls.ca)
    context.load_cert_chain(tls.client)
    return context


# -- the interface list ---------------------------------------------------------------------


def test_ops_lists_every_interface_of_the_document() -> None:
    listed = subprocess.run(
        [sys.executable, "-m", "jiaofei.cli", "ops", "cmcc-osp"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    codes = {line.split("\t")[3] for line in listed.splitlines()[1:]}
    assert len(codes) == 69
    assert {"OSPB001", "OSPB024", "OSPF005", "OSPQ024", "OSPC008", "OSPP014"} <= codes


# -- mutual TLS -----------------------------------------------------------------------------


def test_handshake_without_a_client_certificate_fails(cmcc_sandbox, tls_files) -> None:
    with pytest.raises(TransportError):
        client(cmcc_sandbox, tls_files, cert=None).check_service_health()


def test_certificate_from_another_ca_is_refused(cmcc_sandbox, tls_files) -> None:
    with pytest.raises(TransportError):
        client(cmcc_sandbox, tls_files, cert=tls_files.stranger).check_service_health()


def test_server_is_verified_by_default(cmcc_sandbox, tls_files) -> None:
    """The document's curl -k is never what the client does: an unknown CA fails."""
    unverified = Client(cmcc_sandbox.url, token=CMCC_TOKEN, cert=tls_files.client)
    with pytest.raises(TransportError):
        unverified.check_service_health()


# -- every call through the generated client --------------------------------------------------

CALLS = [op for op in SPEC.operations.values() if op.kind == "call"]


def test_every_call_is_made_by_the_generated_client(cmcc_sandbox, tls_files) -> None:
    with client(cmcc_sandbox, tls_files) as cmcc:
        for op in CALLS:
            fields = document_arguments(op)
            credentials = PLAN.operation(op.operation_id).header_credentials
            if any(c.source == "argument" for c in credentials):
                fields["auth_code"] = CMCC_TOKEN
            result = getattr(cmcc, python_name(op.operation_id))(**fields)
            assert result is not None, op.operation_id
    assert cmcc_sandbox.app.state.sandbox.requests == len(CALLS)


# -- header credentials -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "header"),
    [
        ({"token": "not-the-token"}, "token"),
        ({"appKey": "40155ZHA0JA61K3Y"}, "appKey"),
        ({"timestamp": fresh_timestamp(-3600)}, "timestamp"),
        ({"timestamp": "2017-12-11 00:00:00"}, "timestamp"),
    ],
)
def test_wrong_credentials_are_refused(cmcc_sandbox, tls_files, changes, header) -> None:
    response = httpx.get(
        cmcc_sandbox.url + "/health",
        headers=credential_headers(**changes),
        verify=tls_context(tls_files),
    )
    assert response.status_code == 401
    assert response.json()["respDesc"].startswith(header)
    assert CMCC_TOKEN not in response.text


def test_calls_are_served_under_the_servers_base_path(cmcc_sandbox, tls_files) -> None:
    reply = httpx.get(
        cmcc_sandbox.url + "/api/v2/health",
        headers=credential_headers(),
        verify=tls_context(tls_files),
    )
    assert reply.status_code == 200, reply.text
    assert cmcc_sandbox.app.state.sandbox.requests == 1


def test_missing_token_is_refused(cmcc_sandbox, tls_files) -> None:
    headers = credential_headers()
    del headers["token"]
    response = httpx.get(
        cmcc_sandbox.url + "/health", headers=headers, verify=tls_context(tls_files)
    )
    assert response.status_code == 401


def test_user_authorised_query_needs_an_auth_code_before_sending(cmcc_sandbox, tls_files) -> None:
    with pytest.raises(ValidationError) as caught:
        client(cmcc_sandbox, tls_files).query_account_balance(auth_code="", number="13810082650")
    assert caught.value.field == "authCode"
    assert cmcc_sandbox.app.state.sandbox.requests == 0


def test_user_authorised_query_refuses_an_unknown_auth_code(cmcc_sandbox, tls_files) -> None:
    with pytest.raises(BusinessError) as caught:
        client(cmcc_sandbox, tls_files).query_account_balance(
            auth_code="RAgNzCEI02123456", number="13810082650"
        )
    assert caught.value.response is not None
    assert caught.value.response.status_code == 401


def test_credential_from_ospb015_authorises_the_user_queries(cmcc_sandbox, tls_files) -> None:
    """§2.7: apply for the user's credential (OSPB015), then query with it."""
    cmcc = client(cmcc_sandbox, tls_files)
    credential = cmcc.apply_user_credential(
        **document_arguments(SPEC.operation("apply_user_credential"))
    )
    balance = cmcc.query_account_balance(auth_code=credential.ident_code, number="13810082650")
    assert balance.status == "00"


def test_reused_order_id_with_other_content_is_a_conflict(cmcc_sandbox, tls_files) -> None:
    cmcc = client(cmcc_sandbox, tls_files)
    fields = document_arguments(SPEC.operation("sync_order"))
    fields.pop("feedback_url", None)
    cmcc.sync_order(**fields)
    cmcc.sync_order(**fields)  # the same request again is answered as the first time
    with pytest.raises(BusinessError) as caught:
        cmcc.sync_order(**{**fields, "payment": fields["payment"] + 1})
    assert caught.value.response is not None
    assert caught.value.response.status_code == 409


# -- southbound deliveries and receivers ------------------------------------------------------

WEBHOOKS = [op for op in SPEC.operations.values() if op.kind == "webhook" and op.method == "post"]


class Recorder:
    def __init__(self) -> None:
        self.processed: list[Any] = []

    def __call__(self, message: Any) -> None:
        self.processed.append(message)


@pytest.fixture
def receiver_for(serve_fresh) -> Any:
    def start(operation_id: str) -> tuple[RunningServer, Recorder]:
        recorder = Recorder()
        app = Receiver(token=CMCC_TOKEN).asgi(operation_id, recorder)
        return serve_fresh(app), recorder

    return start


@pytest.mark.parametrize("op", WEBHOOKS, ids=lambda op: op.interface_code or op.operation_id)
def test_receiver_refuses_tampered_and_processes_duplicates_once(op, receiver_for) -> None:
    server, recorder = receiver_for(op.operation_id)
    body = json.dumps(document_fields(op), ensure_ascii=False).encode("utf-8")
    post = lambda headers: httpx.post(  # noqa: E731
        server.url, content=body, headers={"Content-Type": "application/json", **headers}
    )
    ack = {"bizCode": "1", "bizDesc": "success"}
    first = post(credential_headers())
    assert first.status_code == 200 and first.json() == ack
    again = post(credential_headers())
    assert again.status_code == 200 and again.json() == ack
    assert len(recorder.processed) == 1
    assert post(credential_headers(token=CMCC_TOKEN + "x")).status_code == 401
    assert post(credential_headers(timestamp=fresh_timestamp(-900))).status_code == 401
    assert len(recorder.processed) == 1


def test_receiver_parse_names_the_bad_header() -> None:
    op = SPEC.operation("on_order_feedback")
    body = json.dumps(document_fields(op)).encode()
    with pytest.raises(CredentialError) as caught:
        Receiver(token=CMCC_TOKEN).on_order_feedback(
            body, "application/json", credential_headers(token="x")
        )
    assert caught.value.header == "token"
    assert CMCC_TOKEN not in str(caught.value)


def wait_for(condition: Any, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_order_sync_is_answered_by_an_order_feedback(cmcc_sandbox, tls_files, receiver_for) -> None:
    """§2.1: OSPB003 order sync, then the platform's OSPF001 order feedback to feedbackUrl."""
    receiver, recorder = receiver_for("on_order_feedback")
    op = SPEC.operation("sync_order")
    fields = document_arguments(op)
    fields["feedback_url"] = receiver.url + "/feedback/order"
    client(cmcc_sandbox, tls_files).sync_order(**fields)
    wait_for(lambda: recorder.processed)
    feedback = recorder.processed[0]
    assert feedback["orderId"] == fields["order_id"]
    assert feedback["subOrderId"] == fields["sub_order_list"][0]["subOrderId"]


def test_payment_request_is_answered_by_a_payment_result(
    cmcc_sandbox, tls_files, receiver_for
) -> None:
    """§2.9: OSPP001 payment, OSPP002 result notification, OSPP003 query."""
    receiver, recorder = receiver_for("on_payment_result")
    cmcc = client(cmcc_sandbox, tls_files)
    fields = document_arguments(SPEC.operation("create_payment"))
    fields["notify_url"] = receiver.url + "/notify"
    payment = cmcc.create_payment(**fields)
    assert payment.result_code == "010A00"
    wait_for(lambda: recorder.processed)
    assert recorder.processed[0]["paymentOrderId"] == fields["payment_order_id"]
    queried = cmcc.query_payment(
        req_date=fields["req_date"],
        req_trans_id=fields["req_trans_id"],
        req_time=fields["req_time"],
        ori_req_date=fields["req_date"],
        order_id=fields["order_id"],
        payment_order_id=fields["payment_order_id"],
    )
    assert queried.result_code == "010A00"


# -- result codes -----------------------------------------------------------------------------


def test_result_codes_surface_as_typed_errors_with_their_meaning() -> None:
    reply = {
        "rcvDate": "20170716",
        "rcvTransId": "1",
        "rcvTime": "20170716111901",
        "respCode": "014A06",
        "rspDesc": "签名验证失败",
    }
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=reply))
    op = SPEC.operation("request_refund")
    with (
        Client("https://cmcc.example", token=CMCC_TOKEN, transport=transport) as cmcc,
        pytest.raises(BusinessError) as caught,
    ):
        cmcc.call(op.operation_id, **document_fields(op))
    assert caught.value.code == "014A06"
    assert caught.value.meaning == "签名验证失败"


# -- OSPP001 parameters -----------------------------------------------------------------------


def test_document_parameters_parse_check_and_build_back() -> None:
    reply = SPEC.operation("create_payment").reply_example()
    pairs = payment_parameters.read_parameters(reply)
    assert pairs["out_trade_no"] == reply["paymentOrderId"]
    assert pairs["total_fee"] == "1.00"
    assert payment_parameters.build(pairs) == reply["parameters"]


def test_parameters_missing_a_key_of_their_table_name_it() -> None:
    reply = dict(SPEC.operation("create_payment").reply_example())
    pairs = payment_parameters.parse(reply["parameters"])
    del pairs["sign"]
    reply["parameters"] = payment_parameters.build(pairs)
    with pytest.raises(ValidationError) as caught:
        payment_parameters.read_parameters(reply)
    assert caught.value.field == "sign"
    assert caught.value.rule == "required"


def test_parameters_must_be_wrapped_in_cdata() -> None:
    with pytest.raises(ValidationError, match="CDATA"):
        payment_parameters.parse("a=1&b=2")


@pytest.mark.parametrize(
    ("call", "delivery"),
    [
        ("sync_refund", "on_refund_feedback"),  # §2.3: OSPB004 -> OSPF002
        ("sync_sales_order", "on_order_status_change"),  # §2.8: OSPB017 -> OSPF003
        ("request_refund", "on_refund_result"),  # §2.10: OSPP004 -> OSPP005
    ],
)
def test_state_changes_are_delivered(cmcc_sandbox, tls_files, receiver_for, call, delivery) -> None:
    receiver, recorder = receiver_for(delivery)
    fields = document_arguments(SPEC.operation(call))
    fields["feedback_url"] = receiver.url + "/feedback"
    with client(cmcc_sandbox, tls_files) as cmcc:
        getattr(cmcc, call)(**fields)
    wait_for(lambda: recorder.processed)
    assert len(recorder.processed) == 1
