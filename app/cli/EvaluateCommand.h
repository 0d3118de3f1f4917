#pragma once
// `netwright-cli evaluate PROJECT`: loss, accuracy, per-class precision, recall,
// F1 and support, and the confusion matrix on one split of the project's data.
#include "CliCommand.h"

namespace nw::cli {

class EvaluateCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("evaluate"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace nw::cli
