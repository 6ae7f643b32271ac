<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
  <context>
    <name>AlreadyOpen</name>
    <message>
      <source>INTERACT Desktop</source>
      <translation>INTERACT Desktop</translation>
    </message>
    <message>
      <source>INTERACT Desktop is already open with this data folder.</source>
      <translation>INTERACT Desktop is al geopend met deze gegevensmap.</translation>
    </message>
    <message>
      <source>Its window could not be brought forward: look for it in the taskbar or on another desktop. Only one window at a time may use the notebook, so that nothing typed in one is lost in the other.</source>
      <translation>Het venster kon niet naar voren worden gehaald: zoek het in de taakbalk of op een ander bureaublad. Maar één venster tegelijk mag het notitieboek gebruiken, zodat niets wat in het ene is getypt in het andere verloren gaat.</translation>
    </message>
    <message>
      <source>(Process %1.)</source>
      <translation>(Proces %1.)</translation>
    </message>
  </context>
  <context>
    <name>AppearanceMenu</name>
    <message>
      <source>&amp;Appearance</source>
      <translation>&amp;Weergave</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Systeeminstelling volgen</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Licht</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Donker</translation>
    </message>
  </context>
  <context>
    <name>BookmarksController</name>
    <message>
      <source>Bookmarks</source>
      <translation>Bladwijzers</translation>
    </message>
    <message>
      <source>Bookmark removed</source>
      <translation>Bladwijzer verwijderd</translation>
    </message>
    <message>
      <source>Bookmark added</source>
      <translation>Bladwijzer toegevoegd</translation>
    </message>
    <message>
      <source>Bookmark</source>
      <translation>Bladwijzer</translation>
    </message>
    <message>
      <source>Add or remove a bookmark for this page (%1)</source>
      <translation>Bladwijzer voor deze pagina toevoegen of verwijderen (%1)</translation>
    </message>
    <message>
      <source>No bookmarks yet. To keep a page at hand, open it and press %1 or the bookmark button in the toolbar.</source>
      <translation>Nog geen bladwijzers. Om een pagina bij de hand te houden, opent u ze en drukt u op %1 of op de bladwijzerknop in de werkbalk.</translation>
    </message>
  </context>
  <context>
    <name>CaseChecklists</name>
    <message>
      <source>Finalised</source>
      <translation>Afgerond</translation>
    </message>
    <message>
      <source>Finalised %1</source>
      <translation>Afgerond %1</translation>
    </message>
    <message>
      <source>Being filled in</source>
      <translation>Wordt ingevuld</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Hoog</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Gemiddeld</translation>
    </message>
    <message>
      <source>No checklist is attached to this case yet.</source>
      <translation>Er is nog geen checklist aan dit dossier gekoppeld.</translation>
    </message>
    <message>
      <source>Checklists filled in for this case. Open one to see or change it.</source>
      <translation>Checklists die voor dit dossier zijn ingevuld. Open er een om hem te bekijken of te wijzigen.</translation>
    </message>
    <message>
      <source>Attach a new checklist</source>
      <translation>Nieuwe checklist koppelen</translation>
    </message>
    <message>
      <source>Checklist to fill in for this case:</source>
      <translation>Checklist om voor dit dossier in te vullen:</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Checklist</translation>
    </message>
    <message>
      <source>Last changed</source>
      <translation>Laatst gewijzigd</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Stand</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>Alarm</translation>
    </message>
    <message>
      <source>Checklists of this case</source>
      <translation>Checklists van dit dossier</translation>
    </message>
    <message>
      <source>Attach a new checklist…</source>
      <translation>Nieuwe checklist koppelen…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Openen</translation>
    </message>
    <message>
      <source>Detach from the case</source>
      <translation>Loskoppelen van het dossier</translation>
    </message>
    <message>
      <source>The checklist stays in the notebook, under File &gt; Saved checklists</source>
      <translation>De checklist blijft in het notitieboek, onder Bestand &gt; Opgeslagen checklists</translation>
    </message>
  </context>
  <context>
    <name>CaseDetails</name>
    <message>
      <source>Reference</source>
      <translation>Referentie</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Languages spoken</source>
      <translation>Gesproken talen</translation>
    </message>
    <message>
      <source>Roles involved</source>
      <translation>Betrokken rollen</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Geopend</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Laatst gezien</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Gesloten</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Labels</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>Retention date</source>
      <translation>Bewaren tot</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>niet ingevuld</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>Geen datum</translation>
    </message>
    <message>
      <source>Clear %1</source>
      <translation>%1 wissen</translation>
    </message>
    <message>
      <source>A pseudonymous reference, such as a file number: no real name is needed.</source>
      <translation>Een pseudonieme referentie, zoals een dossiernummer: een echte naam is niet nodig.</translation>
    </message>
    <message>
      <source>For example: Arabic, French</source>
      <translation>Bijvoorbeeld: Arabisch, Frans</translation>
    </message>
    <message>
      <source>For example: guardian, police, shelter staff</source>
      <translation>Bijvoorbeeld: voogd, politie, opvangpersoneel</translation>
    </message>
    <message>
      <source>Words to group cases, separated by commas</source>
      <translation>Woorden om dossiers te groeperen, gescheiden door komma's</translation>
    </message>
    <message>
      <source>Why this case is kept, for example: to protect the child while missing.</source>
      <translation>Waarom dit dossier wordt bewaard, bijvoorbeeld: om het kind te beschermen zolang het vermist is.</translation>
    </message>
    <message>
      <source>The date by which the case should be deleted, when it is no longer needed.</source>
      <translation>De datum waarop het dossier verwijderd moet worden, als het niet meer nodig is.</translation>
    </message>
    <message>
      <source>This date has come: delete the case if it is no longer needed.</source>
      <translation>Deze datum is bereikt: verwijder het dossier als het niet meer nodig is.</translation>
    </message>
    <message>
      <source>Delete this case for good…</source>
      <translation>Dit dossier definitief verwijderen…</translation>
    </message>
    <message>
      <source>A case needs a reference (a pseudonym is enough).</source>
      <translation>Een dossier heeft een referentie nodig (een pseudoniem volstaat).</translation>
    </message>
    <message>
      <source>The details could not be saved: %1</source>
      <translation>De gegevens konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
      <source>Saved at %1</source>
      <translation>Opgeslagen om %1</translation>
    </message>
  </context>
  <context>
    <name>CaseExportDialog</name>
    <message>
      <source>Export case report</source>
      <translation>Dossierrapport exporteren</translation>
    </message>
    <message>
      <source>A case report holds personal data. Choose what it includes:</source>
      <translation>Een dossierrapport bevat persoonsgegevens. Kies wat erin staat:</translation>
    </message>
    <message>
      <source>Everything about this case</source>
      <translation>Alles over dit dossier</translation>
    </message>
    <message>
      <source>Every field, note, timeline entry, checklist and register line of this case, as a JSON file: the answer to a subject-access request.</source>
      <translation>Elk veld, elke notitie, tijdlijnregel, checklist en registerregel van dit dossier, als JSON-bestand: het antwoord op een inzageverzoek.</translation>
    </message>
    <message>
      <source>Full</source>
      <translation>Volledig</translation>
    </message>
    <message>
      <source>Everything about the case, with its reference.</source>
      <translation>Alles over het dossier, met de referentie.</translation>
    </message>
    <message>
      <source>Hand-over</source>
      <translation>Overdracht</translation>
    </message>
    <message>
      <source>For a colleague taking the case over: no reference, tags or register.</source>
      <translation>Voor een collega die het dossier overneemt: zonder referentie, labels of register.</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Statistiek</translation>
    </message>
    <message>
      <source>No free text at all, and dates by month only: for counting.</source>
      <translation>Geen enkele vrije tekst en data alleen per maand: om te tellen.</translation>
    </message>
    <message>
      <source>For whom</source>
      <translation>Voor wie</translation>
    </message>
    <message>
      <source>Name, role or organisation (required)</source>
      <translation>Naam, rol of organisatie (verplicht)</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>Language of the report</source>
      <translation>Taal van het rapport</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exporteren…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
  </context>
  <context>
    <name>CaseExporter</name>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
      <source>JSON files (*.json)</source>
      <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exporteren</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>%1 wordt geschreven…</translation>
    </message>
    <message>
      <source>the notebook was locked</source>
      <translation>het notitieboek werd vergrendeld</translation>
    </message>
    <message>
      <source>The export could not be entered in the register (%1), so the file was removed. Export again.</source>
      <translation>De export kon niet in het register worden opgenomen (%1), dus het bestand is verwijderd. Exporteer opnieuw.</translation>
    </message>
    <message>
      <source>The file could not be written: %1</source>
      <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
  </context>
  <context>
    <name>CaseStatus</name>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Vermist</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Gevonden</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Gesloten</translation>
    </message>
    <message>
      <source>past its retention date</source>
      <translation>bewaartermijn verstreken</translation>
    </message>
  </context>
  <context>
    <name>CaseTools</name>
    <message>
      <source>Details</source>
      <translation>Gegevens</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Register</translation>
    </message>
    <message>
      <source>Export case report…</source>
      <translation>Dossierrapport exporteren…</translation>
    </message>
    <message>
      <source>A PDF of this case, for a recipient and with what they may see</source>
      <translation>Een pdf van dit dossier, voor een ontvanger en met wat die mag zien</translation>
    </message>
    <message>
      <source>Everything about this case…</source>
      <translation>Alles over dit dossier…</translation>
    </message>
    <message>
      <source>All data of this case as a JSON file, for a subject-access request</source>
      <translation>Alle gegevens van dit dossier als JSON-bestand, voor een inzageverzoek</translation>
    </message>
    <message>
      <source>Hand over to a colleague…</source>
      <translation>Overdragen aan een collega…</translation>
    </message>
    <message>
      <source>An encrypted packet and a PDF in two languages, for a colleague abroad</source>
      <translation>Een versleuteld pakket en een pdf in twee talen, voor een collega in het buitenland</translation>
    </message>
    <message>
      <source>Show them</source>
      <translation>Tonen</translation>
    </message>
    <message>
      <source>Hide this reminder</source>
      <translation>Deze herinnering verbergen</translation>
    </message>
    <message>
      <source>Delete note…</source>
      <translation>Notitie verwijderen…</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) past their retention date: delete them if no longer needed.</source>
      <translation>
        <numerusform>%n dossier voorbij de bewaartermijn: verwijder het als het niet meer nodig is.</numerusform>
        <numerusform>%n dossiers voorbij de bewaartermijn: verwijder ze als ze niet meer nodig zijn.</numerusform>
      </translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Delete the case “%1” for good?

