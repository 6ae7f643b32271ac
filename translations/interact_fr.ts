<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>AlreadyOpen</name>
    <message>
      <source>INTERACT Desktop</source>
      <translation>INTERACT Desktop</translation>
    </message>
    <message>
      <source>INTERACT Desktop is already open with this data folder.</source>
      <translation>INTERACT Desktop est déjà ouvert avec ce dossier de données.</translation>
    </message>
    <message>
      <source>Its window could not be brought forward: look for it in the taskbar or on another desktop. Only one window at a time may use the notebook, so that nothing typed in one is lost in the other.</source>
      <translation>Sa fenêtre n’a pas pu être mise au premier plan : cherchez-la dans la barre des tâches ou sur un autre bureau. Une seule fenêtre à la fois peut utiliser le carnet, pour que rien de ce qui est saisi dans l’une ne se perde dans l’autre.</translation>
    </message>
    <message>
      <source>(Process %1.)</source>
      <translation>(Processus %1.)</translation>
    </message>
  </context>
  <context>
    <name>AppearanceMenu</name>
    <message>
      <source>&amp;Appearance</source>
      <translation>A&amp;pparence</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Suivre le système</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
  </context>
  <context>
    <name>BookmarksController</name>
    <message>
      <source>Bookmarks</source>
      <translation>Signets</translation>
    </message>
    <message>
      <source>Bookmark removed</source>
      <translation>Signet retiré</translation>
    </message>
    <message>
      <source>Bookmark added</source>
      <translation>Signet ajouté</translation>
    </message>
    <message>
      <source>Bookmark</source>
      <translation>Signet</translation>
    </message>
    <message>
      <source>Add or remove a bookmark for this page (%1)</source>
      <translation>Ajouter ou retirer un signet pour cette page (%1)</translation>
    </message>
    <message>
      <source>No bookmarks yet. To keep a page at hand, open it and press %1 or the bookmark button in the toolbar.</source>
      <translation>Aucun signet pour l’instant. Pour garder une page à portée de main, ouvrez-la et appuyez sur %1 ou sur le bouton Signet de la barre d’outils.</translation>
    </message>
  </context>
  <context>
    <name>CaseChecklists</name>
    <message>
      <source>Finalised</source>
      <translation>Finalisée</translation>
    </message>
    <message>
      <source>Finalised %1</source>
      <translation>Finalisée le %1</translation>
    </message>
    <message>
      <source>Being filled in</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Élevée</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <source>No checklist is attached to this case yet.</source>
      <translation>Aucune liste de contrôle n’est encore liée à ce dossier.</translation>
    </message>
    <message>
      <source>Checklists filled in for this case. Open one to see or change it.</source>
      <translation>Listes de contrôle remplies pour ce dossier. Ouvrez-en une pour la consulter ou la modifier.</translation>
    </message>
    <message>
      <source>Attach a new checklist</source>
      <translation>Lier une nouvelle liste de contrôle</translation>
    </message>
    <message>
      <source>Checklist to fill in for this case:</source>
      <translation>Liste de contrôle à remplir pour ce dossier :</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Liste de contrôle</translation>
    </message>
    <message>
      <source>Last changed</source>
      <translation>Dernière modification</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>Alerte</translation>
    </message>
    <message>
      <source>Checklists of this case</source>
      <translation>Listes de contrôle de ce dossier</translation>
    </message>
    <message>
      <source>Attach a new checklist…</source>
      <translation>Lier une nouvelle liste de contrôle…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Detach from the case</source>
      <translation>Détacher du dossier</translation>
    </message>
    <message>
      <source>The checklist stays in the notebook, under File &gt; Saved checklists</source>
      <translation>La liste de contrôle reste dans le carnet, sous Fichier &gt; Listes de contrôle enregistrées</translation>
    </message>
  </context>
  <context>
    <name>CaseDetails</name>
    <message>
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Languages spoken</source>
      <translation>Langues parlées</translation>
    </message>
    <message>
      <source>Roles involved</source>
      <translation>Rôles impliqués</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Ouvert le</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Clos le</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Finalité</translation>
    </message>
    <message>
      <source>Retention date</source>
      <translation>Conserver jusqu’au</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>non renseignée</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>Pas de date</translation>
    </message>
    <message>
      <source>Clear %1</source>
      <translation>Effacer : %1</translation>
    </message>
    <message>
      <source>A pseudonymous reference, such as a file number: no real name is needed.</source>
      <translation>Une référence pseudonyme, comme un numéro de dossier : aucun vrai nom n’est nécessaire.</translation>
    </message>
    <message>
      <source>For example: Arabic, French</source>
      <translation>Par exemple : arabe, français</translation>
    </message>
    <message>
      <source>For example: guardian, police, shelter staff</source>
      <translation>Par exemple : tuteur, police, personnel du foyer</translation>
    </message>
    <message>
      <source>Words to group cases, separated by commas</source>
      <translation>Mots pour regrouper les dossiers, séparés par des virgules</translation>
    </message>
    <message>
      <source>Why this case is kept, for example: to protect the child while missing.</source>
      <translation>Pourquoi ce dossier est conservé, par exemple : pour protéger l’enfant tant qu’il est disparu.</translation>
    </message>
    <message>
      <source>The date by which the case should be deleted, when it is no longer needed.</source>
      <translation>La date à laquelle le dossier doit être supprimé, s’il n’est plus nécessaire.</translation>
    </message>
    <message>
      <source>This date has come: delete the case if it is no longer needed.</source>
      <translation>Cette date est atteinte : supprimez le dossier s’il n’est plus nécessaire.</translation>
    </message>
    <message>
      <source>Delete this case for good…</source>
      <translation>Supprimer définitivement ce dossier…</translation>
    </message>
    <message>
      <source>A case needs a reference (a pseudonym is enough).</source>
      <translation>Un dossier a besoin d’une référence (un pseudonyme suffit).</translation>
    </message>
    <message>
      <source>The details could not be saved: %1</source>
      <translation>Les informations n’ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
      <source>Saved at %1</source>
      <translation>Enregistré à %1</translation>
    </message>
  </context>
  <context>
    <name>CaseExportDialog</name>
    <message>
      <source>Export case report</source>
      <translation>Exporter le rapport de dossier</translation>
    </message>
    <message>
      <source>A case report holds personal data. Choose what it includes:</source>
      <translation>Un rapport de dossier contient des données personnelles. Choisissez ce qu’il inclut :</translation>
    </message>
    <message>
      <source>Everything about this case</source>
      <translation>Tout sur ce dossier</translation>
    </message>
    <message>
      <source>Every field, note, timeline entry, checklist and register line of this case, as a JSON file: the answer to a subject-access request.</source>
      <translation>Chaque champ, note, entrée de chronologie, liste de contrôle et ligne du registre de ce dossier, dans un fichier JSON : la réponse à une demande d’accès.</translation>
    </message>
    <message>
      <source>Full</source>
      <translation>Complet</translation>
    </message>
    <message>
      <source>Everything about the case, with its reference.</source>
      <translation>Tout le dossier, avec sa référence.</translation>
    </message>
    <message>
      <source>Hand-over</source>
      <translation>Transmission</translation>
    </message>
    <message>
      <source>For a colleague taking the case over: no reference, tags or register.</source>
      <translation>Pour un collègue qui reprend le dossier : sans référence, étiquettes ni registre.</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Statistiques</translation>
    </message>
    <message>
      <source>No free text at all, and dates by month only: for counting.</source>
      <translation>Aucun texte libre, et les dates au mois seulement : pour compter.</translation>
    </message>
    <message>
      <source>For whom</source>
      <translation>Pour qui</translation>
    </message>
    <message>
      <source>Name, role or organisation (required)</source>
      <translation>Nom, rôle ou organisation (obligatoire)</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Language of the report</source>
      <translation>Langue du rapport</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exporter…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>CaseExporter</name>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <source>JSON files (*.json)</source>
      <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>Écriture de %1…</translation>
    </message>
    <message>
      <source>the notebook was locked</source>
      <translation>le carnet a été verrouillé</translation>
    </message>
    <message>
      <source>The export could not be entered in the register (%1), so the file was removed. Export again.</source>
      <translation>L’export n’a pas pu être inscrit au registre (%1) : le fichier a donc été supprimé. Exportez à nouveau.</translation>
    </message>
    <message>
      <source>The file could not be written: %1</source>
      <translation>Le fichier n’a pas pu être écrit : %1</translation>
    </message>
  </context>
  <context>
    <name>CaseStatus</name>
    <message>
      <source>Open</source>
      <translation>Ouvert</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Disparu</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Retrouvé</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Clos</translation>
    </message>
    <message>
      <source>past its retention date</source>
      <translation>date de conservation dépassée</translation>
    </message>
  </context>
  <context>
    <name>CaseTools</name>
    <message>
      <source>Details</source>
      <translation>Informations</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Registre</translation>
    </message>
    <message>
      <source>Export case report…</source>
      <translation>Exporter le rapport de dossier…</translation>
    </message>
    <message>
      <source>A PDF of this case, for a recipient and with what they may see</source>
      <translation>Un PDF de ce dossier, pour un destinataire et avec ce qu’il peut voir</translation>
    </message>
    <message>
      <source>Everything about this case…</source>
      <translation>Tout sur ce dossier…</translation>
    </message>
    <message>
      <source>All data of this case as a JSON file, for a subject-access request</source>
      <translation>Toutes les données de ce dossier dans un fichier JSON, pour une demande d’accès</translation>
    </message>
    <message>
      <source>Hand over to a colleague…</source>
      <translation>Transmettre à un homologue…</translation>
    </message>
    <message>
      <source>An encrypted packet and a PDF in two languages, for a colleague abroad</source>
      <translation>Un paquet chiffré et un PDF en deux langues, pour un homologue à l’étranger</translation>
    </message>
    <message>
      <source>Show them</source>
      <translation>Les afficher</translation>
    </message>
    <message>
      <source>Hide this reminder</source>
      <translation>Masquer ce rappel</translation>
    </message>
    <message>
      <source>Delete note…</source>
      <translation>Supprimer la note…</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) past their retention date: delete them if no longer needed.</source>
      <translation>
        <numerusform>%n dossier a dépassé sa date de conservation : supprimez-le s’il n’est plus nécessaire.</numerusform>
        <numerusform>%n dossiers ont dépassé leur date de conservation : supprimez-les s’ils ne sont plus nécessaires.</numerusform>
      </translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Delete the case “%1” for good?

