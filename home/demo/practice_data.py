"""Demo practices for the network (26 illustrative, invented entries; see SCHEMA.md).

Every practice is a demonstration entry, not a description of a real programme.
"""

PRACTICES = [
    {
        "key": "practice-01",
        "slug": "municipal-prevention-network",
        "organisation": "augsburg",
        "topics": ["local-strategy", "multi-level-cooperation"],
        "forms": ["extreme-right", "jihadist"],
        "target_groups": ["local-officials", "communities"],
        "approach": "strategy",
        "evidence": "evaluated",
        "year_started": 2012,
        "year_ended": None,
        "status": "active",
        "contacts": ["expert-01"],
        "members_only": False,
        "title": {
            "en": "A municipal prevention network against extremism",
            "fr": "Un réseau municipal de prévention de l'extrémisme",
            "de": "Ein kommunales Präventionsnetzwerk gegen Extremismus",
            "it": "Una rete comunale per la prevenzione dell'estremismo",
            "es": "Una red municipal de prevención del extremismo",
        },
        "summary": {
            "en": (
                "The city created a prevention coordinator post and a network bringing together "
                "youth services, schools, police, faith communities and civil society to agree a "
                "shared local approach to all forms of violent extremism."
            ),
            "fr": (
                "La ville a créé un poste de coordinateur de la prévention et un réseau "
                "réunissant services jeunesse, écoles, police, communautés religieuses et société "
                "civile afin de définir une approche locale commune face à toutes les formes "
                "d'extrémisme violent."
            ),
            "de": (
                "Die Stadt hat eine Stelle für Präventionskoordination geschaffen und ein "
                "Netzwerk aus Jugendhilfe, Schulen, Polizei, Religionsgemeinschaften und "
                "Zivilgesellschaft aufgebaut, das einen gemeinsamen lokalen Ansatz gegen alle "
                "Formen von gewaltbereitem Extremismus entwickelt."
            ),
            "it": (
                "Il Comune ha istituito la figura del coordinatore della prevenzione e una rete "
                "che riunisce servizi per i giovani, scuole, polizia, comunità religiose e "
                "società civile per definire un approccio locale condiviso a tutte le forme di "
                "estremismo violento."
            ),
            "es": (
                "El Ayuntamiento creó un puesto de coordinación de la prevención y una red que "
                "reúne a los servicios de juventud, los centros educativos, la policía, las "
                "comunidades religiosas y la sociedad civil para acordar un enfoque local común "
                "frente a todas las formas de extremismo violento."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Several incidents involving small extreme-right groups and, later, young "
                        "people attracted by jihadist propaganda showed that the city's services were "
                        "each reacting on their own. There was no single place where concerns could "
                        "be shared, and no common understanding of what prevention should mean "
                        "locally."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The city council created a full-time prevention coordinator post within the "
                        "social affairs department and set up a network that meets every quarter. "
                        "Members include youth and social services, schools, the police, the "
                        "integration council, faith communities and associations working with young "
                        "people. The network drew up a short local action plan, maintains a directory "
                        "of contacts and support services, and organises an annual public conference."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "An external evaluation found that partners knew each other better and passed "
                        "on concerns more quickly, although smaller associations found it hard to "
                        "attend regular meetings. Lessons learned: give the coordinator a clear "
                        "mandate from the mayor, keep the action plan short and review it every year, "
                        "and involve civil society from the start rather than consulting it at the "
                        "end."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Plusieurs incidents impliquant de petits groupes d'extrême droite, puis des "
                        "jeunes attirés par la propagande djihadiste, ont montré que les services "
                        "municipaux réagissaient chacun de leur côté. Il n'existait ni lieu où "
                        "partager les inquiétudes, ni vision commune de ce que la prévention devait "
                        "signifier à l'échelle locale."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Le conseil municipal a créé un poste de coordinateur de la prévention à "
                        "temps plein au sein du service des affaires sociales et mis en place un "
                        "réseau qui se réunit chaque trimestre. Y participent les services jeunesse "
                        "et sociaux, les écoles, la police, le conseil de l'intégration, les "
                        "communautés religieuses et les associations travaillant avec les jeunes. Le "
                        "réseau a élaboré un plan d'action local succinct, tient à jour un répertoire "
                        "des contacts et des dispositifs d'accompagnement, et organise chaque année "
                        "une conférence publique."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Une évaluation externe a montré que les partenaires se connaissaient mieux "
                        "et se transmettaient plus rapidement leurs inquiétudes, même si les petites "
                        "associations avaient du mal à assister régulièrement aux réunions. "
                        "Enseignements : donner au coordinateur un mandat clair du maire, garder un "
                        "plan d'action court et le réviser chaque année, et associer la société "
                        "civile dès le départ plutôt que de la consulter à la fin."
                    ),
                ),
            ],
            "de": [
                (
                    "paragraph",
                    (
                        "Demo-Eintrag: Es handelt sich um ein fiktives Praxisbeispiel, das zur "
                        "Veranschaulichung für das Demonstrationsnetzwerk verfasst wurde, und nicht "
                        "um die Beschreibung eines realen Programms."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Mehrere Vorfälle mit kleinen rechtsextremen Gruppen und später mit jungen "
                        "Menschen, die sich von dschihadistischer Propaganda angezogen fühlten, "
                        "zeigten, dass die städtischen Dienste jeweils für sich allein reagierten. Es "
                        "gab weder einen Ort, an dem Sorgen geteilt werden konnten, noch ein "
                        "gemeinsames Verständnis davon, was Prävention vor Ort bedeuten sollte."
                    ),
                ),
                ("heading", "Umsetzung"),
                (
                    "paragraph",
                    (
                        "Der Stadtrat richtete im Sozialreferat eine Vollzeitstelle für "
                        "Präventionskoordination ein und rief ein Netzwerk ins Leben, das "
                        "vierteljährlich tagt. Beteiligt sind Jugend- und Sozialdienste, Schulen, "
                        "Polizei, der Integrationsbeirat, Religionsgemeinschaften sowie Vereine der "
                        "Jugendarbeit. Das Netzwerk hat einen kurzen lokalen Aktionsplan erarbeitet, "
                        "pflegt ein Verzeichnis von Ansprechpersonen und Hilfsangeboten und "
                        "veranstaltet jährlich eine öffentliche Fachtagung."
                    ),
                ),
                ("heading", "Ergebnisse und Erkenntnisse"),
                (
                    "paragraph",
                    (
                        "Eine externe Evaluation ergab, dass sich die Partner besser kennen und "
                        "Sorgen schneller weitergeben; kleineren Vereinen fiel die regelmäßige "
                        "Teilnahme an den Sitzungen jedoch schwer. Erkenntnisse: Die "
                        "Koordinationsstelle braucht ein klares Mandat der Stadtspitze, der "
                        "Aktionsplan sollte kurz sein und jährlich überprüft werden, und die "
                        "Zivilgesellschaft sollte von Anfang an beteiligt statt erst am Ende angehört "
                        "werden."
                    ),
                ),
            ],
            "it": [
                (
                    "paragraph",
                    (
                        "Scheda dimostrativa: si tratta di una pratica fittizia, redatta a titolo "
                        "illustrativo per la rete dimostrativa, e non della descrizione di un "
                        "programma reale."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Diversi episodi legati a piccoli gruppi di estrema destra e, in seguito, a "
                        "giovani attratti dalla propaganda jihadista hanno mostrato che i servizi "
                        "comunali reagivano ciascuno per conto proprio. Mancavano sia un luogo in cui "
                        "condividere le preoccupazioni sia una visione comune di che cosa "
                        "significasse la prevenzione a livello locale."
                    ),
                ),
                ("heading", "Che cosa è stato fatto"),
                (
                    "paragraph",
                    (
                        "Il consiglio comunale ha creato un posto di coordinatore della prevenzione a "
                        "tempo pieno presso l'assessorato alle politiche sociali e ha avviato una "
                        "rete che si riunisce ogni trimestre. Ne fanno parte i servizi sociali e per "
                        "i giovani, le scuole, la polizia, la consulta per l'integrazione, le "
                        "comunità religiose e le associazioni che lavorano con i giovani. La rete ha "
                        "redatto un breve piano d'azione locale, aggiorna un elenco di referenti e "
                        "servizi di sostegno e organizza ogni anno un convegno pubblico."
                    ),
                ),
                ("heading", "Risultati e insegnamenti"),
                (
                    "paragraph",
                    (
                        "Una valutazione esterna ha rilevato che i partner si conoscono meglio e si "
                        "segnalano le preoccupazioni più rapidamente, anche se le associazioni più "
                        "piccole faticano a partecipare con regolarità alle riunioni. Insegnamenti: "
                        "dare al coordinatore un mandato chiaro da parte del sindaco, mantenere il "
                        "piano d'azione breve e rivederlo ogni anno, coinvolgere la società civile "
                        "fin dall'inizio invece di consultarla solo alla fine."
                    ),
                ),
            ],
            "es": [
                (
                    "paragraph",
                    (
                        "Ficha de demostración: se trata de una práctica ficticia, redactada a título "
                        "ilustrativo para la red de demostración, y no de la descripción de un "
                        "programa real."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Varios incidentes protagonizados por pequeños grupos de extrema derecha y, "
                        "más tarde, por jóvenes atraídos por la propaganda yihadista pusieron de "
                        "manifiesto que cada servicio municipal reaccionaba por su cuenta. No existía "
                        "un espacio donde compartir las preocupaciones ni una visión común de lo que "
                        "debía significar la prevención en el ámbito local."
                    ),
                ),
                ("heading", "Qué se hizo"),
                (
                    "paragraph",
                    (
                        "El pleno municipal creó un puesto de coordinador de prevención a jornada "
                        "completa en el área de servicios sociales y puso en marcha una red que se "
                        "reúne cada trimestre. Participan los servicios sociales y de juventud, los "
                        "centros educativos, la policía, el consejo de integración, las comunidades "
                        "religiosas y las entidades que trabajan con jóvenes. La red elaboró un breve "
                        "plan de acción local, mantiene actualizado un directorio de contactos y "
                        "recursos de apoyo y organiza cada año una jornada pública."
                    ),
                ),
                ("heading", "Resultados y lecciones aprendidas"),
                (
                    "paragraph",
                    (
                        "Una evaluación externa constató que los socios se conocen mejor y se "
                        "trasladan las preocupaciones con mayor rapidez, aunque a las entidades más "
                        "pequeñas les cuesta asistir con regularidad a las reuniones. Lecciones "
                        "aprendidas: dar a la coordinación un mandato claro de la alcaldía, mantener "
                        "un plan de acción breve y revisarlo cada año, e implicar a la sociedad civil "
                        "desde el principio en lugar de consultarla al final."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-02",
        "slug": "extreme-right-symbols-training",
        "organisation": "augsburg",
        "topics": ["awareness-field-workers", "online-radicalisation"],
        "forms": ["extreme-right", "hooliganism"],
        "target_groups": ["youth-social-workers", "young-people"],
        "approach": "prevention",
        "evidence": "inspiring",
        "year_started": 2009,
        "year_ended": 2014,
        "status": "completed",
        "contacts": ["expert-01", "expert-11"],
        "members_only": False,
        "title": {
            "en": "Recognising extreme-right codes and symbols: training for youth workers",
            "fr": (
                "Reconnaître les codes et symboles d'extrême droite : une formation pour les "
                "animateurs jeunesse"
            ),
            "de": (
                "Rechtsextreme Codes und Symbole erkennen: Fortbildung für Fachkräfte der "
                "Jugendarbeit"
            ),
        },
        "summary": {
            "en": (
                "A half-day training module helped youth workers, sports coaches and fan project "
                "staff recognise extreme-right symbols, clothing brands, music and online codes, "
                "and respond to them with confidence."
            ),
            "fr": (
                "Un module de formation d'une demi-journée a aidé les animateurs jeunesse, les "
                "entraîneurs sportifs et les équipes de projets supporters à reconnaître les "
                "symboles, marques de vêtements, musiques et codes en ligne de l'extrême droite, "
                "et à y réagir avec assurance."
            ),
            "de": (
                "Ein halbtägiges Fortbildungsmodul half Fachkräften der Jugendarbeit, "
                "Trainerinnen und Trainern sowie Mitarbeitenden des Fanprojekts, rechtsextreme "
                "Symbole, Kleidungsmarken, Musik und Online-Codes zu erkennen und sicher darauf "
                "zu reagieren."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Youth workers in several neighbourhood centres and around the local football "
                        "ground noticed stickers, clothing and slogans they could not interpret. Many "
                        "were unsure whether a symbol was illegal, merely provocative or harmless, "
                        "and therefore often did nothing."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The city's youth department developed a half-day module with an associated "
                        "partner specialising in work with young people drawn to the extreme right. "
                        "It covered numeric codes, symbols and clothing brands, extreme-right music "
                        "and its online circulation, and the legal framework. Participants practised "
                        "short conversations in which they address a symbol without humiliating the "
                        "young person, and received a pocket guide updated every year."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "Participants reported feeling more confident in addressing symbols and in "
                        "deciding when to involve colleagues or the police. The module worked best "
                        "with mixed groups from the same neighbourhood, who then agreed on common "
                        "house rules. Because codes change quickly, the pocket guide needs regular "
                        "updating by a named person."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Dans plusieurs maisons de quartier et aux abords du stade de football local, "
                        "des animateurs remarquaient des autocollants, des vêtements et des slogans "
                        "qu'ils ne savaient pas interpréter. Beaucoup ignoraient si un symbole était "
                        "interdit, simplement provocateur ou anodin, et préféraient souvent ne rien "
                        "faire."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Le service jeunesse de la ville a conçu un module d'une demi-journée avec un "
                        "partenaire associé spécialisé dans le travail avec des jeunes tentés par "
                        "l'extrême droite. Il abordait les codes chiffrés, les symboles et marques de "
                        "vêtements, la musique d'extrême droite et sa diffusion en ligne, ainsi que "
                        "le cadre juridique. Les participants s'exerçaient à de courtes conversations "
                        "permettant d'aborder un symbole sans humilier le jeune, et recevaient un "
                        "guide de poche actualisé chaque année."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Les participants ont déclaré se sentir plus sûrs d'eux pour aborder un "
                        "symbole et pour décider quand solliciter des collègues ou la police. Le "
                        "module fonctionnait le mieux avec des groupes mixtes issus d'un même "
                        "quartier, qui adoptaient ensuite un règlement commun pour leurs structures. "
                        "Les codes évoluant vite, le guide de poche doit être mis à jour "
                        "régulièrement par une personne clairement désignée."
                    ),
                ),
            ],
            "de": [
                (
                    "paragraph",
                    (
                        "Demo-Eintrag: Es handelt sich um ein fiktives Praxisbeispiel, das zur "
                        "Veranschaulichung für das Demonstrationsnetzwerk verfasst wurde, und nicht "
                        "um die Beschreibung eines realen Programms."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Fachkräfte in mehreren Stadtteiltreffs und im Umfeld des örtlichen "
                        "Fußballstadions bemerkten Aufkleber, Kleidung und Parolen, die sie nicht "
                        "einordnen konnten. Viele wussten nicht, ob ein Symbol verboten, nur "
                        "provokant oder harmlos war, und unternahmen deshalb oft nichts."
                    ),
                ),
                ("heading", "Umsetzung"),
                (
                    "paragraph",
                    (
                        "Das städtische Jugendamt entwickelte gemeinsam mit einem assoziierten "
                        "Partner, der auf die Arbeit mit rechtsextrem orientierten Jugendlichen "
                        "spezialisiert ist, ein halbtägiges Modul. Es behandelte Zahlencodes, Symbole "
                        "und Kleidungsmarken, rechtsextreme Musik und ihre Verbreitung im Netz sowie "
                        "die rechtlichen Rahmenbedingungen. Die Teilnehmenden übten kurze Gespräche, "
                        "in denen ein Symbol angesprochen wird, ohne den Jugendlichen bloßzustellen, "
                        "und erhielten einen jährlich aktualisierten Taschenleitfaden."
                    ),
                ),
                ("heading", "Ergebnisse und Erkenntnisse"),
                (
                    "paragraph",
                    (
                        "Die Teilnehmenden fühlten sich nach eigener Aussage sicherer darin, Symbole "
                        "anzusprechen und zu entscheiden, wann Kolleginnen und Kollegen oder die "
                        "Polizei hinzugezogen werden sollten. Am besten wirkte das Modul in "
                        "gemischten Gruppen aus demselben Stadtteil, die anschließend eine gemeinsame "
                        "Hausordnung vereinbarten. Da sich Codes schnell verändern, muss der "
                        "Taschenleitfaden regelmäßig von einer fest benannten Person aktualisiert "
                        "werden."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-03",
        "slug": "parents-helpline",
        "organisation": "augsburg",
        "topics": ["family-support", "detection-referral"],
        "forms": ["jihadist", "extreme-right"],
        "target_groups": ["families", "young-people"],
        "approach": "intervention",
        "evidence": "evaluated",
        "year_started": 2015,
        "year_ended": None,
        "status": "pilot",
        "contacts": ["expert-01", "expert-10"],
        "members_only": False,
        "title": {
            "en": "A helpline for worried parents",
            "fr": "Une ligne d'écoute pour les parents inquiets",
            "de": "Ein Beratungstelefon für besorgte Eltern",
        },
        "summary": {
            "en": (
                "A telephone helpline, staffed by trained counsellors and run with the regional "
                "family counselling network, offers parents and relatives confidential advice "
                "when they fear that a young person is being drawn into extremism."
            ),
            "fr": (
                "Une ligne téléphonique, tenue par des conseillers formés et gérée avec le réseau "
                "régional de conseil aux familles, offre aux parents et aux proches des conseils "
                "confidentiels lorsqu'ils craignent qu'un jeune soit en train de basculer dans "
                "l'extrémisme."
            ),
            "de": (
                "Ein Beratungstelefon, das mit geschulten Beraterinnen und Beratern besetzt ist "
                "und gemeinsam mit dem regionalen Netz der Familienberatung betrieben wird, "
                "bietet Eltern und Angehörigen vertrauliche Unterstützung, wenn sie befürchten, "
                "dass ein junger Mensch in den Extremismus abgleitet."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Parents were often the first to notice changes in a son's or daughter's "
                        "behaviour, but they hesitated to contact the police or the school for fear "
                        "of stigmatising their child. Existing family counselling services did not "
                        "feel equipped to deal with questions about extremist ideologies."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The city and the regional family counselling network set up a helpline open "
                        "on weekday afternoons and two evenings a week, in German, Turkish and "
                        "Arabic. Counsellors received specific training on jihadist and extreme-right "
                        "radicalisation; they offer face-to-face sessions and home visits and, with "
                        "the family's consent, refer to specialised services. A steering group "
                        "involving the regional ministry reviews anonymised case data every six "
                        "months."
                    ),
                ),
                ("heading", "First results and lessons"),
                (
                    "paragraph",
                    (
                        "An interim evaluation found that most callers were mothers and that many "
                        "calls concerned general conflicts about religion or identity rather than "
                        "radicalisation as such. Lessons so far: advertise the service through "
                        "doctors, mosques and parents' associations rather than only online, treat "
                        "every call as a chance to strengthen the parent, and agree clear rules in "
                        "advance for the rare cases where a risk of violence must be reported."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Les parents étaient souvent les premiers à remarquer un changement de "
                        "comportement chez leur fils ou leur fille, mais hésitaient à contacter la "
                        "police ou l'école de peur de stigmatiser leur enfant. Les services de "
                        "conseil familial existants ne se sentaient pas outillés pour répondre aux "
                        "questions portant sur les idéologies extrémistes."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "La ville et le réseau régional de conseil aux familles ont mis en place une "
                        "ligne d'écoute ouverte les après-midi en semaine et deux soirs par semaine, "
                        "en allemand, en turc et en arabe. Les conseillers ont reçu une formation "
                        "spécifique sur la radicalisation djihadiste et d'extrême droite ; ils "
                        "proposent des entretiens en personne et des visites à domicile et, avec "
                        "l'accord de la famille, orientent vers des services spécialisés. Un comité "
                        "de pilotage associant le ministère régional examine tous les six mois les "
                        "données anonymisées des situations suivies."
                    ),
                ),
                ("heading", "Premiers résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Une évaluation intermédiaire a montré que la plupart des appels venaient de "
                        "mères et que beaucoup portaient sur des conflits plus généraux liés à la "
                        "religion ou à l'identité plutôt que sur la radicalisation proprement dite. "
                        "Premiers enseignements : faire connaître le service par les médecins, les "
                        "mosquées et les associations de parents plutôt que seulement en ligne, "
                        "considérer chaque appel comme une occasion de renforcer le parent, et "
                        "convenir à l'avance de règles claires pour les rares cas où un risque de "
                        "violence doit être signalé."
                    ),
                ),
            ],
            "de": [
                (
                    "paragraph",
                    (
                        "Demo-Eintrag: Es handelt sich um ein fiktives Praxisbeispiel, das zur "
                        "Veranschaulichung für das Demonstrationsnetzwerk verfasst wurde, und nicht "
                        "um die Beschreibung eines realen Programms."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Eltern bemerkten Veränderungen im Verhalten ihres Sohnes oder ihrer Tochter "
                        "oft als Erste, zögerten aber, sich an Polizei oder Schule zu wenden, weil "
                        "sie eine Stigmatisierung ihres Kindes fürchteten. Die bestehenden "
                        "Familienberatungsstellen fühlten sich für Fragen zu extremistischen "
                        "Ideologien nicht ausreichend gerüstet."
                    ),
                ),
                ("heading", "Umsetzung"),
                (
                    "paragraph",
                    (
                        "Stadt und regionales Familienberatungsnetz richteten ein Beratungstelefon "
                        "ein, das werktags nachmittags und an zwei Abenden pro Woche auf Deutsch, "
                        "Türkisch und Arabisch erreichbar ist. Die Beraterinnen und Berater wurden "
                        "gezielt zu dschihadistischer und rechtsextremer Radikalisierung geschult; "
                        "sie bieten persönliche Gespräche und Hausbesuche an und vermitteln mit "
                        "Einverständnis der Familie an spezialisierte Stellen weiter. Eine "
                        "Steuerungsgruppe unter Beteiligung des Landesministeriums wertet "
                        "halbjährlich anonymisierte Falldaten aus."
                    ),
                ),
                ("heading", "Erste Ergebnisse und Erkenntnisse"),
                (
                    "paragraph",
                    (
                        "Eine Zwischenevaluation ergab, dass überwiegend Mütter anriefen und viele "
                        "Anrufe allgemeine Konflikte um Religion oder Identität betrafen, nicht "
                        "Radikalisierung im engeren Sinn. Bisherige Erkenntnisse: Das Angebot sollte "
                        "über Arztpraxen, Moscheegemeinden und Elternvereine bekannt gemacht werden, "
                        "nicht nur online; jedes Gespräch ist eine Chance, die Eltern zu stärken; und "
                        "für die seltenen Fälle, in denen eine Gewaltgefahr gemeldet werden muss, "
                        "braucht es vorab klare Regeln."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-04",
        "slug": "frontline-staff-awareness-training",
        "organisation": "brussels-bravvo",
        "topics": ["awareness-field-workers", "detection-referral"],
        "forms": ["jihadist", "extreme-right", "extreme-left"],
        "target_groups": ["youth-social-workers", "local-officials"],
        "approach": "prevention",
        "evidence": "inspiring",
        "year_started": 2014,
        "year_ended": None,
        "status": "active",
        "contacts": ["expert-02", "expert-12"],
        "members_only": False,
        "title": {
            "en": "Awareness training for frontline municipal staff",
            "fr": "Sensibiliser les professionnels de terrain de la ville",
            "de": "Sensibilisierung der städtischen Fachkräfte vor Ort",
            "it": "Sensibilizzazione degli operatori comunali di prima linea",
            "es": "Sensibilización de los profesionales municipales de primera línea",
        },
        "summary": {
            "en": (
                "A two-day course gives street educators, neighbourhood wardens, youth centre "
                "staff and municipal officials a shared basis for understanding radicalisation, "
                "recognising warning signs without over-reacting and knowing whom to call."
            ),
            "fr": (
                "Une formation de deux jours donne aux éducateurs de rue, gardiens de la paix, "
                "animateurs de maisons de jeunes et agents communaux une base commune pour "
                "comprendre la radicalisation, repérer les signaux d'alerte sans surréagir et "
                "savoir à qui s'adresser."
            ),
            "de": (
                "Ein zweitägiger Kurs vermittelt Fachkräften der aufsuchenden Jugendarbeit, "
                "kommunalen Stadtteilbetreuerinnen und -betreuern, Mitarbeitenden von "
                "Jugendzentren und Verwaltungspersonal eine gemeinsame Grundlage, um "
                "Radikalisierung zu verstehen, Warnsignale ohne Überreaktion zu erkennen und zu "
                "wissen, an wen sie sich wenden können."
            ),
            "it": (
                "Un corso di due giorni offre a educatori di strada, steward di quartiere, "
                "operatori dei centri giovanili e funzionari comunali una base comune per "
                "comprendere la radicalizzazione, riconoscere i segnali d'allarme senza reazioni "
                "eccessive e sapere a chi rivolgersi."
            ),
            "es": (
                "Un curso de dos días ofrece a educadores de calle, agentes de proximidad, "
                "personal de los centros juveniles y técnicos municipales una base común para "
                "comprender la radicalización, reconocer las señales de alerta sin "
                "sobrerreaccionar y saber a quién dirigirse."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "After the first departures of young people from Brussels to Syria, frontline "
                        "workers were under pressure: some saw signs of radicalisation everywhere, "
                        "others feared that talking about it would break the trust they had built "
                        "with young people. The city's prevention service wanted a common language "
                        "across all its teams."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The prevention service designed a two-day course, delivered in French and "
                        "Dutch, for mixed groups of street educators, neighbourhood wardens, youth "
                        "centre staff and administrative officials. The first day covers the "
                        "processes of radicalisation, the different forms of extremism and the "
                        "difference between religious practice and violent ideology; the second is "
                        "based on case studies and role play and ends with a presentation of the "
                        "local referral channel. A short refresher session is offered a year later."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "Participants said the course reduced their anxiety and helped them "
                        "distinguish provocative statements from real warning signs. The mix of "
                        "professions in one room was valued as highly as the content itself. Lessons "
                        "learned: involve experienced field workers as co-trainers, avoid checklists "
                        "of 'signs' used out of context, and make sure the referral channel presented "
                        "in the training actually answers when called."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Après les premiers départs de jeunes Bruxellois vers la Syrie, les "
                        "professionnels de terrain étaient sous pression : certains voyaient des "
                        "signes de radicalisation partout, d'autres craignaient qu'en parler ne brise "
                        "la confiance patiemment construite avec les jeunes. Le service de prévention "
                        "de la ville souhaitait un langage commun à l'ensemble de ses équipes."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Le service de prévention a conçu une formation de deux jours, donnée en "
                        "français et en néerlandais à des groupes mêlant éducateurs de rue, gardiens "
                        "de la paix, animateurs de maisons de jeunes et agents administratifs. La "
                        "première journée porte sur les processus de radicalisation, les différentes "
                        "formes d'extrémisme et la distinction entre pratique religieuse et idéologie "
                        "violente ; la seconde repose sur des études de cas et des jeux de rôle et se "
                        "termine par la présentation du circuit local de signalement. Une séance de "
                        "rappel est proposée un an plus tard."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Les participants estiment que la formation a réduit leur anxiété et les aide "
                        "à distinguer les propos provocateurs des véritables signaux d'alerte. La "
                        "diversité des métiers réunis dans une même salle a été jugée aussi précieuse "
                        "que le contenu. Enseignements : associer des travailleurs de terrain "
                        "expérimentés comme co-formateurs, éviter les listes de « signes » utilisées "
                        "hors contexte, et veiller à ce que le circuit de signalement présenté "
                        "pendant la formation réponde réellement lorsqu'on le sollicite."
                    ),
                ),
            ],
            "de": [
                (
                    "paragraph",
                    (
                        "Demo-Eintrag: Es handelt sich um ein fiktives Praxisbeispiel, das zur "
                        "Veranschaulichung für das Demonstrationsnetzwerk verfasst wurde, und nicht "
                        "um die Beschreibung eines realen Programms."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Nach den ersten Ausreisen junger Menschen aus Brüssel nach Syrien standen "
                        "die Fachkräfte vor Ort unter Druck: Manche sahen überall Anzeichen von "
                        "Radikalisierung, andere fürchteten, dass das Thema das mühsam aufgebaute "
                        "Vertrauen der Jugendlichen zerstören würde. Der Präventionsdienst der Stadt "
                        "wollte eine gemeinsame Sprache für alle seine Teams schaffen."
                    ),
                ),
                ("heading", "Umsetzung"),
                (
                    "paragraph",
                    (
                        "Der Präventionsdienst entwickelte einen zweitägigen Kurs auf Französisch und "
                        "Niederländisch für gemischte Gruppen aus aufsuchender Jugendarbeit, "
                        "Stadtteilbetreuung, Jugendzentren und Verwaltung. Der erste Tag behandelt "
                        "Radikalisierungsprozesse, die verschiedenen Formen von Extremismus und den "
                        "Unterschied zwischen religiöser Praxis und gewaltbereiter Ideologie; der "
                        "zweite Tag beruht auf Fallbeispielen und Rollenspielen und endet mit der "
                        "Vorstellung des lokalen Meldewegs. Ein Jahr später wird eine kurze "
                        "Auffrischung angeboten."
                    ),
                ),
                ("heading", "Ergebnisse und Erkenntnisse"),
                (
                    "paragraph",
                    (
                        "Die Teilnehmenden gaben an, dass der Kurs Ängste abgebaut habe und ihnen "
                        "helfe, provokante Äußerungen von echten Warnsignalen zu unterscheiden. Die "
                        "Mischung der Berufsgruppen in einem Raum wurde ebenso geschätzt wie die "
                        "Inhalte. Erkenntnisse: erfahrene Praktikerinnen und Praktiker als Co-Trainer "
                        "einbinden, keine aus dem Zusammenhang gerissenen Checklisten von „Anzeichen“ "
                        "verwenden und sicherstellen, dass der im Kurs vorgestellte Meldeweg im "
                        "Ernstfall tatsächlich erreichbar ist."
                    ),
                ),
            ],
            "it": [
                (
                    "paragraph",
                    (
                        "Scheda dimostrativa: si tratta di una pratica fittizia, redatta a titolo "
                        "illustrativo per la rete dimostrativa, e non della descrizione di un "
                        "programma reale."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Dopo le prime partenze di giovani da Bruxelles verso la Siria, gli operatori "
                        "di prima linea erano sotto pressione: alcuni vedevano segnali di "
                        "radicalizzazione ovunque, altri temevano che parlarne avrebbe compromesso la "
                        "fiducia costruita con i ragazzi. Il servizio di prevenzione della città "
                        "voleva un linguaggio comune a tutte le sue équipe."
                    ),
                ),
                ("heading", "Che cosa è stato fatto"),
                (
                    "paragraph",
                    (
                        "Il servizio di prevenzione ha ideato un corso di due giorni, tenuto in "
                        "francese e in olandese, per gruppi misti di educatori di strada, steward di "
                        "quartiere, operatori dei centri giovanili e personale amministrativo. La "
                        "prima giornata affronta i processi di radicalizzazione, le diverse forme di "
                        "estremismo e la distinzione tra pratica religiosa e ideologia violenta; la "
                        "seconda si basa su casi di studio e giochi di ruolo e si conclude con la "
                        "presentazione del percorso locale di segnalazione. Un anno dopo viene "
                        "proposto un breve incontro di aggiornamento."
                    ),
                ),
                ("heading", "Risultati e insegnamenti"),
                (
                    "paragraph",
                    (
                        "I partecipanti hanno riferito che il corso ha ridotto l'ansia e li aiuta a "
                        "distinguere le affermazioni provocatorie dai veri segnali d'allarme. La "
                        "presenza di professioni diverse nella stessa aula è stata apprezzata quanto "
                        "i contenuti. Insegnamenti: coinvolgere operatori esperti come co-formatori, "
                        "evitare liste di «segnali» usate fuori contesto e assicurarsi che il "
                        "percorso di segnalazione presentato durante il corso risponda davvero quando "
                        "viene attivato."
                    ),
                ),
            ],
            "es": [
                (
                    "paragraph",
                    (
                        "Ficha de demostración: se trata de una práctica ficticia, redactada a título "
                        "ilustrativo para la red de demostración, y no de la descripción de un "
                        "programa real."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Tras las primeras salidas de jóvenes de Bruselas hacia Siria, los "
                        "profesionales de primera línea se sentían presionados: algunos veían señales "
                        "de radicalización por todas partes y otros temían que hablar del tema "
                        "rompiera la confianza construida con los jóvenes. El servicio de prevención "
                        "de la ciudad quería un lenguaje común para todos sus equipos."
                    ),
                ),
                ("heading", "Qué se hizo"),
                (
                    "paragraph",
                    (
                        "El servicio de prevención diseñó un curso de dos días, impartido en francés "
                        "y neerlandés, para grupos mixtos de educadores de calle, agentes de "
                        "proximidad, personal de centros juveniles y personal administrativo. La "
                        "primera jornada aborda los procesos de radicalización, las distintas formas "
                        "de extremismo y la diferencia entre práctica religiosa e ideología violenta; "
                        "la segunda se basa en estudios de caso y juegos de rol, y termina con la "
                        "presentación del circuito local de derivación. Un año después se ofrece una "
                        "breve sesión de actualización."
                    ),
                ),
                ("heading", "Resultados y lecciones aprendidas"),
                (
                    "paragraph",
                    (
                        "Los participantes afirmaron que el curso redujo su ansiedad y les ayuda a "
                        "distinguir las declaraciones provocadoras de las verdaderas señales de "
                        "alerta. La mezcla de perfiles profesionales en una misma sala se valoró "
                        "tanto como los contenidos. Lecciones aprendidas: contar con profesionales de "
                        "campo experimentados como coformadores, evitar listas de «señales» "
                        "utilizadas fuera de contexto y asegurarse de que el circuito de derivación "
                        "presentado en el curso responda realmente cuando se recurre a él."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-05",
        "slug": "youth-debate-spaces",
        "organisation": "brussels-bravvo",
        "topics": ["communication-counter-narrative"],
        "forms": ["jihadist"],
        "target_groups": ["young-people", "communities"],
        "approach": "prevention",
        "evidence": "inspiring",
        "year_started": 2015,
        "year_ended": None,
        "status": "active",
        "contacts": ["expert-02"],
        "members_only": False,
        "title": {
            "en": "Debate spaces for young people in neighbourhood youth centres",
            "fr": "Des espaces de débat pour les jeunes dans les maisons de quartier",
        },
        "summary": {
            "en": (
                "Facilitated evening debates in youth centres give young people a safe place to "
                "discuss identity, religion, discrimination and international conflicts, and to "
                "hear voices that challenge extremist narratives."
            ),
            "fr": (
                "Des soirées de débat animées dans les maisons de jeunes offrent aux jeunes un "
                "lieu sûr pour parler d'identité, de religion, de discriminations et de conflits "
                "internationaux, et pour entendre des voix qui contredisent les discours "
                "extrémistes."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Youth workers noticed that young people discussed the war in Syria, "
                        "discrimination and religion mainly among themselves or online, where "
                        "extremist recruiters offered simple answers. Youth centres tended to avoid "
                        "these subjects for fear of conflict."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The prevention service trained pairs of youth workers to facilitate monthly "
                        "debate evenings in four youth centres. Topics are chosen by the young people "
                        "themselves; guests include a local imam, a former soldier, a journalist, a "
                        "lawyer specialised in discrimination and young people involved in community "
                        "projects. Ground rules are agreed at the start: every opinion can be "
                        "expressed, no one is attacked personally, and any call for violence ends the "
                        "discussion."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "Attendance grew steadily once word of mouth took over, and several "
                        "participants went on to organise their own events. Facilitators found that "
                        "young people mostly wanted to be taken seriously and to have their "
                        "experiences of discrimination acknowledged. Lessons learned: do not present "
                        "the debates as 'deradicalisation', prepare facilitators for emotionally "
                        "charged moments, and follow up individually when a participant seems "
                        "isolated or distressed."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Les animateurs constataient que les jeunes discutaient de la guerre en "
                        "Syrie, des discriminations et de la religion surtout entre eux ou en ligne, "
                        "là où les recruteurs extrémistes proposaient des réponses simplistes. Les "
                        "maisons de jeunes avaient tendance à éviter ces sujets par crainte des "
                        "conflits."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Le service de prévention a formé des binômes d'animateurs pour animer chaque "
                        "mois des soirées de débat dans quatre maisons de jeunes. Les thèmes sont "
                        "choisis par les jeunes eux-mêmes ; parmi les invités figurent un imam du "
                        "quartier, un ancien militaire, une journaliste, un avocat spécialisé dans "
                        "les discriminations et des jeunes engagés dans des projets citoyens. Des "
                        "règles sont fixées en début de séance : toutes les opinions peuvent "
                        "s'exprimer, personne n'est attaqué personnellement, et tout appel à la "
                        "violence met fin à la discussion."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "La fréquentation a augmenté régulièrement grâce au bouche-à-oreille, et "
                        "plusieurs participants ont ensuite organisé leurs propres événements. Les "
                        "animateurs ont constaté que les jeunes voulaient surtout être pris au "
                        "sérieux et voir reconnues leurs expériences de discrimination. Enseignements "
                        ": ne pas présenter les débats comme de la « déradicalisation », préparer les "
                        "animateurs aux moments chargés d'émotion et assurer un suivi individuel "
                        "lorsqu'un participant semble isolé ou en détresse."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-06",
        "slug": "returnee-family-case-management",
        "organisation": "brussels-bravvo",
        "topics": ["deradicalisation-disengagement", "family-support"],
        "forms": ["jihadist"],
        "target_groups": ["returnees-prisoners", "families"],
        "approach": "intervention",
        "evidence": "inspiring",
        "year_started": 2015,
        "year_ended": None,
        "status": "pilot",
        "contacts": ["expert-02", "expert-08"],
        "members_only": True,
        "title": {
            "en": "Individual case management for returnees and their families",
            "fr": (
                "Un accompagnement individualisé des personnes de retour de zones de conflit et "
                "de leurs familles"
            ),
        },
        "summary": {
            "en": (
                "A small team of case managers coordinates individual support plans for people "
                "returning from conflict zones and for their relatives, in close liaison with the "
                "judicial authorities and specialised services."
            ),
            "fr": (
                "Une petite équipe de référents de parcours coordonne des plans d'accompagnement "
                "individuels pour les personnes revenant de zones de conflit et pour leurs "
                "proches, en lien étroit avec les autorités judiciaires et les services "
                "spécialisés."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "When the first people returned from Syria, their families turned to the "
                        "municipality for help with housing, schooling for younger siblings and "
                        "psychological support, while the returnees themselves faced judicial "
                        "proceedings. No service was responsible for coordinating these different "
                        "needs."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The prevention service appointed two case managers, one with a background in "
                        "social work and one in psychology, who draw up an individual support plan "
                        "for each returnee and family. The plan covers practical needs, mental "
                        "health, education or employment and, where relevant, religious guidance from "
                        "a recognised counsellor. Information is shared in a confidential "
                        "multi-agency meeting under a written agreement with the public prosecutor's "
                        "office, and case details are accessible only to the members of that meeting."
                    ),
                ),
                ("heading", "First results and lessons"),
                (
                    "paragraph",
                    (
                        "The pilot has shown that families are more willing to cooperate when one "
                        "person is their stable point of contact. The main difficulties are waiting "
                        "lists for trauma care and the tension between judicial timelines and "
                        "long-term reintegration work. Lessons so far: clarify from the start what "
                        "information is shared with whom, support siblings and parents as well as the "
                        "returnee, and protect the case managers from media exposure."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Lorsque les premières personnes sont revenues de Syrie, leurs familles se "
                        "sont tournées vers la commune pour obtenir de l'aide en matière de logement, "
                        "de scolarité des frères et sœurs plus jeunes et de soutien psychologique, "
                        "alors que les personnes revenues faisaient elles-mêmes l'objet de poursuites "
                        "judiciaires. Aucun service n'était chargé de coordonner ces différents "
                        "besoins."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Le service de prévention a désigné deux référents de parcours, l'un issu du "
                        "travail social, l'autre de la psychologie, qui élaborent un plan "
                        "d'accompagnement individuel pour chaque personne revenue et sa famille. Ce "
                        "plan couvre les besoins pratiques, la santé mentale, la formation ou "
                        "l'emploi et, si nécessaire, un accompagnement religieux assuré par un "
                        "conseiller reconnu. Les informations sont partagées au sein d'une réunion "
                        "multi-agences confidentielle, encadrée par une convention écrite avec le "
                        "parquet, et le détail des situations n'est accessible qu'aux membres de "
                        "cette réunion."
                    ),
                ),
                ("heading", "Premiers résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Le projet pilote montre que les familles coopèrent plus volontiers "
                        "lorsqu'une seule personne est leur interlocuteur stable. Les principales "
                        "difficultés sont les listes d'attente pour la prise en charge des "
                        "traumatismes et la tension entre le calendrier judiciaire et le travail de "
                        "réinsertion à long terme. Premiers enseignements : préciser dès le départ "
                        "quelles informations sont partagées et avec qui, accompagner les frères, "
                        "sœurs et parents autant que la personne revenue, et protéger les référents "
                        "de toute exposition médiatique."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-07",
        "slug": "football-supporters-exit-programme",
        "organisation": "dusseldorf",
        "topics": ["deradicalisation-disengagement"],
        "forms": ["hooliganism", "extreme-right"],
        "target_groups": ["young-people", "police"],
        "approach": "exit",
        "evidence": "evaluated",
        "year_started": 2010,
        "year_ended": None,
        "status": "active",
        "contacts": ["expert-03", "expert-11"],
        "members_only": False,
        "title": {
            "en": "An exit programme for violent football supporters",
            "fr": "Un programme de sortie pour les supporters de football violents",
            "de": "Ein Ausstiegsprogramm für gewaltbereite Fußballfans",
            "it": "Un programma di uscita per tifosi violenti",
            "es": "Un programa de salida para aficionados violentos al fútbol",
        },
        "summary": {
            "en": (
                "Run by the local fan project with the youth services and the police, the "
                "programme offers young supporters involved in violence and extreme-right "
                "networks a structured way out through mentoring, sport and vocational support."
            ),
            "fr": (
                "Mené par le projet supporters local avec les services de la jeunesse et la "
                "police, ce programme offre aux jeunes supporters impliqués dans la violence et "
                "dans des réseaux d'extrême droite une voie de sortie structurée reposant sur le "
                "mentorat, le sport et l'insertion professionnelle."
            ),
            "de": (
                "Das vom örtlichen Fanprojekt gemeinsam mit Jugendhilfe und Polizei getragene "
                "Programm bietet jungen Fans, die in Gewalt und rechtsextreme Netzwerke "
                "verstrickt sind, einen strukturierten Ausstieg durch Mentoring, Sport und "
                "berufliche Förderung."
            ),
            "it": (
                "Gestito dal progetto tifosi locale insieme ai servizi per i giovani e alla "
                "polizia, il programma offre ai giovani tifosi coinvolti in episodi di violenza e "
                "in reti di estrema destra un percorso di uscita strutturato, basato su "
                "mentoring, sport e inserimento lavorativo."
            ),
            "es": (
                "Gestionado por el proyecto local de aficionados junto con los servicios de "
                "juventud y la policía, el programa ofrece a jóvenes aficionados implicados en la "
                "violencia y en redes de extrema derecha una vía de salida estructurada mediante "
                "mentoría, deporte e inserción laboral."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "A small group of violent supporters had formed around the local club, with "
                        "links to extreme-right networks that used the stadium to recruit. Stadium "
                        "bans and criminal proceedings kept individuals away from the ground, but did "
                        "little to change their behaviour or their contacts."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The fan project, funded by the city, the club and the regional government, "
                        "offers young supporters a voluntary exit track lasting twelve to eighteen "
                        "months. Each participant is paired with a mentor, often a respected former "
                        "supporter, and works on an individual plan covering training or work, "
                        "relations with family and with the group, and attitudes towards violence and "
                        "racism. The police can suggest the programme when a stadium ban is imposed, "
                        "and the club may consider shortening the ban once the track is completed."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "An evaluation commissioned by the city found that most participants who "
                        "completed the track committed no new violent offences in the following two "
                        "years, while a significant share dropped out early. The credibility of the "
                        "mentors among supporters was decisive. Lessons learned: keep the programme "
                        "clearly independent from the police while agreeing common rules, involve the "
                        "club's management, and offer something concrete, such as a traineeship, "
                        "early in the process."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Un petit groupe de supporters violents s'était formé autour du club local, "
                        "en lien avec des réseaux d'extrême droite qui utilisaient le stade pour "
                        "recruter. Les interdictions de stade et les poursuites pénales éloignaient "
                        "certains individus des tribunes, mais changeaient peu leur comportement ou "
                        "leurs fréquentations."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Le projet supporters, financé par la ville, le club et le gouvernement "
                        "régional, propose aux jeunes supporters un parcours de sortie volontaire de "
                        "douze à dix-huit mois. Chaque participant est accompagné par un mentor, "
                        "souvent un ancien supporter respecté, et travaille sur un plan individuel "
                        "portant sur la formation ou l'emploi, les relations avec sa famille et avec "
                        "le groupe, et son rapport à la violence et au racisme. La police peut "
                        "suggérer le programme lorsqu'une interdiction de stade est prononcée, et le "
                        "club peut envisager de réduire celle-ci une fois le parcours achevé."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Une évaluation commandée par la ville a montré que la plupart des "
                        "participants ayant achevé le parcours n'avaient pas commis de nouvelle "
                        "infraction violente au cours des deux années suivantes, mais qu'une part "
                        "importante abandonnait en cours de route. La crédibilité des mentors auprès "
                        "des supporters a été déterminante. Enseignements : garder une indépendance "
                        "claire vis-à-vis de la police tout en convenant de règles communes, "
                        "impliquer la direction du club et proposer rapidement quelque chose de "
                        "concret, comme un stage."
                    ),
                ),
            ],
            "de": [
                (
                    "paragraph",
                    (
                        "Demo-Eintrag: Es handelt sich um ein fiktives Praxisbeispiel, das zur "
                        "Veranschaulichung für das Demonstrationsnetzwerk verfasst wurde, und nicht "
                        "um die Beschreibung eines realen Programms."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Rund um den örtlichen Verein hatte sich eine kleine Gruppe gewaltbereiter "
                        "Fans gebildet, die Verbindungen zu rechtsextremen Netzwerken hatte; diese "
                        "nutzten das Stadion zur Anwerbung. Stadionverbote und Strafverfahren hielten "
                        "Einzelne vom Stadion fern, änderten aber wenig an ihrem Verhalten oder ihrem "
                        "Umfeld."
                    ),
                ),
                ("heading", "Umsetzung"),
                (
                    "paragraph",
                    (
                        "Das Fanprojekt, finanziert von der Stadt, dem Verein und dem Land, bietet "
                        "jungen Fans einen freiwilligen Ausstiegsweg von zwölf bis achtzehn Monaten. "
                        "Alle Teilnehmenden werden von einem Mentor begleitet – oft einem angesehenen "
                        "ehemaligen Fan – und arbeiten an einem individuellen Plan zu Ausbildung oder "
                        "Arbeit, zu den Beziehungen zur Familie und zur Gruppe sowie zur eigenen "
                        "Haltung gegenüber Gewalt und Rassismus. Die Polizei kann das Programm bei "
                        "Verhängung eines Stadionverbots empfehlen, und der Verein kann nach "
                        "Abschluss eine Verkürzung des Verbots prüfen."
                    ),
                ),
                ("heading", "Ergebnisse und Erkenntnisse"),
                (
                    "paragraph",
                    (
                        "Eine von der Stadt beauftragte Evaluation ergab, dass die meisten "
                        "Teilnehmenden, die das Programm abschlossen, in den zwei Folgejahren keine "
                        "neuen Gewaltdelikte begingen; ein beträchtlicher Teil brach jedoch vorzeitig "
                        "ab. Entscheidend war die Glaubwürdigkeit der Mentoren in der Fanszene. "
                        "Erkenntnisse: klare Unabhängigkeit von der Polizei bewahren und dennoch "
                        "gemeinsame Regeln vereinbaren, die Vereinsführung einbinden und früh etwas "
                        "Konkretes anbieten, etwa ein Praktikum."
                    ),
                ),
            ],
            "it": [
                (
                    "paragraph",
                    (
                        "Scheda dimostrativa: si tratta di una pratica fittizia, redatta a titolo "
                        "illustrativo per la rete dimostrativa, e non della descrizione di un "
                        "programma reale."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Attorno alla squadra locale si era formato un piccolo gruppo di tifosi "
                        "violenti, legato a reti di estrema destra che usavano lo stadio per "
                        "reclutare. I divieti di accesso allo stadio e i procedimenti penali "
                        "allontanavano alcuni individui dagli spalti, ma cambiavano poco i loro "
                        "comportamenti e le loro frequentazioni."
                    ),
                ),
                ("heading", "Che cosa è stato fatto"),
                (
                    "paragraph",
                    (
                        "Il progetto tifosi, finanziato dal Comune, dalla società calcistica e dal "
                        "governo regionale, propone ai giovani tifosi un percorso di uscita "
                        "volontario della durata di dodici-diciotto mesi. Ogni partecipante è "
                        "affiancato da un mentore, spesso un ex tifoso rispettato, e lavora su un "
                        "piano individuale che riguarda la formazione o il lavoro, i rapporti con la "
                        "famiglia e con il gruppo e l'atteggiamento verso la violenza e il razzismo. "
                        "La polizia può proporre il programma quando viene disposto un divieto di "
                        "accesso allo stadio, e al termine del percorso la società può valutare una "
                        "riduzione del divieto."
                    ),
                ),
                ("heading", "Risultati e insegnamenti"),
                (
                    "paragraph",
                    (
                        "Una valutazione commissionata dal Comune ha rilevato che la maggior parte "
                        "dei partecipanti che hanno concluso il percorso non ha commesso nuovi reati "
                        "violenti nei due anni successivi, mentre una quota consistente ha "
                        "abbandonato prima della fine. La credibilità dei mentori agli occhi dei "
                        "tifosi è stata decisiva. Insegnamenti: mantenere una chiara indipendenza "
                        "dalla polizia pur concordando regole comuni, coinvolgere la dirigenza della "
                        "società e offrire presto qualcosa di concreto, come un tirocinio."
                    ),
                ),
            ],
            "es": [
                (
                    "paragraph",
                    (
                        "Ficha de demostración: se trata de una práctica ficticia, redactada a título "
                        "ilustrativo para la red de demostración, y no de la descripción de un "
                        "programa real."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "En torno al club local se había formado un pequeño grupo de aficionados "
                        "violentos vinculado a redes de extrema derecha que utilizaban el estadio "
                        "para captar adeptos. Las prohibiciones de acceso al estadio y los procesos "
                        "penales alejaban a algunas personas de las gradas, pero apenas cambiaban su "
                        "comportamiento o su entorno."
                    ),
                ),
                ("heading", "Qué se hizo"),
                (
                    "paragraph",
                    (
                        "El proyecto de aficionados, financiado por el Ayuntamiento, el club y el "
                        "gobierno regional, ofrece a los jóvenes aficionados un itinerario de salida "
                        "voluntario de doce a dieciocho meses. Cada participante cuenta con un "
                        "mentor, a menudo un antiguo aficionado respetado, y trabaja en un plan "
                        "individual sobre formación o empleo, relaciones con la familia y con el "
                        "grupo, y su actitud ante la violencia y el racismo. La policía puede "
                        "proponer el programa cuando se impone una prohibición de acceso al estadio, "
                        "y el club puede estudiar reducirla una vez completado el itinerario."
                    ),
                ),
                ("heading", "Resultados y lecciones aprendidas"),
                (
                    "paragraph",
                    (
                        "Una evaluación encargada por el Ayuntamiento constató que la mayoría de los "
                        "participantes que completaron el itinerario no cometieron nuevos delitos "
                        "violentos en los dos años siguientes, aunque una parte considerable lo "
                        "abandonó antes de terminar. La credibilidad de los mentores entre los "
                        "aficionados fue decisiva. Lecciones aprendidas: mantener una clara "
                        "independencia respecto de la policía sin dejar de acordar reglas comunes, "
                        "implicar a la directiva del club y ofrecer pronto algo concreto, como unas "
                        "prácticas."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-08",
        "slug": "counselling-point-young-people",
        "organisation": "dusseldorf",
        "topics": ["detection-referral", "family-support"],
        "forms": ["jihadist"],
        "target_groups": ["young-people", "families"],
        "approach": "intervention",
        "evidence": "evaluated",
        "year_started": 2014,
        "year_ended": None,
        "status": "active",
        "contacts": ["expert-03", "expert-10"],
        "members_only": False,
        "title": {
            "en": "A local counselling point for young people drawn to Salafist extremism",
            "fr": "Un point de conseil local pour les jeunes attirés par l'extrémisme salafiste",
            "de": (
                "Eine lokale Beratungsstelle für junge Menschen im Sog des salafistischen "
                "Extremismus"
            ),
        },
        "summary": {
            "en": (
                "A walk-in counselling point in a city-centre youth facility works with young "
                "people showing signs of Salafist radicalisation, and with their families, before "
                "any criminal offence has been committed."
            ),
            "fr": (
                "Un point de conseil sans rendez-vous, installé dans une structure jeunesse du "
                "centre-ville, travaille avec les jeunes présentant des signes de radicalisation "
                "salafiste, ainsi qu'avec leurs familles, avant toute infraction pénale."
            ),
            "de": (
                "Eine offene Beratungsstelle in einer Jugendeinrichtung in der Innenstadt "
                "arbeitet mit jungen Menschen, die Anzeichen salafistischer Radikalisierung "
                "zeigen, und mit ihren Familien – bevor eine Straftat begangen wurde."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Youth workers, teachers and parents increasingly reported young people who "
                        "had cut contact with former friends, spent hours watching online sermons by "
                        "radical preachers and talked about leaving for Syria. As these young people "
                        "had committed no offence, the police could not act, and the usual youth "
                        "services felt out of their depth."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The city opened a counselling point staffed by a social worker, an Islamic "
                        "studies graduate and a psychologist, funded jointly with the regional "
                        "government. Young people can come on their own or be referred by schools, "
                        "youth services, mosques or their families; all work is voluntary and "
                        "confidential, except where there is a concrete danger. Counsellors combine "
                        "individual conversations, help with school or training, family meetings and, "
                        "where useful, theological discussion with a trusted imam."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "An evaluation by a university team found that the counselling point was well "
                        "known among professionals but less so among young people, and that work with "
                        "families was its most effective component. Lessons learned: place the "
                        "service in a neutral setting with no visible link to the police, recruit "
                        "staff who are credible in local communities, and agree in writing with the "
                        "police where confidentiality ends."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Animateurs, enseignants et parents signalaient de plus en plus souvent des "
                        "jeunes qui rompaient avec leurs anciens amis, passaient des heures à "
                        "regarder en ligne les sermons de prédicateurs radicaux et parlaient de "
                        "partir en Syrie. Ces jeunes n'ayant commis aucune infraction, la police ne "
                        "pouvait pas intervenir, et les services jeunesse habituels se sentaient "
                        "dépassés."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "La ville a ouvert un point de conseil composé d'un travailleur social, d'une "
                        "diplômée en études islamiques et d'un psychologue, cofinancé par le "
                        "gouvernement régional. Les jeunes peuvent venir d'eux-mêmes ou être orientés "
                        "par l'école, les services jeunesse, les mosquées ou leur famille ; tout le "
                        "travail repose sur le volontariat et la confidentialité, sauf en cas de "
                        "danger concret. Les conseillers combinent entretiens individuels, aide à la "
                        "scolarité ou à la formation, rencontres avec la famille et, si cela est "
                        "utile, échanges théologiques avec un imam de confiance."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Une évaluation menée par une équipe universitaire a montré que le point de "
                        "conseil était bien connu des professionnels mais moins des jeunes, et que le "
                        "travail avec les familles en était la composante la plus efficace. "
                        "Enseignements : installer le service dans un lieu neutre, sans lien visible "
                        "avec la police, recruter des intervenants crédibles auprès des communautés "
                        "locales et convenir par écrit avec la police du moment où la confidentialité "
                        "prend fin."
                    ),
                ),
            ],
            "de": [
                (
                    "paragraph",
                    (
                        "Demo-Eintrag: Es handelt sich um ein fiktives Praxisbeispiel, das zur "
                        "Veranschaulichung für das Demonstrationsnetzwerk verfasst wurde, und nicht "
                        "um die Beschreibung eines realen Programms."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Fachkräfte der Jugendarbeit, Lehrkräfte und Eltern berichteten zunehmend von "
                        "Jugendlichen, die den Kontakt zu früheren Freunden abbrachen, stundenlang "
                        "Online-Predigten radikaler Prediger ansahen und von einer Ausreise nach "
                        "Syrien sprachen. Da diese Jugendlichen keine Straftat begangen hatten, "
                        "konnte die Polizei nicht tätig werden, und die üblichen Angebote der "
                        "Jugendhilfe fühlten sich überfordert."
                    ),
                ),
                ("heading", "Umsetzung"),
                (
                    "paragraph",
                    (
                        "Die Stadt eröffnete eine Beratungsstelle mit einem Sozialarbeiter, einer "
                        "Islamwissenschaftlerin und einem Psychologen, gemeinsam finanziert mit dem "
                        "Land. Junge Menschen können von sich aus kommen oder von Schulen, "
                        "Jugendhilfe, Moscheegemeinden oder ihren Familien vermittelt werden; die "
                        "gesamte Arbeit ist freiwillig und vertraulich, außer bei konkreter Gefahr. "
                        "Die Beratenden verbinden Einzelgespräche, Unterstützung in Schule oder "
                        "Ausbildung, Familiengespräche und bei Bedarf theologische Gespräche mit "
                        "einem Imam ihres Vertrauens."
                    ),
                ),
                ("heading", "Ergebnisse und Erkenntnisse"),
                (
                    "paragraph",
                    (
                        "Eine Evaluation durch ein Hochschulteam ergab, dass die Beratungsstelle "
                        "unter Fachkräften gut bekannt war, unter Jugendlichen jedoch weniger, und "
                        "dass die Arbeit mit den Familien der wirksamste Baustein war. Erkenntnisse: "
                        "das Angebot an einem neutralen Ort ohne sichtbaren Bezug zur Polizei "
                        "ansiedeln, Personal gewinnen, das in den örtlichen Communities glaubwürdig "
                        "ist, und mit der Polizei schriftlich festlegen, wo die Vertraulichkeit "
                        "endet."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-09",
        "slug": "school-staff-training-extremism",
        "organisation": "dusseldorf",
        "topics": ["school-resilience", "awareness-field-workers"],
        "forms": ["jihadist", "extreme-right"],
        "target_groups": ["teachers-schools"],
        "approach": "prevention",
        "evidence": "inspiring",
        "year_started": 2013,
        "year_ended": 2015,
        "status": "completed",
        "contacts": ["expert-03", "expert-10"],
        "members_only": False,
        "title": {
            "en": "Training for school staff on religious extremism and hate in the classroom",
            "fr": (
                "Former les équipes éducatives face à l'extrémisme religieux et à la haine en "
                "classe"
            ),
            "de": (
                "Fortbildung für Schulteams zu religiös begründetem Extremismus und Hass im "
                "Klassenzimmer"
            ),
        },
        "summary": {
            "en": (
                "In-service training days helped teachers, school social workers and head "
                "teachers respond to extremist statements in class, support pupils in conflict "
                "and know when and how to involve specialised services."
            ),
            "fr": (
                "Des journées de formation continue ont aidé enseignants, travailleurs sociaux "
                "scolaires et chefs d'établissement à réagir aux propos extrémistes en classe, à "
                "accompagner les élèves en conflit et à savoir quand et comment solliciter les "
                "services spécialisés."
            ),
            "de": (
                "Fortbildungstage halfen Lehrkräften, Schulsozialarbeit und Schulleitungen, auf "
                "extremistische Äußerungen im Unterricht zu reagieren, Schülerinnen und Schüler "
                "in Konflikten zu begleiten und zu wissen, wann und wie Fachstellen einzubeziehen "
                "sind."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Schools reported growing tensions in classrooms: pupils justifying attacks "
                        "or insulting classmates who did not pray and, in other schools, pupils "
                        "spreading extreme-right slogans. Teachers felt torn between defending the "
                        "school's values and keeping a dialogue open with the pupils concerned."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The city's education office and the school psychology service organised "
                        "one-day training sessions for school teams, delivered by a specialised NGO "
                        "and a local counselling point. Sessions combined background knowledge on "
                        "Islam, Islamism and extreme-right ideologies with exercises on how to "
                        "respond to provocative statements in class. Each school was encouraged to "
                        "designate a contact person and to write a short internal procedure for "
                        "worrying situations."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "Over three school years, most secondary schools in the city sent at least "
                        "one team. Teachers valued practical phrasing for difficult classroom moments "
                        "more than theory. Lessons learned: train whole school teams rather than "
                        "isolated volunteers, include school social workers and caretakers, and "
                        "distinguish clearly between a pedagogical response and referral to "
                        "specialised services."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Les écoles signalaient des tensions croissantes en classe : des élèves "
                        "justifiant des attentats ou insultant des camarades qui ne priaient pas et, "
                        "dans d'autres établissements, des élèves diffusant des slogans d'extrême "
                        "droite. Les enseignants se sentaient partagés entre la défense des valeurs "
                        "de l'école et le maintien du dialogue avec les élèves concernés."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Le service municipal de l'éducation et le service de psychologie scolaire "
                        "ont organisé des journées de formation pour les équipes éducatives, animées "
                        "par une ONG spécialisée et un point de conseil local. Elles associaient des "
                        "connaissances de base sur l'islam, l'islamisme et les idéologies d'extrême "
                        "droite à des exercices sur la manière de répondre aux propos provocateurs en "
                        "classe. Chaque établissement était invité à désigner un référent et à "
                        "rédiger une courte procédure interne pour les situations préoccupantes."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "En trois années scolaires, la plupart des établissements secondaires de la "
                        "ville ont envoyé au moins une équipe. Les enseignants ont davantage apprécié "
                        "les formulations concrètes pour les moments difficiles en classe que les "
                        "apports théoriques. Enseignements : former des équipes entières plutôt que "
                        "quelques volontaires isolés, inclure les travailleurs sociaux scolaires et "
                        "le personnel technique, et bien distinguer la réponse pédagogique de "
                        "l'orientation vers des services spécialisés."
                    ),
                ),
            ],
            "de": [
                (
                    "paragraph",
                    (
                        "Demo-Eintrag: Es handelt sich um ein fiktives Praxisbeispiel, das zur "
                        "Veranschaulichung für das Demonstrationsnetzwerk verfasst wurde, und nicht "
                        "um die Beschreibung eines realen Programms."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Schulen berichteten von wachsenden Spannungen in den Klassen: Jugendliche "
                        "rechtfertigten Anschläge oder beschimpften Mitschüler, die nicht beteten, an "
                        "anderen Schulen wurden rechtsextreme Parolen verbreitet. Lehrkräfte fühlten "
                        "sich hin- und hergerissen zwischen der Verteidigung schulischer Werte und "
                        "dem Offenhalten des Gesprächs mit den betroffenen Jugendlichen."
                    ),
                ),
                ("heading", "Umsetzung"),
                (
                    "paragraph",
                    (
                        "Das städtische Schulamt und die Schulpsychologie organisierten eintägige "
                        "Fortbildungen für Schulteams, durchgeführt von einem spezialisierten Verein "
                        "und einer lokalen Beratungsstelle. Sie verbanden Grundwissen über Islam, "
                        "Islamismus und rechtsextreme Ideologien mit Übungen zum Umgang mit "
                        "provokanten Äußerungen im Unterricht. Jede Schule wurde ermutigt, eine "
                        "Ansprechperson zu benennen und ein kurzes internes Verfahren für "
                        "besorgniserregende Situationen festzulegen."
                    ),
                ),
                ("heading", "Ergebnisse und Erkenntnisse"),
                (
                    "paragraph",
                    (
                        "Innerhalb von drei Schuljahren nahm die Mehrheit der weiterführenden Schulen "
                        "der Stadt mit mindestens einem Team teil. Die Lehrkräfte schätzten konkrete "
                        "Formulierungen für schwierige Unterrichtssituationen mehr als Theorie. "
                        "Erkenntnisse: ganze Kollegien statt einzelner Freiwilliger fortbilden, "
                        "Schulsozialarbeit und Hausmeister einbeziehen und klar zwischen "
                        "pädagogischer Reaktion und Weitervermittlung an Fachstellen unterscheiden."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-10",
        "slug": "municipal-detection-protocol",
        "organisation": "lhospitalet",
        "topics": ["detection-referral", "local-strategy"],
        "forms": ["jihadist", "extreme-right"],
        "target_groups": ["local-officials", "youth-social-workers"],
        "approach": "detection",
        "evidence": "evaluated",
        "year_started": 2015,
        "year_ended": None,
        "status": "active",
        "contacts": ["expert-04", "expert-12"],
        "members_only": False,
        "title": {
            "en": "A municipal protocol for detecting and referring radicalisation concerns",
            "fr": (
                "Un protocole municipal de détection et d'orientation des situations de "
                "radicalisation"
            ),
            "de": (
                "Ein kommunales Verfahren zum Erkennen und Weitervermitteln bei "
                "Radikalisierungsverdacht"
            ),
            "it": (
                "Un protocollo comunale per individuare e segnalare i casi di possibile "
                "radicalizzazione"
            ),
            "es": (
                "Un protocolo municipal de detección y derivación ante posibles procesos de "
                "radicalización"
            ),
        },
        "summary": {
            "en": (
                "A written protocol tells municipal staff what to look for, how to record a "
                "concern and who assesses it, so that worries about possible violent "
                "radicalisation are handled consistently, proportionately and with respect for "
                "rights."
            ),
            "fr": (
                "Un protocole écrit indique aux agents municipaux ce qu'il convient d'observer, "
                "comment consigner une inquiétude et qui l'évalue, afin que les situations de "
                "possible radicalisation violente soient traitées de manière cohérente, "
                "proportionnée et respectueuse des droits."
            ),
            "de": (
                "Ein schriftliches Verfahren legt fest, worauf städtische Mitarbeitende achten "
                "sollen, wie sie eine Sorge dokumentieren und wer sie bewertet, damit Hinweise "
                "auf mögliche gewaltbereite Radikalisierung einheitlich, verhältnismäßig und "
                "unter Wahrung der Grundrechte behandelt werden."
            ),
            "it": (
                "Un protocollo scritto indica al personale comunale che cosa osservare, come "
                "registrare una preoccupazione e chi la valuta, affinché i casi di possibile "
                "radicalizzazione violenta siano gestiti in modo coerente, proporzionato e "
                "rispettoso dei diritti."
            ),
            "es": (
                "Un protocolo escrito indica a los técnicos municipales qué observar, cómo "
                "registrar una preocupación y quién la valora, para que las situaciones de "
                "posible radicalización violenta se aborden de forma coherente, proporcionada y "
                "respetuosa con los derechos."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The city has a very diverse population and a long tradition of community "
                        "work. After the 2015 attacks in Europe, municipal staff began to receive "
                        "questions from residents and to notice situations they did not know how to "
                        "handle, while community organisations feared that whole neighbourhoods would "
                        "be placed under suspicion."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "A working group of social services, youth, education, the municipal police "
                        "and community organisations drafted a protocol approved by the city council. "
                        "It describes a small set of observable signals, stresses that no single "
                        "signal justifies a referral, and sets out three steps: discuss the concern "
                        "with a line manager, pass it to a municipal reference officer and, if "
                        "needed, examine it at a monthly technical committee that includes the "
                        "municipal and regional police. Every referral is recorded, and residents are "
                        "informed about the protocol at public meetings."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "An evaluation after the first year showed that referrals were few and mostly "
                        "concerned vulnerable young people who needed ordinary social support, which "
                        "the protocol helped to provide quickly. Lessons learned: write the protocol "
                        "together with community organisations, train staff before it comes into "
                        "force, and publish its principles so that residents know what it is and what "
                        "it is not."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "La ville compte une population très diverse et une longue tradition de "
                        "travail communautaire. Après les attentats de 2015 en Europe, les agents "
                        "municipaux ont commencé à recevoir des questions d'habitants et à observer "
                        "des situations qu'ils ne savaient pas gérer, tandis que les associations "
                        "craignaient que des quartiers entiers ne soient mis sous suspicion."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Un groupe de travail réunissant les services sociaux, la jeunesse, "
                        "l'éducation, la police municipale et des associations a rédigé un protocole "
                        "approuvé par le conseil municipal. Il décrit un petit nombre de signaux "
                        "observables, souligne qu'aucun signal isolé ne justifie un signalement et "
                        "prévoit trois étapes : en parler à son supérieur hiérarchique, transmettre "
                        "l'inquiétude à un référent municipal et, si nécessaire, l'examiner au sein "
                        "d'un comité technique mensuel associant la police municipale et la police "
                        "régionale. Chaque signalement est consigné, et les habitants sont informés "
                        "du protocole lors de réunions publiques."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Une évaluation au terme de la première année a montré que les signalements "
                        "étaient peu nombreux et concernaient surtout des jeunes vulnérables ayant "
                        "besoin d'un accompagnement social ordinaire, que le protocole a permis de "
                        "mettre en place rapidement. Enseignements : rédiger le protocole avec les "
                        "associations, former les agents avant son entrée en vigueur et publier ses "
                        "principes afin que les habitants sachent ce qu'il est et ce qu'il n'est pas."
                    ),
                ),
            ],
            "de": [
                (
                    "paragraph",
                    (
                        "Demo-Eintrag: Es handelt sich um ein fiktives Praxisbeispiel, das zur "
                        "Veranschaulichung für das Demonstrationsnetzwerk verfasst wurde, und nicht "
                        "um die Beschreibung eines realen Programms."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Die Stadt hat eine sehr vielfältige Bevölkerung und eine lange Tradition der "
                        "Gemeinwesenarbeit. Nach den Anschlägen von 2015 in Europa erhielten "
                        "städtische Mitarbeitende zunehmend Fragen aus der Bevölkerung und "
                        "beobachteten Situationen, mit denen sie nicht umzugehen wussten, während "
                        "Vereine und Initiativen befürchteten, ganze Stadtviertel könnten unter "
                        "Generalverdacht geraten."
                    ),
                ),
                ("heading", "Umsetzung"),
                (
                    "paragraph",
                    (
                        "Eine Arbeitsgruppe aus Sozialdiensten, Jugendamt, Bildungsbereich, "
                        "Stadtpolizei und Vereinen erarbeitete ein Verfahren, das vom Stadtrat "
                        "verabschiedet wurde. Es beschreibt wenige beobachtbare Signale, betont, dass "
                        "kein einzelnes Signal eine Meldung rechtfertigt, und sieht drei Schritte "
                        "vor: die Sorge mit der vorgesetzten Person besprechen, sie an eine "
                        "städtische Ansprechperson weitergeben und sie bei Bedarf in einem "
                        "monatlichen Fachgremium unter Beteiligung von Stadt- und Regionalpolizei "
                        "prüfen. Jede Meldung wird dokumentiert, und die Bevölkerung wird in "
                        "öffentlichen Versammlungen über das Verfahren informiert."
                    ),
                ),
                ("heading", "Ergebnisse und Erkenntnisse"),
                (
                    "paragraph",
                    (
                        "Eine Evaluation nach dem ersten Jahr zeigte, dass es nur wenige Meldungen "
                        "gab und diese überwiegend verletzliche Jugendliche betrafen, die gewöhnliche "
                        "soziale Unterstützung brauchten – das Verfahren half, diese rasch "
                        "bereitzustellen. Erkenntnisse: das Verfahren gemeinsam mit den Vereinen "
                        "erarbeiten, die Mitarbeitenden vor dem Inkrafttreten schulen und die "
                        "Grundsätze veröffentlichen, damit die Bevölkerung weiß, was es ist und was "
                        "nicht."
                    ),
                ),
            ],
            "it": [
                (
                    "paragraph",
                    (
                        "Scheda dimostrativa: si tratta di una pratica fittizia, redatta a titolo "
                        "illustrativo per la rete dimostrativa, e non della descrizione di un "
                        "programma reale."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "La città ha una popolazione molto eterogenea e una lunga tradizione di "
                        "lavoro di comunità. Dopo gli attentati del 2015 in Europa, il personale "
                        "comunale ha cominciato a ricevere domande dai residenti e a osservare "
                        "situazioni che non sapeva come gestire, mentre le associazioni temevano che "
                        "interi quartieri venissero messi sotto sospetto."
                    ),
                ),
                ("heading", "Che cosa è stato fatto"),
                (
                    "paragraph",
                    (
                        "Un gruppo di lavoro composto da servizi sociali, politiche giovanili, "
                        "istruzione, polizia municipale e associazioni ha redatto un protocollo "
                        "approvato dal consiglio comunale. Il documento descrive un numero limitato "
                        "di segnali osservabili, sottolinea che nessun segnale isolato giustifica una "
                        "segnalazione e prevede tre passaggi: parlarne con il proprio responsabile, "
                        "trasmettere la preoccupazione a un referente comunale e, se necessario, "
                        "esaminarla in un comitato tecnico mensile con la polizia municipale e quella "
                        "regionale. Ogni segnalazione viene registrata e i cittadini sono informati "
                        "del protocollo attraverso incontri pubblici."
                    ),
                ),
                ("heading", "Risultati e insegnamenti"),
                (
                    "paragraph",
                    (
                        "Una valutazione dopo il primo anno ha mostrato che le segnalazioni erano "
                        "poche e riguardavano per lo più giovani vulnerabili bisognosi di un normale "
                        "sostegno sociale, che il protocollo ha permesso di attivare rapidamente. "
                        "Insegnamenti: scrivere il protocollo insieme alle associazioni, formare il "
                        "personale prima della sua entrata in vigore e rendere pubblici i principi, "
                        "così che i cittadini sappiano che cosa è e che cosa non è."
                    ),
                ),
            ],
            "es": [
                (
                    "paragraph",
                    (
                        "Ficha de demostración: se trata de una práctica ficticia, redactada a título "
                        "ilustrativo para la red de demostración, y no de la descripción de un "
                        "programa real."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "La ciudad tiene una población muy diversa y una larga tradición de trabajo "
                        "comunitario. Tras los atentados de 2015 en Europa, el personal municipal "
                        "empezó a recibir preguntas de los vecinos y a observar situaciones que no "
                        "sabía cómo gestionar, mientras que las entidades del tejido asociativo "
                        "temían que barrios enteros quedaran bajo sospecha."
                    ),
                ),
                ("heading", "Qué se hizo"),
                (
                    "paragraph",
                    (
                        "Un grupo de trabajo formado por servicios sociales, juventud, educación, "
                        "Guardia Urbana y entidades comunitarias redactó un protocolo aprobado por el "
                        "pleno municipal. El protocolo describe un número reducido de señales "
                        "observables, subraya que ninguna señal aislada justifica una derivación y "
                        "establece tres pasos: comentar la preocupación con el responsable directo, "
                        "trasladarla a un referente municipal y, si es necesario, analizarla en una "
                        "comisión técnica mensual en la que participan la Guardia Urbana y la policía "
                        "autonómica. Cada derivación queda registrada, y se informa a la ciudadanía "
                        "del protocolo en reuniones abiertas."
                    ),
                ),
                ("heading", "Resultados y lecciones aprendidas"),
                (
                    "paragraph",
                    (
                        "Una evaluación tras el primer año mostró que las derivaciones eran pocas y "
                        "se referían sobre todo a jóvenes vulnerables que necesitaban un "
                        "acompañamiento social ordinario, que el protocolo permitió activar con "
                        "rapidez. Lecciones aprendidas: redactar el protocolo junto con las "
                        "entidades, formar al personal antes de su entrada en vigor y hacer públicos "
                        "sus principios para que la ciudadanía sepa qué es y qué no es."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-11",
        "slug": "street-groups-to-youth-associations",
        "organisation": "lhospitalet",
        "topics": ["deradicalisation-disengagement", "multi-level-cooperation"],
        "forms": ["violent-gangs"],
        "target_groups": ["young-people", "communities"],
        "approach": "exit",
        "evidence": "peer_reviewed",
        "year_started": 2008,
        "year_ended": 2013,
        "status": "completed",
        "contacts": ["expert-04"],
        "members_only": False,
        "title": {
            "en": "From street groups to youth associations: mediation with violent youth gangs",
            "fr": (
                "Des groupes de rue aux associations de jeunes : une médiation avec les bandes "
                "violentes"
            ),
            "es": (
                "De grupos de calle a asociaciones juveniles: mediación con bandas juveniles "
                "violentas"
            ),
        },
        "summary": {
            "en": (
                "Mediators worked with members of violent youth gangs to turn rival street groups "
                "into registered youth associations, offering an alternative to violence through "
                "cultural activities, training and dialogue with the authorities."
            ),
            "fr": (
                "Des médiateurs ont travaillé avec des membres de bandes de jeunes violentes pour "
                "transformer des groupes de rue rivaux en associations de jeunes déclarées, "
                "offrant une alternative à la violence par des activités culturelles, la "
                "formation et le dialogue avec les autorités."
            ),
            "es": (
                "Un equipo de mediadores trabajó con miembros de bandas juveniles violentas para "
                "convertir grupos de calle rivales en asociaciones juveniles inscritas en el "
                "registro, ofreciendo una alternativa a la violencia mediante actividades "
                "culturales, formación y diálogo con las administraciones."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "In the late 2000s, several youth gangs made up mainly of young people of "
                        "Latin American origin clashed in parks and squares, sometimes violently. "
                        "Police operations led to arrests but also strengthened the groups' sense of "
                        "persecution and attracted younger members."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The city, in cooperation with the regional government and a university "
                        "research team, employed mediators whom the groups trusted. They negotiated a "
                        "reduction of violence, supported two groups in registering as cultural "
                        "associations and helped them organise music, sport and training activities "
                        "in municipal facilities. A liaison committee brought together the "
                        "associations, youth services, the municipal police and residents' "
                        "associations to deal with conflicts before they escalated."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "An academic study of the project, discussed with peers at European level, "
                        "reported a clear decrease in violent confrontations between the groups "
                        "involved and a growing number of members in training or employment. Not all "
                        "members accepted the process, and some splinter groups remained. Lessons "
                        "learned: recognising groups as interlocutors is politically sensitive and "
                        "requires a clear public explanation; mediators must be credible on the "
                        "street and accountable to the city; and the approach must be combined with "
                        "firm action against serious offences."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "À la fin des années 2000, plusieurs bandes composées principalement de "
                        "jeunes d'origine latino-américaine s'affrontaient, parfois violemment, dans "
                        "les parcs et sur les places. Les opérations de police aboutissaient à des "
                        "arrestations, mais renforçaient aussi le sentiment de persécution des "
                        "groupes et attiraient des membres plus jeunes."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "La ville, en coopération avec le gouvernement régional et une équipe de "
                        "recherche universitaire, a recruté des médiateurs en qui les groupes avaient "
                        "confiance. Ceux-ci ont négocié une baisse de la violence, accompagné deux "
                        "groupes dans leur déclaration en tant qu'associations culturelles et les ont "
                        "aidés à organiser des activités musicales, sportives et de formation dans "
                        "des équipements municipaux. Un comité de liaison réunissait les "
                        "associations, les services jeunesse, la police municipale et les "
                        "associations de riverains pour traiter les conflits avant qu'ils ne "
                        "dégénèrent."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Une étude universitaire du projet, discutée avec des pairs au niveau "
                        "européen, a fait état d'une nette diminution des affrontements violents "
                        "entre les groupes concernés et d'un nombre croissant de membres en formation "
                        "ou en emploi. Tous les membres n'ont pas accepté la démarche, et quelques "
                        "groupes dissidents ont subsisté. Enseignements : reconnaître les groupes "
                        "comme interlocuteurs est politiquement délicat et exige une explication "
                        "publique claire ; les médiateurs doivent être crédibles dans la rue et "
                        "rendre compte à la ville ; et la démarche doit s'accompagner d'une action "
                        "ferme contre les infractions graves."
                    ),
                ),
            ],
            "es": [
                (
                    "paragraph",
                    (
                        "Ficha de demostración: se trata de una práctica ficticia, redactada a título "
                        "ilustrativo para la red de demostración, y no de la descripción de un "
                        "programa real."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "A finales de la década de 2000, varias bandas formadas principalmente por "
                        "jóvenes de origen latinoamericano se enfrentaban, a veces con violencia, en "
                        "parques y plazas. Las actuaciones policiales conducían a detenciones, pero "
                        "también reforzaban el sentimiento de persecución de los grupos y atraían a "
                        "miembros más jóvenes."
                    ),
                ),
                ("heading", "Qué se hizo"),
                (
                    "paragraph",
                    (
                        "El Ayuntamiento, en colaboración con la Generalitat y un equipo de "
                        "investigación universitario, contrató a mediadores que contaban con la "
                        "confianza de los grupos. Estos negociaron una reducción de la violencia, "
                        "acompañaron a dos grupos en su inscripción como asociaciones culturales y "
                        "les ayudaron a organizar actividades musicales, deportivas y formativas en "
                        "equipamientos municipales. Una comisión de enlace reunía a las asociaciones, "
                        "los servicios de juventud, la Guardia Urbana y las asociaciones de vecinos "
                        "para abordar los conflictos antes de que se agravaran."
                    ),
                ),
                ("heading", "Resultados y lecciones aprendidas"),
                (
                    "paragraph",
                    (
                        "Un estudio académico del proyecto, debatido con homólogos a escala europea, "
                        "señaló una clara disminución de los enfrentamientos violentos entre los "
                        "grupos implicados y un número creciente de miembros en formación o con "
                        "empleo. No todos los miembros aceptaron el proceso y persistieron algunos "
                        "grupos escindidos. Lecciones aprendidas: reconocer a los grupos como "
                        "interlocutores es políticamente delicado y requiere una explicación pública "
                        "clara; los mediadores deben ser creíbles en la calle y rendir cuentas al "
                        "Ayuntamiento; y el enfoque debe combinarse con una actuación firme frente a "
                        "los delitos graves."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-12",
        "slug": "online-hate-media-workshops",
        "organisation": "lhospitalet",
        "topics": ["online-radicalisation", "communication-counter-narrative"],
        "forms": ["jihadist", "extreme-right"],
        "target_groups": ["young-people", "youth-social-workers"],
        "approach": "prevention",
        "evidence": "inspiring",
        "year_started": 2016,
        "year_ended": None,
        "status": "pilot",
        "contacts": ["expert-04", "expert-09"],
        "members_only": False,
        "title": {
            "en": "Workshops on online hate and propaganda in youth centres",
            "fr": "Des ateliers sur la haine et la propagande en ligne dans les espaces jeunes",
            "es": "Talleres sobre odio y propaganda en internet en los centros juveniles",
        },
        "summary": {
            "en": (
                "A pilot series of workshops helps young people in municipal youth centres "
                "recognise manipulation techniques in extremist and hateful online content, and "
                "produce their own responses."
            ),
            "fr": (
                "Une série pilote d'ateliers aide les jeunes fréquentant les espaces jeunes "
                "municipaux à repérer les techniques de manipulation des contenus extrémistes et "
                "haineux en ligne, et à produire leurs propres réponses."
            ),
            "es": (
                "Una serie piloto de talleres ayuda a los jóvenes de los centros juveniles "
                "municipales a reconocer las técnicas de manipulación de los contenidos "
                "extremistas y de odio en internet, y a elaborar sus propias respuestas."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Youth workers observed that young people came across extremist videos, "
                        "conspiracy theories and hateful memes on social networks every day, often "
                        "shared as jokes. The workers themselves were less familiar with these "
                        "platforms than the young people and did not know how to start a conversation "
                        "about them."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The youth department, supported by an organisation specialised in online "
                        "extremism, designed a series of five workshops for groups of 14 to 18 year "
                        "olds. Participants analyse real examples of propaganda from different "
                        "ideologies, learn to check sources and images, discuss why hateful content "
                        "spreads, and create short posts or videos carrying their own messages. Youth "
                        "workers follow a preparatory training so that they can run the workshops "
                        "themselves afterwards."
                    ),
                ),
                ("heading", "First results and lessons"),
                (
                    "paragraph",
                    (
                        "The first groups were enthusiastic about the practical exercises and less so "
                        "about the more theoretical sessions. Youth workers have gained confidence in "
                        "discussing online content. Lessons so far: start from the content young "
                        "people actually see rather than from examples chosen by adults, keep "
                        "sessions short and interactive, and address all forms of hate, not just one "
                        "ideology, to avoid stigmatising participants."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Les animateurs constataient que les jeunes étaient confrontés chaque jour, "
                        "sur les réseaux sociaux, à des vidéos extrémistes, à des théories du complot "
                        "et à des mèmes haineux, souvent partagés sur le ton de la plaisanterie. "
                        "Moins familiers que les jeunes de ces plateformes, les animateurs ne "
                        "savaient pas comment engager la conversation à ce sujet."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Le service jeunesse, avec l'appui d'une organisation spécialisée dans "
                        "l'extrémisme en ligne, a conçu une série de cinq ateliers pour des groupes "
                        "de 14 à 18 ans. Les participants analysent des exemples réels de propagande "
                        "issus de différentes idéologies, apprennent à vérifier les sources et les "
                        "images, discutent des raisons pour lesquelles les contenus haineux se "
                        "propagent et créent de courts messages ou vidéos porteurs de leur propre "
                        "point de vue. Les animateurs suivent une formation préalable afin de pouvoir "
                        "ensuite conduire eux-mêmes les ateliers."
                    ),
                ),
                ("heading", "Premiers résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Les premiers groupes ont apprécié les exercices pratiques, moins les séances "
                        "plus théoriques. Les animateurs se sentent plus à l'aise pour parler des "
                        "contenus en ligne. Premiers enseignements : partir des contenus que les "
                        "jeunes voient réellement plutôt que d'exemples choisis par les adultes, "
                        "privilégier des séances courtes et interactives, et traiter toutes les "
                        "formes de haine, et non une seule idéologie, pour ne pas stigmatiser les "
                        "participants."
                    ),
                ),
            ],
            "es": [
                (
                    "paragraph",
                    (
                        "Ficha de demostración: se trata de una práctica ficticia, redactada a título "
                        "ilustrativo para la red de demostración, y no de la descripción de un "
                        "programa real."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Los educadores observaban que los jóvenes se encontraban a diario en las "
                        "redes sociales con vídeos extremistas, teorías de la conspiración y memes de "
                        "odio, a menudo compartidos en tono de broma. Los propios profesionales "
                        "conocían estas plataformas peor que los jóvenes y no sabían cómo iniciar una "
                        "conversación al respecto."
                    ),
                ),
                ("heading", "Qué se hizo"),
                (
                    "paragraph",
                    (
                        "El área de juventud, con el apoyo de una organización especializada en "
                        "extremismo en línea, diseñó una serie de cinco talleres para grupos de 14 a "
                        "18 años. Los participantes analizan ejemplos reales de propaganda de "
                        "distintas ideologías, aprenden a verificar fuentes e imágenes, debaten por "
                        "qué se difunden los contenidos de odio y crean breves publicaciones o vídeos "
                        "con sus propios mensajes. Los educadores siguen una formación previa para "
                        "poder impartir después los talleres por sí mismos."
                    ),
                ),
                ("heading", "Primeros resultados y lecciones"),
                (
                    "paragraph",
                    (
                        "Los primeros grupos valoraron mucho los ejercicios prácticos y menos las "
                        "sesiones más teóricas. Los educadores han ganado seguridad para hablar de "
                        "los contenidos en línea. Primeras lecciones: partir de los contenidos que "
                        "los jóvenes ven realmente y no de ejemplos elegidos por los adultos, "
                        "mantener sesiones breves e interactivas, y abordar todas las formas de odio, "
                        "no una sola ideología, para no estigmatizar a los participantes."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-13",
        "slug": "multi-agency-case-conference",
        "organisation": "liege",
        "topics": ["detection-referral", "multi-level-cooperation"],
        "forms": ["jihadist"],
        "target_groups": ["local-officials", "police"],
        "approach": "detection",
        "evidence": "evaluated",
        "year_started": 2015,
        "year_ended": None,
        "status": "active",
        "contacts": ["expert-05", "expert-12"],
        "members_only": False,
        "title": {
            "en": "A local multi-agency case conference on radicalisation",
            "fr": (
                "Une cellule locale pluridisciplinaire de suivi des situations de radicalisation"
            ),
            "de": "Eine lokale multiprofessionelle Fallkonferenz zu Radikalisierung",
            "it": "Un tavolo locale multidisciplinare per i casi di radicalizzazione",
            "es": "Una mesa local multidisciplinar para el seguimiento de casos de radicalización",
        },
        "summary": {
            "en": (
                "Chaired by the mayor's office, a confidential case conference brings together "
                "social, youth and prevention services with the local police to plan individual, "
                "mainly social, follow-up for people at risk of violent radicalisation."
            ),
            "fr": (
                "Présidée par le cabinet du bourgmestre, une cellule confidentielle réunit les "
                "services sociaux, de la jeunesse et de prévention avec la police locale pour "
                "définir un suivi individuel, essentiellement social, des personnes à risque de "
                "radicalisation violente."
            ),
            "de": (
                "Unter dem Vorsitz des Bürgermeisterbüros bringt eine vertrauliche Fallkonferenz "
                "Sozial-, Jugend- und Präventionsdienste mit der örtlichen Polizei zusammen, um "
                "für Menschen mit Radikalisierungsrisiko eine individuelle, vorwiegend soziale "
                "Begleitung zu planen."
            ),
            "it": (
                "Presieduto dall'ufficio del sindaco, un tavolo riservato riunisce servizi "
                "sociali, servizi per i giovani e servizi di prevenzione con la polizia locale "
                "per definire un accompagnamento individuale, soprattutto di tipo sociale, delle "
                "persone a rischio di radicalizzazione violenta."
            ),
            "es": (
                "Presidida por el gabinete del alcalde, una mesa confidencial reúne a los "
                "servicios sociales, de juventud y de prevención con la policía local para "
                "diseñar un seguimiento individual, principalmente social, de las personas en "
                "riesgo de radicalización violenta."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Intelligence and police services already met regularly to assess known "
                        "individuals, but their focus was security. The city's social and prevention "
                        "services held information about the same people and their families, yet had "
                        "no framework in which to contribute it or to propose support measures."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The city set up a case conference that meets every month, chaired by a "
                        "representative of the mayor and coordinated by the municipal prevention "
                        "service. Its core members are the heads of social services, youth services, "
                        "the public social welfare centre, the prevention service and the local "
                        "police; other services are invited case by case. Each situation is assigned "
                        "a lead professional and an individual plan, such as school support, "
                        "employment guidance, family counselling or psychological care. A charter "
                        "signed by all members sets out the rules of shared professional secrecy and "
                        "the separation from intelligence work."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "An evaluation by the regional authorities concluded that the case conference "
                        "had improved the exchange of information and the speed of support, and "
                        "recommended sharing the model with other municipalities. Social workers "
                        "nevertheless remain wary of being seen as informants. Lessons learned: a "
                        "written charter on shared professional secrecy is essential, the social "
                        "purpose of the conference must be explicit, and cases should be reviewed "
                        "regularly and closed once the concern has passed."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Les services de renseignement et de police se réunissaient déjà "
                        "régulièrement pour évaluer des individus connus, mais dans une optique de "
                        "sécurité. Les services sociaux et de prévention de la ville disposaient "
                        "d'informations sur les mêmes personnes et leurs familles, sans cadre leur "
                        "permettant de les partager ou de proposer des mesures d'accompagnement."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "La ville a créé une cellule qui se réunit chaque mois, présidée par un "
                        "représentant du bourgmestre et coordonnée par le service communal de "
                        "prévention. Elle rassemble les responsables des services sociaux, de la "
                        "jeunesse, du CPAS, du service de prévention et de la police locale ; "
                        "d'autres services sont invités au cas par cas. Chaque situation se voit "
                        "attribuer un professionnel référent et un plan individuel : soutien "
                        "scolaire, accompagnement vers l'emploi, aide aux familles ou suivi "
                        "psychologique. Une charte signée par tous les membres fixe les règles du "
                        "secret professionnel partagé et la séparation avec le travail de "
                        "renseignement."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Une évaluation menée par les autorités régionales a conclu que la cellule "
                        "avait amélioré l'échange d'informations et la rapidité de l'accompagnement, "
                        "et a recommandé de diffuser son modèle auprès d'autres communes. Les "
                        "travailleurs sociaux restent toutefois soucieux de ne pas être perçus comme "
                        "des indicateurs. Enseignements : une charte écrite sur le secret "
                        "professionnel partagé est indispensable, la finalité sociale de la cellule "
                        "doit être explicite, et les situations doivent être réexaminées "
                        "régulièrement puis clôturées lorsque l'inquiétude est levée."
                    ),
                ),
            ],
            "de": [
                (
                    "paragraph",
                    (
                        "Demo-Eintrag: Es handelt sich um ein fiktives Praxisbeispiel, das zur "
                        "Veranschaulichung für das Demonstrationsnetzwerk verfasst wurde, und nicht "
                        "um die Beschreibung eines realen Programms."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Nachrichtendienste und Polizei trafen sich bereits regelmäßig, um bekannte "
                        "Personen einzuschätzen, allerdings mit Blick auf die Sicherheit. Die "
                        "sozialen und präventiven Dienste der Stadt verfügten über Informationen zu "
                        "denselben Personen und ihren Familien, hatten aber keinen Rahmen, um diese "
                        "einzubringen oder Unterstützungsmaßnahmen vorzuschlagen."
                    ),
                ),
                ("heading", "Umsetzung"),
                (
                    "paragraph",
                    (
                        "Die Stadt richtete eine monatlich tagende Fallkonferenz ein, die von einer "
                        "Vertretung des Bürgermeisters geleitet und vom kommunalen Präventionsdienst "
                        "koordiniert wird. Ständige Mitglieder sind die Leitungen von Sozialdienst, "
                        "Jugendhilfe, öffentlichem Sozialhilfezentrum, Präventionsdienst und "
                        "örtlicher Polizei; weitere Stellen werden fallbezogen eingeladen. Für jede "
                        "Situation werden eine federführende Fachkraft und ein individueller Plan "
                        "festgelegt, etwa schulische Unterstützung, Begleitung in Arbeit, "
                        "Familienberatung oder psychologische Betreuung. Eine von allen Mitgliedern "
                        "unterzeichnete Charta regelt die gemeinsame Schweigepflicht und die Trennung "
                        "von nachrichtendienstlicher Arbeit."
                    ),
                ),
                ("heading", "Ergebnisse und Erkenntnisse"),
                (
                    "paragraph",
                    (
                        "Eine Evaluation der Regionalbehörden kam zu dem Schluss, dass die "
                        "Fallkonferenz den Informationsaustausch und die Schnelligkeit der "
                        "Unterstützung verbessert habe, und empfahl, das Modell an andere Kommunen "
                        "weiterzugeben. Sozialarbeiterinnen und Sozialarbeiter befürchten dennoch "
                        "weiterhin, als Informanten wahrgenommen zu werden. Erkenntnisse: Eine "
                        "schriftliche Charta zur geteilten Schweigepflicht ist unverzichtbar, der "
                        "soziale Zweck der Konferenz muss ausdrücklich benannt werden, und Fälle "
                        "sollten regelmäßig überprüft und abgeschlossen werden, sobald die Sorge "
                        "ausgeräumt ist."
                    ),
                ),
            ],
            "it": [
                (
                    "paragraph",
                    (
                        "Scheda dimostrativa: si tratta di una pratica fittizia, redatta a titolo "
                        "illustrativo per la rete dimostrativa, e non della descrizione di un "
                        "programma reale."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "I servizi di intelligence e la polizia si riunivano già regolarmente per "
                        "valutare singoli individui noti, ma in un'ottica di sicurezza. I servizi "
                        "sociali e di prevenzione del Comune disponevano di informazioni sulle stesse "
                        "persone e sulle loro famiglie, senza però un quadro che permettesse di "
                        "condividerle o di proporre misure di sostegno."
                    ),
                ),
                ("heading", "Che cosa è stato fatto"),
                (
                    "paragraph",
                    (
                        "Il Comune ha istituito un tavolo che si riunisce ogni mese, presieduto da un "
                        "rappresentante del sindaco e coordinato dal servizio comunale di "
                        "prevenzione. Ne fanno parte stabilmente i responsabili dei servizi sociali, "
                        "dei servizi per i giovani, del centro pubblico di assistenza sociale, del "
                        "servizio di prevenzione e della polizia locale; altri servizi vengono "
                        "invitati caso per caso. Per ogni situazione si individuano un operatore di "
                        "riferimento e un piano individuale, come il sostegno scolastico, "
                        "l'orientamento al lavoro, il supporto alla famiglia o la presa in carico "
                        "psicologica. Una carta sottoscritta da tutti i membri stabilisce le regole "
                        "del segreto professionale condiviso e la separazione dall'attività di "
                        "intelligence."
                    ),
                ),
                ("heading", "Risultati e insegnamenti"),
                (
                    "paragraph",
                    (
                        "Una valutazione condotta dalle autorità regionali ha concluso che il tavolo "
                        "ha migliorato lo scambio di informazioni e la rapidità degli interventi, "
                        "raccomandando di diffonderne il modello ad altri comuni. Gli assistenti "
                        "sociali restano tuttavia preoccupati di essere percepiti come informatori. "
                        "Insegnamenti: una carta scritta sul segreto professionale condiviso è "
                        "indispensabile, la finalità sociale del tavolo deve essere esplicita e i "
                        "casi vanno riesaminati periodicamente e chiusi quando la preoccupazione è "
                        "venuta meno."
                    ),
                ),
            ],
            "es": [
                (
                    "paragraph",
                    (
                        "Ficha de demostración: se trata de una práctica ficticia, redactada a título "
                        "ilustrativo para la red de demostración, y no de la descripción de un "
                        "programa real."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Los servicios de inteligencia y la policía ya se reunían con regularidad "
                        "para evaluar a personas conocidas, pero con un enfoque de seguridad. Los "
                        "servicios sociales y de prevención del municipio disponían de información "
                        "sobre esas mismas personas y sus familias, pero carecían de un marco para "
                        "aportarla o proponer medidas de apoyo."
                    ),
                ),
                ("heading", "Qué se hizo"),
                (
                    "paragraph",
                    (
                        "El Ayuntamiento creó una mesa que se reúne cada mes, presidida por un "
                        "representante del alcalde y coordinada por el servicio municipal de "
                        "prevención. Sus miembros permanentes son los responsables de servicios "
                        "sociales, juventud, el centro público de acción social, el servicio de "
                        "prevención y la policía local; otros servicios se invitan según el caso. A "
                        "cada situación se le asigna un profesional de referencia y un plan "
                        "individual, como apoyo escolar, orientación laboral, apoyo familiar o "
                        "atención psicológica. Una carta firmada por todos los miembros establece las "
                        "normas del secreto profesional compartido y la separación respecto de la "
                        "labor de inteligencia."
                    ),
                ),
                ("heading", "Resultados y lecciones aprendidas"),
                (
                    "paragraph",
                    (
                        "Una evaluación de las autoridades regionales concluyó que la mesa había "
                        "mejorado el intercambio de información y la rapidez del apoyo, y recomendó "
                        "difundir su modelo a otros municipios. Aun así, los trabajadores sociales "
                        "siguen temiendo ser percibidos como informantes. Lecciones aprendidas: una "
                        "carta escrita sobre el secreto profesional compartido es imprescindible, la "
                        "finalidad social de la mesa debe ser explícita y los casos deben revisarse "
                        "periódicamente y cerrarse cuando la preocupación haya desaparecido."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-14",
        "slug": "parents-discussion-groups",
        "organisation": "liege",
        "topics": ["family-support"],
        "forms": ["jihadist"],
        "target_groups": ["families", "communities"],
        "approach": "prevention",
        "evidence": "inspiring",
        "year_started": 2015,
        "year_ended": None,
        "status": "active",
        "contacts": ["expert-05"],
        "members_only": False,
        "title": {
            "en": "Discussion groups for parents in the neighbourhoods",
            "fr": "Des groupes de parole pour les parents dans les quartiers",
        },
        "summary": {
            "en": (
                "Monthly discussion groups, led by a family counsellor and a community mediator, "
                "help parents talk about adolescence, religion, the internet and radicalisation, "
                "and strengthen their confidence in their role as parents."
            ),
            "fr": (
                "Des groupes de parole mensuels, animés par une conseillère familiale et un "
                "médiateur, aident les parents à parler de l'adolescence, de la religion, "
                "d'internet et de la radicalisation, et renforcent leur confiance dans leur rôle "
                "éducatif."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Many parents felt powerless when their teenagers spent hours online or "
                        "adopted new religious or political views. Some had heard about young people "
                        "leaving for Syria and feared for their own children, but did not dare raise "
                        "the subject with professionals."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The prevention service and a local family association organise monthly "
                        "groups of eight to twelve parents in community centres, with childcare "
                        "provided on site. Sessions are led jointly by a family counsellor and a "
                        "mediator who speaks the main languages of local residents. Topics include "
                        "communicating with teenagers, online risks, identity and belonging, and "
                        "where to find help; guests such as a youth worker or a police officer attend "
                        "some sessions at the parents' request."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "Participants value above all meeting other parents facing the same "
                        "questions. Mothers are far more present than fathers, which led the "
                        "organisers to test separate sessions for fathers on Saturday mornings. "
                        "Lessons learned: do not advertise the groups as being about radicalisation, "
                        "meet parents where they already are, and keep the groups open to everyone "
                        "rather than targeting particular communities."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Beaucoup de parents se sentaient démunis lorsque leurs adolescents passaient "
                        "des heures en ligne ou adoptaient de nouvelles convictions religieuses ou "
                        "politiques. Certains avaient entendu parler de jeunes partis en Syrie et "
                        "s'inquiétaient pour leurs propres enfants, sans oser aborder le sujet avec "
                        "des professionnels."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Le service de prévention et une association familiale locale organisent "
                        "chaque mois, dans des maisons de quartier, des groupes de huit à douze "
                        "parents, avec une garde d'enfants sur place. Les séances sont coanimées par "
                        "une conseillère familiale et un médiateur qui parle les principales langues "
                        "des habitants. Les thèmes abordés incluent la communication avec les "
                        "adolescents, les risques en ligne, l'identité et l'appartenance, ainsi que "
                        "les lieux où trouver de l'aide ; des invités, comme un éducateur ou une "
                        "policière, participent à certaines séances à la demande des parents."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Les participants apprécient avant tout de rencontrer d'autres parents "
                        "confrontés aux mêmes questions. Les mères sont beaucoup plus présentes que "
                        "les pères, ce qui a conduit les organisateurs à tester des séances réservées "
                        "aux pères le samedi matin. Enseignements : ne pas présenter les groupes "
                        "comme portant sur la radicalisation, aller vers les parents là où ils se "
                        "trouvent déjà, et ouvrir les groupes à tous plutôt que de cibler certaines "
                        "communautés."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-15",
        "slug": "prison-release-mentoring",
        "organisation": "liege",
        "topics": ["deradicalisation-disengagement", "multi-level-cooperation"],
        "forms": ["jihadist", "violent-gangs"],
        "target_groups": ["returnees-prisoners"],
        "approach": "exit",
        "evidence": "inspiring",
        "year_started": 2016,
        "year_ended": None,
        "status": "pilot",
        "contacts": ["expert-05"],
        "members_only": False,
        "title": {
            "en": "Mentoring for young adults leaving prison",
            "fr": "Un mentorat pour les jeunes adultes sortant de prison",
        },
        "summary": {
            "en": (
                "A pilot pairs young adults convicted of violent or terrorism-related offences "
                "with trained volunteer mentors and a municipal case worker, starting six months "
                "before release and continuing for a year afterwards."
            ),
            "fr": (
                "Un projet pilote associe des jeunes adultes condamnés pour des faits de violence "
                "ou liés au terrorisme à des mentors bénévoles formés et à un référent communal, "
                "dès six mois avant leur libération et pendant l'année qui suit."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The local prison holds a number of young adults from the city convicted of "
                        "gang violence or of terrorism-related offences. On release they often "
                        "returned to the same neighbourhood and the same contacts, without housing, "
                        "work or support, and some had become further radicalised in detention."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The city's prevention service, the prison administration and the justice "
                        "houses of the French-speaking Community agreed on a joint pilot. Trained "
                        "volunteer mentors, some of them former prisoners, meet participants in "
                        "prison from six months before release, while a municipal case worker "
                        "prepares housing, administrative documents and training options. After "
                        "release, mentor and case worker keep weekly contact for at least a year, in "
                        "coordination with the probation officer."
                    ),
                ),
                ("heading", "First results and lessons"),
                (
                    "paragraph",
                    (
                        "The first participants have found housing and remain in contact with their "
                        "mentors, and prison staff report better preparation for release. Recruiting "
                        "and supporting volunteer mentors takes longer than expected. Lessons so far: "
                        "start well before release, clarify the respective roles of mentor, case "
                        "worker and probation officer, and provide supervision and psychological "
                        "support for the mentors themselves."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "La prison locale accueille plusieurs jeunes adultes originaires de la ville, "
                        "condamnés pour des violences commises en bande ou pour des infractions liées "
                        "au terrorisme. À leur sortie, ils retournaient souvent dans le même quartier "
                        "et auprès des mêmes fréquentations, sans logement, sans emploi ni "
                        "accompagnement, et certains s'étaient davantage radicalisés en détention."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Le service de prévention de la ville, l'administration pénitentiaire et les "
                        "maisons de justice de la Fédération Wallonie-Bruxelles ont convenu d'un "
                        "projet pilote commun. Des mentors bénévoles formés, dont certains anciens "
                        "détenus, rencontrent les participants en prison dès six mois avant leur "
                        "libération, tandis qu'un référent communal prépare le logement, les "
                        "documents administratifs et les pistes de formation. Après la sortie, le "
                        "mentor et le référent maintiennent un contact hebdomadaire pendant au moins "
                        "un an, en coordination avec l'assistant de justice."
                    ),
                ),
                ("heading", "Premiers résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Les premiers participants ont trouvé un logement et restent en contact avec "
                        "leur mentor, et le personnel pénitentiaire constate une meilleure "
                        "préparation à la sortie. Le recrutement et l'encadrement des mentors "
                        "bénévoles prennent plus de temps que prévu. Premiers enseignements : "
                        "commencer bien avant la libération, clarifier les rôles respectifs du "
                        "mentor, du référent et de l'assistant de justice, et offrir aux mentors "
                        "eux-mêmes une supervision et un soutien psychologique."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-16",
        "slug": "gang-exit-support-teams",
        "organisation": "malmo",
        "topics": ["deradicalisation-disengagement", "multi-level-cooperation"],
        "forms": ["violent-gangs"],
        "target_groups": ["young-people", "police", "youth-social-workers"],
        "approach": "exit",
        "evidence": "peer_reviewed",
        "year_started": 2011,
        "year_ended": None,
        "status": "active",
        "contacts": ["expert-06"],
        "members_only": False,
        "title": {
            "en": "Multi-agency support teams for young people leaving violent gangs",
            "fr": (
                "Des équipes d'accompagnement pluridisciplinaires pour les jeunes qui quittent "
                "les gangs violents"
            ),
            "de": (
                "Multiprofessionelle Unterstützungsteams für junge Menschen, die gewalttätige "
                "Gangs verlassen"
            ),
            "it": (
                "Équipe multidisciplinari di sostegno per i giovani che escono dalle gang violente"
            ),
            "es": (
                "Equipos multidisciplinares de apoyo para jóvenes que abandonan bandas violentas"
            ),
        },
        "summary": {
            "en": (
                "Teams made up of social services, schools, the police and the employment service "
                "offer young people who want to leave violent gangs a fast, coordinated package "
                "of support built around a single individual plan."
            ),
            "fr": (
                "Des équipes réunissant services sociaux, écoles, police et service de l'emploi "
                "offrent aux jeunes qui veulent quitter un gang violent un accompagnement rapide "
                "et coordonné, construit autour d'un plan individuel unique."
            ),
            "de": (
                "Teams aus Sozialdiensten, Schulen, Polizei und Arbeitsvermittlung bieten jungen "
                "Menschen, die eine gewalttätige Gang verlassen wollen, schnell und abgestimmt "
                "ein Unterstützungspaket auf Grundlage eines einzigen individuellen Plans."
            ),
            "it": (
                "Équipe composte da servizi sociali, scuole, polizia e servizi per l'impiego "
                "offrono ai giovani che vogliono lasciare una gang violenta un sostegno rapido e "
                "coordinato, costruito attorno a un unico piano individuale."
            ),
            "es": (
                "Equipos formados por servicios sociales, centros educativos, policía y servicio "
                "de empleo ofrecen a los jóvenes que quieren dejar una banda violenta un apoyo "
                "rápido y coordinado en torno a un único plan individual."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Shootings and violent conflicts between criminal networks had affected "
                        "several districts, and young people were being recruited at an early age. "
                        "Those who wanted to leave faced threats, debts and a lack of alternatives, "
                        "and had to deal with many separate agencies at the same time."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The city set up support teams in each district, bringing together social "
                        "services, schools, the police, the employment service and leisure services. "
                        "A young person who wants to leave a gang, or whose parents ask for help, is "
                        "offered a joint meeting within a week and a single individual plan, which "
                        "may include protected housing, debt counselling, a school or job placement "
                        "and family support. Participation is voluntary, and the young person signs a "
                        "consent to information sharing between the agencies involved."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "The programme has been evaluated several times and was peer-reviewed in "
                        "European exchanges; reviewers highlighted the speed of the response and the "
                        "single plan as key strengths. Results are better for younger participants "
                        "and where the family is involved. Lessons learned: a dedicated coordinator "
                        "in each district is indispensable, protection needs must be addressed from "
                        "the first day, and job opportunities are often the decisive factor in "
                        "leaving."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Des fusillades et des conflits violents entre réseaux criminels avaient "
                        "touché plusieurs quartiers, et des jeunes étaient recrutés très tôt. Ceux "
                        "qui voulaient en sortir faisaient face à des menaces, à des dettes et à un "
                        "manque d'alternatives, tout en devant s'adresser à de nombreux services "
                        "différents."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "La ville a mis en place dans chaque district des équipes rassemblant les "
                        "services sociaux, les écoles, la police, le service public de l'emploi et "
                        "les services de loisirs. Un jeune qui souhaite quitter un gang, ou dont les "
                        "parents demandent de l'aide, se voit proposer une réunion commune dans un "
                        "délai d'une semaine et un plan individuel unique, pouvant comprendre un "
                        "hébergement protégé, un accompagnement au désendettement, une scolarisation "
                        "ou un emploi, et un soutien à la famille. La participation est volontaire, "
                        "et le jeune signe un consentement au partage d'informations entre les "
                        "services concernés."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Le programme a été évalué à plusieurs reprises et a fait l'objet d'une revue "
                        "par les pairs lors d'échanges européens ; les évaluateurs ont souligné la "
                        "rapidité de la réponse et le plan unique comme points forts. Les résultats "
                        "sont meilleurs pour les participants les plus jeunes et lorsque la famille "
                        "est impliquée. Enseignements : un coordinateur dédié dans chaque district "
                        "est indispensable, les besoins de protection doivent être traités dès le "
                        "premier jour, et les perspectives d'emploi sont souvent le facteur décisif "
                        "de la sortie."
                    ),
                ),
            ],
            "de": [
                (
                    "paragraph",
                    (
                        "Demo-Eintrag: Es handelt sich um ein fiktives Praxisbeispiel, das zur "
                        "Veranschaulichung für das Demonstrationsnetzwerk verfasst wurde, und nicht "
                        "um die Beschreibung eines realen Programms."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Schießereien und gewaltsame Konflikte zwischen kriminellen Netzwerken hatten "
                        "mehrere Stadtteile getroffen, und junge Menschen wurden schon sehr früh "
                        "angeworben. Wer aussteigen wollte, sah sich Drohungen, Schulden und "
                        "fehlenden Alternativen gegenüber und musste sich gleichzeitig an viele "
                        "verschiedene Stellen wenden."
                    ),
                ),
                ("heading", "Umsetzung"),
                (
                    "paragraph",
                    (
                        "Die Stadt richtete in jedem Bezirk Teams aus Sozialdiensten, Schulen, "
                        "Polizei, Arbeitsvermittlung und Freizeiteinrichtungen ein. Ein junger "
                        "Mensch, der eine Gang verlassen möchte oder dessen Eltern um Hilfe bitten, "
                        "erhält innerhalb einer Woche ein gemeinsames Gespräch und einen einzigen "
                        "individuellen Plan, der geschützten Wohnraum, Schuldnerberatung, Schul- oder "
                        "Arbeitsplatzvermittlung und Familienunterstützung umfassen kann. Die "
                        "Teilnahme ist freiwillig, und der junge Mensch willigt schriftlich in den "
                        "Informationsaustausch zwischen den beteiligten Stellen ein."
                    ),
                ),
                ("heading", "Ergebnisse und Erkenntnisse"),
                (
                    "paragraph",
                    (
                        "Das Programm wurde mehrfach evaluiert und im europäischen Austausch einem "
                        "Peer-Review unterzogen; die Gutachterinnen und Gutachter hoben die schnelle "
                        "Reaktion und den einheitlichen Plan als besondere Stärken hervor. Die "
                        "Ergebnisse sind bei jüngeren Teilnehmenden und bei Einbeziehung der Familie "
                        "besser. Erkenntnisse: Eine eigene Koordinationsstelle in jedem Bezirk ist "
                        "unverzichtbar, Schutzbedürfnisse müssen ab dem ersten Tag berücksichtigt "
                        "werden, und berufliche Perspektiven sind oft der entscheidende Faktor für "
                        "den Ausstieg."
                    ),
                ),
            ],
            "it": [
                (
                    "paragraph",
                    (
                        "Scheda dimostrativa: si tratta di una pratica fittizia, redatta a titolo "
                        "illustrativo per la rete dimostrativa, e non della descrizione di un "
                        "programma reale."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Sparatorie e conflitti violenti tra reti criminali avevano colpito diversi "
                        "quartieri, e i giovani venivano reclutati in età molto precoce. Chi voleva "
                        "uscirne doveva affrontare minacce, debiti e mancanza di alternative, e al "
                        "tempo stesso rivolgersi a molti servizi diversi."
                    ),
                ),
                ("heading", "Che cosa è stato fatto"),
                (
                    "paragraph",
                    (
                        "Il Comune ha istituito in ogni distretto équipe che riuniscono servizi "
                        "sociali, scuole, polizia, servizi per l'impiego e servizi per il tempo "
                        "libero. Un giovane che vuole lasciare una gang, o i cui genitori chiedono "
                        "aiuto, ottiene entro una settimana un incontro congiunto e un unico piano "
                        "individuale, che può comprendere un alloggio protetto, una consulenza sui "
                        "debiti, l'inserimento scolastico o lavorativo e il sostegno alla famiglia. "
                        "La partecipazione è volontaria e il giovane firma il consenso alla "
                        "condivisione delle informazioni tra i servizi coinvolti."
                    ),
                ),
                ("heading", "Risultati e insegnamenti"),
                (
                    "paragraph",
                    (
                        "Il programma è stato valutato più volte ed è stato sottoposto a una "
                        "revisione tra pari nell'ambito di scambi europei; i valutatori hanno "
                        "indicato come punti di forza la rapidità della risposta e il piano unico. I "
                        "risultati sono migliori per i partecipanti più giovani e quando la famiglia "
                        "è coinvolta. Insegnamenti: un coordinatore dedicato in ogni distretto è "
                        "indispensabile, le esigenze di protezione vanno affrontate fin dal primo "
                        "giorno e le opportunità di lavoro sono spesso il fattore decisivo per "
                        "l'uscita."
                    ),
                ),
            ],
            "es": [
                (
                    "paragraph",
                    (
                        "Ficha de demostración: se trata de una práctica ficticia, redactada a título "
                        "ilustrativo para la red de demostración, y no de la descripción de un "
                        "programa real."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Tiroteos y enfrentamientos violentos entre redes criminales habían afectado "
                        "a varios barrios, y los jóvenes eran captados a edades muy tempranas. "
                        "Quienes querían salir se enfrentaban a amenazas, deudas y falta de "
                        "alternativas, y tenían que tratar a la vez con muchos organismos distintos."
                    ),
                ),
                ("heading", "Qué se hizo"),
                (
                    "paragraph",
                    (
                        "El Ayuntamiento creó en cada distrito equipos que reúnen a los servicios "
                        "sociales, los centros educativos, la policía, el servicio público de empleo "
                        "y los servicios de ocio. Al joven que quiere abandonar una banda, o cuyos "
                        "padres piden ayuda, se le ofrece en el plazo de una semana una reunión "
                        "conjunta y un único plan individual, que puede incluir vivienda protegida, "
                        "asesoramiento sobre deudas, escolarización o inserción laboral y apoyo a la "
                        "familia. La participación es voluntaria y el joven firma su consentimiento "
                        "para el intercambio de información entre los servicios implicados."
                    ),
                ),
                ("heading", "Resultados y lecciones aprendidas"),
                (
                    "paragraph",
                    (
                        "El programa se ha evaluado en varias ocasiones y ha sido objeto de una "
                        "revisión por pares en intercambios europeos; los revisores destacaron como "
                        "puntos fuertes la rapidez de la respuesta y el plan único. Los resultados "
                        "son mejores con los participantes más jóvenes y cuando se implica a la "
                        "familia. Lecciones aprendidas: es imprescindible contar con un coordinador "
                        "propio en cada distrito, las necesidades de protección deben atenderse desde "
                        "el primer día y las oportunidades de empleo suelen ser el factor decisivo "
                        "para la salida."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-17",
        "slug": "demonstration-dialogue-team",
        "organisation": "malmo",
        "topics": ["communication-counter-narrative"],
        "forms": ["extreme-right", "extreme-left"],
        "target_groups": ["young-people", "police"],
        "approach": "prevention",
        "evidence": "inspiring",
        "year_started": 2014,
        "year_ended": 2016,
        "status": "completed",
        "contacts": ["expert-06", "expert-11"],
        "members_only": False,
        "title": {
            "en": "Dialogue and de-escalation around extremist demonstrations",
            "fr": "Dialogue et désescalade autour des manifestations extrémistes",
        },
        "summary": {
            "en": (
                "Before and during demonstrations by extreme-right groups and militant "
                "counter-protests, a joint team of police dialogue officers and youth workers "
                "kept in contact with young activists on both sides to prevent violent clashes."
            ),
            "fr": (
                "Avant et pendant les manifestations de groupes d'extrême droite et les "
                "contre-manifestations militantes, une équipe commune d'agents de dialogue de la "
                "police et d'éducateurs de rue a maintenu le contact avec les jeunes militants "
                "des deux bords afin de prévenir les affrontements violents."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Small extreme-right groups organised several marches in the city, which were "
                        "met by large counter-protests that included militant extreme-left activists. "
                        "Some events ended in violent clashes, injuries and the arrest of very young "
                        "people, and each confrontation fed recruitment on both sides."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The police dialogue unit and the city's outreach youth workers formed a "
                        "joint team for each announced demonstration. In the preceding weeks they met "
                        "organisers and youth groups, explained the rules and routes, and identified "
                        "young people at risk of being drawn into violence. On the day, youth workers "
                        "were present in distinctive vests, and afterwards the team organised "
                        "follow-up conversations with young people who had been arrested or injured."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "Violent incidents decreased at the events covered by the team, and several "
                        "young people accepted longer-term support from the youth services. Some "
                        "activists on both sides refused any contact, seeing youth workers as agents "
                        "of the police. Lessons learned: keep the youth workers' role clearly "
                        "distinct from that of the police, be present long before the event, and "
                        "recognise peaceful counter-protest as legitimate rather than treating all "
                        "protesters as extremists."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "De petits groupes d'extrême droite ont organisé plusieurs défilés en ville, "
                        "auxquels répondaient d'importantes contre-manifestations comprenant des "
                        "militants radicaux d'extrême gauche. Certains événements se sont terminés "
                        "par des affrontements violents, des blessés et l'interpellation de très "
                        "jeunes personnes, et chaque confrontation alimentait le recrutement des deux "
                        "côtés."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "L'unité de dialogue de la police et les éducateurs de rue de la ville ont "
                        "formé une équipe commune pour chaque manifestation annoncée. Dans les "
                        "semaines précédentes, ils rencontraient les organisateurs et les groupes de "
                        "jeunes, expliquaient les règles et les parcours, et repéraient les jeunes "
                        "susceptibles d'être entraînés dans la violence. Le jour même, les éducateurs "
                        "étaient présents, reconnaissables à leur gilet, et l'équipe organisait "
                        "ensuite des entretiens de suivi avec les jeunes interpellés ou blessés."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Les incidents violents ont diminué lors des événements couverts par "
                        "l'équipe, et plusieurs jeunes ont accepté un accompagnement à plus long "
                        "terme par les services jeunesse. Certains militants des deux bords ont "
                        "refusé tout contact, considérant les éducateurs comme des agents de la "
                        "police. Enseignements : bien distinguer le rôle des éducateurs de celui de "
                        "la police, être présent longtemps avant l'événement, et reconnaître la "
                        "contre-manifestation pacifique comme légitime plutôt que de traiter tous les "
                        "manifestants en extrémistes."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-18",
        "slug": "structured-assessment-guide",
        "organisation": "malmo",
        "topics": ["detection-referral"],
        "forms": ["extreme-right", "jihadist", "extreme-left"],
        "target_groups": ["youth-social-workers", "police"],
        "approach": "detection",
        "evidence": "peer_reviewed",
        "year_started": 2015,
        "year_ended": None,
        "status": "active",
        "contacts": ["expert-06", "expert-12"],
        "members_only": True,
        "title": {
            "en": "A structured assessment guide for social services and the police",
            "fr": "Un guide d'évaluation structurée pour les services sociaux et la police",
        },
        "summary": {
            "en": (
                "A shared guide helps social workers and police officers jointly assess the "
                "situation of a person about whom there are concerns of violent extremism, "
                "looking at needs and protective factors as well as risks."
            ),
            "fr": (
                "Un guide commun aide travailleurs sociaux et policiers à évaluer ensemble la "
                "situation d'une personne suscitant une inquiétude d'extrémisme violent, en "
                "tenant compte des besoins et des facteurs de protection autant que des risques."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Social services and the police assessed the same situations with very "
                        "different tools and vocabulary, which led to misunderstandings and at times "
                        "to disproportionate or insufficient responses. Practitioners asked for a "
                        "common framework that would respect the mandate of each profession."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "A working group of social workers, police officers, a psychologist and "
                        "researchers drew up a guide covering ideology and grievances, social "
                        "relations, mental health, capability and intent, and protective factors such "
                        "as family, school or work. Assessments are carried out jointly by a social "
                        "worker and a police officer and are always followed by a support plan and a "
                        "review date. Practitioners receive two days of training before using the "
                        "guide, which is available only to trained staff."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "The guide was reviewed by peers from other European cities and by academic "
                        "experts, who recommended giving more weight to protective factors and to the "
                        "person's own perspective; both recommendations were taken on board. "
                        "Practitioners report that joint assessments lead to more proportionate "
                        "decisions. Lessons learned: a tool never replaces professional judgement, "
                        "joint training matters as much as the guide itself, and access should remain "
                        "restricted so that it is not misused as a checklist."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Les services sociaux et la police évaluaient les mêmes situations avec des "
                        "outils et un vocabulaire très différents, ce qui entraînait des malentendus "
                        "et parfois des réponses disproportionnées ou insuffisantes. Les "
                        "professionnels demandaient un cadre commun respectant le mandat de chaque "
                        "métier."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Un groupe de travail composé de travailleurs sociaux, de policiers, d'une "
                        "psychologue et de chercheurs a élaboré un guide portant sur l'idéologie et "
                        "les griefs, les relations sociales, la santé mentale, les capacités et les "
                        "intentions, ainsi que sur les facteurs de protection tels que la famille, "
                        "l'école ou le travail. Les évaluations sont menées conjointement par un "
                        "travailleur social et un policier, et toujours suivies d'un plan "
                        "d'accompagnement et d'une date de réexamen. Les professionnels suivent deux "
                        "jours de formation avant d'utiliser le guide, qui n'est accessible qu'aux "
                        "personnes formées."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Le guide a été examiné par des pairs d'autres villes européennes et par des "
                        "experts universitaires, qui ont recommandé de donner plus de poids aux "
                        "facteurs de protection et au point de vue de la personne elle-même ; ces "
                        "deux recommandations ont été intégrées. Les professionnels estiment que les "
                        "évaluations conjointes conduisent à des décisions plus proportionnées. "
                        "Enseignements : un outil ne remplace jamais le jugement professionnel, la "
                        "formation commune compte autant que le guide lui-même, et son accès doit "
                        "rester restreint pour éviter qu'il ne soit détourné en simple grille de "
                        "contrôle."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-19",
        "slug": "media-literacy-secondary-schools",
        "organisation": "reggio-emilia",
        "topics": ["school-resilience", "online-radicalisation"],
        "forms": ["jihadist", "extreme-right"],
        "target_groups": ["teachers-schools", "young-people"],
        "approach": "prevention",
        "evidence": "evaluated",
        "year_started": 2014,
        "year_ended": None,
        "status": "active",
        "contacts": ["expert-07", "expert-10"],
        "members_only": False,
        "title": {
            "en": "Media literacy and critical thinking in secondary schools",
            "fr": "Éducation aux médias et esprit critique dans les établissements secondaires",
            "de": "Medienkompetenz und kritisches Denken an weiterführenden Schulen",
            "it": "Educazione ai media e pensiero critico nelle scuole secondarie",
            "es": "Alfabetización mediática y pensamiento crítico en los institutos",
        },
        "summary": {
            "en": (
                "A school programme developed with teachers trains pupils aged 14 to 17 to "
                "question online information, recognise propaganda and hate speech, and debate "
                "controversial issues respectfully."
            ),
            "fr": (
                "Un programme scolaire élaboré avec des enseignants apprend aux élèves de 14 à 17 "
                "ans à questionner l'information en ligne, à reconnaître la propagande et les "
                "discours de haine, et à débattre de sujets controversés dans le respect mutuel."
            ),
            "de": (
                "Ein gemeinsam mit Lehrkräften entwickeltes Schulprogramm befähigt Schülerinnen "
                "und Schüler zwischen 14 und 17 Jahren, Online-Informationen zu hinterfragen, "
                "Propaganda und Hassrede zu erkennen und respektvoll über kontroverse Themen zu "
                "debattieren."
            ),
            "it": (
                "Un percorso scolastico sviluppato con gli insegnanti forma gli studenti dai 14 "
                "ai 17 anni a mettere in discussione le informazioni online, riconoscere la "
                "propaganda e i discorsi d'odio e confrontarsi con rispetto su temi controversi."
            ),
            "es": (
                "Un programa escolar elaborado con el profesorado enseña al alumnado de 14 a 17 "
                "años a cuestionar la información en internet, reconocer la propaganda y el "
                "discurso de odio y debatir con respeto sobre temas controvertidos."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Teachers observed that pupils increasingly relied on social networks for "
                        "news about migration, terrorism and international conflicts, and that "
                        "hateful comments against migrants and Muslims, as well as conspiracy "
                        "theories, were circulating in class chats. Many teachers felt unprepared to "
                        "address these issues."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The municipal education department, together with a local media education "
                        "centre and teachers from several secondary schools, developed a programme of "
                        "eight sessions built into ordinary lessons. Pupils analyse news stories, "
                        "viral videos and propaganda material, practise checking sources and images, "
                        "and take part in structured debates on controversial questions. Teachers "
                        "receive a training course and a toolkit, and the city library hosts an "
                        "annual public event where classes present their work."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "An evaluation with questionnaires before and after the programme showed "
                        "improved skills in identifying unreliable sources and a greater willingness "
                        "to express disagreement without insults. Teachers asked for more support in "
                        "handling emotionally charged discussions. Lessons learned: build the "
                        "programme into the curriculum rather than offering it as an extra, train "
                        "teachers in facilitation as well as content, and involve parents through "
                        "evening meetings."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Les enseignants constataient que les élèves s'informaient de plus en plus "
                        "sur les réseaux sociaux au sujet des migrations, du terrorisme et des "
                        "conflits internationaux, et que des commentaires haineux envers les migrants "
                        "et les musulmans ainsi que des théories du complot circulaient dans les "
                        "groupes de discussion des classes. Beaucoup d'enseignants se sentaient mal "
                        "préparés pour aborder ces questions."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Le service municipal de l'éducation, avec un centre local d'éducation aux "
                        "médias et des enseignants de plusieurs établissements secondaires, a mis au "
                        "point un programme de huit séances intégrées aux cours ordinaires. Les "
                        "élèves analysent des articles, des vidéos virales et des contenus de "
                        "propagande, s'exercent à vérifier les sources et les images et participent à "
                        "des débats structurés sur des questions controversées. Les enseignants "
                        "bénéficient d'une formation et d'une boîte à outils, et la bibliothèque "
                        "municipale accueille chaque année une manifestation publique où les classes "
                        "présentent leurs travaux."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Une évaluation par questionnaires avant et après le programme a montré une "
                        "meilleure capacité à repérer les sources peu fiables et une plus grande "
                        "disposition à exprimer un désaccord sans insulter. Les enseignants ont "
                        "demandé davantage de soutien pour gérer les discussions chargées d'émotion. "
                        "Enseignements : intégrer le programme au cursus plutôt que de le proposer en "
                        "supplément, former les enseignants à l'animation autant qu'au contenu, et "
                        "associer les parents par des réunions en soirée."
                    ),
                ),
            ],
            "de": [
                (
                    "paragraph",
                    (
                        "Demo-Eintrag: Es handelt sich um ein fiktives Praxisbeispiel, das zur "
                        "Veranschaulichung für das Demonstrationsnetzwerk verfasst wurde, und nicht "
                        "um die Beschreibung eines realen Programms."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Lehrkräfte stellten fest, dass sich die Jugendlichen zunehmend über soziale "
                        "Netzwerke zu Migration, Terrorismus und internationalen Konflikten "
                        "informierten und dass in Klassenchats hasserfüllte Kommentare gegen "
                        "Migrantinnen und Migranten sowie gegen Muslime sowie Verschwörungstheorien "
                        "kursierten. Viele Lehrkräfte fühlten sich nicht darauf vorbereitet, diese "
                        "Themen aufzugreifen."
                    ),
                ),
                ("heading", "Umsetzung"),
                (
                    "paragraph",
                    (
                        "Das städtische Bildungsreferat entwickelte mit einem örtlichen Zentrum für "
                        "Medienpädagogik und Lehrkräften mehrerer weiterführender Schulen ein "
                        "Programm aus acht Einheiten, die in den regulären Unterricht eingebunden "
                        "sind. Die Jugendlichen analysieren Nachrichten, virale Videos und "
                        "Propagandamaterial, üben die Überprüfung von Quellen und Bildern und nehmen "
                        "an strukturierten Debatten zu kontroversen Fragen teil. Die Lehrkräfte "
                        "erhalten eine Fortbildung und einen Methodenkoffer, und die Stadtbibliothek "
                        "richtet jährlich eine öffentliche Veranstaltung aus, bei der die Klassen "
                        "ihre Arbeiten vorstellen."
                    ),
                ),
                ("heading", "Ergebnisse und Erkenntnisse"),
                (
                    "paragraph",
                    (
                        "Eine Evaluation mit Fragebögen vor und nach dem Programm zeigte eine "
                        "verbesserte Fähigkeit, unzuverlässige Quellen zu erkennen, und eine größere "
                        "Bereitschaft, Widerspruch ohne Beleidigungen zu äußern. Die Lehrkräfte "
                        "wünschten sich mehr Unterstützung beim Umgang mit emotional aufgeladenen "
                        "Diskussionen. Erkenntnisse: das Programm in den Lehrplan integrieren, statt "
                        "es als Zusatzangebot anzubieten, Lehrkräfte in Moderation ebenso wie in "
                        "Inhalten schulen und Eltern über Abendveranstaltungen einbeziehen."
                    ),
                ),
            ],
            "it": [
                (
                    "paragraph",
                    (
                        "Scheda dimostrativa: si tratta di una pratica fittizia, redatta a titolo "
                        "illustrativo per la rete dimostrativa, e non della descrizione di un "
                        "programma reale."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Gli insegnanti osservavano che gli studenti si informavano sempre più "
                        "attraverso i social network su migrazioni, terrorismo e conflitti "
                        "internazionali, e che nelle chat di classe circolavano commenti d'odio "
                        "contro migranti e musulmani e teorie del complotto. Molti docenti non si "
                        "sentivano preparati ad affrontare questi temi."
                    ),
                ),
                ("heading", "Che cosa è stato fatto"),
                (
                    "paragraph",
                    (
                        "L'assessorato all'istruzione del Comune, insieme a un centro locale di "
                        "educazione ai media e a docenti di diverse scuole secondarie, ha sviluppato "
                        "un percorso di otto incontri integrati nelle normali lezioni. Gli studenti "
                        "analizzano notizie, video virali e materiali di propaganda, si esercitano a "
                        "verificare fonti e immagini e partecipano a dibattiti strutturati su "
                        "questioni controverse. I docenti ricevono un corso di formazione e un kit "
                        "didattico, e la biblioteca comunale ospita ogni anno un evento pubblico in "
                        "cui le classi presentano i loro lavori."
                    ),
                ),
                ("heading", "Risultati e insegnamenti"),
                (
                    "paragraph",
                    (
                        "Una valutazione con questionari somministrati prima e dopo il percorso ha "
                        "evidenziato una maggiore capacità di riconoscere le fonti inattendibili e "
                        "una più ampia disponibilità a esprimere il proprio disaccordo senza insulti. "
                        "I docenti hanno chiesto più supporto nella gestione delle discussioni "
                        "emotivamente cariche. Insegnamenti: integrare il percorso nel curricolo "
                        "anziché proporlo come attività aggiuntiva, formare i docenti alla conduzione "
                        "oltre che ai contenuti e coinvolgere i genitori con incontri serali."
                    ),
                ),
            ],
            "es": [
                (
                    "paragraph",
                    (
                        "Ficha de demostración: se trata de una práctica ficticia, redactada a título "
                        "ilustrativo para la red de demostración, y no de la descripción de un "
                        "programa real."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "El profesorado observaba que el alumnado se informaba cada vez más a través "
                        "de las redes sociales sobre migración, terrorismo y conflictos "
                        "internacionales, y que en los chats de clase circulaban comentarios de odio "
                        "contra personas migrantes y musulmanas, así como teorías de la conspiración. "
                        "Muchos docentes no se sentían preparados para abordar estos temas."
                    ),
                ),
                ("heading", "Qué se hizo"),
                (
                    "paragraph",
                    (
                        "El área municipal de educación, junto con un centro local de educación "
                        "mediática y docentes de varios institutos, elaboró un programa de ocho "
                        "sesiones integradas en las clases ordinarias. El alumnado analiza noticias, "
                        "vídeos virales y material propagandístico, practica la verificación de "
                        "fuentes e imágenes y participa en debates estructurados sobre cuestiones "
                        "controvertidas. El profesorado recibe un curso de formación y una caja de "
                        "herramientas, y la biblioteca municipal acoge cada año un acto público en el "
                        "que las clases presentan sus trabajos."
                    ),
                ),
                ("heading", "Resultados y lecciones aprendidas"),
                (
                    "paragraph",
                    (
                        "Una evaluación mediante cuestionarios antes y después del programa mostró "
                        "una mayor capacidad para identificar fuentes poco fiables y una mayor "
                        "disposición a expresar el desacuerdo sin insultos. El profesorado pidió más "
                        "apoyo para gestionar debates con gran carga emocional. Lecciones aprendidas: "
                        "integrar el programa en el currículo en lugar de ofrecerlo como actividad "
                        "complementaria, formar al profesorado en dinamización además de en "
                        "contenidos e implicar a las familias mediante reuniones por la tarde."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-20",
        "slug": "intercultural-mediators-families",
        "organisation": "reggio-emilia",
        "topics": ["family-support"],
        "forms": ["jihadist", "extreme-right"],
        "target_groups": ["families", "communities"],
        "approach": "prevention",
        "evidence": "inspiring",
        "year_started": 2008,
        "year_ended": None,
        "status": "active",
        "contacts": ["expert-07"],
        "members_only": False,
        "title": {
            "en": "Intercultural mediators as a bridge between families and public services",
            "fr": (
                "Des médiateurs interculturels comme passerelle entre les familles et les "
                "services publics"
            ),
            "it": "I mediatori interculturali come ponte tra famiglie e servizi pubblici",
        },
        "summary": {
            "en": (
                "A team of intercultural mediators employed by the municipality helps migrant "
                "families use schools, health and social services, and builds the trust needed to "
                "address sensitive issues such as discrimination and radicalisation early on."
            ),
            "fr": (
                "Une équipe de médiateurs interculturels employés par la commune aide les "
                "familles migrantes à accéder à l'école et aux services sociaux et de santé, et "
                "construit la confiance nécessaire pour aborder tôt des questions sensibles comme "
                "les discriminations et la radicalisation."
            ),
            "it": (
                "Un'équipe di mediatori interculturali assunti dal Comune aiuta le famiglie "
                "migranti ad accedere alla scuola e ai servizi sociali e sanitari, e costruisce "
                "la fiducia necessaria per affrontare per tempo temi delicati come le "
                "discriminazioni e la radicalizzazione."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The city has one of the highest shares of foreign residents in the country, "
                        "with families from dozens of nations. Many parents had little contact with "
                        "schools and services, which made it difficult to address conflicts early, "
                        "whether they concerned a teenager in crisis or tensions between neighbours."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "Since 2008 the municipality has employed a team of intercultural mediators "
                        "who speak the main community languages and accompany families to meetings "
                        "with schools, social services and health services. The mediators also lead "
                        "information meetings for parents and support neighbourhood projects that "
                        "bring together residents of different origins. Since 2015 they have received "
                        "additional training on radicalisation processes, both jihadist and "
                        "anti-migrant, and on when to involve social services."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "Services report that families accompanied by a mediator come back more "
                        "readily and talk more openly about family problems. The mediators' position "
                        "remains fragile: they depend on short-term funding and can find themselves "
                        "caught between families and institutions. Lessons learned: give mediators a "
                        "stable status and professional supervision, involve them in planning "
                        "services rather than only in translation, and take care not to turn them "
                        "into informants on radicalisation."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "La ville compte l'une des proportions de résidents étrangers les plus "
                        "élevées du pays, avec des familles venues de dizaines de pays. Beaucoup de "
                        "parents avaient peu de contacts avec l'école et les services, ce qui rendait "
                        "difficile le traitement précoce des conflits, qu'il s'agisse d'un adolescent "
                        "en crise ou de tensions entre voisins."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Depuis 2008, la commune emploie une équipe de médiateurs interculturels qui "
                        "parlent les principales langues des habitants et accompagnent les familles "
                        "lors de leurs rendez-vous avec l'école, les services sociaux et les services "
                        "de santé. Les médiateurs animent aussi des réunions d'information pour les "
                        "parents et soutiennent des projets de quartier qui rassemblent des habitants "
                        "de différentes origines. Depuis 2015, ils bénéficient d'une formation "
                        "complémentaire sur les processus de radicalisation, djihadiste comme "
                        "anti-migrants, et sur le moment opportun pour solliciter les services "
                        "sociaux."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Les services constatent que les familles accompagnées par un médiateur "
                        "reviennent plus facilement et parlent plus ouvertement de leurs difficultés. "
                        "La position des médiateurs reste fragile : ils dépendent de financements de "
                        "courte durée et peuvent se trouver pris entre les familles et les "
                        "institutions. Enseignements : donner aux médiateurs un statut stable et une "
                        "supervision professionnelle, les associer à la conception des services et "
                        "pas seulement à la traduction, et veiller à ne pas en faire des informateurs "
                        "sur la radicalisation."
                    ),
                ),
            ],
            "it": [
                (
                    "paragraph",
                    (
                        "Scheda dimostrativa: si tratta di una pratica fittizia, redatta a titolo "
                        "illustrativo per la rete dimostrativa, e non della descrizione di un "
                        "programma reale."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "La città ha una delle quote di residenti stranieri più alte del Paese, con "
                        "famiglie provenienti da decine di nazioni. Molti genitori avevano pochi "
                        "contatti con la scuola e i servizi, e questo rendeva difficile affrontare i "
                        "conflitti per tempo, che si trattasse di un adolescente in crisi o di "
                        "tensioni tra vicini."
                    ),
                ),
                ("heading", "Che cosa è stato fatto"),
                (
                    "paragraph",
                    (
                        "Dal 2008 il Comune impiega un'équipe di mediatori interculturali che parlano "
                        "le principali lingue delle comunità presenti e accompagnano le famiglie "
                        "negli incontri con la scuola, i servizi sociali e i servizi sanitari. I "
                        "mediatori conducono anche incontri informativi per i genitori e sostengono "
                        "progetti di quartiere che fanno incontrare residenti di diverse origini. Dal "
                        "2015 ricevono una formazione aggiuntiva sui processi di radicalizzazione, "
                        "sia jihadista sia anti-immigrati, e su quando coinvolgere i servizi sociali."
                    ),
                ),
                ("heading", "Risultati e insegnamenti"),
                (
                    "paragraph",
                    (
                        "I servizi riferiscono che le famiglie accompagnate da un mediatore tornano "
                        "più volentieri e parlano più apertamente dei loro problemi. La posizione dei "
                        "mediatori resta fragile: dipendono da finanziamenti a breve termine e "
                        "possono trovarsi stretti tra famiglie e istituzioni. Insegnamenti: garantire "
                        "ai mediatori un inquadramento stabile e una supervisione professionale, "
                        "coinvolgerli nella progettazione dei servizi e non solo nella traduzione, ed "
                        "evitare di trasformarli in informatori sulla radicalizzazione."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-21",
        "slug": "civic-interfaith-dialogue-table",
        "organisation": "reggio-emilia",
        "topics": ["multi-level-cooperation", "communication-counter-narrative"],
        "forms": ["jihadist", "extreme-right"],
        "target_groups": ["communities", "local-officials"],
        "approach": "strategy",
        "evidence": "inspiring",
        "year_started": 2012,
        "year_ended": 2016,
        "status": "completed",
        "contacts": ["expert-07", "expert-12"],
        "members_only": False,
        "title": {
            "en": "A civic and interfaith dialogue table",
            "fr": "Une table de dialogue civique et interreligieux",
            "it": "Un tavolo di dialogo civico e interreligioso",
        },
        "summary": {
            "en": (
                "The municipality convened a permanent table of faith communities, migrant "
                "associations, schools and public authorities to build shared responses to "
                "tensions, hate incidents and fears about radicalisation."
            ),
            "fr": (
                "La commune a réuni une table permanente rassemblant communautés religieuses, "
                "associations de migrants, écoles et pouvoirs publics afin de construire des "
                "réponses communes aux tensions, aux actes de haine et aux craintes liées à la "
                "radicalisation."
            ),
            "it": (
                "Il Comune ha convocato un tavolo permanente di comunità religiose, associazioni "
                "di migranti, scuole e istituzioni pubbliche per costruire risposte condivise "
                "alle tensioni, agli episodi d'odio e ai timori legati alla radicalizzazione."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "National debates on terrorism and migration were creating tension locally: "
                        "graffiti against a prayer room, rumours after every attack abroad, and a "
                        "feeling among Muslim residents that they were constantly asked to justify "
                        "themselves. At the same time, the municipality had no regular channel for "
                        "dialogue with the faith communities as a whole."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The municipality set up a dialogue table meeting every two months, with "
                        "representatives of Catholic, Protestant, Orthodox, Muslim, Sikh and other "
                        "communities, migrant associations, head teachers, the prefecture and the "
                        "municipal police. The table adopted a joint declaration against violence and "
                        "hate, organised joint public statements after attacks, and held an annual "
                        "open day in places of worship. A small working group prepared joint training "
                        "for religious leaders on youth work and on reporting hate crimes."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "The table made it possible to react quickly and together after attacks in "
                        "Europe, and helped to calm tensions after an act of vandalism against a "
                        "place of worship. Participation relied heavily on a few committed "
                        "individuals, and young people from the communities were under-represented. "
                        "Lessons learned: give the table a clear mandate and a secretariat, involve "
                        "young people and women directly, and do not limit the agenda to security, so "
                        "that communities do not feel they are seen only as a risk."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Les débats nationaux sur le terrorisme et l'immigration créaient des "
                        "tensions à l'échelle locale : tags contre une salle de prière, rumeurs après "
                        "chaque attentat à l'étranger, et sentiment parmi les habitants musulmans "
                        "d'être sans cesse sommés de se justifier. Dans le même temps, la commune ne "
                        "disposait d'aucun canal régulier pour dialoguer avec l'ensemble des "
                        "communautés religieuses."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "La commune a créé une table de dialogue qui se réunit tous les deux mois, "
                        "avec des représentants des communautés catholique, protestante, orthodoxe, "
                        "musulmane, sikhe et d'autres encore, des associations de migrants, des chefs "
                        "d'établissement, la préfecture et la police municipale. La table a adopté "
                        "une déclaration commune contre la violence et la haine, organisé des prises "
                        "de parole communes après les attentats et mis en place chaque année une "
                        "journée portes ouvertes dans les lieux de culte. Un petit groupe de travail "
                        "a préparé une formation commune pour les responsables religieux sur le "
                        "travail avec les jeunes et le signalement des crimes de haine."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "La table a permis de réagir rapidement et ensemble après les attentats en "
                        "Europe, et a contribué à apaiser les tensions après un acte de vandalisme "
                        "contre un lieu de culte. La participation reposait largement sur quelques "
                        "personnes très engagées, et les jeunes des communautés étaient "
                        "sous-représentés. Enseignements : donner à la table un mandat clair et un "
                        "secrétariat, associer directement les jeunes et les femmes, et ne pas "
                        "limiter l'ordre du jour à la sécurité, afin que les communautés ne se "
                        "sentent pas perçues uniquement comme un risque."
                    ),
                ),
            ],
            "it": [
                (
                    "paragraph",
                    (
                        "Scheda dimostrativa: si tratta di una pratica fittizia, redatta a titolo "
                        "illustrativo per la rete dimostrativa, e non della descrizione di un "
                        "programma reale."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Il dibattito nazionale su terrorismo e immigrazione generava tensioni anche "
                        "a livello locale: scritte contro una sala di preghiera, voci incontrollate "
                        "dopo ogni attentato all'estero e la sensazione, tra i residenti musulmani, "
                        "di doversi continuamente giustificare. Al tempo stesso il Comune non aveva "
                        "un canale stabile per dialogare con l'insieme delle comunità religiose."
                    ),
                ),
                ("heading", "Che cosa è stato fatto"),
                (
                    "paragraph",
                    (
                        "Il Comune ha istituito un tavolo di dialogo che si riunisce ogni due mesi, "
                        "con rappresentanti delle comunità cattolica, protestante, ortodossa, "
                        "musulmana, sikh e di altre confessioni, associazioni di migranti, dirigenti "
                        "scolastici, la prefettura e la polizia municipale. Il tavolo ha adottato una "
                        "dichiarazione comune contro la violenza e l'odio, ha organizzato prese di "
                        "posizione congiunte dopo gli attentati e promosso ogni anno una giornata a "
                        "porte aperte nei luoghi di culto. Un piccolo gruppo di lavoro ha preparato "
                        "una formazione comune per i responsabili religiosi sul lavoro con i giovani "
                        "e sulla segnalazione dei reati d'odio."
                    ),
                ),
                ("heading", "Risultati e insegnamenti"),
                (
                    "paragraph",
                    (
                        "Il tavolo ha permesso di reagire in modo rapido e condiviso dopo gli "
                        "attentati in Europa e ha contribuito a calmare le tensioni dopo un atto "
                        "vandalico contro un luogo di culto. La partecipazione dipendeva molto da "
                        "poche persone fortemente impegnate, e i giovani delle comunità erano "
                        "sottorappresentati. Insegnamenti: dare al tavolo un mandato chiaro e una "
                        "segreteria, coinvolgere direttamente giovani e donne e non limitare l'agenda "
                        "alla sicurezza, perché le comunità non si sentano considerate solo come un "
                        "rischio."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-22",
        "slug": "radicalisation-prevention-unit",
        "organisation": "vilvoorde",
        "topics": ["local-strategy", "detection-referral"],
        "forms": ["jihadist"],
        "target_groups": ["local-officials", "families", "communities"],
        "approach": "strategy",
        "evidence": "peer_reviewed",
        "year_started": 2013,
        "year_ended": None,
        "status": "active",
        "contacts": ["expert-08", "expert-12"],
        "members_only": False,
        "title": {
            "en": "A dedicated prevention unit within the city administration",
            "fr": "Une cellule de prévention dédiée au sein de l'administration communale",
            "de": "Eine eigene Präventionsstelle in der Stadtverwaltung",
            "it": "Un'unità di prevenzione dedicata all'interno dell'amministrazione comunale",
            "es": "Una unidad de prevención propia dentro de la administración municipal",
        },
        "summary": {
            "en": (
                "After a number of young residents left for Syria, the city created a small unit "
                "that coordinates prevention, individual support and work with families, schools "
                "and communities under a single local strategy."
            ),
            "fr": (
                "Après le départ de plusieurs jeunes habitants vers la Syrie, la ville a créé une "
                "petite cellule chargée de coordonner la prévention, l'accompagnement individuel "
                "et le travail avec les familles, les écoles et les communautés dans le cadre "
                "d'une stratégie locale unique."
            ),
            "de": (
                "Nachdem mehrere junge Einwohner nach Syrien ausgereist waren, schuf die Stadt "
                "eine kleine Stelle, die Prävention, Einzelfallbegleitung sowie die Arbeit mit "
                "Familien, Schulen und Communities im Rahmen einer gemeinsamen lokalen Strategie "
                "koordiniert."
            ),
            "it": (
                "Dopo la partenza di diversi giovani residenti per la Siria, la città ha creato "
                "una piccola unità che coordina prevenzione, accompagnamento individuale e lavoro "
                "con famiglie, scuole e comunità nell'ambito di un'unica strategia locale."
            ),
            "es": (
                "Tras la partida de varios jóvenes vecinos hacia Siria, la ciudad creó una "
                "pequeña unidad que coordina la prevención, el acompañamiento individual y el "
                "trabajo con familias, centros educativos y comunidades dentro de una única "
                "estrategia local."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "In 2013 the city, a medium-sized municipality near Brussels, was confronted "
                        "with the departure of young residents to Syria. Families were in shock, "
                        "schools and youth workers were unsure how to react, and the local "
                        "authorities felt they had been left alone with a problem usually treated as "
                        "a matter of national security."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The mayor set up a prevention unit of a few staff within the city "
                        "administration, reporting directly to the city's senior management. The unit "
                        "drew up a local strategy with four strands: individual support for young "
                        "people and families, training for frontline staff, investment in youth work "
                        "and employment, and dialogue with communities. It coordinates a monthly case "
                        "meeting with the local police and social services, employs youth coaches in "
                        "the neighbourhoods, and represents the city in discussions with the regional "
                        "and federal authorities."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "The approach was examined in a European peer review, which highlighted the "
                        "political leadership, the combination of social and security measures and "
                        "the focus on families; the reviewers also pointed to the risk of depending "
                        "on a single person. Lessons learned: make prevention a visible priority of "
                        "the city's leadership, invest in mainstream youth services and not only in "
                        "specialised measures, and secure the unit's funding beyond the first wave of "
                        "attention."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "En 2013, la ville, une commune de taille moyenne proche de Bruxelles, a été "
                        "confrontée au départ de jeunes habitants vers la Syrie. Les familles étaient "
                        "sous le choc, les écoles et les travailleurs de jeunesse ne savaient pas "
                        "comment réagir, et les autorités locales avaient le sentiment d'être "
                        "laissées seules face à un problème habituellement traité comme une question "
                        "de sécurité nationale."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Le bourgmestre a mis en place une cellule de prévention de quelques "
                        "personnes au sein de l'administration communale, rattachée directement à la "
                        "direction de la ville. La cellule a élaboré une stratégie locale en quatre "
                        "volets : accompagnement individuel des jeunes et des familles, formation des "
                        "professionnels de terrain, investissement dans le travail de jeunesse et "
                        "l'emploi, et dialogue avec les communautés. Elle coordonne une réunion "
                        "mensuelle de suivi des situations avec la police locale et les services "
                        "sociaux, emploie des coachs jeunesse dans les quartiers et représente la "
                        "ville dans les échanges avec les autorités régionales et fédérales."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "La démarche a fait l'objet d'une revue par les pairs au niveau européen, qui "
                        "a souligné l'engagement politique, la combinaison de mesures sociales et "
                        "sécuritaires et l'attention portée aux familles ; les évaluateurs ont aussi "
                        "relevé le risque de dépendre d'une seule personne. Enseignements : faire de "
                        "la prévention une priorité visible de la direction de la ville, investir "
                        "dans les services de jeunesse ordinaires et pas seulement dans des mesures "
                        "spécialisées, et garantir le financement de la cellule au-delà de la "
                        "première vague d'attention."
                    ),
                ),
            ],
            "de": [
                (
                    "paragraph",
                    (
                        "Demo-Eintrag: Es handelt sich um ein fiktives Praxisbeispiel, das zur "
                        "Veranschaulichung für das Demonstrationsnetzwerk verfasst wurde, und nicht "
                        "um die Beschreibung eines realen Programms."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Im Jahr 2013 war die Stadt, eine mittelgroße Kommune in der Nähe von "
                        "Brüssel, mit der Ausreise junger Einwohnerinnen und Einwohner nach Syrien "
                        "konfrontiert. Die Familien standen unter Schock, Schulen und Jugendarbeit "
                        "wussten nicht, wie sie reagieren sollten, und die Kommune fühlte sich mit "
                        "einem Problem allein gelassen, das sonst als Frage der nationalen Sicherheit "
                        "behandelt wurde."
                    ),
                ),
                ("heading", "Umsetzung"),
                (
                    "paragraph",
                    (
                        "Der Bürgermeister richtete in der Stadtverwaltung eine Präventionsstelle mit "
                        "wenigen Mitarbeitenden ein, die direkt der Verwaltungsspitze unterstellt "
                        "ist. Die Stelle erarbeitete eine lokale Strategie mit vier Säulen: "
                        "Einzelfallbegleitung junger Menschen und ihrer Familien, Fortbildung der "
                        "Fachkräfte vor Ort, Investitionen in Jugendarbeit und Beschäftigung sowie "
                        "Dialog mit den Communities. Sie koordiniert eine monatliche Fallbesprechung "
                        "mit der örtlichen Polizei und den Sozialdiensten, beschäftigt Jugendcoaches "
                        "in den Stadtteilen und vertritt die Stadt gegenüber regionalen und föderalen "
                        "Behörden."
                    ),
                ),
                ("heading", "Ergebnisse und Erkenntnisse"),
                (
                    "paragraph",
                    (
                        "Der Ansatz wurde in einem europäischen Peer-Review untersucht, das die "
                        "politische Führung, die Verbindung sozialer und sicherheitsbezogener "
                        "Maßnahmen und den Fokus auf Familien hervorhob; zugleich wiesen die "
                        "Gutachtenden auf das Risiko hin, von einer einzelnen Person abzuhängen. "
                        "Erkenntnisse: Prävention zu einer sichtbaren Priorität der Stadtspitze "
                        "machen, in die Regelangebote der Jugendarbeit investieren statt nur in "
                        "spezialisierte Maßnahmen und die Finanzierung der Stelle über die erste "
                        "Welle der Aufmerksamkeit hinaus sichern."
                    ),
                ),
            ],
            "it": [
                (
                    "paragraph",
                    (
                        "Scheda dimostrativa: si tratta di una pratica fittizia, redatta a titolo "
                        "illustrativo per la rete dimostrativa, e non della descrizione di un "
                        "programma reale."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Nel 2013 la città, un comune di medie dimensioni vicino a Bruxelles, si è "
                        "trovata di fronte alla partenza di giovani residenti per la Siria. Le "
                        "famiglie erano sotto shock, le scuole e gli operatori giovanili non sapevano "
                        "come reagire, e le autorità locali avevano la sensazione di essere state "
                        "lasciate sole davanti a un problema di solito trattato come una questione di "
                        "sicurezza nazionale."
                    ),
                ),
                ("heading", "Che cosa è stato fatto"),
                (
                    "paragraph",
                    (
                        "Il sindaco ha istituito all'interno dell'amministrazione comunale un'unità "
                        "di prevenzione composta da poche persone, che risponde direttamente alla "
                        "direzione generale del Comune. L'unità ha elaborato una strategia locale "
                        "articolata in quattro assi: accompagnamento individuale di giovani e "
                        "famiglie, formazione degli operatori di prima linea, investimenti nel lavoro "
                        "giovanile e nell'occupazione, dialogo con le comunità. Coordina una riunione "
                        "mensile sui casi con la polizia locale e i servizi sociali, impiega coach "
                        "giovanili nei quartieri e rappresenta la città nel confronto con le autorità "
                        "regionali e federali."
                    ),
                ),
                ("heading", "Risultati e insegnamenti"),
                (
                    "paragraph",
                    (
                        "L'approccio è stato esaminato in una revisione tra pari a livello europeo, "
                        "che ne ha sottolineato la leadership politica, la combinazione di misure "
                        "sociali e di sicurezza e l'attenzione alle famiglie; i revisori hanno anche "
                        "segnalato il rischio di dipendere da una sola persona. Insegnamenti: fare "
                        "della prevenzione una priorità visibile dei vertici comunali, investire nei "
                        "servizi ordinari per i giovani e non solo in misure specialistiche, e "
                        "garantire il finanziamento dell'unità oltre la prima ondata di attenzione."
                    ),
                ),
            ],
            "es": [
                (
                    "paragraph",
                    (
                        "Ficha de demostración: se trata de una práctica ficticia, redactada a título "
                        "ilustrativo para la red de demostración, y no de la descripción de un "
                        "programa real."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "En 2013, la ciudad, un municipio de tamaño medio cercano a Bruselas, se "
                        "enfrentó a la partida de jóvenes vecinos hacia Siria. Las familias estaban "
                        "conmocionadas, los centros educativos y los profesionales de juventud no "
                        "sabían cómo reaccionar, y las autoridades locales sentían que se las había "
                        "dejado solas ante un problema que normalmente se trataba como una cuestión "
                        "de seguridad nacional."
                    ),
                ),
                ("heading", "Qué se hizo"),
                (
                    "paragraph",
                    (
                        "El alcalde creó dentro de la administración municipal una unidad de "
                        "prevención de pocas personas, dependiente directamente de la dirección del "
                        "Ayuntamiento. La unidad elaboró una estrategia local con cuatro ejes: "
                        "acompañamiento individual de jóvenes y familias, formación de los "
                        "profesionales de primera línea, inversión en el trabajo con jóvenes y en el "
                        "empleo, y diálogo con las comunidades. Coordina una reunión mensual de casos "
                        "con la policía local y los servicios sociales, cuenta con dinamizadores "
                        "juveniles en los barrios y representa a la ciudad ante las autoridades "
                        "regionales y federales."
                    ),
                ),
                ("heading", "Resultados y lecciones aprendidas"),
                (
                    "paragraph",
                    (
                        "El enfoque fue examinado en una revisión por pares a escala europea, que "
                        "destacó el liderazgo político, la combinación de medidas sociales y de "
                        "seguridad y la atención a las familias; los revisores señalaron también el "
                        "riesgo de depender de una sola persona. Lecciones aprendidas: convertir la "
                        "prevención en una prioridad visible del equipo de gobierno, invertir en los "
                        "servicios ordinarios de juventud y no solo en medidas especializadas, y "
                        "asegurar la financiación de la unidad más allá de la primera oleada de "
                        "atención."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-23",
        "slug": "peer-mentoring-young-people",
        "organisation": "vilvoorde",
        "topics": ["deradicalisation-disengagement"],
        "forms": ["jihadist"],
        "target_groups": ["young-people"],
        "approach": "intervention",
        "evidence": "evaluated",
        "year_started": 2014,
        "year_ended": 2016,
        "status": "completed",
        "contacts": ["expert-08"],
        "members_only": False,
        "title": {
            "en": "Peer mentoring for young people at risk",
            "fr": "Un mentorat par les pairs pour les jeunes en difficulté",
        },
        "summary": {
            "en": (
                "Young adults from the neighbourhoods, trained and supervised by the city, acted "
                "as mentors for teenagers who were isolated, in conflict with school or attracted "
                "by extremist circles."
            ),
            "fr": (
                "Des jeunes adultes des quartiers, formés et encadrés par la ville, ont servi de "
                "mentors à des adolescents isolés, en conflit avec l'école ou attirés par des "
                "milieux extrémistes."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Many of the young people who had left for Syria had been isolated, had "
                        "dropped out of school and had few positive role models. Professionals found "
                        "it hard to reach teenagers who mistrusted institutions, whereas older "
                        "siblings and young adults from the same streets were often listened to."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The city recruited young adults aged 20 to 30, many of them with a migrant "
                        "background and some with their own experience of difficult years, and "
                        "trained them over ten sessions in listening, conflict management and "
                        "knowledge of local services. Each mentor followed two or three teenagers, "
                        "referred by schools, youth workers or parents, for one school year, meeting "
                        "them weekly for activities, homework or simply conversation. Mentors met a "
                        "professional supervisor every two weeks."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "An evaluation by a university college found better school attendance and "
                        "self-esteem among most mentees, and showed that the mentors themselves "
                        "gained skills and confidence, several of them going on to study social work. "
                        "Some pairings failed when mentor and mentee did not get along. Lessons "
                        "learned: select and supervise mentors carefully, keep the link with parents, "
                        "and give mentors a recognised status or certificate."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Beaucoup des jeunes partis en Syrie étaient isolés, avaient décroché de "
                        "l'école et disposaient de peu de modèles positifs. Les professionnels "
                        "avaient du mal à atteindre des adolescents méfiants envers les institutions, "
                        "alors que les aînés et les jeunes adultes des mêmes rues étaient souvent "
                        "écoutés."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "La ville a recruté des jeunes adultes de 20 à 30 ans, pour beaucoup issus de "
                        "l'immigration et pour certains ayant eux-mêmes traversé des années "
                        "difficiles, et les a formés en dix séances à l'écoute, à la gestion des "
                        "conflits et à la connaissance des services locaux. Chaque mentor a suivi "
                        "deux ou trois adolescents, orientés par l'école, les travailleurs de "
                        "jeunesse ou les parents, pendant une année scolaire, en les rencontrant "
                        "chaque semaine pour des activités, des devoirs ou simplement pour discuter. "
                        "Les mentors rencontraient un superviseur professionnel toutes les deux "
                        "semaines."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Une évaluation menée par une haute école a relevé une meilleure assiduité "
                        "scolaire et une meilleure estime de soi chez la plupart des jeunes "
                        "accompagnés, ainsi qu'un gain de compétences et de confiance chez les "
                        "mentors eux-mêmes, dont plusieurs se sont ensuite orientés vers des études "
                        "de travail social. Certains binômes ont échoué faute d'entente entre le "
                        "mentor et le jeune. Enseignements : sélectionner et encadrer les mentors "
                        "avec soin, maintenir le lien avec les parents, et offrir aux mentors un "
                        "statut ou un certificat reconnu."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-24",
        "slug": "support-families-of-departed-young-people",
        "organisation": "vilvoorde",
        "topics": ["family-support"],
        "forms": ["jihadist"],
        "target_groups": ["families"],
        "approach": "intervention",
        "evidence": "inspiring",
        "year_started": 2014,
        "year_ended": None,
        "status": "active",
        "contacts": ["expert-08"],
        "members_only": False,
        "title": {
            "en": "Support for parents and siblings of young people who left for Syria",
            "fr": "Un soutien aux parents et aux frères et sœurs des jeunes partis en Syrie",
        },
        "summary": {
            "en": (
                "A family support worker and a self-help group offer parents and siblings of "
                "young people who left for conflict zones practical help, emotional support and a "
                "place to share their experience."
            ),
            "fr": (
                "Une accompagnatrice familiale et un groupe d'entraide offrent aux parents et aux "
                "frères et sœurs de jeunes partis en zone de conflit une aide pratique, un "
                "soutien moral et un lieu pour partager leur expérience."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Families whose children had left for Syria faced grief, guilt, stigma in "
                        "their neighbourhood and intrusive media attention, as well as police "
                        "investigations. Younger siblings were at risk of being approached by the "
                        "same recruiters or of being singled out at school."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "The city appointed a family support worker who contacts each family, helps "
                        "with administrative and legal questions, and puts them in touch with "
                        "psychological care. Together with several mothers, she set up a self-help "
                        "group that meets monthly; some parents have since spoken about their "
                        "experience in schools and at public events. Particular attention is paid to "
                        "younger siblings, in cooperation with their schools."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "Families describe the support as a lifeline at a time when they felt "
                        "abandoned and under suspicion. Some parents have become valuable partners in "
                        "prevention, but speaking in public has also exposed them to hostility. "
                        "Lessons learned: contact families early and without judgement, respect their "
                        "pace and their choices about speaking publicly, and include siblings in the "
                        "support from the outset."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Les familles dont un enfant était parti en Syrie vivaient à la fois le "
                        "deuil, la culpabilité, la stigmatisation dans leur quartier et une attention "
                        "médiatique intrusive, en plus des enquêtes de police. Les frères et sœurs "
                        "plus jeunes risquaient d'être approchés par les mêmes recruteurs ou d'être "
                        "montrés du doigt à l'école."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "La ville a désigné une accompagnatrice familiale qui prend contact avec "
                        "chaque famille, l'aide dans ses démarches administratives et juridiques et "
                        "l'oriente vers une prise en charge psychologique. Avec plusieurs mères, elle "
                        "a créé un groupe d'entraide qui se réunit chaque mois ; certains parents ont "
                        "depuis témoigné dans des écoles et lors de rencontres publiques. Une "
                        "attention particulière est portée aux frères et sœurs plus jeunes, en "
                        "coopération avec leurs écoles."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Les familles décrivent ce soutien comme une bouée de sauvetage à un moment "
                        "où elles se sentaient abandonnées et soupçonnées. Certains parents sont "
                        "devenus des partenaires précieux de la prévention, mais la prise de parole "
                        "publique les a aussi exposés à des réactions hostiles. Enseignements : "
                        "contacter les familles tôt et sans jugement, respecter leur rythme et leurs "
                        "choix quant à la prise de parole publique, et inclure les frères et sœurs "
                        "dans l'accompagnement dès le départ."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-25",
        "slug": "counter-narrative-video-workshops",
        "organisation": "isd",
        "topics": ["communication-counter-narrative", "online-radicalisation"],
        "forms": ["extreme-right", "jihadist"],
        "target_groups": ["young-people", "youth-social-workers"],
        "approach": "prevention",
        "evidence": "peer_reviewed",
        "year_started": 2015,
        "year_ended": 2016,
        "status": "completed",
        "contacts": ["expert-09", "expert-12"],
        "members_only": False,
        "title": {
            "en": "Counter-narrative video workshops with young people",
            "fr": "Des ateliers vidéo de contre-discours avec des jeunes",
            "de": "Videoworkshops zu Gegenerzählungen mit Jugendlichen",
            "it": "Laboratori video di contronarrazione con i giovani",
            "es": "Talleres de vídeo de contranarrativa con jóvenes",
        },
        "summary": {
            "en": (
                "In several partner cities, young people worked with youth workers and media "
                "professionals to produce short videos answering extremist propaganda, and tested "
                "how to spread them on social networks."
            ),
            "fr": (
                "Dans plusieurs villes partenaires, des jeunes ont travaillé avec des animateurs "
                "et des professionnels des médias pour produire de courtes vidéos répondant à la "
                "propagande extrémiste, et ont expérimenté leur diffusion sur les réseaux "
                "sociaux."
            ),
            "de": (
                "In mehreren Partnerstädten erarbeiteten Jugendliche gemeinsam mit Fachkräften "
                "der Jugendarbeit und Medienprofis kurze Videos als Antwort auf extremistische "
                "Propaganda und erprobten deren Verbreitung in sozialen Netzwerken."
            ),
            "it": (
                "In diverse città partner, gruppi di giovani hanno lavorato con educatori e "
                "professionisti dei media per realizzare brevi video in risposta alla propaganda "
                "estremista, sperimentandone la diffusione sui social network."
            ),
            "es": (
                "En varias ciudades socias, grupos de jóvenes trabajaron con educadores y "
                "profesionales de los medios para producir vídeos cortos que responden a la "
                "propaganda extremista, y probaron cómo difundirlos en las redes sociales."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Extremist groups of all kinds were producing slick videos aimed at "
                        "teenagers, while government responses often failed to reach young audiences "
                        "or lacked credibility. Youth workers wanted to help young people voice their "
                        "own answers rather than pass on official messages."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "A think tank specialising in extremism designed a three-day workshop format, "
                        "run in several partner cities with the local youth services. Groups of young "
                        "people analysed real propaganda, identified the emotions and grievances it "
                        "exploited, and then scripted, filmed and edited short videos with the help "
                        "of media professionals. The best videos were promoted on social networks "
                        "with a small advertising budget, and the reactions were monitored and "
                        "discussed with the participants."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "An independent review, discussed with practitioners and researchers at a "
                        "European peer exchange, found that the workshops strengthened participants' "
                        "critical thinking and self-confidence, while the reach of the videos beyond "
                        "the participants' own networks was modest. Lessons learned: the process "
                        "matters more than the product, campaigns need a distribution plan and budget "
                        "from the start, and youth workers must be prepared to handle abusive "
                        "reactions online."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Des groupes extrémistes de toutes tendances produisaient des vidéos soignées "
                        "destinées aux adolescents, tandis que les réponses des pouvoirs publics "
                        "peinaient souvent à toucher les jeunes ou manquaient de crédibilité. Les "
                        "animateurs souhaitaient aider les jeunes à exprimer leurs propres réponses "
                        "plutôt que de relayer des messages officiels."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Un groupe de réflexion spécialisé dans l'extrémisme a conçu un format "
                        "d'atelier de trois jours, mis en œuvre dans plusieurs villes partenaires "
                        "avec les services jeunesse locaux. Des groupes de jeunes ont analysé de "
                        "véritables contenus de propagande, identifié les émotions et les griefs "
                        "qu'ils exploitaient, puis écrit, tourné et monté de courtes vidéos avec "
                        "l'aide de professionnels des médias. Les meilleures vidéos ont été promues "
                        "sur les réseaux sociaux grâce à un petit budget publicitaire, et les "
                        "réactions ont été suivies et discutées avec les participants."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Une revue indépendante, discutée avec des praticiens et des chercheurs lors "
                        "d'un échange européen entre pairs, a montré que les ateliers renforçaient "
                        "l'esprit critique et la confiance en soi des participants, tandis que la "
                        "portée des vidéos au-delà de leurs propres réseaux restait modeste. "
                        "Enseignements : la démarche compte davantage que le produit, une campagne a "
                        "besoin dès le départ d'un plan et d'un budget de diffusion, et les "
                        "animateurs doivent être prêts à gérer les réactions injurieuses en ligne."
                    ),
                ),
            ],
            "de": [
                (
                    "paragraph",
                    (
                        "Demo-Eintrag: Es handelt sich um ein fiktives Praxisbeispiel, das zur "
                        "Veranschaulichung für das Demonstrationsnetzwerk verfasst wurde, und nicht "
                        "um die Beschreibung eines realen Programms."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Extremistische Gruppen aller Richtungen produzierten professionell gemachte "
                        "Videos für Jugendliche, während staatliche Antworten junge Menschen häufig "
                        "nicht erreichten oder wenig glaubwürdig wirkten. Die Fachkräfte der "
                        "Jugendarbeit wollten Jugendlichen helfen, eigene Antworten zu formulieren, "
                        "statt offizielle Botschaften weiterzugeben."
                    ),
                ),
                ("heading", "Umsetzung"),
                (
                    "paragraph",
                    (
                        "Eine auf Extremismus spezialisierte Denkfabrik entwickelte ein dreitägiges "
                        "Workshopformat, das in mehreren Partnerstädten mit den örtlichen "
                        "Jugenddiensten umgesetzt wurde. Gruppen von Jugendlichen analysierten echte "
                        "Propaganda, benannten die Gefühle und Kränkungen, an die sie anknüpft, und "
                        "schrieben, drehten und schnitten anschließend mit Unterstützung von "
                        "Medienprofis kurze Videos. Die besten Videos wurden mit einem kleinen "
                        "Werbebudget in sozialen Netzwerken beworben; die Reaktionen wurden "
                        "beobachtet und mit den Teilnehmenden besprochen."
                    ),
                ),
                ("heading", "Ergebnisse und Erkenntnisse"),
                (
                    "paragraph",
                    (
                        "Eine unabhängige Begutachtung, die bei einem europäischen Peer-Austausch mit "
                        "Fachleuten aus Praxis und Forschung diskutiert wurde, ergab, dass die "
                        "Workshops die Kritikfähigkeit und das Selbstvertrauen der Teilnehmenden "
                        "stärkten, die Reichweite der Videos über deren eigene Netzwerke hinaus "
                        "jedoch gering blieb. Erkenntnisse: Der Prozess ist wichtiger als das "
                        "Produkt, Kampagnen brauchen von Anfang an einen Verbreitungsplan und ein "
                        "Budget, und die Fachkräfte müssen auf beleidigende Reaktionen im Netz "
                        "vorbereitet sein."
                    ),
                ),
            ],
            "it": [
                (
                    "paragraph",
                    (
                        "Scheda dimostrativa: si tratta di una pratica fittizia, redatta a titolo "
                        "illustrativo per la rete dimostrativa, e non della descrizione di un "
                        "programma reale."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Gruppi estremisti di ogni orientamento producevano video molto curati "
                        "rivolti agli adolescenti, mentre le risposte delle istituzioni spesso non "
                        "raggiungevano i giovani o risultavano poco credibili. Gli educatori volevano "
                        "aiutare i ragazzi a esprimere le proprie risposte invece di veicolare "
                        "messaggi ufficiali."
                    ),
                ),
                ("heading", "Che cosa è stato fatto"),
                (
                    "paragraph",
                    (
                        "Un think tank specializzato in estremismo ha ideato un formato di "
                        "laboratorio di tre giorni, realizzato in diverse città partner con i servizi "
                        "giovanili locali. Gruppi di giovani hanno analizzato materiale di propaganda "
                        "reale, individuato le emozioni e i risentimenti su cui fa leva, e poi "
                        "scritto, girato e montato brevi video con l'aiuto di professionisti dei "
                        "media. I video migliori sono stati promossi sui social network con un "
                        "piccolo budget pubblicitario, e le reazioni sono state monitorate e discusse "
                        "con i partecipanti."
                    ),
                ),
                ("heading", "Risultati e insegnamenti"),
                (
                    "paragraph",
                    (
                        "Una revisione indipendente, discussa con operatori e ricercatori in uno "
                        "scambio tra pari a livello europeo, ha rilevato che i laboratori hanno "
                        "rafforzato il senso critico e la fiducia in sé dei partecipanti, mentre la "
                        "diffusione dei video al di fuori delle loro reti è rimasta limitata. "
                        "Insegnamenti: il processo conta più del prodotto, una campagna ha bisogno "
                        "fin dall'inizio di un piano e di un budget di diffusione, e gli educatori "
                        "devono essere pronti a gestire reazioni offensive online."
                    ),
                ),
            ],
            "es": [
                (
                    "paragraph",
                    (
                        "Ficha de demostración: se trata de una práctica ficticia, redactada a título "
                        "ilustrativo para la red de demostración, y no de la descripción de un "
                        "programa real."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Grupos extremistas de todo signo producían vídeos muy cuidados dirigidos a "
                        "adolescentes, mientras que las respuestas institucionales a menudo no "
                        "llegaban a los jóvenes o carecían de credibilidad. Los educadores querían "
                        "ayudar a los jóvenes a expresar sus propias respuestas en lugar de "
                        "transmitir mensajes oficiales."
                    ),
                ),
                ("heading", "Qué se hizo"),
                (
                    "paragraph",
                    (
                        "Un centro de estudios especializado en extremismo diseñó un formato de "
                        "taller de tres días, aplicado en varias ciudades socias con los servicios de "
                        "juventud locales. Grupos de jóvenes analizaron propaganda real, "
                        "identificaron las emociones y los agravios que explotaba y, a continuación, "
                        "escribieron, grabaron y montaron vídeos cortos con la ayuda de profesionales "
                        "de los medios. Los mejores vídeos se promocionaron en las redes sociales con "
                        "un pequeño presupuesto publicitario, y las reacciones se siguieron y se "
                        "comentaron con los participantes."
                    ),
                ),
                ("heading", "Resultados y lecciones aprendidas"),
                (
                    "paragraph",
                    (
                        "Una revisión independiente, debatida con profesionales e investigadores en "
                        "un intercambio europeo entre pares, constató que los talleres reforzaron el "
                        "espíritu crítico y la confianza de los participantes, aunque el alcance de "
                        "los vídeos más allá de sus propias redes fue modesto. Lecciones aprendidas: "
                        "el proceso importa más que el producto, las campañas necesitan desde el "
                        "principio un plan y un presupuesto de difusión, y los educadores deben estar "
                        "preparados para gestionar reacciones ofensivas en internet."
                    ),
                ),
            ],
        },
    },
    {
        "key": "practice-26",
        "slug": "school-workshops-islam-democracy",
        "organisation": "ufuq",
        "topics": ["school-resilience", "awareness-field-workers"],
        "forms": ["jihadist"],
        "target_groups": ["young-people", "teachers-schools"],
        "approach": "prevention",
        "evidence": "evaluated",
        "year_started": 2010,
        "year_ended": None,
        "status": "active",
        "contacts": ["expert-10"],
        "members_only": False,
        "title": {
            "en": "Workshops in schools on Islam, Islamism and democracy",
            "fr": "Des ateliers en milieu scolaire sur l'islam, l'islamisme et la démocratie",
            "de": "Workshops an Schulen zu Islam, Islamismus und Demokratie",
        },
        "summary": {
            "en": (
                "Young facilitators from Muslim and non-Muslim backgrounds run classroom "
                "workshops in which pupils discuss religion, identity, discrimination and "
                "democracy, strengthening their resistance to Islamist propaganda; teachers "
                "receive accompanying training."
            ),
            "fr": (
                "De jeunes animateurs, musulmans ou non, mènent en classe des ateliers où les "
                "élèves discutent de religion, d'identité, de discriminations et de démocratie, "
                "ce qui renforce leur capacité à résister à la propagande islamiste ; les "
                "enseignants bénéficient d'une formation associée."
            ),
            "de": (
                "Junge Teamerinnen und Teamer mit und ohne muslimischen Hintergrund führen "
                "Workshops in Schulklassen durch, in denen Jugendliche über Religion, Identität, "
                "Diskriminierung und Demokratie sprechen und so ihre Widerstandsfähigkeit "
                "gegenüber islamistischer Propaganda stärken; Lehrkräfte erhalten begleitende "
                "Fortbildungen."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "Demo entry: this is an illustrative practice written for the demonstration "
                        "network, not a description of a real programme."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Islamist propaganda targets young Muslims with messages about belonging, "
                        "injustice and a supposedly authentic religion. Many pupils had questions "
                        "about faith and identity that they felt unable to raise at school, where "
                        "Islam was mostly discussed in connection with terrorism."
                    ),
                ),
                ("heading", "What was done"),
                (
                    "paragraph",
                    (
                        "A civil-society association working on Islam and education trained young "
                        "facilitators with university backgrounds in Islamic studies, social sciences "
                        "or education. Working in pairs, they run workshops of one or two double "
                        "lessons in secondary schools, using short films and exercises on questions "
                        "such as 'What does it mean to be a good Muslim?', gender roles, experiences "
                        "of discrimination and living together in a democracy. The workshops are "
                        "aimed at whole classes, not only at Muslim pupils, and teachers attend "
                        "separate training sessions on the same themes."
                    ),
                ),
                ("heading", "Results and lessons learned"),
                (
                    "paragraph",
                    (
                        "An evaluation found that pupils valued discussing questions they rarely "
                        "raised elsewhere and saw facilitators close to their own age as credible. "
                        "Schools often requested workshops only after an incident, although they work "
                        "best as part of regular teaching. Lessons learned: talk with pupils about "
                        "religion without treating them as suspects, involve teachers so that the "
                        "conversation continues after the workshop, and address anti-Muslim racism "
                        "alongside Islamism."
                    ),
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    (
                        "Fiche de démonstration : il s'agit d'une pratique fictive, rédigée à titre "
                        "d'illustration pour le réseau de démonstration, et non de la description "
                        "d'un programme réel."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "La propagande islamiste s'adresse aux jeunes musulmans avec des messages sur "
                        "l'appartenance, l'injustice et une religion prétendument authentique. "
                        "Beaucoup d'élèves se posaient sur la foi et l'identité des questions qu'ils "
                        "ne se sentaient pas en mesure d'aborder à l'école, où l'islam était surtout "
                        "évoqué en lien avec le terrorisme."
                    ),
                ),
                ("heading", "Ce qui a été fait"),
                (
                    "paragraph",
                    (
                        "Une association de la société civile travaillant sur l'islam et l'éducation "
                        "a formé de jeunes animateurs ayant étudié l'islamologie, les sciences "
                        "sociales ou les sciences de l'éducation. En binôme, ils animent dans les "
                        "établissements secondaires des ateliers d'une ou deux heures doubles, à "
                        "l'aide de courts films et d'exercices sur des questions comme « Qu'est-ce "
                        "qu'être un bon musulman ? », les rôles de genre, les expériences de "
                        "discrimination et le vivre-ensemble en démocratie. Les ateliers s'adressent "
                        "à des classes entières et non aux seuls élèves musulmans, et les enseignants "
                        "suivent des formations distinctes sur les mêmes thèmes."
                    ),
                ),
                ("heading", "Résultats et enseignements"),
                (
                    "paragraph",
                    (
                        "Une évaluation a montré que les élèves appréciaient de pouvoir discuter de "
                        "questions qu'ils abordaient rarement ailleurs et que des animateurs proches "
                        "de leur âge leur paraissaient crédibles. Les écoles ne sollicitaient souvent "
                        "les ateliers qu'après un incident, alors qu'ils sont plus efficaces intégrés "
                        "à l'enseignement régulier. Enseignements : parler de religion avec les "
                        "élèves sans les traiter en suspects, associer les enseignants pour que la "
                        "discussion se poursuive après l'atelier, et aborder le racisme antimusulman "
                        "en même temps que l'islamisme."
                    ),
                ),
            ],
            "de": [
                (
                    "paragraph",
                    (
                        "Demo-Eintrag: Es handelt sich um ein fiktives Praxisbeispiel, das zur "
                        "Veranschaulichung für das Demonstrationsnetzwerk verfasst wurde, und nicht "
                        "um die Beschreibung eines realen Programms."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Islamistische Propaganda spricht junge Musliminnen und Muslime mit "
                        "Botschaften über Zugehörigkeit, Ungerechtigkeit und eine vermeintlich "
                        "authentische Religion an. Viele Schülerinnen und Schüler hatten Fragen zu "
                        "Glauben und Identität, die sie in der Schule nicht zu stellen wagten, weil "
                        "der Islam dort meist nur im Zusammenhang mit Terrorismus thematisiert wurde."
                    ),
                ),
                ("heading", "Umsetzung"),
                (
                    "paragraph",
                    (
                        "Ein zivilgesellschaftlicher Verein, der zu Islam und Bildung arbeitet, "
                        "bildete junge Teamerinnen und Teamer mit Studienhintergrund in "
                        "Islamwissenschaft, Sozialwissenschaften oder Pädagogik aus. Zu zweit leiten "
                        "sie an weiterführenden Schulen Workshops von ein bis zwei Doppelstunden und "
                        "arbeiten mit Kurzfilmen und Übungen zu Fragen wie „Was heißt es, ein guter "
                        "Muslim zu sein?“, Geschlechterrollen, Diskriminierungserfahrungen und "
                        "Zusammenleben in der Demokratie. Die Workshops richten sich an ganze Klassen "
                        "und nicht nur an muslimische Jugendliche; Lehrkräfte besuchen eigene "
                        "Fortbildungen zu denselben Themen."
                    ),
                ),
                ("heading", "Ergebnisse und Erkenntnisse"),
                (
                    "paragraph",
                    (
                        "Eine Evaluation ergab, dass die Jugendlichen es schätzten, Fragen zu "
                        "besprechen, die sie sonst selten ansprechen, und dass sie Teamende in ihrem "
                        "Alter als glaubwürdig erlebten. Schulen fragten Workshops oft erst nach "
                        "einem Vorfall an, obwohl sie als Teil des regulären Unterrichts am besten "
                        "wirken. Erkenntnisse: mit Jugendlichen über Religion sprechen, ohne sie als "
                        "Verdächtige zu behandeln, Lehrkräfte einbeziehen, damit das Gespräch nach "
                        "dem Workshop weitergeht, und antimuslimischen Rassismus ebenso thematisieren "
                        "wie Islamismus."
                    ),
                ),
            ],
        },
    },
]
