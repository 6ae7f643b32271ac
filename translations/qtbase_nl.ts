<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Alias</source>
      <comment>macOS Finder</comment>
      <translation>Alias</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Station</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <source>File Folder</source>
      <comment>Match Windows Explorer</comment>
      <translation>Bestandsmap</translation>
    </message>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>Map</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <comment>All other platforms</comment>
      <translation>Snelkoppeling</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Onbekend</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Bestanden van &amp;type:</translation>
    </message>
  </context>
</TS>
