<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message numerus="yes">
        <source>The window that is already open did not answer within %n second(s), so another one opens.</source>
        <translation>
            <numerusform>The window that is already open did not answer within %n second, so another one opens.</numerusform>
            <numerusform>The window that is already open did not answer within %n seconds, so another one opens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::ApiClient</name>
    <message numerus="yes">
        <source>The apiKey is %n character(s) long, far longer than a Nova Post key; check what was pasted.</source>
        <translation>
            <numerusform>The apiKey is %n character long, far longer than a Nova Post key; check what was pasted.</numerusform>
            <numerusform>The apiKey is %n characters long, far longer than a Nova Post key; check what was pasted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::ApiReply</name>
    <message numerus="yes">
        <source>No complete answer from %1 within %n second(s).</source>
        <translation>
            <numerusform>No complete answer from %1 within %n second.</numerusform>
            <numerusform>No complete answer from %1 within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::JwtToken</name>
    <message numerus="yes">
        <source>A JWT has three parts separated by dots; this one has %n part(s).</source>
        <translation>
            <numerusform>A JWT has three parts separated by dots; this one has %n part.</numerusform>
            <numerusform>A JWT has three parts separated by dots; this one has %n parts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::KeychainSecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). If it asks to be unlocked, unlock it and try again.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second. If it asks to be unlocked, unlock it and try again.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds. If it asks to be unlocked, unlock it and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::PhoneNumber</name>
    <message numerus="yes">
        <source>The phone number is too short: a phone number has at least %n digit(s), including the country code.</source>
        <translation>
            <numerusform>The phone number is too short: a phone number has at least %n digit, including the country code.</numerusform>
            <numerusform>The phone number is too short: a phone number has at least %n digits, including the country code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone number is too long: a phone number has at most %n digit(s), including the country code.</source>
        <translation>
            <numerusform>The phone number is too long: a phone number has at most %n digit, including the country code.</numerusform>
            <numerusform>The phone number is too long: a phone number has at most %n digits, including the country code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::cli::CliApplication</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::gui::ClipboardDelayMenu</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <comment>clipboard clearing delay</comment>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>clipboard clearing delay</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::gui::ClipboardStatusWidget</name>
    <message numerus="yes">
        <source>The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>The clipboard is cleared in %n second.</numerusform>
            <numerusform>The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 JWT on the clipboard is cleared in %n second(s).</source>
        <extracomment>%1 is the environment (Sandbox or Production).</extracomment>
        <translation>
            <numerusform>The %1 JWT on the clipboard is cleared in %n second.</numerusform>
            <numerusform>The %1 JWT on the clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::gui::ExtraCaCertificates</name>
    <message numerus="yes">
        <source>Connections now also trust the %n CA certificate(s) in %1.</source>
        <translation>
            <numerusform>Connections now also trust the %n CA certificate in %1.</numerusform>
            <numerusform>Connections now also trust the %n CA certificates in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Besides the system&apos;s certificates, %n CA certificate(s) from %1 are trusted.</source>
        <translation>
            <numerusform>Besides the system&apos;s certificates, %n CA certificate from %1 is trusted.</numerusform>
            <numerusform>Besides the system&apos;s certificates, %n CA certificates from %1 are trusted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n test key(s) stored. %1</source>
        <translation>
            <numerusform>%n test key stored. %1</numerusform>
            <numerusform>%n test keys stored. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewing the JWT automatically failed: %1 The next try is in %n second(s); the current token stays usable until it expires.</source>
        <translation>
            <numerusform>Renewing the JWT automatically failed: %1 The next try is in %n second; the current token stays usable until it expires.</numerusform>
            <numerusform>Renewing the JWT automatically failed: %1 The next try is in %n seconds; the current token stays usable until it expires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before expiry</source>
        <translation>
            <numerusform>%n minute before expiry</numerusform>
            <numerusform>%n minutes before expiry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n min ahead of Nova Post&apos;s; the countdown uses the server&apos;s time.</source>
        <translation>
            <numerusform>Your clock is %n min ahead of Nova Post&apos;s; the countdown uses the server&apos;s time.</numerusform>
            <numerusform>Your clock is %n min ahead of Nova Post&apos;s; the countdown uses the server&apos;s time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n min behind Nova Post&apos;s; the countdown uses the server&apos;s time.</source>
        <translation>
            <numerusform>Your clock is %n min behind Nova Post&apos;s; the countdown uses the server&apos;s time.</numerusform>
            <numerusform>Your clock is %n min behind Nova Post&apos;s; the countdown uses the server&apos;s time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n s ahead of Nova Post&apos;s; the countdown uses the server&apos;s time.</source>
        <translation>
            <numerusform>Your clock is %n s ahead of Nova Post&apos;s; the countdown uses the server&apos;s time.</numerusform>
            <numerusform>Your clock is %n s ahead of Nova Post&apos;s; the countdown uses the server&apos;s time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n s behind Nova Post&apos;s; the countdown uses the server&apos;s time.</source>
        <translation>
            <numerusform>Your clock is %n s behind Nova Post&apos;s; the countdown uses the server&apos;s time.</numerusform>
            <numerusform>Your clock is %n s behind Nova Post&apos;s; the countdown uses the server&apos;s time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moves only the automatic renewal. The expiry warning still comes %n minute(s) before expiry.</source>
        <translation>
            <numerusform>Moves only the automatic renewal. The expiry warning still comes %n minute before expiry.</numerusform>
            <numerusform>Moves only the automatic renewal. The expiry warning still comes %n minutes before expiry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A stored JWT is still valid for %n minute(s), so it was used without asking Nova Post. Use Token → Get a fresh JWT (%1) to ask anyway.</source>
        <translation>
            <numerusform>A stored JWT is still valid for %n minute, so it was used without asking Nova Post. Use Token → Get a fresh JWT (%1) to ask anyway.</numerusform>
            <numerusform>A stored JWT is still valid for %n minutes, so it was used without asking Nova Post. Use Token → Get a fresh JWT (%1) to ask anyway.</numerusform>
        </translation>
    </message>
</context>
</TS>
