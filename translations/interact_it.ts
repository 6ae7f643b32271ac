<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
  <context>
    <name>AlreadyOpen</name>
    <message>
      <source>INTERACT Desktop</source>
      <translation>INTERACT Desktop</translation>
    </message>
    <message>
      <source>INTERACT Desktop is already open with this data folder.</source>
      <translation>INTERACT Desktop è già aperto con questa cartella di dati.</translation>
    </message>
    <message>
      <source>Its window could not be brought forward: look for it in the taskbar or on another desktop. Only one window at a time may use the notebook, so that nothing typed in one is lost in the other.</source>
      <translation>Non è stato possibile portare in primo piano la sua finestra: cercarla nella barra delle applicazioni o su un altro desktop. Una sola finestra alla volta può usare il taccuino, perché nulla di quanto scritto in una vada perso nell'altra.</translation>
    </message>
    <message>
      <source>(Process %1.)</source>
      <translation>(Processo %1.)</translation>
    </message>
  </context>
  <context>
    <name>AppearanceMenu</name>
    <message>
      <source>&amp;Appearance</source>
      <translation>&amp;Aspetto</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Come il sistema</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Chiaro</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Scuro</translation>
    </message>
  </context>
  <context>
    <name>BookmarksController</name>
    <message>
      <source>Bookmarks</source>
      <translation>Segnalibri</translation>
    </message>
    <message>
      <source>Bookmark removed</source>
      <translation>Segnalibro tolto</translation>
    </message>
    <message>
      <source>Bookmark added</source>
      <translation>Segnalibro aggiunto</translation>
    </message>
    <message>
      <source>Bookmark</source>
      <translation>Segnalibro</translation>
    </message>
    <message>
      <source>Add or remove a bookmark for this page (%1)</source>
      <translation>Aggiungi o togli un segnalibro per questa pagina (%1)</translation>
    </message>
  </context>
  <context>
    <name>CaseChecklists</name>
    <message>
      <source>Finalised</source>
      <translation>Finalizzata</translation>
    </message>
    <message>
      <source>Finalised %1</source>
      <translation>Finalizzata il %1</translation>
    </message>
    <message>
      <source>Being filled in</source>
      <translation>In compilazione</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Alta</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Media</translation>
    </message>
    <message>
      <source>No checklist is attached to this case yet.</source>
      <translation>Nessuna lista di controllo è ancora collegata a questo caso.</translation>
    </message>
    <message>
      <source>Checklists filled in for this case. Open one to see or change it.</source>
      <translation>Liste di controllo compilate per questo caso. Aprirne una per vederla o modificarla.</translation>
    </message>
    <message>
      <source>Attach a new checklist</source>
      <translation>Collega una nuova lista di controllo</translation>
    </message>
    <message>
      <source>Checklist to fill in for this case:</source>
      <translation>Lista di controllo da compilare per questo caso:</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Lista di controllo</translation>
    </message>
    <message>
      <source>Last changed</source>
      <translation>Ultima modifica</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>Allerta</translation>
    </message>
    <message>
      <source>Checklists of this case</source>
      <translation>Liste di controllo di questo caso</translation>
    </message>
    <message>
      <source>Attach a new checklist…</source>
      <translation>Collega una nuova lista di controllo…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Apri</translation>
    </message>
    <message>
      <source>Detach from the case</source>
      <translation>Scollega dal caso</translation>
    </message>
    <message>
      <source>The checklist stays in the notebook, under File &gt; Saved checklists</source>
      <translation>La lista di controllo resta nel taccuino, in File &gt; Liste di controllo salvate</translation>
    </message>
  </context>
  <context>
    <name>CaseDetails</name>
    <message>
      <source>Reference</source>
      <translation>Riferimento</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <source>Languages spoken</source>
      <translation>Lingue parlate</translation>
    </message>
    <message>
      <source>Roles involved</source>
      <translation>Ruoli coinvolti</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Aperto il</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Visto l'ultima volta</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Chiuso il</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Etichette</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Finalità</translation>
    </message>
    <message>
      <source>Retention date</source>
      <translation>Conservare fino al</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>non impostata</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>Nessuna data</translation>
    </message>
    <message>
      <source>Clear %1</source>
      <translation>Cancella: %1</translation>
    </message>
    <message>
      <source>A pseudonymous reference, such as a file number: no real name is needed.</source>
      <translation>Un riferimento pseudonimo, come un numero di fascicolo: non serve alcun nome reale.</translation>
    </message>
    <message>
      <source>For example: Arabic, French</source>
      <translation>Per esempio: arabo, francese</translation>
    </message>
    <message>
      <source>For example: guardian, police, shelter staff</source>
      <translation>Per esempio: tutore, forze dell'ordine, personale della struttura</translation>
    </message>
    <message>
      <source>Words to group cases, separated by commas</source>
      <translation>Parole per raggruppare i casi, separate da virgole</translation>
    </message>
    <message>
      <source>Why this case is kept, for example: to protect the child while missing.</source>
      <translation>Perché il caso è conservato, per esempio: per proteggere il minore finché è scomparso.</translation>
    </message>
    <message>
      <source>The date by which the case should be deleted, when it is no longer needed.</source>
      <translation>La data entro cui il caso va cancellato, quando non serve più.</translation>
    </message>
    <message>
      <source>This date has come: delete the case if it is no longer needed.</source>
      <translation>Questa data è arrivata: cancellare il caso se non serve più.</translation>
    </message>
    <message>
      <source>Delete this case for good…</source>
      <translation>Elimina definitivamente questo caso…</translation>
    </message>
    <message>
      <source>A case needs a reference (a pseudonym is enough).</source>
      <translation>Un caso ha bisogno di un riferimento (basta uno pseudonimo).</translation>
    </message>
    <message>
      <source>The details could not be saved: %1</source>
      <translation>Non è stato possibile salvare i dati: %1</translation>
    </message>
    <message>
      <source>Saved at %1</source>
      <translation>Salvato alle %1</translation>
    </message>
  </context>
  <context>
    <name>CaseExportDialog</name>
    <message>
      <source>Export case report</source>
      <translation>Esporta la relazione sul caso</translation>
    </message>
    <message>
      <source>A case report holds personal data. Choose what it includes:</source>
      <translation>Una relazione sul caso contiene dati personali. Scegliere che cosa includere:</translation>
    </message>
    <message>
      <source>Everything about this case</source>
      <translation>Tutto su questo caso</translation>
    </message>
    <message>
      <source>Every field, note, timeline entry, checklist and register line of this case, as a JSON file: the answer to a subject-access request.</source>
      <translation>Ogni campo, nota, voce della cronologia, lista di controllo e riga del registro di questo caso, in un file JSON: la risposta a una richiesta di accesso.</translation>
    </message>
    <message>
      <source>Full</source>
      <translation>Completo</translation>
    </message>
    <message>
      <source>Everything about the case, with its reference.</source>
      <translation>Tutto sul caso, con il suo riferimento.</translation>
    </message>
    <message>
      <source>Hand-over</source>
      <translation>Passaggio di consegne</translation>
    </message>
    <message>
      <source>For a colleague taking the case over: no reference, tags or register.</source>
      <translation>Per un collega che prende in carico il caso: senza riferimento, etichette né registro.</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Statistica</translation>
    </message>
    <message>
      <source>No free text at all, and dates by month only: for counting.</source>
      <translation>Nessun testo libero e date solo per mese: per contare.</translation>
    </message>
    <message>
      <source>For whom</source>
      <translation>Per chi</translation>
    </message>
    <message>
      <source>Name, role or organisation (required)</source>
      <translation>Nome, ruolo o organizzazione (obbligatorio)</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Lingua</translation>
    </message>
    <message>
      <source>Language of the report</source>
      <translation>Lingua della relazione</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Esporta…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annulla</translation>
    </message>
  </context>
  <context>
    <name>CaseExporter</name>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
      <source>JSON files (*.json)</source>
      <translation>File JSON (*.json)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Esporta</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>Scrittura di %1…</translation>
    </message>
    <message>
      <source>the notebook was locked</source>
      <translation>il taccuino è stato bloccato</translation>
    </message>
    <message>
      <source>The export could not be entered in the register (%1), so the file was removed. Export again.</source>
      <translation>Non è stato possibile annotare l'esportazione nel registro (%1), quindi il file è stato rimosso. Esportare di nuovo.</translation>
    </message>
    <message>
      <source>The file could not be written: %1</source>
      <translation>Non è stato possibile scrivere il file: %1</translation>
    </message>
  </context>
  <context>
    <name>CaseStatus</name>
    <message>
      <source>Open</source>
      <translation>Aperto</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Scomparso</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Ritrovato</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Chiuso</translation>
    </message>
    <message>
      <source>past its retention date</source>
      <translation>termine di conservazione superato</translation>
    </message>
  </context>
  <context>
    <name>CaseTools</name>
    <message>
      <source>Details</source>
      <translation>Dati</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Registro</translation>
    </message>
    <message>
      <source>Export case report…</source>
      <translation>Esporta la relazione sul caso…</translation>
    </message>
    <message>
      <source>A PDF of this case, for a recipient and with what they may see</source>
      <translation>Un PDF di questo caso, per un destinatario e con ciò che può vedere</translation>
    </message>
    <message>
      <source>Everything about this case…</source>
      <translation>Tutto su questo caso…</translation>
    </message>
    <message>
      <source>All data of this case as a JSON file, for a subject-access request</source>
      <translation>Tutti i dati di questo caso in un file JSON, per una richiesta di accesso</translation>
    </message>
    <message>
      <source>Show them</source>
      <translation>Mostrali</translation>
    </message>
    <message>
      <source>Hide this reminder</source>
      <translation>Nascondi questo promemoria</translation>
    </message>
    <message>
      <source>Delete note…</source>
      <translation>Elimina la nota…</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) past their retention date: delete them if no longer needed.</source>
      <translation>
        <numerusform>%n caso ha superato la data di conservazione: cancellarlo se non serve più.</numerusform>
        <numerusform>%n casi hanno superato la data di conservazione: cancellarli se non servono più.</numerusform>
      </translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annulla</translation>
    </message>
    <message>
      <source>Delete the case “%1” for good?

