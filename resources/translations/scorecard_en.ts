<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionPlanPage</name>
    <message numerus="yes">
        <location filename="../../scorecard_app/gui/steps/action_plan.py" line="+176"/>
        <source>%n action(s), {done} done. Select one to edit it below.</source>
        <translation>
            <numerusform>%n action, {done} done. Select one to edit it below.</numerusform>
            <numerusform>%n actions, {done} done. Select one to edit it below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleListModel</name>
    <message numerus="yes">
        <location filename="../../scorecard_app/gui/cycle_list.py" line="+141"/>
        <source>%n item(s) missing</source>
        <translation>
            <numerusform>%n item missing</numerusform>
            <numerusform>%n items missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue action(s)</source>
        <translation>
            <numerusform>%n overdue action</numerusform>
            <numerusform>%n overdue actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleListPage</name>
    <message numerus="yes">
        <location line="+236"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message numerus="yes">
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="+621"/>
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message numerus="yes">
        <location filename="../../scorecard_app/gui/workspace.py" line="+89"/>
        <source>%n thing(s) are still missing:</source>
        <translation>
            <numerusform>%n thing is still missing:</numerusform>
            <numerusform>%n things are still missing:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message numerus="yes">
        <location filename="../../scorecard_app/gui/steps/follow_up.py" line="+196"/>
        <source>Carried forward (%n)</source>
        <translation>
            <numerusform>Carried forward (%n)</numerusform>
            <numerusform>Carried forward (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n unfinished actions from earlier rounds are carried forward: see “Carried forward”.</source>
        <translation>
            <numerusform>%n unfinished actions from earlier rounds are carried forward: see “Carried forward”.</numerusform>
            <numerusform>%n unfinished actions from earlier rounds are carried forward: see “Carried forward”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message numerus="yes">
        <location filename="../../scorecard_app/gui/steps/indicators.py" line="+300"/>
        <source>{text} — raised by %n group(s), {votes} votes</source>
        <translation>
            <numerusform>{text} — raised by %n group, {votes} votes</numerusform>
            <numerusform>{text} — raised by %n groups, {votes} votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n indicator(s) chosen. Aim for 5 to 8.</source>
        <translation>
            <numerusform>%n indicator chosen. Aim for 5 to 8.</numerusform>
            <numerusform>%n indicators chosen. Aim for 5 to 8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuesPage</name>
    <message numerus="yes">
        <location filename="../../scorecard_app/gui/steps/issues.py" line="+209"/>
        <source>Merge %n issue(s)</source>
        <translation>
            <numerusform>Merge %n issue</numerusform>
            <numerusform>Merge %n issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+129"/>
        <source>{n}. {text} — raised by %n group(s), {votes} votes</source>
        <translation>
            <numerusform>{n}. {text} — raised by %n group, {votes} votes</numerusform>
            <numerusform>{n}. {text} — raised by %n groups, {votes} votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <location filename="../../scorecard_app/gui/steps/participants.py" line="+273"/>
        <source>{name}{kind} (%n people)</source>
        <translation>
            <numerusform>{name}{kind} (%n person)</numerusform>
            <numerusform>{name}{kind} (%n people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%n community member(s) counted.</source>
        <translation>
            <numerusform>%n community member counted.</numerusform>
            <numerusform>%n community members counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintCentre</name>
    <message numerus="yes">
        <location filename="../../scorecard_app/gui/print_centre.py" line="+300"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message numerus="yes">
        <location filename="../../scorecard_app/gui/workspace.py" line="-29"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n to do</numerusform>
            <numerusform>%n to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message numerus="yes">
        <location filename="../../scorecard_app/gui/sync_panel.py" line="+283"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&amp;Conflicts to review (%n)…</source>
        <translation>
            <numerusform>&amp;Conflicts to review (%n)…</numerusform>
            <numerusform>&amp;Conflicts to review (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+256"/>
        <source>%n change(s) refused: they change a finished cycle.</source>
        <translation>
            <numerusform>%n change refused: they change a finished cycle.</numerusform>
            <numerusform>%n changes refused: they change a finished cycle.</numerusform>
        </translation>
    </message>
</context>
</TS>