Its details, notes, timeline, checklists and export register are erased from the notebook. This cannot be undone.</source>
      <translation>Het dossier “%1” definitief verwijderen?

De gegevens, notities, tijdlijn, checklists en het exportregister worden uit het notitieboek gewist. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
      <source>Delete case</source>
      <translation>Dossier verwijderen</translation>
    </message>
    <message>
      <source>Delete for good</source>
      <translation>Definitief verwijderen</translation>
    </message>
    <message>
      <source>Delete this note for good? This cannot be undone.</source>
      <translation>Deze notitie definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
      <source>Delete note</source>
      <translation>Notitie verwijderen</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Opgeslagen: %1</translation>
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
      <translation>Niet aan een dossier gekoppeld</translation>
    </message>
    <message>
      <source>Finalise</source>
      <translation>Afronden</translation>
    </message>
    <message>
      <source>Lock the answers and record when</source>
      <translation>De antwoorden vastzetten en het tijdstip vastleggen</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Kopie maken</translation>
    </message>
    <message>
      <source>Clear all answers</source>
      <translation>Alle antwoorden wissen</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>Checklist form</source>
      <translation>Checklistformulier</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>Alarmen</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/jjjj</translation>
    </message>
    <message>
      <source>dd/mm/yyyy hh:mm</source>
      <translation>dd/mm/jjjj uu:mm</translation>
    </message>
    <message>
      <source>Choose the date from a calendar</source>
      <translation>De datum in een kalender kiezen</translation>
    </message>
    <message>
      <source>Add a row</source>
      <translation>Regel toevoegen</translation>
    </message>
    <message>
      <source>Remove the selected row</source>
      <translation>Geselecteerde regel verwijderen</translation>
    </message>
    <message>
      <source>The answers could not be saved. They stay in this form and are saved as soon as the disk allows (at the next change).</source>
      <translation>De antwoorden konden niet worden opgeslagen. Ze blijven in dit formulier en worden opgeslagen zodra de schijf het toelaat (bij de volgende wijziging).</translation>
    </message>
    <message>
      <source>%1 of %2 answered</source>
      <translation>%1 van %2 ingevuld</translation>
    </message>
    <message>
      <source>Finalised on %1</source>
      <translation>Afgerond op %1</translation>
    </message>
    <message>
      <source>allowed: %1</source>
      <translation>toegestaan: %1</translation>
    </message>
    <message>
      <source>not a valid answer</source>
      <translation>geen geldig antwoord</translation>
    </message>
    <message>
      <source>No alert from the answers so far.</source>
      <translation>De antwoorden geven tot nu toe geen alarm.</translation>
    </message>
    <message>
      <source>Some answers are missing or not valid:</source>
      <translation>Sommige antwoorden ontbreken of zijn ongeldig:</translation>
    </message>
    <message>
      <source>Remove every answer of this checklist?</source>
      <translation>Alle antwoorden van deze checklist verwijderen?</translation>
    </message>
  </context>
  <context>
    <name>ChecklistsFeature</name>
    <message>
      <source>Checklists are kept in the notebook. Unlock it to fill this one in.</source>
      <translation>Checklists worden in het notitieboek bewaard. Ontgrendel het om deze in te vullen.</translation>
    </message>
    <message>
      <source>Unlock the notebook to see saved checklists…</source>
      <translation>Ontgrendel het notitieboek om opgeslagen checklists te zien…</translation>
    </message>
    <message>
      <source>No saved checklists</source>
      <translation>Geen opgeslagen checklists</translation>
    </message>
    <message>
      <source>Saved &amp;checklists</source>
      <translation>Opgeslagen &amp;checklists</translation>
    </message>
  </context>
  <context>
    <name>ContactsDialog</name>
    <message>
      <source>Your contacts file cannot be read and was left as it is: %1</source>
      <translation>Uw contactenbestand kan niet worden gelezen en is ongewijzigd gelaten: %1</translation>
    </message>
    <message>
      <source>(none yet)</source>
      <translation>(nog geen)</translation>
    </message>
    <message>
      <source>Delete contact</source>
      <translation>Contact verwijderen</translation>
    </message>
    <message>
      <source>Delete %1 from your contacts?</source>
      <translation>%1 uit uw contacten verwijderen?</translation>
    </message>
    <message>
      <source>Your contacts</source>
      <translation>Uw contacten</translation>
    </message>
    <message>
      <source>Your contacts were not changed: %1</source>
      <translation>Uw contacten zijn niet gewijzigd: %1</translation>
    </message>
    <message>
      <source>The damaged file was kept as %1. You can start a new list.</source>
      <translation>Het beschadigde bestand is bewaard als %1. U kunt een nieuwe lijst beginnen.</translation>
    </message>
    <message>
      <source>Import contacts</source>
      <translation>Contacten importeren</translation>
    </message>
    <message>
      <source>vCard files (*.vcf *.vcard)</source>
      <translation>vCard-bestanden (*.vcf *.vcard)</translation>
    </message>
    <message>
      <source>Nothing was imported; your contacts are unchanged.

%1</source>
      <translation>Er is niets geïmporteerd; uw contacten zijn ongewijzigd.

