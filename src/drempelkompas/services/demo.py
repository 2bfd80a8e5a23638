"""A realistic demo: three Dutch collaborations with partners and about thirty barriers (and, in
`demo_past`, their history and a steering-group meeting).

The demo is content, like anything a user types, so it is written in Dutch only.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from drempelkompas.domain.enums import DEFAULT_IMPACT, Level, PartnerRole, Phase, Precondition, Sector, Status
from drempelkompas.domain.errors import ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.services import barriers, collaborations, lessons
from drempelkompas.services.demo_method import give_method_records
from drempelkompas.services.demo_past import give_past
from drempelkompas.storage.models import database

K, C, F, A = Precondition
OPEN, BUSY, DONE = Status.OPEN, Status.IN_PROGRESS, Status.OVERCOME
ADM, MAN, OPS = Level.ADMINISTRATIVE, Level.MANAGEMENT, Level.OPERATIONAL
OWNER, PROVIDER = PartnerRole.PROBLEM_OWNER, PartnerRole.SOLUTION_PROVIDER


@dataclass(frozen=True)
class DemoBarrier:
    precondition: Precondition
    title: str
    description: str = ""
    status: Status = OPEN
    impact: int = DEFAULT_IMPACT
    level: Level | None = None
    owner: str = ""
    due_in: int | None = None  # days from today; negative: in the past
    action: str = ""  # the next action
    typical: str | None = None  # the key of the typical barrier it comes from
    lesson: str | None = None  # the key of the paired lesson


DEMO = (
    {
        "name": "Energiecoöperatie Noordoost-Fryslân",
        "ambition": "In 2030 wekken inwoners samen de helft van hun stroom op en delen ze die via "
        "een lokaal energienet dat de gemeente en de netbeheerder mee beheren.",
        "phase": Phase.PILOT,
        "notes": "Stuurgroep elke tweede dinsdag van de maand in Dokkum.",
        "partners": (
            ("Gemeente Noardeast-Fryslân", Sector.GOVERNMENT, OWNER),
            ("Provinsje Fryslân", Sector.GOVERNMENT, OWNER),
            ("Netbeheer Noord B.V.", Sector.MARKET, PROVIDER),
            ("Hanzehogeschool, lectoraat Energietransitie", Sector.SCIENCE, PROVIDER),
            ("Dorpsbelang Ternaard", Sector.SOCIETY, OWNER),
        ),
        "barriers": (
            DemoBarrier(
                K,
                "Onduidelijk wat mag bij energiedelen",
                description="Mag de gemeente deelnemen in een coöperatie "
                "die stroom levert? Niemand weet welke regels uit de Energiewet gelden.",
                impact=4,
                level=ADM,
                owner="Sietske de Vries",
                due_in=21,
                action="Jurist van de provincie vragen om een quickscan.",
                typical="unclear-rules",
                lesson="outside-knowledge",
            ),
            DemoBarrier(
                K,
                "Geen zicht op effect voor netcongestie",
                description="We weten niet wat lokaal delen betekent voor de wachtrij bij de netbeheerder.",
                status=BUSY,
                level=OPS,
                owner="Jelle Hoekstra",
                due_in=10,
                action="Data van twee transformatorhuisjes opvragen.",
                typical="no-impact-view",
            ),
            DemoBarrier(
                K,
                "Voorbeelden uit Drenthe nog niet bekeken",
                description="Er lopen vergelijkbare proeven in Drenthe; hun bouwstenen zijn niet verzameld.",
                status=DONE,
                impact=2,
                level=OPS,
                owner="Anke Bosma",
                due_in=-30,
                typical="no-good-practices",
            ),
            DemoBarrier(
                C,
                "Wethouder wisselt na verkiezingen",
                description="De bestuurlijk trekker vertrekt in maart; opvolging is onzeker.",
                impact=5,
                level=ADM,
                owner="Sietske de Vries",
                due_in=-5,
                action="Gesprek met nieuwe portefeuillehouder plannen.",
                typical="no-administrative-support",
                lesson="fitting-governance",
            ),
            DemoBarrier(
                C,
                "Weinig tijd bij de netbeheerder",
                description="Hun planners zitten vol met aansluitverzoeken.",
                level=MAN,
                typical="no-urgency",
            ),
            DemoBarrier(
                C,
                "Dorpsbelang haakt af na eerste avond",
                description="Bewoners vonden de eerste avond te technisch.",
                status=BUSY,
                level=OPS,
                owner="Anke Bosma",
                due_in=14,
                action="Tweede avond met een rondleiding langs de zonnedaken.",
                lesson="problem-owners",
            ),
            DemoBarrier(
                F,
                "Geen budget na de proef",
                description="De proef is betaald uit een eenmalige subsidie; daarna is er niets.",
                impact=5,
                level=ADM,
                owner="Wiebe Zijlstra",
                due_in=45,
                action="Voorstel voor lidmaatschapsbijdrage opstellen.",
                typical="no-funding-after-pilot",
                lesson="closed-purses",
            ),
            DemoBarrier(
                F,
                "Kosten liggen bij de gemeente, baten bij inwoners",
                description="De investering in slimme meters komt op één begroting terecht.",
                impact=4,
                level=MAN,
                owner="Wiebe Zijlstra",
                due_in=60,
                typical="costs-before-benefits",
            ),
            DemoBarrier(
                A,
                "Geen testomgeving voor het energieplatform",
                description="De leverancier wil pas een testomgeving bieden na een opdracht.",
                level=OPS,
                owner="Jelle Hoekstra",
                due_in=30,
                action="Vragen of de hogeschool hun lab beschikbaar stelt.",
                typical="no-sandbox",
            ),
            DemoBarrier(
                A,
                "Documentatie van de meterdata ontbreekt",
                description="Het formaat van de meterdata is niet beschreven.",
                status=DONE,
                impact=2,
                level=OPS,
                owner="Jelle Hoekstra",
                due_in=-60,
                typical="no-building-blocks",
            ),
        ),
    },
    {
        "name": "Digitale Tweeling Ĳsselmonde",
        "ambition": "Een gedeeld 3D-model van het eiland waarmee gemeente, waterschap en bewoners "
        "samen keuzes over hitte en wateroverlast maken.",
        "phase": Phase.EXPLORING,
        "notes": "",
        "partners": (
            ("Gemeente Ridderkerk", Sector.GOVERNMENT, OWNER),
            ("Waterschap Hollandse Delta", Sector.GOVERNMENT, OWNER),
            ("GeoVisie & Partners", Sector.MARKET, PROVIDER),
            ("TU Delft, afdeling Urbanism", Sector.SCIENCE, PROVIDER),
            ("Stichting Groen Ĳsselmonde", Sector.SOCIETY, OWNER),
        ),
        "barriers": (
            DemoBarrier(
                K,
                'Begrip "digitale tweeling" betekent voor iedereen iets anders',
                description="Elke partner heeft een ander beeld: van een mooie 3D-kaart tot een rekenmodel.",
                impact=4,
                level=MAN,
                owner="Fatima el Amrani",
                due_in=7,
                action="Werksessie om één definitie en drie vragen vast te leggen.",
            ),
            DemoBarrier(
                K,
                "Onbekend welke landelijke bouwstenen er zijn",
                description="Er bestaan open 3D-basisdata; niemand weet hoe bruikbaar ze zijn.",
                level=OPS,
                owner="Bram Verhoeven",
                due_in=20,
                typical="no-good-practices",
            ),
            DemoBarrier(
                K,
                "Privacy bij sensordata onduidelijk",
                description="Mogen temperatuursensoren in tuinen van bewoners gebruikt worden?",
                status=BUSY,
                impact=4,
                level=ADM,
                owner="Fatima el Amrani",
                due_in=12,
                action="Privacy officer laten aansluiten bij de volgende sessie.",
                typical="unclear-rules",
            ),
            DemoBarrier(
                C,
                "Waterschap ziet nog geen urgentie",
                description='Voor het waterschap is dit "nice to have".',
                impact=4,
                level=MAN,
                owner="Bram Verhoeven",
                action="Casus wateroverlast 2024 samen doorrekenen.",
                typical="no-urgency",
                lesson="problem-owners",
            ),
            DemoBarrier(
                C,
                "Afdeling vergunningen wil niet met een nieuw model werken",
                description="Ze vrezen extra werk naast hun huidige systemen.",
                level=OPS,
                due_in=35,
                typical="no-will-to-adopt",
            ),
            DemoBarrier(
                F,
                "Budgetten verspreid over drie afdelingen",
                description="Ruimte, klimaat en informatievoorziening hebben elk een klein potje.",
                impact=4,
                level=MAN,
                owner="Karin Smit",
                due_in=28,
                action="Gezamenlijk budgetvoorstel aan de directie.",
                typical="fragmented-budgets",
                lesson="closed-purses",
            ),
            DemoBarrier(
                F,
                "Leverancier vraagt licentie vooraf",
                description="GeoVisie wil een jaarlicentie voordat de proef start.",
                status=BUSY,
                level=MAN,
                owner="Karin Smit",
                due_in=5,
                action="In natura bijdrage afspreken in plaats van licentie.",
            ),
            DemoBarrier(
                A,
                "Geen toegang tot bewoners in de wijk",
                description="We missen een kanaal om prototypes met bewoners te testen.",
                level=OPS,
                owner="Stichting Groen Ĳsselmonde",
                due_in=40,
                typical="no-residents-or-science",
            ),
            DemoBarrier(
                A,
                "Rekenkracht voor het model ontbreekt",
                description="Onze eigen servers kunnen het model niet draaien.",
                status=DONE,
                level=OPS,
                owner="Bram Verhoeven",
                due_in=-14,
                typical="no-sandbox",
                lesson="outside-knowledge",
            ),
            DemoBarrier(
                A,
                "Gegevens van het waterschap niet ontsloten",
                description="Peilbuisdata staat in een intern systeem zonder API.",
                impact=4,
                level=MAN,
                owner="Bram Verhoeven",
                due_in=-2,
                action="API-afspraken vastleggen in de samenwerkingsovereenkomst.",
                typical="no-building-blocks",
            ),
        ),
    },
    {
        "name": "Één loket voor mantelzorgers",
        "ambition": "Mantelzorgers regelen ondersteuning van gemeente, zorgverzekeraar en "
        "werkgever via één plek, zonder hun verhaal steeds opnieuw te vertellen.",
        "phase": Phase.SCALING,
        "notes": "Opschaling van drie naar twaalf gemeenten in de regio.",
        "partners": (
            ("Gemeente Zwolle", Sector.GOVERNMENT, OWNER),
            ("Regio IJssel-Vecht", Sector.GOVERNMENT, OWNER),
            ("Zorgverzekeraar Oost", Sector.MARKET, OWNER),
            ("Windesheim, lectoraat Zorg & Technologie", Sector.SCIENCE, PROVIDER),
            ("MantelzorgNL", Sector.SOCIETY, OWNER),
        ),
        "barriers": (
            DemoBarrier(
                K,
                "Geen overzicht van wat elke gemeente al aanbiedt",
                description="Twaalf gemeenten, twaalf verschillende regelingen.",
                status=BUSY,
                level=OPS,
                owner="Joost Mulder",
                due_in=18,
                action="Inventarisatie via een gedeelde spreadsheet.",
                typical="no-impact-view",
            ),
            DemoBarrier(
                K,
                "Juridische basis voor gegevensdeling",
                description="Mag het loket gegevens van de zorgverzekeraar tonen?",
                status=DONE,
                impact=5,
                level=ADM,
                owner="Ingrid Jansen",
                due_in=-90,
                typical="unclear-rules",
                lesson="outside-knowledge",
            ),
            DemoBarrier(
                C,
                "Negen nieuwe gemeenten moeten bestuurlijk instemmen",
                description="Iedere raad wil eerst resultaten uit de eerste drie zien.",
                impact=5,
                level=ADM,
                owner="Ingrid Jansen",
                due_in=30,
                action="Bestuurlijke sponsor per subregio aanwijzen.",
                typical="no-administrative-support",
                lesson="fitting-governance",
            ),
            DemoBarrier(
                C,
                "Consulenten zien het loket als extra werk",
                description="Het loket voelt als een extra systeem naast hun eigen dossiers.",
                impact=4,
                level=OPS,
                owner="Joost Mulder",
                due_in=25,
                typical="no-will-to-adopt",
            ),
            DemoBarrier(
                C,
                "Werkgevers nog niet betrokken",
                description="Werkgevers zijn nodig voor verlofregelingen maar zitten niet aan tafel.",
                level=MAN,
            ),
            DemoBarrier(
                F,
                "Kosten per gemeente niet eerlijk verdeeld",
                description="Kleine gemeenten betalen relatief veel voor het beheer.",
                impact=4,
                level=ADM,
                owner="Ingrid Jansen",
                due_in=50,
                action="Verdeelsleutel naar inwonertal voorstellen.",
                typical="costs-before-benefits",
            ),
            DemoBarrier(
                F,
                "Subsidie loopt af in december",
                description="Na december is er geen dekking voor het beheer.",
                status=BUSY,
                impact=5,
                level=MAN,
                owner="Peter van Dijk",
                due_in=-10,
                action="Aanvraag regionale deal indienen.",
                typical="no-funding-after-pilot",
                lesson="closed-purses",
            ),
            DemoBarrier(
                A,
                "Geen testpanel van mantelzorgers",
                description="Nieuwe functies worden niet met mantelzorgers getoetst.",
                level=OPS,
                owner="MantelzorgNL",
                due_in=15,
                action="Panel van twintig mantelzorgers werven.",
                typical="no-residents-or-science",
                lesson="problem-owners",
            ),
            DemoBarrier(
                A,
                "Koppeling met zorgverzekeraar zonder documentatie",
                description="De koppelvlakspecificatie is verouderd.",
                level=OPS,
                owner="Peter van Dijk",
                due_in=20,
                typical="no-building-blocks",
            ),
            DemoBarrier(
                A,
                "Acceptatieomgeving gedeeld met ander project",
                description="Testen botst met een ander project op dezelfde omgeving.",
                status=DONE,
                impact=2,
                level=OPS,
                owner="Peter van Dijk",
                due_in=-40,
                typical="no-sandbox",
            ),
        ),
    },
)


def fill_demo(today: date | None = None) -> list[int]:
    """Adds the demo collaborations in one transaction and returns their ids."""
    today = today or date.today()
    lesson_ids = {lesson.catalog_key: lesson.id for lesson in lessons.list_lessons() if lesson.builtin}
    with database.atomic():
        for collaboration in DEMO:
            if collaborations.find_collaboration(collaboration["name"]) is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This database already holds the demo."))
        ids = [_add(collaboration, lesson_ids, today) for collaboration in DEMO]
        give_past(ids, today)
        give_method_records(ids, today)
        return ids


def _add(data: dict, lesson_ids: dict[str, int], today: date) -> int:
    collaboration_id = collaborations.create_collaboration(
        data["name"], data["ambition"], data["phase"], data["notes"]
    )
    for name, sector, role in data["partners"]:
        collaborations.add_partner(collaboration_id, name, sector, role)
    for barrier in data["barriers"]:
        barriers.add_barrier(
            collaboration_id,
            barrier.precondition,
            barrier.title,
            description=barrier.description,
            status=barrier.status,
            impact=barrier.impact,
            level=barrier.level,
            owner=barrier.owner,
            due_date=today + timedelta(days=barrier.due_in) if barrier.due_in is not None else None,
            next_action=barrier.action,
            catalog_key=barrier.typical,
            lesson_id=lesson_ids[barrier.lesson] if barrier.lesson else None,
        )
    return collaboration_id
