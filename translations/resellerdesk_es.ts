<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ResellerDesk</source>
        <translation>Acerca de ResellerDesk</translation>
    </message>
    <message>
        <source>Order desk for IT resellers on the Ingram Micro Reseller API.</source>
        <translation>Gestión de pedidos para revendedores de TI con la Reseller API de Ingram Micro.</translation>
    </message>
    <message>
        <source>&amp;Licences:</source>
        <translation>&amp;Licencias:</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Componentes y sus licencias</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>Copy &amp;Diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Copy versions, platform, locale and the active profile&apos;s environment for a support request; no secrets, tokens or client IDs</source>
        <translation>Copiar las versiones, la plataforma, la configuración regional y el entorno del perfil activo para una solicitud de soporte; sin secretos, tokens ni ID de cliente</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2) · QtKeychain %3</source>
        <translation>Qt %1 (compilado con %2) · QtKeychain %3</translation>
    </message>
    <message>
        <source>The licence text is missing from this build: %1</source>
        <translation>Falta el texto de la licencia en esta compilación: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>AddressWidget</name>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The connection profile is incomplete: %1</source>
        <translation>El perfil de conexión está incompleto: %1</translation>
    </message>
    <message>
        <source>the answer was cut off (%1)</source>
        <translation>la respuesta llegó cortada (%1)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the Reseller API: %1</source>
        <translation>No se pudo conectar con la Reseller API: %1</translation>
    </message>
    <message>
        <source>The Reseller API did not answer in time.</source>
        <translation>La Reseller API no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The secure connection to the Reseller API could not be verified: %1</source>
        <translation>No se pudo verificar la conexión segura con la Reseller API: %1</translation>
    </message>
    <message>
        <source>The Reseller API sent an answer that could not be read: %1</source>
        <translation>La Reseller API envió una respuesta que no se pudo leer: %1</translation>
    </message>
    <message>
        <source>Signing in to the Reseller API failed: %1</source>
        <translation>Error al iniciar sesión en la Reseller API: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
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
        <translation>La Reseller API rechazó la solicitud por no ser válida (HTTP 400).</translation>
    </message>
    <message>
        <source>The Reseller API did not accept the credentials (HTTP 401).</source>
        <translation>La Reseller API no aceptó las credenciales (HTTP 401).</translation>
    </message>
    <message>
        <source>This account is not allowed to do that (HTTP 403).</source>
        <translation>Esta cuenta no tiene permiso para hacer eso (HTTP 403).</translation>
    </message>
    <message>
        <source>The Reseller API found nothing at that address (HTTP 404).</source>
        <translation>La Reseller API no encontró nada en esa dirección (HTTP 404).</translation>
    </message>
    <message>
        <source>The Reseller API does not allow this action here (HTTP 405).</source>
        <translation>La Reseller API no permite esta acción aquí (HTTP 405).</translation>
    </message>
    <message>
        <source>Too many requests: the Reseller API asks to slow down (HTTP 429).</source>
        <translation>Demasiadas solicitudes: la Reseller API pide reducir el ritmo (HTTP 429).</translation>
    </message>
    <message>
        <source>The Reseller API had an internal error (HTTP 500).</source>
        <translation>La Reseller API tuvo un error interno (HTTP 500).</translation>
    </message>
    <message>
        <source>The Reseller API is unavailable (HTTP %1): %2</source>
        <translation>La Reseller API no está disponible (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The Reseller API is unavailable (HTTP %1).</source>
        <translation>La Reseller API no está disponible (HTTP %1).</translation>
    </message>
    <message>
        <source>The Reseller API answered with HTTP %1: %2</source>
        <translation>La Reseller API respondió con HTTP %1: %2</translation>
    </message>
    <message>
        <source>The Reseller API answered with HTTP %1.</source>
        <translation>La Reseller API respondió con HTTP %1.</translation>
    </message>
    <message>
        <source>Check the network connection and the profile&apos;s address, then try again.</source>
        <translation>Compruebe la conexión de red y la dirección del perfil; luego vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The request may still have been carried out. Check before sending it again.</source>
        <translation>Es posible que la solicitud se haya ejecutado de todos modos. Compruébelo antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Check the system date and the network: a proxy or firewall may be intercepting the connection.</source>
        <translation>Compruebe la fecha del sistema y la red: puede que un proxy o un cortafuegos esté interceptando la conexión.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, send the correlation ID to support.</source>
        <translation>Vuelva a intentarlo. Si vuelve a ocurrir, envíe el ID de correlación al soporte.</translation>
    </message>
    <message>
        <source>Check the client ID and secret in the connection profile.</source>
        <translation>Compruebe el ID de cliente y el secreto en el perfil de conexión.</translation>
    </message>
    <message>
        <source>Open the connection profiles and complete this profile.</source>
        <translation>Abra los perfiles de conexión y complete este perfil.</translation>
    </message>
    <message>
        <source>Correct the values and try again.</source>
        <translation>Corrija los valores y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Check the connection profile: customer number, country and API access.</source>
        <translation>Compruebe el perfil de conexión: número de cliente, país y acceso a la API.</translation>
    </message>
    <message>
        <source>Wait a minute before trying again.</source>
        <translation>Espere un minuto antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, send the correlation ID to Ingram Micro API support.</source>
        <translation>Vuelva a intentarlo más tarde. Si persiste, envíe el ID de correlación al soporte de la API de Ingram Micro.</translation>
    </message>
    <message>
        <source>Correct the fields named above and try again.</source>
        <translation>Corrija los campos indicados arriba y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Check the values entered and try again.</source>
        <translation>Compruebe los valores introducidos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 It failed inside Ingram Micro&apos;s nightly maintenance window, when orders cannot be created with API v6.</source>
        <translation>%1 El error se produjo durante la ventana de mantenimiento nocturno de Ingram Micro, en la que no se pueden crear pedidos con la API v6.</translation>
    </message>
    <message>
        <source>The window ends at %1 your time. Send the order again after that, or place it with API v7, which accepts orders during the window.</source>
        <translation>La ventana termina el %1, hora local. Vuelva a enviar el pedido después de esa hora o realícelo con la API v7, que acepta pedidos durante la ventana.</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>malformed JSON at byte %1 (%2)</source>
        <translation>JSON mal formado en el byte %1 (%2)</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>la respuesta estaba vacía</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Formato de salida: table (predeterminado), json o csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>The connection profile to use, by name, as set up in the app. Default: the app&apos;s current profile.</source>
        <translation>El perfil de conexión que se usará, por nombre, tal como está configurado en la aplicación. Predeterminado: el perfil actual de la aplicación.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Use the offline sandbox, started in-process; needs no profile and no credentials.</source>
        <translation>Usar el sandbox sin conexión, iniciado dentro del proceso; no necesita perfil ni credenciales.</translation>
    </message>
    <message>
        <source>Print each request&apos;s method, path, status, duration and correlation ID to stderr.</source>
        <translation>Mostrar en stderr el método, la ruta, el estado, la duración y el ID de correlación de cada solicitud.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default %1).</source>
        <translation>Segundos de espera para cada respuesta (predeterminado: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Show this help; after a command, the command&apos;s help.</source>
        <translation>Mostrar esta ayuda; después de un comando, la ayuda del comando.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation>Ejecute &quot;%1 --help&quot; para ver las opciones.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command.</source>
        <translation>&quot;%1&quot; necesita un comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Comando desconocido &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of %2.</source>
        <translation>Formato desconocido &quot;%1&quot;; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to %1.</source>
        <translation>--timeout necesita un número de segundos entre 1 y %1.</translation>
    </message>
    <message>
        <source>Use either --offline or --profile, not both.</source>
        <translation>Use --offline o --profile, no ambos.</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile necesita el nombre de un perfil.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] COMMAND [command options]</source>
        <translation>Uso: %1 [opciones] COMANDO [opciones del comando]</translation>
    </message>
    <message>
        <source>The command line of %1, for scripting and support: the same API core, connection profiles and keychain as the app.</source>
        <translation>La línea de comandos de %1, para scripts y soporte: el mismo núcleo de API, los mismos perfiles de conexión y el mismo llavero que la aplicación.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Connection: with --profile, the named profile of the app&apos;s connection profiles; with --offline, a built-in sandbox with sample orders; with neither, the app&apos;s current profile. The client secret comes from the system keychain, where the app stores it, or from the environment variable %1 when that is set. It is never taken from the command line.</source>
        <translation>Conexión: con --profile, el perfil indicado de entre los perfiles de conexión de la aplicación; con --offline, un sandbox integrado con pedidos de ejemplo; sin ninguno de los dos, el perfil actual de la aplicación. El secreto de cliente se toma del llavero del sistema, donde lo guarda la aplicación, o de la variable de entorno %1 si está definida. Nunca se toma de la línea de comandos.</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for a command&apos;s options, e.g. &quot;%1 orders search --help&quot;.</source>
        <translation>Ejecute &quot;%1 COMANDO --help&quot; para ver las opciones de un comando, p. ej. &quot;%1 orders search --help&quot;.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] %2 COMMAND [command options]</source>
        <translation>Uso: %1 [opciones] %2 COMANDO [opciones del comando]</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Siguiente paso: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de correlación: %1</translation>
    </message>
