"""The encoder's two runtimes (onnxruntime, PyTorch) give the same vectors.

A tiny BERT is built from a config in the test (no downloads), exported to ONNX
in a temporary cache, and compared with the PyTorch model it came from. The float
export must match PyTorch exactly; its int8 copy only closely.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from briefgen.errors import ConfigError, ModelError
from briefgen.summarise import encoder

SENTENCES = [
    "Aid agencies said 900,000 people had fled their homes.",
    "The talks ended.",
    "Officials met on Tuesday to agree a ceasefire in the north of the province.",
    "Troops were deployed to the border.",
    "A short one.",
]


@pytest.fixture(scope="module")
def tiny_bert(tmp_path_factory, seed_path):
    import torch
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import BertConfig, BertModel, BertTokenizerFast

    words = sorted({w for w in seed_path.read_text(encoding="utf-8").lower().split() if w.isalpha()})
    special = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    vocab = {token: i for i, token in enumerate(special + words)}
    tok = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])]
    )
    fast = BertTokenizerFast(tokenizer_object=tok, model_max_length=64)
    config = BertConfig(
        vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=300,
    )
    torch.manual_seed(0)
    path = tmp_path_factory.mktemp("tiny-bert")
    fast.save_pretrained(path)
    BertModel(config).eval().save_pretrained(path)
    return str(path)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    encoder._encoder.cache_clear()
    yield tmp_path / "briefgen" / "onnx"
    encoder._encoder.cache_clear()


def test_onnx_export_matches_pytorch_and_is_reused(tiny_bert, cache, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "onnx")
    monkeypatch.setenv("BRIEFGEN_ENCODER_PRECISION", "fp32")
    onnx = encoder.get_encoder(tiny_bert)
    assert onnx.runtime == "onnx"
    assert len(list(cache.glob("*.onnx"))) == 1
    assert not list(cache.glob("*.tmp"))  # written atomically

    torch_encoder = encoder.TorchEncoder(tiny_bert)
    for batch_size in (1, 2, 8):
        got = onnx.encode(SENTENCES, batch_size=batch_size)
        want = torch_encoder.encode(SENTENCES, batch_size=batch_size)
        assert got.shape == (5, 32)
        assert np.abs(got - want).max() < 1e-5
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)

    # a second process (cache cleared) reuses the export instead of exporting again
    encoder._encoder.cache_clear()
    monkeypatch.setattr(encoder, "export_onnx", lambda *a: pytest.fail("exported twice"))
    assert encoder.get_encoder(tiny_bert).runtime == "onnx"


def test_changed_weights_are_exported_again_moved_folders_are_not(tiny_bert, cache, monkeypatch, tmp_path):
    import shutil

    import torch
    from transformers import BertModel

    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "onnx")
    monkeypatch.setenv("BRIEFGEN_ENCODER_PRECISION", "fp32")
    copy = tmp_path / "elsewhere" / Path(tiny_bert).name
    shutil.copytree(tiny_bert, copy)  # new location and new mtimes, same content
    encoder.get_encoder(tiny_bert)
    encoder._encoder.cache_clear()
    encoder.get_encoder(str(copy))
    assert len(list(cache.glob("*.onnx"))) == 1

    torch.manual_seed(1)  # "fine-tuned": same architecture and file size, other weights
    BertModel(BertModel.config_class.from_pretrained(copy)).save_pretrained(copy)
    encoder._encoder.cache_clear()
    retrained = encoder.get_encoder(str(copy))
    assert len(list(cache.glob("*.onnx"))) == 2
    assert np.abs(retrained.encode(SENTENCES) - encoder.TorchEncoder(str(copy)).encode(SENTENCES)).max() < 1e-5


@pytest.mark.parametrize("precision", ["fp32", "int8"])
def test_a_damaged_cached_model_is_replaced(tiny_bert, cache, monkeypatch, caplog, precision):
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "onnx")
    monkeypatch.setenv("BRIEFGEN_ENCODER_PRECISION", precision)
    onnx_file = encoder.get_encoder(tiny_bert).onnx_file
    assert onnx_file.name.endswith("-int8v1.onnx") == (precision == "int8")
    onnx_file.write_bytes(b"not an onnx model")
    encoder._encoder.cache_clear()
    with caplog.at_level(logging.WARNING, logger="briefgen.summarise.encoder"):
        again = encoder.get_encoder(tiny_bert)
    assert "cached ONNX model unusable" in caplog.text
    assert again.runtime == "onnx" and again.precision == precision and again.onnx_file == onnx_file
    assert onnx_file.stat().st_size > 1000
    assert again.encode(SENTENCES).shape == (5, 32)


def test_failed_export_falls_back_to_pytorch_in_auto_and_fails_clearly_when_asked(tiny_bert, cache, monkeypatch, caplog):
    def broken(path, dest, layers=None):
        raise RuntimeError("exporter exploded")

    monkeypatch.setattr(encoder, "export_onnx", broken)
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "auto")
    with caplog.at_level(logging.WARNING, logger="briefgen.summarise.encoder"):
        fallback = encoder.get_encoder(tiny_bert)
    assert fallback.runtime == "torch"
    assert "using PyTorch: exporter exploded" in caplog.text
    assert fallback.encode(SENTENCES).shape == (5, 32)

    encoder._encoder.cache_clear()
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "onnx")
    with pytest.raises(ModelError, match="cannot use the onnx encoder runtime: exporter exploded"):
        encoder.get_encoder(tiny_bert)


def test_torch_runtime_and_bad_setting(tiny_bert, cache, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "torch")
    assert encoder.get_encoder(tiny_bert).runtime == "torch"
    assert not cache.exists()  # nothing exported
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "gpu")
    with pytest.raises(ConfigError, match="BRIEFGEN_ENCODER_RUNTIME"):
        encoder.get_encoder(tiny_bert)
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "onnx")
    monkeypatch.setenv("BRIEFGEN_ENCODER_PRECISION", "int4")
    with pytest.raises(ConfigError, match="BRIEFGEN_ENCODER_PRECISION must be one of int8, fp32"):
        encoder.get_encoder(tiny_bert)


def _cosines(a, b):
    return (a * b).sum(axis=1)


def test_int8_by_default_close_to_the_float_model_and_reused(tiny_bert, cache, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "onnx")
    monkeypatch.delenv("BRIEFGEN_ENCODER_PRECISION", raising=False)
    int8 = encoder.get_encoder(tiny_bert)
    assert int8.onnx_file.name.endswith("-int8v1.onnx") and int8.precision == "int8"
    assert sorted(f.name.endswith("-int8v1.onnx") for f in cache.glob("*.onnx")) == [False, True]
    assert not list(cache.glob("*.tmp")) and not [d for d in cache.iterdir() if d.is_dir()]

    want = encoder.TorchEncoder(tiny_bert).encode(SENTENCES)
    got = int8.encode(SENTENCES)
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    assert _cosines(got, want).min() > encoder.QUANTISE_MIN_COSINE
    assert np.abs(got - want).max() > 1e-6  # really the quantised model, not the float one
    assert np.array_equal(int8.encode(SENTENCES), got)  # the same vectors every time

    # a later process opens the int8 file alone: no export, no quantising, no float session
    encoder._encoder.cache_clear()
    monkeypatch.setattr(encoder, "export_onnx", lambda *a: pytest.fail("exported twice"))
    monkeypatch.setattr(encoder, "quantise_onnx", lambda *a: pytest.fail("quantised twice"))
    opened = []
    real = encoder.OnnxEncoder
    monkeypatch.setattr(encoder, "OnnxEncoder", lambda path, file, *rest: opened.append(Path(file).name) or real(path, file, *rest))
    again = encoder.get_encoder(tiny_bert)
    assert opened == [int8.onnx_file.name]
    assert np.array_equal(again.encode(SENTENCES), got)


def test_an_int8_copy_that_strays_from_the_float_model_is_refused(tiny_bert, cache, monkeypatch, caplog):
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "onnx")
    monkeypatch.setenv("BRIEFGEN_ENCODER_PRECISION", "int8")
    monkeypatch.setattr(encoder, "QUANTISE_MIN_COSINE", 1.01)
    with caplog.at_level(logging.WARNING, logger="briefgen.summarise.encoder"):
        fallback = encoder.get_encoder(tiny_bert)
    assert "int8 encoder unavailable, using the float model: the int8 model strays" in caplog.text
    assert fallback.runtime == "onnx" and fallback.precision == "fp32"
    assert not fallback.onnx_file.name.endswith("-int8v1.onnx")
    assert not list(cache.glob("*-int8v1.onnx")) and not [d for d in cache.iterdir() if d.is_dir()]
    assert np.abs(fallback.encode(SENTENCES) - encoder.TorchEncoder(tiny_bert).encode(SENTENCES)).max() < 1e-5


def test_the_onnx_runtime_needs_a_local_model_folder(monkeypatch, cache):
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "onnx")
    with pytest.raises(ModelError, match="local model folder"):
        encoder.get_encoder("some-org/some-hub-model")


def test_a_brief_needs_neither_torch_nor_transformers_once_exported(seed_path, tmp_path):
    """The cold path the speed benchmark measures: spaCy + onnxruntime only."""
    code = (
        "import sys; from briefgen import brief; b = brief(sys.argv[1]);"
        "assert b.key_points;"
        "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))"
    )
    env = {**os.environ, "BRIEFGEN_ENCODER_RUNTIME": "onnx", "HF_HUB_OFFLINE": "1"}
    runs = [
        subprocess.run([sys.executable, "-c", code, str(seed_path)], env=env, capture_output=True, text=True, timeout=600)
        for _ in range(2)  # the first run may export the model (imports torch once)
    ]
    assert runs[1].returncode == 0, runs[1].stderr
    assert runs[1].stdout.strip() == "[]"


def test_thread_count_follows_omp_num_threads(tiny_bert, cache, monkeypatch):
    """A Dask nanny sets OMP_NUM_THREADS=1 per worker: the encoder then uses no thread but the caller's."""
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "onnx")
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    onnx = encoder.get_encoder(tiny_bert)
    # each batch runs on one thread; the cores take whole batches instead
    assert onnx.session.get_session_options().intra_op_num_threads == 1

    def no_helpers():
        raise AssertionError("a helper thread was asked for with OMP_NUM_THREADS=1")

    monkeypatch.setattr(encoder, "_pool", no_helpers)
    assert onnx.encode(SENTENCES * 3).shape == (len(SENTENCES) * 3, onnx.dim)
    monkeypatch.setenv("OMP_NUM_THREADS", "not a number")
    assert encoder._threads() == max(1, os.cpu_count() or 1)


