// `netwright-cli train` and `evaluate` on an autoencoder (task=reconstruction):
// training lowers the reconstruction error, the report names it and the worst
// samples, denoising data is harder, and a decoder of the wrong shape is refused.
#include "CliRunner.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cmath>

using namespace nwtest;

namespace {

// A convolutional autoencoder for bundled:digits (1x8x8): 8x4x4 in the middle.
// With `logits`, the decoder ends without a Sigmoid (an identity Reshape keeps the
// node id) and trains with bce_with_logits.
QByteArray autoencoder(const char* spec, int decoderFilters = 1, bool logits = false)
{
    return QStringLiteral(R"({"format_version": 2, "name": "digits autoencoder", "description": "",
 "graph": {"nodes": [
  {"id": "input", "type": "Input", "params": {"shape": [1, 8, 8]}, "position": [0, 0]},
  {"id": "enc", "type": "Conv2D", "params": {"filters": 8, "kernel_size": 3, "stride": 2, "padding": 1}, "position": [200, 0]},
  {"id": "relu", "type": "ReLU", "params": {}, "position": [400, 0]},
  {"id": "dec", "type": "ConvTranspose2D", "params": {"filters": %2, "kernel_size": 3, "stride": 2, "padding": 1, "output_padding": 1}, "position": [600, 0]},
  {"id": "out", %3, "position": [800, 0]}],
  "edges": [{"from": "input", "to": "enc", "port": 0}, {"from": "enc", "to": "relu", "port": 0},
   {"from": "relu", "to": "dec", "port": 0}, {"from": "dec", "to": "out", "port": 0}]},
 "training": {"loss": "%4", "optimizer": {"name": "adam"}, "learning_rate": 0.01, "batch_size": 32, "epochs": 4, "seed": 1},
 "dataset": {"spec": "%1", "validation_fraction": 0.1, "test_fraction": 0.2, "split_seed": 1},
 "weights": ""})")
        .arg(QString::fromLatin1(spec))
        .arg(decoderFilters)
        .arg(logits ? QStringLiteral(R"("type": "Reshape", "params": {"shape": [1, 8, 8]})")
                    : QStringLiteral(R"("type": "Sigmoid", "params": {})"))
        .arg(logits ? QStringLiteral("bce_with_logits") : QStringLiteral("mse"))
        .toUtf8();
}

QString writeProject(const QTemporaryDir& dir, const char* name, const QByteArray& text)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

QJsonObject jsonOf(const CliResult& r)
{
    EXPECT_FALSE(r.timedOut || r.crashed) << qPrintable(r.describe());
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    QString problem;
    const auto json = singleJsonObject(r.stdoutBytes, &problem);
    EXPECT_TRUE(json) << qPrintable(problem);
    return json.value_or(QJsonObject());
}

} // namespace

TEST(ReconstructionCommands, TrainingLowersTheReconstructionErrorThatEvaluateReports)
{
    QTemporaryDir dir;
    const QString project = writeProject(dir, "ae.nwproj", autoencoder("bundled:digits?task=reconstruction"));
    const QString trained = dir.filePath(QStringLiteral("trained.nwproj"));

    // Before training: the seed's weights.
    const QJsonObject before = jsonOf(runCli({ QStringLiteral("evaluate"), project, QStringLiteral("--json") }));
    EXPECT_EQ(before.value(QStringLiteral("task")).toString(), QStringLiteral("reconstruction"));
    const double untrained = before.value(QStringLiteral("reconstruction_error")).toDouble();

    const QJsonObject train = jsonOf(
        runCli({ QStringLiteral("train"), project, QStringLiteral("--out"), trained, QStringLiteral("--json") }));
    const QJsonObject test = train.value(QStringLiteral("test")).toObject();
    EXPECT_EQ(test.value(QStringLiteral("task")).toString(), QStringLiteral("reconstruction"));

    const QJsonObject after = jsonOf(runCli({ QStringLiteral("evaluate"), trained, QStringLiteral("--json") }));
    const double error = after.value(QStringLiteral("reconstruction_error")).toDouble();
    EXPECT_DOUBLE_EQ(error, test.value(QStringLiteral("reconstruction_error")).toDouble());
    EXPECT_TRUE(std::isfinite(error));
    EXPECT_LT(error, 0.6 * untrained) << "untrained " << untrained << ", trained " << error;
    EXPECT_NEAR(after.value(QStringLiteral("mse")).toDouble(), error, 1e-9);
    EXPECT_EQ(after.value(QStringLiteral("samples")).toInt(), 359); // 20% of 1797
    EXPECT_FALSE(after.contains(QStringLiteral("r2")));

    // The worst samples come first, and none is worse than the first.
    const QJsonArray worst = after.value(QStringLiteral("worst")).toArray();
    ASSERT_EQ(worst.size(), 10);
    double previous = worst[0].toObject().value(QStringLiteral("error")).toDouble();
    EXPECT_GT(previous, error);
    for (const QJsonValue& w : worst) {
        const double e = w.toObject().value(QStringLiteral("error")).toDouble();
        EXPECT_LE(e, previous);
        previous = e;
    }

    // Text output for people.
    const CliResult text = runCli({ QStringLiteral("evaluate"), trained });
    EXPECT_EQ(text.exitCode, 0) << qPrintable(text.describe());
    EXPECT_TRUE(text.out().contains(QLatin1String("reconstruction error (MSE per value)"))) << qPrintable(text.out());
    EXPECT_TRUE(text.out().contains(QLatin1String("worst samples: #"))) << qPrintable(text.out());

    // Noisy inputs against clean targets: the denoising task is harder for this
    // network, which never saw noise.
    const QJsonObject noisy = jsonOf(runCli({ QStringLiteral("evaluate"), trained, QStringLiteral("--data"),
        QStringLiteral("bundled:digits?task=reconstruction&noise_std=0.5"), QStringLiteral("--json") }));
    EXPECT_DOUBLE_EQ(noisy.value(QStringLiteral("noise_std")).toDouble(), 0.5);
    EXPECT_GT(noisy.value(QStringLiteral("reconstruction_error")).toDouble(), error);
}