Its details, notes, timeline, checklists and export register are erased from the notebook. This cannot be undone.</source>
      <translation>Eliminare definitivamente il caso «%1»?

Dati, note, cronologia, liste di controllo e registro delle esportazioni vengono cancellati dal taccuino. L'operazione non si può annullare.</translation>
    </message>
    <message>
      <source>Delete case</source>
      <translation>Elimina il caso</translation>
    </message>
    <message>
      <source>Delete for good</source>
      <translation>Elimina definitivamente</translation>
    </message>
    <message>
      <source>Delete this note for good? This cannot be undone.</source>
      <translation>Eliminare definitivamente questa nota? L'operazione non si può annullare.</translation>
    </message>
    <message>
      <source>Delete note</source>
      <translation>Elimina la nota</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Salvato: %1</translation>
    </message>
  </context>
  <context>
    <name>ChecklistForm</name>
    <message>
      <source>Finalise</source>
      <translation>Finalizza</translation>
    </message>
    <message>
      <source>Lock the answers and record when</source>
      <translation>Blocca le risposte e registra la data e l'ora</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Duplica</translation>
    </message>
    <message>
      <source>Clear all answers</source>
      <translation>Cancella tutte le risposte</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Chiudi</translation>
    </message>
    <message>
      <source>Checklist form</source>
      <translation>Modulo della lista di controllo</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>gg/mm/aaaa</translation>
    </message>
    <message>
      <source>dd/mm/yyyy hh:mm</source>
      <translation>gg/mm/aaaa hh:mm</translation>
    </message>
    <message>
      <source>Choose the date from a calendar</source>
      <translation>Scegliere la data da un calendario</translation>
    </message>
    <message>
      <source>Add a row</source>
      <translation>Aggiungi una riga</translation>
    </message>
    <message>
      <source>Remove the selected row</source>
      <translation>Elimina la riga selezionata</translation>
    </message>
    <message>
      <source>The answers could not be saved. They stay in this form and are saved as soon as the disk allows (at the next change).</source>
      <translation>Non è stato possibile salvare le risposte. Restano in questo modulo e verranno salvate appena il disco lo consentirà (alla prossima modifica).</translation>
    </message>
    <message>
      <source>%1 of %2 answered</source>
      <translation>%1 di %2 compilati</translation>
    </message>
    <message>
      <source>Finalised on %1</source>
      <translation>Finalizzata il %1</translation>
    </message>
    <message>
      <source>allowed: %1</source>
      <translation>consentito: %1</translation>
    </message>
    <message>
      <source>not a valid answer</source>
      <translation>risposta non valida</translation>
    </message>
    <message>
      <source>Some answers are missing or not valid:</source>
      <translation>Alcune risposte mancano o non sono valide:</translation>
    </message>
    <message>
      <source>Remove every answer of this checklist?</source>
      <translation>Eliminare tutte le risposte di questa lista di controllo?</translation>
    </message>
  </context>
  <context>
    <name>ChecklistsFeature</name>
    <message>
      <source>Checklists are kept in the notebook. Unlock it to fill this one in.</source>
      <translation>Le liste di controllo sono conservate nel taccuino. Sbloccarlo per compilare questa lista.</translation>
    </message>
    <message>
      <source>Unlock the notebook to see saved checklists…</source>
      <translation>Sblocca il taccuino per vedere le liste di controllo salvate…</translation>
    </message>
    <message>
      <source>No saved checklists</source>
      <translation>Nessuna lista di controllo salvata</translation>
    </message>
    <message>
      <source>Saved &amp;checklists</source>
      <translation>&amp;Liste di controllo salvate</translation>
    </message>
  </context>
  <context>
    <name>ContactsDialog</name>
    <message>
      <source>Your contacts file cannot be read and was left as it is: %1</source>
      <translation>Il file dei contatti non può essere letto ed è stato lasciato com'era: %1</translation>
    </message>
    <message>
      <source>(none yet)</source>
      <translation>(nessuno per ora)</translation>
    </message>
    <message>
      <source>Delete contact</source>
      <translation>Elimina contatto</translation>
    </message>
    <message>
      <source>Delete %1 from your contacts?</source>
      <translation>Eliminare %1 dai contatti?</translation>
    </message>
    <message>
      <source>Your contacts</source>
      <translation>Contatti</translation>
    </message>
    <message>
      <source>Your contacts were not changed: %1</source>
      <translation>I contatti non sono stati modificati: %1</translation>
    </message>
    <message>
      <source>The damaged file was kept as %1. You can start a new list.</source>
      <translation>Il file danneggiato è stato conservato come %1. Si può iniziare un nuovo elenco.</translation>
    </message>
    <message>
      <source>Import contacts</source>
      <translation>Importa contatti</translation>
    </message>
    <message>
      <source>vCard files (*.vcf *.vcard)</source>
      <translation>File vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
      <source>Nothing was imported; your contacts are unchanged.

