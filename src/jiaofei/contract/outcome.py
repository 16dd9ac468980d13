"""What an answer says happened, read the way our client reads it.

A call is refused when the document's outcome fields say so (body ``code`` 400, ``returnCode``,
``FAIL``/``sub_code``, ``respCode``...), whatever the HTTP status, or when the status is 4xx; a
5xx is a server error, never a refusal. A delivery is processed only when the receiver answers
2xx with exactly the document's ack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import httpx

from jiaofei import messages
from jiaofei.errors import BusinessError, ValidationError
from jiaofei.plan import OperationPlan
from jiaofei.reply_reader import ReplyReader

Verdict = Literal["accepted", "refused", "server error"]


@dataclass(frozen=True)
class Outcome:
    verdict: Verdict
    reason: str

    @property
    def refused(self) -> bool:
        return self.verdict == "refused"

    @property
    def accepted(self) -> bool:
        return self.verdict == "accepted"


def judge(op: OperationPlan, response: httpx.Response) -> Outcome:
    status = response.status_code
    if status >= 500:
        return Outcome("server error", f"HTTP {status}")
    if op.kind != "call":
        return _judge_ack(op, response)
    failure = _failure_code(op, response)
    if failure is not None:
        return Outcome("refused", f"HTTP {status} with {failure}")
    if status >= 400:
        return Outcome("refused", f"HTTP {status}")
    return Outcome("accepted", f"HTTP {status} without a failure code")


def _failure_code(op: OperationPlan, response: httpx.Response) -> str | None:
    try:
        received, media = messages.read_reply(
            op, response.content, response.headers.get("content-type")
        )
    except ValidationError:
        return None
    if not isinstance(received, dict):
        return None
    body = messages.typed_reply(op, response.status_code, media, received)
    try:
        ReplyReader.check_outcome(op, body, response)
    except BusinessError as exc:
        return f"the document's failure code {exc}"
    return None


def _judge_ack(op: OperationPlan, response: httpx.Response) -> Outcome:
    if response.is_success and response.content == op.ack.body:
        return Outcome("accepted", f"HTTP {response.status_code} with the document's ack")
    return Outcome("refused", f"HTTP {response.status_code} without the document's ack")
