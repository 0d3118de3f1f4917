#pragma once
// One subcommand of netwright-cli. Exit codes are part of the CLI contract
// (docs/CLI.md): 0 success, 1 invalid model or data, 2 usage error.
#include <QString>
#include <QStringList>

namespace nw::cli {

enum ExitCode { Success = 0, InvalidInput = 1, UsageError = 2 };

class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `netwright-cli --help`
    // arguments start with the program name, then the subcommand's own arguments
    virtual int run(const QStringList& arguments) = 0;
};

} // namespace nw::cli
