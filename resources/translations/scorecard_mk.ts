<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mk_MK">
<context>
    <name>ActionFollowUp</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/follow_up.py" line="+130"/>
        <source>No updates yet.</source>
        <translation>Сè уште нема ажурирања.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the date of the update.</source>
        <translation>Внесете го датумот на ажурирањето.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Update on “{what}”</source>
        <translation>Ажурирање за „{what}“</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Head office, {date}: {note}</source>
        <translation>Централа, {date}: {note}</translation>
    </message>
</context>
<context>
    <name>ActionFollowUpForm</name>
    <message>
        <location filename="../../ui/action_follow_up.ui" line="+23"/>
        <source>Add a status update</source>
        <translation>Додај ажурирање на статусот</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date:</source>
        <translation>Д&amp;атум:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update date</source>
        <translation>Датум на ажурирањето</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New status</source>
        <translation>Нов статус</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Белешка:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update note</source>
        <translation>Белешка за ажурирањето</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen or reported</source>
        <translation>Што е видено или пријавено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add update</source>
        <translation>Додај ажурирање</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;update</source>
        <translation>Д&amp;одај ажурирање</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Историја</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updates of the selected action</source>
        <translation>Ажурирања на избраната активност</translation>
    </message>
</context>
<context>
    <name>ActionPlanForm</name>
    <message>
        <location filename="../../ui/action_plan.ui" line="+18"/>
        <source>Add action</source>
        <translation>Додај активност</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add action</source>
        <translation>Додај &amp;активност</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+149"/>
        <source>Delete action</source>
        <translation>Избриши активност</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>De&amp;lete action</source>
        <translation>И&amp;збриши активност</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Actions</source>
        <translation>Активности</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Selected action</source>
        <translation>Избрана активност</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What:</source>
        <translation>&amp;Што:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What will be done</source>
        <translation>Што ќе се направи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Индикатор:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Responsible:</source>
        <translation>Од&amp;говорен:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Responsible person</source>
        <translation>Одговорно лице</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&amp;nstitution:</source>
        <translation>И&amp;нституција:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Institution</source>
        <translation>Институција</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>D&amp;ue:</source>
        <translation>Р&amp;ок:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due date</source>
        <translation>Краен рок</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;sources:</source>
        <translation>Р&amp;есурси:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resources needed</source>
        <translation>Потребни ресурси</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Priority:</source>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalate to the district</source>
        <translation>Проследи до округот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Escalate to the district</source>
        <translation>Прос&amp;леди до округот</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Photos of the selected action (e.g. the signed plan)</source>
        <translation>Фотографии од избраната активност (на пр. потпишаниот план)</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/action_plan.py" line="+154"/>
        <source>Add action</source>
        <translation>Додај активност</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>what</source>
        <translation>опис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>индикатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible person</source>
        <translation>одговорно лице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>institution</source>
        <translation>институција</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>краен рок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resources</source>
        <translation>ресурси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalation</source>
        <translation>проследување нагоре</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change {field} of “{what}”</source>
        <translation>Промени {field} на „{what}“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Say what will be done; the action keeps its old text.</source>
        <translation>Кажете што ќе се направи; активноста го задржува стариот текст.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New action</source>
        <translation>Нова активност</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete action “{what}”</source>
        <translation>Избриши ја активноста „{what}“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No actions yet: press Add action (Alt+A).</source>
        <translation>Сè уште нема активности: притиснете Додај активност (Alt+А).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>— no indicator —</source>
        <translation>— без индикатор —</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Agree each action with both sides: what exactly, who is responsible, by when, and what it needs. Escalate what the facility cannot solve alone.</source>
        <translation>Договорете ја секоја активност со двете страни: што точно, кој е одговорен, до кога и што е потребно. Проследете го нагоре она што установата не може сама да го реши.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Photos of the selected action</source>
        <translation>Фотографии од избраната активност</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n action(s), {done} done. Select one to edit it below.</source>
        <translation>
            <numerusform>%n активност, {done} завршени. Изберете една за да ја уредите подолу.</numerusform>
            <numerusform>%n активности, {done} завршени. Изберете една за да ја уредите подолу.</numerusform>
            <numerusform>%n активности, {done} завршени. Изберете една за да ја уредите подолу.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../scorecard_app/gui/action_model.py" line="+88"/>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Круг</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Due</source>
        <translation>Рок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>Денови задоцнување</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Ресурси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest update</source>
        <translation>Последно ажурирање</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{status} — overdue by {n} days</source>
        <translation>{status} — задоцнето {n} дена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>escalated</source>
        <translation>проследено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet</source>
        <translation>сè уште нема</translation>
    </message>
</context>
<context>
    <name>CommunityScoringPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/community_scoring.py" line="+148"/>
        <source>Consensus scores</source>
        <translation>Оценки со консензус</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Individual votes</source>
        <translation>Поединечни гласови</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show of hands</source>
        <translation>Кревање рака</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A show of hands needs a scale with few levels; use individual votes here.</source>
        <translation>За кревање рака е потребна скала со малку нивоа; тука користете поединечни гласови.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ways of scoring</source>
        <translation>Начини на оценување</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group &amp;consensus</source>
        <translation>Групен &amp;консензус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual &amp;votes</source>
        <translation>П&amp;оединечни гласови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show of &amp;hands</source>
        <translation>Кревање &amp;рака</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Read each indicator aloud and show the faces. Let the group agree a score and say why, or let each person vote in secret and type the votes in the grid.</source>
        <translation>Прочитајте го секој индикатор на глас и покажете ги лицата. Нека групата договори оценка и каже зошто, или нека секој гласа тајно и внесете ги гласовите во табелата.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/interface_meeting.py" line="+102"/>
        <source>Round {r}
comm. · prov.</source>
        <translation>Круг {r}
заед. · дав.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last round</source>
        <translation>Претходен круг</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Community</source>
        <translation>Заедница</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+29"/>
        <source>Providers</source>
        <translation>Даватели</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Gap</source>
        <translation>Разлика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Промена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion notes</source>
        <translation>Белешки од дискусијата</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Last round, {indicator}: community {c}, providers {p}</source>
        <translation>Претходен круг, {indicator}: заедница {c}, даватели {p}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discussion notes for {indicator}: {text}</source>
        <translation>Белешки од дискусијата за {indicator}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>празно</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discussion notes for {indicator}</source>
        <translation>Белешки од дискусијата за {indicator}</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>{text} (providers&apos; own)</source>
        <translation>{text} (сопствен на давателите)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/sync_panel.py" line="+150"/>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Head office kept its own value where both sides changed the same thing. Check each one and, if needed, change it again in the cycle.</source>
        <translation>Каде двете страни го промениле истото, централата ја задржала својата вредност. Проверете ја секоја и, ако е потребно, променете ја повторно во циклусот.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to review.</source>
        <translation>Нема ништо за преглед.</translation>
    </message>
</context>
<context>
    <name>ConflictsForm</name>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="+8"/>
        <source>Conflicts to review</source>
        <translation>Конфликти за преглед</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflicts</source>
        <translation>Конфликти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop</source>
        <translation>Овој лаптоп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office</source>
        <translation>Централа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Зошто</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark all as reviewed</source>
        <translation>Означи ги сите како прегледани</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Означи ги сите како прегледани</translation>
    </message>
</context>
<context>
    <name>ConsensusModel</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="+182"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+39"/>
        <source>Suggestion</source>
        <translation>Предлог</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>{text} (providers&apos; own)</source>
        <translation>{text} (сопствен на давателите)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Score for {indicator}: {value}</source>
        <translation>Оценка за {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} for {indicator}: {text}</source>
        <translation>{what} за {indicator}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>празно</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Score {indicator}</source>
        <translation>Оцени {indicator}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for {indicator}</source>
        <translation>Причина за {indicator}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion for {indicator}</source>
        <translation>Предлог за {indicator}</translation>
    </message>
</context>
<context>
    <name>CycleListModel</name>
    <message>
        <location filename="../../scorecard_app/gui/cycle_list.py" line="+129"/>
        <source>Facility</source>
        <translation>Установа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Заедница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Круг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Бара внимание</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s) missing</source>
        <translation>
            <numerusform>Недостасува %n ставка</numerusform>
            <numerusform>Недостасуваат %n ставки</numerusform>
            <numerusform>Недостасуваат %n ставки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue action(s)</source>
        <translation>
            <numerusform>%n задоцнета активност</numerusform>
            <numerusform>%n задоцнети активности</numerusform>
            <numerusform>%n задоцнети активности</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRAINING (never synced)</source>
        <translation>ОБУКА (никогаш не се синхронизира)</translation>
    </message>
