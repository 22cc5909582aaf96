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
        <source>Read-only: nobody is signed in at this desk. Start the workstation with --user NAME to claim and resolve escalations.</source>
        <translation>Nur lesen: An diesem Arbeitsplatz ist niemand angemeldet. Starten Sie die Workstation mit --user NAME, um Eskalationen zu übernehmen und zu entscheiden.</translation>
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
        <source>Error</source>
        <translation>Fehler</translation>
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
