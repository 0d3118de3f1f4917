#pragma once
// Kills a program in the middle of saving a project and its weights, and judges
// what it left: the crash-consistency tests of the CLI's `train --out` and of the
// window's Save (docs/FORMATS.md, "Saving"). A kill lands either at the n-th call of
// one file-system syscall (strace's fault injection: SIGKILL instead of the call) or
// after a delay; afterwards the project file must name weights that are whole and
// belong to it: the previous pair, or the new one, byte for byte.
#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <map>
#include <optional>

namespace nwtest {

// A file's bytes (empty when it cannot be read), and writing them whole.
QByteArray readBytes(const QString& path);
bool writeBytes(const QString& path, const QByteArray& bytes);

// The syscalls a save commits with (QSaveFile's linkat and rename, hard links,
// removals): a kill is injected at every call of each.
QStringList saveSyscalls();

// A program run the test kills: what, where, with which environment.
struct KillTarget {
    QString program;
    QStringList arguments;
    QString workingDirectory;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

struct KilledRun {
    bool started = false;
    bool killed = false; // died of a signal (the injected SIGKILL)
    int exitCode = -1; // when it exited normally
    QByteArray output; // stdout and stderr, for assertion messages
};

// Whether `strace` runs here (installed, and ptrace allowed); `problem` says why not.
bool straceWorks(QString* problem);
// How often an uninterrupted run calls each of saveSyscalls() (threads included).
std::map<QString, int> countSaveSyscalls(const KillTarget& target, QString* problem);
// The run with SIGKILL in place of the `when`-th call (1-based, per thread) of `syscall`.
KilledRun runKilledAtSyscall(const KillTarget& target, const QString& syscall, int when);
// The run, killed with SIGKILL `delay` after it started (or finished by then).
KilledRun runKilledAfter(const KillTarget& target, std::chrono::microseconds delay);
// The run, uninterrupted.
KilledRun runToEnd(const KillTarget& target);

// A project and the weights it names, as found on disk.
struct Pair {
    QJsonObject graph;
    QString weightsPath; // absolute
    QByteArray weights; // the file's bytes
};
// nullopt with `problem` when the project does not read or its weights file is missing.
std::optional<Pair> readPair(const QString& projectPath, QString* problem);

// `projectJson` with the Dense node `nodeId` given `units` units: a network whose
// weights do not fit the original's.
QByteArray withDenseUnits(const QByteArray& projectJson, const QString& nodeId, int units);

enum class PairIs { Old, New, Neither };
// `found` is `old` or `fresh` when its graph and its weights' bytes both are the same.
PairIs judge(const Pair& found, const Pair& old, const Pair& fresh);

} // namespace nwtest
