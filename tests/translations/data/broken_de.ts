<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Each entry is wrong in one way; "Open" (a file) is missing altogether. -->
<TS version="2.1" language="de_DE">
<context>
    <name>Sample</name>
    <message>
        <source>&amp;Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Order %1 of %2</source>
        <translation>Bestellung %1 von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) found.</source>
        <translation>
            <numerusform>%n Bestellung gefunden.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
