<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ResellerDesk</source>
        <translation>À propos de ResellerDesk</translation>
    </message>
    <message>
        <source>Order desk for IT resellers on the Ingram Micro Reseller API.</source>
        <translation>Poste de gestion des commandes pour les revendeurs informatiques, basé sur l&apos;API Reseller d&apos;Ingram Micro.</translation>
    </message>
    <message>
        <source>&amp;Licences:</source>
        <translation>&amp;Licences&#xa0;:</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Composants et leurs licences</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>Copy &amp;Diagnostics</source>
        <translation>Copier les &amp;diagnostics</translation>
    </message>
    <message>
        <source>Copy versions, platform, locale and the active profile&apos;s environment for a support request; no secrets, tokens or client IDs</source>
        <translation>Copier les versions, la plateforme, les paramètres régionaux et l&apos;environnement du profil actif pour une demande d&apos;assistance&#xa0;; sans secrets, jetons ni ID client</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2) · QtKeychain %3</source>
        <translation>Qt %1 (compilé avec %2) · QtKeychain %3</translation>
    </message>
    <message>
        <source>The licence text is missing from this build: %1</source>
        <translation>Le texte de la licence est absent de cette version&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>AddressWidget</name>
    <message>
        <source>Phone: %1</source>
        <translation>Tél.&#xa0;: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The connection profile is incomplete: %1</source>
        <translation>Le profil de connexion est incomplet&#xa0;: %1</translation>
    </message>
    <message>
        <source>the answer was cut off (%1)</source>
        <translation>la réponse a été tronquée (%1)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the Reseller API: %1</source>
        <translation>Impossible de joindre l&apos;API Reseller&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Reseller API did not answer in time.</source>
        <translation>L&apos;API Reseller n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection to the Reseller API could not be verified: %1</source>
        <translation>La connexion sécurisée à l&apos;API Reseller n&apos;a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Reseller API sent an answer that could not be read: %1</source>
        <translation>L&apos;API Reseller a envoyé une réponse illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing in to the Reseller API failed: %1</source>
        <translation>L&apos;authentification auprès de l&apos;API Reseller a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The Reseller API rejected the request as invalid (HTTP 400).</source>
        <translation>L&apos;API Reseller a rejeté la requête comme non valide (HTTP 400).</translation>
    </message>
    <message>
        <source>The Reseller API did not accept the credentials (HTTP 401).</source>
        <translation>L&apos;API Reseller n&apos;a pas accepté les identifiants (HTTP 401).</translation>
    </message>
    <message>
        <source>This account is not allowed to do that (HTTP 403).</source>
        <translation>Ce compte n&apos;est pas autorisé à effectuer cette action (HTTP 403).</translation>
    </message>
    <message>
        <source>The Reseller API found nothing at that address (HTTP 404).</source>
        <translation>L&apos;API Reseller n&apos;a rien trouvé à cette adresse (HTTP 404).</translation>
    </message>
    <message>
        <source>The Reseller API does not allow this action here (HTTP 405).</source>
        <translation>L&apos;API Reseller n&apos;autorise pas cette action ici (HTTP 405).</translation>
    </message>
    <message>
        <source>Too many requests: the Reseller API asks to slow down (HTTP 429).</source>
        <translation>Trop de requêtes&#xa0;: l&apos;API Reseller demande de ralentir (HTTP 429).</translation>
    </message>
    <message>
        <source>The Reseller API had an internal error (HTTP 500).</source>
        <translation>L&apos;API Reseller a rencontré une erreur interne (HTTP 500).</translation>
    </message>
    <message>
        <source>The Reseller API is unavailable (HTTP %1): %2</source>
        <translation>L&apos;API Reseller est indisponible (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The Reseller API is unavailable (HTTP %1).</source>
        <translation>L&apos;API Reseller est indisponible (HTTP %1).</translation>
    </message>
    <message>
        <source>The Reseller API answered with HTTP %1: %2</source>
        <translation>L&apos;API Reseller a répondu HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The Reseller API answered with HTTP %1.</source>
        <translation>L&apos;API Reseller a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Check the network connection and the profile&apos;s address, then try again.</source>
        <translation>Vérifiez la connexion réseau et l&apos;adresse du profil, puis réessayez.</translation>
    </message>
    <message>
        <source>The request may still have been carried out. Check before sending it again.</source>
        <translation>La requête a peut-être quand même été exécutée. Vérifiez avant de la renvoyer.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Check the system date and the network: a proxy or firewall may be intercepting the connection.</source>
        <translation>Vérifiez la date du système et le réseau&#xa0;: un proxy ou un pare-feu intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, send the correlation ID to support.</source>
        <translation>Réessayez. Si le problème se reproduit, transmettez l&apos;ID de corrélation au support.</translation>
    </message>
    <message>
        <source>Check the client ID and secret in the connection profile.</source>
        <translation>Vérifiez l&apos;ID client et le secret client dans le profil de connexion.</translation>
    </message>
    <message>
        <source>Open the connection profiles and complete this profile.</source>
        <translation>Ouvrez les profils de connexion et complétez ce profil.</translation>
    </message>
    <message>
        <source>Correct the values and try again.</source>
        <translation>Corrigez les valeurs et réessayez.</translation>
    </message>
    <message>
        <source>Check the connection profile: customer number, country and API access.</source>
        <translation>Vérifiez le profil de connexion&#xa0;: numéro client, pays et accès à l&apos;API.</translation>
    </message>
    <message>
        <source>Wait a minute before trying again.</source>
        <translation>Patientez une minute avant de réessayer.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, send the correlation ID to Ingram Micro API support.</source>
        <translation>Réessayez plus tard. Si le problème persiste, transmettez l&apos;ID de corrélation au support API d&apos;Ingram Micro.</translation>
    </message>
    <message>
        <source>Correct the fields named above and try again.</source>
        <translation>Corrigez les champs indiqués ci-dessus et réessayez.</translation>
    </message>
    <message>
        <source>Check the values entered and try again.</source>
        <translation>Vérifiez les valeurs saisies et réessayez.</translation>
    </message>
    <message>
        <source>%1 It failed inside Ingram Micro&apos;s nightly maintenance window, when orders cannot be created with API v6.</source>
        <translation>%1 L&apos;échec s&apos;est produit pendant la fenêtre de maintenance nocturne d&apos;Ingram Micro, durant laquelle les commandes ne peuvent pas être créées avec l&apos;API v6.</translation>
    </message>
    <message>
        <source>The window ends at %1 your time. Send the order again after that, or place it with API v7, which accepts orders during the window.</source>
        <translation>La fenêtre se termine à %1, heure locale. Renvoyez la commande ensuite, ou passez-la avec l&apos;API v7, qui accepte les commandes pendant cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>malformed JSON at byte %1 (%2)</source>
        <translation>JSON mal formé à l&apos;octet %1 (%2)</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>la réponse était vide</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Format de sortie&#xa0;: table (par défaut), json ou csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The connection profile to use, by name, as set up in the app. Default: the app&apos;s current profile.</source>
        <translation>Le profil de connexion à utiliser, par son nom, tel que configuré dans l&apos;application. Par défaut&#xa0;: le profil actuel de l&apos;application.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Use the offline sandbox, started in-process; needs no profile and no credentials.</source>
        <translation>Utiliser le bac à sable hors ligne, démarré dans le processus&#xa0;; ne nécessite ni profil ni identifiants.</translation>
    </message>
    <message>
        <source>Print each request&apos;s method, path, status, duration and correlation ID to stderr.</source>
        <translation>Afficher sur stderr la méthode, le chemin, le statut, la durée et l&apos;ID de corrélation de chaque requête.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default %1).</source>
        <translation>Secondes d&apos;attente pour chaque réponse (par défaut %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Show this help; after a command, the command&apos;s help.</source>
        <translation>Afficher cette aide&#xa0;; après une commande, l&apos;aide de la commande.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation>Exécutez «&#xa0;%1 --help&#xa0;» pour connaître les options.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite une commande.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1 %2&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of %2.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un des formats suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to %1.</source>
        <translation>--timeout nécessite un nombre de secondes compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>Use either --offline or --profile, not both.</source>
        <translation>Utilisez soit --offline, soit --profile, mais pas les deux.</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile nécessite un nom de profil.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] COMMAND [command options]</source>
        <translation>Utilisation&#xa0;: %1 [options] COMMANDE [options de la commande]</translation>
    </message>
    <message>
        <source>The command line of %1, for scripting and support: the same API core, connection profiles and keychain as the app.</source>
        <translation>La ligne de commande de %1, pour les scripts et le support&#xa0;: le même cœur d&apos;API, les mêmes profils de connexion et le même trousseau que l&apos;application.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Connection: with --profile, the named profile of the app&apos;s connection profiles; with --offline, a built-in sandbox with sample orders; with neither, the app&apos;s current profile. The client secret comes from the system keychain, where the app stores it, or from the environment variable %1 when that is set. It is never taken from the command line.</source>
        <translation>Connexion&#xa0;: avec --profile, le profil nommé parmi les profils de connexion de l&apos;application&#xa0;; avec --offline, un bac à sable intégré contenant des exemples de commandes&#xa0;; sans l&apos;un ni l&apos;autre, le profil actuel de l&apos;application. Le secret client provient du trousseau système, où l&apos;application le stocke, ou de la variable d&apos;environnement %1 si elle est définie. Il n&apos;est jamais lu depuis la ligne de commande.</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for a command&apos;s options, e.g. &quot;%1 orders search --help&quot;.</source>
        <translation>Exécutez «&#xa0;%1 COMMANDE --help&#xa0;» pour connaître les options d&apos;une commande, par ex. «&#xa0;%1 orders search --help&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: %1 [options] %2 COMMAND [command options]</source>
        <translation>Utilisation&#xa0;: %1 [options] %2 COMMANDE [options de la commande]</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Étape suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de corrélation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CliCommandTable</name>
    <message>
        <source>Search orders by number, PO, status, dates, part, serial, tracking, vendor.</source>
        <translation>Rechercher des commandes par numéro, BC, statut, dates, référence, numéro de série, numéro de suivi, constructeur.</translation>
    </message>
    <message>
        <source>Show one order&apos;s details, shipments, tracking and serial numbers.</source>
        <translation>Afficher le détail d&apos;une commande, ses expéditions, numéros de suivi et numéros de série.</translation>
    </message>
    <message>
        <source>Search quotes by number, name, vendor, special bid, end user, status, date.</source>
        <translation>Rechercher des devis par numéro, nom, constructeur, prix spécial, utilisateur final, statut, date.</translation>
    </message>
    <message>
        <source>Show one quote&apos;s lines, totals, preamble, purchase instructions and terms.</source>
        <translation>Afficher les lignes, les totaux, le préambule, les instructions d&apos;achat et les conditions d&apos;un devis.</translation>
    </message>
    <message>
        <source>Validate a quote and list the fields its vendor requires to order it.</source>
        <translation>Valider un devis et lister les champs que son constructeur exige pour le commander.</translation>
    </message>
    <message>
        <source>Place an order from a JSON file in the API&apos;s request shape; --dry-run checks it.</source>
        <translation>Passer une commande à partir d&apos;un fichier JSON au format de requête de l&apos;API&#xa0;; --dry-run la vérifie.</translation>
    </message>
    <message>
        <source>Cancel an order on customer hold.</source>
        <translation>Annuler une commande en attente client.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>The profile &quot;%1&quot; is incomplete: %2</source>
        <translation>Le profil «&#xa0;%1&#xa0;» est incomplet&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no connection profile to use.</source>
        <translation>Aucun profil de connexion n&apos;est disponible.</translation>
    </message>
    <message>
        <source>Several profiles are named &quot;%1&quot;; rename one in the app&apos;s connection profiles.</source>
        <translation>Plusieurs profils s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;; renommez-en un dans les profils de connexion de l&apos;application.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;; no profiles exist yet.</source>
        <translation>Aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; aucun profil n&apos;existe encore.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;». Profils&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The offline sandbox could not start: %1</source>
        <translation>Le bac à sable hors ligne n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>pas de réponse (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3 in %4 ms, correlation ID %5</source>
        <translation>%1 %2 -&gt; %3 en %4 ms, ID de corrélation %5</translation>
    </message>
    <message>
        <source>(attempt %1)</source>
        <translation>(tentative %1)</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter a name for this profile.</source>
        <translation>Saisissez un nom pour ce profil.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Utilisez %n caractère au maximum.</numerusform>
            <numerusform>Utilisez %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the API&apos;s base URL, for example https://host:443.</source>
        <translation>Saisissez l&apos;URL de base de l&apos;API, par exemple https://host:443.</translation>
    </message>
    <message>
        <source>Enter a complete http:// or https:// URL with a host name.</source>
        <translation>Saisissez une URL http:// ou https:// complète avec un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The base URL cannot contain a query or a fragment.</source>
        <translation>L&apos;URL de base ne peut contenir ni requête ni fragment.</translation>
    </message>
    <message>
        <source>Enter your Ingram Micro customer number.</source>
        <translation>Saisissez votre numéro client Ingram Micro.</translation>
    </message>
    <message>
        <source>Use letters, digits and dashes only.</source>
        <translation>Utilisez uniquement des lettres, des chiffres et des tirets.</translation>
    </message>
    <message>
        <source>Enter the two-letter ISO country code, for example US.</source>
        <translation>Saisissez le code pays ISO à deux lettres, par exemple US.</translation>
    </message>
    <message>
        <source>Use two capital letters, for example US.</source>
        <translation>Utilisez deux lettres majuscules, par exemple US.</translation>
    </message>
    <message>
        <source>Use plain ASCII characters only.</source>
        <translation>Utilisez uniquement des caractères ASCII simples.</translation>
    </message>
    <message>
        <source>Enter an e-mail address, for example buyer@example.com.</source>
        <translation>Saisissez une adresse e-mail, par exemple buyer@example.com.</translation>
    </message>
    <message>
        <source>Enter the client ID of your API application.</source>
        <translation>Saisissez l&apos;ID client de votre application API.</translation>
    </message>
    <message>
        <source>The client ID cannot contain spaces or special characters.</source>
        <translation>L&apos;ID client ne peut contenir ni espaces ni caractères spéciaux.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Vendor sandbox</source>
        <translation>Bac à sable Ingram Micro</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Bac à sable hors ligne</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personnalisée</translation>
    </message>
    <message>
        <source>v6 quote-to-order</source>
        <translation>v6 conversion devis-commande</translation>
    </message>
    <message>
        <source>v7 order with quote number</source>
        <translation>v7 commande avec numéro de devis</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>the order search answer is not a JSON object</source>
        <translation>la réponse à la recherche de commandes n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 Correlation ID: %2</source>
        <translation>%1 ID de corrélation&#xa0;: %2</translation>
    </message>
    <message>
        <source>The profile is incomplete: %1</source>
        <translation>Le profil est incomplet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Correct the fields marked in the form, then test again.</source>
        <translation>Corrigez les champs signalés dans le formulaire, puis relancez le test.</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Le test de connexion a été annulé.</translation>
    </message>
    <message>
        <source>customer %1 in %2</source>
        <translation>client %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: signed in to %1 and searched the orders of %2 (%n order(s) found).</source>
        <translation>
            <numerusform>La connexion fonctionne&#xa0;: authentifié auprès de %1, recherche effectuée dans les commandes du %2 (%n commande trouvée).</numerusform>
            <numerusform>La connexion fonctionne&#xa0;: authentifié auprès de %1, recherche effectuée dans les commandes du %2 (%n commandes trouvées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection works: signed in to %1 and searched the orders of %2.</source>
        <translation>La connexion fonctionne&#xa0;: authentifié auprès de %1, recherche effectuée dans les commandes du %2.</translation>
    </message>
    <message>
        <source>Enter the client secret, or keep it for this session only.</source>
        <translation>Saisissez le secret client, ou conservez-le pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The client ID or client secret was not accepted: %1</source>
        <translation>L&apos;ID client ou le secret client n&apos;a pas été accepté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check the client ID and secret of your API application in the Ingram Micro developer portal.</source>
        <translation>Vérifiez l&apos;ID client et le secret client de votre application API dans le portail développeurs d&apos;Ingram Micro.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the network connection and the environment or base URL.</source>
        <translation>Vérifiez la connexion réseau et l&apos;environnement ou l&apos;URL de base.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Check the network connection, then try again.</source>
        <translation>Vérifiez la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2</source>
        <translation>La connexion sécurisée à %1 n&apos;a pas pu être vérifiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check that the base URL points at the Reseller API.</source>
        <translation>Vérifiez que l&apos;URL de base pointe vers l&apos;API Reseller.</translation>
    </message>
    <message>
        <source>The client ID and secret are valid, but the API application is not enabled for this API (&quot;%1&quot;).</source>
        <translation>L&apos;ID client et le secret client sont valides, mais l&apos;application API n&apos;est pas activée pour cette API («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>In the Ingram Micro developer portal, add the Reseller API product to your application, or ask your Ingram Micro contact to enable it.</source>
        <translation>Dans le portail développeurs d&apos;Ingram Micro, ajoutez le produit Reseller API à votre application, ou demandez à votre contact Ingram Micro de l&apos;activer.</translation>
    </message>
    <message>
        <source>The Reseller API rejected the customer number or country code: %1</source>
        <translation>L&apos;API Reseller a rejeté le numéro client ou le code pays&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check the customer number and country code of your Ingram Micro account.</source>
        <translation>Vérifiez le numéro client et le code pays de votre compte Ingram Micro.</translation>
    </message>
    <message>
        <source>Signed in, but the order search was refused (HTTP %1): %2</source>
        <translation>Authentifié, mais la recherche de commandes a été refusée (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the customer number and country code, and that your API application may use the orders API.</source>
        <translation>Vérifiez le numéro client et le code pays, ainsi que l&apos;autorisation de votre application API à utiliser l&apos;API des commandes.</translation>
    </message>
    <message>
        <source>The order search failed (HTTP %1): %2</source>
        <translation>La recherche de commandes a échoué (HTTP %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft file cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le fichier de brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is too large to be an order draft.</source>
        <translation>Le fichier est trop volumineux pour être un brouillon de commande.</translation>
    </message>
    <message>
        <source>The draft file is empty.</source>
        <translation>Le fichier de brouillon est vide.</translation>
    </message>
    <message>
        <source>The draft file is damaged (%1 at byte %2).</source>
        <translation>Le fichier de brouillon est endommagé (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The file name does not match the draft&apos;s id %1.</source>
        <translation>Le nom du fichier ne correspond pas à l&apos;ID %1 du brouillon.</translation>
    </message>
    <message>
        <source>There is no draft with the id %1.</source>
        <translation>Aucun brouillon ne porte l&apos;ID %1.</translation>
    </message>
    <message>
        <source>The draft %1 no longer exists.</source>
        <translation>Le brouillon %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The draft has no valid id.</source>
        <translation>Le brouillon n&apos;a pas d&apos;ID valide.</translation>
    </message>
    <message>
        <source>The drafts folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier des brouillons %1.</translation>
    </message>
    <message>
        <source>The draft cannot be written: %1</source>
        <translation>Impossible d&apos;écrire le brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>The draft cannot be deleted: %1</source>
        <translation>Impossible de supprimer le brouillon&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <source>Order drafts</source>
        <translation>Brouillons de commande</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Nouvelle commande</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Opens the selected draft in an editor tab on the Orders page (or double-click it)</source>
        <translation>Ouvre le brouillon sélectionné dans un onglet d&apos;édition de la page Commandes (ou double-cliquez dessus)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Deletes the selected draft after asking</source>
        <translation>Supprime le brouillon sélectionné après confirmation</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>BC client</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié le</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>No drafts. A new order is saved here as a draft while you write it, until the API has confirmed it.</source>
        <translation>Aucun brouillon. Une nouvelle commande est enregistrée ici comme brouillon pendant sa saisie, jusqu&apos;à ce que l&apos;API l&apos;ait confirmée.</translation>
    </message>
    <message>
        <source>(no customer PO yet)</source>
        <translation>(pas encore de BC client)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 — other profile</source>
        <translation>%1 — autre profil</translation>
    </message>
    <message>
        <source>Made under the profile %1, not the active one. Resuming and submitting it sends it with the active profile.</source>
        <translation>Créé sous le profil %1, et non sous le profil actif. S&apos;il est repris et soumis, il sera envoyé avec le profil actif.</translation>
    </message>
    <message>
        <source>Submitted — awaiting confirmation</source>
        <translation>Soumis — en attente de confirmation</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>En cours de modification</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The files were left in %1.</source>
        <translation>Les fichiers ont été laissés dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft file(s) cannot be read.</source>
        <translation>
            <numerusform>%n fichier de brouillon ne peut pas être lu.</numerusform>
            <numerusform>%n fichiers de brouillon ne peuvent pas être lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n brouillon</numerusform>
            <numerusform>%n brouillons</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Discard the draft without a customer PO?</source>
        <translation>Supprimer le brouillon sans BC client&#xa0;?</translation>
    </message>
    <message>
        <source>Discard the draft %1?</source>
        <translation>Supprimer le brouillon %1&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n line(s) and every field are deleted from this computer.</source>
        <translation>
            <numerusform>%n ligne et tous les champs du brouillon sont supprimés de cet ordinateur.</numerusform>
            <numerusform>%n lignes et tous les champs du brouillon sont supprimés de cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was submitted and not yet confirmed: check whether the order was placed before you discard it.</source>
        <translation>Il a été soumis mais pas encore confirmé&#xa0;: vérifiez si la commande a été passée avant de le supprimer.</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Brouillon supprimé.</translation>
    </message>
    <message>
        <source>Draft %1 discarded.</source>
        <translation>Brouillon %1 supprimé.</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>PRODUCTION · real orders</source>
        <translation>PRODUCTION · commandes réelles</translation>
    </message>
    <message>
        <source>Vendor sandbox</source>
        <translation>Bac à sable Ingram Micro</translation>
    </message>
    <message>
        <source>Offline sandbox · test data</source>
        <translation>Bac à sable hors ligne · données de test</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Personnalisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected through profile &quot;%1&quot; to %2</source>
        <translation>Connecté via le profil «&#xa0;%1&#xa0;» à %2</translation>
    </message>
</context>
<context>
    <name>EstimatedDatesModel</name>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ExitCode</name>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>success; a search that finds nothing prints an empty result, a note on stderr, and exits 0</source>
        <translation>succès&#xa0;; une recherche sans résultat affiche un résultat vide et une note sur stderr, et se termine avec 0</translation>
    </message>
    <message>
        <source>other failure (the offline sandbox could not start)</source>
        <translation>autre échec (le bac à sable hors ligne n&apos;a pas pu démarrer)</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, invalid value, a query the API would refuse</source>
        <translation>erreur d&apos;utilisation&#xa0;: commande ou option inconnue, valeur non valide, requête que l&apos;API refuserait</translation>
    </message>
    <message>
        <source>API error: HTTP 4xx or 5xx (such as an unknown order), or an answer that could not be read</source>
        <translation>erreur d&apos;API&#xa0;: HTTP 4xx ou 5xx (par exemple une commande inconnue), ou réponse illisible</translation>
    </message>
    <message>
        <source>network error: no connection, timeout, TLS failure</source>
        <translation>erreur réseau&#xa0;: pas de connexion, délai dépassé, échec TLS</translation>
    </message>
    <message>
        <source>configuration error: unknown profile, no client secret, keychain unavailable, credentials refused</source>
        <translation>erreur de configuration&#xa0;: profil inconnu, pas de secret client, trousseau indisponible, identifiants refusés</translation>
    </message>
    <message>
        <source>unconfirmed: the answer to a create or cancel was lost, so it may have been carried out; it is never sent again automatically</source>
        <translation>non confirmé&#xa0;: la réponse à une création ou à une annulation a été perdue, l&apos;opération a donc peut-être été effectuée&#xa0;; elle n&apos;est jamais renvoyée automatiquement</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain was closed before it answered.</source>
        <translation>Le trousseau système a été fermé avant de répondre.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau système</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be waiting for you to unlock it, or its service may not be responding.</source>
        <translation>
            <numerusform>Le trousseau système n&apos;a pas répondu dans un délai de %n seconde. Il attend peut-être que vous le déverrouilliez, ou son service ne répond pas.</numerusform>
            <numerusform>Le trousseau système n&apos;a pas répondu dans un délai de %n secondes. Il attend peut-être que vous le déverrouilliez, ou son service ne répond pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client secret is stored in the system keychain for this profile.</source>
        <translation>Aucun secret client n&apos;est stocké dans le trousseau système pour ce profil.</translation>
    </message>
    <message>
        <source>The client secret could not be removed from the system keychain: %1</source>
        <translation>Le secret client n&apos;a pas pu être supprimé du trousseau système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>L&apos;accès au trousseau système a été refusé.</translation>
    </message>
    <message>
        <source>The system keychain refused access. It may be locked: unlock it and try again.</source>
        <translation>Le trousseau système a refusé l&apos;accès. Il est peut-être verrouillé&#xa0;: déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>No system keychain is available. On Linux, a Secret Service such as GNOME Keyring or KWallet must be running.</source>
        <translation>Aucun trousseau système n&apos;est disponible. Sous Linux, un service Secret Service tel que GNOME Keyring ou KWallet doit être en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>This system has no keychain ResellerDesk can use.</source>
        <translation>Ce système ne dispose d&apos;aucun trousseau utilisable par ResellerDesk.</translation>
    </message>
    <message>
        <source>The system keychain could not be reached.</source>
        <translation>Impossible de joindre le trousseau système.</translation>
    </message>
    <message>
        <source>The system keychain could not be reached: %1</source>
        <translation>Impossible de joindre le trousseau système&#xa0;: %1</translation>
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
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Active connection profile</source>
        <translation>Profil de connexion actif</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Bac à sable</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation>&amp;Profils de connexion…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find Orders</source>
        <translation>&amp;Rechercher des commandes</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Sandbox &amp;Testing Options…</source>
        <translation>&amp;Options de test du bac à sable…</translation>
    </message>
    <message>
        <source>Simulated statuses, region code and fault switches for sandbox profiles</source>
        <translation>Statuts simulés, code région et pannes simulées pour les profils de bac à sable</translation>
    </message>
    <message>
        <source>&amp;About ResellerDesk</source>
        <translation>À &amp;propos de ResellerDesk</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>Last request: %1 %2 → HTTP %3 in %4 ms</source>
        <translation>Dernière requête&#xa0;: %1 %2 → HTTP %3 en %4 ms</translation>
    </message>
    <message>
        <source>Last request: %1 %2 failed: %3</source>
        <translation>Dernière requête&#xa0;: %1 %2 en échec&#xa0;: %3</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de corrélation&#xa0;: %1</translation>
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
        <translation>%1 · client %2 · %3</translation>
    </message>
    <message>
        <source>The request %1 is no longer in the request log.</source>
        <translation>La requête %1 ne figure plus dans le journal des requêtes.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;New Order</source>
        <translation>&amp;Nouvelle commande</translation>
    </message>
    <message>
        <source>Write a new order; it is saved as a draft as you type</source>
        <translation>Saisir une nouvelle commande&#xa0;; elle est enregistrée comme brouillon au fil de la saisie</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Pending orders</source>
        <translation>Commandes en instance</translation>
    </message>
    <message>
        <source>Pending orders (%1)</source>
        <translation>Commandes en instance (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting to appear</source>
        <translation>
            <numerusform>%n commande en attente d&apos;apparition</numerusform>
            <numerusform>%n commandes en attente d&apos;apparition</numerusform>
        </translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Commande passée</translation>
    </message>
    <message>
        <source>Order not found</source>
        <translation>Commande introuvable</translation>
    </message>
    <message>
        <source>Customer PO %1 was placed as %2.</source>
        <translation>Le BC client %1 a été passé sous le numéro de commande %2.</translation>
    </message>
    <message>
        <source>Customer PO %1: %2. Search for it under Orders before you place it again.</source>
        <translation>BC client %1&#xa0;: %2. Recherchez-le dans Commandes avant de le passer à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n order draft(s) waiting under Drafts.</source>
        <translation>
            <numerusform>%n brouillon de commande en attente dans Brouillons.</numerusform>
            <numerusform>%n brouillons de commande en attente dans Brouillons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Order from Q&amp;uote…</source>
        <translation>Commande sur &amp;devis…</translation>
    </message>
    <message>
        <source>Turn a vendor quote into an order</source>
        <translation>Transformer un devis constructeur en commande</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Show &amp;request</source>
        <translation>Afficher la re&amp;quête</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Open this request in the request log</source>
        <translation>Ouvrir cette requête dans le journal des requêtes</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copier l&apos;ID</translation>
    </message>
    <message>
        <source>Copy the correlation ID, for Ingram Micro API support</source>
        <translation>Copier l&apos;ID de corrélation, pour le support API d&apos;Ingram Micro</translation>
    </message>
    <message>
        <source>Copy correlation ID</source>
        <translation>Copier l&apos;ID de corrélation</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de corrélation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MiscChargesModel</name>
    <message>
        <source>Sub-order</source>
        <translation>Sous-commande</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>ModifyOrderDialog</name>
    <message>
        <source>Modify Order</source>
        <translation>Modifier la commande</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Lignes de commande</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add a line with an Ingram part number and a quantity</source>
        <translation>Ajouter une ligne avec une référence Ingram et une quantité</translation>
    </message>
    <message>
        <source>&amp;Delete line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>Prices are not part of a change: Ingram Micro prices added and changed lines.</source>
        <translation>Les prix ne font pas partie d&apos;une modification&#xa0;: Ingram Micro fixe le prix des lignes ajoutées et modifiées.</translation>
    </message>
    <message>
        <source>Order notes</source>
        <translation>Notes de la commande</translation>
    </message>
    <message>
        <source>Change the &amp;ship-to address</source>
        <translation>&amp;Modifier l&apos;adresse de livraison</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Société&#xa0;:</translation>
    </message>
    <message>
        <source>Address line 1:</source>
        <translation>Ligne d&apos;adresse 1&#xa0;:</translation>
    </message>
    <message>
        <source>Address line 2:</source>
        <translation>Ligne d&apos;adresse 2&#xa0;:</translation>
    </message>
    <message>
        <source>Address line 3:</source>
        <translation>Ligne d&apos;adresse 3&#xa0;:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Code postal&#xa0;:</translation>
    </message>
    <message>
        <source>Country code:</source>
        <translation>Code pays&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Modify Order %1</source>
        <translation>Modifier la commande %1</translation>
    </message>
    <message>
        <source>Order %1 is on customer hold. Change quantities and notes in the table, add or delete lines, and change the notes or the ship-to address. Only what you change is sent; everything else stays as it is.</source>
        <translation>La commande %1 est en attente client. Modifiez les quantités et les notes dans le tableau, ajoutez ou supprimez des lignes, et modifiez les notes ou l&apos;adresse de livraison. Seules vos modifications sont envoyées&#xa0;; tout le reste demeure inchangé.</translation>
    </message>
    <message>
        <source>&amp;Send Changes</source>
        <translation>&amp;Envoyer les modifications</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Ingram part</source>
        <translation>Réf. Ingram</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Line notes</source>
        <translation>Notes de ligne</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>The API prices lines itself; a change cannot set a price.</source>
        <translation>L&apos;API fixe elle-même le prix des lignes&#xa0;; une modification ne peut pas définir de prix.</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Aucune note</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>Ingram part number of the new line</source>
        <translation>Référence Ingram de la nouvelle ligne</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>add as line %1</source>
        <translation>ajouter comme ligne %1</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>Enter the Ingram part number.</source>
        <translation>Saisissez la référence Ingram.</translation>
    </message>
    <message>
        <source>An Ingram part number has letters and digits only.</source>
        <translation>Une référence Ingram ne comporte que des lettres et des chiffres.</translation>
    </message>
    <message>
        <source>Enter the street address.</source>
        <translation>Saisissez l&apos;adresse postale.</translation>
    </message>
    <message>
        <source>Enter the city.</source>
        <translation>Saisissez la ville.</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>Saisissez le code postal.</translation>
    </message>
    <message>
        <source>A two-letter ISO country code, such as US.</source>
        <translation>Un code pays ISO à deux lettres, par exemple US.</translation>
    </message>
    <message>
        <source>A US ZIP code has five or nine digits.</source>
        <translation>Un code ZIP américain comporte cinq ou neuf chiffres.</translation>
    </message>
    <message>
        <source>An email address has an @ in it.</source>
        <translation>Une adresse e-mail contient un @.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>add %1 × %2 as line %3</source>
        <translation>ajouter %1 × %2 comme ligne %3</translation>
    </message>
    <message>
        <source>(no part yet)</source>
        <translation>(pas encore de référence)</translation>
    </message>
    <message>
        <source>update line %1 (quantity %2)</source>
        <translation>mettre à jour la ligne %1 (quantité %2)</translation>
    </message>
    <message>
        <source>delete line %1 (%2)</source>
        <translation>supprimer la ligne %1 (%2)</translation>
    </message>
    <message>
        <source>clear the order notes</source>
        <translation>effacer les notes de la commande</translation>
    </message>
    <message>
        <source>new order notes</source>
        <translation>nouvelles notes de la commande</translation>
    </message>
    <message>
        <source>a new ship-to address</source>
        <translation>une nouvelle adresse de livraison</translation>
    </message>
    <message>
        <source>Nothing is changed yet.</source>
        <translation>Aucune modification pour l&apos;instant.</translation>
    </message>
    <message>
        <source>To send: %1.</source>
        <translation>À envoyer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Keep line</source>
        <translation>&amp;Conserver la ligne</translation>
    </message>
    <message>
        <source>Remove the new line</source>
        <translation>Retirer la nouvelle ligne</translation>
    </message>
    <message>
        <source>Delete the selected line from the order, or keep it after all</source>
        <translation>Supprimer la ligne sélectionnée de la commande, ou finalement la conserver</translation>
    </message>
    <message>
        <source>Change something first</source>
        <translation>Modifiez d&apos;abord quelque chose</translation>
    </message>
    <message>
        <source>Send the changes to Ingram Micro</source>
        <translation>Envoyer les modifications à Ingram Micro</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention before they can be sent.</source>
        <translation>
            <numerusform>%n modification doit être corrigée avant de pouvoir être envoyée.</numerusform>
            <numerusform>%n modifications doivent être corrigées avant de pouvoir être envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reasons are shown next to the fields.</source>
        <translation>Les raisons sont indiquées à côté des champs.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard the changes to order %1? Nothing has been sent.</source>
        <translation>Abandonner les modifications de la commande %1&#xa0;? Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>OrderAttributesModel</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>OrderCreateRequest</name>
    <message>
        <source>The customer PO is required.</source>
        <translation>Le BC client est obligatoire.</translation>
    </message>
    <message>
        <source>A ship-to address needs a street.</source>
        <translation>Une adresse de livraison doit comporter une rue.</translation>
    </message>
    <message>
        <source>A ship-to address needs a city.</source>
        <translation>Une adresse de livraison doit comporter une ville.</translation>
    </message>
    <message>
        <source>A ship-to address needs a postal code.</source>
        <translation>Une adresse de livraison doit comporter un code postal.</translation>
    </message>
    <message>
        <source>A ship-to address needs a country.</source>
        <translation>Une adresse de livraison doit comporter un pays.</translation>
    </message>
    <message>
        <source>An attribute needs a name.</source>
        <translation>Un attribut doit avoir un nom.</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>Une commande doit comporter au moins une ligne.</translation>
    </message>
    <message>
        <source>Line number %1 is used twice.</source>
        <translation>Le numéro de ligne %1 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>An Ingram or vendor part number is required.</source>
        <translation>Une référence Ingram ou constructeur est obligatoire.</translation>
    </message>
    <message>
        <source>An Ingram part number is required.</source>
        <translation>Une référence Ingram est obligatoire.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>La quantité doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>The price must not be negative.</source>
        <translation>Le prix ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>At most %1 characters, not %2.</source>
        <translation>%1 caractères au maximum, et non %2.</translation>
    </message>
    <message>
        <source>A two-letter country code such as US.</source>
        <translation>Un code pays à deux lettres, par exemple US.</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>Ce n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Digits, spaces and + ( ) - . only, such as +1 555 0100.</source>
        <translation>Chiffres, espaces et + ( ) - . uniquement, par exemple +1 555 0100.</translation>
    </message>
    <message>
        <source>v7 orders have no third address line; move it to line 2.</source>
        <translation>Les commandes v7 n&apos;ont pas de troisième ligne d&apos;adresse&#xa0;; déplacez-la sur la ligne 2.</translation>
    </message>
    <message>
        <source>Give a ship-to address ID or a full address, not both.</source>
        <translation>Indiquez un ID d&apos;adresse de livraison ou une adresse complète, mais pas les deux.</translation>
    </message>
    <message>
        <source>The requested delivery date %1 is in the past.</source>
        <translation>La date de livraison demandée %1 est dans le passé.</translation>
    </message>
    <message>
        <source>v6 orders take no vendor part number; use v7 or clear it.</source>
        <translation>Les commandes v6 n&apos;acceptent pas de référence constructeur&#xa0;; utilisez v7 ou effacez-la.</translation>
    </message>
</context>
<context>
    <name>OrderCreateRequestReader</name>
    <message>
        <source>Expected text.</source>
        <translation>Texte attendu.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Valeur attendue&#xa0;: true ou false.</translation>
    </message>
    <message>
        <source>ResellerDesk cannot send this field; remove it or place the order in another way.</source>
        <translation>ResellerDesk ne peut pas envoyer ce champ&#xa0;; supprimez-le ou passez la commande autrement.</translation>
    </message>
    <message>
        <source>Expected a date such as 2026-07-31.</source>
        <translation>Date attendue, par exemple 2026-07-31.</translation>
    </message>
    <message>
        <source>Expected a list of attributeName/attributeValue pairs.</source>
        <translation>Liste de paires attributeName/attributeValue attendue.</translation>
    </message>
    <message>
        <source>Expected a list of lines.</source>
        <translation>Liste de lignes attendue.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Objet attendu.</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>Nombre attendu.</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Nombre entier attendu.</translation>
    </message>
    <message>
        <source>Give either an addressId or an address, not both.</source>
        <translation>Indiquez soit un addressId, soit une adresse, mais pas les deux.</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>JSON non valide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Expected a JSON object with the order.</source>
        <translation>Objet JSON contenant la commande attendu.</translation>
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
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Order date:</source>
        <translation>Date de commande&#xa0;:</translation>
    </message>
    <message>
        <source>Order type:</source>
        <translation>Type de commande&#xa0;:</translation>
    </message>
    <message>
        <source>direct ship (D)</source>
        <translation>livraison directe (D)</translation>
    </message>
    <message>
        <source>stock (S)</source>
        <translation>stock (S)</translation>
    </message>
    <message>
        <source>Customer PO:</source>
        <translation>BC client&#xa0;:</translation>
    </message>
    <message>
        <source>End customer PO:</source>
        <translation>BC client final&#xa0;:</translation>
    </message>
    <message>
        <source>Web order ID:</source>
        <translation>ID de commande Web&#xa0;:</translation>
    </message>
    <message>
        <source>Vendor sales order:</source>
        <translation>Commande constructeur&#xa0;:</translation>
    </message>
    <message>
        <source>Ingram PO:</source>
        <translation>BC Ingram&#xa0;:</translation>
    </message>
    <message>
        <source>Sub-orders:</source>
        <translation>Sous-commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Sous-total&#xa0;:</translation>
    </message>
    <message>
        <source>Freight:</source>
        <translation>Frais de port&#xa0;:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Taxes&#xa0;:</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Frais&#xa0;:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total&#xa0;:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Conditions de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturer à</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Utilisateur final</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Tél.&#xa0;: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LIGNE</translation>
    </message>
    <message>
        <source>SUB-ORDER</source>
        <translation>SOUS-CDE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>INGRAM PART</source>
        <translation>RÉF. INGRAM</translation>
    </message>
    <message>
        <source>VENDOR PART</source>
        <translation>RÉF. CONSTRUCTEUR</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>ORDERED</source>
        <translation>COMMANDÉ</translation>
    </message>
    <message>
        <source>CONFIRMED</source>
        <translation>CONFIRMÉ</translation>
    </message>
    <message>
        <source>BACKORDERED</source>
        <translation>RELIQUAT</translation>
    </message>
    <message>
        <source>SHIPPED</source>
        <translation>EXPÉDIÉ</translation>
    </message>
    <message>
        <source>UNIT PRICE</source>
        <translation>PRIX UNITAIRE</translation>
    </message>
    <message>
        <source>EXTENDED</source>
        <translation>TOTAL LIGNE</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Expéditions</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 (%2): %n unit(s)</source>
        <translation>
            <numerusform>Ligne %1 (%2)&#xa0;: %n unité</numerusform>
            <numerusform>Ligne %1 (%2)&#xa0;: %n unités</numerusform>
        </translation>
    </message>
    <message>
        <source>delivery %1</source>
        <translation>livraison %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Estimated ship date:</source>
        <translation>Date d&apos;expédition estimée&#xa0;:</translation>
    </message>
    <message>
        <source>Shipped:</source>
        <translation>Expédié le&#xa0;:</translation>
    </message>
    <message>
        <source>Estimated delivery:</source>
        <translation>Livraison estimée&#xa0;:</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Facture&#xa0;:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>Transporteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>livré le %1</translation>
    </message>
    <message>
        <source>delivery expected %1</source>
        <translation>livraison prévue le %1</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>Suivi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Serial numbers: %1</source>
        <translation>Numéros de série&#xa0;: %1</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>Autres frais</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>MONTANT</translation>
    </message>
</context>
<context>
    <name>OrderDetailsQuery</name>
    <message>
        <source>Enter an Ingram Micro order number.</source>
        <translation>Saisissez un numéro de commande Ingram Micro.</translation>
    </message>
    <message numerus="yes">
        <source>An Ingram Micro order number has at most %n characters.</source>
        <translation>
            <numerusform>Un numéro de commande Ingram Micro comporte au maximum %n caractère.</numerusform>
            <numerusform>Un numéro de commande Ingram Micro comporte au maximum %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a status the sandbox can simulate; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut que le bac à sable peut simuler&#xa0;; utilisez l&apos;un des statuts suivants&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>OrderDetailsView</name>
    <message>
        <source>Order details</source>
        <translation>Détail de la commande</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load the order again from the API (F5)</source>
        <translation>Recharger la commande depuis l&apos;API (F5)</translation>
    </message>
    <message>
        <source>Refresh order</source>
        <translation>Actualiser la commande</translation>
    </message>
    <message>
        <source>Copy order &amp;number</source>
        <translation>Copier le &amp;numéro de commande</translation>
    </message>
    <message>
        <source>Copy the order number to the clipboard</source>
        <translation>Copier le numéro de commande dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy order number</source>
        <translation>Copier le numéro de commande</translation>
    </message>
    <message>
        <source>Copy &amp;line serials</source>
        <translation>Copier les n° de série de la &amp;ligne</translation>
    </message>
    <message>
        <source>Copy the serial numbers of the selected line, one per line</source>
        <translation>Copier les numéros de série de la ligne sélectionnée, un par ligne</translation>
    </message>
    <message>
        <source>Copy serial numbers of the selected line</source>
        <translation>Copier les numéros de série de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Copy &amp;all serials</source>
        <translation>Copier &amp;tous les n° de série</translation>
    </message>
    <message>
        <source>Copy every serial number of the order, one per line</source>
        <translation>Copier tous les numéros de série de la commande, un par ligne</translation>
    </message>
    <message>
        <source>Copy all serial numbers of the order</source>
        <translation>Copier tous les numéros de série de la commande</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the order</source>
        <translation>Imprimer la commande</translation>
    </message>
    <message>
        <source>Print order</source>
        <translation>Imprimer la commande</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the order as a PDF file</source>
        <translation>Enregistrer la commande dans un fichier PDF</translation>
    </message>
    <message>
        <source>Save order as PDF</source>
        <translation>Enregistrer la commande en PDF</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Order details sections</source>
        <translation>Sections du détail de la commande</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Order number:</source>
        <translation>Numéro de commande&#xa0;:</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Customer PO:</source>
        <translation>BC client&#xa0;:</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>BC client</translation>
    </message>
    <message>
        <source>End-customer PO:</source>
        <translation>BC client final&#xa0;:</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>BC client final</translation>
    </message>
    <message>
        <source>Order date:</source>
        <translation>Date de commande&#xa0;:</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Order type:</source>
        <translation>Type de commande&#xa0;:</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>Type de commande</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Order status icon</source>
        <translation>Icône du statut de la commande</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Statut de la commande</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Conditions de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source>Ingram PO:</source>
        <translation>BC Ingram&#xa0;:</translation>
    </message>
    <message>
        <source>Ingram purchase order number</source>
        <translation>Numéro de bon de commande Ingram</translation>
    </message>
    <message>
        <source>Vendor sales order:</source>
        <translation>Commande constructeur&#xa0;:</translation>
    </message>
    <message>
        <source>Vendor sales order number</source>
        <translation>Numéro de commande constructeur</translation>
    </message>
    <message>
        <source>Web order ID:</source>
        <translation>ID de commande Web&#xa0;:</translation>
    </message>
    <message>
        <source>Web order ID</source>
        <translation>ID de commande Web</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Order totals</source>
        <translation>Totaux de la commande</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Sous-total&#xa0;:</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Freight:</source>
        <translation>Frais de port&#xa0;:</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>Frais de port</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Taxes&#xa0;:</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Frais&#xa0;:</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total&#xa0;:</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Total de la commande</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturer à</translation>
    </message>
    <message>
        <source>Bill-to address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>Ship-to address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Utilisateur final</translation>
    </message>
    <message>
        <source>End-user address</source>
        <translation>Adresse de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Order notes</source>
        <translation>Notes de la commande</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Lignes de commande</translation>
    </message>
    <message>
        <source>Shipments, tracking and serial numbers</source>
        <translation>Expéditions, numéros de suivi et numéros de série</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <source>Charges, attributes and dates</source>
        <translation>Frais, attributs et dates</translation>
    </message>
    <message>
        <source>Miscellaneous charges</source>
        <translation>Frais divers</translation>
    </message>
    <message>
        <source>Additional attributes</source>
        <translation>Attributs supplémentaires</translation>
    </message>
    <message>
        <source>Estimated dates</source>
        <translation>Dates estimées</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Raw response JSON</source>
        <translation>JSON brut de la réponse</translation>
    </message>
    <message>
        <source>Print Order</source>
        <translation>Imprimer la commande</translation>
    </message>
    <message>
        <source>Loading order %1…</source>
        <translation>Chargement de la commande %1…</translation>
    </message>
    <message>
        <source>The order cannot be loaded: not connected.</source>
        <translation>Impossible de charger la commande&#xa0;: non connecté.</translation>
    </message>
    <message>
        <source>Loading order %1 was cancelled. Press Refresh to try again.</source>
        <translation>Le chargement de la commande %1 a été annulé. Cliquez sur Actualiser pour réessayer.</translation>
    </message>
    <message>
        <source>Loading order %1 cancelled.</source>
        <translation>Chargement de la commande %1 annulé.</translation>
    </message>
    <message>
        <source>Order %1 could not be loaded.</source>
        <translation>La commande %1 n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <source>Order %1 could not be loaded: %2</source>
        <translation>La commande %1 n&apos;a pas pu être chargée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Order %1 loaded.</source>
        <translation>Commande %1 chargée.</translation>
    </message>
    <message>
        <source>Totals (%1)</source>
        <translation>Totaux (%1)</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>Lignes (%1)</translation>
    </message>
    <message>
        <source>Charges, attributes and dates (%1)</source>
        <translation>Frais, attributs et dates (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tab title: order number, customer PO</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Opening the tracking page of %1…</source>
        <translation>Ouverture de la page de suivi de %1…</translation>
    </message>
    <message>
        <source>Order number %1 copied.</source>
        <translation>Numéro de commande %1 copié.</translation>
    </message>
    <message>
        <source>%1 has no serial numbers.</source>
        <translation>%1 n&apos;a aucun numéro de série.</translation>
    </message>
    <message numerus="yes">
        <source>%n serial number(s) of %1 copied.</source>
        <translation>
            <numerusform>%n numéro de série de %1 copié.</numerusform>
            <numerusform>%n numéros de série de %1 copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation>Sélectionnez d&apos;abord une ligne.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Order %1 could not be printed.</source>
        <translation>La commande %1 n&apos;a pas pu être imprimée.</translation>
    </message>
    <message>
        <source>Check the printer and try again.</source>
        <translation>Vérifiez l&apos;imprimante et réessayez.</translation>
    </message>
    <message>
        <source>Order %1 sent to the printer.</source>
        <translation>Commande %1 envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1.</source>
        <translation>Le PDF n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>Order %1 saved to %2.</source>
        <translation>Commande %1 enregistrée dans %2.</translation>
    </message>
    <message>
        <source>Print Order %1</source>
        <translation>Imprimer la commande %1</translation>
    </message>
    <message>
        <source>Save Order as PDF</source>
        <translation>Enregistrer la commande en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Order %1.pdf</source>
        <translation>Commande %1.pdf</translation>
    </message>
    <message>
        <source>&amp;Modify…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change lines, notes or the ship-to address of this order on customer hold</source>
        <translation>Modifier les lignes, les notes ou l&apos;adresse de livraison de cette commande en attente client</translation>
    </message>
    <message>
        <source>Modify order</source>
        <translation>Modifier la commande</translation>
    </message>
    <message>
        <source>R&amp;elease</source>
        <translation>Li&amp;bérer</translation>
    </message>
    <message>
        <source>Release this order on customer hold for shipping</source>
        <translation>Libérer cette commande en attente client pour l&apos;expédition</translation>
    </message>
    <message>
        <source>Release order</source>
        <translation>Libérer la commande</translation>
    </message>
    <message>
        <source>Cancel &amp;Order</source>
        <translation>Annuler la &amp;commande</translation>
    </message>
    <message>
        <source>Cancel this order on customer hold</source>
        <translation>Annuler cette commande en attente client</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Shipments: %1, %2</source>
        <translation>Expéditions&#xa0;: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking number(s)</source>
        <translation>
            <numerusform>%n numéro de suivi</numerusform>
            <numerusform>%n numéros de suivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serial number(s)</source>
        <translation>
            <numerusform>%n numéro de série</numerusform>
            <numerusform>%n numéros de série</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders on customer hold can be changed within 24 hours of being placed; after that Ingram Micro voids them.</source>
        <translation>Les commandes en attente client peuvent être modifiées dans les 24 heures suivant leur passation&#xa0;; passé ce délai, Ingram Micro les annule.</translation>
    </message>
    <message>
        <source>Change lines, notes or the ship-to address of this order on customer hold. %1</source>
        <translation>Modifier les lignes, les notes ou l&apos;adresse de livraison de cette commande en attente client. %1</translation>
    </message>
    <message>
        <source>Release this order for shipping; it can no longer be changed afterwards. %1</source>
        <translation>Libérer cette commande pour l&apos;expédition&#xa0;; elle ne pourra plus être modifiée ensuite. %1</translation>
    </message>
    <message>
        <source>Cancel this order on customer hold. %1</source>
        <translation>Annuler cette commande en attente client. %1</translation>
    </message>
    <message>
        <source>Available once the order is loaded.</source>
        <translation>Disponible une fois la commande chargée.</translation>
    </message>
    <message>
        <source>A change to this order is under way.</source>
        <translation>Une modification de cette commande est en cours.</translation>
    </message>
    <message>
        <source>Available once the order is loaded again.</source>
        <translation>Disponible une fois la commande rechargée.</translation>
    </message>
    <message>
        <source>Only an order on customer hold can be modified, released or cancelled; the status of order %1 is “%2”.</source>
        <translation>Seule une commande en attente client peut être modifiée, libérée ou annulée&#xa0;; le statut de la commande %1 est «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Order %1 is on hold, but it was not placed on customer hold (allowOrderOnCustomerHold), so it cannot be modified, released or cancelled.</source>
        <translation>La commande %1 est en attente, mais elle n&apos;a pas été passée en attente client (allowOrderOnCustomerHold)&#xa0;: elle ne peut donc pas être modifiée, libérée ni annulée.</translation>
    </message>
    <message>
        <source>Order %1 changed.</source>
        <translation>Commande %1 modifiée.</translation>
    </message>
    <message>
        <source>The answer to the change of order %1 was lost: the change may have been applied.</source>
        <translation>La réponse à la modification de la commande %1 a été perdue&#xa0;: la modification a peut-être été appliquée.</translation>
    </message>
    <message>
        <source>Nothing is sent again. The order is loaded again to show what happened; check it before changing it again.</source>
        <translation>Rien n&apos;est renvoyé. La commande est rechargée pour montrer ce qui s&apos;est passé&#xa0;; vérifiez-la avant de la modifier à nouveau.</translation>
    </message>
    <message>
        <source>Line %1: %2, quantity %3</source>
        <translation>Ligne %1&#xa0;: %2, quantité %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Order notes: %1</source>
        <translation>Notes de la commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ship-to: %1</source>
        <translation>Livraison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3 %4</source>
        <translation>Ligne %1 (%2)&#xa0;: %3 %4</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>see the request log</source>
        <translation>voir le journal des requêtes</translation>
    </message>
    <message>
        <source>Order %1 was changed only in part.</source>
        <translation>La commande %1 n&apos;a été modifiée qu&apos;en partie.</translation>
    </message>
    <message>
        <source>Done:
%1
Not done:
%2</source>
        <translation>Effectué&#xa0;:
%1
Non effectué&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Release Order</source>
        <translation>Libérer la commande</translation>
    </message>
    <message>
        <source>Release order %1 for shipping? It can no longer be modified or cancelled.</source>
        <translation>Libérer la commande %1 pour l&apos;expédition&#xa0;? Elle ne pourra plus être modifiée ni annulée.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <source>&amp;Keep on Hold</source>
        <translation>&amp;Conserver en attente</translation>
    </message>
    <message>
        <source>Cancel Order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message numerus="yes">
        <source>Cancel order %1? All %n line(s) are cancelled. This cannot be undone.</source>
        <translation>
            <numerusform>Annuler la commande %1&#xa0;? %n ligne sera annulée. Cette action est irréversible.</numerusform>
            <numerusform>Annuler la commande %1&#xa0;? Les %n lignes seront toutes annulées. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Order</source>
        <translation>&amp;Conserver la commande</translation>
    </message>
    <message>
        <source>Releasing order %1…</source>
        <translation>Libération de la commande %1…</translation>
    </message>
    <message>
        <source>Cancelling order %1…</source>
        <translation>Annulation de la commande %1…</translation>
    </message>
    <message>
        <source>Order %1 released for shipping.</source>
        <translation>Commande %1 libérée pour l&apos;expédition.</translation>
    </message>
    <message>
        <source>Order %1 cancelled.</source>
        <translation>Commande %1 annulée.</translation>
    </message>
    <message>
        <source>The answer to releasing order %1 was lost: it may have been released.</source>
        <translation>La réponse à la libération de la commande %1 a été perdue&#xa0;: elle a peut-être été libérée.</translation>
    </message>
    <message>
        <source>The answer to cancelling order %1 was lost: it may have been cancelled.</source>
        <translation>La réponse à l&apos;annulation de la commande %1 a été perdue&#xa0;: elle a peut-être été annulée.</translation>
    </message>
    <message>
        <source>Nothing is sent again. The order is loaded again to show what happened; check it before trying again.</source>
        <translation>Rien n&apos;est renvoyé. La commande est rechargée pour montrer ce qui s&apos;est passé&#xa0;; vérifiez-la avant de réessayer.</translation>
    </message>
    <message>
        <source>Nothing was changed. The order is loaded again to show its current status.</source>
        <translation>Rien n&apos;a été modifié. La commande est rechargée pour afficher son statut actuel.</translation>
    </message>
    <message>
        <source>Order %1 was not released: %2</source>
        <translation>La commande %1 n&apos;a pas été libérée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Order %1 was not cancelled: %2</source>
        <translation>La commande %1 n&apos;a pas été annulée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OrderDraft</name>
    <message>
        <source>The file is not an order draft.</source>
        <translation>Le fichier n&apos;est pas un brouillon de commande.</translation>
    </message>
    <message>
        <source>The draft has format version %1, which this version of ResellerDesk cannot read.</source>
        <translation>Le brouillon est au format version %1, que cette version de ResellerDesk ne sait pas lire.</translation>
    </message>
    <message>
        <source>The draft has no valid id.</source>
        <translation>Le brouillon n&apos;a pas d&apos;ID valide.</translation>
    </message>
    <message>
        <source>The draft has no order in it.</source>
        <translation>Le brouillon ne contient aucune commande.</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Order editor</source>
        <translation>Éditeur de commande</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Order API version</source>
        <translation>Version de l&apos;API de commande</translation>
    </message>
    <message>
        <source>&amp;Edit again</source>
        <translation>&amp;Modifier de nouveau</translation>
    </message>
    <message>
        <source>Makes a submitted draft editable again. Search the customer PO first: an order that was placed must not be placed twice.</source>
        <translation>Rend de nouveau modifiable un brouillon soumis. Recherchez d&apos;abord le BC client&#xa0;: une commande déjà passée ne doit pas l&apos;être une seconde fois.</translation>
    </message>
    <message>
        <source>&amp;Submit order</source>
        <translation>&amp;Soumettre la commande</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Customer &amp;PO:</source>
        <translation>&amp;BC client&#xa0;:</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>BC client</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>&amp;End-customer PO:</source>
        <translation>BC client &amp;final&#xa0;:</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>BC client final</translation>
    </message>
    <message>
        <source>&amp;Bill-to address ID:</source>
        <translation>&amp;ID d&apos;adresse de facturation&#xa0;:</translation>
    </message>
    <message>
        <source>Bill-to address ID</source>
        <translation>ID d&apos;adresse de facturation</translation>
    </message>
    <message>
        <source>the account&apos;s default when empty</source>
        <translation>par défaut celle du compte si vide</translation>
    </message>
    <message>
        <source>Special &amp;bid:</source>
        <translation>&amp;Prix spécial&#xa0;:</translation>
    </message>
    <message>
        <source>Special bid number</source>
        <translation>Numéro de prix spécial</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Order notes</source>
        <translation>Notes de la commande</translation>
    </message>
    <message>
        <source>Accept &amp;backorders</source>
        <translation>Accepter les reli&amp;quats</translation>
    </message>
    <message>
        <source>Lines that are out of stock are backordered instead of refused.</source>
        <translation>Les lignes en rupture de stock sont mises en reliquat au lieu d&apos;être refusées.</translation>
    </message>
    <message>
        <source>Place on customer &amp;hold</source>
        <translation>Mettre en attente c&amp;lient</translation>
    </message>
    <message>
        <source>Sends allowOrderOnCustomerHold = true: the order waits for release and can be modified, released or cancelled meanwhile.</source>
        <translation>Envoie allowOrderOnCustomerHold = true&#xa0;: la commande attend d&apos;être libérée et peut entre-temps être modifiée, libérée ou annulée.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>&amp;Carrier code:</source>
        <translation>Code &amp;transporteur&#xa0;:</translation>
    </message>
    <message>
        <source>Carrier code</source>
        <translation>Code transporteur</translation>
    </message>
    <message>
        <source>Deli&amp;very date:</source>
        <translation>&amp;Date de livraison&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;quest a date:</source>
        <translation>Dema&amp;nder une date&#xa0;:</translation>
    </message>
    <message>
        <source>Requested delivery date</source>
        <translation>Date de livraison demandée</translation>
    </message>
    <message>
        <source>Ship &amp;complete</source>
        <translation>Expédition &amp;groupée</translation>
    </message>
    <message>
        <source>Ship only when every line can ship.</source>
        <translation>N&apos;expédier que lorsque toutes les lignes peuvent être expédiées.</translation>
    </message>
    <message>
        <source>Si&amp;gnature required</source>
        <translation>Signat&amp;ure obligatoire</translation>
    </message>
    <message>
        <source>Shipping &amp;instructions:</source>
        <translation>Instructions d&apos;e&amp;xpédition&#xa0;:</translation>
    </message>
    <message>
        <source>Shipping instructions</source>
        <translation>Instructions d&apos;expédition</translation>
    </message>
    <message>
        <source>&amp;Freight account:</source>
        <translation>Compt&amp;e transporteur&#xa0;:</translation>
    </message>
    <message>
        <source>Freight account number</source>
        <translation>Numéro de compte transporteur</translation>
    </message>
    <message>
        <source>Ship-to</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Ship to an address on file by its ID, or enter a full address below. Leave both empty to ship to the account&apos;s default address.</source>
        <translation>Livrez à une adresse enregistrée en indiquant son ID, ou saisissez une adresse complète ci-dessous. Laissez les deux vides pour livrer à l&apos;adresse par défaut du compte.</translation>
    </message>
    <message>
        <source>Ship-to &amp;address ID:</source>
        <translation>ID d&apos;adresse de &amp;livraison&#xa0;:</translation>
    </message>
    <message>
        <source>Ship-to address ID</source>
        <translation>ID d&apos;adresse de livraison</translation>
    </message>
    <message>
        <source>an address on file</source>
        <translation>une adresse enregistrée</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>S&amp;ociété&#xa0;:</translation>
    </message>
    <message>
        <source>Ship-to company</source>
        <translation>Société de livraison</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Co&amp;ntact&#xa0;:</translation>
    </message>
    <message>
        <source>Ship-to contact</source>
        <translation>Contact de livraison</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>Ligne d&apos;adresse &amp;1&#xa0;:</translation>
    </message>
    <message>
        <source>Ship-to address line 1</source>
        <translation>Adresse de livraison, ligne 1</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Ligne d&apos;adresse &amp;2&#xa0;:</translation>
    </message>
    <message>
        <source>Ship-to address line 2</source>
        <translation>Adresse de livraison, ligne 2</translation>
    </message>
    <message>
        <source>Address line &amp;3:</source>
        <translation>Ligne d&apos;adresse &amp;3&#xa0;:</translation>
    </message>
    <message>
        <source>Ship-to address line 3</source>
        <translation>Adresse de livraison, ligne 3</translation>
    </message>
    <message>
        <source>v6 only</source>
        <translation>v6 uniquement</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille&#xa0;:</translation>
    </message>
    <message>
        <source>Ship-to city</source>
        <translation>Ville de livraison</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Ship-to state</source>
        <translation>État de livraison</translation>
    </message>
    <message>
        <source>e.g. CA</source>
        <translation>par ex. CA</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal&#xa0;:</translation>
    </message>
    <message>
        <source>Ship-to postal code</source>
        <translation>Code postal de livraison</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>Ship-to country code</source>
        <translation>Code pays de livraison</translation>
    </message>
    <message>
        <source>two letters, e.g. US</source>
        <translation>deux lettres, par ex. US</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>Ship-to phone number</source>
        <translation>Numéro de téléphone de livraison</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Ship-to e-mail address</source>
        <translation>Adresse e-mail de livraison</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Utilisateur final</translation>
    </message>
    <message>
        <source>The end user the order is for, when the vendor needs one. Leave empty when not needed: nothing is sent.</source>
        <translation>L&apos;utilisateur final auquel la commande est destinée, lorsque le constructeur en exige un. Laissez vide si ce n&apos;est pas nécessaire&#xa0;: rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>End user company</source>
        <translation>Société de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>End user contact</source>
        <translation>Contact de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>End user address line 1</source>
        <translation>Adresse de l&apos;utilisateur final, ligne 1</translation>
    </message>
    <message>
        <source>End user address line 2</source>
        <translation>Adresse de l&apos;utilisateur final, ligne 2</translation>
    </message>
    <message>
        <source>End user address line 3</source>
        <translation>Adresse de l&apos;utilisateur final, ligne 3</translation>
    </message>
    <message>
        <source>End user city</source>
        <translation>Ville de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>End user state</source>
        <translation>État de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>End user postal code</source>
        <translation>Code postal de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>End user country code</source>
        <translation>Code pays de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>End user phone number</source>
        <translation>Numéro de téléphone de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>End user e-mail address</source>
        <translation>Adresse e-mail de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Additional attributes sent with the order as name and value. The customer hold flag has its own checkbox on the Order tab.</source>
        <translation>Attributs supplémentaires envoyés avec la commande sous forme de nom et de valeur. L&apos;indicateur d&apos;attente client a sa propre case à cocher dans l&apos;onglet Commande.</translation>
    </message>
    <message>
        <source>Additional attributes</source>
        <translation>Attributs supplémentaires</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add a&amp;ttribute</source>
        <translation>Ajouter un a&amp;ttribut</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Supprimer l&apos;attribut</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>Adds an empty line (Insert)</source>
        <translation>Ajoute une ligne vide (Inser)</translation>
    </message>
    <message>
        <source>&amp;Remove lines</source>
        <translation>Supp&amp;rimer les lignes</translation>
    </message>
    <message>
        <source>Removes the selected lines (Delete)</source>
        <translation>Supprime les lignes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Paste &amp;lines</source>
        <translation>&amp;Coller des lignes</translation>
    </message>
    <message>
        <source>Pastes rows copied from a spreadsheet: part, quantity and an optional unit price separated by tabs (Ctrl+V)</source>
        <translation>Colle des lignes copiées depuis un tableur&#xa0;: référence, quantité et, en option, prix unitaire, séparés par des tabulations (Ctrl+V)</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Lignes de commande</translation>
    </message>
    <message>
        <source>v6 — placed at once</source>
        <translation>v6 — passée immédiatement</translation>
    </message>
    <message>
        <source>v7 — confirmed later</source>
        <translation>v7 — confirmée plus tard</translation>
    </message>
    <message>
        <source>v6 answers with the order; v7 only confirms it and the order appears a little later. The default comes from the connection profile.</source>
        <translation>v6 répond avec la commande&#xa0;; v7 se contente de la confirmer et la commande apparaît un peu plus tard. La valeur par défaut provient du profil de connexion.</translation>
    </message>
    <message>
        <source>The draft can be edited again.</source>
        <translation>Le brouillon peut de nouveau être modifié.</translation>
    </message>
    <message>
        <source>Search the customer PO before you submit it again: an order that was placed must not be placed twice.</source>
        <translation>Recherchez le BC client avant de le soumettre à nouveau&#xa0;: une commande déjà passée ne doit pas l&apos;être une seconde fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>New order %1</source>
        <translation>Nouvelle commande %1</translation>
    </message>
    <message>
        <source>This draft was started under another connection profile.</source>
        <translation>Ce brouillon a été commencé sous un autre profil de connexion.</translation>
    </message>
    <message>
        <source>Submitting it sends it with the active profile.</source>
        <translation>S&apos;il est soumis, il sera envoyé avec le profil actif.</translation>
    </message>
    <message>
        <source>Attribute %1: %2</source>
        <translation>Attribut %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) on this page</source>
        <translation>
            <numerusform>%n problème sur cette page</numerusform>
            <numerusform>%n problèmes sur cette page</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Soumission…</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) shown in red first.</source>
        <translation>
            <numerusform>Corrigez d&apos;abord %n problème signalé en rouge.</numerusform>
            <numerusform>Corrigez d&apos;abord les %n problèmes signalés en rouge.</numerusform>
        </translation>
    </message>
    <message>
        <source>required, at most %1 characters</source>
        <translation>obligatoire, %1 caractères au maximum</translation>
    </message>
    <message>
        <source>Confirmed by the API; the draft was removed.</source>
        <translation>Confirmée par l&apos;API&#xa0;; le brouillon a été supprimé.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Draft not saved: %1</source>
        <translation>Brouillon non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Submitted %1; kept until the API confirms the order.</source>
        <translation>Soumis %1&#xa0;; conservé jusqu&apos;à ce que l&apos;API confirme la commande.</translation>
    </message>
    <message>
        <source>Not saved as a draft.</source>
        <translation>Non enregistré comme brouillon.</translation>
    </message>
    <message>
        <source>Saving draft…</source>
        <translation>Enregistrement du brouillon…</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Brouillon enregistré %1</translation>
    </message>
    <message>
        <source>The clipboard holds no lines.</source>
        <translation>Le presse-papiers ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>Copy rows of part number and quantity (and a unit price, if you like) from a spreadsheet, then paste again.</source>
        <translation>Copiez depuis un tableur des lignes contenant une référence et une quantité (et éventuellement un prix unitaire), puis collez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) pasted.</source>
        <translation>
            <numerusform>%n ligne collée.</numerusform>
            <numerusform>%n lignes collées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Result of the order</source>
        <translation>Résultat de la commande</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be pasted:</source>
        <translation>
            <numerusform>%n ligne n&apos;a pas pu être collée&#xa0;:</numerusform>
            <numerusform>%n lignes n&apos;ont pas pu être collées&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderFilterPanel</name>
    <message>
        <source>Search filters</source>
        <translation>Filtres de recherche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Order status filter</source>
        <translation>Filtre de statut de commande</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Or&amp;dered between</source>
        <translation>Comman&amp;dée entre le</translation>
    </message>
    <message>
        <source>Filter by order date range</source>
        <translation>Filtrer par période de commande</translation>
    </message>
    <message>
        <source>Order date range start</source>
        <translation>Début de la période de commande</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <source>Order date range end</source>
        <translation>Fin de la période de commande</translation>
    </message>
    <message>
        <source>&amp;Invoiced between</source>
        <translation>&amp;Facturée entre le</translation>
    </message>
    <message>
        <source>Filter by invoice date range</source>
        <translation>Filtrer par période de facturation</translation>
    </message>
    <message>
        <source>Invoice date range start</source>
        <translation>Début de la période de facturation</translation>
    </message>
    <message>
        <source>Invoice date range end</source>
        <translation>Fin de la période de facturation</translation>
    </message>
    <message>
        <source>S&amp;hipped between</source>
        <translation>Ex&amp;pédiée entre le</translation>
    </message>
    <message>
        <source>Filter by ship date range</source>
        <translation>Filtrer par période d&apos;expédition</translation>
    </message>
    <message>
        <source>Ship date range start</source>
        <translation>Début de la période d&apos;expédition</translation>
    </message>
    <message>
        <source>Ship date range end</source>
        <translation>Fin de la période d&apos;expédition</translation>
    </message>
    <message>
        <source>Deli&amp;vered between</source>
        <translation>Li&amp;vrée entre le</translation>
    </message>
    <message>
        <source>Filter by delivery date range</source>
        <translation>Filtrer par période de livraison</translation>
    </message>
    <message>
        <source>Delivery date range start</source>
        <translation>Début de la période de livraison</translation>
    </message>
    <message>
        <source>Delivery date range end</source>
        <translation>Fin de la période de livraison</translation>
    </message>
    <message>
        <source>Products and references</source>
        <translation>Produits et références</translation>
    </message>
    <message>
        <source>Ingram &amp;part number:</source>
        <translation>Référence &amp;Ingram&#xa0;:</translation>
    </message>
    <message>
        <source>Ingram part number</source>
        <translation>Référence Ingram</translation>
    </message>
    <message>
        <source>Vendor part num&amp;ber:</source>
        <translation>Référence &amp;constructeur&#xa0;:</translation>
    </message>
    <message>
        <source>Vendor part number</source>
        <translation>Référence constructeur</translation>
    </message>
    <message>
        <source>Vendor &amp;name:</source>
        <translation>&amp;Nom du constructeur&#xa0;:</translation>
    </message>
    <message>
        <source>Vendor name</source>
        <translation>Nom du constructeur</translation>
    </message>
    <message>
        <source>Special bi&amp;d:</source>
        <translation>Prix &amp;spécial&#xa0;:</translation>
    </message>
    <message>
        <source>Special bid number</source>
        <translation>Numéro de prix spécial</translation>
    </message>
    <message>
        <source>End-customer P&amp;O:</source>
        <translation>BC c&amp;lient final&#xa0;:</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>BC client final</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Statut %1</translation>
    </message>
    <message>
        <source>the order date range</source>
        <translation>la période de commande</translation>
    </message>
    <message>
        <source>the invoice date range</source>
        <translation>la période de facturation</translation>
    </message>
    <message>
        <source>the ship date range</source>
        <translation>la période d&apos;expédition</translation>
    </message>
    <message>
        <source>the delivery date range</source>
        <translation>la période de livraison</translation>
    </message>
    <message>
        <source>the Ingram part number</source>
        <translation>la référence Ingram</translation>
    </message>
    <message>
        <source>the vendor part number</source>
        <translation>la référence constructeur</translation>
    </message>
    <message>
        <source>the vendor name</source>
        <translation>le nom du constructeur</translation>
    </message>
    <message>
        <source>the special bid number</source>
        <translation>le numéro de prix spécial</translation>
    </message>
    <message>
        <source>the end-customer PO</source>
        <translation>le BC client final</translation>
    </message>
</context>
<context>
    <name>OrderJobs</name>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>the answer has no orders list</source>
        <translation>la réponse ne contient pas de liste de commandes</translation>
    </message>
    <message>
        <source>the answer has no order number</source>
        <translation>la réponse ne contient pas de numéro de commande</translation>
    </message>
</context>
<context>
    <name>OrderLinesEditModel</name>
    <message>
        <source>Row %1: &quot;%2&quot; has no quantity; paste part and quantity separated by a tab.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;a pas de quantité&#xa0;; collez la référence et la quantité séparées par une tabulation.</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns; expected part, quantity and an optional unit price.</source>
        <translation>La ligne %1 compte %2 colonnes&#xa0;; attendu&#xa0;: référence, quantité et, en option, prix unitaire.</translation>
    </message>
    <message>
        <source>Row %1 has no part number.</source>
        <translation>La ligne %1 n&apos;a pas de référence.</translation>
    </message>
    <message>
        <source>Row %1: the part number &quot;%2&quot; is longer than %3 characters.</source>
        <translation>Ligne %1&#xa0;: la référence «&#xa0;%2&#xa0;» dépasse %3 caractères.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a quantity of 1 or more.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une quantité supérieure ou égale à 1.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a price.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un prix.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No requested price: the API prices the line.</source>
        <translation>Aucun prix demandé&#xa0;: l&apos;API fixe le prix de la ligne.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Ingram part</source>
        <translation>Réf. Ingram</translation>
    </message>
    <message>
        <source>Vendor part (v7)</source>
        <translation>Réf. constructeur (v7)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Special bid</source>
        <translation>Prix spécial</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Your line number, at most 3 characters, unique in the order.</source>
        <translation>Votre numéro de ligne, 3 caractères au maximum, unique dans la commande.</translation>
    </message>
    <message>
        <source>Only v7 orders take a vendor part number.</source>
        <translation>Seules les commandes v7 acceptent une référence constructeur.</translation>
    </message>
    <message>
        <source>Requested unit price; leave empty to let the API price the line.</source>
        <translation>Prix unitaire demandé&#xa0;; laissez vide pour que l&apos;API fixe le prix de la ligne.</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>%1
Vendor: %2</source>
        <translation>%1
Constructeur&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
Notes: %2</source>
        <translation>%1
Notes&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Sub-order</source>
        <translation>Sous-commande</translation>
    </message>
    <message>
        <source>Ingram part</source>
        <translation>Réf. Ingram</translation>
    </message>
    <message>
        <source>Vendor part</source>
        <translation>Réf. constructeur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>B/O</source>
        <comment>backordered quantity, short column title</comment>
        <translation>Reliq.</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Total ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Date promise</translation>
    </message>
    <message>
        <source>B/O ETA</source>
        <comment>backorder ETA, short column title</comment>
        <translation>Reliq. prévu</translation>
    </message>
    <message>
        <source>Quantity backordered</source>
        <translation>Quantité en reliquat</translation>
    </message>
    <message>
        <source>Extended price</source>
        <translation>Prix total de la ligne</translation>
    </message>
    <message>
        <source>Promised delivery date</source>
        <translation>Date de livraison promise</translation>
    </message>
    <message>
        <source>Estimated arrival of the backordered quantity</source>
        <translation>Arrivée estimée de la quantité en reliquat</translation>
    </message>
</context>
<context>
    <name>OrderModifyRequest</name>
    <message>
        <source>At most %1 characters, not %2.</source>
        <translation>%1 caractères au maximum, et non %2.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>A new line needs a part number.</source>
        <translation>Une nouvelle ligne doit comporter une référence.</translation>
    </message>
    <message>
        <source>A new line needs a quantity.</source>
        <translation>Une nouvelle ligne doit comporter une quantité.</translation>
    </message>
    <message>
        <source>Which line to change is missing.</source>
        <translation>La ligne à modifier n&apos;est pas indiquée.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>La quantité doit être d&apos;au moins 1.</translation>
    </message>
</context>
<context>
    <name>OrderPrinter</name>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Direct ship</source>
        <translation>Livraison directe</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>BC client</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>BC client final</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>Type de commande</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source>Ingram PO</source>
        <translation>BC Ingram</translation>
    </message>
    <message>
        <source>Vendor sales order</source>
        <translation>Commande constructeur</translation>
    </message>
    <message>
        <source>Web order ID</source>
        <translation>ID de commande Web</translation>
    </message>
    <message>
        <source>Sub-orders</source>
        <translation>Sous-commandes</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Tél.&#xa0;: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturer à</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Utilisateur final</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>B/O</source>
        <comment>backordered quantity, short column title</comment>
        <translation>Reliq.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Total ligne</translation>
    </message>
    <message>
        <source>Status and dates</source>
        <translation>Statut et dates</translation>
    </message>
    <message>
        <source>Promised %1</source>
        <translation>Promis le %1</translation>
    </message>
    <message>
        <source>B/O ETA %1</source>
        <translation>Reliquat prévu le %1</translation>
    </message>
    <message>
        <source>Shipped %1</source>
        <translation>Expédié le %1</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Livré le %1</translation>
    </message>
    <message>
        <source>Shipments and tracking</source>
        <translation>Expéditions et suivi</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Carton</source>
        <translation>Carton</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Numéros de série</translation>
    </message>
    <message>
        <source>Miscellaneous charges</source>
        <translation>Frais divers</translation>
    </message>
    <message>
        <source>Sub-order</source>
        <translation>Sous-commande</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>Frais de port</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>Le PDF n&apos;a pas pu être généré.</translation>
    </message>
</context>
<context>
    <name>OrderResultView</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Ordered lines</source>
        <translation>Lignes commandées</translation>
    </message>
    <message>
        <source>Order / line</source>
        <translation>Commande / ligne</translation>
    </message>
    <message>
        <source>Ingram part</source>
        <translation>Réf. Ingram</translation>
    </message>
    <message>
        <source>Vendor part</source>
        <translation>Réf. constructeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>En reliquat</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Rejected lines (not ordered)</source>
        <translation>Lignes rejetées (non commandées)</translation>
    </message>
    <message>
        <source>Rejected lines</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Reject code</source>
        <translation>Code de rejet</translation>
    </message>
    <message>
        <source>Reason given by the API</source>
        <translation>Motif indiqué par l&apos;API</translation>
    </message>
    <message>
        <source>Orders found</source>
        <translation>Commandes trouvées</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Search the customer PO again; the order is not sent again</source>
        <translation>Rechercher à nouveau le BC client&#xa0;; la commande n&apos;est pas renvoyée</translation>
    </message>
    <message>
        <source>Show &amp;pending orders</source>
        <translation>Afficher les commandes en &amp;instance</translation>
    </message>
    <message>
        <source>part not found</source>
        <translation>référence introuvable</translation>
    </message>
    <message>
        <source>invalid quantity</source>
        <translation>quantité non valide</translation>
    </message>
    <message>
        <source>backorder not allowed</source>
        <translation>reliquat non autorisé</translation>
    </message>
    <message>
        <source>line not found</source>
        <translation>ligne introuvable</translation>
    </message>
    <message>
        <source>price not accepted</source>
        <translation>prix non accepté</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(aucun code)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>Passation de la commande…</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Commande passée</translation>
    </message>
    <message numerus="yes">
        <source>Customer PO &lt;b&gt;%1&lt;/b&gt; was placed as %n order(s): %2.</source>
        <translation>
            <numerusform>Le BC client &lt;b&gt;%1&lt;/b&gt; a été passé sous la forme de %n commande&#xa0;: %2.</numerusform>
            <numerusform>Le BC client &lt;b&gt;%1&lt;/b&gt; a été passé sous la forme de %n commandes&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (freight %3, tax %4)</source>
        <translation>%1&#xa0;: %2 (frais de port %3, taxes %4)</translation>
    </message>
    <message>
        <source>Order total %1</source>
        <translation>Total de la commande %1</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>ligne %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not ordered:&lt;/b&gt; %1. Correct these lines and place them as a new order; the ordered lines must not be sent again.</source>
        <translation>&lt;b&gt;Non commandé&#xa0;:&lt;/b&gt; %1. Corrigez ces lignes et passez-les dans une nouvelle commande&#xa0;; les lignes commandées ne doivent pas être renvoyées.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Double-click to open the order</source>
        <translation>Double-cliquez pour ouvrir la commande</translation>
    </message>
    <message>
        <source>Line %1 (%2)</source>
        <translation>Ligne %1 (%2)</translation>
    </message>
    <message>
        <source>Order accepted for processing</source>
        <translation>Commande acceptée pour traitement</translation>
    </message>
    <message>
        <source>Customer PO &lt;b&gt;%1&lt;/b&gt; was accepted with confirmation number &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Le BC client &lt;b&gt;%1&lt;/b&gt; a été accepté avec le numéro de confirmation &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The API said: %1</source>
        <translation>Réponse de l&apos;API&#xa0;: %1</translation>
    </message>
    <message>
        <source>The order itself is created a little later. It is tracked in &lt;b&gt;Pending orders&lt;/b&gt;, which tells you when it appears.</source>
        <translation>La commande elle-même est créée un peu plus tard. Elle est suivie dans &lt;b&gt;Commandes en instance&lt;/b&gt;, qui vous signale son apparition.</translation>
    </message>
    <message>
        <source>Order placed (found after the answer was lost)</source>
        <translation>Commande passée (retrouvée après la perte de la réponse)</translation>
    </message>
    <message>
        <source>The answer to customer PO &lt;b&gt;%1&lt;/b&gt; did not arrive (%2). It was not sent again; a search found it as %3.</source>
        <translation>La réponse au BC client &lt;b&gt;%1&lt;/b&gt; n&apos;est pas arrivée (%2). Il n&apos;a pas été renvoyé&#xa0;; une recherche l&apos;a retrouvé sous le numéro %3.</translation>
    </message>
    <message>
        <source>Not known yet whether the order was placed</source>
        <translation>On ne sait pas encore si la commande a été passée</translation>
    </message>
    <message>
        <source>What went wrong: %1</source>
        <translation>Problème survenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Customer PO &lt;b&gt;%1&lt;/b&gt; was sent once and will not be sent again automatically. Search for it under Orders, or check again in a few minutes.</source>
        <translation>Le BC client &lt;b&gt;%1&lt;/b&gt; a été envoyé une fois et ne sera pas renvoyé automatiquement. Recherchez-le dans Commandes, ou vérifiez à nouveau dans quelques minutes.</translation>
    </message>
    <message>
        <source>Order not placed: the input was refused</source>
        <translation>Commande non passée&#xa0;: la saisie a été refusée</translation>
    </message>
    <message>
        <source>Order not placed</source>
        <translation>Commande non passée</translation>
    </message>
    <message>
        <source>Nothing was ordered for customer PO &lt;b&gt;%1&lt;/b&gt;. Your input is kept; correct it and submit again.</source>
        <translation>Rien n&apos;a été commandé pour le BC client &lt;b&gt;%1&lt;/b&gt;. Votre saisie est conservée&#xa0;; corrigez-la et soumettez-la à nouveau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Order placed in part: %1 of %n line(s) ordered</source>
        <translation>
            <numerusform>Commande passée en partie&#xa0;: %1 sur %n ligne commandée</numerusform>
            <numerusform>Commande passée en partie&#xa0;: %1 sur %n lignes commandées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Ordered:&lt;/b&gt; line(s) %1.</source>
        <comment>followed by the line numbers</comment>
        <translation>
            <numerusform>&lt;b&gt;Commandé&#xa0;:&lt;/b&gt; ligne %1.</numerusform>
            <numerusform>&lt;b&gt;Commandé&#xa0;:&lt;/b&gt; lignes %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) backordered, %1 in all.</source>
        <translation>
            <numerusform>%n ligne en reliquat, %1 au total.</numerusform>
            <numerusform>%n lignes en reliquat, %1 au total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unité</numerusform>
            <numerusform>%n unités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderSearchCsvExporter</name>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>BC client</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Constructeur</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Utilisateur final</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sub-orders</source>
        <translation>Sous-commandes</translation>
    </message>
    <message>
        <source>Vendor sales order</source>
        <translation>Commande constructeur</translation>
    </message>
    <message>
        <source>There are no results to export.</source>
        <translation>Il n&apos;y a aucun résultat à exporter.</translation>
    </message>
    <message>
        <source>A new search replaced the results being exported.</source>
        <translation>Une nouvelle recherche a remplacé les résultats en cours d&apos;exportation.</translation>
    </message>
    <message>
        <source>The results were cleared during the export.</source>
        <translation>Les résultats ont été effacés pendant l&apos;exportation.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
    <message>
        <source>Page %1 could not be loaded: %2</source>
        <translation>La page %1 n&apos;a pas pu être chargée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OrderSearchModel</name>
    <message>
        <source>%1 (the API says “%2”)</source>
        <translation>%1 (l&apos;API indique «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Vendor sales order %1</source>
        <translation>Commande constructeur %1</translation>
    </message>
    <message>
        <source>Sub-order %1</source>
        <translation>Sous-commande %1</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>BC client</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Constructeur</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Utilisateur final</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Order total. The search does not say in which currency.</source>
        <translation>Total de la commande. La recherche n&apos;indique pas la devise.</translation>
    </message>
    <message>
        <source>Order total in %1, the currency of the account.</source>
        <translation>Total de la commande en %1, la devise du compte.</translation>
    </message>
</context>
<context>
    <name>OrderSearchQuery</name>
    <message numerus="yes">
        <source>%1 may have at most %n characters.</source>
        <translation>
            <numerusform>%1 peut comporter au maximum %n caractère.</numerusform>
            <numerusform>%1 peut comporter au maximum %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains an invalid date.</source>
        <translation>%1 contient une date non valide.</translation>
    </message>
    <message>
        <source>%1 needs both a start and an end date.</source>
        <translation>%1 nécessite une date de début et une date de fin.</translation>
    </message>
    <message>
        <source>The start date of %1 is after its end date.</source>
        <translation>La date de début de %1 est postérieure à sa date de fin.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A date range, e.g. &quot;2024-01-01 – 2024-01-31&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>“%1” is not an order status the search accepts; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut de commande accepté par la recherche&#xa0;; utilisez l&apos;un des statuts suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Search either by one order date or by an order date range, not both.</source>
        <translation>Recherchez soit par une date de commande, soit par une période de commande, mais pas les deux.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>La taille de page doit être comprise entre 1 et %1.</translation>
    </message>
    <message>
        <source>The page number must be 1 or more.</source>
        <translation>Le numéro de page doit être supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>order number “%1”</source>
        <translation>numéro de commande «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>ordered on %1</source>
        <translation>date de commande %1</translation>
    </message>
    <message>
        <source>ordered %1</source>
        <translation>date de commande %1</translation>
    </message>
    <message>
        <source>customer PO “%1”</source>
        <translation>BC client «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>end customer PO “%1”</source>
        <translation>BC client final «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invoiced %1</source>
        <translation>date de facturation %1</translation>
    </message>
    <message>
        <source>shipped %1</source>
        <translation>date d&apos;expédition %1</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>date de livraison %1</translation>
    </message>
    <message>
        <source>Ingram part number “%1”</source>
        <translation>référence Ingram «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>vendor part number “%1”</source>
        <translation>référence constructeur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>serial number “%1”</source>
        <translation>numéro de série «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>tracking number “%1”</source>
        <translation>numéro de suivi «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>vendor “%1”</source>
        <translation>constructeur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>special bid “%1”</source>
        <translation>prix spécial «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No orders were found.</source>
        <translation>Aucune commande trouvée.</translation>
    </message>
    <message>
        <source>No orders match %1.</source>
        <translation>Aucune commande ne correspond aux critères&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>OrderSearchView</name>
    <message>
        <source>Order search</source>
        <translation>Recherche de commandes</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Trouver&#xa0;:</translation>
    </message>
    <message>
        <source>Order number, customer PO, serial number or tracking number</source>
        <translation>Numéro de commande, BC client, numéro de série ou numéro de suivi</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Recherche rapide</translation>
    </message>
    <message>
        <source>An order number such as 20-RD3QV is recognised; other text is searched as what the button beside this field says.</source>
        <translation>Un numéro de commande tel que 20-RD3QV est reconnu&#xa0;; tout autre texte est recherché selon le choix indiqué par le bouton à côté de ce champ.</translation>
    </message>
    <message>
        <source>Search text is</source>
        <translation>Type de texte recherché</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <source>Filte&amp;rs</source>
        <translation>Filt&amp;res</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Afficher les filtres</translation>
    </message>
    <message>
        <source>Orders found</source>
        <translation>Commandes trouvées</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the search (Esc)</source>
        <translation>Arrêter la recherche (Échap)</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>Arrêter la recherche</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export results to CSV</source>
        <translation>Exporter les résultats au format CSV</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Export &amp;loaded orders…</source>
        <translation>Exporter les commandes &amp;chargées…</translation>
    </message>
    <message>
        <source>Export &amp;all pages…</source>
        <translation>Exporter &amp;toutes les pages…</translation>
    </message>
    <message>
        <source>Searching orders…</source>
        <translation>Recherche de commandes…</translation>
    </message>
    <message>
        <source>What the search text is. Order numbers such as 20-RD3QV are recognised by their shape; for anything else, choose here.</source>
        <translation>Nature du texte recherché. Les numéros de commande tels que 20-RD3QV sont reconnus à leur forme&#xa0;; pour tout le reste, choisissez ici.</translation>
    </message>
    <message>
        <source>Click to sort. Right-click to show or hide columns; drag to reorder.</source>
        <translation>Cliquez pour trier. Clic droit pour afficher ou masquer des colonnes&#xa0;; faites glisser pour les réordonner.</translation>
    </message>
    <message>
        <source>Loading orders for the export: %1 of %2.</source>
        <translation>Chargement des commandes pour l&apos;exportation&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>BC client</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>The text is searched as: %1.</source>
        <translation>Type de texte recherché&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The search was not started: correct the marked fields.</source>
        <translation>La recherche n&apos;a pas été lancée&#xa0;: corrigez les champs signalés.</translation>
    </message>
    <message>
        <source>Filte&amp;rs (%1)</source>
        <translation>Filt&amp;res (%1)</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Masquer les filtres</translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) set; they apply whether the panel is open or not.</source>
        <translation>
            <numerusform>%n filtre défini&#xa0;; il s&apos;applique que le panneau soit ouvert ou non.</numerusform>
            <numerusform>%n filtres définis&#xa0;; ils s&apos;appliquent que le panneau soit ouvert ou non.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by status, dates, products and references.</source>
        <translation>Filtrer par statut, dates, produits et références.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) found.</source>
        <translation>
            <numerusform>%Ln commande trouvée.</numerusform>
            <numerusform>%Ln commandes trouvées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) found; %1 loaded. Scroll down to load more.</source>
        <translation>
            <numerusform>%Ln commande trouvée, %1 chargée. Faites défiler vers le bas pour en charger davantage.</numerusform>
            <numerusform>%Ln commandes trouvées, dont %1 chargées. Faites défiler vers le bas pour en charger davantage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No orders found.</source>
        <translation>Aucune commande trouvée.</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>La recherche a échoué.</translation>
    </message>
    <message>
        <source>The search was stopped.</source>
        <translation>La recherche a été arrêtée.</translation>
    </message>
    <message>
        <source>Find orders</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <source>Type an order number, a customer PO, a serial number or a tracking number and press Enter. Open Filters to search by status, dates, products or vendor.</source>
        <translation>Saisissez un numéro de commande, un BC client, un numéro de série ou un numéro de suivi, puis appuyez sur Entrée. Ouvrez Filtres pour rechercher par statut, dates, produits ou constructeur.</translation>
    </message>
    <message>
        <source>Check the spelling, choose what the search text is, widen the date ranges or clear some filters, then search again.</source>
        <translation>Vérifiez l&apos;orthographe, choisissez la nature du texte recherché, élargissez les périodes ou effacez certains filtres, puis relancez la recherche.</translation>
    </message>
    <message>
        <source>The order search failed: %1</source>
        <translation>La recherche de commandes a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose Retry to run it again.</source>
        <translation>Choisissez Réessayer pour la relancer.</translation>
    </message>
    <message>
        <source>orders-%1.csv</source>
        <translation>commandes-%1.csv</translation>
    </message>
    <message>
        <source>Export Orders</source>
        <translation>Exporter les commandes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loading orders for the export…</source>
        <translation>Chargement des commandes pour l&apos;exportation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln commande exportée vers %1.</numerusform>
            <numerusform>%Ln commandes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
    <message>
        <source>The orders could not be exported to %1.</source>
        <translation>Les commandes n&apos;ont pas pu être exportées vers %1.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;exportation a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s) loaded.</source>
        <translation>
            <numerusform>%1 commande chargée sur %Ln.</numerusform>
            <numerusform>%1 commandes chargées sur %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s) are shown. Choose Retry to load more.</source>
        <translation>
            <numerusform>%1 commande affichée sur %Ln. Choisissez Réessayer pour en charger davantage.</numerusform>
            <numerusform>%1 commandes affichées sur %Ln. Choisissez Réessayer pour en charger davantage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>En reliquat</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Partiellement expédiée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