def test_batches_are_shared_between_threads_and_give_the_same_vectors(tiny_bert, cache, monkeypatch):
    """With two threads both take batches, and each vector is what one thread alone computes."""
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "onnx")
    onnx = encoder.get_encoder(tiny_bert)
    texts = [f"{s} Number {i}." for i, s in enumerate(SENTENCES * 4)]
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    alone = onnx.encode(texts)
    threads = set()
    run = onnx._run

    def slow_run(batch):
        threads.add(threading.get_ident())
        time.sleep(0.02)  # long enough for the helper to take a batch while this one runs
        return run(batch)

    monkeypatch.setattr(onnx, "_run", slow_run)
    monkeypatch.setenv("OMP_NUM_THREADS", "2")
    shared = onnx.encode(texts)
    assert len(threads) == 2
    np.testing.assert_array_equal(shared, alone)


def test_a_failed_batch_reaches_the_caller_and_nothing_hangs(tiny_bert, cache, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "onnx")
    monkeypatch.setenv("OMP_NUM_THREADS", "2")
    onnx = encoder.get_encoder(tiny_bert)
    calls = []

    def failing_run(batch):
        calls.append(batch)
        if len(calls) == 2:
            raise RuntimeError("onnxruntime: out of memory")
        time.sleep(0.01)
        return np.zeros((len(batch), onnx.dim), dtype=np.float32)

    monkeypatch.setattr(onnx, "_run", failing_run)
    with pytest.raises(RuntimeError, match="out of memory"):
        onnx.encode([f"Sentence {i}." for i in range(40)])
    assert len(calls) < 10  # the batches left were dropped, not run


