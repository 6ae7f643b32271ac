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
    <message>
      <source>No bookmarks yet. To keep a page at hand, open it and press %1 or the bookmark button in the toolbar.</source>
      <translation>Ancora nessun segnalibro. Per tenere una pagina a portata di mano, aprirla e premere %1 o il pulsante Segnalibro nella barra degli strumenti.</translation>
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
      <source>Hand over to a colleague…</source>
      <translation>Passaggio di consegne a un collega…</translation>
    </message>
    <message>
      <source>An encrypted packet and a PDF in two languages, for a colleague abroad</source>
      <translation>Un pacchetto cifrato e un PDF in due lingue, per un collega all'estero</translation>
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
      <source>Case %1</source>
      <translation>Caso %1</translation>
    </message>
    <message>
      <source>Not attached to a case</source>
      <translation>Non collegata a un caso</translation>
    </message>
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
      <source>Alerts</source>
      <translation>Allerte</translation>
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
      <source>No alert from the answers so far.</source>
      <translation>Nessuna allerta dalle risposte finora.</translation>
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
      <source>Hand-over key:</source>
      <translation>Chiave di passaggio di consegne:</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Non salvato: %1</translation>
    </message>
  </context>
  <context>
    <name>ExerciseProjector</name>
    <message>
      <source>Exercise for the room — INTERACT Desktop</source>
      <translation>Esercitazione per la sala — INTERACT Desktop</translation>
    </message>
    <message>
      <source>Exercise for the room</source>
      <translation>Esercitazione per la sala</translation>
    </message>
    <message>
      <source>The injects revealed so far. F11: full screen; Esc: leave full screen.</source>
      <translation>Gli eventi mostrati finora. F11: schermo intero; Esc: uscita dallo schermo intero.</translation>
    </message>
    <message>
      <source>Injects revealed so far</source>
      <translation>Eventi mostrati finora</translation>
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
      <source>No exercise has been run on this computer yet. To run one, choose a scenario above and press “Start the exercise”.</source>
      <translation>Su questo computer non è ancora stata svolta alcuna esercitazione. Per avviarne una, scegliere uno scenario qui sopra e premere “Avvia l'esercitazione”.</translation>
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
      <source>Reveal the next inject</source>
      <translation>Mostrare l'evento successivo</translation>
    </message>
    <message>
      <source>Give the participants the next inject now, before its time</source>
      <translation>Dare subito ai partecipanti l'evento successivo, prima del tempo previsto</translation>
    </message>
    <message>
      <source>Projector view</source>
      <translation>Vista per il proiettore</translation>
    </message>
    <message>
      <source>A window for the room's screen: only the injects revealed so far, in large type (F11: full screen)</source>
      <translation>Una finestra per lo schermo della sala: solo gli eventi già mostrati, a caratteri grandi (F11: schermo intero)</translation>
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
      <source>The exercise is finished: nothing more is revealed.</source>
      <translation>L'esercitazione è conclusa: non si mostra più nulla.</translation>
    </message>
    <message>
      <source>The exercise is finished: no more decisions are recorded.</source>
      <translation>L'esercitazione è conclusa: non si registrano più decisioni.</translation>
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
      <source>Every inject has been revealed.</source>
      <translation>Tutti gli eventi sono stati mostrati.</translation>
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
      <source>Export this chapter as slides (PDF, 16:9)…</source>
      <translation>Esporta questo capitolo come diapositive (PDF, 16:9)…</translation>
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
      <source>Hand-over packet sent</source>
      <translation>Pacchetto di passaggio di consegne inviato</translation>
    </message>
    <message>
      <source>Hand-over packet received</source>
      <translation>Pacchetto di passaggio di consegne ricevuto</translation>
    </message>
    <message>
      <source>Hand-over (PDF)</source>
      <translation>Passaggio di consegne (PDF)</translation>
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
    <message>
      <source>Summary for the police</source>
      <translation>Sintesi per le forze dell'ordine</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Salvato: %1</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>Non è stato possibile scrivere il PDF: %1</translation>
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
      <source>In %1 only</source>
      <translation>Solo %1</translation>
    </message>
    <message>
      <source>In %1 and %2</source>
      <translation>%1 e %2</translation>
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
    <message>
      <source>Summary for the police…</source>
      <translation>Sintesi per le forze dell'ordine…</translation>
    </message>
    <message>
      <source>One page for the police: what happened when, what they need, your contacts</source>
      <translation>Una pagina per le forze dell'ordine: che cosa è successo e quando, che cosa serve, i contatti</translation>
    </message>
    <message>
      <source>Summary for the police</source>
      <translation>Sintesi per le forze dell'ordine</translation>
    </message>
  </context>
  <context>
    <name>HandoverDialog</name>
    <message>
      <source>Hand over to a colleague</source>
      <translation>Passaggio di consegne a un collega</translation>
    </message>
    <message>
      <source>An encrypted packet that only your colleague's app opens, and a PDF in your language and theirs. Choose what goes: only what they need.</source>
      <translation>Un pacchetto cifrato che solo l'app del collega può aprire, e un PDF nella lingua del mittente e in quella del destinatario. Scegliere che cosa inviare: solo ciò che serve.</translation>
    </message>
    <message>
      <source>What goes</source>
      <translation>Che cosa si invia</translation>
    </message>
    <message>
      <source>Summary of the case</source>
      <translation>Sintesi del caso</translation>
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
      <source>Notes</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Leave out</source>
      <translation>Omettere</translation>
    </message>
    <message>
      <source>Reference, tags and register (hand-over)</source>
      <translation>Riferimento, etichette e registro (passaggio di consegne)</translation>
    </message>
    <message>
      <source>Nothing (full)</source>
      <translation>Nulla (completo)</translation>
    </message>
    <message>
      <source>To whom, why, on which basis</source>
      <translation>A chi, perché, su quale base</translation>
    </message>
    <message>
      <source>Their language</source>
      <translation>Lingua del destinatario</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Nome del mittente</translation>
    </message>
    <message>
      <source>Your organisation</source>
      <translation>Ente del mittente</translation>
    </message>
    <message>
      <source>Your country</source>
      <translation>Paese di lavoro</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Destinatario</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Finalità</translation>
    </message>
    <message>
      <source>Lawful basis</source>
      <translation>Base giuridica</translation>
    </message>
    <message>
      <source>Basis in your words</source>
      <translation>Base in parole proprie</translation>
    </message>
    <message>
      <source>Name and organisation (required)</source>
      <translation>Nome ed ente (obbligatorio)</translation>
    </message>
    <message>
      <source>Why they need it (required)</source>
      <translation>Perché serve al destinatario (obbligatorio)</translation>
    </message>
    <message>
      <source>The law and article, if you know them</source>
      <translation>La legge e l'articolo, se noti</translation>
    </message>
    <message>
      <source>Another basis (type it below)</source>
      <translation>Un'altra base (da scrivere qui sotto)</translation>
    </message>
    <message>
      <source>Choose the basis (required)</source>
      <translation>Scegliere la base (obbligatorio)</translation>
    </message>
    <message>
      <source>Sealed for</source>
      <translation>Cifrato per</translation>
    </message>
    <message>
      <source>Their hand-over key</source>
      <translation>La chiave di passaggio di consegne del destinatario</translation>
    </message>
    <message>
      <source>From your contacts…</source>
      <translation>Dai contatti…</translation>
    </message>
    <message>
      <source>Hand-over key from your contacts</source>
      <translation>Chiave di passaggio di consegne dai contatti</translation>
    </message>
    <message>
      <source>A one-time passphrase, shown once, to give them by phone</source>
      <translation>Una passphrase monouso, mostrata una sola volta, da comunicare per telefono</translation>
    </message>
    <message>
      <source>Also write the PDF in both languages</source>
      <translation>Creare anche il PDF nelle due lingue</translation>
    </message>
    <message>
      <source>Hand over…</source>
      <translation>Trasmetti…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annulla</translation>
    </message>
    <message>
      <source>Paste your colleague's hand-over key.</source>
      <translation>Incollare la chiave di passaggio di consegne del collega.</translation>
    </message>
    <message>
      <source>This is not a complete hand-over key: it starts with age1.</source>
      <translation>Questa non è una chiave di passaggio di consegne completa: inizia con age1.</translation>
    </message>
    <message>
      <source>Choose the lawful basis.</source>
      <translation>Scegliere la base giuridica.</translation>
    </message>
    <message>
      <source>Type the lawful basis.</source>
      <translation>Scrivere la base giuridica.</translation>
    </message>
  </context>
  <context>
    <name>HandoverImporter</name>
    <message>
      <source>Nothing was imported.</source>
      <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
      <source>This file is not a hand-over packet.</source>
      <translation>Questo file non è un pacchetto di passaggio di consegne.</translation>
    </message>
    <message>
      <source>This hand-over packet is incomplete: the file ends before the packet does (a copy or a download was cut short). Ask the sender to send it again.</source>
      <translation>Questo pacchetto di passaggio di consegne è incompleto: il file finisce prima del pacchetto (una copia o un download si è interrotto). Chiedere al mittente di inviarlo di nuovo.</translation>
    </message>
    <message>
      <source>This hand-over packet has been altered or damaged since it was sealed. Ask the sender to send it again.</source>
      <translation>Questo pacchetto di passaggio di consegne è stato alterato o danneggiato dopo la cifratura. Chiedere al mittente di inviarlo di nuovo.</translation>
    </message>
    <message>
      <source>This hand-over packet was sealed to another hand-over key, not to this installation's. Check that the sender used your key.</source>
      <translation>Questo pacchetto di passaggio di consegne è stato cifrato per un'altra chiave, non per quella di questa installazione. Verificare che il mittente abbia usato la chiave giusta.</translation>
    </message>
    <message>
      <source>The one-time passphrase does not open this hand-over packet. Check the words with the sender and try again.</source>
      <translation>La passphrase monouso non apre questo pacchetto di passaggio di consegne. Verificare le parole con il mittente e riprovare.</translation>
    </message>
    <message>
      <source>This hand-over packet was made by a newer version of the app. Update the app to open it.</source>
      <translation>Questo pacchetto di passaggio di consegne è stato creato da una versione più recente dell'app. Aggiornare l'app per aprirlo.</translation>
    </message>
    <message>
      <source>This hand-over packet cannot be used: %1</source>
      <translation>Questo pacchetto di passaggio di consegne non è utilizzabile: %1</translation>
    </message>
    <message>
      <source>the file is far larger than a hand-over packet</source>
      <translation>il file è molto più grande di un pacchetto di passaggio di consegne</translation>
    </message>
    <message>
      <source>The file could not be read: %1</source>
      <translation>Impossibile leggere il file: %1</translation>
    </message>
    <message>
      <source>Hand-over packet</source>
      <translation>Pacchetto di passaggio di consegne</translation>
    </message>
    <message>
      <source>This packet is sealed with a one-time passphrase. Type the words the sender gave you:</source>
      <translation>Questo pacchetto è cifrato con una passphrase monouso. Scrivere le parole comunicate dal mittente:</translation>
    </message>
    <message>
      <source>The case could not be created: %1</source>
      <translation>Impossibile creare il caso: %1</translation>
    </message>
  </context>
  <context>
    <name>HandoverKeyDialog</name>
    <message>
      <source>Your hand-over key</source>
      <translation>Chiave di passaggio di consegne di questa installazione</translation>
    </message>
    <message>
      <source>Give this key to colleagues who will hand cases over to you: packets sealed to it open only in this app, with your notebook. It is not secret.</source>
      <translation>Dare questa chiave ai colleghi che trasferiranno casi a questa installazione: i pacchetti cifrati con essa si aprono solo in questa app, con il taccuino. La chiave non è segreta.</translation>
    </message>
    <message>
      <source>Copy the key</source>
      <translation>Copia la chiave</translation>
    </message>
    <message>
      <source>The key as a QR code</source>
      <translation>La chiave come codice QR</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Chiudi</translation>
    </message>
  </context>
  <context>
    <name>HandoverPreview</name>
    <message>
      <source>Hand-over packet</source>
      <translation>Pacchetto di passaggio di consegne</translation>
    </message>
    <message>
      <source>Check where this comes from before you take it in. Accepting makes it a new case in your notebook; nothing is kept otherwise.</source>
      <translation>Verificare la provenienza prima di prenderlo in carico. Accettandolo diventa un nuovo caso nel taccuino; altrimenti non si conserva nulla.</translation>
    </message>
    <message>
      <source>What the packet holds</source>
      <translation>Contenuto del pacchetto</translation>
    </message>
    <message>
      <source>Create the case</source>
      <translation>Crea il caso</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annulla</translation>
    </message>
  </context>
  <context>
    <name>HandoverSender</name>
    <message>
      <source>Hand over to a colleague</source>
      <translation>Passaggio di consegne a un collega</translation>
    </message>
    <message>
      <source>Hand-over packets (*%1)</source>
      <translation>Pacchetti di passaggio di consegne (*%1)</translation>
    </message>
    <message>
      <source>Sealing the packet…</source>
      <translation>Cifratura del pacchetto…</translation>
    </message>
    <message>
      <source>the notebook was locked</source>
      <translation>il taccuino è stato bloccato</translation>
    </message>
    <message>
      <source>The hand-over could not be entered in the register (%1), so its files were removed. Hand it over again.</source>
      <translation>Non è stato possibile registrare il passaggio di consegne (%1), quindi i file sono stati eliminati. Ripetere il passaggio di consegne.</translation>
    </message>
    <message>
      <source>One-time passphrase</source>
      <translation>Passphrase monouso</translation>
    </message>
    <message>
      <source>Give these words to your colleague by another channel, such as a phone call, never with the packet. They are shown only now.</source>
      <translation>Comunicare queste parole al collega per un altro canale, per esempio per telefono, mai insieme al pacchetto. Sono mostrate solo ora.</translation>
    </message>
    <message>
      <source>The hand-over could not be written: %1</source>
      <translation>Impossibile scrivere il passaggio di consegne: %1</translation>
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
      <source>&amp;Getting started</source>
      <translation>P&amp;rimi passi</translation>
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
      <source>The pages you read will be listed here. To start, choose a task above, search the guide or open the Contents on the left.</source>
      <translation>Qui compariranno le pagine lette. Per iniziare, scegliere un'attività qui sopra, cercare nella guida o aprire l'Indice a sinistra.</translation>
    </message>
    <message>
      <source>No cases yet. To keep notes on a child, open the notebook and choose “New case…”.</source>
      <translation>Ancora nessun caso. Per prendere note su un minore, aprire il taccuino e scegliere “Nuovo caso…”.</translation>
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
    <message>
      <source>New here? Getting started</source>
      <translation>Prima volta qui? Primi passi</translation>
    </message>
    <message>
      <source>How to find your way around the app, in five minutes</source>
      <translation>Come orientarsi nell'applicazione, in cinque minuti</translation>
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
      <source>revealed to the room at %1</source>
      <translation>mostrato alla sala alle %1</translation>
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
      <source>Show the side&amp;bar</source>
      <translation>Mostra la &amp;barra laterale</translation>
    </message>
    <message>
      <source>Show or hide the sidebar: contents, search, bookmarks (%1)</source>
      <translation>Mostra o nasconde la barra laterale: indice, ricerca, segnalibri (%1)</translation>
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
      <source>Unlock the notebook to make your hand-over key: it is kept in it.</source>
      <translation>Sbloccare il taccuino per creare la chiave di passaggio di consegne: vi è conservata.</translation>
    </message>
    <message>
      <source>Unlock the notebook to open a hand-over packet: it becomes a case in it.</source>
      <translation>Sbloccare il taccuino per aprire un pacchetto di passaggio di consegne: diventerà un caso al suo interno.</translation>
    </message>
    <message>
      <source>Open hand-over packet</source>
      <translation>Apri un pacchetto di passaggio di consegne</translation>
    </message>
    <message>
      <source>Hand-over packets (*%1)</source>
      <translation>Pacchetti di passaggio di consegne (*%1)</translation>
    </message>
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
      <source>Open &amp;hand-over packet…</source>
      <translation>&amp;Apri un pacchetto di passaggio di consegne…</translation>
    </message>
    <message>
      <source>Your hand-over key…</source>
      <translation>Chiave di passaggio di consegne…</translation>
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
      <source>This passphrase does not open the notebook. Check the keyboard language and Caps Lock, then try again.</source>
      <translation>Questa passphrase non apre il taccuino. Controllare la lingua della tastiera e il Bloc Maiusc, poi riprovare.</translation>
    </message>
    <message>
      <source>The notebook could not be opened: %1</source>
      <translation>Non è stato possibile aprire il taccuino: %1</translation>
    </message>
    <message>
      <source>No cases yet. To keep notes on a child, choose “New case…” at the bottom left: a reference of your own is enough, no name.</source>
      <translation>Ancora nessun caso. Per prendere note su un minore, scegliere “Nuovo caso…” in basso a sinistra: basta un riferimento proprio, nessun nome.</translation>
    </message>
    <message>
      <source>Choose a case on the left, or create a new one.</source>
      <translation>Scegliere un caso a sinistra o crearne uno nuovo.</translation>
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
      <source>Right, Space, Page Down: next · Left, Backspace, Page Up: back · Home, End: first, last · L: reading or second language · Esc: end</source>
      <translation>Destra, Spazio, Pag giù: successiva · Sinistra, Backspace, Pag su: indietro · Home, Fine: prima, ultima · L: lingua di lettura o seconda lingua · Esc: fine</translation>
    </message>
  </context>
  <context>
    <name>PresenterFeature</name>
    <message>
      <source>No second language is chosen. Choose one under Side by side (F4) in the window, then press L to switch.</source>
      <translation>Nessuna seconda lingua è stata scelta. Se ne sceglie una in Vista affiancata (F4) nella finestra, poi si preme L per passare dall'una all'altra.</translation>
    </message>
    <message>
      <source>Preparing the slides of the whole handbook…</source>
      <translation>Preparazione delle diapositive dell'intera guida…</translation>
    </message>
    <message>
      <source>The slides could not be made: %1</source>
      <translation>Non è stato possibile creare le diapositive: %1</translation>
    </message>
    <message>
      <source>Present this page as slides</source>
      <translation>Presentare questa pagina come diapositive</translation>
    </message>
    <message>
      <source>Show this page as slides, full screen (%1)</source>
      <translation>Mostra questa pagina come diapositive a schermo intero (%1)</translation>
    </message>
    <message>
      <source>Present this chapter as slides</source>
      <translation>Presentare questo capitolo come diapositive</translation>
    </message>
    <message>
      <source>Show the chapter of this page as slides, full screen (%1)</source>
      <translation>Mostra il capitolo di questa pagina come diapositive a schermo intero (%1)</translation>
    </message>
    <message>
      <source>Present the whole handbook as slides</source>
      <translation>Presentare l'intera guida come diapositive</translation>
    </message>
    <message>
      <source>Show every chapter as slides, full screen (%1)</source>
      <translation>Mostra tutti i capitoli come diapositive a schermo intero (%1)</translation>
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
      <source>Slide %1 of %2. Arrow keys move, Esc leaves, L switches between the reading language and the second language.</source>
      <translation>Diapositiva %1 di %2. Le frecce scorrono, Esc esce, L passa dalla lingua di lettura alla seconda lingua.</translation>
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
      <source>Language of the side-by-side view (choosing one shows it)</source>
      <translation>Lingua della vista affiancata (sceglierne una la mostra)</translation>
    </message>
    <message>
      <source>Scroll together</source>
      <translation>Scorrimento insieme</translation>
    </message>
    <message>
      <source>Both languages scroll together, heading by heading; off: each on its own (%1)</source>
      <translation>Le due lingue scorrono insieme, titolo per titolo; disattivato: ciascuna per conto suo (%1)</translation>
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
      <source>No results. Check the spelling, try fewer or other words, or choose “All five languages” above.</source>
      <translation>Nessun risultato. Controllare l'ortografia, provare con meno parole o con parole diverse, oppure scegliere “Tutte e cinque le lingue” qui sopra.</translation>
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
    <message>
      <source>Search field in the toolbar</source>
      <translation>Campo di ricerca nella barra degli strumenti</translation>
    </message>
    <message>
      <source>Search (%1)</source>
      <translation>Cerca (%1)</translation>
    </message>
    <message>
      <source>Search the guide</source>
      <translation>Cerca nella guida</translation>
    </message>
    <message>
      <source>Type words and press Enter: the results are listed in the Search tab</source>
      <translation>Digitare le parole e premere Invio: i risultati compaiono nella scheda Cerca</translation>
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
