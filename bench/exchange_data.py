"""The exchange benchmark's data (``bench.exchange`` runs it): a members'
network of its own, written in bulk (no signals, no search indexing):
organisations with an active membership, member people (confirmed
affiliations, daily digests, five preferred languages), threads in five
languages with their posts spread over the last day, watching subscriptions
for every participant, a few muted threads and watched topics, read markers.
One thread has ``large`` posts and one ``small``, both visible to every
member, so that the thread page can be compared at both sizes. Everything it
writes is named ``bench-x-…`` (users, organisations) and removed first.
"""

import datetime
import random
import time
import uuid

PREFIX = "bench-x-"
LANGUAGES = ("en", "de", "fr", "it", "es")
#: Sizes of ``make bench`` (the issue's figures).
PEOPLE = 1000
ORGANISATIONS = 50
THREADS = 500
POSTS = 10000
SMALL_THREAD = 10
LARGE_THREAD = 200

#: Share of restricted and of public-safe threads (the rest: members).
RESTRICTED_SHARE = 0.05
PUBLIC_SHARE = 0.15

TITLES = {
    "en": [
        "Working with families after a referral",
        "Training frontline staff in schools",
        "Online outreach to young people",
        "Exit programmes: what keeps people engaged?",
        "Local prevention networks and the police",
        "Evaluating a mentoring programme",
    ],
    "de": [
        "Arbeit mit Familien nach einer Meldung",
        "Fortbildung für Fachkräfte an Schulen",
        "Online-Ansprache junger Menschen",
        "Ausstiegsprogramme: Was hält die Teilnehmenden?",
        "Lokale Präventionsnetzwerke und die Polizei",
        "Evaluation eines Mentoringprogramms",
    ],
    "fr": [
        "Travailler avec les familles après un signalement",
        "Former les professionnels de première ligne à l'école",
        "Aller vers les jeunes en ligne",
        "Programmes de sortie : qu'est-ce qui maintient l'engagement ?",
        "Réseaux locaux de prévention et police",
        "Évaluer un programme de mentorat",
    ],
    "it": [
        "Lavorare con le famiglie dopo una segnalazione",
        "Formare gli operatori di prima linea nelle scuole",
        "Raggiungere i giovani online",
        "Programmi di uscita: cosa mantiene la partecipazione?",
        "Reti locali di prevenzione e polizia",
        "Valutare un programma di mentoring",
    ],
    "es": [
        "Trabajar con las familias después de una derivación",
        "Formar al personal de primera línea en las escuelas",
        "Llegar a los jóvenes en internet",
        "Programas de salida: ¿qué mantiene el compromiso?",
        "Redes locales de prevención y policía",
        "Evaluar un programa de mentoría",
    ],
}
SENTENCES = {
    "en": [
        "We started with a small group of social workers and two teachers.",
        "The school asked us for advice after a worrying remark in class.",
        "Parents were more open once we met them at home, not at the town hall.",
        "Our evaluation after one year shows fewer dropouts from the programme.",
        "Has anyone trained youth workers to recognise online recruitment?",
        "The police joined the case meetings only when a risk was confirmed.",
        "We share our referral form below; feedback is welcome.",
    ],
    "de": [
        "Wir haben mit einer kleinen Gruppe von Sozialarbeitern und zwei Lehrkräften begonnen.",
        "Die Schule bat uns nach einer besorgniserregenden Äußerung im Unterricht um Rat.",
        "Die Eltern waren offener, als wir sie zu Hause und nicht im Rathaus trafen.",
        "Unsere Evaluation nach einem Jahr zeigt weniger Abbrüche im Programm.",
        "Hat jemand Jugendarbeiter darin geschult, Anwerbung im Netz zu erkennen?",
        "Die Polizei kam nur zu den Fallkonferenzen, wenn ein Risiko bestätigt war.",
        "Unten teilen wir unser Meldeformular; Rückmeldungen sind willkommen.",
    ],
    "fr": [
        "Nous avons commencé avec un petit groupe de travailleurs sociaux et deux enseignants.",
        "L'école nous a demandé conseil après une remarque inquiétante en classe.",
        "Les parents étaient plus ouverts quand nous les rencontrions chez eux, pas à la mairie.",
        "Notre évaluation après un an montre moins d'abandons du programme.",
        "Quelqu'un a-t-il formé des animateurs à reconnaître le recrutement en ligne ?",
        "La police ne participait aux réunions de cas que lorsqu'un risque était confirmé.",
        "Nous partageons notre formulaire de signalement ci-dessous ; vos avis sont bienvenus.",
    ],
    "it": [
        "Abbiamo iniziato con un piccolo gruppo di assistenti sociali e due insegnanti.",
        "La scuola ci ha chiesto consiglio dopo un'osservazione preoccupante in classe.",
        "I genitori erano più aperti quando li incontravamo a casa, non in municipio.",
        "La nostra valutazione dopo un anno mostra meno abbandoni del programma.",
        "Qualcuno ha formato gli educatori a riconoscere il reclutamento online?",
        "La polizia partecipava alle riunioni sui casi solo quando un rischio era confermato.",
        "Condividiamo qui sotto il nostro modulo di segnalazione; i commenti sono benvenuti.",
    ],
    "es": [
        "Empezamos con un pequeño grupo de trabajadores sociales y dos docentes.",
        "La escuela nos pidió consejo tras un comentario preocupante en clase.",
        "Las familias se abrían más cuando las veíamos en casa y no en el ayuntamiento.",
        "Nuestra evaluación tras un año muestra menos abandonos del programa.",
        "¿Alguien ha formado a educadores para reconocer el reclutamiento en internet?",
        "La policía solo acudía a las reuniones de casos cuando se confirmaba un riesgo.",
        "Compartimos abajo nuestro formulario de derivación; los comentarios son bienvenidos.",
    ],
}
FIRST_NAMES = ["Anna", "Jonas", "Claire", "Marco", "Lucía", "Sofia", "Pieter", "Elif", "Tomás"]
LAST_NAMES = ["Keller", "Moreau", "Rossi", "García", "Janssen", "Novak", "Schmidt", "Dubois"]


