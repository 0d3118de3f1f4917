#pragma once
// `netwright-cli validate PROJECT`: shapes and parameter counts per node, or the
// errors that stop the network from compiling.
#include "CliCommand.h"

namespace nw::cli {

class ValidateCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace nw::cli
