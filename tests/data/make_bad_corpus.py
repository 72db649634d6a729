"""The hostile/broken input corpus: what each item is and what briefgen must do with it.

    python tests/data/make_bad_corpus.py OUTDIR          # every item + the 50 MB text
    python tests/data/make_bad_corpus.py --committed     # refresh tests/data/bad/

The readable items are committed under ``tests/data/bad/`` (a test checks they
match this script byte for byte); binary and large ones (``GENERATED_ONLY`` and
the 50 MB text) are only generated, since they do not belong in git. The tests
write a fresh copy whose remote references point at a local recording server.
``CORPUS`` maps each file name to its documented result: ("ok", substring that
must appear in the Markdown) or ("error", exit code, substring of the one-line
message). docs/bad-input.md is the same table for users.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

ARTICLE = (
    "Floods force thousands from homes in Riverton\n\n"
    "Heavy rain flooded the coastal town of Riverton on Monday, forcing about 1,200 residents "
    "from their homes, officials said.\n\n"
    "The mayor, Jane Roe, said emergency shelters had been opened in three schools and that the "
    "army had been asked to help evacuate elderly people.\n\n"
    "\u201cWe are doing everything we can to keep people safe tonight,\u201d Roe told reporters.\n\n"
    "Forecasters expect more rain until Thursday, and the river is still rising.\n"
)
FRENCH = (
    "Inondations à Riverton\n\n"
    "De fortes pluies ont inondé la ville côtière de Riverton lundi, forçant environ 1 200 habitants "
    "à quitter leur domicile, selon les autorités.\n\n"
    "Le maire a déclaré que des abris d'urgence avaient été ouverts dans trois écoles.\n"
)
# English with accented names, for the Latin-1 item: its decoding is what that item tests
ACCENTED = (
    "Floods force thousands from homes in Montréal\n\n"
    "Heavy rain flooded the Côte-des-Neiges district of Montréal on Monday, forcing about 1,200 residents "
    "from their homes, officials said.\n\n"
    "The mayor, Valérie Plante, said emergency shelters had been opened in three schools.\n"
)
HOSTILE_HTML = """<!DOCTYPE html><html><head><title>Floods hit Riverton</title>
<link rel="stylesheet" href="{base}/style.css"><style>@import url("{base}/import.css");
body {{ background: url("{base}/bg.png"); }}</style>
<script>fetch("{base}/script"); alert(1)</script></head><body><article>
<h1>Floods hit Riverton</h1>
<p>Heavy rain flooded the coastal town of Riverton on Monday, forcing about 1,200 residents from
their homes, officials said. <img src="{base}/pixel.png"> <img src="file:///etc/passwd"></p>
<iframe src="{base}/frame.html"></iframe>
<p style="background-image: url('{base}/inline.png')">The mayor said emergency shelters had been
opened in three schools and that the army had been asked to help evacuate elderly people.</p>
<p>Forecasters expect more rain until Thursday, and the river is still rising, officials said.</p>
<object data="{base}/object.swf"></object><embed src="{base}/embed.swf">
</article></body></html>"""


def _pdf() -> bytes:
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Length 20/Filter/FlateDecode>>stream\nx\x9c\x00\x01\x02\x03\xff\xfe\nendstream\n%%EOF\n")


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", ARTICLE)
    return buffer.getvalue()


def build(base: str = "http://127.0.0.1:9") -> dict[str, bytes]:
    """Every corpus item's bytes; ``base`` is where hostile references point."""
    return {
        "empty.txt": b"",
        "whitespace-only.txt": b"  \n\t\n   \r\n",
        "image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + bytes(range(256)) * 4,
        "image-named.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        "document.pdf": _pdf(),
        "archive.zip": _zip(),
        "control-chars.txt": b"\x01\x02\x03\x04\x05\x06\x07\x08" * 200,
        "utf16-le-no-bom.txt": ARTICLE.encode("utf-16-le"),
        "utf16-be-no-bom.txt": ARTICLE.encode("utf-16-be"),
        "utf16-with-bom.txt": ARTICLE.encode("utf-16"),
        "utf8-with-bom.txt": ARTICLE.encode("utf-8-sig"),
        "latin1.txt": ACCENTED.encode("latin-1"),
        "cp1252-smart-quotes.txt": ARTICLE.encode("cp1252"),
        "mixed-encodings.txt": ARTICLE.encode("utf-8") + "\nLe maire a déclaré: « Nous ferons tout notre possible pour les habitants. »\n".encode("latin-1"),
        "one-sentence.txt": b"Police arrested a man in Leeds on Monday after a long chase through the city.",
        "no-numbers.txt": (
            b"Talks end without agreement\n\nThe talks between the two governments ended without agreement "
            b"on Tuesday, officials said.\n\nBoth sides said they would meet again soon to discuss the border.\n"
        ),
        "non-english.txt": FRENCH.encode("utf-8"),
        "title-only.txt": b"Just a headline here\n",
        "punctuation-only.txt": b"!!! ??? ... --- *** ### !!! ??? ... --- *** ### !!! ??? ...\n" * 3,
        "numbers-only.txt": b"1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25\n",
        "jinja-in-text.txt": (
            ARTICLE + "\nA reader wrote {{ 7*7 }} and {% for x in range(3) %}boom{% endfor %} "
            "and {{ config.__class__ }} in the comments, the editor said.\n"
        ).encode(),
        "jinja-in-title.txt": ("{{ 7*7 }} {% if true %}title{% endif %}\n\n" + ARTICLE.split("\n\n", 1)[1]).encode(),
        "markdown-injection.txt": (
            ARTICLE + "\nA post said [click here](http://evil.example/) and ![img](http://evil.example/x.png) "
            "and <img src=x onerror=alert(1)> in a comment, police said.\n"
        ).encode(),
        "script.html": HOSTILE_HTML.format(base=base).encode(),
        "remote-references.html": HOSTILE_HTML.format(base=base).replace("<script>", "<noscript>").replace("</script>", "</noscript>").encode(),
        "iframe-only.html": f'<html><body><iframe src="{base}/x"></iframe></body></html>'.encode(),
        "empty.html": b"<!DOCTYPE html><html><head><title>x</title></head><body></body></html>",
        "nav-only.html": b"<html><body><nav><a href='/'>Home</a> | <a href='/w'>World</a></nav><footer>(c) 2024</footer></body></html>",
        "html-soup.html": (
            b"<html><body><div><p>Heavy rain flooded the coastal town of <b>Riverton on Monday, forcing "
            b"about 1,200 residents<i> from their homes, officials said.<p>The mayor said shelters were open "
            b"in three schools.<div><span>Forecasters expect more rain until Thursday, and the river is still rising."
        ),
        "malformed.rss": b"<?xml version='1.0'?><rss version='2.0'><channel><title>Feed</title><item><title>Broken",
        "atom.xml": b"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>x</title></feed>",
        "title-with-crlf.html": (
            b"<html><head><title>Floods hit\r\nBcc: evil@example.com\r\nRiverton</title></head><body><article>"
            b"<p>Heavy rain flooded the coastal town of Riverton on Monday, forcing about 1,200 residents from "
            b"their homes, officials said.</p><p>The mayor said shelters had been opened in three schools.</p>"
            b"</article></body></html>"
        ),
        "title-with-cr.txt": b"Floods hit\rRiverton\r\n\r\n" + ARTICLE.split("\n\n", 1)[1].encode(),
        "long-paragraph.txt": (b"The river rose again and residents waited for news " * 3000) + b".",
    }


