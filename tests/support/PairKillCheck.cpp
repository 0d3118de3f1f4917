#include "support/PairKillCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>

namespace nwtest {

PairKillCheck::PairKillCheck(QString workProject, Pair old, QByteArray oldProject, Pair fresh)
    : m_workProject(std::move(workProject))
    , m_old(std::move(old))
    , m_oldProject(std::move(oldProject))
    , m_new(std::move(fresh))
{
}

QString PairKillCheck::restoreOldPair() const
{
    QDir work = QFileInfo(m_workProject).absoluteDir();
    work.removeRecursively();
    if (!work.mkpath(QStringLiteral(".")))
        return QStringLiteral("cannot create %1").arg(work.path());
    // The previous pair's weights under the name the old project gives them.
    const QString weights = work.filePath(QFileInfo(m_old.weightsPath).fileName());
    if (!writeBytes(m_workProject, m_oldProject) || !writeBytes(weights, m_old.weights))
        return QStringLiteral("cannot write the previous pair into %1").arg(work.path());
    return {};
}

QString PairKillCheck::judgeLeftover(const QString& moment, const Evaluate& evaluate)
{
    QString problem;
    const std::optional<Pair> found = readPair(m_workProject, &problem);
    if (!found)
        return moment + QStringLiteral(": ") + problem;
    const PairIs verdict = judge(*found, m_old, m_new);
    if (verdict == PairIs::Neither)
        return QStringLiteral("%1: the project and its weights %2 are neither the old pair nor the new one")
            .arg(moment, found->weightsPath);
    ++m_seen[verdict];
    const QByteArray state = readBytes(m_workProject) + found->weightsPath.toUtf8();
    if (m_evaluated.contains(state))
        return {};
    m_evaluated.insert(state);
    problem = evaluate();
    return problem.isEmpty() ? QString() : moment + QStringLiteral(": ") + problem;
}

PairKillCheck::EveryCallResult PairKillCheck::killAtEveryCall(const KillTarget& target, const Evaluate& evaluate)
{
    EveryCallResult result;
    QString problem = restoreOldPair();
    const std::map<QString, int> counts = problem.isEmpty() ? countSaveSyscalls(target, &problem)
                                                            : std::map<QString, int> {};
    if (!problem.isEmpty()) {
        result.problems << problem;
        return result;
    }
    for (const auto& [syscall, count] : counts) {
        result.calls += count;
        for (int when = 1; when <= count; ++when) {
            const QString moment = QStringLiteral("killed at %1 #%2").arg(syscall).arg(when);
            if (const QString restored = restoreOldPair(); !restored.isEmpty()) {
                result.problems << restored;
                return result;
            }
            const KilledRun run = runKilledAtSyscall(target, syscall, when);
            if (!run.started) {
                result.problems << moment + QStringLiteral(": the program did not start");
                continue;
            }
            result.kills += run.killed ? 1 : 0;
            if (const QString judged = judgeLeftover(moment, evaluate); !judged.isEmpty())
                result.problems << judged;
        }
    }
    return result;
}

int PairKillCheck::seen(PairIs pair) const
{
    const auto it = m_seen.find(pair);
    return it == m_seen.end() ? 0 : it->second;
}

} // namespace nwtest
