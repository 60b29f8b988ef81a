"""Does an item's evidence support what the item says? A found quote is not enough.

Grounding (``extractor.grounding``) proves a quote is in the article. This module checks that the
quotes say what the record claims, field by field, with data rather than judgement:

- evidence is a clause (at least ``MIN_CLAUSE_WORDS`` words, one of them a verb), not a word;
- each attacker is named in the strike's quotes: its name, a lexicon alias or demonym, its country,
  or a distinctive word of the name;
- the place is named in the strike's quotes (name, lexicon alias or a distinctive word);
- each casualty figure is a number its own quotes state, in digits or words ("seven", "two hundred",
  "a dozen"; "dozens" covers 24-99, as the casualties lexicon reads vague amounts);
- the strike date is written in the quotes (month and day, ISO date), or is a relative phrase
  ("on Sunday", "yesterday", "last week") that fits the article's publication date;
- a claim's claimant is named in the claim's quotes.

An unsupported field is reported as a :class:`Problem`; the LLM engine re-asks with the problems and,
after the last attempt, drops the field (or the item, when its evidence is no clause) and counts it.
The offline engine's own results pass the same check (see ``docs/reliability.md`` for the measurement).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from extractor.lexicons import fold, load_lexicon, load_rules, shift_date
from extractor.schemas import Casualty, Claim, Evidence, StrikeReport

PARAGRAPHS_BEFORE = 1
CONTEXT_CHARS = 1500
_WORDS = load_rules("support")
MIN_CLAUSE_WORDS = int(_WORDS["clause"]["min_words"])
_VERBS = frozenset(_WORDS["clause"]["verbs"])
_VERB_ENDING = re.compile(r"[a-z]{2,}(?:ed|ing)$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|\d[\d,.]*")
_GENERIC = frozenset(_WORDS["names"]["generic"])
_NAMELESS = frozenset(_WORDS["names"]["nameless_attackers"])
_NAMELESS_CLAIMANTS = frozenset(_WORDS["names"]["nameless_claimants"])
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for name in names
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Problem:
    """One field its evidence does not support: which field, and a message the model can act on."""

    field: str
    message: str


def _words(text: str) -> list[str]:
    return [w.lower().strip("'\u2019-") for w in _WORD.findall(text)]


def is_clause(quote: str) -> bool:
    """True when a quote reads as a clause: enough words, one of them a verb."""
    words = _words(quote)
    if len(words) < MIN_CLAUSE_WORDS:
        return False
    return any(w in _VERBS or _VERB_ENDING.match(w) for w in words)


def _contains(haystack: str, needle: str) -> bool:
    """Whole-word containment of one folded string in another."""
    return bool(needle) and f" {needle} " in f" {haystack} "


def _fold(text: str) -> str:
    """The lexicons' comparison key, possessives removed ("Lebanon's" reads as "Lebanon")."""
    return fold(re.sub(r"['\u2019]s\b", "", text))


def _distinctive(name: str) -> list[str]:
    return [w for w in _fold(name).split() if len(w) >= 3 and w not in _GENERIC and not w.isdigit()]


@cache
def _name_forms(name: str) -> tuple[str, ...]:
    """Folded ways a name may be written: itself, its lexicon aliases and demonyms, its country's names."""
    forms = {_fold(name)}
    for kind in ("force", "group", "government", "source", "country", "place"):
        entry = load_lexicon(kind).lookup(name)
        if entry is None:
            continue
        forms.update(_fold(n) for n in (entry.name, *entry.aliases, *entry.attrs.get("demonyms", [])))
        country = entry.attrs.get("country") if entry.attrs.get("default_for_country") else None
        if country:
            forms.update(_name_forms(country))
    return tuple(f for f in forms if f)


def name_supported(name: str, text: str) -> bool:
    """True when ``text`` names ``name``: a lexicon form of it, or one of its distinctive words."""
    folded = _fold(text)
    if any(_contains(folded, form) for form in _name_forms(name)):
        return True
    return any(_contains(folded, word) for word in _distinctive(name))


@cache
def _number_words() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    rules = load_rules("casualties")
    return rules.get("numbers", {}), rules.get("scales", {}), rules.get("vague", {})


