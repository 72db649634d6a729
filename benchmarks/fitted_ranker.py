"""A ranker fitted on oracle labels, scored with nested cross-validation (tried for #4, not adopted).

The question it answers: does learning the weights from the dev set beat hand-set
weights once the fit is honestly held out? Features are the signals the embed
backend already has; the model and its settings never see the fold they are scored on.
"""
from __future__ import annotations

import itertools
import statistics

RANKER_GRID = {"C": [0.01, 0.1, 1.0], "redundancy": [0.0, 0.5, 1.0]}


def oracle_ids(sentences: list[str], reference: str, scorer, points: int = 3) -> list[int]:
    """Greedy extractive oracle: add the sentence that raises R-1 + R-2 most."""
    chosen: list[int] = []
    for _ in range(min(points, len(sentences))):
        def gain(i: int) -> float:
            s = scorer.score([sentences[j] for j in sorted(chosen + [i])], reference)
            return s["rouge1"] + s["rouge2"]

        chosen.append(max((i for i in range(len(sentences)) if i not in chosen), key=lambda i: (gain(i), -i)))
    return sorted(chosen)


def ranker_features(analysis, embeddings):
    """Per-sentence signals the embed backend has (no raw embedding dimensions: they overfit 100 articles)."""
    import numpy as np

    from briefgen.summarise.embed import readability_problems

    n = len(analysis.sentences)
    words = np.array([len(s.split()) for s in analysis.sentences], dtype=float)
    centroid = embeddings.mean(axis=0)
    centroid = centroid / (np.linalg.norm(centroid) or 1.0)
    index = np.arange(n)
    return np.stack(
        [
            1.0 / (1.0 + index) ** 0.8, index == 0, index == 1, index == 2, index / max(n - 1, 1),
            embeddings @ centroid, embeddings @ embeddings[0], np.log(words), words / 40, (words / 40) ** 2,
            [readability_problems(s) for s in analysis.sentences],
            [i > 0 and analysis.paragraphs[i] == analysis.paragraphs[i - 1] for i in range(n)],
            ['"' in s or "“" in s for s in analysis.sentences], np.full(n, np.log(n)),
        ],
        axis=1,
    ).astype(float)


def fitted_ranker_cv(analyses, embeddings, refs, scorer, folds: int) -> dict:
    """Logistic regression on oracle membership, selection by the embed backend's own MMR;
    (C, redundancy) chosen by an inner CV on the training folds only."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    from briefgen.summarise.embed import mmr_select

    n = len(analyses)
    feats = [ranker_features(a, e) for a, e in zip(analyses, embeddings)]
    labels = []
    for a, ref in zip(analyses, refs):
        y = np.zeros(len(a.sentences), dtype=int)
        y[oracle_ids(a.sentences, ref, scorer)] = 1
        labels.append(y)

    def fit(train: list[int], c: float):
        x = np.concatenate([feats[i] for i in train])
        y = np.concatenate([labels[i] for i in train])
        scaler = StandardScaler().fit(x)
        model = LogisticRegression(C=c, max_iter=5000).fit(scaler.transform(x), y)
        return lambda i: model.decision_function(scaler.transform(feats[i]))

    def score_ids(i: int, ids: list[int]) -> dict[str, float]:
        return scorer.score([analyses[i].sentences[j] for j in ids], refs[i])

    def run(train: list[int], test: list[int], setting: dict) -> list[dict[str, float]]:
        model = fit(train, setting["C"])
        return [
            score_ids(i, mmr_select(model(i), embeddings[i], analyses[i].sentences, 3, setting["redundancy"]))
            for i in test
        ]

    settings = [dict(zip(RANKER_GRID, v)) for v in itertools.product(*RANKER_GRID.values())]
    held_out: list = [None] * n
    choices = []
    for k in range(folds):
        outer = [i for i in range(n) if i % folds != k]
        test = [i for i in range(n) if i % folds == k]

        def inner(setting: dict) -> float:
            total = 0.0
            for j in range(folds - 1):
                inner_test = outer[j :: folds - 1]
                inner_train = [i for i in outer if i not in inner_test]
                total += sum(s["rouge1"] + s["rouge2"] for s in run(inner_train, inner_test, setting))
            return total

        best = max(settings, key=inner)
        choices.append(best)
        for i, s in zip(test, run(outer, test, best)):
            held_out[i] = s
    oracle = [score_ids(i, sorted(np.flatnonzero(labels[i]).tolist())) for i in range(n)]
    mean = lambda xs: {m: statistics.fmean(x[m] for x in xs) for m in xs[0]}
    return {"cv": mean(held_out), "per_article": held_out, "fold_choices": choices, "oracle": mean(oracle)}
