<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ActionFollowUp</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/follow_up.py" line="+130"/>
        <source>No updates yet.</source>
        <translation>Uuendusi veel pole.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the date of the update.</source>
        <translation>Sisestage uuenduse kuupäev.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Update on “{what}”</source>
        <translation>Uuendus: „{what}”</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Head office, {date}: {note}</source>
        <translation>Peakontor, {date}: {note}</translation>
    </message>
</context>
<context>
    <name>ActionFollowUpForm</name>
    <message>
        <location filename="../../ui/action_follow_up.ui" line="+23"/>
        <source>Add a status update</source>
        <translation>Lisa oleku uuendus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date:</source>
        <translation>K&amp;uupäev:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update date</source>
        <translation>Uuenduse kuupäev</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>&amp;Olek:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New status</source>
        <translation>Uus olek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Märkus:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update note</source>
        <translation>Uuenduse märkus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen or reported</source>
        <translation>Mida nähti või teatati</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add update</source>
        <translation>Lisa uuendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;update</source>
        <translation>&amp;Lisa uuendus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Ajalugu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updates of the selected action</source>
        <translation>Valitud tegevuse uuendused</translation>
    </message>
</context>
<context>
    <name>ActionPlanForm</name>
    <message>
        <location filename="../../ui/action_plan.ui" line="+18"/>
        <source>Add action</source>
        <translation>Lisa tegevus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add action</source>
        <translation>&amp;Lisa tegevus</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+149"/>
        <source>Delete action</source>
        <translation>Kustuta tegevus</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>De&amp;lete action</source>
        <translation>&amp;Kustuta tegevus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Actions</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Selected action</source>
        <translation>Valitud tegevus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What:</source>
        <translation>&amp;Mida:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What will be done</source>
        <translation>Mida tehakse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Näitaja:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicator</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Responsible:</source>
        <translation>Vastuta&amp;ja:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Responsible person</source>
        <translation>Vastutav isik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&amp;nstitution:</source>
        <translation>As&amp;utus:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Institution</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>D&amp;ue:</source>
        <translation>T&amp;ähtaeg:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due date</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;sources:</source>
        <translation>Vah&amp;endid:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resources needed</source>
        <translation>Vajalikud vahendid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Olek:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Priority:</source>
        <translation>Tä&amp;htsus:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Priority</source>
        <translation>Tähtsus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalate to the district</source>
        <translation>Saada maakonnale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Escalate to the district</source>
        <translation>Saa&amp;da maakonnale</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Photos of the selected action (e.g. the signed plan)</source>
        <translation>Valitud tegevuse fotod (nt allkirjastatud kava)</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/action_plan.py" line="+154"/>
        <source>Add action</source>
        <translation>Lisa tegevus</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>what</source>
        <translation>sisu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>näitaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible person</source>
        <translation>vastutav isik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>institution</source>
        <translation>asutus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>tähtaeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resources</source>
        <translation>vahendid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>olek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>tähtsus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalation</source>
        <translation>edasisaatmine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change {field} of “{what}”</source>
        <translation>Muuda: {field} („{what}”)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Say what will be done; the action keeps its old text.</source>
        <translation>Öelge, mida tehakse; tegevus säilitab oma vana teksti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New action</source>
        <translation>Uus tegevus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete action “{what}”</source>
        <translation>Kustuta tegevus „{what}”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No actions yet: press Add action (Alt+A).</source>
        <translation>Tegevusi veel pole: vajutage Lisa tegevus (Alt+L).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>— no indicator —</source>
        <translation>— näitajata —</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Agree each action with both sides: what exactly, who is responsible, by when, and what it needs. Escalate what the facility cannot solve alone.</source>
        <translation>Leppige iga tegevus kokku mõlema poolega: mis täpselt, kes vastutab, mis ajaks ja mida selleks vaja on. Saatke edasi see, mida asutus üksi lahendada ei suuda.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Photos of the selected action</source>
        <translation>Valitud tegevuse fotod</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n action(s), {done} done. Select one to edit it below.</source>
        <translation>
            <numerusform>%n tegevus, {done} tehtud. Vali üks, et seda allpool muuta.</numerusform>
            <numerusform>%n tegevust, {done} tehtud. Vali üks, et seda allpool muuta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../scorecard_app/gui/action_model.py" line="+88"/>
        <source>What</source>
        <translation>Mida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Due</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>Päevi hiljaks</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Tähtsus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Maakond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Vahendid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest update</source>
        <translation>Viimane uuendus</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{status} — overdue by {n} days</source>
        <translation>{status} — {n} päeva üle tähtaja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>escalated</source>
        <translation>edasi saadetud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet</source>
        <translation>veel pole</translation>
    </message>
</context>
<context>
    <name>CommunityScoringPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/community_scoring.py" line="+148"/>
        <source>Consensus scores</source>
        <translation>Üksmeelsed hinded</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Individual votes</source>
        <translation>Üksikhääled</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show of hands</source>
        <translation>Käetõstmine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A show of hands needs a scale with few levels; use individual votes here.</source>
        <translation>Käetõstmiseks on vaja vähese astmega skaalat; kasutage siin üksikhääli.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ways of scoring</source>
        <translation>Hindamisviisid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group &amp;consensus</source>
        <translation>Rü&amp;hma üksmeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual &amp;votes</source>
        <translation>Ü&amp;ksikhääled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show of &amp;hands</source>
        <translation>K&amp;äetõstmine</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Read each indicator aloud and show the faces. Let the group agree a score and say why, or let each person vote in secret and type the votes in the grid.</source>
        <translation>Lugege iga näitaja ette ja näidake nägusid. Laske rühmal leppida kokku hinne ja öelda, miks, või laske igaühel salaja hääletada ja sisestage hääled tabelisse.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/interface_meeting.py" line="+102"/>
        <source>Round {r}
comm. · prov.</source>
        <translation>Voor {r}
kog. · teen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last round</source>
        <translation>Eelmine voor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Community</source>
        <translation>Kogukond</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+29"/>
        <source>Providers</source>
        <translation>Teenuseosutajad</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Gap</source>
        <translation>Erinevus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Muutus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion notes</source>
        <translation>Arutelu märkmed</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Last round, {indicator}: community {c}, providers {p}</source>
        <translation>Eelmine voor, {indicator}: kogukond {c}, teenuseosutajad {p}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discussion notes for {indicator}: {text}</source>
        <translation>Arutelu märkmed näitajale {indicator}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>tühi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discussion notes for {indicator}</source>
        <translation>Arutelu märkmed näitajale {indicator}</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>{text} (providers&apos; own)</source>
        <translation>{text} (teenuseosutajate oma)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/sync_panel.py" line="+150"/>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Head office kept its own value where both sides changed the same thing. Check each one and, if needed, change it again in the cycle.</source>
        <translation>Kui mõlemad pooled muutsid sama asja, jättis peakontor alles oma väärtuse. Kontrollige igaüht ja vajaduse korral muutke seda tsüklis uuesti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to review.</source>
        <translation>Midagi pole üle vaadata.</translation>
    </message>
</context>
<context>
    <name>ConflictsForm</name>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="+8"/>
        <source>Conflicts to review</source>
        <translation>Ülevaatamist vajavad konfliktid</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflicts</source>
        <translation>Konfliktid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop</source>
        <translation>See sülearvuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office</source>
        <translation>Peakontor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Miks</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark all as reviewed</source>
        <translation>Märgi kõik ülevaadatuks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Märgi kõik ülevaadatuks</translation>
    </message>
</context>
<context>
    <name>ConsensusModel</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="+182"/>
        <source>Indicator</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Hinne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+39"/>
        <source>Suggestion</source>
        <translation>Ettepanek</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>{text} (providers&apos; own)</source>
        <translation>{text} (teenuseosutajate oma)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Score for {indicator}: {value}</source>
        <translation>Hinne näitajale {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} for {indicator}: {text}</source>
        <translation>{what} näitajale {indicator}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>tühi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Score {indicator}</source>
        <translation>Hinda: {indicator}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for {indicator}</source>
        <translation>Põhjus näitajale {indicator}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion for {indicator}</source>
        <translation>Ettepanek näitajale {indicator}</translation>
    </message>
</context>
<context>
    <name>CycleListModel</name>
    <message>
        <location filename="../../scorecard_app/gui/cycle_list.py" line="+129"/>
        <source>Facility</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Kogukond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Vajab tähelepanu</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s) missing</source>
        <translation>
            <numerusform>%n kirje puudub</numerusform>
            <numerusform>%n kirjet puudub</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue action(s)</source>
        <translation>
            <numerusform>%n tähtaja ületanud tegevus</numerusform>
            <numerusform>%n tähtaja ületanud tegevust</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRAINING (never synced)</source>
        <translation>HARJUTUS (ei sünkroonita kunagi)</translation>
    </message>
