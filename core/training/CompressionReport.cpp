#include "CompressionReport.h"

#include <QJsonArray>
#include <QStringList>

#include <cmath>
#include <QStringList>

namespace nw {

namespace {

// Accuracy is a float share of at most millions of samples: six decimals give the
// share back without float32's tail (0.8903, not 0.8902999758720398).
QJsonValue accuracyValue(const Evaluation& e)
{
    return e.accuracy >= 0.0f ? QJsonValue(std::round(static_cast<double>(e.accuracy) * 1e6) / 1e6) : QJsonValue();
}

QJsonObject evaluationJson(const Evaluation& e)
{
    return QJsonObject{{"accuracy", accuracyValue(e)}, {"loss", static_cast<double>(e.loss)}};
}

QString measure(const Evaluation& e)
{
    if (e.accuracy >= 0.0f)
        return QStringLiteral("accuracy %1%, loss %2")
            .arg(100.0 * e.accuracy, 0, 'f', 2)
            .arg(static_cast<double>(e.loss), 0, 'f', 4);
    return QStringLiteral("loss %1").arg(static_cast<double>(e.loss), 0, 'f', 4);
}

} // namespace

QString pruningScopeName(PruningScope scope)
{
    return scope == PruningScope::Global ? QStringLiteral("global") : QStringLiteral("layer");
}

QString weightScalesName(WeightScales scales)
{
    return scales == WeightScales::PerChannel ? QStringLiteral("per_channel") : QStringLiteral("per_tensor");
}

std::size_t CompressionReport::bytesAfter() const
{
    if (quantize)
        return quantize->bytes;
    if (prune)
        return prune->bytes;
    return float32Bytes;
}

double CompressionReport::int8AccuracyChange() const
{
    if (!quantize || quantize->int8.accuracy < 0.0f || quantize->reference.accuracy < 0.0f)
        return 0.0;
    return static_cast<double>(quantize->int8.accuracy) - static_cast<double>(quantize->reference.accuracy);
}

QJsonObject CompressionReport::toJson() const
{
    QJsonObject json;
    json["split"] = dataPartName(part);
    json["samples"] = static_cast<qint64>(float32.samples);
    json["metric"] = classification ? QStringLiteral("accuracy") : QStringLiteral("loss");
    QJsonObject f = evaluationJson(float32);
    f["bytes"] = static_cast<qint64>(float32Bytes);
    json["float32"] = f;

    QJsonArray points;
    for (const SweepPoint& p : sweep) {
        QJsonObject o = evaluationJson(p.evaluation);
        o["fraction"] = p.fraction;
        o["sparsity"] = p.sparsity;
        points.append(o);
    }
    json["sweep"] = QJsonObject{{"scope", pruningScopeName(sweepScope)}, {"points", points}};

    if (prune) {
        QJsonObject o = evaluationJson(prune->pruned);
        o["fraction"] = prune->fraction;
        o["scope"] = pruningScopeName(prune->scope);
        o["sparsity"] = prune->sparsity;
        o["bytes"] = static_cast<qint64>(prune->bytes);
        if (prune->fineTuned) {
            QJsonObject t = evaluationJson(*prune->fineTuned);
            t["epochs"] = prune->fineTuneEpochs;
            o["fine_tuned"] = t;
        } else {
            o["fine_tuned"] = QJsonValue();
        }
        json["prune"] = o;
    } else {
        json["prune"] = QJsonValue();
    }
    if (quantize) {
        QJsonObject o = evaluationJson(quantize->int8);
        o["type"] = QStringLiteral("int8");
        o["weights"] = weightScalesName(quantize->weightScales);
        o["activations"] = QStringLiteral("per_tensor");
        o["calibration_samples"] = static_cast<qint64>(quantize->calibrationSamples);
        o["evaluation"] = QStringLiteral("fake_quant");
        o["reference"] = evaluationJson(quantize->reference);
        o["accuracy_change"] = classification ? QJsonValue(int8AccuracyChange()) : QJsonValue();
        o["loss_change"] = static_cast<double>(quantize->int8.loss) - static_cast<double>(quantize->reference.loss);
        o["bytes"] = static_cast<qint64>(quantize->bytes);
        json["quantize"] = o;
    } else {
        json["quantize"] = QJsonValue();
    }
    const double after = static_cast<double>(bytesAfter());
    json["size"] = QJsonObject{{"before_bytes", static_cast<qint64>(float32Bytes)},
        {"after_bytes", static_cast<qint64>(bytesAfter())},
        {"ratio", after > 0 ? static_cast<double>(float32Bytes) / after : 0.0}};
    return json;
}

QString CompressionReport::toText() const
{
    QStringList lines;
    lines << QStringLiteral("%1 split, %2 samples").arg(dataPartName(part)).arg(float32.samples);
    lines << QStringLiteral("float32: %1, %2 bytes").arg(measure(float32)).arg(float32Bytes);
    if (!sweep.empty()) {
        lines << QStringLiteral("magnitude pruning (%1), without fine-tuning:").arg(pruningScopeName(sweepScope));
        for (const SweepPoint& p : sweep)
            lines << QStringLiteral("  sparsity %1%: %2").arg(100.0 * p.sparsity, 5, 'f', 1).arg(measure(p.evaluation));
    }
    if (prune) {
        lines << QStringLiteral("pruned %1% (%2): sparsity %3%, %4, %5 bytes sparse")
                     .arg(100.0 * prune->fraction, 0, 'f', 1)
                     .arg(pruningScopeName(prune->scope))
                     .arg(100.0 * prune->sparsity, 0, 'f', 2)
                     .arg(measure(prune->pruned))
                     .arg(prune->bytes);
        if (prune->fineTuned)
            lines << QStringLiteral("fine-tuned %1 epochs with the masks kept: %2")
                         .arg(prune->fineTuneEpochs)
                         .arg(measure(*prune->fineTuned));
    }
    if (quantize) {
        QString change;
        if (classification)
            change = QStringLiteral(", accuracy change %1 points").arg(100.0 * int8AccuracyChange(), 0, 'f', 2);
        lines << QStringLiteral("int8 (weights %1, activations calibrated on %2 training samples): %3%4, %5 bytes")
                     .arg(weightScalesName(quantize->weightScales))
                     .arg(quantize->calibrationSamples)
                     .arg(measure(quantize->int8), change)
                     .arg(quantize->bytes);
    }
    lines << QStringLiteral("size: %1 bytes before, %2 after (%3x smaller)")
                 .arg(float32Bytes)
                 .arg(bytesAfter())
                 .arg(bytesAfter() ? static_cast<double>(float32Bytes) / static_cast<double>(bytesAfter()) : 0.0, 0, 'f', 2);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace nw
