"""Matrix products for spaCy's networks: numpy's tuned BLAS, on one thread.

thinc multiplies matrices with blis by default, and the blis wheel (1.3) runs its generic
kernel on this machine whatever ``BLIS_ARCH_TYPE`` says: (1100 x 288) by (288 x 288), the
shape of an 800-word text in en_core_web_sm's tok2vec, took 5.2 ms with blis and 1.8 ms
with numpy's OpenBLAS on one thread (median of 50). These are most of spaCy's time (cProfile
of the entity recogniser: gemm 1.06 of 1.37 s on 42 texts of 700-900 words). thinc's own
``NumpyOps(use_blis=False)`` hands the products to numpy instead; only the transition loop of
the parser and entity recogniser keeps blis (it is compiled against it). Per 800-word text
(median of 42): tok2vec 39.9 -> 17.9 ms, entity recogniser 78.1 -> 55.2 ms, all of spaCy
152.9 -> 105.1 ms; every tag, dependency, sentence and entity of the 100 dev articles and the
sample articles is the same.

OpenBLAS would use every core for a product that size, beside the key-point encoder's thread
(which is running then), and its idle threads spin: on two cores whole briefs of the 42 texts
took 273-305 ms (median), against 190-214 ms on one thread and 198-230 ms with blis, in three
alternated runs. So spaCy runs with BLAS held to one thread, as blis is, while it analyses an
article; the caller's setting is back afterwards, so a program calling briefgen keeps its own
numpy threading.
"""

from __future__ import annotations

import contextlib
from functools import lru_cache
from typing import Any

# numpy builds whose BLAS beats blis's generic kernel (numpy.show_config's names): any other
# (a reference BLAS from a distribution) leaves thinc on blis
_TUNED_BLAS = ("openblas", "mkl", "accelerate")


@lru_cache(maxsize=1)
def numpy_blas_is_tuned() -> bool:
    """Whether numpy multiplies with a tuned BLAS (wheels from PyPI all do)."""
    import numpy

    try:
        name = numpy.show_config(mode="dicts")["Build Dependencies"]["blas"]["name"]
    except Exception:  # an old numpy or an unusual build: keep thinc's default
        return False
    return any(tuned in str(name).lower() for tuned in _TUNED_BLAS)


def thinc_ops() -> Any:
    """A context in which spaCy loads its models onto numpy's BLAS, when numpy's is tuned and
    thinc would otherwise use blis: other ops (a GPU's, thinc-apple-ops' Accelerate) are kept."""
    from thinc.api import NumpyOps, get_current_ops, use_ops

    current = get_current_ops()
    if type(current) is not NumpyOps or not getattr(current, "use_blis", False) or not numpy_blas_is_tuned():
        return contextlib.nullcontext()
    return use_ops("numpy", use_blis=False)


def one_blas_thread() -> Any:
    """A context holding BLAS to one thread in this thread, and giving the caller's setting back.

    threadpoolctl lets one thread at a time set OpenBLAS's process-wide count (the first to set
    it, while it lives); a limit asked for by another thread is ignored, which only costs speed.
    """
    return _controller().limit(limits=1, user_api="blas")


@lru_cache(maxsize=1)
def _controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()  # finds the BLAS libraries loaded (1.3 ms), once
