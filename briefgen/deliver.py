"""Email delivery: send an already generated report (brief or digest) by SMTP.

The message is built with the standard :mod:`email` package (never by hand), so
headers are folded and RFC 2047-encoded correctly and a hostile article title
cannot inject a header. Delivery goes through :mod:`smtplib` with TLS
verification on by default. Every failure a user can cause becomes a one-line
:class:`~briefgen.errors.DeliveryError` (or :class:`ConfigError` for bad
settings), so a cron job's mail shows the reason and not a traceback.

Settings come from ``[smtp]`` in ``briefgen.toml`` < ``BRIEFGEN_SMTP_*`` < flags.
The password is the exception: it is read only from the file or the environment
(``BRIEFGEN_SMTP_PASSWORD``), because a flag would leak into ``ps`` output and
shell history, and it never appears in a repr, log line or error message.
"""

from __future__ import annotations

import email.policy
import email.utils
import json
import logging
import re
import smtplib
import socket
import ssl
import time
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence

from . import __version__
from .config import settings
from .errors import ConfigError, DeliveryError, InputError
from .render import counted

log = logging.getLogger(__name__)

SMTP_DEFAULTS: dict[str, Any] = {
    "host": "localhost",
    "port": 0,  # 0 = the default for the security mode (DEFAULT_PORTS)
    "user": "",
    "password": "",  # config file or BRIEFGEN_SMTP_PASSWORD only, never a flag
    "security": "starttls",  # starttls | ssl | none
    "from": "",
    "timeout": 30.0,  # seconds, per socket operation
    "ca_file": "",  # PEM bundle trusted *instead of* the system store when set
    "insecure": False,  # skip TLS certificate verification (explicit opt-out)
    "retries": 3,  # extra attempts after a transient (4xx) reply
    "backoff": 2.0,  # first retry delay in seconds, doubled each time
}
SECURITY_MODES = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
REPORT_SUFFIXES = (".md", ".html", ".pdf", ".json")
SUBJECT_MAX = 180  # characters; keeps the encoded header well under mail-client limits
POLICY = email.policy.SMTP  # CRLF line endings, RFC 2047 for non-ASCII headers

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class SmtpSettings:
    """Resolved SMTP settings; the password is kept out of repr so it cannot leak into logs."""

    host: str = "localhost"
    port: int = 587
    user: str = ""
    password: str = field(default="", repr=False)
    security: str = "starttls"
    sender: str = ""
    timeout: float = 30.0
    ca_file: str = ""
    insecure: bool = False
    retries: int = 3
    backoff: float = 2.0

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> "SmtpSettings":
        """Validate raw values (TOML may hold strings where ints belong) into settings."""
        merged = {**SMTP_DEFAULTS, **values}
        security = str(merged["security"]).strip().lower()
        if security not in SECURITY_MODES:
            raise ConfigError(
                f"SMTP security must be one of {', '.join(SECURITY_MODES)}, not {merged['security']!r}"
            )
        port = _number(merged["port"], int, "SMTP port")
        if not 0 <= port <= 65535:
            raise ConfigError(f"SMTP port out of range: {port}")
        timeout = _number(merged["timeout"], float, "SMTP timeout")
        retries = _number(merged["retries"], int, "SMTP retries")
        backoff = _number(merged["backoff"], float, "SMTP backoff")
        if timeout <= 0 or retries < 0 or backoff < 0:
            raise ConfigError("SMTP timeout must be > 0, retries and backoff >= 0")
        insecure = merged["insecure"]
        if not isinstance(insecure, bool):
            insecure = str(insecure).strip().lower() in {"1", "true", "yes", "on"}
        host = str(merged["host"]).strip()
        if not host or _CONTROL.search(host):
            raise ConfigError(f"invalid SMTP host: {host!r}")
        ca_file = str(merged["ca_file"] or "")
        if ca_file and not Path(ca_file).is_file():
            raise ConfigError(f"SMTP ca_file not found: {ca_file}")
        return cls(
            host=host,
            port=port or DEFAULT_PORTS[security],
            user=str(merged["user"] or ""),
            password=str(merged["password"] or ""),
            security=security,
            sender=str(merged["from"] or ""),
            timeout=timeout,
            ca_file=ca_file,
            insecure=insecure,
            retries=retries,
            backoff=backoff,
        )

    @property
    def server(self) -> str:
        return f"{self.host}:{self.port}"


