<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mk_MK">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../scorecard_app/core/checks.py" line="+64"/>
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
        <location line="+16"/>
        <source>Indicator &apos;{indicator}&apos; has no score from the {group} group.</source>
        <translation>Индикаторот &apos;{indicator}&apos; нема оценка од групата {group}.</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+20"/>
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
    <message>
        <location line="-237"/>
        <source>The due date {due} is already past; saved anyway.</source>
        <translation>Рокот {due} веќе помина; сепак е зачуван.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>There are no actions to follow up yet.</source>
        <translation>Сè уште нема активности за следење.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../scorecard_app/commands/data.py" line="+31"/>
        <source>The demo is already in this database.</source>
        <translation>Демото веќе е во оваа база на податоци.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the demo: 3 rounds of Riverside Health Centre ({n} cycles).</source>
        <translation>Демото е додадено: 3 круга на Riverside Health Centre (циклуси: {n}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No cycles yet.</source>
        <translation>Сè уште нема циклуси.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{id}  {facility} — {community} — round {round} — {stage} — {status}</source>
        <translation>{id}  {facility} — {community} — круг {round} — {stage} — {status}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (training)</source>
        <translation> (обука)</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/errors.py" line="+12"/>
        <source>Say which cycle with --cycle ID; `scorecard list` shows the ids.</source>
        <translation>Кажете кој циклус со --cycle ID; `scorecard list` ги прикажува ознаките.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no database at {path}.</source>
        <translation>Нема база на податоци на {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no cycle {id} in {path}.</source>
        <translation>Нема циклус {id} во {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папката {folder} не постои.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {why}.</source>
        <translation>Не може да се запише {path}: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Не може да се запише {path}: папката {folder} не постои.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: permission denied.</source>
        <translation>Не може да се запише {path}: пристапот е одбиен.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/open_data.py" line="+56"/>
        <source>{path} is a file; give a folder for the CSV package.</source>
        <translation>{path} е датотека; наведете папка за CSV-пакетот.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a folder; give a file name ending in .json.</source>
        <translation>{path} е папка; наведете име на датотека што завршува на .json.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say where to write the package with -o PATH.</source>
        <translation>Кажете каде да се запише пакетот со -o PATH.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is a training cycle: practice is never exported as open data.</source>
        <translation>Ова е циклус за обука: вежбањето никогаш не се извезува како отворени податоци.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote {path}: {results} results, {indicators} indicators, {actions} actions ({licence}).</source>
        <translation>Запишано {path}: резултати {results}, индикатори {indicators}, активности {actions} ({licence}).</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/printing.py" line="+53"/>
        <source>Say what to print, e.g. `scorecard print score-sheet`; see --list.</source>
        <translation>Кажете што да се печати, на пр. `scorecard print score-sheet`; видете --list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown printable “{kind}”; `scorecard print --list` names them.</source>
        <translation>Непознат документ за печатење „{kind}“; `scorecard print --list` ги наведува.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say where to write the PDF with -o FILE.pdf.</source>
        <translation>Кажете каде да се запише PDF-от со -o FILE.pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown language “{code}”; use one of {codes}.</source>
        <translation>Непознат јазик „{code}“; користете еден од {codes}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrote {path}</source>
        <translation>Запишано {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is a folder; give a file name ending in .pdf.</source>
        <translation>{path} е папка; наведете име на датотека што завршува на .pdf.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/commands/syncing.py" line="+70"/>
        <source>Give the enrolment code after the address.</source>
        <translation>Внесете го кодот за регистрација по адресата.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{url} is not a web address (it should start with https://).</source>
        <translation>{url} не е веб-адреса (треба да започнува со https://).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enrolled with {url} as device {device}.</source>
        <translation>Регистриран кај {url} како уред {device}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no server address yet: bundles only</source>
        <translation>сè уште нема адреса на серверот: само пакети</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolled as “{label}” (device {device}) of {organisation} ({where}). Delete the enrolment file now.</source>
        <translation>Регистриран како „{label}“ (уред {device}) на {organisation} ({where}). Избришете ја датотеката за регистрација сега.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Syncing… {done}/{total}</source>
        <translation>Синхронизирање… {done}/{total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop was enrolled from a file without a head-office address: it exchanges USB bundles (`scorecard export`, `scorecard import`).</source>
        <translation>Овој лаптоп е регистриран од датотека без адреса на централата: тој разменува USB-пакети (`scorecard export`, `scorecard import`).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sent {sent} changes ({conflicts} conflicts, {refused} refused, {waiting} waiting), {files} files; received {pulled} changes from head office.</source>
        <translation>Испратени промени: {sent} (конфликти {conflicts}, одбиени {refused}, на чекање {waiting}), датотеки {files}; примени промени од централата: {pulled}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run `scorecard sync status` to see what needs review.</source>
        <translation>Извршете `scorecard sync status` за да видите што треба да се прегледа.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: yours {yours}, head office {theirs}</source>
        <translation>{field}: ваше {yours}, централа {theirs}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not enrolled: run `scorecard sync enrol URL CODE` (or `sync enrol-file FILE`).</source>
        <translation>Не е регистриран: извршете `scorecard sync enrol URL CODE` (или `sync enrol-file FILE`).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device {device}: USB bundles only (no server address yet).</source>
        <translation>Уред {device}: само USB-пакети (сè уште нема адреса на серверот).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server: {url} (device {device})</source>
        <translation>Сервер: {url} (уред {device})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundles: can be signed</source>
        <translation>Пакети: може да се потпишат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles: {why}</source>
        <translation>Пакети: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes waiting: {changes} (files: {files})</source>
        <translation>Промени на чекање: {changes} (датотеки: {files})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>никогаш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: {when}</source>
        <translation>Последна синхронизација: {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last problem: {problem}</source>
        <translation>Последен проблем: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts to review: {n}</source>
        <translation>Конфликти за преглед: {n}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No cycle with id {id}.</source>
        <translation>Нема циклус со ознака {id}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {path}: {changes} changes, {files} files. Carry it to head office.</source>
        <translation>Запишано {path}: промени {changes}, датотеки {files}. Однесете го во централата.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>head office</source>
        <translation>централата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device {device}</source>
        <translation>уредот {device}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {n} refused (they change a finished cycle)</source>
        <translation>; одбиени {n} (менуваат завршен циклус)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {bundle} from {source} (signature checked): {applied} changes applied, {skipped} already here{refused}.</source>
        <translation>Увезено {bundle} од {source} (потписот е проверен): применети промени {applied}, веќе постојат {skipped}{refused}.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/cli.py" line="+21"/>
        <source>{program}: {problem}</source>
        <translation>{program}: {problem}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} е папка, а не датотека со база на податоци.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A scorecard:// link opens the app: give it on its own.</source>
        <translation>Врската scorecard:// ја отвора апликацијата: наведете ја самостојно.</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../scorecard_app/reports/blank_sheets.py" line="+34"/>
        <location line="+337"/>
        <source>Date</source>
        <translation>Датум</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>Facilitator</source>
        <translation>Фасилитатор</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+31"/>
        <source>Score sheet</source>
        <translation>Лист за оценување</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+125"/>
        <location line="+70"/>
        <location line="+87"/>
        <location filename="../../scorecard_app/reports/results.py" line="+372"/>
        <source>No.</source>
        <translation>Бр.</translation>
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
        <translation>Индикатор</translation>
    </message>
    <message>
        <location line="-124"/>
        <location filename="../../scorecard_app/reports/results.py" line="-270"/>
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
        <location filename="../../scorecard_app/reports/results.py" line="+171"/>
        <source>Suggestion</source>
        <translation>Предлог</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Ballot</source>
        <translation>Гласачко ливче</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant number</source>
        <translation>Број на учесникот</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="-85"/>
        <location filename="../../scorecard_app/reports/results.py" line="-1"/>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Circle one face for each indicator. Do not write your name.</source>
        <translation>Заокружете едно лице за секој индикатор. Не го пишувајте своето име.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Tally sheet</source>
        <translation>Лист за броење</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Count the hands raised for each level and write the number.</source>
        <translation>Избројте ги кренатите раце за секое ниво и запишете го бројот.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>F</source>
        <translation>Ж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <translation>М</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O</source>
        <translation>Д</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gender: {codes}. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
        <translation>Пол: {codes}. Возраст: под 18, 18–24, 25–34, 35–49, 50–64, 65+. Штиклирајте што важи; името не е задолжително.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../../scorecard_app/reports/head_office.py" line="+44"/>
        <source>Youth</source>
        <translation>Млад</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
        <source>Attendance sheet</source>
        <translation>Листа на присутни</translation>
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
        <location line="+31"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
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
        <location filename="../../scorecard_app/reports/head_office.py" line="-76"/>
        <source>Actual</source>
        <translation>Вистински</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-101"/>
        <location line="+142"/>
        <location filename="../../scorecard_app/reports/trends.py" line="+170"/>
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
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
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
        <location filename="../../scorecard_app/reports/results.py" line="+4"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-10"/>
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
        <location filename="../../scorecard_app/reports/registry.py" line="+1"/>
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
        <location filename="../../scorecard_app/reports/head_office.py" line="+196"/>
        <location filename="../../scorecard_app/reports/results.py" line="-177"/>
        <location line="+233"/>
        <location line="+76"/>
        <source>Action</source>
        <translation>Активност</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/head_office.py" line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-75"/>
        <location line="+76"/>
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
        <location filename="../../scorecard_app/reports/head_office.py" line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-75"/>
        <location line="+76"/>
        <source>Due date</source>
        <translation>Рок</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-75"/>
        <source>Resources</source>
        <translation>Ресурси</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+4"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/common.py" line="+20"/>
        <location filename="../../scorecard_app/reports/layout.py" line="+290"/>
        <source>Round {n}</source>
        <translation>Круг {n}</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/head_office.py" line="-233"/>
        <location filename="../../scorecard_app/reports/registry.py" line="+9"/>
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
        <location line="+140"/>
        <location line="+12"/>
        <location filename="../../scorecard_app/reports/results.py" line="-205"/>
        <location line="+57"/>
        <location line="+84"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-1"/>
        <source>Community</source>
        <translation>Заедница</translation>
    </message>
    <message>
        <location line="-151"/>
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
        <location line="+212"/>
        <location filename="../../scorecard_app/reports/results.py" line="+65"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-211"/>
        <location filename="../../scorecard_app/reports/results.py" line="-331"/>
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
        <location line="+17"/>
        <location filename="../../scorecard_app/reports/results.py" line="+301"/>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw scores are medians on the cycle&apos;s scale; 0–100 makes cycles on different scales comparable. The trends list the community&apos;s and the providers&apos; scores, round by round, in this round&apos;s scale units.</source>
        <translation>Суровите оценки се медијани на скалата на циклусот; 0–100 ги прави споредливи циклусите на различни скали. Трендовите ги наведуваат оценките на заедницата и на давателите, круг по круг, во единиците на скалата на овој круг.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rounds {first}–{last}</source>
        <translation>Кругови {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/trends.py" line="-10"/>
        <source>Scores of rounds {rounds} on the scale {scale}.</source>
        <translation>Оценки од круговите {rounds} на скалата {scale}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>R{n}</source>
        <translation>К{n}</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/head_office.py" line="+8"/>
        <source>Community 0–100</source>
        <translation>Заедница 0–100</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Provider</source>
        <translation>Давател</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Provider 0–100</source>
        <translation>Давател 0–100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Тренд</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+28"/>
        <location filename="../../scorecard_app/reports/results.py" line="+96"/>
        <source>Overdue</source>
        <translation>Задоцнето</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Escalated (cannot be solved locally)</source>
        <translation>Ескалирано (не може да се реши локално)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unfinished from earlier rounds</source>
        <translation>Недовршени од претходните кругови</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overdue and escalated actions</source>
        <translation>Задоцнети и ескалирани активности</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../scorecard_app/reports/results.py" line="-65"/>
        <location line="+85"/>
        <source>Escalated</source>
        <translation>Ескалирано</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/layout.py" line="-68"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} од {pages}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Printed {date}</source>
        <translation>Отпечатено на {date}</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/registry.py" line="-8"/>
        <source>Participant stickers</source>
        <translation>Налепници за учесниците</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="-392"/>
        <source>Community scorecard results</source>
        <translation>Резултати од оценувањето на заедницата</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+145"/>
        <source>Report for the service provider</source>
        <translation>Извештај за давателот на услуги</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+91"/>
        <source>Interface meeting: community and provider</source>
        <translation>Заедничка средба: заедница и давател</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+102"/>
        <source>Joint action plan</source>
        <translation>Заеднички акциски план</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/results.py" line="+23"/>
        <source>Follow-up checklist</source>
        <translation>Контролна листа за следење</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-30"/>
        <source>Trends across rounds</source>
        <translation>Трендови низ круговите</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../scorecard_app/reports/trends.py" line="-2"/>
        <source>Trends across rounds: wall chart</source>
        <translation>Трендови низ круговите: ѕиден приказ</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/results.py" line="-330"/>
        <location line="+247"/>
        <source>Main reason</source>
        <translation>Главна причина</translation>
    </message>
    <message>
        <location line="-218"/>
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
        <location line="+219"/>
        <source>No actions have been agreed yet.</source>
        <translation>Сè уште не се договорени активности.</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+55"/>
        <source>Self-assessment</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Previous round</source>
        <translation>Претходен круг</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Change</source>
        <translation>Промена</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+139"/>
        <location filename="../../scorecard_app/reports/trends.py" line="+8"/>
        <source>This is the first round: no earlier scores.</source>
        <translation>Ова е првиот круг: нема претходни оценки.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>New this round</source>
        <translation>Ново во овој круг</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Round {then} {arrow} round {now}</source>
        <translation>Круг {then} {arrow} круг {now}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This round</source>
        <translation>Овој круг</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Community scores and self-assessment</source>
        <translation>Оценки од заедницата и самооценка</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+38"/>
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
        <location line="+107"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Actions</source>
        <translation>Активности</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Interface meeting: {date}</source>
        <translation>Заедничка средба: {date}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Visit date</source>
        <translation>Датум на посетата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visited by</source>
        <translation>Посетил</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+18"/>
        <source>Agreed in round {n}</source>
        <translation>Договорено во круг {n}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} unfinished actions from earlier rounds are carried forward.</source>
        <translation>{n} недовршени активности од претходните кругови се пренесуваат.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/stickers.py" line="+70"/>
        <source>Participant</source>
        <translation>Учесник</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/reports/context.py" line="+146"/>
        <source>no change</source>
        <translation>без промена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up {n}</source>
        <translation>пораст {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down {n}</source>
        <translation>пад {n}</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../scorecard_app/core/scales.py" line="+24"/>
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
        <location line="+33"/>
        <source>“{value}” is not a number.</source>
        <translation>„{value}“ не е број.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} is outside the scale {low}–{high}.</source>
        <translation>{value} е надвор од скалата {low}–{high}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not a whole number: scores on this scale are whole numbers from {low} to {high}.</source>
        <translation>{value} не е цел број: оценките на оваа скала се цели броеви од {low} до {high}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a step of this scale (steps of {step}).</source>
        <translation>{value} не е чекор на оваа скала (чекори од по {step}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Votes, consensus scores and shows of hands go from {low} to {high} in half points; results (medians) can fall between them.</source>
        <translation>Гласовите, оценките со консензус и кревањето раце одат од {low} до {high} во половина поени; резултатите (медијаните) може да паднат помеѓу нив.</translation>
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
    <message>
        <location filename="../../scorecard_app/core/aggregation.py" line="+23"/>
        <source>Rounds on the same scale are compared in that scale&apos;s units. A round scored on another scale is re-expressed on this round&apos;s scale through 0–100: its score&apos;s position between the lowest and the highest mark is kept.</source>
        <translation>Круговите на иста скала се споредуваат во единиците на таа скала. Круг оценет на друга скала се изразува на скалата на овој круг преку 0–100: се задржува местото на оценката меѓу најниската и највисоката оцена.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/core/scales.py" line="-47"/>
        <source>Votes, consensus scores and shows of hands are whole numbers from {low} to {high}; only results (medians) can fall between two.</source>
        <translation>Гласовите, оценките со консензус и кревањето раце се цели броеви од {low} до {high}; само резултатите (медијаните) може да паднат помеѓу два.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../scorecard_app/core/stages.py" line="+11"/>
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
    <name>Store</name>
    <message>
        <location filename="../../scorecard_app/store/connection.py" line="+81"/>
        <source>{path} is damaged or is not a Scorecard database{detail}. The newest good backup is {backup}.</source>
        <translation>{path} е оштетена или не е база на податоци на Scorecard{detail}. Најновата исправна резервна копија е {backup}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is damaged or is not a Scorecard database{detail}. No good backup was found.</source>
        <translation>{path} е оштетена или не е база на податоци на Scorecard{detail}. Не е пронајдена исправна резервна копија.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} cannot be checked: {why}.</source>
        <translation>{path} не може да се провери: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The daily backup of {path} could not be made: {why}.</source>
        <translation>Дневната резервна копија на {path} не можеше да се направи: {why}.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{path} is a folder, not a Scorecard database file.</source>
        <translation>{path} е папка, а не датотека со база на податоци на Scorecard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папката {folder} не постои.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be read and written; check its permissions.</source>
        <translation>{path} не може да се чита и запишува; проверете ги дозволите.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} cannot be opened: {why}.</source>
        <translation>{path} не може да се отвори: {why}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{path} could not be prepared: {why}.</source>
        <translation>{path} не можеше да се подготви: {why}.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/store/replica.py" line="+47"/>
        <source>This database has no folder for attached files.</source>
        <translation>Оваа база на податоци нема папка за прикачени датотеки.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} is damaged: its content does not match its checksum.</source>
        <translation>{name} е оштетена: содржината не одговара на контролниот збир.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{subject}” is not something a photo can be attached to.</source>
        <translation>На „{subject}“ не може да се прикачи фотографија.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>That photo is not there any more.</source>
        <translation>Таа фотографија веќе ја нема.</translation>
    </message>
    <message>
        <location line="+447"/>
        <source>The bundle holds a kind of record this version does not know ({kind}).</source>
        <translation>Пакетот содржи вид запис што оваа верзија не го познава ({kind}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bundle holds unknown fields for a record ({kind}): {fields}.</source>
        <translation>Пакетот содржи непознати полиња за запис ({kind}): {fields}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle holds a photo attached to something unknown.</source>
        <translation>Пакетот содржи фотографија прикачена на нешто непознато.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The bundle changes a record ({kind}) that is not on this laptop.</source>
        <translation>Пакетот менува запис ({kind}) што не е на овој лаптоп.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The bundle holds an operation this version does not know ({op}).</source>
        <translation>Пакетот содржи операција што оваа верзија не ја познава ({op}).</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/store/repository.py" line="+57"/>
        <source>There is no record with id {id} ({kind}).</source>
        <translation>Нема запис со ознака {id} ({kind}).</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>No cycle with id {id}.</source>
        <translation>Нема циклус со ознака {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cycle is finished. Reopen it (with a reason) to change it.</source>
        <translation>Овој циклус е завршен. Отворете го повторно (со причина) за да го промените.</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Say why the cycle is reopened; the reason is kept in its log.</source>
        <translation>Кажете зошто циклусот се отвора повторно; причината се чува во неговиот дневник.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>“{count}” is not a count of people.</source>
        <translation>„{count}“ не е број на луѓе.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../scorecard_app/core/entities.py" line="+18"/>
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
        <location line="+42"/>
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
