"""Report formats: one module per format, each exposing ``render(report) -> str``.

:class:`Format` values are the strings of ``reconcile report --format``. :data:`FORMATS` is the
explicit registry from a format to its module; a new format is a new module and one entry here.
Every format is deterministic (the same report gives byte-identical output) and marks its output
so that :func:`is_generated` can tell a generated file from one a person wrote.
"""
from __future__ import annotations

from enum import Enum
from types import ModuleType

from ..models import Report
from ..check import CheckResult
from . import github, html, json_, junit, markdown, text


class Format(str, Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"
    HTML = "html"


FORMATS: dict[Format, ModuleType] = {
    Format.TEXT: text,
    Format.MARKDOWN: markdown,
    Format.JSON: json_,
    Format.HTML: html,
}


class CheckFormat(str, Enum):
    """Formats of ``reconcile check``: for a terminal, GitHub annotations, JUnit XML, a job summary."""

    TEXT = "text"
    GITHUB = "github"
    JUNIT = "junit"
    JSON = "json"
    MARKDOWN = "markdown"


CHECK_FORMATS: dict[CheckFormat, ModuleType] = {
    CheckFormat.TEXT: text,
    CheckFormat.GITHUB: github,
    CheckFormat.JUNIT: junit,
    CheckFormat.JSON: json_,
    CheckFormat.MARKDOWN: markdown,
}


def render_check(result: CheckResult, fmt: CheckFormat | str) -> str:
    """The result of ``reconcile check`` in format ``fmt``."""
    return CHECK_FORMATS[CheckFormat(fmt)].render_check(result)


def render(report: Report, fmt: Format | str) -> str:
    """The report in format ``fmt`` (a :class:`Format` or its string)."""
    return FORMATS[Format(fmt)].render(report)


def is_generated(content: str) -> bool:
    """True when ``content`` is the output of one of the report formats (not a person's file)."""
    return any(module.is_generated(content) for module in FORMATS.values()) or \
        content.startswith(("reconcile check:", '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="reconcile"'))


__all__ = ["CheckFormat", "CHECK_FORMATS", "Format", "FORMATS", "render", "render_check", "is_generated"]
