"""Validating values against the spec's JSON Schemas, with errors that name the field and rule."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from jiaofei.errors import ValidationError
from jiaofei.spec import ApiSpec

# jsonschema is imported on first validation: it is most of an API package's import time.
if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError as SchemaError
    from referencing import Registry

_BASE = "urn:jiaofei:"


@cache
def _registry(spec: ApiSpec) -> Registry[Any]:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    resource = Resource.from_contents(spec.document, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(_BASE + spec.name, resource)
    return registry


@lru_cache(maxsize=4096)
def validator(spec: ApiSpec, pointer: str, without: tuple[str, ...] = ()) -> Draft202012Validator:
    """A validator for the schema at ``pointer``; ``without`` names properties to leave out of
    ``required`` (fields the signer or the client fills in later)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(
        _schema(spec, pointer, without),
        registry=_registry(spec),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def _schema(spec: ApiSpec, pointer: str, without: tuple[str, ...]) -> dict[str, Any]:
    """The schema at ``pointer`` as a reference into the spec, or a relaxed copy of it."""
    if without:
        return {"allOf": [_relax(spec, pointer, without)]}
    # A JSON pointer in a URI fragment is percent-encoded: callback expressions hold "{", "}"
    # and "#" (``{$request.body#/notify_url}``).
    return {"$ref": f"{_BASE}{spec.name}#{quote(pointer.lstrip('#'), safe='/~')}"}


def _relax(spec: ApiSpec, pointer: str, without: tuple[str, ...]) -> dict[str, Any]:
    target = spec.resolve(spec.pointer(pointer))
    relaxed = dict(target)
    relaxed["required"] = [r for r in target.get("required", []) if r not in without]
    # Local references inside the copied schema still point into the spec document.
    rebased: dict[str, Any] = _rebase(relaxed, _BASE + spec.name)
    return rebased


def _rebase(node: Any, base: str) -> Any:
    if isinstance(node, Mapping):
        return {
            k: (
                base + v
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _rebase(v, base)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v, base) for v in node]
    return node


@lru_cache(maxsize=4096)
def fast_validator(spec: ApiSpec, pointer: str, without: tuple[str, ...] = ()) -> Any:
    """The same schema compiled by jsonschema-rs: it only decides whether an instance is
    valid, a thousand times faster than finding out why it is not."""
    import jsonschema_rs

    registry = jsonschema_rs.Registry([(_BASE + spec.name, dict(spec.document))])
    return jsonschema_rs.validator_for(
        _schema(spec, pointer, without), registry=registry, validate_formats=True
    )


class CompiledSchema:
    """One schema compiled once: ``check`` raises :class:`ValidationError` naming the first
    broken field and rule."""

    __slots__ = ("_fast", "_pointer", "_spec", "_without")

    def __init__(self, spec: ApiSpec, pointer: str, without: tuple[str, ...]) -> None:
        self._spec, self._pointer, self._without = spec, pointer, without
        self._fast = fast_validator(spec, pointer, without)

    def check(self, instance: Any) -> None:
        try:
            if self._fast.is_valid(instance):
                return
        except (TypeError, ValueError):
            pass  # values jsonschema-rs does not take (Decimal); the reference validator decides
        from jsonschema.exceptions import best_match

        found = validator(self._spec, self._pointer, self._without).iter_errors(instance)
        error = best_match(found)
        if error is not None:
            raise as_validation_error(error)


@lru_cache(maxsize=4096)
def compiled(spec: ApiSpec, pointer: str, without: tuple[str, ...] = ()) -> CompiledSchema:
    return CompiledSchema(spec, pointer, without)


def check(spec: ApiSpec, pointer: str, instance: Any, *, without: tuple[str, ...] = ()) -> None:
    """Raise :class:`ValidationError` naming the first broken field and rule."""
    compiled(spec, pointer, without).check(instance)


def as_validation_error(error: SchemaError) -> ValidationError:
    path = [str(p) for p in error.absolute_path]
    rule = str(error.validator)
    detail = error.message
    expected: Any = error.validator_value
    schema: Any = error.schema
    if rule == "required" and isinstance(error.instance, Mapping):
        missing = [n for n in expected if n not in error.instance]
        if missing:
            path.append(missing[0])
            detail = "is required"
    elif rule in ("additionalProperties", "unevaluatedProperties") and isinstance(
        error.instance, Mapping
    ):
        allowed = set(schema.get("properties", {}))
        extra = sorted(k for k in error.instance if k not in allowed)
        if extra:
            path.append(extra[0])
            detail = "is not a field of this message"
    elif rule == "maxLength":
        detail = f"is longer than {expected} characters"
    elif rule == "minLength":
        detail = f"is shorter than {expected} characters"
    elif rule == "enum":
        detail = f"{error.instance!r} is not one of {expected!r}"
    elif rule == "pattern":
        detail = f"{error.instance!r} does not match {expected!r}"
    elif rule == "type":
        detail = f"{error.instance!r} is not of type {expected!r}"
    return ValidationError(".".join(path), rule, detail)
