"""The ``briefgen`` command line: a thin shell over :mod:`briefgen.pipeline`.

Nothing heavy is imported at module level, so ``briefgen --help`` answers at once;
models load on the first article. Every user-caused failure is one line on stderr
and a documented exit code (see ``briefgen.errors`` and the README):

0 ok · 1 internal error · 2 bad input · 3 fetch failed · 4 bad config/flag ·
5 model unavailable · 6 render/write failed · 7 email failed ·
8 partial (a batch where some inputs failed and the rest were produced)
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from typing import Callable, List, Optional, TypeVar

import typer

from .errors import BriefgenError, ConfigError

EXIT_INTERNAL = 1
EXIT_PARTIAL = 8

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn news articles into traceable situation briefs (Markdown, HTML, PDF, JSON).",
    pretty_exceptions_enable=False,
)

T = TypeVar("T")


@app.callback()
def _root() -> None:
    """Turn news articles into traceable situation briefs (Markdown, HTML, PDF, JSON)."""


def _check_output_dir(output: str) -> None:
    """Refuse an output path that is a file before any article is read, not after minutes of work."""
    if Path(output).exists() and not Path(output).is_dir():
        raise ConfigError(f"-o {output}: is a file, not a folder (a missing folder is created)")


ALL_FORMATS = "md,html,pdf,json"
_SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf", ".json": "json"}
# file names a user may mean as output that briefgen cannot write: refused, not made a folder
_OTHER_FILE_SUFFIXES = frozenset({".txt", ".text", ".doc", ".docx", ".odt", ".rtf", ".csv", ".xml", ".eml"})


def _named_file(output: str, formats: Optional[str]) -> Optional[tuple[Path, str]]:
    """``-o brief.pdf`` names the file itself, and its suffix the format (it had made a folder
    called brief.pdf). An existing folder keeps its meaning, whatever its name."""
    from .render import parse_formats

    path = Path(output)
    fmt = _SUFFIX_FORMATS.get(path.suffix.lower())
    if path.is_dir():
        return None
    if fmt is None and path.suffix.lower() in _OTHER_FILE_SUFFIXES:
        raise ConfigError(f"-o {output}: briefgen writes .md, .html, .pdf or .json files, or into a folder")
    if fmt is None:
        return None
    if formats is not None and parse_formats(formats) != [fmt]:
        raise ConfigError(f"-o {output} names a .{fmt} file: give --format {fmt}, or no --format")
    return path, fmt


def _err(message: str) -> None:
    typer.echo(f"briefgen: {message}", err=True)


def _setup_logging(debug: bool, quiet: bool) -> None:
    level = logging.DEBUG if debug else (logging.ERROR if quiet else logging.WARNING)
    logging.basicConfig(level=level, format="briefgen: %(levelname)s: %(name)s: %(message)s")
    for noisy in ("transformers", "weasyprint", "fontTools", "trafilatura", "htmldate", "urllib3", "distributed"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if debug else logging.ERROR)


def _guard(debug: bool, action: Callable[[], T]) -> T:
    """Run a command body: our errors become one line + exit code; bugs say --debug."""
    try:
        return action()
    except BriefgenError as exc:
        if debug:
            traceback.print_exc()
        _err(f"error: {exc}")
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        _err("interrupted")
        raise typer.Exit(130) from None
    except typer.Exit:
        raise
    except Exception as exc:  # a bug: say so in one line unless debugging
        if debug:
            traceback.print_exc()
        else:
            _err(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
        raise typer.Exit(EXIT_INTERNAL) from None


@app.command()
def brief(
    inputs: List[str] = typer.Argument(..., metavar="INPUT...", help=".txt or .html file, http(s) URL, or - for stdin."),
    output: str = typer.Option(
        ".", "-o", "--output", help="Output directory; a file such as brief.pdf (one input); or - for stdout (one input, one format)."
    ),
    formats: Optional[str] = typer.Option(
        None, "--format", "-f", help="Comma-separated: md,html,pdf,json (default: all four, or the suffix of -o FILE)."
    ),
    points: Optional[int] = typer.Option(None, "--points", "-n", help="Number of key points (default 5)."),
    backend: Optional[str] = typer.Option(None, "--backend", help="Summariser: embed (default) or seq2seq."),
    model: Optional[str] = typer.Option(None, "--model", help="seq2seq checkpoint (hub name or local path), or an embedding model path."),
    template_dir: Optional[str] = typer.Option(None, "--template-dir", help="Folder with your own brief.html.j2 / brief.md.j2 / brief.css."),
    config_file: Optional[str] = typer.Option(None, "--config", help="Config file (default: ./briefgen.toml)."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow URLs on private/loopback addresses."),
    email_to: Optional[List[str]] = typer.Option(None, "--email-to", help="Email the brief to this address (repeatable)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only errors on stderr."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks."),
) -> None:
    """Brief one or more articles."""
    _setup_logging(debug, quiet)

    def run() -> int:
        from .ingest import FetchPolicy, ingest
        from .pipeline import BriefOptions, brief_article, write_output_file, write_outputs
        from .render import parse_formats, render

        options = BriefOptions.resolve(
            config_file, points=points, backend=backend, model=model, template_dir=template_dir
        )
        to_stdout = output == "-"
        named = None if to_stdout else _named_file(output, formats)
        if named and len(inputs) != 1:
            raise ConfigError(f"-o {output} names one file: give one input, or -o a folder for several")
        fmts = [named[1]] if named else parse_formats(formats or ALL_FORMATS)
        if not to_stdout and not named:
            _check_output_dir(output)
        if to_stdout and (len(fmts) != 1 or len(inputs) != 1):
            raise ConfigError("-o - writes to stdout: give exactly one input and one --format")
        if to_stdout and email_to:
            raise ConfigError("--email-to needs an output directory, not -o -")
        if inputs.count("-") > 1:
            raise ConfigError("stdin (-) can be read only once")
        policy = FetchPolicy(allow_private=allow_private)
        produced, failed = 0, 0
        with _progress(len(inputs), quiet) as advance:
            for source in inputs:
                try:
                    with _status(f"briefing {source}", quiet or len(inputs) > 1):
                        result = brief_article(ingest(source, policy), options)
                    if to_stdout:
                        data = render(result, fmts[0], options.template_dir)
                        sys.stdout.buffer.write(data)
                        sys.stdout.flush()
                    else:
                        if named:
                            paths = [write_output_file(result, named[0], named[1], options.template_dir)]
                        else:
                            paths = write_outputs(result, output, fmts, options.template_dir)
                        if not quiet:
                            for path in paths:
                                _err(f"wrote {path}")
                        if email_to:
                            from .deliver import email_report

                            sent = email_report(
                                paths[0], to=list(email_to), config_file=config_file,
                                template_dir=options.template_dir,
                            )
                            if not quiet or not sent.ok:
                                _err(str(sent))
                            if not sent.ok:
                                failed += 1
                    produced += 1
                except BriefgenError as exc:
                    if len(inputs) == 1:
                        raise
                    if debug:
                        traceback.print_exc()
                    _err(f"skipped: {exc}")
                    failed += 1
                advance()
        if len(inputs) > 1 and not quiet:
            _err(f"{produced} of {len(inputs)} briefs produced, {failed} failed")
        if failed:
            return EXIT_PARTIAL if produced else 2
        return 0

    code = _guard(debug, run)
    raise typer.Exit(code)


@app.command()
def email(
    report: str = typer.Argument(..., help="A report file (.md/.html/.pdf/.json) or its path without extension."),
    to: List[str] = typer.Option([], "--to", help="Recipient (repeatable)."),
    cc: List[str] = typer.Option([], "--cc", help="Cc recipient (repeatable)."),
    bcc: List[str] = typer.Option([], "--bcc", help="Bcc recipient (repeatable; never shown in headers)."),
    sender: Optional[str] = typer.Option(None, "--from", help="From address (default: the config file's smtp.from)."),
    smtp_host: Optional[str] = typer.Option(None, "--smtp-host", help="SMTP server host."),
    smtp_port: Optional[int] = typer.Option(None, "--smtp-port", help="SMTP server port."),
    security: Optional[str] = typer.Option(None, "--security", help="starttls | ssl | none."),
    insecure: bool = typer.Option(False, "--insecure", help="Do not verify the server's TLS certificate."),
    dry_run: Optional[str] = typer.Option(None, "--dry-run", metavar="FILE.eml", help="Write the exact message to a file instead of sending."),
    template_dir: Optional[str] = typer.Option(None, "--template-dir", help="Folder with your own email.html.j2."),
    config_file: Optional[str] = typer.Option(None, "--config", help="Config file (default: ./briefgen.toml)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only errors on stderr."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks."),
) -> None:
    """Email an already generated brief or digest (the password comes only from config or env)."""
    _setup_logging(debug, quiet)

    def run() -> int:
        from .deliver import email_report

        if not (to or cc or bcc):
            raise ConfigError("give at least one recipient with --to, --cc or --bcc")
        overrides = {
            "host": smtp_host, "port": smtp_port, "security": security,
            "insecure": True if insecure else None,  # absent flag must not cancel the config file
        }
        result = email_report(
            report, to=list(to), cc=list(cc), bcc=list(bcc), sender=sender, dry_run=dry_run,
            overrides=overrides, config_file=config_file, template_dir=template_dir,
        )
        if not quiet or not result.ok:
            _err(str(result))
        return 0 if result.ok else EXIT_PARTIAL

    raise typer.Exit(_guard(debug, run))


@app.command()
def digest(
    inputs: List[str] = typer.Argument(..., metavar="INPUT...", help="Folders of .txt/.html, RSS/Atom feeds (files or URLs), .jsonl files, or .txt lists of URLs."),
    output: str = typer.Option(".", "-o", "--output", help="Output directory, or a file such as digest.pdf."),
    formats: Optional[str] = typer.Option(
        None, "--format", "-f", help="Comma-separated: md,html,pdf,json (default: all four, or the suffix of -o FILE)."
    ),
    since: Optional[str] = typer.Option(None, "--since", help="Skip articles published before this date (YYYY-MM-DD)."),
    title: str = typer.Option("Daily digest", "--title", help="Digest title."),
    name: Optional[str] = typer.Option(None, "--name", help="Output file stem (default: digest)."),
    date: Optional[str] = typer.Option(None, "--date", help="Date shown on the digest (default: today), YYYY-MM-DD."),
    cache: Optional[str] = typer.Option(None, "--cache", help="SQLite cache file (default: ~/.cache/briefgen/digest.sqlite)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Analyse every article again."),
    points: Optional[int] = typer.Option(None, "--points", "-n", help="Key points per article (default 5)."),
    template_dir: Optional[str] = typer.Option(None, "--template-dir", help="Folder with your own digest.html.j2 / digest.md.j2."),
    config_file: Optional[str] = typer.Option(None, "--config", help="Config file (default: ./briefgen.toml)."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow URLs on private/loopback addresses."),
    email_to: Optional[List[str]] = typer.Option(None, "--email-to", help="Email the digest to this address (repeatable)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Analyse on Dask: a scheduler address (tcp://host:8786) or 'local' (one worker per core). Needs briefgen[cluster]."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only errors on stderr."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks."),
) -> None:
    """One deduplicated, story-by-story digest of many articles.

    Exit codes: 0 all inputs used · 8 some inputs failed (listed in the digest) ·
    2 nothing could be read · 9 the Dask scheduler is unavailable.
    """
    _setup_logging(debug, quiet)

    def run() -> int:
        import re as _re
        from pathlib import Path as _Path

        from .digest.build import digest as build_digest
        from .config import settings
        from .digest.cache import BriefCache, default_path
        from .digest.fanout import make_runner
        from .digest.render import check_stem, write_digest, write_digest_file
        from .ingest import FetchPolicy
        from .pipeline import BriefOptions
        from .render import parse_formats

        named = _named_file(output, formats)
        if named and name is not None:
            raise ConfigError(f"-o {output} names the file already: drop --name, or -o a folder")
        out_dir, stem = (named[0].parent, named[0].stem) if named else (output, "digest" if name is None else name)
        fmts = [named[1]] if named else parse_formats(formats or ALL_FORMATS)
        _check_output_dir(str(out_dir))
        check_stem(stem, "-o" if named else "--name")
        for flag, value in (("--since", since), ("--date", date)):
            if value and not _re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ConfigError(f"{flag} takes a date as YYYY-MM-DD")
        options = BriefOptions.resolve(config_file, points=points)
        cluster = settings("digest", {"scheduler": "", "scheduler_timeout": 20.0}, {"scheduler": scheduler}, config_file)
        runner = make_runner(cluster["scheduler"], float(cluster["scheduler_timeout"]))
        store = BriefCache(None if no_cache else _Path(cache) if cache else default_path())
        bar = _DigestProgress(enabled=not quiet and sys.stderr.isatty())
        try:
            result = build_digest(
                list(inputs), options, title=title, since=since, cache=store,
                policy=FetchPolicy(allow_private=allow_private), progress=bar.update, today=date,
                runner=runner,
            )
        finally:
            bar.close()
            runner.close()
            store.close()
        for failure in result.failures:
            _err(f"skipped: {failure.input}: {failure.reason}")
        articles = sum(len(s.articles) for s in result.stories)
        if not result.stories:
            _err(f"error: nothing to digest ({len(result.failures)} inputs failed)")
            return 2
        if named:
            paths = [write_digest_file(result, named[0], named[1], template_dir)]
        else:
            paths = write_digest(result, out_dir, fmts, stem, template_dir)
        if not quiet:
            for path in paths:
                _err(f"wrote {path}")
        if email_to:
            from .deliver import email_report

            sent = email_report(paths[0], to=list(email_to), config_file=config_file, template_dir=template_dir)
            if not quiet or not sent.ok:
                _err(str(sent))
        if not quiet:
            from .render import counted

            _err(
                f"{counted(articles, 'article')}, {counted(len(result.stories), 'story', 'stories')}, "
                f"{counted(len(result.duplicates), 'duplicate')} removed, "
                f"{len(result.failures)} failed ({result.analysed} analysed, {result.cached} from cache)"
            )
        return EXIT_PARTIAL if result.failures else 0

    raise typer.Exit(_guard(debug, run))


class _DigestProgress:
    """A rich progress bar on stderr (terminals only), started when the total is known."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._progress = None
        self._task = None

    def update(self, done: int, total: int, label: str) -> None:
        if not self.enabled:
            return
        if self._progress is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

            self._progress = Progress(
                "[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                TimeElapsedColumn(), console=Console(stderr=True), transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("analysing", total=total)
        self._progress.update(self._task, completed=done, description=f"analysing {label[-40:]}")

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


class _NullContext:
    def __enter__(self) -> Callable[[], None]:
        return lambda: None

    def __exit__(self, *exc: object) -> None:
        return None


def _progress(total: int, quiet: bool):  # type: ignore[no-untyped-def]
    """A rich progress bar on stderr for batches, only when stderr is a terminal."""
    if quiet or total < 2 or not sys.stderr.isatty():
        return _NullContext()
    from contextlib import contextmanager

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    @contextmanager
    def bar():  # type: ignore[no-untyped-def]
        with Progress(
            "[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), console=Console(stderr=True), transient=True,
        ) as progress:
            task = progress.add_task("briefing", total=total)
            yield lambda: progress.advance(task)

    return bar()


def _status(message: str, quiet: bool):  # type: ignore[no-untyped-def]
    """A spinner while a single article (and, the first time, the models) loads."""
    if quiet or not sys.stderr.isatty():
        from contextlib import nullcontext

        return nullcontext()
    from rich.console import Console

    return Console(stderr=True).status(message)


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
