<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>Dashboard</name>
    <message>
        <source>(no label)</source>
        <translation>(ללא תווית)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ללא שם)</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(לא צוין איש)</translation>
    </message>
    <message>
        <source>A band says whether a score is on track. Thresholds are on 0–100 (a score of 4 on the 1–5 scale is 75). When high is good, a score at or above the upper threshold is on track and one below the lower threshold is not; when low is good, the other way round.</source>
        <translation>רצועה אומרת אם ציון עומד ביעד. הספים הם בסולם 0–100 (ציון 4 בסולם 1–5 הוא 75). כשגבוה הוא טוב, ציון שווה לסף העליון או מעליו עומד ביעד וציון מתחת לסף התחתון אינו עומד; כשנמוך הוא טוב, להפך.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>גישה</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Action id</source>
        <translation>מזהה פעולה</translation>
    </message>
    <message>
        <source>Action id (from a cycle&apos;s page)</source>
        <translation>מזהה פעולה (מדף המחזור)</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>מעקב פעולות</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>פעולות</translation>
    </message>
    <message>
        <source>Add the user</source>
        <translation>הוספת המשתמש</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>ניהול</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>ניהול</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>מנהל מערכת</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>מול התוכנית</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>קבוצת גיל</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>כל המוסדות</translation>
    </message>
    <message>
        <source>All indicators (average)</source>
        <translation>כל המדדים (ממוצע)</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>כל התחומים</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>כל השנים</translation>
    </message>
    <message>
        <source>An indicator library needs a “sectors” object.</source>
        <translation>ספריית מדדים צריכה אובייקט „sectors”.</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>אנליסט</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>החלת מסננים</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>יומן ביקורת</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>ממוצע</translation>
    </message>
    <message>
        <source>Average (0–100)</source>
        <translation>ממוצע (0–100)</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>חזרה ללוח הבקרה</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>רצועה</translation>
    </message>
    <message>
        <source>Band saved.</source>
        <translation>הרצועה נשמרה.</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>רצועות</translation>
    </message>
    <message>
        <source>Bands per indicator</source>
        <translation>רצועות לפי מדד</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>פילוח</translation>
    </message>
    <message>
        <source>By group type, gender and age band</source>
        <translation>לפי סוג קבוצה, מגדר וקבוצת גיל</translation>
    </message>
    <message>
        <source>By institution</source>
        <translation>לפי גוף</translation>
    </message>
    <message>
        <source>By responsible person</source>
        <translation>לפי האחראי</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>החלפה</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>החלפת סיסמה</translation>
    </message>
    <message>
        <source>Change since last round</source>
        <translation>שינוי מאז הסבב הקודם</translation>
    </message>
    <message>
        <source>Change the bands</source>
        <translation>שינוי הרצועות</translation>
    </message>
    <message>
        <source>Changes refused and kept aside</source>
        <translation>שינויים שנדחו ונשמרו בצד</translation>
    </message>
    <message>
        <source>Choose one of the licences offered.</source>
        <translation>בחרו באחד מהרישיונות המוצעים.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>קהילה</translation>
    </message>
    <message>
        <source>Community (0–100)</source>
        <translation>קהילה (0–100)</translation>
    </message>
    <message>
        <source>Community and service providers</source>
        <translation>הקהילה ונותני השירות</translation>
    </message>
    <message>
        <source>Community and service-provider scores and the gap between them, round by round, on 0–100 (median over the cycles of each round).</source>
        <translation>ציוני הקהילה ונותני השירות והפער ביניהם, סבב אחר סבב, בסולם 0–100 (חציון המחזורים בכל סבב).</translation>
    </message>
    <message>
        <source>Community scorecard results</source>
        <translation>תוצאות כרטיס הציונים של הקהילה</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>הושלם</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>שיעור השלמה</translation>
    </message>
    <message>
        <source>Completion rate per round</source>
        <translation>שיעור השלמה לפי סבב</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>התנגשויות לטיפול</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>הסיסמה הנוכחית</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>מחזורים</translation>
    </message>
    <message>
        <source>Cycles still running, by the stage they reached against their planned dates. Late cycles come first.</source>
        <translation>מחזורים שעדיין פעילים, לפי השלב שאליו הגיעו מול התאריכים המתוכננים. מחזורים באיחור מופיעים ראשונים.</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>ימי איחור</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>מכשיר</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>מכשירים</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <source>Down {n} since the previous round</source>
        <translation>ירד ב־{n} מאז הסבב הקודם</translation>
    </message>
    <message>
        <source>Download CSV</source>
        <translation>הורדת CSV</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>מועד יעד</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>כתובת דוא״ל</translation>
    </message>
    <message>
        <source>Each facility&apos;s latest round: the community&apos;s score for each indicator, as a number, a word and a band, with an arrow for the change since the previous round. Averages are on a 0–100 scale so different scales compare.</source>
        <translation>הסבב האחרון של כל מוסד: ציון הקהילה לכל מדד, כמספר, כמילה וכרצועה, עם חץ לשינוי מאז הסבב הקודם. הממוצעים בסולם 0–100 כדי שסולמות שונים יהיו ברי השוואה.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>נרשם</translation>
    </message>
    <message>
        <source>Enrolment codes</source>
        <translation>קודי רישום</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>הועבר לדרג גבוה</translation>
    </message>
    <message>
        <source>Every other indicator</source>
        <translation>כל מדד אחר</translation>
    </message>
    <message>
        <source>Everywhere I may see</source>
        <translation>כל מה שמותר לי לראות</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>מוסדות</translation>
    </message>
    <message>
        <source>Facilities (JSON list of id, name, sector, code)</source>
        <translation>מוסדות (רשימת JSON של id, name, sector, code)</translation>
    </message>
    <message>
        <source>Facilities and their latest cycle</source>
        <translation>המוסדות והמחזור האחרון שלהם</translation>
    </message>
    <message>
        <source>Facilities must be a JSON list of {id, name, sector, code}.</source>
        <translation>המוסדות חייבים להיות רשימת JSON של {id, name, sector, code}.</translation>
    </message>
    <message>
        <source>Facilities published.</source>
        <translation>המוסדות פורסמו.</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>מוסד</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>שדה</translation>
    </message>
    <message>
        <source>Files waiting</source>
        <translation>קבצים ממתינים</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>מסננים</translation>
    </message>
    <message>
        <source>First password (at least 10 characters)</source>
        <translation>סיסמה ראשונה (10 תווים לפחות)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>עבור</translation>
    </message>
    <message>
        <source>For whom or which laptop</source>
        <translation>עבור מי או לאיזה מחשב נייד</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>פער</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>מגדר</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>קבוצה</translation>
    </message>
    <message>
        <source>Group type</source>
        <translation>סוג קבוצה</translation>
    </message>
    <message>
        <source>Head office has</source>
        <translation>במטה רשום</translation>
    </message>
    <message>
        <source>Head-office users</source>
        <translation>משתמשי המטה</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>התקיים ב־</translation>
    </message>
    <message>
        <source>High is good</source>
        <translation>גבוה הוא טוב</translation>
    </message>
    <message>
        <source>How many people took part, by group type, gender and age band, and how each scored (median over cycles, 0–100). Figures about fewer than 5 people are not shown, so nobody can be recognised.</source>
        <translation>כמה אנשים השתתפו, לפי סוג קבוצה, מגדר וקבוצת גיל, ואיזה ציון נתן כל אחד (חציון על פני מחזורים, 0–100). נתונים על פחות מ־5 אנשים אינם מוצגים, כדי שאיש לא יזוהה.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>מדד</translation>
    </message>
    <message>
        <source>Indicator library (JSON like the app&apos;s indicators.json)</source>
        <translation>ספריית מדדים (JSON כמו indicators.json של היישום)</translation>
    </message>
    <message>
        <source>Indicator library published.</source>
        <translation>ספריית המדדים פורסמה.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>מדדים</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>גוף</translation>
    </message>
    <message>
        <source>Interface meeting: community and provider</source>
        <translation>מפגש ממשק: הקהילה ונותן השירות</translation>
    </message>
    <message>
        <source>Joint action plan</source>
        <translation>תוכנית פעולה משותפת</translation>
    </message>
    <message>
        <source>Joint action plans: open, overdue and escalated actions by institution and by responsible person, and how many were completed in each round.</source>
        <translation>תוכניות פעולה משותפות: פעולות פתוחות, באיחור ומועברות לדרג גבוה לפי גוף ולפי אחראי, וכמה הושלמו בכל סבב.</translation>
    </message>
    <message>
        <source>Keep head office&apos;s values</source>
        <translation>השארת הערכים של המטה</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>תווית</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>מחשב נייד</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>נראה לאחרונה</translation>
    </message>
    <message>
        <source>Latest round</source>
        <translation>הסבב האחרון</translation>
    </message>
    <message>
        <source>League table</source>
        <translation>טבלת דירוג</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>רישיון</translation>
    </message>
    <message>
        <source>Limited to a location (optional)</source>
        <translation>מוגבל למיקום (רשות)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <source>Lower threshold</source>
        <translation>סף תחתון</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>נוצר</translation>
    </message>
    <message>
        <source>Make a code</source>
        <translation>יצירת קוד</translation>
    </message>
    <message>
        <source>Make the package public</source>
        <translation>הפיכת החבילה לציבורית</translation>
    </message>
    <message>
        <source>Mean (0–100)</source>
        <translation>ממוצע חשבוני (0–100)</translation>
    </message>
    <message>
        <source>Median (0–100)</source>
        <translation>חציון (0–100)</translation>
    </message>
    <message>
        <source>Median and mean of the community&apos;s scores (0–100) over each place&apos;s latest cycles, with the number of cycles behind each figure. Open a place to go one level down, down to its facilities.</source>
        <translation>חציון וממוצע של ציוני הקהילה (0–100) על פני המחזורים האחרונים של כל מקום, עם מספר המחזורים מאחורי כל נתון. פתחו מקום כדי לרדת רמה אחת, עד למוסדות.</translation>
    </message>
    <message>
        <source>Median score (0–100)</source>
        <translation>ציון חציוני (0–100)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>אף פעם</translation>
    </message>
    <message>
        <source>New enrolment code</source>
        <translation>קוד רישום חדש</translation>
    </message>
    <message>
        <source>New password (at least 10 characters)</source>
        <translation>סיסמה חדשה (10 תווים לפחות)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>הסיסמה החדשה שוב</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>השלב הבא</translation>
    </message>
    <message>
        <source>No</source>
        <translation>לא</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>אין עדיין פעולות.</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>אין התנגשויות לטיפול.</translation>
    </message>
    <message>
        <source>No cycles match these filters yet.</source>
        <translation>עדיין אין מחזורים שמתאימים למסננים האלה.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>אין נתונים</translation>
    </message>
    <message>
        <source>No laptop is enrolled yet.</source>
        <translation>עדיין לא נרשם אף מחשב נייד.</translation>
    </message>
    <message>
        <source>No planned date</source>
        <translation>אין תאריך מתוכנן</translation>
    </message>
    <message>
        <source>No previous round</source>
        <translation>אין סבב קודם</translation>
    </message>
    <message>
        <source>No running cycles match these filters.</source>
        <translation>אין מחזורים פעילים שמתאימים למסננים האלה.</translation>
    </message>
    <message>
        <source>Not on track</source>
        <translation>לא עומד ביעד</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>לא אפשרי</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>לא נרשם</translation>
    </message>
    <message>
        <source>Not shown: fewer than 5 people</source>
        <translation>לא מוצג: פחות מ־5 אנשים</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>עדיין לא</translation>
    </message>
    <message>
        <source>Note published; laptops get it on their next sync.</source>
        <translation>ההערה פורסמה; המחשבים הניידים יקבלו אותה בסנכרון הבא.</translation>
    </message>
    <message>
        <source>Note to the laptops</source>
        <translation>הערה למחשבים הניידים</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>אין דבר באיחור.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>על</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>בזמן</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>עומד ביעד</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>רק מנהל מערכת רשאי לעשות זאת.</translation>
    </message>
    <message>
        <source>Only an administrator or an analyst may change bands.</source>
        <translation>רק מנהל מערכת או אנליסט רשאים לשנות רצועות.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתוחות</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>נתונים פתוחים</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>באיחור</translation>
    </message>
    <message>
        <source>Overdue and escalated actions</source>
        <translation>פעולות באיחור ופעולות שהועברו לדרג גבוה</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>עמודים</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <source>Password changed. Other sessions were signed out.</source>
        <translation>הסיסמה הוחלפה. שאר ההפעלות נותקו.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>People in community groups</source>
        <translation>אנשים בקבוצות הקהילה</translation>
    </message>
    <message>
        <source>People in community groups: {n}</source>
        <translation>אנשים בקבוצות הקהילה: {n}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>מקום</translation>
    </message>
    <message>
        <source>Places at level {n}</source>
        <translation>מקומות ברמה {n}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>מתוכנן</translation>
    </message>
    <message>
        <source>Practice (training) cycles are never counted.</source>
        <translation>מחזורי תרגול (הדרכה) לעולם אינם נספרים.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>הדפסה</translation>
    </message>
    <message>
        <source>Printables</source>
        <translation>להדפסה</translation>
    </message>
    <message>
        <source>Progress, more effort required</source>
        <translation>יש התקדמות, נדרש מאמץ נוסף</translation>
    </message>
    <message>
        <source>Providers (0–100)</source>
        <translation>נותני השירות (0–100)</translation>
    </message>
    <message>
        <source>Publish facilities</source>
        <translation>פרסום מוסדות</translation>
    </message>
    <message>
        <source>Publish the library</source>
        <translation>פרסום הספרייה</translation>
    </message>
    <message>
        <source>Publish the note</source>
        <translation>פרסום ההערה</translation>
    </message>
    <message>
        <source>Publish to laptops</source>
        <translation>פרסום למחשבים הניידים</translation>
    </message>
    <message>
        <source>QR code of the enrolment link</source>
        <translation>קוד QR של קישור הרישום</translation>
    </message>
    <message>
        <source>Rebuild the public package</source>
        <translation>בנייה מחדש של החבילה הציבורית</translation>
    </message>
    <message>
        <source>Report for the service provider</source>
        <translation>דוח לנותן השירות</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>אחראי</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>תוצאות</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>שלילת גישה</translation>
    </message>
    <message>
        <source>Revoke this laptop? Its next request will be refused.</source>
        <translation>לשלול את הגישה של המחשב הנייד הזה? הבקשה הבאה שלו תידחה.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>הגישה נשללה</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>סיכום</translation>
    </message>
    <message>
        <source>Roll-up by location</source>
        <translation>סיכום לפי מיקום</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>סבב</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>סבב {n}</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>סבבים</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ציון</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>ציון (0–100)</translation>
    </message>
    <message>
        <source>Scorecard head office</source>
        <translation>המטה של Scorecard</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>תחום</translation>
    </message>
    <message>
        <source>Sees</source>
        <translation>רואה</translation>
    </message>
    <message>
        <source>Service providers</source>
        <translation>נותני השירות</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>הצגה</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>כניסה</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>דילוג לתוכן</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>השלב שהושג</translation>
    </message>
    <message>
        <source>Stage tracker</source>
        <translation>מעקב שלבים</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>הפסקת הפרסום</translation>
    </message>
    <message>
        <source>Take the laptop&apos;s values</source>
        <translation>קבלת הערכים של המחשב הנייד</translation>
    </message>
    <message>
        <source>The conflict was settled. Laptops get the outcome on their next sync.</source>
        <translation>ההתנגשות יושבה. המחשבים הניידים יקבלו את התוצאה בסנכרון הבא.</translation>
    </message>
    <message>
        <source>The device was revoked. Its next request will be refused.</source>
        <translation>הגישה של המכשיר נשללה. הבקשה הבאה שלו תידחה.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>כתובת הדוא״ל או הסיסמה אינן נכונות.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>הקובץ אינו JSON תקין.</translation>
    </message>
    <message>
        <source>The laptop sent</source>
        <translation>המחשב הנייד שלח</translation>
    </message>
    <message>
        <source>The open-data package is no longer public.</source>
        <translation>חבילת הנתונים הפתוחים אינה ציבורית עוד.</translation>
    </message>
    <message>
        <source>The open-data package is public and was rebuilt.</source>
        <translation>חבילת הנתונים הפתוחים ציבורית ונבנתה מחדש.</translation>
    </message>
    <message>
        <source>The package is not public. Publishing serves it to anyone at /open-data, without a login: results only, no names, groups under 5 people hidden.</source>
        <translation>החבילה אינה ציבורית. פרסום מגיש אותה לכל אחד בכתובת ‎/open-data ללא כניסה: תוצאות בלבד, ללא שמות, קבוצות של פחות מ־5 אנשים מוסתרות.</translation>
    </message>
    <message>
        <source>The package is public under {licence}; last built {when} with {n} cycles.</source>
        <translation>החבילה ציבורית ברישיון {licence}; נבנתה לאחרונה ב־{when} עם {n} מחזורים.</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>הסיסמה צריכה לפחות 10 תווים.</translation>
    </message>
    <message>
        <source>The same figures as the community summary printed on the laptop: the community&apos;s score is the median of its groups&apos; scores; the gap is community minus providers.</source>
        <translation>אותם נתונים כמו בסיכום לקהילה שהודפס במחשב הנייד: ציון הקהילה הוא חציון ציוני הקבוצות שלה; הפער הוא הקהילה פחות נותני השירות.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>שתי הסיסמאות החדשות שונות.</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>כל הארגון</translation>
    </message>
    <message>
        <source>There is no such action in your organisation.</source>
        <translation>אין פעולה כזו בארגון שלך.</translation>
    </message>
    <message>
        <source>There is no such conflict in your organisation.</source>
        <translation>אין התנגשות כזו בארגון שלך.</translation>
    </message>
    <message>
        <source>There is no such device in your organisation.</source>
        <translation>אין מכשיר כזה בארגון שלך.</translation>
    </message>
    <message>
        <source>There is no such printable.</source>
        <translation>אין מסמך הדפסה כזה.</translation>
    </message>
    <message>
        <source>There is no such sector.</source>
        <translation>אין תחום כזה.</translation>
    </message>
    <message>
        <source>This cycle does not exist or is outside the part of the organisation you see.</source>
        <translation>המחזור הזה אינו קיים או שהוא מחוץ לחלק בארגון שאתם רואים.</translation>
    </message>
    <message>
        <source>This form has expired. Open the page again and retry.</source>
        <translation>הטופס הזה פג תוקף. פתחו את הדף שוב ונסו שנית.</translation>
    </message>
    <message>
        <source>This place is outside the part of the organisation you see.</source>
        <translation>המקום הזה מחוץ לחלק בארגון שאתם רואים.</translation>
    </message>
    <message>
        <source>Thresholds are numbers from 0 to 100, the lower first.</source>
        <translation>הספים הם מספרים מ־0 עד 100, התחתון קודם.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait 15 minutes and try again.</source>
        <translation>יותר מדי ניסיונות כניסה שנכשלו. המתינו 15 דקות ונסו שוב.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>מגמה</translation>
    </message>
    <message>
        <source>Trend across rounds (0–100)</source>
        <translation>מגמה לאורך הסבבים (0–100)</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>מגמות</translation>
    </message>
    <message>
        <source>Trends across rounds</source>
        <translation>מגמות לאורך הסבבים</translation>
    </message>
    <message>
        <source>Type this code on the laptop, or scan the QR code. It works once, until {when} UTC.</source>
        <translation>הקלידו את הקוד הזה במחשב הנייד או סרקו את קוד ה־QR. הוא פועל פעם אחת, עד {when} UTC.</translation>
    </message>
    <message>
        <source>Unchanged since the previous round</source>
        <translation>ללא שינוי מאז הסבב הקודם</translation>
    </message>
    <message>
        <source>Up {n} since the previous round</source>
        <translation>עלה ב־{n} מאז הסבב הקודם</translation>
    </message>
    <message>
        <source>Upper threshold</source>
        <translation>סף עליון</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>נוצל</translation>
    </message>
    <message>
        <source>User added.</source>
        <translation>המשתמש נוסף.</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>בתוקף עד</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>צופה</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>תצוגות</translation>
    </message>
    <message>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>היכן אתם נמצאים</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <source>Who spoke</source>
        <translation>מי דיבר</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>מילה</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>באיחור של {n} ימים</translation>
    </message>
    <message>
        <source>{n} facilities</source>
        <translation>{n} מוסדות</translation>
    </message>
    <message>
        <source>{s} means fewer than 5 people: not shown, so nobody can be recognised.</source>
        <translation>{s} פירושו פחות מ־5 אנשים: לא מוצג, כדי שאיש לא יזוהה.</translation>
    </message>
</context>
</TS>