</context>
<context>
    <name>CliCommandTable</name>
    <message>
        <source>Search orders by number, PO, status, dates, part, serial, tracking, vendor.</source>
        <translation>Buscar pedidos por número, OC, estado, fechas, número de parte, número de serie, seguimiento o fabricante.</translation>
    </message>
    <message>
        <source>Show one order&apos;s details, shipments, tracking and serial numbers.</source>
        <translation>Mostrar los detalles, envíos, números de seguimiento y números de serie de un pedido.</translation>
    </message>
    <message>
        <source>Search quotes by number, name, vendor, special bid, end user, status, date.</source>
        <translation>Buscar presupuestos por número, nombre, fabricante, oferta especial, usuario final, estado o fecha.</translation>
    </message>
    <message>
        <source>Show one quote&apos;s lines, totals, preamble, purchase instructions and terms.</source>
        <translation>Mostrar las líneas, los totales, la introducción, las instrucciones de compra y las condiciones de un presupuesto.</translation>
    </message>
    <message>
        <source>Validate a quote and list the fields its vendor requires to order it.</source>
        <translation>Validar un presupuesto y listar los campos que exige su fabricante para pedirlo.</translation>
    </message>
    <message>
        <source>Place an order from a JSON file in the API&apos;s request shape; --dry-run checks it.</source>
        <translation>Realizar un pedido a partir de un archivo JSON con el formato de solicitud de la API; --dry-run lo comprueba.</translation>
    </message>
    <message>
        <source>Cancel an order on customer hold.</source>
        <translation>Cancelar un pedido en retención del cliente.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>The profile &quot;%1&quot; is incomplete: %2</source>
        <translation>El perfil &quot;%1&quot; está incompleto: %2</translation>
    </message>
    <message>
        <source>There is no connection profile to use.</source>
        <translation>No hay ningún perfil de conexión que usar.</translation>
    </message>
    <message>
        <source>Several profiles are named &quot;%1&quot;; rename one in the app&apos;s connection profiles.</source>
        <translation>Hay varios perfiles llamados &quot;%1&quot;; cambie el nombre de uno en los perfiles de conexión de la aplicación.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;; no profiles exist yet.</source>
        <translation>No existe ningún perfil llamado &quot;%1&quot;; todavía no hay perfiles.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>No existe ningún perfil llamado &quot;%1&quot;. Perfiles: %2.</translation>
    </message>
    <message>
        <source>The offline sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox sin conexión: %1</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>sin respuesta (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3 in %4 ms, correlation ID %5</source>
        <translation>%1 %2 -&gt; %3 en %4 ms, ID de correlación %5</translation>
    </message>
    <message>
        <source>(attempt %1)</source>
        <translation>(intento %1)</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter a name for this profile.</source>
        <translation>Introduzca un nombre para este perfil.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use como máximo %n carácter.</numerusform>
            <numerusform>Use como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the API&apos;s base URL, for example https://host:443.</source>
        <translation>Introduzca la URL base de la API, por ejemplo https://host:443.</translation>
    </message>
    <message>
        <source>Enter a complete http:// or https:// URL with a host name.</source>
        <translation>Introduzca una URL http:// o https:// completa con un nombre de host.</translation>
    </message>
    <message>
        <source>The base URL cannot contain a query or a fragment.</source>
        <translation>La URL base no puede contener una consulta ni un fragmento.</translation>
    </message>
    <message>
        <source>Enter your Ingram Micro customer number.</source>
        <translation>Introduzca su número de cliente de Ingram Micro.</translation>
    </message>
    <message>
        <source>Use letters, digits and dashes only.</source>
        <translation>Use solo letras, dígitos y guiones.</translation>
    </message>
    <message>
        <source>Enter the two-letter ISO country code, for example US.</source>
        <translation>Introduzca el código ISO de país de dos letras, por ejemplo US.</translation>
    </message>
    <message>
        <source>Use two capital letters, for example US.</source>
        <translation>Use dos letras mayúsculas, por ejemplo US.</translation>
    </message>
    <message>
        <source>Use plain ASCII characters only.</source>
        <translation>Use solo caracteres ASCII simples.</translation>
    </message>
    <message>
        <source>Enter an e-mail address, for example buyer@example.com.</source>
        <translation>Introduzca una dirección de correo electrónico, por ejemplo buyer@example.com.</translation>
    </message>
    <message>
        <source>Enter the client ID of your API application.</source>
        <translation>Introduzca el ID de cliente de su aplicación de API.</translation>
    </message>
    <message>
        <source>The client ID cannot contain spaces or special characters.</source>
        <translation>El ID de cliente no puede contener espacios ni caracteres especiales.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Vendor sandbox</source>
        <translation>Sandbox del proveedor</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Sandbox sin conexión</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personalizada</translation>
    </message>
    <message>
        <source>v6 quote-to-order</source>
        <translation>v6: quote-to-order</translation>
    </message>
    <message>
        <source>v7 order with quote number</source>
        <translation>v7: pedido con número de presupuesto</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>the order search answer is not a JSON object</source>
        <translation>la respuesta de la búsqueda de pedidos no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1 Correlation ID: %2</source>
        <translation>%1 ID de correlación: %2</translation>
    </message>
    <message>
        <source>The profile is incomplete: %1</source>
        <translation>El perfil está incompleto: %1</translation>
    </message>
    <message>
        <source>Correct the fields marked in the form, then test again.</source>
        <translation>Corrija los campos marcados en el formulario y vuelva a probar.</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Se canceló la prueba de conexión.</translation>
    </message>
    <message>
        <source>customer %1 in %2</source>
        <translation>el cliente %1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: signed in to %1 and searched the orders of %2 (%n order(s) found).</source>
        <translation>
            <numerusform>La conexión funciona: se inició sesión en %1 y se buscaron los pedidos de %2 (%n pedido encontrado).</numerusform>
            <numerusform>La conexión funciona: se inició sesión en %1 y se buscaron los pedidos de %2 (%n pedidos encontrados).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection works: signed in to %1 and searched the orders of %2.</source>
        <translation>La conexión funciona: se inició sesión en %1 y se buscaron los pedidos de %2.</translation>
    </message>
    <message>
        <source>Enter the client secret, or keep it for this session only.</source>
        <translation>Introduzca el secreto de cliente o consérvelo solo para esta sesión.</translation>
    </message>
    <message>
        <source>The client ID or client secret was not accepted: %1</source>
        <translation>No se aceptó el ID de cliente o el secreto de cliente: %1</translation>
    </message>
    <message>
        <source>Check the client ID and secret of your API application in the Ingram Micro developer portal.</source>
        <translation>Compruebe el ID de cliente y el secreto de su aplicación de API en el portal para desarrolladores de Ingram Micro.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>Check the network connection and the environment or base URL.</source>
        <translation>Compruebe la conexión de red y el entorno o la URL base.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Check the network connection, then try again.</source>
        <translation>Compruebe la conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2</source>
        <translation>No se pudo verificar la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>Check that the base URL points at the Reseller API.</source>
        <translation>Compruebe que la URL base apunta a la Reseller API.</translation>
    </message>
    <message>
        <source>The client ID and secret are valid, but the API application is not enabled for this API (&quot;%1&quot;).</source>
        <translation>El ID de cliente y el secreto son válidos, pero la aplicación de API no está habilitada para esta API (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>In the Ingram Micro developer portal, add the Reseller API product to your application, or ask your Ingram Micro contact to enable it.</source>
        <translation>En el portal para desarrolladores de Ingram Micro, añada el producto Reseller API a su aplicación o pida a su contacto de Ingram Micro que lo habilite.</translation>
    </message>
    <message>
        <source>The Reseller API rejected the customer number or country code: %1</source>
        <translation>La Reseller API rechazó el número de cliente o el código de país: %1</translation>
    </message>
    <message>
        <source>Check the customer number and country code of your Ingram Micro account.</source>
        <translation>Compruebe el número de cliente y el código de país de su cuenta de Ingram Micro.</translation>
    </message>
    <message>
        <source>Signed in, but the order search was refused (HTTP %1): %2</source>
        <translation>Se inició sesión, pero se rechazó la búsqueda de pedidos (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Check the customer number and country code, and that your API application may use the orders API.</source>
        <translation>Compruebe el número de cliente y el código de país, y que su aplicación de API pueda usar la API de pedidos.</translation>
    </message>
    <message>
        <source>The order search failed (HTTP %1): %2</source>
        <translation>Error en la búsqueda de pedidos (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft file cannot be opened: %1</source>
        <translation>No se puede abrir el archivo del borrador: %1</translation>
    </message>
    <message>
        <source>The file is too large to be an order draft.</source>
        <translation>El archivo es demasiado grande para ser un borrador de pedido.</translation>
    </message>
    <message>
        <source>The draft file is empty.</source>
        <translation>El archivo del borrador está vacío.</translation>
    </message>
    <message>
        <source>The draft file is damaged (%1 at byte %2).</source>
        <translation>El archivo del borrador está dañado (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The file name does not match the draft&apos;s id %1.</source>
        <translation>El nombre del archivo no coincide con el id del borrador %1.</translation>
    </message>
    <message>
        <source>There is no draft with the id %1.</source>
        <translation>No hay ningún borrador con el id %1.</translation>
    </message>
    <message>
        <source>The draft %1 no longer exists.</source>
        <translation>El borrador %1 ya no existe.</translation>
    </message>
    <message>
        <source>The draft has no valid id.</source>
        <translation>El borrador no tiene un id válido.</translation>
    </message>
    <message>
        <source>The drafts folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de borradores %1.</translation>
    </message>
    <message>
        <source>The draft cannot be written: %1</source>
        <translation>No se puede escribir el borrador: %1</translation>
    </message>
    <message>
        <source>The draft cannot be deleted: %1</source>
        <translation>No se puede eliminar el borrador: %1</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <source>Order drafts</source>
        <translation>Borradores de pedido</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Nuevo pedido</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Opens the selected draft in an editor tab on the Orders page (or double-click it)</source>
        <translation>Abre el borrador seleccionado en una pestaña de edición de la página Pedidos (o haga doble clic en él)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Deletes the selected draft after asking</source>
        <translation>Elimina el borrador seleccionado, previa confirmación</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>OC del cliente</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No drafts. A new order is saved here as a draft while you write it, until the API has confirmed it.</source>
        <translation>No hay borradores. Un pedido nuevo se guarda aquí como borrador mientras lo escribe, hasta que la API lo confirma.</translation>
    </message>
    <message>
        <source>(no customer PO yet)</source>
        <translation>(todavía sin OC del cliente)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 — other profile</source>
        <translation>%1 — otro perfil</translation>
    </message>
    <message>
        <source>Made under the profile %1, not the active one. Resuming and submitting it sends it with the active profile.</source>
        <translation>Creado con el perfil %1, que no es el activo. Si lo reanuda y lo envía, se enviará con el perfil activo.</translation>
    </message>
    <message>
        <source>Submitted — awaiting confirmation</source>
        <translation>Enviado — pendiente de confirmación</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>En edición</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The files were left in %1.</source>
        <translation>Los archivos se dejaron en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft file(s) cannot be read.</source>
        <translation>
            <numerusform>No se puede leer %n archivo de borrador.</numerusform>
            <numerusform>No se pueden leer %n archivos de borrador.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n borrador</numerusform>
            <numerusform>%n borradores</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>Discard the draft without a customer PO?</source>
        <translation>¿Descartar el borrador sin OC del cliente?</translation>
    </message>
    <message>
        <source>Discard the draft %1?</source>
        <translation>¿Descartar el borrador %1?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n line(s) and every field are deleted from this computer.</source>
        <translation>
            <numerusform>Su %n línea y todos los campos se eliminarán de este equipo.</numerusform>
            <numerusform>Sus %n líneas y todos los campos se eliminarán de este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was submitted and not yet confirmed: check whether the order was placed before you discard it.</source>
        <translation>Se envió y aún no se ha confirmado: compruebe si el pedido se realizó antes de descartarlo.</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Borrador descartado.</translation>
    </message>
    <message>
        <source>Draft %1 discarded.</source>
        <translation>Borrador %1 descartado.</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>PRODUCTION · real orders</source>
        <translation>PRODUCCIÓN · pedidos reales</translation>
    </message>
    <message>
        <source>Vendor sandbox</source>
        <translation>Sandbox del proveedor</translation>
    </message>
    <message>
        <source>Offline sandbox · test data</source>
        <translation>Sandbox sin conexión · datos de prueba</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Personalizado: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Entorno: %1</translation>
    </message>
    <message>
        <source>Connected through profile &quot;%1&quot; to %2</source>
        <translation>Conectado mediante el perfil &quot;%1&quot; a %2</translation>
    </message>
</context>
<context>
    <name>EstimatedDatesModel</name>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>ExitCode</name>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <source>success; a search that finds nothing prints an empty result, a note on stderr, and exits 0</source>
        <translation>éxito; una búsqueda sin resultados muestra un resultado vacío y un aviso en stderr, y termina con el código 0</translation>
    </message>
    <message>
        <source>other failure (the offline sandbox could not start)</source>
        <translation>otro error (no se pudo iniciar el sandbox sin conexión)</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, invalid value, a query the API would refuse</source>
        <translation>error de uso: comando u opción desconocidos, valor no válido, una consulta que la API rechazaría</translation>
    </message>
    <message>
        <source>API error: HTTP 4xx or 5xx (such as an unknown order), or an answer that could not be read</source>
        <translation>error de la API: HTTP 4xx o 5xx (p. ej., un pedido desconocido) o una respuesta que no se pudo leer</translation>
    </message>
    <message>
        <source>network error: no connection, timeout, TLS failure</source>
        <translation>error de red: sin conexión, tiempo de espera agotado, fallo de TLS</translation>
    </message>
    <message>
        <source>configuration error: unknown profile, no client secret, keychain unavailable, credentials refused</source>
        <translation>error de configuración: perfil desconocido, sin secreto de cliente, llavero no disponible, credenciales rechazadas</translation>
    </message>
    <message>
        <source>unconfirmed: the answer to a create or cancel was lost, so it may have been carried out; it is never sent again automatically</source>
        <translation>sin confirmar: se perdió la respuesta a una creación o cancelación, por lo que es posible que se haya ejecutado; nunca se vuelve a enviar automáticamente</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain was closed before it answered.</source>
        <translation>El llavero del sistema se cerró antes de responder.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be waiting for you to unlock it, or its service may not be responding.</source>
        <translation>
            <numerusform>El llavero del sistema no respondió en %n segundo. Puede que esté esperando a que lo desbloquee o que su servicio no responda.</numerusform>
            <numerusform>El llavero del sistema no respondió en %n segundos. Puede que esté esperando a que lo desbloquee o que su servicio no responda.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client secret is stored in the system keychain for this profile.</source>
        <translation>No hay ningún secreto de cliente guardado en el llavero del sistema para este perfil.</translation>
    </message>
    <message>
        <source>The client secret could not be removed from the system keychain: %1</source>
        <translation>No se pudo quitar el secreto de cliente del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Se denegó el acceso al llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keychain refused access. It may be locked: unlock it and try again.</source>
        <translation>El llavero del sistema rechazó el acceso. Puede que esté bloqueado: desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No system keychain is available. On Linux, a Secret Service such as GNOME Keyring or KWallet must be running.</source>
        <translation>No hay ningún llavero del sistema disponible. En Linux debe estar en ejecución un Secret Service, como GNOME Keyring o KWallet.</translation>
    </message>
    <message>
        <source>This system has no keychain ResellerDesk can use.</source>
        <translation>Este sistema no tiene ningún llavero que ResellerDesk pueda usar.</translation>
    </message>
    <message>
        <source>The system keychain could not be reached.</source>
        <translation>No se pudo acceder al llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keychain could not be reached: %1</source>
        <translation>No se pudo acceder al llavero del sistema: %1</translation>
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
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Active connection profile</source>
        <translation>Perfil de conexión activo</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation>&amp;Perfiles de conexión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find Orders</source>
        <translation>&amp;Buscar pedidos</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Sandbox &amp;Testing Options…</source>
        <translation>&amp;Opciones de prueba del sandbox…</translation>
    </message>
    <message>
        <source>Simulated statuses, region code and fault switches for sandbox profiles</source>
        <translation>Estados simulados, código de región e interruptores de fallo para perfiles de sandbox</translation>
    </message>
    <message>
        <source>&amp;About ResellerDesk</source>
        <translation>&amp;Acerca de ResellerDesk</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Registro de solicitudes</translation>
    </message>
    <message>
        <source>Last request: %1 %2 → HTTP %3 in %4 ms</source>
        <translation>Última solicitud: %1 %2 → HTTP %3 en %4 ms</translation>
    </message>
    <message>
        <source>Last request: %1 %2 failed: %3</source>
        <translation>Última solicitud: %1 %2 falló: %3</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de correlación: %1</translation>
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
        <translation>%1 · cliente %2 · %3</translation>
    </message>
    <message>
        <source>The request %1 is no longer in the request log.</source>
        <translation>La solicitud %1 ya no está en el registro de solicitudes.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;New Order</source>
        <translation>&amp;Nuevo pedido</translation>
    </message>
    <message>
        <source>Write a new order; it is saved as a draft as you type</source>
        <translation>Escribir un pedido nuevo; se guarda como borrador mientras escribe</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Pending orders</source>
        <translation>Pedidos pendientes</translation>
    </message>
    <message>
        <source>Pending orders (%1)</source>
        <translation>Pedidos pendientes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting to appear</source>
        <translation>
            <numerusform>%n pedido en espera de aparecer</numerusform>
            <numerusform>%n pedidos en espera de aparecer</numerusform>
        </translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Pedido realizado</translation>
    </message>
    <message>
        <source>Order not found</source>
        <translation>Pedido no encontrado</translation>
    </message>
    <message>
        <source>Customer PO %1 was placed as %2.</source>
        <translation>La OC del cliente %1 se realizó como %2.</translation>
    </message>
    <message>
        <source>Customer PO %1: %2. Search for it under Orders before you place it again.</source>
        <translation>OC del cliente %1: %2. Búsquela en Pedidos antes de volver a realizarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n order draft(s) waiting under Drafts.</source>
        <translation>
            <numerusform>%n borrador de pedido en espera en Borradores.</numerusform>
            <numerusform>%n borradores de pedido en espera en Borradores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Order from Q&amp;uote…</source>
        <translation>Pedido a partir de p&amp;resupuesto…</translation>
    </message>
    <message>
        <source>Turn a vendor quote into an order</source>
        <translation>Convertir un presupuesto del fabricante en un pedido</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Show &amp;request</source>
        <translation>Mostrar &amp;solicitud</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Open this request in the request log</source>
        <translation>Abrir esta solicitud en el registro de solicitudes</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copiar ID</translation>
    </message>
    <message>
        <source>Copy the correlation ID, for Ingram Micro API support</source>
        <translation>Copiar el ID de correlación, para el soporte de la API de Ingram Micro</translation>
    </message>
    <message>
        <source>Copy correlation ID</source>
        <translation>Copiar ID de correlación</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de correlación: %1</translation>
    </message>
</context>
<context>
    <name>MiscChargesModel</name>
    <message>
        <source>Sub-order</source>
        <translation>Subpedido</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>ModifyOrderDialog</name>
    <message>
        <source>Modify Order</source>
        <translation>Modificar pedido</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Líneas de pedido</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Añadir línea</translation>
    </message>
    <message>
        <source>Add a line with an Ingram part number and a quantity</source>
        <translation>Añadir una línea con un número de parte Ingram y una cantidad</translation>
    </message>
    <message>
        <source>&amp;Delete line</source>
        <translation>&amp;Eliminar línea</translation>
    </message>
    <message>
        <source>Prices are not part of a change: Ingram Micro prices added and changed lines.</source>
        <translation>Los precios no forman parte de un cambio: Ingram Micro pone precio a las líneas añadidas y modificadas.</translation>
    </message>
    <message>
        <source>Order notes</source>
        <translation>Notas del pedido</translation>
    </message>
    <message>
        <source>Change the &amp;ship-to address</source>
        <translation>Cambiar la dirección de en&amp;vío</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Address line 1:</source>
        <translation>Línea de dirección 1:</translation>
    </message>
    <message>
        <source>Address line 2:</source>
        <translation>Línea de dirección 2:</translation>
    </message>
    <message>
        <source>Address line 3:</source>
        <translation>Línea de dirección 3:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado/provincia:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Código postal:</translation>
    </message>
    <message>
        <source>Country code:</source>
        <translation>Código de país:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Modify Order %1</source>
        <translation>Modificar pedido %1</translation>
    </message>
    <message>
        <source>Order %1 is on customer hold. Change quantities and notes in the table, add or delete lines, and change the notes or the ship-to address. Only what you change is sent; everything else stays as it is.</source>
        <translation>El pedido %1 está en retención del cliente. Cambie cantidades y notas en la tabla, añada o elimine líneas y cambie las notas o la dirección de envío. Solo se envía lo que cambie; todo lo demás queda como está.</translation>
    </message>
    <message>
        <source>&amp;Send Changes</source>
        <translation>Enviar &amp;cambios</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Ingram part</source>
        <translation>N.º parte Ingram</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Line notes</source>
        <translation>Notas de la línea</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>The API prices lines itself; a change cannot set a price.</source>
        <translation>La API pone precio a las líneas por sí misma; un cambio no puede fijar un precio.</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Sin notas</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>Ingram part number of the new line</source>
        <translation>Número de parte Ingram de la línea nueva</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>add as line %1</source>
        <translation>añadir como línea %1</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualizar</translation>
    </message>
    <message>
        <source>Enter the Ingram part number.</source>
        <translation>Introduzca el número de parte Ingram.</translation>
    </message>
    <message>
        <source>An Ingram part number has letters and digits only.</source>
        <translation>Un número de parte Ingram solo contiene letras y dígitos.</translation>
    </message>
    <message>
        <source>Enter the street address.</source>
        <translation>Introduzca la calle y el número.</translation>
    </message>
    <message>
        <source>Enter the city.</source>
        <translation>Introduzca la ciudad.</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>Introduzca el código postal.</translation>
    </message>
    <message>
        <source>A two-letter ISO country code, such as US.</source>
        <translation>Un código ISO de país de dos letras, como US.</translation>
    </message>
    <message>
        <source>A US ZIP code has five or nine digits.</source>
        <translation>Un código ZIP de EE. UU. tiene cinco o nueve dígitos.</translation>
    </message>
    <message>
        <source>An email address has an @ in it.</source>
        <translation>Una dirección de correo electrónico contiene una @.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>add %1 × %2 as line %3</source>
        <translation>añadir %1 × %2 como línea %3</translation>
    </message>
    <message>
        <source>(no part yet)</source>
        <translation>(todavía sin parte)</translation>
    </message>
    <message>
        <source>update line %1 (quantity %2)</source>
        <translation>actualizar la línea %1 (cantidad %2)</translation>
    </message>
    <message>
        <source>delete line %1 (%2)</source>
        <translation>eliminar la línea %1 (%2)</translation>
    </message>
    <message>
        <source>clear the order notes</source>
        <translation>borrar las notas del pedido</translation>
    </message>
    <message>
        <source>new order notes</source>
        <translation>notas del pedido nuevas</translation>
    </message>
    <message>
        <source>a new ship-to address</source>
        <translation>una dirección de envío nueva</translation>
    </message>
    <message>
        <source>Nothing is changed yet.</source>
        <translation>Todavía no hay ningún cambio.</translation>
    </message>
    <message>
        <source>To send: %1.</source>
        <translation>Para enviar: %1.</translation>
    </message>
    <message>
        <source>&amp;Keep line</source>
        <translation>&amp;Mantener línea</translation>
    </message>
    <message>
        <source>Remove the new line</source>
        <translation>Quitar la línea nueva</translation>
    </message>
    <message>
        <source>Delete the selected line from the order, or keep it after all</source>
        <translation>Eliminar la línea seleccionada del pedido o, finalmente, conservarla</translation>
    </message>
    <message>
        <source>Change something first</source>
        <translation>Primero cambie algo</translation>
    </message>
    <message>
        <source>Send the changes to Ingram Micro</source>
        <translation>Enviar los cambios a Ingram Micro</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention before they can be sent.</source>
        <translation>
            <numerusform>%n cambio requiere atención antes de poder enviarse.</numerusform>
            <numerusform>%n cambios requieren atención antes de poder enviarse.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reasons are shown next to the fields.</source>
        <translation>Los motivos se muestran junto a los campos.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Discard the changes to order %1? Nothing has been sent.</source>
        <translation>¿Descartar los cambios del pedido %1? No se ha enviado nada.</translation>
    </message>
</context>
<context>
    <name>OrderAttributesModel</name>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>OrderCreateRequest</name>
    <message>
        <source>The customer PO is required.</source>
        <translation>La OC del cliente es obligatoria.</translation>
    </message>
    <message>
        <source>A ship-to address needs a street.</source>
        <translation>Una dirección de envío necesita una calle.</translation>
    </message>
    <message>
        <source>A ship-to address needs a city.</source>
        <translation>Una dirección de envío necesita una ciudad.</translation>
    </message>
    <message>
        <source>A ship-to address needs a postal code.</source>
        <translation>Una dirección de envío necesita un código postal.</translation>
    </message>
    <message>
        <source>A ship-to address needs a country.</source>
        <translation>Una dirección de envío necesita un país.</translation>
    </message>
    <message>
        <source>An attribute needs a name.</source>
        <translation>Un atributo necesita un nombre.</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>Un pedido necesita al menos una línea.</translation>
    </message>
    <message>
        <source>Line number %1 is used twice.</source>
        <translation>El número de línea %1 se usa dos veces.</translation>
    </message>
    <message>
        <source>An Ingram or vendor part number is required.</source>
        <translation>Se necesita un número de parte Ingram o del fabricante.</translation>
    </message>
    <message>
        <source>An Ingram part number is required.</source>
        <translation>Se necesita un número de parte Ingram.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>La cantidad debe ser como mínimo 1.</translation>
    </message>
    <message>
        <source>The price must not be negative.</source>
        <translation>El precio no puede ser negativo.</translation>
    </message>
    <message>
        <source>At most %1 characters, not %2.</source>
        <translation>Como máximo %1 caracteres, no %2.</translation>
    </message>
    <message>
        <source>A two-letter country code such as US.</source>
        <translation>Un código de país de dos letras, como US.</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>No es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Digits, spaces and + ( ) - . only, such as +1 555 0100.</source>
        <translation>Solo dígitos, espacios y + ( ) - ., como +1 555 0100.</translation>
    </message>
    <message>
        <source>v7 orders have no third address line; move it to line 2.</source>
        <translation>Los pedidos v7 no tienen tercera línea de dirección; pásela a la línea 2.</translation>
    </message>
    <message>
        <source>Give a ship-to address ID or a full address, not both.</source>
        <translation>Indique un ID de dirección de envío o una dirección completa, no ambos.</translation>
    </message>
    <message>
        <source>The requested delivery date %1 is in the past.</source>
        <translation>La fecha de entrega solicitada %1 ya ha pasado.</translation>
    </message>
    <message>
        <source>v6 orders take no vendor part number; use v7 or clear it.</source>
        <translation>Los pedidos v6 no admiten número de parte del fabricante; use v7 o bórrelo.</translation>
    </message>
</context>
<context>
    <name>OrderCreateRequestReader</name>
    <message>
        <source>Expected text.</source>
        <translation>Se esperaba texto.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Se esperaba true o false.</translation>
    </message>
    <message>
        <source>ResellerDesk cannot send this field; remove it or place the order in another way.</source>
        <translation>ResellerDesk no puede enviar este campo; quítelo o realice el pedido de otra forma.</translation>
    </message>
    <message>
        <source>Expected a date such as 2026-07-31.</source>
        <translation>Se esperaba una fecha como 2026-07-31.</translation>
    </message>
    <message>
        <source>Expected a list of attributeName/attributeValue pairs.</source>
        <translation>Se esperaba una lista de pares attributeName/attributeValue.</translation>
    </message>
    <message>
        <source>Expected a list of lines.</source>
        <translation>Se esperaba una lista de líneas.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Se esperaba un objeto.</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>Se esperaba un número.</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Se esperaba un número entero.</translation>
    </message>
    <message>
        <source>Give either an addressId or an address, not both.</source>
        <translation>Indique un addressId o una dirección, no ambos.</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>Expected a JSON object with the order.</source>
        <translation>Se esperaba un objeto JSON con el pedido.</translation>
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
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Order date:</source>
        <translation>Fecha de pedido:</translation>
    </message>
    <message>
        <source>Order type:</source>
        <translation>Tipo de pedido:</translation>
    </message>
    <message>
        <source>direct ship (D)</source>
        <translation>envío directo (D)</translation>
    </message>
    <message>
        <source>stock (S)</source>
        <translation>stock (S)</translation>
    </message>
    <message>
        <source>Customer PO:</source>
        <translation>OC del cliente:</translation>
    </message>
    <message>
        <source>End customer PO:</source>
        <translation>OC del cliente final:</translation>
    </message>
    <message>
        <source>Web order ID:</source>
        <translation>ID de pedido web:</translation>
    </message>
    <message>
        <source>Vendor sales order:</source>
        <translation>Pedido de venta del fabricante:</translation>
    </message>
    <message>
        <source>Ingram PO:</source>
        <translation>OC de Ingram:</translation>
    </message>
    <message>
        <source>Sub-orders:</source>
        <translation>Subpedidos:</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Subtotal:</translation>
    </message>
    <message>
        <source>Freight:</source>
        <translation>Transporte:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Impuestos:</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Tasas:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Condiciones de pago:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturar a</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Usuario final</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LÍNEA</translation>
    </message>
    <message>
        <source>SUB-ORDER</source>
        <translation>SUBPEDIDO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>INGRAM PART</source>
        <translation>PARTE INGRAM</translation>
    </message>
    <message>
        <source>VENDOR PART</source>
        <translation>PARTE FABRICANTE</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPCIÓN</translation>
    </message>
    <message>
        <source>ORDERED</source>
        <translation>PEDIDA</translation>
    </message>
    <message>
        <source>CONFIRMED</source>
        <translation>CONFIRMADA</translation>
    </message>
    <message>
        <source>BACKORDERED</source>
        <translation>PENDIENTE</translation>
    </message>
    <message>
        <source>SHIPPED</source>
        <translation>ENVIADA</translation>
    </message>
    <message>
        <source>UNIT PRICE</source>
        <translation>PRECIO UNIT.</translation>
    </message>
    <message>
        <source>EXTENDED</source>
        <translation>IMPORTE</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 (%2): %n unit(s)</source>
        <translation>
            <numerusform>Línea %1 (%2): %n unidad</numerusform>
            <numerusform>Línea %1 (%2): %n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>delivery %1</source>
        <translation>entrega %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Estimated ship date:</source>
        <translation>Fecha estimada de envío:</translation>
    </message>
    <message>
        <source>Shipped:</source>
        <translation>Enviado:</translation>
    </message>
    <message>
        <source>Estimated delivery:</source>
        <translation>Entrega estimada:</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Factura:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>Transportista: %1</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>entregado el %1</translation>
    </message>
    <message>
        <source>delivery expected %1</source>
        <translation>entrega prevista el %1</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>Serial numbers: %1</source>
        <translation>Números de serie: %1</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>Otros cargos</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>IMPORTE</translation>
    </message>
</context>
<context>
    <name>OrderDetailsQuery</name>
    <message>
        <source>Enter an Ingram Micro order number.</source>
        <translation>Introduzca un número de pedido de Ingram Micro.</translation>
    </message>
    <message numerus="yes">
        <source>An Ingram Micro order number has at most %n characters.</source>
        <translation>
            <numerusform>Un número de pedido de Ingram Micro tiene como máximo %n carácter.</numerusform>
            <numerusform>Un número de pedido de Ingram Micro tiene como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a status the sandbox can simulate; use one of %2.</source>
        <translation>“%1” no es un estado que el sandbox pueda simular; use uno de estos: %2.</translation>
    </message>
</context>
<context>
    <name>OrderDetailsView</name>
    <message>
        <source>Order details</source>
        <translation>Detalles del pedido</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load the order again from the API (F5)</source>
        <translation>Volver a cargar el pedido desde la API (F5)</translation>
    </message>
    <message>
        <source>Refresh order</source>
        <translation>Actualizar pedido</translation>
    </message>
    <message>
        <source>Copy order &amp;number</source>
        <translation>Copiar &amp;número de pedido</translation>
    </message>
    <message>
        <source>Copy the order number to the clipboard</source>
        <translation>Copiar el número de pedido al portapapeles</translation>
    </message>
    <message>
        <source>Copy order number</source>
        <translation>Copiar número de pedido</translation>
    </message>
    <message>
        <source>Copy &amp;line serials</source>
        <translation>Copiar n.º de serie de la &amp;línea</translation>
    </message>
    <message>
        <source>Copy the serial numbers of the selected line, one per line</source>
        <translation>Copiar los números de serie de la línea seleccionada, uno por línea</translation>
    </message>
    <message>
        <source>Copy serial numbers of the selected line</source>
        <translation>Copiar números de serie de la línea seleccionada</translation>
    </message>
    <message>
        <source>Copy &amp;all serials</source>
        <translation>Copiar &amp;todos los n.º de serie</translation>
    </message>
    <message>
        <source>Copy every serial number of the order, one per line</source>
        <translation>Copiar todos los números de serie del pedido, uno por línea</translation>
    </message>
    <message>
        <source>Copy all serial numbers of the order</source>
        <translation>Copiar todos los números de serie del pedido</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the order</source>
        <translation>Imprimir el pedido</translation>
    </message>
    <message>
        <source>Print order</source>
        <translation>Imprimir pedido</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the order as a PDF file</source>
        <translation>Guardar el pedido como archivo PDF</translation>
    </message>
    <message>
        <source>Save order as PDF</source>
        <translation>Guardar pedido como PDF</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Order details sections</source>
        <translation>Secciones de los detalles del pedido</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Order number:</source>
        <translation>Número de pedido:</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Customer PO:</source>
        <translation>OC del cliente:</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>OC del cliente</translation>
    </message>
    <message>
        <source>End-customer PO:</source>
        <translation>OC del cliente final:</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>OC del cliente final</translation>
    </message>
    <message>
        <source>Order date:</source>
        <translation>Fecha de pedido:</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Fecha de pedido</translation>
    </message>
    <message>
        <source>Order type:</source>
        <translation>Tipo de pedido:</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>Tipo de pedido</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Order status icon</source>
        <translation>Icono de estado del pedido</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Estado del pedido</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Condiciones de pago:</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>Ingram PO:</source>
        <translation>OC de Ingram:</translation>
    </message>
    <message>
        <source>Ingram purchase order number</source>
        <translation>Número de orden de compra de Ingram</translation>
    </message>
    <message>
        <source>Vendor sales order:</source>
        <translation>Pedido de venta del fabricante:</translation>
    </message>
    <message>
        <source>Vendor sales order number</source>
        <translation>Número de pedido de venta del fabricante</translation>
    </message>
    <message>
        <source>Web order ID:</source>
        <translation>ID de pedido web:</translation>
    </message>
    <message>
        <source>Web order ID</source>
        <translation>ID de pedido web</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Order totals</source>
        <translation>Totales del pedido</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Subtotal:</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Freight:</source>
        <translation>Transporte:</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Impuestos:</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Tasas:</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Tasas</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Total del pedido</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturar a</translation>
    </message>
    <message>
        <source>Bill-to address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>Ship-to address</source>
        <translation>Dirección de envío</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Usuario final</translation>
    </message>
    <message>
        <source>End-user address</source>
        <translation>Dirección del usuario final</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Order notes</source>
        <translation>Notas del pedido</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Líneas de pedido</translation>
    </message>
    <message>
        <source>Shipments, tracking and serial numbers</source>
        <translation>Envíos, números de seguimiento y números de serie</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Charges, attributes and dates</source>
        <translation>Cargos, atributos y fechas</translation>
    </message>
    <message>
        <source>Miscellaneous charges</source>
        <translation>Cargos varios</translation>
    </message>
    <message>
        <source>Additional attributes</source>
        <translation>Atributos adicionales</translation>
    </message>
    <message>
        <source>Estimated dates</source>
        <translation>Fechas estimadas</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Sin procesar</translation>
    </message>
    <message>
        <source>Raw response JSON</source>
        <translation>JSON de la respuesta sin procesar</translation>
    </message>
    <message>
        <source>Print Order</source>
        <translation>Imprimir pedido</translation>
    </message>
    <message>
        <source>Loading order %1…</source>
        <translation>Cargando el pedido %1…</translation>
    </message>
    <message>
        <source>The order cannot be loaded: not connected.</source>
        <translation>No se puede cargar el pedido: no hay conexión.</translation>
    </message>
    <message>
        <source>Loading order %1 was cancelled. Press Refresh to try again.</source>
        <translation>Se canceló la carga del pedido %1. Pulse Actualizar para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Loading order %1 cancelled.</source>
        <translation>Carga del pedido %1 cancelada.</translation>
    </message>
    <message>
        <source>Order %1 could not be loaded.</source>
        <translation>No se pudo cargar el pedido %1.</translation>
    </message>
    <message>
        <source>Order %1 could not be loaded: %2</source>
        <translation>No se pudo cargar el pedido %1: %2</translation>
    </message>
    <message>
        <source>Order %1 loaded.</source>
        <translation>Pedido %1 cargado.</translation>
    </message>
    <message>
        <source>Totals (%1)</source>
        <translation>Totales (%1)</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>Líneas (%1)</translation>
    </message>
    <message>
        <source>Charges, attributes and dates (%1)</source>
        <translation>Cargos, atributos y fechas (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tab title: order number, customer PO</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Opening the tracking page of %1…</source>
        <translation>Abriendo la página de seguimiento de %1…</translation>
    </message>
    <message>
        <source>Order number %1 copied.</source>
        <translation>Número de pedido %1 copiado.</translation>
    </message>
    <message>
        <source>%1 has no serial numbers.</source>
        <translation>%1 no tiene números de serie.</translation>
    </message>
    <message numerus="yes">
        <source>%n serial number(s) of %1 copied.</source>
        <translation>
            <numerusform>%n número de serie de %1 copiado.</numerusform>
            <numerusform>%n números de serie de %1 copiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation>Seleccione primero una línea.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Order %1 could not be printed.</source>
        <translation>No se pudo imprimir el pedido %1.</translation>
    </message>
    <message>
        <source>Check the printer and try again.</source>
        <translation>Compruebe la impresora y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Order %1 sent to the printer.</source>
        <translation>Pedido %1 enviado a la impresora.</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1.</source>
        <translation>No se pudo guardar el PDF en %1.</translation>
    </message>
    <message>
        <source>Order %1 saved to %2.</source>
        <translation>Pedido %1 guardado en %2.</translation>
    </message>
    <message>
        <source>Print Order %1</source>
        <translation>Imprimir pedido %1</translation>
    </message>
    <message>
        <source>Save Order as PDF</source>
        <translation>Guardar pedido como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Order %1.pdf</source>
        <translation>Pedido %1.pdf</translation>
    </message>
    <message>
        <source>&amp;Modify…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>Change lines, notes or the ship-to address of this order on customer hold</source>
        <translation>Cambiar las líneas, las notas o la dirección de envío de este pedido en retención del cliente</translation>
    </message>
    <message>
        <source>Modify order</source>
        <translation>Modificar pedido</translation>
    </message>
    <message>
        <source>R&amp;elease</source>
        <translation>Li&amp;berar</translation>
    </message>
    <message>
        <source>Release this order on customer hold for shipping</source>
        <translation>Liberar este pedido en retención del cliente para su envío</translation>
    </message>
    <message>
        <source>Release order</source>
        <translation>Liberar pedido</translation>
    </message>
    <message>
        <source>Cancel &amp;Order</source>
        <translation>Cancelar &amp;pedido</translation>
    </message>
    <message>
        <source>Cancel this order on customer hold</source>
        <translation>Cancelar este pedido en retención del cliente</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>Shipments: %1, %2</source>
        <translation>Envíos: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking number(s)</source>
        <translation>
            <numerusform>%n número de seguimiento</numerusform>
            <numerusform>%n números de seguimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serial number(s)</source>
        <translation>
            <numerusform>%n número de serie</numerusform>
            <numerusform>%n números de serie</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders on customer hold can be changed within 24 hours of being placed; after that Ingram Micro voids them.</source>
        <translation>Los pedidos en retención del cliente se pueden cambiar durante las 24 horas siguientes a su realización; después, Ingram Micro los anula.</translation>
    </message>
    <message>
        <source>Change lines, notes or the ship-to address of this order on customer hold. %1</source>
        <translation>Cambiar las líneas, las notas o la dirección de envío de este pedido en retención del cliente. %1</translation>
    </message>
    <message>
        <source>Release this order for shipping; it can no longer be changed afterwards. %1</source>
        <translation>Liberar este pedido para su envío; después ya no se podrá cambiar. %1</translation>
    </message>
    <message>
        <source>Cancel this order on customer hold. %1</source>
        <translation>Cancelar este pedido en retención del cliente. %1</translation>
    </message>
    <message>
        <source>Available once the order is loaded.</source>
        <translation>Disponible cuando se haya cargado el pedido.</translation>
    </message>
    <message>
        <source>A change to this order is under way.</source>
        <translation>Hay un cambio en curso en este pedido.</translation>
    </message>
    <message>
        <source>Available once the order is loaded again.</source>
        <translation>Disponible cuando se haya vuelto a cargar el pedido.</translation>
    </message>
    <message>
        <source>Only an order on customer hold can be modified, released or cancelled; the status of order %1 is “%2”.</source>
        <translation>Solo un pedido en retención del cliente se puede modificar, liberar o cancelar; el estado del pedido %1 es “%2”.</translation>
    </message>
    <message>
        <source>Order %1 is on hold, but it was not placed on customer hold (allowOrderOnCustomerHold), so it cannot be modified, released or cancelled.</source>
        <translation>El pedido %1 está retenido, pero no se realizó en retención del cliente (allowOrderOnCustomerHold), por lo que no se puede modificar, liberar ni cancelar.</translation>
    </message>
    <message>
        <source>Order %1 changed.</source>
        <translation>Pedido %1 cambiado.</translation>
    </message>
    <message>
        <source>The answer to the change of order %1 was lost: the change may have been applied.</source>
        <translation>Se perdió la respuesta al cambio del pedido %1: es posible que el cambio se haya aplicado.</translation>
    </message>
    <message>
        <source>Nothing is sent again. The order is loaded again to show what happened; check it before changing it again.</source>
        <translation>No se vuelve a enviar nada. El pedido se vuelve a cargar para mostrar lo ocurrido; compruébelo antes de volver a cambiarlo.</translation>
    </message>
    <message>
        <source>Line %1: %2, quantity %3</source>
        <translation>Línea %1: %2, cantidad %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Order notes: %1</source>
        <translation>Notas del pedido: %1</translation>
    </message>
    <message>
        <source>Ship-to: %1</source>
        <translation>Enviar a: %1</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3 %4</source>
        <translation>Línea %1 (%2): %3 %4</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>see the request log</source>
        <translation>consulte el registro de solicitudes</translation>
    </message>
    <message>
        <source>Order %1 was changed only in part.</source>
        <translation>El pedido %1 solo se cambió en parte.</translation>
    </message>
    <message>
        <source>Done:
%1
Not done:
%2</source>
        <translation>Realizado:
%1
Sin realizar:
%2</translation>
    </message>
    <message>
        <source>Release Order</source>
        <translation>Liberar pedido</translation>
    </message>
    <message>
        <source>Release order %1 for shipping? It can no longer be modified or cancelled.</source>
        <translation>¿Liberar el pedido %1 para su envío? Ya no se podrá modificar ni cancelar.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <source>&amp;Keep on Hold</source>
        <translation>&amp;Mantener retenido</translation>
    </message>
    <message>
        <source>Cancel Order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message numerus="yes">
        <source>Cancel order %1? All %n line(s) are cancelled. This cannot be undone.</source>
        <translation>
            <numerusform>¿Cancelar el pedido %1? Se cancelará su %n línea. Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Cancelar el pedido %1? Se cancelarán sus %n líneas. Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Order</source>
        <translation>&amp;Conservar pedido</translation>
    </message>
    <message>
        <source>Releasing order %1…</source>
        <translation>Liberando el pedido %1…</translation>
    </message>
    <message>
        <source>Cancelling order %1…</source>
        <translation>Cancelando el pedido %1…</translation>
    </message>
    <message>
        <source>Order %1 released for shipping.</source>
        <translation>Pedido %1 liberado para su envío.</translation>
    </message>
    <message>
        <source>Order %1 cancelled.</source>
        <translation>Pedido %1 cancelado.</translation>
    </message>
    <message>
        <source>The answer to releasing order %1 was lost: it may have been released.</source>
        <translation>Se perdió la respuesta a la liberación del pedido %1: es posible que se haya liberado.</translation>
    </message>
    <message>
        <source>The answer to cancelling order %1 was lost: it may have been cancelled.</source>
        <translation>Se perdió la respuesta a la cancelación del pedido %1: es posible que se haya cancelado.</translation>
    </message>
    <message>
        <source>Nothing is sent again. The order is loaded again to show what happened; check it before trying again.</source>
        <translation>No se vuelve a enviar nada. El pedido se vuelve a cargar para mostrar lo ocurrido; compruébelo antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing was changed. The order is loaded again to show its current status.</source>
        <translation>No se cambió nada. El pedido se vuelve a cargar para mostrar su estado actual.</translation>
    </message>
    <message>
        <source>Order %1 was not released: %2</source>
        <translation>El pedido %1 no se liberó: %2</translation>
    </message>
    <message>
        <source>Order %1 was not cancelled: %2</source>
        <translation>El pedido %1 no se canceló: %2</translation>
    </message>
</context>
<context>
    <name>OrderDraft</name>
    <message>
        <source>The file is not an order draft.</source>
        <translation>El archivo no es un borrador de pedido.</translation>
    </message>
    <message>
        <source>The draft has format version %1, which this version of ResellerDesk cannot read.</source>
        <translation>El borrador tiene la versión de formato %1, que esta versión de ResellerDesk no puede leer.</translation>
    </message>
    <message>
        <source>The draft has no valid id.</source>
        <translation>El borrador no tiene un id válido.</translation>
    </message>
    <message>
        <source>The draft has no order in it.</source>
        <translation>El borrador no contiene ningún pedido.</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Order editor</source>
        <translation>Editor de pedidos</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versión de la API:</translation>
    </message>
    <message>
        <source>Order API version</source>
        <translation>Versión de la API de pedidos</translation>
    </message>
    <message>
        <source>&amp;Edit again</source>
        <translation>Volver a e&amp;ditar</translation>
    </message>
    <message>
        <source>Makes a submitted draft editable again. Search the customer PO first: an order that was placed must not be placed twice.</source>
        <translation>Vuelve a hacer editable un borrador enviado. Busque antes la OC del cliente: un pedido ya realizado no debe realizarse dos veces.</translation>
    </message>
    <message>
        <source>&amp;Submit order</source>
        <translation>&amp;Enviar pedido</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Customer &amp;PO:</source>
        <translation>&amp;OC del cliente:</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>OC del cliente</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>&amp;End-customer PO:</source>
        <translation>OC del cliente fi&amp;nal:</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>OC del cliente final</translation>
    </message>
    <message>
        <source>&amp;Bill-to address ID:</source>
        <translation>ID de dirección de &amp;facturación:</translation>
    </message>
    <message>
        <source>Bill-to address ID</source>
        <translation>ID de dirección de facturación</translation>
    </message>
    <message>
        <source>the account&apos;s default when empty</source>
        <translation>si está vacío, la predeterminada de la cuenta</translation>
    </message>
    <message>
        <source>Special &amp;bid:</source>
        <translation>Oferta es&amp;pecial:</translation>
    </message>
    <message>
        <source>Special bid number</source>
        <translation>Número de oferta especial</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>Order notes</source>
        <translation>Notas del pedido</translation>
    </message>
    <message>
        <source>Accept &amp;backorders</source>
        <translation>Aceptar pendientes de &amp;stock</translation>
    </message>
    <message>
        <source>Lines that are out of stock are backordered instead of refused.</source>
        <translation>Las líneas sin stock quedan pendientes de stock en lugar de rechazarse.</translation>
    </message>
    <message>
        <source>Place on customer &amp;hold</source>
        <translation>Poner en retención del &amp;cliente</translation>
    </message>
    <message>
        <source>Sends allowOrderOnCustomerHold = true: the order waits for release and can be modified, released or cancelled meanwhile.</source>
        <translation>Envía allowOrderOnCustomerHold = true: el pedido espera a ser liberado y, mientras tanto, se puede modificar, liberar o cancelar.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>&amp;Carrier code:</source>
        <translation>Código de t&amp;ransportista:</translation>
    </message>
    <message>
        <source>Carrier code</source>
        <translation>Código de transportista</translation>
    </message>
    <message>
        <source>Deli&amp;very date:</source>
        <translation>Fecha de entre&amp;ga:</translation>
    </message>
    <message>
        <source>Re&amp;quest a date:</source>
        <translation>Solicitar una fec&amp;ha:</translation>
    </message>
    <message>
        <source>Requested delivery date</source>
        <translation>Fecha de entrega solicitada</translation>
    </message>
    <message>
        <source>Ship &amp;complete</source>
        <translation>Envío co&amp;mpleto</translation>
    </message>
    <message>
        <source>Ship only when every line can ship.</source>
        <translation>Enviar solo cuando todas las líneas puedan enviarse.</translation>
    </message>
    <message>
        <source>Si&amp;gnature required</source>
        <translation>Firma o&amp;bligatoria</translation>
    </message>
    <message>
        <source>Shipping &amp;instructions:</source>
        <translation>&amp;Instrucciones de envío:</translation>
    </message>
    <message>
        <source>Shipping instructions</source>
        <translation>Instrucciones de envío</translation>
    </message>
    <message>
        <source>&amp;Freight account:</source>
        <translation>C&amp;uenta de transporte:</translation>
    </message>
    <message>
        <source>Freight account number</source>
        <translation>Número de cuenta de transporte</translation>
    </message>
    <message>
        <source>Ship-to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>Ship to an address on file by its ID, or enter a full address below. Leave both empty to ship to the account&apos;s default address.</source>
        <translation>Envíe a una dirección registrada indicando su ID o introduzca una dirección completa abajo. Deje ambos vacíos para enviar a la dirección predeterminada de la cuenta.</translation>
    </message>
    <message>
        <source>Ship-to &amp;address ID:</source>
        <translation>&amp;ID de dirección de envío:</translation>
    </message>
    <message>
        <source>Ship-to address ID</source>
        <translation>ID de dirección de envío</translation>
    </message>
    <message>
        <source>an address on file</source>
        <translation>una dirección registrada</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>E&amp;mpresa:</translation>
    </message>
    <message>
        <source>Ship-to company</source>
        <translation>Empresa de envío</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <source>Ship-to contact</source>
        <translation>Contacto de envío</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>Línea de dirección &amp;1:</translation>
    </message>
    <message>
        <source>Ship-to address line 1</source>
        <translation>Línea 1 de la dirección de envío</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Línea de dirección &amp;2:</translation>
    </message>
    <message>
        <source>Ship-to address line 2</source>
        <translation>Línea 2 de la dirección de envío</translation>
    </message>
    <message>
        <source>Address line &amp;3:</source>
        <translation>Línea de dirección &amp;3:</translation>
    </message>
    <message>
        <source>Ship-to address line 3</source>
        <translation>Línea 3 de la dirección de envío</translation>
    </message>
    <message>
        <source>v6 only</source>
        <translation>solo v6</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Ci&amp;udad:</translation>
    </message>
    <message>
        <source>Ship-to city</source>
        <translation>Ciudad de envío</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>Es&amp;tado/provincia:</translation>
    </message>
    <message>
        <source>Ship-to state</source>
        <translation>Estado o provincia de envío</translation>
    </message>
    <message>
        <source>e.g. CA</source>
        <translation>p. ej., CA</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>Ship-to postal code</source>
        <translation>Código postal de envío</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <source>Ship-to country code</source>
        <translation>Código de país de envío</translation>
    </message>
    <message>
        <source>two letters, e.g. US</source>
        <translation>dos letras, p. ej., US</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Teléfo&amp;no:</translation>
    </message>
    <message>
        <source>Ship-to phone number</source>
        <translation>Teléfono de envío</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>Ship-to e-mail address</source>
        <translation>Correo electrónico de envío</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Usuario final</translation>
    </message>
    <message>
        <source>The end user the order is for, when the vendor needs one. Leave empty when not needed: nothing is sent.</source>
        <translation>El usuario final al que va destinado el pedido, cuando el fabricante lo requiere. Déjelo vacío si no es necesario: no se envía nada.</translation>
    </message>
    <message>
        <source>End user company</source>
        <translation>Empresa del usuario final</translation>
    </message>
    <message>
        <source>End user contact</source>
        <translation>Contacto del usuario final</translation>
    </message>
    <message>
        <source>End user address line 1</source>
        <translation>Línea 1 de la dirección del usuario final</translation>
    </message>
    <message>
        <source>End user address line 2</source>
        <translation>Línea 2 de la dirección del usuario final</translation>
    </message>
    <message>
        <source>End user address line 3</source>
        <translation>Línea 3 de la dirección del usuario final</translation>
    </message>
    <message>
        <source>End user city</source>
        <translation>Ciudad del usuario final</translation>
    </message>
    <message>
        <source>End user state</source>
        <translation>Estado o provincia del usuario final</translation>
    </message>
    <message>
        <source>End user postal code</source>
        <translation>Código postal del usuario final</translation>
    </message>
    <message>
        <source>End user country code</source>
        <translation>Código de país del usuario final</translation>
    </message>
    <message>
        <source>End user phone number</source>
        <translation>Teléfono del usuario final</translation>
    </message>
    <message>
        <source>End user e-mail address</source>
        <translation>Correo electrónico del usuario final</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Additional attributes sent with the order as name and value. The customer hold flag has its own checkbox on the Order tab.</source>
        <translation>Atributos adicionales que se envían con el pedido como nombre y valor. La marca de retención del cliente tiene su propia casilla en la pestaña Pedido.</translation>
    </message>
    <message>
        <source>Additional attributes</source>
        <translation>Atributos adicionales</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add a&amp;ttribute</source>
        <translation>Añadir a&amp;tributo</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Quitar atributo</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Añadir línea</translation>
    </message>
    <message>
        <source>Adds an empty line (Insert)</source>
        <translation>Añade una línea vacía (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove lines</source>
        <translation>&amp;Quitar líneas</translation>
    </message>
    <message>
        <source>Removes the selected lines (Delete)</source>
        <translation>Quita las líneas seleccionadas (Supr)</translation>
    </message>
    <message>
        <source>Paste &amp;lines</source>
        <translation>Pegar &amp;líneas</translation>
    </message>
    <message>
        <source>Pastes rows copied from a spreadsheet: part, quantity and an optional unit price separated by tabs (Ctrl+V)</source>
        <translation>Pega filas copiadas de una hoja de cálculo: parte, cantidad y un precio unitario opcional separados por tabuladores (Ctrl+V)</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Líneas de pedido</translation>
    </message>
    <message>
        <source>v6 — placed at once</source>
        <translation>v6 — se realiza al instante</translation>
    </message>
    <message>
        <source>v7 — confirmed later</source>
        <translation>v7 — se confirma después</translation>
    </message>
    <message>
        <source>v6 answers with the order; v7 only confirms it and the order appears a little later. The default comes from the connection profile.</source>
        <translation>v6 responde con el pedido; v7 solo lo confirma y el pedido aparece un poco más tarde. El valor predeterminado procede del perfil de conexión.</translation>
    </message>
    <message>
        <source>The draft can be edited again.</source>
        <translation>El borrador se puede volver a editar.</translation>
    </message>
    <message>
        <source>Search the customer PO before you submit it again: an order that was placed must not be placed twice.</source>
        <translation>Busque la OC del cliente antes de volver a enviarlo: un pedido ya realizado no debe realizarse dos veces.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Pedido nuevo</translation>
    </message>
    <message>
        <source>New order %1</source>
        <translation>Pedido nuevo %1</translation>
    </message>
    <message>
        <source>This draft was started under another connection profile.</source>
        <translation>Este borrador se inició con otro perfil de conexión.</translation>
    </message>
    <message>
        <source>Submitting it sends it with the active profile.</source>
        <translation>Al enviarlo, se envía con el perfil activo.</translation>
    </message>
    <message>
        <source>Attribute %1: %2</source>
        <translation>Atributo %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) on this page</source>
        <translation>
            <numerusform>%n problema en esta página</numerusform>
            <numerusform>%n problemas en esta página</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Enviando…</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) shown in red first.</source>
        <translation>
            <numerusform>Corrija primero %n problema indicado en rojo.</numerusform>
            <numerusform>Corrija primero los %n problemas indicados en rojo.</numerusform>
        </translation>
    </message>
    <message>
        <source>required, at most %1 characters</source>
        <translation>obligatorio, como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>Confirmed by the API; the draft was removed.</source>
        <translation>Confirmado por la API; se eliminó el borrador.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Draft not saved: %1</source>
        <translation>Borrador no guardado: %1</translation>
    </message>
    <message>
        <source>Submitted %1; kept until the API confirms the order.</source>
        <translation>Enviado el %1; se conserva hasta que la API confirme el pedido.</translation>
    </message>
    <message>
        <source>Not saved as a draft.</source>
        <translation>No guardado como borrador.</translation>
    </message>
    <message>
        <source>Saving draft…</source>
        <translation>Guardando borrador…</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Borrador guardado a las %1</translation>
    </message>
    <message>
        <source>The clipboard holds no lines.</source>
        <translation>El portapapeles no contiene líneas.</translation>
    </message>
    <message>
        <source>Copy rows of part number and quantity (and a unit price, if you like) from a spreadsheet, then paste again.</source>
        <translation>Copie de una hoja de cálculo filas con número de parte y cantidad (y, si lo desea, un precio unitario) y vuelva a pegar.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) pasted.</source>
        <translation>
            <numerusform>%n línea pegada.</numerusform>
            <numerusform>%n líneas pegadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Result of the order</source>
        <translation>Resultado del pedido</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be pasted:</source>
        <translation>
            <numerusform>%n fila no se pudo pegar:</numerusform>
            <numerusform>%n filas no se pudieron pegar:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderFilterPanel</name>
    <message>
        <source>Search filters</source>
        <translation>Filtros de búsqueda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Order status filter</source>
        <translation>Filtro de estado del pedido</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Or&amp;dered between</source>
        <translation>Pe&amp;dido entre</translation>
    </message>
    <message>
        <source>Filter by order date range</source>
        <translation>Filtrar por intervalo de fechas de pedido</translation>
    </message>
    <message>
        <source>Order date range start</source>
        <translation>Inicio del intervalo de fechas de pedido</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Order date range end</source>
        <translation>Fin del intervalo de fechas de pedido</translation>
    </message>
    <message>
        <source>&amp;Invoiced between</source>
        <translation>Fac&amp;turado entre</translation>
    </message>
    <message>
        <source>Filter by invoice date range</source>
        <translation>Filtrar por intervalo de fechas de factura</translation>
    </message>
    <message>
        <source>Invoice date range start</source>
        <translation>Inicio del intervalo de fechas de factura</translation>
    </message>
    <message>
        <source>Invoice date range end</source>
        <translation>Fin del intervalo de fechas de factura</translation>
    </message>
    <message>
        <source>S&amp;hipped between</source>
        <translation>En&amp;viado entre</translation>
    </message>
    <message>
        <source>Filter by ship date range</source>
        <translation>Filtrar por intervalo de fechas de envío</translation>
    </message>
    <message>
        <source>Ship date range start</source>
        <translation>Inicio del intervalo de fechas de envío</translation>
    </message>
    <message>
        <source>Ship date range end</source>
        <translation>Fin del intervalo de fechas de envío</translation>
    </message>
    <message>
        <source>Deli&amp;vered between</source>
        <translation>Ent&amp;regado entre</translation>
    </message>
    <message>
        <source>Filter by delivery date range</source>
        <translation>Filtrar por intervalo de fechas de entrega</translation>
    </message>
    <message>
        <source>Delivery date range start</source>
        <translation>Inicio del intervalo de fechas de entrega</translation>
    </message>
    <message>
        <source>Delivery date range end</source>
        <translation>Fin del intervalo de fechas de entrega</translation>
    </message>
    <message>
        <source>Products and references</source>
        <translation>Productos y referencias</translation>
    </message>
    <message>
        <source>Ingram &amp;part number:</source>
        <translation>Número de &amp;parte Ingram:</translation>
    </message>
    <message>
        <source>Ingram part number</source>
        <translation>Número de parte Ingram</translation>
    </message>
    <message>
        <source>Vendor part num&amp;ber:</source>
        <translation>Número de parte del fabr&amp;icante:</translation>
    </message>
    <message>
        <source>Vendor part number</source>
        <translation>Número de parte del fabricante</translation>
    </message>
    <message>
        <source>Vendor &amp;name:</source>
        <translation>&amp;Nombre del fabricante:</translation>
    </message>
    <message>
        <source>Vendor name</source>
        <translation>Nombre del fabricante</translation>
    </message>
    <message>
        <source>Special bi&amp;d:</source>
        <translation>Oferta e&amp;special:</translation>
    </message>
    <message>
        <source>Special bid number</source>
        <translation>Número de oferta especial</translation>
    </message>
    <message>
        <source>End-customer P&amp;O:</source>
        <translation>OC del c&amp;liente final:</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>OC del cliente final</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Estado %1</translation>
    </message>
    <message>
        <source>the order date range</source>
        <translation>el intervalo de fechas de pedido</translation>
    </message>
    <message>
        <source>the invoice date range</source>
        <translation>el intervalo de fechas de factura</translation>
    </message>
    <message>
        <source>the ship date range</source>
        <translation>el intervalo de fechas de envío</translation>
    </message>
    <message>
        <source>the delivery date range</source>
        <translation>el intervalo de fechas de entrega</translation>
    </message>
    <message>
        <source>the Ingram part number</source>
        <translation>el número de parte Ingram</translation>
    </message>
    <message>
        <source>the vendor part number</source>
        <translation>el número de parte del fabricante</translation>
    </message>
    <message>
        <source>the vendor name</source>
        <translation>el nombre del fabricante</translation>
    </message>
    <message>
        <source>the special bid number</source>
        <translation>el número de oferta especial</translation>
    </message>
    <message>
        <source>the end-customer PO</source>
        <translation>la OC del cliente final</translation>
    </message>
</context>
<context>
    <name>OrderJobs</name>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>the answer has no orders list</source>
        <translation>la respuesta no contiene una lista de pedidos</translation>
    </message>
    <message>
        <source>the answer has no order number</source>
        <translation>la respuesta no contiene un número de pedido</translation>
    </message>
</context>
<context>
    <name>OrderLinesEditModel</name>
    <message>
        <source>Row %1: &quot;%2&quot; has no quantity; paste part and quantity separated by a tab.</source>
        <translation>Fila %1: &quot;%2&quot; no tiene cantidad; pegue la parte y la cantidad separadas por un tabulador.</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns; expected part, quantity and an optional unit price.</source>
        <translation>La fila %1 tiene %2 columnas; se esperaban parte, cantidad y un precio unitario opcional.</translation>
    </message>
    <message>
        <source>Row %1 has no part number.</source>
        <translation>La fila %1 no tiene número de parte.</translation>
    </message>
    <message>
        <source>Row %1: the part number &quot;%2&quot; is longer than %3 characters.</source>
        <translation>Fila %1: el número de parte &quot;%2&quot; tiene más de %3 caracteres.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a quantity of 1 or more.</source>
        <translation>Fila %1: &quot;%2&quot; no es una cantidad de 1 o más.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a price.</source>
        <translation>Fila %1: &quot;%2&quot; no es un precio.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Línea %1, %2: %3</translation>
    </message>
    <message>
        <source>No requested price: the API prices the line.</source>
        <translation>Sin precio solicitado: la API pone precio a la línea.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Ingram part</source>
        <translation>N.º parte Ingram</translation>
    </message>
    <message>
        <source>Vendor part (v7)</source>
        <translation>N.º parte fabricante (v7)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Special bid</source>
        <translation>Oferta especial</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Your line number, at most 3 characters, unique in the order.</source>
        <translation>Su número de línea, como máximo 3 caracteres, único en el pedido.</translation>
    </message>
    <message>
        <source>Only v7 orders take a vendor part number.</source>
        <translation>Solo los pedidos v7 admiten número de parte del fabricante.</translation>
    </message>
    <message>
        <source>Requested unit price; leave empty to let the API price the line.</source>
        <translation>Precio unitario solicitado; déjelo vacío para que la API ponga precio a la línea.</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>%1
Vendor: %2</source>
        <translation>%1
Fabricante: %2</translation>
    </message>
    <message>
        <source>%1
Notes: %2</source>
        <translation>%1
Notas: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Sub-order</source>
        <translation>Subpedido</translation>
    </message>
    <message>
        <source>Ingram part</source>
        <translation>N.º parte Ingram</translation>
    </message>
    <message>
        <source>Vendor part</source>
        <translation>N.º parte fabricante</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedida</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>B/O</source>
        <comment>backordered quantity, short column title</comment>
        <translation>Pend.</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Prometida</translation>
    </message>
    <message>
        <source>B/O ETA</source>
        <comment>backorder ETA, short column title</comment>
        <translation>ETA pend.</translation>
    </message>
    <message>
        <source>Quantity backordered</source>
        <translation>Cantidad pendiente de stock</translation>
    </message>
    <message>
        <source>Extended price</source>
        <translation>Importe total de la línea</translation>
    </message>
    <message>
        <source>Promised delivery date</source>
        <translation>Fecha de entrega prometida</translation>
    </message>
    <message>
        <source>Estimated arrival of the backordered quantity</source>
        <translation>Llegada estimada de la cantidad pendiente de stock</translation>
    </message>
</context>
<context>
    <name>OrderModifyRequest</name>
    <message>
        <source>At most %1 characters, not %2.</source>
        <translation>Como máximo %1 caracteres, no %2.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>No hay nada que cambiar.</translation>
    </message>
    <message>
        <source>A new line needs a part number.</source>
        <translation>Una línea nueva necesita un número de parte.</translation>
    </message>
    <message>
        <source>A new line needs a quantity.</source>
        <translation>Una línea nueva necesita una cantidad.</translation>
    </message>
    <message>
        <source>Which line to change is missing.</source>
        <translation>Falta indicar qué línea se cambia.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>La cantidad debe ser como mínimo 1.</translation>
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
        <translation>Envío directo</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>OC del cliente</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>OC del cliente final</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Fecha de pedido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Order type</source>
        <translation>Tipo de pedido</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>Ingram PO</source>
        <translation>OC de Ingram</translation>
    </message>
    <message>
        <source>Vendor sales order</source>
        <translation>Pedido de venta del fabricante</translation>
    </message>
    <message>
        <source>Web order ID</source>
        <translation>ID de pedido web</translation>
    </message>
    <message>
        <source>Sub-orders</source>
        <translation>Subpedidos</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturar a</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Usuario final</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>N.º de parte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedida</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>B/O</source>
        <comment>backordered quantity, short column title</comment>
        <translation>Pend.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status and dates</source>
        <translation>Estado y fechas</translation>
    </message>
    <message>
        <source>Promised %1</source>
        <translation>Entrega prometida %1</translation>
    </message>
    <message>
        <source>B/O ETA %1</source>
        <translation>ETA pendiente %1</translation>
    </message>
    <message>
        <source>Shipped %1</source>
        <translation>Envío %1</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Entrega %1</translation>
    </message>
    <message>
        <source>Shipments and tracking</source>
        <translation>Envíos y seguimiento</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Carton</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Números de serie</translation>
    </message>
    <message>
        <source>Miscellaneous charges</source>
        <translation>Cargos varios</translation>
    </message>
    <message>
        <source>Sub-order</source>
        <translation>Subpedido</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Tasas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>No se pudo generar el PDF.</translation>
    </message>
</context>
<context>
    <name>OrderResultView</name>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Ordered lines</source>
        <translation>Líneas pedidas</translation>
    </message>
    <message>
        <source>Order / line</source>
        <translation>Pedido / línea</translation>
    </message>
    <message>
        <source>Ingram part</source>
        <translation>N.º parte Ingram</translation>
    </message>
    <message>
        <source>Vendor part</source>
        <translation>N.º parte fabricante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedida</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>Pendiente de stock</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Rejected lines (not ordered)</source>
        <translation>Líneas rechazadas (no pedidas)</translation>
    </message>
    <message>
        <source>Rejected lines</source>
        <translation>Líneas rechazadas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Reject code</source>
        <translation>Código de rechazo</translation>
    </message>
    <message>
        <source>Reason given by the API</source>
        <translation>Motivo indicado por la API</translation>
    </message>
    <message>
        <source>Orders found</source>
        <translation>Pedidos encontrados</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Fecha de pedido</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Search the customer PO again; the order is not sent again</source>
        <translation>Volver a buscar la OC del cliente; el pedido no se vuelve a enviar</translation>
    </message>
    <message>
        <source>Show &amp;pending orders</source>
        <translation>Mostrar pedidos &amp;pendientes</translation>
    </message>
    <message>
        <source>part not found</source>
        <translation>parte no encontrada</translation>
    </message>
    <message>
        <source>invalid quantity</source>
        <translation>cantidad no válida</translation>
    </message>
    <message>
        <source>backorder not allowed</source>
        <translation>pendiente de stock no permitido</translation>
    </message>
    <message>
        <source>line not found</source>
        <translation>línea no encontrada</translation>
    </message>
    <message>
        <source>price not accepted</source>
        <translation>precio no aceptado</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(sin código)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>Realizando el pedido…</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Pedido realizado</translation>
    </message>
    <message numerus="yes">
        <source>Customer PO &lt;b&gt;%1&lt;/b&gt; was placed as %n order(s): %2.</source>
        <translation>
            <numerusform>La OC del cliente &lt;b&gt;%1&lt;/b&gt; se realizó como %n pedido: %2.</numerusform>
            <numerusform>La OC del cliente &lt;b&gt;%1&lt;/b&gt; se realizó como %n pedidos: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (freight %3, tax %4)</source>
        <translation>%1: %2 (transporte %3, impuestos %4)</translation>
    </message>
    <message>
        <source>Order total %1</source>
        <translation>Total del pedido %1</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>línea %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not ordered:&lt;/b&gt; %1. Correct these lines and place them as a new order; the ordered lines must not be sent again.</source>
        <translation>&lt;b&gt;No pedidas:&lt;/b&gt; %1. Corrija estas líneas y realícelas como un pedido nuevo; las líneas pedidas no deben volver a enviarse.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Double-click to open the order</source>
        <translation>Haga doble clic para abrir el pedido</translation>
    </message>
    <message>
        <source>Line %1 (%2)</source>
        <translation>Línea %1 (%2)</translation>
    </message>
    <message>
        <source>Order accepted for processing</source>
        <translation>Pedido aceptado para su procesamiento</translation>
    </message>
    <message>
        <source>Customer PO &lt;b&gt;%1&lt;/b&gt; was accepted with confirmation number &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>La OC del cliente &lt;b&gt;%1&lt;/b&gt; se aceptó con el número de confirmación &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The API said: %1</source>
        <translation>La API indicó: %1</translation>
    </message>
    <message>
        <source>The order itself is created a little later. It is tracked in &lt;b&gt;Pending orders&lt;/b&gt;, which tells you when it appears.</source>
        <translation>El pedido en sí se crea un poco más tarde. Se sigue en &lt;b&gt;Pedidos pendientes&lt;/b&gt;, que le avisa cuando aparece.</translation>
    </message>
    <message>
        <source>Order placed (found after the answer was lost)</source>
        <translation>Pedido realizado (encontrado tras perderse la respuesta)</translation>
    </message>
    <message>
        <source>The answer to customer PO &lt;b&gt;%1&lt;/b&gt; did not arrive (%2). It was not sent again; a search found it as %3.</source>
        <translation>La respuesta a la OC del cliente &lt;b&gt;%1&lt;/b&gt; no llegó (%2). No se volvió a enviar; una búsqueda la encontró como %3.</translation>
    </message>
    <message>
        <source>Not known yet whether the order was placed</source>
        <translation>Aún no se sabe si el pedido se realizó</translation>
    </message>
    <message>
        <source>What went wrong: %1</source>
        <translation>Qué falló: %1</translation>
    </message>
    <message>
        <source>Customer PO &lt;b&gt;%1&lt;/b&gt; was sent once and will not be sent again automatically. Search for it under Orders, or check again in a few minutes.</source>
        <translation>La OC del cliente &lt;b&gt;%1&lt;/b&gt; se envió una vez y no se volverá a enviar automáticamente. Búsquela en Pedidos o vuelva a comprobarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>Order not placed: the input was refused</source>
        <translation>Pedido no realizado: se rechazaron los datos</translation>
    </message>
    <message>
        <source>Order not placed</source>
        <translation>Pedido no realizado</translation>
    </message>
    <message>
        <source>Nothing was ordered for customer PO &lt;b&gt;%1&lt;/b&gt;. Your input is kept; correct it and submit again.</source>
        <translation>No se pidió nada para la OC del cliente &lt;b&gt;%1&lt;/b&gt;. Sus datos se conservan; corríjalos y vuelva a enviar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Order placed in part: %1 of %n line(s) ordered</source>
        <translation>
            <numerusform>Pedido realizado en parte: %1 de %n línea pedida</numerusform>
            <numerusform>Pedido realizado en parte: %1 de %n líneas pedidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Ordered:&lt;/b&gt; line(s) %1.</source>
        <comment>followed by the line numbers</comment>
        <translation>
            <numerusform>&lt;b&gt;Pedida:&lt;/b&gt; línea %1.</numerusform>
            <numerusform>&lt;b&gt;Pedidas:&lt;/b&gt; líneas %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) backordered, %1 in all.</source>
        <translation>
            <numerusform>%n línea pendiente de stock, %1 en total.</numerusform>
            <numerusform>%n líneas pendientes de stock, %1 en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderSearchCsvExporter</name>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Fecha de pedido</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>OC del cliente</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Usuario final</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sub-orders</source>
        <translation>Subpedidos</translation>
    </message>
    <message>
        <source>Vendor sales order</source>
        <translation>Pedido de venta del fabricante</translation>
    </message>
    <message>
        <source>There are no results to export.</source>
        <translation>No hay resultados que exportar.</translation>
    </message>
    <message>
        <source>A new search replaced the results being exported.</source>
        <translation>Una búsqueda nueva sustituyó los resultados que se estaban exportando.</translation>
    </message>
    <message>
        <source>The results were cleared during the export.</source>
        <translation>Los resultados se borraron durante la exportación.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>Page %1 could not be loaded: %2</source>
        <translation>No se pudo cargar la página %1: %2</translation>
    </message>
</context>
<context>
    <name>OrderSearchModel</name>
    <message>
        <source>%1 (the API says “%2”)</source>
        <translation>%1 (la API indica “%2”)</translation>
    </message>
    <message>
        <source>Vendor sales order %1</source>
        <translation>Pedido de venta del fabricante %1</translation>
    </message>
    <message>
        <source>Sub-order %1</source>
        <translation>Subpedido %1</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>OC del cliente</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Usuario final</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Order total. The search does not say in which currency.</source>
        <translation>Total del pedido. La búsqueda no indica en qué moneda.</translation>
    </message>
    <message>
        <source>Order total in %1, the currency of the account.</source>
        <translation>Total del pedido en %1, la moneda de la cuenta.</translation>
    </message>
</context>
<context>
    <name>OrderSearchQuery</name>
    <message numerus="yes">
        <source>%1 may have at most %n characters.</source>
        <translation>
            <numerusform>%1 admite como máximo %n carácter.</numerusform>
            <numerusform>%1 admite como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains an invalid date.</source>
        <translation>%1 contiene una fecha no válida.</translation>
    </message>
    <message>
        <source>%1 needs both a start and an end date.</source>
        <translation>%1 necesita una fecha inicial y una fecha final.</translation>
    </message>
    <message>
        <source>The start date of %1 is after its end date.</source>
        <translation>En %1, la fecha inicial es posterior a la fecha final.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A date range, e.g. &quot;2024-01-01 – 2024-01-31&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>“%1” is not an order status the search accepts; use one of %2.</source>
        <translation>“%1” no es un estado de pedido que la búsqueda acepte; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>Search either by one order date or by an order date range, not both.</source>
        <translation>Busque por una fecha de pedido o por un intervalo de fechas de pedido, no por ambos.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>El tamaño de página debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>The page number must be 1 or more.</source>
        <translation>El número de página debe ser 1 o mayor.</translation>
    </message>
    <message>
        <source>order number “%1”</source>
        <translation>número de pedido “%1”</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>ordered on %1</source>
        <translation>fecha de pedido %1</translation>
    </message>
    <message>
        <source>ordered %1</source>
        <translation>fecha de pedido %1</translation>
    </message>
    <message>
        <source>customer PO “%1”</source>
        <translation>OC del cliente “%1”</translation>
    </message>
    <message>
        <source>end customer PO “%1”</source>
        <translation>OC del cliente final “%1”</translation>
    </message>
    <message>
        <source>invoiced %1</source>
        <translation>fecha de factura %1</translation>
    </message>
    <message>
        <source>shipped %1</source>
        <translation>fecha de envío %1</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>fecha de entrega %1</translation>
    </message>
    <message>
        <source>Ingram part number “%1”</source>
        <translation>número de parte Ingram “%1”</translation>
    </message>
    <message>
        <source>vendor part number “%1”</source>
        <translation>número de parte del fabricante “%1”</translation>
    </message>
    <message>
        <source>serial number “%1”</source>
        <translation>número de serie “%1”</translation>
    </message>
    <message>
        <source>tracking number “%1”</source>
        <translation>número de seguimiento “%1”</translation>
    </message>
    <message>
        <source>vendor “%1”</source>
        <translation>fabricante “%1”</translation>
    </message>
    <message>
        <source>special bid “%1”</source>
        <translation>oferta especial “%1”</translation>
    </message>
    <message>
        <source>No orders were found.</source>
        <translation>No se encontró ningún pedido.</translation>
    </message>
    <message>
        <source>No orders match %1.</source>
        <translation>No hay pedidos con %1.</translation>
    </message>
</context>
<context>
    <name>OrderSearchView</name>
    <message>
        <source>Order search</source>
        <translation>Búsqueda de pedidos</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Order number, customer PO, serial number or tracking number</source>
        <translation>Número de pedido, OC del cliente, número de serie o número de seguimiento</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Búsqueda rápida</translation>
    </message>
    <message>
        <source>An order number such as 20-RD3QV is recognised; other text is searched as what the button beside this field says.</source>
        <translation>Se reconoce un número de pedido como 20-RD3QV; cualquier otro texto se busca como lo que indica el botón junto a este campo.</translation>
    </message>
    <message>
        <source>Search text is</source>
        <translation>El texto de búsqueda es</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Bus&amp;car</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Buscar pedidos</translation>
    </message>
    <message>
        <source>Filte&amp;rs</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Mostrar filtros</translation>
    </message>
    <message>
        <source>Orders found</source>
        <translation>Pedidos encontrados</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the search (Esc)</source>
        <translation>Detener la búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>Detener la búsqueda</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export results to CSV</source>
        <translation>Exportar resultados a CSV</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Export &amp;loaded orders…</source>
        <translation>Exportar pedidos &amp;cargados…</translation>
    </message>
    <message>
        <source>Export &amp;all pages…</source>
        <translation>Exportar &amp;todas las páginas…</translation>
    </message>
    <message>
        <source>Searching orders…</source>
        <translation>Buscando pedidos…</translation>
    </message>
    <message>
        <source>What the search text is. Order numbers such as 20-RD3QV are recognised by their shape; for anything else, choose here.</source>
        <translation>Qué es el texto de búsqueda. Los números de pedido como 20-RD3QV se reconocen por su forma; para cualquier otra cosa, elíjalo aquí.</translation>
    </message>
    <message>
        <source>Click to sort. Right-click to show or hide columns; drag to reorder.</source>
        <translation>Haga clic para ordenar. Haga clic con el botón derecho para mostrar u ocultar columnas; arrástrelas para reordenarlas.</translation>
    </message>
    <message>
        <source>Loading orders for the export: %1 of %2.</source>
        <translation>Cargando pedidos para la exportación: %1 de %2.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>OC del cliente</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>The text is searched as: %1.</source>
        <translation>El texto se busca como: %1.</translation>
    </message>
    <message>
        <source>The search was not started: correct the marked fields.</source>
        <translation>No se inició la búsqueda: corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Filte&amp;rs (%1)</source>
        <translation>&amp;Filtros (%1)</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Ocultar filtros</translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) set; they apply whether the panel is open or not.</source>
        <translation>
            <numerusform>%n filtro activo; se aplica tanto si el panel está abierto como si no.</numerusform>
            <numerusform>%n filtros activos; se aplican tanto si el panel está abierto como si no.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by status, dates, products and references.</source>
        <translation>Filtrar por estado, fechas, productos y referencias.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) found.</source>
        <translation>
            <numerusform>%Ln pedido encontrado.</numerusform>
            <numerusform>%Ln pedidos encontrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) found; %1 loaded. Scroll down to load more.</source>
        <translation>
            <numerusform>%Ln pedido encontrado; cargados: %1. Desplácese hacia abajo para cargar más.</numerusform>
            <numerusform>%Ln pedidos encontrados; cargados: %1. Desplácese hacia abajo para cargar más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No orders found.</source>
        <translation>No se encontró ningún pedido.</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Error en la búsqueda.</translation>
    </message>
    <message>
        <source>The search was stopped.</source>
        <translation>Se detuvo la búsqueda.</translation>
    </message>
    <message>
        <source>Find orders</source>
        <translation>Buscar pedidos</translation>
    </message>
    <message>
        <source>Type an order number, a customer PO, a serial number or a tracking number and press Enter. Open Filters to search by status, dates, products or vendor.</source>
        <translation>Escriba un número de pedido, una OC del cliente, un número de serie o un número de seguimiento y pulse Intro. Abra Filtros para buscar por estado, fechas, productos o fabricante.</translation>
    </message>
    <message>
        <source>Check the spelling, choose what the search text is, widen the date ranges or clear some filters, then search again.</source>
        <translation>Revise la ortografía, elija qué es el texto de búsqueda, amplíe los intervalos de fechas o quite algunos filtros y vuelva a buscar.</translation>
    </message>
    <message>
        <source>The order search failed: %1</source>
        <translation>Error en la búsqueda de pedidos: %1</translation>
    </message>
    <message>
        <source>Choose Retry to run it again.</source>
        <translation>Elija Reintentar para ejecutarla de nuevo.</translation>
    </message>
    <message>
        <source>orders-%1.csv</source>
        <translation>pedidos-%1.csv</translation>
    </message>
    <message>
        <source>Export Orders</source>
        <translation>Exportar pedidos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loading orders for the export…</source>
        <translation>Cargando pedidos para la exportación…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln pedido exportado a %1.</numerusform>
            <numerusform>%Ln pedidos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>The orders could not be exported to %1.</source>
        <translation>No se pudieron exportar los pedidos a %1.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Error en la exportación: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s) loaded.</source>
        <translation>
            <numerusform>%1 de %Ln pedido cargado.</numerusform>
            <numerusform>%1 de %Ln pedidos cargados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s) are shown. Choose Retry to load more.</source>
        <translation>
            <numerusform>Se muestra %1 de %Ln pedido. Elija Reintentar para cargar más.</numerusform>
            <numerusform>Se muestran %1 de %Ln pedidos. Elija Reintentar para cargar más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>Pendiente de stock</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Enviado parcialmente</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>OrderSubmission</name>
    <message>
        <source>Checking whether customer PO %1 was used before…</source>
        <translation>Comprobando si la OC del cliente %1 ya se usó antes…</translation>
    </message>
    <message numerus="yes">
        <source>Customer PO %1 is already used by %n order(s). Place this order anyway?</source>
        <translation>
            <numerusform>La OC del cliente %1 ya la usa %n pedido. ¿Desea realizar este pedido de todos modos?</numerusform>
            <numerusform>La OC del cliente %1 ya la usan %n pedidos. ¿Desea realizar este pedido de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending order %1…</source>
        <translation>Enviando el pedido %1…</translation>
    </message>
    <message>
        <source>The answer to order %1 was lost. Searching for it (check %2 of %3); it will not be sent again.</source>
        <translation>Se perdió la respuesta al pedido %1. Buscándolo (comprobación %2 de %3); no se volverá a enviar.</translation>
    </message>
    <message>
        <source>Order %1 was placed in part: some lines were rejected.</source>
        <translation>El pedido %1 se realizó en parte: se rechazaron algunas líneas.</translation>
    </message>
    <message>
        <source>Order %1 was placed.</source>
        <translation>El pedido %1 se realizó.</translation>
    </message>
    <message>
        <source>Order %1 was accepted for processing (confirmation %2). It is tracked in Pending orders until it appears.</source>
        <translation>El pedido %1 se aceptó para su procesamiento (confirmación %2). Se sigue en Pedidos pendientes hasta que aparezca.</translation>
    </message>
    <message>
        <source>Order %1 was not placed: %2</source>
        <translation>El pedido %1 no se realizó: %2</translation>
    </message>
    <message>
        <source>The answer to order %1 was lost, but the order was placed: %2.</source>
        <translation>Se perdió la respuesta al pedido %1, pero el pedido se realizó: %2.</translation>
    </message>
    <message>
        <source>The answer to order %1 was lost and the order has not been found yet. It may still appear: check again later, or search the customer PO. Do not submit it again before you know it was not placed.</source>
        <translation>Se perdió la respuesta al pedido %1 y el pedido aún no se ha encontrado. Puede que todavía aparezca: vuelva a comprobarlo más tarde o busque la OC del cliente. No lo envíe de nuevo hasta saber que no se realizó.</translation>
    </message>
    <message>
        <source>Stopped waiting for order %1. It may have been placed: search the customer PO before you submit it again.</source>
        <translation>Se dejó de esperar el pedido %1. Es posible que se haya realizado: busque la OC del cliente antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>Order %1 was not sent.</source>
        <translation>El pedido %1 no se envió.</translation>
    </message>
    <message>
        <source>The customer PO is required.</source>
        <translation>La OC del cliente es obligatoria.</translation>
    </message>
