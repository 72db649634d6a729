"""HTML ingest against the article-extraction-benchmark (181 news pages with hand-made bodies).

The pages are not bundled: pass a checkout of github.com/scrapinghub/article-extraction-benchmark
(``html/*.html.gz``, ``ground-truth.json``, ``evaluate.py``). Scores use that repository's own
shingle matcher, so they compare with the table in its README (trafilatura 2.0.0: F1 0.958,
P 0.938, R 0.978). briefgen asks trafilatura for precision (a sidebar in a brief is worse than a
missed paragraph), then applies its own furniture and headline rules.

    python benchmarks/html_ingest.py --aeb ../article-extraction-benchmark
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aeb", required=True, type=Path, help="checkout of scrapinghub/article-extraction-benchmark")
    args = parser.parse_args()
    truth_file, scorer_file = args.aeb / "ground-truth.json", args.aeb / "evaluate.py"
    if not truth_file.is_file() or not scorer_file.is_file():
        sys.exit(f"{args.aeb}: not a checkout of article-extraction-benchmark (ground-truth.json, evaluate.py)")
    sys.path.insert(0, str(args.aeb))
    import evaluate as aeb  # the benchmark's own scorer

    import trafilatura

    from briefgen.errors import BriefgenError
    from briefgen.ingest import from_html

    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    systems: dict[str, dict] = {"briefgen ingest": {}, f"trafilatura {trafilatura.__version__} defaults": {}}
    refused = 0
    for key in sorted(truth):
        html = gzip.decompress((args.aeb / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        try:
            body = from_html(html, key).body
        except BriefgenError:
            body, refused = "", refused + 1
        systems["briefgen ingest"][key] = {"articleBody": body}
        systems[f"trafilatura {trafilatura.__version__} defaults"][key] = {"articleBody": trafilatura.extract(html) or ""}
    rows = []
    for name, prediction in systems.items():
        m = aeb.evaluate(truth, prediction, n_bootstrap=200)
        rows.append(f"| {name} | {m['f1']:.3f} ± {m['f1_std']:.3f} | {m['precision']:.3f} | {m['recall']:.3f} |")
    markdown = "\n".join(
        [
            "# HTML ingest vs the article-extraction-benchmark",
            "",
            f"{len(truth)} pages; the benchmark's shingle scorer (F1 ± bootstrap std). Pages where "
            f"briefgen's HTML reader found no text (scored as empty): {refused}. Pages it would refuse later "
            "(too short, not English) are scored like any other.",
            "",
            "| system | F1 | precision | recall |",
            "|---|---|---|---|",
            *rows,
            "",
        ]
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "html_ingest.md").write_text(markdown, encoding="utf-8")
    print(markdown)


if __name__ == "__main__":
    main()
