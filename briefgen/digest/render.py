"""Render a digest with the same template machinery as a brief (digest.*.j2)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from ..errors import ConfigError, RenderError
from ..render import _environment, figures_shown, html_to_pdf, merge_ranges, template_dirs
from .build import Digest, Story

TEMPLATES = {"md": "digest.md.j2", "html": "digest.html.j2"}


def render_digest(result: Digest, fmt: str, template_dir: Optional[str] = None) -> bytes:
    import jinja2

    if fmt == "json":
        return (json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "pdf":
        html = render_digest(result, "html", template_dir).decode("utf-8")
        return html_to_pdf(html, template_dirs(template_dir))
    if fmt not in TEMPLATES:
        raise ConfigError(f"unknown format {fmt!r}")
    env = _environment(tuple(template_dirs(template_dir)), fmt == "md")
    try:
        return env.get_template(TEMPLATES[fmt]).render(digest=result, figures_of=story_figures).encode("utf-8")
    except jinja2.TemplateNotFound as exc:
        raise ConfigError(f"template not found: {exc.name}") from None
    except jinja2.TemplateError as exc:
        raise RenderError(f"template error in {TEMPLATES[fmt]}: {exc}") from None


def story_figures(story: Story) -> tuple[list, int]:
    """The rows a story's table shows, chosen as a brief's are, and how many are left out (the
    JSON output keeps them)."""
    key = {(ref.article, ref.sentence) for point in story.key_points for ref in point.sources}
    # a range as one row, as in a brief: two neighbouring ends of one phrase of one article's sentence
    rows = merge_ranges(
        story.figures,
        lambda low, high: low.range_phrase if (low.range_phrase, low.article, low.sentence) == (high.range_phrase, high.article, high.sentence) else None,
    )
    return figures_shown(rows, key, cites=lambda f: (f.article, f.sentence))


def check_stem(stem: str, given_as: str = "--name") -> None:
    """The digest's file name must stay a file name in the output folder: "../escaped" had
    been written beside it, and "" as a hidden ".md". ``given_as`` names the option the
    user gave it with, for the message."""
    if not stem or stem.startswith(".") or Path(stem).name != stem or "\\" in stem:
        raise ConfigError(f"{given_as} must give a plain file name (no folders, not hidden): {stem!r}")


def write_digest_file(result: Digest, path: str | Path, fmt: str, template_dir: Optional[str] = None) -> Path:
    """Render one format and write it atomically to the file the user named."""
    from ..files import write_atomic

    return write_atomic(path, render_digest(result, fmt, template_dir))


def write_digest(result: Digest, out_dir: str | Path, formats: list[str], stem: str, template_dir: Optional[str] = None) -> list[Path]:
    from ..files import write_atomic

    check_stem(stem)
    rendered = [(fmt, render_digest(result, fmt, template_dir)) for fmt in formats]
    return [write_atomic(Path(out_dir) / f"{stem}.{fmt}", data) for fmt, data in rendered]
