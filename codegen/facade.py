"""Our layer over openapi-python-client's models: a typed Client, AsyncClient and Receiver per
API whose methods are the spec's operations, and the public ``models`` module, rendered from
templates/."""

from __future__ import annotations

import functools
import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from codegen.client_view import filled_fields, request_envelope
from jiaofei.plan import ApiPlan
from jiaofei.spec import ApiSpec, Operation, members

TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class Argument:
    name: str
    wire_name: str
    annotation: str
    required: bool
    description: str


@dataclass
class Method:
    name: str
    operation_id: str
    summary: str
    description: str
    source: str
    interface_code: str
    arguments: list[Argument]
    returns: str
    parse: str
    kind: str = "call"


class Resolver:
    def __init__(self, spec: ApiSpec, model_names: set[str]) -> None:
        self.spec = spec
        self.model_names = {_squash(n): n for n in model_names}

    def resolve(self, node: Any) -> Any:
        return self.spec.resolve(node)

    def members(self, schema: Any) -> dict[str, Any]:
        return members(schema, self.spec.resolve)

    def model_for(self, node: Any) -> str | None:
        if isinstance(node, Mapping) and "$ref" in node:
            return self.model_names.get(_squash(node["$ref"].rsplit("/", 1)[-1]))
        return None

    def annotation(self, node: Any) -> str:
        """What the client accepts for an argument: the values that
        ``jiaofei.request_builder.plain`` turns into what the schema validates (a Decimal
        becomes its decimal string; models and mappings become objects; lists and tuples
        become arrays)."""
        schema = self.resolve(node)
        if not isinstance(schema, Mapping):
            return "Any"
        if "enum" in schema and 0 < len(schema["enum"]) <= 40:
            return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
        if "const" in schema:
            return f"Literal[{schema['const']!r}]"
        kind = schema.get("type")
        if kind == "string":
            return "str | Decimal" if schema.get("format") == "decimal" else "str"
        if kind == "integer":
            return "int"
        if kind == "boolean":
            return "bool"
        if kind == "number":
            # A Decimal would travel as a string, which a JSON number is not.
            return "int | float"
        if kind == "array":
            items = schema.get("items", {})
            item = self.annotation(items)
            if self.model_for(items):
                # Covariant, so that a list of models is accepted; a model is no sequence.
                return f"Sequence[{item}]"
            # Not Sequence[str], which a lone string would satisfy.
            return f"list[{item}] | tuple[{item}, ...]"
        model = self.model_for(node)
        if model:
            return f"{model} | Mapping[str, Any]"
        return "Mapping[str, Any]" if kind == "object" else "Any"


