"""schemathesis's JUnit XML reports: one made of each process's, and the receiver scenarios'
failures added with the same evidence the summary prints."""

from __future__ import annotations

import os
from collections.abc import Sequence
from xml.etree import ElementTree

from jiaofei.contract.evidence import Broken


def add_failures(path: str, suite_name: str, problems: Sequence[Broken]) -> None:
    if os.path.exists(path):
        tree = ElementTree.parse(path)  # noqa: S314 - the report schemathesis just wrote
        root = tree.getroot()
    else:
        root = ElementTree.Element("testsuites")
        tree = ElementTree.ElementTree(root)
    suite = ElementTree.SubElement(
        root, "testsuite", name=suite_name, tests=str(len(problems)), failures=str(len(problems))
    )
    for problem in problems:
        case = ElementTree.SubElement(suite, "testcase", name=problem.what, classname=suite_name)
        failure = ElementTree.SubElement(case, "failure", message=problem.what)
        failure.text = str(problem)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def merge(parts: Sequence[str], into: str) -> None:
    """One report holding every test suite of ``parts`` (one per process of a run)."""
    root = ElementTree.Element("testsuites")
    totals = dict.fromkeys(("tests", "failures", "errors", "skipped"), 0)
    for part in parts:
        tree = ElementTree.parse(part)  # noqa: S314 - a report schemathesis just wrote
        for suite in tree.getroot().iter("testsuite"):
            root.append(suite)
            for name in totals:
                totals[name] += int(suite.get(name) or 0)
    for name, total in totals.items():
        root.set(name, str(total))
    ElementTree.ElementTree(root).write(into, encoding="utf-8", xml_declaration=True)
