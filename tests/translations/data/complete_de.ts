<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Sample</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Order %1 of %2</source>
        <translation>Bestellung %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) found.</source>
        <translation>
            <numerusform>%n Bestellung gefunden.</numerusform>
            <numerusform>%n Bestellungen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a file</comment>
        <translation>Öffnen</translation>
    </message>
</context>
</TS>
