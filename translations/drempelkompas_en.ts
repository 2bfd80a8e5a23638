<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>App</name>
    <message>
        <source>Already open</source>
        <translation>Already open</translation>
    </message>
    <message>
        <source>{file} is already open in another Drempelkompas window.</source>
        <translation>{file} is already open in another Drempelkompas window.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>{problem}

There is a good backup from {when} with {collaborations} collaborations and {barriers} barriers. Restore it? The damaged file is kept, unchanged, beside it.</source>
        <translation>{problem}

There is a good backup from {when} with {collaborations} collaborations and {barriers} barriers. Restore it? The damaged file is kept, unchanged, beside it.</translation>
    </message>
    <message>
        <source>Database in a synchronised folder</source>
        <translation>Database in a synchronised folder</translation>
    </message>
    <message>
        <source>{file} is in a folder kept in sync by {service}. Sync clients copy a database while it changes and can damage it or lose your latest edits. Copy it to {target} on this computer and work there? The original stays where it is.</source>
        <translation>{file} is in a folder kept in sync by {service}. Sync clients copy a database while it changes and can damage it or lose your latest edits. Copy it to {target} on this computer and work there? The original stays where it is.</translation>
    </message>
    <message>
        <source>The database cannot be copied</source>
        <translation>The database cannot be copied</translation>
    </message>
    <message>
        <source>The team database cannot be opened</source>
        <translation>The team database cannot be opened</translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation>Database on a network drive</translation>
    </message>
    <message>
        <source>{file} is on a network drive. A database file there can be damaged when two computers use it at once, so it is opened read-only.

Copy it to {target} on this computer and work there, or open a team database on a server that your team shares?</source>
        <translation>{file} is on a network drive. A database file there can be damaged when two computers use it at once, so it is opened read-only.

Copy it to {target} on this computer and work there, or open a team database on a server that your team shares?</translation>
    </message>
    <message>
        <source>&amp;Copy to this computer</source>
        <translation>&amp;Copy to this computer</translation>
    </message>
    <message>
        <source>Open a &amp;team database…</source>
        <translation>Open a &amp;team database…</translation>
    </message>
    <message>
        <source>&amp;Only look</source>
        <translation>&amp;Only look</translation>
    </message>
    <message>
        <source>{problem}

There is no good backup. Save what can still be read into a new database? The damaged file is kept, unchanged, beside it.</source>
        <translation>{problem}

There is no good backup. Save what can still be read into a new database? The damaged file is kept, unchanged, beside it.</translation>
    </message>
    <message>
        <source>Nothing could be saved</source>
        <translation>Nothing could be saved</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file; it is kept as {file}. Drempelkompas goes on with an empty database.</source>
        <translation>Nothing could be read from the damaged file; it is kept as {file}. Drempelkompas goes on with an empty database.</translation>
    </message>
    <message>
        <source>Salvaged</source>
        <translation>Salvaged</translation>
    </message>
    <message>
        <source>Saved {collaborations} collaborations and {barriers} barriers. The damaged file is kept as {file}.</source>
        <translation>Saved {collaborations} collaborations and {barriers} barriers. The damaged file is kept as {file}.</translation>
    </message>
    <message>
        <source>SQLite could not read or write the file ({reason}).</source>
        <translation>SQLite could not read or write the file ({reason}).</translation>
    </message>
    <message>
        <source>The team database cannot be reached</source>
        <translation>The team database cannot be reached</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). Your data is safe: every change you saw completed was saved. Details are in {log}.</source>
        <translation>Something unexpected went wrong ({error}). Your data is safe: every change you saw completed was saved. Details are in {log}.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>A backup is made when the app starts (once a day), before every import, upgrade and restore. The newest 14 are kept. Restoring first backs up the current state, so a restore can be undone by restoring that backup.</source>
        <translation>A backup is made when the app starts (once a day), before every import, upgrade and restore. The newest 14 are kept. Restoring first backs up the current state, so a restore can be undone by restoring that backup.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>Collaborations</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Barriers</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>daily, at start-up</source>
        <translation>daily, at start-up</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Replace all data by the backup of {when}? The current state is backed up first.</source>
        <translation>Replace all data by the backup of {when}? The current state is backed up first.</translation>
    </message>
