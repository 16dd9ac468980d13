"""Adding the receiver scenarios' failures to schemathesis's JUnit XML report, with the same
evidence the summary prints."""

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
