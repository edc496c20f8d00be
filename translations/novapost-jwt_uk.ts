<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>main</name>
    <message>
        <source>Nova Post JWT</source>
        <translation>JWT Нової пошти</translation>
    </message>
    <message>
        <source>Gets a JWT for the Nova Post API and puts it on the clipboard.</source>
        <translation>Отримує JWT для API Нової пошти й копіює його в буфер обміну.</translation>
    </message>
    <message>
        <source>Start in this environment.</source>
        <translation>Запустити в цьому середовищі.</translation>
    </message>
    <message>
        <source>Use this server instead of Nova Post&apos;s.</source>
        <translation>Використовувати цей сервер замість сервера Нової пошти.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Також довіряти сертифікатам CA з цього файлу PEM.</translation>
    </message>
    <message>
        <source>Use this language (en, uk, pl, de).</source>
        <translation>Використовувати цю мову (en, uk, pl, de).</translation>
    </message>
    <message>
        <source>--env must be “sandbox” or “production”, not “%1”.</source>
        <translation>--env має бути «sandbox» або «production», а не «%1».</translation>
    </message>
    <message>
        <source>The window that was already open has been brought to the front. It shows %1.</source>
        <translation>Вікно, яке вже було відкрите, виведено на передній план. Воно показує: %1.</translation>
    </message>
    <message>
        <source>--base-url, --ca-file and --lang only apply when the window starts. Quit the open window first to use them.</source>
        <translation>--base-url, --ca-file і --lang діють лише під час запуску вікна. Щоб їх застосувати, спершу закрийте відкрите вікно (Вийти).</translation>
    </message>
    <message numerus="yes">
        <source>The window that is already open did not answer within %n second(s), so another one opens.</source>
        <translation>
            <numerusform>Вікно, яке вже відкрите, не відповіло протягом %n секунди, тож відкривається ще одне.</numerusform>
            <numerusform>Вікно, яке вже відкрите, не відповіло протягом %n секунд, тож відкривається ще одне.</numerusform>
            <numerusform>Вікно, яке вже відкрите, не відповіло протягом %n секунд, тож відкривається ще одне.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::ApiClient</name>
    <message>
        <source>The apiKey is empty.</source>
        <translation>API-ключ порожній.</translation>
    </message>
    <message numerus="yes">
        <source>The apiKey is %n character(s) long, far longer than a Nova Post key; check what was pasted.</source>
        <translation>
            <numerusform>API-ключ має довжину %n символ — набагато більше, ніж ключ Нової пошти; перевірте, що саме вставлено.</numerusform>
            <numerusform>API-ключ має довжину %n символи — набагато більше, ніж ключ Нової пошти; перевірте, що саме вставлено.</numerusform>
            <numerusform>API-ключ має довжину %n символів — набагато більше, ніж ключ Нової пошти; перевірте, що саме вставлено.</numerusform>
        </translation>
    </message>
    <message>
        <source>The apiKey contains a line break or another control character; paste it on one line.</source>
        <translation>API-ключ містить розрив рядка або інший керівний символ; вставте його одним рядком.</translation>
    </message>
    <message>
        <source>The apiKey contains “%1”, which no Nova Post key has; check for stray quotes or spaces from copying.</source>
        <translation>API-ключ містить «%1», чого не буває в жодному ключі Нової пошти; перевірте, чи не скопіювалися зайві лапки або пробіли.</translation>
    </message>
    <message>
        <source>Test keys exist only in the sandbox; in production, use the apiKey from your Nova Post manager or my.novapost.com.</source>
        <translation>Тестові ключі існують лише в пісочниці; у робочому середовищі використовуйте API-ключ від вашого менеджера Нової пошти або з my.novapost.com.</translation>
    </message>
</context>
<context>
    <name>novapost::ApiError</name>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 Відповідь сервера: %2</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation>Сервер відхилив запит як некоректний (HTTP 400).</translation>
    </message>
    <message>
        <source>The server did not accept the apiKey (HTTP 401). Check that it is complete and belongs to this environment.</source>
        <translation>Сервер не прийняв API-ключ (HTTP 401). Перевірте, чи ключ повний і чи належить він саме цьому середовищу.</translation>
    </message>
    <message>
        <source>The apiKey is not allowed to do this (HTTP 403).</source>
        <translation>Цей API-ключ не має дозволу на цю дію (HTTP 403).</translation>
    </message>
    <message>
        <source>The server did not find what was asked for (HTTP 404). For a test key, the phone must be registered on my.novapost.com.</source>
        <translation>Сервер не знайшов запитаний ресурс (HTTP 404). Щоб отримати тестовий ключ, телефон має бути зареєстрований на my.novapost.com.</translation>
    </message>
    <message>
        <source>Several Nova Post clients share this phone number (HTTP 409); ask your manager which one to use.</source>
        <translation>Цей номер телефону використовують кілька клієнтів Нової пошти (HTTP 409); запитайте свого менеджера, який із них вибрати.</translation>
    </message>
    <message>
        <source>The server could not process the request (HTTP 422).</source>
        <translation>Сервер не зміг обробити запит (HTTP 422).</translation>
    </message>
    <message>
        <source>The Nova Post service is unavailable right now (HTTP 503). Try again in a moment.</source>
        <translation>Сервіс Нової пошти зараз недоступний (HTTP 503). Спробуйте ще раз трохи згодом.</translation>
    </message>
    <message>
        <source>The Nova Post service failed (HTTP %1). Try again in a moment.</source>
        <translation>Збій сервісу Нової пошти (HTTP %1). Спробуйте ще раз трохи згодом.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Сервер відхилив запит (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Сервер відповів неочікуваним статусом (HTTP %1).</translation>
    </message>
    <message>
        <source>The server did not find the authorization route (HTTP 404). Check the server URL.</source>
        <translation>Сервер не знайшов маршрут авторизації (HTTP 404). Перевірте URL-адресу сервера.</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429). Wait a moment, then try again.</source>
        <translation>Забагато запитів (HTTP 429). Зачекайте трохи й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The server reported a conflict and issued no JWT (HTTP 409). Try again in a moment.</source>
        <translation>Сервер повідомив про конфлікт і не видав JWT (HTTP 409). Спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429): Nova Post allows one test key request a day per phone. Try again tomorrow.</source>
        <translation>Забагато запитів (HTTP 429): Нова пошта дозволяє один запит тестового ключа на день для кожного телефону. Спробуйте завтра.</translation>
    </message>
</context>
<context>
    <name>novapost::ApiReply</name>
    <message>
        <source>The server&apos;s answer is larger than %1 KiB; it was not read.</source>
        <translation>Відповідь сервера більша за %1 КіБ; її не прочитано.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запит скасовано.</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer from %1 within %n second(s).</source>
        <translation>
            <numerusform>Сервер %1 не надіслав повної відповіді за %n секунду.</numerusform>
            <numerusform>Сервер %1 не надіслав повної відповіді за %n секунди.</numerusform>
            <numerusform>Сервер %1 не надіслав повної відповіді за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere (%1); for safety the redirect was not followed. Check the server URL.</source>
        <translation>Сервер переспрямував запит в інше місце (%1); з міркувань безпеки переспрямування не виконано. Перевірте URL сервера.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2. If a corporate proxy inspects HTTPS, add its CA certificate.</source>
        <translation>Не вдалося перевірити захищене з’єднання з %1: %2. Якщо корпоративний проксі перевіряє HTTPS-трафік, додайте його CA-сертифікат.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>Сервер %1 відхилив з’єднання.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check your internet connection.</source>
        <translation>Не вдалося знайти сервер з іменем %1. Перевірте підключення до інтернету.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Час очікування з’єднання з %1 вичерпано.</translation>
    </message>
    <message>
        <source>The proxy server failed: %1.</source>
        <translation>Збій проксі-сервера: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off before it was complete.</source>
        <translation>Відповідь сервера обірвалася, не надійшовши повністю.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>Сервер %1 закрив з’єднання, не надіславши відповіді.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1.</source>
        <translation>Не вдалося прочитати відповідь сервера: %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Не вдалося з’єднатися з %1: %2.</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid JWT: %1</source>
        <translation>Сервер надіслав дані, які не є коректним JWT: %1</translation>
    </message>
    <message>
        <source>The server sent a token that had already expired (at %1 UTC).</source>
        <translation>Сервер надіслав токен, термін дії якого вже сплив (%1 UTC).</translation>
    </message>
    <message>
        <source>The server sent a web page instead of JSON; a proxy or captive portal may be in the way.</source>
        <translation>Сервер надіслав вебсторінку замість JSON; можливо, заважає проксі або сторінка входу в мережу (captive portal).</translation>
    </message>
