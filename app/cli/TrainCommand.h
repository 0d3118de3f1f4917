#pragma once
// `netwright-cli train PROJECT`: trains with the project's settings (or
// overrides), reports per-epoch progress and the test result, and writes the
// trained project and its weights.
#include "CliCommand.h"

namespace nw::cli {

class TrainCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("train"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace nw::cli
