<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Alias</source>
      <comment>macOS Finder</comment>
      <translation>Alias</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Unità</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>File Folder</source>
      <comment>Match Windows Explorer</comment>
      <translation>Cartella di file</translation>
    </message>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>Cartella</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <comment>All other platforms</comment>
      <translation>Collegamento</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Sconosciuto</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Cerca in:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>File di &amp;tipo:</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;Il nome "%1" non può essere usato.&lt;/b&gt;&lt;p&gt;Provare un altro nome, più breve o senza segni di punteggiatura.</translation>
    </message>
  </context>
</TS>
