"""Sandboxes that each break one promise, to prove the contract kit catches them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.applications import Starlette
from starlette.responses import JSONResponse

from jiaofei.sandbox import create_app
from jiaofei.sandbox.app import Sandbox
from jiaofei.signers import Signers


def accepts_bad_signature(sandbox: Sandbox) -> None:
    sandbox.verify = lambda *received: None  # type: ignore[method-assign]


def drops_required_reply_field(sandbox: Sandbox) -> None:
    reply = sandbox.reply

    def without_first_field(op: Any, status: int, body: Any, **options: Any) -> Any:
        if status == 200 and isinstance(body, dict) and body:
            body = dict(list(body.items())[1:])
        return reply(op, status, body, **options)

    sandbox.reply = without_first_field  # type: ignore[method-assign]


def signs_replies_wrongly(sandbox: Sandbox) -> None:
    class Wrong(Signers):
        __slots__ = ()

        def sign_into(self, rule: Any, message: dict) -> dict:
            signed = super().sign_into(rule, message)
            signed[rule.signature] = signed[rule.signature][::-1]
            return signed

    sandbox.signers = Wrong(sandbox.settings)


def answers_5xx_on_bad_input(sandbox: Sandbox) -> None:
    failure = sandbox.failure

    def server_error(op: Any, status: int, message: str, kind: str = "failure") -> Any:
        if status == 400:
            return JSONResponse({"error": message}, 500)
        return failure(op, status, message, kind)

    sandbox.failure = server_error  # type: ignore[method-assign]


SERVER_MUTANTS: dict[str, Callable[[Sandbox], None]] = {
    "accepts a bad signature": accepts_bad_signature,
    "drops a required reply field": drops_required_reply_field,
    "signs replies wrongly": signs_replies_wrongly,
    "answers 5xx on bad input": answers_5xx_on_bad_input,
}


def mutant_app(
    api: str, secret: str, mutate: Callable[[Sandbox], None], **options: Any
) -> Starlette:
    app = create_app(api, secret, **options)
    mutate(app.state.sandbox)
    return app