</context>
<context>
    <name>novapost::AppSettings</name>
    <message>
        <source>The settings file could not be written because neither HOME nor XDG_CONFIG_HOME is set. Set HOME to your home folder, then try again.</source>
        <translation>Не вдалося записати файл налаштувань, бо не задано ні HOME, ні XDG_CONFIG_HOME. Вкажіть у HOME свою домашню теку та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written. Make sure you can write to it and to its folder and that the disk is not full, then try again.</source>
        <translation>Не вдалося записати файл налаштувань %1. Переконайтеся, що ви можете записувати в нього та в його теку і що диск не заповнений, і спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>novapost::CaCertificateFile</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не вдається прочитати %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate (no “-----BEGIN CERTIFICATE-----” block).</source>
        <translation>Файл %1 не містить жодного сертифіката PEM (немає блоку «-----BEGIN CERTIFICATE-----»).</translation>
    </message>
</context>
<context>
    <name>novapost::Environment</name>
    <message>
        <source>Production</source>
        <translation>Робоче середовище</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Пісочниця</translation>
    </message>
    <message>
        <source>The server URL is empty.</source>
        <translation>URL сервера порожній.</translation>
    </message>
    <message>
        <source>“%1” is not a server URL; write it in full, like https://api.novapost.com/v.1.0/.</source>
        <translation>«%1» не є URL сервера; вкажіть його повністю, наприклад https://api.novapost.com/v.1.0/.</translation>
    </message>
    <message>
        <source>The server URL must start with https://.</source>
        <translation>URL сервера має починатися з https://.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a server on this computer (localhost); use https:// for %1.</source>
        <translation>Звичайний http:// дозволено лише для сервера на цьому комп’ютері (localhost); для %1 використовуйте https://.</translation>
    </message>
    <message>
        <source>The server URL must not contain a query (?) or fragment (#).</source>
        <translation>URL сервера не може містити рядок запиту (?) або фрагмент (#).</translation>
    </message>
    <message>
        <source>The server URL must not contain a user name or password.</source>
        <translation>URL сервера не може містити ім’я користувача або пароль.</translation>
    </message>
</context>
<context>
    <name>novapost::JwtToken</name>
    <message>
        <source>The token is empty.</source>
        <translation>Токен порожній.</translation>
    </message>
    <message>
        <source>The token is too long to be a JWT.</source>
        <translation>Токен задовгий, щоб бути JWT.</translation>
    </message>
    <message numerus="yes">
        <source>A JWT has three parts separated by dots; this one has %n part(s).</source>
        <translation>
            <numerusform>JWT складається з трьох частин, розділених крапками; у цьому токені %n частина.</numerusform>
            <numerusform>JWT складається з трьох частин, розділених крапками; у цьому токені %n частини.</numerusform>
            <numerusform>JWT складається з трьох частин, розділених крапками; у цьому токені %n частин.</numerusform>
        </translation>
    </message>
    <message>
        <source>The JWT header is not valid base64url.</source>
        <translation>Заголовок JWT не є коректним base64url.</translation>
    </message>
    <message>
        <source>The JWT payload is not valid base64url.</source>
        <translation>Корисне навантаження (payload) JWT не є коректним base64url.</translation>
    </message>
    <message>
        <source>The JWT signature is not valid base64url.</source>
        <translation>Підпис JWT не є коректним base64url.</translation>
    </message>
    <message>
        <source>The JWT header is not a JSON object.</source>
        <translation>Заголовок JWT не є об’єктом JSON.</translation>
    </message>
    <message>
        <source>The JWT payload is not a JSON object.</source>
        <translation>Корисне навантаження (payload) JWT не є об’єктом JSON.</translation>
    </message>
</context>
<context>
    <name>novapost::KeyStore</name>
    <message>
        <source>%1 The key is kept in memory and will be forgotten when the program ends.</source>
        <translation>%1 Ключ зберігається в пам’яті, і його буде забуто після завершення програми.</translation>
    </message>
    <message>
        <source>A different production key is stored as “%1”, and “%2” would be confused with it. To replace that key, use the label “%1” exactly; to store another key, choose a clearly different label.</source>
        <translation>Під назвою «%1» збережено інший робочий ключ, і «%2» легко з ним сплутати. Щоб замінити той ключ, вкажіть назву «%1» точно; щоб зберегти ще один ключ, виберіть помітно іншу назву.</translation>
    </message>
    <message>
        <source>The keychain could not be put back as it was: it now holds the new key.</source>
        <translation>Не вдалося повернути сховище ключів до попереднього стану: тепер у ньому новий ключ.</translation>
    </message>
    <message>
        <source>The key was removed, but a JWT obtained with it is still cached until it expires.</source>
        <translation>Ключ видалено, але JWT, отриманий з ним, залишається в кеші, доки не закінчиться його строк дії.</translation>
    </message>
</context>
<context>
    <name>novapost::KeychainSecretStore</name>
    <message>
        <source>The system keychain is locked or refused access (%1). Unlock it and try again.</source>
        <translation>Системне сховище ключів заблоковане або відмовило в доступі (%1). Розблокуйте його та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Системне сховище ключів недоступне (%1). Запустіть або розблокуйте сховище ключів (наприклад, GNOME Keyring чи KWallet) і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1.</source>
        <translation>Системне сховище ключів повідомило про помилку: %1.</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <extracomment>Where keys are stored; inserted into sentences such as &quot;Stored in %1.&quot; and &quot;Keys are stored in %1.&quot;</extracomment>
        <translatorcomment>Місце зберігання з прийменником («у …»): підставляється в «Ключі зберігаються %1.», «Збережено %1.», «…збережено %2.», «Видалити робочий ключ, збережений %1?».</translatorcomment>
        <translation>у Зв’язці ключів macOS</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translatorcomment>Місце зберігання з прийменником («у …»): підставляється в «Ключі зберігаються %1.», «Збережено %1.», «…збережено %2.», «Видалити робочий ключ, збережений %1?».</translatorcomment>
        <translation>у Диспетчері облікових даних Windows</translation>
    </message>
    <message>
        <source>the system keychain (Secret Service)</source>
        <translatorcomment>Місце зберігання з прийменником («у …»): підставляється в «Ключі зберігаються %1.», «Збережено %1.», «…збережено %2.», «Видалити робочий ключ, збережений %1?».</translatorcomment>
        <translation>у системному сховищі ключів (Secret Service)</translation>
    </message>
    <message>
        <source>The keychain is locked: unlock it and try again.</source>
        <translation>Сховище ключів заблоковане: розблокуйте його та спробуйте ще раз.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). If it asks to be unlocked, unlock it and try again.</source>
        <translation>
            <numerusform>Системне сховище ключів не відповіло протягом %n секунди. Якщо воно просить розблокування, розблокуйте його та спробуйте ще раз.</numerusform>
            <numerusform>Системне сховище ключів не відповіло протягом %n секунд. Якщо воно просить розблокування, розблокуйте його та спробуйте ще раз.</numerusform>
            <numerusform>Системне сховище ключів не відповіло протягом %n секунд. Якщо воно просить розблокування, розблокуйте його та спробуйте ще раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain refused to give out the key. Unlock it and try again.</source>
        <translation>Сховище ключів відмовилося видати ключ. Розблокуйте його та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The keychain did not delete the key.</source>
        <translation>Сховище ключів не видалило ключ.</translation>
    </message>
    <message>
        <source>the D-Bus session bus cannot be reached</source>
        <translation>сеансова шина D-Bus недоступна</translation>
    </message>
    <message>
        <source>the keyring has no default collection</source>
        <translation>у сховищі ключів немає типової колекції</translation>
    </message>
</context>
<context>
    <name>novapost::MemorySecretStore</name>
    <message>
        <source>The simulated keychain failed.</source>
        <translation>Збій імітованого сховища ключів.</translation>
    </message>
    <message>
        <source>memory only, for this run</source>
        <extracomment>Where keys are kept without a keychain; inserted into sentences such as &quot;Stored in %1.&quot;</extracomment>
        <translatorcomment>Місце зберігання з прийменником («у …»): підставляється в «Ключі зберігаються %1.», «Збережено %1.», «…збережено %2.», «Видалити робочий ключ, збережений %1?».</translatorcomment>
        <translation>лише в пам’яті, на час цього запуску</translation>
    </message>
</context>
<context>
    <name>novapost::PhoneNumber</name>
    <message>
        <source>Enter the phone number registered on my.novapost.com.</source>
        <translation>Введіть номер телефону, зареєстрований на my.novapost.com.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, dashes, brackets and a leading +.</source>
        <translation>Номер телефону може містити лише цифри, пробіли, дефіси, дужки та + на початку.</translation>
    </message>
    <message>
        <source>Start the phone number with its country code, for example +49 for Germany.</source>
        <translation>Почніть номер телефону з коду країни, наприклад +49 для Німеччини.</translation>
    </message>
    <message>
        <source>Nova Post does not issue sandbox test keys for Ukrainian (+380) numbers; get a key in the Ukrainian business cabinet instead.</source>
        <translation>Нова пошта не видає тестових ключів пісочниці для українських номерів (+380); натомість отримайте ключ в українському бізнес-кабінеті.</translation>
    </message>
    <message numerus="yes">
        <source>The phone number is too short: a phone number has at least %n digit(s), including the country code.</source>
        <translation>
            <numerusform>Номер телефону закороткий: номер телефону має містити щонайменше %n цифру з урахуванням коду країни.</numerusform>
            <numerusform>Номер телефону закороткий: номер телефону має містити щонайменше %n цифри з урахуванням коду країни.</numerusform>
            <numerusform>Номер телефону закороткий: номер телефону має містити щонайменше %n цифр з урахуванням коду країни.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone number is too long: a phone number has at most %n digit(s), including the country code.</source>
        <translation>
            <numerusform>Номер телефону задовгий: номер телефону може містити щонайбільше %n цифру з урахуванням коду країни.</numerusform>
            <numerusform>Номер телефону задовгий: номер телефону може містити щонайбільше %n цифри з урахуванням коду країни.</numerusform>
            <numerusform>Номер телефону задовгий: номер телефону може містити щонайбільше %n цифр з урахуванням коду країни.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::RequestLog</name>
    <message>
        <source>OK</source>
        <translation>Успішно</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>novapost::ResponseParser</name>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Відповідь сервера не є об’єктом JSON.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no “jwt” field.</source>
        <translation>У відповіді сервера немає поля «jwt».</translation>
    </message>
    <message>
        <source>The server&apos;s “jwt” field is not a token.</source>
        <translation>Поле «jwt» у відповіді сервера не містить токена.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no test apiKey.</source>
        <translation>У відповіді сервера немає тестового API-ключа (apiKey).</translation>
    </message>
</context>
<context>
    <name>novapost::cli::CliApplication</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n годину</numerusform>
            <numerusform>%n години</numerusform>
            <numerusform>%n годин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>apiKey</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>No sandbox phone given and none used before: pass --phone PHONE (after test-key or set-key), or pass the key with --api-key-stdin.</source>
        <translation>Телефон для пісочниці не вказано, і раніше жоден не використовувався: додайте --phone ТЕЛЕФОН (після test-key або set-key) або передайте ключ через --api-key-stdin.</translation>
    </message>
    <message>
        <source>No sandbox apiKey is stored for +%1: run “novapost-jwt-cli test-key --phone %1” first, or pass the key with --api-key-stdin.</source>
        <translation>Для +%1 не збережено API-ключа пісочниці: спершу виконайте «novapost-jwt-cli test-key --phone %1» або передайте ключ через --api-key-stdin.</translation>
    </message>
    <message>
        <source>Test keys exist only in the sandbox; in production, use the apiKey from your Nova Post manager or my.novapost.com (store it with set-key).</source>
        <translation>Тестові ключі існують лише в пісочниці; у робочому середовищі використовуйте API-ключ від вашого менеджера Нової пошти або з my.novapost.com (збережіть його командою set-key).</translation>
    </message>
    <message>
        <source>The test key for +%1 was issued but could not be stored. %2 Run again with --print to see it; the API repeats the same key within a day.</source>
        <translation>Тестовий ключ для +%1 видано, але зберегти його не вдалося. %2 Запустіть команду ще раз із --print, щоб побачити ключ; протягом доби API повертає той самий ключ.</translation>
    </message>
    <message>
        <source>Reusing the test key requested today for +%1 (use --renew to ask the API again).</source>
        <translation>Використовується тестовий ключ, запитаний сьогодні для +%1 (додайте --renew, щоб запитати API ще раз).</translation>
    </message>
    <message>
        <source>Test key for +%1 received.</source>
        <translation>Тестовий ключ для +%1 отримано.</translation>
    </message>
    <message>
        <source>Status: %1; created %2; expires %3.</source>
        <translation>Статус: %1; створено %2; дійсний до %3.</translation>
    </message>
    <message>
        <source>Stored in %1.</source>
        <translation>Збережено %1.</translation>
    </message>
    <message>
        <source>No keys stored. Request a sandbox key with “test-key --phone PHONE”, or store a key with “set-key”.</source>
        <translation>Немає збережених ключів. Запросіть ключ пісочниці командою «test-key --phone ТЕЛЕФОН» або збережіть ключ командою «set-key».</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>СЕРЕДОВИЩЕ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>СТВОРЕНО</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>ДІЙСНИЙ ДО</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ОСТАННЄ ВИКОРИСТАННЯ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>Keys are stored in %1.</source>
        <translation>Ключі зберігаються %1.</translation>
    </message>
    <message>
        <source>Stored the sandbox apiKey for +%1 in %2.</source>
        <translation>API-ключ пісочниці для +%1 збережено %2.</translation>
    </message>
    <message>
        <source>Nothing was stored for that key; nothing to forget.</source>
        <translation>Для цього ключа нічого не збережено; забувати нічого.</translation>
    </message>
    <message>
        <source>Removed the sandbox apiKey for +%1.</source>
        <translation>API-ключ пісочниці для +%1 видалено.</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Твердження (claims):</translation>
    </message>
    <message>
        <source>Issued:  %1</source>
        <translation>Видано:     %1</translation>
    </message>
    <message>
        <source>Expires: unknown (the token has no usable exp claim)</source>
        <translation>Термін дії: невідомо (у токені немає придатного твердження exp)</translation>
    </message>
    <message>
        <source>Expires: %1 (in %2)</source>
        <translation>Термін дії: %1 (спливає через %2)</translation>
    </message>
    <message>
        <source>Expires: %1 (expired %2 ago)</source>
        <translation>Термін дії: %1 (сплив %2 тому)</translation>
    </message>
    <message>
        <source>This command needs --phone PHONE: the number registered on my.novapost.com, with its country code.</source>
        <translation>Ця команда потребує --phone ТЕЛЕФОН: номер, зареєстрований на my.novapost.com, з кодом країни.</translation>
    </message>
    <message>
        <source>The %1 on standard input is far too long.</source>
        <translation>%1 на стандартному вводі занадто довгий.</translation>
    </message>
    <message>
        <source>No %1 on standard input: pipe it in, for example “printf &apos;%s\n&apos; &quot;$KEY&quot; | novapost-jwt-cli ...”.</source>
        <translation>%1 не надійшов на стандартний ввід: передайте його через конвеєр, наприклад «printf &apos;%s\n&apos; &quot;$KEY&quot; | novapost-jwt-cli ...».</translation>
    </message>
    <message>
        <source>No production apiKey “%1” is stored: store it with “novapost-jwt-cli --env production set-key”, or pass it with --api-key-stdin.</source>
        <translation>Робочий API-ключ «%1» не збережено: збережіть його командою «novapost-jwt-cli --env production set-key» або передайте через --api-key-stdin.</translation>
    </message>
    <message>
        <source>PHONE OR KEY</source>
        <translation>ТЕЛЕФОН/КЛЮЧ</translation>
    </message>
    <message>
        <source>Stored the production apiKey “%1” in %2.</source>
        <translation>Робочий API-ключ «%1» збережено %2.</translation>
    </message>
    <message>
        <source>Removed the production apiKey “%1”.</source>
        <translation>Робочий API-ключ «%1» видалено.</translation>
    </message>
    <message>
        <source>Production keys belong to no phone; leave out --phone (name a key with --key).</source>
        <translation>Робочі ключі не прив’язані до телефону; приберіть --phone (назву ключа задайте через --key).</translation>
    </message>
    <message>
        <source>--key names a production key; in the sandbox, keys belong to phones: use --phone.</source>
        <translation>--key задає назву робочого ключа; у пісочниці ключі прив’язані до телефонів: використовуйте --phone.</translation>
    </message>
    <message>
        <source>The output could not be written.</source>
        <translation>Не вдалося записати вивід.</translation>
    </message>
    <message>
        <source>waiting for the keychain to be unlocked…</source>
        <translation>очікування розблокування сховища ключів…</translation>
    </message>
    <message>
        <source>The JWT cache is skipped for this run: %1</source>
        <translation>Кеш JWT цього разу не використовується: %1</translation>
    </message>
    <message>
        <source>The keychain did not give out the stored key. If it is locked, unlock it and try again; if the key was removed from it, store the key again.</source>
        <translation>Сховище ключів не видало збережений ключ. Якщо воно заблоковане, розблокуйте його та спробуйте ще раз; якщо ключ із нього видалено, збережіть ключ знову.</translation>
    </message>
    <message>
        <source>No test key was requested: it could not be stored. %1</source>
        <translation>Тестовий ключ не запитано: його не вдалося б зберегти. %1</translation>
    </message>
    <message>
        <source>No production apiKey “%1” is stored, but one is stored as “%2”: use that label exactly.</source>
        <translation>Робочий apiKey «%1» не збережено, але є збережений під назвою «%2»: вкажіть саме цю назву.</translation>
    </message>
    <message>
        <source>The output could not be written: %1.</source>
        <translation>Не вдалося записати вивід: %1.</translation>
    </message>
    <message>
        <source>The environment variable NOVAPOST_API_KEY is set but empty.</source>
        <translation>Змінну середовища NOVAPOST_API_KEY задано, але вона порожня.</translation>
    </message>
    <message>
        <source>Enter the %1 and press Enter (it is not shown as you type):</source>
        <translation>Введіть %1 і натисніть Enter (під час введення його не видно):</translation>
    </message>
    <message>
        <source>The test key stored for +%1 still works: novapost-jwt-cli token --phone +%1 gets a JWT with it.</source>
        <translation>Тестовий ключ, збережений для +%1, досі дійсний: novapost-jwt-cli token --phone +%1 отримає з ним JWT.</translation>
    </message>
</context>
<context>
    <name>novapost::cli::CliParser</name>
    <message>
        <source>No command given; see novapost-jwt-cli --help.</source>
        <translation>Команду не вказано; див. novapost-jwt-cli --help.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”; see novapost-jwt-cli --help.</source>
        <translation>Неочікуваний аргумент «%1»; див. novapost-jwt-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command “%1”; see novapost-jwt-cli --help.</source>
        <translation>Невідома команда «%1»; див. novapost-jwt-cli --help.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to the %2 command.</source>
        <translation>Параметр --%1 не застосовується до команди %2.</translation>
    </message>
    <message>
        <source>Unknown environment “%1”; use sandbox or production.</source>
        <translation>Невідоме середовище «%1»; використовуйте sandbox або production.</translation>
    </message>
    <message>
        <source>The time-out must be a number of seconds between 0 and 3600.</source>
        <translation>Час очікування має бути числом секунд від 0 до 3600.</translation>
    </message>
    <message>
        <source>The CA file “%1” cannot be read.</source>
        <translation>Не вдається прочитати файл CA «%1».</translation>
    </message>
    <message>
        <source>The CA file “%1” holds no PEM certificate.</source>
        <translation>Файл CA «%1» не містить жодного сертифіката PEM.</translation>
    </message>
    <message>
        <source>--min-ttl must be a number of minutes between 0 and 60.</source>
        <translation>--min-ttl має бути числом хвилин від 0 до 60.</translation>
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
        <translation>Використання: novapost-jwt-cli [параметри] КОМАНДА [параметри команди]

Отримує JWT для API Нової пошти v.1.0 і керує API-ключами в системному сховищі ключів.

Команди:
  token [--phone ТЕЛЕФОН | --key НАЗВА] [--api-key-stdin] [--min-ttl ХВИЛИНИ] [--fresh]
                       Вивести лише JWT, одним рядком (--json: jwt, expiresAt, expiresIn).
                       API-ключ береться зі stdin, якщо задано --api-key-stdin, інакше зі
                       сховища ключів: ключ пісочниці для --phone (або для останнього
                       використаного телефону) чи робочий ключ --key (або останній
                       використаний, інакше &quot;default&quot;).
                       Токен, кешований у сховищі ключів, використовується повторно, доки
                       до кінця його терміну дії лишається щонайменше --min-ttl хвилин
                       (типово 5); з --fresh токен завжди запитується заново.
  test-key --phone ТЕЛЕФОН [--print] [--renew]
                       Лише пісочниця: запросити тестовий API-ключ для телефону,
                       зареєстрованого на my.novapost.com, і зберегти його. Ключ, запитаний
                       сьогодні, використовується повторно, якщо не задано --renew.
                       --print виводить ключ у stdout.
  keys                 Показати збережені ключі з датами й статусом (самі ключі — ніколи).
  set-key [--phone ТЕЛЕФОН | --key НАЗВА]
                       Прочитати API-ключ зі stdin і зберегти його: як робочий ключ із
                       назвою НАЗВА (один на компанію чи обліковий запис; типово
                       &quot;default&quot;) або як ключ пісочниці для --phone.
  forget [--phone ТЕЛЕФОН | --key НАЗВА]
                       Видалити робочий ключ або ключ пісочниці для --phone.
  decode               Прочитати JWT зі stdin і показати заголовок, твердження й термін дії.

Параметри:
  --env sandbox|production   Середовище (типово: sandbox).
  --base-url URL             Використати інший сервер (https або http на цьому комп’ютері);
                             правила середовища зберігаються.
  --timeout СЕКУНДИ          Скільки чекати на відповідь сервера (типово: 30).
  --ca-file PEM              Також довіряти сертифікатам CA з цього файлу.
  --json                     Машинозчитуваний вивід.
  --lang МОВА                Мова повідомлень: en, uk, pl або de (типово: мова системи).
  -h, --help                 Показати цю довідку.
  -v, --version              Показати версію.

Коди виходу:
  0  успіх
  2  помилка використання або введених даних (нічого не надіслано)
  3  автентифікацію відхилено (HTTP 401/403)
  4  запит відхилено (інші HTTP 4xx, як-от 404, 409, 422, 429)
  5  сервіс недоступний або збій мережі (HTTP 5xx, тайм-аут, немає з’єднання)
  6  збій TLS (не вдалося перевірити сертифікат сервера)
  7  пошкоджена або неочікувана відповідь
  8  збій сховища ключів
  9  не вдалося записати файл налаштувань
  10 не вдалося записати вивід
</translation>
    </message>
    <message>
        <source>Help of one command:
  COMMAND --help, help COMMAND
                       Show what COMMAND does and the options it takes.
</source>
        <translation>Довідка однієї команди:
  КОМАНДА --help, help КОМАНДА
                       Показати, що робить КОМАНДА і які параметри вона приймає.
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
        <translation>Змінні середовища:
  NOVAPOST_ENV         sandbox або production, як --env.
  NOVAPOST_BASE_URL    як --base-url.
  NOVAPOST_TIMEOUT     секунди, як --timeout.
  NOVAPOST_API_KEY     API-ключ для token, якщо не задано жодного з --api-key-stdin,
                       --phone і --key; після читання його видаляють із середовища.

Параметр у командному рядку має перевагу над своєю змінною.
</translation>
    </message>
    <message>
        <source>Unknown option %1; see novapost-jwt-cli --help.</source>
        <translation>Невідомий параметр %1; див. novapost-jwt-cli --help.</translation>
    </message>
    <message>
        <source>Unknown option %1; did you mean %2?</source>
        <translation>Невідомий параметр %1; можливо, ви мали на увазі %2?</translation>
    </message>
    <message>
        <source>Unknown command “%1”; did you mean %2?</source>
        <translation>Невідома команда «%1»; можливо, ви мали на увазі %2?</translation>
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
        <translation>Використання: novapost-jwt-cli [параметри] token [--phone ТЕЛЕФОН | --key НАЗВА] [--api-key-stdin]
                        [--min-ttl ХВИЛИНИ] [--fresh]

Виводить лише JWT, одним рядком (з --json: jwt, expiresAt, expiresIn, environment, cached).

Параметри token:
  --phone ТЕЛЕФОН    Ключ пісочниці, збережений для цього телефону (типово: останній
                     використаний телефон).
  --key НАЗВА        Збережений робочий ключ із цією назвою (типово: останній використаний,
                     інакше &quot;default&quot;).
  --api-key-stdin    Прочитати API-ключ зі стандартного вводу, а не зі сховища ключів.
  --min-ttl ХВИЛИНИ  Повторно використовувати кешований JWT, лише доки лишається щонайменше
                     стільки хвилин (типово 5).
  --fresh            Завжди запитувати в API новий JWT.

Без --phone, --key і --api-key-stdin використовується API-ключ зі змінної середовища
NOVAPOST_API_KEY, якщо її задано.
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
        <translation>Використання: novapost-jwt-cli [параметри] test-key --phone ТЕЛЕФОН [--print] [--renew]

Лише пісочниця: запитує тестовий API-ключ для телефону, зареєстрованого на my.novapost.com,
і зберігає його у сховищі ключів. Ключ, запитаний сьогодні, використовується повторно.

Параметри test-key:
  --phone ТЕЛЕФОН    Зареєстрований телефон із кодом країни.
  --print            Також вивести ключ у стандартний вивід.
  --renew            Запитати API знову, навіть якщо ключ уже запитували сьогодні.
</translation>
    </message>
    <message>
        <source>Usage: novapost-jwt-cli [options] keys

Lists the stored keys with their dates and status, never the keys themselves. With --json,
prints one JSON object (its fields are described in the README).

The keys command has no options of its own.
</source>
        <translation>Використання: novapost-jwt-cli [параметри] keys

Показує збережені ключі з датами й статусом, але ніколи самі ключі. З --json виводить
один об’єкт JSON (його поля описано в README).

Команда keys не має власних параметрів.
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
        <translation>Використання: novapost-jwt-cli [параметри] set-key [--phone ТЕЛЕФОН | --key НАЗВА]

Читає API-ключ зі стандартного вводу і зберігає його у сховищі ключів. У терміналі
просить ввести ключ і не показує введене.

Параметри set-key:
  --phone ТЕЛЕФОН    Пісочниця: телефон, якому належить ключ.
  --key НАЗВА        Робоче середовище: назва ключа, одна на компанію чи обліковий запис
                     (типово &quot;default&quot;).
</translation>
    </message>
    <message>
        <source>Usage: novapost-jwt-cli [options] forget [--phone PHONE | --key LABEL]

Removes a stored key and the JWTs cached with it.

Options of forget:
  --phone PHONE      Sandbox: the phone whose key is removed.
  --key LABEL        Production: the label of the key to remove (default &quot;default&quot;).
</source>
        <translation>Використання: novapost-jwt-cli [параметри] forget [--phone ТЕЛЕФОН | --key НАЗВА]

Видаляє збережений ключ і JWT, кешовані з ним.

Параметри forget:
  --phone ТЕЛЕФОН    Пісочниця: телефон, ключ якого видаляється.
  --key НАЗВА        Робоче середовище: назва ключа, який видаляється (типово &quot;default&quot;).
</translation>
    </message>
    <message>
        <source>Usage: novapost-jwt-cli [options] decode

Reads a JWT from standard input and shows its header, claims and expiry. Nothing is sent.

The decode command has no options of its own.
</source>
        <translation>Використання: novapost-jwt-cli [параметри] decode

Читає JWT зі стандартного вводу і показує його заголовок, твердження й термін дії. Нічого
не надсилається.

Команда decode не має власних параметрів.
</translation>
    </message>
    <message>
        <source>Options for every command (--env, --base-url, --timeout, --ca-file, --json, --lang)
and the exit codes: see novapost-jwt-cli --help.
</source>
        <translation>Параметри для всіх команд (--env, --base-url, --timeout, --ca-file, --json, --lang)
і коди виходу: див. novapost-jwt-cli --help.
</translation>
    </message>
    <message>
        <source>The environment variable NOVAPOST_ENV is “%1”; use sandbox or production.</source>
        <translation>Змінна середовища NOVAPOST_ENV має значення «%1»; використайте sandbox або production.</translation>
    </message>
    <message>
        <source>The environment variable NOVAPOST_BASE_URL cannot be used: %1</source>
        <translation>Змінну середовища NOVAPOST_BASE_URL не можна використати: %1</translation>
    </message>
    <message>
        <source>The environment variable NOVAPOST_TIMEOUT must be a number of seconds between 0 and 3600.</source>
        <translation>Змінна середовища NOVAPOST_TIMEOUT має бути кількістю секунд від 0 до 3600.</translation>
    </message>
</context>
<context>
    <name>novapost::gui::ClaimsPanel</name>
    <message>
        <source>Claims in the token</source>
        <translation>Твердження в токені</translation>
    </message>
    <message>
        <source>Show the claims in the token</source>
        <translation>Показати твердження в токені</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Hide the claims in the token</source>
        <translation>Приховати твердження в токені</translation>
    </message>
    <message>
        <source>%1 local time (%2)</source>
        <translation>%1 за місцевим часом (%2)</translation>
    </message>
    <message>
        <source>Issued at (iat)</source>
        <translation>Час видачі (iat)</translation>
    </message>
    <message>
        <source>Expires at (exp)</source>
        <translation>Дійсний до (exp)</translation>
    </message>
    <message>
        <source>Client id (cid)</source>
        <translation>Ідентифікатор клієнта (cid)</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Корисне навантаження (payload)</translation>
    </message>
</context>
<context>
    <name>novapost::gui::ClipboardDelayMenu</name>
    <message>
        <source>&amp;Clear clipboard after</source>
        <translation>&amp;Очищати буфер обміну через</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <comment>clipboard clearing delay</comment>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунди</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>clipboard clearing delay</comment>
        <translation>
            <numerusform>%n хвилину</numerusform>
            <numerusform>%n хвилини</numerusform>
            <numerusform>%n хвилин</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::gui::ClipboardStatusWidget</name>
    <message>
        <source>C&amp;lear now</source>
        <translation>Оч&amp;истити зараз</translation>
    </message>
    <message>
        <source>Clear the clipboard now</source>
        <translation>Очистити буфер обміну зараз</translation>
    </message>
    <message>
        <source>Remove the JWT from the clipboard now</source>
        <translation>Прибрати JWT із буфера обміну зараз</translation>
    </message>
    <message>
        <source>Clipboard clears in %1</source>
        <translation>Буфер обміну буде очищено через %1</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Буфер обміну буде очищено через %n секунду.</numerusform>
            <numerusform>Буфер обміну буде очищено через %n секунди.</numerusform>
            <numerusform>Буфер обміну буде очищено через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The JWT stays on the clipboard until it expires.</source>
        <translation>JWT залишається в буфері обміну до завершення терміну дії.</translation>
    </message>
    <message>
        <source>%1 JWT on the clipboard · clears in %2</source>
        <extracomment>%1 is the environment (Sandbox or Production), %2 the time left as m:ss.</extracomment>
        <translation>JWT (%1) у буфері обміну · очиститься через %2</translation>
    </message>
    <message>
        <source>%1 JWT on the clipboard until it expires</source>
        <extracomment>%1 is the environment (Sandbox or Production).</extracomment>
        <translation>JWT (%1) у буфері обміну до закінчення терміну дії</translation>
    </message>
    <message numerus="yes">
        <source>The %1 JWT on the clipboard is cleared in %n second(s).</source>
        <extracomment>%1 is the environment (Sandbox or Production).</extracomment>
        <translation>
            <numerusform>JWT (%1) у буфері обміну буде очищено через %n секунду.</numerusform>
            <numerusform>JWT (%1) у буфері обміну буде очищено через %n секунди.</numerusform>
            <numerusform>JWT (%1) у буфері обміну буде очищено через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::gui::DesktopNotifier</name>
    <message>
        <source>This system has no desktop notification service.</source>
        <translation>У цій системі немає служби сповіщень робочого столу.</translation>
    </message>
    <message>
        <source>There is no D-Bus session, so no desktop notification can be shown.</source>
        <translation>Немає сеансу D-Bus, тому сповіщення робочого столу показати неможливо.</translation>
    </message>
    <message>
        <source>No desktop notification service answered: %1</source>
        <translation>Жодна служба сповіщень робочого столу не відповіла: %1</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Показати вікно</translation>
    </message>
    <message>
        <source>The desktop notification service refused the notification: %1</source>
        <translation>Служба сповіщень робочого столу відхилила сповіщення: %1</translation>
    </message>
</context>
<context>
    <name>novapost::gui::ExtraCaCertificates</name>
    <message>
        <source>The extra CA certificates could not be loaded, so only the system&apos;s certificates are trusted. %1</source>
        <translation>Не вдалося завантажити додаткові сертифікати CA, тому довіра надається лише системним сертифікатам. %1</translation>
    </message>
    <message>
        <source>&amp;Trusted CA certificates…</source>
        <translation>&amp;Довірені сертифікати CA…</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in a PEM file, for a company proxy that inspects TLS.</source>
        <translation>Також довіряти сертифікатам CA з файлу PEM — для корпоративного проксі, що перевіряє TLS-трафік.</translation>
    </message>
    <message>
        <source>Remove e&amp;xtra CA certificates</source>
        <translation>&amp;Видалити додаткові сертифікати CA</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Довірені сертифікати CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертифікати PEM (*.pem *.crt *.cer);;Усі файли (*)</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Нічого не змінено.</translation>
    </message>
    <message>
        <source>%1 The CA certificates from %2 stay in use.</source>
        <translation>%1 Сертифікати CA з %2 і далі використовуються.</translation>
    </message>
    <message numerus="yes">
        <source>Connections now also trust the %n CA certificate(s) in %1.</source>
        <translation>
            <numerusform>Тепер з’єднання також довіряють %n сертифікату CA з %1.</numerusform>
            <numerusform>Тепер з’єднання також довіряють %n сертифікатам CA з %1.</numerusform>
            <numerusform>Тепер з’єднання також довіряють %n сертифікатам CA з %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The extra CA certificates were removed; only the system&apos;s certificates are trusted.</source>
        <translation>Додаткові сертифікати CA видалено; довіра надається лише системним сертифікатам.</translation>
    </message>
    <message>
        <source>Extra CAs (--ca-file): %1</source>
        <translation>Додаткові CA (--ca-file): %1</translation>
    </message>
    <message>
        <source>Extra CAs: %1</source>
        <translation>Додаткові CA: %1</translation>
    </message>
    <message numerus="yes">
        <source>Besides the system&apos;s certificates, %n CA certificate(s) from %1 are trusted.</source>
        <translation>
            <numerusform>Окрім системних сертифікатів, довіреним вважається %n сертифікат CA з %1.</numerusform>
            <numerusform>Окрім системних сертифікатів, довіреними вважаються %n сертифікати CA з %1.</numerusform>
            <numerusform>Окрім системних сертифікатів, довіреними вважаються %n сертифікатів CA з %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novapost::gui::LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Мова системи</translation>
    </message>
</context>
<context>
    <name>novapost::gui::MainWindow</name>
    <message>
        <source>PRODUCTION: tokens from here act on real shipments and real money.</source>
        <translation>РОБОЧЕ СЕРЕДОВИЩЕ: токени звідси діють на реальні відправлення й реальні гроші.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;How to use the JWT in the API documentation&apos;s Authorize dialog&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Як використати JWT у діалозі Authorize документації API&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the Nova Post documentation on using the JWT</source>
        <translation>Відкрити документацію Нової пошти про використання JWT</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Токен</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Nova Post API &amp;documentation</source>
        <translation>&amp;Документація API Нової пошти</translation>
    </message>
    <message>
        <source>&amp;About novapost-jwt</source>
        <translation>&amp;Про novapost-jwt</translation>
    </message>
    <message>
        <source>About novapost-jwt</source>
        <translation>Про novapost-jwt</translation>
    </message>
    <message>
        <source>novapost-jwt %1
JWTs for the Nova Post API v.1.0, with apiKeys kept in the system keychain.</source>
        <translation>novapost-jwt %1
JWT для API Нової пошти v.1.0; API-ключі зберігаються в системному сховищі ключів.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Середовище</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Середовище:</translation>
    </message>
    <message>
        <source>Sandbox test key</source>
        <translation>Тестовий ключ пісочниці</translation>
    </message>
    <message>
        <source>+49 821 343 7654</source>
        <translation>+49 821 343 7654</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефону</translation>
    </message>
    <message>
        <source>The phone number registered on my.novapost.com, with its country code.</source>
        <translation>Номер телефону, зареєстрований на my.novapost.com, з кодом країни.</translation>
    </message>
    <message>
        <source>&amp;Request test key</source>
        <translation>&amp;Запросити тестовий ключ</translation>
    </message>
    <message>
        <source>Request test key</source>
        <translation>Запросити тестовий ключ</translation>
    </message>
    <message>
        <source>Ask Nova Post for this phone&apos;s sandbox key (one request a day per phone).</source>
        <translation>Запросити в Нової пошти ключ пісочниці для цього телефону (один запит на день для кожного телефону).</translation>
    </message>
    <message>
        <source>Stored test keys</source>
        <translation>Збережені тестові ключі</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Дійсний до</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Востаннє використано</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Збережено</translation>
    </message>
    <message>
        <source>Re&amp;new</source>
        <translation>&amp;Поновити</translation>
    </message>
    <message>
        <source>Renew the selected test key</source>
        <translation>Поновити вибраний тестовий ключ</translation>
    </message>
    <message>
        <source>Request the selected phone&apos;s key again, even if it was requested today.</source>
        <translation>Запросити ключ для вибраного телефону ще раз, навіть якщо його вже запитували сьогодні.</translation>
    </message>
    <message>
        <source>Remove the selected test key</source>
        <translation>Видалити вибраний тестовий ключ</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <source>Production key</source>
        <translation>Робочий ключ</translation>
    </message>
    <message>
        <source>Test keys exist only in the sandbox. For production, create an API key on my.novapost.com under Integrations → API Keys (Ukrainian clients: Business cabinet → Settings → Security), then paste it here.</source>
        <translation>Тестові ключі існують лише в пісочниці. Для робочого середовища створіть API-ключ на my.novapost.com у розділі «Інтеграції → API-ключі» (клієнти з України: «Бізнес-кабінет → Налаштування → Безпека») і вставте його сюди.</translation>
    </message>
    <message>
        <source>Paste the production apiKey</source>
        <translation>Вставте робочий API-ключ</translation>
    </message>
    <message>
        <source>Production API key</source>
        <translation>Робочий API-ключ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Show the production key</source>
        <translation>Показати робочий ключ</translation>
    </message>
    <message>
        <source>Show or hide the key you are typing</source>
        <translation>Показати або приховати ключ, який ви вводите</translation>
    </message>
    <message>
        <source>Save the production key to the keychain</source>
        <translation>Зберегти робочий ключ у сховищі ключів</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>Заб&amp;ути…</translation>
    </message>
    <message>
        <source>Forget the saved production key</source>
        <translation>Забути збережений робочий ключ</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-клю&amp;ч:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Приховати</translation>
    </message>
    <message>
        <source>Hide the production key</source>
        <translation>Приховати робочий ключ</translation>
    </message>
    <message>
        <source>&amp;Get JWT</source>
        <translation>&amp;Отримати JWT</translation>
    </message>
    <message>
        <source>Get JWT</source>
        <translation>Отримати JWT</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel the running request</source>
        <translation>Скасувати поточний запит</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Виконується запит</translation>
    </message>
    <message>
        <source>Server: %1 (overridden with --base-url)</source>
        <translation>Сервер: %1 (перевизначено через --base-url)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Лише на цей сеанс</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>У сховищі ключів</translation>
    </message>
    <message>
        <source>No keychain was available; this key is forgotten when the program ends.</source>
        <translation>Сховище ключів було недоступне; цей ключ буде забуто після завершення програми.</translation>
    </message>
    <message>
        <source>Keys are stored in %1.</source>
        <translation>Ключі зберігаються %1.</translation>
    </message>
    <message>
        <source>Keys are kept in %1; they are forgotten when the program ends.</source>
        <translation>Ключі зберігаються %1; їх буде забуто після завершення програми.</translation>
    </message>
    <message>
        <source>No test keys stored yet. %1</source>
        <translation>Тестових ключів ще не збережено. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n test key(s) stored. %1</source>
        <translation>
            <numerusform>Збережено %n тестовий ключ. %1</numerusform>
            <numerusform>Збережено %n тестові ключі. %1</numerusform>
            <numerusform>Збережено %n тестових ключів. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the phone number registered on my.novapost.com, with its country code.</source>
        <translation>Введіть номер телефону, зареєстрований на my.novapost.com, з кодом країни.</translation>
    </message>
    <message>
        <source>Sent as %1. A test key is stored, valid until %2.</source>
        <extracomment>%1 is the phone number as digits, exactly as it will be sent to Nova Post.</extracomment>
        <translation>Надсилається як %1. Тестовий ключ збережено, він дійсний до %2.</translation>
    </message>
    <message>
        <source>Sent as %1. A test key is stored.</source>
        <translation>Надсилається як %1. Тестовий ключ збережено.</translation>
    </message>
    <message>
        <source>Sent as %1. No test key stored yet for this number.</source>
        <translation>Надсилається як %1. Для цього номера тестовий ключ ще не збережено.</translation>
    </message>
    <message>
        <source>No production key saved yet.</source>
        <translation>Робочий ключ ще не збережено.</translation>
    </message>
    <message>
        <source>A production key is saved in %1 (last used %2).</source>
        <translation>Робочий ключ збережено %1 (востаннє використано %2).</translation>
    </message>
    <message>
        <source>A production key is saved in %1.</source>
        <translation>Робочий ключ збережено %1.</translation>
    </message>
    <message>
        <source>A request is running; wait for it or cancel it.</source>
        <translation>Виконується запит; дочекайтеся його завершення або скасуйте його.</translation>
    </message>
    <message>
        <source>Save a production key first to get a JWT.</source>
        <translation>Щоб отримати JWT, спершу збережіть робочий ключ.</translation>
    </message>
    <message>
        <source>Enter a phone number with a stored test key to get a JWT.</source>
        <translation>Щоб отримати JWT, введіть номер телефону, для якого збережено тестовий ключ.</translation>
    </message>
    <message>
        <source>the saved production key</source>
        <extracomment>Which key made a token; inserted into &quot;Uses %1.&quot;, &quot;Getting a JWT with %1…&quot; and similar.</extracomment>
        <translatorcomment>Називний/знахідний відмінок: підставляється в «Буде використано %1.», «(використано %1)», «(використовується %1)».</translatorcomment>
        <translation>збережений робочий ключ</translation>
    </message>
    <message>
        <source>the test key for %1</source>
        <extracomment>Which key made a token; %1 is a phone number. Inserted into &quot;Uses %1.&quot; and similar.</extracomment>
        <translatorcomment>Називний/знахідний відмінок: підставляється в «Буде використано %1.», «(використано %1)», «(використовується %1)».</translatorcomment>
        <translation>тестовий ключ для %1</translation>
    </message>
    <message>
        <source>A test key for %1 was already requested today, so the stored key is used without asking again. Use Renew to ask Nova Post anyway.</source>
        <translation>Тестовий ключ для %1 уже запитували сьогодні, тому використовується збережений ключ без повторного запиту. Натисніть «Поновити», щоб усе ж запитати Нову пошту.</translation>
    </message>
    <message>
        <source>Requesting a test key for %1…</source>
        <translation>Запит тестового ключа для %1…</translation>
    </message>
    <message>
        <source>Test key for %1 saved; it is valid until %2. Press Get JWT next.</source>
        <translation>Тестовий ключ для %1 збережено; він дійсний до %2. Тепер натисніть «Отримати JWT».</translation>
    </message>
    <message>
        <source>Test key for %1 saved. Press Get JWT next.</source>
        <translation>Тестовий ключ для %1 збережено. Тепер натисніть «Отримати JWT».</translation>
    </message>
    <message>
        <source>Remove test key</source>
        <translation>Видалити тестовий ключ</translation>
    </message>
    <message>
        <source>Remove the stored test key for %1? You can request it again later, once a day.</source>
        <translation>Видалити збережений тестовий ключ для %1? Пізніше його можна буде запросити знову, раз на день.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>The test key for %1 was removed.</source>
        <translation>Тестовий ключ для %1 видалено.</translation>
    </message>
    <message>
        <source>The production key was saved. Press Get JWT next.</source>
        <translation>Робочий ключ збережено. Тепер натисніть «Отримати JWT».</translation>
    </message>
    <message>
        <source>Forget production key</source>
        <translation>Забути робочий ключ</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Забути</translation>
    </message>
    <message>
        <source>The production key was forgotten.</source>
        <translation>Робочий ключ забуто.</translation>
    </message>
    <message>
        <source>Getting a JWT with %1…</source>
        <translation>Отримання JWT (використовується %1)…</translation>
    </message>
    <message>
        <source>The keychain no longer holds the test key for %1. Renew it to store it again.</source>
        <translation>У сховищі ключів більше немає тестового ключа для %1. Поновіть його, щоб зберегти знову.</translation>
    </message>
    <message>
        <source>The keychain no longer holds the production key. Paste and save it again.</source>
        <translation>У сховищі ключів більше немає робочого ключа. Вставте й збережіть його знову.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запит скасовано.</translation>
    </message>
    <message>
        <source>Rem&amp;ove…</source>
        <translation>Вида&amp;лити…</translation>
    </message>
    <message>
        <source>S&amp;ave to keychain</source>
        <translation>&amp;Зберегти у сховищі ключів</translation>
    </message>
    <message>
        <source>Saved production key to use</source>
        <translation>Збережений робочий ключ, який буде використано</translation>
    </message>
    <message>
        <source>&amp;Use key:</source>
        <translation>Використ&amp;ати ключ:</translation>
    </message>
    <message>
        <source>For example: Acme Sp. z o.o.</source>
        <translation>Наприклад: Acme Sp. z o.o.</translation>
    </message>
    <message>
        <source>Company or account of the new key</source>
        <translation>Компанія чи обліковий запис нового ключа</translation>
    </message>
    <message>
        <source>Company or acc&amp;ount:</source>
        <translation>Компанія чи о&amp;бліковий запис:</translation>
    </message>
    <message>
        <source>A production key is kept in memory for this session only.</source>
        <translation>Робочий ключ зберігається в пам’яті лише на цей сеанс.</translation>
    </message>
    <message>
        <source>A production key is kept in memory for this session only (last used %1).</source>
        <translation>Робочий ключ зберігається в пам’яті лише на цей сеанс (востаннє використано %1).</translation>
    </message>
    <message>
        <source>the production key “%1”</source>
        <extracomment>Which key made a token; inserted into &quot;Uses %1.&quot;, &quot;Getting a JWT with %1…&quot; and similar.</extracomment>
        <translatorcomment>Називний/знахідний відмінок: підставляється в «Буде використано %1.», «(використано %1)», «(використовується %1)».</translatorcomment>
        <translation>робочий ключ «%1»</translation>
    </message>
    <message>
        <source>Remove the production key “%1” from %2? You will need to paste it again to get production tokens with it.</source>
        <translation>Видалити робочий ключ «%1», збережений %2? Щоб отримувати з ним робочі токени, його доведеться вставити знову.</translation>
    </message>
    <message>
        <source>Renewing the JWT with %1…</source>
        <translation>Поновлення JWT (використовується %1)…</translation>
    </message>
    <message numerus="yes">
        <source>Renewing the JWT automatically failed: %1 The next try is in %n second(s); the current token stays usable until it expires.</source>
        <translation>
            <numerusform>Не вдалося автоматично поновити JWT: %1 Наступна спроба — через %n секунду; поточний токен можна використовувати, доки не спливе його термін дії.</numerusform>
            <numerusform>Не вдалося автоматично поновити JWT: %1 Наступна спроба — через %n секунди; поточний токен можна використовувати, доки не спливе його термін дії.</numerusform>
            <numerusform>Не вдалося автоматично поновити JWT: %1 Наступна спроба — через %n секунд; поточний токен можна використовувати, доки не спливе його термін дії.</numerusform>
        </translation>
    </message>
    <message>
        <source>Get a &amp;fresh JWT</source>
        <translation>Отримати &amp;свіжий JWT</translation>
    </message>
    <message>
        <source>Ask Nova Post for a new JWT even if a stored one is still valid</source>
        <translation>Запросити в Нової пошти новий JWT, навіть якщо збережений ще дійсний</translation>
    </message>
    <message>
        <source>&amp;Copy JWT</source>
        <translation>&amp;Копіювати JWT</translation>
    </message>
    <message>
        <source>Copy as &amp;header line (Authorization: …)</source>
        <translation>Копіювати як рядок &amp;заголовка (Authorization: …)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url command</source>
        <translation>Копіювати як ко&amp;манду curl</translation>
    </message>
    <message>
        <source>&amp;Renew the JWT automatically before expiry</source>
        <translation>&amp;Автоматично поновлювати JWT до завершення терміну дії</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before expiry</source>
        <translation>
            <numerusform>За %n хвилину до завершення терміну дії</numerusform>
            <numerusform>За %n хвилини до завершення терміну дії</numerusform>
            <numerusform>За %n хвилин до завершення терміну дії</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Notify before expiry</source>
        <translation>&amp;Сповіщати перед завершенням терміну дії</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when closed</source>
        <translation>&amp;Залишатися в системному лотку після закриття</translation>
    </message>
    <message>
        <source>Request &amp;log…</source>
        <translation>&amp;Журнал запитів…</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>На цьому робочому столі немає системного лотка.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Типовий</translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n min ahead of Nova Post&apos;s; the countdown uses the server&apos;s time.</source>
        <translation>
            <numerusform>Ваш годинник поспішає на %n хв відносно Нової пошти; для зворотного відліку використовується час сервера.</numerusform>
            <numerusform>Ваш годинник поспішає на %n хв відносно Нової пошти; для зворотного відліку використовується час сервера.</numerusform>
            <numerusform>Ваш годинник поспішає на %n хв відносно Нової пошти; для зворотного відліку використовується час сервера.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n min behind Nova Post&apos;s; the countdown uses the server&apos;s time.</source>
        <translation>
            <numerusform>Ваш годинник відстає на %n хв від Нової пошти; для зворотного відліку використовується час сервера.</numerusform>
            <numerusform>Ваш годинник відстає на %n хв від Нової пошти; для зворотного відліку використовується час сервера.</numerusform>
            <numerusform>Ваш годинник відстає на %n хв від Нової пошти; для зворотного відліку використовується час сервера.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n s ahead of Nova Post&apos;s; the countdown uses the server&apos;s time.</source>
        <translation>
            <numerusform>Ваш годинник поспішає на %n с відносно Нової пошти; для зворотного відліку використовується час сервера.</numerusform>
            <numerusform>Ваш годинник поспішає на %n с відносно Нової пошти; для зворотного відліку використовується час сервера.</numerusform>
            <numerusform>Ваш годинник поспішає на %n с відносно Нової пошти; для зворотного відліку використовується час сервера.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your clock is %n s behind Nova Post&apos;s; the countdown uses the server&apos;s time.</source>
        <translation>
            <numerusform>Ваш годинник відстає на %n с від Нової пошти; для зворотного відліку використовується час сервера.</numerusform>
            <numerusform>Ваш годинник відстає на %n с від Нової пошти; для зворотного відліку використовується час сервера.</numerusform>
            <numerusform>Ваш годинник відстає на %n с від Нової пошти; для зворотного відліку використовується час сервера.</numerusform>
        </translation>
    </message>
    <message>
        <source>The language changes when the current request has finished. Choose it again then.</source>
        <translation>Мову буде змінено, коли поточний запит завершиться. Тоді виберіть її ще раз.</translation>
    </message>
    <message>
        <source>Waiting for the keychain to be unlocked…</source>
        <translation>Очікування розблокування сховища ключів…</translation>
    </message>
    <message>
        <source>No keychain could be used: keys are kept in memory for this session only.</source>
        <translation>Не вдалося скористатися жодним сховищем ключів: ключі зберігаються в пам’яті лише на цей сеанс.</translation>
    </message>
    <message>
        <source>Keys marked “This session only” are kept in memory; the others are stored in %1.</source>
        <translation>Ключі з позначкою «Лише на цей сеанс» зберігаються в пам’яті; решта зберігаються %1.</translation>
    </message>
    <message>
        <source>The test key stored for %1 still works: press Get JWT.</source>
        <translation>Тестовий ключ, збережений для %1, досі дійсний: натисніть «Отримати JWT».</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>test key status</comment>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>test key status</comment>
        <translation>Термін сплив</translation>
    </message>
    <message>
        <source>&amp;When to renew automatically</source>
        <translation>&amp;Коли поновлювати автоматично</translation>
    </message>
    <message numerus="yes">
        <source>Moves only the automatic renewal. The expiry warning still comes %n minute(s) before expiry.</source>
        <translation>
            <numerusform>Змінює лише час автоматичного поновлення. Попередження про закінчення терміну, як і раніше, з’являється за %n хвилину до нього.</numerusform>
            <numerusform>Змінює лише час автоматичного поновлення. Попередження про закінчення терміну, як і раніше, з’являється за %n хвилини до нього.</numerusform>
            <numerusform>Змінює лише час автоматичного поновлення. Попередження про закінчення терміну, як і раніше, з’являється за %n хвилин до нього.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uses %1. Shortcut: %2.</source>
        <translation>Буде використано %1. Комбінація клавіш: %2.</translation>
    </message>
    <message>
        <source>There is no test key for %1 yet; Request test key (or %2) gets one.</source>
        <translation>Для %1 ще немає тестового ключа; «Запросити тестовий ключ» (або %2) отримає його.</translation>
    </message>
    <message numerus="yes">
        <source>A stored JWT is still valid for %n minute(s), so it was used without asking Nova Post. Use Token → Get a fresh JWT (%1) to ask anyway.</source>
        <translation>
            <numerusform>Збережений JWT дійсний ще %n хвилину, тому його використано без запиту до Нової пошти. Щоб усе ж запитати новий, виберіть «Токен → Отримати свіжий JWT» (%1).</numerusform>
            <numerusform>Збережений JWT дійсний ще %n хвилини, тому його використано без запиту до Нової пошти. Щоб усе ж запитати новий, виберіть «Токен → Отримати свіжий JWT» (%1).</numerusform>
            <numerusform>Збережений JWT дійсний ще %n хвилин, тому його використано без запиту до Нової пошти. Щоб усе ж запитати новий, виберіть «Токен → Отримати свіжий JWT» (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask Nova Post for a JWT with the selected key (%1)</source>
        <translation>Запросити в Нової пошти JWT за вибраним ключем (%1)</translation>
    </message>
</context>
<context>
    <name>novapost::gui::MessageBanner</name>
    <message>
        <source>Retry</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Приховати це повідомлення</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Закрити повідомлення</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Інформація</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>When this message was shown</source>
        <translation>Коли з’явилося це повідомлення</translation>
    </message>
</context>
<context>
    <name>novapost::gui::RequestLogDialog</name>
    <message>
        <source>Copy &amp;log</source>
        <translation>&amp;Копіювати журнал</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Очистити</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Журнал запитів</translation>
    </message>
    <message>
        <source>Requests made since the program started. The apiKey is replaced by *** everywhere, so the log can be shared in a bug report.</source>
        <translation>Запити, зроблені від запуску програми. API-ключ усюди замінено на ***, тож журналом можна поділитися у звіті про помилку.</translation>
    </message>
    <message>
        <source>Requests made in this session</source>
        <translation>Запити, зроблені в цьому сеансі</translation>
    </message>
    <message>
        <source>Copy the request log</source>
        <translation>Копіювати журнал запитів</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Очистити журнал запитів</translation>
    </message>
    <message>
        <source>Remove every request from the log? This cannot be undone.</source>
        <translation>Видалити всі запити з журналу? Це не можна скасувати.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
</context>
<context>
    <name>novapost::gui::SingleInstance</name>
    <message>
        <source>Starting the app again will open a second window, because the lock file %1 could not be created.</source>
        <translation>Повторний запуск застосунку відкриє друге вікно, бо не вдалося створити файл блокування %1.</translation>
    </message>
    <message>
        <source>Starting the app again will open a second window, because this one cannot listen on %1 (%2).</source>
        <translation>Повторний запуск застосунку відкриє друге вікно, бо це вікно не може слухати %1 (%2).</translation>
    </message>
</context>
<context>
    <name>novapost::gui::TokenPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>Copy JWT</source>
        <translation>Копіювати JWT</translation>
    </message>
    <message>
        <source>Copied. Paste it into the Authorize dialog.</source>
        <translation>Скопійовано. Вставте його в діалог Authorize.</translation>
    </message>
    <message>
        <source>Time left before the JWT expires</source>
        <translation>Час до завершення терміну дії JWT</translation>
    </message>
    <message>
        <source>Production JWT</source>
        <translation>Робочий JWT</translation>
    </message>
    <message>
        <source>Sandbox JWT</source>
        <translation>JWT пісочниці</translation>
    </message>
    <message>
        <source>No token in this window.</source>
        <translation>У цьому вікні немає токена.</translation>
    </message>
    <message>
        <source>Production token from %1. It works on real shipments.</source>
        <translation>Робочий токен (використано %1). Він діє на реальні відправлення.</translation>
    </message>
    <message>
        <source>Sandbox token from %1.</source>
        <translation>Токен пісочниці (використано %1).</translation>
    </message>
    <message>
        <source>The token has no expiry claim; assuming it is valid until %1 local time (%2 UTC).</source>
        <translation>У токені немає твердження про термін дії; вважаємо, що він дійсний до %1 за місцевим часом (%2 UTC).</translation>
    </message>
    <message>
        <source>Valid until %1 local time (%2 UTC).</source>
        <translation>Дійсний до %1 за місцевим часом (%2 UTC).</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>Спливає через %1</translation>
    </message>
    <message>
        <source>The token expired and was removed from this window.</source>
        <translation>Термін дії токена сплив, і його прибрано з цього вікна.</translation>
    </message>
    <message>
        <source>Expired. Nova Post tokens last about an hour; get a new one to continue.</source>
        <translation>Термін дії сплив. Токени Нової пошти діють приблизно годину; отримайте новий, щоб продовжити.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Термін сплив</translation>
    </message>
    <message>
        <source>Nova Post takes the token as it is, without “Bearer”: send the header “Authorization: &lt;token&gt;”.</source>
        <translation>Нова пошта приймає токен як є, без «Bearer»: надсилайте заголовок «Authorization: &lt;токен&gt;».</translation>
    </message>
    <message>
        <source>Other ways to copy the JWT</source>
        <translation>Інші способи скопіювати JWT</translation>
    </message>
    <message>
        <source>Copy the JWT as an Authorization header line or a curl command</source>
        <translation>Копіювати JWT як рядок заголовка Authorization або як команду curl</translation>
    </message>
    <message>
        <source>Get &amp;JWT</source>
        <translation>Отримати &amp;JWT</translation>
    </message>
    <message>
        <source>Get JWT</source>
        <translation>Отримати JWT</translation>
    </message>
    <message>
        <source>Copy the JWT to the clipboard (%1)</source>
        <translation>Копіювати JWT у буфер обміну (%1)</translation>
    </message>
    <message>
        <source>No JWT yet. Press Get JWT (%1).</source>
        <translation>JWT ще немає. Натисніть «Отримати JWT» (%1).</translation>
    </message>
    <message>
        <source>Use Copy or %1 to copy the JWT.</source>
        <translation>Щоб скопіювати JWT, натисніть «Копіювати» або %1.</translation>
    </message>
</context>
<context>
    <name>novapost::gui::TrayController</name>
    <message>
        <source>&amp;Copy JWT</source>
        <translation>&amp;Копіювати JWT</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Показати вікно</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>Nova Post JWT</source>
        <translation>JWT Нової пошти</translation>
    </message>
    <message>
        <source>Nova Post JWT — %1: the token expires in %2.</source>
        <translation>JWT Нової пошти — %1: термін дії токена спливає через %2.</translation>
    </message>
    <message>
        <source>Nova Post JWT — %1: the token has expired.</source>
        <translation>JWT Нової пошти — %1: термін дії токена сплив.</translation>
    </message>
    <message>
        <source>Nova Post JWT — %1: no token yet.</source>
        <translation>JWT Нової пошти — %1: токена ще немає.</translation>
    </message>
    <message>
        <source>The JWT expires soon</source>
        <translation>Термін дії JWT скоро спливе</translation>
    </message>
    <message>
        <source>The JWT has expired</source>
        <translation>Термін дії JWT сплив</translation>
    </message>
    <message>
        <source>The %1 JWT has expired. Get a new one to continue.</source>
        <translation>Термін дії JWT (%1) сплив. Отримайте новий, щоб продовжити.</translation>
    </message>
    <message>
        <source>Get a &amp;fresh JWT</source>
        <translation>Отримати &amp;свіжий JWT</translation>
    </message>
    <message>
        <source>The %1 JWT expires in %2.</source>
        <translation>Термін дії JWT (%1) спливає через %2.</translation>
    </message>
    <message>
        <source>Get a fresh JWT</source>
        <translation>Отримати свіжий JWT</translation>
    </message>
</context>
</TS>