@pytest.fixture
def no_pending():
    encoder._pending.clear()
    yield encoder._pending
    encoder._pending.clear()


@pytest.mark.parametrize("runtime", ["onnx", "torch"])
def test_an_encoding_started_early_gives_the_same_vectors(tiny_bert, cache, no_pending, monkeypatch, runtime):
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", runtime)
    monkeypatch.setenv("OMP_NUM_THREADS", "2")
    now = encoder.encode_texts(tiny_bert, SENTENCES)
    encoder.encode_soon(tiny_bert, SENTENCES)
    assert list(no_pending) == [(tiny_bert, None, tuple(SENTENCES))]
    early = encoder.encode_texts(tiny_bert, SENTENCES)
    assert not no_pending  # collected once, then forgotten
    np.testing.assert_array_equal(early, now)


def test_early_encodings_need_two_threads_and_are_few(tiny_bert, cache, no_pending, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "onnx")
    monkeypatch.setenv("OMP_NUM_THREADS", "1")  # a Dask worker beside others: no extra thread
    encoder.encode_soon(tiny_bert, SENTENCES)
    assert not no_pending
    monkeypatch.setenv("OMP_NUM_THREADS", "2")
    for i in range(encoder._MAX_PENDING + 2):  # started for articles whose analysis then failed
        encoder.encode_soon(tiny_bert, SENTENCES[i % 5 :] + [f"Sentence {i}."])
    assert len(no_pending) == encoder._MAX_PENDING
    assert (tiny_bert, None, tuple(SENTENCES + ["Sentence 0."])) not in no_pending  # the oldest went first
    for future in list(no_pending.values()):
        future.result()


