<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../core/checks.py" line="+37"/>
        <source>The due date {due} is already past; saved anyway.</source>
        <translation>תאריך היעד {due} כבר עבר; נשמר בכל זאת.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The facility has no name.</source>
        <translation>למוסד אין שם.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The community&apos;s location is empty.</source>
        <translation>מיקום הקהילה ריק.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No lead facilitator is named.</source>
        <translation>לא צוין מנחה ראשי.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no community group.</source>
        <translation>אין קבוצה של הקהילה.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+77"/>
        <source>There is no service provider group.</source>
        <translation>אין קבוצה של נותן השירות.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The {group} group has no participants.</source>
        <translation>בקבוצה {group} אין משתתפים.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No input items are tracked yet.</source>
        <translation>עדיין אין תשומות במעקב.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Input &apos;{item}&apos; has no actual value.</source>
        <translation>לתשומה &apos;{item}&apos; אין ערך בפועל.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No issues have been raised yet.</source>
        <translation>עדיין לא הועלו נושאים.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No indicators have been chosen yet.</source>
        <translation>עדיין לא נבחרו מדדים.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The interface meeting has no date.</source>
        <translation>למפגש הממשק אין תאריך.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No officials are recorded at the interface meeting.</source>
        <translation>לא נרשמו נציגי רשויות במפגש הממשק.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The action plan has no actions.</source>
        <translation>בתוכנית הפעולה אין פעולות.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action &apos;{action}&apos; has nobody responsible.</source>
        <translation>לפעולה &apos;{action}&apos; אין אחראי.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action &apos;{action}&apos; has no due date.</source>
        <translation>לפעולה &apos;{action}&apos; אין תאריך יעד.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There are no actions to follow up yet.</source>
        <translation>עדיין אין פעולות למעקב.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No follow-up has been recorded for any action.</source>
        <translation>לא נרשם מעקב לאף פעולה.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no women&apos;s group.</source>
        <translation>אין קבוצת נשים.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no youth group.</source>
        <translation>אין קבוצת צעירים.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Women are {percent}% of participants.</source>
        <translation>נשים הן {percent}% מהמשתתפים.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No participant with a disability is recorded.</source>
        <translation>לא נרשם אף משתתף עם מוגבלות.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No young participant is recorded.</source>
        <translation>לא נרשם אף משתתף צעיר.</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../reports/blank_sheets.py" line="+31"/>
        <location line="+253"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Facilitator</source>
        <translation>מנחה</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../reports/registry.py" line="+30"/>
        <source>Score sheet</source>
        <translation>דף ציונים</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+45"/>
        <location line="+26"/>
        <location line="+48"/>
        <location line="+79"/>
        <location filename="../../reports/results.py" line="+283"/>
        <source>No.</source>
        <translation>מס׳</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+45"/>
        <location line="+26"/>
        <location filename="../../reports/head_office.py" line="+181"/>
        <location filename="../../reports/results.py" line="-220"/>
        <location line="+54"/>
        <location line="+71"/>
        <location line="+76"/>
        <location line="+20"/>
        <source>Indicator</source>
        <translation>מדד</translation>
    </message>
    <message>
        <location line="-70"/>
        <location filename="../../reports/results.py" line="-220"/>
        <source>Score</source>
        <translation>ציון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="+126"/>
        <source>Suggestion</source>
        <translation>הצעה</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../reports/registry.py" line="+1"/>
        <source>Ballot</source>
        <translation>פתק הצבעה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participant number</source>
        <translation>מספר משתתף</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/head_office.py" line="-72"/>
        <location filename="../../reports/results.py" line="-1"/>
        <source>Group</source>
        <translation>קבוצה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Circle one face for each indicator. Do not write your name.</source>
        <translation>הקיפו פרצוף אחד לכל מדד. אל תכתבו את שמכם.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your score</source>
        <translation>הציון שלך</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tally sheet</source>
        <translation>דף ספירה</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Count the hands raised for each level and write the number.</source>
        <translation>ספרו את הידיים המורמות בכל רמה וכתבו את המספר.</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <source>Poor</source>
        <translation>עני</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/head_office.py" line="+44"/>
        <source>Youth</source>
        <translation>צעיר</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../reports/registry.py" line="+1"/>
        <source>Attendance sheet</source>
        <translation>דף נוכחות</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gender: F, M or O. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
        <translation>מגדר: F (אישה), M (גבר) או O (אחר). קבוצת גיל: מתחת ל־18, 18–24, 25–34, 35–49, 50–64, 65+. סמנו את המתאים; השם אינו חובה.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name (optional)</source>
        <translation>שם (רשות)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>מגדר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>קבוצת גיל</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature or thumbprint</source>
        <translation>חתימה או טביעת אצבע</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../reports/registry.py" line="+1"/>
        <source>Input tracking matrix</source>
        <translation>טבלת מעקב תשומות</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input or service</source>
        <translation>תשומה או שירות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>יחידה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entitlement</source>
        <translation>מגיע לפי התקן</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of entitlement</source>
        <translation>מקור הזכאות</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/head_office.py" line="-76"/>
        <source>Actual</source>
        <translation>בפועל</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="-69"/>
        <location line="+110"/>
        <source>Gap</source>
        <translation>פער</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../reports/registry.py" line="+1"/>
        <source>Issue prioritisation sheet</source>
        <translation>דף תעדוף נושאים</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write each issue once. Everyone gives their votes; the issues with most votes become indicators.</source>
        <translation>כתבו כל נושא פעם אחת. כולם מצביעים; הנושאים עם הכי הרבה קולות הופכים למדדים.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Issue</source>
        <translation>נושא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>הועלה על ידי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>קולות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>דירוג</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../reports/results.py" line="+4"/>
        <source>Service provider</source>
        <translation>נותן השירות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community representative</source>
        <translation>נציג הקהילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local official</source>
        <translation>נציג הרשות המקומית</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>חתימה</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signatures</source>
        <translation>חתימות</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../reports/registry.py" line="+1"/>
        <source>Action plan form</source>
        <translation>טופס תוכנית פעולה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicator or issue</source>
        <translation>מדד או נושא</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/head_office.py" line="+168"/>
        <location filename="../../reports/results.py" line="-146"/>
        <location line="+197"/>
        <location line="+66"/>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/head_office.py" line="+1"/>
        <location filename="../../reports/results.py" line="-65"/>
        <location line="+66"/>
        <source>Responsible</source>
        <translation>אחראי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>גוף</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/head_office.py" line="+1"/>
        <location filename="../../reports/results.py" line="-65"/>
        <location line="+66"/>
        <source>Due date</source>
        <translation>תאריך יעד</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="-65"/>
        <source>Resources</source>
        <translation>משאבים</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="+3"/>
        <source>Priority</source>
        <translation>עדיפות</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="+20"/>
        <location filename="../../reports/layout.py" line="+264"/>
        <source>Round {n}</source>
        <translation>סבב {n}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="-205"/>
        <location filename="../../reports/registry.py" line="+7"/>
        <source>Report for head office</source>
        <translation>דוח למטה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle</source>
        <translation>מחזור</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility</source>
        <translation>מוסד</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sector</source>
        <translation>תחום</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+127"/>
        <location filename="../../reports/results.py" line="-173"/>
        <location line="+41"/>
        <location line="+74"/>
        <source>Community</source>
        <translation>קהילה</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Round</source>
        <translation>סבב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>סולם</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring</source>
        <translation>אופן מתן ציון</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead facilitator</source>
        <translation>מנחה ראשי</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+184"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Next review</source>
        <translation>הסקירה הבאה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training cycle</source>
        <translation>מחזור אימון</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage dates</source>
        <translation>תאריכי השלבים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>מתוכנן</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days late</source>
        <translation>ימי איחור</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Participation</source>
        <translation>השתתפות</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>משתתפים</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>סך הכול</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Community participants by attribute</source>
        <translation>משתתפי הקהילה לפי מאפיין</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count (share)</source>
        <translation>מספר (שיעור)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gender not recorded</source>
        <translation>מגדר לא נרשם</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Age {band}</source>
        <translation>גיל {band}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a disability</source>
        <translation>עם מוגבלות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a minority</source>
        <translation>מקבוצת מיעוט</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor households</source>
        <translation>משקי בית עניים</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../reports/results.py" line="+32"/>
        <source>Scores</source>
        <translation>ציונים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raw scores are medians on the cycle&apos;s scale; 0–100 makes rounds on different scales comparable. The trend lists the community score (0–100) by round.</source>
        <translation>ציונים גולמיים הם חציונים בסולם של המחזור; 0–100 מאפשר להשוות בין סבבים בסולמות שונים. המגמה מציגה את ציון הקהילה (0–100) לפי סבב.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>R{n}</source>
        <translation>ס{n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Community 0–100</source>
        <translation>קהילה 0–100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>נותן השירות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider 0–100</source>
        <translation>נותן השירות 0–100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>מגמה</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Action plan completion</source>
        <translation>ביצוע תוכנית הפעולה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions agreed</source>
        <translation>פעולות שסוכמו</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still open</source>
        <translation>עדיין פתוח</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location filename="../../reports/results.py" line="+83"/>
        <source>Overdue</source>
        <translation>באיחור</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Escalated (cannot be solved locally)</source>
        <translation>הועבר לדרג גבוה יותר (אי אפשר לפתור מקומית)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue and escalated actions</source>
        <translation>פעולות באיחור ופעולות שהועברו לדרג גבוה יותר</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Escalated</source>
        <translation>הועבר לדרג גבוה יותר</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="-47"/>
        <source>Page {page} of {pages}</source>
        <translation>עמוד {page} מתוך {pages}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Printed {date}</source>
        <translation>הודפס ב־{date}</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="-6"/>
        <source>Participant stickers</source>
        <translation>מדבקות משתתפים</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="-295"/>
        <source>Community scorecard results</source>
        <translation>תוצאות כרטיס הציונים של הקהילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="+94"/>
        <source>Report for the service provider</source>
        <translation>דוח לנותן השירות</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="+81"/>
        <source>Interface meeting: community and provider</source>
        <translation>מפגש ממשק: הקהילה ונותן השירות</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="+87"/>
        <source>Joint action plan</source>
        <translation>תוכנית פעולה משותפת</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="+22"/>
        <source>Follow-up checklist</source>
        <translation>רשימת מעקב</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="-272"/>
        <location line="+202"/>
        <source>Main reason</source>
        <translation>הסיבה העיקרית</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>What we agreed to do</source>
        <translation>מה הסכמנו לעשות</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By when</source>
        <translation>עד מתי</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+183"/>
        <source>No actions have been agreed yet.</source>
        <translation>עדיין לא סוכמו פעולות.</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+277"/>
        <source>Next review: {date}</source>
        <translation>הסקירה הבאה: {date}</translation>
    </message>
    <message>
        <location line="-259"/>
        <location line="+41"/>
        <source>Self-assessment</source>
        <translation>הערכה עצמית</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Previous round</source>
        <translation>הסבב הקודם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This is the first round: no earlier scores.</source>
        <translation>זה הסבב הראשון: אין ציונים קודמים.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Community scores and self-assessment</source>
        <translation>ציוני הקהילה וההערכה העצמית</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Strengths</source>
        <translation>חוזקות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weaknesses</source>
        <translation>חולשות</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <source>None this round.</source>
        <translation>אין בסבב זה.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Suggestions from the groups</source>
        <translation>הצעות הקבוצות</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the plan</source>
        <translation>בתוכנית</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Actions</source>
        <translation>פעולות</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Interface meeting: {date}</source>
        <translation>מפגש ממשק: {date}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Visit date</source>
        <translation>תאריך הביקור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visited by</source>
        <translation>ביקר/ה</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status so far</source>
        <translation>המצב עד כה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done?</source>
        <translation>בוצע?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../reports/stickers.py" line="+69"/>
        <source>Participant</source>
        <translation>משתתף</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../core/scales.py" line="+23"/>
        <source>Very bad</source>
        <translation>גרוע מאוד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>גרוע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptable</source>
        <translation>סביר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>טוב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very good</source>
        <translation>טוב מאוד</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Votes, consensus scores and shows of hands are whole numbers from {low} to {high}; only results (medians) can fall between two.</source>
        <translation>קולות, ציוני הסכמה והצבעות בהרמת יד הם מספרים שלמים מ־{low} עד {high}; רק תוצאות (חציונים) יכולות ליפול בין שניים.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>1–5 with faces</source>
        <translation>1–5 עם פרצופים</translation>
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
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../core/stages.py" line="+11"/>
        <source>Setup</source>
        <translation>הגדרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>משתתפים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tracking</source>
        <translation>מעקב תשומות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues</source>
        <translation>נושאים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>מדדים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community scoring</source>
        <translation>ציון הקהילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider self-evaluation</source>
        <translation>הערכה עצמית של נותן השירות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface meeting</source>
        <translation>מפגש ממשק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>תוכנית פעולה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>מעקב</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../core/entities.py" line="+18"/>
        <source>Health centre</source>
        <translation>מרפאה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary school</source>
        <translation>בית ספר יסודי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water point</source>
        <translation>נקודת מים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local administration office</source>
        <translation>משרד הרשות המקומית</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Community</source>
        <translation>קהילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provider</source>
        <translation>נותן השירות</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women</source>
        <translation>נשים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>גברים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>צעירים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elders</source>
        <translation>קשישים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with disabilities</source>
        <translation>אנשים עם מוגבלות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>צוות</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Group consensus</source>
        <translation>הסכמה קבוצתית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual votes</source>
        <translation>הצבעות אישיות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>שניהם</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>In progress</source>
        <translation>בתהליך</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Complete</source>
        <translation>הושלם</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started</source>
        <translation>טרם התחיל</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>תקוע</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Female</source>
        <translation>אישה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>גבר</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>High</source>
        <translation>גבוהה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>בינונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>נמוכה</translation>
    </message>
</context>
</TS>
