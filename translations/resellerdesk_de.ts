<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ResellerDesk</source>
        <translation>Über ResellerDesk</translation>
    </message>
    <message>
        <source>Order desk for IT resellers on the Ingram Micro Reseller API.</source>
        <translation>Auftragsverwaltung für IT-Reseller über die Ingram Micro Reseller API.</translation>
    </message>
    <message>
        <source>&amp;Licences:</source>
        <translation>&amp;Lizenzen:</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Komponenten und ihre Lizenzen</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>Copy &amp;Diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Copy versions, platform, locale and the active profile&apos;s environment for a support request; no secrets, tokens or client IDs</source>
        <translation>Versionen, Plattform, Gebietsschema und die Umgebung des aktiven Profils für eine Support-Anfrage kopieren; ohne Secrets, Tokens oder Client-IDs</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2) · QtKeychain %3</source>
        <translation>Qt %1 (erstellt mit %2) · QtKeychain %3</translation>
    </message>
    <message>
        <source>The licence text is missing from this build: %1</source>
        <translation>Der Lizenztext fehlt in diesem Build: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>AddressWidget</name>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The connection profile is incomplete: %1</source>
        <translation>Das Verbindungsprofil ist unvollständig: %1</translation>
    </message>
    <message>
        <source>the answer was cut off (%1)</source>
        <translation>die Antwort wurde abgeschnitten (%1)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the Reseller API: %1</source>
        <translation>Die Reseller API ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The Reseller API did not answer in time.</source>
        <translation>Die Reseller API hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to the Reseller API could not be verified: %1</source>
        <translation>Die sichere Verbindung zur Reseller API konnte nicht überprüft werden: %1</translation>
    </message>
    <message>
        <source>The Reseller API sent an answer that could not be read: %1</source>
        <translation>Die Antwort der Reseller API konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Signing in to the Reseller API failed: %1</source>
        <translation>Die Anmeldung bei der Reseller API ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The Reseller API rejected the request as invalid (HTTP 400).</source>
        <translation>Die Reseller API hat die Anfrage als ungültig abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>The Reseller API did not accept the credentials (HTTP 401).</source>
        <translation>Die Reseller API hat die Zugangsdaten nicht akzeptiert (HTTP 401).</translation>
    </message>
    <message>
        <source>This account is not allowed to do that (HTTP 403).</source>
        <translation>Dieses Konto ist dazu nicht berechtigt (HTTP 403).</translation>
    </message>
    <message>
        <source>The Reseller API found nothing at that address (HTTP 404).</source>
        <translation>Die Reseller API hat unter dieser Adresse nichts gefunden (HTTP 404).</translation>
    </message>
    <message>
        <source>The Reseller API does not allow this action here (HTTP 405).</source>
        <translation>Die Reseller API erlaubt diese Aktion hier nicht (HTTP 405).</translation>
    </message>
    <message>
        <source>Too many requests: the Reseller API asks to slow down (HTTP 429).</source>
        <translation>Zu viele Anfragen: Die Reseller API bittet um weniger Anfragen (HTTP 429).</translation>
    </message>
    <message>
        <source>The Reseller API had an internal error (HTTP 500).</source>
        <translation>In der Reseller API ist ein interner Fehler aufgetreten (HTTP 500).</translation>
    </message>
    <message>
        <source>The Reseller API is unavailable (HTTP %1): %2</source>
        <translation>Die Reseller API ist nicht verfügbar (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The Reseller API is unavailable (HTTP %1).</source>
        <translation>Die Reseller API ist nicht verfügbar (HTTP %1).</translation>
    </message>
    <message>
        <source>The Reseller API answered with HTTP %1: %2</source>
        <translation>Die Reseller API hat mit HTTP %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>The Reseller API answered with HTTP %1.</source>
        <translation>Die Reseller API hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Check the network connection and the profile&apos;s address, then try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Adresse im Profil und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The request may still have been carried out. Check before sending it again.</source>
        <translation>Die Anfrage wurde möglicherweise trotzdem ausgeführt. Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Check the system date and the network: a proxy or firewall may be intercepting the connection.</source>
        <translation>Prüfen Sie das Systemdatum und das Netzwerk: Möglicherweise fängt ein Proxy oder eine Firewall die Verbindung ab.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, send the correlation ID to support.</source>
        <translation>Versuchen Sie es erneut. Tritt der Fehler wieder auf, senden Sie die Korrelations-ID an den Support.</translation>
    </message>
    <message>
        <source>Check the client ID and secret in the connection profile.</source>
        <translation>Prüfen Sie Client-ID und Client-Secret im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Open the connection profiles and complete this profile.</source>
        <translation>Öffnen Sie die Verbindungsprofile und vervollständigen Sie dieses Profil.</translation>
    </message>
    <message>
        <source>Correct the values and try again.</source>
        <translation>Korrigieren Sie die Werte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the connection profile: customer number, country and API access.</source>
        <translation>Prüfen Sie das Verbindungsprofil: Kundennummer, Land und API-Zugang.</translation>
    </message>
    <message>
        <source>Wait a minute before trying again.</source>
        <translation>Warten Sie eine Minute, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, send the correlation ID to Ingram Micro API support.</source>
        <translation>Versuchen Sie es später erneut. Besteht das Problem weiter, senden Sie die Korrelations-ID an den API-Support von Ingram Micro.</translation>
    </message>
    <message>
        <source>Correct the fields named above and try again.</source>
        <translation>Korrigieren Sie die oben genannten Felder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the values entered and try again.</source>
        <translation>Prüfen Sie die eingegebenen Werte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 It failed inside Ingram Micro&apos;s nightly maintenance window, when orders cannot be created with API v6.</source>
        <translation>%1 Der Fehler trat im nächtlichen Wartungsfenster von Ingram Micro auf, in dem über API v6 keine Aufträge angelegt werden können.</translation>
    </message>
    <message>
        <source>The window ends at %1 your time. Send the order again after that, or place it with API v7, which accepts orders during the window.</source>
        <translation>Das Wartungsfenster endet um %1 Ihrer Ortszeit. Senden Sie den Auftrag danach erneut, oder erteilen Sie ihn über API v7, die auch während des Wartungsfensters Aufträge annimmt.</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>malformed JSON at byte %1 (%2)</source>
        <translation>fehlerhaftes JSON bei Byte %1 (%2)</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>die Antwort war leer</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Ausgabeformat: table (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The connection profile to use, by name, as set up in the app. Default: the app&apos;s current profile.</source>
        <translation>Das zu verwendende Verbindungsprofil, mit dem Namen aus der App. Standard: das aktuelle Profil der App.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Use the offline sandbox, started in-process; needs no profile and no credentials.</source>
        <translation>Die Offline-Sandbox verwenden, im selben Prozess gestartet; benötigt weder Profil noch Zugangsdaten.</translation>
    </message>
    <message>
        <source>Print each request&apos;s method, path, status, duration and correlation ID to stderr.</source>
        <translation>Methode, Pfad, Status, Dauer und Korrelations-ID jeder Anfrage auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default %1).</source>
        <translation>Wartezeit in Sekunden für jede Antwort (Standard %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Show this help; after a command, the command&apos;s help.</source>
        <translation>Diese Hilfe anzeigen; nach einem Befehl die Hilfe des Befehls.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation>Führen Sie „%1 --help“ aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command.</source>
        <translation>„%1“ benötigt einen Befehl.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Unbekannter Befehl „%1 %2“.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to %1.</source>
        <translation>--timeout benötigt eine Anzahl Sekunden von 1 bis %1.</translation>
    </message>
    <message>
        <source>Use either --offline or --profile, not both.</source>
        <translation>Verwenden Sie entweder --offline oder --profile, nicht beides.</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile benötigt einen Profilnamen.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] COMMAND [command options]</source>
        <translation>Aufruf: %1 [Optionen] BEFEHL [Befehlsoptionen]</translation>
    </message>
    <message>
        <source>The command line of %1, for scripting and support: the same API core, connection profiles and keychain as the app.</source>
        <translation>Die Befehlszeile von %1 für Skripte und Support: derselbe API-Kern, dieselben Verbindungsprofile und derselbe Schlüsselbund wie in der App.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Connection: with --profile, the named profile of the app&apos;s connection profiles; with --offline, a built-in sandbox with sample orders; with neither, the app&apos;s current profile. The client secret comes from the system keychain, where the app stores it, or from the environment variable %1 when that is set. It is never taken from the command line.</source>
        <translation>Verbindung: mit --profile das genannte Profil aus den Verbindungsprofilen der App; mit --offline eine integrierte Sandbox mit Beispielaufträgen; ohne beides das aktuelle Profil der App. Das Client-Secret stammt aus dem Schlüsselbund des Systems, in dem die App es speichert, oder aus der Umgebungsvariablen %1, wenn diese gesetzt ist. Es wird nie von der Befehlszeile übernommen.</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for a command&apos;s options, e.g. &quot;%1 orders search --help&quot;.</source>
        <translation>Führen Sie „%1 BEFEHL --help“ aus, um die Optionen eines Befehls zu sehen, z. B. „%1 orders search --help“.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] %2 COMMAND [command options]</source>
        <translation>Aufruf: %1 [Optionen] %2 BEFEHL [Befehlsoptionen]</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
