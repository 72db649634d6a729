"""Digest of 200 articles (100 CNN/DM dev articles + 100 lightly edited copies).

Run: ``make bench-digest`` (or ``.venv/bin/python benchmarks/digest.py``). Writes
``benchmarks/results/digest.md``. Each run is a fresh ``briefgen digest`` process:
in-process with a cold then a warm cache, then ``--scheduler local`` (a Dask
LocalCluster, one worker per core) with a cold cache. Peak memory is the peak of
the summed RSS of the whole process tree (workers included), sampled every 0.1 s.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from speed import BIN, DEV, RESULTS  # noqa: E402


def run_tree(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak summed RSS (MB) of a command and all its descendants."""
    import subprocess
    import time

    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        total = 0
        try:
            for p in [root, *root.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        peak = max(peak, total)
        time.sleep(0.1)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-500:]}")
    return wall, peak / 2**20


def edited(text: str) -> str:
    """A light edit: drop the last sentence, change a few connecting words."""
    sentences = text.split(". ")
    body = ". ".join(sentences[:-1]) if len(sentences) > 4 else text
    return body.replace(" said ", " told reporters ", 1).replace(" the ", " a ", 2)


def main() -> None:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        feed = tmp_path / "articles.jsonl"
        with open(feed, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps({"title": "", "text": row["text"], "url": f"https://dev.example/{row['id']}"}) + "\n")
            for row in rows:
                fh.write(json.dumps({"title": "", "text": edited(row["text"]), "url": f"https://copy.example/{row['id']}"}) + "\n")
        def cmd(cache: str, out: str, *extra: str) -> list[str]:
            return [str(BIN / "briefgen"), "digest", str(feed), "-o", str(tmp_path / out), "--format", "json,md",
                    "--cache", str(tmp_path / cache), "-q", "--date", "2020-01-01", *extra]

        cold_wall, cold_rss = run_tree(cmd("cache.sqlite", "out"))
        warm_wall, warm_rss = run_tree(cmd("cache.sqlite", "out"))
        dask_wall, dask_rss = run_tree(cmd("dask-cache.sqlite", "out-dask", "--scheduler", "local"))
        data = json.loads((tmp_path / "out" / "digest.json").read_text())
        dask_data = json.loads((tmp_path / "out-dask" / "digest.json").read_text())
        # "analysed"/"cached" differ by design (out/ was last written by the warm run)
        same = {k: v for k, v in data.items() if k not in ("analysed", "cached")} == {
            k: v for k, v in dask_data.items() if k not in ("analysed", "cached")
        }
    lines = [
        "# Digest benchmark (200 articles: 100 dev + 100 lightly edited copies)",
        "",
        "| run | wall | peak RSS | target |",
        "|---|---|---|---|",
        f"| cold cache | {cold_wall:.1f} s | {cold_rss:.0f} MB | ≤ 60 s, ≤ 1.5 GB |",
        f"| warm cache | {warm_wall:.1f} s | {warm_rss:.0f} MB | ≤ 5 s |",
        f"| cold cache, `--scheduler local` ({os.cpu_count()} workers) | {dask_wall:.1f} s | {dask_rss:.0f} MB | (#10: compare) |",
        "",
        f"Dask digest identical to the in-process one: {'yes' if same else 'NO'}.",
        "",
        f"Result: {len(data['stories'])} stories, {len(data['duplicates'])} duplicates removed, "
        f"{len(data['failures'])} failures. Cold time is dominated by the per-article step "
        f"(brief + embeddings, {cold_wall / max(1, 200 - len(data['duplicates'])):.2f} s per analysed article "
        "including start-up, on this CPU: MiniLM encoding and spaCy); duplicates "
        "are dropped before any model work. A warm run reads briefs and their embeddings from the "
        "cache and loads no model.",
        "",
        "How `--scheduler` scales: the per-article step is independent per article and is the only "
        "part shipped to workers; the serial remainder on the client (reading inputs, duplicate "
        "detection, story clustering, rendering) is what the warm run measures. Throughput should grow "
        "roughly linearly with worker cores until that remainder dominates, plus a fixed start-up cost "
        "per worker (process start and model load, a few seconds here). On this 2-core machine the in-process "
        "encoder (onnxruntime) already uses both cores (spaCy uses one), so `local` gains little: two spaCy "
        "pipelines at once save about what the second model load and task traffic cost (this run: "
        f"{abs(cold_wall - dask_wall):.1f} s {'faster' if dask_wall < cold_wall else 'slower'} than in-process, "
        f"for {dask_rss / max(cold_rss, 1):.1f} times the memory; earlier runs: 2.6 s slower to 1.7 s faster). "
        "Its value is on machines with more "
        "cores and on real clusters.",
        "",
    ]
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "digest.md").write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    main()
