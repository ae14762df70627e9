"""GitHub Actions workflow commands (``--format github``): one annotation line per finding.

``::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::message`` with the escaping of the
Actions toolkit (@actions/core, command.ts): in the message ``%``, CR and LF become ``%25``,
``%0D``, ``%0A``; in property values ``:`` and ``,`` also become ``%3A`` and ``%2C``. Columns are
UTF-16 code units like the rest of GitHub; info findings become ``notice``.
"""

from __future__ import annotations

from claimcheck.model import RunReport
from claimcheck.report.formatter import FormatOptions
from claimcheck.report.positions import record_of, region, relative_path

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """toolkit ``escapeData``: the message after ``::``."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """toolkit ``escapeProperty``: a property value (file, title...)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(command: str, message: str, **properties: object) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}"
                     for key, value in properties.items() if value is not None)
    return f"::{command}{' ' + props if props else ''}::{escape_data(message)}"


def render_github(run: RunReport, options: FormatOptions) -> str:
    lines: list[str] = []
    for report in run.articles:
        path = relative_path(report.article.path, options.root)
        record = record_of(path)
        for finding in report.findings:
            where = region(report.article, finding)
            message = finding.message
            props: dict[str, object] = {"file": record[0] if record else path}
            if record is not None:  # offsets into the record's text: no place in the file
                at = f", line {where.start_line}, column {where.start_column}" if where else ""
                message = f"{message} (record {record[1]}{at} of its text)"
            elif where is not None:
                props.update(line=where.start_line, col=where.start_column,
                             endLine=where.end_line, endColumn=where.end_column)
            props["title"] = f"{finding.rule} ({finding.severity})"
            lines.append(annotation(COMMANDS.get(finding.severity, "warning"), message, **props))
    return "".join(line + "\n" for line in lines)
