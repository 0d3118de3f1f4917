#include "SaveKills.h"

#include "io/ProjectFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QThread>

namespace nwtest {

namespace {

KilledRun finish(QProcess& process, int timeoutMs)
{
    KilledRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.output = "HUNG\n";
    }
    run.output += process.readAll();
    // strace re-raises the tracee's fatal signal on itself, so both look alike here.
    run.killed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.killed ? -1 : process.exitCode();
    return run;
}

void prepare(QProcess& process, const KillTarget& target)
{
    process.setWorkingDirectory(target.workingDirectory);
    process.setProcessEnvironment(target.environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
}

// For a run under strace: LeakSanitizer cannot work under ptrace (it stops the
// process to scan it, and strace already holds it), so a sanitizer build's leak
// check is off there; the same runs are leak-checked untraced elsewhere.
void prepareTraced(QProcess& process, const KillTarget& target)
{
    prepare(process, target);
    QProcessEnvironment environment = target.environment;
    environment.insert(QStringLiteral("ASAN_OPTIONS"),
        environment.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
    process.setProcessEnvironment(environment);
}

} // namespace

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList saveSyscalls()
{
    return { QStringLiteral("rename"), QStringLiteral("renameat"), QStringLiteral("renameat2"), QStringLiteral("link"),
        QStringLiteral("linkat"), QStringLiteral("unlink"), QStringLiteral("unlinkat") };
}

bool straceWorks(QString* problem)
{
    QProcess process;
    process.start(QStringLiteral("strace"),
        { QStringLiteral("-qq"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("true") });
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *problem
            = QStringLiteral("strace does not run here (scripts/install-deps.sh installs it; ptrace must be "
                             "allowed): %1")
                  .arg(QString::fromLocal8Bit(process.readAllStandardError() + process.errorString().toLocal8Bit()));
        return false;
    }
    return true;
}

std::map<QString, int> countSaveSyscalls(const KillTarget& target, QString* problem)
{
    std::map<QString, int> counts;
    QTemporaryFile trace;
    if (!trace.open()) {
        *problem = QStringLiteral("no temporary file for the trace");
        return counts;
    }
    QProcess process;
    prepareTraced(process, target);
    process.start(QStringLiteral("strace"),
        QStringList { QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), trace.fileName(),
            QStringLiteral("-e"), QStringLiteral("trace=") + saveSyscalls().join(QLatin1Char(',')), target.program }
            + target.arguments);
    const KilledRun run = finish(process, 120000);
    if (run.killed || run.exitCode != 0) {
        *problem = QStringLiteral("the uninterrupted run failed:\n") + QString::fromLocal8Bit(run.output);
        return counts;
    }
    // Lines look like "1234  linkat(AT_FDCWD, ...) = 0"; "<unfinished ...>" halves count once.
    static const QRegularExpression call(QStringLiteral("^\\d+\\s+(\\w+)\\("));
    for (const QByteArray& line : trace.readAll().split('\n')) {
        const QRegularExpressionMatch m = call.match(QString::fromUtf8(line));
        if (m.hasMatch())
            ++counts[m.captured(1)];
    }
    return counts;
}

KilledRun runKilledAtSyscall(const KillTarget& target, const QString& syscall, int when)
{
    QProcess process;
    prepareTraced(process, target);
    process.start(QStringLiteral("strace"),
        QStringList { QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
            QStringLiteral("-e"), QStringLiteral("trace=") + syscall, QStringLiteral("-e"),
            QStringLiteral("inject=%1:signal=KILL:when=%2").arg(syscall).arg(when), target.program }
            + target.arguments);
    if (!process.waitForStarted(10000))
        return {};
    KilledRun run = finish(process, 120000);
    run.started = true;
    return run;
}

KilledRun runKilledAfter(const KillTarget& target, std::chrono::microseconds delay)
{
    QProcess process;
    prepare(process, target);
    process.setProgram(target.program);
    process.setArguments(target.arguments);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    QThread::usleep(static_cast<unsigned long>(delay.count()));
    process.kill(); // SIGKILL
    KilledRun run = finish(process, 120000);
    run.started = true;
    return run;
}

KilledRun runToEnd(const KillTarget& target)
{
    QProcess process;
    prepare(process, target);
    process.start(target.program, target.arguments);
    if (!process.waitForStarted(10000))
        return {};
    KilledRun run = finish(process, 120000);
    run.started = true;
    return run;
}

std::optional<Pair> readPair(const QString& projectPath, QString* problem)
{
    const std::optional<nw::Project> project = nw::ProjectFile::read(projectPath, problem);
    if (!project)
        return std::nullopt;
    Pair pair;
    pair.graph = project->graph;
    pair.weightsPath = project->resolvedWeightsPath(projectPath);
    QFile weights(pair.weightsPath);
    if (pair.weightsPath.isEmpty() || !weights.open(QIODevice::ReadOnly)) {
        *problem = projectPath + QStringLiteral(": names no readable weights file (\"%1\")").arg(project->weights);
        return std::nullopt;
    }
    pair.weights = weights.readAll();
    return pair;
}

QByteArray withDenseUnits(const QByteArray& projectJson, const QString& nodeId, int units)
{
    QJsonObject root = QJsonDocument::fromJson(projectJson).object();
    QJsonObject graph = root.value(QStringLiteral("graph")).toObject();
    QJsonArray nodes = graph.value(QStringLiteral("nodes")).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject node = nodes[i].toObject();
        if (node.value(QStringLiteral("id")).toString() == nodeId)
            node.insert(QStringLiteral("params"), QJsonObject { { QStringLiteral("units"), units } });
        nodes[i] = node;
    }
    graph.insert(QStringLiteral("nodes"), nodes);
    root.insert(QStringLiteral("graph"), graph);
    return QJsonDocument(root).toJson();
}

PairIs judge(const Pair& found, const Pair& old, const Pair& fresh)
{
    if (found.graph == old.graph && found.weights == old.weights)
        return PairIs::Old;
    if (found.graph == fresh.graph && found.weights == fresh.weights)
        return PairIs::New;
    return PairIs::Neither;
}

} // namespace nwtest
