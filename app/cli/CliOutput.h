#pragma once
// Where netwright-cli writes: human-readable progress and messages on stderr,
// and with --json exactly one JSON document on stdout and nothing else there.
#include <QJsonObject>
#include <QString>

namespace nw::cli {

class CliOutput {
public:
    static void message(const QString& text);          // a line on stderr
    static void error(const QString& text);            // "netwright-cli: <text>" on stderr
    static void result(const QString& text);           // a line on stdout (human mode)
    static void json(const QJsonObject& document);     // the single JSON document on stdout
    static bool stderrIsTerminal();
};

} // namespace nw::cli
