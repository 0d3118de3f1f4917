// `netwright-cli explain`: projects trained here (a small digits CNN, iris)
// explained as a user would, with every method's output shape (docs/CLI.md),
// the JSON fields (IG's completeness, SHAP summing to the score change, feature
// names), --input and --sample, --target by index and name, --layer defaults,
// and usage errors (exit 2) and bad data (exit 1) with messages that say why.
#include "CliRunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cmath>
#include <cstring>
#include <memory>

using namespace nwtest;

namespace {

// The shape text and float32 data of a .npy file explain wrote.
std::vector<float> readNpy(const QString& path, QString* shape)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    const int length = static_cast<uchar>(bytes[8]) | (static_cast<uchar>(bytes[9]) << 8);
    const QString header = QString::fromLatin1(bytes.mid(10, length));
    *shape = header.section(QStringLiteral("'shape': ("), 1).section(QLatin1Char(')'), 0, 0);
    EXPECT_TRUE(header.contains(QLatin1String("'<f4'"))) << qPrintable(header);
    std::vector<float> values(static_cast<std::size_t>(bytes.size() - 10 - length) / sizeof(float));
    std::memcpy(values.data(), bytes.constData() + 10 + length, values.size() * sizeof(float));
    return values;
}

QJsonArray shapeOf(const QJsonObject& json)
{
    return json.value("map").toObject().value("shape").toArray();
}

class ExplainCommand : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        ASSERT_TRUE(s_dir->isValid());
        const std::pair<QString, QString> projects[] = {
            { QStringLiteral("tests/fixtures/projects/digits-cnn.nwproj"), QStringLiteral("8") },
            { QStringLiteral("resources/examples/iris.nwproj"), QStringLiteral("40") },
        };
        for (const auto& [file, epochs] : projects) {
            const QString name = file.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
            const CliResult r = runCli({ QStringLiteral("train"), source(file), QStringLiteral("--epochs"), epochs,
                                         QStringLiteral("--out"), project(name) },
                { .timeout = std::chrono::minutes(3) });
            ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
        }
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    static QString path(const QString& name) { return s_dir->filePath(name); }
    static QString project(const QString& name) { return path(name + QStringLiteral(".nwproj")); }

    static CliResult explain(const QString& projectName, const QStringList& options)
    {
        return runCli(QStringList{ QStringLiteral("explain"), project(projectName) } + options, { .timeout = std::chrono::minutes(2) });
    }
    // Runs with --json and returns the document (failing the test otherwise).
    static QJsonObject explainJson(const QString& projectName, const QStringList& options)
    {
        const CliResult r = explain(projectName, options + QStringList{ QStringLiteral("--json") });
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.describe());
        QString problem;
        const auto json = singleJsonObject(r.stdoutBytes, &problem);
        EXPECT_TRUE(json) << qPrintable(problem);
        return json.value_or(QJsonObject());
    }

    static std::unique_ptr<QTemporaryDir> s_dir;
};

std::unique_ptr<QTemporaryDir> ExplainCommand::s_dir;

TEST_F(ExplainCommand, IntegratedGradientsWriteTheInputsShapeAndAreComplete)
{
    const QJsonObject json = explainJson(QStringLiteral("digits-cnn"),
        { QStringLiteral("--method"), QStringLiteral("integrated-gradients"), QStringLiteral("--sample"), QStringLiteral("test:3"),
            QStringLiteral("--steps"), QStringLiteral("200"), QStringLiteral("--output"), path("ig.npy") });
    EXPECT_EQ(json.value("command").toString(), QStringLiteral("explain"));
    EXPECT_EQ(json.value("method").toString(), QStringLiteral("integrated-gradients"));
    EXPECT_EQ(json.value("sample").toString(), QStringLiteral("test:3"));
    EXPECT_EQ(shapeOf(json), (QJsonArray{ 1, 8, 8 }));
    EXPECT_EQ(json.value("baseline").toString(), QStringLiteral("zeros"));
    QString shape;
    const std::vector<float> map = readNpy(path("ig.npy"), &shape);
    EXPECT_EQ(shape, QStringLiteral("1, 8, 8"));
    ASSERT_EQ(map.size(), 64u);
    double sum = 0.0;
    for (float v : map)
        sum += v;
    const double change = json.value("score").toDouble() - json.value("baseline_score").toDouble();
    EXPECT_NEAR(json.value("completeness_gap").toDouble(), std::abs(sum - change), 1e-4);
    EXPECT_LT(json.value("completeness_gap").toDouble(), 1e-2 * std::max(1.0, std::abs(change)));
    // The target defaults to the predicted class, and probabilities sum to one.
    EXPECT_EQ(json.value("target").toInt(), json.value("predicted").toInt());
    double total = 0.0;
    for (const QJsonValue p : json.value("probabilities").toArray())
        total += p.toDouble();
    EXPECT_NEAR(total, 1.0, 1e-5);
}

