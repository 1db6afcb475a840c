<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
    <context>
        <name>Checks</name>
        <message>
            <location filename="../../core/checks.py" line="+64" />
            <source>The facility has no name.</source>
            <translation>למוסד אין שם.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The community's location is empty.</source>
            <translation>מיקום הקהילה ריק.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No lead facilitator is named.</source>
            <translation>לא צוין מנחה ראשי.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>There is no community group.</source>
            <translation>אין קבוצה של הקהילה.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+77" />
            <source>There is no service provider group.</source>
            <translation>אין קבוצה של נותן השירות.</translation>
        </message>
        <message>
            <location line="-69" />
            <source>The {group} group has no participants.</source>
            <translation>בקבוצה {group} אין משתתפים.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No input items are tracked yet.</source>
            <translation>עדיין אין תשומות במעקב.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Input '{item}' has no actual value.</source>
            <translation>לתשומה '{item}' אין ערך בפועל.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No issues have been raised yet.</source>
            <translation>עדיין לא הועלו נושאים.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No indicators have been chosen yet.</source>
            <translation>עדיין לא נבחרו מדדים.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>The interface meeting has no date.</source>
            <translation>למפגש הממשק אין תאריך.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No officials are recorded at the interface meeting.</source>
            <translation>לא נרשמו נציגי רשויות במפגש הממשק.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The action plan has no actions.</source>
            <translation>בתוכנית הפעולה אין פעולות.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Action '{action}' has nobody responsible.</source>
            <translation>לפעולה '{action}' אין אחראי.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Action '{action}' has no due date.</source>
            <translation>לפעולה '{action}' אין תאריך יעד.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No follow-up has been recorded for any action.</source>
            <translation>לא נרשם מעקב לאף פעולה.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>There is no women's group.</source>
            <translation>אין קבוצת נשים.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is no youth group.</source>
            <translation>אין קבוצת צעירים.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Women are {percent}% of participants.</source>
            <translation>נשים הן {percent}% מהמשתתפים.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No participant with a disability is recorded.</source>
            <translation>לא נרשם אף משתתף עם מוגבלות.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No young participant is recorded.</source>
            <translation>לא נרשם אף משתתף צעיר.</translation>
        </message>
        <message>
            <location line="-237" />
            <source>The due date {due} is already past; saved anyway.</source>
            <translation>תאריך היעד {due} כבר עבר; נשמר בכל זאת.</translation>
        </message>
        <message>
            <location line="+179" />
            <source>There are no actions to follow up yet.</source>
            <translation>עדיין אין פעולות למעקב.</translation>
        </message>
    </context>
    <context>
        <name>Printables</name>
        <message>
            <location filename="../../reports/blank_sheets.py" line="+34" />
            <location line="+337" />
            <source>Date</source>
            <translation>תאריך</translation>
        </message>
        <message>
            <location line="-336" />
            <source>Facilitator</source>
            <translation>מנחה</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../../reports/registry.py" line="+30" />
            <source>Score sheet</source>
            <translation>דף ציונים</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+125" />
            <location line="+70" />
            <location line="+87" />
            <location filename="../../reports/results.py" line="+372" />
            <source>No.</source>
            <translation>מס׳</translation>
        </message>
        <message>
            <location line="-281" />
            <location line="+125" />
            <location filename="../../reports/head_office.py" line="+195" />
            <location filename="../../reports/results.py" line="-271" />
            <location line="+70" />
            <location line="+101" />
            <location line="+79" />
            <location line="+22" />
            <source>Indicator</source>
            <translation>מדד</translation>
        </message>
        <message>
            <location line="-124" />
            <location filename="../../reports/results.py" line="-270" />
            <source>Score</source>
            <translation>ציון</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>סיבה</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/results.py" line="+171" />
            <source>Suggestion</source>
            <translation>הצעה</translation>
        </message>
        <message>
            <location line="+18" />
            <location filename="../../reports/registry.py" line="+1" />
            <source>Ballot</source>
            <translation>פתק הצבעה</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Participant number</source>
            <translation>מספר משתתף</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/head_office.py" line="-85" />
            <location filename="../../reports/results.py" line="-1" />
            <source>Group</source>
            <translation>קבוצה</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Circle one face for each indicator. Do not write your name.</source>
            <translation>הקיפו פרצוף אחד לכל מדד. אל תכתבו את שמכם.</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Tally sheet</source>
            <translation>דף ספירה</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Count the hands raised for each level and write the number.</source>
            <translation>ספרו את הידיים המורמות בכל רמה וכתבו את המספר.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>F</source>
            <translation>נ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>M</source>
            <translation>ז</translation>
        </message>
        <message>
            <location line="+1" />
            <source>O</source>
            <translation>א</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Gender: {codes}. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
            <translation>מגדר: {codes}. קבוצת גיל: מתחת ל־18, 18–24, 25–34, 35–49, 50–64, 65+. סמנו את מה שמתאים; השם אינו חובה.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Disability</source>
            <translation>מוגבלות</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minority</source>
            <translation>מיעוט</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Poor</source>
            <translation>עני</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/head_office.py" line="+44" />
            <source>Youth</source>
            <translation>צעיר</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../../reports/registry.py" line="+1" />
            <source>Attendance sheet</source>
            <translation>דף נוכחות</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Name (optional)</source>
            <translation>שם (רשות)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gender</source>
            <translation>מגדר</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Age band</source>
            <translation>קבוצת גיל</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signature or thumbprint</source>
            <translation>חתימה או טביעת אצבע</translation>
        </message>
        <message>
            <location line="+31" />
            <location filename="../../reports/registry.py" line="+1" />
            <source>Input tracking matrix</source>
            <translation>טבלת מעקב תשומות</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Input or service</source>
            <translation>תשומה או שירות</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>יחידה</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entitlement</source>
            <translation>מגיע לפי התקן</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source of entitlement</source>
            <translation>מקור הזכאות</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/head_office.py" line="-76" />
            <source>Actual</source>
            <translation>בפועל</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/results.py" line="-101" />
            <location line="+142" />
            <location filename="../../reports/trends.py" line="+170" />
            <source>Gap</source>
            <translation>פער</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remarks</source>
            <translation>הערות</translation>
        </message>
        <message>
            <location line="+26" />
            <location filename="../../reports/registry.py" line="+1" />
            <source>Issue prioritisation sheet</source>
            <translation>דף תעדוף נושאים</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Write each issue once. Everyone gives their votes; the issues with most votes become indicators.</source>
            <translation>כתבו כל נושא פעם אחת. כולם מצביעים; הנושאים עם הכי הרבה קולות הופכים למדדים.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Issue</source>
            <translation>נושא</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Raised by</source>
            <translation>הועלה על ידי</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Votes</source>
            <translation>קולות</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rank</source>
            <translation>דירוג</translation>
        </message>
        <message>
            <location line="+18" />
            <location filename="../../reports/results.py" line="+4" />
            <location filename="../../reports/trends.py" line="-10" />
            <source>Service provider</source>
            <translation>נותן השירות</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Community representative</source>
            <translation>נציג הקהילה</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Local official</source>
            <translation>נציג הרשות המקומית</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature</source>
            <translation>חתימה</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Signatures</source>
            <translation>חתימות</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../../reports/registry.py" line="+1" />
            <source>Action plan form</source>
            <translation>טופס תוכנית פעולה</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Indicator or issue</source>
            <translation>מדד או נושא</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/head_office.py" line="+196" />
            <location filename="../../reports/results.py" line="-177" />
            <location line="+233" />
            <location line="+76" />
            <source>Action</source>
            <translation>פעולה</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/head_office.py" line="+1" />
            <location filename="../../reports/results.py" line="-75" />
            <location line="+76" />
            <source>Responsible</source>
            <translation>אחראי</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Institution</source>
            <translation>גוף</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/head_office.py" line="+1" />
            <location filename="../../reports/results.py" line="-75" />
            <location line="+76" />
            <source>Due date</source>
            <translation>תאריך יעד</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/results.py" line="-75" />
            <source>Resources</source>
            <translation>משאבים</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/results.py" line="+4" />
            <source>Priority</source>
            <translation>עדיפות</translation>
        </message>
        <message>
            <location filename="../../reports/common.py" line="+20" />
            <location filename="../../reports/layout.py" line="+272" />
            <source>Round {n}</source>
            <translation>סבב {n}</translation>
        </message>
        <message>
            <location filename="../../reports/head_office.py" line="-233" />
            <location filename="../../reports/registry.py" line="+9" />
            <source>Report for head office</source>
            <translation>דוח למטה</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cycle</source>
            <translation>מחזור</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Facility</source>
            <translation>מוסד</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sector</source>
            <translation>תחום</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+140" />
            <location line="+12" />
            <location filename="../../reports/results.py" line="-205" />
            <location line="+57" />
            <location line="+84" />
            <location filename="../../reports/trends.py" line="-1" />
            <source>Community</source>
            <translation>קהילה</translation>
        </message>
        <message>
            <location line="-151" />
            <source>Round</source>
            <translation>סבב</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scale</source>
            <translation>סולם</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Scoring</source>
            <translation>אופן מתן ציון</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language</source>
            <translation>שפה</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lead facilitator</source>
            <translation>מנחה ראשי</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+212" />
            <location filename="../../reports/results.py" line="+65" />
            <source>Status</source>
            <translation>מצב</translation>
        </message>
        <message>
            <location line="-211" />
            <location filename="../../reports/results.py" line="-331" />
            <source>Next review</source>
            <translation>הסקירה הבאה</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Training cycle</source>
            <translation>מחזור אימון</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stage dates</source>
            <translation>תאריכי השלבים</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stage</source>
            <translation>שלב</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned</source>
            <translation>מתוכנן</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Days late</source>
            <translation>ימי איחור</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Participation</source>
            <translation>השתתפות</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kind</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants</source>
            <translation>משתתפים</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Total</source>
            <translation>סך הכול</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Community participants by attribute</source>
            <translation>משתתפי הקהילה לפי מאפיין</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count (share)</source>
            <translation>מספר (שיעור)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Gender not recorded</source>
            <translation>מגדר לא נרשם</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Age {band}</source>
            <translation>גיל {band}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>With a disability</source>
            <translation>עם מוגבלות</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From a minority</source>
            <translation>מקבוצת מיעוט</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Poor households</source>
            <translation>משקי בית עניים</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../../reports/results.py" line="+301" />
            <source>Scores</source>
            <translation>ציונים</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Raw scores are medians on the cycle's scale; 0–100 makes cycles on different scales comparable. The trends list the community's and the providers' scores, round by round, in this round's scale units.</source>
            <translation>ציונים גולמיים הם חציונים בסולם של המחזור; 0–100 מאפשר להשוות מחזורים בסולמות שונים. המגמות מציגות את ציוני הקהילה ונותני השירות, סבב אחר סבב, ביחידות הסולם של סבב זה.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Rounds {first}–{last}</source>
            <translation>סבבים {first}–{last}</translation>
        </message>
        <message>
            <location filename="../../reports/trends.py" line="-10" />
            <source>Scores of rounds {rounds} on the scale {scale}.</source>
            <translation>ציוני הסבבים {rounds} בסולם {scale}.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>R{n}</source>
            <translation>ס{n}</translation>
        </message>
        <message>
            <location filename="../../reports/head_office.py" line="+8" />
            <source>Community 0–100</source>
            <translation>קהילה 0–100</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+11" />
            <source>Provider</source>
            <translation>נותן השירות</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Provider 0–100</source>
            <translation>נותן השירות 0–100</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trend</source>
            <translation>מגמה</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Action plan completion</source>
            <translation>ביצוע תוכנית הפעולה</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Actions agreed</source>
            <translation>פעולות שסוכמו</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done</source>
            <translation>בוצע</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Still open</source>
            <translation>עדיין פתוח</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+28" />
            <location filename="../../reports/results.py" line="+96" />
            <source>Overdue</source>
            <translation>באיחור</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Escalated (cannot be solved locally)</source>
            <translation>הועבר לדרג גבוה יותר (אי אפשר לפתור מקומית)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Unfinished from earlier rounds</source>
            <translation>לא הושלמו מסבבים קודמים</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Overdue and escalated actions</source>
            <translation>פעולות באיחור ופעולות שהועברו לדרג גבוה יותר</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../../reports/results.py" line="-65" />
            <location line="+85" />
            <source>Escalated</source>
            <translation>הועבר לדרג גבוה יותר</translation>
        </message>
        <message>
            <location filename="../../reports/layout.py" line="-50" />
            <source>Page {page} of {pages}</source>
            <translation>עמוד {page} מתוך {pages}</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Printed {date}</source>
            <translation>הודפס ב־{date}</translation>
        </message>
        <message>
            <location filename="../../reports/registry.py" line="-8" />
            <source>Participant stickers</source>
            <translation>מדבקות משתתפים</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/results.py" line="-392" />
            <source>Community scorecard results</source>
            <translation>תוצאות כרטיס הציונים של הקהילה</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/results.py" line="+145" />
            <source>Report for the service provider</source>
            <translation>דוח לנותן השירות</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/results.py" line="+91" />
            <source>Interface meeting: community and provider</source>
            <translation>מפגש ממשק: הקהילה ונותן השירות</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/results.py" line="+102" />
            <source>Joint action plan</source>
            <translation>תוכנית פעולה משותפת</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/results.py" line="+23" />
            <source>Follow-up checklist</source>
            <translation>רשימת מעקב</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/trends.py" line="-30" />
            <source>Trends across rounds</source>
            <translation>מגמות לאורך הסבבים</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../reports/trends.py" line="-2" />
            <source>Trends across rounds: wall chart</source>
            <translation>מגמות לאורך הסבבים: תרשים קיר</translation>
        </message>
        <message>
            <location filename="../../reports/results.py" line="-330" />
            <location line="+247" />
            <source>Main reason</source>
            <translation>הסיבה העיקרית</translation>
        </message>
        <message>
            <location line="-218" />
            <source>What we agreed to do</source>
            <translation>מה הסכמנו לעשות</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Who</source>
            <translation>מי</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By when</source>
            <translation>עד מתי</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+219" />
            <source>No actions have been agreed yet.</source>
            <translation>עדיין לא סוכמו פעולות.</translation>
        </message>
        <message>
            <location line="-190" />
            <location line="+55" />
            <source>Self-assessment</source>
            <translation>הערכה עצמית</translation>
        </message>
        <message>
            <location line="-67" />
            <source>Previous round</source>
            <translation>הסבב הקודם</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+62" />
            <source>Change</source>
            <translation>שינוי</translation>
        </message>
        <message>
            <location line="-82" />
            <location line="+139" />
            <location filename="../../reports/trends.py" line="+8" />
            <source>This is the first round: no earlier scores.</source>
            <translation>זה הסבב הראשון: אין ציונים קודמים.</translation>
        </message>
        <message>
            <location line="-163" />
            <source>New this round</source>
            <translation>חדש בסבב זה</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Round {then} {arrow} round {now}</source>
            <translation>סבב {then} {arrow} סבב {now}</translation>
        </message>
        <message>
            <location line="+74" />
            <source>This round</source>
            <translation>סבב זה</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Community scores and self-assessment</source>
            <translation>ציוני הקהילה וההערכה העצמית</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Strengths</source>
            <translation>חוזקות</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weaknesses</source>
            <translation>חולשות</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+38" />
            <source>None this round.</source>
            <translation>אין בסבב זה.</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Suggestions from the groups</source>
            <translation>הצעות הקבוצות</translation>
        </message>
        <message>
            <location line="+6" />
            <source>In the plan</source>
            <translation>בתוכנית</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+107" />
            <source>Yes</source>
            <translation>כן</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Actions</source>
            <translation>פעולות</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Interface meeting: {date}</source>
            <translation>מפגש ממשק: {date}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Visit date</source>
            <translation>תאריך הביקור</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visited by</source>
            <translation>ביקר/ה</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Status so far</source>
            <translation>המצב עד כה</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done?</source>
            <translation>בוצע?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>הערות</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Agreed in round {n}</source>
            <translation>סוכם בסבב {n}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{n} unfinished actions from earlier rounds are carried forward.</source>
            <translation>{n} פעולות שלא הושלמו מסבבים קודמים מועברות הלאה.</translation>
        </message>
        <message>
            <location filename="../../reports/stickers.py" line="+70" />
            <source>Participant</source>
            <translation>משתתף</translation>
        </message>
        <message>
            <location filename="../../reports/context.py" line="+84" />
            <source>no change</source>
            <translation>ללא שינוי</translation>
        </message>
        <message>
            <location line="+2" />
            <source>up {n}</source>
            <translation>עלייה של {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>down {n}</source>
            <translation>ירידה של {n}</translation>
        </message>
    </context>
    <context>
        <name>Scale</name>
        <message>
            <location filename="../../core/scales.py" line="+24" />
            <source>Very bad</source>
            <translation>גרוע מאוד</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bad</source>
            <translation>גרוע</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acceptable</source>
            <translation>סביר</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good</source>
            <translation>טוב</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Very good</source>
            <translation>טוב מאוד</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Votes, consensus scores and shows of hands go from {low} to {high} in half points; results (medians) can fall between them.</source>
            <translation>קולות, ציוני הסכמה והצבעות בהרמת יד נעים מ־{low} עד {high} בחצאי נקודות; תוצאות (חציונים) יכולות ליפול ביניהם.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>1–5 with faces</source>
            <translation>1–5 עם פרצופים</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1–10</source>
            <translation>1–10</translation>
        </message>
        <message>
            <location line="+1" />
            <source>0–100</source>
            <translation>0–100</translation>
        </message>
        <message>
            <location filename="../../core/aggregation.py" line="+23" />
            <source>Rounds on the same scale are compared in that scale's units. A round scored on another scale is re-expressed on this round's scale through 0–100: its score's position between the lowest and the highest mark is kept.</source>
            <translation>סבבים באותו סולם מושווים ביחידות של אותו סולם. סבב שדורג בסולם אחר מתורגם לסולם של סבב זה דרך 0–100: מקום הציון בין הציון הנמוך ביותר לגבוה ביותר נשמר.</translation>
        </message>
        <message>
            <location filename="../../core/scales.py" line="-47" />
            <source>Votes, consensus scores and shows of hands are whole numbers from {low} to {high}; only results (medians) can fall between two.</source>
            <translation>קולות, ציוני הסכמה והצבעות בהרמת יד הם מספרים שלמים מ־{low} עד {high}; רק תוצאות (חציונים) יכולות ליפול בין שניים.</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <location filename="../../core/stages.py" line="+11" />
            <source>Setup</source>
            <translation>הגדרה</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Participants</source>
            <translation>משתתפים</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Input tracking</source>
            <translation>מעקב תשומות</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issues</source>
            <translation>נושאים</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indicators</source>
            <translation>מדדים</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Community scoring</source>
            <translation>ציון הקהילה</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provider self-evaluation</source>
            <translation>הערכה עצמית של נותן השירות</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interface meeting</source>
            <translation>מפגש ממשק</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action plan</source>
            <translation>תוכנית פעולה</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>מעקב</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../../core/entities.py" line="+18" />
            <source>Health centre</source>
            <translation>מרפאה</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Primary school</source>
            <translation>בית ספר יסודי</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Water point</source>
            <translation>נקודת מים</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Local administration office</source>
            <translation>משרד הרשות המקומית</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Community</source>
            <translation>קהילה</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service provider</source>
            <translation>נותן השירות</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Women</source>
            <translation>נשים</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Men</source>
            <translation>גברים</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Youth</source>
            <translation>צעירים</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Elders</source>
            <translation>קשישים</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People with disabilities</source>
            <translation>אנשים עם מוגבלות</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff</source>
            <translation>צוות</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+22" />
            <source>Other</source>
            <translation>אחר</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Group consensus</source>
            <translation>הסכמה קבוצתית</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Individual votes</source>
            <translation>הצבעות אישיות</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Both</source>
            <translation>שניהם</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+5" />
            <source>In progress</source>
            <translation>בתהליך</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Complete</source>
            <translation>הושלם</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not started</source>
            <translation>טרם התחיל</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done</source>
            <translation>בוצע</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dropped</source>
            <translation>בוטל</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Blocked</source>
            <translation>תקוע</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Female</source>
            <translation>אישה</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation>גבר</translation>
        </message>
        <message>
            <location line="+6" />
            <source>High</source>
            <translation>גבוהה</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medium</source>
            <translation>בינונית</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Low</source>
            <translation>נמוכה</translation>
        </message>
    </context>
</TS>
