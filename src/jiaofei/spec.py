"""The overlaid OpenAPI document of one API, as shipped in the wheel, and the operations in it.

Plain OpenAPI structure only: operations wherever they stand, ``$ref`` resolution, schema
pointers and examples. What the overlay adds (``x-jiaofei-*``) is read once, by
:mod:`jiaofei.plan`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property
from importlib import import_module
from pathlib import Path
from typing import Any, Literal

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

Kind = Literal["call", "callback", "webhook"]


def members(schema: Any, resolve: Callable[[Any], Any]) -> dict[str, Any]:
    """An object schema's properties, including those of its ``allOf`` parts."""
    schema = resolve(schema)
    found: dict[str, Any] = {}
    if isinstance(schema, Mapping):
        for part in schema.get("allOf", []):
            found.update(members(part, resolve))
        found.update(schema.get("properties", {}))
    return found


def is_json_parameter(parameter: Mapping[str, Any]) -> bool:
    """A parameter sent as JSON text (``content: application/json``), e.g. ``?ids=["a","b"]``."""
    return "application/json" in parameter.get("content", {})


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class Operation:
    """One operation: a call the integrator makes, or a callback/webhook the vendor sends."""

    def __init__(
        self,
        spec: ApiSpec,
        operation_id: str,
        method: str,
        path: str | None,
        kind: Kind,
        pointer: str,
        raw: Mapping[str, Any],
    ) -> None:
        self.spec = spec
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.kind = kind
        self.pointer = pointer
        self.raw = raw

    def __repr__(self) -> str:
        return f"Operation({self.spec.name!r}, {self.operation_id!r})"

    @property
    def summary(self) -> str:
        return str(self.raw.get("summary", ""))

    @property
    def interface_code(self) -> str | None:
        code = self.raw.get("x-interface-code")
        return str(code) if code else None

    @property
    def source(self) -> str | None:
        return self.raw.get("x-source")

    @property
    def idempotent(self) -> bool:
        return bool(self.raw.get("x-idempotent", self.method in ("get", "head", "options")))

    @property
    def request_media_types(self) -> list[str]:
        body = self.spec.resolve(self.raw.get("requestBody", {}))
        return list(body.get("content", {}))

    def request_schema_pointer(self, media_type: str) -> str:
        body = self.raw.get("requestBody", {})
        base = f"{self.pointer}/requestBody"
        if "$ref" in body:
            base = body["$ref"]
        return f"{base}/content/{escape_pointer(media_type)}/schema"

    @cached_property
    def parameters(self) -> list[Mapping[str, Any]]:
        return [self.spec.resolve(p) for p in self.raw.get("parameters", [])]

    def parameter_schema_pointer(self, index: int) -> str:
        raw = self.raw["parameters"][index]
        base = raw["$ref"] if "$ref" in raw else f"{self.pointer}/parameters/{index}"
        if is_json_parameter(self.parameters[index]):
            return f"{base}/content/application~1json/schema"
        return f"{base}/schema"

    def response_schema_pointer(self, status: int, media_type: str) -> str | None:
        responses = self.raw.get("responses", {})
        key = str(status) if str(status) in responses else f"{str(status)[0]}XX"
        if key not in responses:
            return None
        base = f"{self.pointer}/responses/{key}"
        if "$ref" in responses[key]:
            base = responses[key]["$ref"]
        content = self.spec.resolve(responses[key]).get("content", {})
        if media_type not in content:
            return None
        return f"{base}/content/{escape_pointer(media_type)}/schema"

    def reply_example(self, status: int = 200) -> Any:
        """The first example the spec gives for a ``status`` reply (None when there is none)."""
        response = self.spec.resolve(self.raw.get("responses", {}).get(str(status), {}))
        return self.spec.first_example(response)

    def request_example(self) -> Any:
        """The first example the spec gives for the request body (None when there is none)."""
        return self.spec.first_example(self.spec.resolve(self.raw.get("requestBody", {})))


class ApiSpec:
    """An overlaid OpenAPI document with lookup by operationId and ``$ref`` resolution."""

    def __init__(self, name: str, document: Mapping[str, Any]) -> None:
        self.name = name
        self.document = document

    @classmethod
    def load(cls, name: str) -> ApiSpec:
        from jiaofei import API_PACKAGES

        try:
            package = API_PACKAGES[name]
        except KeyError:
            raise ValueError(f"unknown API {name!r}; known: {', '.join(API_PACKAGES)}") from None
        return _load_cached(name, package)

    @cached_property
    def operations(self) -> dict[str, Operation]:
        return {op.operation_id: op for op in self._walk()}

    def operation(self, operation_id: str) -> Operation:
        try:
            return self.operations[operation_id]
        except KeyError:
            raise ValueError(
                f"{self.name} has no operation {operation_id!r};"
                f" known: {', '.join(self.operations)}"
            ) from None

    def find(self, method: str, path: str) -> Operation | None:
        for op in self.operations.values():
            if op.kind == "call" and op.method == method.lower() and op.path == path:
                return op
        return None

    def first_example(self, described: Mapping[str, Any]) -> Any:
        """The first example of a request body or response object, of any media type."""
        for media in described.get("content", {}).values():
            for example in media.get("examples", {}).values():
                return self.resolve(example).get("value")
            if "example" in media:
                return media["example"]
        return None

    def pointer(self, pointer: str) -> Any:
        node: Any = self.document
        for token in pointer.lstrip("#").split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def resolve(self, node: Any) -> Any:
        while isinstance(node, Mapping) and "$ref" in node:
            node = self.pointer(node["$ref"])
        return node

    def _walk(self) -> Iterator[Operation]:
        for path, item in self.document.get("paths", {}).items():
            item = self.resolve(item)
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op = item[method]
                pointer = f"#/paths/{escape_pointer(path)}/{method}"
                yield Operation(self, op["operationId"], method, path, "call", pointer, op)
                for cb_name, callback in op.get("callbacks", {}).items():
                    callback = self.resolve(callback)
                    for expression, cb_item in callback.items():
                        for cb_method in HTTP_METHODS:
                            if cb_method in cb_item:
                                cb_pointer = (
                                    f"{pointer}/callbacks/{escape_pointer(cb_name)}/"
                                    f"{escape_pointer(expression)}/{cb_method}"
                                )
                                cb_op = cb_item[cb_method]
                                yield Operation(
                                    self,
                                    cb_op["operationId"],
                                    cb_method,
                                    None,
                                    "callback",
                                    cb_pointer,
                                    cb_op,
                                )
        for name, item in self.document.get("webhooks", {}).items():
            item = self.resolve(item)
            for method in HTTP_METHODS:
                if method in item:
                    op = item[method]
                    pointer = f"#/webhooks/{escape_pointer(name)}/{method}"
                    yield Operation(self, op["operationId"], method, None, "webhook", pointer, op)


_CACHE: dict[str, ApiSpec] = {}


def document_path(package: str) -> Path:
    """The overlaid openapi.json shipped beside a generated API package."""
    return Path(import_module(package).__file__ or "").with_name("openapi.json")


def _load_cached(name: str, package: str) -> ApiSpec:
    if name not in _CACHE:
        text = document_path(package).read_text("utf-8")
        _CACHE[name] = ApiSpec(name, json.loads(text))
    return _CACHE[name]