%1</source>
      <translation>Non è stato importato nulla; i contatti sono invariati.

%1</translation>
    </message>
    <message>
      <source>Your contacts already hold everything in this file.</source>
      <translation>I contatti contengono già tutto ciò che è in questo file.</translation>
    </message>
    <message>
      <source>Export contacts</source>
      <translation>Esporta contatti</translation>
    </message>
    <message>
      <source>vCard files (*.vcf)</source>
      <translation>File vCard (*.vcf)</translation>
    </message>
    <message>
      <source>First-hour sheet</source>
      <translation>Scheda della prima ora</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>Non è stato possibile scrivere il PDF: %1</translation>
    </message>
    <message>
      <source>Role and contact</source>
      <translation>Ruolo e contatto</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefono</translation>
    </message>
    <message>
      <source>Your contacts, by role</source>
      <translation>Contatti, per ruolo</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
      <source>&amp;Change…</source>
      <translation>&amp;Modifica…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Elimina</translation>
    </message>
    <message>
      <source>&amp;Import vCard…</source>
      <translation>&amp;Importa vCard…</translation>
    </message>
    <message>
      <source>&amp;Export vCard…</source>
      <translation>Esp&amp;orta vCard…</translation>
    </message>
    <message>
      <source>First-hour &amp;sheet (PDF)…</source>
      <translation>&amp;Scheda della prima ora (PDF)…</translation>
    </message>
    <message>
      <source>One page with the first-hour steps and your numbers, for the wall</source>
      <translation>Una pagina con i passi della prima ora e i propri numeri, da appendere al muro</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Chiudi</translation>
    </message>
    <message>
      <source>Set the damaged file aside</source>
      <translation>Metti da parte il file danneggiato</translation>
    </message>
  </context>
  <context>
    <name>ContactsFeature</name>
    <message>
      <source>Your &amp;contacts…</source>
      <translation>&amp;Contatti…</translation>
    </message>
    <message>
      <source>The numbers you call where the guidance names a role (no passphrase needed)</source>
      <translation>I numeri da chiamare dove la guida nomina un ruolo (senza passphrase)</translation>
    </message>
  </context>
  <context>
    <name>CountriesFeature</name>
    <message>
      <source>Your &amp;country</source>
      <translation>&amp;Paese di lavoro</translation>
    </message>
    <message>
      <source>Another country</source>
      <translation>Un altro paese</translation>
    </message>
    <message>
      <source>Compare two countries</source>
      <translation>Confronta due paesi</translation>
    </message>
    <message>
      <source>Two countries' notes side by side, for a hand-over from one to the other</source>
      <translation>Le schede di due paesi in vista affiancata, per un passaggio di consegne dall'uno all'altro</translation>
    </message>
  </context>
  <context>
    <name>CountryQuestion</name>
    <message>
      <source>Another country</source>
      <translation>Un altro paese</translation>
    </message>
    <message>
      <source>Which country do you work in? Sections then show how their advice works there (who to call, which body, which law).</source>
      <translation>In quale paese si lavora? Le sezioni mostreranno come si applicano lì le loro indicazioni (chi chiamare, quale ente, quale legge).</translation>
    </message>
    <message>
      <source>Your country</source>
      <translation>Paese di lavoro</translation>
    </message>
    <message>
      <source>Use this country</source>
      <translation>Usa questo paese</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Non ora</translation>
    </message>
  </context>
  <context>
    <name>Durations</name>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n giorno</numerusform>
        <numerusform>%n giorni</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n ora</numerusform>
        <numerusform>%n ore</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minuto</numerusform>
        <numerusform>%n minuti</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EntryEditor</name>
    <message>
      <source>Contact</source>
      <translation>Contatto</translation>
    </message>
    <message>
      <source>For the roles:</source>
      <translation>Per i ruoli:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Nome:</translation>
    </message>
    <message>
      <source>Organisation:</source>
      <translation>Ente:</translation>
    </message>
    <message>
      <source>Phone numbers (one per line):</source>
      <translation>Numeri di telefono (uno per riga):</translation>
    </message>
    <message>
      <source>E-mail addresses:</source>
      <translation>Indirizzi e-mail:</translation>
    </message>
    <message>
      <source>Hours:</source>
      <translation>Orari:</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Nota:</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Non salvato: %1</translation>
    </message>
  </context>
  <context>
    <name>ExerciseView</name>
    <message>
      <source>Table-top exercise</source>
      <translation>Esercitazione da tavolo</translation>
    </message>
    <message>
      <source>Table-top exercises — INTERACT Desktop</source>
      <translation>Esercitazioni da tavolo — INTERACT Desktop</translation>
    </message>
    <message>
      <source>Fictional — training exercise. Do not bring real case details into it; nothing here goes into the case notebook.</source>
      <translation>Fittizio — esercitazione formativa. Non inserire dettagli di casi reali; nulla di quanto scritto qui finisce nel taccuino dei casi.</translation>
    </message>
    <message>
      <source>Start a table-top exercise</source>
      <translation>Avviare un'esercitazione da tavolo</translation>
    </message>
    <message>
      <source>Scenario:</source>
      <translation>Scenario:</translation>
    </message>
    <message>
      <source>Facilitator (optional):</source>
      <translation>Facilitatore (facoltativo):</translation>
    </message>
    <message>
      <source>Group (optional):</source>
      <translation>Gruppo (facoltativo):</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <source>Facilitator</source>
      <translation>Facilitatore</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Gruppo</translation>
    </message>
    <message>
      <source>Start the exercise</source>
      <translation>Avvia l'esercitazione</translation>
    </message>
    <message>
      <source>Exercises run before (saved on this computer):</source>
      <translation>Esercitazioni già svolte (salvate su questo computer):</translation>
    </message>
    <message>
      <source>Exercises run before</source>
      <translation>Esercitazioni già svolte</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Riprendi</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Elimina</translation>
    </message>
    <message>
      <source>Reveal now</source>
      <translation>Presenta ora</translation>
    </message>
    <message>
      <source>Show the next inject before its time</source>
      <translation>Presenta l'evento successivo prima del tempo previsto</translation>
    </message>
    <message>
      <source>Finish and export debrief…</source>
      <translation>Concludi ed esporta il debriefing…</translation>
    </message>
    <message>
      <source>Back to the list</source>
      <translation>Torna all'elenco</translation>
    </message>
    <message>
      <source>The exercise is saved and can be resumed</source>
      <translation>L'esercitazione è salvata e può essere ripresa</translation>
    </message>
    <message>
      <source>finished</source>
      <translation>concluso</translation>
    </message>
    <message>
      <source>open</source>
      <translation>in corso</translation>
    </message>
    <message numerus="yes">
      <source>%n decision(s)</source>
      <translation>
        <numerusform>%n decisione</numerusform>
        <numerusform>%n decisioni</numerusform>
      </translation>
    </message>
    <message>
      <source>These files could not be read and were left out: %1</source>
      <translation>Questi file non si sono potuti leggere e sono stati tralasciati: %1</translation>
    </message>
    <message>
      <source>Delete exercise</source>
      <translation>Elimina l'esercitazione</translation>
    </message>
    <message>
      <source>Delete this exercise and the decisions recorded in it?</source>
      <translation>Eliminare questa esercitazione e le decisioni registrate?</translation>
    </message>
    <message>
      <source>Write the decision first.</source>
      <translation>Scrivere prima la decisione.</translation>
    </message>
    <message>
      <source>Time since start: %1</source>
      <translation>Tempo dall'inizio: %1</translation>
    </message>
    <message>
      <source>The exercise is finished.</source>
      <translation>L'esercitazione è conclusa.</translation>
    </message>
    <message>
      <source>All injects have been revealed.</source>
      <translation>Tutti gli eventi sono stati presentati.</translation>
    </message>
    <message>
      <source>Next inject (minute %1) in %2</source>
      <translation>Prossimo evento (minuto %1) tra %2</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>Scrittura di %1…</translation>
    </message>
    <message>
      <source>Debrief saved: %1</source>
      <translation>Debriefing salvato: %1</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>Non è stato possibile scrivere il PDF: %1</translation>
    </message>
    <message>
      <source>Export the debrief as PDF</source>
      <translation>Esporta il debriefing in PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documenti PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>ExercisesFeature</name>
    <message>
      <source>Table-top &amp;exercises…</source>
      <translation>&amp;Esercitazioni da tavolo…</translation>
    </message>
  </context>
  <context>
    <name>ExportFeature</name>
    <message>
      <source>Print</source>
      <translation>Stampa</translation>
    </message>
    <message>
      <source>Author of exported documents</source>
      <translation>Autore dei documenti esportati</translation>
    </message>
    <message>
      <source>Name or role written as the author of exported PDFs:</source>
      <translation>Nome o ruolo indicato come autore dei PDF esportati:</translation>
    </message>
    <message>
      <source>Export as PDF</source>
      <translation>Esporta in PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>Scrittura di %1…</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Salvato: %1</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>Non è stato possibile scrivere il PDF: %1</translation>
    </message>
    <message>
      <source>Export this page as PDF…</source>
      <translation>Esporta questa pagina in PDF…</translation>
    </message>
    <message>
      <source>Export this chapter as PDF…</source>
      <translation>Esporta questo capitolo in PDF…</translation>
    </message>
    <message>
      <source>Export the whole handbook as PDF…</source>
      <translation>Esporta l'intera guida in PDF…</translation>
    </message>
    <message>
      <source>Export this page as slides (PDF, 16:9)…</source>
      <translation>Esporta questa pagina come diapositive (PDF, 16:9)…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>S&amp;tampa…</translation>
    </message>
    <message>
      <source>Author of exported documents…</source>
      <translation>Autore dei documenti esportati…</translation>
    </message>
  </context>
  <context>
    <name>ExportRegisterView</name>
    <message>
      <source>Every export of this case, as the register keeps it. Deleting the case deletes these lines too.</source>
      <translation>Ogni esportazione di questo caso, come la conserva il registro. Cancellando il caso si cancellano anche queste righe.</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Che cosa</translation>
    </message>
    <message>
      <source>For whom</source>
      <translation>Per chi</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Variante</translation>
    </message>
    <message>
      <source>Export register of the case</source>
      <translation>Registro delle esportazioni del caso</translation>
    </message>
    <message>
      <source>Case report (PDF)</source>
      <translation>Relazione sul caso (PDF)</translation>
    </message>
    <message>
      <source>Subject access (JSON)</source>
      <translation>Accesso dell'interessato (JSON)</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Backup</translation>
    </message>
    <message>
      <source>Full</source>
      <translation>Completo</translation>
    </message>
    <message>
      <source>Hand-over</source>
      <translation>Passaggio di consegne</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Statistica</translation>
    </message>
  </context>
  <context>
    <name>FlowchartPane</name>
    <message>
      <source>Start guided response</source>
      <translation>Avvia la risposta guidata</translation>
    </message>
    <message>
      <source>Go through the flowchart step by step, with the time left for each step</source>
      <translation>Segui il diagramma di flusso passo dopo passo, con il tempo rimasto per ogni passo</translation>
    </message>
    <message>
      <source>Zoom in (%1)</source>
      <translation>Ingrandisci (%1)</translation>
    </message>
    <message>
      <source>Zoom out (%1)</source>
      <translation>Riduci (%1)</translation>
    </message>
    <message>
      <source>Whole flowchart (%1)</source>
      <translation>Intero diagramma (%1)</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Ingrandisci</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Riduci</translation>
    </message>
    <message>
      <source>Whole flowchart</source>
      <translation>Intero diagramma</translation>
    </message>
  </context>
  <context>
    <name>FlowchartView</name>
    <message>
      <source>Within %1</source>
      <translation>Entro %1</translation>
    </message>
    <message>
      <source>Flowchart diagram</source>
      <translation>Diagramma di flusso</translation>
    </message>
    <message>
      <source>Tab moves between the steps; Enter opens the guidance of a step.</source>
      <translation>Tab passa da un passo all'altro; Invio apre la guida del passo.</translation>
    </message>
  </context>
  <context>
    <name>FlowchartsFeature</name>
    <message>
      <source>Guided response running: %1</source>
      <translation>Risposta guidata in corso: %1</translation>
    </message>
    <message>
      <source>Back to the response</source>
      <translation>Torna alla risposta</translation>
    </message>
  </context>
  <context>
    <name>GuidedPanel</name>
    <message>
      <source>Counting from %1, when the absence was noticed</source>
      <translation>I termini decorrono dal %1, quando è stata notata l'assenza</translation>
    </message>
    <message>
      <source>Recording in case %1</source>
      <translation>Registrazione nel caso %1</translation>
    </message>
    <message>
      <source>The notebook is locked: the steps from now on are not recorded.</source>
      <translation>Il taccuino è bloccato: i passi da ora in poi non vengono registrati.</translation>
    </message>
    <message>
      <source>Steps are not recorded. To record them in a case's timeline, open the case in the notebook before starting.</source>
      <translation>I passi non vengono registrati. Per registrarli nella cronologia di un caso, aprire il caso nel taccuino prima di iniziare.</translation>
    </message>
    <message>
      <source>That time is in the future. Enter when the absence was noticed.</source>
      <translation>Quest'ora è nel futuro. Inserire quando è stata notata l'assenza.</translation>
    </message>
    <message>
      <source>Who: %1</source>
      <translation>Chi: %1</translation>
    </message>
    <message>
      <source>End of the flowchart. The steps are listed below.</source>
      <translation>Fine del diagramma di flusso. I passi sono elencati qui sotto.</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Fatto</translation>
    </message>
    <message>
      <source>Overdue by %1</source>
      <translation>In ritardo di %1</translation>
    </message>
    <message>
      <source>Due in %1</source>
      <translation>Mancano %1</translation>
    </message>
    <message>
      <source>%1 d %2 h</source>
      <translation>%1 g %2 h</translation>
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
      <translation>Risposta guidata</translation>
    </message>
    <message>
      <source>Counting from:</source>
      <translation>A partire da:</translation>
    </message>
    <message>
      <source>When the absence was noticed: the guide's deadlines count from then</source>
      <translation>Quando è stata notata l'assenza: i termini della guida decorrono da quel momento</translation>
    </message>
    <message>
      <source>Counting from</source>
      <translation>A partire da</translation>
    </message>
    <message>
      <source>Just now</source>
      <translation>Proprio ora</translation>
    </message>
    <message>
      <source>%1 min ago</source>
      <translation>%1 min fa</translation>
    </message>
    <message>
      <source>Time since then:</source>
      <translation>Tempo trascorso:</translation>
    </message>
    <message>
      <source>Steps taken</source>
      <translation>Passi compiuti</translation>
    </message>
    <message>
      <source>Stop guided response</source>
      <translation>Interrompi la risposta guidata</translation>
    </message>
  </context>
  <context>
    <name>HelpController</name>
    <message>
      <source>Some parts of the handbook could not be read: see Help &gt; Content problems.</source>
      <translation>Alcune parti della guida non sono state lette: vedere Aiuto &gt; Problemi nei contenuti.</translation>
    </message>
    <message>
      <source>About INTERACT Desktop</source>
      <translation>Informazioni su INTERACT Desktop</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;INTERACT Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline guidance for professionals who protect children in migration from going missing and from trafficking.&lt;/p&gt;&lt;p&gt;It works without a network connection. The text is an independent guide; see the page “About this content”.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;INTERACT Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Una guida consultabile senza rete per i professionisti che proteggono i minori migranti dalla scomparsa e dalla tratta.&lt;/p&gt;&lt;p&gt;Funziona senza connessione di rete. Il testo è una guida indipendente; vedere la pagina «Informazioni su questi contenuti».&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Content problems</source>
      <translation>Problemi nei contenuti</translation>
    </message>
    <message numerus="yes">
      <source>%n part(s) of the handbook could not be read and are left out.</source>
      <translation>
        <numerusform>%n parte della guida non è stata letta ed è stata omessa.</numerusform>
        <numerusform>%n parti della guida non sono state lette e sono state omesse.</numerusform>
      </translation>
    </message>
    <message>
      <source>The rest of the guidance is complete and can be used.</source>
      <translation>Il resto della guida è completo e utilizzabile.</translation>
    </message>
    <message>
      <source>&amp;About INTERACT Desktop</source>
      <translation>&amp;Informazioni su INTERACT Desktop</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
      <source>Content &amp;problems</source>
      <translation>&amp;Problemi nei contenuti</translation>
    </message>
  </context>
  <context>
    <name>HomeFeature</name>
    <message>
      <source>Start</source>
      <translation>Inizio</translation>
    </message>
    <message>
      <source>Continue where I was: %1</source>
      <translation>Riprendi da dove ero: %1</translation>
    </message>
    <message>
      <source>Start page</source>
      <translation>Pagina iniziale</translation>
    </message>
    <message>
      <source>The start page (%1)</source>
      <translation>La pagina iniziale (%1)</translation>
    </message>
    <message>
      <source>What do you need to do?</source>
      <translation>Che cosa occorre fare?</translation>
    </message>
    <message>
      <source>A child is missing now</source>
      <translation>Un minore è scomparso ora</translation>
    </message>
    <message>
      <source>A child was found</source>
      <translation>Un minore è stato ritrovato</translation>
    </message>
    <message>
      <source>Signs a child crossed a border</source>
      <translation>Segni che un minore ha attraversato un confine</translation>
    </message>
    <message>
      <source>Fill in a checklist</source>
      <translation>Compilare una lista di controllo</translation>
    </message>
    <message>
      <source>Starts the guided response: the first steps, with their deadlines</source>
      <translation>Avvia la risposta guidata: i primi passi, con i loro termini</translation>
    </message>
    <message>
      <source>Search the guide</source>
      <translation>Cerca nella guida</translation>
    </message>
    <message>
      <source>Recent pages</source>
      <translation>Pagine recenti</translation>
    </message>
    <message>
      <source>Recent cases</source>
      <translation>Casi recenti</translation>
    </message>
    <message>
      <source>For trainers</source>
      <translation>Per i formatori</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Presenta</translation>
    </message>
    <message>
      <source>Run an exercise</source>
      <translation>Svolgi un'esercitazione</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <source>Import contacts</source>
      <translation>Importa contatti</translation>
    </message>
    <message numerus="yes">
      <source>New entries: %n</source>
      <translation>
        <numerusform>Nuovo contatto: %n</numerusform>
        <numerusform>Nuovi contatti: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Entries this file would change: %n</source>
      <translation>
        <numerusform>Contatto che questo file modificherebbe: %n</numerusform>
        <numerusform>Contatti che questo file modificherebbe: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Tick the changes to make; the others stay as now.</source>
      <translation>Spuntare le modifiche da fare; le altre restano come sono.</translation>
    </message>
    <message numerus="yes">
      <source>Not imported: %n</source>
      <translation>
        <numerusform>Non importata: %n</numerusform>
        <numerusform>Non importate: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importa</translation>
    </message>
  </context>
  <context>
    <name>InjectBox</name>
    <message>
      <source>Minute %1</source>
      <translation>Minuto %1</translation>
    </message>
    <message>
      <source>revealed at %1</source>
      <translation>presentato alle %1</translation>
    </message>
    <message>
      <source>Sections this tests</source>
      <translation>Sezioni messe alla prova</translation>
    </message>
    <message>
      <source>Group or participant:</source>
      <translation>Gruppo o partecipante:</translation>
    </message>
    <message>
      <source>Decision:</source>
      <translation>Decisione:</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Registra</translation>
    </message>
    <message>
      <source>Decision on this inject</source>
      <translation>Decisione su questo evento</translation>
    </message>
    <message>
      <source>Group or participant</source>
      <translation>Gruppo o partecipante</translation>
    </message>
    <message>
      <source>Decisions recorded</source>
      <translation>Decisioni registrate</translation>
    </message>
    <message>
      <source>No decision recorded yet.</source>
      <translation>Nessuna decisione registrata finora.</translation>
    </message>
  </context>
  <context>
    <name>LockReport</name>
    <message>
      <source>The notebook is locked, but the disk is full.</source>
      <translation>Il taccuino è bloccato, ma il disco è pieno.</translation>
    </message>
    <message>
      <source>The notebook is locked, but its disk is read-only.</source>
      <translation>Il taccuino è bloccato, ma il suo disco è di sola lettura.</translation>
    </message>
    <message>
      <source>The notebook is locked, but this account may not write to its folder.</source>
      <translation>Il taccuino è bloccato, ma questo account non può scrivere nella sua cartella.</translation>
    </message>
    <message>
      <source>The notebook is locked, but the disk reported a write error.</source>
      <translation>Il taccuino è bloccato, ma il disco ha segnalato un errore di scrittura.</translation>
    </message>
    <message>
      <source>The notebook is locked, but its file looks damaged.</source>
      <translation>Il taccuino è bloccato, ma il suo file sembra danneggiato.</translation>
    </message>
    <message>
      <source>The notebook is locked, but its file could not be written.</source>
      <translation>Il taccuino è bloccato, ma non è stato possibile scrivere il suo file.</translation>
    </message>
    <message>
      <source>Changes saved before the lock are kept as far as the file allows. Unlock the notebook to see what it holds, or restore your latest backup.</source>
      <translation>Le modifiche salvate prima del blocco sono conservate per quanto il file lo consente. Sbloccare il taccuino per vedere che cosa contiene, oppure ripristinare il backup più recente.</translation>
    </message>
    <message>
      <source>Every change saved before the lock is kept: it is written into the notebook the next time the notebook is unlocked.</source>
      <translation>Ogni modifica salvata prima del blocco è conservata: sarà scritta nel taccuino al prossimo sblocco.</translation>
    </message>
    <message>
      <source>the note being written</source>
      <translation>la nota in corso di scrittura</translation>
    </message>
    <message>
      <source>the case details being edited</source>
      <translation>i dati del caso in corso di modifica</translation>
    </message>
    <message>
      <source>the checklist being filled in</source>
      <translation>la lista di controllo in corso di compilazione</translation>
    </message>
    <message>
      <source>The last changes to %1 could not be saved and are not in the notebook.</source>
      <translation>Le ultime modifiche a %1 non sono state salvate e non sono nel taccuino.</translation>
    </message>
    <message>
      <source>Free some space on the disk, then unlock the notebook.</source>
      <translation>Liberare spazio sul disco, poi sbloccare il taccuino.</translation>
    </message>
    <message>
      <source>Make the disk writable again (a write-protect switch, or a disk the system mounted read-only), then unlock the notebook.</source>
      <translation>Rendere di nuovo scrivibile il disco (un interruttore di protezione da scrittura, o un disco che il sistema ha montato in sola lettura), poi sbloccare il taccuino.</translation>
    </message>
    <message>
      <source>Ask whoever manages this computer to let your account write to the notebook's folder, then unlock the notebook.</source>
      <translation>Chiedere a chi gestisce questo computer di consentire all'account di scrivere nella cartella del taccuino, poi sbloccare il taccuino.</translation>
    </message>
    <message>
      <source>Check the disk, then unlock the notebook.</source>
      <translation>Controllare il disco, poi sbloccare il taccuino.</translation>
    </message>
    <message>
      <source>The system said: %1</source>
      <translation>Messaggio del sistema: %1</translation>
    </message>
    <message>
      <source>Notebook locked</source>
      <translation>Taccuino bloccato</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Visualizza</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>V&amp;ai</translation>
    </message>
    <message>
      <source>&amp;Bookmarks</source>
      <translation>&amp;Segnalibri</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;iuto</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>Es&amp;ci</translation>
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
      <translation>Backup del taccuino</translation>
    </message>
    <message>
      <source>Notebook backups (*.backup)</source>
      <translation>Backup del taccuino (*.backup)</translation>
    </message>
    <message>
      <source>The backup could not be written: %1</source>
      <translation>Impossibile scrivere il backup: %1</translation>
    </message>
    <message>
      <source>The notebook was copied to %1. The copy is encrypted: only the notebook's passphrase opens it. Keep it somewhere as safe as this computer.</source>
      <translation>Il taccuino è stato copiato in %1. La copia è cifrata: solo la passphrase del taccuino la apre. Conservarla in un luogo sicuro quanto questo computer.</translation>
    </message>
  </context>
  <context>
    <name>NotebookBusy</name>
    <message>
      <source>Case notebook in use</source>
      <translation>Taccuino in uso</translation>
    </message>
    <message>
      <source>A notebook command (a restore, a backup or a check) is using the case notebook. The guidance stays open; close this window and start the app again when the command has finished before you open the notebook.</source>
      <translation>Un comando del taccuino (ripristino, backup o verifica) sta usando il taccuino. La guida resta aperta; chiudere questa finestra e riavviare l'applicazione al termine del comando, prima di aprire il taccuino.</translation>
    </message>
  </context>
  <context>
    <name>NotebookFeature</name>
    <message>
      <source>Checklists moved</source>
      <translation>Liste di controllo spostate</translation>
    </message>
    <message numerus="yes">
      <source>%n checklist(s) filled in before the notebook existed are now kept in it, encrypted. Their unencrypted files were removed.</source>
      <translation>
        <numerusform>%n lista di controllo compilata prima che esistesse il taccuino ora è conservata lì, cifrata. Il suo file non cifrato è stato eliminato.</numerusform>
        <numerusform>%n liste di controllo compilate prima che esistesse il taccuino ora sono conservate lì, cifrate. I loro file non cifrati sono stati eliminati.</numerusform>
      </translation>
    </message>
    <message>
      <source>Notebook</source>
      <translation>Taccuino</translation>
    </message>
    <message>
      <source>&amp;Notebook</source>
      <translation>&amp;Taccuino</translation>
    </message>
    <message>
      <source>Open the notebook</source>
      <translation>Apri il taccuino</translation>
    </message>
    <message>
      <source>&amp;Lock the notebook</source>
      <translation>&amp;Blocca il taccuino</translation>
    </message>
    <message>
      <source>Back up the notebook…</source>
      <translation>Backup del taccuino…</translation>
    </message>
    <message>
      <source>The case notebook keeps notes and a timeline for each case, encrypted on this computer. Cases have a reference, never a name. It locks itself when the app is not used for a while, and with Ctrl+L.</source>
      <translation>Il taccuino dei casi conserva note e una cronologia per ogni caso, cifrate su questo computer. Un caso ha un riferimento, mai un nome. Il taccuino si blocca da solo quando l'app non viene usata per un po', e con Ctrl+L.</translation>
    </message>
    <message>
      <source>Lock now</source>
      <translation>Blocca ora</translation>
    </message>
  </context>
  <context>
    <name>NotebookView</name>
    <message>
      <source>Case notebook</source>
      <translation>Taccuino dei casi</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Blocca</translation>
    </message>
    <message>
      <source>Lock the notebook now (%1)</source>
      <translation>Blocca subito il taccuino (%1)</translation>
    </message>
    <message>
      <source>Lock after</source>
      <translation>Blocca dopo</translation>
    </message>
    <message>
      <source>min idle</source>
      <translation>min di inattività</translation>
    </message>
    <message>
      <source>Minutes without use before the notebook locks</source>
      <translation>Minuti senza uso prima che il taccuino si blocchi</translation>
    </message>
    <message>
      <source>Search the notebook</source>
      <translation>Cerca nel taccuino</translation>
    </message>
    <message>
      <source>Notebook search results</source>
      <translation>Risultati della ricerca nel taccuino</translation>
    </message>
    <message>
      <source>Filter cases</source>
      <translation>Filtra i casi</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Casi</translation>
    </message>
    <message>
      <source>New case…</source>
      <translation>Nuovo caso…</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Cronologia</translation>
    </message>
    <message>
      <source>Checklists</source>
      <translation>Liste di controllo</translation>
    </message>
    <message>
      <source>Notes of this case</source>
      <translation>Note di questo caso</translation>
    </message>
    <message>
      <source>New note</source>
      <translation>Nuova nota</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Write the note here. Markdown works: # heading, **bold**, - list.</source>
      <translation>Scrivere qui la nota. Il Markdown funziona: # titolo, **grassetto**, - elenco.</translation>
    </message>
    <message>
      <source>Note preview</source>
      <translation>Anteprima della nota</translation>
    </message>
    <message>
      <source>Timeline of the case</source>
      <translation>Cronologia del caso</translation>
    </message>
    <message>
      <source>Date and time of the entry</source>
      <translation>Data e ora della voce</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Che cosa è successo</translation>
    </message>
    <message>
      <source>Add to timeline</source>
      <translation>Aggiungi alla cronologia</translation>
    </message>
    <message>
      <source>Choose a case on the left, or create a new one.</source>
      <translation>Scegliere un caso a sinistra o crearne uno nuovo.</translation>
    </message>
    <message>
      <source>This passphrase does not open the notebook. Check the keyboard language and Caps Lock, then try again.</source>
      <translation>Questa passphrase non apre il taccuino. Controllare la lingua della tastiera e il Bloc Maiusc, poi riprovare.</translation>
    </message>
    <message>
      <source>The notebook could not be opened: %1</source>
      <translation>Non è stato possibile aprire il taccuino: %1</translation>
    </message>
    <message>
      <source>New case</source>
      <translation>Nuovo caso</translation>
    </message>
    <message>
      <source>Reference for the case, for example a file number or a code of your own.
