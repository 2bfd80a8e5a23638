<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <source>Already open</source>
        <translation>Al geopend</translation>
    </message>
    <message>
        <source>{file} is already open in another Drempelkompas window.</source>
        <translation>{file} is al geopend in een ander venster van Drempelkompas.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
        <source>{problem}

There is a good backup from {when} with {collaborations} collaborations and {barriers} barriers. Restore it? The damaged file is kept, unchanged, beside it.</source>
        <translation>{problem}

Er is een goede back-up van {when} met {collaborations} samenwerkingen en {barriers} drempels. Die terugzetten? Het beschadigde bestand blijft, ongewijzigd, ernaast bewaard.</translation>
    </message>
    <message>
        <source>Database in a synchronised folder</source>
        <translation>Database in een gesynchroniseerde map</translation>
    </message>
    <message>
        <source>{file} is in a folder kept in sync by {service}. Sync clients copy a database while it changes and can damage it or lose your latest edits. Copy it to {target} on this computer and work there? The original stays where it is.</source>
        <translation>{file} staat in een map die {service} synchroniseert. Een synchronisatieprogramma kopieert een database terwijl die verandert en kan haar beschadigen of je laatste wijzigingen kwijtraken. Kopiëren naar {target} op deze computer en daar verder werken? Het origineel blijft staan waar het staat.</translation>
    </message>
    <message>
        <source>The database cannot be copied</source>
        <translation>De database kan niet worden gekopieerd</translation>
    </message>
    <message>
        <source>The team database cannot be opened</source>
        <translation>De teamdatabase kan niet worden geopend</translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation>Database op een netwerkschijf</translation>
    </message>
    <message>
        <source>{file} is on a network drive. A database file there can be damaged when two computers use it at once, so it is opened read-only.

Copy it to {target} on this computer and work there, or open a team database on a server that your team shares?</source>
        <translation>{file} staat op een netwerkschijf. Een databasebestand daar kan beschadigd raken als twee computers het tegelijk gebruiken; daarom wordt het alleen-lezen geopend.

Wil je het naar {target} op deze computer kopiëren en daar werken, of een teamdatabase openen op een server die je team deelt?</translation>
    </message>
    <message>
        <source>&amp;Copy to this computer</source>
        <translation>Naar deze computer &amp;kopiëren</translation>
    </message>
    <message>
        <source>Open a &amp;team database…</source>
        <translation>Een &amp;teamdatabase openen…</translation>
    </message>
    <message>
        <source>&amp;Only look</source>
        <translation>Alleen &amp;bekijken</translation>
    </message>
    <message>
        <source>{problem}

There is no good backup. Save what can still be read into a new database? The damaged file is kept, unchanged, beside it.</source>
        <translation>{problem}

Er is geen goede back-up. Wat nog leesbaar is opslaan in een nieuwe database? Het beschadigde bestand blijft, ongewijzigd, ernaast bewaard.</translation>
    </message>
    <message>
        <source>Nothing could be saved</source>
        <translation>Er kon niets worden gered</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file; it is kept as {file}. Drempelkompas goes on with an empty database.</source>
        <translation>Uit het beschadigde bestand kon niets worden gelezen; het is bewaard als {file}. Drempelkompas gaat verder met een lege database.</translation>
    </message>
    <message>
        <source>Salvaged</source>
        <translation>Gered</translation>
    </message>
    <message>
        <source>Saved {collaborations} collaborations and {barriers} barriers. The damaged file is kept as {file}.</source>
        <translation>{collaborations} samenwerkingen en {barriers} drempels gered. Het beschadigde bestand is bewaard als {file}.</translation>
    </message>
    <message>
        <source>SQLite could not read or write the file ({reason}).</source>
        <translation>SQLite kon het bestand niet lezen of schrijven ({reason}).</translation>
    </message>
    <message>
        <source>The team database cannot be reached</source>
        <translation>De teamdatabase is niet bereikbaar</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). Your data is safe: every change you saw completed was saved. Details are in {log}.</source>
        <translation>Er ging iets onverwachts mis ({error}). Je gegevens zijn veilig: elke wijziging die je zag voltooien, is opgeslagen. Details staan in {log}.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>A backup is made when the app starts (once a day), before every import, upgrade and restore. The newest 14 are kept. Restoring first backs up the current state, so a restore can be undone by restoring that backup.</source>
        <translation>Er wordt een back-up gemaakt als de app start (eens per dag) en vóór elke import, upgrade en terugzetting. De nieuwste 14 blijven bewaard. Terugzetten maakt eerst een back-up van de huidige stand, zodat je een terugzetting ongedaan maakt door die back-up terug te zetten.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>Samenwerkingen</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu een back-up maken</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>daily, at start-up</source>
        <translation>dagelijks, bij het starten</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>met de hand gemaakt</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vóór een import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vóór een terugzetting</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vóór een upgrade</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Replace all data by the backup of {when}? The current state is backed up first.</source>
        <translation>Alle gegevens vervangen door de back-up van {when}? Van de huidige stand wordt eerst een back-up gemaakt.</translation>
    </message>
