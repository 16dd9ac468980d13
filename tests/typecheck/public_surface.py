"""A user's code, checked by mypy --strict: the facades' keywords, the models module, Unset,
and the operation names a receiver takes."""

import ssl

import httpx

from jiaofei.recharge_upstream import Client, OperationId, Receiver
from jiaofei.recharge_upstream.models import OrderReply, Unset
from jiaofei.stores import MemoryDedupe


def client(context: ssl.SSLContext) -> Client:
    return Client(
        "https://127.0.0.1",
        uid="1",
        md5_key="k",
        timeout=httpx.Timeout(5.0),
        max_retries=3,
        retry_unsafe=False,
        verify=context,
        cert=("cert.pem", "key.pem"),
        headers={"X-Trace": "1"},
        transport=httpx.MockTransport(lambda request: httpx.Response(200)),
    )


def receiver() -> Receiver:
    return Receiver(md5_key="k", dedupe=MemoryDedupe(), body_limit=65536, lease_seconds=30.0)


def placed(reply: OrderReply, name: OperationId) -> bool:
    return not isinstance(reply, Unset) and name == "order"