</context>
<context>
    <name>CliCommandTable</name>
    <message>
        <source>Search orders by number, PO, status, dates, part, serial, tracking, vendor.</source>
        <translation>Aufträge nach Nummer, PO, Status, Datum, Artikel, Seriennummer, Sendungsnummer oder Hersteller suchen.</translation>
    </message>
    <message>
        <source>Show one order&apos;s details, shipments, tracking and serial numbers.</source>
        <translation>Details, Sendungen, Sendungsnummern und Seriennummern eines Auftrags anzeigen.</translation>
    </message>
    <message>
        <source>Search quotes by number, name, vendor, special bid, end user, status, date.</source>
        <translation>Angebote nach Nummer, Name, Hersteller, Special Bid, Endkunde, Status oder Datum suchen.</translation>
    </message>
    <message>
        <source>Show one quote&apos;s lines, totals, preamble, purchase instructions and terms.</source>
        <translation>Positionen, Summen, Einleitung, Bestellhinweise und Bedingungen eines Angebots anzeigen.</translation>
    </message>
    <message>
        <source>Validate a quote and list the fields its vendor requires to order it.</source>
        <translation>Ein Angebot prüfen und die Felder auflisten, die sein Hersteller für die Bestellung verlangt.</translation>
    </message>
    <message>
        <source>Place an order from a JSON file in the API&apos;s request shape; --dry-run checks it.</source>
        <translation>Einen Auftrag aus einer JSON-Datei im Anfrageformat der API erteilen; --dry-run prüft ihn nur.</translation>
    </message>
    <message>
        <source>Cancel an order on customer hold.</source>
        <translation>Einen auf Kundenwunsch zurückgestellten Auftrag stornieren.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>The profile &quot;%1&quot; is incomplete: %2</source>
        <translation>Das Profil „%1“ ist unvollständig: %2</translation>
    </message>
    <message>
        <source>There is no connection profile to use.</source>
        <translation>Es gibt kein Verbindungsprofil, das verwendet werden kann.</translation>
    </message>
    <message>
        <source>Several profiles are named &quot;%1&quot;; rename one in the app&apos;s connection profiles.</source>
        <translation>Mehrere Profile heißen „%1“; benennen Sie eines in den Verbindungsprofilen der App um.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;; no profiles exist yet.</source>
        <translation>Es gibt kein Profil namens „%1“; es sind noch keine Profile vorhanden.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Es gibt kein Profil namens „%1“. Profile: %2.</translation>
    </message>
    <message>
        <source>The offline sandbox could not start: %1</source>
        <translation>Die Offline-Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3 in %4 ms, correlation ID %5</source>
        <translation>%1 %2 -&gt; %3 in %4 ms, Korrelations-ID %5</translation>
    </message>
    <message>
        <source>(attempt %1)</source>
        <translation>(Versuch %1)</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter a name for this profile.</source>
        <translation>Geben Sie einen Namen für dieses Profil ein.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the API&apos;s base URL, for example https://host:443.</source>
        <translation>Geben Sie die Basis-URL der API ein, zum Beispiel https://host:443.</translation>
    </message>
    <message>
        <source>Enter a complete http:// or https:// URL with a host name.</source>
        <translation>Geben Sie eine vollständige http://- oder https://-URL mit Hostnamen ein.</translation>
    </message>
    <message>
        <source>The base URL cannot contain a query or a fragment.</source>
        <translation>Die Basis-URL darf weder eine Query noch ein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Enter your Ingram Micro customer number.</source>
        <translation>Geben Sie Ihre Ingram-Micro-Kundennummer ein.</translation>
    </message>
    <message>
        <source>Use letters, digits and dashes only.</source>
        <translation>Verwenden Sie nur Buchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>Enter the two-letter ISO country code, for example US.</source>
        <translation>Geben Sie den zweistelligen ISO-Ländercode ein, zum Beispiel DE.</translation>
    </message>
    <message>
        <source>Use two capital letters, for example US.</source>
        <translation>Verwenden Sie zwei Großbuchstaben, zum Beispiel DE.</translation>
    </message>
    <message>
        <source>Use plain ASCII characters only.</source>
        <translation>Verwenden Sie nur einfache ASCII-Zeichen.</translation>
    </message>
    <message>
        <source>Enter an e-mail address, for example buyer@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, zum Beispiel einkauf@example.com.</translation>
    </message>
    <message>
        <source>Enter the client ID of your API application.</source>
        <translation>Geben Sie die Client-ID Ihrer API-Anwendung ein.</translation>
    </message>
    <message>
        <source>The client ID cannot contain spaces or special characters.</source>
        <translation>Die Client-ID darf keine Leerzeichen oder Sonderzeichen enthalten.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Vendor sandbox</source>
        <translation>Ingram-Micro-Sandbox</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Offline-Sandbox</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>v6 quote-to-order</source>
        <translation>v6 Quote-to-Order</translation>
    </message>
    <message>
        <source>v7 order with quote number</source>
        <translation>v7-Auftrag mit Angebotsnummer</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>the order search answer is not a JSON object</source>
        <translation>die Antwort der Auftragssuche ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 Correlation ID: %2</source>
        <translation>%1 Korrelations-ID: %2</translation>
    </message>
    <message>
        <source>The profile is incomplete: %1</source>
        <translation>Das Profil ist unvollständig: %1</translation>
    </message>
    <message>
        <source>Correct the fields marked in the form, then test again.</source>
        <translation>Korrigieren Sie die markierten Felder im Formular und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Der Verbindungstest wurde abgebrochen.</translation>
    </message>
    <message>
        <source>customer %1 in %2</source>
        <translation>Kunde %1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: signed in to %1 and searched the orders of %2 (%n order(s) found).</source>
        <translation>
            <numerusform>Verbindung funktioniert: bei %1 angemeldet und die Aufträge für %2 durchsucht (%n Auftrag gefunden).</numerusform>
            <numerusform>Verbindung funktioniert: bei %1 angemeldet und die Aufträge für %2 durchsucht (%n Aufträge gefunden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection works: signed in to %1 and searched the orders of %2.</source>
        <translation>Verbindung funktioniert: bei %1 angemeldet und die Aufträge für %2 durchsucht.</translation>
    </message>
    <message>
        <source>Enter the client secret, or keep it for this session only.</source>
        <translation>Geben Sie das Client-Secret ein oder behalten Sie es nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The client ID or client secret was not accepted: %1</source>
        <translation>Client-ID oder Client-Secret wurde nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Check the client ID and secret of your API application in the Ingram Micro developer portal.</source>
        <translation>Prüfen Sie Client-ID und Client-Secret Ihrer API-Anwendung im Ingram Micro Developer Portal.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Check the network connection and the environment or base URL.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Umgebung bzw. die Basis-URL.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Check the network connection, then try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden: %2</translation>
    </message>
    <message>
        <source>Check that the base URL points at the Reseller API.</source>
        <translation>Prüfen Sie, ob die Basis-URL auf die Reseller API verweist.</translation>
    </message>
    <message>
        <source>The client ID and secret are valid, but the API application is not enabled for this API (&quot;%1&quot;).</source>
        <translation>Client-ID und Client-Secret sind gültig, aber die API-Anwendung ist für diese API nicht freigeschaltet („%1“).</translation>
    </message>
    <message>
        <source>In the Ingram Micro developer portal, add the Reseller API product to your application, or ask your Ingram Micro contact to enable it.</source>
        <translation>Fügen Sie Ihrer Anwendung im Ingram Micro Developer Portal das Produkt Reseller API hinzu oder bitten Sie Ihren Ansprechpartner bei Ingram Micro, es freizuschalten.</translation>
    </message>
    <message>
        <source>The Reseller API rejected the customer number or country code: %1</source>
        <translation>Die Reseller API hat die Kundennummer oder den Ländercode abgelehnt: %1</translation>
    </message>
    <message>
        <source>Check the customer number and country code of your Ingram Micro account.</source>
        <translation>Prüfen Sie Kundennummer und Ländercode Ihres Ingram-Micro-Kontos.</translation>
    </message>
    <message>
        <source>Signed in, but the order search was refused (HTTP %1): %2</source>
        <translation>Angemeldet, aber die Auftragssuche wurde abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Check the customer number and country code, and that your API application may use the orders API.</source>
        <translation>Prüfen Sie Kundennummer und Ländercode und ob Ihre API-Anwendung die Orders-API verwenden darf.</translation>
    </message>
    <message>
        <source>The order search failed (HTTP %1): %2</source>
        <translation>Die Auftragssuche ist fehlgeschlagen (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft file cannot be opened: %1</source>
        <translation>Die Entwurfsdatei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file is too large to be an order draft.</source>
        <translation>Die Datei ist zu groß für einen Auftragsentwurf.</translation>
    </message>
    <message>
        <source>The draft file is empty.</source>
        <translation>Die Entwurfsdatei ist leer.</translation>
    </message>
    <message>
        <source>The draft file is damaged (%1 at byte %2).</source>
        <translation>Die Entwurfsdatei ist beschädigt (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file name does not match the draft&apos;s id %1.</source>
        <translation>Der Dateiname passt nicht zur ID %1 des Entwurfs.</translation>
    </message>
    <message>
        <source>There is no draft with the id %1.</source>
        <translation>Es gibt keinen Entwurf mit der ID %1.</translation>
    </message>
    <message>
        <source>The draft %1 no longer exists.</source>
        <translation>Der Entwurf %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The draft has no valid id.</source>
        <translation>Der Entwurf hat keine gültige ID.</translation>
    </message>
    <message>
        <source>The drafts folder %1 cannot be created.</source>
        <translation>Der Entwurfsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The draft cannot be written: %1</source>
        <translation>Der Entwurf kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The draft cannot be deleted: %1</source>
        <translation>Der Entwurf kann nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <source>Order drafts</source>
        <translation>Auftragsentwürfe</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Neuer Auftrag</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Opens the selected draft in an editor tab on the Orders page (or double-click it)</source>
        <translation>Öffnet den ausgewählten Entwurf in einem Editor-Tab auf der Seite „Aufträge“ (oder Doppelklick darauf)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Deletes the selected draft after asking</source>
        <translation>Löscht den ausgewählten Entwurf nach einer Rückfrage</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Kunden-PO</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>No drafts. A new order is saved here as a draft while you write it, until the API has confirmed it.</source>
        <translation>Keine Entwürfe. Ein neuer Auftrag wird hier während der Eingabe als Entwurf gespeichert, bis die API ihn bestätigt hat.</translation>
    </message>
    <message>
        <source>(no customer PO yet)</source>
        <translation>(noch keine Kunden-PO)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 — other profile</source>
        <translation>%1 — anderes Profil</translation>
    </message>
    <message>
        <source>Made under the profile %1, not the active one. Resuming and submitting it sends it with the active profile.</source>
        <translation>Unter dem Profil %1 erstellt, nicht unter dem aktiven. Wenn Sie ihn fortsetzen und übermitteln, wird er mit dem aktiven Profil gesendet.</translation>
    </message>
    <message>
        <source>Submitted — awaiting confirmation</source>
        <translation>Übermittelt — wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The files were left in %1.</source>
        <translation>Die Dateien wurden in %1 belassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft file(s) cannot be read.</source>
        <translation>
            <numerusform>%n Entwurfsdatei kann nicht gelesen werden.</numerusform>
            <numerusform>%n Entwurfsdateien können nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfe</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Discard the draft without a customer PO?</source>
        <translation>Den Entwurf ohne Kunden-PO verwerfen?</translation>
    </message>
    <message>
        <source>Discard the draft %1?</source>
        <translation>Den Entwurf %1 verwerfen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n line(s) and every field are deleted from this computer.</source>
        <translation>
            <numerusform>Seine %n Position und alle Felder werden von diesem Computer gelöscht.</numerusform>
            <numerusform>Seine %n Positionen und alle Felder werden von diesem Computer gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was submitted and not yet confirmed: check whether the order was placed before you discard it.</source>
        <translation>Er wurde übermittelt, aber noch nicht bestätigt: Prüfen Sie, ob der Auftrag erteilt wurde, bevor Sie ihn verwerfen.</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Entwurf verworfen.</translation>
    </message>
    <message>
        <source>Draft %1 discarded.</source>
        <translation>Entwurf %1 verworfen.</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>PRODUCTION · real orders</source>
        <translation>PRODUKTION · echte Aufträge</translation>
    </message>
    <message>
        <source>Vendor sandbox</source>
        <translation>Ingram-Micro-Sandbox</translation>
    </message>
    <message>
        <source>Offline sandbox · test data</source>
        <translation>Offline-Sandbox · Testdaten</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Eigene URL: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Connected through profile &quot;%1&quot; to %2</source>
        <translation>Über Profil „%1“ verbunden mit %2</translation>
    </message>
</context>
<context>
    <name>EstimatedDatesModel</name>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ExitCode</name>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>success; a search that finds nothing prints an empty result, a note on stderr, and exits 0</source>
        <translation>Erfolg; eine Suche ohne Treffer gibt ein leeres Ergebnis und einen Hinweis auf stderr aus und endet mit 0</translation>
    </message>
    <message>
        <source>other failure (the offline sandbox could not start)</source>
        <translation>sonstiger Fehler (die Offline-Sandbox konnte nicht gestartet werden)</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, invalid value, a query the API would refuse</source>
        <translation>Aufruffehler: unbekannter Befehl oder unbekannte Option, ungültiger Wert, eine Abfrage, die die API ablehnen würde</translation>
    </message>
    <message>
        <source>API error: HTTP 4xx or 5xx (such as an unknown order), or an answer that could not be read</source>
        <translation>API-Fehler: HTTP 4xx oder 5xx (etwa ein unbekannter Auftrag) oder eine Antwort, die nicht gelesen werden konnte</translation>
    </message>
    <message>
        <source>network error: no connection, timeout, TLS failure</source>
        <translation>Netzwerkfehler: keine Verbindung, Zeitüberschreitung, TLS-Fehler</translation>
    </message>
    <message>
        <source>configuration error: unknown profile, no client secret, keychain unavailable, credentials refused</source>
        <translation>Konfigurationsfehler: unbekanntes Profil, kein Client-Secret, Schlüsselbund nicht verfügbar, Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>unconfirmed: the answer to a create or cancel was lost, so it may have been carried out; it is never sent again automatically</source>
        <translation>unbestätigt: Die Antwort auf ein Anlegen oder Stornieren ging verloren, daher wurde es möglicherweise ausgeführt; es wird nie automatisch erneut gesendet</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain was closed before it answered.</source>
        <translation>Der Schlüsselbund des Systems wurde geschlossen, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be waiting for you to unlock it, or its service may not be responding.</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunde geantwortet. Möglicherweise wartet er darauf, dass Sie ihn entsperren, oder sein Dienst reagiert nicht.</numerusform>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunden geantwortet. Möglicherweise wartet er darauf, dass Sie ihn entsperren, oder sein Dienst reagiert nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client secret is stored in the system keychain for this profile.</source>
        <translation>Für dieses Profil ist kein Client-Secret im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The client secret could not be removed from the system keychain: %1</source>
        <translation>Das Client-Secret konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert.</translation>
    </message>
    <message>
        <source>The system keychain refused access. It may be locked: unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert. Möglicherweise ist er gesperrt: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No system keychain is available. On Linux, a Secret Service such as GNOME Keyring or KWallet must be running.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar. Unter Linux muss ein Secret Service wie GNOME Keyring oder KWallet laufen.</translation>
    </message>
    <message>
        <source>This system has no keychain ResellerDesk can use.</source>
        <translation>Dieses System hat keinen Schlüsselbund, den ResellerDesk verwenden kann.</translation>
    </message>
    <message>
        <source>The system keychain could not be reached.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The system keychain could not be reached: %1</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ResellerDesk</source>
        <translation>ResellerDesk</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Active connection profile</source>
        <translation>Aktives Verbindungsprofil</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation>&amp;Verbindungsprofile…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find Orders</source>
        <translation>Aufträge &amp;suchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Sandbox &amp;Testing Options…</source>
        <translation>Sandbox-&amp;Testoptionen…</translation>
    </message>
    <message>
        <source>Simulated statuses, region code and fault switches for sandbox profiles</source>
        <translation>Simulierte Status, Regionscode und Fehlerschalter für Sandbox-Profile</translation>
    </message>
    <message>
        <source>&amp;About ResellerDesk</source>
        <translation>&amp;Über ResellerDesk</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Last request: %1 %2 → HTTP %3 in %4 ms</source>
        <translation>Letzte Anfrage: %1 %2 → HTTP %3 in %4 ms</translation>
    </message>
    <message>
        <source>Last request: %1 %2 failed: %3</source>
        <translation>Letzte Anfrage: %1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — ResellerDesk</source>
        <translation>%1 — ResellerDesk</translation>
    </message>
    <message>
        <source>%1 · customer %2 · %3</source>
        <translation>%1 · Kunde %2 · %3</translation>
    </message>
    <message>
        <source>The request %1 is no longer in the request log.</source>
        <translation>Die Anfrage %1 ist nicht mehr im Anfrageprotokoll.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New Order</source>
        <translation>&amp;Neuer Auftrag</translation>
    </message>
    <message>
        <source>Write a new order; it is saved as a draft as you type</source>
        <translation>Einen neuen Auftrag erfassen; er wird während der Eingabe als Entwurf gespeichert</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Pending orders</source>
        <translation>Ausstehende Aufträge</translation>
    </message>
    <message>
        <source>Pending orders (%1)</source>
        <translation>Ausstehende Aufträge (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting to appear</source>
        <translation>
            <numerusform>%n Auftrag wartet darauf, zu erscheinen</numerusform>
            <numerusform>%n Aufträge warten darauf, zu erscheinen</numerusform>
        </translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Auftrag erteilt</translation>
    </message>
    <message>
        <source>Order not found</source>
        <translation>Auftrag nicht gefunden</translation>
    </message>
    <message>
        <source>Customer PO %1 was placed as %2.</source>
        <translation>Kunden-PO %1 wurde als %2 erteilt.</translation>
    </message>
    <message>
        <source>Customer PO %1: %2. Search for it under Orders before you place it again.</source>
        <translation>Kunden-PO %1: %2. Suchen Sie unter „Aufträge“ danach, bevor Sie den Auftrag erneut erteilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n order draft(s) waiting under Drafts.</source>
        <translation>
            <numerusform>%n Auftragsentwurf wartet unter „Entwürfe“.</numerusform>
            <numerusform>%n Auftragsentwürfe warten unter „Entwürfe“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Order from Q&amp;uote…</source>
        <translation>Auftrag aus An&amp;gebot…</translation>
    </message>
    <message>
        <source>Turn a vendor quote into an order</source>
        <translation>Ein Herstellerangebot in einen Auftrag umwandeln</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Show &amp;request</source>
        <translation>Anfrage an&amp;zeigen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Open this request in the request log</source>
        <translation>Diese Anfrage im Anfrageprotokoll öffnen</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy the correlation ID, for Ingram Micro API support</source>
        <translation>Die Korrelations-ID für den API-Support von Ingram Micro kopieren</translation>
    </message>
    <message>
        <source>Copy correlation ID</source>
        <translation>Korrelations-ID kopieren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
</context>
<context>
    <name>MiscChargesModel</name>
    <message>
        <source>Sub-order</source>
        <translation>Teilauftrag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Kostenart</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>ModifyOrderDialog</name>
    <message>
        <source>Modify Order</source>
        <translation>Auftrag ändern</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Auftragspositionen</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Position &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a line with an Ingram part number and a quantity</source>
        <translation>Eine Position mit Ingram-Artikelnummer und Menge hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete line</source>
        <translation>Position &amp;löschen</translation>
    </message>
    <message>
        <source>Prices are not part of a change: Ingram Micro prices added and changed lines.</source>
        <translation>Preise sind nicht Teil einer Änderung: Ingram Micro bepreist hinzugefügte und geänderte Positionen.</translation>
    </message>
    <message>
        <source>Order notes</source>
        <translation>Anmerkungen zum Auftrag</translation>
    </message>
    <message>
        <source>Change the &amp;ship-to address</source>
        <translation>Liefer&amp;adresse ändern</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Address line 1:</source>
        <translation>Adresszeile 1:</translation>
    </message>
    <message>
        <source>Address line 2:</source>
        <translation>Adresszeile 2:</translation>
    </message>
    <message>
        <source>Address line 3:</source>
        <translation>Adresszeile 3:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Bundesland:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Postleitzahl:</translation>
    </message>
    <message>
        <source>Country code:</source>
        <translation>Ländercode:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Modify Order %1</source>
        <translation>Auftrag %1 ändern</translation>
    </message>
    <message>
        <source>Order %1 is on customer hold. Change quantities and notes in the table, add or delete lines, and change the notes or the ship-to address. Only what you change is sent; everything else stays as it is.</source>
        <translation>Auftrag %1 ist auf Kundenwunsch zurückgestellt. Ändern Sie Mengen und Anmerkungen in der Tabelle, fügen Sie Positionen hinzu oder löschen Sie sie, und ändern Sie die Anmerkungen oder die Lieferadresse. Nur Ihre Änderungen werden gesendet; alles andere bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Send Changes</source>
        <translation>Änderungen &amp;senden</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Ingram part</source>
        <translation>Ingram-Art.-Nr.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Line notes</source>
        <translation>Anmerkungen zur Position</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>The API prices lines itself; a change cannot set a price.</source>
        <translation>Die API bepreist Positionen selbst; eine Änderung kann keinen Preis festlegen.</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Keine Anmerkungen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Ingram part number of the new line</source>
        <translation>Ingram-Artikelnummer der neuen Position</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>add as line %1</source>
        <translation>als Position %1 hinzufügen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>Enter the Ingram part number.</source>
        <translation>Geben Sie die Ingram-Artikelnummer ein.</translation>
    </message>
    <message>
        <source>An Ingram part number has letters and digits only.</source>
        <translation>Eine Ingram-Artikelnummer besteht nur aus Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Enter the street address.</source>
        <translation>Geben Sie Straße und Hausnummer ein.</translation>
    </message>
    <message>
        <source>Enter the city.</source>
        <translation>Geben Sie den Ort ein.</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>Geben Sie die Postleitzahl ein.</translation>
    </message>
    <message>
        <source>A two-letter ISO country code, such as US.</source>
        <translation>Ein zweistelliger ISO-Ländercode, etwa DE.</translation>
    </message>
    <message>
        <source>A US ZIP code has five or nine digits.</source>
        <translation>Eine US-Postleitzahl (ZIP-Code) hat fünf oder neun Ziffern.</translation>
    </message>
    <message>
        <source>An email address has an @ in it.</source>
        <translation>Eine E-Mail-Adresse enthält ein @.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <source>add %1 × %2 as line %3</source>
        <translation>%1 × %2 als Position %3 hinzufügen</translation>
    </message>
    <message>
        <source>(no part yet)</source>
        <translation>(noch kein Artikel)</translation>
    </message>
    <message>
        <source>update line %1 (quantity %2)</source>
        <translation>Position %1 aktualisieren (Menge %2)</translation>
    </message>
    <message>
        <source>delete line %1 (%2)</source>
        <translation>Position %1 löschen (%2)</translation>
    </message>
    <message>
        <source>clear the order notes</source>
        <translation>Anmerkungen zum Auftrag leeren</translation>
    </message>
    <message>
        <source>new order notes</source>
        <translation>neue Anmerkungen zum Auftrag</translation>
    </message>
    <message>
        <source>a new ship-to address</source>
        <translation>eine neue Lieferadresse</translation>
    </message>
    <message>
        <source>Nothing is changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <source>To send: %1.</source>
        <translation>Zu senden: %1.</translation>
    </message>
    <message>
        <source>&amp;Keep line</source>
        <translation>Position &amp;behalten</translation>
    </message>
    <message>
        <source>Remove the new line</source>
        <translation>Die neue Position entfernen</translation>
    </message>
    <message>
        <source>Delete the selected line from the order, or keep it after all</source>
        <translation>Die ausgewählte Position aus dem Auftrag löschen oder doch behalten</translation>
    </message>
    <message>
        <source>Change something first</source>
        <translation>Ändern Sie zuerst etwas</translation>
    </message>
    <message>
        <source>Send the changes to Ingram Micro</source>
        <translation>Die Änderungen an Ingram Micro senden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention before they can be sent.</source>
        <translation>
            <numerusform>%n Änderung muss überprüft werden, bevor sie gesendet werden kann.</numerusform>
            <numerusform>%n Änderungen müssen überprüft werden, bevor sie gesendet werden können.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reasons are shown next to the fields.</source>
        <translation>Die Gründe werden neben den Feldern angezeigt.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard the changes to order %1? Nothing has been sent.</source>
        <translation>Die Änderungen an Auftrag %1 verwerfen? Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>OrderAttributesModel</name>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>OrderCreateRequest</name>
    <message>
        <source>The customer PO is required.</source>
        <translation>Die Kunden-PO ist erforderlich.</translation>
    </message>
    <message>
        <source>A ship-to address needs a street.</source>
        <translation>Eine Lieferadresse benötigt eine Straße.</translation>
    </message>
    <message>
        <source>A ship-to address needs a city.</source>
        <translation>Eine Lieferadresse benötigt einen Ort.</translation>
    </message>
    <message>
        <source>A ship-to address needs a postal code.</source>
        <translation>Eine Lieferadresse benötigt eine Postleitzahl.</translation>
    </message>
    <message>
        <source>A ship-to address needs a country.</source>
        <translation>Eine Lieferadresse benötigt ein Land.</translation>
    </message>
    <message>
        <source>An attribute needs a name.</source>
        <translation>Ein Attribut benötigt einen Namen.</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>Ein Auftrag benötigt mindestens eine Position.</translation>
    </message>
    <message>
        <source>Line number %1 is used twice.</source>
        <translation>Die Positionsnummer %1 wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>An Ingram or vendor part number is required.</source>
        <translation>Eine Ingram- oder Hersteller-Artikelnummer ist erforderlich.</translation>
    </message>
    <message>
        <source>An Ingram part number is required.</source>
        <translation>Eine Ingram-Artikelnummer ist erforderlich.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>Die Menge muss mindestens 1 betragen.</translation>
    </message>
    <message>
        <source>The price must not be negative.</source>
        <translation>Der Preis darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>At most %1 characters, not %2.</source>
        <translation>Höchstens %1 Zeichen, nicht %2.</translation>
    </message>
    <message>
        <source>A two-letter country code such as US.</source>
        <translation>Ein zweistelliger Ländercode wie DE.</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>Keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Digits, spaces and + ( ) - . only, such as +1 555 0100.</source>
        <translation>Nur Ziffern, Leerzeichen und + ( ) - ., etwa +49 30 1234567.</translation>
    </message>
    <message>
        <source>v7 orders have no third address line; move it to line 2.</source>
        <translation>v7-Aufträge haben keine dritte Adresszeile; verschieben Sie sie in Zeile 2.</translation>
    </message>
    <message>
        <source>Give a ship-to address ID or a full address, not both.</source>
        <translation>Geben Sie eine Lieferadress-ID oder eine vollständige Adresse an, nicht beides.</translation>
    </message>
    <message>
        <source>The requested delivery date %1 is in the past.</source>
        <translation>Das gewünschte Lieferdatum %1 liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>v6 orders take no vendor part number; use v7 or clear it.</source>
        <translation>v6-Aufträge akzeptieren keine Hersteller-Artikelnummer; verwenden Sie v7 oder leeren Sie das Feld.</translation>
    </message>
</context>
<context>
    <name>OrderCreateRequestReader</name>
    <message>
        <source>Expected text.</source>
        <translation>Text erwartet.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>true oder false erwartet.</translation>
    </message>
    <message>
        <source>ResellerDesk cannot send this field; remove it or place the order in another way.</source>
        <translation>ResellerDesk kann dieses Feld nicht senden; entfernen Sie es oder erteilen Sie den Auftrag auf anderem Weg.</translation>
    </message>
    <message>
        <source>Expected a date such as 2026-07-31.</source>
        <translation>Datum wie 2026-07-31 erwartet.</translation>
    </message>
    <message>
        <source>Expected a list of attributeName/attributeValue pairs.</source>
        <translation>Liste von attributeName/attributeValue-Paaren erwartet.</translation>
    </message>
    <message>
        <source>Expected a list of lines.</source>
        <translation>Liste von Positionen erwartet.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Objekt erwartet.</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>Zahl erwartet.</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Ganze Zahl erwartet.</translation>
    </message>
    <message>
        <source>Give either an addressId or an address, not both.</source>
        <translation>Geben Sie entweder eine addressId oder eine Adresse an, nicht beides.</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>Expected a JSON object with the order.</source>
        <translation>JSON-Objekt mit dem Auftrag erwartet.</translation>
    </message>
</context>
<context>
    <name>OrderDetailsPrinter</name>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and its ISO 4217 currency code, e.g. &quot;1234.50 USD&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Order date:</source>
        <translation>Auftragsdatum:</translation>
    </message>
    <message>
        <source>Order type:</source>
        <translation>Auftragsart:</translation>
    </message>
    <message>
        <source>direct ship (D)</source>
        <translation>Direktlieferung (D)</translation>
    </message>
    <message>
        <source>stock (S)</source>
        <translation>Lager (S)</translation>
    </message>
    <message>
        <source>Customer PO:</source>
        <translation>Kunden-PO:</translation>
    </message>
    <message>
        <source>End customer PO:</source>
        <translation>Endkunden-PO:</translation>
    </message>
    <message>
        <source>Web order ID:</source>
        <translation>Web-Auftrags-ID:</translation>
    </message>
    <message>
        <source>Vendor sales order:</source>
        <translation>Hersteller-Auftrag:</translation>
    </message>
    <message>
        <source>Ingram PO:</source>
        <translation>Ingram-PO:</translation>
    </message>
    <message>
        <source>Sub-orders:</source>
        <translation>Teilaufträge:</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Zwischensumme:</translation>
    </message>
    <message>
        <source>Freight:</source>
        <translation>Fracht:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Steuer:</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Gebühren:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamtbetrag:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Zahlungsbedingungen:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anmerkungen:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Rechnung an</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Lieferung an</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Endkunde</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>POS.</translation>
    </message>
    <message>
        <source>SUB-ORDER</source>
        <translation>TEILAUFTRAG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>INGRAM PART</source>
        <translation>INGRAM-ART.-NR.</translation>
    </message>
    <message>
        <source>VENDOR PART</source>
        <translation>HERST.-ART.-NR.</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>ORDERED</source>
        <translation>BESTELLT</translation>
    </message>
    <message>
        <source>CONFIRMED</source>
        <translation>BESTÄTIGT</translation>
    </message>
    <message>
        <source>BACKORDERED</source>
        <translation>RÜCKSTAND</translation>
    </message>
    <message>
        <source>SHIPPED</source>
        <translation>VERSANDT</translation>
    </message>
    <message>
        <source>UNIT PRICE</source>
        <translation>STÜCKPREIS</translation>
    </message>
    <message>
        <source>EXTENDED</source>
        <translation>GESAMTPREIS</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 (%2): %n unit(s)</source>
        <translation>
            <numerusform>Position %1 (%2): %n Stück</numerusform>
            <numerusform>Position %1 (%2): %n Stück</numerusform>
        </translation>
    </message>
    <message>
        <source>delivery %1</source>
        <translation>Lieferung %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>Estimated ship date:</source>
        <translation>Voraussichtlicher Versand:</translation>
    </message>
    <message>
        <source>Shipped:</source>
        <translation>Versandt:</translation>
    </message>
    <message>
        <source>Estimated delivery:</source>
        <translation>Voraussichtliche Lieferung:</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Rechnung:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 vom %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>Spediteur: %1</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>geliefert %1</translation>
    </message>
    <message>
        <source>delivery expected %1</source>
        <translation>Lieferung erwartet %1</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>Sendungsnummer: %1</translation>
    </message>
    <message>
        <source>Serial numbers: %1</source>
        <translation>Seriennummern: %1</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>Sonstige Kosten</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BETRAG</translation>
    </message>
</context>
<context>
    <name>OrderDetailsQuery</name>
    <message>
        <source>Enter an Ingram Micro order number.</source>
        <translation>Geben Sie eine Ingram-Micro-Auftragsnummer ein.</translation>
    </message>
    <message numerus="yes">
        <source>An Ingram Micro order number has at most %n characters.</source>
        <translation>
            <numerusform>Eine Ingram-Micro-Auftragsnummer hat höchstens %n Zeichen.</numerusform>
            <numerusform>Eine Ingram-Micro-Auftragsnummer hat höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a status the sandbox can simulate; use one of %2.</source>
        <translation>„%1“ ist kein Status, den die Sandbox simulieren kann; verwenden Sie einen von %2.</translation>
    </message>
</context>
<context>
    <name>OrderDetailsView</name>
    <message>
        <source>Order details</source>
        <translation>Auftragsdetails</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Load the order again from the API (F5)</source>
        <translation>Den Auftrag erneut von der API laden (F5)</translation>
    </message>
    <message>
        <source>Refresh order</source>
        <translation>Auftrag aktualisieren</translation>
    </message>
    <message>
        <source>Copy order &amp;number</source>
        <translation>Auftrags&amp;nummer kopieren</translation>
    </message>
    <message>
        <source>Copy the order number to the clipboard</source>
        <translation>Die Auftragsnummer in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy order number</source>
        <translation>Auftragsnummer kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;line serials</source>
        <translation>Seriennummern der Pos&amp;ition kopieren</translation>
    </message>
    <message>
        <source>Copy the serial numbers of the selected line, one per line</source>
        <translation>Die Seriennummern der ausgewählten Position kopieren, eine pro Zeile</translation>
    </message>
    <message>
        <source>Copy serial numbers of the selected line</source>
        <translation>Seriennummern der ausgewählten Position kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;all serials</source>
        <translation>A&amp;lle Seriennummern kopieren</translation>
    </message>
    <message>
        <source>Copy every serial number of the order, one per line</source>
        <translation>Alle Seriennummern des Auftrags kopieren, eine pro Zeile</translation>
    </message>
    <message>
        <source>Copy all serial numbers of the order</source>
        <translation>Alle Seriennummern des Auftrags kopieren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dru&amp;cken…</translation>
    </message>
    <message>
        <source>Print the order</source>
        <translation>Den Auftrag drucken</translation>
    </message>
    <message>
        <source>Print order</source>
        <translation>Auftrag drucken</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als PD&amp;F speichern…</translation>
    </message>
    <message>
        <source>Save the order as a PDF file</source>
        <translation>Den Auftrag als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Save order as PDF</source>
        <translation>Auftrag als PDF speichern</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Order details sections</source>
        <translation>Abschnitte der Auftragsdetails</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Order number:</source>
        <translation>Auftragsnummer:</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>Customer PO:</source>
        <translation>Kunden-PO:</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Kunden-PO</translation>
    </message>
    <message>
        <source>End-customer PO:</source>
        <translation>Endkunden-PO:</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>Endkunden-PO</translation>
    </message>
    <message>
        <source>Order date:</source>
        <translation>Auftragsdatum:</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Auftragsdatum</translation>
    </message>
    <message>
        <source>Order type:</source>
        <translation>Auftragsart:</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>Auftragsart</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Order status icon</source>
        <translation>Symbol für den Auftragsstatus</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Auftragsstatus</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Zahlungsbedingungen:</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>Ingram PO:</source>
        <translation>Ingram-PO:</translation>
    </message>
    <message>
        <source>Ingram purchase order number</source>
        <translation>Ingram-Bestellnummer (PO)</translation>
    </message>
    <message>
        <source>Vendor sales order:</source>
        <translation>Hersteller-Auftrag:</translation>
    </message>
    <message>
        <source>Vendor sales order number</source>
        <translation>Hersteller-Auftragsnummer</translation>
    </message>
    <message>
        <source>Web order ID:</source>
        <translation>Web-Auftrags-ID:</translation>
    </message>
    <message>
        <source>Web order ID</source>
        <translation>Web-Auftrags-ID</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Order totals</source>
        <translation>Auftragssummen</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Zwischensumme:</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Freight:</source>
        <translation>Fracht:</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>Fracht</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Steuer:</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Gebühren:</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamtbetrag:</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Auftragssumme</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Rechnung an</translation>
    </message>
    <message>
        <source>Bill-to address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Lieferung an</translation>
    </message>
    <message>
        <source>Ship-to address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Endkunde</translation>
    </message>
    <message>
        <source>End-user address</source>
        <translation>Endkundenadresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Order notes</source>
        <translation>Anmerkungen zum Auftrag</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Auftragspositionen</translation>
    </message>
    <message>
        <source>Shipments, tracking and serial numbers</source>
        <translation>Sendungen, Sendungs- und Seriennummern</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Charges, attributes and dates</source>
        <translation>Kosten, Attribute und Termine</translation>
    </message>
    <message>
        <source>Miscellaneous charges</source>
        <translation>Sonstige Kosten</translation>
    </message>
    <message>
        <source>Additional attributes</source>
        <translation>Zusätzliche Attribute</translation>
    </message>
    <message>
        <source>Estimated dates</source>
        <translation>Voraussichtliche Termine</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>Raw response JSON</source>
        <translation>Rohes JSON der Antwort</translation>
    </message>
    <message>
        <source>Print Order</source>
        <translation>Auftrag drucken</translation>
    </message>
    <message>
        <source>Loading order %1…</source>
        <translation>Auftrag %1 wird geladen…</translation>
    </message>
    <message>
        <source>The order cannot be loaded: not connected.</source>
        <translation>Der Auftrag kann nicht geladen werden: keine Verbindung.</translation>
    </message>
    <message>
        <source>Loading order %1 was cancelled. Press Refresh to try again.</source>
        <translation>Das Laden von Auftrag %1 wurde abgebrochen. Klicken Sie auf Aktualisieren, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Loading order %1 cancelled.</source>
        <translation>Laden von Auftrag %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Order %1 could not be loaded.</source>
        <translation>Auftrag %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Order %1 could not be loaded: %2</source>
        <translation>Auftrag %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Order %1 loaded.</source>
        <translation>Auftrag %1 geladen.</translation>
    </message>
    <message>
        <source>Totals (%1)</source>
        <translation>Summen (%1)</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>Positionen (%1)</translation>
    </message>
    <message>
        <source>Charges, attributes and dates (%1)</source>
        <translation>Kosten, Attribute und Termine (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tab title: order number, customer PO</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Opening the tracking page of %1…</source>
        <translation>Sendungsverfolgung für %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Order number %1 copied.</source>
        <translation>Auftragsnummer %1 kopiert.</translation>
    </message>
    <message>
        <source>%1 has no serial numbers.</source>
        <translation>%1 hat keine Seriennummern.</translation>
    </message>
    <message numerus="yes">
        <source>%n serial number(s) of %1 copied.</source>
        <translation>
            <numerusform>%n Seriennummer von %1 kopiert.</numerusform>
            <numerusform>%n Seriennummern von %1 kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation>Wählen Sie zuerst eine Position aus.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Order %1 could not be printed.</source>
        <translation>Auftrag %1 konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Check the printer and try again.</source>
        <translation>Prüfen Sie den Drucker und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Order %1 sent to the printer.</source>
        <translation>Auftrag %1 an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1.</source>
        <translation>Die PDF-Datei konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Order %1 saved to %2.</source>
        <translation>Auftrag %1 unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>Print Order %1</source>
        <translation>Auftrag %1 drucken</translation>
    </message>
    <message>
        <source>Save Order as PDF</source>
        <translation>Auftrag als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Order %1.pdf</source>
        <translation>Auftrag %1.pdf</translation>
    </message>
    <message>
        <source>&amp;Modify…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>Change lines, notes or the ship-to address of this order on customer hold</source>
        <translation>Positionen, Anmerkungen oder Lieferadresse dieses auf Kundenwunsch zurückgestellten Auftrags ändern</translation>
    </message>
    <message>
        <source>Modify order</source>
        <translation>Auftrag ändern</translation>
    </message>
    <message>
        <source>R&amp;elease</source>
        <translation>Frei&amp;geben</translation>
    </message>
    <message>
        <source>Release this order on customer hold for shipping</source>
        <translation>Diesen auf Kundenwunsch zurückgestellten Auftrag zum Versand freigeben</translation>
    </message>
    <message>
        <source>Release order</source>
        <translation>Auftrag freigeben</translation>
    </message>
    <message>
        <source>Cancel &amp;Order</source>
        <translation>Auftrag &amp;stornieren</translation>
    </message>
    <message>
        <source>Cancel this order on customer hold</source>
        <translation>Diesen auf Kundenwunsch zurückgestellten Auftrag stornieren</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Auftrag stornieren</translation>
    </message>
    <message>
        <source>Shipments: %1, %2</source>
        <translation>Sendungen: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking number(s)</source>
        <translation>
            <numerusform>%n Sendungsnummer</numerusform>
            <numerusform>%n Sendungsnummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serial number(s)</source>
        <translation>
            <numerusform>%n Seriennummer</numerusform>
            <numerusform>%n Seriennummern</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders on customer hold can be changed within 24 hours of being placed; after that Ingram Micro voids them.</source>
        <translation>Auf Kundenwunsch zurückgestellte Aufträge können innerhalb von 24 Stunden nach der Erteilung geändert werden; danach annulliert Ingram Micro sie.</translation>
    </message>
    <message>
        <source>Change lines, notes or the ship-to address of this order on customer hold. %1</source>
        <translation>Positionen, Anmerkungen oder Lieferadresse dieses auf Kundenwunsch zurückgestellten Auftrags ändern. %1</translation>
    </message>
    <message>
        <source>Release this order for shipping; it can no longer be changed afterwards. %1</source>
        <translation>Diesen Auftrag zum Versand freigeben; danach kann er nicht mehr geändert werden. %1</translation>
    </message>
    <message>
        <source>Cancel this order on customer hold. %1</source>
        <translation>Diesen auf Kundenwunsch zurückgestellten Auftrag stornieren. %1</translation>
    </message>
    <message>
        <source>Available once the order is loaded.</source>
        <translation>Verfügbar, sobald der Auftrag geladen ist.</translation>
    </message>
    <message>
        <source>A change to this order is under way.</source>
        <translation>Eine Änderung an diesem Auftrag ist in Arbeit.</translation>
    </message>
    <message>
        <source>Available once the order is loaded again.</source>
        <translation>Verfügbar, sobald der Auftrag erneut geladen ist.</translation>
    </message>
    <message>
        <source>Only an order on customer hold can be modified, released or cancelled; the status of order %1 is “%2”.</source>
        <translation>Nur ein auf Kundenwunsch zurückgestellter Auftrag kann geändert, freigegeben oder storniert werden; Auftrag %1 hat den Status „%2“.</translation>
    </message>
    <message>
        <source>Order %1 is on hold, but it was not placed on customer hold (allowOrderOnCustomerHold), so it cannot be modified, released or cancelled.</source>
        <translation>Auftrag %1 ist zurückgestellt, aber nicht auf Kundenwunsch (allowOrderOnCustomerHold); daher kann er nicht geändert, freigegeben oder storniert werden.</translation>
    </message>
    <message>
        <source>Order %1 changed.</source>
        <translation>Auftrag %1 geändert.</translation>
    </message>
    <message>
        <source>The answer to the change of order %1 was lost: the change may have been applied.</source>
        <translation>Die Antwort auf die Änderung von Auftrag %1 ging verloren: Die Änderung wurde möglicherweise übernommen.</translation>
    </message>
    <message>
        <source>Nothing is sent again. The order is loaded again to show what happened; check it before changing it again.</source>
        <translation>Es wird nichts erneut gesendet. Der Auftrag wird neu geladen, um zu zeigen, was geschehen ist; prüfen Sie ihn, bevor Sie ihn erneut ändern.</translation>
    </message>
    <message>
        <source>Line %1: %2, quantity %3</source>
        <translation>Position %1: %2, Menge %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <source>Order notes: %1</source>
        <translation>Anmerkungen zum Auftrag: %1</translation>
    </message>
    <message>
        <source>Ship-to: %1</source>
        <translation>Lieferadresse: %1</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3 %4</source>
        <translation>Position %1 (%2): %3 %4</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>see the request log</source>
        <translation>siehe Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Order %1 was changed only in part.</source>
        <translation>Auftrag %1 wurde nur teilweise geändert.</translation>
    </message>
    <message>
        <source>Done:
%1
Not done:
%2</source>
        <translation>Ausgeführt:
%1
Nicht ausgeführt:
%2</translation>
    </message>
    <message>
        <source>Release Order</source>
        <translation>Auftrag freigeben</translation>
    </message>
    <message>
        <source>Release order %1 for shipping? It can no longer be modified or cancelled.</source>
        <translation>Auftrag %1 zum Versand freigeben? Er kann danach nicht mehr geändert oder storniert werden.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Keep on Hold</source>
        <translation>&amp;Zurückgestellt lassen</translation>
    </message>
    <message>
        <source>Cancel Order</source>
        <translation>Auftrag stornieren</translation>
    </message>
    <message numerus="yes">
        <source>Cancel order %1? All %n line(s) are cancelled. This cannot be undone.</source>
        <translation>
            <numerusform>Auftrag %1 stornieren? Die %n Position wird storniert. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Auftrag %1 stornieren? Alle %n Positionen werden storniert. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Order</source>
        <translation>Auftrag &amp;behalten</translation>
    </message>
    <message>
        <source>Releasing order %1…</source>
        <translation>Auftrag %1 wird freigegeben…</translation>
    </message>
    <message>
        <source>Cancelling order %1…</source>
        <translation>Auftrag %1 wird storniert…</translation>
    </message>
    <message>
        <source>Order %1 released for shipping.</source>
        <translation>Auftrag %1 zum Versand freigegeben.</translation>
    </message>
    <message>
        <source>Order %1 cancelled.</source>
        <translation>Auftrag %1 storniert.</translation>
    </message>
    <message>
        <source>The answer to releasing order %1 was lost: it may have been released.</source>
        <translation>Die Antwort auf die Freigabe von Auftrag %1 ging verloren: Er wurde möglicherweise freigegeben.</translation>
    </message>
    <message>
        <source>The answer to cancelling order %1 was lost: it may have been cancelled.</source>
        <translation>Die Antwort auf die Stornierung von Auftrag %1 ging verloren: Er wurde möglicherweise storniert.</translation>
    </message>
    <message>
        <source>Nothing is sent again. The order is loaded again to show what happened; check it before trying again.</source>
        <translation>Es wird nichts erneut gesendet. Der Auftrag wird neu geladen, um zu zeigen, was geschehen ist; prüfen Sie ihn, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Nothing was changed. The order is loaded again to show its current status.</source>
        <translation>Es wurde nichts geändert. Der Auftrag wird neu geladen, um seinen aktuellen Status anzuzeigen.</translation>
    </message>
    <message>
        <source>Order %1 was not released: %2</source>
        <translation>Auftrag %1 wurde nicht freigegeben: %2</translation>
    </message>
    <message>
        <source>Order %1 was not cancelled: %2</source>
        <translation>Auftrag %1 wurde nicht storniert: %2</translation>
    </message>
</context>
<context>
    <name>OrderDraft</name>
    <message>
        <source>The file is not an order draft.</source>
        <translation>Die Datei ist kein Auftragsentwurf.</translation>
    </message>
    <message>
        <source>The draft has format version %1, which this version of ResellerDesk cannot read.</source>
        <translation>Der Entwurf hat die Formatversion %1, die diese Version von ResellerDesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>The draft has no valid id.</source>
        <translation>Der Entwurf hat keine gültige ID.</translation>
    </message>
    <message>
        <source>The draft has no order in it.</source>
        <translation>Der Entwurf enthält keinen Auftrag.</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Order editor</source>
        <translation>Auftragseditor</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>Order API version</source>
        <translation>API-Version für den Auftrag</translation>
    </message>
    <message>
        <source>&amp;Edit again</source>
        <translation>Erneut &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Makes a submitted draft editable again. Search the customer PO first: an order that was placed must not be placed twice.</source>
        <translation>Macht einen übermittelten Entwurf wieder bearbeitbar. Suchen Sie zuerst nach der Kunden-PO: Ein erteilter Auftrag darf nicht zweimal erteilt werden.</translation>
    </message>
    <message>
        <source>&amp;Submit order</source>
        <translation>&amp;Auftrag übermitteln</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfdaten</translation>
    </message>
    <message>
        <source>Customer &amp;PO:</source>
        <translation>Kunden-&amp;PO:</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Kunden-PO</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>&amp;End-customer PO:</source>
        <translation>&amp;Endkunden-PO:</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>Endkunden-PO</translation>
    </message>
    <message>
        <source>&amp;Bill-to address ID:</source>
        <translation>&amp;Rechnungsadress-ID:</translation>
    </message>
    <message>
        <source>Bill-to address ID</source>
        <translation>Rechnungsadress-ID</translation>
    </message>
    <message>
        <source>the account&apos;s default when empty</source>
        <translation>leer: Standard des Kundenkontos</translation>
    </message>
    <message>
        <source>Special &amp;bid:</source>
        <translation>Special B&amp;id:</translation>
    </message>
    <message>
        <source>Special bid number</source>
        <translation>Special-Bid-Nummer</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>A&amp;nmerkungen:</translation>
    </message>
    <message>
        <source>Order notes</source>
        <translation>Anmerkungen zum Auftrag</translation>
    </message>
    <message>
        <source>Accept &amp;backorders</source>
        <translation>R&amp;ückstände zulassen</translation>
    </message>
    <message>
        <source>Lines that are out of stock are backordered instead of refused.</source>
        <translation>Nicht vorrätige Positionen kommen in den Rückstand, statt abgelehnt zu werden.</translation>
    </message>
    <message>
        <source>Place on customer &amp;hold</source>
        <translation>Auf Kundenwunsch &amp;zurückstellen</translation>
    </message>
    <message>
        <source>Sends allowOrderOnCustomerHold = true: the order waits for release and can be modified, released or cancelled meanwhile.</source>
        <translation>Sendet allowOrderOnCustomerHold = true: Der Auftrag wartet auf die Freigabe und kann bis dahin geändert, freigegeben oder storniert werden.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>&amp;Carrier code:</source>
        <translation>Spe&amp;diteurcode:</translation>
    </message>
    <message>
        <source>Carrier code</source>
        <translation>Spediteurcode</translation>
    </message>
    <message>
        <source>Deli&amp;very date:</source>
        <translation>&amp;Lieferdatum:</translation>
    </message>
    <message>
        <source>Re&amp;quest a date:</source>
        <translation>&amp;Wunschtermin angeben:</translation>
    </message>
    <message>
        <source>Requested delivery date</source>
        <translation>Gewünschtes Lieferdatum</translation>
    </message>
    <message>
        <source>Ship &amp;complete</source>
        <translation>&amp;Komplettlieferung</translation>
    </message>
    <message>
        <source>Ship only when every line can ship.</source>
        <translation>Erst versenden, wenn alle Positionen versandbereit sind.</translation>
    </message>
    <message>
        <source>Si&amp;gnature required</source>
        <translation>&amp;Unterschrift erforderlich</translation>
    </message>
    <message>
        <source>Shipping &amp;instructions:</source>
        <translation>Versand&amp;hinweise:</translation>
    </message>
    <message>
        <source>Shipping instructions</source>
        <translation>Versandhinweise</translation>
    </message>
    <message>
        <source>&amp;Freight account:</source>
        <translation>&amp;Frachtkonto:</translation>
    </message>
    <message>
        <source>Freight account number</source>
        <translation>Frachtkontonummer</translation>
    </message>
    <message>
        <source>Ship-to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>Ship to an address on file by its ID, or enter a full address below. Leave both empty to ship to the account&apos;s default address.</source>
        <translation>Liefern Sie an eine hinterlegte Adresse über deren ID, oder geben Sie unten eine vollständige Adresse ein. Lassen Sie beides leer, um an die Standardadresse des Kundenkontos zu liefern.</translation>
    </message>
    <message>
        <source>Ship-to &amp;address ID:</source>
        <translation>Lieferadress-&amp;ID:</translation>
    </message>
    <message>
        <source>Ship-to address ID</source>
        <translation>Lieferadress-ID</translation>
    </message>
    <message>
        <source>an address on file</source>
        <translation>eine hinterlegte Adresse</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Ship-to company</source>
        <translation>Firma der Lieferadresse</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>Ship-to contact</source>
        <translation>Kontakt der Lieferadresse</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>Adresszeile &amp;1:</translation>
    </message>
    <message>
        <source>Ship-to address line 1</source>
        <translation>Lieferadresse, Adresszeile 1</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Adresszeile &amp;2:</translation>
    </message>
    <message>
        <source>Ship-to address line 2</source>
        <translation>Lieferadresse, Adresszeile 2</translation>
    </message>
    <message>
        <source>Address line &amp;3:</source>
        <translation>Adresszeile &amp;3:</translation>
    </message>
    <message>
        <source>Ship-to address line 3</source>
        <translation>Lieferadresse, Adresszeile 3</translation>
    </message>
    <message>
        <source>v6 only</source>
        <translation>nur v6</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Ship-to city</source>
        <translation>Ort der Lieferadresse</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>Bundes&amp;land:</translation>
    </message>
    <message>
        <source>Ship-to state</source>
        <translation>Bundesland der Lieferadresse</translation>
    </message>
    <message>
        <source>e.g. CA</source>
        <translation>z. B. CA</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>Ship-to postal code</source>
        <translation>Postleitzahl der Lieferadresse</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <source>Ship-to country code</source>
        <translation>Ländercode der Lieferadresse</translation>
    </message>
    <message>
        <source>two letters, e.g. US</source>
        <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Ship-to phone number</source>
        <translation>Telefonnummer der Lieferadresse</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Ship-to e-mail address</source>
        <translation>E-Mail-Adresse der Lieferadresse</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Endkunde</translation>
    </message>
    <message>
        <source>The end user the order is for, when the vendor needs one. Leave empty when not needed: nothing is sent.</source>
        <translation>Der Endkunde, für den der Auftrag bestimmt ist, falls der Hersteller einen verlangt. Leer lassen, wenn nicht nötig: Dann wird nichts gesendet.</translation>
    </message>
    <message>
        <source>End user company</source>
        <translation>Firma des Endkunden</translation>
    </message>
    <message>
        <source>End user contact</source>
        <translation>Kontakt des Endkunden</translation>
    </message>
    <message>
        <source>End user address line 1</source>
        <translation>Endkunde, Adresszeile 1</translation>
    </message>
    <message>
        <source>End user address line 2</source>
        <translation>Endkunde, Adresszeile 2</translation>
    </message>
    <message>
        <source>End user address line 3</source>
        <translation>Endkunde, Adresszeile 3</translation>
    </message>
    <message>
        <source>End user city</source>
        <translation>Ort des Endkunden</translation>
    </message>
    <message>
        <source>End user state</source>
        <translation>Bundesland des Endkunden</translation>
    </message>
    <message>
        <source>End user postal code</source>
        <translation>Postleitzahl des Endkunden</translation>
    </message>
    <message>
        <source>End user country code</source>
        <translation>Ländercode des Endkunden</translation>
    </message>
    <message>
        <source>End user phone number</source>
        <translation>Telefonnummer des Endkunden</translation>
    </message>
    <message>
        <source>End user e-mail address</source>
        <translation>E-Mail-Adresse des Endkunden</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Additional attributes sent with the order as name and value. The customer hold flag has its own checkbox on the Order tab.</source>
        <translation>Zusätzliche Attribute, die mit dem Auftrag als Name und Wert gesendet werden. Für die Zurückstellung auf Kundenwunsch gibt es ein eigenes Kontrollkästchen auf dem Tab „Auftrag“.</translation>
    </message>
    <message>
        <source>Additional attributes</source>
        <translation>Zusätzliche Attribute</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add a&amp;ttribute</source>
        <translation>A&amp;ttribut hinzufügen</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Attribut entfernen</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Position &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Adds an empty line (Insert)</source>
        <translation>Fügt eine leere Position hinzu (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Remove lines</source>
        <translation>Positionen &amp;entfernen</translation>
    </message>
    <message>
        <source>Removes the selected lines (Delete)</source>
        <translation>Entfernt die ausgewählten Positionen (Entf)</translation>
    </message>
    <message>
        <source>Paste &amp;lines</source>
        <translation>Positionen ein&amp;fügen</translation>
    </message>
    <message>
        <source>Pastes rows copied from a spreadsheet: part, quantity and an optional unit price separated by tabs (Ctrl+V)</source>
        <translation>Fügt aus einer Tabellenkalkulation kopierte Zeilen ein: Artikel, Menge und optional Stückpreis, durch Tabulatoren getrennt (Ctrl+V)</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Auftragspositionen</translation>
    </message>
    <message>
        <source>v6 — placed at once</source>
        <translation>v6 — sofort erteilt</translation>
    </message>
    <message>
        <source>v7 — confirmed later</source>
        <translation>v7 — später bestätigt</translation>
    </message>
    <message>
        <source>v6 answers with the order; v7 only confirms it and the order appears a little later. The default comes from the connection profile.</source>
        <translation>v6 antwortet mit dem Auftrag; v7 bestätigt ihn nur, und der Auftrag erscheint etwas später. Der Standard stammt aus dem Verbindungsprofil.</translation>
    </message>
    <message>
        <source>The draft can be edited again.</source>
        <translation>Der Entwurf kann wieder bearbeitet werden.</translation>
    </message>
    <message>
        <source>Search the customer PO before you submit it again: an order that was placed must not be placed twice.</source>
        <translation>Suchen Sie nach der Kunden-PO, bevor Sie erneut übermitteln: Ein erteilter Auftrag darf nicht zweimal erteilt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>New order %1</source>
        <translation>Neuer Auftrag %1</translation>
    </message>
    <message>
        <source>This draft was started under another connection profile.</source>
        <translation>Dieser Entwurf wurde unter einem anderen Verbindungsprofil begonnen.</translation>
    </message>
    <message>
        <source>Submitting it sends it with the active profile.</source>
        <translation>Beim Übermitteln wird er mit dem aktiven Profil gesendet.</translation>
    </message>
    <message>
        <source>Attribute %1: %2</source>
        <translation>Attribut %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) on this page</source>
        <translation>
            <numerusform>%n Problem auf dieser Seite</numerusform>
            <numerusform>%n Probleme auf dieser Seite</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wird übermittelt…</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) shown in red first.</source>
        <translation>
            <numerusform>Beheben Sie zuerst das rot markierte Problem (%n).</numerusform>
            <numerusform>Beheben Sie zuerst die %n rot markierten Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>required, at most %1 characters</source>
        <translation>erforderlich, höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>Confirmed by the API; the draft was removed.</source>
        <translation>Von der API bestätigt; der Entwurf wurde entfernt.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Draft not saved: %1</source>
        <translation>Entwurf nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Submitted %1; kept until the API confirms the order.</source>
        <translation>Übermittelt %1; wird aufbewahrt, bis die API den Auftrag bestätigt.</translation>
    </message>
    <message>
        <source>Not saved as a draft.</source>
        <translation>Nicht als Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Saving draft…</source>
        <translation>Entwurf wird gespeichert…</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Entwurf gespeichert %1</translation>
    </message>
    <message>
        <source>The clipboard holds no lines.</source>
        <translation>Die Zwischenablage enthält keine Positionen.</translation>
    </message>
    <message>
        <source>Copy rows of part number and quantity (and a unit price, if you like) from a spreadsheet, then paste again.</source>
        <translation>Kopieren Sie Zeilen mit Artikelnummer und Menge (und bei Bedarf Stückpreis) aus einer Tabellenkalkulation und fügen Sie sie erneut ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) pasted.</source>
        <translation>
            <numerusform>%n Position eingefügt.</numerusform>
            <numerusform>%n Positionen eingefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Result of the order</source>
        <translation>Ergebnis des Auftrags</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be pasted:</source>
        <translation>
            <numerusform>%n Zeile konnte nicht eingefügt werden:</numerusform>
            <numerusform>%n Zeilen konnten nicht eingefügt werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderFilterPanel</name>
    <message>
        <source>Search filters</source>
        <translation>Suchfilter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order status filter</source>
        <translation>Filter nach Auftragsstatus</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <source>Or&amp;dered between</source>
        <translation>Be&amp;stellt zwischen</translation>
    </message>
    <message>
        <source>Filter by order date range</source>
        <translation>Nach Zeitraum des Auftragsdatums filtern</translation>
    </message>
    <message>
        <source>Order date range start</source>
        <translation>Beginn des Zeitraums für das Auftragsdatum</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Order date range end</source>
        <translation>Ende des Zeitraums für das Auftragsdatum</translation>
    </message>
    <message>
        <source>&amp;Invoiced between</source>
        <translation>Fa&amp;kturiert zwischen</translation>
    </message>
    <message>
        <source>Filter by invoice date range</source>
        <translation>Nach Zeitraum des Rechnungsdatums filtern</translation>
    </message>
    <message>
        <source>Invoice date range start</source>
        <translation>Beginn des Zeitraums für das Rechnungsdatum</translation>
    </message>
    <message>
        <source>Invoice date range end</source>
        <translation>Ende des Zeitraums für das Rechnungsdatum</translation>
    </message>
    <message>
        <source>S&amp;hipped between</source>
        <translation>&amp;Versandt zwischen</translation>
    </message>
    <message>
        <source>Filter by ship date range</source>
        <translation>Nach Zeitraum des Versanddatums filtern</translation>
    </message>
    <message>
        <source>Ship date range start</source>
        <translation>Beginn des Zeitraums für das Versanddatum</translation>
    </message>
    <message>
        <source>Ship date range end</source>
        <translation>Ende des Zeitraums für das Versanddatum</translation>
    </message>
    <message>
        <source>Deli&amp;vered between</source>
        <translation>&amp;Geliefert zwischen</translation>
    </message>
    <message>
        <source>Filter by delivery date range</source>
        <translation>Nach Zeitraum des Lieferdatums filtern</translation>
    </message>
    <message>
        <source>Delivery date range start</source>
        <translation>Beginn des Zeitraums für das Lieferdatum</translation>
    </message>
    <message>
        <source>Delivery date range end</source>
        <translation>Ende des Zeitraums für das Lieferdatum</translation>
    </message>
    <message>
        <source>Products and references</source>
        <translation>Artikel und Referenzen</translation>
    </message>
    <message>
        <source>Ingram &amp;part number:</source>
        <translation>&amp;Ingram-Artikelnummer:</translation>
    </message>
    <message>
        <source>Ingram part number</source>
        <translation>Ingram-Artikelnummer</translation>
    </message>
    <message>
        <source>Vendor part num&amp;ber:</source>
        <translation>Hersteller-Artikel&amp;nummer:</translation>
    </message>
    <message>
        <source>Vendor part number</source>
        <translation>Hersteller-Artikelnummer</translation>
    </message>
    <message>
        <source>Vendor &amp;name:</source>
        <translation>Herstellerna&amp;me:</translation>
    </message>
    <message>
        <source>Vendor name</source>
        <translation>Herstellername</translation>
    </message>
    <message>
        <source>Special bi&amp;d:</source>
        <translation>Special Bi&amp;d:</translation>
    </message>
    <message>
        <source>Special bid number</source>
        <translation>Special-Bid-Nummer</translation>
    </message>
    <message>
        <source>End-customer P&amp;O:</source>
        <translation>Endkunden-P&amp;O:</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>Endkunden-PO</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;löschen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter löschen</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>the order date range</source>
        <translation>der Zeitraum des Auftragsdatums</translation>
    </message>
    <message>
        <source>the invoice date range</source>
        <translation>der Zeitraum des Rechnungsdatums</translation>
    </message>
    <message>
        <source>the ship date range</source>
        <translation>der Zeitraum des Versanddatums</translation>
    </message>
    <message>
        <source>the delivery date range</source>
        <translation>der Zeitraum des Lieferdatums</translation>
    </message>
    <message>
        <source>the Ingram part number</source>
        <translation>die Ingram-Artikelnummer</translation>
    </message>
    <message>
        <source>the vendor part number</source>
        <translation>die Hersteller-Artikelnummer</translation>
    </message>
    <message>
        <source>the vendor name</source>
        <translation>der Herstellername</translation>
    </message>
    <message>
        <source>the special bid number</source>
        <translation>die Special-Bid-Nummer</translation>
    </message>
    <message>
        <source>the end-customer PO</source>
        <translation>die Endkunden-PO</translation>
    </message>
</context>
<context>
    <name>OrderJobs</name>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>the answer has no orders list</source>
        <translation>die Antwort enthält keine Auftragsliste</translation>
    </message>
    <message>
        <source>the answer has no order number</source>
        <translation>die Antwort enthält keine Auftragsnummer</translation>
    </message>
</context>
<context>
    <name>OrderLinesEditModel</name>
    <message>
        <source>Row %1: &quot;%2&quot; has no quantity; paste part and quantity separated by a tab.</source>
        <translation>Zeile %1: „%2“ hat keine Menge; fügen Sie Artikel und Menge durch einen Tabulator getrennt ein.</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns; expected part, quantity and an optional unit price.</source>
        <translation>Zeile %1 hat %2 Spalten; erwartet werden Artikel, Menge und optional ein Stückpreis.</translation>
    </message>
    <message>
        <source>Row %1 has no part number.</source>
        <translation>Zeile %1 hat keine Artikelnummer.</translation>
    </message>
    <message>
        <source>Row %1: the part number &quot;%2&quot; is longer than %3 characters.</source>
        <translation>Zeile %1: Die Artikelnummer „%2“ ist länger als %3 Zeichen.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a quantity of 1 or more.</source>
        <translation>Zeile %1: „%2“ ist keine Menge von 1 oder mehr.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a price.</source>
        <translation>Zeile %1: „%2“ ist kein Preis.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Position %1, %2: %3</translation>
    </message>
    <message>
        <source>No requested price: the API prices the line.</source>
        <translation>Kein Wunschpreis: Die API bepreist die Position.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Ingram part</source>
        <translation>Ingram-Art.-Nr.</translation>
    </message>
    <message>
        <source>Vendor part (v7)</source>
        <translation>Herst.-Art.-Nr. (v7)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Special bid</source>
        <translation>Special Bid</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Your line number, at most 3 characters, unique in the order.</source>
        <translation>Ihre Positionsnummer, höchstens 3 Zeichen, eindeutig im Auftrag.</translation>
    </message>
    <message>
        <source>Only v7 orders take a vendor part number.</source>
        <translation>Nur v7-Aufträge akzeptieren eine Hersteller-Artikelnummer.</translation>
    </message>
    <message>
        <source>Requested unit price; leave empty to let the API price the line.</source>
        <translation>Gewünschter Stückpreis; leer lassen, damit die API die Position bepreist.</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>%1
Vendor: %2</source>
        <translation>%1
Hersteller: %2</translation>
    </message>
    <message>
        <source>%1
Notes: %2</source>
        <translation>%1
Anmerkungen: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Sub-order</source>
        <translation>Teilauftrag</translation>
    </message>
    <message>
        <source>Ingram part</source>
        <translation>Ingram-Art.-Nr.</translation>
    </message>
    <message>
        <source>Vendor part</source>
        <translation>Herst.-Art.-Nr.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>B/O</source>
        <comment>backordered quantity, short column title</comment>
        <translation>Rückst.</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Gesamtpreis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>B/O ETA</source>
        <comment>backorder ETA, short column title</comment>
        <translation>Rückst. ETA</translation>
    </message>
    <message>
        <source>Quantity backordered</source>
        <translation>Menge im Rückstand</translation>
    </message>
    <message>
        <source>Extended price</source>
        <translation>Gesamtpreis der Position</translation>
    </message>
    <message>
        <source>Promised delivery date</source>
        <translation>Zugesagtes Lieferdatum</translation>
    </message>
    <message>
        <source>Estimated arrival of the backordered quantity</source>
        <translation>Voraussichtliches Eintreffen der Rückstandsmenge</translation>
    </message>
</context>
<context>
    <name>OrderModifyRequest</name>
    <message>
        <source>At most %1 characters, not %2.</source>
        <translation>Höchstens %1 Zeichen, nicht %2.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>A new line needs a part number.</source>
        <translation>Eine neue Position benötigt eine Artikelnummer.</translation>
    </message>
    <message>
        <source>A new line needs a quantity.</source>
        <translation>Eine neue Position benötigt eine Menge.</translation>
    </message>
    <message>
        <source>Which line to change is missing.</source>
        <translation>Es fehlt die Angabe, welche Position geändert werden soll.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>Die Menge muss mindestens 1 betragen.</translation>
    </message>
</context>
<context>
    <name>OrderPrinter</name>
    <message>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Direct ship</source>
        <translation>Direktlieferung</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Kunden-PO</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>Endkunden-PO</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Auftragsdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>Auftragsart</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>Ingram PO</source>
        <translation>Ingram-PO</translation>
    </message>
    <message>
        <source>Vendor sales order</source>
        <translation>Hersteller-Auftrag</translation>
    </message>
    <message>
        <source>Web order ID</source>
        <translation>Web-Auftrags-ID</translation>
    </message>
    <message>
        <source>Sub-orders</source>
        <translation>Teilaufträge</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Rechnung an</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Lieferung an</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Endkunde</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>B/O</source>
        <comment>backordered quantity, short column title</comment>
        <translation>Rückst.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Gesamtpreis</translation>
    </message>
    <message>
        <source>Status and dates</source>
        <translation>Status und Termine</translation>
    </message>
    <message>
        <source>Promised %1</source>
        <translation>Zugesagt %1</translation>
    </message>
    <message>
        <source>B/O ETA %1</source>
        <translation>Rückstand ETA %1</translation>
    </message>
    <message>
        <source>Shipped %1</source>
        <translation>Versandt %1</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Geliefert %1</translation>
    </message>
    <message>
        <source>Shipments and tracking</source>
        <translation>Sendungen und Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Spediteur</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Carton</source>
        <translation>Karton</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Seriennummern</translation>
    </message>
    <message>
        <source>Miscellaneous charges</source>
        <translation>Sonstige Kosten</translation>
    </message>
    <message>
        <source>Sub-order</source>
        <translation>Teilauftrag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Kostenart</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>Fracht</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anmerkungen:</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>Die PDF-Datei konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>OrderResultView</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Ordered lines</source>
        <translation>Bestellte Positionen</translation>
    </message>
    <message>
        <source>Order / line</source>
        <translation>Auftrag / Position</translation>
    </message>
    <message>
        <source>Ingram part</source>
        <translation>Ingram-Art.-Nr.</translation>
    </message>
    <message>
        <source>Vendor part</source>
        <translation>Herst.-Art.-Nr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>Im Rückstand</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Rejected lines (not ordered)</source>
        <translation>Abgelehnte Positionen (nicht bestellt)</translation>
    </message>
    <message>
        <source>Rejected lines</source>
        <translation>Abgelehnte Positionen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Reject code</source>
        <translation>Ablehnungscode</translation>
    </message>
    <message>
        <source>Reason given by the API</source>
        <translation>Von der API angegebener Grund</translation>
    </message>
    <message>
        <source>Orders found</source>
        <translation>Gefundene Aufträge</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Auftragsdatum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Search the customer PO again; the order is not sent again</source>
        <translation>Erneut nach der Kunden-PO suchen; der Auftrag wird nicht erneut gesendet</translation>
    </message>
    <message>
        <source>Show &amp;pending orders</source>
        <translation>&amp;Ausstehende Aufträge anzeigen</translation>
    </message>
    <message>
        <source>part not found</source>
        <translation>Artikel nicht gefunden</translation>
    </message>
    <message>
        <source>invalid quantity</source>
        <translation>ungültige Menge</translation>
    </message>
    <message>
        <source>backorder not allowed</source>
        <translation>Rückstand nicht zulässig</translation>
    </message>
    <message>
        <source>line not found</source>
        <translation>Position nicht gefunden</translation>
    </message>
    <message>
        <source>price not accepted</source>
        <translation>Preis nicht akzeptiert</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(kein Code)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>Auftrag wird erteilt…</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Auftrag erteilt</translation>
    </message>
    <message numerus="yes">
        <source>Customer PO &lt;b&gt;%1&lt;/b&gt; was placed as %n order(s): %2.</source>
        <translation>
            <numerusform>Kunden-PO &lt;b&gt;%1&lt;/b&gt; wurde als %n Auftrag erteilt: %2.</numerusform>
            <numerusform>Kunden-PO &lt;b&gt;%1&lt;/b&gt; wurde als %n Aufträge erteilt: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (freight %3, tax %4)</source>
        <translation>%1: %2 (Fracht %3, Steuer %4)</translation>
    </message>
    <message>
        <source>Order total %1</source>
        <translation>Auftragssumme %1</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>Position %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not ordered:&lt;/b&gt; %1. Correct these lines and place them as a new order; the ordered lines must not be sent again.</source>
        <translation>&lt;b&gt;Nicht bestellt:&lt;/b&gt; %1. Korrigieren Sie diese Positionen und erteilen Sie sie als neuen Auftrag; die bestellten Positionen dürfen nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Double-click to open the order</source>
        <translation>Doppelklicken, um den Auftrag zu öffnen</translation>
    </message>
    <message>
        <source>Line %1 (%2)</source>
        <translation>Position %1 (%2)</translation>
    </message>
    <message>
        <source>Order accepted for processing</source>
        <translation>Auftrag zur Verarbeitung angenommen</translation>
    </message>
    <message>
        <source>Customer PO &lt;b&gt;%1&lt;/b&gt; was accepted with confirmation number &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Kunden-PO &lt;b&gt;%1&lt;/b&gt; wurde mit der Bestätigungsnummer &lt;b&gt;%2&lt;/b&gt; angenommen.</translation>
    </message>
    <message>
        <source>The API said: %1</source>
        <translation>Meldung der API: %1</translation>
    </message>
    <message>
        <source>The order itself is created a little later. It is tracked in &lt;b&gt;Pending orders&lt;/b&gt;, which tells you when it appears.</source>
        <translation>Der Auftrag selbst wird etwas später angelegt. Er wird unter &lt;b&gt;Ausstehende Aufträge&lt;/b&gt; verfolgt; dort sehen Sie, wann er erscheint.</translation>
    </message>
    <message>
        <source>Order placed (found after the answer was lost)</source>
        <translation>Auftrag erteilt (gefunden, nachdem die Antwort verloren ging)</translation>
    </message>
    <message>
        <source>The answer to customer PO &lt;b&gt;%1&lt;/b&gt; did not arrive (%2). It was not sent again; a search found it as %3.</source>
        <translation>Die Antwort zu Kunden-PO &lt;b&gt;%1&lt;/b&gt; ist nicht angekommen (%2). Der Auftrag wurde nicht erneut gesendet; eine Suche hat ihn als %3 gefunden.</translation>
    </message>
    <message>
        <source>Not known yet whether the order was placed</source>
        <translation>Noch unbekannt, ob der Auftrag erteilt wurde</translation>
    </message>
    <message>
        <source>What went wrong: %1</source>
        <translation>Fehlerursache: %1</translation>
    </message>
    <message>
        <source>Customer PO &lt;b&gt;%1&lt;/b&gt; was sent once and will not be sent again automatically. Search for it under Orders, or check again in a few minutes.</source>
        <translation>Kunden-PO &lt;b&gt;%1&lt;/b&gt; wurde einmal gesendet und wird nicht automatisch erneut gesendet. Suchen Sie unter „Aufträge“ danach oder prüfen Sie in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Order not placed: the input was refused</source>
        <translation>Auftrag nicht erteilt: Die Eingaben wurden abgelehnt</translation>
    </message>
    <message>
        <source>Order not placed</source>
        <translation>Auftrag nicht erteilt</translation>
    </message>
    <message>
        <source>Nothing was ordered for customer PO &lt;b&gt;%1&lt;/b&gt;. Your input is kept; correct it and submit again.</source>
        <translation>Für Kunden-PO &lt;b&gt;%1&lt;/b&gt; wurde nichts bestellt. Ihre Eingaben bleiben erhalten; korrigieren Sie sie und übermitteln Sie erneut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Order placed in part: %1 of %n line(s) ordered</source>
        <translation>
            <numerusform>Auftrag teilweise erteilt: %1 von %n Position bestellt</numerusform>
            <numerusform>Auftrag teilweise erteilt: %1 von %n Positionen bestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Ordered:&lt;/b&gt; line(s) %1.</source>
        <comment>followed by the line numbers</comment>
        <translation>
            <numerusform>&lt;b&gt;Bestellt:&lt;/b&gt; Position %1.</numerusform>
            <numerusform>&lt;b&gt;Bestellt:&lt;/b&gt; Positionen %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) backordered, %1 in all.</source>
        <translation>
            <numerusform>%n Position im Rückstand, insgesamt %1.</numerusform>
            <numerusform>%n Positionen im Rückstand, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n Stück</numerusform>
            <numerusform>%n Stück</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderSearchCsvExporter</name>
    <message>
        <source>Order number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Auftragsdatum</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Kunden-PO</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Endkunde</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sub-orders</source>
        <translation>Teilaufträge</translation>
    </message>
    <message>
        <source>Vendor sales order</source>
        <translation>Hersteller-Auftrag</translation>
    </message>
    <message>
        <source>There are no results to export.</source>
        <translation>Es gibt keine Ergebnisse zum Exportieren.</translation>
    </message>
    <message>
        <source>A new search replaced the results being exported.</source>
        <translation>Eine neue Suche hat die Ergebnisse ersetzt, die gerade exportiert wurden.</translation>
    </message>
    <message>
        <source>The results were cleared during the export.</source>
        <translation>Die Ergebnisse wurden während des Exports gelöscht.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Page %1 could not be loaded: %2</source>
        <translation>Seite %1 konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>OrderSearchModel</name>
    <message>
        <source>%1 (the API says “%2”)</source>
        <translation>%1 (laut API „%2“)</translation>
    </message>
    <message>
        <source>Vendor sales order %1</source>
        <translation>Hersteller-Auftrag %1</translation>
    </message>
    <message>
        <source>Sub-order %1</source>
        <translation>Teilauftrag %1</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Kunden-PO</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Endkunde</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order total. The search does not say in which currency.</source>
        <translation>Auftragssumme. Die Suche gibt keine Währung an.</translation>
    </message>
    <message>
        <source>Order total in %1, the currency of the account.</source>
        <translation>Auftragssumme in %1, der Währung des Kontos.</translation>
    </message>
</context>
<context>
    <name>OrderSearchQuery</name>
    <message numerus="yes">
        <source>%1 may have at most %n characters.</source>
        <translation>
            <numerusform>%1 darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>%1 darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains an invalid date.</source>
        <translation>%1 enthält ein ungültiges Datum.</translation>
    </message>
    <message>
        <source>%1 needs both a start and an end date.</source>
        <translation>%1 benötigt ein Start- und ein Enddatum.</translation>
    </message>
    <message>
        <source>The start date of %1 is after its end date.</source>
        <translation>%1 hat ein Startdatum nach dem Enddatum.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A date range, e.g. &quot;2024-01-01 – 2024-01-31&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>“%1” is not an order status the search accepts; use one of %2.</source>
        <translation>„%1“ ist kein Auftragsstatus, den die Suche akzeptiert; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>Search either by one order date or by an order date range, not both.</source>
        <translation>Suchen Sie entweder nach einem Auftragsdatum oder nach einem Zeitraum, nicht nach beidem.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>Die Seitengröße muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The page number must be 1 or more.</source>
        <translation>Die Seitennummer muss 1 oder größer sein.</translation>
    </message>
    <message>
        <source>order number “%1”</source>
        <translation>Auftragsnummer „%1“</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>ordered on %1</source>
        <translation>bestellt am %1</translation>
    </message>
    <message>
        <source>ordered %1</source>
        <translation>bestellt %1</translation>
    </message>
    <message>
        <source>customer PO “%1”</source>
        <translation>Kunden-PO „%1“</translation>
    </message>
    <message>
        <source>end customer PO “%1”</source>
        <translation>Endkunden-PO „%1“</translation>
    </message>
    <message>
        <source>invoiced %1</source>
        <translation>fakturiert %1</translation>
    </message>
    <message>
        <source>shipped %1</source>
        <translation>versandt %1</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>geliefert %1</translation>
    </message>
    <message>
        <source>Ingram part number “%1”</source>
        <translation>Ingram-Artikelnummer „%1“</translation>
    </message>
    <message>
        <source>vendor part number “%1”</source>
        <translation>Hersteller-Artikelnummer „%1“</translation>
    </message>
    <message>
        <source>serial number “%1”</source>
        <translation>Seriennummer „%1“</translation>
    </message>
    <message>
        <source>tracking number “%1”</source>
        <translation>Sendungsnummer „%1“</translation>
    </message>
    <message>
        <source>vendor “%1”</source>
        <translation>Hersteller „%1“</translation>
    </message>
    <message>
        <source>special bid “%1”</source>
        <translation>Special Bid „%1“</translation>
    </message>
    <message>
        <source>No orders were found.</source>
        <translation>Es wurden keine Aufträge gefunden.</translation>
    </message>
    <message>
        <source>No orders match %1.</source>
        <translation>Keine Aufträge gefunden für: %1.</translation>
    </message>
</context>
<context>
    <name>OrderSearchView</name>
    <message>
        <source>Order search</source>
        <translation>Auftragssuche</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Finden:</translation>
    </message>
    <message>
        <source>Order number, customer PO, serial number or tracking number</source>
        <translation>Auftragsnummer, Kunden-PO, Seriennummer oder Sendungsnummer</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Schnellsuche</translation>
    </message>
    <message>
        <source>An order number such as 20-RD3QV is recognised; other text is searched as what the button beside this field says.</source>
        <translation>Eine Auftragsnummer wie 20-RD3QV wird erkannt; anderer Text wird so gesucht, wie die Schaltfläche neben diesem Feld angibt.</translation>
    </message>
    <message>
        <source>Search text is</source>
        <translation>Suchtext ist</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Aufträge suchen</translation>
    </message>
    <message>
        <source>Filte&amp;rs</source>
        <translation>Filte&amp;r</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Filter anzeigen</translation>
    </message>
    <message>
        <source>Orders found</source>
        <translation>Gefundene Aufträge</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the search (Esc)</source>
        <translation>Die Suche anhalten (Esc)</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>Die Suche anhalten</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export results to CSV</source>
        <translation>Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Export &amp;loaded orders…</source>
        <translation>&amp;Geladene Aufträge exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;all pages…</source>
        <translation>&amp;Alle Seiten exportieren…</translation>
    </message>
    <message>
        <source>Searching orders…</source>
        <translation>Aufträge werden gesucht…</translation>
    </message>
    <message>
        <source>What the search text is. Order numbers such as 20-RD3QV are recognised by their shape; for anything else, choose here.</source>
        <translation>Worum es sich beim Suchtext handelt. Auftragsnummern wie 20-RD3QV werden an ihrem Aufbau erkannt; für alles andere wählen Sie hier aus.</translation>
    </message>
    <message>
        <source>Click to sort. Right-click to show or hide columns; drag to reorder.</source>
        <translation>Zum Sortieren klicken. Rechtsklick zum Ein- oder Ausblenden von Spalten; zum Umsortieren ziehen.</translation>
    </message>
    <message>
        <source>Loading orders for the export: %1 of %2.</source>
        <translation>Aufträge für den Export werden geladen: %1 von %2.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Kunden-PO</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>The text is searched as: %1.</source>
        <translation>Der Text wird gesucht als: %1.</translation>
    </message>
    <message>
        <source>The search was not started: correct the marked fields.</source>
        <translation>Die Suche wurde nicht gestartet: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Filte&amp;rs (%1)</source>
        <translation>Filte&amp;r (%1)</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Filter ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) set; they apply whether the panel is open or not.</source>
        <translation>
            <numerusform>%n Filter gesetzt; er gilt unabhängig davon, ob der Bereich geöffnet ist.</numerusform>
            <numerusform>%n Filter gesetzt; sie gelten unabhängig davon, ob der Bereich geöffnet ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by status, dates, products and references.</source>
        <translation>Nach Status, Terminen, Artikeln und Referenzen filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) found.</source>
        <translation>
            <numerusform>%Ln Auftrag gefunden.</numerusform>
            <numerusform>%Ln Aufträge gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) found; %1 loaded. Scroll down to load more.</source>
        <translation>
            <numerusform>%Ln Auftrag gefunden; %1 geladen. Scrollen Sie nach unten, um weitere zu laden.</numerusform>
            <numerusform>%Ln Aufträge gefunden; %1 geladen. Scrollen Sie nach unten, um weitere zu laden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No orders found.</source>
        <translation>Keine Aufträge gefunden.</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Die Suche ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The search was stopped.</source>
        <translation>Die Suche wurde angehalten.</translation>
    </message>
    <message>
        <source>Find orders</source>
        <translation>Aufträge suchen</translation>
    </message>
    <message>
        <source>Type an order number, a customer PO, a serial number or a tracking number and press Enter. Open Filters to search by status, dates, products or vendor.</source>
        <translation>Geben Sie eine Auftragsnummer, eine Kunden-PO, eine Seriennummer oder eine Sendungsnummer ein und drücken Sie die Eingabetaste. Öffnen Sie „Filter“, um nach Status, Terminen, Artikeln oder Hersteller zu suchen.</translation>
    </message>
    <message>
        <source>Check the spelling, choose what the search text is, widen the date ranges or clear some filters, then search again.</source>
        <translation>Prüfen Sie die Schreibweise, wählen Sie aus, worum es sich beim Suchtext handelt, erweitern Sie die Zeiträume oder entfernen Sie Filter, und suchen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The order search failed: %1</source>
        <translation>Die Auftragssuche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Choose Retry to run it again.</source>
        <translation>Wählen Sie „Wiederholen“, um sie erneut auszuführen.</translation>
    </message>
    <message>
        <source>orders-%1.csv</source>
        <translation>auftraege-%1.csv</translation>
    </message>
    <message>
        <source>Export Orders</source>
        <translation>Aufträge exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Loading orders for the export…</source>
        <translation>Aufträge für den Export werden geladen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln Auftrag nach %1 exportiert.</numerusform>
            <numerusform>%Ln Aufträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The orders could not be exported to %1.</source>
        <translation>Die Aufträge konnten nicht nach %1 exportiert werden.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s) loaded.</source>
        <translation>
            <numerusform>%1 von %Ln Auftrag geladen.</numerusform>
            <numerusform>%1 von %Ln Aufträgen geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s) are shown. Choose Retry to load more.</source>
        <translation>
            <numerusform>%1 von %Ln Auftrag wird angezeigt. Wählen Sie „Wiederholen“, um mehr zu laden.</numerusform>
            <numerusform>%1 von %Ln Aufträgen werden angezeigt. Wählen Sie „Wiederholen“, um mehr zu laden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>Im Rückstand</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Teilweise versandt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturiert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>OrderSubmission</name>
    <message>
        <source>Checking whether customer PO %1 was used before…</source>
        <translation>Es wird geprüft, ob Kunden-PO %1 bereits verwendet wurde…</translation>
    </message>
    <message numerus="yes">
        <source>Customer PO %1 is already used by %n order(s). Place this order anyway?</source>
        <translation>
            <numerusform>Kunden-PO %1 wird bereits von %n Auftrag verwendet. Diesen Auftrag trotzdem erteilen?</numerusform>
            <numerusform>Kunden-PO %1 wird bereits von %n Aufträgen verwendet. Diesen Auftrag trotzdem erteilen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending order %1…</source>
        <translation>Auftrag %1 wird gesendet…</translation>
    </message>
    <message>
        <source>The answer to order %1 was lost. Searching for it (check %2 of %3); it will not be sent again.</source>
        <translation>Die Antwort zu Auftrag %1 ging verloren. Es wird danach gesucht (Prüfung %2 von %3); er wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Order %1 was placed in part: some lines were rejected.</source>
        <translation>Auftrag %1 wurde teilweise erteilt: Einige Positionen wurden abgelehnt.</translation>
    </message>
    <message>
        <source>Order %1 was placed.</source>
        <translation>Auftrag %1 wurde erteilt.</translation>
    </message>
    <message>
        <source>Order %1 was accepted for processing (confirmation %2). It is tracked in Pending orders until it appears.</source>
        <translation>Auftrag %1 wurde zur Verarbeitung angenommen (Bestätigung %2). Er wird unter „Ausstehende Aufträge“ verfolgt, bis er erscheint.</translation>
    </message>
    <message>
        <source>Order %1 was not placed: %2</source>
        <translation>Auftrag %1 wurde nicht erteilt: %2</translation>
    </message>
    <message>
        <source>The answer to order %1 was lost, but the order was placed: %2.</source>
        <translation>Die Antwort zu Auftrag %1 ging verloren, aber der Auftrag wurde erteilt: %2.</translation>
    </message>
    <message>
        <source>The answer to order %1 was lost and the order has not been found yet. It may still appear: check again later, or search the customer PO. Do not submit it again before you know it was not placed.</source>
        <translation>Die Antwort zu Auftrag %1 ging verloren, und der Auftrag wurde noch nicht gefunden. Er kann noch erscheinen: Prüfen Sie später erneut oder suchen Sie nach der Kunden-PO. Übermitteln Sie ihn nicht erneut, bevor Sie wissen, dass er nicht erteilt wurde.</translation>
    </message>
    <message>
        <source>Stopped waiting for order %1. It may have been placed: search the customer PO before you submit it again.</source>
        <translation>Das Warten auf Auftrag %1 wurde beendet. Er wurde möglicherweise erteilt: Suchen Sie nach der Kunden-PO, bevor Sie ihn erneut übermitteln.</translation>
    </message>
    <message>
        <source>Order %1 was not sent.</source>
        <translation>Auftrag %1 wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The customer PO is required.</source>
        <translation>Die Kunden-PO ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>OrderWriteJobs</name>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>the answer has no order number</source>
        <translation>die Antwort enthält keine Auftragsnummer</translation>
    </message>
    <message>
        <source>the answer has no confirmation number</source>
        <translation>die Antwort enthält keine Bestätigungsnummer</translation>
    </message>
