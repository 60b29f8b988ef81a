"""Who says something: claimants and reporting sources from the noun phrase that names them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from extractor.engines.offline.analysis import Segment
from extractor.engines.offline.rules import Rules
from extractor.lexicons import canonical_source, fold, load_lexicon

UNNAMED = "Unnamed source"
UNNAMED_HEADS = frozenset({"source", "sources"})
"""Heads of "the source(s) said": they stand for an earlier source of that kind, else for an unnamed one."""
_CUT_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "punct", "cc", "conj", "parataxis"}
_LEADING = {"the", "a", "an", "its", "their", "his", "her", "our"}
_NAME_JOINERS = ("of", "for", "-", "'s")
"""Lower-case words inside an organisation's title: "Syrian Observatory for Human Rights"."""
_OUTLET_WORDS = {"newspaper", "daily", "agency", "news", "channel", "outlet", "website", "tv", "television"}


_MOD = re.compile(r"\bministry of defen[cs]e\b|\bmod\b|\bdefen[cs]e ministry\b")


def org_key(name: str) -> str:
    """One key for the spellings of one body: "Russian MoD", "Russian Ministry of Defence", "Russian Defense
    Ministry"."""
    return _MOD.sub("defense ministry", fold(name))


@dataclass(frozen=True)
class Source:
    """A named or described source: the claimant as the article names it, and its organisation."""

    claimant: str
    org: str | None
    person: bool
    generic: bool
    anaphoric: bool
    relayed_from: bool = False
    """Named after "citing", "according to" or "quoting": the original source behind an outlet."""
    force: bool = False
    """ "the military", "the army": a state's forces not named; the claim finder names them by the strike told."""
    unnamed: bool = False
    """ "sources said", "officials told": nobody named or described; a claimant only when the sentence names no one."""

    @property
    def reported_name(self) -> str:
        """How a strike's ``reported_by`` names this source: the organisation for a spokesperson."""
        return canonical_source((self.org or self.claimant) if self.person else self.claimant) or self.claimant


def _np_tokens(root: Token) -> list[Token]:
    """The noun phrase of ``root`` without its clauses, conjuncts and trailing punctuation."""
    keep: list[Token] = []

    def walk(tok: Token) -> None:
        keep.append(tok)
        for child in tok.children:
            if child.dep_ in _CUT_DEPS and child.dep_ != "punct":
                continue
            if child.dep_ == "punct" and child.text not in ("-", "'s"):
                continue
            walk(child)

    walk(root)
    keep.sort(key=lambda t: t.i)
    return keep


def _phrase(tokens: list[Token]) -> str:
    """Tokens as written: "London-based", not "London - based" (a space only where the text has one or
    where tokens were left out between them)."""
    out = ""
    for tok, nxt in zip(tokens, [*tokens[1:], None], strict=True):
        out += tok.text + (tok.whitespace_ if nxt is not None and nxt.i == tok.i + 1 else " " if nxt else "")
    return out


def _named_part(tokens: list[Token], root: Token) -> list[Token]:
    """A proper name without its appositive description ("Airwars, a London-based monitor" -> "Airwars")."""
    if not root.tag_.startswith("NNP"):
        return tokens
    cut = {t.i for child in root.children if child.dep_ == "appos" for t in child.subtree}
    kept = [t for t in tokens if t.i not in cut]
    while kept and kept[-1].is_punct:
        kept.pop()
    return kept or tokens


