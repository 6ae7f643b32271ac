<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
  <context>
    <name>AlreadyOpen</name>
    <message>
      <source>INTERACT Desktop</source>
      <translation>INTERACT Desktop</translation>
    </message>
    <message>
      <source>INTERACT Desktop is already open with this data folder.</source>
      <translation>Το INTERACT Desktop είναι ήδη ανοιχτό με αυτόν τον φάκελο δεδομένων.</translation>
    </message>
    <message>
      <source>Its window could not be brought forward: look for it in the taskbar or on another desktop. Only one window at a time may use the notebook, so that nothing typed in one is lost in the other.</source>
      <translation>Το παράθυρό του δεν μπόρεσε να έρθει σε πρώτο πλάνο: αναζητήστε το στη γραμμή εργασιών ή σε άλλη επιφάνεια εργασίας. Μόνο ένα παράθυρο κάθε φορά μπορεί να χρησιμοποιεί το σημειωματάριο, ώστε να μη χάνεται σε ένα παράθυρο ό,τι πληκτρολογήθηκε στο άλλο.</translation>
    </message>
    <message>
      <source>(Process %1.)</source>
      <translation>(Διεργασία %1.)</translation>
    </message>
  </context>
  <context>
    <name>AppearanceMenu</name>
    <message>
      <source>&amp;Appearance</source>
      <translation>&amp;Εμφάνιση</translation>
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
  </context>
  <context>
    <name>BookmarksController</name>
    <message>
      <source>Bookmarks</source>
      <translation>Σελιδοδείκτες</translation>
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
      <source>Bookmark</source>
      <translation>Σελιδοδείκτης</translation>
    </message>
    <message>
      <source>Add or remove a bookmark for this page (%1)</source>
      <translation>Προσθήκη ή αφαίρεση σελιδοδείκτη για αυτή τη σελίδα (%1)</translation>
    </message>
    <message>
      <source>No bookmarks yet. To keep a page at hand, open it and press %1 or the bookmark button in the toolbar.</source>
      <translation>Δεν υπάρχουν ακόμη σελιδοδείκτες. Για να έχετε μια σελίδα πρόχειρη, ανοίξτε τη και πατήστε %1 ή το κουμπί του σελιδοδείκτη στη γραμμή εργαλείων.</translation>
    </message>
  </context>
  <context>
    <name>CaseChecklists</name>
    <message>
      <source>Finalised</source>
      <translation>Οριστικοποιημένη</translation>
    </message>
    <message>
      <source>Finalised %1</source>
      <translation>Οριστικοποιήθηκε %1</translation>
    </message>
    <message>
      <source>Being filled in</source>
      <translation>Συμπληρώνεται</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Υψηλή</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Μέτρια</translation>
    </message>
    <message>
      <source>No checklist is attached to this case yet.</source>
      <translation>Δεν έχει συνδεθεί ακόμη λίστα ελέγχου με αυτή την υπόθεση.</translation>
    </message>
    <message>
      <source>Checklists filled in for this case. Open one to see or change it.</source>
      <translation>Λίστες ελέγχου που συμπληρώθηκαν για αυτή την υπόθεση. Ανοίξτε μία για να τη δείτε ή να την αλλάξετε.</translation>
    </message>
    <message>
      <source>Attach a new checklist</source>
      <translation>Σύνδεση νέας λίστας ελέγχου</translation>
    </message>
    <message>
      <source>Checklist to fill in for this case:</source>
      <translation>Λίστα ελέγχου προς συμπλήρωση για αυτή την υπόθεση:</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Λίστα ελέγχου</translation>
    </message>
    <message>
      <source>Last changed</source>
      <translation>Τελευταία αλλαγή</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Κατάσταση</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>Ειδοποίηση</translation>
    </message>
    <message>
      <source>Checklists of this case</source>
      <translation>Λίστες ελέγχου της υπόθεσης</translation>
    </message>
    <message>
      <source>Attach a new checklist…</source>
      <translation>Σύνδεση νέας λίστας ελέγχου…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Άνοιγμα</translation>
    </message>
    <message>
      <source>Detach from the case</source>
      <translation>Αποσύνδεση από την υπόθεση</translation>
    </message>
    <message>
      <source>The checklist stays in the notebook, under File &gt; Saved checklists</source>
      <translation>Η λίστα ελέγχου μένει στο σημειωματάριο, στο Αρχείο &gt; Αποθηκευμένες λίστες ελέγχου</translation>
    </message>
  </context>
  <context>
    <name>CaseDetails</name>
    <message>
      <source>Reference</source>
      <translation>Κωδικός αναφοράς</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Κατάσταση</translation>
    </message>
    <message>
      <source>Languages spoken</source>
      <translation>Ομιλούμενες γλώσσες</translation>
    </message>
    <message>
      <source>Roles involved</source>
      <translation>Εμπλεκόμενοι ρόλοι</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Ημερομηνία ανοίγματος</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Τελευταία φορά που εθεάθη</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Ημερομηνία κλεισίματος</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Ετικέτες</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Σκοπός</translation>
    </message>
    <message>
      <source>Retention date</source>
      <translation>Διατήρηση έως</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>δεν έχει οριστεί</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>Χωρίς ημερομηνία</translation>
    </message>
    <message>
      <source>Clear %1</source>
      <translation>Απαλοιφή: %1</translation>
    </message>
    <message>
      <source>A pseudonymous reference, such as a file number: no real name is needed.</source>
      <translation>Ένας ψευδωνυμικός κωδικός, όπως ένας αριθμός φακέλου: δεν χρειάζεται πραγματικό όνομα.</translation>
    </message>
    <message>
      <source>For example: Arabic, French</source>
      <translation>Για παράδειγμα: αραβικά, γαλλικά</translation>
    </message>
    <message>
      <source>For example: guardian, police, shelter staff</source>
      <translation>Για παράδειγμα: επίτροπος, αστυνομία, προσωπικό δομής φιλοξενίας</translation>
    </message>
    <message>
      <source>Words to group cases, separated by commas</source>
      <translation>Λέξεις για την ομαδοποίηση υποθέσεων, χωρισμένες με κόμματα</translation>
    </message>
    <message>
      <source>Why this case is kept, for example: to protect the child while missing.</source>
      <translation>Γιατί διατηρείται η υπόθεση, για παράδειγμα: για την προστασία του παιδιού όσο αγνοείται.</translation>
    </message>
    <message>
      <source>The date by which the case should be deleted, when it is no longer needed.</source>
      <translation>Η ημερομηνία έως την οποία πρέπει να διαγραφεί η υπόθεση, όταν δεν χρειάζεται πια.</translation>
    </message>
    <message>
      <source>This date has come: delete the case if it is no longer needed.</source>
      <translation>Η ημερομηνία αυτή έφτασε: διαγράψτε την υπόθεση αν δεν χρειάζεται πια.</translation>
    </message>
    <message>
      <source>Delete this case for good…</source>
      <translation>Οριστική διαγραφή αυτής της υπόθεσης…</translation>
    </message>
    <message>
      <source>A case needs a reference (a pseudonym is enough).</source>
      <translation>Μια υπόθεση χρειάζεται κωδικό αναφοράς (αρκεί ένα ψευδώνυμο).</translation>
    </message>
    <message>
      <source>The details could not be saved: %1</source>
      <translation>Τα στοιχεία δεν αποθηκεύτηκαν: %1</translation>
    </message>
    <message>
      <source>Saved at %1</source>
      <translation>Αποθηκεύτηκε στις %1</translation>
    </message>
  </context>
  <context>
    <name>CaseExportDialog</name>
    <message>
      <source>Export case report</source>
      <translation>Εξαγωγή αναφοράς υπόθεσης</translation>
    </message>
    <message>
      <source>A case report holds personal data. Choose what it includes:</source>
      <translation>Μια αναφορά υπόθεσης περιέχει προσωπικά δεδομένα. Επιλέξτε τι θα περιλαμβάνει:</translation>
    </message>
    <message>
      <source>Everything about this case</source>
      <translation>Όλα για αυτή την υπόθεση</translation>
    </message>
    <message>
      <source>Every field, note, timeline entry, checklist and register line of this case, as a JSON file: the answer to a subject-access request.</source>
      <translation>Κάθε πεδίο, σημείωση, εγγραφή χρονολογίου, λίστα ελέγχου και γραμμή μητρώου αυτής της υπόθεσης, σε αρχείο JSON: η απάντηση σε αίτημα πρόσβασης του υποκειμένου.</translation>
    </message>
    <message>
      <source>Full</source>
      <translation>Πλήρης</translation>
    </message>
    <message>
      <source>Everything about the case, with its reference.</source>
      <translation>Όλα για την υπόθεση, με τον κωδικό της.</translation>
    </message>
    <message>
      <source>Hand-over</source>
      <translation>Μεταβίβαση</translation>
    </message>
    <message>
      <source>For a colleague taking the case over: no reference, tags or register.</source>
      <translation>Για συνάδελφο που αναλαμβάνει την υπόθεση: χωρίς κωδικό, ετικέτες ή μητρώο.</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Στατιστικά</translation>
    </message>
    <message>
      <source>No free text at all, and dates by month only: for counting.</source>
      <translation>Καθόλου ελεύθερο κείμενο και ημερομηνίες μόνο ανά μήνα: για καταμέτρηση.</translation>
    </message>
    <message>
      <source>For whom</source>
      <translation>Για ποιον</translation>
    </message>
    <message>
      <source>Name, role or organisation (required)</source>
      <translation>Όνομα, ρόλος ή οργανισμός (υποχρεωτικό)</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Γλώσσα</translation>
    </message>
    <message>
      <source>Language of the report</source>
      <translation>Γλώσσα της αναφοράς</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Εξαγωγή…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Άκυρο</translation>
    </message>
  </context>
  <context>
    <name>CaseExporter</name>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Έγγραφα PDF (*.pdf)</translation>
    </message>
    <message>
      <source>JSON files (*.json)</source>
      <translation>Αρχεία JSON (*.json)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Εξαγωγή</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>Εγγραφή του %1…</translation>
    </message>
    <message>
      <source>the notebook was locked</source>
      <translation>το σημειωματάριο κλειδώθηκε</translation>
    </message>
    <message>
      <source>The export could not be entered in the register (%1), so the file was removed. Export again.</source>
      <translation>Η εξαγωγή δεν καταγράφηκε στο μητρώο (%1), γι' αυτό το αρχείο διαγράφηκε. Κάντε ξανά την εξαγωγή.</translation>
    </message>
    <message>
      <source>The file could not be written: %1</source>
      <translation>Το αρχείο δεν γράφτηκε: %1</translation>
    </message>
  </context>
  <context>
    <name>CaseStatus</name>
    <message>
      <source>Open</source>
      <translation>Ανοιχτή</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Αγνοείται</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Βρέθηκε</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Κλειστή</translation>
    </message>
    <message>
      <source>past its retention date</source>
      <translation>έχει λήξει η διατήρησή της</translation>
    </message>
  </context>
  <context>
    <name>CaseTools</name>
    <message>
      <source>Details</source>
      <translation>Στοιχεία</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Μητρώο</translation>
    </message>
    <message>
      <source>Export case report…</source>
      <translation>Εξαγωγή αναφοράς υπόθεσης…</translation>
    </message>
    <message>
      <source>A PDF of this case, for a recipient and with what they may see</source>
      <translation>Ένα PDF αυτής της υπόθεσης, για έναν παραλήπτη και με όσα επιτρέπεται να δει</translation>
    </message>
    <message>
      <source>Everything about this case…</source>
      <translation>Όλα για αυτή την υπόθεση…</translation>
    </message>
    <message>
      <source>All data of this case as a JSON file, for a subject-access request</source>
      <translation>Όλα τα δεδομένα αυτής της υπόθεσης σε αρχείο JSON, για αίτημα πρόσβασης του υποκειμένου</translation>
    </message>
    <message>
      <source>Hand over to a colleague…</source>
      <translation>Μεταβίβαση σε συνάδελφο…</translation>
    </message>
    <message>
      <source>An encrypted packet and a PDF in two languages, for a colleague abroad</source>
      <translation>Κρυπτογραφημένο πακέτο και PDF σε δύο γλώσσες, για συνάδελφο στο εξωτερικό</translation>
    </message>
    <message>
      <source>Show them</source>
      <translation>Εμφάνισή τους</translation>
    </message>
    <message>
      <source>Hide this reminder</source>
      <translation>Απόκρυψη αυτής της υπενθύμισης</translation>
    </message>
    <message>
      <source>Delete note…</source>
      <translation>Διαγραφή σημείωσης…</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s) past their retention date: delete them if no longer needed.</source>
      <translation>
        <numerusform>%n υπόθεση πέρασε την ημερομηνία διατήρησης: διαγράψτε την αν δεν χρειάζεται πια.</numerusform>
        <numerusform>%n υποθέσεις πέρασαν την ημερομηνία διατήρησης: διαγράψτε τις αν δεν χρειάζονται πια.</numerusform>
      </translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Άκυρο</translation>
    </message>
    <message>
      <source>Delete the case “%1” for good?

