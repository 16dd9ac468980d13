"""Validate each spec, apply its overlay, and write generated/jiaofei/<package>/.

``python -m codegen`` regenerates what changed; ``--check`` fails when generated/ is stale;
``--force`` regenerates everything. Output depends only on the inputs: a second run changes
nothing.

Whether an API is current is decided from a hash of its inputs alone (GENERATED_FROM); this
module imports nothing else, so that a run with unchanged inputs costs little more than
starting Python. Building is codegen.build's.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from functools import cache
from pathlib import Path
from typing import Any

from codegen.apis import APIS, ROOT, Api

FINGERPRINT = "GENERATED_FROM"
CODEGEN = Path(__file__).resolve().parent
# The runtime modules codegen reads specs through (see codegen/__init__.py).
RUNTIME = [ROOT / "src" / "jiaofei" / name for name in ("spec.py", "formats.py", "plan.py")]
# The tools whose output is committed, identified by their installed distribution.
TOOLS = ("openapi_python_client", "ruff")


def _tools() -> list[str]:
    """Each tool's ``name-version.dist-info``: listing sys.path costs far less than importing
    importlib.metadata."""
    found = []
    for tool in TOOLS:
        names = sorted(
            path.name
            for entry in sys.path
            if entry and os.path.isdir(entry)
            for path in Path(entry).glob(f"{tool}-*.dist-info")
        )
        found.append(names[0] if names else f"{tool} (not installed)")
    return found


@cache
def _shared_inputs() -> bytes:
    """The digest of what every API's output depends on: codegen, its templates, the runtime's
    spec model, the tools."""
    digest = hashlib.sha256()
    files = sorted(p for p in CODEGEN.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in [*files, *RUNTIME]:
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    for tool in _tools():
        digest.update(tool.encode())
    return digest.digest()


def fingerprint(api: Api) -> str:
    digest = hashlib.sha256(_shared_inputs())
    for path in [*api.spec_files, api.overlay_path]:
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def is_current(api: Api) -> bool:
    stamp = api.output / FINGERPRINT
    return stamp.exists() and stamp.read_text(encoding="utf-8").strip() == fingerprint(api)


def overlaid(api: Api) -> dict[str, Any]:
    """The spec of ``api`` with its overlay applied and checked (codegen.build.overlaid)."""
    from codegen import build

    return build.overlaid(api)


def regenerate(api: Api, *, force: bool = False) -> bool:
    if not force and is_current(api):
        return False
    from codegen import build

    build.replace(api)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("apis", nargs="*", help="API names (default: all)")
    parser.add_argument("--check", action="store_true", help="fail if generated/ is stale")
    parser.add_argument(
        "--force", action="store_true", help="regenerate even if inputs are unchanged"
    )
    args = parser.parse_args(argv)
    selected = [a for a in APIS if not args.apis or a.name in args.apis]
    if args.check:
        from codegen import build

        problems = [p for api in selected for p in build.stale(api)]
        for problem in problems:
            print(f"stale: {problem}", file=sys.stderr)
        if problems:
            print(
                "generated/ is stale: run `nox -s generate` and commit the result", file=sys.stderr
            )
            return 1
        print(f"generated/ is current ({len(selected)} APIs)")
        return 0
    outdated = [api for api in selected if args.force or not is_current(api)]
    if outdated:
        from concurrent.futures import ThreadPoolExecutor

        # The APIs are independent; their openapi-python-client runs overlap.
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            list(pool.map(lambda api: regenerate(api, force=True), outdated))
    for api in selected:
        print(f"{api.name}: {'regenerated' if api in outdated else 'unchanged'}")
    return 0
