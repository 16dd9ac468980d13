"""The overlaid OpenAPI document of one API, as shipped in the wheel, and the operations in it.

Everything the runtime knows about an API — paths, schemas, signing rules, settings, code
tables — is read from here; nothing is written per operation by hand.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import import_module
from pathlib import Path
from typing import Any, Literal

from jiaofei.signing import Rule

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


@dataclass(frozen=True)
class Setting:
    """A client setting (credential or option) declared by ``x-jiaofei-settings``."""

    name: str
    env: str
    secret: bool
    fills: str | None
    description: str
    default: str | None


Source = Literal["setting", "auto", "argument"]
SOURCES: tuple[Source, ...] = ("setting", "auto", "argument")


@dataclass(frozen=True)
class HeaderCredential:
    """A header an ``apiKey`` security scheme requires, and where its value comes from
    (``x-jiaofei-value``): a ``setting``, a generated value (``auto``, e.g. a timestamp) or a
    call ``argument`` (a user's own credential, passed per call; ``test_setting`` names the
    setting the sandbox accepts and the contract tests send in its place)."""

    header: str
    source: Source
    name: str
    window_setting: str | None = None
    test_setting: str | None = None


@dataclass(frozen=True)
class Operation:
    """One operation: a call the integrator makes, or a callback/webhook the vendor sends."""

    spec: ApiSpec
    operation_id: str
    method: str
    path: str | None
    kind: Kind
    pointer: str
    raw: Mapping[str, Any]

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

    @cached_property
    def signing(self) -> Rule | None:
        declared = self.raw.get("x-jiaofei-signing")
        return Rule.from_spec(declared) if declared else None

    @cached_property
    def reply_signing(self) -> Rule | None:
        declared = self.raw.get("x-jiaofei-reply-signing")
        return Rule.from_spec(declared) if declared else None

    @cached_property
    def header_credentials(self) -> list[HeaderCredential]:
        """The credential headers of the operation's security requirement (its own, else the
        document's); schemes without ``x-jiaofei-value`` (mutual TLS) are the transport's."""
        requirements = self.raw.get("security", self.spec.document.get("security", []))
        if not requirements:
            return []
        schemes = self.spec.document.get("components", {}).get("securitySchemes", {})
        found = []
        for name in requirements[0]:
            scheme = schemes[name]
            value = scheme.get("x-jiaofei-value")
            if scheme.get("type") != "apiKey" or scheme.get("in") != "header" or not value:
                continue
            source: Source = next(k for k in SOURCES if k in value)
            found.append(
                HeaderCredential(
                    scheme["name"],
                    source,
                    value[source],
                    value.get("window-setting"),
                    value.get("test-setting"),
                )
            )
        return found

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
        for media in response.get("content", {}).values():
            for example in media.get("examples", {}).values():
                return self.spec.resolve(example).get("value")
            if "example" in media:
                return media["example"]
        return None

    @property
    def extension(self) -> Mapping[str, Any]:
        """All ``x-jiaofei-*`` members of the operation, without the prefix."""
        return {
            k[len("x-jiaofei-") :]: v for k, v in self.raw.items() if k.startswith("x-jiaofei-")
        }


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

    @cached_property
    def settings(self) -> list[Setting]:
        prefix = "JIAOFEI_" + self.name.upper().replace("-", "_") + "_"
        return [
            Setting(
                name=s["name"],
                env=prefix + s.get("env", s["name"].upper()),
                secret=bool(s.get("secret", False)),
                fills=s.get("fills"),
                description=s.get("description", ""),
                default=s.get("default"),
            )
            for s in self.document["info"].get("x-jiaofei-settings", [])
        ]

    def reply_content_type(self, received: str | None) -> str | None:
        """How to read a reply: CMPay's ``k=v`` replies are a form whatever type they say."""
        if self.info_extension.get("reply-format") == "form":
            return "application/x-www-form-urlencoded"
        return received

    @property
    def info_extension(self) -> Mapping[str, Any]:
        info = self.document["info"]
        return {k[len("x-jiaofei-") :]: v for k, v in info.items() if k.startswith("x-jiaofei-")}

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
