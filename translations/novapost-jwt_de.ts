<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Nova Post JWT</source>
        <translation>Nova Post JWT</translation>
    </message>
    <message>
        <source>Gets a JWT for the Nova Post API and puts it on the clipboard.</source>
        <translation>Ruft ein JWT für die Nova Post API ab und legt es in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Start in this environment.</source>
        <translation>In dieser Umgebung starten.</translation>
    </message>
    <message>
        <source>Use this server instead of Nova Post&apos;s.</source>
        <translation>Diesen Server statt des Servers von Nova Post verwenden.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Use this language (en, uk, pl, de).</source>
        <translation>Diese Sprache verwenden (en, uk, pl, de).</translation>
    </message>
    <message>
        <source>--env must be “sandbox” or “production”, not “%1”.</source>
        <translation>--env muss „sandbox“ oder „production“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The window that was already open has been brought to the front. It shows %1.</source>
        <translation>Das bereits geöffnete Fenster wurde in den Vordergrund geholt. Es zeigt: %1.</translation>
    </message>
    <message>
        <source>--base-url, --ca-file and --lang only apply when the window starts. Quit the open window first to use them.</source>
        <translation>--base-url, --ca-file und --lang gelten nur beim Start des Fensters. Beenden Sie zuerst das geöffnete Fenster, um sie zu verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>The window that is already open did not answer within %n second(s), so another one opens.</source>
        <translation>
            <numerusform>Das bereits geöffnete Fenster hat nicht innerhalb von %n Sekunde geantwortet, daher öffnet sich ein weiteres.</numerusform>
            <numerusform>Das bereits geöffnete Fenster hat nicht innerhalb von %n Sekunden geantwortet, daher öffnet sich ein weiteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::ApiClient</name>
    <message>
        <source>The apiKey is empty.</source>
        <translation>Der API-Schlüssel ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>The apiKey is %n character(s) long, far longer than a Nova Post key; check what was pasted.</source>
        <translation>
            <numerusform>Der API-Schlüssel ist %n Zeichen lang – viel länger als ein Schlüssel von Nova Post; prüfen Sie, was eingefügt wurde.</numerusform>
            <numerusform>Der API-Schlüssel ist %n Zeichen lang – viel länger als ein Schlüssel von Nova Post; prüfen Sie, was eingefügt wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The apiKey contains a line break or another control character; paste it on one line.</source>
        <translation>Der API-Schlüssel enthält einen Zeilenumbruch oder ein anderes Steuerzeichen; fügen Sie ihn in einer Zeile ein.</translation>
    </message>
    <message>
        <source>The apiKey contains “%1”, which no Nova Post key has; check for stray quotes or spaces from copying.</source>
        <translation>Der API-Schlüssel enthält „%1“, was in keinem Schlüssel von Nova Post vorkommt; prüfen Sie, ob beim Kopieren Anführungszeichen oder Leerzeichen mitkopiert wurden.</translation>
    </message>
    <message>
        <source>Test keys exist only in the sandbox; in production, use the apiKey from your Nova Post manager or my.novapost.com.</source>
        <translation>Testschlüssel gibt es nur in der Sandbox; verwenden Sie in der Produktion den API-Schlüssel von Ihrer Ansprechperson bei Nova Post oder von my.novapost.com.</translation>
    </message>
</context>
<context>
    <name>novapost::ApiError</name>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 Meldung des Servers: %2</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>The server did not accept the apiKey (HTTP 401). Check that it is complete and belongs to this environment.</source>
        <translation>Der Server hat den API-Schlüssel nicht akzeptiert (HTTP 401). Prüfen Sie, ob er vollständig ist und zu dieser Umgebung gehört.</translation>
    </message>
    <message>
        <source>The apiKey is not allowed to do this (HTTP 403).</source>
        <translation>Der API-Schlüssel hat dafür keine Berechtigung (HTTP 403).</translation>
    </message>
    <message>
        <source>The server did not find what was asked for (HTTP 404). For a test key, the phone must be registered on my.novapost.com.</source>
        <translation>Der Server hat das Angeforderte nicht gefunden (HTTP 404). Für einen Testschlüssel muss die Telefonnummer auf my.novapost.com registriert sein.</translation>
    </message>
    <message>
        <source>Several Nova Post clients share this phone number (HTTP 409); ask your manager which one to use.</source>
        <translation>Mehrere Kundenkonten bei Nova Post verwenden diese Telefonnummer (HTTP 409); fragen Sie Ihre Ansprechperson bei Nova Post, welches zu verwenden ist.</translation>
    </message>
    <message>
        <source>The server could not process the request (HTTP 422).</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten (HTTP 422).</translation>
    </message>
    <message>
        <source>The Nova Post service is unavailable right now (HTTP 503). Try again in a moment.</source>
        <translation>Der Dienst von Nova Post ist gerade nicht verfügbar (HTTP 503). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The Nova Post service failed (HTTP %1). Try again in a moment.</source>
        <translation>Beim Dienst von Nova Post ist ein Fehler aufgetreten (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Der Server hat mit einem unerwarteten Status geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>The server did not find the authorization route (HTTP 404). Check the server URL.</source>
        <translation>Der Server hat die Autorisierungsroute nicht gefunden (HTTP 404). Prüfen Sie die Server-URL.</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429). Wait a moment, then try again.</source>
        <translation>Zu viele Anfragen (HTTP 429). Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server reported a conflict and issued no JWT (HTTP 409). Try again in a moment.</source>
        <translation>Der Server hat einen Konflikt gemeldet und kein JWT ausgestellt (HTTP 409). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429): Nova Post allows one test key request a day per phone. Try again tomorrow.</source>
        <translation>Zu viele Anfragen (HTTP 429): Nova Post erlaubt pro Telefonnummer eine Testschlüssel-Anfrage am Tag. Versuchen Sie es morgen erneut.</translation>
    </message>
</context>
<context>
    <name>novapost::ApiReply</name>
    <message>
        <source>The server&apos;s answer is larger than %1 KiB; it was not read.</source>
        <translation>Die Antwort des Servers ist größer als %1 KiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer from %1 within %n second(s).</source>
        <translation>
            <numerusform>Keine vollständige Antwort von %1 innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine vollständige Antwort von %1 innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere (%1); for safety the redirect was not followed. Check the server URL.</source>
        <translation>Der Server hat die Anfrage umgeleitet (%1); aus Sicherheitsgründen wurde der Umleitung nicht gefolgt. Prüfen Sie die Server-URL.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2. If a corporate proxy inspects HTTPS, add its CA certificate.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht verifiziert werden: %2. Wenn ein Firmen-Proxy den HTTPS-Verkehr prüft, fügen Sie dessen CA-Zertifikat hinzu.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check your internet connection.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <source>The proxy server failed: %1.</source>
        <translation>Fehler beim Proxyserver: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off before it was complete.</source>
        <translation>Die Antwort des Servers wurde abgeschnitten, bevor sie vollständig war.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid JWT: %1</source>
        <translation>Der Server hat kein gültiges JWT gesendet: %1</translation>
    </message>
    <message>
        <source>The server sent a token that had already expired (at %1 UTC).</source>
        <translation>Der Server hat ein bereits abgelaufenes Token gesendet (Ablauf: %1 UTC).</translation>
    </message>
    <message>
        <source>The server sent a web page instead of JSON; a proxy or captive portal may be in the way.</source>
        <translation>Der Server hat eine Webseite statt JSON gesendet; möglicherweise ist ein Proxy oder ein Captive Portal dazwischengeschaltet.</translation>
    </message>
</context>
<context>
    <name>novapost::AppSettings</name>
    <message>
        <source>The settings file could not be written because neither HOME nor XDG_CONFIG_HOME is set. Set HOME to your home folder, then try again.</source>
        <translation>Die Einstellungsdatei konnte nicht geschrieben werden, weil weder HOME noch XDG_CONFIG_HOME gesetzt ist. Setzen Sie HOME auf Ihren Home-Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written. Make sure you can write to it and to its folder and that the disk is not full, then try again.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden. Stellen Sie sicher, dass Sie in die Datei und ihren Ordner schreiben dürfen und der Datenträger nicht voll ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>novapost::CaCertificateFile</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate (no “-----BEGIN CERTIFICATE-----” block).</source>
        <translation>Die Datei %1 enthält kein PEM-Zertifikat (kein Block „-----BEGIN CERTIFICATE-----“).</translation>
    </message>
