# ruff: noqa: E501 (sentences in five languages, like home/demo/*.py)
"""Generate a large synthetic network on top of the demo network, fast.

``load_demo`` builds 26 practices the way an editor and a translator would
(revisions, wagtail-localize translations); at that pace 100,000 pages would
take hours. This command exists so that search and listings can be measured
at the size of a real network: it writes the same rows Wagtail would write
for published pages, in bulk, and checks afterwards that the page tree is
consistent and that a generated page renders.

What it writes, per record (practice, expert, session):

* one ``wagtailcore_page`` row per locale under the locale's index page:
  the translations (same ``translation_key``) and, in the locales a record
  is not translated into, the alias placeholders of the synchronised tree
  (``alias_of`` = the English page), as wagtail-localize would;
* the row of the specific table (``practices_practicepage`` ...), the
  ParentalManyToMany through rows and the Orderable rows (contacts,
  speakers, presented practices, materials). Relations point at
  default-locale objects in every translation, as ``cms.i18n`` expects.

No revisions, no wagtail-localize sources, no signals: neither the site
search index nor Wagtail's own search index is touched (``manage.py
rebuild_search_index`` builds the former). Generated pages have slugs
starting with ``gen-`` (and ``is_demo``), generated organisations too, so
``--clear`` can remove exactly them.

Text is recombined, per language, from the demo content
(``home.demo.practice_data`` / ``network_data``) and the translated names of
topics, organisations and cities, so a stemmed query (école, Schule, scuola,
escuela, school) finds pages in each language.
"""

import datetime
import html
import logging
import random
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import CommandError
from django.db import connection, models, reset_queries, transaction
from django.db.models import Q
from django.test import Client
from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail.models import Locale, Page, ReferenceIndex, get_page_models

from cms import visibility
from cms.management.timed import TimedCommand
from cms.models import CustomDocument
from home.demo import network_data, practice_data
from network.models import Organisation
from practices.models import (
    ExpertIndexPage,
    ExpertPage,
    FormOfExtremism,
    PracticeIndexPage,
    PracticePage,
    TargetGroup,
    Topic,
)
from programme.models import SessionIndexPage, SessionPage

PREFIX = "gen-"
LANGUAGES = [code for code, _name in settings.LANGUAGES]
SOURCE = settings.LANGUAGE_CODE
OTHERS = [code for code in LANGUAGES if code != SOURCE]
#: Every record is in English and French; the others are a share of the records.
ALWAYS = [SOURCE, "fr"] if "fr" in LANGUAGES else [SOURCE]

#: Searchable documents (live, non-alias translations) aimed at per practice.
DOCUMENTS_PER_PRACTICE = 5
EXPERTS_PER_PRACTICE = 1 / 10
SESSIONS_PER_PRACTICE = 1 / 100
#: Share of experts translated into each language beyond English and French.
EXPERT_EXTRA_SHARE = 0.3
MEMBERS_ONLY_SHARE = 0.05
BODY_MEMBERS_ONLY_SHARE = 0.08
#: Rows per INSERT statement at most (SQLite also caps by its variable limit).
MAX_ROWS_PER_INSERT = 1000
#: Ids per DELETE ... IN (...) when clearing.
DELETE_CHUNK = 2000

# --- vocabulary the demo data does not have ----------------------------------
# Cities of the generated organisations, with their names in the five languages.
CITIES = [
    ("DE", "Munich", "Munich", "München", "Monaco di Baviera", "Múnich"),
    ("DE", "Cologne", "Cologne", "Köln", "Colonia", "Colonia"),
    ("DE", "Berlin", "Berlin", "Berlin", "Berlino", "Berlín"),
    ("DE", "Hamburg", "Hambourg", "Hamburg", "Amburgo", "Hamburgo"),
    ("DE", "Frankfurt", "Francfort", "Frankfurt am Main", "Francoforte", "Fráncfort"),
    ("DE", "Stuttgart", "Stuttgart", "Stuttgart", "Stoccarda", "Stuttgart"),
    ("DE", "Dresden", "Dresde", "Dresden", "Dresda", "Dresde"),
    ("DE", "Nuremberg", "Nuremberg", "Nürnberg", "Norimberga", "Núremberg"),
    ("DE", "Leipzig", "Leipzig", "Leipzig", "Lipsia", "Leipzig"),
    ("DE", "Bremen", "Brême", "Bremen", "Brema", "Bremen"),
    ("AT", "Vienna", "Vienne", "Wien", "Vienna", "Viena"),
    ("AT", "Graz", "Graz", "Graz", "Graz", "Graz"),
    ("CH", "Geneva", "Genève", "Genf", "Ginevra", "Ginebra"),
    ("CH", "Zurich", "Zurich", "Zürich", "Zurigo", "Zúrich"),
    ("FR", "Paris", "Paris", "Paris", "Parigi", "París"),
    ("FR", "Lyon", "Lyon", "Lyon", "Lione", "Lyon"),
    ("FR", "Marseille", "Marseille", "Marseille", "Marsiglia", "Marsella"),
    ("FR", "Strasbourg", "Strasbourg", "Straßburg", "Strasburgo", "Estrasburgo"),
    ("FR", "Toulouse", "Toulouse", "Toulouse", "Tolosa", "Toulouse"),
    ("FR", "Nice", "Nice", "Nizza", "Nizza", "Niza"),
    ("FR", "Lille", "Lille", "Lille", "Lilla", "Lille"),
    ("FR", "Bordeaux", "Bordeaux", "Bordeaux", "Bordeaux", "Burdeos"),
    ("FR", "Nantes", "Nantes", "Nantes", "Nantes", "Nantes"),
    ("FR", "Grenoble", "Grenoble", "Grenoble", "Grenoble", "Grenoble"),
    ("BE", "Antwerp", "Anvers", "Antwerpen", "Anversa", "Amberes"),
    ("BE", "Ghent", "Gand", "Gent", "Gand", "Gante"),
    ("BE", "Charleroi", "Charleroi", "Charleroi", "Charleroi", "Charleroi"),
    ("BE", "Mechelen", "Malines", "Mecheln", "Malines", "Malinas"),
    ("BE", "Namur", "Namur", "Namur", "Namur", "Namur"),
    ("NL", "Amsterdam", "Amsterdam", "Amsterdam", "Amsterdam", "Ámsterdam"),
    ("NL", "Rotterdam", "Rotterdam", "Rotterdam", "Rotterdam", "Róterdam"),
    ("NL", "The Hague", "La Haye", "Den Haag", "L'Aia", "La Haya"),
    ("NL", "Utrecht", "Utrecht", "Utrecht", "Utrecht", "Utrecht"),
    ("LU", "Luxembourg", "Luxembourg", "Luxemburg", "Lussemburgo", "Luxemburgo"),
    ("IT", "Milan", "Milan", "Mailand", "Milano", "Milán"),
    ("IT", "Turin", "Turin", "Turin", "Torino", "Turín"),
    ("IT", "Bologna", "Bologne", "Bologna", "Bologna", "Bolonia"),
    ("IT", "Florence", "Florence", "Florenz", "Firenze", "Florencia"),
    ("IT", "Naples", "Naples", "Neapel", "Napoli", "Nápoles"),
    ("IT", "Rome", "Rome", "Rom", "Roma", "Roma"),
    ("IT", "Genoa", "Gênes", "Genua", "Genova", "Génova"),
    ("ES", "Barcelona", "Barcelone", "Barcelona", "Barcellona", "Barcelona"),
    ("ES", "Madrid", "Madrid", "Madrid", "Madrid", "Madrid"),
    ("ES", "Valencia", "Valence", "Valencia", "Valencia", "Valencia"),
    ("ES", "Seville", "Séville", "Sevilla", "Siviglia", "Sevilla"),
    ("ES", "Bilbao", "Bilbao", "Bilbao", "Bilbao", "Bilbao"),
    ("ES", "Malaga", "Malaga", "Málaga", "Malaga", "Málaga"),
    ("PT", "Lisbon", "Lisbonne", "Lissabon", "Lisbona", "Lisboa"),
    ("PT", "Porto", "Porto", "Porto", "Porto", "Oporto"),
    ("SE", "Stockholm", "Stockholm", "Stockholm", "Stoccolma", "Estocolmo"),
    ("SE", "Gothenburg", "Göteborg", "Göteborg", "Göteborg", "Gotemburgo"),
    ("DK", "Copenhagen", "Copenhague", "Kopenhagen", "Copenaghen", "Copenhague"),
    ("DK", "Aarhus", "Aarhus", "Aarhus", "Aarhus", "Aarhus"),
    ("NO", "Oslo", "Oslo", "Oslo", "Oslo", "Oslo"),
    ("FI", "Helsinki", "Helsinki", "Helsinki", "Helsinki", "Helsinki"),
    ("GB", "Manchester", "Manchester", "Manchester", "Manchester", "Mánchester"),
    ("GB", "Birmingham", "Birmingham", "Birmingham", "Birmingham", "Birmingham"),
    ("GB", "Leeds", "Leeds", "Leeds", "Leeds", "Leeds"),
    ("IE", "Dublin", "Dublin", "Dublin", "Dublino", "Dublín"),
    ("PL", "Warsaw", "Varsovie", "Warschau", "Varsavia", "Varsovia"),
    ("PL", "Krakow", "Cracovie", "Krakau", "Cracovia", "Cracovia"),
]
CITY_LANGUAGES = ["en", "fr", "de", "it", "es"]