Its details, notes, timeline, checklists and export register are erased from the notebook. This cannot be undone.</source>
      <translation>Supprimer définitivement le dossier « %1 » ?

Ses informations, notes, chronologie, listes de contrôle et son registre des exports sont effacés du carnet. Cette action est irréversible.</translation>
    </message>
    <message>
      <source>Delete case</source>
      <translation>Supprimer le dossier</translation>
    </message>
    <message>
      <source>Delete for good</source>
      <translation>Supprimer définitivement</translation>
    </message>
    <message>
      <source>Delete this note for good? This cannot be undone.</source>
      <translation>Supprimer définitivement cette note ? Cette action est irréversible.</translation>
    </message>
    <message>
      <source>Delete note</source>
      <translation>Supprimer la note</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Enregistré : %1</translation>
    </message>
  </context>
  <context>
    <name>ChecklistForm</name>
    <message>
      <source>Case %1</source>
      <translation>Dossier %1</translation>
    </message>
    <message>
      <source>Not attached to a case</source>
      <translation>Non rattachée à un dossier</translation>
    </message>
    <message>
      <source>Finalise</source>
      <translation>Finaliser</translation>
    </message>
    <message>
      <source>Lock the answers and record when</source>
      <translation>Verrouiller les réponses et enregistrer la date</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Dupliquer</translation>
    </message>
    <message>
      <source>Clear all answers</source>
      <translation>Effacer toutes les réponses</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Checklist form</source>
      <translation>Formulaire de la liste de contrôle</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>Alertes</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>jj/mm/aaaa</translation>
    </message>
    <message>
      <source>dd/mm/yyyy hh:mm</source>
      <translation>jj/mm/aaaa hh:mm</translation>
    </message>
    <message>
      <source>Choose the date from a calendar</source>
      <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
      <source>Add a row</source>
      <translation>Ajouter une ligne</translation>
    </message>
    <message>
      <source>Remove the selected row</source>
      <translation>Supprimer la ligne sélectionnée</translation>
    </message>
    <message>
      <source>The answers could not be saved. They stay in this form and are saved as soon as the disk allows (at the next change).</source>
      <translation>Les réponses n’ont pas pu être enregistrées. Elles restent dans ce formulaire et seront enregistrées dès que le disque le permettra (à la prochaine modification).</translation>
    </message>
    <message>
      <source>%1 of %2 answered</source>
      <translation>%1 sur %2 renseignés</translation>
    </message>
    <message>
      <source>Finalised on %1</source>
      <translation>Finalisée le %1</translation>
    </message>
    <message>
      <source>allowed: %1</source>
      <translation>autorisé : %1</translation>
    </message>
    <message>
      <source>not a valid answer</source>
      <translation>réponse non valide</translation>
    </message>
    <message>
      <source>No alert from the answers so far.</source>
      <translation>Aucune alerte d’après les réponses pour l’instant.</translation>
    </message>
    <message>
      <source>Some answers are missing or not valid:</source>
      <translation>Certaines réponses manquent ou ne sont pas valides :</translation>
    </message>
    <message>
      <source>Remove every answer of this checklist?</source>
      <translation>Supprimer toutes les réponses de cette liste de contrôle ?</translation>
    </message>
  </context>
  <context>
    <name>ChecklistsFeature</name>
    <message>
      <source>Checklists are kept in the notebook. Unlock it to fill this one in.</source>
      <translation>Les listes de contrôle sont conservées dans le carnet. Déverrouillez-le pour remplir celle-ci.</translation>
    </message>
    <message>
      <source>Unlock the notebook to see saved checklists…</source>
      <translation>Déverrouillez le carnet pour voir les listes de contrôle enregistrées…</translation>
    </message>
    <message>
      <source>No saved checklists</source>
      <translation>Aucune liste de contrôle enregistrée</translation>
    </message>
    <message>
      <source>Saved &amp;checklists</source>
      <translation>&amp;Listes de contrôle enregistrées</translation>
    </message>
  </context>
  <context>
    <name>ContactsDialog</name>
    <message>
      <source>Your contacts file cannot be read and was left as it is: %1</source>
      <translation>Votre fichier de contacts est illisible et a été laissé tel quel : %1</translation>
    </message>
    <message>
      <source>(none yet)</source>
      <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
      <source>Delete contact</source>
      <translation>Supprimer le contact</translation>
    </message>
    <message>
      <source>Delete %1 from your contacts?</source>
      <translation>Supprimer %1 de vos contacts ?</translation>
    </message>
    <message>
      <source>Your contacts</source>
      <translation>Vos contacts</translation>
    </message>
    <message>
      <source>Your contacts were not changed: %1</source>
      <translation>Vos contacts n’ont pas été modifiés : %1</translation>
    </message>
    <message>
      <source>The damaged file was kept as %1. You can start a new list.</source>
      <translation>Le fichier endommagé a été conservé sous le nom %1. Vous pouvez commencer une nouvelle liste.</translation>
    </message>
    <message>
      <source>Import contacts</source>
      <translation>Importer des contacts</translation>
    </message>
    <message>
      <source>vCard files (*.vcf *.vcard)</source>
      <translation>Fichiers vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
      <source>Nothing was imported; your contacts are unchanged.

%1</source>
      <translation>Rien n’a été importé ; vos contacts sont inchangés.

