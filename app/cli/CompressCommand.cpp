#include "CompressCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "RunnableProject.h"

#include "training/PreparedProject.h"
#include "training/ProjectCompression.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace nw::cli {

namespace {

// --prune F: a fraction in [0, 1), as a number or a percentage ("0.8", "80%").
std::optional<double> pruneFraction(const QString& text)
{
    QString t = text.trimmed();
    double divisor = 1.0;
    if (t.endsWith(QLatin1Char('%'))) {
        t.chop(1);
        divisor = 100.0;
    }
    bool ok = false;
    const double v = t.toDouble(&ok) / divisor;
    if (!ok || !std::isfinite(v) || v < 0.0 || v >= 1.0)
        return std::nullopt;
    return v;
}

} // namespace

QString CompressCommand::summary() const
{
    return QCoreApplication::translate("CompressCommand",
        "prune and quantize a trained project: accuracy against sparsity, int8 accuracy, size before and after");
}

int CompressCommand::run(const QStringList& arguments)
{
    CommandLine cl(summary(), QStringLiteral("PROJECT"));
    cl.addOption(QStringLiteral("prune"),
        QStringLiteral("prune this fraction of the weights by magnitude, 0 <= F < 1 (0.8 or 80%)"), QStringLiteral("F"));
    cl.addOption(QStringLiteral("scope"), QStringLiteral("rank weights over the whole network (global, default) or per layer (layer)"),
        QStringLiteral("global|layer"));
    cl.addOption(QStringLiteral("fine-tune"),
        QStringLiteral("after pruning, train E more epochs with the pruned weights held at zero"), QStringLiteral("E"));
    cl.addOption(QStringLiteral("quantize"), QStringLiteral("post-training quantization: int8"), QStringLiteral("TYPE"));
    cl.addOption(QStringLiteral("weight-scales"),
        QStringLiteral("int8 weight scales: per-channel (default) or per-tensor"), QStringLiteral("KIND"));
    cl.addOption(QStringLiteral("calibration"),
        QStringLiteral("training samples that calibrate the int8 activation ranges (default 512)"), QStringLiteral("N"));
    cl.addOption(QStringLiteral("no-sweep"), QStringLiteral("skip the accuracy-against-sparsity sweep"));
    cl.addOption(QStringLiteral("out"), QStringLiteral("write the compressed weights to this .safetensors file"),
        QStringLiteral("FILE"));
    cl.addOption(QStringLiteral("data"), QStringLiteral("dataset spec instead of the project's"), QStringLiteral("SPEC"));
    cl.addOption(QStringLiteral("split"), QStringLiteral("measure on test (default), validation or train"),
        QStringLiteral("NAME"));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("worker threads (0: all cores)"), QStringLiteral("T"));
    cl.addJsonOption();
    if (const auto exit = cl.parse(arguments, 1))
        return *exit;

    CompressionSettings settings;
    if (cl.isSet(QStringLiteral("prune"))) {
        settings.pruneFraction = pruneFraction(cl.value(QStringLiteral("prune")));
        if (!settings.pruneFraction) {
            CliOutput::error(QStringLiteral("--prune must be a fraction from 0 up to (not including) 1, got '%1'")
                                 .arg(cl.value(QStringLiteral("prune"))));
            return UsageError;
        }
    }
    if (cl.isSet(QStringLiteral("quantize"))) {
        if (cl.value(QStringLiteral("quantize")) != QLatin1String("int8")) {
            CliOutput::error(QStringLiteral("--quantize must be int8, got '%1'").arg(cl.value(QStringLiteral("quantize"))));
            return UsageError;
        }
        settings.quantizeInt8 = true;
    }
    const QString scope = cl.isSet(QStringLiteral("scope")) ? cl.value(QStringLiteral("scope")) : QStringLiteral("global");
    if (scope != QLatin1String("global") && scope != QLatin1String("layer")) {
        CliOutput::error(QStringLiteral("--scope must be global or layer, got '%1'").arg(scope));
        return UsageError;
    }
    settings.scope = scope == QLatin1String("global") ? PruningScope::Global : PruningScope::PerLayer;
    const QString scales = cl.isSet(QStringLiteral("weight-scales")) ? cl.value(QStringLiteral("weight-scales"))
                                                                      : QStringLiteral("per-channel");
    if (scales != QLatin1String("per-channel") && scales != QLatin1String("per-tensor")) {
        CliOutput::error(QStringLiteral("--weight-scales must be per-channel or per-tensor, got '%1'").arg(scales));
        return UsageError;
    }
    settings.int8.weightScales = scales == QLatin1String("per-tensor") ? WeightScales::PerTensor : WeightScales::PerChannel;
    const auto part = dataPartFromName(cl.isSet(QStringLiteral("split")) ? cl.value(QStringLiteral("split")) : QStringLiteral("test"));
    if (!part) {
        CliOutput::error(QStringLiteral("--split must be test, validation or train, got '%1'").arg(cl.value(QStringLiteral("split"))));
        return UsageError;
    }
    settings.part = *part;
    bool ok = true;
    settings.threads = cl.intValue(QStringLiteral("threads"), 0, ok, kMaxThreads).value_or(0);
    settings.fineTuneEpochs = cl.intValue(QStringLiteral("fine-tune"), 1, ok, 100000).value_or(0);
    settings.int8.calibrationSamples
        = static_cast<std::size_t>(cl.intValue(QStringLiteral("calibration"), 1, ok).value_or(512));
    if (!ok)
        return UsageError;
    if (settings.fineTuneEpochs > 0 && !settings.pruneFraction) {
        CliOutput::error(QStringLiteral("--fine-tune needs --prune: it trains the pruned network"));
        return UsageError;
    }
    if ((cl.isSet(QStringLiteral("weight-scales")) || cl.isSet(QStringLiteral("calibration"))) && !settings.quantizeInt8) {
        CliOutput::error(QStringLiteral("--weight-scales and --calibration need --quantize int8"));
        return UsageError;
    }
    settings.sweep = !cl.isSet(QStringLiteral("no-sweep"));
    const QString out = cl.value(QStringLiteral("out"));
    if (cl.isSet(QStringLiteral("out")) && out.isEmpty()) {
        CliOutput::error(QStringLiteral("--out needs a file name"));
        return UsageError;
    }

    const QString path = cl.positional(0);
    QString error;
    auto prepared = loadCompiledProject(path, {.dataSpec = cl.value(QStringLiteral("data"))});
    if (!prepared)
        return InvalidInput;
    if (!prepared->hasWeights())
        CliOutput::message(path + QStringLiteral(": warning: the project has no trained weights; compressing its initial weights"));
    SafetensorsContents weights;
    CompressionReport report;
    try {
        report = compressProject(*prepared, settings, [](const QString& line) { CliOutput::message(line); },
            out.isEmpty() ? nullptr : &weights);
    } catch (const std::exception& e) {
        CliOutput::error(path + QStringLiteral(": ") + QString::fromStdString(e.what()));
        return InvalidInput;
    }
    qint64 fileBytes = -1;
    if (!out.isEmpty()) {
        if (!SafetensorsFile::write(out, weights, &error)) {
            CliOutput::error(error);
            return InvalidInput;
        }
        fileBytes = QFileInfo(out).size();
        CliOutput::message(QStringLiteral("wrote %1 (%2 bytes)").arg(out).arg(fileBytes));
    }
    if (cl.json()) {
        QJsonObject json = report.toJson();
        json["command"] = QStringLiteral("compress");
        json["project"] = path;
        json["out"] = out.isEmpty() ? QJsonValue()
                                    : QJsonValue(QJsonObject{{"path", out}, {"file_bytes", fileBytes}});
        CliOutput::json(json);
    } else {
        CliOutput::result(report.toText().trimmed());
    }
    return Success;
}

} // namespace nw::cli