</context>
<context>
    <name>CycleListPage</name>
    <message>
        <location line="+82"/>
        <source>Search facility, community, stage, issues, indicators, actions…</source>
        <translation>Барај установа, заедница, фаза, проблеми, индикатори, активности…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter cycles</source>
        <translation>Филтрирај циклуси</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>Резултати од пребарувањето</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycles</source>
        <translation>Циклуси</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open cycle</source>
        <translation>&amp;Отвори циклус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cycle</source>
        <translation>Отвори циклус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New cycle…</source>
        <translation>&amp;Нов циклус…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cycle</source>
        <translation>Нов циклус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start ne&amp;xt round…</source>
        <translation>&amp;Започни следен круг…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start next round</source>
        <translation>Започни следен круг</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score card cycles</source>
        <translation>Циклуси на картичката за оценување</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>issue</source>
        <translation>проблем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>индикатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action</source>
        <translation>активност</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>round {n}: {kind} “{text}”</source>
        <translation>круг {n}: {kind} „{text}“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Found inside cycles: </source>
        <translation>Пронајдено во циклусите: </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and %n more</source>
        <translation>
            <numerusform> и уште %n</numerusform>
            <numerusform> и уште %n</numerusform>
            <numerusform> и уште %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleSetupDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/cycle_setup.py" line="+94"/>
        <source>New facility…</source>
        <translation>Нова установа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Create cycle</source>
        <translation>Создај циклус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Round 1 (the first score card here)</source>
        <translation>Круг 1 (првата картичка за оценување тука)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round {n}, linked to round {p} (its indicators and actions carry on)</source>
        <translation>Круг {n}, поврзан со кругот {p} (неговите индикатори и активности продолжуваат)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write at least the village of the community.</source>
        <translation>Напишете барем го селото на заедницата.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the name of the new facility.</source>
        <translation>Напишете го името на новата установа.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose the facility first (or “New facility…”).</source>
        <translation>Најпрво изберете установа (или „Нова установа…“).</translation>
    </message>
</context>
<context>
    <name>CycleSetupForm</name>
    <message>
        <location filename="../../ui/cycle_setup.ui" line="+12"/>
        <source>New score card cycle</source>
        <translation>Нов циклус на картичката за оценување</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Facility:</source>
        <translation>Ус&amp;танова:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facility</source>
        <translation>Установа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a facility…</source>
        <translation>Изберете установа…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New facility &amp;name:</source>
        <translation>&amp;Име на новата установа:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New facility name</source>
        <translation>Име на новата установа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Riverside Health Centre</source>
        <translation>на пр. Здравствен дом Крајбрег</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;ctor:</source>
        <translation>С&amp;ектор:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Community &amp;location:</source>
        <translation>&amp;Локација на заедницата:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Round:</source>
        <translation>Круг:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round</source>
        <translation>Круг</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Scale:</source>
        <translation>С&amp;кала:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scale</source>
        <translation>Скала</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scoring &amp;mode:</source>
        <translation>&amp;Начин на оценување:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoring mode</source>
        <translation>Начин на оценување</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session lan&amp;guage:</source>
        <translation>&amp;Јазик на средбата:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session language</source>
        <translation>Јазик на средбата</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lea&amp;d facilitator:</source>
        <translation>&amp;Главен фасилитатор:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lead facilitator</source>
        <translation>Главен фасилитатор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other facilitators:</source>
        <translation>Други &amp;фасилитатори:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other facilitators</source>
        <translation>Други фасилитатори</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names, separated by commas</source>
        <translation>Имиња, одделени со запирки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training cycle</source>
        <translation>Циклус за обука</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Training cycle</source>
        <translation>Циклус за &amp;обука</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practice only: marked as training on every screen and never synced.</source>
        <translation>Само за вежбање: на секој екран означен како обука и никогаш не се синхронизира.</translation>
    </message>
