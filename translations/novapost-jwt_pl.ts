<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>novapost::ApiClient</name>
    <message>
        <source>The apiKey is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The apiKey is %n character(s) long, far longer than a Nova Post key; check what was pasted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The apiKey contains a line break or another control character; paste it on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apiKey contains “%1”, which no Nova Post key has; check for stray quotes or spaces from copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test keys exist only in the sandbox; in production, use the apiKey from your Nova Post manager or my.novapost.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novapost::ApiError</name>
    <message>
        <source>Check your input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the apiKey (HTTP 401). Check that it is complete and belongs to this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apiKey is not allowed to do this (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not find what was asked for (HTTP 404). For a test key, the phone must be registered on my.novapost.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several Nova Post clients share this phone number (HTTP 409); ask your manager which one to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not process the request (HTTP 422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429): Nova Post allows one test key request a day per phone. Try again tomorrow or use the key you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Nova Post service is unavailable right now (HTTP 503). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Nova Post service failed (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novapost::ApiReply</name>
    <message>
        <source>The server&apos;s answer is larger than %1 KiB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No complete answer from %1 within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere (%1); for safety the redirect was not followed. Check the server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2. If a corporate proxy inspects HTTPS, add its CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off before it was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something that is not a valid JWT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a token that had already expired (at %1 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a web page instead of JSON; a proxy or captive portal may be in the way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novapost::Environment</name>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server URL; write it in full, like https://api.novapost.com/v.1.0/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a server on this computer (localhost); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL must not contain a query (?) or fragment (#).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novapost::JwtToken</name>
    <message>
        <source>The token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is too long to be a JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A JWT has three parts separated by dots; this one has %n part(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The JWT header is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT payload is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT signature is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT header is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT payload is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novapost::KeyStore</name>
    <message>
        <source>%1 The key is kept in memory and will be forgotten when the program ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novapost::KeychainSecretStore</name>
    <message>
        <source>The system keychain is locked or refused access (%1). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain (Secret Service)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novapost::MemorySecretStore</name>
    <message>
        <source>The simulated keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory only, for this run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novapost::PhoneNumber</name>
    <message>
        <source>Enter the phone number registered on my.novapost.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, dashes, brackets and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the phone number with its country code, for example +49 for Germany.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The phone number is too short: with its country code it has at least %n digit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone number is too long: with its country code it has at most %n digit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nova Post does not issue sandbox test keys for Ukrainian (+380) numbers; get a key in the Ukrainian business cabinet instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novapost::RequestLog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novapost::ResponseParser</name>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has no “jwt” field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s “jwt” field is not a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has no test apiKey.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novapost::cli::CliApplication</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>apiKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandbox phone given and none used before: pass --phone PHONE (after test-key or set-key), or pass the key with --api-key-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandbox apiKey is stored for +%1: run “novapost-jwt-cli test-key --phone %1” first, or pass the key with --api-key-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test keys exist only in the sandbox; in production, use the apiKey from your Nova Post manager or my.novapost.com (store it with set-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test key for +%1 was issued but could not be stored. %2 Run again with --print to see it; the API repeats the same key within a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reusing the test key requested today for +%1 (use --renew to ask the API again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test key for +%1 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1; created %2; expires %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys stored. Request a sandbox key with “test-key --phone PHONE”, or store a key with “set-key”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the sandbox apiKey for +%1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored for that key; nothing to forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the sandbox apiKey for +%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: unknown (the token has no usable exp claim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1 (expired %2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command needs --phone PHONE: the number registered on my.novapost.com, with its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 on standard input is far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 on standard input: pipe it in, for example “printf &apos;%s\n&apos; &quot;$KEY&quot; | novapost-jwt-cli ...”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No production apiKey “%1” is stored: store it with “novapost-jwt-cli --env production set-key”, or pass it with --api-key-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHONE OR KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the production apiKey “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the production apiKey “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production keys belong to no phone; leave out --phone (name a key with --key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key names a production key; in the sandbox, keys belong to phones: use --phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novapost::cli::CliParser</name>
    <message>
        <source>No command given; see novapost-jwt-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”; see novapost-jwt-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”; see novapost-jwt-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to the %2 command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown environment “%1”; use sandbox or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-out must be a number of seconds between 0 and 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file “%1” holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-ttl must be a number of minutes between 0 and 60.</source>
        <translation type="unfinished"></translation>
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
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novapost::gui::MainWindow</name>
    <message>
        <source>PRODUCTION: tokens from here act on real shipments and real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;How to use the JWT in the API documentation&apos;s Authorize dialog&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Nova Post documentation on using the JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova Post API &amp;documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About novapost-jwt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About novapost-jwt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>novapost-jwt %1
JWTs for the Nova Post API v.1.0, with apiKeys kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+49 821 343 7654</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number registered on my.novapost.com, with its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Nova Post for this phone&apos;s sandbox key (one request a day per phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored test keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the selected test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the selected phone&apos;s key again, even if it was requested today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test keys exist only in the sandbox. For production, create an API key on my.novapost.com under Integrations → API Keys (Ukrainian clients: Business cabinet → Settings → Security), then paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the production apiKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the production key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key you are typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the production key to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the saved production key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the production key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Nova Post for a JWT with the selected key (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova Post JWT — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1 (overridden with --base-url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain was available; this key is forgotten when the program ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are kept in %1; they are forgotten when the program ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test keys stored yet. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n test key(s) stored. %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the phone number registered on my.novapost.com, with its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1. A test key is stored, valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1. A test key is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1. No test key stored yet for this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No production key saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production key is saved in %1 (last used %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production key is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a production key first to get a JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number with a stored test key to get a JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a test key for %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved production key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses %1. Shortcut: Ctrl+G.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test key for %1 was already requested today, so the stored key is used without asking again. Use Renew to ask Nova Post anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a test key for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test key for %1 saved; it is valid until %2. Press Get JWT next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test key for %1 saved. Press Get JWT next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored test key for %1? You can request it again later, once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test key for %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production key was saved. Press Get JWT next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget production key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the production key from %1? You will need to paste it again to get production tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production key was forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a JWT with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain no longer holds the test key for %1. Renew it to store it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain no longer holds the production key. Paste and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novapost::gui::MessageBanner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novapost::gui::TokenPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a &amp;new JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the JWT to the clipboard (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into the Authorize dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left before the JWT expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No JWT yet. Press Get JWT (Ctrl+G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production token from %1. It works on real shipments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox token from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no expiry claim; assuming it is valid until %1 local time (%2 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1 local time (%2 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The token expired and was removed from this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired. Nova Post tokens last about an hour; get a new one to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