</context>
<context>
    <name>OrderWriteService</name>
    <message>
        <source>An order number looks like 20-12345 or 20-12345-11.</source>
        <translation>Eine Auftragsnummer hat die Form 20-12345 oder 20-12345-11.</translation>
    </message>
</context>
<context>
    <name>OrdersCancelCommand</name>
    <message>
        <source>Cancels an order placed on customer hold. Asks first, unless --yes is given.</source>
        <translation>Storniert einen auf Kundenwunsch zurückgestellten Auftrag. Fragt vorher nach, außer wenn --yes angegeben ist.</translation>
    </message>
    <message>
        <source>Cancel without asking; required when the input is not a terminal (scripts).</source>
        <translation>Ohne Rückfrage stornieren; erforderlich, wenn die Eingabe kein Terminal ist (Skripte).</translation>
    </message>
    <message>
        <source>The Ingram Micro order number.</source>
        <translation>Die Ingram-Micro-Auftragsnummer.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>Only orders on customer hold (placed with the additional attribute allowOrderOnCustomerHold) can be cancelled, within the API&apos;s hold window; otherwise the API&apos;s reason is printed and the command exits with %1.</source>
        <translation>Nur auf Kundenwunsch zurückgestellte Aufträge (erteilt mit dem zusätzlichen Attribut allowOrderOnCustomerHold) können storniert werden, und zwar innerhalb des Zeitfensters der API; andernfalls wird der Grund der API ausgegeben, und der Befehl endet mit %1.</translation>
    </message>
    <message>
        <source>Give the order number: orders cancel NUMBER.</source>
        <translation>Geben Sie die Auftragsnummer an: orders cancel NUMMER.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; orders cancel takes one order number.</source>
        <translation>Unerwartetes Argument „%1“; orders cancel erwartet genau eine Auftragsnummer.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Cancelling needs --yes when the input is not a terminal.</source>
        <translation>Zum Stornieren ist --yes erforderlich, wenn die Eingabe kein Terminal ist.</translation>
    </message>
    <message>
        <source>Cancel order %1 (profile &quot;%2&quot;)? This cannot be undone. [y/N] </source>
        <translation>Auftrag %1 (Profil „%2“) stornieren? Dies kann nicht rückgängig gemacht werden. [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Not cancelled.</source>
        <translation>Nicht storniert.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled.</source>
        <translation>Auftrag %1 wurde storniert.</translation>
    </message>
</context>
<context>
    <name>OrdersCreateCommand</name>
    <message>
        <source>Places an order. FILE holds the order as the Reseller API&apos;s create request body (POST /resellers/v6/orders or /resellers/v7/orders); &quot;-&quot; reads it from standard input.</source>
        <translation>Erteilt einen Auftrag. DATEI enthält den Auftrag als Body der Anlegen-Anfrage der Reseller API (POST /resellers/v6/orders oder /resellers/v7/orders); „-“ liest ihn von der Standardeingabe.</translation>
    </message>
    <message>
        <source>API version: v6 (default; answers with the order) or v7 (answers with a confirmation, the order follows later).</source>
        <translation>API-Version: v6 (Standard; antwortet mit dem Auftrag) oder v7 (antwortet mit einer Bestätigung, der Auftrag folgt später).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Check the order against the API&apos;s rules and print the body that would be sent; send nothing.</source>
        <translation>Den Auftrag anhand der Regeln der API prüfen und den Body ausgeben, der gesendet würde; nichts senden.</translation>
    </message>
    <message>
        <source>The order as JSON in the API&apos;s request shape.</source>
        <translation>Der Auftrag als JSON im Anfrageformat der API.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>DATEI.json</translation>
    </message>
    <message>
        <source>Fields are named as in the API&apos;s request body: customerOrderNumber, notes, shipToInfo, endUserInfo, shipmentDetails, additionalAttributes and lines (customerLineNumber, ingramPartNumber, quantity, unitPrice, ...). A field ResellerDesk cannot send is reported, never dropped.
An order whose answer is lost (timeout, dropped connection) may have been placed: it is never sent again; the command exits with %1 and says how to search for its customer PO.</source>
        <translation>Die Felder heißen wie im Body der API-Anfrage: customerOrderNumber, notes, shipToInfo, endUserInfo, shipmentDetails, additionalAttributes und lines (customerLineNumber, ingramPartNumber, quantity, unitPrice, ...). Ein Feld, das ResellerDesk nicht senden kann, wird gemeldet, nie weggelassen.
Ein Auftrag, dessen Antwort verloren geht (Zeitüberschreitung, abgebrochene Verbindung), wurde möglicherweise erteilt: Er wird nie erneut gesendet; der Befehl endet mit %1 und gibt an, wie Sie nach seiner Kunden-PO suchen.</translation>
    </message>
    <message>
        <source>Give the order file: orders create FILE.json.</source>
        <translation>Geben Sie die Auftragsdatei an: orders create DATEI.json.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; orders create takes one file.</source>
        <translation>Unerwartetes Argument „%1“; orders create erwartet genau eine Datei.</translation>
    </message>
    <message>
        <source>Unknown API version &quot;%1&quot; for --api; use v6 or v7.</source>
        <translation>Unbekannte API-Version „%1“ für --api; verwenden Sie v6 oder v7.</translation>
    </message>
    <message>
        <source>Cannot read the order file &quot;%1&quot;: %2</source>
        <translation>Die Auftragsdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The order file &quot;%1&quot; is larger than %2; it cannot be an order.</source>
        <translation>Die Auftragsdatei „%1“ ist größer als %2; sie kann kein Auftrag sein.</translation>
    </message>
    <message>
        <source>The order in &quot;%1&quot; cannot be sent:</source>
        <translation>Der Auftrag in „%1“ kann nicht gesendet werden:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The order %1 is valid for API %2: %n line(s). Nothing was sent.</source>
        <translation>
            <numerusform>Der Auftrag %1 ist für API %2 gültig: %n Position. Es wurde nichts gesendet.</numerusform>
            <numerusform>Der Auftrag %1 ist für API %2 gültig: %n Positionen. Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer to this order was lost, so it may have been placed. It is not sent again. Search for its customer PO before placing it again:</source>
        <translation>Die Antwort auf diesen Auftrag ging verloren, daher wurde er möglicherweise erteilt. Er wird nicht erneut gesendet. Suchen Sie nach seiner Kunden-PO, bevor Sie ihn erneut erteilen:</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>AUFTRAG</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>POS.</translation>
    </message>
    <message>
        <source>PART</source>
        <translation>ARTIKEL</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>MENGE</translation>
    </message>
    <message>
        <source>CONFIRMED</source>
        <translation>BESTÄTIGT</translation>
    </message>
    <message>
        <source>BACKORDERED</source>
        <translation>RÜCKSTAND</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>UNIT PRICE</source>
        <translation>STÜCKPREIS</translation>
    </message>
    <message>
        <source>REJECT CODE</source>
        <translation>ABLEHNUNGSCODE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Order %1: total %2 %3 (freight %4, tax %5)</source>
        <translation>Auftrag %1: gesamt %2 %3 (Fracht %4, Steuer %5)</translation>
    </message>
    <message numerus="yes">
        <source>Partly ordered: %n line(s) ordered,</source>
        <translation>
            <numerusform>Teilweise bestellt: %n Position bestellt,</numerusform>
            <numerusform>Teilweise bestellt: %n Positionen bestellt,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected (see REJECT CODE and REASON).</source>
        <translation>
            <numerusform>%n Position abgelehnt (siehe ABLEHNUNGSCODE und GRUND).</numerusform>
            <numerusform>%n Positionen abgelehnt (siehe ABLEHNUNGSCODE und GRUND).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ordered with customer PO %1: %2.</source>
        <translation>Bestellt mit Kunden-PO %1: %2.</translation>
    </message>
    <message>
        <source>CONFIRMATION</source>
        <translation>BESTÄTIGUNG</translation>
    </message>
    <message>
        <source>CUSTOMER PO</source>
        <translation>KUNDEN-PO</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <source>Confirmation %1: %2</source>
        <translation>Bestätigung %1: %2</translation>
    </message>
    <message>
        <source>API v7 places the order later. Search for customer PO %1 to find it.</source>
        <translation>API v7 erteilt den Auftrag erst später. Suchen Sie nach der Kunden-PO %1, um ihn zu finden.</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>The order is being sent; its tab closes once the API has answered.</source>
        <translation>Der Auftrag wird gesendet; sein Tab wird geschlossen, sobald die API geantwortet hat.</translation>
    </message>
    <message>
        <source>Order draft, saved as you type</source>
        <translation>Auftragsentwurf, wird während der Eingabe gespeichert</translation>
    </message>
    <message>
        <source>Checking the customer PO…</source>
        <translation>Kunden-PO wird geprüft…</translation>
    </message>
    <message>
        <source>%1 – %2, %3, %4</source>
        <translation>%1 – %2, %3, %4</translation>
    </message>
    <message>
        <source>Customer PO already used</source>
        <translation>Kunden-PO bereits verwendet</translation>
    </message>
    <message>
        <source>%1

Place it anyway only if this is really a second order with the same PO. Nothing has been sent yet.</source>
        <translation>%1

Erteilen Sie ihn nur dann trotzdem, wenn es wirklich ein zweiter Auftrag mit derselben PO ist. Es wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Place anyway</source>
        <translation>&amp;Trotzdem erteilen</translation>
    </message>
    <message>
        <source>&amp;Do not place</source>
        <translation>&amp;Nicht erteilen</translation>
    </message>
</context>
<context>
    <name>OrdersSearchCommand</name>
    <message>
        <source>Searches orders. Filters combine: an order must match all of them.</source>
        <translation>Sucht Aufträge. Filter werden kombiniert: Ein Auftrag muss alle erfüllen.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Ingram Micro order number.</source>
        <translation>Ingram-Micro-Auftragsnummer.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Order status; repeat for several (any of them matches). One of %1.</source>
        <translation>Auftragsstatus; für mehrere wiederholen (jeder davon passt). Einer von %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer order (PO) number.</source>
        <translation>Kundenbestellnummer (PO).</translation>
    </message>
    <message>
        <source>End customer order number.</source>
        <translation>Bestellnummer des Endkunden.</translation>
    </message>
    <message>
        <source>Ordered on this day (YYYY-MM-DD).</source>
        <translation>An diesem Tag bestellt (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Ordered on or after this day; needs --order-date-to.</source>
        <translation>An oder nach diesem Tag bestellt; erfordert --order-date-to.</translation>
    </message>
    <message>
        <source>Ordered on or before this day; needs --order-date-from.</source>
        <translation>An oder vor diesem Tag bestellt; erfordert --order-date-from.</translation>
    </message>
    <message>
        <source>Invoiced on or after this day; needs --invoice-date-to.</source>
        <translation>An oder nach diesem Tag fakturiert; erfordert --invoice-date-to.</translation>
    </message>
    <message>
        <source>Invoiced on or before this day.</source>
        <translation>An oder vor diesem Tag fakturiert.</translation>
    </message>
    <message>
        <source>Shipped on or after this day; needs --ship-date-to.</source>
        <translation>An oder nach diesem Tag versandt; erfordert --ship-date-to.</translation>
    </message>
    <message>
        <source>Shipped on or before this day.</source>
        <translation>An oder vor diesem Tag versandt.</translation>
    </message>
    <message>
        <source>Delivered on or after this day; needs --delivery-date-to.</source>
        <translation>An oder nach diesem Tag geliefert; erfordert --delivery-date-to.</translation>
    </message>
    <message>
        <source>Delivered on or before this day.</source>
        <translation>An oder vor diesem Tag geliefert.</translation>
    </message>
    <message>
        <source>Ingram Micro part number (SKU).</source>
        <translation>Ingram-Micro-Artikelnummer (SKU).</translation>
    </message>
    <message>
        <source>Vendor part number.</source>
        <translation>Hersteller-Artikelnummer.</translation>
    </message>
    <message>
        <source>Serial number of a shipped unit.</source>
        <translation>Seriennummer eines versandten Geräts.</translation>
    </message>
    <message>
        <source>Tracking number of a package.</source>
        <translation>Sendungsnummer eines Pakets.</translation>
    </message>
    <message>
        <source>Vendor name.</source>
        <translation>Herstellername.</translation>
    </message>
    <message>
        <source>Special bid number.</source>
        <translation>Special-Bid-Nummer.</translation>
    </message>
    <message>
        <source>Orders per page, 1 to %1 (default %2; %1 with --all-pages).</source>
        <translation>Aufträge pro Seite, 1 bis %1 (Standard %2; %1 mit --all-pages).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Page number, from 1 (default 1).</source>
        <translation>Seitennummer, ab 1 (Standard 1).</translation>
    </message>
    <message>
        <source>Fetches every page from --page on and prints them as one.</source>
        <translation>Ruft alle Seiten ab --page ab und gibt sie zusammen aus.</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD; a date range needs both its -from and its -to option.
Table and CSV list one order per row; JSON is the API&apos;s search page. The paging summary goes to stderr, so stdout holds only the result.
A search that finds nothing prints an empty result and exits 0.</source>
        <translation>Datumsangaben im Format JJJJ-MM-TT; ein Zeitraum benötigt sowohl die -from- als auch die -to-Option.
Tabelle und CSV enthalten einen Auftrag pro Zeile; JSON ist die Suchseite der API. Die Seitenübersicht geht auf stderr, sodass stdout nur das Ergebnis enthält.
Eine Suche ohne Treffer gibt ein leeres Ergebnis aus und endet mit 0.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; filters are options, e.g. --customer-po %1.</source>
        <translation>Unerwartetes Argument „%1“; Filter sind Optionen, z. B. --customer-po %1.</translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot; for --%2; use YYYY-MM-DD.</source>
        <translation>Ungültiges Datum „%1“ für --%2; verwenden Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Unknown order status &quot;%1&quot; for --status; use one of %2.</source>
        <translation>Unbekannter Auftragsstatus „%1“ für --status; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>--page-size needs a whole number, not &quot;%1&quot;.</source>
        <translation>--page-size benötigt eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>--page needs a whole number, not &quot;%1&quot;.</source>
        <translation>--page benötigt eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>AUFTRAG</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>CUSTOMER PO</source>
        <translation>KUNDEN-PO</translation>
    </message>
    <message>
        <source>VENDOR SO</source>
        <translation>HERST.-AUFTRAG</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>HERSTELLER</translation>
    </message>
    <message>
        <source>END USER</source>
        <translation>ENDKUNDE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>SUB-ORDERS</source>
        <translation>TEILAUFTRÄGE</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) found.</source>
        <translation>
            <numerusform>%n Auftrag gefunden.</numerusform>
            <numerusform>%n Aufträge gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2; %n order(s) found.</source>
        <translation>
            <numerusform>Seite %1 von %2; %n Auftrag gefunden.</numerusform>
            <numerusform>Seite %1 von %2; %n Aufträge gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use --page %1 for the next page, or --all-pages.</source>
        <translation>Verwenden Sie --page %1 für die nächste Seite oder --all-pages.</translation>
    </message>
</context>
<context>
    <name>OrdersShowCommand</name>
    <message>
        <source>Shows one order: header, addresses, lines, shipments with tracking and serial numbers.</source>
        <translation>Zeigt einen Auftrag: Kopfdaten, Adressen, Positionen, Sendungen mit Sendungs- und Seriennummern.</translation>
    </message>
    <message>
        <source>The order&apos;s date (YYYY-MM-DD), when the number alone is ambiguous.</source>
        <translation>Das Auftragsdatum (JJJJ-MM-TT), wenn die Nummer allein nicht eindeutig ist.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Vendor number.</source>
        <translation>Herstellernummer.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Sandbox profiles only: answer as if the order had this status; one of %1.</source>
        <translation>Nur Sandbox-Profile: so antworten, als hätte der Auftrag diesen Status; einer von %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sandbox profiles only: the region to answer for.</source>
        <translation>Nur Sandbox-Profile: die Region, für die geantwortet wird.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Sandbox profiles only: ask for the IML (Ingram Micro Latin America) form of the order.</source>
        <translation>Nur Sandbox-Profile: die IML-Form (Ingram Micro Lateinamerika) des Auftrags anfordern.</translation>
    </message>
    <message>
        <source>With --format json: print the API&apos;s answer exactly as received.</source>
        <translation>Mit --format json: die Antwort der API genau so ausgeben, wie sie empfangen wurde.</translation>
    </message>
    <message>
        <source>The Ingram Micro order number.</source>
        <translation>Die Ingram-Micro-Auftragsnummer.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>Sandbox-only parameters are never sent to a production profile.
CSV lists one row per order line, with its tracking and serial numbers.</source>
        <translation>Reine Sandbox-Parameter werden nie an ein Produktionsprofil gesendet.
CSV enthält eine Zeile pro Auftragsposition mit ihren Sendungs- und Seriennummern.</translation>
    </message>
    <message>
        <source>Give the order number: orders show NUMBER.</source>
        <translation>Geben Sie die Auftragsnummer an: orders show NUMMER.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; orders show takes one order number.</source>
        <translation>Unerwartetes Argument „%1“; orders show erwartet genau eine Auftragsnummer.</translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot; for --order-date; use YYYY-MM-DD.</source>
        <translation>Ungültiges Datum „%1“ für --order-date; verwenden Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Note: --simulate-status, --region-code and --iml are left out: the profile &quot;%1&quot; is not a sandbox.</source>
        <translation>Hinweis: --simulate-status, --region-code und --iml werden ignoriert: Das Profil „%1“ ist keine Sandbox.</translation>
    </message>
    <message>
        <source>Note: --raw applies to --format json only.</source>
        <translation>Hinweis: --raw gilt nur für --format json.</translation>
    </message>
</context>
<context>
    <name>PendingOrder</name>
    <message>
        <source>Waiting for the order</source>
        <translation>Warten auf den Auftrag</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>PendingOrderStore</name>
    <message>
        <source>The pending orders file %1 cannot be read: %2</source>
        <translation>Die Datei der ausstehenden Aufträge %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The pending orders file %1 is damaged: %2</source>
        <translation>Die Datei der ausstehenden Aufträge %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The pending orders cannot be saved to %1: %2</source>
        <translation>Die ausstehenden Aufträge können nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 It was kept as %2.</source>
        <translation>%1 Sie wurde als %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>PendingOrderTracker</name>
    <message>
        <source>Placed as %1</source>
        <translation>Erteilt als %1</translation>
    </message>
    <message numerus="yes">
        <source>Not found after %n minute(s)</source>
        <translation>
            <numerusform>Nach %n Minute nicht gefunden</numerusform>
            <numerusform>Nach %n Minuten nicht gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingOrdersModel</name>
    <message>
        <source>(answer lost)</source>
        <translation>(Antwort verloren)</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Double-click to open the order</source>
        <translation>Doppelklicken, um den Auftrag zu öffnen</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Kunden-PO</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Order numbers</source>
        <translation>Auftragsnummern</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Nächste Prüfung</translation>
    </message>
</context>
<context>
    <name>PendingOrdersView</name>
    <message>
        <source>Orders placed through the v7 API are confirmed first and created a little later. ResellerDesk searches for each one by its customer PO until it appears.</source>
        <translation>Über die v7-API erteilte Aufträge werden zuerst bestätigt und etwas später angelegt. ResellerDesk sucht jeden anhand seiner Kunden-PO, bis er erscheint.</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Search for the selected order now</source>
        <translation>Jetzt nach dem ausgewählten Auftrag suchen</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>Auftrag ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the order the selected entry turned into</source>
        <translation>Den Auftrag öffnen, zu dem der ausgewählte Eintrag geworden ist</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Stop tracking the selected entry; the order itself is not affected</source>
        <translation>Den ausgewählten Eintrag nicht mehr verfolgen; der Auftrag selbst bleibt unberührt</translation>
    </message>
    <message>
        <source>Pending orders</source>
        <translation>Ausstehende Aufträge</translation>
    </message>
    <message>
        <source>No pending orders. Orders placed through the v7 API show up here until they are found.</source>
        <translation>Keine ausstehenden Aufträge. Über die v7-API erteilte Aufträge erscheinen hier, bis sie gefunden werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching for customer PO %1…</source>
        <translation>Kunden-PO %1 wird gesucht…</translation>
    </message>
    <message>
        <source>Customer PO %1 is no longer tracked.</source>
        <translation>Kunden-PO %1 wird nicht mehr verfolgt.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Sprache und Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of the application; numbers, dates and amounts follow it</source>
        <translation>Die Sprache der Anwendung; Zahlen, Datumsangaben und Beträge richten sich danach</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Order &amp;API version for new profiles:</source>
        <translation>Auftrags-API-Version für neue &amp;Profile:</translation>
    </message>
    <message>
        <source>v6 places orders synchronously; v7 confirms first and the order appears later</source>
        <translation>v6 erteilt Aufträge synchron; v7 bestätigt zuerst, und der Auftrag erscheint später</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for an answer before a request counts as failed</source>
        <translation>Wie lange auf eine Antwort gewartet wird, bevor eine Anfrage als fehlgeschlagen gilt</translation>
    </message>
    <message>
        <source>Request &amp;log keeps:</source>
        <translation>Anfrageprotokoll &amp;behält:</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <source>The oldest requests leave the request log when it is full</source>
        <translation>Die ältesten Anfragen werden aus dem Anfrageprotokoll entfernt, wenn es voll ist</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>v6 (synchronous)</source>
        <translation>v6 (synchron)</translation>
    </message>
    <message>
        <source>v7 (asynchronous)</source>
        <translation>v7 (asynchron)</translation>
    </message>
</context>
<context>
    <name>ProfileSecretSource</name>
    <message>
        <source>No client secret is available for the profile &quot;%1&quot;.</source>
        <translation>Für das Profil „%1“ ist kein Client-Secret verfügbar.</translation>
    </message>
    <message>
        <source>No client secret is stored for the profile &quot;%1&quot;. Enter it in the connection profiles.</source>
        <translation>Für das Profil „%1“ ist kein Client-Secret gespeichert. Geben Sie es in den Verbindungsprofilen ein.</translation>
    </message>
    <message>
        <source>The client secret of the profile &quot;%1&quot; could not be read. %2</source>
        <translation>Das Client-Secret des Profils „%1“ konnte nicht gelesen werden. %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>No secret store is configured; the client secret could not be removed.</source>
        <translation>Es ist kein Secret-Speicher konfiguriert; das Client-Secret konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Ein Profil hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation>Das ausgewählte Profil duplizieren</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Das ausgewählte Profil entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>For example: Acme production</source>
        <translation>Zum Beispiel: Acme Produktion</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Production: orders placed with this profile are real orders.</source>
        <translation>Produktion: Mit diesem Profil erteilte Aufträge sind echte Aufträge.</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>https://host:443</source>
        <translation>https://host:443</translation>
    </message>
    <message>
        <source>&amp;Customer number:</source>
        <translation>&amp;Kundennummer:</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>For example: 20-222222</source>
        <translation>Zum Beispiel: 20-222222</translation>
    </message>
    <message>
        <source>C&amp;ountry code:</source>
        <translation>&amp;Ländercode:</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>For example: US</source>
        <translation>Zum Beispiel: DE</translation>
    </message>
    <message>
        <source>Se&amp;nder ID:</source>
        <translation>Sende&amp;r-ID:</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation>Sender-ID</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Customer contact &amp;e-mail:</source>
        <translation>Kontakt-E-&amp;Mail des Kunden:</translation>
    </message>
    <message>
        <source>Customer contact e-mail</source>
        <translation>Kontakt-E-Mail des Kunden</translation>
    </message>
    <message>
        <source>Optional; needed for quotes</source>
        <translation>Optional; für Angebote erforderlich</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>From your API application</source>
        <translation>Aus Ihrer API-Anwendung</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Client-Secret:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Problem mit dem Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry the system keychain</source>
        <translation>Schlüsselbund des Systems erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation>Nur für diese &amp;Sitzung behalten</translation>
    </message>
    <message>
        <source>Keep the client secret for this session only</source>
        <translation>Das Client-Secret nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>C&amp;ancel test</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Den Verbindungstest abbrechen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a settings file.</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Das Profil speichern</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Discard changes to the profile</source>
        <translation>Änderungen am Profil verwerfen</translation>
    </message>
    <message>
        <source>The profile and its client secret were removed.</source>
        <translation>Das Profil und sein Client-Secret wurden entfernt.</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1, %2 environment</source>
        <translation>%1, Umgebung %2</translation>
    </message>
    <message>
        <source>Production: real orders</source>
        <translation>Produktion: echte Aufträge</translation>
    </message>
    <message>
        <source>The client secret of the original profile is copied when you save, unless you enter another.</source>
        <translation>Das Client-Secret des ursprünglichen Profils wird beim Speichern kopiert, sofern Sie kein anderes eingeben.</translation>
    </message>
    <message>
        <source>Started by ResellerDesk on this computer</source>
        <translation>Von ResellerDesk auf diesem Computer gestartet</translation>
    </message>
    <message>
        <source>Remove the spaces at the start or end; they are usually left over from copying.</source>
        <translation>Entfernen Sie die Leerzeichen am Anfang oder Ende; sie stammen meist vom Kopieren.</translation>
    </message>
    <message>
        <source>The client secret cannot contain control characters.</source>
        <translation>Das Client-Secret darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Stored in the system keychain when you save.</source>
        <translation>Wird beim Speichern im Schlüsselbund des Systems abgelegt.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Schlüsselbund des Systems wird geprüft…</translation>
    </message>
    <message>
        <source>A client secret is stored in the system keychain. Type a new one to replace it.</source>
        <translation>Im Schlüsselbund des Systems ist ein Client-Secret gespeichert. Geben Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>No client secret is stored yet. It is stored in the system keychain when you save.</source>
        <translation>Es ist noch kein Client-Secret gespeichert. Es wird beim Speichern im Schlüsselbund des Systems abgelegt.</translation>
    </message>
    <message>
        <source>Kept in memory for this session only; it is not stored anywhere.</source>
        <translation>Nur für diese Sitzung im Arbeitsspeicher gehalten; es wird nirgends gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The offline sandbox uses its built-in secret; nothing is stored.</source>
        <translation>Die Offline-Sandbox verwendet ihr integriertes Secret; es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(gespeichert)</translation>
    </message>
    <message>
        <source>Whether a client secret is stored could not be checked. %1</source>
        <translation>Es konnte nicht geprüft werden, ob ein Client-Secret gespeichert ist. %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its client secret is removed from the system keychain too. This cannot be undone.</source>
        <translation>Sein Client-Secret wird ebenfalls aus dem Schlüsselbund des Systems entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <source>Storing the client secret in the system keychain…</source>
        <translation>Client-Secret wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Saved. The client secret is stored in the system keychain.</source>
        <translation>Gespeichert. Das Client-Secret ist im Schlüsselbund des Systems abgelegt.</translation>
    </message>
    <message>
        <source>The profile was saved, but its client secret was not: %1</source>
        <translation>Das Profil wurde gespeichert, sein Client-Secret jedoch nicht: %1</translation>
    </message>
    <message>
        <source>The client secret of the original profile could not be read, so the copy has none yet: %1</source>
        <translation>Das Client-Secret des ursprünglichen Profils konnte nicht gelesen werden, daher hat die Kopie noch keines: %1</translation>
    </message>
    <message>
        <source>The client secret is kept in memory for this session only. Enter it again after restarting ResellerDesk.</source>
        <translation>Das Client-Secret wird nur für diese Sitzung im Arbeitsspeicher gehalten. Geben Sie es nach einem Neustart von ResellerDesk erneut ein.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has unsaved changes.</source>
        <translation>Das Profil „%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them before you continue?</source>
        <translation>Möchten Sie sie speichern, bevor Sie fortfahren?</translation>
    </message>
    <message>
        <source>They cannot be saved until the marked fields are corrected. Discard them?</source>
        <translation>Sie können erst gespeichert werden, wenn die markierten Felder korrigiert sind. Verwerfen?</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>✔ %1 (%2 ms)</source>
        <translation>✔ %1 (%2 ms)</translation>
    </message>
    <message>
        <source>✘ Test failed: %1</source>
        <translation>✘ Test fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>✘ Test failed: %1
%2</source>
        <translation>✘ Test fehlgeschlagen: %1
%2</translation>
    </message>
    <message>
        <source>The profile was removed, but its client secret could not be removed from the system keychain. ResellerDesk tries again at the next start. Reason: %1</source>
        <translation>Das Profil wurde entfernt, sein Client-Secret konnte jedoch nicht aus dem Schlüsselbund des Systems entfernt werden. ResellerDesk versucht es beim nächsten Start erneut. Grund: %1</translation>
    </message>
    <message>
        <source>New &amp;orders use:</source>
        <translation>Neue Aufträ&amp;ge über:</translation>
    </message>
    <message>
        <source>Order API version of new orders</source>
        <translation>API-Version für neue Aufträge</translation>
    </message>
    <message>
        <source>v6 answers with the order at once; v7 only confirms it and the order appears a little later. Each order can still choose the other one.</source>
        <translation>v6 antwortet sofort mit dem Auftrag; v7 bestätigt ihn nur, und der Auftrag erscheint etwas später. Jeder Auftrag kann trotzdem die andere Version wählen.</translation>
    </message>
    <message>
        <source>&amp;Quote orders through:</source>
        <translation>Aufträge aus Angeb&amp;oten über:</translation>
    </message>
    <message>
        <source>Quote orders through</source>
        <translation>Aufträge aus Angeboten über</translation>
    </message>
    <message>
        <source>Which endpoint places an order from a quote: v7 create with the quote number, or the v6 quote-to-order endpoint.</source>
        <translation>Welcher Endpunkt einen Auftrag aus einem Angebot erteilt: v7-Anlegen mit der Angebotsnummer oder der v6-Endpunkt Quote-to-Order.</translation>
    </message>
    <message>
        <source>v6 (synchronous)</source>
        <translation>v6 (synchron)</translation>
    </message>
    <message>
        <source>v7 (asynchronous)</source>
        <translation>v7 (asynchron)</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
</context>
<context>
    <name>QuoteJobs</name>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>the answer has no quotes list</source>
        <translation>die Antwort enthält keine Angebotsliste</translation>
    </message>
    <message>
        <source>the answer has no quote number</source>
        <translation>die Antwort enthält keine Angebotsnummer</translation>
    </message>
    <message>
        <source>the answer is not a quote validation</source>
        <translation>die Antwort ist keine Angebotsprüfung</translation>
    </message>
</context>
<context>
    <name>QuoteOrderDraft</name>
    <message>
        <source>The file is not a draft of an order from a quote.</source>
        <translation>Die Datei ist kein Entwurf eines Auftrags aus einem Angebot.</translation>
    </message>
    <message>
        <source>The draft has format version %1, which this version of ResellerDesk cannot read.</source>
        <translation>Der Entwurf hat die Formatversion %1, die diese Version von ResellerDesk nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>QuoteOrderDraftStore</name>
    <message>
        <source>There is no draft of an order from a quote.</source>
        <translation>Es gibt keinen Entwurf eines Auftrags aus einem Angebot.</translation>
    </message>
    <message>
        <source>The draft file cannot be opened: %1</source>
        <translation>Die Entwurfsdatei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a draft.</source>
        <translation>Die Datei ist zu groß für einen Entwurf.</translation>
    </message>
    <message>
        <source>The draft file %1 is damaged: %2</source>
        <translation>Die Entwurfsdatei %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The draft belongs to another profile.</source>
        <translation>Der Entwurf gehört zu einem anderen Profil.</translation>
    </message>
    <message>
        <source>The draft has no profile.</source>
        <translation>Der Entwurf hat kein Profil.</translation>
    </message>
    <message>
        <source>The drafts folder %1 cannot be created.</source>
        <translation>Der Entwurfsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The draft cannot be written: %1</source>
        <translation>Der Entwurf kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The draft cannot be removed: %1</source>
        <translation>Der Entwurf kann nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>QuoteOrderHeaderPage</name>
    <message>
        <source>Order header</source>
        <translation>Auftragskopf</translation>
    </message>
    <message>
        <source>Your order numbers, notes and where the order goes. Lines and prices come from the quote.</source>
        <translation>Ihre Auftragsnummern, Anmerkungen und wohin der Auftrag geht. Positionen und Preise stammen aus dem Angebot.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Customer &amp;PO:</source>
        <translation>Kunden-&amp;PO:</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Kunden-PO</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>&amp;End-customer PO:</source>
        <translation>&amp;Endkunden-PO:</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>Endkunden-PO</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Bill-to address ID:</source>
        <translation>&amp;Rechnungsadress-ID:</translation>
    </message>
    <message>
        <source>Bill-to address ID</source>
        <translation>Rechnungsadress-ID</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>A&amp;nmerkungen:</translation>
    </message>
    <message>
        <source>Order notes</source>
        <translation>Anmerkungen zum Auftrag</translation>
    </message>
    <message>
        <source>End user (optional)</source>
        <translation>Endkunde (optional)</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>Firm&amp;a:</translation>
    </message>
    <message>
        <source>End user company</source>
        <translation>Firma des Endkunden</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>End user contact</source>
        <translation>Kontakt des Endkunden</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Straße:</translation>
    </message>
    <message>
        <source>End user address line 1</source>
        <translation>Endkunde, Adresszeile 1</translation>
    </message>
    <message>
        <source>Street (2):</source>
        <translation>Straße (2):</translation>
    </message>
    <message>
        <source>End user address line 2</source>
        <translation>Endkunde, Adresszeile 2</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>End user city</source>
        <translation>Ort des Endkunden</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Bundesland:</translation>
    </message>
    <message>
        <source>End user state</source>
        <translation>Bundesland des Endkunden</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Postleitzahl:</translation>
    </message>
    <message>
        <source>End user postal code</source>
        <translation>Postleitzahl des Endkunden</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>End user country code</source>
        <translation>Ländercode des Endkunden</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>End user phone</source>
        <translation>Telefon des Endkunden</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>End user e-mail</source>
        <translation>E-Mail des Endkunden</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Lieferung an</translation>
    </message>
    <message>
        <source>Address &amp;ID:</source>
        <translation>Adress-&amp;ID:</translation>
    </message>
    <message>
        <source>Ship-to address ID</source>
        <translation>Lieferadress-ID</translation>
    </message>
    <message>
        <source>Or fill in an address below</source>
        <translation>Oder geben Sie unten eine Adresse ein</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Ship-to company</source>
        <translation>Firma der Lieferadresse</translation>
    </message>
    <message>
        <source>Ship-to contact</source>
        <translation>Kontakt der Lieferadresse</translation>
    </message>
    <message>
        <source>Ship-to address line 1</source>
        <translation>Lieferadresse, Adresszeile 1</translation>
    </message>
    <message>
        <source>Ship-to address line 2</source>
        <translation>Lieferadresse, Adresszeile 2</translation>
    </message>
    <message>
        <source>Street (3):</source>
        <translation>Straße (3):</translation>
    </message>
    <message>
        <source>Ship-to address line 3</source>
        <translation>Lieferadresse, Adresszeile 3</translation>
    </message>
    <message>
        <source>Ship-to city</source>
        <translation>Ort der Lieferadresse</translation>
    </message>
    <message>
        <source>Ship-to state</source>
        <translation>Bundesland der Lieferadresse</translation>
    </message>
    <message>
        <source>Ship-to postal code</source>
        <translation>Postleitzahl der Lieferadresse</translation>
    </message>
    <message>
        <source>Ship-to country code</source>
        <translation>Ländercode der Lieferadresse</translation>
    </message>
    <message>
        <source>Ship-to phone</source>
        <translation>Telefon der Lieferadresse</translation>
    </message>
    <message>
        <source>Ship-to e-mail</source>
        <translation>E-Mail der Lieferadresse</translation>
    </message>
</context>
<context>
    <name>QuoteOrderHtml</name>
    <message>
        <source>None given.</source>
        <translation>Keine Angabe.</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Angebot %1</translation>
    </message>
    <message>
        <source>Quote %1 — %2</source>
        <translation>Angebot %1 — %2</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>Kein Ablaufdatum</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Vendor quote</source>
        <translation>Hersteller-Angebot</translation>
    </message>
    <message>
        <source>Special bid</source>
        <translation>Special Bid</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Endkunde</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Gesamtpreis</translation>
    </message>
    <message>
        <source>Quote total</source>
        <translation>Angebotssumme</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>Fracht</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Purchase instructions</source>
        <translation>Bestellhinweise</translation>
    </message>
    <message>
        <source>Legal terms</source>
        <translation>Rechtliche Bedingungen</translation>
    </message>
    <message>
        <source>Order from quote %1</source>
        <translation>Auftrag aus Angebot %1</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Kunden-PO</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>Endkunden-PO</translation>
    </message>
    <message>
        <source>Bill-to address ID</source>
        <translation>Rechnungsadress-ID</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Lieferung an</translation>
    </message>
    <message>
        <source>The account&apos;s default address</source>
        <translation>Die Standardadresse des Kontos</translation>
    </message>
    <message>
        <source>Address ID %1</source>
        <translation>Adress-ID %1</translation>
    </message>
    <message>
        <source>Vendor fields</source>
        <translation>Herstellerfelder</translation>
    </message>
    <message>
        <source>Lines (prices come from the quote)</source>
        <translation>Positionen (Preise stammen aus dem Angebot)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Quote total: %1</source>
        <translation>Angebotssumme: %1</translation>
    </message>
</context>
<context>
    <name>QuoteOrderLauncher</name>
    <message>
        <source>Order from Quote</source>
        <translation>Auftrag aus Angebot</translation>
    </message>
    <message>
        <source>An order from quote %1 was left unfinished on %2. Resume it where you left it?</source>
        <translation>Ein Auftrag aus Angebot %1 wurde am %2 unvollendet gelassen. Dort fortsetzen, wo Sie aufgehört haben?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>The kept order from a quote cannot be read: %1</source>
        <translation>Der aufbewahrte Auftrag aus einem Angebot kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>QuoteOrderResultPage</name>
    <message>
        <source>Placing the order</source>
        <translation>Auftrag wird erteilt</translation>
    </message>
    <message>
        <source>The order is sent once. If its answer is lost, ResellerDesk searches for it instead of sending it again.</source>
        <translation>Der Auftrag wird einmal gesendet. Geht die Antwort verloren, sucht ResellerDesk nach ihm, statt ihn erneut zu senden.</translation>
    </message>
    <message>
        <source>&amp;Stop Waiting</source>
        <translation>Warten &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Place anyway</source>
        <translation>&amp;Trotzdem erteilen</translation>
    </message>
    <message>
        <source>&amp;Do not place</source>
        <translation>&amp;Nicht erteilen</translation>
    </message>
    <message>
        <source>Order result</source>
        <translation>Ergebnis des Auftrags</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>C&amp;orrect the Order</source>
        <translation>Auftrag &amp;korrigieren</translation>
    </message>
    <message numerus="yes">
        <source>Customer PO %1 is already used by %n order(s): %2. Place this order anyway?</source>
        <translation>
            <numerusform>Kunden-PO %1 wird bereits von %n Auftrag verwendet: %2. Diesen Auftrag trotzdem erteilen?</numerusform>
            <numerusform>Kunden-PO %1 wird bereits von %n Aufträgen verwendet: %2. Diesen Auftrag trotzdem erteilen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Kunden-PO</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Order number(s)</source>
        <translation>Auftragsnummer(n)</translation>
    </message>
    <message>
        <source>Confirmation number</source>
        <translation>Bestätigungsnummer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refused fields</source>
        <translation>Abgelehnte Felder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>listed under Pending orders; ResellerDesk searches customer PO %1 until the order appears.</source>
        <translation>unter „Ausstehende Aufträge“ aufgeführt; ResellerDesk sucht nach Kunden-PO %1, bis der Auftrag erscheint.</translation>
    </message>
    <message>
        <source>Search customer PO %1 in Orders to find the order once it appears.</source>
        <translation>Suchen Sie unter „Aufträge“ nach Kunden-PO %1, um den Auftrag zu finden, sobald er erscheint.</translation>
    </message>
</context>
<context>
    <name>QuoteReviewPage</name>
    <message>
        <source>Review the order</source>
        <translation>Auftrag prüfen</translation>
    </message>
    <message>
        <source>This is what will be sent. Placing the order spends money: check it before you go on.</source>
        <translation>Dies wird gesendet. Die Auftragserteilung kostet Geld: Prüfen Sie den Auftrag, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Order summary</source>
        <translation>Auftragsübersicht</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Body der Anfrage</translation>
    </message>
    <message>
        <source>Show Request &amp;Body</source>
        <translation>Anfrage-&amp;Body anzeigen</translation>
    </message>
    <message>
        <source>&amp;Place Order</source>
        <translation>Auftrag &amp;erteilen</translation>
    </message>
    <message>
        <source>This order was sent before and may have been placed.</source>
        <translation>Dieser Auftrag wurde bereits gesendet und möglicherweise erteilt.</translation>
    </message>
    <message>
        <source>Placing it again first searches customer PO %1 and asks before a second order is placed. %2</source>
        <translation>Beim erneuten Erteilen wird zuerst nach Kunden-PO %1 gesucht und nachgefragt, bevor ein zweiter Auftrag erteilt wird. %2</translation>
    </message>
</context>
<context>
    <name>QuoteSearchQuery</name>
    <message numerus="yes">
        <source>%1 may have at most %n characters.</source>
        <translation>
            <numerusform>%1 darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>%1 darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The create date range contains an invalid date.</source>
        <translation>Der Zeitraum des Erstellungsdatums enthält ein ungültiges Datum.</translation>
    </message>
    <message>
        <source>The create date range needs a start and an end date.</source>
        <translation>Der Zeitraum des Erstellungsdatums benötigt ein Start- und ein Enddatum.</translation>
    </message>
    <message>
        <source>The create date range starts after it ends.</source>
        <translation>Der Zeitraum des Erstellungsdatums beginnt nach seinem Ende.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>Die Seitengröße muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The page number must be 1 or more.</source>
        <translation>Die Seitennummer muss 1 oder größer sein.</translation>
    </message>
</context>
<context>
    <name>QuoteSelectPage</name>
    <message>
        <source>Choose the quote</source>
        <translation>Angebot auswählen</translation>
    </message>
    <message>
        <source>Search the account&apos;s quotes or type a quote number. Only a quote that is ready to order can become an order.</source>
        <translation>Durchsuchen Sie die Angebote des Kontos oder geben Sie eine Angebotsnummer ein. Nur ein bestellbereites Angebot kann zu einem Auftrag werden.</translation>
    </message>
    <message>
        <source>&amp;Quote number:</source>
        <translation>&amp;Angebotsnummer:</translation>
    </message>
    <message>
        <source>e.g. QUO-10926-Y8G1B3</source>
        <translation>z. B. QUO-10926-Y8G1B3</translation>
    </message>
    <message>
        <source>Quote number to open</source>
        <translation>Zu öffnende Angebotsnummer</translation>
    </message>
    <message>
        <source>Sho&amp;w Quote</source>
        <translation>Angebot anzei&amp;gen</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <translation>Angebote suchen</translation>
    </message>
    <message>
        <source>N&amp;umber contains:</source>
        <translation>Nummer &amp;enthält:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <source>Special &amp;bid:</source>
        <translation>Special B&amp;id:</translation>
    </message>
    <message>
        <source>End-user &amp;contact:</source>
        <translation>Endkunden-&amp;Kontakt:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>C&amp;reated between</source>
        <translation>E&amp;rstellt zwischen</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>Quotes found</source>
        <translation>Gefundene Angebote</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>Ne&amp;xt Page</source>
        <translation>Nächste &amp;Seite</translation>
    </message>
    <message>
        <source>Quote details</source>
        <translation>Angebotsdetails</translation>
    </message>
    <message>
        <source>Choose a quote to see its details.</source>
        <translation>Wählen Sie ein Angebot aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Endkunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Quote search needs the customer contact e-mail of the profile “%1”.</source>
        <translation>Die Angebotssuche benötigt die Kontakt-E-Mail des Kunden aus dem Profil „%1“.</translation>
    </message>
    <message>
        <source>Add it under File → Connection Profiles… (Customer contact e-mail). You can still open a quote by its number.</source>
        <translation>Tragen Sie sie unter Datei → Verbindungsprofile… ein (Kontakt-E-Mail des Kunden). Sie können ein Angebot weiterhin über seine Nummer öffnen.</translation>
    </message>
    <message>
        <source>Quotes cannot be searched without the customer contact e-mail of the profile.</source>
        <translation>Ohne die Kontakt-E-Mail des Kunden aus dem Profil können keine Angebote gesucht werden.</translation>
    </message>
    <message>
        <source>Add it under File → Connection Profiles… (Customer contact e-mail), or open a quote by its number.</source>
        <translation>Tragen Sie sie unter Datei → Verbindungsprofile… ein (Kontakt-E-Mail des Kunden), oder öffnen Sie ein Angebot über seine Nummer.</translation>
    </message>
    <message>
        <source>No quotes match these filters.</source>
        <translation>Keine Angebote entsprechen diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s), page %1 of %2</source>
        <translation>
            <numerusform>%n Angebot, Seite %1 von %2</numerusform>
            <numerusform>%n Angebote, Seite %1 von %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading quote %1…</source>
        <translation>Angebot %1 wird geladen…</translation>
    </message>
