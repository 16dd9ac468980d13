"""Semantic versioning against the last release, as ``nox -s lint`` and ``nox -s breaking``
run it: the shipped documents of the working tree compared with those of the highest ``v*``
tag. A breaking change needs a major bump (a minor one while the version is 0.x), any other
addition or warning a minor bump; CHANGELOG.md's section for the version must name every
breaking change (its interface code or operation, and its rule id).

    python -m jiaofei.diff.release            # the lint check
    python -m jiaofei.diff.release --report   # the report since the last release
    python -m jiaofei.diff.release --changelog  # a CHANGELOG.md section drafted from it
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jiaofei import API_PACKAGES
from jiaofei.diff import compare
from jiaofei.diff.changes import Change, Level, Report
from jiaofei.diff.render import FORMATS
from jiaofei.diff.sources import at_ref, from_tree

Version = tuple[int, int, int]
VERSION = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)$")


def parse_version(text: str) -> Version | None:
    found = VERSION.match(text.strip())
    return (int(found[1]), int(found[2]), int(found[3])) if found else None


def show(version: Version) -> str:
    return ".".join(map(str, version))


def last_release(repo: Path) -> tuple[str, Version] | None:
    """The highest ``vX.Y.Z`` tag, or None in a repository (or shallow clone) without one."""
    try:
        listed = subprocess.run(
            ["git", "tag", "--list", "v*"],  # noqa: S607
            cwd=repo,
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:  # no git: no tags to read
        return None
    tags = [(v, t) for t in listed.stdout.split() if (v := parse_version(t))]
    if not tags:
        return None
    version, tag = max(tags)
    return tag, version


def project_version(repo: Path) -> Version:
    data = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))
    text = data["project"]["version"]
    version = parse_version(text)
    if version is None:
        raise ValueError(f"pyproject.toml version {text!r} is not X.Y.Z")
    return version


def is_addition(change: Change) -> bool:
    """A compatible change that gives users something: more accepted, more delivered."""
    if change.level == Level.WARNING:
        return True
    return change.rule.endswith(("-added", "-loosened", "-became-optional"))


def required(released: Version, report: Report) -> tuple[Version, str, tuple[Change, ...]]:
    """The lowest version allowed after ``released``, why, and the changes that need it."""
    major, minor, patch = released
    breaking = report.at(Level.BREAKING)
    if breaking:
        if major == 0:
            return (0, minor + 1, 0), "a minor bump while 0.x, for breaking changes", breaking
        return (major + 1, 0, 0), "a major bump, for breaking changes", breaking
    additions = tuple(c for c in report if is_addition(c))
    if additions:
        return (major, minor + 1, 0), "a minor bump, for additions", additions
    if report.changes:
        return (major, minor, patch + 1), "a patch bump, for other changes", report.changes
    return released, "no bump", ()


@dataclass(frozen=True)
class Since:
    tag: str
    released: Version
    report: Report


def since_release(repo: Path) -> Since | None:
    last = last_release(repo)
    if last is None:
        return None
    tag, released = last
    apis = sorted(API_PACKAGES)
    old = at_ref(tag, apis, repo=repo)
    new = from_tree(repo, apis)
    return Since(tag, released, compare(old, new))


def changelog_section(path: Path, version: Version) -> str | None:
    """The text of CHANGELOG.md's ``## [X.Y.Z]`` (or ``## X.Y.Z``) section."""
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    heading = re.compile(r"^## \[?v?" + re.escape(show(version)) + r"\]?(\s|$)", re.M)
    found = heading.search(text)
    if found is None:
        return None
    rest = text[found.end() :]
    following = re.search(r"^## ", rest, re.M)
    return rest[: following.start()] if following else rest


def unmentioned(section: str, changes: Sequence[Change]) -> list[Change]:
    return [c for c in changes if c.rule not in section or _subject(c) not in section]


