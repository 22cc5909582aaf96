<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Lexecon::DecisionLogModel</name>
    <message>
        <source>escalated (pending)</source>
        <translation>escaladée (en attente)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source> (overridden)</source>
        <translation> (dérogée)</translation>
    </message>
    <message>
        <source> (by a reviewer)</source>
        <translation> (par un examinateur)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::DecisionLogView</name>
    <message>
        <source>Outcome filter</source>
        <translation>Filtre de résultat</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>En attente d’examen</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladées</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Dérogées</translation>
    </message>
    <message>
        <source>Risk level filter</source>
        <translation>Filtre de niveau de risque</translation>
    </message>
    <message>
        <source>All risk levels</source>
        <translation>Tous les niveaux de risque</translation>
    </message>
    <message>
        <source>Search id, actor, action or resource</source>
        <translation>Rechercher un identifiant, un acteur, une action ou une ressource</translation>
    </message>
    <message>
        <source>Search decisions</source>
        <translation>Rechercher des décisions</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Journal des décisions</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::ListenerSettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Listener settings</source>
        <translation>Paramètres de l’écouteur</translation>
    </message>
    <message>
        <source>HOST:PORT. 127.0.0.1 accepts requests from this machine only.</source>
        <translation>HÔTE:PORT. 127.0.0.1 n’accepte que les requêtes de cette machine.</translation>
    </message>
    <message>
        <source>Allow plain HTTP on a network address (requests and tokens travel unencrypted)</source>
        <translation>Autoriser HTTP non chiffré sur une adresse réseau (requêtes et jetons circulent en clair)</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Écouter sur</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Clé privée TLS</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::ListenerStatusWidget</name>
    <message>
        <source>Listening on %1 · %2 req/s</source>
        <translation>À l’écoute sur %1 · %2 req/s</translation>
    </message>
    <message>
        <source>Listener stopped: %1</source>
        <translation>Écouteur arrêté : %1</translation>
    </message>
    <message>
        <source>Listener off</source>
        <translation>Écouteur arrêté</translation>
    </message>
    <message>
        <source>AI systems send decision requests to %1 with an API key.</source>
        <translation>Les systèmes d’IA envoient leurs demandes de décision à %1 avec une clé d’API.</translation>
    </message>
    <message>
        <source>AI systems cannot ask for decisions while the listener is off.</source>
        <translation>Les systèmes d’IA ne peuvent pas demander de décision tant que l’écouteur est arrêté.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop the HTTP listener</source>
        <translation>Arrêter l’écouteur HTTP</translation>
    </message>
    <message>
        <source>Start the HTTP listener</source>
        <translation>Démarrer l’écouteur HTTP</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::MainWindow</name>
    <message>
        <source>Lexecon Workstation — %1</source>
        <translation>Lexecon Workstation — %1</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message numerus="yes">
        <source>Node %1 · ledger %n entries</source>
        <translation>
            <numerusform>Nœud %1 · registre %n entrée</numerusform>
            <numerusform>Nœud %1 · registre %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Listener</source>
        <translation>É&amp;couteur</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Écouteur</translation>
    </message>
    <message>
        <source>The listener cannot start: %1</source>
        <translation>L’écouteur ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>The listener was on when this desk closed but cannot start: %1</source>
        <translation>L’écouteur était actif à la dernière fermeture mais ne peut pas démarrer : %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The workspace cannot be opened: %1</source>
        <translation>Impossible d’ouvrir l’espace de travail : %1</translation>
    </message>
    <message>
        <source>Lexecon Workstation</source>
        <translation>Lexecon Workstation</translation>
    </message>
</context>
</TS>