def stated_numbers(text: str) -> tuple[set[int], list[int]]:
    """Numbers a text states (digits, number words, "two hundred", "twenty-three"), and its vague amounts."""
    numbers, scales, vague = _number_words()
    stated: set[int] = set()
    vague_bases: list[int] = []
    current: int | None = None
    for raw in re.findall(r"\d[\d,]*(?:\.\d+)?|[a-z]+", text.lower().replace("-", " ")):
        if raw[0].isdigit():
            digits = raw.replace(",", "").split(".")[0]
            value = int(digits) if digits.isdigit() else None
            current = value
            if value is not None:
                stated.add(value)
            continue
        if raw in scales and current is not None:
            current *= int(scales[raw])
            stated.add(current)
        elif raw in numbers:
            value = int(numbers[raw])
            current = current + value if current is not None and current >= 20 and value < 10 else value
            stated.add(current)
        elif raw in vague:
            vague_bases.append(int(vague[raw]))
            current = None
        elif raw in ("a", "an"):
            stated.add(1)
            current = 1
        else:
            current = None
    return stated, vague_bases


def figure_supported(value: int, text: str) -> bool:
    """True when ``text`` states ``value``, exactly or as a vague amount of its order ("dozens": 24-99)."""
    stated, vague_bases = stated_numbers(text)
    if value in stated:
        return True
    return any(base <= value < 10 ** len(str(base)) for base in vague_bases)


@cache
def _relative_phrases() -> dict[str, tuple[str, int]]:
    return {
        phrase: (unit, int(offset)) for phrase, (unit, offset, _) in load_rules("dates").get("relative", {}).items()
    }


