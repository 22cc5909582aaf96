<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Lexecon::DecisionLogModel</name>
    <message>
        <source>escalated (pending)</source>
        <translation>eskaliert (ausstehend)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source> (overridden)</source>
        <translation> (übersteuert)</translation>
    </message>
    <message>
        <source> (by a reviewer)</source>
        <translation> (durch Prüfer)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::DecisionLogView</name>
    <message>
        <source>Outcome filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Prüfung ausstehend</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Übersteuert</translation>
    </message>
    <message>
        <source>Risk level filter</source>
        <translation>Risikostufenfilter</translation>
    </message>
    <message>
        <source>All risk levels</source>
        <translation>Alle Risikostufen</translation>
    </message>
    <message>
        <source>Search id, actor, action or resource</source>
        <translation>ID, Akteur, Aktion oder Ressource suchen</translation>
    </message>
    <message>
        <source>Search decisions</source>
        <translation>Entscheidungen suchen</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::ListenerSettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Listener settings</source>
        <translation>Listener-Einstellungen</translation>
    </message>
    <message>
        <source>HOST:PORT. 127.0.0.1 accepts requests from this machine only.</source>
        <translation>HOST:PORT. 127.0.0.1 nimmt nur Anfragen von diesem Rechner an.</translation>
    </message>
    <message>
        <source>Allow plain HTTP on a network address (requests and tokens travel unencrypted)</source>
        <translation>Unverschlüsseltes HTTP auf einer Netzwerkadresse erlauben (Anfragen und Token werden unverschlüsselt übertragen)</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Lauschen auf</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Privater TLS-Schlüssel</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::ListenerStatusWidget</name>
    <message>
        <source>Listening on %1 · %2 req/s</source>
        <translation>Lauscht auf %1 · %2 Anfr./s</translation>
    </message>
    <message>
        <source>Listener stopped: %1</source>
        <translation>Listener angehalten: %1</translation>
    </message>
    <message>
        <source>Listener off</source>
        <translation>Listener aus</translation>
    </message>
    <message>
        <source>AI systems send decision requests to %1 with an API key.</source>
        <translation>KI-Systeme senden Entscheidungsanfragen mit einem API-Schlüssel an %1.</translation>
    </message>
    <message>
        <source>AI systems cannot ask for decisions while the listener is off.</source>
        <translation>Solange der Listener aus ist, können KI-Systeme keine Entscheidungen anfragen.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop the HTTP listener</source>
        <translation>Den HTTP-Listener anhalten</translation>
    </message>
    <message>
        <source>Start the HTTP listener</source>
        <translation>Den HTTP-Listener starten</translation>
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
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message numerus="yes">
        <source>Node %1 · ledger %n entries</source>
        <translation>
            <numerusform>Knoten %1 · Ledger %n Eintrag</numerusform>
            <numerusform>Knoten %1 · Ledger %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Listener</source>
        <translation>&amp;Listener</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>The listener cannot start: %1</source>
        <translation>Der Listener kann nicht starten: %1</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The listener was on when this desk closed but cannot start: %1</source>
        <translation>Der Listener war beim letzten Schließen an, kann aber nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The workspace cannot be opened: %1</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Lexecon Workstation</source>
        <translation>Lexecon Workstation</translation>
    </message>
</context>
</TS>
