#pragma once
// `netwright-cli import MODEL.onnx --output PROJECT.nwproj`: an ONNX model as an
// editable project with its weights (PROJECT.safetensors beside it). Refuses,
// writing nothing, a damaged file or a model with operators we have no layer for
// (each listed with its node names and count). The work is core/interop/onnx's.
#include "CliCommand.h"

namespace nw::cli {

class ImportCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace nw::cli
