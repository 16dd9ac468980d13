"""Where the documents to compare come from: a shipped ``openapi.json`` file, a built wheel,
an API at a git ref (``cmpay@v0.1.0``, or ``@v0.1.0`` for every API) or the installed one
(``cmpay``), or a checkout's generated documents (a directory)."""

from __future__ import annotations

import json
import subprocess
import zipfile
from importlib import resources
from pathlib import Path
from typing import Any

from jiaofei import API_PACKAGES

Documents = dict[str, dict[str, Any]]


def package_dir(api: str) -> str:
    """The directory of an API's package inside ``jiaofei``: ``cmcc-osp`` → ``cmcc_osp``."""
    if api not in API_PACKAGES:
        raise ValueError(f"unknown API {api!r}: one of {', '.join(sorted(API_PACKAGES))}")
    return API_PACKAGES[api].rsplit(".", 1)[1]


def shipped_path(api: str) -> str:
    return f"generated/jiaofei/{package_dir(api)}/openapi.json"


def load(source: str, api: str | None = None, *, repo: Path | None = None) -> Documents:
    """The documents ``source`` names, by API name (only ``api`` when given)."""
    wanted = [api] if api else sorted(API_PACKAGES)
    path = Path(source)
    if path.suffix == ".json" and path.is_file():
        return {api or _api_of(path): _parse(path.read_bytes(), source)}
    if path.suffix == ".whl" and path.is_file():
        return _from_wheel(path, wanted)
    if path.is_dir():
        return from_tree(path, wanted)
    name, at, ref = source.partition("@")
    if at:
        return at_ref(ref, [name] if name else wanted, repo=repo)
    if source in API_PACKAGES:
        return {source: installed(source)}
    raise ValueError(
        f"{source!r} is not an openapi.json file, a wheel, a checkout, API@REF, @REF or an API name"
    )


def installed(api: str) -> dict[str, Any]:
    text = resources.files(API_PACKAGES[api]).joinpath("openapi.json").read_bytes()
    return _parse(text, f"the installed {api}")


def at_ref(ref: str, apis: list[str], *, repo: Path | None = None) -> Documents:
    """The shipped documents of ``apis`` committed at ``ref``; an API whose document did not
    exist there yet is left out (when more than one was asked for)."""
    found: Documents = {}
    for api in apis:
        try:
            shown = subprocess.run(  # noqa: S603 - git, with arguments that are not a shell line
                ["git", "show", f"{ref}:{shipped_path(api)}"],  # noqa: S607
                cwd=repo,
                capture_output=True,
                check=False,
            )
        except FileNotFoundError:
            raise ValueError(f"reading {api}@{ref} needs git on PATH") from None
        if shown.returncode == 0:
            found[api] = _parse(shown.stdout, f"{api} at {ref}")
        elif len(apis) == 1:
            message = shown.stderr.decode(errors="replace").strip()
            raise ValueError(f"cannot read {api} at {ref}: {message}")
    return found


def from_tree(root: Path, apis: list[str]) -> Documents:
    """The documents in a checkout (``root/generated/jiaofei/...``) or in a ``jiaofei``
    package directory (``root/<api package>/openapi.json``)."""
    found: Documents = {}
    for api in apis:
        for candidate in (root / shipped_path(api), root / package_dir(api) / "openapi.json"):
            if candidate.is_file():
                found[api] = _parse(candidate.read_bytes(), str(candidate))
                break
    if not found:
        raise ValueError(f"{root} holds none of the shipped API documents")
    return found


def _from_wheel(path: Path, apis: list[str]) -> Documents:
    found: Documents = {}
    with zipfile.ZipFile(path) as wheel:
        names = set(wheel.namelist())
        for api in apis:
            member = f"jiaofei/{package_dir(api)}/openapi.json"
            if member in names:
                found[api] = _parse(wheel.read(member), f"{api} in {path.name}")
    if not found:
        raise ValueError(f"{path} holds none of the documents asked for")
    return found


def _api_of(path: Path) -> str:
    for api, package in API_PACKAGES.items():
        if package.endswith("." + path.parent.name):
            return api
    return path.stem


def _parse(text: bytes, what: str) -> dict[str, Any]:
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise ValueError(f"{what} is not JSON: {exc}") from None
    if not isinstance(document, dict):
        raise ValueError(f"{what} is not an OpenAPI document")
    return document
