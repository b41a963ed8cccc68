"""The map of member cities: Europe's outlines and the cities as points,
worked out in Python and written into an inline ``<svg>`` (no tile server,
no script).

The outlines are Natural Earth's 1:110m countries (``map_data/``, from the
``world-atlas`` npm package), read once per process, projected with a
Lambert azimuthal equal-area projection centred on Europe and clipped to the
map's frame. A city is placed from its organisation's latitude and longitude;
its label is put beside the point where it overlaps no other label or point
(right, left, above, below), and left out where no place is free (the list
beside the map always names every city).
"""

import functools
import json
import math
from pathlib import Path

DATA = Path(__file__).resolve().parent / "map_data" / "countries-110m.json"

#: The projection's centre (degrees) and the frame, in degrees of longitude
#: and latitude, that the map shows.
CENTRE = (10.0, 50.0)
FRAME = {"west": -11.0, "east": 24.0, "south": 36.0, "north": 60.5}
WIDTH = 600
POINT_RADIUS = 6
FONT_SIZE = 13
CHAR_WIDTH = 7.6  # the average advance of the label font at FONT_SIZE


def project(longitude, latitude):
    """Lambert azimuthal equal-area, unit sphere, y pointing down."""
    lon0, lat0 = (math.radians(value) for value in CENTRE)
    lon, lat = math.radians(longitude), math.radians(latitude)
    cos_c = math.sin(lat0) * math.sin(lat) + math.cos(lat0) * math.cos(lat) * math.cos(lon - lon0)
    k = math.sqrt(2 / (1 + cos_c)) if cos_c > -1 else 0.0
    x = k * math.cos(lat) * math.sin(lon - lon0)
    y = k * (math.cos(lat0) * math.sin(lat) - math.sin(lat0) * math.cos(lat) * math.cos(lon - lon0))
    return x, -y


@functools.cache
def frame():
    """(min x, min y, scale, height) of the frame in projected units."""
    samples = [
        project(lon, lat)
        for lon in _steps(FRAME["west"], FRAME["east"])
        for lat in (FRAME["south"], FRAME["north"])
    ] + [
        project(lon, lat)
        for lon in (FRAME["west"], FRAME["east"])
        for lat in _steps(FRAME["south"], FRAME["north"])
    ]
    xs, ys = [x for x, _y in samples], [y for _x, y in samples]
    min_x, max_x, min_y, max_y = min(xs), max(xs), min(ys), max(ys)
    scale = WIDTH / (max_x - min_x)
    return min_x, min_y, scale, round((max_y - min_y) * scale)


def _steps(start, end, count=24):
    return [start + (end - start) * step / count for step in range(count + 1)]


def to_map(longitude, latitude):
    """A point's position on the map, in SVG user units."""
    min_x, min_y, scale, _height = frame()
    x, y = project(longitude, latitude)
    return (x - min_x) * scale, (y - min_y) * scale


def _decode(topology):
    """The TopoJSON arcs as lists of (longitude, latitude)."""
    (scale_x, scale_y), (shift_x, shift_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def _ring(arcs, indexes):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def _clip(ring, width, height):
    """Sutherland-Hodgman clipping of a polygon to the box (0, 0)-(width, height)."""
    edges = (
        (lambda p: p[0] >= 0, lambda a, b: _cross_x(a, b, 0)),
        (lambda p: p[0] <= width, lambda a, b: _cross_x(a, b, width)),
        (lambda p: p[1] >= 0, lambda a, b: _cross_y(a, b, 0)),
        (lambda p: p[1] <= height, lambda a, b: _cross_y(a, b, height)),
    )
    for inside, cross in edges:
        if not ring:
            break
        result, previous = [], ring[-1]
        for point in ring:
            if inside(point):
                if not inside(previous):
                    result.append(cross(previous, point))
                result.append(point)
            elif inside(previous):
                result.append(cross(previous, point))
            previous = point
        ring = result
    return ring


def _cross_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return x, a[1] + t * (b[1] - a[1])


def _cross_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return a[0] + t * (b[0] - a[0]), y


@functools.cache
def outline():
    """The ``d`` attribute of one path: every country in the frame, projected
    and clipped (computed once per process)."""
    with DATA.open(encoding="utf-8") as file:
        topology = json.load(file)
    arcs = _decode(topology)
    _min_x, _min_y, _scale, height = frame()
    margin = 15  # degrees around the frame whose polygons may reach into it
    parts = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs") or []
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            for indexes in polygon:
                ring = _ring(arcs, indexes)
                if not any(
                    FRAME["west"] - margin <= lon <= FRAME["east"] + margin
                    and FRAME["south"] - margin <= lat <= FRAME["north"] + margin
                    for lon, lat in ring
                ):
                    continue
                points = _clip([to_map(lon, lat) for lon, lat in ring], WIDTH, height)
                if len(points) < 3:
                    continue
                parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in _dedupe(points)) + "Z")
    return "".join(parts)


def _dedupe(points):
    result = []
    for x, y in points:
        rounded = (round(x, 1), round(y, 1))
        if not result or result[-1] != rounded:
            result.append(rounded)
    return result


def _overlaps(box, boxes):
    left, top, right, bottom = box
    return any(
        left < other[2] and other[0] < right and top < other[3] and other[1] < bottom
        for other in boxes
    )


def place(cities):
    """Each city (a dict with ``name``, ``longitude``, ``latitude``) with its
    point ``x``, ``y`` and its label ``label_x``, ``label_y``, ``anchor``
    (``label`` False where no place is free), in the order given."""
    _min_x, _min_y, _scale, height = frame()
    placed = []
    for city in cities:
        x, y = to_map(city["longitude"], city["latitude"])
        placed.append({**city, "x": round(x, 1), "y": round(y, 1)})
    boxes = [
        (c["x"] - POINT_RADIUS, c["y"] - POINT_RADIUS, c["x"] + POINT_RADIUS, c["y"] + POINT_RADIUS)
        for c in placed
    ]
    gap = POINT_RADIUS + 3
    for city in placed:
        width = len(city["name"]) * CHAR_WIDTH
        x, y = city["x"], city["y"]
        candidates = (
            (
                "start",
                x + gap,
                y + FONT_SIZE / 3,
                (x + gap, y - FONT_SIZE / 2, x + gap + width, y + FONT_SIZE / 2),
            ),
            (
                "end",
                x - gap,
                y + FONT_SIZE / 3,
                (x - gap - width, y - FONT_SIZE / 2, x - gap, y + FONT_SIZE / 2),
            ),
            (
                "middle",
                x,
                y - gap - 2,
                (x - width / 2, y - gap - FONT_SIZE, x + width / 2, y - gap),
            ),
            (
                "middle",
                x,
                y + gap + FONT_SIZE,
                (x - width / 2, y + gap, x + width / 2, y + gap + FONT_SIZE),
            ),
        )
        city["label"] = False
        for anchor, label_x, label_y, box in candidates:
            inside = box[0] >= 0 and box[2] <= WIDTH and box[1] >= 0 and box[3] <= height
            if inside and not _overlaps(box, boxes):
                city.update(
                    label=True, anchor=anchor, label_x=round(label_x, 1), label_y=round(label_y, 1)
                )
                boxes.append(box)
                break
    return placed