</context>
<context>
    <name>CycleListPage</name>
    <message>
        <location line="+82"/>
        <source>Search facility, community, stage, issues, indicators, actions…</source>
        <translation>Otsi asutust, kogukonda, etappi, probleeme, näitajaid, tegevusi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter cycles</source>
        <translation>Filtreeri tsükleid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>Otsingutulemused</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycles</source>
        <translation>Tsüklid</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open cycle</source>
        <translation>Ava tsü&amp;kkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cycle</source>
        <translation>Ava tsükkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New cycle…</source>
        <translation>&amp;Uus tsükkel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cycle</source>
        <translation>Uus tsükkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start ne&amp;xt round…</source>
        <translation>Alusta &amp;järgmist vooru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start next round</source>
        <translation>Alusta järgmist vooru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score card cycles</source>
        <translation>Hindamiskaardi tsüklid</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>issue</source>
        <translation>probleem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>näitaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action</source>
        <translation>tegevus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>round {n}: {kind} “{text}”</source>
        <translation>voor {n}: {kind} „{text}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Found inside cycles: </source>
        <translation>Leitud tsüklite seest: </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and %n more</source>
        <translation>
            <numerusform> ja veel %n</numerusform>
            <numerusform> ja veel %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleSetupDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/cycle_setup.py" line="+94"/>
        <source>New facility…</source>
        <translation>Uus asutus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Create cycle</source>
        <translation>Loo tsükkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Round 1 (the first score card here)</source>
        <translation>Voor 1 (esimene hindamiskaart siin)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round {n}, linked to round {p} (its indicators and actions carry on)</source>
        <translation>Voor {n}, seotud vooruga {p} (selle näitajad ja tegevused jätkuvad)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write at least the village of the community.</source>
        <translation>Kirjutage vähemalt kogukonna küla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the name of the new facility.</source>
        <translation>Kirjutage uue asutuse nimi.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose the facility first (or “New facility…”).</source>
        <translation>Vali kõigepealt asutus (või „Uus asutus…“).</translation>
    </message>
</context>
<context>
    <name>CycleSetupForm</name>
    <message>
        <location filename="../../ui/cycle_setup.ui" line="+12"/>
        <source>New score card cycle</source>
        <translation>Uus hindamiskaardi tsükkel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Facility:</source>
        <translation>As&amp;utus:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facility</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a facility…</source>
        <translation>Vali asutus…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New facility &amp;name:</source>
        <translation>Uue asutuse &amp;nimi:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New facility name</source>
        <translation>Uue asutuse nimi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Riverside Health Centre</source>
        <translation>nt Jõeäärse tervisekeskus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;ctor:</source>
        <translation>Va&amp;ldkond:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sector</source>
        <translation>Valdkond</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Community &amp;location:</source>
        <translation>K&amp;ogukonna asukoht:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Round:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Scale:</source>
        <translation>S&amp;kaala:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scale</source>
        <translation>Skaala</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scoring &amp;mode:</source>
        <translation>&amp;Hindamisviis:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoring mode</source>
        <translation>Hindamisviis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session lan&amp;guage:</source>
        <translation>Kohtu&amp;mise keel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session language</source>
        <translation>Kohtumise keel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lea&amp;d facilitator:</source>
        <translation>P&amp;eamine läbiviija:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lead facilitator</source>
        <translation>Peamine läbiviija</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other facilitators:</source>
        <translation>Te&amp;ised läbiviijad:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other facilitators</source>
        <translation>Teised läbiviijad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names, separated by commas</source>
        <translation>Nimed, komadega eraldatud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training cycle</source>
        <translation>Harjutustsükkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Training cycle</source>
        <translation>Harjutus&amp;tsükkel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practice only: marked as training on every screen and never synced.</source>
        <translation>Ainult harjutamiseks: igal ekraanil märgitud harjutusena ja ei sünkroonita kunagi.</translation>
    </message>