</context>
<context>
    <name>OrderWriteJobs</name>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>the answer has no order number</source>
        <translation>la respuesta no contiene un número de pedido</translation>
    </message>
    <message>
        <source>the answer has no confirmation number</source>
        <translation>la respuesta no contiene un número de confirmación</translation>
    </message>
</context>
<context>
    <name>OrderWriteService</name>
    <message>
        <source>An order number looks like 20-12345 or 20-12345-11.</source>
        <translation>Un número de pedido tiene la forma 20-12345 o 20-12345-11.</translation>
    </message>
</context>
<context>
    <name>OrdersCancelCommand</name>
    <message>
        <source>Cancels an order placed on customer hold. Asks first, unless --yes is given.</source>
        <translation>Cancela un pedido realizado en retención del cliente. Pide confirmación antes, salvo que se indique --yes.</translation>
    </message>
    <message>
        <source>Cancel without asking; required when the input is not a terminal (scripts).</source>
        <translation>Cancelar sin preguntar; obligatorio cuando la entrada no es un terminal (scripts).</translation>
    </message>
    <message>
        <source>The Ingram Micro order number.</source>
        <translation>El número de pedido de Ingram Micro.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>Only orders on customer hold (placed with the additional attribute allowOrderOnCustomerHold) can be cancelled, within the API&apos;s hold window; otherwise the API&apos;s reason is printed and the command exits with %1.</source>
        <translation>Solo se pueden cancelar los pedidos en retención del cliente (realizados con el atributo adicional allowOrderOnCustomerHold), dentro del plazo de retención de la API; en caso contrario, se muestra el motivo indicado por la API y el comando termina con el código %1.</translation>
    </message>
    <message>
        <source>Give the order number: orders cancel NUMBER.</source>
        <translation>Indique el número de pedido: orders cancel NÚMERO.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; orders cancel takes one order number.</source>
        <translation>Argumento inesperado &quot;%1&quot;; orders cancel admite un solo número de pedido.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Cancelling needs --yes when the input is not a terminal.</source>
        <translation>Para cancelar se necesita --yes cuando la entrada no es un terminal.</translation>
    </message>
    <message>
        <source>Cancel order %1 (profile &quot;%2&quot;)? This cannot be undone. [y/N] </source>
        <translation>¿Cancelar el pedido %1 (perfil &quot;%2&quot;)? Esta acción no se puede deshacer. [s/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Not cancelled.</source>
        <translation>No se ha cancelado.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled.</source>
        <translation>El pedido %1 se ha cancelado.</translation>
    </message>
</context>
<context>
    <name>OrdersCreateCommand</name>
    <message>
        <source>Places an order. FILE holds the order as the Reseller API&apos;s create request body (POST /resellers/v6/orders or /resellers/v7/orders); &quot;-&quot; reads it from standard input.</source>
        <translation>Realiza un pedido. ARCHIVO contiene el pedido como cuerpo de la solicitud de creación de la Reseller API (POST /resellers/v6/orders o /resellers/v7/orders); &quot;-&quot; lo lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>API version: v6 (default; answers with the order) or v7 (answers with a confirmation, the order follows later).</source>
        <translation>Versión de la API: v6 (predeterminada; responde con el pedido) o v7 (responde con una confirmación y el pedido llega después).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>Check the order against the API&apos;s rules and print the body that would be sent; send nothing.</source>
        <translation>Comprobar el pedido según las reglas de la API y mostrar el cuerpo que se enviaría; no se envía nada.</translation>
    </message>
    <message>
        <source>The order as JSON in the API&apos;s request shape.</source>
        <translation>El pedido como JSON con el formato de solicitud de la API.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>ARCHIVO.json</translation>
    </message>
    <message>
        <source>Fields are named as in the API&apos;s request body: customerOrderNumber, notes, shipToInfo, endUserInfo, shipmentDetails, additionalAttributes and lines (customerLineNumber, ingramPartNumber, quantity, unitPrice, ...). A field ResellerDesk cannot send is reported, never dropped.
An order whose answer is lost (timeout, dropped connection) may have been placed: it is never sent again; the command exits with %1 and says how to search for its customer PO.</source>
        <translation>Los campos se llaman como en el cuerpo de la solicitud de la API: customerOrderNumber, notes, shipToInfo, endUserInfo, shipmentDetails, additionalAttributes y lines (customerLineNumber, ingramPartNumber, quantity, unitPrice, ...). Un campo que ResellerDesk no puede enviar se notifica, nunca se descarta.
Un pedido cuya respuesta se pierde (tiempo de espera agotado, conexión cortada) puede haberse realizado: nunca se vuelve a enviar; el comando termina con el código %1 e indica cómo buscar su OC del cliente.</translation>
    </message>
    <message>
        <source>Give the order file: orders create FILE.json.</source>
        <translation>Indique el archivo del pedido: orders create ARCHIVO.json.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; orders create takes one file.</source>
        <translation>Argumento inesperado &quot;%1&quot;; orders create admite un solo archivo.</translation>
    </message>
    <message>
        <source>Unknown API version &quot;%1&quot; for --api; use v6 or v7.</source>
        <translation>Versión de la API desconocida &quot;%1&quot; para --api; use v6 o v7.</translation>
    </message>
    <message>
        <source>Cannot read the order file &quot;%1&quot;: %2</source>
        <translation>No se puede leer el archivo del pedido &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The order file &quot;%1&quot; is larger than %2; it cannot be an order.</source>
        <translation>El archivo del pedido &quot;%1&quot; ocupa más de %2; no puede ser un pedido.</translation>
    </message>
    <message>
        <source>The order in &quot;%1&quot; cannot be sent:</source>
        <translation>El pedido de &quot;%1&quot; no se puede enviar:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The order %1 is valid for API %2: %n line(s). Nothing was sent.</source>
        <translation>
            <numerusform>El pedido %1 es válido para la API %2: %n línea. No se ha enviado nada.</numerusform>
            <numerusform>El pedido %1 es válido para la API %2: %n líneas. No se ha enviado nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer to this order was lost, so it may have been placed. It is not sent again. Search for its customer PO before placing it again:</source>
        <translation>Se perdió la respuesta a este pedido, por lo que es posible que se haya realizado. No se vuelve a enviar. Busque su OC del cliente antes de volver a realizarlo:</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>PEDIDO</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LÍNEA</translation>
    </message>
    <message>
        <source>PART</source>
        <translation>PARTE</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>CANT.</translation>
    </message>
    <message>
        <source>CONFIRMED</source>
        <translation>CONFIRMADA</translation>
    </message>
    <message>
        <source>BACKORDERED</source>
        <translation>PENDIENTE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>UNIT PRICE</source>
        <translation>PRECIO UNIT.</translation>
    </message>
    <message>
        <source>REJECT CODE</source>
        <translation>CÓDIGO RECHAZO</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>Order %1: total %2 %3 (freight %4, tax %5)</source>
        <translation>Pedido %1: total %2 %3 (transporte %4, impuestos %5)</translation>
    </message>
    <message numerus="yes">
        <source>Partly ordered: %n line(s) ordered,</source>
        <translation>
            <numerusform>Pedido en parte: %n línea pedida,</numerusform>
            <numerusform>Pedido en parte: %n líneas pedidas,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected (see REJECT CODE and REASON).</source>
        <translation>
            <numerusform>%n línea rechazada (vea CÓDIGO RECHAZO y MOTIVO).</numerusform>
            <numerusform>%n líneas rechazadas (vea CÓDIGO RECHAZO y MOTIVO).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ordered with customer PO %1: %2.</source>
        <translation>Pedido con la OC del cliente %1: %2.</translation>
    </message>
    <message>
        <source>CONFIRMATION</source>
        <translation>CONFIRMACIÓN</translation>
    </message>
    <message>
        <source>CUSTOMER PO</source>
        <translation>OC CLIENTE</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MENSAJE</translation>
    </message>
    <message>
        <source>Confirmation %1: %2</source>
        <translation>Confirmación %1: %2</translation>
    </message>
    <message>
        <source>API v7 places the order later. Search for customer PO %1 to find it.</source>
        <translation>La API v7 realiza el pedido más tarde. Busque la OC del cliente %1 para encontrarlo.</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>The order is being sent; its tab closes once the API has answered.</source>
        <translation>El pedido se está enviando; su pestaña se cierra cuando la API haya respondido.</translation>
    </message>
    <message>
        <source>Order draft, saved as you type</source>
        <translation>Borrador de pedido, se guarda mientras escribe</translation>
    </message>
    <message>
        <source>Checking the customer PO…</source>
        <translation>Comprobando la OC del cliente…</translation>
    </message>
    <message>
        <source>%1 – %2, %3, %4</source>
        <translation>%1 – %2, %3, %4</translation>
    </message>
    <message>
        <source>Customer PO already used</source>
        <translation>OC del cliente ya usada</translation>
    </message>
    <message>
        <source>%1

Place it anyway only if this is really a second order with the same PO. Nothing has been sent yet.</source>
        <translation>%1

Realícelo de todos modos solo si de verdad se trata de un segundo pedido con la misma OC. Todavía no se ha enviado nada.</translation>
    </message>
    <message>
        <source>&amp;Place anyway</source>
        <translation>&amp;Realizar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Do not place</source>
        <translation>&amp;No realizar</translation>
    </message>
</context>
<context>
    <name>OrdersSearchCommand</name>
    <message>
        <source>Searches orders. Filters combine: an order must match all of them.</source>
        <translation>Busca pedidos. Los filtros se combinan: un pedido debe cumplirlos todos.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Ingram Micro order number.</source>
        <translation>Número de pedido de Ingram Micro.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Order status; repeat for several (any of them matches). One of %1.</source>
        <translation>Estado del pedido; repítalo para indicar varios (coincide cualquiera de ellos). Uno de estos: %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Customer order (PO) number.</source>
        <translation>Número de orden de compra (OC) del cliente.</translation>
    </message>
    <message>
        <source>End customer order number.</source>
        <translation>Número de OC del cliente final.</translation>
    </message>
    <message>
        <source>Ordered on this day (YYYY-MM-DD).</source>
        <translation>Pedido en este día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Ordered on or after this day; needs --order-date-to.</source>
        <translation>Pedido en este día o después; necesita --order-date-to.</translation>
    </message>
    <message>
        <source>Ordered on or before this day; needs --order-date-from.</source>
        <translation>Pedido en este día o antes; necesita --order-date-from.</translation>
    </message>
    <message>
        <source>Invoiced on or after this day; needs --invoice-date-to.</source>
        <translation>Facturado en este día o después; necesita --invoice-date-to.</translation>
    </message>
    <message>
        <source>Invoiced on or before this day.</source>
        <translation>Facturado en este día o antes.</translation>
    </message>
    <message>
        <source>Shipped on or after this day; needs --ship-date-to.</source>
        <translation>Enviado en este día o después; necesita --ship-date-to.</translation>
    </message>
    <message>
        <source>Shipped on or before this day.</source>
        <translation>Enviado en este día o antes.</translation>
    </message>
    <message>
        <source>Delivered on or after this day; needs --delivery-date-to.</source>
        <translation>Entregado en este día o después; necesita --delivery-date-to.</translation>
    </message>
    <message>
        <source>Delivered on or before this day.</source>
        <translation>Entregado en este día o antes.</translation>
    </message>
    <message>
        <source>Ingram Micro part number (SKU).</source>
        <translation>Número de parte de Ingram Micro (SKU).</translation>
    </message>
    <message>
        <source>Vendor part number.</source>
        <translation>Número de parte del fabricante.</translation>
    </message>
    <message>
        <source>Serial number of a shipped unit.</source>
        <translation>Número de serie de una unidad enviada.</translation>
    </message>
    <message>
        <source>Tracking number of a package.</source>
        <translation>Número de seguimiento de un bulto.</translation>
    </message>
    <message>
        <source>Vendor name.</source>
        <translation>Nombre del fabricante.</translation>
    </message>
    <message>
        <source>Special bid number.</source>
        <translation>Número de oferta especial.</translation>
    </message>
    <message>
        <source>Orders per page, 1 to %1 (default %2; %1 with --all-pages).</source>
        <translation>Pedidos por página, de 1 a %1 (predeterminado: %2; %1 con --all-pages).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>Page number, from 1 (default 1).</source>
        <translation>Número de página, desde 1 (predeterminado: 1).</translation>
    </message>
    <message>
        <source>Fetches every page from --page on and prints them as one.</source>
        <translation>Obtiene todas las páginas a partir de --page y las muestra como una sola.</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD; a date range needs both its -from and its -to option.
Table and CSV list one order per row; JSON is the API&apos;s search page. The paging summary goes to stderr, so stdout holds only the result.
A search that finds nothing prints an empty result and exits 0.</source>
        <translation>Las fechas tienen el formato AAAA-MM-DD; un intervalo de fechas necesita tanto su opción -from como su opción -to.
Las salidas table y CSV muestran un pedido por fila; JSON es la página de búsqueda de la API. El resumen de paginación va a stderr, de modo que stdout contiene solo el resultado.
Una búsqueda sin resultados muestra un resultado vacío y termina con el código 0.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; filters are options, e.g. --customer-po %1.</source>
        <translation>Argumento inesperado &quot;%1&quot;; los filtros son opciones, p. ej. --customer-po %1.</translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot; for --%2; use YYYY-MM-DD.</source>
        <translation>Fecha no válida &quot;%1&quot; para --%2; use AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Unknown order status &quot;%1&quot; for --status; use one of %2.</source>
        <translation>Estado de pedido desconocido &quot;%1&quot; para --status; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>--page-size needs a whole number, not &quot;%1&quot;.</source>
        <translation>--page-size necesita un número entero, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--page needs a whole number, not &quot;%1&quot;.</source>
        <translation>--page necesita un número entero, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>PEDIDO</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>CUSTOMER PO</source>
        <translation>OC CLIENTE</translation>
    </message>
    <message>
        <source>VENDOR SO</source>
        <translation>PV FABRICANTE</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>FABRICANTE</translation>
    </message>
    <message>
        <source>END USER</source>
        <translation>USUARIO FINAL</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>SUB-ORDERS</source>
        <translation>SUBPEDIDOS</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) found.</source>
        <translation>
            <numerusform>%n pedido encontrado.</numerusform>
            <numerusform>%n pedidos encontrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2; %n order(s) found.</source>
        <translation>
            <numerusform>Página %1 de %2; %n pedido encontrado.</numerusform>
            <numerusform>Página %1 de %2; %n pedidos encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use --page %1 for the next page, or --all-pages.</source>
        <translation>Use --page %1 para la página siguiente, o --all-pages.</translation>
    </message>
