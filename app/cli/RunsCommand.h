#pragma once
// `netwright-cli runs PROJECT [--json]`: the project's runs (runs/ beside it), each
// with its parent, what changed, its final metrics and how long it took.
#include "CliCommand.h"

namespace nw::cli {

class RunsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("runs"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace nw::cli
