<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../core/checks.py" line="34"/>
        <source>The facility has no name.</source>
        <translation>Asutusel pole nime.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="37"/>
        <source>The community&apos;s location is empty.</source>
        <translation>Kogukonna asukoht on tühi.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="40"/>
        <source>No lead facilitator is named.</source>
        <translation>Juhtivat läbiviijat pole nimetatud.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="48"/>
        <source>There is no community group.</source>
        <translation>Kogukonna rühma pole.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="54"/>
        <location filename="../../core/checks.py" line="131"/>
        <source>There is no service provider group.</source>
        <translation>Teenuseosutajate rühma pole.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="62"/>
        <source>The {group} group has no participants.</source>
        <translation>Rühmas {group} pole osalejaid.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="72"/>
        <source>No input items are tracked yet.</source>
        <translation>Ühtegi sisendit veel ei jälgita.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="78"/>
        <source>Input &apos;{item}&apos; has no actual value.</source>
        <translation>Sisendil &apos;{item}&apos; pole tegelikku väärtust.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="87"/>
        <source>No issues have been raised yet.</source>
        <translation>Ühtegi probleemi pole veel tõstatatud.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="94"/>
        <source>No indicators have been chosen yet.</source>
        <translation>Ühtegi näitajat pole veel valitud.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="142"/>
        <source>The interface meeting has no date.</source>
        <translation>Ühiskohtumisel pole kuupäeva.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="148"/>
        <source>No officials are recorded at the interface meeting.</source>
        <translation>Ühiskohtumisel ei ole ühtegi ametnikku kirja pandud.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="157"/>
        <source>The action plan has no actions.</source>
        <translation>Tegevuskavas pole tegevusi.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="163"/>
        <source>Action &apos;{action}&apos; has nobody responsible.</source>
        <translation>Tegevusel &apos;{action}&apos; pole vastutajat.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="171"/>
        <source>Action &apos;{action}&apos; has no due date.</source>
        <translation>Tegevusel &apos;{action}&apos; pole tähtaega.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="184"/>
        <source>No follow-up has been recorded for any action.</source>
        <translation>Ühegi tegevuse kohta pole järeltegevust kirja pandud.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="210"/>
        <source>There is no women&apos;s group.</source>
        <translation>Naiste rühma pole.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="211"/>
        <source>There is no youth group.</source>
        <translation>Noorte rühma pole.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="222"/>
        <source>Women are {percent}% of participants.</source>
        <translation>Naisi on osalejatest {percent}%.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="230"/>
        <source>No participant with a disability is recorded.</source>
        <translation>Ühtegi puudega osalejat pole kirja pandud.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="235"/>
        <source>No young participant is recorded.</source>
        <translation>Ühtegi noort osalejat pole kirja pandud.</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../reports/blank_sheets.py" line="34"/>
        <location filename="../../reports/blank_sheets.py" line="371"/>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="35"/>
        <source>Facilitator</source>
        <translation>Läbiviija</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="45"/>
        <location filename="../../reports/registry.py" line="30"/>
        <source>Score sheet</source>
        <translation>Hindamisleht</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="56"/>
        <location filename="../../reports/blank_sheets.py" line="181"/>
        <location filename="../../reports/blank_sheets.py" line="251"/>
        <location filename="../../reports/blank_sheets.py" line="338"/>
        <location filename="../../reports/results.py" line="372"/>
        <source>No.</source>
        <translation>Nr</translation>
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
        <translation>Näitaja</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="58"/>
        <location filename="../../reports/results.py" line="103"/>
        <source>Score</source>
        <translation>Hinne</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="59"/>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="60"/>
        <location filename="../../reports/results.py" line="274"/>
        <source>Suggestion</source>
        <translation>Ettepanek</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="78"/>
        <location filename="../../reports/registry.py" line="31"/>
        <source>Ballot</source>
        <translation>Hääletussedel</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="81"/>
        <source>Participant number</source>
        <translation>Osaleja number</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="82"/>
        <location filename="../../reports/head_office.py" line="110"/>
        <location filename="../../reports/results.py" line="273"/>
        <source>Group</source>
        <translation>Rühm</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="86"/>
        <source>Circle one face for each indicator. Do not write your name.</source>
        <translation>Tehke iga näitaja juures ring ümber ühe näo. Ärge kirjutage oma nime.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="165"/>
        <source>Tally sheet</source>
        <translation>Loenduse leht</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="173"/>
        <source>Count the hands raised for each level and write the number.</source>
        <translation>Loendage iga taseme juures tõstetud käed ja kirjutage arv.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="204"/>
        <source>F</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="205"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="206"/>
        <source>O</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="218"/>
        <source>Gender: {codes}. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
        <translation>Sugu: {codes}. Vanuserühm: alla 18, 18–24, 25–34, 35–49, 50–64, 65+. Märgi, mis kehtib; nimi pole kohustuslik.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="228"/>
        <source>Disability</source>
        <translation>Puue</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="229"/>
        <source>Minority</source>
        <translation>Vähemus</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="230"/>
        <source>Poor</source>
        <translation>Vaene</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="231"/>
        <location filename="../../reports/head_office.py" line="154"/>
        <source>Youth</source>
        <translation>Noor</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="241"/>
        <location filename="../../reports/registry.py" line="32"/>
        <source>Attendance sheet</source>
        <translation>Osalejate nimekiri</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="252"/>
        <source>Name (optional)</source>
        <translation>Nimi (vabatahtlik)</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="253"/>
        <source>Gender</source>
        <translation>Sugu</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="254"/>
        <source>Age band</source>
        <translation>Vanuserühm</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="256"/>
        <source>Signature or thumbprint</source>
        <translation>Allkiri või sõrmejälg</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="287"/>
        <location filename="../../reports/registry.py" line="33"/>
        <source>Input tracking matrix</source>
        <translation>Sisendite jälgimise tabel</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="291"/>
        <source>Input or service</source>
        <translation>Sisend või teenus</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="292"/>
        <source>Unit</source>
        <translation>Ühik</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="293"/>
        <source>Entitlement</source>
        <translation>Ettenähtud</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="294"/>
        <source>Source of entitlement</source>
        <translation>Aluse allikas</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="295"/>
        <location filename="../../reports/head_office.py" line="78"/>
        <source>Actual</source>
        <translation>Tegelik</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="296"/>
        <location filename="../../reports/results.py" line="172"/>
        <location filename="../../reports/results.py" line="314"/>
        <location filename="../../reports/trends.py" line="170"/>
        <source>Gap</source>
        <translation>Vahe</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="297"/>
        <source>Remarks</source>
        <translation>Märkused</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="323"/>
        <location filename="../../reports/registry.py" line="34"/>
        <source>Issue prioritisation sheet</source>
        <translation>Probleemide järjestamise leht</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="328"/>
        <source>Write each issue once. Everyone gives their votes; the issues with most votes become indicators.</source>
        <translation>Kirjutage iga probleem üks kord. Igaüks annab oma hääled; enim hääli saanud probleemidest saavad näitajad.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="339"/>
        <source>Issue</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="340"/>
        <source>Raised by</source>
        <translation>Tõstatas</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="341"/>
        <source>Votes</source>
        <translation>Hääled</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="342"/>
        <source>Rank</source>
        <translation>Koht</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="360"/>
        <location filename="../../reports/results.py" line="318"/>
        <location filename="../../reports/trends.py" line="160"/>
        <source>Service provider</source>
        <translation>Teenuseosutaja</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="361"/>
        <source>Community representative</source>
        <translation>Kogukonna esindaja</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="362"/>
        <source>Local official</source>
        <translation>Kohalik ametnik</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="369"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="370"/>
        <source>Signature</source>
        <translation>Allkiri</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="379"/>
        <source>Signatures</source>
        <translation>Allkirjad</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="390"/>
        <location filename="../../reports/registry.py" line="35"/>
        <source>Action plan form</source>
        <translation>Tegevuskava vorm</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="394"/>
        <source>Indicator or issue</source>
        <translation>Näitaja või probleem</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="395"/>
        <location filename="../../reports/head_office.py" line="274"/>
        <location filename="../../reports/results.py" line="141"/>
        <location filename="../../reports/results.py" line="374"/>
        <location filename="../../reports/results.py" line="450"/>
        <source>Action</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="396"/>
        <location filename="../../reports/head_office.py" line="275"/>
        <location filename="../../reports/results.py" line="375"/>
        <location filename="../../reports/results.py" line="451"/>
        <source>Responsible</source>
        <translation>Vastutaja</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="397"/>
        <source>Institution</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="398"/>
        <location filename="../../reports/head_office.py" line="276"/>
        <location filename="../../reports/results.py" line="376"/>
        <location filename="../../reports/results.py" line="452"/>
        <source>Due date</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="399"/>
        <location filename="../../reports/results.py" line="377"/>
        <source>Resources</source>
        <translation>Vahendid</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="400"/>
        <location filename="../../reports/results.py" line="381"/>
        <source>Priority</source>
        <translation>Tähtsus</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="20"/>
        <location filename="../../reports/layout.py" line="272"/>
        <source>Round {n}</source>
        <translation>{n}. voor</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="43"/>
        <location filename="../../reports/registry.py" line="44"/>
        <source>Report for head office</source>
        <translation>Aruanne peakontorile</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="46"/>
        <source>Cycle</source>
        <translation>Tsükkel</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="49"/>
        <source>Facility</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="53"/>
        <source>Sector</source>
        <translation>Valdkond</translation>
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
        <translation>Kogukond</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="57"/>
        <source>Round</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="58"/>
        <source>Scale</source>
        <translation>Skaala</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="60"/>
        <source>Scoring</source>
        <translation>Hindamisviis</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="63"/>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="64"/>
        <source>Lead facilitator</source>
        <translation>Juhtiv läbiviija</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="65"/>
        <location filename="../../reports/head_office.py" line="277"/>
        <location filename="../../reports/results.py" line="382"/>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="66"/>
        <location filename="../../reports/results.py" line="51"/>
        <source>Next review</source>
        <translation>Järgmine ülevaatus</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="69"/>
        <source>Training cycle</source>
        <translation>Koolitustsükkel</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="73"/>
        <source>Stage dates</source>
        <translation>Etappide kuupäevad</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="76"/>
        <source>Stage</source>
        <translation>Etapp</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="77"/>
        <source>Planned</source>
        <translation>Kavandatud</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="79"/>
        <source>Days late</source>
        <translation>Päevi hiljem</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="107"/>
        <source>Participation</source>
        <translation>Osalemine</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="111"/>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="112"/>
        <source>Participants</source>
        <translation>Osalejad</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="118"/>
        <source>Total</source>
        <translation>Kokku</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="131"/>
        <source>Community participants by attribute</source>
        <translation>Kogukonna osalejad tunnuse järgi</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="132"/>
        <source>Count (share)</source>
        <translation>Arv (osakaal)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="142"/>
        <source>Gender not recorded</source>
        <translation>Sugu märkimata</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="148"/>
        <source>Age {band}</source>
        <translation>Vanus {band}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="151"/>
        <source>With a disability</source>
        <translation>Puudega</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="152"/>
        <source>From a minority</source>
        <translation>Vähemusest</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="153"/>
        <source>Poor households</source>
        <translation>Vaesed leibkonnad</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="170"/>
        <location filename="../../reports/results.py" line="352"/>
        <source>Scores</source>
        <translation>Hinded</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="174"/>
        <source>Raw scores are medians on the cycle&apos;s scale; 0–100 makes cycles on different scales comparable. The trends list the community&apos;s and the providers&apos; scores, round by round, in this round&apos;s scale units.</source>
        <translation>Toorhinded on mediaanid tsükli skaalal; 0–100 teeb eri skaaladega tsüklid võrreldavaks. Suundumused näitavad kogukonna ja teenuseosutajate hindeid voor voorult selle vooru skaala ühikutes.</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="189"/>
        <source>Rounds {first}–{last}</source>
        <translation>Voorud {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../reports/trends.py" line="149"/>
        <source>Scores of rounds {rounds} on the scale {scale}.</source>
        <translation>Voorude {rounds} hinded skaalal {scale}.</translation>
    </message>
    <message>
        <location filename="../../reports/trends.py" line="169"/>
        <source>R{n}</source>
        <translation>{n}. v</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="197"/>
        <source>Community 0–100</source>
        <translation>Kogukond 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="198"/>
        <location filename="../../reports/head_office.py" line="209"/>
        <source>Provider</source>
        <translation>Teenuseosutaja</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="199"/>
        <source>Provider 0–100</source>
        <translation>Teenuseosutaja 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="200"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="242"/>
        <source>Action plan completion</source>
        <translation>Tegevuskava täitmine</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="246"/>
        <source>Actions agreed</source>
        <translation>Kokku lepitud tegevused</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="248"/>
        <source>Done</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="251"/>
        <source>Still open</source>
        <translation>Veel pooleli</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="252"/>
        <location filename="../../reports/head_office.py" line="280"/>
        <location filename="../../reports/results.py" line="448"/>
        <source>Overdue</source>
        <translation>Tähtaeg ületatud</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="254"/>
        <source>Escalated (cannot be solved locally)</source>
        <translation>Edasi saadetud (kohapeal ei lahendata)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="261"/>
        <source>Unfinished from earlier rounds</source>
        <translation>Lõpetamata varasematest voorudest</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="271"/>
        <source>Overdue and escalated actions</source>
        <translation>Tähtaja ületanud ja edasi saadetud tegevused</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="281"/>
        <location filename="../../reports/results.py" line="383"/>
        <location filename="../../reports/results.py" line="468"/>
        <source>Escalated</source>
        <translation>Edasi saadetud</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="222"/>
        <source>Page {page} of {pages}</source>
        <translation>Lk {page}/{pages}</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="278"/>
        <source>Printed {date}</source>
        <translation>Trükitud {date}</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="36"/>
        <source>Participant stickers</source>
        <translation>Osalejate kleebised</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="37"/>
        <location filename="../../reports/results.py" line="76"/>
        <source>Community scorecard results</source>
        <translation>Kogukonna hindamise tulemused</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="38"/>
        <location filename="../../reports/results.py" line="221"/>
        <source>Report for the service provider</source>
        <translation>Aruanne teenuseosutajale</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="39"/>
        <location filename="../../reports/results.py" line="312"/>
        <source>Interface meeting: community and provider</source>
        <translation>Ühiskohtumine: kogukond ja teenuseosutaja</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="40"/>
        <location filename="../../reports/results.py" line="414"/>
        <source>Joint action plan</source>
        <translation>Ühine tegevuskava</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="41"/>
        <location filename="../../reports/results.py" line="437"/>
        <source>Follow-up checklist</source>
        <translation>Järeltegevuse kontrollnimekiri</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="42"/>
        <location filename="../../reports/trends.py" line="139"/>
        <source>Trends across rounds</source>
        <translation>Suundumused voorude lõikes</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="43"/>
        <location filename="../../reports/trends.py" line="137"/>
        <source>Trends across rounds: wall chart</source>
        <translation>Suundumused voorude lõikes: seinatabel</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="107"/>
        <location filename="../../reports/results.py" line="354"/>
        <source>Main reason</source>
        <translation>Peamine põhjus</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="136"/>
        <source>What we agreed to do</source>
        <translation>Mida me kokku leppisime</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="142"/>
        <source>Who</source>
        <translation>Kes</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="143"/>
        <source>By when</source>
        <translation>Mis ajaks</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="150"/>
        <location filename="../../reports/results.py" line="369"/>
        <source>No actions have been agreed yet.</source>
        <translation>Ühtegi tegevust pole veel kokku lepitud.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="179"/>
        <location filename="../../reports/results.py" line="234"/>
        <source>Self-assessment</source>
        <translation>Enesehinnang</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="167"/>
        <source>Previous round</source>
        <translation>Eelmine voor</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="106"/>
        <location filename="../../reports/results.py" line="168"/>
        <source>Change</source>
        <translation>Muutus</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="86"/>
        <location filename="../../reports/results.py" line="225"/>
        <location filename="../../reports/trends.py" line="145"/>
        <source>This is the first round: no earlier scores.</source>
        <translation>See on esimene voor: varasemaid hindeid pole.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="62"/>
        <source>New this round</source>
        <translation>Uus selles voorus</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="92"/>
        <source>Round {then} {arrow} round {now}</source>
        <translation>Voor {then} {arrow} voor {now}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="166"/>
        <source>This round</source>
        <translation>See voor</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="228"/>
        <source>Community scores and self-assessment</source>
        <translation>Kogukonna hinded ja enesehinnang</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="259"/>
        <source>Strengths</source>
        <translation>Tugevused</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="260"/>
        <source>Weaknesses</source>
        <translation>Nõrkused</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="264"/>
        <location filename="../../reports/results.py" line="302"/>
        <source>None this round.</source>
        <translation>Selles voorus pole.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="269"/>
        <source>Suggestions from the groups</source>
        <translation>Rühmade ettepanekud</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="275"/>
        <source>In the plan</source>
        <translation>Kavas</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="279"/>
        <location filename="../../reports/results.py" line="386"/>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="366"/>
        <source>Actions</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="420"/>
        <source>Interface meeting: {date}</source>
        <translation>Ühiskohtumine: {date}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="442"/>
        <source>Visit date</source>
        <translation>Külastuse kuupäev</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="443"/>
        <source>Visited by</source>
        <translation>Külastaja</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="453"/>
        <source>Status so far</source>
        <translation>Seis praeguseks</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="454"/>
        <source>Done?</source>
        <translation>Tehtud?</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="455"/>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="473"/>
        <source>Agreed in round {n}</source>
        <translation>Kokku lepitud voorus {n}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="490"/>
        <source>{n} unfinished actions from earlier rounds are carried forward.</source>
        <translation>Varasematest voorudest kantakse edasi {n} lõpetamata tegevust.</translation>
    </message>
    <message>
        <location filename="../../reports/stickers.py" line="70"/>
        <source>Participant</source>
        <translation>Osaleja</translation>
    </message>
    <message>
        <location filename="../../reports/context.py" line="84"/>
        <source>no change</source>
        <translation>muutuseta</translation>
    </message>
    <message>
        <location filename="../../reports/context.py" line="86"/>
        <source>up {n}</source>
        <translation>tõus {n}</translation>
    </message>
    <message>
        <location filename="../../reports/context.py" line="87"/>
        <source>down {n}</source>
        <translation>langus {n}</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../core/scales.py" line="18"/>
        <source>Very bad</source>
        <translation>Väga halb</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="19"/>
        <source>Bad</source>
        <translation>Halb</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="20"/>
        <source>Acceptable</source>
        <translation>Rahuldav</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="21"/>
        <source>Good</source>
        <translation>Hea</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="22"/>
        <source>Very good</source>
        <translation>Väga hea</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="96"/>
        <source>1–5 with faces</source>
        <translation>1–5 nägudega</translation>
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
        <translation>Sama skaalaga voore võrreldakse selle skaala ühikutes. Teisel skaalal hinnatud voor teisendatakse selle vooru skaalale 0–100 kaudu: hinde asukoht madalaima ja kõrgeima hinde vahel jääb samaks.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../core/stages.py" line="11"/>
        <source>Setup</source>
        <translation>Ettevalmistus</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="12"/>
        <source>Participants</source>
        <translation>Osalejad</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="13"/>
        <source>Input tracking</source>
        <translation>Sisendite jälgimine</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="14"/>
        <source>Issues</source>
        <translation>Probleemid</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="15"/>
        <source>Indicators</source>
        <translation>Näitajad</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="16"/>
        <source>Community scoring</source>
        <translation>Kogukonna hindamine</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="17"/>
        <source>Provider self-evaluation</source>
        <translation>Teenuseosutaja enesehindamine</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="18"/>
        <source>Interface meeting</source>
        <translation>Ühiskohtumine</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="19"/>
        <source>Action plan</source>
        <translation>Tegevuskava</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="20"/>
        <source>Follow-up</source>
        <translation>Järeltegevus</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../core/entities.py" line="18"/>
        <source>Health centre</source>
        <translation>Tervisekeskus</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="19"/>
        <source>Primary school</source>
        <translation>Algkool</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="20"/>
        <source>Water point</source>
        <translation>Veevõtukoht</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="21"/>
        <source>Local administration office</source>
        <translation>Kohalik omavalitsus</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="24"/>
        <source>Community</source>
        <translation>Kogukond</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="25"/>
        <source>Service provider</source>
        <translation>Teenuseosutaja</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="28"/>
        <source>Women</source>
        <translation>Naised</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="29"/>
        <source>Men</source>
        <translation>Mehed</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="30"/>
        <source>Youth</source>
        <translation>Noored</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="31"/>
        <source>Elders</source>
        <translation>Eakad</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="32"/>
        <source>People with disabilities</source>
        <translation>Puudega inimesed</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="33"/>
        <source>Staff</source>
        <translation>Töötajad</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="34"/>
        <location filename="../../core/entities.py" line="56"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="37"/>
        <source>Group consensus</source>
        <translation>Rühma ühisotsus</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="38"/>
        <source>Individual votes</source>
        <translation>Individuaalsed hääled</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="39"/>
        <source>Both</source>
        <translation>Mõlemad</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="42"/>
        <location filename="../../core/entities.py" line="47"/>
        <source>In progress</source>
        <translation>Pooleli</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="43"/>
        <source>Complete</source>
        <translation>Lõpetatud</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="46"/>
        <source>Not started</source>
        <translation>Alustamata</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="48"/>
        <source>Done</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="49"/>
        <source>Dropped</source>
        <translation>Loobutud</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="50"/>
        <source>Blocked</source>
        <translation>Takistatud</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="54"/>
        <source>Female</source>
        <translation>Naine</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="55"/>
        <source>Male</source>
        <translation>Mees</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="61"/>
        <source>High</source>
        <translation>Kõrge</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="62"/>
        <source>Medium</source>
        <translation>Keskmine</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="63"/>
        <source>Low</source>
        <translation>Madal</translation>
    </message>
</context>
</TS>