# name -> ("ok", text that must be in the Markdown) | ("error", exit code, message part)
CORPUS = {
    "empty.txt": ("error", 2, "empty input"),
    "whitespace-only.txt": ("error", 2, "empty input"),
    "image.png": ("error", 2, "binary data"),
    "image-named.txt": ("error", 2, "binary data"),
    "document.pdf": ("error", 2, "binary data"),
    "archive.zip": ("error", 2, "binary data"),
    "control-chars.txt": ("error", 2, "binary data"),
    "utf16-le-no-bom.txt": ("ok", "about 1,200"),
    "utf16-be-no-bom.txt": ("ok", "about 1,200"),
    "utf16-with-bom.txt": ("ok", "about 1,200"),
    "utf8-with-bom.txt": ("ok", "about 1,200"),
    "latin1.txt": ("ok", "Valérie Plante"),
    "cp1252-smart-quotes.txt": ("ok", "We are doing everything we can"),
    "mixed-encodings.txt": ("ok", "about 1,200"),
    "one-sentence.txt": ("ok", "Police arrested a man in Leeds"),
    "no-numbers.txt": ("ok", "The article states no figures."),
    "non-english.txt": ("error", 2, "does not read as English"),
    "title-only.txt": ("error", 2, "no article text"),
    "punctuation-only.txt": ("error", 2, "no sentences found"),
    "numbers-only.txt": ("error", 2, "no article text"),
    "jinja-in-text.txt": ("ok", "\\{\\{ 7\\*7 \\}\\}"),
    "jinja-in-title.txt": ("ok", "\\{\\{ 7\\*7 \\}\\}"),
    "markdown-injection.txt": ("ok", "\\[click here\\](http://evil.example/)"),
    "script.html": ("ok", "about 1,200"),
    "remote-references.html": ("ok", "about 1,200"),
    "iframe-only.html": ("error", 2, "no article text"),
    "empty.html": ("error", 2, "no article text"),
    "nav-only.html": ("error", 2, "no article text"),
    "html-soup.html": ("ok", "about 1,200"),
    "malformed.rss": ("error", 2, "RSS/Atom feed"),
    "atom.xml": ("error", 2, "RSS/Atom feed"),
    "title-with-crlf.html": ("ok", "about 1,200"),
    "title-with-cr.txt": ("ok", "about 1,200"),
    "long-paragraph.txt": ("ok", "The river rose again"),
}


def write(folder: Path, base: str = "http://127.0.0.1:9") -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, data in build(base).items():
        path = folder / name
        path.write_bytes(data)
        paths[name] = path
    return paths


def write_huge(path: Path, size: int = 50 * 1024 * 1024) -> Path:
    """A 50 MB text file, written sparsely-fast in 1 MB blocks."""
    block = (ARTICLE * (1024 * 1024 // len(ARTICLE) + 1)).encode()[: 1024 * 1024]
    with open(path, "wb") as fh:
        for _ in range(size // len(block)):
            fh.write(block)
    return path


# Binary or large: generated by the tests, never committed.
GENERATED_ONLY = frozenset(
    {"image.png", "image-named.txt", "document.pdf", "archive.zip", "control-chars.txt", "long-paragraph.txt"}
)
COMMITTED_DIR = Path(__file__).parent / "bad"


def write_committed(folder: Path = COMMITTED_DIR) -> list[Path]:
    """The readable items, as committed under tests/data/bad/ (default reference base)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in build().items():
        if name not in GENERATED_ONLY:
            (folder / name).write_bytes(data)
            paths.append(folder / name)
    return paths


if __name__ == "__main__":
    if sys.argv[1:] == ["--committed"]:
        print(f"wrote {len(write_committed())} items to {COMMITTED_DIR}")
        raise SystemExit(0)
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "bad-corpus")
    write(out)
    write_huge(out / "huge-50mb.txt")
    print(f"wrote {len(CORPUS) + 1} items to {out}")