TEST_F(ExplainCommand, EveryImageMethodHasItsDocumentedShape)
{
    const QString sample = QStringLiteral("test:5");
    struct Case {
        QStringList options;
        QJsonArray shape;
    };
    const Case cases[] = {
        { { QStringLiteral("--method"), QStringLiteral("gradient") }, { 1, 8, 8 } },
        { { QStringLiteral("--method"), QStringLiteral("gradient-x-input") }, { 1, 8, 8 } },
        { { QStringLiteral("--method"), QStringLiteral("smoothgrad"), QStringLiteral("--samples"), QStringLiteral("10"), QStringLiteral("--noise"), QStringLiteral("0.1") }, { 1, 8, 8 } },
        { { QStringLiteral("--method"), QStringLiteral("grad-cam") }, { 4, 4 } },
        { { QStringLiteral("--method"), QStringLiteral("grad-cam"), QStringLiteral("--layer"), QStringLiteral("relu1") }, { 8, 8 } },
        { { QStringLiteral("--method"), QStringLiteral("occlusion"), QStringLiteral("--window"), QStringLiteral("2"), QStringLiteral("--stride"), QStringLiteral("2") }, { 8, 8 } },
        { { QStringLiteral("--method"), QStringLiteral("lime"), QStringLiteral("--samples"), QStringLiteral("200") }, { 1, 8, 8 } },
        { { QStringLiteral("--method"), QStringLiteral("kernel-shap"), QStringLiteral("--samples"), QStringLiteral("200") }, { 1, 8, 8 } },
        { { QStringLiteral("--method"), QStringLiteral("activations"), QStringLiteral("--layer"), QStringLiteral("conv1") }, { 8, 8, 8 } },
    };
    for (const Case& c : cases) {
        const QString npy = path(c.options.join(QLatin1Char('_')).remove(QLatin1Char('-')) + QStringLiteral(".npy"));
        const QJsonObject json = explainJson(QStringLiteral("digits-cnn"), c.options + QStringList{ QStringLiteral("--sample"), sample, QStringLiteral("--output"), npy });
        EXPECT_EQ(shapeOf(json), c.shape) << qPrintable(c.options.join(' '));
        QString shape;
        std::size_t expected = 1;
        for (const QJsonValue d : c.shape)
            expected *= static_cast<std::size_t>(d.toInt());
        EXPECT_EQ(readNpy(npy, &shape).size(), expected) << qPrintable(c.options.join(' '));
    }
}

TEST_F(ExplainCommand, GradCamDefaultsToTheLastSpatialNodeAndIsNonNegative)
{
    const QJsonObject json = explainJson(QStringLiteral("digits-cnn"),
        { QStringLiteral("--method"), QStringLiteral("grad-cam"), QStringLiteral("--sample"), QStringLiteral("test:1") });
    EXPECT_EQ(json.value("layer").toString(), QStringLiteral("relu2"));
    EXPECT_GE(json.value("map").toObject().value("min").toDouble(), 0.0);
    EXPECT_FALSE(json.value("map").toObject().value("signed").toBool());
}

TEST_F(ExplainCommand, ProjectionCoversTheWholeSplit)
{
    const QJsonObject json = explainJson(QStringLiteral("digits-cnn"),
        { QStringLiteral("--method"), QStringLiteral("projection"), QStringLiteral("--sample"), QStringLiteral("test"),
            QStringLiteral("--layer"), QStringLiteral("gap"), QStringLiteral("--output"), path("projection.npy") });
    const QJsonArray shape = shapeOf(json);
    ASSERT_EQ(shape.size(), 2);
    EXPECT_EQ(shape[1].toInt(), 2);
    EXPECT_GT(shape[0].toInt(), 100); // 15% of 1,797 digits
    const QJsonArray variance = json.value("explained_variance").toArray();
    ASSERT_EQ(variance.size(), 2);
    EXPECT_GT(variance[0].toDouble(), variance[1].toDouble());
    EXPECT_LE(variance[0].toDouble() + variance[1].toDouble(), 1.0 + 1e-6);
}