</context>
<context>
    <name>CycleWorkspace</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="+178"/>
        <source>TRAINING CYCLE — for practice only. It is never synced to head office.</source>
        <translation>HARJUTUSTSÜKKEL — ainult harjutamiseks. Seda ei sünkroonita kunagi peakontoriga.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finish c&amp;ycle…</source>
        <translation>Lõ&amp;peta tsükkel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish cycle</source>
        <translation>Lõpeta tsükkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;open cycle…</source>
        <translation>Ava &amp;uuesti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen cycle</source>
        <translation>Ava tsükkel uuesti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start ne&amp;xt round…</source>
        <translation>Alusta &amp;järgmist vooru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start next round</source>
        <translation>Alusta järgmist vooru</translation>
    </message>
    <message>
        <location line="+156"/>
        <source> — training (never synced)</source>
        <translation> — harjutus (ei sünkroonita kunagi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — finished and locked</source>
        <translation> — lõpetatud ja lukustatud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{facility} · {community} · round {round}</source>
        <translation>{facility} · {community} · voor {round}</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>This cycle is finished and locked: it can be read, printed and its actions followed up. To change anything else, reopen it (with a reason).</source>
        <translation>See tsükkel on lõpetatud ja lukus: seda saab lugeda, printida ja tegevuste täitmist jälgida. Muu muutmiseks ava see uuesti (põhjusega).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../scorecard_app/gui/date_field.py" line="+30"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-KK-PP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a date like 2026-11-20; ↑ and ↓ change it by a day.</source>
        <translation>Sisestage kuupäev kujul 2026-11-20; ↑ ja ↓ muudavad seda ühe päeva võrra.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{text}” is not a date; type it like 2026-11-20.</source>
        <translation>„{text}” ei ole kuupäev; sisestage see kujul 2026-11-20.</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/fields.py" line="+78"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-KK-PP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{text}” is not a date; write it like 2026-11-22.</source>
        <translation>„{text}” ei ole kuupäev; kirjutage see kujul 2026-11-22.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/sync_panel.py" line="-56"/>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <location filename="../../ui/enrol_dialog.ui" line="+5"/>
        <source>Enrol this laptop</source>
        <translation>Registreeri see sülearvuti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the address and the one-time code that head office gave you, or paste the whole enrolment link into the address box.</source>
        <translation>Sisestage aadress ja ühekordne kood, mille peakontor teile andis, või kleepige kogu registreerimislink aadressikasti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Address:</source>
        <translation>&amp;Aadress:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Head office address</source>
        <translation>Peakontori aadress</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kood:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enrolment code</source>
        <translation>Registreerimiskood</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enrol</source>
        <translation>Registreeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Registreeri</translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="+342"/>
        <source>The copied block ({rows} rows × {cols} columns) does not fit here: from this cell there are {free_rows} rows and {free_cols} columns.</source>
        <translation>Kopeeritud plokk ({rows} rida × {cols} veergu) ei mahu siia: sellest lahtrist on {free_rows} rida ja {free_cols} veergu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was pasted: “{text}” (row {row}, column {col} of the copied block) — {why}</source>
        <translation>Midagi ei kleebitud: „{text}“ (kopeeritud ploki rida {row}, veerg {col}) — {why}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Kleebi %n lahter</numerusform>
            <numerusform>Kleebi %n lahtrit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/export_data.py" line="+38"/>
        <location line="+1"/>
        <source>Export open data</source>
        <translation>Avaandmete eksport</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writes this cycle&apos;s results as open data that anyone can reuse: facilities, indicators, scores by group type, the action plan and its follow-up. No participant and no name is included; a figure resting on fewer than %1 people is hidden.</source>
        <translation>Kirjutab selle tsükli tulemused avaandmetena, mida igaüks võib taaskasutada: asutused, indikaatorid, hinded rühmatüübi kaupa, tegevuskava ja selle järeltegevused. Ühtki osalejat ega nime ei lisata; näitaja, mis põhineb vähem kui %1 inimesel, peidetakse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is exported</source>
        <translation>Mida eksporditakse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>Vorming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder of CSV files (with datapackage.json)</source>
        <translation>CSV-failide kaust (koos failiga datapackage.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON file</source>
        <translation>Üks JSON-fail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence</source>
        <translation>Litsents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>&amp;Vorming:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence:</source>
        <translation>&amp;Litsents:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Edenemine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspordi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Ekspordi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a training cycle: practice is never exported as open data.</source>
        <translation>See on koolitustsükkel: harjutust ei ekspordita kunagi avaandmetena.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a folder for the data package</source>
        <translation>Vali andmepaketi kaust</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the data package</source>
        <translation>Salvesta andmepakett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-failid (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting…</source>
        <translation>Eksportimine…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved %1: %2 results, %3 actions.</source>
        <translation>Salvestatud %1: %2 tulemust, %3 tegevust.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not export: %1</source>
        <translation>Eksportida ei õnnestunud: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export open &amp;data…</source>
        <translation>Ekspordi &amp;avaandmed…</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../scorecard_app/gui/field_message.py" line="+20"/>
        <source>Not saved</source>
        <translation>Ei salvestatud</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="-106"/>
        <source>Finish cycle</source>
        <translation>Lõpeta tsükkel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything is complete.</source>
        <translation>Kõik on valmis.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n thing(s) are still missing:</source>
        <translation>
            <numerusform>Puudu on veel %n asi:</numerusform>
            <numerusform>Puudu on veel %n asja:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>Mis puudu on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who may have been left out (not required)</source>
        <translation>Kes võis kõrvale jääda (pole kohustuslik)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finishing locks the cycle: nothing can be changed any more, except the follow-up of actions. It can be reopened later, with a reason.</source>
        <translation>Lõpetamine lukustab tsükli: midagi ei saa enam muuta, välja arvatud tegevuste järeltegevusi. Hiljem saab selle põhjendusega uuesti avada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Finish and lock</source>
        <translation>Lõpeta ja lukusta</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Finish anyway and lock</source>
        <translation>Lõpeta siiski ja lukusta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../ui/follow_up.ui" line="+16"/>
        <source>Follow-up</source>
        <translation>Järeltegevused</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This round</source>
        <translation>See voor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previous round</source>
        <translation>Eelmine voor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Carried forward</source>
        <translation>Edasi kantud</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue</source>
        <translation>Tähtaeg ületatud</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue actions</source>
        <translation>Tähtaja ületanud tegevused</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/follow_up.py" line="+62"/>
        <source>Actions of this round</source>
        <translation>Selle vooru tegevused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions of the previous round</source>
        <translation>Eelmise vooru tegevused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished actions of earlier rounds</source>
        <translation>Varasemate voorude lõpetamata tegevused</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Carried forward (%n)</source>
        <translation>
            <numerusform>Edasi kantud (%n)</numerusform>
            <numerusform>Edasi kantud (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round {r}: review</source>
        <translation>Voor {r}: ülevaade</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Tähtaeg ületatud (%n)</numerusform>
            <numerusform>Tähtaeg ületatud (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Record what happened to each action: pick it, choose its status, add a note.</source>
        <translation>Kirjutage üles, mis iga tegevusega juhtus: valige see, valige olek, lisage märkus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Round {r} had {n} actions; review them first in the “Round {r}: review” tab.</source>
        <translation>Voorus {r} oli {n} tegevust; vaadake need kõigepealt üle vahekaardil „Voor {r}: ülevaade”.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n unfinished actions from earlier rounds are carried forward: see “Carried forward”.</source>
        <translation>
            <numerusform>%n lõpetamata tegevus varasematest voorudest kantakse edasi: vaata „Edasi kantud”.</numerusform>
            <numerusform>%n lõpetamata tegevust varasematest voorudest kantakse edasi: vaata „Edasi kantud”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Visit the facility and the committee each month. Record each action&apos;s status with the date and what you saw; chase what is overdue.</source>
        <translation>Külastage asutust ja komiteed igal kuul. Kirjutage üles iga tegevuse olek koos kuupäeva ja nähtuga; nõudke tähtaja ületanud tegevusi.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/help_pages.py" line="+33"/>
        <location line="+2"/>
        <source>Facilitator guide</source>
        <translation>Läbiviija juhend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The guide is not installed with this copy.</source>
        <translation>Selle koopiaga pole juhendit paigaldatud.</translation>
    </message>
</context>
<context>
    <name>IndicatorsForm</name>
    <message>
        <location filename="../../ui/indicators.ui" line="+25"/>
        <source>Choose indicators</source>
        <translation>Vali näitajad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where indicators come from</source>
        <translation>Kust näitajad tulevad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the issues</source>
        <translation>Probleemidest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranked issues to choose from</source>
        <translation>Järjestatud probleemid, mille seast valida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use issue as indicator</source>
        <translation>Kasuta probleemi näitajana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use issue as &amp;indicator</source>
        <translation>&amp;Kasuta probleemi näitajana</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the library</source>
        <translation>Kogust</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the library</source>
        <translation>Otsi kogust</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the indicator library…</source>
        <translation>Otsi näitajate kogust…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Library indicators</source>
        <translation>Kogu näitajad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add from library</source>
        <translation>Lisa kogust</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add from &amp;library</source>
        <translation>Lisa &amp;kogust</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Or write a custom one:</source>
        <translation>Või kirjutage oma:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom indicator</source>
        <translation>Oma näitaja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your own indicator and press Enter</source>
        <translation>Sisestage oma näitaja ja vajutage Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indicators of this cycle, in scoring order</source>
        <translation>Selle tsükli näitajad hindamise järjekorras</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unlock indicators</source>
        <translation>Ava näitajad muutmiseks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock indicators…</source>
        <translation>Ava &amp;näitajad muutmiseks…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chosen indicators</source>
        <translation>Valitud näitajad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text of the selected indicator:</source>
        <translation>Valitud näitaja tekst:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicator text</source>
        <translation>Näitaja tekst</translation>
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
        <translation>Liiguta näitajat üles</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Move &amp;up</source>
        <translation>Liiguta &amp;üles</translation>
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
        <translation>Liiguta näitajat alla</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Liiguta alla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove indicator</source>
        <translation>Eemalda näitaja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Eemalda</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/indicators.py" line="+89"/>
        <source>Unlock the indicators?</source>
        <translation>Kas avada näitajad muutmiseks?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring has started: {scores} group scores, {votes} individual votes and {tallies} show-of-hands counts are entered.

If you remove an indicator, its scores are hidden from the results. If you add one, groups that have already scored must score it too. Renaming changes what people scored.

Unlock anyway?</source>
        <translation>Hindamine on alanud: sisestatud on {scores} rühma hinnet, {votes} üksikhäält ja {tallies} käetõstmise loendust.

Kui eemaldate näitaja, peidetakse selle hinded tulemustest. Kui lisate näitaja, peavad juba hinnanud rühmad ka seda hindama. Ümbernimetamine muudab seda, mida inimesed hindasid.

Kas avada siiski?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The indicators are locked because scoring has started. Unlock them first.</source>
        <translation>Näitajad on lukus, sest hindamine on alanud. Avage need kõigepealt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{text}” is already an indicator.</source>
        <translation>„{text}” on juba näitaja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add indicator {text}</source>
        <translation>Lisa näitaja {text}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Rename indicator</source>
        <translation>Nimeta näitaja ümber</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove indicator {text}</source>
        <translation>Eemalda näitaja {text}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move indicator</source>
        <translation>Liiguta näitajat</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>providers&apos; own</source>
        <translation>teenuseosutajate oma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>custom</source>
        <translation>oma</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{text} — raised by %n group(s), {votes} votes</source>
        <translation>
            <numerusform>{text} — tõstatas %n rühm, {votes} häält</numerusform>
            <numerusform>{text} — tõstatasid %n rühma, {votes} häält</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cycle is finished; the indicators are fixed.</source>
        <translation>Tsükkel on lõpetatud; näitajad on lõplikud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked: scoring has started, so the indicators stay as they are.</source>
        <translation>Lukus: hindamine on alanud, seega jäävad näitajad nii, nagu nad on.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocked for changes, although scoring has started.</source>
        <translation>Avatud muutmiseks, kuigi hindamine on alanud.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n indicator(s) chosen. Aim for 5 to 8.</source>
        <translation>
            <numerusform>Valitud %n näitaja. Püüdke 5–8 poole.</numerusform>
            <numerusform>Valitud %n näitajat. Püüdke 5–8 poole.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Head office has withdrawn “{text}” from the library.</source>
        <translation>Peakontor on „{text}“ teegist eemaldanud.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>(withdrawn by head office)</source>
        <translation>(peakontor on eemaldanud)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(new from head office)</source>
        <translation>(uus peakontorist)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>from the issues</source>
        <translation>probleemidest</translation>
    </message>
</context>
<context>
    <name>InlineError</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/fields.py" line="+89"/>
        <source>Not saved</source>
        <translation>Ei salvestatud</translation>
    </message>
</context>
<context>
    <name>InputTrackingForm</name>
    <message>
        <location filename="../../ui/input_tracking.ui" line="+21"/>
        <source>First read out what the facility should have (the entitlement and where that is written). Then the group agrees what is actually there.</source>
        <translation>Kõigepealt lugege ette, mis asutusel peaks olema (ettenähtud kogus ja kus see kirjas on). Seejärel lepib rühm kokku, mis tegelikult olemas on.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New input item</source>
        <translation>Uus sisend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type an input (e.g. Nurses on duty) and press Enter</source>
        <translation>Sisestage sisend (nt Valves õed) ja vajutage Enter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add input item</source>
        <translation>Lisa sisend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add item</source>
        <translation>&amp;Lisa kirje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove input item</source>
        <translation>Eemalda sisend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove item</source>
        <translation>&amp;Eemalda kirje</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Input tracking matrix</source>
        <translation>Sisendite jälgimise tabel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Input item</source>
        <translation>Sisend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit</source>
        <translation>Ühik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entitlement</source>
        <translation>Ettenähtud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source of the entitlement</source>
        <translation>Kus see ette on nähtud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual</source>
        <translation>Tegelik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gap</source>
        <translation>Erinevus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remarks</source>
        <translation>Märkused</translation>
    </message>
</context>
<context>
    <name>InputTrackingPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/input_tracking.py" line="+72"/>
        <source>Remove input item</source>
        <translation>Eemalda sisend</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Add input {item}</source>
        <translation>Lisa sisend {item}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“{text}” is not a number; write it like 12 or 3.5.</source>
        <translation>„{text}” ei ole arv; kirjutage nagu 12 või 3,5.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change {item}</source>
        <translation>Muuda: {item}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 (as entitled)</source>
        <translation>0 (nagu ette nähtud)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} (less than entitled)</source>
        <translation>{n} (vähem kui ette nähtud)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+{n} (more than entitled)</source>
        <translation>+{n} (rohkem kui ette nähtud)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Remove the input item “{item}” and what was recorded for it?</source>
        <translation>Kas eemaldada sisend „{item}“ ja sellele kirja pandu?</translation>
    </message>
</context>
<context>
    <name>InterfaceMeetingForm</name>
    <message>
        <location filename="../../ui/interface_meeting.ui" line="+18"/>
        <source>Projector view</source>
        <translation>Projektorivaade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Projector view (F11)</source>
        <translation>Pro&amp;jektorivaade (F11)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message</source>
        <translation>Teade</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Community and provider scores</source>
        <translation>Kogukonna ja teenuseosutajate hinded</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meeting</source>
        <translation>Kohtumine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date:</source>
        <translation>K&amp;uupäev:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting date</source>
        <translation>Kohtumise kuupäev</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Koht:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue</source>
        <translation>Koht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mmunity present:</source>
        <translation>K&amp;ogukonnast kohal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Community members present</source>
        <translation>Kohal olnud kogukonna liikmed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;roviders present:</source>
        <translation>Tee&amp;nuseosutajaid kohal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Providers present</source>
        <translation>Kohal olnud teenuseosutajad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Märkmed:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting notes</source>
        <translation>Kohtumise märkmed</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Officials present</source>
        <translation>Kohal olnud ametnikud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New official</source>
        <translation>Uus ametnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (role)</source>
        <translation>Nimi (roll)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add official</source>
        <translation>Lisa ametnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd official</source>
        <translation>&amp;Lisa ametnik</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>Remove official</source>
        <translation>Eemalda ametnik</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Remove o&amp;fficial</source>
        <translation>&amp;Eemalda ametnik</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photos of the meeting</source>
        <translation>Koosoleku fotod</translation>
    </message>
</context>
<context>
    <name>InterfaceMeetingPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/interface_meeting.py" line="+89"/>
        <source>Meeting date</source>
        <translation>Kohtumise kuupäev</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting venue</source>
        <translation>Kohtumise koht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting notes</source>
        <translation>Kohtumise märkmed</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>Osalejad</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Add official {name}</source>
        <translation>Lisa ametnik {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove official {name}</source>
        <translation>Eemalda ametnik {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} indicators compared; providers rate themselves higher on {h} of them.</source>
        <translation>Võrreldud {n} näitajat; teenuseosutajad hindavad end kõrgemalt neist {h} puhul.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scores from both sides appear here once they are entered.</source>
        <translation>Mõlema poole hinded ilmuvad siia, kui need on sisestatud.</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>Round {r}: community {c} · providers {p}</source>
        <translation>Voor {r}: kogukond {c} · teenuseosutajad {p}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{facility} — community and providers, round {r}</source>
        <translation>{facility} — kogukond ja teenuseosutajad, voor {r}</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>Show both sides&apos; scores on the projector (F11). Start with the biggest gaps; ask each side to explain, and note what was said for each indicator.</source>
        <translation>Näidake mõlema poole hindeid projektoril (F11). Alustage suurimatest erinevustest; paluge kummalgi poolel selgitada ja märkige iga näitaja juurde, mida öeldi.</translation>
    </message>
</context>
<context>
    <name>IssuesPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/issues.py" line="+70"/>
        <source>Group raising issues</source>
        <translation>Probleeme tõstatav rühm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised by</source>
        <translation>Tõstatas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who raised the issue: the group, someone in the room, or a sticker number</source>
        <translation>Kes probleemi tõstatas: rühm, keegi ruumis või kleebise number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New issue</source>
        <translation>Uus probleem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an issue and press Enter</source>
        <translation>Sisestage probleem ja vajutage Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issues of the group</source>
        <translation>Rühma probleemid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Votes</source>
        <translation>Hääled</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remove issue</source>
        <translation>&amp;Eemalda probleem</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>Remove issue</source>
        <translation>Eemalda probleem</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Issues raised by one group</source>
        <translation>Ühe rühma tõstatatud probleemid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group:</source>
        <translation>R&amp;ühm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised &amp;by:</source>
        <translation>T&amp;õstatas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;issue:</source>
        <translation>&amp;Uus probleem:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record an issue only when the group agrees on it.</source>
        <translation>Kirjutage probleem üles ainult siis, kui rühm on sellega nõus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranked issues</source>
        <translation>Järjestatud probleemid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge selected into one</source>
        <translation>Ü&amp;henda valitud üheks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge selected issues</source>
        <translation>Ühenda valitud probleemid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select duplicates (Ctrl+click or Shift+arrows); the first one is kept</source>
        <translation>Valige kordused (Ctrl+klõps või Shift+nooled); esimene jääb alles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Split merged issue</source>
        <translation>&amp;Jaga ühendatud probleem</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>Split merged issue</source>
        <translation>Jaga ühendatud probleem</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>All groups, ranked</source>
        <translation>Kõik rühmad, järjestatud</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add the groups first (step Participants).</source>
        <translation>Lisage kõigepealt rühmad (samm Osalejad).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add issue {text}</source>
        <translation>Lisa probleem {text}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select two or more issues that say the same thing.</source>
        <translation>Valige kaks või enam probleemi, mis ütlevad sama.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Merge %n issue(s)</source>
        <translation>
            <numerusform>Ühenda %n probleem</numerusform>
            <numerusform>Ühenda %n probleemi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change issue text</source>
        <translation>Muuda probleemi teksti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Votes are a whole number, 0 or more.</source>
        <translation>Hääled on täisarv, 0 või rohkem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change votes</source>
        <translation>Muuda hääli</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} (service provider)</source>
        <translation>{name} (teenuseosutaja)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The whole group</source>
        <translation>Kogu rühm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone in the room</source>
        <translation>Keegi ruumis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant no. {n}</source>
        <translation>Osaleja nr {n}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{text}  (merged into “{keep}”)</source>
        <translation>{text}  (ühendatud probleemiga „{keep}”)</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>{n}. {text} — raised by %n group(s), {votes} votes</source>
        <translation>
            <numerusform>{n}. {text} — tõstatas %n rühm, {votes} häält</numerusform>
            <numerusform>{n}. {text} — tõstatasid %n rühma, {votes} häält</numerusform>
        </translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Photos of the selected issue</source>
        <translation>Valitud probleemi fotod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos of the selected issue (e.g. the flip chart):</source>
        <translation>Valitud probleemi fotod (nt pabertahvel):</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This group already has “{text}”; add votes to it instead.</source>
        <translation>Sellel rühmal on juba „{text}“; lisa hääled sellele.</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <location filename="../../scorecard_app/gui/form_widgets.py" line="+98"/>
        <source>Region</source>
        <translation>Piirkond</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>Maakond</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commune</source>
        <translation>Vald</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>Küla</translation>
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
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All cycles</source>
        <translation>&amp;Kõik tsüklid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New cycle…</source>
        <translation>&amp;Uus tsükkel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigeeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cycle</source>
        <translation>&amp;Tsükkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish cycle…</source>
        <translation>Lõ&amp;peta tsükkel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reopen cycle…</source>
        <translation>&amp;Ava tsükkel uuesti…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start ne&amp;xt round…</source>
        <translation>Alusta &amp;järgmist vooru…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Scorecard</source>
        <translation>&amp;Scorecardi teave</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Choose a cycle first.</source>
        <translation>Valige kõigepealt tsükkel.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Scorecard</source>
        <translation>Scorecardi teave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Scorecard {version}&lt;/h3&gt;&lt;p&gt;Run Community Score Card cycles offline: score, compare, agree actions, print on the spot and sync to head office.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL v3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Scorecard {version}&lt;/h3&gt;&lt;p&gt;Viige kogukonna hindamiskaardi tsükleid läbi ilma internetita: hinnake, võrrelge, leppige kokku tegevused, printige kohapeal ja sünkroonige peakontoriga.&lt;/p&gt;&lt;p&gt;Vaba tarkvara litsentsi GNU GPL v3 või uuema alusel.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/settings_dialog.py" line="+146"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Seaded…</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/cycle_setup.py" line="+50"/>
        <source>Next round</source>
        <translation>Järgmine voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round {n} of this place already exists; it is opened instead.</source>
        <translation>Selle koha voor {n} on juba olemas; avatakse see.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round {r} is not finished yet.</source>
        <translation>Voor {r} pole veel lõpetatud.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start next round</source>
        <translation>Alusta järgmist vooru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start round {n} of {facility} in {community}?

The {k} indicators of round {r} are copied, so scores can be compared, and round {r}&apos;s actions are reviewed in the follow-up.</source>
        <translation>Kas alustada asutuse {facility} vooru {n} kogukonnas {community}?

Vooru {r} {k} näitajat kopeeritakse, et hindeid saaks võrrelda, ja vooru {r} tegevused vaadatakse üle järeltegevuste juures.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/main_window.py" line="-129"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Eelmine samm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next step</source>
        <translation>&amp;Järgmine samm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro&amp;jector view</source>
        <translation>&amp;Projektorivaade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tips for this step</source>
        <translation>&amp;Nõuanded selleks sammuks</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facilitator &amp;guide</source>
        <translation>Läbiviija &amp;juhend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kiirklahvid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version}</source>
        <translation>Versioon {version}</translation>
    </message>
</context>
<context>
    <name>ParticipantsForm</name>
    <message>
        <location filename="../../ui/participants.ui" line="+25"/>
        <location line="+6"/>
        <source>Groups</source>
        <translation>Rühmad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New group:</source>
        <translation>Uus rühm:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New group type</source>
        <translation>Uue rühma tüüp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New group name</source>
        <translation>Uue rühma nimi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (optional)</source>
        <translation>Nimi (soovi korral)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add group</source>
        <translation>Lisa rühm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;group</source>
        <translation>L&amp;isa rühm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected group:</source>
        <translation>Valitud rühm:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected group name</source>
        <translation>Valitud rühma nimi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type:</source>
        <translation>Tüüp:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected group type</source>
        <translation>Valitud rühma tüüp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Facilitators:</source>
        <translation>Läbiviijad:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facilitators of the selected group</source>
        <translation>Valitud rühma läbiviijad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead, note-taker (commas between)</source>
        <translation>Juht, protokollija (komadega eraldatud)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Remove group</source>
        <translation>Eemalda rühm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A group of type “Staff” is the service provider group.</source>
        <translation>Tüüpi „Töötajad” rühm on teenuseosutajate rühm.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Participants of the selected group</source>
        <translation>Valitud rühma osalejad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participants</source>
        <translation>Osalejad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sticker no.</source>
        <translation>Kleebise nr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age</source>
        <translation>Vanus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gender</source>
        <translation>Sugu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disability</source>
        <translation>Puue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minority</source>
        <translation>Vähemus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poor</source>
        <translation>Vaene</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Youth</source>
        <translation>Noor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counted</source>
        <translation>Arvestatud</translation>
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
        <translation>Lisa osaleja</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>&amp;Add participant</source>
        <translation>&amp;Lisa osaleja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove participant</source>
        <translation>Eemalda osaleja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove participant</source>
        <translation>&amp;Eemalda osaleja</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“Someone in the room”: raises issues quickly, not counted as a person</source>
        <translation>„Keegi ruumis”: tõstatab probleeme kiiresti, teda ei loeta inimeseks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add anonymous participant</source>
        <translation>Lisa anonüümne osaleja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a&amp;nonymous participant</source>
        <translation>Lisa anonüümne &amp;osaleja</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only numbers are kept, never names. Write the sticker number on each person&apos;s chest sticker. Youth is set from the age.</source>
        <translation>Hoitakse ainult numbreid, mitte kunagi nimesid. Kirjutage kleebise number iga inimese rinnakleebisele. Noor määratakse vanuse järgi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Who takes part</source>
        <translation>Kes osalevad</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/participants.py" line="+111"/>
        <source>Gender</source>
        <translation>Sugu</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Age band</source>
        <translation>Vanuserühm</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Add anonymous participant</source>
        <translation>Lisa anonüümne osaleja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove participant</source>
        <translation>Eemalda osaleja</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Add group {name}</source>
        <translation>Lisa rühm {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change group facilitators</source>
        <translation>Muuda rühma läbiviijaid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename group</source>
        <translation>Nimeta rühm ümber</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove group {name}</source>
        <translation>Eemalda rühm {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Add or choose a group first.</source>
        <translation>Lisage või valige kõigepealt rühm.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add participant {n}</source>
        <translation>Lisa osaleja {n}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A sticker number is a whole number from 1 up.</source>
        <translation>Kleebise number on täisarv alates 1-st.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sticker number {n} is already used by someone else.</source>
        <translation>Kleebise number {n} on juba kellelgi teisel.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change participant {n}</source>
        <translation>Muuda osalejat {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (service provider)</source>
        <translation> (teenuseosutaja)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{name}{kind} (%n people)</source>
        <translation>
            <numerusform>{name}{kind} (%n inimene)</numerusform>
            <numerusform>{name}{kind} (%n inimest)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>anonymous</source>
        <translation>anonüümne</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n community member(s) counted.</source>
        <translation>
            <numerusform>Arvestatud %n kogukonna liige.</numerusform>
            <numerusform>Arvestatud %n kogukonna liiget.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women: {n} ({p}%)</source>
        <translation>Naised: {n} ({p}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men: {n} ({p}%)</source>
        <translation>Mehed: {n} ({p}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young: {n} ({p}%)</source>
        <translation>Noored: {n} ({p}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a disability: {n}</source>
        <translation>Puudega: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority: {n}</source>
        <translation>Vähemus: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor: {n}</source>
        <translation>Vaesed: {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (providers): {n}</source>
        <translation>{name} (teenuseosutajad): {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: {w}</source>
        <translation>Hoiatus: {w}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No inclusion warnings.</source>
        <translation>Kaasamise hoiatusi pole.</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Change group type</source>
        <translation>Muuda rühma tüüpi</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../scorecard_app/gui/photos.py" line="+44"/>
        <source>“{name}” is not a file.</source>
        <translation>„{name}“ ei ole fail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is too big for a photo (more than 25 MB).</source>
        <translation>„{name}“ on foto jaoks liiga suur (üle 25 MB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” is not a photo (JPEG, PNG or WebP).</source>
        <translation>„{name}“ ei ole foto (JPEG, PNG või WebP).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Photos</source>
        <translation>Fotod</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop photo files here, or use Add photo…</source>
        <translation>Lohista fotofailid siia või kasuta „Lisa foto…“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add photo…</source>
        <translation>Lisa foto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photo</source>
        <translation>Lisa foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open full size</source>
        <translation>Ava täissuuruses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open photo full size</source>
        <translation>Ava foto täissuuruses</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>Eemalda foto</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Add photos</source>
        <translation>Lisa fotod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Fotod (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Remove the photo “{name}”?</source>
        <translation>Kas eemaldada foto „{name}“?</translation>
    </message>
</context>
<context>
    <name>PrintCentre</name>
    <message>
        <location filename="../../scorecard_app/gui/print_centre.py" line="+117"/>
        <source>Print centre</source>
        <translation>Prindikeskus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printables</source>
        <translation>Prinditavad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for the session</source>
        <translation>kohtumise jaoks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>results</source>
        <translation>tulemused</translation>
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
        <translation>Keel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Paber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Keel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Paber:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Eelvaade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salvesta PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Ava vaatajas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>P&amp;rindi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress</source>
        <translation>Edenemine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Page preview</source>
        <translation>Lehe eelvaade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick what to print:</source>
        <translation>Märkige, mida printida:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Making the PDF…</source>
        <translation>PDF-i koostamine…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PDF could not be made: {error}</source>
        <translation>PDF-i ei õnnestunud koostada: {error}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No preview: this computer lacks the pdftoppm program. Open the PDF in the viewer instead.</source>
        <translation>Eelvaade puudub: sellel arvutil pole programmi pdftoppm. Avage PDF hoopis vaatajas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page {n}</source>
        <translation>Lehekülg {n}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n lehekülg</numerusform>
            <numerusform>%n lehekülge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save PDF</source>
        <translation>Salvesta PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-failid (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the PDFs in</source>
        <translation>Salvesta PDF-id kausta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved</source>
        <translation>Ei salvestatud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be saved: {error}</source>
        <translation>PDF-i ei õnnestunud salvestada: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved: {files}</source>
        <translation>Salvestatud: {files}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening the PDF in the viewer; print it from there.</source>
        <translation>PDF avatakse vaatajas; printige see sealt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The printer could not be started.</source>
        <translation>Printerit ei õnnestunud käivitada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Print centre…</source>
        <translation>&amp;Prindikeskus…</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../scorecard_app/gui/projector.py" line="+60"/>
        <source>Projector view</source>
        <translation>Projektorivaade</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Community</source>
        <translation>Kogukond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>Teenuseosutajad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen {page} of {pages} — Page Down: next · Page Up: back · Esc: leave</source>
        <translation>Ekraan {page}/{pages} — Page Down: edasi · Page Up: tagasi · Esc: välju</translation>
    </message>
</context>
<context>
    <name>ProviderScoringPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/provider_scoring.py" line="+26"/>
        <source>Provider scores</source>
        <translation>Teenuseosutajate hinded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New own indicator</source>
        <translation>Uus oma näitaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An indicator the providers want to add…</source>
        <translation>Näitaja, mida teenuseosutajad tahavad lisada…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Own indicator:</source>
        <translation>&amp;Oma näitaja:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add own indicator</source>
        <translation>&amp;Lisa oma näitaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add own indicator</source>
        <translation>Lisa oma näitaja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove own indicator</source>
        <translation>&amp;Eemalda oma näitaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove own indicator</source>
        <translation>Eemalda oma näitaja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the selected indicator, if it is one of the providers&apos; own</source>
        <translation>Eemaldab valitud näitaja, kui see on teenuseosutajate oma</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no service provider group yet: add one in the Participants step.</source>
        <translation>Teenuseosutajate rühma veel pole: lisage see sammus Osalejad.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Provider group:</source>
        <translation>Tee&amp;nuseosutajate rühm:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the new indicator first.</source>
        <translation>Sisestage kõigepealt uus näitaja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add own indicator {text}</source>
        <translation>Lisa oma näitaja {text}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select one of the providers&apos; own indicators first.</source>
        <translation>Valige kõigepealt üks teenuseosutajate oma näitajatest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{text}” is shared with the community; it can only be removed in the Indicators step.</source>
        <translation>„{text}” on kogukonnaga ühine; selle saab eemaldada ainult sammus Näitajad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove own indicator {text}</source>
        <translation>Eemalda oma näitaja {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meet the staff separately. They score the same indicators and may add their own; ask for a reason with every score.</source>
        <translation>Kohtuge töötajatega eraldi. Nad hindavad samu näitajaid ja võivad lisada oma; küsige iga hinde juurde põhjust.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../scorecard_app/gui/qt_standard_strings.py" line="+56"/>
        <source>&amp;Select All</source>
        <translation>&amp;Vali kõik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Suurenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>&amp;Vähenda</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Ava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Salvesta kui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Vali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in:</source>
        <translation>Otsi kaustast:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Faili &amp;nimi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Failitüüp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Kõik failid (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Kaust:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Tagasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Edasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Ülemkaust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Loo uus kaust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Loendivaade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Üksikasjalik vaade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Uus kaust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Kustuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Nimeta ümber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Näita &amp;peidetud faile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Uus kaust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Viimati kasutatud kohad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 on juba olemas.
Kas soovite selle asendada?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Suurus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tüüp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Muutmise kuupäev</translation>
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
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Aseta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Vali kõik</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-13"/>
        <source>Show Details...</source>
        <translation>Näita üksikasju...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Peida üksikasjad...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Salvesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Salvesta kõik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Jah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Jah &amp;kõigile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>E&amp;i kõigile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Eira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/app.py" line="+87"/>
        <location filename="../../scorecard_app/gui/qt_standard_strings.py" line="+1"/>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/qt_standard_strings.py" line="+1"/>
        <source>Discard</source>
        <translation>Hülga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Abi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Rakenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Lähtesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Taasta vaikeväärtused</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location line="+57"/>
        <source>Undo %1</source>
        <translation>Võta tagasi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1</source>
        <translation>Tee uuesti: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Võta tagasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Tee uuesti</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-48"/>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Aseta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Vali kõik</translation>
    </message>
</context>
<context>
    <name>RemoveQuestion</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/fields.py" line="-28"/>
        <source>Remove?</source>
        <translation>Eemaldada?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="+20"/>
        <source>Reopen cycle</source>
        <translation>Ava tsükkel uuesti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for reopening</source>
        <translation>Uuesti avamise põhjus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Two votes of the youth group were missing</source>
        <translation>nt Noorte rühma kaks häält olid puudu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why is the cycle reopened? The reason is kept in its log.</source>
        <translation>&amp;Miks tsükkel uuesti avatakse? Põhjus jääb selle logisse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Ava uuesti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../scorecard_app/gui/score_results.py" line="+113"/>
        <source>Live results</source>
        <translation>Jooksvad tulemused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results of this group</source>
        <translation>Selle rühma tulemused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results by group</source>
        <translation>Tulemused rühmade kaupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results by participant attribute</source>
        <translation>Tulemused osalejate tunnuse järgi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break down by</source>
        <translation>Jaota tunnuse järgi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Break down community votes by:</source>
        <translation>&amp;Jaota kogukonna hääled tunnuse järgi:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This group</source>
        <translation>See rühm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All groups</source>
        <translation>Kõik rühmad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By attribute</source>
        <translation>Tunnuse järgi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gender</source>
        <translation>Sugu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Vanuserühm</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Poor household</source>
        <translation>Vaene leibkond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>Noored</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+47"/>
        <location line="+67"/>
        <source>Indicator</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Group score</source>
        <translation>Rühma hinne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Hääled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Keskmine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution (level: people)</source>
        <translation>Jaotus (aste: inimesed)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Group score for {indicator}: {value}</source>
        <translation>Rühma hinne näitajale {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Median for {indicator}: {value}</source>
        <translation>Mediaan näitajale {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Community</source>
        <translation>Kogukond</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Community, {indicator}: {value}</source>
        <translation>Kogukond, {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not recorded</source>
        <translation>märkimata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{median} (mean {mean}, {n} votes)</source>
        <translation>{median} (keskmine {mean}, {n} häält)</translation>
    </message>
</context>
<context>
    <name>ScaleLegend</name>
    <message>
        <location filename="../../scorecard_app/gui/scale_widgets.py" line="+164"/>
        <source>Scale:</source>
        <translation>Skaala:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scale</source>
        <translation>Skaala</translation>
    </message>
</context>
<context>
    <name>ScaleWidgets</name>
    <message>
        <location line="+49"/>
        <source>No score from an earlier round</source>
        <translation>Varasemast voorust hinne puudub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change since round {r}</source>
        <translation>Voorust {r} muutust pole</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up {n} since round {r}</source>
        <translation>Voorust {r} tõusnud {n} võrra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down {n} since round {r}</source>
        <translation>Voorust {r} langenud {n} võrra</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>no score</source>
        <translation>hinne puudub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value}, {word}, on a scale of {low} to {high}</source>
        <translation>{value}, {word}, skaalal {low} kuni {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored by both sides yet</source>
        <translation>Mõlemad pooled pole veel hinnanud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides give the same score</source>
        <translation>Mõlemad pooled annavad sama hinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers rate {n} higher</source>
        <translation>Teenuseosutajad hindavad {n} võrra kõrgemalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community rates {n} higher</source>
        <translation>Kogukond hindab {n} võrra kõrgemalt</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <location line="+160"/>
        <source>Score</source>
        <translation>Hinne</translation>
    </message>
</context>
<context>
    <name>ScoringPageBase</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/community_scoring.py" line="-157"/>
        <source>Message</source>
        <translation>Teade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cycle is finished: use “Reopen cycle…” (with a reason) to change scores.</source>
        <translation>See tsükkel on lõpetatud: hinnete muutmiseks kasutage nuppu „Ava tsükkel uuesti…” (koos põhjusega).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Group:</source>
        <translation>R&amp;ühm:</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="+5"/>
        <source>Settings</source>
        <translation>Seaded</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface &amp;language:</source>
        <translation>Liidese &amp;keel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language</source>
        <translation>Liidese keel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Teksti suurus:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text size in percent</source>
        <translation>Teksti suurus protsentides</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Contrast:</source>
        <translation>&amp;Kontrastsus:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contrast</source>
        <translation>Kontrastsus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Järgi süsteemi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Tavaline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Suur kontrastsus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The interface language is for you. The language of a session with a community group is chosen with each cycle and printed on its handouts.</source>
        <translation>Liidese keel on teile. Kogukonnarühmaga peetava kohtumise keel valitakse iga tsükli juures ja see trükitakse jaotusmaterjalidele.</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../../ui/setup.ui" line="+21"/>
        <source>Setup of the cycle</source>
        <translation>Tsükli seadistus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cycle</source>
        <translation>Tsükkel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;acility:</source>
        <extracomment>Not Alt+F: that opens the File menu.</extracomment>
        <translation>As&amp;utus:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facility name</source>
        <translation>Asutuse nimi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sec&amp;tor:</source>
        <extracomment>Not Alt+C: that opens the Cycle menu.</extracomment>
        <translation>Va&amp;ldkond:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sector</source>
        <translation>Valdkond</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Community &amp;location:</source>
        <translation>K&amp;ogukonna asukoht:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Round:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Scale:</source>
        <translation>S&amp;kaala:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scale</source>
        <translation>Skaala</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scoring &amp;mode:</source>
        <translation>&amp;Hindamisviis:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoring mode</source>
        <translation>Hindamisviis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session lan&amp;guage:</source>
        <translation>Kohtu&amp;mise keel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session language</source>
        <translation>Kohtumise keel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lea&amp;d facilitator:</source>
        <translation>P&amp;eamine läbiviija:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lead facilitator</source>
        <translation>Peamine läbiviija</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other facilitators:</source>
        <translation>Te&amp;ised läbiviijad:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other facilitators</source>
        <translation>Teised läbiviijad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names, separated by commas</source>
        <translation>Nimed, komadega eraldatud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ne&amp;xt round planned for:</source>
        <translation>&amp;Järgmine voor planeeritud:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next round planned for</source>
        <translation>Järgmine voor on planeeritud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score cards are repeated every 6 to 12 months</source>
        <translation>Hindamiskaarti korratakse iga 6–12 kuu järel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training:</source>
        <translation>Harjutus:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dates of each step</source>
        <translation>Iga sammu kuupäevad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Step&lt;/b&gt;</source>
        <translation>&lt;b&gt;Samm&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Planned&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kavandatud&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Done on&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tehtud&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/setup.py" line="+97"/>
        <source>Planned date of {step}</source>
        <translation>Etapi „{step}” kavandatud kuupäev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual date of {step}</source>
        <translation>Etapi „{step}” tegelik kuupäev</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Rename facility</source>
        <translation>Nimeta asutus ümber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change sector</source>
        <translation>Muuda valdkonda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change scale</source>
        <translation>Muuda skaalat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change scoring mode</source>
        <translation>Muuda hindamisviisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change session language</source>
        <translation>Muuda kohtumise keelt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change next round date</source>
        <translation>Muuda järgmise vooru kuupäeva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change lead facilitator</source>
        <translation>Muuda peamist läbiviijat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change facilitators</source>
        <translation>Muuda läbiviijaid</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change community location</source>
        <translation>Muuda kogukonna asukohta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change date of {step}</source>
        <translation>Muuda etapi „{step}” kuupäeva</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Round {n}</source>
        <translation>Voor {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round {n}, following round {p} (finished on {date})</source>
        <translation>Voor {n}, järgneb voorule {p} (lõpetatud {date})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round {n}, following round {p} (not finished)</source>
        <translation>Voor {n}, järgneb voorule {p} (lõpetamata)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scale cannot change once scores are entered.</source>
        <translation>Skaalat ei saa muuta, kui hinded on sisestatud.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TRAINING CYCLE: practice only, never synced to head office.</source>
        <translation>HARJUTUSTSÜKKEL: ainult harjutamiseks, ei sünkroonita kunagi peakontoriga.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A real cycle (synced to head office).</source>
        <translation>Päris tsükkel (sünkroonitakse peakontoriga).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/help_pages.py" line="+26"/>
        <source>Next step / previous step</source>
        <translation>Järgmine / eelmine samm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projector view (interface meeting)</source>
        <translation>Projektorivaade (ühiskoosolek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips for this step</source>
        <translation>Nõuanded selleks sammuks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a cell and go to the next</source>
        <translation>Salvesta lahter ja mine järgmisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, Tab</source>
        <translation>Enter, Tab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste a block copied from a spreadsheet</source>
        <translation>Kleebi tabelarvutusest kopeeritud plokk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the selected row</source>
        <translation>Eemalda valitud rida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Kiirklahvid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Mida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Klahvid</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="-103"/>
        <source>Steps</source>
        <translation>Sammud</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>done</source>
        <translation>tehtud</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n teha</numerusform>
            <numerusform>%n teha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../scorecard_app/sync_client/errors.py" line="+11"/>
        <source>This laptop&apos;s access was revoked; ask head office for a new enrolment code.</source>
        <translation>Selle sülearvuti ligipääs tühistati; küsi peakontorilt uus registreerimiskood.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office refused the enrolment code ({detail}). Ask head office for a new code.</source>
        <translation>Peakontor lükkas registreerimiskoodi tagasi ({detail}). Küsi peakontorilt uus kood.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop is not enrolled yet. Enrol it with the address and code from head office.</source>
        <translation>See sülearvuti pole veel registreeritud. Registreeri see peakontori aadressi ja koodiga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office could not be reached ({detail}). Your changes are kept; try again later.</source>
        <translation>Peakontoriga ei saadud ühendust ({detail}). Sinu muudatused on alles; proovi hiljem uuesti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address {url} did not answer like a Scorecard server (a login page of a hotspot?). Check the address, or log in to the network first.</source>
        <translation>Aadress {url} ei vastanud nagu Scorecardi server (leviala sisselogimisleht?). Kontrolli aadressi või logi kõigepealt võrku sisse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head office speaks a newer sync protocol. Update Scorecard on this laptop to sync.</source>
        <translation>Peakontor kasutab uuemat sünkroonimisprotokolli. Sünkroonimiseks uuenda selle sülearvuti Scorecardi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an enrolment link: it should look like scorecard://enrol?url=…&amp;code=…</source>
        <translation>See pole registreerimislink: see peaks välja nägema nagu scorecard://enrol?url=…&amp;code=…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} on this laptop is damaged: head office received different content.</source>
        <translation>Fail {name} selles sülearvutis on rikutud: peakontor sai teistsuguse sisu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a usable Scorecard bundle ({detail}). Nothing was changed.</source>
        <translation>{name} ei ole kasutatav Scorecardi pakett ({detail}). Midagi ei muudetud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was changed after it was made (its signature does not match). Nothing was changed.</source>
        <translation>{name} on pärast loomist muudetud (allkiri ei klapi). Midagi ei muudetud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} was refused: {detail}. Nothing was changed.</source>
        <translation>{name} lükati tagasi: {detail}. Midagi ei muudetud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop cannot sign bundles yet: sync with head office once, or enrol it with an enrolment file from head office.</source>
        <translation>See sülearvuti ei saa veel pakette allkirjastada: sünkrooni korra peakontoriga või registreeri see peakontori registreerimisfailiga.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a usable enrolment file ({detail}). Nothing was changed.</source>
        <translation>{name} ei ole kasutatav registreerimisfail ({detail}). Midagi ei muudetud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop is already enrolled as device {device}. Nothing was changed.</source>
        <translation>See sülearvuti on juba registreeritud seadmena {device}. Midagi ei muudetud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing to put in a bundle (training cycles never leave the laptop).</source>
        <translation>Paketti pole midagi panna (koolitustsüklid ei lahku kunagi sülearvutist).</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../scorecard_app/gui/sync_panel.py" line="+100"/>
        <source>Connection to head office</source>
        <translation>Ühendus peakontoriga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes waiting to sync</source>
        <translation>Sünkroonimist ootavad muudatused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync</source>
        <translation>Viimane sünkroonimine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync progress</source>
        <translation>Sünkroonimise edenemine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync &amp;with head office</source>
        <translation>&amp;Sünkroonimine peakontoriga</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sünkrooni kohe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enrol this laptop…</source>
        <translation>&amp;Registreeri see sülearvuti…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export bundle for USB…</source>
        <translation>&amp;Ekspordi pakett USB jaoks…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Impordi pakett…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>&amp;Conflicts to review…</source>
        <translation>&amp;Ülevaatamist vajavad konfliktid…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Not enrolled</source>
        <translation>Registreerimata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Sünkroonimine…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Pole veel sünkroonitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Võrgus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Võrguta</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n muudatus ootab</numerusform>
            <numerusform>%n muudatust ootab</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: %1</source>
        <translation>Viimane sünkroonimine: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never synced</source>
        <translation>Pole kunagi sünkroonitud</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Conflicts to review (%n)…</source>
        <translation>
            <numerusform>&amp;Ülevaatamist vajavad konfliktid (%n)…</numerusform>
            <numerusform>&amp;Ülevaatamist vajavad konfliktid (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Sync</source>
        <translation>Sünkroonimine</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enrol this laptop first (Sync ▸ Enrol this laptop…).</source>
        <translation>Registreerige kõigepealt see sülearvuti (Sünkroonimine ▸ Registreeri see sülearvuti…).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Synced: %1 change(s) sent, %2 received.</source>
        <translation>Sünkroonitud: saadetud %1 muudatust, saadud %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head office kept some values differently: see Sync ▸ Conflicts to review.</source>
        <translation>Peakontor jättis mõned väärtused teistsuguseks: vt Sünkroonimine ▸ Ülevaatamist vajavad konfliktid.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sync stopped: %1</source>
        <translation>Sünkroonimine peatus: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the head office address (https://…) and the code.</source>
        <translation>Sisestage peakontori aadress (https://…) ja kood.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This laptop is enrolled. Sync now to send its changes.</source>
        <translation>See sülearvuti on registreeritud. Sünkroonige kohe, et selle muudatused saata.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export bundle for USB</source>
        <translation>Ekspordi pakett USB jaoks</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Scorecard bundle (*.scbundle)</source>
        <translation>Scorecardi pakett (*.scbundle)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Bundle written: %1 change(s) in %2. Carry it to head office.</source>
        <translation>Pakett kirjutatud: %1 muudatust failis %2. Viige see peakontorisse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import bundle</source>
        <translation>Impordi pakett</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bundle imported: %1 change(s) applied, %2 already here.</source>
        <translation>Pakett imporditud: rakendatud %1 muudatust, %2 oli juba olemas.</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Enrol from a &amp;file (USB)…</source>
        <translation>Registreeri &amp;failist (USB)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>USB bundles only</source>
        <translation>Ainult USB-paketid</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wait until the sync in progress has finished.</source>
        <translation>Oota, kuni käimasolev sünkroonimine lõpeb.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop has no head-office address yet: enrol it online, or use USB bundles.</source>
        <translation>Sellel sülearvutil pole veel peakontori aadressi: registreeri see võrgus või kasuta USB-pakette.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Enrol this laptop first (online, or from an enrolment file).</source>
        <translation>Registreeri see sülearvuti kõigepealt (võrgus või registreerimisfailist).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop cannot sign bundles yet: sync with head office once, or enrol it with an enrolment file.</source>
        <translation>See sülearvuti ei saa veel pakette allkirjastada: sünkrooni korra peakontoriga või registreeri see registreerimisfailiga.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enrol this laptop first: it checks who signed a bundle.</source>
        <translation>Registreeri see sülearvuti kõigepealt: see kontrollib, kes paketi allkirjastas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop is already enrolled.</source>
        <translation>See sülearvuti on juba registreeritud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send waiting changes and fetch head office&apos;s.</source>
        <translation>Saada ootel muudatused ja too peakontori omad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this laptop&apos;s changes to a signed file.</source>
        <translation>Kirjuta selle sülearvuti muudatused allkirjastatud faili.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply a signed bundle from a USB stick.</source>
        <translation>Rakenda USB-pulgalt allkirjastatud pakett.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read head office&apos;s enrolment file.</source>
        <translation>Loe peakontori registreerimisfaili.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Some attached files could not be sent; they will be sent on the next sync.</source>
        <translation>Mõnda manustatud faili ei õnnestunud saata; need saadetakse järgmisel sünkroonimisel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some of this laptop&apos;s data still differs from head office&apos;s copy after a repair. It was reported; nothing was deleted.</source>
        <translation>Osa selle sülearvuti andmetest erineb pärast parandamist endiselt peakontori koopiast. Sellest on teatatud; midagi ei kustutatud.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Enrol from a file</source>
        <translation>Registreeri failist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolment file (*.json)</source>
        <translation>Registreerimisfail (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This laptop is enrolled from the file. Delete the file from the USB stick now.</source>
        <translation>See sülearvuti on failist registreeritud. Kustuta fail nüüd USB-pulgalt.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n change(s) refused: they change a finished cycle.</source>
        <translation>
            <numerusform>%n muudatus lükati tagasi: see muudab lõpetatud tsüklit.</numerusform>
            <numerusform>%n muudatust lükati tagasi: need muudavad lõpetatud tsüklit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-493"/>
        <source>Facility</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>Tsükkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Rühm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Osaleja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Sisend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Hinne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Hääl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally</source>
        <translation>Loendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface meeting</source>
        <translation>Ühiskohtumine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action update</source>
        <translation>Tegevuse uuendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Head office changed it too</source>
        <translation>Peakontor muutis seda samuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cycle was already finished at head office</source>
        <translation>Tsükkel oli peakontoris juba lõpetatud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up notes cannot be changed once sent</source>
        <translation>Järeltegevuse märkmeid ei saa pärast saatmist muuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office manages this facility</source>
        <translation>Seda asutust haldab peakontor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The change arrived damaged</source>
        <translation>Muudatus jõudis kohale vigasena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office does not know this kind of record</source>
        <translation>Peakontor ei tunne seda liiki kirjet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office does not know this field</source>
        <translation>Peakontor ei tunne seda välja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office could not read this change</source>
        <translation>Peakontor ei suutnud seda muudatust lugeda</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="-158"/>
        <source>{indicator}, {level}: {count} people</source>
        <translation>{indicator}, {level}: {count} inimest</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{text}” was not saved: a count of people is a whole number.</source>
        <translation>„{text}” jäi salvestamata: inimeste arv on täisarv.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show of hands on {indicator}</source>
        <translation>Käetõstmine näitaja {indicator} kohta</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>a count of people is a whole number.</source>
        <translation>inimeste arv on täisarv.</translation>
    </message>
</context>
<context>
    <name>Tips</name>
    <message>
        <location filename="../../scorecard_app/gui/tips.py" line="+14"/>
        <source>Meet the community leaders and the service providers first: agree the dates, the venue and who facilitates. Each group needs two facilitators, a lead and a note-taker; at least one should be trusted locally. Plan a date for every step.</source>
        <translation>Kohtuge kõigepealt kogukonna juhtide ja teenuseosutajatega: leppige kokku kuupäevad, koht ja läbiviijad. Igal rühmal on vaja kahte läbiviijat, juhti ja protokollijat; vähemalt üks neist peaks olema kohapeal usaldatud. Kavandage igale sammule kuupäev.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why we are here and that no names are written down. Split people into interest groups: women, men, youth, elders, people with disabilities. Give each person a numbered sticker. Ask who is missing today and how to reach them.</source>
        <translation>Öelge, miks me siin oleme ja et nimesid üles ei kirjutata. Jagage inimesed huvirühmadesse: naised, mehed, noored, eakad, puuetega inimesed. Andke igaühele numbriga kleebis. Küsige, kes täna puudub ja kuidas nendeni jõuda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read out what the facility is entitled to (staff, medicines, equipment) and where that is written. Then ask the group: what is actually there? Write what the group agrees, with remarks.</source>
        <translation>Lugege ette, mis asutusele ette nähtud on (töötajad, ravimid, varustus) ja kus see kirjas on. Seejärel küsige rühmalt: mis tegelikult olemas on? Kirjutage üles, milles rühm kokku lepib, koos märkustega.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask: how are things going? What works? What does not? Record an issue only when the group agrees. Merge issues that say the same thing, then let people vote for the most important ones.</source>
        <translation>Küsige: kuidas läheb? Mis toimib? Mis ei toimi? Kirjutage probleem üles ainult siis, kui rühm on nõus. Ühendage probleemid, mis ütlevad sama, ja laske inimestel hääletada kõige olulisemate poolt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn the top issues of all groups into common indicators, worded so that they can be scored. Five to eight indicators are enough. Once scoring starts, keep the list.</source>
        <translation>Muutke kõigi rühmade peamised probleemid ühisteks näitajateks, sõnastatuna nii, et neid saaks hinnata. Viiest kaheksa näitajast piisab. Kui hindamine on alanud, ärge loendit muutke.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restate who may be absent, then explain the scale with its faces and words. Score one indicator at a time and always ask why: write the reason and a suggestion.</source>
        <translation>Tuletage meelde, kes võib puududa, seejärel selgitage skaalat selle nägude ja sõnadega. Hinnake ühte näitajat korraga ja küsige alati, miks: kirjutage üles põhjus ja ettepanek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff score the same indicators, and may add one or two of their own. Say clearly that this is not finger-pointing: both sides look for solutions together.</source>
        <translation>Töötajad hindavad samu näitajaid ja võivad lisada ühe või kaks omaenda näitajat. Öelge selgelt, et see ei ole süüdlaste otsimine: mõlemad pooled otsivad lahendusi koos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring community representatives, staff and officials together. Show both scores side by side, start with what works, then talk through the largest gaps calmly.</source>
        <translation>Tooge kokku kogukonna esindajad, töötajad ja ametnikud. Näidake mõlemat hinnet kõrvuti, alustage sellest, mis toimib, ja arutage seejärel rahulikult suurimaid erinevusi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For each gap, agree one concrete action, a named person responsible, a date and the resources. Mark what the district must solve as escalated.</source>
        <translation>Leppige iga erinevuse kohta kokku üks konkreetne tegevus, nimeline vastutaja, tähtaeg ja vahendid. Märkige see, mille peab lahendama maakond, edasisaadetuks.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check each action every month and write down its status with a date. Overdue actions come first. The next round starts by reviewing this plan.</source>
        <translation>Kontrollige iga tegevust igal kuul ja kirjutage üles selle olek koos kuupäevaga. Tähtaja ületanud tegevused on esimesed. Järgmine voor algab selle kava ülevaatamisega.</translation>
    </message>
</context>
<context>
    <name>TipsPanel</name>
    <message>
        <location line="+17"/>
        <source>Show tips for this step</source>
        <translation>Näita selle sammu näpunäiteid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the tips (F1)</source>
        <translation>Näita või peida näpunäited (F1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tip</source>
        <translation>Näpunäide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>▾ Tips for this step</source>
        <translation>▾ Selle sammu näpunäited</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▸ Tips</source>
        <translation>▸ Näpunäited</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../scorecard_app/gui/trends_view.py" line="+55"/>
        <source>Trend chart</source>
        <translation>Suundumuse joonis</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location line="+79"/>
        <source>Trends across rounds</source>
        <translation>Suundumused voorude lõikes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator to show</source>
        <translation>Näidatav näitaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole card</source>
        <translation>Kogu kaart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores by round</source>
        <translation>Hinded voorude kaupa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show:</source>
        <translation>&amp;Näita:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>Round {n}</source>
        <translation>Voor {n}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Scores on the scale {scale}; the gap is community minus providers.</source>
        <translation>Hinded skaalal {scale}; vahe on kogukonna hinne miinus teenuseosutajate hinne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the first round: there is no trend yet.</source>
        <translation>See on esimene voor: suundumust veel pole.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Community</source>
        <translation>Kogukond</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Providers</source>
        <translation>Teenuseosutajad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>Erinevus</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change</source>
        <translation>Muutus</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Trends across rounds…</source>
        <translation>&amp;Suundumused voorude lõikes…</translation>
    </message>
</context>
<context>
    <name>VoteGridModel</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="-136"/>
        <source>Participant {number}</source>
        <translation>Osaleja {number}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Participant {number}, {indicator}: {value}</source>
        <translation>Osaleja {number}, {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row} of {rows}, column {col} of {cols}</source>
        <translation>Rida {row}/{rows}, veerg {col}/{cols}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Vote of participant {number} on {indicator}</source>
        <translation>Osaleja {number} hääl näitaja {indicator} kohta</translation>
    </message>
</context>
<context>
    <name>_EditModel</name>
    <message>
        <location line="-257"/>
        <location line="+11"/>
        <source>That is not a number.</source>
        <translation>See ei ole arv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” was not saved: {why}</source>
        <translation>„{text}” jäi salvestamata: {why}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>this cell cannot be typed into</source>
        <translation>sellesse lahtrisse ei saa kirjutada</translation>
    </message>
</context>
</TS>
