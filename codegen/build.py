"""Building one API's package: validate its spec, apply its overlay, run openapi-python-client
on the client view, render the facade, format. Everything heavy codegen imports is imported
here, never on the path that finds generated/ current (codegen.generate)."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate

from codegen import client_view, facade, lint, reply_dates
from codegen.apis import ROOT, Api
from codegen.bundle import load_spec
from codegen.document import load_yaml
from codegen.generate import FINGERPRINT, fingerprint
from codegen.overlay import apply


def overlaid(api: Api) -> dict[str, Any]:
    """The spec of ``api`` with its overlay applied, validated."""
    document, result = _apply(api)
    _validate(api, document, result)
    return result


def _apply(api: Api) -> tuple[dict[str, Any], dict[str, Any]]:
    """The spec as written and with its overlay applied (not yet validated)."""
    document = load_spec(api.spec_path)
    lint.check_traceability(api.name, document)
    result = apply(document, load_yaml(api.overlay_path))
    reply_dates.mark(result)
    return document, result


def _validate(api: Api, document: dict[str, Any], result: dict[str, Any]) -> None:
    try:
        validate(result, base_uri=api.spec_path.as_uri())
    except Exception:
        # Say whether the spec itself is invalid or only what the overlay made of it.
        validate(document, base_uri=api.spec_path.as_uri())
        raise
    lint.check_overlay(api.name, result)


# Overrides of openapi-python-client's templates.
OPC_TEMPLATES = Path(__file__).parent / "templates" / "opc"


def build(api: Api, destination: Path) -> None:
    """Write the whole package for ``api`` into ``destination`` (which must not exist)."""
    written, document = _apply(api)
    view = client_view.build(document)
    with tempfile.TemporaryDirectory() as scratch:
        view_path = Path(scratch) / "view.json"
        view_path.write_text(json.dumps(view, ensure_ascii=False, indent=1), encoding="utf-8")
        config = Path(scratch) / "config.yaml"
        config.write_text(
            yaml.safe_dump(
                {"post_hooks": [], "literal_enums": True, "docstrings_on_attributes": False}
            ),
            encoding="utf-8",
        )
        out = Path(scratch) / "out"
        log = (Path(scratch) / "generator.log").open("w+", encoding="utf-8")
        # openapi-python-client runs in its own process while this one validates the document
        # (the slowest step for a large spec): the two overlap instead of adding up.
        generator = subprocess.Popen(  # noqa: S603 - fixed argv
            [
                sys.executable,
                "-m",
                "codegen.opc",
                "generate",
                "--path",
                str(view_path),
                "--meta",
                "none",
                "--output-path",
                str(out),
                "--config",
                str(config),
                "--custom-template-path",
                str(OPC_TEMPLATES),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "NO_COLOR": "1"},
            cwd=ROOT,
        )
        with log:
            try:
                _validate(api, written, document)
            except BaseException:
                generator.kill()
                generator.wait()
                raise
            generator.wait()
            log.seek(0)
            output = log.read()
        if generator.returncode != 0 or not out.exists():
            raise SystemExit(f"openapi-python-client failed for {api.name}:\n{output}")
        # Only the models and the Unset type they use are kept; their package's own imports
        # (the client, every model) would make loading one model load them all.
        private = destination / "_openapi"
        private.mkdir(parents=True)
        shutil.copytree(out / "models", private / "models")
        shutil.copy2(out / "types.py", private / "types.py")
    models = _model_modules(private / "models" / "__init__.py")
    public = f"jiaofei.{api.package}.models"
    (private / "__init__.py").write_text(
        f'"""openapi-python-client\'s output for {api.name}: the attrs models and the Unset type'
        f' they use. Import them from {public}."""\n',
        encoding="utf-8",
    )
    (private / "models" / "__init__.py").write_text(
        f'"""One module per model; {public} loads each on first use."""\n', encoding="utf-8"
    )
    for name, source in facade.render(document, models, api.name, api.package).items():
        (destination / name).write_text(source, encoding="utf-8")
    (destination / "openapi.json").write_text(
        json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (destination / FINGERPRINT).write_text(fingerprint(api) + "\n", encoding="utf-8")
    _format(destination)


def _model_modules(init: Path) -> dict[str, str]:
    """Each generated model class and the module it lives in, from models/__init__.py."""
    tree = ast.parse(init.read_text(encoding="utf-8"))
    return {
        alias.name: node.module
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }


def _format(directory: Path) -> None:
    ruff = Path(sys.executable).parent / "ruff"
    command = [str(ruff) if ruff.exists() else "ruff"]
    base = ["--isolated", "--line-length", "100", "--target-version", "py311"]
    for step in (
        ["check", "--fix-only", "--select", "I,F401,UP", "--quiet"],
        ["format", "--quiet"],
    ):
        subprocess.run([*command, *step[:1], *base, *step[1:], str(directory)], check=True)  # noqa: S603


def replace(api: Api) -> None:
    """Build ``api`` beside its output, then swap it in."""
    with tempfile.TemporaryDirectory(
        dir=api.output.parent if api.output.parent.exists() else None
    ) as scratch:
        staged = Path(scratch) / api.package
        build(api, staged)
        if api.output.exists():
            shutil.rmtree(api.output)
        api.output.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staged), api.output)


def stale(api: Api) -> list[str]:
    """Files that differ between generated/ and a fresh build."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / api.package
        build(api, fresh)
        differences = []
        names = {p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()}
        if api.output.exists():
            names |= {
                p.relative_to(api.output)
                for p in api.output.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts
            }
        for name in sorted(names):
            new, old = fresh / name, api.output / name
            if not old.exists() or not new.exists() or old.read_bytes() != new.read_bytes():
                differences.append(f"generated/jiaofei/{api.package}/{name.as_posix()}")
        return differences
