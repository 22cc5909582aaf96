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
    <name>Lexecon::EscalationQueueModel</name>
    <message>
        <source>%1 d %2</source>
        <translation>%1 j %2</translation>
    </message>
    <message>
        <source>Closed after the deadline</source>
        <translation>Clôturée après l’échéance</translation>
    </message>
    <message>
        <source>Closed in time</source>
        <translation>Clôturée dans les délais</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Alerte : %1</translation>
    </message>
    <message>
        <source>Breached: %1</source>
        <translation>Dépassée : %1</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (niveau %2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <source>SLA %1; deadline %2</source>
        <translation>SLA %1 ; échéance %2</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Actor → action</source>
        <translation>Acteur → action</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
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
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>en examen</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>reportée</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolue</translation>
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
        <source>escalated up</source>
        <translation>transmise au niveau supérieur</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>dans les délais</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>dépassé</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restant</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>retard %1</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Empreinte de l’entrée</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::CheckpointsPane</name>
    <message>
        <source>Signed checkpoints</source>
        <translation>Points de contrôle signés</translation>
    </message>
    <message>
        <source>&amp;Sign checkpoint now</source>
        <translation>&amp;Signer un point de contrôle</translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation>Taille de l’arbre</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Empreinte racine</translation>
    </message>
    <message>
        <source>Sign a checkpoint of the whole ledger with the node key</source>
        <translation>Signer un point de contrôle de tout le registre avec la clé du nœud</translation>
    </message>
    <message>
        <source>Signing a checkpoint needs the permission to manage settings, which %1 does not have; ask an administrator.</source>
        <translation>Signer un point de contrôle exige l’autorisation de gérer les paramètres, que %1 n’a pas ; demandez à un administrateur.</translation>
    </message>
    <message>
        <source>The checkpoints cannot be read: %1</source>
        <translation>Les points de contrôle ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <source>Root hash (base64, as in the signed note): %1
Hex: %2</source>
        <translation>Empreinte racine (base64, comme dans la note signée) : %1
Hex : %2</translation>
    </message>
    <message>
        <source>No checkpoint is signed yet.</source>
        <translation>Aucun point de contrôle n’est encore signé.</translation>
    </message>
    <message>
        <source>No checkpoint was signed: %1</source>
        <translation>Aucun point de contrôle n’a été signé : %1</translation>
    </message>
    <message>
        <source>The latest checkpoint already covers all %1 entries; nothing new to sign.</source>
        <translation>Le dernier point de contrôle couvre déjà les %1 entrées ; rien de nouveau à signer.</translation>
    </message>
    <message>
        <source>Signed a checkpoint of %1 entries.</source>
        <translation>Point de contrôle de %1 entrées signé.</translation>
    </message>
    <message numerus="yes">
        <source>The latest checkpoint covers %1 entries (%n signed in all).</source>
        <translation>
            <numerusform>Le dernier point de contrôle couvre %1 entrées (%n signé en tout).</numerusform>
            <numerusform>Le dernier point de contrôle couvre %1 entrées (%n signés en tout).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::DecisionDetailPane</name>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escaladée</translation>
    </message>
    <message>
        <source>pending review</source>
        <translation>en attente d’examen</translation>
    </message>
    <message>
        <source>Decision details</source>
        <translation>Détails de la décision</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>Copier le &amp;jeton</translation>
    </message>
    <message>
        <source>Copy the capability token to the clipboard</source>
        <translation>Copier le jeton d’autorisation dans le presse-papiers</translation>
    </message>
    <message>
        <source>Select a decision to see its request, reasons, risk and history.</source>
        <translation>Sélectionnez une décision pour voir sa demande, ses motifs, son risque et son historique.</translation>
    </message>
    <message>
        <source>The decision %1 cannot be read: %2</source>
        <translation>La décision %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2 : %3</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
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
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Data classes</source>
        <translation>Classes de données</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Contexte : %1</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Identifiant de la demande</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome in effect</source>
        <translation>Résultat en vigueur</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>version %1 (%2), hash %3…</source>
        <translation>version %1 (%2), empreinte %3…</translation>
    </message>
    <message>
        <source>Reason trace</source>
        <translation>Trace des motifs</translation>
    </message>
    <message>
        <source>No policy relation matched.</source>
        <translation>Aucune relation de la politique ne correspond.</translation>
    </message>
    <message>
        <source>Risk: %1 (%2)</source>
        <translation>Risque : %1 (%2)</translation>
    </message>
    <message>
        <source>No risk dimension was given.</source>
        <translation>Aucune dimension de risque n’a été fournie.</translation>
    </message>
    <message>
        <source>Decided: %1 (risk %2, %3)</source>
        <translation>Décidée : %1 (risque %2, %3)</translation>
    </message>
    <message>
        <source>tier %1, %2 priority</source>
        <translation>niveau %1, priorité %2</translation>
    </message>
    <message>
        <source>Escalation %1 opened (%2); SLA deadline %3</source>
        <translation>Escalade %1 ouverte (%2) ; échéance SLA %3</translation>
    </message>
    <message>
        <source>Escalation %1: SLA warning</source>
        <translation>Escalade %1 : alerte SLA</translation>
    </message>
    <message>
        <source>Escalation %1: SLA breached</source>
        <translation>Escalade %1 : SLA dépassé</translation>
    </message>
    <message>
        <source>Escalation %1 claimed by %2</source>
        <translation>Escalade %1 prise en charge par %2</translation>
    </message>
    <message>
        <source>Escalation %1 deferred — “%2”</source>
        <translation>Escalade %1 reportée — « %2 »</translation>
    </message>
    <message>
        <source>Escalation %1 resolved: %2 by %3 — “%4”</source>
        <translation>Escalade %1 résolue : %2 par %3 — « %4 »</translation>
    </message>
    <message>
        <source>Override %1 (%2, %3) by %4: %5 → %6 — “%7”</source>
        <translation>Dérogation %1 (%2, %3) par %4 : %5 → %6 — « %7 »</translation>
    </message>
    <message>
        <source>(no expiry)</source>
        <translation>(sans expiration)</translation>
    </message>
    <message>
        <source>(expires %1)</source>
        <translation>(expire le %1)</translation>
    </message>
    <message>
        <source>Override %1 revoked by %2 — “%3”</source>
        <translation>Dérogation %1 révoquée par %2 — « %3 »</translation>
    </message>
    <message>
        <source>Evidence %1 (%2, %3 bytes, SHA-256 %4…) by %5</source>
        <translation>Preuve %1 (%2, %3 octets, SHA-256 %4…) par %5</translation>
    </message>
    <message>
        <source>Responsible: %1 (%2, %3)</source>
        <translation>Responsable : %1 (%2, %3)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Part of the history cannot be read: %1</source>
        <translation>Une partie de l’historique ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>Capability token</source>
        <translation>Jeton d’autorisation</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>none issued</source>
        <translation>aucun émis</translation>
    </message>
    <message>
        <source>Token id (jti)</source>
        <translation>Identifiant du jeton (jti)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Empreinte de l’entrée</translation>
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
    <message>
        <source>Actor filter</source>
        <translation>Filtre d’acteur</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filtre d’action</translation>
    </message>
    <message>
        <source>Period filter</source>
        <translation>Filtre de période</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Export decisions…</source>
        <translation>&amp;Exporter les décisions…</translation>
    </message>
    <message>
        <source>Export the selected decisions, or all the filters show, to a CSV file</source>
        <translation>Exporter les décisions sélectionnées, ou toutes celles que montrent les filtres, vers un fichier CSV</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Tous les acteurs</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Export decisions</source>
        <translation>Exporter les décisions</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The decisions were not exported. %1</source>
        <translation>Les décisions n’ont pas été exportées. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) exported to %1.</source>
        <translation>
            <numerusform>%n décision exportée vers %1.</numerusform>
            <numerusform>%n décisions exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>L’exportation a été annulée ; %1 n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Exporting decisions…</source>
        <translation>Exportation des décisions…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Passer outre…</translation>
    </message>
    <message>
        <source>Sign in to override a decision; the log is read-only until then</source>
        <translation>Connectez-vous pour passer outre une décision ; d&apos;ici là, le journal est en lecture seule</translation>
    </message>
    <message>
        <source>Select a decision to override it</source>
        <translation>Sélectionnez une décision pour passer outre</translation>
    </message>
    <message>
        <source>Override the selected decision&apos;s outcome with a justification</source>
        <translation>Remplacer le résultat de la décision sélectionnée, avec une justification</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::EntryProofPane</name>
    <message>
        <source>Canonical JSON of the entry</source>
        <translation>JSON canonique de l’entrée</translation>
    </message>
    <message>
        <source>Inclusion proof against the latest checkpoint</source>
        <translation>Preuve d’inclusion par rapport au dernier point de contrôle</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>Preuve d’inclusion</translation>
    </message>
    <message>
        <source>Export &amp;proof…</source>
        <translation>Exporter la &amp;preuve…</translation>
    </message>
    <message>
        <source>Save the proof as a .tlog-proof file that anyone can check with the node&apos;s key</source>
        <translation>Enregistrer la preuve dans un fichier .tlog-proof que chacun peut vérifier avec la clé du nœud</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Copy the proof text to the clipboard</source>
        <translation>Copier le texte de la preuve dans le presse-papiers</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>Aucune entrée sélectionnée</translation>
    </message>
    <message>
        <source>Select an entry in the table to see its canonical JSON and its proof.</source>
        <translation>Sélectionnez une entrée du tableau pour voir son JSON canonique et sa preuve.</translation>
    </message>
    <message>
        <source>Entry %1 · %2</source>
        <translation>Entrée %1 · %2</translation>
    </message>
    <message>
        <source>The checkpoints cannot be read: %1</source>
        <translation>Les points de contrôle ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <source>No checkpoint is signed yet. Sign a checkpoint to prove this entry.</source>
        <translation>Aucun point de contrôle n’est encore signé. Signez-en un pour prouver cette entrée.</translation>
    </message>
    <message>
        <source>The latest checkpoint covers entries 0 to %1, not this one yet. Sign a checkpoint now to prove it.</source>
        <translation>Le dernier point de contrôle couvre les entrées 0 à %1, pas encore celle-ci. Signez un point de contrôle maintenant pour la prouver.</translation>
    </message>
    <message>
        <source>The proof cannot be made: %1</source>
        <translation>La preuve ne peut pas être établie : %1</translation>
    </message>
    <message>
        <source>Entry %1 is in the signed tree of %2 entries.</source>
        <translation>L’entrée %1 figure dans l’arbre signé de %2 entrées.</translation>
    </message>
    <message>
        <source>The selected entry has no proof yet; sign a checkpoint first.</source>
        <translation>L’entrée sélectionnée n’a pas encore de preuve ; signez d’abord un point de contrôle.</translation>
    </message>
    <message>
        <source>The proof cannot be written to %1: %2. Choose another folder.</source>
        <translation>La preuve ne peut pas être écrite dans %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Export proof</source>
        <translation>Exporter la preuve</translation>
    </message>
    <message>
        <source>Transparency log proofs (*.tlog-proof);;All files (*)</source>
        <translation>Preuves de journal de transparence (*.tlog-proof);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The proof of entry %1 was saved to %2.</source>
        <translation>La preuve de l’entrée %1 a été enregistrée dans %2.</translation>
    </message>
    <message>
        <source>The proof of entry %1 is on the clipboard.</source>
        <translation>La preuve de l’entrée %1 est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::EscalationDetailPane</name>
    <message>
        <source>security</source>
        <translation>sécurité</translation>
    </message>
    <message>
        <source>privacy</source>
        <translation>vie privée</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>conformité</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>opérationnel</translation>
    </message>
    <message>
        <source>reputational</source>
        <translation>réputation</translation>
    </message>
    <message>
        <source>financial</source>
        <translation>financier</translation>
    </message>
    <message>
        <source>Request and reason trace</source>
        <translation>Requête et trace des motifs</translation>
    </message>
    <message>
        <source>Risk by dimension</source>
        <translation>Risque par dimension</translation>
    </message>
    <message>
        <source>Risk by dimension chart</source>
        <translation>Graphique du risque par dimension</translation>
    </message>
    <message>
        <source>Escalation history</source>
        <translation>Historique de l’escalade</translation>
    </message>
    <message>
        <source>Select an escalation to see its request, reasons, risk and history.</source>
        <translation>Sélectionnez une escalade pour voir sa requête, ses motifs, son risque et son historique.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>The decision cannot be read: %1</source>
        <translation>La décision ne peut pas être lue : %1</translation>
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
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Data classes</source>
        <translation>Classes de données</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Contexte : %1</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>version %1 (%2)</source>
        <translation>version %1 (%2)</translation>
    </message>
    <message>
        <source>Reason trace</source>
        <translation>Trace des motifs</translation>
    </message>
    <message>
        <source>No policy relation matched.</source>
        <translation>Aucune relation de la politique ne correspond.</translation>
    </message>
    <message>
        <source>Risk by dimension: none given</source>
        <translation>Risque par dimension : aucune valeur</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Tier %1, %2 priority</source>
        <translation>Niveau %1, priorité %2</translation>
    </message>
    <message>
        <source>%1: opened; SLA deadline %2</source>
        <translation>%1 : ouverte ; échéance SLA %2</translation>
    </message>
    <message>
        <source>%1: SLA warning</source>
        <translation>%1 : alerte SLA</translation>
    </message>
    <message>
        <source>%1: SLA breached</source>
        <translation>%1 : SLA dépassé</translation>
    </message>
    <message>
        <source>%1: claimed by %2</source>
        <translation>%1 : prise en charge par %2</translation>
    </message>
    <message>
        <source>deferred, back in the queue — “%1”</source>
        <translation>reportée, de retour dans la file — « %1 »</translation>
    </message>
    <message>
        <source>%1: %2 by %3 — “%4”</source>
        <translation>%1 : %2 par %3 — « %4 »</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>entry %1, hash %2…</source>
        <translation>entrée %1, empreinte %2…</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source>Responsibility chain</source>
        <translation>Chaîne de responsabilité</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1 : %2 (%3, %4)</translation>
    </message>
    <message>
        <source>ledger entry %1</source>
        <translation>entrée de registre %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bytes, SHA-256 %4…)</source>
        <translation>%1 (%2, %3 octets, SHA-256 %4…)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::LedgerView</name>
    <message>
        <source>Entry type filter</source>
        <translation>Filtre par type d’entrée</translation>
    </message>
    <message>
        <source>Search type, actor or payload</source>
        <translation>Rechercher un type, un acteur ou un contenu</translation>
    </message>
    <message>
        <source>Search the ledger</source>
        <translation>Rechercher dans le registre</translation>
    </message>
    <message>
        <source>Ve&amp;rify ledger</source>
        <translation>Vé&amp;rifier le registre</translation>
    </message>
    <message>
        <source>Re-hash every entry and check the chain, the Merkle tree and every signed checkpoint</source>
        <translation>Recalculer l’empreinte de chaque entrée et vérifier la chaîne, l’arbre de Merkle et chaque point de contrôle signé</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>%v of %m entries</source>
        <translation>%v sur %m entrées</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop the verification (Esc)</source>
        <translation>Arrêter la vérification (Échap)</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>Entrées du registre</translation>
    </message>
    <message numerus="yes">
        <source>Verifying %n entries…</source>
        <translation>
            <numerusform>Vérification de %n entrée…</numerusform>
            <numerusform>Vérification de %n entrées…</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger could not be verified: %1</source>
        <translation>Le registre n’a pas pu être vérifié : %1</translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n entries; nothing was concluded.</source>
        <translation>
            <numerusform>Vérification annulée après %n entrée ; aucune conclusion.</numerusform>
            <numerusform>Vérification annulée après %n entrées ; aucune conclusion.</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>filtered, of %n entries</source>
        <translation>
            <numerusform>filtrées, sur %n entrée</numerusform>
            <numerusform>filtrées, sur %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger does not verify from entry %1 on: %2</source>
        <translation>Le registre n’est pas valide à partir de l’entrée %1 : %2</translation>
    </message>
    <message>
        <source>The entries verify, but the checkpoint of tree size %1 does not: %2</source>
        <translation>Les entrées sont valides, mais pas le point de contrôle de taille %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>The ledger verifies: %n entries re-hashed and chained, the Merkle root recomputed, and every signed checkpoint checked against it (%1).</source>
        <translation>
            <numerusform>Le registre est valide : %n entrée recalculée et chaînée, la racine de Merkle recalculée et chaque point de contrôle signé vérifié (%1).</numerusform>
            <numerusform>Le registre est valide : %n entrées recalculées et chaînées, la racine de Merkle recalculée et chaque point de contrôle signé vérifié (%1).</numerusform>
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
    <message>
        <source>Oversight queue</source>
        <translation>File de supervision</translation>
    </message>
    <message>
        <source>&amp;Escalation</source>
        <translation>&amp;Escalade</translation>
    </message>
    <message>
        <source>Nobody signed in (read-only)</source>
        <translation>Personne n’est connecté (lecture seule)</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Utilisateur connecté</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Escalations and SLA</source>
        <translation>Escalades et SLA</translation>
    </message>
    <message>
        <source>Lexecon Workstation</source>
        <translation>Lexecon Workstation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Escalations: %1 open, %2 warning, %3 breached</source>
        <translation>Escalades : %1 ouvertes, %2 en alerte, %3 dépassées</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Risk dashboard</source>
        <translation>Tableau de bord des risques</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Décision</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::OverrideDialog</name>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>pending review</source>
        <translation>en attente de revue</translation>
    </message>
    <message>
        <source>Override decision %1</source>
        <translation>Passer outre la décision %1</translation>
    </message>
    <message>
        <source>Override type</source>
        <translation>Type de dérogation</translation>
    </message>
    <message>
        <source>Override scope</source>
        <translation>Portée de la dérogation</translation>
    </message>
    <message>
        <source>This decision only</source>
        <translation>Cette décision seulement</translation>
    </message>
    <message>
        <source>Multiple decisions</source>
        <translation>Plusieurs décisions</translation>
    </message>
    <message>
        <source>Permanent policy change</source>
        <translation>Modification permanente de la politique</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Nouveau résultat</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Why this decision must change, in at least %1 characters</source>
        <translation>Pourquoi cette décision doit changer, en au moins %1 caractères</translation>
    </message>
    <message>
        <source>Justification length</source>
        <translation>Longueur de la justification</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>&amp;Expire</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Summary of the change</source>
        <translation>Résumé de la modification</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision :</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (actuellement %2)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Portée :</translation>
    </message>
    <message>
        <source>&amp;New outcome:</source>
        <translation>&amp;Nouveau résultat :</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Expiration :</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>Passer &amp;outre</translation>
    </message>
    <message>
        <source>Policy exception</source>
        <translation>Exception à la politique</translation>
    </message>
    <message>
        <source>Technical emergency</source>
        <translation>Urgence technique</translation>
    </message>
    <message>
        <source>Business exception</source>
        <translation>Exception métier</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Revue humaine</translation>
    </message>
    <message>
        <source>Executive override</source>
        <translation>Dérogation de la direction</translation>
    </message>
    <message>
        <source>Emergency bypass</source>
        <translation>Contournement d&apos;urgence</translation>
    </message>
    <message>
        <source>%1 characters; %2 more needed (at least %3).</source>
        <translation>%1 caractères ; encore %2 nécessaires (au moins %3).</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are accepted.</source>
        <translation>%1 caractères ; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <source>%1 characters.</source>
        <translation>%1 caractères.</translation>
    </message>
    <message>
        <source>Final outcome: %1 → %2.</source>
        <translation>Résultat final : %1 → %2.</translation>
    </message>
    <message>
        <source>A capability token will be issued.</source>
        <translation>Un jeton d&apos;autorisation sera émis.</translation>
    </message>
    <message>
        <source>Expires %1; then the outcome falls back to %2.</source>
        <translation>Expire le %1 ; le résultat redevient alors %2.</translation>
    </message>
    <message>
        <source>Does not expire.</source>
        <translation>N&apos;expire pas.</translation>
    </message>
    <message>
        <source>Recorded in the ledger as %1, who takes responsibility for it.</source>
        <translation>Inscrite au registre au nom de %1, qui en assume la responsabilité.</translation>
    </message>
    <message>
        <source>The expiry is in the past; choose a later time or clear Expires.</source>
        <translation>L&apos;expiration est dans le passé ; choisissez une date ultérieure ou décochez « Expire ».</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::OversightQueueView</name>
    <message>
        <source>Queue access</source>
        <translation>Accès à la file</translation>
    </message>
    <message>
        <source>Queue message</source>
        <translation>Message de la file</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Prendre en charge</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>De&amp;fer…</source>
        <translation>Re&amp;porter…</translation>
    </message>
    <message>
        <source>&amp;Escalate up…</source>
        <translation>&amp;Transmettre plus haut…</translation>
    </message>
    <message>
        <source>Escalation actions</source>
        <translation>Actions sur l’escalade</translation>
    </message>
    <message>
        <source>Oversight queue</source>
        <translation>File de supervision</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En examen</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Reportées</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Filtre de priorité</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>Search summary, actor, action, id or assignee</source>
        <translation>Rechercher résumé, acteur, action, identifiant ou responsable</translation>
    </message>
    <message>
        <source>Search escalations</source>
        <translation>Rechercher des escalades</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>Les &amp;miennes</translation>
    </message>
    <message>
        <source>Only escalations I hold</source>
        <translation>Seulement les escalades que je traite</translation>
    </message>
    <message>
        <source>Queue counts</source>
        <translation>Compteurs de la file</translation>
    </message>
    <message>
        <source>Read-only: nobody is signed in at this desk. Start the workstation with --user NAME to claim and resolve escalations.</source>
        <translation>Lecture seule : personne n’est connecté à ce poste. Lancez la station avec --user NOM pour prendre en charge et résoudre des escalades.</translation>
    </message>
    <message>
        <source>Read-only for %1 (%2): claiming and resolving escalations needs the %3 permission, which the compliance_officer and admin roles have. Ask an admin for that role.</source>
        <translation>Lecture seule pour %1 (%2) : prendre en charge et résoudre des escalades nécessite la permission %3, qu’ont les rôles compliance_officer et admin. Demandez ce rôle à un administrateur.</translation>
    </message>
    <message>
        <source>Select an escalation first.</source>
        <translation>Sélectionnez d’abord une escalade.</translation>
    </message>
    <message>
        <source>This escalation is already resolved.</source>
        <translation>Cette escalade est déjà résolue.</translation>
    </message>
    <message>
        <source>%1 holds this escalation; only they can act on it until they release it.</source>
        <translation>%1 traite cette escalade ; elle seule peut agir jusqu’à ce qu’elle la libère.</translation>
    </message>
    <message>
        <source>You already hold this escalation.</source>
        <translation>Vous traitez déjà cette escalade.</translation>
    </message>
    <message>
        <source>Take this escalation so that nobody else works on it</source>
        <translation>Prendre cette escalade pour que personne d’autre ne la traite</translation>
    </message>
    <message>
        <source>Counts unavailable: %1</source>
        <translation>Compteurs indisponibles : %1</translation>
    </message>
    <message>
        <source>%1 open · %2 warning · %3 breached</source>
        <translation>%1 ouvertes · %2 en alerte · %3 dépassées</translation>
    </message>
    <message>
        <source>Select an escalation to claim.</source>
        <translation>Sélectionnez une escalade à prendre en charge.</translation>
    </message>
    <message>
        <source>Escalation %1 was not claimed: %2</source>
        <translation>L’escalade %1 n’a pas été prise en charge : %2</translation>
    </message>
    <message>
        <source>You hold escalation %1 now. Approve, deny, defer or escalate it up when you have decided.</source>
        <translation>Vous traitez maintenant l’escalade %1. Approuvez, refusez, reportez ou transmettez-la plus haut une fois votre décision prise.</translation>
    </message>
    <message>
        <source>Escalation %1: %2.</source>
        <translation>Escalade %1 : %2.</translation>
    </message>
    <message>
        <source>It continues as %1 at the next tier.</source>
        <translation>Elle se poursuit sous %1 au niveau suivant.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::QueueNotifier</name>
    <message>
        <source>New critical escalation</source>
        <translation>Nouvelle escalade critique</translation>
    </message>
    <message>
        <source>%1 (%2). Time left: %3.</source>
        <translation>%1 (%2). Temps restant : %3.</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2) : %3.</translation>
    </message>
    <message>
        <source>SLA warning</source>
        <translation>Alerte SLA</translation>
    </message>
    <message numerus="yes">
        <source>%n open escalation(s) past the deadline.</source>
        <translation>
            <numerusform>%n escalade ouverte a dépassé son échéance.</numerusform>
            <numerusform>%n escalades ouvertes ont dépassé leur échéance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open escalation(s) with less than an hour left.</source>
        <translation>
            <numerusform>%n escalade ouverte a moins d’une heure restante.</numerusform>
            <numerusform>%n escalades ouvertes ont moins d’une heure restante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::ResolveDialog</name>
    <message>
        <source>%1 escalation %2 (%3 priority): %4</source>
        <translation>%1 : escalade %2 (priorité %3) : %4</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message numerus="yes">
        <source>Why: what you checked and what it showed (at least %n characters).</source>
        <translation>
            <numerusform>Pourquoi : ce que vous avez vérifié et ce que cela a montré (au moins %n caractère).</numerusform>
            <numerusform>Pourquoi : ce que vous avez vérifié et ce que cela a montré (au moins %n caractères).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Reason length</source>
        <translation>Longueur du motif</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Escalate up</source>
        <translation>Transmettre plus haut</translation>
    </message>
    <message>
        <source>%1 characters; at least %2 needed.</source>
        <translation>%1 caractères ; au moins %2 requis.</translation>
    </message>
    <message>
        <source>%1 characters.</source>
        <translation>%1 caractères.</translation>
    </message>
    <message>
        <source>The escalation was not changed: %1</source>
        <translation>L’escalade n’a pas été modifiée : %1</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::RiskDashboardView</name>
    <message>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladées</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Dashboard period</source>
        <translation>Période du tableau de bord</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Dashboard summary</source>
        <translation>Résumé du tableau de bord</translation>
    </message>
    <message>
        <source>Decisions by outcome</source>
        <translation>Décisions par résultat</translation>
    </message>
    <message>
        <source>Risk level distribution</source>
        <translation>Répartition des niveaux de risque</translation>
    </message>
    <message>
        <source>SLA performance by priority</source>
        <translation>Respect des SLA par priorité</translation>
    </message>
    <message>
        <source>Top actors and actions by escalations</source>
        <translation>Acteurs et actions les plus escaladés</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Graphique %1</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation>Exporter %1 en PNG</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export %1 as PDF</source>
        <translation>Exporter %1 en PDF</translation>
    </message>
    <message>
        <source>The statistics cannot be read: %1</source>
        <translation>Les statistiques ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Jour (UTC)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Breach rate (%)</source>
        <translation>Taux de dépassement (%)</translation>
    </message>
    <message>
        <source>Median time to resolution (h)</source>
        <translation>Délai médian de résolution (h)</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Dépassés</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Escalations due in the period</source>
        <translation>Escalades échues sur la période</translation>
    </message>
    <message>
        <source>No escalations were due in this period.</source>
        <translation>Aucune escalade n’était échue sur cette période.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>The PDF file %1 cannot be written; choose a folder you can write to.</source>
        <translation>Le fichier PDF %1 ne peut pas être écrit ; choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>The PNG file %1 cannot be written; choose a folder you can write to.</source>
        <translation>Le fichier PNG %1 ne peut pas être écrit ; choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Decisions in the period: %1 · escalations due: %2 · SLA breached: %3</source>
        <translation>Décisions sur la période : %1 · escalades échues : %2 · SLA dépassés : %3</translation>
    </message>
    <message>
        <source>Escalations due: %1</source>
        <translation>Escalades échues : %1</translation>
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
    <message>
        <source>The desk cannot act as %1: %2</source>
        <translation>Le poste ne peut pas agir en tant que %1 : %2</translation>
    </message>
</context>
</TS>