Its details, notes, timeline, checklists and export register are erased from the notebook. This cannot be undone.</source>
      <translation>Οριστική διαγραφή της υπόθεσης «%1»;

Τα στοιχεία, οι σημειώσεις, το χρονολόγιο, οι λίστες ελέγχου και το μητρώο εξαγωγών της σβήνονται από το σημειωματάριο. Η ενέργεια δεν αναιρείται.</translation>
    </message>
    <message>
      <source>Delete case</source>
      <translation>Διαγραφή υπόθεσης</translation>
    </message>
    <message>
      <source>Delete for good</source>
      <translation>Οριστική διαγραφή</translation>
    </message>
    <message>
      <source>Delete this note for good? This cannot be undone.</source>
      <translation>Οριστική διαγραφή αυτής της σημείωσης; Η ενέργεια δεν αναιρείται.</translation>
    </message>
    <message>
      <source>Delete note</source>
      <translation>Διαγραφή σημείωσης</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Αποθηκεύτηκε: %1</translation>
    </message>
  </context>
  <context>
    <name>ChecklistForm</name>
    <message>
      <source>Case %1</source>
      <translation>Υπόθεση %1</translation>
    </message>
    <message>
      <source>Not attached to a case</source>
      <translation>Δεν συνδέεται με υπόθεση</translation>
    </message>
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
      <translation>Δημιουργία αντιγράφου</translation>
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
      <source>Alerts</source>
      <translation>Ειδοποιήσεις</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>ηη/μμ/εεεε</translation>
    </message>
    <message>
      <source>dd/mm/yyyy hh:mm</source>
      <translation>ηη/μμ/εεεε ωω:λλ</translation>
    </message>
    <message>
      <source>Choose the date from a calendar</source>
      <translation>Επιλογή της ημερομηνίας από ημερολόγιο</translation>
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
      <source>The answers could not be saved. They stay in this form and are saved as soon as the disk allows (at the next change).</source>
      <translation>Οι απαντήσεις δεν αποθηκεύτηκαν. Μένουν σε αυτή τη φόρμα και θα αποθηκευτούν μόλις το επιτρέψει ο δίσκος (στην επόμενη αλλαγή).</translation>
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
      <source>No alert from the answers so far.</source>
      <translation>Καμία ειδοποίηση από τις απαντήσεις μέχρι τώρα.</translation>
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
    <name>ChecklistsFeature</name>
    <message>
      <source>Checklists are kept in the notebook. Unlock it to fill this one in.</source>
      <translation>Οι λίστες ελέγχου φυλάσσονται στο σημειωματάριο. Ξεκλειδώστε το για να συμπληρώσετε αυτή τη λίστα.</translation>
    </message>
    <message>
      <source>Unlock the notebook to see saved checklists…</source>
      <translation>Ξεκλειδώστε το σημειωματάριο για να δείτε τις αποθηκευμένες λίστες ελέγχου…</translation>
    </message>
    <message>
      <source>No saved checklists</source>
      <translation>Δεν υπάρχουν αποθηκευμένες λίστες ελέγχου</translation>
    </message>
    <message>
      <source>Saved &amp;checklists</source>
      <translation>Αποθηκευμένες &amp;λίστες ελέγχου</translation>
    </message>
  </context>
  <context>
    <name>ContactsDialog</name>
    <message>
      <source>Your contacts file cannot be read and was left as it is: %1</source>
      <translation>Το αρχείο των επαφών σας δεν μπορεί να διαβαστεί και έμεινε όπως ήταν: %1</translation>
    </message>
    <message>
      <source>(none yet)</source>
      <translation>(καμία ακόμη)</translation>
    </message>
    <message>
      <source>Delete contact</source>
      <translation>Διαγραφή επαφής</translation>
    </message>
    <message>
      <source>Delete %1 from your contacts?</source>
      <translation>Να διαγραφεί η επαφή %1;</translation>
    </message>
    <message>
      <source>Your contacts</source>
      <translation>Οι επαφές σας</translation>
    </message>
    <message>
      <source>Your contacts were not changed: %1</source>
      <translation>Οι επαφές σας δεν άλλαξαν: %1</translation>
    </message>
    <message>
      <source>The damaged file was kept as %1. You can start a new list.</source>
      <translation>Το κατεστραμμένο αρχείο φυλάχθηκε ως %1. Μπορείτε να ξεκινήσετε νέα λίστα.</translation>
    </message>
    <message>
      <source>Import contacts</source>
      <translation>Εισαγωγή επαφών</translation>
    </message>
    <message>
      <source>vCard files (*.vcf *.vcard)</source>
      <translation>Αρχεία vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
      <source>Nothing was imported; your contacts are unchanged.

%1</source>
      <translation>Δεν εισήχθη τίποτα· οι επαφές σας δεν άλλαξαν.

