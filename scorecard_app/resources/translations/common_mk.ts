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
        <location filename="../../core/checks.py" line="131"/>
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
        <location filename="../../core/checks.py" line="142"/>
        <source>The interface meeting has no date.</source>
        <translation>Заедничката средба нема датум.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="148"/>
        <source>No officials are recorded at the interface meeting.</source>
        <translation>Не се запишани службени лица на заедничката средба.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="157"/>
        <source>The action plan has no actions.</source>
        <translation>Акцискиот план нема активности.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="163"/>
        <source>Action &apos;{action}&apos; has nobody responsible.</source>
        <translation>Активноста &apos;{action}&apos; нема одговорно лице.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="171"/>
        <source>Action &apos;{action}&apos; has no due date.</source>
        <translation>Активноста &apos;{action}&apos; нема рок.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="184"/>
        <source>No follow-up has been recorded for any action.</source>
        <translation>Не е запишано следење за ниту една активност.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="210"/>
        <source>There is no women&apos;s group.</source>
        <translation>Нема група на жени.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="211"/>
        <source>There is no youth group.</source>
        <translation>Нема група на млади.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="222"/>
        <source>Women are {percent}% of participants.</source>
        <translation>Жените се {percent}% од учесниците.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="230"/>
        <source>No participant with a disability is recorded.</source>
        <translation>Не е запишан ниту еден учесник со попреченост.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="235"/>
        <source>No young participant is recorded.</source>
        <translation>Не е запишан ниту еден млад учесник.</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../reports/blank_sheets.py" line="34"/>
        <location filename="../../reports/blank_sheets.py" line="371"/>
        <source>Date</source>
        <translation>Датум</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="35"/>
        <source>Facilitator</source>
        <translation>Фасилитатор</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="45"/>
        <location filename="../../reports/registry.py" line="30"/>
        <source>Score sheet</source>
        <translation>Лист за оценување</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="56"/>
        <location filename="../../reports/blank_sheets.py" line="181"/>
        <location filename="../../reports/blank_sheets.py" line="251"/>
        <location filename="../../reports/blank_sheets.py" line="338"/>
        <location filename="../../reports/results.py" line="372"/>
        <source>No.</source>
        <translation>Бр.</translation>
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
        <translation>Индикатор</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="58"/>
        <location filename="../../reports/results.py" line="103"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="59"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="60"/>
        <location filename="../../reports/results.py" line="274"/>
        <source>Suggestion</source>
        <translation>Предлог</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="78"/>
        <location filename="../../reports/registry.py" line="31"/>
        <source>Ballot</source>
        <translation>Гласачко ливче</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="81"/>
        <source>Participant number</source>
        <translation>Број на учесникот</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="82"/>
        <location filename="../../reports/head_office.py" line="110"/>
        <location filename="../../reports/results.py" line="273"/>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="86"/>
        <source>Circle one face for each indicator. Do not write your name.</source>
        <translation>Заокружете едно лице за секој индикатор. Не го пишувајте своето име.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="165"/>
        <source>Tally sheet</source>
        <translation>Лист за броење</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="173"/>
        <source>Count the hands raised for each level and write the number.</source>
        <translation>Избројте ги кренатите раце за секое ниво и запишете го бројот.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="204"/>
        <source>F</source>
        <translation>Ж</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="205"/>
        <source>M</source>
        <translation>М</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="206"/>
        <source>O</source>
        <translation>Д</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="218"/>
        <source>Gender: {codes}. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
        <translation>Пол: {codes}. Возраст: под 18, 18–24, 25–34, 35–49, 50–64, 65+. Штиклирајте што важи; името не е задолжително.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="228"/>
        <source>Disability</source>
        <translation>Попреченост</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="229"/>
        <source>Minority</source>
        <translation>Малцинство</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="230"/>
        <source>Poor</source>
        <translation>Сиромашен</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="231"/>
        <location filename="../../reports/head_office.py" line="154"/>
        <source>Youth</source>
        <translation>Млад</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="241"/>
        <location filename="../../reports/registry.py" line="32"/>
        <source>Attendance sheet</source>
        <translation>Листа на присутни</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="252"/>
        <source>Name (optional)</source>
        <translation>Име (не е задолжително)</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="253"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="254"/>
        <source>Age band</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="256"/>
        <source>Signature or thumbprint</source>
        <translation>Потпис или отпечаток од прст</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="287"/>
        <location filename="../../reports/registry.py" line="33"/>
        <source>Input tracking matrix</source>
        <translation>Матрица за следење на влезните ресурси</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="291"/>
        <source>Input or service</source>
        <translation>Ресурс или услуга</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="292"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="293"/>
        <source>Entitlement</source>
        <translation>Право</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="294"/>
        <source>Source of entitlement</source>
        <translation>Извор на правото</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="295"/>
        <location filename="../../reports/head_office.py" line="78"/>
        <source>Actual</source>
        <translation>Вистински</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="296"/>
        <location filename="../../reports/results.py" line="172"/>
        <location filename="../../reports/results.py" line="314"/>
        <location filename="../../reports/trends.py" line="170"/>
        <source>Gap</source>
        <translation>Разлика</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="297"/>
        <source>Remarks</source>
        <translation>Забелешки</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="323"/>
        <location filename="../../reports/registry.py" line="34"/>
        <source>Issue prioritisation sheet</source>
        <translation>Лист за приоритизација на проблеми</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="328"/>
        <source>Write each issue once. Everyone gives their votes; the issues with most votes become indicators.</source>
        <translation>Секој проблем запишете го еднаш. Сите гласаат; проблемите со најмногу гласови стануваат индикатори.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="339"/>
        <source>Issue</source>
        <translation>Проблем</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="340"/>
        <source>Raised by</source>
        <translation>Покренат од</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="341"/>
        <source>Votes</source>
        <translation>Гласови</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="342"/>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="360"/>
        <location filename="../../reports/results.py" line="318"/>
        <location filename="../../reports/trends.py" line="160"/>
        <source>Service provider</source>
        <translation>Давател на услуги</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="361"/>
        <source>Community representative</source>
        <translation>Претставник на заедницата</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="362"/>
        <source>Local official</source>
        <translation>Локален службеник</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="369"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="370"/>
        <source>Signature</source>
        <translation>Потпис</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="379"/>
        <source>Signatures</source>
        <translation>Потписи</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="390"/>
        <location filename="../../reports/registry.py" line="35"/>
        <source>Action plan form</source>
        <translation>Образец за акциски план</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="394"/>
        <source>Indicator or issue</source>
        <translation>Индикатор или проблем</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="395"/>
        <location filename="../../reports/head_office.py" line="274"/>
        <location filename="../../reports/results.py" line="141"/>
        <location filename="../../reports/results.py" line="374"/>
        <location filename="../../reports/results.py" line="450"/>
        <source>Action</source>
        <translation>Активност</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="396"/>
        <location filename="../../reports/head_office.py" line="275"/>
        <location filename="../../reports/results.py" line="375"/>
        <location filename="../../reports/results.py" line="451"/>
        <source>Responsible</source>
        <translation>Одговорен</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="397"/>
        <source>Institution</source>
        <translation>Институција</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="398"/>
        <location filename="../../reports/head_office.py" line="276"/>
        <location filename="../../reports/results.py" line="376"/>
        <location filename="../../reports/results.py" line="452"/>
        <source>Due date</source>
        <translation>Рок</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="399"/>
        <location filename="../../reports/results.py" line="377"/>
        <source>Resources</source>
        <translation>Ресурси</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="400"/>
        <location filename="../../reports/results.py" line="381"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="20"/>
        <location filename="../../reports/layout.py" line="272"/>
        <source>Round {n}</source>
        <translation>Круг {n}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="43"/>
        <location filename="../../reports/registry.py" line="44"/>
        <source>Report for head office</source>
        <translation>Извештај за централната канцеларија</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="46"/>
        <source>Cycle</source>
        <translation>Циклус</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="49"/>
        <source>Facility</source>
        <translation>Установа</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="53"/>
        <source>Sector</source>
        <translation>Сектор</translation>
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
        <translation>Заедница</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="57"/>
        <source>Round</source>
        <translation>Круг</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="58"/>
        <source>Scale</source>
        <translation>Скала</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="60"/>
        <source>Scoring</source>
        <translation>Начин на оценување</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="63"/>
        <source>Language</source>
        <translation>Јазик</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="64"/>
        <source>Lead facilitator</source>
        <translation>Главен фасилитатор</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="65"/>
        <location filename="../../reports/head_office.py" line="277"/>
        <location filename="../../reports/results.py" line="382"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="66"/>
        <location filename="../../reports/results.py" line="51"/>
        <source>Next review</source>
        <translation>Следен преглед</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="69"/>
        <source>Training cycle</source>
        <translation>Циклус за обука</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="73"/>
        <source>Stage dates</source>
        <translation>Датуми на фазите</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="76"/>
        <source>Stage</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="77"/>
        <source>Planned</source>
        <translation>Планирано</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="79"/>
        <source>Days late</source>
        <translation>Денови доцнење</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="107"/>
        <source>Participation</source>
        <translation>Учество</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="111"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="112"/>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="118"/>
        <source>Total</source>
        <translation>Вкупно</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="131"/>
        <source>Community participants by attribute</source>
        <translation>Учесници од заедницата според обележје</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="132"/>
        <source>Count (share)</source>
        <translation>Број (удел)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="142"/>
        <source>Gender not recorded</source>
        <translation>Полот не е запишан</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="148"/>
        <source>Age {band}</source>
        <translation>Возраст {band}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="151"/>
        <source>With a disability</source>
        <translation>Со попреченост</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="152"/>
        <source>From a minority</source>
        <translation>Од малцинство</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="153"/>
        <source>Poor households</source>
        <translation>Сиромашни домаќинства</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="170"/>
        <location filename="../../reports/results.py" line="352"/>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="174"/>
        <source>Raw scores are medians on the cycle&apos;s scale; 0–100 makes cycles on different scales comparable. The trends list the community&apos;s and the providers&apos; scores, round by round, in this round&apos;s scale units.</source>
        <translation>Суровите оценки се медијани на скалата на циклусот; 0–100 ги прави споредливи циклусите на различни скали. Трендовите ги наведуваат оценките на заедницата и на давателите, круг по круг, во единиците на скалата на овој круг.</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="189"/>
        <source>Rounds {first}–{last}</source>
        <translation>Кругови {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../reports/trends.py" line="149"/>
        <source>Scores of rounds {rounds} on the scale {scale}.</source>
        <translation>Оценки од круговите {rounds} на скалата {scale}.</translation>
    </message>
    <message>
        <location filename="../../reports/trends.py" line="169"/>
        <source>R{n}</source>
        <translation>К{n}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="197"/>
        <source>Community 0–100</source>
        <translation>Заедница 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="198"/>
        <location filename="../../reports/head_office.py" line="209"/>
        <source>Provider</source>
        <translation>Давател</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="199"/>
        <source>Provider 0–100</source>
        <translation>Давател 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="200"/>
        <source>Trend</source>
        <translation>Тренд</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="242"/>
        <source>Action plan completion</source>
        <translation>Реализација на акцискиот план</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="246"/>
        <source>Actions agreed</source>
        <translation>Договорени активности</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="248"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="251"/>
        <source>Still open</source>
        <translation>Сè уште отворено</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="252"/>
        <location filename="../../reports/head_office.py" line="280"/>
        <location filename="../../reports/results.py" line="448"/>
        <source>Overdue</source>
        <translation>Задоцнето</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="254"/>
        <source>Escalated (cannot be solved locally)</source>
        <translation>Ескалирано (не може да се реши локално)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="261"/>
        <source>Unfinished from earlier rounds</source>
        <translation>Недовршени од претходните кругови</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="271"/>
        <source>Overdue and escalated actions</source>
        <translation>Задоцнети и ескалирани активности</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="281"/>
        <location filename="../../reports/results.py" line="383"/>
        <location filename="../../reports/results.py" line="468"/>
        <source>Escalated</source>
        <translation>Ескалирано</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="222"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} од {pages}</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="278"/>
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
        <location filename="../../reports/results.py" line="76"/>
        <source>Community scorecard results</source>
        <translation>Резултати од оценувањето на заедницата</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="38"/>
        <location filename="../../reports/results.py" line="221"/>
        <source>Report for the service provider</source>
        <translation>Извештај за давателот на услуги</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="39"/>
        <location filename="../../reports/results.py" line="312"/>
        <source>Interface meeting: community and provider</source>
        <translation>Заедничка средба: заедница и давател</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="40"/>
        <location filename="../../reports/results.py" line="414"/>
        <source>Joint action plan</source>
        <translation>Заеднички акциски план</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="41"/>
        <location filename="../../reports/results.py" line="437"/>
        <source>Follow-up checklist</source>
        <translation>Контролна листа за следење</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="42"/>
        <location filename="../../reports/trends.py" line="139"/>
        <source>Trends across rounds</source>
        <translation>Трендови низ круговите</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="43"/>
        <location filename="../../reports/trends.py" line="137"/>
        <source>Trends across rounds: wall chart</source>
        <translation>Трендови низ круговите: ѕиден приказ</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="107"/>
        <location filename="../../reports/results.py" line="354"/>
        <source>Main reason</source>
        <translation>Главна причина</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="136"/>
        <source>What we agreed to do</source>
        <translation>Што се договоривме да направиме</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="142"/>
        <source>Who</source>
        <translation>Кој</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="143"/>
        <source>By when</source>
        <translation>До кога</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="150"/>
        <location filename="../../reports/results.py" line="369"/>
        <source>No actions have been agreed yet.</source>
        <translation>Сè уште не се договорени активности.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="179"/>
        <location filename="../../reports/results.py" line="234"/>
        <source>Self-assessment</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="167"/>
        <source>Previous round</source>
        <translation>Претходен круг</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="106"/>
        <location filename="../../reports/results.py" line="168"/>
        <source>Change</source>
        <translation>Промена</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="86"/>
        <location filename="../../reports/results.py" line="225"/>
        <location filename="../../reports/trends.py" line="145"/>
        <source>This is the first round: no earlier scores.</source>
        <translation>Ова е првиот круг: нема претходни оценки.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="62"/>
        <source>New this round</source>
        <translation>Ново во овој круг</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="92"/>
        <source>Round {then} {arrow} round {now}</source>
        <translation>Круг {then} {arrow} круг {now}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="166"/>
        <source>This round</source>
        <translation>Овој круг</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="228"/>
        <source>Community scores and self-assessment</source>
        <translation>Оценки од заедницата и самооценка</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="259"/>
        <source>Strengths</source>
        <translation>Силни страни</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="260"/>
        <source>Weaknesses</source>
        <translation>Слаби страни</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="264"/>
        <location filename="../../reports/results.py" line="302"/>
        <source>None this round.</source>
        <translation>Нема во овој круг.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="269"/>
        <source>Suggestions from the groups</source>
        <translation>Предлози од групите</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="275"/>
        <source>In the plan</source>
        <translation>Во планот</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="279"/>
        <location filename="../../reports/results.py" line="386"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="366"/>
        <source>Actions</source>
        <translation>Активности</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="420"/>
        <source>Interface meeting: {date}</source>
        <translation>Заедничка средба: {date}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="442"/>
        <source>Visit date</source>
        <translation>Датум на посетата</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="443"/>
        <source>Visited by</source>
        <translation>Посетил</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="453"/>
        <source>Status so far</source>
        <translation>Состојба досега</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="454"/>
        <source>Done?</source>
        <translation>Готово?</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="455"/>
        <source>Notes</source>
        <translation>Белешки</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="473"/>
        <source>Agreed in round {n}</source>
        <translation>Договорено во круг {n}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="490"/>
        <source>{n} unfinished actions from earlier rounds are carried forward.</source>
        <translation>{n} недовршени активности од претходните кругови се пренесуваат.</translation>
    </message>
    <message>
        <location filename="../../reports/stickers.py" line="70"/>
        <source>Participant</source>
        <translation>Учесник</translation>
    </message>
    <message>
        <location filename="../../reports/context.py" line="84"/>
        <source>no change</source>
        <translation>без промена</translation>
    </message>
    <message>
        <location filename="../../reports/context.py" line="86"/>
        <source>up {n}</source>
        <translation>пораст {n}</translation>
    </message>
    <message>
        <location filename="../../reports/context.py" line="87"/>
        <source>down {n}</source>
        <translation>пад {n}</translation>
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
    <message>
        <location filename="../../core/aggregation.py" line="23"/>
        <source>Rounds on the same scale are compared in that scale&apos;s units. A round scored on another scale is re-expressed on this round&apos;s scale through 0–100: its score&apos;s position between the lowest and the highest mark is kept.</source>
        <translation>Круговите на иста скала се споредуваат во единиците на таа скала. Круг оценет на друга скала се изразува на скалата на овој круг преку 0–100: се задржува местото на оценката меѓу најниската и највисоката оцена.</translation>
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
