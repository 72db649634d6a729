"""spaCy's matrix products run on numpy's BLAS, held to one thread only while an analysis runs."""

import numpy  # noqa: F401  (loads the BLAS library that threadpoolctl then finds)
import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from briefgen.blas import numpy_blas_is_tuned, one_blas_thread


def blas_threads() -> list[int]:
    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


pytestmark = pytest.mark.skipif(not blas_threads(), reason="threadpoolctl finds no BLAS library in this process")


@pytest.fixture
def two_blas_threads():
    """The caller's setting: two threads (on one core OpenBLAS may keep one, and nothing shows)."""
    with threadpool_limits(limits=2, user_api="blas"):
        if set(blas_threads()) == {1}:
            pytest.skip("this BLAS keeps one thread here, so a limit of one cannot be told apart")
        yield blas_threads()


def test_blas_runs_on_one_thread_during_an_analysis_and_the_callers_setting_comes_back(two_blas_threads):
    with one_blas_thread():
        assert set(blas_threads()) == {1}
        with one_blas_thread():  # an analysis inside another
            assert set(blas_threads()) == {1}
        assert set(blas_threads()) == {1}
    assert blas_threads() == two_blas_threads


def test_an_error_inside_still_gives_the_threads_back(two_blas_threads):
    with pytest.raises(ValueError):
        with one_blas_thread():
            raise ValueError("a broken article")
    assert blas_threads() == two_blas_threads


@pytest.mark.model
def test_an_analysis_runs_with_one_blas_thread(seed_article, monkeypatch, two_blas_threads):
    import briefgen.analyse as stage

    seen: list[list[int]] = []
    pipeline = stage.nlp()
    pipe = pipeline.pipe
    monkeypatch.setattr(pipeline, "pipe", lambda *a, **k: (seen.append(blas_threads()), pipe(*a, **k))[1])
    stage.analyse(seed_article)
    assert seen and set(seen[0]) == {1}
    assert blas_threads() == two_blas_threads


@pytest.mark.model
def test_the_loaded_pipeline_multiplies_with_numpy_when_numpys_blas_is_tuned():
    # test_analyse's first test compares every annotation with the model as spaCy loads it (blis)
    from briefgen.analyse import nlp

    pipeline = nlp()
    assert numpy_blas_is_tuned()  # numpy's wheels all ship OpenBLAS (or Accelerate on macOS)
    for name in ("tok2vec", "ner", "parser"):
        assert pipeline.get_pipe(name).model.ops.use_blis is False


def test_ops_other_than_thincs_blis_are_kept():
    from thinc.api import NumpyOps, get_current_ops, use_ops

    from briefgen.blas import thinc_ops

    class AcceleratedOps(NumpyOps):  # what thinc-apple-ops registers on a Mac
        name = "accelerated"

    with thinc_ops():
        assert type(get_current_ops()) is NumpyOps
        assert get_current_ops().use_blis is (not numpy_blas_is_tuned())
    with use_ops("numpy", use_blis=False):
        with thinc_ops():
            assert get_current_ops().use_blis is False
    from thinc.api import set_current_ops

    before = get_current_ops()
    set_current_ops(AcceleratedOps())
    try:
        with thinc_ops():
            assert type(get_current_ops()) is AcceleratedOps
    finally:
        set_current_ops(before)
