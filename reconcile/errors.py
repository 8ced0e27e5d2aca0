"""Domain exceptions. The CLI turns them into one-line messages and exit code 2."""
from __future__ import annotations


class ReconcileError(Exception):
    """Base class of errors caused by the user's input or usage (exit 2)."""


class InputError(ReconcileError):
    """Bad input: names the file, the line and the field when they are known.

    ``str(err)`` is ``file:line: field: message`` with the parts that are known.
    """

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None):
        self.message = message
        self.file = file
        self.line = line
        self.field = field
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file + (f":{self.line}" if self.line else "") + ": "
        return where + (f"{self.field}: " if self.field else "") + self.message


class InputErrors(ReconcileError):
    """Several input errors found in one pass, reported together."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


class UsageError(ReconcileError):
    """A command used wrongly (bad option, refused output path)."""
