<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>ActionFollowUp</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/follow_up.py" line="+130"/>
        <source>No updates yet.</source>
        <translation>עדיין אין עדכונים.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the date of the update.</source>
        <translation>ציינו את תאריך העדכון.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Update on “{what}”</source>
        <translation>עדכון על ”⁨{what}⁩“</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Head office, {date}: {note}</source>
        <translation>המשרד הראשי, {date}: {note}</translation>
    </message>
</context>
<context>
    <name>ActionFollowUpForm</name>
    <message>
        <location filename="../../ui/action_follow_up.ui" line="+23"/>
        <source>Add a status update</source>
        <translation>הוספת עדכון מצב</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date:</source>
        <translation>ת&amp;אריך:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update date</source>
        <translation>תאריך העדכון</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>מ&amp;צב:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New status</source>
        <translation>מצב חדש</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;ote:</source>
        <translation>&amp;הערה:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update note</source>
        <translation>הערת עדכון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen or reported</source>
        <translation>מה נראה או דווח</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add update</source>
        <translation>הוספת עדכון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;update</source>
        <translation>ה&amp;וסף עדכון</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updates of the selected action</source>
        <translation>עדכוני הפעולה שנבחרה</translation>
    </message>
</context>
<context>
    <name>ActionPlanForm</name>
    <message>
        <location filename="../../ui/action_plan.ui" line="+18"/>
        <source>Add action</source>
        <translation>הוספת פעולה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add action</source>
        <translation>הוסף &amp;פעולה</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+149"/>
        <source>Delete action</source>
        <translation>מחיקת פעולה</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>De&amp;lete action</source>
        <translation>מ&amp;חק פעולה</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Actions</source>
        <translation>פעולות</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Selected action</source>
        <translation>הפעולה שנבחרה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What:</source>
        <translation>מ&amp;ה:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What will be done</source>
        <translation>מה ייעשה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Indicator:</source>
        <translation>מ&amp;דד:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicator</source>
        <translation>מדד</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;אחראי:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Responsible person</source>
        <translation>האדם האחראי</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&amp;nstitution:</source>
        <translation>מוסד אח&amp;ראי:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Institution</source>
        <translation>מוסד אחראי</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>D&amp;ue:</source>
        <translation>מ&amp;ועד:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due date</source>
        <translation>תאריך יעד</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;sources:</source>
        <translation>מ&amp;שאבים:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resources needed</source>
        <translation>משאבים נדרשים</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tatus:</source>
        <translation>מ&amp;צב:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Priority:</source>
        <translation>עד&amp;יפות:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Priority</source>
        <translation>עדיפות</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalate to the district</source>
        <translation>העברה למחוז</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Escalate to the district</source>
        <translation>העבר &amp;למחוז</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Photos of the selected action (e.g. the signed plan)</source>
        <translation>תמונות של הפעולה שנבחרה (למשל התוכנית החתומה)</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/action_plan.py" line="+154"/>
        <source>Add action</source>
        <translation>הוספת פעולה</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>what</source>
        <translation>התיאור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>המדד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible person</source>
        <translation>האחראי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>institution</source>
        <translation>המוסד האחראי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>תאריך היעד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resources</source>
        <translation>המשאבים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>המצב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>העדיפות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalation</source>
        <translation>ההעברה לדרג גבוה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change {field} of “{what}”</source>
        <translation>שינוי ⁨{field}⁩ של ”⁨{what}⁩“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Say what will be done; the action keeps its old text.</source>
        <translation>אמרו מה ייעשה; הפעולה שומרת על הנוסח הקודם.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New action</source>
        <translation>פעולה חדשה</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete action “{what}”</source>
        <translation>מחיקת הפעולה ”⁨{what}⁩“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No actions yet: press Add action (Alt+A).</source>
        <translation>עדיין אין פעולות: לחצו על הוסף פעולה (Alt+פ).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>— no indicator —</source>
        <translation>— ללא מדד —</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Agree each action with both sides: what exactly, who is responsible, by when, and what it needs. Escalate what the facility cannot solve alone.</source>
        <translation>הסכימו על כל פעולה עם שני הצדדים: מה בדיוק, מי אחראי, עד מתי ומה נדרש. העבירו הלאה את מה שהמוסד לא יכול לפתור לבד.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Photos of the selected action</source>
        <translation>תמונות של הפעולה שנבחרה</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n action(s), {done} done. Select one to edit it below.</source>
        <translation>
            <numerusform>פעולה אחת, {done} בוצעו. בחרו פעולה כדי לערוך אותה למטה.</numerusform>
            <numerusform>%n פעולות, {done} בוצעו. בחרו פעולה כדי לערוך אותה למטה.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../scorecard_app/gui/action_model.py" line="+88"/>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>מדד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>סבב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>אחראי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>מוסד אחראי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>מועד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>ימי איחור</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>עדיפות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>מחוז</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>משאבים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest update</source>
        <translation>העדכון האחרון</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{status} — overdue by {n} days</source>
        <translation>⁨{status}⁩ — באיחור של {n} ימים</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>escalated</source>
        <translation>הועבר</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet</source>
        <translation>עדיין אין</translation>
    </message>
</context>
<context>
    <name>CommunityScoringPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/community_scoring.py" line="+148"/>
        <source>Consensus scores</source>
        <translation>ציוני הסכמה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Individual votes</source>
        <translation>קולות אישיים</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show of hands</source>
        <translation>הרמת ידיים</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A show of hands needs a scale with few levels; use individual votes here.</source>
        <translation>הרמת ידיים דורשת סולם עם מעט רמות; השתמשו כאן בקולות אישיים.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ways of scoring</source>
        <translation>דרכי מתן ציונים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group &amp;consensus</source>
        <translation>&amp;הסכמת הקבוצה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual &amp;votes</source>
        <translation>קולות &amp;אישיים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show of &amp;hands</source>
        <translation>הרמת &amp;ידיים</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Read each indicator aloud and show the faces. Let the group agree a score and say why, or let each person vote in secret and type the votes in the grid.</source>
        <translation>הקריאו כל מדד בקול והראו את הפרצופים. תנו לקבוצה להסכים על ציון ולומר מדוע, או תנו לכל אחד להצביע בסתר והקלידו את הקולות בטבלה.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/interface_meeting.py" line="+102"/>
        <source>Round {r}
comm. · prov.</source>
        <translation>סבב {r}
קהילה · ספקים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last round</source>
        <translation>הסבב הקודם</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator</source>
        <translation>מדד</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Community</source>
        <translation>קהילה</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+29"/>
        <source>Providers</source>
        <translation>נותני השירות</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Gap</source>
        <translation>פער</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion notes</source>
        <translation>הערות הדיון</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Last round, {indicator}: community {c}, providers {p}</source>
        <translation>הסבב הקודם, ⁨{indicator}⁩: קהילה {c}, נותני השירות {p}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discussion notes for {indicator}: {text}</source>
        <translation>הערות הדיון עבור ⁨{indicator}⁩: ⁨{text}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>ריק</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discussion notes for {indicator}</source>
        <translation>הערות הדיון עבור ⁨{indicator}⁩</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>{text} (providers&apos; own)</source>
        <translation>⁨{text}⁩ (של נותני השירות)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/sync_panel.py" line="+150"/>
        <source>Close</source>
        <translation>סגור</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Head office kept its own value where both sides changed the same thing. Check each one and, if needed, change it again in the cycle.</source>
        <translation>כאשר שני הצדדים שינו אותו דבר, המשרד הראשי שמר על הערך שלו. בדקו כל אחד, ואם צריך, שנו אותו שוב במחזור.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to review.</source>
        <translation>אין מה לבדוק.</translation>
    </message>
</context>
<context>
    <name>ConflictsForm</name>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="+8"/>
        <source>Conflicts to review</source>
        <translation>התנגשויות לבדיקה</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflicts</source>
        <translation>התנגשויות</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>רשומה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>שדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop</source>
        <translation>המחשב הזה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office</source>
        <translation>המשרד הראשי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>מדוע</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark all as reviewed</source>
        <translation>סימון הכול כנבדק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;סמן הכול כנבדק</translation>
    </message>
</context>
<context>
    <name>ConsensusModel</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="+182"/>
        <source>Indicator</source>
        <translation>מדד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>ציון</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+39"/>
        <source>Suggestion</source>
        <translation>הצעה</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>{text} (providers&apos; own)</source>
        <translation>⁨{text}⁩ (של נותני השירות)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Score for {indicator}: {value}</source>
        <translation>ציון עבור ⁨{indicator}⁩: ⁨{value}⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} for {indicator}: {text}</source>
        <translation>⁨{what}⁩ עבור ⁨{indicator}⁩: ⁨{text}⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>ריק</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Score {indicator}</source>
        <translation>מתן ציון ל⁨{indicator}⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for {indicator}</source>
        <translation>סיבה עבור ⁨{indicator}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion for {indicator}</source>
        <translation>הצעה עבור ⁨{indicator}⁩</translation>
    </message>
</context>
<context>
    <name>CycleListModel</name>
    <message>
        <location filename="../../scorecard_app/gui/cycle_list.py" line="+129"/>
        <source>Facility</source>
        <translation>מוסד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>קהילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>סבב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>דורש תשומת לב</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s) missing</source>
        <translation>
            <numerusform>חסר פריט אחד</numerusform>
            <numerusform>חסרים %n פריטים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue action(s)</source>
        <translation>
            <numerusform>פעולה אחת באיחור</numerusform>
            <numerusform>%n פעולות באיחור</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRAINING (never synced)</source>
        <translation>תרגול (לעולם לא מסונכרן)</translation>
    </message>
