// `netwright-cli compress PROJECT [--prune F] [--quantize int8] [--out FILE] [--json]`
// as a script uses it, on the digits MLP trained once for the suite: the sweep, the
// pruned and fine-tuned model (pruned weights stay exactly zero in the written file),
// the int8 model (its file evaluates to what compress reported), and every bad
// request exits non-zero writing nothing.
#include "CliRunner.h"

#include "io/SafetensorsFile.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cmath>

using namespace nwtest;

namespace {

class CompressCommand : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        ASSERT_TRUE(QFile::copy(source(QStringLiteral("resources/examples/digits.nwproj")), project()));
        const CliResult r = runCli({QStringLiteral("train"), project(), QStringLiteral("--epochs"), QStringLiteral("15")},
            {.timeout = std::chrono::seconds(120)});
        ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    static QString project() { return s_dir->filePath(QStringLiteral("digits.nwproj")); }
    static QString file(const QString& name) { return s_dir->filePath(name); }

    static QJsonObject compress(const QStringList& options)
    {
        const CliResult r = runCli(QStringList{QStringLiteral("compress"), project(), QStringLiteral("--json")} + options,
            {.timeout = std::chrono::seconds(120)});
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.describe());
        QString problem;
        const auto json = singleJsonObject(r.stdoutBytes, &problem);
        EXPECT_TRUE(json) << qPrintable(problem);
        return json.value_or(QJsonObject{});
    }

    // A copy of the project whose weights are `weights`.
    static QString projectWith(const QString& weights, const QString& name)
    {
        QFile in(project());
        EXPECT_TRUE(in.open(QIODevice::ReadOnly));
        QJsonObject p = QJsonDocument::fromJson(in.readAll()).object();
        p[QStringLiteral("weights")] = QFileInfo(weights).fileName();
        QFile out(file(name));
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(p).toJson());
        return out.fileName();
    }

    static QTemporaryDir* s_dir;
};

QTemporaryDir* CompressCommand::s_dir = nullptr;

std::size_t zeros(const nw::Tensor& t)
{
    return static_cast<std::size_t>(std::count(t.data(), t.data() + t.size(), 0.0f));
}

} // namespace

TEST_F(CompressCommand, SweepsSparsityPrunesAndQuantizesWithSizes)
{
    const QString out = file(QStringLiteral("q.safetensors"));
    const QJsonObject json
        = compress({QStringLiteral("--prune"), QStringLiteral("0.5"), QStringLiteral("--quantize"), QStringLiteral("int8"),
            QStringLiteral("--out"), out});
    EXPECT_EQ(json.value(QStringLiteral("command")).toString(), QStringLiteral("compress"));
    EXPECT_EQ(json.value(QStringLiteral("split")).toString(), QStringLiteral("test"));
    EXPECT_EQ(json.value(QStringLiteral("metric")).toString(), QStringLiteral("accuracy"));
    const double floatAccuracy = json[QStringLiteral("float32")][QStringLiteral("accuracy")].toDouble();
    EXPECT_GT(floatAccuracy, 0.9);

    const QJsonArray points = json[QStringLiteral("sweep")][QStringLiteral("points")].toArray();
    ASSERT_EQ(points.size(), 11);
    const double fractions[] = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};
    for (qsizetype i = 0; i < points.size(); ++i) {
        EXPECT_DOUBLE_EQ(points[i][QStringLiteral("fraction")].toDouble(), fractions[i]);
        EXPECT_NEAR(points[i][QStringLiteral("sparsity")].toDouble(), fractions[i], 1e-3);
    }
    EXPECT_DOUBLE_EQ(points[0][QStringLiteral("accuracy")].toDouble(), floatAccuracy);
    EXPECT_LT(points[10][QStringLiteral("accuracy")].toDouble(), floatAccuracy);

    const QJsonObject prune = json[QStringLiteral("prune")].toObject();
    EXPECT_NEAR(prune[QStringLiteral("sparsity")].toDouble(), 0.5, 1e-3);
    EXPECT_TRUE(prune[QStringLiteral("fine_tuned")].isNull());
    const QJsonObject q = json[QStringLiteral("quantize")].toObject();
    EXPECT_EQ(q[QStringLiteral("type")].toString(), QStringLiteral("int8"));
    EXPECT_EQ(q[QStringLiteral("weights")].toString(), QStringLiteral("per_channel"));
    EXPECT_NEAR(q[QStringLiteral("accuracy")].toDouble(), prune[QStringLiteral("accuracy")].toDouble(), 0.03);
    EXPECT_NEAR(q[QStringLiteral("accuracy_change")].toDouble(),
        q[QStringLiteral("accuracy")].toDouble() - prune[QStringLiteral("accuracy")].toDouble(), 1e-9);
    const QJsonObject size = json[QStringLiteral("size")].toObject();
    // digits MLP: 64*64 + 64 + 64*10 + 10 floats.
    EXPECT_EQ(size[QStringLiteral("before_bytes")].toInteger(), (64 * 64 + 64 + 64 * 10 + 10) * 4);
    EXPECT_EQ(size[QStringLiteral("after_bytes")].toInteger(), q[QStringLiteral("bytes")].toInteger());
    EXPECT_LT(size[QStringLiteral("after_bytes")].toInteger() * 5, size[QStringLiteral("before_bytes")].toInteger());

    // The file: int8 weights with their scales, and a project using it evaluates to what compress said.
    QString error;
    const auto contents = nw::SafetensorsFile::read(out, &error);
    ASSERT_TRUE(contents) << qPrintable(error);
    EXPECT_EQ(contents->int8, (std::set<std::string>{"fc1.weight", "out.weight"}));
    EXPECT_EQ(contents->tensors.at("fc1.weight.scale").shape(), nw::Shape({64}));
    EXPECT_EQ(contents->tensors.at("out.input.scale").shape(), nw::Shape({1}));
    EXPECT_EQ(json[QStringLiteral("out")][QStringLiteral("file_bytes")].toInteger(), QFileInfo(out).size());
    const CliResult evaluated = runCli({QStringLiteral("evaluate"), projectWith(out, QStringLiteral("int8.nwproj")),
        QStringLiteral("--json")});
    ASSERT_EQ(evaluated.exitCode, 0) << qPrintable(evaluated.describe());
    const auto report = singleJsonObject(evaluated.stdoutBytes, &error);
    ASSERT_TRUE(report) << qPrintable(error);
    EXPECT_NEAR(report->value(QStringLiteral("accuracy")).toDouble(), q[QStringLiteral("accuracy")].toDouble(), 1e-6);
    EXPECT_NEAR(report->value(QStringLiteral("loss")).toDouble(), q[QStringLiteral("loss")].toDouble(), 1e-5);
}

