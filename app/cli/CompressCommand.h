#pragma once
// `netwright-cli compress PROJECT [--prune F] [--quantize int8] [--out FILE] [--json]`:
// accuracy against sparsity (magnitude pruning from 0 to 95%), the model pruned to F
// (optionally fine-tuned with the masks kept), int8 quantization and its accuracy
// change, sizes before and after; --out writes the compressed weights.
#include "CliCommand.h"

namespace nw::cli {

class CompressCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("compress"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace nw::cli
