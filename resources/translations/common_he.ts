<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../scorecard_app/core/checks.py" line="+64"/>
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
        <location line="+16"/>
        <source>Indicator &apos;{indicator}&apos; has no score from the {group} group.</source>
        <translation>למדד &apos;{indicator}&apos; אין ציון מהקבוצה {group}.</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+20"/>
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
    <message>
        <location line="-237"/>
        <source>The due date {due} is already past; saved anyway.</source>
        <translation>תאריך היעד {due} כבר עבר; נשמר בכל זאת.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>There are no actions to follow up yet.</source>
        <translation>עדיין אין פעולות למעקב.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../scorecard_app/commands/data.py" line="+31"/>
        <source>The demo is already in this database.</source>
        <translation>ההדגמה כבר נמצאת במסד הנתונים הזה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the demo: 3 rounds of Riverside Health Centre ({n} cycles).</source>
        <translation>ההדגמה נוספה: 3 סבבים של Riverside Health Centre (מחזורים: ⁨{n}⁩).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No cycles yet.</source>
        <translation>אין עדיין מחזורים.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{id}  {facility} — {community} — round {round} — {stage} — {status}</source>
        <translation>⁨{id}⁩  ⁨{facility}⁩ — ⁨{community}⁩ — סבב ⁨{round}⁩ — ⁨{stage}⁩ — ⁨{status}⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (training)</source>
        <translation> (תרגול)</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/errors.py" line="+12"/>
        <source>Say which cycle with --cycle ID; `scorecard list` shows the ids.</source>
        <translation>ציינו איזה מחזור עם ‎--cycle ID;‏ `scorecard list` מציג את המזהים.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no database at {path}.</source>
        <translation>אין מסד נתונים ב־⁨{path}⁩.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no cycle {id} in {path}.</source>
        <translation>אין מחזור ⁨{id}⁩ ב־⁨{path}⁩.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} does not exist.</source>
        <translation>התיקייה ⁨{folder}⁩ אינה קיימת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {why}.</source>
        <translation>לא ניתן לכתוב את ⁨{path}⁩: ⁨{why}⁩.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>לא ניתן לכתוב את ⁨{path}⁩: התיקייה ⁨{folder}⁩ אינה קיימת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: permission denied.</source>
        <translation>לא ניתן לכתוב את ⁨{path}⁩: אין הרשאה.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/open_data.py" line="+56"/>
        <source>{path} is a file; give a folder for the CSV package.</source>
        <translation>⁨{path}⁩ הוא קובץ; יש לתת תיקייה לחבילת ה־CSV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a folder; give a file name ending in .json.</source>
        <translation>⁨{path}⁩ היא תיקייה; יש לתת שם קובץ שמסתיים ב־‎.json.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say where to write the package with -o PATH.</source>
        <translation>ציינו היכן לכתוב את החבילה עם ‎-o PATH.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is a training cycle: practice is never exported as open data.</source>
        <translation>זהו מחזור תרגול: תרגול לעולם אינו מיוצא כנתונים פתוחים.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote {path}: {results} results, {indicators} indicators, {actions} actions ({licence}).</source>
        <translation>נכתב ⁨{path}⁩: תוצאות ⁨{results}⁩, מדדים ⁨{indicators}⁩, פעולות ⁨{actions}⁩ (⁨{licence}⁩).</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/printing.py" line="+53"/>
        <source>Say what to print, e.g. `scorecard print score-sheet`; see --list.</source>
        <translation>ציינו מה להדפיס, למשל `scorecard print score-sheet`;‏ ראו ‎--list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown printable “{kind}”; `scorecard print --list` names them.</source>
        <translation>מסמך הדפסה לא מוכר ”⁨{kind}⁩“;‏ `scorecard print --list` מונה אותם.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say where to write the PDF with -o FILE.pdf.</source>
        <translation>ציינו היכן לכתוב את קובץ ה־PDF עם ‎-o FILE.pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown language “{code}”; use one of {codes}.</source>
        <translation>שפה לא מוכרת ”⁨{code}⁩“; יש להשתמש באחת מ־⁨{codes}⁩.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrote {path}</source>
        <translation>נכתב ⁨{path}⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is a folder; give a file name ending in .pdf.</source>
        <translation>⁨{path}⁩ היא תיקייה; יש לתת שם קובץ שמסתיים ב־‎.pdf.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/syncing.py" line="+70"/>
        <source>Give the enrolment code after the address.</source>
        <translation>יש לתת את קוד הרישום אחרי הכתובת.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{url} is not a web address (it should start with https://).</source>
        <translation>⁨{url}⁩ אינה כתובת אינטרנט (היא צריכה להתחיל ב־‎https://‎).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enrolled with {url} as device {device}.</source>
        <translation>נרשם אצל ⁨{url}⁩ כמכשיר ⁨{device}⁩.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no server address yet: bundles only</source>
        <translation>עדיין אין כתובת שרת: חבילות בלבד</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolled as “{label}” (device {device}) of {organisation} ({where}). Delete the enrolment file now.</source>
        <translation>נרשם בתור ”⁨{label}⁩“ (מכשיר ⁨{device}⁩) של ⁨{organisation}⁩ (⁨{where}⁩). יש למחוק את קובץ הרישום עכשיו.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Syncing… {done}/{total}</source>
        <translation>מסנכרן… ⁨{done}⁩/⁨{total}⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop was enrolled from a file without a head-office address: it exchanges USB bundles (`scorecard export`, `scorecard import`).</source>
        <translation>המחשב הנייד הזה נרשם מקובץ ללא כתובת של המטה: הוא מחליף חבילות USB ‏(`scorecard export`, `scorecard import`).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sent {sent} changes ({conflicts} conflicts, {refused} refused, {waiting} waiting), {files} files; received {pulled} changes from head office.</source>
        <translation>שינויים שנשלחו: ⁨{sent}⁩ (התנגשויות ⁨{conflicts}⁩, נדחו ⁨{refused}⁩, ממתינים ⁨{waiting}⁩), קבצים ⁨{files}⁩; שינויים שהתקבלו מהמטה: ⁨{pulled}⁩.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run `scorecard sync status` to see what needs review.</source>
        <translation>הריצו `scorecard sync status` כדי לראות מה דורש בדיקה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: yours {yours}, head office {theirs}</source>
        <translation>⁨{field}⁩: שלך ⁨{yours}⁩, המטה ⁨{theirs}⁩</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not enrolled: run `scorecard sync enrol URL CODE` (or `sync enrol-file FILE`).</source>
        <translation>לא רשום: הריצו `scorecard sync enrol URL CODE` (או `sync enrol-file FILE`).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device {device}: USB bundles only (no server address yet).</source>
        <translation>מכשיר ⁨{device}⁩: חבילות USB בלבד (עדיין אין כתובת שרת).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server: {url} (device {device})</source>
        <translation>שרת: ⁨{url}⁩ (מכשיר ⁨{device}⁩)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundles: can be signed</source>
        <translation>חבילות: ניתן לחתום</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles: {why}</source>
        <translation>חבילות: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes waiting: {changes} (files: {files})</source>
        <translation>שינויים ממתינים: ⁨{changes}⁩ (קבצים: ⁨{files}⁩)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>אף פעם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: {when}</source>
        <translation>סנכרון אחרון: ⁨{when}⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last problem: {problem}</source>
        <translation>הבעיה האחרונה: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts to review: {n}</source>
        <translation>התנגשויות לבדיקה: ⁨{n}⁩</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No cycle with id {id}.</source>
        <translation>אין מחזור עם המזהה ⁨{id}⁩.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {path}: {changes} changes, {files} files. Carry it to head office.</source>
        <translation>נכתב ⁨{path}⁩: שינויים ⁨{changes}⁩, קבצים ⁨{files}⁩. יש להביא אותו למטה.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>head office</source>
        <translation>המטה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device {device}</source>
        <translation>מכשיר ⁨{device}⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {n} refused (they change a finished cycle)</source>
        <translation>; נדחו ⁨{n}⁩ (הם משנים מחזור שהסתיים)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {bundle} from {source} (signature checked): {applied} changes applied, {skipped} already here{refused}.</source>
        <translation>יובא ⁨{bundle}⁩ מ־⁨{source}⁩ (החתימה נבדקה): שינויים שהוחלו ⁨{applied}⁩, כבר קיימים ⁨{skipped}⁩{refused}.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/cli.py" line="+21"/>
        <source>{program}: {problem}</source>
        <translation>⁨{program}⁩: ⁨{problem}⁩</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>⁨{path}⁩ היא תיקייה, לא קובץ מסד נתונים.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A scorecard:// link opens the app: give it on its own.</source>
        <translation>קישור ‎scorecard://‎ פותח את היישום: יש לתת אותו לבדו.</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../scorecard_app/reports/blank_sheets.py" line="+34"/>
        <location line="+337"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>Facilitator</source>
        <translation>מנחה</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+31"/>
        <source>Score sheet</source>
        <translation>דף ציונים</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+125"/>
        <location line="+70"/>
        <location line="+87"/>
        <location filename="../../scorecard_app/reports/results.py" line="+372"/>
        <source>No.</source>
        <translation>מס׳</translation>
    </message>
    <message>
        <location line="-281"/>
        <location line="+125"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+195"/>
        <location filename="../../scorecard_app/reports/results.py" line="-271"/>
        <location line="+70"/>
        <location line="+101"/>
        <location line="+79"/>
        <location line="+22"/>
        <source>Indicator</source>
        <translation>מדד</translation>
    </message>
    <message>
        <location line="-124"/>
        <location filename="../../scorecard_app/reports/results.py" line="-270"/>
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
        <location filename="../../scorecard_app/reports/results.py" line="+171"/>
        <source>Suggestion</source>
        <translation>הצעה</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Ballot</source>
        <translation>פתק הצבעה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant number</source>
        <translation>מספר משתתף</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="-85"/>
        <location filename="../../scorecard_app/reports/results.py" line="-1"/>
        <source>Group</source>
        <translation>קבוצה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Circle one face for each indicator. Do not write your name.</source>
        <translation>הקיפו פרצוף אחד לכל מדד. אל תכתבו את שמכם.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Tally sheet</source>
        <translation>דף ספירה</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Count the hands raised for each level and write the number.</source>
        <translation>ספרו את הידיים המורמות בכל רמה וכתבו את המספר.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>F</source>
        <translation>נ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <translation>ז</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O</source>
        <translation>א</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gender: {codes}. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
        <translation>מגדר: {codes}. קבוצת גיל: מתחת ל־18, 18–24, 25–34, 35–49, 50–64, 65+. סמנו את מה שמתאים; השם אינו חובה.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../../scorecard_app/reports/head_office.py" line="+44"/>
        <source>Youth</source>
        <translation>צעיר</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Attendance sheet</source>
        <translation>דף נוכחות</translation>
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
        <location line="+31"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
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
        <location filename="../../scorecard_app/reports/head_office.py" line="-76"/>
        <source>Actual</source>
        <translation>בפועל</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-101"/>
        <location line="+142"/>
        <location filename="../../scorecard_app/reports/trends.py" line="+170"/>
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
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
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
        <location filename="../../scorecard_app/reports/results.py" line="+4"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-10"/>
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
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
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
        <location filename="../../scorecard_app/reports/head_office.py" line="+196"/>
        <location filename="../../scorecard_app/reports/results.py" line="-177"/>
        <location line="+233"/>
        <location line="+76"/>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-75"/>
        <location line="+76"/>
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
        <location filename="../../scorecard_app/reports/head_office.py" line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-75"/>
        <location line="+76"/>
        <source>Due date</source>
        <translation>תאריך יעד</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-75"/>
        <source>Resources</source>
        <translation>משאבים</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+4"/>
        <source>Priority</source>
        <translation>עדיפות</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/common.py" line="+20"/>
        <location filename="../../scorecard_app/reports/layout.py" line="+290"/>
        <source>Round {n}</source>
        <translation>סבב {n}</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/head_office.py" line="-233"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+9"/>
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
        <location line="+140"/>
        <location line="+12"/>
        <location filename="../../scorecard_app/reports/results.py" line="-205"/>
        <location line="+57"/>
        <location line="+84"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-1"/>
        <source>Community</source>
        <translation>קהילה</translation>
    </message>
    <message>
        <location line="-151"/>
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
        <location line="+212"/>
        <location filename="../../scorecard_app/reports/results.py" line="+65"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="-211"/>
        <location filename="../../scorecard_app/reports/results.py" line="-331"/>
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
        <location line="+17"/>
        <location filename="../../scorecard_app/reports/results.py" line="+301"/>
        <source>Scores</source>
        <translation>ציונים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw scores are medians on the cycle&apos;s scale; 0–100 makes cycles on different scales comparable. The trends list the community&apos;s and the providers&apos; scores, round by round, in this round&apos;s scale units.</source>
        <translation>ציונים גולמיים הם חציונים בסולם של המחזור; 0–100 מאפשר להשוות מחזורים בסולמות שונים. המגמות מציגות את ציוני הקהילה ונותני השירות, סבב אחר סבב, ביחידות הסולם של סבב זה.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rounds {first}–{last}</source>
        <translation>סבבים {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/trends.py" line="-10"/>
        <source>Scores of rounds {rounds} on the scale {scale}.</source>
        <translation>ציוני הסבבים {rounds} בסולם {scale}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>R{n}</source>
        <translation>ס{n}</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/head_office.py" line="+8"/>
        <source>Community 0–100</source>
        <translation>קהילה 0–100</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Provider</source>
        <translation>נותן השירות</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Provider 0–100</source>
        <translation>נותן השירות 0–100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>מגמה</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+28"/>
        <location filename="../../scorecard_app/reports/results.py" line="+96"/>
        <source>Overdue</source>
        <translation>באיחור</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Escalated (cannot be solved locally)</source>
        <translation>הועבר לדרג גבוה יותר (אי אפשר לפתור מקומית)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unfinished from earlier rounds</source>
        <translation>לא הושלמו מסבבים קודמים</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overdue and escalated actions</source>
        <translation>פעולות באיחור ופעולות שהועברו לדרג גבוה יותר</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../scorecard_app/reports/results.py" line="-65"/>
        <location line="+85"/>
        <source>Escalated</source>
        <translation>הועבר לדרג גבוה יותר</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/layout.py" line="-68"/>
        <source>Page {page} of {pages}</source>
        <translation>עמוד {page} מתוך {pages}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Printed {date}</source>
        <translation>הודפס ב־{date}</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/registry.py" line="-8"/>
        <source>Participant stickers</source>
        <translation>מדבקות משתתפים</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-392"/>
        <source>Community scorecard results</source>
        <translation>תוצאות כרטיס הציונים של הקהילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+145"/>
        <source>Report for the service provider</source>
        <translation>דוח לנותן השירות</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+91"/>
        <source>Interface meeting: community and provider</source>
        <translation>מפגש ממשק: הקהילה ונותן השירות</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+102"/>
        <source>Joint action plan</source>
        <translation>תוכנית פעולה משותפת</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+23"/>
        <source>Follow-up checklist</source>
        <translation>רשימת מעקב</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-30"/>
        <source>Trends across rounds</source>
        <translation>מגמות לאורך הסבבים</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-2"/>
        <source>Trends across rounds: wall chart</source>
        <translation>מגמות לאורך הסבבים: תרשים קיר</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/results.py" line="-330"/>
        <location line="+247"/>
        <source>Main reason</source>
        <translation>הסיבה העיקרית</translation>
    </message>
    <message>
        <location line="-218"/>
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
        <location line="+219"/>
        <source>No actions have been agreed yet.</source>
        <translation>עדיין לא סוכמו פעולות.</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+55"/>
        <source>Self-assessment</source>
        <translation>הערכה עצמית</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Previous round</source>
        <translation>הסבב הקודם</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+139"/>
        <location filename="../../scorecard_app/reports/trends.py" line="+8"/>
        <source>This is the first round: no earlier scores.</source>
        <translation>זה הסבב הראשון: אין ציונים קודמים.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>New this round</source>
        <translation>חדש בסבב זה</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Round {then} {arrow} round {now}</source>
        <translation>סבב {then} {arrow} סבב {now}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This round</source>
        <translation>סבב זה</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Community scores and self-assessment</source>
        <translation>ציוני הקהילה וההערכה העצמית</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+38"/>
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
        <location line="+107"/>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Actions</source>
        <translation>פעולות</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Interface meeting: {date}</source>
        <translation>מפגש ממשק: {date}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Visit date</source>
        <translation>תאריך הביקור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visited by</source>
        <translation>ביקר/ה</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+18"/>
        <source>Agreed in round {n}</source>
        <translation>סוכם בסבב {n}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} unfinished actions from earlier rounds are carried forward.</source>
        <translation>{n} פעולות שלא הושלמו מסבבים קודמים מועברות הלאה.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/stickers.py" line="+70"/>
        <source>Participant</source>
        <translation>משתתף</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/context.py" line="+146"/>
        <source>no change</source>
        <translation>ללא שינוי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up {n}</source>
        <translation>עלייה של {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down {n}</source>
        <translation>ירידה של {n}</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../scorecard_app/core/scales.py" line="+24"/>
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
        <location line="+33"/>
        <source>“{value}” is not a number.</source>
        <translation>”⁨{value}⁩“ אינו מספר.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} is outside the scale {low}–{high}.</source>
        <translation>⁨{value}⁩ מחוץ לסולם ⁨{low}⁩–⁨{high}⁩.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not a whole number: scores on this scale are whole numbers from {low} to {high}.</source>
        <translation>⁨{value}⁩ אינו מספר שלם: הציונים בסולם זה הם מספרים שלמים מ־⁨{low}⁩ עד ⁨{high}⁩.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a step of this scale (steps of {step}).</source>
        <translation>⁨{value}⁩ אינו צעד של סולם זה (צעדים של ⁨{step}⁩).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Votes, consensus scores and shows of hands go from {low} to {high} in half points; results (medians) can fall between them.</source>
        <translation>קולות, ציוני הסכמה והצבעות בהרמת יד נעים מ־{low} עד {high} בחצאי נקודות; תוצאות (חציונים) יכולות ליפול ביניהם.</translation>
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
    <message>
        <location filename="../../scorecard_app/core/aggregation.py" line="+23"/>
        <source>Rounds on the same scale are compared in that scale&apos;s units. A round scored on another scale is re-expressed on this round&apos;s scale through 0–100: its score&apos;s position between the lowest and the highest mark is kept.</source>
        <translation>סבבים באותו סולם מושווים ביחידות של אותו סולם. סבב שדורג בסולם אחר מתורגם לסולם של סבב זה דרך 0–100: מקום הציון בין הציון הנמוך ביותר לגבוה ביותר נשמר.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/core/scales.py" line="-47"/>
        <source>Votes, consensus scores and shows of hands are whole numbers from {low} to {high}; only results (medians) can fall between two.</source>
        <translation>קולות, ציוני הסכמה והצבעות בהרמת יד הם מספרים שלמים מ־{low} עד {high}; רק תוצאות (חציונים) יכולות ליפול בין שניים.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../scorecard_app/core/stages.py" line="+11"/>
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
    <name>Store</name>
    <message>
        <location filename="../../scorecard_app/store/connection.py" line="+81"/>
        <source>{path} is damaged or is not a Scorecard database{detail}. The newest good backup is {backup}.</source>
        <translation>⁨{path}⁩ פגום או שאינו מסד נתונים של Scorecard{detail}. הגיבוי התקין האחרון הוא ⁨{backup}⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is damaged or is not a Scorecard database{detail}. No good backup was found.</source>
        <translation>⁨{path}⁩ פגום או שאינו מסד נתונים של Scorecard{detail}. לא נמצא גיבוי תקין.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} cannot be checked: {why}.</source>
        <translation>לא ניתן לבדוק את ⁨{path}⁩: ⁨{why}⁩.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The daily backup of {path} could not be made: {why}.</source>
        <translation>לא ניתן היה ליצור את הגיבוי היומי של ⁨{path}⁩: ⁨{why}⁩.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{path} is a folder, not a Scorecard database file.</source>
        <translation>⁨{path}⁩ היא תיקייה, לא קובץ מסד נתונים של Scorecard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist.</source>
        <translation>התיקייה ⁨{folder}⁩ אינה קיימת.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be read and written; check its permissions.</source>
        <translation>לא ניתן לקרוא ולכתוב את ⁨{path}⁩; יש לבדוק את ההרשאות שלו.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} cannot be opened: {why}.</source>
        <translation>לא ניתן לפתוח את ⁨{path}⁩: ⁨{why}⁩.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{path} could not be prepared: {why}.</source>
        <translation>לא ניתן היה להכין את ⁨{path}⁩: ⁨{why}⁩.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/store/replica.py" line="+47"/>
        <source>This database has no folder for attached files.</source>
        <translation>למסד הנתונים הזה אין תיקייה לקבצים מצורפים.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} is damaged: its content does not match its checksum.</source>
        <translation>⁨{name}⁩ פגום: התוכן שלו אינו תואם לסכום הביקורת.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{subject}” is not something a photo can be attached to.</source>
        <translation>לא ניתן לצרף תמונה אל ”⁨{subject}⁩“.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>That photo is not there any more.</source>
        <translation>התמונה הזו כבר אינה קיימת.</translation>
    </message>
    <message>
        <location line="+447"/>
        <source>The bundle holds a kind of record this version does not know ({kind}).</source>
        <translation>החבילה מכילה סוג רשומה שגרסה זו אינה מכירה (⁨{kind}⁩).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bundle holds unknown fields for a record ({kind}): {fields}.</source>
        <translation>החבילה מכילה שדות לא מוכרים לרשומה (⁨{kind}⁩): ⁨{fields}⁩.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle holds a photo attached to something unknown.</source>
        <translation>החבילה מכילה תמונה שמצורפת לדבר לא מוכר.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The bundle changes a record ({kind}) that is not on this laptop.</source>
        <translation>החבילה משנה רשומה (⁨{kind}⁩) שאינה נמצאת במחשב הנייד הזה.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The bundle holds an operation this version does not know ({op}).</source>
        <translation>החבילה מכילה פעולה שגרסה זו אינה מכירה (⁨{op}⁩).</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/store/repository.py" line="+57"/>
        <source>There is no record with id {id} ({kind}).</source>
        <translation>אין רשומה עם המזהה ⁨{id}⁩ (⁨{kind}⁩).</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>No cycle with id {id}.</source>
        <translation>אין מחזור עם המזהה ⁨{id}⁩.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cycle is finished. Reopen it (with a reason) to change it.</source>
        <translation>מחזור זה הסתיים. כדי לשנות אותו יש לפתוח אותו מחדש (עם סיבה).</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Say why the cycle is reopened; the reason is kept in its log.</source>
        <translation>ציינו מדוע המחזור נפתח מחדש; הסיבה נשמרת ביומן שלו.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>“{count}” is not a count of people.</source>
        <translation>”⁨{count}⁩“ אינו מספר אנשים.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../scorecard_app/core/entities.py" line="+18"/>
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
        <location line="+42"/>
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
