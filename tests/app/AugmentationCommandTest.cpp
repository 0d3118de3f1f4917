// `netwright-cli train` with dataset.augmentation: the training batches vary
// (another loss than without), the run repeats exactly and ends with the same
// weights on 1 and 2 threads, evaluation never sees augmentation, and data that is
// not images or a setting out of range is refused naming the file and the key.
#include "CliRunner.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace nwtest;

namespace {

// A small CNN for bundled:digits (1x8x8 images, 10 classes).
QByteArray digitsCnn(const char* augmentation, const char* spec = "bundled:digits")
{
    return QStringLiteral(R"({"format_version": 3, "name": "digits", "description": "",
 "graph": {"nodes": [
  {"id": "input", "type": "Input", "params": {"shape": [1, 8, 8]}, "position": [0, 0]},
  {"id": "conv", "type": "Conv2D", "params": {"filters": 4, "kernel_size": 3, "padding": 1}, "position": [200, 0]},
  {"id": "relu", "type": "ReLU", "params": {}, "position": [400, 0]},
  {"id": "flat", "type": "Flatten", "params": {}, "position": [600, 0]},
  {"id": "fc", "type": "Dense", "params": {"units": 10}, "position": [800, 0]}],
  "edges": [{"from": "input", "to": "conv", "port": 0}, {"from": "conv", "to": "relu", "port": 0},
   {"from": "relu", "to": "flat", "port": 0}, {"from": "flat", "to": "fc", "port": 0}]},
 "training": {"loss": "cross_entropy", "optimizer": {"name": "adam"}, "learning_rate": 0.01, "batch_size": 32, "epochs": 2, "seed": 3},
 "dataset": {"spec": "%1", "validation_fraction": 0.1, "test_fraction": 0.2, "split_seed": 1%2},
 "weights": ""})")
        .arg(QString::fromLatin1(spec), QString::fromLatin1(augmentation))
        .toUtf8();
}

constexpr const char* kFlipRotateShift = R"(, "augmentation": {"hflip": 0.5, "rotate": 15, "shift": 0.1})";

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

QByteArray readAll(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
    return f.readAll();
}

double firstLoss(const QJsonObject& train)
{
    return train.value(QStringLiteral("epochs")).toArray().first().toObject().value(QStringLiteral("loss")).toDouble();
}

} // namespace

TEST(AugmentationCommand, TrainHonoursTheProjectsAugmentationOnAnyThreadCount)
{
    QTemporaryDir dir;
    const QString plain = writeProject(dir, "plain.nwproj", digitsCnn(""));
    const QString augmented = writeProject(dir, "aug.nwproj", digitsCnn(kFlipRotateShift));
    const auto train = [&](const QString& project, const char* out, const char* threads) {
        return runCli({ QStringLiteral("train"), project, QStringLiteral("--out"), dir.filePath(QLatin1String(out)),
            QStringLiteral("--threads"), QLatin1String(threads), QStringLiteral("--json") });
    };
    const CliResult one = train(augmented, "one.nwproj", "1");
    const QJsonObject withAugmentation = jsonOf(one);
    EXPECT_TRUE(one.err().contains(QStringLiteral("augmentation: hflip 0.5, rotate 15, shift 0.1")))
        << qPrintable(one.err());
    const QJsonObject twoThreads = jsonOf(train(augmented, "two.nwproj", "2"));
    const QJsonObject without = jsonOf(train(plain, "plain-out.nwproj", "1"));

    // The same weights, bit for bit, on 1 and 2 threads.
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("one.safetensors"))),
        readAll(dir.filePath(QStringLiteral("two.safetensors"))));
    const auto losses = [](const QJsonObject& train) {
        std::vector<double> v;
        for (const QJsonValue& e : train.value(QStringLiteral("epochs")).toArray())
            v.push_back(e.toObject().value(QStringLiteral("loss")).toDouble());
        return v;
    };
    EXPECT_EQ(losses(withAugmentation), losses(twoThreads));
    EXPECT_EQ(losses(withAugmentation).size(), 2u);
    // Augmented batches are other images: another training loss than without.
    EXPECT_NE(firstLoss(withAugmentation), firstLoss(without));
    // The saved project keeps its augmentation.
    EXPECT_TRUE(readAll(dir.filePath(QStringLiteral("one.nwproj"))).contains("\"augmentation\""));
}