#: (kind, name template per language) of generated organisations.
ORGANISATION_TEMPLATES = [
    (
        "city",
        {
            "en": "City of {city}",
            "fr": "Ville de {city}",
            "de": "Stadt {city}",
            "it": "Comune di {city}",
            "es": "Ayuntamiento de {city}",
        },
    ),
    (
        "city",
        {
            "en": "{city} local prevention council",
            "fr": "Conseil local de prévention de {city}",
            "de": "Kommunaler Präventionsrat {city}",
            "it": "Consiglio locale per la prevenzione di {city}",
            "es": "Consejo local de prevención de {city}",
        },
    ),
    (
        "city",
        {
            "en": "{city} youth services",
            "fr": "Service jeunesse de {city}",
            "de": "Jugendamt {city}",
            "it": "Servizi per i giovani di {city}",
            "es": "Servicios de juventud de {city}",
        },
    ),
    (
        "ngo",
        {
            "en": "{city} centre for dialogue and democracy",
            "fr": "Centre pour le dialogue et la démocratie de {city}",
            "de": "Zentrum für Dialog und Demokratie {city}",
            "it": "Centro per il dialogo e la democrazia di {city}",
            "es": "Centro para el diálogo y la democracia de {city}",
        },
    ),
    (
        "ngo",
        {
            "en": "{city} family support association",
            "fr": "Association de soutien aux familles de {city}",
            "de": "Verein für Familienberatung {city}",
            "it": "Associazione di sostegno alle famiglie di {city}",
            "es": "Asociación de apoyo a las familias de {city}",
        },
    ),
    (
        "research",
        {
            "en": "{city} institute for social research",
            "fr": "Institut de recherche sociale de {city}",
            "de": "Institut für Sozialforschung {city}",
            "it": "Istituto di ricerca sociale di {city}",
            "es": "Instituto de investigación social de {city}",
        },
    ),
]
ORGANISATION_DESCRIPTIONS = {
    "city": {
        "en": "A local authority that coordinates the prevention of violent radicalisation with schools, youth services, social services and the police.",
        "fr": "Une collectivité locale qui coordonne la prévention de la radicalisation violente avec les écoles, les services jeunesse, les services sociaux et la police.",
        "de": "Eine Kommune, die die Prävention gewaltbereiter Radikalisierung mit Schulen, Jugendhilfe, sozialen Diensten und der Polizei koordiniert.",
        "it": "Un ente locale che coordina la prevenzione della radicalizzazione violenta con le scuole, i servizi per i giovani, i servizi sociali e la polizia.",
        "es": "Una administración local que coordina la prevención de la radicalización violenta con las escuelas, los servicios de juventud, los servicios sociales y la policía.",
    },
    "ngo": {
        "en": "A civil society organisation working with young people, families and communities.",
        "fr": "Une organisation de la société civile qui travaille avec les jeunes, les familles et les communautés.",
        "de": "Eine zivilgesellschaftliche Organisation, die mit Jugendlichen, Familien und Gemeinschaften arbeitet.",
        "it": "Un'organizzazione della società civile che lavora con giovani, famiglie e comunità.",
        "es": "Una organización de la sociedad civil que trabaja con jóvenes, familias y comunidades.",
    },
    "research": {
        "en": "A research institute that evaluates local prevention practices.",
        "fr": "Un institut de recherche qui évalue les pratiques locales de prévention.",
        "de": "Ein Forschungsinstitut, das lokale Präventionspraxis evaluiert.",
        "it": "Un istituto di ricerca che valuta le pratiche locali di prevenzione.",
        "es": "Un instituto de investigación que evalúa las prácticas locales de prevención.",
    },
}

#: Given names and family names by language area (expert names are not translated).
NAMES = {
    "de": (
        "Anna Lukas Sabine Jan Miriam Tobias Katharina Felix Ulrike Stefan Lena Matthias",
        "Becker Hoffmann Schneider Wagner Krüger Neumann Schulz Vogel Brandt Lorenz Fischer Hartmann",
    ),
    "fr": (
        "Claire Mathieu Sophie Nicolas Amélie Thomas Hélène Karim Isabelle Laurent Nadia Pierre",
        "Lefèvre Moreau Girard Bernard Rousseau Fontaine Benali Chevalier Garnier Lambert Dubois Mercier",
    ),
    "it": (
        "Giulia Marco Francesca Luca Alessandra Davide Silvia Matteo Elena Paolo Chiara Stefano",
        "Rossi Bianchi Ferrari Esposito Romano Colombo Ricci Marino Greco Conti Galli Lombardi",
    ),
    "es": (
        "Lucía Javier Marta Alejandro Carmen Pablo Elena Sergio Nuria Diego Laura Jordi",
        "García Martínez López Sánchez Fernández Romero Navarro Torres Domínguez Vidal Serra Castillo",
    ),
    "en": (
        "Emma James Sarah Daniel Rachel Thomas Hannah Michael Laura David Fiona Patrick",
        "Turner Walsh Hughes Clarke Bennett Murphy Collins Harris Wright O'Brien Reid Campbell",
    ),
    "nl": (
        "Sanne Pieter Lotte Bram Eva Joris Femke Thijs Marieke Wouter",
        "Jansen Peeters Maes Janssens Willems Claes Mertens Bakker Visser Smits",
    ),
    "nordic": (
        "Ingrid Erik Sofia Anders Maja Lars Karin Johan Freja Nils",
        "Lindqvist Andersson Nielsen Johansson Berg Hansen Eriksson Lund Holm Larsen",
    ),
    "pt": ("Ana João Inês Miguel Beatriz Rui", "Silva Santos Ferreira Pereira Costa Oliveira"),
    "pl": (
        "Agnieszka Piotr Katarzyna Tomasz Magdalena Paweł",
        "Nowak Mazur Wójcik Krawczyk Kaczmarek Zając",
    ),
}
#: Name area and spoken languages by country.
COUNTRIES = {
    "DE": ("de", ["de"]),
    "AT": ("de", ["de"]),
    "CH": ("de", ["de", "fr"]),
    "FR": ("fr", ["fr"]),
    "BE": ("fr", ["fr", "nl"]),
    "NL": ("nl", ["nl"]),
    "LU": ("fr", ["fr", "de"]),
    "IT": ("it", ["it"]),
    "ES": ("es", ["es"]),
    "PT": ("pt", ["pt"]),
    "SE": ("nordic", ["sv"]),
    "DK": ("nordic", ["da"]),
    "NO": ("nordic", ["nb"]),
    "FI": ("nordic", ["fi", "sv"]),
    "GB": ("en", ["en"]),
    "IE": ("en", ["en"]),
    "PL": ("pl", ["pl"]),
}
PHONE_PREFIXES = {
    "DE": "+49",
    "AT": "+43",
    "CH": "+41",
    "FR": "+33",
    "BE": "+32",
    "NL": "+31",
    "LU": "+352",
    "IT": "+39",
    "ES": "+34",
    "PT": "+351",
    "SE": "+46",
    "DK": "+45",
    "NO": "+47",
    "FI": "+358",
    "GB": "+44",
    "IE": "+353",
    "PL": "+48",
}

