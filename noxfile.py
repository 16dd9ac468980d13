"""Sessions: generate, lint, tests, build, main (regenerate + build + exercise the sandbox),
bench. The pins below are the toolchain generated/ is reproducible with."""

from __future__ import annotations

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
TESTS = [
    "pytest>=8,<9.2",
    "hypothesis>=6.100",
    "trustme>=1.1",
    "schemathesis>=4.1,<5",
    "build>=1.2",
]
REDOCLY = "@redocly/cli@2.77.0"
# The project with every extra: the tests run the sandbox, RSA signing, the contract kit and
# the Redis store.
ALL_EXTRAS = ".[sandbox,rsa,contract,redis]"


@nox.session
def generate(session: nox.Session) -> None:
    """Validate specs, apply overlays, regenerate generated/ (unchanged inputs: no-op)."""
    session.install(*CODEGEN)
    session.run("python", "-m", "codegen", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff, mypy --strict, spec validators (openapi-spec-validator, Redocly) and stale check."""
    session.install(*CODEGEN, "mypy==2.4.1", "types-PyYAML", "-e", ALL_EXTRAS)
    session.run("ruff", "check", "src", "codegen", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "src", "codegen", "tests", "noxfile.py")
    session.run("mypy")
    # Users' code against the generated packages; shown to this run only, not to src/.
    session.run("mypy", "--strict", "tests/typecheck", env={"MYPYPATH": "generated"})
    session.run("python", "-m", "codegen", "--check")
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
    """Every test, schemathesis contract runs and the wheel-in-a-fresh-venv test included.
    The Redis store's tests start a redis-server (Debian), installed here where the machine
    allows."""
    import os
    import shutil

    if not shutil.which("redis-server") and shutil.which("apt-get") and os.geteuid() == 0:
        env = {"DEBIAN_FRONTEND": "noninteractive"}
        session.run("apt-get", "update", "-qq", external=True, env=env)
        session.run("apt-get", "install", "-y", "-qq", "redis-server", external=True, env=env)
    session.install(*CODEGEN, *TESTS, "-e", ALL_EXTRAS)
    session.run("pytest", *session.posargs)


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