TEST(AugmentationCommand, EvaluationNeverSeesAugmentation)
{
    QTemporaryDir dir;
    const QString plain = writeProject(dir, "plain.nwproj", digitsCnn(""));
    const QString augmented
        = writeProject(dir, "aug.nwproj", digitsCnn(R"(, "augmentation": {"hflip": 1, "noise": 0.3, "cutout": 0.5})"));
    const auto evaluate = [&](const QString& project) {
        return jsonOf(runCli({ QStringLiteral("evaluate"), project, QStringLiteral("--json") }));
    };
    const QJsonObject a = evaluate(plain), b = evaluate(augmented);
    EXPECT_EQ(a.value(QStringLiteral("loss")), b.value(QStringLiteral("loss")));
    EXPECT_EQ(a.value(QStringLiteral("accuracy")), b.value(QStringLiteral("accuracy")));
}

TEST(AugmentationCommand, RefusesTablesAndBadSettingsNamingFileAndKey)
{
    QTemporaryDir dir;
    const QString table
        = writeProject(dir, "table.nwproj", QByteArray(R"({"format_version": 3, "name": "t", "graph": {"nodes": [
  {"id": "input", "type": "Input", "params": {"shape": [2]}, "position": [0, 0]},
  {"id": "fc", "type": "Dense", "params": {"units": 2}, "position": [200, 0]}],
  "edges": [{"from": "input", "to": "fc", "port": 0}]},
 "training": {"epochs": 1}, "dataset": {"spec": "toy:xor?samples=100", "augmentation": {"hflip": 0.5}}})"));
    CliResult r = runCli({ QStringLiteral("train"), table });
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(table + QStringLiteral(": dataset.augmentation: works on images")))
        << qPrintable(r.err());

    const QString bad = writeProject(dir, "bad.nwproj", digitsCnn(R"(, "augmentation": {"rotate": -5})"));
    r = runCli({ QStringLiteral("train"), bad });
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(bad + QStringLiteral(": dataset.augmentation.rotate: must be")))
        << qPrintable(r.err());
}

namespace {

// A binary PGM (OpenCV reads it like any image): `width` x `height`, the middle
// columns `centre`, the others `side`.
void writePgm(const QString& path, int width, int height, int side, int centre)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << qPrintable(path);
    f.write(QStringLiteral("P5\n%1 %2\n255\n").arg(width).arg(height).toLatin1());
    QByteArray pixels;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            pixels.append(static_cast<char>(x >= width / 4 && x < width - width / 4 ? centre : side));
    f.write(pixels);
}

} // namespace

TEST(AugmentationCommand, PredictFitsImagesAsTheProjectsImageFolderDid)
{
    QTemporaryDir dir;
    // The images in a folder of their own: training writes its runs beside the project.
    const QString images = dir.filePath(QStringLiteral("images"));
    for (const char* c : { "a", "b" }) {
        ASSERT_TRUE(QDir(images).mkpath(QLatin1String(c)));
        for (int i = 0; i < 4; ++i)
            writePgm(images + QStringLiteral("/%1/%2.pgm").arg(QLatin1String(c)).arg(i), 8, 4,
                c[0] == 'a' ? 20 : 230, 40 * i + 60);
    }
    const QString wide = dir.filePath(QStringLiteral("wide.pgm"));
    writePgm(wide, 8, 4, 255, 0);
    // A wide image: white sides, black centre. Cut to its centre it is all black.
    const auto project = [&](const char* fit) {
        return QStringLiteral(R"({"format_version": 3, "name": "fit", "graph": {"nodes": [
  {"id": "input", "type": "Input", "params": {"shape": [1, 4, 4]}, "position": [0, 0]},
  {"id": "flat", "type": "Flatten", "params": {}, "position": [200, 0]},
  {"id": "fc", "type": "Dense", "params": {"units": 2}, "position": [400, 0]}],
  "edges": [{"from": "input", "to": "flat", "port": 0}, {"from": "flat", "to": "fc", "port": 0}]},
 "training": {"epochs": 1, "batch_size": 4}, "dataset": {"spec": "images:%1?size=4%2", "validation_fraction": 0, "test_fraction": 0}})")
            .arg(images, QLatin1String(fit))
            .toUtf8();
    };
    const QString crop = writeProject(dir, "crop.nwproj", project("&fit=crop"));
    jsonOf(runCli({ QStringLiteral("train"), crop, QStringLiteral("--json") }));
    const auto predict = [&](const QString& p) {
        return jsonOf(
            runCli({ QStringLiteral("predict"), p, QStringLiteral("--input"), wide, QStringLiteral("--json") }))
            .value(QStringLiteral("predictions"));
    };
    const QJsonValue cropped = predict(crop);
    ASSERT_TRUE(cropped.isArray());
    // The same trained weights with a spec that stretches: the wide image keeps its
    // white sides instead of being cut to its black centre, so the answer differs.
    QFile f(crop);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    ASSERT_TRUE(text.contains("fit=crop"));
    text.replace("&fit=crop", "");
    const QString stretched = writeProject(dir, "stretched.nwproj", text);
    EXPECT_NE(predict(stretched), cropped);
}