</context>
<context>
    <name>QuoteStatus</name>
    <message>
        <source>Quote %1 expired on %2 and can no longer be ordered. Ask for a new revision of the quote.</source>
        <translation>Angebot %1 ist am %2 abgelaufen und kann nicht mehr bestellt werden. Fordern Sie eine neue Revision des Angebots an.</translation>
    </message>
    <message>
        <source>Quote %1 has expired and can no longer be ordered. Ask for a new revision of the quote.</source>
        <translation>Angebot %1 ist abgelaufen und kann nicht mehr bestellt werden. Fordern Sie eine neue Revision des Angebots an.</translation>
    </message>
    <message>
        <source>Quote %1 has no status and cannot be ordered.</source>
        <translation>Angebot %1 hat keinen Status und kann nicht bestellt werden.</translation>
    </message>
    <message>
        <source>Quote %1 is “%2”; only a quote that is ready to order can be turned into an order.</source>
        <translation>Angebot %1 hat den Status „%2“; nur ein bestellbereites Angebot kann in einen Auftrag umgewandelt werden.</translation>
    </message>
</context>
<context>
    <name>QuoteToOrderRequest</name>
    <message>
        <source>At most %1 characters, not %2.</source>
        <translation>Höchstens %1 Zeichen, nicht %2.</translation>
    </message>
    <message>
        <source>A two-letter country code such as US.</source>
        <translation>Ein zweistelliger Ländercode wie DE.</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>Keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 is required by the vendor.</source>
        <translation>%1 wird vom Hersteller verlangt.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer der folgenden Werte sein: %2.</translation>
    </message>
    <message>
        <source>The quote number is required.</source>
        <translation>Die Angebotsnummer ist erforderlich.</translation>
    </message>
    <message>
        <source>The customer PO is required.</source>
        <translation>Die Kunden-PO ist erforderlich.</translation>
    </message>
    <message>
        <source>A ship-to address needs a street, a city, a postal code and a country.</source>
        <translation>Eine Lieferadresse benötigt Straße, Ort, Postleitzahl und Land.</translation>
    </message>
    <message>
        <source>The quantity must not be negative.</source>
        <translation>Die Menge darf nicht negativ sein.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n can be ordered from this quote line.</source>
        <translation>
            <numerusform>Aus dieser Angebotsposition kann höchstens %n Stück bestellt werden.</numerusform>
            <numerusform>Aus dieser Angebotsposition können höchstens %n Stück bestellt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteToOrderWizard</name>
    <message>
        <source>Order from Quote</source>
        <translation>Auftrag aus Angebot</translation>
    </message>
    <message>
        <source>POST %1 (v6 quote to order)</source>
        <translation>POST %1 (v6 Quote-to-Order)</translation>
    </message>
    <message>
        <source>POST %1 (v7 order with the quote number)</source>
        <translation>POST %1 (v7-Auftrag mit der Angebotsnummer)</translation>
    </message>
    <message>
        <source>Drafts are not kept here.</source>
        <translation>Entwürfe werden hier nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>QuoteValidatePage</name>
    <message>
        <source>Vendor fields</source>
        <translation>Herstellerfelder</translation>
    </message>
    <message>
        <source>The vendor checks the quote and names the fields it needs before the quote can be ordered.</source>
        <translation>Der Hersteller prüft das Angebot und nennt die Felder, die er benötigt, bevor das Angebot bestellt werden kann.</translation>
    </message>
    <message>
        <source>&amp;Cancel Check</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Checking quote %1 with the vendor…</source>
        <translation>Angebot %1 wird beim Hersteller geprüft…</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The check was cancelled. The quote must be validated before it can be ordered.</source>
        <translation>Die Prüfung wurde abgebrochen. Das Angebot muss geprüft werden, bevor es bestellt werden kann.</translation>
    </message>
    <message>
        <source>Validation cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Quote %1 could not be validated.</source>
        <translation>Angebot %1 konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Quote %1 is valid. No vendor fields are required.</source>
        <translation>Angebot %1 ist gültig. Es sind keine Herstellerfelder erforderlich.</translation>
    </message>
    <message>
        <source>Quote %1 is valid. The vendor %2 needs these fields to order it.</source>
        <translation>Angebot %1 ist gültig. Der Hersteller %2 benötigt diese Felder für die Bestellung.</translation>
    </message>
    <message numerus="yes">
        <source>Fill in the required field(s) to go on: %1</source>
        <translation>
            <numerusform>Füllen Sie das Pflichtfeld aus, um fortzufahren: %1</numerusform>
            <numerusform>Füllen Sie die Pflichtfelder aus, um fortzufahren: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotesSearchCommand</name>
    <message>
        <source>Searches quotes. Filters combine: a quote must match all of them.</source>
        <translation>Sucht Angebote. Filter werden kombiniert: Ein Angebot muss alle erfüllen.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Quote number, or a part of it.</source>
        <translation>Angebotsnummer oder ein Teil davon.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Quote name, or a part of it.</source>
        <translation>Angebotsname oder ein Teil davon.</translation>
    </message>
    <message>
        <source>Vendor name.</source>
        <translation>Herstellername.</translation>
    </message>
    <message>
        <source>Special bid number.</source>
        <translation>Special-Bid-Nummer.</translation>
    </message>
    <message>
        <source>End user name.</source>
        <translation>Name des Endkunden.</translation>
    </message>
    <message>
        <source>Quote status, e.g. one of %1.</source>
        <translation>Angebotsstatus, z. B. einer von %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created on or after this day; needs --created-to.</source>
        <translation>An oder nach diesem Tag erstellt; erfordert --created-to.</translation>
    </message>
    <message>
        <source>Created on or before this day; needs --created-from.</source>
        <translation>An oder vor diesem Tag erstellt; erfordert --created-from.</translation>
    </message>
    <message>
        <source>Sort by quoteNumber, createdDate, lastModifiedDate or expiryDate (default: createdDate).</source>
        <translation>Sortieren nach quoteNumber, createdDate, lastModifiedDate oder expiryDate (Standard: createdDate).</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>asc or desc (default desc: newest first).</source>
        <translation>asc oder desc (Standard desc: neueste zuerst).</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Quotes per page, 1 to %1 (default %2; %1 with --all-pages).</source>
        <translation>Angebote pro Seite, 1 bis %1 (Standard %2; %1 mit --all-pages).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Page number, from 1 (default 1).</source>
        <translation>Seitennummer, ab 1 (Standard 1).</translation>
    </message>
    <message>
        <source>Fetches every page from --page on and prints them as one.</source>
        <translation>Ruft alle Seiten ab --page ab und gibt sie zusammen aus.</translation>
    </message>
    <message>
        <source>Without any filter the API lists the quotes created in the last 30 days.
