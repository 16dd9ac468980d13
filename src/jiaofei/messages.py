"""Reading and writing messages of an operation: the one place that turns bytes into values
(as received, for signatures, and as the schema's types, for validation) and values into
bytes, envelope included.

Requests the sandbox receives, deliveries a receiver gets, replies the client and the
contract checks read, and bodies the client and the sandbox send all pass through here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from jiaofei import wire
from jiaofei.errors import ValidationError
from jiaofei.plan import OperationPlan


class Message(NamedTuple):
    """A decoded body: the values exactly as received (the text of a form: what signatures
    cover) and the same values read as the schema's types (what validation checks)."""

    received: dict[str, Any]
    typed: dict[str, Any]
    media: str


def read_request(plan: OperationPlan, body: bytes, content_type: str | None) -> Message:
    """A request or delivery body of ``plan``; raise :class:`ValidationError` when its media
    type is not one the operation takes or the body is not an object."""
    media = wire.media_type(content_type)
    if plan.media_types and media not in plan.media_types:
        raise ValidationError(
            "", "content-type", f"expected one of {list(plan.media_types)}, got {media or 'none'!r}"
        )
    received = wire.decode(body, content_type)
    if not isinstance(received, dict):
        raise ValidationError("", "type", "body is not an object")
    form = plan.incoming_forms.get(media) if media == wire.FORM else None
    return Message(received, form.read(received) if form else received, media)


def read_reply(plan: OperationPlan, content: bytes, content_type: str | None) -> tuple[Any, str]:
    """A reply body decoded as received, and the media type it is read as (CMPay's ``k=v``
    replies are a form whatever they are labelled)."""
    content_type = plan.api.reply_content_type(content_type)
    return wire.decode(content, content_type), wire.media_type(content_type)


def typed_reply(plan: OperationPlan, status: int, media: str, received: Any) -> Any:
    """A decoded reply read as the schema's types (form text into numbers): what its code
    fields are judged on."""
    if media == wire.FORM and isinstance(received, dict):
        form = plan.reply_reader(status, media).form
        if form is not None:
            return form.read(received)
    return received


def inner(plan: OperationPlan, values: Mapping[str, Any]) -> Mapping[str, Any]:
    """The caller's fields of a request: the envelope's inner object, or the body itself."""
    envelope = plan.api.envelope
    if envelope is None:
        return values
    found = values.get(envelope.request)
    return found if isinstance(found, Mapping) else {}


def wrap(plan: OperationPlan, fields: dict[str, Any]) -> dict[str, Any]:
    """A request body for the caller's fields, wrapped in the API's envelope when it has one."""
    envelope = plan.api.envelope
    return {envelope.request: fields} if envelope else fields


def content_type(media: str) -> str:
    return media + ("; charset=utf-8" if media == wire.JSON else "")


def encode(values: Mapping[str, Any], media: str) -> bytes:
    return wire.encode(values, media)
