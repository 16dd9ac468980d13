"""A user's code, checked by mypy --strict (pyproject.toml [tool.mypy] files): a yuan amount
the client returns is a Decimal to the type checker, as it is at run time."""

from decimal import Decimal
from typing import assert_type

from jiaofei.cmcc_osp import Client
from jiaofei.cmcc_osp.models import UNSET, OSPO001Reply, Unset


def balance(client: Client) -> Decimal:
    reply = client.query_account_balance(auth_code="code", number="13810082650")
    assert_type(reply, OSPO001Reply)
    assert_type(reply.balance, Decimal | Unset)
    if reply.balance is UNSET or isinstance(reply.balance, Unset):
        return Decimal(0)
    return reply.balance