TEST(AugmentationCommand, PredictNormalisesImagesWithTheTrainingStatistics)
{
    QTemporaryDir dir;
    const QString images = dir.filePath(QStringLiteral("images"));
    for (const char* c : { "a", "b" }) {
        ASSERT_TRUE(QDir(images).mkpath(QLatin1String(c)));
        for (int i = 0; i < 5; ++i)
            writePgm(images + QStringLiteral("/%1/%2.pgm").arg(QLatin1String(c)).arg(i), 4, 4,
                c[0] == 'a' ? 20 + i : 200 + i, c[0] == 'a' ? 40 : 220);
    }
    const QString sample = dir.filePath(QStringLiteral("sample.pgm"));
    ASSERT_TRUE(QFile::copy(images + QStringLiteral("/b/0.pgm"), sample));
    const QString project = writeProject(dir, "norm.nwproj",
        QStringLiteral(R"({"format_version": 3, "name": "norm", "graph": {"nodes": [
  {"id": "input", "type": "Input", "params": {"shape": [1, 4, 4]}, "position": [0, 0]},
  {"id": "flat", "type": "Flatten", "params": {}, "position": [200, 0]},
  {"id": "fc", "type": "Dense", "params": {"units": 2}, "position": [400, 0]}],
  "edges": [{"from": "input", "to": "flat", "port": 0}, {"from": "flat", "to": "fc", "port": 0}]},
 "training": {"epochs": 3, "batch_size": 2}, "dataset": {"spec": "images:%1?size=4&normalize=train", "validation_fraction": 0, "test_fraction": 0}})")
            .arg(images)
            .toUtf8());
    jsonOf(runCli({ QStringLiteral("train"), project, QStringLiteral("--json") }));
    const auto predict = [&](const QString& p) {
        return jsonOf(runCli({ QStringLiteral("predict"), p, QStringLiteral("--input"), sample, QStringLiteral("--json") }))
            .value(QStringLiteral("predictions"));
    };
    const QJsonValue normalised = predict(project);
    ASSERT_TRUE(normalised.isArray());
    // The same weights reading raw 0..1 pixels answer differently: predict did normalise.
    QFile f(project);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    text.replace("&normalize=train", "");
    EXPECT_NE(predict(writeProject(dir, "raw.nwproj", text)), normalised);
    // explain reads new images as predict does.
    const CliResult explained = runCli({ QStringLiteral("explain"), project, QStringLiteral("--method"),
        QStringLiteral("gradient"), QStringLiteral("--input"), sample, QStringLiteral("--json") });
    EXPECT_EQ(explained.exitCode, 0) << qPrintable(explained.describe());
    // Without its training images, predict cannot know the statistics and says so; so does explain.
    ASSERT_TRUE(QDir(images).removeRecursively());
    const CliResult unexplained = runCli({ QStringLiteral("explain"), project, QStringLiteral("--method"),
        QStringLiteral("gradient"), QStringLiteral("--input"), sample });
    EXPECT_EQ(unexplained.exitCode, 1) << qPrintable(unexplained.describe());
    EXPECT_TRUE(unexplained.err().contains(QStringLiteral("normalised"))) << qPrintable(unexplained.err());
    const CliResult r = runCli({ QStringLiteral("predict"), project, QStringLiteral("--input"), sample });
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    EXPECT_TRUE(r.err().contains(QStringLiteral("normalisation"))) << qPrintable(r.err());
}
