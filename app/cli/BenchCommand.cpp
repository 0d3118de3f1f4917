#include "BenchCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "FashionBenchmark.h"
#include "SequenceBenchmark.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include <exception>

namespace nw::cli {

QString BenchCommand::summary() const
{
    return QCoreApplication::translate("BenchCommand",
        "train the reference MLP or CNN on Fashion-MNIST, or LSTM or transformer on a token task, and report samples/s");
}

int BenchCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("model"), QStringLiteral("mlp, cnn, lstm, transformer or all (default: all)"), QStringLiteral("name"), QStringLiteral("all")},
        {QStringLiteral("epochs"), QStringLiteral("epochs to train (default 1)"), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("threads"), QStringLiteral("worker threads (default: all cores)"), QStringLiteral("T"), QStringLiteral("0")},
        {QStringLiteral("seed"), QStringLiteral("random seed (default 1)"), QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("data"), QStringLiteral("folder with the Fashion-MNIST IDX files"), QStringLiteral("dir")},
        {QStringLiteral("json"), QStringLiteral("print one JSON document on stdout")},
    });
    if (!parser.parse(arguments)) {
        CliOutput::error(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliOutput::message(parser.helpText());
        return Success;
    }
    bool ok1 = false, ok2 = false, ok3 = false;
    const int epochs = parser.value(QStringLiteral("epochs")).toInt(&ok1);
    const int threads = parser.value(QStringLiteral("threads")).toInt(&ok2);
    const qulonglong seed = parser.value(QStringLiteral("seed")).toULongLong(&ok3);
    const QString model = parser.value(QStringLiteral("model"));
    if (!ok1 || epochs < 1 || !ok2 || threads < 0 || threads > kMaxThreads || !ok3
        || (model != "mlp" && model != "cnn" && model != "lstm" && model != "transformer" && model != "all")
        || !parser.positionalArguments().isEmpty()) {
        CliOutput::error(QStringLiteral("bench: --model must be mlp, cnn, lstm, transformer or all; --epochs >= 1; --threads 0 to 1024"));
        return UsageError;
    }

    QJsonArray results;
    try {
        for (const QString& m : {QStringLiteral("mlp"), QStringLiteral("cnn"), QStringLiteral("lstm"), QStringLiteral("transformer")}) {
            if (model != QLatin1String("all") && model != m)
                continue;
            BenchmarkSettings s;
            s.model = m.toStdString();
            s.epochs = epochs;
            s.threads = threads;
            s.seed = seed;
            s.dataDirectory = parser.value(QStringLiteral("data")).toStdString();
            const bool sequence = m == QLatin1String("lstm") || m == QLatin1String("transformer");
            CliOutput::message(QStringLiteral("bench: training %1 on %2 for %3 epoch(s)...")
                                   .arg(m, sequence ? QStringLiteral("the token task") : QStringLiteral("Fashion-MNIST"))
                                   .arg(epochs));
            const BenchmarkResult r = sequence ? runSequenceBenchmark(s) : runFashionBenchmark(s);
            const QString line = QStringLiteral("%1: %2 samples/s, test accuracy %3, %4 threads, %5 s, peak memory %6 MB")
                                     .arg(m)
                                     .arg(r.samplesPerSecond, 0, 'f', 0)
                                     .arg(r.testAccuracy, 0, 'f', 4)
                                     .arg(r.threads)
                                     .arg(r.trainSeconds, 0, 'f', 2)
                                     .arg(r.peakMemoryMb, 0, 'f', 0);
            if (parser.isSet(QStringLiteral("json")))
                CliOutput::message(line);
            else
                CliOutput::result(line);
            results.append(QJsonObject{{"model", m},
                                       {"samples_per_second", r.samplesPerSecond},
                                       {"test_accuracy", r.testAccuracy},
                                       {"final_train_loss", r.finalTrainLoss},
                                       {"threads", r.threads},
                                       {"epochs", r.epochs},
                                       {"train_seconds", r.trainSeconds},
                                       {"peak_memory_mb", r.peakMemoryMb}});
        }
    } catch (const std::exception& e) {
        CliOutput::error(QStringLiteral("bench: ") + QString::fromStdString(e.what()));
        return InvalidInput;
    }
    if (parser.isSet(QStringLiteral("json")))
        CliOutput::json(QJsonObject{{"command", "bench"}, {"results", results}});
    return Success;
}

} // namespace nw::cli
