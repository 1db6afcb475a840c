<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mk_MK">
<context>
    <name>Dashboard</name>
    <message>
        <source>(no label)</source>
        <translation>(без ознака)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без име)</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(никој не е наведен)</translation>
    </message>
    <message>
        <source>A band says whether a score is on track. Thresholds are on 0–100 (a score of 4 on the 1–5 scale is 75). When high is good, a score at or above the upper threshold is on track and one below the lower threshold is not; when low is good, the other way round.</source>
        <translation>Појасот кажува дали оценката е на вистинскиот пат. Праговите се на скала 0–100 (оценка 4 на скалата 1–5 е 75). Кога високото е добро, оценка еднаква или над горниот праг е на вистинскиот пат, а под долниот праг не е; кога ниското е добро, обратно.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Пристап</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Активност</translation>
    </message>
    <message>
        <source>Action id</source>
        <translation>Ознака на активноста</translation>
    </message>
    <message>
        <source>Action id (from a cycle&apos;s page)</source>
        <translation>Ознака на активноста (од страницата на циклусот)</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>Следење на активностите</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Активности</translation>
    </message>
    <message>
        <source>Add the user</source>
        <translation>Додај корисник</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Администрација</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрација</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>Во однос на планот</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Старосна група</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Сите установи</translation>
    </message>
    <message>
        <source>All indicators (average)</source>
        <translation>Сите индикатори (просек)</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Сите сектори</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Сите години</translation>
    </message>
    <message>
        <source>An indicator library needs a “sectors” object.</source>
        <translation>Библиотеката на индикатори треба да има објект „sectors“.</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Аналитичар</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Примени филтри</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Дневник на ревизија</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Просек</translation>
    </message>
    <message>
        <source>Average (0–100)</source>
        <translation>Просек (0–100)</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Назад кон контролната табла</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Појас</translation>
    </message>
    <message>
        <source>Band saved.</source>
        <translation>Појасот е зачуван.</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Појаси</translation>
    </message>
    <message>
        <source>Bands per indicator</source>
        <translation>Појаси по индикатор</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Распределба</translation>
    </message>
    <message>
        <source>By group type, gender and age band</source>
        <translation>По вид група, пол и старосна група</translation>
    </message>
    <message>
        <source>By institution</source>
        <translation>По институција</translation>
    </message>
    <message>
        <source>By responsible person</source>
        <translation>По одговорно лице</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Промени</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Промени лозинка</translation>
    </message>
    <message>
        <source>Change since last round</source>
        <translation>Промена од претходниот круг</translation>
    </message>
    <message>
        <source>Change the bands</source>
        <translation>Промени ги појасите</translation>
    </message>
    <message>
        <source>Changes refused and kept aside</source>
        <translation>Одбиени промени, чувани настрана</translation>
    </message>
    <message>
        <source>Choose one of the licences offered.</source>
        <translation>Изберете една од понудените лиценци.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Заедница</translation>
    </message>
    <message>
        <source>Community (0–100)</source>
        <translation>Заедница (0–100)</translation>
    </message>
    <message>
        <source>Community and service providers</source>
        <translation>Заедница и даватели на услуги</translation>
    </message>
    <message>
        <source>Community and service-provider scores and the gap between them, round by round, on 0–100 (median over the cycles of each round).</source>
        <translation>Оценките на заедницата и на давателите на услуги и разликата меѓу нив, круг по круг, на скала 0–100 (медијана на циклусите во секој круг).</translation>
    </message>
    <message>
        <source>Community scorecard results</source>
        <translation>Резултати од оценувањето на заедницата</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завршен</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Стапка на завршување</translation>
    </message>
    <message>
        <source>Completion rate per round</source>
        <translation>Стапка на завршување по круг</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Судири за решавање</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Сегашна лозинка</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Циклуси</translation>
    </message>
    <message>
        <source>Cycles still running, by the stage they reached against their planned dates. Late cycles come first.</source>
        <translation>Циклуси што сè уште траат, според фазата до која стигнале во однос на планираните датуми. Доцнењата се први.</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Денови доцнење</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Уред</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Уреди</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завршено</translation>
    </message>
    <message>
        <source>Down {n} since the previous round</source>
        <translation>Падна за {n} од претходниот круг</translation>
    </message>
    <message>
        <source>Download CSV</source>
        <translation>Преземи CSV</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Рок</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Е-пошта</translation>
    </message>
    <message>
        <source>Each facility&apos;s latest round: the community&apos;s score for each indicator, as a number, a word and a band, with an arrow for the change since the previous round. Averages are on a 0–100 scale so different scales compare.</source>
        <translation>Последниот круг на секоја установа: оценката на заедницата за секој индикатор како број, збор и појас, со стрелка за промената од претходниот круг. Просеците се на скала 0–100 за да се споредуваат различни скали.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Регистриран</translation>
    </message>
    <message>
        <source>Enrolment codes</source>
        <translation>Кодови за регистрација</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Ескалирано</translation>
    </message>
    <message>
        <source>Every other indicator</source>
        <translation>Секој друг индикатор</translation>
    </message>
    <message>
        <source>Everywhere I may see</source>
        <translation>Секаде каде што смеам да гледам</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Установи</translation>
    </message>
    <message>
        <source>Facilities (JSON list of id, name, sector, code)</source>
        <translation>Установи (JSON листа со id, name, sector, code)</translation>
    </message>
    <message>
        <source>Facilities and their latest cycle</source>
        <translation>Установите и нивниот последен циклус</translation>
    </message>
    <message>
        <source>Facilities must be a JSON list of {id, name, sector, code}.</source>
        <translation>Установите мора да бидат JSON листа од {id, name, sector, code}.</translation>
    </message>
    <message>
        <source>Facilities published.</source>
        <translation>Установите се објавени.</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Files waiting</source>
        <translation>Датотеки што чекаат</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Филтри</translation>
    </message>
    <message>
        <source>First password (at least 10 characters)</source>
        <translation>Прва лозинка (најмалку 10 знаци)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <source>For whom or which laptop</source>
        <translation>За кого или за кој лаптоп</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Разлика</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Group type</source>
        <translation>Вид група</translation>
    </message>
    <message>
        <source>Head office has</source>
        <translation>Централата има</translation>
    </message>
    <message>
        <source>Head-office users</source>
        <translation>Корисници во централата</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Одржано на</translation>
    </message>
    <message>
        <source>High is good</source>
        <translation>Високото е добро</translation>
    </message>
    <message>
        <source>How many people took part, by group type, gender and age band, and how each scored (median over cycles, 0–100). Figures about fewer than 5 people are not shown, so nobody can be recognised.</source>
        <translation>Колку луѓе учествувале, по вид група, пол и старосна група, и како оценувал секој (медијана низ циклусите, 0–100). Бројките за помалку од 5 луѓе не се прикажуваат, за никој да не биде препознаен.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Indicator library (JSON like the app&apos;s indicators.json)</source>
        <translation>Библиотека на индикатори (JSON како indicators.json на апликацијата)</translation>
    </message>
    <message>
        <source>Indicator library published.</source>
        <translation>Библиотеката на индикатори е објавена.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикатори</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Институција</translation>
    </message>
    <message>
        <source>Interface meeting: community and provider</source>
        <translation>Заедничка средба: заедница и давател</translation>
    </message>
    <message>
        <source>Joint action plan</source>
        <translation>Заеднички акциски план</translation>
    </message>
    <message>
        <source>Joint action plans: open, overdue and escalated actions by institution and by responsible person, and how many were completed in each round.</source>
        <translation>Заеднички акциски планови: отворени, задоцнети и ескалирани активности по институција и по одговорно лице, и колку се завршени во секој круг.</translation>
    </message>
    <message>
        <source>Keep head office&apos;s values</source>
        <translation>Задржи ги вредностите на централата</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Ознака</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Јазик</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Лаптоп</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последно виден</translation>
    </message>
    <message>
        <source>Latest round</source>
        <translation>Последен круг</translation>
    </message>
    <message>
        <source>League table</source>
        <translation>Табела на рангирање</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лиценца</translation>
    </message>
    <message>
        <source>Limited to a location (optional)</source>
        <translation>Ограничен на една локација (по избор)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Локација</translation>
    </message>
    <message>
        <source>Lower threshold</source>
        <translation>Долен праг</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Направен</translation>
    </message>
    <message>
        <source>Make a code</source>
        <translation>Направи код</translation>
    </message>
    <message>
        <source>Make the package public</source>
        <translation>Објави го пакетот јавно</translation>
    </message>
    <message>
        <source>Mean (0–100)</source>
        <translation>Аритметичка средина (0–100)</translation>
    </message>
    <message>
        <source>Median (0–100)</source>
        <translation>Медијана (0–100)</translation>
    </message>
    <message>
        <source>Median and mean of the community&apos;s scores (0–100) over each place&apos;s latest cycles, with the number of cycles behind each figure. Open a place to go one level down, down to its facilities.</source>
        <translation>Медијана и просек на оценките на заедницата (0–100) низ последните циклуси на секое место, со бројот на циклуси зад секоја бројка. Отворете место за да слезете едно ниво подолу, до установите.</translation>
    </message>
    <message>
        <source>Median score (0–100)</source>
        <translation>Медијана на оценката (0–100)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогаш</translation>
    </message>
    <message>
        <source>New enrolment code</source>
        <translation>Нов код за регистрација</translation>
    </message>
    <message>
        <source>New password (at least 10 characters)</source>
        <translation>Нова лозинка (најмалку 10 знаци)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Нова лозинка повторно</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Следна фаза</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Сè уште нема активности.</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>Нема судири за решавање.</translation>
    </message>
    <message>
        <source>No cycles match these filters yet.</source>
        <translation>Сè уште нема циклуси што одговараат на овие филтри.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нема податоци</translation>
    </message>
    <message>
        <source>No laptop is enrolled yet.</source>
        <translation>Сè уште нема регистриран лаптоп.</translation>
    </message>
    <message>
        <source>No planned date</source>
        <translation>Нема планиран датум</translation>
    </message>
    <message>
        <source>No previous round</source>
        <translation>Нема претходен круг</translation>
    </message>
    <message>
        <source>No running cycles match these filters.</source>
        <translation>Нема тековни циклуси што одговараат на овие филтри.</translation>
    </message>
    <message>
        <source>Not on track</source>
        <translation>Не е на вистинскиот пат</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Не е можно</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не е запишано</translation>
    </message>
    <message>
        <source>Not shown: fewer than 5 people</source>
        <translation>Не се прикажува: помалку од 5 луѓе</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Сè уште не</translation>
    </message>
    <message>
        <source>Note published; laptops get it on their next sync.</source>
        <translation>Белешката е објавена; лаптопите ја добиваат при следната синхронизација.</translation>
    </message>
    <message>
        <source>Note to the laptops</source>
        <translation>Белешка до лаптопите</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Ништо не е задоцнето.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>На</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Навремено</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>На вистинскиот пат</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Само администратор може да го стори ова.</translation>
    </message>
    <message>
        <source>Only an administrator or an analyst may change bands.</source>
        <translation>Само администратор или аналитичар може да ги менува појасите.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отворени</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Отворени податоци</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Задоцнети</translation>
    </message>
    <message>
        <source>Overdue and escalated actions</source>
        <translation>Задоцнети и ескалирани активности</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страници</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Лозинка</translation>
    </message>
    <message>
        <source>Password changed. Other sessions were signed out.</source>
        <translation>Лозинката е променета. Другите сесии се одјавени.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Луѓе</translation>
    </message>
    <message>
        <source>People in community groups</source>
        <translation>Луѓе во групите од заедницата</translation>
    </message>
    <message>
        <source>People in community groups: {n}</source>
        <translation>Луѓе во групите од заедницата: {n}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Places at level {n}</source>
        <translation>Места на ниво {n}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Планирано</translation>
    </message>
    <message>
        <source>Practice (training) cycles are never counted.</source>
        <translation>Циклусите за вежбање (обука) никогаш не се бројат.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печати</translation>
    </message>
    <message>
        <source>Printables</source>
        <translation>За печатење</translation>
    </message>
    <message>
        <source>Progress, more effort required</source>
        <translation>Напредок, потребен е поголем труд</translation>
    </message>
    <message>
        <source>Providers (0–100)</source>
        <translation>Даватели (0–100)</translation>
    </message>
    <message>
        <source>Publish facilities</source>
        <translation>Објави установи</translation>
    </message>
    <message>
        <source>Publish the library</source>
        <translation>Објави ја библиотеката</translation>
    </message>
    <message>
        <source>Publish the note</source>
        <translation>Објави ја белешката</translation>
    </message>
    <message>
        <source>Publish to laptops</source>
        <translation>Објави до лаптопите</translation>
    </message>
    <message>
        <source>QR code of the enrolment link</source>
        <translation>QR-код на врската за регистрација</translation>
    </message>
    <message>
        <source>Rebuild the public package</source>
        <translation>Повторно изгради го јавниот пакет</translation>
    </message>
    <message>
        <source>Report for the service provider</source>
        <translation>Извештај за давателот на услуги</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Одговорен</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Резултати</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Одземи пристап</translation>
    </message>
    <message>
        <source>Revoke this laptop? Its next request will be refused.</source>
        <translation>Да му се одземе пристапот на овој лаптоп? Неговото следно барање ќе биде одбиено.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Одземен пристап</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Улога</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Збирен преглед</translation>
    </message>
    <message>
        <source>Roll-up by location</source>
        <translation>Збирен преглед по локација</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Круг</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Круг {n}</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Кругови</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зачувај</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Оценка (0–100)</translation>
    </message>
    <message>
        <source>Scorecard head office</source>
        <translation>Централа на Scorecard</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Sees</source>
        <translation>Гледа</translation>
    </message>
    <message>
        <source>Service providers</source>
        <translation>Даватели на услуги</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Прикажи</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Најава</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Одјава</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Скокни до содржината</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Достигната фаза</translation>
    </message>
    <message>
        <source>Stage tracker</source>
        <translation>Следење на фазите</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Прекини со објавување</translation>
    </message>
    <message>
        <source>Take the laptop&apos;s values</source>
        <translation>Земи ги вредностите од лаптопот</translation>
    </message>
    <message>
        <source>The conflict was settled. Laptops get the outcome on their next sync.</source>
        <translation>Судирот е решен. Лаптопите го добиваат исходот при следната синхронизација.</translation>
    </message>
    <message>
        <source>The device was revoked. Its next request will be refused.</source>
        <translation>На уредот му е одземен пристапот. Неговото следно барање ќе биде одбиено.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>Е-поштата или лозинката не е точна.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Датотеката не е исправен JSON.</translation>
    </message>
    <message>
        <source>The laptop sent</source>
        <translation>Лаптопот испрати</translation>
    </message>
    <message>
        <source>The open-data package is no longer public.</source>
        <translation>Пакетот со отворени податоци веќе не е јавен.</translation>
    </message>
    <message>
        <source>The open-data package is public and was rebuilt.</source>
        <translation>Пакетот со отворени податоци е јавен и повторно изграден.</translation>
    </message>
    <message>
        <source>The package is not public. Publishing serves it to anyone at /open-data, without a login: results only, no names, groups under 5 people hidden.</source>
        <translation>Пакетот не е јавен. Со објавување секој може да го преземе на /open-data без најава: само резултати, без имиња, групите со помалку од 5 луѓе се скриени.</translation>
    </message>
    <message>
        <source>The package is public under {licence}; last built {when} with {n} cycles.</source>
        <translation>Пакетот е јавен под лиценцата {licence}; последно изграден {when} со {n} циклуси.</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>Лозинката треба да има најмалку 10 знаци.</translation>
    </message>
    <message>
        <source>The same figures as the community summary printed on the laptop: the community&apos;s score is the median of its groups&apos; scores; the gap is community minus providers.</source>
        <translation>Истите бројки како во резимето за заедницата испечатено на лаптопот: оценката на заедницата е медијана на оценките на нејзините групи; разликата е заедница минус даватели.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Двете нови лозинки се разликуваат.</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>Целата организација</translation>
    </message>
    <message>
        <source>There is no such action in your organisation.</source>
        <translation>Нема таква активност во вашата организација.</translation>
    </message>
    <message>
        <source>There is no such conflict in your organisation.</source>
        <translation>Нема таков судир во вашата организација.</translation>
    </message>
    <message>
        <source>There is no such device in your organisation.</source>
        <translation>Нема таков уред во вашата организација.</translation>
    </message>
    <message>
        <source>There is no such printable.</source>
        <translation>Нема таков документ за печатење.</translation>
    </message>
    <message>
        <source>There is no such sector.</source>
        <translation>Нема таков сектор.</translation>
    </message>
    <message>
        <source>This cycle does not exist or is outside the part of the organisation you see.</source>
        <translation>Овој циклус не постои или е надвор од делот од организацијата што го гледате.</translation>
    </message>
    <message>
        <source>This form has expired. Open the page again and retry.</source>
        <translation>Овој образец истече. Отворете ја страницата повторно и обидете се пак.</translation>
    </message>
    <message>
        <source>This place is outside the part of the organisation you see.</source>
        <translation>Ова место е надвор од делот од организацијата што го гледате.</translation>
    </message>
    <message>
        <source>Thresholds are numbers from 0 to 100, the lower first.</source>
        <translation>Праговите се броеви од 0 до 100, прво долниот.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait 15 minutes and try again.</source>
        <translation>Премногу неуспешни најави. Почекајте 15 минути и обидете се повторно.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Тренд</translation>
    </message>
    <message>
        <source>Trend across rounds (0–100)</source>
        <translation>Тренд низ круговите (0–100)</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Трендови</translation>
    </message>
    <message>
        <source>Trends across rounds</source>
        <translation>Трендови низ круговите</translation>
    </message>
    <message>
        <source>Type this code on the laptop, or scan the QR code. It works once, until {when} UTC.</source>
        <translation>Внесете го овој код на лаптопот или скенирајте го QR-кодот. Важи еднаш, до {when} UTC.</translation>
    </message>
    <message>
        <source>Unchanged since the previous round</source>
        <translation>Непроменето од претходниот круг</translation>
    </message>
    <message>
        <source>Up {n} since the previous round</source>
        <translation>Порасна за {n} од претходниот круг</translation>
    </message>
    <message>
        <source>Upper threshold</source>
        <translation>Горен праг</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Искористен</translation>
    </message>
    <message>
        <source>User added.</source>
        <translation>Корисникот е додаден.</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Важи до</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Прегледувач</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Прегледи</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Каде сте</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кој</translation>
    </message>
    <message>
        <source>Who spoke</source>
        <translation>Кој зборуваше</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Збор</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} дена доцнење</translation>
    </message>
    <message>
        <source>{n} facilities</source>
        <translation>{n} установи</translation>
    </message>
    <message>
        <source>{s} means fewer than 5 people: not shown, so nobody can be recognised.</source>
        <translation>{s} значи помалку од 5 луѓе: не се прикажува, за никој да не биде препознаен.</translation>
    </message>
</context>
</TS>
