"""Long articles: overlapping chunks cover the text, and merged LLM results keep offsets into the original."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import extract
from extractor.chunking import split_text
from extractor.engines.llm import GroundedFindings
from extractor.grounding import ground_quote, span_is_verified
from extractor.schemas import Article
from extractor.testing.fault_server import FaultServer, Reply, article_text, ok

EDGE = " \t\r\n\"'\u201c\u201d\u2018\u2019.,;:\u2026"
TEXTS = st.text(alphabet=st.sampled_from("ab .\n\u00e9\u0130"), max_size=600) | st.text(max_size=300)


@given(TEXTS, st.integers(1, 120), st.integers(0, 80))
@settings(max_examples=400, deadline=None)
def test_chunks_cover_the_text_in_order_with_bounded_overlap(text: str, max_chars: int, overlap: int) -> None:
    chunks = split_text(text, max_chars, overlap)
    assert chunks and chunks[0].start == 0 and chunks[-1].end == len(text)
    for chunk in chunks:
        assert chunk.text == text[chunk.start : chunk.end]  # offsets point into the original
        if len(text) > max_chars:
            assert 0 < len(chunk.text) <= max_chars
    for before, after in zip(chunks, chunks[1:], strict=False):
        assert before.start < after.start <= before.end < after.end  # no gap, always progress
        assert before.end - after.start <= min(overlap, max_chars // 2)  # shared characters


WORDY = st.lists(
    st.sampled_from(["strike", "jets", "a", "depot.", "Mosul,", "said\n\n", "on"]), min_size=5, max_size=120
).map(" ".join)


@given(WORDY, st.integers(20, 80), st.integers(1, 10))
@settings(max_examples=200, deadline=None)
def test_a_chunk_after_a_cut_opens_at_a_word_start_when_the_overlap_has_one(
    text: str, max_chars: int, overlap: int
) -> None:
    chunks = split_text(text, max_chars, overlap)
    for before, after in zip(chunks, chunks[1:], strict=False):
        shared = text[max(before.end - overlap, before.start + 1) : before.end]
        if re.search(r"\s\S", shared) and not text[after.start - 1].isspace():
            raise AssertionError(f"chunk at {after.start} opens mid-word: {text[after.start - 5 : after.start + 5]!r}")


@given(TEXTS, st.integers(1, 120))
@settings(max_examples=300, deadline=None)
def test_the_offline_engine_pieces_are_the_one_splitter_without_overlap(text: str, size: int) -> None:
    """``nlp.split_pieces`` is ``split_text`` with Windows-1252 punctuation read as marks, one character for one:
    the same offsets and lengths, and the same characters outside the C1 range."""
    from extractor.engines.offline.nlp import split_pieces

    pieces = split_pieces(text, size)
    chunks = split_text(text, size)
    assert [(o, len(p)) for o, p in pieces] == [(c.start, len(c.text)) for c in chunks]
    for (_, piece), chunk in zip(pieces, chunks, strict=True):
        assert all(a == b or "\x80" <= b <= "\x9f" for a, b in zip(piece, chunk.text, strict=True))


def test_text_shorter_than_a_chunk_is_one_chunk() -> None:
    assert split_text("short", 100, 10) == split_text("short", 0) and len(split_text("short", 100)) == 1


@given(st.text(min_size=1, max_size=300), st.data())
@settings(max_examples=300, deadline=None)
def test_a_hint_finds_the_occurrence_at_or_after_it(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    stripped = quote.strip(EDGE)
    if not stripped:
        return
    expected = text.find(stripped, start)
    span = ground_quote(text, quote, start_hint=start)
    assert span is not None
    assert (span.start, text[span.start : span.end]) == (expected, stripped)


@given(
    st.lists(
        st.sampled_from(["Jets struck the bridge.", "A depot burned.", "Officials said nothing."]),
        min_size=2,
        max_size=12,
    ),
    st.data(),
)
@settings(max_examples=150, deadline=None)
def test_grounded_findings_use_the_chunk_offset_for_repeated_quotes(sentences: list[str], data: st.DataObject) -> None:
    text = " ".join(sentences)
    hint = data.draw(st.integers(0, len(text) - 1))
    quote = data.draw(st.sampled_from(sentences))
    raw = {"strikes": [{"attackers": ["Unknown"], "evidence": [{"quote": quote}]}], "claims": [], "summary": ""}
    context: dict[str, Any] = {"text": text, "hint": hint}
    found = GroundedFindings.model_validate(raw, context=context)
    span = found.strikes[0].evidence[0].char_interval
    assert span is not None and span_is_verified(text, found.strikes[0].evidence[0])
    after = text.find(quote, hint)
    assert span.start == (after if after >= 0 else text.find(quote))


def long_article() -> tuple[str, list[str]]:
    """About 4,000 characters of numbered report sentences; sentence 0 appears early and again late."""
    repeated = "Report 0: jets struck the old bridge at dawn."
    sentences = [
        f"Report {i}: aircraft hit target number {i} in district {i % 7}, officials said." for i in range(1, 61)
    ]
    sentences.insert(2, repeated)
    sentences.insert(55, repeated)
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    return "\n\n".join(paragraphs), sentences


def one_strike_per_whole_sentence(request: dict[str, Any]) -> Reply:
    """Hand-written answer: a strike quoting each report sentence the chunk holds whole."""
    chunk = article_text(request)
    quotes = re.findall(r"Report \d+: [^.]*\.", chunk)
    return ok(
        {
            "strikes": [{"attackers": ["Unknown"], "evidence": [{"quote": q}]} for q in quotes],
            "claims": [],
            "summary": f"{len(quotes)} reports.",
        }
    )


def test_llm_engine_merges_chunks_with_offsets_into_the_original_text(tmp_path: Path) -> None:
    text, sentences = long_article()
    article = Article(id="long", text=text)
    with FaultServer(one_strike_per_whole_sentence) as server:
        cfg = server.llm_settings(tmp_path / "cache", chunk_chars=900, chunk_overlap=200)
        result = extract(article, settings=cfg)
        chunks = split_text(text, 900, 200)
        assert len(chunks) >= 4 and server.count == len(chunks) == result.metadata.chunks
        assert [article_text(r) for r in server.requests] == [c.text for c in chunks]
    spans = [s.evidence[0] for s in result.strikes]
    assert all(span_is_verified(text, e) for e in spans)
    starts = [e.char_interval.start for e in spans]
    expected = [m.start() for m in re.finditer(r"Report \d+: [^.]*\.", text)]
    assert sorted(starts) == expected  # each sentence once: overlaps merged, repeats kept at their own place
    repeated = [e.char_interval.start for e in spans if e.quote.startswith("Report 0:")]
    assert len(repeated) == 2 and repeated[0] < chunks[1].start and repeated[1] > chunks[-2].start
    assert result.metadata.attempts == len(chunks)
    assert len(sentences) == len(expected)
