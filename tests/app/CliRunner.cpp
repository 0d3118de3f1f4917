#include "CliRunner.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>

#include <sys/resource.h>

namespace nwtest {

QString CliResult::describe() const
{
    QString state = !started ? QStringLiteral("did not start")
        : timedOut           ? QStringLiteral("HUNG (killed at the deadline)")
        : crashed            ? QStringLiteral("CRASHED")
                             : QStringLiteral("exit %1").arg(exitCode);
    return QStringLiteral("%1\n--- stdout ---\n%2\n--- stderr ---\n%3").arg(state, out().left(2000), err().left(4000));
}

QString source(const QString& relative)
{
    return QStringLiteral(NETWRIGHT_SOURCE_DIR "/") + relative;
}

std::optional<QJsonObject> singleJsonObject(const QByteArray& stdoutBytes, QString* problem)
{
    // QJsonDocument refuses anything after the document ("garbage at the end").
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(stdoutBytes, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = QStringLiteral("stdout is not one JSON document: %1 at byte %2").arg(error.errorString()).arg(error.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *problem = QStringLiteral("stdout holds JSON, but not an object");
        return std::nullopt;
    }
    return doc.object();
}

CliResult runCli(const QStringList& arguments, const CliOptions& options)
{
    QProcess process;
    process.setProgram(QStringLiteral(NETWRIGHT_CLI));
    process.setArguments(arguments);
    process.setWorkingDirectory(
        options.workingDirectory.isEmpty() ? QStringLiteral(NETWRIGHT_SOURCE_DIR) : options.workingDirectory);
    process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef __SANITIZE_ADDRESS__
    // AddressSanitizer reserves terabytes of shadow memory at start, which no
    // RLIMIT_AS allows: its own allocator enforces the limit instead (one allocation
    // past it fails as std::bad_alloc, as it would under the rlimit; resident memory
    // past it aborts the run, which the test reports as a crash).
    if (options.addressSpaceLimit > 0) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString limitMb = QString::number(options.addressSpaceLimit / (1024 * 1024));
        environment.insert(QStringLiteral("ASAN_OPTIONS"),
            environment.value(QStringLiteral("ASAN_OPTIONS"))
                + QStringLiteral(":allocator_may_return_null=1:max_allocation_size_mb=%1:hard_rss_limit_mb=%1")
                      .arg(limitMb));
        process.setProcessEnvironment(environment);
    }
#else
    if (options.addressSpaceLimit > 0) {
        const rlim_t limit = static_cast<rlim_t>(options.addressSpaceLimit);
        // Runs in the child between fork and exec: setrlimit is async-signal-safe.
        process.setChildProcessModifier([limit] {
            const rlimit r { limit, limit };
            setrlimit(RLIMIT_AS, &r);
        });
    }
#endif
    CliResult result;
    process.start();
    if (!process.waitForStarted(10000)) {
        result.started = false;
        return result;
    }
    process.closeWriteChannel(); // stdin at EOF: the CLI must never wait for input
    if (!process.waitForFinished(static_cast<int>(options.timeout.count()))) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.stdoutBytes = process.readAllStandardOutput();
    result.stderrBytes = process.readAllStandardError();
    result.crashed = !result.timedOut && process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.timedOut || result.crashed ? -1 : process.exitCode();
    return result;
}

} // namespace nwtest
