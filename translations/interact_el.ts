<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
  <context>
    <name>ChecklistForm</name>
    <message>
      <source>Finalise</source>
      <translation>Οριστικοποίηση</translation>
    </message>
    <message>
      <source>Lock the answers and record when</source>
      <translation>Κλείδωμα των απαντήσεων και καταγραφή του χρόνου</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Αντίγραφο</translation>
    </message>
    <message>
      <source>Clear all answers</source>
      <translation>Διαγραφή όλων των απαντήσεων</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Κλείσιμο</translation>
    </message>
    <message>
      <source>Checklist form</source>
      <translation>Φόρμα λίστας ελέγχου</translation>
    </message>
    <message>
      <source>Add a row</source>
      <translation>Προσθήκη γραμμής</translation>
    </message>
    <message>
      <source>Remove the selected row</source>
      <translation>Αφαίρεση της επιλεγμένης γραμμής</translation>
    </message>
    <message>
      <source>%1 of %2 answered</source>
      <translation>%1 από %2 απαντημένα</translation>
    </message>
    <message>
      <source>Finalised on %1</source>
      <translation>Οριστικοποιήθηκε στις %1</translation>
    </message>
    <message>
      <source>allowed: %1</source>
      <translation>επιτρέπεται: %1</translation>
    </message>
    <message>
      <source>not a valid answer</source>
      <translation>μη έγκυρη απάντηση</translation>
    </message>
    <message>
      <source>Some answers are missing or not valid:</source>
      <translation>Ορισμένες απαντήσεις λείπουν ή δεν είναι έγκυρες:</translation>
    </message>
    <message>
      <source>Remove every answer of this checklist?</source>
      <translation>Να διαγραφούν όλες οι απαντήσεις αυτής της λίστας ελέγχου;</translation>
    </message>
  </context>
  <context>
    <name>ExportController</name>
    <message>
      <source>Print</source>
      <translation>Εκτύπωση</translation>
    </message>
    <message>
      <source>Author of exported documents</source>
      <translation>Συντάκτης των εγγράφων που εξάγονται</translation>
    </message>
    <message>
      <source>Name or role written as the author of exported PDFs:</source>
      <translation>Όνομα ή ρόλος που γράφεται ως συντάκτης στα PDF που εξάγονται:</translation>
    </message>
    <message>
      <source>Export as PDF</source>
      <translation>Εξαγωγή σε PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Έγγραφα PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>Εγγραφή του %1…</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Αποθηκεύτηκε: %1</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>Δεν ήταν δυνατή η εγγραφή του PDF: %1</translation>
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
      <translation>&amp;Αρχείο</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>Π&amp;ροβολή</translation>
    </message>
    <message>
      <source>&amp;Appearance</source>
      <translation>&amp;Εμφάνιση</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Μετάβαση</translation>
    </message>
    <message>
      <source>&amp;Bookmarks</source>
      <translation>&amp;Σελιδοδείκτες</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Περιεχόμενα</translation>
    </message>
    <message>
      <source>Bookmarks</source>
      <translation>Σελιδοδείκτες</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Αναζήτηση</translation>
    </message>
    <message>
      <source>Search the handbook</source>
      <translation>Αναζήτηση στον οδηγό</translation>
    </message>
    <message>
      <source>Next match in page</source>
      <translation>Επόμενη εύρεση στη σελίδα</translation>
    </message>
    <message>
      <source>Previous match in page</source>
      <translation>Προηγούμενη εύρεση στη σελίδα</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Πίσω</translation>
    </message>
    <message>
      <source>Back to the previous page (Alt+Left)</source>
      <translation>Επιστροφή στην προηγούμενη σελίδα (Alt+Left)</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Εμπρός</translation>
    </message>
    <message>
      <source>Forward to the next page (Alt+Right)</source>
      <translation>Μετάβαση στην επόμενη σελίδα (Alt+Right)</translation>
    </message>
    <message>
      <source>Bookmark</source>
      <translation>Σελιδοδείκτης</translation>
    </message>
    <message>
      <source>Add or remove a bookmark for this page (Ctrl+D)</source>
      <translation>Προσθήκη ή αφαίρεση σελιδοδείκτη για αυτή τη σελίδα (Ctrl+D)</translation>
    </message>
    <message>
      <source>Larger text</source>
      <translation>Μεγαλύτερο κείμενο</translation>
    </message>
    <message>
      <source>Smaller text</source>
      <translation>Μικρότερο κείμενο</translation>
    </message>
    <message>
      <source>Normal text size</source>
      <translation>Κανονικό μέγεθος κειμένου</translation>
    </message>
    <message>
      <source>Side by side</source>
      <translation>Δίπλα δίπλα</translation>
    </message>
    <message>
      <source>Present full screen</source>
      <translation>Παρουσίαση σε πλήρη οθόνη</translation>
    </message>
    <message>
      <source>Show this page as slides, full screen (F5)</source>
      <translation>Εμφάνιση αυτής της σελίδας ως διαφάνειες σε πλήρη οθόνη (F5)</translation>
    </message>
    <message>
      <source>Show the same page in a second language next to this one (F4)</source>
      <translation>Εμφάνιση της ίδιας σελίδας σε δεύτερη γλώσσα δίπλα σε αυτή (F4)</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Γλωσσάριο</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
      <source>Saved &amp;checklists</source>
      <translation>Αποθηκευμένες &amp;λίστες ελέγχου</translation>
    </message>
    <message>
      <source>Export this page as PDF…</source>
      <translation>Εξαγωγή αυτής της σελίδας σε PDF…</translation>
    </message>
    <message>
      <source>Export this chapter as PDF…</source>
      <translation>Εξαγωγή αυτού του κεφαλαίου σε PDF…</translation>
    </message>
    <message>
      <source>Export the whole handbook as PDF…</source>
      <translation>Εξαγωγή ολόκληρου του οδηγού σε PDF…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>Ε&amp;κτύπωση…</translation>
    </message>
    <message>
      <source>Author of exported documents…</source>
      <translation>Συντάκτης των εγγράφων που εξάγονται…</translation>
    </message>
    <message>
      <source>&amp;About INTERACT Desktop</source>
      <translation>&amp;Σχετικά με το INTERACT Desktop</translation>
    </message>
    <message>
      <source>Content &amp;problems</source>
      <translation>&amp;Προβλήματα περιεχομένου</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Όπως το σύστημα</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Φωτεινή</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Σκοτεινή</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Γλώσσα:</translation>
    </message>
    <message>
      <source>Language of the menus and of the guidance</source>
      <translation>Γλώσσα των μενού και των οδηγιών</translation>
    </message>
    <message>
      <source>Language of the side-by-side view</source>
      <translation>Γλώσσα της παράλληλης προβολής</translation>
    </message>
    <message>
      <source>Guidance text</source>
      <translation>Κείμενο οδηγιών</translation>
    </message>
    <message>
      <source>Guidance text in a second language</source>
      <translation>Κείμενο οδηγιών σε δεύτερη γλώσσα</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Γλώσσα</translation>
    </message>
    <message>
      <source>Second language</source>
      <translation>Δεύτερη γλώσσα</translation>
    </message>
    <message>
      <source>Checklists</source>
      <translation>Λίστες ελέγχου</translation>
    </message>
    <message>
      <source>Flowcharts</source>
      <translation>Διαγράμματα ροής</translation>
    </message>
    <message>
      <source>Exercises</source>
      <translation>Ασκήσεις</translation>
    </message>
    <message>
      <source>This page is not in the handbook: %1</source>
      <translation>Αυτή η σελίδα δεν υπάρχει στον οδηγό: %1</translation>
    </message>
    <message>
      <source>Fill in this checklist</source>
      <translation>Συμπλήρωση αυτής της λίστας ελέγχου</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Ποιος</translation>
    </message>
    <message>
      <source>Within</source>
      <translation>Εντός</translation>
    </message>
    <message>
      <source>go to step</source>
      <translation>μετάβαση στο βήμα</translation>
    </message>
    <message>
      <source>End of the flowchart</source>
      <translation>Τέλος του διαγράμματος ροής</translation>
    </message>
    <message>
      <source>Minute %1</source>
      <translation>Λεπτό %1</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Ερώτηση</translation>
    </message>
    <message>
      <source>Sections this tests</source>
      <translation>Ενότητες που ελέγχονται</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n ημέρα</numerusform>
        <numerusform>%n ημέρες</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n ώρα</numerusform>
        <numerusform>%n ώρες</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n λεπτό</numerusform>
        <numerusform>%n λεπτά</numerusform>
      </translation>
    </message>
    <message>
      <source>No saved checklists</source>
      <translation>Δεν υπάρχουν αποθηκευμένες λίστες ελέγχου</translation>
    </message>
    <message>
      <source>Bookmark removed</source>
      <translation>Ο σελιδοδείκτης αφαιρέθηκε</translation>
    </message>
    <message>
      <source>Bookmark added</source>
      <translation>Ο σελιδοδείκτης προστέθηκε</translation>
    </message>
    <message>
      <source>About INTERACT Desktop</source>
      <translation>Σχετικά με το INTERACT Desktop</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;INTERACT Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline guidance for professionals who protect children in migration from going missing and from trafficking.&lt;/p&gt;&lt;p&gt;It works without a network connection. The text is an independent guide; see the page “About this content”.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;INTERACT Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Οδηγίες χωρίς σύνδεση στο διαδίκτυο για επαγγελματίες που προστατεύουν τα παιδιά σε συνθήκες μετανάστευσης από την εξαφάνιση και την εμπορία ανθρώπων.&lt;/p&gt;&lt;p&gt;Λειτουργεί χωρίς σύνδεση δικτύου. Το κείμενο είναι ανεξάρτητος οδηγός· δείτε τη σελίδα «Σχετικά με αυτό το περιεχόμενο».&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Some parts of the handbook could not be read: see Help &gt; Content problems.</source>
      <translation>Ορισμένα μέρη του οδηγού δεν ήταν δυνατό να διαβαστούν: δείτε Βοήθεια &gt; Προβλήματα περιεχομένου.</translation>
    </message>
    <message>
      <source>Content problems</source>
      <translation>Προβλήματα περιεχομένου</translation>
    </message>
    <message numerus="yes">
      <source>%n part(s) of the handbook could not be read and are left out.</source>
      <translation>
        <numerusform>%n μέρος του οδηγού δεν ήταν δυνατό να διαβαστεί και παραλείφθηκε.</numerusform>
        <numerusform>%n μέρη του οδηγού δεν ήταν δυνατό να διαβαστούν και παραλείφθηκαν.</numerusform>
      </translation>
    </message>
    <message>
      <source>The rest of the guidance is complete and can be used.</source>
      <translation>Οι υπόλοιπες οδηγίες είναι πλήρεις και μπορούν να χρησιμοποιηθούν.</translation>
    </message>
  </context>
  <context>
    <name>PresenterConsole</name>
    <message>
      <source>End of the presentation</source>
      <translation>Τέλος της παρουσίασης</translation>
    </message>
    <message>
      <source>Presenter console</source>
      <translation>Κονσόλα παρουσιαστή</translation>
    </message>
    <message>
      <source>Next slide</source>
      <translation>Επόμενη διαφάνεια</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Σημειώσεις</translation>
    </message>
    <message>
      <source>Right, Space, Page Down: next · Left, Backspace, Page Up: back · Home, End: first, last · L: next language · Esc: end</source>
      <translation>Δεξί βέλος, Διάστημα, Page Down: επόμενη · Αριστερό βέλος, Backspace, Page Up: προηγούμενη · Home, End: πρώτη, τελευταία · L: επόμενη γλώσσα · Esc: τέλος</translation>
    </message>
  </context>
  <context>
    <name>PresenterView</name>
    <message>
      <source>Presentation</source>
      <translation>Παρουσίαση</translation>
    </message>
    <message>
      <source>Slide %1 of %2. Arrow keys move, Esc leaves, L changes the language.</source>
      <translation>Διαφάνεια %1 από %2. Τα βέλη μετακινούν, το Esc τερματίζει, το L αλλάζει γλώσσα.</translation>
    </message>
  </context>
  <context>
    <name>SearchController</name>
    <message>
      <source>Search the handbook (Ctrl+F)</source>
      <translation>Αναζήτηση στον οδηγό (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Αναζήτηση</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Αποτελέσματα αναζήτησης</translation>
    </message>
    <message>
      <source>Where to search</source>
      <translation>Πού να γίνει η αναζήτηση</translation>
    </message>
    <message>
      <source>What to search</source>
      <translation>Τι να αναζητηθεί</translation>
    </message>
    <message>
      <source>This language</source>
      <translation>Αυτή η γλώσσα</translation>
    </message>
    <message>
      <source>All five languages</source>
      <translation>Και οι πέντε γλώσσες</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Όλα</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Ενότητες</translation>
    </message>
    <message>
      <source>Checklists</source>
      <translation>Λίστες ελέγχου</translation>
    </message>
    <message>
      <source>Flowcharts</source>
      <translation>Διαγράμματα ροής</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Γλωσσάριο</translation>
    </message>
    <message>
      <source>No results for “%1”. Showing results for “%2”.</source>
      <translation>Δεν βρέθηκαν αποτελέσματα για «%1». Εμφανίζονται αποτελέσματα για «%2».</translation>
    </message>
    <message>
      <source>Did you mean: %1?</source>
      <translation>Μήπως εννοείτε: %1;</translation>
    </message>
    <message>
      <source>No results.</source>
      <translation>Δεν βρέθηκαν αποτελέσματα.</translation>
    </message>
    <message numerus="yes">
      <source>%n result(s)</source>
      <translation>
        <numerusform>%n αποτέλεσμα</numerusform>
        <numerusform>%n αποτελέσματα</numerusform>
      </translation>
    </message>
    <message>
      <source>Preparing search: %1 of %2 languages…</source>
      <translation>Προετοιμασία αναζήτησης: %1 από %2 γλώσσες…</translation>
    </message>
    <message>
      <source>Search is not available: %1</source>
      <translation>Η αναζήτηση δεν είναι διαθέσιμη: %1</translation>
    </message>
  </context>
</TS>
