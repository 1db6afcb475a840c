<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mk_MK">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../core/checks.py" line="34"/>
        <source>The facility has no name.</source>
        <translation>Установата нема име.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="37"/>
        <source>The community&apos;s location is empty.</source>
        <translation>Локацијата на заедницата е празна.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="40"/>
        <source>No lead facilitator is named.</source>
        <translation>Не е наведен главен фасилитатор.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="48"/>
        <source>There is no community group.</source>
        <translation>Нема група од заедницата.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="54"/>
        <location filename="../../core/checks.py" line="130"/>
        <source>There is no service provider group.</source>
        <translation>Нема група на давателот на услуги.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="62"/>
        <source>The {group} group has no participants.</source>
        <translation>Групата {group} нема учесници.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="72"/>
        <source>No input items are tracked yet.</source>
        <translation>Сè уште не се следат влезни ресурси.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="78"/>
        <source>Input &apos;{item}&apos; has no actual value.</source>
        <translation>Влезниот ресурс &apos;{item}&apos; нема вистинска вредност.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="87"/>
        <source>No issues have been raised yet.</source>
        <translation>Сè уште не се покренати проблеми.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="94"/>
        <source>No indicators have been chosen yet.</source>
        <translation>Сè уште не се избрани индикатори.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="141"/>
        <source>The interface meeting has no date.</source>
        <translation>Заедничката средба нема датум.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="147"/>
        <source>No officials are recorded at the interface meeting.</source>
        <translation>Не се запишани службени лица на заедничката средба.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="156"/>
        <source>The action plan has no actions.</source>
        <translation>Акцискиот план нема активности.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="162"/>
        <source>Action &apos;{action}&apos; has nobody responsible.</source>
        <translation>Активноста &apos;{action}&apos; нема одговорно лице.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="170"/>
        <source>Action &apos;{action}&apos; has no due date.</source>
        <translation>Активноста &apos;{action}&apos; нема рок.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="183"/>
        <source>No follow-up has been recorded for any action.</source>
        <translation>Не е запишано следење за ниту една активност.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="209"/>
        <source>There is no women&apos;s group.</source>
        <translation>Нема група на жени.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="210"/>
        <source>There is no youth group.</source>
        <translation>Нема група на млади.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="221"/>
        <source>Women are {percent}% of participants.</source>
        <translation>Жените се {percent}% од учесниците.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="229"/>
        <source>No participant with a disability is recorded.</source>
        <translation>Не е запишан ниту еден учесник со попреченост.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="234"/>
        <source>No young participant is recorded.</source>
        <translation>Не е запишан ниту еден млад учесник.</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../reports/blank_sheets.py" line="31"/>
        <location filename="../../reports/blank_sheets.py" line="281"/>
        <source>Date</source>
        <translation>Датум</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="32"/>
        <source>Facilitator</source>
        <translation>Фасилитатор</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="42"/>
        <location filename="../../reports/registry.py" line="30"/>
        <source>Score sheet</source>
        <translation>Лист за оценување</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="53"/>
        <location filename="../../reports/blank_sheets.py" line="98"/>
        <location filename="../../reports/blank_sheets.py" line="124"/>
        <location filename="../../reports/blank_sheets.py" line="169"/>
        <location filename="../../reports/blank_sheets.py" line="248"/>
        <location filename="../../reports/results.py" line="283"/>
        <source>No.</source>
        <translation>Бр.</translation>
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
        <translation>Индикатор</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="55"/>
        <location filename="../../reports/results.py" line="64"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="56"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="57"/>
        <location filename="../../reports/results.py" line="190"/>
        <source>Suggestion</source>
        <translation>Предлог</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="74"/>
        <location filename="../../reports/registry.py" line="31"/>
        <source>Ballot</source>
        <translation>Гласачко ливче</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="79"/>
        <source>Participant number</source>
        <translation>Број на учесникот</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="80"/>
        <location filename="../../reports/head_office.py" line="109"/>
        <location filename="../../reports/results.py" line="189"/>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="86"/>
        <source>Circle one face for each indicator. Do not write your name.</source>
        <translation>Заокружете едно лице за секој индикатор. Не го пишувајте своето име.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="100"/>
        <source>Your score</source>
        <translation>Вашата оценка</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="108"/>
        <source>Tally sheet</source>
        <translation>Лист за броење</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="116"/>
        <source>Count the hands raised for each level and write the number.</source>
        <translation>Избројте ги кренатите раце за секое ниво и запишете го бројот.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="140"/>
        <source>Disability</source>
        <translation>Попреченост</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="141"/>
        <source>Minority</source>
        <translation>Малцинство</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="142"/>
        <source>Poor</source>
        <translation>Сиромашен</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="143"/>
        <location filename="../../reports/head_office.py" line="153"/>
        <source>Youth</source>
        <translation>Млад</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="150"/>
        <location filename="../../reports/registry.py" line="32"/>
        <source>Attendance sheet</source>
        <translation>Листа на присутни</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="159"/>
        <source>Gender: F, M or O. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
        <translation>Пол: F (женски), M (машки) или O (друго). Возраст: под 18, 18–24, 25–34, 35–49, 50–64, 65+. Штиклирајте што важи; името не е задолжително.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="170"/>
        <source>Name (optional)</source>
        <translation>Име (не е задолжително)</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="171"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="172"/>
        <source>Age band</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="174"/>
        <source>Signature or thumbprint</source>
        <translation>Потпис или отпечаток од прст</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="197"/>
        <location filename="../../reports/registry.py" line="33"/>
        <source>Input tracking matrix</source>
        <translation>Матрица за следење на влезните ресурси</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="201"/>
        <source>Input or service</source>
        <translation>Ресурс или услуга</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="202"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="203"/>
        <source>Entitlement</source>
        <translation>Право</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="204"/>
        <source>Source of entitlement</source>
        <translation>Извор на правото</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="205"/>
        <location filename="../../reports/head_office.py" line="77"/>
        <source>Actual</source>
        <translation>Вистински</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="206"/>
        <location filename="../../reports/results.py" line="120"/>
        <location filename="../../reports/results.py" line="230"/>
        <source>Gap</source>
        <translation>Разлика</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="207"/>
        <source>Remarks</source>
        <translation>Забелешки</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="233"/>
        <location filename="../../reports/registry.py" line="34"/>
        <source>Issue prioritisation sheet</source>
        <translation>Лист за приоритизација на проблеми</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="238"/>
        <source>Write each issue once. Everyone gives their votes; the issues with most votes become indicators.</source>
        <translation>Секој проблем запишете го еднаш. Сите гласаат; проблемите со најмногу гласови стануваат индикатори.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="249"/>
        <source>Issue</source>
        <translation>Проблем</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="250"/>
        <source>Raised by</source>
        <translation>Покренат од</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="251"/>
        <source>Votes</source>
        <translation>Гласови</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="252"/>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="270"/>
        <location filename="../../reports/results.py" line="234"/>
        <source>Service provider</source>
        <translation>Давател на услуги</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="271"/>
        <source>Community representative</source>
        <translation>Претставник на заедницата</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="272"/>
        <source>Local official</source>
        <translation>Локален службеник</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="279"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="280"/>
        <source>Signature</source>
        <translation>Потпис</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="289"/>
        <source>Signatures</source>
        <translation>Потписи</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="300"/>
        <location filename="../../reports/registry.py" line="35"/>
        <source>Action plan form</source>
        <translation>Образец за акциски план</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="304"/>
        <source>Indicator or issue</source>
        <translation>Индикатор или проблем</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="305"/>
        <location filename="../../reports/head_office.py" line="245"/>
        <location filename="../../reports/results.py" line="88"/>
        <location filename="../../reports/results.py" line="285"/>
        <location filename="../../reports/results.py" line="351"/>
        <source>Action</source>
        <translation>Активност</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="306"/>
        <location filename="../../reports/head_office.py" line="246"/>
        <location filename="../../reports/results.py" line="286"/>
        <location filename="../../reports/results.py" line="352"/>
        <source>Responsible</source>
        <translation>Одговорен</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="307"/>
        <source>Institution</source>
        <translation>Институција</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="308"/>
        <location filename="../../reports/head_office.py" line="247"/>
        <location filename="../../reports/results.py" line="287"/>
        <location filename="../../reports/results.py" line="353"/>
        <source>Due date</source>
        <translation>Рок</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="309"/>
        <location filename="../../reports/results.py" line="288"/>
        <source>Resources</source>
        <translation>Ресурси</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="310"/>
        <location filename="../../reports/results.py" line="291"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="20"/>
        <location filename="../../reports/layout.py" line="225"/>
        <source>Round {n}</source>
        <translation>Круг {n}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="42"/>
        <location filename="../../reports/registry.py" line="42"/>
        <source>Report for head office</source>
        <translation>Извештај за централната канцеларија</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="45"/>
        <source>Cycle</source>
        <translation>Циклус</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="48"/>
        <source>Facility</source>
        <translation>Установа</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="52"/>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="55"/>
        <location filename="../../reports/head_office.py" line="182"/>
        <location filename="../../reports/results.py" line="118"/>
        <location filename="../../reports/results.py" line="159"/>
        <location filename="../../reports/results.py" line="233"/>
        <source>Community</source>
        <translation>Заедница</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="56"/>
        <source>Round</source>
        <translation>Круг</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="57"/>
        <source>Scale</source>
        <translation>Скала</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="59"/>
        <source>Scoring</source>
        <translation>Начин на оценување</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="62"/>
        <source>Language</source>
        <translation>Јазик</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="63"/>
        <source>Lead facilitator</source>
        <translation>Главен фасилитатор</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="64"/>
        <location filename="../../reports/head_office.py" line="248"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="65"/>
        <source>Next review</source>
        <translation>Следен преглед</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="68"/>
        <source>Training cycle</source>
        <translation>Циклус за обука</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="72"/>
        <source>Stage dates</source>
        <translation>Датуми на фазите</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="75"/>
        <source>Stage</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="76"/>
        <source>Planned</source>
        <translation>Планирано</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="78"/>
        <source>Days late</source>
        <translation>Денови доцнење</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="106"/>
        <source>Participation</source>
        <translation>Учество</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="110"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="111"/>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="117"/>
        <source>Total</source>
        <translation>Вкупно</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="130"/>
        <source>Community participants by attribute</source>
        <translation>Учесници од заедницата според обележје</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="131"/>
        <source>Count (share)</source>
        <translation>Број (удел)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="141"/>
        <source>Gender not recorded</source>
        <translation>Полот не е запишан</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="147"/>
        <source>Age {band}</source>
        <translation>Возраст {band}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="150"/>
        <source>With a disability</source>
        <translation>Со попреченост</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="151"/>
        <source>From a minority</source>
        <translation>Од малцинство</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="152"/>
        <source>Poor households</source>
        <translation>Сиромашни домаќинства</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="164"/>
        <location filename="../../reports/results.py" line="265"/>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="167"/>
        <source>Raw scores are medians on the cycle&apos;s scale; 0–100 makes rounds on different scales comparable. The trend lists the community score (0–100) by round.</source>
        <translation>Суровите оценки се медијани на скалата на циклусот; 0–100 овозможува споредба меѓу кругови со различни скали. Трендот ја покажува оценката на заедницата (0–100) по кругови.</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="178"/>
        <source>R{n}</source>
        <translation>К{n}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="183"/>
        <source>Community 0–100</source>
        <translation>Заедница 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="184"/>
        <source>Provider</source>
        <translation>Давател</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="185"/>
        <source>Provider 0–100</source>
        <translation>Давател 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="186"/>
        <source>Trend</source>
        <translation>Тренд</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="222"/>
        <source>Action plan completion</source>
        <translation>Реализација на акцискиот план</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="226"/>
        <source>Actions agreed</source>
        <translation>Договорени активности</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="228"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="231"/>
        <source>Still open</source>
        <translation>Сè уште отворено</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="232"/>
        <location filename="../../reports/head_office.py" line="251"/>
        <location filename="../../reports/results.py" line="348"/>
        <source>Overdue</source>
        <translation>Задоцнето</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="234"/>
        <source>Escalated (cannot be solved locally)</source>
        <translation>Ескалирано (не може да се реши локално)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="242"/>
        <source>Overdue and escalated actions</source>
        <translation>Задоцнети и ескалирани активности</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="252"/>
        <source>Escalated</source>
        <translation>Ескалирано</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="206"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} од {pages}</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="229"/>
        <source>Printed {date}</source>
        <translation>Отпечатено на {date}</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="36"/>
        <source>Participant stickers</source>
        <translation>Налепници за учесниците</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="37"/>
        <location filename="../../reports/results.py" line="53"/>
        <source>Community scorecard results</source>
        <translation>Резултати од оценувањето на заедницата</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="38"/>
        <location filename="../../reports/results.py" line="147"/>
        <source>Report for the service provider</source>
        <translation>Извештај за давателот на услуги</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="39"/>
        <location filename="../../reports/results.py" line="228"/>
        <source>Interface meeting: community and provider</source>
        <translation>Заедничка средба: заедница и давател</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="40"/>
        <location filename="../../reports/results.py" line="315"/>
        <source>Joint action plan</source>
        <translation>Заеднички акциски план</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="41"/>
        <location filename="../../reports/results.py" line="337"/>
        <source>Follow-up checklist</source>
        <translation>Контролна листа за следење</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="65"/>
        <location filename="../../reports/results.py" line="267"/>
        <source>Main reason</source>
        <translation>Главна причина</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="83"/>
        <source>What we agreed to do</source>
        <translation>Што се договоривме да направиме</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="89"/>
        <source>Who</source>
        <translation>Кој</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="90"/>
        <source>By when</source>
        <translation>До кога</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="97"/>
        <location filename="../../reports/results.py" line="280"/>
        <source>No actions have been agreed yet.</source>
        <translation>Сè уште не се договорени активности.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="101"/>
        <location filename="../../reports/results.py" line="378"/>
        <source>Next review: {date}</source>
        <translation>Следен преглед: {date}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="119"/>
        <location filename="../../reports/results.py" line="160"/>
        <source>Self-assessment</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="121"/>
        <source>Previous round</source>
        <translation>Претходен круг</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="122"/>
        <source>Change</source>
        <translation>Промена</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="151"/>
        <source>This is the first round: no earlier scores.</source>
        <translation>Ова е првиот круг: нема претходни оценки.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="154"/>
        <source>Community scores and self-assessment</source>
        <translation>Оценки од заедницата и самооценка</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="176"/>
        <source>Strengths</source>
        <translation>Силни страни</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="177"/>
        <source>Weaknesses</source>
        <translation>Слаби страни</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="181"/>
        <location filename="../../reports/results.py" line="218"/>
        <source>None this round.</source>
        <translation>Нема во овој круг.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="185"/>
        <source>Suggestions from the groups</source>
        <translation>Предлози од групите</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="191"/>
        <source>In the plan</source>
        <translation>Во планот</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="195"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="277"/>
        <source>Actions</source>
        <translation>Активности</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="321"/>
        <source>Interface meeting: {date}</source>
        <translation>Заедничка средба: {date}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="342"/>
        <source>Visit date</source>
        <translation>Датум на посетата</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="343"/>
        <source>Visited by</source>
        <translation>Посетил</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="354"/>
        <source>Status so far</source>
        <translation>Состојба досега</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="355"/>
        <source>Done?</source>
        <translation>Готово?</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="356"/>
        <source>Notes</source>
        <translation>Белешки</translation>
    </message>
    <message>
        <location filename="../../reports/stickers.py" line="69"/>
        <source>Participant</source>
        <translation>Учесник</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../core/scales.py" line="18"/>
        <source>Very bad</source>
        <translation>Многу лошо</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="19"/>
        <source>Bad</source>
        <translation>Лошо</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="20"/>
        <source>Acceptable</source>
        <translation>Прифатливо</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="21"/>
        <source>Good</source>
        <translation>Добро</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="22"/>
        <source>Very good</source>
        <translation>Многу добро</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="96"/>
        <source>1–5 with faces</source>
        <translation>1–5 со лица</translation>
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
        <translation>Подготовка</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="12"/>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="13"/>
        <source>Input tracking</source>
        <translation>Следење на влезните ресурси</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="14"/>
        <source>Issues</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="15"/>
        <source>Indicators</source>
        <translation>Индикатори</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="16"/>
        <source>Community scoring</source>
        <translation>Оценување од заедницата</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="17"/>
        <source>Provider self-evaluation</source>
        <translation>Самооценување на давателот</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="18"/>
        <source>Interface meeting</source>
        <translation>Заедничка средба</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="19"/>
        <source>Action plan</source>
        <translation>Акциски план</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="20"/>
        <source>Follow-up</source>
        <translation>Следење</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../core/entities.py" line="18"/>
        <source>Health centre</source>
        <translation>Здравствен дом</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="19"/>
        <source>Primary school</source>
        <translation>Основно училиште</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="20"/>
        <source>Water point</source>
        <translation>Водна точка</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="21"/>
        <source>Local administration office</source>
        <translation>Локална администрација</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="24"/>
        <source>Community</source>
        <translation>Заедница</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="25"/>
        <source>Service provider</source>
        <translation>Давател на услуги</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="28"/>
        <source>Women</source>
        <translation>Жени</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="29"/>
        <source>Men</source>
        <translation>Мажи</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="30"/>
        <source>Youth</source>
        <translation>Млади</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="31"/>
        <source>Elders</source>
        <translation>Постари лица</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="32"/>
        <source>People with disabilities</source>
        <translation>Лица со попреченост</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="33"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="34"/>
        <location filename="../../core/entities.py" line="56"/>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="37"/>
        <source>Group consensus</source>
        <translation>Консензус на групата</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="38"/>
        <source>Individual votes</source>
        <translation>Поединечни гласови</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="39"/>
        <source>Both</source>
        <translation>Двете</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="42"/>
        <location filename="../../core/entities.py" line="47"/>
        <source>In progress</source>
        <translation>Во тек</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="43"/>
        <source>Complete</source>
        <translation>Завршено</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="46"/>
        <source>Not started</source>
        <translation>Не е започнато</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="48"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="49"/>
        <source>Dropped</source>
        <translation>Откажано</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="50"/>
        <source>Blocked</source>
        <translation>Блокирано</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="54"/>
        <source>Female</source>
        <translation>Женски</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="55"/>
        <source>Male</source>
        <translation>Машки</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="61"/>
        <source>High</source>
        <translation>Висок</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="62"/>
        <source>Medium</source>
        <translation>Среден</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="63"/>
        <source>Low</source>
        <translation>Низок</translation>
    </message>
</context>
</TS>