EXPERT_FUNCTIONS = [
    {
        "en": "Prevention coordinator",
        "fr": "Coordination de la prévention",
        "de": "Präventionskoordination",
        "it": "Coordinamento della prevenzione",
        "es": "Coordinación de la prevención",
    },
    {
        "en": "Youth work and prevention",
        "fr": "Travail de jeunesse et prévention",
        "de": "Jugendarbeit und Prävention",
        "it": "Lavoro giovanile e prevenzione",
        "es": "Trabajo con jóvenes y prevención",
    },
    {
        "en": "Social work and case management",
        "fr": "Travail social et suivi individuel",
        "de": "Soziale Arbeit und Fallmanagement",
        "it": "Servizio sociale e gestione dei casi",
        "es": "Trabajo social y gestión de casos",
    },
    {
        "en": "Research on radicalisation",
        "fr": "Recherche sur la radicalisation",
        "de": "Radikalisierungsforschung",
        "it": "Ricerca sulla radicalizzazione",
        "es": "Investigación sobre la radicalización",
    },
    {
        "en": "Exit and disengagement work",
        "fr": "Accompagnement à la sortie et au désengagement",
        "de": "Ausstiegs- und Distanzierungsarbeit",
        "it": "Percorsi di uscita e disimpegno",
        "es": "Acompañamiento a la salida y la desvinculación",
    },
    {
        "en": "Teacher training and prevention at school",
        "fr": "Formation des enseignants et prévention à l'école",
        "de": "Lehrkräftefortbildung und Prävention an der Schule",
        "it": "Formazione degli insegnanti e prevenzione a scuola",
        "es": "Formación del profesorado y prevención en la escuela",
    },
    {
        "en": "Family counselling",
        "fr": "Conseil aux familles",
        "de": "Familienberatung",
        "it": "Consulenza alle famiglie",
        "es": "Asesoramiento a las familias",
    },
    {
        "en": "Community policing",
        "fr": "Police de proximité",
        "de": "Bürgernahe Polizeiarbeit",
        "it": "Polizia di prossimità",
        "es": "Policía de proximidad",
    },
    {
        "en": "Online prevention and media literacy",
        "fr": "Prévention en ligne et éducation aux médias",
        "de": "Online-Prävention und Medienkompetenz",
        "it": "Prevenzione online ed educazione ai media",
        "es": "Prevención en línea y alfabetización mediática",
    },
]
EXPERT_BIOGRAPHY = {
    "en": (
        "Demo profile: an illustrative expert, not a real person.",
        "Organisation: {organisation} ({city}).",
        "Areas of expertise: {topics}.",
    ),
    "fr": (
        "Profil de démonstration : un profil fictif, présenté à titre d'illustration, et non une personne réelle.",
        "Organisation : {organisation} ({city}).",
        "Domaines d'expertise : {topics}.",
    ),
    "de": (
        "Demoprofil: eine erfundene Fachperson zur Veranschaulichung, keine reale Person.",
        "Organisation: {organisation} ({city}).",
        "Fachgebiete: {topics}.",
    ),
    "it": (
        "Profilo dimostrativo: un profilo fittizio a scopo illustrativo, non una persona reale.",
        "Organizzazione: {organisation} ({city}).",
        "Ambiti di competenza: {topics}.",
    ),
    "es": (
        "Perfil de demostración: un perfil ficticio con fines ilustrativos, no una persona real.",
        "Organización: {organisation} ({city}).",
        "Ámbitos de especialización: {topics}.",
    ),
}
AVAILABILITY = [
    {
        "en": "Available for training sessions and study visits, up to two days a month.",
        "fr": "Disponible pour des sessions de formation et des visites d'étude, jusqu'à deux jours par mois.",
        "de": "Verfügbar für Schulungen und Studienbesuche, bis zu zwei Tage im Monat.",
        "it": "Disponibile per sessioni di formazione e visite di studio, fino a due giorni al mese.",
        "es": "Disponible para sesiones de formación y visitas de estudio, hasta dos días al mes.",
    },
    {
        "en": "Available for online case consultations and short trainings.",
        "fr": "Disponible pour des consultations de cas en ligne et des formations courtes.",
        "de": "Verfügbar für Online-Fallberatungen und kurze Schulungen.",
        "it": "Disponibile per consulenze online sui casi e brevi formazioni.",
        "es": "Disponible para consultas de casos en línea y formaciones breves.",
    },
    {
        "en": "Available as a speaker at seminars of the network.",
        "fr": "Disponible pour intervenir lors des séminaires du réseau.",
        "de": "Verfügbar für Vorträge bei Seminaren des Netzwerks.",
        "it": "Disponibile per interventi nei seminari della rete.",
        "es": "Disponible para intervenir en los seminarios de la red.",
    },
]
SESSION_KINDS = {
    "training": {
        "en": "Training session",
        "fr": "Session de formation",
        "de": "Schulung",
        "it": "Sessione di formazione",
        "es": "Sesión de formación",
    },
    "seminar": {
        "en": "Thematic seminar",
        "fr": "Séminaire thématique",
        "de": "Themenseminar",
        "it": "Seminario tematico",
        "es": "Seminario temático",
    },
    "study_visit": {
        "en": "Study visit",
        "fr": "Visite d'étude",
        "de": "Studienbesuch",
        "it": "Visita di studio",
        "es": "Visita de estudio",
    },
}
SESSION_INTRO = {
    "en": "{kind} in {city}; host organisation: {organisation}.",
    "fr": "{kind} à {city} ; organisation d'accueil : {organisation}.",
    "de": "{kind} in {city}; Gastgeber: {organisation}.",
    "it": "{kind} a {city}; organizzazione ospitante: {organisation}.",
    "es": "{kind} en {city}; entidad anfitriona: {organisation}.",
}
VENUES = [
    {
        "en": "Town hall of {city}, council chamber",
        "fr": "Hôtel de ville de {city}, salle du conseil",
        "de": "Rathaus {city}, Ratssaal",
        "it": "Municipio di {city}, sala del consiglio",
        "es": "Ayuntamiento de {city}, salón de plenos",
    },
    {
        "en": "Youth centre in central {city}",
        "fr": "Maison des jeunes du centre de {city}",
        "de": "Jugendzentrum in der Innenstadt von {city}",
        "it": "Centro giovanile nel centro di {city}",
        "es": "Centro juvenil en el centro de {city}",
    },
    {
        "en": "University of {city}, conference room",
        "fr": "Université de {city}, salle de conférence",
        "de": "Universität {city}, Konferenzraum",
        "it": "Università di {city}, sala conferenze",
        "es": "Universidad de {city}, sala de conferencias",
    },
]
PROGRAMME_TIMES = {1: ["09:30", "10:15", "11:45", "14:00", "15:30"], 2: ["09:30", "11:00", "14:00"]}