TEST_F(ExplainCommand, TabularShapNamesTheFeaturesAndSumsToTheScoreChange)
{
    const QJsonObject json = explainJson(QStringLiteral("iris"),
        { QStringLiteral("--method"), QStringLiteral("kernel-shap"), QStringLiteral("--sample"), QStringLiteral("test:2"),
            QStringLiteral("--target"), QStringLiteral("virginica") });
    EXPECT_EQ(json.value("target_class").toString(), QStringLiteral("virginica"));
    EXPECT_EQ(json.value("target").toInt(), 2);
    EXPECT_TRUE(json.value("exact").toBool());
    const QJsonArray features = json.value("features").toArray();
    ASSERT_EQ(features.size(), 4);
    double sum = 0.0;
    for (const QJsonValue f : features)
        sum += f.toObject().value("value").toDouble();
    EXPECT_TRUE(features[2].toObject().value("name").toString().contains(QLatin1String("petal")));
    EXPECT_NEAR(sum, json.value("score").toDouble() - json.value("baseline_score").toDouble(), 1e-4);

    const QJsonObject lime = explainJson(QStringLiteral("iris"),
        { QStringLiteral("--method"), QStringLiteral("lime"), QStringLiteral("--sample"), QStringLiteral("test:2"), QStringLiteral("--seed"), QStringLiteral("4") });
    EXPECT_EQ(lime.value("features").toArray().size(), 4);
    EXPECT_TRUE(lime.contains("intercept"));
    EXPECT_TRUE(lime.contains("local_fit_r2"));
}

TEST_F(ExplainCommand, InputFilesAreReadAsPredictReadsThem)
{
    // A CSV row of iris in the training table's columns, standardised as in training.
    QFile csv(path("flowers.csv"));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm\n5.1,3.5,1.4,0.2\n6.7,3.0,5.2,2.3\n");
    csv.close();
    const QJsonObject json = explainJson(QStringLiteral("iris"),
        { QStringLiteral("--method"), QStringLiteral("gradient"), QStringLiteral("--input"), path("flowers.csv"), QStringLiteral("--index"), QStringLiteral("1") });
    EXPECT_EQ(json.value("predicted_class").toString(), QStringLiteral("virginica"));
    EXPECT_EQ(shapeOf(json), (QJsonArray{ 4 }));

    const CliResult beyond = explain(QStringLiteral("iris"),
        { QStringLiteral("--method"), QStringLiteral("gradient"), QStringLiteral("--input"), path("flowers.csv"), QStringLiteral("--index"), QStringLiteral("2") });
    EXPECT_EQ(beyond.exitCode, 1) << qPrintable(beyond.describe());
    EXPECT_TRUE(beyond.err().contains(QLatin1String("flowers.csv"))) << qPrintable(beyond.err());
    EXPECT_TRUE(beyond.err().contains(QLatin1String("2 sample(s)"))) << qPrintable(beyond.err());
}

TEST_F(ExplainCommand, PngIsAPictureOfTheMap)
{
    const CliResult r = explain(QStringLiteral("digits-cnn"),
        { QStringLiteral("--method"), QStringLiteral("occlusion"), QStringLiteral("--sample"), QStringLiteral("test:0"), QStringLiteral("--png"), path("occlusion.png") });
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.describe());
    QFile png(path("occlusion.png"));
    ASSERT_TRUE(png.open(QIODevice::ReadOnly));
    EXPECT_TRUE(png.read(8).startsWith("\x89PNG"));
    EXPECT_TRUE(r.out().contains(QLatin1String("occlusion of class"))) << qPrintable(r.out());
}

