#pragma once
// The option handling every subcommand shares: QCommandLineParser plus the
// CLI's conventions (usage errors exit 2 with a message, --help exits 0, numbers
// are checked), so each command states only its own options.
#include "CliCommand.h"

#include <QCommandLineParser>

#include <optional>

namespace nw::cli {

class CommandLine {
public:
    CommandLine(const QString& description, const QString& positionalSyntax);

    void addOption(const QString& name, const QString& description, const QString& valueName = {});
    void addJsonOption();

    // nullopt when the command should go on; an exit code otherwise (help shown, or
    // a usage error reported). `positionals` is the exact count required.
    std::optional<int> parse(const QStringList& arguments, int positionals);

    QString positional(int i) const { return m_parser.positionalArguments().value(i); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }

    // Parsed numbers for options that are set; a bad value is a usage error that
    // has already been reported when `ok` comes back false.
    std::optional<int> intValue(const QString& name, int minimum, bool& ok, int maximum = 1000000000) const;
    std::optional<double> doubleValue(const QString& name, double minimumExclusive, bool& ok) const;
    std::optional<quint64> seedValue(const QString& name, bool& ok) const;

private:
    QCommandLineParser m_parser;
    QString m_positionalSyntax;
};

// The most worker threads a run may ask for, as in a project file (docs/FORMATS.md):
// more only thrashes, and thousands of threads exhaust the address space.
constexpr int kMaxThreads = 1024;

} // namespace nw::cli