def clear():
    """Remove what ``generate`` wrote (and the replies and digests made on it)."""
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from exchange.models import Thread
    from network.models import Membership, Organisation

    with transaction.atomic():
        Thread.objects.filter(author__username__startswith=PREFIX).delete()
        # Subscriptions, read markers, digests and affiliations go with the people.
        get_user_model().objects.filter(username__startswith=PREFIX).delete()
        Membership.objects.filter(organisation__slug__startswith=PREFIX).delete()
        Organisation.objects.filter(slug__startswith=PREFIX).delete()


def _bodies(rng):
    """Twelve sanitised bodies per language, as ``exchange.posting`` stores them."""
    from exchange import html

    bodies = {}
    for code, sentences in SENTENCES.items():
        bodies[code] = []
        for _number in range(12):
            paragraphs = [
                " ".join(rng.sample(sentences, rng.randint(1, 3)))
                for _paragraph in range(rng.randint(1, 3))
            ]
            raw = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
            bodies[code].append(str(html.clean(raw)))
    return bodies


def _post_counts(rng, threads, posts, small, large):
    """Posts per thread: ``large`` in the first, ``small`` in the second,
    the rest spread at random (at least the opening post each)."""
    if threads < 3 or posts < large + small + threads - 2:
        raise ValueError(f"{posts} posts cannot fill {threads} threads ({large}, {small}, …)")
    counts = [large, small] + [1] * (threads - 2)
    for index in rng.choices(range(2, threads), k=posts - sum(counts)):
        counts[index] += 1
    return counts