</context>
<context>
    <name>OrdersShowCommand</name>
    <message>
        <source>Shows one order: header, addresses, lines, shipments with tracking and serial numbers.</source>
        <translation>Muestra un pedido: encabezado, direcciones, líneas y envíos con números de seguimiento y de serie.</translation>
    </message>
    <message>
        <source>The order&apos;s date (YYYY-MM-DD), when the number alone is ambiguous.</source>
        <translation>La fecha del pedido (AAAA-MM-DD), cuando el número por sí solo es ambiguo.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Vendor number.</source>
        <translation>Número de fabricante.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Sandbox profiles only: answer as if the order had this status; one of %1.</source>
        <translation>Solo perfiles de sandbox: responder como si el pedido tuviera este estado; uno de estos: %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Sandbox profiles only: the region to answer for.</source>
        <translation>Solo perfiles de sandbox: la región para la que se responde.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Sandbox profiles only: ask for the IML (Ingram Micro Latin America) form of the order.</source>
        <translation>Solo perfiles de sandbox: pedir la forma IML (Ingram Micro Latinoamérica) del pedido.</translation>
    </message>
    <message>
        <source>With --format json: print the API&apos;s answer exactly as received.</source>
        <translation>Con --format json: mostrar la respuesta de la API exactamente como se recibió.</translation>
    </message>
    <message>
        <source>The Ingram Micro order number.</source>
        <translation>El número de pedido de Ingram Micro.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>Sandbox-only parameters are never sent to a production profile.
