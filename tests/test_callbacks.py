"""Receiving the platform's order callback: verified from raw bytes, deduplicated, acked."""

from __future__ import annotations

import threading
from urllib.parse import urlencode

import httpx
import pytest

from jiaofei.errors import SignatureError, ValidationError
from jiaofei.recharge_upstream import Client, OrderNotify, Receiver
from jiaofei.sandbox.server import serve_in_thread

from conftest import KEY, UID, md5_hex

NOTIFY = {
    "uid": UID,
    "order_no": "N1",
    "mobile_order_no": "508266044086865194",
    "phone_number": "13999999999",
    "face_value": "100",
    "status": "4",
}


def delivery(**change: str) -> bytes:
    fields = {**NOTIFY, **change}
    fields["sign"] = md5_hex(
        fields["uid"]
        + fields["order_no"]
        + fields["phone_number"]
        + fields["face_value"]
        + fields["status"]
        + KEY
    )
    return urlencode(fields).encode()


FORM = "application/x-www-form-urlencoded"


def test_parse_verifies_and_types() -> None:
    notify = Receiver(md5_key=KEY).order_notify(delivery(), FORM)
    assert isinstance(notify, OrderNotify)
    assert (notify.face_value, notify.status) == (100, 4)


@pytest.mark.parametrize("field", ["uid", "order_no", "phone_number", "face_value", "status"])
def test_tampered_delivery_raises(field: str) -> None:
    body = delivery().decode().replace(f"{field}=", f"{field}=9", 1).encode()
    with pytest.raises((SignatureError, ValidationError)):
        Receiver(md5_key=KEY).order_notify(body, FORM)


def test_signature_is_checked_on_the_bytes_received() -> None:
    # "0100" reads as the integer 100, but the platform signed "100": it must not verify.
    body = delivery().decode().replace("face_value=100", "face_value=0100").encode()
    with pytest.raises((SignatureError, ValidationError)):
        Receiver(md5_key=KEY).order_notify(body, FORM)


def test_duplicate_delivery_processed_once_acked_every_time() -> None:
    processed: list[OrderNotify] = []
    receiver = Receiver(md5_key=KEY)
    answers = [
        receiver.handle("order_notify", delivery(), FORM, processed.append) for _ in range(3)
    ]
    assert len(processed) == 1
    assert [a.body for a in answers] == [b"ok"] * 3
    assert [a.duplicate for a in answers] == [False, True, True]


def test_a_failing_process_is_released_and_answered_500() -> None:
    receiver = Receiver(md5_key=KEY)
    calls: list[int] = []

    def flaky(notify: object) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise ValidationError("order", "database", "down")  # a jiaofei error: still 500

    failed = receiver.handle("order_notify", delivery(), FORM, flaky)
    assert (failed.status, failed.processed) == (500, False)
    assert receiver.handle("order_notify", delivery(), FORM, flaky).processed
    assert len(calls) == 2


def test_asgi_receiver_gets_the_sandbox_callback_once(sandbox) -> None:
    got: list[OrderNotify] = []
    arrived = threading.Event()

    def process(notify: OrderNotify) -> None:
        got.append(notify)
        arrived.set()

    app = Receiver(md5_key=KEY).asgi("order_notify", process, OrderNotify.from_dict)
    with serve_in_thread(app) as inbox, Client(sandbox.url, uid=UID, md5_key=KEY) as client:
        client.order(
            order_no="N2",
            order_type=1,
            mobile_type=1,
            phone_number="13999999999",
            face_value=100,
            notify_url=f"{inbox.url}/notify",
        )
        assert arrived.wait(5)
        tampered = delivery().replace(b"order_no=N1", b"order_no=N3")
        refused = httpx.post(
            f"{inbox.url}/notify", content=tampered, headers={"Content-Type": FORM}
        )
    assert got[0].order_no == "N2"
    assert refused.status_code == 400


def test_the_typed_method_hands_process_the_model_once() -> None:
    receiver = Receiver(md5_key=KEY)
    got: list[OrderNotify] = []
    answers = [receiver.order_notify(delivery(), FORM, process=got.append) for _ in range(2)]
    assert [(a.status, a.body, a.duplicate) for a in answers] == [
        (200, b"ok", False),
        (200, b"ok", True),
    ]
    assert len(got) == 1 and isinstance(got[0], OrderNotify) and got[0].face_value == 100