def _number(value: Any, kind: type, what: str) -> Any:
    if isinstance(value, bool):
        raise ConfigError(f"{what} must be a number, not {value!r}")
    try:
        return kind(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{what} must be a number, not {value!r}") from None


def smtp_settings(
    overrides: Optional[Mapping[str, Any]] = None,
    config_file: Optional[str | Path] = None,
) -> SmtpSettings:
    """SMTP settings: ``[smtp]`` in the config file < ``BRIEFGEN_SMTP_*`` < ``overrides``.

    ``overrides`` are the command-line flags (``None`` = flag not given). A
    ``password`` override is refused: flags end up in shell history and ``ps``.
    """
    overrides = dict(overrides or {})
    if overrides.get("password") is not None:
        raise ConfigError(
            "the SMTP password is read only from the config file or BRIEFGEN_SMTP_PASSWORD"
        )
    unknown = sorted(set(overrides) - set(SMTP_DEFAULTS))
    if unknown:
        raise ConfigError(f"unknown SMTP setting: {', '.join(unknown)}")
    return SmtpSettings.from_mapping(settings("smtp", SMTP_DEFAULTS, overrides, config_file))


# --------------------------------------------------------------------------- reports


@dataclass(frozen=True)
class ReportFiles:
    """The sibling files of one generated report (``NAME.md``, ``.html``, ``.pdf``, ``.json``)."""

    stem: Path
    md: Optional[Path] = None
    html: Optional[Path] = None
    pdf: Optional[Path] = None
    json: Optional[Path] = None

    @property
    def name(self) -> str:
        return self.stem.name


def _siblings(stem: Path) -> dict[str, Optional[Path]]:
    found: dict[str, Optional[Path]] = {}
    for suffix in REPORT_SUFFIXES:
        candidate = stem.with_name(stem.name + suffix)
        found[suffix[1:]] = candidate if candidate.is_file() else None
    return found


def find_report(path: str | Path) -> ReportFiles:
    """Locate a report from any of its files or its stem, so users can pass what tab-completion gives."""
    path = Path(path)
    stems = []
    if path.suffix.lower() in REPORT_SUFFIXES:
        stems.append(path.with_suffix(""))
    stems.append(path)
    if path.suffix and path.suffix.lower() not in REPORT_SUFFIXES:
        stems.append(path.with_suffix(""))
    for stem in stems:
        found = _siblings(stem)
        if found["md"] or found["json"]:
            return ReportFiles(stem=stem, **found)
    raise InputError(f"no report at {path}: expected {stems[0]}.md or {stems[0]}.json")


@dataclass
class _Report:
    """What the message is built from: the report's data, loaded once."""

    kind: str  # brief | digest | text
    title: str
    date: Optional[str]
    data: dict[str, Any]
    markdown: Optional[str]
    pdf: Optional[bytes]
    pdf_name: Optional[str]


def _load(report: ReportFiles) -> _Report:
    data: dict[str, Any] = {}
    if report.json:
        try:
            loaded = json.loads(report.json.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"cannot read report {report.json}: {exc}") from None
        if not isinstance(loaded, dict):
            raise InputError(f"not a briefgen report: {report.json}")
        data = loaded
    markdown = None
    if report.md:
        try:
            markdown = report.md.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise InputError(f"cannot read report {report.md}: {exc.strerror or exc}") from None
    pdf = None
    if report.pdf:
        try:
            pdf = report.pdf.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read report {report.pdf}: {exc.strerror or exc}") from None
    else:
        log.warning("no PDF for report %s; sending without attachment", report.stem)

    if isinstance(data.get("stories"), list):
        kind, date = "digest", data.get("date")
    elif data:
        kind, date = "brief", (data.get("source") or {}).get("published")
    else:
        kind, date = "text", None
    title = str(data.get("title") or "").strip() or _markdown_title(markdown) or report.name
    return _Report(
        kind=kind,
        title=title,
        date=str(date) if date else None,
        data=data,
        markdown=markdown,
        pdf=pdf,
        pdf_name=report.pdf.name if report.pdf else None,
    )


def _markdown_title(markdown: Optional[str]) -> Optional[str]:
    for line in (markdown or "").splitlines():
        if line.startswith("# "):
            return re.sub(r"\\(.)", r"\1", line[2:]).strip()
    return None


# --------------------------------------------------------------------------- message


def clean_header_text(text: str, limit: int = SUBJECT_MAX) -> str:
    """One line of header-safe text: CR/LF and control characters become spaces, length capped."""
    text = " ".join(_CONTROL.sub(" ", str(text)).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def subject_for(title: str, date: Optional[str], kind: str = "brief") -> str:
    label = "Digest" if kind == "digest" else "Brief"
    title = clean_header_text(title, SUBJECT_MAX - 30) or "untitled"
    return clean_header_text(f"{label}: {title} — {date}" if date else f"{label}: {title}")


def parse_addresses(values: Iterable[str] | str | None, what: str = "recipient") -> list[str]:
    """Validate addresses (``a@x``, ``Name <a@x>``, comma lists) and return them formatted.

    Refusing control characters here is what makes ``--to 'a@x\\r\\nBcc: ...'``
    harmless; the header registry then re-serialises each address itself.
    """
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    result: list[str] = []
    for value in values:
        if _CONTROL.search(value):
            raise ConfigError(f"invalid {what} address (control characters): {value!r}")
        pairs = email.utils.getaddresses([value])
        if not pairs or not value.strip():
            raise ConfigError(f"invalid {what} address: {value!r}")
        for name, addr in pairs:
            if not re.fullmatch(r"[^@\s<>(),;:\"\[\]\\]+@[A-Za-z0-9.-]+", addr or ""):
                raise ConfigError(f"invalid {what} address: {value!r}")
            if not addr.isascii():
                raise ConfigError(f"non-ASCII {what} address not supported: {addr!r}")
            result.append(email.utils.formataddr((name, addr)) if name else addr)
    return result


def _addr_spec(address: str) -> str:
    return email.utils.parseaddr(address)[1]


@lru_cache(maxsize=8)
def _environment(dirs: tuple[Path, ...]) -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in dirs]),
        autoescape=True,  # article text is data, never markup
        # Digest JSON is still evolving: a missing key renders empty instead of failing.
        undefined=jinja2.ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["http_url"] = lambda url: url if isinstance(url, str) and re.match(r"https?://", url) else ""
    from .render import caveat_note, figure_change, figure_note, figure_when

    env.filters["figure_note"] = figure_note  # "7000 (at least)": the same notes as the brief's table
    env.filters["figure_change"] = figure_change  # "down 23.5%": how it changed, as the brief's table says
    env.filters["caveat_note"] = caveat_note  # "militants (not verified)"
    env.filters["figure_when"] = figure_when  # "people killed in March 2011"
    env.globals["version"] = __version__
    return env


