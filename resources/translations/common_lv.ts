<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../scorecard_app/core/checks.py" line="+64"/>
        <source>The facility has no name.</source>
        <translation>Iestādei nav nosaukuma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The community&apos;s location is empty.</source>
        <translation>Kopienas atrašanās vieta nav norādīta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No lead facilitator is named.</source>
        <translation>Nav norādīts galvenais vadītājs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no community group.</source>
        <translation>Nav nevienas kopienas grupas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+77"/>
        <source>There is no service provider group.</source>
        <translation>Nav pakalpojuma sniedzēju grupas.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The {group} group has no participants.</source>
        <translation>Grupā {group} nav dalībnieku.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No input items are tracked yet.</source>
        <translation>Vēl netiek uzskaitīts neviens resurss.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Input &apos;{item}&apos; has no actual value.</source>
        <translation>Resursam &apos;{item}&apos; nav faktiskās vērtības.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No issues have been raised yet.</source>
        <translation>Vēl nav izvirzīta neviena problēma.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No indicators have been chosen yet.</source>
        <translation>Vēl nav izvēlēts neviens rādītājs.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Indicator &apos;{indicator}&apos; has no score from the {group} group.</source>
        <translation>Rādītājam &apos;{indicator}&apos; nav grupas {group} vērtējuma.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The interface meeting has no date.</source>
        <translation>Kopīgajai sanāksmei nav datuma.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No officials are recorded at the interface meeting.</source>
        <translation>Kopīgajā sanāksmē nav reģistrēta neviena amatpersona.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The action plan has no actions.</source>
        <translation>Rīcības plānā nav nevienas darbības.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action &apos;{action}&apos; has nobody responsible.</source>
        <translation>Darbībai &apos;{action}&apos; nav atbildīgā.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action &apos;{action}&apos; has no due date.</source>
        <translation>Darbībai &apos;{action}&apos; nav termiņa.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No follow-up has been recorded for any action.</source>
        <translation>Nevienai darbībai nav reģistrēta uzraudzība.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no women&apos;s group.</source>
        <translation>Nav sieviešu grupas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no youth group.</source>
        <translation>Nav jauniešu grupas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Women are {percent}% of participants.</source>
        <translation>Sievietes ir {percent}% no dalībniekiem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No participant with a disability is recorded.</source>
        <translation>Nav reģistrēts neviens dalībnieks ar invaliditāti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No young participant is recorded.</source>
        <translation>Nav reģistrēts neviens jauns dalībnieks.</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>The due date {due} is already past; saved anyway.</source>
        <translation>Termiņš {due} jau ir pagājis; tomēr saglabāts.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>There are no actions to follow up yet.</source>
        <translation>Vēl nav darbību, kurām sekot.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../scorecard_app/commands/data.py" line="+31"/>
        <source>The demo is already in this database.</source>
        <translation>Demonstrācija jau ir šajā datubāzē.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the demo: 3 rounds of Riverside Health Centre ({n} cycles).</source>
        <translation>Demonstrācija pievienota: 3 Riverside Health Centre kārtas (cikli: {n}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No cycles yet.</source>
        <translation>Ciklu vēl nav.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{id}  {facility} — {community} — round {round} — {stage} — {status}</source>
        <translation>{id}  {facility} — {community} — kārta {round} — {stage} — {status}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (training)</source>
        <translation> (apmācība)</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/errors.py" line="+12"/>
        <source>Say which cycle with --cycle ID; `scorecard list` shows the ids.</source>
        <translation>Norādiet ciklu ar --cycle ID; `scorecard list` parāda identifikatorus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no database at {path}.</source>
        <translation>Vietā {path} nav datubāzes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no cycle {id} in {path}.</source>
        <translation>Failā {path} nav cikla {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Mape {folder} nepastāv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {why}.</source>
        <translation>Nevar ierakstīt {path}: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Nevar ierakstīt {path}: mape {folder} nepastāv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: permission denied.</source>
        <translation>Nevar ierakstīt {path}: nav atļaujas.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/open_data.py" line="+56"/>
        <source>{path} is a file; give a folder for the CSV package.</source>
        <translation>{path} ir fails; norādiet mapi CSV pakotnei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a folder; give a file name ending in .json.</source>
        <translation>{path} ir mape; norādiet faila nosaukumu, kas beidzas ar .json.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say where to write the package with -o PATH.</source>
        <translation>Norādiet ar -o PATH, kur ierakstīt pakotni.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is a training cycle: practice is never exported as open data.</source>
        <translation>Šis ir apmācības cikls: vingrinājumi nekad netiek eksportēti kā atvērtie dati.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote {path}: {results} results, {indicators} indicators, {actions} actions ({licence}).</source>
        <translation>Ierakstīts {path}: rezultāti {results}, rādītāji {indicators}, darbības {actions} ({licence}).</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/printing.py" line="+53"/>
        <source>Say what to print, e.g. `scorecard print score-sheet`; see --list.</source>
        <translation>Norādiet, ko drukāt, piem., `scorecard print score-sheet`; skatiet --list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown printable “{kind}”; `scorecard print --list` names them.</source>
        <translation>Nezināms drukājamais “{kind}”; `scorecard print --list` tos uzskaita.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say where to write the PDF with -o FILE.pdf.</source>
        <translation>Norādiet ar -o FILE.pdf, kur ierakstīt PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown language “{code}”; use one of {codes}.</source>
        <translation>Nezināma valoda “{code}”; izmantojiet kādu no {codes}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrote {path}</source>
        <translation>Ierakstīts {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is a folder; give a file name ending in .pdf.</source>
        <translation>{path} ir mape; norādiet faila nosaukumu, kas beidzas ar .pdf.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/syncing.py" line="+70"/>
        <source>Give the enrolment code after the address.</source>
        <translation>Norādiet reģistrācijas kodu aiz adreses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{url} is not a web address (it should start with https://).</source>
        <translation>{url} nav tīmekļa adrese (tai jāsākas ar https://).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enrolled with {url} as device {device}.</source>
        <translation>Reģistrēts pie {url} kā ierīce {device}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no server address yet: bundles only</source>
        <translation>servera adreses vēl nav: tikai pakotnes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolled as “{label}” (device {device}) of {organisation} ({where}). Delete the enrolment file now.</source>
        <translation>Reģistrēts kā “{label}” (ierīce {device}) organizācijā {organisation} ({where}). Tagad izdzēsiet reģistrācijas failu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Syncing… {done}/{total}</source>
        <translation>Sinhronizē… {done}/{total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop was enrolled from a file without a head-office address: it exchanges USB bundles (`scorecard export`, `scorecard import`).</source>
        <translation>Šis klēpjdators reģistrēts no faila bez galvenā biroja adreses: tas apmainās ar USB pakotnēm (`scorecard export`, `scorecard import`).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sent {sent} changes ({conflicts} conflicts, {refused} refused, {waiting} waiting), {files} files; received {pulled} changes from head office.</source>
        <translation>Nosūtītās izmaiņas: {sent} (konflikti {conflicts}, noraidītas {refused}, gaida {waiting}), faili {files}; no galvenā biroja saņemtās izmaiņas: {pulled}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run `scorecard sync status` to see what needs review.</source>
        <translation>Palaidiet `scorecard sync status`, lai redzētu, kas jāpārskata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: yours {yours}, head office {theirs}</source>
        <translation>{field}: jūsu {yours}, galvenais birojs {theirs}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not enrolled: run `scorecard sync enrol URL CODE` (or `sync enrol-file FILE`).</source>
        <translation>Nav reģistrēts: palaidiet `scorecard sync enrol URL CODE` (vai `sync enrol-file FILE`).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device {device}: USB bundles only (no server address yet).</source>
        <translation>Ierīce {device}: tikai USB pakotnes (servera adreses vēl nav).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server: {url} (device {device})</source>
        <translation>Serveris: {url} (ierīce {device})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundles: can be signed</source>
        <translation>Pakotnes: var parakstīt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles: {why}</source>
        <translation>Pakotnes: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes waiting: {changes} (files: {files})</source>
        <translation>Gaidošās izmaiņas: {changes} (faili: {files})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>nekad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: {when}</source>
        <translation>Pēdējā sinhronizācija: {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last problem: {problem}</source>
        <translation>Pēdējā problēma: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts to review: {n}</source>
        <translation>Pārskatāmie konflikti: {n}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No cycle with id {id}.</source>
        <translation>Nav cikla ar identifikatoru {id}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {path}: {changes} changes, {files} files. Carry it to head office.</source>
        <translation>Ierakstīts {path}: izmaiņas {changes}, faili {files}. Aiznesiet to uz galveno biroju.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>head office</source>
        <translation>galvenā biroja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device {device}</source>
        <translation>ierīces {device}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {n} refused (they change a finished cycle)</source>
        <translation>; noraidītas {n} (tās maina pabeigtu ciklu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {bundle} from {source} (signature checked): {applied} changes applied, {skipped} already here{refused}.</source>
        <translation>Importēts {bundle} no {source} (paraksts pārbaudīts): piemērotās izmaiņas {applied}, jau ir {skipped}{refused}.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/cli.py" line="+21"/>
        <source>{program}: {problem}</source>
        <translation>{program}: {problem}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ir mape, nevis datubāzes fails.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A scorecard:// link opens the app: give it on its own.</source>
        <translation>Saite scorecard:// atver lietotni: norādiet to atsevišķi.</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../scorecard_app/reports/blank_sheets.py" line="+34"/>
        <location line="+337"/>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>Facilitator</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+31"/>
        <source>Score sheet</source>
        <translation>Vērtēšanas lapa</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+125"/>
        <location line="+70"/>
        <location line="+87"/>
        <location filename="../../scorecard_app/reports/results.py" line="+372"/>
        <source>No.</source>
        <translation>Nr.</translation>
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
        <translation>Rādītājs</translation>
    </message>
    <message>
        <location line="-124"/>
        <location filename="../../scorecard_app/reports/results.py" line="-270"/>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+171"/>
        <source>Suggestion</source>
        <translation>Ierosinājums</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Ballot</source>
        <translation>Vēlēšanu zīme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant number</source>
        <translation>Dalībnieka numurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="-85"/>
        <location filename="../../scorecard_app/reports/results.py" line="-1"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Circle one face for each indicator. Do not write your name.</source>
        <translation>Katram rādītājam apvelciet vienu sejiņu. Nerakstiet savu vārdu.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Tally sheet</source>
        <translation>Skaitīšanas lapa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Count the hands raised for each level and write the number.</source>
        <translation>Saskaitiet paceltās rokas katram līmenim un ierakstiet skaitu.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>F</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gender: {codes}. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
        <translation>Dzimums: {codes}. Vecuma grupa: līdz 18, 18–24, 25–34, 35–49, 50–64, 65+. Atzīmējiet, kas attiecas; vārds nav obligāts.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disability</source>
        <translation>Invaliditāte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority</source>
        <translation>Minoritāte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor</source>
        <translation>Trūcīgs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+44"/>
        <source>Youth</source>
        <translation>Jaunietis</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Attendance sheet</source>
        <translation>Apmeklējuma lapa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name (optional)</source>
        <translation>Vārds (nav obligāts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Dzimums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Vecuma grupa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature or thumbprint</source>
        <translation>Paraksts vai pirksta nospiedums</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Input tracking matrix</source>
        <translation>Resursu uzskaites tabula</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input or service</source>
        <translation>Resurss vai pakalpojums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Mērvienība</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entitlement</source>
        <translation>Pienākas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of entitlement</source>
        <translation>Tiesību avots</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="-76"/>
        <source>Actual</source>
        <translation>Faktiski</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-101"/>
        <location line="+142"/>
        <location filename="../../scorecard_app/reports/trends.py" line="+170"/>
        <source>Gap</source>
        <translation>Starpība</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Issue prioritisation sheet</source>
        <translation>Problēmu prioritizēšanas lapa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write each issue once. Everyone gives their votes; the issues with most votes become indicators.</source>
        <translation>Katru problēmu ierakstiet vienreiz. Katrs balso; problēmas ar visvairāk balsīm kļūst par rādītājiem.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Issue</source>
        <translation>Problēma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Izvirzīja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Balsis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../scorecard_app/reports/results.py" line="+4"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-10"/>
        <source>Service provider</source>
        <translation>Pakalpojuma sniedzējs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community representative</source>
        <translation>Kopienas pārstāvis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local official</source>
        <translation>Pašvaldības amatpersona</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Paraksts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signatures</source>
        <translation>Paraksti</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Action plan form</source>
        <translation>Rīcības plāna veidlapa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicator or issue</source>
        <translation>Rādītājs vai problēma</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+196"/>
        <location filename="../../scorecard_app/reports/results.py" line="-177"/>
        <location line="+233"/>
        <location line="+76"/>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-75"/>
        <location line="+76"/>
        <source>Responsible</source>
        <translation>Atbildīgais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Iestāde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-75"/>
        <location line="+76"/>
        <source>Due date</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-75"/>
        <source>Resources</source>
        <translation>Resursi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+4"/>
        <source>Priority</source>
        <translation>Prioritāte</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/common.py" line="+20"/>
        <location filename="../../scorecard_app/reports/layout.py" line="+290"/>
        <source>Round {n}</source>
        <translation>{n}. kārta</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/head_office.py" line="-233"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+9"/>
        <source>Report for head office</source>
        <translation>Ziņojums centrālajam birojam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle</source>
        <translation>Cikls</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility</source>
        <translation>Iestāde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sector</source>
        <translation>Nozare</translation>
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
        <translation>Kopiena</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Round</source>
        <translation>Kārta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring</source>
        <translation>Vērtēšanas veids</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead facilitator</source>
        <translation>Galvenais vadītājs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+212"/>
        <location filename="../../scorecard_app/reports/results.py" line="+65"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location line="-211"/>
        <location filename="../../scorecard_app/reports/results.py" line="-331"/>
        <source>Next review</source>
        <translation>Nākamā pārskatīšana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training cycle</source>
        <translation>Apmācību cikls</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage dates</source>
        <translation>Posmu datumi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Plānots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days late</source>
        <translation>Dienas kavējums</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Participation</source>
        <translation>Dalība</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Community participants by attribute</source>
        <translation>Kopienas dalībnieki pēc pazīmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count (share)</source>
        <translation>Skaits (daļa)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gender not recorded</source>
        <translation>Dzimums nav norādīts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Age {band}</source>
        <translation>Vecums {band}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a disability</source>
        <translation>Ar invaliditāti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a minority</source>
        <translation>No minoritātes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor households</source>
        <translation>Trūcīgas mājsaimniecības</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../scorecard_app/reports/results.py" line="+301"/>
        <source>Scores</source>
        <translation>Vērtējumi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw scores are medians on the cycle&apos;s scale; 0–100 makes cycles on different scales comparable. The trends list the community&apos;s and the providers&apos; scores, round by round, in this round&apos;s scale units.</source>
        <translation>Neapstrādātie vērtējumi ir mediānas cikla skalā; 0–100 ļauj salīdzināt ciklus ar dažādām skalām. Tendences rāda kopienas un pakalpojumu sniedzēju vērtējumus pa kārtām šīs kārtas skalas vienībās.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rounds {first}–{last}</source>
        <translation>Kārtas {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/trends.py" line="-10"/>
        <source>Scores of rounds {rounds} on the scale {scale}.</source>
        <translation>Kārtu {rounds} vērtējumi skalā {scale}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>R{n}</source>
        <translation>{n}. k</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/head_office.py" line="+8"/>
        <source>Community 0–100</source>
        <translation>Kopiena 0–100</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Provider</source>
        <translation>Sniedzējs</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Provider 0–100</source>
        <translation>Sniedzējs 0–100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Tendence</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Action plan completion</source>
        <translation>Rīcības plāna izpilde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions agreed</source>
        <translation>Saskaņotās darbības</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Izdarīts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still open</source>
        <translation>Vēl atvērts</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location filename="../../scorecard_app/reports/results.py" line="+96"/>
        <source>Overdue</source>
        <translation>Nokavēts</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Escalated (cannot be solved locally)</source>
        <translation>Nodots augstāk (nevar atrisināt uz vietas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unfinished from earlier rounds</source>
        <translation>Nepabeigtas no iepriekšējām kārtām</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overdue and escalated actions</source>
        <translation>Nokavētās un augstāk nodotās darbības</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../scorecard_app/reports/results.py" line="-65"/>
        <location line="+85"/>
        <source>Escalated</source>
        <translation>Nodots augstāk</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/layout.py" line="-68"/>
        <source>Page {page} of {pages}</source>
        <translation>{page}. lpp. no {pages}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Printed {date}</source>
        <translation>Izdrukāts {date}</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/registry.py" line="-8"/>
        <source>Participant stickers</source>
        <translation>Dalībnieku uzlīmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-392"/>
        <source>Community scorecard results</source>
        <translation>Kopienas vērtējuma rezultāti</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+145"/>
        <source>Report for the service provider</source>
        <translation>Ziņojums pakalpojuma sniedzējam</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+91"/>
        <source>Interface meeting: community and provider</source>
        <translation>Kopīgā sanāksme: kopiena un sniedzējs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+102"/>
        <source>Joint action plan</source>
        <translation>Kopīgais rīcības plāns</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+23"/>
        <source>Follow-up checklist</source>
        <translation>Uzraudzības kontrolsaraksts</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-30"/>
        <source>Trends across rounds</source>
        <translation>Tendences pa kārtām</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-2"/>
        <source>Trends across rounds: wall chart</source>
        <translation>Tendences pa kārtām: sienas plakāts</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/results.py" line="-330"/>
        <location line="+247"/>
        <source>Main reason</source>
        <translation>Galvenais iemesls</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>What we agreed to do</source>
        <translation>Par ko mēs vienojāmies</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By when</source>
        <translation>Līdz kuram laikam</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+219"/>
        <source>No actions have been agreed yet.</source>
        <translation>Vēl nav saskaņota neviena darbība.</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+55"/>
        <source>Self-assessment</source>
        <translation>Pašnovērtējums</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Previous round</source>
        <translation>Iepriekšējā kārta</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Change</source>
        <translation>Izmaiņas</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+139"/>
        <location filename="../../scorecard_app/reports/trends.py" line="+8"/>
        <source>This is the first round: no earlier scores.</source>
        <translation>Šī ir pirmā kārta: agrāku vērtējumu nav.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>New this round</source>
        <translation>Jauns šajā kārtā</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Round {then} {arrow} round {now}</source>
        <translation>Kārta {then} {arrow} kārta {now}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This round</source>
        <translation>Šī kārta</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Community scores and self-assessment</source>
        <translation>Kopienas vērtējumi un pašnovērtējums</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Strengths</source>
        <translation>Stiprās puses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weaknesses</source>
        <translation>Vājās puses</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>None this round.</source>
        <translation>Šajā kārtā nav.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Suggestions from the groups</source>
        <translation>Grupu ierosinājumi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the plan</source>
        <translation>Plānā</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Actions</source>
        <translation>Darbības</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Interface meeting: {date}</source>
        <translation>Kopīgā sanāksme: {date}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Visit date</source>
        <translation>Apmeklējuma datums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visited by</source>
        <translation>Apmeklētājs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status so far</source>
        <translation>Stāvoklis līdz šim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done?</source>
        <translation>Izdarīts?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Agreed in round {n}</source>
        <translation>Norunāts {n}. kārtā</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} unfinished actions from earlier rounds are carried forward.</source>
        <translation>No iepriekšējām kārtām pārnestas {n} nepabeigtas darbības.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/stickers.py" line="+70"/>
        <source>Participant</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/context.py" line="+146"/>
        <source>no change</source>
        <translation>bez izmaiņām</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up {n}</source>
        <translation>pieaugums {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down {n}</source>
        <translation>kritums {n}</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../scorecard_app/core/scales.py" line="+24"/>
        <source>Very bad</source>
        <translation>Ļoti slikti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Slikti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptable</source>
        <translation>Pieņemami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Labi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very good</source>
        <translation>Ļoti labi</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” nav skaitlis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} is outside the scale {low}–{high}.</source>
        <translation>{value} ir ārpus skalas {low}–{high}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not a whole number: scores on this scale are whole numbers from {low} to {high}.</source>
        <translation>{value} nav vesels skaitlis: šīs skalas vērtējumi ir veseli skaitļi no {low} līdz {high}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a step of this scale (steps of {step}).</source>
        <translation>{value} nav šīs skalas solis (soļi pa {step}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Votes, consensus scores and shows of hands go from {low} to {high} in half points; results (medians) can fall between them.</source>
        <translation>Balsis, vienprātības vērtējumi un roku pacelšana ir no {low} līdz {high} ar puspunktu soli; rezultāti (mediānas) var būt starp tiem.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>1–5 with faces</source>
        <translation>1–5 ar sejiņām</translation>
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
        <translation>Kārtas ar vienu skalu salīdzina šīs skalas vienībās. Kārtu, kas vērtēta citā skalā, pārrēķina šīs kārtas skalā caur 0–100: vērtējuma vieta starp zemāko un augstāko atzīmi saglabājas.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/core/scales.py" line="-47"/>
        <source>Votes, consensus scores and shows of hands are whole numbers from {low} to {high}; only results (medians) can fall between two.</source>
        <translation>Balsis, vienprātības vērtējumi un roku pacelšana ir veseli skaitļi no {low} līdz {high}; tikai rezultāti (mediānas) var būt starp diviem.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../scorecard_app/core/stages.py" line="+11"/>
        <source>Setup</source>
        <translation>Sagatavošana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tracking</source>
        <translation>Resursu uzskaite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues</source>
        <translation>Problēmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Rādītāji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community scoring</source>
        <translation>Kopienas vērtējums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider self-evaluation</source>
        <translation>Pakalpojuma sniedzēja pašnovērtējums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface meeting</source>
        <translation>Kopīgā sanāksme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Turpmākā uzraudzība</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../scorecard_app/store/connection.py" line="+81"/>
        <source>{path} is damaged or is not a Scorecard database{detail}. The newest good backup is {backup}.</source>
        <translation>{path} ir bojāts vai nav Scorecard datubāze{detail}. Jaunākā labā rezerves kopija ir {backup}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is damaged or is not a Scorecard database{detail}. No good backup was found.</source>
        <translation>{path} ir bojāts vai nav Scorecard datubāze{detail}. Laba rezerves kopija netika atrasta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} cannot be checked: {why}.</source>
        <translation>{path} nevar pārbaudīt: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The daily backup of {path} could not be made: {why}.</source>
        <translation>{path} ikdienas rezerves kopiju nevarēja izveidot: {why}.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{path} is a folder, not a Scorecard database file.</source>
        <translation>{path} ir mape, nevis Scorecard datubāzes fails.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Mape {folder} nepastāv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be read and written; check its permissions.</source>
        <translation>{path} nevar nolasīt un ierakstīt; pārbaudiet tā atļaujas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} cannot be opened: {why}.</source>
        <translation>{path} nevar atvērt: {why}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{path} could not be prepared: {why}.</source>
        <translation>{path} nevarēja sagatavot: {why}.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/store/replica.py" line="+47"/>
        <source>This database has no folder for attached files.</source>
        <translation>Šai datubāzei nav mapes pievienotajiem failiem.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} is damaged: its content does not match its checksum.</source>
        <translation>{name} ir bojāts: tā saturs neatbilst kontrolsummai.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{subject}” is not something a photo can be attached to.</source>
        <translation>Pie “{subject}” nevar pievienot fotoattēlu.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>That photo is not there any more.</source>
        <translation>Šī fotoattēla vairs nav.</translation>
    </message>
    <message>
        <location line="+447"/>
        <source>The bundle holds a kind of record this version does not know ({kind}).</source>
        <translation>Pakotnē ir ieraksta veids, ko šī versija nepazīst ({kind}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bundle holds unknown fields for a record ({kind}): {fields}.</source>
        <translation>Pakotnē ir nezināmi lauki ierakstam ({kind}): {fields}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle holds a photo attached to something unknown.</source>
        <translation>Pakotnē ir fotoattēls, kas pievienots kaut kam nezināmam.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The bundle changes a record ({kind}) that is not on this laptop.</source>
        <translation>Pakotne maina ierakstu ({kind}), kura šajā klēpjdatorā nav.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The bundle holds an operation this version does not know ({op}).</source>
        <translation>Pakotnē ir darbība, ko šī versija nepazīst ({op}).</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/store/repository.py" line="+57"/>
        <source>There is no record with id {id} ({kind}).</source>
        <translation>Nav ieraksta ar identifikatoru {id} ({kind}).</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>No cycle with id {id}.</source>
        <translation>Nav cikla ar identifikatoru {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cycle is finished. Reopen it (with a reason) to change it.</source>
        <translation>Šis cikls ir pabeigts. Lai to mainītu, atveriet to atkārtoti (norādot iemeslu).</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Say why the cycle is reopened; the reason is kept in its log.</source>
        <translation>Norādiet, kāpēc cikls tiek atvērts atkārtoti; iemesls tiek saglabāts tā žurnālā.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>“{count}” is not a count of people.</source>
        <translation>“{count}” nav cilvēku skaits.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../scorecard_app/core/entities.py" line="+18"/>
        <source>Health centre</source>
        <translation>Veselības centrs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary school</source>
        <translation>Sākumskola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water point</source>
        <translation>Ūdens ņemšanas vieta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local administration office</source>
        <translation>Pašvaldības birojs</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Community</source>
        <translation>Kopiena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provider</source>
        <translation>Pakalpojuma sniedzējs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women</source>
        <translation>Sievietes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Vīrieši</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>Jaunieši</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elders</source>
        <translation>Seniori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with disabilities</source>
        <translation>Cilvēki ar invaliditāti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Darbinieki</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Other</source>
        <translation>Cits</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Group consensus</source>
        <translation>Grupas vienošanās</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual votes</source>
        <translation>Individuālās balsis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Abi</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>In progress</source>
        <translation>Procesā</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Complete</source>
        <translation>Pabeigts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started</source>
        <translation>Nav sākts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Izdarīts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Atcelts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Bloķēts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Female</source>
        <translation>Sieviete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Vīrietis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>High</source>
        <translation>Augsta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Vidēja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Zema</translation>
    </message>
</context>
</TS>