def date_supported(day: date, precision: str, text: str, published: date | None) -> bool:
    """True when ``text`` writes ``day`` (month and day, ISO), or a relative phrase that fits ``published``."""
    if day.isoformat() in text:
        return True
    words = _words(text)
    months = {_MONTHS[w] for w in words if w in _MONTHS}
    years = {int(w) for w in words if w.isdigit() and len(w) == 4}
    days = {int(m) for m in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", text)}
    year_fits = day.year in years or (not years and (published is None or abs(published.year - day.year) <= 1))
    if precision == "year" and day.year in years:
        return True
    if day.month in months and year_fits and (precision != "day" or day.day in days):
        return True
    if published is None:
        return False
    if _WEEKDAYS[day.weekday()] in words and timedelta(0) <= published - day <= timedelta(days=7):
        return True
    folded = " ".join(words)
    for phrase, (unit, offset) in _relative_phrases().items():
        if _contains(folded, " ".join(_words(phrase))):
            start = shift_date(published, unit, offset) - timedelta(days=1 if unit in ("day", "week") else 0)
            if start <= day <= published + timedelta(days=1):
                return True
    return False


def _line_start(text: str, pos: int, back: int) -> int:
    """Start of the line holding ``pos``, moved back over ``back`` non-blank lines."""
    start = text.rfind("\n", 0, pos) + 1
    while back > 0 and start > 0:
        start = text.rfind("\n", 0, start - 1) + 1
        if text[start : text.find("\n", start)].strip():
            back -= 1
    return start


def surroundings(article_text: str, evidence: list[Evidence], before: int = PARAGRAPHS_BEFORE) -> str:
    """The paragraphs each evidence span sits in, with ``before`` paragraphs ahead of it (at most
    ``CONTEXT_CHARS`` either side, so one huge paragraph is not context for everything)."""
    parts: list[str] = []
    for e in evidence:
        span = e.char_interval
        if span is None:
            continue
        end = article_text.find("\n", span.end)
        start = max(_line_start(article_text, span.start, before), span.start - CONTEXT_CHARS)
        end = min(len(article_text) if end < 0 else end, span.end + CONTEXT_CHARS)
        parts.append(article_text[start:end])
    return " \n ".join(parts)


def _quotes(evidence: list[Evidence]) -> str:
    return " \n ".join(e.quote for e in evidence)


def evidence_problems(item: StrikeReport | Claim) -> list[Problem]:
    """Quotes that are a word or a phrase rather than a clause."""
    return [
        Problem("evidence", f"evidence {e.quote[:60]!r} is not a clause: quote the whole sentence that reports it")
        for e in item.evidence
        if not is_clause(e.quote)
    ]


def casualty_problem(casualty: Casualty) -> Problem | None:
    """A figure its own quotes do not state."""
    text = _quotes(casualty.evidence)
    for value in dict.fromkeys(n for n in (casualty.min, casualty.max) if n is not None):
        if not figure_supported(value, text):
            return Problem(
                "casualties",
                f"casualty figure {value} is not stated in its quote {text[:80]!r}: quote the words giving the number",
            )
    return None


def _date_words_supported(strike: StrikeReport, article_text: str | None, published: date | None) -> bool:
    """The date's own words (``date_text``) are in the article and mean the strike date."""
    from extractor.grounding import ground_quote

    if not strike.date_text or strike.strike_date is None or article_text is None:
        return False
    if ground_quote(article_text, strike.date_text) is None:
        return False
    return date_supported(strike.strike_date, strike.date_precision, strike.date_text, published)


def _unsupported_location(strike: StrikeReport, names_text: str) -> dict[str, str]:
    """Parts of the location not named in the text: the place; its region and country too, unless the place
    is named (a named place may stand for its region and country, which the resolver fills from the gazetteer)."""
    location = strike.location
    out: dict[str, str] = {}
    for part, value in (("place", location.place), ("region", location.region), ("country", location.country)):
        if not value:
            continue
        if name_supported(value, names_text):
            break  # a named place stands for its region and country, a named region for its country
        out[part] = value
    return out


def strike_problems(strike: StrikeReport, published: date | None, article_text: str | None = None) -> list[Problem]:
    """Every field of a strike that its quotes do not support (casualty figures included).

    With ``article_text``, names may also be read in the paragraphs the quotes sit in (a strike's attackers
    are often named a sentence earlier), and the date in its own words (``date_text``) where the article has them.
    """
    text = _quotes([*strike.evidence, *(e for c in strike.casualties for e in c.evidence)])
    names_text = text + " \n " + surroundings(article_text, strike.evidence) if article_text else text
    problems = evidence_problems(strike)
    for attacker in strike.attackers:
        if set(fold(attacker).split()) <= _NAMELESS:
            continue
        if not name_supported(attacker, names_text):
            problems.append(
                Problem("attackers", f"attacker {attacker!r} is not named in the strike's evidence {text[:80]!r}")
            )
    for part, value in _unsupported_location(strike, names_text).items():
        problems.append(Problem("location", f"{part} {value!r} is not named in the strike's evidence {text[:80]!r}"))
    if (
        strike.strike_date is not None
        and not date_supported(strike.strike_date, strike.date_precision, text, published)
        and not _date_words_supported(strike, article_text, published)
    ):
        words = f" ({strike.date_text!r})" if strike.date_text else ""
        problems.append(
            Problem(
                "strike_date",
                f"strike date {strike.strike_date.isoformat()}{words} is not written in the strike's evidence "
                "(nor a relative date that fits the publication date): quote the date words",
            )
        )
    problems.extend(p for p in map(casualty_problem, strike.casualties) if p is not None)
    return problems


def claim_problems(claim: Claim, article_text: str | None = None) -> list[Problem]:
    """A claim whose quotes are no clause, or do not name its claimant (in them or, with ``article_text``,
    in the paragraphs they sit in: "..., he said" names its speaker a sentence earlier)."""
    problems = evidence_problems(claim)
    text = _quotes(claim.evidence) + (f" \n {claim.quote}" if claim.quote else "")
    if article_text:
        text += " \n " + surroundings(article_text, claim.evidence)
    nameless = set(fold(claim.claimant).split()) <= _NAMELESS_CLAIMANTS
    if (
        not nameless
        and not name_supported(claim.claimant, text)
        and not (claim.claimant_org and name_supported(claim.claimant_org, text))
    ):
        problems.append(
            Problem("claimant", f"claimant {claim.claimant!r} is not named in the claim's evidence {text[:80]!r}")
        )
    return problems


def without_unsupported(strike: StrikeReport, problems: list[Problem], article_text: str | None = None) -> StrikeReport:
    """The strike with every unsupported field removed (attackers, place, date, figures)."""
    text = _quotes([*strike.evidence, *(e for c in strike.casualties for e in c.evidence)])
    fields = {p.field for p in problems}
    update: dict[str, object] = {}
    if "attackers" in fields:
        update["attackers"] = [
            a for a in strike.attackers if set(fold(a).split()) <= _NAMELESS or name_supported(a, text)
        ]
    if "location" in fields:
        names_text = text + " \n " + surroundings(article_text, strike.evidence) if article_text else text
        update["location"] = strike.location.model_copy(
            update={part: None for part in _unsupported_location(strike, names_text)}
        )
    if "strike_date" in fields:
        update.update(strike_date=None, date_text=None, date_precision="unknown")
    if "casualties" in fields:
        update["casualties"] = [c for c in strike.casualties if casualty_problem(c) is None]
    return strike.model_copy(update=update)