CSV lists one row per order line, with its tracking and serial numbers.</source>
        <translation>Los parámetros exclusivos del sandbox nunca se envían a un perfil de producción.
CSV muestra una fila por línea de pedido, con sus números de seguimiento y de serie.</translation>
    </message>
    <message>
        <source>Give the order number: orders show NUMBER.</source>
        <translation>Indique el número de pedido: orders show NÚMERO.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; orders show takes one order number.</source>
        <translation>Argumento inesperado &quot;%1&quot;; orders show admite un solo número de pedido.</translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot; for --order-date; use YYYY-MM-DD.</source>
        <translation>Fecha no válida &quot;%1&quot; para --order-date; use AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Note: --simulate-status, --region-code and --iml are left out: the profile &quot;%1&quot; is not a sandbox.</source>
        <translation>Nota: se omiten --simulate-status, --region-code e --iml: el perfil &quot;%1&quot; no es un sandbox.</translation>
    </message>
    <message>
        <source>Note: --raw applies to --format json only.</source>
        <translation>Nota: --raw solo se aplica a --format json.</translation>
    </message>
</context>
<context>
    <name>PendingOrder</name>
    <message>
        <source>Waiting for the order</source>
        <translation>Esperando el pedido</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>PendingOrderStore</name>
    <message>
        <source>The pending orders file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de pedidos pendientes %1: %2</translation>
    </message>
    <message>
        <source>The pending orders file %1 is damaged: %2</source>
        <translation>El archivo de pedidos pendientes %1 está dañado: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The pending orders cannot be saved to %1: %2</source>
        <translation>No se pueden guardar los pedidos pendientes en %1: %2</translation>
    </message>
    <message>
        <source>%1 It was kept as %2.</source>
        <translation>%1 Se conservó como %2.</translation>
    </message>
