"""A report as text (the default), markdown, JSON or JUnit XML (one test case per change; a
failure for every change at or above the level that fails the run)."""

from __future__ import annotations

import json
from collections.abc import Callable
from xml.etree import ElementTree as ET

from jiaofei.diff.changes import Change, Level, Report


def text(report: Report, fail_on: Level = Level.BREAKING) -> str:
    if not report.changes:
        return "no changes\n"
    lines = [f"{c.level}\t{c.rule}\t{_where(c)}\t{c.message}" for c in report]
    lines.append(_summary(report))
    return "\n".join(lines) + "\n"


def markdown(report: Report, fail_on: Level = Level.BREAKING) -> str:
    if not report.changes:
        return "No changes.\n"
    out = []
    for level in (Level.BREAKING, Level.WARNING, Level.INFO):
        changes = report.at(level)
        if not changes:
            continue
        out += [f"## {level.name.capitalize()} ({len(changes)})", ""]
        out += [
            "| API | Interface | Operation | Rule | Change | Where |",
            "|---|---|---|---|---|---|",
        ]
        out += [
            f"| {c.api} | {c.interface_code or ''} | {c.operation or ''} | `{c.rule}` |"
            f" {_cell(c.message)} | `{_cell(c.pointer)}` |"
            for c in changes
        ]
        out.append("")
    return "\n".join(out)


def as_json(report: Report, fail_on: Level = Level.BREAKING) -> str:
    document = {
        "highest": str(report.highest) if report.highest is not None else None,
        "counts": {str(level): len(report.at(level)) for level in Level},
        "changes": [c.to_dict() for c in report],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def junit(report: Report, fail_on: Level = Level.BREAKING) -> str:
    failing = [c for c in report if c.level >= fail_on]
    suite = ET.Element(
        "testsuite",
        name="jiaofei diff",
        tests=str(len(report)),
        failures=str(len(failing)),
        errors="0",
    )
    for change in report:
        case = ET.SubElement(
            suite, "testcase", classname=f"{change.api}.{change.subject}", name=change.rule
        )
        if change.level >= fail_on:
            failure = ET.SubElement(case, "failure", message=change.message, type=str(change.level))
            failure.text = f"{_where(change)}: {change.message}"
        else:
            ET.SubElement(case, "system-out").text = f"{change.level}: {change.message}"
    return ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"


FORMATS: dict[str, Callable[[Report, Level], str]] = {
    "text": text,
    "markdown": markdown,
    "json": as_json,
    "junit": junit,
}


def _where(change: Change) -> str:
    parts = [change.api, change.interface_code, change.operation]
    return " ".join(p for p in parts if p) + f" {change.pointer}"


def _summary(report: Report) -> str:
    counts = ", ".join(f"{len(report.at(level))} {level}" for level in reversed(Level))
    return f"{len(report)} change{'s' * (len(report) != 1)}: {counts}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
