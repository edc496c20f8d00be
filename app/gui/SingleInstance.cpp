// SPDX-License-Identifier: MIT
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace novapost::gui {

namespace {

// One line each way: "novapost-jwt-show [sandbox|production]\n", answered by "shown <environment>\n".
constexpr char RequestVerb[] = "novapost-jwt-show";
constexpr char AnswerVerb[] = "shown";
// Far more than a request needs; a peer sending more is not a launch of this program.
constexpr qint64 MaxLineBytes = 256;
constexpr int RetryIntervalMs = 100;

QString userIdentity()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

/** Where the socket and its lock live: the user's private runtime folder when there is one. */
QString socketDirectory()
{
#ifdef Q_OS_UNIX
    const QFileInfo runtime(qEnvironmentVariable("XDG_RUNTIME_DIR"));
    // A socket path must fit in sockaddr_un (108 bytes with its terminating zero).
    if (!runtime.filePath().isEmpty() && runtime.isDir() && runtime.isWritable() &&
        runtime.absoluteFilePath().toLocal8Bit().size() < 70)
        return runtime.absoluteFilePath();
    // The shared temporary folder: in a folder of our own that only this user may enter, so that
    // nobody else can take the lock's or the socket's name first.
    const QString own = QDir::tempPath() + QStringLiteral("/novapost-jwt-") + userIdentity();
    QDir().mkdir(own);
    QFile::setPermissions(own, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QFileInfo ownInfo(own);
    if (ownInfo.isDir() && !ownInfo.isSymLink() && ownInfo.ownerId() == ::getuid() &&
        ownInfo.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                  QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser))
        return own;
#endif
    return QDir::tempPath();
}

} // namespace

SingleInstance::SingleInstance(const QString& settingsFileName, QObject* parent)
    : QObject(parent)
{
    // The user is part of the name too: the temporary folder and Windows' pipe names are shared by all.
    const QByteArray identity =
        (userIdentity() + QLatin1Char('\n') + QFileInfo(settingsFileName).absoluteFilePath()).toUtf8();
    const QString name =
        QStringLiteral("novapost-jwt-") +
        QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16));
    const QString directory = socketDirectory();
#ifdef Q_OS_UNIX
    m_serverName = directory + QLatin1Char('/') + name;
#else
    m_serverName = name;
#endif
    m_lock = std::make_unique<QLockFile>(directory + QLatin1Char('/') + name + QStringLiteral(".lock"));
    // Never stale by age: the instance may run for weeks. A holder that died is still noticed.
    m_lock->setStaleLockTime(0);

    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_handingOver)
            return;
        m_handingOver = false;
        dropClient();
        emit unanswered();
    });
}

SingleInstance::~SingleInstance()
{
    // The socket goes before the lock: once the lock is free a new instance may listen on the same
    // name, and closing this server after that would remove the new one's socket.
    delete m_server;
    m_server = nullptr;
    m_lock.reset();
}

bool SingleInstance::tryBecomeInstance()
{
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError)
            return false;
        m_problem = tr("Starting the app again will open a second window, because the lock file %1 "
                       "could not be created.")
                        .arg(QDir::toNativeSeparators(m_lock->fileName()));
        return true;
    }
    listen();
    return true;
}

void SingleInstance::listen()
{
    // Whoever holds the lock owns the name, so a socket already there was left by a run that crashed.
    QLocalServer::removeServer(m_serverName);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    if (!m_server->listen(m_serverName))
        m_problem = tr("Starting the app again will open a second window, because this one cannot listen "
                       "on %1 (%2).")
                        .arg(QDir::toNativeSeparators(m_serverName), m_server->errorString());
}

void SingleInstance::setActivationHandler(ActivationHandler handler)
{
    m_handler = std::move(handler);
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection())
        serve(socket);
}

void SingleInstance::serve(QLocalSocket* socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    // A peer that never finishes its line is not kept forever.
    QTimer::singleShot(AnswerTimeoutMs, socket, [socket] { socket->abort(); });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > MaxLineBytes)
                socket->abort();
            return;
        }
        const QList<QByteArray> words = socket->readLine(MaxLineBytes).simplified().split(' ');
        std::optional<EnvironmentKind> environment;
        if (words.size() == 2)
            environment = Environment::kindFromId(QString::fromLatin1(words.at(1)));
        const bool valid = !words.isEmpty() && words.at(0) == RequestVerb && words.size() <= 2 &&
                           (words.size() == 1 || environment);
        if (!valid || !m_handler) {
            socket->abort();
            return;
        }
        const EnvironmentKind shown = m_handler(environment);
        socket->write(QByteArray(AnswerVerb) + ' ' + Environment::idOf(shown).toLatin1() + '\n');
        // Sends what is written first.
        socket->disconnectFromServer();
    });
}

void SingleInstance::handOver(std::optional<EnvironmentKind> environment)
{
    m_requestedEnvironment = environment;
    m_handingOver = true;
    m_deadline.start(AnswerTimeoutMs);
    attemptHandOver();
}

void SingleInstance::attemptHandOver()
{
    if (!m_handingOver)
        return;
    // The holder may have quit or crashed since: then this run is the instance.
    if (m_lock->tryLock(0)) {
        m_handingOver = false;
        m_deadline.stop();
        listen();
        emit becameInstance();
        return;
    }
    m_client = new QLocalSocket(this);
    connect(m_client, &QLocalSocket::connected, this, [this] {
        QByteArray request(RequestVerb);
        if (m_requestedEnvironment)
            request += ' ' + Environment::idOf(*m_requestedEnvironment).toLatin1();
        m_client->write(request + '\n');
    });
    connect(m_client, &QLocalSocket::readyRead, this, &SingleInstance::readAnswer);
    // Not listening yet (it is starting at this moment), or gone without an answer: ask again.
    connect(m_client, &QLocalSocket::errorOccurred, this, &SingleInstance::retryHandOverLater);
    m_client->connectToServer(m_serverName);
}

void SingleInstance::dropClient()
{
    if (!m_client)
        return;
    m_client->disconnect(this);
    m_client->abort();
    m_client->deleteLater();
}

void SingleInstance::retryHandOverLater()
{
    dropClient();
    if (m_handingOver)
        QTimer::singleShot(RetryIntervalMs, this, &SingleInstance::attemptHandOver);
}

void SingleInstance::readAnswer()
{
    if (!m_client || !m_client->canReadLine()) {
        if (m_client && m_client->bytesAvailable() > MaxLineBytes)
            retryHandOverLater();
        return;
    }
    const QList<QByteArray> words = m_client->readLine(MaxLineBytes).simplified().split(' ');
    const std::optional<EnvironmentKind> shown =
        words.size() == 2 && words.at(0) == AnswerVerb
            ? Environment::kindFromId(QString::fromLatin1(words.at(1)))
            : std::nullopt;
    if (!shown || !m_handingOver) {
        retryHandOverLater();
        return;
    }
    m_handingOver = false;
    m_deadline.stop();
    m_client->disconnect(this);
    m_client->disconnectFromServer();
    m_client->deleteLater();
    emit handedOver(*shown);
}

} // namespace novapost::gui