</context>
<context>
    <name>PendingOrderTracker</name>
    <message>
        <source>Placed as %1</source>
        <translation>Realizado como %1</translation>
    </message>
    <message numerus="yes">
        <source>Not found after %n minute(s)</source>
        <translation>
            <numerusform>No encontrado tras %n minuto</numerusform>
            <numerusform>No encontrado tras %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingOrdersModel</name>
    <message>
        <source>(answer lost)</source>
        <translation>(respuesta perdida)</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Encontrado: %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (falló)</translation>
    </message>
    <message>
        <source>Double-click to open the order</source>
        <translation>Haga doble clic para abrir el pedido</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>OC del cliente</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Order numbers</source>
        <translation>Números de pedido</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Próxima comprobación</translation>
    </message>
</context>
<context>
    <name>PendingOrdersView</name>
    <message>
        <source>Orders placed through the v7 API are confirmed first and created a little later. ResellerDesk searches for each one by its customer PO until it appears.</source>
        <translation>Los pedidos realizados mediante la API v7 primero se confirman y se crean un poco más tarde. ResellerDesk busca cada uno por su OC del cliente hasta que aparece.</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Comprobar ahora</translation>
    </message>
    <message>
        <source>Search for the selected order now</source>
        <translation>Buscar ahora el pedido seleccionado</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>&amp;Abrir pedido</translation>
    </message>
    <message>
        <source>Open the order the selected entry turned into</source>
        <translation>Abrir el pedido en que se convirtió la entrada seleccionada</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Stop tracking the selected entry; the order itself is not affected</source>
        <translation>Dejar de seguir la entrada seleccionada; el pedido en sí no se ve afectado</translation>
    </message>
    <message>
        <source>Pending orders</source>
        <translation>Pedidos pendientes</translation>
    </message>
    <message>
        <source>No pending orders. Orders placed through the v7 API show up here until they are found.</source>
        <translation>No hay pedidos pendientes. Los pedidos realizados mediante la API v7 aparecen aquí hasta que se encuentran.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching for customer PO %1…</source>
        <translation>Buscando la OC del cliente %1…</translation>
    </message>
    <message>
        <source>Customer PO %1 is no longer tracked.</source>
        <translation>La OC del cliente %1 ya no se sigue.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Idioma y apariencia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of the application; numbers, dates and amounts follow it</source>
        <translation>El idioma de la aplicación; los números, las fechas y los importes se adaptan a él</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Order &amp;API version for new profiles:</source>
        <translation>Versión de la &amp;API de pedidos para perfiles nuevos:</translation>
    </message>
    <message>
        <source>v6 places orders synchronously; v7 confirms first and the order appears later</source>
        <translation>v6 realiza los pedidos de forma síncrona; v7 primero confirma y el pedido aparece después</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>Tiempo de &amp;espera de las solicitudes:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for an answer before a request counts as failed</source>
        <translation>Cuánto tiempo esperar una respuesta antes de que una solicitud se considere fallida</translation>
    </message>
    <message>
        <source>Request &amp;log keeps:</source>
        <translation>El &amp;registro de solicitudes conserva:</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> solicitudes</translation>
    </message>
    <message>
        <source>The oldest requests leave the request log when it is full</source>
        <translation>Las solicitudes más antiguas salen del registro de solicitudes cuando está lleno</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>v6 (synchronous)</source>
        <translation>v6 (síncrona)</translation>
    </message>
    <message>
        <source>v7 (asynchronous)</source>
        <translation>v7 (asíncrona)</translation>
    </message>
</context>
<context>
    <name>ProfileSecretSource</name>
    <message>
        <source>No client secret is available for the profile &quot;%1&quot;.</source>
        <translation>No hay ningún secreto de cliente disponible para el perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No client secret is stored for the profile &quot;%1&quot;. Enter it in the connection profiles.</source>
        <translation>No hay ningún secreto de cliente guardado para el perfil &quot;%1&quot;. Introdúzcalo en los perfiles de conexión.</translation>
    </message>
    <message>
        <source>The client secret of the profile &quot;%1&quot; could not be read. %2</source>
        <translation>No se pudo leer el secreto de cliente del perfil &quot;%1&quot;. %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>No secret store is configured; the client secret could not be removed.</source>
        <translation>No hay ningún almacén de secretos configurado; no se pudo quitar el secreto de cliente.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>Per&amp;files:</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Añadir un perfil</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation>Duplicar el perfil seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Eliminar el perfil seleccionado</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>For example: Acme production</source>
        <translation>Por ejemplo: Acme producción</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Production: orders placed with this profile are real orders.</source>
        <translation>Producción: los pedidos realizados con este perfil son pedidos reales.</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>https://host:443</source>
        <translation>https://host:443</translation>
    </message>
    <message>
        <source>&amp;Customer number:</source>
        <translation>Número de &amp;cliente:</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <source>For example: 20-222222</source>
        <translation>Por ejemplo: 20-222222</translation>
    </message>
    <message>
        <source>C&amp;ountry code:</source>
        <translation>Códi&amp;go de país:</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <source>For example: US</source>
        <translation>Por ejemplo: US</translation>
    </message>
    <message>
        <source>Se&amp;nder ID:</source>
        <translation>ID del &amp;remitente:</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation>ID del remitente</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Customer contact &amp;e-mail:</source>
        <translation>C&amp;orreo de contacto del cliente:</translation>
    </message>
    <message>
        <source>Customer contact e-mail</source>
        <translation>Correo de contacto del cliente</translation>
    </message>
    <message>
        <source>Optional; needed for quotes</source>
        <translation>Opcional; necesario para presupuestos</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>From your API application</source>
        <translation>De su aplicación de API</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Problema con el llavero</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Rein&amp;tentar</translation>
    </message>
    <message>
        <source>Retry the system keychain</source>
        <translation>Volver a intentarlo con el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation>Conser&amp;var solo para esta sesión</translation>
    </message>
    <message>
        <source>Keep the client secret for this session only</source>
        <translation>Conservar el secreto de cliente solo para esta sesión</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Probando la conexión</translation>
    </message>
    <message>
        <source>C&amp;ancel test</source>
        <translation>Cance&amp;lar prueba</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Cancelar la prueba de conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a settings file.</source>
        <translation>Se guarda en el llavero del sistema, nunca en un archivo de configuración.</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Guardar el perfil</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>Discard changes to the profile</source>
        <translation>Descartar los cambios del perfil</translation>
    </message>
    <message>
        <source>The profile and its client secret were removed.</source>
        <translation>Se eliminaron el perfil y su secreto de cliente.</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCCIÓN</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1, %2 environment</source>
        <translation>%1, entorno %2</translation>
    </message>
    <message>
        <source>Production: real orders</source>
        <translation>Producción: pedidos reales</translation>
    </message>
    <message>
        <source>The client secret of the original profile is copied when you save, unless you enter another.</source>
        <translation>Al guardar se copia el secreto de cliente del perfil original, salvo que introduzca otro.</translation>
    </message>
    <message>
        <source>Started by ResellerDesk on this computer</source>
        <translation>Iniciado por ResellerDesk en este equipo</translation>
    </message>
    <message>
        <source>Remove the spaces at the start or end; they are usually left over from copying.</source>
        <translation>Quite los espacios del principio o del final; suelen quedar al copiar.</translation>
    </message>
    <message>
        <source>The client secret cannot contain control characters.</source>
        <translation>El secreto de cliente no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>Stored in the system keychain when you save.</source>
        <translation>Se guarda en el llavero del sistema al guardar el perfil.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Comprobando el llavero del sistema…</translation>
    </message>
    <message>
        <source>A client secret is stored in the system keychain. Type a new one to replace it.</source>
        <translation>Hay un secreto de cliente guardado en el llavero del sistema. Escriba uno nuevo para sustituirlo.</translation>
    </message>
    <message>
        <source>No client secret is stored yet. It is stored in the system keychain when you save.</source>
        <translation>Todavía no hay ningún secreto de cliente guardado. Se guardará en el llavero del sistema al guardar el perfil.</translation>
    </message>
    <message>
        <source>Kept in memory for this session only; it is not stored anywhere.</source>
        <translation>Se conserva en memoria solo para esta sesión; no se guarda en ningún sitio.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>El llavero del sistema no está disponible.</translation>
    </message>
    <message>
        <source>The offline sandbox uses its built-in secret; nothing is stored.</source>
        <translation>El sandbox sin conexión usa su secreto integrado; no se guarda nada.</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(guardado)</translation>
    </message>
    <message>
        <source>Whether a client secret is stored could not be checked. %1</source>
        <translation>No se pudo comprobar si hay un secreto de cliente guardado. %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>¿Eliminar el perfil &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Its client secret is removed from the system keychain too. This cannot be undone.</source>
        <translation>Su secreto de cliente también se quitará del llavero del sistema. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>No hay ningún llavero del sistema disponible.</translation>
    </message>
    <message>
        <source>Storing the client secret in the system keychain…</source>
        <translation>Guardando el secreto de cliente en el llavero del sistema…</translation>
    </message>
    <message>
        <source>Saved. The client secret is stored in the system keychain.</source>
        <translation>Guardado. El secreto de cliente está guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The profile was saved, but its client secret was not: %1</source>
        <translation>Se guardó el perfil, pero no su secreto de cliente: %1</translation>
    </message>
    <message>
        <source>The client secret of the original profile could not be read, so the copy has none yet: %1</source>
        <translation>No se pudo leer el secreto de cliente del perfil original, así que la copia aún no tiene ninguno: %1</translation>
    </message>
    <message>
        <source>The client secret is kept in memory for this session only. Enter it again after restarting ResellerDesk.</source>
        <translation>El secreto de cliente se conserva en memoria solo para esta sesión. Vuelva a introducirlo después de reiniciar ResellerDesk.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has unsaved changes.</source>
        <translation>El perfil &quot;%1&quot; tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save them before you continue?</source>
        <translation>¿Desea guardarlos antes de continuar?</translation>
    </message>
    <message>
        <source>They cannot be saved until the marked fields are corrected. Discard them?</source>
        <translation>No se pueden guardar hasta que se corrijan los campos marcados. ¿Desea descartarlos?</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <source>✔ %1 (%2 ms)</source>
        <translation>✔ %1 (%2 ms)</translation>
    </message>
    <message>
        <source>✘ Test failed: %1</source>
        <translation>✘ Error en la prueba: %1</translation>
    </message>
    <message>
        <source>✘ Test failed: %1
%2</source>
        <translation>✘ Error en la prueba: %1
%2</translation>
    </message>
    <message>
        <source>The profile was removed, but its client secret could not be removed from the system keychain. ResellerDesk tries again at the next start. Reason: %1</source>
        <translation>Se eliminó el perfil, pero no se pudo quitar su secreto de cliente del llavero del sistema. ResellerDesk lo volverá a intentar en el próximo inicio. Motivo: %1</translation>
    </message>
    <message>
        <source>New &amp;orders use:</source>
        <translation>Los pedidos nuevos utili&amp;zan:</translation>
    </message>
    <message>
        <source>Order API version of new orders</source>
        <translation>Versión de la API de pedidos para pedidos nuevos</translation>
    </message>
    <message>
        <source>v6 answers with the order at once; v7 only confirms it and the order appears a little later. Each order can still choose the other one.</source>
        <translation>v6 responde con el pedido al instante; v7 solo lo confirma y el pedido aparece un poco más tarde. Cada pedido puede elegir igualmente la otra versión.</translation>
    </message>
    <message>
        <source>&amp;Quote orders through:</source>
        <translation>&amp;Hacer pedidos de presupuesto con:</translation>
    </message>
    <message>
        <source>Quote orders through</source>
        <translation>Endpoint de los pedidos de presupuesto</translation>
    </message>
    <message>
        <source>Which endpoint places an order from a quote: v7 create with the quote number, or the v6 quote-to-order endpoint.</source>
        <translation>Qué endpoint realiza un pedido a partir de un presupuesto: la creación v7 con el número de presupuesto o el endpoint quote-to-order de v6.</translation>
    </message>
    <message>
        <source>v6 (synchronous)</source>
        <translation>v6 (síncrona)</translation>
    </message>
    <message>
        <source>v7 (asynchronous)</source>
        <translation>v7 (asíncrona)</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de correlación: %1</translation>
    </message>
</context>
<context>
    <name>QuoteJobs</name>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>the answer has no quotes list</source>
        <translation>la respuesta no contiene una lista de presupuestos</translation>
    </message>
    <message>
        <source>the answer has no quote number</source>
        <translation>la respuesta no contiene un número de presupuesto</translation>
    </message>
    <message>
        <source>the answer is not a quote validation</source>
        <translation>la respuesta no es una validación de presupuesto</translation>
    </message>
</context>
<context>
    <name>QuoteOrderDraft</name>
    <message>
        <source>The file is not a draft of an order from a quote.</source>
        <translation>El archivo no es un borrador de pedido a partir de presupuesto.</translation>
    </message>
    <message>
        <source>The draft has format version %1, which this version of ResellerDesk cannot read.</source>
        <translation>El borrador tiene la versión de formato %1, que esta versión de ResellerDesk no puede leer.</translation>
    </message>
</context>
<context>
    <name>QuoteOrderDraftStore</name>
    <message>
        <source>There is no draft of an order from a quote.</source>
        <translation>No hay ningún borrador de pedido a partir de presupuesto.</translation>
    </message>
    <message>
        <source>The draft file cannot be opened: %1</source>
        <translation>No se puede abrir el archivo del borrador: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a draft.</source>
        <translation>El archivo es demasiado grande para ser un borrador.</translation>
    </message>
    <message>
        <source>The draft file %1 is damaged: %2</source>
        <translation>El archivo del borrador %1 está dañado: %2</translation>
    </message>
    <message>
        <source>The draft belongs to another profile.</source>
        <translation>El borrador pertenece a otro perfil.</translation>
    </message>
    <message>
        <source>The draft has no profile.</source>
        <translation>El borrador no tiene perfil.</translation>
    </message>
    <message>
        <source>The drafts folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de borradores %1.</translation>
    </message>
    <message>
        <source>The draft cannot be written: %1</source>
        <translation>No se puede escribir el borrador: %1</translation>
    </message>
    <message>
        <source>The draft cannot be removed: %1</source>
        <translation>No se puede eliminar el borrador: %1</translation>
    </message>
</context>
<context>
    <name>QuoteOrderHeaderPage</name>
    <message>
        <source>Order header</source>
        <translation>Cabecera del pedido</translation>
    </message>
    <message>
        <source>Your order numbers, notes and where the order goes. Lines and prices come from the quote.</source>
        <translation>Sus números de pedido, las notas y el destino del pedido. Las líneas y los precios proceden del presupuesto.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Customer &amp;PO:</source>
        <translation>&amp;OC del cliente:</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>OC del cliente</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>&amp;End-customer PO:</source>
        <translation>OC del cliente fi&amp;nal:</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>OC del cliente final</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Bill-to address ID:</source>
        <translation>ID de dirección de &amp;facturación:</translation>
    </message>
    <message>
        <source>Bill-to address ID</source>
        <translation>ID de dirección de facturación</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>Order notes</source>
        <translation>Notas del pedido</translation>
    </message>
    <message>
        <source>End user (optional)</source>
        <translation>Usuario final (opcional)</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>End user company</source>
        <translation>Empresa del usuario final</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <source>End user contact</source>
        <translation>Contacto del usuario final</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Calle:</translation>
    </message>
    <message>
        <source>End user address line 1</source>
        <translation>Línea 1 de la dirección del usuario final</translation>
    </message>
    <message>
        <source>Street (2):</source>
        <translation>Calle (2):</translation>
    </message>
    <message>
        <source>End user address line 2</source>
        <translation>Línea 2 de la dirección del usuario final</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <source>End user city</source>
        <translation>Ciudad del usuario final</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado/provincia:</translation>
    </message>
    <message>
        <source>End user state</source>
        <translation>Estado o provincia del usuario final</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Código postal:</translation>
    </message>
    <message>
        <source>End user postal code</source>
        <translation>Código postal del usuario final</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>End user country code</source>
        <translation>Código de país del usuario final</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>End user phone</source>
        <translation>Teléfono del usuario final</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>End user e-mail</source>
        <translation>Correo electrónico del usuario final</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>Address &amp;ID:</source>
        <translation>&amp;ID de dirección:</translation>
    </message>
    <message>
        <source>Ship-to address ID</source>
        <translation>ID de dirección de envío</translation>
    </message>
    <message>
        <source>Or fill in an address below</source>
        <translation>O rellene una dirección abajo</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>E&amp;mpresa:</translation>
    </message>
    <message>
        <source>Ship-to company</source>
        <translation>Empresa de envío</translation>
    </message>
    <message>
        <source>Ship-to contact</source>
        <translation>Contacto de envío</translation>
    </message>
    <message>
        <source>Ship-to address line 1</source>
        <translation>Línea 1 de la dirección de envío</translation>
    </message>
    <message>
        <source>Ship-to address line 2</source>
        <translation>Línea 2 de la dirección de envío</translation>
    </message>
    <message>
        <source>Street (3):</source>
        <translation>Calle (3):</translation>
    </message>
    <message>
        <source>Ship-to address line 3</source>
        <translation>Línea 3 de la dirección de envío</translation>
    </message>
    <message>
        <source>Ship-to city</source>
        <translation>Ciudad de envío</translation>
    </message>
    <message>
        <source>Ship-to state</source>
        <translation>Estado o provincia de envío</translation>
    </message>
    <message>
        <source>Ship-to postal code</source>
        <translation>Código postal de envío</translation>
    </message>
    <message>
        <source>Ship-to country code</source>
        <translation>Código de país de envío</translation>
    </message>
    <message>
        <source>Ship-to phone</source>
        <translation>Teléfono de envío</translation>
    </message>
    <message>
        <source>Ship-to e-mail</source>
        <translation>Correo electrónico de envío</translation>
    </message>
</context>
<context>
    <name>QuoteOrderHtml</name>
    <message>
        <source>None given.</source>
        <translation>No se ha indicado.</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Teléfono %1</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Presupuesto %1</translation>
    </message>
    <message>
        <source>Quote %1 — %2</source>
        <translation>Presupuesto %1 — %2</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>Sin fecha de vencimiento</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Vendor quote</source>
        <translation>Presupuesto del fabricante</translation>
    </message>
    <message>
        <source>Special bid</source>
        <translation>Oferta especial</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Usuario final</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>N.º de parte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Quote total</source>
        <translation>Total del presupuesto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>Importe total</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Purchase instructions</source>
        <translation>Instrucciones de compra</translation>
    </message>
    <message>
        <source>Legal terms</source>
        <translation>Condiciones legales</translation>
    </message>
    <message>
        <source>Order from quote %1</source>
        <translation>Pedido a partir del presupuesto %1</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>OC del cliente</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>OC del cliente final</translation>
    </message>
    <message>
        <source>Bill-to address ID</source>
        <translation>ID de dirección de facturación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>The account&apos;s default address</source>
        <translation>La dirección predeterminada de la cuenta</translation>
    </message>
    <message>
        <source>Address ID %1</source>
        <translation>ID de dirección %1</translation>
    </message>
    <message>
        <source>Vendor fields</source>
        <translation>Campos del fabricante</translation>
    </message>
    <message>
        <source>Lines (prices come from the quote)</source>
        <translation>Líneas (los precios proceden del presupuesto)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Quote total: %1</source>
        <translation>Total del presupuesto: %1</translation>
    </message>
