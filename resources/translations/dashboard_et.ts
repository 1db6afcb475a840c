<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Dashboard</name>
    <message>
        <source>(no label)</source>
        <translation>(nimeta)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(nimeta)</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(keegi pole nimetatud)</translation>
    </message>
    <message>
        <source>A band says whether a score is on track. Thresholds are on 0–100 (a score of 4 on the 1–5 scale is 75). When high is good, a score at or above the upper threshold is on track and one below the lower threshold is not; when low is good, the other way round.</source>
        <translation>Vöönd näitab, kas hinne on eesmärgi suunas liikumas. Lävendid on skaalal 0–100 (hinne 4 skaalal 1–5 on 75). Kui kõrge on hea, on ülemise lävendi või sellest kõrgem hinne graafikus ja alumisest lävendist madalam mitte; kui madal on hea, siis vastupidi.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Ligipääs</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <source>Action id</source>
        <translation>Tegevuse tunnus</translation>
    </message>
    <message>
        <source>Action id (from a cycle&apos;s page)</source>
        <translation>Tegevuse tunnus (tsükli lehelt)</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>Tegevuste jälgimine</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <source>Add the user</source>
        <translation>Lisa kasutaja</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Haldus</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Haldus</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administraator</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>Võrreldes plaaniga</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Vanuserühm</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Kõik asutused</translation>
    </message>
    <message>
        <source>All indicators (average)</source>
        <translation>Kõik näitajad (keskmine)</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Kõik valdkonnad</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Kõik aastad</translation>
    </message>
    <message>
        <source>An indicator library needs a “sectors” object.</source>
        <translation>Näitajate kogul peab olema objekt „sectors“.</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analüütik</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Rakenda filtrid</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditilogi</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Keskmine</translation>
    </message>
    <message>
        <source>Average (0–100)</source>
        <translation>Keskmine (0–100)</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Tagasi töölauale</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Vöönd</translation>
    </message>
    <message>
        <source>Band saved.</source>
        <translation>Vöönd on salvestatud.</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Vööndid</translation>
    </message>
    <message>
        <source>Bands per indicator</source>
        <translation>Vööndid näitajate kaupa</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Jaotus</translation>
    </message>
    <message>
        <source>By group type, gender and age band</source>
        <translation>Rühma liigi, soo ja vanuserühma järgi</translation>
    </message>
    <message>
        <source>By institution</source>
        <translation>Asutuste kaupa</translation>
    </message>
    <message>
        <source>By responsible person</source>
        <translation>Vastutajate kaupa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muuda</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Muuda parooli</translation>
    </message>
    <message>
        <source>Change since last round</source>
        <translation>Muutus eelmisest voorust</translation>
    </message>
    <message>
        <source>Change the bands</source>
        <translation>Muuda vööndeid</translation>
    </message>
    <message>
        <source>Changes refused and kept aside</source>
        <translation>Tagasi lükatud ja kõrvale pandud muudatused</translation>
    </message>
    <message>
        <source>Choose one of the licences offered.</source>
        <translation>Valige üks pakutud litsentsidest.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Kogukond</translation>
    </message>
    <message>
        <source>Community (0–100)</source>
        <translation>Kogukond (0–100)</translation>
    </message>
    <message>
        <source>Community and service providers</source>
        <translation>Kogukond ja teenuseosutajad</translation>
    </message>
    <message>
        <source>Community and service-provider scores and the gap between them, round by round, on 0–100 (median over the cycles of each round).</source>
        <translation>Kogukonna ja teenuseosutajate hinded ning nende vahe voorude kaupa skaalal 0–100 (iga vooru tsüklite mediaan).</translation>
    </message>
    <message>
        <source>Community scorecard results</source>
        <translation>Kogukonna hindamise tulemused</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Lõpetatud</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Täitmise määr</translation>
    </message>
    <message>
        <source>Completion rate per round</source>
        <translation>Täitmise määr voorude kaupa</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Lahendamist vajavad vastuolud</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Praegune parool</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Tsüklid</translation>
    </message>
    <message>
        <source>Cycles still running, by the stage they reached against their planned dates. Late cycles come first.</source>
        <translation>Käimasolevad tsüklid: milleni on jõutud võrreldes plaanitud kuupäevadega. Hilinenud tsüklid on eespool.</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Päevi hiljaks</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Seade</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Seadmed</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <source>Down {n} since the previous round</source>
        <translation>Langes eelmisest voorust {n}</translation>
    </message>
    <message>
        <source>Download CSV</source>
        <translation>Laadi alla CSV</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-posti aadress</translation>
    </message>
    <message>
        <source>Each facility&apos;s latest round: the community&apos;s score for each indicator, as a number, a word and a band, with an arrow for the change since the previous round. Averages are on a 0–100 scale so different scales compare.</source>
        <translation>Iga asutuse viimane voor: kogukonna hinne iga näitaja kohta numbri, sõna ja vööndina ning nool muutuse kohta eelmisest voorust. Keskmised on skaalal 0–100, et eri skaalad oleksid võrreldavad.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registreeritud</translation>
    </message>
    <message>
        <source>Enrolment codes</source>
        <translation>Registreerimiskoodid</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Edasi saadetud</translation>
    </message>
    <message>
        <source>Every other indicator</source>
        <translation>Kõik muud näitajad</translation>
    </message>
    <message>
        <source>Everywhere I may see</source>
        <translation>Kõik, mida võin näha</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Asutused</translation>
    </message>
    <message>
        <source>Facilities (JSON list of id, name, sector, code)</source>
        <translation>Asutused (JSON-loend: id, name, sector, code)</translation>
    </message>
    <message>
        <source>Facilities and their latest cycle</source>
        <translation>Asutused ja nende viimane tsükkel</translation>
    </message>
    <message>
        <source>Facilities must be a JSON list of {id, name, sector, code}.</source>
        <translation>Asutused peavad olema JSON-loend kujul {id, name, sector, code}.</translation>
    </message>
    <message>
        <source>Facilities published.</source>
        <translation>Asutused on avaldatud.</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>Files waiting</source>
        <translation>Ootel failid</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtrid</translation>
    </message>
    <message>
        <source>First password (at least 10 characters)</source>
        <translation>Esimene parool (vähemalt 10 märki)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Kellele</translation>
    </message>
    <message>
        <source>For whom or which laptop</source>
        <translation>Kellele või millisele sülearvutile</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Vahe</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sugu</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Rühm</translation>
    </message>
    <message>
        <source>Group type</source>
        <translation>Rühma liik</translation>
    </message>
    <message>
        <source>Head office has</source>
        <translation>Peakontoris on</translation>
    </message>
    <message>
        <source>Head-office users</source>
        <translation>Peakontori kasutajad</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Toimumise kuupäev</translation>
    </message>
    <message>
        <source>High is good</source>
        <translation>Kõrge on hea</translation>
    </message>
    <message>
        <source>How many people took part, by group type, gender and age band, and how each scored (median over cycles, 0–100). Figures about fewer than 5 people are not shown, so nobody can be recognised.</source>
        <translation>Kui palju inimesi osales rühma liigi, soo ja vanuserühma järgi ning kuidas igaüks hindas (tsüklite mediaan, 0–100). Alla 5 inimese kohta käivaid arve ei näidata, et kedagi ei saaks ära tunda.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <source>Indicator library (JSON like the app&apos;s indicators.json)</source>
        <translation>Näitajate kogu (JSON nagu rakenduse indicators.json)</translation>
    </message>
    <message>
        <source>Indicator library published.</source>
        <translation>Näitajate kogu on avaldatud.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Näitajad</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <source>Interface meeting: community and provider</source>
        <translation>Ühiskohtumine: kogukond ja teenuseosutaja</translation>
    </message>
    <message>
        <source>Joint action plan</source>
        <translation>Ühine tegevuskava</translation>
    </message>
    <message>
        <source>Joint action plans: open, overdue and escalated actions by institution and by responsible person, and how many were completed in each round.</source>
        <translation>Ühised tegevuskavad: avatud, tähtaja ületanud ja edasi saadetud tegevused asutuste ja vastutajate kaupa ning kui palju igas voorus lõpetati.</translation>
    </message>
    <message>
        <source>Keep head office&apos;s values</source>
        <translation>Jäta peakontori väärtused</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nimetus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Sülearvuti</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Viimati nähtud</translation>
    </message>
    <message>
        <source>Latest round</source>
        <translation>Viimane voor</translation>
    </message>
    <message>
        <source>League table</source>
        <translation>Edetabel</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Litsents</translation>
    </message>
    <message>
        <source>Limited to a location (optional)</source>
        <translation>Piiratud ühe asukohaga (valikuline)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Asukoht</translation>
    </message>
    <message>
        <source>Lower threshold</source>
        <translation>Alumine lävend</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Loodud</translation>
    </message>
    <message>
        <source>Make a code</source>
        <translation>Loo kood</translation>
    </message>
    <message>
        <source>Make the package public</source>
        <translation>Tee pakett avalikuks</translation>
    </message>
    <message>
        <source>Mean (0–100)</source>
        <translation>Aritmeetiline keskmine (0–100)</translation>
    </message>
    <message>
        <source>Median (0–100)</source>
        <translation>Mediaan (0–100)</translation>
    </message>
    <message>
        <source>Median and mean of the community&apos;s scores (0–100) over each place&apos;s latest cycles, with the number of cycles behind each figure. Open a place to go one level down, down to its facilities.</source>
        <translation>Kogukonna hinnete mediaan ja keskmine (0–100) iga koha viimaste tsüklite põhjal koos tsüklite arvuga iga arvu taga. Ava koht, et minna tase allapoole kuni asutusteni.</translation>
    </message>
    <message>
        <source>Median score (0–100)</source>
        <translation>Hinnete mediaan (0–100)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mitte kunagi</translation>
    </message>
    <message>
        <source>New enrolment code</source>
        <translation>Uus registreerimiskood</translation>
    </message>
    <message>
        <source>New password (at least 10 characters)</source>
        <translation>Uus parool (vähemalt 10 märki)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Uus parool uuesti</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Järgmine etapp</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Tegevusi veel pole.</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>Lahendamist vajavaid vastuolusid pole.</translation>
    </message>
    <message>
        <source>No cycles match these filters yet.</source>
        <translation>Nendele filtritele ei vasta veel ükski tsükkel.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Andmed puuduvad</translation>
    </message>
    <message>
        <source>No laptop is enrolled yet.</source>
        <translation>Ühtki sülearvutit pole veel registreeritud.</translation>
    </message>
    <message>
        <source>No planned date</source>
        <translation>Plaanitud kuupäeva pole</translation>
    </message>
    <message>
        <source>No previous round</source>
        <translation>Eelmist vooru pole</translation>
    </message>
    <message>
        <source>No running cycles match these filters.</source>
        <translation>Nendele filtritele ei vasta ükski käimasolev tsükkel.</translation>
    </message>
    <message>
        <source>Not on track</source>
        <translation>Ei ole graafikus</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Ei ole võimalik</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Märkimata</translation>
    </message>
    <message>
        <source>Not shown: fewer than 5 people</source>
        <translation>Ei näidata: alla 5 inimese</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Veel mitte</translation>
    </message>
    <message>
        <source>Note published; laptops get it on their next sync.</source>
        <translation>Märkus on avaldatud; sülearvutid saavad selle järgmisel sünkroonimisel.</translation>
    </message>
    <message>
        <source>Note to the laptops</source>
        <translation>Märkus sülearvutitele</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Midagi pole tähtaja ületanud.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Millele</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Õigeaegselt</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Graafikus</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Seda võib teha ainult administraator.</translation>
    </message>
    <message>
        <source>Only an administrator or an analyst may change bands.</source>
        <translation>Vööndeid võib muuta ainult administraator või analüütik.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avatud</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Avaandmed</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Tähtaja ületanud</translation>
    </message>
    <message>
        <source>Overdue and escalated actions</source>
        <translation>Tähtaja ületanud ja edasi saadetud tegevused</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Lehed</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parool</translation>
    </message>
    <message>
        <source>Password changed. Other sessions were signed out.</source>
        <translation>Parool on muudetud. Teised seansid logiti välja.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Inimesi</translation>
    </message>
    <message>
        <source>People in community groups</source>
        <translation>Inimesi kogukonna rühmades</translation>
    </message>
    <message>
        <source>People in community groups: {n}</source>
        <translation>Inimesi kogukonna rühmades: {n}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periood</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Koht</translation>
    </message>
    <message>
        <source>Places at level {n}</source>
        <translation>Kohad tasemel {n}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plaanitud</translation>
    </message>
    <message>
        <source>Practice (training) cycles are never counted.</source>
        <translation>Harjutustsükleid (koolitus) ei arvestata kunagi.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Prindi</translation>
    </message>
    <message>
        <source>Printables</source>
        <translation>Prinditavad</translation>
    </message>
    <message>
        <source>Progress, more effort required</source>
        <translation>Edeneb, vaja rohkem pingutust</translation>
    </message>
    <message>
        <source>Providers (0–100)</source>
        <translation>Teenuseosutajad (0–100)</translation>
    </message>
    <message>
        <source>Publish facilities</source>
        <translation>Avalda asutused</translation>
    </message>
    <message>
        <source>Publish the library</source>
        <translation>Avalda kogu</translation>
    </message>
    <message>
        <source>Publish the note</source>
        <translation>Avalda märkus</translation>
    </message>
    <message>
        <source>Publish to laptops</source>
        <translation>Avalda sülearvutitele</translation>
    </message>
    <message>
        <source>QR code of the enrolment link</source>
        <translation>Registreerimislingi QR-kood</translation>
    </message>
    <message>
        <source>Rebuild the public package</source>
        <translation>Koosta avalik pakett uuesti</translation>
    </message>
    <message>
        <source>Report for the service provider</source>
        <translation>Aruanne teenuseosutajale</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Vastutaja</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Tulemused</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Tühista</translation>
    </message>
    <message>
        <source>Revoke this laptop? Its next request will be refused.</source>
        <translation>Kas tühistada selle sülearvuti ligipääs? Selle järgmine päring lükatakse tagasi.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Tühistatud</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Koondvaade</translation>
    </message>
    <message>
        <source>Roll-up by location</source>
        <translation>Koondvaade asukohtade kaupa</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>{n}. voor</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Voorud</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Hinne</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Hinne (0–100)</translation>
    </message>
    <message>
        <source>Scorecard head office</source>
        <translation>Scorecardi peakontor</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Valdkond</translation>
    </message>
    <message>
        <source>Sees</source>
        <translation>Näeb</translation>
    </message>
    <message>
        <source>Service providers</source>
        <translation>Teenuseosutajad</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logi sisse</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logi välja</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Liigu sisu juurde</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Saavutatud etapp</translation>
    </message>
    <message>
        <source>Stage tracker</source>
        <translation>Etappide jälgimine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Lõpeta avaldamine</translation>
    </message>
    <message>
        <source>Take the laptop&apos;s values</source>
        <translation>Võta sülearvuti väärtused</translation>
    </message>
    <message>
        <source>The conflict was settled. Laptops get the outcome on their next sync.</source>
        <translation>Vastuolu on lahendatud. Sülearvutid saavad tulemuse järgmisel sünkroonimisel.</translation>
    </message>
    <message>
        <source>The device was revoked. Its next request will be refused.</source>
        <translation>Seadme ligipääs on tühistatud. Selle järgmine päring lükatakse tagasi.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>E-posti aadress või parool ei ole õige.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Fail ei ole korrektne JSON.</translation>
    </message>
    <message>
        <source>The laptop sent</source>
        <translation>Sülearvuti saatis</translation>
    </message>
    <message>
        <source>The open-data package is no longer public.</source>
        <translation>Avaandmete pakett ei ole enam avalik.</translation>
    </message>
    <message>
        <source>The open-data package is public and was rebuilt.</source>
        <translation>Avaandmete pakett on avalik ja koostati uuesti.</translation>
    </message>
    <message>
        <source>The package is not public. Publishing serves it to anyone at /open-data, without a login: results only, no names, groups under 5 people hidden.</source>
        <translation>Pakett ei ole avalik. Avaldamisel saab igaüks selle aadressilt /open-data ilma sisselogimiseta: ainult tulemused, nimesid pole, alla 5 inimesega rühmad on peidetud.</translation>
    </message>
    <message>
        <source>The package is public under {licence}; last built {when} with {n} cycles.</source>
        <translation>Pakett on avalik litsentsiga {licence}; viimati koostatud {when}, {n} tsüklit.</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>Parool peab olema vähemalt 10 märki.</translation>
    </message>
    <message>
        <source>The same figures as the community summary printed on the laptop: the community&apos;s score is the median of its groups&apos; scores; the gap is community minus providers.</source>
        <translation>Samad arvud mis sülearvutist prinditud kogukonna kokkuvõttes: kogukonna hinne on tema rühmade hinnete mediaan; vahe on kogukond miinus teenuseosutajad.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Kaks uut parooli erinevad.</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>Kogu organisatsioon</translation>
    </message>
    <message>
        <source>There is no such action in your organisation.</source>
        <translation>Teie organisatsioonis sellist tegevust pole.</translation>
    </message>
    <message>
        <source>There is no such conflict in your organisation.</source>
        <translation>Teie organisatsioonis sellist vastuolu pole.</translation>
    </message>
    <message>
        <source>There is no such device in your organisation.</source>
        <translation>Teie organisatsioonis sellist seadet pole.</translation>
    </message>
    <message>
        <source>There is no such printable.</source>
        <translation>Sellist prinditavat pole.</translation>
    </message>
    <message>
        <source>There is no such sector.</source>
        <translation>Sellist valdkonda pole.</translation>
    </message>
    <message>
        <source>This cycle does not exist or is outside the part of the organisation you see.</source>
        <translation>Seda tsüklit pole või see jääb väljapoole organisatsiooni osa, mida näete.</translation>
    </message>
    <message>
        <source>This form has expired. Open the page again and retry.</source>
        <translation>See vorm on aegunud. Avage leht uuesti ja proovige veel.</translation>
    </message>
    <message>
        <source>This place is outside the part of the organisation you see.</source>
        <translation>See koht jääb väljapoole organisatsiooni osa, mida näete.</translation>
    </message>
    <message>
        <source>Thresholds are numbers from 0 to 100, the lower first.</source>
        <translation>Lävendid on arvud 0 kuni 100, alumine enne.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait 15 minutes and try again.</source>
        <translation>Liiga palju ebaõnnestunud sisselogimisi. Oodake 15 minutit ja proovige uuesti.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Suundumus</translation>
    </message>
    <message>
        <source>Trend across rounds (0–100)</source>
        <translation>Suundumus voorude lõikes (0–100)</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Suundumused</translation>
    </message>
    <message>
        <source>Trends across rounds</source>
        <translation>Suundumused voorude lõikes</translation>
    </message>
    <message>
        <source>Type this code on the laptop, or scan the QR code. It works once, until {when} UTC.</source>
        <translation>Sisestage see kood sülearvutis või skannige QR-kood. See töötab üks kord, kuni {when} UTC.</translation>
    </message>
    <message>
        <source>Unchanged since the previous round</source>
        <translation>Eelmisest voorust muutumatu</translation>
    </message>
    <message>
        <source>Up {n} since the previous round</source>
        <translation>Tõusis eelmisest voorust {n}</translation>
    </message>
    <message>
        <source>Upper threshold</source>
        <translation>Ülemine lävend</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Kasutatud</translation>
    </message>
    <message>
        <source>User added.</source>
        <translation>Kasutaja on lisatud.</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Kehtib kuni</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Vaataja</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vaated</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Kus te olete</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Who spoke</source>
        <translation>Kes rääkis</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Sõnaga</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} päeva hiljaks</translation>
    </message>
    <message>
        <source>{n} facilities</source>
        <translation>{n} asutust</translation>
    </message>
    <message>
        <source>{s} means fewer than 5 people: not shown, so nobody can be recognised.</source>
        <translation>{s} tähendab alla 5 inimese: ei näidata, et kedagi ei saaks ära tunda.</translation>
    </message>
</context>
</TS>
