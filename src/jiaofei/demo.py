"""The main job's last step: run the embedded recharge-upstream sandbox and a callback
receiver on loopback, then make signed calls with the installed wheel and show each result.

``python -m jiaofei.demo``
"""

from __future__ import annotations

import secrets
import sys
import threading
import time

import httpx

from jiaofei.errors import BusinessError, ValidationError
from jiaofei.recharge_upstream import Client, OrderNotify, Receiver
from jiaofei.sandbox import create_app
from jiaofei.sandbox.server import serve_in_thread


def main() -> int:
    key = secrets.token_hex(16)
    received: list[OrderNotify] = []
    arrived = threading.Event()

    def process(notify: OrderNotify) -> None:
        received.append(notify)
        arrived.set()

    receiver = Receiver(md5_key=key)
    with (
        serve_in_thread(create_app("recharge-upstream", key)) as sandbox,
        serve_in_thread(receiver.asgi("order_notify", process, OrderNotify.from_dict)) as inbox,
        Client(sandbox.url, uid="3928857", md5_key=key) as client,
    ):
        print(f"sandbox  {sandbox.url}\nreceiver {inbox.url}")
        order_no = time.strftime("%Y%m%d%H%M%S") + "000001"
        reply = client.order(
            order_no=order_no,
            order_type=1,
            mobile_type=1,
            phone_number="13999999999",
            face_value=100,
            notify_url=f"{inbox.url}/notify",
        )
        print(f"order        -> code={reply.code} msg={reply.msg}")
        if not arrived.wait(10):
            print("callback     -> not received", file=sys.stderr)
            return 1
        notify = received[0]
        print(f"callback     -> verified order_no={notify.order_no} status={notify.status}, acked")
        order = client.query_order(order_no=order_no)
        print(
            f"query_order  -> statusId={order.status_id} amount={order.amount} fen, reply verified"
        )
        balance = client.balance()
        print(f"balance      -> accountBalance={balance.account_balance} fen, reply verified")
        try:
            client.order(
                order_no="x",
                order_type=9,
                mobile_type=1,
                phone_number="1",
                face_value=1,
                notify_url="http://127.0.0.1/",
            )
        except ValidationError as exc:
            print(f"bad input    -> refused before sending: {exc}")
        tampered = httpx.post(
            f"{sandbox.url}/1/api/oper/balance", data={"uid": "3928857", "sign": "0" * 32}
        )
        print(f"tampered     -> HTTP {tampered.status_code} {tampered.json()}")
        try:
            Client(sandbox.url, uid="3928857", md5_key="wrong-key").balance()
        except BusinessError as exc:
            print(f"wrong key    -> {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
