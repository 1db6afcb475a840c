<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../scorecard_app/core/checks.py" line="+64"/>
        <source>The facility has no name.</source>
        <translation>Asutusel pole nime.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The community&apos;s location is empty.</source>
        <translation>Kogukonna asukoht on tühi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No lead facilitator is named.</source>
        <translation>Juhtivat läbiviijat pole nimetatud.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no community group.</source>
        <translation>Kogukonna rühma pole.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+77"/>
        <source>There is no service provider group.</source>
        <translation>Teenuseosutajate rühma pole.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The {group} group has no participants.</source>
        <translation>Rühmas {group} pole osalejaid.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No input items are tracked yet.</source>
        <translation>Ühtegi sisendit veel ei jälgita.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Input &apos;{item}&apos; has no actual value.</source>
        <translation>Sisendil &apos;{item}&apos; pole tegelikku väärtust.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No issues have been raised yet.</source>
        <translation>Ühtegi probleemi pole veel tõstatatud.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No indicators have been chosen yet.</source>
        <translation>Ühtegi näitajat pole veel valitud.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Indicator &apos;{indicator}&apos; has no score from the {group} group.</source>
        <translation>Näitajal &apos;{indicator}&apos; pole rühma {group} hinnet.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The interface meeting has no date.</source>
        <translation>Ühiskohtumisel pole kuupäeva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No officials are recorded at the interface meeting.</source>
        <translation>Ühiskohtumisel ei ole ühtegi ametnikku kirja pandud.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The action plan has no actions.</source>
        <translation>Tegevuskavas pole tegevusi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action &apos;{action}&apos; has nobody responsible.</source>
        <translation>Tegevusel &apos;{action}&apos; pole vastutajat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action &apos;{action}&apos; has no due date.</source>
        <translation>Tegevusel &apos;{action}&apos; pole tähtaega.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No follow-up has been recorded for any action.</source>
        <translation>Ühegi tegevuse kohta pole järeltegevust kirja pandud.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no women&apos;s group.</source>
        <translation>Naiste rühma pole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no youth group.</source>
        <translation>Noorte rühma pole.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Women are {percent}% of participants.</source>
        <translation>Naisi on osalejatest {percent}%.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No participant with a disability is recorded.</source>
        <translation>Ühtegi puudega osalejat pole kirja pandud.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No young participant is recorded.</source>
        <translation>Ühtegi noort osalejat pole kirja pandud.</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>The due date {due} is already past; saved anyway.</source>
        <translation>Tähtaeg {due} on juba möödas; salvestatud siiski.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>There are no actions to follow up yet.</source>
        <translation>Veel pole tegevusi, mida jälgida.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../scorecard_app/commands/data.py" line="+31"/>
        <source>The demo is already in this database.</source>
        <translation>Demo on selles andmebaasis juba olemas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the demo: 3 rounds of Riverside Health Centre ({n} cycles).</source>
        <translation>Demo lisatud: Riverside Health Centre&apos;i 3 vooru (tsükleid: {n}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No cycles yet.</source>
        <translation>Tsükleid veel pole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{id}  {facility} — {community} — round {round} — {stage} — {status}</source>
        <translation>{id}  {facility} — {community} — voor {round} — {stage} — {status}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (training)</source>
        <translation> (harjutus)</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/errors.py" line="+12"/>
        <source>Say which cycle with --cycle ID; `scorecard list` shows the ids.</source>
        <translation>Öelge tsükkel valikuga --cycle ID; `scorecard list` näitab tunnuseid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no database at {path}.</source>
        <translation>Asukohas {path} pole andmebaasi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no cycle {id} in {path}.</source>
        <translation>Failis {path} pole tsüklit {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Kausta {folder} pole olemas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {why}.</source>
        <translation>Faili {path} ei saa kirjutada: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Faili {path} ei saa kirjutada: kausta {folder} pole olemas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: permission denied.</source>
        <translation>Faili {path} ei saa kirjutada: õigus puudub.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/open_data.py" line="+56"/>
        <source>{path} is a file; give a folder for the CSV package.</source>
        <translation>{path} on fail; andke CSV-paketi jaoks kaust.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a folder; give a file name ending in .json.</source>
        <translation>{path} on kaust; andke failinimi, mis lõpeb laiendiga .json.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say where to write the package with -o PATH.</source>
        <translation>Öelge valikuga -o PATH, kuhu pakett kirjutada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is a training cycle: practice is never exported as open data.</source>
        <translation>See on harjutustsükkel: harjutust ei ekspordita kunagi avaandmetena.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote {path}: {results} results, {indicators} indicators, {actions} actions ({licence}).</source>
        <translation>Kirjutatud {path}: tulemusi {results}, näitajaid {indicators}, tegevusi {actions} ({licence}).</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/printing.py" line="+53"/>
        <source>Say what to print, e.g. `scorecard print score-sheet`; see --list.</source>
        <translation>Öelge, mida printida, nt `scorecard print score-sheet`; vt --list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown printable “{kind}”; `scorecard print --list` names them.</source>
        <translation>Tundmatu prinditav „{kind}”; `scorecard print --list` loetleb need.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say where to write the PDF with -o FILE.pdf.</source>
        <translation>Öelge valikuga -o FILE.pdf, kuhu PDF kirjutada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown language “{code}”; use one of {codes}.</source>
        <translation>Tundmatu keel „{code}”; kasutage üht neist: {codes}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrote {path}</source>
        <translation>Kirjutatud {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is a folder; give a file name ending in .pdf.</source>
        <translation>{path} on kaust; andke failinimi, mis lõpeb laiendiga .pdf.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/syncing.py" line="+70"/>
        <source>Give the enrolment code after the address.</source>
        <translation>Andke registreerimiskood aadressi järel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{url} is not a web address (it should start with https://).</source>
        <translation>{url} ei ole veebiaadress (see peaks algama https://).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enrolled with {url} as device {device}.</source>
        <translation>Registreeritud aadressil {url} seadmena {device}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no server address yet: bundles only</source>
        <translation>serveri aadressi veel pole: ainult paketid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolled as “{label}” (device {device}) of {organisation} ({where}). Delete the enrolment file now.</source>
        <translation>Registreeritud kui „{label}” (seade {device}) organisatsioonis {organisation} ({where}). Kustutage registreerimisfail kohe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Syncing… {done}/{total}</source>
        <translation>Sünkroonimine… {done}/{total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop was enrolled from a file without a head-office address: it exchanges USB bundles (`scorecard export`, `scorecard import`).</source>
        <translation>See sülearvuti registreeriti failist, milles pole peakontori aadressi: see vahetab USB-pakette (`scorecard export`, `scorecard import`).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sent {sent} changes ({conflicts} conflicts, {refused} refused, {waiting} waiting), {files} files; received {pulled} changes from head office.</source>
        <translation>Saadetud muudatusi: {sent} (konflikte {conflicts}, tagasi lükatud {refused}, ootel {waiting}), faile {files}; peakontorist saadud muudatusi: {pulled}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run `scorecard sync status` to see what needs review.</source>
        <translation>Käivitage `scorecard sync status`, et näha, mis vajab ülevaatamist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: yours {yours}, head office {theirs}</source>
        <translation>{field}: teie {yours}, peakontor {theirs}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not enrolled: run `scorecard sync enrol URL CODE` (or `sync enrol-file FILE`).</source>
        <translation>Registreerimata: käivitage `scorecard sync enrol URL CODE` (või `sync enrol-file FILE`).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device {device}: USB bundles only (no server address yet).</source>
        <translation>Seade {device}: ainult USB-paketid (serveri aadressi veel pole).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server: {url} (device {device})</source>
        <translation>Server: {url} (seade {device})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundles: can be signed</source>
        <translation>Paketid: saab allkirjastada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles: {why}</source>
        <translation>Paketid: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes waiting: {changes} (files: {files})</source>
        <translation>Ootel muudatusi: {changes} (faile: {files})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>mitte kunagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: {when}</source>
        <translation>Viimane sünkroonimine: {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last problem: {problem}</source>
        <translation>Viimane probleem: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts to review: {n}</source>
        <translation>Ülevaatamist vajavad konfliktid: {n}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No cycle with id {id}.</source>
        <translation>Tunnusega {id} tsüklit pole.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {path}: {changes} changes, {files} files. Carry it to head office.</source>
        <translation>Kirjutatud {path}: muudatusi {changes}, faile {files}. Viige see peakontorisse.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>head office</source>
        <translation>peakontorist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device {device}</source>
        <translation>seadmest {device}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {n} refused (they change a finished cycle)</source>
        <translation>; tagasi lükatud {n} (need muudavad lõpetatud tsüklit)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {bundle} from {source} (signature checked): {applied} changes applied, {skipped} already here{refused}.</source>
        <translation>Imporditud {bundle} ({source}, allkiri kontrollitud): rakendatud muudatusi {applied}, juba olemas {skipped}{refused}.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/cli.py" line="+21"/>
        <source>{program}: {problem}</source>
        <translation>{program}: {problem}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} on kaust, mitte andmebaasifail.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A scorecard:// link opens the app: give it on its own.</source>
        <translation>Link scorecard:// avab rakenduse: andke see ilma muude valikuteta.</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../scorecard_app/reports/blank_sheets.py" line="+34"/>
        <location line="+337"/>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>Facilitator</source>
        <translation>Läbiviija</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+31"/>
        <source>Score sheet</source>
        <translation>Hindamisleht</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+125"/>
        <location line="+70"/>
        <location line="+87"/>
        <location filename="../../scorecard_app/reports/results.py" line="+372"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="-281"/>
        <location line="+125"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+195"/>
        <location filename="../../scorecard_app/reports/results.py" line="-271"/>
        <location line="+70"/>
        <location line="+101"/>
        <location line="+79"/>
        <location line="+22"/>
        <source>Indicator</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <location line="-124"/>
        <location filename="../../scorecard_app/reports/results.py" line="-270"/>
        <source>Score</source>
        <translation>Hinne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+171"/>
        <source>Suggestion</source>
        <translation>Ettepanek</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Ballot</source>
        <translation>Hääletussedel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant number</source>
        <translation>Osaleja number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="-85"/>
        <location filename="../../scorecard_app/reports/results.py" line="-1"/>
        <source>Group</source>
        <translation>Rühm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Circle one face for each indicator. Do not write your name.</source>
        <translation>Tehke iga näitaja juures ring ümber ühe näo. Ärge kirjutage oma nime.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Tally sheet</source>
        <translation>Loenduse leht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Count the hands raised for each level and write the number.</source>
        <translation>Loendage iga taseme juures tõstetud käed ja kirjutage arv.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>F</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gender: {codes}. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
        <translation>Sugu: {codes}. Vanuserühm: alla 18, 18–24, 25–34, 35–49, 50–64, 65+. Märgi, mis kehtib; nimi pole kohustuslik.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disability</source>
        <translation>Puue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority</source>
        <translation>Vähemus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor</source>
        <translation>Vaene</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+44"/>
        <source>Youth</source>
        <translation>Noor</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Attendance sheet</source>
        <translation>Osalejate nimekiri</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name (optional)</source>
        <translation>Nimi (vabatahtlik)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Sugu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Vanuserühm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature or thumbprint</source>
        <translation>Allkiri või sõrmejälg</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Input tracking matrix</source>
        <translation>Sisendite jälgimise tabel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input or service</source>
        <translation>Sisend või teenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Ühik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entitlement</source>
        <translation>Ettenähtud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of entitlement</source>
        <translation>Aluse allikas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="-76"/>
        <source>Actual</source>
        <translation>Tegelik</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-101"/>
        <location line="+142"/>
        <location filename="../../scorecard_app/reports/trends.py" line="+170"/>
        <source>Gap</source>
        <translation>Vahe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>Märkused</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Issue prioritisation sheet</source>
        <translation>Probleemide järjestamise leht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write each issue once. Everyone gives their votes; the issues with most votes become indicators.</source>
        <translation>Kirjutage iga probleem üks kord. Igaüks annab oma hääled; enim hääli saanud probleemidest saavad näitajad.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Issue</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Tõstatas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Hääled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Koht</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../scorecard_app/reports/results.py" line="+4"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-10"/>
        <source>Service provider</source>
        <translation>Teenuseosutaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community representative</source>
        <translation>Kogukonna esindaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local official</source>
        <translation>Kohalik ametnik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Allkiri</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signatures</source>
        <translation>Allkirjad</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Action plan form</source>
        <translation>Tegevuskava vorm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicator or issue</source>
        <translation>Näitaja või probleem</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+196"/>
        <location filename="../../scorecard_app/reports/results.py" line="-177"/>
        <location line="+233"/>
        <location line="+76"/>
        <source>Action</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-75"/>
        <location line="+76"/>
        <source>Responsible</source>
        <translation>Vastutaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-75"/>
        <location line="+76"/>
        <source>Due date</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-75"/>
        <source>Resources</source>
        <translation>Vahendid</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+4"/>
        <source>Priority</source>
        <translation>Tähtsus</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/common.py" line="+20"/>
        <location filename="../../scorecard_app/reports/layout.py" line="+290"/>
        <source>Round {n}</source>
        <translation>{n}. voor</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/head_office.py" line="-233"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+9"/>
        <source>Report for head office</source>
        <translation>Aruanne peakontorile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle</source>
        <translation>Tsükkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sector</source>
        <translation>Valdkond</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <location line="+12"/>
        <location filename="../../scorecard_app/reports/results.py" line="-205"/>
        <location line="+57"/>
        <location line="+84"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-1"/>
        <source>Community</source>
        <translation>Kogukond</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Round</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Skaala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring</source>
        <translation>Hindamisviis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead facilitator</source>
        <translation>Juhtiv läbiviija</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+212"/>
        <location filename="../../scorecard_app/reports/results.py" line="+65"/>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <location line="-211"/>
        <location filename="../../scorecard_app/reports/results.py" line="-331"/>
        <source>Next review</source>
        <translation>Järgmine ülevaatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training cycle</source>
        <translation>Koolitustsükkel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage dates</source>
        <translation>Etappide kuupäevad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Etapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Kavandatud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days late</source>
        <translation>Päevi hiljem</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Participation</source>
        <translation>Osalemine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Osalejad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Kokku</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Community participants by attribute</source>
        <translation>Kogukonna osalejad tunnuse järgi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count (share)</source>
        <translation>Arv (osakaal)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gender not recorded</source>
        <translation>Sugu märkimata</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Age {band}</source>
        <translation>Vanus {band}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a disability</source>
        <translation>Puudega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a minority</source>
        <translation>Vähemusest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor households</source>
        <translation>Vaesed leibkonnad</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../scorecard_app/reports/results.py" line="+301"/>
        <source>Scores</source>
        <translation>Hinded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw scores are medians on the cycle&apos;s scale; 0–100 makes cycles on different scales comparable. The trends list the community&apos;s and the providers&apos; scores, round by round, in this round&apos;s scale units.</source>
        <translation>Toorhinded on mediaanid tsükli skaalal; 0–100 teeb eri skaaladega tsüklid võrreldavaks. Suundumused näitavad kogukonna ja teenuseosutajate hindeid voor voorult selle vooru skaala ühikutes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rounds {first}–{last}</source>
        <translation>Voorud {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/trends.py" line="-10"/>
        <source>Scores of rounds {rounds} on the scale {scale}.</source>
        <translation>Voorude {rounds} hinded skaalal {scale}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>R{n}</source>
        <translation>{n}. v</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/head_office.py" line="+8"/>
        <source>Community 0–100</source>
        <translation>Kogukond 0–100</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Provider</source>
        <translation>Teenuseosutaja</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Provider 0–100</source>
        <translation>Teenuseosutaja 0–100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Action plan completion</source>
        <translation>Tegevuskava täitmine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions agreed</source>
        <translation>Kokku lepitud tegevused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still open</source>
        <translation>Veel pooleli</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location filename="../../scorecard_app/reports/results.py" line="+96"/>
        <source>Overdue</source>
        <translation>Tähtaeg ületatud</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Escalated (cannot be solved locally)</source>
        <translation>Edasi saadetud (kohapeal ei lahendata)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unfinished from earlier rounds</source>
        <translation>Lõpetamata varasematest voorudest</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overdue and escalated actions</source>
        <translation>Tähtaja ületanud ja edasi saadetud tegevused</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../scorecard_app/reports/results.py" line="-65"/>
        <location line="+85"/>
        <source>Escalated</source>
        <translation>Edasi saadetud</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/layout.py" line="-68"/>
        <source>Page {page} of {pages}</source>
        <translation>Lk {page}/{pages}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Printed {date}</source>
        <translation>Trükitud {date}</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/registry.py" line="-8"/>
        <source>Participant stickers</source>
        <translation>Osalejate kleebised</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-392"/>
        <source>Community scorecard results</source>
        <translation>Kogukonna hindamise tulemused</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+145"/>
        <source>Report for the service provider</source>
        <translation>Aruanne teenuseosutajale</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+91"/>
        <source>Interface meeting: community and provider</source>
        <translation>Ühiskohtumine: kogukond ja teenuseosutaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+102"/>
        <source>Joint action plan</source>
        <translation>Ühine tegevuskava</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+23"/>
        <source>Follow-up checklist</source>
        <translation>Järeltegevuse kontrollnimekiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-30"/>
        <source>Trends across rounds</source>
        <translation>Suundumused voorude lõikes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-2"/>
        <source>Trends across rounds: wall chart</source>
        <translation>Suundumused voorude lõikes: seinatabel</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/results.py" line="-330"/>
        <location line="+247"/>
        <source>Main reason</source>
        <translation>Peamine põhjus</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>What we agreed to do</source>
        <translation>Mida me kokku leppisime</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who</source>
        <translation>Kes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By when</source>
        <translation>Mis ajaks</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+219"/>
        <source>No actions have been agreed yet.</source>
        <translation>Ühtegi tegevust pole veel kokku lepitud.</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+55"/>
        <source>Self-assessment</source>
        <translation>Enesehinnang</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Previous round</source>
        <translation>Eelmine voor</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Change</source>
        <translation>Muutus</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+139"/>
        <location filename="../../scorecard_app/reports/trends.py" line="+8"/>
        <source>This is the first round: no earlier scores.</source>
        <translation>See on esimene voor: varasemaid hindeid pole.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>New this round</source>
        <translation>Uus selles voorus</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Round {then} {arrow} round {now}</source>
        <translation>Voor {then} {arrow} voor {now}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This round</source>
        <translation>See voor</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Community scores and self-assessment</source>
        <translation>Kogukonna hinded ja enesehinnang</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Strengths</source>
        <translation>Tugevused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weaknesses</source>
        <translation>Nõrkused</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>None this round.</source>
        <translation>Selles voorus pole.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Suggestions from the groups</source>
        <translation>Rühmade ettepanekud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the plan</source>
        <translation>Kavas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Actions</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Interface meeting: {date}</source>
        <translation>Ühiskohtumine: {date}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Visit date</source>
        <translation>Külastuse kuupäev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visited by</source>
        <translation>Külastaja</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status so far</source>
        <translation>Seis praeguseks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done?</source>
        <translation>Tehtud?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Agreed in round {n}</source>
        <translation>Kokku lepitud voorus {n}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} unfinished actions from earlier rounds are carried forward.</source>
        <translation>Varasematest voorudest kantakse edasi {n} lõpetamata tegevust.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/stickers.py" line="+70"/>
        <source>Participant</source>
        <translation>Osaleja</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/context.py" line="+146"/>
        <source>no change</source>
        <translation>muutuseta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up {n}</source>
        <translation>tõus {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down {n}</source>
        <translation>langus {n}</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../scorecard_app/core/scales.py" line="+24"/>
        <source>Very bad</source>
        <translation>Väga halb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Halb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptable</source>
        <translation>Rahuldav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Hea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very good</source>
        <translation>Väga hea</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“{value}” is not a number.</source>
        <translation>„{value}” ei ole arv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} is outside the scale {low}–{high}.</source>
        <translation>{value} on väljaspool skaalat {low}–{high}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not a whole number: scores on this scale are whole numbers from {low} to {high}.</source>
        <translation>{value} ei ole täisarv: selle skaala hinded on täisarvud vahemikus {low} kuni {high}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a step of this scale (steps of {step}).</source>
        <translation>{value} ei ole selle skaala samm (sammud {step} kaupa).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Votes, consensus scores and shows of hands go from {low} to {high} in half points; results (medians) can fall between them.</source>
        <translation>Hääled, konsensushinded ja käetõstmised on vahemikus {low}–{high} poolepunktiste sammudega; tulemused (mediaanid) võivad jääda nende vahele.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>1–5 with faces</source>
        <translation>1–5 nägudega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–10</source>
        <translation>1–10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/core/aggregation.py" line="+23"/>
        <source>Rounds on the same scale are compared in that scale&apos;s units. A round scored on another scale is re-expressed on this round&apos;s scale through 0–100: its score&apos;s position between the lowest and the highest mark is kept.</source>
        <translation>Sama skaalaga voore võrreldakse selle skaala ühikutes. Teisel skaalal hinnatud voor teisendatakse selle vooru skaalale 0–100 kaudu: hinde asukoht madalaima ja kõrgeima hinde vahel jääb samaks.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/core/scales.py" line="-47"/>
        <source>Votes, consensus scores and shows of hands are whole numbers from {low} to {high}; only results (medians) can fall between two.</source>
        <translation>Hääled, konsensushinded ja käetõstmised on täisarvud vahemikus {low}–{high}; ainult tulemused (mediaanid) võivad jääda kahe vahele.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../scorecard_app/core/stages.py" line="+11"/>
        <source>Setup</source>
        <translation>Ettevalmistus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Osalejad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tracking</source>
        <translation>Sisendite jälgimine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues</source>
        <translation>Probleemid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Näitajad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community scoring</source>
        <translation>Kogukonna hindamine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider self-evaluation</source>
        <translation>Teenuseosutaja enesehindamine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface meeting</source>
        <translation>Ühiskohtumine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Tegevuskava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Järeltegevus</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../scorecard_app/store/connection.py" line="+81"/>
        <source>{path} is damaged or is not a Scorecard database{detail}. The newest good backup is {backup}.</source>
        <translation>{path} on vigane või ei ole Scorecardi andmebaas{detail}. Uusim korras varukoopia on {backup}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is damaged or is not a Scorecard database{detail}. No good backup was found.</source>
        <translation>{path} on vigane või ei ole Scorecardi andmebaas{detail}. Korras varukoopiat ei leitud.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} cannot be checked: {why}.</source>
        <translation>Faili {path} ei saa kontrollida: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The daily backup of {path} could not be made: {why}.</source>
        <translation>Faili {path} igapäevast varukoopiat ei õnnestunud teha: {why}.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{path} is a folder, not a Scorecard database file.</source>
        <translation>{path} on kaust, mitte Scorecardi andmebaasifail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Kausta {folder} pole olemas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be read and written; check its permissions.</source>
        <translation>Faili {path} ei saa lugeda ega kirjutada; kontrollige selle õigusi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} cannot be opened: {why}.</source>
        <translation>Faili {path} ei saa avada: {why}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{path} could not be prepared: {why}.</source>
        <translation>Faili {path} ei õnnestunud ette valmistada: {why}.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/store/replica.py" line="+47"/>
        <source>This database has no folder for attached files.</source>
        <translation>Sellel andmebaasil pole manuste kausta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} is damaged: its content does not match its checksum.</source>
        <translation>{name} on vigane: selle sisu ei vasta kontrollsummale.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{subject}” is not something a photo can be attached to.</source>
        <translation>„{subject}” ei ole miski, millele saab fotot lisada.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>That photo is not there any more.</source>
        <translation>Seda fotot pole enam.</translation>
    </message>
    <message>
        <location line="+447"/>
        <source>The bundle holds a kind of record this version does not know ({kind}).</source>
        <translation>Pakett sisaldab kirjeliiki, mida see versioon ei tunne ({kind}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bundle holds unknown fields for a record ({kind}): {fields}.</source>
        <translation>Pakett sisaldab kirje ({kind}) tundmatuid välju: {fields}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle holds a photo attached to something unknown.</source>
        <translation>Pakett sisaldab fotot, mis on lisatud tundmatule asjale.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The bundle changes a record ({kind}) that is not on this laptop.</source>
        <translation>Pakett muudab kirjet ({kind}), mida selles sülearvutis pole.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The bundle holds an operation this version does not know ({op}).</source>
        <translation>Pakett sisaldab toimingut, mida see versioon ei tunne ({op}).</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/store/repository.py" line="+57"/>
        <source>There is no record with id {id} ({kind}).</source>
        <translation>Tunnusega {id} kirjet pole ({kind}).</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>No cycle with id {id}.</source>
        <translation>Tunnusega {id} tsüklit pole.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cycle is finished. Reopen it (with a reason) to change it.</source>
        <translation>See tsükkel on lõpetatud. Selle muutmiseks avage see uuesti (koos põhjusega).</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Say why the cycle is reopened; the reason is kept in its log.</source>
        <translation>Öelge, miks tsükkel uuesti avatakse; põhjus säilitatakse selle logis.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>“{count}” is not a count of people.</source>
        <translation>„{count}” ei ole inimeste arv.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../scorecard_app/core/entities.py" line="+18"/>
        <source>Health centre</source>
        <translation>Tervisekeskus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary school</source>
        <translation>Algkool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water point</source>
        <translation>Veevõtukoht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local administration office</source>
        <translation>Kohalik omavalitsus</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Community</source>
        <translation>Kogukond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provider</source>
        <translation>Teenuseosutaja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women</source>
        <translation>Naised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Mehed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>Noored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elders</source>
        <translation>Eakad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with disabilities</source>
        <translation>Puudega inimesed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Töötajad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Group consensus</source>
        <translation>Rühma ühisotsus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual votes</source>
        <translation>Individuaalsed hääled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Mõlemad</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>In progress</source>
        <translation>Pooleli</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Complete</source>
        <translation>Lõpetatud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started</source>
        <translation>Alustamata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Loobutud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Takistatud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Female</source>
        <translation>Naine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Mees</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>High</source>
        <translation>Kõrge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Keskmine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Madal</translation>
    </message>
</context>
</TS>
