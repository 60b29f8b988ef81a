"""Merging strike mentions into events: one attacking side, one place, one date (guideline section 2)."""

from __future__ import annotations

from collections.abc import Mapping

from extractor.engines.offline.casualties import NOMINAL_VICTIM_RULE, VICTIM_NAMED_RULE
from extractor.engines.offline.dates import ResolvedDate
from extractor.engines.offline.events import PLACE_LEVEL, Mention, Party, StrikeEvent, unique_parties
from extractor.gazetteer import PlaceInfo
from extractor.lexicons import fold


def places_compatible(a: PlaceInfo | None, b: PlaceInfo | None) -> bool:
    """Same town, or one place inside the other's region and country, or either unknown."""
    if a is None or b is None:
        return True
    if a.country and b.country and fold(a.country) != fold(b.country):
        return False
    if a.level == "place" and b.level == "place":
        return fold(a.name) == fold(b.name) or _inside(a, b) or _inside(b, a)
    return not (a.region and b.region and fold(a.region) != fold(b.region))


def _inside(a: PlaceInfo, b: PlaceInfo) -> bool:
    """ "Mitiga" (region Tripoli) lies in "Tripoli" (the city named like its region): ``a`` is the finer place."""
    return (
        a.level == "place"
        and b.level == "place"
        and bool(a.region)
        and fold(a.region or "") == fold(b.name)
        and fold(a.name) != fold(b.name)
        and (not a.country or not b.country or fold(a.country) == fold(b.country))
    )


def _same_place(a: PlaceInfo | None, b: PlaceInfo | None) -> bool:
    """The same named place, or a site inside it ("the Shati refugee camp" in "Gaza City")."""
    if a is None or b is None:
        return False
    return fold(a.name) == fold(b.name) or _inside(a, b) or _inside(b, a)


def dates_compatible(a: ResolvedDate, b: ResolvedDate) -> bool:
    """Equal days, or dates within a month when either is only a week, month or year."""
    if a.value is None or b.value is None:
        return True
    if a.precision == "day" and b.precision == "day":
        return a.value == b.value
    return abs((a.value - b.value).days) <= 31


def compatible(event: StrikeEvent, mention: Mention) -> bool:
    """One side's attackers include the other's (or are unknown), and place and date agree."""
    keys = frozenset(p.key for p in mention.attackers)
    if keys and event.keys and not (keys <= event.keys or event.keys <= keys):
        return False
    return places_compatible(event.place, mention.place) and dates_compatible(event.date, mention.date)


def _dated_strike_in_air_story(mention: Mention, events: list[StrikeEvent]) -> bool:
    """ "The second strike documented by Amnesty took place on 24 February near Sablaale": in a story that has
    told an air strike, a plain "strike" with its own town and its own day is another one, though it names no
    aircraft."""
    return (
        bool(events)
        and not mention.gated
        and not mention.segment.headline
        and mention.place is not None
        and mention.place.level == "place"
        and mention.date.precision == "day"
        and mention.date_text is not None
        and mention.date_text in mention.segment.span.text
        and bool(mention.triggers)
        and all(t.lower_ == "strike" for t in mention.triggers)
    )


def _another_strike_in_air_story(mention: Mention, events: list[StrikeEvent]) -> bool:
    """ "In downtown Gaza City, another strike leveled the empty, two-story home of a well-known banker": in a story
    that has told an air strike, one more strike at a town of its own is another air strike."""
    return (
        bool(events)
        and mention.another
        and not mention.gated
        and not mention.segment.headline
        and mention.place is not None
        and mention.place.level == "place"
    )


