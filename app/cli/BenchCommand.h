#pragma once
// `netwright-cli bench`: the engine benchmark (bench/FashionBenchmark) from the CLI.
#include "CliCommand.h"

namespace nw::cli {

class BenchCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace nw::cli
