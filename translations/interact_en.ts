<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>CaseTools</name>
    <message numerus="yes">
      <source>%n case(s) past their retention date: delete them if no longer needed.</source>
      <translation>
        <numerusform>%n case past its retention date: delete it if no longer needed.</numerusform>
        <numerusform>%n cases past their retention date: delete them if no longer needed.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Durations</name>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n hour</numerusform>
        <numerusform>%n hours</numerusform>
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
    <name>ExerciseView</name>
    <message numerus="yes">
      <source>%n decision(s)</source>
      <translation>
        <numerusform>%n decision</numerusform>
        <numerusform>%n decisions</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HelpController</name>
    <message numerus="yes">
      <source>%n part(s) of the handbook could not be read and are left out.</source>
      <translation>
        <numerusform>%n part of the handbook could not be read and is left out.</numerusform>
        <numerusform>%n parts of the handbook could not be read and are left out.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message numerus="yes">
      <source>New entries: %n</source>
      <translation>
        <numerusform>New entry: %n</numerusform>
        <numerusform>New entries: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Entries this file would change: %n</source>
      <translation>
        <numerusform>Entry this file would change: %n</numerusform>
        <numerusform>Entries this file would change: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Not imported: %n</source>
      <translation>
        <numerusform>Not imported: %n</numerusform>
        <numerusform>Not imported: %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NotebookFeature</name>
    <message numerus="yes">
      <source>%n checklist(s) filled in before the notebook existed are now kept in it, encrypted. Their unencrypted files were removed.</source>
      <translation>
        <numerusform>%n checklist filled in before the notebook existed is now kept in it, encrypted. Its unencrypted file was removed.</numerusform>
        <numerusform>%n checklists filled in before the notebook existed are now kept in it, encrypted. Their unencrypted files were removed.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SearchController</name>
    <message numerus="yes">
      <source>%n result(s)</source>
      <translation>
        <numerusform>%n result</numerusform>
        <numerusform>%n results</numerusform>
      </translation>
    </message>
  </context>
</TS>
