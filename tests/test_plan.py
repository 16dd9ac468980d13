"""Operation plans: compiled once, then calls, replies and deliveries never walk the spec."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from jiaofei import plan, spec, wire
from jiaofei.errors import ValidationError
from jiaofei.plan import ApiPlan
from jiaofei.recharge_upstream import Client, Receiver

KEY = "k3y"
UID = "3928857"


def md5_hex(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def signed_data_reply(data: dict[str, Any]) -> dict[str, str]:
    text = json.dumps(data, ensure_ascii=False)
    return {
        "code": "200",
        "count": "1",
        "msg": "success",
        "data": text,
        "sign": md5_hex(text + KEY),
    }


QUERY_DATA = {
    "amount": 100,
    "gmtCreate": 1614058382000,
    "mobileOrderNo": "1",
    "operatorSn": "A1",
    "operatorsName": "运营商",
    "rechargePhoneNumber": "13999999999",
    "serialNumber": "1",
    "statusId": 4,
    "statusName": "充值成功",
}


def mock_platform(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/query_order"):
        return httpx.Response(200, json=signed_data_reply(QUERY_DATA))
    return httpx.Response(200, json={"code": "200", "count": "1", "msg": "Success"})


@pytest.fixture
def spec_walks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every spec walk (``$ref`` resolution, JSON pointer, property collection) made."""
    walked: list[str] = []
    monkeypatch.setattr(plan, "_PLANS", {})  # plans compiled afresh, under the counters

    def counting(name: str, original: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            walked.append(name)
            return original(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(spec.ApiSpec, "resolve", counting("resolve", spec.ApiSpec.resolve))
    monkeypatch.setattr(spec.ApiSpec, "pointer", counting("pointer", spec.ApiSpec.pointer))
    members = counting("members", spec.members)
    for module in list(sys.modules.values()):
        if getattr(module, "members", None) is spec.members:
            monkeypatch.setattr(module, "members", members)
    yield walked


def test_a_thousand_calls_walk_the_spec_only_on_the_first(spec_walks: list[str]) -> None:
    with Client(
        "http://platform", uid=UID, md5_key=KEY, transport=httpx.MockTransport(mock_platform)
    ) as client:
        client.order(
            order_no="A1",
            order_type=1,
            mobile_type=1,
            phone_number="13999999999",
            face_value=100,
            notify_url="http://127.0.0.1:9/notify",
        )
        client.query_order(order_no="A1")
        first = len(spec_walks)
        assert first > 0, "the first call compiles the plans"
        for index in range(1000):
            client.order(
                order_no=f"A{index}",
                order_type=1,
                mobile_type=1,
                phone_number="13999999999",
                face_value=100,
                notify_url="http://127.0.0.1:9/notify",
            )
            client.query_order(order_no=f"A{index}")
    assert len(spec_walks) == first


def test_deliveries_walk_the_spec_only_once(spec_walks: list[str]) -> None:
    receiver = Receiver(md5_key=KEY)
    fields = {
        "uid": UID,
        "order_no": "N1",
        "mobile_order_no": "1",
        "phone_number": "13999999999",
        "face_value": "100",
        "status": "4",
    }
    body = dict(fields, sign=md5_hex(f"{UID}N1139999999991004{KEY}"))
    form = wire.encode(body, wire.FORM)
    receiver.handle("order_notify", form, wire.FORM, process=lambda notice: None)
    first = len(spec_walks)
    for _ in range(200):
        answer = receiver.handle("order_notify", form, wire.FORM, process=lambda notice: None)
        assert answer.body == b"ok"
    assert len(spec_walks) == first


def test_a_plan_is_compiled_once_per_operation() -> None:
    api = ApiPlan.load("recharge-upstream")
    assert ApiPlan.load("recharge-upstream") is api
    assert api.operation("order") is api.operation("order")
    order = api.operation("order")
    assert order.method == "POST" and order.path == "/1/api/oper/order"
    assert order.provided == ("uid",)
    assert order.signing is not None and order.signing.fields == (
        "uid",
        "order_no",
        "phone_number",
        "face_value",
    )
    notify = api.operation("order_notify")
    assert notify.ack.body == b"ok" and notify.dedupe_key == ("uid", "order_no", "status")
    assert notify.delivery_attempts == 3
    # x-jiaofei-callback declares how long a receiver holds and remembers a delivery.
    assert (notify.delivery_lease, notify.delivery_memory) == (60.0, 86400.0)
    assert api.find("post", "/1/api/oper/order") is order
    assert api.find("GET", "/1/api/oper/order") is None


def test_a_signed_reply_missing_a_required_field_names_it() -> None:
    incomplete = {k: v for k, v in QUERY_DATA.items() if k != "gmtCreate"}

    def platform(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=signed_data_reply(incomplete))

    with (
        Client(
            "http://platform", uid=UID, md5_key=KEY, transport=httpx.MockTransport(platform)
        ) as client,
        pytest.raises(ValidationError) as caught,
    ):
        client.query_order(order_no="A1")
    assert caught.value.field == "data.gmtCreate"
    assert caught.value.response is not None and caught.value.response.status_code == 200


def test_a_compiled_reply_reader_reads_yuan_and_dates() -> None:
    op = ApiPlan.load("cmcc-osp").operation("query_account_balance")
    read = op.reply_reader(200, wire.JSON).read
    assert read({"balance": "100.99", "resultTime": "20141225012345", "status": "00"}) == {
        "balance": Decimal("100.99"),
        "resultTime": "2014-12-25T01:23:45+08:00",
        "status": "00",
    }