%1</translation>
    </message>
    <message>
      <source>Your contacts already hold everything in this file.</source>
      <translation>Οι επαφές σας περιέχουν ήδη όλα όσα έχει αυτό το αρχείο.</translation>
    </message>
    <message>
      <source>Export contacts</source>
      <translation>Εξαγωγή επαφών</translation>
    </message>
    <message>
      <source>vCard files (*.vcf)</source>
      <translation>Αρχεία vCard (*.vcf)</translation>
    </message>
    <message>
      <source>First-hour sheet</source>
      <translation>Φύλλο πρώτης ώρας</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Έγγραφα PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>Δεν ήταν δυνατή η εγγραφή του PDF: %1</translation>
    </message>
    <message>
      <source>Role and contact</source>
      <translation>Ρόλος και επαφή</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Τηλέφωνο</translation>
    </message>
    <message>
      <source>Your contacts, by role</source>
      <translation>Οι επαφές σας, ανά ρόλο</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Προσθήκη…</translation>
    </message>
    <message>
      <source>&amp;Change…</source>
      <translation>&amp;Αλλαγή…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
      <source>&amp;Import vCard…</source>
      <translation>&amp;Εισαγωγή vCard…</translation>
    </message>
    <message>
      <source>&amp;Export vCard…</source>
      <translation>Ε&amp;ξαγωγή vCard…</translation>
    </message>
    <message>
      <source>First-hour &amp;sheet (PDF)…</source>
      <translation>&amp;Φύλλο πρώτης ώρας (PDF)…</translation>
    </message>
    <message>
      <source>One page with the first-hour steps and your numbers, for the wall</source>
      <translation>Μία σελίδα με τα βήματα της πρώτης ώρας και τους αριθμούς σας, για τον τοίχο</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Κλείσιμο</translation>
    </message>
    <message>
      <source>Set the damaged file aside</source>
      <translation>Παραμερισμός του κατεστραμμένου αρχείου</translation>
    </message>
  </context>
  <context>
    <name>ContactsFeature</name>
    <message>
      <source>Your &amp;contacts…</source>
      <translation>Οι &amp;επαφές σας…</translation>
    </message>
    <message>
      <source>The numbers you call where the guidance names a role (no passphrase needed)</source>
      <translation>Οι αριθμοί που καλείτε όπου οι οδηγίες αναφέρουν έναν ρόλο (χωρίς φράση πρόσβασης)</translation>
    </message>
  </context>
  <context>
    <name>CountriesFeature</name>
    <message>
      <source>Your &amp;country</source>
      <translation>Η &amp;χώρα σας</translation>
    </message>
    <message>
      <source>Another country</source>
      <translation>Άλλη χώρα</translation>
    </message>
    <message>
      <source>Compare two countries</source>
      <translation>Σύγκριση δύο χωρών</translation>
    </message>
    <message>
      <source>Two countries' notes side by side, for a hand-over from one to the other</source>
      <translation>Οι σημειώσεις δύο χωρών σε παράλληλη προβολή, για μια μεταβίβαση από τη μία στην άλλη</translation>
    </message>
  </context>
  <context>
    <name>CountryQuestion</name>
    <message>
      <source>Another country</source>
      <translation>Άλλη χώρα</translation>
    </message>
    <message>
      <source>Which country do you work in? Sections then show how their advice works there (who to call, which body, which law).</source>
      <translation>Σε ποια χώρα εργάζεστε; Οι ενότητες θα δείχνουν τότε πώς εφαρμόζονται εκεί οι οδηγίες τους (ποιον καλείτε, ποιος φορέας, ποιος νόμος).</translation>
    </message>
    <message>
      <source>Your country</source>
      <translation>Η χώρα σας</translation>
    </message>
    <message>
      <source>Use this country</source>
      <translation>Επιλογή αυτής της χώρας</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Όχι τώρα</translation>
    </message>
  </context>
  <context>
    <name>Durations</name>
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
  </context>
  <context>
    <name>EntryEditor</name>
    <message>
      <source>Contact</source>
      <translation>Επαφή</translation>
    </message>
    <message>
      <source>For the roles:</source>
      <translation>Για τους ρόλους:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Όνομα:</translation>
    </message>
    <message>
      <source>Organisation:</source>
      <translation>Φορέας:</translation>
    </message>
    <message>
      <source>Phone numbers (one per line):</source>
      <translation>Αριθμοί τηλεφώνου (ένας ανά γραμμή):</translation>
    </message>
    <message>
      <source>E-mail addresses:</source>
      <translation>Διευθύνσεις e-mail:</translation>
    </message>
    <message>
      <source>Hours:</source>
      <translation>Ώρες:</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Σημείωση:</translation>
    </message>
    <message>
      <source>Hand-over key:</source>
      <translation>Κλειδί μεταβίβασης:</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Δεν αποθηκεύτηκε: %1</translation>
    </message>
  </context>
  <context>
    <name>ExerciseProjector</name>
    <message>
      <source>Exercise for the room — INTERACT Desktop</source>
      <translation>Άσκηση για την αίθουσα — INTERACT Desktop</translation>
    </message>
    <message>
      <source>Exercise for the room</source>
      <translation>Άσκηση για την αίθουσα</translation>
    </message>
    <message>
      <source>The injects revealed so far. F11: full screen; Esc: leave full screen.</source>
      <translation>Τα γεγονότα που έχουν εμφανιστεί μέχρι τώρα. F11: πλήρης οθόνη· Esc: έξοδος από την πλήρη οθόνη.</translation>
    </message>
    <message>
      <source>Injects revealed so far</source>
      <translation>Γεγονότα που έχουν εμφανιστεί μέχρι τώρα</translation>
    </message>
  </context>
  <context>
    <name>ExerciseView</name>
    <message>
      <source>Table-top exercise</source>
      <translation>Άσκηση επί χάρτου</translation>
    </message>
    <message>
      <source>Table-top exercises — INTERACT Desktop</source>
      <translation>Ασκήσεις επί χάρτου — INTERACT Desktop</translation>
    </message>
    <message>
      <source>Fictional — training exercise. Do not bring real case details into it; nothing here goes into the case notebook.</source>
      <translation>Φανταστικό — εκπαιδευτική άσκηση. Μην εισάγετε στοιχεία πραγματικών υποθέσεων· τίποτα από εδώ δεν μπαίνει στο σημειωματάριο υποθέσεων.</translation>
    </message>
    <message>
      <source>Start a table-top exercise</source>
      <translation>Έναρξη άσκησης επί χάρτου</translation>
    </message>
    <message>
      <source>Scenario:</source>
      <translation>Σενάριο:</translation>
    </message>
    <message>
      <source>Facilitator (optional):</source>
      <translation>Συντονιστής/τρια (προαιρετικά):</translation>
    </message>
    <message>
      <source>Group (optional):</source>
      <translation>Ομάδα (προαιρετικά):</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Σενάριο</translation>
    </message>
    <message>
      <source>Facilitator</source>
      <translation>Συντονιστής/τρια</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Ομάδα</translation>
    </message>
    <message>
      <source>Start the exercise</source>
      <translation>Έναρξη της άσκησης</translation>
    </message>
    <message>
      <source>Exercises run before (saved on this computer):</source>
      <translation>Ασκήσεις που έγιναν ήδη (αποθηκευμένες σε αυτόν τον υπολογιστή):</translation>
    </message>
    <message>
      <source>Exercises run before</source>
      <translation>Ασκήσεις που έγιναν ήδη</translation>
    </message>
    <message>
      <source>No exercise has been run on this computer yet. To run one, choose a scenario above and press “Start the exercise”.</source>
      <translation>Δεν έχει γίνει ακόμη καμία άσκηση σε αυτόν τον υπολογιστή. Για να ξεκινήσετε μία, επιλέξτε ένα σενάριο παραπάνω και πατήστε «Έναρξη της άσκησης».</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Συνέχιση</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Διαγραφή</translation>
    </message>
    <message>
      <source>Reveal the next inject</source>
      <translation>Εμφάνιση του επόμενου γεγονότος</translation>
    </message>
    <message>
      <source>Give the participants the next inject now, before its time</source>
      <translation>Δώστε στους συμμετέχοντες το επόμενο γεγονός τώρα, πριν από την ώρα του</translation>
    </message>
    <message>
      <source>Projector view</source>
      <translation>Προβολή για τον προβολέα</translation>
    </message>
    <message>
      <source>A window for the room's screen: only the injects revealed so far, in large type (F11: full screen)</source>
      <translation>Ένα παράθυρο για την οθόνη της αίθουσας: μόνο τα γεγονότα που έχουν ήδη εμφανιστεί, με μεγάλα γράμματα (F11: πλήρης οθόνη)</translation>
    </message>
    <message>
      <source>Finish and export debrief…</source>
      <translation>Ολοκλήρωση και εξαγωγή απολογισμού…</translation>
    </message>
    <message>
      <source>Back to the list</source>
      <translation>Επιστροφή στη λίστα</translation>
    </message>
    <message>
      <source>The exercise is saved and can be resumed</source>
      <translation>Η άσκηση έχει αποθηκευτεί και μπορεί να συνεχιστεί</translation>
    </message>
    <message>
      <source>finished</source>
      <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
      <source>open</source>
      <translation>σε εξέλιξη</translation>
    </message>
    <message numerus="yes">
      <source>%n decision(s)</source>
      <translation>
        <numerusform>%n απόφαση</numerusform>
        <numerusform>%n αποφάσεις</numerusform>
      </translation>
    </message>
    <message>
      <source>These files could not be read and were left out: %1</source>
      <translation>Αυτά τα αρχεία δεν ήταν δυνατό να διαβαστούν και παραλείφθηκαν: %1</translation>
    </message>
    <message>
      <source>Delete exercise</source>
      <translation>Διαγραφή άσκησης</translation>
    </message>
    <message>
      <source>Delete this exercise and the decisions recorded in it?</source>
      <translation>Διαγραφή αυτής της άσκησης και των αποφάσεων που καταγράφηκαν σε αυτήν;</translation>
    </message>
    <message>
      <source>The exercise is finished: nothing more is revealed.</source>
      <translation>Η άσκηση έχει τελειώσει: δεν εμφανίζεται τίποτα άλλο.</translation>
    </message>
    <message>
      <source>The exercise is finished: no more decisions are recorded.</source>
      <translation>Η άσκηση έχει τελειώσει: δεν καταγράφονται άλλες αποφάσεις.</translation>
    </message>
    <message>
      <source>Write the decision first.</source>
      <translation>Γράψτε πρώτα την απόφαση.</translation>
    </message>
    <message>
      <source>Time since start: %1</source>
      <translation>Χρόνος από την έναρξη: %1</translation>
    </message>
    <message>
      <source>The exercise is finished.</source>
      <translation>Η άσκηση ολοκληρώθηκε.</translation>
    </message>
    <message>
      <source>Every inject has been revealed.</source>
      <translation>Έχουν εμφανιστεί όλα τα γεγονότα.</translation>
    </message>
    <message>
      <source>Next inject (minute %1) in %2</source>
      <translation>Επόμενο γεγονός (λεπτό %1) σε %2</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>Εγγραφή του %1…</translation>
    </message>
    <message>
      <source>Debrief saved: %1</source>
      <translation>Ο απολογισμός αποθηκεύτηκε: %1</translation>
    </message>
    <message>
      <source>The PDF could not be written: %1</source>
      <translation>Δεν ήταν δυνατή η εγγραφή του PDF: %1</translation>
    </message>
    <message>
      <source>Export the debrief as PDF</source>
      <translation>Εξαγωγή του απολογισμού σε PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Έγγραφα PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>ExercisesFeature</name>
    <message>
      <source>Table-top &amp;exercises…</source>
      <translation>&amp;Ασκήσεις επί χάρτου…</translation>
    </message>
  </context>
  <context>
    <name>ExportFeature</name>
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
      <source>Export this page as slides (PDF, 16:9)…</source>
      <translation>Εξαγωγή αυτής της σελίδας ως διαφάνειες (PDF, 16:9)…</translation>
    </message>
    <message>
      <source>Export this chapter as slides (PDF, 16:9)…</source>
      <translation>Εξαγωγή αυτού του κεφαλαίου ως διαφάνειες (PDF, 16:9)…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>Ε&amp;κτύπωση…</translation>
    </message>
    <message>
      <source>Author of exported documents…</source>
      <translation>Συντάκτης των εγγράφων που εξάγονται…</translation>
    </message>
  </context>
  <context>
    <name>ExportRegisterView</name>
    <message>
      <source>Every export of this case, as the register keeps it. Deleting the case deletes these lines too.</source>
      <translation>Κάθε εξαγωγή αυτής της υπόθεσης, όπως την κρατά το μητρώο. Η διαγραφή της υπόθεσης διαγράφει και αυτές τις γραμμές.</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Πότε</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Τι</translation>
    </message>
    <message>
      <source>For whom</source>
      <translation>Για ποιον</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Εκδοχή</translation>
    </message>
    <message>
      <source>Export register of the case</source>
      <translation>Μητρώο εξαγωγών της υπόθεσης</translation>
    </message>
    <message>
      <source>Case report (PDF)</source>
      <translation>Αναφορά υπόθεσης (PDF)</translation>
    </message>
    <message>
      <source>Subject access (JSON)</source>
      <translation>Πρόσβαση υποκειμένου (JSON)</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Αντίγραφο ασφαλείας</translation>
    </message>
    <message>
      <source>Hand-over packet sent</source>
      <translation>Πακέτο μεταβίβασης εστάλη</translation>
    </message>
    <message>
      <source>Hand-over packet received</source>
      <translation>Πακέτο μεταβίβασης παραλήφθηκε</translation>
    </message>
    <message>
      <source>Hand-over (PDF)</source>
      <translation>Μεταβίβαση (PDF)</translation>
    </message>
    <message>
      <source>Full</source>
      <translation>Πλήρης</translation>
    </message>
    <message>
      <source>Hand-over</source>
      <translation>Μεταβίβαση</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Στατιστικά</translation>
    </message>
  </context>
  <context>
    <name>FlowchartPane</name>
    <message>
      <source>Start guided response</source>
      <translation>Έναρξη καθοδηγούμενης αντίδρασης</translation>
    </message>
    <message>
      <source>Go through the flowchart step by step, with the time left for each step</source>
      <translation>Ακολουθήστε το διάγραμμα ροής βήμα προς βήμα, με τον χρόνο που απομένει για κάθε βήμα</translation>
    </message>
    <message>
      <source>Zoom in (%1)</source>
      <translation>Μεγέθυνση (%1)</translation>
    </message>
    <message>
      <source>Zoom out (%1)</source>
      <translation>Σμίκρυνση (%1)</translation>
    </message>
    <message>
      <source>Whole flowchart (%1)</source>
      <translation>Ολόκληρο το διάγραμμα (%1)</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Μεγέθυνση</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Σμίκρυνση</translation>
    </message>
    <message>
      <source>Whole flowchart</source>
      <translation>Ολόκληρο το διάγραμμα</translation>
    </message>
  </context>
  <context>
    <name>FlowchartView</name>
    <message>
      <source>Within %1</source>
      <translation>Προθεσμία: %1</translation>
    </message>
    <message>
      <source>Flowchart diagram</source>
      <translation>Διάγραμμα ροής</translation>
    </message>
    <message>
      <source>Tab moves between the steps; Enter opens the guidance of a step.</source>
      <translation>Με το Tab μετακινείστε ανάμεσα στα βήματα· με το Enter ανοίγουν οι οδηγίες ενός βήματος.</translation>
    </message>
  </context>
  <context>
    <name>FlowchartsFeature</name>
    <message>
      <source>Guided response running: %1</source>
      <translation>Καθοδηγούμενη αντίδραση σε εξέλιξη: %1</translation>
    </message>
    <message>
      <source>Back to the response</source>
      <translation>Επιστροφή στην αντίδραση</translation>
    </message>
    <message>
      <source>Summary for the police</source>
      <translation>Σύνοψη για την αστυνομία</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Έγγραφα PDF (*.pdf)</translation>
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
    <name>GuidedPanel</name>
    <message>
      <source>Counting from %1, when the absence was noticed</source>
      <translation>Οι προθεσμίες μετρούν από %1, όταν έγινε αντιληπτή η απουσία</translation>
    </message>
    <message>
      <source>Recording in case %1</source>
      <translation>Καταγραφή στην υπόθεση %1</translation>
    </message>
    <message>
      <source>The notebook is locked: the steps from now on are not recorded.</source>
      <translation>Το σημειωματάριο κλείδωσε: τα βήματα από εδώ και πέρα δεν καταγράφονται.</translation>
    </message>
    <message>
      <source>Steps are not recorded. To record them in a case's timeline, open the case in the notebook before starting.</source>
      <translation>Τα βήματα δεν καταγράφονται. Για να καταγραφούν στο χρονολόγιο μιας υπόθεσης, ανοίξτε την υπόθεση στο σημειωματάριο πριν ξεκινήσετε.</translation>
    </message>
    <message>
      <source>In %1 only</source>
      <translation>Μόνο %1</translation>
    </message>
    <message>
      <source>In %1 and %2</source>
      <translation>%1 και %2</translation>
    </message>
    <message>
      <source>That time is in the future. Enter when the absence was noticed.</source>
      <translation>Αυτή η ώρα βρίσκεται στο μέλλον. Συμπληρώστε πότε έγινε αντιληπτή η απουσία.</translation>
    </message>
    <message>
      <source>Who: %1</source>
      <translation>Ποιος: %1</translation>
    </message>
    <message>
      <source>End of the flowchart. The steps are listed below.</source>
      <translation>Τέλος του διαγράμματος ροής. Τα βήματα αναφέρονται παρακάτω.</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
      <source>Overdue by %1</source>
      <translation>Καθυστέρηση %1</translation>
    </message>
    <message>
      <source>Due in %1</source>
      <translation>Απομένουν %1</translation>
    </message>
    <message>
      <source>%1 d %2 h</source>
      <translation>%1 ημ. %2 ώ.</translation>
    </message>
    <message>
      <source>%1 h %2 min</source>
      <translation>%1 ώ. %2 λεπ.</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 λεπ.</translation>
    </message>
    <message>
      <source>Guided response</source>
      <translation>Καθοδηγούμενη αντίδραση</translation>
    </message>
    <message>
      <source>Counting from:</source>
      <translation>Μέτρηση από:</translation>
    </message>
    <message>
      <source>When the absence was noticed: the guide's deadlines count from then</source>
      <translation>Πότε έγινε αντιληπτή η απουσία: οι προθεσμίες του οδηγού μετρούν από τότε</translation>
    </message>
    <message>
      <source>Counting from</source>
      <translation>Μέτρηση από</translation>
    </message>
    <message>
      <source>Just now</source>
      <translation>Μόλις τώρα</translation>
    </message>
    <message>
      <source>%1 min ago</source>
      <translation>Πριν από %1 λεπτά</translation>
    </message>
    <message>
      <source>Time since then:</source>
      <translation>Χρόνος από τότε:</translation>
    </message>
    <message>
      <source>Steps taken</source>
      <translation>Βήματα που έγιναν</translation>
    </message>
    <message>
      <source>Stop guided response</source>
      <translation>Τερματισμός καθοδηγούμενης αντίδρασης</translation>
    </message>
    <message>
      <source>Summary for the police…</source>
      <translation>Σύνοψη για την αστυνομία…</translation>
    </message>
    <message>
      <source>One page for the police: what happened when, what they need, your contacts</source>
      <translation>Μία σελίδα για την αστυνομία: τι έγινε και πότε, τι χρειάζεται, τα στοιχεία επικοινωνίας σας</translation>
    </message>
    <message>
      <source>Summary for the police</source>
      <translation>Σύνοψη για την αστυνομία</translation>
    </message>
  </context>
  <context>
    <name>HandoverDialog</name>
    <message>
      <source>Hand over to a colleague</source>
      <translation>Μεταβίβαση σε συνάδελφο</translation>
    </message>
    <message>
      <source>An encrypted packet that only your colleague's app opens, and a PDF in your language and theirs. Choose what goes: only what they need.</source>
      <translation>Ένα κρυπτογραφημένο πακέτο που ανοίγει μόνο η εφαρμογή του συναδέλφου σας, και ένα PDF στη γλώσσα σας και στη δική του. Επιλέξτε τι θα σταλεί: μόνο ό,τι χρειάζεται.</translation>
    </message>
    <message>
      <source>What goes</source>
      <translation>Τι θα σταλεί</translation>
    </message>
    <message>
      <source>Summary of the case</source>
      <translation>Σύνοψη της υπόθεσης</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Χρονολόγιο</translation>
    </message>
    <message>
      <source>Checklists</source>
      <translation>Λίστες ελέγχου</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Σημειώσεις</translation>
    </message>
    <message>
      <source>Leave out</source>
      <translation>Παράλειψη</translation>
    </message>
    <message>
      <source>Reference, tags and register (hand-over)</source>
      <translation>Κωδικός αναφοράς, ετικέτες και μητρώο (μεταβίβαση)</translation>
    </message>
    <message>
      <source>Nothing (full)</source>
      <translation>Τίποτα (πλήρες)</translation>
    </message>
    <message>
      <source>To whom, why, on which basis</source>
      <translation>Σε ποιον, γιατί, με ποια βάση</translation>
    </message>
    <message>
      <source>Their language</source>
      <translation>Γλώσσα του παραλήπτη</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Το όνομά σας</translation>
    </message>
    <message>
      <source>Your organisation</source>
      <translation>Ο φορέας σας</translation>
    </message>
    <message>
      <source>Your country</source>
      <translation>Η χώρα σας</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Παραλήπτης</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Σκοπός</translation>
    </message>
    <message>
      <source>Lawful basis</source>
      <translation>Νόμιμη βάση</translation>
    </message>
    <message>
      <source>Basis in your words</source>
      <translation>Η βάση με δικά σας λόγια</translation>
    </message>
    <message>
      <source>Name and organisation (required)</source>
      <translation>Όνομα και φορέας (υποχρεωτικό)</translation>
    </message>
    <message>
      <source>Why they need it (required)</source>
      <translation>Γιατί το χρειάζεται ο παραλήπτης (υποχρεωτικό)</translation>
    </message>
    <message>
      <source>The law and article, if you know them</source>
      <translation>Ο νόμος και το άρθρο, αν τα γνωρίζετε</translation>
    </message>
    <message>
      <source>Another basis (type it below)</source>
      <translation>Άλλη βάση (πληκτρολογήστε την παρακάτω)</translation>
    </message>
    <message>
      <source>Choose the basis (required)</source>
      <translation>Επιλέξτε τη βάση (υποχρεωτικό)</translation>
    </message>
    <message>
      <source>Sealed for</source>
      <translation>Κρυπτογραφημένο για</translation>
    </message>
    <message>
      <source>Their hand-over key</source>
      <translation>Το κλειδί μεταβίβασης του παραλήπτη</translation>
    </message>
    <message>
      <source>From your contacts…</source>
      <translation>Από τις επαφές σας…</translation>
    </message>
    <message>
      <source>Hand-over key from your contacts</source>
      <translation>Κλειδί μεταβίβασης από τις επαφές σας</translation>
    </message>
    <message>
      <source>A one-time passphrase, shown once, to give them by phone</source>
      <translation>Μια φράση πρόσβασης μίας χρήσης, που εμφανίζεται μία φορά, για να τη δώσετε τηλεφωνικά</translation>
    </message>
    <message>
      <source>Also write the PDF in both languages</source>
      <translation>Δημιουργία και του PDF στις δύο γλώσσες</translation>
    </message>
    <message>
      <source>Hand over…</source>
      <translation>Μεταβίβαση…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Άκυρο</translation>
    </message>
    <message>
      <source>Paste your colleague's hand-over key.</source>
      <translation>Επικολλήστε το κλειδί μεταβίβασης του συναδέλφου σας.</translation>
    </message>
    <message>
      <source>This is not a complete hand-over key: it starts with age1.</source>
      <translation>Αυτό δεν είναι πλήρες κλειδί μεταβίβασης: ξεκινά με age1.</translation>
    </message>
    <message>
      <source>Choose the lawful basis.</source>
      <translation>Επιλέξτε τη νόμιμη βάση.</translation>
    </message>
    <message>
      <source>Type the lawful basis.</source>
      <translation>Πληκτρολογήστε τη νόμιμη βάση.</translation>
    </message>
  </context>
  <context>
    <name>HandoverImporter</name>
    <message>
      <source>Nothing was imported.</source>
      <translation>Δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
      <source>This file is not a hand-over packet.</source>
      <translation>Αυτό το αρχείο δεν είναι πακέτο μεταβίβασης.</translation>
    </message>
    <message>
      <source>This hand-over packet is incomplete: the file ends before the packet does (a copy or a download was cut short). Ask the sender to send it again.</source>
      <translation>Αυτό το πακέτο μεταβίβασης είναι ελλιπές: το αρχείο τελειώνει πριν από το τέλος του πακέτου (μια αντιγραφή ή λήψη διακόπηκε). Ζητήστε από τον αποστολέα να το στείλει ξανά.</translation>
    </message>
    <message>
      <source>This hand-over packet has been altered or damaged since it was sealed. Ask the sender to send it again.</source>
      <translation>Αυτό το πακέτο μεταβίβασης έχει αλλοιωθεί ή καταστραφεί από τότε που κρυπτογραφήθηκε. Ζητήστε από τον αποστολέα να το στείλει ξανά.</translation>
    </message>
    <message>
      <source>This hand-over packet was sealed to another hand-over key, not to this installation's. Check that the sender used your key.</source>
      <translation>Αυτό το πακέτο μεταβίβασης κρυπτογραφήθηκε για άλλο κλειδί μεταβίβασης, όχι για το κλειδί αυτής της εγκατάστασης. Ελέγξτε ότι ο αποστολέας χρησιμοποίησε το δικό σας κλειδί.</translation>
    </message>
    <message>
      <source>The one-time passphrase does not open this hand-over packet. Check the words with the sender and try again.</source>
      <translation>Η φράση πρόσβασης μίας χρήσης δεν ανοίγει αυτό το πακέτο μεταβίβασης. Ελέγξτε τις λέξεις με τον αποστολέα και δοκιμάστε ξανά.</translation>
    </message>
    <message>
      <source>This hand-over packet was made by a newer version of the app. Update the app to open it.</source>
      <translation>Αυτό το πακέτο μεταβίβασης δημιουργήθηκε από νεότερη έκδοση της εφαρμογής. Ενημερώστε την εφαρμογή για να το ανοίξετε.</translation>
    </message>
    <message>
      <source>This hand-over packet cannot be used: %1</source>
      <translation>Αυτό το πακέτο μεταβίβασης δεν μπορεί να χρησιμοποιηθεί: %1</translation>
    </message>
    <message>
      <source>the file is far larger than a hand-over packet</source>
      <translation>το αρχείο είναι πολύ μεγαλύτερο από ένα πακέτο μεταβίβασης</translation>
    </message>
    <message>
      <source>The file could not be read: %1</source>
      <translation>Δεν ήταν δυνατή η ανάγνωση του αρχείου: %1</translation>
    </message>
    <message>
      <source>Hand-over packet</source>
      <translation>Πακέτο μεταβίβασης</translation>
    </message>
    <message>
      <source>This packet is sealed with a one-time passphrase. Type the words the sender gave you:</source>
      <translation>Αυτό το πακέτο είναι κρυπτογραφημένο με φράση πρόσβασης μίας χρήσης. Πληκτρολογήστε τις λέξεις που σας έδωσε ο αποστολέας:</translation>
    </message>
    <message>
      <source>The case could not be created: %1</source>
      <translation>Δεν ήταν δυνατή η δημιουργία της υπόθεσης: %1</translation>
    </message>
  </context>
  <context>
    <name>HandoverKeyDialog</name>
    <message>
      <source>Your hand-over key</source>
      <translation>Το κλειδί μεταβίβασής σας</translation>
    </message>
    <message>
      <source>Give this key to colleagues who will hand cases over to you: packets sealed to it open only in this app, with your notebook. It is not secret.</source>
      <translation>Δώστε αυτό το κλειδί στους συναδέλφους που θα σας μεταβιβάσουν υποθέσεις: τα πακέτα που κρυπτογραφούνται με αυτό ανοίγουν μόνο σε αυτή την εφαρμογή, με το σημειωματάριό σας. Δεν είναι μυστικό.</translation>
    </message>
    <message>
      <source>Copy the key</source>
      <translation>Αντιγραφή του κλειδιού</translation>
    </message>
    <message>
      <source>The key as a QR code</source>
      <translation>Το κλειδί ως κωδικός QR</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Κλείσιμο</translation>
    </message>
  </context>
  <context>
    <name>HandoverPreview</name>
    <message>
      <source>Hand-over packet</source>
      <translation>Πακέτο μεταβίβασης</translation>
    </message>
    <message>
      <source>Check where this comes from before you take it in. Accepting makes it a new case in your notebook; nothing is kept otherwise.</source>
      <translation>Ελέγξτε από πού προέρχεται πριν το παραλάβετε. Με την αποδοχή γίνεται νέα υπόθεση στο σημειωματάριό σας· διαφορετικά δεν κρατιέται τίποτα.</translation>
    </message>
    <message>
      <source>What the packet holds</source>
      <translation>Τι περιέχει το πακέτο</translation>
    </message>
    <message>
      <source>Create the case</source>
      <translation>Δημιουργία της υπόθεσης</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Άκυρο</translation>
    </message>
  </context>
  <context>
    <name>HandoverSender</name>
    <message>
      <source>Hand over to a colleague</source>
      <translation>Μεταβίβαση σε συνάδελφο</translation>
    </message>
    <message>
      <source>Hand-over packets (*%1)</source>
      <translation>Πακέτα μεταβίβασης (*%1)</translation>
    </message>
    <message>
      <source>Sealing the packet…</source>
      <translation>Κρυπτογράφηση του πακέτου…</translation>
    </message>
    <message>
      <source>the notebook was locked</source>
      <translation>το σημειωματάριο κλειδώθηκε</translation>
    </message>
    <message>
      <source>The hand-over could not be entered in the register (%1), so its files were removed. Hand it over again.</source>
      <translation>Η μεταβίβαση δεν καταχωρίστηκε στο μητρώο (%1), γι' αυτό τα αρχεία της διαγράφηκαν. Επαναλάβετε τη μεταβίβαση.</translation>
    </message>
    <message>
      <source>One-time passphrase</source>
      <translation>Φράση πρόσβασης μίας χρήσης</translation>
    </message>
    <message>
      <source>Give these words to your colleague by another channel, such as a phone call, never with the packet. They are shown only now.</source>
      <translation>Δώστε αυτές τις λέξεις στον συνάδελφό σας από άλλο κανάλι, για παράδειγμα τηλεφωνικά, ποτέ μαζί με το πακέτο. Εμφανίζονται μόνο τώρα.</translation>
    </message>
    <message>
      <source>The hand-over could not be written: %1</source>
      <translation>Δεν ήταν δυνατή η εγγραφή της μεταβίβασης: %1</translation>
    </message>
  </context>
  <context>
    <name>HelpController</name>
    <message>
      <source>Some parts of the handbook could not be read: see Help &gt; Content problems.</source>
      <translation>Ορισμένα μέρη του οδηγού δεν ήταν δυνατό να διαβαστούν: δείτε Βοήθεια &gt; Προβλήματα περιεχομένου.</translation>
    </message>
    <message>
      <source>About INTERACT Desktop</source>
      <translation>Σχετικά με το INTERACT Desktop</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;INTERACT Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline guidance for professionals who protect children in migration from going missing and from trafficking.&lt;/p&gt;&lt;p&gt;It works without a network connection. The text is an independent guide; see the page “About this content”.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;INTERACT Desktop %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Οδηγίες χωρίς σύνδεση στο διαδίκτυο για επαγγελματίες που προστατεύουν τα παιδιά σε συνθήκες μετανάστευσης από την εξαφάνιση και την εμπορία ανθρώπων.&lt;/p&gt;&lt;p&gt;Λειτουργεί χωρίς σύνδεση δικτύου. Το κείμενο είναι ανεξάρτητος οδηγός· δείτε τη σελίδα «Σχετικά με το περιεχόμενο».&lt;/p&gt;</translation>
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
    <message>
      <source>&amp;Getting started</source>
      <translation>Πρώτα &amp;βήματα</translation>
    </message>
    <message>
      <source>&amp;About INTERACT Desktop</source>
      <translation>&amp;Σχετικά με το INTERACT Desktop</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>Συντο&amp;μεύσεις πληκτρολογίου</translation>
    </message>
    <message>
      <source>Content &amp;problems</source>
      <translation>&amp;Προβλήματα περιεχομένου</translation>
    </message>
  </context>
  <context>
    <name>HomeFeature</name>
    <message>
      <source>Start</source>
      <translation>Αρχική</translation>
    </message>
    <message>
      <source>Continue where I was: %1</source>
      <translation>Συνέχεια από εκεί που ήμουν: %1</translation>
    </message>
    <message>
      <source>Start page</source>
      <translation>Αρχική σελίδα</translation>
    </message>
    <message>
      <source>The start page (%1)</source>
      <translation>Η αρχική σελίδα (%1)</translation>
    </message>
    <message>
      <source>What do you need to do?</source>
      <translation>Τι πρέπει να κάνετε;</translation>
    </message>
    <message>
      <source>A child is missing now</source>
      <translation>Ένα παιδί αγνοείται τώρα</translation>
    </message>
    <message>
      <source>A child was found</source>
      <translation>Ένα παιδί βρέθηκε</translation>
    </message>
    <message>
      <source>Signs a child crossed a border</source>
      <translation>Ενδείξεις ότι ένα παιδί πέρασε σύνορα</translation>
    </message>
    <message>
      <source>Fill in a checklist</source>
      <translation>Συμπλήρωση λίστας ελέγχου</translation>
    </message>
    <message>
      <source>Starts the guided response: the first steps, with their deadlines</source>
      <translation>Ξεκινά την καθοδηγούμενη αντίδραση: τα πρώτα βήματα, με τις προθεσμίες τους</translation>
    </message>
    <message>
      <source>Search the guide</source>
      <translation>Αναζήτηση στον οδηγό</translation>
    </message>
    <message>
      <source>Recent pages</source>
      <translation>Πρόσφατες σελίδες</translation>
    </message>
    <message>
      <source>The pages you read will be listed here. To start, choose a task above, search the guide or open the Contents on the left.</source>
      <translation>Εδώ θα εμφανίζονται οι σελίδες που διαβάζετε. Για να ξεκινήσετε, επιλέξτε μια εργασία παραπάνω, κάντε αναζήτηση στον οδηγό ή ανοίξτε τα Περιεχόμενα αριστερά.</translation>
    </message>
    <message>
      <source>No cases yet. To keep notes on a child, open the notebook and choose “New case…”.</source>
      <translation>Δεν υπάρχουν ακόμη υποθέσεις. Για να κρατάτε σημειώσεις για ένα παιδί, ανοίξτε το σημειωματάριο και επιλέξτε «Νέα υπόθεση…».</translation>
    </message>
    <message>
      <source>Recent cases</source>
      <translation>Πρόσφατες υποθέσεις</translation>
    </message>
    <message>
      <source>For trainers</source>
      <translation>Για εκπαιδευτές</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Παρουσίαση</translation>
    </message>
    <message>
      <source>Run an exercise</source>
      <translation>Διεξαγωγή άσκησης</translation>
    </message>
    <message>
      <source>New here? Getting started</source>
      <translation>Πρώτη φορά εδώ; Πρώτα βήματα</translation>
    </message>
    <message>
      <source>How to find your way around the app, in five minutes</source>
      <translation>Πώς κινείστε μέσα στην εφαρμογή, σε πέντε λεπτά</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <source>Import contacts</source>
      <translation>Εισαγωγή επαφών</translation>
    </message>
    <message numerus="yes">
      <source>New entries: %n</source>
      <translation>
        <numerusform>Νέα επαφή: %n</numerusform>
        <numerusform>Νέες επαφές: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Entries this file would change: %n</source>
      <translation>
        <numerusform>Επαφή που θα άλλαζε αυτό το αρχείο: %n</numerusform>
        <numerusform>Επαφές που θα άλλαζε αυτό το αρχείο: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Tick the changes to make; the others stay as now.</source>
      <translation>Επιλέξτε τις αλλαγές που θα γίνουν· οι υπόλοιπες μένουν όπως είναι.</translation>
    </message>
    <message numerus="yes">
      <source>Not imported: %n</source>
      <translation>
        <numerusform>Δεν εισήχθη: %n</numerusform>
        <numerusform>Δεν εισήχθησαν: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Εισαγωγή</translation>
    </message>
  </context>
  <context>
    <name>InjectBox</name>
    <message>
      <source>Minute %1</source>
      <translation>Λεπτό %1</translation>
    </message>
    <message>
      <source>revealed to the room at %1</source>
      <translation>εμφανίστηκε στην αίθουσα στις %1</translation>
    </message>
    <message>
      <source>Sections this tests</source>
      <translation>Ενότητες που ελέγχονται</translation>
    </message>
    <message>
      <source>Group or participant:</source>
      <translation>Ομάδα ή συμμετέχων/ουσα:</translation>
    </message>
    <message>
      <source>Decision:</source>
      <translation>Απόφαση:</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Καταγραφή</translation>
    </message>
    <message>
      <source>Decision on this inject</source>
      <translation>Απόφαση για αυτό το γεγονός</translation>
    </message>
    <message>
      <source>Group or participant</source>
      <translation>Ομάδα ή συμμετέχων/ουσα</translation>
    </message>
    <message>
      <source>Decisions recorded</source>
      <translation>Καταγεγραμμένες αποφάσεις</translation>
    </message>
    <message>
      <source>No decision recorded yet.</source>
      <translation>Δεν έχει καταγραφεί ακόμη απόφαση.</translation>
    </message>
  </context>
  <context>
    <name>LockReport</name>
    <message>
      <source>The notebook is locked, but the disk is full.</source>
      <translation>Το σημειωματάριο κλειδώθηκε, αλλά ο δίσκος είναι γεμάτος.</translation>
    </message>
    <message>
      <source>The notebook is locked, but its disk is read-only.</source>
      <translation>Το σημειωματάριο κλειδώθηκε, αλλά ο δίσκος του είναι μόνο για ανάγνωση.</translation>
    </message>
    <message>
      <source>The notebook is locked, but this account may not write to its folder.</source>
      <translation>Το σημειωματάριο κλειδώθηκε, αλλά αυτός ο λογαριασμός δεν μπορεί να γράψει στον φάκελό του.</translation>
    </message>
    <message>
      <source>The notebook is locked, but the disk reported a write error.</source>
      <translation>Το σημειωματάριο κλειδώθηκε, αλλά ο δίσκος ανέφερε σφάλμα εγγραφής.</translation>
    </message>
    <message>
      <source>The notebook is locked, but its file looks damaged.</source>
      <translation>Το σημειωματάριο κλειδώθηκε, αλλά το αρχείο του φαίνεται κατεστραμμένο.</translation>
    </message>
    <message>
      <source>The notebook is locked, but its file could not be written.</source>
      <translation>Το σημειωματάριο κλειδώθηκε, αλλά δεν ήταν δυνατή η εγγραφή του αρχείου του.</translation>
    </message>
    <message>
      <source>Changes saved before the lock are kept as far as the file allows. Unlock the notebook to see what it holds, or restore your latest backup.</source>
      <translation>Οι αλλαγές που αποθηκεύτηκαν πριν από το κλείδωμα διατηρούνται όσο το επιτρέπει το αρχείο. Ξεκλειδώστε το σημειωματάριο για να δείτε τι περιέχει ή επαναφέρετε το πιο πρόσφατο αντίγραφο ασφαλείας σας.</translation>
    </message>
    <message>
      <source>Every change saved before the lock is kept: it is written into the notebook the next time the notebook is unlocked.</source>
      <translation>Κάθε αλλαγή που αποθηκεύτηκε πριν από το κλείδωμα διατηρείται: θα γραφτεί στο σημειωματάριο την επόμενη φορά που θα ξεκλειδωθεί.</translation>
    </message>
    <message>
      <source>the note being written</source>
      <translation>τη σημείωση που γραφόταν</translation>
    </message>
    <message>
      <source>the case details being edited</source>
      <translation>τα στοιχεία της υπόθεσης που επεξεργαζόσασταν</translation>
    </message>
    <message>
      <source>the checklist being filled in</source>
      <translation>τη λίστα ελέγχου που συμπληρωνόταν</translation>
    </message>
    <message>
      <source>The last changes to %1 could not be saved and are not in the notebook.</source>
      <translation>Οι τελευταίες αλλαγές σε %1 δεν αποθηκεύτηκαν και δεν βρίσκονται στο σημειωματάριο.</translation>
    </message>
    <message>
      <source>Free some space on the disk, then unlock the notebook.</source>
      <translation>Ελευθερώστε χώρο στον δίσκο και μετά ξεκλειδώστε το σημειωματάριο.</translation>
    </message>
    <message>
      <source>Make the disk writable again (a write-protect switch, or a disk the system mounted read-only), then unlock the notebook.</source>
      <translation>Κάντε ξανά τον δίσκο εγγράψιμο (διακόπτης προστασίας εγγραφής ή δίσκος που το σύστημα προσάρτησε μόνο για ανάγνωση) και μετά ξεκλειδώστε το σημειωματάριο.</translation>
    </message>
    <message>
      <source>Ask whoever manages this computer to let your account write to the notebook's folder, then unlock the notebook.</source>
      <translation>Ζητήστε από όποιον διαχειρίζεται αυτόν τον υπολογιστή να επιτρέψει στον λογαριασμό σας να γράφει στον φάκελο του σημειωματαρίου και μετά ξεκλειδώστε το σημειωματάριο.</translation>
    </message>
    <message>
      <source>Check the disk, then unlock the notebook.</source>
      <translation>Ελέγξτε τον δίσκο και μετά ξεκλειδώστε το σημειωματάριο.</translation>
    </message>
    <message>
      <source>The system said: %1</source>
      <translation>Μήνυμα του συστήματος: %1</translation>
    </message>
    <message>
      <source>Notebook locked</source>
      <translation>Το σημειωματάριο κλειδώθηκε</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Αρχείο</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>Π&amp;ροβολή</translation>
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
      <source>&amp;Quit</source>
      <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
      <source>Show the side&amp;bar</source>
      <translation>Πλευρική &amp;στήλη</translation>
    </message>
    <message>
      <source>Show or hide the sidebar: contents, search, bookmarks (%1)</source>
      <translation>Εμφάνιση ή απόκρυψη της πλευρικής στήλης: περιεχόμενα, αναζήτηση, σελιδοδείκτες (%1)</translation>
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
      <translation>Αντίγραφο ασφαλείας του σημειωματαρίου</translation>
    </message>
    <message>
      <source>Notebook backups (*.backup)</source>
      <translation>Αντίγραφα ασφαλείας σημειωματαρίου (*.backup)</translation>
    </message>
    <message>
      <source>The backup could not be written: %1</source>
      <translation>Δεν ήταν δυνατή η εγγραφή του αντιγράφου ασφαλείας: %1</translation>
    </message>
    <message>
      <source>The notebook was copied to %1. The copy is encrypted: only the notebook's passphrase opens it. Keep it somewhere as safe as this computer.</source>
      <translation>Το σημειωματάριο αντιγράφηκε στο %1. Το αντίγραφο είναι κρυπτογραφημένο: ανοίγει μόνο με τη φράση πρόσβασης του σημειωματαρίου. Φυλάξτε το σε μέρος εξίσου ασφαλές με αυτόν τον υπολογιστή.</translation>
    </message>
  </context>
  <context>
    <name>NotebookBusy</name>
    <message>
      <source>Case notebook in use</source>
      <translation>Το σημειωματάριο χρησιμοποιείται</translation>
    </message>
    <message>
      <source>A notebook command (a restore, a backup or a check) is using the case notebook. The guidance stays open; close this window and start the app again when the command has finished before you open the notebook.</source>
      <translation>Μια εντολή του σημειωματαρίου (επαναφορά, αντίγραφο ασφαλείας ή έλεγχος) χρησιμοποιεί το σημειωματάριο. Οι οδηγίες μένουν ανοιχτές· κλείστε αυτό το παράθυρο και ξεκινήστε ξανά την εφαρμογή όταν ολοκληρωθεί η εντολή, πριν ανοίξετε το σημειωματάριο.</translation>
    </message>
  </context>
  <context>
    <name>NotebookFeature</name>
    <message>
      <source>Unlock the notebook to make your hand-over key: it is kept in it.</source>
      <translation>Ξεκλειδώστε το σημειωματάριο για να δημιουργηθεί το κλειδί μεταβίβασής σας: φυλάσσεται σε αυτό.</translation>
    </message>
    <message>
      <source>Unlock the notebook to open a hand-over packet: it becomes a case in it.</source>
      <translation>Ξεκλειδώστε το σημειωματάριο για να ανοίξετε ένα πακέτο μεταβίβασης: θα γίνει υπόθεση σε αυτό.</translation>
    </message>
    <message>
      <source>Open hand-over packet</source>
      <translation>Άνοιγμα πακέτου μεταβίβασης</translation>
    </message>
    <message>
      <source>Hand-over packets (*%1)</source>
      <translation>Πακέτα μεταβίβασης (*%1)</translation>
    </message>
    <message>
      <source>Checklists moved</source>
      <translation>Οι λίστες ελέγχου μεταφέρθηκαν</translation>
    </message>
    <message numerus="yes">
      <source>%n checklist(s) filled in before the notebook existed are now kept in it, encrypted. Their unencrypted files were removed.</source>
      <translation>
        <numerusform>%n λίστα ελέγχου που συμπληρώθηκε πριν υπάρξει το σημειωματάριο φυλάσσεται τώρα σε αυτό, κρυπτογραφημένη. Το μη κρυπτογραφημένο αρχείο της διαγράφηκε.</numerusform>
        <numerusform>%n λίστες ελέγχου που συμπληρώθηκαν πριν υπάρξει το σημειωματάριο φυλάσσονται τώρα σε αυτό, κρυπτογραφημένες. Τα μη κρυπτογραφημένα αρχεία τους διαγράφηκαν.</numerusform>
      </translation>
    </message>
    <message>
      <source>Notebook</source>
      <translation>Σημειωματάριο</translation>
    </message>
    <message>
      <source>&amp;Notebook</source>
      <translation>Σ&amp;ημειωματάριο</translation>
    </message>
    <message>
      <source>Open the notebook</source>
      <translation>Άνοιγμα του σημειωματαρίου</translation>
    </message>
    <message>
      <source>&amp;Lock the notebook</source>
      <translation>&amp;Κλείδωμα του σημειωματαρίου</translation>
    </message>
    <message>
      <source>Back up the notebook…</source>
      <translation>Αντίγραφο ασφαλείας του σημειωματαρίου…</translation>
    </message>
    <message>
      <source>Open &amp;hand-over packet…</source>
      <translation>Άνοιγμα &amp;πακέτου μεταβίβασης…</translation>
    </message>
    <message>
      <source>Your hand-over key…</source>
      <translation>Το κλειδί μεταβίβασής σας…</translation>
    </message>
    <message>
      <source>The case notebook keeps notes and a timeline for each case, encrypted on this computer. Cases have a reference, never a name. It locks itself when the app is not used for a while, and with Ctrl+L.</source>
      <translation>Το σημειωματάριο υποθέσεων κρατά σημειώσεις και χρονολόγιο για κάθε υπόθεση, κρυπτογραφημένα σε αυτόν τον υπολογιστή. Οι υποθέσεις έχουν κωδικό αναφοράς, ποτέ όνομα. Κλειδώνει μόνο του όταν η εφαρμογή μένει αχρησιμοποίητη για λίγο, και με Ctrl+L.</translation>
    </message>
    <message>
      <source>Lock now</source>
      <translation>Κλείδωμα τώρα</translation>
    </message>
  </context>
  <context>
    <name>NotebookView</name>
    <message>
      <source>Case notebook</source>
      <translation>Σημειωματάριο υποθέσεων</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Κλείδωμα</translation>
    </message>
    <message>
      <source>Lock the notebook now (%1)</source>
      <translation>Κλείδωμα του σημειωματαρίου τώρα (%1)</translation>
    </message>
    <message>
      <source>Lock after</source>
      <translation>Κλείδωμα μετά από</translation>
    </message>
    <message>
      <source>min idle</source>
      <translation>λεπτά αδράνειας</translation>
    </message>
    <message>
      <source>Minutes without use before the notebook locks</source>
      <translation>Λεπτά χωρίς χρήση πριν κλειδώσει το σημειωματάριο</translation>
    </message>
    <message>
      <source>Search the notebook</source>
      <translation>Αναζήτηση στο σημειωματάριο</translation>
    </message>
    <message>
      <source>Notebook search results</source>
      <translation>Αποτελέσματα αναζήτησης στο σημειωματάριο</translation>
    </message>
    <message>
      <source>Filter cases</source>
      <translation>Φιλτράρισμα υποθέσεων</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Υποθέσεις</translation>
    </message>
    <message>
      <source>New case…</source>
      <translation>Νέα υπόθεση…</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Σημειώσεις</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Χρονολόγιο</translation>
    </message>
    <message>
      <source>Checklists</source>
      <translation>Λίστες ελέγχου</translation>
    </message>
    <message>
      <source>Notes of this case</source>
      <translation>Σημειώσεις αυτής της υπόθεσης</translation>
    </message>
    <message>
      <source>New note</source>
      <translation>Νέα σημείωση</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Σημείωση</translation>
    </message>
    <message>
      <source>Write the note here. Markdown works: # heading, **bold**, - list.</source>
      <translation>Γράψτε εδώ τη σημείωση. Λειτουργεί το Markdown: # επικεφαλίδα, **έντονα**, - λίστα.</translation>
    </message>
    <message>
      <source>Note preview</source>
      <translation>Προεπισκόπηση της σημείωσης</translation>
    </message>
    <message>
      <source>Timeline of the case</source>
      <translation>Χρονολόγιο της υπόθεσης</translation>
    </message>
    <message>
      <source>Date and time of the entry</source>
      <translation>Ημερομηνία και ώρα της εγγραφής</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Τι συνέβη</translation>
    </message>
    <message>
      <source>Add to timeline</source>
      <translation>Προσθήκη στο χρονολόγιο</translation>
    </message>
    <message>
      <source>This passphrase does not open the notebook. Check the keyboard language and Caps Lock, then try again.</source>
      <translation>Αυτή η φράση πρόσβασης δεν ανοίγει το σημειωματάριο. Ελέγξτε τη γλώσσα του πληκτρολογίου και το Caps Lock και δοκιμάστε ξανά.</translation>
    </message>
    <message>
      <source>The notebook could not be opened: %1</source>
      <translation>Δεν ήταν δυνατό να ανοίξει το σημειωματάριο: %1</translation>
    </message>
    <message>
      <source>No cases yet. To keep notes on a child, choose “New case…” at the bottom left: a reference of your own is enough, no name.</source>
      <translation>Δεν υπάρχουν ακόμη υποθέσεις. Για να κρατάτε σημειώσεις για ένα παιδί, επιλέξτε «Νέα υπόθεση…» κάτω αριστερά: αρκεί ένας δικός σας κωδικός αναφοράς, όχι όνομα.</translation>
    </message>
    <message>
      <source>Choose a case on the left, or create a new one.</source>
      <translation>Επιλέξτε μια υπόθεση αριστερά ή δημιουργήστε νέα.</translation>
    </message>
    <message>
      <source>New case</source>
      <translation>Νέα υπόθεση</translation>
    </message>
    <message>
      <source>Reference for the case, for example a file number or a code of your own.
