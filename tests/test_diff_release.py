"""The semver and changelog check of lint, each test in its own temporary git repository with
its own release tag (never the project's real tags)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from jiaofei.diff.release import check, main

ROOT = Path(__file__).resolve().parents[1]
CMPAY = "generated/jiaofei/cmpay/openapi.json"


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def write_version(repo: Path, version: str) -> None:
    (repo / "pyproject.toml").write_text(f'[project]\nname = "jiaofei"\nversion = "{version}"\n')


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / CMPAY).parent.mkdir(parents=True)
    shutil.copy(ROOT / CMPAY, tmp_path / CMPAY)
    write_version(tmp_path, "0.1.0")
    (tmp_path / "CHANGELOG.md").write_text("# Changelog\n\n## [0.1.0]\n\nFirst release.\n")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "first")
    git(tmp_path, "tag", "v0.1.0")
    return tmp_path


def make_required(repo: Path, field: str) -> None:
    document = json.loads((repo / CMPAY).read_text(encoding="utf-8"))
    document["components"]["schemas"]["OrderQueryRequest"]["required"].append(field)
    (repo / CMPAY).write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def test_the_release_itself_passes(repo: Path) -> None:
    ok, lines = check(repo)
    assert ok, lines
    assert lines == ["semver check: 0.1.0 against v0.1.0: 0 changes"]


def test_a_field_made_required_without_a_bump_fails_naming_field_and_bump(repo: Path) -> None:
    make_required(repo, "merchantCert")
    ok, lines = check(repo)
    assert not ok
    text = "\n".join(lines)
    assert "version 0.1.0 is not bumped enough: 0.2.0 at least" in text
    assert "a minor bump while 0.x, for breaking changes" in text
    assert "request-property-became-required cmpay OrderQuery order_query" in text
    assert "request field merchantCert became required" in text


def test_the_bump_then_needs_the_changelog_to_name_the_change(repo: Path) -> None:
    make_required(repo, "merchantCert")
    write_version(repo, "0.2.0")
    ok, lines = check(repo)
    assert not ok
    assert "CHANGELOG.md has no section '## [0.2.0]' for this release" in lines
    changelog = repo / "CHANGELOG.md"
    changelog.write_text(
        "# Changelog\n\n## [0.2.0]\n\n### Breaking\n\n- cmpay OrderQuery: merchantCert is"
        " required (`request-property-became-required`)\n\n## [0.1.0]\n\nFirst release.\n"
    )
    ok, lines = check(repo)
    assert ok, lines


def test_a_changelog_that_omits_a_breaking_change_fails(repo: Path) -> None:
    make_required(repo, "merchantCert")
    write_version(repo, "0.2.0")
    (repo / "CHANGELOG.md").write_text("## [0.2.0]\n\n- OrderQuery changed\n")
    ok, lines = check(repo)
    assert not ok
    assert any("missing:" in line for line in lines)


def test_a_major_version_needs_a_major_bump(repo: Path) -> None:
    write_version(repo, "1.0.0")
    git(repo, "commit", "-qam", "1.0.0")
    git(repo, "tag", "v1.0.0")
    make_required(repo, "merchantCert")
    write_version(repo, "1.1.0")
    ok, lines = check(repo)
    assert not ok
    assert any("2.0.0 at least (a major bump, for breaking changes" in line for line in lines)


def test_an_addition_needs_a_minor_bump(repo: Path) -> None:
    document = json.loads((repo / CMPAY).read_text(encoding="utf-8"))
    document["components"]["schemas"]["OrderQueryReply"]["properties"]["extra"] = {"type": "string"}
    (repo / CMPAY).write_text(json.dumps(document), encoding="utf-8")
    write_version(repo, "0.1.1")
    ok, lines = check(repo)
    assert not ok
    assert any("0.2.0 at least (a minor bump, for additions" in line for line in lines)


def test_without_a_release_tag_the_check_says_so_and_passes(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git(repo, "tag", "-d", "v0.1.0")
    make_required(repo, "merchantCert")
    assert main(["--repo", str(repo)]) == 0
    assert "semver check: no baseline" in capsys.readouterr().out


def test_the_report_since_the_release_fails_on_breaking(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--repo", str(repo), "--report"]) == 0
    make_required(repo, "merchantCert")
    assert main(["--repo", str(repo), "--report"]) == 1
    assert "request-property-became-required" in capsys.readouterr().out
    assert main(["--repo", str(repo), "--changelog"]) == 0
    draft = capsys.readouterr().out
    assert draft.startswith("## [0.1.0]\n\n### Breaking\n\n- cmpay OrderQuery:")


def test_the_module_version_must_follow_pyproject(repo: Path) -> None:
    module = repo / "src" / "jiaofei" / "__init__.py"
    module.parent.mkdir(parents=True)
    module.write_text('__version__ = "0.1.0"\n')
    write_version(repo, "0.2.0")
    ok, lines = check(repo)
    assert not ok
    assert lines == [
        "jiaofei.__version__ (0.1.0) differs from pyproject.toml's 0.2.0: a release bumps both"
    ]