def test_an_early_encodings_error_reaches_the_caller(no_pending, monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "2")

    def broken(path, layers=None):
        raise ModelError("the sentence-embedding model is not installed")

    monkeypatch.setattr(encoder, "get_encoder", broken)
    encoder.encode_soon("some/model", SENTENCES)
    with pytest.raises(ModelError, match="not installed"):
        encoder.encode_texts("some/model", SENTENCES)


@pytest.mark.parametrize("runtime", ["onnx", "torch"])
def test_a_draft_of_the_sentences_serves_the_final_ones_and_the_vectors_are_the_same(
    tiny_bert, cache, no_pending, monkeypatch, runtime
):
    """The draft (split before spaCy parses) and the final sentences share one encoding per
    article: what both hold is encoded once, the draft's others are dropped or wasted, what the
    draft missed is encoded then, and the vectors are those of encoding the final ones now."""
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", runtime)
    monkeypatch.setenv("OMP_NUM_THREADS", "2")
    final = SENTENCES[:3] + ["Troops were deployed to the border, officials said."]
    draft = SENTENCES[:3] + ["Troops were deployed to the border,", "officials said."]
    now = encoder.encode_texts(tiny_bert, final)
    ran = []
    session_run = encoder.OnnxEncoder._run

    def counting_run(self, texts):
        ran.extend(texts)
        return session_run(self, texts)

    monkeypatch.setattr(encoder.OnnxEncoder, "_run", counting_run)
    encoder.encode_soon(tiny_bert, draft, key="article 1", draft=True)
    encoder.encode_soon(tiny_bert, final, key="article 1")
    assert list(no_pending) == [(tiny_bert, None, "article 1")]  # one encoding per article
    early = encoder.encode_texts(tiny_bert, final, key="article 1")
    assert not no_pending
    np.testing.assert_array_equal(early, now)
    if runtime == "onnx":
        assert all(ran.count(text) == 1 for text in final)  # the shared sentences were encoded once
    # a key whose encoding was never started is encoded now, the same
    np.testing.assert_array_equal(encoder.encode_texts(tiny_bert, final, key="article 2"), now)