Use a pseudonymous reference: no real name is needed, and none should be used here.</source>
      <translation>Riferimento del caso, per esempio un numero di fascicolo o un codice proprio.
Usare un riferimento pseudonimo: non serve un nome vero, e qui non va scritto.</translation>
    </message>
    <message>
      <source>The note could not be saved: %1</source>
      <translation>Non è stato possibile salvare la nota: %1</translation>
    </message>
    <message>
      <source>Saved at %1</source>
      <translation>Salvato alle %1</translation>
    </message>
    <message>
      <source>note</source>
      <translation>nota</translation>
    </message>
    <message>
      <source>checklist finalised</source>
      <translation>lista di controllo finalizzata</translation>
    </message>
    <message>
      <source>export</source>
      <translation>esportazione</translation>
    </message>
    <message>
      <source>flowchart step</source>
      <translation>passo del diagramma di flusso</translation>
    </message>
    <message>
      <source>Nothing found in the notebook.</source>
      <translation>Nessun risultato nel taccuino.</translation>
    </message>
  </context>
  <context>
    <name>PageTexts</name>
    <message>
      <source>Fill in this checklist</source>
      <translation>Compila questa lista di controllo</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Chi</translation>
    </message>
    <message>
      <source>Within</source>
      <translation>Entro</translation>
    </message>
    <message>
      <source>go to step</source>
      <translation>passare al passo</translation>
    </message>
    <message>
      <source>End of the flowchart</source>
      <translation>Fine del diagramma di flusso</translation>
    </message>
    <message>
      <source>Minute %1</source>
      <translation>Minuto %1</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Domanda</translation>
    </message>
    <message>
      <source>Sections this tests</source>
      <translation>Sezioni messe alla prova</translation>
    </message>
    <message>
      <source>Run this exercise</source>
      <translation>Svolgi questa esercitazione</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Glossario</translation>
    </message>
    <message>
      <source>%1: how this works there (below)</source>
      <translation>%1: come funziona lì (sotto)</translation>
    </message>
    <message>
      <source>Another country:</source>
      <translation>Un altro paese:</translation>
    </message>
    <message>
      <source>How this works in:</source>
      <translation>Come funziona in:</translation>
    </message>
    <message>
      <source>Compare two countries</source>
      <translation>Confronta due paesi</translation>
    </message>
    <message>
      <source>show instead:</source>
      <translation>mostra invece:</translation>
    </message>
    <message>
      <source>%1 and %2 compared</source>
      <translation>%1 e %2 a confronto</translation>
    </message>
    <message>
      <source>Checklists</source>
      <translation>Liste di controllo</translation>
    </message>
    <message>
      <source>Flowcharts</source>
      <translation>Diagrammi di flusso</translation>
    </message>
    <message>
      <source>Exercises</source>
      <translation>Esercitazioni</translation>
    </message>
  </context>
  <context>
    <name>PresenterConsole</name>
    <message>
      <source>End of the presentation</source>
      <translation>Fine della presentazione</translation>
    </message>
    <message>
      <source>Presenter console</source>
      <translation>Console del relatore</translation>
    </message>
    <message>
      <source>Next slide</source>
      <translation>Diapositiva successiva</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Right, Space, Page Down: next · Left, Backspace, Page Up: back · Home, End: first, last · L: next language · Esc: end</source>
      <translation>Freccia destra, Spazio, Pagina giù: avanti · Freccia sinistra, Backspace, Pagina su: indietro · Home, Fine: prima, ultima · L: lingua successiva · Esc: termina</translation>
    </message>
  </context>
  <context>
    <name>PresenterFeature</name>
    <message>
      <source>Present full screen</source>
      <translation>Presenta a schermo intero</translation>
    </message>
    <message>
      <source>Show this page as slides, full screen (%1)</source>
      <translation>Mostra questa pagina come diapositive a schermo intero (%1)</translation>
    </message>
  </context>
  <context>
    <name>PresenterView</name>
    <message>
      <source>Presentation</source>
      <translation>Presentazione</translation>
    </message>
    <message>
      <source>Slide text</source>
      <translation>Testo della diapositiva</translation>
    </message>
    <message>
      <source>Slide %1 of %2. Arrow keys move, Esc leaves, L changes the language.</source>
      <translation>Diapositiva %1 di %2. Le frecce scorrono, Esc esce, L cambia lingua.</translation>
    </message>
  </context>
  <context>
    <name>ReaderFeature</name>
    <message>
      <source>Guidance text in a second language</source>
      <translation>Testo della guida in una seconda lingua</translation>
    </message>
    <message>
      <source>This page is not in the handbook: %1</source>
      <translation>Questa pagina non è presente nella guida: %1</translation>
    </message>
    <message>
      <source>+%n more</source>
      <translation>+%n altri</translation>
    </message>
    <message>
      <source>Bookmarks</source>
      <translation>Segnalibri</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Indice</translation>
    </message>
    <message>
      <source>Next match in page</source>
      <translation>Occorrenza successiva nella pagina</translation>
    </message>
    <message>
      <source>Previous match in page</source>
      <translation>Occorrenza precedente nella pagina</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Indietro</translation>
    </message>
    <message>
      <source>Back to the previous page (%1)</source>
      <translation>Torna alla pagina precedente (%1)</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Avanti</translation>
    </message>
    <message>
      <source>Forward to the next page (%1)</source>
      <translation>Vai alla pagina successiva (%1)</translation>
    </message>
    <message>
      <source>Larger text</source>
      <translation>Testo più grande</translation>
    </message>
    <message>
      <source>Smaller text</source>
      <translation>Testo più piccolo</translation>
    </message>
    <message>
      <source>Normal text size</source>
      <translation>Dimensione normale del testo</translation>
    </message>
    <message>
      <source>Side by side</source>
      <translation>Vista affiancata</translation>
    </message>
    <message>
      <source>Show the same page in a second language next to this one (%1)</source>
      <translation>Mostra la stessa pagina in una seconda lingua accanto a questa (%1)</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Glossario</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Lingua:</translation>
    </message>
    <message>
      <source>Language of the menus and of the guidance</source>
      <translation>Lingua dei menu e della guida</translation>
    </message>
    <message>
      <source>Language of the side-by-side view</source>
      <translation>Lingua della vista affiancata</translation>
    </message>
    <message>
      <source>Guidance text</source>
      <translation>Testo della guida</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Lingua</translation>
    </message>
    <message>
      <source>Second language</source>
      <translation>Seconda lingua</translation>
    </message>
  </context>
  <context>
    <name>RolePopover</name>
    <message>
      <source>Copy</source>
      <translation>Copia</translation>
    </message>
    <message>
      <source>Copy this entry to the clipboard</source>
      <translation>Copia questo contatto negli appunti</translation>
    </message>
    <message>
      <source>You have no contact for this role yet. Add the number you would call.</source>
      <translation>Non c'è ancora un contatto per questo ruolo. Aggiungere il numero da chiamare.</translation>
    </message>
    <message>
      <source>Add or change contacts…</source>
      <translation>Aggiungi o modifica contatti…</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Aggiungi…</translation>
    </message>
  </context>
  <context>
    <name>SearchController</name>
    <message>
      <source>Search the handbook (%1)</source>
      <translation>Cerca nella guida (%1)</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Cerca</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Risultati della ricerca</translation>
    </message>
    <message>
      <source>Where to search</source>
      <translation>Dove cercare</translation>
    </message>
    <message>
      <source>What to search</source>
      <translation>Cosa cercare</translation>
    </message>
    <message>
      <source>This language</source>
      <translation>Questa lingua</translation>
    </message>
    <message>
      <source>All five languages</source>
      <translation>Tutte e cinque le lingue</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Tutto</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Sezioni</translation>
    </message>
    <message>
      <source>Checklists</source>
      <translation>Liste di controllo</translation>
    </message>
    <message>
      <source>Flowcharts</source>
      <translation>Diagrammi di flusso</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Glossario</translation>
    </message>
    <message>
      <source>Country notes</source>
      <translation>Schede per paese</translation>
    </message>
    <message>
      <source>No results for “%1”. Showing results for “%2”.</source>
      <translation>Nessun risultato per «%1». Risultati per «%2».</translation>
    </message>
    <message>
      <source>Did you mean: %1?</source>
      <translation>Forse si intendeva: %1?</translation>
    </message>
    <message>
      <source>No results.</source>
      <translation>Nessun risultato.</translation>
    </message>
    <message numerus="yes">
      <source>%n result(s)</source>
      <translation>
        <numerusform>%n risultato</numerusform>
        <numerusform>%n risultati</numerusform>
      </translation>
    </message>
    <message>
      <source>Preparing search: %1 of %2 languages…</source>
      <translation>Preparazione della ricerca: %1 lingue su %2…</translation>
    </message>
    <message>
      <source>Search is not available: %1</source>
      <translation>La ricerca non è disponibile: %1</translation>
    </message>
  </context>
  <context>
    <name>SearchFeature</name>
    <message>
      <source>Search</source>
      <translation>Cerca</translation>
    </message>
    <message>
      <source>Search the handbook</source>
      <translation>Cerca nella guida</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Azione</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Tasti</translation>
    </message>
  </context>
  <context>
    <name>StatusFilter</name>
    <message>
      <source>All statuses</source>
      <translation>Tutti gli stati</translation>
    </message>
    <message>
      <source>Past the retention date</source>
      <translation>Data di conservazione superata</translation>
    </message>
    <message>
      <source>Show cases by status</source>
      <translation>Mostra i casi per stato</translation>
    </message>
  </context>
  <context>
    <name>StorageMessage</name>
    <message>
      <source>The disk is full. Free some space on it, then try again.</source>
      <translation>Il disco è pieno. Liberare spazio sul disco, poi riprovare.</translation>
    </message>
    <message>
      <source>The disk is read-only (write-protected or mounted read-only).</source>
      <translation>Il disco è di sola lettura (protetto da scrittura o montato in sola lettura).</translation>
    </message>
    <message>
      <source>This user account may not write to that folder.</source>
      <translation>Questo account utente non può scrivere in quella cartella.</translation>
    </message>
    <message>
      <source>The disk reported a write error: it may be failing or was removed. Check it, then try again.</source>
      <translation>Il disco ha segnalato un errore di scrittura: potrebbe essere guasto o essere stato rimosso. Controllarlo, poi riprovare.</translation>
    </message>
    <message>
      <source>The file is damaged. Restore it from a backup.</source>
      <translation>Il file è danneggiato. Ripristinarlo da un backup.</translation>
    </message>
    <message>
      <source>Another program is using the file. Close it, then try again.</source>
      <translation>Un altro programma sta usando il file. Chiudere quel programma, poi riprovare.</translation>
    </message>
    <message>
      <source>The disk refused the write (the system said: %1).</source>
      <translation>Il disco ha rifiutato la scrittura (messaggio del sistema: %1).</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Notebook passphrase</source>
      <translation>Passphrase del taccuino</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Ripetere la passphrase</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Passphrase:</translation>
    </message>
    <message>
      <source>Again:</source>
      <translation>Di nuovo:</translation>
    </message>
    <message>
      <source>Checking the passphrase…</source>
      <translation>Verifica della passphrase…</translation>
    </message>
    <message>
      <source>Create the case notebook</source>
      <translation>Crea il taccuino dei casi</translation>
    </message>
    <message>
      <source>Case notes are kept encrypted on this computer and open only with your passphrase. Choose a long one (several words are easiest to remember): nobody can recover it if it is forgotten.</source>
      <translation>Le note dei casi sono conservate cifrate su questo computer e si aprono solo con la passphrase. Sceglierne una lunga: una frase di più parole è la più facile da ricordare. Nessuno può recuperarla se viene dimenticata.</translation>
    </message>
    <message>
      <source>Create the notebook</source>
      <translation>Crea il taccuino</translation>
    </message>
    <message>
      <source>The case notebook is locked</source>
      <translation>Il taccuino dei casi è bloccato</translation>
    </message>
    <message>
      <source>Enter your passphrase to open the case notes.</source>
      <translation>Inserire la passphrase per aprire le note dei casi.</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Sblocca</translation>
    </message>
    <message>
      <source>Strength: weak — add words or characters</source>
      <translation>Robustezza: debole — aggiungere parole o caratteri</translation>
    </message>
    <message>
      <source>Strength: fair</source>
      <translation>Robustezza: discreta</translation>
    </message>
    <message>
      <source>Strength: strong</source>
      <translation>Robustezza: forte</translation>
    </message>
    <message>
      <source>Enter a passphrase.</source>
      <translation>Inserire una passphrase.</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation>Le due passphrase sono diverse. Digitarle di nuovo.</translation>
    </message>
  </context>
</TS>