APPROACHES = [
    ("prevention", 35),
    ("detection", 15),
    ("intervention", 20),
    ("exit", 10),
    ("strategy", 20),
]
EVIDENCE = [("inspiring", 60), ("evaluated", 30), ("peer_reviewed", 10)]
STATUSES = [("active", 50), ("completed", 35), ("pilot", 15)]
SESSION_KIND_WEIGHTS = [("training", 50), ("seminar", 30), ("study_visit", 20)]
ROLES = [("partner", 4), ("associated", 12), ("member", 54), ("none", 30)]


def french(text):
    """Elide "de" before a vowel (Ville d'Anvers) once a city is filled in."""
    for vowel in "AEIOUYÉÈÊÂÎÔ":
        text = text.replace(f" de {vowel}", f" d'{vowel}")
    return text


def fill(templates, language, **values):
    text = templates[language].format(**values)
    return french(text) if language == "fr" else text


def rich(text):
    return f"<p>{html.escape(text, quote=False)}</p>"


def step(number):
    """One treebeard step: ``number`` in base 36, Page.steplen digits."""
    digits = []
    for _position in range(Page.steplen):
        number, digit = divmod(number, len(Page.alphabet))
        digits.append(Page.alphabet[digit])
    if number:
        raise CommandError("A parent page has more children than treebeard paths allow.")
    return "".join(reversed(digits))


def weighted(rng, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights)[0]


@dataclass
class Term:
    """A default-locale record (topic, organisation...) and its names by language."""

    id: int
    slug: str
    names: dict
    descriptions: dict = field(default_factory=dict)
    country: str = ""
    kind: str = ""
    cities: dict = field(default_factory=dict)

    def name(self, language):
        return self.names.get(language) or self.names.get(SOURCE) or self.slug

    def description(self, language):
        return self.descriptions.get(language) or self.descriptions.get(SOURCE) or ""

    def city(self, language):
        return self.cities.get(language) or self.cities.get(SOURCE) or self.name(language)


@dataclass
class Record:
    """One practice, expert or session: its text per language (only the
    languages it is translated into), the synchronised fields every
    translation shares, and its relations."""

    key: uuid.UUID
    texts: dict
    synced: dict
    published: dict
    m2m: dict = field(default_factory=dict)
    children: dict = field(default_factory=dict)
    pages: list = field(default_factory=list)


class Tree:
    """Where the next child of each parent page goes.

    Treebeard's materialised path: the parent's path plus one step of
    ``Page.steplen`` base-36 digits, numbered after the parent's last child;
    depth is the parent's plus one and url_path the parent's plus the slug.
    """

    def __init__(self, parents):
        self.parents = {}
        for parent in parents:
            last = (
                Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                .order_by("-path")
                .values_list("path", flat=True)
                .first()
            )
            following = int(last[-Page.steplen :], len(Page.alphabet)) + 1 if last else 1
            self.parents[parent.pk] = [parent.path, parent.depth + 1, parent.url_path, following]

    def place(self, parent_id, slug):
        entry = self.parents[parent_id]
        prefix, depth, url_path, number = entry
        entry[3] = number + 1
        return prefix + step(number), depth, f"{url_path}{slug}/"


