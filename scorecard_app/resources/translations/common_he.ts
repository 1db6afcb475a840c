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
        <location filename="../../core/checks.py" line="131"/>
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
        <location filename="../../core/checks.py" line="142"/>
        <source>The interface meeting has no date.</source>
        <translation>למפגש הממשק אין תאריך.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="148"/>
        <source>No officials are recorded at the interface meeting.</source>
        <translation>לא נרשמו נציגי רשויות במפגש הממשק.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="157"/>
        <source>The action plan has no actions.</source>
        <translation>בתוכנית הפעולה אין פעולות.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="163"/>
        <source>Action &apos;{action}&apos; has nobody responsible.</source>
        <translation>לפעולה &apos;{action}&apos; אין אחראי.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="171"/>
        <source>Action &apos;{action}&apos; has no due date.</source>
        <translation>לפעולה &apos;{action}&apos; אין תאריך יעד.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="184"/>
        <source>No follow-up has been recorded for any action.</source>
        <translation>לא נרשם מעקב לאף פעולה.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="210"/>
        <source>There is no women&apos;s group.</source>
        <translation>אין קבוצת נשים.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="211"/>
        <source>There is no youth group.</source>
        <translation>אין קבוצת צעירים.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="222"/>
        <source>Women are {percent}% of participants.</source>
        <translation>נשים הן {percent}% מהמשתתפים.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="230"/>
        <source>No participant with a disability is recorded.</source>
        <translation>לא נרשם אף משתתף עם מוגבלות.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="235"/>
        <source>No young participant is recorded.</source>
        <translation>לא נרשם אף משתתף צעיר.</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../reports/blank_sheets.py" line="34"/>
        <location filename="../../reports/blank_sheets.py" line="371"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="35"/>
        <source>Facilitator</source>
        <translation>מנחה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="45"/>
        <location filename="../../reports/registry.py" line="30"/>
        <source>Score sheet</source>
        <translation>דף ציונים</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="56"/>
        <location filename="../../reports/blank_sheets.py" line="181"/>
        <location filename="../../reports/blank_sheets.py" line="251"/>
        <location filename="../../reports/blank_sheets.py" line="338"/>
        <location filename="../../reports/results.py" line="372"/>
        <source>No.</source>
        <translation>מס׳</translation>
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
        <translation>מדד</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="58"/>
        <location filename="../../reports/results.py" line="103"/>
        <source>Score</source>
        <translation>ציון</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="59"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="60"/>
        <location filename="../../reports/results.py" line="274"/>
        <source>Suggestion</source>
        <translation>הצעה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="78"/>
        <location filename="../../reports/registry.py" line="31"/>
        <source>Ballot</source>
        <translation>פתק הצבעה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="81"/>
        <source>Participant number</source>
        <translation>מספר משתתף</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="82"/>
        <location filename="../../reports/head_office.py" line="110"/>
        <location filename="../../reports/results.py" line="273"/>
        <source>Group</source>
        <translation>קבוצה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="86"/>
        <source>Circle one face for each indicator. Do not write your name.</source>
        <translation>הקיפו פרצוף אחד לכל מדד. אל תכתבו את שמכם.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="165"/>
        <source>Tally sheet</source>
        <translation>דף ספירה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="173"/>
        <source>Count the hands raised for each level and write the number.</source>
        <translation>ספרו את הידיים המורמות בכל רמה וכתבו את המספר.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="204"/>
        <source>F</source>
        <translation>נ</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="205"/>
        <source>M</source>
        <translation>ז</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="206"/>
        <source>O</source>
        <translation>א</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="218"/>
        <source>Gender: {codes}. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
        <translation>מגדר: {codes}. קבוצת גיל: מתחת ל־18, 18–24, 25–34, 35–49, 50–64, 65+. סמנו את מה שמתאים; השם אינו חובה.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="228"/>
        <source>Disability</source>
        <translation>מוגבלות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="229"/>
        <source>Minority</source>
        <translation>מיעוט</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="230"/>
        <source>Poor</source>
        <translation>עני</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="231"/>
        <location filename="../../reports/head_office.py" line="154"/>
        <source>Youth</source>
        <translation>צעיר</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="241"/>
        <location filename="../../reports/registry.py" line="32"/>
        <source>Attendance sheet</source>
        <translation>דף נוכחות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="252"/>
        <source>Name (optional)</source>
        <translation>שם (רשות)</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="253"/>
        <source>Gender</source>
        <translation>מגדר</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="254"/>
        <source>Age band</source>
        <translation>קבוצת גיל</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="256"/>
        <source>Signature or thumbprint</source>
        <translation>חתימה או טביעת אצבע</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="287"/>
        <location filename="../../reports/registry.py" line="33"/>
        <source>Input tracking matrix</source>
        <translation>טבלת מעקב תשומות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="291"/>
        <source>Input or service</source>
        <translation>תשומה או שירות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="292"/>
        <source>Unit</source>
        <translation>יחידה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="293"/>
        <source>Entitlement</source>
        <translation>מגיע לפי התקן</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="294"/>
        <source>Source of entitlement</source>
        <translation>מקור הזכאות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="295"/>
        <location filename="../../reports/head_office.py" line="78"/>
        <source>Actual</source>
        <translation>בפועל</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="296"/>
        <location filename="../../reports/results.py" line="172"/>
        <location filename="../../reports/results.py" line="314"/>
        <location filename="../../reports/trends.py" line="170"/>
        <source>Gap</source>
        <translation>פער</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="297"/>
        <source>Remarks</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="323"/>
        <location filename="../../reports/registry.py" line="34"/>
        <source>Issue prioritisation sheet</source>
        <translation>דף תעדוף נושאים</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="328"/>
        <source>Write each issue once. Everyone gives their votes; the issues with most votes become indicators.</source>
        <translation>כתבו כל נושא פעם אחת. כולם מצביעים; הנושאים עם הכי הרבה קולות הופכים למדדים.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="339"/>
        <source>Issue</source>
        <translation>נושא</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="340"/>
        <source>Raised by</source>
        <translation>הועלה על ידי</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="341"/>
        <source>Votes</source>
        <translation>קולות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="342"/>
        <source>Rank</source>
        <translation>דירוג</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="360"/>
        <location filename="../../reports/results.py" line="318"/>
        <location filename="../../reports/trends.py" line="160"/>
        <source>Service provider</source>
        <translation>נותן השירות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="361"/>
        <source>Community representative</source>
        <translation>נציג הקהילה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="362"/>
        <source>Local official</source>
        <translation>נציג הרשות המקומית</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="369"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="370"/>
        <source>Signature</source>
        <translation>חתימה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="379"/>
        <source>Signatures</source>
        <translation>חתימות</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="390"/>
        <location filename="../../reports/registry.py" line="35"/>
        <source>Action plan form</source>
        <translation>טופס תוכנית פעולה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="394"/>
        <source>Indicator or issue</source>
        <translation>מדד או נושא</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="395"/>
        <location filename="../../reports/head_office.py" line="274"/>
        <location filename="../../reports/results.py" line="141"/>
        <location filename="../../reports/results.py" line="374"/>
        <location filename="../../reports/results.py" line="450"/>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="396"/>
        <location filename="../../reports/head_office.py" line="275"/>
        <location filename="../../reports/results.py" line="375"/>
        <location filename="../../reports/results.py" line="451"/>
        <source>Responsible</source>
        <translation>אחראי</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="397"/>
        <source>Institution</source>
        <translation>גוף</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="398"/>
        <location filename="../../reports/head_office.py" line="276"/>
        <location filename="../../reports/results.py" line="376"/>
        <location filename="../../reports/results.py" line="452"/>
        <source>Due date</source>
        <translation>תאריך יעד</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="399"/>
        <location filename="../../reports/results.py" line="377"/>
        <source>Resources</source>
        <translation>משאבים</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="400"/>
        <location filename="../../reports/results.py" line="381"/>
        <source>Priority</source>
        <translation>עדיפות</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="20"/>
        <location filename="../../reports/layout.py" line="272"/>
        <source>Round {n}</source>
        <translation>סבב {n}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="43"/>
        <location filename="../../reports/registry.py" line="44"/>
        <source>Report for head office</source>
        <translation>דוח למטה</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="46"/>
        <source>Cycle</source>
        <translation>מחזור</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="49"/>
        <source>Facility</source>
        <translation>מוסד</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="53"/>
        <source>Sector</source>
        <translation>תחום</translation>
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
        <translation>קהילה</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="57"/>
        <source>Round</source>
        <translation>סבב</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="58"/>
        <source>Scale</source>
        <translation>סולם</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="60"/>
        <source>Scoring</source>
        <translation>אופן מתן ציון</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="63"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="64"/>
        <source>Lead facilitator</source>
        <translation>מנחה ראשי</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="65"/>
        <location filename="../../reports/head_office.py" line="277"/>
        <location filename="../../reports/results.py" line="382"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="66"/>
        <location filename="../../reports/results.py" line="51"/>
        <source>Next review</source>
        <translation>הסקירה הבאה</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="69"/>
        <source>Training cycle</source>
        <translation>מחזור אימון</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="73"/>
        <source>Stage dates</source>
        <translation>תאריכי השלבים</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="76"/>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="77"/>
        <source>Planned</source>
        <translation>מתוכנן</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="79"/>
        <source>Days late</source>
        <translation>ימי איחור</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="107"/>
        <source>Participation</source>
        <translation>השתתפות</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="111"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="112"/>
        <source>Participants</source>
        <translation>משתתפים</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="118"/>
        <source>Total</source>
        <translation>סך הכול</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="131"/>
        <source>Community participants by attribute</source>
        <translation>משתתפי הקהילה לפי מאפיין</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="132"/>
        <source>Count (share)</source>
        <translation>מספר (שיעור)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="142"/>
        <source>Gender not recorded</source>
        <translation>מגדר לא נרשם</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="148"/>
        <source>Age {band}</source>
        <translation>גיל {band}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="151"/>
        <source>With a disability</source>
        <translation>עם מוגבלות</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="152"/>
        <source>From a minority</source>
        <translation>מקבוצת מיעוט</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="153"/>
        <source>Poor households</source>
        <translation>משקי בית עניים</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="170"/>
        <location filename="../../reports/results.py" line="352"/>
        <source>Scores</source>
        <translation>ציונים</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="174"/>
        <source>Raw scores are medians on the cycle&apos;s scale; 0–100 makes cycles on different scales comparable. The trends list the community&apos;s and the providers&apos; scores, round by round, in this round&apos;s scale units.</source>
        <translation>ציונים גולמיים הם חציונים בסולם של המחזור; 0–100 מאפשר להשוות מחזורים בסולמות שונים. המגמות מציגות את ציוני הקהילה ונותני השירות, סבב אחר סבב, ביחידות הסולם של סבב זה.</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="189"/>
        <source>Rounds {first}–{last}</source>
        <translation>סבבים {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../reports/trends.py" line="149"/>
        <source>Scores of rounds {rounds} on the scale {scale}.</source>
        <translation>ציוני הסבבים {rounds} בסולם {scale}.</translation>
    </message>
    <message>
        <location filename="../../reports/trends.py" line="169"/>
        <source>R{n}</source>
        <translation>ס{n}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="197"/>
        <source>Community 0–100</source>
        <translation>קהילה 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="198"/>
        <location filename="../../reports/head_office.py" line="209"/>
        <source>Provider</source>
        <translation>נותן השירות</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="199"/>
        <source>Provider 0–100</source>
        <translation>נותן השירות 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="200"/>
        <source>Trend</source>
        <translation>מגמה</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="242"/>
        <source>Action plan completion</source>
        <translation>ביצוע תוכנית הפעולה</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="246"/>
        <source>Actions agreed</source>
        <translation>פעולות שסוכמו</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="248"/>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="251"/>
        <source>Still open</source>
        <translation>עדיין פתוח</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="252"/>
        <location filename="../../reports/head_office.py" line="280"/>
        <location filename="../../reports/results.py" line="448"/>
        <source>Overdue</source>
        <translation>באיחור</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="254"/>
        <source>Escalated (cannot be solved locally)</source>
        <translation>הועבר לדרג גבוה יותר (אי אפשר לפתור מקומית)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="261"/>
        <source>Unfinished from earlier rounds</source>
        <translation>לא הושלמו מסבבים קודמים</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="271"/>
        <source>Overdue and escalated actions</source>
        <translation>פעולות באיחור ופעולות שהועברו לדרג גבוה יותר</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="281"/>
        <location filename="../../reports/results.py" line="383"/>
        <location filename="../../reports/results.py" line="468"/>
        <source>Escalated</source>
        <translation>הועבר לדרג גבוה יותר</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="222"/>
        <source>Page {page} of {pages}</source>
        <translation>עמוד {page} מתוך {pages}</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="278"/>
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
        <location filename="../../reports/results.py" line="76"/>
        <source>Community scorecard results</source>
        <translation>תוצאות כרטיס הציונים של הקהילה</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="38"/>
        <location filename="../../reports/results.py" line="221"/>
        <source>Report for the service provider</source>
        <translation>דוח לנותן השירות</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="39"/>
        <location filename="../../reports/results.py" line="312"/>
        <source>Interface meeting: community and provider</source>
        <translation>מפגש ממשק: הקהילה ונותן השירות</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="40"/>
        <location filename="../../reports/results.py" line="414"/>
        <source>Joint action plan</source>
        <translation>תוכנית פעולה משותפת</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="41"/>
        <location filename="../../reports/results.py" line="437"/>
        <source>Follow-up checklist</source>
        <translation>רשימת מעקב</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="42"/>
        <location filename="../../reports/trends.py" line="139"/>
        <source>Trends across rounds</source>
        <translation>מגמות לאורך הסבבים</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="43"/>
        <location filename="../../reports/trends.py" line="137"/>
        <source>Trends across rounds: wall chart</source>
        <translation>מגמות לאורך הסבבים: תרשים קיר</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="107"/>
        <location filename="../../reports/results.py" line="354"/>
        <source>Main reason</source>
        <translation>הסיבה העיקרית</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="136"/>
        <source>What we agreed to do</source>
        <translation>מה הסכמנו לעשות</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="142"/>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="143"/>
        <source>By when</source>
        <translation>עד מתי</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="150"/>
        <location filename="../../reports/results.py" line="369"/>
        <source>No actions have been agreed yet.</source>
        <translation>עדיין לא סוכמו פעולות.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="179"/>
        <location filename="../../reports/results.py" line="234"/>
        <source>Self-assessment</source>
        <translation>הערכה עצמית</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="167"/>
        <source>Previous round</source>
        <translation>הסבב הקודם</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="106"/>
        <location filename="../../reports/results.py" line="168"/>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="86"/>
        <location filename="../../reports/results.py" line="225"/>
        <location filename="../../reports/trends.py" line="145"/>
        <source>This is the first round: no earlier scores.</source>
        <translation>זה הסבב הראשון: אין ציונים קודמים.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="62"/>
        <source>New this round</source>
        <translation>חדש בסבב זה</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="92"/>
        <source>Round {then} {arrow} round {now}</source>
        <translation>סבב {then} {arrow} סבב {now}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="166"/>
        <source>This round</source>
        <translation>סבב זה</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="228"/>
        <source>Community scores and self-assessment</source>
        <translation>ציוני הקהילה וההערכה העצמית</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="259"/>
        <source>Strengths</source>
        <translation>חוזקות</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="260"/>
        <source>Weaknesses</source>
        <translation>חולשות</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="264"/>
        <location filename="../../reports/results.py" line="302"/>
        <source>None this round.</source>
        <translation>אין בסבב זה.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="269"/>
        <source>Suggestions from the groups</source>
        <translation>הצעות הקבוצות</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="275"/>
        <source>In the plan</source>
        <translation>בתוכנית</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="279"/>
        <location filename="../../reports/results.py" line="386"/>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="366"/>
        <source>Actions</source>
        <translation>פעולות</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="420"/>
        <source>Interface meeting: {date}</source>
        <translation>מפגש ממשק: {date}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="442"/>
        <source>Visit date</source>
        <translation>תאריך הביקור</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="443"/>
        <source>Visited by</source>
        <translation>ביקר/ה</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="453"/>
        <source>Status so far</source>
        <translation>המצב עד כה</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="454"/>
        <source>Done?</source>
        <translation>בוצע?</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="455"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="473"/>
        <source>Agreed in round {n}</source>
        <translation>סוכם בסבב {n}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="490"/>
        <source>{n} unfinished actions from earlier rounds are carried forward.</source>
        <translation>{n} פעולות שלא הושלמו מסבבים קודמים מועברות הלאה.</translation>
    </message>
    <message>
        <location filename="../../reports/stickers.py" line="70"/>
        <source>Participant</source>
        <translation>משתתף</translation>
    </message>
    <message>
        <location filename="../../reports/context.py" line="84"/>
        <source>no change</source>
        <translation>ללא שינוי</translation>
    </message>
    <message>
        <location filename="../../reports/context.py" line="86"/>
        <source>up {n}</source>
        <translation>עלייה של {n}</translation>
    </message>
    <message>
        <location filename="../../reports/context.py" line="87"/>
        <source>down {n}</source>
        <translation>ירידה של {n}</translation>
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
    <message>
        <location filename="../../core/aggregation.py" line="23"/>
        <source>Rounds on the same scale are compared in that scale&apos;s units. A round scored on another scale is re-expressed on this round&apos;s scale through 0–100: its score&apos;s position between the lowest and the highest mark is kept.</source>
        <translation>סבבים באותו סולם מושווים ביחידות של אותו סולם. סבב שדורג בסולם אחר מתורגם לסולם של סבב זה דרך 0–100: מקום הציון בין הציון הנמוך ביותר לגבוה ביותר נשמר.</translation>
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
