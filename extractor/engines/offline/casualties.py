"""Casualty figures: "as many as 250 jihadists killed", "injuring two servicemen", "dozens of civilians"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from extractor.engines.offline.rules import Rules

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")
_RANGE = re.compile(r"^(\d+)[-–](\d+)$")
NOMINAL_VICTIM_RULE = "casualties._named_in_nominal"
"""The rule of a victim named as the owner of a killing noun ("the killing of al-Awlaki"): it says who died in a
strike told elsewhere, and alone it makes no sentence a strike report."""
VICTIM_NAMED_RULE = "casualties._victim_named"
"""The rule of a named person a strike killed ("a US airstrike killed Abu Alaa al-Afri"): the strike is known by its
victim, with or without a place."""
PART_RULE = "casualties._counted_part"
"""The rule of a part of the victims counted with its own group ("nine of them children"): it belongs to the strike
its whole belongs to."""
_NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "pobj", "appos", "conj", "npadvmod", "dep", "oprd"}


@dataclass(frozen=True)
class Figure:
    """A casualty count as bounds: exact figures have min == max, open bounds are None."""

    min: int | None
    max: int | None


@dataclass(frozen=True)
class CasualtyFinding:
    """One casualty phrase: kind, group, figure, and the token range that carries it."""

    kind: str
    group: str
    figure: Figure
    start_char: int
    end_char: int
    rule: str = "casualties.find_casualty"

    @property
    def toll(self) -> bool:
        """A figure that reports a toll; a victim named only as the owner of a killing noun does not."""
        return self.figure != Figure(None, None) and self.rule != NOMINAL_VICTIM_RULE


def number_value(token: Token, rules: Rules) -> int | None:
    """The integer a token spells ("250", "1,200", "four"), or None."""
    low = token.lower_
    if _DIGITS.match(low):
        return int(low.replace(",", ""))
    return rules.number_words.get(low)


def _age(tokens: list[Token], i: int) -> bool:
    """The number at ``i`` is an age: "70-year-old", "17 years old", "a 10-month-old baby"."""
    words = [t.lower_ for t in tokens[i + 1 : i + 5] if t.text != "-"]
    return len(words) >= 2 and words[0] in ("year", "years", "month", "months") and words[1] in ("old", "-old")


def _year(token: Token, value: int) -> bool:
    """The number is a year or a day of a month the parser dates ("the 2011 raid that killed bin Laden", "the Jan. 3
    drone strike that killed Soleimani")."""
    if token.ent_type_ != "DATE":
        return False
    month_day = token.i > 0 and token.nbor(-1).ent_type_ == "DATE" and token.nbor(-1).text[:1].isupper()
    return 1900 <= value <= 2100 or month_day


def read_figure(tokens: list[Token], rules: Rules) -> tuple[Figure, int] | None:
    """Read a figure from the words before a casualty noun; return it and the index where its words start."""
    text = " ".join(t.lower_ for t in tokens)
    values: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        ranged = _RANGE.match(tok.lower_)
        if ranged:
            values.extend([(i, int(ranged.group(1))), (i, int(ranged.group(2)))])
        else:
            value = number_value(tok, rules)
            if value is not None and (_age(tokens, i) or _year(tok, value)):
                value = None  # "a 70-year-old woman" is one person, not 70; "the 2011 raid" is no toll of 2011
            if value is not None and tok.lower_ not in ("a", "an"):
                values.append((i, value))
                nxt = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
                if nxt in rules.scale_words:
                    values[-1] = (i, value * rules.scale_words[nxt])  # the figure starts at its first word
                    i += 1
        i += 1
    for word, amount in rules.vague_amounts.items():
        if re.search(rf"\b{re.escape(word)}\b", text):
            start = next((k for k, t in enumerate(tokens) if t.lower_ == word), 0)
            return Figure(amount, None), start
    if not values:
        for word in rules.no_figure:
            if re.search(rf"\b{re.escape(word)}\b", text):
                return Figure(None, None), 0
        return None
    first_index = values[0][0]
    before = " ".join(t.lower_ for t in tokens[max(0, first_index - 4) : first_index])
    bound = "exact"
    for phrase, kind in sorted(rules.qualifiers.items(), key=lambda kv: -len(kv[0])):
        if before.endswith(phrase):
            bound = kind
            first_index = max(0, first_index - len(phrase.split()))
            break
    if len(values) >= 2 and values[1][1] > values[0][1]:
        return Figure(values[0][1], values[1][1]), first_index
    value = values[0][1]
    if bound == "lower":
        return Figure(value, None), first_index
    if bound == "upper":
        return Figure(None, value), first_index
    return Figure(value, value), first_index


def _group_of(noun: Token, rules: Rules, group_tokens: set[int]) -> str:
    """Who the casualties were, from the noun and the words around it ("ISIL jihadists", "members of")."""
    owners = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    candidates = [noun, *[c for c in noun.children if c.dep_ in ("pobj", "prep", "compound", "amod")], *owners]
    if noun.lower_ in ("members", "member"):
        candidates = [*owners, *candidates]  # "members of the family" are civilians, "members of ISIS" militants
    if _state_officer(noun, rules, group_tokens):
        return "soldiers"
    for tok in candidates:
        group = rules.casualty_groups.get(tok.lower_)
        if group and group != "unknown":
            return group
    if noun.i in group_tokens or any(c.i in group_tokens for c in noun.children):
        return "militants"
    return "unknown"


def _state_officer(noun: Token, rules: Rules, group_tokens: set[int]) -> bool:
    """ "Iran's top military leader", "an Iranian commander": a leader of a state's forces (a country owns or
    names him, and no armed group or group word does) is one of its soldiers."""
    if noun.lower_ not in rules.officer_nouns:
        return False
    words = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    if any(c.i in group_tokens or c.lower_ in rules.casualty_groups for w in words for c in w.subtree):
        return False
    return any(
        (w.dep_ == "poss" and w.ent_type_ == "GPE") or (w.dep_ != "poss" and w.ent_type_ == "NORP") for w in words
    )


def _group_nearby(noun: Token, rules: Rules, group_tokens: set[int]) -> str:
    """The group when the parse hides it: "killing 10 IS militants" (the tagger read "IS" as a verb) takes
    the group word right after the figure; "killing three of them" the group named earlier in the sentence."""
    doc = noun.doc
    if noun.tag_ == "CD":
        for tok in doc[noun.i + 1 : min(noun.i + 4, len(doc))]:
            group = rules.casualty_groups.get(tok.lower_)
            if group and group != "unknown":
                return group
            if not (tok.i in group_tokens or tok.text[:1].isupper()):
                break
    if noun.lower_ in ("them", "whom"):
        for tok in reversed(doc[noun.sent.start : noun.i]):
            group = rules.casualty_groups.get(tok.lower_)
            if group and group != "unknown":
                return group
    return "unknown"


def _victim_named(noun: Token, cue: Token, nominal: list[Token]) -> bool:
    """A person's name as who was killed: the object of an active verb, the subject of a passive one or of
    "died", the owner of a killing or death noun ("Soleimani's killing", "the death of Soleimani"), never the
    killer ("Soleimani has killed thousands")."""
    if not _person(noun):
        return False
    if noun in nominal:
        return True
    if noun.dep_ == "nsubj" and noun.head.i == cue.i:
        return cue.lower_ in ("died", "dies", "die", "dead")
    return noun.dep_ != "pobj"


def _name_given(noun: Token, rules: Rules) -> Token | None:
    """The person a victim noun is named as ("an Iranian general called Qasem Soleimani"): one named victim."""
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.lower_ in rules.victim_naming_words:
            return next((c for c in acl.children if c.dep_ in ("oprd", "attr", "dobj") and _person(c)), None)
    return None


def _person(noun: Token) -> bool:
    """A person's name, also where the tagger missed it in this sentence but named the person elsewhere
    ("Soleimani died in a U.S. drone strike" after "Iranian Gen. Qassem Soleimani")."""
    if noun.ent_type_ == "PERSON":
        return True
    return noun.tag_ == "NNP" and any(t.text == noun.text and t.ent_type_ == "PERSON" for t in noun.doc)


def _named_in_nominal(cue: Token) -> list[Token]:
    """ "Soleimani's killing", "the death of Iranian Gen. Qassem Soleimani": the person a killing or death noun
    belongs to is who was killed."""
    if not cue.tag_.startswith("NN"):
        return []
    owners = [c for c in cue.children if c.dep_ in ("poss", "nsubj")]
    owners += [g for p in cue.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return [o for o in owners if _person(o)]


def _person_group(name: Token, rules: Rules, group_tokens: set[int]) -> str:
    """Who a person killed by name was, from how the text describes them wherever it names them: a rank
    ("Iranian Gen. Qassem Soleimani") is a soldier; a group word or name ("ISIS leader Abu Bakr al-Baghdadi",
    "Baha Abu al-Ata, a senior PIJ military commander") a militant; a civilian word a civilian; else unknown."""
    doc = name.doc
    found: list[str] = []
    for tok in doc:
        if tok.text != name.text or tok.ent_type_ != "PERSON":
            continue
        start = tok.i
        while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].ent_iob_ != "O":
            start -= 1
        before = list(reversed(doc[max(0, start - 3) : tok.i]))
        after = [w for a in tok.children if a.dep_ == "appos" for w in a.subtree]
        for words in (before, after):
            group = _described_as(words, rules, group_tokens)
            if group == "soldiers":
                return group
            if group is not None:
                found.append(group)
    return found[0] if found else "unknown"


def _described_as(words: list[Token], rules: Rules, group_tokens: set[int]) -> str | None:
    """The group of the first rank, group word or group name among words that describe a person; a comma right
    before the name sets off a title ("Iran's top general, Qassem Soleimani")."""
    for n, word in enumerate(words):
        if word.text == "," and all(w.ent_type_ == "PERSON" for w in words[:n]):
            continue
        if word.is_punct and word.text not in (".", "-") and word.ent_type_ != "PERSON":
            return None
        low = word.lower_
        if low in rules.person_ranks:
            return "soldiers"
        group = rules.casualty_groups.get(low)
        if group and group != "unknown":
            return group
        if word.i in group_tokens:
            return "militants"
    return None


def _left_words(noun: Token) -> list[Token]:
    """The noun's own left words (numbers, qualifiers, adjectives), in text order."""
    return [t for t in noun.doc[noun.left_edge.i : noun.i]]


def _noun_after(cue: Token, rules: Rules) -> list[Token]:
    """ "..., wounding at least four people, X said": the parser hung the noun elsewhere; take the next noun
    when only figure words stand between it and the participle."""
    doc = cue.doc
    for tok in doc[cue.i + 1 : min(cue.i + 6, len(doc))]:
        if tok.tag_.startswith("NN"):
            between = doc[cue.i + 1 : tok.i]
            if any(number_value(t, rules) is not None or t.lower_ in rules.vague_amounts for t in between):
                return [tok]
            return []
        if tok.is_punct:
            return []
    return []


def _name_after(cue: Token) -> list[Token]:
    """ "the airstrike that killed Iranian Gen. Qassem Soleimani has put ...": the parser made the name the subject
    of the main verb; a person's name right after an active killing verb, past its titles, is who was killed."""
    doc = cue.doc
    for tok in doc[cue.i + 1 : min(cue.i + 5, len(doc))]:
        if tok.ent_type_ == "PERSON":
            end = tok.i
            while end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "I":
                end += 1
            return [doc[end]]
        if not (tok.tag_ in ("NNP", "JJ") or tok.text == "."):
            return []
    return []


def _counted_conjuncts(noun: Token, rules: Rules, group_tokens: set[int]) -> list[tuple[Token, Token, str, int]]:
    """Conjoined victims with an exact count: (conjunct, its group noun, group, count). Those of the first
    victim's group add up ("a 70-year-old woman and two of her grandchildren"); those of another group are
    casualties of their own ("killing five militants and two civilians")."""
    out: list[tuple[Token, Token, str, int]] = []
    for conj in (c for c in noun.conjuncts if c.i > noun.i):
        group_noun = next((g for p in conj.children if p.lower_ == "of" for g in p.children), conj)
        words = _left_words(conj) + ([conj] if conj.tag_ == "CD" else [])
        read = read_figure(words, rules)
        if read is None or read[0].min is None or read[0].min != read[0].max:
            continue
        out.append((conj, group_noun, _group_of(group_noun, rules, group_tokens), read[0].min))
    return out


def find_casualties(cue: Token, rules: Rules, group_tokens: set[int]) -> list[CasualtyFinding]:
    """The casualty phrases a killed/injured word heads, if they name who or how many: one per group of
    victims ("killing five militants and two civilians" gives two)."""
    low = cue.lower_
    kind = "killed" if low in rules.killed_words else "injured" if low in rules.injured_words else None
    if kind is None:
        return []
    nouns: list[Token] = []
    if cue.dep_ in ("acl", "amod", "relcl") and cue.head.tag_.startswith(("NN", "CD", "PRP")):
        nouns.append(cue.head)
    if cue.dep_ == "oprd":  # "the attack left 36 Islamic State group fighters dead": the verb's object is the toll
        nouns.extend(c for c in cue.head.children if c.dep_ == "dobj")
    if cue.tag_ == "JJ" and any(c.dep_ == "nummod" for c in cue.children):
        nouns.append(cue)  # "left 67 dead": the adjective stands for the people
    for child in cue.children:
        if child.dep_ in _NOUN_DEPS and child.i != cue.i:
            nouns.append(child)
            nouns.extend(child.conjuncts)
    if not nouns and cue.tag_ == "VBG":
        nouns.extend(_noun_after(cue, rules))
    nominal = _named_in_nominal(cue)
    nouns.extend(nominal)
    if not any(n.ent_type_ == "PERSON" for n in nouns) and cue.tag_ in ("VBD", "VBG"):
        nouns.extend(_name_after(cue))
    nouns.sort(key=lambda n: n.lower_ not in rules.casualty_groups and n.i not in group_tokens)
    if cue.tag_.startswith("NN") and cue.lower_ in ("deaths", "fatalities", "casualties", "injuries", "dead"):
        nouns.append(cue)
    if any(c.dep_ == "neg" for c in cue.children):
        return []
    for noun in nouns:
        if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "by", "during", "after", "with"):
            continue
        if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children):
            return []
        group_noun = noun
        if noun.lower_ == "of" or (noun.tag_ == "CD" and any(c.lower_ == "of" for c in noun.children)):
            group_noun = next((g for p in noun.children if p.lower_ == "of" for g in p.children), noun)
        words = _left_words(noun)
        if noun.tag_ == "CD" or number_value(noun, rules) is not None or noun.lower_ in rules.vague_amounts:
            words = [*words, noun]
        if noun.lower_ in rules.vague_amounts or noun.tag_ == "CD":
            for prep in (c for c in noun.children if c.lower_ == "of"):
                group_noun = next((g for g in prep.children if g.dep_ == "pobj"), group_noun)
        figure_read = read_figure(words, rules) if words else None
        group = _group_of(group_noun, rules, group_tokens)
        if group == "unknown":
            group = _group_nearby(group_noun, rules, group_tokens)
        is_group_word = (
            group_noun.lower_ in rules.casualty_groups or group_noun.i in group_tokens or noun.lower_ in rules.kin_words
        )
        rule = "casualties.find_casualty"
        name = _name_given(noun, rules) if figure_read is None else None
        if name is not None:
            figure_read, rule = (Figure(1, 1), len(words)), VICTIM_NAMED_RULE
            if group == "unknown":
                group = _person_group(name, rules, group_tokens)
        elif figure_read is None and not is_group_word and _victim_named(noun, cue, nominal):
            figure_read, group = (Figure(1, 1), len(words)), _person_group(noun, rules, group_tokens)
            rule = NOMINAL_VICTIM_RULE if noun in nominal else VICTIM_NAMED_RULE
        elif figure_read is None and not is_group_word:
            continue
        if (
            figure_read is None
            and noun.tag_ == "NN"
            and any(
                (c.dep_ == "det" and (c.lower_ in ("a", "an") or (c.lower_ == "the" and noun.dep_ == "appos")))
                or c.dep_ == "poss"
                for c in noun.children
            )
        ):
            # "a farmer", "his 16-year-old son", "Qassem Soleimani, the powerful Iranian military leader killed in a
            # US drone strike": one person
            figure_read = (Figure(1, 1), len(words))
        figure, first = figure_read if figure_read else (Figure(None, None), len(words))
        end_tok = group_noun
        others: list[CasualtyFinding] = []
        for conj, conj_group_noun, conj_group, count in _counted_conjuncts(noun, rules, group_tokens):
            if conj_group not in (group, "unknown"):
                part = Span(cue.doc, min(cue.i, noun.i), max(conj.i, conj_group_noun.i) + 1)  # with its verb
                others.append(
                    CasualtyFinding(
                        kind=kind,
                        group=conj_group,
                        figure=Figure(count, count),
                        start_char=part.start_char,
                        end_char=part.end_char,
                        rule="casualties._counted_conjuncts",
                    )
                )
            elif conj_group == group and figure.min is not None and figure.min == figure.max:
                figure = Figure(figure.min + count, figure.min + count)  # "a woman and two of her grandchildren": 3
                end_tok = max(end_tok, conj_group_noun, key=lambda t: t.i)
        if rule == VICTIM_NAMED_RULE and figure.min is not None:
            for person in (c for c in noun.conjuncts if c.i > noun.i and _person(c)):
                person_group = _person_group(person, rules, group_tokens)
                if person_group == group:  # "killed Soleimani and Abu Mahdi al-Muhandis": one more person
                    figure = Figure(figure.min + 1, (figure.max or figure.min) + 1)
                    end_tok = max(end_tok, person, key=lambda t: t.i)
                else:
                    part = Span(cue.doc, min(cue.i, noun.i), person.i + 1)
                    others.append(
                        CasualtyFinding(
                            kind=kind,
                            group=person_group,
                            figure=Figure(1, 1),
                            start_char=part.start_char,
                            end_char=part.end_char,
                            rule=VICTIM_NAMED_RULE,
                        )
                    )
        start_tok = words[first] if words and first < len(words) else noun
        span_start = min(start_tok.i, cue.i, noun.i)
        span_end = max(cue.i, end_tok.i, noun.i) + 1
        span = Span(cue.doc, span_start, span_end)
        found = CasualtyFinding(
            kind=kind, group=group, figure=figure, start_char=span.start_char, end_char=span.end_char, rule=rule
        )
        counted = _counted_part(noun, kind, rules) if group == "unknown" and figure.min is not None else None
        return [found, *others, *([counted] if counted else [])]
    return []


