#pragma once
// What compressing a project measured (netwright-cli compress, the window's Compress
// view): the float32 model's loss and accuracy and size, accuracy against sparsity,
// the pruned (and fine-tuned) model, the int8 model, sizes before and after. Its JSON
// is the CLI's --json document (docs/CLI.md); a plain value.
#include "PreparedProject.h"

#include "compress/Int8Tensor.h"
#include "compress/MagnitudePruning.h"
#include "compress/SparsitySweep.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace nw {

struct PruneOutcome {
    double fraction = 0.0;
    PruningScope scope = PruningScope::Global;
    double sparsity = 0.0; // of the compressible weights
    Evaluation pruned;
    int fineTuneEpochs = 0;
    std::optional<Evaluation> fineTuned;
    std::size_t bytes = 0; // sparse: kept values and a bitmap (ModelSize.h)
};

struct QuantizeOutcome {
    WeightScales weightScales = WeightScales::PerChannel;
    std::size_t calibrationSamples = 0;
    Evaluation int8;
    Evaluation reference; // the model it quantized: float32, or pruned (and fine-tuned)
    std::size_t bytes = 0;
};

struct CompressionReport {
    DataPart part = DataPart::Test;
    bool classification = false;
    Evaluation float32;
    std::size_t float32Bytes = 0;
    PruningScope sweepScope = PruningScope::Global;
    std::vector<SweepPoint> sweep;
    std::optional<PruneOutcome> prune;
    std::optional<QuantizeOutcome> quantize;

    std::size_t bytesAfter() const;
    // The accuracy of int8 minus that of the model it quantized (classification).
    double int8AccuracyChange() const;
    QJsonObject toJson() const;
    QString toText() const;
};

QString pruningScopeName(PruningScope scope);     // "global", "layer"
QString weightScalesName(WeightScales scales);    // "per_channel", "per_tensor"

} // namespace nw
