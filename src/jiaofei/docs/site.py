"""The documentation page of one API: the overlaid document, each operation's description
extended with its signing recipe (signed fields in order, an example string to sign and its
signature with a sample key) and its code tables, rendered in the browser by the vendored
Redoc bundle. The document is embedded in the page, so the page opens from a file as well as
from the sandbox, with no network."""

from __future__ import annotations

import copy
import html
import json
from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from jiaofei import wire
from jiaofei.plan import ApiPlan, OperationPlan
from jiaofei.secrets import Secret
from jiaofei.settings import Settings
from jiaofei.signers import Signers
from jiaofei.signing import Rule
from jiaofei.spec import members

# The key the recipes' example signatures are computed with: a sample, never a real one.
SAMPLE_KEY = "sample-key"
SCRIPT = "redoc.standalone.js"
LICENCES = ("REDOC-LICENSE", "redoc.standalone.js.LICENSE.txt")


def redoc_script() -> bytes:
    return resources.files("jiaofei.docs").joinpath(SCRIPT).read_bytes()


def docs_document(api: ApiPlan) -> dict[str, Any]:
    """The overlaid document with every operation's recipe and code tables in its
    description (a copy; the shipped document is not changed)."""
    document = copy.deepcopy(dict(api.spec.document))
    signers = Signers(Settings.with_secret(api, Secret(SAMPLE_KEY), {}))
    for node in _operations(document):
        op = api.operation(node["operationId"])
        extra = "\n\n".join(part for part in (recipe(op, signers), code_tables(op)) if part)
        if extra:
            node["description"] = "\n\n".join(
                part for part in (node.get("description", ""), extra) if part
            )
    return document


def _operations(node: Any) -> Iterator[dict[str, Any]]:
    """Every operation object of a document (paths, webhooks and callbacks)."""
    if isinstance(node, dict):
        if isinstance(node.get("operationId"), str) and "responses" in node:
            yield node
        for value in node.values():
            yield from _operations(value)
    elif isinstance(node, list):
        for value in node:
            yield from _operations(value)


def recipe(op: OperationPlan, signers: Signers) -> str:
    parts = []
    if op.signing is not None:
        parts.append(_signing_section("Signing", op.signing, _example(op), signers))
    if op.reply_signing is not None:
        parts.append(_signing_section("Reply signing", op.reply_signing, None, signers))
    credentials = [c.header for c in op.header_credentials]
    if credentials:
        parts.append(
            "### Credentials\n\nHeaders "
            + ", ".join(f"`{h}`" for h in credentials)
            + " (and the client certificate where the document requires mutual TLS)."
        )
    return "\n\n".join(parts)


def _signing_section(title: str, rule: Rule, example: Any, signers: Signers) -> str:
    lines = [f"### {title}", ""]
    lines.append(
        f"Scheme {_scheme(rule)}, key setting `{rule.secret}`, signature in `{rule.signature}`"
        + (f", over the members of `{rule.payload}`" if rule.payload else "")
        + (f", when {_when(rule)}" if rule.when else "")
        + "."
    )
    if rule.fields is not None:
        lines += ["", "Signed fields, in order: " + ", ".join(f"`{f}`" for f in rule.fields)]
    else:
        lines += ["", "Signed fields: every non-empty field, sorted by name."]
    if isinstance(example, Mapping):
        try:
            signed = signers.sign(rule, example)
        except Exception:
            return "\n".join(lines)
        lines += [
            "",
            f"Example (the document's example values, key `{SAMPLE_KEY}`):",
            "",
            f"- string to sign: `{signed.string_to_sign}`",
            f"- signature: `{signed.signature}`",
        ]
    return "\n".join(lines)


def _scheme(rule: Rule) -> str:
    kind, _, setting = rule.scheme.partition(":")
    return f"named by the `{setting}` setting" if kind == "setting" else f"`{rule.scheme}`"


def _when(rule: Rule) -> str:
    return ", ".join(f"`{k}` is `{v}`" for k, v in rule.when)


def _example(op: OperationPlan) -> Any:
    example = op.request_example()
    if example is not None:
        return example
    values = {}
    for parameter in op.source.parameters:
        schema = op.spec.resolve(parameter.get("schema", {}))
        found = parameter.get("example", (schema.get("examples") or [None])[0])
        if found is not None:
            values[parameter["name"]] = found
    return values or None


def code_tables(op: OperationPlan) -> str:
    """The code tables of the operation's reply fields, as Markdown tables."""
    sections = []
    for name, table in _tables(op).items():
        rows = "\n".join(f"| `{code}` | {_cell(meaning)} |" for code, meaning in table.items())
        sections.append(f"#### `{name}`\n\n| code | meaning |\n|---|---|\n{rows}")
    return "### Code tables\n\n" + "\n\n".join(sections) if sections else ""


def _tables(op: OperationPlan) -> dict[str, Mapping[str, str]]:
    found: dict[str, Mapping[str, str]] = {}
    resolve = op.spec.resolve
    envelope = op.api.envelope
    for status in op.source.raw.get("responses", {}):
        if not str(status).isdigit():
            continue
        for media in (wire.JSON, wire.FORM):
            schema = op.reply_schema(int(status), media)
            if schema is None:
                continue
            fields = dict(members(schema, resolve))
            if envelope and envelope.reply in fields:
                fields.update(members(fields[envelope.reply], resolve))
            for name, member in fields.items():
                table = resolve(member).get("x-enum-descriptions") or op.api.code_tables.get(name)
                if table and len(table) > 1 and name not in found:
                    found[name] = {str(k): str(v) for k, v in table.items()}
    return found


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def page(document: Mapping[str, Any], script_url: str = SCRIPT) -> str:
    """The HTML page: Redoc from ``script_url``, the document embedded."""
    title = html.escape(str(document.get("info", {}).get("title", "API")))
    # "</" inside the embedded JSON would end the script element.
    embedded = json.dumps(document, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body {{ margin: 0; padding: 0; }}</style>
</head>
<body>
<div id="redoc"></div>
<script type="application/json" id="openapi">{embedded}</script>
<script src="{html.escape(script_url)}"></script>
<script>
Redoc.init(
  JSON.parse(document.getElementById("openapi").textContent),
  {{hideDownloadButton: false, expandResponses: "200", jsonSampleExpandLevel: 3}},
  document.getElementById("redoc")
);
</script>
</body>
</html>
"""


def write_site(api_name: str, out: str | Path) -> Path:
    """``index.html``, ``openapi.json`` (the shipped document), the Redoc bundle and its
    licences in ``out``; returns the page's path."""
    api = ApiPlan.load(api_name)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    bundle = resources.files("jiaofei.docs")
    (folder / SCRIPT).write_bytes(redoc_script())
    for name in LICENCES:
        (folder / name).write_bytes(bundle.joinpath(name).read_bytes())
    shipped = json.dumps(api.spec.document, ensure_ascii=False, indent=2)
    (folder / "openapi.json").write_text(shipped + "\n", encoding="utf-8")
    index = folder / "index.html"
    index.write_text(page(docs_document(api)), encoding="utf-8")
    return index
