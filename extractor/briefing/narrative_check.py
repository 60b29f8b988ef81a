"""Is a narrative sentence supported by the events it cites? Valid citation ids are not enough.

An LLM-written sentence may cite a real article and still say something no cited event says
("French Air Force struck Paris, killing 500"). Each sentence is checked against the facts of what it
cites, by data: every force, armed group, government or country the lexicons recognise in it, and every
place the gazetteer knows, must be named by a cited event (attackers, place, region, country, targets,
claimants); every number must be a figure of a cited event (or a count of what it cites). Years and
day numbers next to a month name are dates, not figures.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from extractor.gazetteer import get_gazetteer
from extractor.lexicons import fold, load_lexicon
from extractor.schemas import NarrativeSentence
from extractor.support import name_supported, stated_numbers

_NAME_KINDS = ("force", "group", "government", "country", "source")
MIN_ALIAS_CHARS = 4
_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_NUMBERS = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}\b|\b(?:19|20)\d\d\b", re.I)


@cache
def _name_forms() -> tuple[tuple[str, str], ...]:
    """(folded form, canonical name) for every lexicon name and alias long enough not to be a common word."""
    forms = []
    for kind in _NAME_KINDS:
        for entry in load_lexicon(kind).entries:
            for form in (entry.name, *entry.aliases, *entry.attrs.get("demonyms", [])):
                if len(form) >= MIN_ALIAS_CHARS:
                    forms.append((fold(form), entry.name))
    return tuple(forms)


def _facts(data: dict[str, Any], ids: list[str]) -> tuple[str, set[int]]:
    """What the cited articles' events and claims say: their names as one text, and their numbers."""
    cited = set(ids)
    names: list[str] = []
    numbers: set[int] = {1, len(cited)}
    events = [e for e in data.get("events", []) if cited & {s["article_id"] for s in e.get("sources", [])}]
    numbers.add(len(events))
    for event in events:
        names += [*event.get("attackers", []), *event.get("targets", []), *event.get("target_groups", [])]
        names += [event.get(k) or "" for k in ("place", "region", "country")]
        names += [s.get("outlet") or "" for s in event.get("sources", [])]
        numbers.add(len(event.get("sources", [])))
        for figure in event.get("figures", []):
            values = [figure.get("low"), figure.get("high")]
            values += [v.get(k) for v in figure.get("by_source", []) for k in ("min", "max")]
            numbers.update(v for v in values if v is not None)
    for pair in data.get("contested", []):
        for side in (pair["asserts"], pair["denies"]):
            if side["article_id"] in cited:
                names += [side.get("claimant") or "", side.get("organisation") or "", side.get("statement") or ""]
    names += [f.get("detail") or "" for f in data.get("date_flags", []) if f.get("article_id") in cited]
    return " \n ".join(n for n in names if n), numbers


def sentence_problem(sentence: NarrativeSentence, data: dict[str, Any]) -> str | None:
    """Why a sentence says more than the events it cites (a name or a number they lack); None when it does not."""
    text, numbers = _facts(data, sentence.article_ids)
    folded = f" {fold(sentence.text)} "
    for form, name in _name_forms():
        if f" {form} " in folded and not name_supported(name, text):
            return f"{name!r} is not in the events it cites"
    gazetteer = get_gazetteer()
    for match in _CAPITALISED.finditer(sentence.text):
        for candidate in dict.fromkeys([match.group(), match.group().split()[0]]):
            found = gazetteer.lookup(candidate, frozenset())
            if found is not None and not any(name_supported(n, text) for n in (candidate, found.name)):
                return f"place {candidate!r} is not in the events it cites"
    stated, _ = stated_numbers(_DATE_NUMBERS.sub(" ", sentence.text))
    unsupported = sorted(n for n in stated if n not in numbers)
    if unsupported:
        return f"figure {unsupported[0]} is not in the events it cites"
    return None