def _template_dirs(template_dir: Optional[str | Path]) -> tuple[Path, ...]:
    """User folder first, then the project's ``templates/`` (same lookup as the renderers)."""
    from .render import template_dirs

    return tuple(template_dirs(template_dir))


def render_html(report: _Report, template_dir: Optional[str | Path] = None) -> str:
    import jinja2

    from .render import figures_shown, merge_range_rows, merge_repeated_rows

    figures = [
        f for f in report.data.get("figures") or [] if isinstance(f, dict) and f.get("kind", "figure") == "figure"
    ]
    key = set(report.data.get("bluf_sentences") or []).union(
        *((p.get("sentences") or []) for p in report.data.get("key_points") or [] if isinstance(p, dict))
    )
    sentences = [s for s in report.data.get("sentences") or [] if isinstance(s, str)]
    rows = merge_range_rows(figures, sentences)
    figures, figures_left_out = figures_shown(merge_repeated_rows(rows)[0], key)  # as the brief's own table
    try:
        template = _environment(_template_dirs(template_dir)).get_template("email.html.j2")
        return template.render(
            kind=report.kind,
            title=report.title,
            date=report.date,
            report=report.data,
            figures=figures,
            figures_left_out=figures_left_out,
            markdown=report.markdown or "",
            attachment=report.pdf_name,
        )
    except jinja2.TemplateError as exc:
        raise ConfigError(f"email template error: {exc}") from None


