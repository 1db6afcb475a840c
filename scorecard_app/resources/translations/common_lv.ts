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
        <location filename="../../core/checks.py" line="130"/>
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
        <location filename="../../core/checks.py" line="141"/>
        <source>The interface meeting has no date.</source>
        <translation>Kopīgajai sanāksmei nav datuma.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="147"/>
        <source>No officials are recorded at the interface meeting.</source>
        <translation>Kopīgajā sanāksmē nav reģistrēta neviena amatpersona.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="156"/>
        <source>The action plan has no actions.</source>
        <translation>Rīcības plānā nav nevienas darbības.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="162"/>
        <source>Action &apos;{action}&apos; has nobody responsible.</source>
        <translation>Darbībai &apos;{action}&apos; nav atbildīgā.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="170"/>
        <source>Action &apos;{action}&apos; has no due date.</source>
        <translation>Darbībai &apos;{action}&apos; nav termiņa.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="183"/>
        <source>No follow-up has been recorded for any action.</source>
        <translation>Nevienai darbībai nav reģistrēta uzraudzība.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="209"/>
        <source>There is no women&apos;s group.</source>
        <translation>Nav sieviešu grupas.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="210"/>
        <source>There is no youth group.</source>
        <translation>Nav jauniešu grupas.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="221"/>
        <source>Women are {percent}% of participants.</source>
        <translation>Sievietes ir {percent}% no dalībniekiem.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="229"/>
        <source>No participant with a disability is recorded.</source>
        <translation>Nav reģistrēts neviens dalībnieks ar invaliditāti.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="234"/>
        <source>No young participant is recorded.</source>
        <translation>Nav reģistrēts neviens jauns dalībnieks.</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../reports/blank_sheets.py" line="31"/>
        <location filename="../../reports/blank_sheets.py" line="281"/>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="32"/>
        <source>Facilitator</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="42"/>
        <location filename="../../reports/registry.py" line="30"/>
        <source>Score sheet</source>
        <translation>Vērtēšanas lapa</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="53"/>
        <location filename="../../reports/blank_sheets.py" line="98"/>
        <location filename="../../reports/blank_sheets.py" line="124"/>
        <location filename="../../reports/blank_sheets.py" line="169"/>
        <location filename="../../reports/blank_sheets.py" line="248"/>
        <location filename="../../reports/results.py" line="283"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="54"/>
        <location filename="../../reports/blank_sheets.py" line="99"/>
        <location filename="../../reports/blank_sheets.py" line="125"/>
        <location filename="../../reports/head_office.py" line="181"/>
        <location filename="../../reports/results.py" line="63"/>
        <location filename="../../reports/results.py" line="117"/>
        <location filename="../../reports/results.py" line="188"/>
        <location filename="../../reports/results.py" line="264"/>
        <location filename="../../reports/results.py" line="284"/>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="55"/>
        <location filename="../../reports/results.py" line="64"/>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="56"/>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="57"/>
        <location filename="../../reports/results.py" line="190"/>
        <source>Suggestion</source>
        <translation>Ierosinājums</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="74"/>
        <location filename="../../reports/registry.py" line="31"/>
        <source>Ballot</source>
        <translation>Vēlēšanu zīme</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="79"/>
        <source>Participant number</source>
        <translation>Dalībnieka numurs</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="80"/>
        <location filename="../../reports/head_office.py" line="109"/>
        <location filename="../../reports/results.py" line="189"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="86"/>
        <source>Circle one face for each indicator. Do not write your name.</source>
        <translation>Katram rādītājam apvelciet vienu sejiņu. Nerakstiet savu vārdu.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="100"/>
        <source>Your score</source>
        <translation>Jūsu vērtējums</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="108"/>
        <source>Tally sheet</source>
        <translation>Skaitīšanas lapa</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="116"/>
        <source>Count the hands raised for each level and write the number.</source>
        <translation>Saskaitiet paceltās rokas katram līmenim un ierakstiet skaitu.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="140"/>
        <source>Disability</source>
        <translation>Invaliditāte</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="141"/>
        <source>Minority</source>
        <translation>Minoritāte</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="142"/>
        <source>Poor</source>
        <translation>Trūcīgs</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="143"/>
        <location filename="../../reports/head_office.py" line="153"/>
        <source>Youth</source>
        <translation>Jaunietis</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="150"/>
        <location filename="../../reports/registry.py" line="32"/>
        <source>Attendance sheet</source>
        <translation>Apmeklējuma lapa</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="159"/>
        <source>Gender: F, M or O. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
        <translation>Dzimums: F (sieviete), M (vīrietis) vai O (cits). Vecuma grupa: līdz 18, 18–24, 25–34, 35–49, 50–64, 65+. Atzīmējiet atbilstošo; vārds nav obligāts.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="170"/>
        <source>Name (optional)</source>
        <translation>Vārds (nav obligāts)</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="171"/>
        <source>Gender</source>
        <translation>Dzimums</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="172"/>
        <source>Age band</source>
        <translation>Vecuma grupa</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="174"/>
        <source>Signature or thumbprint</source>
        <translation>Paraksts vai pirksta nospiedums</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="197"/>
        <location filename="../../reports/registry.py" line="33"/>
        <source>Input tracking matrix</source>
        <translation>Resursu uzskaites tabula</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="201"/>
        <source>Input or service</source>
        <translation>Resurss vai pakalpojums</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="202"/>
        <source>Unit</source>
        <translation>Mērvienība</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="203"/>
        <source>Entitlement</source>
        <translation>Pienākas</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="204"/>
        <source>Source of entitlement</source>
        <translation>Tiesību avots</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="205"/>
        <location filename="../../reports/head_office.py" line="77"/>
        <source>Actual</source>
        <translation>Faktiski</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="206"/>
        <location filename="../../reports/results.py" line="120"/>
        <location filename="../../reports/results.py" line="230"/>
        <source>Gap</source>
        <translation>Starpība</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="207"/>
        <source>Remarks</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="233"/>
        <location filename="../../reports/registry.py" line="34"/>
        <source>Issue prioritisation sheet</source>
        <translation>Problēmu prioritizēšanas lapa</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="238"/>
        <source>Write each issue once. Everyone gives their votes; the issues with most votes become indicators.</source>
        <translation>Katru problēmu ierakstiet vienreiz. Katrs balso; problēmas ar visvairāk balsīm kļūst par rādītājiem.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="249"/>
        <source>Issue</source>
        <translation>Problēma</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="250"/>
        <source>Raised by</source>
        <translation>Izvirzīja</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="251"/>
        <source>Votes</source>
        <translation>Balsis</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="252"/>
        <source>Rank</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="270"/>
        <location filename="../../reports/results.py" line="234"/>
        <source>Service provider</source>
        <translation>Pakalpojuma sniedzējs</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="271"/>
        <source>Community representative</source>
        <translation>Kopienas pārstāvis</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="272"/>
        <source>Local official</source>
        <translation>Pašvaldības amatpersona</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="279"/>
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="280"/>
        <source>Signature</source>
        <translation>Paraksts</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="289"/>
        <source>Signatures</source>
        <translation>Paraksti</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="300"/>
        <location filename="../../reports/registry.py" line="35"/>
        <source>Action plan form</source>
        <translation>Rīcības plāna veidlapa</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="304"/>
        <source>Indicator or issue</source>
        <translation>Rādītājs vai problēma</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="305"/>
        <location filename="../../reports/head_office.py" line="245"/>
        <location filename="../../reports/results.py" line="88"/>
        <location filename="../../reports/results.py" line="285"/>
        <location filename="../../reports/results.py" line="351"/>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="306"/>
        <location filename="../../reports/head_office.py" line="246"/>
        <location filename="../../reports/results.py" line="286"/>
        <location filename="../../reports/results.py" line="352"/>
        <source>Responsible</source>
        <translation>Atbildīgais</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="307"/>
        <source>Institution</source>
        <translation>Iestāde</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="308"/>
        <location filename="../../reports/head_office.py" line="247"/>
        <location filename="../../reports/results.py" line="287"/>
        <location filename="../../reports/results.py" line="353"/>
        <source>Due date</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="309"/>
        <location filename="../../reports/results.py" line="288"/>
        <source>Resources</source>
        <translation>Resursi</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="310"/>
        <location filename="../../reports/results.py" line="291"/>
        <source>Priority</source>
        <translation>Prioritāte</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="20"/>
        <location filename="../../reports/layout.py" line="225"/>
        <source>Round {n}</source>
        <translation>{n}. kārta</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="42"/>
        <location filename="../../reports/registry.py" line="42"/>
        <source>Report for head office</source>
        <translation>Ziņojums centrālajam birojam</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="45"/>
        <source>Cycle</source>
        <translation>Cikls</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="48"/>
        <source>Facility</source>
        <translation>Iestāde</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="52"/>
        <source>Sector</source>
        <translation>Nozare</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="55"/>
        <location filename="../../reports/head_office.py" line="182"/>
        <location filename="../../reports/results.py" line="118"/>
        <location filename="../../reports/results.py" line="159"/>
        <location filename="../../reports/results.py" line="233"/>
        <source>Community</source>
        <translation>Kopiena</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="56"/>
        <source>Round</source>
        <translation>Kārta</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="57"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="59"/>
        <source>Scoring</source>
        <translation>Vērtēšanas veids</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="62"/>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="63"/>
        <source>Lead facilitator</source>
        <translation>Galvenais vadītājs</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="64"/>
        <location filename="../../reports/head_office.py" line="248"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="65"/>
        <source>Next review</source>
        <translation>Nākamā pārskatīšana</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="68"/>
        <source>Training cycle</source>
        <translation>Apmācību cikls</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="72"/>
        <source>Stage dates</source>
        <translation>Posmu datumi</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="75"/>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="76"/>
        <source>Planned</source>
        <translation>Plānots</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="78"/>
        <source>Days late</source>
        <translation>Dienas kavējums</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="106"/>
        <source>Participation</source>
        <translation>Dalība</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="110"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="111"/>
        <source>Participants</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="117"/>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="130"/>
        <source>Community participants by attribute</source>
        <translation>Kopienas dalībnieki pēc pazīmes</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="131"/>
        <source>Count (share)</source>
        <translation>Skaits (daļa)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="141"/>
        <source>Gender not recorded</source>
        <translation>Dzimums nav norādīts</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="147"/>
        <source>Age {band}</source>
        <translation>Vecums {band}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="150"/>
        <source>With a disability</source>
        <translation>Ar invaliditāti</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="151"/>
        <source>From a minority</source>
        <translation>No minoritātes</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="152"/>
        <source>Poor households</source>
        <translation>Trūcīgas mājsaimniecības</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="164"/>
        <location filename="../../reports/results.py" line="265"/>
        <source>Scores</source>
        <translation>Vērtējumi</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="167"/>
        <source>Raw scores are medians on the cycle&apos;s scale; 0–100 makes rounds on different scales comparable. The trend lists the community score (0–100) by round.</source>
        <translation>Neapstrādātie vērtējumi ir mediānas cikla skalā; 0–100 ļauj salīdzināt kārtas ar dažādām skalām. Tendence rāda kopienas vērtējumu (0–100) pa kārtām.</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="178"/>
        <source>R{n}</source>
        <translation>{n}. k</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="183"/>
        <source>Community 0–100</source>
        <translation>Kopiena 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="184"/>
        <source>Provider</source>
        <translation>Sniedzējs</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="185"/>
        <source>Provider 0–100</source>
        <translation>Sniedzējs 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="186"/>
        <source>Trend</source>
        <translation>Tendence</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="222"/>
        <source>Action plan completion</source>
        <translation>Rīcības plāna izpilde</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="226"/>
        <source>Actions agreed</source>
        <translation>Saskaņotās darbības</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="228"/>
        <source>Done</source>
        <translation>Izdarīts</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="231"/>
        <source>Still open</source>
        <translation>Vēl atvērts</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="232"/>
        <location filename="../../reports/head_office.py" line="251"/>
        <location filename="../../reports/results.py" line="348"/>
        <source>Overdue</source>
        <translation>Nokavēts</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="234"/>
        <source>Escalated (cannot be solved locally)</source>
        <translation>Nodots augstāk (nevar atrisināt uz vietas)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="242"/>
        <source>Overdue and escalated actions</source>
        <translation>Nokavētās un augstāk nodotās darbības</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="252"/>
        <source>Escalated</source>
        <translation>Nodots augstāk</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="206"/>
        <source>Page {page} of {pages}</source>
        <translation>{page}. lpp. no {pages}</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="229"/>
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
        <location filename="../../reports/results.py" line="53"/>
        <source>Community scorecard results</source>
        <translation>Kopienas vērtējuma rezultāti</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="38"/>
        <location filename="../../reports/results.py" line="147"/>
        <source>Report for the service provider</source>
        <translation>Ziņojums pakalpojuma sniedzējam</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="39"/>
        <location filename="../../reports/results.py" line="228"/>
        <source>Interface meeting: community and provider</source>
        <translation>Kopīgā sanāksme: kopiena un sniedzējs</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="40"/>
        <location filename="../../reports/results.py" line="315"/>
        <source>Joint action plan</source>
        <translation>Kopīgais rīcības plāns</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="41"/>
        <location filename="../../reports/results.py" line="337"/>
        <source>Follow-up checklist</source>
        <translation>Uzraudzības kontrolsaraksts</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="65"/>
        <location filename="../../reports/results.py" line="267"/>
        <source>Main reason</source>
        <translation>Galvenais iemesls</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="83"/>
        <source>What we agreed to do</source>
        <translation>Par ko mēs vienojāmies</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="89"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="90"/>
        <source>By when</source>
        <translation>Līdz kuram laikam</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="97"/>
        <location filename="../../reports/results.py" line="280"/>
        <source>No actions have been agreed yet.</source>
        <translation>Vēl nav saskaņota neviena darbība.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="101"/>
        <location filename="../../reports/results.py" line="378"/>
        <source>Next review: {date}</source>
        <translation>Nākamā pārskatīšana: {date}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="119"/>
        <location filename="../../reports/results.py" line="160"/>
        <source>Self-assessment</source>
        <translation>Pašnovērtējums</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="121"/>
        <source>Previous round</source>
        <translation>Iepriekšējā kārta</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="122"/>
        <source>Change</source>
        <translation>Izmaiņas</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="151"/>
        <source>This is the first round: no earlier scores.</source>
        <translation>Šī ir pirmā kārta: agrāku vērtējumu nav.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="154"/>
        <source>Community scores and self-assessment</source>
        <translation>Kopienas vērtējumi un pašnovērtējums</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="176"/>
        <source>Strengths</source>
        <translation>Stiprās puses</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="177"/>
        <source>Weaknesses</source>
        <translation>Vājās puses</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="181"/>
        <location filename="../../reports/results.py" line="218"/>
        <source>None this round.</source>
        <translation>Šajā kārtā nav.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="185"/>
        <source>Suggestions from the groups</source>
        <translation>Grupu ierosinājumi</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="191"/>
        <source>In the plan</source>
        <translation>Plānā</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="195"/>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="277"/>
        <source>Actions</source>
        <translation>Darbības</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="321"/>
        <source>Interface meeting: {date}</source>
        <translation>Kopīgā sanāksme: {date}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="342"/>
        <source>Visit date</source>
        <translation>Apmeklējuma datums</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="343"/>
        <source>Visited by</source>
        <translation>Apmeklētājs</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="354"/>
        <source>Status so far</source>
        <translation>Stāvoklis līdz šim</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="355"/>
        <source>Done?</source>
        <translation>Izdarīts?</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="356"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../reports/stickers.py" line="69"/>
        <source>Participant</source>
        <translation>Dalībnieks</translation>
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
