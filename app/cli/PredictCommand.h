#pragma once
// `netwright-cli predict PROJECT --input FILE`: runs a trained project on new
// samples (.npy, .csv, images, IDX) and reports, per sample, the class
// probabilities and the predicted class (classifiers) or the raw outputs
// (regression), as CSV or .npy, or as one JSON document.
#include "CliCommand.h"

namespace nw::cli {

class PredictCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("predict"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace nw::cli
