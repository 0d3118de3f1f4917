#pragma once
// Runs netwright-cli as a child process, the way a script or a grader does, and
// hands back what the CLI contract is about: the exit code, whether it crashed or
// hung, and stdout and stderr kept apart. Used by every test in tests/app.
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <optional>

namespace nwtest {

struct CliResult {
    int exitCode = -1;
    bool crashed = false;  // killed by a signal (QProcess::CrashExit)
    bool timedOut = false; // still running at the deadline: killed, counts as a hang
    bool started = true;
    QByteArray stdoutBytes;
    QByteArray stderrBytes;

    QString out() const { return QString::fromUtf8(stdoutBytes); }
    QString err() const { return QString::fromUtf8(stderrBytes); }
    // A one-line account for assertion messages.
    QString describe() const;
};

struct CliOptions {
    std::chrono::milliseconds timeout { 30000 };
    // RLIMIT_AS of the child in bytes (0: none), so an allocation that a lying
    // header asks for fails inside the CLI instead of succeeding lazily.
    std::uint64_t addressSpaceLimit = 0;
    QString workingDirectory; // empty: the source tree, so "resources/examples/..." works
};

CliResult runCli(const QStringList& arguments, const CliOptions& options = {});

// The --json contract: stdout is exactly one JSON object and nothing else.
// nullopt with `problem` set otherwise.
std::optional<QJsonObject> singleJsonObject(const QByteArray& stdoutBytes, QString* problem);

// Absolute path of a file in the source tree, e.g. source("resources/examples/xor.nwproj").
QString source(const QString& relative);

// 1.5 GB: far above what any corrupt-input run needs, far below what a lying header claims.
constexpr std::uint64_t kCorruptInputMemoryLimit = 1536ull * 1024 * 1024;

} // namespace nwtest