def render_text(report: _Report) -> str:
    """The plain-text part: the report's Markdown, or a plain listing when only JSON exists."""
    if report.markdown is not None:
        return report.markdown
    data = report.data
    lines = [report.title, "=" * min(len(report.title), 72), ""]
    if report.date:
        lines += [f"Date: {report.date}", ""]
    if report.kind == "digest":
        for story in data.get("stories") or []:
            lines += [str(story.get("title", "")), ""]
            lines += [f"  - {p.get('text', '')}" for p in story.get("key_points") or []] + [""]
    else:
        if data.get("bluf"):
            lines += [f"Bottom line: {data['bluf']}", ""]
        lines += ["Key points:"]
        lines += [f"{i}. {p.get('text', '')}" for i, p in enumerate(data.get("key_points") or [], 1)]
        lines += [""]
    return "\n".join(lines)


def build_message(
    report: ReportFiles,
    to: Sequence[str],
    cc: Sequence[str] = (),
    bcc: Sequence[str] = (),
    sender: str = "",
    date: Optional[datetime] = None,
    template_dir: Optional[str | Path] = None,
) -> EmailMessage:
    """The complete message: text + inline-styled HTML alternatives, the PDF attached.

    Bcc recipients are deliberately absent: they exist only in the SMTP envelope
    (see :func:`envelope_recipients`), so no copy of the message reveals them.
    """
    to_list = parse_addresses(to, "To")
    cc_list = parse_addresses(cc, "Cc")
    parse_addresses(bcc, "Bcc")  # validated now, used only for the envelope
    if not to_list and not cc_list and not bcc:
        raise ConfigError("no recipients: give at least one --to address")
    from_list = parse_addresses(sender or default_sender(), "From")
    if len(from_list) != 1:
        raise ConfigError(f"the From address must be a single address: {sender!r}")
    data = _load(report)
    when = (date or datetime.now()).astimezone()

    msg = EmailMessage(policy=POLICY)
    msg["Subject"] = subject_for(data.title, data.date or when.date().isoformat(), data.kind)
    msg["From"] = from_list[0]
    # Bcc-only mail still gets a To header (RFC 5322 group syntax), as MUAs do.
    if to_list:
        msg["To"] = ", ".join(to_list)
    elif not cc_list:
        msg["To"] = "undisclosed-recipients:;"
    if cc_list:
        msg["Cc"] = ", ".join(cc_list)
    msg["Date"] = email.utils.format_datetime(when)
    domain = _addr_spec(from_list[0]).rpartition("@")[2] or "localhost"
    msg["Message-ID"] = email.utils.make_msgid(idstring="briefgen", domain=domain)
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation auto-replies to a cron job
    msg["X-Mailer"] = f"briefgen {__version__}"

    msg.set_content(render_text(data), subtype="plain", charset="utf-8")
    msg.add_alternative(render_html(data, template_dir), subtype="html", charset="utf-8")
    if data.pdf is not None:
        msg.add_attachment(data.pdf, maintype="application", subtype="pdf", filename=data.pdf_name)
    return msg


