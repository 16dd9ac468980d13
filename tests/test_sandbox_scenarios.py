"""The generated clients' pending, failed, refunded and error branches, played by the sandbox's
scenarios over real HTTP: one sandbox server per API for the module, a fresh order per test."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from jiaofei import ccb_electricity, cmcc_osp, cmpay, recharge_service, recharge_upstream
from jiaofei.errors import BusinessError, SignatureError, ValidationError
from jiaofei.sandbox import create_app
from jiaofei.sandbox.server import RunningServer, serve_in_thread

from conftest import CMCC_TOKEN, KEY, UID, md5_hex

numbers = itertools.count(1)


def prefer(*names: str) -> dict[str, str]:
    return {"Prefer": "scenario=" + " ".join(names)}


def wait_for(condition: Any, timeout: float = 10) -> Any:
    deadline = time.monotonic() + timeout
    while not (found := condition()):
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)
    return found


def deliveries(server: RunningServer, **match: Any) -> list[dict[str, Any]]:
    found = httpx.get(f"{server.url}/_sandbox/deliveries").json()
    return [d for d in found if all(d["body"].get(k) == v for k, v in match.items())]


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, RunningServer]]:
    apps = {
        "recharge-upstream": create_app("recharge-upstream", KEY, retry_delay=0.05),
        "recharge-service": create_app("recharge-service", KEY),
        "cmpay": create_app("cmpay", KEY),
        "ccb-electricity": create_app("ccb-electricity", ""),
        "cmcc-osp": create_app("cmcc-osp", CMCC_TOKEN),
    }
    running = {name: serve_in_thread(app) for name, app in apps.items()}
    yield running
    for server in running.values():
        server.stop()
    assert all(app.state.sandbox.internal_errors == 0 for app in apps.values())


# -- recharge-upstream: statusId and the callback's status ---------------------------------


@pytest.fixture(scope="module")
def notified() -> Iterator[tuple[RunningServer, list[Any]]]:
    processed: list[Any] = []
    receiver = recharge_upstream.Receiver(md5_key=KEY).asgi("order_notify", processed.append)
    with serve_in_thread(receiver) as server:
        yield server, processed


@pytest.fixture
def upstream(servers, notified) -> Iterator[tuple[recharge_upstream.Client, str, Any]]:
    receiver, processed = notified
    with recharge_upstream.Client(servers["recharge-upstream"].url, uid=UID, md5_key=KEY) as client:
        yield client, receiver.url + "/notify", processed


def place(client: recharge_upstream.Client, notify_url: str, *scenario: str) -> str:
    order_no = f"S{next(numbers)}"
    client.order(
        order_no=order_no,
        order_type=1,
        mobile_type=1,
        phone_number="13999999999",
        face_value=100,
        notify_url=notify_url,
        extra_headers=prefer(*scenario) if scenario else None,
    )
    return order_no


def notifications(processed: list[Any], order_no: str) -> list[Any]:
    return [n for n in processed if n["order_no"] == order_no]


def test_upstream_success_is_the_default(upstream) -> None:
    client, url, processed = upstream
    order_no = place(client, url)
    assert client.query_order(order_no=order_no).status_id == 4
    assert str(wait_for(lambda: notifications(processed, order_no))[0]["status"]) == str(4)


@pytest.mark.parametrize(
    ("scenario", "status_id", "status_name"),
    [("pending", 2, "网厅支付中"), ("expired", 1, "超时未付")],
)
def test_upstream_pending_orders_send_no_callback(
    upstream, servers, scenario: str, status_id: int, status_name: str
) -> None:
    client, url, _ = upstream
    order_no = place(client, url, scenario)
    order = client.query_order(order_no=order_no)
    assert (order.status_id, order.status_name) == (status_id, status_name)
    assert deliveries(servers["recharge-upstream"], order_no=order_no) == []


@pytest.mark.parametrize(("scenario", "status"), [("failed", 10), ("refunded", 9)])
def test_upstream_failed_and_refunded_orders_are_called_back_with_their_status(
    upstream, scenario: str, status: int
) -> None:
    client, url, processed = upstream
    order_no = place(client, url, scenario)
    assert str(wait_for(lambda: notifications(processed, order_no))[0]["status"]) == str(status)
    assert client.query_order(order_no=order_no).status_id == 9


def test_upstream_business_error_reaches_the_client_with_its_code(upstream) -> None:
    client, url, _ = upstream
    with pytest.raises(BusinessError) as caught:
        place(client, url, "business-error:400")
    assert (caught.value.field, caught.value.code) == ("code", "400")


def test_upstream_bad_reply_signature_is_refused_by_the_client(upstream) -> None:
    client, url, _ = upstream
    order_no = place(client, url)
    with pytest.raises(SignatureError):
        client.query_order(order_no=order_no, extra_headers=prefer("reply-bad-signature"))


def test_upstream_duplicate_callback_is_processed_once(upstream, servers) -> None:
    client, url, processed = upstream
    order_no = place(client, url, "callback-duplicate", "slow:20")
    sent = wait_for(
        lambda: [
            d
            for d in deliveries(servers["recharge-upstream"], order_no=order_no)
            if d["acknowledged"]
        ][1:]
    )
    assert sent and len(notifications(processed, order_no)) == 1


def test_upstream_badly_signed_callback_is_refused_by_the_receiver(upstream, servers) -> None:
    client, url, processed = upstream
    order_no = place(client, url, "callback-bad-signature")
    [delivery] = wait_for(
        lambda: [
            d
            for d in deliveries(servers["recharge-upstream"], order_no=order_no)
            if d["attempts"] and d["answers"]
        ]
    )
    assert delivery["answers"][0].startswith("400") and not delivery["acknowledged"]
    assert notifications(processed, order_no) == []


def test_upstream_late_callback_still_arrives(upstream) -> None:
    client, url, processed = upstream
    order_no = place(client, url, "callback-late:1")
    assert str(wait_for(lambda: notifications(processed, order_no))[0]["status"]) == str(4)


def test_an_unknown_scenario_is_refused_in_the_documents_failure_shape(servers) -> None:
    reply = httpx.post(
        f"{servers['recharge-upstream'].url}/1/api/oper/order",
        data={"uid": UID},
        headers=prefer("teleport"),
    )
    assert reply.status_code == 400
    assert reply.json()["code"] == "400" and "'teleport'" in reply.json()["msg"]


def test_the_answer_names_the_scenarios_it_applied(servers) -> None:
    balance = {"uid": UID, "sign": md5_hex(UID + KEY)}
    reply = httpx.post(
        f"{servers['recharge-upstream'].url}/1/api/oper/balance",
        data=balance,
        headers={"Prefer": 'respond-async, scenario="slow:10 reply-bad-signature"'},
    )
    assert reply.status_code == 200
    assert reply.headers["preference-applied"] == "scenario=slow:10 reply-bad-signature"


def test_scenarios_are_listed_per_operation(servers) -> None:
    listed = httpx.get(f"{servers['recharge-upstream'].url}/_sandbox/scenarios").json()
    names = {s["name"] for s in listed["order"]}
    assert {"pending", "failed", "refunded", "business-error:400", "slow:<ms>"} <= names
    assert {"callback-duplicate", "callback-late:<seconds>", "callback-bad-signature"} <= names
    assert "reply-bad-signature" in {s["name"] for s in listed["query_order"]}


def test_a_scenario_chosen_for_the_lifetime_applies_without_a_header(serve_fresh) -> None:
    server = serve_fresh(create_app("recharge-upstream", KEY, scenarios={"order": "pending"}))
    with recharge_upstream.Client(server.url, uid=UID, md5_key=KEY) as client:
        order_no = place(client, "http://192.0.2.1/notify")
        assert client.query_order(order_no=order_no).status_id == 2


def test_an_unknown_lifetime_scenario_fails_at_start() -> None:
    with pytest.raises(ValidationError, match="'late'"):
        create_app("recharge-upstream", KEY, scenarios={"order": "late"})


# -- cmcc-osp: payments (resultCode) and orders (OSPF001 orderResult) ------------------------


@pytest.fixture
def cmcc(servers) -> Iterator[cmcc_osp.Client]:
    with cmcc_osp.Client(servers["cmcc-osp"].url, token=CMCC_TOKEN) as client:
        yield client


def payment() -> dict[str, Any]:
    from test_cmcc_osp import SPEC, document_arguments

    fields = document_arguments(SPEC.operation("create_payment"))
    fields["payment_order_id"] = f"{next(numbers):032d}"
    fields["notify_url"] = "http://192.0.2.1/notify"
    return fields


def pay(cmcc: cmcc_osp.Client, fields: dict[str, Any], *scenario: str) -> Any:
    return cmcc.create_payment(**fields, extra_headers=prefer(*scenario) if scenario else None)


def query_payment(cmcc: cmcc_osp.Client, fields: dict[str, Any]) -> Any:
    return cmcc.query_payment(
        req_date=fields["req_date"],
        req_trans_id=fields["req_trans_id"],
        req_time=fields["req_time"],
        ori_req_date=fields["req_date"],
        order_id=fields["order_id"],
        payment_order_id=fields["payment_order_id"],
    )


def test_cmcc_pending_payment_is_waiting_for_the_user(cmcc, servers) -> None:
    fields = payment()
    assert pay(cmcc, fields, "pending").result_code == "014A17"
    assert query_payment(cmcc, fields).result_code == "014A17"
    assert deliveries(servers["cmcc-osp"], paymentOrderId=fields["payment_order_id"]) == []


def test_cmcc_failed_payment_is_a_business_error_everywhere(cmcc, servers) -> None:
    fields = payment()
    with pytest.raises(BusinessError) as caught:
        pay(cmcc, fields, "failed")
    assert (caught.value.code, caught.value.meaning) == ("015A01", "支付失败")
    [notice] = deliveries(servers["cmcc-osp"], paymentOrderId=fields["payment_order_id"])
    assert notice["body"]["resultCode"] == "015A01"
    with pytest.raises(BusinessError):
        query_payment(cmcc, fields)


def test_cmcc_payment_business_errors_come_from_the_result_code_table(cmcc) -> None:
    with pytest.raises(BusinessError) as caught:
        pay(cmcc, payment(), "business-error:012A17")
    assert (caught.value.field, caught.value.code, caught.value.meaning) == (
        "resultCode",
        "012A17",
        "非移动用户",
    )


def test_cmcc_failed_order_is_fed_back_as_order_result_2(cmcc, servers) -> None:
    from test_cmcc_osp import SPEC, document_arguments

    fields = document_arguments(SPEC.operation("sync_order"))
    fields["order_id"] = f"O{next(numbers)}"
    fields["feedback_url"] = "http://192.0.2.1/feedback"
    cmcc.sync_order(**fields, extra_headers=prefer("failed"))
    [feedback] = deliveries(servers["cmcc-osp"], orderId=fields["order_id"])
    assert feedback["body"]["orderResult"] == "2"


# -- ccb-electricity: the query's status and sub_code ----------------------------------------


@pytest.fixture
def ccb(servers) -> Iterator[ccb_electricity.Client]:
    with ccb_electricity.Client(servers["ccb-electricity"].url, acq_code="283499") as client:
        yield client


def ccb_pay(client: ccb_electricity.Client, *scenario: str) -> str:
    order_no = f"E{next(numbers)}"
    client.pay_by_code(
        usr_id="6100000213",
        order_no=order_no,
        fee_mod="0",
        auth_code="132",
        ow_amt=Decimal("100.50"),
        cost_id="23424",
        dflt_pny=Decimal("0"),
        extra_headers=prefer(*scenario) if scenario else None,
    )
    return order_no


@pytest.mark.parametrize(
    ("scenario", "status"),
    [("pending", "USERPAYING"), ("failed", "PAYERROR"), ("unknown", "UNKNOW")],
)
def test_ccb_payment_states_are_read_by_the_query(ccb, scenario: str, status: str) -> None:
    order_no = ccb_pay(ccb, scenario)
    assert ccb.query_payment(pre_order_no=order_no).status == status


def test_ccb_refunded_payment_is_sub_code_0002(ccb) -> None:
    order_no = ccb_pay(ccb, "refunded")
    with pytest.raises(BusinessError) as caught:
        ccb.query_payment(pre_order_no=order_no)
    assert (caught.value.code, caught.value.meaning) == ("0002", "已退款")


def test_ccb_business_error_and_bad_reply_signature(ccb) -> None:
    with pytest.raises(BusinessError) as caught:
        ccb_pay(ccb, "business-error:1009")
    assert caught.value.field == "sub_code" and caught.value.code == "1009"
    with pytest.raises(SignatureError):
        ccb_pay(ccb, "reply-bad-signature")


# -- cmpay: the payment's status, §8.2 codes -------------------------------------------------


@pytest.fixture
def wallet(servers) -> Iterator[cmpay.Client]:
    url = servers["cmpay"].url + "/ips"
    with cmpay.Client(url, merchant_id="888009941120001", sign_key=KEY) as client:
        yield client


def test_cmpay_failed_payment_reads_status_failed(wallet) -> None:
    assert wallet.order_query(order_id="1", extra_headers=prefer("failed")).status == "FAILED"


def test_cmpay_error_code_and_bad_reply_signature(wallet) -> None:
    with pytest.raises(BusinessError) as caught:
        wallet.order_query(order_id="1", extra_headers=prefer("business-error:IPS0008"))
    assert (caught.value.field, caught.value.code) == ("returnCode", "IPS0008")
    with pytest.raises(SignatureError):
        wallet.order_query(order_id="1", extra_headers=prefer("reply-bad-signature"))


# -- recharge-service: 结果 1 失败 --------------------------------------------------------------


def test_recharge_service_failure_code(servers) -> None:
    with (
        recharge_service.Client(
            servers["recharge-service"].url,
            access_token="tok",
            app_id="app1",
            company="彩生活",
            app_secret=KEY,
        ) as client,
        pytest.raises(BusinessError) as caught,
    ):
        client.order_product(
            supplier="中国移动",
            phone_no="13800138000",
            product_id="1",
            cstm_order_name="测试",
            cstm_order_no="R1",
            extra_headers=prefer("business-error:1"),
        )
    assert (caught.value.field, caught.value.code) == ("code", "1")
