"""Sessions: generate, lint, tests, fast (the tests not marked slow), breaking (the changes since
the last release), build, main (regenerate + build + exercise the sandbox), bench. The pins
below are the toolchain generated/ is reproducible with."""

from __future__ import annotations

import hashlib
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["lint", "tests"]

CODEGEN = [
    "openapi-python-client==0.29.1",
    "ruff==0.17.6",
    "pyyaml>=6",
    "jsonpath-rfc9535==1.0.1",
    "openapi-spec-validator==0.9.0",
    "jinja2>=3.1",
]
MYPY = "mypy==2.4.1"
TESTS = [
    MYPY,  # the wheel test type-checks a user's file against the installed wheel
    "pytest>=8,<9.2",
    "hypothesis>=6.100",
    "trustme>=1.1",
    "schemathesis>=4.1,<5",
    "build>=1.2",
    "pytest-xdist>=3.6",
]
REDOCLY = "@redocly/cli@2.77.0"
# The project with every extra: the tests run the sandbox, RSA signing, the contract kit and
# the Redis store.
ALL_EXTRAS = ".[sandbox,rsa,contract,redis]"


def install(session: nox.Session, *requirements: str) -> None:
    """``session.install``, skipped when this virtualenv already got the same requirements with
    the same pyproject.toml: pip's check of an installed set (an editable build included)
    costs about 15 s a run. A new or recreated virtualenv always installs."""
    stamp = Path(session.virtualenv.location) / ".jiaofei-installed"
    key = hashlib.sha256(
        "\n".join([*requirements, Path("pyproject.toml").read_text(encoding="utf-8")]).encode()
    ).hexdigest()
    if stamp.exists() and stamp.read_text(encoding="utf-8") == key:
        session.log("requirements unchanged since this virtualenv's last install")
        return
    stamp.unlink(missing_ok=True)
    session.install(*requirements)
    stamp.write_text(key, encoding="utf-8")


@nox.session
def generate(session: nox.Session) -> None:
    """Validate specs, apply overlays, regenerate generated/ (unchanged inputs: no-op)."""
    session.install(*CODEGEN)
    session.run("python", "-m", "codegen", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff, mypy --strict, spec validators (openapi-spec-validator, Redocly) and stale check."""
    install(session, *CODEGEN, MYPY, "types-PyYAML", "-e", ALL_EXTRAS)
    session.run("ruff", "check", "src", "codegen", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "src", "codegen", "tests", "noxfile.py")
    session.run("mypy")
    # Users' code against the generated packages; shown to this run only, not to src/.
    session.run("mypy", "--strict", "tests/typecheck", env={"MYPYPATH": "generated"})
    session.run("python", "-m", "codegen", "--check")
    # The version in pyproject.toml against the last release tag, and CHANGELOG.md's entry.
    session.run("python", "-m", "jiaofei.diff.release")
    from pathlib import Path

    specs = sorted(str(p) for p in Path("spec").glob("*.yaml"))
    session.run("openapi-spec-validator", *specs)
    # The shipped documents too: overlays applied and a spec written in parts merged.
    shipped = sorted(str(p) for p in Path("generated/jiaofei").glob("*/openapi.json"))
    session.run(
        "npx", "--yes", REDOCLY, "lint", "--config", "redocly.yaml", *specs, *shipped, external=True
    )


@nox.session
def tests(session: nox.Session) -> None:
    """Every test, schemathesis contract runs and the wheel-in-a-fresh-venv test included, on
    one pytest-xdist worker per CPU (``-- -n 0`` for one process). Tests are handed out one at
    a time as workers free up, except an xdist_group's, which share one worker. The Redis
    store's tests start a redis-server (Debian), installed here where the machine allows."""
    import os
    import shutil

    if not shutil.which("redis-server") and shutil.which("apt-get") and os.geteuid() == 0:
        env = {"DEBIAN_FRONTEND": "noninteractive"}
        session.run("apt-get", "update", "-qq", external=True, env=env)
        session.run("apt-get", "install", "-y", "-qq", "redis-server", external=True, env=env)
    install(session, *CODEGEN, *TESTS, "-e", ALL_EXTRAS)
    session.run("pytest", "-n", "auto", "--dist", "loadgroup", *session.posargs)


@nox.session
def breaking(session: nox.Session) -> None:
    """Every change of the shipped documents since the last release tag, classified; fails
    when one is breaking (``-- --fail-on warning``, ``-- --format markdown|json|junit``)."""
    install(session, "-e", ".")
    session.run("python", "-m", "jiaofei.diff.release", "--report", *session.posargs)


@nox.session(venv_backend="none")
def fast(session: nox.Session) -> None:
    """The edit loop: the tests session without the tests marked slow (fuzzing and contract-kit
    runs, the wheel in a fresh venv, regenerating generated/), in its virtualenv."""
    session.notify("tests", ["-m", "not slow", *session.posargs])


@nox.session
def build(session: nox.Session) -> None:
    """Build the wheel into dist/."""
    session.install("build>=1.2")
    session.run("python", "-m", "build", "--wheel", "--outdir", "dist")


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against same-run baselines; rewrites BENCHMARKS.md. Needs wrk (Debian) and
    npx (Prism 5 is fetched from npm), installed here where the machine allows."""
    import shutil

    if not shutil.which("wrk") and shutil.which("apt-get"):
        session.run("apt-get", "update", "-qq", external=True)
        session.run("apt-get", "install", "-y", "-qq", "wrk", external=True)
    session.install(*CODEGEN, "-e", ".[sandbox,contract]")
    session.run("python", "-m", "benchmarks.run", env={"PYTHONPATH": "."})


@nox.session
def main(session: nox.Session) -> None:
    """The main job: regenerate, build the wheel, install it, and exercise the embedded
    sandbox with signed calls and a delivered callback."""
    session.install(*CODEGEN, "build>=1.2")
    session.run("python", "-m", "codegen")
    session.run("python", "-m", "build", "--wheel", "--outdir", "dist")
    wheel = sorted(__import__("glob").glob("dist/jiaofei-*.whl"))[-1]
    session.install("--force-reinstall", "--no-deps", wheel)
    session.install(f"{wheel}[sandbox]")
    session.run("python", "-m", "jiaofei.demo", *session.posargs)