def default_sender(settings_: Optional[SmtpSettings] = None) -> str:
    """Configured From, else the login if it is an address, else briefgen@<hostname>."""
    if settings_ and settings_.sender:
        return settings_.sender
    if settings_ and "@" in settings_.user:
        return settings_.user
    host = socket.gethostname()
    return f"briefgen@{host if re.fullmatch(r'[A-Za-z0-9.-]+', host or '') else 'localhost'}"


def envelope_recipients(to: Sequence[str] = (), cc: Sequence[str] = (), bcc: Sequence[str] = ()) -> list[str]:
    """Bare addresses for RCPT TO, de-duplicated (case-insensitively) in order."""
    seen: set[str] = set()
    result = []
    for address in [*parse_addresses(to), *parse_addresses(cc), *parse_addresses(bcc)]:
        spec = _addr_spec(address)
        if spec.lower() not in seen:
            seen.add(spec.lower())
            result.append(spec)
    return result


def message_bytes(message: EmailMessage) -> bytes:
    """The exact bytes sent on the wire and written by ``--dry-run``."""
    return message.as_bytes(policy=POLICY)


def write_eml(message: EmailMessage, path: str | Path) -> Path:
    """Write the message atomically, so a half-written .eml is never left behind."""
    from .errors import RenderError
    from .files import write_atomic

    try:
        return write_atomic(path, message_bytes(message))
    except RenderError as exc:
        raise DeliveryError(str(exc)) from None


# --------------------------------------------------------------------------- delivery


@dataclass
class DeliveryResult:
    """What happened: who accepted, who refused (with the server's reply), how many tries."""

    message_id: str
    subject: str
    sender: str
    recipients: list[str]
    accepted: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)  # address -> "550 5.1.1 ..."
    attempts: int = 0
    server: Optional[str] = None  # host:port; None for a dry run
    eml: Optional[Path] = None  # the --dry-run file

    @property
    def ok(self) -> bool:
        """True when every recipient accepted (or nothing was sent: a dry run)."""
        return not self.refused

    def __str__(self) -> str:
        if self.eml is not None:
            return f"wrote {self.eml} ({counted(len(self.recipients), 'recipient')}, not sent)"
        text = f"sent {self.subject!r} to {counted(len(self.accepted), 'recipient')} via {self.server}"
        if self.refused:
            text += "; refused: " + "; ".join(f"{a}: {r}" for a, r in self.refused.items())
        return text


def _reply(code: int, message: Any) -> str:
    """An SMTP reply on one line, however many lines the server sent."""
    if isinstance(message, bytes):
        message = message.decode("utf-8", "replace")
    return " ".join(f"{code} {message}".split())


class _Transient(Exception):
    """A 4xx reply for the whole transaction: worth another attempt."""

    def __init__(self, reply: str):
        super().__init__(reply)
        self.reply = reply


def tls_context(cfg: SmtpSettings) -> ssl.SSLContext:
    """Verifying context (system store, or ``ca_file`` only); unverified only when asked."""
    try:
        context = ssl.create_default_context(cafile=cfg.ca_file or None)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"cannot load SMTP ca_file {cfg.ca_file}: {exc}") from None
    if cfg.insecure:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _transaction(cfg: SmtpSettings, sender: str, recipients: list[str], data: bytes) -> dict[str, tuple[int, bytes]]:
    """One SMTP session; returns the per-recipient refusals (empty when all accepted)."""
    context = tls_context(cfg) if cfg.security != "none" else None
    if cfg.security == "ssl":
        client: smtplib.SMTP = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout, context=context)
    else:
        client = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
    try:
        client.ehlo()
        if cfg.security == "starttls":
            if not client.has_extn("starttls"):
                raise DeliveryError(
                    f"SMTP server {cfg.server} does not offer STARTTLS (use security = ssl, "
                    "or none on a trusted network)"
                )
            client.starttls(context=context)
            client.ehlo()
        if cfg.user:
            if not client.has_extn("auth"):
                raise DeliveryError(f"SMTP server {cfg.server} does not offer AUTH for user {cfg.user}")
            client.login(cfg.user, cfg.password)
        try:
            return client.sendmail(sender, recipients, data)
        except smtplib.SMTPRecipientsRefused as exc:
            return exc.recipients
    finally:
        # Not ``with client``: its QUIT raises on an odd reply, which after a
        # successful DATA would make us retry and deliver twice.
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            client.close()