def _clean(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    text = " ".join(words)
    text = re.sub(r"\s+'s\b", "'s", text)
    stripped = text.strip(" ,.;:\"'“”‘’")
    if re.search(r"(?:\b[A-Z]\.)+[A-Z]$", stripped) and text.rstrip().endswith("."):
        stripped += "."  # "U.S.", "U.N.": an abbreviation keeps its last point
    return stripped


def _strip_roles(name: str, rules: Rules) -> str:
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in rules.claimant_roles | {"col", "maj", "gen", "lt"}:
        words = words[1:]
    return " ".join(words)


def _org_text(tokens: list[Token], seg: Segment, rules: Rules) -> str | None:
    """An organisation named inside the phrase: an ORG entity, a lexicon force or government, or a title chunk."""
    idx = {t.i for t in tokens}
    for ent in seg.orgs:
        if (
            ent.label_ == "ORG"
            and ent.start in idx
            and ent[-1].lower_.rstrip(".") not in rules.claimant_roles
            and not hyphen_modifier(ent)
            and not (ent.root.dep_ == "poss" and ent.root.head.i in idx)
            and not (
                ent.root.dep_ in ("compound", "amod")
                and ent.root.head.lower_ in rules.claimant_roles
                and ent.root.head.lower_ not in rules.org_heads
                and len(ent) == 1
                and ent.root.lower_ not in rules.org_heads
                and not any(p.start in idx for p in seg.people)
            )
        ):
            return _clean(_widened(ent, idx, rules).text)
    for ent in seg.entities:
        if ent.start in idx and ent.label_.split("|")[0] in ("FORCE", "GOV", "AMBIGUOUS") and not hyphen_modifier(ent):
            name = _clean(ent.text)
            return name[:1].upper() + name[1:]
    run: list[Token] = []
    best: list[Token] = []
    for tok in tokens:
        if tok.text[:1].isupper() or tok.lower_ in _NAME_JOINERS:
            run.append(tok)
        else:
            if any(t.lower_ in rules.org_heads for t in run):
                best = run
                break
            run = []
    if not best and any(t.lower_ in rules.org_heads for t in run):
        best = run
    while best and best[-1].lower_ in _NAME_JOINERS:
        best = best[:-1]
    best = _without_prefixed_word(best)
    best = [t for t in best if t.lower_ not in rules.claimant_roles or t.lower_ in rules.org_heads]
    if len(best) >= 2 and any(t.lower_ in rules.org_heads for t in best):
        return _clean(" ".join(t.text for t in best))
    return None


def _without_prefixed_word(run: list[Token]) -> list[Token]:
    """ "the UK-based, anti-Assad Syrian Observatory for Human Rights": a name run that starts inside a hyphenated
    modifier ("-Assad") starts after it."""
    while len(run) > 1 and run[0].text in ("-", "–"):
        run = run[2:]
    return run


def _widened(ent: Span, idx: set[int], rules: Rules) -> Span:
    """ "Russia's defence ministry", "the Houthi health ministry": the organisation with the state or group that
    owns it, or the name with the organisation noun it modifies."""
    doc = ent.doc
    start, end = ent.start, ent.end
    owner = doc[start - 2] if start >= 2 and doc[start - 1].text in ("'s", "’s") else None
    if owner is not None and owner.i in idx and owner.text[:1].isupper():
        start -= 2
    head = ent.root.head
    if (
        ent.root.dep_ == "compound"
        and head.i >= end
        and head.i in idx
        and head.lower_ in rules.org_heads
        and all(doc[i].i in idx for i in range(end, head.i))
    ):
        end = head.i + 1
    while start >= 1 and doc[start - 1].i in idx and doc[start - 1].text[:1].isupper():
        joined = doc[start].tag_ == "IN" or doc[start - 1].tag_ == "IN"
        if not joined:
            break
        start -= 1  # "Doctors Without Borders": capitalised words joined by a capitalised preposition
    return doc[start:end]


def _before_hyphen(tok: Token) -> bool:
    """ "Britain-based": a capitalised word that only modifies through a hyphen."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"


def hyphen_modifier(ent: Span) -> bool:
    """ "the UN-recognised government", "the Houthi-run ministry", "Denver-born", "a U.S.-led airstrike": a name
    inside a modifier is not the speaker, nor where a strike was."""
    doc = ent.doc
    if re.search(r"-[a-z]+$", ent[-1].text):
        return True  # one token: "U.S.-led"
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].text[:1].islower()


def source_from(root: Token, seg: Segment, rules: Rules) -> Source | None:
    """Name the source a noun phrase refers to; None when it is not a source (e.g. a place)."""
    low = root.lower_
    if low in rules.pronouns or root.tag_ in ("PRP", "PRP$"):
        return Source(claimant=root.text, org=None, person=False, generic=False, anaphoric=True)
    tokens = [t for t in _np_tokens(root) if seg.span.start <= t.i < seg.span.end]  # not a heading the parser joined
    idx = {t.i for t in tokens}
    person = next((p for p in seg.people if p.start in idx), None)
    org = _org_text(tokens, seg, rules)
    if person is not None and person[0].tag_ == "IN":
        org, person = _clean(_widened(person, idx, rules).text), None  # "Doctors Without Borders" is no person
    if org is not None and root.lower_ in ("sources", "source") and person is None:
        text = _clean(_phrase(tokens))
        return Source(
            claimant=text[:1].upper() + text[1:], org=_strip_close_to(org), person=False, generic=False, anaphoric=False
        )
    if person is None:
        for tok in tokens:
            if tok.dep_ == "appos":
                person = next((p for p in seg.people if p.start <= tok.i < p.end), None)
                if person is not None:
                    break
    if person is not None and root.lower_ in rules.org_heads and person.end <= root.i:
        name = _clean(root.doc[person.start : root.i + 1].text)  # "the Trump administration" is no person
        return Source(claimant=name, org=name, person=False, generic=False, anaphoric=False)
    if person is not None:
        name = _strip_roles(_clean(person.text), rules)
        return Source(claimant=name, org=org, person=True, generic=False, anaphoric=False)
    if org is not None:
        org = _outlet_name(org)
        return Source(claimant=org, org=org, person=False, generic=False, anaphoric=False)
    text = _clean(_phrase(_named_part(tokens, root)))
    if not text:
        return None
    named_by = [t for t in tokens if t.i < root.i and t.text[:1].isupper() and t.lower_ not in _LEADING]
    if low in rules.org_heads and low not in rules.claimant_roles and any(not _before_hyphen(t) for t in named_by):
        name = text[:1].upper() + text[1:]
        return Source(claimant=name, org=name, person=False, generic=False, anaphoric=False)
    determined = any(c.lower_ in ("the", "this", "that", "these") for c in root.children if c.dep_ == "det")
    if determined and not named_by and text.lower() in rules.force_references:
        return Source(claimant=text, org=None, person=False, generic=True, anaphoric=False, force=True)
    if low in rules.witnesses:
        return Source(claimant=text[:1].upper() + text[1:], org=None, person=False, generic=False, anaphoric=False)
    if (
        low in rules.org_heads
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)
        and any(c.dep_ in ("compound", "amod") for c in root.children)
    ):
        return Source(claimant=text[:1].upper() + text[1:], org=None, person=False, generic=False, anaphoric=False)
    if low in rules.statement_nouns:
        for child in root.children:
            agent = child if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from") else None
            if agent is None and child.dep_ == "acl":
                agent = next(
                    (c for c in child.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "from")), None
                )
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if obj is not None:
                found = source_from(obj, seg, rules)
                if found is not None and not found.generic:
                    return found
    if (
        low in rules.claimant_roles
        and determined
        and not any(t.text[:1].isupper() and t.lower_ not in _LEADING for t in tokens)
    ):
        owner = next(
            (
                g
                for c in root.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj" and g.lower_ in rules.org_heads
            ),
            None,
        )
        return Source(
            claimant=text, org=owner.lower_ if owner is not None else None, person=True, generic=True, anaphoric=True
        )
    if low in rules.statement_nouns:
        if low in ("source", "sources", "official", "officials") and not determined:
            described = any(c.dep_ in ("amod", "compound", "prep") for c in root.children)
            if described:
                return Source(
                    claimant=text[:1].upper() + text[1:], org=None, person=False, generic=False, anaphoric=False
                )
            # "officials said" names the source as the article describes it (guideline: "Unnamed source" only
            # when the text says no more than "the source")
            claimant = UNNAMED if low in UNNAMED_HEADS else root.text[:1].upper() + root.text[1:]
            return Source(claimant=claimant, org=None, person=False, generic=True, anaphoric=False, unnamed=True)
        return Source(claimant=text, org=None, person=False, generic=True, anaphoric=determined)
    if low in rules.claimant_roles:  # "a military spokesman", "the U.S. commander": a described role
        return Source(
            claimant=text[:1].upper() + text[1:],
            org=_strip_close_to(org) if org else None,
            person=True,
            generic=False,
            anaphoric=False,
        )
    if root.tag_.startswith("NNP") or root.text[:1].isupper():
        return Source(claimant=_outlet_name(text), org=None, person=False, generic=False, anaphoric=False)
    return None


def _strip_close_to(org: str) -> str:
    return re.sub(r"^(close to|within|in|with)\s+", "", org, flags=re.IGNORECASE)


def _outlet_name(name: str) -> str:
    """'Al-Watan newspaper' -> 'Al-Watan': an outlet is named without the word for what it is; a capitalised one is
    part of its name ("Gulf News", "Hamas TV")."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _OUTLET_WORDS and not words[-1][:1].isupper():
        words = words[:-1]
    return " ".join(words)


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of a verb, following auxiliaries and conjoined verbs up."""
    for tok in (verb, verb.head if verb.dep_ in ("conj", "xcomp", "advcl") else None):
        if tok is None:
            continue
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - verb.i))
    return None


def own_subject(verb: Token) -> Token | None:
    """The verb's own subject, without looking at the verb it is conjoined to."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None


_POSSESSED = re.compile(r"^(?P<owner>[A-Z][\w. -]*?)['’]s (?P<rest>.+)$")


def demonym_form(name: str, rules: Rules) -> str:
    """ "Syria's government" -> "Syrian government", "Israel's military" -> "Israeli military": a country's
    body or office in the form evals/GUIDELINE.md writes it ("Russian Defense Ministry"); other names unchanged."""
    match = _POSSESSED.match(name)
    if match is None:
        return name
    rest = match["rest"]
    heads = rules.org_heads | rules.state_speakers | rules.claimant_roles | rules.office_titles
    entry = load_lexicon("country").lookup(match["owner"])
    demonyms = entry.attrs.get("demonyms", []) if entry is not None else []
    if not demonyms or rest.split()[-1].lower() not in heads:
        return name
    return f"{demonyms[0]} {rest}"
