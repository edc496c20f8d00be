// SPDX-License-Identifier: MIT
// One window per user and settings file: a later launch of the real novapost-jwt hands over to the
// window that runs already. Every case runs two or more real processes of the built binary, each
// with its own HOME and XDG folders; the runtime folder, where the window listens, is shared.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>
#include <vector>

#include <sys/types.h>

namespace {

constexpr int StartTimeoutMs = 15000;
constexpr int HandOverTimeoutMs = 10000;
// How long a launch waits for an instance that does not answer (SingleInstance::AnswerTimeoutMs).
constexpr int AnswerTimeoutMs = 10000;

} // namespace

class SingleInstanceTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void secondLaunchSwitchesTheRunningWindowToItsEnvironment();
    void secondLaunchWithoutEnvKeepsTheRunningWindowsEnvironment();
    void crashedInstanceIsReplacedByTheNextLaunch();
    void separateSettingsLocationsRunSeparately();
    void simultaneousLaunchesLeaveOneWindow();
    void unansweringWindowLeavesTheLaunchToOpenItsOwn();

private:
    /** Starts novapost-jwt with @p profile's HOME and XDG folders and the shared runtime folder. */
    QProcess* launch(const QString& profile, const QStringList& arguments);
    QString runtimeFolder() const { return m_dir->filePath(QStringLiteral("runtime")); }
    QString settingsFile(const QString& profile) const
    {
        return m_dir->filePath(profile + QStringLiteral("/config/novapost-jwt/novapost-jwt.ini"));
    }
    QString rememberedEnvironment(const QString& profile) const
    {
        return QSettings(settingsFile(profile), QSettings::IniFormat)
            .value(QStringLiteral("environment"))
            .toString();
    }
    /** The sockets in the runtime folder (the window's listening points; the locks are beside them). */
    QStringList sockets() const;
    /** Process ids written in the lock files of the runtime folder: who holds the instance. */
    QList<qint64> lockHolders() const;
    /** True once @p process holds a lock and the socket beside it is there: it is the running instance. */
    bool isInstance(const QProcess* process) const;
    /** Waits for @p process to end, and checks it handed over: exit code 0 and its sentence on stderr. */
    void verifyHandedOver(QProcess* process, const QString& shownEnvironment);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<QProcess>> m_processes;
    /** What the last process verifyHandedOver() waited for wrote on stderr. */
    QString m_lastErrors;
};

void SingleInstanceTest::init()
{
    // Short, so the socket path fits the limit of a Unix socket address.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/novapost-single-XXXXXX"));
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(runtimeFolder()));
    QVERIFY(QFile::setPermissions(runtimeFolder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void SingleInstanceTest::cleanup()
{
    for (const std::unique_ptr<QProcess>& process : m_processes) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    m_processes.clear();
    m_dir.reset();
}

QProcess* SingleInstanceTest::launch(const QString& profile, const QStringList& arguments)
{
    const QString base = m_dir->filePath(profile);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto& [variable, folder] :
         {std::pair{"HOME", "home"}, std::pair{"XDG_CONFIG_HOME", "config"},
          std::pair{"XDG_CACHE_HOME", "cache"}, std::pair{"XDG_DATA_HOME", "data"},
          std::pair{"XDG_STATE_HOME", "state"}, std::pair{"TMPDIR", "tmp"}}) {
        const QString path = base + QLatin1Char('/') + QLatin1String(folder);
        QDir().mkpath(path);
        environment.insert(QLatin1String(variable), path);
    }
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeFolder());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("XDG_ACTIVATION_TOKEN"));

    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment);
    // Nothing should go to the network, but should a window start, it talks to a closed local port.
    process->start(QStringLiteral(NOVAPOST_GUI_PATH),
                   QStringList{QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/")} +
                       arguments);
    if (!process->waitForStarted(StartTimeoutMs))
        qWarning("novapost-jwt did not start: %s", qPrintable(process->errorString()));
    m_processes.push_back(std::move(process));
    return m_processes.back().get();
}