TEST_F(ExplainCommand, UsageErrorsExitTwoAndSayWhy)
{
    struct Case {
        QStringList options;
        const char* says;
    };
    const Case cases[] = {
        { { QStringLiteral("--sample"), QStringLiteral("test:0") }, "--method METHOD is required" },
        { { QStringLiteral("--method"), QStringLiteral("saliency"), QStringLiteral("--sample"), QStringLiteral("test:0") }, "unknown --method 'saliency'" },
        { { QStringLiteral("--method"), QStringLiteral("gradient") }, "exactly one of --input FILE or --sample" },
        { { QStringLiteral("--method"), QStringLiteral("gradient"), QStringLiteral("--sample"), QStringLiteral("everything:0") }, "SPLIT:K" },
        { { QStringLiteral("--method"), QStringLiteral("gradient"), QStringLiteral("--sample"), QStringLiteral("test") }, "needs a sample number" },
        { { QStringLiteral("--method"), QStringLiteral("gradient"), QStringLiteral("--sample"), QStringLiteral("test:0"), QStringLiteral("--output"), QStringLiteral("map.txt") }, "--output must end in .npy" },
        { { QStringLiteral("--method"), QStringLiteral("gradient"), QStringLiteral("--sample"), QStringLiteral("test:0"), QStringLiteral("--target"), QStringLiteral("11") }, "is not a class" },
        { { QStringLiteral("--method"), QStringLiteral("integrated-gradients"), QStringLiteral("--sample"), QStringLiteral("test:0"), QStringLiteral("--baseline"), QStringLiteral("ones") }, "zeros, mean or blur" },
        { { QStringLiteral("--method"), QStringLiteral("grad-cam"), QStringLiteral("--sample"), QStringLiteral("test:0"), QStringLiteral("--layer"), QStringLiteral("gap") }, "channels x height x width" },
        { { QStringLiteral("--method"), QStringLiteral("grad-cam"), QStringLiteral("--sample"), QStringLiteral("test:0"), QStringLiteral("--layer"), QStringLiteral("conv9") }, "not a node of this network" },
        { { QStringLiteral("--method"), QStringLiteral("smoothgrad"), QStringLiteral("--sample"), QStringLiteral("test:0"), QStringLiteral("--noise"), QStringLiteral("-1") }, "--noise" },
    };
    for (const Case& c : cases) {
        const CliResult r = explain(QStringLiteral("digits-cnn"), c.options);
        EXPECT_EQ(r.exitCode, 2) << qPrintable(c.options.join(' ') + QStringLiteral(": ") + r.describe());
        EXPECT_TRUE(r.err().contains(QLatin1String(c.says))) << qPrintable(c.options.join(' ') + QStringLiteral(": ") + r.err());
        EXPECT_TRUE(r.out().isEmpty());
    }
}

TEST_F(ExplainCommand, BadDataAndUntrainedProjectsExitOne)
{
    const CliResult far = explain(QStringLiteral("digits-cnn"),
        { QStringLiteral("--method"), QStringLiteral("gradient"), QStringLiteral("--sample"), QStringLiteral("test:100000") });
    EXPECT_EQ(far.exitCode, 1) << qPrintable(far.describe());
    EXPECT_TRUE(far.err().contains(QLatin1String("the test split has"))) << qPrintable(far.err());

    const CliResult untrained = runCli({ QStringLiteral("explain"), source(QStringLiteral("resources/examples/iris.nwproj")),
        QStringLiteral("--method"), QStringLiteral("gradient"), QStringLiteral("--sample"), QStringLiteral("test:0") });
    EXPECT_EQ(untrained.exitCode, 1) << qPrintable(untrained.describe());
    EXPECT_TRUE(untrained.err().contains(QLatin1String("no trained weights"))) << qPrintable(untrained.err());

    const CliResult missing = explain(QStringLiteral("digits-cnn"),
        { QStringLiteral("--method"), QStringLiteral("gradient"), QStringLiteral("--input"), path("nothing-here.npy") });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err().contains(QLatin1String("nothing-here.npy: no such file"))) << qPrintable(missing.err());

    const CliResult blurTable = explain(QStringLiteral("iris"),
        { QStringLiteral("--method"), QStringLiteral("integrated-gradients"), QStringLiteral("--sample"), QStringLiteral("test:0"), QStringLiteral("--baseline"), QStringLiteral("blur") });
    EXPECT_EQ(blurTable.exitCode, 1);
    EXPECT_TRUE(blurTable.err().contains(QLatin1String("image input"))) << qPrintable(blurTable.err());
}

} // namespace
