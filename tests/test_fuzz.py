"""Fuzzing ingest: arbitrary bytes and text raise only the project's own errors."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.errors import BriefgenError
from briefgen.ingest import from_bytes, from_html, from_text

HTMLISH = st.lists(
    st.sampled_from(["<p>", "</p>", "<div>", "<script>", "</script>", "<html>", "<body>", "&amp;", "&#0;",
                     "<!--", "-->", "<![CDATA[", "<title>", "</title>", "\x00", "\r\n", "{{ x }}", "“", "é"])
    | st.text(max_size=40),
    max_size=40,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_bytes(data):
    try:
        article = from_bytes(data, "fuzz", content_type=None)
        assert article.body and "\n" not in article.title
    except BriefgenError:
        pass


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_text(text):
    try:
        from_text(text, "fuzz")
    except BriefgenError:
        pass


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HTMLISH)
def test_html(html):
    try:
        from_html(html, "fuzz")
    except BriefgenError:
        pass
