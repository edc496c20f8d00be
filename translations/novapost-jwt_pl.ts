<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>main</name>
    <message>
        <source>Nova Post JWT</source>
        <translation>Nova Post JWT</translation>
    </message>
    <message>
        <source>Gets a JWT for the Nova Post API and puts it on the clipboard.</source>
        <translation>Pobiera JWT do API Nova Post i kopiuje go do schowka.</translation>
    </message>
    <message>
        <source>Start in this environment.</source>
        <translation>Uruchom w tym środowisku.</translation>
    </message>
    <message>
        <source>Use this server instead of Nova Post&apos;s.</source>
        <translation>Używaj tego serwera zamiast serwera Nova Post.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Ufaj także certyfikatom CA z tego pliku PEM.</translation>
    </message>
    <message>
        <source>Use this language (en, uk, pl, de).</source>
        <translation>Używaj tego języka (en, uk, pl, de).</translation>
    </message>
    <message>
        <source>--env must be “sandbox” or “production”, not “%1”.</source>
        <translation>--env musi mieć wartość „sandbox” lub „production”, a nie „%1”.</translation>
    </message>
    <message>
        <source>The window that was already open has been brought to the front. It shows %1.</source>
        <translation>Okno, które było już otwarte, zostało przeniesione na wierzch. Pokazuje: %1.</translation>
    </message>
    <message>
        <source>--base-url, --ca-file and --lang only apply when the window starts. Quit the open window first to use them.</source>
        <translation>--base-url, --ca-file i --lang działają tylko przy uruchamianiu okna. Aby ich użyć, najpierw zamknij otwarte okno (Zakończ).</translation>
    </message>
    <message numerus="yes">
        <source>The window that is already open did not answer within %n second(s), so another one opens.</source>
        <translation>
            <numerusform>Okno, które jest już otwarte, nie odpowiedziało w ciągu %n sekundy, więc otwiera się kolejne.</numerusform>
            <numerusform>Okno, które jest już otwarte, nie odpowiedziało w ciągu %n sekund, więc otwiera się kolejne.</numerusform>
            <numerusform>Okno, które jest już otwarte, nie odpowiedziało w ciągu %n sekund, więc otwiera się kolejne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::ApiClient</name>
    <message>
        <source>The apiKey is empty.</source>
        <translation>Klucz API jest pusty.</translation>
    </message>
    <message numerus="yes">
        <source>The apiKey is %n character(s) long, far longer than a Nova Post key; check what was pasted.</source>
        <translation>
            <numerusform>Klucz API ma %n znak, czyli o wiele więcej niż klucz Nova Post; sprawdź, co zostało wklejone.</numerusform>
            <numerusform>Klucz API ma %n znaki, czyli o wiele więcej niż klucz Nova Post; sprawdź, co zostało wklejone.</numerusform>
            <numerusform>Klucz API ma %n znaków, czyli o wiele więcej niż klucz Nova Post; sprawdź, co zostało wklejone.</numerusform>
        </translation>
    </message>
    <message>
        <source>The apiKey contains a line break or another control character; paste it on one line.</source>
        <translation>Klucz API zawiera znak końca wiersza lub inny znak sterujący; wklej go w jednym wierszu.</translation>
    </message>
    <message>
        <source>The apiKey contains “%1”, which no Nova Post key has; check for stray quotes or spaces from copying.</source>
        <translation>Klucz API zawiera znak „%1”, który nie występuje w kluczach Nova Post; sprawdź, czy przy kopiowaniu nie dołączyły się cudzysłowy lub spacje.</translation>
    </message>
    <message>
        <source>Test keys exist only in the sandbox; in production, use the apiKey from your Nova Post manager or my.novapost.com.</source>
        <translation>Klucze testowe istnieją tylko w środowisku testowym; w środowisku produkcyjnym użyj klucza API od swojego opiekuna w Nova Post lub z my.novapost.com.</translation>
    </message>
</context>
<context>
    <name>novapost::ApiError</name>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 Odpowiedź serwera: %2</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation>Serwer odrzucił żądanie jako nieprawidłowe (HTTP 400).</translation>
    </message>
    <message>
        <source>The server did not accept the apiKey (HTTP 401). Check that it is complete and belongs to this environment.</source>
        <translation>Serwer nie przyjął klucza API (HTTP 401). Sprawdź, czy jest kompletny i czy należy do tego środowiska.</translation>
    </message>
    <message>
        <source>The apiKey is not allowed to do this (HTTP 403).</source>
        <translation>Ten klucz API nie ma uprawnień do tej operacji (HTTP 403).</translation>
    </message>
    <message>
        <source>The server did not find what was asked for (HTTP 404). For a test key, the phone must be registered on my.novapost.com.</source>
        <translation>Serwer nie znalazł żądanego zasobu (HTTP 404). Aby otrzymać klucz testowy, numer telefonu musi być zarejestrowany w my.novapost.com.</translation>
    </message>
    <message>
        <source>Several Nova Post clients share this phone number (HTTP 409); ask your manager which one to use.</source>
        <translation>Ten numer telefonu jest przypisany do kilku klientów Nova Post (HTTP 409); zapytaj swojego opiekuna, którego użyć.</translation>
    </message>
    <message>
        <source>The server could not process the request (HTTP 422).</source>
        <translation>Serwer nie mógł przetworzyć żądania (HTTP 422).</translation>
    </message>
    <message>
        <source>The Nova Post service is unavailable right now (HTTP 503). Try again in a moment.</source>
        <translation>Usługa Nova Post jest w tej chwili niedostępna (HTTP 503). Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The Nova Post service failed (HTTP %1). Try again in a moment.</source>
        <translation>Wystąpił błąd usługi Nova Post (HTTP %1). Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Serwer odrzucił żądanie (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Serwer odpowiedział nieoczekiwanym kodem stanu (HTTP %1).</translation>
    </message>
    <message>
        <source>The server did not find the authorization route (HTTP 404). Check the server URL.</source>
        <translation>Serwer nie znalazł ścieżki autoryzacji (HTTP 404). Sprawdź adres URL serwera.</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429). Wait a moment, then try again.</source>
        <translation>Zbyt wiele żądań (HTTP 429). Odczekaj chwilę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The server reported a conflict and issued no JWT (HTTP 409). Try again in a moment.</source>
        <translation>Serwer zgłosił konflikt i nie wydał JWT (HTTP 409). Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429): Nova Post allows one test key request a day per phone. Try again tomorrow.</source>
        <translation>Zbyt wiele żądań (HTTP 429): Nova Post pozwala poprosić o klucz testowy raz dziennie dla jednego numeru telefonu. Spróbuj ponownie jutro.</translation>
    </message>
</context>
<context>
    <name>novapost::ApiReply</name>
    <message>
        <source>The server&apos;s answer is larger than %1 KiB; it was not read.</source>
        <translation>Odpowiedź serwera jest większa niż %1 KiB; nie została odczytana.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Żądanie zostało anulowane.</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer from %1 within %n second(s).</source>
        <translation>
            <numerusform>Brak pełnej odpowiedzi od %1 w ciągu %n sekundy.</numerusform>
            <numerusform>Brak pełnej odpowiedzi od %1 w ciągu %n sekund.</numerusform>
            <numerusform>Brak pełnej odpowiedzi od %1 w ciągu %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere (%1); for safety the redirect was not followed. Check the server URL.</source>
        <translation>Serwer przekierował żądanie w inne miejsce (%1); ze względów bezpieczeństwa przekierowanie nie zostało wykonane. Sprawdź adres URL serwera.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2. If a corporate proxy inspects HTTPS, add its CA certificate.</source>
        <translation>Nie udało się zweryfikować bezpiecznego połączenia z %1: %2. Jeśli firmowy serwer proxy analizuje ruch HTTPS, dodaj jego certyfikat CA.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 odrzucił połączenie.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check your internet connection.</source>
        <translation>Nie znaleziono serwera o nazwie %1. Sprawdź połączenie z internetem.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Upłynął limit czasu połączenia z %1.</translation>
    </message>
    <message>
        <source>The proxy server failed: %1.</source>
        <translation>Błąd serwera proxy: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off before it was complete.</source>
        <translation>Odpowiedź serwera została przerwana, zanim dotarła w całości.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 zamknął połączenie bez odpowiedzi.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1.</source>
        <translation>Nie udało się odczytać odpowiedzi serwera: %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Połączenie z %1 nie powiodło się: %2.</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid JWT: %1</source>
        <translation>Serwer przesłał coś, co nie jest prawidłowym JWT: %1</translation>
    </message>
    <message>
        <source>The server sent a token that had already expired (at %1 UTC).</source>
        <translation>Serwer przesłał token, który już wygasł (%1 UTC).</translation>
    </message>
    <message>
        <source>The server sent a web page instead of JSON; a proxy or captive portal may be in the way.</source>
        <translation>Serwer przesłał stronę internetową zamiast JSON; być może po drodze jest serwer proxy lub portal logowania sieci (captive portal).</translation>
    </message>
