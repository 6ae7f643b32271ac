<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>ChecklistForm</name>
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
      <source>Add a row</source>
      <translation>Ajouter une ligne</translation>
    </message>
    <message>
      <source>Remove the selected row</source>
      <translation>Supprimer la ligne sélectionnée</translation>
    </message>
    <message>
      <source>%1 of %2 answered</source>
      <translation>%1 sur %2 renseignés</translation>
    </message>
    <message>
      <source>Finalised on %1</source>
      <translation>Finalisé le %1</translation>
    </message>
    <message>
      <source>allowed: %1</source>
      <translation>autorisé : %1</translation>
    </message>
    <message>
      <source>not a valid answer</source>
      <translation>réponse non valide</translation>
    </message>
    <message>
      <source>Some answers are missing or not valid:</source>
      <translation>Certaines réponses manquent ou ne sont pas valides :</translation>
    </message>
    <message>
      <source>Remove every answer of this checklist?</source>
      <translation>Supprimer toutes les réponses de cette liste de contrôle ?</translation>
    </message>
  </context>
  <context>
    <name>ExportController</name>
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
      <translation>Nom ou fonction indiqué comme auteur des PDF exportés :</translation>
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
      <translation>Enregistré : %1</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>Le PDF n'a pas pu être écrit : %1</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>INTERACT Desktop</source>
      <translation>INTERACT Desktop</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>&amp;Appearance</source>
      <translation>A&amp;pparence</translation>
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
      <source>Contents</source>
      <translation>Sommaire</translation>
    </message>
    <message>
      <source>Bookmarks</source>
      <translation>Signets</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Recherche</translation>
    </message>
    <message>
      <source>Search the handbook</source>
      <translation>Rechercher dans le guide</translation>
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
      <source>Back to the previous page (Alt+Left)</source>
      <translation>Revenir à la page précédente (Alt+Left)</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Suivant</translation>
    </message>
    <message>
      <source>Forward to the next page (Alt+Right)</source>
      <translation>Aller à la page suivante (Alt+Right)</translation>
    </message>
    <message>
      <source>Bookmark</source>
      <translation>Signet</translation>
    </message>
    <message>
      <source>Add or remove a bookmark for this page (Ctrl+D)</source>
      <translation>Ajouter ou retirer un signet pour cette page (Ctrl+D)</translation>
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
      <source>Present full screen</source>
      <translation>Présenter en plein écran</translation>
    </message>
    <message>
      <source>Show this page as slides, full screen (F5)</source>
      <translation>Afficher cette page en diapositives, en plein écran (F5)</translation>
    </message>
    <message>
      <source>Show the same page in a second language next to this one (F4)</source>
      <translation>Afficher la même page dans une deuxième langue à côté de celle-ci (F4)</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Glossaire</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>Saved &amp;checklists</source>
      <translation>&amp;Listes de contrôle enregistrées</translation>
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
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <source>Author of exported documents…</source>
      <translation>Auteur des documents exportés…</translation>
    </message>
    <message>
      <source>&amp;About INTERACT Desktop</source>
      <translation>À &amp;propos d'INTERACT Desktop</translation>
    </message>
    <message>
      <source>Content &amp;problems</source>
      <translation>&amp;Problèmes de contenu</translation>
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
    <message>
      <source>Language:</source>
      <translation>Langue :</translation>
    </message>
    <message>
      <source>Language of the menus and of the guidance</source>
      <translation>Langue des menus et du guide</translation>
    </message>
    <message>
      <source>Language of the side-by-side view</source>
      <translation>Langue de la vue côte à côte</translation>
    </message>
    <message>
      <source>Guidance text</source>
      <translation>Texte du guide</translation>
    </message>
    <message>
      <source>Guidance text in a second language</source>
      <translation>Texte du guide dans une deuxième langue</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Second language</source>
      <translation>Deuxième langue</translation>
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
    <message>
      <source>This page is not in the handbook: %1</source>
      <translation>Cette page ne figure pas dans le guide : %1</translation>
    </message>
    <message>
      <source>Fill in this checklist</source>
      <translation>Remplir cette liste de contrôle</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <source>Within</source>
      <translation>Dans un délai de</translation>
    </message>
    <message>
      <source>go to step</source>
      <translation>aller à l'étape</translation>
    </message>
    <message>
      <source>End of the flowchart</source>
      <translation>Fin du logigramme</translation>
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
      <translation>Sections mises à l'épreuve</translation>
    </message>
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
    <message>
      <source>No saved checklists</source>
      <translation>Aucune liste de contrôle enregistrée</translation>
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
      <source>About INTERACT Desktop</source>
      <translation>À propos d'INTERACT Desktop</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;INTERACT Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline guidance for professionals who protect children in migration from going missing and from trafficking.&lt;/p&gt;&lt;p&gt;It works without a network connection. The text is an independent guide; see the page “About this content”.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;INTERACT Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un guide hors ligne pour les professionnels qui protègent les enfants en migration contre la disparition et la traite.&lt;/p&gt;&lt;p&gt;L'application fonctionne sans connexion réseau. Le texte est un guide indépendant ; voir la page « À propos de ce contenu ».&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Some parts of the handbook could not be read: see Help &gt; Content problems.</source>
      <translation>Certaines parties du guide n'ont pas pu être lues : voir Aide &gt; Problèmes de contenu.</translation>
    </message>
    <message>
      <source>Content problems</source>
      <translation>Problèmes de contenu</translation>
    </message>
    <message numerus="yes">
      <source>%n part(s) of the handbook could not be read and are left out.</source>
      <translation>
        <numerusform>%n partie du guide n'a pas pu être lue et a été laissée de côté.</numerusform>
        <numerusform>%n parties du guide n'ont pas pu être lues et ont été laissées de côté.</numerusform>
      </translation>
    </message>
    <message>
      <source>The rest of the guidance is complete and can be used.</source>
      <translation>Le reste du guide est complet et utilisable.</translation>
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
      <source>Right, Space, Page Down: next · Left, Backspace, Page Up: back · Home, End: first, last · L: next language · Esc: end</source>
      <translation>Flèche droite, Espace, Page suivante : suivante · Flèche gauche, Retour arrière, Page précédente : retour · Début, Fin : première, dernière · L : langue suivante · Échap : terminer</translation>
    </message>
  </context>
  <context>
    <name>PresenterView</name>
    <message>
      <source>Presentation</source>
      <translation>Présentation</translation>
    </message>
    <message>
      <source>Slide %1 of %2. Arrow keys move, Esc leaves, L changes the language.</source>
      <translation>Diapositive %1 sur %2. Les flèches font défiler, Échap quitte, L change de langue.</translation>
    </message>
  </context>
  <context>
    <name>SearchController</name>
    <message>
      <source>Search the handbook (Ctrl+F)</source>
      <translation>Rechercher dans le guide (Ctrl+F)</translation>
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
      <source>No results for “%1”. Showing results for “%2”.</source>
      <translation>Aucun résultat pour « %1 ». Résultats pour « %2 ».</translation>
    </message>
    <message>
      <source>Did you mean: %1?</source>
      <translation>Vouliez-vous dire : %1 ?</translation>
    </message>
    <message>
      <source>No results.</source>
      <translation>Aucun résultat.</translation>
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
      <translation>Préparation de la recherche : %1 langue(s) sur %2…</translation>
    </message>
    <message>
      <source>Search is not available: %1</source>
      <translation>La recherche n'est pas disponible : %1</translation>
    </message>
  </context>
</TS>
