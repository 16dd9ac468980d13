"""A user's code, checked by mypy --strict: a callback's typed method hands ``process`` the
callback's model and answers an Answer; without ``process`` it returns the model."""

from typing import assert_type

from jiaofei.callbacks import Answer
from jiaofei.recharge_upstream import Receiver
from jiaofei.recharge_upstream.models import OrderNotify


def credit(notify: OrderNotify) -> None:
    assert_type(notify.order_no, str)


def receive(receiver: Receiver, body: bytes, content_type: str) -> Answer:
    assert_type(receiver.order_notify(body, content_type), OrderNotify)
    return receiver.order_notify(body, content_type, process=credit)
