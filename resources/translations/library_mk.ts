<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mk_MK">
<context>
    <name>Library</name>
    <message>
        <source>Waiting time before being seen</source>
        <translation>Време на чекање пред прегледот</translation>
    </message>
    <message>
        <source>Staff treat patients with respect</source>
        <translation>Персоналот ги третира пациентите со почит</translation>
    </message>
    <message>
        <source>Medicines available when needed</source>
        <translation>Лековите се достапни кога се потребни</translation>
    </message>
    <message>
        <source>Health centre open at the posted hours</source>
        <translation>Здравствениот центар работи во објавеното работно време</translation>
    </message>
    <message>
        <source>Cleanliness of the health centre</source>
        <translation>Чистота на здравствениот центар</translation>
    </message>
    <message>
        <source>Clean water and working toilets</source>
        <translation>Чиста вода и исправни тоалети</translation>
    </message>
    <message>
        <source>Fees are posted and no informal payments</source>
        <translation>Надоместоците се објавени и нема неформални плаќања</translation>
    </message>
    <message>
        <source>Privacy during consultation</source>
        <translation>Приватност за време на прегледот</translation>
    </message>
    <message>
        <source>Safe delivery services for mothers</source>
        <translation>Безбедно породување за мајките</translation>
    </message>
    <message>
        <source>Vaccination services for children</source>
        <translation>Вакцинација на децата</translation>
    </message>
    <message>
        <source>Referral and ambulance when needed</source>
        <translation>Упатување и брза помош кога е потребно</translation>
    </message>
    <message>
        <source>Staff explain illness and treatment clearly</source>
        <translation>Персоналот јасно ги објаснува болеста и лекувањето</translation>
    </message>
    <message>
        <source>Access for people with disabilities</source>
        <translation>Пристап за лицата со попреченост</translation>
    </message>
    <message>
        <source>Teachers present and on time</source>
        <translation>Наставниците се присутни и точни</translation>
    </message>
    <message>
        <source>Enough textbooks for every pupil</source>
        <translation>Доволно учебници за секој ученик</translation>
    </message>
    <message>
        <source>Safe and clean classrooms</source>
        <translation>Безбедни и чисти училници</translation>
    </message>
    <message>
        <source>Separate toilets for girls and boys</source>
        <translation>Одделни тоалети за девојчиња и момчиња</translation>
    </message>
    <message>
        <source>Drinking water at school</source>
        <translation>Вода за пиење во училиштето</translation>
    </message>
    <message>
        <source>No corporal punishment</source>
        <translation>Нема физичко казнување</translation>
    </message>
    <message>
        <source>Parents informed about pupils&apos; progress</source>
        <translation>Родителите се информирани за напредокот на учениците</translation>
    </message>
    <message>
        <source>School meals served regularly</source>
        <translation>Училишните оброци се служат редовно</translation>
    </message>
    <message>
        <source>No informal fees asked of parents</source>
        <translation>Од родителите не се бараат неформални надоместоци</translation>
    </message>
    <message>
        <source>School management committee meets and reports</source>
        <translation>Училишниот одбор се состанува и известува</translation>
    </message>
    <message>
        <source>Children with disabilities can attend</source>
        <translation>Децата со попреченост можат да посетуваат настава</translation>
    </message>
    <message>
        <source>Pupils learn to read in early grades</source>
        <translation>Учениците учат да читаат во пониските одделенија</translation>
    </message>
    <message>
        <source>Water point works most days</source>
        <translation>Чешмата работи повеќето денови</translation>
    </message>
    <message>
        <source>Water is clean and safe to drink</source>
        <translation>Водата е чиста и безбедна за пиење</translation>
    </message>
    <message>
        <source>Waiting time at the water point</source>
        <translation>Време на чекање на чешмата</translation>
    </message>
    <message>
        <source>Distance from home to the water point</source>
        <translation>Оддалеченост од домот до чешмата</translation>
    </message>
    <message>
        <source>Repairs done quickly after breakdown</source>
        <translation>Поправките се прават брзо по дефект</translation>
    </message>
    <message>
        <source>Water fees are fair and accounted for</source>
        <translation>Надоместоците за вода се праведни и се отчетуваат</translation>
    </message>
    <message>
        <source>Water committee meets and reports</source>
        <translation>Комитетот за вода се состанува и известува</translation>
    </message>
    <message>
        <source>Women are members of the water committee</source>
        <translation>Жените се членки на комитетот за вода</translation>
    </message>
    <message>
        <source>Area around the water point kept clean</source>
        <translation>Просторот околу чешмата се одржува чист</translation>
    </message>
    <message>
        <source>Safe access for children, elderly and disabled</source>
        <translation>Безбеден пристап за децата, старите лица и лицата со попреченост</translation>
    </message>
    <message>
        <source>Enough water in the dry season</source>
        <translation>Доволно вода во сушниот период</translation>
    </message>
    <message>
        <source>Office open at the posted hours</source>
        <translation>Канцеларијата работи во објавеното работно време</translation>
    </message>
    <message>
        <source>Staff treat citizens with respect</source>
        <translation>Службениците ги третираат граѓаните со почит</translation>
    </message>
    <message>
        <source>Fees for documents are posted and respected</source>
        <translation>Таксите за документи се објавени и се почитуваат</translation>
    </message>
    <message>
        <source>Documents issued within the promised time</source>
        <translation>Документите се издаваат во ветениот рок</translation>
    </message>
    <message>
        <source>Budget and plans shown to citizens</source>
        <translation>Буџетот и плановите им се прикажуваат на граѓаните</translation>
    </message>
    <message>
        <source>Citizens consulted on the investment plan</source>
        <translation>Граѓаните се консултираат за планот за инвестиции</translation>
    </message>
    <message>
        <source>Complaints are received and answered</source>
        <translation>Поплаките се примаат и се одговара на нив</translation>
    </message>
    <message>
        <source>Information posted in the local language</source>
        <translation>Информациите се објавени на локалниот јазик</translation>
    </message>
    <message>
        <source>Roads and bridges maintained</source>
        <translation>Патиштата и мостовите се одржуваат</translation>
    </message>
    <message>
        <source>Women take part in commune meetings</source>
        <translation>Жените учествуваат на средбите во општината</translation>
    </message>
    <message>
        <source>No informal payments asked</source>
        <translation>Не се бараат неформални плаќања</translation>
    </message>
</context>
</TS>
