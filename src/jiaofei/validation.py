"""Validating values against the spec's JSON Schemas, with errors that name the field and rule.

One engine, jsonschema-rs: :func:`compiled` compiles a schema once and decides validity; for an
invalid value its errors are ranked as jsonschema's ``best_match`` ranks them, and the best one
becomes a :class:`~jiaofei.errors.ValidationError` with the dotted path of the field and the
JSON Schema keyword it breaks. Numbers are compared exactly: ``Decimal`` values go to
jsonschema-rs as they are (it reads them with arbitrary precision), never through a float.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import quote, unquote

from jiaofei.errors import ValidationError
from jiaofei.spec import ApiSpec

# jsonschema-rs is imported on first validation, not with an API package: it takes tens of
# milliseconds to load.
if TYPE_CHECKING:
    import jsonschema_rs

_BASE = "urn:jiaofei:"
# anyOf/oneOf need one branch to hold; their own error says least (best_match's weak keywords).
_WEAK = frozenset({"anyOf", "oneOf"})
_FRAGMENT_SAFE = "/~!$&'()*+,;=:@-._"
_PLAIN = (str, int, float, bool, Decimal, type(None))


@cache
def _registry(spec: ApiSpec) -> jsonschema_rs.Registry:
    import jsonschema_rs

    return jsonschema_rs.Registry([(_BASE + spec.name, dict(spec.document))])


@lru_cache(maxsize=4096)
def compiled(spec: ApiSpec, pointer: str, without: tuple[str, ...] = ()) -> CompiledSchema:
    """The schema at ``pointer``, compiled once; ``without`` names properties to leave out of
    ``required`` (fields the signer or the client fills in later)."""
    return CompiledSchema(spec, _schema(spec, pointer, without))


def check(spec: ApiSpec, pointer: str, instance: Any, *, without: tuple[str, ...] = ()) -> None:
    """Raise :class:`ValidationError` naming the broken field and rule."""
    compiled(spec, pointer, tuple(without)).check(instance)


class CompiledSchema:
    """One schema of a spec, compiled by jsonschema-rs (formats asserted)."""

    __slots__ = ("_schema", "_spec", "_validator")

    def __init__(self, spec: ApiSpec, schema: Mapping[str, Any]) -> None:
        import jsonschema_rs

        self._spec = spec
        self._schema = schema
        self._validator = jsonschema_rs.validator_for(
            dict(schema), registry=_registry(spec), validate_formats=True
        )

    def check(self, instance: Any) -> None:
        """Raise :class:`ValidationError` naming the broken field and rule."""
        error = self.error(instance)
        if error is not None:
            raise error

    def is_valid(self, instance: Any) -> bool:
        return self.error(instance) is None

    def error(self, instance: Any) -> ValidationError | None:
        """The :class:`ValidationError` :meth:`check` raises, or None for a valid instance."""
        try:
            if self._validator.is_valid(instance):
                return None
        except (TypeError, ValueError):
            # Values jsonschema-rs does not take: subclasses of JSON types are read as those
            # types (exactly), anything else is refused by name.
            try:
                instance = _as_json(instance, [])
            except ValidationError as refused:
                return refused
            if self._validator.is_valid(instance):
                return None
        best = self._best(self._validator.iter_errors(instance), instance)
        return None if best is None else best.describe()

    def _best(
        self, errors: Iterable[jsonschema_rs.ValidationError], instance: Any
    ) -> _Found | None:
        """jsonschema's ``best_match``: the error highest up in the instance (more is wrong
        there); among siblings the one with the greater path; not anyOf/oneOf; one whose value
        breaks its schema's ``type``. Within anyOf/oneOf the other way round: the deepest branch
        error, unless the best two tie. Remaining ties go to the error met first walking the
        schema in document order, as jsonschema walks it."""
        found = sorted((self._find(e, instance) for e in errors), key=lambda f: f.place)
        best = max(found, key=_Found.relevance, default=None)
        while best is not None:
            context = best.error.kind.as_dict().get("context") or []
            inner = sorted(
                (self._find(e, instance) for branch in context for e in branch),
                key=lambda f: f.place,
            )
            smallest = sorted(inner, key=_Found.relevance)[:2]
            if not smallest or (
                len(smallest) == 2 and smallest[0].relevance() == smallest[1].relevance()
            ):
                break
            best = smallest[0]
        return best

    def _find(self, error: jsonschema_rs.ValidationError, instance: Any) -> _Found:
        """Where the error's keyword sits: its place in document order and the schema object
        holding it (found by walking the evaluation path, through ``$ref``)."""
        node: Any = self._schema
        holder: Any = None
        place: list[int] = []
        for step in error.evaluation_path:
            holder = node
            if isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
                place.append(step)
                node = node[step]
            elif isinstance(node, Mapping):
                keys = list(node)
                # then/else are applied by the if keyword, where if stands.
                key = "if" if step in ("then", "else") and "if" in node else step
                place.append(keys.index(key) if key in keys else len(keys))
                node = self._target(node[step]) if step == "$ref" else node.get(step)
            else:
                node = None
        return _Found(error, tuple(place), holder, _at(instance, error.instance_path, error))

    def _target(self, ref: Any) -> Any:
        _, _, fragment = str(ref).partition("#")
        try:
            return self._spec.pointer("#" + unquote(fragment))
        except (KeyError, IndexError, ValueError, TypeError):
            return None


class _Found(NamedTuple):
    error: jsonschema_rs.ValidationError
    place: tuple[int, ...]
    holder: Any
    value: Any

    def relevance(self) -> tuple[Any, ...]:
        path = self.error.instance_path
        holder = self.holder if isinstance(self.holder, Mapping) else {}
        matches_type = "type" in holder and _has_type(self.value, holder["type"])
        return (-len(path), tuple(path), self.error.kind.name not in _WEAK, not matches_type)

    def describe(self) -> ValidationError:
        error = self.error
        rule = error.kind.name
        path = [str(p) for p in error.instance_path]
        value = self.value
        holder = self.holder if isinstance(self.holder, Mapping) else {}
        expected = holder[rule] if rule in holder else error.kind.value
        detail = _DETAILS[rule](value, expected) if rule in _DETAILS else error.message
        if rule == "required" and isinstance(value, Mapping):
            names = expected if isinstance(expected, list) else [error.kind.value]
            missing = [n for n in names if n not in value]
            if missing:
                path.append(str(missing[0]))
                detail = "is required"
        elif rule in ("additionalProperties", "unevaluatedProperties"):
            extra = sorted(str(k) for k in error.kind.as_dict().get("unexpected", []))
            if extra:
                path.append(extra[0])
                detail = "is not a field of this message"
        return ValidationError(".".join(path), rule, detail)


# Messages as jsonschema words them (the rule is named beside them).
_DETAILS: dict[str, Callable[[Any, Any], str]] = {
    "maxLength": lambda v, e: f"is longer than {e} characters",
    "minLength": lambda v, e: f"is shorter than {e} characters",
    "enum": lambda v, e: f"{v!r} is not one of {e!r}",
    "pattern": lambda v, e: f"{v!r} does not match {e!r}",
    "type": lambda v, e: f"{v!r} is not of type {e!r}",
    "format": lambda v, e: f"{v!r} is not a {e!r}",
    "const": lambda v, e: f"{e!r} was expected",
    "minimum": lambda v, e: f"{v!r} is less than the minimum of {e!r}",
    "maximum": lambda v, e: f"{v!r} is greater than the maximum of {e!r}",
    "exclusiveMinimum": lambda v, e: f"{v!r} is less than or equal to the minimum of {e!r}",
    "exclusiveMaximum": lambda v, e: f"{v!r} is greater than or equal to the maximum of {e!r}",
    "multipleOf": lambda v, e: f"{v!r} is not a multiple of {e}",
    "minItems": lambda v, e: f"{v!r} " + ("should be non-empty" if e == 1 else "is too short"),
    "maxItems": lambda v, e: f"{v!r} " + ("is expected to be empty" if e == 0 else "is too long"),
    "uniqueItems": lambda v, e: f"{v!r} has non-unique elements",
    "not": lambda v, e: f"{v!r} should not be valid under {e!r}",
}


def _has_type(value: Any, expected: Any) -> bool:
    names = [expected] if isinstance(expected, str) else list(expected or [])
    return any(_is(value, name) for name in names)


def _is(value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return name == "boolean"
    if name == "integer":
        if isinstance(value, float):
            return value.is_integer()
        if isinstance(value, Decimal):
            return value.is_finite() and value == value.to_integral_value()
        return isinstance(value, int)
    kinds: dict[str, Any] = {
        "number": (int, float, Decimal),
        "string": str,
        "object": Mapping,
        "array": (list, tuple),
        "null": type(None),
    }
    return name in kinds and isinstance(value, kinds[name])


def _at(instance: Any, path: list[str | int], error: jsonschema_rs.ValidationError) -> Any:
    """The value at ``path`` as the caller gave it (jsonschema-rs hands back a converted copy)."""
    node = instance
    try:
        for step in path:
            node = node[step]
    except (KeyError, IndexError, TypeError):
        return error.instance
    return node


def _as_json(value: Any, path: list[str]) -> Any:
    if type(value) in _PLAIN:
        return value
    if isinstance(value, enum.Enum):
        return _as_json(value.value, path)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, Decimal):
        return Decimal(value)
    if isinstance(value, Mapping):
        converted: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValidationError(".".join(path), "type", f"{key!r} is not a field name")
            converted[str.__str__(key)] = _as_json(item, [*path, key])
        return converted
    if isinstance(value, list | tuple):
        return [_as_json(item, [*path, str(index)]) for index, item in enumerate(value)]
    raise ValidationError(".".join(path), "type", f"{value!r} is not a JSON value")


def _schema(spec: ApiSpec, pointer: str, without: tuple[str, ...]) -> dict[str, Any]:
    """The schema at ``pointer`` as a reference into the spec, or a relaxed copy of it."""
    if without:
        return {"allOf": [_relax(spec, pointer, without)]}
    return {"$ref": _uri(spec, pointer)}


def _uri(spec: ApiSpec, pointer: str) -> str:
    """A pointer into the spec as a URI: callback keys (``{$request.body#/url}``) hold characters
    a URI fragment must percent-encode (RFC 6901 §6)."""
    return f"{_BASE}{spec.name}#{quote(pointer.lstrip('#'), safe=_FRAGMENT_SAFE)}"


def _relax(spec: ApiSpec, pointer: str, without: tuple[str, ...]) -> dict[str, Any]:
    target = spec.resolve(spec.pointer(pointer))
    relaxed = dict(target)
    relaxed["required"] = [r for r in target.get("required", []) if r not in without]
    # Local references inside the copied schema still point into the spec document.
    rebased: dict[str, Any] = _rebase(relaxed, spec)
    return rebased


def _rebase(node: Any, spec: ApiSpec) -> Any:
    if isinstance(node, Mapping):
        return {
            k: (
                _uri(spec, v)
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _rebase(v, spec)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v, spec) for v in node]
    return node