def merge_mentions(
    mentions: list[Mention], theatre: frozenset[str] = frozenset(), named: Mapping[str, int] | None = None
) -> list[StrikeEvent]:
    """Group mentions into events: compatible attackers, place and date join the latest matching event.

    ``theatre``: the countries named beside the article's air-strike words; ``named``: how often the article
    names a place in each country."""
    events: list[StrikeEvent] = []
    for mention in mentions:
        if mention.figures_only:
            hosts = [
                e
                for e in events
                if e.place is not None and mention.place is not None and fold(e.place.name) == fold(mention.place.name)
            ]
            if len(hosts) == 1:
                hosts[0].mentions.append(mention)
                if mention.casualties:
                    hosts[0].rules.setdefault("casualties", mention.rules.get("casualties", "events._figures_mention"))
            continue
        candidates = [e for e in events if compatible(e, mention)]
        if mention.separate:
            candidates = [e for e in candidates if _same_place(e.place, mention.place)]
        if mention.also and mention.attackers and events and events[-1].attackers and not candidates:
            candidates = [events[-1]]
        if (
            not mention.attackers
            and mention.anaphoric
            and events
            and not candidates
            and not mention.weak
            and dates_compatible(events[-1].date, mention.date)  # "the latest attacks ... in September" is another
        ):
            mention.attackers = list(events[-1].attackers)
            mention.rules["attackers"] = "merging: the strike just told ('the strike' refers back)"
            mention.weak = mention.segment.headline
        if not candidates:
            if mention.weak and not (
                _dated_strike_in_air_story(mention, events) or _another_strike_in_air_story(mention, events)
            ):
                continue
            event = StrikeEvent(
                mentions=[mention],
                attackers=list(mention.attackers),
                place=mention.place,
                date=mention.date,
                date_text=mention.date_text,
                rules=dict(mention.rules),
            )
            if mention.another and mention.date.value is None and events and events[-1].date.value is not None:
                event.date, event.date_text = events[-1].date, events[-1].date_text  # "another" of those strikes
                event.rules["strike_date"] = "merging: one more of the strikes just told"
            events.append(event)
            continue
        event = max(candidates, key=lambda e: _affinity(e, mention))
        event.mentions.append(mention)
        event.attackers = unique_parties(event.attackers + mention.attackers)
        for name in ("attackers", "casualties"):
            if name in mention.rules:
                event.rules.setdefault(name, mention.rules[name])
        if (
            mention.place is not None
            and not mention.gated
            and (
                event.place is None
                or _inside(mention.place, event.place)
                or PLACE_LEVEL[mention.place.level] > PLACE_LEVEL[event.place.level]
            )
        ):
            event.place = _fill(mention.place, event.place)
            event.rules["location"] = mention.rules.get("location", "events._places")
        elif mention.place is not None and event.place is not None:
            event.place = _fill(event.place, mention.place)
        if mention.date.value is not None and (
            event.date.value is None or (mention.date.precision == "day" and event.date.precision != "day")
        ):
            event.date, event.date_text = mention.date, mention.date_text
            event.rules["strike_date"] = mention.rules.get("strike_date", "dates")
        elif event.date_text is None and mention.date_text is not None:
            event.date_text = mention.date_text
    events = _absorb_unattributed(events)
    _attribute_to_only_side(events, mentions)
    _not_at_home(events)
    _place_in_theatre(events, mentions, theatre, named or {})
    events = _join_country_duplicates(events)
    return [e for e in _fill_from_article(events) if _locatable(e)]


def _not_at_home(events: list[StrikeEvent]) -> None:
    """Attackers that never strike at home, with a strike placed in their own country: one of the two is wrong.
    A bare country is the wrong one ("the U.S. drone strike ... released a cloud of uncertainty in the United
    States"): the strike has no place the text gives. A town or a site is right, and the attacker was the victim's
    side ("an attack on Saudi Aramco's Abqaiq plant" is no Saudi strike): the strike has no attacker the text
    gives."""
    for event in events:
        place = event.place
        if place is None or not place.country or not event.attackers:
            continue
        if not all(p.abroad_only and fold(p.key) == fold(place.country) for p in event.attackers):
            continue
        if place.level == "country":
            event.place = None
            event.rules["location"] = "merging._not_at_home"
        else:
            event.attackers = []
            event.rules["attackers"] = "merging._not_at_home"


def _own_date(mention: Mention) -> bool:
    """The mention tells a strike on a day its own sentence gives ("late Sunday", "on Jan. 3"), or in a month with
    its toll ("In January, Syrian authorities said Israeli warplanes killed two workers")."""
    dated = mention.date.precision == "day" or (mention.date.precision == "month" and bool(mention.casualties))
    return (
        not mention.weak
        and not mention.gated
        and dated
        and mention.date_text is not None
        and mention.date_text in mention.segment.span.text
    )


def _place_in_theatre(
    events: list[StrikeEvent], mentions: list[Mention], theatre: frozenset[str], named: Mapping[str, int]
) -> None:
    """A strike told with no place ("U.S. fighter jets took out several vehicles in a convoy late Sunday") in an
    article whose every strike mention and every sentence with an air-strike word names places in one and the
    same country is in that country, when the strike has its own day (or a month and a toll): undated talk of
    strikes stays unplaced, and so uncoded. The own country of attackers from one country does not count
    ("AKCAKALE, Turkey (AP) — Turkey pressed its air and ground assault"); a local force striking beside a foreign
    one is at home. When those sentences name no other country, or several, the article's main country stands in
    for it (``_main_country``), if it is one of them."""
    named_countries = set(theatre) | {m.place.country for m in mentions if m.place is not None and m.place.country}
    for event in events:
        if event.place is None and event.attackers and any(_own_date(m) for m in event.mentions):
            home = {fold(p.key) for p in event.attackers}
            countries = {c for c in named_countries if len(home) > 1 or fold(c) not in home}
            country = next(iter(countries)) if len(countries) == 1 else _main_country(named, event.attackers)
            if country is not None and (not countries or country in countries):
                event.place = PlaceInfo(name=country, level="country", country=country)
                event.rules["location"] = "merging._place_in_theatre"


