"""The demo's images, drawn with Pillow when ``load_demo`` runs (idempotent).

- **Cities**: an abstract pattern of circles, quarter circles and triangles
  in the network's palette, with the city's name, per organisation of the
  network (``Organisation.image``), which is also the lead image of the
  organisation's practices (so it shows on public pages: an image no public
  page uses stays private under ``cms.visibility``).
- **Experts**: the experts are invented people, so their "portrait" is never
  a photograph: the initials on a coloured disc, described as an
  illustration in its alternative text.
- **Coordinates**: the member organisations' latitude and longitude, for the
  map of member cities.

The alternative text (the image's ``description``) is in English: Wagtail's
image records are not translated. Templates mark it ``lang="en"`` on pages
in other languages.
"""

import io
import json
import random
from decimal import Decimal
from pathlib import Path

from django.core.files.images import ImageFile
from django.core.serializers.json import DjangoJSONEncoder
from PIL import Image, ImageDraw, ImageFont
from wagtail.images import get_image_model

from cms.templatetags.image_tags import filter_specs

#: The network's palette (site.css): brand blue, accent wine, and companions.
PALETTE = [
    ("#1d4e89", "#123a6b", "#8fb3de", "#f2c14e"),
    ("#7a1f3d", "#521428", "#e6a3b8", "#f2c14e"),
    ("#1e6b5a", "#124437", "#9fd3c4", "#f5d76e"),
    ("#3d3a8c", "#26245c", "#b1aee6", "#f0a35e"),
    ("#0f5e73", "#093e4c", "#8cc9d8", "#f29e8e"),
    ("#8a4b12", "#5a300a", "#e8bf8f", "#9fc3e6"),
]
COLOUR_NAMES = {
    "#1d4e89": "blue",
    "#7a1f3d": "wine red",
    "#1e6b5a": "green",
    "#3d3a8c": "indigo",
    "#0f5e73": "teal",
    "#8a4b12": "brown",
}

#: Latitude and longitude of the member organisations (their city).
COORDINATES = {
    "efus": ("48.85660", "2.35220"),  # Paris
    "augsburg": ("48.37050", "10.89780"),
    "brussels-bravvo": ("50.85030", "4.35170"),
    "dusseldorf": ("51.22770", "6.77350"),
    "lhospitalet": ("41.35960", "2.09980"),
    "liege": ("50.63260", "5.57970"),
    "malmo": ("55.60500", "13.00380"),
    "reggio-emilia": ("44.69830", "10.63120"),
    "vilvoorde": ("50.92810", "4.42450"),
    "isd": ("51.50720", "-0.12760"),  # London
    "ufuq": ("52.52000", "13.40500"),  # Berlin
    "cultures-interactive": ("52.52000", "13.40500"),  # Berlin
    "bavarian-ministry": ("48.13510", "11.58200"),  # Munich
}

CITY_SIZE = (1280, 720)
PORTRAIT_SIZE = 480
FONTS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
]


def font(size):
    for path in FONTS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def palette_for(key):
    return PALETTE[sum(key.encode()) % len(PALETTE)]


