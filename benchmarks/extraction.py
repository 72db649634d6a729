"""Figure extraction scored against hand-annotated gold (shared/eval/figures-dev.jsonl).

Run: ``make bench-extract`` (or ``.venv/bin/python benchmarks/extraction.py``).
Writes ``benchmarks/results/extraction.md`` and ``extraction.json``.

Scoring follows ``shared/README.md``: a predicted key figure (``kind == "figure"``)
matches a gold figure when the values agree within 0.5%, each gold used once (the
gold whose cue is nearest the prediction's text wins); unmatched predictions that
agree with an ``optional`` item are neutral; every other unmatched prediction is a
false positive. Qualifier and unit accuracy are over matched pairs.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BRIEFGEN_SHARED", ROOT.parent / "shared"))
GOLD = SHARED / "eval" / "figures-dev.jsonl"
RESULTS = ROOT / "benchmarks" / "results"


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-9)


def score_article(item: dict, predicted: list) -> dict:
    text = item["text"]
    gold = list(item["figures"])
    used = [False] * len(gold)
    matched, false_pos, neutral = [], [], []
    for fig in predicted:
        # position of the prediction in the article, to prefer the nearest gold cue
        sentence_pos = text.find(fig.text)
        candidates = [
            (abs(text.find(g["cue"]) - sentence_pos) if sentence_pos >= 0 else 0, i)
            for i, g in enumerate(gold)
            if not used[i] and close(float(g["value"]), fig.value)
        ]
        if candidates:
            _, i = min(candidates)
            used[i] = True
            matched.append((gold[i], fig))
        elif any(o.get("value") is not None and close(float(o["value"]), fig.value) for o in item.get("optional", [])):
            neutral.append(fig)
        else:
            false_pos.append(fig)
    missed = [g for i, g in enumerate(gold) if not used[i]]
    return {"matched": matched, "false_pos": false_pos, "neutral": neutral, "missed": missed, "gold": len(gold)}


def main() -> None:
    from briefgen.analyse import analyse
    from briefgen.extract.figures import extract_figures
    from briefgen.ingest import from_text

    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    per_article = []
    totals = {"tp": 0, "fp": 0, "gold": 0, "qual_ok": 0, "unit_ok": 0}
    details = []
    for item in rows:
        figures = [f for f in extract_figures(analyse(from_text(item["text"], item["id"]))) if f.kind == "figure"]
        result = score_article(item, figures)
        tp, fp = len(result["matched"]), len(result["false_pos"])
        qual_ok = sum(g["qualifier"] == f.qualifier for g, f in result["matched"])
        unit_ok = sum(g["unit"] == f.unit for g, f in result["matched"])
        totals["tp"] += tp
        totals["fp"] += fp
        totals["gold"] += result["gold"]
        totals["qual_ok"] += qual_ok
        totals["unit_ok"] += unit_ok
        per_article.append({
            "id": item["id"], "gold": result["gold"], "tp": tp, "fp": fp, "neutral": len(result["neutral"]),
            "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / result["gold"] if result["gold"] else 1.0,
        })
        details.append({
            "id": item["id"],
            "missed": [g["cue"] for g in result["missed"]],
            "false_positives": [f"{f.text} (= {f.value:g})" for f in result["false_pos"]],
            "qualifier_errors": [f"{f.text}: {f.qualifier} (gold {g['qualifier']})" for g, f in result["matched"] if g["qualifier"] != f.qualifier],
            "unit_errors": [f"{f.text}: {f.unit} (gold {g['unit']})" for g, f in result["matched"] if g["unit"] != f.unit],
        })
    tp, fp = totals["tp"], totals["fp"]
    overall = {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / totals["gold"] if totals["gold"] else 1.0,
        "qualifier_accuracy": totals["qual_ok"] / tp if tp else 0.0,
        "unit_accuracy": totals["unit_ok"] / tp if tp else 0.0,
        **totals,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "extraction.json").write_text(json.dumps({"overall": overall, "articles": per_article, "details": details}, indent=2) + "\n")
    lines = [
        "# Figure extraction vs gold (shared/eval/figures-dev.jsonl)",
        "",
        "| articles | gold figures | matched | false positives | precision | recall | qualifier acc. | unit acc. | target |",
        "|---|---|---|---|---|---|---|---|---|",
        f"| {len(rows)} | {totals['gold']} | {tp} | {fp} | {overall['precision']:.3f} | {overall['recall']:.3f} | "
        f"{overall['qualifier_accuracy']:.3f} | {overall['unit_accuracy']:.3f} | P ≥ 0.97, R ≥ 0.95, acc ≥ 0.95 |",
        "",
        "## Per article",
        "",
        "| id | gold | matched | false pos. | neutral (optional) | precision | recall |",
        "|---|---|---|---|---|---|---|",
    ]
    for a in per_article:
        lines.append(f"| {a['id']} | {a['gold']} | {a['tp']} | {a['fp']} | {a['neutral']} | {a['precision']:.3f} | {a['recall']:.3f} |")
    lines += ["", "## Errors", ""]
    for d in details:
        for key in ("missed", "false_positives", "qualifier_errors", "unit_errors"):
            if d[key]:
                lines.append(f"- {d['id']} {key.replace('_', ' ')}: " + "; ".join(d[key]))
    lines.append("")
    (RESULTS / "extraction.md").write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
