<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Alias</source>
      <comment>macOS Finder</comment>
      <translation>Alias</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Disque</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>File Folder</source>
      <comment>Match Windows Explorer</comment>
      <translation>Dossier de fichiers</translation>
    </message>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <comment>All other platforms</comment>
      <translation>Raccourci</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Voir dans :</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Fichiers de &amp;type :</translation>
    </message>
  </context>
</TS>