TEST_F(CompressCommand, FineTuningKeepsThePrunedWeightsAtZero)
{
    const QString out = file(QStringLiteral("pruned.safetensors"));
    const QJsonObject json = compress({QStringLiteral("--prune"), QStringLiteral("90%"), QStringLiteral("--scope"),
        QStringLiteral("layer"), QStringLiteral("--fine-tune"), QStringLiteral("3"), QStringLiteral("--no-sweep"),
        QStringLiteral("--out"), out});
    EXPECT_TRUE(json[QStringLiteral("sweep")][QStringLiteral("points")].toArray().isEmpty());
    const QJsonObject prune = json[QStringLiteral("prune")].toObject();
    EXPECT_EQ(prune[QStringLiteral("scope")].toString(), QStringLiteral("layer"));
    const QJsonObject tuned = prune[QStringLiteral("fine_tuned")].toObject();
    EXPECT_EQ(tuned[QStringLiteral("epochs")].toInt(), 3);
    EXPECT_GE(tuned[QStringLiteral("accuracy")].toDouble(), prune[QStringLiteral("accuracy")].toDouble());
    EXPECT_TRUE(json[QStringLiteral("quantize")].isNull());

    QString error;
    const auto contents = nw::SafetensorsFile::read(out, &error);
    ASSERT_TRUE(contents) << qPrintable(error);
    EXPECT_TRUE(contents->int8.empty());
    EXPECT_EQ(contents->metadata.value(QStringLiteral("pruning")), QStringLiteral("magnitude"));
    // Per layer, 90% of each weight matrix, exactly, after three epochs of Adam.
    EXPECT_EQ(zeros(contents->tensors.at("fc1.weight")), static_cast<std::size_t>(std::llround(0.9 * 64 * 64)));
    EXPECT_EQ(zeros(contents->tensors.at("out.weight")), static_cast<std::size_t>(std::llround(0.9 * 64 * 10)));
    // Biases are never pruned: only the zeros training left (a dead unit's bias) are there.
    const auto trained = nw::SafetensorsFile::read(file(QStringLiteral("digits.safetensors")), &error);
    ASSERT_TRUE(trained) << qPrintable(error);
    EXPECT_LE(zeros(contents->tensors.at("fc1.bias")), zeros(trained->tensors.at("fc1.bias")));
    // Those weights evaluate as compress measured them.
    const CliResult evaluated = runCli({QStringLiteral("evaluate"), projectWith(out, QStringLiteral("pruned.nwproj")),
        QStringLiteral("--json")});
    ASSERT_EQ(evaluated.exitCode, 0) << qPrintable(evaluated.describe());
    const auto report = singleJsonObject(evaluated.stdoutBytes, &error);
    ASSERT_TRUE(report) << qPrintable(error);
    EXPECT_NEAR(report->value(QStringLiteral("accuracy")).toDouble(), tuned[QStringLiteral("accuracy")].toDouble(), 1e-6);
}