</context>
<context>
    <name>OrderSubmission</name>
    <message>
        <source>Checking whether customer PO %1 was used before…</source>
        <translation>Vérification de l&apos;utilisation antérieure du BC client %1…</translation>
    </message>
    <message numerus="yes">
        <source>Customer PO %1 is already used by %n order(s). Place this order anyway?</source>
        <translation>
            <numerusform>Le BC client %1 est déjà utilisé par %n commande. Passer quand même cette commande&#xa0;?</numerusform>
            <numerusform>Le BC client %1 est déjà utilisé par %n commandes. Passer quand même cette commande&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending order %1…</source>
        <translation>Envoi de la commande %1…</translation>
    </message>
    <message>
        <source>The answer to order %1 was lost. Searching for it (check %2 of %3); it will not be sent again.</source>
        <translation>La réponse à la commande %1 a été perdue. Recherche en cours (vérification %2 sur %3)&#xa0;; elle ne sera pas renvoyée.</translation>
    </message>
    <message>
        <source>Order %1 was placed in part: some lines were rejected.</source>
        <translation>La commande %1 a été passée en partie&#xa0;: certaines lignes ont été rejetées.</translation>
    </message>
    <message>
        <source>Order %1 was placed.</source>
        <translation>La commande %1 a été passée.</translation>
    </message>
    <message>
        <source>Order %1 was accepted for processing (confirmation %2). It is tracked in Pending orders until it appears.</source>
        <translation>La commande %1 a été acceptée pour traitement (confirmation %2). Elle est suivie dans Commandes en instance jusqu&apos;à son apparition.</translation>
    </message>
    <message>
        <source>Order %1 was not placed: %2</source>
        <translation>La commande %1 n&apos;a pas été passée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The answer to order %1 was lost, but the order was placed: %2.</source>
        <translation>La réponse à la commande %1 a été perdue, mais la commande a été passée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The answer to order %1 was lost and the order has not been found yet. It may still appear: check again later, or search the customer PO. Do not submit it again before you know it was not placed.</source>
        <translation>La réponse à la commande %1 a été perdue et la commande n&apos;a pas encore été trouvée. Elle peut encore apparaître&#xa0;: vérifiez plus tard, ou recherchez le BC client. Ne la soumettez pas à nouveau avant d&apos;être sûr qu&apos;elle n&apos;a pas été passée.</translation>
    </message>
    <message>
        <source>Stopped waiting for order %1. It may have been placed: search the customer PO before you submit it again.</source>
        <translation>Attente de la commande %1 interrompue. Elle a peut-être été passée&#xa0;: recherchez le BC client avant de la soumettre à nouveau.</translation>
    </message>
    <message>
        <source>Order %1 was not sent.</source>
        <translation>La commande %1 n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>The customer PO is required.</source>
        <translation>Le BC client est obligatoire.</translation>
    </message>