</context>
<context>
    <name>novapost::AppSettings</name>
    <message>
        <source>The settings file could not be written because neither HOME nor XDG_CONFIG_HOME is set. Set HOME to your home folder, then try again.</source>
        <translation>Nie udało się zapisać pliku ustawień, ponieważ nie ustawiono ani HOME, ani XDG_CONFIG_HOME. Ustaw HOME na swój katalog domowy i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written. Make sure you can write to it and to its folder and that the disk is not full, then try again.</source>
        <translation>Nie udało się zapisać pliku ustawień %1. Upewnij się, że możesz zapisywać do niego i do jego katalogu oraz że dysk nie jest pełny, i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>novapost::CaCertificateFile</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Nie można odczytać %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate (no “-----BEGIN CERTIFICATE-----” block).</source>
        <translation>Plik %1 nie zawiera certyfikatu PEM (brak bloku „-----BEGIN CERTIFICATE-----”).</translation>
    </message>
</context>
<context>
    <name>novapost::Environment</name>
    <message>
        <source>Production</source>
        <translation>Produkcyjne</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Testowe</translation>
    </message>
    <message>
        <source>The server URL is empty.</source>
        <translation>Adres URL serwera jest pusty.</translation>
    </message>
    <message>
        <source>“%1” is not a server URL; write it in full, like https://api.novapost.com/v.1.0/.</source>
        <translation>„%1” nie jest adresem URL serwera; wpisz pełny adres, np. https://api.novapost.com/v.1.0/.</translation>
    </message>
    <message>
        <source>The server URL must start with https://.</source>
        <translation>Adres URL serwera musi zaczynać się od https://.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a server on this computer (localhost); use https:// for %1.</source>
        <translation>Zwykłe http:// jest dozwolone tylko dla serwera na tym komputerze (localhost); dla %1 użyj https://.</translation>
    </message>
    <message>
        <source>The server URL must not contain a query (?) or fragment (#).</source>
        <translation>Adres URL serwera nie może zawierać zapytania (?) ani fragmentu (#).</translation>
    </message>
    <message>
        <source>The server URL must not contain a user name or password.</source>
        <translation>Adres URL serwera nie może zawierać nazwy użytkownika ani hasła.</translation>
    </message>
</context>
<context>
    <name>novapost::JwtToken</name>
    <message>
        <source>The token is empty.</source>
        <translation>Token jest pusty.</translation>
    </message>
    <message>
        <source>The token is too long to be a JWT.</source>
        <translation>Token jest za długi, by mógł być JWT.</translation>
    </message>
    <message numerus="yes">
        <source>A JWT has three parts separated by dots; this one has %n part(s).</source>
        <translation>
            <numerusform>JWT składa się z trzech części rozdzielonych kropkami; ten ma %n część.</numerusform>
            <numerusform>JWT składa się z trzech części rozdzielonych kropkami; ten ma %n części.</numerusform>
            <numerusform>JWT składa się z trzech części rozdzielonych kropkami; ten ma %n części.</numerusform>
        </translation>
    </message>
    <message>
        <source>The JWT header is not valid base64url.</source>
        <translation>Nagłówek JWT nie jest prawidłowym base64url.</translation>
    </message>
    <message>
        <source>The JWT payload is not valid base64url.</source>
        <translation>Treść (payload) JWT nie jest prawidłowym base64url.</translation>
    </message>
    <message>
        <source>The JWT signature is not valid base64url.</source>
        <translation>Podpis JWT nie jest prawidłowym base64url.</translation>
    </message>
    <message>
        <source>The JWT header is not a JSON object.</source>
        <translation>Nagłówek JWT nie jest obiektem JSON.</translation>
    </message>
    <message>
        <source>The JWT payload is not a JSON object.</source>
        <translation>Treść (payload) JWT nie jest obiektem JSON.</translation>
    </message>
</context>
<context>
    <name>novapost::KeyStore</name>
    <message>
        <source>%1 The key is kept in memory and will be forgotten when the program ends.</source>
        <translation>%1 Klucz jest przechowywany w pamięci i zostanie zapomniany po zamknięciu programu.</translation>
    </message>
    <message>
        <source>A different production key is stored as “%1”, and “%2” would be confused with it. To replace that key, use the label “%1” exactly; to store another key, choose a clearly different label.</source>
        <translation>Inny klucz produkcyjny jest zapisany jako „%1” i „%2” łatwo z nim pomylić. Aby zastąpić tamten klucz, użyj dokładnie nazwy „%1”; aby zapisać kolejny klucz, wybierz wyraźnie inną nazwę.</translation>
    </message>
    <message>
        <source>The keychain could not be put back as it was: it now holds the new key.</source>
        <translation>Nie udało się przywrócić poprzedniego stanu pęku kluczy: zawiera on teraz nowy klucz.</translation>
    </message>
    <message>
        <source>The key was removed, but a JWT obtained with it is still cached until it expires.</source>
        <translation>Klucz został usunięty, ale uzyskany nim JWT pozostaje w pamięci podręcznej do czasu wygaśnięcia.</translation>
    </message>
</context>
<context>
    <name>novapost::KeychainSecretStore</name>
    <message>
        <source>The system keychain is locked or refused access (%1). Unlock it and try again.</source>
        <translation>Systemowy pęk kluczy jest zablokowany lub odmówił dostępu (%1). Odblokuj go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Systemowy pęk kluczy jest niedostępny (%1). Uruchom lub odblokuj swój pęk kluczy (np. GNOME Keyring lub KWallet) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1.</source>
        <translation>Systemowy pęk kluczy zgłosił błąd: %1.</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <extracomment>Where keys are stored; inserted into sentences such as &quot;Stored in %1.&quot; and &quot;Keys are stored in %1.&quot;</extracomment>
        <translation>pęku kluczy macOS</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>Menedżerze poświadczeń systemu Windows</translation>
    </message>
    <message>
        <source>the system keychain (Secret Service)</source>
        <translation>systemowym pęku kluczy (Secret Service)</translation>
    </message>
    <message>
        <source>The keychain is locked: unlock it and try again.</source>
        <translation>Pęk kluczy jest zablokowany: odblokuj go i spróbuj ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). If it asks to be unlocked, unlock it and try again.</source>
        <translation>
            <numerusform>Systemowy pęk kluczy nie odpowiedział w ciągu %n sekundy. Jeśli prosi o odblokowanie, odblokuj go i spróbuj ponownie.</numerusform>
            <numerusform>Systemowy pęk kluczy nie odpowiedział w ciągu %n sekund. Jeśli prosi o odblokowanie, odblokuj go i spróbuj ponownie.</numerusform>
            <numerusform>Systemowy pęk kluczy nie odpowiedział w ciągu %n sekund. Jeśli prosi o odblokowanie, odblokuj go i spróbuj ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain refused to give out the key. Unlock it and try again.</source>
        <translation>Pęk kluczy odmówił wydania klucza. Odblokuj go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The keychain did not delete the key.</source>
        <translation>Pęk kluczy nie usunął klucza.</translation>
    </message>
    <message>
        <source>the D-Bus session bus cannot be reached</source>
        <translation>magistrala sesji D-Bus jest niedostępna</translation>
    </message>
    <message>
        <source>the keyring has no default collection</source>
        <translation>pęk kluczy nie ma domyślnej kolekcji</translation>
    </message>
</context>
<context>
    <name>novapost::MemorySecretStore</name>
    <message>
        <source>The simulated keychain failed.</source>
        <translation>Błąd symulowanego pęku kluczy.</translation>
    </message>
    <message>
        <source>memory only, for this run</source>
        <extracomment>Where keys are kept without a keychain; inserted into sentences such as &quot;Stored in %1.&quot;</extracomment>
        <translation>pamięci, tylko na czas tego uruchomienia</translation>
    </message>
</context>
<context>
    <name>novapost::PhoneNumber</name>
    <message>
        <source>Enter the phone number registered on my.novapost.com.</source>
        <translation>Wpisz numer telefonu zarejestrowany w my.novapost.com.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, dashes, brackets and a leading +.</source>
        <translation>Numer telefonu może zawierać tylko cyfry, spacje, łączniki, nawiasy i znak + na początku.</translation>
    </message>
    <message>
        <source>Start the phone number with its country code, for example +49 for Germany.</source>
        <translation>Zacznij numer telefonu od kodu kraju, np. +48 dla Polski.</translation>
    </message>
    <message>
        <source>Nova Post does not issue sandbox test keys for Ukrainian (+380) numbers; get a key in the Ukrainian business cabinet instead.</source>
        <translation>Nova Post nie wydaje kluczy testowych dla ukraińskich numerów (+380); zamiast tego uzyskaj klucz w ukraińskim Kabinecie biznesowym.</translation>
    </message>
    <message numerus="yes">
        <source>The phone number is too short: a phone number has at least %n digit(s), including the country code.</source>
        <translation>
            <numerusform>Numer telefonu jest za krótki: musi mieć co najmniej %n cyfrę, wraz z kodem kraju.</numerusform>
            <numerusform>Numer telefonu jest za krótki: musi mieć co najmniej %n cyfry, wraz z kodem kraju.</numerusform>
            <numerusform>Numer telefonu jest za krótki: musi mieć co najmniej %n cyfr, wraz z kodem kraju.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone number is too long: a phone number has at most %n digit(s), including the country code.</source>
        <translation>
            <numerusform>Numer telefonu jest za długi: może mieć najwyżej %n cyfrę, wraz z kodem kraju.</numerusform>
            <numerusform>Numer telefonu jest za długi: może mieć najwyżej %n cyfry, wraz z kodem kraju.</numerusform>
            <numerusform>Numer telefonu jest za długi: może mieć najwyżej %n cyfr, wraz z kodem kraju.</numerusform>
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
        <translation>Czas</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metoda</translation>
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
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
</context>
<context>
    <name>novapost::ResponseParser</name>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Odpowiedź serwera nie jest obiektem JSON.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no “jwt” field.</source>
        <translation>Odpowiedź serwera nie zawiera pola „jwt”.</translation>
    </message>
    <message>
        <source>The server&apos;s “jwt” field is not a token.</source>
        <translation>Pole „jwt” w odpowiedzi serwera nie zawiera tokenu.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no test apiKey.</source>
        <translation>Odpowiedź serwera nie zawiera testowego apiKey.</translation>
    </message>
</context>
<context>
    <name>novapost::cli::CliApplication</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n godzinę</numerusform>
            <numerusform>%n godziny</numerusform>
            <numerusform>%n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>apiKey</source>
        <translation>apiKey</translation>
    </message>
    <message>
        <source>No sandbox phone given and none used before: pass --phone PHONE (after test-key or set-key), or pass the key with --api-key-stdin.</source>
        <translation>Nie podano numeru telefonu dla środowiska testowego, a żaden nie był wcześniej używany: podaj --phone TELEFON (po test-key lub set-key) albo przekaż klucz przez --api-key-stdin.</translation>
    </message>
    <message>
        <source>No sandbox apiKey is stored for +%1: run “novapost-jwt-cli test-key --phone %1” first, or pass the key with --api-key-stdin.</source>
        <translation>Brak zapisanego testowego klucza API dla +%1: najpierw uruchom „novapost-jwt-cli test-key --phone %1” albo przekaż klucz przez --api-key-stdin.</translation>
    </message>
    <message>
        <source>Test keys exist only in the sandbox; in production, use the apiKey from your Nova Post manager or my.novapost.com (store it with set-key).</source>
        <translation>Klucze testowe istnieją tylko w środowisku testowym; w środowisku produkcyjnym użyj klucza API od swojego opiekuna w Nova Post lub z my.novapost.com (zapisz go poleceniem set-key).</translation>
    </message>
    <message>
        <source>The test key for +%1 was issued but could not be stored. %2 Run again with --print to see it; the API repeats the same key within a day.</source>
        <translation>Klucz testowy dla +%1 został wydany, ale nie udało się go zapisać. %2 Uruchom polecenie ponownie z --print, aby go zobaczyć; w ciągu doby API zwraca ten sam klucz.</translation>
    </message>
    <message>
        <source>Reusing the test key requested today for +%1 (use --renew to ask the API again).</source>
        <translation>Ponownie użyto klucza testowego pobranego dziś dla +%1 (użyj --renew, aby ponownie odpytać API).</translation>
    </message>
    <message>
        <source>Test key for +%1 received.</source>
        <translation>Otrzymano klucz testowy dla +%1.</translation>
    </message>
    <message>
        <source>Status: %1; created %2; expires %3.</source>
        <translation>Status: %1; utworzono %2; wygasa %3.</translation>
    </message>
    <message>
        <source>Stored in %1.</source>
        <translation>Zapisano w %1.</translation>
    </message>
    <message>
        <source>No keys stored. Request a sandbox key with “test-key --phone PHONE”, or store a key with “set-key”.</source>
        <translation>Brak zapisanych kluczy. Poproś o klucz testowy poleceniem „test-key --phone TELEFON” albo zapisz klucz poleceniem „set-key”.</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ŚRODOWISKO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>UTWORZONO</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>WYGASA</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>OSTATNIO UŻYTY</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Keys are stored in %1.</source>
        <translation>Klucze są przechowywane w %1.</translation>
    </message>
    <message>
        <source>Stored the sandbox apiKey for +%1 in %2.</source>
        <translation>Zapisano testowy klucz API dla +%1 w %2.</translation>
    </message>
    <message>
        <source>Nothing was stored for that key; nothing to forget.</source>
        <translation>Dla tego klucza nic nie zapisano; nie ma czego zapominać.</translation>
    </message>
    <message>
        <source>Removed the sandbox apiKey for +%1.</source>
        <translation>Usunięto testowy klucz API dla +%1.</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Nagłówek:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Deklaracje (claims):</translation>
    </message>
    <message>
        <source>Issued:  %1</source>
        <translation>Wydano:  %1</translation>
    </message>
    <message>
        <source>Expires: unknown (the token has no usable exp claim)</source>
        <translation>Wygasa:  nieznane (token nie ma użytecznej deklaracji exp)</translation>
    </message>
    <message>
        <source>Expires: %1 (in %2)</source>
        <translation>Wygasa:  %1 (za %2)</translation>
    </message>
    <message>
        <source>Expires: %1 (expired %2 ago)</source>
        <translation>Wygasa:  %1 (wygasł %2 temu)</translation>
    </message>
    <message>
        <source>This command needs --phone PHONE: the number registered on my.novapost.com, with its country code.</source>
        <translation>To polecenie wymaga --phone TELEFON: numeru zarejestrowanego w my.novapost.com, wraz z kodem kraju.</translation>
    </message>
    <message>
        <source>The %1 on standard input is far too long.</source>
        <translation>Dane na standardowym wejściu (%1) są zdecydowanie za długie.</translation>
    </message>
    <message>
        <source>No %1 on standard input: pipe it in, for example “printf &apos;%s\n&apos; &quot;$KEY&quot; | novapost-jwt-cli ...”.</source>
        <translation>Brak danych na standardowym wejściu (%1): przekaż je potokiem, np. „printf &apos;%s\n&apos; &quot;$KEY&quot; | novapost-jwt-cli ...”.</translation>
    </message>
    <message>
        <source>No production apiKey “%1” is stored: store it with “novapost-jwt-cli --env production set-key”, or pass it with --api-key-stdin.</source>
        <translation>Brak zapisanego produkcyjnego klucza API „%1”: zapisz go poleceniem „novapost-jwt-cli --env production set-key” albo przekaż przez --api-key-stdin.</translation>
    </message>
    <message>
        <source>PHONE OR KEY</source>
        <translation>TELEFON/KLUCZ</translation>
    </message>
    <message>
        <source>Stored the production apiKey “%1” in %2.</source>
        <translation>Zapisano produkcyjny klucz API „%1” w %2.</translation>
    </message>
    <message>
        <source>Removed the production apiKey “%1”.</source>
        <translation>Usunięto produkcyjny klucz API „%1”.</translation>
    </message>
    <message>
        <source>Production keys belong to no phone; leave out --phone (name a key with --key).</source>
        <translation>Klucze produkcyjne nie są przypisane do numeru telefonu; pomiń --phone (klucz wskaż przez --key).</translation>
    </message>
    <message>
        <source>--key names a production key; in the sandbox, keys belong to phones: use --phone.</source>
        <translation>--key wskazuje klucz produkcyjny; w środowisku testowym klucze są przypisane do numerów telefonu: użyj --phone.</translation>
    </message>
    <message>
        <source>The output could not be written.</source>
        <translation>Nie udało się zapisać wyjścia.</translation>
    </message>
    <message>
        <source>waiting for the keychain to be unlocked…</source>
        <translation>oczekiwanie na odblokowanie pęku kluczy…</translation>
    </message>
    <message>
        <source>The JWT cache is skipped for this run: %1</source>
        <translation>Pamięć podręczna JWT jest w tym uruchomieniu pomijana: %1</translation>
    </message>
    <message>
        <source>The keychain did not give out the stored key. If it is locked, unlock it and try again; if the key was removed from it, store the key again.</source>
        <translation>Pęk kluczy nie wydał zapisanego klucza. Jeśli jest zablokowany, odblokuj go i spróbuj ponownie; jeśli klucz z niego usunięto, zapisz klucz ponownie.</translation>
    </message>
    <message>
        <source>No test key was requested: it could not be stored. %1</source>
        <translation>Nie zażądano klucza testowego: nie dałoby się go zapisać. %1</translation>
    </message>
    <message>
        <source>No production apiKey “%1” is stored, but one is stored as “%2”: use that label exactly.</source>
        <translation>Nie zapisano produkcyjnego apiKey „%1”, ale jest zapisany jako „%2”: użyj dokładnie tej nazwy.</translation>
    </message>
    <message>
        <source>The output could not be written: %1.</source>
        <translation>Nie udało się zapisać wyjścia: %1.</translation>
    </message>
    <message>
        <source>The environment variable NOVAPOST_API_KEY is set but empty.</source>
        <translation>Zmienna środowiskowa NOVAPOST_API_KEY jest ustawiona, ale pusta.</translation>
    </message>
    <message>
        <source>Enter the %1 and press Enter (it is not shown as you type):</source>
        <translation>Wpisz %1 i naciśnij Enter (wpisywany tekst nie jest widoczny):</translation>
    </message>
    <message>
        <source>The test key stored for +%1 still works: novapost-jwt-cli token --phone +%1 gets a JWT with it.</source>
        <translation>Klucz testowy zapisany dla +%1 nadal działa: novapost-jwt-cli token --phone +%1 pobierze z nim JWT.</translation>
    </message>
</context>
<context>
    <name>novapost::cli::CliParser</name>
    <message>
        <source>No command given; see novapost-jwt-cli --help.</source>
        <translation>Nie podano polecenia; zobacz novapost-jwt-cli --help.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”; see novapost-jwt-cli --help.</source>
        <translation>Nieoczekiwany argument „%1”; zobacz novapost-jwt-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command “%1”; see novapost-jwt-cli --help.</source>
        <translation>Nieznane polecenie „%1”; zobacz novapost-jwt-cli --help.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to the %2 command.</source>
        <translation>Opcja --%1 nie dotyczy polecenia %2.</translation>
    </message>
    <message>
        <source>Unknown environment “%1”; use sandbox or production.</source>
        <translation>Nieznane środowisko „%1”; użyj sandbox lub production.</translation>
    </message>
    <message>
        <source>The time-out must be a number of seconds between 0 and 3600.</source>
        <translation>Limit czasu musi być liczbą sekund od 0 do 3600.</translation>
    </message>
    <message>
        <source>The CA file “%1” cannot be read.</source>
        <translation>Nie można odczytać pliku CA „%1”.</translation>
    </message>
    <message>
        <source>The CA file “%1” holds no PEM certificate.</source>
        <translation>Plik CA „%1” nie zawiera certyfikatu PEM.</translation>
    </message>
    <message>
        <source>--min-ttl must be a number of minutes between 0 and 60.</source>
        <translation>--min-ttl musi być liczbą minut od 0 do 60.</translation>
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
        <translation>Użycie: novapost-jwt-cli [opcje] POLECENIE [opcje polecenia]

Pobiera tokeny JWT dla API Nova Post v.1.0 i zarządza kluczami API w systemowym pęku kluczy.

Polecenia:
  token [--phone TELEFON | --key NAZWA] [--api-key-stdin] [--min-ttl MINUTY] [--fresh]
                       Wypisuje sam JWT w jednym wierszu (--json: jwt, expiresAt, expiresIn).
                       Klucz API jest czytany ze stdin przy --api-key-stdin, a w przeciwnym
                       razie z pęku kluczy: klucz testowy dla --phone (lub ostatnio użytego
                       numeru) albo klucz produkcyjny --key (lub ostatnio użyty, domyślnie
                       &quot;default&quot;). Token zapisany w pęku kluczy jest używany ponownie, dopóki
                       zostało co najmniej --min-ttl minut (domyślnie 5); --fresh zawsze
                       pobiera nowy.
  test-key --phone TELEFON [--print] [--renew]
                       Tylko środowisko testowe: prosi o klucz testowy dla numeru
                       zarejestrowanego w my.novapost.com i zapisuje go. Klucz pobrany
                       dziś jest używany ponownie, chyba że podano --renew. --print
                       wypisuje klucz na stdout.
  keys                 Wyświetla zapisane klucze z datami i statusem (nigdy same klucze).
  set-key [--phone TELEFON | --key NAZWA]
                       Czyta klucz API ze stdin i zapisuje go: jako klucz produkcyjny
                       o nazwie NAZWA (jeden na firmę lub konto; domyślnie &quot;default&quot;)
                       albo jako klucz testowy dla --phone.
  forget [--phone TELEFON | --key NAZWA]
                       Usuwa klucz produkcyjny albo klucz testowy dla --phone.
  decode               Czyta JWT ze stdin i pokazuje nagłówek, deklaracje oraz ważność.

Opcje:
  --env sandbox|production   Środowisko (domyślnie: sandbox).
  --base-url URL             Inny serwer (https albo http na tym komputerze); reguły
                             środowiska pozostają bez zmian.
  --timeout SEKUNDY          Czas oczekiwania na serwer (domyślnie: 30).
  --ca-file PEM              Dodatkowo ufaj certyfikatom CA z tego pliku.
  --json                     Wynik do przetwarzania maszynowego.
  --lang JĘZYK               Język komunikatów: en, uk, pl lub de (domyślnie: systemowy).
  -h, --help                 Pokazuje tę pomoc.
  -v, --version              Pokazuje wersję.

Kody wyjścia:
  0  sukces
  2  błąd użycia lub danych wejściowych (nic nie zostało wysłane)
  3  odmowa uwierzytelnienia (HTTP 401/403)
  4  żądanie odrzucone (inne HTTP 4xx, np. 404, 409, 422, 429)
  5  usługa niedostępna lub błąd sieci (HTTP 5xx, limit czasu, brak połączenia)
  6  błąd TLS (nie udało się zweryfikować certyfikatu serwera)
  7  nieprawidłowa lub nieoczekiwana odpowiedź
  8  błąd pęku kluczy
  9  nie udało się zapisać pliku ustawień
  10 nie udało się zapisać wyjścia
</translation>
    </message>
    <message>
        <source>Help of one command:
  COMMAND --help, help COMMAND
                       Show what COMMAND does and the options it takes.
</source>
        <translation>Pomoc do jednego polecenia:
  POLECENIE --help, help POLECENIE
                       Pokazuje, co robi POLECENIE i jakie przyjmuje opcje.
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
        <translation>Zmienne środowiskowe:
  NOVAPOST_ENV         sandbox albo production, jak --env.
  NOVAPOST_BASE_URL    jak --base-url.
  NOVAPOST_TIMEOUT     sekundy, jak --timeout.
  NOVAPOST_API_KEY     klucz API dla token, gdy nie podano --api-key-stdin, --phone
                       ani --key; po odczytaniu jest usuwany ze środowiska.

Opcja podana w wierszu poleceń ma pierwszeństwo przed swoją zmienną.
</translation>
    </message>
    <message>
        <source>Unknown option %1; see novapost-jwt-cli --help.</source>
        <translation>Nieznana opcja %1; zobacz novapost-jwt-cli --help.</translation>
    </message>
    <message>
        <source>Unknown option %1; did you mean %2?</source>
        <translation>Nieznana opcja %1; czy chodziło o %2?</translation>
    </message>
    <message>
        <source>Unknown command “%1”; did you mean %2?</source>
        <translation>Nieznane polecenie „%1”; czy chodziło o %2?</translation>
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
        <translation>Użycie: novapost-jwt-cli [opcje] token [--phone TELEFON | --key NAZWA] [--api-key-stdin]
                        [--min-ttl MINUTY] [--fresh]

Wypisuje sam JWT w jednym wierszu (z --json: jwt, expiresAt, expiresIn, environment, cached).

Opcje polecenia token:
  --phone TELEFON    Użyj zapisanego klucza testowego tego numeru (domyślnie: ostatnio
                     użyty numer).
  --key NAZWA        Użyj zapisanego klucza produkcyjnego o tej nazwie (domyślnie: ostatnio
                     użyty, w przeciwnym razie &quot;default&quot;).
  --api-key-stdin    Czytaj klucz API ze standardowego wejścia zamiast z pęku kluczy.
  --min-ttl MINUTY   Używaj zapisanego JWT ponownie tylko, dopóki zostało co najmniej tyle
                     minut (domyślnie 5).
  --fresh            Zawsze proś API o nowy JWT.

Bez --phone, --key i --api-key-stdin używany jest klucz API ze zmiennej środowiskowej
NOVAPOST_API_KEY, jeśli jest ustawiona.
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
        <translation>Użycie: novapost-jwt-cli [opcje] test-key --phone TELEFON [--print] [--renew]

Tylko środowisko testowe: prosi o testowy klucz API dla numeru zarejestrowanego
w my.novapost.com i zapisuje go w pęku kluczy. Klucz pobrany dziś jest używany ponownie.

Opcje polecenia test-key:
  --phone TELEFON    Zarejestrowany numer z kodem kraju.
  --print            Wypisz klucz także na standardowe wyjście.
  --renew            Poproś API ponownie, nawet jeśli klucz pobrano już dziś.
</translation>
    </message>
    <message>
        <source>Usage: novapost-jwt-cli [options] keys

Lists the stored keys with their dates and status, never the keys themselves. With --json,
prints one JSON object (its fields are described in the README).

The keys command has no options of its own.
</source>
        <translation>Użycie: novapost-jwt-cli [opcje] keys

Wyświetla zapisane klucze z datami i statusem, nigdy same klucze. Z --json wypisuje
jeden obiekt JSON (jego pola opisuje README).

Polecenie keys nie ma własnych opcji.
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
        <translation>Użycie: novapost-jwt-cli [opcje] set-key [--phone TELEFON | --key NAZWA]

Czyta klucz API ze standardowego wejścia i zapisuje go w pęku kluczy. W terminalu prosi
o klucz i nie pokazuje wpisywanego tekstu.

Opcje polecenia set-key:
  --phone TELEFON    Środowisko testowe: numer, do którego należy klucz.
  --key NAZWA        Produkcja: nazwa klucza, jedna na firmę lub konto
                     (domyślnie &quot;default&quot;).
</translation>
    </message>
    <message>
        <source>Usage: novapost-jwt-cli [options] forget [--phone PHONE | --key LABEL]

Removes a stored key and the JWTs cached with it.

Options of forget:
  --phone PHONE      Sandbox: the phone whose key is removed.
  --key LABEL        Production: the label of the key to remove (default &quot;default&quot;).
</source>
        <translation>Użycie: novapost-jwt-cli [opcje] forget [--phone TELEFON | --key NAZWA]

Usuwa zapisany klucz i tokeny JWT zapisane razem z nim.

Opcje polecenia forget:
  --phone TELEFON    Środowisko testowe: numer, którego klucz jest usuwany.
  --key NAZWA        Produkcja: nazwa usuwanego klucza (domyślnie &quot;default&quot;).
</translation>
    </message>
    <message>
        <source>Usage: novapost-jwt-cli [options] decode

Reads a JWT from standard input and shows its header, claims and expiry. Nothing is sent.

The decode command has no options of its own.
</source>
        <translation>Użycie: novapost-jwt-cli [opcje] decode

Czyta JWT ze standardowego wejścia i pokazuje nagłówek, deklaracje oraz ważność. Nic nie
jest wysyłane.

Polecenie decode nie ma własnych opcji.
</translation>
    </message>
    <message>
        <source>Options for every command (--env, --base-url, --timeout, --ca-file, --json, --lang)
and the exit codes: see novapost-jwt-cli --help.
</source>
        <translation>Opcje wszystkich poleceń (--env, --base-url, --timeout, --ca-file, --json, --lang)
i kody wyjścia: zobacz novapost-jwt-cli --help.
</translation>
    </message>
    <message>
        <source>The environment variable NOVAPOST_ENV is “%1”; use sandbox or production.</source>
        <translation>Zmienna środowiskowa NOVAPOST_ENV ma wartość „%1”; użyj sandbox albo production.</translation>
    </message>
    <message>
        <source>The environment variable NOVAPOST_BASE_URL cannot be used: %1</source>
        <translation>Nie można użyć zmiennej środowiskowej NOVAPOST_BASE_URL: %1</translation>
    </message>
    <message>
        <source>The environment variable NOVAPOST_TIMEOUT must be a number of seconds between 0 and 3600.</source>
        <translation>Zmienna środowiskowa NOVAPOST_TIMEOUT musi być liczbą sekund od 0 do 3600.</translation>
    </message>
</context>
<context>
    <name>novapost::gui::ClaimsPanel</name>
    <message>
        <source>Claims in the token</source>
        <translation>Deklaracje w tokenie</translation>
    </message>
    <message>
        <source>Show the claims in the token</source>
        <translation>Pokaż deklaracje w tokenie</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Deklaracja</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Hide the claims in the token</source>
        <translation>Ukryj deklaracje w tokenie</translation>
    </message>
    <message>
        <source>%1 local time (%2)</source>
        <translation>%1 czasu lokalnego (%2)</translation>
    </message>
    <message>
        <source>Issued at (iat)</source>
        <translation>Wydano (iat)</translation>
    </message>
    <message>
        <source>Expires at (exp)</source>
        <translation>Wygasa (exp)</translation>
    </message>
    <message>
        <source>Client id (cid)</source>
        <translation>Identyfikator klienta (cid)</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Nagłówek</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Treść (payload)</translation>
    </message>
</context>
<context>
    <name>novapost::gui::ClipboardDelayMenu</name>
    <message>
        <source>&amp;Clear clipboard after</source>
        <translation>&amp;Czyść schowek</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <comment>clipboard clearing delay</comment>
        <translation>
            <numerusform>Po %n sekundzie</numerusform>
            <numerusform>Po %n sekundach</numerusform>
            <numerusform>Po %n sekundach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>clipboard clearing delay</comment>
        <translation>
            <numerusform>Po %n minucie</numerusform>
            <numerusform>Po %n minutach</numerusform>
            <numerusform>Po %n minutach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::gui::ClipboardStatusWidget</name>
    <message>
        <source>C&amp;lear now</source>
        <translation>Wyczyść t&amp;eraz</translation>
    </message>
    <message>
        <source>Clear the clipboard now</source>
        <translation>Wyczyść schowek teraz</translation>
    </message>
    <message>
        <source>Remove the JWT from the clipboard now</source>
        <translation>Usuń teraz JWT ze schowka</translation>
    </message>
    <message>
        <source>Clipboard clears in %1</source>
        <translation>Czyszczenie schowka za %1</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Schowek zostanie wyczyszczony za %n sekundę.</numerusform>
            <numerusform>Schowek zostanie wyczyszczony za %n sekundy.</numerusform>
            <numerusform>Schowek zostanie wyczyszczony za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>The JWT stays on the clipboard until it expires.</source>
        <translation>JWT pozostanie w schowku do wygaśnięcia.</translation>
    </message>
    <message>
        <source>%1 JWT on the clipboard · clears in %2</source>
        <extracomment>%1 is the environment (Sandbox or Production), %2 the time left as m:ss.</extracomment>
        <translation>JWT (%1) w schowku · wyczyszczenie za %2</translation>
    </message>
    <message>
        <source>%1 JWT on the clipboard until it expires</source>
        <extracomment>%1 is the environment (Sandbox or Production).</extracomment>
        <translation>JWT (%1) w schowku do wygaśnięcia</translation>
    </message>
    <message numerus="yes">
        <source>The %1 JWT on the clipboard is cleared in %n second(s).</source>
        <extracomment>%1 is the environment (Sandbox or Production).</extracomment>
        <translation>
            <numerusform>JWT (%1) w schowku zostanie wyczyszczony za %n sekundę.</numerusform>
            <numerusform>JWT (%1) w schowku zostanie wyczyszczony za %n sekundy.</numerusform>
            <numerusform>JWT (%1) w schowku zostanie wyczyszczony za %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::gui::DesktopNotifier</name>
    <message>
        <source>This system has no desktop notification service.</source>
        <translation>Ten system nie ma usługi powiadomień pulpitu.</translation>
    </message>
    <message>
        <source>There is no D-Bus session, so no desktop notification can be shown.</source>
        <translation>Brak sesji D-Bus, więc nie można wyświetlić powiadomienia pulpitu.</translation>
    </message>
    <message>
        <source>No desktop notification service answered: %1</source>
        <translation>Żadna usługa powiadomień pulpitu nie odpowiedziała: %1</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Pokaż okno</translation>
    </message>
    <message>
        <source>The desktop notification service refused the notification: %1</source>
        <translation>Usługa powiadomień pulpitu odrzuciła powiadomienie: %1</translation>
    </message>
</context>
<context>
    <name>novapost::gui::ExtraCaCertificates</name>
    <message>
        <source>The extra CA certificates could not be loaded, so only the system&apos;s certificates are trusted. %1</source>
        <translation>Nie udało się wczytać dodatkowych certyfikatów CA, więc zaufane są tylko certyfikaty systemowe. %1</translation>
    </message>
    <message>
        <source>&amp;Trusted CA certificates…</source>
        <translation>&amp;Zaufane certyfikaty CA…</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in a PEM file, for a company proxy that inspects TLS.</source>
        <translation>Dodatkowo ufaj certyfikatom CA z pliku PEM, np. dla firmowego serwera proxy, który analizuje ruch TLS.</translation>
    </message>
    <message>
        <source>Remove e&amp;xtra CA certificates</source>
        <translation>&amp;Usuń dodatkowe certyfikaty CA</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Zaufane certyfikaty CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certyfikaty PEM (*.pem *.crt *.cer);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>%1 The CA certificates from %2 stay in use.</source>
        <translation>%1 Nadal używane są certyfikaty CA z pliku %2.</translation>
    </message>
    <message numerus="yes">
        <source>Connections now also trust the %n CA certificate(s) in %1.</source>
        <translation>
            <numerusform>Połączenia ufają teraz także %n certyfikatowi CA z pliku %1.</numerusform>
            <numerusform>Połączenia ufają teraz także %n certyfikatom CA z pliku %1.</numerusform>
            <numerusform>Połączenia ufają teraz także %n certyfikatom CA z pliku %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The extra CA certificates were removed; only the system&apos;s certificates are trusted.</source>
        <translation>Usunięto dodatkowe certyfikaty CA; zaufane są tylko certyfikaty systemowe.</translation>
    </message>
    <message>
        <source>Extra CAs (--ca-file): %1</source>
        <translation>Dodatkowe CA (--ca-file): %1</translation>
    </message>
    <message>
        <source>Extra CAs: %1</source>
        <translation>Dodatkowe CA: %1</translation>
    </message>
    <message numerus="yes">
        <source>Besides the system&apos;s certificates, %n CA certificate(s) from %1 are trusted.</source>
        <translation>
            <numerusform>Oprócz certyfikatów systemowych zaufany jest %n certyfikat CA z pliku %1.</numerusform>
            <numerusform>Oprócz certyfikatów systemowych zaufane są %n certyfikaty CA z pliku %1.</numerusform>
            <numerusform>Oprócz certyfikatów systemowych zaufanych jest %n certyfikatów CA z pliku %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::gui::LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Język systemu</translation>
    </message>
</context>
<context>
    <name>novapost::gui::MainWindow</name>
    <message>
        <source>PRODUCTION: tokens from here act on real shipments and real money.</source>
        <translation>PRODUKCJA: tokeny uzyskane tutaj dotyczą prawdziwych przesyłek i prawdziwych pieniędzy.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;How to use the JWT in the API documentation&apos;s Authorize dialog&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Jak użyć JWT w oknie Authorize dokumentacji API&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the Nova Post documentation on using the JWT</source>
        <translation>Otwórz dokumentację Nova Post o używaniu JWT</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Nova Post API &amp;documentation</source>
        <translation>&amp;Dokumentacja API Nova Post</translation>
    </message>
    <message>
        <source>&amp;About novapost-jwt</source>
        <translation>&amp;O programie novapost-jwt</translation>
    </message>
    <message>
        <source>About novapost-jwt</source>
        <translation>O programie novapost-jwt</translation>
    </message>
    <message>
        <source>novapost-jwt %1
JWTs for the Nova Post API v.1.0, with apiKeys kept in the system keychain.</source>
        <translation>novapost-jwt %1
Tokeny JWT dla API Nova Post v.1.0; klucze API są przechowywane w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Środowisko</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>Ś&amp;rodowisko:</translation>
    </message>
    <message>
        <source>Sandbox test key</source>
        <translation>Klucz testowy</translation>
    </message>
    <message>
        <source>+49 821 343 7654</source>
        <translation>+48 123 456 789</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <source>The phone number registered on my.novapost.com, with its country code.</source>
        <translation>Numer telefonu zarejestrowany w my.novapost.com, wraz z kodem kraju.</translation>
    </message>
    <message>
        <source>&amp;Request test key</source>
        <translation>P&amp;oproś o klucz testowy</translation>
    </message>
    <message>
        <source>Request test key</source>
        <translation>Poproś o klucz testowy</translation>
    </message>
    <message>
        <source>Ask Nova Post for this phone&apos;s sandbox key (one request a day per phone).</source>
        <translation>Poproś Nova Post o klucz testowy dla tego numeru (jedno żądanie dziennie na numer).</translation>
    </message>
    <message>
        <source>Stored test keys</source>
        <translation>Zapisane klucze testowe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Ostatnio użyty</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Przechowywanie</translation>
    </message>
    <message>
        <source>Re&amp;new</source>
        <translation>O&amp;dnów</translation>
    </message>
    <message>
        <source>Renew the selected test key</source>
        <translation>Odnów wybrany klucz testowy</translation>
    </message>
    <message>
        <source>Request the selected phone&apos;s key again, even if it was requested today.</source>
        <translation>Poproś ponownie o klucz dla wybranego numeru, nawet jeśli dziś już o niego proszono.</translation>
    </message>
    <message>
        <source>Remove the selected test key</source>
        <translation>Usuń wybrany klucz testowy</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Production key</source>
        <translation>Klucz produkcyjny</translation>
    </message>
    <message>
        <source>Test keys exist only in the sandbox. For production, create an API key on my.novapost.com under Integrations → API Keys (Ukrainian clients: Business cabinet → Settings → Security), then paste it here.</source>
        <translation>Klucze testowe istnieją tylko w środowisku testowym. Dla środowiska produkcyjnego utwórz klucz API w my.novapost.com w sekcji Integracje → Klucze API (klienci z Ukrainy: Kabinet biznesowy → Ustawienia → Bezpieczeństwo), a następnie wklej go tutaj.</translation>
    </message>
    <message>
        <source>Paste the production apiKey</source>
        <translation>Wklej produkcyjny klucz API</translation>
    </message>
    <message>
        <source>Production API key</source>
        <translation>Produkcyjny klucz API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Show the production key</source>
        <translation>Pokaż klucz produkcyjny</translation>
    </message>
    <message>
        <source>Show or hide the key you are typing</source>
        <translation>Pokaż lub ukryj wpisywany klucz</translation>
    </message>
    <message>
        <source>Save the production key to the keychain</source>
        <translation>Zapisz klucz produkcyjny w pęku kluczy</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>Zapo&amp;mnij…</translation>
    </message>
    <message>
        <source>Forget the saved production key</source>
        <translation>Zapomnij zapisany klucz produkcyjny</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Klucz &amp;API:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>Hide the production key</source>
        <translation>Ukryj klucz produkcyjny</translation>
    </message>
    <message>
        <source>&amp;Get JWT</source>
        <translation>&amp;Pobierz JWT</translation>
    </message>
    <message>
        <source>Get JWT</source>
        <translation>Pobierz JWT</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel the running request</source>
        <translation>Anuluj trwające żądanie</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Trwa żądanie</translation>
    </message>
    <message>
        <source>Server: %1 (overridden with --base-url)</source>
        <translation>Serwer: %1 (zmieniony przez --base-url)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serwer: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>brak danych</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Tylko ta sesja</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Pęk kluczy</translation>
    </message>
    <message>
        <source>No keychain was available; this key is forgotten when the program ends.</source>
        <translation>Pęk kluczy był niedostępny; ten klucz zostanie zapomniany po zamknięciu programu.</translation>
    </message>
    <message>
        <source>Keys are stored in %1.</source>
        <translation>Klucze są przechowywane w %1.</translation>
    </message>
    <message>
        <source>Keys are kept in %1; they are forgotten when the program ends.</source>
        <translation>Klucze są przechowywane w %1; zostaną zapomniane po zamknięciu programu.</translation>
    </message>
    <message>
        <source>No test keys stored yet. %1</source>
        <translation>Nie zapisano jeszcze żadnych kluczy testowych. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n test key(s) stored. %1</source>
        <translation>
            <numerusform>%n zapisany klucz testowy. %1</numerusform>
            <numerusform>%n zapisane klucze testowe. %1</numerusform>
            <numerusform>%n zapisanych kluczy testowych. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the phone number registered on my.novapost.com, with its country code.</source>
        <translation>Wpisz numer telefonu zarejestrowany w my.novapost.com, wraz z kodem kraju.</translation>
    </message>
    <message>
        <source>Sent as %1. A test key is stored, valid until %2.</source>
        <extracomment>%1 is the phone number as digits, exactly as it will be sent to Nova Post.</extracomment>
        <translation>Numer zostanie wysłany jako %1. Klucz testowy jest zapisany i ważny do %2.</translation>
    </message>
    <message>
        <source>Sent as %1. A test key is stored.</source>
        <translation>Numer zostanie wysłany jako %1. Klucz testowy jest zapisany.</translation>
    </message>
    <message>
        <source>Sent as %1. No test key stored yet for this number.</source>
        <translation>Numer zostanie wysłany jako %1. Dla tego numeru nie zapisano jeszcze klucza testowego.</translation>
    </message>
    <message>
        <source>No production key saved yet.</source>
        <translation>Nie zapisano jeszcze klucza produkcyjnego.</translation>
    </message>
    <message>
        <source>A production key is saved in %1 (last used %2).</source>
        <translation>Klucz produkcyjny jest zapisany w %1 (ostatnio użyty %2).</translation>
    </message>
    <message>
        <source>A production key is saved in %1.</source>
        <translation>Klucz produkcyjny jest zapisany w %1.</translation>
    </message>
    <message>
        <source>A request is running; wait for it or cancel it.</source>
        <translation>Trwa żądanie; zaczekaj na jego zakończenie lub je anuluj.</translation>
    </message>
    <message>
        <source>Save a production key first to get a JWT.</source>
        <translation>Aby pobrać JWT, najpierw zapisz klucz produkcyjny.</translation>
    </message>
    <message>
        <source>Enter a phone number with a stored test key to get a JWT.</source>
        <translation>Aby pobrać JWT, wpisz numer telefonu, dla którego zapisano klucz testowy.</translation>
    </message>
    <message>
        <source>the saved production key</source>
        <extracomment>Which key made a token; inserted into &quot;Uses %1.&quot;, &quot;Getting a JWT with %1…&quot; and similar.</extracomment>
        <translation>zapisanego klucza produkcyjnego</translation>
    </message>
    <message>
        <source>the test key for %1</source>
        <extracomment>Which key made a token; %1 is a phone number. Inserted into &quot;Uses %1.&quot; and similar.</extracomment>
        <translation>klucza testowego dla %1</translation>
    </message>
    <message>
        <source>A test key for %1 was already requested today, so the stored key is used without asking again. Use Renew to ask Nova Post anyway.</source>
        <translation>O klucz testowy dla %1 już dziś proszono, więc zostanie użyty zapisany klucz bez ponownego żądania. Użyj przycisku Odnów, aby mimo to poprosić Nova Post.</translation>
    </message>
    <message>
        <source>Requesting a test key for %1…</source>
        <translation>Pobieranie klucza testowego dla %1…</translation>
    </message>
    <message>
        <source>Test key for %1 saved; it is valid until %2. Press Get JWT next.</source>
        <translation>Zapisano klucz testowy dla %1; jest ważny do %2. Teraz naciśnij Pobierz JWT.</translation>
    </message>
    <message>
        <source>Test key for %1 saved. Press Get JWT next.</source>
        <translation>Zapisano klucz testowy dla %1. Teraz naciśnij Pobierz JWT.</translation>
    </message>
    <message>
        <source>Remove test key</source>
        <translation>Usuń klucz testowy</translation>
    </message>
    <message>
        <source>Remove the stored test key for %1? You can request it again later, once a day.</source>
        <translation>Usunąć zapisany klucz testowy dla %1? Później możesz poprosić o niego ponownie, raz dziennie.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>The test key for %1 was removed.</source>
        <translation>Usunięto klucz testowy dla %1.</translation>
    </message>
    <message>
        <source>The production key was saved. Press Get JWT next.</source>
        <translation>Zapisano klucz produkcyjny. Teraz naciśnij Pobierz JWT.</translation>
    </message>
    <message>
        <source>Forget production key</source>
        <translation>Zapomnij klucz produkcyjny</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Zapomnij</translation>
    </message>
    <message>
        <source>The production key was forgotten.</source>
        <translation>Klucz produkcyjny został zapomniany.</translation>
    </message>
    <message>
        <source>Getting a JWT with %1…</source>
        <translation>Pobieranie JWT za pomocą %1…</translation>
    </message>
    <message>
        <source>The keychain no longer holds the test key for %1. Renew it to store it again.</source>
        <translation>W pęku kluczy nie ma już klucza testowego dla %1. Odnów go, aby zapisać go ponownie.</translation>
    </message>
    <message>
        <source>The keychain no longer holds the production key. Paste and save it again.</source>
        <translation>W pęku kluczy nie ma już klucza produkcyjnego. Wklej go i zapisz ponownie.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Żądanie zostało anulowane.</translation>
    </message>
    <message>
        <source>Rem&amp;ove…</source>
        <translation>U&amp;suń…</translation>
    </message>
    <message>
        <source>S&amp;ave to keychain</source>
        <translation>&amp;Zapisz w pęku kluczy</translation>
    </message>
    <message>
        <source>Saved production key to use</source>
        <translation>Zapisany klucz produkcyjny do użycia</translation>
    </message>
    <message>
        <source>&amp;Use key:</source>
        <translation>Uż&amp;yj klucza:</translation>
    </message>
    <message>
        <source>For example: Acme Sp. z o.o.</source>
        <translation>Na przykład: Acme Sp. z o.o.</translation>
    </message>
    <message>
        <source>Company or account of the new key</source>
        <translation>Firma lub konto nowego klucza</translation>
    </message>
    <message>
        <source>Company or acc&amp;ount:</source>
        <translation>Firma lub ko&amp;nto:</translation>
    </message>
    <message>
        <source>A production key is kept in memory for this session only.</source>
        <translation>Klucz produkcyjny jest przechowywany w pamięci tylko na czas tej sesji.</translation>
    </message>
    <message>
        <source>A production key is kept in memory for this session only (last used %1).</source>
        <translation>Klucz produkcyjny jest przechowywany w pamięci tylko na czas tej sesji (ostatnio użyty %1).</translation>
    </message>
    <message>
        <source>the production key “%1”</source>
        <extracomment>Which key made a token; inserted into &quot;Uses %1.&quot;, &quot;Getting a JWT with %1…&quot; and similar.</extracomment>
        <translation>klucza produkcyjnego „%1”</translation>
    </message>
    <message>
        <source>Remove the production key “%1” from %2? You will need to paste it again to get production tokens with it.</source>
        <translation>Usunąć klucz produkcyjny „%1” zapisany w %2? Aby pobierać za jego pomocą tokeny produkcyjne, trzeba będzie wkleić go ponownie.</translation>
    </message>
    <message>
        <source>Renewing the JWT with %1…</source>
        <translation>Odnawianie JWT za pomocą %1…</translation>
    </message>
    <message numerus="yes">
        <source>Renewing the JWT automatically failed: %1 The next try is in %n second(s); the current token stays usable until it expires.</source>
        <translation>
            <numerusform>Automatyczne odnowienie JWT nie powiodło się: %1 Następna próba za %n sekundę; bieżącego tokenu można używać do jego wygaśnięcia.</numerusform>
            <numerusform>Automatyczne odnowienie JWT nie powiodło się: %1 Następna próba za %n sekundy; bieżącego tokenu można używać do jego wygaśnięcia.</numerusform>
            <numerusform>Automatyczne odnowienie JWT nie powiodło się: %1 Następna próba za %n sekund; bieżącego tokenu można używać do jego wygaśnięcia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Get a &amp;fresh JWT</source>
        <translation>Wymuś &amp;nowy JWT</translation>
    </message>
    <message>
        <source>Ask Nova Post for a new JWT even if a stored one is still valid</source>
        <translation>Poproś Nova Post o nowy JWT, nawet jeśli zapisany jest nadal ważny</translation>
    </message>
    <message>
        <source>&amp;Copy JWT</source>
        <translation>&amp;Kopiuj JWT</translation>
    </message>
    <message>
        <source>Copy as &amp;header line (Authorization: …)</source>
        <translation>Kopiuj jako &amp;wiersz nagłówka (Authorization: …)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url command</source>
        <translation>Kopiuj jako polecenie c&amp;url</translation>
    </message>
    <message>
        <source>&amp;Renew the JWT automatically before expiry</source>
        <translation>&amp;Odnawiaj JWT automatycznie przed wygaśnięciem</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before expiry</source>
        <translation>
            <numerusform>%n minutę przed wygaśnięciem</numerusform>
            <numerusform>%n minuty przed wygaśnięciem</numerusform>
            <numerusform>%n minut przed wygaśnięciem</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Notify before expiry</source>
        <translation>&amp;Powiadamiaj przed wygaśnięciem</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when closed</source>
        <translation>&amp;Działaj w zasobniku po zamknięciu okna</translation>
    </message>
    <message>
        <source>Request &amp;log…</source>
        <translation>&amp;Dziennik żądań…</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Ten pulpit nie ma zasobnika systemowego.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślny</translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n min ahead of Nova Post&apos;s; the countdown uses the server&apos;s time.</source>
        <translation>
            <numerusform>Twój zegar spieszy się o %n min względem zegara Nova Post; odliczanie korzysta z czasu serwera.</numerusform>
            <numerusform>Twój zegar spieszy się o %n min względem zegara Nova Post; odliczanie korzysta z czasu serwera.</numerusform>
            <numerusform>Twój zegar spieszy się o %n min względem zegara Nova Post; odliczanie korzysta z czasu serwera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n min behind Nova Post&apos;s; the countdown uses the server&apos;s time.</source>
        <translation>
            <numerusform>Twój zegar spóźnia się o %n min względem zegara Nova Post; odliczanie korzysta z czasu serwera.</numerusform>
            <numerusform>Twój zegar spóźnia się o %n min względem zegara Nova Post; odliczanie korzysta z czasu serwera.</numerusform>
            <numerusform>Twój zegar spóźnia się o %n min względem zegara Nova Post; odliczanie korzysta z czasu serwera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n s ahead of Nova Post&apos;s; the countdown uses the server&apos;s time.</source>
        <translation>
            <numerusform>Twój zegar spieszy się o %n s względem zegara Nova Post; odliczanie korzysta z czasu serwera.</numerusform>
            <numerusform>Twój zegar spieszy się o %n s względem zegara Nova Post; odliczanie korzysta z czasu serwera.</numerusform>
            <numerusform>Twój zegar spieszy się o %n s względem zegara Nova Post; odliczanie korzysta z czasu serwera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n s behind Nova Post&apos;s; the countdown uses the server&apos;s time.</source>
        <translation>
            <numerusform>Twój zegar spóźnia się o %n s względem zegara Nova Post; odliczanie korzysta z czasu serwera.</numerusform>
            <numerusform>Twój zegar spóźnia się o %n s względem zegara Nova Post; odliczanie korzysta z czasu serwera.</numerusform>
            <numerusform>Twój zegar spóźnia się o %n s względem zegara Nova Post; odliczanie korzysta z czasu serwera.</numerusform>
        </translation>
    </message>
    <message>
        <source>The language changes when the current request has finished. Choose it again then.</source>
        <translation>Język zmieni się po zakończeniu bieżącego żądania. Wybierz go wtedy ponownie.</translation>
    </message>
    <message>
        <source>Waiting for the keychain to be unlocked…</source>
        <translation>Oczekiwanie na odblokowanie pęku kluczy…</translation>
    </message>
    <message>
        <source>No keychain could be used: keys are kept in memory for this session only.</source>
        <translation>Nie można było użyć żadnego pęku kluczy: klucze są przechowywane w pamięci tylko na czas tej sesji.</translation>
    </message>
    <message>
        <source>Keys marked “This session only” are kept in memory; the others are stored in %1.</source>
        <translation>Klucze oznaczone „Tylko ta sesja” są przechowywane w pamięci; pozostałe w %1.</translation>
    </message>
    <message>
        <source>The test key stored for %1 still works: press Get JWT.</source>
        <translation>Klucz testowy zapisany dla %1 nadal działa: naciśnij Pobierz JWT.</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>test key status</comment>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>test key status</comment>
        <translation>Wygasł</translation>
    </message>
    <message>
        <source>&amp;When to renew automatically</source>
        <translation>&amp;Kiedy odnawiać automatycznie</translation>
    </message>
    <message numerus="yes">
        <source>Moves only the automatic renewal. The expiry warning still comes %n minute(s) before expiry.</source>
        <translation>
            <numerusform>Zmienia tylko moment automatycznego odnowienia. Ostrzeżenie o wygaśnięciu nadal pojawia się %n minutę przed nim.</numerusform>
            <numerusform>Zmienia tylko moment automatycznego odnowienia. Ostrzeżenie o wygaśnięciu nadal pojawia się %n minuty przed nim.</numerusform>
            <numerusform>Zmienia tylko moment automatycznego odnowienia. Ostrzeżenie o wygaśnięciu nadal pojawia się %n minut przed nim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uses %1. Shortcut: %2.</source>
        <translation>Używa %1. Skrót: %2.</translation>
    </message>
    <message>
        <source>There is no test key for %1 yet; Request test key (or %2) gets one.</source>
        <translation>Dla %1 nie ma jeszcze klucza testowego; „Poproś o klucz testowy” (lub %2) go pobierze.</translation>
    </message>
    <message numerus="yes">
        <source>A stored JWT is still valid for %n minute(s), so it was used without asking Nova Post. Use Token → Get a fresh JWT (%1) to ask anyway.</source>
        <translation>
            <numerusform>Zapisany JWT jest ważny jeszcze przez %n minutę, więc użyto go bez pytania Nova Post. Aby mimo to poprosić o nowy, użyj Token → Wymuś nowy JWT (%1).</numerusform>
            <numerusform>Zapisany JWT jest ważny jeszcze przez %n minuty, więc użyto go bez pytania Nova Post. Aby mimo to poprosić o nowy, użyj Token → Wymuś nowy JWT (%1).</numerusform>
            <numerusform>Zapisany JWT jest ważny jeszcze przez %n minut, więc użyto go bez pytania Nova Post. Aby mimo to poprosić o nowy, użyj Token → Wymuś nowy JWT (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask Nova Post for a JWT with the selected key (%1)</source>
        <translation>Pobierz JWT z Nova Post przy użyciu wybranego klucza (%1)</translation>
    </message>
</context>
<context>
    <name>novapost::gui::MessageBanner</name>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ukryj ten komunikat</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Zamknij komunikat</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informacja</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>When this message was shown</source>
        <translation>Kiedy pojawił się ten komunikat</translation>
    </message>
</context>
<context>
    <name>novapost::gui::RequestLogDialog</name>
    <message>
        <source>Copy &amp;log</source>
        <translation>&amp;Kopiuj dziennik</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Wyczyść</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Dziennik żądań</translation>
    </message>
    <message>
        <source>Requests made since the program started. The apiKey is replaced by *** everywhere, so the log can be shared in a bug report.</source>
        <translation>Żądania wysłane od uruchomienia programu. Klucz API jest wszędzie zastąpiony przez ***, więc dziennik można dołączyć do zgłoszenia błędu.</translation>
    </message>
    <message>
        <source>Requests made in this session</source>
        <translation>Żądania wysłane w tej sesji</translation>
    </message>
    <message>
        <source>Copy the request log</source>
        <translation>Kopiuj dziennik żądań</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Wyczyść dziennik żądań</translation>
    </message>
    <message>
        <source>Remove every request from the log? This cannot be undone.</source>
        <translation>Usunąć wszystkie żądania z dziennika? Tego nie można cofnąć.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
</context>
<context>
    <name>novapost::gui::SingleInstance</name>
    <message>
        <source>Starting the app again will open a second window, because the lock file %1 could not be created.</source>
        <translation>Ponowne uruchomienie aplikacji otworzy drugie okno, ponieważ nie udało się utworzyć pliku blokady %1.</translation>
    </message>
    <message>
        <source>Starting the app again will open a second window, because this one cannot listen on %1 (%2).</source>
        <translation>Ponowne uruchomienie aplikacji otworzy drugie okno, ponieważ to okno nie może nasłuchiwać na %1 (%2).</translation>
    </message>
</context>
<context>
    <name>novapost::gui::TokenPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>Copy JWT</source>
        <translation>Kopiuj JWT</translation>
    </message>
    <message>
        <source>Copied. Paste it into the Authorize dialog.</source>
        <translation>Skopiowano. Wklej go w oknie Authorize.</translation>
    </message>
    <message>
        <source>Time left before the JWT expires</source>
        <translation>Czas pozostały do wygaśnięcia JWT</translation>
    </message>
    <message>
        <source>Production JWT</source>
        <translation>JWT produkcyjny</translation>
    </message>
    <message>
        <source>Sandbox JWT</source>
        <translation>JWT testowy</translation>
    </message>
    <message>
        <source>No token in this window.</source>
        <translation>Brak tokenu w tym oknie.</translation>
    </message>
    <message>
        <source>Production token from %1. It works on real shipments.</source>
        <translation>Token produkcyjny z %1. Dotyczy prawdziwych przesyłek.</translation>
    </message>
    <message>
        <source>Sandbox token from %1.</source>
        <translation>Token testowy z %1.</translation>
    </message>
    <message>
        <source>The token has no expiry claim; assuming it is valid until %1 local time (%2 UTC).</source>
        <translation>Token nie ma deklaracji wygaśnięcia (exp); przyjęto, że jest ważny do %1 czasu lokalnego (%2 UTC).</translation>
    </message>
    <message>
        <source>Valid until %1 local time (%2 UTC).</source>
        <translation>Ważny do %1 czasu lokalnego (%2 UTC).</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>Wygasa za %1</translation>
    </message>
    <message>
        <source>The token expired and was removed from this window.</source>
        <translation>Token wygasł i został usunięty z tego okna.</translation>
    </message>
    <message>
        <source>Expired. Nova Post tokens last about an hour; get a new one to continue.</source>
        <translation>Wygasł. Tokeny Nova Post są ważne około godziny; aby kontynuować, pobierz nowy.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygasł</translation>
    </message>
    <message>
        <source>Nova Post takes the token as it is, without “Bearer”: send the header “Authorization: &lt;token&gt;”.</source>
        <translation>Nova Post przyjmuje token bez zmian, bez „Bearer”: wyślij nagłówek „Authorization: &lt;token&gt;”.</translation>
    </message>
    <message>
        <source>Other ways to copy the JWT</source>
        <translation>Inne sposoby kopiowania JWT</translation>
    </message>
    <message>
        <source>Copy the JWT as an Authorization header line or a curl command</source>
        <translation>Skopiuj JWT jako wiersz nagłówka Authorization lub polecenie curl</translation>
    </message>
    <message>
        <source>Get &amp;JWT</source>
        <translation>Pobierz &amp;JWT</translation>
    </message>
    <message>
        <source>Get JWT</source>
        <translation>Pobierz JWT</translation>
    </message>
    <message>
        <source>Copy the JWT to the clipboard (%1)</source>
        <translation>Skopiuj JWT do schowka (%1)</translation>
    </message>
    <message>
        <source>No JWT yet. Press Get JWT (%1).</source>
        <translation>Brak JWT. Naciśnij Pobierz JWT (%1).</translation>
    </message>
    <message>
        <source>Use Copy or %1 to copy the JWT.</source>
        <translation>Aby skopiować JWT, użyj przycisku Kopiuj lub %1.</translation>
    </message>
</context>
<context>
    <name>novapost::gui::TrayController</name>
    <message>
        <source>&amp;Copy JWT</source>
        <translation>&amp;Kopiuj JWT</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>Pokaż &amp;okno</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Nova Post JWT</source>
        <translation>Nova Post JWT</translation>
    </message>
    <message>
        <source>Nova Post JWT — %1: the token expires in %2.</source>
        <translation>Nova Post JWT — %1: token wygasa za %2.</translation>
    </message>
    <message>
        <source>Nova Post JWT — %1: the token has expired.</source>
        <translation>Nova Post JWT — %1: token wygasł.</translation>
    </message>
    <message>
        <source>Nova Post JWT — %1: no token yet.</source>
        <translation>Nova Post JWT — %1: brak tokenu.</translation>
    </message>
    <message>
        <source>The JWT expires soon</source>
        <translation>JWT wkrótce wygaśnie</translation>
    </message>
    <message>
        <source>The JWT has expired</source>
        <translation>JWT wygasł</translation>
    </message>
    <message>
        <source>The %1 JWT has expired. Get a new one to continue.</source>
        <translation>JWT (środowisko: %1) wygasł. Aby kontynuować, pobierz nowy.</translation>
    </message>
    <message>
        <source>Get a &amp;fresh JWT</source>
        <translation>Wymuś &amp;nowy JWT</translation>
    </message>
    <message>
        <source>The %1 JWT expires in %2.</source>
        <translation>JWT (środowisko: %1) wygasa za %2.</translation>
    </message>
    <message>
        <source>Get a fresh JWT</source>
        <translation>Wymuś nowy JWT</translation>
    </message>
</context>
</TS>
