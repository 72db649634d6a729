"""Speed and memory of briefgen, side by side with lede and sumy LexRank.

Run: ``make bench-speed`` (or ``.venv/bin/python benchmarks/speed.py``). Writes
``benchmarks/results/speed.md`` and ``speed.json``. Targets (issue 9, this 2-core
machine) are reported next to each number, never asserted: shared machines are noisy.

Each cold measurement runs in a fresh process; its peak RSS comes from ``os.wait4``
(the kernel's own account for that child), not from sampling.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BRIEFGEN_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "eval" / "summeval-cnndm-dev.jsonl"
SEED = ROOT / "seeds" / "000_3e29ec34f0816bdb.txt"
RESULTS = ROOT / "benchmarks" / "results"
ENCODING = "sentence encoding (MiniLM)"
LONG_WORDS = (700, 900)
BIN = Path(sys.executable).parent


def run_child(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB and exit code of one fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-500:]}")
    return wall, usage.ru_maxrss / 1024, proc.returncode


def best_of(n: int, cmd: list[str]) -> tuple[float, float]:
    runs = [run_child(cmd) for _ in range(n)]
    return min(r[0] for r in runs), max(r[1] for r in runs)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def load_dev(limit: int) -> list[dict]:
    with open(DEV, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh][:limit]


def long_texts(articles: list[dict]) -> list[tuple[str, str]]:
    """(name, text) of neighbouring dev articles joined, where together they hold LONG_WORDS words."""
    joined = [(f"{one['id']}+{other['id']}", one["text"] + "\n\n" + other["text"]) for one, other in zip(articles, articles[1:])]
    return [(name, text) for name, text in joined if LONG_WORDS[0] <= len(text.split()) <= LONG_WORDS[1]]


def warm_analysis(articles: list[dict]) -> dict:
    """Per-article ingest → Brief in one warm process (models loaded before timing)."""
    from briefgen.ingest import from_text
    from briefgen.pipeline import BriefOptions, brief_article

    options = BriefOptions()
    seed_text = SEED.read_text(encoding="utf-8")
    brief_article(from_text(seed_text, "warmup"), options)  # load every model once
    times, words = [], []
    for item in articles:
        start = time.perf_counter()
        brief_article(from_text(item["text"], item["id"]), options)
        times.append((time.perf_counter() - start) * 1000)
        words.append(len(item["text"].split()))
    # issue #9 sets its target for "an 800-word article"; the longest dev article has 539 words
    # and the seed 619, so neighbouring dev articles are joined when together they hold 700-900
    # (as benchmarks/summarisation.py does for #4's summariser target)
    long_times, long_words = [], []
    for name, text in long_texts(articles):
        start = time.perf_counter()
        brief_article(from_text(text, name), options)
        long_times.append((time.perf_counter() - start) * 1000)
        long_words.append(len(text.split()))
    seed_times = []
    for _ in range(10):
        start = time.perf_counter()
        brief_article(from_text(seed_text, "seed"), options)
        seed_times.append((time.perf_counter() - start) * 1000)
    return {
        "articles": len(times),
        "median_words": statistics.median(words),
        "p50_ms": percentile(times, 0.5),
        "p95_ms": percentile(times, 0.95),
        "joined_articles": len(long_times),
        "joined_median_words": statistics.median(long_words) if long_words else None,
        "joined_p50_ms": percentile(long_times, 0.5) if long_times else None,
        "seed_words": len(seed_text.split()),
        "seed_p50_ms": percentile(seed_times, 0.5),
    }


def warm_breakdown(repeat: int = 10) -> dict:
    """Where a warm seed brief spends its time: each spaCy component, encoding, the rest.

    Median of ``repeat`` runs per stage, the stages run one after another on the
    seed's paragraphs as ``analyse`` does; this is the profile the speed work starts from.
    """
    from briefgen.analyse import nlp, paragraphs_of
    from briefgen.blas import one_blas_thread
    from briefgen.ingest import ingest
    from briefgen.pipeline import BriefOptions, brief_article
    from briefgen.summarise.embed import EmbedSummariser
    from briefgen.summarise.encoder import get_encoder

    article = ingest(str(SEED))
    brief_article(article, BriefOptions())  # warm
    pipeline = nlp()
    paragraphs = paragraphs_of(article.body)
    samples: dict[str, list[float]] = {"spaCy tokenizer": []}
    samples.update({f"spaCy {name}": [] for name in pipeline.pipe_names})
    samples.update({ENCODING: [], "key-point selection": [], "whole brief (ingest → Brief)": []})
    from briefgen.analyse import analyse

    analysis = analyse(article)
    summariser = EmbedSummariser()
    encoder = get_encoder(None)
    for _ in range(repeat):
        start = time.perf_counter()
        docs = [pipeline.make_doc(p) for p in paragraphs]
        samples["spaCy tokenizer"].append(time.perf_counter() - start)
        with one_blas_thread():  # as analyse runs them (see briefgen/blas.py)
            for name, component in pipeline.pipeline:
                start = time.perf_counter()
                docs = list(component.pipe(docs))
                samples[f"spaCy {name}"].append(time.perf_counter() - start)
        start = time.perf_counter()
        vectors = encoder.encode(analysis.sentences)
        samples[ENCODING].append(time.perf_counter() - start)
        start = time.perf_counter()
        summariser.select(analysis, 6, vectors, None)
        samples["key-point selection"].append(time.perf_counter() - start)
        start = time.perf_counter()
        brief_article(article, BriefOptions())
        samples["whole brief (ingest → Brief)"].append(time.perf_counter() - start)
    return {
        "sentences": len(analysis.sentences),
        "tokens": sum(len(getattr(ids, "ids", ids)) for ids in map(encoder.tokenizer.encode, analysis.sentences)),
        "stages_ms": {k: statistics.median(v) * 1000 for k, v in samples.items()},
        "encoder": f"{encoder.runtime}, {getattr(encoder, 'precision', 'fp32')}",
    }


RENDER_ROUNDS = 15


def render_times() -> dict:
    from briefgen.ingest import ingest
    from briefgen.pipeline import brief_article
    from briefgen.render import render

    brief = brief_article(ingest(str(SEED)))
    samples: dict[str, list[float]] = {fmt: [] for fmt in ("md", "html", "json", "pdf")}
    for fmt in samples:
        render(brief, fmt)  # warm templates and fonts
    # formats interleaved, 15 rounds: this shared machine alternates between a fast and a
    # slow state for seconds at a time, so 5 back-to-back runs could land all in one
    for _ in range(RENDER_ROUNDS):
        for fmt, times in samples.items():
            start = time.perf_counter()
            render(brief, fmt)
            times.append((time.perf_counter() - start) * 1000)
    return {fmt: {"p50": statistics.median(t), "min": min(t)} for fmt, t in samples.items()}


def peer_times(articles: list[dict]) -> dict:
    """lede and sumy LexRank on the same texts (they do less: no figures, entities, PDF)."""
    out: dict[str, dict] = {}
    try:
        import lede

        times = []
        for item in articles:
            start = time.perf_counter()
            lede.summarize(item["text"]) if hasattr(lede, "summarize") else lede.summarise(item["text"])
            times.append((time.perf_counter() - start) * 1000)
        out["lede 0.5.1"] = {"p50_ms": percentile(times, 0.5), "p95_ms": percentile(times, 0.95)}
    except Exception as exc:  # reported, not fatal: peers are optional bench extras
        out["lede 0.5.1"] = {"error": f"{type(exc).__name__}: {exc}"}
    try:
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer

        sys.path.insert(0, str(ROOT / "benchmarks"))
        from summarisation import SpacyTokenizer, splitter  # NLTK's punkt data cannot be downloaded here

        summariser = LexRankSummarizer()
        tokenizer = SpacyTokenizer(splitter())
        times = []
        for item in articles:
            start = time.perf_counter()
            summariser(PlaintextParser.from_string(item["text"], tokenizer).document, 3)
            times.append((time.perf_counter() - start) * 1000)
        out["sumy LexRank"] = {"p50_ms": percentile(times, 0.5), "p95_ms": percentile(times, 0.95)}
    except Exception as exc:
        out["sumy LexRank"] = {"error": f"{type(exc).__name__}: {str(exc).splitlines()[0]}"}
    return out


def long_texts_by_depth(articles: list[dict], layers: int = 4) -> dict:
    """The 700-900-word texts briefed with all the encoder's layers and with the first ``layers``
    (``BRIEFGEN_EMBED_LAYERS``), alternating text by text so both see the same host."""
    from briefgen.ingest import from_text
    from briefgen.pipeline import BriefOptions, brief_article
    from briefgen.summarise import get_summariser

    texts = [text for _, text in long_texts(articles)]
    saved = os.environ.get("BRIEFGEN_EMBED_LAYERS")
    settings = ("all", str(layers))
    times: dict[str, list[float]] = {setting: [] for setting in settings}

    def timed(setting: str, text: str, name: str) -> float:
        os.environ["BRIEFGEN_EMBED_LAYERS"] = setting
        get_summariser.cache_clear()  # the summariser reads the setting once
        start = time.perf_counter()
        brief_article(from_text(text, name), BriefOptions())
        return (time.perf_counter() - start) * 1000

    try:
        for setting in settings:  # load each setting's encoder before timing
            timed(setting, SEED.read_text(encoding="utf-8"), "warmup")
        for n, text in enumerate(texts):
            for setting in settings if n % 2 else settings[::-1]:
                times[setting].append(timed(setting, text, f"long-{n}"))
    finally:
        if saved is None:
            os.environ.pop("BRIEFGEN_EMBED_LAYERS", None)
        else:
            os.environ["BRIEFGEN_EMBED_LAYERS"] = saved
        get_summariser.cache_clear()
    return {"texts": len(texts), "layers": layers, **{f"p50_ms_{k}": percentile(v, 0.5) for k, v in times.items()}}


def cpu_model() -> str:
    """The processor's name and whether it has VNNI, the int8 dot-product instructions the
    encoder's quantised model can run on. Hosts differ: the same code (32f502b) measured
    149-185 ms p50 for 800 words on the host of the stops up to 36 (processor not recorded)
    and 114-133 ms on an AMD EPYC with AVX-512 VNNI, so a result says where it was taken."""
    try:
        info = Path("/proc/cpuinfo").read_text()
    except OSError:
        return platform.processor() or "unknown processor"
    name = re.search(r"^model name\s*:\s*(.+)$", info, re.M)
    flags = re.search(r"^flags\s*:\s*(.+)$", info, re.M)
    vnni = bool(flags) and bool({"avx512_vnni", "avx_vnni"} & set(flags.group(1).split()))
    return f"{name.group(1).strip() if name else 'unknown processor'}, {'with' if vnni else 'without'} VNNI"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=100, help="dev articles for the warm timing")
    parser.add_argument("--repeat", type=int, default=3, help="runs per cold measurement (best kept)")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    cli = str(BIN / "briefgen")
    results: dict = {
        "machine": {"cores": os.cpu_count(), "cpu": cpu_model(), "python": platform.python_version()}
    }

    wall, rss = best_of(args.repeat, [cli, "--help"])
    results["help"] = {"wall_s": wall, "peak_rss_mb": rss}
    with tempfile.TemporaryDirectory() as out:
        wall, rss = best_of(args.repeat, [cli, "brief", str(SEED), "--format", "pdf", "-o", out, "-q"])
    results["cli_pdf_cold"] = {"wall_s": wall, "peak_rss_mb": rss}

    articles = load_dev(args.limit)
    results["warm_analysis"] = warm_analysis(articles)
    results["long_by_depth"] = long_texts_by_depth(articles)
    results["warm_breakdown"] = warm_breakdown()
    results["render_ms"] = render_times()
    results["peers"] = peer_times(articles)
    import resource

    results["bench_process_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "speed.json").write_text(json.dumps(results, indent=2) + "\n")
    (RESULTS / "speed.md").write_text(to_markdown(results))
    print(to_markdown(results))


def to_markdown(r: dict) -> str:
    w = r["warm_analysis"]
    ours = w["p50_ms"]
    lines = [
        "# Speed and memory",
        "",
        f"Machine: {r['machine']['cores']} cores ({r['machine'].get('cpu', 'processor not recorded')}), "
        f"Python {r['machine']['python']}. "
        "Cold numbers: best of repeated fresh processes; peak RSS from os.wait4.",
        "",
        "| measurement | result | target |",
        "|---|---|---|",
        f"| `briefgen --help` | {r['help']['wall_s']:.2f} s, {r['help']['peak_rss_mb']:.0f} MB | ≤ 0.5 s |",
        f"| cold CLI `brief seed --format pdf` | {r['cli_pdf_cold']['wall_s']:.2f} s, "
        f"{r['cli_pdf_cold']['peak_rss_mb']:.0f} MB peak RSS | ≤ 8 s, ≤ 1.2 GB |",
        f"| warm analysis, {w['articles']} dev articles (median {w['median_words']:.0f} words) | "
        f"p50 {w['p50_ms']:.0f} ms, p95 {w['p95_ms']:.0f} ms | — |",
        f"| warm analysis, seed ({w['seed_words']} words) | p50 {w['seed_p50_ms']:.0f} ms | — |",
    ]
    if w.get("joined_p50_ms") is not None:
        lines.append(
            f"| warm analysis, {w['joined_articles']} texts of 700-900 words (two neighbouring dev articles "
            f"joined; median {w['joined_median_words']:.0f} words) | p50 {w['joined_p50_ms']:.0f} ms | ≤ 150 ms |"
        )
    d = r.get("long_by_depth")
    if d and d["texts"]:
        lines.append(
            f"| the same {d['texts']} texts, alternating: all 6 encoder layers (default) / the first "
            f"{d['layers']} (`BRIEFGEN_EMBED_LAYERS={d['layers']}`) | p50 {d['p50_ms_all']:.0f} / "
            f"{d['p50_ms_' + str(d['layers'])]:.0f} ms | ≤ 150 ms |"
        )
    for fmt, ms in r["render_ms"].items():
        target = "≤ 300 ms" if fmt == "pdf" else "—"
        lines.append(
            f"| render {fmt} (seed, {RENDER_ROUNDS} runs) | p50 {ms['p50']:.1f} ms, best {ms['min']:.1f} ms | {target} |"
        )
    b = r.get("warm_breakdown")
    if b:
        lines += [
            "",
            f"## Where a warm seed brief spends its time ({b['sentences']} sentences"
            + (f", {b['tokens']} wordpieces" if b.get("tokens") else "") + ", median of 10)",
            "",
            "| stage | ms |",
            "|---|---|",
        ]
        runtime = f" ({b['encoder']})" if "encoder" in b else ""
        lines += [f"| {name}{runtime if name == ENCODING else ''} | {ms:.1f} |" for name, ms in b["stages_ms"].items()]
        encode_ms = b["stages_ms"][ENCODING]
        # MiniLM-L6: 6 layers x (4*384^2 + 2*384*1536) weights, one multiply and one add each per wordpiece
        gops = b["tokens"] * 2 * 6 * (4 * 384**2 + 2 * 384 * 1536) / (encode_ms / 1000) / 1e9
        lines += [
            "",
            "en_core_web_sm's `ner` carries its own tok2vec (it does not listen to the shared one), so it",
            "costs about as much as tok2vec + parser together. spaCy's matrix products run on numpy's",
            "OpenBLAS on one thread instead of thinc's default blis, whose wheel runs a generic kernel here",
            f"(briefgen/blas.py). Encoding ran at ~{gops:.0f} billion operations",
            "per second of dense matrix work (21 million per wordpiece for MiniLM-L6), so its time scales",
            "with wordpieces. The stages above are timed one after another; in a brief the encoding starts",
            "in a thread of its own on a draft of the sentences before spaCy parses the text, goes on while",
            "`parser` and `ner` run (onnxruntime releases the GIL), and the main thread takes the runs left",
            "once the extractors are done, so the whole brief takes less than their sum.",
        ]
    lines += ["", "## Peers on the same articles", "", "| system | p50 | p95 | briefgen p50 ÷ peer p50 |", "|---|---|---|---|"]
    lines.append(f"| briefgen (full brief: key points, figures, entities, quotes, timeline) | {ours:.0f} ms | {w['p95_ms']:.0f} ms | 1.0 |")
    for name, peer in r["peers"].items():
        if "error" in peer:
            lines.append(f"| {name} | not run: {peer['error']} | | |")
        else:
            ratio = ours / peer["p50_ms"] if peer["p50_ms"] else float("inf")
            lines.append(f"| {name} (3-sentence extract only; sumy's time includes spaCy splitting) | {peer['p50_ms']:.1f} ms | {peer['p95_ms']:.1f} ms | {ratio:.1f}× |")
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