Quote search needs the profile&apos;s customer contact e-mail (IM-CustomerContact).
Table and CSV list one quote per row; JSON is the API&apos;s search page. The paging summary goes to stderr. A search that finds nothing exits 0.</source>
        <translation>Ohne Filter listet die API die in den letzten 30 Tagen erstellten Angebote auf.
Die Angebotssuche benötigt die Kontakt-E-Mail des Kunden aus dem Profil (IM-CustomerContact).
Tabelle und CSV enthalten ein Angebot pro Zeile; JSON ist die Suchseite der API. Die Seitenübersicht geht an stderr. Eine Suche ohne Treffer endet mit 0.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; filters are options, e.g. --quote-number %1.</source>
        <translation>Unerwartetes Argument „%1“; Filter sind Optionen, z. B. --quote-number %1.</translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot; for --%2; use YYYY-MM-DD.</source>
        <translation>Ungültiges Datum „%1“ für --%2; verwenden Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; for --sort-by; use quoteNumber, createdDate, lastModifiedDate or expiryDate.</source>
        <translation>Unbekannte Spalte „%1“ für --sort-by; verwenden Sie quoteNumber, createdDate, lastModifiedDate oder expiryDate.</translation>
    </message>
    <message>
        <source>--sort-order is asc or desc, not &quot;%1&quot;.</source>
        <translation>--sort-order ist asc oder desc, nicht „%1“.</translation>
    </message>
    <message>
        <source>--page-size needs a whole number, not &quot;%1&quot;.</source>
        <translation>--page-size benötigt eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>--page needs a whole number, not &quot;%1&quot;.</source>
        <translation>--page benötigt eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>QUOTE</source>
        <translation>ANGEBOT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>HERSTELLER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>END USER</source>
        <translation>ENDKUNDE</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>KONTAKT</translation>
    </message>
    <message>
        <source>SPECIAL BID</source>
        <translation>SPECIAL BID</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>WÄHRUNG</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>GÜLTIG BIS</translation>
    </message>
    <message>
        <source>No quotes found.</source>
        <translation>Keine Angebote gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) found.</source>
        <translation>
            <numerusform>%n Angebot gefunden.</numerusform>
            <numerusform>%n Angebote gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2; %n quote(s) found.</source>
        <translation>
            <numerusform>Seite %1 von %2; %n Angebot gefunden.</numerusform>
            <numerusform>Seite %1 von %2; %n Angebote gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use --page %1 for the next page, or --all-pages.</source>
        <translation>Verwenden Sie --page %1 für die nächste Seite oder --all-pages.</translation>
    </message>
