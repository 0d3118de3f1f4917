#pragma once
// `netwright-cli export PROJECT --format FORMAT --output PATH`: the project in a
// form other tools read. This class only parses the options and dispatches; each
// format is written by its own class in core/interop (pytorch: a folder with
// model.py, weights, data and a torchrun-ready train.py).
#include "CliCommand.h"

namespace nw::cli {

class CommandLine;

class ExportCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;

private:
    int exportPyTorch(const CommandLine& cl, const QString& project, const QString& output);
};

} // namespace nw::cli
