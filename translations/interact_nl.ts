<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
  <context>
    <name>ChecklistForm</name>
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
      <source>Add a row</source>
      <translation>Regel toevoegen</translation>
    </message>
    <message>
      <source>Remove the selected row</source>
      <translation>Geselecteerde regel verwijderen</translation>
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
      <source>Some answers are missing or not valid:</source>
      <translation>Sommige antwoorden ontbreken of zijn ongeldig:</translation>
    </message>
    <message>
      <source>Remove every answer of this checklist?</source>
      <translation>Alle antwoorden van deze checklist verwijderen?</translation>
    </message>
  </context>
  <context>
    <name>ExportController</name>
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
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>INTERACT Desktop</source>
      <translation>INTERACT Desktop</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>Beel&amp;d</translation>
    </message>
    <message>
      <source>&amp;Appearance</source>
      <translation>&amp;Weergave</translation>
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
      <source>Contents</source>
      <translation>Inhoud</translation>
    </message>
    <message>
      <source>Bookmarks</source>
      <translation>Bladwijzers</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Zoeken</translation>
    </message>
    <message>
      <source>Search the handbook</source>
      <translation>Zoeken in het handboek</translation>
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
      <source>Back to the previous page (Alt+Left)</source>
      <translation>Terug naar de vorige pagina (Alt+Left)</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Vooruit</translation>
    </message>
    <message>
      <source>Forward to the next page (Alt+Right)</source>
      <translation>Vooruit naar de volgende pagina (Alt+Right)</translation>
    </message>
    <message>
      <source>Bookmark</source>
      <translation>Bladwijzer</translation>
    </message>
    <message>
      <source>Add or remove a bookmark for this page (Ctrl+D)</source>
      <translation>Bladwijzer voor deze pagina toevoegen of verwijderen (Ctrl+D)</translation>
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
      <source>Present full screen</source>
      <translation>Presenteren op volledig scherm</translation>
    </message>
    <message>
      <source>Show this page as slides, full screen (F5)</source>
      <translation>Deze pagina als dia's op volledig scherm tonen (F5)</translation>
    </message>
    <message>
      <source>Show the same page in a second language next to this one (F4)</source>
      <translation>Dezelfde pagina in een tweede taal ernaast tonen (F4)</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Woordenlijst</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <source>Saved &amp;checklists</source>
      <translation>Opgeslagen &amp;checklists</translation>
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
      <source>&amp;Print…</source>
      <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
      <source>Author of exported documents…</source>
      <translation>Auteur van geëxporteerde documenten…</translation>
    </message>
    <message>
      <source>&amp;About INTERACT Desktop</source>
      <translation>&amp;Over INTERACT Desktop</translation>
    </message>
    <message>
      <source>Content &amp;problems</source>
      <translation>&amp;Problemen met de inhoud</translation>
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
    <message>
      <source>Language:</source>
      <translation>Taal:</translation>
    </message>
    <message>
      <source>Language of the menus and of the guidance</source>
      <translation>Taal van de menu's en van de richtlijnen</translation>
    </message>
    <message>
      <source>Language of the side-by-side view</source>
      <translation>Taal van de weergave ernaast</translation>
    </message>
    <message>
      <source>Guidance text</source>
      <translation>Tekst van de richtlijnen</translation>
    </message>
    <message>
      <source>Guidance text in a second language</source>
      <translation>Tekst van de richtlijnen in een tweede taal</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>Second language</source>
      <translation>Tweede taal</translation>
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
    <message>
      <source>This page is not in the handbook: %1</source>
      <translation>Deze pagina staat niet in het handboek: %1</translation>
    </message>
    <message>
      <source>Fill in this checklist</source>
      <translation>Deze checklist invullen</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Wie</translation>
    </message>
    <message>
      <source>Within</source>
      <translation>Binnen</translation>
    </message>
    <message>
      <source>go to step</source>
      <translation>ga naar stap</translation>
    </message>
    <message>
      <source>End of the flowchart</source>
      <translation>Einde van het stroomschema</translation>
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
      <translation>Wat dit toetst</translation>
    </message>
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
    <message>
      <source>No saved checklists</source>
      <translation>Geen opgeslagen checklists</translation>
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
      <source>About INTERACT Desktop</source>
      <translation>Over INTERACT Desktop</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;INTERACT Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline guidance for professionals who protect children in migration from going missing and from trafficking.&lt;/p&gt;&lt;p&gt;It works without a network connection. The text is an independent guide; see the page “About this content”.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;INTERACT Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Richtlijnen zonder internet voor professionals die kinderen in migratie beschermen tegen vermissing en mensenhandel.&lt;/p&gt;&lt;p&gt;De app werkt zonder netwerkverbinding. De tekst is een onafhankelijke gids; zie de pagina ‘Over deze inhoud’.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Some parts of the handbook could not be read: see Help &gt; Content problems.</source>
      <translation>Sommige delen van het handboek konden niet worden gelezen: zie Help &gt; Problemen met de inhoud.</translation>
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
      <translation>De rest van de richtlijnen is volledig en bruikbaar.</translation>
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
      <source>Right, Space, Page Down: next · Left, Backspace, Page Up: back · Home, End: first, last · L: next language · Esc: end</source>
      <translation>Pijl rechts, spatie, Page Down: volgende · Pijl links, Backspace, Page Up: terug · Home, End: eerste, laatste · L: volgende taal · Esc: stoppen</translation>
    </message>
  </context>
  <context>
    <name>PresenterView</name>
    <message>
      <source>Presentation</source>
      <translation>Presentatie</translation>
    </message>
    <message>
      <source>Slide %1 of %2. Arrow keys move, Esc leaves, L changes the language.</source>
      <translation>Dia %1 van %2. De pijltjestoetsen bladeren, Esc stopt, L wisselt van taal.</translation>
    </message>
  </context>
  <context>
    <name>SearchController</name>
    <message>
      <source>Search the handbook (Ctrl+F)</source>
      <translation>Zoeken in het handboek (Ctrl+F)</translation>
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
      <source>No results for “%1”. Showing results for “%2”.</source>
      <translation>Geen resultaten voor ‘%1’. Resultaten voor ‘%2’ worden getoond.</translation>
    </message>
    <message>
      <source>Did you mean: %1?</source>
      <translation>Bedoelde u: %1?</translation>
    </message>
    <message>
      <source>No results.</source>
      <translation>Geen resultaten.</translation>
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
</TS>