</context>
<context>
    <name>QuotesService</name>
    <message>
        <source>Enter a quote number.</source>
        <translation>Geben Sie eine Angebotsnummer ein.</translation>
    </message>
    <message numerus="yes">
        <source>A quote number has at most %n characters.</source>
        <translation>
            <numerusform>Eine Angebotsnummer hat höchstens %n Zeichen.</numerusform>
            <numerusform>Eine Angebotsnummer hat höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote search needs the customer contact e-mail of the connection profile (sent as IM-CustomerContact). Add it to the profile “%1”.</source>
        <translation>Die Angebotssuche benötigt die Kontakt-E-Mail des Kunden aus dem Verbindungsprofil (gesendet als IM-CustomerContact). Tragen Sie sie im Profil „%1“ ein.</translation>
    </message>
    <message numerus="yes">
        <source>The customer contact e-mail of the connection profile is longer than %n characters.</source>
        <translation>
            <numerusform>Die Kontakt-E-Mail des Kunden im Verbindungsprofil ist länger als %n Zeichen.</numerusform>
            <numerusform>Die Kontakt-E-Mail des Kunden im Verbindungsprofil ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotesShowCommand</name>
    <message>
        <source>Shows one quote: status, vendor, end user, lines with prices and quantities, totals, and the quote&apos;s preamble, purchase instructions and legal terms.</source>
        <translation>Zeigt ein Angebot: Status, Hersteller, Endkunde, Positionen mit Preisen und Mengen, Summen sowie Einleitung, Bestellhinweise und rechtliche Bedingungen des Angebots.</translation>
    </message>
    <message>
        <source>With --format json: print the API&apos;s answer exactly as received.</source>
        <translation>Mit --format json: die Antwort der API genau so ausgeben, wie sie empfangen wurde.</translation>
    </message>
    <message>
        <source>The quote number, e.g. QUO-10926-Y8G1B3.</source>
        <translation>Die Angebotsnummer, z. B. QUO-10926-Y8G1B3.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>CSV lists one row per quote line. Whether the quote can be ordered goes to stderr.</source>
        <translation>CSV enthält eine Zeile pro Angebotsposition. Ob das Angebot bestellt werden kann, geht an stderr.</translation>
    </message>
    <message>
        <source>Give the quote number: quotes show NUMBER.</source>
        <translation>Geben Sie die Angebotsnummer an: quotes show NUMMER.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; quotes show takes one quote number.</source>
        <translation>Unerwartetes Argument „%1“; quotes show erwartet genau eine Angebotsnummer.</translation>
    </message>
    <message numerus="yes">
        <source>A quote number has at most %n characters.</source>
        <translation>
            <numerusform>Eine Angebotsnummer hat höchstens %n Zeichen.</numerusform>
            <numerusform>Eine Angebotsnummer hat höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: --raw applies to --format json only.</source>
        <translation>Hinweis: --raw gilt nur für --format json.</translation>
    </message>
    <message>
        <source>Quote %1 can be ordered.</source>
        <translation>Angebot %1 kann bestellt werden.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and its ISO 4217 currency code, e.g. &quot;1234.50 USD&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Angebot %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <source>Vendor quote:</source>
        <translation>Hersteller-Angebot:</translation>
    </message>
    <message>
        <source>Special bid:</source>
        <translation>Special Bid:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation>Zuletzt geändert:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Zahlungsbedingungen:</translation>
    </message>
    <message>
        <source>Customer need:</source>
        <translation>Kundenbedarf:</translation>
    </message>
    <message>
        <source>Proposed solution:</source>
        <translation>Lösungsvorschlag:</translation>
    </message>
    <message>
        <source>Quoted total:</source>
        <translation>Angebotssumme:</translation>
    </message>
    <message>
        <source>MSRP total:</source>
        <translation>UVP-Summe:</translation>
    </message>
    <message>
        <source>Quantity total:</source>
        <translation>Gesamtmenge:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Endkunde</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>POS.</translation>
    </message>
    <message>
        <source>INGRAM PART</source>
        <translation>INGRAM-ART.-NR.</translation>
    </message>
    <message>
        <source>VENDOR PART</source>
        <translation>HERST.-ART.-NR.</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>MENGE</translation>
    </message>
    <message>
        <source>UNIT PRICE</source>
        <translation>STÜCKPREIS</translation>
    </message>
    <message>
        <source>MSRP</source>
        <translation>UVP</translation>
    </message>
    <message>
        <source>EXTENDED</source>
        <translation>GESAMTPREIS</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Purchase instructions</source>
        <translation>Bestellhinweise</translation>
    </message>
    <message>
        <source>Legal terms</source>
        <translation>Rechtliche Bedingungen</translation>
    </message>
