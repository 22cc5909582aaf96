<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Lexecon::DecisionLogModel</name>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="57"/>
        <source>escalated (pending)</source>
        <translation>escaladée (en attente)</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="58"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="59"/>
        <source>denied</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="61"/>
        <source> (overridden)</source>
        <translation> (dérogée)</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="63"/>
        <source> (by a reviewer)</source>
        <translation> (par un examinateur)</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="67"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="83"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="85"/>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="87"/>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="89"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="98"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="99"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="100"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="101"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="102"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="103"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../core/decision/DecisionLogModel.cpp" line="104"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::DecisionLogView</name>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="22"/>
        <source>Outcome filter</source>
        <translation>Filtre de résultat</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="23"/>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="24"/>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="25"/>
        <source>Denied</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="26"/>
        <source>Pending review</source>
        <translation>En attente d’examen</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="27"/>
        <source>Escalated</source>
        <translation>Escaladées</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="28"/>
        <source>Overridden</source>
        <translation>Dérogées</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="31"/>
        <source>Risk level filter</source>
        <translation>Filtre de niveau de risque</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="32"/>
        <source>All risk levels</source>
        <translation>Tous les niveaux de risque</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="37"/>
        <source>Search id, actor, action or resource</source>
        <translation>Rechercher un identifiant, un acteur, une action ou une ressource</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="38"/>
        <source>Search decisions</source>
        <translation>Rechercher des décisions</translation>
    </message>
    <message>
        <location filename="../ui/decisions/DecisionLogView.cpp" line="51"/>
        <source>Decision log</source>
        <translation>Journal des décisions</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisions/DecisionLogView.cpp" line="82"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
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
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="41"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="42"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="45"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>Node %1 · ledger %n entries</source>
        <translation>
            <numerusform>Nœud %1 · registre %n entrée</numerusform>
            <numerusform>Nœud %1 · registre %n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui_main.cpp" line="52"/>
        <source>The workspace cannot be opened: %1</source>
        <translation>Impossible d’ouvrir l’espace de travail : %1</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="57"/>
        <source>Lexecon Workstation</source>
        <translation>Lexecon Workstation</translation>
    </message>
</context>
</TS>