</context>
<context>
    <name>novapost::Environment</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The server URL is empty.</source>
        <translation>Die Server-URL ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a server URL; write it in full, like https://api.novapost.com/v.1.0/.</source>
        <translation>„%1“ ist keine Server-URL; geben Sie sie vollständig an, etwa https://api.novapost.com/v.1.0/.</translation>
    </message>
    <message>
        <source>The server URL must start with https://.</source>
        <translation>Die Server-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a server on this computer (localhost); use https:// for %1.</source>
        <translation>Unverschlüsseltes http:// ist nur für einen Server auf diesem Computer (localhost) erlaubt; verwenden Sie für %1 https://.</translation>
    </message>
    <message>
        <source>The server URL must not contain a query (?) or fragment (#).</source>
        <translation>Die Server-URL darf keinen Query-String (?) und kein Fragment (#) enthalten.</translation>
    </message>
    <message>
        <source>The server URL must not contain a user name or password.</source>
        <translation>Die Server-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
</context>
<context>
    <name>novapost::JwtToken</name>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>The token is too long to be a JWT.</source>
        <translation>Das Token ist zu lang für ein JWT.</translation>
    </message>
    <message numerus="yes">
        <source>A JWT has three parts separated by dots; this one has %n part(s).</source>
        <translation>
            <numerusform>Ein JWT besteht aus drei durch Punkte getrennten Teilen; dieses hat %n Teil.</numerusform>
            <numerusform>Ein JWT besteht aus drei durch Punkte getrennten Teilen; dieses hat %n Teile.</numerusform>
        </translation>
    </message>
    <message>
        <source>The JWT header is not valid base64url.</source>
        <translation>Der JWT-Header ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The JWT payload is not valid base64url.</source>
        <translation>Die Nutzdaten (Payload) des JWT sind kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The JWT signature is not valid base64url.</source>
        <translation>Die JWT-Signatur ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The JWT header is not a JSON object.</source>
        <translation>Der JWT-Header ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The JWT payload is not a JSON object.</source>
        <translation>Die Nutzdaten (Payload) des JWT sind kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>novapost::KeyStore</name>
    <message>
        <source>%1 The key is kept in memory and will be forgotten when the program ends.</source>
        <translation>%1 Der Schlüssel wird im Arbeitsspeicher gehalten und beim Beenden des Programms verworfen.</translation>
    </message>
    <message>
        <source>A different production key is stored as “%1”, and “%2” would be confused with it. To replace that key, use the label “%1” exactly; to store another key, choose a clearly different label.</source>
        <translation>Ein anderer Produktionsschlüssel ist als „%1“ gespeichert, und „%2“ wäre damit zu verwechseln. Um diesen Schlüssel zu ersetzen, verwenden Sie genau die Bezeichnung „%1“; um einen weiteren Schlüssel zu speichern, wählen Sie eine deutlich andere Bezeichnung.</translation>
    </message>
    <message>
        <source>The keychain could not be put back as it was: it now holds the new key.</source>
        <translation>Der Schlüsselbund konnte nicht wiederhergestellt werden: Er enthält jetzt den neuen Schlüssel.</translation>
    </message>
    <message>
        <source>The key was removed, but a JWT obtained with it is still cached until it expires.</source>
        <translation>Der Schlüssel wurde entfernt, aber ein damit abgerufenes JWT bleibt bis zu seinem Ablauf im Zwischenspeicher.</translation>
    </message>
</context>
<context>
    <name>novapost::KeychainSecretStore</name>
    <message>
        <source>The system keychain is locked or refused access (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder hat den Zugriff verweigert (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Starten oder entsperren Sie Ihren Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1.</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <extracomment>Where keys are stored; inserted into sentences such as &quot;Stored in %1.&quot; and &quot;Keys are stored in %1.&quot;</extracomment>
        <translation>im macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>in der Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>the system keychain (Secret Service)</source>
        <translation>im Schlüsselbund des Systems (Secret Service)</translation>
    </message>
    <message>
        <source>The keychain is locked: unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). If it asks to be unlocked, unlock it and try again.</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunde geantwortet. Wenn er entsperrt werden möchte, entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunden geantwortet. Wenn er entsperrt werden möchte, entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain refused to give out the key. Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat die Herausgabe des Schlüssels verweigert. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain did not delete the key.</source>
        <translation>Der Schlüsselbund hat den Schlüssel nicht gelöscht.</translation>
    </message>
    <message>
        <source>the D-Bus session bus cannot be reached</source>
        <translation>der D-Bus-Sitzungsbus ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the keyring has no default collection</source>
        <translation>der Schlüsselbund hat keine Standardsammlung</translation>
    </message>
</context>
<context>
    <name>novapost::MemorySecretStore</name>
    <message>
        <source>The simulated keychain failed.</source>
        <translation>Fehler im simulierten Schlüsselbund.</translation>
    </message>
    <message>
        <source>memory only, for this run</source>
        <extracomment>Where keys are kept without a keychain; inserted into sentences such as &quot;Stored in %1.&quot;</extracomment>
        <translation>nur im Arbeitsspeicher (für diesen Programmlauf)</translation>
    </message>
</context>
<context>
    <name>novapost::PhoneNumber</name>
    <message>
        <source>Enter the phone number registered on my.novapost.com.</source>
        <translation>Geben Sie die auf my.novapost.com registrierte Telefonnummer ein.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, dashes, brackets and a leading +.</source>
        <translation>Eine Telefonnummer darf nur Ziffern, Leerzeichen, Bindestriche, Klammern und ein vorangestelltes + enthalten.</translation>
    </message>
    <message>
        <source>Start the phone number with its country code, for example +49 for Germany.</source>
        <translation>Beginnen Sie die Telefonnummer mit der Ländervorwahl, zum Beispiel +49 für Deutschland.</translation>
    </message>
    <message>
        <source>Nova Post does not issue sandbox test keys for Ukrainian (+380) numbers; get a key in the Ukrainian business cabinet instead.</source>
        <translation>Nova Post vergibt keine Sandbox-Testschlüssel für ukrainische Nummern (+380); erstellen Sie stattdessen einen Schlüssel im ukrainischen Business-Kabinett.</translation>
    </message>
    <message numerus="yes">
        <source>The phone number is too short: a phone number has at least %n digit(s), including the country code.</source>
        <translation>
            <numerusform>Die Telefonnummer ist zu kurz: Eine Telefonnummer hat einschließlich Ländervorwahl mindestens %n Ziffer.</numerusform>
            <numerusform>Die Telefonnummer ist zu kurz: Eine Telefonnummer hat einschließlich Ländervorwahl mindestens %n Ziffern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone number is too long: a phone number has at most %n digit(s), including the country code.</source>
        <translation>
            <numerusform>Die Telefonnummer ist zu lang: Eine Telefonnummer hat einschließlich Ländervorwahl höchstens %n Ziffer.</numerusform>
            <numerusform>Die Telefonnummer ist zu lang: Eine Telefonnummer hat einschließlich Ländervorwahl höchstens %n Ziffern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::RequestLog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
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
        <source>URL</source>
        <translation>URL</translation>
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
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>novapost::ResponseParser</name>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no “jwt” field.</source>
        <translation>Die Antwort des Servers enthält kein Feld „jwt“.</translation>
    </message>
    <message>
        <source>The server&apos;s “jwt” field is not a token.</source>
        <translation>Das Feld „jwt“ in der Antwort des Servers enthält kein Token.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no test apiKey.</source>
        <translation>Die Antwort des Servers enthält keinen Testschlüssel (apiKey).</translation>
    </message>
</context>
<context>
    <name>novapost::cli::CliApplication</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>apiKey</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>No sandbox phone given and none used before: pass --phone PHONE (after test-key or set-key), or pass the key with --api-key-stdin.</source>
        <translation>Keine Sandbox-Telefonnummer angegeben und keine zuvor verwendet: Geben Sie --phone PHONE an (nach test-key oder set-key) oder übergeben Sie den Schlüssel mit --api-key-stdin.</translation>
    </message>
    <message>
        <source>No sandbox apiKey is stored for +%1: run “novapost-jwt-cli test-key --phone %1” first, or pass the key with --api-key-stdin.</source>
        <translation>Für +%1 ist kein Sandbox-API-Schlüssel gespeichert: Führen Sie zuerst „novapost-jwt-cli test-key --phone %1“ aus oder übergeben Sie den Schlüssel mit --api-key-stdin.</translation>
    </message>
    <message>
        <source>Test keys exist only in the sandbox; in production, use the apiKey from your Nova Post manager or my.novapost.com (store it with set-key).</source>
        <translation>Testschlüssel gibt es nur in der Sandbox; verwenden Sie in der Produktion den API-Schlüssel von Ihrer Ansprechperson bei Nova Post oder von my.novapost.com (speichern Sie ihn mit set-key).</translation>
    </message>
    <message>
        <source>The test key for +%1 was issued but could not be stored. %2 Run again with --print to see it; the API repeats the same key within a day.</source>
        <translation>Der Testschlüssel für +%1 wurde ausgestellt, konnte aber nicht gespeichert werden. %2 Führen Sie den Befehl erneut mit --print aus, um ihn anzuzeigen; die API liefert innerhalb eines Tages denselben Schlüssel.</translation>
    </message>
    <message>
        <source>Reusing the test key requested today for +%1 (use --renew to ask the API again).</source>
        <translation>Der heute angeforderte Testschlüssel für +%1 wird wiederverwendet (mit --renew wird die API erneut angefragt).</translation>
    </message>
    <message>
        <source>Test key for +%1 received.</source>
        <translation>Testschlüssel für +%1 erhalten.</translation>
    </message>
    <message>
        <source>Status: %1; created %2; expires %3.</source>
        <translation>Status: %1; erstellt: %2; gültig bis: %3.</translation>
    </message>
    <message>
        <source>Stored in %1.</source>
        <translation>Gespeichert %1.</translation>
    </message>
    <message>
        <source>No keys stored. Request a sandbox key with “test-key --phone PHONE”, or store a key with “set-key”.</source>
        <translation>Keine Schlüssel gespeichert. Fordern Sie mit „test-key --phone PHONE“ einen Sandbox-Schlüssel an oder speichern Sie mit „set-key“ einen Schlüssel.</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
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
        <source>LAST USED</source>
        <translation>ZULETZT VERWENDET</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Keys are stored in %1.</source>
        <translation>Die Schlüssel werden %1 gespeichert.</translation>
    </message>
    <message>
        <source>Stored the sandbox apiKey for +%1 in %2.</source>
        <translation>Der Sandbox-API-Schlüssel für +%1 wurde %2 gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was stored for that key; nothing to forget.</source>
        <translation>Für diesen Schlüssel ist nichts gespeichert; es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Removed the sandbox apiKey for +%1.</source>
        <translation>Der Sandbox-API-Schlüssel für +%1 wurde entfernt.</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Claims:</translation>
    </message>
    <message>
        <source>Issued:  %1</source>
        <translation>Ausgestellt: %1</translation>
    </message>
    <message>
        <source>Expires: unknown (the token has no usable exp claim)</source>
        <translation>Gültig bis:  unbekannt (das Token hat keinen verwendbaren exp-Claim)</translation>
    </message>
    <message>
        <source>Expires: %1 (in %2)</source>
        <translation>Gültig bis:  %1 (in %2)</translation>
    </message>
    <message>
        <source>Expires: %1 (expired %2 ago)</source>
        <translation>Gültig bis:  %1 (vor %2 abgelaufen)</translation>
    </message>
    <message>
        <source>This command needs --phone PHONE: the number registered on my.novapost.com, with its country code.</source>
        <translation>Dieser Befehl benötigt --phone PHONE: die auf my.novapost.com registrierte Nummer mit Ländervorwahl.</translation>
    </message>
    <message>
        <source>The %1 on standard input is far too long.</source>
        <translation>Die Standardeingabe (%1) ist viel zu lang.</translation>
    </message>
    <message>
        <source>No %1 on standard input: pipe it in, for example “printf &apos;%s\n&apos; &quot;$KEY&quot; | novapost-jwt-cli ...”.</source>
        <translation>Kein %1 auf der Standardeingabe: Übergeben Sie die Eingabe per Pipe, zum Beispiel „printf &apos;%s\n&apos; &quot;$KEY&quot; | novapost-jwt-cli ...“.</translation>
    </message>
    <message>
        <source>No production apiKey “%1” is stored: store it with “novapost-jwt-cli --env production set-key”, or pass it with --api-key-stdin.</source>
        <translation>Kein Produktions-API-Schlüssel „%1“ gespeichert: Speichern Sie ihn mit „novapost-jwt-cli --env production set-key“ oder übergeben Sie ihn mit --api-key-stdin.</translation>
    </message>
    <message>
        <source>PHONE OR KEY</source>
        <translation>NUMMER/SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Stored the production apiKey “%1” in %2.</source>
        <translation>Der Produktions-API-Schlüssel „%1“ wurde %2 gespeichert.</translation>
    </message>
    <message>
        <source>Removed the production apiKey “%1”.</source>
        <translation>Der Produktions-API-Schlüssel „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Production keys belong to no phone; leave out --phone (name a key with --key).</source>
        <translation>Produktionsschlüssel gehören zu keiner Telefonnummer; lassen Sie --phone weg (einen Schlüssel benennen Sie mit --key).</translation>
    </message>
    <message>
        <source>--key names a production key; in the sandbox, keys belong to phones: use --phone.</source>
        <translation>--key benennt einen Produktionsschlüssel; in der Sandbox gehören Schlüssel zu Telefonnummern: Verwenden Sie --phone.</translation>
    </message>
    <message>
        <source>The output could not be written.</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>waiting for the keychain to be unlocked…</source>
        <translation>warte auf das Entsperren des Schlüsselbunds…</translation>
    </message>
    <message>
        <source>The JWT cache is skipped for this run: %1</source>
        <translation>Der JWT-Zwischenspeicher wird bei diesem Aufruf übersprungen: %1</translation>
    </message>
    <message>
        <source>The keychain did not give out the stored key. If it is locked, unlock it and try again; if the key was removed from it, store the key again.</source>
        <translation>Der Schlüsselbund hat den gespeicherten Schlüssel nicht herausgegeben. Wenn er gesperrt ist, entsperren Sie ihn und versuchen Sie es erneut; wenn der Schlüssel daraus entfernt wurde, speichern Sie ihn erneut.</translation>
    </message>
    <message>
        <source>No test key was requested: it could not be stored. %1</source>
        <translation>Es wurde kein Testschlüssel angefordert: Er könnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>No production apiKey “%1” is stored, but one is stored as “%2”: use that label exactly.</source>
        <translation>Kein Produktions-apiKey „%1“ ist gespeichert, aber einer als „%2“: Verwenden Sie genau diese Bezeichnung.</translation>
    </message>
    <message>
        <source>The output could not be written: %1.</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>The environment variable NOVAPOST_API_KEY is set but empty.</source>
        <translation>Die Umgebungsvariable NOVAPOST_API_KEY ist gesetzt, aber leer.</translation>
    </message>
    <message>
        <source>Enter the %1 and press Enter (it is not shown as you type):</source>
        <translation>%1 eingeben und Enter drücken (die Eingabe wird nicht angezeigt):</translation>
    </message>
    <message>
        <source>The test key stored for +%1 still works: novapost-jwt-cli token --phone +%1 gets a JWT with it.</source>
        <translation>Der für +%1 gespeicherte Testschlüssel funktioniert weiterhin: novapost-jwt-cli token --phone +%1 holt damit ein JWT.</translation>
    </message>
</context>
<context>
    <name>novapost::cli::CliParser</name>
    <message>
        <source>No command given; see novapost-jwt-cli --help.</source>
        <translation>Kein Befehl angegeben; siehe novapost-jwt-cli --help.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”; see novapost-jwt-cli --help.</source>
        <translation>Unerwartetes Argument „%1“; siehe novapost-jwt-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command “%1”; see novapost-jwt-cli --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe novapost-jwt-cli --help.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to the %2 command.</source>
        <translation>Die Option --%1 gilt nicht für den Befehl %2.</translation>
    </message>
    <message>
        <source>Unknown environment “%1”; use sandbox or production.</source>
        <translation>Unbekannte Umgebung „%1“; verwenden Sie sandbox oder production.</translation>
    </message>
    <message>
        <source>The time-out must be a number of seconds between 0 and 3600.</source>
        <translation>Das Zeitlimit muss eine Anzahl Sekunden zwischen 0 und 3600 sein.</translation>
    </message>
    <message>
        <source>The CA file “%1” cannot be read.</source>
        <translation>Die CA-Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The CA file “%1” holds no PEM certificate.</source>
        <translation>Die CA-Datei „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>--min-ttl must be a number of minutes between 0 and 60.</source>
        <translation>--min-ttl muss eine Anzahl Minuten zwischen 0 und 60 sein.</translation>
    </message>
    <message>
        <source>Usage: novapost-jwt-cli [options] COMMAND [command options]

Gets JWTs for the Nova Post API v.1.0 and manages apiKeys in the system keychain.

Commands:
  token [--phone PHONE | --key LABEL] [--api-key-stdin] [--min-ttl MINUTES] [--fresh]
                       Print a JWT alone on one line (--json: jwt, expiresAt, expiresIn).
                       The apiKey comes from stdin with --api-key-stdin, else from the
                       keychain: the sandbox key of --phone (or the phone used last), or the
                       production key --key (or the one used last, else &quot;default&quot;).
                       A token cached in the keychain is reused while at
                       least --min-ttl minutes (default 5) remain; --fresh always fetches.
  test-key --phone PHONE [--print] [--renew]
                       Sandbox only: request a test apiKey for a phone registered on
                       my.novapost.com and store it. A key requested today is reused
                       unless --renew is given. --print writes the key to stdout.
  keys                 List stored keys with their dates and status (never the keys).
  set-key [--phone PHONE | --key LABEL]
                       Read an apiKey from stdin and store it: a production key named
                       LABEL (one per company or account; default &quot;default&quot;), or the
                       sandbox key of --phone.
  forget [--phone PHONE | --key LABEL]
                       Remove a production key, or the sandbox key of --phone.
  decode               Read a JWT from stdin and show its header, claims and expiry.

Options:
  --env sandbox|production   Environment (default: sandbox).
  --base-url URL             Use another server (https, or http on this computer); the
                             environment&apos;s rules stay.
  --timeout SECONDS          Give up on the server after this long (default: 30).
  --ca-file PEM              Also trust the CA certificates in this file.
  --json                     Machine-readable output.
  --lang LANGUAGE            Language of messages: en, uk, pl or de (default: the system&apos;s).
  -h, --help                 Show this help.
  -v, --version              Show the version.

Exit codes:
  0  success
  2  usage or input error (nothing was sent)
  3  authentication rejected (HTTP 401/403)
  4  request rejected (other HTTP 4xx, such as 404, 409, 422, 429)
  5  service unavailable or network failure (HTTP 5xx, time-out, no connection)
  6  TLS failure (the server&apos;s certificate could not be verified)
  7  malformed or unexpected response
  8  keychain failure
  9  the settings file could not be written
  10 the output could not be written
</source>
        <translation>Aufruf: novapost-jwt-cli [Optionen] BEFEHL [Befehlsoptionen]

Holt JWTs für die Nova Post API v.1.0 und verwaltet API-Schlüssel im Schlüsselbund
des Systems.

Befehle:
  token [--phone PHONE | --key LABEL] [--api-key-stdin] [--min-ttl MINUTES] [--fresh]
                       Gibt nur das JWT einzeilig aus (--json: jwt, expiresAt, expiresIn).
                       Der API-Schlüssel kommt mit --api-key-stdin von stdin, sonst aus dem
                       Schlüsselbund: der Sandbox-Schlüssel von --phone (oder der zuletzt
                       verwendeten Nummer) bzw. der Produktionsschlüssel --key (oder der
                       zuletzt verwendete, sonst &quot;default&quot;).
                       Ein im Schlüsselbund zwischengespeichertes Token wird
                       wiederverwendet, solange es noch mindestens --min-ttl Minuten
                       (Standard: 5) gültig ist; --fresh holt immer ein neues.
  test-key --phone PHONE [--print] [--renew]
                       Nur Sandbox: fordert einen Test-API-Schlüssel für eine auf
                       my.novapost.com registrierte Nummer an und speichert ihn. Ein heute
                       angeforderter Schlüssel wird wiederverwendet, außer mit --renew.
                       --print schreibt den Schlüssel auf stdout.
  keys                 Listet gespeicherte Schlüssel mit Datum und Status auf (nie die
                       Schlüssel selbst).
  set-key [--phone PHONE | --key LABEL]
                       Liest einen API-Schlüssel von stdin und speichert ihn: als
                       Produktionsschlüssel namens LABEL (einer je Firma oder Konto;
                       Standard: &quot;default&quot;) oder als Sandbox-Schlüssel von --phone.
  forget [--phone PHONE | --key LABEL]
                       Entfernt einen Produktionsschlüssel oder den Sandbox-Schlüssel von
                       --phone.
  decode               Liest ein JWT von stdin und zeigt Header, Claims und Ablaufzeit.

Optionen:
  --env sandbox|production   Umgebung (Standard: sandbox).
  --base-url URL             Anderen Server verwenden (https, oder http auf diesem
                             Computer); die Regeln der Umgebung gelten weiter.
  --timeout SECONDS          Maximale Wartezeit auf den Server (Standard: 30).
  --ca-file PEM              Zusätzlich den CA-Zertifikaten in dieser Datei vertrauen.
  --json                     Maschinenlesbare Ausgabe.
  --lang LANGUAGE            Sprache der Meldungen: en, uk, pl oder de (Standard: die
                             Systemsprache).
  -h, --help                 Diese Hilfe anzeigen.
  -v, --version              Die Version anzeigen.

Exit-Codes:
  0  Erfolg
  2  Aufruf- oder Eingabefehler (es wurde nichts gesendet)
  3  Authentifizierung abgelehnt (HTTP 401/403)
  4  Anfrage abgelehnt (andere HTTP-4xx-Codes, etwa 404, 409, 422, 429)
  5  Dienst nicht verfügbar oder Netzwerkfehler (HTTP 5xx, Zeitüberschreitung,
     keine Verbindung)
  6  TLS-Fehler (das Zertifikat des Servers konnte nicht verifiziert werden)
  7  Fehlerhafte oder unerwartete Antwort
  8  Fehler beim Schlüsselbund
  9  Die Einstellungsdatei konnte nicht geschrieben werden
  10 Die Ausgabe konnte nicht geschrieben werden
</translation>
    </message>
    <message>
        <source>Help of one command:
  COMMAND --help, help COMMAND
                       Show what COMMAND does and the options it takes.
</source>
        <translation>Hilfe zu einem Befehl:
  BEFEHL --help, help BEFEHL
                       Zeigt, was BEFEHL tut und welche Optionen er annimmt.
</translation>
    </message>
    <message>
        <source>Environment variables:
  NOVAPOST_ENV         sandbox or production, as --env.
  NOVAPOST_BASE_URL    as --base-url.
  NOVAPOST_TIMEOUT     seconds, as --timeout.
  NOVAPOST_API_KEY     the apiKey for token when none of --api-key-stdin, --phone and
                       --key is given; it is removed from the environment once read.

An option given on the command line wins over its variable.
</source>
        <translation>Umgebungsvariablen:
  NOVAPOST_ENV         sandbox oder production, wie --env.
  NOVAPOST_BASE_URL    wie --base-url.
  NOVAPOST_TIMEOUT     Sekunden, wie --timeout.
  NOVAPOST_API_KEY     der API-Schlüssel für token, wenn weder --api-key-stdin noch
                       --phone oder --key angegeben ist; nach dem Lesen wird er aus der
                       Umgebung entfernt.

Eine Option auf der Befehlszeile hat Vorrang vor ihrer Variablen.
</translation>
    </message>
    <message>
        <source>Unknown option %1; see novapost-jwt-cli --help.</source>
        <translation>Unbekannte Option %1; siehe novapost-jwt-cli --help.</translation>
    </message>
    <message>
        <source>Unknown option %1; did you mean %2?</source>
        <translation>Unbekannte Option %1; meinten Sie %2?</translation>
    </message>
    <message>
        <source>Unknown command “%1”; did you mean %2?</source>
        <translation>Unbekannter Befehl „%1“; meinten Sie %2?</translation>
    </message>
    <message>
        <source>Usage: novapost-jwt-cli [options] token [--phone PHONE | --key LABEL] [--api-key-stdin]
                        [--min-ttl MINUTES] [--fresh]

Prints a JWT alone on one line (with --json: jwt, expiresAt, expiresIn, environment, cached).

Options of token:
  --phone PHONE      Use the stored sandbox key of this phone (default: the phone used last).
  --key LABEL        Use the stored production key with this label (default: the one used
                     last, else &quot;default&quot;).
  --api-key-stdin    Read the apiKey from standard input instead of the keychain.
  --min-ttl MINUTES  Reuse a cached JWT only while at least this many minutes remain
                     (default 5).
  --fresh            Always ask the API for a new JWT.

Without --phone, --key and --api-key-stdin, the apiKey in the environment variable
NOVAPOST_API_KEY is used when it is set.
</source>
        <translation>Aufruf: novapost-jwt-cli [Optionen] token [--phone PHONE | --key LABEL] [--api-key-stdin]
                        [--min-ttl MINUTES] [--fresh]

Gibt nur das JWT einzeilig aus (mit --json: jwt, expiresAt, expiresIn, environment, cached).

Optionen von token:
  --phone PHONE      Den gespeicherten Sandbox-Schlüssel dieser Nummer verwenden (Standard:
                     die zuletzt verwendete Nummer).
  --key LABEL        Den gespeicherten Produktionsschlüssel mit diesem Namen verwenden
                     (Standard: der zuletzt verwendete, sonst &quot;default&quot;).
  --api-key-stdin    Den API-Schlüssel von der Standardeingabe statt aus dem Schlüsselbund
                     lesen.
  --min-ttl MINUTES  Ein zwischengespeichertes JWT nur wiederverwenden, solange noch
                     mindestens so viele Minuten bleiben (Standard: 5).
  --fresh            Immer ein neues JWT bei der API anfordern.

Ohne --phone, --key und --api-key-stdin wird der API-Schlüssel aus der Umgebungsvariablen
NOVAPOST_API_KEY verwendet, wenn sie gesetzt ist.
</translation>
    </message>
    <message>
        <source>Usage: novapost-jwt-cli [options] test-key --phone PHONE [--print] [--renew]

Sandbox only: requests a test apiKey for a phone registered on my.novapost.com and stores it
in the keychain. A key requested today is reused.

Options of test-key:
  --phone PHONE      The registered phone, with its country code.
  --print            Also write the key to standard output.
  --renew            Ask the API again even if a key was requested today.
</source>
        <translation>Aufruf: novapost-jwt-cli [Optionen] test-key --phone PHONE [--print] [--renew]

Nur Sandbox: fordert einen Test-API-Schlüssel für eine auf my.novapost.com registrierte
Nummer an und speichert ihn im Schlüsselbund. Ein heute angeforderter Schlüssel wird
wiederverwendet.

Optionen von test-key:
  --phone PHONE      Die registrierte Nummer mit Ländervorwahl.
  --print            Den Schlüssel zusätzlich auf die Standardausgabe schreiben.
  --renew            Die API erneut fragen, auch wenn heute schon ein Schlüssel angefordert
                     wurde.
</translation>
    </message>
    <message>
        <source>Usage: novapost-jwt-cli [options] keys

Lists the stored keys with their dates and status, never the keys themselves. With --json,
prints one JSON object (its fields are described in the README).

The keys command has no options of its own.
</source>
        <translation>Aufruf: novapost-jwt-cli [Optionen] keys

Listet die gespeicherten Schlüssel mit Datum und Status auf, nie die Schlüssel selbst. Mit
--json wird ein JSON-Objekt ausgegeben (seine Felder beschreibt die README).

Der Befehl keys hat keine eigenen Optionen.
</translation>
    </message>
    <message>
        <source>Usage: novapost-jwt-cli [options] set-key [--phone PHONE | --key LABEL]

Reads an apiKey from standard input and stores it in the keychain. In a terminal it asks
for the key and does not show what you type.

Options of set-key:
  --phone PHONE      Sandbox: the phone the key belongs to.
  --key LABEL        Production: a name for the key, one per company or account
                     (default &quot;default&quot;).
</source>
        <translation>Aufruf: novapost-jwt-cli [Optionen] set-key [--phone PHONE | --key LABEL]

Liest einen API-Schlüssel von der Standardeingabe und speichert ihn im Schlüsselbund. In
einem Terminal fragt es nach dem Schlüssel und zeigt die Eingabe nicht an.

Optionen von set-key:
  --phone PHONE      Sandbox: die Nummer, zu der der Schlüssel gehört.
  --key LABEL        Produktion: ein Name für den Schlüssel, einer je Firma oder Konto
                     (Standard: &quot;default&quot;).
</translation>
    </message>
    <message>
        <source>Usage: novapost-jwt-cli [options] forget [--phone PHONE | --key LABEL]

Removes a stored key and the JWTs cached with it.

Options of forget:
  --phone PHONE      Sandbox: the phone whose key is removed.
  --key LABEL        Production: the label of the key to remove (default &quot;default&quot;).
</source>
        <translation>Aufruf: novapost-jwt-cli [Optionen] forget [--phone PHONE | --key LABEL]

Entfernt einen gespeicherten Schlüssel und die damit zwischengespeicherten JWTs.

Optionen von forget:
  --phone PHONE      Sandbox: die Nummer, deren Schlüssel entfernt wird.
  --key LABEL        Produktion: der Name des zu entfernenden Schlüssels (Standard: &quot;default&quot;).
</translation>
    </message>
    <message>
        <source>Usage: novapost-jwt-cli [options] decode

Reads a JWT from standard input and shows its header, claims and expiry. Nothing is sent.

The decode command has no options of its own.
</source>
        <translation>Aufruf: novapost-jwt-cli [Optionen] decode

Liest ein JWT von der Standardeingabe und zeigt Header, Claims und Ablaufzeit. Es wird
nichts gesendet.

Der Befehl decode hat keine eigenen Optionen.
</translation>
    </message>
    <message>
        <source>Options for every command (--env, --base-url, --timeout, --ca-file, --json, --lang)
and the exit codes: see novapost-jwt-cli --help.
</source>
        <translation>Optionen für alle Befehle (--env, --base-url, --timeout, --ca-file, --json, --lang)
und die Exit-Codes: siehe novapost-jwt-cli --help.
</translation>
    </message>
    <message>
        <source>The environment variable NOVAPOST_ENV is “%1”; use sandbox or production.</source>
        <translation>Die Umgebungsvariable NOVAPOST_ENV ist „%1“; verwenden Sie sandbox oder production.</translation>
    </message>
    <message>
        <source>The environment variable NOVAPOST_BASE_URL cannot be used: %1</source>
        <translation>Die Umgebungsvariable NOVAPOST_BASE_URL kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The environment variable NOVAPOST_TIMEOUT must be a number of seconds between 0 and 3600.</source>
        <translation>Die Umgebungsvariable NOVAPOST_TIMEOUT muss eine Anzahl Sekunden zwischen 0 und 3600 sein.</translation>
    </message>
</context>
<context>
    <name>novapost::gui::ClaimsPanel</name>
    <message>
        <source>Claims in the token</source>
        <translation>Claims im Token</translation>
    </message>
    <message>
        <source>Show the claims in the token</source>
        <translation>Claims im Token anzeigen</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Hide the claims in the token</source>
        <translation>Claims im Token ausblenden</translation>
    </message>
    <message>
        <source>%1 local time (%2)</source>
        <translation>%1 Ortszeit (%2)</translation>
    </message>
    <message>
        <source>Issued at (iat)</source>
        <translation>Ausgestellt (iat)</translation>
    </message>
    <message>
        <source>Expires at (exp)</source>
        <translation>Gültig bis (exp)</translation>
    </message>
    <message>
        <source>Client id (cid)</source>
        <translation>Kunden-ID (cid)</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten (Payload)</translation>
    </message>
</context>
<context>
    <name>novapost::gui::ClipboardDelayMenu</name>
    <message>
        <source>&amp;Clear clipboard after</source>
        <translation>&amp;Zwischenablage leeren nach</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <comment>clipboard clearing delay</comment>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>clipboard clearing delay</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::gui::ClipboardStatusWidget</name>
    <message>
        <source>C&amp;lear now</source>
        <translation>Jet&amp;zt leeren</translation>
    </message>
    <message>
        <source>Clear the clipboard now</source>
        <translation>Zwischenablage jetzt leeren</translation>
    </message>
    <message>
        <source>Remove the JWT from the clipboard now</source>
        <translation>JWT jetzt aus der Zwischenablage entfernen</translation>
    </message>
    <message>
        <source>Clipboard clears in %1</source>
        <translation>Zwischenablage wird in %1 geleert</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The JWT stays on the clipboard until it expires.</source>
        <translation>Das JWT bleibt bis zum Ablauf in der Zwischenablage.</translation>
    </message>
    <message>
        <source>%1 JWT on the clipboard · clears in %2</source>
        <extracomment>%1 is the environment (Sandbox or Production), %2 the time left as m:ss.</extracomment>
        <translation>%1-JWT in der Zwischenablage · wird in %2 geleert</translation>
    </message>
    <message>
        <source>%1 JWT on the clipboard until it expires</source>
        <extracomment>%1 is the environment (Sandbox or Production).</extracomment>
        <translation>%1-JWT in der Zwischenablage, bis es abläuft</translation>
    </message>
    <message numerus="yes">
        <source>The %1 JWT on the clipboard is cleared in %n second(s).</source>
        <extracomment>%1 is the environment (Sandbox or Production).</extracomment>
        <translation>
            <numerusform>Das %1-JWT in der Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Das %1-JWT in der Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::gui::DesktopNotifier</name>
    <message>
        <source>This system has no desktop notification service.</source>
        <translation>Dieses System hat keinen Dienst für Desktop-Benachrichtigungen.</translation>
    </message>
    <message>
        <source>There is no D-Bus session, so no desktop notification can be shown.</source>
        <translation>Es gibt keine D-Bus-Sitzung, daher kann keine Desktop-Benachrichtigung angezeigt werden.</translation>
    </message>
    <message>
        <source>No desktop notification service answered: %1</source>
        <translation>Kein Dienst für Desktop-Benachrichtigungen hat geantwortet: %1</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <source>The desktop notification service refused the notification: %1</source>
        <translation>Der Dienst für Desktop-Benachrichtigungen hat die Benachrichtigung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>novapost::gui::ExtraCaCertificates</name>
    <message>
        <source>The extra CA certificates could not be loaded, so only the system&apos;s certificates are trusted. %1</source>
        <translation>Die zusätzlichen CA-Zertifikate konnten nicht geladen werden; daher wird nur den Zertifikaten des Systems vertraut. %1</translation>
    </message>
    <message>
        <source>&amp;Trusted CA certificates…</source>
        <translation>Ver&amp;trauenswürdige CA-Zertifikate…</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in a PEM file, for a company proxy that inspects TLS.</source>
        <translation>Zusätzlich den CA-Zertifikaten in einer PEM-Datei vertrauen, etwa für einen Firmen-Proxy, der TLS prüft.</translation>
    </message>
    <message>
        <source>Remove e&amp;xtra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate &amp;entfernen</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Vertrauenswürdige CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 The CA certificates from %2 stay in use.</source>
        <translation>%1 Die CA-Zertifikate aus %2 werden weiterhin verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>Connections now also trust the %n CA certificate(s) in %1.</source>
        <translation>
            <numerusform>Verbindungen vertrauen jetzt auch dem %n CA-Zertifikat in %1.</numerusform>
            <numerusform>Verbindungen vertrauen jetzt auch den %n CA-Zertifikaten in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The extra CA certificates were removed; only the system&apos;s certificates are trusted.</source>
        <translation>Die zusätzlichen CA-Zertifikate wurden entfernt; nur den Zertifikaten des Systems wird vertraut.</translation>
    </message>
    <message>
        <source>Extra CAs (--ca-file): %1</source>
        <translation>Zusätzliche CAs (--ca-file): %1</translation>
    </message>
    <message>
        <source>Extra CAs: %1</source>
        <translation>Zusätzliche CAs: %1</translation>
    </message>
    <message numerus="yes">
        <source>Besides the system&apos;s certificates, %n CA certificate(s) from %1 are trusted.</source>
        <translation>
            <numerusform>Neben den Zertifikaten des Systems wird %n CA-Zertifikat aus %1 vertraut.</numerusform>
            <numerusform>Neben den Zertifikaten des Systems wird %n CA-Zertifikaten aus %1 vertraut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::gui::LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>novapost::gui::MainWindow</name>
    <message>
        <source>PRODUCTION: tokens from here act on real shipments and real money.</source>
        <translation>PRODUKTION: Tokens aus dieser Umgebung wirken sich auf echte Sendungen und echtes Geld aus.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;How to use the JWT in the API documentation&apos;s Authorize dialog&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;So verwenden Sie das JWT im Authorize-Dialog der API-Dokumentation&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the Nova Post documentation on using the JWT</source>
        <translation>Dokumentation von Nova Post zur Verwendung des JWT öffnen</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Nova Post API &amp;documentation</source>
        <translation>API-&amp;Dokumentation von Nova Post</translation>
    </message>
    <message>
        <source>&amp;About novapost-jwt</source>
        <translation>Ü&amp;ber novapost-jwt</translation>
    </message>
    <message>
        <source>About novapost-jwt</source>
        <translation>Über novapost-jwt</translation>
    </message>
    <message>
        <source>novapost-jwt %1
JWTs for the Nova Post API v.1.0, with apiKeys kept in the system keychain.</source>
        <translation>novapost-jwt %1
JWTs für die Nova Post API v.1.0; die API-Schlüssel werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Sandbox test key</source>
        <translation>Sandbox-Testschlüssel</translation>
    </message>
    <message>
        <source>+49 821 343 7654</source>
        <translation>+49 821 343 7654</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>The phone number registered on my.novapost.com, with its country code.</source>
        <translation>Die auf my.novapost.com registrierte Telefonnummer mit Ländervorwahl.</translation>
    </message>
    <message>
        <source>&amp;Request test key</source>
        <translation>Test&amp;schlüssel anfordern</translation>
    </message>
    <message>
        <source>Request test key</source>
        <translation>Testschlüssel anfordern</translation>
    </message>
    <message>
        <source>Ask Nova Post for this phone&apos;s sandbox key (one request a day per phone).</source>
        <translation>Sandbox-Schlüssel für diese Telefonnummer bei Nova Post anfordern (eine Anfrage pro Tag und Nummer).</translation>
    </message>
    <message>
        <source>Stored test keys</source>
        <translation>Gespeicherte Testschlüssel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Re&amp;new</source>
        <translation>E&amp;rneuern</translation>
    </message>
    <message>
        <source>Renew the selected test key</source>
        <translation>Ausgewählten Testschlüssel erneuern</translation>
    </message>
    <message>
        <source>Request the selected phone&apos;s key again, even if it was requested today.</source>
        <translation>Den Schlüssel der ausgewählten Nummer erneut anfordern, auch wenn er heute schon angefordert wurde.</translation>
    </message>
    <message>
        <source>Remove the selected test key</source>
        <translation>Ausgewählten Testschlüssel löschen</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Production key</source>
        <translation>Produktionsschlüssel</translation>
    </message>
    <message>
        <source>Test keys exist only in the sandbox. For production, create an API key on my.novapost.com under Integrations → API Keys (Ukrainian clients: Business cabinet → Settings → Security), then paste it here.</source>
        <translation>Testschlüssel gibt es nur in der Sandbox. Für die Produktion erstellen Sie auf my.novapost.com unter „Integrations → API Keys“ einen API-Schlüssel (ukrainische Kunden: im Business-Kabinett unter „Einstellungen → Sicherheit“) und fügen ihn hier ein.</translation>
    </message>
    <message>
        <source>Paste the production apiKey</source>
        <translation>Produktions-API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Production API key</source>
        <translation>Produktions-API-Schlüssel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the production key</source>
        <translation>Produktionsschlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the key you are typing</source>
        <translation>Eingegebenen Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Save the production key to the keychain</source>
        <translation>Produktionsschlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Forget the saved production key</source>
        <translation>Gespeicherten Produktionsschlüssel entfernen</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the production key</source>
        <translation>Produktionsschlüssel verbergen</translation>
    </message>
    <message>
        <source>&amp;Get JWT</source>
        <translation>&amp;JWT abrufen</translation>
    </message>
    <message>
        <source>Get JWT</source>
        <translation>JWT abrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running request</source>
        <translation>Laufende Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Anfrage läuft</translation>
    </message>
    <message>
        <source>Server: %1 (overridden with --base-url)</source>
        <translation>Server: %1 (mit --base-url überschrieben)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Nur diese Sitzung</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>No keychain was available; this key is forgotten when the program ends.</source>
        <translation>Es war kein Schlüsselbund verfügbar; dieser Schlüssel wird beim Beenden des Programms verworfen.</translation>
    </message>
    <message>
        <source>Keys are stored in %1.</source>
        <translation>Die Schlüssel werden %1 gespeichert.</translation>
    </message>
    <message>
        <source>Keys are kept in %1; they are forgotten when the program ends.</source>
        <translation>Die Schlüssel liegen %1; sie werden beim Beenden des Programms verworfen.</translation>
    </message>
    <message>
        <source>No test keys stored yet. %1</source>
        <translation>Noch keine Testschlüssel gespeichert. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n test key(s) stored. %1</source>
        <translation>
            <numerusform>%n Testschlüssel gespeichert. %1</numerusform>
            <numerusform>%n Testschlüssel gespeichert. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the phone number registered on my.novapost.com, with its country code.</source>
        <translation>Geben Sie die auf my.novapost.com registrierte Telefonnummer mit Ländervorwahl ein.</translation>
    </message>
    <message>
        <source>Sent as %1. A test key is stored, valid until %2.</source>
        <extracomment>%1 is the phone number as digits, exactly as it will be sent to Nova Post.</extracomment>
        <translation>Wird als %1 gesendet. Ein Testschlüssel ist gespeichert, gültig bis %2.</translation>
    </message>
    <message>
        <source>Sent as %1. A test key is stored.</source>
        <translation>Wird als %1 gesendet. Ein Testschlüssel ist gespeichert.</translation>
    </message>
    <message>
        <source>Sent as %1. No test key stored yet for this number.</source>
        <translation>Wird als %1 gesendet. Für diese Nummer ist noch kein Testschlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No production key saved yet.</source>
        <translation>Noch kein Produktionsschlüssel gespeichert.</translation>
    </message>
    <message>
        <source>A production key is saved in %1 (last used %2).</source>
        <translation>Ein Produktionsschlüssel ist %1 gespeichert (zuletzt verwendet: %2).</translation>
    </message>
    <message>
        <source>A production key is saved in %1.</source>
        <translation>Ein Produktionsschlüssel ist %1 gespeichert.</translation>
    </message>
    <message>
        <source>A request is running; wait for it or cancel it.</source>
        <translation>Eine Anfrage läuft; warten Sie, bis sie abgeschlossen ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Save a production key first to get a JWT.</source>
        <translation>Speichern Sie zuerst einen Produktionsschlüssel, um ein JWT abzurufen.</translation>
    </message>
    <message>
        <source>Enter a phone number with a stored test key to get a JWT.</source>
        <translation>Geben Sie eine Telefonnummer mit gespeichertem Testschlüssel ein, um ein JWT abzurufen.</translation>
    </message>
    <message>
        <source>the saved production key</source>
        <extracomment>Which key made a token; inserted into &quot;Uses %1.&quot;, &quot;Getting a JWT with %1…&quot; and similar.</extracomment>
        <translation>dem gespeicherten Produktionsschlüssel</translation>
    </message>
    <message>
        <source>the test key for %1</source>
        <extracomment>Which key made a token; %1 is a phone number. Inserted into &quot;Uses %1.&quot; and similar.</extracomment>
        <translation>dem Testschlüssel für %1</translation>
    </message>
    <message>
        <source>A test key for %1 was already requested today, so the stored key is used without asking again. Use Renew to ask Nova Post anyway.</source>
        <translation>Für %1 wurde heute bereits ein Testschlüssel angefordert; der gespeicherte Schlüssel wird ohne neue Anfrage verwendet. Mit „Erneuern“ fragen Sie trotzdem bei Nova Post an.</translation>
    </message>
    <message>
        <source>Requesting a test key for %1…</source>
        <translation>Testschlüssel für %1 wird angefordert…</translation>
    </message>
    <message>
        <source>Test key for %1 saved; it is valid until %2. Press Get JWT next.</source>
        <translation>Testschlüssel für %1 gespeichert; gültig bis %2. Klicken Sie als Nächstes auf „JWT abrufen“.</translation>
    </message>
    <message>
        <source>Test key for %1 saved. Press Get JWT next.</source>
        <translation>Testschlüssel für %1 gespeichert. Klicken Sie als Nächstes auf „JWT abrufen“.</translation>
    </message>
    <message>
        <source>Remove test key</source>
        <translation>Testschlüssel löschen</translation>
    </message>
    <message>
        <source>Remove the stored test key for %1? You can request it again later, once a day.</source>
        <translation>Gespeicherten Testschlüssel für %1 löschen? Sie können ihn später erneut anfordern (einmal pro Tag).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The test key for %1 was removed.</source>
        <translation>Der Testschlüssel für %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>The production key was saved. Press Get JWT next.</source>
        <translation>Der Produktionsschlüssel wurde gespeichert. Klicken Sie als Nächstes auf „JWT abrufen“.</translation>
    </message>
    <message>
        <source>Forget production key</source>
        <translation>Produktionsschlüssel entfernen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The production key was forgotten.</source>
        <translation>Der Produktionsschlüssel wurde entfernt.</translation>
    </message>
    <message>
        <source>Getting a JWT with %1…</source>
        <translation>JWT wird mit %1 abgerufen…</translation>
    </message>
    <message>
        <source>The keychain no longer holds the test key for %1. Renew it to store it again.</source>
        <translation>Der Schlüsselbund enthält den Testschlüssel für %1 nicht mehr. Erneuern Sie ihn, um ihn wieder zu speichern.</translation>
    </message>
    <message>
        <source>The keychain no longer holds the production key. Paste and save it again.</source>
        <translation>Der Schlüsselbund enthält den Produktionsschlüssel nicht mehr. Fügen Sie ihn erneut ein und speichern Sie ihn.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Rem&amp;ove…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>S&amp;ave to keychain</source>
        <translation>Im Schlüsselbund s&amp;peichern</translation>
    </message>
    <message>
        <source>Saved production key to use</source>
        <translation>Zu verwendender gespeicherter Produktionsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Use key:</source>
        <translation>&amp;Verwendeter Schlüssel:</translation>
    </message>
    <message>
        <source>For example: Acme Sp. z o.o.</source>
        <translation>Zum Beispiel: Acme GmbH</translation>
    </message>
    <message>
        <source>Company or account of the new key</source>
        <translation>Firma oder Konto des neuen Schlüssels</translation>
    </message>
    <message>
        <source>Company or acc&amp;ount:</source>
        <translation>Firma oder K&amp;onto:</translation>
    </message>
    <message>
        <source>A production key is kept in memory for this session only.</source>
        <translation>Ein Produktionsschlüssel wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>A production key is kept in memory for this session only (last used %1).</source>
        <translation>Ein Produktionsschlüssel wird nur für diese Sitzung im Arbeitsspeicher gehalten (zuletzt verwendet: %1).</translation>
    </message>
    <message>
        <source>the production key “%1”</source>
        <extracomment>Which key made a token; inserted into &quot;Uses %1.&quot;, &quot;Getting a JWT with %1…&quot; and similar.</extracomment>
        <translation>dem Produktionsschlüssel „%1“</translation>
    </message>
    <message>
        <source>Remove the production key “%1” from %2? You will need to paste it again to get production tokens with it.</source>
        <translation>Den %2 gespeicherten Produktionsschlüssel „%1“ entfernen? Um damit Produktionstokens abzurufen, müssen Sie ihn dann erneut einfügen.</translation>
    </message>
    <message>
        <source>Renewing the JWT with %1…</source>
        <translation>JWT wird mit %1 erneuert…</translation>
    </message>
    <message numerus="yes">
        <source>Renewing the JWT automatically failed: %1 The next try is in %n second(s); the current token stays usable until it expires.</source>
        <translation>
            <numerusform>Die automatische Erneuerung des JWT ist fehlgeschlagen: %1 Nächster Versuch in %n Sekunde; das aktuelle Token bleibt bis zu seinem Ablauf verwendbar.</numerusform>
            <numerusform>Die automatische Erneuerung des JWT ist fehlgeschlagen: %1 Nächster Versuch in %n Sekunden; das aktuelle Token bleibt bis zu seinem Ablauf verwendbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Get a &amp;fresh JWT</source>
        <translation>JWT &amp;neu abrufen</translation>
    </message>
    <message>
        <source>Ask Nova Post for a new JWT even if a stored one is still valid</source>
        <translation>Neues JWT bei Nova Post abrufen, auch wenn ein gespeichertes noch gültig ist</translation>
    </message>
    <message>
        <source>&amp;Copy JWT</source>
        <translation>JWT &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;header line (Authorization: …)</source>
        <translation>Als &amp;Header-Zeile kopieren (Authorization: …)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url command</source>
        <translation>Als c&amp;url-Befehl kopieren</translation>
    </message>
    <message>
        <source>&amp;Renew the JWT automatically before expiry</source>
        <translation>JWT vor Ablauf &amp;automatisch erneuern</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before expiry</source>
        <translation>
            <numerusform>%n Minute vor Ablauf</numerusform>
            <numerusform>%n Minuten vor Ablauf</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Notify before expiry</source>
        <translation>Vor Ablauf &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when closed</source>
        <translation>Nach dem Schließen im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Request &amp;log…</source>
        <translation>Anfrage&amp;protokoll…</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich (System Tray).</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n min ahead of Nova Post&apos;s; the countdown uses the server&apos;s time.</source>
        <translation>
            <numerusform>Ihre Uhr geht gegenüber Nova Post %n min vor; der Countdown richtet sich nach der Serverzeit.</numerusform>
            <numerusform>Ihre Uhr geht gegenüber Nova Post %n min vor; der Countdown richtet sich nach der Serverzeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n min behind Nova Post&apos;s; the countdown uses the server&apos;s time.</source>
        <translation>
            <numerusform>Ihre Uhr geht gegenüber Nova Post %n min nach; der Countdown richtet sich nach der Serverzeit.</numerusform>
            <numerusform>Ihre Uhr geht gegenüber Nova Post %n min nach; der Countdown richtet sich nach der Serverzeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n s ahead of Nova Post&apos;s; the countdown uses the server&apos;s time.</source>
        <translation>
            <numerusform>Ihre Uhr geht gegenüber Nova Post %n s vor; der Countdown richtet sich nach der Serverzeit.</numerusform>
            <numerusform>Ihre Uhr geht gegenüber Nova Post %n s vor; der Countdown richtet sich nach der Serverzeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n s behind Nova Post&apos;s; the countdown uses the server&apos;s time.</source>
        <translation>
            <numerusform>Ihre Uhr geht gegenüber Nova Post %n s nach; der Countdown richtet sich nach der Serverzeit.</numerusform>
            <numerusform>Ihre Uhr geht gegenüber Nova Post %n s nach; der Countdown richtet sich nach der Serverzeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The language changes when the current request has finished. Choose it again then.</source>
        <translation>Die Sprache wechselt, sobald die laufende Anfrage abgeschlossen ist. Wählen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>Waiting for the keychain to be unlocked…</source>
        <translation>Warte auf das Entsperren des Schlüsselbunds…</translation>
    </message>
    <message>
        <source>No keychain could be used: keys are kept in memory for this session only.</source>
        <translation>Es konnte kein Schlüsselbund verwendet werden: Schlüssel werden nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Keys marked “This session only” are kept in memory; the others are stored in %1.</source>
        <translation>Mit „Nur diese Sitzung“ markierte Schlüssel werden im Arbeitsspeicher gehalten; die übrigen werden %1 gespeichert.</translation>
    </message>
    <message>
        <source>The test key stored for %1 still works: press Get JWT.</source>
        <translation>Der für %1 gespeicherte Testschlüssel gilt noch: „JWT abrufen“ drücken.</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>test key status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>test key status</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>&amp;When to renew automatically</source>
        <translation>&amp;Wann automatisch erneuern</translation>
    </message>
    <message numerus="yes">
        <source>Moves only the automatic renewal. The expiry warning still comes %n minute(s) before expiry.</source>
        <translation>
            <numerusform>Verschiebt nur die automatische Erneuerung. Die Warnung vor dem Ablauf kommt weiterhin %n Minute vorher.</numerusform>
            <numerusform>Verschiebt nur die automatische Erneuerung. Die Warnung vor dem Ablauf kommt weiterhin %n Minuten vorher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uses %1. Shortcut: %2.</source>
        <translation>Abruf mit %1. Tastenkürzel: %2.</translation>
    </message>
    <message>
        <source>There is no test key for %1 yet; Request test key (or %2) gets one.</source>
        <translation>Für %1 gibt es noch keinen Testschlüssel; „Testschlüssel anfordern“ (oder %2) holt einen.</translation>
    </message>
    <message numerus="yes">
        <source>A stored JWT is still valid for %n minute(s), so it was used without asking Nova Post. Use Token → Get a fresh JWT (%1) to ask anyway.</source>
        <translation>
            <numerusform>Ein gespeichertes JWT ist noch %n Minute gültig und wurde daher ohne Anfrage bei Nova Post verwendet. Mit „Token → JWT neu abrufen“ (%1) fragen Sie trotzdem an.</numerusform>
            <numerusform>Ein gespeichertes JWT ist noch %n Minuten gültig und wurde daher ohne Anfrage bei Nova Post verwendet. Mit „Token → JWT neu abrufen“ (%1) fragen Sie trotzdem an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask Nova Post for a JWT with the selected key (%1)</source>
        <translation>JWT mit dem ausgewählten Schlüssel bei Nova Post abrufen (%1)</translation>
    </message>
</context>
<context>
    <name>novapost::gui::MessageBanner</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>When this message was shown</source>
        <translation>Wann diese Meldung erschien</translation>
    </message>
</context>
<context>
    <name>novapost::gui::RequestLogDialog</name>
    <message>
        <source>Copy &amp;log</source>
        <translation>&amp;Protokoll kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Requests made since the program started. The apiKey is replaced by *** everywhere, so the log can be shared in a bug report.</source>
        <translation>Anfragen seit dem Programmstart. Der API-Schlüssel ist überall durch *** ersetzt, sodass Sie das Protokoll in einem Fehlerbericht weitergeben können.</translation>
    </message>
    <message>
        <source>Requests made in this session</source>
        <translation>Anfragen in dieser Sitzung</translation>
    </message>
    <message>
        <source>Copy the request log</source>
        <translation>Anfrageprotokoll kopieren</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Anfrageprotokoll leeren</translation>
    </message>
    <message>
        <source>Remove every request from the log? This cannot be undone.</source>
        <translation>Alle Anfragen aus dem Protokoll entfernen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>novapost::gui::SingleInstance</name>
    <message>
        <source>Starting the app again will open a second window, because the lock file %1 could not be created.</source>
        <translation>Ein erneuter Start der App öffnet ein zweites Fenster, weil die Sperrdatei %1 nicht angelegt werden konnte.</translation>
    </message>
    <message>
        <source>Starting the app again will open a second window, because this one cannot listen on %1 (%2).</source>
        <translation>Ein erneuter Start der App öffnet ein zweites Fenster, weil dieses nicht auf %1 lauschen kann (%2).</translation>
    </message>
</context>
<context>
    <name>novapost::gui::TokenPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>Copy JWT</source>
        <translation>JWT kopieren</translation>
    </message>
    <message>
        <source>Copied. Paste it into the Authorize dialog.</source>
        <translation>Kopiert. Fügen Sie es in den Authorize-Dialog ein.</translation>
    </message>
    <message>
        <source>Time left before the JWT expires</source>
        <translation>Verbleibende Zeit bis zum Ablauf des JWT</translation>
    </message>
    <message>
        <source>Production JWT</source>
        <translation>Produktions-JWT</translation>
    </message>
    <message>
        <source>Sandbox JWT</source>
        <translation>Sandbox-JWT</translation>
    </message>
    <message>
        <source>No token in this window.</source>
        <translation>Kein Token in diesem Fenster.</translation>
    </message>
    <message>
        <source>Production token from %1. It works on real shipments.</source>
        <translation>Produktionstoken, abgerufen mit %1. Es wirkt sich auf echte Sendungen aus.</translation>
    </message>
    <message>
        <source>Sandbox token from %1.</source>
        <translation>Sandbox-Token, abgerufen mit %1.</translation>
    </message>
    <message>
        <source>The token has no expiry claim; assuming it is valid until %1 local time (%2 UTC).</source>
        <translation>Das Token enthält keinen Ablauf-Claim; angenommen wird eine Gültigkeit bis %1 Ortszeit (%2 UTC).</translation>
    </message>
    <message>
        <source>Valid until %1 local time (%2 UTC).</source>
        <translation>Gültig bis %1 Ortszeit (%2 UTC).</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>Läuft ab in %1</translation>
    </message>
    <message>
        <source>The token expired and was removed from this window.</source>
        <translation>Das Token ist abgelaufen und wurde aus diesem Fenster entfernt.</translation>
    </message>
    <message>
        <source>Expired. Nova Post tokens last about an hour; get a new one to continue.</source>
        <translation>Abgelaufen. Tokens von Nova Post sind etwa eine Stunde gültig; rufen Sie ein neues ab, um fortzufahren.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Nova Post takes the token as it is, without “Bearer”: send the header “Authorization: &lt;token&gt;”.</source>
        <translation>Nova Post erwartet das Token unverändert, ohne „Bearer“: Senden Sie den Header „Authorization: &lt;token&gt;“.</translation>
    </message>
    <message>
        <source>Other ways to copy the JWT</source>
        <translation>Weitere Kopierformate für das JWT</translation>
    </message>
    <message>
        <source>Copy the JWT as an Authorization header line or a curl command</source>
        <translation>JWT als Authorization-Header-Zeile oder als curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Get &amp;JWT</source>
        <translation>&amp;JWT abrufen</translation>
    </message>
    <message>
        <source>Get JWT</source>
        <translation>JWT abrufen</translation>
    </message>
    <message>
        <source>Copy the JWT to the clipboard (%1)</source>
        <translation>JWT in die Zwischenablage kopieren (%1)</translation>
    </message>
    <message>
        <source>No JWT yet. Press Get JWT (%1).</source>
        <translation>Noch kein JWT. Klicken Sie auf „JWT abrufen“ (%1).</translation>
    </message>
    <message>
        <source>Use Copy or %1 to copy the JWT.</source>
        <translation>Zum Kopieren des JWT „Kopieren“ oder %1 verwenden.</translation>
    </message>
</context>
<context>
    <name>novapost::gui::TrayController</name>
    <message>
        <source>&amp;Copy JWT</source>
        <translation>JWT &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Fenster anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Nova Post JWT</source>
        <translation>Nova Post JWT</translation>
    </message>
    <message>
        <source>Nova Post JWT — %1: the token expires in %2.</source>
        <translation>Nova Post JWT — %1: Das Token läuft in %2 ab.</translation>
    </message>
    <message>
        <source>Nova Post JWT — %1: the token has expired.</source>
        <translation>Nova Post JWT — %1: Das Token ist abgelaufen.</translation>
    </message>
    <message>
        <source>Nova Post JWT — %1: no token yet.</source>
        <translation>Nova Post JWT — %1: noch kein Token.</translation>
    </message>
    <message>
        <source>The JWT expires soon</source>
        <translation>Das JWT läuft bald ab</translation>
    </message>
    <message>
        <source>The JWT has expired</source>
        <translation>Das JWT ist abgelaufen</translation>
    </message>
    <message>
        <source>The %1 JWT has expired. Get a new one to continue.</source>
        <translation>Das JWT (%1) ist abgelaufen. Rufen Sie ein neues ab, um fortzufahren.</translation>
    </message>
    <message>
        <source>Get a &amp;fresh JWT</source>
        <translation>JWT &amp;neu abrufen</translation>
    </message>
    <message>
        <source>The %1 JWT expires in %2.</source>
        <translation>Das JWT (%1) läuft in %2 ab.</translation>
    </message>
    <message>
        <source>Get a fresh JWT</source>
        <translation>JWT neu abrufen</translation>
    </message>
</context>
</TS>