</context>
<context>
    <name>QuoteOrderLauncher</name>
    <message>
        <source>Order from Quote</source>
        <translation>Pedido a partir de presupuesto</translation>
    </message>
    <message>
        <source>An order from quote %1 was left unfinished on %2. Resume it where you left it?</source>
        <translation>Un pedido a partir del presupuesto %1 quedó sin terminar el %2. ¿Desea reanudarlo donde lo dejó?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <source>The kept order from a quote cannot be read: %1</source>
        <translation>No se puede leer el pedido a partir de presupuesto guardado: %1</translation>
    </message>
</context>
<context>
    <name>QuoteOrderResultPage</name>
    <message>
        <source>Placing the order</source>
        <translation>Realizando el pedido</translation>
    </message>
    <message>
        <source>The order is sent once. If its answer is lost, ResellerDesk searches for it instead of sending it again.</source>
        <translation>El pedido se envía una sola vez. Si se pierde su respuesta, ResellerDesk lo busca en lugar de volver a enviarlo.</translation>
    </message>
    <message>
        <source>&amp;Stop Waiting</source>
        <translation>Dejar de &amp;esperar</translation>
    </message>
    <message>
        <source>&amp;Place anyway</source>
        <translation>&amp;Realizar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Do not place</source>
        <translation>&amp;No realizar</translation>
    </message>
    <message>
        <source>Order result</source>
        <translation>Resultado del pedido</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>C&amp;orrect the Order</source>
        <translation>Corregir el &amp;pedido</translation>
    </message>
    <message numerus="yes">
        <source>Customer PO %1 is already used by %n order(s): %2. Place this order anyway?</source>
        <translation>
            <numerusform>La OC del cliente %1 ya la usa %n pedido: %2. ¿Desea realizar este pedido de todos modos?</numerusform>
            <numerusform>La OC del cliente %1 ya la usan %n pedidos: %2. ¿Desea realizar este pedido de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>OC del cliente</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <source>Order number(s)</source>
        <translation>Números de pedido</translation>
    </message>
    <message>
        <source>Confirmation number</source>
        <translation>Número de confirmación</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refused fields</source>
        <translation>Campos rechazados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>listed under Pending orders; ResellerDesk searches customer PO %1 until the order appears.</source>
        <translation>figura en Pedidos pendientes; ResellerDesk busca la OC del cliente %1 hasta que aparezca el pedido.</translation>
    </message>
    <message>
        <source>Search customer PO %1 in Orders to find the order once it appears.</source>
        <translation>Busque la OC del cliente %1 en Pedidos para encontrar el pedido cuando aparezca.</translation>
    </message>
</context>
<context>
    <name>QuoteReviewPage</name>
    <message>
        <source>Review the order</source>
        <translation>Revise el pedido</translation>
    </message>
    <message>
        <source>This is what will be sent. Placing the order spends money: check it before you go on.</source>
        <translation>Esto es lo que se enviará. Realizar el pedido supone un gasto: compruébelo antes de continuar.</translation>
    </message>
    <message>
        <source>Order summary</source>
        <translation>Resumen del pedido</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Show Request &amp;Body</source>
        <translation>Mostrar el &amp;cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>&amp;Place Order</source>
        <translation>&amp;Realizar pedido</translation>
    </message>
    <message>
        <source>This order was sent before and may have been placed.</source>
        <translation>Este pedido ya se envió y es posible que se haya realizado.</translation>
    </message>
    <message>
        <source>Placing it again first searches customer PO %1 and asks before a second order is placed. %2</source>
        <translation>Si lo vuelve a realizar, primero se busca la OC del cliente %1 y se le pregunta antes de realizar un segundo pedido. %2</translation>
    </message>
</context>
<context>
    <name>QuoteSearchQuery</name>
    <message numerus="yes">
        <source>%1 may have at most %n characters.</source>
        <translation>
            <numerusform>%1 puede tener como máximo %n carácter.</numerusform>
            <numerusform>%1 puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The create date range contains an invalid date.</source>
        <translation>El intervalo de fechas de creación contiene una fecha no válida.</translation>
    </message>
    <message>
        <source>The create date range needs a start and an end date.</source>
        <translation>El intervalo de fechas de creación necesita una fecha de inicio y una de fin.</translation>
    </message>
    <message>
        <source>The create date range starts after it ends.</source>
        <translation>El intervalo de fechas de creación empieza después de terminar.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>El tamaño de página debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>The page number must be 1 or more.</source>
        <translation>El número de página debe ser 1 o mayor.</translation>
    </message>
</context>
<context>
    <name>QuoteSelectPage</name>
    <message>
        <source>Choose the quote</source>
        <translation>Elija el presupuesto</translation>
    </message>
    <message>
        <source>Search the account&apos;s quotes or type a quote number. Only a quote that is ready to order can become an order.</source>
        <translation>Busque entre los presupuestos de la cuenta o escriba un número de presupuesto. Solo un presupuesto listo para pedir se puede convertir en pedido.</translation>
    </message>
    <message>
        <source>&amp;Quote number:</source>
        <translation>Nú&amp;mero de presupuesto:</translation>
    </message>
    <message>
        <source>e.g. QUO-10926-Y8G1B3</source>
        <translation>p. ej., QUO-10926-Y8G1B3</translation>
    </message>
    <message>
        <source>Quote number to open</source>
        <translation>Número de presupuesto que se abrirá</translation>
    </message>
    <message>
        <source>Sho&amp;w Quote</source>
        <translation>&amp;Ver presupuesto</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <translation>Buscar presupuestos</translation>
    </message>
    <message>
        <source>N&amp;umber contains:</source>
        <translation>El número c&amp;ontiene:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Fabricante:</translation>
    </message>
    <message>
        <source>Special &amp;bid:</source>
        <translation>Oferta es&amp;pecial:</translation>
    </message>
    <message>
        <source>End-user &amp;contact:</source>
        <translation>Contacto del &amp;usuario final:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>C&amp;reated between</source>
        <translation>C&amp;reado entre</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creado desde</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Creado hasta</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Bus&amp;car</translation>
    </message>
    <message>
        <source>Quotes found</source>
        <translation>Presupuestos encontrados</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>Pág&amp;ina anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt Page</source>
        <translation>Página si&amp;guiente</translation>
    </message>
    <message>
        <source>Quote details</source>
        <translation>Detalles del presupuesto</translation>
    </message>
    <message>
        <source>Choose a quote to see its details.</source>
        <translation>Elija un presupuesto para ver sus detalles.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Usuario final</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Quote search needs the customer contact e-mail of the profile “%1”.</source>
        <translation>La búsqueda de presupuestos necesita el correo de contacto del cliente del perfil “%1”.</translation>
    </message>
    <message>
        <source>Add it under File → Connection Profiles… (Customer contact e-mail). You can still open a quote by its number.</source>
        <translation>Añádalo en Archivo → Perfiles de conexión… (Correo de contacto del cliente). Puede seguir abriendo un presupuesto por su número.</translation>
    </message>
    <message>
        <source>Quotes cannot be searched without the customer contact e-mail of the profile.</source>
        <translation>No se pueden buscar presupuestos sin el correo de contacto del cliente del perfil.</translation>
    </message>
    <message>
        <source>Add it under File → Connection Profiles… (Customer contact e-mail), or open a quote by its number.</source>
        <translation>Añádalo en Archivo → Perfiles de conexión… (Correo de contacto del cliente) o abra un presupuesto por su número.</translation>
    </message>
    <message>
        <source>No quotes match these filters.</source>
        <translation>Ningún presupuesto coincide con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s), page %1 of %2</source>
        <translation>
            <numerusform>%n presupuesto, página %1 de %2</numerusform>
            <numerusform>%n presupuestos, página %1 de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading quote %1…</source>
        <translation>Cargando el presupuesto %1…</translation>
    </message>
</context>
<context>
    <name>QuoteStatus</name>
    <message>
        <source>Quote %1 expired on %2 and can no longer be ordered. Ask for a new revision of the quote.</source>
        <translation>El presupuesto %1 venció el %2 y ya no se puede pedir. Solicite una nueva revisión del presupuesto.</translation>
    </message>
    <message>
        <source>Quote %1 has expired and can no longer be ordered. Ask for a new revision of the quote.</source>
        <translation>El presupuesto %1 ha vencido y ya no se puede pedir. Solicite una nueva revisión del presupuesto.</translation>
    </message>
    <message>
        <source>Quote %1 has no status and cannot be ordered.</source>
        <translation>El presupuesto %1 no tiene estado y no se puede pedir.</translation>
    </message>
    <message>
        <source>Quote %1 is “%2”; only a quote that is ready to order can be turned into an order.</source>
        <translation>El presupuesto %1 está en “%2”; solo un presupuesto listo para pedir se puede convertir en pedido.</translation>
    </message>
</context>
<context>
    <name>QuoteToOrderRequest</name>
    <message>
        <source>At most %1 characters, not %2.</source>
        <translation>Como máximo %1 caracteres, no %2.</translation>
    </message>
    <message>
        <source>A two-letter country code such as US.</source>
        <translation>Un código de país de dos letras, como US.</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>No es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>%1 is required by the vendor.</source>
        <translation>El fabricante exige %1.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 debe ser uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>The quote number is required.</source>
        <translation>El número de presupuesto es obligatorio.</translation>
    </message>
    <message>
        <source>The customer PO is required.</source>
        <translation>La OC del cliente es obligatoria.</translation>
    </message>
    <message>
        <source>A ship-to address needs a street, a city, a postal code and a country.</source>
        <translation>Una dirección de envío necesita una calle, una ciudad, un código postal y un país.</translation>
    </message>
    <message>
        <source>The quantity must not be negative.</source>
        <translation>La cantidad no puede ser negativa.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n can be ordered from this quote line.</source>
        <translation>
            <numerusform>De esta línea del presupuesto se puede pedir como máximo %n unidad.</numerusform>
            <numerusform>De esta línea del presupuesto se pueden pedir como máximo %n unidades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteToOrderWizard</name>
    <message>
        <source>Order from Quote</source>
        <translation>Pedido a partir de presupuesto</translation>
    </message>
    <message>
        <source>POST %1 (v6 quote to order)</source>
        <translation>POST %1 (quote-to-order de v6)</translation>
    </message>
    <message>
        <source>POST %1 (v7 order with the quote number)</source>
        <translation>POST %1 (pedido v7 con el número de presupuesto)</translation>
    </message>
    <message>
        <source>Drafts are not kept here.</source>
        <translation>Aquí no se guardan borradores.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
</context>
<context>
    <name>QuoteValidatePage</name>
    <message>
        <source>Vendor fields</source>
        <translation>Campos del fabricante</translation>
    </message>
    <message>
        <source>The vendor checks the quote and names the fields it needs before the quote can be ordered.</source>
        <translation>El fabricante comprueba el presupuesto e indica los campos que necesita para que se pueda pedir.</translation>
    </message>
    <message>
        <source>&amp;Cancel Check</source>
        <translation>Cancelar &amp;comprobación</translation>
    </message>
    <message>
        <source>Checking quote %1 with the vendor…</source>
        <translation>Comprobando el presupuesto %1 con el fabricante…</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validando…</translation>
    </message>
    <message>
        <source>The check was cancelled. The quote must be validated before it can be ordered.</source>
        <translation>Se canceló la comprobación. El presupuesto debe validarse antes de poder pedirlo.</translation>
    </message>
    <message>
        <source>Validation cancelled.</source>
        <translation>Validación cancelada.</translation>
    </message>
    <message>
        <source>Quote %1 could not be validated.</source>
        <translation>No se pudo validar el presupuesto %1.</translation>
    </message>
    <message>
        <source>Quote %1 is valid. No vendor fields are required.</source>
        <translation>El presupuesto %1 es válido. No se exige ningún campo del fabricante.</translation>
    </message>
    <message>
        <source>Quote %1 is valid. The vendor %2 needs these fields to order it.</source>
        <translation>El presupuesto %1 es válido. El fabricante %2 necesita estos campos para pedirlo.</translation>
    </message>
    <message numerus="yes">
        <source>Fill in the required field(s) to go on: %1</source>
        <translation>
            <numerusform>Rellene el campo obligatorio para continuar: %1</numerusform>
            <numerusform>Rellene los campos obligatorios para continuar: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotesSearchCommand</name>
    <message>
        <source>Searches quotes. Filters combine: a quote must match all of them.</source>
        <translation>Busca presupuestos. Los filtros se combinan: un presupuesto debe cumplirlos todos.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Quote number, or a part of it.</source>
        <translation>Número de presupuesto o parte de él.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Quote name, or a part of it.</source>
        <translation>Nombre del presupuesto o parte de él.</translation>
    </message>
    <message>
        <source>Vendor name.</source>
        <translation>Nombre del fabricante.</translation>
    </message>
    <message>
        <source>Special bid number.</source>
        <translation>Número de oferta especial.</translation>
    </message>
    <message>
        <source>End user name.</source>
        <translation>Nombre del usuario final.</translation>
    </message>
    <message>
        <source>Quote status, e.g. one of %1.</source>
        <translation>Estado del presupuesto, p. ej., uno de estos: %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Created on or after this day; needs --created-to.</source>
        <translation>Creado en este día o después; requiere --created-to.</translation>
    </message>
    <message>
        <source>Created on or before this day; needs --created-from.</source>
        <translation>Creado en este día o antes; requiere --created-from.</translation>
    </message>
    <message>
        <source>Sort by quoteNumber, createdDate, lastModifiedDate or expiryDate (default: createdDate).</source>
        <translation>Ordenar por quoteNumber, createdDate, lastModifiedDate o expiryDate (predeterminado: createdDate).</translation>
    </message>
    <message>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>asc or desc (default desc: newest first).</source>
        <translation>asc o desc (predeterminado: desc, los más recientes primero).</translation>
    </message>
    <message>
        <source>order</source>
        <translation>orden</translation>
    </message>
    <message>
        <source>Quotes per page, 1 to %1 (default %2; %1 with --all-pages).</source>
        <translation>Presupuestos por página, de 1 a %1 (predeterminado: %2; %1 con --all-pages).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>Page number, from 1 (default 1).</source>
        <translation>Número de página, desde 1 (predeterminado: 1).</translation>
    </message>
    <message>
        <source>Fetches every page from --page on and prints them as one.</source>
        <translation>Obtiene todas las páginas a partir de --page y las muestra como una sola.</translation>
    </message>
    <message>
        <source>Without any filter the API lists the quotes created in the last 30 days.
Quote search needs the profile&apos;s customer contact e-mail (IM-CustomerContact).
Table and CSV list one quote per row; JSON is the API&apos;s search page. The paging summary goes to stderr. A search that finds nothing exits 0.</source>
        <translation>Sin ningún filtro, la API lista los presupuestos creados en los últimos 30 días.
La búsqueda de presupuestos necesita el correo de contacto del cliente del perfil (IM-CustomerContact).
La tabla y el CSV muestran un presupuesto por fila; JSON es la página de búsqueda de la API. El resumen de paginación va a stderr. Una búsqueda sin resultados termina con el código 0.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; filters are options, e.g. --quote-number %1.</source>
        <translation>Argumento inesperado &quot;%1&quot;; los filtros son opciones, p. ej., --quote-number %1.</translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot; for --%2; use YYYY-MM-DD.</source>
        <translation>Fecha no válida &quot;%1&quot; para --%2; use AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; for --sort-by; use quoteNumber, createdDate, lastModifiedDate or expiryDate.</source>
        <translation>Columna desconocida &quot;%1&quot; para --sort-by; use quoteNumber, createdDate, lastModifiedDate o expiryDate.</translation>
    </message>
    <message>
        <source>--sort-order is asc or desc, not &quot;%1&quot;.</source>
        <translation>--sort-order es asc o desc, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--page-size needs a whole number, not &quot;%1&quot;.</source>
        <translation>--page-size necesita un número entero, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--page needs a whole number, not &quot;%1&quot;.</source>
        <translation>--page necesita un número entero, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>QUOTE</source>
        <translation>PRESUPUESTO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>FABRICANTE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>END USER</source>
        <translation>USUARIO FINAL</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACTO</translation>
    </message>
    <message>
        <source>SPECIAL BID</source>
        <translation>OFERTA ESPECIAL</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>MONEDA</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADO</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>VENCE</translation>
    </message>
    <message>
        <source>No quotes found.</source>
        <translation>No se encontraron presupuestos.</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) found.</source>
        <translation>
            <numerusform>Se encontró %n presupuesto.</numerusform>
            <numerusform>Se encontraron %n presupuestos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2; %n quote(s) found.</source>
        <translation>
            <numerusform>Página %1 de %2; se encontró %n presupuesto.</numerusform>
            <numerusform>Página %1 de %2; se encontraron %n presupuestos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use --page %1 for the next page, or --all-pages.</source>
        <translation>Use --page %1 para la página siguiente, o --all-pages.</translation>
    </message>
</context>
<context>
    <name>QuotesService</name>
    <message>
        <source>Enter a quote number.</source>
        <translation>Introduzca un número de presupuesto.</translation>
    </message>
    <message numerus="yes">
        <source>A quote number has at most %n characters.</source>
        <translation>
            <numerusform>Un número de presupuesto tiene como máximo %n carácter.</numerusform>
            <numerusform>Un número de presupuesto tiene como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote search needs the customer contact e-mail of the connection profile (sent as IM-CustomerContact). Add it to the profile “%1”.</source>
        <translation>La búsqueda de presupuestos necesita el correo de contacto del cliente del perfil de conexión (se envía como IM-CustomerContact). Añádalo al perfil “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>The customer contact e-mail of the connection profile is longer than %n characters.</source>
        <translation>
            <numerusform>El correo de contacto del cliente del perfil de conexión tiene más de %n carácter.</numerusform>
            <numerusform>El correo de contacto del cliente del perfil de conexión tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotesShowCommand</name>
    <message>
        <source>Shows one quote: status, vendor, end user, lines with prices and quantities, totals, and the quote&apos;s preamble, purchase instructions and legal terms.</source>
        <translation>Muestra un presupuesto: estado, fabricante, usuario final, líneas con precios y cantidades, totales, y la introducción, las instrucciones de compra y las condiciones legales del presupuesto.</translation>
    </message>
    <message>
        <source>With --format json: print the API&apos;s answer exactly as received.</source>
        <translation>Con --format json: mostrar la respuesta de la API exactamente como se recibió.</translation>
    </message>
    <message>
        <source>The quote number, e.g. QUO-10926-Y8G1B3.</source>
        <translation>El número de presupuesto, p. ej., QUO-10926-Y8G1B3.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>CSV lists one row per quote line. Whether the quote can be ordered goes to stderr.</source>
        <translation>El CSV muestra una fila por línea del presupuesto. Si el presupuesto se puede pedir se indica en stderr.</translation>
    </message>
    <message>
        <source>Give the quote number: quotes show NUMBER.</source>
        <translation>Indique el número de presupuesto: quotes show NÚMERO.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; quotes show takes one quote number.</source>
        <translation>Argumento inesperado &quot;%1&quot;; quotes show admite un solo número de presupuesto.</translation>
    </message>
    <message numerus="yes">
        <source>A quote number has at most %n characters.</source>
        <translation>
            <numerusform>Un número de presupuesto tiene como máximo %n carácter.</numerusform>
            <numerusform>Un número de presupuesto tiene como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: --raw applies to --format json only.</source>
        <translation>Nota: --raw solo se aplica a --format json.</translation>
    </message>
    <message>
        <source>Quote %1 can be ordered.</source>
        <translation>El presupuesto %1 se puede pedir.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and its ISO 4217 currency code, e.g. &quot;1234.50 USD&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Presupuesto %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Fabricante:</translation>
    </message>
    <message>
        <source>Vendor quote:</source>
        <translation>Presupuesto del fabricante:</translation>
    </message>
    <message>
        <source>Special bid:</source>
        <translation>Oferta especial:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation>Última modificación:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Condiciones de pago:</translation>
    </message>
    <message>
        <source>Customer need:</source>
        <translation>Necesidad del cliente:</translation>
    </message>
    <message>
        <source>Proposed solution:</source>
        <translation>Solución propuesta:</translation>
    </message>
    <message>
        <source>Quoted total:</source>
        <translation>Total presupuestado:</translation>
    </message>
    <message>
        <source>MSRP total:</source>
        <translation>Total PVPR:</translation>
    </message>
    <message>
        <source>Quantity total:</source>
        <translation>Cantidad total:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Usuario final</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LÍNEA</translation>
    </message>
    <message>
        <source>INGRAM PART</source>
        <translation>PARTE INGRAM</translation>
    </message>
    <message>
        <source>VENDOR PART</source>
        <translation>PARTE FABRICANTE</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPCIÓN</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>CANT.</translation>
    </message>
    <message>
        <source>UNIT PRICE</source>
        <translation>PRECIO UNIT.</translation>
    </message>
    <message>
        <source>MSRP</source>
        <translation>PVPR</translation>
    </message>
    <message>
        <source>EXTENDED</source>
        <translation>IMPORTE</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Purchase instructions</source>
        <translation>Instrucciones de compra</translation>
    </message>
    <message>
        <source>Legal terms</source>
        <translation>Condiciones legales</translation>
    </message>
