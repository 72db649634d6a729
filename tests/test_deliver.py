"""Email delivery against a real SMTP server (aiosmtpd on 127.0.0.1, random free port).

Each test starts its own server with the behaviour it needs (plain, STARTTLS with a
certificate made here, AUTH, 451-then-accept, 550, per-recipient refusal) and checks
the message the server actually received.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import ipaddress
import json
import logging
import socket
import ssl
from contextlib import contextmanager
from email.header import decode_header, make_header
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from briefgen.deliver import (
    SmtpSettings,
    build_message,
    email_report,
    find_report,
    send,
    smtp_settings,
    write_eml,
)
from briefgen.errors import ConfigError, DeliveryError, InputError

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n\x00\x01\x02\xff binary tail\n%%EOF\n"
KEY_POINTS = [
    "Floodwaters forced 1,200 residents from their homes overnight.",
    "The regional council declared a state of emergency on Tuesday.",
]
PASSWORD = "s3cr3t-Password!"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    """No stray config: every test starts without BRIEFGEN_* variables or a briefgen.toml."""
    import os

    for name in list(os.environ):
        if name.startswith("BRIEFGEN_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def write_report(folder: Path, title: str = "River floods hit Valley Town", pdf: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    brief = {
        "title": title,
        "source": {"input": "a.txt", "url": "https://news.example/floods", "published": "2024-05-14",
                   "publisher": "Example News"},
        "bluf": "Valley Town is flooded; 1,200 people have left their homes.",
        "bluf_sentences": [0],
        "key_points": [{"text": t, "sentences": [i]} for i, t in enumerate(KEY_POINTS)],
        "figures": [
            {"value": 1200, "text": "1,200", "qualifier": "exact", "unit": "people", "currency": None,
             "category": "displaced", "subject": "residents evacuated", "attribution": "the council",
             "sentence": 0, "kind": "figure"},
            {"value": 82, "text": "82-year-old", "qualifier": "exact", "unit": "count", "currency": None,
             "category": "other", "subject": "age", "attribution": None, "sentence": 1, "kind": "age"},
        ],
        "entities": {"people": [], "organisations": [], "places": []},
        "quotes": [], "timeline": [], "sentences": ["s1", "s2"],
    }
    stem = folder / "floods"
    stem.with_suffix(".json").write_text(json.dumps(brief), encoding="utf-8")
    md = f"# {title}\n\n**Bottom line:** {brief['bluf']}\n\n## Key points\n\n"
    md += "".join(f"{i}. {t}\n" for i, t in enumerate(KEY_POINTS, 1))
    stem.with_suffix(".md").write_text(md, encoding="utf-8")
    if pdf:
        stem.with_suffix(".pdf").write_bytes(PDF)
    return stem.with_suffix(".md")


@pytest.fixture
def report(tmp_path) -> Path:
    return write_report(tmp_path / "reports")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Recorder:
    """aiosmtpd handler keeping every accepted envelope; subclasses script failures."""

    def __init__(self):
        self.envelopes = []
        self.data_calls = 0
        self.rcpt_calls = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.rcpt_calls.append(address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.data_calls += 1
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


@contextmanager
def smtp_server(handler=None, **kwargs):
    handler = handler or Recorder()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), ready_timeout=5, **kwargs)
    controller.start()
    try:
        yield controller, handler
    finally:
        controller.stop()


def settings_for(controller, **extra) -> SmtpSettings:
    values = {"host": "127.0.0.1", "port": controller.port, "security": "none", "timeout": 5.0,
              "retries": 2, "backoff": 0.5, **extra}
    return SmtpSettings.from_mapping(values)


def received(handler) -> email.message.EmailMessage:
    assert handler.envelopes, "the server received nothing"
    return email.message_from_bytes(handler.envelopes[-1].content, policy=email.policy.default)


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory):
    """A throw-away CA and a server certificate for 127.0.0.1 signed by it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    folder = tmp_path_factory.mktemp("tls")
    now = dt.datetime.now(dt.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "briefgen test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                                    x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return ca_file, cert_file, key_file


@pytest.fixture
def server_tls(tls_files) -> ssl.SSLContext:
    _, cert_file, key_file = tls_files
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    return context


# --------------------------------------------------------------------------- message


def test_plain_delivery_message_content(report):
    with smtp_server() as (controller, handler):
        msg = build_message(find_report(report), ["Ops Team <ops@example.org>"], cc=["cc@example.org"],
                            bcc=["hidden@example.org"], sender="briefs@example.org")
        result = send(msg, settings_for(controller), ["ops@example.org", "cc@example.org", "hidden@example.org"])

    assert result.ok and result.attempts == 1
    assert result.accepted == ["ops@example.org", "cc@example.org", "hidden@example.org"]
    envelope = handler.envelopes[0]
    assert envelope.mail_from == "briefs@example.org"
    assert envelope.rcpt_tos == ["ops@example.org", "cc@example.org", "hidden@example.org"]

    got = received(handler)
    assert got.get_content_type() == "multipart/mixed"
    alternative, attachment = got.get_payload()
    assert alternative.get_content_type() == "multipart/alternative"
    text, html = alternative.get_payload()
    assert text.get_content_type() == "text/plain" and html.get_content_type() == "text/html"
    for point in KEY_POINTS:
        assert point in text.get_content()
        assert point in html.get_content()
    assert "Bottom line" in html.get_content() and "residents evacuated" in html.get_content()
    assert "82-year-old" not in html.get_content()  # ages stay out of the figures table
    assert "<style" not in html.get_content()  # inline styles only
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "floods.pdf"
    assert attachment.get_payload(decode=True) == PDF

    assert got["Subject"] == "Brief: River floods hit Valley Town — 2024-05-14"
    assert got["To"] == "Ops Team <ops@example.org>" and got["Cc"] == "cc@example.org"
    assert "Bcc" not in got and b"hidden@example.org" not in envelope.content
    assert got["Message-ID"].startswith("<") and got["Message-ID"].endswith("@example.org>")
    assert email.utils.parsedate_to_datetime(got["Date"]) is not None


def test_header_injection_and_non_ascii_title(tmp_path):
    title = "Évacuation à Zürich\r\nBcc: evil@x.example\r\n\r\nbody 東京 " + "long " * 80
    path = write_report(tmp_path / "r", title=title)
    msg = build_message(find_report(path), ["ops@example.org"], sender="b@example.org")
    raw = bytes(msg)
    headers = raw.split(b"\r\n\r\n", 1)[0]
    assert headers.isascii()  # non-ASCII is RFC 2047-encoded
    # Folded continuation lines start with whitespace: no line can start a new header.
    lines = headers.split(b"\r\n")
    assert not [l for l in lines if l.lower().startswith(b"bcc:")]
    assert [l.split(b":")[0] for l in lines if l[:1] not in (b" ", b"\t")].count(b"Subject") == 1

    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert len(parsed.get_all("Subject")) == 1
    assert parsed.get_all("Bcc") is None
    subject = str(make_header(decode_header(parsed["Subject"])))
    assert "\r" not in subject and "\n" not in subject
    assert subject.startswith("Brief: Évacuation à Zürich Bcc: evil@x.example body 東京")
    assert len(subject) <= 180


@pytest.mark.parametrize("bad", ["ops@example.org\r\nBcc: evil@x.example", "not an address", "a@b\x00c"])
def test_recipient_injection_refused(report, bad):
    with pytest.raises(ConfigError):
        build_message(find_report(report), [bad], sender="b@example.org")


def test_find_report_from_any_sibling(report, tmp_path):
    stem = report.with_suffix("")
    for given in (report, stem.with_suffix(".pdf"), stem.with_suffix(".json"), stem):
        found = find_report(given)
        assert found.stem == stem and found.pdf == stem.with_suffix(".pdf")
    with pytest.raises(InputError, match="no report"):
        find_report(tmp_path / "missing.md")


def test_markdown_only_report_falls_back_to_pre(tmp_path):
    (tmp_path / "r.md").write_text("# Plain <b>report</b>\n\n1. First & point\n", encoding="utf-8")
    msg = build_message(find_report(tmp_path / "r.md"), ["ops@example.org"], sender="b@example.org",
                        date=dt.datetime(2024, 5, 15, 7, 0, tzinfo=dt.timezone.utc))
    html = msg.get_body(("html",)).get_content()
    assert "<pre" in html and "Plain &lt;b&gt;report&lt;/b&gt;" in html and "First &amp; point" in html
    assert msg["Subject"] == "Brief: Plain <b>report</b> — 2024-05-15"
    assert not list(msg.iter_attachments())


def test_digest_html_lists_stories(tmp_path):
    digest = {"title": "Morning digest", "date": "2024-05-15", "stories": [
        {"title": "Floods", "key_points": [{"text": "Rivers burst banks.", "sources": [1, 2]}], "figures": [],
         "articles": [{"title": "A", "url": "javascript:alert(1)", "publisher": "Pub <A>"}]},
        {"title": "Budget", "key_points": [{"text": "Spending rises.", "sources": [3]}], "figures": [],
         "articles": ["b.txt"]},
    ]}
    (tmp_path / "d.json").write_text(json.dumps(digest), encoding="utf-8")
    msg = build_message(find_report(tmp_path / "d"), ["ops@example.org"], sender="b@example.org")
    html = msg.get_body(("html",)).get_content()
    text = msg.get_body(("plain",)).get_content()
    assert msg["Subject"] == "Digest: Morning digest — 2024-05-15"
    for needle in ("Floods", "Rivers burst banks.", "Budget", "Spending rises.", "Pub &lt;A&gt;"):
        assert needle in html
    assert "javascript:" not in html
    assert "Rivers burst banks." in text and "Spending rises." in text


# --------------------------------------------------------------------------- transport


def test_starttls_with_ca_file(report, tls_files, server_tls):
    ca_file = tls_files[0]
    with smtp_server(tls_context=server_tls, require_starttls=True) as (controller, handler):
        msg = build_message(find_report(report), ["ops@example.org"], sender="b@example.org")
        result = send(msg, settings_for(controller, security="starttls", ca_file=str(ca_file)), ["ops@example.org"])
        assert result.ok
        assert received(handler).get_body(("plain",)).get_content().count(KEY_POINTS[0]) == 1

        # Without the CA the self-signed chain must be rejected, clearly and on one line.
        with pytest.raises(DeliveryError, match="certificate verification failed") as info:
            send(msg, settings_for(controller, security="starttls"), ["ops@example.org"])
        assert "\n" not in str(info.value) and "ca_file" in str(info.value)

        # ...unless verification is explicitly switched off.
        assert send(msg, settings_for(controller, security="starttls", insecure=True), ["ops@example.org"]).ok
    assert len(handler.envelopes) == 2


def test_implicit_tls(report, tls_files, server_tls):
    with smtp_server(ssl_context=server_tls) as (controller, handler):
        msg = build_message(find_report(report), ["ops@example.org"], sender="b@example.org")
        assert send(msg, settings_for(controller, security="ssl", ca_file=str(tls_files[0])), ["ops@example.org"]).ok
    assert received(handler)["Subject"].startswith("Brief: ")


def test_auth_over_starttls_from_env(report, tls_files, server_tls, monkeypatch, caplog):
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        assert isinstance(auth_data, LoginPassword)
        logins.append(auth_data.login)
        ok = auth_data.login == b"briefs" and auth_data.password == PASSWORD.encode()
        return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535

    monkeypatch.setenv("BRIEFGEN_SMTP_USER", "briefs")
    monkeypatch.setenv("BRIEFGEN_SMTP_PASSWORD", PASSWORD)
    monkeypatch.setenv("BRIEFGEN_SMTP_CA_FILE", str(tls_files[0]))
    monkeypatch.setenv("BRIEFGEN_SMTP_TIMEOUT", "5")
    caplog.set_level(logging.DEBUG)
    with smtp_server(tls_context=server_tls, require_starttls=True, authenticator=authenticator,
                     auth_required=True) as (controller, handler):
        result = email_report(report, ["ops@example.org"], sender="briefs@example.org",
                              overrides={"host": "127.0.0.1", "port": controller.port})
        assert result.ok and logins == [b"briefs"]
        assert received(handler).get_body(("plain",)) is not None

        monkeypatch.setenv("BRIEFGEN_SMTP_PASSWORD", "wrong-" + PASSWORD)
        with pytest.raises(DeliveryError, match="authentication failed for user briefs") as info:
            email_report(report, ["ops@example.org"], overrides={"host": "127.0.0.1", "port": controller.port})

    cfg = smtp_settings({"host": "127.0.0.1"})
    for text in (str(result), repr(result), str(info.value), repr(cfg), str(cfg), caplog.text):
        assert PASSWORD not in text
    assert "\n" not in str(info.value)


def test_password_never_a_flag_nor_sent_in_clear(monkeypatch):
    with pytest.raises(ConfigError, match="BRIEFGEN_SMTP_PASSWORD"):
        smtp_settings({"password": PASSWORD})
    monkeypatch.setenv("BRIEFGEN_SMTP_PASSWORD", PASSWORD)
    cfg = smtp_settings({"user": "briefs", "security": "none", "host": "127.0.0.1", "port": 9})
    msg = EmailMessage()
    msg["From"] = "b@example.org"
    with pytest.raises(ConfigError, match="unencrypted") as info:
        send(msg, cfg, ["ops@example.org"])
    assert PASSWORD not in str(info.value)
    monkeypatch.setenv("BRIEFGEN_SMTP_PASSWORD", "Pässword")
    with pytest.raises(ConfigError, match="must be ASCII") as info:
        send(msg, smtp_settings({"user": "briefs", "host": "127.0.0.1", "port": 9}), ["ops@example.org"])
    assert "Pässword" not in str(info.value)


class FlakyData(Recorder):
    """451 for the first DATA, then accept: a greylisting server."""

    async def handle_DATA(self, server, session, envelope):
        self.data_calls += 1
        if self.data_calls == 1:
            return "451 4.7.1 Greylisted, please try again later"
        self.envelopes.append(envelope)
        return "250 OK"


def test_transient_reply_is_retried_with_backoff(report):
    delays = []
    with smtp_server(FlakyData()) as (controller, handler):
        msg = build_message(find_report(report), ["ops@example.org"], sender="b@example.org")
        result = send(msg, settings_for(controller, retries=3, backoff=1.5), ["ops@example.org"], sleep=delays.append)
    assert result.ok and result.attempts == 2 and handler.data_calls == 2
    assert delays == [1.5]
    assert received(handler).get_body(("plain",)) is not None


def test_transient_forever_gives_up_with_one_line(report):
    class AlwaysBusy(Recorder):
        async def handle_DATA(self, server, session, envelope):
            self.data_calls += 1
            return "451 4.3.0 Mailbox busy"

    delays = []
    with smtp_server(AlwaysBusy()) as (controller, handler):
        msg = build_message(find_report(report), ["ops@example.org"], sender="b@example.org")
        with pytest.raises(DeliveryError, match="451 4.3.0 Mailbox busy") as info:
            send(msg, settings_for(controller, retries=2, backoff=1.0), ["ops@example.org"], sleep=delays.append)
    assert handler.data_calls == 3 and delays == [1.0, 2.0]
    assert "\n" not in str(info.value)


def test_permanent_reply_is_a_clear_error(report):
    class Rejecting(Recorder):
        async def handle_DATA(self, server, session, envelope):
            self.data_calls += 1
            return "550 5.7.1 Message rejected\r\n as spam"

    delays = []
    with smtp_server(Rejecting()) as (controller, handler):
        msg = build_message(find_report(report), ["ops@example.org"], sender="b@example.org")
        with pytest.raises(DeliveryError) as info:
            send(msg, settings_for(controller), ["ops@example.org"], sleep=delays.append)
    message = str(info.value)
    assert "550 5.7.1 Message rejected" in message and "\n" not in message and "\r" not in message
    assert handler.data_calls == 1 and delays == []  # permanent: no retry
    assert info.value.exit_code == 7


class PickyRcpt(Recorder):
    """Refuses nobody@ permanently and slow@ once with 451."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.rcpt_calls.append(address)
        if address.startswith("nobody@"):
            return "550 5.1.1 No such user"
        if address.startswith("slow@") and self.rcpt_calls.count(address) == 1:
            return "451 4.2.0 Try later"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def test_per_recipient_refusals_reported(report):
    delays = []
    with smtp_server(PickyRcpt()) as (controller, handler):
        msg = build_message(find_report(report), ["ops@example.org", "nobody@example.org"],
                            bcc=["slow@example.org"], sender="b@example.org")
        result = send(msg, settings_for(controller),
                      ["ops@example.org", "nobody@example.org", "slow@example.org"], sleep=delays.append)
    assert result.accepted == ["ops@example.org", "slow@example.org"]
    assert result.refused == {"nobody@example.org": "550 5.1.1 No such user"}
    assert not result.ok and "nobody@example.org: 550 5.1.1 No such user" in str(result)
    # The retry went only to the recipient that was deferred: nobody got two copies.
    assert [e.rcpt_tos for e in handler.envelopes] == [["ops@example.org"], ["slow@example.org"]]
    assert result.attempts == 2 and delays == [0.5]


def test_all_recipients_refused_is_an_error(report):
    with smtp_server(PickyRcpt()) as (controller, handler):
        msg = build_message(find_report(report), ["nobody@example.org"], sender="b@example.org")
        with pytest.raises(DeliveryError, match="refused every recipient: nobody@example.org: 550"):
            send(msg, settings_for(controller), ["nobody@example.org"])
    assert handler.envelopes == []


def test_connection_refused(report):
    port = free_port()  # bound then closed: nothing listens there
    msg = build_message(find_report(report), ["ops@example.org"], sender="b@example.org")
    cfg = SmtpSettings.from_mapping({"host": "127.0.0.1", "port": port, "security": "none", "timeout": 2})
    with pytest.raises(DeliveryError, match=f"cannot connect to SMTP server 127.0.0.1:{port}: connection refused"):
        send(msg, cfg, ["ops@example.org"], sleep=pytest.fail)


def test_timeout(report):
    with socket.socket() as silent:  # accepts connections (backlog) but never greets
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        msg = build_message(find_report(report), ["ops@example.org"], sender="b@example.org")
        cfg = SmtpSettings.from_mapping({"host": "127.0.0.1", "port": silent.getsockname()[1],
                                         "security": "none", "timeout": 0.3})
        with pytest.raises(DeliveryError, match=r"timed out after 0.3s"):
            send(msg, cfg, ["ops@example.org"])


def test_starttls_required_but_not_offered(report):
    with smtp_server() as (controller, handler):
        msg = build_message(find_report(report), ["ops@example.org"], sender="b@example.org")
        with pytest.raises(DeliveryError, match="does not offer STARTTLS"):
            send(msg, settings_for(controller, security="starttls"), ["ops@example.org"])
    assert handler.envelopes == []


# --------------------------------------------------------------------------- email_report / settings


def test_dry_run_writes_exact_parseable_eml(report, tmp_path):
    out = tmp_path / "out" / "floods.eml"
    port = free_port()  # nothing listens: a dry run must not connect
    result = email_report(report, ["ops@example.org"], bcc=["hidden@example.org"], dry_run=out,
                          sender="Briefs <briefs@example.org>", overrides={"host": "127.0.0.1", "port": port})
    assert result.eml == out and result.server is None and result.attempts == 0
    assert result.recipients == ["ops@example.org", "hidden@example.org"]
    raw = out.read_bytes()
    assert b"\r\n" in raw and b"hidden@example.org" not in raw
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["From"] == "Briefs <briefs@example.org>" and parsed["Message-ID"] == result.message_id
    pdf = next(parsed.iter_attachments())
    assert pdf.get_payload(decode=True) == PDF
    assert KEY_POINTS[1] in parsed.get_body(("plain",)).get_content()
    assert [p.name for p in out.parent.iterdir()] == ["floods.eml"]  # no temp file left behind


def test_dry_run_file_is_exactly_what_is_sent(report, tmp_path):
    msg = build_message(find_report(report), ["ops@example.org"], sender="b@example.org")
    write_eml(msg, tmp_path / "m.eml")
    with smtp_server() as (controller, handler):
        send(msg, settings_for(controller), ["ops@example.org"])
    assert handler.envelopes[0].original_content == (tmp_path / "m.eml").read_bytes()


def test_settings_precedence(tmp_path, monkeypatch):
    (tmp_path / "briefgen.toml").write_text(
        '[smtp]\nhost = "file.example"\nport = 2525\nuser = "file-user"\nfrom = "file@example.org"\n'
        'security = "ssl"\nretries = 5\n',
        encoding="utf-8",
    )
    cfg = smtp_settings()
    assert (cfg.host, cfg.port, cfg.user, cfg.sender, cfg.security, cfg.retries) == (
        "file.example", 2525, "file-user", "file@example.org", "ssl", 5)

    monkeypatch.setenv("BRIEFGEN_SMTP_HOST", "env.example")
    monkeypatch.setenv("BRIEFGEN_SMTP_PORT", "2626")
    monkeypatch.setenv("BRIEFGEN_SMTP_FROM", "env@example.org")
    cfg = smtp_settings()
    assert (cfg.host, cfg.port, cfg.user, cfg.sender) == ("env.example", 2626, "file-user", "env@example.org")

    cfg = smtp_settings({"host": "flag.example", "port": None, "security": "starttls", "insecure": None})
    assert (cfg.host, cfg.port, cfg.security, cfg.insecure) == ("flag.example", 2626, "starttls", False)


def test_settings_defaults_and_validation(monkeypatch):
    assert smtp_settings().port == 587
    assert smtp_settings({"security": "ssl"}).port == 465
    assert smtp_settings({"security": "none"}).port == 25
    for bad in ({"security": "tls13"}, {"port": 70000}, {"timeout": 0}, {"bogus": 1}, {"ca_file": "/nope.pem"}):
        with pytest.raises(ConfigError):
            smtp_settings(bad)
    monkeypatch.setenv("BRIEFGEN_SMTP_PORT", "abc")
    with pytest.raises(ConfigError, match="BRIEFGEN_SMTP_PORT"):
        smtp_settings()


def test_bcc_only_uses_undisclosed_recipients(report):
    with smtp_server() as (controller, handler):
        result = email_report(report, bcc=["a@example.org", "b@example.org"], sender="b@example.org",
                              overrides={"host": "127.0.0.1", "port": controller.port, "security": "none"})
    got = received(handler)
    assert result.accepted == ["a@example.org", "b@example.org"]
    assert got["To"] == "undisclosed-recipients:;" and "Bcc" not in got
    assert b"a@example.org" not in handler.envelopes[0].content


def test_email_figures_show_what_the_quoted_words_do_not(tmp_path):
    """'more than 2100 vehicles and 7000 troops': the email's table says 7000 is 'at least' too."""
    path = write_report(tmp_path / "r")
    data = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    data["figures"].append(
        {"value": 7000, "text": "7000", "qualifier": "at least", "unit": "people", "currency": None,
         "category": "personnel", "subject": "troops", "attribution": None, "sentence": 0, "kind": "figure"}
    )
    path.with_suffix(".json").write_text(json.dumps(data), encoding="utf-8")
    msg = build_message(find_report(path), ["ops@example.org"], sender="briefs@example.org")
    html = next(part for part in msg.walk() if part.get_content_type() == "text/html").get_content()
    assert "7000" in html and "(at least)" in html
    assert "1,200 <span" not in html  # an exact figure written in digits needs no note


def test_the_email_table_shows_the_same_figures_as_the_brief():
    from briefgen.deliver import _Report, render_html

    figures = [{"text": str(i), "value": i, "qualifier": "exact", "subject": "things" if i == 25 else "", "sentence": i, "kind": "figure"} for i in range(30)]
    data = {"title": "T", "bluf": "b", "bluf_sentences": [0], "key_points": [{"text": "k", "sentences": [7]}], "figures": figures}
    html = render_html(_Report("brief", "T", None, data, None, None, None))
    assert "12 of 30 figures shown" in html
    for kept in ("0", "7", "25"):
        assert f">{kept}</td>" in html


def test_the_email_table_shows_a_range_as_one_row_as_the_brief_does():
    from briefgen.deliver import _Report, render_html

    end = {"unit": "percent", "currency": None, "category": "other", "subject": "Prices", "attribution": "the company", "sentence": 0, "kind": "figure"}
    figures = [{**end, "text": "3", "value": 3, "qualifier": "at least"}, {**end, "text": "4 percent", "value": 4, "qualifier": "at most"}]
    data = {"title": "T", "bluf": "b", "bluf_sentences": [1], "key_points": [], "figures": figures,
            "sentences": ["Prices rose 3-4 percent last year, the company said.", "b"]}
    html = render_html(_Report("brief", "T", None, data, None, None, None))
    assert ">3-4 percent</td>" in html
    assert "(at least)" not in html and ">3</td>" not in html


def test_the_email_table_says_how_a_figure_changed_as_the_brief_does():
    from briefgen.deliver import _Report, render_html

    row = {"unit": "percent", "currency": None, "category": "percent", "subject": "Imports", "attribution": None, "kind": "figure"}
    figures = [{**row, "text": "23.5%", "value": 23.5, "qualifier": "exact", "sentence": 0, "change": "down"},
               {**row, "text": "12%", "value": 12, "qualifier": "exact", "sentence": 1}]  # (a report from before `change`)
    data = {"title": "T", "bluf": "b", "bluf_sentences": [0], "key_points": [], "figures": figures}
    html = render_html(_Report("brief", "T", None, data, None, None, None))
    assert '<span style="font-weight:normal;">down</span> 23.5%</td>' in html
    assert ">12%</td>" in html


def test_the_email_table_says_which_claims_are_not_verified():
    from briefgen.deliver import _Report, render_html

    row = {"unit": "people", "currency": None, "category": "killed", "subject": "soldiers killed", "kind": "figure", "qualifier": "exact"}
    figures = [{**row, "text": "20", "value": 20, "sentence": 0, "attribution": "militants", "caveat": "unverified"},
               {**row, "text": "4", "value": 4, "sentence": 1, "attribution": "army"}]
    data = {"title": "T", "bluf": "b", "bluf_sentences": [0], "key_points": [], "figures": figures}
    html = render_html(_Report("brief", "T", None, data, None, None, None))
    assert 'militants <span style="color:#a8071a;font-weight:bold;">(not verified)</span></td>' in html
    assert ">army</td>" in html