def _join_country_duplicates(events: list[StrikeEvent]) -> list[StrikeEvent]:
    """A strike placed only in a country on the very day that the same side struck a town told in that country is
    that strike told again ("U.S. forces, who killed him Friday in a drone strike", "a U.S. airstrike killed
    Iranian Gen. Qassem Soleimani inside Iraq", after "a U.S. drone strike at Baghdad's international airport
    early Friday"): mentions that came before the town was told could not join it."""
    out: list[StrikeEvent] = []
    for event in events:
        host = None
        if event.place is not None and event.place.level == "country" and event.date.precision == "day":
            host = next(
                (
                    e
                    for e in events
                    if e.place is not None
                    and e.place.level != "country"
                    and e.keys == event.keys
                    and e.date.precision == "day"
                    and e.date.value == event.date.value
                    and fold(e.place.country or "") == fold(event.place.country or "")
                ),
                None,
            )
        if host is None:
            out.append(event)
        else:
            host.mentions.extend(event.mentions)
    return out


def _main_country(named: Mapping[str, int], attackers: list[Party]) -> str | None:
    """The country the article is about, for a strike by ``attackers``: the one it names places in most, at
    least three times and twice as often as any other, their own countries aside ("US airstrikes on Sunday"
    in a story of the siege of the US embassy in Baghdad)."""
    home = {fold(p.key) for p in attackers}
    counts = sorted(((n, c) for c, n in named.items() if fold(c) not in home), reverse=True)
    if not counts or counts[0][0] < 3 or (len(counts) > 1 and counts[0][0] < 2 * counts[1][0]):
        return None
    return counts[0][1]


def _attribute_to_only_side(events: list[StrikeEvent], mentions: list[Mention]) -> None:
    """A strike told without its attacker ("after the deadly drone strike") in an article whose every attributed
    mention of a strike, told or only talked about, names one and the same side takes that side, unless it is in
    a country where that side is told striking nowhere ("oil facilities in Saudi Arabia were hit" in a story of a
    US strike in Iraq)."""
    sides = {frozenset(p.key for p in m.attackers) for m in mentions if m.attackers}
    if len(sides) != 1:
        return
    parties = unique_parties([p for m in mentions for p in m.attackers])
    struck_in = {m.place.country for m in mentions if m.attackers and m.place is not None and m.place.country}
    for event in events:
        country = event.place.country if event.place is not None else None
        if country and struck_in and country not in struck_in:
            continue
        if not event.attackers:
            event.attackers = list(parties)
            event.rules["attackers"] = "merging._attribute_to_only_side"


def _absorb_unattributed(events: list[StrikeEvent]) -> list[StrikeEvent]:
    """A strike told without its attacker ("17 people were killed in an air raid in Nad Ali") is the same
    event as the one attributed strike of the article in that region on a compatible date; a strike at a named
    place prefers the one such strike at a named place to strikes known only by their region."""
    out = [e for e in events if e.attackers]
    for event in events:
        if event.attackers:
            continue
        hosts = [
            e
            for e in out
            if _same_area(e.place, event.place)
            and dates_compatible(e.date, event.date)
            and not (_told_as_another(event) and _not_the_same(e, event))
        ]
        if len(hosts) > 1 and event.place is not None and event.place.level == "place":
            hosts = [e for e in hosts if e.place is not None and e.place.level == "place"]  # a town before a region
        if len(hosts) != 1:
            event.attackers = _sole_attackers(out, event.place)
            if event.attackers:
                event.rules["attackers"] = "merging._sole_attackers"
            out.append(event)
            continue
        host = hosts[0]
        host.mentions.extend(event.mentions)
        for name, rule in event.rules.items():
            host.rules.setdefault(name, rule)
        host.mentions.sort(key=lambda m: (m.offset, m.segment.index))
        if host.place is None or (
            event.place is not None
            and host.place.level == "country"
            and PLACE_LEVEL[event.place.level] > PLACE_LEVEL[host.place.level]
        ):
            host.place = _fill(event.place, host.place) if event.place is not None else host.place
            host.rules["location"] = "merging._absorb_unattributed"
        if host.date.value is None and event.date.value is not None:
            host.date, host.date_text = event.date, event.date_text
            host.rules["strike_date"] = "merging._absorb_unattributed"
    return sorted(out, key=lambda e: (e.mentions[0].offset, e.mentions[0].segment.index))


