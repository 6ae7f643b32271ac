<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
  <context>
    <name>ChecklistForm</name>
    <message>
      <source>Finalise</source>
      <translation>Finalizza</translation>
    </message>
    <message>
      <source>Lock the answers and record when</source>
      <translation>Blocca le risposte e registra quando</translation>
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
      <source>Add a row</source>
      <translation>Aggiungi una riga</translation>
    </message>
    <message>
      <source>Remove the selected row</source>
      <translation>Elimina la riga selezionata</translation>
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
    <name>ExportController</name>
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
      <translation>Impossibile scrivere il PDF: %1</translation>
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
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Visualizza</translation>
    </message>
    <message>
      <source>&amp;Appearance</source>
      <translation>&amp;Aspetto</translation>
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
      <translation>&amp;Guida</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Indice</translation>
    </message>
    <message>
      <source>Bookmarks</source>
      <translation>Segnalibri</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Cerca</translation>
    </message>
    <message>
      <source>Search the handbook</source>
      <translation>Cerca nella guida</translation>
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
      <source>Back to the previous page (Alt+Left)</source>
      <translation>Torna alla pagina precedente (Alt+Left)</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Avanti</translation>
    </message>
    <message>
      <source>Forward to the next page (Alt+Right)</source>
      <translation>Vai alla pagina successiva (Alt+Right)</translation>
    </message>
    <message>
      <source>Bookmark</source>
      <translation>Segnalibro</translation>
    </message>
    <message>
      <source>Add or remove a bookmark for this page (Ctrl+D)</source>
      <translation>Aggiungi o togli un segnalibro per questa pagina (Ctrl+D)</translation>
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
      <translation>Affiancato</translation>
    </message>
    <message>
      <source>Present full screen</source>
      <translation>Presenta a schermo intero</translation>
    </message>
    <message>
      <source>Show this page as slides, full screen (F5)</source>
      <translation>Mostra questa pagina come diapositive a schermo intero (F5)</translation>
    </message>
    <message>
      <source>Show the same page in a second language next to this one (F4)</source>
      <translation>Mostra la stessa pagina in una seconda lingua accanto a questa (F4)</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Glossario</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Esci</translation>
    </message>
    <message>
      <source>Saved &amp;checklists</source>
      <translation>&amp;Liste di controllo salvate</translation>
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
      <source>&amp;Print…</source>
      <translation>S&amp;tampa…</translation>
    </message>
    <message>
      <source>Author of exported documents…</source>
      <translation>Autore dei documenti esportati…</translation>
    </message>
    <message>
      <source>&amp;About INTERACT Desktop</source>
      <translation>&amp;Informazioni su INTERACT Desktop</translation>
    </message>
    <message>
      <source>Content &amp;problems</source>
      <translation>&amp;Problemi nei contenuti</translation>
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
    <message>
      <source>Language:</source>
      <translation>Lingua:</translation>
    </message>
    <message>
      <source>Language of the menus and of the guidance</source>
      <translation>Lingua dei menu e delle linee guida</translation>
    </message>
    <message>
      <source>Language of the side-by-side view</source>
      <translation>Lingua della vista affiancata</translation>
    </message>
    <message>
      <source>Guidance text</source>
      <translation>Testo delle linee guida</translation>
    </message>
    <message>
      <source>Guidance text in a second language</source>
      <translation>Testo delle linee guida in una seconda lingua</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Lingua</translation>
    </message>
    <message>
      <source>Second language</source>
      <translation>Seconda lingua</translation>
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
    <message>
      <source>This page is not in the handbook: %1</source>
      <translation>Questa pagina non è presente nella guida: %1</translation>
    </message>
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
      <translation>vai al passo</translation>
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
    <message>
      <source>No saved checklists</source>
      <translation>Nessuna lista di controllo salvata</translation>
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
      <source>About INTERACT Desktop</source>
      <translation>Informazioni su INTERACT Desktop</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;INTERACT Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline guidance for professionals who protect children in migration from going missing and from trafficking.&lt;/p&gt;&lt;p&gt;It works without a network connection. The text is an independent guide; see the page “About this content”.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;INTERACT Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Linee guida consultabili senza rete per i professionisti che proteggono i minori migranti dalla scomparsa e dalla tratta.&lt;/p&gt;&lt;p&gt;Funziona senza connessione di rete. Il testo è una guida indipendente; vedere la pagina «Informazioni su questi contenuti».&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Some parts of the handbook could not be read: see Help &gt; Content problems.</source>
      <translation>Alcune parti della guida non sono state lette: vedere Guida &gt; Problemi nei contenuti.</translation>
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
    <name>PresenterView</name>
    <message>
      <source>Presentation</source>
      <translation>Presentazione</translation>
    </message>
    <message>
      <source>Slide %1 of %2. Arrow keys move, Esc leaves, L changes the language.</source>
      <translation>Diapositiva %1 di %2. Le frecce scorrono, Esc esce, L cambia lingua.</translation>
    </message>
  </context>
  <context>
    <name>SearchController</name>
    <message>
      <source>Search the handbook (Ctrl+F)</source>
      <translation>Cerca nella guida (Ctrl+F)</translation>
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
      <source>No results for “%1”. Showing results for “%2”.</source>
      <translation>Nessun risultato per «%1». Risultati per «%2».</translation>
    </message>
    <message>
      <source>Did you mean: %1?</source>
      <translation>Forse cercavi: %1?</translation>
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
</TS>