def _attempt(cfg: SmtpSettings, sender: str, recipients: list[str], data: bytes) -> dict[str, tuple[int, bytes]]:
    """Run one transaction, translating every failure to _Transient or a one-line DeliveryError."""
    where = cfg.server
    try:
        return _transaction(cfg, sender, recipients, data)
    except smtplib.SMTPAuthenticationError as exc:
        reply = _reply(exc.smtp_code, exc.smtp_error)
        if 400 <= exc.smtp_code < 500:
            raise _Transient(reply) from None
        raise DeliveryError(f"SMTP authentication failed for user {cfg.user} at {where}: {reply}") from None
    except smtplib.SMTPResponseException as exc:
        reply = _reply(exc.smtp_code, exc.smtp_error)
        if 400 <= exc.smtp_code < 500:
            raise _Transient(reply) from None
        raise DeliveryError(f"SMTP server {where} refused the message: {reply}") from None
    except smtplib.SMTPNotSupportedError as exc:
        raise DeliveryError(f"SMTP server {where}: {' '.join(str(exc).split())}") from None
    except smtplib.SMTPServerDisconnected as exc:
        if "timed out" in str(exc):  # smtplib reports a read timeout as a disconnect
            raise DeliveryError(f"SMTP server {where} timed out after {cfg.timeout:g}s") from None
        raise DeliveryError(f"SMTP server {where} closed the connection unexpectedly") from None
    except ssl.SSLCertVerificationError as exc:
        reason = exc.verify_message or exc.reason or "certificate verify failed"
        raise DeliveryError(
            f"TLS certificate verification failed for {where}: {reason} "
            "(set ca_file to trust its CA, or --insecure to skip verification)"
        ) from None
    except ssl.SSLError as exc:
        raise DeliveryError(f"TLS error with {where}: {exc.reason or exc}") from None
    except ConnectionRefusedError:
        raise DeliveryError(f"cannot connect to SMTP server {where}: connection refused") from None
    except (socket.timeout, TimeoutError):
        raise DeliveryError(f"SMTP server {where} timed out after {cfg.timeout:g}s") from None
    except socket.gaierror as exc:
        raise DeliveryError(f"cannot resolve SMTP host {cfg.host}: {exc.strerror or exc}") from None
    except OSError as exc:
        raise DeliveryError(f"cannot talk to SMTP server {where}: {exc.strerror or exc}") from None
    except smtplib.SMTPException as exc:
        raise DeliveryError(f"SMTP error with {where}: {' '.join(str(exc).split())}") from None


