"""JUnit XML (``--format junit``) for CI systems that show test reports.

One ``testsuite`` per article file, one ``testcase`` per finding (classname = rule id); a finding at
or above the fail level (``--fail-on``) is a ``failure``, one below it passes with the finding in
``system-out``. An article without findings gets one passing testcase, so it still shows.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from claimcheck.model import RunReport, severity_rank
from claimcheck.report.formatter import FormatOptions
from claimcheck.report.positions import region, relative_path


def _fails(severity: str, fail_on: str) -> bool:
    return fail_on != "never" and severity_rank(severity) >= severity_rank(fail_on)


def render_junit(run: RunReport, options: FormatOptions) -> str:
    fail_on = str(options.extra.get("fail_on", "error"))
    suites = ET.Element("testsuites", name="claimcheck")
    total = failures = errors = 0
    for report in run.articles:
        path = relative_path(report.article.path, options.root)
        name = f"{path}#{report.article.id}" if report.article.id else path
        suite = ET.SubElement(suites, "testsuite", name=name)
        suite_failures = 0
        for finding in report.findings:
            where = region(report.article, finding, unit="cp")
            at = f"{path}:{where.start_line}:{where.start_column}" if where else path
            case = ET.SubElement(suite, "testcase", classname=finding.rule,
                                 name=f"{finding.id} {finding.rule} at {at}", file=path)
            if where:
                case.set("line", str(where.start_line))
            detail = finding.message + (f"\n{finding.span.text}" if finding.span else "")
            if _fails(finding.severity, fail_on):
                suite_failures += 1
                failure = ET.SubElement(case, "failure", message=finding.message,
                                        type=finding.severity)
                failure.text = f"{at}: {finding.severity} {finding.rule}: {detail}"
            else:
                ET.SubElement(case, "system-out").text = f"{at}: {finding.severity}: {detail}"
        for error in report.errors:
            case = ET.SubElement(suite, "testcase", classname="claimcheck", name="plugin error")
            ET.SubElement(case, "error", message=error).text = error
            errors += 1
        if not len(suite):
            ET.SubElement(suite, "testcase", classname="claimcheck", name=f"{path}: no findings")
        suite.set("tests", str(len(suite)))
        suite.set("failures", str(suite_failures))
        suite.set("errors", str(len(report.errors)))
        total += len(suite)
        failures += suite_failures
    suites.set("tests", str(total))
    suites.set("failures", str(failures))
    suites.set("errors", str(errors))
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'