</context>
<context>
    <name>BarrierDialog</name>
    <message>
        <source>Barrier</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Precondition</source>
        <translation>Precondition</translation>
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
        <translation>Level</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Conflict: this is the version of an imported file, and this barrier was also changed here. Keep the card you want and delete the other, or keep both.</source>
        <translation>Conflict: this is the version of an imported file, and this barrier was also changed here. Keep the card you want and delete the other, or keep both.</translation>
    </message>
    <message>
        <source>Keep both cards: the conflict is resolved</source>
        <translation>Keep both cards: the conflict is resolved</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>A barrier needs a title.</source>
        <translation>A barrier needs a title.</translation>
    </message>
    <message>
        <source>Description and next action may hold at most {limit} characters.</source>
        <translation>Description and next action may hold at most {limit} characters.</translation>
    </message>
    <message>
        <source>Suggested: {lesson}</source>
        <translation>Suggested: {lesson}</translation>
    </message>
    <message>
        <source>No lesson</source>
        <translation>No lesson</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>No changes yet.</translation>
    </message>
    <message>
        <source>{change} — {actor}</source>
        <translation>{change} — {actor}</translation>
    </message>
    <message>
        <source>{when}: created</source>
        <translation>{when}: created</translation>
    </message>
    <message>
        <source>{when}: deleted</source>
        <translation>{when}: deleted</translation>
    </message>
    <message>
        <source>{when}: restored</source>
        <translation>{when}: restored</translation>
    </message>
    <message>
        <source>{when}: {field} changed from “{old}” to “{new}”</source>
        <translation>{when}: {field} changed from “{old}” to “{new}”</translation>
    </message>
    <message>
        <source>{when}: decision of {body} of {date} corrected: {outcome}</source>
        <translation>{when}: decision of {body} of {date} corrected: {outcome}</translation>
    </message>
    <message>
        <source>{when}: decision of {body} of {date}: {outcome}</source>
        <translation>{when}: decision of {body} of {date}: {outcome}</translation>
    </message>
    <message>
        <source>Place in column</source>
        <translation>Place in column</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>a removed lesson</source>
        <translation>a removed lesson</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>&amp;New barrier…</source>
        <translation>&amp;New barrier…</translation>
    </message>
    <message>
        <source>Add barriers by &amp;typing</source>
        <translation>Add barriers by &amp;typing</translation>
    </message>
    <message>
        <source>Typical barriers from the &amp;method…</source>
        <translation>Typical barriers from the &amp;method…</translation>
    </message>
    <message>
        <source>&amp;Open barrier…	Enter</source>
        <translation>&amp;Open barrier…	Enter</translation>
    </message>
    <message>
        <source>&amp;Delete barrier</source>
        <translation>&amp;Delete barrier</translation>
    </message>
    <message>
        <source>Move to previous column</source>
        <translation>Move to previous column</translation>
    </message>
    <message>
        <source>Move to next column</source>
        <translation>Move to next column</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Mark as open</source>
        <translation>Mark as open</translation>
    </message>
    <message>
        <source>Mark as in progress</source>
        <translation>Mark as in progress</translation>
    </message>
    <message>
        <source>Mark as overcome</source>
        <translation>Mark as overcome</translation>
    </message>
    <message>
        <source>Deleted “{title}”. Undo brings it back (Ctrl+Z).</source>
        <translation>Deleted “{title}”. Undo brings it back (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>BoardColumnModel</name>
    <message>
        <source>Impact {impact} of 5</source>
        <translation>Impact {impact} of 5</translation>
    </message>
    <message>
        <source>In conflict with another card</source>
        <translation>In conflict with another card</translation>
    </message>
    <message>
        <source>Level: {level}</source>
        <translation>Level: {level}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Owner: {owner}</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Overdue since {date}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Due {date}</translation>
    </message>
    <message>
        <source>Lesson: {lesson}</source>
        <translation>Lesson: {lesson}</translation>
    </message>
    <message>
        <source>Suggested lesson: {lesson}</source>
        <translation>Suggested lesson: {lesson}</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>+ Add a barrier</source>
        <translation>+ Add a barrier</translation>
    </message>
    <message>
        <source>Add a barrier to {column}</source>
        <translation>Add a barrier to {column}</translation>
    </message>
    <message>
        <source>Title, then Enter</source>
        <translation>Title, then Enter</translation>
    </message>
    <message>
        <source>Barriers: {column}</source>
        <translation>Barriers: {column}</translation>
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
            <numerusform>%n in progress</numerusform>
            <numerusform>%n in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overcome</source>
        <translation>
            <numerusform>%n overcome</numerusform>
            <numerusform>%n overcome</numerusform>
        </translation>
    </message>
    <message>
        <source>No barriers</source>
        <translation>No barriers</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} of {total} shown</translation>
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
        <translation>Overdue {date}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Due {date}</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>Suggested: {lesson}</source>
        <translation>Suggested: {lesson}</translation>
    </message>
    <message>
        <source>Lesson: {lesson}</source>
        <translation>Lesson: {lesson}</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>Partners share a basic understanding of what the development or technology is, what it means for society, how to work together across organisations, and which solutions already exist.</source>
        <translation>Partners share a basic understanding of what the development or technology is, what it means for society, how to work together across organisations, and which solutions already exist.</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Every partner backs the work at every layer: administrative, management and execution. Exploring can start bottom-up, but each further step needs broader backing, and interests should be put on the table for everyone to see.</source>
        <translation>Every partner backs the work at every layer: administrative, management and execution. Exploring can start bottom-up, but each further step needs broader backing, and interests should be put on the table for everyone to see.</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>There is money for the steps after the first. An exploration often starts without a budget, but costs grow as the collaboration moves on.</source>
        <translation>There is money for the steps after the first. An exploration often starts without a budget, but costs grow as the collaboration moves on.</translation>
    </message>
    <message>
        <source>Access to neutral facilities</source>
        <translation>Access to neutral facilities</translation>
    </message>
    <message>
        <source>The collaboration can use what innovation needs: a place to experiment, ways to reach end users, and documentation of the systems and building blocks it builds on.</source>
        <translation>The collaboration can use what innovation needs: a place to experiment, ways to reach end users, and documentation of the systems and building blocks it builds on.</translation>
    </message>
    <message>
        <source>Bring outside knowledge in from the start</source>
        <translation>Bring outside knowledge in from the start</translation>
    </message>
    <message>
        <source>Involve outside expertise early and find neutral ground to work on.</source>
        <translation>Involve outside expertise early and find neutral ground to work on.</translation>
    </message>
    <message>
        <source>Work with a lawyer who can tell on which terms partners may cooperate and share intellectual property and building blocks.</source>
        <translation>Work with a lawyer who can tell on which terms partners may cooperate and share intellectual property and building blocks.</translation>
    </message>
    <message>
        <source>Ask a neutral intermediary to guide the innovation process.</source>
        <translation>Ask a neutral intermediary to guide the innovation process.</translation>
    </message>
    <message>
        <source>Meet on neutral ground, away from your own organisation, where knowledge of the process and the technology is at hand.</source>
        <translation>Meet on neutral ground, away from your own organisation, where knowledge of the process and the technology is at hand.</translation>
    </message>
    <message>
        <source>Start with closed purses</source>
        <translation>Start with closed purses</translation>
    </message>
    <message>
        <source>Begin with contributions in kind and pay for later steps in a way that keeps the partners equal.</source>
        <translation>Begin with contributions in kind and pay for later steps in a way that keeps the partners equal.</translation>
    </message>
    <message>
        <source>Put in your own knowledge, network, communication and facilities instead of money.</source>
        <translation>Put in your own knowledge, network, communication and facilities instead of money.</translation>
    </message>
    <message>
        <source>When a next step needs money, find it in membership fees or a subsidy.</source>
        <translation>When a next step needs money, find it in membership fees or a subsidy.</translation>
    </message>
    <message>
        <source>Avoid a client and contractor relationship: it slows most innovation down.</source>
        <translation>Avoid a client and contractor relationship: it slows most innovation down.</translation>
    </message>
    <message>
        <source>Place the funding outside your own organisation, or spread it over the partners, to stay independent.</source>
        <translation>Place the funding outside your own organisation, or spread it over the partners, to stay independent.</translation>
    </message>
    <message>
        <source>Begin with the problem owners</source>
        <translation>Begin with the problem owners</translation>
    </message>
    <message>
        <source>Scope the problem first with the parties who own it, not with those who sell solutions, and let them contribute so they feel ownership.</source>
        <translation>Scope the problem first with the parties who own it, not with those who sell solutions, and let them contribute so they feel ownership.</translation>
    </message>
    <message>
        <source>In the first phase, define the scope and gather the problem owners; solution providers come later.</source>
        <translation>In the first phase, define the scope and gather the problem owners; solution providers come later.</translation>
    </message>
    <message>
        <source>Let problem owners contribute real content: that creates a sense of ownership.</source>
        <translation>Let problem owners contribute real content: that creates a sense of ownership.</translation>
    </message>
    <message>
        <source>Work deliberately at three levels: administrative, management and execution.</source>
        <translation>Work deliberately at three levels: administrative, management and execution.</translation>
    </message>
    <message>
        <source>Fit the governance to the ambition</source>
        <translation>Fit the governance to the ambition</translation>
    </message>
    <message>
        <source>Shape how the collaboration is steered around what it wants to achieve and the barriers it has to remove.</source>
        <translation>Shape how the collaboration is steered around what it wants to achieve and the barriers it has to remove.</translation>
    </message>
    <message>
        <source>Decide which parties you need now and which you will need later.</source>
        <translation>Decide which parties you need now and which you will need later.</translation>
    </message>
    <message>
        <source>People make the difference: their mindset and their behaviour.</source>
        <translation>People make the difference: their mindset and their behaviour.</translation>
    </message>
    <message>
        <source>Use administrative sponsors to keep support alive inside and outside the organisations.</source>
        <translation>Use administrative sponsors to keep support alive inside and outside the organisations.</translation>
    </message>
    <message>
        <source>Not knowing where or how to start</source>
        <translation>Not knowing where or how to start</translation>
    </message>
    <message>
        <source>Vague or restrictive rules for joint innovation leave people unsure what is allowed: when may government innovate with companies, and how do you work with a competitor?</source>
        <translation>Vague or restrictive rules for joint innovation leave people unsure what is allowed: when may government innovate with companies, and how do you work with a competitor?</translation>
    </message>
    <message>
        <source>No view of the opportunities and impact for us</source>
        <translation>No view of the opportunities and impact for us</translation>
    </message>
    <message>
        <source>It is unclear what the development means for our own organisation, which current processes it touches and which system owners are involved.</source>
        <translation>It is unclear what the development means for our own organisation, which current processes it touches and which system owners are involved.</translation>
    </message>
    <message>
        <source>No overview of good practices and repositories</source>
        <translation>No overview of good practices and repositories</translation>
    </message>
    <message>
        <source>Nobody knows which earlier examples and building blocks, such as APIs and data, exist to learn from or to build on.</source>
        <translation>Nobody knows which earlier examples and building blocks, such as APIs and data, exist to learn from or to build on.</translation>
    </message>
    <message>
        <source>Too little sense of urgency</source>
        <translation>Too little sense of urgency</translation>
    </message>
    <message>
        <source>Key stakeholders do not free up the people and time that the next step needs.</source>
        <translation>Key stakeholders do not free up the people and time that the next step needs.</translation>
    </message>
    <message>
        <source>Too little (inter)administrative support</source>
        <translation>Too little (inter)administrative support</translation>
    </message>
    <message>
        <source>After the first pilot, the administrative backing to carry on together fades away.</source>
        <translation>After the first pilot, the administrative backing to carry on together fades away.</translation>
    </message>
    <message>
        <source>Little will or courage to adopt</source>
        <translation>Little will or courage to adopt</translation>
    </message>
    <message>
        <source>Our own organisation hesitates to take an innovative service or product into use.</source>
        <translation>Our own organisation hesitates to take an innovative service or product into use.</translation>
    </message>
    <message>
        <source>No money after the first pilot</source>
        <translation>No money after the first pilot</translation>
    </message>
    <message>
        <source>Management and administrators shy away from the risk of paying for the next step.</source>
        <translation>Management and administrators shy away from the risk of paying for the next step.</translation>
    </message>
    <message>
        <source>Fragmented innovation budgets</source>
        <translation>Fragmented innovation budgets</translation>
    </message>
    <message>
        <source>Budgets are spread over departments and organisations, so many people have to agree before money is allocated.</source>
        <translation>Budgets are spread over departments and organisations, so many people have to agree before money is allocated.</translation>
    </message>
    <message>
        <source>Costs come long before the benefits</source>
        <translation>Costs come long before the benefits</translation>
    </message>
    <message>
        <source>The costs arrive well ahead of the returns and are not shared fairly among the stakeholders.</source>
        <translation>The costs arrive well ahead of the returns and are not shared fairly among the stakeholders.</translation>
    </message>
    <message>
        <source>No sandbox to experiment in</source>
        <translation>No sandbox to experiment in</translation>
    </message>
    <message>
        <source>There is no experimental environment of our own in which to try things out safely.</source>
        <translation>There is no experimental environment of our own in which to try things out safely.</translation>
    </message>
    <message>
        <source>No access to partners&apos; building blocks and documentation</source>
        <translation>No access to partners&apos; building blocks and documentation</translation>
    </message>
    <message>
        <source>Partners or stakeholders do not open up the components and documentation that the innovation depends on.</source>
        <translation>Partners or stakeholders do not open up the components and documentation that the innovation depends on.</translation>
    </message>
    <message>
        <source>No access to residents and researchers</source>
        <translation>No access to residents and researchers</translation>
    </message>
    <message>
        <source>Ideas and prototypes cannot be tested with residents or with the scientific world.</source>
        <translation>Ideas and prototypes cannot be tested with residents or with the scientific world.</translation>
    </message>
    <message>
        <source>Administrators and sponsors who set the direction and decide on mandate and money.</source>
        <translation>Administrators and sponsors who set the direction and decide on mandate and money.</translation>
    </message>
    <message>
        <source>Managers who free up people, budget and priority for the work.</source>
        <translation>Managers who free up people, budget and priority for the work.</translation>
    </message>
    <message>
        <source>The people who do the work and will use the result every day.</source>
        <translation>The people who do the work and will use the result every day.</translation>
    </message>
    <message>
        <source>Public bodies: ministries, provinces, municipalities, agencies.</source>
        <translation>Public bodies: ministries, provinces, municipalities, agencies.</translation>
    </message>
    <message>
        <source>Companies, from start-ups to large suppliers.</source>
        <translation>Companies, from start-ups to large suppliers.</translation>
    </message>
    <message>
        <source>Universities, universities of applied sciences and research institutes.</source>
        <translation>Universities, universities of applied sciences and research institutes.</translation>
    </message>
    <message>
        <source>Residents, civil society organisations and interest groups.</source>
        <translation>Residents, civil society organisations and interest groups.</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Typical barriers: {precondition}</source>
        <translation>Typical barriers: {precondition}</translation>
    </message>
    <message>
        <source>{title} (already on the board)</source>
        <translation>{title} (already on the board)</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Your personal certificate</source>
        <translation>Your personal certificate</translation>
    </message>
    <message>
        <source>Your signatures carry this name. The certificate is kept in your own data folder; the passphrase protects it, so a copy of that folder cannot sign in your name. It is asked every time you sign.</source>
        <translation>Your signatures carry this name. The certificate is kept in your own data folder; the passphrase protects it, so a copy of that folder cannot sign in your name. It is asked every time you sign.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Repeat the passphrase:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Give the name your signatures carry.</source>
        <translation>Give the name your signatures carry.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>The passphrase needs at least {count} characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown language {code}; available: {codes}.</source>
        <translation>Unknown language {code}; available: {codes}.</translation>
    </message>
    <message>
        <source>Unexpected error ({error}); details are in {log}.</source>
        <translation>Unexpected error ({error}); details are in {log}.</translation>
    </message>
    <message>
        <source>Preconditions and their typical barriers</source>
        <translation>Preconditions and their typical barriers</translation>
    </message>
    <message>
        <source>Lessons that fit: {lessons}</source>
        <translation>Lessons that fit: {lessons}</translation>
    </message>
    <message>
        <source>Lessons for overcoming barriers</source>
        <translation>Lessons for overcoming barriers</translation>
    </message>
    <message>
        <source>Fits: {preconditions}</source>
        <translation>Fits: {preconditions}</translation>
    </message>
    <message>
        <source>Levels of commitment</source>
        <translation>Levels of commitment</translation>
    </message>
    <message>
        <source>Sectors of the partners</source>
        <translation>Sectors of the partners</translation>
    </message>
    <message>
        <source>The drempelscan: its statements by key, scored 0 to 4</source>
        <translation>The drempelscan: its statements by key, scored 0 to 4</translation>
    </message>
    <message>
        <source>Added {count} demo collaborations.</source>
        <translation>Added {count} demo collaborations.</translation>
    </message>
    <message>
        <source>No collaborations yet.</source>
        <translation>No collaborations yet.</translation>
    </message>
    <message>
        <source>{name}: open barriers: {counts}</source>
        <translation>{name}: open barriers: {counts}</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} and {more} more</translation>
    </message>
    <message>
        <source>Imported {barriers} barriers; new collaborations: {created}.</source>
        <translation>Imported {barriers} barriers; new collaborations: {created}.</translation>
    </message>
    <message>
        <source>Line breaks in one-line cells (such as titles) became spaces: {count}.</source>
        <translation>Line breaks in one-line cells (such as titles) became spaces: {count}.</translation>
    </message>
    <message>
        <source>Exported {count} barriers to {file}.</source>
        <translation>Exported {count} barriers to {file}.</translation>
    </message>
    <message>
        <source>Preview of {file}; nothing was imported:</source>
        <translation>Preview of {file}; nothing was imported:</translation>
    </message>
    <message>
        <source>Imported {file}:</source>
        <translation>Imported {file}:</translation>
    </message>
    <message>
        <source>Exported {collaborations} collaborations with {barriers} barriers to {file}.</source>
        <translation>Exported {collaborations} collaborations with {barriers} barriers to {file}.</translation>
    </message>
    <message>
        <source>Exported the plan to {file}.</source>
        <translation>Exported the plan to {file}.</translation>
    </message>
    <message>
        <source>Steering group</source>
        <extracomment>The body a meeting is of when none is given.</extracomment>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>Planned the meeting of {date}.</source>
        <translation>Planned the meeting of {date}.</translation>
    </message>
    <message>
        <source>Proposed; the next meeting has {count} proposed decisions.</source>
        <translation>Proposed; the next meeting has {count} proposed decisions.</translation>
    </message>
    <message>
        <source>No barrier calls for a decision.</source>
        <translation>No barrier calls for a decision.</translation>
    </message>
    <message>
        <source>Wrote the meeting pack to {file}.</source>
        <translation>Wrote the meeting pack to {file}.</translation>
    </message>
    <message>
        <source>Recorded the meeting of {date}.</source>
        <translation>Recorded the meeting of {date}.</translation>
    </message>
    <message>
        <source>Wrote the decision list to {file}.</source>
        <translation>Wrote the decision list to {file}.</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>No meetings yet.</translation>
    </message>
    <message>
        <source>(not recorded yet)</source>
        <translation>(not recorded yet)</translation>
    </message>
    <message>
        <source>On the agenda of the next meeting:</source>
        <translation>On the agenda of the next meeting:</translation>
    </message>
    <message>
        <source>Warning: the PDF&apos;s fonts cannot show {characters}; the PDF prints � instead.</source>
        <translation>Warning: the PDF&apos;s fonts cannot show {characters}; the PDF prints � instead.</translation>
    </message>
    <message>
        <source>Signed off version {number}; fingerprint {fingerprint}</source>
        <translation>Signed off version {number}; fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>Withdrew version {number}.</source>
        <translation>Withdrew version {number}.</translation>
    </message>
    <message>
        <source>Note: your personal certificate exists already; it keeps the name it was made for.</source>
        <translation>Note: your personal certificate exists already; it keeps the name it was made for.</translation>
    </message>
    <message>
        <source>Signed {file} into {output}.</source>
        <translation>Signed {file} into {output}.</translation>
    </message>
    <message>
        <source>Passphrase of the certificate: </source>
        <translation>Passphrase of the certificate: </translation>
    </message>
    <message>
        <source>Collaboration: {name}; version {number}; fingerprint {fingerprint}</source>
        <translation>Collaboration: {name}; version {number}; fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVALID</translation>
    </message>
    <message>
        <source>from a trusted authority</source>
        <translation>from a trusted authority</translation>
    </message>
    <message>
        <source>personal certificate, not from a trusted authority</source>
        <translation>personal certificate, not from a trusted authority</translation>
    </message>
    <message>
        <source>within the certificate&apos;s validity</source>
        <translation>within the certificate&apos;s validity</translation>
    </message>
    <message>
        <source>OUTSIDE the certificate&apos;s validity</source>
        <translation>OUTSIDE the certificate&apos;s validity</translation>
    </message>
    <message>
        <source>Signature {number}: {signer}, {moment}; {state}; {trust}; {validity}</source>
        <translation>Signature {number}: {signer}, {moment}; {state}; {trust}; {validity}</translation>
    </message>
    <message>
        <source>certificate {fingerprint}</source>
        <translation>certificate {fingerprint}</translation>
    </message>
    <message>
        <source>Compiled; reinstall the app (pip install .) to use the new translations.</source>
        <translation>Compiled; reinstall the app (pip install .) to use the new translations.</translation>
    </message>
    <message>
        <source>Created {file}; open it with pyside6-linguist.</source>
        <translation>Created {file}; open it with pyside6-linguist.</translation>
    </message>
    <message>
        <source>No translation files in {folder}.</source>
        <translation>No translation files in {folder}.</translation>
    </message>
    <message>
        <source>{code}: {translated} translated, {unfinished} unfinished, {vanished} vanished, {mismatches} placeholder mismatches</source>
        <translation>{code}: {translated} translated, {unfinished} unfinished, {vanished} vanished, {mismatches} placeholder mismatches</translation>
    </message>
    <message>
        <source>Dutch and English must be complete: {codes}.</source>
        <translation>Dutch and English must be complete: {codes}.</translation>
    </message>
    <message>
        <source>This command reads the app&apos;s source code, which a built app does not have: run it in a copy of the repository (see translations/README.md). i18n check --translations FOLDER works here.</source>
        <translation>This command reads the app&apos;s source code, which a built app does not have: run it in a copy of the repository (see translations/README.md). i18n check --translations FOLDER works here.</translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation>Backup written to {file}.</translation>
    </message>
    <message>
        <source>A team database&apos;s backups are made by its server; `backup create` writes a pg_dump file in the current folder.</source>
        <translation>A team database&apos;s backups are made by its server; `backup create` writes a pg_dump file in the current folder.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>{when}  {reason}: {collaborations} collaborations, {barriers} barriers  {file}</source>
        <translation>{when}  {reason}: {collaborations} collaborations, {barriers} barriers  {file}</translation>
    </message>
    <message>
        <source>Restored {file}; the state before is kept in {before}.</source>
        <translation>Restored {file}; the state before is kept in {before}.</translation>
    </message>
    <message>
        <source>Password for {address}: </source>
        <translation>Password for {address}: </translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation>The password was not accepted.</translation>
    </message>
    <message>
        <source>{percent}% done…</source>
        <translation>{percent}% done…</translation>
    </message>
    <message>
        <source>Wrote the portfolio of {count} collaborations to {file}.</source>
        <translation>Wrote the portfolio of {count} collaborations to {file}.</translation>
    </message>
    <message>
        <source>There is no history yet.</source>
        <translation>There is no history yet.</translation>
    </message>
    <message>
        <source>Open barriers at the end of each month</source>
        <translation>Open barriers at the end of each month</translation>
    </message>
    <message>
        <source>Barriers overcome per month</source>
        <translation>Barriers overcome per month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Wrote the board to {file}.</source>
        <translation>Wrote the board to {file}.</translation>
    </message>
    <message>
        <source>{partner}, {level}: {state}.</source>
        <translation>{partner}, {level}: {state}.</translation>
    </message>
    <message>
        <source>The collaboration has no partners yet.</source>
        <translation>The collaboration has no partners yet.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Missing for the phase {phase}:</source>
        <translation>Missing for the phase {phase}:</translation>
    </message>
    <message>
        <source>The commitment the phase {phase} asks for is there.</source>
        <translation>The commitment the phase {phase} asks for is there.</translation>
    </message>
    <message>
        <source>Added; the ledger has {count} contributions.</source>
        <translation>Added; the ledger has {count} contributions.</translation>
    </message>
    <message>
        <source>Wrote {count} contributions to {file}.</source>
        <translation>Wrote {count} contributions to {file}.</translation>
    </message>
    <message>
        <source>No contributions yet.</source>
        <translation>No contributions yet.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Per partner:</source>
        <translation>Per partner:</translation>
    </message>
    <message>
        <source>{partner}: {value}, {share}% of the costs (contributions: {count})</source>
        <translation>{partner}: {value}, {share}% of the costs (contributions: {count})</translation>
    </message>
    <message>
        <source>(shares of the costs the partners carry: a subsidy is money from outside)</source>
        <translation>(shares of the costs the partners carry: a subsidy is money from outside)</translation>
    </message>
    <message>
        <source>Per sector:</source>
        <translation>Per sector:</translation>
    </message>
    <message>
        <source>{sector}: {value} (contributions: {count})</source>
        <translation>{sector}: {value} (contributions: {count})</translation>
    </message>
    <message>
        <source>No contribution has a value yet, so the spread of the costs is unknown.</source>
        <translation>No contribution has a value yet, so the spread of the costs is unknown.</translation>
    </message>
    <message>
        <source>The costs are spread evenly enough.</source>
        <translation>The costs are spread evenly enough.</translation>
    </message>
    <message>
        <source>The costs are spread unevenly: {partner} carries {share}%.</source>
        <translation>The costs are spread unevenly: {partner} carries {share}%.</translation>
    </message>
    <message>
        <source>Without any contribution: {partners}.</source>
        <translation>Without any contribution: {partners}.</translation>
    </message>
    <message>
        <source>Recorded {count} answers of {respondent}.</source>
        <translation>Recorded {count} answers of {respondent}.</translation>
    </message>
    <message>
        <source>No drempelscan yet.</source>
        <translation>No drempelscan yet.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Average score per precondition (0 does not apply, 4 fully applies):</source>
        <translation>Average score per precondition (0 does not apply, 4 fully applies):</translation>
    </message>
    <message>
        <source>Scoring high, without a card on the board yet:</source>
        <translation>Scoring high, without a card on the board yet:</translation>
    </message>
    <message>
        <source>Go: the collaboration is now in the phase {phase}.</source>
        <translation>Go: the collaboration is now in the phase {phase}.</translation>
    </message>
    <message>
        <source>No go: the collaboration stays in the phase {phase}.</source>
        <translation>No go: the collaboration stays in the phase {phase}.</translation>
    </message>
    <message>
        <source>The collaboration is embedded: there is no next phase.</source>
        <translation>The collaboration is embedded: there is no next phase.</translation>
    </message>
    <message>
        <source>The gate from {phase} to {next}:</source>
        <translation>The gate from {phase} to {next}:</translation>
    </message>
    <message>
        <source>{met} of {count} criteria met.</source>
        <translation>{met} of {count} criteria met.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Drempelkompas: overcome the barriers of innovation across boundaries. Without a command, the app starts.</source>
        <translation>Drempelkompas: overcome the barriers of innovation across boundaries. Without a command, the app starts.</translation>
    </message>
    <message>
        <source>print the method: preconditions, typical barriers, lessons</source>
        <translation>print the method: preconditions, typical barriers, lessons</translation>
    </message>
    <message>
        <source>fill the database with three demo collaborations</source>
        <translation>fill the database with three demo collaborations</translation>
    </message>
    <message>
        <source>one line per collaboration with its open barriers per precondition</source>
        <translation>one line per collaboration with its open barriers per precondition</translation>
    </message>
    <message>
        <source>import barriers from a CSV file (all or nothing)</source>
        <translation>import barriers from a CSV file (all or nothing)</translation>
    </message>
    <message>
        <source>export barriers to a CSV file</source>
        <translation>export barriers to a CSV file</translation>
    </message>
    <message>
        <source>only this collaboration</source>
        <translation>only this collaboration</translation>
    </message>
    <message>
        <source>import collaborations from an exchange file (.drempel), all or nothing</source>
        <translation>import collaborations from an exchange file (.drempel), all or nothing</translation>
    </message>
    <message>
        <source>only show what an import would change</source>
        <translation>only show what an import would change</translation>
    </message>
    <message>
        <source>export collaborations to an exchange file (.drempel)</source>
        <translation>export collaborations to an exchange file (.drempel)</translation>
    </message>
    <message>
        <source>this collaboration (repeatable; default: all)</source>
        <translation>this collaboration (repeatable; default: all)</translation>
    </message>
    <message>
        <source>action plans: export as PDF, sign off, sign digitally</source>
        <translation>action plans: export as PDF, sign off, sign digitally</translation>
    </message>
    <message>
        <source>export the draft or a signed-off version as PDF</source>
        <translation>export the draft or a signed-off version as PDF</translation>
    </message>
    <message>
        <source>a signed-off version (default: the draft)</source>
        <translation>a signed-off version (default: the draft)</translation>
    </message>
    <message>
        <source>sign off the current plan as a new numbered version</source>
        <translation>sign off the current plan as a new numbered version</translation>
    </message>
    <message>
        <source>level: administrative, management or operational (or in Dutch)</source>
        <translation>level: administrative, management or operational (or in Dutch)</translation>
    </message>
    <message>
        <source>sign an exported PDF digitally (PAdES)</source>
        <translation>sign an exported PDF digitally (PAdES)</translation>
    </message>
    <message>
        <source>your certificate (PKCS#12); default: your personal one, made on first use. Its passphrase is read from $DREMPELKOMPAS_P12_PASSWORD, or asked</source>
        <translation>your certificate (PKCS#12); default: your personal one, made on first use. Its passphrase is read from $DREMPELKOMPAS_P12_PASSWORD, or asked</translation>
    </message>
    <message>
        <source>your name, for a new personal certificate (needed the first time)</source>
        <translation>your name, for a new personal certificate (needed the first time)</translation>
    </message>
    <message>
        <source>your organisation, for a new personal certificate</source>
        <translation>your organisation, for a new personal certificate</translation>
    </message>
    <message>
        <source>withdraw a signed-off version (it stays listed, marked withdrawn)</source>
        <translation>withdraw a signed-off version (it stays listed, marked withdrawn)</translation>
    </message>
    <message>
        <source>backups of the database: create, list, restore</source>
        <translation>backups of the database: create, list, restore</translation>
    </message>
    <message>
        <source>make a backup now</source>
        <translation>make a backup now</translation>
    </message>
    <message>
        <source>list the backups, newest first, with what each holds</source>
        <translation>list the backups, newest first, with what each holds</translation>
    </message>
    <message>
        <source>restore a backup (the current state is backed up first)</source>
        <translation>restore a backup (the current state is backed up first)</translation>
    </message>
    <message>
        <source>a backup file, as `backup list` shows</source>
        <translation>a backup file, as `backup list` shows</translation>
    </message>
    <message>
        <source>for translators: refresh the translation files, count what is left</source>
        <translation>for translators: refresh the translation files, count what is left</translation>
    </message>
    <message>
        <source>refresh every translations/*.ts from the sources and compile them</source>
        <translation>refresh every translations/*.ts from the sources and compile them</translation>
    </message>
    <message>
        <source>start a new language: translations/drempelkompas_CODE.ts</source>
        <translation>start a new language: translations/drempelkompas_CODE.ts</translation>
    </message>
    <message>
        <source>per language: translated, unfinished and vanished strings, placeholder mismatches</source>
        <translation>per language: translated, unfinished and vanished strings, placeholder mismatches</translation>
    </message>
    <message>
        <source>language code, e.g. de or pt_BR</source>
        <translation>language code, e.g. de or pt_BR</translation>
    </message>
    <message>
        <source>check that a PDF is an unaltered export of a signed-off plan</source>
        <translation>check that a PDF is an unaltered export of a signed-off plan</translation>
    </message>
    <message>
        <source>database file, or a team database as postgresql://user@server/name (default: $DREMPELKOMPAS_DB or the file in your application data folder)</source>
        <translation>database file, or a team database as postgresql://user@server/name (default: $DREMPELKOMPAS_DB or the file in your application data folder)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>the collaboration&apos;s name (accents and case may differ)</source>
        <translation>the collaboration&apos;s name (accents and case may differ)</translation>
    </message>
    <message>
        <source>the partner&apos;s name</source>
        <translation>the partner&apos;s name</translation>
    </message>
    <message>
        <source>the commitment matrix: per partner and level, who commits</source>
        <translation>the commitment matrix: per partner and level, who commits</translation>
    </message>
    <message>
        <source>fill in a cell of the matrix</source>
        <translation>fill in a cell of the matrix</translation>
    </message>
    <message>
        <source>administrative, management or execution (bestuurlijk, management, uitvoering)</source>
        <translation>administrative, management or execution (bestuurlijk, management, uitvoering)</translation>
    </message>
    <message>
        <source>not-asked, asked, committed or withdrawn</source>
        <translation>not-asked, asked, committed or withdrawn</translation>
    </message>
    <message>
        <source>who gives the commitment</source>
        <translation>who gives the commitment</translation>
    </message>
    <message>
        <source>the day the state was reached (default: today)</source>
        <translation>the day the state was reached (default: today)</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>a note</translation>
    </message>
    <message>
        <source>the matrix and what the phase still asks for</source>
        <translation>the matrix and what the phase still asks for</translation>
    </message>
    <message>
        <source>the in-kind ledger: what each partner brings in</source>
        <translation>the in-kind ledger: what each partner brings in</translation>
    </message>
    <message>
        <source>add a contribution to the ledger</source>
        <translation>add a contribution to the ledger</translation>
    </message>
    <message>
        <source>knowledge, network, communication, facilities, hours, membership or subsidy</source>
        <translation>knowledge, network, communication, facilities, hours, membership or subsidy</translation>
    </message>
    <message>
        <source>what it is</source>
        <translation>what it is</translation>
    </message>
    <message>
        <source>pledged (default) or delivered</source>
        <translation>pledged (default) or delivered</translation>
    </message>
    <message>
        <source>the first day of its period</source>
        <translation>the first day of its period</translation>
    </message>
    <message>
        <source>the last day of its period</source>
        <translation>the last day of its period</translation>
    </message>
    <message>
        <source>EUROS</source>
        <translation>EUROS</translation>
    </message>
    <message>
        <source>its value in whole euros</source>
        <translation>its value in whole euros</translation>
    </message>
    <message>
        <source>the ledger with its totals</source>
        <translation>the ledger with its totals</translation>
    </message>
    <message>
        <source>write the ledger to a CSV file</source>
        <translation>write the ledger to a CSV file</translation>
    </message>
    <message>
        <source>the drempelscan: the twelve typical barriers as statements, scored 0–4</source>
        <translation>the drempelscan: the twelve typical barriers as statements, scored 0–4</translation>
    </message>
    <message>
        <source>record one respondent&apos;s answers</source>
        <translation>record one respondent&apos;s answers</translation>
    </message>
    <message>
        <source>who answered</source>
        <translation>who answered</translation>
    </message>
    <message>
        <source>a CSV file with a statement key and a score (0–4) per row</source>
        <translation>a CSV file with a statement key and a score (0–4) per row</translation>
    </message>
    <message>
        <source>the respondent&apos;s level</source>
        <translation>the respondent&apos;s level</translation>
    </message>
    <message>
        <source>the day of the round (default: today)</source>
        <translation>the day of the round (default: today)</translation>
    </message>
    <message>
        <source>the profile per round and the cards it proposes</source>
        <translation>the profile per round and the cards it proposes</translation>
    </message>
    <message>
        <source>the phase gates: check the criteria, record a go or no-go</source>
        <translation>the phase gates: check the criteria, record a go or no-go</translation>
    </message>
    <message>
        <source>the criteria of the gate to the next phase</source>
        <translation>the criteria of the gate to the next phase</translation>
    </message>
    <message>
        <source>record the gate&apos;s decision; a go moves to the next phase</source>
        <translation>record the gate&apos;s decision; a go moves to the next phase</translation>
    </message>
    <message>
        <source>who decided, e.g. the steering group</source>
        <translation>who decided, e.g. the steering group</translation>
    </message>
    <message>
        <source>record a no-go: the phase stays</source>
        <translation>record a no-go: the phase stays</translation>
    </message>
    <message>
        <source>why; needed for a go while criteria are unmet</source>
        <translation>why; needed for a go while criteria are unmet</translation>
    </message>
    <message>
        <source>the day of the decision (default: today)</source>
        <translation>the day of the decision (default: today)</translation>
    </message>
    <message>
        <source>the day of the meeting that decided, if any</source>
        <translation>the day of the meeting that decided, if any</translation>
    </message>
    <message>
        <source>who withdraws it (default: your name as the system knows it, or your user of a team database)</source>
        <translation>who withdraws it (default: your name as the system knows it, or your user of a team database)</translation>
    </message>
    <message>
        <source>the meeting&apos;s date</source>
        <translation>the meeting&apos;s date</translation>
    </message>
    <message>
        <source>the governing body, e.g. Stuurgroep (default: Steering group)</source>
        <translation>the governing body, e.g. Stuurgroep (default: Steering group)</translation>
    </message>
    <message>
        <source>who chairs the meeting</source>
        <translation>who chairs the meeting</translation>
    </message>
    <message>
        <source>the case number (zaaknummer)</source>
        <translation>the case number (zaaknummer)</translation>
    </message>
    <message>
        <source>the administrator responsible</source>
        <translation>the administrator responsible</translation>
    </message>
    <message>
        <source>steering-group meetings: prepare, print the pack, record the decisions</source>
        <translation>steering-group meetings: prepare, print the pack, record the decisions</translation>
    </message>
    <message>
        <source>plan a meeting, or change its details</source>
        <translation>plan a meeting, or change its details</translation>
    </message>
    <message>
        <source>put a proposed decision on the agenda of the next meeting</source>
        <translation>put a proposed decision on the agenda of the next meeting</translation>
    </message>
    <message>
        <source>the barrier it is about (default: none)</source>
        <translation>the barrier it is about (default: none)</translation>
    </message>
    <message>
        <source>the barriers that call for a decision: high impact, administrative, overdue</source>
        <translation>the barriers that call for a decision: high impact, administrative, overdue</translation>
    </message>
    <message>
        <source>write the meeting pack as PDF or OpenDocument text (.odt)</source>
        <translation>write the meeting pack as PDF or OpenDocument text (.odt)</translation>
    </message>
    <message>
        <source>record what the meeting decided; points not named are deferred</source>
        <translation>record what the meeting decided; points not named are deferred</translation>
    </message>
    <message>
        <source>change the outcomes of a meeting recorded before</source>
        <translation>change the outcomes of a meeting recorded before</translation>
    </message>
    <message>
        <source>N|OUTCOME|WORDING</source>
        <translation>N|OUTCOME|WORDING</translation>
    </message>
    <message>
        <source>outcome: taken, deferred or rejected (or in Dutch); repeatable</source>
        <translation>outcome: taken, deferred or rejected (or in Dutch); repeatable</translation>
    </message>
    <message>
        <source>N|ACTION|OWNER|YYYY-MM-DD</source>
        <translation>N|ACTION|OWNER|YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a new action the decision gives; it becomes the barrier&apos;s next action</source>
        <translation>a new action the decision gives; it becomes the barrier&apos;s next action</translation>
    </message>
    <message>
        <source>write the decision list of a recorded meeting as PDF or .odt</source>
        <translation>write the decision list of a recorded meeting as PDF or .odt</translation>
    </message>
    <message>
        <source>the decision log: every meeting and what it decided</source>
        <translation>the decision log: every meeting and what it decided</translation>
    </message>
    <message>
        <source>all collaborations against the four preconditions, as PDF or CSV</source>
        <translation>all collaborations against the four preconditions, as PDF or CSV</translation>
    </message>
    <message>
        <source>include archived collaborations</source>
        <translation>include archived collaborations</translation>
    </message>
    <message>
        <source>open barriers per month and precondition, and how many were overcome</source>
        <translation>open barriers per month and precondition, and how many were overcome</translation>
    </message>
    <message>
        <source>the board on paper</source>
        <translation>the board on paper</translation>
    </message>
    <message>
        <source>the board of a collaboration as an A4 landscape PDF</source>
        <translation>the board of a collaboration as an A4 landscape PDF</translation>
    </message>
    <message>
        <source>language, e.g. nl or en (default: the system language)</source>
        <translation>language, e.g. nl or en (default: the system language)</translation>
    </message>
</context>
<context>
    <name>CollaborationActions</name>
    <message>
        <source>&amp;New collaboration…</source>
        <translation>&amp;New collaboration…</translation>
    </message>
    <message>
        <source>&amp;Edit collaboration…</source>
        <translation>&amp;Edit collaboration…</translation>
    </message>
    <message>
        <source>Action &amp;plan…</source>
        <translation>Action &amp;plan…</translation>
    </message>
    <message>
        <source>&amp;Delete collaboration…</source>
        <translation>&amp;Delete collaboration…</translation>
    </message>
    <message>
        <source>&amp;Restore from archive</source>
        <extracomment>&quot;Archive&quot; is a verb here: put the collaboration in the archive.</extracomment>
        <translation>&amp;Restore from archive</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>Delete collaboration</source>
        <translation>Delete collaboration</translation>
    </message>
    <message>
        <source>Delete “{name}” with all its barriers? You can undo this with Edit › Undo.</source>
        <translation>Delete “{name}” with all its barriers? You can undo this with Edit › Undo.</translation>
    </message>
</context>
<context>
    <name>CollaborationDialog</name>
    <message>
        <source>New collaboration</source>
        <translation>New collaboration</translation>
    </message>
    <message>
        <source>Edit collaboration</source>
        <translation>Edit collaboration</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What stands when the collaboration is done?</source>
        <translation>What stands when the collaboration is done?</translation>
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
        <translation>Role</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Add partner</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Remove partner</translation>
    </message>
    <message>
        <source>A collaboration needs a name.</source>
        <translation>A collaboration needs a name.</translation>
    </message>
    <message>
        <source>Ambition and notes may hold at most {limit} characters.</source>
        <translation>Ambition and notes may hold at most {limit} characters.</translation>
    </message>
</context>
<context>
    <name>CollaborationHeader</name>
    <message>
        <source>Edit collaboration…</source>
        <translation>Edit collaboration…</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <source>No ambition written down yet.</source>
        <translation>No ambition written down yet.</translation>
    </message>
    <message>
        <source>no partners yet</source>
        <translation>no partners yet</translation>
    </message>
    <message>
        <source>Phase: {phase} — Partners: {partners}</source>
        <translation>Phase: {phase} — Partners: {partners}</translation>
    </message>
</context>
<context>
    <name>CollaborationListModel</name>
    <message numerus="yes">
        <source>%n open barrier(s)</source>
        <translation>
            <numerusform>%n open barrier</numerusform>
            <numerusform>%n open barriers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollaborationPanel</name>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>Collaborations</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>New barrier</source>
        <translation>New barrier</translation>
    </message>
    <message>
        <source>Add typical barriers</source>
        <translation>Add typical barriers</translation>
    </message>
    <message>
        <source>Keep both cards</source>
        <translation>Keep both cards</translation>
    </message>
    <message>
        <source>Edit barrier</source>
        <translation>Edit barrier</translation>
    </message>
    <message>
        <source>Move barrier</source>
        <translation>Move barrier</translation>
    </message>
    <message>
        <source>Keep both versions</source>
        <translation>Keep both versions</translation>
    </message>
    <message>
        <source>Delete barrier</source>
        <translation>Delete barrier</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>New collaboration</source>
        <translation>New collaboration</translation>
    </message>
    <message>
        <source>Edit collaboration</source>
        <translation>Edit collaboration</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Restore from archive</translation>
    </message>
    <message>
        <source>Archive</source>
        <extracomment>Undo history entry; &quot;Archive&quot; is a verb.</extracomment>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Delete collaboration</source>
        <translation>Delete collaboration</translation>
    </message>
    <message>
        <source>Record a phase gate</source>
        <translation>Record a phase gate</translation>
    </message>
    <message>
        <source>Add a contribution</source>
        <translation>Add a contribution</translation>
    </message>
    <message>
        <source>Change a contribution</source>
        <translation>Change a contribution</translation>
    </message>
    <message>
        <source>Delete a contribution</source>
        <translation>Delete a contribution</translation>
    </message>
    <message>
        <source>Change a commitment</source>
        <translation>Change a commitment</translation>
    </message>
    <message>
        <source>Record scan answers</source>
        <translation>Record scan answers</translation>
    </message>
    <message>
        <source>Delete scan answers</source>
        <translation>Delete scan answers</translation>
    </message>
    <message>
        <source>Add the scan&apos;s barriers</source>
        <translation>Add the scan&apos;s barriers</translation>
    </message>
</context>
<context>
    <name>Commitment</name>
    <message>
        <source>{partner}: no committed administrative sponsor</source>
        <extracomment>A gap in the commitment matrix; {partner} is a partner&apos;s name.</extracomment>
        <translation>{partner}: no committed administrative sponsor</translation>
    </message>
    <message>
        <source>{partner}: no committed management</source>
        <translation>{partner}: no committed management</translation>
    </message>
    <message>
        <source>{partner}: nobody committed in execution</source>
        <extracomment>A gap in the commitment matrix: nobody at the partner&apos;s execution level committed.</extracomment>
        <translation>{partner}: nobody committed in execution</translation>
    </message>
    <message>
        <source>{partner}: the administrative commitment was withdrawn</source>
        <translation>{partner}: the administrative commitment was withdrawn</translation>
    </message>
    <message>
        <source>{partner}: the management commitment was withdrawn</source>
        <translation>{partner}: the management commitment was withdrawn</translation>
    </message>
    <message>
        <source>{partner}: the execution commitment was withdrawn</source>
        <translation>{partner}: the execution commitment was withdrawn</translation>
    </message>
    <message>
        <source>No partner has a committed administrative sponsor</source>
        <translation>No partner has a committed administrative sponsor</translation>
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
        <translation>{partner} at the {level} level</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;State</translation>
    </message>
    <message>
        <source>S&amp;ince</source>
        <translation>S&amp;ince</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Who commits, e.g. the alderman</source>
        <translation>Who commits, e.g. the alderman</translation>
    </message>
</context>
<context>
    <name>CommitmentState</name>
    <message>
        <source>Not asked</source>
        <extracomment>State of a partner&apos;s commitment at one level: nobody asked for it yet.</extracomment>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Committed</source>
        <extracomment>State of a partner&apos;s commitment: the person has committed (Dutch: toegezegd).</extracomment>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <extracomment>State of a partner&apos;s commitment: given once, then taken back (Dutch: ingetrokken).</extracomment>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>ContributionDialog</name>
    <message>
        <source>New contribution</source>
        <translation>New contribution</translation>
    </message>
    <message>
        <source>Edit contribution</source>
        <translation>Edit contribution</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;State</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>&amp;Value in euros</source>
        <translation>&amp;Value in euros</translation>
    </message>
    <message>
        <source>What it is, e.g. legal advice on sharing energy</source>
        <translation>What it is, e.g. legal advice on sharing energy</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>The period cannot end before it starts.</translation>
    </message>
    <message>
        <source>Give the value in whole euros, such as 12500 or 12.500.</source>
        <translation>Give the value in whole euros, such as 12500 or 12.500.</translation>
    </message>
</context>
<context>
    <name>ContributionKind</name>
    <message>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Hours</source>
        <extracomment>A contribution of working time (a number of hours), not of money.</extracomment>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Money: membership</source>
        <extracomment>Money from the partners&apos; membership fees (Dutch: lidmaatschap).</extracomment>
        <translation>Money: membership</translation>
    </message>
    <message>
        <source>Money: subsidy</source>
        <translation>Money: subsidy</translation>
    </message>
</context>
<context>
    <name>ContributionState</name>
    <message>
        <source>Pledged</source>
        <extracomment>State of a contribution: promised (Dutch: toegezegd).</extracomment>
        <translation>Pledged</translation>
    </message>
    <message>
        <source>Delivered</source>
        <extracomment>State of a contribution: actually given (Dutch: geleverd).</extracomment>
        <translation>Delivered</translation>
    </message>
</context>
<context>
    <name>CsvActions</name>
    <message>
        <source>Import barriers from &amp;CSV…</source>
        <translation>Import barriers from &amp;CSV…</translation>
    </message>
    <message>
        <source>Adds barriers from a spreadsheet saved as CSV, after showing what will be added</source>
        <translation>Adds barriers from a spreadsheet saved as CSV, after showing what will be added</translation>
    </message>
    <message>
        <source>Export barriers to CS&amp;V…</source>
        <translation>Export barriers to CS&amp;V…</translation>
    </message>
    <message>
        <source>Saves this collaboration&apos;s barriers for a spreadsheet</source>
        <translation>Saves this collaboration&apos;s barriers for a spreadsheet</translation>
    </message>
    <message>
        <source>Import barriers from CSV</source>
        <translation>Import barriers from CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n barrier(s) from {file}.</source>
        <translation>
            <numerusform>Imported %n barrier from {file}.</numerusform>
            <numerusform>Imported %n barriers from {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export barriers to CSV</source>
        <translation>Export barriers to CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n barrier(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n barrier to {file}.</numerusform>
            <numerusform>Exported %n barriers to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvPreviewDialog</name>
    <message>
        <source>Import barriers from CSV</source>
        <translation>Import barriers from CSV</translation>
    </message>
    <message numerus="yes">
        <source>{file} adds %n barrier(s):</source>
        <translation>
            <numerusform>{file} adds %n barrier:</numerusform>
            <numerusform>{file} adds %n barriers:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n to {name} (a new collaboration)</source>
        <translation>
            <numerusform>• %n to {name} (a new collaboration)</numerusform>
            <numerusform>• %n to {name} (a new collaboration)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n to {name}</source>
        <translation>
            <numerusform>• %n to {name}</numerusform>
            <numerusform>• %n to {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Line breaks in one-line cells (such as titles) become spaces: {count}.</source>
        <translation>Line breaks in one-line cells (such as titles) become spaces: {count}.</translation>
    </message>
    <message>
        <source>Nothing else changes; a backup is made first.</source>
        <translation>Nothing else changes; a backup is made first.</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <source>Precondition</source>
        <translation>Precondition</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Barriers to import</source>
        <translation>Barriers to import</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>Characters the PDF cannot show</source>
        <translation>Characters the PDF cannot show</translation>
    </message>
    <message>
        <source>The PDF&apos;s fonts cannot show these characters: {characters}. The PDF prints � in their place.</source>
        <translation>The PDF&apos;s fonts cannot show these characters: {characters}. The PDF prints � in their place.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>The document was saved as {file}. Open it now?</source>
        <translation>The document was saved as {file}. Open it now?</translation>
    </message>
</context>
<context>
    <name>DueDateField</name>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{file} is in use by the Drempelkompas app; close it and try again.</source>
        <translation>{file} is in use by the Drempelkompas app; close it and try again.</translation>
    </message>
    <message>
        <source>The team database {address} asks for your password, or did not accept the one given: set PGPASSWORD or put it in your .pgpass file.</source>
        <translation>The team database {address} asks for your password, or did not accept the one given: set PGPASSWORD or put it in your .pgpass file.</translation>
    </message>
    <message>
        <source>No password given: nothing was done.</source>
        <translation>No password given: nothing was done.</translation>
    </message>
    <message>
        <source>The password was not accepted three times: nothing was done.</source>
        <translation>The password was not accepted three times: nothing was done.</translation>
    </message>
    <message>
        <source>There is no collaboration named {name}.</source>
        <translation>There is no collaboration named {name}.</translation>
    </message>
    <message>
        <source>Write a signatory as &quot;Name|Role|level&quot;, not &quot;{text}&quot;.</source>
        <translation>Write a signatory as &quot;Name|Role|level&quot;, not &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>You have no personal certificate yet: give the name it is for with --name (and --organisation), or sign with --p12.</source>
        <translation>You have no personal certificate yet: give the name it is for with --name (and --organisation), or sign with --p12.</translation>
    </message>
    <message>
        <source>The personal certificate needs its passphrase: set {variable} or run in a terminal.</source>
        <translation>The personal certificate needs its passphrase: set {variable} or run in a terminal.</translation>
    </message>
    <message>
        <source>Unknown typical barrier {key}.</source>
        <translation>Unknown typical barrier {key}.</translation>
    </message>
    <message>
        <source>This barrier no longer exists.</source>
        <translation>This barrier no longer exists.</translation>
    </message>
    <message>
        <source>Someone else changed this barrier while you were editing it, in the same fields: nothing was saved.</source>
        <translation>Someone else changed this barrier while you were editing it, in the same fields: nothing was saved.</translation>
    </message>
    <message>
        <source>This lesson no longer exists.</source>
        <translation>This lesson no longer exists.</translation>
    </message>
    <message>
        <source>This collaboration no longer exists.</source>
        <translation>This collaboration no longer exists.</translation>
    </message>
    <message>
        <source>{partner} has commitments, contributions or scan answers; remove those before the partner.</source>
        <translation>{partner} has commitments, contributions or scan answers; remove those before the partner.</translation>
    </message>
    <message>
        <source>Someone else changed this collaboration while you were editing it, in the same fields: nothing was saved. Open it again to see their changes.</source>
        <translation>Someone else changed this collaboration while you were editing it, in the same fields: nothing was saved. Open it again to see their changes.</translation>
    </message>
    <message>
        <source>A collaboration named {name} already exists.</source>
        <translation>A collaboration named {name} already exists.</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Row {row}: {problem}</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>The CSV file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</translation>
    </message>
    <message>
        <source>The file is not a CSV file.</source>
        <translation>The file is not a CSV file.</translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <translation>The CSV file is empty.</translation>
    </message>
    <message>
        <source>expected {expected} cells, found {found}.</source>
        <translation>expected {expected} cells, found {found}.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read near row {row}: {problem}</source>
        <translation>The CSV file cannot be read near row {row}: {problem}</translation>
    </message>
    <message>
        <source>Unknown column &quot;{name}&quot; in the CSV header.</source>
        <translation>Unknown column &quot;{name}&quot; in the CSV header.</translation>
    </message>
    <message>
        <source>Column &quot;{name}&quot; appears twice in the CSV header.</source>
        <translation>Column &quot;{name}&quot; appears twice in the CSV header.</translation>
    </message>
    <message>
        <source>The CSV header lacks the column(s) {columns}.</source>
        <translation>The CSV header lacks the column(s) {columns}.</translation>
    </message>
    <message>
        <source>Unknown lesson &quot;{name}&quot;.</source>
        <translation>Unknown lesson &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a known value here.</source>
        <translation>&quot;{value}&quot; is not a known value here.</translation>
    </message>
    <message>
        <source>Impact must be a whole number from 1 to 5, not {value}.</source>
        <translation>Impact must be a whole number from 1 to 5, not {value}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>&quot;{value}&quot; is not a date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>This database already holds the demo.</source>
        <translation>This database already holds the demo.</translation>
    </message>
    <message>
        <source>The method&apos;s own lessons cannot be changed or removed.</source>
        <translation>The method&apos;s own lessons cannot be changed or removed.</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>{field} cannot be empty.</translation>
    </message>
    <message>
        <source>This proposed decision is no longer on the agenda.</source>
        <translation>This proposed decision is no longer on the agenda.</translation>
    </message>
    <message>
        <source>Someone else reworded this proposed decision while you were editing it: nothing was saved.</source>
        <translation>Someone else reworded this proposed decision while you were editing it: nothing was saved.</translation>
    </message>
    <message>
        <source>Someone else changed the agenda of this meeting while you were recording it (a proposed decision was added, reworded or taken off): nothing was saved.</source>
        <translation>Someone else changed the agenda of this meeting while you were recording it (a proposed decision was added, reworded or taken off): nothing was saved.</translation>
    </message>
    <message>
        <source>Someone else recorded outcomes of this meeting while you were recording them: nothing was saved.</source>
        <translation>Someone else recorded outcomes of this meeting while you were recording them: nothing was saved.</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>This meeting no longer exists.</translation>
    </message>
    <message>
        <source>A recorded meeting keeps its date: it took place on it.</source>
        <translation>A recorded meeting keeps its date: it took place on it.</translation>
    </message>
    <message>
        <source>Someone else changed this meeting&apos;s details while you were editing them: nothing was saved.</source>
        <translation>Someone else changed this meeting&apos;s details while you were editing them: nothing was saved.</translation>
    </message>
    <message>
        <source>There is a meeting on {date} already; choose it in the list.</source>
        <translation>There is a meeting on {date} already; choose it in the list.</translation>
    </message>
    <message>
        <source>There is no proposed decision {number} in this meeting.</source>
        <translation>There is no proposed decision {number} in this meeting.</translation>
    </message>
    <message>
        <source>Proposed decision {number} is given twice.</source>
        <translation>Proposed decision {number} is given twice.</translation>
    </message>
    <message>
        <source>{field} must fit on one line.</source>
        <translation>{field} must fit on one line.</translation>
    </message>
    <message>
        <source>A plan needs at least one signatory to be signed off.</source>
        <translation>A plan needs at least one signatory to be signed off.</translation>
    </message>
    <message>
        <source>Nothing changed since version {number}: that version is still current.</source>
        <translation>Nothing changed since version {number}: that version is still current.</translation>
    </message>
    <message>
        <source>Give the reason the version is withdrawn.</source>
        <translation>Give the reason the version is withdrawn.</translation>
    </message>
    <message>
        <source>Version {number} was already withdrawn.</source>
        <translation>Version {number} was already withdrawn.</translation>
    </message>
    <message>
        <source>There is no signed-off version {number}.</source>
        <translation>There is no signed-off version {number}.</translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation>{value} is not a date.</translation>
    </message>
    <message>
        <source>A value is a whole number of euros from 0, not {value}.</source>
        <translation>A value is a whole number of euros from 0, not {value}.</translation>
    </message>
    <message>
        <source>{value} is not a valid {field}.</source>
        <translation>{value} is not a valid {field}.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} must be text.</translation>
    </message>
    <message>
        <source>{field} contains control characters.</source>
        <translation>{field} contains control characters.</translation>
    </message>
    <message>
        <source>{field} contains characters that are not valid text.</source>
        <translation>{field} contains characters that are not valid text.</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; at most {limit} are allowed.</source>
        <translation>{field} is {length} characters long; at most {limit} are allowed.</translation>
    </message>
    <message>
        <source>{path} is read-only: changes cannot be saved.</source>
        <translation>{path} is read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>{path} is on a network drive, where a database file can be damaged when two computers use it: it is opened read-only. Copy it to this computer, or move your team to a team database.</source>
        <translation>{path} is on a network drive, where a database file can be damaged when two computers use it: it is opened read-only. Copy it to this computer, or move your team to a team database.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: the change was not saved. Free some space and try again.</source>
        <translation>The disk holding {path} is full: the change was not saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>{path} could not be written (a disk error): the change was not saved.</source>
        <translation>{path} could not be written (a disk error): the change was not saved.</translation>
    </message>
    <message>
        <source>{path} needs an upgrade but is read-only: copy it to your computer first.</source>
        <translation>{path} needs an upgrade but is read-only: copy it to your computer first.</translation>
    </message>
    <message>
        <source>{path} is a link to {target}, which cannot be found (a drive or network share that is not connected?). Nothing was created.</source>
        <translation>{path} is a link to {target}, which cannot be found (a drive or network share that is not connected?). Nothing was created.</translation>
    </message>
    <message>
        <source>The name {path} is too long: the app keeps backups and temporary files with longer names beside it. Choose a shorter name or folder.</source>
        <translation>The name {path} is too long: the app keeps backups and temporary files with longer names beside it. Choose a shorter name or folder.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>{path} is empty: it is not a Drempelkompas database.</source>
        <translation>{path} is empty: it is not a Drempelkompas database.</translation>
    </message>
    <message>
        <source>{path} is not a Drempelkompas database.</source>
        <translation>{path} is not a Drempelkompas database.</translation>
    </message>
    <message>
        <source>{path} is not a Drempelkompas database as this version makes them: it has {objects} that the app does not know. It was left as it was.</source>
        <translation>{path} is not a Drempelkompas database as this version makes them: it has {objects} that the app does not know. It was left as it was.</translation>
    </message>
    <message>
        <source>{path} is damaged: the database check failed.</source>
        <translation>{path} is damaged: the database check failed.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Drempelkompas; update the app to open it.</source>
        <translation>{path} was written by a newer version of Drempelkompas; update the app to open it.</translation>
    </message>
    <message>
        <source>A personal certificate needs the name of its holder.</source>
        <translation>A personal certificate needs the name of its holder.</translation>
    </message>
    <message>
        <source>A certificate holds a name and an organisation of at most {count} characters each.</source>
        <translation>A certificate holds a name and an organisation of at most {count} characters each.</translation>
    </message>
    <message>
        <source>The passphrase of a personal certificate needs at least {count} characters.</source>
        <translation>The passphrase of a personal certificate needs at least {count} characters.</translation>
    </message>
    <message>
        <source>“{name}” has characters a certificate cannot carry reliably (such as emoji); use letters, digits and punctuation.</source>
        <translation>“{name}” has characters a certificate cannot carry reliably (such as emoji); use letters, digits and punctuation.</translation>
    </message>
    <message>
        <source>{file} is not a PDF that can be read ({problem}).</source>
        <translation>{file} is not a PDF that can be read ({problem}).</translation>
    </message>
    <message>
        <source>{file} is not a certificate file that can be opened (wrong password?).</source>
        <translation>{file} is not a certificate file that can be opened (wrong password?).</translation>
    </message>
    <message>
        <source>The PDF could not be signed: {problem}</source>
        <translation>The PDF could not be signed: {problem}</translation>
    </message>
    <message>
        <source>The certificate in {file} is not valid yet: it is valid from {date}.</source>
        <translation>The certificate in {file} is not valid yet: it is valid from {date}.</translation>
    </message>
    <message>
        <source>The certificate in {file} expired on {date}.</source>
        <translation>The certificate in {file} expired on {date}.</translation>
    </message>
    <message>
        <source>The current folder no longer exists, so the backup has nowhere to go: go to another folder and try again.</source>
        <translation>The current folder no longer exists, so the backup has nowhere to go: go to another folder and try again.</translation>
    </message>
    <message>
        <source>A team database is restored by its administrator, with pg_restore (see the README&apos;s section for administrators).</source>
        <translation>A team database is restored by its administrator, with pg_restore (see the README&apos;s section for administrators).</translation>
    </message>
    <message>
        <source>{file} is not one of this database&apos;s backups.</source>
        <translation>{file} is not one of this database&apos;s backups.</translation>
    </message>
    <message>
        <source>The backup {file} cannot be read.</source>
        <translation>The backup {file} cannot be read.</translation>
    </message>
    <message>
        <source>Choose at least one collaboration to export.</source>
        <translation>Choose at least one collaboration to export.</translation>
    </message>
    <message>
        <source>a built-in lesson cannot be replaced.</source>
        <translation>a built-in lesson cannot be replaced.</translation>
    </message>
    <message>
        <source>this barrier belongs to another collaboration here.</source>
        <translation>this barrier belongs to another collaboration here.</translation>
    </message>
    <message>
        <source>a barrier refers to a lesson that is missing.</source>
        <translation>a barrier refers to a lesson that is missing.</translation>
    </message>
    <message>
        <source>this identifier belongs to another record here, so nothing was imported.</source>
        <translation>this identifier belongs to another record here, so nothing was imported.</translation>
    </message>
    <message>
        <source>{file} is not a Drempelkompas exchange file.</source>
        <translation>{file} is not a Drempelkompas exchange file.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of Drempelkompas (format {version}). Update the app to import it.</source>
        <translation>{file} was made by a newer version of Drempelkompas (format {version}). Update the app to import it.</translation>
    </message>
    <message>
        <source>{file} was altered or damaged after it was made: its checksum does not match.</source>
        <translation>{file} was altered or damaged after it was made: its checksum does not match.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{file} is incomplete; it was probably cut off while copying or downloading.</source>
        <translation>{file} is incomplete; it was probably cut off while copying or downloading.</translation>
    </message>
    <message>
        <source>{file} contains an entry “{name}” that tries to leave its folder; it is refused.</source>
        <translation>{file} contains an entry “{name}” that tries to leave its folder; it is refused.</translation>
    </message>
    <message>
        <source>{file} contains an unexpected entry “{name}”.</source>
        <translation>{file} contains an unexpected entry “{name}”.</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not valid JSON (line {line}, column {column}).</source>
        <translation>{file} is damaged: it is not valid JSON (line {line}, column {column}).</translation>
    </message>
    <message>
        <source>{file} is damaged: the key “{key}” appears twice in one record.</source>
        <translation>{file} is damaged: the key “{key}” appears twice in one record.</translation>
    </message>
    <message>
        <source>{file} is damaged: it contains the non-number {value}.</source>
        <translation>{file} is damaged: it contains the non-number {value}.</translation>
    </message>
    <message>
        <source>{file} is damaged: {where} contains characters that are not valid text.</source>
        <translation>{file} is damaged: {where} contains characters that are not valid text.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be imported (at {where}).</source>
        <translation>{file} is damaged and cannot be imported (at {where}).</translation>
    </message>
    <message>
        <source>{file} would expand to more than 200 MB; it is refused as a possible zip bomb.</source>
        <translation>{file} would expand to more than 200 MB; it is refused as a possible zip bomb.</translation>
    </message>
    <message>
        <source>The exchange file cannot be imported. Record {where}: {problem}</source>
        <translation>The exchange file cannot be imported. Record {where}: {problem}</translation>
    </message>
    <message>
        <source>refers to a lesson that is not in the file.</source>
        <translation>refers to a lesson that is not in the file.</translation>
    </message>
    <message>
        <source>refers to a partner that is not in the collaboration.</source>
        <translation>refers to a partner that is not in the collaboration.</translation>
    </message>
    <message>
        <source>is not the identifier of this partner&apos;s level.</source>
        <translation>is not the identifier of this partner&apos;s level.</translation>
    </message>
    <message>
        <source>is not the phase after the one it leaves.</source>
        <translation>is not the phase after the one it leaves.</translation>
    </message>
    <message>
        <source>expected a record.</source>
        <translation>expected a record.</translation>
    </message>
    <message>
        <source>the field “{name}” is missing.</source>
        <translation>the field “{name}” is missing.</translation>
    </message>
    <message>
        <source>has the wrong type.</source>
        <translation>has the wrong type.</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>is not a known field.</translation>
    </message>
    <message>
        <source>this identifier appears twice in the file.</source>
        <translation>this identifier appears twice in the file.</translation>
    </message>
    <message>
        <source>is not a valid identifier.</source>
        <translation>is not a valid identifier.</translation>
    </message>
    <message>
        <source>has spaces or line breaks the app does not keep.</source>
        <translation>has spaces or line breaks the app does not keep.</translation>
    </message>
    <message>
        <source>{value} is not a known value.</source>
        <translation>{value} is not a known value.</translation>
    </message>
    <message>
        <source>{value} is not a valid date.</source>
        <translation>{value} is not a valid date.</translation>
    </message>
    <message>
        <source>{value} is out of range.</source>
        <translation>{value} is out of range.</translation>
    </message>
    <message>
        <source>names a precondition twice.</source>
        <translation>names a precondition twice.</translation>
    </message>
    <message>
        <source>appears twice.</source>
        <translation>appears twice.</translation>
    </message>
    <message>
        <source>cannot be empty.</source>
        <translation>cannot be empty.</translation>
    </message>
    <message>
        <source>the signed-off plan does not match its fingerprint.</source>
        <translation>the signed-off plan does not match its fingerprint.</translation>
    </message>
    <message>
        <source>No backup could be written in {folder} ({reason}); nothing was changed.</source>
        <translation>No backup could be written in {folder} ({reason}); nothing was changed.</translation>
    </message>
    <message>
        <source>{code} is not a language code such as de or pt_BR.</source>
        <translation>{code} is not a language code such as de or pt_BR.</translation>
    </message>
    <message>
        <source>{file} already exists.</source>
        <translation>{file} already exists.</translation>
    </message>
    <message>
        <source>lupdate could not read the files: {reason}</source>
        <translation>lupdate could not read the files: {reason}</translation>
    </message>
    <message>
        <source>Cannot use {file}: {reason}</source>
        <translation>Cannot use {file}: {reason}</translation>
    </message>
    <message>
        <source>This cannot be done</source>
        <translation>This cannot be done</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file; choose another name to save to.</source>
        <translation>{file} is not an ordinary file; choose another name to save to.</translation>
    </message>
    <message>
        <source>{file} is the open database or one of its own files; choose another name to save to.</source>
        <translation>{file} is the open database or one of its own files; choose another name to save to.</translation>
    </message>
    <message>
        <source>{file} is a Drempelkompas database; an export never replaces one. Choose another name.</source>
        <translation>{file} is a Drempelkompas database; an export never replaces one. Choose another name.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file that can be read.</source>
        <translation>{file} is not an ordinary file that can be read.</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB and is not read.</source>
        <translation>{file} is larger than {megabytes} MB and is not read.</translation>
    </message>
    <message>
        <source>This database is open read-only, so {file} cannot be imported into it.</source>
        <translation>This database is open read-only, so {file} cannot be imported into it.</translation>
    </message>
    <message>
        <source>The demo could not be prepared: {problem}</source>
        <translation>The demo could not be prepared: {problem}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>There is no meeting on {date} for this collaboration.</source>
        <translation>There is no meeting on {date} for this collaboration.</translation>
    </message>
    <message>
        <source>The meeting of {date} is recorded already; add --correct to change the outcomes you name.</source>
        <translation>The meeting of {date} is recorded already; add --correct to change the outcomes you name.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{value} is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Write a decision as &quot;number|taken, deferred or rejected|wording&quot;, not &quot;{text}&quot;.</source>
        <translation>Write a decision as &quot;number|taken, deferred or rejected|wording&quot;, not &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>Write an action as &quot;number|action|owner|YYYY-MM-DD&quot;, not &quot;{text}&quot;.</source>
        <translation>Write an action as &quot;number|action|owner|YYYY-MM-DD&quot;, not &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>There is no barrier titled {title}.</source>
        <translation>There is no barrier titled {title}.</translation>
    </message>
    <message>
        <source>Several barriers are titled {title}; give a more precise title.</source>
        <translation>Several barriers are titled {title}; give a more precise title.</translation>
    </message>
    <message>
        <source>Give a file name that ends in {suffixes}.</source>
        <translation>Give a file name that ends in {suffixes}.</translation>
    </message>
    <message>
        <source>The meeting of {date} has not been recorded yet.</source>
        <translation>The meeting of {date} has not been recorded yet.</translation>
    </message>
    <message>
        <source>The PDF could not be laid out: one of its texts does not fit on a page. Shorten the longest texts and try again.</source>
        <translation>The PDF could not be laid out: one of its texts does not fit on a page. Shorten the longest texts and try again.</translation>
    </message>
    <message>
        <source>Give the value in whole euros, such as 12500, not {value}.</source>
        <translation>Give the value in whole euros, such as 12500, not {value}.</translation>
    </message>
    <message>
        <source>{value} is not a valid {field}; choose from: {choices}.</source>
        <translation>{value} is not a valid {field}; choose from: {choices}.</translation>
    </message>
    <message>
        <source>Someone else changed this contribution while you were editing it, in the same fields: nothing was saved.</source>
        <translation>Someone else changed this contribution while you were editing it, in the same fields: nothing was saved.</translation>
    </message>
    <message>
        <source>A period cannot end before it starts.</source>
        <translation>A period cannot end before it starts.</translation>
    </message>
    <message>
        <source>This contribution no longer exists.</source>
        <translation>This contribution no longer exists.</translation>
    </message>
    <message>
        <source>This partner is no longer part of the collaboration.</source>
        <translation>This partner is no longer part of the collaboration.</translation>
    </message>
    <message>
        <source>Someone else changed this commitment while you were editing it, in the same fields: nothing was saved.</source>
        <translation>Someone else changed this commitment while you were editing it, in the same fields: nothing was saved.</translation>
    </message>
    <message>
        <source>There is no partner named {name}; the partners are: {partners}.</source>
        <translation>There is no partner named {name}; the partners are: {partners}.</translation>
    </message>
    <message>
        <source>The collaboration is embedded: there is no phase after it.</source>
        <translation>The collaboration is embedded: there is no phase after it.</translation>
    </message>
    <message>
        <source>Not every criterion is met: say in a note why the collaboration goes on anyway.</source>
        <translation>Not every criterion is met: say in a note why the collaboration goes on anyway.</translation>
    </message>
    <message>
        <source>This phase gate decision no longer exists.</source>
        <translation>This phase gate decision no longer exists.</translation>
    </message>
    <message>
        <source>{key} is answered twice.</source>
        <translation>{key} is answered twice.</translation>
    </message>
    <message>
        <source>The file holds no answers.</source>
        <translation>The file holds no answers.</translation>
    </message>
    <message>
        <source>{value} is not a statement of the drempelscan; the statements are: {keys}.</source>
        <translation>{value} is not a statement of the drempelscan; the statements are: {keys}.</translation>
    </message>
    <message>
        <source>A score is a whole number from 0 to 4, not {value}.</source>
        <translation>A score is a whole number from 0 to 4, not {value}.</translation>
    </message>
    <message>
        <source>A scan needs at least one answer.</source>
        <translation>A scan needs at least one answer.</translation>
    </message>
    <message>
        <source>{value} is not a statement of the drempelscan.</source>
        <translation>{value} is not a statement of the drempelscan.</translation>
    </message>
    <message>
        <source>These answers no longer exist.</source>
        <translation>These answers no longer exist.</translation>
    </message>
    <message>
        <source>The connection to the team database {address} was lost: the last change was not saved. Try again when the server can be reached.</source>
        <translation>The connection to the team database {address} was lost: the last change was not saved. Try again when the server can be reached.</translation>
    </message>
    <message>
        <source>Someone else changed the same records at the same moment: this change was not saved. Try again.</source>
        <translation>Someone else changed the same records at the same moment: this change was not saved. Try again.</translation>
    </message>
    <message>
        <source>Your role in the team database {address} may not do this: nothing was changed. Ask its administrator.</source>
        <translation>Your role in the team database {address} may not do this: nothing was changed. Ask its administrator.</translation>
    </message>
    <message>
        <source>The team database needs the PostgreSQL driver, which is not installed: pip install &quot;drempelkompas[team]&quot;.</source>
        <translation>The team database needs the PostgreSQL driver, which is not installed: pip install &quot;drempelkompas[team]&quot;.</translation>
    </message>
    <message>
        <source>The team database {address} asks for your password.</source>
        <translation>The team database {address} asks for your password.</translation>
    </message>
    <message>
        <source>The team database {address} cannot be reached: {reason}</source>
        <translation>The team database {address} cannot be reached: {reason}</translation>
    </message>
    <message>
        <source>The team database {address} has no Drempelkompas tables of this version yet, and your role may not make them. Ask its administrator to open it once with this version of the app.</source>
        <translation>The team database {address} has no Drempelkompas tables of this version yet, and your role may not make them. Ask its administrator to open it once with this version of the app.</translation>
    </message>
    <message>
        <source>Your role in the team database {address} may not use its tables. Ask its administrator to make you a member of drempelkompas_user.</source>
        <translation>Your role in the team database {address} may not use its tables. Ask its administrator to make you a member of drempelkompas_user.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this computer, so no backup was made. Install PostgreSQL&apos;s client programs, or ask the administrator of {address}: the server makes its own backups.</source>
        <translation>pg_dump is not installed on this computer, so no backup was made. Install PostgreSQL&apos;s client programs, or ask the administrator of {address}: the server makes its own backups.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so no backup was made.</source>
        <translation>The folder {folder} does not exist, so no backup was made.</translation>
    </message>
    <message>
        <source>pg_dump could not make the backup: {reason}</source>
        <translation>pg_dump could not make the backup: {reason}</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Conflict: both versions kept</source>
        <translation>Conflict: both versions kept</translation>
    </message>
    <message>
        <source>Changed only here: kept</source>
        <translation>Changed only here: kept</translation>
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
        <translation>{added} added, {updated} updated, {conflicts} in conflict, {kept} kept, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Signed-off plan</source>
        <translation>Signed-off plan</translation>
    </message>
    <message>
        <source>Commitment</source>
        <extracomment>A partner&apos;s commitment at one level, in the list of what an import changes.</extracomment>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Contribution</source>
        <extracomment>A partner&apos;s contribution in the in-kind ledger.</extracomment>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Scan answers</source>
        <extracomment>One respondent&apos;s answers to the drempelscan.</extracomment>
        <translation>Scan answers</translation>
    </message>
    <message>
        <source>Phase gate</source>
        <extracomment>A go or no-go at the gate to the next phase.</extracomment>
        <translation>Phase gate</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export an exchange file</source>
        <translation>Export an exchange file</translation>
    </message>
    <message>
        <source>Collaborations to export</source>
        <translation>Collaborations to export</translation>
    </message>
    <message>
        <source>Choose the collaborations to pass on. The file holds their barriers, history, your own lessons they use and their signed-off plans; a colleague imports it with File › Import an exchange file.</source>
        <translation>Choose the collaborations to pass on. The file holds their barriers, history, your own lessons they use and their signed-off plans; a colleague imports it with File › Import an exchange file.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Body</source>
        <extracomment>The governing body a meeting is of, such as the steering group.</extracomment>
        <translation>Body</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Case number</source>
        <extracomment>The number of the case in the organisation&apos;s case system (Dutch: zaaknummer).</extracomment>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Portfolio holder</source>
        <extracomment>The administrator responsible for the subject (Dutch: portefeuillehouder).</extracomment>
        <translation>Portfolio holder</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>The person who gives a partner&apos;s commitment at one level.</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Respondent</source>
        <extracomment>The person who filled in the drempelscan.</extracomment>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Decided by</source>
        <extracomment>Who took a decision at a phase gate.</extracomment>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Made by</source>
        <extracomment>Who made a change in a barrier&apos;s history, or recorded a sign-off.</extracomment>
        <translation>Made by</translation>
    </message>
    <message>
        <source>precondition</source>
        <translation>precondition</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>kind</source>
        <extracomment>The kind of a contribution (knowledge, network, hours, money…).</extracomment>
        <translation>kind</translation>
    </message>
    <message>
        <source>decision</source>
        <extracomment>A phase gate&apos;s decision: go or no go.</extracomment>
        <translation>decision</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <source>Opens demo collaborations in a window of their own; your own data is not touched</source>
        <translation>Opens demo collaborations in a window of their own; your own data is not touched</translation>
    </message>
    <message>
        <source>Open a &amp;team database…</source>
        <translation>Open a &amp;team database…</translation>
    </message>
    <message>
        <source>Opens a database on a PostgreSQL server, shared with your team, in a window of its own</source>
        <translation>Opens a database on a PostgreSQL server, shared with your team, in a window of its own</translation>
    </message>
    <message>
        <source>&amp;Backups and restore…</source>
        <translation>&amp;Backups and restore…</translation>
    </message>
    <message>
        <source>&amp;Import an exchange file…</source>
        <translation>&amp;Import an exchange file…</translation>
    </message>
    <message>
        <source>E&amp;xport an exchange file…</source>
        <translation>E&amp;xport an exchange file…</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>&amp;Verify a PDF…</translation>
    </message>
    <message>
        <source>Check that a PDF is an unaltered export of a signed-off plan</source>
        <translation>Check that a PDF is an unaltered export of a signed-off plan</translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation>Preparing the demo…</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>Collaborations</translation>
    </message>
    <message>
        <source>Export an exchange file</source>
        <translation>Export an exchange file</translation>
    </message>
    <message>
        <source>Drempelkompas exchange files (*.drempel)</source>
        <translation>Drempelkompas exchange files (*.drempel)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n collaboration(s) with {barriers} barriers to {file}.</source>
        <translation>
            <numerusform>Exported %n collaboration with {barriers} barriers to {file}.</numerusform>
            <numerusform>Exported %n collaborations with {barriers} barriers to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an exchange file</source>
        <translation>Import an exchange file</translation>
    </message>
    <message>
        <source>Drempelkompas exchange files (*.drempel);;All files (*)</source>
        <translation>Drempelkompas exchange files (*.drempel);;All files (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Everything in {file} is already here; there is nothing to import.</source>
        <translation>Everything in {file} is already here; there is nothing to import.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, descriptions, owners and actions (Ctrl+F)</source>
        <translation>Search titles, descriptions, owners and actions (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation>Search the board</translation>
    </message>
    <message>
        <source>Show overcome</source>
        <translation>Show overcome</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Without owner</source>
        <translation>Without owner</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>Problem owners from at least two sectors take part</source>
        <translation>Problem owners from at least two sectors take part</translation>
    </message>
    <message>
        <source>No solution provider yet: the scope is set with the problem owners first</source>
        <translation>No solution provider yet: the scope is set with the problem owners first</translation>
    </message>
    <message>
        <source>Every partner contributes in kind (start with closed purses)</source>
        <translation>Every partner contributes in kind (start with closed purses)</translation>
    </message>
    <message>
        <source>A drempelscan has shown the barriers</source>
        <translation>A drempelscan has shown the barriers</translation>
    </message>
    <message>
        <source>A committed administrative sponsor</source>
        <translation>A committed administrative sponsor</translation>
    </message>
    <message>
        <source>Every problem owner is committed at all three levels</source>
        <translation>Every problem owner is committed at all three levels</translation>
    </message>
    <message>
        <source>Funding for the next step is arranged (membership or a subsidy)</source>
        <translation>Funding for the next step is arranged (membership or a subsidy)</translation>
    </message>
    <message>
        <source>No partner carries more than twice the average share of the others</source>
        <translation>No partner carries more than twice the average share of the others</translation>
    </message>
    <message>
        <source>Every partner is committed at all three levels</source>
        <translation>Every partner is committed at all three levels</translation>
    </message>
    <message>
        <source>Money has been delivered, not only pledged</source>
        <translation>Money has been delivered, not only pledged</translation>
    </message>
    <message>
        <source>No open barrier of the highest impact</source>
        <translation>No open barrier of the highest impact</translation>
    </message>
    <message>
        <source>The latest drempelscan scores no precondition high</source>
        <translation>The latest drempelscan scores no precondition high</translation>
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
        <translation>No go</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <source>Phase gate — {name}</source>
        <translation>Phase gate — {name}</translation>
    </message>
    <message>
        <source>{phase}: the last phase, there is no gate after it.</source>
        <translation>{phase}: the last phase, there is no gate after it.</translation>
    </message>
    <message>
        <source>From {phase} to {next}</source>
        <translation>From {phase} to {next}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>{met} of {count} criteria met.</source>
        <translation>{met} of {count} criteria met.</translation>
    </message>
    <message>
        <source>A go anyway needs a note that says why.</source>
        <translation>A go anyway needs a note that says why.</translation>
    </message>
    <message>
        <source>&amp;Go: on to the next phase</source>
        <translation>&amp;Go: on to the next phase</translation>
    </message>
    <message>
        <source>&amp;No go: the phase stays</source>
        <translation>&amp;No go: the phase stays</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation>Decided &amp;by</translation>
    </message>
    <message>
        <source>In the &amp;meeting of</source>
        <translation>In the &amp;meeting of</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>e.g. the steering group</source>
        <translation>e.g. the steering group</translation>
    </message>
    <message>
        <source>no meeting</source>
        <translation>no meeting</translation>
    </message>
    <message>
        <source>Gates recorded so far</source>
        <translation>Gates recorded so far</translation>
    </message>
    <message>
        <source>{date}: {decision} from {phase} to {next}, by {by}</source>
        <translation>{date}: {decision} from {phase} to {next}, by {by}</translation>
    </message>
    <message>
        <source>{line} (recorded by {name})</source>
        <translation>{line} (recorded by {name})</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Say who decided, e.g. the steering group.</source>
        <translation>Say who decided, e.g. the steering group.</translation>
    </message>
    <message>
        <source>Not every criterion is met: say in the note why the collaboration goes on anyway.</source>
        <translation>Not every criterion is met: say in the note why the collaboration goes on anyway.</translation>
    </message>
    <message>
        <source>The note may hold at most {limit} characters.</source>
        <translation>The note may hold at most {limit} characters.</translation>
    </message>
</context>
<context>
    <name>GovernanceActions</name>
    <message>
        <source>&amp;Meetings…</source>
        <translation>&amp;Meetings…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>&amp;Portfolio of all collaborations…</source>
        <translation>&amp;Portfolio of all collaborations…</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Progress &amp;over time…</source>
        <translation>Progress &amp;over time…</translation>
    </message>
    <message>
        <source>&amp;Board as PDF…</source>
        <translation>&amp;Board as PDF…</translation>
    </message>
    <message>
        <source>Pro&amp;pose a decision…</source>
        <translation>Pro&amp;pose a decision…</translation>
    </message>
    <message>
        <source>Save the board as PDF</source>
        <translation>Save the board as PDF</translation>
    </message>
    <message>
        <source>{name} - board {date}</source>
        <translation>{name} - board {date}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the board…</source>
        <translation>Writing the board…</translation>
    </message>
    <message>
        <source>About: {title}. The proposal goes on the agenda of the next meeting.</source>
        <translation>About: {title}. The proposal goes on the agenda of the next meeting.</translation>
    </message>
    <message>
        <source>Proposed; the next meeting has {count} proposed decisions.</source>
        <translation>Proposed; the next meeting has {count} proposed decisions.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>The &amp;method</source>
        <translation>The &amp;method</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Drempelkompas</source>
        <translation>&amp;About Drempelkompas</translation>
    </message>
    <message>
        <source>About Drempelkompas</source>
        <translation>About Drempelkompas</translation>
    </message>
    <message>
        <source>Drempelkompas {version}

A barrier compass for innovation across the boundaries of government, market, science and society, after the Digicampus method.

Database: {database}</source>
        <translation>Drempelkompas {version}

A barrier compass for innovation across the boundaries of government, market, science and society, after the Digicampus method.

Database: {database}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import an exchange file</source>
        <translation>Import an exchange file</translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation>What the import changes</translation>
    </message>
    <message>
        <source>This is what importing {file} will change. Nothing has been imported yet.</source>
        <translation>This is what importing {file} will change. Nothing has been imported yet.</translation>
    </message>
    <message>
        <source>Conflicts are records changed both here and in the file. Both versions are kept: a conflicting barrier appears twice on the board, the imported one marked “Conflict”; keep the one you want and delete the other. A collaboration&apos;s other texts are added to its notes.</source>
        <translation>Conflicts are records changed both here and in the file. Both versions are kept: a conflicting barrier appears twice on the board, the imported one marked “Conflict”; keep the one you want and delete the other. A collaboration&apos;s other texts are added to its notes.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>KeepsInput</name>
    <message>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>What you typed in this window is not saved. Throw it away?</source>
        <translation>What you typed in this window is not saved. Throw it away?</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Contributions — {name}</source>
        <translation>Contributions — {name}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xport as CSV…</translation>
    </message>
    <message>
        <source>No contributions yet. Start with closed purses: what can each partner bring in kind?</source>
        <translation>No contributions yet. Start with closed purses: what can each partner bring in kind?</translation>
    </message>
    <message>
        <source>{partner}: {value}, {share}% of the costs the partners carry</source>
        <translation>{partner}: {value}, {share}% of the costs the partners carry</translation>
    </message>
    <message>
        <source>Per sector: {sectors}</source>
        <translation>Per sector: {sectors}</translation>
    </message>
    <message>
        <source>No contribution has a value yet, so the spread of the costs is unknown.</source>
        <translation>No contribution has a value yet, so the spread of the costs is unknown.</translation>
    </message>
    <message>
        <source>The costs are spread evenly enough.</source>
        <translation>The costs are spread evenly enough.</translation>
    </message>
    <message>
        <source>Unevenly spread: {partner} carries more than twice the average of the others.</source>
        <translation>Unevenly spread: {partner} carries more than twice the average of the others.</translation>
    </message>
    <message>
        <source>Without any contribution: {partners}.</source>
        <translation>Without any contribution: {partners}.</translation>
    </message>
    <message>
        <source>Export the contributions</source>
        <translation>Export the contributions</translation>
    </message>
    <message>
        <source>{name} - contributions</source>
        <translation>{name} - contributions</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the contributions…</source>
        <translation>Writing the contributions…</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Administrative</source>
        <extracomment>Level of commitment: the political-administrative level (Dutch: bestuurlijk).</extracomment>
        <translation>Administrative</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Execution</source>
        <extracomment>Level of commitment: the people doing the work (Dutch: uitvoering).</extracomment>
        <translation>Execution</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Your &amp;name in the history…</source>
        <translation>Your &amp;name in the history…</translation>
    </message>
    <message>
        <source>Show &amp;overcome barriers</source>
        <translation>Show &amp;overcome barriers</translation>
    </message>
    <message>
        <source>Show &amp;archived collaborations</source>
        <translation>Show &amp;archived collaborations</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Barrier</source>
        <translation>&amp;Barrier</translation>
    </message>
    <message>
        <source>&amp;Collaboration</source>
        <translation>&amp;Collaboration</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Welcome to Drempelkompas. Keep track of the barriers in your collaborations across government, market, science and society, and pair each one with a lesson and a next action.

How would you like to start?</source>
        <translation>Welcome to Drempelkompas. Keep track of the barriers in your collaborations across government, market, science and society, and pair each one with a lesson and a next action.

How would you like to start?</translation>
    </message>
    <message>
        <source>Look around in the demo</source>
        <translation>Look around in the demo</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved to this file</source>
        <translation>Read-only: changes cannot be saved to this file</translation>
    </message>
    <message>
        <source>Create a first collaboration</source>
        <translation>Create a first collaboration</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Undo {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Redo {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Updated with changes made by others</source>
        <translation>Updated with changes made by others</translation>
    </message>
    <message>
        <source>team database {name}</source>
        <translation>team database {name}</translation>
    </message>
    <message>
        <source>DEMO: not your own data</source>
        <translation>DEMO: not your own data</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
    <message numerus="yes">
        <source>%n barrier(s): {open} open, {busy} in progress, {done} overcome — {shown} shown</source>
        <translation>
            <numerusform>%n barrier: {open} open, {busy} in progress, {done} overcome — {shown} shown</numerusform>
            <numerusform>%n barriers: {open} open, {busy} in progress, {done} overcome — {shown} shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Text size {percent}%</source>
        <translation>Text size {percent}%</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>high impact</source>
        <translation>high impact</translation>
    </message>
    <message>
        <source>owner at the administrative level</source>
        <translation>owner at the administrative level</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meetings — {name}</source>
        <translation>Meetings — {name}</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation>C&amp;hair</translation>
    </message>
    <message>
        <source>e.g. Steering group</source>
        <translation>e.g. Steering group</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Save details</translation>
    </message>
    <message>
        <source>Pro&amp;pose a decision…</source>
        <translation>Pro&amp;pose a decision…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Barriers that call for a decision</source>
        <translation>Barriers that call for a decision</translation>
    </message>
    <message>
        <source>Propose a decision about &amp;this barrier…</source>
        <translation>Propose a decision about &amp;this barrier…</translation>
    </message>
    <message>
        <source>About the collaboration as a whole.</source>
        <translation>About the collaboration as a whole.</translation>
    </message>
    <message>
        <source>Remove the proposed decision</source>
        <translation>Remove the proposed decision</translation>
    </message>
    <message>
        <source>Take this proposed decision off the agenda?

{text}</source>
        <translation>Take this proposed decision off the agenda?

{text}</translation>
    </message>
    <message>
        <source>A meeting still to come</source>
        <translation>A meeting still to come</translation>
    </message>
    <message>
        <source>The meeting of {date} has not taken place yet. Record its outcomes anyway?</source>
        <translation>The meeting of {date} has not taken place yet. Record its outcomes anyway?</translation>
    </message>
    <message>
        <source>Case n&amp;umber</source>
        <translation>Case n&amp;umber</translation>
    </message>
    <message>
        <source>P&amp;ortfolio holder</source>
        <translation>P&amp;ortfolio holder</translation>
    </message>
    <message>
        <source>Re&amp;word…</source>
        <translation>Re&amp;word…</translation>
    </message>
    <message>
        <source>Meeting pack (PD&amp;F)…</source>
        <translation>Meeting pack (PD&amp;F)…</translation>
    </message>
    <message>
        <source>Meeting pack (&amp;editable, .odt)…</source>
        <translation>Meeting pack (&amp;editable, .odt)…</translation>
    </message>
    <message>
        <source>Decision &amp;list…</source>
        <translation>Decision &amp;list…</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>New meeting (not saved yet)</source>
        <translation>New meeting (not saved yet)</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>What the meeting decided</source>
        <translation>What the meeting decided</translation>
    </message>
    <message>
        <source>Proposed decisions (the agenda of the next meeting)</source>
        <translation>Proposed decisions (the agenda of the next meeting)</translation>
    </message>
    <message>
        <source>the collaboration as a whole</source>
        <translation>the collaboration as a whole</translation>
    </message>
    <message>
        <source>About: {about}</source>
        <translation>About: {about}</translation>
    </message>
    <message>
        <source>No decisions proposed yet.</source>
        <translation>No decisions proposed yet.</translation>
    </message>
    <message>
        <source>&amp;Correct the outcomes…</source>
        <translation>&amp;Correct the outcomes…</translation>
    </message>
    <message>
        <source>&amp;Record the outcomes…</source>
        <translation>&amp;Record the outcomes…</translation>
    </message>
    <message>
        <source>{name} - meeting pack {date}</source>
        <translation>{name} - meeting pack {date}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Save the meeting pack</source>
        <translation>Save the meeting pack</translation>
    </message>
    <message>
        <source>Writing the meeting pack…</source>
        <translation>Writing the meeting pack…</translation>
    </message>
    <message>
        <source>{name} - decision list {date}</source>
        <translation>{name} - decision list {date}</translation>
    </message>
    <message>
        <source>Save the decision list</source>
        <translation>Save the decision list</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Writing the decision list…</source>
        <translation>Writing the decision list…</translation>
    </message>
</context>
<context>
    <name>MethodActions</name>
    <message>
        <source>&amp;Contributions (closed purses)…</source>
        <translation>&amp;Contributions (closed purses)…</translation>
    </message>
    <message>
        <source>&amp;Drempelscan…</source>
        <translation>D&amp;rempelscan…</translation>
    </message>
    <message>
        <source>Phase &amp;gate…</source>
        <translation>Phase &amp;gate…</translation>
    </message>
    <message>
        <source>Show the &amp;commitment and method panel</source>
        <translation>Show the &amp;commitment and method panel</translation>
    </message>
</context>
<context>
    <name>MethodDialog</name>
    <message>
        <source>The method</source>
        <translation>The method</translation>
    </message>
    <message>
        <source>Overcoming barriers to innovation</source>
        <translation>Overcoming barriers to innovation</translation>
    </message>
    <message>
        <source>Innovation across the boundaries of government, market, science and society needs four preconditions. Each has its typical barriers; four lessons help to overcome them. After the Digicampus method.</source>
        <translation>Innovation across the boundaries of government, market, science and society needs four preconditions. Each has its typical barriers; four lessons help to overcome them. After the Digicampus method.</translation>
    </message>
    <message>
        <source>The four preconditions</source>
        <translation>The four preconditions</translation>
    </message>
    <message>
        <source>The four lessons</source>
        <translation>The four lessons</translation>
    </message>
    <message>
        <source>Commitment at three levels</source>
        <translation>Commitment at three levels</translation>
    </message>
    <message>
        <source>Typical barriers</source>
        <translation>Typical barriers</translation>
    </message>
    <message>
        <source>Helps with: {preconditions}</source>
        <translation>Helps with: {preconditions}</translation>
    </message>
</context>
<context>
    <name>MethodPanel</name>
    <message>
        <source>Adm.</source>
        <extracomment>Short for the administrative level (bestuurlijk), a narrow column&apos;s heading.</extracomment>
        <translation>Adm.</translation>
    </message>
    <message>
        <source>Man.</source>
        <extracomment>Short for the management level, a narrow column&apos;s heading.</extracomment>
        <translation>Man.</translation>
    </message>
    <message>
        <source>Exe.</source>
        <extracomment>Short for the execution level (uitvoering), a narrow column&apos;s heading.</extracomment>
        <translation>Exe.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Commitment matrix</source>
        <translation>Commitment matrix</translation>
    </message>
    <message>
        <source>Contributions…</source>
        <translation>Contributions…</translation>
    </message>
    <message>
        <source>Drempelscan…</source>
        <translation>Drempelscan…</translation>
    </message>
    <message>
        <source>Phase gate…</source>
        <translation>Phase gate…</translation>
    </message>
    <message>
        <source>Commitment per partner</source>
        <translation>Commitment per partner</translation>
    </message>
    <message>
        <source>{partner}, {level}: {state} — {person}, since {date}</source>
        <translation>{partner}, {level}: {state} — {person}, since {date}</translation>
    </message>
    <message>
        <source>{partner}, {level}: {state} — {person}</source>
        <translation>{partner}, {level}: {state} — {person}</translation>
    </message>
    <message>
        <source>{partner}, {level}: {state}, since {date}</source>
        <translation>{partner}, {level}: {state}, since {date}</translation>
    </message>
    <message>
        <source>{partner}, {level}: {state}</source>
        <translation>{partner}, {level}: {state}</translation>
    </message>
    <message>
        <source>The phase has the commitment it asks for.</source>
        <translation>The phase has the commitment it asks for.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Still lacking:</source>
        <translation>Still lacking:</translation>
    </message>
    <message>
        <source>Contributions: none recorded yet.</source>
        <translation>Contributions: none recorded yet.</translation>
    </message>
    <message numerus="yes">
        <source>Contributions: %n, worth {value}.</source>
        <translation>
            <numerusform>Contributions: %n, worth {value}.</numerusform>
            <numerusform>Contributions: %n, worth {value}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{partner} carries {share}% of the costs.</source>
        <translation>{partner} carries {share}% of the costs.</translation>
    </message>
    <message>
        <source>Drempelscan: not held yet.</source>
        <translation>Drempelscan: not held yet.</translation>
    </message>
    <message numerus="yes">
        <source>Drempelscan of {date}: %n respondent(s).</source>
        <translation>
            <numerusform>Drempelscan of {date}: %n respondent.</numerusform>
            <numerusform>Drempelscan of {date}: %n respondents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n barrier(s) score high without a card.</source>
        <translation>
            <numerusform>%n barrier scores high without a card.</numerusform>
            <numerusform>%n barriers score high without a card.</numerusform>
        </translation>
    </message>
    <message>
        <source>Embedded: the last phase.</source>
        <translation>Embedded: the last phase.</translation>
    </message>
    <message>
        <source>Gate to {phase}: {met} of {count} criteria met.</source>
        <translation>Gate to {phase}: {met} of {count} criteria met.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Taken</source>
        <extracomment>Outcome of a proposed decision in a meeting: the body took the decision (Dutch: genomen).</extracomment>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Deferred</source>
        <extracomment>Outcome of a proposed decision: put off to a later meeting (Dutch: aangehouden).</extracomment>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>OutcomeEditor</name>
    <message>
        <source>Proposed decision {number}</source>
        <translation>Proposed decision {number}</translation>
    </message>
    <message>
        <source>the collaboration as a whole</source>
        <translation>the collaboration as a whole</translation>
    </message>
    <message>
        <source>{proposal}
About: {about}</source>
        <translation>{proposal}
About: {about}</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <source>New &amp;action</source>
        <translation>New &amp;action</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>D&amp;ue</translation>
    </message>
</context>
<context>
    <name>PartnerRole</name>
    <message>
        <source>Problem owner</source>
        <translation>Problem owner</translation>
    </message>
    <message>
        <source>Solution provider</source>
        <translation>Solution provider</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the team database</source>
        <translation>Password for the team database</translation>
    </message>
    <message>
        <source>The password was not accepted. Your password for {address}:</source>
        <translation>The password was not accepted. Your password for {address}:</translation>
    </message>
    <message>
        <source>Your password for {address}:</source>
        <translation>Your password for {address}:</translation>
    </message>
    <message>
        <source>&amp;Remember it in this computer&apos;s keyring</source>
        <translation>&amp;Remember it in this computer&apos;s keyring</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Exploring</source>
        <translation>Exploring</translation>
    </message>
    <message>
        <source>Pilot</source>
        <extracomment>Phase of a collaboration: a trial (a noun).</extracomment>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Scaling up</source>
        <translation>Scaling up</translation>
    </message>
    <message>
        <source>Embedded</source>
        <extracomment>Phase of a collaboration: the innovation is part of regular work.</extracomment>
        <translation>Embedded</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Points of attention in the draft</source>
        <translation>Points of attention in the draft</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role or function</source>
        <translation>Role or function</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Add signatory</translation>
    </message>
    <message>
        <source>Remove signatory</source>
        <translation>Remove signatory</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>PDF language:</source>
        <translation>PDF language:</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Sign a PDF…</source>
        <translation>Sign a PDF…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Withdraw the selected version; it stays listed, marked withdrawn</source>
        <translation>Withdraw the selected version; it stays listed, marked withdrawn</translation>
    </message>
    <message>
        <source>{name}: draft of version {number}</source>
        <translation>{name}: draft of version {number}</translation>
    </message>
    <message>
        <source>Sign off as version {number}</source>
        <translation>Sign off as version {number}</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>not signed off</source>
        <translation>not signed off</translation>
    </message>
    <message>
        <source>Signed off in the app by {name}</source>
        <translation>Signed off in the app by {name}</translation>
    </message>
    <message>
        <source>withdrawn: {reason}</source>
        <translation>withdrawn: {reason}</translation>
    </message>
    <message>
        <source>superseded by version {number}</source>
        <translation>superseded by version {number}</translation>
    </message>
    <message>
        <source>current</source>
        <extracomment>State of a signed-off version: it still matches the board.</extracomment>
        <translation>current</translation>
    </message>
    <message>
        <source> (received in an exchange file)</source>
        <translation> (received in an exchange file)</translation>
    </message>
    <message>
        <source>No gaps: every barrier has an owner and a next action.</source>
        <translation>No gaps: every barrier has an owner and a next action.</translation>
    </message>
    <message>
        <source>Version {number} is signed off. Its fingerprint is {fingerprint}.</source>
        <translation>Version {number} is signed off. Its fingerprint is {fingerprint}.</translation>
    </message>
    <message>
        <source>Sign off version {number}, signed by {names}?

Points of attention still open: {gaps}.

A signed-off version cannot be changed afterwards; later changes to the board need a new version.</source>
        <translation>Sign off version {number}, signed by {names}?

Points of attention still open: {gaps}.

A signed-off version cannot be changed afterwards; later changes to the board need a new version.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <source>Withdraw version {number}</source>
        <translation>Withdraw version {number}</translation>
    </message>
    <message>
        <source>Why is version {number} withdrawn? It stays listed and verifiable, marked withdrawn with this reason; a PDF exported from now on says so on every page.</source>
        <translation>Why is version {number} withdrawn? It stays listed and verifiable, marked withdrawn with this reason; a PDF exported from now on says so on every page.</translation>
    </message>
    <message>
        <source>{name} - action plan - draft.pdf</source>
        <translation>{name} - action plan - draft.pdf</translation>
    </message>
    <message>
        <source>{name} - action plan - version {number}.pdf</source>
        <translation>{name} - action plan - version {number}.pdf</translation>
    </message>
    <message>
        <source>Export the plan as PDF</source>
        <translation>Export the plan as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the plan…</source>
        <translation>Exporting the plan…</translation>
    </message>
    <message>
        <source>Choose the exported plan to sign</source>
        <translation>Choose the exported plan to sign</translation>
    </message>
    <message>
        <source>Signing the plan…</source>
        <translation>Signing the plan…</translation>
    </message>
    <message>
        <source>Sign a PDF</source>
        <translation>Sign a PDF</translation>
    </message>
    <message>
        <source>Sign with which certificate?</source>
        <translation>Sign with which certificate?</translation>
    </message>
    <message>
        <source>My personal certificate</source>
        <translation>My personal certificate</translation>
    </message>
    <message>
        <source>A certificate file…</source>
        <translation>A certificate file…</translation>
    </message>
    <message>
        <source>Choose your certificate</source>
        <translation>Choose your certificate</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Making your personal certificate…</source>
        <translation>Making your personal certificate…</translation>
    </message>
    <message>
        <source>Passphrase of your personal certificate:</source>
        <translation>Passphrase of your personal certificate:</translation>
    </message>
    <message>
        <source>Password of {file} (empty if it has none):</source>
        <translation>Password of {file} (empty if it has none):</translation>
    </message>
    <message>
        <source>Save the signed plan as</source>
        <translation>Save the signed plan as</translation>
    </message>
    <message>
        <source>to be signed off again: the board changed</source>
        <translation>to be signed off again: the board changed</translation>
    </message>
    <message>
        <source>Plan signed</source>
        <translation>Plan signed</translation>
    </message>
    <message>
        <source>The signed plan was saved as {file}.</source>
        <translation>The signed plan was saved as {file}.</translation>
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
        <translation>Search collaborations…</translation>
    </message>
    <message>
        <source>Search collaborations</source>
        <translation>Search collaborations</translation>
    </message>
    <message>
        <source>Only with &amp;overdue barriers</source>
        <translation>Only with &amp;overdue barriers</translation>
    </message>
    <message>
        <source>Include &amp;archived</source>
        <translation>Include &amp;archived</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Only with a precondition &amp;without an administrative owner</source>
        <translation>Only with a precondition &amp;without an administrative owner</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>none open</translation>
    </message>
    <message>
        <source>{open} open · {overdue} overdue · impact {impact}</source>
        <translation>{open} open · {overdue} overdue · impact {impact}</translation>
    </message>
    <message>
        <source>administrative owner</source>
        <translation>administrative owner</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>version {number}, current</source>
        <translation>version {number}, current</translation>
    </message>
    <message>
        <source>version {number}, to sign off again</source>
        <translation>version {number}, to sign off again</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message numerus="yes">
        <source>%n collaboration(s) shown</source>
        <translation>
            <numerusform>%n collaboration shown</numerusform>
            <numerusform>%n collaborations shown</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click one to open it</source>
        <translation>double-click one to open it</translation>
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
        <translation>Save the portfolio</translation>
    </message>
    <message>
        <source>portfolio {date}</source>
        <translation>portfolio {date}</translation>
    </message>
    <message>
        <source>Writing the portfolio…</source>
        <translation>Writing the portfolio…</translation>
    </message>
</context>
<context>
    <name>Precondition</name>
    <message>
        <source>Knowledge</source>
        <extracomment>One of the method&apos;s four preconditions for innovation (a column of the board).</extracomment>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>Commitment</source>
        <extracomment>A precondition: the parties&apos; commitment (a noun, &quot;commitment&quot;; not the verb &quot;to commit&quot;).</extracomment>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Funding</source>
        <extracomment>A precondition: money for the innovation (Dutch: financiering).</extracomment>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Facilities</source>
        <extracomment>A precondition: access to (neutral) facilities such as test environments.</extracomment>
        <translation>Facilities</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>There is no history yet.</source>
        <translation>There is no history yet.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress over time — {name}</source>
        <translation>Progress over time — {name}</translation>
    </message>
    <message>
        <source>Open barriers at the end of each month, per precondition, replayed from the board&apos;s history; and how many barriers were overcome in each month.</source>
        <translation>Open barriers at the end of each month, per precondition, replayed from the board&apos;s history; and how many barriers were overcome in each month.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Overcome</source>
        <translation>Overcome</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposed decision</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <source>The &amp;decision the body is asked to take:</source>
        <translation>The &amp;decision the body is asked to take:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record the meeting of {date}</source>
        <translation>Record the meeting of {date}</translation>
    </message>
    <message>
        <source>Record per proposed decision what the meeting decided. A deferred point returns on the agenda of the next meeting; a new action becomes the barrier&apos;s next action.</source>
        <translation>Record per proposed decision what the meeting decided. A deferred point returns on the agenda of the next meeting; a new action becomes the barrier&apos;s next action.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Draft of version {number}</source>
        <translation>Draft of version {number}</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Fingerprint {short}</source>
        <translation>Fingerprint {short}</translation>
    </message>
    <message>
        <source>DRAFT, NOT SIGNED OFF</source>
        <translation>DRAFT, NOT SIGNED OFF</translation>
    </message>
    <message>
        <source>Draft, not signed off</source>
        <translation>Draft, not signed off</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>Signed off, then withdrawn</source>
        <translation>Signed off, then withdrawn</translation>
    </message>
    <message>
        <source>WITHDRAWN</source>
        <extracomment>Written large across every page of a withdrawn version.</extracomment>
        <translation>WITHDRAWN</translation>
    </message>
    <message>
        <source>Withdrawn on {date} by {name}: {reason}</source>
        <translation>Withdrawn on {date} by {name}: {reason}</translation>
    </message>
    <message>
        <source>The sign-off was recorded in Drempelkompas by {name}.</source>
        <extracomment>Below the sign-off notice: who entered the sign-off in the app (the audit trail).</extracomment>
        <translation>The sign-off was recorded in Drempelkompas by {name}.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>No partners recorded.</source>
        <translation>No partners recorded.</translation>
    </message>
    <message>
        <source>Precondition</source>
        <translation>Precondition</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Barriers per precondition. Overcome barriers are counted here but not listed in the plan.</source>
        <translation>Barriers per precondition. Overcome barriers are counted here but not listed in the plan.</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>Points of attention</translation>
    </message>
    <message>
        <source>The plan has no gaps.</source>
        <translation>The plan has no gaps.</translation>
    </message>
    <message>
        <source>“{title}” (due {date})</source>
        <extracomment>A barrier&apos;s title and the due date it passed, in a list of overdue barriers.</extracomment>
        <translation>“{title}” (due {date})</translation>
    </message>
    <message>
        <source>Since version {number}</source>
        <extracomment>Heading in the plan: what changed since the previous signed-off version of the plan.</extracomment>
        <translation>Since version {number}</translation>
    </message>
    <message>
        <source>Open at version {number}</source>
        <translation>Open at version {number}</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Taken off the board ({count}): {titles}.</source>
        <translation>Taken off the board ({count}): {titles}.</translation>
    </message>
    <message>
        <source>No barrier was overcome, taken off or added.</source>
        <translation>No barrier was overcome, taken off or added.</translation>
    </message>
    <message>
        <source>The signatories below signed off version {number} of this action plan.</source>
        <translation>The signatories below signed off version {number} of this action plan.</translation>
    </message>
    <message>
        <source>A draft has no fingerprint that can be verified: only a signed-off version can be checked afterwards.</source>
        <translation>A draft has no fingerprint that can be verified: only a signed-off version can be checked afterwards.</translation>
    </message>
    <message>
        <source>Without an owner ({count}): {titles}.</source>
        <translation>Without an owner ({count}): {titles}.</translation>
    </message>
    <message>
        <source>Without a next action ({count}): {titles}.</source>
        <translation>Without a next action ({count}): {titles}.</translation>
    </message>
    <message>
        <source>Without a due date ({count}): {titles}.</source>
        <translation>Without a due date ({count}): {titles}.</translation>
    </message>
    <message>
        <source>Overdue ({count}): {titles}.</source>
        <translation>Overdue ({count}): {titles}.</translation>
    </message>
    <message>
        <source>“{title}” has no owner.</source>
        <translation>“{title}” has no owner.</translation>
    </message>
    <message>
        <source>“{title}” has no next action.</source>
        <translation>“{title}” has no next action.</translation>
    </message>
    <message>
        <source>{precondition} has open barriers but none with an owner at the administrative level.</source>
        <translation>{precondition} has open barriers but none with an owner at the administrative level.</translation>
    </message>
    <message>
        <source>No signatory at the administrative level.</source>
        <translation>No signatory at the administrative level.</translation>
    </message>
    <message>
        <source>“{title}” has no due date.</source>
        <translation>“{title}” has no due date.</translation>
    </message>
    <message>
        <source>“{title}” is overdue: it was due on {date}.</source>
        <translation>“{title}” is overdue: it was due on {date}.</translation>
    </message>
    <message>
        <source>No open barriers for this precondition.</source>
        <translation>No open barriers for this precondition.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>Level of commitment: administrative, management or execution.</extracomment>
        <translation>Level</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>No lesson fits this barrier yet.</source>
        <translation>No lesson fits this barrier yet.</translation>
    </message>
    <message>
        <source>Lesson (suggested by the method)</source>
        <translation>Lesson (suggested by the method)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>see lesson {number} under Lessons used</source>
        <translation>see lesson {number} under Lessons used</translation>
    </message>
    <message>
        <source>Lessons used</source>
        <translation>Lessons used</translation>
    </message>
    <message>
        <source>The lessons of the method that this plan applies, each once, numbered as the barriers cite them.</source>
        <translation>The lessons of the method that this plan applies, each once, numbered as the barriers cite them.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <extracomment>Heading: the formal approval of the plan by the people named (Dutch: vaststelling).</extracomment>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>This is a draft. It has not been signed off and is not a decision.</source>
        <translation>This is a draft. It has not been signed off and is not a decision.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Digital signatures</source>
        <translation>Digital signatures</translation>
    </message>
    <message>
        <source>Digitally signed by</source>
        <extracomment>On the stamp of a digital signature, above the signer&apos;s name.</extracomment>
        <translation>Digitally signed by</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256) of this plan</source>
        <translation>Fingerprint (SHA-256) of this plan</translation>
    </message>
    <message>
        <source>Check this file with: drempelkompas verify FILE.pdf. It confirms that the file is an unaltered export of a signed-off version.</source>
        <translation>Check this file with: drempelkompas verify FILE.pdf. It confirms that the file is an unaltered export of a signed-off version.</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <extracomment>Title of the document the members of a steering group get before the meeting (Dutch: vergaderstuk).</extracomment>
        <translation>Meeting pack</translation>
    </message>
    <message>
        <source>Decision list</source>
        <extracomment>Title of the list of decisions a meeting took (Dutch: besluitenlijst).</extracomment>
        <translation>Decision list</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Portfolio holder</source>
        <translation>Portfolio holder</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <source>Previous meeting</source>
        <translation>Previous meeting</translation>
    </message>
    <message>
        <source>none: this is the first</source>
        <translation>none: this is the first</translation>
    </message>
    <message>
        <source>page</source>
        <extracomment>At the foot of every page of the editable meeting pack, before the page&apos;s number.</extracomment>
        <translation>page</translation>
    </message>
    <message>
        <source>{body}, {date}</source>
        <extracomment>Header of the pages of a meeting&apos;s documents: the body and the meeting&apos;s date.</extracomment>
        <translation>{body}, {date}</translation>
    </message>
    <message>
        <source>Proposed decisions</source>
        <translation>Proposed decisions</translation>
    </message>
    <message>
        <source>Decisions</source>
        <extracomment>Heading of the decision list&apos;s section with what was decided.</extracomment>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>The body is asked to decide on the following.</source>
        <translation>The body is asked to decide on the following.</translation>
    </message>
    <message>
        <source>No decisions are proposed for this meeting.</source>
        <translation>No decisions are proposed for this meeting.</translation>
    </message>
    <message>
        <source>About: {title} ({precondition})</source>
        <translation>About: {title} ({precondition})</translation>
    </message>
    <message>
        <source>About the collaboration as a whole</source>
        <translation>About the collaboration as a whole</translation>
    </message>
    <message>
        <source>What changed since the previous meeting ({date})</source>
        <translation>What changed since the previous meeting ({date})</translation>
    </message>
    <message>
        <source>What happened so far</source>
        <translation>What happened so far</translation>
    </message>
    <message>
        <source>Nothing changed on the board.</source>
        <translation>Nothing changed on the board.</translation>
    </message>
    <message>
        <source>New ({count}): {titles}.</source>
        <translation>New ({count}): {titles}.</translation>
    </message>
    <message>
        <source>Overcome ({count}): {titles}.</source>
        <translation>Overcome ({count}): {titles}.</translation>
    </message>
    <message>
        <source>Moved to another precondition ({count}): {titles}.</source>
        <translation>Moved to another precondition ({count}): {titles}.</translation>
    </message>
    <message>
        <source>Re-assigned ({count}): {titles}.</source>
        <translation>Re-assigned ({count}): {titles}.</translation>
    </message>
    <message>
        <source>“{title}” ({old} → {new})</source>
        <extracomment>One barrier that changed from one value to another, e.g. a new owner.</extracomment>
        <translation>“{title}” ({old} → {new})</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Overdue and undated barriers</source>
        <translation>Overdue and undated barriers</translation>
    </message>
    <message>
        <source>Overdue on the meeting date</source>
        <translation>Overdue on the meeting date</translation>
    </message>
    <message>
        <source>No barrier is overdue.</source>
        <translation>No barrier is overdue.</translation>
    </message>
    <message>
        <source>Without a due date</source>
        <translation>Without a due date</translation>
    </message>
    <message>
        <source>Every open barrier has a due date.</source>
        <translation>Every open barrier has a due date.</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <source>Commitment per level</source>
        <translation>Commitment per level</translation>
    </message>
    <message>
        <source>Open barriers per level of commitment and precondition; in brackets how many have an owner. The method asks for commitment at all three levels, and more of it as the collaboration grows.</source>
        <translation>Open barriers per level of commitment and precondition; in brackets how many have an owner. The method asks for commitment at all three levels, and more of it as the collaboration grows.</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>No level</translation>
    </message>
    <message>
        <source>{open} ({owned})</source>
        <extracomment>A count of open barriers and, in brackets, how many of them have an owner.</extracomment>
        <translation>{open} ({owned})</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>The next action of every open barrier, by due date.</source>
        <translation>The next action of every open barrier, by due date.</translation>
    </message>
    <message>
        <source>There are no open barriers.</source>
        <translation>There are no open barriers.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progress over time</translation>
    </message>
    <message>
        <source>Open barriers at the end of each month, per precondition, from the board&apos;s history.</source>
        <translation>Open barriers at the end of each month, per precondition, from the board&apos;s history.</translation>
    </message>
    <message>
        <source>There is no history yet.</source>
        <translation>There is no history yet.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Overcome in the month</source>
        <translation>Overcome in the month</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>The action plan</translation>
    </message>
    <message>
        <source>No version of the action plan has been signed off yet.</source>
        <translation>No version of the action plan has been signed off yet.</translation>
    </message>
    <message>
        <source>Version {number}, signed off on {date} by {names}, is current: the board has not changed since.</source>
        <translation>Version {number}, signed off on {date} by {names}, is current: the board has not changed since.</translation>
    </message>
    <message>
        <source>Version {number} was signed off on {date} by {names}. The board has changed since: the plan needs to be signed off again.</source>
        <translation>Version {number} was signed off on {date} by {names}. The board has changed since: the plan needs to be signed off again.</translation>
    </message>
    <message>
        <source>Every signed-off version was withdrawn; the last was version {number}.</source>
        <translation>Every signed-off version was withdrawn; the last was version {number}.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>{action} (who: {owner}; due: {date})</source>
        <translation>{action} (who: {owner}; due: {date})</translation>
    </message>
    <message>
        <source>The meeting decided nothing.</source>
        <translation>The meeting decided nothing.</translation>
    </message>
    <message>
        <source>Deferred points return on the agenda of the next meeting.</source>
        <translation>Deferred points return on the agenda of the next meeting.</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>not recorded yet</translation>
    </message>
    <message>
        <source>The outcomes were recorded in Drempelkompas by {names}.</source>
        <translation>The outcomes were recorded in Drempelkompas by {names}.</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>All collaborations against the four preconditions: open barriers, of which overdue, the highest impact, and whether an owner at the administrative level is present (A). A red line marks a precondition with overdue barriers.</source>
        <translation>All collaborations against the four preconditions: open barriers, of which overdue, the highest impact, and whether an owner at the administrative level is present (A). A red line marks a precondition with overdue barriers.</translation>
    </message>
    <message>
        <source>On {date}</source>
        <extracomment>Header of the portfolio&apos;s pages: the date it was made.</extracomment>
        <translation>On {date}</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>{open} open · {overdue} overdue · impact {impact}</source>
        <extracomment>A portfolio cell: open barriers, how many overdue, highest impact.</extracomment>
        <translation>{open} open · {overdue} overdue · impact {impact}</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>none open</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>There are no collaborations.</source>
        <translation>There are no collaborations.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>version {number}, current</source>
        <translation>version {number}, current</translation>
    </message>
    <message>
        <source>version {number}, to sign off again</source>
        <translation>version {number}, to sign off again</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>{precondition}: open</source>
        <extracomment>A column heading of the portfolio&apos;s CSV file: the open barriers of a precondition.</extracomment>
        <translation>{precondition}: open</translation>
    </message>
    <message>
        <source>{precondition}: overdue</source>
        <translation>{precondition}: overdue</translation>
    </message>
    <message>
        <source>{precondition}: highest impact</source>
        <translation>{precondition}: highest impact</translation>
    </message>
    <message>
        <source>{precondition}: administrative owner</source>
        <translation>{precondition}: administrative owner</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>No barriers.</source>
        <translation>No barriers.</translation>
    </message>
    <message>
        <source>due {date}</source>
        <extracomment>On a printed card: when it is due.</extracomment>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>overdue since {date}</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column of the ledger: pledged or delivered.</extracomment>
        <translation>State</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Value (EUR)</source>
        <extracomment>Column of the ledger: the contribution&apos;s value in whole euros.</extracomment>
        <translation>Value (EUR)</translation>
    </message>
    <message>
        <source>Commitment of the partners</source>
        <extracomment>Heading of the plan&apos;s and the meeting pack&apos;s section on the commitment of the partners.</extracomment>
        <translation>Commitment of the partners</translation>
    </message>
    <message>
        <source>Who commits for each partner at each level. The method asks for more commitment as the collaboration grows: what the phase {phase} still lacks is listed below the table.</source>
        <translation>Who commits for each partner at each level. The method asks for more commitment as the collaboration grows: what the phase {phase} still lacks is listed below the table.</translation>
    </message>
    <message>
        <source>The commitment the phase asks for is there.</source>
        <translation>The commitment the phase asks for is there.</translation>
    </message>
    <message>
        <source>{state}: {person}, since {date}</source>
        <extracomment>A cell of the commitment matrix: its state, who, and since when.</extracomment>
        <translation>{state}: {person}, since {date}</translation>
    </message>
    <message>
        <source>{state}: {person}</source>
        <translation>{state}: {person}</translation>
    </message>
    <message>
        <source>{state}, since {date}</source>
        <translation>{state}, since {date}</translation>
    </message>
    <message>
        <source>Contributions (closed purses)</source>
        <extracomment>Heading of the section on the in-kind ledger (&quot;start with closed purses&quot;).</extracomment>
        <translation>Contributions (closed purses)</translation>
    </message>
    <message>
        <source>No contributions are recorded yet.</source>
        <translation>No contributions are recorded yet.</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Pledged</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>The costs are spread evenly enough over the partners.</source>
        <translation>The costs are spread evenly enough over the partners.</translation>
    </message>
    <message>
        <source>What each partner brings in: knowledge, network, communication, facilities and hours first, money through membership or a subsidy. Values in euros, where known; the share is of the costs the partners carry themselves, so without subsidies, which are money from outside.</source>
        <translation>What each partner brings in: knowledge, network, communication, facilities and hours first, money through membership or a subsidy. Values in euros, where known; the share is of the costs the partners carry themselves, so without subsidies, which are money from outside.</translation>
    </message>
    <message>
        <source>The costs are spread unevenly: {partner} carries {share}% of what the partners carry.</source>
        <translation>The costs are spread unevenly: {partner} carries {share}% of what the partners carry.</translation>
    </message>
    <message>
        <source>No contribution has a value, so the spread is unknown.</source>
        <translation>No contribution has a value, so the spread is unknown.</translation>
    </message>
    <message>
        <source>Without any contribution: {partners}.</source>
        <translation>Without any contribution: {partners}.</translation>
    </message>
    <message>
        <source>Drempelscan</source>
        <extracomment>Heading of the section on the latest drempelscan (a self-assessment of the barriers).</extracomment>
        <translation>Drempelscan</translation>
    </message>
    <message>
        <source>The average score per precondition of the latest round ({date}, {count} respondents), from 0 (does not apply) to 4 (fully applies).</source>
        <translation>The average score per precondition of the latest round ({date}, {count} respondents), from 0 (does not apply) to 4 (fully applies).</translation>
    </message>
    <message>
        <source>No drempelscan has been held yet.</source>
        <translation>No drempelscan has been held yet.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Previous ({date})</source>
        <extracomment>Column of the scan&apos;s table: the round before the latest, with its date.</extracomment>
        <translation>Previous ({date})</translation>
    </message>
    <message>
        <source>Scoring high: {titles}.</source>
        <translation>Scoring high: {titles}.</translation>
    </message>
    <message>
        <source>Phase gate</source>
        <extracomment>Heading of the section on the phase gates (go / no-go to the next phase).</extracomment>
        <translation>Phase gate</translation>
    </message>
    <message>
        <source>Last gate: {decision} from {from_phase} to {to_phase} on {date}, by {by}.</source>
        <translation>Last gate: {decision} from {from_phase} to {to_phase} on {date}, by {by}.</translation>
    </message>
    <message>
        <source>No phase gate has been recorded yet.</source>
        <translation>No phase gate has been recorded yet.</translation>
    </message>
    <message>
        <source>The gate to {phase}, as it stands:</source>
        <translation>The gate to {phase}, as it stands:</translation>
    </message>
    <message>
        <source>The collaboration is embedded: there is no next gate.</source>
        <translation>The collaboration is embedded: there is no next gate.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>Does not apply</source>
        <translation>Does not apply</translation>
    </message>
    <message>
        <source>Hardly applies</source>
        <translation>Hardly applies</translation>
    </message>
    <message>
        <source>Partly applies</source>
        <translation>Partly applies</translation>
    </message>
    <message>
        <source>Largely applies</source>
        <translation>Largely applies</translation>
    </message>
    <message>
        <source>Fully applies</source>
        <translation>Fully applies</translation>
    </message>
    <message>
        <source>We do not know where or how to start: the rules for innovating together with companies or competitors are unclear or hold us back.</source>
        <extracomment>Each statement is read as &quot;in our collaboration, …&quot;; a respondent says how far it applies.</extracomment>
        <translation>We do not know where or how to start: the rules for innovating together with companies or competitors are unclear or hold us back.</translation>
    </message>
    <message>
        <source>We lack a view of what this development means for our own organisation, its processes and its system owners.</source>
        <translation>We lack a view of what this development means for our own organisation, its processes and its system owners.</translation>
    </message>
    <message>
        <source>We do not know which good practices and building blocks (APIs, data) already exist to learn from or build on.</source>
        <translation>We do not know which good practices and building blocks (APIs, data) already exist to learn from or build on.</translation>
    </message>
    <message>
        <source>Key stakeholders feel too little urgency to free up people and time for the next step.</source>
        <translation>Key stakeholders feel too little urgency to free up people and time for the next step.</translation>
    </message>
    <message>
        <source>The administrative backing to carry on together is missing or fading.</source>
        <translation>The administrative backing to carry on together is missing or fading.</translation>
    </message>
    <message>
        <source>Our own organisation lacks the will or the courage to take the new service or product into use.</source>
        <translation>Our own organisation lacks the will or the courage to take the new service or product into use.</translation>
    </message>
    <message>
        <source>There is no money for the step after the first pilot, because management and administrators avoid the risk.</source>
        <translation>There is no money for the step after the first pilot, because management and administrators avoid the risk.</translation>
    </message>
    <message>
        <source>Budgets are spread over departments and organisations, so too many people must agree before money is spent.</source>
        <translation>Budgets are spread over departments and organisations, so too many people must agree before money is spent.</translation>
    </message>
    <message>
        <source>The costs come long before the benefits and are not shared fairly among the partners.</source>
        <translation>The costs come long before the benefits and are not shared fairly among the partners.</translation>
    </message>
    <message>
        <source>We have no sandbox, no environment of our own in which to experiment safely.</source>
        <translation>We have no sandbox, no environment of our own in which to experiment safely.</translation>
    </message>
    <message>
        <source>We cannot get at the building blocks and documentation of partners or stakeholders.</source>
        <translation>We cannot get at the building blocks and documentation of partners or stakeholders.</translation>
    </message>
    <message>
        <source>We cannot test ideas and prototypes with residents or with researchers.</source>
        <translation>We cannot test ideas and prototypes with residents or with researchers.</translation>
    </message>
</context>
<context>
    <name>ScanChart</name>
    <message>
        <source>Average score per precondition in the rounds of {dates}</source>
        <translation>Average score per precondition in the rounds of {dates}</translation>
    </message>
    <message>
        <source>No drempelscan yet.</source>
        <translation>No drempelscan yet.</translation>
    </message>
    <message>
        <source>Bars: {dates}, the latest darkest. Dashed: from here on a score is high.</source>
        <translation>Bars: {dates}, the latest darkest. Dashed: from here on a score is high.</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message numerus="yes">
        <source>{date} (%n respondent(s)): {scores}</source>
        <translation>
            <numerusform>{date} (%n respondent): {scores}</numerusform>
            <numerusform>{date} (%n respondents): {scores}</numerusform>
        </translation>
    </message>
    <message>
        <source>Drempelscan — {name}</source>
        <translation>Drempelscan — {name}</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Answers</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Respondent</source>
        <translation>&amp;Respondent</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Partn&amp;er</source>
        <translation>Partn&amp;er</translation>
    </message>
    <message>
        <source>Who answers</source>
        <translation>Who answers</translation>
    </message>
    <message>
        <source>How far does each statement apply to your collaboration? Leave out what you cannot judge.</source>
        <translation>How far does each statement apply to your collaboration? Leave out what you cannot judge.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Record &amp;these answers</source>
        <translation>Record &amp;these answers</translation>
    </message>
    <message>
        <source>Answers given</source>
        <translation>Answers given</translation>
    </message>
    <message>
        <source>Delete t&amp;hese answers</source>
        <translation>Delete t&amp;hese answers</translation>
    </message>
    <message>
        <source>Scoring high in the latest round, without a card on the board:</source>
        <translation>Scoring high in the latest round, without a card on the board:</translation>
    </message>
    <message>
        <source>Put the &amp;chosen barriers on the board</source>
        <translation>Put the &amp;chosen barriers on the board</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Market</source>
        <extracomment>Sector of a partner: companies (the market as a party), not a marketplace.</extracomment>
        <translation>Market</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Science</translation>
    </message>
    <message>
        <source>Society</source>
        <translation>Society</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
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
        <translation>In progress</translation>
    </message>
    <message>
        <source>Overcome</source>
        <extracomment>Status of a barrier: it has been overcome (a past participle).</extracomment>
        <translation>Overcome</translation>
    </message>
</context>
<context>
    <name>TeamAddressDialog</name>
    <message>
        <source>Open a team database</source>
        <translation>Open a team database</translation>
    </message>
    <message>
        <source>A team database on a PostgreSQL server is shared by everyone in your team: each change is saved there at once, and the board shows within seconds what others change. Your administrator gives you its address.</source>
        <translation>A team database on a PostgreSQL server is shared by everyone in your team: each change is saved there at once, and the board shows within seconds what others change. Your administrator gives you its address.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>An address starts with postgresql://</source>
        <translation>An address starts with postgresql://</translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Someone else changed “{title}” while you were editing it, in the same fields, so your changes were not saved.

Keep your version as a second card beside theirs, marked as a conflict (as after an exchange)? Or drop your changes and see theirs?</source>
        <translation>Someone else changed “{title}” while you were editing it, in the same fields, so your changes were not saved.

Keep your version as a second card beside theirs, marked as a conflict (as after an exchange)? Or drop your changes and see theirs?</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Keep both</translation>
    </message>
    <message>
        <source>&amp;Drop mine</source>
        <translation>&amp;Drop mine</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>{problem}

Your changes are kept here until you try again or drop them.</source>
        <translation>{problem}

Your changes are kept here until you try again or drop them.</translation>
    </message>
    <message>
        <source>{problem}

Save your version over theirs, or keep theirs and drop yours? Back to your changes leaves both as they are.</source>
        <translation>{problem}

Save your version over theirs, or keep theirs and drop yours? Back to your changes leaves both as they are.</translation>
    </message>
    <message>
        <source>&amp;Save mine</source>
        <translation>&amp;Save mine</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Keep theirs</translation>
    </message>
    <message>
        <source>&amp;Back to my changes</source>
        <translation>&amp;Back to my changes</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>&amp;Drop my changes</source>
        <translation>&amp;Drop my changes</translation>
    </message>
</context>
<context>
    <name>UserName</name>
    <message>
        <source>Your name in the history</source>
        <translation>Your name in the history</translation>
    </message>
    <message>
        <source>The history of every card, sign-off and withdrawal records who made it. Your name:</source>
        <translation>The history of every card, sign-off and withdrawal records who made it. Your name:</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Choose the PDF to verify</source>
        <translation>Choose the PDF to verify</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Verifying {file}…</source>
        <translation>Verifying {file}…</translation>
    </message>
    <message>
        <source>Verify a PDF</source>
        <translation>Verify a PDF</translation>
    </message>
    <message>
        <source>Collaboration: {name}; version {number}</source>
        <translation>Collaboration: {name}; version {number}</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVALID</translation>
    </message>
    <message>
        <source>from a trusted authority</source>
        <translation>from a trusted authority</translation>
    </message>
    <message>
        <source>personal certificate</source>
        <translation>personal certificate</translation>
    </message>
    <message>
        <source>within the certificate&apos;s validity</source>
        <translation>within the certificate&apos;s validity</translation>
    </message>
    <message>
        <source>OUTSIDE the certificate&apos;s validity</source>
        <translation>OUTSIDE the certificate&apos;s validity</translation>
    </message>
    <message>
        <source>certificate {fingerprint}</source>
        <translation>certificate {fingerprint}</translation>
    </message>
    <message>
        <source>Signature {number}: {signer}</source>
        <translation>Signature {number}: {signer}</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>unaltered export of a signed-off version</source>
        <translation>unaltered export of a signed-off version</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>not a PDF file</translation>
    </message>
    <message>
        <source>not an action plan exported by Drempelkompas</source>
        <translation>not an action plan exported by Drempelkompas</translation>
    </message>
    <message>
        <source>no signed-off version in this database has this fingerprint</source>
        <translation>no signed-off version in this database has this fingerprint</translation>
    </message>
    <message>
        <source>ALTERED: the file is not the export of the signed-off version it names (it was changed, or rewritten by another program)</source>
        <translation>ALTERED: the file is not the export of the signed-off version it names (it was changed, or rewritten by another program)</translation>
    </message>
    <message>
        <source>ALTERED: content was added after the last signature</source>
        <translation>ALTERED: content was added after the last signature</translation>
    </message>
    <message>
        <source>ALTERED: what the document shows or does was changed after the export</source>
        <translation>ALTERED: what the document shows or does was changed after the export</translation>
    </message>
    <message>
        <source>ALTERED: the file was updated after the export by something other than a signature</source>
        <translation>ALTERED: the file was updated after the export by something other than a signature</translation>
    </message>
    <message>
        <source>ALTERED: signature {number} does not match the file</source>
        <translation>ALTERED: signature {number} does not match the file</translation>
    </message>
    <message>
        <source>ALTERED: something other than a signature was added after signature {number}</source>
        <translation>ALTERED: something other than a signature was added after signature {number}</translation>
    </message>
    <message>
        <source>NOT VALID: signature {number} was made outside its certificate&apos;s validity period</source>
        <translation>NOT VALID: signature {number} was made outside its certificate&apos;s validity period</translation>
    </message>
    <message>
        <source>Version {number} is the version in force.</source>
        <translation>Version {number} is the version in force.</translation>
    </message>
    <message>
        <source>Version {number} was superseded by version {later} of {date}.</source>
        <translation>Version {number} was superseded by version {later} of {date}.</translation>
    </message>
    <message>
        <source>Version {number} was WITHDRAWN on {date} by {name}: {reason}</source>
        <translation>Version {number} was WITHDRAWN on {date} by {name}: {reason}</translation>
    </message>
    <message>
        <source>Version {number} was signed off elsewhere and received in an exchange file: this database holds a copy, so who signed it off is not confirmed here.</source>
        <translation>Version {number} was signed off elsewhere and received in an exchange file: this database holds a copy, so who signed it off is not confirmed here.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
</context>
</TS>
