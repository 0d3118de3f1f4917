#include "CommandLine.h"

#include "CliOutput.h"

#include <cmath>

namespace nw::cli {

CommandLine::CommandLine(const QString& description, const QString& positionalSyntax)
    : m_positionalSyntax(positionalSyntax)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    if (!positionalSyntax.isEmpty())
        m_parser.addPositionalArgument(positionalSyntax, description);
}

void CommandLine::addOption(const QString& name, const QString& description, const QString& valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

void CommandLine::addJsonOption()
{
    addOption(QStringLiteral("json"), QStringLiteral("print one JSON document on stdout (progress stays on stderr)"));
}

std::optional<int> CommandLine::parse(const QStringList& arguments, int positionals)
{
    if (!m_parser.parse(arguments)) {
        CliOutput::error(m_parser.errorText() + QStringLiteral("\n") + m_parser.helpText());
        return UsageError;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        CliOutput::message(m_parser.helpText());
        return Success;
    }
    if (m_parser.positionalArguments().size() != positionals) {
        CliOutput::error(QStringLiteral("%1: expected %2, got %3 argument(s)\n")
                             .arg(arguments.value(0), m_positionalSyntax)
                             .arg(m_parser.positionalArguments().size())
                         + m_parser.helpText());
        return UsageError;
    }
    return std::nullopt;
}

std::optional<int> CommandLine::intValue(const QString& name, int minimum, bool& ok, int maximum) const
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    bool parsed = false;
    const int v = m_parser.value(name).toInt(&parsed);
    if (!parsed || v < minimum || v > maximum) {
        CliOutput::error(QStringLiteral("--%1 must be a whole number from %2 to %3, got '%4'")
                             .arg(name)
                             .arg(minimum)
                             .arg(maximum)
                             .arg(m_parser.value(name)));
        ok = false;
        return std::nullopt;
    }
    return v;
}

std::optional<double> CommandLine::doubleValue(const QString& name, double minimumExclusive, bool& ok) const
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    bool parsed = false;
    const double v = m_parser.value(name).toDouble(&parsed);
    if (!parsed || !(v > minimumExclusive) || !std::isfinite(v)) {
        CliOutput::error(QStringLiteral("--%1 must be a number greater than %2, got '%3'")
                             .arg(name)
                             .arg(minimumExclusive)
                             .arg(m_parser.value(name)));
        ok = false;
        return std::nullopt;
    }
    return v;
}

std::optional<quint64> CommandLine::seedValue(const QString& name, bool& ok) const
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    bool parsed = false;
    const quint64 v = m_parser.value(name).toULongLong(&parsed);
    if (!parsed) {
        CliOutput::error(QStringLiteral("--%1 must be a non-negative whole number, got '%2'").arg(name, m_parser.value(name)));
        ok = false;
        return std::nullopt;
    }
    return v;
}

} // namespace nw::cli
