<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Dashboard</name>
    <message>
        <source>(no label)</source>
        <translation>(bez nosaukuma)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez nosaukuma)</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(neviens nav norādīts)</translation>
    </message>
    <message>
        <source>A band says whether a score is on track. Thresholds are on 0–100 (a score of 4 on the 1–5 scale is 75). When high is good, a score at or above the upper threshold is on track and one below the lower threshold is not; when low is good, the other way round.</source>
        <translation>Josla parāda, vai vērtējums ir mērķa virzienā. Sliekšņi ir skalā 0–100 (vērtējums 4 skalā 1–5 ir 75). Ja augsts ir labi, vērtējums, kas sasniedz augšējo slieksni, ir mērķa virzienā, bet zem apakšējā sliekšņa – nav; ja zems ir labi, otrādi.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Piekļuve</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <source>Action id</source>
        <translation>Darbības identifikators</translation>
    </message>
    <message>
        <source>Action id (from a cycle&apos;s page)</source>
        <translation>Darbības identifikators (no cikla lapas)</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>Darbību uzraudzība</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Darbības</translation>
    </message>
    <message>
        <source>Add the user</source>
        <translation>Pievienot lietotāju</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrēšana</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrēšana</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrators</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>Salīdzinot ar plānu</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Vecuma grupa</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Visas iestādes</translation>
    </message>
    <message>
        <source>All indicators (average)</source>
        <translation>Visi rādītāji (vidēji)</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Visas nozares</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Visi gadi</translation>
    </message>
    <message>
        <source>An indicator library needs a “sectors” object.</source>
        <translation>Rādītāju bibliotēkai vajadzīgs objekts “sectors”.</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analītiķis</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Lietot filtrus</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audita žurnāls</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Vidēji</translation>
    </message>
    <message>
        <source>Average (0–100)</source>
        <translation>Vidēji (0–100)</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Atpakaļ uz pārskatu</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Josla</translation>
    </message>
    <message>
        <source>Band saved.</source>
        <translation>Josla saglabāta.</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Joslas</translation>
    </message>
    <message>
        <source>Bands per indicator</source>
        <translation>Joslas katram rādītājam</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Sadalījums</translation>
    </message>
    <message>
        <source>By group type, gender and age band</source>
        <translation>Pēc grupas veida, dzimuma un vecuma grupas</translation>
    </message>
    <message>
        <source>By institution</source>
        <translation>Pēc institūcijas</translation>
    </message>
    <message>
        <source>By responsible person</source>
        <translation>Pēc atbildīgās personas</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mainīt</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Mainīt paroli</translation>
    </message>
    <message>
        <source>Change since last round</source>
        <translation>Izmaiņas kopš iepriekšējās kārtas</translation>
    </message>
    <message>
        <source>Change the bands</source>
        <translation>Mainīt joslas</translation>
    </message>
    <message>
        <source>Changes refused and kept aside</source>
        <translation>Noraidītās un atsevišķi glabātās izmaiņas</translation>
    </message>
    <message>
        <source>Choose one of the licences offered.</source>
        <translation>Izvēlieties vienu no piedāvātajām licencēm.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Kopiena</translation>
    </message>
    <message>
        <source>Community (0–100)</source>
        <translation>Kopiena (0–100)</translation>
    </message>
    <message>
        <source>Community and service providers</source>
        <translation>Kopiena un pakalpojumu sniedzēji</translation>
    </message>
    <message>
        <source>Community and service-provider scores and the gap between them, round by round, on 0–100 (median over the cycles of each round).</source>
        <translation>Kopienas un pakalpojumu sniedzēju vērtējumi un starpība starp tiem pa kārtām skalā 0–100 (katras kārtas ciklu mediāna).</translation>
    </message>
    <message>
        <source>Community scorecard results</source>
        <translation>Kopienas vērtējuma rezultāti</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Pabeigts</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Izpildes līmenis</translation>
    </message>
    <message>
        <source>Completion rate per round</source>
        <translation>Izpildes līmenis pa kārtām</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Atrisināmie konflikti</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Pašreizējā parole</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cikli</translation>
    </message>
    <message>
        <source>Cycles still running, by the stage they reached against their planned dates. Late cycles come first.</source>
        <translation>Cikli, kas vēl notiek, pēc sasniegtā posma salīdzinājumā ar plānotajiem datumiem. Kavētie cikli ir pirmie.</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Kavētās dienas</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Ierīce</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Ierīces</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Izpildīts</translation>
    </message>
    <message>
        <source>Down {n} since the previous round</source>
        <translation>Samazinājās par {n} kopš iepriekšējās kārtas</translation>
    </message>
    <message>
        <source>Download CSV</source>
        <translation>Lejupielādēt CSV</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-pasta adrese</translation>
    </message>
    <message>
        <source>Each facility&apos;s latest round: the community&apos;s score for each indicator, as a number, a word and a band, with an arrow for the change since the previous round. Averages are on a 0–100 scale so different scales compare.</source>
        <translation>Katras iestādes pēdējā kārta: kopienas vērtējums katram rādītājam kā skaitlis, vārds un josla, ar bultiņu izmaiņām kopš iepriekšējās kārtas. Vidējie ir skalā 0–100, lai dažādas skalas būtu salīdzināmas.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Reģistrēts</translation>
    </message>
    <message>
        <source>Enrolment codes</source>
        <translation>Reģistrācijas kodi</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Nodots augstāk</translation>
    </message>
    <message>
        <source>Every other indicator</source>
        <translation>Visi pārējie rādītāji</translation>
    </message>
    <message>
        <source>Everywhere I may see</source>
        <translation>Viss, ko drīkstu redzēt</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Iestādes</translation>
    </message>
    <message>
        <source>Facilities (JSON list of id, name, sector, code)</source>
        <translation>Iestādes (JSON saraksts ar id, name, sector, code)</translation>
    </message>
    <message>
        <source>Facilities and their latest cycle</source>
        <translation>Iestādes un to pēdējais cikls</translation>
    </message>
    <message>
        <source>Facilities must be a JSON list of {id, name, sector, code}.</source>
        <translation>Iestādēm jābūt JSON sarakstam ar {id, name, sector, code}.</translation>
    </message>
    <message>
        <source>Facilities published.</source>
        <translation>Iestādes publicētas.</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Iestāde</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <source>Files waiting</source>
        <translation>Gaidošie faili</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <source>First password (at least 10 characters)</source>
        <translation>Pirmā parole (vismaz 10 rakstzīmes)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>For whom or which laptop</source>
        <translation>Kam vai kuram klēpjdatoram</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Starpība</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Dzimums</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Group type</source>
        <translation>Grupas veids</translation>
    </message>
    <message>
        <source>Head office has</source>
        <translation>Centrālajā birojā ir</translation>
    </message>
    <message>
        <source>Head-office users</source>
        <translation>Centrālā biroja lietotāji</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Norises datums</translation>
    </message>
    <message>
        <source>High is good</source>
        <translation>Augsts ir labi</translation>
    </message>
    <message>
        <source>How many people took part, by group type, gender and age band, and how each scored (median over cycles, 0–100). Figures about fewer than 5 people are not shown, so nobody can be recognised.</source>
        <translation>Cik cilvēku piedalījās pēc grupas veida, dzimuma un vecuma grupas, un kā katrs vērtēja (mediāna pa cikliem, 0–100). Skaitļi par mazāk nekā 5 cilvēkiem netiek rādīti, lai nevienu nevarētu atpazīt.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <source>Indicator library (JSON like the app&apos;s indicators.json)</source>
        <translation>Rādītāju bibliotēka (JSON kā lietotnes indicators.json)</translation>
    </message>
    <message>
        <source>Indicator library published.</source>
        <translation>Rādītāju bibliotēka publicēta.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Rādītāji</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institūcija</translation>
    </message>
    <message>
        <source>Interface meeting: community and provider</source>
        <translation>Kopīgā sanāksme: kopiena un sniedzējs</translation>
    </message>
    <message>
        <source>Joint action plan</source>
        <translation>Kopīgais rīcības plāns</translation>
    </message>
    <message>
        <source>Joint action plans: open, overdue and escalated actions by institution and by responsible person, and how many were completed in each round.</source>
        <translation>Kopīgie rīcības plāni: atvērtās, kavētās un augstāk nodotās darbības pēc institūcijas un atbildīgās personas, un cik pabeigtas katrā kārtā.</translation>
    </message>
    <message>
        <source>Keep head office&apos;s values</source>
        <translation>Paturēt centrālā biroja vērtības</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Klēpjdators</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Pēdējoreiz redzēts</translation>
    </message>
    <message>
        <source>Latest round</source>
        <translation>Pēdējā kārta</translation>
    </message>
    <message>
        <source>League table</source>
        <translation>Līgas tabula</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Limited to a location (optional)</source>
        <translation>Ierobežots ar vietu (nav obligāti)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Lower threshold</source>
        <translation>Apakšējais slieksnis</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Izveidots</translation>
    </message>
    <message>
        <source>Make a code</source>
        <translation>Izveidot kodu</translation>
    </message>
    <message>
        <source>Make the package public</source>
        <translation>Padarīt paketi publisku</translation>
    </message>
    <message>
        <source>Mean (0–100)</source>
        <translation>Aritmētiskais vidējais (0–100)</translation>
    </message>
    <message>
        <source>Median (0–100)</source>
        <translation>Mediāna (0–100)</translation>
    </message>
    <message>
        <source>Median and mean of the community&apos;s scores (0–100) over each place&apos;s latest cycles, with the number of cycles behind each figure. Open a place to go one level down, down to its facilities.</source>
        <translation>Kopienas vērtējumu mediāna un vidējais (0–100) pa katras vietas pēdējiem cikliem, ar ciklu skaitu aiz katra skaitļa. Atveriet vietu, lai nokāptu līmeni zemāk līdz iestādēm.</translation>
    </message>
    <message>
        <source>Median score (0–100)</source>
        <translation>Vērtējuma mediāna (0–100)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nekad</translation>
    </message>
    <message>
        <source>New enrolment code</source>
        <translation>Jauns reģistrācijas kods</translation>
    </message>
    <message>
        <source>New password (at least 10 characters)</source>
        <translation>Jaunā parole (vismaz 10 rakstzīmes)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Jaunā parole vēlreiz</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Nākamais posms</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Darbību vēl nav.</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>Nav atrisināmu konfliktu.</translation>
    </message>
    <message>
        <source>No cycles match these filters yet.</source>
        <translation>Šiem filtriem vēl neatbilst neviens cikls.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Nav datu</translation>
    </message>
    <message>
        <source>No laptop is enrolled yet.</source>
        <translation>Neviens klēpjdators vēl nav reģistrēts.</translation>
    </message>
    <message>
        <source>No planned date</source>
        <translation>Nav plānotā datuma</translation>
    </message>
    <message>
        <source>No previous round</source>
        <translation>Nav iepriekšējās kārtas</translation>
    </message>
    <message>
        <source>No running cycles match these filters.</source>
        <translation>Šiem filtriem neatbilst neviens notiekošs cikls.</translation>
    </message>
    <message>
        <source>Not on track</source>
        <translation>Nav mērķa virzienā</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Nav iespējams</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nav norādīts</translation>
    </message>
    <message>
        <source>Not shown: fewer than 5 people</source>
        <translation>Netiek rādīts: mazāk nekā 5 cilvēki</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Vēl ne</translation>
    </message>
    <message>
        <source>Note published; laptops get it on their next sync.</source>
        <translation>Piezīme publicēta; klēpjdatori to saņems nākamajā sinhronizācijā.</translation>
    </message>
    <message>
        <source>Note to the laptops</source>
        <translation>Piezīme klēpjdatoriem</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nekas nav nokavēts.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Uz ko</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Laikā</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Mērķa virzienā</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>To drīkst darīt tikai administrators.</translation>
    </message>
    <message>
        <source>Only an administrator or an analyst may change bands.</source>
        <translation>Joslas drīkst mainīt tikai administrators vai analītiķis.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērtas</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Atvērtie dati</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Nokavētas</translation>
    </message>
    <message>
        <source>Overdue and escalated actions</source>
        <translation>Nokavētās un augstāk nodotās darbības</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Lapas</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Password changed. Other sessions were signed out.</source>
        <translation>Parole nomainīta. Citas sesijas tika izrakstītas.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cilvēki</translation>
    </message>
    <message>
        <source>People in community groups</source>
        <translation>Cilvēki kopienas grupās</translation>
    </message>
    <message>
        <source>People in community groups: {n}</source>
        <translation>Cilvēki kopienas grupās: {n}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Places at level {n}</source>
        <translation>Vietas {n}. līmenī</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plānots</translation>
    </message>
    <message>
        <source>Practice (training) cycles are never counted.</source>
        <translation>Mācību (prakses) cikli nekad netiek ieskaitīti.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukāt</translation>
    </message>
    <message>
        <source>Printables</source>
        <translation>Drukājamie materiāli</translation>
    </message>
    <message>
        <source>Progress, more effort required</source>
        <translation>Progress, vajag vairāk pūļu</translation>
    </message>
    <message>
        <source>Providers (0–100)</source>
        <translation>Sniedzēji (0–100)</translation>
    </message>
    <message>
        <source>Publish facilities</source>
        <translation>Publicēt iestādes</translation>
    </message>
    <message>
        <source>Publish the library</source>
        <translation>Publicēt bibliotēku</translation>
    </message>
    <message>
        <source>Publish the note</source>
        <translation>Publicēt piezīmi</translation>
    </message>
    <message>
        <source>Publish to laptops</source>
        <translation>Publicēt klēpjdatoriem</translation>
    </message>
    <message>
        <source>QR code of the enrolment link</source>
        <translation>Reģistrācijas saites QR kods</translation>
    </message>
    <message>
        <source>Rebuild the public package</source>
        <translation>Pārbūvēt publisko paketi</translation>
    </message>
    <message>
        <source>Report for the service provider</source>
        <translation>Ziņojums pakalpojuma sniedzējam</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Atbildīgais</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultāti</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Atsaukt</translation>
    </message>
    <message>
        <source>Revoke this laptop? Its next request will be refused.</source>
        <translation>Atsaukt šo klēpjdatoru? Tā nākamais pieprasījums tiks noraidīts.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Atsaukts</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Kopsavilkums</translation>
    </message>
    <message>
        <source>Roll-up by location</source>
        <translation>Kopsavilkums pa vietām</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Kārta</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>{n}. kārta</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Kārtas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Vērtējums (0–100)</translation>
    </message>
    <message>
        <source>Scorecard head office</source>
        <translation>Scorecard centrālais birojs</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Nozare</translation>
    </message>
    <message>
        <source>Sees</source>
        <translation>Redz</translation>
    </message>
    <message>
        <source>Service providers</source>
        <translation>Pakalpojumu sniedzēji</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Rādīt</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Pieteikties</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Izrakstīties</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Pāriet uz saturu</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Sasniegtais posms</translation>
    </message>
    <message>
        <source>Stage tracker</source>
        <translation>Posmu uzraudzība</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Pārtraukt publicēšanu</translation>
    </message>
    <message>
        <source>Take the laptop&apos;s values</source>
        <translation>Pieņemt klēpjdatora vērtības</translation>
    </message>
    <message>
        <source>The conflict was settled. Laptops get the outcome on their next sync.</source>
        <translation>Konflikts atrisināts. Klēpjdatori rezultātu saņems nākamajā sinhronizācijā.</translation>
    </message>
    <message>
        <source>The device was revoked. Its next request will be refused.</source>
        <translation>Ierīce atsaukta. Tās nākamais pieprasījums tiks noraidīts.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>E-pasta adrese vai parole nav pareiza.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Fails nav derīgs JSON.</translation>
    </message>
    <message>
        <source>The laptop sent</source>
        <translation>Klēpjdators nosūtīja</translation>
    </message>
    <message>
        <source>The open-data package is no longer public.</source>
        <translation>Atvērto datu pakete vairs nav publiska.</translation>
    </message>
    <message>
        <source>The open-data package is public and was rebuilt.</source>
        <translation>Atvērto datu pakete ir publiska un pārbūvēta.</translation>
    </message>
    <message>
        <source>The package is not public. Publishing serves it to anyone at /open-data, without a login: results only, no names, groups under 5 people hidden.</source>
        <translation>Pakete nav publiska. Publicējot to ikviens var saņemt adresē /open-data bez pieteikšanās: tikai rezultāti, bez vārdiem, grupas ar mazāk nekā 5 cilvēkiem ir paslēptas.</translation>
    </message>
    <message>
        <source>The package is public under {licence}; last built {when} with {n} cycles.</source>
        <translation>Pakete ir publiska ar licenci {licence}; pēdējoreiz veidota {when}, {n} cikli.</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>Parolei vajag vismaz 10 rakstzīmes.</translation>
    </message>
    <message>
        <source>The same figures as the community summary printed on the laptop: the community&apos;s score is the median of its groups&apos; scores; the gap is community minus providers.</source>
        <translation>Tie paši skaitļi kā klēpjdatorā drukātajā kopienas kopsavilkumā: kopienas vērtējums ir tās grupu vērtējumu mediāna; starpība ir kopiena mīnus sniedzēji.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Abas jaunās paroles atšķiras.</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>Visa organizācija</translation>
    </message>
    <message>
        <source>There is no such action in your organisation.</source>
        <translation>Jūsu organizācijā nav šādas darbības.</translation>
    </message>
    <message>
        <source>There is no such conflict in your organisation.</source>
        <translation>Jūsu organizācijā nav šāda konflikta.</translation>
    </message>
    <message>
        <source>There is no such device in your organisation.</source>
        <translation>Jūsu organizācijā nav šādas ierīces.</translation>
    </message>
    <message>
        <source>There is no such printable.</source>
        <translation>Šāda drukājamā materiāla nav.</translation>
    </message>
    <message>
        <source>There is no such sector.</source>
        <translation>Šādas nozares nav.</translation>
    </message>
    <message>
        <source>This cycle does not exist or is outside the part of the organisation you see.</source>
        <translation>Šis cikls nepastāv vai ir ārpus tās organizācijas daļas, ko redzat.</translation>
    </message>
    <message>
        <source>This form has expired. Open the page again and retry.</source>
        <translation>Šī veidlapa ir novecojusi. Atveriet lapu vēlreiz un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>This place is outside the part of the organisation you see.</source>
        <translation>Šī vieta ir ārpus tās organizācijas daļas, ko redzat.</translation>
    </message>
    <message>
        <source>Thresholds are numbers from 0 to 100, the lower first.</source>
        <translation>Sliekšņi ir skaitļi no 0 līdz 100, apakšējais vispirms.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait 15 minutes and try again.</source>
        <translation>Pārāk daudz neveiksmīgu pieteikšanos. Pagaidiet 15 minūtes un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendence</translation>
    </message>
    <message>
        <source>Trend across rounds (0–100)</source>
        <translation>Tendence pa kārtām (0–100)</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendences</translation>
    </message>
    <message>
        <source>Trends across rounds</source>
        <translation>Tendences pa kārtām</translation>
    </message>
    <message>
        <source>Type this code on the laptop, or scan the QR code. It works once, until {when} UTC.</source>
        <translation>Ievadiet šo kodu klēpjdatorā vai noskenējiet QR kodu. Tas derīgs vienu reizi, līdz {when} UTC.</translation>
    </message>
    <message>
        <source>Unchanged since the previous round</source>
        <translation>Nemainīgs kopš iepriekšējās kārtas</translation>
    </message>
    <message>
        <source>Up {n} since the previous round</source>
        <translation>Pieauga par {n} kopš iepriekšējās kārtas</translation>
    </message>
    <message>
        <source>Upper threshold</source>
        <translation>Augšējais slieksnis</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Izmantots</translation>
    </message>
    <message>
        <source>User added.</source>
        <translation>Lietotājs pievienots.</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Derīgs līdz</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Skatītājs</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Skati</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Kur jūs esat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Who spoke</source>
        <translation>Kas izteicās</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Vārdiem</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>kavējas {n} dienas</translation>
    </message>
    <message>
        <source>{n} facilities</source>
        <translation>{n} iestādes</translation>
    </message>
    <message>
        <source>{s} means fewer than 5 people: not shown, so nobody can be recognised.</source>
        <translation>{s} nozīmē mazāk nekā 5 cilvēki: netiek rādīts, lai nevienu nevarētu atpazīt.</translation>
    </message>
</context>
</TS>
