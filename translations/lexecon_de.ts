<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Lexecon::DecisionLogModel</name>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="57"/>
        <source>escalated (pending)</source>
        <translation>eskaliert (ausstehend)</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="58"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="59"/>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="61"/>
        <source> (overridden)</source>
        <translation> (übersteuert)</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="63"/>
        <source> (by a reviewer)</source>
        <translation> (durch Prüfer)</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="67"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="83"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="85"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="87"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="89"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="98"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="99"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="100"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="101"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="102"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="103"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="104"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::DecisionLogView</name>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="22"/>
        <source>Outcome filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="23"/>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="24"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="25"/>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="26"/>
        <source>Pending review</source>
        <translation>Prüfung ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="27"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="28"/>
        <source>Overridden</source>
        <translation>Übersteuert</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="31"/>
        <source>Risk level filter</source>
        <translation>Risikostufenfilter</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="32"/>
        <source>All risk levels</source>
        <translation>Alle Risikostufen</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="37"/>
        <source>Search id, actor, action or resource</source>
        <translation>ID, Akteur, Aktion oder Ressource suchen</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="38"/>
        <source>Search decisions</source>
        <translation>Entscheidungen suchen</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="51"/>
        <source>Decision log</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisions/DecisionLogView.cpp" line="82"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="23"/>
        <source>Lexecon Workstation — %1</source>
        <translation>Lexecon Workstation — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="27"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="32"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="41"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="42"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="45"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>Node %1 · ledger %n entries</source>
        <translation>
            <numerusform>Knoten %1 · Ledger %n Eintrag</numerusform>
            <numerusform>Knoten %1 · Ledger %n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui_main.cpp" line="52"/>
        <source>The workspace cannot be opened: %1</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="57"/>
        <source>Lexecon Workstation</source>
        <translation>Lexecon Workstation</translation>
    </message>
</context>
</TS>