def _counted_part(noun: Token, kind: str, rules: Rules) -> CasualtyFinding | None:
    """ "killed 10 people, nine of them children", "at least 10 people, including seven children", "among them
    four women": a part of the victims counted with its own group is an entry of that group too (guideline 2.7:
    one entry per kind and group)."""
    doc = noun.doc
    window = list(doc[noun.i + 1 : min(noun.i + 10, noun.sent.end)])
    marked = False
    for i, tok in enumerate(window):
        if tok.text in (".", ";", ":") or (tok.tag_.startswith("VB") and tok.lower_ != "including"):
            return None  # another clause: "killed 10 people and wounded three children"
        marked = marked or tok.lower_ in rules.part_marks
        value = number_value(tok, rules)
        if value is None or (not marked and not any(t.lower_ in rules.part_marks for t in window[i + 1 : i + 4])):
            continue
        part_noun = next((t for t in window[i + 1 : i + 4] if rules.casualty_groups.get(t.lower_)), None)
        group = rules.casualty_groups.get(part_noun.lower_) if part_noun is not None else None
        if part_noun is None or group in (None, "unknown"):
            return None
        figure = read_figure(window[max(0, i - 3) : i + 1], rules)
        if figure is None:
            return None
        start = window[figure[1] + max(0, i - 3)]
        return CasualtyFinding(
            kind=kind,
            group=group,
            figure=figure[0],
            start_char=start.idx,
            end_char=part_noun.idx + len(part_noun.text),
            rule=PART_RULE,
        )
    return None