</context>
<context>
    <name>BarrierDialog</name>
    <message>
        <source>Barrier</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Precondition</source>
        <translation>Randvoorwaarde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Impact (1–5)</source>
        <translation>Impact (1–5)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <source>Conflict: this is the version of an imported file, and this barrier was also changed here. Keep the card you want and delete the other, or keep both.</source>
        <translation>Conflict: dit is de versie uit een geïmporteerd bestand, en deze drempel is hier ook gewijzigd. Houd de kaart die je wilt en verwijder de andere, of houd ze allebei.</translation>
    </message>
    <message>
        <source>Keep both cards: the conflict is resolved</source>
        <translation>Beide kaarten houden: het conflict is opgelost</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>A barrier needs a title.</source>
        <translation>Een drempel heeft een titel nodig.</translation>
    </message>
    <message>
        <source>Description and next action may hold at most {limit} characters.</source>
        <translation>Omschrijving en volgende actie mogen hoogstens {limit} tekens bevatten.</translation>
    </message>
    <message>
        <source>Suggested: {lesson}</source>
        <translation>Voorgesteld: {lesson}</translation>
    </message>
    <message>
        <source>No lesson</source>
        <translation>Geen les</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Nog geen wijzigingen.</translation>
    </message>
    <message>
        <source>{change} — {actor}</source>
        <translation>{change} — {actor}</translation>
    </message>
    <message>
        <source>{when}: created</source>
        <translation>{when}: aangemaakt</translation>
    </message>
    <message>
        <source>{when}: deleted</source>
        <translation>{when}: verwijderd</translation>
    </message>
    <message>
        <source>{when}: restored</source>
        <translation>{when}: teruggezet</translation>
    </message>
    <message>
        <source>{when}: {field} changed from “{old}” to “{new}”</source>
        <translation>{when}: {field} gewijzigd van “{old}” in “{new}”</translation>
    </message>
    <message>
        <source>{when}: decision of {body} of {date} corrected: {outcome}</source>
        <translation>{when}: besluit van {body} van {date} gecorrigeerd: {outcome}</translation>
    </message>
    <message>
        <source>{when}: decision of {body} of {date}: {outcome}</source>
        <translation>{when}: besluit van {body} van {date}: {outcome}</translation>
    </message>
    <message>
        <source>Place in column</source>
        <translation>Plaats in kolom</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>a removed lesson</source>
        <translation>een verwijderde les</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>&amp;New barrier…</source>
        <translation>&amp;Nieuwe drempel…</translation>
    </message>
    <message>
        <source>Add barriers by &amp;typing</source>
        <translation>Drempels &amp;typen</translation>
    </message>
    <message>
        <source>Typical barriers from the &amp;method…</source>
        <translation>Typische drempels uit de &amp;methode…</translation>
    </message>
    <message>
        <source>&amp;Open barrier…	Enter</source>
        <translation>Drempel &amp;openen…	Enter</translation>
    </message>
    <message>
        <source>&amp;Delete barrier</source>
        <translation>Drempel &amp;verwijderen</translation>
    </message>
    <message>
        <source>Move to previous column</source>
        <translation>Naar vorige kolom</translation>
    </message>
    <message>
        <source>Move to next column</source>
        <translation>Naar volgende kolom</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Mark as open</source>
        <translation>Markeren als open</translation>
    </message>
    <message>
        <source>Mark as in progress</source>
        <translation>Markeren als in behandeling</translation>
    </message>
    <message>
        <source>Mark as overcome</source>
        <translation>Markeren als overwonnen</translation>
    </message>
    <message>
        <source>Deleted “{title}”. Undo brings it back (Ctrl+Z).</source>
        <translation>“{title}” verwijderd. Ongedaan maken haalt hem terug (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>BoardColumnModel</name>
    <message>
        <source>Impact {impact} of 5</source>
        <translation>Impact {impact} van 5</translation>
    </message>
    <message>
        <source>In conflict with another card</source>
        <translation>In conflict met een andere kaart</translation>
    </message>
    <message>
        <source>Level: {level}</source>
        <translation>Niveau: {level}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Eigenaar: {owner}</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Geen eigenaar</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Verlopen sinds {date}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Deadline {date}</translation>
    </message>
    <message>
        <source>Lesson: {lesson}</source>
        <translation>Les: {lesson}</translation>
    </message>
    <message>
        <source>Suggested lesson: {lesson}</source>
        <translation>Voorgestelde les: {lesson}</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>+ Add a barrier</source>
        <translation>+ Drempel toevoegen</translation>
    </message>
    <message>
        <source>Add a barrier to {column}</source>
        <translation>Drempel toevoegen aan {column}</translation>
    </message>
    <message>
        <source>Title, then Enter</source>
        <translation>Titel, dan Enter</translation>
    </message>
    <message>
        <source>Barriers: {column}</source>
        <translation>Drempels: {column}</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in behandeling</numerusform>
            <numerusform>%n in behandeling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overcome</source>
        <translation>
            <numerusform>%n overwonnen</numerusform>
            <numerusform>%n overwonnen</numerusform>
        </translation>
    </message>
    <message>
        <source>No barriers</source>
        <translation>Geen drempels</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} van {total} getoond</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Conflict</source>
        <extracomment>A short badge on a card: an imported version that conflicts with another card.</extracomment>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Overdue {date}</source>
        <extracomment>On a card, short: the due date has passed. {date} is a short date.</extracomment>
        <translation>Verlopen {date}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Deadline {date}</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Geen eigenaar</translation>
    </message>
    <message>
        <source>Suggested: {lesson}</source>
        <translation>Voorgesteld: {lesson}</translation>
    </message>
    <message>
        <source>Lesson: {lesson}</source>
        <translation>Les: {lesson}</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Knowledge</source>
        <translation>Kennis</translation>
    </message>
    <message>
        <source>Partners share a basic understanding of what the development or technology is, what it means for society, how to work together across organisations, and which solutions already exist.</source>
        <translation>De partners delen een basisbegrip van wat de ontwikkeling of technologie is, wat die betekent voor de samenleving, hoe je over organisaties heen samenwerkt en welke oplossingen er al bestaan.</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Every partner backs the work at every layer: administrative, management and execution. Exploring can start bottom-up, but each further step needs broader backing, and interests should be put on the table for everyone to see.</source>
        <translation>Elke partner staat achter het werk, op elke laag: bestuurlijk, management en uitvoering. Een verkenning kan van onderop beginnen, maar elke volgende stap vraagt breder draagvlak, en belangen horen zichtbaar op tafel.</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <source>There is money for the steps after the first. An exploration often starts without a budget, but costs grow as the collaboration moves on.</source>
        <translation>Er is geld voor de stappen na de eerste. Een verkenning begint vaak zonder budget, maar de kosten groeien naarmate de samenwerking vordert.</translation>
    </message>
    <message>
        <source>Access to neutral facilities</source>
        <translation>Toegang tot neutrale faciliteiten</translation>
    </message>
    <message>
        <source>The collaboration can use what innovation needs: a place to experiment, ways to reach end users, and documentation of the systems and building blocks it builds on.</source>
        <translation>De samenwerking kan gebruiken wat innoveren vraagt: een plek om te experimenteren, wegen naar eindgebruikers en documentatie van de systemen en bouwstenen waarop ze voortbouwt.</translation>
    </message>
    <message>
        <source>Bring outside knowledge in from the start</source>
        <translation>Haal vanaf het begin kennis van buiten binnen</translation>
    </message>
    <message>
        <source>Involve outside expertise early and find neutral ground to work on.</source>
        <translation>Betrek vroeg deskundigheid van buiten en zoek neutrale grond om op samen te werken.</translation>
    </message>
    <message>
        <source>Work with a lawyer who can tell on which terms partners may cooperate and share intellectual property and building blocks.</source>
        <translation>Werk met een jurist die kan zeggen onder welke voorwaarden partners mogen samenwerken en intellectueel eigendom en bouwstenen mogen delen.</translation>
    </message>
    <message>
        <source>Ask a neutral intermediary to guide the innovation process.</source>
        <translation>Vraag een neutrale tussenpersoon om het innovatieproces te begeleiden.</translation>
    </message>
    <message>
        <source>Meet on neutral ground, away from your own organisation, where knowledge of the process and the technology is at hand.</source>
        <translation>Kom samen op neutrale grond, los van je eigen organisatie, waar kennis van het proces en de technologie voorhanden is.</translation>
    </message>
    <message>
        <source>Start with closed purses</source>
        <translation>Begin met gesloten beurzen</translation>
    </message>
    <message>
        <source>Begin with contributions in kind and pay for later steps in a way that keeps the partners equal.</source>
        <translation>Begin met bijdragen in natura en betaal latere stappen zo dat de partners gelijkwaardig blijven.</translation>
    </message>
    <message>
        <source>Put in your own knowledge, network, communication and facilities instead of money.</source>
        <translation>Breng in plaats van geld je eigen kennis, netwerk, communicatie en faciliteiten in.</translation>
    </message>
    <message>
        <source>When a next step needs money, find it in membership fees or a subsidy.</source>
        <translation>Vraagt een volgende stap om geld, zoek het dan in contributie of een subsidie.</translation>
    </message>
    <message>
        <source>Avoid a client and contractor relationship: it slows most innovation down.</source>
        <translation>Vermijd een verhouding van opdrachtgever en opdrachtnemer: die remt de meeste innovatie af.</translation>
    </message>
    <message>
        <source>Place the funding outside your own organisation, or spread it over the partners, to stay independent.</source>
        <translation>Leg de financiering buiten je eigen organisatie of verdeel haar over de partners, zodat je onafhankelijk blijft.</translation>
    </message>
    <message>
        <source>Begin with the problem owners</source>
        <translation>Begin bij de probleemeigenaren</translation>
    </message>
    <message>
        <source>Scope the problem first with the parties who own it, not with those who sell solutions, and let them contribute so they feel ownership.</source>
        <translation>Baken het probleem eerst af met de partijen die het hebben, niet met wie oplossingen verkoopt, en laat hen bijdragen zodat ze zich eigenaar voelen.</translation>
    </message>
    <message>
        <source>In the first phase, define the scope and gather the problem owners; solution providers come later.</source>
        <translation>Bepaal in de eerste fase de afbakening en breng de probleemeigenaren bij elkaar; oplossers komen later.</translation>
    </message>
    <message>
        <source>Let problem owners contribute real content: that creates a sense of ownership.</source>
        <translation>Laat probleemeigenaren echt inhoud leveren: zo ontstaat eigenaarschap.</translation>
    </message>
    <message>
        <source>Work deliberately at three levels: administrative, management and execution.</source>
        <translation>Werk bewust op drie niveaus: bestuurlijk, management en uitvoering.</translation>
    </message>
    <message>
        <source>Fit the governance to the ambition</source>
        <translation>Laat de governance passen bij de ambitie</translation>
    </message>
    <message>
        <source>Shape how the collaboration is steered around what it wants to achieve and the barriers it has to remove.</source>
        <translation>Richt de sturing van de samenwerking in rond wat ze wil bereiken en de drempels die ze moet wegnemen.</translation>
    </message>
    <message>
        <source>Decide which parties you need now and which you will need later.</source>
        <translation>Bepaal welke partijen je nu nodig hebt en welke later.</translation>
    </message>
    <message>
        <source>People make the difference: their mindset and their behaviour.</source>
        <translation>Mensen maken het verschil: hun houding en hun gedrag.</translation>
    </message>
    <message>
        <source>Use administrative sponsors to keep support alive inside and outside the organisations.</source>
        <translation>Zet bestuurlijke sponsors in om het draagvlak binnen en buiten de organisaties levend te houden.</translation>
    </message>
    <message>
        <source>Not knowing where or how to start</source>
        <translation>Niet weten waar of hoe te beginnen</translation>
    </message>
    <message>
        <source>Vague or restrictive rules for joint innovation leave people unsure what is allowed: when may government innovate with companies, and how do you work with a competitor?</source>
        <translation>Vage of remmende regels voor gezamenlijk innoveren maken onzeker wat mag: wanneer mag de overheid met bedrijven innoveren, en hoe werk je samen met een concurrent?</translation>
    </message>
    <message>
        <source>No view of the opportunities and impact for us</source>
        <translation>Geen zicht op kansen en gevolgen voor ons</translation>
    </message>
    <message>
        <source>It is unclear what the development means for our own organisation, which current processes it touches and which system owners are involved.</source>
        <translation>Het is onduidelijk wat de ontwikkeling voor de eigen organisatie betekent, welke huidige processen ze raakt en welke systeemeigenaren erbij horen.</translation>
    </message>
    <message>
        <source>No overview of good practices and repositories</source>
        <translation>Geen overzicht van goede voorbeelden en repositories</translation>
    </message>
    <message>
        <source>Nobody knows which earlier examples and building blocks, such as APIs and data, exist to learn from or to build on.</source>
        <translation>Niemand weet welke eerdere voorbeelden en bouwstenen, zoals API&apos;s en data, er zijn om van te leren of op voort te bouwen.</translation>
    </message>
    <message>
        <source>Too little sense of urgency</source>
        <translation>Te weinig gevoel van urgentie</translation>
    </message>
    <message>
        <source>Key stakeholders do not free up the people and time that the next step needs.</source>
        <translation>Belangrijke stakeholders maken niet de mensen en tijd vrij die de volgende stap vraagt.</translation>
    </message>
    <message>
        <source>Too little (inter)administrative support</source>
        <translation>Te weinig (inter)bestuurlijk draagvlak</translation>
    </message>
    <message>
        <source>After the first pilot, the administrative backing to carry on together fades away.</source>
        <translation>Na de eerste proef verdwijnt de bestuurlijke steun om samen door te gaan.</translation>
    </message>
    <message>
        <source>Little will or courage to adopt</source>
        <translation>Weinig wil of durf om te adopteren</translation>
    </message>
    <message>
        <source>Our own organisation hesitates to take an innovative service or product into use.</source>
        <translation>De eigen organisatie aarzelt om een vernieuwende dienst of een vernieuwend product in gebruik te nemen.</translation>
    </message>
    <message>
        <source>No money after the first pilot</source>
        <translation>Geen geld na de eerste proef</translation>
    </message>
    <message>
        <source>Management and administrators shy away from the risk of paying for the next step.</source>
        <translation>Management en bestuur schrikken terug voor het risico om de volgende stap te betalen.</translation>
    </message>
    <message>
        <source>Fragmented innovation budgets</source>
        <translation>Versnipperde innovatiebudgetten</translation>
    </message>
    <message>
        <source>Budgets are spread over departments and organisations, so many people have to agree before money is allocated.</source>
        <translation>Budgetten liggen verspreid over afdelingen en organisaties, dus moeten veel mensen akkoord gaan voordat er geld wordt toegewezen.</translation>
    </message>
    <message>
        <source>Costs come long before the benefits</source>
        <translation>De kosten komen lang voor de baten</translation>
    </message>
    <message>
        <source>The costs arrive well ahead of the returns and are not shared fairly among the stakeholders.</source>
        <translation>De kosten komen ruim voor de opbrengsten en zijn niet eerlijk over de stakeholders verdeeld.</translation>
    </message>
    <message>
        <source>No sandbox to experiment in</source>
        <translation>Geen zandbak om in te experimenteren</translation>
    </message>
    <message>
        <source>There is no experimental environment of our own in which to try things out safely.</source>
        <translation>Er is geen eigen experimenteeromgeving om veilig dingen uit te proberen.</translation>
    </message>
    <message>
        <source>No access to partners&apos; building blocks and documentation</source>
        <translation>Geen toegang tot bouwstenen en documentatie van partners</translation>
    </message>
    <message>
        <source>Partners or stakeholders do not open up the components and documentation that the innovation depends on.</source>
        <translation>Partners of stakeholders stellen de onderdelen en documentatie waarop de innovatie leunt niet beschikbaar.</translation>
    </message>
    <message>
        <source>No access to residents and researchers</source>
        <translation>Geen toegang tot inwoners en onderzoekers</translation>
    </message>
    <message>
        <source>Ideas and prototypes cannot be tested with residents or with the scientific world.</source>
        <translation>Ideeën en prototypes kunnen niet worden getoetst bij inwoners of bij de wetenschap.</translation>
    </message>
    <message>
        <source>Administrators and sponsors who set the direction and decide on mandate and money.</source>
        <translation>Bestuurders en sponsors die de koers bepalen en over mandaat en geld beslissen.</translation>
    </message>
    <message>
        <source>Managers who free up people, budget and priority for the work.</source>
        <translation>Managers die mensen, budget en prioriteit voor het werk vrijmaken.</translation>
    </message>
    <message>
        <source>The people who do the work and will use the result every day.</source>
        <translation>De mensen die het werk doen en het resultaat elke dag gaan gebruiken.</translation>
    </message>
    <message>
        <source>Public bodies: ministries, provinces, municipalities, agencies.</source>
        <translation>Publieke organisaties: ministeries, provincies, gemeenten, uitvoeringsorganisaties.</translation>
    </message>
    <message>
        <source>Companies, from start-ups to large suppliers.</source>
        <translation>Bedrijven, van start-ups tot grote leveranciers.</translation>
    </message>
    <message>
        <source>Universities, universities of applied sciences and research institutes.</source>
        <translation>Universiteiten, hogescholen en onderzoeksinstituten.</translation>
    </message>
    <message>
        <source>Residents, civil society organisations and interest groups.</source>
        <translation>Inwoners, maatschappelijke organisaties en belangengroepen.</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Typical barriers: {precondition}</source>
        <translation>Typische drempels: {precondition}</translation>
    </message>
    <message>
        <source>{title} (already on the board)</source>
        <translation>{title} (staat al op het bord)</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Your personal certificate</source>
        <translation>Je persoonlijke certificaat</translation>
    </message>
    <message>
        <source>Your signatures carry this name. The certificate is kept in your own data folder; the passphrase protects it, so a copy of that folder cannot sign in your name. It is asked every time you sign.</source>
        <translation>Je handtekeningen dragen deze naam. Het certificaat staat in je eigen gegevensmap; de wachtwoordzin beschermt het, zodat een kopie van die map niet op jouw naam kan ondertekenen. Hij wordt bij elke ondertekening gevraagd.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Herhaal de wachtwoordzin:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <source>Give the name your signatures carry.</source>
        <translation>Geef de naam die je handtekeningen dragen.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>De wachtwoordzin moet minstens {count} tekens hebben.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown language {code}; available: {codes}.</source>
        <translation>Onbekende taal {code}; beschikbaar: {codes}.</translation>
    </message>
    <message>
        <source>Unexpected error ({error}); details are in {log}.</source>
        <translation>Onverwachte fout ({error}); details staan in {log}.</translation>
    </message>
    <message>
        <source>Preconditions and their typical barriers</source>
        <translation>Randvoorwaarden en hun typische drempels</translation>
    </message>
    <message>
        <source>Lessons that fit: {lessons}</source>
        <translation>Passende lessen: {lessons}</translation>
    </message>
    <message>
        <source>Lessons for overcoming barriers</source>
        <translation>Lessen om drempels te overwinnen</translation>
    </message>
    <message>
        <source>Fits: {preconditions}</source>
        <translation>Past bij: {preconditions}</translation>
    </message>
    <message>
        <source>Levels of commitment</source>
        <translation>Niveaus van commitment</translation>
    </message>
    <message>
        <source>Sectors of the partners</source>
        <translation>Sectoren van de partners</translation>
    </message>
    <message>
        <source>The drempelscan: its statements by key, scored 0 to 4</source>
        <translation>De drempelscan: de stellingen per sleutel, gescoord van 0 tot 4</translation>
    </message>
    <message>
        <source>Added {count} demo collaborations.</source>
        <translation>{count} demosamenwerkingen toegevoegd.</translation>
    </message>
    <message>
        <source>No collaborations yet.</source>
        <translation>Nog geen samenwerkingen.</translation>
    </message>
    <message>
        <source>{name}: open barriers: {counts}</source>
        <translation>{name}: open drempels: {counts}</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(gearchiveerd)</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} en nog {more}</translation>
    </message>
    <message>
        <source>Imported {barriers} barriers; new collaborations: {created}.</source>
        <translation>{barriers} drempels geïmporteerd; nieuwe samenwerkingen: {created}.</translation>
    </message>
    <message>
        <source>Line breaks in one-line cells (such as titles) became spaces: {count}.</source>
        <translation>Regeleinden in cellen van één regel (zoals titels) zijn spaties geworden: {count}.</translation>
    </message>
    <message>
        <source>Exported {count} barriers to {file}.</source>
        <translation>{count} drempels geëxporteerd naar {file}.</translation>
    </message>
    <message>
        <source>Preview of {file}; nothing was imported:</source>
        <translation>Voorbeeld van {file}; er is nog niets geïmporteerd:</translation>
    </message>
    <message>
        <source>Imported {file}:</source>
        <translation>{file} geïmporteerd:</translation>
    </message>
    <message>
        <source>Exported {collaborations} collaborations with {barriers} barriers to {file}.</source>
        <translation>{collaborations} samenwerkingen met {barriers} drempels geëxporteerd naar {file}.</translation>
    </message>
    <message>
        <source>Exported the plan to {file}.</source>
        <translation>Het plan is geëxporteerd naar {file}.</translation>
    </message>
    <message>
        <source>Steering group</source>
        <extracomment>The body a meeting is of when none is given.</extracomment>
        <translation>Stuurgroep</translation>
    </message>
    <message>
        <source>Planned the meeting of {date}.</source>
        <translation>Vergadering van {date} gepland.</translation>
    </message>
    <message>
        <source>Proposed; the next meeting has {count} proposed decisions.</source>
        <translation>Voorgesteld; de volgende vergadering heeft {count} voorgestelde besluiten.</translation>
    </message>
    <message>
        <source>No barrier calls for a decision.</source>
        <translation>Geen drempel vraagt om een besluit.</translation>
    </message>
    <message>
        <source>Wrote the meeting pack to {file}.</source>
        <translation>Het vergaderstuk is geschreven naar {file}.</translation>
    </message>
    <message>
        <source>Recorded the meeting of {date}.</source>
        <translation>De vergadering van {date} is vastgelegd.</translation>
    </message>
    <message>
        <source>Wrote the decision list to {file}.</source>
        <translation>De besluitenlijst is geschreven naar {file}.</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Nog geen vergaderingen.</translation>
    </message>
    <message>
        <source>(not recorded yet)</source>
        <translation>(nog niet vastgelegd)</translation>
    </message>
    <message>
        <source>On the agenda of the next meeting:</source>
        <translation>Op de agenda van de volgende vergadering:</translation>
    </message>
    <message>
        <source>Warning: the PDF&apos;s fonts cannot show {characters}; the PDF prints � instead.</source>
        <translation>Let op: de lettertypen van de pdf kunnen {characters} niet tonen; de pdf drukt daar � af.</translation>
    </message>
    <message>
        <source>Signed off version {number}; fingerprint {fingerprint}</source>
        <translation>Versie {number} vastgesteld; vingerafdruk {fingerprint}</translation>
    </message>
    <message>
        <source>Withdrew version {number}.</source>
        <translation>Versie {number} is ingetrokken.</translation>
    </message>
    <message>
        <source>Note: your personal certificate exists already; it keeps the name it was made for.</source>
        <translation>Let op: je persoonlijke certificaat bestaat al; het houdt de naam waarvoor het is gemaakt.</translation>
    </message>
    <message>
        <source>Signed {file} into {output}.</source>
        <translation>{file} ondertekend als {output}.</translation>
    </message>
    <message>
        <source>Passphrase of the certificate: </source>
        <translation>Wachtwoordzin van het certificaat: </translation>
    </message>
    <message>
        <source>Collaboration: {name}; version {number}; fingerprint {fingerprint}</source>
        <translation>Samenwerking: {name}; versie {number}; vingerafdruk {fingerprint}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>ONGELDIG</translation>
    </message>
    <message>
        <source>from a trusted authority</source>
        <translation>van een vertrouwde uitgever</translation>
    </message>
    <message>
        <source>personal certificate, not from a trusted authority</source>
        <translation>persoonlijk certificaat, niet van een vertrouwde uitgever</translation>
    </message>
    <message>
        <source>within the certificate&apos;s validity</source>
        <translation>binnen de geldigheid van het certificaat</translation>
    </message>
    <message>
        <source>OUTSIDE the certificate&apos;s validity</source>
        <translation>BUITEN de geldigheid van het certificaat</translation>
    </message>
    <message>
        <source>Signature {number}: {signer}, {moment}; {state}; {trust}; {validity}</source>
        <translation>Handtekening {number}: {signer}, {moment}; {state}; {trust}; {validity}</translation>
    </message>
    <message>
        <source>certificate {fingerprint}</source>
        <translation>certificaat {fingerprint}</translation>
    </message>
    <message>
        <source>Compiled; reinstall the app (pip install .) to use the new translations.</source>
        <translation>Gecompileerd; installeer de app opnieuw (pip install .) om de nieuwe vertalingen te gebruiken.</translation>
    </message>
    <message>
        <source>Created {file}; open it with pyside6-linguist.</source>
        <translation>{file} gemaakt; open het met pyside6-linguist.</translation>
    </message>
    <message>
        <source>No translation files in {folder}.</source>
        <translation>Geen vertaalbestanden in {folder}.</translation>
    </message>
    <message>
        <source>{code}: {translated} translated, {unfinished} unfinished, {vanished} vanished, {mismatches} placeholder mismatches</source>
        <translation>{code}: {translated} vertaald, {unfinished} onvoltooid, {vanished} verdwenen, {mismatches} afwijkende plaatshouders</translation>
    </message>
    <message>
        <source>Dutch and English must be complete: {codes}.</source>
        <translation>Nederlands en Engels moeten volledig zijn: {codes}.</translation>
    </message>
    <message>
        <source>This command reads the app&apos;s source code, which a built app does not have: run it in a copy of the repository (see translations/README.md). i18n check --translations FOLDER works here.</source>
        <translation>Deze opdracht leest de broncode van de app, en die heeft een gebouwde app niet: voer hem uit in een kopie van de repository (zie translations/README.md). i18n check --translations MAP werkt hier wel.</translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation>Back-up geschreven naar {file}.</translation>
    </message>
    <message>
        <source>A team database&apos;s backups are made by its server; `backup create` writes a pg_dump file in the current folder.</source>
        <translation>De reservekopieën van een teamdatabase maakt de server; `backup create` schrijft een pg_dump-bestand in de huidige map.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Nog geen back-ups.</translation>
    </message>
    <message>
        <source>{when}  {reason}: {collaborations} collaborations, {barriers} barriers  {file}</source>
        <translation>{when}  {reason}: {collaborations} samenwerkingen, {barriers} drempels  {file}</translation>
    </message>
    <message>
        <source>Restored {file}; the state before is kept in {before}.</source>
        <translation>{file} teruggezet; de stand daarvoor staat in {before}.</translation>
    </message>
    <message>
        <source>Password for {address}: </source>
        <translation>Wachtwoord voor {address}: </translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation>Het wachtwoord werd niet geaccepteerd.</translation>
    </message>
    <message>
        <source>{percent}% done…</source>
        <translation>{percent}% klaar…</translation>
    </message>
    <message>
        <source>Wrote the portfolio of {count} collaborations to {file}.</source>
        <translation>Het portfolio van {count} samenwerkingen is geschreven naar {file}.</translation>
    </message>
    <message>
        <source>There is no history yet.</source>
        <translation>Er is nog geen geschiedenis.</translation>
    </message>
    <message>
        <source>Open barriers at the end of each month</source>
        <translation>Open drempels aan het eind van elke maand</translation>
    </message>
    <message>
        <source>Barriers overcome per month</source>
        <translation>Overwonnen drempels per maand</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Wrote the board to {file}.</source>
        <translation>Het bord is geschreven naar {file}.</translation>
    </message>
    <message>
        <source>{partner}, {level}: {state}.</source>
        <translation>{partner}, {level}: {state}.</translation>
    </message>
    <message>
        <source>The collaboration has no partners yet.</source>
        <translation>De samenwerking heeft nog geen partners.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Missing for the phase {phase}:</source>
        <translation>Ontbreekt voor de fase {phase}:</translation>
    </message>
    <message>
        <source>The commitment the phase {phase} asks for is there.</source>
        <translation>Het commitment dat de fase {phase} vraagt, is er.</translation>
    </message>
    <message>
        <source>Added; the ledger has {count} contributions.</source>
        <translation>Toegevoegd; het overzicht heeft {count} bijdragen.</translation>
    </message>
    <message>
        <source>Wrote {count} contributions to {file}.</source>
        <translation>{count} bijdragen geschreven naar {file}.</translation>
    </message>
    <message>
        <source>No contributions yet.</source>
        <translation>Nog geen bijdragen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Per partner:</source>
        <translation>Per partner:</translation>
    </message>
    <message>
        <source>{partner}: {value}, {share}% of the costs (contributions: {count})</source>
        <translation>{partner}: {value}, {share}% van de kosten (bijdragen: {count})</translation>
    </message>
    <message>
        <source>(shares of the costs the partners carry: a subsidy is money from outside)</source>
        <translation>(aandelen in de kosten die de partners dragen: een subsidie is geld van buiten)</translation>
    </message>
    <message>
        <source>Per sector:</source>
        <translation>Per sector:</translation>
    </message>
    <message>
        <source>{sector}: {value} (contributions: {count})</source>
        <translation>{sector}: {value} (bijdragen: {count})</translation>
    </message>
    <message>
        <source>No contribution has a value yet, so the spread of the costs is unknown.</source>
        <translation>Nog geen bijdrage heeft een waarde, dus de verdeling van de kosten is onbekend.</translation>
    </message>
    <message>
        <source>The costs are spread evenly enough.</source>
        <translation>De kosten zijn evenwichtig genoeg verdeeld.</translation>
    </message>
    <message>
        <source>The costs are spread unevenly: {partner} carries {share}%.</source>
        <translation>De kosten zijn ongelijk verdeeld: {partner} draagt {share}%.</translation>
    </message>
    <message>
        <source>Without any contribution: {partners}.</source>
        <translation>Zonder enige bijdrage: {partners}.</translation>
    </message>
    <message>
        <source>Recorded {count} answers of {respondent}.</source>
        <translation>{count} antwoorden van {respondent} vastgelegd.</translation>
    </message>
    <message>
        <source>No drempelscan yet.</source>
        <translation>Nog geen drempelscan.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondenten</translation>
    </message>
    <message>
        <source>Average score per precondition (0 does not apply, 4 fully applies):</source>
        <translation>Gemiddelde score per randvoorwaarde (0 is niet van toepassing, 4 volledig van toepassing):</translation>
    </message>
    <message>
        <source>Scoring high, without a card on the board yet:</source>
        <translation>Hoog gescoord, nog zonder kaart op het bord:</translation>
    </message>
    <message>
        <source>Go: the collaboration is now in the phase {phase}.</source>
        <translation>Go: de samenwerking is nu in de fase {phase}.</translation>
    </message>
    <message>
        <source>No go: the collaboration stays in the phase {phase}.</source>
        <translation>No-go: de samenwerking blijft in de fase {phase}.</translation>
    </message>
    <message>
        <source>The collaboration is embedded: there is no next phase.</source>
        <translation>De samenwerking is geborgd: er is geen volgende fase.</translation>
    </message>
    <message>
        <source>The gate from {phase} to {next}:</source>
        <translation>De poort van {phase} naar {next}:</translation>
    </message>
    <message>
        <source>{met} of {count} criteria met.</source>
        <translation>{met} van {count} criteria voldaan.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Drempelkompas: overcome the barriers of innovation across boundaries. Without a command, the app starts.</source>
        <translation>Drempelkompas: overwin de drempels van innovatie over grenzen heen. Zonder opdracht start de app.</translation>
    </message>
    <message>
        <source>print the method: preconditions, typical barriers, lessons</source>
        <translation>toon de methode: randvoorwaarden, typische drempels, lessen</translation>
    </message>
    <message>
        <source>fill the database with three demo collaborations</source>
        <translation>vul de database met drie demosamenwerkingen</translation>
    </message>
    <message>
        <source>one line per collaboration with its open barriers per precondition</source>
        <translation>één regel per samenwerking met de open drempels per randvoorwaarde</translation>
    </message>
    <message>
        <source>import barriers from a CSV file (all or nothing)</source>
        <translation>importeer drempels uit een CSV-bestand (alles of niets)</translation>
    </message>
    <message>
        <source>export barriers to a CSV file</source>
        <translation>exporteer drempels naar een CSV-bestand</translation>
    </message>
    <message>
        <source>only this collaboration</source>
        <translation>alleen deze samenwerking</translation>
    </message>
    <message>
        <source>import collaborations from an exchange file (.drempel), all or nothing</source>
        <translation>importeer samenwerkingen uit een uitwisselbestand (.drempel), alles of niets</translation>
    </message>
    <message>
        <source>only show what an import would change</source>
        <translation>toon alleen wat een import zou veranderen</translation>
    </message>
    <message>
        <source>export collaborations to an exchange file (.drempel)</source>
        <translation>exporteer samenwerkingen naar een uitwisselbestand (.drempel)</translation>
    </message>
    <message>
        <source>this collaboration (repeatable; default: all)</source>
        <translation>deze samenwerking (herhaalbaar; standaard: alle)</translation>
    </message>
    <message>
        <source>action plans: export as PDF, sign off, sign digitally</source>
        <translation>actieplannen: exporteren als pdf, vaststellen, digitaal ondertekenen</translation>
    </message>
    <message>
        <source>export the draft or a signed-off version as PDF</source>
        <translation>exporteer het concept of een vastgestelde versie als pdf</translation>
    </message>
    <message>
        <source>a signed-off version (default: the draft)</source>
        <translation>een vastgestelde versie (standaard: het concept)</translation>
    </message>
    <message>
        <source>sign off the current plan as a new numbered version</source>
        <translation>stel het huidige plan vast als nieuwe genummerde versie</translation>
    </message>
    <message>
        <source>level: administrative, management or operational (or in Dutch)</source>
        <translation>niveau: bestuurlijk, management of uitvoering (of in het Engels)</translation>
    </message>
    <message>
        <source>sign an exported PDF digitally (PAdES)</source>
        <translation>onderteken een geëxporteerde pdf digitaal (PAdES)</translation>
    </message>
    <message>
        <source>your certificate (PKCS#12); default: your personal one, made on first use. Its passphrase is read from $DREMPELKOMPAS_P12_PASSWORD, or asked</source>
        <translation>je certificaat (PKCS#12); standaard je persoonlijke, gemaakt bij het eerste gebruik. De wachtwoordzin komt uit $DREMPELKOMPAS_P12_PASSWORD, of wordt gevraagd</translation>
    </message>
    <message>
        <source>your name, for a new personal certificate (needed the first time)</source>
        <translation>je naam, voor een nieuw persoonlijk certificaat (nodig de eerste keer)</translation>
    </message>
    <message>
        <source>your organisation, for a new personal certificate</source>
        <translation>je organisatie, voor een nieuw persoonlijk certificaat</translation>
    </message>
    <message>
        <source>withdraw a signed-off version (it stays listed, marked withdrawn)</source>
        <translation>een vastgestelde versie intrekken (die blijft in de lijst staan, gemarkeerd als ingetrokken)</translation>
    </message>
    <message>
        <source>backups of the database: create, list, restore</source>
        <translation>back-ups van de database: maken, tonen, terugzetten</translation>
    </message>
    <message>
        <source>make a backup now</source>
        <translation>maak nu een back-up</translation>
    </message>
    <message>
        <source>list the backups, newest first, with what each holds</source>
        <translation>toon de back-ups, nieuwste eerst, met wat elke back-up bevat</translation>
    </message>
    <message>
        <source>restore a backup (the current state is backed up first)</source>
        <translation>zet een back-up terug (van de huidige stand wordt eerst een back-up gemaakt)</translation>
    </message>
    <message>
        <source>a backup file, as `backup list` shows</source>
        <translation>een back-upbestand, zoals `backup list` het toont</translation>
    </message>
    <message>
        <source>for translators: refresh the translation files, count what is left</source>
        <translation>voor vertalers: vertaalbestanden bijwerken, tellen wat er nog te doen is</translation>
    </message>
    <message>
        <source>refresh every translations/*.ts from the sources and compile them</source>
        <translation>werk elk translations/*.ts bij vanuit de broncode en compileer ze</translation>
    </message>
    <message>
        <source>start a new language: translations/drempelkompas_CODE.ts</source>
        <translation>begin een nieuwe taal: translations/drempelkompas_CODE.ts</translation>
    </message>
    <message>
        <source>per language: translated, unfinished and vanished strings, placeholder mismatches</source>
        <translation>per taal: vertaalde, onvoltooide en verdwenen teksten, afwijkende plaatshouders</translation>
    </message>
    <message>
        <source>language code, e.g. de or pt_BR</source>
        <translation>taalcode, bijvoorbeeld de of pt_BR</translation>
    </message>
    <message>
        <source>check that a PDF is an unaltered export of a signed-off plan</source>
        <translation>controleer of een pdf een ongewijzigde export van een vastgesteld plan is</translation>
    </message>
    <message>
        <source>database file, or a team database as postgresql://user@server/name (default: $DREMPELKOMPAS_DB or the file in your application data folder)</source>
        <translation>databasebestand, of een teamdatabase als postgresql://gebruiker@server/naam (standaard: $DREMPELKOMPAS_DB of het bestand in je map met programmagegevens)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>the collaboration&apos;s name (accents and case may differ)</source>
        <translation>de naam van de samenwerking (accenten en hoofdletters mogen verschillen)</translation>
    </message>
    <message>
        <source>the partner&apos;s name</source>
        <translation>de naam van de partner</translation>
    </message>
    <message>
        <source>the commitment matrix: per partner and level, who commits</source>
        <translation>de commitmentmatrix: per partner en niveau, wie zich verbindt</translation>
    </message>
    <message>
        <source>fill in a cell of the matrix</source>
        <translation>vul een vak van de matrix in</translation>
    </message>
    <message>
        <source>administrative, management or execution (bestuurlijk, management, uitvoering)</source>
        <translation>bestuurlijk, management of uitvoering (administrative, management, execution)</translation>
    </message>
    <message>
        <source>not-asked, asked, committed or withdrawn</source>
        <translation>not-asked, asked, committed of withdrawn (niet gevraagd, gevraagd, toegezegd, ingetrokken)</translation>
    </message>
    <message>
        <source>who gives the commitment</source>
        <translation>wie het commitment geeft</translation>
    </message>
    <message>
        <source>the day the state was reached (default: today)</source>
        <translation>de dag waarop die stand bereikt is (standaard: vandaag)</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>een toelichting</translation>
    </message>
    <message>
        <source>the matrix and what the phase still asks for</source>
        <translation>de matrix en wat de fase nog vraagt</translation>
    </message>
    <message>
        <source>the in-kind ledger: what each partner brings in</source>
        <translation>het overzicht van bijdragen in natura: wat elke partner inbrengt</translation>
    </message>
    <message>
        <source>add a contribution to the ledger</source>
        <translation>voeg een bijdrage aan het overzicht toe</translation>
    </message>
    <message>
        <source>knowledge, network, communication, facilities, hours, membership or subsidy</source>
        <translation>knowledge, network, communication, facilities, hours, membership of subsidy (kennis, netwerk, communicatie, faciliteiten, uren, lidmaatschap, subsidie)</translation>
    </message>
    <message>
        <source>what it is</source>
        <translation>wat het is</translation>
    </message>
    <message>
        <source>pledged (default) or delivered</source>
        <translation>pledged (toegezegd, standaard) of delivered (geleverd)</translation>
    </message>
    <message>
        <source>the first day of its period</source>
        <translation>de eerste dag van de periode</translation>
    </message>
    <message>
        <source>the last day of its period</source>
        <translation>de laatste dag van de periode</translation>
    </message>
    <message>
        <source>EUROS</source>
        <translation>EURO</translation>
    </message>
    <message>
        <source>its value in whole euros</source>
        <translation>de waarde in hele euro&apos;s</translation>
    </message>
    <message>
        <source>the ledger with its totals</source>
        <translation>het overzicht met de totalen</translation>
    </message>
    <message>
        <source>write the ledger to a CSV file</source>
        <translation>schrijf het overzicht naar een CSV-bestand</translation>
    </message>
    <message>
        <source>the drempelscan: the twelve typical barriers as statements, scored 0–4</source>
        <translation>de drempelscan: de twaalf typische drempels als stellingen, gescoord van 0 tot 4</translation>
    </message>
    <message>
        <source>record one respondent&apos;s answers</source>
        <translation>leg de antwoorden van één respondent vast</translation>
    </message>
    <message>
        <source>who answered</source>
        <translation>wie antwoordde</translation>
    </message>
    <message>
        <source>a CSV file with a statement key and a score (0–4) per row</source>
        <translation>een CSV-bestand met per regel de sleutel van een stelling en een score (0–4)</translation>
    </message>
    <message>
        <source>the respondent&apos;s level</source>
        <translation>het niveau van de respondent</translation>
    </message>
    <message>
        <source>the day of the round (default: today)</source>
        <translation>de dag van de ronde (standaard: vandaag)</translation>
    </message>
    <message>
        <source>the profile per round and the cards it proposes</source>
        <translation>het profiel per ronde en de kaarten die het voorstelt</translation>
    </message>
    <message>
        <source>the phase gates: check the criteria, record a go or no-go</source>
        <translation>de fasepoorten: toets de criteria, leg een go of no-go vast</translation>
    </message>
    <message>
        <source>the criteria of the gate to the next phase</source>
        <translation>de criteria van de poort naar de volgende fase</translation>
    </message>
    <message>
        <source>record the gate&apos;s decision; a go moves to the next phase</source>
        <translation>leg het besluit bij de poort vast; een go gaat naar de volgende fase</translation>
    </message>
    <message>
        <source>who decided, e.g. the steering group</source>
        <translation>wie besloot, bijvoorbeeld de stuurgroep</translation>
    </message>
    <message>
        <source>record a no-go: the phase stays</source>
        <translation>leg een no-go vast: de fase blijft</translation>
    </message>
    <message>
        <source>why; needed for a go while criteria are unmet</source>
        <translation>waarom; nodig voor een go terwijl niet aan alle criteria is voldaan</translation>
    </message>
    <message>
        <source>the day of the decision (default: today)</source>
        <translation>de dag van het besluit (standaard: vandaag)</translation>
    </message>
    <message>
        <source>the day of the meeting that decided, if any</source>
        <translation>de dag van de vergadering die besloot, als die er was</translation>
    </message>
    <message>
        <source>who withdraws it (default: your name as the system knows it, or your user of a team database)</source>
        <translation>wie hem intrekt (standaard: je naam zoals het systeem die kent, of je gebruiker van een teamdatabase)</translation>
    </message>
    <message>
        <source>the meeting&apos;s date</source>
        <translation>de datum van de vergadering</translation>
    </message>
    <message>
        <source>the governing body, e.g. Stuurgroep (default: Steering group)</source>
        <translation>het gremium, bijvoorbeeld Stuurgroep (standaard: Stuurgroep)</translation>
    </message>
    <message>
        <source>who chairs the meeting</source>
        <translation>wie de vergadering voorzit</translation>
    </message>
    <message>
        <source>the case number (zaaknummer)</source>
        <translation>het zaaknummer</translation>
    </message>
    <message>
        <source>the administrator responsible</source>
        <translation>de verantwoordelijke bestuurder</translation>
    </message>
    <message>
        <source>steering-group meetings: prepare, print the pack, record the decisions</source>
        <translation>stuurgroepvergaderingen: voorbereiden, het vergaderstuk maken, de besluiten vastleggen</translation>
    </message>
    <message>
        <source>plan a meeting, or change its details</source>
        <translation>een vergadering plannen, of de gegevens ervan wijzigen</translation>
    </message>
    <message>
        <source>put a proposed decision on the agenda of the next meeting</source>
        <translation>een voorgesteld besluit op de agenda van de volgende vergadering zetten</translation>
    </message>
    <message>
        <source>the barrier it is about (default: none)</source>
        <translation>de drempel waar het over gaat (standaard: geen)</translation>
    </message>
    <message>
        <source>the barriers that call for a decision: high impact, administrative, overdue</source>
        <translation>de drempels die om een besluit vragen: hoge impact, bestuurlijk, verlopen</translation>
    </message>
    <message>
        <source>write the meeting pack as PDF or OpenDocument text (.odt)</source>
        <translation>het vergaderstuk schrijven als PDF of OpenDocument-tekst (.odt)</translation>
    </message>
    <message>
        <source>record what the meeting decided; points not named are deferred</source>
        <translation>vastleggen wat de vergadering besloot; niet genoemde punten worden aangehouden</translation>
    </message>
    <message>
        <source>change the outcomes of a meeting recorded before</source>
        <translation>de uitkomsten van een eerder vastgelegde vergadering wijzigen</translation>
    </message>
    <message>
        <source>N|OUTCOME|WORDING</source>
        <translation>N|UITKOMST|TEKST</translation>
    </message>
    <message>
        <source>outcome: taken, deferred or rejected (or in Dutch); repeatable</source>
        <translation>uitkomst: genomen, aangehouden of verworpen (of in het Engels); herhaalbaar</translation>
    </message>
    <message>
        <source>N|ACTION|OWNER|YYYY-MM-DD</source>
        <translation>N|ACTIE|EIGENAAR|JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>a new action the decision gives; it becomes the barrier&apos;s next action</source>
        <translation>een nieuwe actie uit het besluit; die wordt de volgende actie van de drempel</translation>
    </message>
    <message>
        <source>write the decision list of a recorded meeting as PDF or .odt</source>
        <translation>de besluitenlijst van een vastgelegde vergadering schrijven als PDF of .odt</translation>
    </message>
    <message>
        <source>the decision log: every meeting and what it decided</source>
        <translation>het besluitenlogboek: elke vergadering en wat zij besloot</translation>
    </message>
    <message>
        <source>all collaborations against the four preconditions, as PDF or CSV</source>
        <translation>alle samenwerkingen langs de vier randvoorwaarden, als PDF of CSV</translation>
    </message>
    <message>
        <source>include archived collaborations</source>
        <translation>ook gearchiveerde samenwerkingen</translation>
    </message>
    <message>
        <source>open barriers per month and precondition, and how many were overcome</source>
        <translation>open drempels per maand en randvoorwaarde, en hoeveel er zijn overwonnen</translation>
    </message>
    <message>
        <source>the board on paper</source>
        <translation>het bord op papier</translation>
    </message>
    <message>
        <source>the board of a collaboration as an A4 landscape PDF</source>
        <translation>het bord van een samenwerking als liggende A4-PDF</translation>
    </message>
    <message>
        <source>language, e.g. nl or en (default: the system language)</source>
        <translation>taal, bijvoorbeeld nl of en (standaard: de systeemtaal)</translation>
    </message>
</context>
<context>
    <name>CollaborationActions</name>
    <message>
        <source>&amp;New collaboration…</source>
        <translation>&amp;Nieuwe samenwerking…</translation>
    </message>
    <message>
        <source>&amp;Edit collaboration…</source>
        <translation>Samenwerking &amp;bewerken…</translation>
    </message>
    <message>
        <source>Action &amp;plan…</source>
        <translation>Actie&amp;plan…</translation>
    </message>
    <message>
        <source>&amp;Delete collaboration…</source>
        <translation>Samenwerking &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Restore from archive</source>
        <extracomment>&quot;Archive&quot; is a verb here: put the collaboration in the archive.</extracomment>
        <translation>&amp;Terughalen uit archief</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>Delete collaboration</source>
        <translation>Samenwerking verwijderen</translation>
    </message>
    <message>
        <source>Delete “{name}” with all its barriers? You can undo this with Edit › Undo.</source>
        <translation>“{name}” met al haar drempels verwijderen? Je kunt dit terugdraaien met Bewerken › Ongedaan maken.</translation>
    </message>
</context>
<context>
    <name>CollaborationDialog</name>
    <message>
        <source>New collaboration</source>
        <translation>Nieuwe samenwerking</translation>
    </message>
    <message>
        <source>Edit collaboration</source>
        <translation>Samenwerking bewerken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambitie</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>What stands when the collaboration is done?</source>
        <translation>Wat staat er als de samenwerking klaar is?</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Partner toevoegen</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Partner verwijderen</translation>
    </message>
    <message>
        <source>A collaboration needs a name.</source>
        <translation>Een samenwerking heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Ambition and notes may hold at most {limit} characters.</source>
        <translation>Ambitie en notities mogen hoogstens {limit} tekens bevatten.</translation>
    </message>
</context>
<context>
    <name>CollaborationHeader</name>
    <message>
        <source>Edit collaboration…</source>
        <translation>Samenwerking bewerken…</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(gearchiveerd)</translation>
    </message>
    <message>
        <source>No ambition written down yet.</source>
        <translation>Nog geen ambitie opgeschreven.</translation>
    </message>
    <message>
        <source>no partners yet</source>
        <translation>nog geen partners</translation>
    </message>
    <message>
        <source>Phase: {phase} — Partners: {partners}</source>
        <translation>Fase: {phase} — Partners: {partners}</translation>
    </message>
</context>
<context>
    <name>CollaborationListModel</name>
    <message numerus="yes">
        <source>%n open barrier(s)</source>
        <translation>
            <numerusform>%n open drempel</numerusform>
            <numerusform>%n open drempels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollaborationPanel</name>
    <message>
        <source>Show archived</source>
        <translation>Gearchiveerde tonen</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>Samenwerkingen</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>New barrier</source>
        <translation>Nieuwe drempel</translation>
    </message>
    <message>
        <source>Add typical barriers</source>
        <translation>Typische drempels toevoegen</translation>
    </message>
    <message>
        <source>Keep both cards</source>
        <translation>Beide kaarten houden</translation>
    </message>
    <message>
        <source>Edit barrier</source>
        <translation>Drempel bewerken</translation>
    </message>
    <message>
        <source>Move barrier</source>
        <translation>Drempel verplaatsen</translation>
    </message>
    <message>
        <source>Keep both versions</source>
        <translation>Beide versies bewaren</translation>
    </message>
    <message>
        <source>Delete barrier</source>
        <translation>Drempel verwijderen</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>New collaboration</source>
        <translation>Nieuwe samenwerking</translation>
    </message>
    <message>
        <source>Edit collaboration</source>
        <translation>Samenwerking bewerken</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Terughalen uit archief</translation>
    </message>
    <message>
        <source>Archive</source>
        <extracomment>Undo history entry; &quot;Archive&quot; is a verb.</extracomment>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>Delete collaboration</source>
        <translation>Samenwerking verwijderen</translation>
    </message>
    <message>
        <source>Record a phase gate</source>
        <translation>Fasepoort vastleggen</translation>
    </message>
    <message>
        <source>Add a contribution</source>
        <translation>Bijdrage toevoegen</translation>
    </message>
    <message>
        <source>Change a contribution</source>
        <translation>Bijdrage wijzigen</translation>
    </message>
    <message>
        <source>Delete a contribution</source>
        <translation>Bijdrage verwijderen</translation>
    </message>
    <message>
        <source>Change a commitment</source>
        <translation>Commitment wijzigen</translation>
    </message>
    <message>
        <source>Record scan answers</source>
        <translation>Antwoorden in de scan vastleggen</translation>
    </message>
    <message>
        <source>Delete scan answers</source>
        <translation>Antwoorden in de scan verwijderen</translation>
    </message>
    <message>
        <source>Add the scan&apos;s barriers</source>
        <translation>Drempels uit de scan toevoegen</translation>
    </message>
</context>
<context>
    <name>Commitment</name>
    <message>
        <source>{partner}: no committed administrative sponsor</source>
        <extracomment>A gap in the commitment matrix; {partner} is a partner&apos;s name.</extracomment>
        <translation>{partner}: geen bestuurlijke sponsor die zich heeft verbonden</translation>
    </message>
    <message>
        <source>{partner}: no committed management</source>
        <translation>{partner}: geen toezegging van het management</translation>
    </message>
    <message>
        <source>{partner}: nobody committed in execution</source>
        <extracomment>A gap in the commitment matrix: nobody at the partner&apos;s execution level committed.</extracomment>
        <translation>{partner}: niemand in de uitvoering heeft toegezegd</translation>
    </message>
    <message>
        <source>{partner}: the administrative commitment was withdrawn</source>
        <translation>{partner}: het bestuurlijk commitment is ingetrokken</translation>
    </message>
    <message>
        <source>{partner}: the management commitment was withdrawn</source>
        <translation>{partner}: het commitment van het management is ingetrokken</translation>
    </message>
    <message>
        <source>{partner}: the execution commitment was withdrawn</source>
        <translation>{partner}: het commitment in de uitvoering is ingetrokken</translation>
    </message>
    <message>
        <source>No partner has a committed administrative sponsor</source>
        <translation>Geen enkele partner heeft een bestuurlijke sponsor die zich heeft verbonden</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>{partner} at the {level} level</source>
        <translation>{partner} op het niveau {level}</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Stand</translation>
    </message>
    <message>
        <source>S&amp;ince</source>
        <translation>S&amp;inds</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Toelichting</translation>
    </message>
    <message>
        <source>Who commits, e.g. the alderman</source>
        <translation>Wie zich verbindt, bijvoorbeeld de wethouder</translation>
    </message>
</context>
<context>
    <name>CommitmentState</name>
    <message>
        <source>Not asked</source>
        <extracomment>State of a partner&apos;s commitment at one level: nobody asked for it yet.</extracomment>
        <translation>Niet gevraagd</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <source>Committed</source>
        <extracomment>State of a partner&apos;s commitment: the person has committed (Dutch: toegezegd).</extracomment>
        <translation>Toegezegd</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <extracomment>State of a partner&apos;s commitment: given once, then taken back (Dutch: ingetrokken).</extracomment>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>ContributionDialog</name>
    <message>
        <source>New contribution</source>
        <translation>Nieuwe bijdrage</translation>
    </message>
    <message>
        <source>Edit contribution</source>
        <translation>Bijdrage bewerken</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>S&amp;oort</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>O&amp;mschrijving</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Stand</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>&amp;Value in euros</source>
        <translation>&amp;Waarde in euro&apos;s</translation>
    </message>
    <message>
        <source>What it is, e.g. legal advice on sharing energy</source>
        <translation>Wat het is, bijvoorbeeld juridisch advies over energiedelen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>De periode kan niet eindigen voordat hij begint.</translation>
    </message>
    <message>
        <source>Give the value in whole euros, such as 12500 or 12.500.</source>
        <translation>Geef de waarde in hele euro&apos;s, zoals 12500 of 12.500.</translation>
    </message>
</context>
<context>
    <name>ContributionKind</name>
    <message>
        <source>Knowledge</source>
        <translation>Kennis</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communicatie</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Faciliteiten</translation>
    </message>
    <message>
        <source>Hours</source>
        <extracomment>A contribution of working time (a number of hours), not of money.</extracomment>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Money: membership</source>
        <extracomment>Money from the partners&apos; membership fees (Dutch: lidmaatschap).</extracomment>
        <translation>Geld: lidmaatschap</translation>
    </message>
    <message>
        <source>Money: subsidy</source>
        <translation>Geld: subsidie</translation>
    </message>
</context>
<context>
    <name>ContributionState</name>
    <message>
        <source>Pledged</source>
        <extracomment>State of a contribution: promised (Dutch: toegezegd).</extracomment>
        <translation>Toegezegd</translation>
    </message>
    <message>
        <source>Delivered</source>
        <extracomment>State of a contribution: actually given (Dutch: geleverd).</extracomment>
        <translation>Geleverd</translation>
    </message>
</context>
<context>
    <name>CsvActions</name>
    <message>
        <source>Import barriers from &amp;CSV…</source>
        <translation>Drempels importeren uit &amp;CSV…</translation>
    </message>
    <message>
        <source>Adds barriers from a spreadsheet saved as CSV, after showing what will be added</source>
        <translation>Voegt drempels toe uit een spreadsheet die als CSV is opgeslagen, nadat je hebt gezien wat erbij komt</translation>
    </message>
    <message>
        <source>Export barriers to CS&amp;V…</source>
        <translation>Drempels exporteren naar CS&amp;V…</translation>
    </message>
    <message>
        <source>Saves this collaboration&apos;s barriers for a spreadsheet</source>
        <translation>Slaat de drempels van deze samenwerking op voor een spreadsheet</translation>
    </message>
    <message>
        <source>Import barriers from CSV</source>
        <translation>Drempels importeren uit CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} lezen…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} importeren…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n barrier(s) from {file}.</source>
        <translation>
            <numerusform>%n drempel geïmporteerd uit {file}.</numerusform>
            <numerusform>%n drempels geïmporteerd uit {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export barriers to CSV</source>
        <translation>Drempels exporteren naar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n barrier(s) to {file}.</source>
        <translation>
            <numerusform>%n drempel geëxporteerd naar {file}.</numerusform>
            <numerusform>%n drempels geëxporteerd naar {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvPreviewDialog</name>
    <message>
        <source>Import barriers from CSV</source>
        <translation>Drempels importeren uit CSV</translation>
    </message>
    <message numerus="yes">
        <source>{file} adds %n barrier(s):</source>
        <translation>
            <numerusform>{file} voegt %n drempel toe:</numerusform>
            <numerusform>{file} voegt %n drempels toe:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n to {name} (a new collaboration)</source>
        <translation>
            <numerusform>• %n bij {name} (een nieuwe samenwerking)</numerusform>
            <numerusform>• %n bij {name} (een nieuwe samenwerking)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n to {name}</source>
        <translation>
            <numerusform>• %n bij {name}</numerusform>
            <numerusform>• %n bij {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Line breaks in one-line cells (such as titles) become spaces: {count}.</source>
        <translation>Regeleinden in cellen van één regel (zoals titels) worden spaties: {count}.</translation>
    </message>
    <message>
        <source>Nothing else changes; a backup is made first.</source>
        <translation>Verder verandert er niets; eerst wordt een back-up gemaakt.</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Samenwerking</translation>
    </message>
    <message>
        <source>Precondition</source>
        <translation>Randvoorwaarde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Barriers to import</source>
        <translation>Te importeren drempels</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… en nog %n.</numerusform>
            <numerusform>… en nog %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>Characters the PDF cannot show</source>
        <translation>Tekens die de PDF niet kan tonen</translation>
    </message>
    <message>
        <source>The PDF&apos;s fonts cannot show these characters: {characters}. The PDF prints � in their place.</source>
        <translation>De lettertypen van de PDF kunnen deze tekens niet tonen: {characters}. De PDF drukt er � voor af.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>The document was saved as {file}. Open it now?</source>
        <translation>Het document is opgeslagen als {file}. Nu openen?</translation>
    </message>
</context>
<context>
    <name>DueDateField</name>
    <message>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{file} is in use by the Drempelkompas app; close it and try again.</source>
        <translation>{file} is in gebruik door de Drempelkompas-app; sluit die en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The team database {address} asks for your password, or did not accept the one given: set PGPASSWORD or put it in your .pgpass file.</source>
        <translation>De teamdatabase {address} vraagt om je wachtwoord, of accepteerde het gegeven wachtwoord niet: zet PGPASSWORD of zet het in je .pgpass-bestand.</translation>
    </message>
    <message>
        <source>No password given: nothing was done.</source>
        <translation>Geen wachtwoord gegeven: er is niets gedaan.</translation>
    </message>
    <message>
        <source>The password was not accepted three times: nothing was done.</source>
        <translation>Het wachtwoord werd drie keer niet geaccepteerd: er is niets gedaan.</translation>
    </message>
    <message>
        <source>There is no collaboration named {name}.</source>
        <translation>Er is geen samenwerking met de naam {name}.</translation>
    </message>
    <message>
        <source>Write a signatory as &quot;Name|Role|level&quot;, not &quot;{text}&quot;.</source>
        <translation>Schrijf een ondertekenaar als &quot;Naam|Rol|niveau&quot;, niet als &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>You have no personal certificate yet: give the name it is for with --name (and --organisation), or sign with --p12.</source>
        <translation>Je hebt nog geen persoonlijk certificaat: geef met --name de naam waarvoor het is (en --organisation), of onderteken met --p12.</translation>
    </message>
    <message>
        <source>The personal certificate needs its passphrase: set {variable} or run in a terminal.</source>
        <translation>Het persoonlijke certificaat heeft zijn wachtwoordzin nodig: zet {variable} of start de opdracht in een terminal.</translation>
    </message>
    <message>
        <source>Unknown typical barrier {key}.</source>
        <translation>Onbekende typische drempel {key}.</translation>
    </message>
    <message>
        <source>This barrier no longer exists.</source>
        <translation>Deze drempel bestaat niet meer.</translation>
    </message>
    <message>
        <source>Someone else changed this barrier while you were editing it, in the same fields: nothing was saved.</source>
        <translation>Iemand anders wijzigde deze drempel terwijl je hem bewerkte, in dezelfde velden: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This lesson no longer exists.</source>
        <translation>Deze les bestaat niet meer.</translation>
    </message>
    <message>
        <source>This collaboration no longer exists.</source>
        <translation>Deze samenwerking bestaat niet meer.</translation>
    </message>
    <message>
        <source>{partner} has commitments, contributions or scan answers; remove those before the partner.</source>
        <translation>{partner} heeft commitments, bijdragen of antwoorden in de scan; verwijder die eerst, dan de partner.</translation>
    </message>
    <message>
        <source>Someone else changed this collaboration while you were editing it, in the same fields: nothing was saved. Open it again to see their changes.</source>
        <translation>Iemand anders wijzigde deze samenwerking terwijl je hem bewerkte, in dezelfde velden: er is niets opgeslagen. Open hem opnieuw om de wijzigingen van de ander te zien.</translation>
    </message>
    <message>
        <source>A collaboration named {name} already exists.</source>
        <translation>Er bestaat al een samenwerking met de naam {name}.</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Rij {row}: {problem}</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Het CSV-bestand is geen UTF-8-tekst. Sla het op als &quot;CSV UTF-8&quot; en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file is not a CSV file.</source>
        <translation>Het bestand is geen CSV-bestand.</translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <translation>Het CSV-bestand is leeg.</translation>
    </message>
    <message>
        <source>expected {expected} cells, found {found}.</source>
        <translation>{expected} cellen verwacht, {found} gevonden.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read near row {row}: {problem}</source>
        <translation>Het CSV-bestand kan rond rij {row} niet gelezen worden: {problem}</translation>
    </message>
    <message>
        <source>Unknown column &quot;{name}&quot; in the CSV header.</source>
        <translation>Onbekende kolom &quot;{name}&quot; in de kopregel van het CSV-bestand.</translation>
    </message>
    <message>
        <source>Column &quot;{name}&quot; appears twice in the CSV header.</source>
        <translation>Kolom &quot;{name}&quot; staat twee keer in de kopregel van het CSV-bestand.</translation>
    </message>
    <message>
        <source>The CSV header lacks the column(s) {columns}.</source>
        <translation>De kopregel van het CSV-bestand mist de kolom(men) {columns}.</translation>
    </message>
    <message>
        <source>Unknown lesson &quot;{name}&quot;.</source>
        <translation>Onbekende les &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a known value here.</source>
        <translation>&quot;{value}&quot; is hier geen bekende waarde.</translation>
    </message>
    <message>
        <source>Impact must be a whole number from 1 to 5, not {value}.</source>
        <translation>Impact moet een geheel getal van 1 tot en met 5 zijn, niet {value}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>&quot;{value}&quot; is geen datum in de vorm JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>This database already holds the demo.</source>
        <translation>Deze database bevat de demo al.</translation>
    </message>
    <message>
        <source>The method&apos;s own lessons cannot be changed or removed.</source>
        <translation>De eigen lessen van de methode kunnen niet worden gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>{field} mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>This proposed decision is no longer on the agenda.</source>
        <translation>Dit voorgestelde besluit staat niet meer op de agenda.</translation>
    </message>
    <message>
        <source>Someone else reworded this proposed decision while you were editing it: nothing was saved.</source>
        <translation>Iemand anders verwoordde dit voorgestelde besluit anders terwijl je het bewerkte: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Someone else changed the agenda of this meeting while you were recording it (a proposed decision was added, reworded or taken off): nothing was saved.</source>
        <translation>Iemand anders wijzigde de agenda van deze vergadering terwijl je hem vastlegde (een voorgesteld besluit kwam erbij, werd anders verwoord of ging eraf): er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Someone else recorded outcomes of this meeting while you were recording them: nothing was saved.</source>
        <translation>Iemand anders legde uitkomsten van deze vergadering vast terwijl jij dat deed: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Deze vergadering bestaat niet meer.</translation>
    </message>
    <message>
        <source>A recorded meeting keeps its date: it took place on it.</source>
        <translation>Een vastgelegde vergadering houdt haar datum: ze vond toen plaats.</translation>
    </message>
    <message>
        <source>Someone else changed this meeting&apos;s details while you were editing them: nothing was saved.</source>
        <translation>Iemand anders wijzigde de gegevens van deze vergadering terwijl je ze bewerkte: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>There is a meeting on {date} already; choose it in the list.</source>
        <translation>Er is al een vergadering op {date}; kies die in de lijst.</translation>
    </message>
    <message>
        <source>There is no proposed decision {number} in this meeting.</source>
        <translation>Deze vergadering heeft geen voorgesteld besluit {number}.</translation>
    </message>
    <message>
        <source>Proposed decision {number} is given twice.</source>
        <translation>Voorgesteld besluit {number} is twee keer opgegeven.</translation>
    </message>
    <message>
        <source>{field} must fit on one line.</source>
        <translation>{field} moet op één regel passen.</translation>
    </message>
    <message>
        <source>A plan needs at least one signatory to be signed off.</source>
        <translation>Een plan heeft minstens één ondertekenaar nodig om te worden vastgesteld.</translation>
    </message>
    <message>
        <source>Nothing changed since version {number}: that version is still current.</source>
        <translation>Er is niets veranderd sinds versie {number}: die versie is nog actueel.</translation>
    </message>
    <message>
        <source>Give the reason the version is withdrawn.</source>
        <translation>Geef de reden waarom de versie wordt ingetrokken.</translation>
    </message>
    <message>
        <source>Version {number} was already withdrawn.</source>
        <translation>Versie {number} was al ingetrokken.</translation>
    </message>
    <message>
        <source>There is no signed-off version {number}.</source>
        <translation>Er is geen vastgestelde versie {number}.</translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation>{value} is geen datum.</translation>
    </message>
    <message>
        <source>A value is a whole number of euros from 0, not {value}.</source>
        <translation>Een waarde is een heel aantal euro&apos;s vanaf 0, niet {value}.</translation>
    </message>
    <message>
        <source>{value} is not a valid {field}.</source>
        <translation>{value} is geen toegestane waarde voor {field}.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} moet tekst zijn.</translation>
    </message>
    <message>
        <source>{field} contains control characters.</source>
        <translation>{field} bevat stuurtekens.</translation>
    </message>
    <message>
        <source>{field} contains characters that are not valid text.</source>
        <translation>{field} bevat tekens die geen geldige tekst zijn.</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; at most {limit} are allowed.</source>
        <translation>{field} is {length} tekens lang; er zijn er hoogstens {limit} toegestaan.</translation>
    </message>
    <message>
        <source>{path} is read-only: changes cannot be saved.</source>
        <translation>{path} is alleen-lezen: wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>{path} is on a network drive, where a database file can be damaged when two computers use it: it is opened read-only. Copy it to this computer, or move your team to a team database.</source>
        <translation>{path} staat op een netwerkschijf, waar een databasebestand beschadigd kan raken als twee computers het gebruiken: het wordt alleen-lezen geopend. Kopieer het naar deze computer, of stap met je team over op een teamdatabase.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: the change was not saved. Free some space and try again.</source>
        <translation>De schijf met {path} is vol: de wijziging is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{path} could not be written (a disk error): the change was not saved.</source>
        <translation>{path} kon niet worden beschreven (een schijffout): de wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>{path} needs an upgrade but is read-only: copy it to your computer first.</source>
        <translation>{path} moet worden bijgewerkt, maar is alleen-lezen: kopieer het eerst naar je computer.</translation>
    </message>
    <message>
        <source>{path} is a link to {target}, which cannot be found (a drive or network share that is not connected?). Nothing was created.</source>
        <translation>{path} is een koppeling naar {target}, dat niet te vinden is (een schijf of netwerkmap die niet verbonden is?). Er is niets aangemaakt.</translation>
    </message>
    <message>
        <source>The name {path} is too long: the app keeps backups and temporary files with longer names beside it. Choose a shorter name or folder.</source>
        <translation>De naam {path} is te lang: de app bewaart er back-ups en tijdelijke bestanden met langere namen naast. Kies een kortere naam of map.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is een map, geen databasebestand.</translation>
    </message>
    <message>
        <source>{path} is empty: it is not a Drempelkompas database.</source>
        <translation>{path} is leeg: het is geen Drempelkompas-database.</translation>
    </message>
    <message>
        <source>{path} is not a Drempelkompas database.</source>
        <translation>{path} is geen Drempelkompas-database.</translation>
    </message>
    <message>
        <source>{path} is not a Drempelkompas database as this version makes them: it has {objects} that the app does not know. It was left as it was.</source>
        <translation>{path} is geen Drempelkompas-database zoals deze versie die maakt: er zit {objects} in die de app niet kent. Het bestand is gelaten zoals het was.</translation>
    </message>
    <message>
        <source>{path} is damaged: the database check failed.</source>
        <translation>{path} is beschadigd: de controle van de database is mislukt.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Drempelkompas; update the app to open it.</source>
        <translation>{path} is gemaakt met een nieuwere versie van Drempelkompas; werk de app bij om het te openen.</translation>
    </message>
    <message>
        <source>A personal certificate needs the name of its holder.</source>
        <translation>Een persoonlijk certificaat heeft de naam van de houder nodig.</translation>
    </message>
    <message>
        <source>A certificate holds a name and an organisation of at most {count} characters each.</source>
        <translation>Een certificaat bevat een naam en een organisatie van elk hoogstens {count} tekens.</translation>
    </message>
    <message>
        <source>The passphrase of a personal certificate needs at least {count} characters.</source>
        <translation>De wachtwoordzin van een persoonlijk certificaat moet minstens {count} tekens hebben.</translation>
    </message>
    <message>
        <source>“{name}” has characters a certificate cannot carry reliably (such as emoji); use letters, digits and punctuation.</source>
        <translation>“{name}” bevat tekens die een certificaat niet betrouwbaar kan dragen (zoals emoji); gebruik letters, cijfers en leestekens.</translation>
    </message>
    <message>
        <source>{file} is not a PDF that can be read ({problem}).</source>
        <translation>{file} is geen leesbare pdf ({problem}).</translation>
    </message>
    <message>
        <source>{file} is not a certificate file that can be opened (wrong password?).</source>
        <translation>{file} is geen certificaatbestand dat kan worden geopend (verkeerd wachtwoord?).</translation>
    </message>
    <message>
        <source>The PDF could not be signed: {problem}</source>
        <translation>De PDF kon niet worden ondertekend: {problem}</translation>
    </message>
    <message>
        <source>The certificate in {file} is not valid yet: it is valid from {date}.</source>
        <translation>Het certificaat in {file} is nog niet geldig: het is geldig vanaf {date}.</translation>
    </message>
    <message>
        <source>The certificate in {file} expired on {date}.</source>
        <translation>Het certificaat in {file} is verlopen op {date}.</translation>
    </message>
    <message>
        <source>The current folder no longer exists, so the backup has nowhere to go: go to another folder and try again.</source>
        <translation>De huidige map bestaat niet meer, dus de back-up kan nergens heen: ga naar een andere map en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A team database is restored by its administrator, with pg_restore (see the README&apos;s section for administrators).</source>
        <translation>Een teamdatabase wordt door de beheerder teruggezet, met pg_restore (zie het deel voor beheerders in de README).</translation>
    </message>
    <message>
        <source>{file} is not one of this database&apos;s backups.</source>
        <translation>{file} is geen back-up van deze database.</translation>
    </message>
    <message>
        <source>The backup {file} cannot be read.</source>
        <translation>De back-up {file} is niet te lezen.</translation>
    </message>
    <message>
        <source>Choose at least one collaboration to export.</source>
        <translation>Kies ten minste één samenwerking om te exporteren.</translation>
    </message>
    <message>
        <source>a built-in lesson cannot be replaced.</source>
        <translation>een ingebouwde les kan niet worden vervangen.</translation>
    </message>
    <message>
        <source>this barrier belongs to another collaboration here.</source>
        <translation>deze drempel hoort hier bij een andere samenwerking.</translation>
    </message>
    <message>
        <source>a barrier refers to a lesson that is missing.</source>
        <translation>een drempel verwijst naar een les die ontbreekt.</translation>
    </message>
    <message>
        <source>this identifier belongs to another record here, so nothing was imported.</source>
        <translation>deze identiteit hoort hier bij een ander gegeven, dus er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{file} is not a Drempelkompas exchange file.</source>
        <translation>{file} is geen uitwisselbestand van Drempelkompas.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of Drempelkompas (format {version}). Update the app to import it.</source>
        <translation>{file} is gemaakt met een nieuwere versie van Drempelkompas (formaat {version}). Werk de app bij om het te importeren.</translation>
    </message>
    <message>
        <source>{file} was altered or damaged after it was made: its checksum does not match.</source>
        <translation>{file} is na het maken gewijzigd of beschadigd: de controlesom klopt niet.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>{file} is incomplete; it was probably cut off while copying or downloading.</source>
        <translation>{file} is onvolledig; het is waarschijnlijk afgebroken tijdens kopiëren of downloaden.</translation>
    </message>
    <message>
        <source>{file} contains an entry “{name}” that tries to leave its folder; it is refused.</source>
        <translation>{file} bevat een onderdeel “{name}” dat buiten zijn map probeert te komen; het bestand wordt geweigerd.</translation>
    </message>
    <message>
        <source>{file} contains an unexpected entry “{name}”.</source>
        <translation>{file} bevat een onverwacht onderdeel “{name}”.</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not valid JSON (line {line}, column {column}).</source>
        <translation>{file} is beschadigd: het is geen geldige JSON (regel {line}, kolom {column}).</translation>
    </message>
    <message>
        <source>{file} is damaged: the key “{key}” appears twice in one record.</source>
        <translation>{file} is beschadigd: de sleutel “{key}” komt twee keer voor in één record.</translation>
    </message>
    <message>
        <source>{file} is damaged: it contains the non-number {value}.</source>
        <translation>{file} is beschadigd: het bevat het niet-getal {value}.</translation>
    </message>
    <message>
        <source>{file} is damaged: {where} contains characters that are not valid text.</source>
        <translation>{file} is beschadigd: {where} bevat tekens die geen geldige tekst zijn.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be imported (at {where}).</source>
        <translation>{file} is beschadigd en kan niet worden geïmporteerd (bij {where}).</translation>
    </message>
    <message>
        <source>{file} would expand to more than 200 MB; it is refused as a possible zip bomb.</source>
        <translation>{file} zou uitpakken tot meer dan 200 MB; het wordt geweigerd als mogelijke zipbom.</translation>
    </message>
    <message>
        <source>The exchange file cannot be imported. Record {where}: {problem}</source>
        <translation>Het uitwisselbestand kan niet worden geïmporteerd. Record {where}: {problem}</translation>
    </message>
    <message>
        <source>refers to a lesson that is not in the file.</source>
        <translation>verwijst naar een les die niet in het bestand staat.</translation>
    </message>
    <message>
        <source>refers to a partner that is not in the collaboration.</source>
        <translation>verwijst naar een partner die niet bij de samenwerking hoort.</translation>
    </message>
    <message>
        <source>is not the identifier of this partner&apos;s level.</source>
        <translation>is niet de identificatie van dit niveau van deze partner.</translation>
    </message>
    <message>
        <source>is not the phase after the one it leaves.</source>
        <translation>is niet de fase na de fase die wordt verlaten.</translation>
    </message>
    <message>
        <source>expected a record.</source>
        <translation>hier hoort een record te staan.</translation>
    </message>
    <message>
        <source>the field “{name}” is missing.</source>
        <translation>het veld “{name}” ontbreekt.</translation>
    </message>
    <message>
        <source>has the wrong type.</source>
        <translation>heeft het verkeerde type.</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>is geen bekend veld.</translation>
    </message>
    <message>
        <source>this identifier appears twice in the file.</source>
        <translation>deze identificatie komt twee keer voor in het bestand.</translation>
    </message>
    <message>
        <source>is not a valid identifier.</source>
        <translation>is geen geldige identificatie.</translation>
    </message>
    <message>
        <source>has spaces or line breaks the app does not keep.</source>
        <translation>heeft spaties of regeleinden die de app niet bewaart.</translation>
    </message>
    <message>
        <source>{value} is not a known value.</source>
        <translation>{value} is geen bekende waarde.</translation>
    </message>
    <message>
        <source>{value} is not a valid date.</source>
        <translation>{value} is geen geldige datum.</translation>
    </message>
    <message>
        <source>{value} is out of range.</source>
        <translation>{value} valt buiten het toegestane bereik.</translation>
    </message>
    <message>
        <source>names a precondition twice.</source>
        <translation>noemt een randvoorwaarde twee keer.</translation>
    </message>
    <message>
        <source>appears twice.</source>
        <translation>komt twee keer voor.</translation>
    </message>
    <message>
        <source>cannot be empty.</source>
        <translation>mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>the signed-off plan does not match its fingerprint.</source>
        <translation>het vastgestelde plan klopt niet met zijn vingerafdruk.</translation>
    </message>
    <message>
        <source>No backup could be written in {folder} ({reason}); nothing was changed.</source>
        <translation>Er kon geen back-up worden geschreven in {folder} ({reason}); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{code} is not a language code such as de or pt_BR.</source>
        <translation>{code} is geen taalcode zoals de of pt_BR.</translation>
    </message>
    <message>
        <source>{file} already exists.</source>
        <translation>{file} bestaat al.</translation>
    </message>
    <message>
        <source>lupdate could not read the files: {reason}</source>
        <translation>lupdate kon de bestanden niet lezen: {reason}</translation>
    </message>
    <message>
        <source>Cannot use {file}: {reason}</source>
        <translation>Kan {file} niet gebruiken: {reason}</translation>
    </message>
    <message>
        <source>This cannot be done</source>
        <translation>Dit kan niet</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file; choose another name to save to.</source>
        <translation>{file} is geen gewoon bestand; kies een andere naam om op te slaan.</translation>
    </message>
    <message>
        <source>{file} is the open database or one of its own files; choose another name to save to.</source>
        <translation>{file} is de geopende database of een van haar eigen bestanden; kies een andere naam om in op te slaan.</translation>
    </message>
    <message>
        <source>{file} is a Drempelkompas database; an export never replaces one. Choose another name.</source>
        <translation>{file} is een Drempelkompas-database; een export vervangt nooit een database. Kies een andere naam.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file that can be read.</source>
        <translation>{file} is geen gewoon bestand dat gelezen kan worden.</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB and is not read.</source>
        <translation>{file} is groter dan {megabytes} MB en wordt niet gelezen.</translation>
    </message>
    <message>
        <source>This database is open read-only, so {file} cannot be imported into it.</source>
        <translation>Deze database is alleen-lezen geopend, dus {file} kan er niet in worden geïmporteerd.</translation>
    </message>
    <message>
        <source>The demo could not be prepared: {problem}</source>
        <translation>De demo kon niet worden klaargezet: {problem}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Geannuleerd: er is niets veranderd.</translation>
    </message>
    <message>
        <source>There is no meeting on {date} for this collaboration.</source>
        <translation>Er is geen vergadering op {date} voor deze samenwerking.</translation>
    </message>
    <message>
        <source>The meeting of {date} is recorded already; add --correct to change the outcomes you name.</source>
        <translation>De vergadering van {date} is al vastgelegd; voeg --correct toe om de genoemde uitkomsten te wijzigen.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{value} is geen datum; schrijf die als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Write a decision as &quot;number|taken, deferred or rejected|wording&quot;, not &quot;{text}&quot;.</source>
        <translation>Schrijf een besluit als &quot;nummer|genomen, aangehouden of verworpen|tekst&quot;, niet &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>Write an action as &quot;number|action|owner|YYYY-MM-DD&quot;, not &quot;{text}&quot;.</source>
        <translation>Schrijf een actie als &quot;nummer|actie|eigenaar|JJJJ-MM-DD&quot;, niet &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>There is no barrier titled {title}.</source>
        <translation>Er is geen drempel met de titel {title}.</translation>
    </message>
    <message>
        <source>Several barriers are titled {title}; give a more precise title.</source>
        <translation>Meerdere drempels heten {title}; geef een preciezere titel.</translation>
    </message>
    <message>
        <source>Give a file name that ends in {suffixes}.</source>
        <translation>Geef een bestandsnaam die eindigt op {suffixes}.</translation>
    </message>
    <message>
        <source>The meeting of {date} has not been recorded yet.</source>
        <translation>De vergadering van {date} is nog niet vastgelegd.</translation>
    </message>
    <message>
        <source>The PDF could not be laid out: one of its texts does not fit on a page. Shorten the longest texts and try again.</source>
        <translation>De PDF kon niet worden opgemaakt: een van de teksten past niet op een pagina. Kort de langste teksten in en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Give the value in whole euros, such as 12500, not {value}.</source>
        <translation>Geef de waarde in hele euro&apos;s, zoals 12500, niet {value}.</translation>
    </message>
    <message>
        <source>{value} is not a valid {field}; choose from: {choices}.</source>
        <translation>{value} is geen geldige {field}; kies uit: {choices}.</translation>
    </message>
    <message>
        <source>Someone else changed this contribution while you were editing it, in the same fields: nothing was saved.</source>
        <translation>Iemand anders wijzigde deze bijdrage terwijl je hem bewerkte, in dezelfde velden: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>A period cannot end before it starts.</source>
        <translation>Een periode kan niet eindigen voordat hij begint.</translation>
    </message>
    <message>
        <source>This contribution no longer exists.</source>
        <translation>Deze bijdrage bestaat niet meer.</translation>
    </message>
    <message>
        <source>This partner is no longer part of the collaboration.</source>
        <translation>Deze partner hoort niet meer bij de samenwerking.</translation>
    </message>
    <message>
        <source>Someone else changed this commitment while you were editing it, in the same fields: nothing was saved.</source>
        <translation>Iemand anders wijzigde dit commitment terwijl je het bewerkte, in dezelfde velden: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>There is no partner named {name}; the partners are: {partners}.</source>
        <translation>Er is geen partner met de naam {name}; de partners zijn: {partners}.</translation>
    </message>
    <message>
        <source>The collaboration is embedded: there is no phase after it.</source>
        <translation>De samenwerking is geborgd: er komt geen fase meer na.</translation>
    </message>
    <message>
        <source>Not every criterion is met: say in a note why the collaboration goes on anyway.</source>
        <translation>Niet aan elk criterium is voldaan: leg in een toelichting uit waarom de samenwerking toch verdergaat.</translation>
    </message>
    <message>
        <source>This phase gate decision no longer exists.</source>
        <translation>Dit besluit bij de fasepoort bestaat niet meer.</translation>
    </message>
    <message>
        <source>{key} is answered twice.</source>
        <translation>{key} is twee keer beantwoord.</translation>
    </message>
    <message>
        <source>The file holds no answers.</source>
        <translation>Het bestand bevat geen antwoorden.</translation>
    </message>
    <message>
        <source>{value} is not a statement of the drempelscan; the statements are: {keys}.</source>
        <translation>{value} is geen stelling van de drempelscan; de stellingen zijn: {keys}.</translation>
    </message>
    <message>
        <source>A score is a whole number from 0 to 4, not {value}.</source>
        <translation>Een score is een heel getal van 0 tot en met 4, niet {value}.</translation>
    </message>
    <message>
        <source>A scan needs at least one answer.</source>
        <translation>Een scan heeft minstens één antwoord nodig.</translation>
    </message>
    <message>
        <source>{value} is not a statement of the drempelscan.</source>
        <translation>{value} is geen stelling van de drempelscan.</translation>
    </message>
    <message>
        <source>These answers no longer exist.</source>
        <translation>Deze antwoorden bestaan niet meer.</translation>
    </message>
    <message>
        <source>The connection to the team database {address} was lost: the last change was not saved. Try again when the server can be reached.</source>
        <translation>De verbinding met de teamdatabase {address} is verbroken: de laatste wijziging is niet opgeslagen. Probeer het opnieuw zodra de server bereikbaar is.</translation>
    </message>
    <message>
        <source>Someone else changed the same records at the same moment: this change was not saved. Try again.</source>
        <translation>Iemand anders wijzigde op hetzelfde moment dezelfde gegevens: deze wijziging is niet opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Your role in the team database {address} may not do this: nothing was changed. Ask its administrator.</source>
        <translation>Je rol in de teamdatabase {address} mag dit niet: er is niets gewijzigd. Vraag het de beheerder.</translation>
    </message>
    <message>
        <source>The team database needs the PostgreSQL driver, which is not installed: pip install &quot;drempelkompas[team]&quot;.</source>
        <translation>Voor de teamdatabase is het PostgreSQL-stuurprogramma nodig, dat niet is geïnstalleerd: pip install &quot;drempelkompas[team]&quot;.</translation>
    </message>
    <message>
        <source>The team database {address} asks for your password.</source>
        <translation>De teamdatabase {address} vraagt om je wachtwoord.</translation>
    </message>
    <message>
        <source>The team database {address} cannot be reached: {reason}</source>
        <translation>De teamdatabase {address} is niet bereikbaar: {reason}</translation>
    </message>
    <message>
        <source>The team database {address} has no Drempelkompas tables of this version yet, and your role may not make them. Ask its administrator to open it once with this version of the app.</source>
        <translation>De teamdatabase {address} heeft nog geen Drempelkompas-tabellen van deze versie, en je rol mag ze niet maken. Vraag de beheerder om hem één keer met deze versie van de app te openen.</translation>
    </message>
    <message>
        <source>Your role in the team database {address} may not use its tables. Ask its administrator to make you a member of drempelkompas_user.</source>
        <translation>Je rol in de teamdatabase {address} mag de tabellen niet gebruiken. Vraag de beheerder om je lid te maken van drempelkompas_user.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this computer, so no backup was made. Install PostgreSQL&apos;s client programs, or ask the administrator of {address}: the server makes its own backups.</source>
        <translation>pg_dump is niet geïnstalleerd op deze computer, dus er is geen reservekopie gemaakt. Installeer de clientprogramma&apos;s van PostgreSQL, of vraag het de beheerder van {address}: de server maakt zelf reservekopieën.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so no backup was made.</source>
        <translation>De map {folder} bestaat niet, dus er is geen back-up gemaakt.</translation>
    </message>
    <message>
        <source>pg_dump could not make the backup: {reason}</source>
        <translation>pg_dump kon de reservekopie niet maken: {reason}</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Conflict: both versions kept</source>
        <translation>Conflict: beide versies bewaard</translation>
    </message>
    <message>
        <source>Changed only here: kept</source>
        <translation>Alleen hier gewijzigd: behouden</translation>
    </message>
    <message>
        <source>{kind} “{name}” in {collaboration}</source>
        <translation>{kind} “{name}” in {collaboration}</translation>
    </message>
    <message>
        <source>{kind} “{name}”</source>
        <translation>{kind} “{name}”</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {conflicts} in conflict, {kept} kept, {unchanged} unchanged.</source>
        <translation>{added} toegevoegd, {updated} bijgewerkt, {conflicts} in conflict, {kept} behouden, {unchanged} ongewijzigd.</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Samenwerking</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>Signed-off plan</source>
        <translation>Vastgesteld plan</translation>
    </message>
    <message>
        <source>Commitment</source>
        <extracomment>A partner&apos;s commitment at one level, in the list of what an import changes.</extracomment>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Contribution</source>
        <extracomment>A partner&apos;s contribution in the in-kind ledger.</extracomment>
        <translation>Bijdrage</translation>
    </message>
    <message>
        <source>Scan answers</source>
        <extracomment>One respondent&apos;s answers to the drempelscan.</extracomment>
        <translation>Antwoorden in de scan</translation>
    </message>
    <message>
        <source>Phase gate</source>
        <extracomment>A go or no-go at the gate to the next phase.</extracomment>
        <translation>Fasepoort</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export an exchange file</source>
        <translation>Uitwisselbestand exporteren</translation>
    </message>
    <message>
        <source>Collaborations to export</source>
        <translation>Te exporteren samenwerkingen</translation>
    </message>
    <message>
        <source>Choose the collaborations to pass on. The file holds their barriers, history, your own lessons they use and their signed-off plans; a colleague imports it with File › Import an exchange file.</source>
        <translation>Kies de samenwerkingen die je wilt doorgeven. Het bestand bevat hun drempels, geschiedenis, de eigen lessen die ze gebruiken en hun vastgestelde plannen; een collega importeert het met Bestand › Uitwisselbestand importeren.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambitie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Body</source>
        <extracomment>The governing body a meeting is of, such as the steering group.</extracomment>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Case number</source>
        <extracomment>The number of the case in the organisation&apos;s case system (Dutch: zaaknummer).</extracomment>
        <translation>Zaaknummer</translation>
    </message>
    <message>
        <source>Portfolio holder</source>
        <extracomment>The administrator responsible for the subject (Dutch: portefeuillehouder).</extracomment>
        <translation>Portefeuillehouder</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>Voorgesteld besluit</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>The person who gives a partner&apos;s commitment at one level.</extracomment>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Respondent</source>
        <extracomment>The person who filled in the drempelscan.</extracomment>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Decided by</source>
        <extracomment>Who took a decision at a phase gate.</extracomment>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Made by</source>
        <extracomment>Who made a change in a barrier&apos;s history, or recorded a sign-off.</extracomment>
        <translation>Gedaan door</translation>
    </message>
    <message>
        <source>precondition</source>
        <translation>randvoorwaarde</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>uitkomst</translation>
    </message>
    <message>
        <source>state</source>
        <translation>stand</translation>
    </message>
    <message>
        <source>kind</source>
        <extracomment>The kind of a contribution (knowledge, network, hours, money…).</extracomment>
        <translation>soort</translation>
    </message>
    <message>
        <source>decision</source>
        <extracomment>A phase gate&apos;s decision: go or no go.</extracomment>
        <translation>besluit</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open the &amp;demo</source>
        <translation>De &amp;demo openen</translation>
    </message>
    <message>
        <source>Opens demo collaborations in a window of their own; your own data is not touched</source>
        <translation>Opent demosamenwerkingen in een eigen venster; je eigen gegevens blijven onaangeroerd</translation>
    </message>
    <message>
        <source>Open a &amp;team database…</source>
        <translation>Een &amp;teamdatabase openen…</translation>
    </message>
    <message>
        <source>Opens a database on a PostgreSQL server, shared with your team, in a window of its own</source>
        <translation>Opent een database op een PostgreSQL-server, gedeeld met je team, in een eigen venster</translation>
    </message>
    <message>
        <source>&amp;Backups and restore…</source>
        <translation>&amp;Back-ups en terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Import an exchange file…</source>
        <translation>Uitwisselbestand &amp;importeren…</translation>
    </message>
    <message>
        <source>E&amp;xport an exchange file…</source>
        <translation>Uitwisselbestand e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>Een &amp;pdf controleren…</translation>
    </message>
    <message>
        <source>Check that a PDF is an unaltered export of a signed-off plan</source>
        <translation>Controleren of een pdf een ongewijzigde export van een vastgesteld plan is</translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation>De demo wordt klaargezet…</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>Samenwerkingen</translation>
    </message>
    <message>
        <source>Export an exchange file</source>
        <translation>Uitwisselbestand exporteren</translation>
    </message>
    <message>
        <source>Drempelkompas exchange files (*.drempel)</source>
        <translation>Uitwisselbestanden van Drempelkompas (*.drempel)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} schrijven…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n collaboration(s) with {barriers} barriers to {file}.</source>
        <translation>
            <numerusform>%n samenwerking met {barriers} drempels geëxporteerd naar {file}.</numerusform>
            <numerusform>%n samenwerkingen met {barriers} drempels geëxporteerd naar {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an exchange file</source>
        <translation>Uitwisselbestand importeren</translation>
    </message>
    <message>
        <source>Drempelkompas exchange files (*.drempel);;All files (*)</source>
        <translation>Uitwisselbestanden van Drempelkompas (*.drempel);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} lezen…</translation>
    </message>
    <message>
        <source>Everything in {file} is already here; there is nothing to import.</source>
        <translation>Alles uit {file} staat hier al; er is niets te importeren.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} importeren…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, descriptions, owners and actions (Ctrl+F)</source>
        <translation>Zoek in titels, omschrijvingen, eigenaren en acties (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation>Zoeken op het bord</translation>
    </message>
    <message>
        <source>Show overcome</source>
        <translation>Overwonnen tonen</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau:</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle niveaus</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle eigenaren</translation>
    </message>
    <message>
        <source>Without owner</source>
        <translation>Zonder eigenaar</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>Problem owners from at least two sectors take part</source>
        <translation>Probleemeigenaren uit minstens twee sectoren doen mee</translation>
    </message>
    <message>
        <source>No solution provider yet: the scope is set with the problem owners first</source>
        <translation>Nog geen oplossingsaanbieder: eerst bepalen de probleemeigenaren de scope</translation>
    </message>
    <message>
        <source>Every partner contributes in kind (start with closed purses)</source>
        <translation>Elke partner draagt in natura bij (start met gesloten beurzen)</translation>
    </message>
    <message>
        <source>A drempelscan has shown the barriers</source>
        <translation>Een drempelscan heeft de drempels in beeld gebracht</translation>
    </message>
    <message>
        <source>A committed administrative sponsor</source>
        <translation>Een bestuurlijke sponsor die zich heeft verbonden</translation>
    </message>
    <message>
        <source>Every problem owner is committed at all three levels</source>
        <translation>Elke probleemeigenaar heeft op alle drie de niveaus toegezegd</translation>
    </message>
    <message>
        <source>Funding for the next step is arranged (membership or a subsidy)</source>
        <translation>De financiering van de volgende stap is geregeld (lidmaatschap of subsidie)</translation>
    </message>
    <message>
        <source>No partner carries more than twice the average share of the others</source>
        <translation>Geen partner draagt meer dan twee keer het gemiddelde aandeel van de anderen</translation>
    </message>
    <message>
        <source>Every partner is committed at all three levels</source>
        <translation>Elke partner heeft op alle drie de niveaus toegezegd</translation>
    </message>
    <message>
        <source>Money has been delivered, not only pledged</source>
        <translation>Er is geld geleverd, niet alleen toegezegd</translation>
    </message>
    <message>
        <source>No open barrier of the highest impact</source>
        <translation>Geen open drempel met de hoogste impact</translation>
    </message>
    <message>
        <source>The latest drempelscan scores no precondition high</source>
        <translation>De laatste drempelscan scoort geen randvoorwaarde hoog</translation>
    </message>
</context>
<context>
    <name>GateDecision</name>
    <message>
        <source>Go</source>
        <extracomment>Decision at a phase gate: the collaboration moves on to the next phase.</extracomment>
        <translation>Go</translation>
    </message>
    <message>
        <source>No go</source>
        <extracomment>Decision at a phase gate: the collaboration stays in its phase for now.</extracomment>
        <translation>No-go</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <source>Phase gate — {name}</source>
        <translation>Fasepoort — {name}</translation>
    </message>
    <message>
        <source>{phase}: the last phase, there is no gate after it.</source>
        <translation>{phase}: de laatste fase, er komt geen poort meer na.</translation>
    </message>
    <message>
        <source>From {phase} to {next}</source>
        <translation>Van {phase} naar {next}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>voldaan</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>niet voldaan</translation>
    </message>
    <message>
        <source>{met} of {count} criteria met.</source>
        <translation>{met} van {count} criteria voldaan.</translation>
    </message>
    <message>
        <source>A go anyway needs a note that says why.</source>
        <translation>Een go toch vraagt een toelichting waarom.</translation>
    </message>
    <message>
        <source>&amp;Go: on to the next phase</source>
        <translation>&amp;Go: door naar de volgende fase</translation>
    </message>
    <message>
        <source>&amp;No go: the phase stays</source>
        <translation>&amp;No-go: de fase blijft</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation>Besloten d&amp;oor</translation>
    </message>
    <message>
        <source>In the &amp;meeting of</source>
        <translation>In de &amp;vergadering van</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Toelichting</translation>
    </message>
    <message>
        <source>e.g. the steering group</source>
        <translation>bijvoorbeeld de stuurgroep</translation>
    </message>
    <message>
        <source>no meeting</source>
        <translation>geen vergadering</translation>
    </message>
    <message>
        <source>Gates recorded so far</source>
        <translation>Poorten die al zijn vastgelegd</translation>
    </message>
    <message>
        <source>{date}: {decision} from {phase} to {next}, by {by}</source>
        <translation>{date}: {decision} van {phase} naar {next}, door {by}</translation>
    </message>
    <message>
        <source>{line} (recorded by {name})</source>
        <translation>{line} (vastgelegd door {name})</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nog geen.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Vast&amp;leggen</translation>
    </message>
    <message>
        <source>Say who decided, e.g. the steering group.</source>
        <translation>Vul in wie besloot, bijvoorbeeld de stuurgroep.</translation>
    </message>
    <message>
        <source>Not every criterion is met: say in the note why the collaboration goes on anyway.</source>
        <translation>Niet aan elk criterium is voldaan: leg in de toelichting uit waarom de samenwerking toch verdergaat.</translation>
    </message>
    <message>
        <source>The note may hold at most {limit} characters.</source>
        <translation>De toelichting mag hoogstens {limit} tekens bevatten.</translation>
    </message>
</context>
<context>
    <name>GovernanceActions</name>
    <message>
        <source>&amp;Meetings…</source>
        <translation>Ver&amp;gaderingen…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <source>&amp;Portfolio of all collaborations…</source>
        <translation>&amp;Portfolio van alle samenwerkingen…</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Progress &amp;over time…</source>
        <translation>Verloop in de &amp;tijd…</translation>
    </message>
    <message>
        <source>&amp;Board as PDF…</source>
        <translation>Bord als P&amp;DF…</translation>
    </message>
    <message>
        <source>Pro&amp;pose a decision…</source>
        <translation>&amp;Besluit voorstellen…</translation>
    </message>
    <message>
        <source>Save the board as PDF</source>
        <translation>Het bord opslaan als PDF</translation>
    </message>
    <message>
        <source>{name} - board {date}</source>
        <translation>{name} - bord {date}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the board…</source>
        <translation>Het bord wordt geschreven…</translation>
    </message>
    <message>
        <source>About: {title}. The proposal goes on the agenda of the next meeting.</source>
        <translation>Over: {title}. Het voorstel komt op de agenda van de volgende vergadering.</translation>
    </message>
    <message>
        <source>Proposed; the next meeting has {count} proposed decisions.</source>
        <translation>Voorgesteld; de volgende vergadering heeft {count} voorgestelde besluiten.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>The &amp;method</source>
        <translation>De &amp;methode</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Drempelkompas</source>
        <translation>&amp;Over Drempelkompas</translation>
    </message>
    <message>
        <source>About Drempelkompas</source>
        <translation>Over Drempelkompas</translation>
    </message>
    <message>
        <source>Drempelkompas {version}

A barrier compass for innovation across the boundaries of government, market, science and society, after the Digicampus method.

Database: {database}</source>
        <translation>Drempelkompas {version}

Een drempelkompas voor innovatie over de grenzen van overheid, markt, wetenschap en samenleving, naar de werkwijze van Digicampus.

Database: {database}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import an exchange file</source>
        <translation>Uitwisselbestand importeren</translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation>Wat de import verandert</translation>
    </message>
    <message>
        <source>This is what importing {file} will change. Nothing has been imported yet.</source>
        <translation>Dit verandert er als je {file} importeert. Er is nog niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Conflicts are records changed both here and in the file. Both versions are kept: a conflicting barrier appears twice on the board, the imported one marked “Conflict”; keep the one you want and delete the other. A collaboration&apos;s other texts are added to its notes.</source>
        <translation>Conflicten zijn gegevens die zowel hier als in het bestand zijn gewijzigd. Beide versies blijven bewaard: een drempel met een conflict staat twee keer op het bord, de geïmporteerde gemarkeerd met “Conflict”; houd de versie die je wilt en verwijder de andere. De andere teksten van een samenwerking worden aan de notities toegevoegd.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>KeepsInput</name>
    <message>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <source>What you typed in this window is not saved. Throw it away?</source>
        <translation>Wat je in dit venster hebt getypt, is niet opgeslagen. Weggooien?</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Contributions — {name}</source>
        <translation>Bijdragen — {name}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Bijdragen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xporteren als CSV…</translation>
    </message>
    <message>
        <source>No contributions yet. Start with closed purses: what can each partner bring in kind?</source>
        <translation>Nog geen bijdragen. Start met gesloten beurzen: wat kan elke partner in natura inbrengen?</translation>
    </message>
    <message>
        <source>{partner}: {value}, {share}% of the costs the partners carry</source>
        <translation>{partner}: {value}, {share}% van de kosten die de partners dragen</translation>
    </message>
    <message>
        <source>Per sector: {sectors}</source>
        <translation>Per sector: {sectors}</translation>
    </message>
    <message>
        <source>No contribution has a value yet, so the spread of the costs is unknown.</source>
        <translation>Nog geen bijdrage heeft een waarde, dus de verdeling van de kosten is onbekend.</translation>
    </message>
    <message>
        <source>The costs are spread evenly enough.</source>
        <translation>De kosten zijn evenwichtig genoeg verdeeld.</translation>
    </message>
    <message>
        <source>Unevenly spread: {partner} carries more than twice the average of the others.</source>
        <translation>Ongelijk verdeeld: {partner} draagt meer dan twee keer het gemiddelde van de anderen.</translation>
    </message>
    <message>
        <source>Without any contribution: {partners}.</source>
        <translation>Zonder enige bijdrage: {partners}.</translation>
    </message>
    <message>
        <source>Export the contributions</source>
        <translation>De bijdragen exporteren</translation>
    </message>
    <message>
        <source>{name} - contributions</source>
        <translation>{name} - bijdragen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the contributions…</source>
        <translation>De bijdragen worden geschreven…</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Administrative</source>
        <extracomment>Level of commitment: the political-administrative level (Dutch: bestuurlijk).</extracomment>
        <translation>Bestuurlijk</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Execution</source>
        <extracomment>Level of commitment: the people doing the work (Dutch: uitvoering).</extracomment>
        <translation>Uitvoering</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Your &amp;name in the history…</source>
        <translation>Je &amp;naam in de geschiedenis…</translation>
    </message>
    <message>
        <source>Show &amp;overcome barriers</source>
        <translation>&amp;Overwonnen drempels tonen</translation>
    </message>
    <message>
        <source>Show &amp;archived collaborations</source>
        <translation>&amp;Gearchiveerde samenwerkingen tonen</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Barrier</source>
        <translation>&amp;Drempel</translation>
    </message>
    <message>
        <source>&amp;Collaboration</source>
        <translation>&amp;Samenwerking</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>Welcome to Drempelkompas. Keep track of the barriers in your collaborations across government, market, science and society, and pair each one with a lesson and a next action.

How would you like to start?</source>
        <translation>Welkom bij Drempelkompas. Houd de drempels bij in je samenwerkingen tussen overheid, markt, wetenschap en samenleving, en koppel elke drempel aan een les en een volgende actie.

Hoe wil je beginnen?</translation>
    </message>
    <message>
        <source>Look around in the demo</source>
        <translation>Rondkijken in de demo</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved to this file</source>
        <translation>Alleen-lezen: wijzigingen kunnen niet in dit bestand worden opgeslagen</translation>
    </message>
    <message>
        <source>Create a first collaboration</source>
        <translation>Een eerste samenwerking maken</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Ongedaan maken: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Opnieuw doen: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw doen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw doen</translation>
    </message>
    <message>
        <source>Updated with changes made by others</source>
        <translation>Bijgewerkt met wijzigingen van anderen</translation>
    </message>
    <message>
        <source>team database {name}</source>
        <translation>teamdatabase {name}</translation>
    </message>
    <message>
        <source>DEMO: not your own data</source>
        <translation>DEMO: niet je eigen gegevens</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(alleen-lezen)</translation>
    </message>
    <message numerus="yes">
        <source>%n barrier(s): {open} open, {busy} in progress, {done} overcome — {shown} shown</source>
        <translation>
            <numerusform>%n drempel: {open} open, {busy} in behandeling, {done} overwonnen — {shown} getoond</numerusform>
            <numerusform>%n drempels: {open} open, {busy} in behandeling, {done} overwonnen — {shown} getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>Text size {percent}%</source>
        <translation>Tekstgrootte {percent}%</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>high impact</source>
        <translation>hoge impact</translation>
    </message>
    <message>
        <source>owner at the administrative level</source>
        <translation>eigenaar op bestuurlijk niveau</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>verlopen</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meetings — {name}</source>
        <translation>Vergaderingen — {name}</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Vergadering:</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Nieuwe vergadering</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Gremium</translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation>Voo&amp;rzitter</translation>
    </message>
    <message>
        <source>e.g. Steering group</source>
        <translation>bijvoorbeeld Stuurgroep</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>Gegevens &amp;opslaan</translation>
    </message>
    <message>
        <source>Pro&amp;pose a decision…</source>
        <translation>Besluit voor&amp;stellen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Barriers that call for a decision</source>
        <translation>Drempels die om een besluit vragen</translation>
    </message>
    <message>
        <source>Propose a decision about &amp;this barrier…</source>
        <translation>Besluit voorstellen over deze dr&amp;empel…</translation>
    </message>
    <message>
        <source>About the collaboration as a whole.</source>
        <translation>Over de samenwerking als geheel.</translation>
    </message>
    <message>
        <source>Remove the proposed decision</source>
        <translation>Voorgesteld besluit verwijderen</translation>
    </message>
    <message>
        <source>Take this proposed decision off the agenda?

{text}</source>
        <translation>Dit voorgestelde besluit van de agenda halen?

{text}</translation>
    </message>
    <message>
        <source>A meeting still to come</source>
        <translation>Een vergadering die nog moet komen</translation>
    </message>
    <message>
        <source>The meeting of {date} has not taken place yet. Record its outcomes anyway?</source>
        <translation>De vergadering van {date} heeft nog niet plaatsgevonden. Toch de uitkomsten vastleggen?</translation>
    </message>
    <message>
        <source>Case n&amp;umber</source>
        <translation>&amp;Zaaknummer</translation>
    </message>
    <message>
        <source>P&amp;ortfolio holder</source>
        <translation>&amp;Portefeuillehouder</translation>
    </message>
    <message>
        <source>Re&amp;word…</source>
        <translation>&amp;Herformuleren…</translation>
    </message>
    <message>
        <source>Meeting pack (PD&amp;F)…</source>
        <translation>Vergaderstuk (PD&amp;F)…</translation>
    </message>
    <message>
        <source>Meeting pack (&amp;editable, .odt)…</source>
        <translation>Vergaderstuk (&amp;bewerkbaar, .odt)…</translation>
    </message>
    <message>
        <source>Decision &amp;list…</source>
        <translation>Besluiten&amp;lijst…</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>vastgelegd</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>New meeting (not saved yet)</source>
        <translation>Nieuwe vergadering (nog niet opgeslagen)</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Stuurgroep</translation>
    </message>
    <message>
        <source>What the meeting decided</source>
        <translation>Wat de vergadering besloot</translation>
    </message>
    <message>
        <source>Proposed decisions (the agenda of the next meeting)</source>
        <translation>Voorgestelde besluiten (de agenda van de volgende vergadering)</translation>
    </message>
    <message>
        <source>the collaboration as a whole</source>
        <translation>de samenwerking als geheel</translation>
    </message>
    <message>
        <source>About: {about}</source>
        <translation>Over: {about}</translation>
    </message>
    <message>
        <source>No decisions proposed yet.</source>
        <translation>Nog geen besluiten voorgesteld.</translation>
    </message>
    <message>
        <source>&amp;Correct the outcomes…</source>
        <translation>Uitkomsten &amp;corrigeren…</translation>
    </message>
    <message>
        <source>&amp;Record the outcomes…</source>
        <translation>&amp;Uitkomsten vastleggen…</translation>
    </message>
    <message>
        <source>{name} - meeting pack {date}</source>
        <translation>{name} - vergaderstuk {date}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>Save the meeting pack</source>
        <translation>Het vergaderstuk opslaan</translation>
    </message>
    <message>
        <source>Writing the meeting pack…</source>
        <translation>Het vergaderstuk wordt geschreven…</translation>
    </message>
    <message>
        <source>{name} - decision list {date}</source>
        <translation>{name} - besluitenlijst {date}</translation>
    </message>
    <message>
        <source>Save the decision list</source>
        <translation>De besluitenlijst opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>Writing the decision list…</source>
        <translation>De besluitenlijst wordt geschreven…</translation>
    </message>
</context>
<context>
    <name>MethodActions</name>
    <message>
        <source>&amp;Contributions (closed purses)…</source>
        <translation>B&amp;ijdragen (gesloten beurzen)…</translation>
    </message>
    <message>
        <source>&amp;Drempelscan…</source>
        <translation>Drempel&amp;scan…</translation>
    </message>
    <message>
        <source>Phase &amp;gate…</source>
        <translation>Fasep&amp;oort…</translation>
    </message>
    <message>
        <source>Show the &amp;commitment and method panel</source>
        <translation>Paneel met &amp;commitment en methode tonen</translation>
    </message>
</context>
<context>
    <name>MethodDialog</name>
    <message>
        <source>The method</source>
        <translation>De methode</translation>
    </message>
    <message>
        <source>Overcoming barriers to innovation</source>
        <translation>Innovatiedrempels overwinnen</translation>
    </message>
    <message>
        <source>Innovation across the boundaries of government, market, science and society needs four preconditions. Each has its typical barriers; four lessons help to overcome them. After the Digicampus method.</source>
        <translation>Innoveren over de grenzen van overheid, markt, wetenschap en samenleving heen vraagt om vier randvoorwaarden. Elk daarvan kent typische drempels; vier lessen helpen ze te overwinnen. Naar de methode van Digicampus.</translation>
    </message>
    <message>
        <source>The four preconditions</source>
        <translation>De vier randvoorwaarden</translation>
    </message>
    <message>
        <source>The four lessons</source>
        <translation>De vier lessen</translation>
    </message>
    <message>
        <source>Commitment at three levels</source>
        <translation>Commitment op drie niveaus</translation>
    </message>
    <message>
        <source>Typical barriers</source>
        <translation>Typische drempels</translation>
    </message>
    <message>
        <source>Helps with: {preconditions}</source>
        <translation>Helpt bij: {preconditions}</translation>
    </message>
</context>
<context>
    <name>MethodPanel</name>
    <message>
        <source>Adm.</source>
        <extracomment>Short for the administrative level (bestuurlijk), a narrow column&apos;s heading.</extracomment>
        <translation>Best.</translation>
    </message>
    <message>
        <source>Man.</source>
        <extracomment>Short for the management level, a narrow column&apos;s heading.</extracomment>
        <translation>Man.</translation>
    </message>
    <message>
        <source>Exe.</source>
        <extracomment>Short for the execution level (uitvoering), a narrow column&apos;s heading.</extracomment>
        <translation>Uitv.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Commitment matrix</source>
        <translation>Commitmentmatrix</translation>
    </message>
    <message>
        <source>Contributions…</source>
        <translation>Bijdragen…</translation>
    </message>
    <message>
        <source>Drempelscan…</source>
        <translation>Drempelscan…</translation>
    </message>
    <message>
        <source>Phase gate…</source>
        <translation>Fasepoort…</translation>
    </message>
    <message>
        <source>Commitment per partner</source>
        <translation>Commitment per partner</translation>
    </message>
    <message>
        <source>{partner}, {level}: {state} — {person}, since {date}</source>
        <translation>{partner}, {level}: {state} — {person}, sinds {date}</translation>
    </message>
    <message>
        <source>{partner}, {level}: {state} — {person}</source>
        <translation>{partner}, {level}: {state} — {person}</translation>
    </message>
    <message>
        <source>{partner}, {level}: {state}, since {date}</source>
        <translation>{partner}, {level}: {state}, sinds {date}</translation>
    </message>
    <message>
        <source>{partner}, {level}: {state}</source>
        <translation>{partner}, {level}: {state}</translation>
    </message>
    <message>
        <source>The phase has the commitment it asks for.</source>
        <translation>De fase heeft het commitment dat ze vraagt.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Still lacking:</source>
        <translation>Ontbreekt nog:</translation>
    </message>
    <message>
        <source>Contributions: none recorded yet.</source>
        <translation>Bijdragen: nog niets vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>Contributions: %n, worth {value}.</source>
        <translation>
            <numerusform>Bijdragen: %n, ter waarde van {value}.</numerusform>
            <numerusform>Bijdragen: %n, ter waarde van {value}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{partner} carries {share}% of the costs.</source>
        <translation>{partner} draagt {share}% van de kosten.</translation>
    </message>
    <message>
        <source>Drempelscan: not held yet.</source>
        <translation>Drempelscan: nog niet gehouden.</translation>
    </message>
    <message numerus="yes">
        <source>Drempelscan of {date}: %n respondent(s).</source>
        <translation>
            <numerusform>Drempelscan van {date}: %n respondent.</numerusform>
            <numerusform>Drempelscan van {date}: %n respondenten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n barrier(s) score high without a card.</source>
        <translation>
            <numerusform>%n drempel scoort hoog zonder kaart.</numerusform>
            <numerusform>%n drempels scoren hoog zonder kaart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Embedded: the last phase.</source>
        <translation>Geborgd: de laatste fase.</translation>
    </message>
    <message>
        <source>Gate to {phase}: {met} of {count} criteria met.</source>
        <translation>Poort naar {phase}: {met} van {count} criteria voldaan.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Taken</source>
        <extracomment>Outcome of a proposed decision in a meeting: the body took the decision (Dutch: genomen).</extracomment>
        <translation>Genomen</translation>
    </message>
    <message>
        <source>Deferred</source>
        <extracomment>Outcome of a proposed decision: put off to a later meeting (Dutch: aangehouden).</extracomment>
        <translation>Aangehouden</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Verworpen</translation>
    </message>
</context>
<context>
    <name>OutcomeEditor</name>
    <message>
        <source>Proposed decision {number}</source>
        <translation>Voorgesteld besluit {number}</translation>
    </message>
    <message>
        <source>the collaboration as a whole</source>
        <translation>de samenwerking als geheel</translation>
    </message>
    <message>
        <source>{proposal}
About: {about}</source>
        <translation>{proposal}
Over: {about}</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Besluit</translation>
    </message>
    <message>
        <source>New &amp;action</source>
        <translation>Nieuwe &amp;actie</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Wie</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Deadline</translation>
    </message>
</context>
<context>
    <name>PartnerRole</name>
    <message>
        <source>Problem owner</source>
        <translation>Probleemeigenaar</translation>
    </message>
    <message>
        <source>Solution provider</source>
        <translation>Oplossingsaanbieder</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the team database</source>
        <translation>Wachtwoord voor de teamdatabase</translation>
    </message>
    <message>
        <source>The password was not accepted. Your password for {address}:</source>
        <translation>Het wachtwoord werd niet geaccepteerd. Je wachtwoord voor {address}:</translation>
    </message>
    <message>
        <source>Your password for {address}:</source>
        <translation>Je wachtwoord voor {address}:</translation>
    </message>
    <message>
        <source>&amp;Remember it in this computer&apos;s keyring</source>
        <translation>&amp;Onthouden in de sleutelhanger van deze computer</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Exploring</source>
        <translation>Verkennen</translation>
    </message>
    <message>
        <source>Pilot</source>
        <extracomment>Phase of a collaboration: a trial (a noun).</extracomment>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Scaling up</source>
        <translation>Opschalen</translation>
    </message>
    <message>
        <source>Embedded</source>
        <extracomment>Phase of a collaboration: the innovation is part of regular work.</extracomment>
        <translation>Geborgd</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Points of attention in the draft</source>
        <translation>Aandachtspunten in het concept</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Vaststelling</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role or function</source>
        <translation>Rol of functie</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Ondertekenaar toevoegen</translation>
    </message>
    <message>
        <source>Remove signatory</source>
        <translation>Ondertekenaar verwijderen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Ondertekenaars</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>PDF language:</source>
        <translation>Taal van de PDF:</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <source>Sign a PDF…</source>
        <translation>Een PDF ondertekenen…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <source>Withdraw the selected version; it stays listed, marked withdrawn</source>
        <translation>De gekozen versie intrekken; die blijft in de lijst staan, gemarkeerd als ingetrokken</translation>
    </message>
    <message>
        <source>{name}: draft of version {number}</source>
        <translation>{name}: concept van versie {number}</translation>
    </message>
    <message>
        <source>Sign off as version {number}</source>
        <translation>Vaststellen als versie {number}</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation>niet vastgesteld</translation>
    </message>
    <message>
        <source>Signed off in the app by {name}</source>
        <translation>In de app vastgesteld door {name}</translation>
    </message>
    <message>
        <source>withdrawn: {reason}</source>
        <translation>ingetrokken: {reason}</translation>
    </message>
    <message>
        <source>superseded by version {number}</source>
        <translation>vervangen door versie {number}</translation>
    </message>
    <message>
        <source>current</source>
        <extracomment>State of a signed-off version: it still matches the board.</extracomment>
        <translation>actueel</translation>
    </message>
    <message>
        <source> (received in an exchange file)</source>
        <translation> (ontvangen in een uitwisselbestand)</translation>
    </message>
    <message>
        <source>No gaps: every barrier has an owner and a next action.</source>
        <translation>Geen hiaten: elke drempel heeft een eigenaar en een volgende actie.</translation>
    </message>
    <message>
        <source>Version {number} is signed off. Its fingerprint is {fingerprint}.</source>
        <translation>Versie {number} is vastgesteld. De vingerafdruk is {fingerprint}.</translation>
    </message>
    <message>
        <source>Sign off version {number}, signed by {names}?

Points of attention still open: {gaps}.

A signed-off version cannot be changed afterwards; later changes to the board need a new version.</source>
        <translation>Versie {number} vaststellen, ondertekend door {names}?

Aandachtspunten die nog openstaan: {gaps}.

Een vastgestelde versie kan daarna niet meer veranderen; latere wijzigingen op het bord vragen een nieuwe versie.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Vaststellen</translation>
    </message>
    <message>
        <source>Withdraw version {number}</source>
        <translation>Versie {number} intrekken</translation>
    </message>
    <message>
        <source>Why is version {number} withdrawn? It stays listed and verifiable, marked withdrawn with this reason; a PDF exported from now on says so on every page.</source>
        <translation>Waarom wordt versie {number} ingetrokken? De versie blijft in de lijst staan en controleerbaar, gemarkeerd als ingetrokken met deze reden; een pdf die vanaf nu wordt geëxporteerd, vermeldt dat op elke pagina.</translation>
    </message>
    <message>
        <source>{name} - action plan - draft.pdf</source>
        <translation>{name} - actieplan - concept.pdf</translation>
    </message>
    <message>
        <source>{name} - action plan - version {number}.pdf</source>
        <translation>{name} - actieplan - versie {number}.pdf</translation>
    </message>
    <message>
        <source>Export the plan as PDF</source>
        <translation>Het plan als PDF exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the plan…</source>
        <translation>Het plan wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>Choose the exported plan to sign</source>
        <translation>Kies het geëxporteerde plan dat je wilt ondertekenen</translation>
    </message>
    <message>
        <source>Signing the plan…</source>
        <translation>Het plan wordt ondertekend…</translation>
    </message>
    <message>
        <source>Sign a PDF</source>
        <translation>Een pdf ondertekenen</translation>
    </message>
    <message>
        <source>Sign with which certificate?</source>
        <translation>Met welk certificaat ondertekenen?</translation>
    </message>
    <message>
        <source>My personal certificate</source>
        <translation>Mijn persoonlijke certificaat</translation>
    </message>
    <message>
        <source>A certificate file…</source>
        <translation>Een certificaatbestand…</translation>
    </message>
    <message>
        <source>Choose your certificate</source>
        <translation>Kies het certificaat</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Certificaten (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Making your personal certificate…</source>
        <translation>Je persoonlijke certificaat wordt gemaakt…</translation>
    </message>
    <message>
        <source>Passphrase of your personal certificate:</source>
        <translation>Wachtwoordzin van je persoonlijke certificaat:</translation>
    </message>
    <message>
        <source>Password of {file} (empty if it has none):</source>
        <translation>Wachtwoord van {file} (leeg als het er geen heeft):</translation>
    </message>
    <message>
        <source>Save the signed plan as</source>
        <translation>Het ondertekende plan opslaan als</translation>
    </message>
    <message>
        <source>to be signed off again: the board changed</source>
        <translation>opnieuw vaststellen: het bord is gewijzigd</translation>
    </message>
    <message>
        <source>Plan signed</source>
        <translation>Plan ondertekend</translation>
    </message>
    <message>
        <source>The signed plan was saved as {file}.</source>
        <translation>Het ondertekende plan is opgeslagen als {file}.</translation>
    </message>
</context>
<context>
    <name>PortfolioDialog</name>
    <message>
        <source>Portfolio — Drempelkompas</source>
        <translation>Portfolio — Drempelkompas</translation>
    </message>
    <message>
        <source>Search collaborations…</source>
        <translation>Samenwerkingen zoeken…</translation>
    </message>
    <message>
        <source>Search collaborations</source>
        <translation>Samenwerkingen zoeken</translation>
    </message>
    <message>
        <source>Only with &amp;overdue barriers</source>
        <translation>Alleen met &amp;verlopen drempels</translation>
    </message>
    <message>
        <source>Include &amp;archived</source>
        <translation>Ook &amp;gearchiveerde</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Opslaan als &amp;CSV…</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Samenwerking</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Only with a precondition &amp;without an administrative owner</source>
        <translation>Alleen met een randvoorwaarde &amp;zonder bestuurlijke eigenaar</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>geen open</translation>
    </message>
    <message>
        <source>{open} open · {overdue} overdue · impact {impact}</source>
        <translation>{open} open · {overdue} verlopen · impact {impact}</translation>
    </message>
    <message>
        <source>administrative owner</source>
        <translation>bestuurlijke eigenaar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>version {number}, current</source>
        <translation>versie {number}, actueel</translation>
    </message>
    <message>
        <source>version {number}, to sign off again</source>
        <translation>versie {number}, opnieuw vast te stellen</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message numerus="yes">
        <source>%n collaboration(s) shown</source>
        <translation>
            <numerusform>%n samenwerking getoond</numerusform>
            <numerusform>%n samenwerkingen getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click one to open it</source>
        <translation>dubbelklik om er een te openen</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the portfolio</source>
        <translation>Het portfolio opslaan</translation>
    </message>
    <message>
        <source>portfolio {date}</source>
        <translation>portfolio {date}</translation>
    </message>
    <message>
        <source>Writing the portfolio…</source>
        <translation>Het portfolio wordt geschreven…</translation>
    </message>
</context>
<context>
    <name>Precondition</name>
    <message>
        <source>Knowledge</source>
        <extracomment>One of the method&apos;s four preconditions for innovation (a column of the board).</extracomment>
        <translation>Kennis</translation>
    </message>
    <message>
        <source>Commitment</source>
        <extracomment>A precondition: the parties&apos; commitment (a noun, &quot;commitment&quot;; not the verb &quot;to commit&quot;).</extracomment>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Funding</source>
        <extracomment>A precondition: money for the innovation (Dutch: financiering).</extracomment>
        <translation>Financiering</translation>
    </message>
    <message>
        <source>Facilities</source>
        <extracomment>A precondition: access to (neutral) facilities such as test environments.</extracomment>
        <translation>Faciliteiten</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>There is no history yet.</source>
        <translation>Er is nog geen geschiedenis.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress over time — {name}</source>
        <translation>Verloop in de tijd — {name}</translation>
    </message>
    <message>
        <source>Open barriers at the end of each month, per precondition, replayed from the board&apos;s history; and how many barriers were overcome in each month.</source>
        <translation>Open drempels aan het eind van elke maand, per randvoorwaarde, afgeleid uit de geschiedenis van het bord; en hoeveel drempels er in elke maand zijn overwonnen.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Overcome</source>
        <translation>Overwonnen</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposed decision</source>
        <translation>Voorgesteld besluit</translation>
    </message>
    <message>
        <source>The &amp;decision the body is asked to take:</source>
        <translation>Het &amp;besluit dat het gremium wordt gevraagd te nemen:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record the meeting of {date}</source>
        <translation>De vergadering van {date} vastleggen</translation>
    </message>
    <message>
        <source>Record per proposed decision what the meeting decided. A deferred point returns on the agenda of the next meeting; a new action becomes the barrier&apos;s next action.</source>
        <translation>Leg per voorgesteld besluit vast wat de vergadering besloot. Een aangehouden punt komt terug op de agenda van de volgende vergadering; een nieuwe actie wordt de volgende actie van de drempel.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Draft of version {number}</source>
        <translation>Concept van versie {number}</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versie {number}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Fingerprint {short}</source>
        <translation>Vingerafdruk {short}</translation>
    </message>
    <message>
        <source>DRAFT, NOT SIGNED OFF</source>
        <translation>CONCEPT, NIET VASTGESTELD</translation>
    </message>
    <message>
        <source>Draft, not signed off</source>
        <translation>Concept, niet vastgesteld</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Signed off, then withdrawn</source>
        <translation>Vastgesteld, daarna ingetrokken</translation>
    </message>
    <message>
        <source>WITHDRAWN</source>
        <extracomment>Written large across every page of a withdrawn version.</extracomment>
        <translation>INGETROKKEN</translation>
    </message>
    <message>
        <source>Withdrawn on {date} by {name}: {reason}</source>
        <translation>Ingetrokken op {date} door {name}: {reason}</translation>
    </message>
    <message>
        <source>The sign-off was recorded in Drempelkompas by {name}.</source>
        <extracomment>Below the sign-off notice: who entered the sign-off in the app (the audit trail).</extracomment>
        <translation>De vaststelling is in Drempelkompas vastgelegd door {name}.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambitie</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>No partners recorded.</source>
        <translation>Geen partners vastgelegd.</translation>
    </message>
    <message>
        <source>Precondition</source>
        <translation>Randvoorwaarde</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Barriers per precondition. Overcome barriers are counted here but not listed in the plan.</source>
        <translation>Drempels per randvoorwaarde. Overwonnen drempels tellen hier mee, maar staan niet in het plan.</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <source>The plan has no gaps.</source>
        <translation>Het plan heeft geen hiaten.</translation>
    </message>
    <message>
        <source>“{title}” (due {date})</source>
        <extracomment>A barrier&apos;s title and the due date it passed, in a list of overdue barriers.</extracomment>
        <translation>“{title}” (deadline {date})</translation>
    </message>
    <message>
        <source>Since version {number}</source>
        <extracomment>Heading in the plan: what changed since the previous signed-off version of the plan.</extracomment>
        <translation>Sinds versie {number}</translation>
    </message>
    <message>
        <source>Open at version {number}</source>
        <translation>Open bij versie {number}</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Nu open</translation>
    </message>
    <message>
        <source>Taken off the board ({count}): {titles}.</source>
        <translation>Van het bord gehaald ({count}): {titles}.</translation>
    </message>
    <message>
        <source>No barrier was overcome, taken off or added.</source>
        <translation>Er is geen drempel overwonnen, van het bord gehaald of bijgekomen.</translation>
    </message>
    <message>
        <source>The signatories below signed off version {number} of this action plan.</source>
        <translation>De ondertekenaars hieronder hebben versie {number} van dit actieplan vastgesteld.</translation>
    </message>
    <message>
        <source>A draft has no fingerprint that can be verified: only a signed-off version can be checked afterwards.</source>
        <translation>Een concept heeft geen controleerbare vingerafdruk: alleen een vastgestelde versie kan achteraf worden gecontroleerd.</translation>
    </message>
    <message>
        <source>Without an owner ({count}): {titles}.</source>
        <translation>Zonder eigenaar ({count}): {titles}.</translation>
    </message>
    <message>
        <source>Without a next action ({count}): {titles}.</source>
        <translation>Zonder volgende actie ({count}): {titles}.</translation>
    </message>
    <message>
        <source>Without a due date ({count}): {titles}.</source>
        <translation>Zonder deadline ({count}): {titles}.</translation>
    </message>
    <message>
        <source>Overdue ({count}): {titles}.</source>
        <translation>Over tijd ({count}): {titles}.</translation>
    </message>
    <message>
        <source>“{title}” has no owner.</source>
        <translation>“{title}” heeft geen eigenaar.</translation>
    </message>
    <message>
        <source>“{title}” has no next action.</source>
        <translation>“{title}” heeft geen volgende actie.</translation>
    </message>
    <message>
        <source>{precondition} has open barriers but none with an owner at the administrative level.</source>
        <translation>{precondition} heeft open drempels, maar geen enkele met een eigenaar op bestuurlijk niveau.</translation>
    </message>
    <message>
        <source>No signatory at the administrative level.</source>
        <translation>Geen ondertekenaar op bestuurlijk niveau.</translation>
    </message>
    <message>
        <source>“{title}” has no due date.</source>
        <translation>“{title}” heeft geen deadline.</translation>
    </message>
    <message>
        <source>“{title}” is overdue: it was due on {date}.</source>
        <translation>“{title}” is over tijd: de deadline was {date}.</translation>
    </message>
    <message>
        <source>No open barriers for this precondition.</source>
        <translation>Geen open drempels voor deze randvoorwaarde.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>Level of commitment: administrative, management or execution.</extracomment>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <source>No lesson fits this barrier yet.</source>
        <translation>Er past nog geen les bij deze drempel.</translation>
    </message>
    <message>
        <source>Lesson (suggested by the method)</source>
        <translation>Les (voorgesteld door de methode)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>see lesson {number} under Lessons used</source>
        <translation>zie les {number} onder Gebruikte lessen</translation>
    </message>
    <message>
        <source>Lessons used</source>
        <translation>Gebruikte lessen</translation>
    </message>
    <message>
        <source>The lessons of the method that this plan applies, each once, numbered as the barriers cite them.</source>
        <translation>De lessen uit de methode die dit plan toepast, elk één keer, genummerd zoals de drempels ernaar verwijzen.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <extracomment>Heading: the formal approval of the plan by the people named (Dutch: vaststelling).</extracomment>
        <translation>Vaststelling</translation>
    </message>
    <message>
        <source>This is a draft. It has not been signed off and is not a decision.</source>
        <translation>Dit is een concept. Het is niet vastgesteld en is geen besluit.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Digital signatures</source>
        <translation>Digitale handtekeningen</translation>
    </message>
    <message>
        <source>Digitally signed by</source>
        <extracomment>On the stamp of a digital signature, above the signer&apos;s name.</extracomment>
        <translation>Digitaal ondertekend door</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256) of this plan</source>
        <translation>Vingerafdruk (SHA-256) van dit plan</translation>
    </message>
    <message>
        <source>Check this file with: drempelkompas verify FILE.pdf. It confirms that the file is an unaltered export of a signed-off version.</source>
        <translation>Controleer dit bestand met: drempelkompas verify BESTAND.pdf. Zo blijkt dat het een ongewijzigde export van een vastgestelde versie is.</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <extracomment>Title of the document the members of a steering group get before the meeting (Dutch: vergaderstuk).</extracomment>
        <translation>Vergaderstuk</translation>
    </message>
    <message>
        <source>Decision list</source>
        <extracomment>Title of the list of decisions a meeting took (Dutch: besluitenlijst).</extracomment>
        <translation>Besluitenlijst</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Vergaderdatum</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Zaaknummer</translation>
    </message>
    <message>
        <source>Portfolio holder</source>
        <translation>Portefeuillehouder</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Samenwerking</translation>
    </message>
    <message>
        <source>Previous meeting</source>
        <translation>Vorige vergadering</translation>
    </message>
    <message>
        <source>none: this is the first</source>
        <translation>geen: dit is de eerste</translation>
    </message>
    <message>
        <source>page</source>
        <extracomment>At the foot of every page of the editable meeting pack, before the page&apos;s number.</extracomment>
        <translation>pagina</translation>
    </message>
    <message>
        <source>{body}, {date}</source>
        <extracomment>Header of the pages of a meeting&apos;s documents: the body and the meeting&apos;s date.</extracomment>
        <translation>{body}, {date}</translation>
    </message>
    <message>
        <source>Proposed decisions</source>
        <translation>Voorgestelde besluiten</translation>
    </message>
    <message>
        <source>Decisions</source>
        <extracomment>Heading of the decision list&apos;s section with what was decided.</extracomment>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>The body is asked to decide on the following.</source>
        <translation>Het gremium wordt gevraagd over het volgende te besluiten.</translation>
    </message>
    <message>
        <source>No decisions are proposed for this meeting.</source>
        <translation>Voor deze vergadering zijn geen besluiten voorgesteld.</translation>
    </message>
    <message>
        <source>About: {title} ({precondition})</source>
        <translation>Over: {title} ({precondition})</translation>
    </message>
    <message>
        <source>About the collaboration as a whole</source>
        <translation>Over de samenwerking als geheel</translation>
    </message>
    <message>
        <source>What changed since the previous meeting ({date})</source>
        <translation>Wat er veranderde sinds de vorige vergadering ({date})</translation>
    </message>
    <message>
        <source>What happened so far</source>
        <translation>Wat er tot nu toe gebeurde</translation>
    </message>
    <message>
        <source>Nothing changed on the board.</source>
        <translation>Er veranderde niets op het bord.</translation>
    </message>
    <message>
        <source>New ({count}): {titles}.</source>
        <translation>Nieuw ({count}): {titles}.</translation>
    </message>
    <message>
        <source>Overcome ({count}): {titles}.</source>
        <translation>Overwonnen ({count}): {titles}.</translation>
    </message>
    <message>
        <source>Moved to another precondition ({count}): {titles}.</source>
        <translation>Naar een andere randvoorwaarde verplaatst ({count}): {titles}.</translation>
    </message>
    <message>
        <source>Re-assigned ({count}): {titles}.</source>
        <translation>Nieuwe eigenaar ({count}): {titles}.</translation>
    </message>
    <message>
        <source>“{title}” ({old} → {new})</source>
        <extracomment>One barrier that changed from one value to another, e.g. a new owner.</extracomment>
        <translation>“{title}” ({old} → {new})</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Overdue and undated barriers</source>
        <translation>Verlopen drempels en drempels zonder deadline</translation>
    </message>
    <message>
        <source>Overdue on the meeting date</source>
        <translation>Verlopen op de vergaderdatum</translation>
    </message>
    <message>
        <source>No barrier is overdue.</source>
        <translation>Geen drempel is verlopen.</translation>
    </message>
    <message>
        <source>Without a due date</source>
        <translation>Zonder deadline</translation>
    </message>
    <message>
        <source>Every open barrier has a due date.</source>
        <translation>Elke open drempel heeft een deadline.</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <source>Commitment per level</source>
        <translation>Commitment per niveau</translation>
    </message>
    <message>
        <source>Open barriers per level of commitment and precondition; in brackets how many have an owner. The method asks for commitment at all three levels, and more of it as the collaboration grows.</source>
        <translation>Open drempels per niveau van commitment en randvoorwaarde; tussen haakjes hoeveel er een eigenaar hebben. De methode vraagt commitment op alle drie de niveaus, en meer naarmate de samenwerking groeit.</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>Geen niveau</translation>
    </message>
    <message>
        <source>{open} ({owned})</source>
        <extracomment>A count of open barriers and, in brackets, how many of them have an owner.</extracomment>
        <translation>{open} ({owned})</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>The next action of every open barrier, by due date.</source>
        <translation>De volgende actie van elke open drempel, op deadline.</translation>
    </message>
    <message>
        <source>There are no open barriers.</source>
        <translation>Er zijn geen open drempels.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Verloop in de tijd</translation>
    </message>
    <message>
        <source>Open barriers at the end of each month, per precondition, from the board&apos;s history.</source>
        <translation>Open drempels aan het eind van elke maand, per randvoorwaarde, uit de geschiedenis van het bord.</translation>
    </message>
    <message>
        <source>There is no history yet.</source>
        <translation>Er is nog geen geschiedenis.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Overcome in the month</source>
        <translation>Overwonnen in de maand</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>Het actieplan</translation>
    </message>
    <message>
        <source>No version of the action plan has been signed off yet.</source>
        <translation>Er is nog geen versie van het actieplan vastgesteld.</translation>
    </message>
    <message>
        <source>Version {number}, signed off on {date} by {names}, is current: the board has not changed since.</source>
        <translation>Versie {number}, vastgesteld op {date} door {names}, is actueel: het bord is sindsdien niet veranderd.</translation>
    </message>
    <message>
        <source>Version {number} was signed off on {date} by {names}. The board has changed since: the plan needs to be signed off again.</source>
        <translation>Versie {number} is vastgesteld op {date} door {names}. Het bord is sindsdien veranderd: het plan moet opnieuw worden vastgesteld.</translation>
    </message>
    <message>
        <source>Every signed-off version was withdrawn; the last was version {number}.</source>
        <translation>Elke vastgestelde versie is ingetrokken; de laatste was versie {number}.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>{action} (who: {owner}; due: {date})</source>
        <translation>{action} (wie: {owner}; deadline: {date})</translation>
    </message>
    <message>
        <source>The meeting decided nothing.</source>
        <translation>De vergadering besloot niets.</translation>
    </message>
    <message>
        <source>Deferred points return on the agenda of the next meeting.</source>
        <translation>Aangehouden punten komen terug op de agenda van de volgende vergadering.</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>nog niet vastgelegd</translation>
    </message>
    <message>
        <source>The outcomes were recorded in Drempelkompas by {names}.</source>
        <translation>De uitkomsten zijn in Drempelkompas vastgelegd door {names}.</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>All collaborations against the four preconditions: open barriers, of which overdue, the highest impact, and whether an owner at the administrative level is present (A). A red line marks a precondition with overdue barriers.</source>
        <translation>Alle samenwerkingen langs de vier randvoorwaarden: open drempels, waarvan verlopen, de hoogste impact, en of er een eigenaar op bestuurlijk niveau is (B). Een rode streep markeert een randvoorwaarde met verlopen drempels.</translation>
    </message>
    <message>
        <source>On {date}</source>
        <extracomment>Header of the portfolio&apos;s pages: the date it was made.</extracomment>
        <translation>Op {date}</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>{open} open · {overdue} overdue · impact {impact}</source>
        <extracomment>A portfolio cell: open barriers, how many overdue, highest impact.</extracomment>
        <translation>{open} open · {overdue} verlopen · impact {impact}</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>geen open</translation>
    </message>
    <message>
        <source>A</source>
        <translation>B</translation>
    </message>
    <message>
        <source>There are no collaborations.</source>
        <translation>Er zijn geen samenwerkingen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>version {number}, current</source>
        <translation>versie {number}, actueel</translation>
    </message>
    <message>
        <source>version {number}, to sign off again</source>
        <translation>versie {number}, opnieuw vast te stellen</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>{precondition}: open</source>
        <extracomment>A column heading of the portfolio&apos;s CSV file: the open barriers of a precondition.</extracomment>
        <translation>{precondition}: open</translation>
    </message>
    <message>
        <source>{precondition}: overdue</source>
        <translation>{precondition}: verlopen</translation>
    </message>
    <message>
        <source>{precondition}: highest impact</source>
        <translation>{precondition}: hoogste impact</translation>
    </message>
    <message>
        <source>{precondition}: administrative owner</source>
        <translation>{precondition}: bestuurlijke eigenaar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>No barriers.</source>
        <translation>Geen drempels.</translation>
    </message>
    <message>
        <source>due {date}</source>
        <extracomment>On a printed card: when it is due.</extracomment>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>verlopen sinds {date}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column of the ledger: the kind of contribution (knowledge, hours, money…).</extracomment>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column of the ledger: pledged or delivered.</extracomment>
        <translation>Stand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Value (EUR)</source>
        <extracomment>Column of the ledger: the contribution&apos;s value in whole euros.</extracomment>
        <translation>Waarde (EUR)</translation>
    </message>
    <message>
        <source>Commitment of the partners</source>
        <extracomment>Heading of the plan&apos;s and the meeting pack&apos;s section on the commitment of the partners.</extracomment>
        <translation>Commitment van de partners</translation>
    </message>
    <message>
        <source>Who commits for each partner at each level. The method asks for more commitment as the collaboration grows: what the phase {phase} still lacks is listed below the table.</source>
        <translation>Wie zich per partner op elk niveau verbindt. De methode vraagt meer commitment naarmate de samenwerking groeit: wat de fase {phase} nog mist, staat onder de tabel.</translation>
    </message>
    <message>
        <source>The commitment the phase asks for is there.</source>
        <translation>Het commitment dat de fase vraagt, is er.</translation>
    </message>
    <message>
        <source>{state}: {person}, since {date}</source>
        <extracomment>A cell of the commitment matrix: its state, who, and since when.</extracomment>
        <translation>{state}: {person}, sinds {date}</translation>
    </message>
    <message>
        <source>{state}: {person}</source>
        <translation>{state}: {person}</translation>
    </message>
    <message>
        <source>{state}, since {date}</source>
        <translation>{state}, sinds {date}</translation>
    </message>
    <message>
        <source>Contributions (closed purses)</source>
        <extracomment>Heading of the section on the in-kind ledger (&quot;start with closed purses&quot;).</extracomment>
        <translation>Bijdragen (gesloten beurzen)</translation>
    </message>
    <message>
        <source>No contributions are recorded yet.</source>
        <translation>Er zijn nog geen bijdragen vastgelegd.</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Bijdragen</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Toegezegd</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geleverd</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>The costs are spread evenly enough over the partners.</source>
        <translation>De kosten zijn evenwichtig genoeg over de partners verdeeld.</translation>
    </message>
    <message>
        <source>What each partner brings in: knowledge, network, communication, facilities and hours first, money through membership or a subsidy. Values in euros, where known; the share is of the costs the partners carry themselves, so without subsidies, which are money from outside.</source>
        <translation>Wat elke partner inbrengt: eerst kennis, netwerk, communicatie, faciliteiten en uren, geld via lidmaatschap of een subsidie. Waarden in euro&apos;s, voor zover bekend; het aandeel is dat in de kosten die de partners zelf dragen, dus zonder subsidies, want dat is geld van buiten.</translation>
    </message>
    <message>
        <source>The costs are spread unevenly: {partner} carries {share}% of what the partners carry.</source>
        <translation>De kosten zijn ongelijk verdeeld: {partner} draagt {share}% van wat de partners dragen.</translation>
    </message>
    <message>
        <source>No contribution has a value, so the spread is unknown.</source>
        <translation>Geen bijdrage heeft een waarde, dus de verdeling is onbekend.</translation>
    </message>
    <message>
        <source>Without any contribution: {partners}.</source>
        <translation>Zonder enige bijdrage: {partners}.</translation>
    </message>
    <message>
        <source>Drempelscan</source>
        <extracomment>Heading of the section on the latest drempelscan (a self-assessment of the barriers).</extracomment>
        <translation>Drempelscan</translation>
    </message>
    <message>
        <source>The average score per precondition of the latest round ({date}, {count} respondents), from 0 (does not apply) to 4 (fully applies).</source>
        <translation>De gemiddelde score per randvoorwaarde in de laatste ronde ({date}, {count} respondenten), van 0 (niet van toepassing) tot 4 (volledig van toepassing).</translation>
    </message>
    <message>
        <source>No drempelscan has been held yet.</source>
        <translation>Er is nog geen drempelscan gehouden.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>Previous ({date})</source>
        <extracomment>Column of the scan&apos;s table: the round before the latest, with its date.</extracomment>
        <translation>Vorige ({date})</translation>
    </message>
    <message>
        <source>Scoring high: {titles}.</source>
        <translation>Hoog gescoord: {titles}.</translation>
    </message>
    <message>
        <source>Phase gate</source>
        <extracomment>Heading of the section on the phase gates (go / no-go to the next phase).</extracomment>
        <translation>Fasepoort</translation>
    </message>
    <message>
        <source>Last gate: {decision} from {from_phase} to {to_phase} on {date}, by {by}.</source>
        <translation>Laatste poort: {decision} van {from_phase} naar {to_phase} op {date}, door {by}.</translation>
    </message>
    <message>
        <source>No phase gate has been recorded yet.</source>
        <translation>Er is nog geen fasepoort vastgelegd.</translation>
    </message>
    <message>
        <source>The gate to {phase}, as it stands:</source>
        <translation>De poort naar {phase}, zoals die er nu voor staat:</translation>
    </message>
    <message>
        <source>The collaboration is embedded: there is no next gate.</source>
        <translation>De samenwerking is geborgd: er is geen volgende poort.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>voldaan</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>niet voldaan</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>Does not apply</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>Hardly applies</source>
        <translation>Nauwelijks van toepassing</translation>
    </message>
    <message>
        <source>Partly applies</source>
        <translation>Deels van toepassing</translation>
    </message>
    <message>
        <source>Largely applies</source>
        <translation>Grotendeels van toepassing</translation>
    </message>
    <message>
        <source>Fully applies</source>
        <translation>Volledig van toepassing</translation>
    </message>
    <message>
        <source>We do not know where or how to start: the rules for innovating together with companies or competitors are unclear or hold us back.</source>
        <extracomment>Each statement is read as &quot;in our collaboration, …&quot;; a respondent says how far it applies.</extracomment>
        <translation>We weten niet waar of hoe we moeten beginnen: de spelregels om samen met bedrijven of concurrenten te innoveren zijn onduidelijk of remmen ons af.</translation>
    </message>
    <message>
        <source>We lack a view of what this development means for our own organisation, its processes and its system owners.</source>
        <translation>We missen zicht op wat deze ontwikkeling betekent voor onze eigen organisatie, haar processen en haar systeemeigenaren.</translation>
    </message>
    <message>
        <source>We do not know which good practices and building blocks (APIs, data) already exist to learn from or build on.</source>
        <translation>We weten niet welke good practices en bouwstenen (API&apos;s, data) er al zijn om van te leren of op verder te bouwen.</translation>
    </message>
    <message>
        <source>Key stakeholders feel too little urgency to free up people and time for the next step.</source>
        <translation>Belangrijke stakeholders voelen te weinig urgentie om mensen en tijd vrij te maken voor de volgende stap.</translation>
    </message>
    <message>
        <source>The administrative backing to carry on together is missing or fading.</source>
        <translation>Het bestuurlijk draagvlak om samen verder te gaan ontbreekt of neemt af.</translation>
    </message>
    <message>
        <source>Our own organisation lacks the will or the courage to take the new service or product into use.</source>
        <translation>Onze eigen organisatie mist de wil of de durf om de nieuwe dienst of het nieuwe product in gebruik te nemen.</translation>
    </message>
    <message>
        <source>There is no money for the step after the first pilot, because management and administrators avoid the risk.</source>
        <translation>Er is geen geld voor de stap na de eerste proef, omdat management en bestuur het risico mijden.</translation>
    </message>
    <message>
        <source>Budgets are spread over departments and organisations, so too many people must agree before money is spent.</source>
        <translation>Budgetten zijn versnipperd over afdelingen en organisaties, dus moeten te veel mensen instemmen voordat er geld wordt uitgegeven.</translation>
    </message>
    <message>
        <source>The costs come long before the benefits and are not shared fairly among the partners.</source>
        <translation>De kosten gaan ver voor de baten uit en zijn niet eerlijk over de partners verdeeld.</translation>
    </message>
    <message>
        <source>We have no sandbox, no environment of our own in which to experiment safely.</source>
        <translation>We hebben geen zandbak, geen eigen omgeving om veilig in te experimenteren.</translation>
    </message>
    <message>
        <source>We cannot get at the building blocks and documentation of partners or stakeholders.</source>
        <translation>We kunnen niet bij de bouwstenen en documentatie van partners of stakeholders.</translation>
    </message>
    <message>
        <source>We cannot test ideas and prototypes with residents or with researchers.</source>
        <translation>We kunnen ideeën en prototypes niet toetsen bij inwoners of onderzoekers.</translation>
    </message>
</context>
<context>
    <name>ScanChart</name>
    <message>
        <source>Average score per precondition in the rounds of {dates}</source>
        <translation>Gemiddelde score per randvoorwaarde in de rondes van {dates}</translation>
    </message>
    <message>
        <source>No drempelscan yet.</source>
        <translation>Nog geen drempelscan.</translation>
    </message>
    <message>
        <source>Bars: {dates}, the latest darkest. Dashed: from here on a score is high.</source>
        <translation>Staven: {dates}, de laatste het donkerst. Gestippeld: vanaf hier is een score hoog.</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message numerus="yes">
        <source>{date} (%n respondent(s)): {scores}</source>
        <translation>
            <numerusform>{date} (%n respondent): {scores}</numerusform>
            <numerusform>{date} (%n respondenten): {scores}</numerusform>
        </translation>
    </message>
    <message>
        <source>Drempelscan — {name}</source>
        <translation>Drempelscan — {name}</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Antwoorden</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profiel</translation>
    </message>
    <message>
        <source>&amp;Respondent</source>
        <translation>&amp;Respondent</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Partn&amp;er</source>
        <translation>Par&amp;tner</translation>
    </message>
    <message>
        <source>Who answers</source>
        <translation>Wie antwoordt</translation>
    </message>
    <message>
        <source>How far does each statement apply to your collaboration? Leave out what you cannot judge.</source>
        <translation>In hoeverre is elke stelling van toepassing op je samenwerking? Sla over wat je niet kunt beoordelen.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <source>Record &amp;these answers</source>
        <translation>Deze antwoorden &amp;vastleggen</translation>
    </message>
    <message>
        <source>Answers given</source>
        <translation>Gegeven antwoorden</translation>
    </message>
    <message>
        <source>Delete t&amp;hese answers</source>
        <translation>Deze antwoorden ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Scoring high in the latest round, without a card on the board:</source>
        <translation>Hoog gescoord in de laatste ronde, nog zonder kaart op het bord:</translation>
    </message>
    <message>
        <source>Put the &amp;chosen barriers on the board</source>
        <translation>De &amp;gekozen drempels op het bord zetten</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>Government</source>
        <translation>Overheid</translation>
    </message>
    <message>
        <source>Market</source>
        <extracomment>Sector of a partner: companies (the market as a party), not a marketplace.</extracomment>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Wetenschap</translation>
    </message>
    <message>
        <source>Society</source>
        <translation>Samenleving</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <extracomment>Status of a barrier: not yet worked on (an adjective, not the verb to open).</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Overcome</source>
        <extracomment>Status of a barrier: it has been overcome (a past participle).</extracomment>
        <translation>Overwonnen</translation>
    </message>
</context>
<context>
    <name>TeamAddressDialog</name>
    <message>
        <source>Open a team database</source>
        <translation>Een teamdatabase openen</translation>
    </message>
    <message>
        <source>A team database on a PostgreSQL server is shared by everyone in your team: each change is saved there at once, and the board shows within seconds what others change. Your administrator gives you its address.</source>
        <translation>Een teamdatabase op een PostgreSQL-server delen alle leden van je team: elke wijziging wordt daar meteen opgeslagen, en het bord toont binnen enkele seconden wat anderen wijzigen. Je beheerder geeft je het adres.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>An address starts with postgresql://</source>
        <translation>Een adres begint met postgresql://</translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <source>Someone else changed “{title}” while you were editing it, in the same fields, so your changes were not saved.

Keep your version as a second card beside theirs, marked as a conflict (as after an exchange)? Or drop your changes and see theirs?</source>
        <translation>Iemand anders wijzigde “{title}” terwijl je de drempel bewerkte, in dezelfde velden; daarom zijn je wijzigingen niet opgeslagen.

Wil je jouw versie bewaren als tweede kaart naast die van de ander, gemarkeerd als conflict (zoals na een uitwisseling)? Of je wijzigingen laten vallen en die van de ander zien?</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide bewaren</translation>
    </message>
    <message>
        <source>&amp;Drop mine</source>
        <translation>De mijne laten &amp;vallen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>{problem}

Your changes are kept here until you try again or drop them.</source>
        <translation>{problem}

Je wijzigingen blijven hier bewaard tot je het opnieuw probeert of ze laat vallen.</translation>
    </message>
    <message>
        <source>{problem}

Save your version over theirs, or keep theirs and drop yours? Back to your changes leaves both as they are.</source>
        <translation>{problem}

Jouw versie over die van de ander opslaan, of die van de ander houden en de jouwe laten vallen? Terug naar je wijzigingen laat beide zoals ze zijn.</translation>
    </message>
    <message>
        <source>&amp;Save mine</source>
        <translation>De mijne op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>Die van de ander &amp;houden</translation>
    </message>
    <message>
        <source>&amp;Back to my changes</source>
        <translation>&amp;Terug naar mijn wijzigingen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>&amp;Drop my changes</source>
        <translation>Mijn wijzigingen laten &amp;vallen</translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message>
        <source>Your name in the history</source>
        <translation>Je naam in de geschiedenis</translation>
    </message>
    <message>
        <source>The history of every card, sign-off and withdrawal records who made it. Your name:</source>
        <translation>De geschiedenis van elke kaart, vaststelling en intrekking legt vast wie die maakte. Je naam:</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Choose the PDF to verify</source>
        <translation>Kies de pdf om te controleren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Verifying {file}…</source>
        <translation>{file} wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Verify a PDF</source>
        <translation>Een pdf controleren</translation>
    </message>
    <message>
        <source>Collaboration: {name}; version {number}</source>
        <translation>Samenwerking: {name}; versie {number}</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Vingerafdruk: {fingerprint}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>ONGELDIG</translation>
    </message>
    <message>
        <source>from a trusted authority</source>
        <translation>van een vertrouwde uitgever</translation>
    </message>
    <message>
        <source>personal certificate</source>
        <translation>persoonlijk certificaat</translation>
    </message>
    <message>
        <source>within the certificate&apos;s validity</source>
        <translation>binnen de geldigheid van het certificaat</translation>
    </message>
    <message>
        <source>OUTSIDE the certificate&apos;s validity</source>
        <translation>BUITEN de geldigheid van het certificaat</translation>
    </message>
    <message>
        <source>certificate {fingerprint}</source>
        <translation>certificaat {fingerprint}</translation>
    </message>
    <message>
        <source>Signature {number}: {signer}</source>
        <translation>Handtekening {number}: {signer}</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>unaltered export of a signed-off version</source>
        <translation>ongewijzigde export van een vastgestelde versie</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>geen pdf-bestand</translation>
    </message>
    <message>
        <source>not an action plan exported by Drempelkompas</source>
        <translation>geen actieplan dat door Drempelkompas is geëxporteerd</translation>
    </message>
    <message>
        <source>no signed-off version in this database has this fingerprint</source>
        <translation>geen vastgestelde versie in deze database heeft deze vingerafdruk</translation>
    </message>
    <message>
        <source>ALTERED: the file is not the export of the signed-off version it names (it was changed, or rewritten by another program)</source>
        <translation>GEWIJZIGD: het bestand is niet de export van de vastgestelde versie die het noemt (het is veranderd, of door een ander programma herschreven)</translation>
    </message>
    <message>
        <source>ALTERED: content was added after the last signature</source>
        <translation>GEWIJZIGD: na de laatste handtekening is inhoud toegevoegd</translation>
    </message>
    <message>
        <source>ALTERED: what the document shows or does was changed after the export</source>
        <translation>GEWIJZIGD: wat het document toont of doet, is na de export veranderd</translation>
    </message>
    <message>
        <source>ALTERED: the file was updated after the export by something other than a signature</source>
        <translation>GEWIJZIGD: het bestand is na de export aangevuld met iets anders dan een handtekening</translation>
    </message>
    <message>
        <source>ALTERED: signature {number} does not match the file</source>
        <translation>GEWIJZIGD: handtekening {number} klopt niet met het bestand</translation>
    </message>
    <message>
        <source>ALTERED: something other than a signature was added after signature {number}</source>
        <translation>GEWIJZIGD: na handtekening {number} is iets anders dan een handtekening toegevoegd</translation>
    </message>
    <message>
        <source>NOT VALID: signature {number} was made outside its certificate&apos;s validity period</source>
        <translation>NIET GELDIG: handtekening {number} is gezet buiten de geldigheidsduur van het certificaat</translation>
    </message>
    <message>
        <source>Version {number} is the version in force.</source>
        <translation>Versie {number} is de geldende versie.</translation>
    </message>
    <message>
        <source>Version {number} was superseded by version {later} of {date}.</source>
        <translation>Versie {number} is vervangen door versie {later} van {date}.</translation>
    </message>
    <message>
        <source>Version {number} was WITHDRAWN on {date} by {name}: {reason}</source>
        <translation>Versie {number} is INGETROKKEN op {date} door {name}: {reason}</translation>
    </message>
    <message>
        <source>Version {number} was signed off elsewhere and received in an exchange file: this database holds a copy, so who signed it off is not confirmed here.</source>
        <translation>Versie {number} is elders vastgesteld en ontvangen in een uitwisselbestand: deze database heeft een kopie, dus wie hem vaststelde is hier niet bevestigd.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>toon het versienummer en stop</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>toon deze hulptekst en stop</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>de volgende argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht één argument</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige %(type)s-waarde: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan passen bij %(matches)s</translation>
    </message>
</context>
</TS>