</context>
<context>
    <name>CycleListPage</name>
    <message>
        <location line="+82"/>
        <source>Search facility, community, stage, issues, indicators, actions…</source>
        <translation>חיפוש מוסד, קהילה, שלב, נושאים, מדדים, פעולות…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter cycles</source>
        <translation>סינון מחזורים</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>תוצאות חיפוש</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycles</source>
        <translation>מחזורים</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open cycle</source>
        <translation>&amp;פתח מחזור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cycle</source>
        <translation>פתח מחזור</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New cycle…</source>
        <translation>מחזור &amp;חדש…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cycle</source>
        <translation>מחזור חדש</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start ne&amp;xt round…</source>
        <translation>התחל סבב &amp;הבא…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start next round</source>
        <translation>התחל סבב הבא</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score card cycles</source>
        <translation>מחזורי כרטיס ציונים</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>issue</source>
        <translation>נושא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>מדד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>round {n}: {kind} “{text}”</source>
        <translation>סבב {n}: ⁨{kind}⁩ ”⁨{text}⁩“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Found inside cycles: </source>
        <translation>נמצא בתוך מחזורים: </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and %n more</source>
        <translation>
            <numerusform> ועוד אחד</numerusform>
            <numerusform> ועוד %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleSetupDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/cycle_setup.py" line="+94"/>
        <source>New facility…</source>
        <translation>מוסד חדש…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Create cycle</source>
        <translation>צור מחזור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Round 1 (the first score card here)</source>
        <translation>סבב 1 (כרטיס הציונים הראשון כאן)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round {n}, linked to round {p} (its indicators and actions carry on)</source>
        <translation>סבב {n}, מקושר לסבב {p} (המדדים והפעולות שלו ממשיכים)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write at least the village of the community.</source>
        <translation>כתבו לפחות את הכפר של הקהילה.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the name of the new facility.</source>
        <translation>כתבו את שם המוסד החדש.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose the facility first (or “New facility…”).</source>
        <translation>בחרו קודם מוסד (או „מוסד חדש…”).</translation>
    </message>
</context>
<context>
    <name>CycleSetupForm</name>
    <message>
        <location filename="../../ui/cycle_setup.ui" line="+12"/>
        <source>New score card cycle</source>
        <translation>מחזור חדש של כרטיס ציונים</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Facility:</source>
        <translation>מ&amp;וסד:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facility</source>
        <translation>מוסד</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a facility…</source>
        <translation>בחרו מוסד…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New facility &amp;name:</source>
        <translation>שם המוס&amp;ד החדש:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New facility name</source>
        <translation>שם המוסד החדש</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Riverside Health Centre</source>
        <translation>למשל מרכז הבריאות שפת הנהר</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;ctor:</source>
        <translation>ת&amp;חום:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sector</source>
        <translation>תחום</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Community &amp;location:</source>
        <translation>מיקום &amp;הקהילה:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Round:</source>
        <translation>סבב:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round</source>
        <translation>סבב</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Scale:</source>
        <translation>סו&amp;לם:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scale</source>
        <translation>סולם</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scoring &amp;mode:</source>
        <translation>שיטת מתן &amp;ציונים:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoring mode</source>
        <translation>שיטת מתן הציונים</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session lan&amp;guage:</source>
        <translation>&amp;שפת המפגש:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session language</source>
        <translation>שפת המפגש</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lea&amp;d facilitator:</source>
        <translation>מנחה &amp;ראשי:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lead facilitator</source>
        <translation>מנחה ראשי</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other facilitators:</source>
        <translation>מנחים &amp;נוספים:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other facilitators</source>
        <translation>מנחים נוספים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names, separated by commas</source>
        <translation>שמות, מופרדים בפסיקים</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training cycle</source>
        <translation>מחזור תרגול</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Training cycle</source>
        <translation>מחזור &amp;תרגול</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practice only: marked as training on every screen and never synced.</source>
        <translation>לתרגול בלבד: מסומן כתרגול בכל מסך ולעולם לא מסונכרן.</translation>
    </message>
