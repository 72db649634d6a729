"""`briefgen brief --email-to` and `briefgen email` end to end against a real SMTP server."""

from __future__ import annotations

import email
import email.policy

import pytest
from aiosmtpd.controller import Controller
from typer.testing import CliRunner

from briefgen.cli import app


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd API)
        self.messages.append((list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK"


@pytest.fixture()
def smtp_server(monkeypatch, tmp_path):
    import socket

    with socket.socket() as probe:  # aiosmtpd's readiness check cannot use port 0
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, ready_timeout=5)
    controller.start()
    try:
        for name in ("HOST", "PORT", "SECURITY", "FROM", "USER", "PASSWORD", "RETRIES"):
            monkeypatch.delenv(f"BRIEFGEN_SMTP_{name}", raising=False)
        monkeypatch.setenv("BRIEFGEN_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("BRIEFGEN_SMTP_PORT", str(port))
        monkeypatch.setenv("BRIEFGEN_SMTP_SECURITY", "none")
        monkeypatch.setenv("BRIEFGEN_SMTP_FROM", "briefs@example.org")
        monkeypatch.chdir(tmp_path)
        yield inbox
    finally:
        controller.stop()


def test_brief_email_to_sends_the_pdf_and_key_points(smtp_server, seed_path, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["brief", str(seed_path), "-o", str(out), "--email-to", "desk@example.org"])
    assert result.exit_code == 0, result.output
    assert len(smtp_server.messages) == 1
    rcpts, raw = smtp_server.messages[0]
    assert rcpts == ["desk@example.org"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert "No deal following second Turkish-Russian talks on Idlib" in str(msg["Subject"])
    text = msg.get_body(preferencelist=("plain",)).get_content()
    import json

    data = json.loads((out / f"{seed_path.stem}.json").read_text())
    assert data["key_points"][0]["text"][:60] in " ".join(text.split())
    pdfs = [part for part in msg.iter_attachments() if part.get_content_type() == "application/pdf"]
    assert pdfs and pdfs[0].get_content() == (out / f"{seed_path.stem}.pdf").read_bytes()


def test_email_command_dry_run_and_refusal_of_no_recipient(smtp_server, tmp_path, seed_path):
    out = tmp_path / "r"
    assert CliRunner().invoke(app, ["brief", str(seed_path), "-o", str(out), "--format", "md,json"]).exit_code == 0
    eml = tmp_path / "m.eml"
    result = CliRunner().invoke(app, ["email", str(out / seed_path.stem), "--to", "a@example.org", "--dry-run", str(eml)])
    assert result.exit_code == 0, result.output
    assert f"wrote {eml} (1 recipient, not sent)" in result.output
    assert email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)["To"] == "a@example.org"
    assert smtp_server.messages == []  # a dry run connects to nothing
    result = CliRunner().invoke(app, ["email", str(out / seed_path.stem)])
    assert result.exit_code == 4 and "at least one recipient" in result.output
