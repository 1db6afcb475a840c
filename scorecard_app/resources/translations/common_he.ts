<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../core/checks.py" line="34"/>
        <source>The facility has no name.</source>
        <translation>למוסד אין שם.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="37"/>
        <source>The community&apos;s location is empty.</source>
        <translation>מיקום הקהילה ריק.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="40"/>
        <source>No lead facilitator is named.</source>
        <translation>לא צוין מנחה ראשי.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="48"/>
        <source>There is no community group.</source>
        <translation>אין קבוצה של הקהילה.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="54"/>
        <location filename="../../core/checks.py" line="130"/>
        <source>There is no service provider group.</source>
        <translation>אין קבוצה של נותן השירות.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="62"/>
        <source>The {group} group has no participants.</source>
        <translation>בקבוצה {group} אין משתתפים.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="72"/>
        <source>No input items are tracked yet.</source>
        <translation>עדיין אין תשומות במעקב.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="78"/>
        <source>Input &apos;{item}&apos; has no actual value.</source>
        <translation>לתשומה &apos;{item}&apos; אין ערך בפועל.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="87"/>
        <source>No issues have been raised yet.</source>
        <translation>עדיין לא הועלו נושאים.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="94"/>
        <source>No indicators have been chosen yet.</source>
        <translation>עדיין לא נבחרו מדדים.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="141"/>
        <source>The interface meeting has no date.</source>
        <translation>למפגש הממשק אין תאריך.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="147"/>
        <source>No officials are recorded at the interface meeting.</source>
        <translation>לא נרשמו נציגי רשויות במפגש הממשק.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="156"/>
        <source>The action plan has no actions.</source>
        <translation>בתוכנית הפעולה אין פעולות.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="162"/>
        <source>Action &apos;{action}&apos; has nobody responsible.</source>
        <translation>לפעולה &apos;{action}&apos; אין אחראי.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="170"/>
        <source>Action &apos;{action}&apos; has no due date.</source>
        <translation>לפעולה &apos;{action}&apos; אין תאריך יעד.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="183"/>
        <source>No follow-up has been recorded for any action.</source>
        <translation>לא נרשם מעקב לאף פעולה.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="209"/>
        <source>There is no women&apos;s group.</source>
        <translation>אין קבוצת נשים.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="210"/>
        <source>There is no youth group.</source>
        <translation>אין קבוצת צעירים.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="221"/>
        <source>Women are {percent}% of participants.</source>
        <translation>נשים הן {percent}% מהמשתתפים.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="229"/>
        <source>No participant with a disability is recorded.</source>
        <translation>לא נרשם אף משתתף עם מוגבלות.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="234"/>
        <source>No young participant is recorded.</source>
        <translation>לא נרשם אף משתתף צעיר.</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../reports/blank_sheets.py" line="31"/>
        <location filename="../../reports/blank_sheets.py" line="281"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="32"/>
        <source>Facilitator</source>
        <translation>מנחה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="42"/>
        <location filename="../../reports/registry.py" line="30"/>
        <source>Score sheet</source>
        <translation>דף ציונים</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="53"/>
        <location filename="../../reports/blank_sheets.py" line="98"/>
        <location filename="../../reports/blank_sheets.py" line="124"/>
        <location filename="../../reports/blank_sheets.py" line="169"/>
        <location filename="../../reports/blank_sheets.py" line="248"/>
        <location filename="../../reports/results.py" line="283"/>
        <source>No.</source>
        <translation>מס׳</translation>
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
        <translation>מדד</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="55"/>
        <location filename="../../reports/results.py" line="64"/>
        <source>Score</source>
        <translation>ציון</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="56"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="57"/>
        <location filename="../../reports/results.py" line="190"/>
        <source>Suggestion</source>
        <translation>הצעה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="74"/>
        <location filename="../../reports/registry.py" line="31"/>
        <source>Ballot</source>
        <translation>פתק הצבעה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="79"/>
        <source>Participant number</source>
        <translation>מספר משתתף</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="80"/>
        <location filename="../../reports/head_office.py" line="109"/>
        <location filename="../../reports/results.py" line="189"/>
        <source>Group</source>
        <translation>קבוצה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="86"/>
        <source>Circle one face for each indicator. Do not write your name.</source>
        <translation>הקיפו פרצוף אחד לכל מדד. אל תכתבו את שמכם.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="100"/>
        <source>Your score</source>
        <translation>הציון שלך</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="108"/>
        <source>Tally sheet</source>
        <translation>דף ספירה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="116"/>
        <source>Count the hands raised for each level and write the number.</source>
        <translation>ספרו את הידיים המורמות בכל רמה וכתבו את המספר.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="140"/>
        <source>Disability</source>
        <translation>מוגבלות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="141"/>
        <source>Minority</source>
        <translation>מיעוט</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="142"/>
        <source>Poor</source>
        <translation>עני</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="143"/>
        <location filename="../../reports/head_office.py" line="153"/>
        <source>Youth</source>
        <translation>צעיר</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="150"/>
        <location filename="../../reports/registry.py" line="32"/>
        <source>Attendance sheet</source>
        <translation>דף נוכחות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="159"/>
        <source>Gender: F, M or O. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
        <translation>מגדר: F (אישה), M (גבר) או O (אחר). קבוצת גיל: מתחת ל־18, 18–24, 25–34, 35–49, 50–64, 65+. סמנו את המתאים; השם אינו חובה.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="170"/>
        <source>Name (optional)</source>
        <translation>שם (רשות)</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="171"/>
        <source>Gender</source>
        <translation>מגדר</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="172"/>
        <source>Age band</source>
        <translation>קבוצת גיל</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="174"/>
        <source>Signature or thumbprint</source>
        <translation>חתימה או טביעת אצבע</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="197"/>
        <location filename="../../reports/registry.py" line="33"/>
        <source>Input tracking matrix</source>
        <translation>טבלת מעקב תשומות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="201"/>
        <source>Input or service</source>
        <translation>תשומה או שירות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="202"/>
        <source>Unit</source>
        <translation>יחידה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="203"/>
        <source>Entitlement</source>
        <translation>מגיע לפי התקן</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="204"/>
        <source>Source of entitlement</source>
        <translation>מקור הזכאות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="205"/>
        <location filename="../../reports/head_office.py" line="77"/>
        <source>Actual</source>
        <translation>בפועל</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="206"/>
        <location filename="../../reports/results.py" line="120"/>
        <location filename="../../reports/results.py" line="230"/>
        <source>Gap</source>
        <translation>פער</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="207"/>
        <source>Remarks</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="233"/>
        <location filename="../../reports/registry.py" line="34"/>
        <source>Issue prioritisation sheet</source>
        <translation>דף תעדוף נושאים</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="238"/>
        <source>Write each issue once. Everyone gives their votes; the issues with most votes become indicators.</source>
        <translation>כתבו כל נושא פעם אחת. כולם מצביעים; הנושאים עם הכי הרבה קולות הופכים למדדים.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="249"/>
        <source>Issue</source>
        <translation>נושא</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="250"/>
        <source>Raised by</source>
        <translation>הועלה על ידי</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="251"/>
        <source>Votes</source>
        <translation>קולות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="252"/>
        <source>Rank</source>
        <translation>דירוג</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="270"/>
        <location filename="../../reports/results.py" line="234"/>
        <source>Service provider</source>
        <translation>נותן השירות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="271"/>
        <source>Community representative</source>
        <translation>נציג הקהילה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="272"/>
        <source>Local official</source>
        <translation>נציג הרשות המקומית</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="279"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="280"/>
        <source>Signature</source>
        <translation>חתימה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="289"/>
        <source>Signatures</source>
        <translation>חתימות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="300"/>
        <location filename="../../reports/registry.py" line="35"/>
        <source>Action plan form</source>
        <translation>טופס תוכנית פעולה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="304"/>
        <source>Indicator or issue</source>
        <translation>מדד או נושא</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="305"/>
        <location filename="../../reports/head_office.py" line="245"/>
        <location filename="../../reports/results.py" line="88"/>
        <location filename="../../reports/results.py" line="285"/>
        <location filename="../../reports/results.py" line="351"/>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="306"/>
        <location filename="../../reports/head_office.py" line="246"/>
        <location filename="../../reports/results.py" line="286"/>
        <location filename="../../reports/results.py" line="352"/>
        <source>Responsible</source>
        <translation>אחראי</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="307"/>
        <source>Institution</source>
        <translation>גוף</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="308"/>
        <location filename="../../reports/head_office.py" line="247"/>
        <location filename="../../reports/results.py" line="287"/>
        <location filename="../../reports/results.py" line="353"/>
        <source>Due date</source>
        <translation>תאריך יעד</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="309"/>
        <location filename="../../reports/results.py" line="288"/>
        <source>Resources</source>
        <translation>משאבים</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="310"/>
        <location filename="../../reports/results.py" line="291"/>
        <source>Priority</source>
        <translation>עדיפות</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="20"/>
        <location filename="../../reports/layout.py" line="225"/>
        <source>Round {n}</source>
        <translation>סבב {n}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="42"/>
        <location filename="../../reports/registry.py" line="42"/>
        <source>Report for head office</source>
        <translation>דוח למטה</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="45"/>
        <source>Cycle</source>
        <translation>מחזור</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="48"/>
        <source>Facility</source>
        <translation>מוסד</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="52"/>
        <source>Sector</source>
        <translation>תחום</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="55"/>
        <location filename="../../reports/head_office.py" line="182"/>
        <location filename="../../reports/results.py" line="118"/>
        <location filename="../../reports/results.py" line="159"/>
        <location filename="../../reports/results.py" line="233"/>
        <source>Community</source>
        <translation>קהילה</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="56"/>
        <source>Round</source>
        <translation>סבב</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="57"/>
        <source>Scale</source>
        <translation>סולם</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="59"/>
        <source>Scoring</source>
        <translation>אופן מתן ציון</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="62"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="63"/>
        <source>Lead facilitator</source>
        <translation>מנחה ראשי</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="64"/>
        <location filename="../../reports/head_office.py" line="248"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="65"/>
        <source>Next review</source>
        <translation>הסקירה הבאה</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="68"/>
        <source>Training cycle</source>
        <translation>מחזור אימון</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="72"/>
        <source>Stage dates</source>
        <translation>תאריכי השלבים</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="75"/>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="76"/>
        <source>Planned</source>
        <translation>מתוכנן</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="78"/>
        <source>Days late</source>
        <translation>ימי איחור</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="106"/>
        <source>Participation</source>
        <translation>השתתפות</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="110"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="111"/>
        <source>Participants</source>
        <translation>משתתפים</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="117"/>
        <source>Total</source>
        <translation>סך הכול</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="130"/>
        <source>Community participants by attribute</source>
        <translation>משתתפי הקהילה לפי מאפיין</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="131"/>
        <source>Count (share)</source>
        <translation>מספר (שיעור)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="141"/>
        <source>Gender not recorded</source>
        <translation>מגדר לא נרשם</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="147"/>
        <source>Age {band}</source>
        <translation>גיל {band}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="150"/>
        <source>With a disability</source>
        <translation>עם מוגבלות</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="151"/>
        <source>From a minority</source>
        <translation>מקבוצת מיעוט</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="152"/>
        <source>Poor households</source>
        <translation>משקי בית עניים</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="164"/>
        <location filename="../../reports/results.py" line="265"/>
        <source>Scores</source>
        <translation>ציונים</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="167"/>
        <source>Raw scores are medians on the cycle&apos;s scale; 0–100 makes rounds on different scales comparable. The trend lists the community score (0–100) by round.</source>
        <translation>ציונים גולמיים הם חציונים בסולם של המחזור; 0–100 מאפשר להשוות בין סבבים בסולמות שונים. המגמה מציגה את ציון הקהילה (0–100) לפי סבב.</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="178"/>
        <source>R{n}</source>
        <translation>ס{n}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="183"/>
        <source>Community 0–100</source>
        <translation>קהילה 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="184"/>
        <source>Provider</source>
        <translation>נותן השירות</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="185"/>
        <source>Provider 0–100</source>
        <translation>נותן השירות 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="186"/>
        <source>Trend</source>
        <translation>מגמה</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="222"/>
        <source>Action plan completion</source>
        <translation>ביצוע תוכנית הפעולה</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="226"/>
        <source>Actions agreed</source>
        <translation>פעולות שסוכמו</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="228"/>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="231"/>
        <source>Still open</source>
        <translation>עדיין פתוח</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="232"/>
        <location filename="../../reports/head_office.py" line="251"/>
        <location filename="../../reports/results.py" line="348"/>
        <source>Overdue</source>
        <translation>באיחור</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="234"/>
        <source>Escalated (cannot be solved locally)</source>
        <translation>הועבר לדרג גבוה יותר (אי אפשר לפתור מקומית)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="242"/>
        <source>Overdue and escalated actions</source>
        <translation>פעולות באיחור ופעולות שהועברו לדרג גבוה יותר</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="252"/>
        <source>Escalated</source>
        <translation>הועבר לדרג גבוה יותר</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="206"/>
        <source>Page {page} of {pages}</source>
        <translation>עמוד {page} מתוך {pages}</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="229"/>
        <source>Printed {date}</source>
        <translation>הודפס ב־{date}</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="36"/>
        <source>Participant stickers</source>
        <translation>מדבקות משתתפים</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="37"/>
        <location filename="../../reports/results.py" line="53"/>
        <source>Community scorecard results</source>
        <translation>תוצאות כרטיס הציונים של הקהילה</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="38"/>
        <location filename="../../reports/results.py" line="147"/>
        <source>Report for the service provider</source>
        <translation>דוח לנותן השירות</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="39"/>
        <location filename="../../reports/results.py" line="228"/>
        <source>Interface meeting: community and provider</source>
        <translation>מפגש ממשק: הקהילה ונותן השירות</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="40"/>
        <location filename="../../reports/results.py" line="315"/>
        <source>Joint action plan</source>
        <translation>תוכנית פעולה משותפת</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="41"/>
        <location filename="../../reports/results.py" line="337"/>
        <source>Follow-up checklist</source>
        <translation>רשימת מעקב</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="65"/>
        <location filename="../../reports/results.py" line="267"/>
        <source>Main reason</source>
        <translation>הסיבה העיקרית</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="83"/>
        <source>What we agreed to do</source>
        <translation>מה הסכמנו לעשות</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="89"/>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="90"/>
        <source>By when</source>
        <translation>עד מתי</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="97"/>
        <location filename="../../reports/results.py" line="280"/>
        <source>No actions have been agreed yet.</source>
        <translation>עדיין לא סוכמו פעולות.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="101"/>
        <location filename="../../reports/results.py" line="378"/>
        <source>Next review: {date}</source>
        <translation>הסקירה הבאה: {date}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="119"/>
        <location filename="../../reports/results.py" line="160"/>
        <source>Self-assessment</source>
        <translation>הערכה עצמית</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="121"/>
        <source>Previous round</source>
        <translation>הסבב הקודם</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="122"/>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="151"/>
        <source>This is the first round: no earlier scores.</source>
        <translation>זה הסבב הראשון: אין ציונים קודמים.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="154"/>
        <source>Community scores and self-assessment</source>
        <translation>ציוני הקהילה וההערכה העצמית</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="176"/>
        <source>Strengths</source>
        <translation>חוזקות</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="177"/>
        <source>Weaknesses</source>
        <translation>חולשות</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="181"/>
        <location filename="../../reports/results.py" line="218"/>
        <source>None this round.</source>
        <translation>אין בסבב זה.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="185"/>
        <source>Suggestions from the groups</source>
        <translation>הצעות הקבוצות</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="191"/>
        <source>In the plan</source>
        <translation>בתוכנית</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="195"/>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="277"/>
        <source>Actions</source>
        <translation>פעולות</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="321"/>
        <source>Interface meeting: {date}</source>
        <translation>מפגש ממשק: {date}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="342"/>
        <source>Visit date</source>
        <translation>תאריך הביקור</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="343"/>
        <source>Visited by</source>
        <translation>ביקר/ה</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="354"/>
        <source>Status so far</source>
        <translation>המצב עד כה</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="355"/>
        <source>Done?</source>
        <translation>בוצע?</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="356"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../reports/stickers.py" line="69"/>
        <source>Participant</source>
        <translation>משתתף</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../core/scales.py" line="18"/>
        <source>Very bad</source>
        <translation>גרוע מאוד</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="19"/>
        <source>Bad</source>
        <translation>גרוע</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="20"/>
        <source>Acceptable</source>
        <translation>סביר</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="21"/>
        <source>Good</source>
        <translation>טוב</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="22"/>
        <source>Very good</source>
        <translation>טוב מאוד</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="96"/>
        <source>1–5 with faces</source>
        <translation>1–5 עם פרצופים</translation>
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
        <translation>הגדרה</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="12"/>
        <source>Participants</source>
        <translation>משתתפים</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="13"/>
        <source>Input tracking</source>
        <translation>מעקב תשומות</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="14"/>
        <source>Issues</source>
        <translation>נושאים</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="15"/>
        <source>Indicators</source>
        <translation>מדדים</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="16"/>
        <source>Community scoring</source>
        <translation>ציון הקהילה</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="17"/>
        <source>Provider self-evaluation</source>
        <translation>הערכה עצמית של נותן השירות</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="18"/>
        <source>Interface meeting</source>
        <translation>מפגש ממשק</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="19"/>
        <source>Action plan</source>
        <translation>תוכנית פעולה</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="20"/>
        <source>Follow-up</source>
        <translation>מעקב</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../core/entities.py" line="18"/>
        <source>Health centre</source>
        <translation>מרפאה</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="19"/>
        <source>Primary school</source>
        <translation>בית ספר יסודי</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="20"/>
        <source>Water point</source>
        <translation>נקודת מים</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="21"/>
        <source>Local administration office</source>
        <translation>משרד הרשות המקומית</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="24"/>
        <source>Community</source>
        <translation>קהילה</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="25"/>
        <source>Service provider</source>
        <translation>נותן השירות</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="28"/>
        <source>Women</source>
        <translation>נשים</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="29"/>
        <source>Men</source>
        <translation>גברים</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="30"/>
        <source>Youth</source>
        <translation>צעירים</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="31"/>
        <source>Elders</source>
        <translation>קשישים</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="32"/>
        <source>People with disabilities</source>
        <translation>אנשים עם מוגבלות</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="33"/>
        <source>Staff</source>
        <translation>צוות</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="34"/>
        <location filename="../../core/entities.py" line="56"/>
        <source>Other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="37"/>
        <source>Group consensus</source>
        <translation>הסכמה קבוצתית</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="38"/>
        <source>Individual votes</source>
        <translation>הצבעות אישיות</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="39"/>
        <source>Both</source>
        <translation>שניהם</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="42"/>
        <location filename="../../core/entities.py" line="47"/>
        <source>In progress</source>
        <translation>בתהליך</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="43"/>
        <source>Complete</source>
        <translation>הושלם</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="46"/>
        <source>Not started</source>
        <translation>טרם התחיל</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="48"/>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="49"/>
        <source>Dropped</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="50"/>
        <source>Blocked</source>
        <translation>תקוע</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="54"/>
        <source>Female</source>
        <translation>אישה</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="55"/>
        <source>Male</source>
        <translation>גבר</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="61"/>
        <source>High</source>
        <translation>גבוהה</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="62"/>
        <source>Medium</source>
        <translation>בינונית</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="63"/>
        <source>Low</source>
        <translation>נמוכה</translation>
    </message>
</context>
</TS>
