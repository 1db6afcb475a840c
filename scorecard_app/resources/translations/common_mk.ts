<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mk_MK">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../core/checks.py" line="+37"/>
        <source>The due date {due} is already past; saved anyway.</source>
        <translation>Рокот {due} веќе помина; сепак е зачуван.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The facility has no name.</source>
        <translation>Установата нема име.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The community&apos;s location is empty.</source>
        <translation>Локацијата на заедницата е празна.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No lead facilitator is named.</source>
        <translation>Не е наведен главен фасилитатор.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no community group.</source>
        <translation>Нема група од заедницата.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+77"/>
        <source>There is no service provider group.</source>
        <translation>Нема група на давателот на услуги.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The {group} group has no participants.</source>
        <translation>Групата {group} нема учесници.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No input items are tracked yet.</source>
        <translation>Сè уште не се следат влезни ресурси.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Input &apos;{item}&apos; has no actual value.</source>
        <translation>Влезниот ресурс &apos;{item}&apos; нема вистинска вредност.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No issues have been raised yet.</source>
        <translation>Сè уште не се покренати проблеми.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No indicators have been chosen yet.</source>
        <translation>Сè уште не се избрани индикатори.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The interface meeting has no date.</source>
        <translation>Заедничката средба нема датум.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No officials are recorded at the interface meeting.</source>
        <translation>Не се запишани службени лица на заедничката средба.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The action plan has no actions.</source>
        <translation>Акцискиот план нема активности.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action &apos;{action}&apos; has nobody responsible.</source>
        <translation>Активноста &apos;{action}&apos; нема одговорно лице.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action &apos;{action}&apos; has no due date.</source>
        <translation>Активноста &apos;{action}&apos; нема рок.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There are no actions to follow up yet.</source>
        <translation>Сè уште нема активности за следење.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No follow-up has been recorded for any action.</source>
        <translation>Не е запишано следење за ниту една активност.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no women&apos;s group.</source>
        <translation>Нема група на жени.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no youth group.</source>
        <translation>Нема група на млади.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Women are {percent}% of participants.</source>
        <translation>Жените се {percent}% од учесниците.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No participant with a disability is recorded.</source>
        <translation>Не е запишан ниту еден учесник со попреченост.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No young participant is recorded.</source>
        <translation>Не е запишан ниту еден млад учесник.</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../reports/blank_sheets.py" line="+31"/>
        <location line="+253"/>
        <source>Date</source>
        <translation>Датум</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Facilitator</source>
        <translation>Фасилитатор</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../reports/registry.py" line="+30"/>
        <source>Score sheet</source>
        <translation>Лист за оценување</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+45"/>
        <location line="+26"/>
        <location line="+48"/>
        <location line="+79"/>
        <location filename="../../reports/results.py" line="+283"/>
        <source>No.</source>
        <translation>Бр.</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+45"/>
        <location line="+26"/>
        <location filename="../../reports/head_office.py" line="+181"/>
        <location filename="../../reports/results.py" line="-220"/>
        <location line="+54"/>
        <location line="+71"/>
        <location line="+76"/>
        <location line="+20"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location line="-70"/>
        <location filename="../../reports/results.py" line="-220"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="+126"/>
        <source>Suggestion</source>
        <translation>Предлог</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../reports/registry.py" line="+1"/>
        <source>Ballot</source>
        <translation>Гласачко ливче</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participant number</source>
        <translation>Број на учесникот</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/head_office.py" line="-72"/>
        <location filename="../../reports/results.py" line="-1"/>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Circle one face for each indicator. Do not write your name.</source>
        <translation>Заокружете едно лице за секој индикатор. Не го пишувајте своето име.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your score</source>
        <translation>Вашата оценка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tally sheet</source>
        <translation>Лист за броење</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Count the hands raised for each level and write the number.</source>
        <translation>Избројте ги кренатите раце за секое ниво и запишете го бројот.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Disability</source>
        <translation>Попреченост</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority</source>
        <translation>Малцинство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor</source>
        <translation>Сиромашен</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/head_office.py" line="+44"/>
        <source>Youth</source>
        <translation>Млад</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../reports/registry.py" line="+1"/>
        <source>Attendance sheet</source>
        <translation>Листа на присутни</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gender: F, M or O. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
        <translation>Пол: F (женски), M (машки) или O (друго). Возраст: под 18, 18–24, 25–34, 35–49, 50–64, 65+. Штиклирајте што важи; името не е задолжително.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name (optional)</source>
        <translation>Име (не е задолжително)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature or thumbprint</source>
        <translation>Потпис или отпечаток од прст</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../reports/registry.py" line="+1"/>
        <source>Input tracking matrix</source>
        <translation>Матрица за следење на влезните ресурси</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input or service</source>
        <translation>Ресурс или услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entitlement</source>
        <translation>Право</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of entitlement</source>
        <translation>Извор на правото</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/head_office.py" line="-76"/>
        <source>Actual</source>
        <translation>Вистински</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="-69"/>
        <location line="+110"/>
        <source>Gap</source>
        <translation>Разлика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>Забелешки</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../reports/registry.py" line="+1"/>
        <source>Issue prioritisation sheet</source>
        <translation>Лист за приоритизација на проблеми</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write each issue once. Everyone gives their votes; the issues with most votes become indicators.</source>
        <translation>Секој проблем запишете го еднаш. Сите гласаат; проблемите со најмногу гласови стануваат индикатори.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Issue</source>
        <translation>Проблем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Покренат од</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Гласови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../reports/results.py" line="+4"/>
        <source>Service provider</source>
        <translation>Давател на услуги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community representative</source>
        <translation>Претставник на заедницата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local official</source>
        <translation>Локален службеник</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Потпис</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signatures</source>
        <translation>Потписи</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../reports/registry.py" line="+1"/>
        <source>Action plan form</source>
        <translation>Образец за акциски план</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicator or issue</source>
        <translation>Индикатор или проблем</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/head_office.py" line="+168"/>
        <location filename="../../reports/results.py" line="-146"/>
        <location line="+197"/>
        <location line="+66"/>
        <source>Action</source>
        <translation>Активност</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/head_office.py" line="+1"/>
        <location filename="../../reports/results.py" line="-65"/>
        <location line="+66"/>
        <source>Responsible</source>
        <translation>Одговорен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Институција</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/head_office.py" line="+1"/>
        <location filename="../../reports/results.py" line="-65"/>
        <location line="+66"/>
        <source>Due date</source>
        <translation>Рок</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="-65"/>
        <source>Resources</source>
        <translation>Ресурси</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="+3"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="+20"/>
        <location filename="../../reports/layout.py" line="+264"/>
        <source>Round {n}</source>
        <translation>Круг {n}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="-205"/>
        <location filename="../../reports/registry.py" line="+7"/>
        <source>Report for head office</source>
        <translation>Извештај за централната канцеларија</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle</source>
        <translation>Циклус</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility</source>
        <translation>Установа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+127"/>
        <location filename="../../reports/results.py" line="-173"/>
        <location line="+41"/>
        <location line="+74"/>
        <source>Community</source>
        <translation>Заедница</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Round</source>
        <translation>Круг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Скала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring</source>
        <translation>Начин на оценување</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Јазик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead facilitator</source>
        <translation>Главен фасилитатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+184"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Next review</source>
        <translation>Следен преглед</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training cycle</source>
        <translation>Циклус за обука</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage dates</source>
        <translation>Датуми на фазите</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Планирано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days late</source>
        <translation>Денови доцнење</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Participation</source>
        <translation>Учество</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Вкупно</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Community participants by attribute</source>
        <translation>Учесници од заедницата според обележје</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count (share)</source>
        <translation>Број (удел)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gender not recorded</source>
        <translation>Полот не е запишан</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Age {band}</source>
        <translation>Возраст {band}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a disability</source>
        <translation>Со попреченост</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a minority</source>
        <translation>Од малцинство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor households</source>
        <translation>Сиромашни домаќинства</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../reports/results.py" line="+32"/>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raw scores are medians on the cycle&apos;s scale; 0–100 makes rounds on different scales comparable. The trend lists the community score (0–100) by round.</source>
        <translation>Суровите оценки се медијани на скалата на циклусот; 0–100 овозможува споредба меѓу кругови со различни скали. Трендот ја покажува оценката на заедницата (0–100) по кругови.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>R{n}</source>
        <translation>К{n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Community 0–100</source>
        <translation>Заедница 0–100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Давател</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider 0–100</source>
        <translation>Давател 0–100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Тренд</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Action plan completion</source>
        <translation>Реализација на акцискиот план</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions agreed</source>
        <translation>Договорени активности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still open</source>
        <translation>Сè уште отворено</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location filename="../../reports/results.py" line="+83"/>
        <source>Overdue</source>
        <translation>Задоцнето</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Escalated (cannot be solved locally)</source>
        <translation>Ескалирано (не може да се реши локално)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue and escalated actions</source>
        <translation>Задоцнети и ескалирани активности</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Escalated</source>
        <translation>Ескалирано</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="-47"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} од {pages}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Printed {date}</source>
        <translation>Отпечатено на {date}</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="-6"/>
        <source>Participant stickers</source>
        <translation>Налепници за учесниците</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="-295"/>
        <source>Community scorecard results</source>
        <translation>Резултати од оценувањето на заедницата</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="+94"/>
        <source>Report for the service provider</source>
        <translation>Извештај за давателот на услуги</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="+81"/>
        <source>Interface meeting: community and provider</source>
        <translation>Заедничка средба: заедница и давател</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="+87"/>
        <source>Joint action plan</source>
        <translation>Заеднички акциски план</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reports/results.py" line="+22"/>
        <source>Follow-up checklist</source>
        <translation>Контролна листа за следење</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="-272"/>
        <location line="+202"/>
        <source>Main reason</source>
        <translation>Главна причина</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>What we agreed to do</source>
        <translation>Што се договоривме да направиме</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who</source>
        <translation>Кој</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By when</source>
        <translation>До кога</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+183"/>
        <source>No actions have been agreed yet.</source>
        <translation>Сè уште не се договорени активности.</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+277"/>
        <source>Next review: {date}</source>
        <translation>Следен преглед: {date}</translation>
    </message>
    <message>
        <location line="-259"/>
        <location line="+41"/>
        <source>Self-assessment</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Previous round</source>
        <translation>Претходен круг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Промена</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This is the first round: no earlier scores.</source>
        <translation>Ова е првиот круг: нема претходни оценки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Community scores and self-assessment</source>
        <translation>Оценки од заедницата и самооценка</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Strengths</source>
        <translation>Силни страни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weaknesses</source>
        <translation>Слаби страни</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <source>None this round.</source>
        <translation>Нема во овој круг.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Suggestions from the groups</source>
        <translation>Предлози од групите</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the plan</source>
        <translation>Во планот</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Actions</source>
        <translation>Активности</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Interface meeting: {date}</source>
        <translation>Заедничка средба: {date}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Visit date</source>
        <translation>Датум на посетата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visited by</source>
        <translation>Посетил</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status so far</source>
        <translation>Состојба досега</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done?</source>
        <translation>Готово?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Белешки</translation>
    </message>
    <message>
        <location filename="../../reports/stickers.py" line="+69"/>
        <source>Participant</source>
        <translation>Учесник</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../core/scales.py" line="+23"/>
        <source>Very bad</source>
        <translation>Многу лошо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad</source>
        <translation>Лошо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptable</source>
        <translation>Прифатливо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Добро</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very good</source>
        <translation>Многу добро</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Votes, consensus scores and shows of hands are whole numbers from {low} to {high}; only results (medians) can fall between two.</source>
        <translation>Гласовите, оценките со консензус и кревањето раце се цели броеви од {low} до {high}; само резултатите (медијаните) може да паднат помеѓу два.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>1–5 with faces</source>
        <translation>1–5 со лица</translation>
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
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../core/stages.py" line="+11"/>
        <source>Setup</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tracking</source>
        <translation>Следење на влезните ресурси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Индикатори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community scoring</source>
        <translation>Оценување од заедницата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider self-evaluation</source>
        <translation>Самооценување на давателот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface meeting</source>
        <translation>Заедничка средба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Акциски план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Следење</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../core/entities.py" line="+18"/>
        <source>Health centre</source>
        <translation>Здравствен дом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary school</source>
        <translation>Основно училиште</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water point</source>
        <translation>Водна точка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local administration office</source>
        <translation>Локална администрација</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Community</source>
        <translation>Заедница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provider</source>
        <translation>Давател на услуги</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women</source>
        <translation>Жени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Мажи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>Млади</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elders</source>
        <translation>Постари лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with disabilities</source>
        <translation>Лица со попреченост</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Group consensus</source>
        <translation>Консензус на групата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual votes</source>
        <translation>Поединечни гласови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Двете</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>In progress</source>
        <translation>Во тек</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Complete</source>
        <translation>Завршено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started</source>
        <translation>Не е започнато</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Откажано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Блокирано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Female</source>
        <translation>Женски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Машки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>High</source>
        <translation>Висок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Среден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Низок</translation>
    </message>
</context>
</TS>