</context>
<context>
    <name>QuotesValidateCommand</name>
    <message>
        <source>Validates a quote for ordering and lists the fields its vendor requires, at header and at line level.</source>
        <translation>Prüft ein Angebot für die Bestellung und listet die Felder auf, die sein Hersteller verlangt, auf Kopf- und Positionsebene.</translation>
    </message>
    <message>
        <source>With --format json: print the API&apos;s answer exactly as received.</source>
        <translation>Mit --format json: die Antwort der API genau so ausgeben, wie sie empfangen wurde.</translation>
    </message>
    <message>
        <source>The quote number, e.g. QUO-14551943-D2Y9L9.</source>
        <translation>Die Angebotsnummer, z. B. QUO-14551943-D2Y9L9.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>One row per field: LEVEL is &quot;header&quot; or the quote line number. An order from the quote must give every required field a value (vmfAdditionalAttributes, and vmfAdditionalAttributesLines per line). A quote that is expired or not ready to order is an API error.</source>
        <translation>Eine Zeile pro Feld: EBENE ist „Kopf“ oder die Positionsnummer im Angebot. Ein Auftrag aus dem Angebot muss jedem Pflichtfeld einen Wert geben (vmfAdditionalAttributes und vmfAdditionalAttributesLines pro Position). Ein abgelaufenes oder nicht bestellbereites Angebot ist ein API-Fehler.</translation>
    </message>
    <message>
        <source>Give the quote number: quotes validate NUMBER.</source>
        <translation>Geben Sie die Angebotsnummer an: quotes validate NUMMER.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; quotes validate takes one quote number.</source>
        <translation>Unerwartetes Argument „%1“; quotes validate erwartet genau eine Angebotsnummer.</translation>
    </message>
    <message numerus="yes">
        <source>A quote number has at most %n characters.</source>
        <translation>
            <numerusform>Eine Angebotsnummer hat höchstens %n Zeichen.</numerusform>
            <numerusform>Eine Angebotsnummer hat höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: --raw applies to --format json only.</source>
        <translation>Hinweis: --raw gilt nur für --format json.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>EBENE</translation>
    </message>
    <message>
        <source>PART</source>
        <translation>ARTIKEL</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation>PFLICHT</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>ALLOWED VALUES</source>
        <translation>ZULÄSSIGE WERTE</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>the vendor</source>
        <translation>der Hersteller</translation>
    </message>
    <message numerus="yes">
        <source>Quote %1 can be ordered; %2 requires %n field(s).</source>
        <translation>
            <numerusform>Angebot %1 kann bestellt werden; %2 verlangt %n Feld.</numerusform>
            <numerusform>Angebot %1 kann bestellt werden; %2 verlangt %n Felder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote %1 can be ordered; %2 requires no additional fields.</source>
        <translation>Angebot %1 kann bestellt werden; %2 verlangt keine zusätzlichen Felder.</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>retry %1</source>
        <translation>Wiederholung %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>RequestLogView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Filter by path, correlation ID, status…</source>
        <translation>Nach Pfad, Korrelations-ID, Status filtern…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Als &amp;cURL kopieren</translation>
    </message>
    <message>
        <source>Copy the selected request as a cURL command; the access token is replaced by $ACCESS_TOKEN</source>
        <translation>Die ausgewählte Anfrage als cURL-Befehl kopieren; das Zugriffstoken wird durch $ACCESS_TOKEN ersetzt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the selected entries (or all shown) as JSON, with secrets redacted</source>
        <translation>Die ausgewählten Einträge (oder alle angezeigten) als JSON speichern, mit unkenntlich gemachten Geheimnissen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Request headers and body</source>
        <translation>Header und Body der Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Response headers and body</source>
        <translation>Header und Body der Antwort</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <source>Successful (2xx)</source>
        <translation>Erfolgreich (2xx)</translation>
    </message>
    <message>
        <source>Client errors (4xx)</source>
        <translation>Client-Fehler (4xx)</translation>
    </message>
    <message>
        <source>Server errors (5xx)</source>
        <translation>Server-Fehler (5xx)</translation>
    </message>
    <message>
        <source>All failures</source>
        <translation>Alle Fehlschläge</translation>
    </message>
    <message>
        <source>
