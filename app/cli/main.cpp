// netwright-cli: the headless face of Netwright, for scripting, grading and CI.
// Subcommands live in one class each; this file only dispatches (docs/CLI.md).
#include "BenchCommand.h"
#include "CliOutput.h"
#include "CompressCommand.h"
#include "EvaluateCommand.h"
#include "ExportCommand.h"
#include "ExplainCommand.h"
#include "ImportCommand.h"
#include "PredictCommand.h"
#include "RunsCommand.h"
#include "TrainCommand.h"
#include "ValidateCommand.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

using namespace nw::cli;

namespace {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<TrainCommand>());
    commands.push_back(std::make_unique<EvaluateCommand>());
    commands.push_back(std::make_unique<PredictCommand>());
    commands.push_back(std::make_unique<ExplainCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<CompressCommand>());
    commands.push_back(std::make_unique<RunsCommand>());
    commands.push_back(std::make_unique<BenchCommand>());
    return commands;
}

QString usage(const std::vector<std::unique_ptr<CliCommand>>& commands)
{
    QString text = QStringLiteral("usage: netwright-cli <command> [options]\n\ncommands:\n");
    for (const auto& c : commands)
        text += QStringLiteral("  %1  %2\n").arg(c->name(), -10).arg(c->summary());
    text += QStringLiteral("\n`netwright-cli <command> --help` describes a command's options.");
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("netwright-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETWRIGHT_VERSION));
    const auto commands = allCommands();
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        CliOutput::error(QStringLiteral("no command given\n") + usage(commands));
        return UsageError;
    }
    const QString name = args.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        CliOutput::message(usage(commands));
        return Success;
    }
    if (name == QLatin1String("--version")) {
        CliOutput::result(QStringLiteral("netwright-cli ") + QCoreApplication::applicationVersion());
        return Success;
    }
    for (const auto& c : commands)
        if (c->name() == name) {
            args.removeAt(1);
            args[0] = QStringLiteral("netwright-cli ") + name;
            return c->run(args);
        }
    CliOutput::error(QStringLiteral("unknown command '%1'\n").arg(name) + usage(commands));
    return UsageError;
}