</context>
<context>
    <name>QuotesValidateCommand</name>
    <message>
        <source>Validates a quote for ordering and lists the fields its vendor requires, at header and at line level.</source>
        <translation>Valida un presupuesto para pedirlo y lista los campos que exige su fabricante, a nivel de cabecera y de línea.</translation>
    </message>
    <message>
        <source>With --format json: print the API&apos;s answer exactly as received.</source>
        <translation>Con --format json: mostrar la respuesta de la API exactamente como se recibió.</translation>
    </message>
    <message>
        <source>The quote number, e.g. QUO-14551943-D2Y9L9.</source>
        <translation>El número de presupuesto, p. ej., QUO-14551943-D2Y9L9.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>One row per field: LEVEL is &quot;header&quot; or the quote line number. An order from the quote must give every required field a value (vmfAdditionalAttributes, and vmfAdditionalAttributesLines per line). A quote that is expired or not ready to order is an API error.</source>
        <translation>Una fila por campo: NIVEL es &quot;cabecera&quot; o el número de línea del presupuesto. Un pedido a partir del presupuesto debe dar un valor a cada campo obligatorio (vmfAdditionalAttributes, y vmfAdditionalAttributesLines por línea). Un presupuesto vencido o que no está listo para pedir es un error de la API.</translation>
    </message>
    <message>
        <source>Give the quote number: quotes validate NUMBER.</source>
        <translation>Indique el número de presupuesto: quotes validate NÚMERO.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; quotes validate takes one quote number.</source>
        <translation>Argumento inesperado &quot;%1&quot;; quotes validate admite un solo número de presupuesto.</translation>
    </message>
    <message numerus="yes">
        <source>A quote number has at most %n characters.</source>
        <translation>
            <numerusform>Un número de presupuesto tiene como máximo %n carácter.</numerusform>
            <numerusform>Un número de presupuesto tiene como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: --raw applies to --format json only.</source>
        <translation>Nota: --raw solo se aplica a --format json.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <source>PART</source>
        <translation>PARTE</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CAMPO</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPCIÓN</translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation>OBLIGATORIO</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>ALLOWED VALUES</source>
        <translation>VALORES PERMITIDOS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabecera</translation>
    </message>
    <message>
        <source>the vendor</source>
        <translation>el fabricante</translation>
    </message>
    <message numerus="yes">
        <source>Quote %1 can be ordered; %2 requires %n field(s).</source>
        <translation>
            <numerusform>El presupuesto %1 se puede pedir; %2 exige %n campo.</numerusform>
            <numerusform>El presupuesto %1 se puede pedir; %2 exige %n campos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quote %1 can be ordered; %2 requires no additional fields.</source>
        <translation>El presupuesto %1 se puede pedir; %2 no exige campos adicionales.</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>retry %1</source>
        <translation>reintento %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>ID de correlación</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintento</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
</context>
<context>
    <name>RequestLogView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Filter by path, correlation ID, status…</source>
        <translation>Filtrar por ruta, ID de correlación, estado…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Filtro de texto</translation>
    </message>
    <message>
        <source>Copy as &amp;cURL</source>
        <translation>Copiar como &amp;cURL</translation>
    </message>
    <message>
        <source>Copy the selected request as a cURL command; the access token is replaced by $ACCESS_TOKEN</source>
        <translation>Copiar la solicitud seleccionada como comando cURL; el token de acceso se sustituye por $ACCESS_TOKEN</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the selected entries (or all shown) as JSON, with secrets redacted</source>
        <translation>Guardar las entradas seleccionadas (o todas las mostradas) como JSON, con los secretos ocultos</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Request headers and body</source>
        <translation>Encabezados y cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Response headers and body</source>
        <translation>Encabezados y cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <source>Successful (2xx)</source>
        <translation>Correctas (2xx)</translation>
    </message>
    <message>
        <source>Client errors (4xx)</source>
        <translation>Errores del cliente (4xx)</translation>
    </message>
    <message>
        <source>Server errors (5xx)</source>
        <translation>Errores del servidor (5xx)</translation>
    </message>
    <message>
        <source>All failures</source>
        <translation>Todos los fallos</translation>
    </message>
    <message>
        <source>
[The body was longer and has been cut at %1 for the log.]</source>
        <translation>
[El cuerpo era más largo y se ha cortado en %1 para el registro.]</translation>
    </message>
    <message>
        <source>Correlation ID: %1 · attempt %2 · profile %3

</source>
        <translation>ID de correlación: %1 · intento %2 · perfil %3

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
        <translation>Sin respuesta: %1

</translation>
    </message>
    <message>
        <source>Copied the request as a cURL command. Set ACCESS_TOKEN before running it.</source>
        <translation>Se copió la solicitud como comando cURL. Defina ACCESS_TOKEN antes de ejecutarlo.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved the request log to %1.</source>
        <translation>Se guardó el registro de solicitudes en %1.</translation>
    </message>
    <message>
        <source>Export Request Log</source>
        <translation>Exportar registro de solicitudes</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>SandboxFaultRule</name>
    <message>
        <source>The count after &apos;#&apos; must be a whole number of 1 or more.</source>
        <translation>El número después de &apos;#&apos; debe ser un entero igual o mayor que 1.</translation>
    </message>
    <message>
        <source>The fraction after &apos;%&apos; must be between 0 and 1.</source>
        <translation>La fracción después de &apos;%&apos; debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>The path pattern is not a valid regular expression: %1</source>
        <translation>El patrón de ruta no es una expresión regular válida: %1</translation>
    </message>
    <message>
        <source>Unknown fault kind &quot;%1&quot;.</source>
        <translation>Tipo de fallo desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A 500 fault takes errors, message or fault, not &quot;%1&quot;.</source>
        <translation>Un fallo 500 admite errors, message o fault, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The parameter of %1 must be a whole number of 0 or more.</source>
        <translation>El parámetro de %1 debe ser un número entero igual o mayor que 0.</translation>
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
        <translation>Interruptor de fallo: KIND[:PARAM][@[METHOD:]PATH][%FRACTION | #COUNT]
  KIND            latency:MS, 429[:RETRY_AFTER_S], 500[:errors|message|fault],
                  502, 503, 504, malformed-json, truncated, drop,
                  slow-body[:MS], expired-token,
                  late-answer[:MS] (se ejecuta y responde MS más tarde;
                  predeterminado 120000), commit-drop (se ejecuta y
                  después se corta la conexión)
  @PATH           solo solicitudes cuya ruta contiene PATH; @~REGEX para una
                  expresión regular; @GET:/ruta para limitar también el método
  %FRACTION       afecta a cada solicitud coincidente con probabilidad
                  FRACTION (0..1)
  #COUNT          afecta solo a las COUNT siguientes solicitudes coincidentes
  Ejemplos: latency:300  503@/orders/search#2  drop%0.1  500:fault@POST:/oauth
            late-answer:60000@POST:/resellers/v6/orders#1</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>%1 offline sandbox: a local emulator of the Ingram Micro Reseller API with seeded order data, for first runs, training, demos and reproducing problems.

%2</source>
        <translation>%1 sandbox sin conexión: un emulador local de la Reseller API de Ingram Micro con datos de pedidos de ejemplo, para primeras ejecuciones, formación, demostraciones y reproducción de problemas.

%2</translation>
    </message>
    <message>
        <source>Prints the name and version, then exits.</source>
        <translation>Muestra el nombre y la versión, y sale.</translation>
    </message>
    <message>
        <source>TCP port to listen on; 0 picks a free one (default %1).</source>
        <translation>Puerto TCP en el que escuchar; 0 elige uno libre (predeterminado: %1).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Dirección en la que escuchar (predeterminado: 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Number of orders to generate, up to 100000 (default %1).</source>
        <translation>Número de pedidos que generar, hasta 100000 (predeterminado: %1).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>Seed of the generated data; the same seed gives the same orders (default %1).</source>
        <translation>Semilla de los datos generados; la misma semilla da los mismos pedidos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>The &quot;today&quot; the data is built around, as yyyy-MM-dd (default: the current date).</source>
        <translation>El &quot;hoy&quot; en torno al que se generan los datos, como yyyy-MM-dd (predeterminado: la fecha actual).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Client ID the token endpoint accepts (default %1).</source>
        <translation>ID de cliente que acepta el endpoint de tokens (predeterminado: %1).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Client secret the token endpoint accepts (default %1).</source>
        <translation>Secreto de cliente que acepta el endpoint de tokens (predeterminado: %1).</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secreto</translation>
    </message>
    <message>
        <source>Lifetime of access tokens in seconds (default %1).</source>
        <translation>Duración de los tokens de acceso en segundos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Seconds between a v7 order confirmation and the order appearing in search; 0 makes it appear at once (default %1).</source>
        <translation>Segundos entre la confirmación de un pedido v7 y su aparición en la búsqueda; 0 hace que aparezca al instante (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Seconds an order placed on customer hold can be modified, released or cancelled before it is voided (default %1).</source>
        <translation>Segundos durante los que un pedido en retención del cliente se puede modificar, liberar o cancelar antes de anularse (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Switches a fault on; repeatable. Syntax: KIND[:PARAM][@[METHOD:]PATH][%FRACTION|#COUNT], see above.</source>
        <translation>Activa un fallo; se puede repetir. Sintaxis: KIND[:PARAM][@[METHOD:]PATH][%FRACTION|#COUNT], véase más arriba.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>especificación</translation>
    </message>
    <message>
        <source>offline sandbox</source>
        <translation>sandbox sin conexión</translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot;.</source>
        <translation>Puerto no válido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid address &quot;%1&quot;; give an IP address such as 127.0.0.1.</source>
        <translation>Dirección no válida &quot;%1&quot;; indique una dirección IP como 127.0.0.1.</translation>
    </message>
    <message>
        <source>The number of orders must be between 0 and 100000.</source>
        <translation>El número de pedidos debe estar entre 0 y 100000.</translation>
    </message>
    <message>
        <source>Invalid seed &quot;%1&quot;.</source>
        <translation>Semilla no válida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid reference date &quot;%1&quot;; expected yyyy-MM-dd.</source>
        <translation>Fecha de referencia no válida &quot;%1&quot;; se esperaba yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>The token lifetime must be a whole number of seconds, 1 or more.</source>
        <translation>La duración del token debe ser un número entero de segundos, 1 o más.</translation>
    </message>
    <message>
        <source>The v7 delay must be a whole number of seconds, 0 or more.</source>
        <translation>El retardo de v7 debe ser un número entero de segundos, 0 o más.</translation>
    </message>
    <message>
        <source>The hold window must be a whole number of seconds, 0 or more.</source>
        <translation>La ventana de retención debe ser un número entero de segundos, 0 o más.</translation>
    </message>
    <message>
        <source>Invalid fault &quot;%1&quot;: %2</source>
        <translation>Fallo no válido &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>%1 offline sandbox listening on %2</source>
        <translation>%1 sandbox sin conexión escuchando en %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 orders (seed %2, today %3); client ID %4; %n fault switch(es).</source>
        <translation>
            <numerusform>%1 pedidos (semilla %2, hoy %3); ID de cliente %4; %n interruptor de fallo.</numerusform>
            <numerusform>%1 pedidos (semilla %2, hoy %3); ID de cliente %4; %n interruptores de fallo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxOptionsDialog</name>
    <message>
        <source>Sandbox Testing Options</source>
        <translation>Opciones de prueba del sandbox</translation>
    </message>
    <message>
        <source>Sandbox parameters</source>
        <translation>Parámetros del sandbox</translation>
    </message>
    <message>
        <source>&amp;Simulate status:</source>
        <translation>&amp;Simular estado:</translation>
    </message>
    <message>
        <source>Simulate status</source>
        <translation>Simular estado</translation>
    </message>
    <message>
        <source>simulateStatus: the order details come back as if the order had this status.</source>
        <translation>simulateStatus: los detalles del pedido se devuelven como si el pedido tuviera este estado.</translation>
    </message>
    <message>
        <source>&amp;Region code:</source>
        <translation>Código de re&amp;gión:</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Código de región</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no se envía</translation>
    </message>
    <message>
        <source>regionCode, sent with order details requests.</source>
        <translation>regionCode, se envía con las solicitudes de detalles de pedido.</translation>
    </message>
    <message>
        <source>&amp;IML order:</source>
        <translation>Pedido &amp;IML:</translation>
    </message>
    <message>
        <source>IML order</source>
        <translation>Pedido IML</translation>
    </message>
    <message>
        <source>isIml, sent with order details requests.</source>
        <translation>isIml, se envía con las solicitudes de detalles de pedido.</translation>
    </message>
    <message>
        <source>Offline sandbox</source>
        <translation>Sandbox sin conexión</translation>
    </message>
    <message>
        <source>Active fault &amp;switches:</source>
        <translation>Interruptores de fallo acti&amp;vos:</translation>
    </message>
    <message>
        <source>Active fault switches</source>
        <translation>Interruptores de fallo activos</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove fault switch</source>
        <translation>Quitar interruptor de fallo</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>&amp;Borrar todos</translation>
    </message>
    <message>
        <source>Clear all fault switches</source>
        <translation>Borrar todos los interruptores de fallo</translation>
    </message>
    <message>
        <source>Add a fault switch</source>
        <translation>Añadir un interruptor de fallo</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Fault kind</source>
        <translation>Tipo de fallo</translation>
    </message>
    <message>
        <source>P&amp;arameter:</source>
        <translation>&amp;Parámetro:</translation>
    </message>
    <message>
        <source>Fault parameter</source>
        <translation>Parámetro del fallo</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Milliseconds for latency, slow body and late answer; Retry-After seconds for 429.</source>
        <translation>Milisegundos para latencia, cuerpo lento y respuesta tardía; segundos de Retry-After para 429.</translation>
    </message>
    <message>
        <source>Error &amp;shape:</source>
        <translation>&amp;Formato del error:</translation>
    </message>
    <message>
        <source>Error body shape</source>
        <translation>Formato del cuerpo del error</translation>
    </message>
    <message>
        <source>&amp;Path contains:</source>
        <translation>R&amp;uta contiene:</translation>
    </message>
    <message>
        <source>Path contains</source>
        <translation>Ruta contiene</translation>
    </message>
    <message>
        <source>every path</source>
        <translation>cualquier ruta</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Fault mode</source>
        <translation>Modo de fallo</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Número de solicitudes</translation>
    </message>
    <message>
        <source>&amp;Fraction:</source>
        <translation>F&amp;racción:</translation>
    </message>
    <message>
        <source>Fraction of requests</source>
        <translation>Fracción de solicitudes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add fault switch</source>
        <translation>Añadir interruptor de fallo</translation>
    </message>
    <message>
        <source>Offline sandbox data</source>
        <translation>Datos del sandbox sin conexión</translation>
    </message>
    <message>
        <source>Seed si&amp;ze:</source>
        <translation>Tamaño de los &amp;datos:</translation>
    </message>
    <message>
        <source>Seed size</source>
        <translation>Tamaño de los datos</translation>
    </message>
    <message>
        <source>How many seeded orders “Reset data” generates.</source>
        <translation>Cuántos pedidos de ejemplo genera “Restablecer datos”.</translation>
    </message>
    <message>
        <source> orders</source>
        <translation> pedidos</translation>
    </message>
    <message>
        <source>R&amp;eset Data…</source>
        <translation>R&amp;establecer datos…</translation>
    </message>
    <message>
        <source>Reset data</source>
        <translation>Restablecer datos</translation>
    </message>
    <message>
        <source>Regenerates the seeded orders with the chosen seed size. Orders created in the sandbox are lost; fault switches and sign-ins stay.</source>
        <translation>Vuelve a generar los pedidos de ejemplo con el tamaño de datos elegido. Los pedidos creados en el sandbox se pierden; los interruptores de fallo y los inicios de sesión se mantienen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>Los parámetros del sandbox no están disponibles: no hay ningún servicio de pedidos al que aplicarlos.</translation>
    </message>
    <message>
        <source>Sandbox parameters are off: the active profile “%1” uses the %2 environment, which is not a sandbox. Sandbox-only parameters are never sent to it.</source>
        <translation>Los parámetros del sandbox están desactivados: el perfil activo “%1” usa el entorno %2, que no es un sandbox. Los parámetros exclusivos del sandbox nunca se le envían.</translation>
    </message>
    <message>
        <source>These parameters go with every order details request of this session to the sandbox profile “%1”. A value set for a single request wins.</source>
        <translation>Estos parámetros acompañan a todas las solicitudes de detalles de pedido de esta sesión al perfil de sandbox “%1”. Un valor indicado para una solicitud concreta tiene prioridad.</translation>
    </message>
    <message>
        <source>errors list</source>
        <translation>lista de errores</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>gateway fault</source>
        <translation>fallo de pasarela</translation>
    </message>
    <message>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source>next requests</source>
        <translation>siguientes solicitudes</translation>
    </message>
    <message>
        <source>fraction of requests</source>
        <translation>fracción de solicitudes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Fault switches of the offline sandbox running in this window take effect at once.</source>
        <translation>Los interruptores de fallo del sandbox sin conexión que se ejecuta en esta ventana se aplican de inmediato.</translation>
    </message>
    <message>
        <source>Fault switches are off: the offline sandbox is not running in this window. They are available while the active profile is the offline sandbox.</source>
        <translation>Los interruptores de fallo están desactivados: el sandbox sin conexión no se está ejecutando en esta ventana. Están disponibles mientras el perfil activo sea el sandbox sin conexión.</translation>
    </message>
    <message numerus="yes">
        <source>next %n request(s)</source>
        <translation>
            <numerusform>%n solicitud siguiente</numerusform>
            <numerusform>%n solicitudes siguientes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of requests</source>
        <translation>%1 de las solicitudes</translation>
    </message>
    <message numerus="yes">
        <source>Orders now: %Ln.</source>
        <translation>
            <numerusform>Pedidos actuales: %Ln.</numerusform>
            <numerusform>Pedidos actuales: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seed size: %Ln.</source>
        <translation>
            <numerusform>Tamaño de los datos: %Ln.</numerusform>
            <numerusform>Tamaño de los datos: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Offline Sandbox Data</source>
        <translation>Restablecer datos del sandbox sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>Replace the offline sandbox&apos;s data with %Ln freshly seeded order(s)?</source>
        <translation>
            <numerusform>¿Sustituir los datos del sandbox sin conexión por %Ln pedido de ejemplo recién generado?</numerusform>
            <numerusform>¿Sustituir los datos del sandbox sin conexión por %Ln pedidos de ejemplo recién generados?</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders created in the sandbox, including v7 orders still on their way, will be lost and the stock is refilled. Fault switches and sign-ins stay.</source>
        <translation>Se perderán los pedidos creados en el sandbox, incluidos los pedidos v7 todavía en curso, y se repondrá el stock. Los interruptores de fallo y los inicios de sesión se mantienen.</translation>
    </message>
    <message numerus="yes">
        <source>Generating %Ln order(s)…</source>
        <translation>
            <numerusform>Generando %Ln pedido…</numerusform>
            <numerusform>Generando %Ln pedidos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The data could not be reset to %Ln order(s).</source>
        <translation>
            <numerusform>No se pudieron restablecer los datos a %Ln pedido.</numerusform>
            <numerusform>No se pudieron restablecer los datos a %Ln pedidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data reset to %Ln seeded order(s) in %1 s; created orders are gone.</source>
        <translation>
            <numerusform>Datos restablecidos a %Ln pedido de ejemplo en %1 s; los pedidos creados se han eliminado.</numerusform>
            <numerusform>Datos restablecidos a %Ln pedidos de ejemplo en %1 s; los pedidos creados se han eliminado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data reset progress</source>
        <translation>Progreso del restablecimiento de datos</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Dete&amp;ner</translation>
    </message>
    <message>
        <source>Stop the data reset</source>
        <translation>Detener el restablecimiento de datos</translation>
    </message>
    <message>
        <source>Stops generating; the sandbox keeps its current data.</source>
        <translation>Detiene la generación; el sandbox conserva sus datos actuales.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message numerus="yes">
        <source>Reset stopped; the data is unchanged (%Ln order(s)).</source>
        <translation>
            <numerusform>Restablecimiento detenido; los datos no han cambiado (%Ln pedido).</numerusform>
            <numerusform>Restablecimiento detenido; los datos no han cambiado (%Ln pedidos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretSource</name>
    <message>
        <source>No client secret is set for this profile.</source>
        <translation>No hay ningún secreto de cliente definido para este perfil.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>The offline sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox sin conexión: %1</translation>
    </message>
</context>
<context>
    <name>ShipmentTreeModel</name>
    <message>
        <source>expected %1</source>
        <translation>previsión %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 shipped</source>
        <translation>%1 de %2 enviadas</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Delivery %1</source>
        <translation>Entrega %1</translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation>Almacén %1</translation>
    </message>
    <message>
        <source>%1 (warehouse %2)</source>
        <translation>%1 (almacén %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Bulto</translation>
    </message>
    <message>
        <source>Open the carrier&apos;s tracking page: %1</source>
        <translation>Abrir la página de seguimiento del transportista: %1</translation>
    </message>
    <message>
        <source>Line / delivery / carrier / tracking / serial</source>
        <translation>Línea / entrega / transportista / seguimiento / n.º de serie</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Ships from</source>
        <translation>Sale de</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Carton</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>No client secret is available for this profile.</source>
        <translation>No hay ningún secreto de cliente disponible para este perfil.</translation>
    </message>
    <message>
        <source>the token answer had no access token</source>
        <translation>la respuesta del token no contenía ningún token de acceso</translation>
    </message>
</context>
<context>
    <name>VendorFieldsForm</name>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatorio):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>Order fields</source>
        <translation>Campos del pedido</translation>
    </message>
    <message>
        <source>Line fields</source>
        <translation>Campos de línea</translation>
    </message>
    <message>
        <source>Vendor fields per line</source>
        <translation>Campos del fabricante por línea</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>N.º de parte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Required by the vendor</source>
        <translation>Exigido por el fabricante</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Order desk for IT resellers on the Ingram Micro Reseller API.</source>
        <translation>Gestión de pedidos para revendedores de TI con la Reseller API de Ingram Micro.</translation>
    </message>
    <message>
        <source>Start on the offline sandbox, whatever profile was used last.</source>
        <translation>Iniciar en el sandbox sin conexión, sea cual sea el perfil usado la última vez.</translation>
    </message>
    <message>
        <source>ResellerDesk</source>
        <translation>ResellerDesk</translation>
    </message>
    <message>
        <source>Welcome: this is the offline sandbox with test data. Add your Ingram Micro account under File → Connection Profiles.</source>
        <translation>Bienvenido: este es el sandbox sin conexión con datos de prueba. Añada su cuenta de Ingram Micro en Archivo → Perfiles de conexión.</translation>
    </message>
</context>
</TS>
