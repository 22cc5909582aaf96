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
    <name>Lexecon::Ui::AccountActions</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Two-factor sign-in…</source>
        <translation>Connexion à deux &amp;facteurs…</translation>
    </message>
    <message>
        <source>&amp;Lock workstation</source>
        <translation>&amp;Verrouiller le poste</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Connexion à deux facteurs</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on. From now on you sign in with your password and a code.</source>
        <translation>La connexion à deux facteurs est activée. Désormais, vous vous connectez avec votre mot de passe et un code.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on for %1. Both changes below need your password and a current code.</source>
        <translation>La connexion à deux facteurs est activée pour %1. Les deux modifications ci-dessous exigent votre mot de passe et un code actuel.</translation>
    </message>
    <message>
        <source>New &amp;backup codes</source>
        <translation>Nouveaux codes de &amp;secours</translation>
    </message>
    <message>
        <source>Turn &amp;off</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Confirm with your password</source>
        <translation>Confirmer avec votre mot de passe</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Confirm with a code</source>
        <translation>Confirmer avec un code</translation>
    </message>
    <message>
        <source>Code your authenticator app shows now:</source>
        <translation>Code affiché actuellement par votre application d’authentification :</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off.</source>
        <translation>La connexion à deux facteurs est désactivée.</translation>
    </message>
    <message>
        <source>New backup codes</source>
        <translation>Nouveaux codes de secours</translation>
    </message>
    <message>
        <source>Your new backup codes (the old ones no longer work). They are shown only now:</source>
        <translation>Vos nouveaux codes de secours (les anciens ne fonctionnent plus). Ils ne sont affichés qu’une seule fois :</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>R&amp;épéter :</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l’utilisateur</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Définir le mot de passe</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::AdministrationView</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>Sign-in &amp;providers</source>
        <translation>&amp;Fournisseurs de connexion</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::AuditPacketsView</name>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Demandes</translation>
    </message>
    <message>
        <source>O&amp;pen packet</source>
        <translation>&amp;Ouvrir un dossier</translation>
    </message>
    <message>
        <source>Audit packets</source>
        <translation>Dossiers d’audit</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::ChangePasswordDialog</name>
    <message>
        <source>Change password of %1</source>
        <translation>Changer le mot de passe de %1</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Code d’authentification</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>Code à 6 chiffres de votre application d’authentification</translation>
    </message>
    <message>
        <source>Use a &amp;backup code instead</source>
        <translation>Utiliser un code de &amp;secours à la place</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode :</translation>
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
    <name>Lexecon::Ui::ComplianceView</name>
    <message>
        <source>%1 could not be written: %2; choose another file.</source>
        <translation>%1 n’a pas pu être écrit : %2 ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>&amp;Set status…</source>
        <translation>&amp;Définir le statut…</translation>
    </message>
    <message>
        <source>Export SOC 2 evidence &amp;map…</source>
        <translation>Exporter la &amp;cartographie des preuves SOC 2…</translation>
    </message>
    <message>
        <source>&amp;Technical documentation (Art. 11)…</source>
        <translation>Documentation &amp;technique (art. 11)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Permission notice</source>
        <translation>Avis d’autorisation</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Référentiels</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Oversight (Art. 14)</source>
        <translation>Supervision (art. 14)</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Why it is a gap</source>
        <translation>Pourquoi c’est un écart</translation>
    </message>
    <message>
        <source>set a control&apos;s status</source>
        <translation>définir le statut d’un contrôle</translation>
    </message>
    <message>
        <source>export compliance documents</source>
        <translation>exporter des documents de conformité</translation>
    </message>
    <message>
        <source>Set the selected control&apos;s status (Ctrl+Shift+S)</source>
        <translation>Définir le statut du contrôle sélectionné (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>%1
%2 % covered, %3 gaps</source>
        <translation>%1
%2 % couvert, %3 écarts</translation>
    </message>
    <message>
        <source>%1: %2 of %3 controls implemented or verified</source>
        <translation>%1 : %2 contrôles sur %3 mis en œuvre ou vérifiés</translation>
    </message>
    <message>
        <source>%1: %2 % covered (%3 of %4 controls implemented or verified); evidence behind %5 %; %6 gaps.</source>
        <translation>%1 : %2 % couvert (%3 contrôles sur %4 mis en œuvre ou vérifiés) ; preuves pour %5 % ; %6 écarts.</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>aucune preuve</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <source>Select a control in the table first.</source>
        <translation>Sélectionnez d’abord un contrôle dans le tableau.</translation>
    </message>
    <message>
        <source>The compliance catalog is not loaded.</source>
        <translation>Le catalogue de conformité n’est pas chargé.</translation>
    </message>
    <message>
        <source>%1 has no known ending; name the file .md, .html or .pdf.</source>
        <translation>%1 n’a pas d’extension connue ; nommez le fichier .md, .html ou .pdf.</translation>
    </message>
    <message>
        <source>Export SOC 2 evidence map</source>
        <translation>Exporter la cartographie des preuves SOC 2</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Technical documentation (Art. 11)</source>
        <translation>Documentation technique (art. 11)</translation>
    </message>
    <message>
        <source>HTML (*.html);;Markdown (*.md);;PDF (*.pdf)</source>
        <translation>HTML (*.html);;Markdown (*.md);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Loading the compliance evidence…</source>
        <translation>Chargement des preuves de conformité…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation>L’export n’a pas été effectué.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Record keeping (Art. 12)</source>
        <translation>Tenue des registres (art. 12)</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::ControlDetailPane</name>
    <message>
        <source>Control details</source>
        <translation>Détails du contrôle</translation>
    </message>
    <message>
        <source>Select a control to see its evidence.</source>
        <translation>Sélectionnez un contrôle pour voir ses preuves.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Derived from evidence</source>
        <translation>Déduit des preuves</translation>
    </message>
    <message>
        <source>No governance primitive is mapped</source>
        <translation>Aucune primitive de gouvernance n’est associée</translation>
    </message>
    <message>
        <source>Linked evidence (governance primitives)</source>
        <translation>Preuves liées (primitives de gouvernance)</translation>
    </message>
    <message>
        <source>No governance primitive provides evidence for this control; an officer sets its status by hand.</source>
        <translation>Aucune primitive de gouvernance ne fournit de preuve pour ce contrôle ; un responsable définit son statut manuellement.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 records: %4</source>
        <translation>%1 — %2, %3 enregistrements : %4</translation>
    </message>
    <message>
        <source>Related controls</source>
        <translation>Contrôles associés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Statuses set by officers</source>
        <translation>Statuts définis par les responsables</translation>
    </message>
    <message>
        <source>No officer has set a status for this control.</source>
        <translation>Aucun responsable n’a défini de statut pour ce contrôle.</translation>
    </message>
    <message>
        <source>%1: %2 by %3 (ledger entry %4) — %5</source>
        <translation>%1 : %2 par %3 (entrée de registre %4) — %5</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::ControlsModel</name>
    <message>
        <source>Not implemented</source>
        <translation>Non mis en œuvre</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Partiellement mis en œuvre</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mis en œuvre</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Set by %1 on %2: %3</source>
        <translation>Défini par %1 le %2 : %3</translation>
    </message>
    <message>
        <source>Derived from live evidence</source>
        <translation>Déduit des preuves en direct</translation>
    </message>
    <message>
        <source>No evidence and no status set</source>
        <translation>Aucune preuve et aucun statut défini</translation>
    </message>
    <message>
        <source>No evidence mapped</source>
        <translation>Aucune preuve associée</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Déduit</translation>
    </message>
    <message>
        <source>Set by officer</source>
        <translation>Défini par un responsable</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::CoverageChart</name>
    <message>
        <source>Coverage by framework</source>
        <translation>Couverture par référentiel</translation>
    </message>
    <message>
        <source>Controls by status (coverage: implemented or verified)</source>
        <translation>Contrôles par statut (couverture : mis en œuvre ou vérifiés)</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
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
    <name>Lexecon::Ui::ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
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
    <name>Lexecon::Ui::EvidenceContentDialog</name>
    <message>
        <source>Evidence %1 — %2</source>
        <translation>Preuve %1 — %2</translation>
    </message>
    <message>
        <source>Artifact content</source>
        <translation>Contenu de l’artefact</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::EvidenceView</name>
    <message>
        <source>Artifact type filter</source>
        <translation>Filtre par type d’artefact</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Decision id (dec_…), Ctrl+F</source>
        <translation>Identifiant de décision (dec_…), Ctrl+F</translation>
    </message>
    <message>
        <source>Decision filter</source>
        <translation>Filtre par décision</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>Check &amp;integrity (Ctrl+I)</source>
        <translation>Vérifier l’&amp;intégrité (Ctrl+I)</translation>
    </message>
    <message>
        <source>Re-hash the selected artifact&apos;s content against its recorded SHA-256</source>
        <translation>Recalculer l’empreinte du contenu de l’artefact sélectionné et la comparer à son SHA-256 enregistré</translation>
    </message>
    <message>
        <source>Check &amp;all (Ctrl+Shift+I)</source>
        <translation>&amp;Tout vérifier (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>Re-hash every stored artifact in the background</source>
        <translation>Recalculer en arrière-plan l’empreinte de chaque artefact stocké</translation>
    </message>
    <message>
        <source>Integrity check progress</source>
        <translation>Progression de la vérification d’intégrité</translation>
    </message>
    <message>
        <source>%v of %m artifacts</source>
        <translation>%v artefacts sur %m</translation>
    </message>
    <message>
        <source>Ca&amp;ncel (Esc)</source>
        <translation>A&amp;nnuler (Échap)</translation>
    </message>
    <message>
        <source>&amp;Open content (Ctrl+Return)</source>
        <translation>&amp;Ouvrir le contenu (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Save content as… (Ctrl+S)</source>
        <translation>&amp;Enregistrer le contenu sous… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Integrity check result</source>
        <translation>Résultat de la vérification d’intégrité</translation>
    </message>
    <message>
        <source>Evidence artifacts</source>
        <translation>Artefacts de preuve</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefact</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>Stocké le</translation>
    </message>
    <message>
        <source>Artifact details</source>
        <translation>Détails de l’artefact</translation>
    </message>
    <message>
        <source>Save artifact content</source>
        <translation>Enregistrer le contenu de l’artefact</translation>
    </message>
    <message>
        <source>The artifacts cannot be read: %1</source>
        <translation>Les artefacts ne peuvent pas être lus : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n artifacts</source>
        <translation>
            <numerusform>%n artefact</numerusform>
            <numerusform>%n artefacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first %n artifacts</source>
        <translation>
            <numerusform>premier artefact (%n)</numerusform>
            <numerusform>%n premiers artefacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Use Check integrity to re-hash this artifact</source>
        <translation>Utilisez Vérifier l’intégrité pour recalculer l’empreinte de cet artefact</translation>
    </message>
    <message>
        <source>✔ Intact</source>
        <translation>✔ Intact</translation>
    </message>
    <message>
        <source>The content matches its recorded SHA-256</source>
        <translation>Le contenu correspond à son SHA-256 enregistré</translation>
    </message>
    <message>
        <source>✖ Altered</source>
        <translation>✖ Altéré</translation>
    </message>
    <message>
        <source>No evidence matches the filters.</source>
        <translation>Aucune preuve ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Select an artifact to see its details.</source>
        <translation>Sélectionnez un artefact pour voir ses détails.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n bytes)</source>
        <translation>
            <numerusform>%1 (%n octet)</numerusform>
            <numerusform>%1 (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>in the database row</source>
        <translation>dans la ligne de la base de données</translation>
    </message>
    <message>
        <source>Stored by</source>
        <translation>Stocké par</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Conserver jusqu’au</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Entrée de registre</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Artifact %1 could not be checked: %2</source>
        <translation>L’artefact %1 n’a pas pu être vérifié : %2</translation>
    </message>
    <message>
        <source>Artifact %1 is intact: its content matches the recorded SHA-256.</source>
        <translation>L’artefact %1 est intact : son contenu correspond au SHA-256 enregistré.</translation>
    </message>
    <message>
        <source>Artifact %1 failed the check: %2</source>
        <translation>L’artefact %1 a échoué à la vérification : %2</translation>
    </message>
    <message>
        <source>Checking every artifact…</source>
        <translation>Vérification de tous les artefacts…</translation>
    </message>
    <message>
        <source>The integrity check failed: %1</source>
        <translation>La vérification d’intégrité a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n artifacts; %1 failed so far.</source>
        <translation>
            <numerusform>Annulé après %n artefact ; %1 en échec jusqu’ici.</numerusform>
            <numerusform>Annulé après %n artefacts ; %1 en échec jusqu’ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n artifacts are intact.</source>
        <translation>
            <numerusform>L’artefact (%n) est intact.</numerusform>
            <numerusform>Les %n artefacts sont tous intacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 artifacts failed the check: %3</source>
        <translation>%1 artefacts sur %2 ont échoué à la vérification : %3</translation>
    </message>
    <message>
        <source>The content of %1 cannot be shown: %2</source>
        <translation>Le contenu de %1 ne peut pas être affiché : %2</translation>
    </message>
    <message>
        <source>The content of %1 was not saved: %2</source>
        <translation>Le contenu de %1 n’a pas été enregistré : %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Saved the verified content of %1 to %2.</source>
        <translation>Contenu vérifié de %1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading the artifacts…</source>
        <translation>Chargement des artefacts…</translation>
    </message>
    <message>
        <source>Checking artifact %1…</source>
        <translation>Vérification de l’artefact %1…</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Lexecon Workstation</source>
        <translation>Bienvenue dans Lexecon Workstation</translation>
    </message>
    <message>
        <source>This workspace has no users yet. Create the first administrator: they add the other users and give them their roles.</source>
        <translation>Cet espace de travail n’a encore aucun utilisateur. Créez le premier administrateur : il ajoutera les autres utilisateurs et leur attribuera leurs rôles.</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>Nom de l’administrateur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Créer l’administrateur</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::IdentityProvidersPane</name>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Identity providers</source>
        <translation>Fournisseurs d’identité</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Type de fournisseur</translation>
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
        <translation>Autre émetteur OpenID Connect</translation>
    </message>
    <message>
        <source>Client secret (optional)</source>
        <translation>Secret client (facultatif)</translation>
    </message>
    <message>
        <source>Leave empty for a public client with PKCE (recommended)</source>
        <translation>Laisser vide pour un client public avec PKCE (recommandé)</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>Identifiant &amp;client :</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Add &amp;provider</source>
        <translation>Ajouter le &amp;fournisseur</translation>
    </message>
    <message>
        <source>&amp;Remove provider</source>
        <translation>&amp;Supprimer le fournisseur</translation>
    </message>
    <message>
        <source>&amp;Tenant id:</source>
        <translation>Identifiant de &amp;locataire :</translation>
    </message>
    <message>
        <source>Okta &amp;domain:</source>
        <translation>&amp;Domaine Okta :</translation>
    </message>
    <message>
        <source>Auth0 &amp;domain:</source>
        <translation>&amp;Domaine Auth0 :</translation>
    </message>
    <message>
        <source>Keycloak &amp;base URL:</source>
        <translation>&amp;URL de base Keycloak :</translation>
    </message>
    <message>
        <source>&amp;Realm:</source>
        <translation>&amp;Royaume (realm) :</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>URL de l’&amp;émetteur :</translation>
    </message>
    <message>
        <source>Short &amp;id:</source>
        <translation>&amp;Identifiant court :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>dans le trousseau</translation>
    </message>
    <message>
        <source>none (public client)</source>
        <translation>aucun (client public)</translation>
    </message>
    <message>
        <source>change identity providers</source>
        <translation>modifier les fournisseurs d’identité</translation>
    </message>
    <message>
        <source>The provider was added, but its client secret was not stored: %1</source>
        <translation>Le fournisseur a été ajouté, mais son secret client n’a pas été stocké : %1</translation>
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
    <name>Lexecon::Ui::LegalHoldDialog</name>
    <message>
        <source>Place legal hold</source>
        <translation>Placer une conservation légale</translation>
    </message>
    <message>
        <source>Release legal hold %1</source>
        <translation>Lever la conservation légale %1</translation>
    </message>
    <message>
        <source>One decision</source>
        <translation>Une décision</translation>
    </message>
    <message>
        <source>A data subject (request actor or context.subject_id)</source>
        <translation>Une personne concernée (acteur de la demande ou context.subject_id)</translation>
    </message>
    <message>
        <source>Decisions in a date range</source>
        <translation>Décisions sur une période</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Portée :</translation>
    </message>
    <message>
        <source>Decision id or subject</source>
        <translation>Identifiant de décision ou personne concernée</translation>
    </message>
    <message>
        <source>&amp;Decision id:</source>
        <translation>Identifiant de &amp;décision :</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;u :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>The case, the authority or the investigation that requires these records to be kept.</source>
        <translation>L’affaire, l’autorité ou l’enquête qui exige la conservation de ces enregistrements.</translation>
    </message>
    <message>
        <source>Why the records may now follow their retention period.</source>
        <translation>Pourquoi les enregistrements peuvent de nouveau suivre leur durée de conservation.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Place hold</source>
        <translation>Placer la conservation</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Lever la conservation</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Personne concernée :</translation>
    </message>
    <message numerus="yes">
        <source>A reason is required: write at least %n more character(s).</source>
        <translation>
            <numerusform>Un motif est requis : écrivez au moins %n caractère de plus.</numerusform>
            <numerusform>Un motif est requis : écrivez au moins %n caractères de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the decision id or the subject the hold covers.</source>
        <translation>Saisissez l’identifiant de décision ou la personne concernée que couvre la conservation.</translation>
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
    <message>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Audit packets</source>
        <translation>Dossiers d’audit</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Ledger and last checkpoint</source>
        <translation>Registre et dernier point de contrôle</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>Poste verrouillé</translation>
    </message>
    <message>
        <source> · checkpoint at %1 (%2)</source>
        <translation> · point de contrôle le %1 (%2)</translation>
    </message>
    <message>
        <source> · no checkpoint yet</source>
        <translation> · aucun point de contrôle pour l’instant</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::MfaEnrolDialog</name>
    <message>
        <source>Set up two-factor sign-in for %1</source>
        <translation>Configurer la connexion à deux facteurs pour %1</translation>
    </message>
    <message>
        <source>1. Scan this code with an authenticator app (Google Authenticator, Authy, ...), or type the key below into it.
2. Keep the backup codes somewhere safe: each opens one sign-in without the app.
3. Enter the code the app shows now to turn two-factor sign-in on.</source>
        <translation>1. Scannez ce code avec une application d’authentification (Google Authenticator, Authy, ...), ou saisissez-y la clé ci-dessous.
2. Conservez les codes de secours en lieu sûr : chacun permet une connexion sans l’application.
3. Saisissez le code affiché actuellement par l’application pour activer la connexion à deux facteurs.</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>Code QR pour l’application d’authentification</translation>
    </message>
    <message>
        <source>Key for typing in by hand</source>
        <translation>Clé à saisir manuellement</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Codes de secours</translation>
    </message>
    <message>
        <source>C&amp;opy codes</source>
        <translation>C&amp;opier les codes</translation>
    </message>
    <message>
        <source>Sa&amp;ve codes…</source>
        <translation>Enre&amp;gistrer les codes…</translation>
    </message>
    <message>
        <source>Backup codes (shown only now)</source>
        <translation>Codes de secours (affichés une seule fois)</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Code de l’application d’authentification</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 chiffres</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>&amp;Code now shown:</source>
        <translation>Code &amp;affiché :</translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <source>Save backup codes</source>
        <translation>Enregistrer les codes de secours</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>The backup codes could not be saved to %1: %2</source>
        <translation>Les codes de secours n’ont pas pu être enregistrés dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::NewPasswordFields</name>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Règles de mot de passe</translation>
    </message>
    <message>
        <source>At least %1 characters with an upper-case letter, a lower-case letter, a digit and a symbol; not a common password, not your name, no runs like &quot;abcd&quot; or &quot;1111&quot;.</source>
        <translation>Au moins %1 caractères, dont une majuscule, une minuscule, un chiffre et un symbole ; pas un mot de passe courant, pas votre nom, pas de suites comme « abcd » ou « 1111 ».</translation>
    </message>
    <message>
        <source>The password meets the rules. Type it again under Repeat.</source>
        <translation>Le mot de passe respecte les règles. Saisissez-le à nouveau sous Répéter.</translation>
    </message>
    <message>
        <source>The password meets the rules.</source>
        <translation>Le mot de passe respecte les règles.</translation>
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
    <name>Lexecon::Ui::OversightPane</name>
    <message>
        <source>Human oversight report</source>
        <translation>Rapport de supervision humaine</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
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
        <translation>Supervision humaine (règlement européen sur l’IA, art. 14)</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Du %1 au %2.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladées</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Dérogées</translation>
    </message>
    <message>
        <source>Override rate</source>
        <translation>Taux de dérogation</translation>
    </message>
    <message>
        <source>Active overrides</source>
        <translation>Dérogations actives</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Response times against the SLA</source>
        <translation>Délais de réponse par rapport au SLA</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalades</translation>
    </message>
    <message>
        <source>%1 (%2 resolved, %3 open)</source>
        <translation>%1 (%2 résolues, %3 ouvertes)</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>Dans le SLA</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Dépassés</translation>
    </message>
    <message>
        <source>%1 (breach rate %2)</source>
        <translation>%1 (taux de dépassement %2)</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>Réponse médiane</translation>
    </message>
    <message>
        <source>90th percentile response</source>
        <translation>Réponse au 90e centile</translation>
    </message>
    <message>
        <source>Longest response</source>
        <translation>Réponse la plus longue</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>Objectif SLA</translation>
    </message>
    <message>
        <source>Reviewer load</source>
        <translation>Charge des examinateurs</translation>
    </message>
    <message>
        <source>No reviewer resolved an escalation in this period.</source>
        <translation>Aucun examinateur n’a résolu d’escalade sur cette période.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <source>The oversight report could not be built: %1</source>
        <translation>Le rapport de supervision n’a pas pu être établi : %1</translation>
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
    <message>
        <source>Read-only: nobody is signed in at this desk. Sign in as a compliance officer to claim and resolve escalations.</source>
        <translation>Lecture seule : personne n’est connecté à ce poste. Connectez-vous en tant que responsable de la conformité pour prendre en charge et résoudre des escalades.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PacketFilesModel</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PacketOpenPane</name>
    <message>
        <source>No packet opened</source>
        <translation>Aucun dossier ouvert</translation>
    </message>
    <message>
        <source>Packet file</source>
        <translation>Fichier du dossier</translation>
    </message>
    <message>
        <source>&amp;Open packet…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open a packet received from elsewhere (%1)</source>
        <translation>Ouvrir un dossier reçu d’ailleurs (%1)</translation>
    </message>
    <message>
        <source>Open packet</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>Packet:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Optional: SHA-256 fingerprint of the key you expect (hex, colons allowed)</source>
        <translation>Facultatif : empreinte SHA-256 de la clé attendue (hexadécimal, deux-points autorisés)</translation>
    </message>
    <message>
        <source>Trusted key fingerprint</source>
        <translation>Empreinte de clé de confiance</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Verify the packet again, with the fingerprint (Ctrl+R)</source>
        <translation>Vérifier à nouveau le dossier, avec l’empreinte (Ctrl+R)</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Trusted &amp;key:</source>
        <translation>&amp;Clé de confiance :</translation>
    </message>
    <message>
        <source>Open a packet to check it.</source>
        <translation>Ouvrez un dossier pour le vérifier.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Files in the packet</source>
        <translation>Fichiers du dossier</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>Rendered report</source>
        <translation>Rapport mis en forme</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Open audit packet</source>
        <translation>Ouvrir un dossier d’audit</translation>
    </message>
    <message>
        <source>Audit packet (*.zip);;All files (*)</source>
        <translation>Dossier d’audit (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>The check did not run.</source>
        <translation>La vérification n’a pas été exécutée.</translation>
    </message>
    <message>
        <source>All %1 checks passed: the packet is intact and signed by the key with fingerprint %2.%3</source>
        <translation>Les %1 vérifications ont réussi : le dossier est intact et signé par la clé d’empreinte %2.%3</translation>
    </message>
    <message>
        <source> Not checked: %1 (enter the fingerprint you expect to check it).</source>
        <translation> Non vérifié : %1 (saisissez l’empreinte attendue pour le vérifier).</translation>
    </message>
    <message>
        <source>%1 of %2 checks failed: %3. Do not rely on this packet.</source>
        <translation>%1 vérifications sur %2 ont échoué : %3. Ne vous fiez pas à ce dossier.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>%1 is not a text file; extract the packet to open it with another program.</source>
        <translation>%1 n’est pas un fichier texte ; extrayez le dossier pour l’ouvrir avec un autre programme.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PacketRequestsPane</name>
    <message>
        <source>Permission notice</source>
        <translation>Avis d’autorisation</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidée par</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>Générations</translation>
    </message>
    <message>
        <source>Packet requests</source>
        <translation>Demandes de dossiers</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <source>&amp;Build packet…</source>
        <translation>&amp;Générer le dossier…</translation>
    </message>
    <message>
        <source>&amp;Cancel build</source>
        <translation>A&amp;nnuler la génération</translation>
    </message>
    <message>
        <source>&amp;Verify built packet</source>
        <translation>&amp;Vérifier le dossier généré</translation>
    </message>
    <message>
        <source>Build progress</source>
        <translation>Progression de la génération</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>New packet request</source>
        <translation>Nouvelle demande de dossier</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Pé&amp;rimètre :</translation>
    </message>
    <message>
        <source>&amp;Whole history</source>
        <translation>&amp;Historique complet</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>Date de fin (incluse)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Period (UTC):</source>
        <translation>Période (UTC) :</translation>
    </message>
    <message>
        <source>Format %1</source>
        <translation>Format %1</translation>
    </message>
    <message>
        <source>&amp;Request packet</source>
        <translation>&amp;Demander le dossier</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formats :</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejetée : %1</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>whole history</source>
        <translation>historique complet</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>request an audit packet</source>
        <translation>demander un dossier d’audit</translation>
    </message>
    <message>
        <source>approve or reject an audit packet</source>
        <translation>approuver ou rejeter un dossier d’audit</translation>
    </message>
    <message>
        <source>You requested this packet, so another compliance officer must approve it (four eyes).</source>
        <translation>Vous avez demandé ce dossier ; un autre responsable de la conformité doit donc l’approuver (principe des quatre yeux).</translation>
    </message>
    <message>
        <source>Request %1 recorded; a compliance officer other than you must approve it.</source>
        <translation>Demande %1 enregistrée ; un responsable de la conformité autre que vous doit l’approuver.</translation>
    </message>
    <message>
        <source>Select a request in the table first.</source>
        <translation>Sélectionnez d’abord une demande dans le tableau.</translation>
    </message>
    <message>
        <source>approve an audit packet</source>
        <translation>approuver un dossier d’audit</translation>
    </message>
    <message>
        <source>Request %1 approved; it can now be built.</source>
        <translation>Demande %1 approuvée ; le dossier peut maintenant être généré.</translation>
    </message>
    <message>
        <source>reject an audit packet</source>
        <translation>rejeter un dossier d’audit</translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation>Demande %1 rejetée.</translation>
    </message>
    <message>
        <source>Reject packet request</source>
        <translation>Rejeter la demande de dossier</translation>
    </message>
    <message>
        <source>Reason (at least 10 characters):</source>
        <translation>Motif (au moins 10 caractères) :</translation>
    </message>
    <message>
        <source>Build audit packet</source>
        <translation>Générer le dossier d’audit</translation>
    </message>
    <message>
        <source>Audit packet (*.zip)</source>
        <translation>Dossier d’audit (*.zip)</translation>
    </message>
    <message>
        <source>The build was cancelled.</source>
        <translation>La génération a été annulée.</translation>
    </message>
    <message>
        <source>Building the packet of request %1 into %2…</source>
        <translation>Génération du dossier de la demande %1 dans %2…</translation>
    </message>
    <message>
        <source>The build was cancelled; no file was left behind.</source>
        <translation>La génération a été annulée ; aucun fichier n’a été laissé.</translation>
    </message>
    <message>
        <source>Packet %1 written to %2.</source>
        <translation>Dossier %1 écrit dans %2.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PermissionNotice</name>
    <message>
        <source>Nobody is signed in: to %1 sign in as a user with the %2 permission.</source>
        <translation>Personne n’est connecté : pour %1, connectez-vous en tant qu’utilisateur disposant de l’autorisation %2.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: that needs the %4 permission. Ask an administrator.</source>
        <translation>%1 (%2) ne peut pas %3 : cela nécessite l’autorisation %4. Demandez à un administrateur.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PolicyBrowser</name>
    <message>
        <source>Filter terms and relations (Ctrl+F)</source>
        <translation>Filtrer les termes et relations (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter terms and relations</source>
        <translation>Filtrer les termes et relations</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtre par nature</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Toutes les natures</translation>
    </message>
    <message>
        <source>Term: %1</source>
        <translation>Terme : %1</translation>
    </message>
    <message>
        <source>Relation: %1</source>
        <translation>Relation : %1</translation>
    </message>
    <message>
        <source>Terms and relations of the policy</source>
        <translation>Termes et relations de la politique</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Label / justification</source>
        <translation>Libellé / justification</translation>
    </message>
    <message>
        <source>Terms (%1)</source>
        <translation>Termes (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Relations (%1)</source>
        <translation>Relations (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 affichés sur %2</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PolicyDiffTree</name>
    <message>
        <source>Differences between the versions</source>
        <translation>Différences entre les versions</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Modifié (%1)</translation>
    </message>
    <message>
        <source>Changed (mode)</source>
        <translation>Modifié (mode)</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>term (%1)</source>
        <translation>terme (%1)</translation>
    </message>
    <message>
        <source>relation (%1)</source>
        <translation>relation (%1)</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Aucune différence</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PolicyDraftPane</name>
    <message>
        <source>&amp;Load policy file… (Ctrl+O)</source>
        <translation>&amp;Charger un fichier de politique… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Check a policy file and simulate it over recent decisions before activating it</source>
        <translation>Vérifier un fichier de politique et le simuler sur les décisions récentes avant de l’activer</translation>
    </message>
    <message>
        <source>Replay the last </source>
        <translation>Rejouer les </translation>
    </message>
    <message>
        <source> decisions</source>
        <translation> dernières décisions</translation>
    </message>
    <message>
        <source>Number of recent decisions to replay</source>
        <translation>Nombre de décisions récentes à rejouer</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simuler</translation>
    </message>
    <message>
        <source>Simulation progress</source>
        <translation>Progression de la simulation</translation>
    </message>
    <message>
        <source>%v of %m decisions</source>
        <translation>%v décisions sur %m</translation>
    </message>
    <message>
        <source>Ca&amp;ncel (Esc)</source>
        <translation>A&amp;nnuler (Échap)</translation>
    </message>
    <message>
        <source>&amp;Activate this policy</source>
        <translation>&amp;Activer cette politique</translation>
    </message>
    <message>
        <source>No file loaded. Load a policy file to check it and see what it would change.</source>
        <translation>Aucun fichier chargé. Chargez un fichier de politique pour le vérifier et voir ce qu’il changerait.</translation>
    </message>
    <message>
        <source>Draft policy</source>
        <translation>Projet de politique</translation>
    </message>
    <message>
        <source>Draft policy message</source>
        <translation>Message du projet de politique</translation>
    </message>
    <message>
        <source>Decisions whose outcome would change</source>
        <translation>Décisions dont le résultat changerait</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>Under the draft</source>
        <translation>Avec le projet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Changed outcomes</source>
        <translation>Résultats modifiés</translation>
    </message>
    <message>
        <source>Check findings</source>
        <translation>Constats de la vérification</translation>
    </message>
    <message>
        <source>Differences from the active policy</source>
        <translation>Différences avec la politique active</translation>
    </message>
    <message>
        <source>Load policy file</source>
        <translation>Charger un fichier de politique</translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>Fichiers de politique (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No file loaded.</source>
        <translation>Aucun fichier chargé.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is not a valid policy: %2</source>
        <translation>%1 n’est pas une politique valide : %2</translation>
    </message>
    <message>
        <source>Draft %1 (%2, mode %3): %4 terms, %5 relations, SHA-256 %6…; %7</source>
        <translation>Projet %1 (%2, mode %3) : %4 termes, %5 relations, SHA-256 %6… ; %7</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Replaying recent decisions under the draft…</source>
        <translation>Rejeu des décisions récentes avec le projet…</translation>
    </message>
    <message>
        <source>The simulation was cancelled; run it again to activate this policy.</source>
        <translation>La simulation a été annulée ; relancez-la pour activer cette politique.</translation>
    </message>
    <message>
        <source>The simulation failed: %1</source>
        <translation>La simulation a échoué : %1</translation>
    </message>
    <message>
        <source>No recent decision would change under this policy.</source>
        <translation>Aucune décision récente ne changerait avec cette politique.</translation>
    </message>
    <message numerus="yes">
        <source>%n recent decisions would have a different outcome under this policy.</source>
        <translation>
            <numerusform>%n décision récente aurait un résultat différent avec cette politique.</numerusform>
            <numerusform>%n décisions récentes auraient un résultat différent avec cette politique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load a policy file and let the simulation finish before activating it.</source>
        <translation>Chargez un fichier de politique et laissez la simulation se terminer avant de l’activer.</translation>
    </message>
    <message>
        <source>activate a policy</source>
        <translation>activer une politique</translation>
    </message>
    <message>
        <source>The policy was not activated: %1</source>
        <translation>La politique n’a pas été activée : %1</translation>
    </message>
    <message>
        <source>Version %1 (%2) is now the active policy.</source>
        <translation>La version %1 (%2) est désormais la politique active.</translation>
    </message>
    <message>
        <source>Store this file as a new version and make it the active policy</source>
        <translation>Enregistrer ce fichier comme nouvelle version et en faire la politique active</translation>
    </message>
    <message>
        <source>Available once the simulation has run</source>
        <translation>Disponible une fois la simulation exécutée</translation>
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
        <translation>Constats de la vérification de la politique</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>No findings: no contradictions, shadowed rules, cycles or unused terms.</source>
        <translation>Aucun constat : ni contradiction, ni règle masquée, ni cycle, ni terme inutilisé.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes.</source>
        <translation>%1 erreurs, %2 avertissements, %3 remarques.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::PolicyVersionsPane</name>
    <message>
        <source>Policy versions</source>
        <translation>Versions de la politique</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termes</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Loaded at</source>
        <translation>Chargée le</translation>
    </message>
    <message>
        <source>Loaded by</source>
        <translation>Chargée par</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>&amp;Compare selected (Ctrl+D)</source>
        <translation>&amp;Comparer la sélection (Ctrl+D)</translation>
    </message>
    <message>
        <source>Select two versions, or one to compare with the active version</source>
        <translation>Sélectionnez deux versions, ou une seule pour la comparer à la version active</translation>
    </message>
    <message>
        <source>Activate selected (roll &amp;back)</source>
        <translation>Activer la sélection (&amp;revenir en arrière)</translation>
    </message>
    <message>
        <source>Make the selected version the active policy again</source>
        <translation>Refaire de la version sélectionnée la politique active</translation>
    </message>
    <message>
        <source>Policy versions message</source>
        <translation>Message des versions de la politique</translation>
    </message>
    <message>
        <source>The versions cannot be read: %1</source>
        <translation>Les versions ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <source>● Active</source>
        <translation>● Active</translation>
    </message>
    <message>
        <source>Select two versions to compare, or one that is not the active version.</source>
        <translation>Sélectionnez deux versions à comparer, ou une version qui n’est pas la version active.</translation>
    </message>
    <message>
        <source>From version %1 to version %2: %3 term changes and %4 relation changes.</source>
        <translation>De la version %1 à la version %2 : %3 modifications de termes et %4 modifications de relations.</translation>
    </message>
    <message>
        <source>Select the one version to activate.</source>
        <translation>Sélectionnez la version à activer (une seule).</translation>
    </message>
    <message>
        <source>activate a policy</source>
        <translation>activer une politique</translation>
    </message>
    <message>
        <source>Version %1 was not activated: %2</source>
        <translation>La version %1 n’a pas été activée : %2</translation>
    </message>
    <message>
        <source>Version %1 is now the active policy.</source>
        <translation>La version %1 est désormais la politique active.</translation>
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
        <translation>Politique active</translation>
    </message>
    <message>
        <source>Policy permissions notice</source>
        <translation>Avis d’autorisation de la politique</translation>
    </message>
    <message>
        <source>Policy sections</source>
        <translation>Sections de la politique</translation>
    </message>
    <message>
        <source>&amp;Terms and relations</source>
        <translation>&amp;Termes et relations</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Vé&amp;rification</translation>
    </message>
    <message>
        <source>&amp;Load and simulate</source>
        <translation>&amp;Charger et simuler</translation>
    </message>
    <message>
        <source>No policy is active: every decision is denied until one is loaded. Use Load and simulate to load one.</source>
        <translation>Aucune politique n’est active : toute décision est refusée jusqu’à ce qu’une politique soit chargée. Utilisez Charger et simuler pour en charger une.</translation>
    </message>
    <message>
        <source>No policy is active.</source>
        <translation>Aucune politique n’est active.</translation>
    </message>
    <message>
        <source>Active policy: %1, version %2 (mode %3), %4 terms and %5 relations; SHA-256 %6…</source>
        <translation>Politique active : %1, version %2 (mode %3), %4 termes et %5 relations ; SHA-256 %6…</translation>
    </message>
    <message>
        <source>The active policy cannot be read: %1</source>
        <translation>La politique active ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>Findings of the active policy: %1</source>
        <translation>Constats sur la politique active : %1</translation>
    </message>
    <message>
        <source>activate a policy</source>
        <translation>activer une politique</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule : %1</translation>
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
    <name>Lexecon::Ui::RetentionView</name>
    <message>
        <source>&lt;b&gt;Record keeping (EU AI Act Art. 12)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tenue des registres (règlement européen sur l’IA, art. 12)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Decisions by retention class and status</source>
        <translation>Décisions par classe de conservation et par statut</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Arrive à échéance</translation>
    </message>
    <message>
        <source>Anonymized</source>
        <translation>Anonymisée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>High risk (10 years)</source>
        <translation>Haut risque (10 ans)</translation>
    </message>
    <message>
        <source>Standard (6 months)</source>
        <translation>Standard (6 mois)</translation>
    </message>
    <message>
        <source>GDPR intersect (90 days)</source>
        <translation>Recoupement RGPD (90 jours)</translation>
    </message>
    <message>
        <source>Not yet classified</source>
        <translation>Pas encore classée</translation>
    </message>
    <message>
        <source>Legal holds in force</source>
        <translation>Conservations légales en vigueur</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Placée par</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>Placée le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Place hold…</source>
        <translation>&amp;Placer une conservation…</translation>
    </message>
    <message>
        <source>Re&amp;lease hold…</source>
        <translation>&amp;Lever la conservation…</translation>
    </message>
    <message>
        <source>&amp;Run retention now</source>
        <translation>&amp;Lancer la conservation maintenant</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Legal holds in force:</source>
        <translation>Conservations légales en vigueur :</translation>
    </message>
    <message numerus="yes">
        <source>Retention running: %n record(s) handled…</source>
        <translation>
            <numerusform>Conservation en cours : %n enregistrement traité…</numerusform>
            <numerusform>Conservation en cours : %n enregistrements traités…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention did not run.</source>
        <translation>La conservation n’a pas été lancée.</translation>
    </message>
    <message>
        <source>Retention failed: %1</source>
        <translation>La conservation a échoué : %1</translation>
    </message>
    <message>
        <source>Retention run %1: %2 classified, %3 expiring, %4 anonymized, %5 archived, %6 kept by a legal hold.%7</source>
        <translation>Passage de conservation %1 : %2 classées, %3 arrivant à échéance, %4 anonymisées, %5 archivées, %6 retenues par une conservation légale.%7</translation>
    </message>
    <message>
        <source> Nothing changed; no ledger entry was written.</source>
        <translation> Rien n’a changé ; aucune entrée n’a été écrite dans le registre.</translation>
    </message>
    <message>
        <source> Ledger entry %1.</source>
        <translation> Entrée de registre %1.</translation>
    </message>
    <message>
        <source>The retention status cannot be read: %1</source>
        <translation>Le statut de conservation ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Placing holds and running retention need the manage_compliance permission.</source>
        <translation>Placer des conservations et lancer la conservation nécessitent l’autorisation manage_compliance.</translation>
    </message>
    <message>
        <source>Select a hold to release it.</source>
        <translation>Sélectionnez une conservation pour la lever.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 decision(s) under legal hold (by decision, actor or date range).</source>
        <translation>
            <numerusform>%n décision sur %1 sous conservation légale (par décision, acteur ou période).</numerusform>
            <numerusform>%n décisions sur %1 sous conservation légale (par décision, acteur ou période).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Retention running…</source>
        <translation>Conservation en cours…</translation>
    </message>
    <message>
        <source>Legal hold %1 placed.</source>
        <translation>Conservation légale %1 placée.</translation>
    </message>
    <message>
        <source>The hold was not placed: %1</source>
        <translation>La conservation n’a pas été placée : %1</translation>
    </message>
    <message>
        <source>Legal hold %1 released.</source>
        <translation>Conservation légale %1 levée.</translation>
    </message>
    <message>
        <source>The hold was not released: %1</source>
        <translation>La conservation n’a pas été levée : %1</translation>
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
    <message>
        <source>Loading the statistics…</source>
        <translation>Chargement des statistiques…</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::RiskWeightsBox</name>
    <message>
        <source>Risk weights</source>
        <translation>Pondérations du risque</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Weight of the %1 dimension</source>
        <translation>Pondération de la dimension %1</translation>
    </message>
    <message>
        <source>Sum of the risk weights</source>
        <translation>Somme des pondérations du risque</translation>
    </message>
    <message>
        <source>Whole percent, summing to 100. The risk scorer takes saved weights at the next start of the workstation or server.</source>
        <translation>Pourcentages entiers, totalisant 100. Le calcul du risque prend en compte les pondérations enregistrées au prochain démarrage du poste ou du serveur.</translation>
    </message>
    <message>
        <source>Save risk &amp;weights</source>
        <translation>Enregistrer les &amp;pondérations</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>Valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>25, 20, 20, 15, 10, 10 (not saved until you save)</source>
        <translation>25, 20, 20, 15, 10, 10 (non enregistrées tant que vous n’enregistrez pas)</translation>
    </message>
    <message>
        <source>Risk weights message</source>
        <translation>Message des pondérations du risque</translation>
    </message>
    <message>
        <source>change the risk weights</source>
        <translation>modifier les pondérations du risque</translation>
    </message>
    <message>
        <source>✔ Sum: 100 %</source>
        <translation>✔ Somme : 100 %</translation>
    </message>
    <message>
        <source>⚠ Sum: %1 % — the weights must sum to 100 %</source>
        <translation>⚠ Somme : %1 % — les pondérations doivent totaliser 100 %</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved; the risk scorer uses these weights from the next start.</source>
        <translation>Enregistré ; le calcul du risque utilise ces pondérations dès le prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::SetStatusDialog</name>
    <message>
        <source>Set status of %1</source>
        <translation>Définir le statut de %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Why this status holds: the audit, test or document behind it.</source>
        <translation>Pourquoi ce statut est valable : l’audit, le test ou le document qui l’étaye.</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <source>%1 characters; at least %2 needed.</source>
        <translation>%1 caractères ; au moins %2 requis.</translation>
    </message>
    <message>
        <source>%1 characters.</source>
        <translation>%1 caractères.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::SettingsView</name>
    <message>
        <source>Settings permissions notice</source>
        <translation>Avis d’autorisation des paramètres</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workspace settings&lt;/b&gt; (shared by every desk; each change is recorded in the ledger)</source>
        <translation>&lt;b&gt;Paramètres de l’espace de travail&lt;/b&gt; (communs à tous les postes ; chaque modification est inscrite au registre)</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Répertoire de données</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the data directory in the file manager</source>
        <translation>Afficher le répertoire de données dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>&amp;Data directory</source>
        <translation>Répertoire de &amp;données</translation>
    </message>
    <message>
        <source>Intake listener state</source>
        <translation>État de l’écouteur d’entrée</translation>
    </message>
    <message>
        <source>Listener &amp;settings…</source>
        <translation>&amp;Paramètres de l’écouteur…</translation>
    </message>
    <message>
        <source>⚠ The listener cannot start: %1</source>
        <translation>⚠ L’écouteur ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>Intake listener</source>
        <translation>Écouteur d’entrée</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation>S’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>plain HTTP</source>
        <translation>HTTP non chiffré</translation>
    </message>
    <message>
        <source>✔ Listening on %1 (%2).</source>
        <translation>✔ À l’écoute sur %1 (%2).</translation>
    </message>
    <message>
        <source>⚠ Stopped: %1</source>
        <translation>⚠ Arrêté : %1</translation>
    </message>
    <message>
        <source>Stopped; configured for %1:%2 (%3).</source>
        <translation>Arrêté ; configuré pour %1:%2 (%3).</translation>
    </message>
    <message>
        <source>S&amp;top listener</source>
        <translation>Arrê&amp;ter l’écouteur</translation>
    </message>
    <message>
        <source>St&amp;art listener</source>
        <translation>Dém&amp;arrer l’écouteur</translation>
    </message>
    <message>
        <source>change workspace settings</source>
        <translation>modifier les paramètres de l’espace de travail</translation>
    </message>
    <message>
        <source>Workspace settings are read-only: %1</source>
        <translation>Les paramètres de l’espace de travail sont en lecture seule : %1</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::SignInDialog</name>
    <message>
        <source>Sign in to Lexecon Workstation</source>
        <translation>Connexion à Lexecon Workstation</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Code d’authentification</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>6 chiffres de votre application d’authentification</translation>
    </message>
    <message>
        <source>Use a &amp;backup code instead</source>
        <translation>Utiliser &amp;plutôt un code de secours</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>One of your 10 backup codes</source>
        <translation>L’un de vos 10 codes de secours</translation>
    </message>
    <message>
        <source>Backup code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>Poste verrouillé</translation>
    </message>
    <message>
        <source>The workstation locked after a period without input. Your open work is kept; sign in again as %1 to continue, or cancel to sign out.</source>
        <translation>Le poste s’est verrouillé après une période d’inactivité. Votre travail en cours est conservé ; reconnectez-vous en tant que %1 pour continuer, ou annulez pour vous déconnecter.</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Se connecter avec %1</translation>
    </message>
    <message>
        <source>Your browser opens the sign-in page. Come back here when it says you can close it.</source>
        <translation>Votre navigateur ouvre la page de connexion. Revenez ici lorsqu’il indique que vous pouvez la fermer.</translation>
    </message>
    <message>
        <source>Your account uses two-factor sign-in. Enter the code your authenticator app shows now.</source>
        <translation>Votre compte utilise la connexion à deux facteurs. Saisissez le code affiché actuellement par votre application d’authentification.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is required for your role. Set it up to sign in.</source>
        <translation>La connexion à deux facteurs est obligatoire pour votre rôle. Configurez-la pour vous connecter.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is set up. Enter the next code your authenticator app shows to sign in.</source>
        <translation>La connexion à deux facteurs est configurée. Saisissez le prochain code affiché par votre application d’authentification pour vous connecter.</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new one to sign in.</source>
        <translation>Votre mot de passe a expiré. Choisissez-en un nouveau pour vous connecter.</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new one.</source>
        <translation>Votre mot de passe a été modifié. Connectez-vous avec le nouveau.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::SignInSettingsBox</name>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Password lifetime in days</source>
        <translation>Durée de validité du mot de passe en jours</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Idle minutes before the desk locks</source>
        <translation>Minutes d’inactivité avant le verrouillage du poste</translation>
    </message>
    <message>
        <source>Save sign-&amp;in settings</source>
        <translation>Enregistrer les paramètres de &amp;connexion</translation>
    </message>
    <message>
        <source>Sign-in settings message</source>
        <translation>Message des paramètres de connexion</translation>
    </message>
    <message>
        <source>Passwords &amp;expire after:</source>
        <translation>Les mots de passe &amp;expirent après :</translation>
    </message>
    <message>
        <source>&amp;Lock an idle desk after:</source>
        <translation>&amp;Verrouiller un poste inactif après :</translation>
    </message>
    <message>
        <source>change sign-in settings</source>
        <translation>modifier les paramètres de connexion</translation>
    </message>
    <message>
        <source>⚠ Not saved: nobody is signed in.</source>
        <translation>⚠ Non enregistré : personne n’est connecté.</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved. A new idle time applies from the next sign-in.</source>
        <translation>Enregistré. Un nouveau délai d’inactivité s’applique à partir de la prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::SlaSettingsBox</name>
    <message>
        <source>Escalation SLA</source>
        <translation>SLA des escalades</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Délai de traitement</translation>
    </message>
    <message>
        <source>When breached</source>
        <translation>En cas de dépassement</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>SLA hours for %1 escalations</source>
        <translation>Heures de SLA pour les escalades %1</translation>
    </message>
    <message>
        <source>Breach action for %1 escalations</source>
        <translation>Action en cas de dépassement pour les escalades %1</translation>
    </message>
    <message>
        <source>Notify the reviewers</source>
        <translation>Notifier les examinateurs</translation>
    </message>
    <message>
        <source>Escalate up</source>
        <translation>Transmettre plus haut</translation>
    </message>
    <message>
        <source>Deny automatically</source>
        <translation>Refuser automatiquement</translation>
    </message>
    <message>
        <source> min before the deadline</source>
        <translation> min avant l’échéance</translation>
    </message>
    <message>
        <source>SLA warning lead time in minutes</source>
        <translation>Délai d’alerte SLA en minutes</translation>
    </message>
    <message>
        <source>&amp;Warn</source>
        <translation>&amp;Alerter</translation>
    </message>
    <message>
        <source>A breached SLA never approves. New escalations get these deadlines; open ones keep theirs.</source>
        <translation>Un SLA dépassé n’entraîne jamais d’approbation. Les nouvelles escalades reçoivent ces échéances ; celles déjà ouvertes conservent les leurs.</translation>
    </message>
    <message>
        <source>Save S&amp;LA settings</source>
        <translation>Enregistrer les paramètres S&amp;LA</translation>
    </message>
    <message>
        <source>SLA settings message</source>
        <translation>Message des paramètres SLA</translation>
    </message>
    <message>
        <source>change the SLA</source>
        <translation>modifier le SLA</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Non enregistré : %1</translation>
    </message>
    <message>
        <source>the warning must come before the shortest SLA (%1 h) runs out; send fewer minutes</source>
        <translation>l’alerte doit intervenir avant l’expiration du SLA le plus court (%1 h) ; indiquez moins de minutes</translation>
    </message>
    <message>
        <source>Saved; new escalations get these deadlines.</source>
        <translation>Enregistré ; les nouvelles escalades reçoivent ces échéances.</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::UserAdminView</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Deux facteurs</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Reset &amp;two-factor</source>
        <translation>Réinitialiser les deux &amp;facteurs</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation>Nouveau rôle de %1 :</translation>
    </message>
    <message>
        <source>Reset two-factor sign-in</source>
        <translation>Réinitialiser la connexion à deux facteurs</translation>
    </message>
    <message>
        <source>Remove the authenticator and backup codes of %1? They set up two-factor sign-in again at their next sign-in if their role requires it.</source>
        <translation>Supprimer l’authentificateur et les codes de secours de %1 ? L’utilisateur configurera à nouveau la connexion à deux facteurs lors de sa prochaine connexion si son rôle l’exige.</translation>
    </message>
    <message>
        <source>Sign-in &amp;identities…</source>
        <translation>&amp;Identités de connexion…</translation>
    </message>
    <message>
        <source>Two-factor sign-in required for</source>
        <translation>Connexion à deux facteurs obligatoire pour</translation>
    </message>
    <message>
        <source>Require two-factor sign-in for %1</source>
        <translation>Exiger la connexion à deux facteurs pour %1</translation>
    </message>
    <message>
        <source>disabled since %1</source>
        <translation>désactivé depuis le %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message numerus="yes">
        <source>on, %n backup code(s) left</source>
        <translation>
            <numerusform>activée, %n code de secours restant</numerusform>
            <numerusform>activée, %n codes de secours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>set up, not confirmed</source>
        <translation>configurée, non confirmée</translation>
    </message>
    <message>
        <source> (required by role)</source>
        <translation> (exigée par le rôle)</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>aucun défini</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>set, never expires</source>
        <translation>défini, n’expire jamais</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
</context>
<context>
    <name>Lexecon::Ui::UserIdentitiesDialog</name>
    <message>
        <source>Sign-in identities of %1</source>
        <translation>Identités de connexion de %1</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Save email</source>
        <translation>&amp;Enregistrer l’e-mail</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet (sub)</translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation>Liée par</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Linked identities</source>
        <translation>Identités liées</translation>
    </message>
    <message>
        <source>&amp;Unlink selected</source>
        <translation>&amp;Dissocier la sélection</translation>
    </message>
    <message>
        <source>The provider&apos;s user id (the ID token&apos;s sub claim)</source>
        <translation>Identifiant utilisateur chez le fournisseur (claim sub du jeton d’ID)</translation>
    </message>
    <message>
        <source>&amp;Link identity</source>
        <translation>&amp;Lier l’identité</translation>
    </message>
    <message>
        <source>Link an identity</source>
        <translation>Lier une identité</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>É&amp;metteur :</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Su&amp;jet :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>by an administrator</source>
        <translation>par un administrateur</translation>
    </message>
    <message>
        <source>by verified email</source>
        <translation>par e-mail vérifié</translation>
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