def _not_the_same(told: StrikeEvent, another: StrikeEvent) -> bool:
    """A strike told as one more is not ``told`` when it is at another town, or at a town in the region of a strike
    told by its own day (a summary of the week's strikes by region may be followed by each of them)."""
    a, b = told.place, another.place
    if a is None or b is None or b.level != "place" or _same_place(a, b):
        return False
    return a.level == "place" or told.date.precision == "day"


def _told_as_another(event: StrikeEvent) -> bool:
    """ "In downtown Gaza City, another strike leveled ...", "A second precision strike was conducted near Saakow":
    the strike is told as one more, so at a town of its own it may not be the strike told before (one record per
    place)."""
    return any(m.another for m in event.mentions)


def _named_victim(event: StrikeEvent) -> bool:
    """ "the airstrike that killed Iranian General Qasem Soleimani", "a US airstrike killed Abu Alaa al-Afri": a
    strike known by the person it killed is one event an analyst codes, though the article names no place for it. A
    victim named only as a noun's owner counts beside an air-strike word ("The assassination of General Qassem
    Soleimani in a U.S. drone strike"), not beside another ("the death of al-Baghdadi in a U.S. military
    operation")."""
    return any(
        c.rule == VICTIM_NAMED_RULE or (c.rule == NOMINAL_VICTIM_RULE and _air_word(m))
        for m in event.mentions
        if not m.gated
        for c in m.casualties
    )


def _air_word(mention: Mention) -> bool:
    """One of the mention's strike words is an air-strike word ("drone strike"), not a generic one."""
    return any(s.start <= t.i < s.end for s in mention.segment.air for t in mention.triggers)


def _locatable(event: StrikeEvent) -> bool:
    """An event an analyst can code: it has a place (a country at least), and a strike dated only by a year
    ("the third operative killed this year") also has a town or a casualty figure; with no place, an attributed
    strike known by the named person it killed (``_named_victim``)."""
    if event.place is None:
        return bool(event.attackers) and _named_victim(event)
    tolled = any(c.toll for m in event.mentions for c in m.casualties)
    return event.date.precision != "year" or event.place.level == "place" or tolled


def _fill_from_article(events: list[StrikeEvent]) -> list[StrikeEvent]:
    """A town the gazetteer does not know takes the country (and region) that every located strike of the
    article shares: "the Shigal district" in an article whose strikes are all in Kunar, Afghanistan."""
    located = [e.place for e in events if e.place is not None and e.place.country]
    countries = {fold(p.country or "") for p in located}
    if len(countries) != 1:
        return events
    regions = {fold(p.region) for p in located if p.region}
    for event in events:
        place = event.place
        if place is None or place.country or place.level != "place":
            continue
        region = place.region or (next(p.region for p in located if p.region) if len(regions) == 1 else None)
        event.place = PlaceInfo(name=place.name, level=place.level, region=region, country=located[0].country)
        event.rules["location"] = "merging._fill_from_article"
    return events


def _sole_attackers(attributed: list[StrikeEvent], place: PlaceInfo | None) -> list:
    """The attackers of a separate strike told without them ("A second strike was conducted near X"): those
    of every attributed strike of the article when they are all one side in the same country, else none."""
    sides = {e.keys for e in attributed}
    if len(sides) != 1:
        return []
    countries = {fold(e.place.country) for e in attributed if e.place is not None and e.place.country}
    if place is not None and place.country and countries and fold(place.country) not in countries:
        return []
    return list(attributed[0].attackers)


def _same_area(a: PlaceInfo | None, b: PlaceInfo | None) -> bool:
    """Both places are known, in one country, and in one region where both name a region."""
    if a is None or b is None or not a.country or not b.country or fold(a.country) != fold(b.country):
        return False
    if (
        a.level == "place"
        and b.level == "place"
        and fold(a.name) != fold(b.name)
        and not (a.region and b.region and fold(a.region) == fold(b.region))
    ):
        return False
    return not (a.region and b.region and fold(a.region) != fold(b.region)) and bool(a.region or b.region)


def _affinity(event: StrikeEvent, mention: Mention) -> tuple[int, int, int]:
    """Prefer the event sharing place, date and attackers with the mention, then the latest one."""
    same_place = int(
        event.place is not None and mention.place is not None and fold(event.place.name) == fold(mention.place.name)
    )
    same_date = int(event.date.value is not None and event.date == mention.date)
    shared = len(event.keys & {p.key for p in mention.attackers})
    return same_place + same_date + shared, mention.segment.index - event.mentions[-1].segment.index, 0


def _fill(primary: PlaceInfo, other: PlaceInfo | None) -> PlaceInfo:
    """``primary`` with the region and country of ``other`` where it lacks them."""
    if other is None:
        return primary
    region = primary.region or (other.region if not primary.country or primary.country == other.country else None)
    return PlaceInfo(name=primary.name, level=primary.level, region=region, country=primary.country or other.country)
