"""Bodies on the wire: encoding, decoding, and reading form text back into typed values."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterable, Callable, Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, quote_plus

from jiaofei.errors import ValidationError
from jiaofei.signing import value_text
from jiaofei.spec import members

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"

ENCODINGS = {"form": FORM, "json": JSON}


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


# What ``quote_plus`` leaves as it is: such text is written without a call per value.
_FORM_SAFE = re.compile(r"[A-Za-z0-9_.~-]*")


def form_text(text: str) -> str:
    """``text`` as ``urllib.parse.urlencode`` writes a name or value."""
    return text if _FORM_SAFE.fullmatch(text) else quote_plus(text)


# Built once: json.dumps with options builds an encoder per call.
_COMPACT_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_json_default)


def json_text(value: Any) -> str:
    """JSON as the documents send it: compact, Chinese as written, Decimal yuan as text."""
    return _COMPACT_JSON.encode(value)


def encode(values: Mapping[str, Any], media: str) -> bytes:
    if media == FORM:
        return _form(values, form_text)
    if media == JSON:
        return json_text(values).encode("utf-8")
    raise ValueError(f"cannot encode a body as {media}")


# Only what would change how ``k=v&k=v`` text splits or decodes is escaped: the separator, the
# escape character itself and the plus sign (a space when decoded).
_AS_SHOWN = str.maketrans({"%": "%25", "&": "%26", "+": "%2B"})


def encode_form_as_shown(values: Mapping[str, Any]) -> bytes:
    """``k=v`` text with values as a document's samples show them (``amtItem=CNY_AMT=100#...``,
    ``mobile=138****0773``, Chinese as UTF-8): a verifier that splits on ``&`` and the first
    ``=`` sees the values as signed, and a form decoder reads the same values."""
    return _form(values, lambda text: text.translate(_AS_SHOWN))


def _form(values: Mapping[str, Any], write: Callable[[str], str]) -> bytes:
    """``k=v&...`` over the values that are not None, names and values written by ``write``."""
    return "&".join(
        f"{write(k)}={write(value_text(v))}" for k, v in values.items() if v is not None
    ).encode("utf-8")


def declared_length(value: str | None) -> int | None:
    """A ``Content-Length`` header's value as a number; None when absent or unreadable."""
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


async def read_limited(
    chunks: AsyncIterable[bytes], limit: int, content_length: str | None
) -> bytes | None:
    """A body read chunk by chunk, or None as soon as it is known to exceed ``limit`` bytes: a
    larger declared ``Content-Length`` before a byte is read, else the first chunk past it
    (no more is read)."""
    declared = declared_length(content_length)
    if declared is not None and declared > limit:
        return None
    parts: list[bytes] = []
    size = 0
    async for chunk in chunks:
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)
    return b"".join(parts)


def _json_number(text: str) -> int | Decimal:
    """JSON numbers with a fraction or exponent: integral ones (``100.0``, ``1e2``) are integers,
    as JSON Schema counts them; others stay exact as Decimal, never float."""
    number = Decimal(text)
    return int(number) if number == number.to_integral_value() else number


def decode(body: bytes, content_type: str | None) -> Any:
    """Decode a request or reply body; raise :class:`ValidationError` when it is unreadable."""
    media = media_type(content_type)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError("", "encoding", "body is not UTF-8") from None
    if media == JSON or media.endswith("+json"):
        return decode_json(text)
    if media == FORM:
        return decode_form(text)
    if media.startswith("text/"):
        return text
    raise ValidationError("", "content-type", f"unsupported content type {media or 'none'!r}")


# Deepest nesting of objects and arrays a JSON body may have: vendors' messages are a few
# levels deep.
MAX_JSON_DEPTH = 64


def decode_json(text: str) -> Any:
    """JSON text as values: numbers exact (never float); a duplicated member name or nesting
    deeper than :data:`MAX_JSON_DEPTH` refused as a :class:`ValidationError`."""
    try:
        value = json.loads(text, parse_float=_json_number, object_pairs_hook=_unique_members)
    except json.JSONDecodeError as exc:
        raise ValidationError("", "json", f"body is not valid JSON ({exc.msg})") from None
    except ValidationError:
        raise
    except RecursionError:
        raise ValidationError(
            "", "json", f"body nests deeper than {MAX_JSON_DEPTH} levels"
        ) from None
    except (ValueError, ArithmeticError):
        raise ValidationError("", "json", "body holds a number that cannot be read") from None
    # Nesting needs an opening bracket per level: fewer brackets in all, no walk needed.
    if text.count("{") + text.count("[") > MAX_JSON_DEPTH and json_depth(value) > MAX_JSON_DEPTH:
        raise ValidationError("", "json", f"body nests deeper than {MAX_JSON_DEPTH} levels")
    return value


def json_depth(value: Any) -> int:
    """How deep objects and arrays nest in a decoded JSON value (a scalar: 0)."""
    deepest = 0
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        node, depth = pending.pop()
        children = (
            node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        )
        if children is None:
            continue
        deepest = max(deepest, depth)
        pending.extend((child, depth + 1) for child in children)
    return deepest


def _unique_members(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValidationError(key[:100], "unique", "member appears more than once")
            seen.add(key)
    return found


def decode_form(text: str) -> dict[str, str]:
    try:
        pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text))
    except ValueError:
        raise ValidationError("", "form", "body is not a valid form") from None
    values: dict[str, str] = {}
    for key, value in pairs:
        if key in values:
            raise ValidationError(key, "unique", "field appears more than once")
        values[key] = value
    return values


Resolve = Callable[[Any], Any]


class FormReader:
    """Reads form text as an object schema's types ("100" -> 100 for an integer field), with
    each field's types worked out once.

    Text that does not read as the declared type is left as text, so that validation reports
    the field and the rule it breaks.
    """

    __slots__ = ("_types",)

    def __init__(self, types: Mapping[str, frozenset[str]]) -> None:
        self._types = types

    @classmethod
    def for_schema(cls, schema: Any, resolve: Resolve) -> FormReader:
        return cls({k: schema_types(v, resolve) for k, v in members(schema, resolve).items()})

    def read(self, values: Mapping[str, str]) -> dict[str, Any]:
        types = self._types
        empty: frozenset[str] = frozenset()
        return {key: read_text(text, types.get(key, empty)) for key, text in values.items()}


def read_text(text: str, types: frozenset[str]) -> Any:
    if "string" in types or not types:
        return text
    if "integer" in types and _is_integer(text):
        return int(text)
    if "number" in types:
        try:
            return Decimal(text)
        except ArithmeticError:
            return text
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    return text


def _is_integer(text: str) -> bool:
    digits = text[1:] if text[:1] == "-" else text
    return digits.isascii() and digits.isdigit() and (digits == "0" or not digits.startswith("0"))


def schema_types(schema: Any, resolve: Resolve) -> frozenset[str]:
    """The JSON types a schema admits (for reading text: query parameters and forms)."""
    schema = resolve(schema)
    if not isinstance(schema, Mapping):
        return frozenset()
    declared = schema.get("type")
    if isinstance(declared, str):
        return frozenset({declared})
    if isinstance(declared, list):
        return frozenset(declared)
    if "enum" in schema:
        return frozenset("integer" if isinstance(v, int) else "string" for v in schema["enum"])
    if "const" in schema:
        return frozenset({"integer" if isinstance(schema["const"], int) else "string"})
    types: frozenset[str] = frozenset()
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key, []):
            types |= schema_types(part, resolve)
    return types