</context>
<context>
    <name>CycleWorkspace</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="+178"/>
        <source>TRAINING CYCLE — for practice only. It is never synced to head office.</source>
        <translation>מחזור תרגול — לתרגול בלבד. הוא לעולם אינו מסונכרן עם המשרד הראשי.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finish c&amp;ycle…</source>
        <translation>סיי&amp;ם מחזור…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish cycle</source>
        <translation>סיים מחזור</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;open cycle…</source>
        <translation>&amp;פתח מחזור מחדש…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen cycle</source>
        <translation>פתח מחזור מחדש</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start ne&amp;xt round…</source>
        <translation>התחל סבב &amp;הבא…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start next round</source>
        <translation>התחל סבב הבא</translation>
    </message>
    <message>
        <location line="+156"/>
        <source> — training (never synced)</source>
        <translation> — תרגול (לעולם לא מסונכרן)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — finished and locked</source>
        <translation> — הסתיים ונעול</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{facility} · {community} · round {round}</source>
        <translation>⁨{facility}⁩ · ⁨{community}⁩ · סבב {round}</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>This cycle is finished and locked: it can be read, printed and its actions followed up. To change anything else, reopen it (with a reason).</source>
        <translation>המחזור הזה הסתיים וננעל: אפשר לקרוא אותו, להדפיס ולעקוב אחר הפעולות. כדי לשנות משהו אחר, פתחו אותו מחדש (עם סיבה).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../scorecard_app/gui/date_field.py" line="+30"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a date like 2026-11-20; ↑ and ↓ change it by a day.</source>
        <translation>הקלידו תאריך כמו 2026-11-20; ↑ ו־↓ משנים אותו ביום.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{text}” is not a date; type it like 2026-11-20.</source>
        <translation>”⁨{text}⁩“ אינו תאריך; הקלידו אותו כמו 2026-11-20.</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/fields.py" line="+78"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{text}” is not a date; write it like 2026-11-22.</source>
        <translation>”⁨{text}⁩“ אינו תאריך; כתבו אותו כמו 2026-11-22.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/sync_panel.py" line="-56"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <location filename="../../ui/enrol_dialog.ui" line="+5"/>
        <source>Enrol this laptop</source>
        <translation>רישום המחשב הזה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the address and the one-time code that head office gave you, or paste the whole enrolment link into the address box.</source>
        <translation>הקלידו את הכתובת ואת הקוד החד־פעמי שקיבלתם מהמשרד הראשי, או הדביקו את קישור הרישום המלא בתיבת הכתובת.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Address:</source>
        <translation>&amp;כתובת:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Head office address</source>
        <translation>כתובת המשרד הראשי</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Code:</source>
        <translation>&amp;קוד:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enrolment code</source>
        <translation>קוד רישום</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enrol</source>
        <translation>רישום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrol</source>
        <translation>&amp;רשום</translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="+342"/>
        <source>The copied block ({rows} rows × {cols} columns) does not fit here: from this cell there are {free_rows} rows and {free_cols} columns.</source>
        <translation>הבלוק שהועתק ({rows} שורות × {cols} עמודות) לא נכנס כאן: מהתא הזה יש {free_rows} שורות ו־{free_cols} עמודות.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was pasted: “{text}” (row {row}, column {col} of the copied block) — {why}</source>
        <translation>לא הודבק דבר: „{text}” (שורה {row}, עמודה {col} בבלוק שהועתק) — {why}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>הדבקת תא אחד</numerusform>
            <numerusform>הדבקת %n תאים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/export_data.py" line="+38"/>
        <location line="+1"/>
        <source>Export open data</source>
        <translation>ייצוא נתונים פתוחים</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writes this cycle&apos;s results as open data that anyone can reuse: facilities, indicators, scores by group type, the action plan and its follow-up. No participant and no name is included; a figure resting on fewer than %1 people is hidden.</source>
        <translation>כותב את תוצאות המחזור הזה כנתונים פתוחים שכל אחד יכול לעשות בהם שימוש חוזר: מתקנים, מדדים, ציונים לפי סוג קבוצה, תוכנית הפעולה והמעקב אחריה. אף משתתף ואף שם אינם נכללים; נתון המבוסס על פחות מ־%1 אנשים מוסתר.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is exported</source>
        <translation>מה מיוצא</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder of CSV files (with datapackage.json)</source>
        <translation>תיקייה של קובצי CSV (עם datapackage.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON file</source>
        <translation>קובץ JSON אחד</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence</source>
        <translation>רישיון</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>&amp;תבנית:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence:</source>
        <translation>&amp;רישיון:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>התקדמות</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;ייצוא…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>סגור</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a training cycle: practice is never exported as open data.</source>
        <translation>זהו מחזור הדרכה: תרגול לעולם אינו מיוצא כנתונים פתוחים.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a folder for the data package</source>
        <translation>בחירת תיקייה לחבילת הנתונים</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the data package</source>
        <translation>שמירת חבילת הנתונים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>קובצי JSON ‏(*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting…</source>
        <translation>מייצא…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved %1: %2 results, %3 actions.</source>
        <translation>נשמר %1: %2 תוצאות, %3 פעולות.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not export: %1</source>
        <translation>לא ניתן לייצא: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export open &amp;data…</source>
        <translation>ייצוא &amp;נתונים פתוחים…</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../scorecard_app/gui/field_message.py" line="+20"/>
        <source>Not saved</source>
        <translation>לא נשמר</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="-106"/>
        <source>Finish cycle</source>
        <translation>סיום מחזור</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything is complete.</source>
        <translation>הכול הושלם.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n thing(s) are still missing:</source>
        <translation>
            <numerusform>עדיין חסר דבר אחד:</numerusform>
            <numerusform>עדיין חסרים %n דברים:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>מה חסר</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who may have been left out (not required)</source>
        <translation>מי אולי נשאר בחוץ (לא חובה)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finishing locks the cycle: nothing can be changed any more, except the follow-up of actions. It can be reopened later, with a reason.</source>
        <translation>סיום נועל את המחזור: אי אפשר לשנות דבר, מלבד המעקב אחר הפעולות. אפשר לפתוח אותו מחדש מאוחר יותר, עם סיבה.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Finish and lock</source>
        <translation>סיים ונעל</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Finish anyway and lock</source>
        <translation>סיים בכל זאת ונעל</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../ui/follow_up.ui" line="+16"/>
        <source>Follow-up</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This round</source>
        <translation>סבב זה</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previous round</source>
        <translation>הסבב הקודם</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Carried forward</source>
        <translation>הועברו הלאה</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue</source>
        <translation>באיחור</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue actions</source>
        <translation>פעולות באיחור</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/follow_up.py" line="+62"/>
        <source>Actions of this round</source>
        <translation>הפעולות של סבב זה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions of the previous round</source>
        <translation>הפעולות של הסבב הקודם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished actions of earlier rounds</source>
        <translation>פעולות שלא הושלמו מסבבים קודמים</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Carried forward (%n)</source>
        <translation>
            <numerusform>הועברו הלאה (%n)</numerusform>
            <numerusform>הועברו הלאה (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round {r}: review</source>
        <translation>סבב {r}: סקירה</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>באיחור (%n)</numerusform>
            <numerusform>באיחור (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Record what happened to each action: pick it, choose its status, add a note.</source>
        <translation>רשמו מה קרה עם כל פעולה: בחרו אותה, בחרו את מצבה, הוסיפו הערה.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Round {r} had {n} actions; review them first in the “Round {r}: review” tab.</source>
        <translation>בסבב {r} היו {n} פעולות; סקרו אותן תחילה בלשונית ”סבב {r}: סקירה“.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n unfinished actions from earlier rounds are carried forward: see “Carried forward”.</source>
        <translation>
            <numerusform>פעולה אחת שלא הושלמה מסבבים קודמים מועברת הלאה: ראו „הועברו הלאה”.</numerusform>
            <numerusform>%n פעולות שלא הושלמו מסבבים קודמים מועברות הלאה: ראו „הועברו הלאה”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Visit the facility and the committee each month. Record each action&apos;s status with the date and what you saw; chase what is overdue.</source>
        <translation>בקרו במוסד ובוועדה מדי חודש. רשמו את מצב כל פעולה עם התאריך ומה שראיתם; עקבו אחר מה שבאיחור.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/help_pages.py" line="+33"/>
        <location line="+2"/>
        <source>Facilitator guide</source>
        <translation>מדריך למנחה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The guide is not installed with this copy.</source>
        <translation>המדריך אינו מותקן בעותק הזה.</translation>
    </message>
</context>
<context>
    <name>IndicatorsForm</name>
    <message>
        <location filename="../../ui/indicators.ui" line="+25"/>
        <source>Choose indicators</source>
        <translation>בחירת מדדים</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where indicators come from</source>
        <translation>מהיכן מגיעים המדדים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the issues</source>
        <translation>מהנושאים</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranked issues to choose from</source>
        <translation>נושאים מדורגים לבחירה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use issue as indicator</source>
        <translation>שימוש בנושא כמדד</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use issue as &amp;indicator</source>
        <translation>השתמש בנושא &amp;כמדד</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the library</source>
        <translation>מהספרייה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the library</source>
        <translation>חיפוש בספרייה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the indicator library…</source>
        <translation>חיפוש בספריית המדדים…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Library indicators</source>
        <translation>מדדים מהספרייה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add from library</source>
        <translation>הוספה מהספרייה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add from &amp;library</source>
        <translation>הוסף מה&amp;ספרייה</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Or write a custom one:</source>
        <translation>או כתבו מדד משלכם:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom indicator</source>
        <translation>מדד מותאם</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your own indicator and press Enter</source>
        <translation>הקלידו מדד משלכם והקישו Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indicators of this cycle, in scoring order</source>
        <translation>מדדי המחזור, לפי סדר מתן הציונים</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unlock indicators</source>
        <translation>ביטול נעילת מדדים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock indicators…</source>
        <translation>&amp;בטל נעילת מדדים…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chosen indicators</source>
        <translation>מדדים שנבחרו</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text of the selected indicator:</source>
        <translation>נוסח המדד שנבחר:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicator text</source>
        <translation>נוסח המדד</translation>
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
        <translation>הזזת המדד למעלה</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Move &amp;up</source>
        <translation>הזז &amp;למעלה</translation>
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
        <translation>הזזת המדד למטה</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Move do&amp;wn</source>
        <translation>הזז למ&amp;טה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove indicator</source>
        <translation>הסרת מדד</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;הסר</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/indicators.py" line="+89"/>
        <source>Unlock the indicators?</source>
        <translation>לבטל את נעילת המדדים?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring has started: {scores} group scores, {votes} individual votes and {tallies} show-of-hands counts are entered.

If you remove an indicator, its scores are hidden from the results. If you add one, groups that have already scored must score it too. Renaming changes what people scored.

Unlock anyway?</source>
        <translation>מתן הציונים כבר התחיל: הוזנו {scores} ציוני קבוצה, {votes} קולות אישיים ו־{tallies} ספירות של הרמת ידיים.

אם תסירו מדד, הציונים שלו יוסתרו מהתוצאות. אם תוסיפו מדד, גם קבוצות שכבר נתנו ציונים יצטרכו לדרג אותו. שינוי שם משנה את מה שאנשים דירגו.

לבטל את הנעילה בכל זאת?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The indicators are locked because scoring has started. Unlock them first.</source>
        <translation>המדדים נעולים כי מתן הציונים כבר התחיל. בטלו תחילה את הנעילה.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{text}” is already an indicator.</source>
        <translation>”⁨{text}⁩“ כבר מדד.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add indicator {text}</source>
        <translation>הוספת המדד ⁨{text}⁩</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Rename indicator</source>
        <translation>שינוי שם המדד</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove indicator {text}</source>
        <translation>הסרת המדד ⁨{text}⁩</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move indicator</source>
        <translation>הזזת מדד</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>providers&apos; own</source>
        <translation>של נותני השירות</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>custom</source>
        <translation>מותאם</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{text} — raised by %n group(s), {votes} votes</source>
        <translation>
            <numerusform>⁨{text}⁩ — הועלה על ידי קבוצה אחת, {votes} קולות</numerusform>
            <numerusform>⁨{text}⁩ — הועלה על ידי %n קבוצות, {votes} קולות</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cycle is finished; the indicators are fixed.</source>
        <translation>המחזור הסתיים; המדדים קבועים.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked: scoring has started, so the indicators stay as they are.</source>
        <translation>נעול: מתן הציונים התחיל, ולכן המדדים נשארים כפי שהם.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocked for changes, although scoring has started.</source>
        <translation>הנעילה בוטלה לשינויים, אף שמתן הציונים התחיל.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n indicator(s) chosen. Aim for 5 to 8.</source>
        <translation>
            <numerusform>נבחר מדד אחד. כדאי לבחור 5 עד 8.</numerusform>
            <numerusform>נבחרו %n מדדים. כדאי לבחור 5 עד 8.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Head office has withdrawn “{text}” from the library.</source>
        <translation>המשרד הראשי הסיר את „{text}” מהספרייה.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>(withdrawn by head office)</source>
        <translation>(הוסר על ידי המשרד הראשי)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(new from head office)</source>
        <translation>(חדש מהמשרד הראשי)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>from the issues</source>
        <translation>מהנושאים</translation>
    </message>
</context>
<context>
    <name>InlineError</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/fields.py" line="+89"/>
        <source>Not saved</source>
        <translation>לא נשמר</translation>
    </message>
</context>
<context>
    <name>InputTrackingForm</name>
    <message>
        <location filename="../../ui/input_tracking.ui" line="+21"/>
        <source>First read out what the facility should have (the entitlement and where that is written). Then the group agrees what is actually there.</source>
        <translation>הקריאו תחילה מה אמור להיות במוסד (הזכאות והיכן היא כתובה). לאחר מכן הקבוצה מסכימה מה יש בפועל.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New input item</source>
        <translation>פריט תשומה חדש</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type an input (e.g. Nurses on duty) and press Enter</source>
        <translation>הקלידו תשומה (למשל אחיות במשמרת) והקישו Enter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add input item</source>
        <translation>הוספת פריט תשומה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add item</source>
        <translation>הוסף &amp;פריט</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove input item</source>
        <translation>הסרת פריט תשומה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove item</source>
        <translation>&amp;הסר פריט</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Input tracking matrix</source>
        <translation>טבלת מעקב תשומות</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Input item</source>
        <translation>פריט תשומה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit</source>
        <translation>יחידה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entitlement</source>
        <translation>זכאות</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source of the entitlement</source>
        <translation>מקור הזכאות</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual</source>
        <translation>בפועל</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gap</source>
        <translation>פער</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remarks</source>
        <translation>הערות</translation>
    </message>
</context>
<context>
    <name>InputTrackingPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/input_tracking.py" line="+72"/>
        <source>Remove input item</source>
        <translation>הסרת פריט תשומה</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Add input {item}</source>
        <translation>הוספת התשומה ⁨{item}⁩</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“{text}” is not a number; write it like 12 or 3.5.</source>
        <translation>”⁨{text}⁩“ אינו מספר; כתבו כמו 12 או 3.5.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change {item}</source>
        <translation>שינוי ⁨{item}⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 (as entitled)</source>
        <translation>0 (כפי הזכאות)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} (less than entitled)</source>
        <translation>{n} (פחות מהזכאות)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+{n} (more than entitled)</source>
        <translation>+{n} (יותר מהזכאות)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Remove the input item “{item}” and what was recorded for it?</source>
        <translation>להסיר את פריט התשומה „{item}” ואת מה שנרשם עבורו?</translation>
    </message>
</context>
<context>
    <name>InterfaceMeetingForm</name>
    <message>
        <location filename="../../ui/interface_meeting.ui" line="+18"/>
        <source>Projector view</source>
        <translation>תצוגת מקרן</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Projector view (F11)</source>
        <translation>ת&amp;צוגת מקרן (F11)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Community and provider scores</source>
        <translation>ציוני הקהילה ונותני השירות</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meeting</source>
        <translation>מפגש</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date:</source>
        <translation>ת&amp;אריך:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting date</source>
        <translation>תאריך המפגש</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Venue:</source>
        <translation>מק&amp;ום:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue</source>
        <translation>מקום</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mmunity present:</source>
        <translation>&amp;נוכחים מהקהילה:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Community members present</source>
        <translation>חברי קהילה נוכחים</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;roviders present:</source>
        <translation>נו&amp;כחים מנותני השירות:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Providers present</source>
        <translation>נותני שירות נוכחים</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Notes:</source>
        <translation>&amp;הערות:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting notes</source>
        <translation>הערות המפגש</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Officials present</source>
        <translation>בעלי תפקידים נוכחים</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New official</source>
        <translation>בעל תפקיד חדש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (role)</source>
        <translation>שם (תפקיד)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add official</source>
        <translation>הוספת בעל תפקיד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd official</source>
        <translation>הוסף &amp;בעל תפקיד</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>Remove official</source>
        <translation>הסרת בעל תפקיד</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Remove o&amp;fficial</source>
        <translation>הסר בע&amp;ל תפקיד</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photos of the meeting</source>
        <translation>תמונות מהמפגש</translation>
    </message>
</context>
<context>
    <name>InterfaceMeetingPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/interface_meeting.py" line="+89"/>
        <source>Meeting date</source>
        <translation>תאריך המפגש</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting venue</source>
        <translation>מקום המפגש</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting notes</source>
        <translation>הערות המפגש</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>נוכחות</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Add official {name}</source>
        <translation>הוספת בעל התפקיד ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove official {name}</source>
        <translation>הסרת בעל התפקיד ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} indicators compared; providers rate themselves higher on {h} of them.</source>
        <translation>הושוו {n} מדדים; נותני השירות מדרגים את עצמם גבוה יותר ב־{h} מהם.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scores from both sides appear here once they are entered.</source>
        <translation>הציונים של שני הצדדים יופיעו כאן לאחר שיוזנו.</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>Round {r}: community {c} · providers {p}</source>
        <translation>סבב {r}: קהילה {c} · נותני השירות {p}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{facility} — community and providers, round {r}</source>
        <translation>⁨{facility}⁩ — קהילה ונותני השירות, סבב {r}</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>Show both sides&apos; scores on the projector (F11). Start with the biggest gaps; ask each side to explain, and note what was said for each indicator.</source>
        <translation>הציגו את ציוני שני הצדדים במקרן (F11). התחילו בפערים הגדולים ביותר; בקשו מכל צד להסביר, ורשמו מה נאמר על כל מדד.</translation>
    </message>
</context>
<context>
    <name>IssuesPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/issues.py" line="+70"/>
        <source>Group raising issues</source>
        <translation>הקבוצה שמעלה נושאים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised by</source>
        <translation>הועלה על ידי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who raised the issue: the group, someone in the room, or a sticker number</source>
        <translation>מי העלה את הנושא: הקבוצה, מישהו בחדר או מספר מדבקה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New issue</source>
        <translation>נושא חדש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an issue and press Enter</source>
        <translation>הקלידו נושא והקישו Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issues of the group</source>
        <translation>נושאי הקבוצה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>נושא</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Votes</source>
        <translation>קולות</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remove issue</source>
        <translation>הס&amp;ר נושא</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>Remove issue</source>
        <translation>הסרת נושא</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Issues raised by one group</source>
        <translation>נושאים שהעלתה קבוצה אחת</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group:</source>
        <translation>ק&amp;בוצה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised &amp;by:</source>
        <translation>&amp;הועלה על ידי:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;issue:</source>
        <translation>&amp;נושא חדש:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record an issue only when the group agrees on it.</source>
        <translation>רשמו נושא רק כשהקבוצה מסכימה עליו.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranked issues</source>
        <translation>נושאים מדורגים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge selected into one</source>
        <translation>מזג &amp;את הנבחרים לאחד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge selected issues</source>
        <translation>מיזוג הנושאים שנבחרו</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select duplicates (Ctrl+click or Shift+arrows); the first one is kept</source>
        <translation>בחרו כפילויות (Ctrl+לחיצה או Shift+חיצים); הראשונה נשמרת</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Split merged issue</source>
        <translation>&amp;פצל נושא ממוזג</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>Split merged issue</source>
        <translation>פיצול נושא ממוזג</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>All groups, ranked</source>
        <translation>כל הקבוצות, מדורג</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add the groups first (step Participants).</source>
        <translation>הוסיפו תחילה את הקבוצות (שלב משתתפים).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add issue {text}</source>
        <translation>הוספת הנושא ⁨{text}⁩</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select two or more issues that say the same thing.</source>
        <translation>בחרו שני נושאים או יותר שאומרים אותו דבר.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Merge %n issue(s)</source>
        <translation>
            <numerusform>מיזוג נושא אחד</numerusform>
            <numerusform>מיזוג %n נושאים</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change issue text</source>
        <translation>שינוי נוסח הנושא</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Votes are a whole number, 0 or more.</source>
        <translation>מספר הקולות הוא מספר שלם, 0 ומעלה.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change votes</source>
        <translation>שינוי מספר הקולות</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} (service provider)</source>
        <translation>⁨{name}⁩ (נותני שירות)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The whole group</source>
        <translation>כל הקבוצה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone in the room</source>
        <translation>מישהו בחדר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant no. {n}</source>
        <translation>משתתף מס׳ {n}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{text}  (merged into “{keep}”)</source>
        <translation>⁨{text}⁩  (מוזג אל ”⁨{keep}⁩“)</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>{n}. {text} — raised by %n group(s), {votes} votes</source>
        <translation>
            <numerusform>{n}. ⁨{text}⁩ — הועלה על ידי קבוצה אחת, {votes} קולות</numerusform>
            <numerusform>{n}. ⁨{text}⁩ — הועלה על ידי %n קבוצות, {votes} קולות</numerusform>
        </translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Photos of the selected issue</source>
        <translation>תמונות של הנושא שנבחר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos of the selected issue (e.g. the flip chart):</source>
        <translation>תמונות של הנושא שנבחר (למשל לוח הדפדפת):</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This group already has “{text}”; add votes to it instead.</source>
        <translation>לקבוצה הזו כבר יש „{text}”; הוסיפו לו קולות במקום.</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <location filename="../../scorecard_app/gui/form_widgets.py" line="+98"/>
        <source>Region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>מחוז</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commune</source>
        <translation>מועצה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>כפר</translation>
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
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All cycles</source>
        <translation>&amp;כל המחזורים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New cycle…</source>
        <translation>מחזור &amp;חדש…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;יציאה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;בטל</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>בצע &amp;שוב</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cycle</source>
        <translation>&amp;מחזור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish cycle…</source>
        <translation>סיי&amp;ם מחזור…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reopen cycle…</source>
        <translation>&amp;פתח מחזור מחדש…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start ne&amp;xt round…</source>
        <translation>התחל סבב &amp;הבא…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Scorecard</source>
        <translation>&amp;אודות Scorecard</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Choose a cycle first.</source>
        <translation>בחרו מחזור תחילה.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Scorecard</source>
        <translation>אודות Scorecard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Scorecard {version}&lt;/h3&gt;&lt;p&gt;Run Community Score Card cycles offline: score, compare, agree actions, print on the spot and sync to head office.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL v3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Scorecard {version}&lt;/h3&gt;&lt;p&gt;ניהול מחזורי כרטיס ציונים קהילתי ללא חיבור לרשת: מתן ציונים, השוואה, הסכמה על פעולות, הדפסה במקום וסנכרון עם המשרד הראשי.&lt;/p&gt;&lt;p&gt;תוכנה חופשית לפי GNU GPL גרסה 3 ומעלה.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/settings_dialog.py" line="+146"/>
        <source>&amp;Settings…</source>
        <translation>&amp;הגדרות…</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/cycle_setup.py" line="+50"/>
        <source>Next round</source>
        <translation>הסבב הבא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round {n} of this place already exists; it is opened instead.</source>
        <translation>סבב {n} של מקום זה כבר קיים; הוא נפתח במקום.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round {r} is not finished yet.</source>
        <translation>סבב {r} עדיין לא הסתיים.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start next round</source>
        <translation>התחלת הסבב הבא</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start round {n} of {facility} in {community}?

The {k} indicators of round {r} are copied, so scores can be compared, and round {r}&apos;s actions are reviewed in the follow-up.</source>
        <translation>להתחיל את סבב {n} של ⁨{facility}⁩ ב⁨{community}⁩?

{k} המדדים של סבב {r} מועתקים כדי שאפשר יהיה להשוות ציונים, והפעולות של סבב {r} נבדקות במעקב.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/main_window.py" line="-129"/>
        <source>&amp;Previous step</source>
        <translation>שלב &amp;קודם</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next step</source>
        <translation>שלב &amp;הבא</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro&amp;jector view</source>
        <translation>תצוגת &amp;מקרן</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tips for this step</source>
        <translation>&amp;עצות לשלב הזה</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facilitator &amp;guide</source>
        <translation>&amp;מדריך למנחה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;קיצורי מקלדת</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version}</source>
        <translation>גרסה {version}</translation>
    </message>