def _squash(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def python_name(wire_name: str) -> str:
    name = re.sub(r"\W", "_", wire_name)
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()
    if not name or name[0].isdigit():
        name = "f_" + name
    return name + "_" if keyword.iskeyword(name) or name in ("timeout", "extra_headers") else name


def _parameter_schema(parameter: Mapping[str, Any]) -> Any:
    """A parameter's schema, or its JSON content's (``content: application/json``)."""
    content = parameter.get("content", {}).get("application/json")
    return content.get("schema", {}) if content else parameter.get("schema", {})


def _arguments(
    resolver: Resolver, op: Mapping[str, Any], skip: set[str], envelope: str | None = None
) -> list[Argument]:
    arguments: list[Argument] = []
    for parameter in op.get("parameters", []):
        parameter = resolver.resolve(parameter)
        if parameter.get("in") not in ("query", "path") or parameter["name"] in skip:
            continue
        arguments.append(
            Argument(
                python_name(parameter["name"]),
                parameter["name"],
                resolver.annotation(_parameter_schema(parameter)),
                bool(parameter.get("required")),
                str(parameter.get("description", "")),
            )
        )
    body = resolver.resolve(op.get("requestBody", {}))
    for media in body.get("content", {}).values():
        schema = resolver.resolve(media.get("schema", {}))
        if envelope:
            schema = resolver.resolve(schema["properties"][envelope])
        required = set(schema.get("required", []))
        for part in schema.get("allOf", []):
            required |= set(resolver.resolve(part).get("required", []))
        for wire_name, prop in resolver.members(schema).items():
            if wire_name in skip:
                continue
            described = resolver.resolve(prop)
            arguments.append(
                Argument(
                    python_name(wire_name),
                    wire_name,
                    resolver.annotation(prop),
                    wire_name in required,
                    str(described.get("description", "")) if isinstance(described, Mapping) else "",
                )
            )
        break
    # Required first keeps the signature readable; all arguments are keyword-only anyway.
    return sorted(arguments, key=lambda a: not a.required)


def _credential_arguments(document: Mapping[str, Any], op: Mapping[str, Any]) -> list[Argument]:
    """A user's own credential (a security scheme valued by ``argument``, e.g. authCode) is a
    required argument of the call, never a setting."""
    requirements = op.get("security", document.get("security", []))
    schemes = document.get("components", {}).get("securitySchemes", {})
    found = []
    for name in requirements[0] if requirements else {}:
        scheme = schemes[name]
        wire_name = (scheme.get("x-jiaofei-value") or {}).get("argument")
        if wire_name:
            description = str(scheme.get("description", ""))
            found.append(Argument(python_name(wire_name), wire_name, "str", True, description))
    return found


def _result(resolver: Resolver, op: Mapping[str, Any]) -> tuple[str, str]:
    """The return annotation and the parse expression of a call."""
    responses = op.get("responses", {})
    ok = next((responses[k] for k in sorted(responses) if k.startswith("2")), None)
    if ok is None:
        return "None", "None"
    content = resolver.resolve(ok).get("content", {})
    media = content.get("application/json") or next(iter(content.values()), None)
    if media is None:
        return "None", "None"
    schema_node = media.get("schema", {})
    field_name = op.get("x-jiaofei-result")
    if field_name:
        member = resolver.members(schema_node)[field_name]
        content_schema = resolver.resolve(member).get("contentSchema")
        model = resolver.model_for(content_schema if content_schema else member)
        if model:
            return model, f"payload({field_name!r}, {model}.from_dict)"
    model = resolver.model_for(schema_node)
    if model:
        return model, f"{model}.from_dict"
    return "Any", "None"


def methods(spec: ApiSpec, model_names: set[str]) -> tuple[list[Method], list[Method]]:
    resolver = Resolver(spec, model_names)
    document = spec.document
    plan = ApiPlan(spec)
    skip = filled_fields(plan)
    envelope = request_envelope(plan)
    calls: list[Method] = []
    receivers: list[Method] = []
    for operation in spec.operations.values():
        op = operation.raw
        if operation.kind == "call":
            signing = plan.operation(operation.operation_id).signing
            signature = signing.signature if signing else None
            returns, parse = _result(resolver, op)
            arguments = _arguments(
                resolver, op, skip | ({signature} if signature else set()), envelope
            )
            arguments[:0] = _credential_arguments(document, op)
            calls.append(_method(operation, arguments, returns, parse))
        else:
            body = resolver.resolve(op.get("requestBody", {}))
            media: Mapping[str, Any] = next(iter(body.get("content", {}).values()), {})
            model = resolver.model_for(media.get("schema", {})) or "Any"
            parse = f"{model}.from_dict" if model != "Any" else "None"
            receivers.append(_method(operation, [], model, parse))
    return calls, receivers


def _method(op: Operation, arguments: list[Argument], returns: str, parse: str) -> Method:
    return Method(
        name=python_name(op.operation_id),
        operation_id=op.operation_id,
        summary=op.summary,
        description=op.raw.get("description", "").strip(),
        source=op.source or "",
        interface_code=op.interface_code or "",
        arguments=arguments,
        returns=returns,
        parse=parse,
        kind="call" if op.kind == "call" else "callback",
    )


def qualified(model_names: set[str], annotation: str) -> str:
    """``annotation`` with each model it names as ``_models.<Name>``."""
    return re.sub(
        r"(?<![\w.\"'])([A-Za-z_]\w*)(?![\w\"'])",
        lambda m: f"_models.{m[1]}" if m[1] in model_names else m[1],
        annotation,
    )


def render(
    document: Mapping[str, Any], models: Mapping[str, str], api_name: str, package: str
) -> dict[str, str]:
    """``models`` maps each generated model class to its module."""
    model_names = set(models)
    calls, receivers = methods(ApiSpec(api_name, document), model_names)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # noqa: S701 - renders Python source, not HTML
    )
    # Annotations name models through the facade's lazily loaded ``_models``.
    env.filters["hint"] = functools.partial(qualified, model_names)
    used = sorted({m.returns for m in calls + receivers if m.returns in model_names})
    settings = document["info"].get("x-jiaofei-settings", [])
    context = {
        "api_name": api_name,
        "package": package,
        "title": document["info"].get("summary") or document["info"]["title"],
        "source_document": document["info"].get("x-source-document", ""),
        "calls": calls,
        "receivers": receivers,
        "models_used": used,
        "settings": [dict(s, python=python_name(s["name"])) for s in settings],
        "all_models": sorted(model_names),
        "model_modules": dict(sorted(models.items())),
    }
    return {
        "_client.py": env.get_template("client.py.jinja").render(context),
        "__init__.py": env.get_template("init.py.jinja").render(context),
        "models.py": env.get_template("models.py.jinja").render(context),
    }