def check(repo: Path) -> tuple[bool, list[str]]:
    """Whether the version and the changelog suit the changes since the last release."""
    current = project_version(repo)
    module = repo / "src" / "jiaofei" / "__init__.py"
    text = module.read_text(encoding="utf-8") if module.is_file() else ""
    declared = re.search(r'^__version__ = "([^"]*)"', text, re.M)
    if declared and parse_version(declared[1]) != current:
        return False, [
            f"jiaofei.__version__ ({declared[1]}) differs from pyproject.toml's {show(current)}:"
            " a release bumps both"
        ]
    since = since_release(repo)
    if since is None:
        return True, [
            "semver check: no baseline — this repository has no release tag v<X.Y.Z> (a tagless"
            " or shallow clone?), so the version was not compared with a release"
        ]
    needed, why, because = required(since.released, since.report)
    count = len(since.report)
    lines = [
        f"semver check: {show(current)} against {since.tag}: {count} change{'s' * (count != 1)}"
    ]
    ok = True
    if current < needed:
        ok = False
        lines.append(
            f"version {show(current)} is not bumped enough: {show(needed)} at least"
            f" ({why} since {since.tag}); bump [project] version in pyproject.toml and"
            " jiaofei.__version__:"
        )
        lines += [f"  {_line(c)}" for c in because]
    breaking = since.report.at(Level.BREAKING)
    if breaking and current > since.released:
        section = changelog_section(repo / "CHANGELOG.md", current)
        if section is None:
            ok = False
            lines.append(f"CHANGELOG.md has no section '## [{show(current)}]' for this release")
            missing: Sequence[Change] = breaking
        else:
            missing = unmentioned(section, breaking)
        if missing:
            ok = False
            lines.append(
                f"CHANGELOG.md [{show(current)}] must name each breaking change (its interface"
                " code or operation, and its rule id); missing:"
            )
            lines += [f"  {_line(c)}" for c in missing]
    return ok, lines


def draft(since: Since, version: Version) -> str:
    """A CHANGELOG.md section from the report: breaking changes first, each with its
    interface code."""
    out = [f"## [{show(version)}]", ""]
    for level, title in (
        (Level.BREAKING, "Breaking"),
        (Level.WARNING, "Warnings"),
        (Level.INFO, "Other changes"),
    ):
        changes = since.report.at(level)
        if changes:
            out += [f"### {title}", ""]
            out += [f"- {c.api} {_subject(c)}: {c.message} (`{c.rule}`)" for c in changes]
            out.append("")
    return "\n".join(out)


def _subject(change: Change) -> str:
    return change.interface_code or change.operation or change.api


def _line(change: Change) -> str:
    return f"{change.level} {change.rule} {change.api} {change.subject}: {change.message}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m jiaofei.diff.release", description=__doc__)
    parser.add_argument("--repo", type=Path, default=Path.cwd())
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--report", action="store_true", help="print the changes since the release")
    mode.add_argument("--changelog", action="store_true", help="draft the CHANGELOG.md section")
    parser.add_argument("--format", choices=sorted(FORMATS), default="text")
    parser.add_argument(
        "--fail-on", choices=[str(level) for level in reversed(Level)], default="breaking"
    )
    args = parser.parse_args(argv)
    if not (args.report or args.changelog):
        ok, lines = check(args.repo)
        print("\n".join(lines), file=sys.stdout if ok else sys.stderr)
        return 0 if ok else 1
    since = since_release(args.repo)
    if since is None:
        print("no release tag v<X.Y.Z>: nothing to compare with", file=sys.stderr)
        return 0
    if args.changelog:
        print(draft(since, project_version(args.repo)))
        return 0
    fail_on = Level.parse(args.fail_on)
    print(f"changes since {since.tag}:", file=sys.stderr)
    print(FORMATS[args.format](since.report, fail_on), end="")
    return 1 if since.report.fails(fail_on) else 0


if __name__ == "__main__":
    sys.exit(main())