[The body was longer and has been cut at %1 for the log.]</source>
        <translation>
[Der Body war länger und wurde für das Protokoll bei %1 abgeschnitten.]</translation>
    </message>
    <message>
        <source>Correlation ID: %1 · attempt %2 · profile %3

</source>
        <translation>Korrelations-ID: %1 · Versuch %2 · Profil %3

</translation>
    </message>
    <message>
        <source>HTTP %1 · %2 ms · %3

</source>
        <translation>HTTP %1 · %2 ms · %3

</translation>
    </message>
    <message>
        <source>No answer: %1

</source>
        <translation>Keine Antwort: %1

</translation>
    </message>
    <message>
        <source>Copied the request as a cURL command. Set ACCESS_TOKEN before running it.</source>
        <translation>Die Anfrage wurde als cURL-Befehl kopiert. Setzen Sie ACCESS_TOKEN, bevor Sie ihn ausführen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the request log to %1.</source>
        <translation>Das Anfrageprotokoll wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export Request Log</source>
        <translation>Anfrageprotokoll exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>SandboxFaultRule</name>
    <message>
        <source>The count after &apos;#&apos; must be a whole number of 1 or more.</source>
        <translation>Die Anzahl nach &apos;#&apos; muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>The fraction after &apos;%&apos; must be between 0 and 1.</source>
        <translation>Der Anteil nach &apos;%&apos; muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>The path pattern is not a valid regular expression: %1</source>
        <translation>Das Pfadmuster ist kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>Unknown fault kind &quot;%1&quot;.</source>
        <translation>Unbekannte Fehlerart „%1“.</translation>
    </message>
    <message>
        <source>A 500 fault takes errors, message or fault, not &quot;%1&quot;.</source>
        <translation>Ein 500-Fehler akzeptiert errors, message oder fault, nicht „%1“.</translation>
    </message>
    <message>
        <source>The parameter of %1 must be a whole number of 0 or more.</source>
        <translation>Der Parameter von %1 muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>Fault switch: KIND[:PARAM][@[METHOD:]PATH][%FRACTION | #COUNT]
  KIND            latency:MS, 429[:RETRY_AFTER_S], 500[:errors|message|fault],
                  502, 503, 504, malformed-json, truncated, drop,
                  slow-body[:MS], expired-token,
                  late-answer[:MS] (carried out, answered MS later; default
                  120000), commit-drop (carried out, then the connection drops)
  @PATH           only requests whose path contains PATH; @~REGEX for a regular
                  expression; @GET:/path to limit the method too
  %FRACTION       hit each matching request with probability FRACTION (0..1)
  #COUNT          hit only the next COUNT matching requests
  Examples: latency:300  503@/orders/search#2  drop%0.1  500:fault@POST:/oauth
            late-answer:60000@POST:/resellers/v6/orders#1</source>
        <translation>Fehlerschalter: KIND[:PARAM][@[METHOD:]PATH][%FRACTION | #COUNT]
  KIND            latency:MS, 429[:RETRY_AFTER_S], 500[:errors|message|fault],
                  502, 503, 504, malformed-json, truncated, drop,
                  slow-body[:MS], expired-token,
                  late-answer[:MS] (ausgeführt, Antwort MS später; Standard
                  120000), commit-drop (ausgeführt, dann bricht die Verbindung ab)
  @PATH           nur Anfragen, deren Pfad PATH enthält; @~REGEX für einen
                  regulären Ausdruck; @GET:/path schränkt auch die Methode ein
  %FRACTION       trifft jede passende Anfrage mit Wahrscheinlichkeit FRACTION (0..1)
  #COUNT          trifft nur die nächsten COUNT passenden Anfragen
  Beispiele: latency:300  503@/orders/search#2  drop%0.1  500:fault@POST:/oauth
             late-answer:60000@POST:/resellers/v6/orders#1</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>%1 offline sandbox: a local emulator of the Ingram Micro Reseller API with seeded order data, for first runs, training, demos and reproducing problems.

%2</source>
        <translation>%1 Offline-Sandbox: ein lokaler Emulator der Ingram Micro Reseller API mit erzeugten Auftragsdaten, für erste Schritte, Schulungen, Vorführungen und das Nachstellen von Problemen.

%2</translation>
    </message>
    <message>
        <source>Prints the name and version, then exits.</source>
        <translation>Gibt Namen und Version aus und beendet sich dann.</translation>
    </message>
    <message>
        <source>TCP port to listen on; 0 picks a free one (default %1).</source>
        <translation>TCP-Port, auf dem gelauscht wird; 0 wählt einen freien (Standard %1).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Number of orders to generate, up to 100000 (default %1).</source>
        <translation>Anzahl der zu erzeugenden Aufträge, bis zu 100000 (Standard %1).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Seed of the generated data; the same seed gives the same orders (default %1).</source>
        <translation>Startwert (Seed) der erzeugten Daten; derselbe Seed ergibt dieselben Aufträge (Standard %1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>The &quot;today&quot; the data is built around, as yyyy-MM-dd (default: the current date).</source>
        <translation>Das „Heute“, um das herum die Daten erzeugt werden, als JJJJ-MM-TT (Standard: das aktuelle Datum).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client ID the token endpoint accepts (default %1).</source>
        <translation>Client-ID, die der Token-Endpunkt akzeptiert (Standard %1).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Client secret the token endpoint accepts (default %1).</source>
        <translation>Client-Secret, das der Token-Endpunkt akzeptiert (Standard %1).</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Lifetime of access tokens in seconds (default %1).</source>
        <translation>Gültigkeitsdauer der Zugriffstoken in Sekunden (Standard %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Seconds between a v7 order confirmation and the order appearing in search; 0 makes it appear at once (default %1).</source>
        <translation>Sekunden zwischen der Bestätigung eines v7-Auftrags und seinem Erscheinen in der Suche; bei 0 erscheint er sofort (Standard %1).</translation>
    </message>
    <message>
        <source>Seconds an order placed on customer hold can be modified, released or cancelled before it is voided (default %1).</source>
        <translation>Sekunden, in denen ein auf Kundenwunsch zurückgestellter Auftrag geändert, freigegeben oder storniert werden kann, bevor er annulliert wird (Standard %1).</translation>
    </message>
    <message>
        <source>Switches a fault on; repeatable. Syntax: KIND[:PARAM][@[METHOD:]PATH][%FRACTION|#COUNT], see above.</source>
        <translation>Schaltet einen Fehler ein; wiederholbar. Syntax: KIND[:PARAM][@[METHOD:]PATH][%FRACTION|#COUNT], siehe oben.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>offline sandbox</source>
        <translation>Offline-Sandbox</translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot;.</source>
        <translation>Ungültiger Port „%1“.</translation>
    </message>
    <message>
        <source>Invalid address &quot;%1&quot;; give an IP address such as 127.0.0.1.</source>
        <translation>Ungültige Adresse „%1“; geben Sie eine IP-Adresse wie 127.0.0.1 an.</translation>
    </message>
    <message>
        <source>The number of orders must be between 0 and 100000.</source>
        <translation>Die Anzahl der Aufträge muss zwischen 0 und 100000 liegen.</translation>
    </message>
    <message>
        <source>Invalid seed &quot;%1&quot;.</source>
        <translation>Ungültiger Seed „%1“.</translation>
    </message>
    <message>
        <source>Invalid reference date &quot;%1&quot;; expected yyyy-MM-dd.</source>
        <translation>Ungültiges Bezugsdatum „%1“; erwartet wird JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The token lifetime must be a whole number of seconds, 1 or more.</source>
        <translation>Die Token-Gültigkeitsdauer muss eine ganze Zahl von Sekunden ab 1 sein.</translation>
    </message>
    <message>
        <source>The v7 delay must be a whole number of seconds, 0 or more.</source>
        <translation>Die v7-Verzögerung muss eine ganze Zahl von Sekunden ab 0 sein.</translation>
    </message>
    <message>
        <source>The hold window must be a whole number of seconds, 0 or more.</source>
        <translation>Das Zeitfenster für zurückgestellte Aufträge muss eine ganze Zahl von Sekunden ab 0 sein.</translation>
    </message>
    <message>
        <source>Invalid fault &quot;%1&quot;: %2</source>
        <translation>Ungültiger Fehler „%1“: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Lauschen auf %1 Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>%1 offline sandbox listening on %2</source>
        <translation>%1 Offline-Sandbox lauscht auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 orders (seed %2, today %3); client ID %4; %n fault switch(es).</source>
        <translation>
            <numerusform>%1 Aufträge (Seed %2, heute %3); Client-ID %4; %n Fehlerschalter.</numerusform>
            <numerusform>%1 Aufträge (Seed %2, heute %3); Client-ID %4; %n Fehlerschalter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxOptionsDialog</name>
    <message>
        <source>Sandbox Testing Options</source>
        <translation>Sandbox-Testoptionen</translation>
    </message>
    <message>
        <source>Sandbox parameters</source>
        <translation>Sandbox-Parameter</translation>
    </message>
    <message>
        <source>&amp;Simulate status:</source>
        <translation>&amp;Simulierter Status:</translation>
    </message>
    <message>
        <source>Simulate status</source>
        <translation>Simulierter Status</translation>
    </message>
    <message>
        <source>simulateStatus: the order details come back as if the order had this status.</source>
        <translation>simulateStatus: Die Auftragsdetails werden so geliefert, als hätte der Auftrag diesen Status.</translation>
    </message>
    <message>
        <source>&amp;Region code:</source>
        <translation>&amp;Regionscode:</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Regionscode</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>regionCode, sent with order details requests.</source>
        <translation>regionCode, wird mit Anfragen nach Auftragsdetails gesendet.</translation>
    </message>
    <message>
        <source>&amp;IML order:</source>
        <translation>&amp;IML-Auftrag:</translation>
    </message>
    <message>
        <source>IML order</source>
        <translation>IML-Auftrag</translation>
    </message>
    <message>
        <source>isIml, sent with order details requests.</source>
        <translation>isIml, wird mit Anfragen nach Auftragsdetails gesendet.</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Offline-Sandbox</translation>
    </message>
    <message>
        <source>Active fault &amp;switches:</source>
        <translation>Aktive &amp;Fehlerschalter:</translation>
    </message>
    <message>
        <source>Active fault switches</source>
        <translation>Aktive Fehlerschalter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove fault switch</source>
        <translation>Fehlerschalter entfernen</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>Alle &amp;löschen</translation>
    </message>
    <message>
        <source>Clear all fault switches</source>
        <translation>Alle Fehlerschalter löschen</translation>
    </message>
    <message>
        <source>Add a fault switch</source>
        <translation>Einen Fehlerschalter hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Fault kind</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <source>P&amp;arameter:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <source>Fault parameter</source>
        <translation>Fehlerparameter</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Milliseconds for latency, slow body and late answer; Retry-After seconds for 429.</source>
        <translation>Millisekunden für Latenz, langsamen Body und späte Antwort; Retry-After-Sekunden für 429.</translation>
    </message>
    <message>
        <source>Error &amp;shape:</source>
        <translation>Fehlerf&amp;orm:</translation>
    </message>
    <message>
        <source>Error body shape</source>
        <translation>Form des Fehler-Bodys</translation>
    </message>
    <message>
        <source>&amp;Path contains:</source>
        <translation>Pfa&amp;d enthält:</translation>
    </message>
    <message>
        <source>Path contains</source>
        <translation>Pfad enthält</translation>
    </message>
    <message>
        <source>every path</source>
        <translation>jeder Pfad</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Fault mode</source>
        <translation>Fehlermodus</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>An&amp;zahl:</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Anzahl der Anfragen</translation>
    </message>
    <message>
        <source>&amp;Fraction:</source>
        <translation>A&amp;nteil:</translation>
    </message>
    <message>
        <source>Fraction of requests</source>
        <translation>Anteil der Anfragen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add fault switch</source>
        <translation>Fehlerschalter hinzufügen</translation>
    </message>
    <message>
        <source>Offline sandbox data</source>
        <translation>Daten der Offline-Sandbox</translation>
    </message>
    <message>
        <source>Seed si&amp;ze:</source>
        <translation>Anzahl &amp;Beispielaufträge:</translation>
    </message>
    <message>
        <source>Seed size</source>
        <translation>Anzahl Beispielaufträge</translation>
    </message>
    <message>
        <source>How many seeded orders “Reset data” generates.</source>
        <translation>Wie viele Beispielaufträge „Daten zurücksetzen“ erzeugt.</translation>
    </message>
    <message>
        <source> orders</source>
        <translation> Aufträge</translation>
    </message>
    <message>
        <source>R&amp;eset Data…</source>
        <translation>Da&amp;ten zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset data</source>
        <translation>Daten zurücksetzen</translation>
    </message>
    <message>
        <source>Regenerates the seeded orders with the chosen seed size. Orders created in the sandbox are lost; fault switches and sign-ins stay.</source>
        <translation>Erzeugt die Beispielaufträge in der gewählten Anzahl neu. In der Sandbox angelegte Aufträge gehen verloren; Fehlerschalter und Anmeldungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>Sandbox parameters are not available: there is no orders service to apply them to.</source>
        <translation>Sandbox-Parameter sind nicht verfügbar: Es gibt keinen Auftragsdienst, auf den sie angewendet werden können.</translation>
    </message>
    <message>
        <source>Sandbox parameters are off: the active profile “%1” uses the %2 environment, which is not a sandbox. Sandbox-only parameters are never sent to it.</source>
        <translation>Sandbox-Parameter sind ausgeschaltet: Das aktive Profil „%1“ verwendet die Umgebung %2, die keine Sandbox ist. Reine Sandbox-Parameter werden nie dorthin gesendet.</translation>
    </message>
    <message>
        <source>These parameters go with every order details request of this session to the sandbox profile “%1”. A value set for a single request wins.</source>
        <translation>Diese Parameter werden in dieser Sitzung mit jeder Anfrage nach Auftragsdetails an das Sandbox-Profil „%1“ gesendet. Ein für eine einzelne Anfrage gesetzter Wert hat Vorrang.</translation>
    </message>
    <message>
        <source>errors list</source>
        <translation>Fehlerliste</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>gateway fault</source>
        <translation>Gateway-Fehler</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>next requests</source>
        <translation>nächste Anfragen</translation>
    </message>
    <message>
        <source>fraction of requests</source>
        <translation>Anteil der Anfragen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Fault switches of the offline sandbox running in this window take effect at once.</source>
        <translation>Fehlerschalter der in diesem Fenster laufenden Offline-Sandbox wirken sofort.</translation>
    </message>
    <message>
        <source>Fault switches are off: the offline sandbox is not running in this window. They are available while the active profile is the offline sandbox.</source>
        <translation>Fehlerschalter sind ausgeschaltet: Die Offline-Sandbox läuft nicht in diesem Fenster. Sie sind verfügbar, solange das aktive Profil die Offline-Sandbox ist.</translation>
    </message>
    <message numerus="yes">
        <source>next %n request(s)</source>
        <translation>
            <numerusform>nächste %n Anfrage</numerusform>
            <numerusform>nächste %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of requests</source>
        <translation>%1 der Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>Orders now: %Ln.</source>
        <translation>
            <numerusform>Aufträge jetzt: %Ln.</numerusform>
            <numerusform>Aufträge jetzt: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seed size: %Ln.</source>
        <translation>
            <numerusform>Anzahl Beispielaufträge: %Ln.</numerusform>
            <numerusform>Anzahl Beispielaufträge: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Offline Sandbox Data</source>
        <translation>Daten der Offline-Sandbox zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Replace the offline sandbox&apos;s data with %Ln freshly seeded order(s)?</source>
        <translation>
            <numerusform>Die Daten der Offline-Sandbox durch %Ln neu erzeugten Beispielauftrag ersetzen?</numerusform>
            <numerusform>Die Daten der Offline-Sandbox durch %Ln neu erzeugte Beispielaufträge ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders created in the sandbox, including v7 orders still on their way, will be lost and the stock is refilled. Fault switches and sign-ins stay.</source>
        <translation>In der Sandbox angelegte Aufträge, einschließlich noch in Verarbeitung befindlicher v7-Aufträge, gehen verloren, und der Bestand wird aufgefüllt. Fehlerschalter und Anmeldungen bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Generating %Ln order(s)…</source>
        <translation>
            <numerusform>%Ln Auftrag wird erzeugt…</numerusform>
            <numerusform>%Ln Aufträge werden erzeugt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The data could not be reset to %Ln order(s).</source>
        <translation>
            <numerusform>Die Daten konnten nicht auf %Ln Auftrag zurückgesetzt werden.</numerusform>
            <numerusform>Die Daten konnten nicht auf %Ln Aufträge zurückgesetzt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data reset to %Ln seeded order(s) in %1 s; created orders are gone.</source>
        <translation>
            <numerusform>Daten in %1 s auf %Ln Beispielauftrag zurückgesetzt; angelegte Aufträge wurden entfernt.</numerusform>
            <numerusform>Daten in %1 s auf %Ln Beispielaufträge zurückgesetzt; angelegte Aufträge wurden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data reset progress</source>
        <translation>Fortschritt beim Zurücksetzen der Daten</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Unterbrechen</translation>
    </message>
    <message>
        <source>Stop the data reset</source>
        <translation>Das Zurücksetzen der Daten unterbrechen</translation>
    </message>
    <message>
        <source>Stops generating; the sandbox keeps its current data.</source>
        <translation>Unterbricht das Erzeugen; die Sandbox behält ihre aktuellen Daten.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird unterbrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Reset stopped; the data is unchanged (%Ln order(s)).</source>
        <translation>
            <numerusform>Zurücksetzen unterbrochen; die Daten sind unverändert (%Ln Auftrag).</numerusform>
            <numerusform>Zurücksetzen unterbrochen; die Daten sind unverändert (%Ln Aufträge).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretSource</name>
    <message>
        <source>No client secret is set for this profile.</source>
        <translation>Für dieses Profil ist kein Client-Secret festgelegt.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>The offline sandbox could not start: %1</source>
        <translation>Die Offline-Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>ShipmentTreeModel</name>
    <message>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 shipped</source>
        <translation>%1 von %2 versandt</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Delivery %1</source>
        <translation>Lieferung %1</translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation>Lager %1</translation>
    </message>
    <message>
        <source>%1 (warehouse %2)</source>
        <translation>%1 (Lager %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 vom %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Open the carrier&apos;s tracking page: %1</source>
        <translation>Sendungsverfolgung des Spediteurs öffnen: %1</translation>
    </message>
    <message>
        <source>Line / delivery / carrier / tracking / serial</source>
        <translation>Position / Lieferung / Spediteur / Sendung / Seriennr.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Ships from</source>
        <translation>Versand ab</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Carton</source>
        <translation>Karton</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>No client secret is available for this profile.</source>
        <translation>Für dieses Profil ist kein Client-Secret verfügbar.</translation>
    </message>
    <message>
        <source>the token answer had no access token</source>
        <translation>die Token-Antwort enthielt kein Zugriffstoken</translation>
    </message>
</context>
<context>
    <name>VendorFieldsForm</name>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>Order fields</source>
        <translation>Auftragsfelder</translation>
    </message>
    <message>
        <source>Line fields</source>
        <translation>Positionsfelder</translation>
    </message>
    <message>
        <source>Vendor fields per line</source>
        <translation>Herstellerfelder je Position</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Required by the vendor</source>
        <translation>Vom Hersteller verlangt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Order desk for IT resellers on the Ingram Micro Reseller API.</source>
        <translation>Auftragsverwaltung für IT-Reseller über die Ingram Micro Reseller API.</translation>
    </message>
    <message>
        <source>Start on the offline sandbox, whatever profile was used last.</source>
        <translation>Mit der Offline-Sandbox starten, unabhängig vom zuletzt verwendeten Profil.</translation>
    </message>
    <message>
        <source>ResellerDesk</source>
        <translation>ResellerDesk</translation>
    </message>
    <message>
        <source>Welcome: this is the offline sandbox with test data. Add your Ingram Micro account under File → Connection Profiles.</source>
        <translation>Willkommen: Dies ist die Offline-Sandbox mit Testdaten. Fügen Sie Ihr Ingram-Micro-Konto unter Datei → Verbindungsprofile hinzu.</translation>
    </message>
</context>
</TS>
