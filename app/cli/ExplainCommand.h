#pragma once
// `netwright-cli explain PROJECT --method METHOD (--input FILE [--index K] | --sample SPLIT:K)`:
// why a trained project predicts what it predicts for one sample: a saliency,
// attribution, Grad-CAM, occlusion, LIME or SHAP map, a node's activations, or a
// node's PCA projection over many samples. Writes the map as float32 .npy, a PNG
// of it over the sample as the window draws it, and/or one JSON document
// (docs/CLI.md).
#include "CliCommand.h"

namespace nw::cli {

class ExplainCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("explain"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace nw::cli
