"""The project's own error types.

Every failure a user can cause (bad input, unreachable URL, refused email) is raised
as a :class:`BriefgenError` subclass carrying a one-line message; the CLI prints that
line and exits with the class's ``exit_code``. Anything else is a bug and shows a
traceback only with ``--debug``.
"""

from __future__ import annotations


class BriefgenError(Exception):
    """Base class: ``str(err)`` is the one-line message shown to the user."""

    exit_code = 1


class InputError(BriefgenError):
    """The input cannot be read or is not an article (empty, binary, too large, ...)."""

    exit_code = 2


class FetchError(InputError):
    """A URL could not be fetched (refused, timeout, 404, wrong content type, ...)."""

    exit_code = 3


class ConfigError(BriefgenError):
    """A configuration value, flag or template is invalid."""

    exit_code = 4


class ModelError(BriefgenError):
    """A model cannot be loaded (missing package, bad path, no hub access)."""

    exit_code = 5


class RenderError(BriefgenError):
    """An output could not be produced (template error, PDF failure, unwritable path)."""

    exit_code = 6


class DeliveryError(BriefgenError):
    """Email could not be delivered (connection, TLS, auth or a permanent SMTP refusal)."""

    exit_code = 7


class ClusterError(BriefgenError):
    """The Dask cluster for ``--scheduler`` is unavailable (extra not installed, unreachable)."""

    exit_code = 9