def generate(
    people=PEOPLE,
    organisations=ORGANISATIONS,
    threads=THREADS,
    posts=POSTS,
    small=SMALL_THREAD,
    large=LARGE_THREAD,
    seed=1,
    now=None,
):
    """Write the exchange data (after ``clear()``); returns a summary with
    the ids the measurements need."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Locale

    from exchange.models import Post, ReadMarker, Sensitivity, Subscription, Thread
    from network.models import Affiliation, Membership, Organisation
    from practices.models import Topic

    User = get_user_model()
    rng = random.Random(seed)
    now = now or timezone.now()
    today = timezone.localdate(now)
    started = time.perf_counter()
    clear()
    bodies = _bodies(rng)
    counts = _post_counts(rng, threads, posts, small, large)
    topic_ids = list(Topic.objects.filter(locale=Locale.get_default()).values_list("pk", flat=True))
    batch = 1000
    unusable = make_password(None)

    with transaction.atomic():
        orgs = Organisation.objects.bulk_create(
            [
                Organisation(
                    name=f"Bench city {number:03d}",
                    slug=f"{PREFIX}org-{number:03d}",
                    kind=Organisation.Kind.CITY,
                    role=Organisation.Role.PARTNER,
                    country="BE",
                    locale=Locale.get_default(),
                    translation_key=uuid.uuid4(),
                )
                for number in range(organisations)
            ]
        )
        Membership.objects.bulk_create(
            [
                Membership(
                    organisation=org,
                    starts_on=today - datetime.timedelta(days=365),
                    ends_on=today + datetime.timedelta(days=365),
                    paid=True,
                )
                for org in orgs
            ]
        )
        users = User.objects.bulk_create(
            [
                User(
                    username=f"{PREFIX}{number:05d}",
                    email=f"{PREFIX}{number:05d}@example.org",
                    password=unusable,  # the bench signs in with force_login
                    first_name=FIRST_NAMES[number % len(FIRST_NAMES)],
                    last_name=f"{LAST_NAMES[number % len(LAST_NAMES)]} {number}",
                    preferred_language=LANGUAGES[number % len(LANGUAGES)],
                    email_frequency=User.EmailFrequency.DAILY,
                )
                for number in range(people)
            ],
            batch_size=batch,
        )
        org_of = {user.pk: orgs[number % len(orgs)].pk for number, user in enumerate(users)}
        people_of = {}
        for user in users:
            people_of.setdefault(org_of[user.pk], []).append(user)
        Affiliation.objects.bulk_create(
            [
                Affiliation(
                    user=user, organisation_id=org_of[user.pk], status=Affiliation.Status.CONFIRMED
                )
                for user in users
            ],
            batch_size=batch,
        )

        # Threads: the first two (measured) are members threads of the reader.
        rows = []
        for number in range(threads):
            author = users[0] if number < 2 else rng.choice(users)
            draw = 1.0 if number < 2 else rng.random()
            organisation = org_of[author.pk]
            orgs_allowed = set()
            writers = users
            if draw < RESTRICTED_SHARE:
                sensitivity = Sensitivity.RESTRICTED
                orgs_allowed = {organisation, rng.choice(orgs).pk}
                writers = [user for org in orgs_allowed for user in people_of[org]]
            elif draw < RESTRICTED_SHARE + PUBLIC_SHARE:
                sensitivity = Sensitivity.PUBLIC_SAFE
            else:
                sensitivity = Sensitivity.MEMBERS
            language = LANGUAGES[number % len(LANGUAGES)]
            first = now - datetime.timedelta(minutes=rng.randint(120, 23 * 60))
            span = (now - datetime.timedelta(minutes=1) - first).total_seconds()
            replies = sorted(
                first + datetime.timedelta(seconds=rng.uniform(1, span))
                for _post in range(counts[number] - 1)
            )
            rows.append(
                {
                    "language": language,
                    "title": f"{rng.choice(TITLES[language])} ({number + 1})",
                    "sensitivity": sensitivity,
                    "allowed": orgs_allowed,
                    "times": [first, *replies],
                    "authors": [author] + [rng.choice(writers) for _post in replies],
                }
            )
        thread_rows = Thread.objects.bulk_create(
            [
                Thread(
                    title=row["title"],
                    author=row["authors"][0],
                    organisation_id=org_of[row["authors"][0].pk],
                    language=row["language"],
                    sensitivity=row["sensitivity"],
                    created_at=row["times"][0],
                    last_post_at=row["times"][-1],
                    post_count=len(row["times"]),
                )
                for row in rows
            ],
            batch_size=batch,
        )
        allowed = [row["allowed"] for row in rows]
        Thread.restricted_to.through.objects.bulk_create(
            [
                Thread.restricted_to.through(thread_id=thread.pk, organisation_id=org)
                for thread, orgs_allowed in zip(thread_rows, allowed, strict=True)
                for org in sorted(orgs_allowed)
            ],
            batch_size=batch,
        )
        Thread.topics.through.objects.bulk_create(
            [
                Thread.topics.through(thread_id=thread.pk, topic_id=topic)
                for thread in thread_rows
                for topic in (rng.sample(topic_ids, min(len(topic_ids), rng.randint(1, 2))))
            ],
            batch_size=batch,
        )

        post_rows = []
        last_post = {}
        for thread, row in zip(thread_rows, rows, strict=True):
            for index, (when, author) in enumerate(zip(row["times"], row["authors"], strict=True)):
                post_rows.append(
                    Post(
                        thread=thread,
                        author=author,
                        is_opening=index == 0,
                        body=rng.choice(bodies[row["language"]]),
                        created_at=when,
                    )
                )
                last_post[author.pk, thread.pk] = when
        Post.objects.bulk_create(post_rows, batch_size=batch)

        # Whoever wrote in a thread watches it and has read it up to their last post.
        subscriptions = [
            Subscription(user_id=user, thread_id=thread, level=Subscription.Level.WATCHING)
            for user, thread in last_post
        ]
        markers = dict(last_post)
        visible = [
            thread
            for thread, orgs_allowed in zip(thread_rows, allowed, strict=True)
            if not orgs_allowed
        ]
        topic_subscriptions = []
        for user in users:
            if rng.random() < 0.1:  # a muted thread
                thread = rng.choice(visible)
                if (user.pk, thread.pk) not in last_post:
                    subscriptions.append(
                        Subscription(user=user, thread=thread, level=Subscription.Level.MUTED)
                    )
            if topic_ids and rng.random() < 0.1:  # a watched topic
                topic_subscriptions.append(
                    Subscription(
                        user=user, topic_id=rng.choice(topic_ids), level=Subscription.Level.WATCHING
                    )
                )
            if rng.random() < 0.5:  # read a few threads at some point today
                for thread in rng.sample(visible, min(len(visible), 5)):
                    read_at = now - datetime.timedelta(minutes=rng.randint(1, 20 * 60))
                    if markers.get((user.pk, thread.pk), read_at) <= read_at:
                        markers[user.pk, thread.pk] = read_at
        Subscription.objects.bulk_create(subscriptions + topic_subscriptions, batch_size=batch)
        ReadMarker.objects.bulk_create(
            [
                ReadMarker(user_id=user, thread_id=thread, read_at=when)
                for (user, thread), when in markers.items()
            ],
            batch_size=batch,
        )

    summary = {
        "people": len(users),
        "organisations": len(orgs),
        "threads": len(thread_rows),
        "posts": len(post_rows),
        "restricted_threads": sum(1 for orgs_allowed in allowed if orgs_allowed),
        "subscriptions": len(subscriptions) + len(topic_subscriptions),
        "read_markers": len(markers),
        "seconds": round(time.perf_counter() - started, 2),
        "reader": users[0].pk,
        "large_thread": thread_rows[0].pk,
        "small_thread": thread_rows[1].pk,
        "reply_threads": [thread.pk for thread in visible[2:]],
        "now": now.isoformat(),
    }
    return summary