def city_picture(key, name):
    """An abstract tiled pattern in one of the palette's colour sets, with a
    band carrying the city's name."""
    width, height = CITY_SIZE
    base, dark, light, spark = palette_for(key)
    rng = random.Random(key)
    picture = Image.new("RGB", CITY_SIZE, base)
    draw = ImageDraw.Draw(picture)
    tile = 160
    for row in range(height // tile + 1):
        for column in range(width // tile + 1):
            x, y = column * tile, row * tile
            colour = rng.choice((dark, light, base, dark, spark if rng.random() < 0.15 else light))
            shape = rng.randrange(4)
            if shape == 0:
                draw.ellipse((x + 16, y + 16, x + tile - 16, y + tile - 16), fill=colour)
            elif shape == 1:
                corner = rng.randrange(4)  # top left, top right, bottom right, bottom left
                cx = x if corner in (0, 3) else x + tile
                cy = y if corner in (0, 1) else y + tile
                radius = tile - 12
                draw.pieslice(
                    (cx - radius, cy - radius, cx + radius, cy + radius),
                    start=90 * corner,
                    end=90 * corner + 90,
                    fill=colour,
                )
            elif shape == 2:
                draw.polygon([(x, y + tile), (x + tile, y + tile), (x + tile / 2, y)], fill=colour)
            else:
                draw.rectangle((x + 40, y + 40, x + tile - 40, y + tile - 40), fill=colour)
    size = 72
    label = font(size)
    while draw.textlength(name, font=label) > width - 200 and size > 32:
        size -= 4
        label = font(size)
    text_width = draw.textlength(name, font=label)
    band_height = 130
    draw.rectangle((0, height - band_height - 40, text_width + 120, height - 40), fill=dark)
    draw.text((60, height - 40 - band_height / 2), name, font=label, fill="#ffffff", anchor="lm")
    return picture, COLOUR_NAMES[base]


def initials(name):
    parts = [part for part in name.replace("-", " ").split() if part[:1].isalpha()]
    letters = parts[0][0] + (parts[-1][0] if len(parts) > 1 else "")
    return letters.upper()


def portrait_picture(key, name):
    """The initials on a disc of the palette, on a light ground."""
    base, dark, light, spark = palette_for(key)
    size = PORTRAIT_SIZE
    picture = Image.new("RGB", (size, size), light)
    draw = ImageDraw.Draw(picture)
    draw.ellipse((24, 24, size - 24, size - 24), fill=base)
    draw.arc((24, 24, size - 24, size - 24), start=200, end=320, fill=spark, width=18)
    draw.text((size / 2, size / 2), initials(name), font=font(180), fill="#ffffff", anchor="mm")
    return picture, COLOUR_NAMES[base]


def png(picture, name):
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", optimize=True)
    return ImageFile(io.BytesIO(buffer.getvalue()), name=name)


def stored(title, description, draw, file_name, presets):
    """The image titled ``title``, drawn and stored the first time, with the
    renditions of ``presets`` made ahead (so no reader waits for them)."""
    model = get_image_model()
    image = model.objects.filter(title=title).first()
    if image is None:
        picture, _colour = draw()
        image = model(title=title, description=description, file=png(picture, file_name))
        image.save()
        specs = [spec for preset in presets for spec in filter_specs(preset)]
        image.get_renditions(*specs)
    return image


def city_image(organisation):
    name = organisation.city or organisation.name
    colour = COLOUR_NAMES[palette_for(organisation.slug)[0]]
    return stored(
        f"{name} – city illustration (demo, {organisation.slug})",
        f"Illustration: an abstract pattern of circles and triangles in {colour}, "
        f"with the name {name}",
        lambda: city_picture(organisation.slug, name),
        f"demo-city-{organisation.slug}.png",
        ("lead", "card"),
    )


def portrait_image(expert):
    colour = COLOUR_NAMES[palette_for(expert.slug)[0]]
    letters = " ".join(initials(expert.title))
    return stored(
        f"{expert.title} – portrait illustration (demo)",
        f"Illustrative portrait, not a photograph: the initials {letters} on a {colour} disc",
        lambda: portrait_picture(expert.slug, expert.title),
        f"demo-portrait-{expert.slug}.png",
        ("portrait", "thumbnail"),
    )


def set_on_translation_group(page, field, image):
    """Give the page, its translations and its aliases ``image`` in ``field``
    (a synchronised field), as if they had been made with it: the pages, their
    latest and live revisions, and Wagtail's reference index (which the
    visibility rule reads). Publishing ~150 revisions instead would double
    the demo's loading time. Pages that already have it are left alone."""
    from wagtail.models import ReferenceIndex, Revision
    from wagtail_localize.models import TranslationSource

    model = type(page)
    group = list(
        model.objects.filter(translation_key=page.translation_key).exclude(
            **{f"{field}_id": image.pk}
        )
    )
    if not group:
        return
    model.objects.filter(pk__in=[member.pk for member in group]).update(**{field: image})
    revision_ids = {
        pk
        for member in group
        for pk in (member.latest_revision_id, member.live_revision_id)
        if pk is not None
    }
    for revision in Revision.objects.filter(pk__in=revision_ids):
        revision.content[field] = image.pk
        revision.save(update_fields=["content"])
    for member in model.objects.filter(pk__in=[member.pk for member in group]):
        ReferenceIndex.create_or_update_for_object(member)
    for source in TranslationSource.objects.filter(object_id=page.translation_key):
        # Later translations and re-synchronisations carry the image too (the
        # source's date is left alone: its text has not changed).
        content = json.loads(source.content_json)
        content[field] = image.pk
        source.content_json = json.dumps(content, cls=DjangoJSONEncoder)
        source.save(update_fields=["content_json"])


def illustrate(organisations, experts, practices, log=print):
    """Draw and attach the demo's images and place the member cities
    (``organisations``, ``experts``, ``practices``: the demo's records by key,
    as ``load_demo`` made them). A second run creates nothing."""
    model = get_image_model()
    before = model.objects.count()
    cities = {}
    for key, organisation in organisations.items():
        image = city_image(organisation)
        cities[organisation.pk] = image
        coordinates = COORDINATES.get(key)
        values = {"image": image}
        if coordinates:
            values.update(latitude=Decimal(coordinates[0]), longitude=Decimal(coordinates[1]))
        # The organisation and its translations (image and place are synchronised).
        type(organisation).objects.filter(translation_key=organisation.translation_key).update(
            **values
        )
    for expert in experts.values():
        set_on_translation_group(expert, "photo", portrait_image(expert))
    for practice in practices.values():
        set_on_translation_group(practice, "lead_image", cities[practice.organisation_id])
    log(f"Images: {model.objects.count() - before} new, {model.objects.count()} in all")