%1</translation>
    </message>
    <message>
      <source>Your contacts already hold everything in this file.</source>
      <translation>Vos contacts contiennent déjà tout ce que contient ce fichier.</translation>
    </message>
    <message>
      <source>Export contacts</source>
      <translation>Exporter les contacts</translation>
    </message>
    <message>
      <source>vCard files (*.vcf)</source>
      <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
      <source>First-hour sheet</source>
      <translation>Fiche de la première heure</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>Le PDF n’a pas pu être écrit : %1</translation>
    </message>
    <message>
      <source>Role and contact</source>
      <translation>Rôle et contact</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Your contacts, by role</source>
      <translation>Vos contacts, par rôle</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Ajouter…</translation>
    </message>
    <message>
      <source>&amp;Change…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>&amp;Import vCard…</source>
      <translation>&amp;Importer une vCard…</translation>
    </message>
    <message>
      <source>&amp;Export vCard…</source>
      <translation>E&amp;xporter en vCard…</translation>
    </message>
    <message>
      <source>First-hour &amp;sheet (PDF)…</source>
      <translation>&amp;Fiche de la première heure (PDF)…</translation>
    </message>
    <message>
      <source>One page with the first-hour steps and your numbers, for the wall</source>
      <translation>Une page avec les étapes de la première heure et vos numéros, à afficher au mur</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Set the damaged file aside</source>
      <translation>Mettre le fichier endommagé de côté</translation>
    </message>
  </context>
  <context>
    <name>ContactsFeature</name>
    <message>
      <source>Your &amp;contacts…</source>
      <translation>Vos &amp;contacts…</translation>
    </message>
    <message>
      <source>The numbers you call where the guidance names a role (no passphrase needed)</source>
      <translation>Les numéros à appeler là où le guide nomme un rôle (sans phrase secrète)</translation>
    </message>
  </context>
  <context>
    <name>CountriesFeature</name>
    <message>
      <source>Your &amp;country</source>
      <translation>Votre &amp;pays</translation>
    </message>
    <message>
      <source>Another country</source>
      <translation>Un autre pays</translation>
    </message>
    <message>
      <source>Compare two countries</source>
      <translation>Comparer deux pays</translation>
    </message>
    <message>
      <source>Two countries' notes side by side, for a hand-over from one to the other</source>
      <translation>Les notes de deux pays côte à côte, pour une transmission de l’un à l’autre</translation>
    </message>
  </context>
  <context>
    <name>CountryQuestion</name>
    <message>
      <source>Another country</source>
      <translation>Un autre pays</translation>
    </message>
    <message>
      <source>Which country do you work in? Sections then show how their advice works there (who to call, which body, which law).</source>
      <translation>Dans quel pays travaillez-vous ? Les sections montrent alors comment le guide s’applique dans ce pays (qui appeler, quel organisme, quelle loi).</translation>
    </message>
    <message>
      <source>Your country</source>
      <translation>Votre pays</translation>
    </message>
    <message>
      <source>Use this country</source>
      <translation>Choisir ce pays</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Plus tard</translation>
    </message>
  </context>
  <context>
    <name>Durations</name>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n heure</numerusform>
        <numerusform>%n heures</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EntryEditor</name>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>For the roles:</source>
      <translation>Pour les rôles :</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Nom :</translation>
    </message>
    <message>
      <source>Organisation:</source>
      <translation>Organisme :</translation>
    </message>
    <message>
      <source>Phone numbers (one per line):</source>
      <translation>Numéros de téléphone (un par ligne) :</translation>
    </message>
    <message>
      <source>E-mail addresses:</source>
      <translation>Adresses électroniques :</translation>
    </message>
    <message>
      <source>Hours:</source>
      <translation>Horaires :</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Note :</translation>
    </message>
    <message>
      <source>Hand-over key:</source>
      <translation>Clé de transmission :</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Non enregistré : %1</translation>
    </message>
  </context>
  <context>
    <name>ExerciseProjector</name>
    <message>
      <source>Exercise for the room — INTERACT Desktop</source>
      <translation>Exercice pour la salle — INTERACT Desktop</translation>
    </message>
    <message>
      <source>Exercise for the room</source>
      <translation>Exercice pour la salle</translation>
    </message>
    <message>
      <source>The injects revealed so far. F11: full screen; Esc: leave full screen.</source>
      <translation>Les stimuli dévoilés jusqu’ici. F11 : plein écran ; Échap : quitter le plein écran.</translation>
    </message>
    <message>
      <source>Injects revealed so far</source>
      <translation>Stimuli dévoilés jusqu’ici</translation>
    </message>
  </context>
  <context>
    <name>ExerciseView</name>
    <message>
      <source>Table-top exercise</source>
      <translation>Exercice sur table</translation>
    </message>
    <message>
      <source>Table-top exercises — INTERACT Desktop</source>
      <translation>Exercices sur table — INTERACT Desktop</translation>
    </message>
    <message>
      <source>Fictional — training exercise. Do not bring real case details into it; nothing here goes into the case notebook.</source>
      <translation>Fictif — exercice de formation. N’y introduisez aucun élément de dossier réel ; rien de ce qui est saisi ici ne va dans le carnet de suivi.</translation>
    </message>
    <message>
      <source>Start a table-top exercise</source>
      <translation>Lancer un exercice sur table</translation>
    </message>
    <message>
      <source>Scenario:</source>
      <translation>Scénario :</translation>
    </message>
    <message>
      <source>Facilitator (optional):</source>
      <translation>Animateur ou animatrice (facultatif) :</translation>
    </message>
    <message>
      <source>Group (optional):</source>
      <translation>Groupe (facultatif) :</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Scénario</translation>
    </message>
    <message>
      <source>Facilitator</source>
      <translation>Animateur ou animatrice</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>Start the exercise</source>
      <translation>Commencer l’exercice</translation>
    </message>
    <message>
      <source>Exercises run before (saved on this computer):</source>
      <translation>Exercices déjà menés (enregistrés sur cet ordinateur) :</translation>
    </message>
    <message>
      <source>Exercises run before</source>
      <translation>Exercices déjà menés</translation>
    </message>
    <message>
      <source>No exercise has been run on this computer yet. To run one, choose a scenario above and press “Start the exercise”.</source>
      <translation>Aucun exercice n’a encore été mené sur cet ordinateur. Pour en lancer un, choisissez un scénario ci-dessus et appuyez sur « Commencer l’exercice ».</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Reveal the next inject</source>
      <translation>Dévoiler le stimulus suivant</translation>
    </message>
    <message>
      <source>Give the participants the next inject now, before its time</source>
      <translation>Donner dès maintenant le stimulus suivant aux participants, avant l’heure prévue</translation>
    </message>
    <message>
      <source>Projector view</source>
      <translation>Vue pour le projecteur</translation>
    </message>
    <message>
      <source>A window for the room's screen: only the injects revealed so far, in large type (F11: full screen)</source>
      <translation>Une fenêtre pour l’écran de la salle : seulement les stimuli déjà dévoilés, en grands caractères (F11 : plein écran)</translation>
    </message>
    <message>
      <source>Finish and export debrief…</source>
      <translation>Terminer et exporter le débriefing…</translation>
    </message>
    <message>
      <source>Back to the list</source>
      <translation>Retour à la liste</translation>
    </message>
    <message>
      <source>The exercise is saved and can be resumed</source>
      <translation>L’exercice est enregistré et peut être repris</translation>
    </message>
    <message>
      <source>finished</source>
      <translation>terminé</translation>
    </message>
    <message>
      <source>open</source>
      <translation>en cours</translation>
    </message>
    <message numerus="yes">
      <source>%n decision(s)</source>
      <translation>
        <numerusform>%n décision</numerusform>
        <numerusform>%n décisions</numerusform>
      </translation>
    </message>
    <message>
      <source>These files could not be read and were left out: %1</source>
      <translation>Ces fichiers n’ont pas pu être lus et ont été laissés de côté : %1</translation>
    </message>
    <message>
      <source>Delete exercise</source>
      <translation>Supprimer l’exercice</translation>
    </message>
    <message>
      <source>Delete this exercise and the decisions recorded in it?</source>
      <translation>Supprimer cet exercice et les décisions qui y ont été notées ?</translation>
    </message>
    <message>
      <source>The exercise is finished: nothing more is revealed.</source>
      <translation>L’exercice est terminé : plus rien n’est dévoilé.</translation>
    </message>
    <message>
      <source>The exercise is finished: no more decisions are recorded.</source>
      <translation>L’exercice est terminé : plus aucune décision n’est enregistrée.</translation>
    </message>
    <message>
      <source>Write the decision first.</source>
      <translation>Écrivez d’abord la décision.</translation>
    </message>
    <message>
      <source>Time since start: %1</source>
      <translation>Temps écoulé : %1</translation>
    </message>
    <message>
      <source>The exercise is finished.</source>
      <translation>L’exercice est terminé.</translation>
    </message>
    <message>
      <source>Every inject has been revealed.</source>
      <translation>Tous les stimuli ont été dévoilés.</translation>
    </message>
    <message>
      <source>Next inject (minute %1) in %2</source>
      <translation>Stimulus suivant (minute %1) dans %2</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>Écriture de %1…</translation>
    </message>
    <message>
      <source>Debrief saved: %1</source>
      <translation>Débriefing enregistré : %1</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>Le PDF n’a pas pu être écrit : %1</translation>
    </message>
    <message>
      <source>Export the debrief as PDF</source>
      <translation>Exporter le débriefing en PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>ExercisesFeature</name>
    <message>
      <source>Table-top &amp;exercises…</source>
      <translation>&amp;Exercices sur table…</translation>
    </message>
  </context>
  <context>
    <name>ExportFeature</name>
    <message>
      <source>Print</source>
      <translation>Imprimer</translation>
    </message>
    <message>
      <source>Author of exported documents</source>
      <translation>Auteur des documents exportés</translation>
    </message>
    <message>
      <source>Name or role written as the author of exported PDFs:</source>
      <translation>Nom ou fonction indiqué comme auteur des PDF exportés :</translation>
    </message>
    <message>
      <source>Export as PDF</source>
      <translation>Exporter en PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>Écriture de %1…</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Enregistré : %1</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>Le PDF n’a pas pu être écrit : %1</translation>
    </message>
    <message>
      <source>Export this page as PDF…</source>
      <translation>Exporter cette page en PDF…</translation>
    </message>
    <message>
      <source>Export this chapter as PDF…</source>
      <translation>Exporter ce chapitre en PDF…</translation>
    </message>
    <message>
      <source>Export the whole handbook as PDF…</source>
      <translation>Exporter tout le guide en PDF…</translation>
    </message>
    <message>
      <source>Export this page as slides (PDF, 16:9)…</source>
      <translation>Exporter cette page en diapositives (PDF, 16:9)…</translation>
    </message>
    <message>
      <source>Export this chapter as slides (PDF, 16:9)…</source>
      <translation>Exporter ce chapitre en diapositives (PDF, 16:9)…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <source>Author of exported documents…</source>
      <translation>Auteur des documents exportés…</translation>
    </message>
  </context>
  <context>
    <name>ExportRegisterView</name>
    <message>
      <source>Every export of this case, as the register keeps it. Deleting the case deletes these lines too.</source>
      <translation>Chaque export de ce dossier, tel que le registre le conserve. Supprimer le dossier supprime aussi ces lignes.</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <source>For whom</source>
      <translation>Pour qui</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Variante</translation>
    </message>
    <message>
      <source>Export register of the case</source>
      <translation>Registre des exports du dossier</translation>
    </message>
    <message>
      <source>Case report (PDF)</source>
      <translation>Rapport de dossier (PDF)</translation>
    </message>
    <message>
      <source>Subject access (JSON)</source>
      <translation>Droit d’accès (JSON)</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Sauvegarde</translation>
    </message>
    <message>
      <source>Hand-over packet sent</source>
      <translation>Paquet de transmission envoyé</translation>
    </message>
    <message>
      <source>Hand-over packet received</source>
      <translation>Paquet de transmission reçu</translation>
    </message>
    <message>
      <source>Hand-over (PDF)</source>
      <translation>Transmission (PDF)</translation>
    </message>
    <message>
      <source>Full</source>
      <translation>Complet</translation>
    </message>
    <message>
      <source>Hand-over</source>
      <translation>Transmission</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Statistiques</translation>
    </message>
  </context>
  <context>
    <name>FlowchartPane</name>
    <message>
      <source>Start guided response</source>
      <translation>Démarrer l’intervention guidée</translation>
    </message>
    <message>
      <source>Go through the flowchart step by step, with the time left for each step</source>
      <translation>Suivre le logigramme étape par étape, avec le temps restant pour chaque étape</translation>
    </message>
    <message>
      <source>Zoom in (%1)</source>
      <translation>Agrandir (%1)</translation>
    </message>
    <message>
      <source>Zoom out (%1)</source>
      <translation>Réduire (%1)</translation>
    </message>
    <message>
      <source>Whole flowchart (%1)</source>
      <translation>Logigramme entier (%1)</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Agrandir</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Réduire</translation>
    </message>
    <message>
      <source>Whole flowchart</source>
      <translation>Logigramme entier</translation>
    </message>
  </context>
  <context>
    <name>FlowchartView</name>
    <message>
      <source>Within %1</source>
      <translation>Dans un délai de %1</translation>
    </message>
    <message>
      <source>Flowchart diagram</source>
      <translation>Logigramme en diagramme</translation>
    </message>
    <message>
      <source>Tab moves between the steps; Enter opens the guidance of a step.</source>
      <translation>Tab passe d’une étape à l’autre ; Entrée ouvre le guide à cette étape.</translation>
    </message>
  </context>
  <context>
    <name>FlowchartsFeature</name>
    <message>
      <source>Guided response running: %1</source>
      <translation>Intervention guidée en cours : %1</translation>
    </message>
    <message>
      <source>Back to the response</source>
      <translation>Revenir à l’intervention</translation>
    </message>
    <message>
      <source>Summary for the police</source>
      <translation>Résumé pour la police</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Enregistré : %1</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>Le PDF n’a pas pu être écrit : %1</translation>
    </message>
  </context>
  <context>
    <name>GuidedPanel</name>
    <message>
      <source>Counting from %1, when the absence was noticed</source>
      <translation>Les délais courent depuis le %1, moment où l’absence a été constatée</translation>
    </message>
    <message>
      <source>Recording in case %1</source>
      <translation>Enregistrement dans le dossier %1</translation>
    </message>
    <message>
      <source>The notebook is locked: the steps from now on are not recorded.</source>
      <translation>Le carnet est verrouillé : les étapes suivantes ne sont pas enregistrées.</translation>
    </message>
    <message>
      <source>Steps are not recorded. To record them in a case's timeline, open the case in the notebook before starting.</source>
      <translation>Les étapes ne sont pas enregistrées. Pour les inscrire dans la chronologie d’un dossier, ouvrez ce dossier dans le carnet avant de commencer.</translation>
    </message>
    <message>
      <source>In %1 only</source>
      <translation>%1 seulement</translation>
    </message>
    <message>
      <source>In %1 and %2</source>
      <translation>%1 et %2</translation>
    </message>
    <message>
      <source>That time is in the future. Enter when the absence was noticed.</source>
      <translation>Cette heure est dans le futur. Indiquez quand l’absence a été constatée.</translation>
    </message>
    <message>
      <source>Who: %1</source>
      <translation>Qui : %1</translation>
    </message>
    <message>
      <source>End of the flowchart. The steps are listed below.</source>
      <translation>Fin du logigramme. Les étapes sont listées ci-dessous.</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <source>Overdue by %1</source>
      <translation>En retard de %1</translation>
    </message>
    <message>
      <source>Due in %1</source>
      <translation>Reste %1</translation>
    </message>
    <message>
      <source>%1 d %2 h</source>
      <translation>%1 j %2 h</translation>
    </message>
    <message>
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>Guided response</source>
      <translation>Intervention guidée</translation>
    </message>
    <message>
      <source>Counting from:</source>
      <translation>À compter de :</translation>
    </message>
    <message>
      <source>When the absence was noticed: the guide's deadlines count from then</source>
      <translation>Quand l’absence a été constatée : les délais du guide courent à partir de ce moment</translation>
    </message>
    <message>
      <source>Counting from</source>
      <translation>À compter de</translation>
    </message>
    <message>
      <source>Just now</source>
      <translation>À l’instant</translation>
    </message>
    <message>
      <source>%1 min ago</source>
      <translation>Il y a %1 min</translation>
    </message>
    <message>
      <source>Time since then:</source>
      <translation>Temps écoulé :</translation>
    </message>
    <message>
      <source>Steps taken</source>
      <translation>Étapes franchies</translation>
    </message>
    <message>
      <source>Stop guided response</source>
      <translation>Arrêter l’intervention guidée</translation>
    </message>
    <message>
      <source>Summary for the police…</source>
      <translation>Résumé pour la police…</translation>
    </message>
    <message>
      <source>One page for the police: what happened when, what they need, your contacts</source>
      <translation>Une page pour la police : ce qui s’est passé et quand, ce dont elle a besoin, vos contacts</translation>
    </message>
    <message>
      <source>Summary for the police</source>
      <translation>Résumé pour la police</translation>
    </message>
  </context>
  <context>
    <name>HandoverDialog</name>
    <message>
      <source>Hand over to a colleague</source>
      <translation>Transmettre à un homologue</translation>
    </message>
    <message>
      <source>An encrypted packet that only your colleague's app opens, and a PDF in your language and theirs. Choose what goes: only what they need.</source>
      <translation>Un paquet chiffré que seule l’application de votre homologue ouvre, et un PDF dans votre langue et la sienne. Choisissez ce qui part : uniquement ce dont il a besoin.</translation>
    </message>
    <message>
      <source>What goes</source>
      <translation>Ce qui part</translation>
    </message>
    <message>
      <source>Summary of the case</source>
      <translation>Résumé du dossier</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Chronologie</translation>
    </message>
    <message>
      <source>Checklists</source>
      <translation>Listes de contrôle</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Leave out</source>
      <translation>Omettre</translation>
    </message>
    <message>
      <source>Reference, tags and register (hand-over)</source>
      <translation>Référence, étiquettes et registre (transmission)</translation>
    </message>
    <message>
      <source>Nothing (full)</source>
      <translation>Rien (complet)</translation>
    </message>
    <message>
      <source>To whom, why, on which basis</source>
      <translation>À qui, pourquoi, sur quelle base</translation>
    </message>
    <message>
      <source>Their language</source>
      <translation>Langue du destinataire</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Votre nom</translation>
    </message>
    <message>
      <source>Your organisation</source>
      <translation>Votre organisme</translation>
    </message>
    <message>
      <source>Your country</source>
      <translation>Votre pays</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Finalité</translation>
    </message>
    <message>
      <source>Lawful basis</source>
      <translation>Base légale</translation>
    </message>
    <message>
      <source>Basis in your words</source>
      <translation>Base dans vos propres mots</translation>
    </message>
    <message>
      <source>Name and organisation (required)</source>
      <translation>Nom et organisme (obligatoire)</translation>
    </message>
    <message>
      <source>Why they need it (required)</source>
      <translation>Pourquoi le destinataire en a besoin (obligatoire)</translation>
    </message>
    <message>
      <source>The law and article, if you know them</source>
      <translation>La loi et l’article, si vous les connaissez</translation>
    </message>
    <message>
      <source>Another basis (type it below)</source>
      <translation>Une autre base (saisissez-la ci-dessous)</translation>
    </message>
    <message>
      <source>Choose the basis (required)</source>
      <translation>Choisissez la base (obligatoire)</translation>
    </message>
    <message>
      <source>Sealed for</source>
      <translation>Chiffré pour</translation>
    </message>
    <message>
      <source>Their hand-over key</source>
      <translation>La clé de transmission du destinataire</translation>
    </message>
    <message>
      <source>From your contacts…</source>
      <translation>Depuis vos contacts…</translation>
    </message>
    <message>
      <source>Hand-over key from your contacts</source>
      <translation>Clé de transmission depuis vos contacts</translation>
    </message>
    <message>
      <source>A one-time passphrase, shown once, to give them by phone</source>
      <translation>Une phrase secrète à usage unique, affichée une seule fois, à communiquer par téléphone</translation>
    </message>
    <message>
      <source>Also write the PDF in both languages</source>
      <translation>Écrire aussi le PDF dans les deux langues</translation>
    </message>
    <message>
      <source>Hand over…</source>
      <translation>Transmettre…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Paste your colleague's hand-over key.</source>
      <translation>Collez la clé de transmission de votre homologue.</translation>
    </message>
    <message>
      <source>This is not a complete hand-over key: it starts with age1.</source>
      <translation>Ce n’est pas une clé de transmission complète : elle commence par age1.</translation>
    </message>
    <message>
      <source>Choose the lawful basis.</source>
      <translation>Choisissez la base légale.</translation>
    </message>
    <message>
      <source>Type the lawful basis.</source>
      <translation>Saisissez la base légale.</translation>
    </message>
  </context>
  <context>
    <name>HandoverImporter</name>
    <message>
      <source>Nothing was imported.</source>
      <translation>Rien n’a été importé.</translation>
    </message>
    <message>
      <source>This file is not a hand-over packet.</source>
      <translation>Ce fichier n’est pas un paquet de transmission.</translation>
    </message>
    <message>
      <source>This hand-over packet is incomplete: the file ends before the packet does (a copy or a download was cut short). Ask the sender to send it again.</source>
      <translation>Ce paquet de transmission est incomplet : le fichier s’arrête avant la fin du paquet (une copie ou un téléchargement a été interrompu). Demandez à l’expéditeur de le renvoyer.</translation>
    </message>
    <message>
      <source>This hand-over packet has been altered or damaged since it was sealed. Ask the sender to send it again.</source>
      <translation>Ce paquet de transmission a été modifié ou endommagé depuis son chiffrement. Demandez à l’expéditeur de le renvoyer.</translation>
    </message>
    <message>
      <source>This hand-over packet was sealed to another hand-over key, not to this installation's. Check that the sender used your key.</source>
      <translation>Ce paquet de transmission a été chiffré pour une autre clé de transmission, pas pour celle de cette installation. Vérifiez que l’expéditeur a utilisé votre clé.</translation>
    </message>
    <message>
      <source>The one-time passphrase does not open this hand-over packet. Check the words with the sender and try again.</source>
      <translation>La phrase secrète à usage unique n’ouvre pas ce paquet de transmission. Vérifiez les mots avec l’expéditeur et réessayez.</translation>
    </message>
    <message>
      <source>This hand-over packet was made by a newer version of the app. Update the app to open it.</source>
      <translation>Ce paquet de transmission a été créé par une version plus récente de l’application. Mettez l’application à jour pour l’ouvrir.</translation>
    </message>
    <message>
      <source>This hand-over packet cannot be used: %1</source>
      <translation>Ce paquet de transmission est inutilisable : %1</translation>
    </message>
    <message>
      <source>the file is far larger than a hand-over packet</source>
      <translation>le fichier est bien plus gros qu’un paquet de transmission</translation>
    </message>
    <message>
      <source>The file could not be read: %1</source>
      <translation>Le fichier n’a pas pu être lu : %1</translation>
    </message>
    <message>
      <source>Hand-over packet</source>
      <translation>Paquet de transmission</translation>
    </message>
    <message>
      <source>This packet is sealed with a one-time passphrase. Type the words the sender gave you:</source>
      <translation>Ce paquet est chiffré avec une phrase secrète à usage unique. Saisissez les mots que l’expéditeur vous a donnés :</translation>
    </message>
    <message>
      <source>The case could not be created: %1</source>
      <translation>Le dossier n’a pas pu être créé : %1</translation>
    </message>
  </context>
  <context>
    <name>HandoverKeyDialog</name>
    <message>
      <source>Your hand-over key</source>
      <translation>Votre clé de transmission</translation>
    </message>
    <message>
      <source>Give this key to colleagues who will hand cases over to you: packets sealed to it open only in this app, with your notebook. It is not secret.</source>
      <translation>Donnez cette clé aux homologues qui vous transmettront des dossiers : les paquets chiffrés pour elle ne s’ouvrent que dans cette application, avec votre carnet. Elle n’est pas secrète.</translation>
    </message>
    <message>
      <source>Copy the key</source>
      <translation>Copier la clé</translation>
    </message>
    <message>
      <source>The key as a QR code</source>
      <translation>La clé en code QR</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
  </context>
  <context>
    <name>HandoverPreview</name>
    <message>
      <source>Hand-over packet</source>
      <translation>Paquet de transmission</translation>
    </message>
    <message>
      <source>Check where this comes from before you take it in. Accepting makes it a new case in your notebook; nothing is kept otherwise.</source>
      <translation>Vérifiez d’où cela provient avant de le reprendre. L’accepter en fait un nouveau dossier dans votre carnet ; sinon, rien n’est conservé.</translation>
    </message>
    <message>
      <source>What the packet holds</source>
      <translation>Contenu du paquet</translation>
    </message>
    <message>
      <source>Create the case</source>
      <translation>Créer le dossier</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>HandoverSender</name>
    <message>
      <source>Hand over to a colleague</source>
      <translation>Transmettre à un homologue</translation>
    </message>
    <message>
      <source>Hand-over packets (*%1)</source>
      <translation>Paquets de transmission (*%1)</translation>
    </message>
    <message>
      <source>Sealing the packet…</source>
      <translation>Chiffrement du paquet…</translation>
    </message>
    <message>
      <source>the notebook was locked</source>
      <translation>le carnet a été verrouillé</translation>
    </message>
    <message>
      <source>The hand-over could not be entered in the register (%1), so its files were removed. Hand it over again.</source>
      <translation>La transmission n’a pas pu être inscrite au registre (%1) ; ses fichiers ont donc été supprimés. Recommencez la transmission.</translation>
    </message>
    <message>
      <source>One-time passphrase</source>
      <translation>Phrase secrète à usage unique</translation>
    </message>
    <message>
      <source>Give these words to your colleague by another channel, such as a phone call, never with the packet. They are shown only now.</source>
      <translation>Communiquez ces mots à votre homologue par un autre canal, par exemple par téléphone, jamais avec le paquet. Ils ne sont affichés que maintenant.</translation>
    </message>
    <message>
      <source>The hand-over could not be written: %1</source>
      <translation>La transmission n’a pas pu être écrite : %1</translation>
    </message>
  </context>
  <context>
    <name>HelpController</name>
    <message>
      <source>Some parts of the handbook could not be read: see Help &gt; Content problems.</source>
      <translation>Certaines parties du guide n’ont pas pu être lues : voir Aide &gt; Problèmes de contenu.</translation>
    </message>
    <message>
      <source>About INTERACT Desktop</source>
      <translation>À propos d’INTERACT Desktop</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;INTERACT Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline guidance for professionals who protect children in migration from going missing and from trafficking.&lt;/p&gt;&lt;p&gt;It works without a network connection. The text is an independent guide; see the page “About this content”.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;INTERACT Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un guide hors ligne pour les professionnels qui protègent les enfants en migration contre la disparition et la traite.&lt;/p&gt;&lt;p&gt;L’application fonctionne sans connexion réseau. Le texte est un guide indépendant ; voir la page « À propos de ce contenu ».&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Content problems</source>
      <translation>Problèmes de contenu</translation>
    </message>
    <message numerus="yes">
      <source>%n part(s) of the handbook could not be read and are left out.</source>
      <translation>
        <numerusform>%n partie du guide n’a pas pu être lue et a été laissée de côté.</numerusform>
        <numerusform>%n parties du guide n’ont pas pu être lues et ont été laissées de côté.</numerusform>
      </translation>
    </message>
    <message>
      <source>The rest of the guidance is complete and can be used.</source>
      <translation>Le reste du guide est complet et utilisable.</translation>
    </message>
    <message>
      <source>&amp;Getting started</source>
      <translation>Prise en &amp;main</translation>
    </message>
    <message>
      <source>&amp;About INTERACT Desktop</source>
      <translation>À &amp;propos d’INTERACT Desktop</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <source>Content &amp;problems</source>
      <translation>Problèmes de &amp;contenu</translation>
    </message>
  </context>
  <context>
    <name>HomeFeature</name>
    <message>
      <source>Start</source>
      <translation>Accueil</translation>
    </message>
    <message>
      <source>Continue where I was: %1</source>
      <translation>Reprendre où j’en étais : %1</translation>
    </message>
    <message>
      <source>Start page</source>
      <translation>Page d’accueil</translation>
    </message>
    <message>
      <source>The start page (%1)</source>
      <translation>La page d’accueil (%1)</translation>
    </message>
    <message>
      <source>What do you need to do?</source>
      <translation>Que devez-vous faire ?</translation>
    </message>
    <message>
      <source>A child is missing now</source>
      <translation>Un enfant a disparu</translation>
    </message>
    <message>
      <source>A child was found</source>
      <translation>Un enfant a été retrouvé</translation>
    </message>
    <message>
      <source>Signs a child crossed a border</source>
      <translation>Indices qu’un enfant a franchi une frontière</translation>
    </message>
    <message>
      <source>Fill in a checklist</source>
      <translation>Remplir une liste de contrôle</translation>
    </message>
    <message>
      <source>Starts the guided response: the first steps, with their deadlines</source>
      <translation>Lance l’intervention guidée : les premières étapes, avec leurs délais</translation>
    </message>
    <message>
      <source>Search the guide</source>
      <translation>Rechercher dans le guide</translation>
    </message>
    <message>
      <source>Recent pages</source>
      <translation>Pages récentes</translation>
    </message>
    <message>
      <source>The pages you read will be listed here. To start, choose a task above, search the guide or open the Contents on the left.</source>
      <translation>Les pages que vous lisez s’afficheront ici. Pour commencer, choisissez une tâche ci-dessus, cherchez dans le guide ou ouvrez le Sommaire à gauche.</translation>
    </message>
    <message>
      <source>No cases yet. To keep notes on a child, open the notebook and choose “New case…”.</source>
      <translation>Aucun dossier pour l’instant. Pour prendre des notes sur un enfant, ouvrez le carnet et choisissez « Nouveau dossier… ».</translation>
    </message>
    <message>
      <source>Recent cases</source>
      <translation>Dossiers récents</translation>
    </message>
    <message>
      <source>For trainers</source>
      <translation>Pour les formateurs</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Présenter</translation>
    </message>
    <message>
      <source>Run an exercise</source>
      <translation>Animer un exercice</translation>
    </message>
    <message>
      <source>New here? Getting started</source>
      <translation>Première utilisation ? Prise en main</translation>
    </message>
    <message>
      <source>How to find your way around the app, in five minutes</source>
      <translation>Comment se repérer dans l’application, en cinq minutes</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <source>Import contacts</source>
      <translation>Importer des contacts</translation>
    </message>
    <message numerus="yes">
      <source>New entries: %n</source>
      <translation>
        <numerusform>Nouveau contact : %n</numerusform>
        <numerusform>Nouveaux contacts : %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Entries this file would change: %n</source>
      <translation>
        <numerusform>Contact que ce fichier modifierait : %n</numerusform>
        <numerusform>Contacts que ce fichier modifierait : %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Tick the changes to make; the others stay as now.</source>
      <translation>Cochez les modifications à faire ; les autres restent telles quelles.</translation>
    </message>
    <message numerus="yes">
      <source>Not imported: %n</source>
      <translation>
        <numerusform>Non importée : %n fiche</numerusform>
        <numerusform>Non importées : %n fiches</numerusform>
      </translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
  </context>
  <context>
    <name>InjectBox</name>
    <message>
      <source>Minute %1</source>
      <translation>Minute %1</translation>
    </message>
    <message>
      <source>revealed to the room at %1</source>
      <translation>dévoilé à la salle à %1</translation>
    </message>
    <message>
      <source>Sections this tests</source>
      <translation>Sections mises à l’épreuve</translation>
    </message>
    <message>
      <source>Group or participant:</source>
      <translation>Groupe ou participant :</translation>
    </message>
    <message>
      <source>Decision:</source>
      <translation>Décision :</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Noter</translation>
    </message>
    <message>
      <source>Decision on this inject</source>
      <translation>Décision sur ce stimulus</translation>
    </message>
    <message>
      <source>Group or participant</source>
      <translation>Groupe ou participant</translation>
    </message>
    <message>
      <source>Decisions recorded</source>
      <translation>Décisions notées</translation>
    </message>
    <message>
      <source>No decision recorded yet.</source>
      <translation>Aucune décision notée pour l’instant.</translation>
    </message>
  </context>
  <context>
    <name>LockReport</name>
    <message>
      <source>The notebook is locked, but the disk is full.</source>
      <translation>Le carnet est verrouillé, mais le disque est plein.</translation>
    </message>
    <message>
      <source>The notebook is locked, but its disk is read-only.</source>
      <translation>Le carnet est verrouillé, mais son disque est en lecture seule.</translation>
    </message>
    <message>
      <source>The notebook is locked, but this account may not write to its folder.</source>
      <translation>Le carnet est verrouillé, mais ce compte n’a pas le droit d’écrire dans son dossier.</translation>
    </message>
    <message>
      <source>The notebook is locked, but the disk reported a write error.</source>
      <translation>Le carnet est verrouillé, mais le disque a signalé une erreur d’écriture.</translation>
    </message>
    <message>
      <source>The notebook is locked, but its file looks damaged.</source>
      <translation>Le carnet est verrouillé, mais son fichier semble endommagé.</translation>
    </message>
    <message>
      <source>The notebook is locked, but its file could not be written.</source>
      <translation>Le carnet est verrouillé, mais son fichier n’a pas pu être écrit.</translation>
    </message>
    <message>
      <source>Changes saved before the lock are kept as far as the file allows. Unlock the notebook to see what it holds, or restore your latest backup.</source>
      <translation>Les modifications enregistrées avant le verrouillage sont conservées autant que le fichier le permet. Déverrouillez le carnet pour voir ce qu’il contient, ou restaurez votre dernière sauvegarde.</translation>
    </message>
    <message>
      <source>Every change saved before the lock is kept: it is written into the notebook the next time the notebook is unlocked.</source>
      <translation>Toute modification enregistrée avant le verrouillage est conservée : elle sera écrite dans le carnet à son prochain déverrouillage.</translation>
    </message>
    <message>
      <source>the note being written</source>
      <translation>la note en cours de rédaction</translation>
    </message>
    <message>
      <source>the case details being edited</source>
      <translation>les données du dossier en cours de modification</translation>
    </message>
    <message>
      <source>the checklist being filled in</source>
      <translation>la liste de contrôle en cours de remplissage</translation>
    </message>
    <message>
      <source>The last changes to %1 could not be saved and are not in the notebook.</source>
      <translation>Les dernières modifications de %1 n’ont pas pu être enregistrées et ne sont pas dans le carnet.</translation>
    </message>
    <message>
      <source>Free some space on the disk, then unlock the notebook.</source>
      <translation>Libérez de l’espace sur le disque, puis déverrouillez le carnet.</translation>
    </message>
    <message>
      <source>Make the disk writable again (a write-protect switch, or a disk the system mounted read-only), then unlock the notebook.</source>
      <translation>Rendez le disque de nouveau accessible en écriture (un verrou de protection, ou un disque que le système a monté en lecture seule), puis déverrouillez le carnet.</translation>
    </message>
    <message>
      <source>Ask whoever manages this computer to let your account write to the notebook's folder, then unlock the notebook.</source>
      <translation>Demandez à la personne qui gère cet ordinateur d’autoriser votre compte à écrire dans le dossier du carnet, puis déverrouillez le carnet.</translation>
    </message>
    <message>
      <source>Check the disk, then unlock the notebook.</source>
      <translation>Vérifiez le disque, puis déverrouillez le carnet.</translation>
    </message>
    <message>
      <source>The system said: %1</source>
      <translation>Message du système : %1</translation>
    </message>
    <message>
      <source>Notebook locked</source>
      <translation>Carnet verrouillé</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>A&amp;ller à</translation>
    </message>
    <message>
      <source>&amp;Bookmarks</source>
      <translation>&amp;Signets</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Aid&amp;e</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>Show the side&amp;bar</source>
      <translation>Afficher la &amp;barre latérale</translation>
    </message>
    <message>
      <source>Show or hide the sidebar: contents, search, bookmarks (%1)</source>
      <translation>Afficher ou masquer la barre latérale : sommaire, recherche, signets (%1)</translation>
    </message>
    <message>
      <source>INTERACT Desktop</source>
      <translation>INTERACT Desktop</translation>
    </message>
  </context>
  <context>
    <name>NotebookBackup</name>
    <message>
      <source>Back up the notebook</source>
      <translation>Sauvegarder le carnet</translation>
    </message>
    <message>
      <source>Notebook backups (*.backup)</source>
      <translation>Sauvegardes du carnet (*.backup)</translation>
    </message>
    <message>
      <source>The backup could not be written: %1</source>
      <translation>La sauvegarde n’a pas pu être écrite : %1</translation>
    </message>
    <message>
      <source>The notebook was copied to %1. The copy is encrypted: only the notebook's passphrase opens it. Keep it somewhere as safe as this computer.</source>
      <translation>Le carnet a été copié dans %1. La copie est chiffrée : seule la phrase secrète du carnet l’ouvre. Conservez-la dans un endroit aussi sûr que cet ordinateur.</translation>
    </message>
  </context>
  <context>
    <name>NotebookBusy</name>
    <message>
      <source>Case notebook in use</source>
      <translation>Carnet utilisé ailleurs</translation>
    </message>
    <message>
      <source>A notebook command (a restore, a backup or a check) is using the case notebook. The guidance stays open; close this window and start the app again when the command has finished before you open the notebook.</source>
      <translation>Une commande du carnet (restauration, sauvegarde ou vérification) utilise le carnet. Le guide reste ouvert ; fermez cette fenêtre et relancez l’application quand la commande est terminée, avant d’ouvrir le carnet.</translation>
    </message>
  </context>
  <context>
    <name>NotebookFeature</name>
    <message>
      <source>Unlock the notebook to make your hand-over key: it is kept in it.</source>
      <translation>Déverrouillez le carnet pour créer votre clé de transmission : elle y est conservée.</translation>
    </message>
    <message>
      <source>Unlock the notebook to open a hand-over packet: it becomes a case in it.</source>
      <translation>Déverrouillez le carnet pour ouvrir un paquet de transmission : il y deviendra un dossier.</translation>
    </message>
    <message>
      <source>Open hand-over packet</source>
      <translation>Ouvrir un paquet de transmission</translation>
    </message>
    <message>
      <source>Hand-over packets (*%1)</source>
      <translation>Paquets de transmission (*%1)</translation>
    </message>
    <message>
      <source>Checklists moved</source>
      <translation>Listes de contrôle déplacées</translation>
    </message>
    <message numerus="yes">
      <source>%n checklist(s) filled in before the notebook existed are now kept in it, encrypted. Their unencrypted files were removed.</source>
      <translation>
        <numerusform>%n liste de contrôle remplie avant la création du carnet y est désormais conservée, chiffrée. Son fichier non chiffré a été supprimé.</numerusform>
        <numerusform>%n listes de contrôle remplies avant la création du carnet y sont désormais conservées, chiffrées. Leurs fichiers non chiffrés ont été supprimés.</numerusform>
      </translation>
    </message>
    <message>
      <source>Notebook</source>
      <translation>Carnet</translation>
    </message>
    <message>
      <source>&amp;Notebook</source>
      <translation>&amp;Carnet</translation>
    </message>
    <message>
      <source>Open the notebook</source>
      <translation>Ouvrir le carnet</translation>
    </message>
    <message>
      <source>&amp;Lock the notebook</source>
      <translation>&amp;Verrouiller le carnet</translation>
    </message>
    <message>
      <source>Back up the notebook…</source>
      <translation>Sauvegarder le carnet…</translation>
    </message>
    <message>
      <source>Open &amp;hand-over packet…</source>
      <translation>Ouvrir un &amp;paquet de transmission…</translation>
    </message>
    <message>
      <source>Your hand-over key…</source>
      <translation>Votre clé de transmission…</translation>
    </message>
    <message>
      <source>The case notebook keeps notes and a timeline for each case, encrypted on this computer. Cases have a reference, never a name. It locks itself when the app is not used for a while, and with Ctrl+L.</source>
      <translation>Le carnet de suivi garde des notes et une chronologie pour chaque dossier, chiffrées sur cet ordinateur. Un dossier a une référence, jamais un nom. Le carnet se verrouille de lui-même quand l’application reste inutilisée un moment, et avec Ctrl+L.</translation>
    </message>
    <message>
      <source>Lock now</source>
      <translation>Verrouiller maintenant</translation>
    </message>
  </context>
  <context>
    <name>NotebookView</name>
    <message>
      <source>Case notebook</source>
      <translation>Carnet de suivi</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Verrouiller</translation>
    </message>
    <message>
      <source>Lock the notebook now (%1)</source>
      <translation>Verrouiller le carnet maintenant (%1)</translation>
    </message>
    <message>
      <source>Lock after</source>
      <translation>Verrouiller après</translation>
    </message>
    <message>
      <source>min idle</source>
      <translation>min d’inactivité</translation>
    </message>
    <message>
      <source>Minutes without use before the notebook locks</source>
      <translation>Minutes sans utilisation avant le verrouillage du carnet</translation>
    </message>
    <message>
      <source>Search the notebook</source>
      <translation>Rechercher dans le carnet</translation>
    </message>
    <message>
      <source>Notebook search results</source>
      <translation>Résultats de recherche dans le carnet</translation>
    </message>
    <message>
      <source>Filter cases</source>
      <translation>Filtrer les dossiers</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <source>New case…</source>
      <translation>Nouveau dossier…</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Chronologie</translation>
    </message>
    <message>
      <source>Checklists</source>
      <translation>Listes de contrôle</translation>
    </message>
    <message>
      <source>Notes of this case</source>
      <translation>Notes de ce dossier</translation>
    </message>
    <message>
      <source>New note</source>
      <translation>Nouvelle note</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Write the note here. Markdown works: # heading, **bold**, - list.</source>
      <translation>Écrivez la note ici. Le Markdown fonctionne : # titre, **gras**, - liste.</translation>
    </message>
    <message>
      <source>Note preview</source>
      <translation>Aperçu de la note</translation>
    </message>
    <message>
      <source>Timeline of the case</source>
      <translation>Chronologie du dossier</translation>
    </message>
    <message>
      <source>Date and time of the entry</source>
      <translation>Date et heure de l’entrée</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Ce qui s’est passé</translation>
    </message>
    <message>
      <source>Add to timeline</source>
      <translation>Ajouter à la chronologie</translation>
    </message>
    <message>
      <source>This passphrase does not open the notebook. Check the keyboard language and Caps Lock, then try again.</source>
      <translation>Cette phrase secrète n’ouvre pas le carnet. Vérifiez la langue du clavier et le verrouillage des majuscules, puis réessayez.</translation>
    </message>
    <message>
      <source>The notebook could not be opened: %1</source>
      <translation>Le carnet n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
      <source>No cases yet. To keep notes on a child, choose “New case…” at the bottom left: a reference of your own is enough, no name.</source>
      <translation>Aucun dossier pour l’instant. Pour prendre des notes sur un enfant, choisissez « Nouveau dossier… » en bas à gauche : une référence à vous suffit, aucun nom.</translation>
    </message>
    <message>
      <source>Choose a case on the left, or create a new one.</source>
      <translation>Choisissez un dossier à gauche, ou créez-en un nouveau.</translation>
    </message>
    <message>
      <source>New case</source>
      <translation>Nouveau dossier</translation>
    </message>
    <message>
      <source>Reference for the case, for example a file number or a code of your own.