</context>
<context>
    <name>CycleWorkspace</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="+178"/>
        <source>TRAINING CYCLE — for practice only. It is never synced to head office.</source>
        <translation>ЦИКЛУС ЗА ОБУКА — само за вежбање. Никогаш не се синхронизира со централата.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finish c&amp;ycle…</source>
        <translation>За&amp;врши го циклусот…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish cycle</source>
        <translation>Заврши го циклусот</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;open cycle…</source>
        <translation>Отвори &amp;повторно…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen cycle</source>
        <translation>Отвори го циклусот повторно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start ne&amp;xt round…</source>
        <translation>Започни сле&amp;ден круг…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start next round</source>
        <translation>Започни следен круг</translation>
    </message>
    <message>
        <location line="+156"/>
        <source> — training (never synced)</source>
        <translation> — обука (никогаш не се синхронизира)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — finished and locked</source>
        <translation> — завршен и заклучен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{facility} · {community} · round {round}</source>
        <translation>{facility} · {community} · круг {round}</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>This cycle is finished and locked: it can be read, printed and its actions followed up. To change anything else, reopen it (with a reason).</source>
        <translation>Овој циклус е завршен и заклучен: може да се чита, печати и да се следат активностите. За да смените нешто друго, отворете го повторно (со причина).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../scorecard_app/gui/date_field.py" line="+30"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a date like 2026-11-20; ↑ and ↓ change it by a day.</source>
        <translation>Внесете датум како 2026-11-20; ↑ и ↓ го менуваат за еден ден.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{text}” is not a date; type it like 2026-11-20.</source>
        <translation>„{text}“ не е датум; внесете го како 2026-11-20.</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/fields.py" line="+78"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{text}” is not a date; write it like 2026-11-22.</source>
        <translation>„{text}“ не е датум; напишете го како 2026-11-22.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/sync_panel.py" line="-56"/>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <location filename="../../ui/enrol_dialog.ui" line="+5"/>
        <source>Enrol this laptop</source>
        <translation>Регистрирај го овој лаптоп</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the address and the one-time code that head office gave you, or paste the whole enrolment link into the address box.</source>
        <translation>Внесете ја адресата и еднократниот код што ви ги даде централата, или залепете ја целата врска за регистрација во полето за адреса.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Head office address</source>
        <translation>Адреса на централата</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enrolment code</source>
        <translation>Код за регистрација</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enrol</source>
        <translation>Регистрирај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Регистрирај</translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="+342"/>
        <source>The copied block ({rows} rows × {cols} columns) does not fit here: from this cell there are {free_rows} rows and {free_cols} columns.</source>
        <translation>Копираниот блок ({rows} редови × {cols} колони) не собира тука: од оваа ќелија има {free_rows} редови и {free_cols} колони.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was pasted: “{text}” (row {row}, column {col} of the copied block) — {why}</source>
        <translation>Ништо не е залепено: „{text}“ (ред {row}, колона {col} од копираниот блок) — {why}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Залепи %n ќелија</numerusform>
            <numerusform>Залепи %n ќелии</numerusform>
            <numerusform>Залепи %n ќелии</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/export_data.py" line="+38"/>
        <location line="+1"/>
        <source>Export open data</source>
        <translation>Извоз на отворени податоци</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writes this cycle&apos;s results as open data that anyone can reuse: facilities, indicators, scores by group type, the action plan and its follow-up. No participant and no name is included; a figure resting on fewer than %1 people is hidden.</source>
        <translation>Ги запишува резултатите од овој циклус како отворени податоци што секој може повторно да ги користи: установи, индикатори, оценки по вид на група, акцискиот план и неговото следење. Не се вклучени учесници ниту имиња; бројка што се темели на помалку од %1 луѓе е скриена.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is exported</source>
        <translation>Што се извезува</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder of CSV files (with datapackage.json)</source>
        <translation>Папка со CSV-датотеки (со datapackage.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON file</source>
        <translation>Една JSON-датотека</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence</source>
        <translation>Лиценца</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence:</source>
        <translation>&amp;Лиценца:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Напредок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Извези…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Извези</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a training cycle: practice is never exported as open data.</source>
        <translation>Ова е циклус за обука: вежбата никогаш не се извезува како отворени податоци.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a folder for the data package</source>
        <translation>Изберете папка за пакетот податоци</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the data package</source>
        <translation>Зачувај го пакетот податоци</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-датотеки (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting…</source>
        <translation>Се извезува…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved %1: %2 results, %3 actions.</source>
        <translation>Зачувано %1: %2 резултати, %3 активности.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not export: %1</source>
        <translation>Не може да се извезе: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export open &amp;data…</source>
        <translation>Извези отворени &amp;податоци…</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../scorecard_app/gui/field_message.py" line="+20"/>
        <source>Not saved</source>
        <translation>Не е зачувано</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="-106"/>
        <source>Finish cycle</source>
        <translation>Заврши го циклусот</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything is complete.</source>
        <translation>Сè е комплетно.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n thing(s) are still missing:</source>
        <translation>
            <numerusform>Сè уште недостасува %n работа:</numerusform>
            <numerusform>Сè уште недостасуваат %n работи:</numerusform>
            <numerusform>Сè уште недостасуваат %n работи:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>Што недостасува</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who may have been left out (not required)</source>
        <translation>Кој можеби бил изоставен (не е задолжително)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finishing locks the cycle: nothing can be changed any more, except the follow-up of actions. It can be reopened later, with a reason.</source>
        <translation>Завршувањето го заклучува циклусот: ништо повеќе не може да се менува, освен следењето на активностите. Подоцна може повторно да се отвори, со причина.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Finish and lock</source>
        <translation>Заврши и заклучи</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Finish anyway and lock</source>
        <translation>Сепак заврши и заклучи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../ui/follow_up.ui" line="+16"/>
        <source>Follow-up</source>
        <translation>Следење</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This round</source>
        <translation>Овој круг</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previous round</source>
        <translation>Претходен круг</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Carried forward</source>
        <translation>Пренесени</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue</source>
        <translation>Задоцнети</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue actions</source>
        <translation>Задоцнети активности</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/follow_up.py" line="+62"/>
        <source>Actions of this round</source>
        <translation>Активности од овој круг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions of the previous round</source>
        <translation>Активности од претходниот круг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished actions of earlier rounds</source>
        <translation>Недовршени активности од претходните кругови</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Carried forward (%n)</source>
        <translation>
            <numerusform>Пренесени (%n)</numerusform>
            <numerusform>Пренесени (%n)</numerusform>
            <numerusform>Пренесени (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round {r}: review</source>
        <translation>Круг {r}: преглед</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Задоцнети (%n)</numerusform>
            <numerusform>Задоцнети (%n)</numerusform>
            <numerusform>Задоцнети (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Record what happened to each action: pick it, choose its status, add a note.</source>
        <translation>Запишете што се случило со секоја активност: изберете ја, изберете статус, додајте белешка.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Round {r} had {n} actions; review them first in the “Round {r}: review” tab.</source>
        <translation>Кругот {r} имаше {n} активности; прво прегледајте ги во јазичето „Круг {r}: преглед“.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n unfinished actions from earlier rounds are carried forward: see “Carried forward”.</source>
        <translation>
            <numerusform>%n недовршена активност од претходните кругови се пренесува: видете „Пренесени“.</numerusform>
            <numerusform>%n недовршени активности од претходните кругови се пренесуваат: видете „Пренесени“.</numerusform>
            <numerusform>%n недовршени активности од претходните кругови се пренесуваат: видете „Пренесени“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Visit the facility and the committee each month. Record each action&apos;s status with the date and what you saw; chase what is overdue.</source>
        <translation>Посетувајте ги установата и комитетот секој месец. Запишете го статусот на секоја активност со датумот и она што сте го виделе; барајте ги задоцнетите.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/help_pages.py" line="+33"/>
        <location line="+2"/>
        <source>Facilitator guide</source>
        <translation>Водич за фасилитаторот</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The guide is not installed with this copy.</source>
        <translation>Водичот не е инсталиран со овој примерок.</translation>
    </message>
</context>
<context>
    <name>IndicatorsForm</name>
    <message>
        <location filename="../../ui/indicators.ui" line="+25"/>
        <source>Choose indicators</source>
        <translation>Изберете индикатори</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where indicators come from</source>
        <translation>Од каде доаѓаат индикаторите</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the issues</source>
        <translation>Од проблемите</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranked issues to choose from</source>
        <translation>Рангирани проблеми за избор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use issue as indicator</source>
        <translation>Користи го проблемот како индикатор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use issue as &amp;indicator</source>
        <translation>Користи го проблемот како &amp;индикатор</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the library</source>
        <translation>Од библиотеката</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the library</source>
        <translation>Пребарај ја библиотеката</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the indicator library…</source>
        <translation>Пребарај ја библиотеката на индикатори…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Library indicators</source>
        <translation>Индикатори од библиотеката</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add from library</source>
        <translation>Додај од библиотеката</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add from &amp;library</source>
        <translation>Додај од &amp;библиотеката</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Or write a custom one:</source>
        <translation>Или напишете сопствен:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom indicator</source>
        <translation>Сопствен индикатор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your own indicator and press Enter</source>
        <translation>Внесете сопствен индикатор и притиснете Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indicators of this cycle, in scoring order</source>
        <translation>Индикатори на овој циклус, по редослед на оценување</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unlock indicators</source>
        <translation>Отклучи ги индикаторите</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock indicators…</source>
        <translation>Отклучи &amp;ги индикаторите…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chosen indicators</source>
        <translation>Избрани индикатори</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text of the selected indicator:</source>
        <translation>Текст на избраниот индикатор:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicator text</source>
        <translation>Текст на индикаторот</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>Move indicator up</source>
        <translation>Помести го индикаторот нагоре</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Move &amp;up</source>
        <translation>Помести &amp;нагоре</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>Move indicator down</source>
        <translation>Помести го индикаторот надолу</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Move do&amp;wn</source>
        <translation>Пом&amp;ести надолу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove indicator</source>
        <translation>Отстрани индикатор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Отстрани</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/indicators.py" line="+89"/>
        <source>Unlock the indicators?</source>
        <translation>Да се отклучат индикаторите?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring has started: {scores} group scores, {votes} individual votes and {tallies} show-of-hands counts are entered.

If you remove an indicator, its scores are hidden from the results. If you add one, groups that have already scored must score it too. Renaming changes what people scored.

Unlock anyway?</source>
        <translation>Оценувањето започна: внесени се {scores} групни оценки, {votes} поединечни гласови и {tallies} броења со кревање рака.

Ако отстраните индикатор, неговите оценки се кријат од резултатите. Ако додадете индикатор, групите што веќе оцениле мора да го оценат и него. Преименувањето го менува она што луѓето го оцениле.

Сепак да се отклучи?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The indicators are locked because scoring has started. Unlock them first.</source>
        <translation>Индикаторите се заклучени бидејќи оценувањето започна. Прво отклучете ги.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{text}” is already an indicator.</source>
        <translation>„{text}“ веќе е индикатор.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add indicator {text}</source>
        <translation>Додај индикатор {text}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Rename indicator</source>
        <translation>Преименувај индикатор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove indicator {text}</source>
        <translation>Отстрани индикатор {text}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move indicator</source>
        <translation>Помести индикатор</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>providers&apos; own</source>
        <translation>сопствен на давателите</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>custom</source>
        <translation>сопствен</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{text} — raised by %n group(s), {votes} votes</source>
        <translation>
            <numerusform>{text} — покренат од %n група, {votes} гласови</numerusform>
            <numerusform>{text} — покренат од %n групи, {votes} гласови</numerusform>
            <numerusform>{text} — покренат од %n групи, {votes} гласови</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cycle is finished; the indicators are fixed.</source>
        <translation>Циклусот е завршен; индикаторите се конечни.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked: scoring has started, so the indicators stay as they are.</source>
        <translation>Заклучено: оценувањето започна, па индикаторите остануваат такви какви што се.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocked for changes, although scoring has started.</source>
        <translation>Отклучено за промени, иако оценувањето започна.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n indicator(s) chosen. Aim for 5 to 8.</source>
        <translation>
            <numerusform>Избран е %n индикатор. Целете кон 5 до 8.</numerusform>
            <numerusform>Избрани се %n индикатори. Целете кон 5 до 8.</numerusform>
            <numerusform>Избрани се %n индикатори. Целете кон 5 до 8.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Head office has withdrawn “{text}” from the library.</source>
        <translation>Централата го повлече „{text}“ од библиотеката.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>(withdrawn by head office)</source>
        <translation>(повлечено од централата)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(new from head office)</source>
        <translation>(ново од централата)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>from the issues</source>
        <translation>од проблемите</translation>
    </message>
</context>
<context>
    <name>InlineError</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/fields.py" line="+89"/>
        <source>Not saved</source>
        <translation>Не е зачувано</translation>
    </message>
</context>
<context>
    <name>InputTrackingForm</name>
    <message>
        <location filename="../../ui/input_tracking.ui" line="+21"/>
        <source>First read out what the facility should have (the entitlement and where that is written). Then the group agrees what is actually there.</source>
        <translation>Прво прочитајте на глас што треба да има установата (што ѝ следува и каде тоа е запишано). Потоа групата договара што навистина има.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New input item</source>
        <translation>Нова ставка на влез</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type an input (e.g. Nurses on duty) and press Enter</source>
        <translation>Внесете влез (на пр. Медицински сестри на должност) и притиснете Enter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add input item</source>
        <translation>Додај ставка на влез</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add item</source>
        <translation>Д&amp;одај ставка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove input item</source>
        <translation>Отстрани ставка на влез</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove item</source>
        <translation>О&amp;тстрани ставка</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Input tracking matrix</source>
        <translation>Матрица за следење на влезовите</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Input item</source>
        <translation>Ставка на влез</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entitlement</source>
        <translation>Што следува</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source of the entitlement</source>
        <translation>Извор на правото</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual</source>
        <translation>Вистински</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gap</source>
        <translation>Разлика</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remarks</source>
        <translation>Забелешки</translation>
    </message>
</context>
<context>
    <name>InputTrackingPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/input_tracking.py" line="+72"/>
        <source>Remove input item</source>
        <translation>Отстрани ставка на влез</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Add input {item}</source>
        <translation>Додај влез {item}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“{text}” is not a number; write it like 12 or 3.5.</source>
        <translation>„{text}“ не е број; напишете го како 12 или 3,5.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change {item}</source>
        <translation>Промени {item}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 (as entitled)</source>
        <translation>0 (колку што следува)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} (less than entitled)</source>
        <translation>{n} (помалку од она што следува)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+{n} (more than entitled)</source>
        <translation>+{n} (повеќе од она што следува)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Remove the input item “{item}” and what was recorded for it?</source>
        <translation>Да се отстрани ставката „{item}“ и она што е запишано за неа?</translation>
    </message>
</context>
<context>
    <name>InterfaceMeetingForm</name>
    <message>
        <location filename="../../ui/interface_meeting.ui" line="+18"/>
        <source>Projector view</source>
        <translation>Приказ за проектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Projector view (F11)</source>
        <translation>Приказ &amp;за проектор (F11)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message</source>
        <translation>Порака</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Community and provider scores</source>
        <translation>Оценки на заедницата и на давателите</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meeting</source>
        <translation>Средба</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date:</source>
        <translation>Д&amp;атум:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting date</source>
        <translation>Датум на средбата</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Venue:</source>
        <translation>М&amp;есто:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mmunity present:</source>
        <translation>Присутни &amp;од заедницата:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Community members present</source>
        <translation>Присутни членови на заедницата</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;roviders present:</source>
        <translation>П&amp;рисутни даватели:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Providers present</source>
        <translation>Присутни даватели</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Белешки:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting notes</source>
        <translation>Белешки од средбата</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Officials present</source>
        <translation>Присутни службеници</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New official</source>
        <translation>Нов службеник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (role)</source>
        <translation>Име (улога)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add official</source>
        <translation>Додај службеник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd official</source>
        <translation>Дода&amp;ј службеник</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>Remove official</source>
        <translation>Отстрани службеник</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Remove o&amp;fficial</source>
        <translation>Отстрани с&amp;лужбеник</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photos of the meeting</source>
        <translation>Фотографии од состанокот</translation>
    </message>
</context>
<context>
    <name>InterfaceMeetingPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/interface_meeting.py" line="+89"/>
        <source>Meeting date</source>
        <translation>Датум на средбата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting venue</source>
        <translation>Место на средбата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting notes</source>
        <translation>Белешки од средбата</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>Присуство</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Add official {name}</source>
        <translation>Додај службеник {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove official {name}</source>
        <translation>Отстрани службеник {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} indicators compared; providers rate themselves higher on {h} of them.</source>
        <translation>Споредени се {n} индикатори; давателите се оценуваат повисоко кај {h} од нив.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scores from both sides appear here once they are entered.</source>
        <translation>Оценките од двете страни се појавуваат тука откако ќе се внесат.</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>Round {r}: community {c} · providers {p}</source>
        <translation>Круг {r}: заедница {c} · даватели {p}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{facility} — community and providers, round {r}</source>
        <translation>{facility} — заедница и даватели, круг {r}</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>Show both sides&apos; scores on the projector (F11). Start with the biggest gaps; ask each side to explain, and note what was said for each indicator.</source>
        <translation>Прикажете ги оценките на двете страни на проекторот (F11). Почнете со најголемите разлики; побарајте секоја страна да објасни и запишете што е кажано за секој индикатор.</translation>
    </message>
</context>
<context>
    <name>IssuesPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/issues.py" line="+70"/>
        <source>Group raising issues</source>
        <translation>Група што покренува проблеми</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised by</source>
        <translation>Покренато од</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who raised the issue: the group, someone in the room, or a sticker number</source>
        <translation>Кој го покренал проблемот: групата, некој во просторијата или број на налепница</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New issue</source>
        <translation>Нов проблем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an issue and press Enter</source>
        <translation>Внесете проблем и притиснете Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issues of the group</source>
        <translation>Проблеми на групата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Проблем</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Votes</source>
        <translation>Гласови</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remove issue</source>
        <translation>О&amp;тстрани проблем</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>Remove issue</source>
        <translation>Отстрани проблем</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Issues raised by one group</source>
        <translation>Проблеми покренати од една група</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group:</source>
        <translation>&amp;Група:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised &amp;by:</source>
        <translation>Покренато &amp;од:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;issue:</source>
        <translation>&amp;Нов проблем:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record an issue only when the group agrees on it.</source>
        <translation>Запишете проблем само кога групата ќе се согласи за него.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranked issues</source>
        <translation>Рангирани проблеми</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge selected into one</source>
        <translation>Спој ги &amp;избраните во еден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge selected issues</source>
        <translation>Спој ги избраните проблеми</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select duplicates (Ctrl+click or Shift+arrows); the first one is kept</source>
        <translation>Изберете ги дупликатите (Ctrl+клик или Shift+стрелки); првиот се задржува</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Split merged issue</source>
        <translation>&amp;Раздели споен проблем</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>Split merged issue</source>
        <translation>Раздели споен проблем</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>All groups, ranked</source>
        <translation>Сите групи, рангирано</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add the groups first (step Participants).</source>
        <translation>Прво додајте ги групите (чекор Учесници).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add issue {text}</source>
        <translation>Додај проблем {text}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select two or more issues that say the same thing.</source>
        <translation>Изберете два или повеќе проблеми што го кажуваат истото.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Merge %n issue(s)</source>
        <translation>
            <numerusform>Спој %n проблем</numerusform>
            <numerusform>Спој %n проблеми</numerusform>
            <numerusform>Спој %n проблеми</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change issue text</source>
        <translation>Промени го текстот на проблемот</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Votes are a whole number, 0 or more.</source>
        <translation>Гласовите се цел број, 0 или повеќе.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change votes</source>
        <translation>Промени гласови</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} (service provider)</source>
        <translation>{name} (давател на услуги)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The whole group</source>
        <translation>Целата група</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone in the room</source>
        <translation>Некој во просторијата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant no. {n}</source>
        <translation>Учесник бр. {n}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{text}  (merged into “{keep}”)</source>
        <translation>{text}  (споен во „{keep}“)</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>{n}. {text} — raised by %n group(s), {votes} votes</source>
        <translation>
            <numerusform>{n}. {text} — покренат од %n група, {votes} гласови</numerusform>
            <numerusform>{n}. {text} — покренат од %n групи, {votes} гласови</numerusform>
            <numerusform>{n}. {text} — покренат од %n групи, {votes} гласови</numerusform>
        </translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Photos of the selected issue</source>
        <translation>Фотографии од избраниот проблем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos of the selected issue (e.g. the flip chart):</source>
        <translation>Фотографии од избраниот проблем (на пр. флипчартот):</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This group already has “{text}”; add votes to it instead.</source>
        <translation>Оваа група веќе има „{text}“; наместо тоа додадете гласови на него.</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <location filename="../../scorecard_app/gui/form_widgets.py" line="+98"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commune</source>
        <translation>Општина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>Село</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../scorecard_app/gui/main_window.py" line="+50"/>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>&amp;File</source>
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All cycles</source>
        <translation>&amp;Сите циклуси</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New cycle…</source>
        <translation>&amp;Нов циклус…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Излез</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Уреди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Врати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повтори</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cycle</source>
        <translation>&amp;Циклус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish cycle…</source>
        <translation>За&amp;врши го циклусот…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reopen cycle…</source>
        <translation>&amp;Отвори го циклусот повторно…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start ne&amp;xt round…</source>
        <translation>Започни сле&amp;ден круг…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Приказ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Help</source>
        <translation>По&amp;мош</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Scorecard</source>
        <translation>&amp;За Scorecard</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Choose a cycle first.</source>
        <translation>Прво изберете циклус.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Scorecard</source>
        <translation>За Scorecard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Scorecard {version}&lt;/h3&gt;&lt;p&gt;Run Community Score Card cycles offline: score, compare, agree actions, print on the spot and sync to head office.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL v3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Scorecard {version}&lt;/h3&gt;&lt;p&gt;Спроведувајте циклуси на граѓанската картичка за оценување без интернет: оценувајте, споредувајте, договарајте активности, печатете на лице место и синхронизирајте со централата.&lt;/p&gt;&lt;p&gt;Слободен софтвер под GNU GPL v3 или понова.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/settings_dialog.py" line="+146"/>
        <source>&amp;Settings…</source>
        <translation>По&amp;ставки…</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/cycle_setup.py" line="+50"/>
        <source>Next round</source>
        <translation>Следен круг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round {n} of this place already exists; it is opened instead.</source>
        <translation>Кругот {n} за ова место веќе постои; наместо тоа, се отвора тој.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round {r} is not finished yet.</source>
        <translation>Кругот {r} сè уште не е завршен.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start next round</source>
        <translation>Започни следен круг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start round {n} of {facility} in {community}?

The {k} indicators of round {r} are copied, so scores can be compared, and round {r}&apos;s actions are reviewed in the follow-up.</source>
        <translation>Да започне кругот {n} за {facility} во {community}?

{k} индикатори од кругот {r} се копираат за да може да се споредуваат оценките, а активностите од кругот {r} се разгледуваат при следењето.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/main_window.py" line="-129"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Претходен чекор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next step</source>
        <translation>&amp;Следен чекор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro&amp;jector view</source>
        <translation>Приказ за &amp;проектор</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tips for this step</source>
        <translation>&amp;Совети за овој чекор</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facilitator &amp;guide</source>
        <translation>&amp;Водич за фасилитаторот</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Кратенки на тастатура</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version}</source>
        <translation>Верзија {version}</translation>
    </message>
</context>
<context>
    <name>ParticipantsForm</name>
    <message>
        <location filename="../../ui/participants.ui" line="+25"/>
        <location line="+6"/>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New group:</source>
        <translation>Нова група:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New group type</source>
        <translation>Тип на новата група</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New group name</source>
        <translation>Име на новата група</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (optional)</source>
        <translation>Име (по избор)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add group</source>
        <translation>Додај група</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;group</source>
        <translation>Додај &amp;група</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected group:</source>
        <translation>Избрана група:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Име:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected group name</source>
        <translation>Име на избраната група</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected group type</source>
        <translation>Тип на избраната група</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Facilitators:</source>
        <translation>Фасилитатори:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facilitators of the selected group</source>
        <translation>Фасилитатори на избраната група</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead, note-taker (commas between)</source>
        <translation>Водител, записничар (одделени со запирки)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Remove group</source>
        <translation>Отстрани група</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A group of type “Staff” is the service provider group.</source>
        <translation>Групата од типот „Персонал“ е групата на даватели на услуги.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Participants of the selected group</source>
        <translation>Учесници од избраната група</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sticker no.</source>
        <translation>Бр. на налепница</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disability</source>
        <translation>Попреченост</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minority</source>
        <translation>Малцинство</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poor</source>
        <translation>Сиромашен</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Youth</source>
        <translation>Млад</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counted</source>
        <translation>Броен</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+119"/>
        <source>Add participant</source>
        <translation>Додај учесник</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>&amp;Add participant</source>
        <translation>Д&amp;одај учесник</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove participant</source>
        <translation>Отстрани учесник</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove participant</source>
        <translation>О&amp;тстрани учесник</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“Someone in the room”: raises issues quickly, not counted as a person</source>
        <translation>„Некој во просторијата“: брзо покренува проблеми, не се брои како лице</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add anonymous participant</source>
        <translation>Додај анонимен учесник</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a&amp;nonymous participant</source>
        <translation>Додај &amp;анонимен учесник</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only numbers are kept, never names. Write the sticker number on each person&apos;s chest sticker. Youth is set from the age.</source>
        <translation>Се чуваат само броеви, никогаш имиња. Запишете го бројот на налепницата на градите на секое лице. Младиот се одредува според возраста.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Who takes part</source>
        <translation>Кој учествува</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/participants.py" line="+111"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Age band</source>
        <translation>Возрасна група</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Add anonymous participant</source>
        <translation>Додај анонимен учесник</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove participant</source>
        <translation>Отстрани учесник</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Add group {name}</source>
        <translation>Додај група {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change group facilitators</source>
        <translation>Промени фасилитатори на групата</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename group</source>
        <translation>Преименувај група</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove group {name}</source>
        <translation>Отстрани група {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Add or choose a group first.</source>
        <translation>Прво додајте или изберете група.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add participant {n}</source>
        <translation>Додај учесник {n}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A sticker number is a whole number from 1 up.</source>
        <translation>Бројот на налепницата е цел број од 1 нагоре.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sticker number {n} is already used by someone else.</source>
        <translation>Бројот на налепница {n} веќе го користи некој друг.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change participant {n}</source>
        <translation>Промени учесник {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (service provider)</source>
        <translation> (давател на услуги)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{name}{kind} (%n people)</source>
        <translation>
            <numerusform>{name}{kind} (%n лице)</numerusform>
            <numerusform>{name}{kind} (%n лица)</numerusform>
            <numerusform>{name}{kind} (%n лица)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>anonymous</source>
        <translation>анонимен</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n community member(s) counted.</source>
        <translation>
            <numerusform>Броен е %n член на заедницата.</numerusform>
            <numerusform>Броени се %n членови на заедницата.</numerusform>
            <numerusform>Броени се %n членови на заедницата.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women: {n} ({p}%)</source>
        <translation>Жени: {n} ({p}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men: {n} ({p}%)</source>
        <translation>Мажи: {n} ({p}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young: {n} ({p}%)</source>
        <translation>Млади: {n} ({p}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a disability: {n}</source>
        <translation>Со попреченост: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority: {n}</source>
        <translation>Малцинство: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor: {n}</source>
        <translation>Сиромашни: {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (providers): {n}</source>
        <translation>{name} (даватели): {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: {w}</source>
        <translation>Предупредување: {w}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No inclusion warnings.</source>
        <translation>Нема предупредувања за вклученост.</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Change group type</source>
        <translation>Промени тип на група</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../scorecard_app/gui/photos.py" line="+44"/>
        <source>“{name}” is not a file.</source>
        <translation>„{name}“ не е датотека.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is too big for a photo (more than 25 MB).</source>
        <translation>„{name}“ е преголема за фотографија (повеќе од 25 MB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” is not a photo (JPEG, PNG or WebP).</source>
        <translation>„{name}“ не е фотографија (JPEG, PNG или WebP).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop photo files here, or use Add photo…</source>
        <translation>Пуштете ги датотеките со фотографии тука или користете „Додај фотографија…“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add photo…</source>
        <translation>Додај фотографија…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photo</source>
        <translation>Додај фотографија</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open full size</source>
        <translation>Отвори во полна големина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open photo full size</source>
        <translation>Отвори ја фотографијата во полна големина</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>Отстрани фотографија</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Add photos</source>
        <translation>Додај фотографии</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Фотографии (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Remove the photo “{name}”?</source>
        <translation>Да се отстрани фотографијата „{name}“?</translation>
    </message>
</context>
<context>
    <name>PrintCentre</name>
    <message>
        <location filename="../../scorecard_app/gui/print_centre.py" line="+117"/>
        <source>Print centre</source>
        <translation>Центар за печатење</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printables</source>
        <translation>Материјали за печатење</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for the session</source>
        <translation>за средбата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>results</source>
        <translation>резултати</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Јазик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Хартија</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Јазик:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Хартија:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;view</source>
        <translation>П&amp;реглед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Зачувај PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Отвори во прегледувач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Печати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress</source>
        <translation>Напредок</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Page preview</source>
        <translation>Преглед на страница</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick what to print:</source>
        <translation>Означете што да се печати:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Making the PDF…</source>
        <translation>Се прави PDF…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PDF could not be made: {error}</source>
        <translation>PDF не можеше да се направи: {error}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No preview: this computer lacks the pdftoppm program. Open the PDF in the viewer instead.</source>
        <translation>Нема преглед: на овој компјутер недостасува програмата pdftoppm. Наместо тоа, отворете го PDF во прегледувач.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page {n}</source>
        <translation>Страница {n}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страници</numerusform>
            <numerusform>%n страници</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save PDF</source>
        <translation>Зачувај PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-датотеки (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the PDFs in</source>
        <translation>Зачувај ги PDF-датотеките во</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved</source>
        <translation>Не е зачувано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be saved: {error}</source>
        <translation>PDF не можеше да се зачува: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved: {files}</source>
        <translation>Зачувано: {files}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening the PDF in the viewer; print it from there.</source>
        <translation>PDF се отвора во прегледувачот; печатете го од таму.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The printer could not be started.</source>
        <translation>Печатачот не можеше да се вклучи.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Print centre…</source>
        <translation>Центар за &amp;печатење…</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../scorecard_app/gui/projector.py" line="+60"/>
        <source>Projector view</source>
        <translation>Приказ за проектор</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Community</source>
        <translation>Заедница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>Даватели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen {page} of {pages} — Page Down: next · Page Up: back · Esc: leave</source>
        <translation>Екран {page} од {pages} — Page Down: следен · Page Up: назад · Esc: излез</translation>
    </message>
</context>
<context>
    <name>ProviderScoringPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/provider_scoring.py" line="+26"/>
        <source>Provider scores</source>
        <translation>Оценки на давателите</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New own indicator</source>
        <translation>Нов сопствен индикатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An indicator the providers want to add…</source>
        <translation>Индикатор што давателите сакаат да го додадат…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Own indicator:</source>
        <translation>Сопствен &amp;индикатор:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add own indicator</source>
        <translation>Дод&amp;ај сопствен индикатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add own indicator</source>
        <translation>Додај сопствен индикатор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove own indicator</source>
        <translation>&amp;Отстрани сопствен индикатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove own indicator</source>
        <translation>Отстрани сопствен индикатор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the selected indicator, if it is one of the providers&apos; own</source>
        <translation>Го отстранува избраниот индикатор, ако е сопствен на давателите</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no service provider group yet: add one in the Participants step.</source>
        <translation>Сè уште нема група на даватели на услуги: додајте ја во чекорот Учесници.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Provider group:</source>
        <translation>&amp;Група на даватели:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the new indicator first.</source>
        <translation>Прво внесете го новиот индикатор.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add own indicator {text}</source>
        <translation>Додај сопствен индикатор {text}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select one of the providers&apos; own indicators first.</source>
        <translation>Прво изберете еден од сопствените индикатори на давателите.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{text}” is shared with the community; it can only be removed in the Indicators step.</source>
        <translation>„{text}“ е заеднички со заедницата; може да се отстрани само во чекорот Индикатори.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove own indicator {text}</source>
        <translation>Отстрани сопствен индикатор {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meet the staff separately. They score the same indicators and may add their own; ask for a reason with every score.</source>
        <translation>Средете се со персоналот одделно. Тие ги оценуваат истите индикатори и може да додадат свои; барајте причина за секоја оценка.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../scorecard_app/gui/qt_standard_strings.py" line="+56"/>
        <source>&amp;Select All</source>
        <translation>&amp;Избери сè</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Зголеми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>&amp;Намали</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Зачувај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Зачувај како</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Избери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in:</source>
        <translation>Барај во:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Име на датотеката:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Датотеки од тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Сите датотеки (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Напред</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Родителска папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Создај нова папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Приказ во листа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Детален приказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Нова папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Избриши</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Преименувај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Прикажи &amp;скриени датотеки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Нова папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Неодамнешни места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 веќе постои.
Дали сакате да ја замените?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Големина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Датум на измена</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location line="-76"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+29"/>
        <source>&amp;Undo</source>
        <translation>&amp;Врати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повтори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Исечи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Залепи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Избриши</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Избери сè</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-13"/>
        <source>Show Details...</source>
        <translation>Прикажи детали...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Скриј детали...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translation>Во ред</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Зачувај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Зачувај ги сите</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Да за &amp;сите</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е за сите</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Прекини</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Обиди се повторно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Игнорирај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/app.py" line="+87"/>
        <location filename="../../scorecard_app/gui/qt_standard_strings.py" line="+1"/>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/qt_standard_strings.py" line="+1"/>
        <source>Discard</source>
        <translation>Отфрли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Помош</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Примени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Ресетирај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Врати стандардни</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location line="+57"/>
        <source>Undo %1</source>
        <translation>Врати %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1</source>
        <translation>Повтори %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Врати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Повтори</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-48"/>
        <source>&amp;Undo</source>
        <translation>&amp;Врати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повтори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Исечи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Залепи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Избриши</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Избери сè</translation>
    </message>
</context>
<context>
    <name>RemoveQuestion</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/fields.py" line="-28"/>
        <source>Remove?</source>
        <translation>Да се отстрани?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Отстрани</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="+20"/>
        <source>Reopen cycle</source>
        <translation>Повторно отвори го циклусот</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for reopening</source>
        <translation>Причина за повторно отворање</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Two votes of the youth group were missing</source>
        <translation>на пр. Недостасуваа два гласа од групата на млади</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why is the cycle reopened? The reason is kept in its log.</source>
        <translation>&amp;Зошто циклусот се отвора повторно? Причината се чува во неговиот дневник.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Отвори повторно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../scorecard_app/gui/score_results.py" line="+113"/>
        <source>Live results</source>
        <translation>Резултати во живо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results of this group</source>
        <translation>Резултати на оваа група</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results by group</source>
        <translation>Резултати по група</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results by participant attribute</source>
        <translation>Резултати според особина на учесниците</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break down by</source>
        <translation>Раздели според</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Break down community votes by:</source>
        <translation>&amp;Раздели ги гласовите на заедницата според:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This group</source>
        <translation>Оваа група</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All groups</source>
        <translation>Сите групи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By attribute</source>
        <translation>Според особина</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Возрасна група</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Poor household</source>
        <translation>Сиромашно домаќинство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>Млади</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+47"/>
        <location line="+67"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Group score</source>
        <translation>Групна оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Гласови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Медијана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Просек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution (level: people)</source>
        <translation>Распределба (ниво: луѓе)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Group score for {indicator}: {value}</source>
        <translation>Групна оценка за {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Median for {indicator}: {value}</source>
        <translation>Медијана за {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Community</source>
        <translation>Заедница</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Community, {indicator}: {value}</source>
        <translation>Заедница, {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not recorded</source>
        <translation>не е запишано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{median} (mean {mean}, {n} votes)</source>
        <translation>{median} (просек {mean}, {n} гласови)</translation>
    </message>
</context>
<context>
    <name>ScaleLegend</name>
    <message>
        <location filename="../../scorecard_app/gui/scale_widgets.py" line="+164"/>
        <source>Scale:</source>
        <translation>Скала:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scale</source>
        <translation>Скала</translation>
    </message>
</context>
<context>
    <name>ScaleWidgets</name>
    <message>
        <location line="+49"/>
        <source>No score from an earlier round</source>
        <translation>Нема оценка од претходен круг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change since round {r}</source>
        <translation>Нема промена од кругот {r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up {n} since round {r}</source>
        <translation>Пораст од {n} од кругот {r}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down {n} since round {r}</source>
        <translation>Пад од {n} од кругот {r}</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>no score</source>
        <translation>нема оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value}, {word}, on a scale of {low} to {high}</source>
        <translation>{value}, {word}, на скала од {low} до {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored by both sides yet</source>
        <translation>Сè уште не е оценето од двете страни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides give the same score</source>
        <translation>Двете страни даваат иста оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers rate {n} higher</source>
        <translation>Давателите оценуваат за {n} повисоко</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community rates {n} higher</source>
        <translation>Заедницата оценува за {n} повисоко</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <location line="+160"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
</context>
<context>
    <name>ScoringPageBase</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/community_scoring.py" line="-157"/>
        <source>Message</source>
        <translation>Порака</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cycle is finished: use “Reopen cycle…” (with a reason) to change scores.</source>
        <translation>Овој циклус е завршен: користете „Отвори повторно…“ (со причина) за да ги промените оценките.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Group:</source>
        <translation>&amp;Група:</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="+5"/>
        <source>Settings</source>
        <translation>Поставки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Јазик на интерфејсот:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language</source>
        <translation>Јазик на интерфејсот</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Големина на текстот:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text size in percent</source>
        <translation>Големина на текстот во проценти</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Contrast:</source>
        <translation>&amp;Контраст:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Според системот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Нормален</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Висок контраст</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The interface language is for you. The language of a session with a community group is chosen with each cycle and printed on its handouts.</source>
        <translation>Јазикот на интерфејсот е за вас. Јазикот на средбата со групата од заедницата се избира за секој циклус и се печати на неговите материјали.</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../../ui/setup.ui" line="+21"/>
        <source>Setup of the cycle</source>
        <translation>Поставување на циклусот</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cycle</source>
        <translation>Циклусот</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;acility:</source>
        <extracomment>Not Alt+F: that opens the File menu.</extracomment>
        <translation>Ус&amp;танова:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facility name</source>
        <translation>Име на установата</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sec&amp;tor:</source>
        <extracomment>Not Alt+C: that opens the Cycle menu.</extracomment>
        <translation>С&amp;ектор:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Community &amp;location:</source>
        <translation>&amp;Локација на заедницата:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Round:</source>
        <translation>Круг:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Scale:</source>
        <translation>С&amp;кала:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scale</source>
        <translation>Скала</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scoring &amp;mode:</source>
        <translation>&amp;Начин на оценување:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoring mode</source>
        <translation>Начин на оценување</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session lan&amp;guage:</source>
        <translation>&amp;Јазик на средбата:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session language</source>
        <translation>Јазик на средбата</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lea&amp;d facilitator:</source>
        <translation>&amp;Главен фасилитатор:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lead facilitator</source>
        <translation>Главен фасилитатор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other facilitators:</source>
        <translation>Други &amp;фасилитатори:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other facilitators</source>
        <translation>Други фасилитатори</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names, separated by commas</source>
        <translation>Имиња, одделени со запирки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ne&amp;xt round planned for:</source>
        <translation>Следниот круг планиран &amp;за:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next round planned for</source>
        <translation>Следниот круг е планиран за</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score cards are repeated every 6 to 12 months</source>
        <translation>Картичките за оценување се повторуваат на секои 6 до 12 месеци</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training:</source>
        <translation>Обука:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dates of each step</source>
        <translation>Датуми на секој чекор</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Step&lt;/b&gt;</source>
        <translation>&lt;b&gt;Чекор&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Planned&lt;/b&gt;</source>
        <translation>&lt;b&gt;Планирано&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Done on&lt;/b&gt;</source>
        <translation>&lt;b&gt;Направено на&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/setup.py" line="+97"/>
        <source>Planned date of {step}</source>
        <translation>Планиран датум за {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual date of {step}</source>
        <translation>Вистински датум за {step}</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Rename facility</source>
        <translation>Преименувај ја установата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change sector</source>
        <translation>Промени сектор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change scale</source>
        <translation>Промени скала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change scoring mode</source>
        <translation>Промени начин на оценување</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change session language</source>
        <translation>Промени јазик на средбата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change next round date</source>
        <translation>Промени го датумот на следниот круг</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change lead facilitator</source>
        <translation>Промени главен фасилитатор</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change facilitators</source>
        <translation>Промени фасилитатори</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change community location</source>
        <translation>Промени локација на заедницата</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change date of {step}</source>
        <translation>Промени датум за {step}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Round {n}</source>
        <translation>Круг {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round {n}, following round {p} (finished on {date})</source>
        <translation>Круг {n}, по кругот {p} (завршен на {date})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round {n}, following round {p} (not finished)</source>
        <translation>Круг {n}, по кругот {p} (не е завршен)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scale cannot change once scores are entered.</source>
        <translation>Скалата не може да се менува откако ќе се внесат оценки.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TRAINING CYCLE: practice only, never synced to head office.</source>
        <translation>ЦИКЛУС ЗА ОБУКА: само за вежбање, никогаш не се синхронизира со централата.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A real cycle (synced to head office).</source>
        <translation>Вистински циклус (се синхронизира со централата).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/help_pages.py" line="+26"/>
        <source>Next step / previous step</source>
        <translation>Следен / претходен чекор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projector view (interface meeting)</source>
        <translation>Приказ за проектор (заеднички состанок)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips for this step</source>
        <translation>Совети за овој чекор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a cell and go to the next</source>
        <translation>Зачувај ќелија и оди на следната</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, Tab</source>
        <translation>Enter, Tab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste a block copied from a spreadsheet</source>
        <translation>Залепи блок копиран од табела</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the selected row</source>
        <translation>Отстрани го избраниот ред</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Избриши</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Кратенки на тастатура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Копчиња</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="-103"/>
        <source>Steps</source>
        <translation>Чекори</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n за правење</numerusform>
            <numerusform>%n за правење</numerusform>
            <numerusform>%n за правење</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../scorecard_app/sync_client/errors.py" line="+11"/>
        <source>This laptop&apos;s access was revoked; ask head office for a new enrolment code.</source>
        <translation>Пристапот на овој лаптоп е одземен; побарајте нов код за запишување од централата.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office refused the enrolment code ({detail}). Ask head office for a new code.</source>
        <translation>Централата го одби кодот за запишување ({detail}). Побарајте нов код од централата.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop is not enrolled yet. Enrol it with the address and code from head office.</source>
        <translation>Овој лаптоп сè уште не е запишан. Запишете го со адресата и кодот од централата.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office could not be reached ({detail}). Your changes are kept; try again later.</source>
        <translation>Централата не е достапна ({detail}). Вашите промени се зачувани; обидете се повторно подоцна.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address {url} did not answer like a Scorecard server (a login page of a hotspot?). Check the address, or log in to the network first.</source>
        <translation>Адресата {url} не одговори како сервер на Scorecard (страница за најава на жариште?). Проверете ја адресата или најпрвин најавете се на мрежата.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head office speaks a newer sync protocol. Update Scorecard on this laptop to sync.</source>
        <translation>Централата користи понов протокол за синхронизација. Ажурирајте го Scorecard на овој лаптоп за да синхронизирате.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an enrolment link: it should look like scorecard://enrol?url=…&amp;code=…</source>
        <translation>Ова не е врска за запишување: треба да изгледа како scorecard://enrol?url=…&amp;code=…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} on this laptop is damaged: head office received different content.</source>
        <translation>Датотеката {name} на овој лаптоп е оштетена: централата доби друга содржина.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a usable Scorecard bundle ({detail}). Nothing was changed.</source>
        <translation>{name} не е употреблив пакет на Scorecard ({detail}). Ништо не е променето.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was changed after it was made (its signature does not match). Nothing was changed.</source>
        <translation>{name} е изменет откако е направен (потписот не се совпаѓа). Ништо не е променето.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} was refused: {detail}. Nothing was changed.</source>
        <translation>{name} е одбиен: {detail}. Ништо не е променето.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop cannot sign bundles yet: sync with head office once, or enrol it with an enrolment file from head office.</source>
        <translation>Овој лаптоп сè уште не може да потпишува пакети: синхронизирајте еднаш со централата или запишете го со датотека за запишување од централата.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a usable enrolment file ({detail}). Nothing was changed.</source>
        <translation>{name} не е употреблива датотека за запишување ({detail}). Ништо не е променето.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop is already enrolled as device {device}. Nothing was changed.</source>
        <translation>Овој лаптоп е веќе запишан како уред {device}. Ништо не е променето.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing to put in a bundle (training cycles never leave the laptop).</source>
        <translation>Нема ништо за ставање во пакет (циклусите за обука никогаш не го напуштаат лаптопот).</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../scorecard_app/gui/sync_panel.py" line="+100"/>
        <source>Connection to head office</source>
        <translation>Врска со централата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes waiting to sync</source>
        <translation>Промени што чекаат синхронизација</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync</source>
        <translation>Последна синхронизација</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync progress</source>
        <translation>Напредок на синхронизацијата</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync &amp;with head office</source>
        <translation>&amp;Синхронизација со централата</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизирај сега</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enrol this laptop…</source>
        <translation>&amp;Регистрирај го овој лаптоп…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export bundle for USB…</source>
        <translation>&amp;Извези пакет за USB…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Увези пакет…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>&amp;Conflicts to review…</source>
        <translation>&amp;Конфликти за преглед…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Not enrolled</source>
        <translation>Не е регистриран</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Се синхронизира…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Сè уште не е синхронизирано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation>Подготвено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>На линија</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Без врска</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n промена чека</numerusform>
            <numerusform>%n промени чекаат</numerusform>
            <numerusform>%n промени чекаат</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: %1</source>
        <translation>Последна синхронизација: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never synced</source>
        <translation>Никогаш не е синхронизирано</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Conflicts to review (%n)…</source>
        <translation>
            <numerusform>&amp;Конфликти за преглед (%n)…</numerusform>
            <numerusform>&amp;Конфликти за преглед (%n)…</numerusform>
            <numerusform>&amp;Конфликти за преглед (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Sync</source>
        <translation>Синхронизација</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enrol this laptop first (Sync ▸ Enrol this laptop…).</source>
        <translation>Прво регистрирајте го овој лаптоп (Синхронизација ▸ Регистрирај го овој лаптоп…).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Synced: %1 change(s) sent, %2 received.</source>
        <translation>Синхронизирано: испратени %1 промени, примени %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head office kept some values differently: see Sync ▸ Conflicts to review.</source>
        <translation>Централата задржа некои вредности поинаку: видете Синхронизација ▸ Конфликти за преглед.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sync stopped: %1</source>
        <translation>Синхронизацијата запре: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the head office address (https://…) and the code.</source>
        <translation>Внесете ја адресата на централата (https://…) и кодот.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This laptop is enrolled. Sync now to send its changes.</source>
        <translation>Овој лаптоп е регистриран. Синхронизирајте сега за да ги испратите неговите промени.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export bundle for USB</source>
        <translation>Извези пакет за USB</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Scorecard bundle (*.scbundle)</source>
        <translation>Пакет Scorecard (*.scbundle)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Bundle written: %1 change(s) in %2. Carry it to head office.</source>
        <translation>Пакетот е запишан: %1 промени во %2. Однесете го во централата.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import bundle</source>
        <translation>Увези пакет</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bundle imported: %1 change(s) applied, %2 already here.</source>
        <translation>Пакетот е увезен: применети %1 промени, %2 веќе ги има.</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Enrol from a &amp;file (USB)…</source>
        <translation>Запиши од &amp;датотека (USB)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>USB bundles only</source>
        <translation>Само USB-пакети</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wait until the sync in progress has finished.</source>
        <translation>Почекајте додека не заврши синхронизацијата што е во тек.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop has no head-office address yet: enrol it online, or use USB bundles.</source>
        <translation>Овој лаптоп сè уште нема адреса на централата: запишете го преку мрежа или користете USB-пакети.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Enrol this laptop first (online, or from an enrolment file).</source>
        <translation>Прво запишете го овој лаптоп (преку мрежа или од датотека за запишување).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop cannot sign bundles yet: sync with head office once, or enrol it with an enrolment file.</source>
        <translation>Овој лаптоп сè уште не може да потпишува пакети: синхронизирајте еднаш со централата или запишете го со датотека за запишување.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enrol this laptop first: it checks who signed a bundle.</source>
        <translation>Прво запишете го овој лаптоп: тој проверува кој го потпишал пакетот.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop is already enrolled.</source>
        <translation>Овој лаптоп е веќе запишан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send waiting changes and fetch head office&apos;s.</source>
        <translation>Испрати ги промените што чекаат и преземи ги промените од централата.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this laptop&apos;s changes to a signed file.</source>
        <translation>Запиши ги промените од овој лаптоп во потпишана датотека.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply a signed bundle from a USB stick.</source>
        <translation>Примени потпишан пакет од USB-меморија.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read head office&apos;s enrolment file.</source>
        <translation>Прочитај ја датотеката за запишување од централата.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Some attached files could not be sent; they will be sent on the next sync.</source>
        <translation>Некои прикачени датотеки не можеа да се испратат; ќе бидат испратени при следната синхронизација.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some of this laptop&apos;s data still differs from head office&apos;s copy after a repair. It was reported; nothing was deleted.</source>
        <translation>Дел од податоците на овој лаптоп сè уште се разликуваат од копијата на централата по поправката. Тоа е пријавено; ништо не е избришано.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Enrol from a file</source>
        <translation>Запиши од датотека</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolment file (*.json)</source>
        <translation>Датотека за запишување (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This laptop is enrolled from the file. Delete the file from the USB stick now.</source>
        <translation>Овој лаптоп е запишан од датотеката. Сега избришете ја датотеката од USB-меморијата.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n change(s) refused: they change a finished cycle.</source>
        <translation>
            <numerusform>%n промена е одбиена: менува завршен циклус.</numerusform>
            <numerusform>%n промени се одбиени: менуваат завршен циклус.</numerusform>
            <numerusform>%n промени се одбиени: менуваат завршен циклус.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-493"/>
        <source>Facility</source>
        <translation>Установа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>Циклус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Учесник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Влезен ресурс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Проблем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Глас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally</source>
        <translation>Пребројување</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface meeting</source>
        <translation>Заедничка средба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Активност</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action update</source>
        <translation>Ажурирање на активност</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Фотографија</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Head office changed it too</source>
        <translation>И централата го промени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cycle was already finished at head office</source>
        <translation>Циклусот веќе беше завршен во централата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up notes cannot be changed once sent</source>
        <translation>Белешките за следење не можат да се менуваат откако ќе се испратат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office manages this facility</source>
        <translation>Оваа установа ја управува централата</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The change arrived damaged</source>
        <translation>Промената пристигна оштетена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office does not know this kind of record</source>
        <translation>Централата не го познава овој вид запис</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office does not know this field</source>
        <translation>Централата не го познава ова поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office could not read this change</source>
        <translation>Централата не можеше да ја прочита оваа промена</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="-158"/>
        <source>{indicator}, {level}: {count} people</source>
        <translation>{indicator}, {level}: {count} луѓе</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{text}” was not saved: a count of people is a whole number.</source>
        <translation>„{text}“ не е зачувано: бројот на луѓе е цел број.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show of hands on {indicator}</source>
        <translation>Кревање рака за {indicator}</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>a count of people is a whole number.</source>
        <translation>бројот на луѓе е цел број.</translation>
    </message>
</context>
<context>
    <name>Tips</name>
    <message>
        <location filename="../../scorecard_app/gui/tips.py" line="+14"/>
        <source>Meet the community leaders and the service providers first: agree the dates, the venue and who facilitates. Each group needs two facilitators, a lead and a note-taker; at least one should be trusted locally. Plan a date for every step.</source>
        <translation>Најпрво средете се со лидерите на заедницата и со давателите на услуги: договорете ги датумите, местото и кој ќе фасилитира. Секоја група има потреба од двајца фасилитатори, водител и записничар; барем едниот треба да ужива локална доверба. Планирајте датум за секој чекор.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why we are here and that no names are written down. Split people into interest groups: women, men, youth, elders, people with disabilities. Give each person a numbered sticker. Ask who is missing today and how to reach them.</source>
        <translation>Кажете зошто сме тука и дека не се запишуваат имиња. Поделете ги луѓето во групи според интересите: жени, мажи, млади, постари, лица со попреченост. Дајте му на секој нумерирана налепница. Прашајте кој отсуствува денес и како да се стигне до нив.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read out what the facility is entitled to (staff, medicines, equipment) and where that is written. Then ask the group: what is actually there? Write what the group agrees, with remarks.</source>
        <translation>Прочитајте на глас што ѝ следува на установата (персонал, лекови, опрема) и каде тоа е запишано. Потоа прашајте ја групата: што навистина има? Запишете што ќе договори групата, со забелешки.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask: how are things going? What works? What does not? Record an issue only when the group agrees. Merge issues that say the same thing, then let people vote for the most important ones.</source>
        <translation>Прашајте: како одат работите? Што функционира? Што не? Запишете проблем само кога групата ќе се согласи. Спојте ги проблемите што го кажуваат истото, па нека луѓето гласаат за најважните.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn the top issues of all groups into common indicators, worded so that they can be scored. Five to eight indicators are enough. Once scoring starts, keep the list.</source>
        <translation>Претворете ги главните проблеми на сите групи во заеднички индикатори, формулирани така што ќе можат да се оценат. Доволни се пет до осум индикатори. Штом ќе започне оценувањето, не ја менувајте листата.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restate who may be absent, then explain the scale with its faces and words. Score one indicator at a time and always ask why: write the reason and a suggestion.</source>
        <translation>Повторете кој можеби отсуствува, потоа објаснете ја скалата со нејзините лица и зборови. Оценувајте еден индикатор во даден момент и секогаш прашајте зошто: запишете ја причината и предлогот.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff score the same indicators, and may add one or two of their own. Say clearly that this is not finger-pointing: both sides look for solutions together.</source>
        <translation>Персоналот ги оценува истите индикатори и може да додаде еден или два свои. Кажете јасно дека ова не е упирање со прст: двете страни заедно бараат решенија.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring community representatives, staff and officials together. Show both scores side by side, start with what works, then talk through the largest gaps calmly.</source>
        <translation>Соберете ги претставниците на заедницата, персоналот и службениците. Покажете ги двете оценки една до друга, почнете со она што функционира, а потоа смирено разговарајте за најголемите разлики.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For each gap, agree one concrete action, a named person responsible, a date and the resources. Mark what the district must solve as escalated.</source>
        <translation>За секоја разлика договорете една конкретна активност, именувано одговорно лице, датум и ресурси. Она што мора да го реши округот означете го како проследено нагоре.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check each action every month and write down its status with a date. Overdue actions come first. The next round starts by reviewing this plan.</source>
        <translation>Проверувајте ја секоја активност секој месец и запишете го нејзиниот статус со датум. Задоцнетите активности се први. Следниот круг почнува со преглед на овој план.</translation>
    </message>
</context>
<context>
    <name>TipsPanel</name>
    <message>
        <location line="+17"/>
        <source>Show tips for this step</source>
        <translation>Прикажи совети за овој чекор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the tips (F1)</source>
        <translation>Прикажи или скриј ги советите (F1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tip</source>
        <translation>Совет</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>▾ Tips for this step</source>
        <translation>▾ Совети за овој чекор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▸ Tips</source>
        <translation>▸ Совети</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../scorecard_app/gui/trends_view.py" line="+55"/>
        <source>Trend chart</source>
        <translation>Графикон на трендот</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location line="+79"/>
        <source>Trends across rounds</source>
        <translation>Трендови низ круговите</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator to show</source>
        <translation>Индикатор за приказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole card</source>
        <translation>Целата картичка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores by round</source>
        <translation>Оценки по кругови</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show:</source>
        <translation>&amp;Прикажи:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>Round {n}</source>
        <translation>Круг {n}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Scores on the scale {scale}; the gap is community minus providers.</source>
        <translation>Оценки на скалата {scale}; јазот е заедницата минус давателите.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the first round: there is no trend yet.</source>
        <translation>Ова е првиот круг: сè уште нема тренд.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Community</source>
        <translation>Заедница</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Providers</source>
        <translation>Даватели</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>Разлика</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change</source>
        <translation>Промена</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Trends across rounds…</source>
        <translation>&amp;Трендови низ круговите…</translation>
    </message>
</context>
<context>
    <name>VoteGridModel</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="-136"/>
        <source>Participant {number}</source>
        <translation>Учесник {number}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Participant {number}, {indicator}: {value}</source>
        <translation>Учесник {number}, {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row} of {rows}, column {col} of {cols}</source>
        <translation>Ред {row} од {rows}, колона {col} од {cols}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Vote of participant {number} on {indicator}</source>
        <translation>Глас на учесникот {number} за {indicator}</translation>
    </message>
</context>
<context>
    <name>_EditModel</name>
    <message>
        <location line="-257"/>
        <location line="+11"/>
        <source>That is not a number.</source>
        <translation>Тоа не е број.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” was not saved: {why}</source>
        <translation>„{text}“ не е зачувано: {why}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>this cell cannot be typed into</source>
        <translation>во оваа ќелија не може да се пишува</translation>
    </message>
</context>
</TS>