TEST(ReconstructionCommands, BinaryCrossEntropyMeasuresTheSigmoidOfTheLogits)
{
    QTemporaryDir dir;
    const QString project
        = writeProject(dir, "bce.nwproj", autoencoder("bundled:digits?task=reconstruction", 1, true));
    const QJsonObject train = jsonOf(runCli({ QStringLiteral("train"), project, QStringLiteral("--out"),
        dir.filePath(QStringLiteral("t.nwproj")), QStringLiteral("--json") }));
    const QJsonObject test = train.value(QStringLiteral("test")).toObject();
    // Images in [0, 1] against targets in [0, 1]: the error of pixels, not of logits.
    const double error = test.value(QStringLiteral("reconstruction_error")).toDouble();
    EXPECT_GT(error, 0.0);
    EXPECT_LT(error, 0.1);
    EXPECT_LE(test.value(QStringLiteral("mae")).toDouble(), 1.0);
}

TEST(ReconstructionCommands, DenoisingTrainingRepeatsExactly)
{
    QTemporaryDir dir;
    const QString project
        = writeProject(dir, "dae.nwproj", autoencoder("bundled:digits?task=reconstruction&noise_std=0.3&noise_seed=4"));
    double errors[2];
    for (int run = 0; run < 2; ++run) {
        const QJsonObject train = jsonOf(runCli({ QStringLiteral("train"), project, QStringLiteral("--out"),
            dir.filePath(QStringLiteral("t%1.nwproj").arg(run)), QStringLiteral("--json") }));
        const QJsonObject test = train.value(QStringLiteral("test")).toObject();
        EXPECT_DOUBLE_EQ(test.value(QStringLiteral("noise_std")).toDouble(), 0.3);
        errors[run] = test.value(QStringLiteral("reconstruction_error")).toDouble();
    }
    EXPECT_EQ(errors[0], errors[1]);
}

TEST(ReconstructionCommands, RefusesADecoderOfTheWrongShape)
{
    QTemporaryDir dir;
    const QString project = writeProject(dir, "bad.nwproj", autoencoder("bundled:digits?task=reconstruction", 2));
    const CliResult r = runCli({ QStringLiteral("train"), project });
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("bad.nwproj"))) << qPrintable(r.err());
    EXPECT_TRUE(r.err().contains(QLatin1String("task=reconstruction"))) << qPrintable(r.err());
    EXPECT_TRUE(r.err().contains(QLatin1String("gives 2x8x8 values per sample: it must give 1x8x8"))) << qPrintable(r.err());
}

TEST(ReconstructionCommands, RefusesNoiseWithoutReconstruction)
{
    QTemporaryDir dir;
    const QString project = writeProject(dir, "noise.nwproj", autoencoder("bundled:digits?noise_std=0.3"));
    const CliResult r = runCli({ QStringLiteral("train"), project });
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QLatin1String("needs task=reconstruction"))) << qPrintable(r.err());
}
