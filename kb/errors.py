"""One error family with stable codes, so the CLI and the web answer every failure alike."""
from __future__ import annotations


class DkbError(Exception):
    """Base of every error DKB raises on purpose; `code` is stable, `status` is the HTTP status."""

    code = "E000"
    status = 500

    def __init__(self, message: str, *, code: str | None = None, status: int | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        if status:
            self.status = status

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(DkbError):
    """An input (file, record, parameter) that cannot be read or makes no sense."""

    code = "E100"
    status = 400


class ExtractionError(DkbError):
    code = "E200"
    status = 500


class ExtractorFailure(ExtractionError):
    """An extractor failed in a way it did not foresee (a bug met on this text): still this
    article's error, not its batch's, but never an expected outcome (tests treat it as a failure)."""


class StoreError(DkbError):
    """The store cannot be opened, read or written."""

    code = "E300"
    status = 503


class QueryError(DkbError):
    """A SPARQL query or a canned timeline call that cannot run."""

    code = "E400"
    status = 400


class NotFound(DkbError):
    code = "E404"
    status = 404


class Forbidden(DkbError):
    code = "E403"
    status = 403


class ConfigError(DkbError):
    code = "E500"
    status = 500
