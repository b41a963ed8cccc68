# ruff: noqa: E501 (sentences in five languages, like home/demo/*.py)
"""Vocabulary of the synthetic network that the demo data does not have.

Cities, organisation and expert texts in the five languages, names by
language area, and the weights of the choices the records make.
"""

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