def test_an_early_encoding_asked_for_other_sentences_or_none_still_answers(tiny_bert, cache, no_pending, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "onnx")
    monkeypatch.setenv("OMP_NUM_THREADS", "2")
    encoder.encode_soon(tiny_bert, SENTENCES, key="a", draft=True)  # a draft, and no final sentences
    np.testing.assert_array_equal(encoder.encode_texts(tiny_bert, SENTENCES[::-1], key="a"), encoder.encode_texts(tiny_bert, SENTENCES[::-1]))
    encoder.encode_soon(tiny_bert, SENTENCES, key="b")
    assert encoder.encode_texts(tiny_bert, [], key="b").shape == (0, encoder.get_encoder(tiny_bert).dim)


def test_a_sentences_int8_vector_does_not_depend_on_the_sentences_beside_it(tiny_bert, cache, monkeypatch):
    """int8 runs quantise each run's activations with one scale, so batching sentences together
    would make a sentence's vector depend on its neighbours (another article, another digest)."""
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", "onnx")
    onnx = encoder.get_encoder(tiny_bert)
    assert onnx.precision == "int8"
    together = onnx.encode(SENTENCES)
    for i, sentence in enumerate(SENTENCES):
        np.testing.assert_array_equal(onnx.encode([sentence])[0], together[i])


def _first_layers_by_hand(path, layers, sentences):
    """Mean of the whole model's ``layers``-th hidden states over real tokens, L2-normalised:
    what an encoder of its first ``layers`` must give, computed without it."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    tokenizer, model = AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path).eval()
    batch = tokenizer(sentences, padding=True, return_tensors="pt")
    with torch.no_grad():
        hidden = model(**batch, output_hidden_states=True).hidden_states[layers]
    mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
    return torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=1).numpy()


@pytest.mark.parametrize("runtime", ["onnx", "torch"])
def test_an_encoder_of_the_first_layers_gives_those_layers_vectors_and_has_its_own_export(
    tiny_bert, cache, monkeypatch, runtime
):
    monkeypatch.setenv("BRIEFGEN_ENCODER_RUNTIME", runtime)
    monkeypatch.setenv("BRIEFGEN_ENCODER_PRECISION", "fp32")
    first = encoder.get_encoder(tiny_bert, layers=1)
    whole = encoder.get_encoder(tiny_bert)
    assert first is not whole
    assert np.abs(first.encode(SENTENCES) - _first_layers_by_hand(tiny_bert, 1, SENTENCES)).max() < 1e-5
    assert np.abs(whole.encode(SENTENCES) - _first_layers_by_hand(tiny_bert, 2, SENTENCES)).max() < 1e-5
    assert np.abs(first.encode(SENTENCES) - whole.encode(SENTENCES)).max() > 1e-3  # a random tiny BERT: small steps
    if runtime == "onnx":
        assert first.onnx_file.name.endswith("-L1.onnx") and not whole.onnx_file.name.endswith("-L1.onnx")
        assert sorted(p.name for p in cache.glob("*.onnx")) == sorted([first.onnx_file.name, whole.onnx_file.name])
    # as many layers as the model has, or more, is the whole model: one export, one encoder
    assert encoder.get_encoder(tiny_bert, layers=2) is whole
    assert encoder.get_encoder(tiny_bert, layers=12) is whole
    with pytest.raises(ConfigError, match="at least one layer"):
        encoder.get_encoder(tiny_bert, layers=0)


def test_the_layers_key_points_read(monkeypatch, tiny_bert):
    monkeypatch.delenv("BRIEFGEN_EMBED_LAYERS", raising=False)
    assert encoder.layers_setting() is None  # all of them, unless asked
    for raw, want in (("4", 4), ("1", 1), (" ALL ", None), ("all", None), ("", None)):
        monkeypatch.setenv("BRIEFGEN_EMBED_LAYERS", raw)
        assert encoder.layers_setting() == want
    for bad in ("0", "-1", "four", "2.5"):
        monkeypatch.setenv("BRIEFGEN_EMBED_LAYERS", bad)
        with pytest.raises(ConfigError, match="BRIEFGEN_EMBED_LAYERS"):
            encoder.layers_setting()
    assert encoder.model_layers(tiny_bert) == 2
    assert encoder.model_layers(str(Path(tiny_bert).parent / "no-such-model")) is None