TEST_F(CompressCommand, HumanReportNamesEachStep)
{
    const CliResult r = runCli({QStringLiteral("compress"), project(), QStringLiteral("--prune"), QStringLiteral("0.8"),
        QStringLiteral("--quantize"), QStringLiteral("int8"), QStringLiteral("--weight-scales"), QStringLiteral("per-tensor")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    EXPECT_TRUE(r.out().contains(QStringLiteral("sparsity  95.0%"))) << qPrintable(r.out());
    EXPECT_TRUE(r.out().contains(QStringLiteral("pruned 80.0% (global)"))) << qPrintable(r.out());
    EXPECT_TRUE(r.out().contains(QStringLiteral("int8 (weights per_tensor"))) << qPrintable(r.out());
    EXPECT_TRUE(r.out().contains(QStringLiteral("bytes before"))) << qPrintable(r.out());
}

TEST_F(CompressCommand, BadRequestsExitNonZeroAndWriteNothing)
{
    const QString out = file(QStringLiteral("never.safetensors"));
    struct Case {
        QStringList args;
        int exit;
        const char* says;
    };
    const Case cases[] = {
        {{project(), QStringLiteral("--prune"), QStringLiteral("1")}, 2, "--prune must be a fraction from 0 up to"},
        {{project(), QStringLiteral("--prune"), QStringLiteral("-0.1")}, 2, "--prune must be a fraction"},
        {{project(), QStringLiteral("--prune"), QStringLiteral("lots")}, 2, "got 'lots'"},
        {{project(), QStringLiteral("--quantize"), QStringLiteral("int4")}, 2, "--quantize must be int8, got 'int4'"},
        {{project(), QStringLiteral("--scope"), QStringLiteral("net")}, 2, "--scope must be global or layer"},
        {{project(), QStringLiteral("--fine-tune"), QStringLiteral("2")}, 2, "--fine-tune needs --prune"},
        {{project(), QStringLiteral("--calibration"), QStringLiteral("10")}, 2, "need --quantize int8"},
        {{file(QStringLiteral("missing.nwproj")), QStringLiteral("--prune"), QStringLiteral("0.5")}, 1, "missing.nwproj"},
        {{}, 2, ""},
    };
    for (const Case& c : cases) {
        const CliResult r = runCli(QStringList{QStringLiteral("compress")} + c.args + QStringList{QStringLiteral("--out"), out});
        EXPECT_EQ(r.exitCode, c.exit) << qPrintable(c.args.join(' ')) << qPrintable(r.describe());
        EXPECT_FALSE(r.crashed);
        EXPECT_TRUE(r.err().contains(QString::fromUtf8(c.says))) << qPrintable(r.err());
        EXPECT_TRUE(r.stdoutBytes.isEmpty()) << qPrintable(r.out());
        EXPECT_FALSE(QFileInfo::exists(out)) << qPrintable(c.args.join(' '));
    }
}

TEST_F(CompressCommand, AnInt8FileWithABrokenScaleIsRefusedNamingTheTensor)
{
    const QString out = file(QStringLiteral("broken.safetensors"));
    compress({QStringLiteral("--quantize"), QStringLiteral("int8"), QStringLiteral("--no-sweep"), QStringLiteral("--out"), out});
    QString error;
    auto contents = nw::SafetensorsFile::read(out, &error);
    ASSERT_TRUE(contents) << qPrintable(error);
    contents->tensors.at("fc1.weight.scale")[3] = -1.0f;
    ASSERT_TRUE(nw::SafetensorsFile::write(out, *contents, &error)) << qPrintable(error);
    const CliResult r = runCli({QStringLiteral("evaluate"), projectWith(out, QStringLiteral("broken.nwproj"))});
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.describe());
    EXPECT_FALSE(r.crashed);
    EXPECT_TRUE(r.err().contains(QStringLiteral("broken.safetensors: tensor 'fc1.weight.scale': every scale must be a finite number above 0")))
        << qPrintable(r.err());
}
