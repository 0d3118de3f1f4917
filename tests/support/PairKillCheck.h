#pragma once
// The bookkeeping of a test that kills a save over an existing project pair again
// and again (SaveKills.h): it puts the previous pair back before each run, judges
// what each run left (the old pair or the new one, whole), has each distinct state
// on disk evaluated once, and counts which pair the kills left.
#include "support/SaveKills.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <functional>
#include <map>

namespace nwtest {

class PairKillCheck {
public:
    // Accepts what a run left, or says why not (empty when accepted).
    using Evaluate = std::function<QString()>;

    // `workProject` is the project the killed program saves over; `old` the pair put
    // back before each run (`oldProject`, the project file's bytes); `fresh` what an
    // uninterrupted run writes.
    PairKillCheck(QString workProject, Pair old, QByteArray oldProject, Pair fresh);

    // The work folder holds the previous pair and nothing else (empty) or a problem.
    QString restoreOldPair() const;
    // What the run left is the old or the new pair, and `evaluate` accepts it (run
    // once per distinct state on disk: the same bytes evaluate the same). Empty when
    // so; otherwise the problem, beginning with `moment`.
    QString judgeLeftover(const QString& moment, const Evaluate& evaluate);

    struct EveryCallResult {
        int calls = 0; // of the save's syscalls in an uninterrupted run
        int kills = 0; // runs that died of the injected SIGKILL
        QStringList problems; // from restoring, running or judging
    };
    // Kills `target` at every call of every saveSyscalls() syscall, restoring the
    // previous pair before each run and judging what each left.
    EveryCallResult killAtEveryCall(const KillTarget& target, const Evaluate& evaluate);

    // How many judged runs left the old, or the new, pair.
    int seen(PairIs pair) const;

private:
    QString m_workProject;
    Pair m_old;
    QByteArray m_oldProject;
    Pair m_new;
    std::map<PairIs, int> m_seen;
    QSet<QByteArray> m_evaluated;
};

} // namespace nwtest
