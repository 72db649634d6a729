"""The seq2seq backend with a tiny BART built from a config in the test (no downloads)."""

from __future__ import annotations

import pytest

from briefgen.models import Analysis, Article
from briefgen.summarise.seq2seq import Seq2SeqSummariser, split_points, supporting_sentences, unsupported
from briefgen.errors import ModelError


@pytest.fixture(scope="module")
def tiny_model_dir(tmp_path_factory, seed_path):
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import BartConfig, BartForConditionalGeneration, PreTrainedTokenizerFast

    text = seed_path.read_text(encoding="utf-8")
    tok = Tokenizer(models.WordLevel(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.train_from_iterator(text.splitlines(), trainers.WordLevelTrainer(special_tokens=["<pad>", "<s>", "</s>", "<unk>"]))
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, bos_token="<s>", eos_token="</s>", pad_token="<pad>", unk_token="<unk>",
        model_max_length=64,
    )
    config = BartConfig(
        vocab_size=len(fast), d_model=16, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
        decoder_attention_heads=2, encoder_ffn_dim=32, decoder_ffn_dim=32, max_position_embeddings=64,
        pad_token_id=0, bos_token_id=1, eos_token_id=2, decoder_start_token_id=2, forced_eos_token_id=2,
    )
    torch.manual_seed(0)
    path = tmp_path_factory.mktemp("tiny-bart")
    fast.save_pretrained(path)
    BartForConditionalGeneration(config).save_pretrained(path)
    return str(path)


def test_long_article_is_chunked_to_the_model_limit(tiny_model_dir, seed_analysis):
    from briefgen.summarise.seq2seq import _input_limit, _load

    tokenizer, model = _load(tiny_model_dir)
    assert _input_limit(tokenizer, model) == 64
    summariser = Seq2SeqSummariser(tiny_model_dir, max_new_tokens=12, num_beams=1)
    groups = summariser.chunks(seed_analysis, tokenizer, 56)
    assert len(groups) > 3  # the seed (~800 words) does not fit 64 tokens
    assert [i for g in groups for i in g] == list(range(len(seed_analysis.sentences)))  # nothing lost


def test_generation_runs_and_every_kept_point_is_linked(tiny_model_dir, seed_analysis):
    summariser = Seq2SeqSummariser(tiny_model_dir, max_new_tokens=12, num_beams=1)
    raw = summariser.generate(seed_analysis)
    assert raw, "the tiny model generates text"
    points = summariser(seed_analysis, 3)
    assert len(points) <= 3
    for point in points:
        assert point.sentences and all(0 <= s < len(seed_analysis.sentences) for s in point.sentences)
        assert unsupported(point.text, seed_analysis) is None
    assert Seq2SeqSummariser(tiny_model_dir, max_new_tokens=12, num_beams=1).generate(seed_analysis) == raw


def test_points_with_unsupported_numbers_or_names_are_dropped(seed_analysis, monkeypatch, caplog):
    summariser = Seq2SeqSummariser("unused")
    monkeypatch.setattr(
        summariser,
        "generate",
        lambda analysis: [
            "Syrian forces killed about 300 civilians in northwest Syria.",
            "Syrian forces killed about 3,000 civilians in northwest Syria.",
            "Vladimir Putin met Erdogan in Moscow on Tuesday.",
            "for for for for for for troops troops",
        ],
    )
    with caplog.at_level("WARNING"):
        points = summariser(seed_analysis, 5)
    assert [p.text for p in points] == ["Syrian forces killed about 300 civilians in northwest Syria."]
    assert points[0].sentences[0] == 4
    assert "3,000" in caplog.text and "Putin" in caplog.text and "degenerate" in caplog.text


def test_split_points_and_support():
    assert split_points("One two three. Four five six!<n>Seven eight nine") == [
        "One two three.", "Four five six!", "Seven eight nine",
    ]
    sentences = ["The cat sat on the mat.", "Dogs bark loudly at night."]
    assert supporting_sentences("A cat sat on a mat", sentences) == [0]
    assert supporting_sentences("Completely unrelated words here", sentences) == []


def test_missing_model_is_a_one_line_error(tmp_path):
    analysis = Analysis(Article("t", "Body text here.", "x"), ["Body text here."], [0], [], [[]])
    with pytest.raises(ModelError) as info:
        Seq2SeqSummariser(str(tmp_path / "no-such-model"))(analysis, 3)
    assert "\n" not in str(info.value)
