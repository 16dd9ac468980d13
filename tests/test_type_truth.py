"""Type truth: the generated models declare exactly the Python types the runtime puts in them.

Every documented example of every reply (calls) and every delivery (callbacks, webhooks) of
every API is read the way the runtime reads it — decoded as received, form text coerced to the
schema's types, ``formats.read`` (decimal yuan, ``x-format`` parts, reply dates), the result
member taken out (``x-jiaofei-result``) — then parsed by the model the generated client or
receiver returns; each attribute's value must be an instance of its declared annotation.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from importlib import import_module
from typing import Any

import pytest

from jiaofei import API_PACKAGES, formats, wire
from jiaofei.spec import ApiSpec, Operation


def _examples(spec: ApiSpec, media: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    for name, example in media.get("examples", {}).items():
        yield name, spec.resolve(example).get("value")
    if "example" in media:
        yield "example", media["example"]


def _messages(spec: ApiSpec, op: Operation) -> Iterator[tuple[str, str, Any, Any]]:
    """(label, media type, schema, example) of what the runtime parses for ``op``: its success
    replies for a call, its request body for a callback or webhook."""
    if op.kind == "call":
        for status, response in op.raw.get("responses", {}).items():
            if not status.startswith("2"):
                continue  # the runtime raises HTTPStatusError; no model is made
            for media_type, media in spec.resolve(response).get("content", {}).items():
                for name, value in _examples(spec, media):
                    yield f"{status} {name}", media_type, media.get("schema", {}), value
    else:
        body = spec.resolve(op.raw.get("requestBody", {}))
        for media_type, media in body.get("content", {}).items():
            for name, value in _examples(spec, media):
                yield f"body {name}", media_type, media.get("schema", {}), value


def _as_received(spec: ApiSpec, media_type: str, schema: Any, value: Any) -> Any:
    """An example as the runtime holds it: sent over the wire, decoded, form text coerced."""
    if spec.reply_content_type(media_type) == wire.FORM or media_type == wire.FORM:
        text = wire.encode(value, wire.FORM).decode()
        return wire.coerce_form(wire.decode_form(text), schema, spec.resolve)
    if isinstance(value, str):
        return value
    return wire.decode(json.dumps(value, ensure_ascii=False).encode(), wire.JSON)


def _result(op: Operation, body: Any) -> Any:
    """The member holding the result (``x-jiaofei-result``), as ``jiaofei.client.payload``
    hands it to the model: an object, or JSON text read."""
    field = op.raw.get("x-jiaofei-result")
    if not field or not isinstance(body, Mapping):
        return body
    value = body.get(field)
    return json.loads(value) if isinstance(value, str) else value


def _model(package: str, op: Operation) -> Any:
    """The class the generated Client/Receiver method of ``op`` returns."""
    facade = import_module(package)
    owner = facade.Client if op.kind == "call" else facade.Receiver
    method = getattr(owner, op.operation_id)
    return typing.get_type_hints(method, localns=_namespace(package))["return"]


def _namespace(package: str) -> dict[str, Any]:
    models = import_module(package).models
    return {name: getattr(models, name) for name in models.__all__}


def _cases() -> Iterator[Any]:
    for api in API_PACKAGES:
        spec = ApiSpec.load(api)
        for op in spec.operations.values():
            for label, media_type, schema, value in _messages(spec, op):
                label = f"{api}:{op.operation_id}:{label}"
                yield pytest.param(api, op.operation_id, media_type, schema, value, id=label)


def _is_attrs(hint: Any) -> bool:
    return isinstance(hint, type) and hasattr(hint, "__attrs_attrs__")


def check(value: Any, hint: Any, where: str, namespace: dict[str, Any]) -> list[str]:
    """Problems with ``value`` as an instance of ``hint`` (empty when it is one)."""
    origin = typing.get_origin(hint)
    if hint is Any:
        return []
    if origin in (typing.Union, types.UnionType):
        options = [check(value, arm, where, namespace) for arm in typing.get_args(hint)]
        if any(not found for found in options):
            return []
        return [f"{where}: {value!r} ({type(value).__name__}) is not {hint}"]
    if origin is typing.Literal:
        if any(type(value) is type(arm) and value == arm for arm in typing.get_args(hint)):
            return []
        return [f"{where}: {value!r} is not one of {typing.get_args(hint)}"]
    if origin is list:
        if not isinstance(value, list):
            return [f"{where}: {value!r} is not a list"]
        (item,) = typing.get_args(hint)
        return [p for i, v in enumerate(value) for p in check(v, item, f"{where}[{i}]", namespace)]
    if origin is dict:
        if not isinstance(value, dict):
            return [f"{where}: {value!r} is not a dict"]
        _, item = typing.get_args(hint)
        return [p for k, v in value.items() for p in check(v, item, f"{where}[{k!r}]", namespace)]
    if hint is type(None):
        return [] if value is None else [f"{where}: {value!r} is not None"]
    if _is_attrs(hint):
        if not isinstance(value, hint):
            return [f"{where}: {value!r} is not a {hint.__name__}"]
        hints = typing.get_type_hints(hint, localns=namespace)
        return [
            p
            for name, declared in hints.items()
            for p in check(getattr(value, name), declared, f"{where}.{name}", namespace)
        ]
    if hint is datetime:
        if not isinstance(value, datetime):
            return [f"{where}: {value!r} ({type(value).__name__}) is not a datetime"]
        return [] if value.tzinfo is not None else [f"{where}: {value!r} has no timezone"]
    if hint is date:
        ok = isinstance(value, date) and not isinstance(value, datetime)
        return [] if ok else [f"{where}: {value!r} ({type(value).__name__}) is not a date"]
    if hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return [] if ok else [f"{where}: {value!r} ({type(value).__name__}) is not an int"]
    if isinstance(hint, type):
        if isinstance(value, hint):
            return []
        return [f"{where}: {value!r} ({type(value).__name__}) is not {hint.__name__}"]
    return [f"{where}: cannot check against {hint!r}"]


@pytest.mark.parametrize(("api", "operation_id", "media_type", "schema", "value"), list(_cases()))
def test_models_hold_what_the_runtime_gives(
    api: str, operation_id: str, media_type: str, schema: Any, value: Any
) -> None:
    spec = ApiSpec.load(api)
    op = spec.operation(operation_id)
    package = API_PACKAGES[api]
    model = _model(package, op)
    if not _is_attrs(model):
        pytest.skip(f"{operation_id} returns {model!r}, not a model")
    received = _as_received(spec, media_type, schema, value)
    body = _result(op, formats.read(spec, schema, received))
    parsed = model.from_dict(body)
    assert check(parsed, model, model.__name__, _namespace(package)) == []


def test_every_api_has_cases() -> None:
    apis = {param.values[0] for param in _cases()}
    assert apis == set(API_PACKAGES)


def test_yuan_arguments_take_decimal_and_are_sent_as_the_documents_text() -> None:
    """The facade accepts a Decimal where the runtime does (a ``format: decimal`` field), and
    the message sent is the document's own: same text, same signature."""
    from jiaofei.ccb_electricity import Client

    spec = ApiSpec.load("ccb-electricity")
    op = spec.operation("notify_arrears_payment")
    media = spec.resolve(op.raw["requestBody"])["content"]["application/json"]
    (_, example), *_ = _examples(spec, media)
    inner = example["request"]
    namespace = _namespace("jiaofei.ccb_electricity")
    hints = typing.get_type_hints(Client.notify_arrears_payment, localns=namespace)
    with Client("http://127.0.0.1:9", acq_code=inner["acq_code"]) as client:
        fields = {
            name: Decimal(value) if Decimal in typing.get_args(hints.get(name)) else value
            for name, value in inner.items()
            if name not in ("acq_code", "channel", "version")  # settings
        }
        assert {k for k, v in fields.items() if isinstance(v, Decimal)} == {"ow_amt", "dflt_pny"}
        prepared = client.pipeline.prepare(op, fields)
    assert json.loads(prepared.content) == example