QStringList SingleInstanceTest::sockets() const
{
    QStringList found;
    const QFileInfoList entries =
        QDir(runtimeFolder())
            .entryInfoList({QStringLiteral("novapost-jwt-*")}, QDir::System | QDir::Files | QDir::Hidden);
    for (const QFileInfo& entry : entries) {
        if (!entry.fileName().endsWith(QLatin1String(".lock")))
            found.append(entry.absoluteFilePath());
    }
    return found;
}

QList<qint64> SingleInstanceTest::lockHolders() const
{
    QList<qint64> holders;
    const QFileInfoList locks =
        QDir(runtimeFolder())
            .entryInfoList({QStringLiteral("novapost-jwt-*.lock")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo& lock : locks) {
        QFile file(lock.absoluteFilePath());
        if (file.open(QIODevice::ReadOnly))
            holders.append(file.readLine().trimmed().toLongLong());
    }
    return holders;
}

bool SingleInstanceTest::isInstance(const QProcess* process) const
{
    if (process->state() != QProcess::Running)
        return false;
    const QFileInfoList locks =
        QDir(runtimeFolder())
            .entryInfoList({QStringLiteral("novapost-jwt-*.lock")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo& lock : locks) {
        QFile file(lock.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly) || file.readLine().trimmed().toLongLong() != process->processId())
            continue;
        // The socket is named as the lock without ".lock".
        const QString socket = lock.absoluteFilePath().chopped(int(qstrlen(".lock")));
        return sockets().contains(socket);
    }
    return false;
}

void SingleInstanceTest::verifyHandedOver(QProcess* process, const QString& shownEnvironment)
{
    QVERIFY2(process->state() == QProcess::NotRunning || process->waitForFinished(HandOverTimeoutMs),
             "The second launch is still running: it opened a window of its own.");
    m_lastErrors = QString::fromUtf8(process->readAllStandardError());
    const QString& errors = m_lastErrors;
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QVERIFY2(process->exitCode() == 0, qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("brought to the front. It shows %1.").arg(shownEnvironment)),
             qPrintable(errors));
}

void SingleInstanceTest::secondLaunchSwitchesTheRunningWindowToItsEnvironment()
{
    QProcess* first = launch(QStringLiteral("user"), {});
    QTRY_VERIFY_WITH_TIMEOUT(isInstance(first), StartTimeoutMs);
    QCOMPARE(sockets().size(), 1);
    // Only its user may connect.
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(sockets().constFirst()).permissions() & others, QFile::Permissions());
    QVERIFY(rememberedEnvironment(QStringLiteral("user")) != QLatin1String("production"));

    QProcess* second =
        launch(QStringLiteral("user"), {QStringLiteral("--env"), QStringLiteral("production")});
    verifyHandedOver(second, QStringLiteral("Production"));
    // The running window switched as if production had been chosen in its environment bar: it remembers it.
    QTRY_COMPARE_WITH_TIMEOUT(rememberedEnvironment(QStringLiteral("user")), QStringLiteral("production"),
                              5000);
    QCOMPARE(first->state(), QProcess::Running);
    QCOMPARE(lockHolders(), QList<qint64>{first->processId()});
}