Use a pseudonymous reference: no real name is needed, and none should be used here.</source>
      <translation>Κωδικός αναφοράς της υπόθεσης, για παράδειγμα αριθμός φακέλου ή δικός σας κωδικός.
Χρησιμοποιήστε ψευδώνυμο κωδικό: δεν χρειάζεται πραγματικό όνομα και δεν πρέπει να γράφεται εδώ.</translation>
    </message>
    <message>
      <source>The note could not be saved: %1</source>
      <translation>Δεν ήταν δυνατό να αποθηκευτεί η σημείωση: %1</translation>
    </message>
    <message>
      <source>Saved at %1</source>
      <translation>Αποθηκεύτηκε στις %1</translation>
    </message>
    <message>
      <source>note</source>
      <translation>σημείωση</translation>
    </message>
    <message>
      <source>checklist finalised</source>
      <translation>οριστικοποίηση λίστας ελέγχου</translation>
    </message>
    <message>
      <source>export</source>
      <translation>εξαγωγή</translation>
    </message>
    <message>
      <source>flowchart step</source>
      <translation>βήμα διαγράμματος ροής</translation>
    </message>
    <message>
      <source>Nothing found in the notebook.</source>
      <translation>Δεν βρέθηκε τίποτα στο σημειωματάριο.</translation>
    </message>
  </context>
  <context>
    <name>PageTexts</name>
    <message>
      <source>Fill in this checklist</source>
      <translation>Συμπλήρωση αυτής της λίστας ελέγχου</translation>
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
    <message>
      <source>Run this exercise</source>
      <translation>Διεξαγωγή αυτής της άσκησης</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Γλωσσάριο</translation>
    </message>
    <message>
      <source>%1: how this works there (below)</source>
      <translation>%1: πώς λειτουργεί εκεί (παρακάτω)</translation>
    </message>
    <message>
      <source>Another country:</source>
      <translation>Άλλη χώρα:</translation>
    </message>
    <message>
      <source>How this works in:</source>
      <translation>Πώς λειτουργεί σε:</translation>
    </message>
    <message>
      <source>Compare two countries</source>
      <translation>Σύγκριση δύο χωρών</translation>
    </message>
    <message>
      <source>show instead:</source>
      <translation>εμφάνιση στη θέση της:</translation>
    </message>
    <message>
      <source>%1 and %2 compared</source>
      <translation>Σύγκριση: %1 και %2</translation>
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
      <source>Right, Space, Page Down: next · Left, Backspace, Page Up: back · Home, End: first, last · L: reading or second language · Esc: end</source>
      <translation>Δεξί βέλος, Διάστημα, Page Down: επόμενη · Αριστερό βέλος, Backspace, Page Up: πίσω · Home, End: πρώτη, τελευταία · L: γλώσσα ανάγνωσης ή δεύτερη γλώσσα · Esc: τέλος</translation>
    </message>
  </context>
  <context>
    <name>PresenterFeature</name>
    <message>
      <source>No second language is chosen. Choose one under Side by side (F4) in the window, then press L to switch.</source>
      <translation>Δεν έχει επιλεγεί δεύτερη γλώσσα. Επιλέξτε μία στην Παράλληλη προβολή (F4) στο παράθυρο και πατήστε L για εναλλαγή.</translation>
    </message>
    <message>
      <source>Preparing the slides of the whole handbook…</source>
      <translation>Προετοιμασία των διαφανειών ολόκληρου του οδηγού…</translation>
    </message>
    <message>
      <source>The slides could not be made: %1</source>
      <translation>Δεν ήταν δυνατή η δημιουργία των διαφανειών: %1</translation>
    </message>
    <message>
      <source>Present this page as slides</source>
      <translation>Παρουσίαση αυτής της σελίδας ως διαφάνειες</translation>
    </message>
    <message>
      <source>Show this page as slides, full screen (%1)</source>
      <translation>Εμφάνιση αυτής της σελίδας ως διαφάνειες σε πλήρη οθόνη (%1)</translation>
    </message>
    <message>
      <source>Present this chapter as slides</source>
      <translation>Παρουσίαση αυτού του κεφαλαίου ως διαφάνειες</translation>
    </message>
    <message>
      <source>Show the chapter of this page as slides, full screen (%1)</source>
      <translation>Εμφάνιση του κεφαλαίου αυτής της σελίδας ως διαφάνειες σε πλήρη οθόνη (%1)</translation>
    </message>
    <message>
      <source>Present the whole handbook as slides</source>
      <translation>Παρουσίαση ολόκληρου του οδηγού ως διαφάνειες</translation>
    </message>
    <message>
      <source>Show every chapter as slides, full screen (%1)</source>
      <translation>Εμφάνιση όλων των κεφαλαίων ως διαφάνειες σε πλήρη οθόνη (%1)</translation>
    </message>
  </context>
  <context>
    <name>PresenterView</name>
    <message>
      <source>Presentation</source>
      <translation>Παρουσίαση</translation>
    </message>
    <message>
      <source>Slide text</source>
      <translation>Κείμενο διαφάνειας</translation>
    </message>
    <message>
      <source>Slide %1 of %2. Arrow keys move, Esc leaves, L switches between the reading language and the second language.</source>
      <translation>Διαφάνεια %1 από %2. Τα βέλη μετακινούν, το Esc τερματίζει, το L εναλλάσσει τη γλώσσα ανάγνωσης με τη δεύτερη γλώσσα.</translation>
    </message>
  </context>
  <context>
    <name>ReaderFeature</name>
    <message>
      <source>Guidance text in a second language</source>
      <translation>Κείμενο οδηγιών σε δεύτερη γλώσσα</translation>
    </message>
    <message>
      <source>This page is not in the handbook: %1</source>
      <translation>Αυτή η σελίδα δεν υπάρχει στον οδηγό: %1</translation>
    </message>
    <message>
      <source>+%n more</source>
      <translation>+%n ακόμη</translation>
    </message>
    <message>
      <source>Bookmarks</source>
      <translation>Σελιδοδείκτες</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Περιεχόμενα</translation>
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
      <source>Back to the previous page (%1)</source>
      <translation>Επιστροφή στην προηγούμενη σελίδα (%1)</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Εμπρός</translation>
    </message>
    <message>
      <source>Forward to the next page (%1)</source>
      <translation>Μετάβαση στην επόμενη σελίδα (%1)</translation>
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
      <translation>Παράλληλη προβολή</translation>
    </message>
    <message>
      <source>Show the same page in a second language next to this one (%1)</source>
      <translation>Εμφάνιση της ίδιας σελίδας σε δεύτερη γλώσσα δίπλα σε αυτή (%1)</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Γλωσσάριο</translation>
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
      <source>Language of the side-by-side view (choosing one shows it)</source>
      <translation>Γλώσσα της παράλληλης προβολής (η επιλογή της την εμφανίζει)</translation>
    </message>
    <message>
      <source>Scroll together</source>
      <translation>Κοινή κύλιση</translation>
    </message>
    <message>
      <source>Both languages scroll together, heading by heading; off: each on its own (%1)</source>
      <translation>Οι δύο γλώσσες κυλούν μαζί, επικεφαλίδα προς επικεφαλίδα· απενεργοποιημένο: η καθεμία χωριστά (%1)</translation>
    </message>
    <message>
      <source>Guidance text</source>
      <translation>Κείμενο οδηγιών</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Γλώσσα</translation>
    </message>
    <message>
      <source>Second language</source>
      <translation>Δεύτερη γλώσσα</translation>
    </message>
  </context>
  <context>
    <name>RolePopover</name>
    <message>
      <source>Copy</source>
      <translation>Αντιγραφή</translation>
    </message>
    <message>
      <source>Copy this entry to the clipboard</source>
      <translation>Αντιγραφή αυτής της επαφής στο πρόχειρο</translation>
    </message>
    <message>
      <source>You have no contact for this role yet. Add the number you would call.</source>
      <translation>Δεν έχετε ακόμη επαφή για αυτόν τον ρόλο. Προσθέστε τον αριθμό που θα καλούσατε.</translation>
    </message>
    <message>
      <source>Add or change contacts…</source>
      <translation>Προσθήκη ή αλλαγή επαφών…</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Προσθήκη…</translation>
    </message>
  </context>
  <context>
    <name>SearchController</name>
    <message>
      <source>Search the handbook (%1)</source>
      <translation>Αναζήτηση στον οδηγό (%1)</translation>
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
      <source>Country notes</source>
      <translation>Σημειώματα χωρών</translation>
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
      <source>No results. Check the spelling, try fewer or other words, or choose “All five languages” above.</source>
      <translation>Κανένα αποτέλεσμα. Ελέγξτε την ορθογραφία, δοκιμάστε λιγότερες ή άλλες λέξεις ή επιλέξτε «Και οι πέντε γλώσσες» παραπάνω.</translation>
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
  <context>
    <name>SearchFeature</name>
    <message>
      <source>Search</source>
      <translation>Αναζήτηση</translation>
    </message>
    <message>
      <source>Search the handbook</source>
      <translation>Αναζήτηση στον οδηγό</translation>
    </message>
    <message>
      <source>Search field in the toolbar</source>
      <translation>Πεδίο αναζήτησης στη γραμμή εργαλείων</translation>
    </message>
    <message>
      <source>Search (%1)</source>
      <translation>Αναζήτηση (%1)</translation>
    </message>
    <message>
      <source>Search the guide</source>
      <translation>Αναζήτηση στον οδηγό</translation>
    </message>
    <message>
      <source>Type words and press Enter: the results are listed in the Search tab</source>
      <translation>Πληκτρολογήστε λέξεις και πατήστε Enter: τα αποτελέσματα εμφανίζονται στην καρτέλα Αναζήτηση</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Ενέργεια</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Πλήκτρα</translation>
    </message>
  </context>
  <context>
    <name>StatusFilter</name>
    <message>
      <source>All statuses</source>
      <translation>Όλες οι καταστάσεις</translation>
    </message>
    <message>
      <source>Past the retention date</source>
      <translation>Πέρασε η ημερομηνία διατήρησης</translation>
    </message>
    <message>
      <source>Show cases by status</source>
      <translation>Εμφάνιση υποθέσεων ανά κατάσταση</translation>
    </message>
  </context>
  <context>
    <name>StorageMessage</name>
    <message>
      <source>The disk is full. Free some space on it, then try again.</source>
      <translation>Ο δίσκος είναι γεμάτος. Ελευθερώστε χώρο σε αυτόν και δοκιμάστε ξανά.</translation>
    </message>
    <message>
      <source>The disk is read-only (write-protected or mounted read-only).</source>
      <translation>Ο δίσκος είναι μόνο για ανάγνωση (με προστασία εγγραφής ή προσαρτημένος μόνο για ανάγνωση).</translation>
    </message>
    <message>
      <source>This user account may not write to that folder.</source>
      <translation>Αυτός ο λογαριασμός χρήστη δεν μπορεί να γράψει σε αυτόν τον φάκελο.</translation>
    </message>
    <message>
      <source>The disk reported a write error: it may be failing or was removed. Check it, then try again.</source>
      <translation>Ο δίσκος ανέφερε σφάλμα εγγραφής: ίσως έχει βλάβη ή αφαιρέθηκε. Ελέγξτε τον και δοκιμάστε ξανά.</translation>
    </message>
    <message>
      <source>The file is damaged. Restore it from a backup.</source>
      <translation>Το αρχείο είναι κατεστραμμένο. Επαναφέρετέ το από αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
      <source>Another program is using the file. Close it, then try again.</source>
      <translation>Ένα άλλο πρόγραμμα χρησιμοποιεί το αρχείο. Κλείστε το πρόγραμμα και δοκιμάστε ξανά.</translation>
    </message>
    <message>
      <source>The disk refused the write (the system said: %1).</source>
      <translation>Ο δίσκος αρνήθηκε την εγγραφή (μήνυμα του συστήματος: %1).</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Notebook passphrase</source>
      <translation>Φράση πρόσβασης σημειωματαρίου</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Φράση πρόσβασης</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Φράση πρόσβασης ξανά</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Φράση πρόσβασης:</translation>
    </message>
    <message>
      <source>Again:</source>
      <translation>Ξανά:</translation>
    </message>
    <message>
      <source>Checking the passphrase…</source>
      <translation>Έλεγχος της φράσης πρόσβασης…</translation>
    </message>
    <message>
      <source>Create the case notebook</source>
      <translation>Δημιουργία του σημειωματαρίου υποθέσεων</translation>
    </message>
    <message>
      <source>Case notes are kept encrypted on this computer and open only with your passphrase. Choose a long one (several words are easiest to remember): nobody can recover it if it is forgotten.</source>
      <translation>Οι σημειώσεις των υποθέσεων φυλάσσονται κρυπτογραφημένες σε αυτόν τον υπολογιστή και ανοίγουν μόνο με τη φράση πρόσβασής σας. Διαλέξτε μια μεγάλη· μερικές λέξεις θυμούνται πιο εύκολα. Κανείς δεν μπορεί να την ανακτήσει αν ξεχαστεί.</translation>
    </message>
    <message>
      <source>Create the notebook</source>
      <translation>Δημιουργία σημειωματαρίου</translation>
    </message>
    <message>
      <source>The case notebook is locked</source>
      <translation>Το σημειωματάριο υποθέσεων είναι κλειδωμένο</translation>
    </message>
    <message>
      <source>Enter your passphrase to open the case notes.</source>
      <translation>Πληκτρολογήστε τη φράση πρόσβασης για να ανοίξετε τις σημειώσεις.</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Ξεκλείδωμα</translation>
    </message>
    <message>
      <source>Strength: weak — add words or characters</source>
      <translation>Ισχύς: αδύναμη — προσθέστε λέξεις ή χαρακτήρες</translation>
    </message>
    <message>
      <source>Strength: fair</source>
      <translation>Ισχύς: μέτρια</translation>
    </message>
    <message>
      <source>Strength: strong</source>
      <translation>Ισχύς: ισχυρή</translation>
    </message>
    <message>
      <source>Enter a passphrase.</source>
      <translation>Πληκτρολογήστε μια φράση πρόσβασης.</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation>Οι δύο φράσεις πρόσβασης διαφέρουν. Πληκτρολογήστε τις ξανά.</translation>
    </message>
  </context>
</TS>