</context>
<context>
    <name>ParticipantsForm</name>
    <message>
        <location filename="../../ui/participants.ui" line="+25"/>
        <location line="+6"/>
        <source>Groups</source>
        <translation>קבוצות</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New group:</source>
        <translation>קבוצה חדשה:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New group type</source>
        <translation>סוג הקבוצה החדשה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New group name</source>
        <translation>שם הקבוצה החדשה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (optional)</source>
        <translation>שם (לא חובה)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add group</source>
        <translation>הוספת קבוצה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;group</source>
        <translation>ה&amp;וסף קבוצה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected group:</source>
        <translation>הקבוצה שנבחרה:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>שם:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected group name</source>
        <translation>שם הקבוצה שנבחרה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type:</source>
        <translation>סוג:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected group type</source>
        <translation>סוג הקבוצה שנבחרה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Facilitators:</source>
        <translation>מנחים:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facilitators of the selected group</source>
        <translation>מנחי הקבוצה שנבחרה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead, note-taker (commas between)</source>
        <translation>מנחה מוביל, רושם (מופרדים בפסיקים)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Remove group</source>
        <translation>הסרת קבוצה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A group of type “Staff” is the service provider group.</source>
        <translation>קבוצה מסוג ”צוות“ היא קבוצת נותני השירות.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Participants of the selected group</source>
        <translation>משתתפי הקבוצה שנבחרה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participants</source>
        <translation>משתתפים</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sticker no.</source>
        <translation>מס׳ מדבקה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age</source>
        <translation>גיל</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gender</source>
        <translation>מגדר</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disability</source>
        <translation>מוגבלות</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minority</source>
        <translation>מיעוט</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poor</source>
        <translation>עני</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Youth</source>
        <translation>צעיר</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counted</source>
        <translation>נספר</translation>
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
        <translation>הוספת משתתף</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>&amp;Add participant</source>
        <translation>&amp;הוסף משתתף</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove participant</source>
        <translation>הסרת משתתף</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove participant</source>
        <translation>הס&amp;ר משתתף</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“Someone in the room”: raises issues quickly, not counted as a person</source>
        <translation>”מישהו בחדר“: מעלה נושאים במהירות, אינו נספר כאדם</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add anonymous participant</source>
        <translation>הוספת משתתף אנונימי</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a&amp;nonymous participant</source>
        <translation>הוסף משתתף &amp;אנונימי</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only numbers are kept, never names. Write the sticker number on each person&apos;s chest sticker. Youth is set from the age.</source>
        <translation>נשמרים רק מספרים, לעולם לא שמות. כתבו את מספר המדבקה על מדבקת החזה של כל אדם. ”צעיר“ נקבע לפי הגיל.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Who takes part</source>
        <translation>מי משתתף</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/participants.py" line="+111"/>
        <source>Gender</source>
        <translation>מגדר</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Age band</source>
        <translation>קבוצת גיל</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Add anonymous participant</source>
        <translation>הוספת משתתף אנונימי</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove participant</source>
        <translation>הסרת משתתף</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Add group {name}</source>
        <translation>הוספת הקבוצה ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change group facilitators</source>
        <translation>שינוי מנחי הקבוצה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename group</source>
        <translation>שינוי שם הקבוצה</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove group {name}</source>
        <translation>הסרת הקבוצה ⁨{name}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Add or choose a group first.</source>
        <translation>הוסיפו או בחרו קבוצה תחילה.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add participant {n}</source>
        <translation>הוספת משתתף {n}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A sticker number is a whole number from 1 up.</source>
        <translation>מספר מדבקה הוא מספר שלם מ־1 ומעלה.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sticker number {n} is already used by someone else.</source>
        <translation>מספר המדבקה {n} כבר בשימוש של מישהו אחר.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change participant {n}</source>
        <translation>שינוי משתתף {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (service provider)</source>
        <translation> (נותני שירות)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{name}{kind} (%n people)</source>
        <translation>
            <numerusform>⁨{name}⁩⁨{kind}⁩ (אדם אחד)</numerusform>
            <numerusform>⁨{name}⁩⁨{kind}⁩ (%n אנשים)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>anonymous</source>
        <translation>אנונימי</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>לא</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n community member(s) counted.</source>
        <translation>
            <numerusform>נספר חבר קהילה אחד.</numerusform>
            <numerusform>נספרו %n חברי קהילה.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women: {n} ({p}%)</source>
        <translation>נשים: {n} ({p}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men: {n} ({p}%)</source>
        <translation>גברים: {n} ({p}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young: {n} ({p}%)</source>
        <translation>צעירים: {n} ({p}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a disability: {n}</source>
        <translation>עם מוגבלות: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority: {n}</source>
        <translation>מיעוט: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor: {n}</source>
        <translation>עניים: {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (providers): {n}</source>
        <translation>⁨{name}⁩ (נותני שירות): {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: {w}</source>
        <translation>אזהרה: ⁨{w}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No inclusion warnings.</source>
        <translation>אין אזהרות הכללה.</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Change group type</source>
        <translation>שינוי סוג הקבוצה</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../scorecard_app/gui/photos.py" line="+44"/>
        <source>“{name}” is not a file.</source>
        <translation>„{name}” אינו קובץ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is too big for a photo (more than 25 MB).</source>
        <translation>„{name}” גדול מדי לתמונה (יותר מ־25 MB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” is not a photo (JPEG, PNG or WebP).</source>
        <translation>„{name}” אינו תמונה (JPEG‏, PNG או WebP).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Photos</source>
        <translation>תמונות</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop photo files here, or use Add photo…</source>
        <translation>גררו לכאן קובצי תמונות, או השתמשו ב„הוספת תמונה…”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add photo…</source>
        <translation>הוספת תמונה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photo</source>
        <translation>הוספת תמונה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open full size</source>
        <translation>פתיחה בגודל מלא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open photo full size</source>
        <translation>פתיחת התמונה בגודל מלא</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>הסרת תמונה</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Add photos</source>
        <translation>הוספת תמונות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>תמונות (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Remove the photo “{name}”?</source>
        <translation>להסיר את התמונה „{name}”?</translation>
    </message>
</context>
<context>
    <name>PrintCentre</name>
    <message>
        <location filename="../../scorecard_app/gui/print_centre.py" line="+117"/>
        <source>Print centre</source>
        <translation>מרכז הדפסה</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printables</source>
        <translation>מסמכים להדפסה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for the session</source>
        <translation>למפגש</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>results</source>
        <translation>תוצאות</translation>
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
        <translation>שפה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>נייר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>שפ&amp;ה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;נייר:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;view</source>
        <translation>&amp;תצוגה מקדימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;שמור PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in viewer</source>
        <translation>&amp;פתח במציג</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>ה&amp;דפס…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>סגור</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress</source>
        <translation>התקדמות</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Page preview</source>
        <translation>תצוגה מקדימה של העמוד</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick what to print:</source>
        <translation>סמנו מה להדפיס:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Making the PDF…</source>
        <translation>יוצר את קובץ ה־PDF…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PDF could not be made: {error}</source>
        <translation>לא ניתן היה ליצור את ה־PDF: ⁨{error}⁩</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No preview: this computer lacks the pdftoppm program. Open the PDF in the viewer instead.</source>
        <translation>אין תצוגה מקדימה: במחשב זה חסרה התוכנה pdftoppm. פתחו את ה־PDF במציג במקום זאת.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page {n}</source>
        <translation>עמוד {n}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>עמוד אחד</numerusform>
            <numerusform>%n עמודים</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save PDF</source>
        <translation>שמירת PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>קובצי PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the PDFs in</source>
        <translation>שמירת קובצי ה־PDF ב</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved</source>
        <translation>לא נשמר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be saved: {error}</source>
        <translation>לא ניתן היה לשמור את ה־PDF: ⁨{error}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved: {files}</source>
        <translation>נשמר: ⁨{files}⁩</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening the PDF in the viewer; print it from there.</source>
        <translation>פותח את ה־PDF במציג; הדפיסו משם.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The printer could not be started.</source>
        <translation>לא ניתן היה להפעיל את המדפסת.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Print centre…</source>
        <translation>מרכז &amp;הדפסה…</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../scorecard_app/gui/projector.py" line="+60"/>
        <source>Projector view</source>
        <translation>תצוגת מקרן</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Community</source>
        <translation>קהילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>נותני השירות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen {page} of {pages} — Page Down: next · Page Up: back · Esc: leave</source>
        <translation>מסך {page} מתוך {pages} — Page Down: הבא · Page Up: הקודם · Esc: יציאה</translation>
    </message>
</context>
<context>
    <name>ProviderScoringPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/provider_scoring.py" line="+26"/>
        <source>Provider scores</source>
        <translation>ציוני נותני השירות</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New own indicator</source>
        <translation>מדד עצמי חדש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An indicator the providers want to add…</source>
        <translation>מדד שנותני השירות רוצים להוסיף…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Own indicator:</source>
        <translation>מ&amp;דד עצמי:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add own indicator</source>
        <translation>ה&amp;וסף מדד עצמי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add own indicator</source>
        <translation>הוספת מדד עצמי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove own indicator</source>
        <translation>&amp;הסר מדד עצמי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove own indicator</source>
        <translation>הסרת מדד עצמי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the selected indicator, if it is one of the providers&apos; own</source>
        <translation>מסיר את המדד שנבחר, אם הוא מדד של נותני השירות</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no service provider group yet: add one in the Participants step.</source>
        <translation>עדיין אין קבוצת נותני שירות: הוסיפו אחת בשלב משתתפים.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Provider group:</source>
        <translation>קבוצת &amp;נותני השירות:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the new indicator first.</source>
        <translation>הקלידו תחילה את המדד החדש.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add own indicator {text}</source>
        <translation>הוספת המדד העצמי ⁨{text}⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select one of the providers&apos; own indicators first.</source>
        <translation>בחרו תחילה אחד מהמדדים של נותני השירות.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{text}” is shared with the community; it can only be removed in the Indicators step.</source>
        <translation>”⁨{text}⁩“ משותף עם הקהילה; אפשר להסיר אותו רק בשלב מדדים.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove own indicator {text}</source>
        <translation>הסרת המדד העצמי ⁨{text}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meet the staff separately. They score the same indicators and may add their own; ask for a reason with every score.</source>
        <translation>פגשו את הצוות בנפרד. הם נותנים ציון לאותם מדדים ורשאים להוסיף משלהם; בקשו סיבה לכל ציון.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../scorecard_app/gui/qt_standard_strings.py" line="+56"/>
        <source>&amp;Select All</source>
        <translation>&amp;בחר הכל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>הע&amp;לה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>הו&amp;רד</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;פתח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;שמור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>שמירה בשם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>בח&amp;ר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in:</source>
        <translation>חפש בתוך:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;שם קובץ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>קבצים מסוג:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>כל הקבצים (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>ספרייה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>אחורה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>קדימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>ספרייה מעלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>צור תיקייה חדשה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>תצוגת רשימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>תצוגת פרטים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>תיקייה חדשה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;מחק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>ש&amp;נה שם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>ה&amp;צג קבצים מוסתרים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>תיקייה &amp;חדשה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>מיקומים אחרונים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>‏%1 כבר קיים.
האם ברצונך להחליף אותו?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>גודל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>תאריך שינוי</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location line="-76"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+29"/>
        <source>&amp;Undo</source>
        <translation>&amp;בטל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>בצע &amp;שוב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;גזור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>הע&amp;תק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>ה&amp;דבק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>מחק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>בחר הכל</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-13"/>
        <source>Show Details...</source>
        <translation>הצג פרטים...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>הסתר פרטים...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translation>אישור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>שמור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>שמור הכל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;כן</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>כן ל&amp;הכל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;לא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>ל&amp;א להכל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>בטל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>נסה שוב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>התעלם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>סגור</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/app.py" line="+87"/>
        <location filename="../../scorecard_app/gui/qt_standard_strings.py" line="+1"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/qt_standard_strings.py" line="+1"/>
        <source>Discard</source>
        <translation>שכח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>עזרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>החל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>אפס</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>שחזר ברירות מחדל</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location line="+57"/>
        <source>Undo %1</source>
        <translation>בטל %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1</source>
        <translation>בצע שוב %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>בטל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>בצע שוב</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-48"/>
        <source>&amp;Undo</source>
        <translation>&amp;בטל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>בצע &amp;שוב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;גזור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>הע&amp;תק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>ה&amp;דבק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>מחק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>בחר הכל</translation>
    </message>
</context>
<context>
    <name>RemoveQuestion</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/fields.py" line="-28"/>
        <source>Remove?</source>
        <translation>להסיר?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="+20"/>
        <source>Reopen cycle</source>
        <translation>פתיחת מחזור מחדש</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for reopening</source>
        <translation>סיבת הפתיחה מחדש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Two votes of the youth group were missing</source>
        <translation>למשל חסרו שני קולות של קבוצת הצעירים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why is the cycle reopened? The reason is kept in its log.</source>
        <translation>&amp;מדוע המחזור נפתח מחדש? הסיבה נשמרת ביומן שלו.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>פתח מחדש</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../scorecard_app/gui/score_results.py" line="+113"/>
        <source>Live results</source>
        <translation>תוצאות בזמן אמת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results of this group</source>
        <translation>תוצאות הקבוצה הזו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results by group</source>
        <translation>תוצאות לפי קבוצה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results by participant attribute</source>
        <translation>תוצאות לפי מאפיין משתתפים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break down by</source>
        <translation>פילוח לפי</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Break down community votes by:</source>
        <translation>&amp;פילוח קולות הקהילה לפי:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This group</source>
        <translation>הקבוצה הזו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All groups</source>
        <translation>כל הקבוצות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By attribute</source>
        <translation>לפי מאפיין</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gender</source>
        <translation>מגדר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>קבוצת גיל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>מוגבלות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority</source>
        <translation>מיעוט</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor household</source>
        <translation>משק בית עני</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>צעירים</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+47"/>
        <location line="+67"/>
        <source>Indicator</source>
        <translation>מדד</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Group score</source>
        <translation>ציון הקבוצה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>קולות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>חציון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>ממוצע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution (level: people)</source>
        <translation>התפלגות (רמה: אנשים)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Group score for {indicator}: {value}</source>
        <translation>ציון הקבוצה עבור ⁨{indicator}⁩: ⁨{value}⁩</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Median for {indicator}: {value}</source>
        <translation>חציון עבור ⁨{indicator}⁩: ⁨{value}⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Community</source>
        <translation>קהילה</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Community, {indicator}: {value}</source>
        <translation>קהילה, ⁨{indicator}⁩: ⁨{value}⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not recorded</source>
        <translation>לא נרשם</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>לא</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{median} (mean {mean}, {n} votes)</source>
        <translation>⁨{median}⁩ (ממוצע {mean}, {n} קולות)</translation>
    </message>
</context>
<context>
    <name>ScaleLegend</name>
    <message>
        <location filename="../../scorecard_app/gui/scale_widgets.py" line="+164"/>
        <source>Scale:</source>
        <translation>סולם:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scale</source>
        <translation>סולם</translation>
    </message>
</context>
<context>
    <name>ScaleWidgets</name>
    <message>
        <location line="+49"/>
        <source>No score from an earlier round</source>
        <translation>אין ציון מסבב קודם</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change since round {r}</source>
        <translation>אין שינוי מאז סבב {r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up {n} since round {r}</source>
        <translation>עלייה של {n} מאז סבב {r}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down {n} since round {r}</source>
        <translation>ירידה של {n} מאז סבב {r}</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>no score</source>
        <translation>אין ציון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value}, {word}, on a scale of {low} to {high}</source>
        <translation>⁨{value}⁩, ⁨{word}⁩, בסולם מ־{low} עד {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored by both sides yet</source>
        <translation>עדיין לא קיבל ציון משני הצדדים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides give the same score</source>
        <translation>שני הצדדים נותנים אותו ציון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers rate {n} higher</source>
        <translation>נותני השירות מדרגים גבוה יותר ב־{n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community rates {n} higher</source>
        <translation>הקהילה מדרגת גבוה יותר ב־{n}</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <location line="+160"/>
        <source>Score</source>
        <translation>ציון</translation>
    </message>
</context>
<context>
    <name>ScoringPageBase</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/community_scoring.py" line="-157"/>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cycle is finished: use “Reopen cycle…” (with a reason) to change scores.</source>
        <translation>מחזור זה הסתיים: השתמשו ב”פתח מחזור מחדש…“ (עם סיבה) כדי לשנות ציונים.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Group:</source>
        <translation>ק&amp;בוצה:</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="+5"/>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;שפת הממשק:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language</source>
        <translation>שפת הממשק</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Text size:</source>
        <translation>&amp;גודל הטקסט:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text size in percent</source>
        <translation>גודל הטקסט באחוזים</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Contrast:</source>
        <translation>&amp;ניגודיות:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contrast</source>
        <translation>ניגודיות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>לפי הגדרות המערכת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>רגילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>ניגודיות גבוהה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The interface language is for you. The language of a session with a community group is chosen with each cycle and printed on its handouts.</source>
        <translation>שפת הממשק היא בשבילכם. שפת המפגש עם קבוצה מהקהילה נבחרת בכל מחזור ומודפסת על הדפים המחולקים.</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../../ui/setup.ui" line="+21"/>
        <source>Setup of the cycle</source>
        <translation>הגדרת המחזור</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cycle</source>
        <translation>המחזור</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;acility:</source>
        <extracomment>Not Alt+F: that opens the File menu.</extracomment>
        <translation>מ&amp;וסד:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facility name</source>
        <translation>שם המוסד</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sec&amp;tor:</source>
        <extracomment>Not Alt+C: that opens the Cycle menu.</extracomment>
        <translation>ת&amp;חום:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sector</source>
        <translation>תחום</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Community &amp;location:</source>
        <translation>מיקום &amp;הקהילה:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Round:</source>
        <translation>סבב:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Scale:</source>
        <translation>סו&amp;לם:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scale</source>
        <translation>סולם</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scoring &amp;mode:</source>
        <translation>שיטת מתן &amp;ציונים:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoring mode</source>
        <translation>שיטת מתן הציונים</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session lan&amp;guage:</source>
        <translation>&amp;שפת המפגש:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session language</source>
        <translation>שפת המפגש</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lea&amp;d facilitator:</source>
        <translation>מנחה &amp;ראשי:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lead facilitator</source>
        <translation>מנחה ראשי</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other facilitators:</source>
        <translation>מנחים &amp;נוספים:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other facilitators</source>
        <translation>מנחים נוספים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names, separated by commas</source>
        <translation>שמות, מופרדים בפסיקים</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ne&amp;xt round planned for:</source>
        <translation>הסבב ה&amp;בא מתוכנן ל:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next round planned for</source>
        <translation>הסבב הבא מתוכנן ל־</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score cards are repeated every 6 to 12 months</source>
        <translation>כרטיסי ציונים חוזרים כל 6 עד 12 חודשים</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training:</source>
        <translation>תרגול:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dates of each step</source>
        <translation>תאריכי כל שלב</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Step&lt;/b&gt;</source>
        <translation>&lt;b&gt;שלב&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Planned&lt;/b&gt;</source>
        <translation>&lt;b&gt;מתוכנן&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Done on&lt;/b&gt;</source>
        <translation>&lt;b&gt;בוצע ב־&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/setup.py" line="+97"/>
        <source>Planned date of {step}</source>
        <translation>התאריך המתוכנן של ⁨{step}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual date of {step}</source>
        <translation>התאריך בפועל של ⁨{step}⁩</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Rename facility</source>
        <translation>שינוי שם המוסד</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change sector</source>
        <translation>שינוי תחום</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change scale</source>
        <translation>שינוי סולם</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change scoring mode</source>
        <translation>שינוי שיטת מתן ציונים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change session language</source>
        <translation>שינוי שפת המפגש</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change next round date</source>
        <translation>שינוי תאריך הסבב הבא</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change lead facilitator</source>
        <translation>שינוי המנחה הראשי</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change facilitators</source>
        <translation>שינוי המנחים</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change community location</source>
        <translation>שינוי מיקום הקהילה</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change date of {step}</source>
        <translation>שינוי התאריך של ⁨{step}⁩</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Round {n}</source>
        <translation>סבב {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round {n}, following round {p} (finished on {date})</source>
        <translation>סבב {n}, בהמשך לסבב {p} (הסתיים ב־⁨{date}⁩)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round {n}, following round {p} (not finished)</source>
        <translation>סבב {n}, בהמשך לסבב {p} (לא הסתיים)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scale cannot change once scores are entered.</source>
        <translation>אי אפשר לשנות את הסולם אחרי שהוזנו ציונים.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TRAINING CYCLE: practice only, never synced to head office.</source>
        <translation>מחזור תרגול: לתרגול בלבד, לעולם לא מסונכרן עם המשרד הראשי.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A real cycle (synced to head office).</source>
        <translation>מחזור אמיתי (מסונכרן עם המשרד הראשי).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/help_pages.py" line="+26"/>
        <source>Next step / previous step</source>
        <translation>השלב הבא / הקודם</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projector view (interface meeting)</source>
        <translation>תצוגת מקרן (מפגש הממשק)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips for this step</source>
        <translation>עצות לשלב הזה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a cell and go to the next</source>
        <translation>שמירת תא ומעבר לבא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, Tab</source>
        <translation>Enter, Tab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste a block copied from a spreadsheet</source>
        <translation>הדבקת בלוק שהועתק מגיליון אלקטרוני</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the selected row</source>
        <translation>הסרת השורה שנבחרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>מחק</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>מקשים</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="-103"/>
        <source>Steps</source>
        <translation>שלבים</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>done</source>
        <translation>הושלם</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n to do</source>
        <translation>
            <numerusform>נותר אחד</numerusform>
            <numerusform>נותרו %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../scorecard_app/sync_client/errors.py" line="+11"/>
        <source>This laptop&apos;s access was revoked; ask head office for a new enrolment code.</source>
        <translation>הגישה של המחשב הנייד הזה בוטלה; יש לבקש מהמטה קוד רישום חדש.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office refused the enrolment code ({detail}). Ask head office for a new code.</source>
        <translation>המטה דחה את קוד הרישום ({detail}). יש לבקש מהמטה קוד חדש.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop is not enrolled yet. Enrol it with the address and code from head office.</source>
        <translation>המחשב הנייד הזה עדיין לא רשום. יש לרשום אותו עם הכתובת והקוד מהמטה.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office could not be reached ({detail}). Your changes are kept; try again later.</source>
        <translation>לא ניתן היה להתחבר למטה ({detail}). השינויים שלך נשמרו; יש לנסות שוב מאוחר יותר.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address {url} did not answer like a Scorecard server (a login page of a hotspot?). Check the address, or log in to the network first.</source>
        <translation>הכתובת {url} לא ענתה כמו שרת Scorecard (דף כניסה של נקודה חמה?). יש לבדוק את הכתובת, או להתחבר קודם לרשת.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head office speaks a newer sync protocol. Update Scorecard on this laptop to sync.</source>
        <translation>המטה משתמש בפרוטוקול סנכרון חדש יותר. יש לעדכן את Scorecard במחשב הנייד הזה כדי לסנכרן.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an enrolment link: it should look like scorecard://enrol?url=…&amp;code=…</source>
        <translation>זה אינו קישור רישום: הוא אמור להיראות כך: scorecard://enrol?url=…&amp;code=…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} on this laptop is damaged: head office received different content.</source>
        <translation>הקובץ {name} במחשב הנייד הזה פגום: המטה קיבל תוכן אחר.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a usable Scorecard bundle ({detail}). Nothing was changed.</source>
        <translation>{name} אינו חבילת Scorecard שמישה ({detail}). שום דבר לא שונה.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was changed after it was made (its signature does not match). Nothing was changed.</source>
        <translation>{name} שונה לאחר שנוצר (החתימה אינה תואמת). שום דבר לא שונה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} was refused: {detail}. Nothing was changed.</source>
        <translation>{name} נדחה: {detail}. שום דבר לא שונה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop cannot sign bundles yet: sync with head office once, or enrol it with an enrolment file from head office.</source>
        <translation>המחשב הנייד הזה עדיין לא יכול לחתום על חבילות: יש לסנכרן פעם אחת עם המטה, או לרשום אותו עם קובץ רישום מהמטה.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a usable enrolment file ({detail}). Nothing was changed.</source>
        <translation>{name} אינו קובץ רישום שמיש ({detail}). שום דבר לא שונה.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop is already enrolled as device {device}. Nothing was changed.</source>
        <translation>המחשב הנייד הזה כבר רשום כהתקן {device}. שום דבר לא שונה.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing to put in a bundle (training cycles never leave the laptop).</source>
        <translation>אין מה להכניס לחבילה (מחזורי הדרכה לעולם אינם יוצאים מהמחשב הנייד).</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../scorecard_app/gui/sync_panel.py" line="+100"/>
        <source>Connection to head office</source>
        <translation>חיבור למשרד הראשי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes waiting to sync</source>
        <translation>שינויים הממתינים לסנכרון</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync</source>
        <translation>הסנכרון האחרון</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync progress</source>
        <translation>התקדמות הסנכרון</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync &amp;with head office</source>
        <translation>&amp;סנכרון עם המשרד הראשי</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sync now</source>
        <translation>&amp;סנכרן עכשיו</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enrol this laptop…</source>
        <translation>&amp;רישום המחשב הזה…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export bundle for USB…</source>
        <translation>&amp;ייצוא חבילה ל־USB…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import bundle…</source>
        <translation>י&amp;בוא חבילה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>&amp;Conflicts to review…</source>
        <translation>&amp;התנגשויות לבדיקה…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Not enrolled</source>
        <translation>לא רשום</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>מסנכרן…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>עדיין לא סונכרן</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation>מוכן</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>לא מחובר</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>שינוי אחד ממתין</numerusform>
            <numerusform>%n שינויים ממתינים</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: %1</source>
        <translation>הסנכרון האחרון: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never synced</source>
        <translation>מעולם לא סונכרן</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Conflicts to review (%n)…</source>
        <translation>
            <numerusform>&amp;התנגשויות לבדיקה (%n)…</numerusform>
            <numerusform>&amp;התנגשויות לבדיקה (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Sync</source>
        <translation>סנכרון</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enrol this laptop first (Sync ▸ Enrol this laptop…).</source>
        <translation>רשמו תחילה את המחשב הזה (סנכרון ▸ רישום המחשב הזה…).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Synced: %1 change(s) sent, %2 received.</source>
        <translation>סונכרן: נשלחו %1 שינויים, התקבלו %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head office kept some values differently: see Sync ▸ Conflicts to review.</source>
        <translation>המשרד הראשי שמר חלק מהערכים אחרת: ראו סנכרון ▸ התנגשויות לבדיקה.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sync stopped: %1</source>
        <translation>הסנכרון נעצר: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the head office address (https://…) and the code.</source>
        <translation>הזינו את כתובת המשרד הראשי (https://…) ואת הקוד.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This laptop is enrolled. Sync now to send its changes.</source>
        <translation>המחשב הזה רשום. סנכרנו עכשיו כדי לשלוח את השינויים שלו.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export bundle for USB</source>
        <translation>ייצוא חבילה ל־USB</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Scorecard bundle (*.scbundle)</source>
        <translation>חבילת Scorecard (*.scbundle)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Bundle written: %1 change(s) in %2. Carry it to head office.</source>
        <translation>החבילה נכתבה: %1 שינויים ב־%2. הביאו אותה למשרד הראשי.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import bundle</source>
        <translation>ייבוא חבילה</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bundle imported: %1 change(s) applied, %2 already here.</source>
        <translation>החבילה יובאה: הוחלו %1 שינויים, %2 כבר היו כאן.</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Enrol from a &amp;file (USB)…</source>
        <translation>רישום מ&amp;קובץ (USB)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>USB bundles only</source>
        <translation>חבילות USB בלבד</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wait until the sync in progress has finished.</source>
        <translation>יש להמתין עד שהסנכרון הנוכחי יסתיים.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop has no head-office address yet: enrol it online, or use USB bundles.</source>
        <translation>למחשב הנייד הזה עדיין אין כתובת של המטה: יש לרשום אותו ברשת, או להשתמש בחבילות USB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Enrol this laptop first (online, or from an enrolment file).</source>
        <translation>יש לרשום קודם את המחשב הנייד הזה (ברשת, או מקובץ רישום).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop cannot sign bundles yet: sync with head office once, or enrol it with an enrolment file.</source>
        <translation>המחשב הנייד הזה עדיין לא יכול לחתום על חבילות: יש לסנכרן פעם אחת עם המטה, או לרשום אותו עם קובץ רישום.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enrol this laptop first: it checks who signed a bundle.</source>
        <translation>יש לרשום קודם את המחשב הנייד הזה: הוא בודק מי חתם על החבילה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop is already enrolled.</source>
        <translation>המחשב הנייד הזה כבר רשום.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send waiting changes and fetch head office&apos;s.</source>
        <translation>שליחת השינויים הממתינים וקבלת השינויים מהמטה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this laptop&apos;s changes to a signed file.</source>
        <translation>כתיבת השינויים של המחשב הנייד הזה לקובץ חתום.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply a signed bundle from a USB stick.</source>
        <translation>החלת חבילה חתומה מהתקן USB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read head office&apos;s enrolment file.</source>
        <translation>קריאת קובץ הרישום של המטה.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Some attached files could not be sent; they will be sent on the next sync.</source>
        <translation>חלק מהקבצים המצורפים לא נשלחו; הם יישלחו בסנכרון הבא.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some of this laptop&apos;s data still differs from head office&apos;s copy after a repair. It was reported; nothing was deleted.</source>
        <translation>חלק מהנתונים במחשב הנייד הזה עדיין שונים מהעותק של המשרד הראשי לאחר התיקון. הדבר דווח; דבר לא נמחק.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Enrol from a file</source>
        <translation>רישום מקובץ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolment file (*.json)</source>
        <translation>קובץ רישום (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This laptop is enrolled from the file. Delete the file from the USB stick now.</source>
        <translation>המחשב הנייד נרשם מהקובץ. יש למחוק עכשיו את הקובץ מהתקן ה-USB.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n change(s) refused: they change a finished cycle.</source>
        <translation>
            <numerusform>שינוי אחד נדחה: הוא משנה מחזור שהסתיים.</numerusform>
            <numerusform>%n שינויים נדחו: הם משנים מחזור שהסתיים.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-493"/>
        <source>Facility</source>
        <translation>מוסד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>מחזור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>קבוצה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>משתתף</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>תשומה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>נושא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>מדד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>ציון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>קול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally</source>
        <translation>ספירה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface meeting</source>
        <translation>מפגש ממשק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action update</source>
        <translation>עדכון פעולה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Head office changed it too</source>
        <translation>גם המטה שינה זאת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cycle was already finished at head office</source>
        <translation>המחזור כבר הסתיים במטה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up notes cannot be changed once sent</source>
        <translation>לא ניתן לשנות הערות מעקב לאחר שליחתן</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office manages this facility</source>
        <translation>המטה מנהל מוסד זה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The change arrived damaged</source>
        <translation>השינוי הגיע פגום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office does not know this kind of record</source>
        <translation>המטה אינו מכיר סוג רשומה זה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office does not know this field</source>
        <translation>המטה אינו מכיר שדה זה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office could not read this change</source>
        <translation>המטה לא הצליח לקרוא שינוי זה</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="-158"/>
        <source>{indicator}, {level}: {count} people</source>
        <translation>⁨{indicator}⁩, ⁨{level}⁩: {count} אנשים</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{text}” was not saved: a count of people is a whole number.</source>
        <translation>”⁨{text}⁩“ לא נשמר: מספר אנשים הוא מספר שלם.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show of hands on {indicator}</source>
        <translation>הרמת ידיים על ⁨{indicator}⁩</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>a count of people is a whole number.</source>
        <translation>מספר אנשים הוא מספר שלם.</translation>
    </message>
</context>
<context>
    <name>Tips</name>
    <message>
        <location filename="../../scorecard_app/gui/tips.py" line="+14"/>
        <source>Meet the community leaders and the service providers first: agree the dates, the venue and who facilitates. Each group needs two facilitators, a lead and a note-taker; at least one should be trusted locally. Plan a date for every step.</source>
        <translation>פגשו תחילה את מנהיגי הקהילה ואת נותני השירות: הסכימו על התאריכים, המקום ומי מנחה. לכל קבוצה דרושים שני מנחים, מוביל ורושם; לפחות אחד מהם צריך לזכות באמון מקומי. תכננו תאריך לכל שלב.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why we are here and that no names are written down. Split people into interest groups: women, men, youth, elders, people with disabilities. Give each person a numbered sticker. Ask who is missing today and how to reach them.</source>
        <translation>אמרו מדוע אנחנו כאן ושלא נרשמים שמות. חלקו את האנשים לקבוצות עניין: נשים, גברים, צעירים, קשישים, אנשים עם מוגבלויות. תנו לכל אדם מדבקה ממוספרת. שאלו מי חסר היום ואיך אפשר להגיע אליו.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read out what the facility is entitled to (staff, medicines, equipment) and where that is written. Then ask the group: what is actually there? Write what the group agrees, with remarks.</source>
        <translation>הקריאו בקול למה המוסד זכאי (צוות, תרופות, ציוד) והיכן הדבר כתוב. לאחר מכן שאלו את הקבוצה: מה יש בפועל? כתבו את מה שהקבוצה מסכימה עליו, עם הערות.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask: how are things going? What works? What does not? Record an issue only when the group agrees. Merge issues that say the same thing, then let people vote for the most important ones.</source>
        <translation>שאלו: איך הולכים הדברים? מה עובד? מה לא? רשמו נושא רק כשהקבוצה מסכימה. מזגו נושאים שאומרים אותו דבר, ואז תנו לאנשים להצביע על החשובים ביותר.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn the top issues of all groups into common indicators, worded so that they can be scored. Five to eight indicators are enough. Once scoring starts, keep the list.</source>
        <translation>הפכו את הנושאים המרכזיים של כל הקבוצות למדדים משותפים, בניסוח שמאפשר לתת להם ציון. חמישה עד שמונה מדדים מספיקים. לאחר שמתחיל מתן הציונים, אל תשנו את הרשימה.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restate who may be absent, then explain the scale with its faces and words. Score one indicator at a time and always ask why: write the reason and a suggestion.</source>
        <translation>חזרו על מי שעשוי להיעדר, ואז הסבירו את הסולם עם הפרצופים והמילים שלו. תנו ציון למדד אחד בכל פעם ושאלו תמיד מדוע: כתבו את הסיבה והצעה.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff score the same indicators, and may add one or two of their own. Say clearly that this is not finger-pointing: both sides look for solutions together.</source>
        <translation>הצוות נותן ציון לאותם מדדים, ורשאי להוסיף מדד או שניים משלו. אמרו בבירור שאין כאן הטלת אשמה: שני הצדדים מחפשים פתרונות יחד.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring community representatives, staff and officials together. Show both scores side by side, start with what works, then talk through the largest gaps calmly.</source>
        <translation>הפגישו נציגי קהילה, צוות ובעלי תפקידים. הציגו את שני הציונים זה לצד זה, התחילו במה שעובד, ואז דונו בשקט בפערים הגדולים ביותר.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For each gap, agree one concrete action, a named person responsible, a date and the resources. Mark what the district must solve as escalated.</source>
        <translation>לכל פער, הסכימו על פעולה מוחשית אחת, אדם אחראי בשמו, תאריך ומשאבים. סמנו את מה שהמחוז חייב לפתור כמועבר לדרג גבוה יותר.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check each action every month and write down its status with a date. Overdue actions come first. The next round starts by reviewing this plan.</source>
        <translation>בדקו כל פעולה מדי חודש ורשמו את מצבה עם תאריך. פעולות באיחור קודמות. הסבב הבא מתחיל בסקירת תוכנית זו.</translation>
    </message>
</context>
<context>
    <name>TipsPanel</name>
    <message>
        <location line="+17"/>
        <source>Show tips for this step</source>
        <translation>הצג עצות לשלב זה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the tips (F1)</source>
        <translation>הצג או הסתר את העצות (F1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tip</source>
        <translation>עצה</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>▾ Tips for this step</source>
        <translation>▾ עצות לשלב זה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▸ Tips</source>
        <translation>▸ עצות</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../scorecard_app/gui/trends_view.py" line="+55"/>
        <source>Trend chart</source>
        <translation>תרשים מגמה</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location line="+79"/>
        <source>Trends across rounds</source>
        <translation>מגמות לאורך הסבבים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator to show</source>
        <translation>המדד להצגה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole card</source>
        <translation>הכרטיס כולו</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores by round</source>
        <translation>ציונים לפי סבב</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show:</source>
        <translation>&amp;הצג:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>Round {n}</source>
        <translation>סבב {n}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Scores on the scale {scale}; the gap is community minus providers.</source>
        <translation>ציונים בסולם {scale}; הפער הוא ציון הקהילה פחות ציון נותני השירות.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the first round: there is no trend yet.</source>
        <translation>זה הסבב הראשון: עדיין אין מגמה.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Community</source>
        <translation>קהילה</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Providers</source>
        <translation>נותני השירות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>פער</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Trends across rounds…</source>
        <translation>&amp;מגמות לאורך הסבבים…</translation>
    </message>
</context>
<context>
    <name>VoteGridModel</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="-136"/>
        <source>Participant {number}</source>
        <translation>משתתף {number}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Participant {number}, {indicator}: {value}</source>
        <translation>משתתף {number}, ⁨{indicator}⁩: ⁨{value}⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row} of {rows}, column {col} of {cols}</source>
        <translation>שורה {row} מתוך {rows}, עמודה {col} מתוך {cols}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Vote of participant {number} on {indicator}</source>
        <translation>הקול של משתתף {number} על ⁨{indicator}⁩</translation>
    </message>
</context>
<context>
    <name>_EditModel</name>
    <message>
        <location line="-257"/>
        <location line="+11"/>
        <source>That is not a number.</source>
        <translation>זה אינו מספר.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” was not saved: {why}</source>
        <translation>”⁨{text}⁩“ לא נשמר: ⁨{why}⁩</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>this cell cannot be typed into</source>
        <translation>אי אפשר להקליד בתא הזה</translation>
    </message>
</context>
</TS>