%1</translation>
    </message>
    <message>
      <source>Your contacts already hold everything in this file.</source>
      <translation>Uw contacten bevatten alles uit dit bestand al.</translation>
    </message>
    <message>
      <source>Export contacts</source>
      <translation>Contacten exporteren</translation>
    </message>
    <message>
      <source>vCard files (*.vcf)</source>
      <translation>vCard-bestanden (*.vcf)</translation>
    </message>
    <message>
      <source>First-hour sheet</source>
      <translation>Blad voor het eerste uur</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>De pdf kon niet worden geschreven: %1</translation>
    </message>
    <message>
      <source>Role and contact</source>
      <translation>Rol en contact</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>Your contacts, by role</source>
      <translation>Uw contacten, per rol</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
      <source>&amp;Change…</source>
      <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Verwijderen</translation>
    </message>
    <message>
      <source>&amp;Import vCard…</source>
      <translation>vCard &amp;importeren…</translation>
    </message>
    <message>
      <source>&amp;Export vCard…</source>
      <translation>vCard e&amp;xporteren…</translation>
    </message>
    <message>
      <source>First-hour &amp;sheet (PDF)…</source>
      <translation>&amp;Blad voor het eerste uur (pdf)…</translation>
    </message>
    <message>
      <source>One page with the first-hour steps and your numbers, for the wall</source>
      <translation>Eén pagina met de stappen van het eerste uur en uw nummers, om op te hangen</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>Set the damaged file aside</source>
      <translation>Beschadigd bestand opzijzetten</translation>
    </message>
  </context>
  <context>
    <name>ContactsFeature</name>
    <message>
      <source>Your &amp;contacts…</source>
      <translation>Uw &amp;contacten…</translation>
    </message>
    <message>
      <source>The numbers you call where the guidance names a role (no passphrase needed)</source>
      <translation>De nummers die u belt waar de handreiking een rol noemt (geen wachtwoordzin nodig)</translation>
    </message>
  </context>
  <context>
    <name>CountriesFeature</name>
    <message>
      <source>Your &amp;country</source>
      <translation>Uw &amp;land</translation>
    </message>
    <message>
      <source>Another country</source>
      <translation>Een ander land</translation>
    </message>
    <message>
      <source>Compare two countries</source>
      <translation>Twee landen vergelijken</translation>
    </message>
    <message>
      <source>Two countries' notes side by side, for a hand-over from one to the other</source>
      <translation>De notities van twee landen naast elkaar, voor een overdracht van het ene naar het andere</translation>
    </message>
  </context>
  <context>
    <name>CountryQuestion</name>
    <message>
      <source>Another country</source>
      <translation>Een ander land</translation>
    </message>
    <message>
      <source>Which country do you work in? Sections then show how their advice works there (who to call, which body, which law).</source>
      <translation>In welk land werkt u? De hoofdstukken laten dan zien hoe hun advies daar werkt (wie u belt, welke instantie, welke wet).</translation>
    </message>
    <message>
      <source>Your country</source>
      <translation>Uw land</translation>
    </message>
    <message>
      <source>Use this country</source>
      <translation>Dit land gebruiken</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Niet nu</translation>
    </message>
  </context>
  <context>
    <name>Durations</name>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n dag</numerusform>
        <numerusform>%n dagen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n uur</numerusform>
        <numerusform>%n uur</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minuut</numerusform>
        <numerusform>%n minuten</numerusform>
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
      <translation>Voor de rollen:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Naam:</translation>
    </message>
    <message>
      <source>Organisation:</source>
      <translation>Organisatie:</translation>
    </message>
    <message>
      <source>Phone numbers (one per line):</source>
      <translation>Telefoonnummers (één per regel):</translation>
    </message>
    <message>
      <source>E-mail addresses:</source>
      <translation>E-mailadressen:</translation>
    </message>
    <message>
      <source>Hours:</source>
      <translation>Bereikbaar:</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Notitie:</translation>
    </message>
    <message>
      <source>Hand-over key:</source>
      <translation>Overdrachtssleutel:</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Niet opgeslagen: %1</translation>
    </message>
  </context>
  <context>
    <name>ExerciseProjector</name>
    <message>
      <source>Exercise for the room — INTERACT Desktop</source>
      <translation>Oefening voor de zaal — INTERACT Desktop</translation>
    </message>
    <message>
      <source>Exercise for the room</source>
      <translation>Oefening voor de zaal</translation>
    </message>
    <message>
      <source>The injects revealed so far. F11: full screen; Esc: leave full screen.</source>
      <translation>De injects die tot nu toe getoond zijn. F11: volledig scherm; Esc: volledig scherm verlaten.</translation>
    </message>
    <message>
      <source>Injects revealed so far</source>
      <translation>Tot nu toe getoonde injects</translation>
    </message>
  </context>
  <context>
    <name>ExerciseView</name>
    <message>
      <source>Table-top exercise</source>
      <translation>Tafeloefening</translation>
    </message>
    <message>
      <source>Table-top exercises — INTERACT Desktop</source>
      <translation>Tafeloefeningen — INTERACT Desktop</translation>
    </message>
    <message>
      <source>Fictional — training exercise. Do not bring real case details into it; nothing here goes into the case notebook.</source>
      <translation>Fictief — trainingsoefening. Breng geen gegevens uit echte dossiers in; niets hiervan komt in het notitieboek.</translation>
    </message>
    <message>
      <source>Start a table-top exercise</source>
      <translation>Een tafeloefening starten</translation>
    </message>
    <message>
      <source>Scenario:</source>
      <translation>Scenario:</translation>
    </message>
    <message>
      <source>Facilitator (optional):</source>
      <translation>Oefenleider (optioneel):</translation>
    </message>
    <message>
      <source>Group (optional):</source>
      <translation>Groep (optioneel):</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <source>Facilitator</source>
      <translation>Oefenleider</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Groep</translation>
    </message>
    <message>
      <source>Start the exercise</source>
      <translation>Oefening starten</translation>
    </message>
    <message>
      <source>Exercises run before (saved on this computer):</source>
      <translation>Eerder gehouden oefeningen (bewaard op deze computer):</translation>
    </message>
    <message>
      <source>Exercises run before</source>
      <translation>Eerder gehouden oefeningen</translation>
    </message>
    <message>
      <source>No exercise has been run on this computer yet. To run one, choose a scenario above and press “Start the exercise”.</source>
      <translation>Op deze computer is nog geen oefening gehouden. Kies hierboven een scenario en druk op “Oefening starten”.</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Hervatten</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Reveal the next inject</source>
      <translation>Volgende inject tonen</translation>
    </message>
    <message>
      <source>Give the participants the next inject now, before its time</source>
      <translation>De deelnemers het volgende inject nu geven, vóór de geplande tijd</translation>
    </message>
    <message>
      <source>Projector view</source>
      <translation>Projectorweergave</translation>
    </message>
    <message>
      <source>A window for the room's screen: only the injects revealed so far, in large type (F11: full screen)</source>
      <translation>Een venster voor het scherm in de zaal: alleen de injects die al getoond zijn, in grote letters (F11: volledig scherm)</translation>
    </message>
    <message>
      <source>Finish and export debrief…</source>
      <translation>Afronden en nabespreking exporteren…</translation>
    </message>
    <message>
      <source>Back to the list</source>
      <translation>Terug naar de lijst</translation>
    </message>
    <message>
      <source>The exercise is saved and can be resumed</source>
      <translation>De oefening is bewaard en kan worden hervat</translation>
    </message>
    <message>
      <source>finished</source>
      <translation>afgerond</translation>
    </message>
    <message>
      <source>open</source>
      <translation>lopend</translation>
    </message>
    <message numerus="yes">
      <source>%n decision(s)</source>
      <translation>
        <numerusform>%n beslissing</numerusform>
        <numerusform>%n beslissingen</numerusform>
      </translation>
    </message>
    <message>
      <source>These files could not be read and were left out: %1</source>
      <translation>Deze bestanden konden niet worden gelezen en zijn weggelaten: %1</translation>
    </message>
    <message>
      <source>Delete exercise</source>
      <translation>Oefening verwijderen</translation>
    </message>
    <message>
      <source>Delete this exercise and the decisions recorded in it?</source>
      <translation>Deze oefening en de daarin vastgelegde beslissingen verwijderen?</translation>
    </message>
    <message>
      <source>The exercise is finished: nothing more is revealed.</source>
      <translation>De oefening is afgelopen: er wordt niets meer getoond.</translation>
    </message>
    <message>
      <source>The exercise is finished: no more decisions are recorded.</source>
      <translation>De oefening is afgelopen: er worden geen besluiten meer vastgelegd.</translation>
    </message>
    <message>
      <source>Write the decision first.</source>
      <translation>Schrijf eerst de beslissing op.</translation>
    </message>
    <message>
      <source>Time since start: %1</source>
      <translation>Tijd sinds de start: %1</translation>
    </message>
    <message>
      <source>The exercise is finished.</source>
      <translation>De oefening is afgerond.</translation>
    </message>
    <message>
      <source>Every inject has been revealed.</source>
      <translation>Alle injects zijn getoond.</translation>
    </message>
    <message>
      <source>Next inject (minute %1) in %2</source>
      <translation>Volgend inject (minuut %1) over %2</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>%1 wordt geschreven…</translation>
    </message>
    <message>
      <source>Debrief saved: %1</source>
      <translation>Nabespreking bewaard: %1</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>De pdf kon niet worden geschreven: %1</translation>
    </message>
    <message>
      <source>Export the debrief as PDF</source>
      <translation>Nabespreking als pdf exporteren</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Pdf-documenten (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>ExercisesFeature</name>
    <message>
      <source>Table-top &amp;exercises…</source>
      <translation>Tafel&amp;oefeningen…</translation>
    </message>
  </context>
  <context>
    <name>ExportFeature</name>
    <message>
      <source>Print</source>
      <translation>Afdrukken</translation>
    </message>
    <message>
      <source>Author of exported documents</source>
      <translation>Auteur van geëxporteerde documenten</translation>
    </message>
    <message>
      <source>Name or role written as the author of exported PDFs:</source>
      <translation>Naam of functie die als auteur in geëxporteerde pdf's komt:</translation>
    </message>
    <message>
      <source>Export as PDF</source>
      <translation>Exporteren als pdf</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>%1 wordt geschreven…</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Opgeslagen: %1</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>De pdf kon niet worden geschreven: %1</translation>
    </message>
    <message>
      <source>Export this page as PDF…</source>
      <translation>Deze pagina exporteren als pdf…</translation>
    </message>
    <message>
      <source>Export this chapter as PDF…</source>
      <translation>Dit hoofdstuk exporteren als pdf…</translation>
    </message>
    <message>
      <source>Export the whole handbook as PDF…</source>
      <translation>Het hele handboek exporteren als pdf…</translation>
    </message>
    <message>
      <source>Export this page as slides (PDF, 16:9)…</source>
      <translation>Deze pagina exporteren als dia's (pdf, 16:9)…</translation>
    </message>
    <message>
      <source>Export this chapter as slides (PDF, 16:9)…</source>
      <translation>Dit hoofdstuk exporteren als dia's (pdf, 16:9)…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
      <source>Author of exported documents…</source>
      <translation>Auteur van geëxporteerde documenten…</translation>
    </message>
  </context>
  <context>
    <name>ExportRegisterView</name>
    <message>
      <source>Every export of this case, as the register keeps it. Deleting the case deletes these lines too.</source>
      <translation>Elke export van dit dossier, zoals het register die bijhoudt. Wie het dossier verwijdert, verwijdert ook deze regels.</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Wat</translation>
    </message>
    <message>
      <source>For whom</source>
      <translation>Voor wie</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Variant</translation>
    </message>
    <message>
      <source>Export register of the case</source>
      <translation>Exportregister van het dossier</translation>
    </message>
    <message>
      <source>Case report (PDF)</source>
      <translation>Dossierrapport (pdf)</translation>
    </message>
    <message>
      <source>Subject access (JSON)</source>
      <translation>Inzage (JSON)</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Back-up</translation>
    </message>
    <message>
      <source>Hand-over packet sent</source>
      <translation>Overdrachtspakket verzonden</translation>
    </message>
    <message>
      <source>Hand-over packet received</source>
      <translation>Overdrachtspakket ontvangen</translation>
    </message>
    <message>
      <source>Hand-over (PDF)</source>
      <translation>Overdracht (pdf)</translation>
    </message>
    <message>
      <source>Full</source>
      <translation>Volledig</translation>
    </message>
    <message>
      <source>Hand-over</source>
      <translation>Overdracht</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Statistiek</translation>
    </message>
  </context>
  <context>
    <name>FlowchartPane</name>
    <message>
      <source>Start guided response</source>
      <translation>Begeleide aanpak starten</translation>
    </message>
    <message>
      <source>Go through the flowchart step by step, with the time left for each step</source>
      <translation>Het stroomschema stap voor stap doorlopen, met de resterende tijd voor elke stap</translation>
    </message>
    <message>
      <source>Zoom in (%1)</source>
      <translation>Inzoomen (%1)</translation>
    </message>
    <message>
      <source>Zoom out (%1)</source>
      <translation>Uitzoomen (%1)</translation>
    </message>
    <message>
      <source>Whole flowchart (%1)</source>
      <translation>Hele stroomschema (%1)</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Inzoomen</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Uitzoomen</translation>
    </message>
    <message>
      <source>Whole flowchart</source>
      <translation>Hele stroomschema</translation>
    </message>
  </context>
  <context>
    <name>FlowchartView</name>
    <message>
      <source>Within %1</source>
      <translation>Binnen %1</translation>
    </message>
    <message>
      <source>Flowchart diagram</source>
      <translation>Stroomschema als diagram</translation>
    </message>
    <message>
      <source>Tab moves between the steps; Enter opens the guidance of a step.</source>
      <translation>Tab gaat van stap naar stap; Enter opent de handreiking bij een stap.</translation>
    </message>
  </context>
  <context>
    <name>FlowchartsFeature</name>
    <message>
      <source>Guided response running: %1</source>
      <translation>Begeleide aanpak loopt: %1</translation>
    </message>
    <message>
      <source>Back to the response</source>
      <translation>Terug naar de aanpak</translation>
    </message>
    <message>
      <source>Summary for the police</source>
      <translation>Samenvatting voor de politie</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Opgeslagen: %1</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>De pdf kon niet worden geschreven: %1</translation>
    </message>
  </context>
  <context>
    <name>GuidedPanel</name>
    <message>
      <source>Counting from %1, when the absence was noticed</source>
      <translation>Termijnen tellen vanaf %1, toen de afwezigheid werd opgemerkt</translation>
    </message>
    <message>
      <source>Recording in case %1</source>
      <translation>Wordt vastgelegd in dossier %1</translation>
    </message>
    <message>
      <source>The notebook is locked: the steps from now on are not recorded.</source>
      <translation>Het notitieboek is vergrendeld: de stappen vanaf nu worden niet vastgelegd.</translation>
    </message>
    <message>
      <source>Steps are not recorded. To record them in a case's timeline, open the case in the notebook before starting.</source>
      <translation>De stappen worden niet vastgelegd. Open het dossier in het notitieboek voordat u begint, om ze in de tijdlijn van dat dossier vast te leggen.</translation>
    </message>
    <message>
      <source>In %1 only</source>
      <translation>Alleen %1</translation>
    </message>
    <message>
      <source>In %1 and %2</source>
      <translation>%1 en %2</translation>
    </message>
    <message>
      <source>That time is in the future. Enter when the absence was noticed.</source>
      <translation>Dat tijdstip ligt in de toekomst. Vul in wanneer de afwezigheid werd opgemerkt.</translation>
    </message>
    <message>
      <source>Who: %1</source>
      <translation>Wie: %1</translation>
    </message>
    <message>
      <source>End of the flowchart. The steps are listed below.</source>
      <translation>Einde van het stroomschema. De stappen staan hieronder.</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Gedaan</translation>
    </message>
    <message>
      <source>Overdue by %1</source>
      <translation>%1 te laat</translation>
    </message>
    <message>
      <source>Due in %1</source>
      <translation>Nog %1</translation>
    </message>
    <message>
      <source>%1 d %2 h</source>
      <translation>%1 d %2 u</translation>
    </message>
    <message>
      <source>%1 h %2 min</source>
      <translation>%1 u %2 min</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>Guided response</source>
      <translation>Begeleide aanpak</translation>
    </message>
    <message>
      <source>Counting from:</source>
      <translation>Geteld vanaf:</translation>
    </message>
    <message>
      <source>When the absence was noticed: the guide's deadlines count from then</source>
      <translation>Wanneer de afwezigheid werd opgemerkt: de termijnen van de handreiking tellen vanaf dat moment</translation>
    </message>
    <message>
      <source>Counting from</source>
      <translation>Geteld vanaf</translation>
    </message>
    <message>
      <source>Just now</source>
      <translation>Zojuist</translation>
    </message>
    <message>
      <source>%1 min ago</source>
      <translation>%1 min geleden</translation>
    </message>
    <message>
      <source>Time since then:</source>
      <translation>Tijd sindsdien:</translation>
    </message>
    <message>
      <source>Steps taken</source>
      <translation>Genomen stappen</translation>
    </message>
    <message>
      <source>Stop guided response</source>
      <translation>Begeleide aanpak stoppen</translation>
    </message>
    <message>
      <source>Summary for the police…</source>
      <translation>Samenvatting voor de politie…</translation>
    </message>
    <message>
      <source>One page for the police: what happened when, what they need, your contacts</source>
      <translation>Eén pagina voor de politie: wat er wanneer gebeurde, wat ze nodig hebben, uw contactgegevens</translation>
    </message>
    <message>
      <source>Summary for the police</source>
      <translation>Samenvatting voor de politie</translation>
    </message>
  </context>
  <context>
    <name>HandoverDialog</name>
    <message>
      <source>Hand over to a colleague</source>
      <translation>Overdragen aan een collega</translation>
    </message>
    <message>
      <source>An encrypted packet that only your colleague's app opens, and a PDF in your language and theirs. Choose what goes: only what they need.</source>
      <translation>Een versleuteld pakket dat alleen de app van uw collega opent, en een pdf in uw taal en die van de ontvanger. Kies wat meegaat: alleen wat nodig is.</translation>
    </message>
    <message>
      <source>What goes</source>
      <translation>Wat meegaat</translation>
    </message>
    <message>
      <source>Summary of the case</source>
      <translation>Samenvatting van het dossier</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Tijdlijn</translation>
    </message>
    <message>
      <source>Checklists</source>
      <translation>Checklists</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Leave out</source>
      <translation>Weglaten</translation>
    </message>
    <message>
      <source>Reference, tags and register (hand-over)</source>
      <translation>Referentie, labels en register (overdracht)</translation>
    </message>
    <message>
      <source>Nothing (full)</source>
      <translation>Niets (volledig)</translation>
    </message>
    <message>
      <source>To whom, why, on which basis</source>
      <translation>Aan wie, waarom, op welke grondslag</translation>
    </message>
    <message>
      <source>Their language</source>
      <translation>Taal van de ontvanger</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Uw naam</translation>
    </message>
    <message>
      <source>Your organisation</source>
      <translation>Uw organisatie</translation>
    </message>
    <message>
      <source>Your country</source>
      <translation>Uw land</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Ontvanger</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>Lawful basis</source>
      <translation>Rechtsgrond</translation>
    </message>
    <message>
      <source>Basis in your words</source>
      <translation>Grondslag in uw woorden</translation>
    </message>
    <message>
      <source>Name and organisation (required)</source>
      <translation>Naam en organisatie (verplicht)</translation>
    </message>
    <message>
      <source>Why they need it (required)</source>
      <translation>Waarom de ontvanger het nodig heeft (verplicht)</translation>
    </message>
    <message>
      <source>The law and article, if you know them</source>
      <translation>De wet en het artikel, als u ze kent</translation>
    </message>
    <message>
      <source>Another basis (type it below)</source>
      <translation>Een andere grondslag (typ die hieronder)</translation>
    </message>
    <message>
      <source>Choose the basis (required)</source>
      <translation>Kies de grondslag (verplicht)</translation>
    </message>
    <message>
      <source>Sealed for</source>
      <translation>Versleuteld voor</translation>
    </message>
    <message>
      <source>Their hand-over key</source>
      <translation>De overdrachtssleutel van de ontvanger</translation>
    </message>
    <message>
      <source>From your contacts…</source>
      <translation>Uit uw contacten…</translation>
    </message>
    <message>
      <source>Hand-over key from your contacts</source>
      <translation>Overdrachtssleutel uit uw contacten</translation>
    </message>
    <message>
      <source>A one-time passphrase, shown once, to give them by phone</source>
      <translation>Een eenmalige wachtwoordzin, één keer getoond, om telefonisch door te geven</translation>
    </message>
    <message>
      <source>Also write the PDF in both languages</source>
      <translation>Ook de pdf in beide talen maken</translation>
    </message>
    <message>
      <source>Hand over…</source>
      <translation>Overdragen…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Paste your colleague's hand-over key.</source>
      <translation>Plak de overdrachtssleutel van uw collega.</translation>
    </message>
    <message>
      <source>This is not a complete hand-over key: it starts with age1.</source>
      <translation>Dit is geen volledige overdrachtssleutel: die begint met age1.</translation>
    </message>
    <message>
      <source>Choose the lawful basis.</source>
      <translation>Kies de rechtsgrond.</translation>
    </message>
    <message>
      <source>Type the lawful basis.</source>
      <translation>Typ de rechtsgrond.</translation>
    </message>
  </context>
  <context>
    <name>HandoverImporter</name>
    <message>
      <source>Nothing was imported.</source>
      <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <source>This file is not a hand-over packet.</source>
      <translation>Dit bestand is geen overdrachtspakket.</translation>
    </message>
    <message>
      <source>This hand-over packet is incomplete: the file ends before the packet does (a copy or a download was cut short). Ask the sender to send it again.</source>
      <translation>Dit overdrachtspakket is onvolledig: het bestand houdt op voordat het pakket eindigt (een kopie of download is afgebroken). Vraag de afzender het opnieuw te sturen.</translation>
    </message>
    <message>
      <source>This hand-over packet has been altered or damaged since it was sealed. Ask the sender to send it again.</source>
      <translation>Dit overdrachtspakket is gewijzigd of beschadigd sinds het werd versleuteld. Vraag de afzender het opnieuw te sturen.</translation>
    </message>
    <message>
      <source>This hand-over packet was sealed to another hand-over key, not to this installation's. Check that the sender used your key.</source>
      <translation>Dit overdrachtspakket is versleuteld voor een andere overdrachtssleutel, niet voor die van deze installatie. Controleer of de afzender uw sleutel heeft gebruikt.</translation>
    </message>
    <message>
      <source>The one-time passphrase does not open this hand-over packet. Check the words with the sender and try again.</source>
      <translation>De eenmalige wachtwoordzin opent dit overdrachtspakket niet. Controleer de woorden met de afzender en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>This hand-over packet was made by a newer version of the app. Update the app to open it.</source>
      <translation>Dit overdrachtspakket is gemaakt met een nieuwere versie van de app. Werk de app bij om het te openen.</translation>
    </message>
    <message>
      <source>This hand-over packet cannot be used: %1</source>
      <translation>Dit overdrachtspakket kan niet worden gebruikt: %1</translation>
    </message>
    <message>
      <source>the file is far larger than a hand-over packet</source>
      <translation>het bestand is veel groter dan een overdrachtspakket</translation>
    </message>
    <message>
      <source>The file could not be read: %1</source>
      <translation>Het bestand kon niet worden gelezen: %1</translation>
    </message>
    <message>
      <source>Hand-over packet</source>
      <translation>Overdrachtspakket</translation>
    </message>
    <message>
      <source>This packet is sealed with a one-time passphrase. Type the words the sender gave you:</source>
      <translation>Dit pakket is versleuteld met een eenmalige wachtwoordzin. Typ de woorden die de afzender u heeft gegeven:</translation>
    </message>
    <message>
      <source>The case could not be created: %1</source>
      <translation>Het dossier kon niet worden aangemaakt: %1</translation>
    </message>
  </context>
  <context>
    <name>HandoverKeyDialog</name>
    <message>
      <source>Your hand-over key</source>
      <translation>Uw overdrachtssleutel</translation>
    </message>
    <message>
      <source>Give this key to colleagues who will hand cases over to you: packets sealed to it open only in this app, with your notebook. It is not secret.</source>
      <translation>Geef deze sleutel aan collega's die dossiers aan u zullen overdragen: pakketten die ermee zijn versleuteld, openen alleen in deze app, met uw notitieboek. De sleutel is niet geheim.</translation>
    </message>
    <message>
      <source>Copy the key</source>
      <translation>Sleutel kopiëren</translation>
    </message>
    <message>
      <source>The key as a QR code</source>
      <translation>De sleutel als QR-code</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
  </context>
  <context>
    <name>HandoverPreview</name>
    <message>
      <source>Hand-over packet</source>
      <translation>Overdrachtspakket</translation>
    </message>
    <message>
      <source>Check where this comes from before you take it in. Accepting makes it a new case in your notebook; nothing is kept otherwise.</source>
      <translation>Controleer waar dit vandaan komt voordat u het overneemt. Als u het aanvaardt, wordt het een nieuw dossier in uw notitieboek; anders wordt er niets bewaard.</translation>
    </message>
    <message>
      <source>What the packet holds</source>
      <translation>Wat het pakket bevat</translation>
    </message>
    <message>
      <source>Create the case</source>
      <translation>Dossier aanmaken</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
  </context>
  <context>
    <name>HandoverSender</name>
    <message>
      <source>Hand over to a colleague</source>
      <translation>Overdragen aan een collega</translation>
    </message>
    <message>
      <source>Hand-over packets (*%1)</source>
      <translation>Overdrachtspakketten (*%1)</translation>
    </message>
    <message>
      <source>Sealing the packet…</source>
      <translation>Het pakket wordt versleuteld…</translation>
    </message>
    <message>
      <source>the notebook was locked</source>
      <translation>het notitieboek werd vergrendeld</translation>
    </message>
    <message>
      <source>The hand-over could not be entered in the register (%1), so its files were removed. Hand it over again.</source>
      <translation>De overdracht kon niet in het register worden opgenomen (%1), daarom zijn de bestanden verwijderd. Draag het dossier opnieuw over.</translation>
    </message>
    <message>
      <source>One-time passphrase</source>
      <translation>Eenmalige wachtwoordzin</translation>
    </message>
    <message>
      <source>Give these words to your colleague by another channel, such as a phone call, never with the packet. They are shown only now.</source>
      <translation>Geef deze woorden via een ander kanaal aan uw collega, bijvoorbeeld telefonisch, nooit samen met het pakket. Ze worden alleen nu getoond.</translation>
    </message>
    <message>
      <source>The hand-over could not be written: %1</source>
      <translation>De overdracht kon niet worden geschreven: %1</translation>
    </message>
  </context>
  <context>
    <name>HelpController</name>
    <message>
      <source>Some parts of the handbook could not be read: see Help &gt; Content problems.</source>
      <translation>Sommige delen van het handboek konden niet worden gelezen: zie Help &gt; Problemen met de inhoud.</translation>
    </message>
    <message>
      <source>About INTERACT Desktop</source>
      <translation>Over INTERACT Desktop</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;INTERACT Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline guidance for professionals who protect children in migration from going missing and from trafficking.&lt;/p&gt;&lt;p&gt;It works without a network connection. The text is an independent guide; see the page “About this content”.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;INTERACT Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Een handreiking zonder internet voor professionals die kinderen in migratie beschermen tegen vermissing en mensenhandel.&lt;/p&gt;&lt;p&gt;De app werkt zonder netwerkverbinding. De tekst is een onafhankelijke gids; zie de pagina ‘Over deze inhoud’.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Content problems</source>
      <translation>Problemen met de inhoud</translation>
    </message>
    <message numerus="yes">
      <source>%n part(s) of the handbook could not be read and are left out.</source>
      <translation>
        <numerusform>%n deel van het handboek kon niet worden gelezen en is weggelaten.</numerusform>
        <numerusform>%n delen van het handboek konden niet worden gelezen en zijn weggelaten.</numerusform>
      </translation>
    </message>
    <message>
      <source>The rest of the guidance is complete and can be used.</source>
      <translation>De rest van de handreiking is volledig en bruikbaar.</translation>
    </message>
    <message>
      <source>&amp;Getting started</source>
      <translation>&amp;Aan de slag</translation>
    </message>
    <message>
      <source>&amp;About INTERACT Desktop</source>
      <translation>&amp;Over INTERACT Desktop</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
      <source>Content &amp;problems</source>
      <translation>&amp;Problemen met de inhoud</translation>
    </message>
  </context>
  <context>
    <name>HomeFeature</name>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Continue where I was: %1</source>
      <translation>Verder waar ik was: %1</translation>
    </message>
    <message>
      <source>Start page</source>
      <translation>Startpagina</translation>
    </message>
    <message>
      <source>The start page (%1)</source>
      <translation>De startpagina (%1)</translation>
    </message>
    <message>
      <source>What do you need to do?</source>
      <translation>Wat moet u doen?</translation>
    </message>
    <message>
      <source>A child is missing now</source>
      <translation>Er is nu een kind vermist</translation>
    </message>
    <message>
      <source>A child was found</source>
      <translation>Een kind is teruggevonden</translation>
    </message>
    <message>
      <source>Signs a child crossed a border</source>
      <translation>Aanwijzingen dat een kind een grens is overgestoken</translation>
    </message>
    <message>
      <source>Fill in a checklist</source>
      <translation>Een checklist invullen</translation>
    </message>
    <message>
      <source>Starts the guided response: the first steps, with their deadlines</source>
      <translation>Start de begeleide aanpak: de eerste stappen, met hun termijnen</translation>
    </message>
    <message>
      <source>Search the guide</source>
      <translation>Zoeken in de handreiking</translation>
    </message>
    <message>
      <source>Recent pages</source>
      <translation>Recente pagina's</translation>
    </message>
    <message>
      <source>The pages you read will be listed here. To start, choose a task above, search the guide or open the Contents on the left.</source>
      <translation>Hier verschijnen de pagina's die u leest. Kies om te beginnen hierboven een taak, zoek in de handreiking of open links de Inhoud.</translation>
    </message>
    <message>
      <source>No cases yet. To keep notes on a child, open the notebook and choose “New case…”.</source>
      <translation>Nog geen dossiers. Om notities over een kind bij te houden, opent u het notitieboek en kiest u “Nieuw dossier…”.</translation>
    </message>
    <message>
      <source>Recent cases</source>
      <translation>Recente dossiers</translation>
    </message>
    <message>
      <source>For trainers</source>
      <translation>Voor trainers</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Presenteren</translation>
    </message>
    <message>
      <source>Run an exercise</source>
      <translation>Een oefening houden</translation>
    </message>
    <message>
      <source>New here? Getting started</source>
      <translation>Nieuw hier? Aan de slag</translation>
    </message>
    <message>
      <source>How to find your way around the app, in five minutes</source>
      <translation>Zo vindt u in vijf minuten uw weg in de app</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <source>Import contacts</source>
      <translation>Contacten importeren</translation>
    </message>
    <message numerus="yes">
      <source>New entries: %n</source>
      <translation>
        <numerusform>Nieuw contact: %n</numerusform>
        <numerusform>Nieuwe contacten: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Entries this file would change: %n</source>
      <translation>
        <numerusform>Contact dat dit bestand zou wijzigen: %n</numerusform>
        <numerusform>Contacten die dit bestand zou wijzigen: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Tick the changes to make; the others stay as now.</source>
      <translation>Vink de wijzigingen aan die u wilt doorvoeren; de rest blijft zoals het is.</translation>
    </message>
    <message numerus="yes">
      <source>Not imported: %n</source>
      <translation>
        <numerusform>Niet geïmporteerd: %n</numerusform>
        <numerusform>Niet geïmporteerd: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importeren</translation>
    </message>
  </context>
  <context>
    <name>InjectBox</name>
    <message>
      <source>Minute %1</source>
      <translation>Minuut %1</translation>
    </message>
    <message>
      <source>revealed to the room at %1</source>
      <translation>om %1 aan de zaal getoond</translation>
    </message>
    <message>
      <source>Sections this tests</source>
      <translation>Delen die dit toetst</translation>
    </message>
    <message>
      <source>Group or participant:</source>
      <translation>Groep of deelnemer:</translation>
    </message>
    <message>
      <source>Decision:</source>
      <translation>Beslissing:</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Vastleggen</translation>
    </message>
    <message>
      <source>Decision on this inject</source>
      <translation>Beslissing over dit inject</translation>
    </message>
    <message>
      <source>Group or participant</source>
      <translation>Groep of deelnemer</translation>
    </message>
    <message>
      <source>Decisions recorded</source>
      <translation>Vastgelegde beslissingen</translation>
    </message>
    <message>
      <source>No decision recorded yet.</source>
      <translation>Nog geen beslissing vastgelegd.</translation>
    </message>
  </context>
  <context>
    <name>LockReport</name>
    <message>
      <source>The notebook is locked, but the disk is full.</source>
      <translation>Het notitieboek is vergrendeld, maar de schijf is vol.</translation>
    </message>
    <message>
      <source>The notebook is locked, but its disk is read-only.</source>
      <translation>Het notitieboek is vergrendeld, maar de schijf is alleen-lezen.</translation>
    </message>
    <message>
      <source>The notebook is locked, but this account may not write to its folder.</source>
      <translation>Het notitieboek is vergrendeld, maar dit account mag niet in de map ervan schrijven.</translation>
    </message>
    <message>
      <source>The notebook is locked, but the disk reported a write error.</source>
      <translation>Het notitieboek is vergrendeld, maar de schijf meldde een schrijffout.</translation>
    </message>
    <message>
      <source>The notebook is locked, but its file looks damaged.</source>
      <translation>Het notitieboek is vergrendeld, maar het bestand lijkt beschadigd.</translation>
    </message>
    <message>
      <source>The notebook is locked, but its file could not be written.</source>
      <translation>Het notitieboek is vergrendeld, maar het bestand kon niet worden geschreven.</translation>
    </message>
    <message>
      <source>Changes saved before the lock are kept as far as the file allows. Unlock the notebook to see what it holds, or restore your latest backup.</source>
      <translation>Wijzigingen die vóór het vergrendelen zijn opgeslagen, blijven bewaard voor zover het bestand dat toelaat. Ontgrendel het notitieboek om te zien wat erin staat, of zet uw laatste back-up terug.</translation>
    </message>
    <message>
      <source>Every change saved before the lock is kept: it is written into the notebook the next time the notebook is unlocked.</source>
      <translation>Elke wijziging die vóór het vergrendelen is opgeslagen, blijft bewaard: ze wordt in het notitieboek geschreven zodra het weer wordt ontgrendeld.</translation>
    </message>
    <message>
      <source>the note being written</source>
      <translation>de notitie die werd geschreven</translation>
    </message>
    <message>
      <source>the case details being edited</source>
      <translation>de dossiergegevens die werden bewerkt</translation>
    </message>
    <message>
      <source>the checklist being filled in</source>
      <translation>de checklist die werd ingevuld</translation>
    </message>
    <message>
      <source>The last changes to %1 could not be saved and are not in the notebook.</source>
      <translation>De laatste wijzigingen aan %1 konden niet worden opgeslagen en staan niet in het notitieboek.</translation>
    </message>
    <message>
      <source>Free some space on the disk, then unlock the notebook.</source>
      <translation>Maak ruimte vrij op de schijf en ontgrendel dan het notitieboek.</translation>
    </message>
    <message>
      <source>Make the disk writable again (a write-protect switch, or a disk the system mounted read-only), then unlock the notebook.</source>
      <translation>Maak de schijf weer beschrijfbaar (een schrijfbeveiligingsschakelaar, of een schijf die het systeem alleen-lezen heeft gekoppeld) en ontgrendel dan het notitieboek.</translation>
    </message>
    <message>
      <source>Ask whoever manages this computer to let your account write to the notebook's folder, then unlock the notebook.</source>
      <translation>Vraag de beheerder van deze computer uw account schrijfrechten te geven op de map van het notitieboek en ontgrendel dan het notitieboek.</translation>
    </message>
    <message>
      <source>Check the disk, then unlock the notebook.</source>
      <translation>Controleer de schijf en ontgrendel dan het notitieboek.</translation>
    </message>
    <message>
      <source>The system said: %1</source>
      <translation>Het systeem meldde: %1</translation>
    </message>
    <message>
      <source>Notebook locked</source>
      <translation>Notitieboek vergrendeld</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>Beel&amp;d</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Ga naar</translation>
    </message>
    <message>
      <source>&amp;Bookmarks</source>
      <translation>Blad&amp;wijzers</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>Af&amp;sluiten</translation>
    </message>
    <message>
      <source>Show the side&amp;bar</source>
      <translation>Zij&amp;balk tonen</translation>
    </message>
    <message>
      <source>Show or hide the sidebar: contents, search, bookmarks (%1)</source>
      <translation>Zijbalk tonen of verbergen: inhoud, zoeken, bladwijzers (%1)</translation>
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
      <translation>Back-up van het notitieboek maken</translation>
    </message>
    <message>
      <source>Notebook backups (*.backup)</source>
      <translation>Back-ups van het notitieboek (*.backup)</translation>
    </message>
    <message>
      <source>The backup could not be written: %1</source>
      <translation>De back-up kon niet worden geschreven: %1</translation>
    </message>
    <message>
      <source>The notebook was copied to %1. The copy is encrypted: only the notebook's passphrase opens it. Keep it somewhere as safe as this computer.</source>
      <translation>Het notitieboek is gekopieerd naar %1. De kopie is versleuteld: alleen de wachtwoordzin van het notitieboek opent haar. Bewaar haar op een plek die even veilig is als deze computer.</translation>
    </message>
  </context>
  <context>
    <name>NotebookBusy</name>
    <message>
      <source>Case notebook in use</source>
      <translation>Notitieboek in gebruik</translation>
    </message>
    <message>
      <source>A notebook command (a restore, a backup or a check) is using the case notebook. The guidance stays open; close this window and start the app again when the command has finished before you open the notebook.</source>
      <translation>Een opdracht voor het notitieboek (terugzetten, back-up of controle) gebruikt het notitieboek. De handreiking blijft open; sluit dit venster en start de app opnieuw wanneer de opdracht klaar is, voordat u het notitieboek opent.</translation>
    </message>
  </context>
  <context>
    <name>NotebookFeature</name>
    <message>
      <source>Unlock the notebook to make your hand-over key: it is kept in it.</source>
      <translation>Ontgrendel het notitieboek om uw overdrachtssleutel te maken: die wordt erin bewaard.</translation>
    </message>
    <message>
      <source>Unlock the notebook to open a hand-over packet: it becomes a case in it.</source>
      <translation>Ontgrendel het notitieboek om een overdrachtspakket te openen: het wordt er een dossier in.</translation>
    </message>
    <message>
      <source>Open hand-over packet</source>
      <translation>Overdrachtspakket openen</translation>
    </message>
    <message>
      <source>Hand-over packets (*%1)</source>
      <translation>Overdrachtspakketten (*%1)</translation>
    </message>
    <message>
      <source>Checklists moved</source>
      <translation>Checklists verplaatst</translation>
    </message>
    <message numerus="yes">
      <source>%n checklist(s) filled in before the notebook existed are now kept in it, encrypted. Their unencrypted files were removed.</source>
      <translation>
        <numerusform>%n checklist die vóór het notitieboek werd ingevuld, staat er nu versleuteld in. Het onversleutelde bestand is verwijderd.</numerusform>
        <numerusform>%n checklists die vóór het notitieboek werden ingevuld, staan er nu versleuteld in. De onversleutelde bestanden zijn verwijderd.</numerusform>
      </translation>
    </message>
    <message>
      <source>Notebook</source>
      <translation>Notitieboek</translation>
    </message>
    <message>
      <source>&amp;Notebook</source>
      <translation>&amp;Notitieboek</translation>
    </message>
    <message>
      <source>Open the notebook</source>
      <translation>Notitieboek openen</translation>
    </message>
    <message>
      <source>&amp;Lock the notebook</source>
      <translation>Notitieboek &amp;vergrendelen</translation>
    </message>
    <message>
      <source>Back up the notebook…</source>
      <translation>Back-up van het notitieboek maken…</translation>
    </message>
    <message>
      <source>Open &amp;hand-over packet…</source>
      <translation>Overdrachtspa&amp;kket openen…</translation>
    </message>
    <message>
      <source>Your hand-over key…</source>
      <translation>Uw overdrachtssleutel…</translation>
    </message>
    <message>
      <source>The case notebook keeps notes and a timeline for each case, encrypted on this computer. Cases have a reference, never a name. It locks itself when the app is not used for a while, and with Ctrl+L.</source>
      <translation>Het notitieboek bewaart notities en een tijdlijn per dossier, versleuteld op deze computer. Een dossier heeft een referentie, nooit een naam. Het notitieboek vergrendelt zichzelf als de app een tijd niet gebruikt wordt, en met Ctrl+L.</translation>
    </message>
    <message>
      <source>Lock now</source>
      <translation>Nu vergrendelen</translation>
    </message>
  </context>
  <context>
    <name>NotebookView</name>
    <message>
      <source>Case notebook</source>
      <translation>Notitieboek voor dossiers</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Vergrendelen</translation>
    </message>
    <message>
      <source>Lock the notebook now (%1)</source>
      <translation>Het notitieboek nu vergrendelen (%1)</translation>
    </message>
    <message>
      <source>Lock after</source>
      <translation>Vergrendelen na</translation>
    </message>
    <message>
      <source>min idle</source>
      <translation>min. zonder gebruik</translation>
    </message>
    <message>
      <source>Minutes without use before the notebook locks</source>
      <translation>Minuten zonder gebruik voordat het notitieboek vergrendelt</translation>
    </message>
    <message>
      <source>Search the notebook</source>
      <translation>Zoeken in het notitieboek</translation>
    </message>
    <message>
      <source>Notebook search results</source>
      <translation>Zoekresultaten in het notitieboek</translation>
    </message>
    <message>
      <source>Filter cases</source>
      <translation>Dossiers filteren</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <source>New case…</source>
      <translation>Nieuw dossier…</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Tijdlijn</translation>
    </message>
    <message>
      <source>Checklists</source>
      <translation>Checklists</translation>
    </message>
    <message>
      <source>Notes of this case</source>
      <translation>Notities van dit dossier</translation>
    </message>
    <message>
      <source>New note</source>
      <translation>Nieuwe notitie</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
    <message>
      <source>Write the note here. Markdown works: # heading, **bold**, - list.</source>
      <translation>Schrijf hier de notitie. Markdown werkt: # kop, **vet**, - lijst.</translation>
    </message>
    <message>
      <source>Note preview</source>
      <translation>Voorbeeld van de notitie</translation>
    </message>
    <message>
      <source>Timeline of the case</source>
      <translation>Tijdlijn van het dossier</translation>
    </message>
    <message>
      <source>Date and time of the entry</source>
      <translation>Datum en tijd van de gebeurtenis</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Wat er gebeurde</translation>
    </message>
    <message>
      <source>Add to timeline</source>
      <translation>Aan tijdlijn toevoegen</translation>
    </message>
    <message>
      <source>This passphrase does not open the notebook. Check the keyboard language and Caps Lock, then try again.</source>
      <translation>Met deze wachtwoordzin gaat het notitieboek niet open. Controleer de toetsenbordtaal en Caps Lock en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The notebook could not be opened: %1</source>
      <translation>Het notitieboek kon niet worden geopend: %1</translation>
    </message>
    <message>
      <source>No cases yet. To keep notes on a child, choose “New case…” at the bottom left: a reference of your own is enough, no name.</source>
      <translation>Nog geen dossiers. Om notities over een kind bij te houden, kiest u linksonder “Nieuw dossier…”: een eigen kenmerk volstaat, geen naam.</translation>
    </message>
    <message>
      <source>Choose a case on the left, or create a new one.</source>
      <translation>Kies links een dossier, of maak een nieuw dossier aan.</translation>
    </message>
    <message>
      <source>New case</source>
      <translation>Nieuw dossier</translation>
    </message>
    <message>
      <source>Reference for the case, for example a file number or a code of your own.
Use a pseudonymous reference: no real name is needed, and none should be used here.</source>
      <translation>Referentie voor het dossier, bijvoorbeeld een dossiernummer of een eigen code.
Gebruik een pseudoniem als referentie: een echte naam is niet nodig en hoort hier niet.</translation>
    </message>
    <message>
      <source>The note could not be saved: %1</source>
      <translation>De notitie kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
      <source>Saved at %1</source>
      <translation>Opgeslagen om %1</translation>
    </message>
    <message>
      <source>note</source>
      <translation>notitie</translation>
    </message>
    <message>
      <source>checklist finalised</source>
      <translation>checklist afgerond</translation>
    </message>
    <message>
      <source>export</source>
      <translation>export</translation>
    </message>
    <message>
      <source>flowchart step</source>
      <translation>stap in stroomschema</translation>
    </message>
    <message>
      <source>Nothing found in the notebook.</source>
      <translation>Niets gevonden in het notitieboek.</translation>
    </message>
  </context>
  <context>
    <name>PageTexts</name>
    <message>
      <source>Fill in this checklist</source>
      <translation>Deze checklist invullen</translation>
    </message>
    <message>
      <source>Minute %1</source>
      <translation>Minuut %1</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Vraag</translation>
    </message>
    <message>
      <source>Sections this tests</source>
      <translation>Delen die dit toetst</translation>
    </message>
    <message>
      <source>Run this exercise</source>
      <translation>Deze oefening houden</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Woordenlijst</translation>
    </message>
    <message>
      <source>%1: how this works there (below)</source>
      <translation>%1: zo werkt het daar (hieronder)</translation>
    </message>
    <message>
      <source>Another country:</source>
      <translation>Een ander land:</translation>
    </message>
    <message>
      <source>How this works in:</source>
      <translation>Zo werkt het in:</translation>
    </message>
    <message>
      <source>Compare two countries</source>
      <translation>Twee landen vergelijken</translation>
    </message>
    <message>
      <source>show instead:</source>
      <translation>in plaats daarvan:</translation>
    </message>
    <message>
      <source>%1 and %2 compared</source>
      <translation>%1 en %2 vergeleken</translation>
    </message>
    <message>
      <source>Checklists</source>
      <translation>Checklists</translation>
    </message>
    <message>
      <source>Flowcharts</source>
      <translation>Stroomschema's</translation>
    </message>
    <message>
      <source>Exercises</source>
      <translation>Oefeningen</translation>
    </message>
  </context>
  <context>
    <name>PresenterConsole</name>
    <message>
      <source>End of the presentation</source>
      <translation>Einde van de presentatie</translation>
    </message>
    <message>
      <source>Presenter console</source>
      <translation>Presentatorscherm</translation>
    </message>
    <message>
      <source>Next slide</source>
      <translation>Volgende dia</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Right, Space, Page Down: next · Left, Backspace, Page Up: back · Home, End: first, last · L: reading or second language · Esc: end</source>
      <translation>Rechts, spatie, Page Down: volgende · Links, Backspace, Page Up: terug · Home, End: eerste, laatste · L: leestaal of tweede taal · Esc: einde</translation>
    </message>
  </context>
  <context>
    <name>PresenterFeature</name>
    <message>
      <source>No second language is chosen. Choose one under Side by side (F4) in the window, then press L to switch.</source>
      <translation>Er is geen tweede taal gekozen. Kies er een bij Naast elkaar (F4) in het venster en druk dan op L om te wisselen.</translation>
    </message>
    <message>
      <source>Preparing the slides of the whole handbook…</source>
      <translation>De dia's van het hele handboek worden voorbereid…</translation>
    </message>
    <message>
      <source>The slides could not be made: %1</source>
      <translation>De dia's konden niet worden gemaakt: %1</translation>
    </message>
    <message>
      <source>Present this page as slides</source>
      <translation>Deze pagina presenteren als dia's</translation>
    </message>
    <message>
      <source>Show this page as slides, full screen (%1)</source>
      <translation>Deze pagina als dia's op volledig scherm tonen (%1)</translation>
    </message>
    <message>
      <source>Present this chapter as slides</source>
      <translation>Dit hoofdstuk presenteren als dia's</translation>
    </message>
    <message>
      <source>Show the chapter of this page as slides, full screen (%1)</source>
      <translation>Het hoofdstuk van deze pagina als dia's op volledig scherm tonen (%1)</translation>
    </message>
    <message>
      <source>Present the whole handbook as slides</source>
      <translation>Het hele handboek presenteren als dia's</translation>
    </message>
    <message>
      <source>Show every chapter as slides, full screen (%1)</source>
      <translation>Alle hoofdstukken als dia's op volledig scherm tonen (%1)</translation>
    </message>
  </context>
  <context>
    <name>PresenterView</name>
    <message>
      <source>Presentation</source>
      <translation>Presentatie</translation>
    </message>
    <message>
      <source>Slide text</source>
      <translation>Tekst van de dia</translation>
    </message>
    <message>
      <source>Slide %1 of %2. Arrow keys move, Esc leaves, L switches between the reading language and the second language.</source>
      <translation>Dia %1 van %2. Pijltoetsen bladeren, Esc stopt, L wisselt tussen de leestaal en de tweede taal.</translation>
    </message>
  </context>
  <context>
    <name>ReaderFeature</name>
    <message>
      <source>Guidance text in a second language</source>
      <translation>Tekst van de handreiking in een tweede taal</translation>
    </message>
    <message>
      <source>This page is not in the handbook: %1</source>
      <translation>Deze pagina staat niet in het handboek: %1</translation>
    </message>
    <message>
      <source>+%n more</source>
      <translation>+%n meer</translation>
    </message>
    <message>
      <source>Bookmarks</source>
      <translation>Bladwijzers</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Inhoud</translation>
    </message>
    <message>
      <source>Next match in page</source>
      <translation>Volgende treffer op de pagina</translation>
    </message>
    <message>
      <source>Previous match in page</source>
      <translation>Vorige treffer op de pagina</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Terug</translation>
    </message>
    <message>
      <source>Back to the previous page (%1)</source>
      <translation>Terug naar de vorige pagina (%1)</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Vooruit</translation>
    </message>
    <message>
      <source>Forward to the next page (%1)</source>
      <translation>Vooruit naar de volgende pagina (%1)</translation>
    </message>
    <message>
      <source>Larger text</source>
      <translation>Grotere tekst</translation>
    </message>
    <message>
      <source>Smaller text</source>
      <translation>Kleinere tekst</translation>
    </message>
    <message>
      <source>Normal text size</source>
      <translation>Normale tekstgrootte</translation>
    </message>
    <message>
      <source>Side by side</source>
      <translation>Naast elkaar</translation>
    </message>
    <message>
      <source>Show the same page in a second language next to this one (%1)</source>
      <translation>Dezelfde pagina in een tweede taal ernaast tonen (%1)</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Woordenlijst</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Taal:</translation>
    </message>
    <message>
      <source>Language of the menus and of the guidance</source>
      <translation>Taal van de menu's en van de handreiking</translation>
    </message>
    <message>
      <source>Language of the side-by-side view (choosing one shows it)</source>
      <translation>Taal van de weergave naast elkaar (een taal kiezen toont die)</translation>
    </message>
    <message>
      <source>Scroll together</source>
      <translation>Samen scrollen</translation>
    </message>
    <message>
      <source>Both languages scroll together, heading by heading; off: each on its own (%1)</source>
      <translation>Beide talen scrollen samen, kop voor kop; uit: elk apart (%1)</translation>
    </message>
    <message>
      <source>Guidance text</source>
      <translation>Tekst van de handreiking</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>Second language</source>
      <translation>Tweede taal</translation>
    </message>
  </context>
  <context>
    <name>RolePopover</name>
    <message>
      <source>Copy</source>
      <translation>Kopiëren</translation>
    </message>
    <message>
      <source>Copy this entry to the clipboard</source>
      <translation>Dit contact naar het klembord kopiëren</translation>
    </message>
    <message>
      <source>You have no contact for this role yet. Add the number you would call.</source>
      <translation>U hebt nog geen contact voor deze rol. Voeg het nummer toe dat u zou bellen.</translation>
    </message>
    <message>
      <source>Add or change contacts…</source>
      <translation>Contacten toevoegen of wijzigen…</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Toevoegen…</translation>
    </message>
  </context>
  <context>
    <name>SearchController</name>
    <message>
      <source>Search the handbook (%1)</source>
      <translation>Zoeken in het handboek (%1)</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Zoeken</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Zoekresultaten</translation>
    </message>
    <message>
      <source>Where to search</source>
      <translation>Waar zoeken</translation>
    </message>
    <message>
      <source>What to search</source>
      <translation>Wat zoeken</translation>
    </message>
    <message>
      <source>This language</source>
      <translation>Deze taal</translation>
    </message>
    <message>
      <source>All five languages</source>
      <translation>Alle vijf talen</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Alles</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Hoofdstukken en paragrafen</translation>
    </message>
    <message>
      <source>Checklists</source>
      <translation>Checklists</translation>
    </message>
    <message>
      <source>Flowcharts</source>
      <translation>Stroomschema's</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Woordenlijst</translation>
    </message>
    <message>
      <source>Country notes</source>
      <translation>Landennotities</translation>
    </message>
    <message>
      <source>No results for “%1”. Showing results for “%2”.</source>
      <translation>Geen resultaten voor ‘%1’. Resultaten voor ‘%2’ worden getoond.</translation>
    </message>
    <message>
      <source>Did you mean: %1?</source>
      <translation>Bedoelde u: %1?</translation>
    </message>
    <message>
      <source>No results. Check the spelling, try fewer or other words, or choose “All five languages” above.</source>
      <translation>Geen resultaten. Controleer de spelling, probeer minder of andere woorden, of kies hierboven “Alle vijf talen”.</translation>
    </message>
    <message numerus="yes">
      <source>%n result(s)</source>
      <translation>
        <numerusform>%n resultaat</numerusform>
        <numerusform>%n resultaten</numerusform>
      </translation>
    </message>
    <message>
      <source>Preparing search: %1 of %2 languages…</source>
      <translation>Zoeken wordt voorbereid: %1 van %2 talen…</translation>
    </message>
    <message>
      <source>Search is not available: %1</source>
      <translation>Zoeken is niet beschikbaar: %1</translation>
    </message>
  </context>
  <context>
    <name>SearchFeature</name>
    <message>
      <source>Search</source>
      <translation>Zoeken</translation>
    </message>
    <message>
      <source>Search the handbook</source>
      <translation>Zoeken in het handboek</translation>
    </message>
    <message>
      <source>Search field in the toolbar</source>
      <translation>Zoekveld in de werkbalk</translation>
    </message>
    <message>
      <source>Search (%1)</source>
      <translation>Zoeken (%1)</translation>
    </message>
    <message>
      <source>Search the guide</source>
      <translation>Zoeken in de handreiking</translation>
    </message>
    <message>
      <source>Type words and press Enter: the results are listed in the Search tab</source>
      <translation>Typ woorden en druk op Enter: de resultaten staan in het tabblad Zoeken</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Sneltoetsen</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Opdracht</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Toetsen</translation>
    </message>
  </context>
  <context>
    <name>StatusFilter</name>
    <message>
      <source>All statuses</source>
      <translation>Alle statussen</translation>
    </message>
    <message>
      <source>Past the retention date</source>
      <translation>Bewaartermijn verstreken</translation>
    </message>
    <message>
      <source>Show cases by status</source>
      <translation>Dossiers tonen per status</translation>
    </message>
  </context>
  <context>
    <name>StorageMessage</name>
    <message>
      <source>The disk is full. Free some space on it, then try again.</source>
      <translation>De schijf is vol. Maak er ruimte op vrij en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The disk is read-only (write-protected or mounted read-only).</source>
      <translation>De schijf is alleen-lezen (beveiligd tegen schrijven of alleen-lezen gekoppeld).</translation>
    </message>
    <message>
      <source>This user account may not write to that folder.</source>
      <translation>Dit gebruikersaccount mag niet in die map schrijven.</translation>
    </message>
    <message>
      <source>The disk reported a write error: it may be failing or was removed. Check it, then try again.</source>
      <translation>De schijf meldde een schrijffout: ze is misschien defect of werd verwijderd. Controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The file is damaged. Restore it from a backup.</source>
      <translation>Het bestand is beschadigd. Zet het terug vanuit een back-up.</translation>
    </message>
    <message>
      <source>Another program is using the file. Close it, then try again.</source>
      <translation>Een ander programma gebruikt het bestand. Sluit dat programma en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The disk refused the write (the system said: %1).</source>
      <translation>De schijf weigerde het schrijven (het systeem meldde: %1).</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Notebook passphrase</source>
      <translation>Wachtwoordzin van het notitieboek</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Wachtwoordzin</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Wachtwoordzin nogmaals</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Wachtwoordzin:</translation>
    </message>
    <message>
      <source>Again:</source>
      <translation>Nogmaals:</translation>
    </message>
    <message>
      <source>Checking the passphrase…</source>
      <translation>Wachtwoordzin wordt gecontroleerd…</translation>
    </message>
    <message>
      <source>Create the case notebook</source>
      <translation>Het notitieboek aanmaken</translation>
    </message>
    <message>
      <source>Case notes are kept encrypted on this computer and open only with your passphrase. Choose a long one (several words are easiest to remember): nobody can recover it if it is forgotten.</source>
      <translation>Dossiernotities worden versleuteld op deze computer bewaard en gaan alleen open met uw wachtwoordzin. Kies een lange: een zin van een paar woorden onthoudt u het makkelijkst. Niemand kan hem terughalen als u hem vergeet.</translation>
    </message>
    <message>
      <source>Create the notebook</source>
      <translation>Notitieboek aanmaken</translation>
    </message>
    <message>
      <source>The case notebook is locked</source>
      <translation>Het notitieboek voor dossiers is vergrendeld</translation>
    </message>
    <message>
      <source>Enter your passphrase to open the case notes.</source>
      <translation>Voer uw wachtwoordzin in om de dossiernotities te openen.</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Ontgrendelen</translation>
    </message>
    <message>
      <source>Strength: weak — add words or characters</source>
      <translation>Sterkte: zwak — voeg woorden of tekens toe</translation>
    </message>
    <message>
      <source>Strength: fair</source>
      <translation>Sterkte: redelijk</translation>
    </message>
    <message>
      <source>Strength: strong</source>
      <translation>Sterkte: sterk</translation>
    </message>
    <message>
      <source>Enter a passphrase.</source>
      <translation>Voer een wachtwoordzin in.</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation>De twee wachtwoordzinnen verschillen. Typ ze opnieuw.</translation>
    </message>
  </context>
</TS>