</context>
<context>
    <name>OrderWriteJobs</name>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>the answer has no order number</source>
        <translation>la réponse ne contient pas de numéro de commande</translation>
    </message>
    <message>
        <source>the answer has no confirmation number</source>
        <translation>la réponse ne contient pas de numéro de confirmation</translation>
    </message>
</context>
<context>
    <name>OrderWriteService</name>
    <message>
        <source>An order number looks like 20-12345 or 20-12345-11.</source>
        <translation>Un numéro de commande a la forme 20-12345 ou 20-12345-11.</translation>
    </message>
</context>
<context>
    <name>OrdersCancelCommand</name>
    <message>
        <source>Cancels an order placed on customer hold. Asks first, unless --yes is given.</source>
        <translation>Annule une commande passée en attente client. Demande d&apos;abord confirmation, sauf si --yes est indiqué.</translation>
    </message>
    <message>
        <source>Cancel without asking; required when the input is not a terminal (scripts).</source>
        <translation>Annuler sans demander confirmation&#xa0;; obligatoire lorsque l&apos;entrée n&apos;est pas un terminal (scripts).</translation>
    </message>
    <message>
        <source>The Ingram Micro order number.</source>
        <translation>Le numéro de commande Ingram Micro.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>Only orders on customer hold (placed with the additional attribute allowOrderOnCustomerHold) can be cancelled, within the API&apos;s hold window; otherwise the API&apos;s reason is printed and the command exits with %1.</source>
        <translation>Seules les commandes en attente client (passées avec l&apos;attribut supplémentaire allowOrderOnCustomerHold) peuvent être annulées, dans le délai d&apos;attente fixé par l&apos;API&#xa0;; sinon, le motif indiqué par l&apos;API est affiché et le programme se termine avec le code %1.</translation>
    </message>
    <message>
        <source>Give the order number: orders cancel NUMBER.</source>
        <translation>Indiquez le numéro de commande&#xa0;: orders cancel NUMÉRO.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; orders cancel takes one order number.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#xa0;; orders cancel n&apos;accepte qu&apos;un seul numéro de commande.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelling needs --yes when the input is not a terminal.</source>
        <translation>L&apos;annulation nécessite --yes lorsque l&apos;entrée n&apos;est pas un terminal.</translation>
    </message>
    <message>
        <source>Cancel order %1 (profile &quot;%2&quot;)? This cannot be undone. [y/N] </source>
        <translation>Annuler la commande %1 (profil «&#xa0;%2&#xa0;»)&#xa0;? Cette action est irréversible. [o/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Not cancelled.</source>
        <translation>Commande non annulée.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled.</source>
        <translation>La commande %1 a été annulée.</translation>
    </message>
</context>
<context>
    <name>OrdersCreateCommand</name>
    <message>
        <source>Places an order. FILE holds the order as the Reseller API&apos;s create request body (POST /resellers/v6/orders or /resellers/v7/orders); &quot;-&quot; reads it from standard input.</source>
        <translation>Passe une commande. FICHIER contient la commande sous la forme du corps de la requête de création de l&apos;API Reseller (POST /resellers/v6/orders ou /resellers/v7/orders)&#xa0;; «&#xa0;-&#xa0;» la lit depuis l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>API version: v6 (default; answers with the order) or v7 (answers with a confirmation, the order follows later).</source>
        <translation>Version de l&apos;API&#xa0;: v6 (par défaut&#xa0;; répond avec la commande) ou v7 (répond avec une confirmation, la commande suit plus tard).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Check the order against the API&apos;s rules and print the body that would be sent; send nothing.</source>
        <translation>Vérifier la commande selon les règles de l&apos;API et afficher le corps qui serait envoyé&#xa0;; ne rien envoyer.</translation>
    </message>
    <message>
        <source>The order as JSON in the API&apos;s request shape.</source>
        <translation>La commande en JSON, au format de requête de l&apos;API.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FICHIER.json</translation>
    </message>
    <message>
        <source>Fields are named as in the API&apos;s request body: customerOrderNumber, notes, shipToInfo, endUserInfo, shipmentDetails, additionalAttributes and lines (customerLineNumber, ingramPartNumber, quantity, unitPrice, ...). A field ResellerDesk cannot send is reported, never dropped.
An order whose answer is lost (timeout, dropped connection) may have been placed: it is never sent again; the command exits with %1 and says how to search for its customer PO.</source>
        <translation>Les champs portent les mêmes noms que dans le corps de la requête de l&apos;API&#xa0;: customerOrderNumber, notes, shipToInfo, endUserInfo, shipmentDetails, additionalAttributes et lines (customerLineNumber, ingramPartNumber, quantity, unitPrice, ...). Un champ que ResellerDesk ne peut pas envoyer est signalé, jamais ignoré.
Une commande dont la réponse est perdue (délai dépassé, connexion interrompue) a peut-être été passée&#xa0;: elle n&apos;est jamais renvoyée&#xa0;; le programme se termine avec le code %1 et indique comment rechercher son BC client.</translation>
    </message>
    <message>
        <source>Give the order file: orders create FILE.json.</source>
        <translation>Indiquez le fichier de commande&#xa0;: orders create FICHIER.json.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; orders create takes one file.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#xa0;; orders create n&apos;accepte qu&apos;un seul fichier.</translation>
    </message>
    <message>
        <source>Unknown API version &quot;%1&quot; for --api; use v6 or v7.</source>
        <translation>Version d&apos;API inconnue «&#xa0;%1&#xa0;» pour --api&#xa0;; utilisez v6 ou v7.</translation>
    </message>
    <message>
        <source>Cannot read the order file &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le fichier de commande «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The order file &quot;%1&quot; is larger than %2; it cannot be an order.</source>
        <translation>Le fichier de commande «&#xa0;%1&#xa0;» dépasse %2&#xa0;; il ne peut pas s&apos;agir d&apos;une commande.</translation>
    </message>
    <message>
        <source>The order in &quot;%1&quot; cannot be sent:</source>
        <translation>La commande de «&#xa0;%1&#xa0;» ne peut pas être envoyée&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The order %1 is valid for API %2: %n line(s). Nothing was sent.</source>
        <translation>
            <numerusform>La commande %1 est valide pour l&apos;API %2&#xa0;: %n ligne. Rien n&apos;a été envoyé.</numerusform>
            <numerusform>La commande %1 est valide pour l&apos;API %2&#xa0;: %n lignes. Rien n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer to this order was lost, so it may have been placed. It is not sent again. Search for its customer PO before placing it again:</source>
        <translation>La réponse à cette commande a été perdue&#xa0;; elle a donc peut-être été passée. Elle n&apos;est pas renvoyée. Recherchez son BC client avant de la passer à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LIGNE</translation>
    </message>
    <message>
        <source>PART</source>
        <translation>RÉF.</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>QTÉ</translation>
    </message>
    <message>
        <source>CONFIRMED</source>
        <translation>CONFIRMÉ</translation>
    </message>
    <message>
        <source>BACKORDERED</source>
        <translation>RELIQUAT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>UNIT PRICE</source>
        <translation>PRIX UNITAIRE</translation>
    </message>
    <message>
        <source>REJECT CODE</source>
        <translation>CODE DE REJET</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>Order %1: total %2 %3 (freight %4, tax %5)</source>
        <translation>Commande %1&#xa0;: total %2 %3 (frais de port %4, taxes %5)</translation>
    </message>
    <message numerus="yes">
        <source>Partly ordered: %n line(s) ordered,</source>
        <translation>
            <numerusform>Commande partielle&#xa0;: %n ligne commandée,</numerusform>
            <numerusform>Commande partielle&#xa0;: %n lignes commandées,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected (see REJECT CODE and REASON).</source>
        <translation>
            <numerusform>%n ligne rejetée (voir CODE DE REJET et MOTIF).</numerusform>
            <numerusform>%n lignes rejetées (voir CODE DE REJET et MOTIF).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ordered with customer PO %1: %2.</source>
        <translation>Commandé avec le BC client %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>CONFIRMATION</source>
        <translation>CONFIRMATION</translation>
    </message>
    <message>
        <source>CUSTOMER PO</source>
        <translation>BC CLIENT</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <source>Confirmation %1: %2</source>
        <translation>Confirmation %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>API v7 places the order later. Search for customer PO %1 to find it.</source>
        <translation>L&apos;API v7 passe la commande ultérieurement. Recherchez le BC client %1 pour la retrouver.</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>The order is being sent; its tab closes once the API has answered.</source>
        <translation>La commande est en cours d&apos;envoi&#xa0;; son onglet se fermera dès que l&apos;API aura répondu.</translation>
    </message>
    <message>
        <source>Order draft, saved as you type</source>
        <translation>Brouillon de commande, enregistré au fil de la saisie</translation>
    </message>
    <message>
        <source>Checking the customer PO…</source>
        <translation>Vérification du BC client…</translation>
    </message>
    <message>
        <source>%1 – %2, %3, %4</source>
        <translation>%1 – %2, %3, %4</translation>
    </message>
    <message>
        <source>Customer PO already used</source>
        <translation>BC client déjà utilisé</translation>
    </message>
    <message>
        <source>%1

Place it anyway only if this is really a second order with the same PO. Nothing has been sent yet.</source>
        <translation>%1

Ne la passez quand même que s&apos;il s&apos;agit réellement d&apos;une seconde commande avec le même BC. Rien n&apos;a encore été envoyé.</translation>
    </message>
    <message>
        <source>&amp;Place anyway</source>
        <translation>&amp;Passer quand même</translation>
    </message>
    <message>
        <source>&amp;Do not place</source>
        <translation>&amp;Ne pas passer</translation>
    </message>
</context>
<context>
    <name>OrdersSearchCommand</name>
    <message>
        <source>Searches orders. Filters combine: an order must match all of them.</source>
        <translation>Recherche les commandes. Les filtres se combinent&#xa0;: une commande doit tous les satisfaire.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Ingram Micro order number.</source>
        <translation>Numéro de commande Ingram Micro.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>Order status; repeat for several (any of them matches). One of %1.</source>
        <translation>Statut de commande&#xa0;; à répéter pour plusieurs statuts (l&apos;un d&apos;eux suffit). L&apos;un des statuts suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>Customer order (PO) number.</source>
        <translation>Numéro de bon de commande client (BC).</translation>
    </message>
    <message>
        <source>End customer order number.</source>
        <translation>Numéro de commande du client final.</translation>
    </message>
    <message>
        <source>Ordered on this day (YYYY-MM-DD).</source>
        <translation>Commandée ce jour-là (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Ordered on or after this day; needs --order-date-to.</source>
        <translation>Commandée ce jour-là ou après&#xa0;; nécessite --order-date-to.</translation>
    </message>
    <message>
        <source>Ordered on or before this day; needs --order-date-from.</source>
        <translation>Commandée ce jour-là ou avant&#xa0;; nécessite --order-date-from.</translation>
    </message>
    <message>
        <source>Invoiced on or after this day; needs --invoice-date-to.</source>
        <translation>Facturée ce jour-là ou après&#xa0;; nécessite --invoice-date-to.</translation>
    </message>
    <message>
        <source>Invoiced on or before this day.</source>
        <translation>Facturée ce jour-là ou avant.</translation>
    </message>
    <message>
        <source>Shipped on or after this day; needs --ship-date-to.</source>
        <translation>Expédiée ce jour-là ou après&#xa0;; nécessite --ship-date-to.</translation>
    </message>
    <message>
        <source>Shipped on or before this day.</source>
        <translation>Expédiée ce jour-là ou avant.</translation>
    </message>
    <message>
        <source>Delivered on or after this day; needs --delivery-date-to.</source>
        <translation>Livrée ce jour-là ou après&#xa0;; nécessite --delivery-date-to.</translation>
    </message>
    <message>
        <source>Delivered on or before this day.</source>
        <translation>Livrée ce jour-là ou avant.</translation>
    </message>
    <message>
        <source>Ingram Micro part number (SKU).</source>
        <translation>Référence Ingram Micro (SKU).</translation>
    </message>
    <message>
        <source>Vendor part number.</source>
        <translation>Référence constructeur.</translation>
    </message>
    <message>
        <source>Serial number of a shipped unit.</source>
        <translation>Numéro de série d&apos;une unité expédiée.</translation>
    </message>
    <message>
        <source>Tracking number of a package.</source>
        <translation>Numéro de suivi d&apos;un colis.</translation>
    </message>
    <message>
        <source>Vendor name.</source>
        <translation>Nom du constructeur.</translation>
    </message>
    <message>
        <source>Special bid number.</source>
        <translation>Numéro de prix spécial.</translation>
    </message>
    <message>
        <source>Orders per page, 1 to %1 (default %2; %1 with --all-pages).</source>
        <translation>Commandes par page, de 1 à %1 (par défaut %2&#xa0;; %1 avec --all-pages).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Page number, from 1 (default 1).</source>
        <translation>Numéro de page, à partir de 1 (par défaut 1).</translation>
    </message>
    <message>
        <source>Fetches every page from --page on and prints them as one.</source>
        <translation>Récupère toutes les pages à partir de --page et les affiche comme une seule.</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD; a date range needs both its -from and its -to option.
Table and CSV list one order per row; JSON is the API&apos;s search page. The paging summary goes to stderr, so stdout holds only the result.
A search that finds nothing prints an empty result and exits 0.</source>
        <translation>Les dates sont au format AAAA-MM-JJ&#xa0;; une période nécessite ses deux options -from et -to.
Les formats table et CSV listent une commande par ligne&#xa0;; JSON est la page de recherche de l&apos;API. Le récapitulatif de pagination va sur stderr, si bien que stdout ne contient que le résultat.
Une recherche sans résultat affiche un résultat vide et se termine avec 0.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; filters are options, e.g. --customer-po %1.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#xa0;; les filtres sont des options, par ex. --customer-po %1.</translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot; for --%2; use YYYY-MM-DD.</source>
        <translation>Date non valide «&#xa0;%1&#xa0;» pour --%2&#xa0;; utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Unknown order status &quot;%1&quot; for --status; use one of %2.</source>
        <translation>Statut de commande inconnu «&#xa0;%1&#xa0;» pour --status&#xa0;; utilisez l&apos;un des statuts suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--page-size needs a whole number, not &quot;%1&quot;.</source>
        <translation>--page-size nécessite un nombre entier, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--page needs a whole number, not &quot;%1&quot;.</source>
        <translation>--page nécessite un nombre entier, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>CUSTOMER PO</source>
        <translation>BC CLIENT</translation>
    </message>
    <message>
        <source>VENDOR SO</source>
        <translation>CDE CONSTR.</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>CONSTRUCTEUR</translation>
    </message>
    <message>
        <source>END USER</source>
        <translation>UTIL. FINAL</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>SUB-ORDERS</source>
        <translation>SOUS-CDES</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) found.</source>
        <translation>
            <numerusform>%n commande trouvée.</numerusform>
            <numerusform>%n commandes trouvées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2; %n order(s) found.</source>
        <translation>
            <numerusform>Page %1 sur %2&#xa0;; %n commande trouvée.</numerusform>
            <numerusform>Page %1 sur %2&#xa0;; %n commandes trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use --page %1 for the next page, or --all-pages.</source>
        <translation>Utilisez --page %1 pour la page suivante, ou --all-pages.</translation>
    </message>
</context>
<context>
    <name>OrdersShowCommand</name>
    <message>
        <source>Shows one order: header, addresses, lines, shipments with tracking and serial numbers.</source>
        <translation>Affiche une commande&#xa0;: en-tête, adresses, lignes, expéditions avec numéros de suivi et numéros de série.</translation>
    </message>
    <message>
        <source>The order&apos;s date (YYYY-MM-DD), when the number alone is ambiguous.</source>
        <translation>La date de la commande (AAAA-MM-JJ), lorsque le numéro seul est ambigu.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Vendor number.</source>
        <translation>Numéro du constructeur.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>Sandbox profiles only: answer as if the order had this status; one of %1.</source>
        <translation>Profils de bac à sable uniquement&#xa0;: répondre comme si la commande avait ce statut&#xa0;; l&apos;un des statuts suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>Sandbox profiles only: the region to answer for.</source>
        <translation>Profils de bac à sable uniquement&#xa0;: la région pour laquelle répondre.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Sandbox profiles only: ask for the IML (Ingram Micro Latin America) form of the order.</source>
        <translation>Profils de bac à sable uniquement&#xa0;: demander la forme IML (Ingram Micro Amérique latine) de la commande.</translation>
    </message>
    <message>
        <source>With --format json: print the API&apos;s answer exactly as received.</source>
        <translation>Avec --format json&#xa0;: afficher la réponse de l&apos;API telle que reçue.</translation>
    </message>
    <message>
        <source>The Ingram Micro order number.</source>
        <translation>Le numéro de commande Ingram Micro.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>Sandbox-only parameters are never sent to a production profile.
CSV lists one row per order line, with its tracking and serial numbers.</source>
        <translation>Les paramètres propres au bac à sable ne sont jamais envoyés à un profil de production.
Le format CSV liste une ligne par ligne de commande, avec ses numéros de suivi et numéros de série.</translation>
    </message>
    <message>
        <source>Give the order number: orders show NUMBER.</source>
        <translation>Indiquez le numéro de commande&#xa0;: orders show NUMÉRO.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; orders show takes one order number.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#xa0;; orders show n&apos;accepte qu&apos;un seul numéro de commande.</translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot; for --order-date; use YYYY-MM-DD.</source>
        <translation>Date non valide «&#xa0;%1&#xa0;» pour --order-date&#xa0;; utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Note: --simulate-status, --region-code and --iml are left out: the profile &quot;%1&quot; is not a sandbox.</source>
        <translation>Remarque&#xa0;: --simulate-status, --region-code et --iml sont ignorés&#xa0;: le profil «&#xa0;%1&#xa0;» n&apos;est pas un bac à sable.</translation>
    </message>
    <message>
        <source>Note: --raw applies to --format json only.</source>
        <translation>Remarque&#xa0;: --raw ne s&apos;applique qu&apos;à --format json.</translation>
    </message>
</context>
<context>
    <name>PendingOrder</name>
    <message>
        <source>Waiting for the order</source>
        <translation>En attente de la commande</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvée</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>PendingOrderStore</name>
    <message>
        <source>The pending orders file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier des commandes en instance %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The pending orders file %1 is damaged: %2</source>
        <translation>Le fichier des commandes en instance %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The pending orders cannot be saved to %1: %2</source>
        <translation>Impossible d&apos;enregistrer les commandes en instance dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 It was kept as %2.</source>
        <translation>%1 Il a été conservé sous %2.</translation>
    </message>
</context>
<context>
    <name>PendingOrderTracker</name>
    <message>
        <source>Placed as %1</source>
        <translation>Passée sous le numéro %1</translation>
    </message>
    <message numerus="yes">
        <source>Not found after %n minute(s)</source>
        <translation>
            <numerusform>Introuvable après %n minute</numerusform>
            <numerusform>Introuvable après %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingOrdersModel</name>
    <message>
        <source>(answer lost)</source>
        <translation>(réponse perdue)</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Trouvée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (échec)</translation>
    </message>
    <message>
        <source>Double-click to open the order</source>
        <translation>Double-cliquez pour ouvrir la commande</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>BC client</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Order numbers</source>
        <translation>Numéros de commande</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Prochaine vérification</translation>
    </message>
</context>
<context>
    <name>PendingOrdersView</name>
    <message>
        <source>Orders placed through the v7 API are confirmed first and created a little later. ResellerDesk searches for each one by its customer PO until it appears.</source>
        <translation>Les commandes passées via l&apos;API v7 sont d&apos;abord confirmées, puis créées un peu plus tard. ResellerDesk recherche chacune d&apos;elles par son BC client jusqu&apos;à ce qu&apos;elle apparaisse.</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Search for the selected order now</source>
        <translation>Rechercher maintenant la commande sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>&amp;Ouvrir la commande</translation>
    </message>
    <message>
        <source>Open the order the selected entry turned into</source>
        <translation>Ouvrir la commande issue de l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Stop tracking the selected entry; the order itself is not affected</source>
        <translation>Ne plus suivre l&apos;entrée sélectionnée&#xa0;; la commande elle-même n&apos;est pas affectée</translation>
    </message>
    <message>
        <source>Pending orders</source>
        <translation>Commandes en instance</translation>
    </message>
    <message>
        <source>No pending orders. Orders placed through the v7 API show up here until they are found.</source>
        <translation>Aucune commande en instance. Les commandes passées via l&apos;API v7 apparaissent ici jusqu&apos;à ce qu&apos;elles soient trouvées.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching for customer PO %1…</source>
        <translation>Recherche du BC client %1…</translation>
    </message>
    <message>
        <source>Customer PO %1 is no longer tracked.</source>
        <translation>Le BC client %1 n&apos;est plus suivi.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Langue et apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language of the application; numbers, dates and amounts follow it</source>
        <translation>La langue de l&apos;application&#xa0;; les nombres, les dates et les montants la suivent</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Order &amp;API version for new profiles:</source>
        <translation>Version de l&apos;&amp;API de commande pour les nouveaux profils&#xa0;:</translation>
    </message>
    <message>
        <source>v6 places orders synchronously; v7 confirms first and the order appears later</source>
        <translation>v6 passe les commandes de façon synchrone&#xa0;; v7 confirme d&apos;abord et la commande apparaît plus tard</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Délai d&apos;attente des requêtes&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for an answer before a request counts as failed</source>
        <translation>Durée d&apos;attente d&apos;une réponse avant qu&apos;une requête soit considérée comme en échec</translation>
    </message>
    <message>
        <source>Request &amp;log keeps:</source>
        <translation>Le &amp;journal des requêtes conserve&#xa0;:</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> requêtes</translation>
    </message>
    <message>
        <source>The oldest requests leave the request log when it is full</source>
        <translation>Les requêtes les plus anciennes quittent le journal des requêtes lorsqu&apos;il est plein</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>v6 (synchronous)</source>
        <translation>v6 (synchrone)</translation>
    </message>
    <message>
        <source>v7 (asynchronous)</source>
        <translation>v7 (asynchrone)</translation>
    </message>
</context>
<context>
    <name>ProfileSecretSource</name>
    <message>
        <source>No client secret is available for the profile &quot;%1&quot;.</source>
        <translation>Aucun secret client n&apos;est disponible pour le profil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No client secret is stored for the profile &quot;%1&quot;. Enter it in the connection profiles.</source>
        <translation>Aucun secret client n&apos;est stocké pour le profil «&#xa0;%1&#xa0;». Saisissez-le dans les profils de connexion.</translation>
    </message>
    <message>
        <source>The client secret of the profile &quot;%1&quot; could not be read. %2</source>
        <translation>Le secret client du profil «&#xa0;%1&#xa0;» n&apos;a pas pu être lu. %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>No secret store is configured; the client secret could not be removed.</source>
        <translation>Aucun magasin de secrets n&apos;est configuré&#xa0;; le secret client n&apos;a pas pu être supprimé.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profils&#xa0;:</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation>Dupliquer le profil sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Supprimer le profil sélectionné</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>For example: Acme production</source>
        <translation>Par exemple&#xa0;: Acme production</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Production: orders placed with this profile are real orders.</source>
        <translation>Production&#xa0;: les commandes passées avec ce profil sont des commandes réelles.</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>https://host:443</source>
        <translation>https://host:443</translation>
    </message>
    <message>
        <source>&amp;Customer number:</source>
        <translation>Numéro &amp;client&#xa0;:</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numéro client</translation>
    </message>
    <message>
        <source>For example: 20-222222</source>
        <translation>Par exemple&#xa0;: 20-222222</translation>
    </message>
    <message>
        <source>C&amp;ountry code:</source>
        <translation>C&amp;ode pays&#xa0;:</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>For example: US</source>
        <translation>Par exemple&#xa0;: US</translation>
    </message>
    <message>
        <source>Se&amp;nder ID:</source>
        <translation>ID émette&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation>ID émetteur</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Customer contact &amp;e-mail:</source>
        <translation>Adresse e-mai&amp;l du contact client&#xa0;:</translation>
    </message>
    <message>
        <source>Customer contact e-mail</source>
        <translation>Adresse e-mail du contact client</translation>
    </message>
    <message>
        <source>Optional; needed for quotes</source>
        <translation>Facultatif&#xa0;; nécessaire pour les devis</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>From your API application</source>
        <translation>Fourni par votre application API</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Problème de trousseau</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Retry the system keychain</source>
        <translation>Réessayer d&apos;accéder au trousseau système</translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation>&amp;Garder pour cette session uniquement</translation>
    </message>
    <message>
        <source>Keep the client secret for this session only</source>
        <translation>Garder le secret client pour cette session uniquement</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Test de la connexion en cours</translation>
    </message>
    <message>
        <source>C&amp;ancel test</source>
        <translation>Inte&amp;rrompre le test</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Interrompre le test de connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a settings file.</source>
        <translation>Stocké dans le trousseau système, jamais dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Annuler les modi&amp;fications</translation>
    </message>
    <message>
        <source>Discard changes to the profile</source>
        <translation>Annuler les modifications du profil</translation>
    </message>
    <message>
        <source>The profile and its client secret were removed.</source>
        <translation>Le profil et son secret client ont été supprimés.</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1, %2 environment</source>
        <translation>%1, environnement %2</translation>
    </message>
    <message>
        <source>Production: real orders</source>
        <translation>Production&#xa0;: commandes réelles</translation>
    </message>
    <message>
        <source>The client secret of the original profile is copied when you save, unless you enter another.</source>
        <translation>Le secret client du profil d&apos;origine est copié lors de l&apos;enregistrement, sauf si vous en saisissez un autre.</translation>
    </message>
    <message>
        <source>Started by ResellerDesk on this computer</source>
        <translation>Démarré par ResellerDesk sur cet ordinateur</translation>
    </message>
    <message>
        <source>Remove the spaces at the start or end; they are usually left over from copying.</source>
        <translation>Supprimez les espaces au début ou à la fin&#xa0;; ils proviennent généralement d&apos;un copier-coller.</translation>
    </message>
    <message>
        <source>The client secret cannot contain control characters.</source>
        <translation>Le secret client ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>Stored in the system keychain when you save.</source>
        <translation>Stocké dans le trousseau système lors de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Vérification du trousseau système…</translation>
    </message>
    <message>
        <source>A client secret is stored in the system keychain. Type a new one to replace it.</source>
        <translation>Un secret client est stocké dans le trousseau système. Saisissez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <source>No client secret is stored yet. It is stored in the system keychain when you save.</source>
        <translation>Aucun secret client n&apos;est encore stocké. Il sera stocké dans le trousseau système lors de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Kept in memory for this session only; it is not stored anywhere.</source>
        <translation>Conservé en mémoire pour cette session uniquement&#xa0;; il n&apos;est stocké nulle part.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Le trousseau système n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The offline sandbox uses its built-in secret; nothing is stored.</source>
        <translation>Le bac à sable hors ligne utilise son secret intégré&#xa0;; rien n&apos;est stocké.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(stocké)</translation>
    </message>
    <message>
        <source>Whether a client secret is stored could not be checked. %1</source>
        <translation>Impossible de vérifier si un secret client est stocké. %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its client secret is removed from the system keychain too. This cannot be undone.</source>
        <translation>Son secret client est également supprimé du trousseau système. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Aucun trousseau système n&apos;est disponible.</translation>
    </message>
    <message>
        <source>Storing the client secret in the system keychain…</source>
        <translation>Stockage du secret client dans le trousseau système…</translation>
    </message>
    <message>
        <source>Saved. The client secret is stored in the system keychain.</source>
        <translation>Enregistré. Le secret client est stocké dans le trousseau système.</translation>
    </message>
    <message>
        <source>The profile was saved, but its client secret was not: %1</source>
        <translation>Le profil a été enregistré, mais pas son secret client&#xa0;: %1</translation>
    </message>
    <message>
        <source>The client secret of the original profile could not be read, so the copy has none yet: %1</source>
        <translation>Le secret client du profil d&apos;origine n&apos;a pas pu être lu&#xa0;; la copie n&apos;en a donc pas encore&#xa0;: %1</translation>
    </message>
    <message>
        <source>The client secret is kept in memory for this session only. Enter it again after restarting ResellerDesk.</source>
        <translation>Le secret client est conservé en mémoire pour cette session uniquement. Saisissez-le de nouveau après avoir redémarré ResellerDesk.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has unsaved changes.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before you continue?</source>
        <translation>Les enregistrer avant de continuer&#xa0;?</translation>
    </message>
    <message>
        <source>They cannot be saved until the marked fields are corrected. Discard them?</source>
        <translation>Elles ne peuvent pas être enregistrées tant que les champs signalés ne sont pas corrigés. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>✔ %1 (%2 ms)</source>
        <translation>✔ %1 (%2 ms)</translation>
    </message>
    <message>
        <source>✘ Test failed: %1</source>
        <translation>✘ Échec du test&#xa0;: %1</translation>
    </message>
    <message>
        <source>✘ Test failed: %1
%2</source>
        <translation>✘ Échec du test&#xa0;: %1
%2</translation>
    </message>
    <message>
        <source>The profile was removed, but its client secret could not be removed from the system keychain. ResellerDesk tries again at the next start. Reason: %1</source>
        <translation>Le profil a été supprimé, mais son secret client n&apos;a pas pu être supprimé du trousseau système. ResellerDesk réessaiera au prochain démarrage. Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>New &amp;orders use:</source>
        <translation>API des nou&amp;velles commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Order API version of new orders</source>
        <translation>Version de l&apos;API pour les nouvelles commandes</translation>
    </message>
    <message>
        <source>v6 answers with the order at once; v7 only confirms it and the order appears a little later. Each order can still choose the other one.</source>
        <translation>v6 répond immédiatement avec la commande&#xa0;; v7 se contente de la confirmer et la commande apparaît un peu plus tard. Chaque commande peut toutefois choisir l&apos;autre version.</translation>
    </message>
    <message>
        <source>&amp;Quote orders through:</source>
        <translation>Mét&amp;hode des commandes sur devis&#xa0;:</translation>
    </message>
    <message>
        <source>Quote orders through</source>
        <translation>Méthode des commandes sur devis</translation>
    </message>
    <message>
        <source>Which endpoint places an order from a quote: v7 create with the quote number, or the v6 quote-to-order endpoint.</source>
        <translation>Point de terminaison qui passe une commande à partir d&apos;un devis&#xa0;: création v7 avec le numéro de devis, ou point de terminaison v6 de conversion de devis en commande.</translation>
    </message>
    <message>
        <source>v6 (synchronous)</source>
        <translation>v6 (synchrone)</translation>
    </message>
    <message>
        <source>v7 (asynchronous)</source>
        <translation>v7 (asynchrone)</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de corrélation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QuoteJobs</name>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>the answer has no quotes list</source>
        <translation>la réponse ne contient pas de liste de devis</translation>
    </message>
    <message>
        <source>the answer has no quote number</source>
        <translation>la réponse ne contient pas de numéro de devis</translation>
    </message>
    <message>
        <source>the answer is not a quote validation</source>
        <translation>la réponse n&apos;est pas une validation de devis</translation>
    </message>
</context>
<context>
    <name>QuoteOrderDraft</name>
    <message>
        <source>The file is not a draft of an order from a quote.</source>
        <translation>Le fichier n&apos;est pas un brouillon de commande sur devis.</translation>
    </message>
    <message>
        <source>The draft has format version %1, which this version of ResellerDesk cannot read.</source>
        <translation>Le brouillon est au format version %1, que cette version de ResellerDesk ne sait pas lire.</translation>
    </message>
</context>
<context>
    <name>QuoteOrderDraftStore</name>
    <message>
        <source>There is no draft of an order from a quote.</source>
        <translation>Il n&apos;existe aucun brouillon de commande sur devis.</translation>
    </message>
    <message>
        <source>The draft file cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le fichier de brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a draft.</source>
        <translation>Le fichier est trop volumineux pour être un brouillon.</translation>
    </message>
    <message>
        <source>The draft file %1 is damaged: %2</source>
        <translation>Le fichier de brouillon %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The draft belongs to another profile.</source>
        <translation>Le brouillon appartient à un autre profil.</translation>
    </message>
    <message>
        <source>The draft has no profile.</source>
        <translation>Le brouillon n&apos;est associé à aucun profil.</translation>
    </message>
    <message>
        <source>The drafts folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier des brouillons %1.</translation>
    </message>
    <message>
        <source>The draft cannot be written: %1</source>
        <translation>Impossible d&apos;écrire le brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>The draft cannot be removed: %1</source>
        <translation>Impossible de supprimer le brouillon&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QuoteOrderHeaderPage</name>
    <message>
        <source>Order header</source>
        <translation>En-tête de la commande</translation>
    </message>
    <message>
        <source>Your order numbers, notes and where the order goes. Lines and prices come from the quote.</source>
        <translation>Vos numéros de commande, vos notes et la destination de la commande. Les lignes et les prix proviennent du devis.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Customer &amp;PO:</source>
        <translation>&amp;BC client&#xa0;:</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>BC client</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;End-customer PO:</source>
        <translation>BC client &amp;final&#xa0;:</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>BC client final</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Bill-to address ID:</source>
        <translation>&amp;ID d&apos;adresse de facturation&#xa0;:</translation>
    </message>
    <message>
        <source>Bill-to address ID</source>
        <translation>ID d&apos;adresse de facturation</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Order notes</source>
        <translation>Notes de la commande</translation>
    </message>
    <message>
        <source>End user (optional)</source>
        <translation>Utilisateur final (facultatif)</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>So&amp;ciété&#xa0;:</translation>
    </message>
    <message>
        <source>End user company</source>
        <translation>Société de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <source>End user contact</source>
        <translation>Contact de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>End user address line 1</source>
        <translation>Adresse de l&apos;utilisateur final, ligne 1</translation>
    </message>
    <message>
        <source>Street (2):</source>
        <translation>Adresse (2)&#xa0;:</translation>
    </message>
    <message>
        <source>End user address line 2</source>
        <translation>Adresse de l&apos;utilisateur final, ligne 2</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville&#xa0;:</translation>
    </message>
    <message>
        <source>End user city</source>
        <translation>Ville de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>End user state</source>
        <translation>État de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Code postal&#xa0;:</translation>
    </message>
    <message>
        <source>End user postal code</source>
        <translation>Code postal de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>End user country code</source>
        <translation>Code pays de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>End user phone</source>
        <translation>Téléphone de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>End user e-mail</source>
        <translation>E-mail de l&apos;utilisateur final</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>Address &amp;ID:</source>
        <translation>ID d&apos;a&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>Ship-to address ID</source>
        <translation>ID d&apos;adresse de livraison</translation>
    </message>
    <message>
        <source>Or fill in an address below</source>
        <translation>Ou saisissez une adresse ci-dessous</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>S&amp;ociété&#xa0;:</translation>
    </message>
    <message>
        <source>Ship-to company</source>
        <translation>Société de livraison</translation>
    </message>
    <message>
        <source>Ship-to contact</source>
        <translation>Contact de livraison</translation>
    </message>
    <message>
        <source>Ship-to address line 1</source>
        <translation>Adresse de livraison, ligne 1</translation>
    </message>
    <message>
        <source>Ship-to address line 2</source>
        <translation>Adresse de livraison, ligne 2</translation>
    </message>
    <message>
        <source>Street (3):</source>
        <translation>Adresse (3)&#xa0;:</translation>
    </message>
    <message>
        <source>Ship-to address line 3</source>
        <translation>Adresse de livraison, ligne 3</translation>
    </message>
    <message>
        <source>Ship-to city</source>
        <translation>Ville de livraison</translation>
    </message>
    <message>
        <source>Ship-to state</source>
        <translation>État de livraison</translation>
    </message>
    <message>
        <source>Ship-to postal code</source>
        <translation>Code postal de livraison</translation>
    </message>
    <message>
        <source>Ship-to country code</source>
        <translation>Code pays de livraison</translation>
    </message>
    <message>
        <source>Ship-to phone</source>
        <translation>Téléphone de livraison</translation>
    </message>
    <message>
        <source>Ship-to e-mail</source>
        <translation>E-mail de livraison</translation>
    </message>
</context>
<context>
    <name>QuoteOrderHtml</name>
    <message>
        <source>None given.</source>
        <translation>Non renseigné.</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Tél. %1</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Devis %1</translation>
    </message>
    <message>
        <source>Quote %1 — %2</source>
        <translation>Devis %1 — %2</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Constructeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>Pas de date d&apos;expiration</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Vendor quote</source>
        <translation>Devis constructeur</translation>
    </message>
    <message>
        <source>Special bid</source>
        <translation>Prix spécial</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Utilisateur final</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Total ligne</translation>
    </message>
    <message>
        <source>Quote total</source>
        <translation>Total du devis</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>Frais de port</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>Montant total</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Purchase instructions</source>
        <translation>Instructions d&apos;achat</translation>
    </message>
    <message>
        <source>Legal terms</source>
        <translation>Conditions juridiques</translation>
    </message>
    <message>
        <source>Order from quote %1</source>
        <translation>Commande sur devis %1</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoi vers</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>BC client</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>BC client final</translation>
    </message>
    <message>
        <source>Bill-to address ID</source>
        <translation>ID d&apos;adresse de facturation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>The account&apos;s default address</source>
        <translation>Adresse par défaut du compte</translation>
    </message>
    <message>
        <source>Address ID %1</source>
        <translation>ID d&apos;adresse %1</translation>
    </message>
    <message>
        <source>Vendor fields</source>
        <translation>Champs du constructeur</translation>
    </message>
    <message>
        <source>Lines (prices come from the quote)</source>
        <translation>Lignes (prix issus du devis)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Quote total: %1</source>
        <translation>Total du devis&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QuoteOrderLauncher</name>
    <message>
        <source>Order from Quote</source>
        <translation>Commande sur devis</translation>
    </message>
    <message>
        <source>An order from quote %1 was left unfinished on %2. Resume it where you left it?</source>
        <translation>Une commande sur le devis %1 a été laissée inachevée le %2. La reprendre là où vous l&apos;aviez laissée&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation>&amp;Tout recommencer</translation>
    </message>
    <message>
        <source>The kept order from a quote cannot be read: %1</source>
        <translation>Impossible de lire la commande sur devis conservée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QuoteOrderResultPage</name>
    <message>
        <source>Placing the order</source>
        <translation>Passation de la commande</translation>
    </message>
    <message>
        <source>The order is sent once. If its answer is lost, ResellerDesk searches for it instead of sending it again.</source>
        <translation>La commande n&apos;est envoyée qu&apos;une seule fois. Si sa réponse est perdue, l&apos;application la recherche au lieu de la renvoyer.</translation>
    </message>
    <message>
        <source>&amp;Stop Waiting</source>
        <translation>&amp;Interrompre l&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Place anyway</source>
        <translation>Passer &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Do not place</source>
        <translation>&amp;Ne pas passer</translation>
    </message>
    <message>
        <source>Order result</source>
        <translation>Résultat de la commande</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>C&amp;orrect the Order</source>
        <translation>C&amp;orriger la commande</translation>
    </message>
    <message numerus="yes">
        <source>Customer PO %1 is already used by %n order(s): %2. Place this order anyway?</source>
        <translation>
            <numerusform>Le BC client %1 est déjà utilisé par %n commande&#xa0;: %2. Passer quand même cette commande&#xa0;?</numerusform>
            <numerusform>Le BC client %1 est déjà utilisé par %n commandes&#xa0;: %2. Passer quand même cette commande&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>BC client</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoi vers</translation>
    </message>
    <message>
        <source>Order number(s)</source>
        <translation>Numéro(s) de commande</translation>
    </message>
    <message>
        <source>Confirmation number</source>
        <translation>Numéro de confirmation</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refused fields</source>
        <translation>Champs refusés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>listed under Pending orders; ResellerDesk searches customer PO %1 until the order appears.</source>
        <translation>répertoriée dans Commandes en instance&#xa0;; l&apos;application recherche le BC client %1 jusqu&apos;à l&apos;apparition de la commande.</translation>
    </message>
    <message>
        <source>Search customer PO %1 in Orders to find the order once it appears.</source>
        <translation>Recherchez le BC client %1 dans Commandes pour trouver la commande dès qu&apos;elle apparaît.</translation>
    </message>
</context>
<context>
    <name>QuoteReviewPage</name>
    <message>
        <source>Review the order</source>
        <translation>Vérifier la commande</translation>
    </message>
    <message>
        <source>This is what will be sent. Placing the order spends money: check it before you go on.</source>
        <translation>Voici ce qui sera envoyé. Passer la commande engage des dépenses&#xa0;: vérifiez-la avant de continuer.</translation>
    </message>
    <message>
        <source>Order summary</source>
        <translation>Récapitulatif de la commande</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Show Request &amp;Body</source>
        <translation>&amp;Afficher le corps de la requête</translation>
    </message>
    <message>
        <source>&amp;Place Order</source>
        <translation>Passer la &amp;commande</translation>
    </message>
    <message>
        <source>This order was sent before and may have been placed.</source>
        <translation>Cette commande a déjà été envoyée et a peut-être été passée.</translation>
    </message>
    <message>
        <source>Placing it again first searches customer PO %1 and asks before a second order is placed. %2</source>
        <translation>Avant de la passer à nouveau, l&apos;application recherche le BC client %1 et demande confirmation avant toute seconde commande. %2</translation>
    </message>
</context>
<context>
    <name>QuoteSearchQuery</name>
    <message numerus="yes">
        <source>%1 may have at most %n characters.</source>
        <translation>
            <numerusform>%1 peut comporter au maximum %n caractère.</numerusform>
            <numerusform>%1 peut comporter au maximum %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The create date range contains an invalid date.</source>
        <translation>La période de création contient une date non valide.</translation>
    </message>
    <message>
        <source>The create date range needs a start and an end date.</source>
        <translation>La période de création nécessite une date de début et une date de fin.</translation>
    </message>
    <message>
        <source>The create date range starts after it ends.</source>
        <translation>La période de création commence après sa fin.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>La taille de page doit être comprise entre 1 et %1.</translation>
    </message>
    <message>
        <source>The page number must be 1 or more.</source>
        <translation>Le numéro de page doit être supérieur ou égal à 1.</translation>
    </message>
</context>
<context>
    <name>QuoteSelectPage</name>
    <message>
        <source>Choose the quote</source>
        <translation>Choisir le devis</translation>
    </message>
    <message>
        <source>Search the account&apos;s quotes or type a quote number. Only a quote that is ready to order can become an order.</source>
        <translation>Recherchez parmi les devis du compte ou saisissez un numéro de devis. Seul un devis prêt à être commandé peut devenir une commande.</translation>
    </message>
    <message>
        <source>&amp;Quote number:</source>
        <translation>Numéro de &amp;devis&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. QUO-10926-Y8G1B3</source>
        <translation>par ex. QUO-10926-Y8G1B3</translation>
    </message>
    <message>
        <source>Quote number to open</source>
        <translation>Numéro du devis à ouvrir</translation>
    </message>
    <message>
        <source>Sho&amp;w Quote</source>
        <translation>Affic&amp;her le devis</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <translation>Rechercher des devis</translation>
    </message>
    <message>
        <source>N&amp;umber contains:</source>
        <translation>Le n&amp;uméro contient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>C&amp;onstructeur&#xa0;:</translation>
    </message>
    <message>
        <source>Special &amp;bid:</source>
        <translation>Pri&amp;x spécial&#xa0;:</translation>
    </message>
    <message>
        <source>End-user &amp;contact:</source>
        <translation>&amp;Contact utilisateur final&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;reated between</source>
        <translation>Créé &amp;entre le</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Date de création (début)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Date de création (fin)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Quotes found</source>
        <translation>Devis trouvés</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>Pa&amp;ge précédente</translation>
    </message>
    <message>
        <source>Ne&amp;xt Page</source>
        <translation>Page su&amp;ivante</translation>
    </message>
    <message>
        <source>Quote details</source>
        <translation>Détails du devis</translation>
    </message>
    <message>
        <source>Choose a quote to see its details.</source>
        <translation>Choisissez un devis pour en afficher les détails.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Constructeur</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Utilisateur final</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Quote search needs the customer contact e-mail of the profile “%1”.</source>
        <translation>La recherche de devis nécessite l&apos;adresse e-mail du contact client du profil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Add it under File → Connection Profiles… (Customer contact e-mail). You can still open a quote by its number.</source>
        <translation>Ajoutez-la dans Fichier → Profils de connexion… (Adresse e-mail du contact client). Vous pouvez toujours ouvrir un devis par son numéro.</translation>
    </message>
    <message>
        <source>Quotes cannot be searched without the customer contact e-mail of the profile.</source>
        <translation>Impossible de rechercher des devis sans l&apos;adresse e-mail du contact client du profil.</translation>
    </message>
    <message>
        <source>Add it under File → Connection Profiles… (Customer contact e-mail), or open a quote by its number.</source>
        <translation>Ajoutez-la dans Fichier → Profils de connexion… (Adresse e-mail du contact client), ou ouvrez un devis par son numéro.</translation>
    </message>
    <message>
        <source>No quotes match these filters.</source>
        <translation>Aucun devis ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s), page %1 of %2</source>
        <translation>
            <numerusform>%n devis, page %1 sur %2</numerusform>
            <numerusform>%n devis, page %1 sur %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading quote %1…</source>
        <translation>Chargement du devis %1…</translation>
    </message>
</context>
<context>
    <name>QuoteStatus</name>
    <message>
        <source>Quote %1 expired on %2 and can no longer be ordered. Ask for a new revision of the quote.</source>
        <translation>Le devis %1 a expiré le %2 et ne peut plus être commandé. Demandez une nouvelle révision du devis.</translation>
    </message>
    <message>
        <source>Quote %1 has expired and can no longer be ordered. Ask for a new revision of the quote.</source>
        <translation>Le devis %1 a expiré et ne peut plus être commandé. Demandez une nouvelle révision du devis.</translation>
    </message>
    <message>
        <source>Quote %1 has no status and cannot be ordered.</source>
        <translation>Le devis %1 n&apos;a pas de statut et ne peut pas être commandé.</translation>
    </message>
    <message>
        <source>Quote %1 is “%2”; only a quote that is ready to order can be turned into an order.</source>
        <translation>Le devis %1 est «&#xa0;%2&#xa0;»&#xa0;; seul un devis prêt à être commandé peut être transformé en commande.</translation>
    </message>
</context>
<context>
    <name>QuoteToOrderRequest</name>
    <message>
        <source>At most %1 characters, not %2.</source>
        <translation>%1 caractères au maximum, et non %2.</translation>
    </message>
    <message>
        <source>A two-letter country code such as US.</source>
        <translation>Un code pays à deux lettres, par exemple US.</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>Ce n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>%1 is required by the vendor.</source>
        <translation>%1 est exigé par le constructeur.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 doit prendre l&apos;une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The quote number is required.</source>
        <translation>Le numéro de devis est obligatoire.</translation>
    </message>
    <message>
        <source>The customer PO is required.</source>
        <translation>Le BC client est obligatoire.</translation>
    </message>
    <message>
        <source>A ship-to address needs a street, a city, a postal code and a country.</source>
        <translation>Une adresse de livraison doit comporter une rue, une ville, un code postal et un pays.</translation>
    </message>
    <message>
        <source>The quantity must not be negative.</source>
        <translation>La quantité ne doit pas être négative.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n can be ordered from this quote line.</source>
        <translation>
            <numerusform>%n unité au maximum peut être commandée sur cette ligne de devis.</numerusform>
            <numerusform>%n unités au maximum peuvent être commandées sur cette ligne de devis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteToOrderWizard</name>
    <message>
        <source>Order from Quote</source>
        <translation>Commande sur devis</translation>
    </message>
    <message>
        <source>POST %1 (v6 quote to order)</source>
        <translation>POST %1 (v6, conversion de devis en commande)</translation>
    </message>
    <message>
        <source>POST %1 (v7 order with the quote number)</source>
        <translation>POST %1 (v7, commande avec le numéro de devis)</translation>
    </message>
    <message>
        <source>Drafts are not kept here.</source>
        <translation>Les brouillons ne sont pas conservés ici.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QuoteValidatePage</name>
    <message>
        <source>Vendor fields</source>
        <translation>Champs du constructeur</translation>
    </message>
    <message>
        <source>The vendor checks the quote and names the fields it needs before the quote can be ordered.</source>
        <translation>Le constructeur vérifie le devis et indique les champs dont il a besoin pour que le devis puisse être commandé.</translation>
    </message>
    <message>
        <source>&amp;Cancel Check</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <source>Checking quote %1 with the vendor…</source>
        <translation>Vérification du devis %1 auprès du constructeur…</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validation…</translation>
    </message>
    <message>
        <source>The check was cancelled. The quote must be validated before it can be ordered.</source>
        <translation>La vérification a été annulée. Le devis doit être validé avant de pouvoir être commandé.</translation>
    </message>
    <message>
        <source>Validation cancelled.</source>
        <translation>Validation annulée.</translation>
    </message>
    <message>
        <source>Quote %1 could not be validated.</source>
        <translation>Le devis %1 n&apos;a pas pu être validé.</translation>
    </message>
    <message>
        <source>Quote %1 is valid. No vendor fields are required.</source>
        <translation>Le devis %1 est valide. Aucun champ du constructeur n&apos;est exigé.</translation>
    </message>
    <message>
        <source>Quote %1 is valid. The vendor %2 needs these fields to order it.</source>
        <translation>Le devis %1 est valide. Le constructeur %2 a besoin de ces champs pour qu&apos;il puisse être commandé.</translation>
    </message>
    <message numerus="yes">
        <source>Fill in the required field(s) to go on: %1</source>
        <translation>
            <numerusform>Renseignez le champ obligatoire pour continuer&#xa0;: %1</numerusform>
            <numerusform>Renseignez les champs obligatoires pour continuer&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotesSearchCommand</name>
    <message>
        <source>Searches quotes. Filters combine: a quote must match all of them.</source>
        <translation>Recherche les devis. Les filtres se combinent&#xa0;: un devis doit tous les satisfaire.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Quote number, or a part of it.</source>
        <translation>Numéro de devis, ou une partie de celui-ci.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>Quote name, or a part of it.</source>
        <translation>Nom du devis, ou une partie de celui-ci.</translation>
    </message>
    <message>
        <source>Vendor name.</source>
        <translation>Nom du constructeur.</translation>
    </message>
    <message>
        <source>Special bid number.</source>
        <translation>Numéro de prix spécial.</translation>
    </message>
    <message>
        <source>End user name.</source>
        <translation>Nom de l&apos;utilisateur final.</translation>
    </message>
    <message>
        <source>Quote status, e.g. one of %1.</source>
        <translation>Statut du devis, par ex. l&apos;un des statuts suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>Created on or after this day; needs --created-to.</source>
        <translation>Créé ce jour-là ou après&#xa0;; nécessite --created-to.</translation>
    </message>
    <message>
        <source>Created on or before this day; needs --created-from.</source>
        <translation>Créé ce jour-là ou avant&#xa0;; nécessite --created-from.</translation>
    </message>
    <message>
        <source>Sort by quoteNumber, createdDate, lastModifiedDate or expiryDate (default: createdDate).</source>
        <translation>Trier par quoteNumber, createdDate, lastModifiedDate ou expiryDate (par défaut&#xa0;: createdDate).</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>asc or desc (default desc: newest first).</source>
        <translation>asc ou desc (par défaut desc&#xa0;: les plus récents d&apos;abord).</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <source>Quotes per page, 1 to %1 (default %2; %1 with --all-pages).</source>
        <translation>Devis par page, de 1 à %1 (par défaut %2&#xa0;; %1 avec --all-pages).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Page number, from 1 (default 1).</source>
        <translation>Numéro de page, à partir de 1 (par défaut 1).</translation>
    </message>
    <message>
        <source>Fetches every page from --page on and prints them as one.</source>
        <translation>Récupère toutes les pages à partir de --page et les affiche comme une seule.</translation>
    </message>
    <message>
        <source>Without any filter the API lists the quotes created in the last 30 days.
Quote search needs the profile&apos;s customer contact e-mail (IM-CustomerContact).
Table and CSV list one quote per row; JSON is the API&apos;s search page. The paging summary goes to stderr. A search that finds nothing exits 0.</source>
        <translation>Sans aucun filtre, l&apos;API liste les devis créés au cours des 30 derniers jours.
La recherche de devis nécessite l&apos;adresse e-mail du contact client du profil (IM-CustomerContact).
Les formats table et CSV listent un devis par ligne&#xa0;; JSON est la page de recherche de l&apos;API. Le récapitulatif de pagination va sur stderr. Une recherche sans résultat se termine avec 0.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; filters are options, e.g. --quote-number %1.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#xa0;; les filtres sont des options, par ex. --quote-number %1.</translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot; for --%2; use YYYY-MM-DD.</source>
        <translation>Date non valide «&#xa0;%1&#xa0;» pour --%2&#xa0;; utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; for --sort-by; use quoteNumber, createdDate, lastModifiedDate or expiryDate.</source>
        <translation>Colonne inconnue «&#xa0;%1&#xa0;» pour --sort-by&#xa0;; utilisez quoteNumber, createdDate, lastModifiedDate ou expiryDate.</translation>
    </message>
    <message>
        <source>--sort-order is asc or desc, not &quot;%1&quot;.</source>
        <translation>--sort-order vaut asc ou desc, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--page-size needs a whole number, not &quot;%1&quot;.</source>
        <translation>--page-size nécessite un nombre entier, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--page needs a whole number, not &quot;%1&quot;.</source>
        <translation>--page nécessite un nombre entier, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>QUOTE</source>
        <translation>DEVIS</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>CONSTRUCTEUR</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>END USER</source>
        <translation>UTIL. FINAL</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACT</translation>
    </message>
    <message>
        <source>SPECIAL BID</source>
        <translation>PRIX SPÉCIAL</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>DEVISE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉ LE</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE LE</translation>
    </message>
    <message>
        <source>No quotes found.</source>
        <translation>Aucun devis trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) found.</source>
        <translation>
            <numerusform>%n devis trouvé.</numerusform>
            <numerusform>%n devis trouvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2; %n quote(s) found.</source>
        <translation>
            <numerusform>Page %1 sur %2&#xa0;; %n devis trouvé.</numerusform>
            <numerusform>Page %1 sur %2&#xa0;; %n devis trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use --page %1 for the next page, or --all-pages.</source>
        <translation>Utilisez --page %1 pour la page suivante, ou --all-pages.</translation>
    </message>
</context>
<context>
    <name>QuotesService</name>
    <message>
        <source>Enter a quote number.</source>
        <translation>Saisissez un numéro de devis.</translation>
    </message>
    <message numerus="yes">
        <source>A quote number has at most %n characters.</source>
        <translation>
            <numerusform>Un numéro de devis comporte au maximum %n caractère.</numerusform>
            <numerusform>Un numéro de devis comporte au maximum %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote search needs the customer contact e-mail of the connection profile (sent as IM-CustomerContact). Add it to the profile “%1”.</source>
        <translation>La recherche de devis nécessite l&apos;adresse e-mail du contact client du profil de connexion (envoyée dans IM-CustomerContact). Ajoutez-la au profil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>The customer contact e-mail of the connection profile is longer than %n characters.</source>
        <translation>
            <numerusform>L&apos;adresse e-mail du contact client du profil de connexion dépasse %n caractère.</numerusform>
            <numerusform>L&apos;adresse e-mail du contact client du profil de connexion dépasse %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotesShowCommand</name>
    <message>
        <source>Shows one quote: status, vendor, end user, lines with prices and quantities, totals, and the quote&apos;s preamble, purchase instructions and legal terms.</source>
        <translation>Affiche un devis&#xa0;: statut, constructeur, utilisateur final, lignes avec prix et quantités, totaux, ainsi que le préambule, les instructions d&apos;achat et les conditions juridiques du devis.</translation>
    </message>
    <message>
        <source>With --format json: print the API&apos;s answer exactly as received.</source>
        <translation>Avec --format json&#xa0;: afficher la réponse de l&apos;API telle que reçue.</translation>
    </message>
    <message>
        <source>The quote number, e.g. QUO-10926-Y8G1B3.</source>
        <translation>Le numéro de devis, par ex. QUO-10926-Y8G1B3.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>CSV lists one row per quote line. Whether the quote can be ordered goes to stderr.</source>
        <translation>Le format CSV liste une ligne par ligne de devis. La possibilité de commander le devis est indiquée sur stderr.</translation>
    </message>
    <message>
        <source>Give the quote number: quotes show NUMBER.</source>
        <translation>Indiquez le numéro de devis&#xa0;: quotes show NUMÉRO.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; quotes show takes one quote number.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#xa0;; quotes show n&apos;accepte qu&apos;un seul numéro de devis.</translation>
    </message>
    <message numerus="yes">
        <source>A quote number has at most %n characters.</source>
        <translation>
            <numerusform>Un numéro de devis comporte au maximum %n caractère.</numerusform>
            <numerusform>Un numéro de devis comporte au maximum %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: --raw applies to --format json only.</source>
        <translation>Remarque&#xa0;: --raw ne s&apos;applique qu&apos;à --format json.</translation>
    </message>
    <message>
        <source>Quote %1 can be ordered.</source>
        <translation>Le devis %1 peut être commandé.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and its ISO 4217 currency code, e.g. &quot;1234.50 USD&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Devis %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Révision&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Constructeur&#xa0;:</translation>
    </message>
    <message>
        <source>Vendor quote:</source>
        <translation>Devis constructeur&#xa0;:</translation>
    </message>
    <message>
        <source>Special bid:</source>
        <translation>Prix spécial&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé le&#xa0;:</translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation>Dernière modification&#xa0;:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire le&#xa0;:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Conditions de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>Customer need:</source>
        <translation>Besoin du client&#xa0;:</translation>
    </message>
    <message>
        <source>Proposed solution:</source>
        <translation>Solution proposée&#xa0;:</translation>
    </message>
    <message>
        <source>Quoted total:</source>
        <translation>Total du devis&#xa0;:</translation>
    </message>
    <message>
        <source>MSRP total:</source>
        <translation>Total PVC&#xa0;:</translation>
    </message>
    <message>
        <source>Quantity total:</source>
        <translation>Quantité totale&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Utilisateur final</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LIGNE</translation>
    </message>
    <message>
        <source>INGRAM PART</source>
        <translation>RÉF. INGRAM</translation>
    </message>
    <message>
        <source>VENDOR PART</source>
        <translation>RÉF. CONSTRUCTEUR</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>QTÉ</translation>
    </message>
    <message>
        <source>UNIT PRICE</source>
        <translation>PRIX UNITAIRE</translation>
    </message>
    <message>
        <source>MSRP</source>
        <translation>PVC</translation>
    </message>
    <message>
        <source>EXTENDED</source>
        <translation>TOTAL LIGNE</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Purchase instructions</source>
        <translation>Instructions d&apos;achat</translation>
    </message>
    <message>
        <source>Legal terms</source>
        <translation>Conditions juridiques</translation>
    </message>
</context>
<context>
    <name>QuotesValidateCommand</name>
    <message>
        <source>Validates a quote for ordering and lists the fields its vendor requires, at header and at line level.</source>
        <translation>Valide un devis en vue de sa commande et liste les champs que son constructeur exige, au niveau de l&apos;en-tête et des lignes.</translation>
    </message>
    <message>
        <source>With --format json: print the API&apos;s answer exactly as received.</source>
        <translation>Avec --format json&#xa0;: afficher la réponse de l&apos;API telle que reçue.</translation>
    </message>
    <message>
        <source>The quote number, e.g. QUO-14551943-D2Y9L9.</source>
        <translation>Le numéro de devis, par ex. QUO-14551943-D2Y9L9.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>One row per field: LEVEL is &quot;header&quot; or the quote line number. An order from the quote must give every required field a value (vmfAdditionalAttributes, and vmfAdditionalAttributesLines per line). A quote that is expired or not ready to order is an API error.</source>
        <translation>Une ligne par champ&#xa0;: NIVEAU vaut «&#xa0;en-tête&#xa0;» (header en CSV) ou le numéro de ligne du devis. Une commande issue du devis doit donner une valeur à chaque champ obligatoire (vmfAdditionalAttributes, et vmfAdditionalAttributesLines pour chaque ligne). Un devis expiré ou qui n&apos;est pas prêt à être commandé provoque une erreur de l&apos;API.</translation>
    </message>
    <message>
        <source>Give the quote number: quotes validate NUMBER.</source>
        <translation>Indiquez le numéro de devis&#xa0;: quotes validate NUMÉRO.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; quotes validate takes one quote number.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#xa0;; quotes validate n&apos;accepte qu&apos;un seul numéro de devis.</translation>
    </message>
    <message numerus="yes">
        <source>A quote number has at most %n characters.</source>
        <translation>
            <numerusform>Un numéro de devis comporte au maximum %n caractère.</numerusform>
            <numerusform>Un numéro de devis comporte au maximum %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: --raw applies to --format json only.</source>
        <translation>Remarque&#xa0;: --raw ne s&apos;applique qu&apos;à --format json.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>PART</source>
        <translation>RÉF.</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CHAMP</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation>OBLIGATOIRE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>ALLOWED VALUES</source>
        <translation>VALEURS AUTORISÉES</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>the vendor</source>
        <translation>le constructeur</translation>
    </message>
    <message numerus="yes">
        <source>Quote %1 can be ordered; %2 requires %n field(s).</source>
        <translation>
            <numerusform>Le devis %1 peut être commandé&#xa0;; %2 exige %n champ.</numerusform>
            <numerusform>Le devis %1 peut être commandé&#xa0;; %2 exige %n champs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote %1 can be ordered; %2 requires no additional fields.</source>
        <translation>Le devis %1 peut être commandé&#xa0;; %2 n&apos;exige aucun champ supplémentaire.</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>retry %1</source>
        <translation>relance %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>ID de corrélation</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Relance</translation>
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
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Filter by path, correlation ID, status…</source>
        <translation>Filtrer par chemin, ID de corrélation, statut…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Filtre de texte</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Copier en &amp;cURL</translation>
    </message>
    <message>
        <source>Copy the selected request as a cURL command; the access token is replaced by $ACCESS_TOKEN</source>
        <translation>Copier la requête sélectionnée sous forme de commande cURL&#xa0;; le jeton d&apos;accès est remplacé par $ACCESS_TOKEN</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the selected entries (or all shown) as JSON, with secrets redacted</source>
        <translation>Enregistrer les entrées sélectionnées (ou toutes celles affichées) au format JSON, secrets masqués</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Request headers and body</source>
        <translation>En-têtes et corps de la requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Response headers and body</source>
        <translation>En-têtes et corps de la réponse</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les requêtes</translation>
    </message>
    <message>
        <source>Successful (2xx)</source>
        <translation>Réussies (2xx)</translation>
    </message>
    <message>
        <source>Client errors (4xx)</source>
        <translation>Erreurs client (4xx)</translation>
    </message>
    <message>
        <source>Server errors (5xx)</source>
        <translation>Erreurs serveur (5xx)</translation>
    </message>
    <message>
        <source>All failures</source>
        <translation>Tous les échecs</translation>
    </message>
    <message>
        <source>
[The body was longer and has been cut at %1 for the log.]</source>
        <translation>
[Le corps était plus long et a été tronqué à %1 pour le journal.]</translation>
    </message>
    <message>
        <source>Correlation ID: %1 · attempt %2 · profile %3

</source>
        <translation>ID de corrélation&#xa0;: %1 · tentative %2 · profil %3

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
        <translation>Pas de réponse&#xa0;: %1

</translation>
    </message>
    <message>
        <source>Copied the request as a cURL command. Set ACCESS_TOKEN before running it.</source>
        <translation>Requête copiée sous forme de commande cURL. Définissez ACCESS_TOKEN avant de l&apos;exécuter.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved the request log to %1.</source>
        <translation>Journal des requêtes enregistré dans %1.</translation>
    </message>
    <message>
        <source>Export Request Log</source>
        <translation>Exporter le journal des requêtes</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>SandboxFaultRule</name>
    <message>
        <source>The count after &apos;#&apos; must be a whole number of 1 or more.</source>
        <translation>Le nombre après «&#xa0;#&#xa0;» doit être un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>The fraction after &apos;%&apos; must be between 0 and 1.</source>
        <translation>La fraction après «&#xa0;%&#xa0;» doit être comprise entre 0 et 1.</translation>
    </message>
    <message>
        <source>The path pattern is not a valid regular expression: %1</source>
        <translation>Le motif de chemin n&apos;est pas une expression régulière valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown fault kind &quot;%1&quot;.</source>
        <translation>Type de panne inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A 500 fault takes errors, message or fault, not &quot;%1&quot;.</source>
        <translation>Une panne 500 accepte errors, message ou fault, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The parameter of %1 must be a whole number of 0 or more.</source>
        <translation>Le paramètre de %1 doit être un nombre entier supérieur ou égal à 0.</translation>
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
        <translation>Panne simulée&#xa0;: KIND[:PARAM][@[METHOD:]PATH][%FRACTION | #COUNT]
  KIND            latency:MS, 429[:RETRY_AFTER_S], 500[:errors|message|fault],
                  502, 503, 504, malformed-json, truncated, drop,
                  slow-body[:MS], expired-token,
                  late-answer[:MS] (exécutée, réponse MS plus tard&#xa0;; par défaut
                  120000), commit-drop (exécutée, puis la connexion est coupée)
  @PATH           seulement les requêtes dont le chemin contient PATH&#xa0;; @~REGEX pour une
                  expression régulière&#xa0;; @GET:/path pour limiter aussi la méthode
  %FRACTION       touche chaque requête correspondante avec la probabilité FRACTION (0..1)
  #COUNT          touche seulement les COUNT prochaines requêtes correspondantes
  Exemples&#xa0;: latency:300  503@/orders/search#2  drop%0.1  500:fault@POST:/oauth
             late-answer:60000@POST:/resellers/v6/orders#1</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>%1 offline sandbox: a local emulator of the Ingram Micro Reseller API with seeded order data, for first runs, training, demos and reproducing problems.

%2</source>
        <translation>Bac à sable hors ligne de %1&#xa0;: un émulateur local de l&apos;API Reseller d&apos;Ingram Micro avec des données de commandes générées, pour les premiers lancements, la formation, les démonstrations et la reproduction de problèmes.

%2</translation>
    </message>
    <message>
        <source>Prints the name and version, then exits.</source>
        <translation>Affiche le nom et la version, puis quitte.</translation>
    </message>
    <message>
        <source>TCP port to listen on; 0 picks a free one (default %1).</source>
        <translation>Port TCP d&apos;écoute&#xa0;; 0 en choisit un libre (par défaut %1).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse d&apos;écoute (par défaut 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Number of orders to generate, up to 100000 (default %1).</source>
        <translation>Nombre de commandes à générer, jusqu&apos;à 100000 (par défaut %1).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Seed of the generated data; the same seed gives the same orders (default %1).</source>
        <translation>Graine des données générées&#xa0;; une même graine donne les mêmes commandes (par défaut %1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>The &quot;today&quot; the data is built around, as yyyy-MM-dd (default: the current date).</source>
        <translation>Le «&#xa0;jour présent&#xa0;» autour duquel les données sont construites, au format AAAA-MM-JJ (par défaut&#xa0;: la date du jour).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Client ID the token endpoint accepts (default %1).</source>
        <translation>ID client accepté par le point de terminaison des jetons (par défaut %1).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Client secret the token endpoint accepts (default %1).</source>
        <translation>Secret client accepté par le point de terminaison des jetons (par défaut %1).</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>Lifetime of access tokens in seconds (default %1).</source>
        <translation>Durée de vie des jetons d&apos;accès en secondes (par défaut %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Seconds between a v7 order confirmation and the order appearing in search; 0 makes it appear at once (default %1).</source>
        <translation>Secondes entre la confirmation d&apos;une commande v7 et son apparition dans la recherche&#xa0;; 0 la fait apparaître immédiatement (par défaut %1).</translation>
    </message>
    <message>
        <source>Seconds an order placed on customer hold can be modified, released or cancelled before it is voided (default %1).</source>
        <translation>Secondes pendant lesquelles une commande passée en attente client peut être modifiée, libérée ou annulée avant d&apos;être annulée d&apos;office (par défaut %1).</translation>
    </message>
    <message>
        <source>Switches a fault on; repeatable. Syntax: KIND[:PARAM][@[METHOD:]PATH][%FRACTION|#COUNT], see above.</source>
        <translation>Active une panne simulée&#xa0;; peut être répété. Syntaxe&#xa0;: KIND[:PARAM][@[METHOD:]PATH][%FRACTION|#COUNT], voir ci-dessus.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>offline sandbox</source>
        <translation>bac à sable hors ligne</translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot;.</source>
        <translation>Port non valide «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Invalid address &quot;%1&quot;; give an IP address such as 127.0.0.1.</source>
        <translation>Adresse non valide «&#xa0;%1&#xa0;»&#xa0;; indiquez une adresse IP telle que 127.0.0.1.</translation>
    </message>
    <message>
        <source>The number of orders must be between 0 and 100000.</source>
        <translation>Le nombre de commandes doit être compris entre 0 et 100000.</translation>
    </message>
    <message>
        <source>Invalid seed &quot;%1&quot;.</source>
        <translation>Graine non valide «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Invalid reference date &quot;%1&quot;; expected yyyy-MM-dd.</source>
        <translation>Date de référence non valide «&#xa0;%1&#xa0;»&#xa0;; format attendu&#xa0;: AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The token lifetime must be a whole number of seconds, 1 or more.</source>
        <translation>La durée de vie des jetons doit être un nombre entier de secondes, supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>The v7 delay must be a whole number of seconds, 0 or more.</source>
        <translation>Le délai v7 doit être un nombre entier de secondes, supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>The hold window must be a whole number of seconds, 0 or more.</source>
        <translation>La fenêtre d&apos;attente doit être un nombre entier de secondes, supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>Invalid fault &quot;%1&quot;: %2</source>
        <translation>Panne non valide «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 offline sandbox listening on %2</source>
        <translation>Bac à sable hors ligne de %1 à l&apos;écoute sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 orders (seed %2, today %3); client ID %4; %n fault switch(es).</source>
        <translation>
            <numerusform>%1 commandes (graine %2, aujourd&apos;hui %3)&#xa0;; ID client %4&#xa0;; %n panne simulée.</numerusform>
            <numerusform>%1 commandes (graine %2, aujourd&apos;hui %3)&#xa0;; ID client %4&#xa0;; %n pannes simulées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxOptionsDialog</name>
    <message>
        <source>Sandbox Testing Options</source>
        <translation>Options de test du bac à sable</translation>
    </message>
    <message>
        <source>Sandbox parameters</source>
        <translation>Paramètres du bac à sable</translation>
    </message>
    <message>
        <source>&amp;Simulate status:</source>
        <translation>&amp;Simuler le statut&#xa0;:</translation>
    </message>
    <message>
        <source>Simulate status</source>
        <translation>Simuler le statut</translation>
    </message>
    <message>
        <source>simulateStatus: the order details come back as if the order had this status.</source>
        <translation>simulateStatus&#xa0;: le détail de la commande est renvoyé comme si la commande avait ce statut.</translation>
    </message>
    <message>
        <source>&amp;Region code:</source>
        <translation>Code ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Code région</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>regionCode, sent with order details requests.</source>
        <translation>regionCode, envoyé avec les requêtes de détail de commande.</translation>
    </message>
    <message>
        <source>&amp;IML order:</source>
        <translation>Commande &amp;IML&#xa0;:</translation>
    </message>
    <message>
        <source>IML order</source>
        <translation>Commande IML</translation>
    </message>
    <message>
        <source>isIml, sent with order details requests.</source>
        <translation>isIml, envoyé avec les requêtes de détail de commande.</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Bac à sable hors ligne</translation>
    </message>
    <message>
        <source>Active fault &amp;switches:</source>
        <translation>Pannes simulées acti&amp;ves&#xa0;:</translation>
    </message>
    <message>
        <source>Active fault switches</source>
        <translation>Pannes simulées actives</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Remove fault switch</source>
        <translation>Supprimer la panne simulée</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>&amp;Tout effacer</translation>
    </message>
    <message>
        <source>Clear all fault switches</source>
        <translation>Effacer toutes les pannes simulées</translation>
    </message>
    <message>
        <source>Add a fault switch</source>
        <translation>Ajouter une panne simulée</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Fault kind</source>
        <translation>Type de panne</translation>
    </message>
    <message>
        <source>P&amp;arameter:</source>
        <translation>&amp;Paramètre&#xa0;:</translation>
    </message>
    <message>
        <source>Fault parameter</source>
        <translation>Paramètre de la panne</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Milliseconds for latency, slow body and late answer; Retry-After seconds for 429.</source>
        <translation>Millisecondes pour latency, slow-body et late-answer&#xa0;; secondes de Retry-After pour 429.</translation>
    </message>
    <message>
        <source>Error &amp;shape:</source>
        <translation>Forme de l&apos;&amp;erreur&#xa0;:</translation>
    </message>
    <message>
        <source>Error body shape</source>
        <translation>Forme du corps d&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Path contains:</source>
        <translation>Le &amp;chemin contient&#xa0;:</translation>
    </message>
    <message>
        <source>Path contains</source>
        <translation>Le chemin contient</translation>
    </message>
    <message>
        <source>every path</source>
        <translation>tous les chemins</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>M&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>Fault mode</source>
        <translation>Mode de panne</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Nombre&#xa0;:</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Nombre de requêtes</translation>
    </message>
    <message>
        <source>&amp;Fraction:</source>
        <translation>&amp;Fraction&#xa0;:</translation>
    </message>
    <message>
        <source>Fraction of requests</source>
        <translation>Fraction des requêtes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add fault switch</source>
        <translation>Ajouter la panne simulée</translation>
    </message>
    <message>
        <source>Offline sandbox data</source>
        <translation>Données du bac à sable hors ligne</translation>
    </message>
    <message>
        <source>Seed si&amp;ze:</source>
        <translation>Tai&amp;lle du jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>Seed size</source>
        <translation>Taille du jeu de données</translation>
    </message>
    <message>
        <source>How many seeded orders “Reset data” generates.</source>
        <translation>Nombre de commandes générées par «&#xa0;Réinitialiser les données&#xa0;».</translation>
    </message>
    <message>
        <source> orders</source>
        <translation> commandes</translation>
    </message>
    <message>
        <source>R&amp;eset Data…</source>
        <translation>Réinitialiser les &amp;données…</translation>
    </message>
    <message>
        <source>Reset data</source>
        <translation>Réinitialiser les données</translation>
    </message>
    <message>
        <source>Regenerates the seeded orders with the chosen seed size. Orders created in the sandbox are lost; fault switches and sign-ins stay.</source>
        <translation>Régénère les commandes initiales avec la taille de jeu de données choisie. Les commandes créées dans le bac à sable sont perdues&#xa0;; les pannes simulées et les connexions sont conservées.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>Les paramètres du bac à sable ne sont pas disponibles&#xa0;: aucun service de commandes auquel les appliquer.</translation>
    </message>
    <message>
        <source>Sandbox parameters are off: the active profile “%1” uses the %2 environment, which is not a sandbox. Sandbox-only parameters are never sent to it.</source>
        <translation>Les paramètres du bac à sable sont désactivés&#xa0;: le profil actif «&#xa0;%1&#xa0;» utilise l&apos;environnement %2, qui n&apos;est pas un bac à sable. Les paramètres propres au bac à sable ne lui sont jamais envoyés.</translation>
    </message>
    <message>
        <source>These parameters go with every order details request of this session to the sandbox profile “%1”. A value set for a single request wins.</source>
        <translation>Ces paramètres accompagnent chaque requête de détail de commande de cette session vers le profil de bac à sable «&#xa0;%1&#xa0;». Une valeur définie pour une requête précise est prioritaire.</translation>
    </message>
    <message>
        <source>errors list</source>
        <translation>liste d&apos;erreurs</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>gateway fault</source>
        <translation>erreur de passerelle</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>next requests</source>
        <translation>prochaines requêtes</translation>
    </message>
    <message>
        <source>fraction of requests</source>
        <translation>fraction des requêtes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Fault switches of the offline sandbox running in this window take effect at once.</source>
        <translation>Les pannes simulées du bac à sable hors ligne exécuté dans cette fenêtre prennent effet immédiatement.</translation>
    </message>
    <message>
        <source>Fault switches are off: the offline sandbox is not running in this window. They are available while the active profile is the offline sandbox.</source>
        <translation>Les pannes simulées sont désactivées&#xa0;: le bac à sable hors ligne ne s&apos;exécute pas dans cette fenêtre. Elles sont disponibles lorsque le profil actif est le bac à sable hors ligne.</translation>
    </message>
    <message numerus="yes">
        <source>next %n request(s)</source>
        <translation>
            <numerusform>%n prochaine requête</numerusform>
            <numerusform>%n prochaines requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of requests</source>
        <translation>%1 des requêtes</translation>
    </message>
    <message numerus="yes">
        <source>Orders now: %Ln.</source>
        <translation>
            <numerusform>Commandes actuelles&#xa0;: %Ln.</numerusform>
            <numerusform>Commandes actuelles&#xa0;: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seed size: %Ln.</source>
        <translation>
            <numerusform>Taille du jeu de données&#xa0;: %Ln.</numerusform>
            <numerusform>Taille du jeu de données&#xa0;: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Offline Sandbox Data</source>
        <translation>Réinitialiser les données du bac à sable hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>Replace the offline sandbox&apos;s data with %Ln freshly seeded order(s)?</source>
        <translation>
            <numerusform>Remplacer les données du bac à sable hors ligne par %Ln commande nouvellement générée&#xa0;?</numerusform>
            <numerusform>Remplacer les données du bac à sable hors ligne par %Ln commandes nouvellement générées&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders created in the sandbox, including v7 orders still on their way, will be lost and the stock is refilled. Fault switches and sign-ins stay.</source>
        <translation>Les commandes créées dans le bac à sable, y compris les commandes v7 encore en cours de traitement, seront perdues et le stock sera réapprovisionné. Les pannes simulées et les connexions sont conservées.</translation>
    </message>
    <message numerus="yes">
        <source>Generating %Ln order(s)…</source>
        <translation>
            <numerusform>Génération de %Ln commande…</numerusform>
            <numerusform>Génération de %Ln commandes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The data could not be reset to %Ln order(s).</source>
        <translation>
            <numerusform>Les données n&apos;ont pas pu être réinitialisées à %Ln commande.</numerusform>
            <numerusform>Les données n&apos;ont pas pu être réinitialisées à %Ln commandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data reset to %Ln seeded order(s) in %1 s; created orders are gone.</source>
        <translation>
            <numerusform>Données réinitialisées à %Ln commande générée en %1 s&#xa0;; les commandes créées ont disparu.</numerusform>
            <numerusform>Données réinitialisées à %Ln commandes générées en %1 s&#xa0;; les commandes créées ont disparu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data reset progress</source>
        <translation>Progression de la réinitialisation des données</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Interro&amp;mpre</translation>
    </message>
    <message>
        <source>Stop the data reset</source>
        <translation>Interrompre la réinitialisation des données</translation>
    </message>
    <message>
        <source>Stops generating; the sandbox keeps its current data.</source>
        <translation>Interrompt la génération&#xa0;; le bac à sable conserve ses données actuelles.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruption…</translation>
    </message>
    <message numerus="yes">
        <source>Reset stopped; the data is unchanged (%Ln order(s)).</source>
        <translation>
            <numerusform>Réinitialisation interrompue&#xa0;; les données sont inchangées (%Ln commande).</numerusform>
            <numerusform>Réinitialisation interrompue&#xa0;; les données sont inchangées (%Ln commandes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretSource</name>
    <message>
        <source>No client secret is set for this profile.</source>
        <translation>Aucun secret client n&apos;est défini pour ce profil.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>The offline sandbox could not start: %1</source>
        <translation>Le bac à sable hors ligne n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ShipmentTreeModel</name>
    <message>
        <source>expected %1</source>
        <translation>prévu le %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2 shipped</source>
        <translation>Expédié&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Delivery %1</source>
        <translation>Livraison %1</translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation>Entrepôt %1</translation>
    </message>
    <message>
        <source>%1 (warehouse %2)</source>
        <translation>%1 (entrepôt %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Open the carrier&apos;s tracking page: %1</source>
        <translation>Ouvrir la page de suivi du transporteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line / delivery / carrier / tracking / serial</source>
        <translation>Ligne / livraison / transporteur / suivi / n° de série</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédié le</translation>
    </message>
    <message>
        <source>Ships from</source>
        <translation>Expédié depuis</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Carton</source>
        <translation>Carton</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>No client secret is available for this profile.</source>
        <translation>Aucun secret client n&apos;est disponible pour ce profil.</translation>
    </message>
    <message>
        <source>the token answer had no access token</source>
        <translation>la réponse du jeton ne contenait pas de jeton d&apos;accès</translation>
    </message>
</context>
<context>
    <name>VendorFieldsForm</name>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>Order fields</source>
        <translation>Champs de la commande</translation>
    </message>
    <message>
        <source>Line fields</source>
        <translation>Champs des lignes</translation>
    </message>
    <message>
        <source>Vendor fields per line</source>
        <translation>Champs du constructeur par ligne</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Required by the vendor</source>
        <translation>Exigé par le constructeur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Order desk for IT resellers on the Ingram Micro Reseller API.</source>
        <translation>Poste de gestion des commandes pour les revendeurs informatiques, basé sur l&apos;API Reseller d&apos;Ingram Micro.</translation>
    </message>
    <message>
        <source>Start on the offline sandbox, whatever profile was used last.</source>
        <translation>Démarrer sur le bac à sable hors ligne, quel que soit le dernier profil utilisé.</translation>
    </message>
    <message>
        <source>ResellerDesk</source>
        <translation>ResellerDesk</translation>
    </message>
    <message>
        <source>Welcome: this is the offline sandbox with test data. Add your Ingram Micro account under File → Connection Profiles.</source>
        <translation>Bienvenue&#xa0;: ceci est le bac à sable hors ligne avec des données de test. Ajoutez votre compte Ingram Micro via Fichier → Profils de connexion.</translation>
    </message>
</context>
</TS>
