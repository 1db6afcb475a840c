<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ActionFollowUp</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/follow_up.py" line="+130"/>
        <source>No updates yet.</source>
        <translation>Atjauninājumu vēl nav.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the date of the update.</source>
        <translation>Norādiet atjauninājuma datumu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Update on “{what}”</source>
        <translation>Atjauninājums par “{what}”</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Head office, {date}: {note}</source>
        <translation>Galvenais birojs, {date}: {note}</translation>
    </message>
</context>
<context>
    <name>ActionFollowUpForm</name>
    <message>
        <location filename="../../ui/action_follow_up.ui" line="+23"/>
        <source>Add a status update</source>
        <translation>Pievienot statusa atjauninājumu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datums:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update date</source>
        <translation>Atjauninājuma datums</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statuss:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New status</source>
        <translation>Jauns statuss</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;ote:</source>
        <translation>P&amp;iezīme:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update note</source>
        <translation>Atjauninājuma piezīme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen or reported</source>
        <translation>Kas tika redzēts vai ziņots</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add update</source>
        <translation>Pievienot atjauninājumu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;update</source>
        <translation>Pievienot &amp;atjauninājumu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Vēsture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updates of the selected action</source>
        <translation>Izvēlētās darbības atjauninājumi</translation>
    </message>
</context>
<context>
    <name>ActionPlanForm</name>
    <message>
        <location filename="../../ui/action_plan.ui" line="+18"/>
        <source>Add action</source>
        <translation>Pievienot darbību</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add action</source>
        <translation>Pie&amp;vienot darbību</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+149"/>
        <source>Delete action</source>
        <translation>Dzēst darbību</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>De&amp;lete action</source>
        <translation>D&amp;zēst darbību</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Actions</source>
        <translation>Darbības</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Selected action</source>
        <translation>Izvēlētā darbība</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What:</source>
        <translation>K&amp;as:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What will be done</source>
        <translation>Kas tiks darīts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Indicator:</source>
        <translation>Rā&amp;dītājs:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Responsible:</source>
        <translation>At&amp;bildīgais:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Responsible person</source>
        <translation>Atbildīgā persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&amp;nstitution:</source>
        <translation>I&amp;nstitūcija:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Institution</source>
        <translation>Institūcija</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>D&amp;ue:</source>
        <translation>T&amp;ermiņš:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due date</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;sources:</source>
        <translation>Re&amp;sursi:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resources needed</source>
        <translation>Vajadzīgie resursi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatuss:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Priority:</source>
        <translation>Pr&amp;ioritāte:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Priority</source>
        <translation>Prioritāte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalate to the district</source>
        <translation>Nodot novadam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Escalate to the district</source>
        <translation>N&amp;odot novadam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Photos of the selected action (e.g. the signed plan)</source>
        <translation>Izvēlētās darbības fotoattēli (piem., parakstītais plāns)</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/action_plan.py" line="+154"/>
        <source>Add action</source>
        <translation>Pievienot darbību</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>what</source>
        <translation>saturu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>rādītāju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible person</source>
        <translation>atbildīgo personu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>institution</source>
        <translation>institūciju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>termiņu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resources</source>
        <translation>resursus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>statusu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>prioritāti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalation</source>
        <translation>nodošanu augstāk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change {field} of “{what}”</source>
        <translation>Mainīt {field} darbībai “{what}”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Say what will be done; the action keeps its old text.</source>
        <translation>Pasakiet, kas tiks darīts; darbība saglabā veco tekstu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New action</source>
        <translation>Jauna darbība</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete action “{what}”</source>
        <translation>Dzēst darbību “{what}”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No actions yet: press Add action (Alt+A).</source>
        <translation>Darbību vēl nav: nospiediet Pievienot darbību (Alt+V).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>— no indicator —</source>
        <translation>— bez rādītāja —</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Agree each action with both sides: what exactly, who is responsible, by when, and what it needs. Escalate what the facility cannot solve alone.</source>
        <translation>Vienojieties par katru darbību ar abām pusēm: kas tieši, kurš atbild, līdz kuram laikam un kas vajadzīgs. Nododiet tālāk to, ko iestāde viena pati nevar atrisināt.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Photos of the selected action</source>
        <translation>Izvēlētās darbības fotoattēli</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n action(s), {done} done. Select one to edit it below.</source>
        <translation>
            <numerusform>%n darbība, {done} izdarītas. Izvēlieties vienu, lai to labotu zemāk.</numerusform>
            <numerusform>%n darbības, {done} izdarītas. Izvēlieties vienu, lai to labotu zemāk.</numerusform>
            <numerusform>%n darbību, {done} izdarītas. Izvēlieties vienu, lai to labotu zemāk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../scorecard_app/gui/action_model.py" line="+88"/>
        <source>What</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Kārta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Atbildīgais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Institūcija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>Kavētās dienas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioritāte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Novads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Resursi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest update</source>
        <translation>Pēdējais atjauninājums</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{status} — overdue by {n} days</source>
        <translation>{status} — nokavēts par {n} dienām</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>escalated</source>
        <translation>nodots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet</source>
        <translation>vēl nav</translation>
    </message>
</context>
<context>
    <name>CommunityScoringPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/community_scoring.py" line="+148"/>
        <source>Consensus scores</source>
        <translation>Vienošanās vērtējumi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Individual votes</source>
        <translation>Individuālās balsis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show of hands</source>
        <translation>Roku pacelšana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A show of hands needs a scale with few levels; use individual votes here.</source>
        <translation>Roku pacelšanai vajag skalu ar nedaudz līmeņiem; šeit izmantojiet individuālās balsis.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ways of scoring</source>
        <translation>Vērtēšanas veidi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group &amp;consensus</source>
        <translation>Grupas &amp;vienošanās</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual &amp;votes</source>
        <translation>Individuālās &amp;balsis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show of &amp;hands</source>
        <translation>R&amp;oku pacelšana</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Read each indicator aloud and show the faces. Let the group agree a score and say why, or let each person vote in secret and type the votes in the grid.</source>
        <translation>Nolasiet katru rādītāju un parādiet sejas. Ļaujiet grupai vienoties par vērtējumu un pateikt, kāpēc, vai ļaujiet katram balsot slepeni un ierakstiet balsis tabulā.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/interface_meeting.py" line="+102"/>
        <source>Round {r}
comm. · prov.</source>
        <translation>{r}. kārta
kop. · sn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last round</source>
        <translation>Iepriekšējā kārta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Community</source>
        <translation>Kopiena</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+29"/>
        <source>Providers</source>
        <translation>Sniedzēji</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Gap</source>
        <translation>Starpība</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Izmaiņas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion notes</source>
        <translation>Diskusijas piezīmes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Last round, {indicator}: community {c}, providers {p}</source>
        <translation>Iepriekšējā kārta, {indicator}: kopiena {c}, sniedzēji {p}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discussion notes for {indicator}: {text}</source>
        <translation>Diskusijas piezīmes rādītājam {indicator}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>tukšs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discussion notes for {indicator}</source>
        <translation>Diskusijas piezīmes rādītājam {indicator}</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>{text} (providers&apos; own)</source>
        <translation>{text} (sniedzēju pašu)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/sync_panel.py" line="+150"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Head office kept its own value where both sides changed the same thing. Check each one and, if needed, change it again in the cycle.</source>
        <translation>Kur abas puses mainīja vienu un to pašu, galvenais birojs paturēja savu vērtību. Pārbaudiet katru un, ja vajag, mainiet to ciklā vēlreiz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to review.</source>
        <translation>Nav ko pārskatīt.</translation>
    </message>
</context>
<context>
    <name>ConflictsForm</name>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="+8"/>
        <source>Conflicts to review</source>
        <translation>Pārskatāmie konflikti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>Ieraksts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop</source>
        <translation>Šis dators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office</source>
        <translation>Galvenais birojs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Kāpēc</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark all as reviewed</source>
        <translation>Atzīmēt visu kā pārskatītu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Atzīmēt visu kā pārskatītu</translation>
    </message>
</context>
<context>
    <name>ConsensusModel</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="+182"/>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+39"/>
        <source>Suggestion</source>
        <translation>Ierosinājums</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>{text} (providers&apos; own)</source>
        <translation>{text} (sniedzēju pašu)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Score for {indicator}: {value}</source>
        <translation>Vērtējums rādītājam {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} for {indicator}: {text}</source>
        <translation>{what} rādītājam {indicator}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>tukšs</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Score {indicator}</source>
        <translation>Novērtēt: {indicator}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for {indicator}</source>
        <translation>Iemesls rādītājam {indicator}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion for {indicator}</source>
        <translation>Ierosinājums rādītājam {indicator}</translation>
    </message>
</context>
<context>
    <name>CycleListModel</name>
    <message>
        <location filename="../../scorecard_app/gui/cycle_list.py" line="+129"/>
        <source>Facility</source>
        <translation>Iestāde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Kopiena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Kārta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Jāpievērš uzmanība</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s) missing</source>
        <translation>
            <numerusform>Trūkst %n vienības</numerusform>
            <numerusform>Trūkst %n vienību</numerusform>
            <numerusform>Trūkst %n vienību</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue action(s)</source>
        <translation>
            <numerusform>%n nokavēta darbība</numerusform>
            <numerusform>%n nokavētas darbības</numerusform>
            <numerusform>%n nokavētu darbību</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRAINING (never synced)</source>
        <translation>APMĀCĪBA (netiek sinhronizēts)</translation>
    </message>
