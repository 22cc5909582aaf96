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
    <name>Lexecon::EscalationQueueModel</name>
    <message>
        <source>%1 d %2</source>
        <translation>%1 T %2</translation>
    </message>
    <message>
        <source>Closed after the deadline</source>
        <translation>Nach der Frist abgeschlossen</translation>
    </message>
    <message>
        <source>Closed in time</source>
        <translation>Fristgerecht abgeschlossen</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Breached: %1</source>
        <translation>Verletzt: %1</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (Stufe %2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>SLA %1; deadline %2</source>
        <translation>SLA %1; Frist %2</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Actor → action</source>
        <translation>Akteur → Aktion</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
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
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
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
        <source>escalated up</source>
        <translation>weiter eskaliert</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>überschritten</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1 zu spät</translation>
    </message>
</context>
<context>
    <name>Lexecon::LedgerEntriesModel</name>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Eintrags-Hash</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::AccountActions</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>&amp;Two-factor sign-in…</source>
        <translation>&amp;Zwei-Faktor-Anmeldung…</translation>
    </message>
    <message>
        <source>&amp;Lock workstation</source>
        <translation>Arbeitsplatz &amp;sperren</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on. From now on you sign in with your password and a code.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist aktiviert. Ab sofort melden Sie sich mit Ihrem Passwort und einem Code an.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on for %1. Both changes below need your password and a current code.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist für %1 aktiviert. Beide Änderungen unten erfordern Ihr Passwort und einen aktuellen Code.</translation>
    </message>
    <message>
        <source>New &amp;backup codes</source>
        <translation>Neue &amp;Sicherungscodes</translation>
    </message>
    <message>
        <source>Turn &amp;off</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Confirm with your password</source>
        <translation>Mit Ihrem Passwort bestätigen</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Confirm with a code</source>
        <translation>Mit einem Code bestätigen</translation>
    </message>
    <message>
        <source>Code your authenticator app shows now:</source>
        <translation>Code, den Ihre Authenticator-App jetzt anzeigt:</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist deaktiviert.</translation>
    </message>
    <message>
        <source>New backup codes</source>
        <translation>Neue Sicherungscodes</translation>
    </message>
    <message>
        <source>Your new backup codes (the old ones no longer work). They are shown only now:</source>
        <translation>Ihre neuen Sicherungscodes (die alten gelten nicht mehr). Sie werden nur jetzt angezeigt:</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>Passwort &amp;festlegen</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::AdministrationView</name>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Sign-in &amp;providers</source>
        <translation>Anmelde&amp;anbieter</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::AuditPacketsView</name>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Anfragen</translation>
    </message>
    <message>
        <source>O&amp;pen packet</source>
        <translation>Paket ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Audit packets</source>
        <translation>Prüfpakete</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::ChangePasswordDialog</name>
    <message>
        <source>Change password of %1</source>
        <translation>Passwort von %1 ändern</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Passwort än&amp;dern</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Authentifizierungscode</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>6-stelliger Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Use a &amp;backup code instead</source>
        <translation>Stattdessen einen &amp;Backup-Code verwenden</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::CheckpointsPane</name>
    <message>
        <source>Signed checkpoints</source>
        <translation>Signierte Checkpoints</translation>
    </message>
    <message>
        <source>&amp;Sign checkpoint now</source>
        <translation>Checkpoint jetzt &amp;signieren</translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation>Baumgröße</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Wurzel-Hash</translation>
    </message>
    <message>
        <source>Sign a checkpoint of the whole ledger with the node key</source>
        <translation>Einen Checkpoint des gesamten Ledgers mit dem Knotenschlüssel signieren</translation>
    </message>
    <message>
        <source>Signing a checkpoint needs the permission to manage settings, which %1 does not have; ask an administrator.</source>
        <translation>Zum Signieren eines Checkpoints ist die Berechtigung zum Verwalten der Einstellungen nötig, die %1 nicht hat; wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <source>The checkpoints cannot be read: %1</source>
        <translation>Die Checkpoints können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Root hash (base64, as in the signed note): %1
Hex: %2</source>
        <translation>Wurzel-Hash (Base64, wie in der signierten Notiz): %1
Hex: %2</translation>
    </message>
    <message>
        <source>No checkpoint is signed yet.</source>
        <translation>Noch kein Checkpoint signiert.</translation>
    </message>
    <message>
        <source>No checkpoint was signed: %1</source>
        <translation>Es wurde kein Checkpoint signiert: %1</translation>
    </message>
    <message>
        <source>The latest checkpoint already covers all %1 entries; nothing new to sign.</source>
        <translation>Der neueste Checkpoint deckt bereits alle %1 Einträge ab; es gibt nichts Neues zu signieren.</translation>
    </message>
    <message>
        <source>Signed a checkpoint of %1 entries.</source>
        <translation>Checkpoint über %1 Einträge signiert.</translation>
    </message>
    <message numerus="yes">
        <source>The latest checkpoint covers %1 entries (%n signed in all).</source>
        <translation>
            <numerusform>Der neueste Checkpoint deckt %1 Einträge ab (insgesamt %n signiert).</numerusform>
            <numerusform>Der neueste Checkpoint deckt %1 Einträge ab (insgesamt %n signiert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::ComplianceView</name>
    <message>
        <source>%1 could not be written: %2; choose another file.</source>
        <translation>%1 konnte nicht geschrieben werden: %2; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>&amp;Set status…</source>
        <translation>&amp;Status setzen…</translation>
    </message>
    <message>
        <source>Export SOC 2 evidence &amp;map…</source>
        <translation>SOC-2-Nachweisübersicht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Technical documentation (Art. 11)…</source>
        <translation>&amp;Technische Dokumentation (Art. 11)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Permission notice</source>
        <translation>Berechtigungshinweis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Rahmenwerke</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Oversight (Art. 14)</source>
        <translation>Aufsicht (Art. 14)</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why it is a gap</source>
        <translation>Warum es eine Lücke ist</translation>
    </message>
    <message>
        <source>set a control&apos;s status</source>
        <translation>den Status einer Kontrolle setzen</translation>
    </message>
    <message>
        <source>export compliance documents</source>
        <translation>Compliance-Dokumente exportieren</translation>
    </message>
    <message>
        <source>Set the selected control&apos;s status (Ctrl+Shift+S)</source>
        <translation>Status der ausgewählten Kontrolle festlegen (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>%1
%2 % covered, %3 gaps</source>
        <translation>%1
%2 % abgedeckt, %3 Lücken</translation>
    </message>
    <message>
        <source>%1: %2 of %3 controls implemented or verified</source>
        <translation>%1: %2 von %3 Kontrollen umgesetzt oder verifiziert</translation>
    </message>
    <message>
        <source>%1: %2 % covered (%3 of %4 controls implemented or verified); evidence behind %5 %; %6 gaps.</source>
        <translation>%1: %2 % abgedeckt (%3 von %4 Kontrollen umgesetzt oder verifiziert); Nachweise für %5 %; %6 Lücken.</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>keine Nachweise</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>Select a control in the table first.</source>
        <translation>Wählen Sie zuerst eine Kontrolle in der Tabelle aus.</translation>
    </message>
    <message>
        <source>The compliance catalog is not loaded.</source>
        <translation>Der Compliance-Katalog ist nicht geladen.</translation>
    </message>
    <message>
        <source>%1 has no known ending; name the file .md, .html or .pdf.</source>
        <translation>%1 hat keine bekannte Dateiendung; benennen Sie die Datei mit .md, .html oder .pdf.</translation>
    </message>
    <message>
        <source>Export SOC 2 evidence map</source>
        <translation>SOC-2-Nachweisübersicht exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Technical documentation (Art. 11)</source>
        <translation>Technische Dokumentation (Art. 11)</translation>
    </message>
    <message>
        <source>HTML (*.html);;Markdown (*.md);;PDF (*.pdf)</source>
        <translation>HTML (*.html);;Markdown (*.md);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Loading the compliance evidence…</source>
        <translation>Compliance-Nachweise werden geladen…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation>Der Export wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Record keeping (Art. 12)</source>
        <translation>Aufzeichnungspflichten (Art. 12)</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::ControlDetailPane</name>
    <message>
        <source>Control details</source>
        <translation>Details der Kontrolle</translation>
    </message>
    <message>
        <source>Select a control to see its evidence.</source>
        <translation>Wählen Sie eine Kontrolle aus, um ihre Nachweise zu sehen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Derived from evidence</source>
        <translation>Aus Nachweisen abgeleitet</translation>
    </message>
    <message>
        <source>No governance primitive is mapped</source>
        <translation>Kein Governance-Baustein ist zugeordnet</translation>
    </message>
    <message>
        <source>Linked evidence (governance primitives)</source>
        <translation>Verknüpfte Nachweise (Governance-Bausteine)</translation>
    </message>
    <message>
        <source>No governance primitive provides evidence for this control; an officer sets its status by hand.</source>
        <translation>Kein Governance-Baustein liefert Nachweise für diese Kontrolle; ein Beauftragter setzt ihren Status manuell.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 records: %4</source>
        <translation>%1 — %2, %3 Datensätze: %4</translation>
    </message>
    <message>
        <source>Related controls</source>
        <translation>Verwandte Kontrollen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Statuses set by officers</source>
        <translation>Von Beauftragten gesetzte Status</translation>
    </message>
    <message>
        <source>No officer has set a status for this control.</source>
        <translation>Für diese Kontrolle hat kein Beauftragter einen Status gesetzt.</translation>
    </message>
    <message>
        <source>%1: %2 by %3 (ledger entry %4) — %5</source>
        <translation>%1: %2 durch %3 (Ledger-Eintrag %4) — %5</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::ControlsModel</name>
    <message>
        <source>Not implemented</source>
        <translation>Nicht umgesetzt</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Teilweise umgesetzt</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <source>Set by %1 on %2: %3</source>
        <translation>Gesetzt von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Derived from live evidence</source>
        <translation>Aus aktuellen Nachweisen abgeleitet</translation>
    </message>
    <message>
        <source>No evidence and no status set</source>
        <translation>Keine Nachweise und kein Status gesetzt</translation>
    </message>
    <message>
        <source>No evidence mapped</source>
        <translation>Keine Nachweise zugeordnet</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Abgeleitet</translation>
    </message>
    <message>
        <source>Set by officer</source>
        <translation>Von Beauftragten gesetzt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::CoverageChart</name>
    <message>
        <source>Coverage by framework</source>
        <translation>Abdeckung nach Rahmenwerk</translation>
    </message>
    <message>
        <source>Controls by status (coverage: implemented or verified)</source>
        <translation>Kontrollen nach Status (Abdeckung: umgesetzt oder verifiziert)</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::DecisionDetailPane</name>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>pending review</source>
        <translation>wartet auf Prüfung</translation>
    </message>
    <message>
        <source>Decision details</source>
        <translation>Entscheidungsdetails</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <source>Copy the capability token to the clipboard</source>
        <translation>Das Capability-Token in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Select a decision to see its request, reasons, risk and history.</source>
        <translation>Wählen Sie eine Entscheidung, um Anfrage, Gründe, Risiko und Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>The decision %1 cannot be read: %2</source>
        <translation>Die Entscheidung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 durch %2: %3</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
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
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Data classes</source>
        <translation>Datenklassen</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Kontext: %1</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Angefragt von</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Outcome in effect</source>
        <translation>Geltendes Ergebnis</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>version %1 (%2), hash %3…</source>
        <translation>Version %1 (%2), Hash %3…</translation>
    </message>
    <message>
        <source>Reason trace</source>
        <translation>Begründungspfad</translation>
    </message>
    <message>
        <source>No policy relation matched.</source>
        <translation>Keine Richtlinienbeziehung traf zu.</translation>
    </message>
    <message>
        <source>Risk: %1 (%2)</source>
        <translation>Risiko: %1 (%2)</translation>
    </message>
    <message>
        <source>No risk dimension was given.</source>
        <translation>Es wurde keine Risikodimension angegeben.</translation>
    </message>
    <message>
        <source>Decided: %1 (risk %2, %3)</source>
        <translation>Entschieden: %1 (Risiko %2, %3)</translation>
    </message>
    <message>
        <source>tier %1, %2 priority</source>
        <translation>Stufe %1, Priorität %2</translation>
    </message>
    <message>
        <source>Escalation %1 opened (%2); SLA deadline %3</source>
        <translation>Eskalation %1 eröffnet (%2); SLA-Frist %3</translation>
    </message>
    <message>
        <source>Escalation %1: SLA warning</source>
        <translation>Eskalation %1: SLA-Warnung</translation>
    </message>
    <message>
        <source>Escalation %1: SLA breached</source>
        <translation>Eskalation %1: SLA überschritten</translation>
    </message>
    <message>
        <source>Escalation %1 claimed by %2</source>
        <translation>Eskalation %1 übernommen von %2</translation>
    </message>
    <message>
        <source>Escalation %1 deferred — “%2”</source>
        <translation>Eskalation %1 zurückgestellt — „%2“</translation>
    </message>
    <message>
        <source>Escalation %1 resolved: %2 by %3 — “%4”</source>
        <translation>Eskalation %1 entschieden: %2 durch %3 — „%4“</translation>
    </message>
    <message>
        <source>Override %1 (%2, %3) by %4: %5 → %6 — “%7”</source>
        <translation>Übersteuerung %1 (%2, %3) durch %4: %5 → %6 — „%7“</translation>
    </message>
    <message>
        <source>(no expiry)</source>
        <translation>(ohne Ablauf)</translation>
    </message>
    <message>
        <source>(expires %1)</source>
        <translation>(läuft ab %1)</translation>
    </message>
    <message>
        <source>Override %1 revoked by %2 — “%3”</source>
        <translation>Übersteuerung %1 widerrufen von %2 — „%3“</translation>
    </message>
    <message>
        <source>Evidence %1 (%2, %3 bytes, SHA-256 %4…) by %5</source>
        <translation>Nachweis %1 (%2, %3 Bytes, SHA-256 %4…) von %5</translation>
    </message>
    <message>
        <source>Responsible: %1 (%2, %3)</source>
        <translation>Verantwortlich: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Part of the history cannot be read: %1</source>
        <translation>Ein Teil des Verlaufs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Capability token</source>
        <translation>Capability-Token</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>none issued</source>
        <translation>keines ausgestellt</translation>
    </message>
    <message>
        <source>Token id (jti)</source>
        <translation>Token-ID (jti)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Eintrags-Hash</translation>
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
    <message>
        <source>Actor filter</source>
        <translation>Akteursfilter</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Aktionsfilter</translation>
    </message>
    <message>
        <source>Period filter</source>
        <translation>Zeitraumfilter</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>&amp;Export decisions…</source>
        <translation>Entscheidungen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the selected decisions, or all the filters show, to a CSV file</source>
        <translation>Die ausgewählten Entscheidungen oder alle gefilterten in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Alle Akteure</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export decisions</source>
        <translation>Entscheidungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The decisions were not exported. %1</source>
        <translation>Die Entscheidungen wurden nicht exportiert. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) exported to %1.</source>
        <translation>
            <numerusform>%n Entscheidung nach %1 exportiert.</numerusform>
            <numerusform>%n Entscheidungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Der Export wurde abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Exporting decisions…</source>
        <translation>Entscheidungen werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>Ü&amp;bersteuern…</translation>
    </message>
    <message>
        <source>Sign in to override a decision; the log is read-only until then</source>
        <translation>Melden Sie sich an, um eine Entscheidung zu übersteuern; bis dahin ist das Protokoll schreibgeschützt</translation>
    </message>
    <message>
        <source>Select a decision to override it</source>
        <translation>Wählen Sie eine Entscheidung aus, um sie zu übersteuern</translation>
    </message>
    <message>
        <source>Override the selected decision&apos;s outcome with a justification</source>
        <translation>Das Ergebnis der ausgewählten Entscheidung mit einer Begründung übersteuern</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::EntryProofPane</name>
    <message>
        <source>Canonical JSON of the entry</source>
        <translation>Kanonisches JSON des Eintrags</translation>
    </message>
    <message>
        <source>Inclusion proof against the latest checkpoint</source>
        <translation>Einschlussnachweis gegen den neuesten Checkpoint</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>Einschlussnachweis</translation>
    </message>
    <message>
        <source>Export &amp;proof…</source>
        <translation>&amp;Nachweis exportieren…</translation>
    </message>
    <message>
        <source>Save the proof as a .tlog-proof file that anyone can check with the node&apos;s key</source>
        <translation>Den Nachweis als .tlog-proof-Datei speichern, die jeder mit dem Schlüssel des Knotens prüfen kann</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the proof text to the clipboard</source>
        <translation>Den Nachweistext in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>Kein Eintrag ausgewählt</translation>
    </message>
    <message>
        <source>Select an entry in the table to see its canonical JSON and its proof.</source>
        <translation>Wählen Sie einen Eintrag in der Tabelle, um sein kanonisches JSON und seinen Nachweis zu sehen.</translation>
    </message>
    <message>
        <source>Entry %1 · %2</source>
        <translation>Eintrag %1 · %2</translation>
    </message>
    <message>
        <source>The checkpoints cannot be read: %1</source>
        <translation>Die Checkpoints können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No checkpoint is signed yet. Sign a checkpoint to prove this entry.</source>
        <translation>Noch kein Checkpoint signiert. Signieren Sie einen Checkpoint, um diesen Eintrag nachzuweisen.</translation>
    </message>
    <message>
        <source>The latest checkpoint covers entries 0 to %1, not this one yet. Sign a checkpoint now to prove it.</source>
        <translation>Der neueste Checkpoint deckt die Einträge 0 bis %1 ab, diesen noch nicht. Signieren Sie jetzt einen Checkpoint, um ihn nachzuweisen.</translation>
    </message>
    <message>
        <source>The proof cannot be made: %1</source>
        <translation>Der Nachweis kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Entry %1 is in the signed tree of %2 entries.</source>
        <translation>Eintrag %1 ist im signierten Baum mit %2 Einträgen enthalten.</translation>
    </message>
    <message>
        <source>The selected entry has no proof yet; sign a checkpoint first.</source>
        <translation>Für den ausgewählten Eintrag gibt es noch keinen Nachweis; signieren Sie zuerst einen Checkpoint.</translation>
    </message>
    <message>
        <source>The proof cannot be written to %1: %2. Choose another folder.</source>
        <translation>Der Nachweis kann nicht nach %1 geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Export proof</source>
        <translation>Nachweis exportieren</translation>
    </message>
    <message>
        <source>Transparency log proofs (*.tlog-proof);;All files (*)</source>
        <translation>Transparenzlog-Nachweise (*.tlog-proof);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The proof of entry %1 was saved to %2.</source>
        <translation>Der Nachweis von Eintrag %1 wurde unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>The proof of entry %1 is on the clipboard.</source>
        <translation>Der Nachweis von Eintrag %1 ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::EscalationDetailPane</name>
    <message>
        <source>security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>reputational</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>financial</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Request and reason trace</source>
        <translation>Anfrage und Begründungspfad</translation>
    </message>
    <message>
        <source>Risk by dimension</source>
        <translation>Risiko nach Dimension</translation>
    </message>
    <message>
        <source>Risk by dimension chart</source>
        <translation>Diagramm: Risiko nach Dimension</translation>
    </message>
    <message>
        <source>Escalation history</source>
        <translation>Verlauf der Eskalation</translation>
    </message>
    <message>
        <source>Select an escalation to see its request, reasons, risk and history.</source>
        <translation>Wählen Sie eine Eskalation, um Anfrage, Begründung, Risiko und Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>The decision cannot be read: %1</source>
        <translation>Die Entscheidung kann nicht gelesen werden: %1</translation>
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
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Data classes</source>
        <translation>Datenklassen</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Kontext: %1</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>Reason trace</source>
        <translation>Begründungspfad</translation>
    </message>
    <message>
        <source>No policy relation matched.</source>
        <translation>Keine Richtlinienbeziehung traf zu.</translation>
    </message>
    <message>
        <source>Risk by dimension: none given</source>
        <translation>Risiko nach Dimension: keine Angaben</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Tier %1, %2 priority</source>
        <translation>Stufe %1, Priorität %2</translation>
    </message>
    <message>
        <source>%1: opened; SLA deadline %2</source>
        <translation>%1: eröffnet; SLA-Frist %2</translation>
    </message>
    <message>
        <source>%1: SLA warning</source>
        <translation>%1: SLA-Warnung</translation>
    </message>
    <message>
        <source>%1: SLA breached</source>
        <translation>%1: SLA überschritten</translation>
    </message>
    <message>
        <source>%1: claimed by %2</source>
        <translation>%1: übernommen von %2</translation>
    </message>
    <message>
        <source>deferred, back in the queue — “%1”</source>
        <translation>zurückgestellt, wieder in der Warteschlange — „%1“</translation>
    </message>
    <message>
        <source>%1: %2 by %3 — “%4”</source>
        <translation>%1: %2 von %3 — „%4“</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>entry %1, hash %2…</source>
        <translation>Eintrag %1, Hash %2…</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Responsibility chain</source>
        <translation>Verantwortungskette</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>ledger entry %1</source>
        <translation>Ledger-Eintrag %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bytes, SHA-256 %4…)</source>
        <translation>%1 (%2, %3 Bytes, SHA-256 %4…)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::EvidenceContentDialog</name>
    <message>
        <source>Evidence %1 — %2</source>
        <translation>Nachweis %1 — %2</translation>
    </message>
    <message>
        <source>Artifact content</source>
        <translation>Inhalt des Artefakts</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::EvidenceView</name>
    <message>
        <source>Artifact type filter</source>
        <translation>Filter nach Artefakttyp</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Decision id (dec_…), Ctrl+F</source>
        <translation>Entscheidungs-ID (dec_…), Strg+F</translation>
    </message>
    <message>
        <source>Decision filter</source>
        <translation>Entscheidungsfilter</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Check &amp;integrity (Ctrl+I)</source>
        <translation>&amp;Integrität prüfen (Strg+I)</translation>
    </message>
    <message>
        <source>Re-hash the selected artifact&apos;s content against its recorded SHA-256</source>
        <translation>Den Inhalt des ausgewählten Artefakts erneut hashen und mit dem erfassten SHA-256 vergleichen</translation>
    </message>
    <message>
        <source>Check &amp;all (Ctrl+Shift+I)</source>
        <translation>&amp;Alle prüfen (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>Re-hash every stored artifact in the background</source>
        <translation>Alle gespeicherten Artefakte im Hintergrund erneut hashen</translation>
    </message>
    <message>
        <source>Integrity check progress</source>
        <translation>Fortschritt der Integritätsprüfung</translation>
    </message>
    <message>
        <source>%v of %m artifacts</source>
        <translation>%v von %m Artefakten</translation>
    </message>
    <message>
        <source>Ca&amp;ncel (Esc)</source>
        <translation>A&amp;bbrechen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Open content (Ctrl+Return)</source>
        <translation>Inhalt ö&amp;ffnen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Save content as… (Ctrl+S)</source>
        <translation>Inhalt &amp;speichern unter… (Strg+S)</translation>
    </message>
    <message>
        <source>Integrity check result</source>
        <translation>Ergebnis der Integritätsprüfung</translation>
    </message>
    <message>
        <source>Evidence artifacts</source>
        <translation>Nachweisartefakte</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>Gespeichert am</translation>
    </message>
    <message>
        <source>Artifact details</source>
        <translation>Details des Artefakts</translation>
    </message>
    <message>
        <source>Save artifact content</source>
        <translation>Inhalt des Artefakts speichern</translation>
    </message>
    <message>
        <source>The artifacts cannot be read: %1</source>
        <translation>Die Artefakte können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n artifacts</source>
        <translation>
            <numerusform>%n Artefakt</numerusform>
            <numerusform>%n Artefakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first %n artifacts</source>
        <translation>
            <numerusform>erstes Artefakt (%n)</numerusform>
            <numerusform>erste %n Artefakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Use Check integrity to re-hash this artifact</source>
        <translation>Mit „Integrität prüfen“ dieses Artefakt erneut hashen</translation>
    </message>
    <message>
        <source>✔ Intact</source>
        <translation>✔ Unverändert</translation>
    </message>
    <message>
        <source>The content matches its recorded SHA-256</source>
        <translation>Der Inhalt stimmt mit dem erfassten SHA-256 überein</translation>
    </message>
    <message>
        <source>✖ Altered</source>
        <translation>✖ Verändert</translation>
    </message>
    <message>
        <source>No evidence matches the filters.</source>
        <translation>Keine Nachweise entsprechen den Filtern.</translation>
    </message>
    <message>
        <source>Select an artifact to see its details.</source>
        <translation>Wählen Sie ein Artefakt aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n bytes)</source>
        <translation>
            <numerusform>%1 (%n Byte)</numerusform>
            <numerusform>%1 (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>in the database row</source>
        <translation>in der Datenbankzeile</translation>
    </message>
    <message>
        <source>Stored by</source>
        <translation>Gespeichert von</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Aufbewahren bis</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Ledger-Eintrag</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Artifact %1 could not be checked: %2</source>
        <translation>Artefakt %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>Artifact %1 is intact: its content matches the recorded SHA-256.</source>
        <translation>Artefakt %1 ist unverändert: Sein Inhalt stimmt mit dem erfassten SHA-256 überein.</translation>
    </message>
    <message>
        <source>Artifact %1 failed the check: %2</source>
        <translation>Artefakt %1 hat die Prüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <source>Checking every artifact…</source>
        <translation>Alle Artefakte werden geprüft…</translation>
    </message>
    <message>
        <source>The integrity check failed: %1</source>
        <translation>Die Integritätsprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n artifacts; %1 failed so far.</source>
        <translation>
            <numerusform>Abgebrochen nach %n Artefakt; bisher %1 fehlgeschlagen.</numerusform>
            <numerusform>Abgebrochen nach %n Artefakten; bisher %1 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n artifacts are intact.</source>
        <translation>
            <numerusform>%n Artefakt ist unverändert.</numerusform>
            <numerusform>Alle %n Artefakte sind unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 artifacts failed the check: %3</source>
        <translation>%1 von %2 Artefakten haben die Prüfung nicht bestanden: %3</translation>
    </message>
    <message>
        <source>The content of %1 cannot be shown: %2</source>
        <translation>Der Inhalt von %1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>The content of %1 was not saved: %2</source>
        <translation>Der Inhalt von %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the verified content of %1 to %2.</source>
        <translation>Der verifizierte Inhalt von %1 wurde unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loading the artifacts…</source>
        <translation>Artefakte werden geladen…</translation>
    </message>
    <message>
        <source>Checking artifact %1…</source>
        <translation>Artefakt %1 wird geprüft…</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Lexecon Workstation</source>
        <translation>Willkommen bei Lexecon Workstation</translation>
    </message>
    <message>
        <source>This workspace has no users yet. Create the first administrator: they add the other users and give them their roles.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Benutzer. Legen Sie den ersten Administrator an: Er fügt die weiteren Benutzer hinzu und weist ihnen ihre Rollen zu.</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>Name des Administrators</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>Administrator &amp;anlegen</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::IdentityProvidersPane</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Identity providers</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Anbietertyp</translation>
    </message>
    <message>
        <source>Microsoft Entra ID</source>
        <translation>Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Okta</source>
        <translation>Okta</translation>
    </message>
    <message>
        <source>Auth0</source>
        <translation>Auth0</translation>
    </message>
    <message>
        <source>Keycloak</source>
        <translation>Keycloak</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Other OpenID Connect issuer</source>
        <translation>Anderer OpenID-Connect-Aussteller</translation>
    </message>
    <message>
        <source>Client secret (optional)</source>
        <translation>Client-Geheimnis (optional)</translation>
    </message>
    <message>
        <source>Leave empty for a public client with PKCE (recommended)</source>
        <translation>Leer lassen für einen öffentlichen Client mit PKCE (empfohlen)</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Add &amp;provider</source>
        <translation>Anbieter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove provider</source>
        <translation>Anbieter &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Tenant id:</source>
        <translation>&amp;Mandanten-ID:</translation>
    </message>
    <message>
        <source>Okta &amp;domain:</source>
        <translation>Okta-&amp;Domain:</translation>
    </message>
    <message>
        <source>Auth0 &amp;domain:</source>
        <translation>Auth0-&amp;Domain:</translation>
    </message>
    <message>
        <source>Keycloak &amp;base URL:</source>
        <translation>Keycloak-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Realm:</source>
        <translation>&amp;Realm:</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>&amp;Aussteller-URL:</translation>
    </message>
    <message>
        <source>Short &amp;id:</source>
        <translation>&amp;Kurz-ID:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>none (public client)</source>
        <translation>keines (öffentlicher Client)</translation>
    </message>
    <message>
        <source>change identity providers</source>
        <translation>Identitätsanbieter ändern</translation>
    </message>
    <message>
        <source>The provider was added, but its client secret was not stored: %1</source>
        <translation>Der Anbieter wurde hinzugefügt, aber sein Client-Geheimnis wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::LedgerView</name>
    <message>
        <source>Entry type filter</source>
        <translation>Filter nach Eintragstyp</translation>
    </message>
    <message>
        <source>Search type, actor or payload</source>
        <translation>Typ, Akteur oder Nutzdaten suchen</translation>
    </message>
    <message>
        <source>Search the ledger</source>
        <translation>Ledger durchsuchen</translation>
    </message>
    <message>
        <source>Ve&amp;rify ledger</source>
        <translation>Ledger p&amp;rüfen</translation>
    </message>
    <message>
        <source>Re-hash every entry and check the chain, the Merkle tree and every signed checkpoint</source>
        <translation>Jeden Eintrag neu hashen und die Kette, den Merkle-Baum und jeden signierten Checkpoint prüfen</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>%v of %m entries</source>
        <translation>%v von %m Einträgen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the verification (Esc)</source>
        <translation>Die Prüfung anhalten (Esc)</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>Ledger-Einträge</translation>
    </message>
    <message numerus="yes">
        <source>Verifying %n entries…</source>
        <translation>
            <numerusform>%n Eintrag wird geprüft…</numerusform>
            <numerusform>%n Einträge werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger could not be verified: %1</source>
        <translation>Das Ledger konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n entries; nothing was concluded.</source>
        <translation>
            <numerusform>Prüfung nach %n Eintrag abgebrochen; es wurde nichts festgestellt.</numerusform>
            <numerusform>Prüfung nach %n Einträgen abgebrochen; es wurde nichts festgestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>filtered, of %n entries</source>
        <translation>
            <numerusform>gefiltert, von %n Eintrag</numerusform>
            <numerusform>gefiltert, von %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger does not verify from entry %1 on: %2</source>
        <translation>Das Ledger ist ab Eintrag %1 nicht gültig: %2</translation>
    </message>
    <message>
        <source>The entries verify, but the checkpoint of tree size %1 does not: %2</source>
        <translation>Die Einträge sind gültig, aber der Checkpoint mit Baumgröße %1 nicht: %2</translation>
    </message>
    <message numerus="yes">
        <source>The ledger verifies: %n entries re-hashed and chained, the Merkle root recomputed, and every signed checkpoint checked against it (%1).</source>
        <translation>
            <numerusform>Das Ledger ist gültig: %n Eintrag neu gehasht und verkettet, die Merkle-Wurzel neu berechnet und jeder signierte Checkpoint damit geprüft (%1).</numerusform>
            <numerusform>Das Ledger ist gültig: %n Einträge neu gehasht und verkettet, die Merkle-Wurzel neu berechnet und jeder signierte Checkpoint damit geprüft (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::LegalHoldDialog</name>
    <message>
        <source>Place legal hold</source>
        <translation>Rechtliche Aufbewahrung anordnen</translation>
    </message>
    <message>
        <source>Release legal hold %1</source>
        <translation>Rechtliche Aufbewahrung %1 aufheben</translation>
    </message>
    <message>
        <source>One decision</source>
        <translation>Eine Entscheidung</translation>
    </message>
    <message>
        <source>A data subject (request actor or context.subject_id)</source>
        <translation>Eine betroffene Person (Akteur der Anfrage oder context.subject_id)</translation>
    </message>
    <message>
        <source>Decisions in a date range</source>
        <translation>Entscheidungen in einem Zeitraum</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>Decision id or subject</source>
        <translation>Entscheidungs-ID oder betroffene Person</translation>
    </message>
    <message>
        <source>&amp;Decision id:</source>
        <translation>&amp;Entscheidungs-ID:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>The case, the authority or the investigation that requires these records to be kept.</source>
        <translation>Der Fall, die Behörde oder die Untersuchung, die die Aufbewahrung dieser Aufzeichnungen verlangt.</translation>
    </message>
    <message>
        <source>Why the records may now follow their retention period.</source>
        <translation>Warum die Aufzeichnungen nun wieder ihrer Aufbewahrungsfrist folgen dürfen.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Place hold</source>
        <translation>Aufbewahrung anordnen</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Aufbewahrung aufheben</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betroffene Person:</translation>
    </message>
    <message numerus="yes">
        <source>A reason is required: write at least %n more character(s).</source>
        <translation>
            <numerusform>Eine Begründung ist erforderlich: Schreiben Sie mindestens %n weiteres Zeichen.</numerusform>
            <numerusform>Eine Begründung ist erforderlich: Schreiben Sie mindestens %n weitere Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the decision id or the subject the hold covers.</source>
        <translation>Geben Sie die Entscheidungs-ID oder die betroffene Person ein, die die Aufbewahrung umfasst.</translation>
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
    <message>
        <source>Oversight queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <source>&amp;Escalation</source>
        <translation>&amp;Eskalation</translation>
    </message>
    <message>
        <source>Nobody signed in (read-only)</source>
        <translation>Niemand angemeldet (nur lesen)</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Escalations and SLA</source>
        <translation>Eskalationen und SLA</translation>
    </message>
    <message>
        <source>Lexecon Workstation</source>
        <translation>Lexecon Workstation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Escalations: %1 open, %2 warning, %3 breached</source>
        <translation>Eskalationen: %1 offen, %2 Warnung, %3 überschritten</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Risk dashboard</source>
        <translation>Risiko-Dashboard</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Entscheidung</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Audit packets</source>
        <translation>Prüfpakete</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Ledger and last checkpoint</source>
        <translation>Ledger und letzter Checkpoint</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>Arbeitsplatz gesperrt</translation>
    </message>
    <message>
        <source> · checkpoint at %1 (%2)</source>
        <translation> · Checkpoint bei %1 (%2)</translation>
    </message>
    <message>
        <source> · no checkpoint yet</source>
        <translation> · noch kein Checkpoint</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::MfaEnrolDialog</name>
    <message>
        <source>Set up two-factor sign-in for %1</source>
        <translation>Zwei-Faktor-Anmeldung für %1 einrichten</translation>
    </message>
    <message>
        <source>1. Scan this code with an authenticator app (Google Authenticator, Authy, ...), or type the key below into it.
2. Keep the backup codes somewhere safe: each opens one sign-in without the app.
3. Enter the code the app shows now to turn two-factor sign-in on.</source>
        <translation>1. Scannen Sie diesen Code mit einer Authenticator-App (Google Authenticator, Authy, ...) oder geben Sie den Schlüssel unten dort ein.
2. Bewahren Sie die Sicherungscodes sicher auf: Jeder ermöglicht eine Anmeldung ohne die App.
3. Geben Sie den Code ein, den die App jetzt anzeigt, um die Zwei-Faktor-Anmeldung zu aktivieren.</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>QR-Code für die Authenticator-App</translation>
    </message>
    <message>
        <source>Key for typing in by hand</source>
        <translation>Schlüssel zur manuellen Eingabe</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Sicherungscodes</translation>
    </message>
    <message>
        <source>C&amp;opy codes</source>
        <translation>Codes &amp;kopieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve codes…</source>
        <translation>Codes &amp;speichern…</translation>
    </message>
    <message>
        <source>Backup codes (shown only now)</source>
        <translation>Sicherungscodes (werden nur jetzt angezeigt)</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Code aus der Authenticator-App</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>&amp;Code now shown:</source>
        <translation>Aktuell angezeigter &amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Save backup codes</source>
        <translation>Sicherungscodes speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>The backup codes could not be saved to %1: %2</source>
        <translation>Die Sicherungscodes konnten nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::NewPasswordFields</name>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Passwortregeln</translation>
    </message>
    <message>
        <source>At least %1 characters with an upper-case letter, a lower-case letter, a digit and a symbol; not a common password, not your name, no runs like &quot;abcd&quot; or &quot;1111&quot;.</source>
        <translation>Mindestens %1 Zeichen mit einem Großbuchstaben, einem Kleinbuchstaben, einer Ziffer und einem Sonderzeichen; kein gängiges Passwort, nicht Ihr Name, keine Folgen wie „abcd“ oder „1111“.</translation>
    </message>
    <message>
        <source>The password meets the rules. Type it again under Repeat.</source>
        <translation>Das Passwort erfüllt die Regeln. Geben Sie es unter Wiederholen erneut ein.</translation>
    </message>
    <message>
        <source>The password meets the rules.</source>
        <translation>Das Passwort erfüllt die Regeln.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::OverrideDialog</name>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>pending review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>Override decision %1</source>
        <translation>Entscheidung %1 übersteuern</translation>
    </message>
    <message>
        <source>Override type</source>
        <translation>Art der Übersteuerung</translation>
    </message>
    <message>
        <source>Override scope</source>
        <translation>Geltungsbereich der Übersteuerung</translation>
    </message>
    <message>
        <source>This decision only</source>
        <translation>Nur diese Entscheidung</translation>
    </message>
    <message>
        <source>Multiple decisions</source>
        <translation>Mehrere Entscheidungen</translation>
    </message>
    <message>
        <source>Permanent policy change</source>
        <translation>Dauerhafte Richtlinienänderung</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Neues Ergebnis</translation>
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
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why this decision must change, in at least %1 characters</source>
        <translation>Warum sich diese Entscheidung ändern muss, in mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Justification length</source>
        <translation>Länge der Begründung</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>&amp;Läuft ab</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Summary of the change</source>
        <translation>Zusammenfassung der Änderung</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (derzeit %2)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Geltungsbereich:</translation>
    </message>
    <message>
        <source>&amp;New outcome:</source>
        <translation>&amp;Neues Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>Ü&amp;bersteuern</translation>
    </message>
    <message>
        <source>Policy exception</source>
        <translation>Richtlinienausnahme</translation>
    </message>
    <message>
        <source>Technical emergency</source>
        <translation>Technischer Notfall</translation>
    </message>
    <message>
        <source>Business exception</source>
        <translation>Geschäftliche Ausnahme</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Menschliche Prüfung</translation>
    </message>
    <message>
        <source>Executive override</source>
        <translation>Übersteuerung durch die Geschäftsleitung</translation>
    </message>
    <message>
        <source>Emergency bypass</source>
        <translation>Notfallumgehung</translation>
    </message>
    <message>
        <source>%1 characters; %2 more needed (at least %3).</source>
        <translation>%1 Zeichen; %2 weitere nötig (mindestens %3).</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are accepted.</source>
        <translation>%1 Zeichen; höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <source>%1 characters.</source>
        <translation>%1 Zeichen.</translation>
    </message>
    <message>
        <source>Final outcome: %1 → %2.</source>
        <translation>Endergebnis: %1 → %2.</translation>
    </message>
    <message>
        <source>A capability token will be issued.</source>
        <translation>Ein Berechtigungstoken wird ausgestellt.</translation>
    </message>
    <message>
        <source>Expires %1; then the outcome falls back to %2.</source>
        <translation>Läuft am %1 ab; danach gilt wieder %2.</translation>
    </message>
    <message>
        <source>Does not expire.</source>
        <translation>Läuft nicht ab.</translation>
    </message>
    <message>
        <source>Recorded in the ledger as %1, who takes responsibility for it.</source>
        <translation>Im Ledger als %1 vermerkt, der die Verantwortung dafür übernimmt.</translation>
    </message>
    <message>
        <source>The expiry is in the past; choose a later time or clear Expires.</source>
        <translation>Der Ablauf liegt in der Vergangenheit; wählen Sie einen späteren Zeitpunkt oder entfernen Sie „Läuft ab“.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::OversightPane</name>
    <message>
        <source>Human oversight report</source>
        <translation>Bericht zur menschlichen Aufsicht</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Human oversight (EU AI Act Art. 14)</source>
        <translation>Menschliche Aufsicht (KI-Verordnung Art. 14)</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Von %1 bis %2.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Übersteuert</translation>
    </message>
    <message>
        <source>Override rate</source>
        <translation>Übersteuerungsquote</translation>
    </message>
    <message>
        <source>Active overrides</source>
        <translation>Aktive Übersteuerungen</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Eingriffe</translation>
    </message>
    <message>
        <source>Response times against the SLA</source>
        <translation>Reaktionszeiten im Vergleich zum SLA</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>%1 (%2 resolved, %3 open)</source>
        <translation>%1 (%2 entschieden, %3 offen)</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>Innerhalb des SLA</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <source>%1 (breach rate %2)</source>
        <translation>%1 (Überschreitungsquote %2)</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>Median der Reaktionszeit</translation>
    </message>
    <message>
        <source>90th percentile response</source>
        <translation>Reaktionszeit (90. Perzentil)</translation>
    </message>
    <message>
        <source>Longest response</source>
        <translation>Längste Reaktionszeit</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>SLA-Ziel</translation>
    </message>
    <message>
        <source>Reviewer load</source>
        <translation>Auslastung der Prüfer</translation>
    </message>
    <message>
        <source>No reviewer resolved an escalation in this period.</source>
        <translation>In diesem Zeitraum hat kein Prüfer eine Eskalation entschieden.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Übersteuerungen</translation>
    </message>
    <message>
        <source>The oversight report could not be built: %1</source>
        <translation>Der Aufsichtsbericht konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::OversightQueueView</name>
    <message>
        <source>Queue access</source>
        <translation>Zugriff auf die Warteschlange</translation>
    </message>
    <message>
        <source>Queue message</source>
        <translation>Meldung der Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>De&amp;fer…</source>
        <translation>&amp;Zurückstellen…</translation>
    </message>
    <message>
        <source>&amp;Escalate up…</source>
        <translation>&amp;Weiter eskalieren…</translation>
    </message>
    <message>
        <source>Escalation actions</source>
        <translation>Aktionen zur Eskalation</translation>
    </message>
    <message>
        <source>Oversight queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Prioritätsfilter</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <source>Search summary, actor, action, id or assignee</source>
        <translation>Zusammenfassung, Akteur, Aktion, ID oder Bearbeiter suchen</translation>
    </message>
    <message>
        <source>Search escalations</source>
        <translation>Eskalationen suchen</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>Nur &amp;meine</translation>
    </message>
    <message>
        <source>Only escalations I hold</source>
        <translation>Nur Eskalationen, die ich bearbeite</translation>
    </message>
    <message>
        <source>Queue counts</source>
        <translation>Zahlen der Warteschlange</translation>
    </message>
    <message>
        <source>Read-only for %1 (%2): claiming and resolving escalations needs the %3 permission, which the compliance_officer and admin roles have. Ask an admin for that role.</source>
        <translation>Nur lesen für %1 (%2): Eskalationen zu übernehmen und zu entscheiden erfordert die Berechtigung %3, die die Rollen compliance_officer und admin haben. Bitten Sie einen Administrator um diese Rolle.</translation>
    </message>
    <message>
        <source>Select an escalation first.</source>
        <translation>Wählen Sie zuerst eine Eskalation.</translation>
    </message>
    <message>
        <source>This escalation is already resolved.</source>
        <translation>Diese Eskalation ist bereits erledigt.</translation>
    </message>
    <message>
        <source>%1 holds this escalation; only they can act on it until they release it.</source>
        <translation>%1 bearbeitet diese Eskalation; bis zur Freigabe kann nur diese Person handeln.</translation>
    </message>
    <message>
        <source>You already hold this escalation.</source>
        <translation>Sie bearbeiten diese Eskalation bereits.</translation>
    </message>
    <message>
        <source>Take this escalation so that nobody else works on it</source>
        <translation>Diese Eskalation übernehmen, damit niemand sonst daran arbeitet</translation>
    </message>
    <message>
        <source>Counts unavailable: %1</source>
        <translation>Zahlen nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 open · %2 warning · %3 breached</source>
        <translation>%1 offen · %2 Warnung · %3 überschritten</translation>
    </message>
    <message>
        <source>Select an escalation to claim.</source>
        <translation>Wählen Sie eine Eskalation zum Übernehmen.</translation>
    </message>
    <message>
        <source>Escalation %1 was not claimed: %2</source>
        <translation>Eskalation %1 wurde nicht übernommen: %2</translation>
    </message>
    <message>
        <source>You hold escalation %1 now. Approve, deny, defer or escalate it up when you have decided.</source>
        <translation>Sie bearbeiten jetzt Eskalation %1. Genehmigen, ablehnen, zurückstellen oder weiter eskalieren Sie sie, sobald Sie entschieden haben.</translation>
    </message>
    <message>
        <source>Escalation %1: %2.</source>
        <translation>Eskalation %1: %2.</translation>
    </message>
    <message>
        <source>It continues as %1 at the next tier.</source>
        <translation>Sie wird als %1 auf der nächsten Stufe fortgesetzt.</translation>
    </message>
    <message>
        <source>Read-only: nobody is signed in at this desk. Sign in as a compliance officer to claim and resolve escalations.</source>
        <translation>Nur lesen: An diesem Arbeitsplatz ist niemand angemeldet. Melden Sie sich als Compliance-Beauftragter an, um Eskalationen zu übernehmen und zu entscheiden.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PacketFilesModel</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PacketOpenPane</name>
    <message>
        <source>No packet opened</source>
        <translation>Kein Paket geöffnet</translation>
    </message>
    <message>
        <source>Packet file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>&amp;Open packet…</source>
        <translation>Paket ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a packet received from elsewhere (%1)</source>
        <translation>Ein von anderswo erhaltenes Paket öffnen (%1)</translation>
    </message>
    <message>
        <source>Open packet</source>
        <translation>Paket öffnen</translation>
    </message>
    <message>
        <source>Packet:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>Optional: SHA-256 fingerprint of the key you expect (hex, colons allowed)</source>
        <translation>Optional: SHA-256-Fingerabdruck des erwarteten Schlüssels (hex, Doppelpunkte erlaubt)</translation>
    </message>
    <message>
        <source>Trusted key fingerprint</source>
        <translation>Fingerabdruck des vertrauenswürdigen Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Verify the packet again, with the fingerprint (Ctrl+R)</source>
        <translation>Das Paket erneut prüfen, mit dem Fingerabdruck (Strg+R)</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Trusted &amp;key:</source>
        <translation>Vertrauenswürdiger &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Open a packet to check it.</source>
        <translation>Öffnen Sie ein Paket, um es zu prüfen.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Files in the packet</source>
        <translation>Dateien im Paket</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>Dateiinhalt</translation>
    </message>
    <message>
        <source>Rendered report</source>
        <translation>Gerenderter Bericht</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Open audit packet</source>
        <translation>Prüfpaket öffnen</translation>
    </message>
    <message>
        <source>Audit packet (*.zip);;All files (*)</source>
        <translation>Prüfpaket (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The check did not run.</source>
        <translation>Die Prüfung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>All %1 checks passed: the packet is intact and signed by the key with fingerprint %2.%3</source>
        <translation>Alle %1 Prüfungen bestanden: Das Paket ist unverändert und mit dem Schlüssel mit Fingerabdruck %2 signiert.%3</translation>
    </message>
    <message>
        <source> Not checked: %1 (enter the fingerprint you expect to check it).</source>
        <translation> Nicht geprüft: %1 (geben Sie den erwarteten Fingerabdruck ein, um dies zu prüfen).</translation>
    </message>
    <message>
        <source>%1 of %2 checks failed: %3. Do not rely on this packet.</source>
        <translation>%1 von %2 Prüfungen nicht bestanden: %3. Verlassen Sie sich nicht auf dieses Paket.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1 is not a text file; extract the packet to open it with another program.</source>
        <translation>%1 ist keine Textdatei; entpacken Sie das Paket, um sie mit einem anderen Programm zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PacketRequestsPane</name>
    <message>
        <source>Permission notice</source>
        <translation>Berechtigungshinweis</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>Erstellungen</translation>
    </message>
    <message>
        <source>Packet requests</source>
        <translation>Paketanfragen</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>&amp;Build packet…</source>
        <translation>Paket &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;Cancel build</source>
        <translation>Erstellung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Verify built packet</source>
        <translation>Erstelltes Paket &amp;prüfen</translation>
    </message>
    <message>
        <source>Build progress</source>
        <translation>Fortschritt der Erstellung</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>New packet request</source>
        <translation>Neue Paketanfrage</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>&amp;Whole history</source>
        <translation>&amp;Gesamter Verlauf</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>Bis Datum (einschließlich)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Period (UTC):</source>
        <translation>Zeitraum (UTC):</translation>
    </message>
    <message>
        <source>Format %1</source>
        <translation>Format %1</translation>
    </message>
    <message>
        <source>&amp;Request packet</source>
        <translation>Paket an&amp;fordern</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>whole history</source>
        <translation>gesamter Verlauf</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>request an audit packet</source>
        <translation>ein Prüfpaket anfordern</translation>
    </message>
    <message>
        <source>approve or reject an audit packet</source>
        <translation>ein Prüfpaket genehmigen oder ablehnen</translation>
    </message>
    <message>
        <source>You requested this packet, so another compliance officer must approve it (four eyes).</source>
        <translation>Sie haben dieses Paket angefordert, daher muss ein anderer Compliance-Beauftragter es genehmigen (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>Request %1 recorded; a compliance officer other than you must approve it.</source>
        <translation>Anfrage %1 erfasst; ein anderer Compliance-Beauftragter als Sie muss sie genehmigen.</translation>
    </message>
    <message>
        <source>Select a request in the table first.</source>
        <translation>Wählen Sie zuerst eine Anfrage in der Tabelle aus.</translation>
    </message>
    <message>
        <source>approve an audit packet</source>
        <translation>ein Prüfpaket genehmigen</translation>
    </message>
    <message>
        <source>Request %1 approved; it can now be built.</source>
        <translation>Anfrage %1 genehmigt; das Paket kann jetzt erstellt werden.</translation>
    </message>
    <message>
        <source>reject an audit packet</source>
        <translation>ein Prüfpaket ablehnen</translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation>Anfrage %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Reject packet request</source>
        <translation>Paketanfrage ablehnen</translation>
    </message>
    <message>
        <source>Reason (at least 10 characters):</source>
        <translation>Begründung (mindestens 10 Zeichen):</translation>
    </message>
    <message>
        <source>Build audit packet</source>
        <translation>Prüfpaket erstellen</translation>
    </message>
    <message>
        <source>Audit packet (*.zip)</source>
        <translation>Prüfpaket (*.zip)</translation>
    </message>
    <message>
        <source>The build was cancelled.</source>
        <translation>Die Erstellung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Building the packet of request %1 into %2…</source>
        <translation>Das Paket zu Anfrage %1 wird in %2 erstellt…</translation>
    </message>
    <message>
        <source>The build was cancelled; no file was left behind.</source>
        <translation>Die Erstellung wurde abgebrochen; es ist keine Datei zurückgeblieben.</translation>
    </message>
    <message>
        <source>Packet %1 written to %2.</source>
        <translation>Paket %1 wurde in %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PermissionNotice</name>
    <message>
        <source>Nobody is signed in: to %1 sign in as a user with the %2 permission.</source>
        <translation>Niemand ist angemeldet: Um „%1“ auszuführen, melden Sie sich als Benutzer mit der Berechtigung %2 an.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: that needs the %4 permission. Ask an administrator.</source>
        <translation>%1 (%2) darf nicht %3: Dafür ist die Berechtigung %4 nötig. Wenden Sie sich an einen Administrator.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PolicyBrowser</name>
    <message>
        <source>Filter terms and relations (Ctrl+F)</source>
        <translation>Begriffe und Beziehungen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter terms and relations</source>
        <translation>Begriffe und Beziehungen filtern</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Term: %1</source>
        <translation>Begriff: %1</translation>
    </message>
    <message>
        <source>Relation: %1</source>
        <translation>Beziehung: %1</translation>
    </message>
    <message>
        <source>Terms and relations of the policy</source>
        <translation>Begriffe und Beziehungen der Richtlinie</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Bei</translation>
    </message>
    <message>
        <source>Label / justification</source>
        <translation>Bezeichnung / Begründung</translation>
    </message>
    <message>
        <source>Terms (%1)</source>
        <translation>Begriffe (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Relations (%1)</source>
        <translation>Beziehungen (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PolicyDiffTree</name>
    <message>
        <source>Differences between the versions</source>
        <translation>Unterschiede zwischen den Versionen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <source>Changed (mode)</source>
        <translation>Geändert (Modus)</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>term (%1)</source>
        <translation>Begriff (%1)</translation>
    </message>
    <message>
        <source>relation (%1)</source>
        <translation>Beziehung (%1)</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PolicyDraftPane</name>
    <message>
        <source>&amp;Load policy file… (Ctrl+O)</source>
        <translation>Richtlinien&amp;datei laden… (Strg+O)</translation>
    </message>
    <message>
        <source>Check a policy file and simulate it over recent decisions before activating it</source>
        <translation>Eine Richtliniendatei prüfen und vor dem Aktivieren an den letzten Entscheidungen simulieren</translation>
    </message>
    <message>
        <source>Replay the last </source>
        <translation>Die letzten </translation>
    </message>
    <message>
        <source> decisions</source>
        <translation> Entscheidungen nachspielen</translation>
    </message>
    <message>
        <source>Number of recent decisions to replay</source>
        <translation>Anzahl der nachzuspielenden letzten Entscheidungen</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulieren</translation>
    </message>
    <message>
        <source>Simulation progress</source>
        <translation>Fortschritt der Simulation</translation>
    </message>
    <message>
        <source>%v of %m decisions</source>
        <translation>%v von %m Entscheidungen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel (Esc)</source>
        <translation>A&amp;bbrechen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Activate this policy</source>
        <translation>Diese Richtlinie &amp;aktivieren</translation>
    </message>
    <message>
        <source>No file loaded. Load a policy file to check it and see what it would change.</source>
        <translation>Keine Datei geladen. Laden Sie eine Richtliniendatei, um sie zu prüfen und zu sehen, was sie ändern würde.</translation>
    </message>
    <message>
        <source>Draft policy</source>
        <translation>Richtlinienentwurf</translation>
    </message>
    <message>
        <source>Draft policy message</source>
        <translation>Meldung zum Richtlinienentwurf</translation>
    </message>
    <message>
        <source>Decisions whose outcome would change</source>
        <translation>Entscheidungen, deren Ergebnis sich ändern würde</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Derzeit</translation>
    </message>
    <message>
        <source>Under the draft</source>
        <translation>Mit dem Entwurf</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Changed outcomes</source>
        <translation>Geänderte Ergebnisse</translation>
    </message>
    <message>
        <source>Check findings</source>
        <translation>Prüfbefunde</translation>
    </message>
    <message>
        <source>Differences from the active policy</source>
        <translation>Unterschiede zur aktiven Richtlinie</translation>
    </message>
    <message>
        <source>Load policy file</source>
        <translation>Richtliniendatei laden</translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>Richtliniendateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No file loaded.</source>
        <translation>Keine Datei geladen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid policy: %2</source>
        <translation>%1 ist keine gültige Richtlinie: %2</translation>
    </message>
    <message>
        <source>Draft %1 (%2, mode %3): %4 terms, %5 relations, SHA-256 %6…; %7</source>
        <translation>Entwurf %1 (%2, Modus %3): %4 Begriffe, %5 Beziehungen, SHA-256 %6…; %7</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Replaying recent decisions under the draft…</source>
        <translation>Die letzten Entscheidungen werden mit dem Entwurf nachgespielt…</translation>
    </message>
    <message>
        <source>The simulation was cancelled; run it again to activate this policy.</source>
        <translation>Die Simulation wurde abgebrochen; führen Sie sie erneut aus, um diese Richtlinie zu aktivieren.</translation>
    </message>
    <message>
        <source>The simulation failed: %1</source>
        <translation>Die Simulation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No recent decision would change under this policy.</source>
        <translation>Mit dieser Richtlinie würde sich keine der letzten Entscheidungen ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n recent decisions would have a different outcome under this policy.</source>
        <translation>
            <numerusform>%n der letzten Entscheidungen hätte mit dieser Richtlinie ein anderes Ergebnis.</numerusform>
            <numerusform>%n der letzten Entscheidungen hätten mit dieser Richtlinie ein anderes Ergebnis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load a policy file and let the simulation finish before activating it.</source>
        <translation>Laden Sie eine Richtliniendatei und lassen Sie die Simulation vor dem Aktivieren abschließen.</translation>
    </message>
    <message>
        <source>activate a policy</source>
        <translation>eine Richtlinie aktivieren</translation>
    </message>
    <message>
        <source>The policy was not activated: %1</source>
        <translation>Die Richtlinie wurde nicht aktiviert: %1</translation>
    </message>
    <message>
        <source>Version %1 (%2) is now the active policy.</source>
        <translation>Version %1 (%2) ist jetzt die aktive Richtlinie.</translation>
    </message>
    <message>
        <source>Store this file as a new version and make it the active policy</source>
        <translation>Diese Datei als neue Version speichern und zur aktiven Richtlinie machen</translation>
    </message>
    <message>
        <source>Available once the simulation has run</source>
        <translation>Verfügbar, sobald die Simulation gelaufen ist</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PolicyFindingsList</name>
    <message>
        <source>Policy check findings</source>
        <translation>Befunde der Richtlinienprüfung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>No findings: no contradictions, shadowed rules, cycles or unused terms.</source>
        <translation>Keine Befunde: keine Widersprüche, verdeckten Regeln, Zyklen oder ungenutzten Begriffe.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes.</source>
        <translation>%1 Fehler, %2 Warnungen, %3 Hinweise.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PolicyVersionsPane</name>
    <message>
        <source>Policy versions</source>
        <translation>Richtlinienversionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Loaded at</source>
        <translation>Geladen am</translation>
    </message>
    <message>
        <source>Loaded by</source>
        <translation>Geladen von</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>&amp;Compare selected (Ctrl+D)</source>
        <translation>Auswahl ver&amp;gleichen (Strg+D)</translation>
    </message>
    <message>
        <source>Select two versions, or one to compare with the active version</source>
        <translation>Zwei Versionen auswählen oder eine, um sie mit der aktiven Version zu vergleichen</translation>
    </message>
    <message>
        <source>Activate selected (roll &amp;back)</source>
        <translation>Auswahl aktivieren (&amp;zurückrollen)</translation>
    </message>
    <message>
        <source>Make the selected version the active policy again</source>
        <translation>Die ausgewählte Version wieder zur aktiven Richtlinie machen</translation>
    </message>
    <message>
        <source>Policy versions message</source>
        <translation>Meldung zu Richtlinienversionen</translation>
    </message>
    <message>
        <source>The versions cannot be read: %1</source>
        <translation>Die Versionen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>● Active</source>
        <translation>● Aktiv</translation>
    </message>
    <message>
        <source>Select two versions to compare, or one that is not the active version.</source>
        <translation>Wählen Sie zwei Versionen zum Vergleichen aus oder eine, die nicht die aktive Version ist.</translation>
    </message>
    <message>
        <source>From version %1 to version %2: %3 term changes and %4 relation changes.</source>
        <translation>Von Version %1 zu Version %2: %3 Begriffsänderungen und %4 Beziehungsänderungen.</translation>
    </message>
    <message>
        <source>Select the one version to activate.</source>
        <translation>Wählen Sie genau eine Version zum Aktivieren aus.</translation>
    </message>
    <message>
        <source>activate a policy</source>
        <translation>eine Richtlinie aktivieren</translation>
    </message>
    <message>
        <source>Version %1 was not activated: %2</source>
        <translation>Version %1 wurde nicht aktiviert: %2</translation>
    </message>
    <message>
        <source>Version %1 is now the active policy.</source>
        <translation>Version %1 ist jetzt die aktive Richtlinie.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PolicyView</name>
    <message>
        <source>Active policy</source>
        <translation>Aktive Richtlinie</translation>
    </message>
    <message>
        <source>Policy permissions notice</source>
        <translation>Berechtigungshinweis zur Richtlinie</translation>
    </message>
    <message>
        <source>Policy sections</source>
        <translation>Richtlinienbereiche</translation>
    </message>
    <message>
        <source>&amp;Terms and relations</source>
        <translation>&amp;Begriffe und Beziehungen</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versionen</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Load and simulate</source>
        <translation>&amp;Laden und simulieren</translation>
    </message>
    <message>
        <source>No policy is active: every decision is denied until one is loaded. Use Load and simulate to load one.</source>
        <translation>Keine Richtlinie ist aktiv: Jede Entscheidung wird abgelehnt, bis eine geladen ist. Laden Sie eine über „Laden und simulieren“.</translation>
    </message>
    <message>
        <source>No policy is active.</source>
        <translation>Keine Richtlinie ist aktiv.</translation>
    </message>
    <message>
        <source>Active policy: %1, version %2 (mode %3), %4 terms and %5 relations; SHA-256 %6…</source>
        <translation>Aktive Richtlinie: %1, Version %2 (Modus %3), %4 Begriffe und %5 Beziehungen; SHA-256 %6…</translation>
    </message>
    <message>
        <source>The active policy cannot be read: %1</source>
        <translation>Die aktive Richtlinie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Findings of the active policy: %1</source>
        <translation>Befunde der aktiven Richtlinie: %1</translation>
    </message>
    <message>
        <source>activate a policy</source>
        <translation>eine Richtlinie aktivieren</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Nur lesen: %1</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::QueueNotifier</name>
    <message>
        <source>New critical escalation</source>
        <translation>Neue kritische Eskalation</translation>
    </message>
    <message>
        <source>%1 (%2). Time left: %3.</source>
        <translation>%1 (%2). Restzeit: %3.</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA überschritten</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>SLA warning</source>
        <translation>SLA-Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n open escalation(s) past the deadline.</source>
        <translation>
            <numerusform>%n offene Eskalation hat die Frist überschritten.</numerusform>
            <numerusform>%n offene Eskalationen haben die Frist überschritten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open escalation(s) with less than an hour left.</source>
        <translation>
            <numerusform>%n offene Eskalation hat weniger als eine Stunde Zeit.</numerusform>
            <numerusform>%n offene Eskalationen haben weniger als eine Stunde Zeit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::ResolveDialog</name>
    <message>
        <source>%1 escalation %2 (%3 priority): %4</source>
        <translation>%1: Eskalation %2 (Priorität %3): %4</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message numerus="yes">
        <source>Why: what you checked and what it showed (at least %n characters).</source>
        <translation>
            <numerusform>Warum: was Sie geprüft haben und was es ergab (mindestens %n Zeichen).</numerusform>
            <numerusform>Warum: was Sie geprüft haben und was es ergab (mindestens %n Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Reason length</source>
        <translation>Länge der Begründung</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Escalate up</source>
        <translation>Weiter eskalieren</translation>
    </message>
    <message>
        <source>%1 characters; at least %2 needed.</source>
        <translation>%1 Zeichen; mindestens %2 nötig.</translation>
    </message>
    <message>
        <source>%1 characters.</source>
        <translation>%1 Zeichen.</translation>
    </message>
    <message>
        <source>The escalation was not changed: %1</source>
        <translation>Die Eskalation wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::RetentionView</name>
    <message>
        <source>&lt;b&gt;Record keeping (EU AI Act Art. 12)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aufzeichnungspflichten (EU-KI-Verordnung Art. 12)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Decisions by retention class and status</source>
        <translation>Entscheidungen nach Aufbewahrungsklasse und Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Anonymized</source>
        <translation>Anonymisiert</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>High risk (10 years)</source>
        <translation>Hohes Risiko (10 Jahre)</translation>
    </message>
    <message>
        <source>Standard (6 months)</source>
        <translation>Standard (6 Monate)</translation>
    </message>
    <message>
        <source>GDPR intersect (90 days)</source>
        <translation>DSGVO-Schnittmenge (90 Tage)</translation>
    </message>
    <message>
        <source>Not yet classified</source>
        <translation>Noch nicht eingestuft</translation>
    </message>
    <message>
        <source>Legal holds in force</source>
        <translation>Geltende rechtliche Aufbewahrungen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Umfasst</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Angeordnet von</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>Angeordnet am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Place hold…</source>
        <translation>Aufbewahrung &amp;anordnen…</translation>
    </message>
    <message>
        <source>Re&amp;lease hold…</source>
        <translation>Aufbewahrung auf&amp;heben…</translation>
    </message>
    <message>
        <source>&amp;Run retention now</source>
        <translation>Aufbewahrungslauf &amp;jetzt starten</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Legal holds in force:</source>
        <translation>Geltende rechtliche Aufbewahrungen:</translation>
    </message>
    <message numerus="yes">
        <source>Retention running: %n record(s) handled…</source>
        <translation>
            <numerusform>Aufbewahrungslauf: %n Datensatz bearbeitet…</numerusform>
            <numerusform>Aufbewahrungslauf: %n Datensätze bearbeitet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention did not run.</source>
        <translation>Der Aufbewahrungslauf wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Retention failed: %1</source>
        <translation>Der Aufbewahrungslauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Retention run %1: %2 classified, %3 expiring, %4 anonymized, %5 archived, %6 kept by a legal hold.%7</source>
        <translation>Aufbewahrungslauf %1: %2 eingestuft, %3 laufen ab, %4 anonymisiert, %5 archiviert, %6 durch eine rechtliche Aufbewahrung gehalten.%7</translation>
    </message>
    <message>
        <source> Nothing changed; no ledger entry was written.</source>
        <translation> Nichts hat sich geändert; es wurde kein Ledger-Eintrag geschrieben.</translation>
    </message>
    <message>
        <source> Ledger entry %1.</source>
        <translation> Ledger-Eintrag %1.</translation>
    </message>
    <message>
        <source>The retention status cannot be read: %1</source>
        <translation>Der Aufbewahrungsstatus kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Placing holds and running retention need the manage_compliance permission.</source>
        <translation>Aufbewahrungen anzuordnen und den Aufbewahrungslauf zu starten erfordert die Berechtigung manage_compliance.</translation>
    </message>
    <message>
        <source>Select a hold to release it.</source>
        <translation>Wählen Sie eine Aufbewahrung aus, um sie aufzuheben.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 decision(s) under legal hold (by decision, actor or date range).</source>
        <translation>
            <numerusform>%n von %1 Entscheidung unter rechtlicher Aufbewahrung (nach Entscheidung, Akteur oder Zeitraum).</numerusform>
            <numerusform>%n von %1 Entscheidungen unter rechtlicher Aufbewahrung (nach Entscheidung, Akteur oder Zeitraum).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Retention running…</source>
        <translation>Aufbewahrungslauf läuft…</translation>
    </message>
    <message>
        <source>Legal hold %1 placed.</source>
        <translation>Rechtliche Aufbewahrung %1 angeordnet.</translation>
    </message>
    <message>
        <source>The hold was not placed: %1</source>
        <translation>Die Aufbewahrung wurde nicht angeordnet: %1</translation>
    </message>
    <message>
        <source>Legal hold %1 released.</source>
        <translation>Rechtliche Aufbewahrung %1 aufgehoben.</translation>
    </message>
    <message>
        <source>The hold was not released: %1</source>
        <translation>Die Aufbewahrung wurde nicht aufgehoben: %1</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::RiskDashboardView</name>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Dashboard period</source>
        <translation>Dashboard-Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Dashboard summary</source>
        <translation>Dashboard-Zusammenfassung</translation>
    </message>
    <message>
        <source>Decisions by outcome</source>
        <translation>Entscheidungen nach Ergebnis</translation>
    </message>
    <message>
        <source>Risk level distribution</source>
        <translation>Verteilung der Risikostufen</translation>
    </message>
    <message>
        <source>SLA performance by priority</source>
        <translation>SLA-Einhaltung nach Priorität</translation>
    </message>
    <message>
        <source>Top actors and actions by escalations</source>
        <translation>Häufigste Akteure und Aktionen nach Eskalationen</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation>%1 als PNG exportieren</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Export %1 as PDF</source>
        <translation>%1 als PDF exportieren</translation>
    </message>
    <message>
        <source>The statistics cannot be read: %1</source>
        <translation>Die Statistik kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation>Stunde (UTC)</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Breach rate (%)</source>
        <translation>Verletzungsquote (%)</translation>
    </message>
    <message>
        <source>Median time to resolution (h)</source>
        <translation>Median der Bearbeitungszeit (h)</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Escalations due in the period</source>
        <translation>Im Zeitraum fällige Eskalationen</translation>
    </message>
    <message>
        <source>No escalations were due in this period.</source>
        <translation>In diesem Zeitraum waren keine Eskalationen fällig.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Als PNG exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The PDF file %1 cannot be written; choose a folder you can write to.</source>
        <translation>Die PDF-Datei %1 kann nicht geschrieben werden; wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>The PNG file %1 cannot be written; choose a folder you can write to.</source>
        <translation>Die PNG-Datei %1 kann nicht geschrieben werden; wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>Decisions in the period: %1 · escalations due: %2 · SLA breached: %3</source>
        <translation>Entscheidungen im Zeitraum: %1 · fällige Eskalationen: %2 · SLA verletzt: %3</translation>
    </message>
    <message>
        <source>Escalations due: %1</source>
        <translation>Fällige Eskalationen: %1</translation>
    </message>
    <message>
        <source>Loading the statistics…</source>
        <translation>Statistiken werden geladen…</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::RiskWeightsBox</name>
    <message>
        <source>Risk weights</source>
        <translation>Risikogewichte</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Weight of the %1 dimension</source>
        <translation>Gewicht der Dimension %1</translation>
    </message>
    <message>
        <source>Sum of the risk weights</source>
        <translation>Summe der Risikogewichte</translation>
    </message>
    <message>
        <source>Whole percent, summing to 100. The risk scorer takes saved weights at the next start of the workstation or server.</source>
        <translation>Ganze Prozent mit der Summe 100. Die Risikobewertung übernimmt gespeicherte Gewichte beim nächsten Start der Workstation oder des Servers.</translation>
    </message>
    <message>
        <source>Save risk &amp;weights</source>
        <translation>Risiko&amp;gewichte speichern</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>Sta&amp;ndardwerte</translation>
    </message>
    <message>
        <source>25, 20, 20, 15, 10, 10 (not saved until you save)</source>
        <translation>25, 20, 20, 15, 10, 10 (erst nach dem Speichern gespeichert)</translation>
    </message>
    <message>
        <source>Risk weights message</source>
        <translation>Meldung zu Risikogewichten</translation>
    </message>
    <message>
        <source>change the risk weights</source>
        <translation>die Risikogewichte ändern</translation>
    </message>
    <message>
        <source>✔ Sum: 100 %</source>
        <translation>✔ Summe: 100 %</translation>
    </message>
    <message>
        <source>⚠ Sum: %1 % — the weights must sum to 100 %</source>
        <translation>⚠ Summe: %1 % — die Gewichte müssen in Summe 100 % ergeben</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved; the risk scorer uses these weights from the next start.</source>
        <translation>Gespeichert; die Risikobewertung verwendet diese Gewichte ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::SetStatusDialog</name>
    <message>
        <source>Set status of %1</source>
        <translation>Status von %1 setzen</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why this status holds: the audit, test or document behind it.</source>
        <translation>Warum dieser Status zutrifft: das Audit, der Test oder das Dokument, auf dem er beruht.</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>%1 characters; at least %2 needed.</source>
        <translation>%1 Zeichen; mindestens %2 nötig.</translation>
    </message>
    <message>
        <source>%1 characters.</source>
        <translation>%1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::SettingsView</name>
    <message>
        <source>Settings permissions notice</source>
        <translation>Berechtigungshinweis zu Einstellungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workspace settings&lt;/b&gt; (shared by every desk; each change is recorded in the ledger)</source>
        <translation>&lt;b&gt;Einstellungen des Arbeitsbereichs&lt;/b&gt; (für alle Arbeitsplätze gemeinsam; jede Änderung wird im Ledger erfasst)</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Dieser Arbeitsplatz</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the data directory in the file manager</source>
        <translation>Das Datenverzeichnis im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>&amp;Data directory</source>
        <translation>&amp;Datenverzeichnis</translation>
    </message>
    <message>
        <source>Intake listener state</source>
        <translation>Zustand des Eingangs-Listeners</translation>
    </message>
    <message>
        <source>Listener &amp;settings…</source>
        <translation>Listener-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>⚠ The listener cannot start: %1</source>
        <translation>⚠ Der Listener kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Intake listener</source>
        <translation>Eingangs-Listener</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation>Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>plain HTTP</source>
        <translation>unverschlüsseltes HTTP</translation>
    </message>
    <message>
        <source>✔ Listening on %1 (%2).</source>
        <translation>✔ Lauscht auf %1 (%2).</translation>
    </message>
    <message>
        <source>⚠ Stopped: %1</source>
        <translation>⚠ Angehalten: %1</translation>
    </message>
    <message>
        <source>Stopped; configured for %1:%2 (%3).</source>
        <translation>Angehalten; konfiguriert für %1:%2 (%3).</translation>
    </message>
    <message>
        <source>S&amp;top listener</source>
        <translation>Listener an&amp;halten</translation>
    </message>
    <message>
        <source>St&amp;art listener</source>
        <translation>Listener s&amp;tarten</translation>
    </message>
    <message>
        <source>change workspace settings</source>
        <translation>Einstellungen des Arbeitsbereichs ändern</translation>
    </message>
    <message>
        <source>Workspace settings are read-only: %1</source>
        <translation>Die Einstellungen des Arbeitsbereichs sind schreibgeschützt: %1</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::SignInDialog</name>
    <message>
        <source>Sign in to Lexecon Workstation</source>
        <translation>Bei Lexecon Workstation anmelden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Authenticator-Code</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>6 Ziffern aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Use a &amp;backup code instead</source>
        <translation>Stattdessen einen &amp;Sicherungscode verwenden</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>One of your 10 backup codes</source>
        <translation>Einer Ihrer 10 Sicherungscodes</translation>
    </message>
    <message>
        <source>Backup code</source>
        <translation>Sicherungscode</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>Arbeitsplatz gesperrt</translation>
    </message>
    <message>
        <source>The workstation locked after a period without input. Your open work is kept; sign in again as %1 to continue, or cancel to sign out.</source>
        <translation>Der Arbeitsplatz wurde nach einer Zeit ohne Eingabe gesperrt. Ihre offene Arbeit bleibt erhalten; melden Sie sich erneut als %1 an, um fortzufahren, oder brechen Sie ab, um sich abzumelden.</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
    <message>
        <source>Your browser opens the sign-in page. Come back here when it says you can close it.</source>
        <translation>Ihr Browser öffnet die Anmeldeseite. Kehren Sie hierher zurück, wenn dort steht, dass Sie sie schließen können.</translation>
    </message>
    <message>
        <source>Your account uses two-factor sign-in. Enter the code your authenticator app shows now.</source>
        <translation>Ihr Konto verwendet die Zwei-Faktor-Anmeldung. Geben Sie den Code ein, den Ihre Authenticator-App jetzt anzeigt.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is required for your role. Set it up to sign in.</source>
        <translation>Für Ihre Rolle ist die Zwei-Faktor-Anmeldung vorgeschrieben. Richten Sie sie ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is set up. Enter the next code your authenticator app shows to sign in.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist eingerichtet. Geben Sie den nächsten Code ein, den Ihre Authenticator-App anzeigt, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new one to sign in.</source>
        <translation>Ihr Passwort ist abgelaufen. Wählen Sie ein neues, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new one.</source>
        <translation>Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen an.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::SignInSettingsBox</name>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Password lifetime in days</source>
        <translation>Gültigkeit des Passworts in Tagen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Idle minutes before the desk locks</source>
        <translation>Minuten ohne Eingabe bis zur Sperre</translation>
    </message>
    <message>
        <source>Save sign-&amp;in settings</source>
        <translation>Anmelde&amp;einstellungen speichern</translation>
    </message>
    <message>
        <source>Sign-in settings message</source>
        <translation>Meldung zu den Anmeldeeinstellungen</translation>
    </message>
    <message>
        <source>Passwords &amp;expire after:</source>
        <translation>Passwörter laufen &amp;ab nach:</translation>
    </message>
    <message>
        <source>&amp;Lock an idle desk after:</source>
        <translation>Arbeitsplatz ohne Eingabe &amp;sperren nach:</translation>
    </message>
    <message>
        <source>change sign-in settings</source>
        <translation>Anmeldeeinstellungen ändern</translation>
    </message>
    <message>
        <source>⚠ Not saved: nobody is signed in.</source>
        <translation>⚠ Nicht gespeichert: Niemand ist angemeldet.</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. A new idle time applies from the next sign-in.</source>
        <translation>Gespeichert. Eine neue Sperrzeit gilt ab der nächsten Anmeldung.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::SlaSettingsBox</name>
    <message>
        <source>Escalation SLA</source>
        <translation>Eskalations-SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Entscheidung</translation>
    </message>
    <message>
        <source>When breached</source>
        <translation>Bei Überschreitung</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>SLA hours for %1 escalations</source>
        <translation>SLA-Stunden für Eskalationen mit Priorität %1</translation>
    </message>
    <message>
        <source>Breach action for %1 escalations</source>
        <translation>Aktion bei Überschreitung für Eskalationen mit Priorität %1</translation>
    </message>
    <message>
        <source>Notify the reviewers</source>
        <translation>Prüfer benachrichtigen</translation>
    </message>
    <message>
        <source>Escalate up</source>
        <translation>Weiter eskalieren</translation>
    </message>
    <message>
        <source>Deny automatically</source>
        <translation>Automatisch ablehnen</translation>
    </message>
    <message>
        <source> min before the deadline</source>
        <translation> min vor der Frist</translation>
    </message>
    <message>
        <source>SLA warning lead time in minutes</source>
        <translation>Vorlaufzeit der SLA-Warnung in Minuten</translation>
    </message>
    <message>
        <source>&amp;Warn</source>
        <translation>&amp;Warnen</translation>
    </message>
    <message>
        <source>A breached SLA never approves. New escalations get these deadlines; open ones keep theirs.</source>
        <translation>Ein überschrittenes SLA führt nie zur Genehmigung. Neue Eskalationen erhalten diese Fristen; offene behalten ihre.</translation>
    </message>
    <message>
        <source>Save S&amp;LA settings</source>
        <translation>S&amp;LA-Einstellungen speichern</translation>
    </message>
    <message>
        <source>SLA settings message</source>
        <translation>Meldung zu SLA-Einstellungen</translation>
    </message>
    <message>
        <source>change the SLA</source>
        <translation>das SLA ändern</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>the warning must come before the shortest SLA (%1 h) runs out; send fewer minutes</source>
        <translation>die Warnung muss vor Ablauf des kürzesten SLA (%1 h) kommen; geben Sie weniger Minuten an</translation>
    </message>
    <message>
        <source>Saved; new escalations get these deadlines.</source>
        <translation>Gespeichert; neue Eskalationen erhalten diese Fristen.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::UserAdminView</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Zwei-Faktor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset &amp;two-factor</source>
        <translation>&amp;Zwei-Faktor zurücksetzen</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation>Neue Rolle von %1:</translation>
    </message>
    <message>
        <source>Reset two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung zurücksetzen</translation>
    </message>
    <message>
        <source>Remove the authenticator and backup codes of %1? They set up two-factor sign-in again at their next sign-in if their role requires it.</source>
        <translation>Authenticator und Sicherungscodes von %1 entfernen? Die Person richtet die Zwei-Faktor-Anmeldung bei der nächsten Anmeldung erneut ein, wenn ihre Rolle dies verlangt.</translation>
    </message>
    <message>
        <source>Sign-in &amp;identities…</source>
        <translation>Anmelde&amp;identitäten…</translation>
    </message>
    <message>
        <source>Two-factor sign-in required for</source>
        <translation>Zwei-Faktor-Anmeldung vorgeschrieben für</translation>
    </message>
    <message>
        <source>Require two-factor sign-in for %1</source>
        <translation>Zwei-Faktor-Anmeldung für %1 vorschreiben</translation>
    </message>
    <message>
        <source>disabled since %1</source>
        <translation>deaktiviert seit %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source>on, %n backup code(s) left</source>
        <translation>
            <numerusform>an, noch %n Sicherungscode</numerusform>
            <numerusform>an, noch %n Sicherungscodes</numerusform>
        </translation>
    </message>
    <message>
        <source>set up, not confirmed</source>
        <translation>eingerichtet, nicht bestätigt</translation>
    </message>
    <message>
        <source> (required by role)</source>
        <translation> (von der Rolle vorgeschrieben)</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>keines gesetzt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>set, never expires</source>
        <translation>gesetzt, läuft nie ab</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab am %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::UserIdentitiesDialog</name>
    <message>
        <source>Sign-in identities of %1</source>
        <translation>Anmeldeidentitäten von %1</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Save email</source>
        <translation>E-Mail &amp;speichern</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation>Verknüpft durch</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Linked identities</source>
        <translation>Verknüpfte Identitäten</translation>
    </message>
    <message>
        <source>&amp;Unlink selected</source>
        <translation>Auswahl &amp;trennen</translation>
    </message>
    <message>
        <source>The provider&apos;s user id (the ID token&apos;s sub claim)</source>
        <translation>Die Benutzer-ID beim Anbieter (der sub-Claim des ID-Tokens)</translation>
    </message>
    <message>
        <source>&amp;Link identity</source>
        <translation>Identität &amp;verknüpfen</translation>
    </message>
    <message>
        <source>Link an identity</source>
        <translation>Eine Identität verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Su&amp;bject:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>by an administrator</source>
        <translation>durch einen Administrator</translation>
    </message>
    <message>
        <source>by verified email</source>
        <translation>durch verifizierte E-Mail</translation>
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
    <message>
        <source>The desk cannot act as %1: %2</source>
        <translation>Der Arbeitsplatz kann nicht als %1 handeln: %2</translation>
    </message>
</context>
</TS>
