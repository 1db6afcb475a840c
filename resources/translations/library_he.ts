<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>Library</name>
    <message>
        <source>Waiting time before being seen</source>
        <translation>זמן ההמתנה עד לקבלת טיפול</translation>
    </message>
    <message>
        <source>Staff treat patients with respect</source>
        <translation>הצוות מתייחס למטופלים בכבוד</translation>
    </message>
    <message>
        <source>Medicines available when needed</source>
        <translation>תרופות זמינות בעת הצורך</translation>
    </message>
    <message>
        <source>Health centre open at the posted hours</source>
        <translation>מרכז הבריאות פתוח בשעות המפורסמות</translation>
    </message>
    <message>
        <source>Cleanliness of the health centre</source>
        <translation>ניקיון מרכז הבריאות</translation>
    </message>
    <message>
        <source>Clean water and working toilets</source>
        <translation>מים נקיים ושירותים תקינים</translation>
    </message>
    <message>
        <source>Fees are posted and no informal payments</source>
        <translation>התעריפים מפורסמים ואין תשלומים לא רשמיים</translation>
    </message>
    <message>
        <source>Privacy during consultation</source>
        <translation>פרטיות במהלך הבדיקה</translation>
    </message>
    <message>
        <source>Safe delivery services for mothers</source>
        <translation>שירותי לידה בטוחה לאימהות</translation>
    </message>
    <message>
        <source>Vaccination services for children</source>
        <translation>שירותי חיסון לילדים</translation>
    </message>
    <message>
        <source>Referral and ambulance when needed</source>
        <translation>הפניה ואמבולנס בעת הצורך</translation>
    </message>
    <message>
        <source>Staff explain illness and treatment clearly</source>
        <translation>הצוות מסביר בבירור את המחלה ואת הטיפול</translation>
    </message>
    <message>
        <source>Access for people with disabilities</source>
        <translation>נגישות לאנשים עם מוגבלויות</translation>
    </message>
    <message>
        <source>Teachers present and on time</source>
        <translation>המורים נוכחים ומגיעים בזמן</translation>
    </message>
    <message>
        <source>Enough textbooks for every pupil</source>
        <translation>די ספרי לימוד לכל תלמיד</translation>
    </message>
    <message>
        <source>Safe and clean classrooms</source>
        <translation>כיתות בטוחות ונקיות</translation>
    </message>
    <message>
        <source>Separate toilets for girls and boys</source>
        <translation>שירותים נפרדים לבנות ולבנים</translation>
    </message>
    <message>
        <source>Drinking water at school</source>
        <translation>מי שתייה בבית הספר</translation>
    </message>
    <message>
        <source>No corporal punishment</source>
        <translation>אין ענישה גופנית</translation>
    </message>
    <message>
        <source>Parents informed about pupils&apos; progress</source>
        <translation>ההורים מקבלים מידע על התקדמות התלמידים</translation>
    </message>
    <message>
        <source>School meals served regularly</source>
        <translation>ארוחות בית הספר מוגשות באופן סדיר</translation>
    </message>
    <message>
        <source>No informal fees asked of parents</source>
        <translation>לא נדרשים מההורים תשלומים לא רשמיים</translation>
    </message>
    <message>
        <source>School management committee meets and reports</source>
        <translation>ועדת ההנהלה של בית הספר מתכנסת ומדווחת</translation>
    </message>
    <message>
        <source>Children with disabilities can attend</source>
        <translation>ילדים עם מוגבלויות יכולים ללמוד בבית הספר</translation>
    </message>
    <message>
        <source>Pupils learn to read in early grades</source>
        <translation>התלמידים לומדים לקרוא בכיתות הנמוכות</translation>
    </message>
    <message>
        <source>Water point works most days</source>
        <translation>נקודת המים פועלת ברוב הימים</translation>
    </message>
    <message>
        <source>Water is clean and safe to drink</source>
        <translation>המים נקיים ובטוחים לשתייה</translation>
    </message>
    <message>
        <source>Waiting time at the water point</source>
        <translation>זמן ההמתנה בנקודת המים</translation>
    </message>
    <message>
        <source>Distance from home to the water point</source>
        <translation>המרחק מהבית לנקודת המים</translation>
    </message>
    <message>
        <source>Repairs done quickly after breakdown</source>
        <translation>תיקונים מתבצעים במהירות לאחר תקלה</translation>
    </message>
    <message>
        <source>Water fees are fair and accounted for</source>
        <translation>תעריפי המים הוגנים ויש דיווח על השימוש בהם</translation>
    </message>
    <message>
        <source>Water committee meets and reports</source>
        <translation>ועדת המים מתכנסת ומדווחת</translation>
    </message>
    <message>
        <source>Women are members of the water committee</source>
        <translation>נשים חברות בוועדת המים</translation>
    </message>
    <message>
        <source>Area around the water point kept clean</source>
        <translation>הסביבה של נקודת המים נשמרת נקייה</translation>
    </message>
    <message>
        <source>Safe access for children, elderly and disabled</source>
        <translation>גישה בטוחה לילדים, לקשישים ולאנשים עם מוגבלויות</translation>
    </message>
    <message>
        <source>Enough water in the dry season</source>
        <translation>די מים בעונה היבשה</translation>
    </message>
    <message>
        <source>Office open at the posted hours</source>
        <translation>המשרד פתוח בשעות המפורסמות</translation>
    </message>
    <message>
        <source>Staff treat citizens with respect</source>
        <translation>הצוות מתייחס לאזרחים בכבוד</translation>
    </message>
    <message>
        <source>Fees for documents are posted and respected</source>
        <translation>האגרות על מסמכים מפורסמות ונשמרות</translation>
    </message>
    <message>
        <source>Documents issued within the promised time</source>
        <translation>מסמכים מונפקים בתוך הזמן שהובטח</translation>
    </message>
    <message>
        <source>Budget and plans shown to citizens</source>
        <translation>התקציב והתוכניות מוצגים לאזרחים</translation>
    </message>
    <message>
        <source>Citizens consulted on the investment plan</source>
        <translation>מתייעצים עם האזרחים על תוכנית ההשקעות</translation>
    </message>
    <message>
        <source>Complaints are received and answered</source>
        <translation>תלונות מתקבלות ונענות</translation>
    </message>
    <message>
        <source>Information posted in the local language</source>
        <translation>המידע מפורסם בשפה המקומית</translation>
    </message>
    <message>
        <source>Roads and bridges maintained</source>
        <translation>כבישים וגשרים מתוחזקים</translation>
    </message>
    <message>
        <source>Women take part in commune meetings</source>
        <translation>נשים משתתפות באסיפות הקהילה</translation>
    </message>
    <message>
        <source>No informal payments asked</source>
        <translation>לא נדרשים תשלומים לא רשמיים</translation>
    </message>
</context>
</TS>
