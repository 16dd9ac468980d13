"""Receivers of recharge-upstream's order_notify with one defect each (and a correct one),
and the verdict the contract kit must give each; the servers are in mutants.py.

Every receiver serves ``POST /notify`` and ``GET /processed`` (how many deliveries it has
processed), as ``jiaofei contract --processed-url`` expects.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mutants import neighbours
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from jiaofei.callbacks import MemoryDedupe
from jiaofei.errors import SignatureError, ValidationError
from jiaofei.plan import ApiPlan
from jiaofei.recharge_upstream import Receiver
from jiaofei.secrets import Secret
from jiaofei.settings import Settings
from jiaofei.signers import Signers
from jiaofei.stores import Claim, ClaimStatus
from jiaofei.wire import decode

KEY = "k3y"
OPERATION = "order_notify"


class Forgetful(MemoryDedupe):
    """Claims every delivery as new."""

    def claim(self, key: str, lease_seconds: float) -> Claim:
        return Claim(key, ClaimStatus.CLAIMED, "anyone")


def with_our_receiver(receiver: Receiver) -> Starlette:
    processed: list[object] = []

    async def notify(request: Request) -> Response:
        answer = receiver.handle(
            OPERATION, await request.body(), request.headers.get("content-type"), processed.append
        )
        return Response(answer.body, answer.status, media_type=answer.content_type)

    return _app(notify, processed)


def correct() -> Starlette:
    return with_our_receiver(Receiver(md5_key=KEY))


def processes_duplicates() -> Starlette:
    return with_our_receiver(Receiver(md5_key=KEY, dedupe=Forgetful()))


def remembers_only_the_last_delivery() -> Starlette:
    return with_our_receiver(Receiver(md5_key=KEY, dedupe=MemoryDedupe(capacity=1)))


def handmade(*, verify: Callable[[dict[str, Any]], bool], ack: str = "ok") -> Starlette:
    """A receiver written by hand: checks the delivery with ``verify``, processes each
    order once, answers ``ack``."""
    seen: set[tuple[str, str]] = set()
    processed: list[object] = []

    async def notify(request: Request) -> Response:
        try:
            values = decode(await request.body(), request.headers.get("content-type"))
        except ValidationError:
            return PlainTextResponse("bad body", 400)
        if not isinstance(values, dict) or not verify(values):
            return PlainTextResponse("bad sign", 400)
        key = (str(values.get("order_no")), str(values.get("status")))
        if key not in seen:
            seen.add(key)
            processed.append(values)
        return PlainTextResponse(ack)

    return _app(notify, processed)


def _verifier() -> tuple[Any, Signers]:
    api = ApiPlan.load("recharge-upstream")
    return api.operation(OPERATION), Signers(Settings.with_secret(api, Secret(KEY), {}))


def _verified(values: dict[str, Any]) -> bool:
    op, signers = _verifier()
    try:
        signers.verify(op.signing, values)
    except (SignatureError, ValidationError, TypeError, ValueError):
        return False
    return True


def acks_a_sloppy_ack() -> Starlette:
    return handmade(verify=_verified, ack="OK\n")


def skips_verification() -> Starlette:
    return handmade(verify=lambda values: True)


def ignores_a_signed_field() -> Starlette:
    """Its check does not cover face_value: a signature made for a nearby amount is taken."""
    op, _ = _verifier()
    skipped = "face_value"

    def lax(values: dict[str, Any]) -> bool:
        return _verified(values) or any(
            _verified({**values, skipped: candidate})
            for candidate in neighbours(op, skipped, values)
        )

    return handmade(verify=lax)


def _app(notify: Callable[[Request], Any], processed: list[object]) -> Starlette:
    async def count(request: Request) -> Response:
        return JSONResponse({"processed": len(processed)})

    return Starlette(
        routes=[
            Route("/processed", count, methods=["GET"]),
            Route("/notify", notify, methods=["POST"]),
        ]
    )


# name -> (app factory, what the summary must say; None: clean)
RECEIVERS: dict[str, tuple[Callable[[], Starlette], list[str] | None]] = {
    "correct": (correct, None),
    "processes duplicates twice": (
        processes_duplicates,
        ["broken: duplicate: a delivery sent twice was processed 2 times", "processed before: "],
    ),
    "remembers only the last delivery": (
        remembers_only_the_last_delivery,
        ["broken: late: a delivery retried after another delivery was processed 3 times"],
    ),
    "wrong ack": (acks_a_sloppy_ack, ["exact_ack", "the ack must be exactly 'ok'"]),
    "acks without verifying": (
        skips_verification,
        [
            "broken: badly signed: a delivery with a tampered signature was acknowledged",
            "verify the signature over the raw body with jiaofei.recharge_upstream.Receiver",
        ],
    ),
    "ignores a signed field": (
        ignores_a_signed_field,
        ["broken: tampered face_value: a delivery with the signed field 'face_value' changed"],
    ),
}