def send(
    message: EmailMessage,
    settings_: SmtpSettings | Mapping[str, Any],
    recipients: Sequence[str],
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> DeliveryResult:
    """Deliver ``message`` to the envelope ``recipients``, retrying 4xx replies with backoff.

    A transient reply to the whole transaction retries everyone still pending; a
    transient refusal of one recipient retries just that recipient. Permanent
    refusals of some recipients are reported in the result; only when nobody
    accepted the message is that an error.
    """
    cfg = settings_ if isinstance(settings_, SmtpSettings) else SmtpSettings.from_mapping(settings_)
    if cfg.user and cfg.security == "none" and not cfg.insecure:
        raise ConfigError(
            "refusing to send the SMTP password unencrypted (security = none); "
            "use starttls or ssl, or --insecure"
        )
    if cfg.user and not cfg.password:
        raise ConfigError(
            f"SMTP user {cfg.user} has no password: set it in the config file or BRIEFGEN_SMTP_PASSWORD"
        )
    if not (cfg.user + cfg.password).isascii():
        # smtplib encodes AUTH responses as ASCII; fail clearly before connecting.
        raise ConfigError("the SMTP user name and password must be ASCII")
    envelope = envelope_recipients(recipients)
    if not envelope:
        raise ConfigError("no recipients: give at least one --to address")
    sender = _addr_spec(str(message["From"] or "")) or _addr_spec(default_sender(cfg))
    result = DeliveryResult(
        message_id=str(message["Message-ID"] or ""),
        subject=str(message["Subject"] or ""),
        sender=sender,
        recipients=envelope,
        server=cfg.server,
    )
    data = message_bytes(message)
    pending = list(envelope)
    last: dict[str, str] = {}
    attempts = cfg.retries + 1
    log.info("sending %r to %d recipient(s) via %s (%s)", result.subject, len(envelope), cfg.server, cfg.security)
    for attempt in range(1, attempts + 1):
        result.attempts = attempt
        try:
            refusals = _attempt(cfg, sender, pending, data)
        except _Transient as exc:
            last = {addr: exc.reply for addr in pending}
        except DeliveryError as exc:
            if not result.accepted:
                raise
            result.refused.update({addr: str(exc) for addr in pending})  # others already have it
            pending = []
            break
        else:
            last = {}
            for addr in pending:
                if addr not in refusals:
                    result.accepted.append(addr)
                    continue
                code, text = refusals[addr]
                if 400 <= code < 500:
                    last[addr] = _reply(code, text)
                else:
                    result.refused[addr] = _reply(code, text)
                    log.warning("recipient %s refused: %s", addr, result.refused[addr])
        pending = [addr for addr in pending if addr in last]
        if not pending:
            break
        if attempt < attempts:
            delay = cfg.backoff * 2 ** (attempt - 1)
            log.warning(
                "SMTP server %s answered %s; retrying in %gs (attempt %d of %d)",
                cfg.server, next(iter(last.values())), delay, attempt + 1, attempts,
            )
            sleep(delay)
    for addr in pending:
        result.refused[addr] = f"{last[addr]} (gave up after {counted(attempts, 'attempt')})"
    if not result.accepted:
        if pending == envelope:
            raise DeliveryError(
                f"SMTP server {cfg.server} kept answering {last[pending[0]]} ({counted(attempts, 'attempt')})"
            )
        raise DeliveryError(
            f"SMTP server {cfg.server} refused every recipient: "
            + "; ".join(f"{a}: {r}" for a, r in result.refused.items())
        )
    return result


def email_report(
    report_path: str | Path,
    to: Sequence[str] = (),
    cc: Sequence[str] = (),
    bcc: Sequence[str] = (),
    *,
    sender: Optional[str] = None,
    dry_run: Optional[str | Path] = None,
    overrides: Optional[Mapping[str, Any]] = None,
    config_file: Optional[str | Path] = None,
    template_dir: Optional[str | Path] = None,
    date: Optional[datetime] = None,
    sleep: Callable[[float], None] = time.sleep,
) -> DeliveryResult:
    """``briefgen email``: build the message for a report and send it (or write it with ``dry_run``).

    ``overrides`` carries the SMTP flags (``host``, ``port``, ``security``,
    ``insecure``, ``timeout``, ``ca_file``...) with ``None`` for a flag not given;
    pass ``insecure=None`` rather than ``False`` when ``--insecure`` is absent so a
    config-file ``insecure = true`` still applies. ``sender`` is ``--from``.
    """
    overrides = dict(overrides or {})
    if sender is not None:
        overrides["from"] = sender
    cfg = smtp_settings(overrides, config_file)
    report = find_report(report_path)
    message = build_message(
        report, to, cc, bcc, sender=default_sender(cfg), date=date, template_dir=template_dir
    )
    recipients = envelope_recipients(to, cc, bcc)
    if dry_run is not None:
        path = write_eml(message, dry_run)
        log.info("dry run: wrote %s for %d recipient(s)", path, len(recipients))
        return DeliveryResult(
            message_id=str(message["Message-ID"]),
            subject=str(message["Subject"]),
            sender=_addr_spec(str(message["From"])),
            recipients=recipients,
            eml=path,
        )
    return send(message, cfg, recipients, sleep=sleep)
