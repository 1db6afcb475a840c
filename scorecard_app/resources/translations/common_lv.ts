<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../core/checks.py" line="34"/>
        <source>The facility has no name.</source>
        <translation>Iestādei nav nosaukuma.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="37"/>
        <source>The community&apos;s location is empty.</source>
        <translation>Kopienas atrašanās vieta nav norādīta.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="40"/>
        <source>No lead facilitator is named.</source>
        <translation>Nav norādīts galvenais vadītājs.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="48"/>
        <source>There is no community group.</source>
        <translation>Nav nevienas kopienas grupas.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="54"/>
        <location filename="../../core/checks.py" line="131"/>
        <source>There is no service provider group.</source>
        <translation>Nav pakalpojuma sniedzēju grupas.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="62"/>
        <source>The {group} group has no participants.</source>
        <translation>Grupā {group} nav dalībnieku.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="72"/>
        <source>No input items are tracked yet.</source>
        <translation>Vēl netiek uzskaitīts neviens resurss.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="78"/>
        <source>Input &apos;{item}&apos; has no actual value.</source>
        <translation>Resursam &apos;{item}&apos; nav faktiskās vērtības.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="87"/>
        <source>No issues have been raised yet.</source>
        <translation>Vēl nav izvirzīta neviena problēma.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="94"/>
        <source>No indicators have been chosen yet.</source>
        <translation>Vēl nav izvēlēts neviens rādītājs.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="142"/>
        <source>The interface meeting has no date.</source>
        <translation>Kopīgajai sanāksmei nav datuma.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="148"/>
        <source>No officials are recorded at the interface meeting.</source>
        <translation>Kopīgajā sanāksmē nav reģistrēta neviena amatpersona.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="157"/>
        <source>The action plan has no actions.</source>
        <translation>Rīcības plānā nav nevienas darbības.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="163"/>
        <source>Action &apos;{action}&apos; has nobody responsible.</source>
        <translation>Darbībai &apos;{action}&apos; nav atbildīgā.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="171"/>
        <source>Action &apos;{action}&apos; has no due date.</source>
        <translation>Darbībai &apos;{action}&apos; nav termiņa.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="184"/>
        <source>No follow-up has been recorded for any action.</source>
        <translation>Nevienai darbībai nav reģistrēta uzraudzība.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="210"/>
        <source>There is no women&apos;s group.</source>
        <translation>Nav sieviešu grupas.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="211"/>
        <source>There is no youth group.</source>
        <translation>Nav jauniešu grupas.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="222"/>
        <source>Women are {percent}% of participants.</source>
        <translation>Sievietes ir {percent}% no dalībniekiem.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="230"/>
        <source>No participant with a disability is recorded.</source>
        <translation>Nav reģistrēts neviens dalībnieks ar invaliditāti.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="235"/>
        <source>No young participant is recorded.</source>
        <translation>Nav reģistrēts neviens jauns dalībnieks.</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../reports/blank_sheets.py" line="34"/>
        <location filename="../../reports/blank_sheets.py" line="371"/>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="35"/>
        <source>Facilitator</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="45"/>
        <location filename="../../reports/registry.py" line="30"/>
        <source>Score sheet</source>
        <translation>Vērtēšanas lapa</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="56"/>
        <location filename="../../reports/blank_sheets.py" line="181"/>
        <location filename="../../reports/blank_sheets.py" line="251"/>
        <location filename="../../reports/blank_sheets.py" line="338"/>
        <location filename="../../reports/results.py" line="372"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="57"/>
        <location filename="../../reports/blank_sheets.py" line="182"/>
        <location filename="../../reports/head_office.py" line="195"/>
        <location filename="../../reports/results.py" line="101"/>
        <location filename="../../reports/results.py" line="171"/>
        <location filename="../../reports/results.py" line="272"/>
        <location filename="../../reports/results.py" line="351"/>
        <location filename="../../reports/results.py" line="373"/>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="58"/>
        <location filename="../../reports/results.py" line="103"/>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="59"/>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="60"/>
        <location filename="../../reports/results.py" line="274"/>
        <source>Suggestion</source>
        <translation>Ierosinājums</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="78"/>
        <location filename="../../reports/registry.py" line="31"/>
        <source>Ballot</source>
        <translation>Vēlēšanu zīme</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="81"/>
        <source>Participant number</source>
        <translation>Dalībnieka numurs</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="82"/>
        <location filename="../../reports/head_office.py" line="110"/>
        <location filename="../../reports/results.py" line="273"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="86"/>
        <source>Circle one face for each indicator. Do not write your name.</source>
        <translation>Katram rādītājam apvelciet vienu sejiņu. Nerakstiet savu vārdu.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="165"/>
        <source>Tally sheet</source>
        <translation>Skaitīšanas lapa</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="173"/>
        <source>Count the hands raised for each level and write the number.</source>
        <translation>Saskaitiet paceltās rokas katram līmenim un ierakstiet skaitu.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="204"/>
        <source>F</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="205"/>
        <source>M</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="206"/>
        <source>O</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="218"/>
        <source>Gender: {codes}. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
        <translation>Dzimums: {codes}. Vecuma grupa: līdz 18, 18–24, 25–34, 35–49, 50–64, 65+. Atzīmējiet, kas attiecas; vārds nav obligāts.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="228"/>
        <source>Disability</source>
        <translation>Invaliditāte</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="229"/>
        <source>Minority</source>
        <translation>Minoritāte</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="230"/>
        <source>Poor</source>
        <translation>Trūcīgs</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="231"/>
        <location filename="../../reports/head_office.py" line="154"/>
        <source>Youth</source>
        <translation>Jaunietis</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="241"/>
        <location filename="../../reports/registry.py" line="32"/>
        <source>Attendance sheet</source>
        <translation>Apmeklējuma lapa</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="252"/>
        <source>Name (optional)</source>
        <translation>Vārds (nav obligāts)</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="253"/>
        <source>Gender</source>
        <translation>Dzimums</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="254"/>
        <source>Age band</source>
        <translation>Vecuma grupa</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="256"/>
        <source>Signature or thumbprint</source>
        <translation>Paraksts vai pirksta nospiedums</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="287"/>
        <location filename="../../reports/registry.py" line="33"/>
        <source>Input tracking matrix</source>
        <translation>Resursu uzskaites tabula</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="291"/>
        <source>Input or service</source>
        <translation>Resurss vai pakalpojums</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="292"/>
        <source>Unit</source>
        <translation>Mērvienība</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="293"/>
        <source>Entitlement</source>
        <translation>Pienākas</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="294"/>
        <source>Source of entitlement</source>
        <translation>Tiesību avots</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="295"/>
        <location filename="../../reports/head_office.py" line="78"/>
        <source>Actual</source>
        <translation>Faktiski</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="296"/>
        <location filename="../../reports/results.py" line="172"/>
        <location filename="../../reports/results.py" line="314"/>
        <location filename="../../reports/trends.py" line="170"/>
        <source>Gap</source>
        <translation>Starpība</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="297"/>
        <source>Remarks</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="323"/>
        <location filename="../../reports/registry.py" line="34"/>
        <source>Issue prioritisation sheet</source>
        <translation>Problēmu prioritizēšanas lapa</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="328"/>
        <source>Write each issue once. Everyone gives their votes; the issues with most votes become indicators.</source>
        <translation>Katru problēmu ierakstiet vienreiz. Katrs balso; problēmas ar visvairāk balsīm kļūst par rādītājiem.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="339"/>
        <source>Issue</source>
        <translation>Problēma</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="340"/>
        <source>Raised by</source>
        <translation>Izvirzīja</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="341"/>
        <source>Votes</source>
        <translation>Balsis</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="342"/>
        <source>Rank</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="360"/>
        <location filename="../../reports/results.py" line="318"/>
        <location filename="../../reports/trends.py" line="160"/>
        <source>Service provider</source>
        <translation>Pakalpojuma sniedzējs</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="361"/>
        <source>Community representative</source>
        <translation>Kopienas pārstāvis</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="362"/>
        <source>Local official</source>
        <translation>Pašvaldības amatpersona</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="369"/>
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="370"/>
        <source>Signature</source>
        <translation>Paraksts</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="379"/>
        <source>Signatures</source>
        <translation>Paraksti</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="390"/>
        <location filename="../../reports/registry.py" line="35"/>
        <source>Action plan form</source>
        <translation>Rīcības plāna veidlapa</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="394"/>
        <source>Indicator or issue</source>
        <translation>Rādītājs vai problēma</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="395"/>
        <location filename="../../reports/head_office.py" line="274"/>
        <location filename="../../reports/results.py" line="141"/>
        <location filename="../../reports/results.py" line="374"/>
        <location filename="../../reports/results.py" line="450"/>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="396"/>
        <location filename="../../reports/head_office.py" line="275"/>
        <location filename="../../reports/results.py" line="375"/>
        <location filename="../../reports/results.py" line="451"/>
        <source>Responsible</source>
        <translation>Atbildīgais</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="397"/>
        <source>Institution</source>
        <translation>Iestāde</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="398"/>
        <location filename="../../reports/head_office.py" line="276"/>
        <location filename="../../reports/results.py" line="376"/>
        <location filename="../../reports/results.py" line="452"/>
        <source>Due date</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="399"/>
        <location filename="../../reports/results.py" line="377"/>
        <source>Resources</source>
        <translation>Resursi</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="400"/>
        <location filename="../../reports/results.py" line="381"/>
        <source>Priority</source>
        <translation>Prioritāte</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="20"/>
        <location filename="../../reports/layout.py" line="272"/>
        <source>Round {n}</source>
        <translation>{n}. kārta</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="43"/>
        <location filename="../../reports/registry.py" line="44"/>
        <source>Report for head office</source>
        <translation>Ziņojums centrālajam birojam</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="46"/>
        <source>Cycle</source>
        <translation>Cikls</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="49"/>
        <source>Facility</source>
        <translation>Iestāde</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="53"/>
        <source>Sector</source>
        <translation>Nozare</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="56"/>
        <location filename="../../reports/head_office.py" line="196"/>
        <location filename="../../reports/head_office.py" line="208"/>
        <location filename="../../reports/results.py" line="176"/>
        <location filename="../../reports/results.py" line="233"/>
        <location filename="../../reports/results.py" line="317"/>
        <location filename="../../reports/trends.py" line="159"/>
        <source>Community</source>
        <translation>Kopiena</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="57"/>
        <source>Round</source>
        <translation>Kārta</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="58"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="60"/>
        <source>Scoring</source>
        <translation>Vērtēšanas veids</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="63"/>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="64"/>
        <source>Lead facilitator</source>
        <translation>Galvenais vadītājs</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="65"/>
        <location filename="../../reports/head_office.py" line="277"/>
        <location filename="../../reports/results.py" line="382"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="66"/>
        <location filename="../../reports/results.py" line="51"/>
        <source>Next review</source>
        <translation>Nākamā pārskatīšana</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="69"/>
        <source>Training cycle</source>
        <translation>Apmācību cikls</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="73"/>
        <source>Stage dates</source>
        <translation>Posmu datumi</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="76"/>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="77"/>
        <source>Planned</source>
        <translation>Plānots</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="79"/>
        <source>Days late</source>
        <translation>Dienas kavējums</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="107"/>
        <source>Participation</source>
        <translation>Dalība</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="111"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="112"/>
        <source>Participants</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="118"/>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="131"/>
        <source>Community participants by attribute</source>
        <translation>Kopienas dalībnieki pēc pazīmes</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="132"/>
        <source>Count (share)</source>
        <translation>Skaits (daļa)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="142"/>
        <source>Gender not recorded</source>
        <translation>Dzimums nav norādīts</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="148"/>
        <source>Age {band}</source>
        <translation>Vecums {band}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="151"/>
        <source>With a disability</source>
        <translation>Ar invaliditāti</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="152"/>
        <source>From a minority</source>
        <translation>No minoritātes</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="153"/>
        <source>Poor households</source>
        <translation>Trūcīgas mājsaimniecības</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="170"/>
        <location filename="../../reports/results.py" line="352"/>
        <source>Scores</source>
        <translation>Vērtējumi</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="174"/>
        <source>Raw scores are medians on the cycle&apos;s scale; 0–100 makes cycles on different scales comparable. The trends list the community&apos;s and the providers&apos; scores, round by round, in this round&apos;s scale units.</source>
        <translation>Neapstrādātie vērtējumi ir mediānas cikla skalā; 0–100 ļauj salīdzināt ciklus ar dažādām skalām. Tendences rāda kopienas un pakalpojumu sniedzēju vērtējumus pa kārtām šīs kārtas skalas vienībās.</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="189"/>
        <source>Rounds {first}–{last}</source>
        <translation>Kārtas {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../reports/trends.py" line="149"/>
        <source>Scores of rounds {rounds} on the scale {scale}.</source>
        <translation>Kārtu {rounds} vērtējumi skalā {scale}.</translation>
    </message>
    <message>
        <location filename="../../reports/trends.py" line="169"/>
        <source>R{n}</source>
        <translation>{n}. k</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="197"/>
        <source>Community 0–100</source>
        <translation>Kopiena 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="198"/>
        <location filename="../../reports/head_office.py" line="209"/>
        <source>Provider</source>
        <translation>Sniedzējs</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="199"/>
        <source>Provider 0–100</source>
        <translation>Sniedzējs 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="200"/>
        <source>Trend</source>
        <translation>Tendence</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="242"/>
        <source>Action plan completion</source>
        <translation>Rīcības plāna izpilde</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="246"/>
        <source>Actions agreed</source>
        <translation>Saskaņotās darbības</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="248"/>
        <source>Done</source>
        <translation>Izdarīts</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="251"/>
        <source>Still open</source>
        <translation>Vēl atvērts</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="252"/>
        <location filename="../../reports/head_office.py" line="280"/>
        <location filename="../../reports/results.py" line="448"/>
        <source>Overdue</source>
        <translation>Nokavēts</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="254"/>
        <source>Escalated (cannot be solved locally)</source>
        <translation>Nodots augstāk (nevar atrisināt uz vietas)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="261"/>
        <source>Unfinished from earlier rounds</source>
        <translation>Nepabeigtas no iepriekšējām kārtām</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="271"/>
        <source>Overdue and escalated actions</source>
        <translation>Nokavētās un augstāk nodotās darbības</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="281"/>
        <location filename="../../reports/results.py" line="383"/>
        <location filename="../../reports/results.py" line="468"/>
        <source>Escalated</source>
        <translation>Nodots augstāk</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="222"/>
        <source>Page {page} of {pages}</source>
        <translation>{page}. lpp. no {pages}</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="278"/>
        <source>Printed {date}</source>
        <translation>Izdrukāts {date}</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="36"/>
        <source>Participant stickers</source>
        <translation>Dalībnieku uzlīmes</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="37"/>
        <location filename="../../reports/results.py" line="76"/>
        <source>Community scorecard results</source>
        <translation>Kopienas vērtējuma rezultāti</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="38"/>
        <location filename="../../reports/results.py" line="221"/>
        <source>Report for the service provider</source>
        <translation>Ziņojums pakalpojuma sniedzējam</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="39"/>
        <location filename="../../reports/results.py" line="312"/>
        <source>Interface meeting: community and provider</source>
        <translation>Kopīgā sanāksme: kopiena un sniedzējs</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="40"/>
        <location filename="../../reports/results.py" line="414"/>
        <source>Joint action plan</source>
        <translation>Kopīgais rīcības plāns</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="41"/>
        <location filename="../../reports/results.py" line="437"/>
        <source>Follow-up checklist</source>
        <translation>Uzraudzības kontrolsaraksts</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="42"/>
        <location filename="../../reports/trends.py" line="139"/>
        <source>Trends across rounds</source>
        <translation>Tendences pa kārtām</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="43"/>
        <location filename="../../reports/trends.py" line="137"/>
        <source>Trends across rounds: wall chart</source>
        <translation>Tendences pa kārtām: sienas plakāts</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="107"/>
        <location filename="../../reports/results.py" line="354"/>
        <source>Main reason</source>
        <translation>Galvenais iemesls</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="136"/>
        <source>What we agreed to do</source>
        <translation>Par ko mēs vienojāmies</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="142"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="143"/>
        <source>By when</source>
        <translation>Līdz kuram laikam</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="150"/>
        <location filename="../../reports/results.py" line="369"/>
        <source>No actions have been agreed yet.</source>
        <translation>Vēl nav saskaņota neviena darbība.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="179"/>
        <location filename="../../reports/results.py" line="234"/>
        <source>Self-assessment</source>
        <translation>Pašnovērtējums</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="167"/>
        <source>Previous round</source>
        <translation>Iepriekšējā kārta</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="106"/>
        <location filename="../../reports/results.py" line="168"/>
        <source>Change</source>
        <translation>Izmaiņas</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="86"/>
        <location filename="../../reports/results.py" line="225"/>
        <location filename="../../reports/trends.py" line="145"/>
        <source>This is the first round: no earlier scores.</source>
        <translation>Šī ir pirmā kārta: agrāku vērtējumu nav.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="62"/>
        <source>New this round</source>
        <translation>Jauns šajā kārtā</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="92"/>
        <source>Round {then} {arrow} round {now}</source>
        <translation>Kārta {then} {arrow} kārta {now}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="166"/>
        <source>This round</source>
        <translation>Šī kārta</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="228"/>
        <source>Community scores and self-assessment</source>
        <translation>Kopienas vērtējumi un pašnovērtējums</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="259"/>
        <source>Strengths</source>
        <translation>Stiprās puses</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="260"/>
        <source>Weaknesses</source>
        <translation>Vājās puses</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="264"/>
        <location filename="../../reports/results.py" line="302"/>
        <source>None this round.</source>
        <translation>Šajā kārtā nav.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="269"/>
        <source>Suggestions from the groups</source>
        <translation>Grupu ierosinājumi</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="275"/>
        <source>In the plan</source>
        <translation>Plānā</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="279"/>
        <location filename="../../reports/results.py" line="386"/>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="366"/>
        <source>Actions</source>
        <translation>Darbības</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="420"/>
        <source>Interface meeting: {date}</source>
        <translation>Kopīgā sanāksme: {date}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="442"/>
        <source>Visit date</source>
        <translation>Apmeklējuma datums</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="443"/>
        <source>Visited by</source>
        <translation>Apmeklētājs</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="453"/>
        <source>Status so far</source>
        <translation>Stāvoklis līdz šim</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="454"/>
        <source>Done?</source>
        <translation>Izdarīts?</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="455"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="473"/>
        <source>Agreed in round {n}</source>
        <translation>Norunāts {n}. kārtā</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="490"/>
        <source>{n} unfinished actions from earlier rounds are carried forward.</source>
        <translation>No iepriekšējām kārtām pārnestas {n} nepabeigtas darbības.</translation>
    </message>
    <message>
        <location filename="../../reports/stickers.py" line="70"/>
        <source>Participant</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <location filename="../../reports/context.py" line="84"/>
        <source>no change</source>
        <translation>bez izmaiņām</translation>
    </message>
    <message>
        <location filename="../../reports/context.py" line="86"/>
        <source>up {n}</source>
        <translation>pieaugums {n}</translation>
    </message>
    <message>
        <location filename="../../reports/context.py" line="87"/>
        <source>down {n}</source>
        <translation>kritums {n}</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../core/scales.py" line="18"/>
        <source>Very bad</source>
        <translation>Ļoti slikti</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="19"/>
        <source>Bad</source>
        <translation>Slikti</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="20"/>
        <source>Acceptable</source>
        <translation>Pieņemami</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="21"/>
        <source>Good</source>
        <translation>Labi</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="22"/>
        <source>Very good</source>
        <translation>Ļoti labi</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="96"/>
        <source>1–5 with faces</source>
        <translation>1–5 ar sejiņām</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="97"/>
        <source>1–10</source>
        <translation>1–10</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="98"/>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location filename="../../core/aggregation.py" line="23"/>
        <source>Rounds on the same scale are compared in that scale&apos;s units. A round scored on another scale is re-expressed on this round&apos;s scale through 0–100: its score&apos;s position between the lowest and the highest mark is kept.</source>
        <translation>Kārtas ar vienu skalu salīdzina šīs skalas vienībās. Kārtu, kas vērtēta citā skalā, pārrēķina šīs kārtas skalā caur 0–100: vērtējuma vieta starp zemāko un augstāko atzīmi saglabājas.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../core/stages.py" line="11"/>
        <source>Setup</source>
        <translation>Sagatavošana</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="12"/>
        <source>Participants</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="13"/>
        <source>Input tracking</source>
        <translation>Resursu uzskaite</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="14"/>
        <source>Issues</source>
        <translation>Problēmas</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="15"/>
        <source>Indicators</source>
        <translation>Rādītāji</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="16"/>
        <source>Community scoring</source>
        <translation>Kopienas vērtējums</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="17"/>
        <source>Provider self-evaluation</source>
        <translation>Pakalpojuma sniedzēja pašnovērtējums</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="18"/>
        <source>Interface meeting</source>
        <translation>Kopīgā sanāksme</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="19"/>
        <source>Action plan</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="20"/>
        <source>Follow-up</source>
        <translation>Turpmākā uzraudzība</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../core/entities.py" line="18"/>
        <source>Health centre</source>
        <translation>Veselības centrs</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="19"/>
        <source>Primary school</source>
        <translation>Sākumskola</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="20"/>
        <source>Water point</source>
        <translation>Ūdens ņemšanas vieta</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="21"/>
        <source>Local administration office</source>
        <translation>Pašvaldības birojs</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="24"/>
        <source>Community</source>
        <translation>Kopiena</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="25"/>
        <source>Service provider</source>
        <translation>Pakalpojuma sniedzējs</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="28"/>
        <source>Women</source>
        <translation>Sievietes</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="29"/>
        <source>Men</source>
        <translation>Vīrieši</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="30"/>
        <source>Youth</source>
        <translation>Jaunieši</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="31"/>
        <source>Elders</source>
        <translation>Seniori</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="32"/>
        <source>People with disabilities</source>
        <translation>Cilvēki ar invaliditāti</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="33"/>
        <source>Staff</source>
        <translation>Darbinieki</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="34"/>
        <location filename="../../core/entities.py" line="56"/>
        <source>Other</source>
        <translation>Cits</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="37"/>
        <source>Group consensus</source>
        <translation>Grupas vienošanās</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="38"/>
        <source>Individual votes</source>
        <translation>Individuālās balsis</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="39"/>
        <source>Both</source>
        <translation>Abi</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="42"/>
        <location filename="../../core/entities.py" line="47"/>
        <source>In progress</source>
        <translation>Procesā</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="43"/>
        <source>Complete</source>
        <translation>Pabeigts</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="46"/>
        <source>Not started</source>
        <translation>Nav sākts</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="48"/>
        <source>Done</source>
        <translation>Izdarīts</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="49"/>
        <source>Dropped</source>
        <translation>Atcelts</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="50"/>
        <source>Blocked</source>
        <translation>Bloķēts</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="54"/>
        <source>Female</source>
        <translation>Sieviete</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="55"/>
        <source>Male</source>
        <translation>Vīrietis</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="61"/>
        <source>High</source>
        <translation>Augsta</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="62"/>
        <source>Medium</source>
        <translation>Vidēja</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="63"/>
        <source>Low</source>
        <translation>Zema</translation>
    </message>
</context>
</TS>