</context>
<context>
    <name>CycleListPage</name>
    <message>
        <location line="+82"/>
        <source>Search facility, community, stage, issues, indicators, actions…</source>
        <translation>Meklēt iestādi, kopienu, posmu, problēmas, rādītājus, darbības…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter cycles</source>
        <translation>Filtrēt ciklus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>Meklēšanas rezultāti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycles</source>
        <translation>Cikli</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open cycle</source>
        <translation>&amp;Atvērt ciklu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cycle</source>
        <translation>Atvērt ciklu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New cycle…</source>
        <translation>&amp;Jauns cikls…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cycle</source>
        <translation>Jauns cikls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start ne&amp;xt round…</source>
        <translation>Sākt &amp;nākamo kārtu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start next round</source>
        <translation>Sākt nākamo kārtu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score card cycles</source>
        <translation>Vērtējuma kartes cikli</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>issue</source>
        <translation>problēma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>rādītājs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action</source>
        <translation>darbība</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>round {n}: {kind} “{text}”</source>
        <translation>{n}. kārta: {kind} “{text}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Found inside cycles: </source>
        <translation>Atrasts ciklos: </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and %n more</source>
        <translation>
            <numerusform> un vēl %n</numerusform>
            <numerusform> un vēl %n</numerusform>
            <numerusform> un vēl %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleSetupDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/cycle_setup.py" line="+94"/>
        <source>New facility…</source>
        <translation>Jauna iestāde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Create cycle</source>
        <translation>Izveidot ciklu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Round 1 (the first score card here)</source>
        <translation>1. kārta (pirmā vērtējuma karte šeit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round {n}, linked to round {p} (its indicators and actions carry on)</source>
        <translation>{n}. kārta, saistīta ar {p}. kārtu (tās rādītāji un darbības turpinās)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write at least the village of the community.</source>
        <translation>Ierakstiet vismaz kopienas ciemu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the name of the new facility.</source>
        <translation>Ierakstiet jaunās iestādes nosaukumu.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose the facility first (or “New facility…”).</source>
        <translation>Vispirms izvēlieties iestādi (vai “Jauna iestāde…”).</translation>
    </message>
</context>
<context>
    <name>CycleSetupForm</name>
    <message>
        <location filename="../../ui/cycle_setup.ui" line="+12"/>
        <source>New score card cycle</source>
        <translation>Jauns vērtējuma kartes cikls</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Facility:</source>
        <translation>&amp;Iestāde:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facility</source>
        <translation>Iestāde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a facility…</source>
        <translation>Izvēlieties iestādi…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New facility &amp;name:</source>
        <translation>Jaunās iestādes nosa&amp;ukums:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New facility name</source>
        <translation>Jaunās iestādes nosaukums</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Riverside Health Centre</source>
        <translation>piem., Upmalas veselības centrs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;ctor:</source>
        <translation>&amp;Nozare:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sector</source>
        <translation>Nozare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Community &amp;location:</source>
        <translation>K&amp;opienas atrašanās vieta:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Round:</source>
        <translation>Kārta:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round</source>
        <translation>Kārta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Skala:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scoring &amp;mode:</source>
        <translation>Vērtēšanas &amp;veids:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoring mode</source>
        <translation>Vērtēšanas veids</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session lan&amp;guage:</source>
        <translation>S&amp;esijas valoda:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session language</source>
        <translation>Sesijas valoda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lea&amp;d facilitator:</source>
        <translation>&amp;Galvenais moderators:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lead facilitator</source>
        <translation>Galvenais moderators</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other facilitators:</source>
        <translation>Citi &amp;moderatori:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other facilitators</source>
        <translation>Citi moderatori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names, separated by commas</source>
        <translation>Vārdi, atdalīti ar komatiem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training cycle</source>
        <translation>Apmācības cikls</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Training cycle</source>
        <translation>Apmācī&amp;bas cikls</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practice only: marked as training on every screen and never synced.</source>
        <translation>Tikai vingrināšanās: katrā ekrānā atzīmēts kā apmācība un netiek sinhronizēts.</translation>
    </message>
</context>
<context>
    <name>CycleWorkspace</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="+178"/>
        <source>TRAINING CYCLE — for practice only. It is never synced to head office.</source>
        <translation>APMĀCĪBAS CIKLS — tikai vingrināšanās nolūkā. Tas nekad netiek sinhronizēts ar galveno biroju.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finish c&amp;ycle…</source>
        <translation>Pabeigt cikl&amp;u…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish cycle</source>
        <translation>Pabeigt ciklu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;open cycle…</source>
        <translation>&amp;Atvērt ciklu atkārtoti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen cycle</source>
        <translation>Atvērt ciklu atkārtoti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start ne&amp;xt round…</source>
        <translation>Sākt &amp;nākamo kārtu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start next round</source>
        <translation>Sākt nākamo kārtu</translation>
    </message>
    <message>
        <location line="+156"/>
        <source> — training (never synced)</source>
        <translation> — apmācība (netiek sinhronizēts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — finished and locked</source>
        <translation> — pabeigts un slēgts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{facility} · {community} · round {round}</source>
        <translation>{facility} · {community} · {round}. kārta</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>This cycle is finished and locked: it can be read, printed and its actions followed up. To change anything else, reopen it (with a reason).</source>
        <translation>Šis cikls ir pabeigts un slēgts: to var lasīt, drukāt un sekot darbībām. Lai mainītu ko citu, atveriet to atkārtoti (ar iemeslu).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../scorecard_app/gui/date_field.py" line="+30"/>
        <source>YYYY-MM-DD</source>
        <translation>GGGG-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a date like 2026-11-20; ↑ and ↓ change it by a day.</source>
        <translation>Ierakstiet datumu kā 2026-11-20; ↑ un ↓ maina to par vienu dienu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{text}” is not a date; type it like 2026-11-20.</source>
        <translation>“{text}” nav datums; ierakstiet to kā 2026-11-20.</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/fields.py" line="+78"/>
        <source>YYYY-MM-DD</source>
        <translation>GGGG-MM-DD</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{text}” is not a date; write it like 2026-11-22.</source>
        <translation>“{text}” nav datums; ierakstiet to kā 2026-11-22.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/sync_panel.py" line="-56"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <location filename="../../ui/enrol_dialog.ui" line="+5"/>
        <source>Enrol this laptop</source>
        <translation>Reģistrēt šo datoru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the address and the one-time code that head office gave you, or paste the whole enrolment link into the address box.</source>
        <translation>Ierakstiet adresi un vienreizējo kodu, ko jums iedeva galvenais birojs, vai ielīmējiet visu reģistrācijas saiti adreses laukā.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adrese:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Head office address</source>
        <translation>Galvenā biroja adrese</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kods:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enrolment code</source>
        <translation>Reģistrācijas kods</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enrol</source>
        <translation>Reģistrēt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Reģistrēt</translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="+342"/>
        <source>The copied block ({rows} rows × {cols} columns) does not fit here: from this cell there are {free_rows} rows and {free_cols} columns.</source>
        <translation>Nokopētais bloks ({rows} rindas × {cols} kolonnas) šeit neietilpst: no šīs šūnas ir {free_rows} rindas un {free_cols} kolonnas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was pasted: “{text}” (row {row}, column {col} of the copied block) — {why}</source>
        <translation>Nekas netika ielīmēts: “{text}” (nokopētā bloka {row}. rinda, {col}. kolonna) — {why}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Ielīmēt %n šūnu</numerusform>
            <numerusform>Ielīmēt %n šūnas</numerusform>
            <numerusform>Ielīmēt %n šūnu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/export_data.py" line="+38"/>
        <location line="+1"/>
        <source>Export open data</source>
        <translation>Atvērto datu eksports</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writes this cycle&apos;s results as open data that anyone can reuse: facilities, indicators, scores by group type, the action plan and its follow-up. No participant and no name is included; a figure resting on fewer than %1 people is hidden.</source>
        <translation>Ieraksta šī cikla rezultātus kā atvērtos datus, ko ikviens var izmantot atkārtoti: iestādes, rādītājus, vērtējumus pa grupu veidiem, rīcības plānu un tā uzraudzību. Netiek iekļauts neviens dalībnieks un neviens vārds; skaitlis, kas balstās uz mazāk nekā %1 cilvēkiem, tiek paslēpts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is exported</source>
        <translation>Kas tiek eksportēts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>Formāts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder of CSV files (with datapackage.json)</source>
        <translation>CSV failu mape (ar datapackage.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON file</source>
        <translation>Viens JSON fails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formāts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence:</source>
        <translation>&amp;Licence:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Norise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportēt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Eksportēt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a training cycle: practice is never exported as open data.</source>
        <translation>Šis ir mācību cikls: prakse nekad netiek eksportēta kā atvērtie dati.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a folder for the data package</source>
        <translation>Izvēlieties mapi datu paketei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the data package</source>
        <translation>Saglabāt datu paketi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>JSON faili (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting…</source>
        <translation>Eksportē…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved %1: %2 results, %3 actions.</source>
        <translation>Saglabāts %1: %2 rezultāti, %3 darbības.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not export: %1</source>
        <translation>Neizdevās eksportēt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export open &amp;data…</source>
        <translation>Eksportēt atvērtos &amp;datus…</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../scorecard_app/gui/field_message.py" line="+20"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="-106"/>
        <source>Finish cycle</source>
        <translation>Pabeigt ciklu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything is complete.</source>
        <translation>Viss ir pabeigts.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n thing(s) are still missing:</source>
        <translation>
            <numerusform>Vēl trūkst %n lietas:</numerusform>
            <numerusform>Vēl trūkst %n lietu:</numerusform>
            <numerusform>Vēl trūkst %n lietu:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>Kas trūkst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who may have been left out (not required)</source>
        <translation>Kas, iespējams, palika ārpusē (nav obligāti)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finishing locks the cycle: nothing can be changed any more, except the follow-up of actions. It can be reopened later, with a reason.</source>
        <translation>Pabeigšana slēdz ciklu: neko vairs nevar mainīt, izņemot darbību uzraudzību. Vēlāk to var atvērt atkārtoti, norādot iemeslu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Finish and lock</source>
        <translation>Pabeigt un slēgt</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Finish anyway and lock</source>
        <translation>Tomēr pabeigt un slēgt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../ui/follow_up.ui" line="+16"/>
        <source>Follow-up</source>
        <translation>Uzraudzība</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This round</source>
        <translation>Šī kārta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previous round</source>
        <translation>Iepriekšējā kārta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Carried forward</source>
        <translation>Pārnestās</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue</source>
        <translation>Nokavēts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue actions</source>
        <translation>Nokavētās darbības</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/follow_up.py" line="+62"/>
        <source>Actions of this round</source>
        <translation>Šīs kārtas darbības</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions of the previous round</source>
        <translation>Iepriekšējās kārtas darbības</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished actions of earlier rounds</source>
        <translation>Iepriekšējo kārtu nepabeigtās darbības</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Carried forward (%n)</source>
        <translation>
            <numerusform>Pārnestās (%n)</numerusform>
            <numerusform>Pārnestās (%n)</numerusform>
            <numerusform>Pārnestās (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round {r}: review</source>
        <translation>{r}. kārta: pārskats</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Nokavētas (%n)</numerusform>
            <numerusform>Nokavētas (%n)</numerusform>
            <numerusform>Nokavētas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Record what happened to each action: pick it, choose its status, add a note.</source>
        <translation>Pierakstiet, kas notika ar katru darbību: izvēlieties to, izvēlieties statusu, pievienojiet piezīmi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Round {r} had {n} actions; review them first in the “Round {r}: review” tab.</source>
        <translation>{r}. kārtā bija {n} darbības; vispirms pārskatiet tās cilnē “{r}. kārta: pārskats”.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n unfinished actions from earlier rounds are carried forward: see “Carried forward”.</source>
        <translation>
            <numerusform>%n nepabeigta darbība no iepriekšējām kārtām ir pārnesta: skatiet “Pārnestās”.</numerusform>
            <numerusform>%n nepabeigtas darbības no iepriekšējām kārtām ir pārnestas: skatiet “Pārnestās”.</numerusform>
            <numerusform>%n nepabeigtu darbību no iepriekšējām kārtām ir pārnestas: skatiet “Pārnestās”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Visit the facility and the committee each month. Record each action&apos;s status with the date and what you saw; chase what is overdue.</source>
        <translation>Apmeklējiet iestādi un komiteju katru mēnesi. Pierakstiet katras darbības statusu ar datumu un to, ko redzējāt; panāciet, lai nokavētais tiek izdarīts.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/help_pages.py" line="+33"/>
        <location line="+2"/>
        <source>Facilitator guide</source>
        <translation>Vadītāja rokasgrāmata</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The guide is not installed with this copy.</source>
        <translation>Šai kopijai rokasgrāmata nav instalēta.</translation>
    </message>
</context>
<context>
    <name>IndicatorsForm</name>
    <message>
        <location filename="../../ui/indicators.ui" line="+25"/>
        <source>Choose indicators</source>
        <translation>Izvēlēties rādītājus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where indicators come from</source>
        <translation>No kurienes nāk rādītāji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the issues</source>
        <translation>No problēmām</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranked issues to choose from</source>
        <translation>Sarindotas problēmas, no kurām izvēlēties</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use issue as indicator</source>
        <translation>Izmantot problēmu kā rādītāju</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use issue as &amp;indicator</source>
        <translation>&amp;Izmantot problēmu kā rādītāju</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the library</source>
        <translation>No bibliotēkas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the library</source>
        <translation>Meklēt bibliotēkā</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the indicator library…</source>
        <translation>Meklēt rādītāju bibliotēkā…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Library indicators</source>
        <translation>Bibliotēkas rādītāji</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add from library</source>
        <translation>Pievienot no bibliotēkas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add from &amp;library</source>
        <translation>Pievienot no &amp;bibliotēkas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Or write a custom one:</source>
        <translation>Vai uzrakstiet savu:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom indicator</source>
        <translation>Savs rādītājs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your own indicator and press Enter</source>
        <translation>Ierakstiet savu rādītāju un nospiediet Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indicators of this cycle, in scoring order</source>
        <translation>Šī cikla rādītāji vērtēšanas secībā</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unlock indicators</source>
        <translation>Atbloķēt rādītājus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock indicators…</source>
        <translation>&amp;Atbloķēt rādītājus…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chosen indicators</source>
        <translation>Izvēlētie rādītāji</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text of the selected indicator:</source>
        <translation>Izvēlētā rādītāja teksts:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicator text</source>
        <translation>Rādītāja teksts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>Move indicator up</source>
        <translation>Pārvietot rādītāju augšup</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Move &amp;up</source>
        <translation>Pār&amp;vietot augšup</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>Move indicator down</source>
        <translation>Pārvietot rādītāju lejup</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Move do&amp;wn</source>
        <translation>Pārvietot &amp;lejup</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove indicator</source>
        <translation>Noņemt rādītāju</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Noņemt</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/indicators.py" line="+89"/>
        <source>Unlock the indicators?</source>
        <translation>Atbloķēt rādītājus?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring has started: {scores} group scores, {votes} individual votes and {tallies} show-of-hands counts are entered.

If you remove an indicator, its scores are hidden from the results. If you add one, groups that have already scored must score it too. Renaming changes what people scored.

Unlock anyway?</source>
        <translation>Vērtēšana ir sākusies: ievadīti {scores} grupu vērtējumi, {votes} individuālās balsis un {tallies} roku pacelšanas skaitījumi.

Ja noņemsiet rādītāju, tā vērtējumi tiks paslēpti no rezultātiem. Ja pievienosiet rādītāju, grupām, kas jau vērtējušas, tas būs jānovērtē arī. Pārdēvēšana maina to, ko cilvēki novērtēja.

Tomēr atbloķēt?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The indicators are locked because scoring has started. Unlock them first.</source>
        <translation>Rādītāji ir bloķēti, jo vērtēšana ir sākusies. Vispirms atbloķējiet tos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{text}” is already an indicator.</source>
        <translation>“{text}” jau ir rādītājs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add indicator {text}</source>
        <translation>Pievienot rādītāju {text}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Rename indicator</source>
        <translation>Pārdēvēt rādītāju</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove indicator {text}</source>
        <translation>Noņemt rādītāju {text}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move indicator</source>
        <translation>Pārvietot rādītāju</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>providers&apos; own</source>
        <translation>sniedzēju pašu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>custom</source>
        <translation>savs</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{text} — raised by %n group(s), {votes} votes</source>
        <translation>
            <numerusform>{text} — izvirzīja %n grupa, {votes} balsis</numerusform>
            <numerusform>{text} — izvirzīja %n grupas, {votes} balsis</numerusform>
            <numerusform>{text} — izvirzīja %n grupu, {votes} balsis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cycle is finished; the indicators are fixed.</source>
        <translation>Cikls ir pabeigts; rādītāji ir galīgi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked: scoring has started, so the indicators stay as they are.</source>
        <translation>Bloķēts: vērtēšana ir sākusies, tāpēc rādītāji paliek, kā ir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocked for changes, although scoring has started.</source>
        <translation>Atbloķēts izmaiņām, lai gan vērtēšana ir sākusies.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n indicator(s) chosen. Aim for 5 to 8.</source>
        <translation>
            <numerusform>Izvēlēts %n rādītājs. Ieteicami 5 līdz 8.</numerusform>
            <numerusform>Izvēlēti %n rādītāji. Ieteicami 5 līdz 8.</numerusform>
            <numerusform>Izvēlēti %n rādītāju. Ieteicami 5 līdz 8.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Head office has withdrawn “{text}” from the library.</source>
        <translation>Galvenais birojs ir izņēmis “{text}” no bibliotēkas.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>(withdrawn by head office)</source>
        <translation>(galvenais birojs izņēmis)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(new from head office)</source>
        <translation>(jauns no galvenā biroja)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>from the issues</source>
        <translation>no problēmām</translation>
    </message>
</context>
<context>
    <name>InlineError</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/fields.py" line="+89"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
</context>
<context>
    <name>InputTrackingForm</name>
    <message>
        <location filename="../../ui/input_tracking.ui" line="+21"/>
        <source>First read out what the facility should have (the entitlement and where that is written). Then the group agrees what is actually there.</source>
        <translation>Vispirms nolasiet, kam iestādē jābūt (kas pienākas un kur tas rakstīts). Tad grupa vienojas, kas patiesībā ir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New input item</source>
        <translation>Jauna resursu pozīcija</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type an input (e.g. Nurses on duty) and press Enter</source>
        <translation>Ierakstiet resursu (piem., Dežūrējošās medmāsas) un nospiediet Enter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add input item</source>
        <translation>Pievienot resursu pozīciju</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add item</source>
        <translation>P&amp;ievienot pozīciju</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove input item</source>
        <translation>Noņemt resursu pozīciju</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove item</source>
        <translation>&amp;Noņemt pozīciju</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Input tracking matrix</source>
        <translation>Resursu uzskaites tabula</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Input item</source>
        <translation>Resursa pozīcija</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit</source>
        <translation>Vienība</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entitlement</source>
        <translation>Pienākas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source of the entitlement</source>
        <translation>Kur tas noteikts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual</source>
        <translation>Faktiski</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gap</source>
        <translation>Starpība</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remarks</source>
        <translation>Piezīmes</translation>
    </message>
</context>
<context>
    <name>InputTrackingPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/input_tracking.py" line="+72"/>
        <source>Remove input item</source>
        <translation>Noņemt resursu pozīciju</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Add input {item}</source>
        <translation>Pievienot resursu {item}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“{text}” is not a number; write it like 12 or 3.5.</source>
        <translation>“{text}” nav skaitlis; rakstiet kā 12 vai 3,5.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change {item}</source>
        <translation>Mainīt: {item}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 (as entitled)</source>
        <translation>0 (kā pienākas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} (less than entitled)</source>
        <translation>{n} (mazāk nekā pienākas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+{n} (more than entitled)</source>
        <translation>+{n} (vairāk nekā pienākas)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Remove the input item “{item}” and what was recorded for it?</source>
        <translation>Noņemt resursu “{item}” un tam ierakstīto?</translation>
    </message>
</context>
<context>
    <name>InterfaceMeetingForm</name>
    <message>
        <location filename="../../ui/interface_meeting.ui" line="+18"/>
        <source>Projector view</source>
        <translation>Projektora skats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Projector view (F11)</source>
        <translation>Projektora &amp;skats (F11)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message</source>
        <translation>Ziņojums</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Community and provider scores</source>
        <translation>Kopienas un sniedzēju vērtējumi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meeting</source>
        <translation>Sanāksme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datums:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting date</source>
        <translation>Sanāksmes datums</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Vieta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mmunity present:</source>
        <translation>Klāt &amp;no kopienas:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Community members present</source>
        <translation>Klātesošie kopienas locekļi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;roviders present:</source>
        <translation>K&amp;lāt no sniedzējiem:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Providers present</source>
        <translation>Klātesošie sniedzēji</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Notes:</source>
        <translation>P&amp;iezīmes:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting notes</source>
        <translation>Sanāksmes piezīmes</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Officials present</source>
        <translation>Klātesošās amatpersonas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New official</source>
        <translation>Jauna amatpersona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (role)</source>
        <translation>Vārds (loma)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add official</source>
        <translation>Pievienot amatpersonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd official</source>
        <translation>Pievienot &amp;amatpersonu</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>Remove official</source>
        <translation>Noņemt amatpersonu</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Remove o&amp;fficial</source>
        <translation>Noņemt a&amp;matpersonu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photos of the meeting</source>
        <translation>Sanāksmes fotoattēli</translation>
    </message>
</context>
<context>
    <name>InterfaceMeetingPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/interface_meeting.py" line="+89"/>
        <source>Meeting date</source>
        <translation>Sanāksmes datums</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting venue</source>
        <translation>Sanāksmes vieta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting notes</source>
        <translation>Sanāksmes piezīmes</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Add official {name}</source>
        <translation>Pievienot amatpersonu {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove official {name}</source>
        <translation>Noņemt amatpersonu {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} indicators compared; providers rate themselves higher on {h} of them.</source>
        <translation>Salīdzināti {n} rādītāji; sniedzēji sevi vērtē augstāk {h} no tiem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scores from both sides appear here once they are entered.</source>
        <translation>Abu pušu vērtējumi parādīsies šeit, kad tie būs ievadīti.</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>Round {r}: community {c} · providers {p}</source>
        <translation>{r}. kārta: kopiena {c} · sniedzēji {p}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{facility} — community and providers, round {r}</source>
        <translation>{facility} — kopiena un sniedzēji, {r}. kārta</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>Show both sides&apos; scores on the projector (F11). Start with the biggest gaps; ask each side to explain, and note what was said for each indicator.</source>
        <translation>Parādiet abu pušu vērtējumus ar projektoru (F11). Sāciet ar lielākajām atšķirībām; lūdziet katrai pusei paskaidrot un pierakstiet, kas teikts par katru rādītāju.</translation>
    </message>
</context>
<context>
    <name>IssuesPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/issues.py" line="+70"/>
        <source>Group raising issues</source>
        <translation>Grupa, kas izvirza problēmas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised by</source>
        <translation>Izvirzīja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who raised the issue: the group, someone in the room, or a sticker number</source>
        <translation>Kas izvirzīja problēmu: grupa, kāds telpā vai uzlīmes numurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New issue</source>
        <translation>Jauna problēma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an issue and press Enter</source>
        <translation>Ierakstiet problēmu un nospiediet Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issues of the group</source>
        <translation>Grupas problēmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Problēma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Votes</source>
        <translation>Balsis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remove issue</source>
        <translation>&amp;Noņemt problēmu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>Remove issue</source>
        <translation>Noņemt problēmu</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Issues raised by one group</source>
        <translation>Vienas grupas izvirzītās problēmas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised &amp;by:</source>
        <translation>&amp;Izvirzīja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;issue:</source>
        <translation>&amp;Jauna problēma:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record an issue only when the group agrees on it.</source>
        <translation>Pierakstiet problēmu tikai tad, ja grupa par to vienojas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranked issues</source>
        <translation>Sarindotās problēmas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge selected into one</source>
        <translation>&amp;Apvienot izvēlētās vienā</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge selected issues</source>
        <translation>Apvienot izvēlētās problēmas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select duplicates (Ctrl+click or Shift+arrows); the first one is kept</source>
        <translation>Izvēlieties dublikātus (Ctrl+klikšķis vai Shift+bultiņas); pirmais tiek saglabāts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Split merged issue</source>
        <translation>&amp;Sadalīt apvienoto problēmu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>Split merged issue</source>
        <translation>Sadalīt apvienoto problēmu</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>All groups, ranked</source>
        <translation>Visas grupas, sarindotas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add the groups first (step Participants).</source>
        <translation>Vispirms pievienojiet grupas (solis Dalībnieki).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add issue {text}</source>
        <translation>Pievienot problēmu {text}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select two or more issues that say the same thing.</source>
        <translation>Izvēlieties divas vai vairāk problēmas, kas saka vienu un to pašu.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Merge %n issue(s)</source>
        <translation>
            <numerusform>Apvienot %n problēmu</numerusform>
            <numerusform>Apvienot %n problēmas</numerusform>
            <numerusform>Apvienot %n problēmu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change issue text</source>
        <translation>Mainīt problēmas tekstu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Votes are a whole number, 0 or more.</source>
        <translation>Balsis ir vesels skaitlis, 0 vai vairāk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change votes</source>
        <translation>Mainīt balsis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} (service provider)</source>
        <translation>{name} (pakalpojuma sniedzējs)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The whole group</source>
        <translation>Visa grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone in the room</source>
        <translation>Kāds telpā</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant no. {n}</source>
        <translation>Dalībnieks nr. {n}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{text}  (merged into “{keep}”)</source>
        <translation>{text}  (apvienota ar “{keep}”)</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>{n}. {text} — raised by %n group(s), {votes} votes</source>
        <translation>
            <numerusform>{n}. {text} — izvirzīja %n grupa, {votes} balsis</numerusform>
            <numerusform>{n}. {text} — izvirzīja %n grupas, {votes} balsis</numerusform>
            <numerusform>{n}. {text} — izvirzīja %n grupu, {votes} balsis</numerusform>
        </translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Photos of the selected issue</source>
        <translation>Izvēlētās problēmas fotoattēli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos of the selected issue (e.g. the flip chart):</source>
        <translation>Izvēlētās problēmas fotoattēli (piem., tāfeles lapa):</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This group already has “{text}”; add votes to it instead.</source>
        <translation>Šai grupai jau ir “{text}”; pievienojiet balsis tai.</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <location filename="../../scorecard_app/gui/form_widgets.py" line="+98"/>
        <source>Region</source>
        <translation>Reģions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>Novads</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commune</source>
        <translation>Pagasts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>Ciems</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../scorecard_app/gui/main_window.py" line="+50"/>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All cycles</source>
        <translation>&amp;Visi cikli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New cycle…</source>
        <translation>&amp;Jauns cikls…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediģēt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>At&amp;celt atsaukšanu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cycle</source>
        <translation>&amp;Cikls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish cycle…</source>
        <translation>&amp;Pabeigt ciklu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reopen cycle…</source>
        <translation>&amp;Atvērt ciklu atkārtoti…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start ne&amp;xt round…</source>
        <translation>Sākt &amp;nākamo kārtu…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>S&amp;kats</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Scorecard</source>
        <translation>&amp;Par Scorecard</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Choose a cycle first.</source>
        <translation>Vispirms izvēlieties ciklu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Scorecard</source>
        <translation>Par Scorecard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Scorecard {version}&lt;/h3&gt;&lt;p&gt;Run Community Score Card cycles offline: score, compare, agree actions, print on the spot and sync to head office.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL v3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Scorecard {version}&lt;/h3&gt;&lt;p&gt;Veiciet kopienas vērtējuma kartes ciklus bez interneta: vērtējiet, salīdziniet, vienojieties par darbībām, drukājiet uz vietas un sinhronizējiet ar galveno biroju.&lt;/p&gt;&lt;p&gt;Brīvā programmatūra saskaņā ar GNU GPL v3 vai jaunāku versiju.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/settings_dialog.py" line="+146"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Iestatījumi…</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/cycle_setup.py" line="+50"/>
        <source>Next round</source>
        <translation>Nākamā kārta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round {n} of this place already exists; it is opened instead.</source>
        <translation>Šīs vietas {n}. kārta jau pastāv; tā tiek atvērta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round {r} is not finished yet.</source>
        <translation>{r}. kārta vēl nav pabeigta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start next round</source>
        <translation>Sākt nākamo kārtu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start round {n} of {facility} in {community}?

The {k} indicators of round {r} are copied, so scores can be compared, and round {r}&apos;s actions are reviewed in the follow-up.</source>
        <translation>Sākt iestādes {facility} {n}. kārtu kopienā {community}?

{r}. kārtas {k} rādītāji tiek nokopēti, lai vērtējumus varētu salīdzināt, un {r}. kārtas darbības tiek pārskatītas uzraudzībā.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/main_window.py" line="-129"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Iepriekšējais solis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next step</source>
        <translation>&amp;Nākamais solis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro&amp;jector view</source>
        <translation>&amp;Projektora skats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tips for this step</source>
        <translation>&amp;Padomi šim solim</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facilitator &amp;guide</source>
        <translation>Vadītāja &amp;rokasgrāmata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Īsinājumtaustiņi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version}</source>
        <translation>Versija {version}</translation>
    </message>
</context>
<context>
    <name>ParticipantsForm</name>
    <message>
        <location filename="../../ui/participants.ui" line="+25"/>
        <location line="+6"/>
        <source>Groups</source>
        <translation>Grupas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New group:</source>
        <translation>Jauna grupa:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New group type</source>
        <translation>Jaunās grupas veids</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New group name</source>
        <translation>Jaunās grupas nosaukums</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (optional)</source>
        <translation>Nosaukums (pēc izvēles)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add group</source>
        <translation>Pievienot grupu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;group</source>
        <translation>Pievienot &amp;grupu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected group:</source>
        <translation>Izvēlētā grupa:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Nosaukums:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected group name</source>
        <translation>Izvēlētās grupas nosaukums</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type:</source>
        <translation>Veids:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected group type</source>
        <translation>Izvēlētās grupas veids</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Facilitators:</source>
        <translation>Moderatori:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facilitators of the selected group</source>
        <translation>Izvēlētās grupas moderatori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead, note-taker (commas between)</source>
        <translation>Vadītājs, protokolētājs (atdalīti ar komatiem)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Remove group</source>
        <translation>Noņemt grupu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A group of type “Staff” is the service provider group.</source>
        <translation>Grupa ar veidu “Darbinieki” ir pakalpojuma sniedzēju grupa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Participants of the selected group</source>
        <translation>Izvēlētās grupas dalībnieki</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participants</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sticker no.</source>
        <translation>Uzlīmes nr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age</source>
        <translation>Vecums</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gender</source>
        <translation>Dzimums</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disability</source>
        <translation>Invaliditāte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minority</source>
        <translation>Minoritāte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poor</source>
        <translation>Trūcīgs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Youth</source>
        <translation>Jaunietis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counted</source>
        <translation>Uzskaitīts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+119"/>
        <source>Add participant</source>
        <translation>Pievienot dalībnieku</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>&amp;Add participant</source>
        <translation>Pievienot &amp;dalībnieku</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove participant</source>
        <translation>Noņemt dalībnieku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove participant</source>
        <translation>&amp;Noņemt dalībnieku</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“Someone in the room”: raises issues quickly, not counted as a person</source>
        <translation>“Kāds telpā”: ātri izvirza problēmas, netiek uzskaitīts kā persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add anonymous participant</source>
        <translation>Pievienot anonīmu dalībnieku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a&amp;nonymous participant</source>
        <translation>Pievienot &amp;anonīmu dalībnieku</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only numbers are kept, never names. Write the sticker number on each person&apos;s chest sticker. Youth is set from the age.</source>
        <translation>Tiek glabāti tikai numuri, nekad vārdi. Uzrakstiet uzlīmes numuru uz katras personas krūšu uzlīmes. Jaunietis tiek noteikts pēc vecuma.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Who takes part</source>
        <translation>Kas piedalās</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/participants.py" line="+111"/>
        <source>Gender</source>
        <translation>Dzimums</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Age band</source>
        <translation>Vecuma grupa</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Add anonymous participant</source>
        <translation>Pievienot anonīmu dalībnieku</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove participant</source>
        <translation>Noņemt dalībnieku</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Add group {name}</source>
        <translation>Pievienot grupu {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change group facilitators</source>
        <translation>Mainīt grupas moderatorus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename group</source>
        <translation>Pārdēvēt grupu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove group {name}</source>
        <translation>Noņemt grupu {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Add or choose a group first.</source>
        <translation>Vispirms pievienojiet vai izvēlieties grupu.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add participant {n}</source>
        <translation>Pievienot dalībnieku {n}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A sticker number is a whole number from 1 up.</source>
        <translation>Uzlīmes numurs ir vesels skaitlis no 1 uz augšu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sticker number {n} is already used by someone else.</source>
        <translation>Uzlīmes numuru {n} jau izmanto kāds cits.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change participant {n}</source>
        <translation>Mainīt dalībnieku {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (service provider)</source>
        <translation> (pakalpojuma sniedzējs)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{name}{kind} (%n people)</source>
        <translation>
            <numerusform>{name}{kind} (%n cilvēks)</numerusform>
            <numerusform>{name}{kind} (%n cilvēki)</numerusform>
            <numerusform>{name}{kind} (%n cilvēku)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>anonymous</source>
        <translation>anonīms</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n community member(s) counted.</source>
        <translation>
            <numerusform>Uzskaitīts %n kopienas loceklis.</numerusform>
            <numerusform>Uzskaitīti %n kopienas locekļi.</numerusform>
            <numerusform>Uzskaitīti %n kopienas locekļu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women: {n} ({p}%)</source>
        <translation>Sievietes: {n} ({p}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men: {n} ({p}%)</source>
        <translation>Vīrieši: {n} ({p}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young: {n} ({p}%)</source>
        <translation>Jaunieši: {n} ({p}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a disability: {n}</source>
        <translation>Ar invaliditāti: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority: {n}</source>
        <translation>Minoritāte: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor: {n}</source>
        <translation>Trūcīgie: {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (providers): {n}</source>
        <translation>{name} (sniedzēji): {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: {w}</source>
        <translation>Brīdinājums: {w}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No inclusion warnings.</source>
        <translation>Nav iekļaušanas brīdinājumu.</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Change group type</source>
        <translation>Mainīt grupas veidu</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../scorecard_app/gui/photos.py" line="+44"/>
        <source>“{name}” is not a file.</source>
        <translation>“{name}” nav fails.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is too big for a photo (more than 25 MB).</source>
        <translation>“{name}” ir par lielu fotoattēlam (vairāk nekā 25 MB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” is not a photo (JPEG, PNG or WebP).</source>
        <translation>“{name}” nav fotoattēls (JPEG, PNG vai WebP).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Photos</source>
        <translation>Fotoattēli</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop photo files here, or use Add photo…</source>
        <translation>Ievelciet šeit fotoattēlu failus vai izmantojiet “Pievienot fotoattēlu…”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add photo…</source>
        <translation>Pievienot fotoattēlu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photo</source>
        <translation>Pievienot fotoattēlu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open full size</source>
        <translation>Atvērt pilnā izmērā</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open photo full size</source>
        <translation>Atvērt fotoattēlu pilnā izmērā</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>Noņemt fotoattēlu</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Add photos</source>
        <translation>Pievienot fotoattēlus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Fotoattēli (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Remove the photo “{name}”?</source>
        <translation>Noņemt fotoattēlu “{name}”?</translation>
    </message>
</context>
<context>
    <name>PrintCentre</name>
    <message>
        <location filename="../../scorecard_app/gui/print_centre.py" line="+117"/>
        <source>Print centre</source>
        <translation>Drukas centrs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printables</source>
        <translation>Drukājamie materiāli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for the session</source>
        <translation>sesijai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>results</source>
        <translation>rezultāti</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Papīrs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papīrs:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;view</source>
        <translation>Pri&amp;ekšskatījums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Saglabāt PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Atvērt skatītājā</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Drukāt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress</source>
        <translation>Norise</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Page preview</source>
        <translation>Lapas priekšskatījums</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick what to print:</source>
        <translation>Atzīmējiet, ko drukāt:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Making the PDF…</source>
        <translation>Veido PDF…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PDF could not be made: {error}</source>
        <translation>PDF nevarēja izveidot: {error}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No preview: this computer lacks the pdftoppm program. Open the PDF in the viewer instead.</source>
        <translation>Nav priekšskatījuma: šajā datorā nav programmas pdftoppm. Atveriet PDF skatītājā.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page {n}</source>
        <translation>{n}. lapa</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n lapa</numerusform>
            <numerusform>%n lapas</numerusform>
            <numerusform>%n lapu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save PDF</source>
        <translation>Saglabāt PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF datnes (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the PDFs in</source>
        <translation>Saglabāt PDF datnes mapē</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be saved: {error}</source>
        <translation>PDF nevarēja saglabāt: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved: {files}</source>
        <translation>Saglabāts: {files}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening the PDF in the viewer; print it from there.</source>
        <translation>PDF tiek atvērts skatītājā; drukājiet no turienes.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The printer could not be started.</source>
        <translation>Printeri nevarēja palaist.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Print centre…</source>
        <translation>&amp;Drukas centrs…</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../scorecard_app/gui/projector.py" line="+60"/>
        <source>Projector view</source>
        <translation>Projektora skats</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Community</source>
        <translation>Kopiena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>Sniedzēji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen {page} of {pages} — Page Down: next · Page Up: back · Esc: leave</source>
        <translation>{page}. ekrāns no {pages} — Page Down: tālāk · Page Up: atpakaļ · Esc: iziet</translation>
    </message>
</context>
<context>
    <name>ProviderScoringPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/provider_scoring.py" line="+26"/>
        <source>Provider scores</source>
        <translation>Sniedzēju vērtējumi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New own indicator</source>
        <translation>Jauns savs rādītājs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An indicator the providers want to add…</source>
        <translation>Rādītājs, ko sniedzēji vēlas pievienot…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Own indicator:</source>
        <translation>&amp;Savs rādītājs:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add own indicator</source>
        <translation>P&amp;ievienot savu rādītāju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add own indicator</source>
        <translation>Pievienot savu rādītāju</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove own indicator</source>
        <translation>&amp;Noņemt savu rādītāju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove own indicator</source>
        <translation>Noņemt savu rādītāju</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the selected indicator, if it is one of the providers&apos; own</source>
        <translation>Noņem izvēlēto rādītāju, ja tas ir sniedzēju pašu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no service provider group yet: add one in the Participants step.</source>
        <translation>Vēl nav pakalpojuma sniedzēju grupas: pievienojiet to solī Dalībnieki.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Provider group:</source>
        <translation>Sniedzēju &amp;grupa:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the new indicator first.</source>
        <translation>Vispirms ierakstiet jauno rādītāju.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add own indicator {text}</source>
        <translation>Pievienot savu rādītāju {text}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select one of the providers&apos; own indicators first.</source>
        <translation>Vispirms izvēlieties vienu no sniedzēju pašu rādītājiem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{text}” is shared with the community; it can only be removed in the Indicators step.</source>
        <translation>“{text}” ir kopīgs ar kopienu; to var noņemt tikai solī Rādītāji.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove own indicator {text}</source>
        <translation>Noņemt savu rādītāju {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meet the staff separately. They score the same indicators and may add their own; ask for a reason with every score.</source>
        <translation>Tiecieties ar darbiniekiem atsevišķi. Viņi vērtē tos pašus rādītājus un var pievienot savus; jautājiet iemeslu katram vērtējumam.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../scorecard_app/gui/qt_standard_strings.py" line="+56"/>
        <source>&amp;Select All</source>
        <translation>&amp;Izvēlēties visu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>Pielikt &amp;soli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>&amp;Noņemt soli</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Atvērt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Saglabāt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Saglabāt kā</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Izvēlēties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in:</source>
        <translation>Meklēt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Datnes &amp;nosaukums:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Datnes ar tipu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Visas datnes (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Direktorija:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Uz priekšu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Vecāka direktorija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Izveidot jaunu mapi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Saraksta skats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detalizēts skats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Jauna mape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>Pā&amp;rdēvēt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Rādīt &amp;slēptās datnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>Jau&amp;na mape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Nesenās vietas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 jau eksistē.
Vai vēlaties to aizvietot?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Izmaiņu datums</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location line="-76"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+29"/>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Atatsaukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Izgriez&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Ielīmēt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Izvēlēties visu</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-13"/>
        <source>Show Details...</source>
        <translation>Rādīt sīkāku informāciju...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Slēpt sīkāku informāciju...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translation>Labi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Saglabāt visu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Jā</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Jā vis&amp;am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nē</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Nē &amp;visam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Pārtraukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Vēlreiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorēt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/app.py" line="+87"/>
        <location filename="../../scorecard_app/gui/qt_standard_strings.py" line="+1"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/qt_standard_strings.py" line="+1"/>
        <source>Discard</source>
        <translation>Nesaglabāt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Palīdzība</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Pielietot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Atstatīt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Atjaunot noklusējumus</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location line="+57"/>
        <source>Undo %1</source>
        <translation>Atsaukt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1</source>
        <translation>Atatsaukt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Atsaukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Atatsaukt</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-48"/>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Atatsaukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Izgriez&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Ielīmēt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Izvēlēties visu</translation>
    </message>
</context>
<context>
    <name>RemoveQuestion</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/fields.py" line="-28"/>
        <source>Remove?</source>
        <translation>Noņemt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="+20"/>
        <source>Reopen cycle</source>
        <translation>Atvērt ciklu atkārtoti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for reopening</source>
        <translation>Atkārtotas atvēršanas iemesls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Two votes of the youth group were missing</source>
        <translation>piem., trūka divu jauniešu grupas balsu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why is the cycle reopened? The reason is kept in its log.</source>
        <translation>&amp;Kāpēc cikls tiek atvērts atkārtoti? Iemesls tiek saglabāts tā žurnālā.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Atvērt atkārtoti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../scorecard_app/gui/score_results.py" line="+113"/>
        <source>Live results</source>
        <translation>Tiešie rezultāti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results of this group</source>
        <translation>Šīs grupas rezultāti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results by group</source>
        <translation>Rezultāti pa grupām</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results by participant attribute</source>
        <translation>Rezultāti pēc dalībnieku pazīmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break down by</source>
        <translation>Sadalīt pēc</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Break down community votes by:</source>
        <translation>&amp;Sadalīt kopienas balsis pēc:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This group</source>
        <translation>Šī grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All groups</source>
        <translation>Visas grupas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By attribute</source>
        <translation>Pēc pazīmes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gender</source>
        <translation>Dzimums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Vecuma grupa</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Poor household</source>
        <translation>Trūcīga mājsaimniecība</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>Jaunieši</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+47"/>
        <location line="+67"/>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Group score</source>
        <translation>Grupas vērtējums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Balsis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Mediāna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Vidējais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution (level: people)</source>
        <translation>Sadalījums (līmenis: cilvēki)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Group score for {indicator}: {value}</source>
        <translation>Grupas vērtējums rādītājam {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Median for {indicator}: {value}</source>
        <translation>Mediāna rādītājam {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Community</source>
        <translation>Kopiena</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Community, {indicator}: {value}</source>
        <translation>Kopiena, {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not recorded</source>
        <translation>nav reģistrēts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{median} (mean {mean}, {n} votes)</source>
        <translation>{median} (vidējais {mean}, {n} balsis)</translation>
    </message>
</context>
<context>
    <name>ScaleLegend</name>
    <message>
        <location filename="../../scorecard_app/gui/scale_widgets.py" line="+164"/>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
</context>
<context>
    <name>ScaleWidgets</name>
    <message>
        <location line="+49"/>
        <source>No score from an earlier round</source>
        <translation>Nav vērtējuma no iepriekšējās kārtas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change since round {r}</source>
        <translation>Kopš {r}. kārtas nav izmaiņu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up {n} since round {r}</source>
        <translation>Kopš {r}. kārtas pieaudzis par {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down {n} since round {r}</source>
        <translation>Kopš {r}. kārtas samazinājies par {n}</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>no score</source>
        <translation>nav vērtējuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value}, {word}, on a scale of {low} to {high}</source>
        <translation>{value}, {word}, skalā no {low} līdz {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored by both sides yet</source>
        <translation>Abas puses vēl nav novērtējušas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides give the same score</source>
        <translation>Abas puses dod vienādu vērtējumu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers rate {n} higher</source>
        <translation>Sniedzēji vērtē par {n} augstāk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community rates {n} higher</source>
        <translation>Kopiena vērtē par {n} augstāk</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <location line="+160"/>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
</context>
<context>
    <name>ScoringPageBase</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/community_scoring.py" line="-157"/>
        <source>Message</source>
        <translation>Ziņojums</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cycle is finished: use “Reopen cycle…” (with a reason) to change scores.</source>
        <translation>Šis cikls ir pabeigts: lai mainītu vērtējumus, izmantojiet “Atvērt ciklu atkārtoti…” (norādot iemeslu).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="+5"/>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface &amp;language:</source>
        <translation>Saskarnes &amp;valoda:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language</source>
        <translation>Saskarnes valoda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Teksta lielums:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text size in percent</source>
        <translation>Teksta lielums procentos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Contrast:</source>
        <translation>&amp;Kontrasts:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contrast</source>
        <translation>Kontrasts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Kā sistēmā</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Parasts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Augsts kontrasts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The interface language is for you. The language of a session with a community group is chosen with each cycle and printed on its handouts.</source>
        <translation>Saskarnes valoda ir jums. Sesijas valodu ar kopienas grupu izvēlas katram ciklam, un tā tiek drukāta uz izdales materiāliem.</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../../ui/setup.ui" line="+21"/>
        <source>Setup of the cycle</source>
        <translation>Cikla iestatīšana</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cycle</source>
        <translation>Cikls</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;acility:</source>
        <extracomment>Not Alt+F: that opens the File menu.</extracomment>
        <translation>&amp;Iestāde:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facility name</source>
        <translation>Iestādes nosaukums</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sec&amp;tor:</source>
        <extracomment>Not Alt+C: that opens the Cycle menu.</extracomment>
        <translation>&amp;Nozare:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sector</source>
        <translation>Nozare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Community &amp;location:</source>
        <translation>K&amp;opienas atrašanās vieta:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Round:</source>
        <translation>Kārta:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Skala:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scoring &amp;mode:</source>
        <translation>Vērtēšanas &amp;veids:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoring mode</source>
        <translation>Vērtēšanas veids</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session lan&amp;guage:</source>
        <translation>S&amp;esijas valoda:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session language</source>
        <translation>Sesijas valoda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lea&amp;d facilitator:</source>
        <translation>&amp;Galvenais moderators:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lead facilitator</source>
        <translation>Galvenais moderators</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other facilitators:</source>
        <translation>Citi &amp;moderatori:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other facilitators</source>
        <translation>Citi moderatori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names, separated by commas</source>
        <translation>Vārdi, atdalīti ar komatiem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ne&amp;xt round planned for:</source>
        <translation>Nāk&amp;amā kārta plānota:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next round planned for</source>
        <translation>Nākamā kārta plānota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score cards are repeated every 6 to 12 months</source>
        <translation>Vērtējuma kartes atkārto ik pēc 6 līdz 12 mēnešiem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training:</source>
        <translation>Apmācība:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dates of each step</source>
        <translation>Katra soļa datumi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Step&lt;/b&gt;</source>
        <translation>&lt;b&gt;Solis&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Planned&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plānots&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Done on&lt;/b&gt;</source>
        <translation>&lt;b&gt;Paveikts&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/setup.py" line="+97"/>
        <source>Planned date of {step}</source>
        <translation>Posma “{step}” plānotais datums</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual date of {step}</source>
        <translation>Posma “{step}” faktiskais datums</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Rename facility</source>
        <translation>Pārdēvēt iestādi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change sector</source>
        <translation>Mainīt nozari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change scale</source>
        <translation>Mainīt skalu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change scoring mode</source>
        <translation>Mainīt vērtēšanas veidu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change session language</source>
        <translation>Mainīt sesijas valodu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change next round date</source>
        <translation>Mainīt nākamās kārtas datumu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change lead facilitator</source>
        <translation>Mainīt galveno moderatoru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change facilitators</source>
        <translation>Mainīt moderatorus</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change community location</source>
        <translation>Mainīt kopienas atrašanās vietu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change date of {step}</source>
        <translation>Mainīt posma “{step}” datumu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Round {n}</source>
        <translation>{n}. kārta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round {n}, following round {p} (finished on {date})</source>
        <translation>{n}. kārta pēc {p}. kārtas (pabeigta {date})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round {n}, following round {p} (not finished)</source>
        <translation>{n}. kārta pēc {p}. kārtas (nav pabeigta)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scale cannot change once scores are entered.</source>
        <translation>Skalu nevar mainīt, kad vērtējumi jau ievadīti.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TRAINING CYCLE: practice only, never synced to head office.</source>
        <translation>APMĀCĪBAS CIKLS: tikai vingrināšanās, netiek sinhronizēts ar galveno biroju.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A real cycle (synced to head office).</source>
        <translation>Īsts cikls (tiek sinhronizēts ar galveno biroju).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/help_pages.py" line="+26"/>
        <source>Next step / previous step</source>
        <translation>Nākamais / iepriekšējais solis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projector view (interface meeting)</source>
        <translation>Projektora skats (kopīgā sanāksme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips for this step</source>
        <translation>Padomi šim solim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a cell and go to the next</source>
        <translation>Saglabāt šūnu un pāriet uz nākamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, Tab</source>
        <translation>Enter, Tab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste a block copied from a spreadsheet</source>
        <translation>Ielīmēt no izklājlapas nokopētu bloku</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the selected row</source>
        <translation>Noņemt izvēlēto rindu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Īsinājumtaustiņi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Taustiņi</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="-103"/>
        <source>Steps</source>
        <translation>Soļi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>done</source>
        <translation>pabeigts</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n jāizdara</numerusform>
            <numerusform>%n jāizdara</numerusform>
            <numerusform>%n jāizdara</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../scorecard_app/sync_client/errors.py" line="+11"/>
        <source>This laptop&apos;s access was revoked; ask head office for a new enrolment code.</source>
        <translation>Šī klēpjdatora piekļuve ir atsaukta; lūdziet galvenajam birojam jaunu reģistrācijas kodu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office refused the enrolment code ({detail}). Ask head office for a new code.</source>
        <translation>Galvenais birojs noraidīja reģistrācijas kodu ({detail}). Lūdziet galvenajam birojam jaunu kodu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop is not enrolled yet. Enrol it with the address and code from head office.</source>
        <translation>Šis klēpjdators vēl nav reģistrēts. Reģistrējiet to ar galvenā biroja adresi un kodu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office could not be reached ({detail}). Your changes are kept; try again later.</source>
        <translation>Neizdevās sazināties ar galveno biroju ({detail}). Jūsu izmaiņas ir saglabātas; mēģiniet vēlreiz vēlāk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address {url} did not answer like a Scorecard server (a login page of a hotspot?). Check the address, or log in to the network first.</source>
        <translation>Adrese {url} neatbildēja kā Scorecard serveris (tīklāja pieteikšanās lapa?). Pārbaudiet adresi vai vispirms piesakieties tīklā.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head office speaks a newer sync protocol. Update Scorecard on this laptop to sync.</source>
        <translation>Galvenais birojs izmanto jaunāku sinhronizācijas protokolu. Lai sinhronizētu, atjauniniet Scorecard šajā klēpjdatorā.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an enrolment link: it should look like scorecard://enrol?url=…&amp;code=…</source>
        <translation>Šī nav reģistrācijas saite: tai jāizskatās kā scorecard://enrol?url=…&amp;code=…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} on this laptop is damaged: head office received different content.</source>
        <translation>Fails {name} šajā klēpjdatorā ir bojāts: galvenais birojs saņēma citu saturu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a usable Scorecard bundle ({detail}). Nothing was changed.</source>
        <translation>{name} nav izmantojama Scorecard pakotne ({detail}). Nekas netika mainīts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was changed after it was made (its signature does not match). Nothing was changed.</source>
        <translation>{name} pēc izveides ir mainīts (paraksts nesakrīt). Nekas netika mainīts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} was refused: {detail}. Nothing was changed.</source>
        <translation>{name} tika noraidīts: {detail}. Nekas netika mainīts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop cannot sign bundles yet: sync with head office once, or enrol it with an enrolment file from head office.</source>
        <translation>Šis klēpjdators vēl nevar parakstīt pakotnes: vienreiz sinhronizējiet ar galveno biroju vai reģistrējiet to ar galvenā biroja reģistrācijas failu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a usable enrolment file ({detail}). Nothing was changed.</source>
        <translation>{name} nav izmantojams reģistrācijas fails ({detail}). Nekas netika mainīts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop is already enrolled as device {device}. Nothing was changed.</source>
        <translation>Šis klēpjdators jau ir reģistrēts kā ierīce {device}. Nekas netika mainīts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing to put in a bundle (training cycles never leave the laptop).</source>
        <translation>Pakotnē nav ko ievietot (apmācību cikli nekad neatstāj klēpjdatoru).</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../scorecard_app/gui/sync_panel.py" line="+100"/>
        <source>Connection to head office</source>
        <translation>Savienojums ar galveno biroju</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes waiting to sync</source>
        <translation>Izmaiņas, kas gaida sinhronizāciju</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync</source>
        <translation>Pēdējā sinhronizācija</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync progress</source>
        <translation>Sinhronizācijas norise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync &amp;with head office</source>
        <translation>Sin&amp;hronizācija ar galveno biroju</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinhronizēt tagad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enrol this laptop…</source>
        <translation>&amp;Reģistrēt šo datoru…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export bundle for USB…</source>
        <translation>&amp;Eksportēt paketi USB…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importēt paketi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>&amp;Conflicts to review…</source>
        <translation>&amp;Pārskatāmie konflikti…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Not enrolled</source>
        <translation>Nav reģistrēts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Sinhronizē…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Vēl nav sinhronizēts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation>Gatavs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Tiešsaistē</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Bezsaistē</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>Gaida %n izmaiņa</numerusform>
            <numerusform>Gaida %n izmaiņas</numerusform>
            <numerusform>Gaida %n izmaiņu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: %1</source>
        <translation>Pēdējā sinhronizācija: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never synced</source>
        <translation>Nekad nav sinhronizēts</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Conflicts to review (%n)…</source>
        <translation>
            <numerusform>&amp;Pārskatāmie konflikti (%n)…</numerusform>
            <numerusform>&amp;Pārskatāmie konflikti (%n)…</numerusform>
            <numerusform>&amp;Pārskatāmie konflikti (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Sync</source>
        <translation>Sinhronizācija</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enrol this laptop first (Sync ▸ Enrol this laptop…).</source>
        <translation>Vispirms reģistrējiet šo datoru (Sinhronizācija ▸ Reģistrēt šo datoru…).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Synced: %1 change(s) sent, %2 received.</source>
        <translation>Sinhronizēts: nosūtītas %1 izmaiņas, saņemtas %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head office kept some values differently: see Sync ▸ Conflicts to review.</source>
        <translation>Galvenais birojs dažas vērtības paturēja citādas: skatiet Sinhronizācija ▸ Pārskatāmie konflikti.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sync stopped: %1</source>
        <translation>Sinhronizācija apturēta: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the head office address (https://…) and the code.</source>
        <translation>Norādiet galvenā biroja adresi (https://…) un kodu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This laptop is enrolled. Sync now to send its changes.</source>
        <translation>Šis dators ir reģistrēts. Sinhronizējiet tagad, lai nosūtītu tā izmaiņas.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export bundle for USB</source>
        <translation>Eksportēt paketi USB</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Scorecard bundle (*.scbundle)</source>
        <translation>Scorecard pakete (*.scbundle)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Bundle written: %1 change(s) in %2. Carry it to head office.</source>
        <translation>Pakete ierakstīta: %1 izmaiņas datnē %2. Nogādājiet to galvenajā birojā.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import bundle</source>
        <translation>Importēt paketi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bundle imported: %1 change(s) applied, %2 already here.</source>
        <translation>Pakete importēta: piemērotas %1 izmaiņas, %2 jau bija šeit.</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Enrol from a &amp;file (USB)…</source>
        <translation>Reģistrēt no &amp;faila (USB)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>USB bundles only</source>
        <translation>Tikai USB pakotnes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wait until the sync in progress has finished.</source>
        <translation>Pagaidiet, līdz notiekošā sinhronizācija beigsies.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop has no head-office address yet: enrol it online, or use USB bundles.</source>
        <translation>Šim klēpjdatoram vēl nav galvenā biroja adreses: reģistrējiet to tiešsaistē vai izmantojiet USB pakotnes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Enrol this laptop first (online, or from an enrolment file).</source>
        <translation>Vispirms reģistrējiet šo klēpjdatoru (tiešsaistē vai no reģistrācijas faila).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop cannot sign bundles yet: sync with head office once, or enrol it with an enrolment file.</source>
        <translation>Šis klēpjdators vēl nevar parakstīt pakotnes: vienreiz sinhronizējiet ar galveno biroju vai reģistrējiet to ar reģistrācijas failu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enrol this laptop first: it checks who signed a bundle.</source>
        <translation>Vispirms reģistrējiet šo klēpjdatoru: tas pārbauda, kas parakstīja pakotni.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop is already enrolled.</source>
        <translation>Šis klēpjdators jau ir reģistrēts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send waiting changes and fetch head office&apos;s.</source>
        <translation>Nosūtīt gaidošās izmaiņas un saņemt galvenā biroja izmaiņas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this laptop&apos;s changes to a signed file.</source>
        <translation>Ierakstīt šī klēpjdatora izmaiņas parakstītā failā.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply a signed bundle from a USB stick.</source>
        <translation>Lietot parakstītu pakotni no USB zibatmiņas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read head office&apos;s enrolment file.</source>
        <translation>Nolasīt galvenā biroja reģistrācijas failu.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Some attached files could not be sent; they will be sent on the next sync.</source>
        <translation>Dažus pievienotos failus neizdevās nosūtīt; tie tiks nosūtīti nākamajā sinhronizācijā.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some of this laptop&apos;s data still differs from head office&apos;s copy after a repair. It was reported; nothing was deleted.</source>
        <translation>Daļa šī klēpjdatora datu pēc labošanas joprojām atšķiras no galvenā biroja kopijas. Par to ir ziņots; nekas netika dzēsts.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Enrol from a file</source>
        <translation>Reģistrēt no faila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolment file (*.json)</source>
        <translation>Reģistrācijas fails (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This laptop is enrolled from the file. Delete the file from the USB stick now.</source>
        <translation>Šis klēpjdators ir reģistrēts no faila. Tagad izdzēsiet failu no USB zibatmiņas.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n change(s) refused: they change a finished cycle.</source>
        <translation>
            <numerusform>%n izmaiņa noraidīta: tā maina pabeigtu ciklu.</numerusform>
            <numerusform>%n izmaiņas noraidītas: tās maina pabeigtu ciklu.</numerusform>
            <numerusform>%n izmaiņu noraidīts: tās maina pabeigtu ciklu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-493"/>
        <source>Facility</source>
        <translation>Iestāde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>Cikls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Dalībnieks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Resurss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Problēma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Rādītājs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Balss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally</source>
        <translation>Uzskaite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface meeting</source>
        <translation>Kopīgā sanāksme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action update</source>
        <translation>Darbības atjauninājums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Fotoattēls</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Head office changed it too</source>
        <translation>Arī galvenais birojs to mainīja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cycle was already finished at head office</source>
        <translation>Cikls galvenajā birojā jau bija pabeigts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up notes cannot be changed once sent</source>
        <translation>Uzraudzības piezīmes pēc nosūtīšanas nevar mainīt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office manages this facility</source>
        <translation>Šo iestādi pārvalda galvenais birojs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The change arrived damaged</source>
        <translation>Izmaiņas pienāca bojātas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office does not know this kind of record</source>
        <translation>Galvenais birojs nepazīst šāda veida ierakstu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office does not know this field</source>
        <translation>Galvenais birojs nepazīst šo lauku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office could not read this change</source>
        <translation>Galvenais birojs nevarēja nolasīt šīs izmaiņas</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="-158"/>
        <source>{indicator}, {level}: {count} people</source>
        <translation>{indicator}, {level}: {count} cilvēki</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{text}” was not saved: a count of people is a whole number.</source>
        <translation>“{text}” netika saglabāts: cilvēku skaits ir vesels skaitlis.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show of hands on {indicator}</source>
        <translation>Roku pacelšana par {indicator}</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>a count of people is a whole number.</source>
        <translation>cilvēku skaits ir vesels skaitlis.</translation>
    </message>
</context>
<context>
    <name>Tips</name>
    <message>
        <location filename="../../scorecard_app/gui/tips.py" line="+14"/>
        <source>Meet the community leaders and the service providers first: agree the dates, the venue and who facilitates. Each group needs two facilitators, a lead and a note-taker; at least one should be trusted locally. Plan a date for every step.</source>
        <translation>Vispirms tiecieties ar kopienas līderiem un pakalpojumu sniedzējiem: vienojieties par datumiem, vietu un to, kas vadīs. Katrai grupai vajag divus moderatorus — vadītāju un protokolētāju; vismaz vienam no viņiem jābūt vietējo uzticībai. Ieplānojiet datumu katram solim.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why we are here and that no names are written down. Split people into interest groups: women, men, youth, elders, people with disabilities. Give each person a numbered sticker. Ask who is missing today and how to reach them.</source>
        <translation>Pastāstiet, kāpēc esam šeit, un ka vārdi netiek pierakstīti. Sadaliet cilvēkus interešu grupās: sievietes, vīrieši, jaunieši, seniori, cilvēki ar invaliditāti. Iedodiet katram numurētu uzlīmi. Pajautājiet, kura šodien trūkst un kā ar viņiem sazināties.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read out what the facility is entitled to (staff, medicines, equipment) and where that is written. Then ask the group: what is actually there? Write what the group agrees, with remarks.</source>
        <translation>Nolasiet, kas iestādei pienākas (darbinieki, zāles, aprīkojums) un kur tas ir rakstīts. Tad jautājiet grupai: kas patiesībā ir? Pierakstiet, par ko grupa vienojas, ar piezīmēm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask: how are things going? What works? What does not? Record an issue only when the group agrees. Merge issues that say the same thing, then let people vote for the most important ones.</source>
        <translation>Jautājiet: kā klājas? Kas darbojas? Kas nedarbojas? Pierakstiet problēmu tikai tad, ja grupa piekrīt. Apvienojiet problēmas, kas saka vienu un to pašu, tad ļaujiet cilvēkiem balsot par svarīgākajām.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn the top issues of all groups into common indicators, worded so that they can be scored. Five to eight indicators are enough. Once scoring starts, keep the list.</source>
        <translation>Pārvērtiet visu grupu galvenās problēmas kopīgos rādītājos, noformulētos tā, lai tos varētu novērtēt. Pietiek ar pieciem līdz astoņiem rādītājiem. Kad vērtēšana sākusies, saglabājiet sarakstu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restate who may be absent, then explain the scale with its faces and words. Score one indicator at a time and always ask why: write the reason and a suggestion.</source>
        <translation>Atkārtojiet, kuru varētu trūkt, tad izskaidrojiet skalu ar tās sejām un vārdiem. Vērtējiet pa vienam rādītājam un vienmēr jautājiet, kāpēc: pierakstiet iemeslu un ierosinājumu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff score the same indicators, and may add one or two of their own. Say clearly that this is not finger-pointing: both sides look for solutions together.</source>
        <translation>Darbinieki vērtē tos pašus rādītājus un var pievienot vienu vai divus savus. Skaidri pasakiet, ka tā nav vainīgo meklēšana: abas puses kopā meklē risinājumus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring community representatives, staff and officials together. Show both scores side by side, start with what works, then talk through the largest gaps calmly.</source>
        <translation>Sapulciniet kopienas pārstāvjus, darbiniekus un amatpersonas. Parādiet abus vērtējumus blakus, sāciet ar to, kas darbojas, tad mierīgi pārrunājiet lielākās atšķirības.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For each gap, agree one concrete action, a named person responsible, a date and the resources. Mark what the district must solve as escalated.</source>
        <translation>Katrai atšķirībai vienojieties par vienu konkrētu darbību, atbildīgo personu vārdā, termiņu un resursiem. To, kas jārisina novadam, atzīmējiet kā nodotu augstākam līmenim.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check each action every month and write down its status with a date. Overdue actions come first. The next round starts by reviewing this plan.</source>
        <translation>Pārbaudiet katru darbību katru mēnesi un pierakstiet tās statusu ar datumu. Nokavētās darbības ir pirmās. Nākamā kārta sākas ar šī plāna pārskatīšanu.</translation>
    </message>
</context>
<context>
    <name>TipsPanel</name>
    <message>
        <location line="+17"/>
        <source>Show tips for this step</source>
        <translation>Rādīt padomus šim solim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the tips (F1)</source>
        <translation>Rādīt vai slēpt padomus (F1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tip</source>
        <translation>Padoms</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>▾ Tips for this step</source>
        <translation>▾ Padomi šim solim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▸ Tips</source>
        <translation>▸ Padomi</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../scorecard_app/gui/trends_view.py" line="+55"/>
        <source>Trend chart</source>
        <translation>Tendences diagramma</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location line="+79"/>
        <source>Trends across rounds</source>
        <translation>Tendences pa kārtām</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator to show</source>
        <translation>Rādāmais rādītājs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole card</source>
        <translation>Visa karte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores by round</source>
        <translation>Vērtējumi pa kārtām</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show:</source>
        <translation>&amp;Rādīt:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>Round {n}</source>
        <translation>{n}. kārta</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Scores on the scale {scale}; the gap is community minus providers.</source>
        <translation>Vērtējumi skalā {scale}; atšķirība ir kopienas vērtējums mīnus sniedzēju vērtējums.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the first round: there is no trend yet.</source>
        <translation>Šī ir pirmā kārta: tendences vēl nav.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Community</source>
        <translation>Kopiena</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Providers</source>
        <translation>Sniedzēji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>Starpība</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change</source>
        <translation>Izmaiņas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Trends across rounds…</source>
        <translation>&amp;Tendences pa kārtām…</translation>
    </message>
</context>
<context>
    <name>VoteGridModel</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="-136"/>
        <source>Participant {number}</source>
        <translation>Dalībnieks {number}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Participant {number}, {indicator}: {value}</source>
        <translation>Dalībnieks {number}, {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row} of {rows}, column {col} of {cols}</source>
        <translation>{row}. rinda no {rows}, {col}. kolonna no {cols}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Vote of participant {number} on {indicator}</source>
        <translation>Dalībnieka {number} balss par {indicator}</translation>
    </message>
</context>
<context>
    <name>_EditModel</name>
    <message>
        <location line="-257"/>
        <location line="+11"/>
        <source>That is not a number.</source>
        <translation>Tas nav skaitlis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” was not saved: {why}</source>
        <translation>“{text}” netika saglabāts: {why}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>this cell cannot be typed into</source>
        <translation>šajā šūnā nevar rakstīt</translation>
    </message>
</context>
</TS>
