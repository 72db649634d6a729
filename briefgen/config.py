"""One place for configuration: TOML file < environment variables < flags.

The TOML file is ``briefgen.toml`` in the working directory, or the path in
``BRIEFGEN_CONFIG`` / ``--config``. Each section (``[brief]``, ``[smtp]``,
``[digest]``) maps to environment variables ``BRIEFGEN_<KEY>`` (``[brief]``) or
``BRIEFGEN_<SECTION>_<KEY>`` (other sections). Flags passed explicitly win.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Mapping, Optional

from .errors import ConfigError

DEFAULT_CONFIG_NAME = "briefgen.toml"


def config_path(explicit: Optional[str | Path] = None) -> Optional[Path]:
    """The config file in force, or None when there is none."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"config file not found: {path}")
        return path
    env = os.environ.get("BRIEFGEN_CONFIG")
    if env:
        path = Path(env)
        if not path.is_file():
            raise ConfigError(f"BRIEFGEN_CONFIG points to a missing file: {path}")
        return path
    local = Path.cwd() / DEFAULT_CONFIG_NAME
    return local if local.is_file() else None


def load_file(path: Optional[Path]) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config {path}: {exc}") from None


def settings(
    section: str,
    defaults: Mapping[str, Any],
    overrides: Optional[Mapping[str, Any]] = None,
    config_file: Optional[str | Path] = None,
) -> dict[str, Any]:
    """Resolve one section's settings: defaults < file < env < overrides (None = unset).

    Values from the environment are converted to the type of the default when the
    default is an int, float or bool, so ``BRIEFGEN_SMTP_PORT=2525`` is an int.
    """
    result = dict(defaults)
    path = config_path(config_file)
    file_values = load_file(path).get(section, {})
    if not isinstance(file_values, dict):
        raise ConfigError(f"[{section}] in the config file must be a table")
    for key, value in file_values.items():
        if key not in defaults:
            raise ConfigError(f"unknown setting [{section}] {key}")
        result[key] = _checked(value, defaults[key], f"[{section}] {key} in {path}")
    prefix = "BRIEFGEN_" if section == "brief" else f"BRIEFGEN_{section.upper()}_"
    for key in defaults:
        raw = os.environ.get(prefix + key.upper())
        if raw is not None and raw != "":
            result[key] = _coerce(raw, defaults[key], prefix + key.upper())
    for key, value in (overrides or {}).items():
        if key not in defaults:
            raise ConfigError(f"unknown setting {key!r} (known: {', '.join(defaults)})")
        if value is not None:
            result[key] = _checked(value, defaults[key], key)
    return result


_KINDS = {bool: "true or false", int: "a whole number", float: "a number", str: "text"}


def _checked(value: Any, default: Any, name: str) -> Any:
    """A value from the file or the API, in the default's type: 3.7 points or a list where a
    path belongs is refused here, with the setting's name, not deep in the pipeline."""
    kind = type(default)
    if kind not in _KINDS:
        return value
    if isinstance(value, str) and kind is not str:
        return _coerce(value, default, name)  # "5" in TOML reads as the environment's "5" does
    if kind is str and isinstance(value, os.PathLike):
        return os.fspath(value)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if type(value) is not kind:
        raise ConfigError(f"{name} must be {_KINDS[kind]}, not {value!r}")
    return value


def _coerce(raw: str, default: Any, name: str) -> Any:
    try:
        if isinstance(default, bool):
            if raw.lower() in {"1", "true", "yes", "on"}:
                return True
            if raw.lower() in {"0", "false", "no", "off"}:
                return False
            raise ValueError(raw)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be {_KINDS[type(default)]}, not {raw!r}") from None
    return raw