class Command(TimedCommand):
    help = (
        "Generate a large synthetic multilingual network (practices, experts, sessions) "
        "on top of the demo network, with bulk inserts. Generated pages have slugs "
        "starting with 'gen-'."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--practices", type=int, required=True, help="Number of practices (records) to add."
        )
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
        parser.add_argument(
            "--batch", type=int, default=2000, help="Records generated and inserted at a time."
        )
        parser.add_argument(
            "--clear", action="store_true", help="Delete previously generated pages first."
        )
        parser.add_argument(
            "--no-verify",
            action="store_true",
            help="Do not verify the tree nor render generated pages afterwards.",
        )

    # --- orchestration --------------------------------------------------------

    def handle(self, *args, **options):
        practices = options["practices"]
        if practices < 0:
            raise CommandError("--practices must be zero or more.")
        self.batch = max(1, options["batch"])
        self.rng = random.Random(options["seed"])
        self.now = timezone.now().replace(microsecond=0)
        self.today = timezone.localdate()
        self.counts = Counter()
        self.written = set()

        with transaction.atomic():
            self.load_locales_and_parents()
            if options["clear"]:
                self.clear()
            if practices:
                self.generate(practices)
                if not options["no_verify"]:
                    self.verify_tree()
                    # The site's locale middleware activates the language of each page.
                    with translation.override(translation.get_language()):
                        self.render_check()
        self.vacuum()
        self.summary(practices)

    def generate(self, practices):
        experts = max(1, round(practices * EXPERTS_PER_PRACTICE))
        sessions = max(1, round(practices * SESSIONS_PER_PRACTICE))
        organisations = max(20, min(len(CITIES) * len(ORGANISATION_TEMPLATES), practices // 40))
        extra = [code for code in LANGUAGES if code not in ALWAYS]
        expert_documents = experts * (len(ALWAYS) + len(extra) * EXPERT_EXTRA_SHARE)
        target = DOCUMENTS_PER_PRACTICE * practices
        share = (target - expert_documents - sessions * len(LANGUAGES)) / practices - len(ALWAYS)
        self.practice_share = min(1.0, max(0.0, share / len(extra))) if extra else 0.0
        self.log(
            f"Plan: {practices} practices (in {', '.join(ALWAYS)}, and each of "
            f"{', '.join(extra)} for {self.practice_share:.0%}), {experts} experts, "
            f"{sessions} sessions, {organisations} organisations: "
            f"about {target} searchable documents"
        )
        self.tree = Tree(self.parents.values())
        self.content_types = {
            model: ContentType.objects.get_for_model(model).pk
            for model in (PracticePage, ExpertPage, SessionPage)
        }
        self.create_organisations(organisations)
        self.load_vocabularies()
        self.run_batches("experts", ExpertPage, "expert", experts, self.expert_record)
        experts = ExpertPage.objects.filter(
            locale_id=self.locales[SOURCE], alias_of__isnull=True
        ).order_by("pk")
        self.expert_ids, self.experts_by_country = [], defaultdict(list)
        for pk, country in experts.values_list("pk", "country"):
            self.expert_ids.append(pk)
            self.experts_by_country[country].append(pk)
        self.practice_templates = [
            entry
            for entry in practice_data.PRACTICES
            if all(SOURCE in entry[name] for name in ("title", "summary", "body"))
        ]
        self.covering = {}
        self.run_batches("practices", PracticePage, "practice", practices, self.practice_record)
        self.practice_ids = list(
            PracticePage.objects.filter(locale_id=self.locales[SOURCE], alias_of__isnull=True)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        self.programme_items = self.load_programme_items()
        document = CustomDocument.objects.filter(title__icontains="(demo)").order_by("pk").first()
        self.material = document.pk if document else None
        self.run_batches("sessions", SessionPage, "session", sessions, self.session_record)
        self.recount_children([parent.path for parent in self.parents.values()])
        self.log("Parents' numchild updated")
        # Rows written around the ORM's signals: work out every page's
        # effective visibility (cms.visibility) in one pass.
        visibility.refresh_all()
        self.log("Page access worked out")

    def run_batches(self, label, model, kind, total, make_record):
        first = self.next_serial(model)
        done = 0
        while done < total:
            size = min(self.batch, total - done)
            records = [make_record(first + done + offset) for offset in range(size)]
            pages = self.save_records(model, kind, records)
            reset_queries()  # with DEBUG on, the logged INSERTs would hold every body text
            done += size
            self.counts[f"{kind} records"] += size
            self.log(f"{label}: {done}/{total} ({pages} page rows in this batch)")

    def next_serial(self, model):
        """Serials continue after earlier runs so that slugs stay unique among siblings."""
        slugs = model.objects.filter(
            locale_id=self.locales[SOURCE], slug__startswith=PREFIX
        ).values_list("slug", flat=True)
        serials = [
            int(slug.rsplit("-", 1)[-1]) for slug in slugs if slug.rsplit("-", 1)[-1].isdigit()
        ]
        return max(serials, default=0) + 1

    # --- context ----------------------------------------------------------------

    def load_locales_and_parents(self):
        self.locales = dict(Locale.objects.values_list("language_code", "pk"))
        missing = [code for code in LANGUAGES if code not in self.locales]
        if missing:
            raise CommandError(f"Locales {', '.join(missing)} are missing: run load_demo first.")
        self.parents = {}
        for kind, model in (
            ("practice", PracticeIndexPage),
            ("expert", ExpertIndexPage),
            ("session", SessionIndexPage),
        ):
            for code in LANGUAGES:
                parent = (
                    model.objects.filter(locale_id=self.locales[code], alias_of__isnull=True)
                    .order_by("path")
                    .first()
                )
                if parent is None:
                    raise CommandError(
                        f"No {model._meta.verbose_name} in “{code}”: run load_demo first."
                    )
                self.parents[kind, code] = parent

    def translations(self, model, fields):
        """{translation_key: {language: {field: value}}} of a translatable model."""
        result = defaultdict(dict)
        rows = model.objects.values_list("translation_key", "locale__language_code", *fields)
        for key, code, *values in rows:
            result[key][code] = dict(zip(fields, values, strict=True))
        return result

    def load_terms(self, model, *extra):
        fields = ["name", *extra]
        texts = self.translations(model, fields)
        terms = []
        rows = model.objects.filter(locale_id=self.locales[SOURCE]).order_by("pk")
        for obj in rows:
            by_language = texts[obj.translation_key]
            term = Term(
                id=obj.pk,
                slug=obj.slug,
                names={code: values["name"] for code, values in by_language.items()},
            )
            if "description" in extra:
                term.descriptions = {
                    code: values["description"] for code, values in by_language.items()
                }
            if "city" in extra:
                term.cities = {code: values["city"] for code, values in by_language.items()}
                term.country = str(obj.country)
                term.kind = obj.kind
            terms.append(term)
        return terms

    def load_vocabularies(self):
        self.topics = self.load_terms(Topic, "description")
        self.forms = self.load_terms(FormOfExtremism)
        self.groups = self.load_terms(TargetGroup)
        if not (self.topics and self.forms and self.groups):
            raise CommandError("Topics, forms and target groups are missing: run load_demo first.")
        self.topics_by_slug = {term.slug: term for term in self.topics}
        self.topics_by_id = {term.id: term for term in self.topics}
        self.forms_by_slug = {term.slug: term for term in self.forms}
        self.groups_by_slug = {term.slug: term for term in self.groups}
        self.organisations = self.load_terms(Organisation, "city")
        # A few organisations are very active, most contribute now and then.
        order = list(range(len(self.organisations)))
        self.rng.shuffle(order)
        weights = [0.0] * len(order)
        for rank, index in enumerate(order):
            weights[index] = 1 / (rank + 1) ** 0.8
        self.organisation_weights = weights
        self.cities = [term for term in self.organisations if term.kind == "city"] or list(
            self.organisations
        )

    def organisation(self):
        return self.rng.choices(self.organisations, self.organisation_weights)[0]

    def load_programme_items(self):
        items = []
        for session in network_data.SESSIONS:
            programme = session["programme"]
            if not all(code in programme for code in LANGUAGES):
                continue
            length = min(len(programme[code]) for code in LANGUAGES)
            for index in range(length):
                items.append({code: programme[code][index] for code in LANGUAGES})
        if not items:
            raise CommandError("The demo sessions have no programme to recombine.")
        return items

    # --- organisations ----------------------------------------------------------

    def create_organisations(self, count):
        """Organisations of the cities: the demo has 14, a network of this size hundreds."""
        existing = set(
            Organisation.objects.filter(
                locale_id=self.locales[SOURCE], slug__startswith=PREFIX
            ).values_list("slug", flat=True)
        )
        combos = [(city, template) for template in ORGANISATION_TEMPLATES for city in CITIES]
        self.rng.shuffle(combos)
        sources, translations = [], []
        for (country, *names), (kind, templates) in combos[:count]:
            city = dict(zip(CITY_LANGUAGES, names, strict=True))
            slug = PREFIX + slugify(fill(templates, "en", city=city["en"]))
            if slug in existing:
                continue
            key = uuid.UUID(int=self.rng.getrandbits(128), version=4)
            role = weighted(self.rng, ROLES)
            for code in LANGUAGES:
                organisation = Organisation(
                    translation_key=key,
                    locale_id=self.locales[code],
                    name=fill(
                        templates,
                        code if code in templates else "en",
                        city=city.get(code, city["en"]),
                    ),
                    slug=slug,
                    kind=kind,
                    role=role,
                    country=country,
                    city=city.get(code, city["en"]),
                    website=f"https://{slug.removeprefix(PREFIX)}.example.org",
                    description=ORGANISATION_DESCRIPTIONS[kind].get(
                        code, ORGANISATION_DESCRIPTIONS[kind]["en"]
                    ),
                    is_demo=True,
                )
                (sources if code == SOURCE else translations).append(organisation)
        Organisation.objects.bulk_create(sources + translations, batch_size=MAX_ROWS_PER_INSERT)
        self.counts["organisations"] += len(sources)
        self.log(f"Organisations: {len(sources)} added in {len(LANGUAGES)} languages")

    # --- records --------------------------------------------------------------------

    def key(self):
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def block_id(self):
        return str(self.key())

    def languages(self, share):
        return ALWAYS + [
            code for code in OTHERS if code not in ALWAYS and self.rng.random() < share
        ]

    def publication_dates(self, languages, earliest):
        """(first, last) published per language: translations follow the source."""
        earliest = max(earliest, datetime.datetime(2015, 1, 1, tzinfo=datetime.UTC))
        span = max(1, int((self.now - earliest).total_seconds()))
        first = earliest + datetime.timedelta(seconds=self.rng.randrange(span))
        dates = {}
        for code in languages:
            published = first
            if code != SOURCE:
                published = min(self.now, first + datetime.timedelta(days=self.rng.randint(0, 90)))
            updated = min(self.now, published + datetime.timedelta(days=self.rng.randint(0, 400)))
            dates[code] = (published, updated)
        return dates

    def mutate(self, rng, slugs, pool, low=1, high=3):
        """The template's terms, with one added or dropped now and then."""
        chosen = [slug for slug in slugs if slug in pool]
        if chosen and len(chosen) > low and rng.random() < 0.2:
            chosen.remove(rng.choice(chosen))
        if len(chosen) < high and rng.random() < 0.35:
            extra = rng.choice(list(pool))
            if extra not in chosen:
                chosen.append(extra)
        if not chosen:
            chosen = [rng.choice(list(pool))]
        return [pool[slug].id for slug in chosen]

    def templates_covering(self, languages):
        """Demo practices written in all of ``languages`` (cached per set)."""
        if languages not in self.covering:
            self.covering[languages] = [
                entry
                for entry in self.practice_templates
                if all(
                    code in entry[name]
                    for code in languages
                    for name in ("title", "summary", "body")
                )
            ]
        return self.covering[languages]

    def practice_record(self, serial):
        rng = self.rng
        languages = self.languages(self.practice_share)
        covering = self.templates_covering(tuple(languages))
        main = rng.choice(covering)
        organisation = self.organisation()
        status = weighted(rng, STATUSES)
        year_started = self.today.year - min(20, int(rng.triangular(0, 21, 2)))
        year_ended = None
        if status == "completed":
            year_ended = min(self.today.year, year_started + rng.randint(1, 6))
        # The body: the main template's blocks, each taken now and then from
        # another template at the same position (same kind), the same choice
        # in every language so that translations match.
        sources = []
        for index, (block_kind, _text) in enumerate(main["body"][SOURCE]):
            source = main
            if rng.random() < 0.5:
                other = rng.choice(covering)
                if all(
                    len(other["body"][code]) > index and other["body"][code][index][0] == block_kind
                    for code in languages
                ):
                    source = other
            sources.append((source, index, block_kind, self.block_id()))
        topics = self.mutate(rng, main["topics"], self.topics_by_slug)
        topic = self.topics_by_id[topics[0]]
        extra_blocks = rng.random() < 0.6 and topic.description(SOURCE)
        heading_id, paragraph_id = self.block_id(), self.block_id()
        texts = {}
        for code in languages:
            title = f"{main['title'][code]} – {organisation.city(code)}"
            body = []
            for source, index, block_kind, block_id in sources:
                text = source["body"][code][index][1]
                value = {"text": text, "level": "h2"} if block_kind == "heading" else rich(text)
                body.append({"type": block_kind, "value": value, "id": block_id})
            if extra_blocks:
                body.append(
                    {
                        "type": "heading",
                        "value": {"text": topic.name(code), "level": "h2"},
                        "id": heading_id,
                    }
                )
                body.append(
                    {
                        "type": "paragraph",
                        "value": rich(topic.description(code)),
                        "id": paragraph_id,
                    }
                )
            texts[code] = {
                "title": title,
                "slug": f"{PREFIX}{slugify(title)[:80].strip('-')}-{serial}",
                "summary": main["summary"][code],
                "body": body,
            }
        approach = main["approach"] if rng.random() < 0.6 else weighted(rng, APPROACHES)
        evidence = main["evidence"] if rng.random() < 0.6 else weighted(rng, EVIDENCE)
        contacts = []
        for _number in range(rng.choices([0, 1, 2], [25, 55, 20])[0]):
            local = self.experts_by_country.get(organisation.country)
            pool = local if local and rng.random() < 0.7 else self.expert_ids
            expert = pool[rng.randrange(len(pool))]
            if expert not in contacts:
                contacts.append(expert)
        return Record(
            key=self.key(),
            texts=texts,
            synced={
                "members_only": rng.random() < MEMBERS_ONLY_SHARE,
                "body_members_only": rng.random() < BODY_MEMBERS_ONLY_SHARE,
                "organisation_id": organisation.id,
                "country": organisation.country,
                "approach": approach,
                "evidence_level": evidence,
                "year_started": year_started,
                "year_ended": year_ended,
                "status": status,
                "is_demo": True,
            },
            published=self.publication_dates(
                languages, datetime.datetime(year_started, 1, 1, tzinfo=datetime.UTC)
            ),
            m2m={
                "topics": topics,
                "forms_of_extremism": self.mutate(rng, main["forms"], self.forms_by_slug, 1, 2),
                "target_groups": self.mutate(rng, main["target_groups"], self.groups_by_slug),
            },
            children={"contacts": [{"expert_id": pk} for pk in contacts]},
        )

    def expert_record(self, serial):
        rng = self.rng
        organisation = self.organisation()
        area, spoken = COUNTRIES.get(organisation.country, ("en", ["en"]))
        if rng.random() < 0.15:
            area = rng.choice(list(NAMES))
        given, family = (part.split() for part in NAMES[area])
        first_name, last_name = rng.choice(given), rng.choice(family)
        name = f"{first_name} {last_name}"
        function = rng.choice(EXPERT_FUNCTIONS)
        expertise = rng.sample(self.topics, rng.choices([1, 2, 3], [30, 45, 25])[0])
        spoken = list(dict.fromkeys([*spoken, "en", *(["fr"] if rng.random() < 0.3 else [])]))
        availability = rng.choice(AVAILABILITY)
        languages = self.languages(EXPERT_EXTRA_SHARE)
        slug = f"{PREFIX}{slugify(name)}-{serial}"
        texts = {}
        for code in languages:
            role = f"{function[code]} – {organisation.name(code)}"
            intro, where, fields = EXPERT_BIOGRAPHY[code]
            biography = " ".join(
                [
                    intro,
                    where.format(
                        organisation=organisation.name(code), city=organisation.city(code)
                    ),
                    fields.format(topics="; ".join(term.name(code) for term in expertise)),
                    expertise[0].description(code),
                ]
            )
            texts[code] = {
                "title": name,
                "slug": slug,  # a person's name is not translated
                "summary": role,
                "role": role,
                "biography": rich(biography.strip()),
                "availability": availability[code],
            }
        prefix = PHONE_PREFIXES.get(organisation.country, "+32")
        return Record(
            key=self.key(),
            texts=texts,
            synced={
                "members_only": rng.random() < MEMBERS_ONLY_SHARE,
                "organisation_id": organisation.id,
                "country": organisation.country,
                "languages": ", ".join(spoken),
                "email": f"{slugify(first_name)}.{slugify(last_name)}.{serial}@example.org",
                "phone": f"{prefix} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                "is_demo": True,
            },
            published=self.publication_dates(
                languages, datetime.datetime(2015, 6, 1, tzinfo=datetime.UTC)
            ),
            m2m={"expertise": [term.id for term in expertise]},
        )

    def session_record(self, serial):
        rng = self.rng
        host = rng.choice(self.cities)
        topic = rng.choice(self.topics)
        topics = [topic.id]
        if rng.random() < 0.5:
            second = rng.choice(self.topics)
            if second.id != topic.id:
                topics.append(second.id)
        kind = weighted(rng, SESSION_KIND_WEIGHTS)
        first_day = datetime.date(2015, 6, 1)
        span = (self.today + datetime.timedelta(days=730) - first_day).days
        start = first_day + datetime.timedelta(days=rng.randrange(span))
        start += datetime.timedelta(days=(7 - start.weekday()) % 7 if start.weekday() > 3 else 0)
        end = start + datetime.timedelta(days=2 if kind == "study_visit" else 1)
        opens = start - datetime.timedelta(days=rng.randint(60, 120))
        closes = start - datetime.timedelta(days=rng.randint(7, 21))
        venue = rng.choice(VENUES)
        items = rng.sample(self.programme_items, min(len(self.programme_items), rng.randint(6, 8)))
        # Welcome first, conclusions last: keep the demo programmes' order.
        items.sort(key=lambda item: (item[SOURCE]["day"], item[SOURCE].get("time") or ""))
        slots = [(day, time_) for day, times in PROGRAMME_TIMES.items() for time_ in times]
        item_ids = [self.block_id() for _item in items]
        texts = {}
        for code in LANGUAGES:
            city = host.city(code)
            title = f"{topic.name(code)} – {city} {start.year}"
            intro = fill(
                SESSION_INTRO,
                code,
                kind=SESSION_KINDS[kind][code],
                city=city,
                organisation=host.name(code),
            )
            programme = []
            for (day, time_), item, block_id in zip(slots, items, item_ids, strict=False):
                value = {
                    "day": day,
                    "time": time_,
                    "title": item[code]["title"],
                    "description": item[code].get("description", ""),
                }
                programme.append({"type": "item", "value": value, "id": block_id})
            texts[code] = {
                "title": title,
                "slug": f"{PREFIX}{slugify(title)[:80].strip('-')}-{serial}",
                "summary": f"{intro} {topic.description(code)}".strip(),
                "city": city,
                "venue": fill(venue, code, city=city),
                "programme": programme,
            }
        speakers = rng.sample(self.expert_ids, min(len(self.expert_ids), rng.randint(2, 4)))
        presented = rng.sample(self.practice_ids, min(len(self.practice_ids), rng.randint(1, 3)))
        children = {
            "speakers": [{"expert_id": pk} for pk in speakers],
            "presented_practices": [{"practice_id": pk} for pk in presented],
        }
        if self.material and rng.random() < 0.4:
            children["materials"] = [{"document_id": self.material, "title": ""}]
        published_at = datetime.datetime.combine(
            opens - datetime.timedelta(days=rng.randint(0, 30)),
            datetime.time(9, 0),
            tzinfo=datetime.UTC,
        )
        published_at = min(self.now, published_at)
        return Record(
            key=self.key(),
            texts=texts,
            synced={
                "members_only": rng.random() < MEMBERS_ONLY_SHARE,
                "kind": kind,
                "start_date": start,
                "end_date": end,
                "host_id": host.id,
                "seats": rng.choice([20, 25, 30, 35, 40]),
                "contribution": rng.choice([None, 0, 150, 250, 350]),
                "registration_opens": opens,
                "registration_closes": closes,
            },
            published={
                code: (published_at, min(self.now, published_at + datetime.timedelta(days=3)))
                for code in LANGUAGES
            },
            m2m={"topics": topics},
            children=children,
        )

    # --- writing ----------------------------------------------------------------------

    def new_page(self, model, kind, code, record, texts, alias_of=None):
        parent = self.parents[kind, code]
        path, depth, url_path = self.tree.place(parent.pk, texts["slug"])
        # A placeholder carries the source's dates, as Page.create_alias() copies them.
        first, last = record.published.get(code) or record.published[SOURCE]
        return model(
            path=path,
            depth=depth,
            numchild=0,
            url_path=url_path,
            draft_title=texts["title"],
            translation_key=record.key,
            locale_id=self.locales[code],
            content_type_id=self.content_types[model],
            live=True,
            has_unpublished_changes=False,
            first_published_at=first,
            last_published_at=last,
            alias_of_id=alias_of,
            **texts,
            **record.synced,
        )

    def save_records(self, model, kind, records):
        """Insert the pages of ``records``: the sources first (their ids are
        needed by the aliases), then translations and placeholders, then the
        relations of every page."""
        sources = [
            self.new_page(model, kind, SOURCE, record, record.texts[SOURCE]) for record in records
        ]
        self.insert_pages(model, sources)
        others = []
        for record, source in zip(records, sources, strict=True):
            record.pages.append(source)
            for code in LANGUAGES:
                if code == SOURCE:
                    continue
                if code in record.texts:
                    page = self.new_page(model, kind, code, record, record.texts[code])
                    self.counts[f"{kind} translations"] += 1
                else:
                    # The placeholder of a synchronised tree: a copy of the source.
                    page = self.new_page(
                        model, kind, code, record, record.texts[SOURCE], alias_of=source.pk
                    )
                    self.counts[f"{kind} placeholders"] += 1
                record.pages.append(page)
                others.append(page)
        self.insert_pages(model, others)
        self.counts[f"{kind} sources"] += len(sources)
        self.insert_relations(model, records)
        return len(sources) + len(others)

    def batches(self, objects, fields):
        size = min(MAX_ROWS_PER_INSERT, max(1, connection.ops.bulk_batch_size(fields, objects)))
        for start in range(0, len(objects), size):
            yield objects[start : start + size]

    def insert_pages(self, model, pages):
        """Two INSERTs per batch, as Model.save() would do for one page: the
        wagtailcore_page row (returning its id) and the specific table's row.
        bulk_create() refuses multi-table inheritance; QuerySet._insert() is
        the step save() and bulk_create() themselves use."""
        if not pages:
            return
        page_fields = [
            f
            for f in Page._meta.local_concrete_fields
            if f is not Page._meta.auto_field and not f.generated
        ]
        child_fields = [f for f in model._meta.local_concrete_fields if not f.generated]
        returning = Page._meta.db_returning_fields
        for batch in self.batches(pages, page_fields):
            rows = Page._base_manager._insert(
                batch, fields=page_fields, returning_fields=returning, using=connection.alias
            )
            for page, row in zip(batch, rows, strict=True):
                page.id = page.page_ptr_id = row[0]
                page._state.adding = False
                page._state.db = connection.alias
        for batch in self.batches(pages, child_fields):
            model._base_manager._insert(batch, fields=child_fields, using=connection.alias)
        self.written.update({Page._meta.db_table, model._meta.db_table})

    def insert_relations(self, model, records):
        """Many-to-many through rows and Orderable rows, for every translation
        and placeholder: relations are synchronised fields (default-locale
        targets in every language)."""
        rows = defaultdict(list)
        for record in records:
            for name, target_ids in record.m2m.items():
                relation = model._meta.get_field(name)
                through = relation.remote_field.through
                source_name = f"{relation.m2m_field_name()}_id"
                target_name = f"{relation.m2m_reverse_field_name()}_id"
                for page in record.pages:
                    rows[through].extend(
                        through(**{source_name: page.pk, target_name: target})
                        for target in target_ids
                    )
            for name, values in record.children.items():
                relation = model._meta.get_field(name)
                child_model = relation.related_model
                parent_name = f"{relation.field.attname}"
                for page in record.pages:
                    rows[child_model].extend(
                        child_model(**{parent_name: page.pk, "sort_order": order}, **value)
                        for order, value in enumerate(values)
                    )
        for row_model, objects in rows.items():
            row_model._base_manager.bulk_create(objects, batch_size=MAX_ROWS_PER_INSERT)
            self.written.add(row_model._meta.db_table)
            self.counts[f"{row_model._meta.label} rows"] += len(objects)

    def recount_children(self, parent_paths):
        """numchild of the given parents, from the rows (what fixtree would set)."""
        for path in set(parent_paths):
            count = Page.objects.filter(
                path__startswith=path, depth=len(path) // Page.steplen + 1
            ).count()
            Page.objects.filter(path=path).update(numchild=count)

    # --- clearing ---------------------------------------------------------------------

    def clear(self):
        """Delete generated pages and organisations.

        Page.delete() runs per-object signals (Wagtail's and the site
        search's) and would take many minutes for 100,000 pages, so this
        follows every foreign key that points at the rows, as Django's
        Collector would, with set-based DELETE/UPDATE statements.
        """
        content_types = [
            ContentType.objects.get_for_model(model).pk
            for model in (PracticePage, ExpertPage, SessionPage)
        ]
        generated = Page.objects.filter(slug__startswith=PREFIX, content_type_id__in=content_types)
        # Placeholders first, so that no alias points at a deleted source.
        ids = list(generated.filter(alias_of__isnull=False).values_list("pk", flat=True))
        ids += list(generated.filter(alias_of__isnull=True).values_list("pk", flat=True))
        parent_paths = {
            path[: -Page.steplen] for path in generated.values_list("path", flat=True).distinct()
        }
        self.page_content_types = [
            ContentType.objects.get_for_model(model).pk for model in (Page, *get_page_models())
        ]
        for start in range(0, len(ids), DELETE_CHUNK):
            chunk = ids[start : start + DELETE_CHUNK]
            self.forget_search_documents(chunk)
            self.forget_references(chunk)
            self.purge(Page, chunk)
        self.recount_children(parent_paths)
        organisations = list(
            Organisation.objects.filter(slug__startswith=PREFIX).values_list("pk", flat=True)
        )
        for start in range(0, len(organisations), DELETE_CHUNK):
            self.purge(Organisation, organisations[start : start + DELETE_CHUNK])
        self.log(f"Cleared {len(ids)} generated pages and {len(organisations)} organisation rows")

    def forget_search_documents(self, page_ids):
        """The site search keeps an FTS table and a version next to its rows:
        removing documents goes through its indexer so they stay in step."""
        from search import indexer
        from search.models import SearchDocument

        if SearchDocument.objects.filter(page_id__in=page_ids).exists():
            indexer.remove_pages(page_ids)

    def forget_references(self, page_ids):
        """Wagtail's reference index names pages by content type and text id."""
        ids = [str(pk) for pk in page_ids]
        ReferenceIndex.objects.filter(
            Q(base_content_type_id__in=self.page_content_types, object_id__in=ids)
            | Q(to_content_type_id__in=self.page_content_types, to_object_id__in=ids)
        )._raw_delete(connection.alias)

    def purge(self, model, ids):
        """Delete rows of ``model`` and, following on_delete, what refers to them."""
        ids = list(ids)
        if not ids:
            return
        for relation in model._meta.get_fields(include_hidden=True):
            if not (
                relation.auto_created
                and not relation.concrete
                and (relation.one_to_many or relation.one_to_one)
            ):
                continue
            foreign_key = relation.field
            if foreign_key.related_model is not model:
                continue  # inherited from a parent model: handled with the parent
            rows = relation.related_model._base_manager.filter(**{f"{foreign_key.name}__in": ids})
            on_delete = foreign_key.remote_field.on_delete
            if on_delete is models.CASCADE:
                self.purge(relation.related_model, rows.values_list("pk", flat=True))
            elif on_delete is models.SET_NULL:
                rows.update(**{foreign_key.name: None})
            elif on_delete is not models.DO_NOTHING and rows.exists():
                raise CommandError(
                    f"{relation.related_model._meta.label} rows still refer to generated "
                    f"{model._meta.label} rows; delete them first."
                )
        for generic in model._meta.private_fields:
            if not isinstance(generic, GenericRelation) or getattr(generic, "mti_inherited", False):
                continue
            content_types = (
                self.page_content_types
                if issubclass(model, Page)
                else [ContentType.objects.get_for_model(model).pk]
            )
            rows = generic.related_model._base_manager.filter(
                **{
                    f"{generic.content_type_field_name}__in": content_types,
                    f"{generic.object_id_field_name}__in": [str(pk) for pk in ids],
                }
            )
            self.purge(generic.related_model, rows.values_list("pk", flat=True))
        model._base_manager.filter(pk__in=ids)._raw_delete(connection.alias)
        self.written.add(model._meta.db_table)

    # --- checks --------------------------------------------------------------------------

    def verify_tree(self):
        """treebeard's find_problems() and fixtree's checks, set-based.

        find_problems() runs two queries per node (minutes at this size);
        the same five checks over one read of the table take a second:
        characters outside the alphabet, path length, orphans, depth and
        numchild. Generated pages also get their url_path and sibling slugs
        checked.
        """
        rows = list(Page.objects.values_list("pk", "path", "depth", "numchild", "url_path", "slug"))
        by_path = {row[1]: row for row in rows}
        children = Counter(
            path[: -Page.steplen] for _pk, path, *_rest in rows if len(path) > Page.steplen
        )
        alphabet = set(Page.alphabet)
        problems = defaultdict(list)
        siblings = set()
        for pk, path, depth, numchild, url_path, slug in rows:
            if set(path) - alphabet:
                problems["characters outside the alphabet"].append(pk)
                continue
            if len(path) % Page.steplen:
                problems["bad path length"].append(pk)
                continue
            parent = by_path.get(path[: -Page.steplen]) if depth > 1 else None
            if depth > 1 and parent is None:
                problems["orphans"].append(pk)
                continue
            if depth != len(path) // Page.steplen:
                problems["wrong depth"].append(pk)
            if numchild != children[path]:
                problems["wrong numchild"].append(pk)
            if slug.startswith(PREFIX) and parent is not None:
                if url_path != f"{parent[4]}{slug}/":
                    problems["wrong url_path"].append(pk)
                if (parent[0], slug) in siblings:
                    problems["duplicate slug among siblings"].append(pk)
                siblings.add((parent[0], slug))
        if problems:
            details = "; ".join(f"{name}: {ids[:10]}" for name, ids in problems.items())
            raise CommandError(f"The page tree is inconsistent (rolled back): {details}")
        self.log(
            f"Tree verified: {len(rows)} pages, paths, depth, numchild and url_path consistent"
        )

    def render_check(self):
        """Render generated pages the way a reader gets them (through the
        Django test client, within this transaction)."""
        host = next((name for name in settings.ALLOWED_HOSTS if "*" not in name), "localhost")
        client = Client(HTTP_HOST=host.lstrip("."))
        generated = Page.objects.filter(slug__startswith=PREFIX, live=True)
        public = {"members_only": False}
        checks = [
            (PracticePage.objects.filter(body_members_only=False, **public), SOURCE),
            (PracticePage.objects.filter(**public), "fr"),
            (PracticePage.objects.filter(**public), "de"),
            (ExpertPage.objects.filter(**public), SOURCE),
            (SessionPage.objects.filter(**public), "it"),
        ]
        checked = []
        for queryset, code in checks:
            page = (
                queryset.filter(
                    pk__in=generated.values("pk"),
                    locale_id=self.locales.get(code),
                    alias_of__isnull=True,
                )
                .order_by("pk")
                .first()
            )
            if page is None:
                continue
            url = page.get_url()
            response = client.get(url)
            if response.status_code != 200:
                raise CommandError(f"{url} answered {response.status_code} (rolled back)")
            checked.append(url)
        alias = (
            PracticePage.objects.filter(
                pk__in=generated.values("pk"), alias_of__isnull=False, **public
            )
            .order_by("pk")
            .first()
        )
        if alias is not None:
            url = alias.get_url()
            request_log = logging.getLogger("django.request")
            level = request_log.level
            request_log.setLevel(logging.ERROR)  # the 404 is expected, not worth a warning
            try:
                response = client.get(url)
            finally:
                request_log.setLevel(level)
            if response.status_code != 404:
                raise CommandError(
                    f"The placeholder {url} answered {response.status_code}, not 404 (rolled back)"
                )
            checked.append(f"{url} (placeholder, 404)")
        self.log("Rendered: " + ", ".join(checked))

    def vacuum(self):
        """PostgreSQL: reclaim the deleted rows and refresh the planner's
        statistics now, as autovacuum would at some later moment (in the
        middle of a benchmark, or after a first slow query)."""
        if connection.vendor != "postgresql" or not self.written:
            return
        tables = ", ".join(connection.ops.quote_name(table) for table in sorted(self.written))
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM ANALYZE {tables}")
        self.log(f"VACUUM ANALYZE of {len(self.written)} tables")

    # --- report ----------------------------------------------------------------------------

    def summary(self, practices):
        searchable = 0
        parts = []
        for model in (PracticePage, ExpertPage, SessionPage):
            rows = model.objects.filter(live=True, alias_of__isnull=True)
            total = rows.count()
            generated = rows.filter(slug__startswith=PREFIX).count()
            searchable += total
            parts.append(f"{model.__name__} {total} ({generated} generated)")
        placeholders = Page.objects.filter(slug__startswith=PREFIX, alias_of__isnull=False).count()
        elapsed = time.monotonic() - self.started
        added = sum(
            value
            for name, value in self.counts.items()
            if name.endswith(("sources", "translations"))
        )
        self.log(
            f"Done in {elapsed:.1f}s: {searchable} searchable pages "
            f"({', '.join(parts)}), {placeholders} generated placeholders; "
            f"{added} searchable pages added"
            + (f" ({added / elapsed:.0f}/s)" if added and elapsed else "")
            + ". Rebuild the site search index with `manage.py rebuild_search_index`."
        )