void SingleInstanceTest::secondLaunchWithoutEnvKeepsTheRunningWindowsEnvironment()
{
    // Sandbox remembered, production asked for on the command line: the window shows production.
    QVERIFY(QDir().mkpath(QFileInfo(settingsFile(QStringLiteral("user"))).absolutePath()));
    {
        QSettings settings(settingsFile(QStringLiteral("user")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("environment"), QStringLiteral("sandbox"));
    }
    QProcess* first = launch(QStringLiteral("user"), {QStringLiteral("--env"), QStringLiteral("production")});
    QTRY_VERIFY_WITH_TIMEOUT(isInstance(first), StartTimeoutMs);

    // Without --env the window stays where it is, not on the remembered or the default environment.
    QProcess* second = launch(QStringLiteral("user"), {});
    verifyHandedOver(second, QStringLiteral("Production"));
    QCOMPARE(first->state(), QProcess::Running);
    QCOMPARE(rememberedEnvironment(QStringLiteral("user")), QStringLiteral("sandbox"));
    // --base-url (given to every launch here) belongs to the start of a window: it says so.
    QVERIFY2(m_lastErrors.contains(QStringLiteral("only apply when the window starts")),
             qPrintable(m_lastErrors));
}

void SingleInstanceTest::crashedInstanceIsReplacedByTheNextLaunch()
{
    QProcess* crashed = launch(QStringLiteral("user"), {});
    QTRY_VERIFY_WITH_TIMEOUT(isInstance(crashed), StartTimeoutMs);
    const qint64 crashedId = crashed->processId();
    ::kill(pid_t(crashedId), SIGKILL);
    QVERIFY(crashed->waitForFinished(5000));
    // What a crash leaves behind: the socket and the lock naming a process that is gone.
    QCOMPARE(sockets().size(), 1);
    QCOMPARE(lockHolders(), QList<qint64>{crashedId});

    QProcess* next = launch(QStringLiteral("user"), {});
    QTRY_VERIFY_WITH_TIMEOUT(isInstance(next), StartTimeoutMs);
    QProcess* later = launch(QStringLiteral("user"), {QStringLiteral("--env"), QStringLiteral("sandbox")});
    verifyHandedOver(later, QStringLiteral("Sandbox"));
    QCOMPARE(next->state(), QProcess::Running);
}

void SingleInstanceTest::separateSettingsLocationsRunSeparately()
{
    QProcess* one = launch(QStringLiteral("one"), {});
    QProcess* two = launch(QStringLiteral("two"), {});
    QTRY_VERIFY_WITH_TIMEOUT(isInstance(one) && isInstance(two), StartTimeoutMs);
    QCOMPARE(sockets().size(), 2);

    QProcess* toTwo = launch(QStringLiteral("two"), {QStringLiteral("--env"), QStringLiteral("production")});
    verifyHandedOver(toTwo, QStringLiteral("Production"));
    QTRY_COMPARE_WITH_TIMEOUT(rememberedEnvironment(QStringLiteral("two")), QStringLiteral("production"),
                              5000);
    QVERIFY(rememberedEnvironment(QStringLiteral("one")) != QLatin1String("production"));
    QCOMPARE(one->state(), QProcess::Running);
    QCOMPARE(two->state(), QProcess::Running);
}

void SingleInstanceTest::simultaneousLaunchesLeaveOneWindow()
{
    QProcess* left = launch(QStringLiteral("user"), {});
    QProcess* right = launch(QStringLiteral("user"), {});
    // One of them hands over to the other, whichever took the lock first.
    QTRY_VERIFY_WITH_TIMEOUT(left->state() == QProcess::NotRunning || right->state() == QProcess::NotRunning,
                             HandOverTimeoutMs);
    QProcess* ended = left->state() == QProcess::NotRunning ? left : right;
    QProcess* running = ended == left ? right : left;
    verifyHandedOver(ended, QStringLiteral("Sandbox"));
    QTRY_VERIFY_WITH_TIMEOUT(isInstance(running), StartTimeoutMs);
    QCOMPARE(lockHolders(), QList<qint64>{running->processId()});
}

void SingleInstanceTest::unansweringWindowLeavesTheLaunchToOpenItsOwn()
{
    QProcess* stuck = launch(QStringLiteral("user"), {});
    QTRY_VERIFY_WITH_TIMEOUT(isInstance(stuck), StartTimeoutMs);
    // Stopped, it still holds the lock and the kernel still accepts connections, but nothing answers.
    ::kill(pid_t(stuck->processId()), SIGSTOP);
    auto resume = qScopeGuard([stuck] { ::kill(pid_t(stuck->processId()), SIGCONT); });

    QProcess* next = launch(QStringLiteral("user"), {});
    QElapsedTimer waited;
    waited.start();
    QByteArray errors;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (errors += next->readAllStandardError()).contains("did not answer within 10 second"),
        errors.constData(), AnswerTimeoutMs + HandOverTimeoutMs);
    QVERIFY2(waited.elapsed() >= AnswerTimeoutMs - 500, qPrintable(QString::number(waited.elapsed())));
    // It opened a window of its own rather than doing nothing.
    QTest::qWait(1000);
    QCOMPARE(next->state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(SingleInstanceTest)
#include "tst_single_instance.moc"