Use a pseudonymous reference: no real name is needed, and none should be used here.</source>
      <translation>Référence du dossier, par exemple un numéro de dossier ou un code à vous.
Utilisez une référence pseudonyme : aucun vrai nom n’est nécessaire, et aucun ne doit figurer ici.</translation>
    </message>
    <message>
      <source>The note could not be saved: %1</source>
      <translation>La note n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
      <source>Saved at %1</source>
      <translation>Enregistré à %1</translation>
    </message>
    <message>
      <source>note</source>
      <translation>note</translation>
    </message>
    <message>
      <source>checklist finalised</source>
      <translation>liste de contrôle finalisée</translation>
    </message>
    <message>
      <source>export</source>
      <translation>export</translation>
    </message>
    <message>
      <source>flowchart step</source>
      <translation>étape du logigramme</translation>
    </message>
    <message>
      <source>Nothing found in the notebook.</source>
      <translation>Rien trouvé dans le carnet.</translation>
    </message>
  </context>
  <context>
    <name>PageTexts</name>
    <message>
      <source>Fill in this checklist</source>
      <translation>Remplir cette liste de contrôle</translation>
    </message>
    <message>
      <source>Minute %1</source>
      <translation>Minute %1</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>Sections this tests</source>
      <translation>Sections mises à l’épreuve</translation>
    </message>
    <message>
      <source>Run this exercise</source>
      <translation>Mener cet exercice</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Glossaire</translation>
    </message>
    <message>
      <source>%1: how this works there (below)</source>
      <translation>%1 : comment cela fonctionne sur place (ci-dessous)</translation>
    </message>
    <message>
      <source>Another country:</source>
      <translation>Un autre pays :</translation>
    </message>
    <message>
      <source>How this works in:</source>
      <translation>Comment cela fonctionne en/au :</translation>
    </message>
    <message>
      <source>Compare two countries</source>
      <translation>Comparer deux pays</translation>
    </message>
    <message>
      <source>show instead:</source>
      <translation>afficher à la place :</translation>
    </message>
    <message>
      <source>%1 and %2 compared</source>
      <translation>%1 et %2 comparés</translation>
    </message>
    <message>
      <source>Checklists</source>
      <translation>Listes de contrôle</translation>
    </message>
    <message>
      <source>Flowcharts</source>
      <translation>Logigrammes</translation>
    </message>
    <message>
      <source>Exercises</source>
      <translation>Exercices</translation>
    </message>
  </context>
  <context>
    <name>PresenterConsole</name>
    <message>
      <source>End of the presentation</source>
      <translation>Fin de la présentation</translation>
    </message>
    <message>
      <source>Presenter console</source>
      <translation>Console du présentateur</translation>
    </message>
    <message>
      <source>Next slide</source>
      <translation>Diapositive suivante</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Right, Space, Page Down: next · Left, Backspace, Page Up: back · Home, End: first, last · L: reading or second language · Esc: end</source>
      <translation>Droite, Espace, Page suivante : suivante · Gauche, Retour arrière, Page précédente : retour · Début, Fin : première, dernière · L : langue de lecture ou deuxième langue · Échap : fin</translation>
    </message>
  </context>
  <context>
    <name>PresenterFeature</name>
    <message>
      <source>No second language is chosen. Choose one under Side by side (F4) in the window, then press L to switch.</source>
      <translation>Aucune deuxième langue n’est choisie. Choisissez-en une sous Côte à côte (F4) dans la fenêtre, puis appuyez sur L pour changer.</translation>
    </message>
    <message>
      <source>Preparing the slides of the whole handbook…</source>
      <translation>Préparation des diapositives de tout le guide…</translation>
    </message>
    <message>
      <source>The slides could not be made: %1</source>
      <translation>Les diapositives n’ont pas pu être créées : %1</translation>
    </message>
    <message>
      <source>Present this page as slides</source>
      <translation>Présenter cette page en diapositives</translation>
    </message>
    <message>
      <source>Show this page as slides, full screen (%1)</source>
      <translation>Afficher cette page en diapositives, en plein écran (%1)</translation>
    </message>
    <message>
      <source>Present this chapter as slides</source>
      <translation>Présenter ce chapitre en diapositives</translation>
    </message>
    <message>
      <source>Show the chapter of this page as slides, full screen (%1)</source>
      <translation>Afficher le chapitre de cette page en diapositives, en plein écran (%1)</translation>
    </message>
    <message>
      <source>Present the whole handbook as slides</source>
      <translation>Présenter tout le guide en diapositives</translation>
    </message>
    <message>
      <source>Show every chapter as slides, full screen (%1)</source>
      <translation>Afficher tous les chapitres en diapositives, en plein écran (%1)</translation>
    </message>
  </context>
  <context>
    <name>PresenterView</name>
    <message>
      <source>Presentation</source>
      <translation>Présentation</translation>
    </message>
    <message>
      <source>Slide text</source>
      <translation>Texte de la diapositive</translation>
    </message>
    <message>
      <source>Slide %1 of %2. Arrow keys move, Esc leaves, L switches between the reading language and the second language.</source>
      <translation>Diapositive %1 sur %2. Les flèches font défiler, Échap quitte, L passe de la langue de lecture à la deuxième langue.</translation>
    </message>
  </context>
  <context>
    <name>ReaderFeature</name>
    <message>
      <source>Guidance text in a second language</source>
      <translation>Texte du guide dans une deuxième langue</translation>
    </message>
    <message>
      <source>This page is not in the handbook: %1</source>
      <translation>Cette page ne figure pas dans le guide : %1</translation>
    </message>
    <message>
      <source>+%n more</source>
      <translation>+%n autres</translation>
    </message>
    <message>
      <source>Bookmarks</source>
      <translation>Signets</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Sommaire</translation>
    </message>
    <message>
      <source>Next match in page</source>
      <translation>Occurrence suivante dans la page</translation>
    </message>
    <message>
      <source>Previous match in page</source>
      <translation>Occurrence précédente dans la page</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Précédent</translation>
    </message>
    <message>
      <source>Back to the previous page (%1)</source>
      <translation>Revenir à la page précédente (%1)</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Suivant</translation>
    </message>
    <message>
      <source>Forward to the next page (%1)</source>
      <translation>Aller à la page suivante (%1)</translation>
    </message>
    <message>
      <source>Larger text</source>
      <translation>Texte plus grand</translation>
    </message>
    <message>
      <source>Smaller text</source>
      <translation>Texte plus petit</translation>
    </message>
    <message>
      <source>Normal text size</source>
      <translation>Taille de texte normale</translation>
    </message>
    <message>
      <source>Side by side</source>
      <translation>Côte à côte</translation>
    </message>
    <message>
      <source>Show the same page in a second language next to this one (%1)</source>
      <translation>Afficher la même page dans une deuxième langue à côté de celle-ci (%1)</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Glossaire</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Langue :</translation>
    </message>
    <message>
      <source>Language of the menus and of the guidance</source>
      <translation>Langue des menus et du guide</translation>
    </message>
    <message>
      <source>Language of the side-by-side view (choosing one shows it)</source>
      <translation>Langue de la vue côte à côte (en choisir une l’affiche)</translation>
    </message>
    <message>
      <source>Scroll together</source>
      <translation>Défiler ensemble</translation>
    </message>
    <message>
      <source>Both languages scroll together, heading by heading; off: each on its own (%1)</source>
      <translation>Les deux langues défilent ensemble, titre par titre ; désactivé : chacune de son côté (%1)</translation>
    </message>
    <message>
      <source>Guidance text</source>
      <translation>Texte du guide</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Second language</source>
      <translation>Deuxième langue</translation>
    </message>
  </context>
  <context>
    <name>RolePopover</name>
    <message>
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <source>Copy this entry to the clipboard</source>
      <translation>Copier ce contact dans le presse-papiers</translation>
    </message>
    <message>
      <source>You have no contact for this role yet. Add the number you would call.</source>
      <translation>Vous n’avez pas encore de contact pour ce rôle. Ajoutez le numéro que vous appelleriez.</translation>
    </message>
    <message>
      <source>Add or change contacts…</source>
      <translation>Ajouter ou modifier des contacts…</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Ajouter…</translation>
    </message>
  </context>
  <context>
    <name>SearchController</name>
    <message>
      <source>Search the handbook (%1)</source>
      <translation>Rechercher dans le guide (%1)</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Recherche</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Résultats de la recherche</translation>
    </message>
    <message>
      <source>Where to search</source>
      <translation>Où chercher</translation>
    </message>
    <message>
      <source>What to search</source>
      <translation>Quoi chercher</translation>
    </message>
    <message>
      <source>This language</source>
      <translation>Cette langue</translation>
    </message>
    <message>
      <source>All five languages</source>
      <translation>Les cinq langues</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Tout</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Sections</translation>
    </message>
    <message>
      <source>Checklists</source>
      <translation>Listes de contrôle</translation>
    </message>
    <message>
      <source>Flowcharts</source>
      <translation>Logigrammes</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Glossaire</translation>
    </message>
    <message>
      <source>Country notes</source>
      <translation>Notes par pays</translation>
    </message>
    <message>
      <source>No results for “%1”. Showing results for “%2”.</source>
      <translation>Aucun résultat pour « %1 ». Résultats pour « %2 ».</translation>
    </message>
    <message>
      <source>Did you mean: %1?</source>
      <translation>Vouliez-vous dire : %1 ?</translation>
    </message>
    <message>
      <source>No results. Check the spelling, try fewer or other words, or choose “All five languages” above.</source>
      <translation>Aucun résultat. Vérifiez l’orthographe, essayez moins de mots ou d’autres mots, ou choisissez « Les cinq langues » ci-dessus.</translation>
    </message>
    <message numerus="yes">
      <source>%n result(s)</source>
      <translation>
        <numerusform>%n résultat</numerusform>
        <numerusform>%n résultats</numerusform>
      </translation>
    </message>
    <message>
      <source>Preparing search: %1 of %2 languages…</source>
      <translation>Préparation de la recherche : %1 langue(s) sur %2…</translation>
    </message>
    <message>
      <source>Search is not available: %1</source>
      <translation>La recherche n’est pas disponible : %1</translation>
    </message>
  </context>
  <context>
    <name>SearchFeature</name>
    <message>
      <source>Search</source>
      <translation>Recherche</translation>
    </message>
    <message>
      <source>Search the handbook</source>
      <translation>Rechercher dans le guide</translation>
    </message>
    <message>
      <source>Search field in the toolbar</source>
      <translation>Champ de recherche de la barre d’outils</translation>
    </message>
    <message>
      <source>Search (%1)</source>
      <translation>Rechercher (%1)</translation>
    </message>
    <message>
      <source>Search the guide</source>
      <translation>Rechercher dans le guide</translation>
    </message>
    <message>
      <source>Type words and press Enter: the results are listed in the Search tab</source>
      <translation>Tapez des mots et appuyez sur Entrée : les résultats s’affichent dans l’onglet Recherche</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
  </context>
  <context>
    <name>StatusFilter</name>
    <message>
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <source>Past the retention date</source>
      <translation>Date de conservation dépassée</translation>
    </message>
    <message>
      <source>Show cases by status</source>
      <translation>Afficher les dossiers par statut</translation>
    </message>
  </context>
  <context>
    <name>StorageMessage</name>
    <message>
      <source>The disk is full. Free some space on it, then try again.</source>
      <translation>Le disque est plein. Libérez-y de l’espace, puis réessayez.</translation>
    </message>
    <message>
      <source>The disk is read-only (write-protected or mounted read-only).</source>
      <translation>Le disque est en lecture seule (protégé en écriture ou monté en lecture seule).</translation>
    </message>
    <message>
      <source>This user account may not write to that folder.</source>
      <translation>Ce compte d’utilisateur n’a pas le droit d’écrire dans ce dossier.</translation>
    </message>
    <message>
      <source>The disk reported a write error: it may be failing or was removed. Check it, then try again.</source>
      <translation>Le disque a signalé une erreur d’écriture : il est peut-être défaillant ou a été retiré. Vérifiez-le, puis réessayez.</translation>
    </message>
    <message>
      <source>The file is damaged. Restore it from a backup.</source>
      <translation>Le fichier est endommagé. Restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
      <source>Another program is using the file. Close it, then try again.</source>
      <translation>Un autre programme utilise le fichier. Fermez ce programme, puis réessayez.</translation>
    </message>
    <message>
      <source>The disk refused the write (the system said: %1).</source>
      <translation>Le disque a refusé l’écriture (message du système : %1).</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Notebook passphrase</source>
      <translation>Phrase secrète du carnet</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Phrase secrète à nouveau</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Phrase secrète :</translation>
    </message>
    <message>
      <source>Again:</source>
      <translation>Confirmation :</translation>
    </message>
    <message>
      <source>Checking the passphrase…</source>
      <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
      <source>Create the case notebook</source>
      <translation>Créer le carnet de suivi</translation>
    </message>
    <message>
      <source>Case notes are kept encrypted on this computer and open only with your passphrase. Choose a long one (several words are easiest to remember): nobody can recover it if it is forgotten.</source>
      <translation>Les notes sont gardées chiffrées sur cet ordinateur et ne s’ouvrent qu’avec votre phrase secrète. Choisissez-la longue ; plusieurs mots se retiennent le plus facilement. Personne ne peut la retrouver si elle est oubliée.</translation>
    </message>
    <message>
      <source>Create the notebook</source>
      <translation>Créer le carnet</translation>
    </message>
    <message>
      <source>The case notebook is locked</source>
      <translation>Le carnet de suivi est verrouillé</translation>
    </message>
    <message>
      <source>Enter your passphrase to open the case notes.</source>
      <translation>Saisissez votre phrase secrète pour ouvrir les notes.</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Déverrouiller</translation>
    </message>
    <message>
      <source>Strength: weak — add words or characters</source>
      <translation>Robustesse : faible — ajoutez des mots ou des caractères</translation>
    </message>
    <message>
      <source>Strength: fair</source>
      <translation>Robustesse : moyenne</translation>
    </message>
    <message>
      <source>Strength: strong</source>
      <translation>Robustesse : bonne</translation>
    </message>
    <message>
      <source>Enter a passphrase.</source>
      <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation>Les deux phrases secrètes diffèrent. Saisissez-les à nouveau.</translation>
    </message>
  </context>
</TS>
