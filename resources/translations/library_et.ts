<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Library</name>
    <message>
        <source>Waiting time before being seen</source>
        <translation>Ooteaeg enne vastuvõttu</translation>
    </message>
    <message>
        <source>Staff treat patients with respect</source>
        <translation>Töötajad kohtlevad patsiente lugupidavalt</translation>
    </message>
    <message>
        <source>Medicines available when needed</source>
        <translation>Ravimid on vajadusel saadaval</translation>
    </message>
    <message>
        <source>Health centre open at the posted hours</source>
        <translation>Tervisekeskus on avatud väljapandud aegadel</translation>
    </message>
    <message>
        <source>Cleanliness of the health centre</source>
        <translation>Tervisekeskuse puhtus</translation>
    </message>
    <message>
        <source>Clean water and working toilets</source>
        <translation>Puhas vesi ja töökorras tualetid</translation>
    </message>
    <message>
        <source>Fees are posted and no informal payments</source>
        <translation>Tasud on välja pandud ja mitteametlikke makseid ei nõuta</translation>
    </message>
    <message>
        <source>Privacy during consultation</source>
        <translation>Privaatsus vastuvõtu ajal</translation>
    </message>
    <message>
        <source>Safe delivery services for mothers</source>
        <translation>Ohutu sünnitusabi emadele</translation>
    </message>
    <message>
        <source>Vaccination services for children</source>
        <translation>Laste vaktsineerimine</translation>
    </message>
    <message>
        <source>Referral and ambulance when needed</source>
        <translation>Suunamine ja kiirabi vajaduse korral</translation>
    </message>
    <message>
        <source>Staff explain illness and treatment clearly</source>
        <translation>Töötajad selgitavad haigust ja ravi arusaadavalt</translation>
    </message>
    <message>
        <source>Access for people with disabilities</source>
        <translation>Ligipääs puuetega inimestele</translation>
    </message>
    <message>
        <source>Teachers present and on time</source>
        <translation>Õpetajad on kohal ja õigel ajal</translation>
    </message>
    <message>
        <source>Enough textbooks for every pupil</source>
        <translation>Piisavalt õpikuid igale õpilasele</translation>
    </message>
    <message>
        <source>Safe and clean classrooms</source>
        <translation>Ohutud ja puhtad klassiruumid</translation>
    </message>
    <message>
        <source>Separate toilets for girls and boys</source>
        <translation>Eraldi tualetid tüdrukutele ja poistele</translation>
    </message>
    <message>
        <source>Drinking water at school</source>
        <translation>Joogivesi koolis</translation>
    </message>
    <message>
        <source>No corporal punishment</source>
        <translation>Kehalist karistamist ei kasutata</translation>
    </message>
    <message>
        <source>Parents informed about pupils&apos; progress</source>
        <translation>Vanemaid teavitatakse õpilaste edusammudest</translation>
    </message>
    <message>
        <source>School meals served regularly</source>
        <translation>Koolitoitu pakutakse regulaarselt</translation>
    </message>
    <message>
        <source>No informal fees asked of parents</source>
        <translation>Vanematelt ei nõuta mitteametlikke tasusid</translation>
    </message>
    <message>
        <source>School management committee meets and reports</source>
        <translation>Kooli hoolekogu koguneb ja annab aru</translation>
    </message>
    <message>
        <source>Children with disabilities can attend</source>
        <translation>Puudega lapsed saavad kooli käia</translation>
    </message>
    <message>
        <source>Pupils learn to read in early grades</source>
        <translation>Õpilased õpivad algklassides lugema</translation>
    </message>
    <message>
        <source>Water point works most days</source>
        <translation>Veevõtukoht töötab enamikul päevadel</translation>
    </message>
    <message>
        <source>Water is clean and safe to drink</source>
        <translation>Vesi on puhas ja joogiks ohutu</translation>
    </message>
    <message>
        <source>Waiting time at the water point</source>
        <translation>Ooteaeg veevõtukohas</translation>
    </message>
    <message>
        <source>Distance from home to the water point</source>
        <translation>Kaugus kodust veevõtukohani</translation>
    </message>
    <message>
        <source>Repairs done quickly after breakdown</source>
        <translation>Rikked parandatakse kiiresti</translation>
    </message>
    <message>
        <source>Water fees are fair and accounted for</source>
        <translation>Veetasud on õiglased ja nende kasutamise kohta antakse aru</translation>
    </message>
    <message>
        <source>Water committee meets and reports</source>
        <translation>Veekomitee koguneb ja annab aru</translation>
    </message>
    <message>
        <source>Women are members of the water committee</source>
        <translation>Naised on veekomitee liikmed</translation>
    </message>
    <message>
        <source>Area around the water point kept clean</source>
        <translation>Veevõtukoha ümbrus hoitakse puhtana</translation>
    </message>
    <message>
        <source>Safe access for children, elderly and disabled</source>
        <translation>Ohutu ligipääs lastele, eakatele ja puuetega inimestele</translation>
    </message>
    <message>
        <source>Enough water in the dry season</source>
        <translation>Kuival aastaajal on piisavalt vett</translation>
    </message>
    <message>
        <source>Office open at the posted hours</source>
        <translation>Asutus on avatud väljapandud aegadel</translation>
    </message>
    <message>
        <source>Staff treat citizens with respect</source>
        <translation>Töötajad kohtlevad kodanikke lugupidavalt</translation>
    </message>
    <message>
        <source>Fees for documents are posted and respected</source>
        <translation>Dokumentide tasud on välja pandud ja neist peetakse kinni</translation>
    </message>
    <message>
        <source>Documents issued within the promised time</source>
        <translation>Dokumendid väljastatakse lubatud aja jooksul</translation>
    </message>
    <message>
        <source>Budget and plans shown to citizens</source>
        <translation>Eelarvet ja kavasid tutvustatakse kodanikele</translation>
    </message>
    <message>
        <source>Citizens consulted on the investment plan</source>
        <translation>Kodanikega konsulteeritakse investeerimiskava üle</translation>
    </message>
    <message>
        <source>Complaints are received and answered</source>
        <translation>Kaebused võetakse vastu ja neile vastatakse</translation>
    </message>
    <message>
        <source>Information posted in the local language</source>
        <translation>Teave on välja pandud kohalikus keeles</translation>
    </message>
    <message>
        <source>Roads and bridges maintained</source>
        <translation>Teid ja sildu hoitakse korras</translation>
    </message>
    <message>
        <source>Women take part in commune meetings</source>
        <translation>Naised osalevad kogukonna koosolekutel</translation>
    </message>
    <message>
        <source>No informal payments asked</source>
        <translation>Mitteametlikke makseid ei nõuta</translation>
    </message>
</context>
</TS>
